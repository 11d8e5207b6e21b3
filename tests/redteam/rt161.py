"""Red team round 161: this round's new readings (CHANGES.diff): (1) an item type of two or
more words has its last word as its noun, and the words before that noun are read as it ("a
roller coaster" -> "a coaster coaster"); an attribute type of two or more words names its
entities by its last word ("the park"); (2) "is / was / , one of the <nouns>" read as "a <noun>";
(3) "was (once) the property of / in the hands of / in the possession of" for "belonged to" and
"was owned by", "is the property of / in the possession of" for "is owned by"; (4) "<verb> in the
<...> <place noun> of" also read as "<verb> in"; (5) "owes its founding / existence / design /
construction ... to" for "was founded / designed / built ... by"; (6) "X honours Y in its name",
"X's name honours Y" for a naming relation; (7) "came out of" / "emerged from" for "was built /
made / struck / minted ... by / at", "minted" = "struck"; (8) "<verb> in <year> <prep> <name>".

Six graphs of my own (graph builders below):

* houses: opera houses, auction houses and fashion houses (three item types ending in "house"),
  "was designed by", "was founded by" next to "was funded by", "is named after", "is owned by"
  next to "belonged to", "launched" (a product launch), "has"; a user;
* treasures: gold coins and silver coins (two types ending in "coin") "struck at" mints, "made
  by" a goldsmith, "designed by" engravers, "held by" museums, "belonged to" / "is owned by",
  "depicts", "commissioned by"; hoards "found by" detectorists ("found": the past of "find") and
  "found in" villages they are named after; a user;
* space: space stations, space telescopes and space probes (three types sharing their FIRST
  word), "was built by", "was launched by / on / from", "is operated by" next to "is managed by",
  "is named after"; Mir "was struck by" two spacecraft (collisions); an agency that "honours"
  astronauts (its own relation, no naming); a user;
* airports: international and regional airports (two types ending in "airport"), "is a hub for"
  next to "is a base for" (flag carriers and low-cost carriers), "is named after" next to "was
  named by", "was designed by", "is operated by" / "is owned by" / "was owned by", "serves",
  "was opened by", "manages"; carriers that "belonged to" an alliance (a membership); a user;
* distilleries: malt and grain distilleries (two types ending in "distillery"), "lies in the
  whisky region of" (an attribute type of two words: "the region"), "lies in the county of",
  "stands in the parish of", "lies within" a national park ("the park"), "is located in",
  "was founded by", "was designed by", "is owned by" / "belonged to", "supplies", "draws its water
  from"; a user;
* newspapers: daily and weekly newspapers (two types ending in "newspaper") and news magazines,
  "was founded in" next to "was first published in" and "is published in", "is published by",
  "was founded by" next to "was funded by", "is owned by" / "was owned by", "is edited by",
  "launched" (supplements, websites), "is printed at" a printing plant ("the plant"); a user.

Findings (accepted through this round's readings; the starting code, CHANGES.diff reversed,
rejects each of them):

* (1) + (2) item types that share their last word are one kind: the words before the noun are
  rewritten as the noun ("auction house" -> "house house"), so every "<x> house" is read as
  "house" and matches any of the three house types. Whenever a relation follows ("headquartered
  in", "founded by", "owned by", "serving", "that supplies", "in <place>"), a fashion house is
  an auction house or an opera house, a malt distillery a grain distillery, a weekly newspaper
  a daily one, a gold coin a silver one, a regional airport an international one: "Chanel is an
  auction house headquartered in Paris", "Kering owns the opera house Gucci", "Cameronbridge is
  a malt distillery owned by Diageo", "Heathrow is a regional airport serving London", "The
  Gothic Crown is a gold coin struck at the Royal Mint", "The Observer is a daily newspaper
  published in London"; in "one of the <nouns>" ("Lagavulin is one of the grain distilleries
  owned by Diageo", "Beauvais-Tillé Airport is one of the international airports serving
  Paris"), in appositions, relative clauses, "the <type> X", "owns X, a <type>", "owns the
  <types> X and Y" with one wrong, "like X", a pronoun, a user's text; and "the newspaper" said of a news
  magazine ("Der Spiegel is published in Hamburg. The newspaper was founded by Rudolf
  Augstein").
* (3) "belonged to" meaning a membership (a carrier in an alliance) gets the readings of past
  ownership: "KLM was once the property of the Wings Alliance", "was once in the hands of", "was
  in the possession of", "was once owned by", "Air France was in the hands of SkyTeam".
* (6) "in its name" is glued after ANY relation read "honours", not only a naming relation: an
  agency that "honours" astronauts (its own relation) "honours Neil Armstrong in its name"
  ("NASA honours Neil Armstrong in its name", "Roscosmos honours Yuri Gagarin in its name", in
  a relative clause, with "in their name", before "and operates ...").
* (7) "strike" = "mint" and "came out of" / "emerged from" reach a relation "was struck by" that
  is a collision: "Mir was minted by Progress M-34", "Progress M-34 minted Mir", "Mir came out of
  Progress M-34", "Mir emerged from Progress M-34", in a relative clause, after "and", in a
  user's text.

Not found: (3) past and present ownership kept apart (a past owner "is the property of", the
present owner "was once ..." rejected; the round also stops the starting code's "was once owned
by" for a present owner), (4) the wrong region, county or parish after the shortened "lies in" /
"stands in", "the region" / "the park" / "the plant" for the wrong one, (5) a designer as founder,
a funder, an owner, a namesake, a finder ("was found by" is no founding), an excavator, the water
a distillery draws, the wrong direction, (6) a founder, funder, architect, whoever opened or
named an airport, what a coin depicts or who commissioned it, (7) a museum that keeps it, the
mint of another coin, a designer, an owner, a launcher, a site, a product launch, (8) the wrong
city or founder after "founded in <year> in", the year of another paper, lists, negation.

OPEN: a name that "honours" a village or a city (named after its findspot, its city); "owes its
name to" whoever chose the name; the Edward VIII Sovereign "honours Edward VIII in its name".

KNOWN (accepted by the starting code too): "was published in <year> in <city>" with the city
where the paper is published now and its founding year (it was first published elsewhere).

Rejected controls (no regressions: the starting code rejects both too): "The opera house is
located in Paris" after the opera house was named (a two-word "the <type>" is not read:
"unknown_words: located in"); "The Hoxne Hoard was found in 1992 in Hoxne" ((8) does not reach
"was found in <year> in": "unknown_words: found in"). Left out of CONTROLS because the
result changes from run to run: with types that share their words BEFORE the noun ("space
station", "space telescope", "space probe"), GraphIndex.type_phrases keeps one noun per prefix
(("space",) -> "station" or "telescope" or "probe", by PYTHONHASHSEED through the order of
item_types), so only one of "Mir is a space station built by Khrunichev", "Hubble is a space
telescope built by Lockheed Martin" and "Juno is a space probe built by Lockheed Martin" is
accepted, which one depending on the seed ("unknown_words: 'space'" for the others).

False texts only (one false statement each; arguable ones in OPEN), plus faithful controls."""

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


