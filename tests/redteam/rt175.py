"""Red team round 175 on this round's new readings (CHANGES.diff): (1) a part said before its noun
for a relation "has a <part> made of / of / from / in" or "has the <noun>" ("has a gold nib", "with a
steel case", "both have gold nibs", a second part after "and" / ","), and the part noun as a
relation noun ("X's nib is gold"); (2) a relation whose phrase is the bare copula "is"; (3) "uses a /
uses an" read "has a", "with a"; (4) a bare participle after "and" that takes the passive's
auxiliary; (5) "was built by" a works or a firm read "was built at" it; (6) coins and medals
(``MINTED_WORDS``): "struck / minted at / in" the mint, the mint "minted / produced" it, "struck in"
a metal, "bears / carries / features (a portrait of)" what it "depicts", "appears on", "first struck
/ minted in <year>", "Struck in <year>, X", "introduced in <year>"; (7) a product "was built in" a
country read "was made / manufactured / produced in", the verbs of making one verb before a place
("made by X in Y"); (8) software "is written in" read "is programmed / coded / implemented in";
(9) "is preserved at" read "is kept / housed at / in"; (10) new type nouns (system, os, synth,
instrument, engine, loco).

Five graphs of my own (see each builder's docstring): parts (fountain pens and watches with the
materials of their nibs, bodies, cases and bezels, their filling systems, the firm whose movement a
watch has or "uses a", the owners of firms), synths (synthesizers "is" a voicing, "uses a" filter or
kernel, operating systems and books "written in" a programming or a natural language, a console),
coins (coins and medals struck at mints, made of metals, depicting figures; the Victoria Cross and
the Kaiyuan Tongbao are cast, never struck; the 1804 dollar was first struck in 1834; crowns of the
Crown Jewels, whose type's head noun is a coin's; films, a stamp and a banknote that "depict"
people), railways (locomotives and ships with builders, designers, past operators, owners, museums
where each is preserved and museums it was only displayed at), goods (products built in one country
by firms based in another, a film shot in New Zealand).

Findings (56 of 464 false texts accepted; the starting code, CHANGES.diff reversed, accepts none of
them, but 10 others, the KNOWN ones; 20 arguable texts are OPEN):

* (6) "struck / minted in <year>", "Struck in <year>, X", "first minted in", "introduced in" read
  the item's year as its first striking of anything whose type's head noun is in ``MINTED_WORDS``,
  whether or not it was ever struck, or struck that year: a coin dated a year it was not struck in
  ("The 1804 dollar was struck in 1804", "Struck in 1804, the 1804 dollar depicts Liberty", "The
  1804 dollar was introduced in 1804": first struck in 1834), a cast medal dated by its institution
  ("The Victoria Cross was minted in 1856", "The Victoria Cross, minted in 1856, is cast by
  Hancocks"), a cast coin ("The Kaiyuan Tongbao was struck in 621"), and crowns of the Crown Jewels
  ("crown" is a coin's word: "St Edward's Crown was first minted in 1661", "Struck in 1937, the
  Imperial State Crown is made of gold") (22).
* (6) "struck / minted in" a metal for "is made of" of the same: "The Victoria Cross was struck in
  bronze", "The Victoria Cross is cast by Hancocks and struck in bronze", "The Kaiyuan Tongbao was
  struck in bronze", "St Edward's Crown was struck in gold", "The Imperial State Crown is minted in
  gold" (13).
* (6) "depicts" of a relation whose domain has a coin also reads "appears on" for its films: "Abraham
  Lincoln appears on Lincoln", "George III appeared on The Madness of King George" (played by actors)
  (4; "bears a portrait of", "features" of a film are OPEN).
* (8) "is written in" whose objects include natural languages (books) reads "is coded / programmed /
  implemented in" of the books: "The C Programming Language is coded in English", "Lions'
  Commentary on UNIX is implemented in English", "Just for Fun, a book coded in English, was written
  by Linus Torvalds" (10).
* (1) a second part after "," is read of the first part's object, not of the item: "The Tudor
  Heritage Black Bay has an ETA movement, a Swatch Group owner" (ETA has that owner; Tudor and its
  watches belong to the Hans Wilsdorf Foundation), "The Tudor Pelagos is a watch with an ETA
  movement, a Swatch Group owner" (7).

Held: a part read for another part, material or pen ("has a gold body" where gold is the nib),
negated, in "both have" lists, after "like", in another pen's relative clause, "and" after a part
(which reads the item's); "X's nib is gold", "the nib of X", "X has a nib of gold" for the wrong
part; "has the owner" reversed or of another group; "uses a" a firm read "has a", "with a" of the
wrong firm; bare "is" of another voicing, in lists, "also", "too", ellipsis, names, people; "uses a"
of the wrong kernel or filter; "coded in" of an OS in a natural language; "system", "os", "synth",
"instrument", "loco", "engine" of the wrong kind; "built at" a museum, an operator, another works;
"kept / housed at" a museum a locomotive only visited; a shared auxiliary across clauses, in the
present where the graph says "was operated by", negated; "made / manufactured / produced in" the
maker's country, where it was designed, of a film; "made by X in Y" where Y is X's country (accepted
by the starting code: KNOWN); struck at another mint, in another city; "minted / produced" by another
mint; "appears on" another coin, of its designer, reversed.

Rejected controls: "The Lamy 2000 has a gold nib and a Makrolon body.", "The Rolex Submariner has a
steel case and a ceramic bezel." (the second part after "and" is read of the first part's object),
"The Pelikan Souveran M800's nib is made of gold.", "The Flowing Hair dollar was first struck in
1794." ("first struck" unread), "The Morgan dollar was struck in Philadelphia." (the mint's city),
"The Prophet-5 is also polyphonic.", "Linux is an operating system.", "Mallard is a loco.", "Mallard
was built at Doncaster.", "The Yamaha DX7 was made in Japan in 1983."
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


def parts():
    """Fountain pens and watches with parts (items: the year each came out). "has a nib made of",
    "has a body made of" (pens; the Lamy 2000's nib is platinum-coated gold, its body Makrolon and
    brushed steel), "has the filling system" (piston, cartridge, vacuum); "has a case made of", "has a
    bezel made of" (watches); "has a movement from" the firm whose movement the watch has (ETA for the
    Hamilton Khaki, the Tudor Heritage Black Bay and the Tudor Pelagos; Sellita for the Oris Aquis);
    "uses a" the firm whose movement three other watches use ("uses an ETA"); "is made by", "was
    designed by"; "has the owner" (firms: Swatch Group owns Omega, Hamilton, Tissot and ETA; Tudor and
    Rolex belong to the Hans Wilsdorf Foundation, Montblanc to Richemont, Parker to Newell Brands,
    Seiko Instruments to Seiko Group; no watch has an owner)."""
    rels = [
        R("nib", phrase="has a nib made of", inverse_phrase="is the nib material of", domain=("fountain_pen",),
          range=("material",)),
        R("body", phrase="has a body made of", inverse_phrase="is the body material of", domain=("fountain_pen",),
          range=("material",)),
        R("filling", phrase="has the filling system", inverse_phrase="is the filling system of",
          domain=("fountain_pen",), range=("filling_system",)),
        R("case", phrase="has a case made of", inverse_phrase="is the case material of", domain=("watch",),
          range=("material",)),
        R("bezel", phrase="has a bezel made of", inverse_phrase="is the bezel material of", domain=("watch",),
          range=("material",)),
        R("movement_from", phrase="has a movement from", inverse_phrase="supplies the movement of",
          domain=("watch",), range=("company",)),
        R("uses_a", phrase="uses a", inverse_phrase="supplies", domain=("watch",), range=("company",)),
        R("made_by", phrase="is made by", inverse_phrase="makes", domain=("fountain_pen", "watch"),
          range=("company",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("fountain_pen", "watch"),
          range=("designer",)),
        R("owner", phrase="has the owner", inverse_phrase="owns", domain=("company",), range=("company",)),
    ]
    items = {
        "p:l2k": ("fountain_pen", "Lamy 2000", 1966), "p:safari": ("fountain_pen", "Lamy Safari", 1980),
        "p:m800": ("fountain_pen", "Pelikan Souveran M800", 1987),
        "p:149": ("fountain_pen", "Montblanc Meisterstuck 149", 1952),
        "p:eco": ("fountain_pen", "TWSBI Eco", 2015), "p:vp": ("fountain_pen", "Pilot Vanishing Point", 1963),
        "p:p51": ("fountain_pen", "Parker 51", 1941),
        "w:sub": ("watch", "Rolex Submariner", 1953), "w:speedy": ("watch", "Omega Speedmaster Professional", 1957),
        "w:daydate": ("watch", "Rolex Day-Date", 1956), "w:khaki": ("watch", "Hamilton Khaki Field Mechanical", 2018),
        "w:aquis": ("watch", "Oris Aquis Date", 2011), "w:gshock": ("watch", "Casio G-Shock DW-5600", 1987),
        "w:blackbay": ("watch", "Tudor Heritage Black Bay", 2012), "w:pelagos": ("watch", "Tudor Pelagos", 2012),
        "w:prx": ("watch", "Tissot PRX Powermatic 80", 2021),
        "w:c60": ("watch", "Christopher Ward C60 Trident", 2011), "w:invicta": ("watch", "Invicta Pro Diver 8926", 2009),
    }
    others = {
        "m:gold": ("material", "gold"), "m:steel": ("material", "steel"), "m:resin": ("material", "resin"),
        "m:makrolon": ("material", "Makrolon"), "m:abs": ("material", "ABS"), "m:brass": ("material", "brass"),
        "m:lucite": ("material", "Lucite"), "m:ceramic": ("material", "ceramic"),
        "m:aluminium": ("material", "aluminium"), "m:titanium": ("material", "titanium"),
        "m:platinum": ("material", "platinum"),
        "s:piston": ("filling_system", "piston"), "s:cartridge": ("filling_system", "cartridge"),
        "s:vacuum": ("filling_system", "vacuum"),
        "f:lamy": ("company", "Lamy"), "f:pelikan": ("company", "Pelikan"), "f:montblanc": ("company", "Montblanc"),
        "f:twsbi": ("company", "TWSBI"), "f:pilot": ("company", "Pilot"), "f:parker": ("company", "Parker"),
        "f:rolex": ("company", "Rolex"), "f:omega": ("company", "Omega"), "f:hamilton": ("company", "Hamilton"),
        "f:oris": ("company", "Oris"), "f:casio": ("company", "Casio"), "f:eta": ("company", "ETA"),
        "f:sellita": ("company", "Sellita"), "f:swatch": ("company", "Swatch Group"),
        "f:richemont": ("company", "Richemont"), "f:newell": ("company", "Newell Brands"), "f:tudor": ("company", "Tudor"),
        "f:hwf": ("company", "Hans Wilsdorf Foundation"), "f:tissot": ("company", "Tissot"),
        "f:cward": ("company", "Christopher Ward"), "f:invicta": ("company", "Invicta"),
        "f:sii": ("company", "Seiko Instruments"), "f:seiko": ("company", "Seiko Group"),
        "d:muller": ("designer", "Gerd A. Muller"), "d:fabian": ("designer", "Wolfgang Fabian"),
        "d:ibe": ("designer", "Kikuo Ibe"), "d:baillod": ("designer", "Claude Baillod"),
    }
    T_ = _t("nib", [("p:l2k", "m:gold"), ("p:l2k", "m:platinum"), ("p:safari", "m:steel"), ("p:m800", "m:gold"),
                    ("p:149", "m:gold"), ("p:eco", "m:steel"), ("p:vp", "m:gold"), ("p:p51", "m:gold")])
    T_ += _t("body", [("p:l2k", "m:makrolon"), ("p:l2k", "m:steel"), ("p:safari", "m:abs"), ("p:m800", "m:resin"),
                      ("p:149", "m:resin"), ("p:eco", "m:resin"), ("p:vp", "m:brass"), ("p:p51", "m:lucite")])
    T_ += _t("filling", [("p:l2k", "s:piston"), ("p:safari", "s:cartridge"), ("p:m800", "s:piston"),
                         ("p:149", "s:piston"), ("p:eco", "s:piston"), ("p:vp", "s:cartridge"), ("p:p51", "s:vacuum")])
    T_ += _t("case", [("w:sub", "m:steel"), ("w:speedy", "m:steel"), ("w:daydate", "m:gold"), ("w:khaki", "m:steel"),
                      ("w:aquis", "m:steel"), ("w:gshock", "m:resin"), ("w:blackbay", "m:steel"),
                      ("w:pelagos", "m:titanium")])
    T_ += _t("bezel", [("w:sub", "m:ceramic"), ("w:speedy", "m:aluminium"), ("w:daydate", "m:gold"),
                       ("w:khaki", "m:steel"), ("w:aquis", "m:ceramic"), ("w:gshock", "m:resin"),
                       ("w:blackbay", "m:aluminium"), ("w:pelagos", "m:ceramic")])
    T_ += _t("movement_from", [("w:sub", "f:rolex"), ("w:speedy", "f:omega"), ("w:daydate", "f:rolex"),
                               ("w:khaki", "f:eta"), ("w:aquis", "f:sellita"), ("w:gshock", "f:casio"),
                               ("w:blackbay", "f:eta"), ("w:pelagos", "f:eta")])
    T_ += _t("uses_a", [("w:prx", "f:eta"), ("w:c60", "f:sellita"), ("w:invicta", "f:sii")])
    T_ += _t("made_by", [("p:l2k", "f:lamy"), ("p:safari", "f:lamy"), ("p:m800", "f:pelikan"), ("p:149", "f:montblanc"),
                         ("p:eco", "f:twsbi"), ("p:vp", "f:pilot"), ("p:p51", "f:parker"), ("w:sub", "f:rolex"),
                         ("w:speedy", "f:omega"), ("w:daydate", "f:rolex"), ("w:khaki", "f:hamilton"),
                         ("w:aquis", "f:oris"), ("w:gshock", "f:casio"), ("w:blackbay", "f:tudor"),
                         ("w:pelagos", "f:tudor"), ("w:prx", "f:tissot"), ("w:c60", "f:cward"),
                         ("w:invicta", "f:invicta")])
    T_ += _t("designed_by", [("p:l2k", "d:muller"), ("p:safari", "d:fabian"), ("w:gshock", "d:ibe"),
                             ("w:speedy", "d:baillod")])
    T_ += _t("owner", [("f:omega", "f:swatch"), ("f:hamilton", "f:swatch"), ("f:eta", "f:swatch"),
                       ("f:tissot", "f:swatch"), ("f:montblanc", "f:richemont"), ("f:parker", "f:newell"),
                       ("f:tudor", "f:hwf"), ("f:rolex", "f:hwf"), ("f:sii", "f:seiko")])
    return _build(items, others, rels, T_)


def synths():
    """Synthesizers, operating systems and books (items: the year each came out). "is" (the bare
    copula: a synthesizer's voicing, monophonic, duophonic, polyphonic or paraphonic); "uses a" (a
    synthesizer's filter, an operating system's kind of kernel); "is written in" (an operating
    system's programming languages, a book's natural language: no book is "coded" in English);
    "is made by", "was designed by" (synthesizers), "was developed by" (operating systems and a
    console, the PlayStation), "was written by" (books), "is based in"."""
    rels = [
        R("voicing", phrase="is", inverse_phrase="is the voicing of", domain=("synthesizer",), range=("voicing",)),
        R("uses_a", phrase="uses a", inverse_phrase="is used in", domain=("synthesizer", "operating_system"),
          range=("filter", "kernel")),
        R("written_in", phrase="is written in", inverse_phrase="is the language of",
          domain=("operating_system", "book"), range=("programming_language", "language")),
        R("made_by", phrase="is made by", inverse_phrase="makes", domain=("synthesizer",), range=("company",)),
        R("developed_by", phrase="was developed by", inverse_phrase="developed", domain=("operating_system", "console"),
          range=("company",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("synthesizer",),
          range=("engineer",)),
        R("author", phrase="was written by", inverse_phrase="wrote", domain=("book",), range=("writer",)),
        R("based_in", phrase="is based in", inverse_phrase="is home to", domain=("company",), range=("city",)),
    ]
    items = {
        "s:minimoog": ("synthesizer", "Minimoog", 1970), "s:odyssey": ("synthesizer", "ARP Odyssey", 1972),
        "s:prophet5": ("synthesizer", "Prophet-5", 1978), "s:dx7": ("synthesizer", "Yamaha DX7", 1983),
        "s:tb303": ("synthesizer", "Roland TB-303", 1981), "s:juno60": ("synthesizer", "Roland Juno-60", 1982),
        "s:ms20": ("synthesizer", "Korg MS-20", 1978), "s:monopoly": ("synthesizer", "Korg Mono/Poly", 1981),
        "o:linux": ("operating_system", "Linux", 1991), "o:macos": ("operating_system", "macOS", 2001),
        "o:win": ("operating_system", "Windows NT", 1993), "o:minix": ("operating_system", "MINIX", 1987),
        "o:beos": ("operating_system", "BeOS", 1995), "o:redox": ("operating_system", "Redox", 2015),
        "c:ps": ("console", "PlayStation", 1994),
        "b:knr": ("book", "The C Programming Language", 1978), "b:fun": ("book", "Just for Fun", 2001),
        "b:lions": ("book", "Lions' Commentary on UNIX", 1977),
    }
    others = {
        "v:mono": ("voicing", "monophonic"), "v:duo": ("voicing", "duophonic"), "v:poly": ("voicing", "polyphonic"),
        "v:para": ("voicing", "paraphonic"),
        "x:ladder": ("filter", "ladder filter"), "x:diode": ("filter", "diode ladder filter"),
        "x:sk": ("filter", "Sallen-Key filter"),
        "k:hybrid": ("kernel", "hybrid kernel"), "k:mono": ("kernel", "monolithic kernel"),
        "k:micro": ("kernel", "microkernel"),
        "l:c": ("programming_language", "C"), "l:cpp": ("programming_language", "C++"),
        "l:rust": ("programming_language", "Rust"), "l:asm": ("programming_language", "assembly language"),
        "l:english": ("language", "English"), "l:finnish": ("language", "Finnish"),
        "f:moog": ("company", "Moog Music"), "f:arp": ("company", "ARP Instruments"),
        "f:sequential": ("company", "Sequential Circuits"), "f:yamaha": ("company", "Yamaha"),
        "f:roland": ("company", "Roland"), "f:korg": ("company", "Korg"), "f:apple": ("company", "Apple"),
        "f:microsoft": ("company", "Microsoft"), "f:be": ("company", "Be Inc."), "f:sony": ("company", "Sony"),
        "e:moog": ("engineer", "Bob Moog"), "e:pearlman": ("engineer", "Alan R. Pearlman"),
        "e:smith": ("engineer", "Dave Smith"), "e:kikumoto": ("engineer", "Tadao Kikumoto"),
        "e:mieda": ("engineer", "Fumio Mieda"),
        "w:kernighan": ("writer", "Brian Kernighan"), "w:torvalds": ("writer", "Linus Torvalds"),
        "w:lions": ("writer", "John Lions"),
        "y:asheville": ("city", "Asheville"), "y:hamamatsu": ("city", "Hamamatsu"), "y:tokyo": ("city", "Tokyo"),
        "y:cupertino": ("city", "Cupertino"), "y:redmond": ("city", "Redmond"),
    }
    T_ = _t("voicing", [("s:minimoog", "v:mono"), ("s:odyssey", "v:duo"), ("s:prophet5", "v:poly"),
                        ("s:dx7", "v:poly"), ("s:tb303", "v:mono"), ("s:juno60", "v:poly"), ("s:ms20", "v:mono"),
                        ("s:monopoly", "v:para")])
    T_ += _t("uses_a", [("s:minimoog", "x:ladder"), ("s:tb303", "x:diode"), ("s:ms20", "x:sk"),
                        ("o:linux", "k:mono"), ("o:macos", "k:hybrid"), ("o:win", "k:hybrid"), ("o:minix", "k:micro"),
                        ("o:beos", "k:hybrid"), ("o:redox", "k:micro")])
    T_ += _t("written_in", [("o:linux", "l:c"), ("o:macos", "l:c"), ("o:macos", "l:cpp"), ("o:win", "l:c"),
                            ("o:win", "l:cpp"), ("o:minix", "l:c"), ("o:beos", "l:cpp"), ("o:redox", "l:rust"),
                            ("b:knr", "l:english"), ("b:fun", "l:english"), ("b:lions", "l:english")])
    T_ += _t("made_by", [("s:minimoog", "f:moog"), ("s:odyssey", "f:arp"), ("s:prophet5", "f:sequential"),
                         ("s:dx7", "f:yamaha"), ("s:tb303", "f:roland"), ("s:juno60", "f:roland"), ("s:ms20", "f:korg"),
                         ("s:monopoly", "f:korg")])
    T_ += _t("developed_by", [("o:macos", "f:apple"), ("o:win", "f:microsoft"), ("o:beos", "f:be"), ("c:ps", "f:sony")])
    T_ += _t("designed_by", [("s:minimoog", "e:moog"), ("s:odyssey", "e:pearlman"), ("s:prophet5", "e:smith"),
                             ("s:tb303", "e:kikumoto"), ("s:ms20", "e:mieda")])
    T_ += _t("author", [("b:knr", "w:kernighan"), ("b:fun", "w:torvalds"), ("b:lions", "w:lions")])
    T_ += _t("based_in", [("f:moog", "y:asheville"), ("f:yamaha", "y:hamamatsu"), ("f:roland", "y:hamamatsu"),
                          ("f:korg", "y:tokyo"), ("f:apple", "y:cupertino"), ("f:microsoft", "y:redmond"),
                          ("f:sony", "y:tokyo")])
    return _build(items, others, rels, T_)


def coins():
    """Coins, medals, crowns and things that depict people (items: the year each coin was first
    struck, except the 1804 dollar, which bears the date 1804 and was first struck in 1834 (the
    year here is its date); the year each medal was instituted (the Victoria Cross in 1856, first cast
    in 1857); the year each crown was made; the year each film, stamp and banknote came out).
    "was struck at" a mint (the Victoria Cross is cast by Hancocks, the Kaiyuan Tongbao was cast in
    bronze: neither is struck, nor struck at a mint; the crowns of the Crown Jewels are goldsmiths'
    work, "was made by"); "is made of" a metal; "depicts" (coins, medals, two films, a stamp, a
    banknote: Abraham Lincoln and George III are played by actors in the films, never appear on
    them); "was designed by" an engraver; "is cast by"; "is issued by" a country; mints "are located
    in" (now) or "were located in" (once) a city."""
    rels = [
        R("struck_at", phrase="was struck at", inverse_phrase="struck", domain=("coin", "medal"), range=("mint",)),
        R("made_of", phrase="is made of", inverse_phrase="is the metal of", domain=("coin", "medal", "crown"),
          range=("metal",)),
        R("depicts", phrase="depicts", inverse_phrase="is depicted on",
          domain=("coin", "medal", "film", "stamp", "banknote"), range=("person", "figure", "animal", "monarch")),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("coin", "medal"),
          range=("engraver",)),
        R("crown_made_by", phrase="was made by", inverse_phrase="made", domain=("crown",),
          range=("goldsmith", "company")),
        R("cast_by", phrase="is cast by", inverse_phrase="casts", domain=("medal",), range=("company",)),
        R("issued_by", phrase="is issued by", inverse_phrase="issues", domain=("coin",), range=("country",)),
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("mint", "company"),
          range=("city",)),
        R("was_located_in", phrase="was located in", inverse_phrase="was home to", domain=("mint",),
          range=("city",)),
    ]
    items = {
        "c:flowing": ("coin", "Flowing Hair dollar", 1794), "c:morgan": ("coin", "Morgan dollar", 1878),
        "c:peace": ("coin", "Peace dollar", 1921), "c:1804": ("coin", "1804 dollar", 1804),
        "c:sovereign": ("coin", "Sovereign", 1817), "c:kruger": ("coin", "Krugerrand", 1967),
        "c:maple": ("coin", "Gold Maple Leaf", 1979), "c:britannia": ("coin", "Britannia", 1987),
        "c:kaiyuan": ("coin", "Kaiyuan Tongbao", 621), "c:cartwheel": ("coin", "Cartwheel penny", 1797),
        "c:lincoln": ("coin", "Lincoln cent", 1909),
        "d:vc": ("medal", "Victoria Cross", 1856), "d:gc": ("medal", "George Cross", 1940),
        "j:edward": ("crown", "St Edward's Crown", 1661), "j:state": ("crown", "Imperial State Crown", 1937),
        "f:lincoln": ("film", "Lincoln", 2012), "f:madness": ("film", "The Madness of King George", 1994),
        "s:pennyblack": ("stamp", "Penny Black", 1840), "b:fiver": ("banknote", "Churchill fiver", 2016),
    }
    others = {
        "t:philly": ("mint", "Philadelphia Mint"), "t:carson": ("mint", "Carson City Mint"),
        "t:neworleans": ("mint", "New Orleans Mint"), "t:sf": ("mint", "San Francisco Mint"),
        "t:denver": ("mint", "Denver Mint"), "t:royal": ("mint", "Royal Mint"),
        "t:sam": ("mint", "South African Mint"), "t:rcm": ("mint", "Royal Canadian Mint"),
        "t:soho": ("mint", "Soho Mint"),
        "m:silver": ("metal", "silver"), "m:gold": ("metal", "gold"), "m:bronze": ("metal", "bronze"),
        "m:copper": ("metal", "copper"),
        "p:liberty": ("figure", "Liberty"), "p:george": ("figure", "Saint George"), "p:britannia": ("figure", "Britannia"),
        "p:kruger": ("person", "Paul Kruger"), "p:springbok": ("animal", "springbok"), "p:lion": ("animal", "lion"),
        "p:lincoln": ("person", "Abraham Lincoln"), "p:churchill": ("person", "Winston Churchill"),
        "p:eliz": ("monarch", "Elizabeth II"), "p:victoria": ("monarch", "Queen Victoria"),
        "p:george3": ("monarch", "George III"),
        "g:scot": ("engraver", "Robert Scot"), "g:morgan": ("engraver", "George T. Morgan"),
        "g:francisci": ("engraver", "Anthony de Francisci"), "g:pistrucci": ("engraver", "Benedetto Pistrucci"),
        "g:steynberg": ("engraver", "Coert Steynberg"), "g:metcalfe": ("engraver", "Percy Metcalfe"),
        "g:kuchler": ("engraver", "Conrad Kuchler"), "g:brenner": ("engraver", "Victor David Brenner"),
        "h:hancocks": ("company", "Hancocks"), "h:vyner": ("goldsmith", "Robert Vyner"),
        "h:garrard": ("company", "Garrard & Co"),
        "k:us": ("country", "United States"), "k:uk": ("country", "United Kingdom"), "k:sa": ("country", "South Africa"),
        "k:canada": ("country", "Canada"), "k:tang": ("country", "Tang China"),
        "y:philly": ("city", "Philadelphia"), "y:carson": ("city", "Carson City"), "y:no": ("city", "New Orleans"),
        "y:sf": ("city", "San Francisco"), "y:denver": ("city", "Denver"), "y:llantrisant": ("city", "Llantrisant"),
        "y:london": ("city", "London"), "y:centurion": ("city", "Centurion"), "y:ottawa": ("city", "Ottawa"),
        "y:birmingham": ("city", "Birmingham"),
    }
    T_ = _t("struck_at", [("c:flowing", "t:philly"), ("c:morgan", "t:philly"), ("c:morgan", "t:carson"),
                          ("c:morgan", "t:neworleans"), ("c:morgan", "t:sf"), ("c:morgan", "t:denver"),
                          ("c:peace", "t:philly"), ("c:peace", "t:denver"), ("c:peace", "t:sf"),
                          ("c:1804", "t:philly"), ("c:sovereign", "t:royal"), ("c:kruger", "t:sam"),
                          ("c:maple", "t:rcm"), ("c:britannia", "t:royal"), ("d:gc", "t:royal"),
                          ("c:cartwheel", "t:soho"), ("c:lincoln", "t:philly")])
    T_ += _t("made_of", [("c:flowing", "m:silver"), ("c:morgan", "m:silver"), ("c:peace", "m:silver"),
                         ("c:1804", "m:silver"), ("c:sovereign", "m:gold"), ("c:kruger", "m:gold"),
                         ("c:maple", "m:gold"), ("c:britannia", "m:gold"), ("c:kaiyuan", "m:bronze"),
                         ("d:vc", "m:bronze"), ("d:gc", "m:silver"), ("c:cartwheel", "m:copper"),
                         ("c:lincoln", "m:bronze"), ("j:edward", "m:gold"), ("j:state", "m:gold")])
    T_ += _t("depicts", [("c:flowing", "p:liberty"), ("c:morgan", "p:liberty"), ("c:peace", "p:liberty"),
                         ("c:1804", "p:liberty"), ("c:sovereign", "p:george"), ("c:kruger", "p:kruger"),
                         ("c:kruger", "p:springbok"), ("c:maple", "p:eliz"), ("c:britannia", "p:britannia"),
                         ("d:vc", "p:lion"), ("d:gc", "p:george"), ("c:cartwheel", "p:george3"),
                         ("c:lincoln", "p:lincoln"), ("f:lincoln", "p:lincoln"), ("f:madness", "p:george3"),
                         ("s:pennyblack", "p:victoria"), ("b:fiver", "p:churchill"), ("b:fiver", "p:eliz")])
    T_ += _t("designed_by", [("c:flowing", "g:scot"), ("c:morgan", "g:morgan"), ("c:peace", "g:francisci"),
                             ("c:1804", "g:scot"), ("c:sovereign", "g:pistrucci"), ("c:kruger", "g:steynberg"),
                             ("d:gc", "g:metcalfe"), ("c:cartwheel", "g:kuchler"), ("c:lincoln", "g:brenner")])
    T_ += _t("crown_made_by", [("j:edward", "h:vyner"), ("j:state", "h:garrard")])
    T_ += _t("cast_by", [("d:vc", "h:hancocks")])
    T_ += _t("issued_by", [("c:flowing", "k:us"), ("c:morgan", "k:us"), ("c:peace", "k:us"), ("c:1804", "k:us"),
                           ("c:sovereign", "k:uk"), ("c:kruger", "k:sa"), ("c:maple", "k:canada"),
                           ("c:britannia", "k:uk"), ("c:kaiyuan", "k:tang"), ("c:cartwheel", "k:uk"),
                           ("c:lincoln", "k:us")])
    T_ += _t("located_in", [("t:philly", "y:philly"), ("t:denver", "y:denver"), ("t:sf", "y:sf"),
                            ("t:royal", "y:llantrisant"), ("t:sam", "y:centurion"), ("t:rcm", "y:ottawa"),
                            ("h:hancocks", "y:london")])
    T_ += _t("was_located_in", [("t:carson", "y:carson"), ("t:neworleans", "y:no"), ("t:royal", "y:london"),
                                ("t:soho", "y:birmingham")])
    return _build(items, others, rels, T_)


