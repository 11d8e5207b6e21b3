"""Red team round 172 on this round's new readings (CHANGES.diff): (1) "introduced in / first sold
in <year>", ", introduced in 1954,", "Introduced in 1954, X", "Created in 1935, X" for products
(``LAUNCHED_GOODS``); (2) a product's maker ("is made / manufactured / produced / built by" a
firm) read as "launched / introduced / released / brought out / put out / unveiled" it and as
"makes / manufactures / produces" it; (3) succession phrases read in each other's words
("followed", "replaced", "took over from", "came before", "successor", "predecessor",
"follow-up"); (4) "runs on / is powered by / uses / drives" read as each other and "relies on";
(5) "was first made in" read as "comes / is / hails from", "a soda from"; (6) "X is the <type
noun> that / who ...", "X is the one who ...", "X, a <type noun>, ..."; (7) the new type nouns.

Six graphs of my own (see each builder's docstring): goods (soft drinks, a stout, watches,
guitars, toys, the iPhone, a cookbook and two films; current makers beside the firms that first
made and launched the brands, contract manufacturers, designers, inventors, first and present
places of making, parent brands), sites (shops, museums, coffee houses, a camera obscura, an
operating theatre, a model village, a chip shop, a library, metro systems, a festival, a race, a
watch tower and an aircraft carrier, all with a product word in their type, beside a liner, a
bridge, a tower and a cathedral; one "was built by" relation over the carrier, the liner, the
bridge, the tower and a metro), lineage (one succession relation over consoles, monarchs, royal
houses and Nintendo's presidents; makers, designers), motors (Formula One cars "driven by" their
drivers and "using" engines and tyres, the Saturn V, Colossus; makers, designers, sponsors),
routes (expeditions that "followed" rivers, earthquakes "followed by" the fires and tsunamis
they set off, trains and musicals that "run on" a line or Broadway, shows that "run on" networks,
dishes, languages and countries that "use" ingredients, scripts, currencies), games (consoles
with distributors and a retailer, games with developers and publishers: relations that bring
products to market, so no "launched").

Findings (210 of 434 false texts accepted; the starting code, CHANGES.diff reversed, accepts none
of them, but 10 others, the KNOWN ones):

* (2) the maker is taken for the launcher, but "is made by" is who makes it now: where the brand
  was bought long after its launch (the graph says so: "was first made by" another firm), the
  buyer "launched / introduced / released / brought out / put out / unveiled" it: "PepsiCo
  launched Mountain Dew", "A.G. Barr introduced Tizer", "Keurig Dr Pepper introduced Dr Pepper
  in 1885", "Hasbro launched Play-Doh in 1956", "Diageo launched Guinness", "Coca-Cola
  Europacific Partners launched Coca-Cola" (a bottler), "Mountain Dew is made by PepsiCo, which
  launched it in 1940" (37 texts); contract manufacturers: "Foxconn launched the iPhone",
  "Pegatron released the iPhone", "The iPhone was unveiled by Foxconn" (8; the graph says Apple
  "developed" it); one-off watches made to order: "Patek Philippe launched the Graves
  Supercomplication", "Breguet introduced the Breguet No. 160" (3); a rocket's stage builders
  and a secret wartime computer's builder: "Boeing launched the Saturn V", "The Saturn V was
  launched by North American Aviation", "The General Post Office launched Colossus", "Colossus
  was unveiled by the General Post Office" (8, and "Boeing is the company that launched the
  Saturn V").
* (2) ``goods`` is true of a relation if any word of any of its subject types is a product word,
  so every subject of that relation is a product: "was built by" over an aircraft carrier, a
  liner, a bridge, a tower and a metro makes their builders launch and manufacture them:
  "Dorman Long launched / unveiled / brought out the Sydney Harbour Bridge", "The Eiffel Tower was
  launched by Compagnie des Etablissements Eiffel", "Metrostroy unveiled the Moscow Metro",
  "Chantiers de l'Atlantique introduced the Queen Mary 2", "Dorman Long manufactures the Sydney
  Harbour Bridge", "The Eiffel Tower is produced by ..." (26); "is made by" over toys and films
  makes studios introduce films: "Pixar introduced Toy Story", "The Lego Movie was introduced by
  Warner Bros. in 2014", "Pixar is the company that manufactures Toy Story" (6).
* (1) ``LAUNCHED_GOODS`` is matched against every word of a type, so a toy store, a car museum,
  a coffee house, a tea garden, a camera obscura, an operating theatre, a model village, a chip
  shop, a public library, a metro system, a beer festival, a motorcycle race, a watch tower and
  an aircraft carrier are products: "Hamleys was introduced / first sold / originally sold in
  1760", "Introduced in 1822, the Old Operating Theatre is located in London", "The Boston Public
  Library was first sold in 1848", "Oktoberfest was first sold in 1810", "Created in 1961, USS
  Enterprise was built by Newport News Shipbuilding" (launched 1960; 1961 is its commissioning)
  (38 texts; "introduced" of the metros, the race, the festival and the carrier is OPEN).
* (1) "first sold" and "introduced" date what was never sold or launched: one-off pocket watches
  ("The Breguet No. 160 was introduced in 1827", "Introduced in 1933, the Graves
  Supercomplication is made by Patek Philippe", 6), Formula One cars, a rocket, a computer ("The
  Saturn V was first sold in 1967", "The McLaren MP4/4 was first sold in 1988", "Colossus was
  first sold in 1944", 6): the product's year is read as its sale.
* (4) "is driven by" a driver reads "is powered by", "powers", "runs on" (no other relation says
  "power" or "run"): "Ayrton Senna powers the McLaren MP4/4", "The McLaren MP4/4 runs on Alain
  Prost", "The Ferrari F2004 is powered by Michael Schumacher, who drives it" (9); "uses" tyres
  or paper tape reads "powers": "Goodyear Eagle powers the McLaren MP4/4", "Colossus is powered
  by paper tape" (5); "runs on" Broadway, the West End or a railway line (not a network, so
  not an outlet) reads "powers", "drives", "is driven by": "Broadway powers Hamilton", "The Lion
  King is driven by Broadway", "The Simplon line powers the Venice Simplon-Orient-Express" (10);
  "uses" an ingredient or a script: "Saffron powers paella", "Kanji drives Japanese", "Serbian is
  driven by the Latin alphabet" (11).
* (3) any relation whose phrase is "followed" or "was followed by" is a succession, whatever it
  links: expeditions that followed rivers "replaced / succeeded / took over from / are the
  successor of / the follow-up to" them, "The Missouri River is the predecessor of the Lewis and
  Clark Expedition" (14); the fire or tsunami an earthquake set off "replaced / took over from /
  is the successor of" it (7).
* (7) "soda" is read for every "soft_drink", but a squash and a juice pouch are no sodas: "Ribena,
  a soda, is made by Lucozade Ribena Suntory", "Capri-Sun is a soda made by Capri Sun Group" (4);
  "wristwatch" for every "watch", but the Breguet No. 160 and the Graves Supercomplication are
  pocket watches: "The Breguet No. 160 is a wristwatch made by Breguet" (5).
* (6) "is the company that / the one that" carries the maker's launch reading: "A.G. Barr is the
  company that launched Tizer", "PepsiCo is the one that launched Mountain Dew"; and the starting
  code's present "makes" of the first maker: "The Hartman Beverage Company is the company that
  makes Mountain Dew" (3).
* (5, 7) the starting code's "is made in" read as "is from" now also passes with the new type
  nouns and the new "comes from" beside it: "Tizer is a soda from Cumbernauld", "Irn-Bru, a soda
  from Cumbernauld, is made by A.G. Barr", "Irn-Bru comes from Falkirk and Tizer comes from
  Cumbernauld" (3; both first made elsewhere: Falkirk, Manchester).

Held: succession reversed in every new form, a step skipped, the wrong line or kind, the noun
"successor" reversed, lists, negation, "came before" a year; "launched / released / introduced
by" designers, inventors, parents and brand owners, operators, founders; every launch verb on the
games graph (a distributor, a retailer, a publisher, a developer); "makes / manufactures" of a
developer or a designer; "powers" of a sponsor or a network, "uses" where another relation says
"use"; "comes from" the maker's seat, another city, a country; "is the company that" of a person
or a city, "is the one who" with the wrong verb, "the man / woman who", "the only company that";
another kind's type noun ("soda" for a stout, "machine / system" for games, "timepiece" for a
phone); wrong years with the new verbs; "introduced" of a cookbook, a bridge, a cathedral.

Rejected controls: "Apple launched the iPhone.", "The Hartman Beverage Company launched Mountain
Dew." (only "is made by" launches: a developer or a first maker does not); "Sega launched the
Mega Drive." (on the games graph the distributor relation turns "launched" off for every maker);
"Guinness is a drink made by Diageo.", "Guinness is the drink that Diageo makes." ("drink" names
only the soft drinks); "Irn-Bru comes from Scotland." (the city's country is not read); "The
Famicom came before the Nintendo 64." (only the next one comes before); "The Super Famicom, which
replaced the Famicom in 1990, ..." (the year in the relative clause is not read); "Ferrari
unveiled the Ferrari F2004 in 2004." (a year after the maker's launch verb is not read there,
though "Fender introduced the Fender Stratocaster in 1954" passes); "Michael Schumacher is the
driver who drove the Ferrari F2004." ("driver" is no person type, so "the driver who" is not read).
"""

import os
import sys

if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items, others, rels, triples, users=(), aliases=None):
    aliases = aliases or {}
    ents = [E(k, kind="item", type=t, label=n, aliases=aliases.get(k, ()),
              attrs={"year": y} if y is not None else {})
            for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n, aliases=aliases.get(k, ())) for k, (t, n) in others.items()]
    ents += [E(k, kind="user", type="user", label=n) for k, n in users]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def _t(rel, pairs):
    """Triples of one relation from (head, tail) pairs."""
    return [(h, rel, t) for h, t in pairs]