def houses():
    """Opera houses (items: year opened), auction houses and fashion houses (items: year founded):
    three item types whose last word is "house"; "was designed by" (architect), "was founded by",
    "was funded by" (a patron: "funded" next to "founded"), "is named after" (a person, a church),
    "is located in" / "is headquartered in", "is owned by" (present) next to "belonged to" (past
    owners), "is the home of" (ballet and opera companies), "launched" (a product launch: perfumes
    and handbags), "has" (features); a user."""
    HOUSES = ("opera house", "auction house", "fashion house")
    rels = [
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("opera house",), range=("architect",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("auction house", "fashion house"), range=("person", "couturier")),
        R("funded_by", phrase="was funded by", inverse_phrase="funded", domain=("opera house",), range=("patron",)),
        R("named_after", phrase="is named after", inverse_phrase="is the namesake of", domain=HOUSES, range=("person", "couturier", "architect", "church")),
        R("located_in", phrase="is located in", inverse_phrase="is the location of", domain=("opera house",), range=("city",)),
        R("hq_in", phrase="is headquartered in", inverse_phrase="is the headquarters city of", domain=("auction house", "fashion house"), range=("city",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("auction house", "fashion house"), range=("company", "person")),
        R("belonged_to", phrase="belonged to", inverse_phrase="once owned", domain=("auction house", "fashion house"), range=("company", "person")),
        R("home_of", phrase="is the home of", inverse_phrase="performs at", domain=("opera house",), range=("opera company", "ballet company")),
        R("launched", phrase="launched", inverse_phrase="was launched by", domain=("fashion house",), range=("perfume", "handbag")),
        R("has", phrase="has", inverse_phrase="is a feature of", domain=("opera house",), range=("feature",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "o:garnier": ("opera house", "Palais Garnier", 1875), "o:sydney": ("opera house", "Sydney Opera House", 1973),
        "o:scala": ("opera house", "La Scala", 1778), "o:roh": ("opera house", "Royal Opera House", 1858),
        "o:met": ("opera house", "Metropolitan Opera House", 1966),
        "a:christies": ("auction house", "Christie's", 1766), "a:sothebys": ("auction house", "Sotheby's", 1744),
        "a:bonhams": ("auction house", "Bonhams", 1793), "a:phillips": ("auction house", "Phillips", 1796),
        "a:artcurial": ("auction house", "Artcurial", 2002),
        "f:chanel": ("fashion house", "Chanel", 1910), "f:dior": ("fashion house", "Dior", 1946),
        "f:hermes": ("fashion house", "Hermès", 1837), "f:versace": ("fashion house", "Versace", 1978),
        "f:gucci": ("fashion house", "Gucci", 1921),
    }
    others = {
        "r:garnier": ("architect", "Charles Garnier"), "r:utzon": ("architect", "Jørn Utzon"),
        "r:piermarini": ("architect", "Giuseppe Piermarini"), "r:barry": ("architect", "Edward Middleton Barry"),
        "r:harrison": ("architect", "Wallace Harrison"),
        "p:christie": ("person", "James Christie"), "p:baker": ("person", "Samuel Baker"), "p:sotheby": ("person", "John Sotheby"),
        "p:bonham": ("person", "William Bonham"), "p:phillips": ("person", "Harry Phillips"),
        "p:coco": ("couturier", "Coco Chanel"), "p:cdior": ("couturier", "Christian Dior"),
        "p:thermes": ("couturier", "Thierry Hermès"), "p:gianni": ("couturier", "Gianni Versace"),
        "p:guccio": ("couturier", "Guccio Gucci"),
        "p:taubman": ("person", "Alfred Taubman"), "p:drahi": ("person", "Patrick Drahi"),
        "n:napoleon": ("patron", "Napoleon III"), "n:rockefeller": ("patron", "John D. Rockefeller III"),
        "n:maria": ("patron", "Maria Theresa"),
        "h:scala": ("church", "Santa Maria della Scala"),
        "c:lvmh": ("company", "LVMH"), "c:kering": ("company", "Kering"), "c:artemis": ("company", "Groupe Artémis"),
        "c:capri": ("company", "Capri Holdings"), "c:prada": ("company", "Prada Group"), "c:investcorp": ("company", "Investcorp"),
        "c:boussac": ("company", "Groupe Boussac"), "c:dassault": ("company", "Groupe Dassault"), "c:wertheimer": ("company", "Wertheimer family"),
        "t:paris": ("city", "Paris"), "t:sydney": ("city", "Sydney"), "t:milan": ("city", "Milan"),
        "t:london": ("city", "London"), "t:nyc": ("city", "New York City"), "t:florence": ("city", "Florence"),
        "k:pob": ("ballet company", "Paris Opera Ballet"), "k:royalballet": ("ballet company", "The Royal Ballet"),
        "k:metopera": ("opera company", "Metropolitan Opera"), "k:oa": ("opera company", "Opera Australia"),
        "k:scala": ("opera company", "Teatro alla Scala company"),
        "x:no5": ("perfume", "Chanel No. 5"), "x:ladydior": ("handbag", "Lady Dior"), "x:birkin": ("handbag", "Birkin"),
        "x:jackie": ("handbag", "Jackie bag"), "x:flap": ("handbag", "Classic Flap Bag"), "x:sauvage": ("perfume", "Sauvage"),
        "e:staircase": ("feature", "grand staircase"), "e:chandelier": ("feature", "chandelier"),
        "e:shells": ("feature", "sail roof"), "e:horseshoe": ("feature", "horseshoe auditorium"),
    }
    T_ = [
        ("o:garnier", "designed_by", "r:garnier"), ("o:sydney", "designed_by", "r:utzon"), ("o:scala", "designed_by", "r:piermarini"),
        ("o:roh", "designed_by", "r:barry"), ("o:met", "designed_by", "r:harrison"),
        ("a:christies", "founded_by", "p:christie"), ("a:sothebys", "founded_by", "p:baker"), ("a:bonhams", "founded_by", "p:bonham"),
        ("a:phillips", "founded_by", "p:phillips"), ("f:chanel", "founded_by", "p:coco"), ("f:dior", "founded_by", "p:cdior"),
        ("f:hermes", "founded_by", "p:thermes"), ("f:versace", "founded_by", "p:gianni"), ("f:gucci", "founded_by", "p:guccio"),
        ("o:garnier", "funded_by", "n:napoleon"), ("o:met", "funded_by", "n:rockefeller"), ("o:scala", "funded_by", "n:maria"),
        ("o:garnier", "named_after", "r:garnier"), ("o:scala", "named_after", "h:scala"),
        ("a:christies", "named_after", "p:christie"), ("a:sothebys", "named_after", "p:sotheby"), ("a:bonhams", "named_after", "p:bonham"),
        ("a:phillips", "named_after", "p:phillips"), ("f:chanel", "named_after", "p:coco"), ("f:dior", "named_after", "p:cdior"),
        ("f:hermes", "named_after", "p:thermes"), ("f:versace", "named_after", "p:gianni"), ("f:gucci", "named_after", "p:guccio"),
        ("o:garnier", "located_in", "t:paris"), ("o:sydney", "located_in", "t:sydney"), ("o:scala", "located_in", "t:milan"),
        ("o:roh", "located_in", "t:london"), ("o:met", "located_in", "t:nyc"),
        ("a:christies", "hq_in", "t:london"), ("a:sothebys", "hq_in", "t:nyc"), ("a:bonhams", "hq_in", "t:london"),
        ("a:phillips", "hq_in", "t:london"), ("a:artcurial", "hq_in", "t:paris"), ("a:artcurial", "owned_by", "c:dassault"), ("f:chanel", "hq_in", "t:paris"), ("f:dior", "hq_in", "t:paris"),
        ("f:hermes", "hq_in", "t:paris"), ("f:versace", "hq_in", "t:milan"), ("f:gucci", "hq_in", "t:florence"),
        ("a:christies", "owned_by", "c:artemis"), ("a:sothebys", "owned_by", "p:drahi"), ("f:dior", "owned_by", "c:lvmh"),
        ("f:gucci", "owned_by", "c:kering"), ("f:versace", "owned_by", "c:prada"), ("f:chanel", "owned_by", "c:wertheimer"),
        ("a:sothebys", "belonged_to", "p:taubman"), ("f:gucci", "belonged_to", "c:investcorp"),
        ("f:versace", "belonged_to", "c:capri"), ("f:dior", "belonged_to", "c:boussac"),
        ("o:garnier", "home_of", "k:pob"), ("o:roh", "home_of", "k:royalballet"), ("o:met", "home_of", "k:metopera"),
        ("o:sydney", "home_of", "k:oa"), ("o:scala", "home_of", "k:scala"),
        ("f:chanel", "launched", "x:no5"), ("f:chanel", "launched", "x:flap"), ("f:dior", "launched", "x:ladydior"),
        ("f:dior", "launched", "x:sauvage"), ("f:hermes", "launched", "x:birkin"), ("f:gucci", "launched", "x:jackie"),
        ("o:garnier", "has", "e:staircase"), ("o:garnier", "has", "e:chandelier"), ("o:sydney", "has", "e:shells"),
        ("o:scala", "has", "e:horseshoe"), ("o:met", "has", "e:chandelier"),
        ("user:lea", "rated", "o:garnier", {"rating": 5.0}), ("user:lea", "rated", "f:chanel", {"rating": 4.5}),
        ("user:lea", "rated", "a:sothebys", {"rating": 2.0}),
    ]
    aliases = {"o:garnier": ("the Palais Garnier", "Opéra Garnier"), "o:scala": ("Teatro alla Scala",),
               "o:met": ("the Met",), "f:hermes": ("Hermes",), "p:coco": ("Gabrielle Chanel",)}
    return _build(items, others, rels, T_, users=[("user:lea", "Lea")], aliases=aliases)


def treasures():
    """Gold coins and silver coins (items: year struck; two types whose last word is "coin") and
    hoards (items: year found): "was struck at" a mint (so "minted", "came out of"), "was made
    by" a goldsmith, "was designed by" an engraver, "was found by" a detectorist ("found" the past
    of "find", not "to found"), "was excavated by", "was found in" a village, "is held by" a
    museum (it keeps them), "belonged to" (past owners) next to "is owned by" (present),
    "depicts", "was commissioned by", "is named after" (a goldsmith, villages); a user."""
    COINS = ("gold coin", "silver coin")
    rels = [
        R("struck_at", phrase="was struck at", inverse_phrase="struck", domain=COINS, range=("mint",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=COINS, range=("engraver",)),
        R("found_by", phrase="was found by", inverse_phrase="found", domain=("hoard",), range=("detectorist", "farmer")),
        R("excavated_by", phrase="was excavated by", inverse_phrase="excavated", domain=("hoard",), range=("archaeologist",)),
        R("found_in", phrase="was found in", inverse_phrase="is the findspot of", domain=("hoard",), range=("village",)),
        R("held_by", phrase="is held by", inverse_phrase="holds", domain=COINS + ("hoard",), range=("museum",)),
        R("belonged_to", phrase="belonged to", inverse_phrase="once owned", domain=COINS, range=("collector", "king")),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=COINS, range=("collector", "bank")),
        R("depicts", phrase="depicts", inverse_phrase="is depicted on", domain=COINS, range=("king", "goddess")),
        R("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned", domain=COINS, range=("president", "king")),
        R("named_after", phrase="is named after", inverse_phrase="is the namesake of", domain=COINS + ("hoard",), range=("goldsmith", "village", "person")),
        R("made_by", phrase="was made by", inverse_phrase="made", domain=COINS, range=("goldsmith",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "g:double": ("gold coin", "1933 Double Eagle", 1933), "g:brasher": ("gold coin", "Brasher Doubloon", 1787),
        "g:sovereign": ("gold coin", "Edward VIII Sovereign", 1937), "g:quarter": ("gold coin", "Indian Head Quarter Eagle", 1908),
        "s:dollar1804": ("silver coin", "1804 Silver Dollar", 1834), "s:flowing": ("silver coin", "Flowing Hair Dollar", 1794),
        "s:gothic": ("silver coin", "Gothic Crown", 1847),
        "h:hoxne": ("hoard", "Hoxne Hoard", 1992), "h:staffs": ("hoard", "Staffordshire Hoard", 2009),
        "h:mildenhall": ("hoard", "Mildenhall Treasure", 1942), "h:frome": ("hoard", "Frome Hoard", 2010),
        "h:cuerdale": ("hoard", "Cuerdale Hoard", 1840),
    }
    others = {
        "m:philly": ("mint", "Philadelphia Mint"), "m:royal": ("mint", "Royal Mint"), "m:tower": ("mint", "Tower Mint"),
        "e:saint": ("engraver", "Augustus Saint-Gaudens"), "e:scot": ("engraver", "Robert Scot"),
        "e:wyon": ("engraver", "William Wyon"), "e:pratt": ("engraver", "Bela Pratt"), "e:paget": ("engraver", "Humphrey Paget"),
        "w:brasher": ("goldsmith", "Ephraim Brasher"),
        "d:lawes": ("detectorist", "Eric Lawes"), "d:herbert": ("detectorist", "Terry Herbert"),
        "d:crisp": ("detectorist", "Dave Crisp"), "d:butcher": ("farmer", "Gordon Butcher"),
        "a:johns": ("archaeologist", "Catherine Johns"), "a:dean": ("archaeologist", "Stephen Dean"),
        "v:hoxne": ("village", "Hoxne"), "v:hammerwich": ("village", "Hammerwich"), "v:mildenhall": ("village", "Mildenhall"),
        "v:frome": ("village", "Frome"), "v:cuerdale": ("village", "Cuerdale"),
        "u:bm": ("museum", "British Museum"), "u:smithsonian": ("museum", "Smithsonian"), "u:potteries": ("museum", "Potteries Museum"),
        "u:fitz": ("museum", "Fitzwilliam Museum"),
        "k:farouk": ("king", "King Farouk"), "k:edward": ("king", "Edward VIII"), "k:victoria": ("king", "Queen Victoria"),
        "c:weitzman": ("collector", "Stuart Weitzman"), "c:eliasberg": ("collector", "Louis Eliasberg"),
        "c:citadel": ("collector", "Ken Griffin"), "b:fed": ("bank", "Federal Reserve"),
        "o:liberty": ("goddess", "Lady Liberty"),
        "n:roosevelt": ("president", "Theodore Roosevelt"),
    }
    T_ = [
        ("g:double", "struck_at", "m:philly"), ("g:quarter", "struck_at", "m:philly"), ("s:dollar1804", "struck_at", "m:philly"),
        ("s:flowing", "struck_at", "m:philly"), ("g:sovereign", "struck_at", "m:royal"), ("s:gothic", "struck_at", "m:royal"),
        ("g:double", "designed_by", "e:saint"), ("g:quarter", "designed_by", "e:pratt"), ("s:flowing", "designed_by", "e:scot"),
        ("s:dollar1804", "designed_by", "e:scot"), ("s:gothic", "designed_by", "e:wyon"), ("g:sovereign", "designed_by", "e:paget"),
        ("g:brasher", "made_by", "w:brasher"), ("g:brasher", "named_after", "w:brasher"),
        ("h:hoxne", "found_by", "d:lawes"), ("h:staffs", "found_by", "d:herbert"), ("h:frome", "found_by", "d:crisp"),
        ("h:mildenhall", "found_by", "d:butcher"),
        ("h:hoxne", "excavated_by", "a:johns"), ("h:frome", "excavated_by", "a:dean"),
        ("h:hoxne", "found_in", "v:hoxne"), ("h:staffs", "found_in", "v:hammerwich"), ("h:mildenhall", "found_in", "v:mildenhall"),
        ("h:frome", "found_in", "v:frome"), ("h:cuerdale", "found_in", "v:cuerdale"),
        ("h:hoxne", "named_after", "v:hoxne"), ("h:mildenhall", "named_after", "v:mildenhall"), ("h:frome", "named_after", "v:frome"),
        ("h:cuerdale", "named_after", "v:cuerdale"),
        ("h:hoxne", "held_by", "u:bm"), ("h:mildenhall", "held_by", "u:bm"), ("h:cuerdale", "held_by", "u:bm"),
        ("h:staffs", "held_by", "u:potteries"), ("g:sovereign", "held_by", "u:fitz"), ("s:gothic", "held_by", "u:fitz"),
        ("g:quarter", "held_by", "u:smithsonian"), ("s:flowing", "held_by", "u:smithsonian"),
        ("g:double", "belonged_to", "k:farouk"), ("g:double", "belonged_to", "c:weitzman"), ("s:dollar1804", "belonged_to", "c:eliasberg"),
        ("g:brasher", "belonged_to", "c:eliasberg"),
        ("g:brasher", "owned_by", "c:citadel"), ("g:double", "owned_by", "b:fed"),
        ("g:sovereign", "depicts", "k:edward"), ("s:gothic", "depicts", "k:victoria"), ("s:flowing", "depicts", "o:liberty"),
        ("g:double", "depicts", "o:liberty"),
        ("g:double", "commissioned_by", "n:roosevelt"), ("g:quarter", "commissioned_by", "n:roosevelt"),
        ("g:sovereign", "commissioned_by", "k:edward"),
        ("user:tom", "rated", "h:hoxne", {"rating": 5.0}), ("user:tom", "rated", "g:double", {"rating": 4.5}),
        ("user:tom", "rated", "h:frome", {"rating": 2.0}),
    ]
    aliases = {"g:double": ("the Double Eagle", "Double Eagle"), "w:brasher": ("Brasher",)}
    return _build(items, others, rels, T_, users=[("user:tom", "Tom")], aliases=aliases)


def space():
    """Space stations, space telescopes and space probes (items: year launched; three types with
    the same first word "space"): "was built by" a manufacturer (so "came out of"), "was launched
    by" an agency, "was launched on" a rocket, "was launched from" a site, "is operated by" an
    agency next to "is managed by" an institute, "is named after" an astronomer, "was struck by"
    (Mir's collisions with two spacecraft: "struck" is no minting here), "was visited by",
    "studied", and an agency that "honours" astronauts (a relation of its own, no naming); a
    user."""
    CRAFT = ("space station", "space telescope", "space probe")
    rels = [
        R("built_by", phrase="was built by", inverse_phrase="built", domain=CRAFT, range=("manufacturer",)),
        R("launched_by", phrase="was launched by", inverse_phrase="launched", domain=CRAFT, range=("space agency",)),
        R("launched_on", phrase="was launched on", inverse_phrase="carried", domain=CRAFT, range=("rocket",)),
        R("launched_from", phrase="was launched from", inverse_phrase="was the launch site of", domain=CRAFT, range=("launch site",)),
        R("operated_by", phrase="is operated by", inverse_phrase="operates", domain=CRAFT, range=("space agency",)),
        R("managed_by", phrase="is managed by", inverse_phrase="manages", domain=CRAFT, range=("institute",)),
        R("named_after", phrase="is named after", inverse_phrase="is the namesake of", domain=CRAFT, range=("astronomer", "person")),
        R("struck_by", phrase="was struck by", inverse_phrase="struck", domain=("space station",), range=("spacecraft",)),
        R("visited_by", phrase="was visited by", inverse_phrase="visited", domain=("space station",), range=("astronaut",)),
        R("studied", phrase="studied", inverse_phrase="was studied by", domain=("space probe", "space telescope"), range=("planet", "exoplanet")),
        R("honours", phrase="honours", inverse_phrase="is honoured by", domain=("space agency",), range=("astronaut",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "s:mir": ("space station", "Mir", 1986), "s:iss": ("space station", "International Space Station", 1998),
        "s:skylab": ("space station", "Skylab", 1973), "s:tiangong": ("space station", "Tiangong", 2021),
        "s:salyut": ("space station", "Salyut 1", 1971),
        "t:hubble": ("space telescope", "Hubble Space Telescope", 1990), "t:jwst": ("space telescope", "James Webb Space Telescope", 2021),
        "t:kepler": ("space telescope", "Kepler", 2009), "t:spitzer": ("space telescope", "Spitzer", 2003),
        "t:chandra": ("space telescope", "Chandra", 1999),
        "p:voyager": ("space probe", "Voyager 1", 1977), "p:cassini": ("space probe", "Cassini", 1997),
        "p:nh": ("space probe", "New Horizons", 2006), "p:juno": ("space probe", "Juno", 2011),
        "p:galileo": ("space probe", "Galileo", 1989),
    }
    others = {
        "m:khrunichev": ("manufacturer", "Khrunichev"), "m:boeing": ("manufacturer", "Boeing"),
        "m:lockheed": ("manufacturer", "Lockheed Martin"), "m:northrop": ("manufacturer", "Northrop Grumman"),
        "m:ball": ("manufacturer", "Ball Aerospace"), "m:cast": ("manufacturer", "CAST"), "m:jpl": ("manufacturer", "JPL"),
        "m:apl": ("manufacturer", "APL"), "m:mcdonnell": ("manufacturer", "McDonnell Douglas"),
        "a:nasa": ("space agency", "NASA"), "a:roscosmos": ("space agency", "Roscosmos"), "a:cnsa": ("space agency", "CNSA"),
        "a:esa": ("space agency", "ESA"), "a:soviet": ("space agency", "Soviet space program"),
        "r:proton": ("rocket", "Proton"), "r:saturn": ("rocket", "Saturn V"), "r:ariane": ("rocket", "Ariane 5"),
        "r:titan": ("rocket", "Titan IIIE"), "r:atlas": ("rocket", "Atlas V"), "r:longmarch": ("rocket", "Long March 5B"),
        "r:delta": ("rocket", "Delta II"), "r:shuttle": ("rocket", "Space Shuttle"),
        "l:baikonur": ("launch site", "Baikonur Cosmodrome"), "l:kennedy": ("launch site", "Kennedy Space Center"),
        "l:kourou": ("launch site", "Guiana Space Centre"), "l:wenchang": ("launch site", "Wenchang"),
        "l:canaveral": ("launch site", "Cape Canaveral"),
        "i:stsci": ("institute", "Space Telescope Science Institute"), "i:jpl2": ("institute", "Jet Propulsion Laboratory"),
        "i:sao": ("institute", "Smithsonian Astrophysical Observatory"),
        "n:hubble": ("astronomer", "Edwin Hubble"), "n:webb": ("person", "James Webb"), "n:kepler": ("astronomer", "Johannes Kepler"),
        "n:spitzer": ("astronomer", "Lyman Spitzer"), "n:chandra": ("astronomer", "Subrahmanyan Chandrasekhar"),
        "n:cassini": ("astronomer", "Giovanni Cassini"), "n:galileo": ("astronomer", "Galileo Galilei"),
        "c:progress": ("spacecraft", "Progress M-34"), "c:soyuz": ("spacecraft", "Soyuz TM-17"),
        "x:gagarin": ("astronaut", "Yuri Gagarin"), "x:polyakov": ("astronaut", "Valeri Polyakov"),
        "x:whitson": ("astronaut", "Peggy Whitson"), "x:conrad": ("astronaut", "Pete Conrad"),
        "x:yang": ("astronaut", "Yang Liwei"), "x:armstrong": ("astronaut", "Neil Armstrong"),
        "q:saturn": ("planet", "Saturn"), "q:jupiter": ("planet", "Jupiter"), "q:pluto": ("planet", "Pluto"),
        "q:trappist": ("exoplanet", "TRAPPIST-1e"), "q:kepler22": ("exoplanet", "Kepler-22b"),
    }
    T_ = [
        ("s:mir", "built_by", "m:khrunichev"), ("s:iss", "built_by", "m:boeing"), ("s:skylab", "built_by", "m:mcdonnell"),
        ("s:tiangong", "built_by", "m:cast"), ("s:salyut", "built_by", "m:khrunichev"),
        ("t:hubble", "built_by", "m:lockheed"), ("t:jwst", "built_by", "m:northrop"), ("t:kepler", "built_by", "m:ball"),
        ("t:spitzer", "built_by", "m:lockheed"), ("t:chandra", "built_by", "m:northrop"),
        ("p:voyager", "built_by", "m:jpl"), ("p:cassini", "built_by", "m:jpl"), ("p:nh", "built_by", "m:apl"),
        ("p:juno", "built_by", "m:lockheed"), ("p:galileo", "built_by", "m:jpl"),
        ("s:mir", "launched_by", "a:soviet"), ("s:iss", "launched_by", "a:nasa"), ("s:skylab", "launched_by", "a:nasa"),
        ("s:tiangong", "launched_by", "a:cnsa"), ("s:salyut", "launched_by", "a:soviet"), ("t:hubble", "launched_by", "a:nasa"),
        ("t:jwst", "launched_by", "a:esa"), ("t:kepler", "launched_by", "a:nasa"), ("t:spitzer", "launched_by", "a:nasa"),
        ("t:chandra", "launched_by", "a:nasa"), ("p:voyager", "launched_by", "a:nasa"), ("p:cassini", "launched_by", "a:nasa"),
        ("p:nh", "launched_by", "a:nasa"), ("p:juno", "launched_by", "a:nasa"), ("p:galileo", "launched_by", "a:nasa"),
        ("s:mir", "launched_on", "r:proton"), ("s:skylab", "launched_on", "r:saturn"), ("s:tiangong", "launched_on", "r:longmarch"),
        ("s:salyut", "launched_on", "r:proton"), ("t:jwst", "launched_on", "r:ariane"), ("p:voyager", "launched_on", "r:titan"),
        ("p:nh", "launched_on", "r:atlas"), ("p:juno", "launched_on", "r:atlas"), ("t:kepler", "launched_on", "r:delta"),
        ("t:spitzer", "launched_on", "r:delta"), ("t:hubble", "launched_on", "r:shuttle"), ("t:chandra", "launched_on", "r:shuttle"),
        ("p:galileo", "launched_on", "r:shuttle"), ("p:cassini", "launched_on", "r:titan"),
        ("s:mir", "launched_from", "l:baikonur"), ("s:salyut", "launched_from", "l:baikonur"), ("s:skylab", "launched_from", "l:kennedy"),
        ("s:tiangong", "launched_from", "l:wenchang"), ("t:jwst", "launched_from", "l:kourou"), ("t:hubble", "launched_from", "l:kennedy"),
        ("p:voyager", "launched_from", "l:canaveral"), ("p:nh", "launched_from", "l:canaveral"), ("p:juno", "launched_from", "l:canaveral"),
        ("t:kepler", "launched_from", "l:canaveral"), ("p:cassini", "launched_from", "l:canaveral"),
        ("s:iss", "operated_by", "a:nasa"), ("s:iss", "operated_by", "a:roscosmos"), ("s:tiangong", "operated_by", "a:cnsa"),
        ("t:hubble", "operated_by", "a:nasa"), ("t:jwst", "operated_by", "a:nasa"), ("t:chandra", "operated_by", "a:nasa"),
        ("p:voyager", "operated_by", "a:nasa"), ("p:juno", "operated_by", "a:nasa"),
        ("t:hubble", "managed_by", "i:stsci"), ("t:jwst", "managed_by", "i:stsci"), ("t:chandra", "managed_by", "i:sao"),
        ("p:voyager", "managed_by", "i:jpl2"), ("p:juno", "managed_by", "i:jpl2"),
        ("t:hubble", "named_after", "n:hubble"), ("t:jwst", "named_after", "n:webb"), ("t:kepler", "named_after", "n:kepler"),
        ("t:spitzer", "named_after", "n:spitzer"), ("t:chandra", "named_after", "n:chandra"), ("p:cassini", "named_after", "n:cassini"),
        ("p:galileo", "named_after", "n:galileo"),
        ("s:mir", "struck_by", "c:progress"), ("s:mir", "struck_by", "c:soyuz"),
        ("s:mir", "visited_by", "x:polyakov"), ("s:iss", "visited_by", "x:whitson"), ("s:skylab", "visited_by", "x:conrad"),
        ("s:tiangong", "visited_by", "x:yang"),
        ("p:cassini", "studied", "q:saturn"), ("p:juno", "studied", "q:jupiter"), ("p:galileo", "studied", "q:jupiter"),
        ("p:nh", "studied", "q:pluto"), ("t:jwst", "studied", "q:trappist"), ("t:kepler", "studied", "q:kepler22"),
        ("a:nasa", "honours", "x:armstrong"), ("a:roscosmos", "honours", "x:gagarin"), ("a:nasa", "honours", "x:whitson"),
        ("user:ivy", "rated", "t:hubble", {"rating": 5.0}), ("user:ivy", "rated", "s:mir", {"rating": 4.5}),
        ("user:ivy", "rated", "p:juno", {"rating": 2.0}),
    ]
    aliases = {"s:iss": ("the ISS", "ISS"), "t:hubble": ("Hubble",), "t:jwst": ("JWST", "Webb"),
               "p:voyager": ("Voyager",)}
    return _build(items, others, rels, T_, users=[("user:ivy", "Ivy")], aliases=aliases)


def airports():
    """International airports and regional airports (items: year opened; two types whose last
    word is "airport"): "is a hub for" next to "is a base for" (flag carriers and low-cost
    carriers: two attribute types whose last word is "carrier"), "is named after" (people and
    cities) next to "was named by" (who chose the name), "was designed by", "is operated by" next
    to "is owned by" (present) and "was owned by" (past), "serves", "was opened by", "manages"
    (the Port Authority's seaports), "has"; carriers that "belonged to" an alliance (a membership,
    no ownership); a user."""
    AIR = ("international airport", "regional airport")
    rels = [
        R("hub_for", phrase="is a hub for", inverse_phrase="has a hub at", domain=AIR, range=("flag carrier", "low-cost carrier")),
        R("base_for", phrase="is a base for", inverse_phrase="has a base at", domain=AIR, range=("flag carrier", "low-cost carrier")),
        R("named_after", phrase="is named after", inverse_phrase="is the namesake of", domain=AIR, range=("politician", "aviator", "city")),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=AIR, range=("architect",)),
        R("operated_by", phrase="is operated by", inverse_phrase="operates", domain=AIR, range=("airport authority", "company")),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=AIR, range=("airport authority", "company", "city")),
        R("was_owned", phrase="was owned by", inverse_phrase="once owned", domain=AIR, range=("airport authority", "company", "city", "air force")),
        R("serves", phrase="serves", inverse_phrase="is served by", domain=AIR, range=("city",)),
        R("opened_by", phrase="was opened by", inverse_phrase="opened", domain=AIR, range=("politician", "king")),
        R("manages", phrase="manages", inverse_phrase="is managed by", domain=("airport authority",), range=("seaport",)),
        R("named_by", phrase="was named by", inverse_phrase="named", domain=AIR, range=("politician",)),
        R("member_of", phrase="belonged to", inverse_phrase="once counted among its members", domain=("flag carrier", "low-cost carrier"),
          range=("alliance",)),
        R("has", phrase="has", inverse_phrase="is a feature of", domain=AIR, range=("feature",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "a:jfk": ("international airport", "John F. Kennedy International Airport", 1948),
        "a:dulles": ("international airport", "Washington Dulles International Airport", 1962),
        "a:ohare": ("international airport", "O'Hare International Airport", 1944),
        "a:heathrow": ("international airport", "Heathrow Airport", 1946),
        "a:cdg": ("international airport", "Charles de Gaulle Airport", 1974),
        "a:schiphol": ("international airport", "Schiphol", 1916),
        "r:lcy": ("regional airport", "London City Airport", 1987), "r:bhd": ("regional airport", "George Best Belfast City Airport", 1938),
        "r:lpl": ("regional airport", "Liverpool John Lennon Airport", 1933), "r:ein": ("regional airport", "Eindhoven Airport", 1932),
        "r:bva": ("regional airport", "Beauvais-Tillé Airport", 1956),
    }
    others = {
        "l:ba": ("flag carrier", "British Airways"), "l:klm": ("flag carrier", "KLM"), "l:af": ("flag carrier", "Air France"),
        "l:aa": ("flag carrier", "American Airlines"), "l:ua": ("flag carrier", "United Airlines"), "l:jb": ("low-cost carrier", "JetBlue"),
        "l:fr": ("low-cost carrier", "Ryanair"), "l:u2": ("low-cost carrier", "easyJet"), "l:tra": ("low-cost carrier", "Transavia"),
        "l:wz": ("low-cost carrier", "Wizz Air"), "l:ba_cf": ("flag carrier", "BA CityFlyer"),
        "p:jfk": ("politician", "John F. Kennedy"), "p:dulles": ("politician", "John Foster Dulles"),
        "p:ohare": ("aviator", "Butch O'Hare"), "p:degaulle": ("politician", "Charles de Gaulle"),
        "p:best": ("person", "George Best"), "p:lennon": ("person", "John Lennon"), "p:queen": ("king", "Elizabeth II"),
        "p:truman": ("politician", "Harry S. Truman"), "p:kennedy": ("politician", "Jacqueline Kennedy"), "p:attlee": ("politician", "Clement Attlee"),
        "r:saarinen": ("architect", "Eero Saarinen"), "r:andreu": ("architect", "Paul Andreu"), "r:gibberd": ("architect", "Frederick Gibberd"),
        "r:murphy": ("architect", "C. F. Murphy Associates"),
        "o:panynj": ("airport authority", "Port Authority of New York and New Jersey"), "o:mwaa": ("airport authority", "Metropolitan Washington Airports Authority"),
        "o:cda": ("airport authority", "Chicago Department of Aviation"), "o:heathrowltd": ("company", "Heathrow Airport Holdings"),
        "o:adp": ("company", "Groupe ADP"), "o:schipholgroup": ("company", "Royal Schiphol Group"), "o:baa": ("company", "BAA"),
        "o:peel": ("company", "Peel Group"), "o:vinci": ("company", "Vinci Airports"), "o:gip": ("company", "Global Infrastructure Partners"),
        "o:raf": ("air force", "Royal Air Force"), "o:faa": ("airport authority", "Federal Aviation Administration"),
        "t:nyc": ("city", "New York City"), "t:washington": ("city", "Washington"), "t:chicago": ("city", "Chicago"),
        "t:london": ("city", "London"), "t:paris": ("city", "Paris"), "t:amsterdam": ("city", "Amsterdam"),
        "t:belfast": ("city", "Belfast"), "t:liverpool": ("city", "Liverpool"), "t:eindhoven": ("city", "Eindhoven"),
        "t:beauvais": ("city", "Beauvais"),
        "s:newark": ("seaport", "Port Newark"), "s:brooklyn": ("seaport", "Red Hook Container Terminal"),
        "p:ike": ("politician", "Dwight D. Eisenhower"), "p:daley": ("politician", "Richard J. Daley"),
        "n:wings": ("alliance", "Wings Alliance"), "n:skyteam": ("alliance", "SkyTeam"),
        "f:tower": ("feature", "control tower"), "f:tunnel": ("feature", "people mover"), "f:museum": ("feature", "aviation museum"),
        "f:twa": ("feature", "TWA Flight Center"),
    }
    T_ = [
        ("a:jfk", "hub_for", "l:aa"), ("a:jfk", "hub_for", "l:jb"), ("a:dulles", "hub_for", "l:ua"), ("a:ohare", "hub_for", "l:ua"),
        ("a:ohare", "hub_for", "l:aa"), ("a:heathrow", "hub_for", "l:ba"), ("a:cdg", "hub_for", "l:af"), ("a:schiphol", "hub_for", "l:klm"),
        ("a:schiphol", "base_for", "l:tra"), ("a:schiphol", "base_for", "l:u2"), ("a:cdg", "base_for", "l:u2"),
        ("r:lcy", "base_for", "l:ba_cf"), ("r:bhd", "base_for", "l:u2"), ("r:lpl", "base_for", "l:fr"), ("r:lpl", "base_for", "l:u2"),
        ("r:ein", "base_for", "l:tra"), ("r:ein", "base_for", "l:wz"), ("r:bva", "base_for", "l:fr"), ("a:heathrow", "base_for", "l:ba_cf"),
        ("a:jfk", "named_after", "p:jfk"), ("a:dulles", "named_after", "p:dulles"), ("a:ohare", "named_after", "p:ohare"),
        ("a:cdg", "named_after", "p:degaulle"), ("r:bhd", "named_after", "p:best"), ("r:lpl", "named_after", "p:lennon"),
        ("r:lcy", "named_after", "t:london"), ("r:ein", "named_after", "t:eindhoven"),
        ("a:dulles", "designed_by", "r:saarinen"), ("a:cdg", "designed_by", "r:andreu"), ("a:heathrow", "designed_by", "r:gibberd"),
        ("a:ohare", "designed_by", "r:murphy"),
        ("a:jfk", "operated_by", "o:panynj"), ("a:dulles", "operated_by", "o:mwaa"), ("a:ohare", "operated_by", "o:cda"),
        ("a:heathrow", "operated_by", "o:heathrowltd"), ("a:cdg", "operated_by", "o:adp"), ("a:schiphol", "operated_by", "o:schipholgroup"),
        ("r:lcy", "operated_by", "o:gip"), ("r:bva", "operated_by", "o:vinci"),
        ("a:jfk", "owned_by", "t:nyc"), ("a:ohare", "owned_by", "t:chicago"), ("a:heathrow", "owned_by", "o:heathrowltd"),
        ("a:cdg", "owned_by", "o:adp"), ("a:schiphol", "owned_by", "o:schipholgroup"), ("r:lpl", "owned_by", "o:peel"),
        ("a:dulles", "owned_by", "o:faa"),
        ("a:heathrow", "was_owned", "o:baa"), ("r:lpl", "was_owned", "t:liverpool"), ("r:bhd", "was_owned", "o:raf"),
        ("a:dulles", "was_owned", "o:faa"), ("r:lcy", "was_owned", "o:gip"),
        ("a:jfk", "serves", "t:nyc"), ("a:dulles", "serves", "t:washington"), ("a:ohare", "serves", "t:chicago"),
        ("a:heathrow", "serves", "t:london"), ("r:lcy", "serves", "t:london"), ("a:cdg", "serves", "t:paris"), ("r:bva", "serves", "t:paris"),
        ("a:schiphol", "serves", "t:amsterdam"), ("r:bhd", "serves", "t:belfast"), ("r:lpl", "serves", "t:liverpool"),
        ("r:ein", "serves", "t:eindhoven"),
        ("a:dulles", "opened_by", "p:kennedy"), ("a:ohare", "opened_by", "p:truman"), ("a:heathrow", "opened_by", "p:attlee"),
        ("r:lcy", "opened_by", "p:queen"),
        ("a:dulles", "named_by", "p:ike"), ("a:ohare", "named_by", "p:daley"),
        ("l:klm", "member_of", "n:wings"), ("l:af", "member_of", "n:skyteam"),
        ("o:panynj", "manages", "s:newark"), ("o:panynj", "manages", "s:brooklyn"),
        ("a:jfk", "has", "f:twa"), ("a:jfk", "has", "f:tower"), ("a:ohare", "has", "f:tunnel"), ("a:schiphol", "has", "f:museum"),
        ("user:max", "rated", "a:jfk", {"rating": 5.0}), ("user:max", "rated", "a:dulles", {"rating": 4.5}),
        ("user:max", "rated", "r:bva", {"rating": 1.0}),
    ]
    aliases = {"a:jfk": ("JFK Airport", "JFK"), "a:dulles": ("Dulles Airport", "Dulles"), "a:ohare": ("O'Hare",),
               "a:heathrow": ("Heathrow",), "a:cdg": ("Roissy",), "o:panynj": ("the Port Authority",)}
    return _build(items, others, rels, T_, users=[("user:max", "Max")], aliases=aliases)


def distilleries():
    """Malt distilleries and grain distilleries (items: year founded; two types whose last word is
    "distillery"): "lies in the whisky region of" (an attribute type of two words: "the region"),
    "lies in the county of" and "stands in the parish of" (both read "lies in" / "stands in"),
    "is located in" a town, "lies within" a national park ("the park"), "was founded by", "was
    designed by", "is owned by" (present) next to "belonged to" (past), "supplies" a blend, "draws
    its water from" a loch or spring; a user."""
    DIST = ("malt distillery", "grain distillery")
    rels = [
        R("region", phrase="lies in the whisky region of", inverse_phrase="is the whisky region of", domain=DIST, range=("whisky region",)),
        R("county", phrase="lies in the county of", inverse_phrase="is the county of", domain=DIST, range=("county",)),
        R("parish", phrase="stands in the parish of", inverse_phrase="is the parish of", domain=DIST, range=("parish",)),
        R("located_in", phrase="is located in", inverse_phrase="is the location of", domain=DIST, range=("town",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=DIST, range=("distiller",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=DIST, range=("architect",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=DIST, range=("company",)),
        R("belonged_to", phrase="belonged to", inverse_phrase="once owned", domain=DIST, range=("company",)),
        R("supplies", phrase="supplies", inverse_phrase="is supplied by", domain=DIST, range=("blend",)),
        R("draws_water", phrase="draws its water from", inverse_phrase="supplies water to", domain=DIST, range=("river", "loch", "spring")),
        R("in_park", phrase="lies within", inverse_phrase="contains", domain=DIST, range=("national park",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "m:lagavulin": ("malt distillery", "Lagavulin", 1816), "m:laphroaig": ("malt distillery", "Laphroaig", 1815),
        "m:ardbeg": ("malt distillery", "Ardbeg", 1815), "m:glenfiddich": ("malt distillery", "Glenfiddich", 1887),
        "m:macallan": ("malt distillery", "Macallan", 1824), "m:talisker": ("malt distillery", "Talisker", 1830),
        "m:glenkinchie": ("malt distillery", "Glenkinchie", 1837),
        "m:lochnagar": ("malt distillery", "Royal Lochnagar", 1845), "m:dalwhinnie": ("malt distillery", "Dalwhinnie", 1897),
        "m:glengoyne": ("malt distillery", "Glengoyne", 1833),
        "g:cameronbridge": ("grain distillery", "Cameronbridge", 1824), "g:girvan": ("grain distillery", "Girvan", 1963),
        "g:northbritish": ("grain distillery", "North British", 1885),
    }
    others = {
        "w:islay": ("whisky region", "Islay"), "w:speyside": ("whisky region", "Speyside"), "w:lowlands": ("whisky region", "Lowlands"),
        "w:islands": ("whisky region", "Islands"), "w:highlands": ("whisky region", "Highlands"),
        "c:argyll": ("county", "Argyll"), "c:banffshire": ("county", "Banffshire"), "c:moray": ("county", "Morayshire"),
        "c:inverness": ("county", "Inverness-shire"), "c:fife": ("county", "Fife"), "c:ayrshire": ("county", "Ayrshire"),
        "c:eastlothian": ("county", "East Lothian"), "c:midlothian": ("county", "Midlothian"),
        "p:kildalton": ("parish", "Kildalton"), "p:mortlach": ("parish", "Mortlach"), "p:bracadale": ("parish", "Bracadale"),
        "p:markinch": ("parish", "Markinch"), "p:knockando": ("parish", "Knockando"),
        "t:portellen": ("town", "Port Ellen"), "t:dufftown": ("town", "Dufftown"), "t:craigellachie": ("town", "Craigellachie"),
        "t:carbost": ("town", "Carbost"), "t:windygates": ("town", "Windygates"), "t:girvan": ("town", "Girvan"),
        "t:edinburgh": ("town", "Edinburgh"), "t:pencaitland": ("town", "Pencaitland"),
        "d:johnston": ("distiller", "John Johnston"), "d:djohnston": ("distiller", "Donald Johnston"),
        "d:mcdougall": ("distiller", "John MacDougall"), "d:grant": ("distiller", "William Grant"),
        "d:reid": ("distiller", "Alexander Reid"), "d:macaskill": ("distiller", "Hugh MacAskill"),
        "d:haig": ("distiller", "John Haig"), "d:rate": ("distiller", "John Rate"), "d:ross": ("distiller", "Andrew Usher"),
        "r:doig": ("architect", "Charles Doig"), "r:rogers": ("architect", "Rogers Stirk Harbour"),
        "k:diageo": ("company", "Diageo"), "k:grant": ("company", "William Grant & Sons"), "k:edrington": ("company", "Edrington"),
        "k:beam": ("company", "Suntory Global Spirits"), "k:lvmh": ("company", "LVMH"), "k:allied": ("company", "Allied Domecq"),
        "k:dcl": ("company", "Distillers Company"), "k:highland": ("company", "Highland Distillers"),
        "k:glenmorangie": ("company", "Glenmorangie Company"), "k:ianmac": ("company", "Ian Macleod Distillers"),
        "b:jw": ("blend", "Johnnie Walker"), "b:famous": ("blend", "The Famous Grouse"), "b:ballantines": ("blend", "Ballantine's"),
        "b:grants": ("blend", "Grant's"), "b:cutty": ("blend", "Cutty Sark"),
        "n:cairngorms": ("national park", "Cairngorms National Park"),
        "n:lomond": ("national park", "Loch Lomond and The Trossachs National Park"),
        "x:solan": ("loch", "Solan Loch"), "x:robbie": ("spring", "Robbie Dhu spring"), "x:ringan": ("spring", "Ringan's Well"),
        "x:leven": ("river", "River Leven"), "x:uigeadail": ("loch", "Loch Uigeadail"),
    }
    T_ = [
        ("m:lagavulin", "region", "w:islay"), ("m:laphroaig", "region", "w:islay"), ("m:ardbeg", "region", "w:islay"),
        ("m:glenfiddich", "region", "w:speyside"), ("m:macallan", "region", "w:speyside"), ("m:talisker", "region", "w:islands"),
        ("m:glenkinchie", "region", "w:lowlands"), ("g:cameronbridge", "region", "w:lowlands"), ("g:girvan", "region", "w:lowlands"),
        ("g:northbritish", "region", "w:lowlands"),
        ("m:lagavulin", "county", "c:argyll"), ("m:laphroaig", "county", "c:argyll"), ("m:ardbeg", "county", "c:argyll"),
        ("m:glenfiddich", "county", "c:banffshire"), ("m:macallan", "county", "c:moray"), ("m:talisker", "county", "c:inverness"),
        ("m:glenkinchie", "county", "c:eastlothian"), ("g:cameronbridge", "county", "c:fife"), ("g:girvan", "county", "c:ayrshire"),
        ("g:northbritish", "county", "c:midlothian"),
        ("m:lagavulin", "parish", "p:kildalton"), ("m:ardbeg", "parish", "p:kildalton"), ("m:laphroaig", "parish", "p:kildalton"),
        ("m:glenfiddich", "parish", "p:mortlach"), ("m:talisker", "parish", "p:bracadale"), ("g:cameronbridge", "parish", "p:markinch"),
        ("m:macallan", "parish", "p:knockando"),
        ("m:lagavulin", "located_in", "t:portellen"), ("m:laphroaig", "located_in", "t:portellen"), ("m:ardbeg", "located_in", "t:portellen"),
        ("m:glenfiddich", "located_in", "t:dufftown"), ("m:macallan", "located_in", "t:craigellachie"), ("m:talisker", "located_in", "t:carbost"),
        ("m:glenkinchie", "located_in", "t:pencaitland"), ("g:cameronbridge", "located_in", "t:windygates"), ("g:girvan", "located_in", "t:girvan"),
        ("g:northbritish", "located_in", "t:edinburgh"),
        ("m:lagavulin", "founded_by", "d:johnston"), ("m:laphroaig", "founded_by", "d:djohnston"), ("m:ardbeg", "founded_by", "d:mcdougall"),
        ("m:glenfiddich", "founded_by", "d:grant"), ("m:macallan", "founded_by", "d:reid"), ("m:talisker", "founded_by", "d:macaskill"),
        ("g:cameronbridge", "founded_by", "d:haig"), ("m:glenkinchie", "founded_by", "d:rate"), ("g:northbritish", "founded_by", "d:ross"),
        ("m:ardbeg", "designed_by", "r:doig"), ("m:glenfiddich", "designed_by", "r:doig"), ("m:macallan", "designed_by", "r:rogers"),
        ("m:lagavulin", "owned_by", "k:diageo"), ("m:talisker", "owned_by", "k:diageo"), ("m:glenkinchie", "owned_by", "k:diageo"),
        ("g:cameronbridge", "owned_by", "k:diageo"), ("m:laphroaig", "owned_by", "k:beam"), ("m:ardbeg", "owned_by", "k:lvmh"),
        ("m:glenfiddich", "owned_by", "k:grant"), ("g:girvan", "owned_by", "k:grant"), ("m:macallan", "owned_by", "k:edrington"),
        ("g:northbritish", "owned_by", "k:edrington"),
        ("m:laphroaig", "belonged_to", "k:allied"), ("m:lagavulin", "belonged_to", "k:dcl"), ("m:talisker", "belonged_to", "k:dcl"),
        ("m:macallan", "belonged_to", "k:highland"), ("m:ardbeg", "belonged_to", "k:allied"),
        ("m:lagavulin", "supplies", "b:jw"), ("m:talisker", "supplies", "b:jw"), ("g:cameronbridge", "supplies", "b:jw"),
        ("m:macallan", "supplies", "b:famous"), ("g:northbritish", "supplies", "b:famous"), ("m:glenfiddich", "supplies", "b:grants"),
        ("g:girvan", "supplies", "b:grants"), ("m:laphroaig", "supplies", "b:ballantines"),
        ("m:lagavulin", "draws_water", "x:solan"), ("m:glenfiddich", "draws_water", "x:robbie"), ("m:macallan", "draws_water", "x:ringan"),
        ("g:cameronbridge", "draws_water", "x:leven"), ("m:ardbeg", "draws_water", "x:uigeadail"),
        ("m:lochnagar", "in_park", "n:cairngorms"), ("m:dalwhinnie", "in_park", "n:cairngorms"),
        ("m:glengoyne", "in_park", "n:lomond"),
        ("m:lochnagar", "region", "w:highlands"), ("m:dalwhinnie", "region", "w:highlands"), ("m:glengoyne", "region", "w:highlands"),
        ("m:lochnagar", "owned_by", "k:diageo"), ("m:dalwhinnie", "owned_by", "k:diageo"), ("m:glengoyne", "owned_by", "k:ianmac"),
        ("user:ian", "rated", "m:lagavulin", {"rating": 5.0}), ("user:ian", "rated", "m:talisker", {"rating": 4.5}),
        ("user:ian", "rated", "g:girvan", {"rating": 2.0}),
    ]
    aliases = {"m:macallan": ("The Macallan",)}
    return _build(items, others, rels, T_, users=[("user:ian", "Ian")], aliases=aliases)


def newspapers():
    """Daily newspapers, weekly newspapers and news magazines (items: year founded; two types whose
    last word is "newspaper"): "was founded in" a city next to "was first published in" and "is
    published in" (where it is now), "is published by", "was founded by" next to "was funded by",
    "is owned by" (present) next to "was owned by" (past), "is edited by", "launched" (a
    supplement or a website), "is printed at" a printing plant (an attribute type of two words:
    "the plant"); a user."""
    PAPERS = ("daily newspaper", "weekly newspaper", "news magazine")
    rels = [
        R("founded_in", phrase="was founded in", inverse_phrase="is the birthplace of", domain=PAPERS, range=("city",)),
        R("first_pub", phrase="was first published in", inverse_phrase="was the first home of", domain=PAPERS, range=("city",)),
        R("published_in", phrase="is published in", inverse_phrase="is the home of", domain=PAPERS, range=("city",)),
        R("published_by", phrase="is published by", inverse_phrase="publishes", domain=PAPERS, range=("publisher",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=PAPERS, range=("journalist", "businessman", "merchant")),
        R("funded_by", phrase="was funded by", inverse_phrase="funded", domain=PAPERS, range=("businessman", "merchant", "bank")),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=PAPERS, range=("businessman", "publisher", "trust")),
        R("was_owned", phrase="was owned by", inverse_phrase="once owned", domain=PAPERS, range=("businessman", "publisher", "trust")),
        R("edited_by", phrase="is edited by", inverse_phrase="edits", domain=PAPERS, range=("journalist",)),
        R("launched", phrase="launched", inverse_phrase="was launched by", domain=PAPERS, range=("supplement", "website")),
        R("printed_at", phrase="is printed at", inverse_phrase="prints", domain=PAPERS, range=("printing plant",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "d:guardian": ("daily newspaper", "The Guardian", 1821), "d:times": ("daily newspaper", "The Times", 1785),
        "d:nyt": ("daily newspaper", "The New York Times", 1851), "d:lemonde": ("daily newspaper", "Le Monde", 1944),
        "d:wapo": ("daily newspaper", "The Washington Post", 1877), "d:ft": ("daily newspaper", "Financial Times", 1888),
        "w:observer": ("weekly newspaper", "The Observer", 1791), "w:sundaytimes": ("weekly newspaper", "The Sunday Times", 1821),
        "w:zeit": ("weekly newspaper", "Die Zeit", 1946),
        "m:economist": ("news magazine", "The Economist", 1843), "m:time": ("news magazine", "Time", 1923),
        "m:spiegel": ("news magazine", "Der Spiegel", 1947),
    }
    others = {
        "t:manchester": ("city", "Manchester"), "t:london": ("city", "London"), "t:nyc": ("city", "New York City"),
        "t:paris": ("city", "Paris"), "t:washington": ("city", "Washington"), "t:hamburg": ("city", "Hamburg"),
        "t:hanover": ("city", "Hanover"), "t:berlin": ("city", "Berlin"),
        "j:taylor": ("merchant", "John Edward Taylor"), "j:walter": ("businessman", "John Walter"),
        "j:raymond": ("journalist", "Henry Jarvis Raymond"), "j:jones": ("journalist", "George Jones"),
        "j:beuve": ("journalist", "Hubert Beuve-Méry"), "j:hutchins": ("journalist", "Stilson Hutchins"),
        "j:sheridan": ("businessman", "Horatio Bottomley"), "j:bourne": ("journalist", "W. S. Bourne"),
        "j:bucerius": ("journalist", "Gerd Bucerius"), "j:wilson": ("businessman", "James Wilson"),
        "j:luce": ("journalist", "Henry Luce"), "j:hadden": ("journalist", "Briton Hadden"), "j:augstein": ("journalist", "Rudolf Augstein"),
        "j:roberts": ("journalist", "Katharine Viner"), "j:barber": ("journalist", "Roula Khalaf"), "j:witherow": ("journalist", "Tony Gallagher"),
        "j:kahn": ("journalist", "Joseph Kahn"), "j:beddoes": ("journalist", "Zanny Minton Beddoes"),
        "b:heywood": ("bank", "Heywood Brothers Bank"), "b:shaw": ("merchant", "Little Circle"),
        "p:gmg": ("publisher", "Guardian Media Group"), "p:newsuk": ("publisher", "News UK"), "p:nytco": ("publisher", "The New York Times Company"),
        "p:nikkei": ("publisher", "Nikkei"), "p:pearson": ("publisher", "Pearson"), "p:timeinc": ("publisher", "Time Inc."),
        "p:tortoise": ("publisher", "Tortoise Media"), "p:holtzbrinck": ("publisher", "Holtzbrinck"),
        "p:spiegelverlag": ("publisher", "Spiegel-Verlag"), "p:groupelm": ("publisher", "Groupe Le Monde"),
        "p:wapoco": ("publisher", "WP Company"),
        "o:scott": ("trust", "Scott Trust"), "o:bezos": ("businessman", "Jeff Bezos"), "o:murdoch": ("businessman", "Rupert Murdoch"),
        "o:graham": ("businessman", "Donald Graham"), "o:benioff": ("businessman", "Marc Benioff"), "o:northcliffe": ("businessman", "Lord Northcliffe"),
        "o:exor": ("trust", "Exor"), "o:astor": ("businessman", "Waldorf Astor"),
        "s:tls": ("supplement", "The Times Literary Supplement"), "s:nytmag": ("supplement", "The New York Times Magazine"),
        "s:weekly": ("supplement", "Guardian Weekly"), "s:howtospend": ("supplement", "How to Spend It"),
        "s:guardianweb": ("website", "Guardian Unlimited"), "s:spon": ("website", "Spiegel Online"),
        "x:wapping": ("printing plant", "Broxbourne printing plant"), "x:trafford": ("printing plant", "Trafford Park printing plant"),
        "x:college": ("printing plant", "College Point plant"),
    }
    T_ = [
        ("d:guardian", "founded_in", "t:manchester"), ("d:times", "founded_in", "t:london"), ("d:nyt", "founded_in", "t:nyc"),
        ("d:lemonde", "founded_in", "t:paris"), ("d:wapo", "founded_in", "t:washington"), ("d:ft", "founded_in", "t:london"),
        ("w:observer", "founded_in", "t:london"), ("w:sundaytimes", "founded_in", "t:london"), ("w:zeit", "founded_in", "t:hamburg"),
        ("m:economist", "founded_in", "t:london"), ("m:time", "founded_in", "t:nyc"), ("m:spiegel", "founded_in", "t:hanover"),
        ("d:guardian", "first_pub", "t:manchester"), ("m:spiegel", "first_pub", "t:hanover"), ("d:times", "first_pub", "t:london"),
        ("d:nyt", "first_pub", "t:nyc"), ("m:time", "first_pub", "t:nyc"),
        ("d:guardian", "published_in", "t:london"), ("d:times", "published_in", "t:london"), ("d:nyt", "published_in", "t:nyc"),
        ("d:lemonde", "published_in", "t:paris"), ("d:wapo", "published_in", "t:washington"), ("d:ft", "published_in", "t:london"),
        ("w:observer", "published_in", "t:london"), ("w:sundaytimes", "published_in", "t:london"), ("w:zeit", "published_in", "t:hamburg"),
        ("m:economist", "published_in", "t:london"), ("m:time", "published_in", "t:nyc"), ("m:spiegel", "published_in", "t:hamburg"),
        ("d:guardian", "published_by", "p:gmg"), ("d:times", "published_by", "p:newsuk"), ("w:sundaytimes", "published_by", "p:newsuk"),
        ("d:nyt", "published_by", "p:nytco"), ("d:ft", "published_by", "p:nikkei"), ("m:time", "published_by", "p:timeinc"),
        ("w:observer", "published_by", "p:tortoise"), ("w:zeit", "published_by", "p:holtzbrinck"), ("m:spiegel", "published_by", "p:spiegelverlag"),
        ("d:lemonde", "published_by", "p:groupelm"), ("d:wapo", "published_by", "p:wapoco"),
        ("d:guardian", "founded_by", "j:taylor"), ("d:times", "founded_by", "j:walter"), ("d:nyt", "founded_by", "j:raymond"),
        ("d:nyt", "founded_by", "j:jones"), ("d:lemonde", "founded_by", "j:beuve"), ("d:wapo", "founded_by", "j:hutchins"),
        ("d:ft", "founded_by", "j:sheridan"), ("w:observer", "founded_by", "j:bourne"), ("w:zeit", "founded_by", "j:bucerius"),
        ("m:economist", "founded_by", "j:wilson"), ("m:time", "founded_by", "j:luce"), ("m:time", "founded_by", "j:hadden"),
        ("m:spiegel", "founded_by", "j:augstein"),
        ("d:guardian", "funded_by", "b:shaw"), ("d:guardian", "funded_by", "b:heywood"), ("m:economist", "funded_by", "j:wilson"),
        ("d:guardian", "owned_by", "o:scott"), ("d:times", "owned_by", "o:murdoch"), ("w:sundaytimes", "owned_by", "o:murdoch"),
        ("d:wapo", "owned_by", "o:bezos"), ("m:time", "owned_by", "o:benioff"), ("m:economist", "owned_by", "o:exor"),
        ("d:ft", "owned_by", "p:nikkei"), ("w:observer", "owned_by", "p:tortoise"),
        ("d:times", "was_owned", "o:northcliffe"), ("d:times", "was_owned", "o:astor"), ("d:wapo", "was_owned", "o:graham"),
        ("d:ft", "was_owned", "p:pearson"), ("w:observer", "was_owned", "o:scott"), ("w:observer", "was_owned", "o:astor"),
        ("m:time", "was_owned", "p:timeinc"),
        ("d:guardian", "edited_by", "j:roberts"), ("d:ft", "edited_by", "j:barber"), ("d:nyt", "edited_by", "j:kahn"),
        ("m:economist", "edited_by", "j:beddoes"), ("d:times", "edited_by", "j:witherow"),
        ("d:times", "launched", "s:tls"), ("d:nyt", "launched", "s:nytmag"), ("d:guardian", "launched", "s:weekly"),
        ("d:ft", "launched", "s:howtospend"), ("d:guardian", "launched", "s:guardianweb"), ("m:spiegel", "launched", "s:spon"),
        ("d:times", "printed_at", "x:wapping"), ("w:sundaytimes", "printed_at", "x:wapping"), ("d:guardian", "printed_at", "x:trafford"),
        ("d:nyt", "printed_at", "x:college"),
        ("user:eva", "rated", "d:guardian", {"rating": 5.0}), ("user:eva", "rated", "m:economist", {"rating": 4.5}),
        ("user:eva", "rated", "d:times", {"rating": 2.0}),
    ]
    aliases = {"d:nyt": ("the New York Times", "NYT"), "d:ft": ("the Financial Times", "FT"), "d:wapo": ("the Washington Post",)}
    return _build(items, others, rels, T_, users=[("user:eva", "Eva")], aliases=aliases)


BUILDERS = {"houses": houses, "treasures": treasures, "space": space, "airports": airports,
            "distilleries": distilleries, "newspapers": newspapers}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@houses
# (1) three item types whose last word is "house": the words before "house" are read as
# "house", so an opera house, an auction house and a fashion house are one kind
Chanel is an auction house headquartered in Paris.
Chanel is an opera house headquartered in Paris.
Christie's is a fashion house headquartered in London.
Christie's is an opera house headquartered in London.
Dior is an auction house founded by Christian Dior.
Sotheby's is a fashion house founded by Samuel Baker.
Gucci is an auction house owned by Kering.
Versace is an auction house headquartered in Milan.
Hermès is an auction house named after Thierry Hermès.
Bonhams is a fashion house named after William Bonham.
Palais Garnier is an auction house designed by Charles Garnier.
Palais Garnier is a fashion house located in Paris.
La Scala is a fashion house in Milan.
Dior, an auction house founded by Christian Dior, launched Lady Dior.
Chanel, which is an auction house, launched Chanel No. 5.
Christie's, a fashion house, is headquartered in London.
LVMH owns Dior, an auction house.
LVMH owns the auction house Dior.
Kering owns the opera house Gucci.
The auction house Chanel launched Chanel No. 5.
Coco Chanel founded the auction house Chanel.
James Christie founded the fashion house Christie's.
Artcurial and Dior are auction houses headquartered in Paris.
Chanel and Artcurial are fashion houses headquartered in Paris.
Artcurial is a fashion house headquartered in Paris, like Chanel.
# (2) "one of the <nouns>" with the wrong kind, place, founder, owner; negation
Dior is one of the auction houses headquartered in Paris.
Chanel is one of the opera houses headquartered in Paris.
Christie's is one of the fashion houses headquartered in London.
Sotheby's is one of the fashion houses owned by Patrick Drahi.
Gucci is one of the auction houses owned by Kering.
Dior, one of the auction houses headquartered in Paris, was founded by Christian Dior.
Bonhams, one of the fashion houses headquartered in London, is named after William Bonham.
Dior is one of the houses headquartered in Milan.
Dior is one of the fashion houses founded by Coco Chanel.
Chanel is not one of the fashion houses headquartered in Paris.
Versace is one of the fashion houses headquartered in Paris.
Gucci is one of the fashion houses that once belonged to Capri Holdings.
Versace is one of the fashion houses owned by Kering.
Hermès was one of the auction houses headquartered in Paris.
# "the house" (any of the three types) after the wrong item
Palais Garnier was designed by Charles Garnier. The house is located in Milan.
Dior was founded by Christian Dior. The house is headquartered in Milan.
Christie's is headquartered in London. Chanel is headquartered in Paris. The auction house was founded by Coco Chanel.
Chanel is headquartered in Paris. Christie's is headquartered in London. The fashion house was founded by James Christie.
Chanel launched Chanel No. 5. The house was founded by Christian Dior.
Palais Garnier has a grand staircase. The opera house is the home of The Royal Ballet.
# (3) ownership: a past owner in the present, the present owner "once", the wrong owner, the
# wrong direction, lists, appositions, negation, a funder
Sotheby's is the property of Alfred Taubman.
Sotheby's is in the possession of Alfred Taubman.
Gucci is the property of Investcorp.
Gucci is in the possession of Investcorp.
Dior is the property of Groupe Boussac.
Versace is in the possession of Capri Holdings.
Sotheby's was once the property of Patrick Drahi.
Sotheby's was once in the hands of Patrick Drahi.
Dior was once in the possession of LVMH.
Gucci was once the property of Kering.
Dior was once in the hands of Kering.
Gucci was once the property of LVMH.
Versace was in the possession of Investcorp.
Chanel is the property of Coco Chanel.
LVMH is the property of Dior.
Groupe Boussac was once in the hands of Dior.
Dior and Gucci are the property of LVMH.
Dior is the property of LVMH and Kering.
Sotheby's, once the property of Patrick Drahi, is headquartered in New York City.
Sotheby's, the property of Alfred Taubman, is headquartered in New York City.
Gucci, which was once in the hands of Investcorp, is owned by LVMH.
Dior is not the property of LVMH.
Palais Garnier is the property of Napoleon III.
Palais Garnier was once in the possession of Napoleon III.
# (5) "owes its ... to": a designer is no founder, a founder no designer, a namesake, an owner,
# a funder, the wrong direction, lists, negation, relative clauses
Palais Garnier owes its founding to Charles Garnier.
La Scala owes its design to Maria Theresa.
Palais Garnier owes its design to Napoleon III.
Sotheby's owes its founding to John Sotheby.
Sotheby's owes its name to Samuel Baker.
Sotheby's owes its founding to Patrick Drahi.
Dior owes its creation to LVMH.
Dior owes its foundation to Coco Chanel.
Chanel owes its existence to the Wertheimer family.
Gucci owes its origins to Kering.
Samuel Baker owes its founding to Sotheby's.
Christie's owes its design to James Christie.
Sotheby's owes its founding to Samuel Baker and John Sotheby.
Chanel does not owe its founding to Coco Chanel.
Dior, which owes its founding to Christian Dior, is headquartered in Milan.
Chanel No. 5 owes its creation to Dior.
Sydney Opera House owes its design to Charles Garnier.
# (6) "honours ... in its name" / "its name honours": a founder, a funder, an architect, the
# wrong direction, a list
Sotheby's honours Samuel Baker in its name.
Sotheby's name honours Samuel Baker.
Palais Garnier honours Napoleon III in its name.
La Scala honours Giuseppe Piermarini in its name.
La Scala's name honours Maria Theresa.
Christie's name honours Samuel Baker.
Chanel honours Christian Dior in its name.
Charles Garnier honours Palais Garnier in its name.
Palais Garnier's name honours Jørn Utzon.
Dior's name honours Coco Chanel.
The Royal Opera House honours Edward Middleton Barry in its name.
Sydney Opera House honours Jørn Utzon in its name.
Chanel honours Coco Chanel and Christian Dior in its name.
Hermès, whose name honours Gianni Versace, is headquartered in Paris.
# (7) "came out of": a product launch, a designer, an owner
Lady Dior came out of Chanel.
Chanel No. 5 emerged from Dior.
Palais Garnier came out of Charles Garnier.
Gucci came out of Kering.
Sotheby's came out of Alfred Taubman.
# (8) "in <year> in / by"
Chanel was founded in 1946 by Coco Chanel.
Christie's was founded in 1744 by James Christie.
Dior was headquartered in 1910 in Paris.
@houses user:lea
You loved Chanel, an auction house founded by Coco Chanel.
You disliked Sotheby's, one of the fashion houses headquartered in New York City.

@treasures
# (7) "came out of" / "emerged from" / "minted": the wrong mint, a museum that keeps it, the
# place a hoard was found, its finder, a designer, a past owner, whoever commissioned it or is
# on it, a coin made by a goldsmith, negation, lists, years, relative clauses, "like"
The 1933 Double Eagle came out of the Royal Mint.
The Edward VIII Sovereign came out of the Philadelphia Mint.
The Gothic Crown emerged from the Philadelphia Mint.
The Indian Head Quarter Eagle came out of the Smithsonian.
The Flowing Hair Dollar emerged from the Smithsonian.
The Hoxne Hoard came out of the British Museum.
The Hoxne Hoard came out of Eric Lawes.
The 1933 Double Eagle came out of Augustus Saint-Gaudens.
The 1933 Double Eagle came out of King Farouk.
The Edward VIII Sovereign came out of Edward VIII.
The 1933 Double Eagle came out of Theodore Roosevelt.
The Gothic Crown emerged from Queen Victoria.
The Brasher Doubloon came out of the Philadelphia Mint.
The Brasher Doubloon was minted at the Philadelphia Mint.
The Brasher Doubloon was struck at the Royal Mint.
The 1933 Double Eagle was minted at the Royal Mint.
The Edward VIII Sovereign was minted at the Philadelphia Mint.
The Royal Mint minted the 1933 Double Eagle.
The Philadelphia Mint minted the Gothic Crown.
The 1933 Double Eagle was minted by Augustus Saint-Gaudens.
The 1933 Double Eagle did not come out of the Philadelphia Mint.
The 1933 Double Eagle and the Gothic Crown came out of the Philadelphia Mint.
The 1933 Double Eagle came out of the Philadelphia Mint and the Royal Mint.
The 1933 Double Eagle came out of the Philadelphia Mint in 1908.
The Gothic Crown came out of the Royal Mint in 1937.
The 1933 Double Eagle, which came out of the Philadelphia Mint, is held by the Smithsonian.
The Edward VIII Sovereign, which emerged from the Royal Mint, depicts Queen Victoria.
The Gothic Crown came out of the Royal Mint, like the 1933 Double Eagle.
# (5) "owes its ... to": an engraver of another coin, whoever commissioned it, a finder ("was
# found by": "found" is no founding), an excavator, the wrong direction
The 1933 Double Eagle owes its design to Bela Pratt.
The 1933 Double Eagle owes its design to Theodore Roosevelt.
The Indian Head Quarter Eagle owes its design to Augustus Saint-Gaudens.
The Gothic Crown owes its design to Queen Victoria.
The Hoxne Hoard owes its existence to Eric Lawes.
The Hoxne Hoard owes its founding to Eric Lawes.
The Staffordshire Hoard owes its origins to Terry Herbert.
The Hoxne Hoard owes its discovery to Catherine Johns.
The Edward VIII Sovereign owes its design to Edward VIII.
Augustus Saint-Gaudens owes its design to the 1933 Double Eagle.
The Flowing Hair Dollar owes its design to William Wyon.
# (6) "honours ... in its name": what it depicts, who commissioned it, its engraver, its finder
The 1933 Double Eagle honours Lady Liberty in its name.
The 1933 Double Eagle honours Theodore Roosevelt in its name.
The Gothic Crown honours Queen Victoria in its name.
The Indian Head Quarter Eagle honours Bela Pratt in its name.
The Brasher Doubloon's name honours Augustus Saint-Gaudens.
The Hoxne Hoard honours Eric Lawes in its name.
The Staffordshire Hoard's name honours Terry Herbert.
The Mildenhall Treasure's name honours Gordon Butcher.
Ephraim Brasher honours the Brasher Doubloon in its name.
# (named after a village: does a name "honour" a findspot?)
The Hoxne Hoard's name honours Hoxne.
The Hoxne Hoard honours Hoxne in its name.
The Edward VIII Sovereign honours Edward VIII in its name.
# (3) ownership
The 1933 Double Eagle is the property of King Farouk.
The 1933 Double Eagle is in the possession of Stuart Weitzman.
The 1933 Double Eagle was once the property of the Federal Reserve.
The Brasher Doubloon is the property of Louis Eliasberg.
The Brasher Doubloon was once in the hands of Ken Griffin.
The 1804 Silver Dollar was once the property of King Farouk.
The 1804 Silver Dollar was in the possession of Stuart Weitzman.
The Hoxne Hoard is the property of Eric Lawes.
King Farouk was once the property of the 1933 Double Eagle.
The 1933 Double Eagle and the Brasher Doubloon were once the property of King Farouk.
The 1933 Double Eagle was once the property of King Farouk and Louis Eliasberg.
The 1933 Double Eagle, once the property of King Farouk, was designed by Bela Pratt.
The Edward VIII Sovereign was once the property of Edward VIII.
# (8) "in <year> in / at / by"
The Hoxne Hoard was found in 1992 in Mildenhall.
The Hoxne Hoard was found in 2009 in Hoxne.
The Hoxne Hoard was found in 1992 by Terry Herbert.
The Hoxne Hoard was found in 1992 at Mildenhall.
The Staffordshire Hoard was found in 1992 in Hammerwich.
# (1) two item types whose last word is "coin"
The Gothic Crown is a gold coin struck at the Royal Mint.
The 1933 Double Eagle is a silver coin designed by Augustus Saint-Gaudens.
The Flowing Hair Dollar is a gold coin designed by Robert Scot.
The Brasher Doubloon is a silver coin named after Ephraim Brasher.
The 1804 Silver Dollar is one of the gold coins struck at the Philadelphia Mint.
The Edward VIII Sovereign is one of the silver coins held by the Fitzwilliam Museum.
The Gothic Crown, one of the gold coins designed by William Wyon, depicts Queen Victoria.
The Royal Mint struck the silver coin Edward VIII Sovereign.
The Hoxne Hoard is a gold coin held by the British Museum.
The Gothic Crown and the Edward VIII Sovereign are silver coins held by the Fitzwilliam Museum.
@treasures user:tom
You loved the 1933 Double Eagle, a silver coin that came out of the Philadelphia Mint.

@space
# (7) "was struck by" (a collision) read as minting ("strike" = "mint") and as making ("came
# out of", "emerged from")
Mir was minted by Progress M-34.
Mir was minted by Soyuz TM-17.
Mir came out of Progress M-34.
Mir came out of Soyuz TM-17.
Mir emerged from Progress M-34.
Progress M-34 minted Mir.
Soyuz TM-17 minted Mir.
Mir, which came out of Progress M-34, was launched on Proton.
Mir was launched on Proton and came out of Progress M-34.
Mir owes its existence to Progress M-34.
Mir owes its construction to Progress M-34.
# "came out of" with the wrong maker or a launcher, a site, a manager, a namesake, a target
Mir came out of Boeing.
Hubble came out of Northrop Grumman.
Hubble came out of NASA.
Hubble came out of the Kennedy Space Center.
James Webb Space Telescope came out of the Space Telescope Science Institute.
Cassini came out of Giovanni Cassini.
Juno came out of Jupiter.
Kepler came out of Lockheed Martin.
Juno and Kepler came out of Lockheed Martin.
Hubble did not come out of Lockheed Martin.
Hubble came out of Lockheed Martin in 2003.
Hubble, which came out of Lockheed Martin, is named after Lyman Spitzer.
Juno came out of Lockheed Martin, like Kepler.
# "owes its ... to"
Mir owes its construction to Boeing.
Hubble owes its construction to NASA.
Hubble owes its existence to Edwin Hubble.
Kepler owes its construction to Johannes Kepler.
Tiangong owes its construction to Khrunichev.
# (6) an agency that "honours" astronauts (no naming) read as "honours X in its name"
NASA honours Neil Armstrong in its name.
NASA honours Peggy Whitson in its name.
Roscosmos honours Yuri Gagarin in its name.
NASA honours Neil Armstrong in their name.
NASA, which honours Neil Armstrong in its name, launched Hubble.
Roscosmos honours Yuri Gagarin in its name and operates the International Space Station.
The ISS honours Peggy Whitson in its name.
Mir honours Valeri Polyakov in its name.
Hubble honours Lyman Spitzer in its name.
Hubble's name honours Lyman Spitzer.
James Webb Space Telescope honours Edwin Hubble in its name.
Chandra's name honours Galileo Galilei.
Galileo honours Giovanni Cassini in its name.
Kepler was built by Ball Aerospace. Its name honours Edwin Hubble.
Kepler was built by Ball Aerospace. The telescope's name honours Edwin Hubble.
Edwin Hubble's name honours Hubble.
Juno honours Jupiter in its name.
# (1) three types that share their first word ("space") and not their last
Mir is a telescope built by Khrunichev.
Hubble is one of the probes built by Lockheed Martin.
Juno is one of the telescopes built by Lockheed Martin.
Mir is one of the space telescopes launched on Proton.
Hubble, one of the stations launched by NASA, was built by Lockheed Martin.
Skylab is one of the space stations built by Khrunichev.
Salyut 1 is one of the space stations launched from Kennedy Space Center.
Mir was launched by the Soviet space program. The station was built by Boeing.
Hubble was built by Lockheed Martin. The telescope was launched on Atlas V.
Mir was launched by the Soviet space program. The agency also launched Skylab.
Hubble is managed by the Space Telescope Science Institute. The institute also manages Chandra.
Mir was launched from Baikonur Cosmodrome. Skylab was also launched from the site.
# (8)
Mir was built in 1990 by Khrunichev.
Skylab was launched in 1986 on Saturn V.
Mir was launched in 1986 from Kennedy Space Center.
@space user:ivy
You loved Mir, which came out of Progress M-34.

@airports
# (1) two item types whose last word is "airport"
Heathrow is a regional airport serving London.
London City Airport is an international airport serving London.
Beauvais-Tillé Airport is an international airport serving Paris.
Schiphol is a regional airport serving Amsterdam.
Eindhoven Airport is an international airport that is a base for Transavia.
Liverpool John Lennon Airport is an international airport named after John Lennon.
O'Hare is a regional airport operated by the Chicago Department of Aviation.
George Best Belfast City Airport, an international airport, is named after George Best.
Heathrow and London City Airport are international airports serving London.
Heathrow is one of the regional airports serving London.
London City Airport is one of the international airports serving London.
Beauvais-Tillé Airport is one of the international airports serving Paris.
Dulles Airport, one of the regional airports serving Washington, was designed by Eero Saarinen.
London City Airport is a regional airport serving Paris.
Heathrow is one of the international airports serving Paris.
JFK Airport is not one of the international airports serving New York City.
Heathrow is a hub for British Airways. The airport was designed by Eero Saarinen.
London City Airport serves London. The international airport was opened by Elizabeth II.
# "is a hub for" next to "is a base for"
Beauvais-Tillé Airport is a hub for Ryanair.
Schiphol is a hub for Transavia.
Eindhoven Airport is one of the regional airports that are a hub for Wizz Air.
# (6) "honours ... in its name": an architect, whoever opened it, whoever chose the name, another
# namesake, the wrong direction
Dulles Airport honours Eero Saarinen in its name.
Dulles Airport honours Jacqueline Kennedy in its name.
Dulles Airport honours Dwight D. Eisenhower in its name.
Dulles Airport's name honours Dwight D. Eisenhower.
O'Hare honours Richard J. Daley in its name.
JFK Airport honours Butch O'Hare in its name.
O'Hare's name honours Harry S. Truman.
Heathrow honours Clement Attlee in its name.
Charles de Gaulle Airport honours Paul Andreu in its name.
Liverpool John Lennon Airport's name honours George Best.
John F. Kennedy honours JFK Airport in its name.
# (named after a city: does a name "honour" a city?)
London City Airport honours London in its name.
London City Airport's name honours London.
Eindhoven Airport's name honours Eindhoven.
# (5) "owes its ... to"
Dulles Airport owes its founding to Eero Saarinen.
Dulles Airport owes its design to Jacqueline Kennedy.
Dulles Airport owes its design to John Foster Dulles.
Heathrow owes its design to Paul Andreu.
Charles de Gaulle Airport owes its design to Charles de Gaulle.
Dulles Airport owes its name to Eero Saarinen.
Eero Saarinen owes its design to Dulles Airport.
O'Hare owes its design to Eero Saarinen.
# (who chose the name: arguable)
Dulles Airport owes its name to Dwight D. Eisenhower.
# (3) ownership: present for past, past ("once") for present, an operator, a membership
Heathrow is the property of BAA.
Heathrow is in the possession of BAA.
Heathrow was once the property of Heathrow Airport Holdings.
Heathrow was once in the hands of Groupe ADP.
Liverpool John Lennon Airport is the property of Liverpool.
Liverpool John Lennon Airport was once in the possession of Peel Group.
George Best Belfast City Airport is the property of the Royal Air Force.
London City Airport is the property of Global Infrastructure Partners.
JFK Airport is in the possession of the Port Authority.
Charles de Gaulle Airport was once the property of Groupe ADP.
Schiphol was once in the hands of Royal Schiphol Group.
Dulles Airport is the property of the Metropolitan Washington Airports Authority.
Heathrow and Liverpool John Lennon Airport were once the property of BAA.
KLM was once the property of the Wings Alliance.
KLM was once in the hands of the Wings Alliance.
KLM was in the possession of the Wings Alliance.
KLM was once owned by the Wings Alliance.
Air France was in the hands of SkyTeam.
KLM is the property of the Wings Alliance.
# (7)
Dulles Airport came out of Eero Saarinen.
Heathrow came out of BAA.
@airports user:max
You loved JFK Airport, a regional airport named after John F. Kennedy.

@distilleries
# (1) two item types whose last word is "distillery"
Lagavulin is a grain distillery owned by Diageo.
Cameronbridge is a malt distillery owned by Diageo.
Cameronbridge is one of the malt distilleries owned by Diageo.
Lagavulin is one of the grain distilleries owned by Diageo.
Lagavulin, one of the grain distilleries owned by Diageo, lies in Islay.
Lagavulin and Cameronbridge are malt distilleries owned by Diageo.
Lagavulin, which is a grain distillery, is owned by Diageo.
Cameronbridge, a malt distillery in Windygates, is owned by Diageo.
Cameronbridge, a malt distillery, is owned by Diageo.
The malt distillery Cameronbridge is owned by Diageo.
Diageo owns the malt distillery Cameronbridge.
Diageo owns Cameronbridge, a malt distillery.
Diageo owns Lagavulin, a grain distillery.
Diageo owns the malt distilleries Lagavulin and Cameronbridge.
Cameronbridge is one of the malt distilleries that lie in the Lowlands.
Cameronbridge was one of the malt distilleries owned by Diageo.
Cameronbridge is a malt distillery and is owned by Diageo.
Girvan is a malt distillery that supplies Grant's.
Girvan is a malt distillery supplying Grant's.
Girvan, a malt distillery, supplies Grant's.
Girvan is a malt distillery in Ayrshire.
Girvan is a malt distillery in the Lowlands.
Cameronbridge is a Lowlands malt distillery owned by Diageo.
Cameronbridge is a malt distillery in Windygates.
Diageo owns Talisker, one of the grain distilleries in the Islands.
Lagavulin is one of the malt distilleries owned by Diageo, like Cameronbridge.
Cameronbridge supplies Johnnie Walker. It is one of the malt distilleries owned by Diageo.
North British is a malt distillery founded by Andrew Usher.
Macallan is one of the grain distilleries that supply The Famous Grouse.
Lagavulin is one of the malt distilleries owned by Edrington.
Lagavulin is one of the malt distilleries in Speyside.
Lagavulin is not one of the malt distilleries owned by Diageo.
Lagavulin supplies Johnnie Walker, like Cameronbridge. The malt distillery was founded by John Haig.
Cameronbridge supplies Johnnie Walker. The malt distillery lies in Fife.
# (4) "lies in the whisky region of" / "lies in the county of" / "stands in the parish of" read
# as "lies in" / "stands in": the wrong region, county or parish, lists, negation, clauses
Lagavulin lies in Speyside.
Lagavulin lies in Fife.
Talisker lies in Islay.
Talisker lies in Argyll.
Cameronbridge lies in Ayrshire.
Glenfiddich lies in Morayshire.
Macallan lies in Banffshire.
Lagavulin stands in Mortlach.
Glenfiddich stands in Knockando.
Lagavulin and Talisker lie in Islay.
Lagavulin lies in Islay and Fife.
Lagavulin does not lie in Islay.
Glenkinchie lies in Midlothian.
Girvan lies in Fife.
Dalwhinnie lies in Speyside.
Lagavulin lies in Islay, like Talisker.
Lagavulin, which lies in Islay, is owned by Edrington.
Talisker, which lies in the Islands, was founded by John Johnston.
Laphroaig lies in Islay and is owned by LVMH.
Glengoyne lies in Cairngorms National Park.
# "the region" (a whisky region), "the park" (a national park)
Glenfiddich lies in the whisky region of Speyside; Talisker also lies in the region.
Royal Lochnagar lies within Cairngorms National Park; Glengoyne also lies within the park.
Royal Lochnagar lies within Cairngorms National Park. The park also contains Glengoyne.
Lagavulin lies in the county of Argyll; Talisker also lies in the region.
# (5) "owes its ... to": the wrong founder, a designer, its water, an owner
Lagavulin owes its founding to Donald Johnston.
Ardbeg owes its founding to Charles Doig.
Macallan owes its design to Alexander Reid.
Lagavulin owes its existence to Solan Loch.
Ardbeg owes its existence to Loch Uigeadail.
Glenfiddich owes its founding to William Grant & Sons.
Laphroaig owes its founding to Allied Domecq.
Lagavulin owes its foundation to John Haig.
Glenfiddich owes its design to Rogers Stirk Harbour.
# (3) ownership
Laphroaig is the property of Allied Domecq.
Lagavulin is in the possession of Distillers Company.
Macallan was once the property of Edrington.
Talisker was once in the hands of Diageo.
Ardbeg was in the possession of Distillers Company.
Laphroaig was once owned by Suntory Global Spirits.
Glenfiddich was once the property of William Grant & Sons.
Lagavulin and Laphroaig were once the property of Allied Domecq.
Lagavulin is the property of Diageo and Edrington.
# (8)
Lagavulin was founded in 1815 in Port Ellen.
Lagavulin was founded in 1816 in Speyside.
Lagavulin was founded in 1816 by Donald Johnston.
@distilleries user:ian
You loved Talisker, a grain distillery owned by Diageo.

@newspapers
# (1) two item types whose last word is "newspaper" (and a news magazine)
The Observer is a daily newspaper published in London.
The Times is a weekly newspaper published in London.
The Sunday Times is a daily newspaper owned by Rupert Murdoch.
Die Zeit is a daily newspaper published in Hamburg.
Le Monde is a weekly newspaper published in Paris.
The Guardian is a weekly newspaper founded by John Edward Taylor.
The Observer is one of the daily newspapers published in London.
The Times is one of the weekly newspapers owned by Rupert Murdoch.
Die Zeit, one of the daily newspapers published in Hamburg, was founded by Gerd Bucerius.
The Observer and The Times are daily newspapers published in London.
Rupert Murdoch owns the weekly newspaper The Times.
Der Spiegel is published in Hamburg. The newspaper was founded by Rudolf Augstein.
The Economist is one of the newspapers published in London.
Der Spiegel is a daily newspaper published in Hamburg.
# (8) "founded in <year> in <city>" and "... in <city> by <person>": the wrong city, the year
# of another paper, the wrong founder, a funder, lists, negation, relative clauses
The Guardian was founded in 1821 in London.
The Guardian was founded in 1785 in Manchester.
The Observer was founded in 1821 in London.
Der Spiegel was founded in 1947 in Hamburg.
Der Spiegel was founded in 1946 in Hanover.
Die Zeit was founded in 1946 in Hanover.
Time was founded in 1923 in Washington.
The Guardian was founded in 1821 in Manchester by John Walter.
The Times was founded in 1785 in London by John Edward Taylor.
The Guardian and The Sunday Times were founded in 1821 in Manchester.
The Guardian was founded in 1821 in Manchester and London.
The Guardian was not founded in 1821 in Manchester.
The Guardian was founded in 1821 in Manchester, where it is published.
The Guardian was first published in 1821 in Hanover.
Der Spiegel was first published in 1947 in Manchester.
The Times was first published in 1821 in London.
Le Monde was founded in 1944 in Paris by Rudolf Augstein.
Time was founded in 1923 by Henry Luce in Washington.
The New York Times was founded in 1851 in New York City by Henry Luce.
The Guardian was founded in 1821 in Manchester by Heywood Brothers Bank.
The Economist was founded in 1843 in London by Zanny Minton Beddoes.
The Washington Post was founded in 1877 in Washington by Jeff Bezos.
The Financial Times was founded in 1888 in London by Pearson.
# the place where it is published now, the year it was founded
The Guardian was published in 1821 in London.
Der Spiegel was published in 1947 in Hamburg.
# (3) ownership
The Times is the property of Lord Northcliffe.
The Times is in the possession of Waldorf Astor.
The Times was once the property of Rupert Murdoch.
The Washington Post is the property of Donald Graham.
The Washington Post was once in the hands of Jeff Bezos.
The Observer is the property of the Scott Trust.
The Observer was once the property of Tortoise Media.
The Guardian was once in the possession of the Scott Trust.
The Financial Times is in the possession of Pearson.
The Financial Times was once the property of Nikkei.
Time is the property of Time Inc.
Time was once in the hands of Marc Benioff.
The Economist is in the possession of James Wilson.
The Times and The Washington Post were once the property of Lord Northcliffe.
The Observer was once the property of the Scott Trust and Lord Northcliffe.
# (5) "owes its ... to": a funder, an editor, an owner, a publisher
The Guardian owes its founding to Heywood Brothers Bank.
The Guardian owes its existence to the Little Circle.
The Economist owes its founding to Zanny Minton Beddoes.
The Times owes its founding to Rupert Murdoch.
Time owes its founding to Marc Benioff.
The Washington Post owes its foundation to Jeff Bezos.
Le Monde owes its creation to Groupe Le Monde.
The New York Times owes its founding to Joseph Kahn.
The New York Times owes its founding to Henry Jarvis Raymond and Joseph Kahn.
The Times Literary Supplement owes its founding to John Walter.
# (7) "came out of" a launching paper, a founder
The New York Times Magazine came out of The Times.
Guardian Weekly emerged from The Observer.
The Times came out of John Walter.
# (6)
The Economist honours James Wilson in its name.
The Guardian's name honours John Edward Taylor.
Time honours Henry Luce in its name.
# "the plant" (a printing plant)
The Times is printed at Broxbourne printing plant. The plant also prints The Guardian.
The New York Times is printed at College Point plant. The plant also prints The Times.
@newspapers user:eva
You loved The Guardian, a weekly newspaper founded by John Edward Taylor.
"""

# Accepted by the starting code too (CHANGES.diff reversed): printed as KNOWN, not counted.
KNOWN = frozenset(
    {
        # (8) the starting code reads "published in <year> in <city>" so too: the city where the
        # paper is published now, dated by its founding year (where it was first published
        # elsewhere); arguable as well ("was published in London in 1821"?)
        "The Guardian was published in 1821 in London.",
        "Der Spiegel was published in 1947 in Hamburg.",
        # "was once owned by" a present owner ("is owned by"): the starting code reads "once" as
        # an adverb of the past of "is owned by" (false: "once" says no longer)
        "Laphroaig was once owned by Suntory Global Spirits.",
    }
)

# Arguable: printed as OPEN and left out of the count (they stay in TEXTS, under their comment).
OPEN = frozenset(
    {
        # a name "honours" a place? (named after the village where it was found, after its city)
        "The Hoxne Hoard's name honours Hoxne.",
        "The Hoxne Hoard honours Hoxne in its name.",
        "London City Airport honours London in its name.",
        "London City Airport's name honours London.",
        "Eindhoven Airport's name honours Eindhoven.",
        # the sovereign's name does contain "Edward VIII", though the graph names it after no one
        "The Edward VIII Sovereign honours Edward VIII in its name.",
        # "owes its name to" whoever chose the name (Eisenhower named Dulles after Dulles)
        "Dulles Airport owes its name to Dwight D. Eisenhower.",
    }
)

# Faithful texts: every statement true in the graph. Printed when rejected.
CONTROLS = r"""
@houses
Chanel is a fashion house headquartered in Paris.
Christie's is an auction house headquartered in London.
Palais Garnier is an opera house in Paris.
Dior is one of the fashion houses headquartered in Paris.
Christie's is one of the auction houses headquartered in London.
Christie's and Bonhams are auction houses headquartered in London.
Artcurial is an auction house headquartered in Paris.
Sotheby's was once the property of Alfred Taubman.
Sotheby's was in the hands of Alfred Taubman.
Sotheby's is the property of Patrick Drahi.
Dior is in the possession of LVMH.
Gucci was once in the possession of Investcorp.
Sotheby's owes its founding to Samuel Baker.
Christie's owed its foundation to James Christie.
Palais Garnier owes its design to Charles Garnier.
Sotheby's honours John Sotheby in its name.
Palais Garnier's name honours Charles Garnier.
Chanel honours Coco Chanel in its name.
Palais Garnier was designed by Charles Garnier. The house is located in Paris.
Palais Garnier was designed by Charles Garnier. The opera house is located in Paris.
Dior was founded in 1946 by Christian Dior.
@houses user:lea
You loved Chanel, a fashion house founded by Coco Chanel.

@treasures
The 1933 Double Eagle was minted at the Philadelphia Mint.
The 1933 Double Eagle came out of the Philadelphia Mint.
The Gothic Crown emerged from the Royal Mint.
The 1933 Double Eagle came out of the Philadelphia Mint in 1933.
The 1933 Double Eagle owes its design to Augustus Saint-Gaudens.
The Brasher Doubloon honours Ephraim Brasher in its name.
The Brasher Doubloon's name honours Ephraim Brasher.
The 1933 Double Eagle was once the property of King Farouk.
The 1933 Double Eagle is the property of the Federal Reserve.
The Brasher Doubloon was once in the hands of Louis Eliasberg.
The Gothic Crown is a silver coin struck at the Royal Mint.
The 1933 Double Eagle is one of the gold coins struck at the Philadelphia Mint.
The Hoxne Hoard was found in 1992 by Eric Lawes.
The Hoxne Hoard was found in 1992 in Hoxne.
@treasures user:tom
You loved the 1933 Double Eagle, a gold coin that came out of the Philadelphia Mint.

@space
Mir was struck by Progress M-34.
Mir came out of Khrunichev.
Hubble came out of Lockheed Martin.
Mir emerged from Khrunichev.
Mir owes its construction to Khrunichev.
Hubble honours Edwin Hubble in its name.
Kepler's name honours Johannes Kepler.
Kepler was built by Ball Aerospace. The telescope's name honours Johannes Kepler.
# (hash-dependent, left out: "Mir is a space station built by Khrunichev.", "Hubble is a space
# telescope built by Lockheed Martin.", "Juno is a space probe built by Lockheed Martin." (see the
# module docstring: one of the three is accepted, which one depends on PYTHONHASHSEED)
Mir is a station built by Khrunichev.
Hubble is a telescope built by Lockheed Martin.
Juno is a probe built by Lockheed Martin.
Juno is one of the probes built by Lockheed Martin.
Hubble is one of the telescopes launched from the Kennedy Space Center.
Mir was launched in 1986 on Proton.

@airports
Heathrow is an international airport serving London.
London City Airport is a regional airport serving London.
Beauvais-Tillé Airport is one of the regional airports serving Paris.
Heathrow is one of the international airports serving London.
Dulles Airport honours John Foster Dulles in its name.
JFK Airport's name honours John F. Kennedy.
Dulles Airport owes its design to Eero Saarinen.
Heathrow was once the property of BAA.
Heathrow is the property of Heathrow Airport Holdings.
George Best Belfast City Airport was once in the hands of the Royal Air Force.
Liverpool John Lennon Airport is in the possession of Peel Group.
KLM belonged to the Wings Alliance.
Air France belonged to SkyTeam.
Heathrow is a hub for British Airways. The airport was designed by Frederick Gibberd.
Heathrow was opened in 1946 by Clement Attlee.

@distilleries
Lagavulin lies in Islay.
Lagavulin lies in Argyll.
Talisker lies in the Islands.
Lagavulin stands in Kildalton.
Lagavulin lies in the Islay whisky region.
Lagavulin and Laphroaig lie in Islay.
Lagavulin is a malt distillery owned by Diageo.
Diageo owns the malt distilleries Lagavulin and Talisker.
Cameronbridge is one of the grain distilleries owned by Diageo.
Lagavulin, one of the malt distilleries owned by Diageo, lies in Islay.
Lagavulin owes its founding to John Johnston.
Ardbeg owes its design to Charles Doig.
Laphroaig was once the property of Allied Domecq.
Laphroaig is in the possession of Suntory Global Spirits.
Glenfiddich lies in the whisky region of Speyside; Macallan also lies in the region.
Royal Lochnagar lies within Cairngorms National Park; Dalwhinnie also lies within the park.
Lagavulin was founded by John Johnston. The distillery is owned by Diageo.
@distilleries user:ian
You loved Talisker, a malt distillery owned by Diageo.

@newspapers
The Guardian was founded in 1821 in Manchester.
The Guardian was founded in 1821 in Manchester by John Edward Taylor.
Time was founded in 1923 in New York City.
Der Spiegel was first published in 1947 in Hanover.
The Times was founded in 1785 in London by John Walter.
The Observer is a weekly newspaper published in London.
The Times is one of the daily newspapers owned by Rupert Murdoch.
The Economist is a news magazine published in London.
The Times was once the property of Lord Northcliffe.
The Times is in the possession of Rupert Murdoch.
The Washington Post was in the hands of Donald Graham.
The Guardian owes its founding to John Edward Taylor.
The Times is printed at Broxbourne printing plant. The plant also prints The Sunday Times.
@newspapers user:eva
You loved The Guardian, a daily newspaper founded by John Edward Taylor.
"""


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


def check_all():
    out = []
    for key, user, text in cases():
        ok, reason = check(key, text, user)
        out.append((key, user, text, ok, reason))
    return out


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