def railways():
    """Locomotives and ships (items: the year each was built). "was built by" a works, a firm or a
    dockyard (no person; no other relation says "built"): DP1 Deltic at English Electric's works
    in Preston, not Vulcan Foundry; "was designed by"; "was operated by" (past operators only: Big
    Boy 4014 was also owned by Union Pacific); "is owned by"; "is preserved at" the museum where each
    is kept now; "was displayed at" museums each only visited or left (Mallard and two of its sisters
    at Locomotion in 2014, Rocket and DP1 Deltic at the Science Museum for decades, Big Boy 4014 at
    Pomona until 2013); "is powered by" (two Deltic locomotives and their engine, the Napier Deltic,
    itself built by D. Napier & Son); "has the figurehead" (Cutty Sark's witch, Nannie Dee);
    museums and works "are located in" cities."""
    rels = [
        R("built_by", phrase="was built by", inverse_phrase="built", domain=("locomotive", "ship", "engine"),
          range=("works", "company", "dockyard")),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("locomotive", "ship"),
          range=("engineer",)),
        R("was_operated_by", phrase="was operated by", inverse_phrase="operated", domain=("locomotive", "ship"),
          range=("railway", "company")),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("locomotive",),
          range=("railway", "museum", "society")),
        R("preserved_at", phrase="is preserved at", inverse_phrase="preserves", domain=("locomotive", "ship"),
          range=("museum",)),
        R("displayed_at", phrase="was displayed at", inverse_phrase="displayed", domain=("locomotive",),
          range=("museum",)),
        R("powered_by", phrase="is powered by", inverse_phrase="powers", domain=("locomotive",), range=("engine",)),
        R("figurehead", phrase="has the figurehead", inverse_phrase="is the figurehead of", domain=("ship",),
          range=("figure",)),
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("museum", "works", "dockyard"),
          range=("city",)),
    ]
    items = {
        "l:mallard": ("locomotive", "Mallard", 1938), "l:scotsman": ("locomotive", "Flying Scotsman", 1923),
        "l:dde": ("locomotive", "Dwight D. Eisenhower", 1937), "l:doc": ("locomotive", "Dominion of Canada", 1937),
        "l:4014": ("locomotive", "Big Boy 4014", 1941), "l:4017": ("locomotive", "Big Boy 4017", 1941),
        "l:4012": ("locomotive", "Big Boy 4012", 1941), "l:rocket": ("locomotive", "Stephenson's Rocket", 1829),
        "l:dp1": ("locomotive", "DP1 Deltic", 1955), "l:alycidon": ("locomotive", "Alycidon", 1961),
        "s:cutty": ("ship", "Cutty Sark", 1869), "s:victory": ("ship", "HMS Victory", 1765),
        "e:deltic": ("engine", "Napier Deltic", None),
    }
    others = {
        "w:doncaster": ("works", "Doncaster Works"), "w:alco": ("company", "American Locomotive Company"),
        "w:rsco": ("company", "Robert Stephenson and Company"), "w:ee": ("company", "English Electric"),
        "w:vulcan": ("works", "Vulcan Foundry"), "w:scott": ("company", "Scott and Linton"),
        "w:chatham": ("dockyard", "Chatham Dockyard"), "w:napier": ("company", "D. Napier & Son"),
        "n:gresley": ("engineer", "Nigel Gresley"), "n:jabelmann": ("engineer", "Otto Jabelmann"),
        "n:stephenson": ("engineer", "Robert Stephenson"), "n:slade": ("engineer", "Thomas Slade"),
        "n:linton": ("engineer", "Hercules Linton"),
        "r:lner": ("railway", "London and North Eastern Railway"), "r:br": ("railway", "British Railways"),
        "r:up": ("railway", "Union Pacific"), "r:lmr": ("railway", "Liverpool and Manchester Railway"),
        "r:willis": ("company", "John Willis and Son"), "r:navy": ("company", "Royal Navy"),
        "u:nrm": ("museum", "National Railway Museum"), "u:locomotion": ("museum", "Locomotion"),
        "u:greenbay": ("museum", "National Railroad Museum"), "u:exporail": ("museum", "Exporail"),
        "u:steamtown": ("museum", "Steamtown"), "u:science": ("museum", "Science Museum"),
        "u:barrow": ("museum", "Barrow Hill Roundhouse"), "u:rmg": ("museum", "Royal Museums Greenwich"),
        "u:pompey": ("museum", "Portsmouth Historic Dockyard"), "u:railgiants": ("museum", "RailGiants Train Museum"),
        "o:dps": ("society", "Deltic Preservation Society"), "z:nannie": ("figure", "Nannie Dee"),
        "y:doncaster": ("city", "Doncaster"), "y:york": ("city", "York"), "y:shildon": ("city", "Shildon"),
        "y:greenbay": ("city", "Green Bay"), "y:scranton": ("city", "Scranton"), "y:london": ("city", "London"),
        "y:newtonlw": ("city", "Newton-le-Willows"),
        "y:chatham": ("city", "Chatham"), "y:portsmouth": ("city", "Portsmouth"), "y:pomona": ("city", "Pomona"),
        "y:saintconstant": ("city", "Saint-Constant"), "y:greenwich": ("city", "Greenwich"),
    }
    T_ = _t("built_by", [("l:mallard", "w:doncaster"), ("l:scotsman", "w:doncaster"), ("l:dde", "w:doncaster"),
                         ("l:doc", "w:doncaster"), ("l:4014", "w:alco"), ("l:4017", "w:alco"), ("l:4012", "w:alco"),
                         ("l:rocket", "w:rsco"), ("l:dp1", "w:ee"), ("l:alycidon", "w:vulcan"), ("s:cutty", "w:scott"),
                         ("s:victory", "w:chatham"), ("e:deltic", "w:napier")])
    T_ += _t("designed_by", [("l:mallard", "n:gresley"), ("l:scotsman", "n:gresley"), ("l:dde", "n:gresley"),
                             ("l:doc", "n:gresley"), ("l:4014", "n:jabelmann"), ("l:4017", "n:jabelmann"),
                             ("l:4012", "n:jabelmann"), ("l:rocket", "n:stephenson"), ("s:victory", "n:slade"),
                             ("s:cutty", "n:linton")])
    T_ += _t("was_operated_by", [(loco, r) for loco in ("l:mallard", "l:scotsman", "l:dde", "l:doc") for r in ("r:lner", "r:br")]
             + [("l:4014", "r:up"), ("l:4017", "r:up"), ("l:4012", "r:up"), ("l:rocket", "r:lmr"),
                ("l:alycidon", "r:br"), ("s:cutty", "r:willis"), ("s:victory", "r:navy")])
    T_ += _t("owned_by", [("l:4014", "r:up"), ("l:scotsman", "u:nrm"), ("l:mallard", "u:nrm"), ("l:alycidon", "o:dps")])
    T_ += _t("preserved_at", [("l:mallard", "u:nrm"), ("l:dde", "u:greenbay"), ("l:doc", "u:exporail"),
                              ("l:4017", "u:greenbay"), ("l:4012", "u:steamtown"), ("l:rocket", "u:nrm"),
                              ("l:dp1", "u:locomotion"), ("l:alycidon", "u:barrow"), ("s:cutty", "u:rmg"),
                              ("s:victory", "u:pompey")])
    T_ += _t("displayed_at", [("l:mallard", "u:locomotion"), ("l:dde", "u:nrm"), ("l:dde", "u:locomotion"),
                              ("l:doc", "u:nrm"), ("l:doc", "u:locomotion"), ("l:rocket", "u:science"),
                              ("l:dp1", "u:science"), ("l:4014", "u:railgiants")])
    T_ += _t("powered_by", [("l:dp1", "e:deltic"), ("l:alycidon", "e:deltic")])
    T_ += _t("figurehead", [("s:cutty", "z:nannie")])
    T_ += _t("located_in", [("u:nrm", "y:york"), ("u:locomotion", "y:shildon"), ("u:greenbay", "y:greenbay"),
                            ("u:steamtown", "y:scranton"), ("u:science", "y:london"), ("u:exporail", "y:saintconstant"),
                            ("u:rmg", "y:greenwich"), ("u:pompey", "y:portsmouth"), ("u:railgiants", "y:pomona"),
                            ("w:doncaster", "y:doncaster"), ("w:vulcan", "y:newtonlw"), ("w:chatham", "y:chatham")])
    return _build(items, others, rels, T_)