def goods():
    """Products (items: the year each came to market) of several kinds: soft drinks (type
    "soft_drink", among them a squash, a juice pouch and an energy drink, none a soda), a stout,
    watches (type "watch": two wristwatches and two one-off pocket watches made to order),
    electric guitars, toys, a smartphone and a cookbook (no product). Each product "is made by"
    the company that makes it now, and "was first made by" the firm that first made and
    launched it, where that is another (Tizer, Mountain Dew, Dr Pepper, Ribena, Lucozade,
    Play-Doh, Slinky, Guinness: brands bought later); the iPhone "is made by" two contract
    manufacturers and "was developed by" Apple; products "were designed / created by" people,
    "were first made in" one city and "are made in" another now (where the graph knows both); brands "are brands of" a parent
    company; companies "are based in" cities; cities "are in" countries. No relation launches,
    releases, sells or distributes, so the maker reads "launched / introduced" (the new reading).
    Two films "are made by" their studios too (the same relation: its product subjects make the
    studios product makers) and "were directed by" their directors."""
    GOODS = ("soft_drink", "stout", "watch", "electric_guitar", "toy", "smartphone")
    rels = [
        R("made_by", phrase="is made by", inverse_phrase="makes", domain=GOODS + ("film",), range=("company", "manufacturer")),
        R("first_made_by", phrase="was first made by", inverse_phrase="first made", domain=GOODS, range=("company",)),
        R("developed_by", phrase="was developed by", inverse_phrase="developed", domain=GOODS, range=("company",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=GOODS, range=("designer",)),
        R("created_by", phrase="was created by", inverse_phrase="created", domain=GOODS, range=("inventor",)),
        R("first_made_in", phrase="was first made in", inverse_phrase="is the birthplace of", domain=GOODS, range=("city",)),
        R("made_in", phrase="is made in", inverse_phrase="is the production site of", domain=GOODS, range=("city",)),
        R("brand_of", phrase="is a brand of", inverse_phrase="owns the brand", domain=GOODS, range=("company",)),
        R("written_by", phrase="was written by", inverse_phrase="wrote", domain=("cookbook",), range=("writer",)),
        R("directed_by", phrase="was directed by", inverse_phrase="directed", domain=("film",), range=("director",)),
        R("based_in", phrase="is based in", inverse_phrase="is home to", domain=("company", "manufacturer"), range=("city",)),
        R("city_in", phrase="is in", inverse_phrase="contains", domain=("city",), range=("country",)),
    ]
    items = {
        "d:irnbru": ("soft_drink", "Irn-Bru", 1901), "d:tizer": ("soft_drink", "Tizer", 1924),
        "d:dew": ("soft_drink", "Mountain Dew", 1940), "d:pepper": ("soft_drink", "Dr Pepper", 1885),
        "d:ribena": ("soft_drink", "Ribena", 1938), "d:lucozade": ("soft_drink", "Lucozade", 1927),
        "d:orangina": ("soft_drink", "Orangina", 1935), "d:caprisun": ("soft_drink", "Capri-Sun", 1969),
        "b:guinness": ("stout", "Guinness", 1759),
        "w:sub": ("watch", "Rolex Submariner", 1953), "w:speedy": ("watch", "Omega Speedmaster", 1957),
        "w:f91w": ("watch", "Casio F-91W", 1989), "w:breguet": ("watch", "Breguet No. 160", 1827),
        "w:graves": ("watch", "Graves Supercomplication", 1933),
        "g:strat": ("electric_guitar", "Fender Stratocaster", 1954), "g:lespaul": ("electric_guitar", "Gibson Les Paul", 1952),
        "g:falcon": ("electric_guitar", "Gretsch White Falcon", 1955), "g:ric": ("electric_guitar", "Rickenbacker 360", 1958),
        "t:barbie": ("toy", "Barbie", 1959), "t:playdoh": ("toy", "Play-Doh", 1956), "t:slinky": ("toy", "Slinky", 1945),
        "t:lego": ("toy", "Lego brick", 1958),
        "p:iphone": ("smartphone", "iPhone", 2007), "d:coke": ("soft_drink", "Coca-Cola", 1886),
        "k:mastering": ("cookbook", "Mastering the Art of French Cooking", 1961),
        "f:lego": ("film", "The Lego Movie", 2014), "f:toystory": ("film", "Toy Story", 1995),
    }
    others = {
        "c:barr": ("company", "A.G. Barr"), "c:pickup": ("company", "Tizer Limited"), "c:pepsico": ("company", "PepsiCo"),
        "c:hartman": ("company", "Hartman Beverage Company"), "c:kdp": ("company", "Keurig Dr Pepper"),
        "c:morrison": ("company", "Morrison's Old Corner Drug Store"), "c:lrs": ("company", "Lucozade Ribena Suntory"),
        "c:suntory": ("company", "Suntory"), "c:carter": ("company", "H.W. Carter"),
        "c:orangina": ("company", "Orangina Suntory France"), "c:wild": ("company", "Capri Sun Group"),
        "c:diageo": ("company", "Diageo"), "c:agsons": ("company", "Arthur Guinness Son and Company"),
        "c:rolex": ("company", "Rolex"), "c:omega": ("company", "Omega"), "c:swatchgroup": ("company", "Swatch Group"),
        "c:casio": ("company", "Casio"), "c:breguet": ("company", "Breguet"), "c:patek": ("company", "Patek Philippe"),
        "c:fender": ("company", "Fender"), "c:gibson": ("company", "Gibson"), "c:gretsch": ("company", "Gretsch"),
        "c:ric": ("company", "Rickenbacker"), "c:mattel": ("company", "Mattel"), "c:hasbro": ("company", "Hasbro"),
        "c:rainbow": ("company", "Rainbow Crafts"), "c:alex": ("company", "Alex Brands"), "c:james": ("company", "James Industries"),
        "c:lego": ("company", "the Lego Group"), "c:apple": ("company", "Apple"),
        "c:foxconn": ("manufacturer", "Foxconn"), "c:pegatron": ("manufacturer", "Pegatron"),
        "c:ccep": ("company", "Coca-Cola Europacific Partners"), "c:femsa": ("company", "Coca-Cola FEMSA"),
        "c:tccc": ("company", "The Coca-Cola Company"), "c:pemberton": ("company", "Pemberton Chemical Company"),
        "i:pemberton": ("inventor", "John Pemberton"), "y:atlanta": ("city", "Atlanta"), "y:uxbridge": ("city", "Uxbridge"),
        "y:mexicocity": ("city", "Mexico City"), "n:mexico": ("country", "Mexico"),
        "x:baillod": ("designer", "Claude Baillod"), "x:moriyama": ("designer", "Ryusuke Moriyama"),
        "x:abl": ("designer", "Abraham-Louis Breguet"), "x:leo": ("designer", "Leo Fender"), "x:mccarty": ("designer", "Ted McCarty"),
        "x:webster": ("designer", "Jimmie Webster"), "x:rossmeisl": ("designer", "Roger Rossmeisl"), "x:ive": ("designer", "Jony Ive"),
        "x:christiansen": ("designer", "Godtfred Kirk Christiansen"), "x:wilsdorf": ("designer", "Hans Wilsdorf"), "x:jeanneret": ("designer", "Rene-Paul Jeanneret"),
        "i:pickup": ("inventor", "Fred Pickup"), "i:hartman": ("inventor", "Barney Hartman"), "i:alderton": ("inventor", "Charles Alderton"),
        "i:charley": ("inventor", "Vernon Charley"), "i:owen": ("inventor", "William Owen"), "i:trigo": ("inventor", "Agustin Trigo"),
        "i:wild": ("inventor", "Rudolf Wild"), "i:handler": ("inventor", "Ruth Handler"), "i:mcvicker": ("inventor", "Noah McVicker"),
        "i:james": ("inventor", "Richard James"), "i:arthur": ("inventor", "Arthur Guinness"),
        "a:child": ("writer", "Julia Child"), "c:wb": ("company", "Warner Bros."), "c:pixar": ("company", "Pixar"),
        "a:lord": ("director", "Phil Lord"), "a:lasseter": ("director", "John Lasseter"),
        "y:falkirk": ("city", "Falkirk"), "y:cumbernauld": ("city", "Cumbernauld"), "y:glasgow": ("city", "Glasgow"),
        "y:manchester": ("city", "Manchester"), "y:knoxville": ("city", "Knoxville"), "y:purchase": ("city", "Purchase"),
        "y:waco": ("city", "Waco"), "y:plano": ("city", "Plano"), "y:bristol": ("city", "Bristol"), "y:coleford": ("city", "Coleford"),
        "y:newcastle": ("city", "Newcastle upon Tyne"), "y:boufarik": ("city", "Boufarik"), "y:marseille": ("city", "Marseille"),
        "y:eppelheim": ("city", "Eppelheim"), "y:dublin": ("city", "Dublin"), "y:london": ("city", "London"),
        "y:geneva": ("city", "Geneva"), "y:biel": ("city", "Biel"), "y:tokyo": ("city", "Tokyo"), "y:paris": ("city", "Paris"),
        "y:fullerton": ("city", "Fullerton"), "y:corona": ("city", "Corona"), "y:kalamazoo": ("city", "Kalamazoo"),
        "y:nashville": ("city", "Nashville"), "y:brooklyn": ("city", "Brooklyn"), "y:nagoya": ("city", "Nagoya"),
        "y:santaana": ("city", "Santa Ana"), "y:elsegundo": ("city", "El Segundo"), "y:cincinnati": ("city", "Cincinnati"),
        "y:pawtucket": ("city", "Pawtucket"), "y:philadelphia": ("city", "Philadelphia"), "y:billund": ("city", "Billund"),
        "y:shenzhen": ("city", "Shenzhen"), "y:zhengzhou": ("city", "Zhengzhou"), "y:cupertino": ("city", "Cupertino"),
        "y:osaka": ("city", "Osaka"), "y:hollidaysburg": ("city", "Hollidaysburg"),
        "y:newtaipei": ("city", "New Taipei"), "y:la": ("city", "Los Angeles"), "n:taiwan": ("country", "Taiwan"),
        "n:scotland": ("country", "Scotland"), "n:england": ("country", "England"), "n:us": ("country", "the United States"),
        "n:algeria": ("country", "Algeria"), "n:france": ("country", "France"), "n:germany": ("country", "Germany"),
        "n:ireland": ("country", "Ireland"), "n:switzerland": ("country", "Switzerland"), "n:japan": ("country", "Japan"),
        "n:denmark": ("country", "Denmark"), "n:china": ("country", "China"),
    }
    T_ = _t("made_by", [
        ("d:irnbru", "c:barr"), ("d:tizer", "c:barr"), ("d:dew", "c:pepsico"), ("d:pepper", "c:kdp"), ("d:ribena", "c:lrs"),
        ("d:lucozade", "c:lrs"), ("d:orangina", "c:orangina"), ("d:caprisun", "c:wild"), ("b:guinness", "c:diageo"),
        ("w:sub", "c:rolex"), ("w:speedy", "c:omega"), ("w:f91w", "c:casio"), ("w:breguet", "c:breguet"), ("w:graves", "c:patek"),
        ("g:strat", "c:fender"), ("g:lespaul", "c:gibson"), ("g:falcon", "c:gretsch"), ("g:ric", "c:ric"),
        ("t:barbie", "c:mattel"), ("t:playdoh", "c:hasbro"), ("t:slinky", "c:alex"), ("t:lego", "c:lego"),
        ("p:iphone", "c:foxconn"), ("p:iphone", "c:pegatron"), ("d:coke", "c:ccep"), ("d:coke", "c:femsa")])
    T_ += _t("first_made_by", [
        ("d:tizer", "c:pickup"), ("d:dew", "c:hartman"), ("d:pepper", "c:morrison"), ("d:ribena", "c:carter"),
        ("t:playdoh", "c:rainbow"), ("t:slinky", "c:james"), ("b:guinness", "c:agsons"), ("d:coke", "c:pemberton")])
    T_ += _t("developed_by", [("p:iphone", "c:apple")])
    T_ += _t("designed_by", [
        ("w:speedy", "x:baillod"), ("w:f91w", "x:moriyama"), ("w:breguet", "x:abl"), ("w:sub", "x:jeanneret"),
        ("g:strat", "x:leo"), ("g:lespaul", "x:mccarty"), ("g:falcon", "x:webster"), ("g:ric", "x:rossmeisl"),
        ("p:iphone", "x:ive"), ("t:lego", "x:christiansen")])
    T_ += _t("created_by", [
        ("d:tizer", "i:pickup"), ("d:dew", "i:hartman"), ("d:pepper", "i:alderton"), ("d:ribena", "i:charley"),
        ("d:lucozade", "i:owen"), ("d:orangina", "i:trigo"), ("d:caprisun", "i:wild"), ("t:barbie", "i:handler"),
        ("t:playdoh", "i:mcvicker"), ("t:slinky", "i:james"), ("b:guinness", "i:arthur"), ("d:coke", "i:pemberton")])
    T_ += _t("first_made_in", [
        ("d:irnbru", "y:falkirk"), ("d:tizer", "y:manchester"), ("d:dew", "y:knoxville"), ("d:pepper", "y:waco"),
        ("d:ribena", "y:bristol"), ("d:lucozade", "y:newcastle"), ("d:orangina", "y:boufarik"), ("d:caprisun", "y:eppelheim"),
        ("b:guinness", "y:dublin"), ("w:sub", "y:geneva"), ("w:speedy", "y:biel"), ("w:breguet", "y:paris"), ("w:graves", "y:geneva"),
        ("g:strat", "y:fullerton"), ("g:lespaul", "y:kalamazoo"), ("g:falcon", "y:brooklyn"), ("g:ric", "y:la"),
        ("t:playdoh", "y:cincinnati"), ("t:slinky", "y:philadelphia"), ("t:lego", "y:billund"),
        ("p:iphone", "y:shenzhen"), ("d:coke", "y:atlanta")])
    T_ += _t("made_in", [
        ("d:irnbru", "y:cumbernauld"), ("d:tizer", "y:cumbernauld"), ("d:ribena", "y:coleford"), ("d:lucozade", "y:coleford"),
        ("b:guinness", "y:dublin"), ("g:strat", "y:corona"), ("g:lespaul", "y:nashville"),
        ("g:falcon", "y:nagoya"), ("g:ric", "y:santaana"), ("t:slinky", "y:hollidaysburg"), ("p:iphone", "y:zhengzhou"),
        ("p:iphone", "y:shenzhen")])
    T_ += _t("brand_of", [("d:ribena", "c:suntory"), ("d:lucozade", "c:suntory"), ("d:orangina", "c:suntory"),
                          ("w:speedy", "c:swatchgroup"), ("w:breguet", "c:swatchgroup"), ("d:dew", "c:pepsico"),
                          ("d:coke", "c:tccc")])
    T_ += _t("written_by", [("k:mastering", "a:child")])
    T_ += _t("made_by", [("f:lego", "c:wb"), ("f:toystory", "c:pixar")])
    T_ += _t("directed_by", [("f:lego", "a:lord"), ("f:toystory", "a:lasseter")])
    T_ += _t("based_in", [
        ("c:barr", "y:cumbernauld"), ("c:pepsico", "y:purchase"), ("c:kdp", "y:plano"), ("c:lrs", "y:uxbridge"),
        ("c:diageo", "y:london"), ("c:rolex", "y:geneva"), ("c:omega", "y:biel"), ("c:casio", "y:tokyo"),
        ("c:gibson", "y:nashville"), ("c:mattel", "y:elsegundo"), ("c:hasbro", "y:pawtucket"),
        ("c:lego", "y:billund"), ("c:apple", "y:cupertino"), ("c:foxconn", "y:newtaipei"), ("c:suntory", "y:osaka"),
        ("c:tccc", "y:atlanta"), ("c:ccep", "y:uxbridge"), ("c:femsa", "y:mexicocity")])
    T_ += _t("city_in", [
        ("y:falkirk", "n:scotland"), ("y:cumbernauld", "n:scotland"), ("y:glasgow", "n:scotland"), ("y:manchester", "n:england"),
        ("y:bristol", "n:england"), ("y:coleford", "n:england"), ("y:newcastle", "n:england"), ("y:london", "n:england"),
        ("y:knoxville", "n:us"), ("y:waco", "n:us"), ("y:purchase", "n:us"), ("y:plano", "n:us"), ("y:boufarik", "n:algeria"),
        ("y:marseille", "n:france"), ("y:paris", "n:france"), ("y:eppelheim", "n:germany"), ("y:dublin", "n:ireland"),
        ("y:geneva", "n:switzerland"), ("y:biel", "n:switzerland"), ("y:tokyo", "n:japan"), ("y:nagoya", "n:japan"),
        ("y:fullerton", "n:us"), ("y:corona", "n:us"), ("y:kalamazoo", "n:us"), ("y:nashville", "n:us"), ("y:brooklyn", "n:us"),
        ("y:billund", "n:denmark"), ("y:shenzhen", "n:china"), ("y:zhengzhou", "n:china"), ("y:newtaipei", "n:taiwan"), ("y:la", "n:us"),
        ("y:cincinnati", "n:us"), ("y:philadelphia", "n:us"), ("y:hollidaysburg", "n:us"), ("y:atlanta", "n:us"),
        ("y:uxbridge", "n:england"), ("y:mexicocity", "n:mexico")])
    return _build(items, others, rels, T_)


def sites():
    """Places, shops, events and machines whose type names hold a word of a product kind
    (``LAUNCHED_GOODS``): toy stores, car museums, coffee houses, a tea garden, a camera obscura,
    an operating theatre, a model village, a chip shop, a public library, metro systems, a beer
    festival, a motorcycle race, a watch tower, an aircraft carrier (items: the year each opened,
    was founded, first held, or, for the carrier, commissioned); beside them an ocean liner, a
    bridge, a tower and a cathedral. Places "are located in" cities; stores and museums "were
    founded by" people; the carrier, the liner, the bridge, the tower and the Moscow Metro "were
    built by" companies (one relation, its subjects of product and other kinds: the new reading
    takes the builder for a product's maker, which "launched" it); some "are operated by"
    companies; "were designed by" engineers. Nothing is launched, sold or released."""
    rels = [
        R("located_in", phrase="is located in", inverse_phrase="is home to", range=("city",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", range=("founder",)),
        R("built_by", phrase="was built by", inverse_phrase="built",
          domain=("aircraft_carrier", "ocean_liner", "bridge", "tower", "metro_system"), range=("company",)),
        R("operated_by", phrase="is operated by", inverse_phrase="operates", range=("company", "navy")),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", range=("engineer",)),
    ]
    items = {
        "s:hamleys": ("toy_store", "Hamleys", 1760), "s:fao": ("toy_store", "FAO Schwarz", 1862),
        "m:beaulieu": ("car_museum", "National Motor Museum", 1952), "m:mercedes": ("car_museum", "Mercedes-Benz Museum", 2006),
        "h:central": ("coffee_house", "Cafe Central", 1876), "h:florian": ("coffee_house", "Caffe Florian", 1720),
        "g:teagarden": ("tea_garden", "Japanese Tea Garden", 1894), "o:dumfries": ("camera_obscura", "Dumfries Camera Obscura", 1836),
        "o:theatre": ("operating_theatre", "Old Operating Theatre", 1822), "v:bekonscot": ("model_village", "Bekonscot", 1929),
        "c:ramsden": ("chip_shop", "Harry Ramsden's", 1928), "l:bpl": ("public_library", "Boston Public Library", 1848),
        "u:moscow": ("metro_system", "Moscow Metro", 1935), "u:london": ("metro_system", "London Underground", 1863),
        "e:oktoberfest": ("beer_festival", "Oktoberfest", 1810), "e:tt": ("motorcycle_race", "Isle of Man TT", 1907),
        "t:galata": ("watch_tower", "Galata Tower", 1348), "k:enterprise": ("aircraft_carrier", "USS Enterprise", 1961),
        "k:qm2": ("ocean_liner", "Queen Mary 2", 2004), "b:sydney": ("bridge", "Sydney Harbour Bridge", 1932),
        "b:eiffel": ("tower", "Eiffel Tower", 1889), "b:notredame": ("cathedral", "Notre-Dame de Paris", 1345),
    }
    others = {
        "y:london": ("city", "London"), "y:nyc": ("city", "New York City"), "y:beaulieu": ("city", "Beaulieu"),
        "y:stuttgart": ("city", "Stuttgart"), "y:vienna": ("city", "Vienna"), "y:venice": ("city", "Venice"),
        "y:sf": ("city", "San Francisco"), "y:dumfries": ("city", "Dumfries"), "y:beaconsfield": ("city", "Beaconsfield"),
        "y:guiseley": ("city", "Guiseley"), "y:boston": ("city", "Boston"), "y:moscow": ("city", "Moscow"),
        "y:munich": ("city", "Munich"), "y:douglas": ("city", "Douglas"), "y:istanbul": ("city", "Istanbul"),
        "y:southampton": ("city", "Southampton"), "y:sydney": ("city", "Sydney"),
        "y:paris": ("city", "Paris"),
        "f:hamley": ("founder", "William Hamley"), "f:schwarz": ("founder", "Frederick August Otto Schwarz"),
        "f:montagu": ("founder", "Edward Douglas-Scott-Montagu"), "f:callingham": ("founder", "Roland Callingham"),
        "f:ramsden": ("founder", "Harry Ramsden"), 
        "f:marsh": ("founder", "George Turner Marsh"),
        "c:nns": ("company", "Newport News Shipbuilding"), "c:chantiers": ("company", "Chantiers de l'Atlantique"),
        "c:dormanlong": ("company", "Dorman Long"), "c:eiffel": ("company", "Compagnie des Etablissements Eiffel"),
        "c:metrostroy": ("company", "Metrostroy"), "c:metropoliten": ("company", "Moskovsky Metropoliten"),
        "c:tfl": ("company", "Transport for London"), "c:cunard": ("company", "Cunard"), "n:usn": ("navy", "the United States Navy"),
        "x:bradfield": ("engineer", "John Bradfield"), "x:koechlin": ("engineer", "Maurice Koechlin"),
        "x:vanberkel": ("engineer", "Ben van Berkel"),
    }
    T_ = _t("located_in", [
        ("s:hamleys", "y:london"), ("s:fao", "y:nyc"), ("m:beaulieu", "y:beaulieu"), ("m:mercedes", "y:stuttgart"),
        ("h:central", "y:vienna"), ("h:florian", "y:venice"), ("g:teagarden", "y:sf"), ("o:dumfries", "y:dumfries"),
        ("o:theatre", "y:london"), ("v:bekonscot", "y:beaconsfield"), ("c:ramsden", "y:guiseley"), ("l:bpl", "y:boston"),
        ("u:moscow", "y:moscow"), ("u:london", "y:london"), ("e:oktoberfest", "y:munich"), ("e:tt", "y:douglas"),
        ("t:galata", "y:istanbul"), ("k:qm2", "y:southampton"), ("b:sydney", "y:sydney"),
        ("b:eiffel", "y:paris"), ("b:notredame", "y:paris")])
    T_ += _t("founded_by", [
        ("s:hamleys", "f:hamley"), ("s:fao", "f:schwarz"), ("m:beaulieu", "f:montagu"), ("v:bekonscot", "f:callingham"),
        ("c:ramsden", "f:ramsden"), ("g:teagarden", "f:marsh")])
    T_ += _t("built_by", [
        ("k:enterprise", "c:nns"), ("k:qm2", "c:chantiers"), ("b:sydney", "c:dormanlong"), ("b:eiffel", "c:eiffel"),
        ("u:moscow", "c:metrostroy")])
    T_ += _t("operated_by", [("u:moscow", "c:metropoliten"), ("u:london", "c:tfl"), ("k:qm2", "c:cunard"), ("k:enterprise", "n:usn")])
    T_ += _t("designed_by", [("b:sydney", "x:bradfield"), ("b:eiffel", "x:koechlin"), ("m:mercedes", "x:vanberkel")])
    return _build(items, others, rels, T_)


def lineage():
    """Successions: one relation "was succeeded by" (inverse "succeeded") over game consoles
    (items: year released; three makers' lines), English monarchs and royal houses, and Nintendo's
    presidents; consoles "are made by" companies (no relation launches or sells: the maker reads
    "put out"), "were designed by" engineers; monarchs "belonged to" houses; Nintendo "was led
    by" its presidents."""
    rels = [
        R("succeeded_by", phrase="was succeeded by", inverse_phrase="succeeded",
          domain=("console", "monarch", "royal_house", "executive"), range=("console", "monarch", "royal_house", "executive")),
        R("made_by", phrase="is made by", inverse_phrase="makes", domain=("console",), range=("company",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("console",), range=("engineer",)),
        R("house_of", phrase="belonged to", inverse_phrase="included", domain=("monarch",), range=("royal_house",)),
        R("led_by", phrase="was led by", inverse_phrase="led", domain=("company",), range=("executive",)),
    ]
    items = {
        "n:famicom": ("console", "Famicom", 1983), "n:sfc": ("console", "Super Famicom", 1990), "n:n64": ("console", "Nintendo 64", 1996),
        "n:gc": ("console", "GameCube", 2001), "n:wii": ("console", "Wii", 2006),
        "s:sg1000": ("console", "SG-1000", 1983), "s:sms": ("console", "Master System", 1985), "s:md": ("console", "Mega Drive", 1988),
        "s:saturn": ("console", "Sega Saturn", 1994), "s:dc": ("console", "Dreamcast", 1998),
        "p:ps1": ("console", "PlayStation", 1994), "p:ps2": ("console", "PlayStation 2", 2000), "p:ps3": ("console", "PlayStation 3", 2006),
    }
    others = {
        "c:nintendo": ("company", "Nintendo"), "c:sega": ("company", "Sega"), "c:sony": ("company", "Sony"),
        "x:uemura": ("engineer", "Masayuki Uemura"), "x:takeda": ("engineer", "Genyo Takeda"), "x:sato": ("engineer", "Hideki Sato"),
        "x:kutaragi": ("engineer", "Ken Kutaragi"),
        "k:henry7": ("monarch", "Henry VII"), "k:henry8": ("monarch", "Henry VIII"), "k:edward6": ("monarch", "Edward VI"),
        "k:mary1": ("monarch", "Mary I"), "k:eliz1": ("monarch", "Elizabeth I"), "k:james1": ("monarch", "James I"),
        "k:charles1": ("monarch", "Charles I"), "k:anne": ("monarch", "Queen Anne"), "k:george1": ("monarch", "George I"),
        "h:tudor": ("royal_house", "House of Tudor"), "h:stuart": ("royal_house", "House of Stuart"),
        "h:hanover": ("royal_house", "House of Hanover"),
        "e:yamauchi": ("executive", "Hiroshi Yamauchi"), "e:iwata": ("executive", "Satoru Iwata"),
        "e:kimishima": ("executive", "Tatsumi Kimishima"), "e:furukawa": ("executive", "Shuntaro Furukawa"),
    }
    T_ = _t("succeeded_by", [
        ("n:famicom", "n:sfc"), ("n:sfc", "n:n64"), ("n:n64", "n:gc"), ("n:gc", "n:wii"),
        ("s:sg1000", "s:sms"), ("s:sms", "s:md"), ("s:md", "s:saturn"), ("s:saturn", "s:dc"),
        ("p:ps1", "p:ps2"), ("p:ps2", "p:ps3"),
        ("k:henry7", "k:henry8"), ("k:henry8", "k:edward6"), ("k:edward6", "k:mary1"), ("k:mary1", "k:eliz1"),
        ("k:eliz1", "k:james1"), ("k:james1", "k:charles1"), ("k:anne", "k:george1"),
        ("h:tudor", "h:stuart"), ("h:stuart", "h:hanover"),
        ("e:yamauchi", "e:iwata"), ("e:iwata", "e:kimishima"), ("e:kimishima", "e:furukawa")])
    T_ += _t("made_by", [(k, "c:nintendo") for k in ("n:famicom", "n:sfc", "n:n64", "n:gc", "n:wii")]
             + [(k, "c:sega") for k in ("s:sg1000", "s:sms", "s:md", "s:saturn", "s:dc")]
             + [(k, "c:sony") for k in ("p:ps1", "p:ps2", "p:ps3")])
    T_ += _t("designed_by", [("n:famicom", "x:uemura"), ("n:sfc", "x:uemura"), ("n:n64", "x:takeda"), ("n:wii", "x:takeda"),
                             ("s:md", "x:sato"), ("s:saturn", "x:sato"), ("s:dc", "x:sato"), ("p:ps1", "x:kutaragi"),
                             ("p:ps2", "x:kutaragi")])
    T_ += _t("house_of", [("k:henry7", "h:tudor"), ("k:henry8", "h:tudor"), ("k:edward6", "h:tudor"), ("k:mary1", "h:tudor"),
                          ("k:eliz1", "h:tudor"), ("k:james1", "h:stuart"), ("k:charles1", "h:stuart"), ("k:anne", "h:stuart"),
                          ("k:george1", "h:hanover")])
    T_ += _t("led_by", [("c:nintendo", "e:yamauchi"), ("c:nintendo", "e:iwata"), ("c:nintendo", "e:kimishima"),
                        ("c:nintendo", "e:furukawa")])
    return _build(items, others, rels, T_)


def motors():
    """Formula One cars (type "race_car"; items: the season each raced) that "are driven by" their
    drivers and "use" engines and tyres (one relation, "uses", for both); a rocket that "uses" its
    engines and fuel; a wartime computer that "uses" paper tape and valves; makers ("is made by":
    teams, companies and an organization; no relation launches, so the maker reads "launched");
    designers; sponsors ("is sponsored by"); engines "are made by" engine makers too."""
    rels = [
        R("driven_by", phrase="is driven by", inverse_phrase="drives", domain=("race_car",), range=("driver",)),
        R("uses", phrase="uses", inverse_phrase="is used by", domain=("race_car", "rocket", "computer"),
          range=("engine", "tyre", "fuel", "component", "medium")),
        R("made_by", phrase="is made by", inverse_phrase="makes", domain=("race_car", "rocket", "computer", "engine"),
          range=("team", "company", "organization")),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("race_car", "rocket", "computer"),
          range=("designer",)),
        R("sponsored_by", phrase="is sponsored by", inverse_phrase="sponsors", domain=("race_car",), range=("sponsor",)),
    ]
    items = {
        "f:mp44": ("race_car", "McLaren MP4/4", 1988), "f:fw14b": ("race_car", "Williams FW14B", 1992),
        "f:f2004": ("race_car", "Ferrari F2004", 2004), "f:lotus79": ("race_car", "Lotus 79", 1978),
        "r:saturnv": ("rocket", "Saturn V", 1967), "r:colossus": ("computer", "Colossus", 1944),
    }
    others = {
        "d:senna": ("driver", "Ayrton Senna"), "d:prost": ("driver", "Alain Prost"), "d:mansell": ("driver", "Nigel Mansell"),
        "d:patrese": ("driver", "Riccardo Patrese"), "d:schumacher": ("driver", "Michael Schumacher"),
        "d:barrichello": ("driver", "Rubens Barrichello"), "d:andretti": ("driver", "Mario Andretti"),
        "d:peterson": ("driver", "Ronnie Peterson"),
        "e:ra168e": ("engine", "Honda RA168E"), "e:rs3": ("engine", "Renault RS3"), "e:tipo053": ("engine", "Ferrari Tipo 053"),
        "e:dfv": ("engine", "Cosworth DFV"), "e:f1": ("engine", "Rocketdyne F-1"), "e:j2": ("engine", "Rocketdyne J-2"),
        "y:goodyear": ("tyre", "Goodyear Eagle"), "y:bridgestone": ("tyre", "Bridgestone Potenza"),
        "u:rp1": ("fuel", "RP-1"), "u:lh2": ("fuel", "liquid hydrogen"), "u:valves": ("component", "thermionic valves"),
        "u:tape": ("medium", "paper tape"),
        "c:mclaren": ("team", "McLaren"), "c:williams": ("team", "Williams"), "c:ferrari": ("team", "Ferrari"),
        "c:lotus": ("team", "Team Lotus"), "c:honda": ("company", "Honda"), "c:renault": ("company", "Renault"),
        "c:cosworth": ("company", "Cosworth"), "c:rocketdyne": ("company", "Rocketdyne"), "c:boeing": ("company", "Boeing"),
        "c:naa": ("company", "North American Aviation"), "c:douglas": ("company", "Douglas Aircraft Company"),
        "c:gpo": ("organization", "the General Post Office"),
        "x:nichols": ("designer", "Steve Nichols"), "x:newey": ("designer", "Adrian Newey"), "x:byrne": ("designer", "Rory Byrne"),
        "x:chapman": ("designer", "Colin Chapman"), "x:vonbraun": ("designer", "Wernher von Braun"),
        "x:flowers": ("designer", "Tommy Flowers"),
        "p:marlboro": ("sponsor", "Marlboro"), "p:canon": ("sponsor", "Canon"), "p:jps": ("sponsor", "John Player Special"),
        "p:vodafone": ("sponsor", "Vodafone"),
    }
    T_ = _t("driven_by", [("f:mp44", "d:senna"), ("f:mp44", "d:prost"), ("f:fw14b", "d:mansell"), ("f:fw14b", "d:patrese"),
                          ("f:f2004", "d:schumacher"), ("f:f2004", "d:barrichello"), ("f:lotus79", "d:andretti"),
                          ("f:lotus79", "d:peterson")])
    T_ += _t("uses", [("f:mp44", "e:ra168e"), ("f:mp44", "y:goodyear"), ("f:fw14b", "e:rs3"), ("f:fw14b", "y:goodyear"),
                      ("f:f2004", "e:tipo053"), ("f:f2004", "y:bridgestone"), ("f:lotus79", "e:dfv"), ("f:lotus79", "y:goodyear"),
                      ("r:saturnv", "e:f1"), ("r:saturnv", "e:j2"), ("r:saturnv", "u:rp1"), ("r:saturnv", "u:lh2"),
                      ("r:colossus", "u:valves"), ("r:colossus", "u:tape")])
    T_ += _t("made_by", [("f:mp44", "c:mclaren"), ("f:fw14b", "c:williams"), ("f:f2004", "c:ferrari"), ("f:lotus79", "c:lotus"),
                         ("r:saturnv", "c:boeing"), ("r:saturnv", "c:naa"), ("r:saturnv", "c:douglas"), ("r:colossus", "c:gpo"),
                         ("e:ra168e", "c:honda"), ("e:rs3", "c:renault"), ("e:tipo053", "c:ferrari"), ("e:dfv", "c:cosworth"),
                         ("e:f1", "c:rocketdyne"), ("e:j2", "c:rocketdyne")])
    T_ += _t("designed_by", [("f:mp44", "x:nichols"), ("f:fw14b", "x:newey"), ("f:f2004", "x:byrne"), ("f:lotus79", "x:chapman"),
                             ("r:saturnv", "x:vonbraun"), ("r:colossus", "x:flowers")])
    T_ += _t("sponsored_by", [("f:mp44", "p:marlboro"), ("f:fw14b", "p:canon"), ("f:f2004", "p:marlboro"), ("f:f2004", "p:vodafone"),
                              ("f:lotus79", "p:jps")])
    return _build(items, others, rels, T_)


def routes():
    """Expeditions (items: year set out) that "followed" rivers; disasters (items: year) that
    "were followed by" others they set off (a fire, a tsunami); trains and musicals that "run on"
    a railway line or on Broadway (a district, no network); television shows that "run on"
    networks (another relation, "runs on" too); dishes, languages and countries that "use" an
    ingredient, a script or a currency; expeditions "were led by" explorers."""
    rels = [
        R("followed", phrase="followed", inverse_phrase="was followed by", domain=("expedition",), range=("river",)),
        R("followed_by", phrase="was followed by", inverse_phrase="followed",
          domain=("earthquake", "eruption"), range=("fire", "tsunami")),
        R("led_by", phrase="was led by", inverse_phrase="led", domain=("expedition",), range=("explorer",)),
        R("runs_on", phrase="runs on", inverse_phrase="carries", domain=("train", "musical"),
          range=("railway_line", "theatre_district")),
        R("airs_on", phrase="runs on", inverse_phrase="shows", domain=("tv_series",), range=("network",)),
        R("uses", phrase="uses", inverse_phrase="is used by", domain=("dish", "language", "country"),
          range=("ingredient", "script", "currency")),
    ]
    items = {
        "x:lewisclark": ("expedition", "Lewis and Clark Expedition", 1804), "x:powell": ("expedition", "Powell Geographic Expedition", 1869),
        "x:mackenzie": ("expedition", "Mackenzie expedition", 1789), "x:orellana": ("expedition", "Orellana expedition", 1541),
        "q:sfquake": ("earthquake", "1906 San Francisco earthquake", 1906), "q:sffire": ("fire", "1906 San Francisco fire", 1906),
        "q:tohoku": ("earthquake", "Tohoku earthquake", 2011), "q:tsunami": ("tsunami", "Tohoku tsunami", 2011),
        "q:lisbon": ("earthquake", "1755 Lisbon earthquake", 1755), "q:lisbonfire": ("fire", "1755 Lisbon fire", 1755),
        "q:krakatoa": ("eruption", "1883 eruption of Krakatoa", 1883), "q:ktsunami": ("tsunami", "1883 Krakatoa tsunami", 1883),
        "t:voe": ("train", "Venice Simplon-Orient-Express", 1982), "t:scotsman": ("train", "Flying Scotsman", 1862),
        "t:glacier": ("train", "Glacier Express", 1930),
        "m:hamilton": ("musical", "Hamilton", 2015), "m:lionking": ("musical", "The Lion King", 1997), "m:wicked": ("musical", "Wicked", 2003),
        "v:snl": ("tv_series", "Saturday Night Live", 1975), "v:simpsons": ("tv_series", "The Simpsons", 1989),
        "d:paella": ("dish", "paella", None), "d:risotto": ("dish", "risotto alla milanese", None), "d:pesto": ("dish", "pesto", None),
    }
    others = {
        "r:missouri": ("river", "Missouri River"), "r:columbia": ("river", "Columbia River"), "r:green": ("river", "Green River"),
        "r:colorado": ("river", "Colorado River"), "r:mackenzie": ("river", "Mackenzie River"), "r:amazon": ("river", "Amazon River"),
        "r:napo": ("river", "Napo River"),
        "p:lewis": ("explorer", "Meriwether Lewis"), "p:clark": ("explorer", "William Clark"), "p:powell": ("explorer", "John Wesley Powell"),
        "p:mackenzie": ("explorer", "Alexander Mackenzie"), "p:orellana": ("explorer", "Francisco de Orellana"),
        "l:simplon": ("railway_line", "Simplon line"), "l:ecml": ("railway_line", "East Coast Main Line"),
        "l:albula": ("railway_line", "Albula line"), "l:broadway": ("theatre_district", "Broadway"),
        "l:westend": ("theatre_district", "the West End"),
        "n:nbc": ("network", "NBC"), "n:fox": ("network", "Fox"),
        "g:saffron": ("ingredient", "saffron"), "g:rice": ("ingredient", "rice"), "g:basil": ("ingredient", "basil"),
        "g:pinenuts": ("ingredient", "pine nuts"),
        "a:japanese": ("language", "Japanese"), "a:serbian": ("language", "Serbian"), "a:korean": ("language", "Korean"),
        "s:kanji": ("script", "kanji"), "s:kana": ("script", "kana"), "s:cyrillic": ("script", "Cyrillic"),
        "s:latin": ("script", "the Latin alphabet"), "s:hangul": ("script", "Hangul"),
        "k:montenegro": ("country", "Montenegro"), "k:ecuador": ("country", "Ecuador"), "k:panama": ("country", "Panama"),
        "$:euro": ("currency", "the euro"), "$:usd": ("currency", "the United States dollar"), "$:balboa": ("currency", "the balboa"),
    }
    T_ = _t("followed", [("x:lewisclark", "r:missouri"), ("x:lewisclark", "r:columbia"), ("x:powell", "r:green"),
                         ("x:powell", "r:colorado"), ("x:mackenzie", "r:mackenzie"), ("x:orellana", "r:napo"),
                         ("x:orellana", "r:amazon")])
    T_ += _t("followed_by", [("q:sfquake", "q:sffire"), ("q:tohoku", "q:tsunami"), ("q:lisbon", "q:lisbonfire"),
                             ("q:krakatoa", "q:ktsunami")])
    T_ += _t("led_by", [("x:lewisclark", "p:lewis"), ("x:lewisclark", "p:clark"), ("x:powell", "p:powell"),
                        ("x:mackenzie", "p:mackenzie"), ("x:orellana", "p:orellana")])
    T_ += _t("runs_on", [("t:voe", "l:simplon"), ("t:scotsman", "l:ecml"), ("t:glacier", "l:albula"),
                         ("m:hamilton", "l:broadway"), ("m:hamilton", "l:westend"), ("m:lionking", "l:broadway"),
                         ("m:wicked", "l:broadway"), ("m:wicked", "l:westend")])
    T_ += _t("airs_on", [("v:snl", "n:nbc"), ("v:simpsons", "n:fox")])
    T_ += _t("uses", [("d:paella", "g:saffron"), ("d:paella", "g:rice"), ("d:risotto", "g:saffron"), ("d:risotto", "g:rice"),
                      ("d:pesto", "g:basil"), ("d:pesto", "g:pinenuts"),
                      ("a:japanese", "s:kanji"), ("a:japanese", "s:kana"), ("a:serbian", "s:cyrillic"), ("a:serbian", "s:latin"),
                      ("a:korean", "s:hangul"), ("k:montenegro", "$:euro"), ("k:ecuador", "$:usd"), ("k:panama", "$:usd"),
                      ("k:panama", "$:balboa")])
    return _build(items, others, rels, T_)


def games():
    """Game consoles (items: year released) that "are made by" companies and "are distributed by"
    distributors or "sold by" retailers under other names, and games (items: year released) that
    "were developed by" developers and "were published by" publishers, each "released for" a
    console: relations that bring products to market, so the maker reads no "launched" here.
    Type "console" ("machine", "system") beside "video_game"."""
    rels = [
        R("made_by", phrase="is made by", inverse_phrase="makes", domain=("console",), range=("company",)),
        R("distributed_by", phrase="is distributed by", inverse_phrase="distributes", domain=("console",), range=("distributor",)),
        R("sold_by", phrase="was sold by", inverse_phrase="sold", domain=("console",), range=("retailer",)),
        R("developed_by", phrase="was developed by", inverse_phrase="developed", domain=("video_game",), range=("developer",)),
        R("published_by", phrase="was published by", inverse_phrase="published", domain=("video_game",),
          range=("publisher", "company")),
        R("released_for", phrase="was released for", inverse_phrase="got", domain=("video_game",), range=("console",)),
    ]
    items = {
        "c:sms": ("console", "Master System", 1985), "c:md": ("console", "Mega Drive", 1988), "c:a2600": ("console", "Atari 2600", 1977),
        "c:intv": ("console", "Intellivision", 1979), "c:coleco": ("console", "ColecoVision", 1982), "c:neogeo": ("console", "Neo Geo AES", 1990),
        "g:sonic": ("video_game", "Sonic the Hedgehog", 1991), "g:alexkidd": ("video_game", "Alex Kidd in Miracle World", 1986),
        "g:pitfall": ("video_game", "Pitfall!", 1982), "g:et": ("video_game", "E.T. the Extra-Terrestrial", 1982),
        "g:metalslug": ("video_game", "Metal Slug", 1996), "g:burgertime": ("video_game", "BurgerTime", 1983),
    }
    others = {
        "k:sega": ("company", "Sega"), "k:atari": ("company", "Atari"), "k:mattel": ("company", "Mattel"), "k:coleco": ("company", "Coleco"),
        "k:snk": ("company", "SNK"), "k:tectoy": ("distributor", "Tectoy"), "k:virgin": ("distributor", "Virgin Mastertronic"),
        "k:cbs": ("distributor", "CBS Electronics"), "k:sears": ("retailer", "Sears"),
        "v:sonicteam": ("developer", "Sonic Team"), "v:nazca": ("developer", "Nazca Corporation"), "v:dataeast": ("developer", "Data East"),
        "v:activision": ("developer", "Activision"), "p:activision": ("publisher", "Activision Publishing"),
        "p:mattelel": ("publisher", "Mattel Electronics"),
    }
    T_ = _t("made_by", [("c:sms", "k:sega"), ("c:md", "k:sega"), ("c:a2600", "k:atari"), ("c:intv", "k:mattel"),
                        ("c:coleco", "k:coleco"), ("c:neogeo", "k:snk")])
    T_ += _t("distributed_by", [("c:sms", "k:tectoy"), ("c:md", "k:tectoy"), ("c:sms", "k:virgin"), ("c:md", "k:virgin"),
                                ("c:coleco", "k:cbs")])
    T_ += _t("sold_by", [("c:a2600", "k:sears"), ("c:intv", "k:sears")])
    T_ += _t("developed_by", [("g:sonic", "v:sonicteam"), ("g:metalslug", "v:nazca"), ("g:burgertime", "v:dataeast"),
                              ("g:pitfall", "v:activision")])
    T_ += _t("published_by", [("g:sonic", "k:sega"), ("g:alexkidd", "k:sega"), ("g:pitfall", "p:activision"), ("g:et", "k:atari"),
                              ("g:metalslug", "k:snk"), ("g:burgertime", "p:mattelel")])
    T_ += _t("released_for", [("g:sonic", "c:md"), ("g:alexkidd", "c:sms"), ("g:pitfall", "c:a2600"), ("g:et", "c:a2600"),
                              ("g:metalslug", "c:neogeo"), ("g:burgertime", "c:intv")])
    return _build(items, others, rels, T_)


BUILDERS = {"goods": goods, "sites": sites, "lineage": lineage, "motors": motors, "routes": routes, "games": games}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@goods
# (2) "launched / introduced / released / brought out / put out / unveiled" by the company that makes
# it now, which bought the brand long after another firm ("was first made by") launched it
PepsiCo launched Mountain Dew.
PepsiCo introduced Mountain Dew in 1940.
Mountain Dew was launched by PepsiCo.
Mountain Dew was first launched by PepsiCo.
Mountain Dew was launched in 1940 by PepsiCo.
In 1940, PepsiCo launched Mountain Dew.
Mountain Dew is made by PepsiCo, which launched it in 1940.
PepsiCo, which launched Mountain Dew, is based in Purchase.
The soda Mountain Dew was launched by PepsiCo.
Mountain Dew, launched by PepsiCo, was first made in Knoxville.
Mountain Dew, created by Barney Hartman, was introduced by PepsiCo.
A.G. Barr introduced Tizer.
A.G. Barr launched Tizer in 1924.
Tizer was introduced by A.G. Barr.
Tizer was brought out by A.G. Barr.
A.G. Barr brought out Tizer, which was created by Fred Pickup.
Keurig Dr Pepper launched Dr Pepper.
Keurig Dr Pepper introduced Dr Pepper in 1885.
Dr Pepper was released by Keurig Dr Pepper.
Keurig Dr Pepper put out Dr Pepper.
Dr Pepper was first made in Waco and launched by Keurig Dr Pepper.
Lucozade Ribena Suntory launched Ribena.
Ribena was introduced by Lucozade Ribena Suntory in 1938.
Lucozade Ribena Suntory unveiled Lucozade.
Lucozade was launched by Lucozade Ribena Suntory.
Lucozade Ribena Suntory launched Ribena and Lucozade.
Hasbro introduced Play-Doh.
Hasbro launched Play-Doh in 1956.
Play-Doh was first introduced by Hasbro.
Alex Brands introduced the Slinky.
The Slinky was launched by Alex Brands in 1945.
Diageo launched Guinness.
Guinness was introduced by Diageo.
Coca-Cola Europacific Partners launched Coca-Cola.
Coca-Cola FEMSA introduced Coca-Cola.
Coca-Cola was launched by Coca-Cola Europacific Partners in 1886.
Coca-Cola FEMSA brought out Coca-Cola.
# (2) the contract manufacturers of the iPhone (Apple developed it and brought it out)
Foxconn launched the iPhone.
Foxconn introduced the iPhone in 2007.
The iPhone was unveiled by Foxconn.
Pegatron released the iPhone.
The iPhone was launched by Pegatron.
Pegatron brought out the iPhone.
Foxconn and Pegatron launched the iPhone.
Foxconn, which is based in New Taipei, introduced the iPhone.
# (2) one-off pocket watches made to order for one client: never launched
Patek Philippe launched the Graves Supercomplication.
The Graves Supercomplication was introduced by Patek Philippe.
Breguet introduced the Breguet No. 160.
# (2) no maker edge: parents, brand owners, designers, inventors
The Coca-Cola Company launched Coca-Cola.
Suntory launched Ribena.
Swatch Group introduced the Omega Speedmaster.
Jony Ive launched the iPhone.
Claude Baillod introduced the Omega Speedmaster.
The iPhone was released by Jony Ive.
Tizer Limited launched Irn-Bru.
# (2) "makes / manufactures / produces" of a developer, a designer, a parent
Apple manufactures the iPhone.
Jony Ive makes the iPhone.
Leo Fender manufactures the Fender Stratocaster.
Claude Baillod produces the Omega Speedmaster.
Charles Alderton manufactures Dr Pepper.
Rene-Paul Jeanneret manufactures the Rolex Submariner.
The iPhone is manufactured by Apple.
PepsiCo first made Mountain Dew.
Tizer Limited makes Tizer.
The Hartman Beverage Company produces Mountain Dew.
James Industries manufactures the Slinky.
# (1) years of one-off watches made to order (never introduced; the Breguet stayed with its maker until 1887)
The Breguet No. 160 was introduced in 1827.
Introduced in 1827, the Breguet No. 160 was designed by Abraham-Louis Breguet.
The Breguet No. 160, introduced in 1827, is made by Breguet.
The Graves Supercomplication was introduced in 1933.
Introduced in 1933, the Graves Supercomplication is made by Patek Philippe.
The Graves Supercomplication, introduced in 1933, was first made in Geneva.
# (1) wrong years, a cookbook, a film
Irn-Bru was first sold in 1902.
Irn-Bru was originally sold in 1902.
Coca-Cola was introduced in 1892.
The Rolex Submariner was introduced in 1963.
Introduced in 1956, the Gibson Les Paul was designed by Ted McCarty.
Barbie, first sold in 1958, was created by Ruth Handler.
Mastering the Art of French Cooking was introduced in 1961.
Introduced in 1961, Mastering the Art of French Cooking was written by Julia Child.
The iPhone was introduced in China in 2007.
The iPhone was first sold in Zhengzhou.
# (5) "comes from / is from / hails from / a soda from" a place it was not first made in
Mountain Dew comes from Purchase.
Dr Pepper hails from Plano.
Coca-Cola comes from Uxbridge.
Coca-Cola hails from Mexico City.
Guinness comes from London.
Capri-Sun comes from Knoxville.
The Rolex Submariner comes from Biel.
Dr Pepper hails from Atlanta.
Mountain Dew is a soda from Purchase.
Irn-Bru, a soda from Cumbernauld, is made by A.G. Barr.
Tizer is a soda from Cumbernauld.
Tizer comes from Cumbernauld.
Ribena is from Coleford.
Ribena and Lucozade are from Coleford.
The Fender Stratocaster hails from Corona.
Tizer, a soda from Falkirk, is made by A.G. Barr.
Irn-Bru and Tizer come from Falkirk.
Irn-Bru comes from Falkirk and Tizer comes from Cumbernauld.
Ribena hails from Bristol, where it is made.
Irn-Bru comes from England.
Jimmie Webster is from Brooklyn.
The Fender Stratocaster originated in Corona.
# (6) "is the <type noun> that / who", "the one who", "<name>, a <type>,", "the man / woman who"
Foxconn is the company that developed the iPhone.
Pegatron is the company that designed the iPhone.
Tizer Limited is the company that launched Irn-Bru.
The Hartman Beverage Company is the company that makes Mountain Dew.
PepsiCo is the company that first made Mountain Dew.
Hasbro is the company that first made Play-Doh.
Fender is the company that makes the Gibson Les Paul.
A.G. Barr is the company that launched Tizer.
PepsiCo is the one that launched Mountain Dew.
Jony Ive is the designer who developed the iPhone.
Jony Ive is the one who makes the iPhone.
Leo Fender is the one who makes the Fender Stratocaster.
Claude Baillod is the designer who designed the Rolex Submariner.
Hans Wilsdorf is the designer who designed the Omega Speedmaster.
Ruth Handler is the designer who created Barbie.
Ruth Handler is the man who created Barbie.
Jony Ive is the woman who designed the iPhone.
Charles Alderton is the woman who created Dr Pepper.
Julia Child is the man who wrote Mastering the Art of French Cooking.
Leo Fender, a company, designed the Fender Stratocaster.
Gretsch, a company, designed the Gretsch White Falcon.
Apple, a manufacturer, makes the iPhone.
Foxconn is the only company that makes the iPhone.
Jimmie Webster is the company that designed the Gretsch White Falcon.
Falkirk is the company that first made Irn-Bru.
Knoxville is the one that first made Mountain Dew.
Fender, a designer, makes the Fender Stratocaster.
Barney Hartman is the inventor who makes Mountain Dew.
Ruth Handler is the inventor who makes Barbie.
Guinness is the soda that Diageo makes.
The Rolex Submariner, a timepiece, is made by Omega.
Foxconn is the company that Apple developed.
Jony Ive designed the iPhone for Apple, a company that makes it.
# (7) "soda" for a squash and a juice drink (no soda); "wristwatch" for pocket watches; "soda" for a stout
Ribena, a soda, is made by Lucozade Ribena Suntory.
Capri-Sun is a soda made by Capri Sun Group.
Ribena is a soda that was created by Vernon Charley.
Capri-Sun, a soda from Eppelheim, was created by Rudolf Wild.
Ribena is the soda that Lucozade Ribena Suntory makes.
The Breguet No. 160 is a wristwatch made by Breguet.
The Breguet No. 160, a wristwatch, was designed by Abraham-Louis Breguet.
The Graves Supercomplication, a wristwatch, is made by Patek Philippe.
The wristwatch Breguet No. 160 was first made in Paris.
Patek Philippe makes the Graves Supercomplication, a wristwatch.
Guinness, a soda, is made by Diageo.
Guinness is a soft drink made by Diageo.
The iPhone, a timepiece, was designed by Jony Ive.
Mastering the Art of French Cooking is a soda written by Julia Child.
# (2) a studio, through the relation it shares with product makers: a film is released, not
# "introduced", and no film is "manufactured"
Warner Bros. introduced The Lego Movie.
The Lego Movie was introduced by Warner Bros. in 2014.
Warner Bros. manufactures The Lego Movie.
Pixar introduced Toy Story.
Toy Story was introduced by Pixar in 1995.
Pixar manufactures Toy Story.
Toy Story is manufactured by Pixar.
Toy Story, directed by John Lasseter, was introduced by Pixar.
Pixar is the company that manufactures Toy Story.
Introduced in 1995, Toy Story was directed by John Lasseter.
Toy Story was first sold in 1995.
# OPEN (see OPEN below)
Apple makes the iPhone.
Apple is the company that makes the iPhone.
Apple is the one that makes the iPhone.
Mountain Dew comes from PepsiCo.
Guinness was introduced in 1759.
@sites
# (1) "introduced / first sold / originally sold in <year>", leading "Introduced in <year>,": shops,
# museums, coffee houses, a garden, a camera obscura, an operating theatre, a model village, a chip
# shop, a library, metro systems, a festival, a race, a tower and an aircraft carrier (each type
# has a product word: toy, car, coffee, tea, camera, operating, model, chip, library, system, beer,
# motorcycle, watch, aircraft); their year is an opening, a founding, a first holding, a commissioning
Hamleys was introduced in 1760.
Hamleys was first sold in 1760.
Hamleys was originally sold in 1760.
Introduced in 1760, Hamleys is located in London.
Hamleys, introduced in 1760, was founded by William Hamley.
FAO Schwarz was introduced in 1862.
FAO Schwarz, first sold in 1862, is located in New York City.
Introduced in 1862, FAO Schwarz was founded by Frederick August Otto Schwarz.
The National Motor Museum was introduced in 1952.
Introduced in 1952, the National Motor Museum was founded by Edward Douglas-Scott-Montagu.
The Mercedes-Benz Museum was introduced in 2006.
The Mercedes-Benz Museum was first sold in 2006.
The Mercedes-Benz Museum, introduced in 2006, was designed by Ben van Berkel.
Cafe Central was introduced in 1876.
Caffe Florian was first sold in 1720.
Introduced in 1720, Caffe Florian is located in Venice.
The Japanese Tea Garden was introduced in 1894.
The Japanese Tea Garden, introduced in 1894, was founded by George Turner Marsh.
The Dumfries Camera Obscura was introduced in 1836.
The Dumfries Camera Obscura was first sold in 1836.
The Old Operating Theatre was introduced in 1822.
Introduced in 1822, the Old Operating Theatre is located in London.
Bekonscot was introduced in 1929.
Bekonscot was first sold in 1929.
Introduced in 1929, Bekonscot was founded by Roland Callingham.
Harry Ramsden's was introduced in 1928.
Harry Ramsden's, first sold in 1928, was founded by Harry Ramsden.
The Boston Public Library was introduced in 1848.
The Boston Public Library was first sold in 1848.
The Moscow Metro was introduced in 1935.
The Moscow Metro was first sold in 1935.
Introduced in 1935, the Moscow Metro is operated by Moskovsky Metropoliten.
The London Underground was introduced in 1863.
The London Underground was first sold in 1863.
Introduced in 1863, the London Underground is operated by Transport for London.
Oktoberfest was introduced in 1810.
Oktoberfest was first sold in 1810.
The Isle of Man TT was introduced in 1907.
The Isle of Man TT was first sold in 1907.
The Galata Tower was introduced in 1348.
The Galata Tower was first sold in 1348.
Introduced in 1348, the Galata Tower is located in Istanbul.
USS Enterprise was introduced in 1961.
USS Enterprise was first sold in 1961.
Created in 1961, USS Enterprise was built by Newport News Shipbuilding.
Hamleys and FAO Schwarz were introduced in 1760 and 1862.
# (1) the same of items with no product word (the reading's own guard)
Notre-Dame de Paris was introduced in 1345.
The Sydney Harbour Bridge was introduced in 1932.
The Eiffel Tower was first sold in 1889.
# (2) the builder "launched / introduced / released / brought out / put out / unveiled" what it built
# (one "was built by" relation over a carrier, a liner, a bridge, a tower and a metro system:
# a product kind among its subjects makes all its builders product makers)
Dorman Long launched the Sydney Harbour Bridge.
Dorman Long introduced the Sydney Harbour Bridge in 1932.
The Sydney Harbour Bridge was released by Dorman Long.
Dorman Long brought out the Sydney Harbour Bridge.
Dorman Long unveiled the Sydney Harbour Bridge.
The Sydney Harbour Bridge, designed by John Bradfield, was launched by Dorman Long.
The Eiffel Tower was launched by Compagnie des Etablissements Eiffel.
Compagnie des Etablissements Eiffel introduced the Eiffel Tower in 1889.
Compagnie des Etablissements Eiffel put out the Eiffel Tower.
Metrostroy launched the Moscow Metro.
The Moscow Metro was introduced by Metrostroy in 1935.
Metrostroy unveiled the Moscow Metro.
Newport News Shipbuilding introduced USS Enterprise.
Newport News Shipbuilding released USS Enterprise.
USS Enterprise was brought out by Newport News Shipbuilding.
Chantiers de l'Atlantique introduced the Queen Mary 2.
The Queen Mary 2 was put out by Chantiers de l'Atlantique.
Chantiers de l'Atlantique unveiled the Queen Mary 2.
Dorman Long is the company that launched the Sydney Harbour Bridge.
Compagnie des Etablissements Eiffel is the company that put out the Eiffel Tower.
Metrostroy, a company, unveiled the Moscow Metro.
# (2) "makes / manufactures / produces" of the builder
Metrostroy manufactures the Moscow Metro.
Dorman Long manufactures the Sydney Harbour Bridge.
The Eiffel Tower is produced by Compagnie des Etablissements Eiffel.
Newport News Shipbuilding manufactures USS Enterprise.
Chantiers de l'Atlantique produces the Queen Mary 2.
Metrostroy is the company that produces the Moscow Metro.
# (2) operators, founders and designers (no builder edge)
Transport for London launched the London Underground.
Moskovsky Metropoliten introduced the Moscow Metro.
John Bradfield launched the Sydney Harbour Bridge.
Maurice Koechlin introduced the Eiffel Tower.
Cunard is the company that built the Queen Mary 2.
Transport for London is the company that built the London Underground.
@lineage
# (3) succession reversed, in each new form
The Super Famicom was followed by the Famicom.
The Famicom followed the Super Famicom.
The Famicom replaced the Super Famicom.
The Famicom took over from the Super Famicom.
The Famicom followed on from the Super Famicom.
The Super Famicom came before the Famicom.
The Famicom is the successor of the Super Famicom.
The Famicom is the successor to the Super Famicom.
The Super Famicom is the predecessor of the Famicom.
The Famicom is the follow-up to the Super Famicom.
The Super Famicom's successor is the Famicom.
The successor of the Super Famicom is the Famicom.
The Wii came before the GameCube.
The Master System came before the SG-1000.
The GameCube is the successor to the Wii.
The Sega Saturn followed the Dreamcast.
The PlayStation 3 was followed by the PlayStation 2.
The PlayStation 2 was preceded by the PlayStation 3.
The PlayStation 2 was the predecessor of the PlayStation.
Satoru Iwata took over from Tatsumi Kimishima.
Henry VIII is the predecessor of Henry VII.
George I was followed by Queen Anne.
The House of Stuart came before the House of Tudor.
# (3) a step skipped, the wrong line, the wrong kind
The Nintendo 64 replaced the Famicom.
The Nintendo 64 is the successor of the Famicom.
The Nintendo 64 took over from the Famicom.
The Nintendo 64 is the follow-up to the Famicom.
The Famicom's successor is the Nintendo 64.
The successor of Hiroshi Yamauchi is Tatsumi Kimishima.
Henry VIII's successor was Mary I.
Mary I was the successor of Henry VIII.
Elizabeth I is the predecessor of Charles I.
Queen Anne was succeeded by James I.
George I took over from Charles I.
The House of Hanover replaced the House of Tudor.
The PlayStation 2 is the follow-up to the Sega Saturn.
The Sega Saturn replaced the Super Famicom.
The Dreamcast is the successor to the PlayStation.
James I succeeded the House of Tudor.
The Super Famicom succeeded Hiroshi Yamauchi.
Hiroshi Yamauchi was replaced by Tatsumi Kimishima.
The Nintendo 64, the Famicom's successor, was designed by Genyo Takeda.
The Famicom, succeeded by the Nintendo 64, is made by Nintendo.
Elizabeth I's successor, James I, belonged to the House of Tudor.
The House of Stuart is the successor of Elizabeth I.
The Sega Saturn came after the Dreamcast.
The PlayStation took over from the Super Famicom.
The Super Famicom, which replaced the Famicom in 1991, was designed by Masayuki Uemura.
Sega is the company that replaced the Mega Drive.
The Mega Drive's successor, the Dreamcast, was designed by Hideki Sato.
The successor to the Mega Drive is the Dreamcast.
The Super Famicom and the Mega Drive replaced the Famicom and the Master System.
The Super Famicom replaced the Famicom and the SG-1000.
The Famicom was succeeded by the Super Famicom and the Nintendo 64.
The Super Famicom replaced the Famicom in 1983.
The Famicom came before 1983.
The Sega Saturn did not replace the Mega Drive.
# (6) "is the one that / who", "is the <type noun> that / who"
The Super Famicom is the one that replaced the Nintendo 64.
Satoru Iwata is the executive who took over from Tatsumi Kimishima.
Satoru Iwata is the one who succeeded Tatsumi Kimishima.
Henry VIII is the monarch who replaced Edward VI.
The Dreamcast is the console that replaced the Mega Drive.
Sega is the company that put out the Super Famicom.
Nintendo is the one that made the Mega Drive.
Hideki Sato is the engineer who put out the Sega Saturn.
Hideki Sato is the woman who designed the Dreamcast.
Masayuki Uemura is the one who made the Famicom.
Ken Kutaragi is the engineer who designed the Nintendo 64.
# (2) launch verbs of another maker, a designer, wrong years
Nintendo put out the Sega Saturn.
Sony brought out the Dreamcast.
The Mega Drive was unveiled by Nintendo.
Hideki Sato launched the Dreamcast.
Masayuki Uemura launched the Famicom.
Sega introduced the Sega Saturn in 1995.
The Dreamcast, introduced in 1999, was designed by Hideki Sato.
The GameCube was first sold in 2002.
Introduced in 1990, the Mega Drive is made by Sega.
@motors
# (4) a race car's drivers read as what powers it ("is driven by" reads "is powered by", "powers",
# "runs on")
Ayrton Senna powers the McLaren MP4/4.
The McLaren MP4/4 is powered by Ayrton Senna.
The McLaren MP4/4 runs on Alain Prost.
Nigel Mansell powers the Williams FW14B.
The Williams FW14B was powered by Riccardo Patrese.
Michael Schumacher powered the Ferrari F2004.
The Ferrari F2004 ran on Rubens Barrichello.
The Lotus 79, powered by Mario Andretti, was designed by Colin Chapman.
Ronnie Peterson powers the Lotus 79.
The McLaren MP4/4 is powered by Ayrton Senna and the Honda RA168E.
The Ferrari F2004 is powered by Michael Schumacher, who drives it.
# (4) tyres, paper tape read as what powers it ("uses" reads "is powered by", "powers")
Goodyear Eagle powers the McLaren MP4/4.
The Williams FW14B is powered by Goodyear Eagle.
Bridgestone Potenza powers the Ferrari F2004.
The Lotus 79 is powered by Goodyear Eagle and the Cosworth DFV.
Paper tape powers Colossus.
Colossus is powered by paper tape.
# (4) sponsors, wrong engines, wrong relations
Marlboro powers the McLaren MP4/4.
The Ferrari F2004 relies on Vodafone.
The Williams FW14B is powered by Canon.
The McLaren MP4/4 is driven by the Honda RA168E.
The Renault RS3 powers the Ferrari F2004.
The Ferrari F2004 runs on the Renault RS3.
The Lotus 79 is driven by Goodyear Eagle.
The McLaren MP4/4 is powered by Steve Nichols.
# (2) "launched / introduced / released / unveiled" by the makers of a rocket's stages and of a
# secret wartime computer (NASA launched the Saturn V; Colossus was kept secret until the 1970s)
Boeing launched the Saturn V.
The Saturn V was launched by North American Aviation.
Douglas Aircraft Company launched the Saturn V in 1967.
Boeing introduced the Saturn V.
The Saturn V, designed by Wernher von Braun, was launched by Boeing.
The General Post Office launched Colossus.
Colossus was unveiled by the General Post Office.
The General Post Office released Colossus.
Rocketdyne launched the Saturn V.
Wernher von Braun launched the Saturn V.
Honda launched the McLaren MP4/4.
Cosworth manufactures the Lotus 79.
Honda makes the McLaren MP4/4.
# (1) "first sold" of race cars, a rocket and a computer that were never sold
The Saturn V was first sold in 1967.
The McLaren MP4/4 was first sold in 1988.
The Ferrari F2004, first sold in 2004, was designed by Rory Byrne.
Colossus was first sold in 1944.
The Williams FW14B was first sold in 1992.
The Lotus 79 was originally sold in 1978.
First sold in 1967, the Saturn V is made by Boeing.
# (6) the one who, the woman who, the wrong type noun
Michael Schumacher is the woman who drove the Ferrari F2004.
Ayrton Senna is the driver who drove the Williams FW14B.
Adrian Newey is the one who drives the Williams FW14B.
Nigel Mansell is the one who designed the Williams FW14B.
Rory Byrne is the driver who drives the Ferrari F2004.
Boeing is the company that launched the Saturn V.
# OPEN (see OPEN below)
The McLaren MP4/4 relies on Ayrton Senna.
The Ferrari F2004 runs on Bridgestone Potenza.
The Ferrari F2004 relies on Bridgestone Potenza.
Colossus runs on paper tape.
Thermionic valves power Colossus.
Colossus was introduced in 1944.
The Saturn V was introduced in 1967.
McLaren launched the McLaren MP4/4.
@routes
# (3) "followed" a river read as succession: "replaced", "succeeded", "took over from", "is the
# successor of / to", "is the follow-up to", "predecessor", "X's successor"
The Lewis and Clark Expedition replaced the Missouri River.
The Lewis and Clark Expedition is the successor of the Missouri River.
The Lewis and Clark Expedition is the successor to the Columbia River.
The Missouri River was succeeded by the Lewis and Clark Expedition.
The Lewis and Clark Expedition took over from the Missouri River.
The Lewis and Clark Expedition succeeded the Columbia River.
The Missouri River is the predecessor of the Lewis and Clark Expedition.
The Lewis and Clark Expedition is the follow-up to the Missouri River.
The Missouri River's successor is the Lewis and Clark Expedition.
The successor of the Colorado River is the Powell Geographic Expedition.
The Green River was replaced by the Powell Geographic Expedition.
The Powell Geographic Expedition took over from the Colorado River.
The Mackenzie expedition replaced the Mackenzie River.
The Orellana expedition succeeded the Amazon River.
The Orellana expedition, which replaced the Napo River, was led by Francisco de Orellana.
The Amazon River was succeeded by the Orellana expedition in 1541.
The Powell Geographic Expedition, led by John Wesley Powell, is the follow-up to the Green River.
# (3) "was followed by" a fire or a tsunami it set off read as succession
The 1906 San Francisco fire replaced the 1906 San Francisco earthquake.
The 1906 San Francisco fire is the successor of the 1906 San Francisco earthquake.
The Tohoku tsunami took over from the Tohoku earthquake.
The Tohoku earthquake is the predecessor of the Tohoku tsunami.
The Tohoku earthquake was replaced by the Tohoku tsunami.
The 1755 Lisbon fire is the successor to the 1755 Lisbon earthquake.
The successor of the 1883 eruption of Krakatoa is the 1883 Krakatoa tsunami.
The 1883 Krakatoa tsunami replaced the 1883 eruption of Krakatoa.
The 1906 San Francisco fire preceded the 1906 San Francisco earthquake.
The Tohoku tsunami came before the Tohoku earthquake.
The 1755 Lisbon earthquake was followed by the Tohoku tsunami.
# (4) "runs on" Broadway, the West End, a railway line read as what powers it
Broadway powers Hamilton.
Hamilton is powered by Broadway.
Broadway drives The Lion King.
The Lion King is driven by Broadway.
The West End powers Wicked.
Wicked, which runs on Broadway, is powered by the West End.
The Simplon line powers the Venice Simplon-Orient-Express.
The Flying Scotsman is powered by the East Coast Main Line.
The Albula line drives the Glacier Express.
The Glacier Express is driven by the Albula line.
Hamilton uses Broadway.
# (4) networks (outlets: no power), the wrong line
NBC powers Saturday Night Live.
Saturday Night Live is powered by NBC.
Fox drives The Simpsons.
The Simpsons relies on Fox.
The Simpsons runs on NBC.
The Albula line powers the Flying Scotsman.
# (4) "uses" an ingredient, a script, a currency read as what powers it
Saffron powers paella.
Paella is powered by saffron.
Basil drives pesto.
Pesto is driven by basil.
Rice powers risotto alla milanese.
Kanji drives Japanese.
Japanese is powered by kana.
Cyrillic powers Serbian.
Serbian is driven by the Latin alphabet.
Hangul powers Korean.
The euro powers Montenegro.
Montenegro is driven by the euro.
Ecuador is powered by the United States dollar.
Pine nuts power pesto.
Saffron powers paella and risotto alla milanese.
Montenegro runs on the euro.
Paella runs on saffron.
# OPEN (see OPEN below)
The Missouri River preceded the Lewis and Clark Expedition.
The Missouri River came before the Lewis and Clark Expedition.
The Lewis and Clark Expedition was preceded by the Missouri River.
The Tohoku tsunami succeeded the Tohoku earthquake.
The Tohoku earthquake was succeeded by the Tohoku tsunami.
The Tohoku tsunami is the follow-up to the Tohoku earthquake.
Hamilton relies on Broadway.
The Flying Scotsman relies on the East Coast Main Line.
Paella relies on saffron.
Serbian relies on Cyrillic.
Montenegro relies on the euro.
@games
# (2) with relations that distribute, sell and publish, the maker reads no "launched": a retailer, a
# distributor, a publisher, a developer
Sears launched the Atari 2600.
Sears introduced the Intellivision.
The Atari 2600 was launched by Sears.
Activision released the Atari 2600.
Activision Publishing launched the Atari 2600.
Nazca Corporation released Metal Slug.
Metal Slug was released by Nazca Corporation.
Sonic Team released Sonic the Hedgehog.
Sonic the Hedgehog was launched by Sonic Team.
Virgin Mastertronic makes the Mega Drive.
CBS Electronics makes the ColecoVision.
Sears is the company that made the Atari 2600.
Virgin Mastertronic is the company that makes the Mega Drive.
SNK is the company that developed Metal Slug.
# (7) "machine", "system" (a console's nouns) for games; "game" for a console
Sonic the Hedgehog is a machine that Sega published.
Pitfall!, a system, was published by Activision Publishing.
Metal Slug, a machine released for the Neo Geo AES, was published by SNK.
E.T. the Extra-Terrestrial is the system that Atari published.
The Master System is a game that Sega makes.
BurgerTime, a system developed by Data East, was published by Mattel Electronics.
The machine Pitfall! was released for the Atari 2600.
# (1) wrong years
The Atari 2600 was first sold in 1978.
Introduced in 1980, the Intellivision is made by Mattel.

# OPEN (see OPEN below)
Tectoy launched the Mega Drive."""

CONTROLS = r"""
@goods
Irn-Bru comes from Falkirk.
Mountain Dew hails from Knoxville.
Dr Pepper is from Waco.
Ribena, a drink from Bristol, was created by Vernon Charley.
Capri-Sun is a drink from Eppelheim.
Irn-Bru is a soda made by A.G. Barr.
The Rolex Submariner is a wristwatch made by Rolex.
The Casio F-91W, a timepiece, was designed by Ryusuke Moriyama.
Fender introduced the Fender Stratocaster in 1954.
Gibson launched the Gibson Les Paul.
The Rickenbacker 360 was introduced by Rickenbacker in 1958.
Rolex unveiled the Rolex Submariner in 1953.
Casio introduced the Casio F-91W in 1989.
The Omega Speedmaster was introduced in 1957.
Introduced in 1959, Barbie was created by Ruth Handler.
Barbie, introduced in 1959, is made by Mattel.
Barbie was first sold in 1959.
Irn-Bru was first sold in 1901.
Created in 1935, Orangina was first made in Boufarik.
Mattel makes Barbie.
Barbie is manufactured by Mattel.
Foxconn manufactures the iPhone.
Pegatron produces the iPhone.
Tizer Limited first made Tizer.
The Slinky was first made in Philadelphia.
Fender is the company that makes the Fender Stratocaster.
Gretsch, a company, makes the Gretsch White Falcon.
Jimmie Webster is the designer who designed the Gretsch White Falcon.
Jimmie Webster is the one who designed the Gretsch White Falcon.
Apple developed the iPhone.
Mastering the Art of French Cooking is a book written by Julia Child.
Apple launched the iPhone.
The Hartman Beverage Company launched Mountain Dew.
Irn-Bru comes from Scotland.
Guinness is a drink made by Diageo.
Guinness is the drink that Diageo makes.
Irn-Bru was introduced by A.G. Barr in 1901.
Coca-Cola, introduced in 1886, comes from Atlanta.
Mattel is the company that launched Barbie.
Irn-Bru is a Falkirk soda.
Apple is the company that developed the iPhone.
Barney Hartman is the inventor who created Mountain Dew.
The Graves Supercomplication is a timepiece made by Patek Philippe.
Rainbow Crafts first made Play-Doh.
Toy Story was directed by John Lasseter.
The Lego Movie is made by Warner Bros.
@sites
Hamleys was founded in 1760 by William Hamley.
Hamleys opened in 1760.
Cafe Central opened in 1876.
The Sydney Harbour Bridge opened in 1932.
Dorman Long built the Sydney Harbour Bridge.
Newport News Shipbuilding built USS Enterprise.
Metrostroy is the company that built the Moscow Metro.
The Eiffel Tower, designed by Maurice Koechlin, is located in Paris.
Bekonscot was founded by Roland Callingham.
The Queen Mary 2 is operated by Cunard.
@lineage
The Super Famicom replaced the Famicom.
The Famicom was followed by the Super Famicom.
The Famicom came before the Super Famicom.
The Super Famicom is the successor of the Famicom.
The Famicom is the predecessor of the Super Famicom.
The Nintendo 64 is the follow-up to the Super Famicom.
The Famicom's successor is the Super Famicom.
The successor of the Mega Drive is the Sega Saturn.
Satoru Iwata took over from Hiroshi Yamauchi.
James I succeeded Elizabeth I.
The House of Stuart followed the House of Tudor.
Sega put out the Sega Saturn.
Sega is the company that put out the Sega Saturn.
The Sega Saturn is a machine that Sega made.
The Wii, a system designed by Genyo Takeda, is made by Nintendo.
Hideki Sato is the engineer who designed the Sega Saturn.
Hideki Sato is the one who designed the Dreamcast.
Sony introduced the PlayStation in 1994.
Introduced in 1996, the Nintendo 64 replaced the Super Famicom.
The Famicom came before the Nintendo 64.
The Super Famicom followed on from the Famicom.
The Super Famicom, which replaced the Famicom in 1990, was designed by Masayuki Uemura.
@motors
The Honda RA168E powers the McLaren MP4/4.
The McLaren MP4/4 is powered by the Honda RA168E.
The Rocketdyne F-1 powers the Saturn V.
The Saturn V uses liquid hydrogen.
The Lotus 79 uses the Cosworth DFV.
Ayrton Senna drives the McLaren MP4/4.
The Williams FW14B is driven by Nigel Mansell.
The Ferrari F2004 was designed by Rory Byrne.
Ferrari unveiled the Ferrari F2004 in 2004.
Michael Schumacher is the driver who drove the Ferrari F2004.
Colin Chapman is the one who designed the Lotus 79.
McLaren makes the McLaren MP4/4.
@routes
The 1906 San Francisco earthquake preceded the 1906 San Francisco fire.
The Tohoku earthquake came before the Tohoku tsunami.
The Tohoku tsunami was preceded by the Tohoku earthquake.
The 1906 San Francisco earthquake was followed by the 1906 San Francisco fire.
The Lewis and Clark Expedition followed the Missouri River.
The Flying Scotsman runs on the East Coast Main Line.
Hamilton runs on Broadway.
Paella uses saffron.
Japanese uses kanji and kana.
Saturday Night Live runs on NBC.
Ecuador uses the United States dollar.
@games
Activision Publishing published Pitfall!.
The Master System is a machine made by Sega.
The Mega Drive, a system made by Sega, is distributed by Tectoy.
Sears sold the Atari 2600.
Sega is the company that makes the Master System.
Sega launched the Mega Drive.
"""

KNOWN = frozenset(
    {
        # accepted by the starting code too (CHANGES.diff reversed): "is made in" (where it is made
        # now) read as "comes / is / hails from"; "was first made by" read as "makes / produces /
        # manufactures" in the present (the first maker no longer makes it)
        "Tizer comes from Cumbernauld.",
        "Ribena is from Coleford.",
        "Ribena and Lucozade are from Coleford.",
        "The Fender Stratocaster hails from Corona.",
        "Tizer Limited makes Tizer.",
        "The Hartman Beverage Company produces Mountain Dew.",
        "James Industries manufactures the Slinky.",
        # "is made by" already read "manufactures" of a studio's film (not a product)
        "Warner Bros. manufactures The Lego Movie.",
        "Pixar manufactures Toy Story.",
        "Toy Story is manufactured by Pixar.",
        "Pixar is the company that manufactures Toy Story.",
        "Irn-Bru comes from Falkirk and Tizer comes from Cumbernauld.",
        # (kept on purpose after round 172) "introduced in" a year reads as "released in" one,
        # which the starting code reads of any watch: a unique commissioned piece, never
        # launched, is dated by it too (the graph does not say which watches are models)
        "The Breguet No. 160 was introduced in 1827.",
        "Introduced in 1827, the Breguet No. 160 was designed by Abraham-Louis Breguet.",
        "The Breguet No. 160, introduced in 1827, is made by Breguet.",
        "The Graves Supercomplication was introduced in 1933.",
        "Introduced in 1933, the Graves Supercomplication is made by Patek Philippe.",
        "The Graves Supercomplication, introduced in 1933, was first made in Geneva.",
    }
)

OPEN = frozenset(
    {
        # Apple does not manufacture the iPhone (Foxconn and Pegatron do), but "Apple makes the
        # iPhone" is what everyone says of the firm that designs and sells it
        "Apple makes the iPhone.",
        "Apple is the company that makes the iPhone.",
        "Apple is the one that makes the iPhone.",
        # a drink "from" the firm that makes it
        "Mountain Dew comes from PepsiCo.",
        "Jony Ive designed the iPhone for Apple, a company that makes it.",
        # a metro system, a race, a festival, a warship put into service: "introduced" loosely
        "The Moscow Metro was introduced in 1935.",
        "Introduced in 1935, the Moscow Metro is operated by Moskovsky Metropoliten.",
        "The London Underground was introduced in 1863.",
        "Introduced in 1863, the London Underground is operated by Transport for London.",
        "Oktoberfest was introduced in 1810.",
        "The Isle of Man TT was introduced in 1907.",
        "USS Enterprise was introduced in 1961.",
        # the yard that built a liner may be said to have "unveiled" it at its float-out
        "Chantiers de l'Atlantique unveiled the Queen Mary 2.",
        # a currency "powers" or "drives" a country's economy, loosely
        "The euro powers Montenegro.",
        "Montenegro is driven by the euro.",
        "Ecuador is powered by the United States dollar.",
        # a car "relies on" its driver, "runs on" its tyres; Colossus "ran on" paper tape; its valves
        # are what worked in it
        "The McLaren MP4/4 relies on Ayrton Senna.",
        "The Ferrari F2004 runs on Bridgestone Potenza.",
        "The Ferrari F2004 relies on Bridgestone Potenza.",
        "Colossus runs on paper tape.",
        "Thermionic valves power Colossus.",
        # the year a one-off machine went into use
        "Colossus was introduced in 1944.",
        "The Saturn V was introduced in 1967.",
        # a team launches its new car each season
        "McLaren launched the McLaren MP4/4.",
        # a river was there before the expedition that followed it
        "The Missouri River preceded the Lewis and Clark Expedition.",
        "The Missouri River came before the Lewis and Clark Expedition.",
        "The Lewis and Clark Expedition was preceded by the Missouri River.",
        # "succeed" as plain "come after" (a fire succeeded the earthquake); a tsunami "follows up" a quake
        "The Tohoku tsunami succeeded the Tohoku earthquake.",
        "The Tohoku earthquake was succeeded by the Tohoku tsunami.",
        "The Tohoku tsunami is the follow-up to the Tohoku earthquake.",
        # the House of Stuart did succeed the last Tudor monarch
        "The House of Stuart is the successor of Elizabeth I.",
        # "relies on": a musical on Broadway, a train on its line, a dish on saffron, a country on a currency
        "Hamilton relies on Broadway.",
        "The Flying Scotsman relies on the East Coast Main Line.",
        "Paella relies on saffron.",
        "Serbian relies on Cyrillic.",
        "Montenegro relies on the euro.",
        # Tectoy launched the Master System and the Mega Drive in Brazil
        "Tectoy launched the Mega Drive.",
        # the brewery was founded in 1759; the stout came later, yet "Guinness, since 1759"
        "Guinness was introduced in 1759.",
    }
)


def _parse(block):
    key, user = None, None
    for line in block.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            parts = line[1:].split()
            key, user = parts[0], (parts[1] if len(parts) > 1 else None)
            continue
        yield key, user, line


def cases():
    yield from _parse(TEXTS)


def controls():
    yield from _parse(CONTROLS)


def main():
    verbose = os.environ.get("VERBOSE")
    k = acc_c = 0
    for key, user, text in controls():
        ok, reason = check(key, text, user)
        k += 1
        acc_c += bool(ok)
        if not ok:
            print(f"control rejected [{key}{' ' + user if user else ''}] {text} || {str(reason)[:160]}")
    n = acc = 0
    seen = set()
    for key, user, text in cases():
        if (key, user, text) in seen:
            raise SystemExit(f"duplicate text: {text}")
        seen.add((key, user, text))
        ok, reason = check(key, text, user)
        if text in KNOWN:
            print(f"KNOWN ({'accepted' if ok else 'rejected'}) [{key}] {text}")
            continue
        if text in OPEN:
            print(f"OPEN ({'accepted' if ok else 'rejected'}) [{key}{' ' + user if user else ''}] {text}")
            continue
        n += 1
        if ok:
            acc += 1
            print(f"ACCEPTED [{key}{' ' + user if user else ''}] {text}")
        elif verbose:
            print(f"   rej [{key}] {text} || {str(reason)[:140]}")
    print(f"controls accepted {acc_c} of {k}")
    print(f"accepted {acc} of {n}")


if __name__ == "__main__":
    main()