def goods():
    """Products and a film (items: the year each came out). "was built in" the country where each
    product is built (the Fender Player Stratocaster in Mexico, the Nikon D3500 and the Triumph
    Bonneville T120 in Thailand, the BMW X5 and the Toyota Tundra in the United States, the iPhone
    15 and the Epiphone Les Paul Special II in China), whatever country its maker is based in;
    "was designed in" (the iPhone 15 and the Toyota Tundra: the United States); "is made by";
    "was shot in", "was produced by" (a film); firms "are based in" countries."""
    rels = [
        R("built_in", phrase="was built in", inverse_phrase="is where was built",
          domain=("guitar", "camera", "motorcycle", "car", "smartphone", "synthesizer"), range=("country",)),
        R("designed_in", phrase="was designed in", inverse_phrase="is where was designed",
          domain=("smartphone", "car"), range=("country",)),
        R("made_by", phrase="is made by", inverse_phrase="makes",
          domain=("guitar", "camera", "motorcycle", "car", "smartphone", "synthesizer"), range=("company",)),
        R("shot_in", phrase="was shot in", inverse_phrase="is where was shot", domain=("film",), range=("country",)),
        R("produced_by", phrase="was produced by", inverse_phrase="produced", domain=("film",), range=("company",)),
        R("based_in", phrase="is based in", inverse_phrase="is home to", domain=("company",), range=("country",)),
    ]
    items = {
        "g:player": ("guitar", "Fender Player Stratocaster", 2018),
        "g:amprof": ("guitar", "Fender American Professional Stratocaster", 2017),
        "g:lespaul": ("guitar", "Gibson Les Paul Standard", 1958),
        "g:epi": ("guitar", "Epiphone Les Paul Special II", 1996),
        "k:d3500": ("camera", "Nikon D3500", 2018), "k:m6": ("camera", "Leica M6", 1984),
        "k:ae1": ("camera", "Canon AE-1", 1976),
        "b:bonneville": ("motorcycle", "Triumph Bonneville T120", 2016),
        "b:classic": ("motorcycle", "Royal Enfield Classic 350", 2009),
        "c:x5": ("car", "BMW X5", 1999), "c:tundra": ("car", "Toyota Tundra", 1999),
        "p:iphone": ("smartphone", "iPhone 15", 2023), "s:dx7": ("synthesizer", "Yamaha DX7", 1983),
        "m:fellowship": ("film", "The Fellowship of the Ring", 2001),
    }
    others = {
        "n:mexico": ("country", "Mexico"), "n:us": ("country", "United States"), "n:china": ("country", "China"),
        "n:thailand": ("country", "Thailand"), "n:germany": ("country", "Germany"), "n:japan": ("country", "Japan"),
        "n:uk": ("country", "United Kingdom"), "n:india": ("country", "India"), "n:nz": ("country", "New Zealand"),
        "f:fender": ("company", "Fender"), "f:gibson": ("company", "Gibson"), "f:epiphone": ("company", "Epiphone"),
        "f:nikon": ("company", "Nikon"), "f:leica": ("company", "Leica"), "f:canon": ("company", "Canon"),
        "f:triumph": ("company", "Triumph"), "f:enfield": ("company", "Royal Enfield"), "f:bmw": ("company", "BMW"),
        "f:toyota": ("company", "Toyota"), "f:apple": ("company", "Apple"), "f:yamaha": ("company", "Yamaha"),
        "f:newline": ("company", "New Line Cinema"),
    }
    T_ = _t("built_in", [("g:player", "n:mexico"), ("g:amprof", "n:us"), ("g:lespaul", "n:us"), ("g:epi", "n:china"),
                         ("k:d3500", "n:thailand"), ("k:m6", "n:germany"), ("k:ae1", "n:japan"),
                         ("b:bonneville", "n:thailand"), ("b:classic", "n:india"), ("c:x5", "n:us"),
                         ("c:tundra", "n:us"), ("p:iphone", "n:china"), ("s:dx7", "n:japan")])
    T_ += _t("designed_in", [("p:iphone", "n:us"), ("c:tundra", "n:us")])
    T_ += _t("made_by", [("g:player", "f:fender"), ("g:amprof", "f:fender"), ("g:lespaul", "f:gibson"),
                         ("g:epi", "f:epiphone"), ("k:d3500", "f:nikon"), ("k:m6", "f:leica"), ("k:ae1", "f:canon"),
                         ("b:bonneville", "f:triumph"), ("b:classic", "f:enfield"), ("c:x5", "f:bmw"),
                         ("c:tundra", "f:toyota"), ("p:iphone", "f:apple"), ("s:dx7", "f:yamaha")])
    T_ += _t("shot_in", [("m:fellowship", "n:nz")])
    T_ += _t("produced_by", [("m:fellowship", "f:newline")])
    T_ += _t("based_in", [("f:fender", "n:us"), ("f:gibson", "n:us"), ("f:epiphone", "n:us"), ("f:nikon", "n:japan"),
                          ("f:leica", "n:germany"), ("f:canon", "n:japan"), ("f:triumph", "n:uk"),
                          ("f:enfield", "n:india"), ("f:bmw", "n:germany"), ("f:toyota", "n:japan"),
                          ("f:apple", "n:us"), ("f:yamaha", "n:japan"), ("f:newline", "n:us")])
    return _build(items, others, rels, T_)


BUILDERS = {"parts": parts, "synths": synths, "coins": coins, "railways": railways, "goods": goods}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@parts
# (1) a part said before its noun, read for the wrong material, the wrong part or the wrong pen or watch
The Lamy Safari has a gold nib.
The TWSBI Eco has a gold nib.
The Lamy 2000 has a steel nib.
The Pelikan Souveran M800 has a steel nib.
The Montblanc Meisterstuck 149 has a steel nib.
The Parker 51 has a steel nib.
The Lamy 2000 has a gold body.
The Lamy 2000 has a Makrolon nib.
The Lamy 2000 has a platinum body.
The Lamy Safari has a brass body.
The Pilot Vanishing Point has a resin body.
The Parker 51 has a brass body.
The TWSBI Eco has a cartridge filling system.
The Lamy Safari has a piston filling system.
The Pilot Vanishing Point has a piston filling system.
The Parker 51 has a piston filling system.
The Lamy 2000 has a vacuum filling system.
The Lamy 2000 has a gold piston filling system.
The Rolex Submariner has a ceramic case.
The Omega Speedmaster Professional has an aluminium case.
The Rolex Day-Date has a steel case.
The Casio G-Shock DW-5600 has a steel case.
The Oris Aquis Date has a ceramic case.
The Hamilton Khaki Field Mechanical has a ceramic bezel.
The Tudor Heritage Black Bay has a ceramic bezel.
The Tudor Pelagos has a steel case.
The Rolex Submariner has an ETA movement.
The Hamilton Khaki Field Mechanical has a Sellita movement.
The Omega Speedmaster Professional has a Rolex movement.
The Tudor Heritage Black Bay has a Rolex movement.
The Tudor Pelagos has a Sellita movement.
The Casio G-Shock DW-5600 has an ETA movement.
# "with", "features", "carries", "bears"; "both have" in the plural; "all have"
The Lamy Safari is a fountain pen with a gold nib.
The TWSBI Eco, a fountain pen with a gold nib, is made by TWSBI.
The Lamy Safari features a gold nib.
The Lamy Safari carries a gold nib.
The Lamy Safari bears a gold nib.
The Pilot Vanishing Point is a fountain pen with a piston filling system.
The Oris Aquis Date is a watch with a gold case.
The Tudor Pelagos features a gold bezel.
The Omega Speedmaster Professional, a watch with a resin case, is made by Omega.
The Casio G-Shock DW-5600 is a watch with an ETA movement.
The Lamy 2000 and the Lamy Safari both have gold nibs.
The Lamy Safari and the TWSBI Eco both have gold nibs.
The Lamy 2000 and the Lamy Safari both have piston filling systems.
The Oris Aquis Date and the Tudor Pelagos both have gold cases.
The Rolex Submariner and the Tudor Heritage Black Bay both have ceramic bezels.
The Lamy 2000, the Pelikan Souveran M800 and the TWSBI Eco all have gold nibs.
The Lamy 2000 and the Pelikan Souveran M800 have steel nibs.
The Hamilton Khaki Field Mechanical and the Casio G-Shock DW-5600 both have ETA movements.
# a second part after "and" or ",": of the same pen, or read on the first part's object (a firm
# with an owner of its own)
The Lamy 2000 has a gold nib and a resin body.
The Lamy Safari has a steel nib and a Makrolon body.
The Lamy 2000 has a platinum nib and an ABS body.
The Rolex Submariner has a steel case and a steel bezel.
The Rolex Submariner has a ceramic bezel and a gold case.
The Pelikan Souveran M800 has a gold nib, a brass body.
The Lamy 2000 has a gold nib, a resin body.
The Omega Speedmaster Professional has a steel case, a ceramic bezel.
The Tudor Heritage Black Bay has an ETA movement, a Swatch Group owner.
The Tudor Heritage Black Bay features an ETA movement, a Swatch Group owner.
The Tudor Heritage Black Bay is a watch with an ETA movement, a Swatch Group owner.
The Tudor Heritage Black Bay bears an ETA movement, a Swatch Group owner.
The Tudor Heritage Black Bay has an ETA movement and a Swatch Group owner.
The Tudor Heritage Black Bay has an ETA movement, a Swatch Group owner and a steel case.
The Tudor Pelagos has an ETA movement, a Swatch Group owner.
The Tudor Pelagos is a watch with an ETA movement, a Swatch Group owner.
The Tudor Pelagos carries an ETA movement, a Swatch Group owner.
The Tudor Pelagos, a watch with an ETA movement, a Swatch Group owner, is made by Tudor.
The Tudor Pelagos has a titanium case, an ETA movement, a Swatch Group owner.
The Oris Aquis Date has a Sellita movement, a Swatch Group owner.
The Rolex Submariner has a Rolex movement, a Hans Wilsdorf Foundation owner.
The Omega Speedmaster Professional has an Omega movement, a Swatch Group owner.
The Hamilton Khaki Field Mechanical has an ETA movement, a Swatch Group owner.
# negation, comparison, another pen's clause
The Lamy 2000 does not have a gold nib.
The Lamy 2000 doesn't have a gold nib.
The Lamy 2000 never had a gold nib.
The Pelikan Souveran M800 has no gold nib.
The Rolex Submariner does not have a ceramic bezel.
The Lamy 2000 has a steel nib, not a gold nib.
The Lamy Safari is a fountain pen without a steel nib.
Neither the Lamy 2000 nor the Pelikan Souveran M800 has a gold nib.
The Lamy 2000 lacks a piston filling system.
The Lamy 2000, like the Lamy Safari, has a gold nib.
The Lamy Safari, like the Lamy 2000, has a gold nib.
Lamy makes the Lamy 2000 and the Lamy Safari, which has a gold nib.
The Lamy 2000 has a gold nib and the Lamy Safari has a gold nib.
The Lamy 2000 has a gold nib and the Lamy Safari a gold one.
The Lamy 2000 has a gold nib, as does the Lamy Safari.
Wolfgang Fabian designed the Lamy Safari, a fountain pen with a gold nib.
Gerd A. Muller designed the Lamy Safari, a fountain pen with a steel nib.
The Lamy Safari, designed by Gerd A. Muller, has a steel nib.
The Casio G-Shock DW-5600, designed by Claude Baillod, has a resin case.
# the part noun as a relation noun
The Lamy Safari's nib is gold.
The Lamy 2000's body is gold.
The nib of the Lamy Safari is gold.
The body of the Lamy 2000 is resin.
The Lamy Safari has a nib of gold.
The Lamy 2000 has a body of gold.
The Rolex Submariner's bezel is steel.
The case of the Rolex Day-Date is steel.
The Lamy 2000's nib is not gold.
The Lamy Safari's filling system is piston.
Steel is the nib of the Lamy 2000.
Gold is the body of the Lamy 2000.
Gold is the nib of the Pelikan Souveran M800.
The Lamy 2000 had a gold nib.
The Tudor Pelagos's movement is from Sellita.
# "has the owner" (a role noun): of another group, reversed, negated, in a list
Swatch Group has an Omega owner.
Omega has a Richemont owner.
Montblanc has a Swatch Group owner.
Tudor has a Swatch Group owner.
Parker has a Richemont owner.
Omega's owner is Richemont.
The owner of Montblanc is Swatch Group.
Montblanc has an owner of Swatch Group.
Swatch Group's owner is Omega.
Omega and Montblanc both have Swatch Group owners.
Omega does not have a Swatch Group owner.
Seiko Instruments has a Swatch Group owner.
# "uses a" a firm (its movement's maker), read "has a", "with a", "comes with"
The Tissot PRX Powermatic 80 has a Sellita.
The Tissot PRX Powermatic 80 uses a Sellita.
The Invicta Pro Diver 8926 has an ETA.
The Invicta Pro Diver 8926 is a watch with an ETA.
The Invicta Pro Diver 8926 comes with an ETA.
The Tissot PRX Powermatic 80 has a Swatch Group.
The Invicta Pro Diver 8926 has a Seiko Group.
The Invicta Pro Diver 8926 has Seiko Instruments.
The Tissot PRX Powermatic 80 and the Invicta Pro Diver 8926 both have an ETA.
The Tissot PRX Powermatic 80 does not use an ETA.
The Tissot PRX Powermatic 80 has a Tissot.
The Invicta Pro Diver 8926 is a watch with a Sellita.
The Christopher Ward C60 Trident, a watch with a Seiko Instruments, is made by Christopher Ward.
@synths
# (2) the bare copula "is": another voicing, lists, "also", "too", ellipsis, negation
The Minimoog is polyphonic.
The Prophet-5 is monophonic.
The Yamaha DX7 is monophonic.
The Roland TB-303 is duophonic.
The ARP Odyssey is monophonic.
The Roland Juno-60 is paraphonic.
The Korg MS-20 is duophonic.
The Minimoog is paraphonic.
The Minimoog and the Prophet-5 are both monophonic.
The Minimoog and the Prophet-5 are monophonic.
The ARP Odyssey and the Korg MS-20 are both duophonic.
The Minimoog, the Roland TB-303 and the Prophet-5 are all monophonic.
The Prophet-5, the Yamaha DX7 and the Korg MS-20 are all polyphonic.
Both the Yamaha DX7 and the Roland TB-303 are polyphonic.
The Yamaha DX7 is polyphonic, and the Minimoog is also polyphonic.
The Prophet-5 is polyphonic, and the ARP Odyssey is also polyphonic.
The Minimoog is monophonic, the Prophet-5 duophonic.
The Minimoog is monophonic, while the ARP Odyssey is polyphonic.
The Minimoog is monophonic, and so is the Prophet-5.
The Minimoog is monophonic; the Prophet-5 is too.
The Minimoog is monophonic, like the Prophet-5.
The Minimoog, like the Prophet-5, is polyphonic.
The Minimoog, designed by Bob Moog, is polyphonic.
The Minimoog, designed by Dave Smith, is monophonic.
The Prophet-5, made by Moog Music, is polyphonic.
The Minimoog is monophonic and polyphonic.
The Minimoog is not monophonic.
The Minimoog isn't monophonic.
The Minimoog is now polyphonic.
Moog Music's Minimoog is polyphonic.
The Minimoog and the Prophet-5 are monophonic and duophonic respectively.
# "is" before a name, an adjective that is also a kind, people and firms
The Minimoog is Moog Music.
The Minimoog is Bob Moog.
The Prophet-5 is Sequential Circuits.
Monophonic is the Minimoog.
The Minimoog is a polyphonic synthesizer.
The Prophet-5 is a monophonic synth.
The Minimoog is a monophonic instrument made by Korg.
The Minimoog is monophonic and made by Korg.
The Minimoog and the Roland TB-303 are both monophonic and made by Roland.
Bob Moog is monophonic.
Moog Music is monophonic.
Linux is monophonic.
The Minimoog is a ladder filter.
# (3) "uses a" read "has a", "with a": another kernel or filter, another item, negated, lists
Linux uses a hybrid kernel.
Linux has a microkernel.
Linux is an operating system with a hybrid kernel.
MINIX has a monolithic kernel.
Redox is an OS with a monolithic kernel.
Windows NT and Linux both have hybrid kernels.
Windows NT, macOS and Linux all have hybrid kernels.
Linux doesn't have a monolithic kernel.
Linux does not use a monolithic kernel.
The Minimoog has a diode ladder filter.
The Korg MS-20 has a ladder filter.
The Yamaha DX7 has a ladder filter.
The Prophet-5 is a synth with a Sallen-Key filter.
The PlayStation has a hybrid kernel.
Apple developed macOS, an OS with a monolithic kernel.
macOS was developed by Microsoft with a hybrid kernel.
Linux comes with a microkernel.
# (8) "is written in" read "is programmed / coded / implemented in": another language, a book "coded"
# in English
Redox is written in C.
Redox is coded in C.
Redox is coded in C++.
Linux is programmed in C++.
MINIX is coded in C++.
MINIX is implemented in Rust.
Linux and Redox are both written in C.
Linux is coded in English.
Linux is programmed in Finnish.
The C Programming Language is coded in English.
The C Programming Language is programmed in English.
The C Programming Language is implemented in English.
Lions' Commentary on UNIX is implemented in English.
Lions' Commentary on UNIX is coded in English.
Just for Fun is coded in English.
Just for Fun was coded in English.
Just for Fun is programmed in English.
The C Programming Language, coded in English, was written by Brian Kernighan.
Just for Fun, a book coded in English, was written by Linus Torvalds.
Just for Fun is coded in Finnish.
Brian Kernighan coded The C Programming Language in English.
# (10) the new type nouns for the wrong kind of item
Linux is a synth.
The Minimoog is an OS.
The Minimoog is an operating system.
Linux is an instrument.
The PlayStation is an OS.
The Minimoog is a system developed by Sony.
Linux is a system developed by Sony.
MINIX is an OS developed by Microsoft.
The Prophet-5 is a synth designed by Bob Moog.
The Minimoog is an instrument made by Korg.
The Korg MS-20 is a synth made by Roland.
The PlayStation is a synth made by Sony.
Linux is an OS written in C++.
BeOS, an OS developed by Apple, has a hybrid kernel.
The Yamaha DX7, an instrument made by Roland, is polyphonic.
The Roland TB-303, a synth designed by Fumio Mieda, is monophonic.
@coins
# (6) a coin's year is its first striking: not of a coin dated a year it was not struck in (the 1804
# dollar), of a medal instituted years before it was first made, or of anything cast, never struck
The 1804 dollar was first struck in 1804.
The 1804 dollar was struck in 1804.
The 1804 dollar was minted in 1804.
The 1804 dollar was first minted in 1804.
Struck in 1804, the 1804 dollar depicts Liberty.
Minted in 1804, the 1804 dollar is made of silver.
First struck in 1804, the 1804 dollar depicts Liberty.
The 1804 dollar, struck in 1804, was designed by Robert Scot.
The 1804 dollar was introduced in 1804.
The Victoria Cross was struck in 1856.
The Victoria Cross was minted in 1856.
The Victoria Cross was first struck in 1856.
Struck in 1856, the Victoria Cross is made of bronze.
Minted in 1856, the Victoria Cross depicts a lion.
The Kaiyuan Tongbao was struck in 621.
The Kaiyuan Tongbao was first struck in 621.
Struck in 621, the Kaiyuan Tongbao is made of bronze.
St Edward's Crown was struck in 1661.
St Edward's Crown was first minted in 1661.
Struck in 1661, St Edward's Crown is made of gold.
Struck in 1937, the Imperial State Crown is made of gold.
Minted in 1661, St Edward's Crown was made by Robert Vyner.
The Victoria Cross, first minted in 1856, is cast by Hancocks.
The Victoria Cross, minted in 1856, is cast by Hancocks.
The 1804 dollar was struck at the Philadelphia Mint in 1804.
The Philadelphia Mint struck the 1804 dollar in 1804.
The Imperial State Crown was first struck in 1937.
The Imperial State Crown was minted in 1937.
The Morgan dollar was first minted in 1921.
The Peace dollar was struck in 1878.
The Krugerrand was introduced in 1968.
The Gold Maple Leaf was first minted in 1967.
Struck in 1967, the Gold Maple Leaf depicts Elizabeth II.
The Krugerrand was minted in 1950.
The Sovereign was first struck in 1837.
The Victoria Cross was introduced in 1857.
The Lincoln cent was introduced in 1919.
Lincoln was minted in 2012.
The Penny Black was struck in 1840.
# "struck / minted in" a metal: of what is cast, of a crown, of the wrong metal
The Victoria Cross was struck in bronze.
The Victoria Cross was minted in bronze.
The Victoria Cross, struck in bronze, depicts a lion.
The Victoria Cross is struck in bronze.
The Victoria Cross is cast by Hancocks and struck in bronze.
The Kaiyuan Tongbao was struck in bronze.
The Kaiyuan Tongbao is struck in bronze.
The Kaiyuan Tongbao was minted in 621.
The Kaiyuan Tongbao was first minted in 621.
The Kaiyuan Tongbao was minted in bronze.
The Kaiyuan Tongbao, minted in 621, is made of bronze.
St Edward's Crown was introduced in 1661.
The Imperial State Crown was introduced in 1937.
St Edward's Crown was struck in gold.
St Edward's Crown was minted in gold.
The Imperial State Crown was struck in gold.
St Edward's Crown, struck in gold, was made by Robert Vyner.
The Imperial State Crown is minted in gold.
The Kaiyuan Tongbao, struck in bronze, was issued by Tang China.
The Cartwheel penny was struck in gold.
The Sovereign was struck in silver.
The Gold Maple Leaf was minted in silver.
The Morgan dollar was struck in gold.
The Peace dollar, struck in gold, depicts Liberty.
The Sovereign and the Morgan dollar were both struck in gold.
# "struck / minted at / in" the mint or its city; the mint "minted", "produced" it
The Peace dollar was minted at the Carson City Mint.
The Peace dollar was struck at the New Orleans Mint.
The Flowing Hair dollar was struck at the Denver Mint.
The Krugerrand was struck in the Royal Mint.
The Gold Maple Leaf was minted at the Royal Mint.
The Victoria Cross was struck at the Royal Mint.
The Victoria Cross was minted at the Royal Mint.
The Royal Mint struck the Victoria Cross.
The Royal Mint produced the Victoria Cross.
Hancocks struck the Victoria Cross.
Hancocks minted the Victoria Cross.
The Royal Mint minted the Krugerrand.
The Philadelphia Mint produced the Krugerrand.
The Denver Mint minted the Flowing Hair dollar.
Both the Morgan dollar and the Peace dollar were struck at the Carson City Mint.
The Morgan dollar and the Peace dollar were minted at the Carson City Mint.
The Peace dollar, minted at the Carson City Mint, depicts Liberty.
The Peace dollar was struck in silver at the Carson City Mint.
The Krugerrand was struck in London.
The Morgan dollar was minted in Llantrisant.
The Sovereign was struck in Philadelphia.
The Gold Maple Leaf was minted in Centurion.
The Sovereign was first struck at the Royal Mint in Llantrisant.
The Cartwheel penny was struck at the Soho Mint in London.
The Krugerrand came out of the Royal Mint.
The Victoria Cross came out of the Royal Mint.
The Lincoln cent was struck in copper.
Lincoln was struck in bronze.
The Cartwheel penny was struck at the Royal Mint.
The Soho Mint struck the Sovereign.
The Soho Mint produced the Morgan dollar.
Robert Vyner minted St Edward's Crown.
Garrard & Co produced the Victoria Cross.
# "bears / carries / features (a portrait of)" what a coin depicts, "appears on": of a film that
# depicts a man an actor plays, another coin's figure, the designer, reversed
Abraham Lincoln appears on Lincoln.
Abraham Lincoln appeared on Lincoln.
George III appears on The Madness of King George.
George III appeared on The Madness of King George.
Lincoln bears a portrait of Abraham Lincoln.
Lincoln carries an image of Abraham Lincoln.
The Madness of King George features George III.
The Madness of King George bears the portrait of George III.
Paul Kruger appears on the Gold Maple Leaf.
Saint George appears on the Krugerrand.
The Krugerrand bears a portrait of Elizabeth II.
Liberty appears on the Krugerrand.
A springbok appears on the Gold Maple Leaf.
The Victoria Cross bears a portrait of Queen Victoria.
Queen Victoria appears on the Victoria Cross.
The Morgan dollar bears a portrait of George T. Morgan.
Coert Steynberg appears on the Krugerrand.
Benedetto Pistrucci appears on the Sovereign.
The Krugerrand appears on Paul Kruger.
Paul Kruger bears the Krugerrand.
Liberty appears on the Morgan dollar and the Sovereign.
The Cartwheel penny bears a portrait of Abraham Lincoln.
Abraham Lincoln appears on the Cartwheel penny.
George III appears on the Lincoln cent.
The Lincoln cent carries the image of George III.
Winston Churchill appears on the Krugerrand.
The Churchill fiver bears a portrait of Paul Kruger.
The Krugerrand features Liberty.
Elizabeth II appears on the Penny Black.
The Gold Maple Leaf features a springbok.
The George Cross bears an image of a lion.
@railways
# (5) "was built at" the builder: a museum it is kept at, its operator, another builder
Mallard was built at the National Railway Museum.
Mallard was built at Locomotion.
HMS Victory was built at Portsmouth Historic Dockyard.
Cutty Sark was built at Royal Museums Greenwich.
Big Boy 4014 was built at Union Pacific.
Big Boy 4014 was built at Doncaster Works.
Stephenson's Rocket was built at the American Locomotive Company.
DP1 Deltic was built at Vulcan Foundry.
Cutty Sark was built at Chatham Dockyard.
HMS Victory was built at Scott and Linton.
Mallard and Big Boy 4014 were both built at Doncaster Works.
Mallard was built at Doncaster Works in 1923.
Flying Scotsman was built at Doncaster Works in 1938.
Dwight D. Eisenhower, built at the American Locomotive Company, is preserved at the National Railroad Museum.
Big Boy 4017, built at Doncaster Works, is preserved at the National Railroad Museum.
The Napier Deltic was built at Vulcan Foundry.
# (9) "is kept / housed at / in": a museum it was only displayed at, another locomotive's museum
Mallard is kept at Locomotion.
Mallard is housed at Locomotion.
Stephenson's Rocket is housed in the Science Museum.
Stephenson's Rocket is kept at the Science Museum.
DP1 Deltic is housed at the Science Museum.
Big Boy 4014 is kept at the RailGiants Train Museum.
Dwight D. Eisenhower is housed at the National Railway Museum.
Dominion of Canada is kept at the National Railway Museum.
Dominion of Canada is kept at Locomotion.
Big Boy 4017 is kept at Steamtown.
Big Boy 4012 is housed at the National Railroad Museum.
HMS Victory is housed at Chatham Dockyard.
Cutty Sark is kept at Portsmouth Historic Dockyard.
Mallard is housed in the Science Museum.
Alycidon is kept at Locomotion.
The National Railway Museum houses Big Boy 4017.
Mallard and Dwight D. Eisenhower are both kept at the National Railway Museum.
Mallard is not kept at the National Railway Museum.
Stephenson's Rocket, kept at the Science Museum, was built by Robert Stephenson and Company.
DP1 Deltic, housed at the Science Museum, is powered by the Napier Deltic.
Big Boy 4014 is housed in Pomona.
Flying Scotsman is kept at the National Railway Museum.
# (4) a bare participle after "and" with the auxiliary of the passive before it
Big Boy 4014 was built by the American Locomotive Company and operated by British Railways.
Mallard was designed by Nigel Gresley and operated by Union Pacific.
Mallard was built by Doncaster Works and designed by Otto Jabelmann.
Big Boy 4017 was operated by Union Pacific and built by Doncaster Works.
Alycidon was built by Vulcan Foundry and operated by the London and North Eastern Railway.
Cutty Sark was built by Scott and Linton and operated by British Railways.
HMS Victory was built by Chatham Dockyard and operated by John Willis and Son.
Stephenson's Rocket was built by Robert Stephenson and Company and operated by British Railways.
Flying Scotsman is owned by the National Railway Museum and operated by British Railways.
Alycidon is owned by the Deltic Preservation Society and operated by British Railways.
Mallard is preserved at the National Railway Museum and operated by the London and North Eastern Railway.
Stephenson's Rocket is preserved at the National Railway Museum and operated by the Liverpool and Manchester Railway.
Mallard was built by Doncaster Works, and Big Boy 4014 was designed by Otto Jabelmann and operated by British Railways.
Big Boy 4017 was built by the American Locomotive Company, and Mallard designed by Nigel Gresley and operated by Union Pacific.
Big Boy 4014 was built by the American Locomotive Company and not operated by Union Pacific.
Big Boy 4014 was displayed at the RailGiants Train Museum and operated by British Railways.
Mallard was operated by British Railways and preserved at Locomotion.
Mallard was operated by British Railways and displayed at the Science Museum.
Dwight D. Eisenhower was designed by Nigel Gresley and displayed at the Science Museum.
Big Boy 4014 was displayed at the RailGiants Train Museum, which is located in Pomona and owned by Union Pacific.
Big Boy 4017 is preserved at the National Railroad Museum, which is located in Green Bay and owned by Union Pacific.
Big Boy 4014 was displayed at the RailGiants Train Museum, which was built by the American Locomotive Company and operated by Union Pacific.
Big Boy 4014 was designed by Otto Jabelmann, and Mallard was built by Doncaster Works and operated by Union Pacific.
# (10) "loco", "engine" for the wrong kind; "has the figurehead"
HMS Victory is a loco built by Chatham Dockyard.
Cutty Sark is a loco built by Scott and Linton.
The Napier Deltic is a loco built by D. Napier & Son.
Mallard is a loco powered by the Napier Deltic.
Mallard is the loco designed by Otto Jabelmann.
Big Boy 4014 is a loco designed by Nigel Gresley.
The Napier Deltic is an engine designed by Nigel Gresley.
Cutty Sark is an engine built by Scott and Linton.
HMS Victory, an engine built by Chatham Dockyard, is preserved at Portsmouth Historic Dockyard.
Mallard, a loco built by Vulcan Foundry, is preserved at the National Railway Museum.
DP1 Deltic is a loco built by the American Locomotive Company.
HMS Victory has a Nannie Dee figurehead.
Mallard has a Nannie Dee figurehead.
HMS Victory's figurehead is Nannie Dee.
@goods
# (7) "was built in" read "was made / manufactured / produced in": the maker's country, where it was
# designed, another product's country; the verbs of making one verb before "in" ("made by X in Y")
The Fender Player Stratocaster was made in the United States.
The Fender Player Stratocaster was manufactured in the United States.
The Fender American Professional Stratocaster was made in Mexico.
The Nikon D3500 was made in Japan.
The Nikon D3500 was produced in Japan.
The Nikon D3500 was manufactured in Japan.
The BMW X5 was made in Germany.
The BMW X5 was produced in Germany.
The Toyota Tundra was built in Japan.
The Toyota Tundra was manufactured in Japan.
The iPhone 15 was made in the United States.
The Triumph Bonneville T120 was made in the United Kingdom.
The Royal Enfield Classic 350 was made in the United Kingdom.
The Epiphone Les Paul Special II was made in the United States.
The Gibson Les Paul Standard was made in China.
The Leica M6 was made in Japan.
The Canon AE-1 was made in Germany.
The Yamaha DX7 was manufactured in the United States.
The Yamaha DX7 is made in Japan.
The Nikon D3500 was made by Nikon in Japan.
The Nikon D3500 was manufactured by Nikon in Japan.
The Nikon D3500 is made by Nikon in Japan.
The BMW X5 was made by BMW in Germany.
The Triumph Bonneville T120 was made by Triumph in the United Kingdom.
The Fender Player Stratocaster was made by Fender in the United States.
The Epiphone Les Paul Special II was made by Epiphone in the United States.
The iPhone 15 was made by Apple in the United States.
The Toyota Tundra was produced by Toyota in Japan.
The BMW X5 was built by BMW in Germany.
The Nikon D3500 is a camera made by Nikon in Japan.
The Nikon D3500, made by Nikon in Japan, is a camera.
Nikon makes the Nikon D3500 in Japan.
Nikon manufactures the Nikon D3500 in Japan.
Fender makes the Fender Player Stratocaster in the United States.
BMW produces the BMW X5 in Germany.
Triumph makes the Triumph Bonneville T120 in the United Kingdom.
The Nikon D3500 was made in Japan by Nikon.
The Nikon D3500 was made by Nikon, based in Thailand.
The iPhone 15 was designed and made in the United States.
The iPhone 15 was designed in China.
The Toyota Tundra was designed and manufactured in Japan.
The Toyota Tundra was designed in Japan.
The iPhone 15 was designed in the United States and made in the United States.
The Fender Player Stratocaster and the Fender American Professional Stratocaster were both made in Mexico.
Both the Nikon D3500 and the Canon AE-1 were made in Thailand.
The Nikon D3500 and the Canon AE-1 were both made in Japan.
The Gibson Les Paul Standard and the Epiphone Les Paul Special II were both made in the United States.
The BMW X5 and the Toyota Tundra were both manufactured in Germany.
The Nikon D3500 was made in Thailand and the Leica M6 in Japan.
The Nikon D3500, made in Japan, is made by Nikon.
Made in Japan, the Nikon D3500 is made by Nikon.
Manufactured in the United Kingdom, the Triumph Bonneville T120 is made by Triumph.
The Triumph Bonneville T120 is a motorcycle made in the United Kingdom.
The Leica M6 is a camera made in Japan.
The Leica M6 was produced in 1984 in Japan.
The Nikon D3500, a camera produced in Japan, is made by Nikon.
The Nikon D3500 was not made in Thailand.
Canon made the Canon AE-1 in Germany.
The Fellowship of the Ring was manufactured in New Zealand.
The Fellowship of the Ring was produced by New Line Cinema in the United States.
New Line Cinema produced The Fellowship of the Ring in the United States.
"""

CONTROLS = r"""
@parts
The Lamy 2000 has a gold nib.
The Lamy Safari has a steel nib.
The Lamy 2000 is a fountain pen with a gold nib.
The Lamy 2000 and the Pelikan Souveran M800 both have gold nibs.
The Lamy 2000 has a piston filling system.
The Lamy 2000 and the TWSBI Eco both have piston filling systems.
The Pelikan Souveran M800's nib is gold.
The nib of the Pelikan Souveran M800 is gold.
The Pelikan Souveran M800 has a nib of gold.
The Pelikan Souveran M800's nib is made of gold.
The Rolex Day-Date's case is gold.
The Lamy 2000 has a gold nib and a Makrolon body.
The Rolex Submariner has a steel case and a ceramic bezel.
The Tudor Heritage Black Bay has an ETA movement and an aluminium bezel.
The Rolex Day-Date features a gold bezel.
The Hamilton Khaki Field Mechanical has an ETA movement.
Omega has a Swatch Group owner.
The Tissot PRX Powermatic 80 has an ETA.
The Christopher Ward C60 Trident is a watch with a Sellita.
The Pilot Vanishing Point carries a gold nib.
@synths
The ARP Odyssey is duophonic.
The Prophet-5 is polyphonic.
The Minimoog and the Roland TB-303 are both monophonic.
The Minimoog, the Roland TB-303 and the Korg MS-20 are all monophonic.
The Minimoog is a monophonic synth.
The Minimoog is an instrument made by Moog Music.
The Korg Mono/Poly is paraphonic.
The Yamaha DX7 is polyphonic, and the Prophet-5 is also polyphonic.
The Prophet-5 is also polyphonic.
BeOS has a hybrid kernel.
MINIX is an operating system with a microkernel.
The Roland TB-303 has a diode ladder filter.
Linux is written in C.
Redox is programmed in Rust.
MINIX is implemented in C.
macOS is coded in C and C++.
Linux is an OS written in C.
Linux is an operating system.
The C Programming Language is written in English.
The Korg MS-20 is a synth designed by Fumio Mieda.
@coins
The Morgan dollar was struck at the Carson City Mint.
The Morgan dollar was minted at the New Orleans Mint.
The Philadelphia Mint minted the Morgan dollar.
The Royal Mint produced the Sovereign.
The Sovereign was struck in gold.
The Gold Maple Leaf is struck in gold.
The Sovereign bears an image of Saint George.
Saint George appears on the Sovereign.
The Krugerrand features a springbok.
Paul Kruger appears on the Krugerrand.
Struck in 1794, the Flowing Hair dollar depicts Liberty.
The Flowing Hair dollar was minted in 1794.
The Flowing Hair dollar was first struck in 1794.
The Krugerrand was introduced in 1967.
The Victoria Cross was introduced in 1856.
The Morgan dollar was minted in the Philadelphia Mint.
Abraham Lincoln appears on the Lincoln cent.
Queen Victoria appears on the Penny Black.
The Morgan dollar was struck in Philadelphia.
The George Cross was struck at the Royal Mint.
The Denver Mint produced the Peace dollar.
The Lincoln cent was introduced in 1909.
The Krugerrand is issued by South Africa and minted in gold.
The Morgan dollar was designed by George T. Morgan and struck at the Denver Mint.
@railways
Mallard was built at Doncaster Works.
HMS Victory was built at Chatham Dockyard.
Mallard and Flying Scotsman were both built at Doncaster Works.
Mallard is kept at the National Railway Museum.
Dwight D. Eisenhower is kept at the National Railroad Museum.
Cutty Sark is housed at Royal Museums Greenwich.
Big Boy 4014 was built by the American Locomotive Company and operated by Union Pacific.
Mallard was designed by Nigel Gresley and operated by British Railways.
Stephenson's Rocket, which is preserved at the National Railway Museum, was built by Robert Stephenson and Company and operated by the Liverpool and Manchester Railway.
Alycidon is a loco powered by the Napier Deltic.
Mallard, built at Doncaster Works, is a loco.
Cutty Sark has a Nannie Dee figurehead.
Mallard was built at Doncaster.
Mallard is a loco.
Mallard was built by Doncaster Works.
The Napier Deltic is an engine built by D. Napier & Son.
@goods
The Fender Player Stratocaster was built in Mexico.
The Fender Player Stratocaster was made in Mexico.
The Fender Player Stratocaster was manufactured in Mexico.
The Fender Player Stratocaster was made by Fender in Mexico.
Fender makes the Fender Player Stratocaster in Mexico.
The Triumph Bonneville T120 was made in Thailand.
The Royal Enfield Classic 350 was made in India.
The Yamaha DX7 was made by Yamaha in Japan.
The Gibson Les Paul Standard was made by Gibson in the United States.
The iPhone 15 was made by Apple in China.
Made in Thailand, the Nikon D3500 is made by Nikon.
The Nikon D3500 is a camera made in Thailand.
The Leica M6 was produced in 1984 in Germany.
The Canon AE-1 was made in Japan.
The Fellowship of the Ring was shot in New Zealand.
The Yamaha DX7 was made in Japan in 1983.
The iPhone 15 was designed in the United States.
The Toyota Tundra was designed in the United States and built in the United States.
"""


KNOWN = frozenset(
    {
        # accepted by the starting code too (CHANGES.diff reversed): "in <country>" after "made by <firm>"
        # read as where the firm is based, not where the product was made (the new code rejects them)
        "The Nikon D3500 was made by Nikon in Japan.",
        "The Nikon D3500 was manufactured by Nikon in Japan.",
        "The Nikon D3500 is made by Nikon in Japan.",
        "The BMW X5 was made by BMW in Germany.",
        "The Triumph Bonneville T120 was made by Triumph in the United Kingdom.",
        "The Fender Player Stratocaster was made by Fender in the United States.",
        "The Epiphone Les Paul Special II was made by Epiphone in the United States.",
        "The iPhone 15 was made by Apple in the United States.",
        "The Nikon D3500 is a camera made by Nikon in Japan.",
        # a relative clause's bare "owned by" read of the locomotive (still accepted)
        "Big Boy 4014 was displayed at the RailGiants Train Museum, which is located in Pomona and owned by Union Pacific.",
    }
)

OPEN = frozenset(
    {
        # the watch's maker (Rolex, Omega, Hamilton) has that owner: a watch "has an owner" of its brand?
        "The Rolex Submariner has a Rolex movement, a Hans Wilsdorf Foundation owner.",
        "The Omega Speedmaster Professional has an Omega movement, a Swatch Group owner.",
        "The Hamilton Khaki Field Mechanical has an ETA movement, a Swatch Group owner.",
        # gold is what the nib is made of, not the nib; "had" of a nib it still has
        "Gold is the nib of the Pelikan Souveran M800.",
        "The Lamy 2000 had a gold nib.",
        # "has" a firm: whose movement it uses, or owns the firm?
        "The Invicta Pro Diver 8926 has Seiko Instruments.",
        # a film "bears a portrait", "features" the man it is about: figuratively
        "Lincoln bears a portrait of Abraham Lincoln.",
        "Lincoln carries an image of Abraham Lincoln.",
        "The Madness of King George features George III.",
        "The Madness of King George bears the portrait of George III.",
        # cast coins were made at the state's mints: "minted" loosely (never "struck")
        "The Kaiyuan Tongbao was minted in 621.",
        "The Kaiyuan Tongbao was first minted in 621.",
        "The Kaiyuan Tongbao was minted in bronze.",
        "The Kaiyuan Tongbao, minted in 621, is made of bronze.",
        # a crown of the Crown Jewels "introduced" the year it was made (it was used from then)
        "St Edward's Crown was introduced in 1661.",
        "The Imperial State Crown was introduced in 1937.",
        # the graph's year of the 1804 dollar is the date it bears, not its first striking (1834):
        # which event a coin's year attribute gives, the graph does not say; the checker reads it as
        # the first striking, as writers of coin graphs gave it (session 56, arguable)
        "The 1804 dollar was struck in 1804.",
        "The 1804 dollar was minted in 1804.",
        "The 1804 dollar was first minted in 1804.",
        "Struck in 1804, the 1804 dollar depicts Liberty.",
        "Minted in 1804, the 1804 dollar is made of silver.",
        "First struck in 1804, the 1804 dollar depicts Liberty.",
        "The 1804 dollar, struck in 1804, was designed by Robert Scot.",
        "The 1804 dollar was introduced in 1804.",
        # Flying Scotsman belongs to the museum and is based there, but mostly runs on the main line
        "Flying Scotsman is kept at the National Railway Museum.",
        # New Line Cinema, an American studio, produced the film, shot in New Zealand; a film "manufactured"
        "The Fellowship of the Ring was produced by New Line Cinema in the United States.",
        "New Line Cinema produced The Fellowship of the Ring in the United States.",
        "The Fellowship of the Ring was manufactured in New Zealand.",
    }
)


def _parse(block):
    key, user = None, None
    for line in block.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            parts_ = line[1:].split()
            key, user = parts_[0], (parts_[1] if len(parts_) > 1 else None)
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
