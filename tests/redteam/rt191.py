"""Red team round 191 on the session's readings as they stand after rounds 189 and 190: mostly the
new ones, (8) "is headquartered in" -> "has its headquarters in / its headquarters are in / X's head
office is in / with its headquarters in", (9) a copular "featured / used / contained / included /
had" -> "had (a) / used (a) / relied on (a) / came with (a) / featured", (10) "was powered /
propelled / driven by a(n) N from" Y -> "was powered by" Y, (11) "<work> is by <person>" where works
are no items, (12) "Born in <year>, X ..." on a graph of people or of animals, (13) "Y is X's N"
only where N may name Y; and the edges of the fixes of (1) schooling, (2) "one of its Ns", (3)
surnames, (4) driving, (7) "trades on".

Graphs: the shipped example graph and six of my own (see each builder's docstring): "having"
(episodes that "featured" guest stars, Games that "included" sports, tombs that "contained"
treasures and mummies, one "used" for pen names and for ground-shared stadiums); "makers" (people
as items, works as attributes: composed, painted, but also owned, recorded, published, sang, wrote
the libretto of, arranged); "gadgets" (editors, players, a coach, a pilot, a manager: person type
words); "toys" (teddy bears, a robot dog, a rocking horse: animal type words); "companies"
(headquarters beside founding city, main plant, state of incorporation, owner; engines "from" makers,
cities and a donor car, rockets "from" launch sites; cars raced by drivers and by racers who raced
against them; shops listed on telephone exchanges); "circles" ("attended" learned academies,
greenhouses and the Women's Institute; bands and their members, managers, producers, openers;
operas and composers both items).

Findings (134 of 292 false texts accepted; 10 arguable texts are OPEN; controls: 54 of 56 accepted).
11 of the 134 were accepted before the session too (the diff reversed on a copy of the code): the
present "uses" of a past "used" (3), "X, born in <year>, ..." and "X was born in <year>" on the
gadgets and toys graphs (8). The other 123 are the session's:

* (9) 49. The "having" forms are given to any copular "featured / used / contained / included"
  whose range has no person type word, whatever the relation means: a guest star (typed "guest
  star") is "used" by / "came with" his episode ("Lisa's Substitute came with Dustin Hoffman"),
  Games "used / relied on / came with" their sports ("The 1900 Summer Olympics used tug of war"),
  a tomb "used / relied on / came with" its mummy and treasures ("KV62 relied on Tutankhamun"), a
  writer "came with / featured" his pen name ("Samuel Clemens came with Mark Twain", "Eric Blair had
  a George Orwell"), a club "had / came with / featured" a stadium it only borrowed ("Arsenal had
  White Hart Lane"). Surnames carry it ("Clemens came with Mark Twain").
* (1) 27. "attended" reads "studied at / was educated at / went to (school at) / was a pupil /
  student at / was schooled at / an alumnus of" whenever every object type ends in a school word:
  a learned academy's member, a visitor to a greenhouse typed "conservatory", a member of the
  Women's Institute ("Victor Hugo was an alumnus of the Académie française", "Queen Victoria was a
  pupil at the Palm House at Kew", "Elizabeth II was educated at the Women's Institute").
* (10) 12. "was powered by an engine from" / "was propelled by a rocket from" Y gives "was powered /
  propelled by" Y whatever Y is: a city where the engine was built ("The Supermarine Spitfire was
  powered by Derby", "The P-51 Mustang was powered by Detroit"), a donor car ("The Caterham Seven
  was powered by the Ford Sierra"), a launch site ("Sputnik 1 was propelled by Baikonur").
* (4) 10. The driving reading still takes every "racer" for a driver: a cyclist or a sprinter who
  raced AGAINST a car "drove / was behind the wheel of / piloted" it ("Chris Hoy drove the Bentley
  Continental GT", "Usain Bolt was behind the wheel of the Nissan GT-R").
* (11) 10. "<work> is by <person>" takes any relation whose verb is in AUTHORSHIP ("sing",
  "record") for authorship: "Vissi d'arte is by Maria Callas", "The Goldberg Variations are by
  Glenn Gould" (she sang it, he recorded it; by Puccini, by Bach).
* (12) 10. "Born in <year>, X ..." dates items on a graph "of people" or "of animals" as the checker
  counts them by type words: software typed "editor", music players typed "player", a stagecoach
  typed "coach", a TV pilot typed "pilot" ("Born in 1976, Emacs was made by Richard Stallman",
  "Born in 1868, the Deadwood Stagecoach ..."), teddy bears, a robot dog, a rocking horse ("Born in
  1999, AIBO was made by Sony").
* (7) 5. "trades on / is traded on" needs only an object type "exchange": a shop listed on a
  telephone exchange ("Harrods trades on the Sloane exchange").

Held: (8) every headquarters text (founding city, plant, state of incorporation, owner's city,
direction, negation, lists, "seat" / "main office" elsewhere); (13) every "Y, X's N" and "Y is
X's N" (a conductor's opera, a composer called a work's opera, the noun of another type, an
unknown type noun); (2) "one of its Ns" (a manager among the members, an opening act among the
musicians, a member among the producers); (12) wrong years and deeds on a real graph of people,
"Born in" on a graph of people and works; (11) publisher, owner, arranger, librettist; (10)
wrong makers, "propelled" for "powered", direction, negation, years; (9) wrong objects,
direction, negation, years; (3) surnames with wrong deeds; the readings on the example graph.

Controls rejected: "The Beatles were formed in Liverpool. John Lennon was one of its musicians."
("musicians" is also the type of the band's opening acts: ambiguous); "Giuseppe Verdi, Aida's
composer, was born in Le Roncole." (wrong_direction, as in round 189).
"""

import os
import sys

if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items, others, rels, triples, users=(), aliases=None):
    aliases = dict(aliases or {})
    ents = [E(k, kind="item", type=t, label=n, aliases=aliases.get(k, ()),
              attrs={"year": y} if y is not None else {})
            for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n, aliases=aliases.get(k, ())) for k, (t, n) in others.items()]
    ents += [E(k, kind="user", type="user", label=n) for k, n in users]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def _t(rel, pairs):
    """Triples of one relation from (head, tail) pairs."""
    return [(h, rel, t) for h, t in pairs]


def _r(user, ratings):
    """A user's ratings from (item, stars) pairs."""
    return [(user, "rated", i, {"rating": float(s)}) for i, s in ratings]


def movies():
    """The shipped example graph (MovieLens films, DBpedia credits, user ratings and tags)."""
    return kgx.KnowledgeGraph.example()


def having():
    """Items of five kinds, each with one copular (item -> attribute, no person type word in the
    range) past-tense phrase of the kind the session now reads "had (a)", "used (a)", "relied on
    (a)", "came with (a)" (and "featured"): TV episodes "featured" guest stars (typed "guest star"),
    Olympic Games "included" sports, tombs "contained" artefacts and mummies, and ONE relation
    "used" for writers' pen names (typed "pen name") and for the stadiums football clubs used
    without owning them (ground-shares: Arsenal at White Hart Lane in the war, Spurs at Wembley,
    Manchester City at Maine Road and Old Trafford). An episode did not "use" or "come with" its
    guest star, the 1900 Games did not "use" tug of war, KV62 did not "rely on" Tutankhamun's mask,
    Clemens never "came with" Mark Twain, Arsenal never "had" White Hart Lane. Also "aired on",
    "was born in", "plays at" (the home ground now)."""
    rels = [
        R("featured", phrase="featured", inverse_phrase="guest-starred in", domain=("episode",), range=("guest star",)),
        R("included", phrase="included", inverse_phrase="was an event at", domain=("olympics",), range=("sport",)),
        R("contained", phrase="contained", inverse_phrase="was found in", domain=("tomb",), range=("artifact", "mummy")),
        R("aired_on", phrase="aired on", inverse_phrase="aired", domain=("episode",), range=("network",)),
        R("used", phrase="used", inverse_phrase="was used by", domain=("writer", "novelist", "club"),
          range=("pen name", "stadium")),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("writer", "novelist"), range=("city",)),
        R("plays_at", phrase="plays at", inverse_phrase="is the home ground of", domain=("club",), range=("stadium",)),
    ]
    items = {"e:lisa": ("episode", "Lisa's Substitute", 1991), "e:homer": ("episode", "Homer at the Bat", 1992),
             "e:friends": ("episode", "The One with the Thumb", 1994),
             "o:1900": ("olympics", "the 1900 Summer Olympics", 1900), "o:1908": ("olympics", "the 1908 Summer Olympics", 1908),
             "t:kv62": ("tomb", "KV62", 1922), "t:kv35": ("tomb", "KV35", 1898),
             "p:clemens": ("writer", "Samuel Clemens", 1835), "p:blair": ("writer", "Eric Blair", 1903),
             "p:evans": ("novelist", "Mary Ann Evans", 1819), "p:dodgson": ("writer", "Charles Dodgson", 1832),
             "f:arsenal": ("club", "Arsenal", 1886), "f:spurs": ("club", "Tottenham Hotspur", 1882),
             "f:city": ("club", "Manchester City", 1880)}
    others = {"g:hoffman": ("guest star", "Dustin Hoffman"), "g:boggs": ("guest star", "Wade Boggs"),
              "g:canseco": ("guest star", "Jose Canseco"), "g:azaria": ("guest star", "Hank Azaria"),
              "s:tug": ("sport", "tug of war"), "s:croquet": ("sport", "croquet"), "s:polo": ("sport", "polo"),
              "s:motorboat": ("sport", "motorboating"),
              "a:mask": ("artifact", "the golden mask"), "a:dagger": ("artifact", "the meteoric iron dagger"),
              "m:tut": ("mummy", "Tutankhamun"), "m:amenhotep": ("mummy", "Amenhotep II"),
              "n:fox": ("network", "Fox"), "n:nbc": ("network", "NBC"),
              "n:twain": ("pen name", "Mark Twain"), "n:orwell": ("pen name", "George Orwell"),
              "n:eliot": ("pen name", "George Eliot"), "n:carroll": ("pen name", "Lewis Carroll"),
              "s:whl": ("stadium", "White Hart Lane"), "s:wembley": ("stadium", "Wembley Stadium"),
              "s:emirates": ("stadium", "the Emirates Stadium"), "s:maine": ("stadium", "Maine Road"),
              "s:etihad": ("stadium", "the Etihad Stadium"), "s:oldtrafford": ("stadium", "Old Trafford"),
              "c:florida": ("city", "Florida, Missouri"), "c:motihari": ("city", "Motihari"), "c:nuneaton": ("city", "Nuneaton"),
              "c:daresbury": ("city", "Daresbury")}
    T_ = _t("featured", [("e:lisa", "g:hoffman"), ("e:homer", "g:boggs"), ("e:homer", "g:canseco"), ("e:friends", "g:azaria")])
    T_ += _t("included", [("o:1900", "s:tug"), ("o:1900", "s:croquet"), ("o:1900", "s:polo"), ("o:1908", "s:motorboat"),
                          ("o:1908", "s:tug")])
    T_ += _t("contained", [("t:kv62", "a:mask"), ("t:kv62", "a:dagger"), ("t:kv62", "m:tut"), ("t:kv35", "m:amenhotep")])
    T_ += _t("aired_on", [("e:lisa", "n:fox"), ("e:homer", "n:fox"), ("e:friends", "n:nbc")])
    T_ += _t("used", [("p:clemens", "n:twain"), ("p:blair", "n:orwell"), ("p:evans", "n:eliot"), ("p:dodgson", "n:carroll"),
                      ("f:arsenal", "s:whl"), ("f:spurs", "s:wembley"), ("f:city", "s:maine"), ("f:city", "s:oldtrafford")])
    T_ += _t("born_in", [("p:clemens", "c:florida"), ("p:blair", "c:motihari"), ("p:evans", "c:nuneaton"),
                         ("p:dodgson", "c:daresbury")])
    T_ += _t("plays_at", [("f:arsenal", "s:emirates"), ("f:spurs", "s:whl"), ("f:city", "s:etihad")])
    return _build(items, others, rels, T_)


def makers():
    """A graph stored from the makers: people are the items (composers, painters, a collector, a
    publisher, a pianist, a soprano, a librettist, each with a birth year), works are attributes.
    Besides "composed" and "painted": "owned" (Gardner owned Vermeer's The Concert), "recorded"
    (Glenn Gould recorded Bach's Goldberg Variations), "published" (Ricordi), "sang" (Callas sang
    Bellini's "Casta diva" and Puccini's "Vissi d'arte"), "wrote the libretto of", "arranged"
    (Ravel arranged Mussorgsky's Pictures). The new reading "<work> is by <person>" where works are
    no items: a recording or a singing is no authorship."""
    rels = [
        R("composed", phrase="composed", inverse_phrase="was composed by", domain=("composer",), range=("opera", "piece")),
        R("painted", phrase="painted", inverse_phrase="was painted by", domain=("painter",), range=("painting",)),
        R("owned", phrase="owned", inverse_phrase="was owned by", domain=("person",), range=("painting",)),
        R("recorded", phrase="recorded", inverse_phrase="was recorded by", domain=("pianist",), range=("piece",)),
        R("published", phrase="published", inverse_phrase="was published by", domain=("person",), range=("opera",)),
        R("sang", phrase="sang", inverse_phrase="was sung by", domain=("soprano",), range=("aria",)),
        R("libretto", phrase="wrote the libretto of", inverse_phrase="has a libretto by", domain=("librettist",), range=("opera",)),
        R("arranged", phrase="arranged", inverse_phrase="was arranged by", domain=("composer",), range=("piece",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", range=("city",)),
    ]
    items = {"p:verdi": ("composer", "Giuseppe Verdi", 1813), "p:puccini": ("composer", "Giacomo Puccini", 1858),
             "p:mussorgsky": ("composer", "Modest Mussorgsky", 1839), "p:ravel": ("composer", "Maurice Ravel", 1875),
             "p:bach": ("composer", "Johann Sebastian Bach", 1685), "p:vermeer": ("painter", "Johannes Vermeer", 1632),
             "p:rembrandt": ("painter", "Rembrandt van Rijn", 1606),
             "p:gardner": ("person", "Isabella Stewart Gardner", 1840), "p:gould": ("pianist", "Glenn Gould", 1932),
             "p:ricordi": ("person", "Giulio Ricordi", 1840), "p:callas": ("soprano", "Maria Callas", 1923),
             "p:ghislanzoni": ("librettist", "Antonio Ghislanzoni", 1824)}
    others = {"w:aida": ("opera", "Aida"), "w:tosca": ("opera", "Tosca"), "w:otello": ("opera", "Otello"),
              "w:pictures": ("piece", "Pictures at an Exhibition"), "w:goldberg": ("piece", "the Goldberg Variations"),
              "w:bolero": ("piece", "Boléro"), "w:concert": ("painting", "The Concert"),
              "w:milkmaid": ("painting", "The Milkmaid"), "w:storm": ("painting", "The Storm on the Sea of Galilee"),
              "w:vissi": ("aria", "Vissi d'arte"), "w:casta": ("aria", "Casta diva"),
              "c:roncole": ("city", "Le Roncole"), "c:lucca": ("city", "Lucca"), "c:karevo": ("city", "Karevo"),
              "c:ciboure": ("city", "Ciboure"), "c:eisenach": ("city", "Eisenach"), "c:delft": ("city", "Delft"),
              "c:leiden": ("city", "Leiden"), "c:nyc": ("city", "New York City"), "c:toronto": ("city", "Toronto"),
              "c:milan": ("city", "Milan"), "c:lecco": ("city", "Lecco")}
    T_ = _t("composed", [("p:verdi", "w:aida"), ("p:verdi", "w:otello"), ("p:puccini", "w:tosca"),
                         ("p:mussorgsky", "w:pictures"), ("p:ravel", "w:bolero"), ("p:bach", "w:goldberg")])
    T_ += _t("painted", [("p:vermeer", "w:concert"), ("p:vermeer", "w:milkmaid"), ("p:rembrandt", "w:storm")])
    T_ += _t("owned", [("p:gardner", "w:concert"), ("p:gardner", "w:storm")])
    T_ += _t("recorded", [("p:gould", "w:goldberg")])
    T_ += _t("published", [("p:ricordi", "w:aida"), ("p:ricordi", "w:tosca"), ("p:ricordi", "w:otello")])
    T_ += _t("sang", [("p:callas", "w:vissi"), ("p:callas", "w:casta")])
    T_ += _t("libretto", [("p:ghislanzoni", "w:aida")])
    T_ += _t("arranged", [("p:ravel", "w:pictures")])
    T_ += _t("born_in", [("p:verdi", "c:roncole"), ("p:puccini", "c:lucca"), ("p:mussorgsky", "c:karevo"),
                         ("p:ravel", "c:ciboure"), ("p:bach", "c:eisenach"), ("p:vermeer", "c:delft"),
                         ("p:rembrandt", "c:leiden"), ("p:gardner", "c:nyc"), ("p:gould", "c:toronto"),
                         ("p:ricordi", "c:milan"), ("p:callas", "c:nyc"), ("p:ghislanzoni", "c:lecco")])
    return _build(items, others, rels, T_)


def gadgets():
    """Things whose type words are person types in the checker's list (PERSON_TYPES), so the graph
    counts as "all people" and "Born in <year>, X ..." dates them: text editors (typed "editor":
    Emacs, Vim), music players ("player": iPod, Walkman), a stagecoach ("coach"), a TV pilot
    ("pilot"), a window manager ("manager"). Their years are releases or builds, no births."""
    rels = [R("made_by", phrase="was made by", inverse_phrase="made")]
    items = {"g:emacs": ("editor", "Emacs", 1976), "g:vim": ("editor", "Vim", 1991), "g:ipod": ("player", "the iPod", 2001),
             "g:walkman": ("player", "the Walkman", 1979), "g:deadwood": ("coach", "the Deadwood Stagecoach", 1868),
             "g:seinfeld": ("pilot", "The Seinfeld Chronicles", 1989), "g:twm": ("manager", "twm", 1987)}
    others = {"m:stallman": ("programmer", "Richard Stallman"), "m:moolenaar": ("programmer", "Bram Moolenaar"),
              "m:apple": ("company", "Apple"), "m:sony": ("company", "Sony"), "m:abbot": ("company", "Abbot-Downing Company"),
              "m:castle": ("company", "Castle Rock Entertainment"), "m:levy": ("programmer", "Tom LaStrange")}
    T_ = _t("made_by", [("g:emacs", "m:stallman"), ("g:vim", "m:moolenaar"), ("g:ipod", "m:apple"), ("g:walkman", "m:sony"),
                        ("g:deadwood", "m:abbot"), ("g:seinfeld", "m:castle"), ("g:twm", "m:levy")])
    return _build(items, others, rels, T_)


def toys():
    """Toys whose type's last word is an animal word (ANIMAL_WORDS), so the graph counts as "all
    animals" and "Born in <year>, X ..." dates them: teddy bears ("teddy bear"), a robot dog
    ("robot dog": AIBO), a rocking horse. Their years are the years they were made."""
    rels = [R("made_by", phrase="was made by", inverse_phrase="made")]
    items = {"t:steiff": ("teddy bear", "the Steiff 55 PB", 1902), "t:aibo": ("robot dog", "AIBO", 1999),
             "t:ayres": ("rocking horse", "the Ayres Dapple Grey", 1880), "t:pooh": ("teddy bear", "Edward Bear", 1921)}
    others = {"m:steiff": ("company", "Steiff"), "m:sony": ("company", "Sony"), "m:ayres": ("company", "F. H. Ayres"),
              "m:farnell": ("company", "J. K. Farnell")}
    T_ = _t("made_by", [("t:steiff", "m:steiff"), ("t:aibo", "m:sony"), ("t:ayres", "m:ayres"), ("t:pooh", "m:farnell")])
    return _build(items, others, rels, T_)



def companies():
    """Companies, cars, aircraft and spacecraft (items). (8) Companies "is headquartered in" a city,
    beside "was founded in" (another city for most), "has its main plant in", "is incorporated in"
    a state, "is owned by" (Instagram by Meta). (10) Cars and aircraft "was powered by an engine
    from" an engine maker, but also from a city (the Spitfire's Merlins were built in Derby, the
    Mustang's Packard Merlins in Detroit) and from a donor car (the Caterham Seven's engine came
    from the Ford Sierra); spacecraft "was propelled by a rocket from" their launch site: Derby
    powered no Spitfire, Baikonur propelled no Sputnik. (4) Cars "was raced by" drivers (typed
    "driver") and by racers (typed "racer") who raced AGAINST them on a bicycle or on foot in
    publicity races (Chris Hoy against a Bentley, Usain Bolt against a Nissan GT-R). (7) Companies
    "is listed on" telephone exchanges (typed "exchange": a directory listing, Harrods on the
    Sloane exchange) and "is led by" someone (a military company too: Easy Company, led by its
    captain). Also "was built by"."""
    rels = [
        R("hq", phrase="is headquartered in", inverse_phrase="is the headquarters city of", domain=("company",), range=("city",)),
        R("founded_in", phrase="was founded in", inverse_phrase="is the founding place of", domain=("company",), range=("city",)),
        R("plant", phrase="has its main plant in", inverse_phrase="hosts the main plant of", domain=("company",), range=("city",)),
        R("incorporated", phrase="is incorporated in", inverse_phrase="is the state of incorporation of", domain=("company",),
          range=("state",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("company",), range=("company",)),
        R("listed_on", phrase="is listed on", inverse_phrase="lists", domain=("company",), range=("exchange",)),
        R("led_by", phrase="is led by", inverse_phrase="leads", domain=("company",), range=("person",)),
        R("engine", phrase="was powered by an engine from", inverse_phrase="supplied the engine of",
          domain=("car", "aircraft"), range=("manufacturer", "city", "car")),
        R("rocket", phrase="was propelled by a rocket from", inverse_phrase="launched the rocket of",
          domain=("spacecraft",), range=("launch site",)),
        R("built_by", phrase="was built by", inverse_phrase="built", domain=("car", "aircraft", "spacecraft"),
          range=("manufacturer",)),
        R("raced_by", phrase="was raced by", inverse_phrase="raced", domain=("car",), range=("driver", "racer")),
    ]
    items = {"f:apple": ("company", "Apple", 1976), "f:tesla": ("company", "Tesla", 2003), "f:meta": ("company", "Meta", 2004),
             "f:instagram": ("company", "Instagram", 2010), "f:harley": ("company", "Harley-Davidson", 1903),
             "f:ikea": ("company", "IKEA", 1943), "f:harrods": ("company", "Harrods", 1849),
             "f:easy": ("company", "Easy Company", 1942), "f:selfridges": ("company", "Selfridges", 1908),
             "v:mp44": ("car", "the McLaren MP4/4", 1988), "v:lotus49": ("car", "the Lotus 49", 1967),
             "v:cobra": ("car", "the AC Cobra", 1962), "v:spitfire": ("aircraft", "the Supermarine Spitfire", 1936),
             "v:mustang": ("aircraft", "the P-51 Mustang", 1940), "v:caterham": ("car", "the Caterham Seven", 1973),
             "v:sputnik": ("spacecraft", "Sputnik 1", 1957), "v:explorer": ("spacecraft", "Explorer 1", 1958),
             "v:continental": ("car", "the Bentley Continental GT", 2003), "v:f12": ("car", "the Ferrari F12", 2012),
             "v:gtr": ("car", "the Nissan GT-R", 2007)}
    others = {"c:cupertino": ("city", "Cupertino"), "c:austin": ("city", "Austin"),
              "c:menlo": ("city", "Menlo Park"), "c:sf": ("city", "San Francisco"), "c:milwaukee": ("city", "Milwaukee"),
              "c:delft": ("city", "Delft"), "c:almhult": ("city", "Älmhult"), "c:fremont": ("city", "Fremont"),
              "c:york": ("city", "York, Pennsylvania"), "c:losaltos": ("city", "Los Altos"), "c:cambridge": ("city", "Cambridge"),
              "c:derby": ("city", "Derby"), "c:detroit": ("city", "Detroit"),
              "s:california": ("state", "California"), "s:delaware": ("state", "Delaware"), "s:texas": ("state", "Texas"),
              "s:wisconsin": ("state", "Wisconsin"),
              "x:sloane": ("exchange", "the Sloane exchange"), "x:mayfair": ("exchange", "the Mayfair exchange"),
              "p:winters": ("person", "Richard Winters"), "p:fayed": ("person", "Mohamed Al-Fayed"),
              "p:selfridge": ("person", "Harry Gordon Selfridge"),
              "m:honda": ("manufacturer", "Honda"), "m:cosworth": ("manufacturer", "Cosworth"), "m:ford": ("manufacturer", "Ford"),
              "m:mclaren": ("manufacturer", "McLaren"), "m:lotus": ("manufacturer", "Lotus"), "m:ac": ("manufacturer", "AC Cars"),
              "m:supermarine": ("manufacturer", "Supermarine"), "m:rr": ("manufacturer", "Rolls-Royce"),
              "m:packard": ("manufacturer", "Packard"), "m:na": ("manufacturer", "North American Aviation"),
              "m:caterham": ("manufacturer", "Caterham"), "m:okb1": ("manufacturer", "OKB-1"), "m:jpl": ("manufacturer", "JPL"),
              "m:bentley": ("manufacturer", "Bentley"), "m:ferrari": ("manufacturer", "Ferrari"), "m:nissan": ("manufacturer", "Nissan"),
              "k:sierra": ("car", "the Ford Sierra"),
              "l:baikonur": ("launch site", "Baikonur"), "l:canaveral": ("launch site", "Cape Canaveral"),
              "d:senna": ("driver", "Ayrton Senna"), "d:clark": ("driver", "Jim Clark"), "d:prost": ("driver", "Alain Prost"),
              "r:hoy": ("racer", "Chris Hoy"), "r:cavendish": ("racer", "Mark Cavendish"), "r:bolt": ("racer", "Usain Bolt")}
    T_ = _t("hq", [("f:apple", "c:cupertino"), ("f:tesla", "c:austin"), ("f:meta", "c:menlo"), ("f:instagram", "c:menlo"),
                   ("f:harley", "c:milwaukee"), ("f:ikea", "c:delft")])
    T_ += _t("founded_in", [("f:apple", "c:losaltos"), ("f:tesla", "c:sf"), ("f:meta", "c:cambridge"),
                            ("f:instagram", "c:sf"), ("f:harley", "c:milwaukee"), ("f:ikea", "c:almhult")])
    T_ += _t("plant", [("f:tesla", "c:fremont"), ("f:harley", "c:york")])
    T_ += _t("incorporated", [("f:apple", "s:california"), ("f:tesla", "s:texas"), ("f:meta", "s:delaware"),
                              ("f:harley", "s:wisconsin")])
    T_ += _t("owned_by", [("f:instagram", "f:meta")])
    T_ += _t("listed_on", [("f:harrods", "x:sloane"), ("f:selfridges", "x:mayfair")])
    T_ += _t("led_by", [("f:easy", "p:winters"), ("f:harrods", "p:fayed"), ("f:selfridges", "p:selfridge")])
    T_ += _t("engine", [("v:mp44", "m:honda"), ("v:lotus49", "m:cosworth"), ("v:cobra", "m:ford"), ("v:spitfire", "m:rr"),
                        ("v:spitfire", "c:derby"), ("v:mustang", "m:packard"), ("v:mustang", "c:detroit"),
                        ("v:caterham", "k:sierra")])
    T_ += _t("rocket", [("v:sputnik", "l:baikonur"), ("v:explorer", "l:canaveral")])
    T_ += _t("built_by", [("v:mp44", "m:mclaren"), ("v:lotus49", "m:lotus"), ("v:cobra", "m:ac"), ("v:spitfire", "m:supermarine"),
                          ("v:mustang", "m:na"), ("v:caterham", "m:caterham"), ("v:sputnik", "m:okb1"), ("v:explorer", "m:jpl"),
                          ("v:continental", "m:bentley"), ("v:f12", "m:ferrari"), ("v:gtr", "m:nissan")])
    T_ += _t("raced_by", [("v:mp44", "d:senna"), ("v:mp44", "d:prost"), ("v:lotus49", "d:clark"),
                          ("v:continental", "r:hoy"), ("v:f12", "r:cavendish"), ("v:gtr", "r:bolt")])
    return _build(items, others, rels, T_)


def circles():
    """(1) People (items) and ONE relation "attended" whose objects are all typed with school words
    (SCHOOL_WORDS) but are no schools: the "academies" are learned societies whose sessions members
    attended (Académie des sciences, Académie française, Accademia dei Lincei), the "conservatories"
    are greenhouses Queen Victoria visited (Chatsworth, Kew), the "institute" is the Women's
    Institute (Elizabeth II attended its meetings). The session reads "attended" between people
    and schools as "studied at", "went to", "was educated at", "was a pupil at", "an alumnus of".
    (2) Bands (items) "included" (inverse "was one of", a membership cue) musicians, "was managed
    by", "was produced by", "was supported by" (opening acts, also typed "musician"). (13, 12)
    Items that are works AND people: operas and their composers, "was composed by", "premiered at",
    "was conducted at its premiere by" (Toscanini for La bohème). And "was born in", "was formed
    in"."""
    rels = [
        R("attended", phrase="attended", inverse_phrase="was attended by", domain=("scientist", "writer", "queen"),
          range=("academy", "conservatory", "institute")),
        R("members", phrase="included", inverse_phrase="was one of", domain=("band",), range=("musician",)),
        R("managed", phrase="was managed by", inverse_phrase="managed", domain=("band",), range=("manager",)),
        R("produced", phrase="was produced by", inverse_phrase="produced", domain=("band",), range=("producer",)),
        R("supported", phrase="was supported by", inverse_phrase="opened for", domain=("band",), range=("musician",)),
        R("formed_in", phrase="was formed in", inverse_phrase="is the birthplace of", domain=("band",), range=("city",)),
        R("composed_by", phrase="was composed by", inverse_phrase="composed", domain=("opera",), range=("composer",)),
        R("premiered_at", phrase="premiered at", inverse_phrase="staged the premiere of", domain=("opera",), range=("theatre",)),
        R("conducted", phrase="was conducted at its premiere by", inverse_phrase="conducted the premiere of", domain=("opera",),
          range=("conductor",)),
        R("born_in", phrase="was born in", inverse_phrase="is the home town of", domain=("scientist", "writer", "queen", "composer"),
          range=("city",)),
    ]
    items = {"p:lavoisier": ("scientist", "Antoine Lavoisier", 1743), "p:hugo": ("writer", "Victor Hugo", 1802),
             "p:galileo": ("scientist", "Galileo Galilei", 1564), "p:victoria": ("queen", "Queen Victoria", 1819),
             "p:eliz": ("queen", "Elizabeth II", 1926),
             "b:beatles": ("band", "The Beatles", 1960), "b:stones": ("band", "The Rolling Stones", 1962),
             "b:who": ("band", "The Who", 1964),
             "o:aida": ("opera", "Aida", 1871), "o:tosca": ("opera", "Tosca", 1900), "o:boheme": ("opera", "La bohème", 1896),
             "o:otello": ("opera", "Otello", 1887),
             "p:verdi": ("composer", "Giuseppe Verdi", 1813), "p:puccini": ("composer", "Giacomo Puccini", 1858),
             "p:mascagni": ("composer", "Pietro Mascagni", 1863)}
    others = {"a:sciences": ("academy", "the Académie des sciences"), "a:francaise": ("academy", "the Académie française"),
              "a:lincei": ("academy", "the Accademia dei Lincei"),
              "g:chatsworth": ("conservatory", "the Great Conservatory at Chatsworth"),
              "g:kew": ("conservatory", "the Palm House at Kew"),
              "i:wi": ("institute", "the Women's Institute"),
              "m:lennon": ("musician", "John Lennon"), "m:mccartney": ("musician", "Paul McCartney"),
              "m:best": ("musician", "Pete Best"), "m:jagger": ("musician", "Mick Jagger"), "m:richards": ("musician", "Keith Richards"),
              "m:daltrey": ("musician", "Roger Daltrey"), "m:moon": ("musician", "Keith Moon"),
              "m:roe": ("musician", "Tommy Roe"), "m:turner": ("musician", "Ike Turner"),
              "g:epstein": ("manager", "Brian Epstein"), "g:oldham": ("manager", "Andrew Loog Oldham"),
              "g:lambert": ("manager", "Kit Lambert"),
              "r:martin": ("producer", "George Martin"), "r:spector": ("producer", "Phil Spector"),
              "r:johns": ("producer", "Glyn Johns"),
              "t:cairo": ("theatre", "the Khedivial Opera House"), "t:costanzi": ("theatre", "the Teatro Costanzi"),
              "t:regio": ("theatre", "the Teatro Regio"), "t:scala": ("theatre", "La Scala"),
              "x:toscanini": ("conductor", "Arturo Toscanini"), "x:bottesini": ("conductor", "Giovanni Bottesini"),
              "x:mugnone": ("conductor", "Leopoldo Mugnone"), "x:faccio": ("conductor", "Franco Faccio"),
              "c:paris": ("city", "Paris"), "c:besancon": ("city", "Besançon"), "c:pisa": ("city", "Pisa"),
              "c:london": ("city", "London"), "c:liverpool": ("city", "Liverpool"),
              "c:roncole": ("city", "Le Roncole"), "c:lucca": ("city", "Lucca"), "c:livorno": ("city", "Livorno")}
    T_ = _t("attended", [("p:lavoisier", "a:sciences"), ("p:hugo", "a:francaise"), ("p:galileo", "a:lincei"),
                         ("p:victoria", "g:chatsworth"), ("p:victoria", "g:kew"), ("p:eliz", "i:wi")])
    T_ += _t("members", [("b:beatles", "m:lennon"), ("b:beatles", "m:mccartney"), ("b:beatles", "m:best"),
                         ("b:stones", "m:jagger"), ("b:stones", "m:richards"), ("b:who", "m:daltrey"), ("b:who", "m:moon")])
    T_ += _t("managed", [("b:beatles", "g:epstein"), ("b:stones", "g:oldham"), ("b:who", "g:lambert")])
    T_ += _t("produced", [("b:beatles", "r:martin"), ("b:beatles", "r:spector"), ("b:stones", "r:johns"), ("b:who", "r:johns")])
    T_ += _t("supported", [("b:beatles", "m:roe"), ("b:stones", "m:turner")])
    T_ += _t("formed_in", [("b:beatles", "c:liverpool"), ("b:stones", "c:london"), ("b:who", "c:london")])
    T_ += _t("composed_by", [("o:aida", "p:verdi"), ("o:otello", "p:verdi"), ("o:tosca", "p:puccini"), ("o:boheme", "p:puccini")])
    T_ += _t("premiered_at", [("o:aida", "t:cairo"), ("o:tosca", "t:costanzi"), ("o:boheme", "t:regio"), ("o:otello", "t:scala")])
    T_ += _t("conducted", [("o:aida", "x:bottesini"), ("o:tosca", "x:mugnone"), ("o:boheme", "x:toscanini"), ("o:otello", "x:faccio")])
    T_ += _t("born_in", [("p:lavoisier", "c:paris"), ("p:hugo", "c:besancon"), ("p:galileo", "c:pisa"),
                         ("p:victoria", "c:london"), ("p:eliz", "c:london"),
                         ("p:verdi", "c:roncole"), ("p:puccini", "c:lucca"), ("p:mascagni", "c:livorno")])
    return _build(items, others, rels, T_)


BUILDERS = {"movies": movies, "having": having, "makers": makers, "gadgets": gadgets, "toys": toys,
            "companies": companies, "circles": circles}

_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@having
# (9) "featured" (guest stars, typed "guest star") read "used / relied on / came with"
Lisa's Substitute used Dustin Hoffman.
Lisa's Substitute relied on Dustin Hoffman.
Lisa's Substitute came with Dustin Hoffman.
Homer at the Bat used Wade Boggs.
Homer at the Bat came with Wade Boggs and Jose Canseco.
Homer at the Bat relied on Jose Canseco.
The One with the Thumb came with Hank Azaria.
The One with the Thumb used Hank Azaria.
Lisa's Substitute, which aired on Fox, came with Dustin Hoffman.
Homer at the Bat aired on Fox and relied on Wade Boggs.
# (9) "included" (sports at the Games) read "used / relied on / came with"
The 1900 Summer Olympics used tug of war.
The 1900 Summer Olympics relied on croquet.
The 1900 Summer Olympics came with polo.
The 1908 Summer Olympics used motorboating.
The 1908 Summer Olympics relied on tug of war.
The 1908 Summer Olympics came with motorboating.
The 1900 Summer Olympics used croquet and polo.
# (9) "contained" (a tomb's contents) read "used / relied on / came with"
KV62 used the golden mask.
KV62 relied on the golden mask.
KV62 came with the meteoric iron dagger.
KV62 used Tutankhamun.
KV62 relied on Tutankhamun.
KV62 came with Tutankhamun.
KV35 used Amenhotep II.
KV35 relied on Amenhotep II.
KV62 used the golden mask and the meteoric iron dagger.
# (9) "used" (a pen name) read "came with / featured / had a"
Samuel Clemens came with Mark Twain.
Samuel Clemens featured Mark Twain.
Eric Blair came with George Orwell.
Eric Blair featured George Orwell.
Mary Ann Evans came with George Eliot.
Mary Ann Evans featured George Eliot.
Charles Dodgson came with Lewis Carroll.
Charles Dodgson featured Lewis Carroll.
Eric Blair had a George Orwell.
Clemens came with Mark Twain.
Charles Dodgson, born in Daresbury, came with Lewis Carroll.
Eric Blair was born in Motihari and featured George Orwell.
# (9) "used" (a ground-share) read "had / came with / featured"
Arsenal had White Hart Lane.
Arsenal came with White Hart Lane.
Arsenal featured White Hart Lane.
Tottenham Hotspur had Wembley Stadium.
Tottenham Hotspur came with Wembley Stadium.
Tottenham Hotspur featured Wembley Stadium.
Manchester City had Old Trafford.
Manchester City came with Maine Road and Old Trafford.
Manchester City featured Old Trafford.
Manchester City had a Maine Road.
Arsenal, which plays at the Emirates Stadium, had White Hart Lane.
# a past "used" said in the present
Arsenal uses White Hart Lane.
Samuel Clemens uses Mark Twain.
Manchester City uses Maine Road.
# (9) wrong objects, direction, negation, years, present (held?)
Lisa's Substitute used Wade Boggs.
Homer at the Bat came with Dustin Hoffman.
The 1908 Summer Olympics used croquet.
KV35 came with Tutankhamun.
KV62 used Amenhotep II.
Eric Blair came with Mark Twain.
Samuel Clemens used George Orwell.
Arsenal had the Emirates Stadium.
Mark Twain came with Samuel Clemens.
Dustin Hoffman used Lisa's Substitute.
Samuel Clemens never used Mark Twain.
Samuel Clemens used Mark Twain in 1910.
Arsenal has White Hart Lane.
Lisa's Substitute uses Dustin Hoffman.
Samuel Clemens was born in Nuneaton and used Mark Twain.
Dustin Hoffman had Lisa's Substitute.
@makers
# (11) "<work> is by <person>" where works are no items: a singer and a recording pianist taken
# for the authors
Vissi d'arte is by Maria Callas.
Casta diva is by Maria Callas.
Vissi d'arte is by Callas.
Casta diva and Vissi d'arte are by Maria Callas.
The Goldberg Variations are by Glenn Gould.
The Goldberg Variations are by Gould.
Vissi d'arte is by Maria Callas, who was born in New York City.
The Goldberg Variations are by Glenn Gould, who was born in Toronto.
Casta diva was by Maria Callas.
The Goldberg Variations were by Glenn Gould.
# (11) publisher, owner, arranger, librettist, wrong maker (held?)
Aida is by Giulio Ricordi.
Tosca is by Giulio Ricordi.
The Concert is by Isabella Stewart Gardner.
The Storm on the Sea of Galilee is by Isabella Stewart Gardner.
Pictures at an Exhibition is by Maurice Ravel.
Aida is by Antonio Ghislanzoni.
Tosca is by Verdi.
Aida and Tosca are by Giuseppe Verdi.
Boléro is by Modest Mussorgsky.
The Milkmaid is by Rembrandt van Rijn.
Le Roncole is by Giuseppe Verdi.
Aida is not by Giuseppe Verdi.
Aida is by Giuseppe Verdi and was published by Isabella Stewart Gardner.
# (13) with works as attributes (held?)
Aida is Verdi's symphony.
Aida is Ricordi's opera.
Boléro is Ravel's painting.
# (12) "Born in <year>, X" on a graph of people: wrong year, wrong deed (held?)
Born in 1858, Giuseppe Verdi composed Aida.
Born in 1813, Giacomo Puccini composed Tosca.
Born in 1813, Giuseppe Verdi composed Tosca.
Born in 1813, Giuseppe Verdi was born in Milan.
Born in 1840, Giulio Ricordi owned The Concert.
Born in 1932, Maria Callas sang Casta diva.
Born in 1813 in Lucca, Giuseppe Verdi composed Aida.
Born in 1813, Giuseppe Verdi composed Aida, and Giacomo Puccini, born in 1813, composed Tosca.
Born in 1932, Glenn Gould composed the Goldberg Variations.
Born in 1875, Maurice Ravel composed Pictures at an Exhibition.
Born in 1606, Johannes Vermeer painted The Milkmaid.
Born in 1840, Isabella Stewart Gardner painted The Concert.
Born in 1824, Antonio Ghislanzoni composed Aida.
# (3) surnames of person items (held?)
Verdi composed Tosca.
Puccini composed Aida.
Gould composed the Goldberg Variations.
Callas composed Casta diva.
Ravel composed Pictures at an Exhibition.
Vermeer painted The Storm on the Sea of Galilee.
Gardner painted The Concert.
Ricordi composed Otello.
Bach recorded the Goldberg Variations.
Mussorgsky arranged Pictures at an Exhibition.
@gadgets
# (12) "Born in <year>, X" on a graph the checker takes for people: editors, players, a coach, a
# pilot, a manager
Born in 1976, Emacs was made by Richard Stallman.
Born in 1991, Vim was made by Bram Moolenaar.
Born in 2001, the iPod was made by Apple.
Born in 1979, the Walkman was made by Sony.
Born in 1868, the Deadwood Stagecoach was made by the Abbot-Downing Company.
Born in 1989, The Seinfeld Chronicles was made by Castle Rock Entertainment.
Born in 1987, twm was made by Tom LaStrange.
Emacs, born in 1976, was made by Richard Stallman.
The Walkman, born in 1979, was made by Sony.
Emacs was born in 1976.
The iPod was born in 2001.
# wrong year, maker (held?)
Born in 1991, Emacs was made by Richard Stallman.
Born in 1976, Emacs was made by Bram Moolenaar.
@toys
# (12) "Born in <year>, X" on a graph the checker takes for animals: teddy bears, a robot dog,
# a rocking horse
Born in 1902, the Steiff 55 PB was made by Steiff.
Born in 1999, AIBO was made by Sony.
Born in 1880, the Ayres Dapple Grey was made by F. H. Ayres.
Born in 1921, Edward Bear was made by J. K. Farnell.
AIBO, born in 1999, was made by Sony.
Edward Bear, born in 1921, was made by J. K. Farnell.
AIBO was born in 1999.
The Steiff 55 PB was born in 1902.
# wrong year, maker (held?)
Born in 1921, AIBO was made by Sony.
Born in 1999, AIBO was made by Steiff.
@companies
# (10) "was powered by an engine from" / "was propelled by a rocket from" Y read "was powered /
# propelled by" Y, where Y is a city, a donor car, a launch site
The Supermarine Spitfire was powered by Derby.
The P-51 Mustang was powered by Detroit.
The Caterham Seven was powered by the Ford Sierra.
Sputnik 1 was propelled by Baikonur.
Explorer 1 was propelled by Cape Canaveral.
The Supermarine Spitfire, powered by Derby, was built by Supermarine.
The P-51 Mustang, built by North American Aviation, was powered by Detroit.
Sputnik 1, built by OKB-1, was propelled by Baikonur.
Explorer 1 was built by JPL and propelled by Cape Canaveral.
The Supermarine Spitfire was powered by Rolls-Royce and Derby.
The P-51 Mustang was powered by Packard and Detroit.
The Caterham Seven, built by Caterham, was powered by the Ford Sierra.
# (10) wrong maker, verb, direction, negation, year (held?)
The Supermarine Spitfire was propelled by Derby.
Sputnik 1 was powered by Baikonur.
The Supermarine Spitfire and the P-51 Mustang were powered by Derby.
Sputnik 1 was propelled by Cape Canaveral.
The McLaren MP4/4 was powered by Cosworth.
The McLaren MP4/4 was powered by McLaren.
Honda was powered by the McLaren MP4/4.
The McLaren MP4/4 was not powered by Honda.
The McLaren MP4/4 was powered by Honda in 1950.
The Lotus 49 was propelled by Cosworth.
Ayrton Senna was powered by Honda.
The McLaren MP4/4, powered by Honda, was raced by Jim Clark.
Derby powered the Supermarine Spitfire.
# (8) "is headquartered in" read "has its headquarters in / head office / with its
# headquarters in": founding city, plant, state of incorporation, owner's city (held?)
Tesla is headquartered in Fremont.
Tesla has its headquarters in Fremont.
Tesla's head office is in Fremont.
Tesla's headquarters are in Fremont.
Tesla, with its headquarters in Fremont, was founded in San Francisco.
IKEA's head office is in Älmhult.
IKEA has its headquarters in Älmhult.
Harley-Davidson's headquarters are in York, Pennsylvania.
Harley-Davidson's head office is located in York, Pennsylvania.
Meta has its headquarters in Delaware.
Meta's head office is in Delaware.
Apple has its head office in Los Altos.
The headquarters of Apple are in Los Altos.
Apple and Meta have their headquarters in Cupertino.
Cupertino has its headquarters in Apple.
Apple does not have its headquarters in Cupertino.
Instagram is owned by Meta and has its headquarters in Cambridge.
Meta, which owns Instagram, has its headquarters in San Francisco.
Meta owns Instagram, which has its headquarters in San Francisco.
Tesla, founded in San Francisco, has its headquarters in San Francisco.
Apple is a company with its headquarters in Los Altos.
Tesla's main plant is in Austin.
Tesla's seat is in Fremont.
Harley-Davidson's main office is in York, Pennsylvania.
# (4) "was raced by" racers who raced AGAINST the car (a cyclist, a sprinter) read "drove /
# was driven by / piloted / was behind the wheel of" (a racer is a driver word)
Chris Hoy drove the Bentley Continental GT.
The Bentley Continental GT was driven by Chris Hoy.
Chris Hoy was behind the wheel of the Bentley Continental GT.
Mark Cavendish drove the Ferrari F12.
The Ferrari F12 was driven by Mark Cavendish.
Mark Cavendish piloted the Ferrari F12.
Usain Bolt was behind the wheel of the Nissan GT-R.
Usain Bolt drove the Nissan GT-R.
The Nissan GT-R was piloted by Usain Bolt.
Hoy drove the Bentley Continental GT.
The Bentley Continental GT, built by Bentley, was driven by Chris Hoy.
# (7) "is listed on" a telephone exchange (typed "exchange") read "trades on / is traded on"
Harrods trades on the Sloane exchange.
Harrods is traded on the Sloane exchange.
Selfridges trades on the Mayfair exchange.
Selfridges is traded on the Mayfair exchange.
Harrods, led by Mohamed Al-Fayed, trades on the Sloane exchange.
# (7) wrong exchange, chief (held?)
Harrods trades on the Mayfair exchange.
Apple trades on the Sloane exchange.
Harry Gordon Selfridge runs Harrods.
@circles
# (1) "attended" (sessions of a learned academy, a greenhouse, the Women's Institute: every
# object typed with a school word) read "studied at / was educated at / went to (school at) /
# was a pupil / student at / was schooled at / an alumnus of"
Antoine Lavoisier studied at the Académie des sciences.
Antoine Lavoisier was educated at the Académie des sciences.
Antoine Lavoisier was a pupil at the Académie des sciences.
Victor Hugo was educated at the Académie française.
Victor Hugo went to the Académie française.
Victor Hugo studied at the Académie française.
Victor Hugo was an alumnus of the Académie française.
Victor Hugo went to school at the Académie française.
Victor Hugo was schooled at the Académie française.
Victor Hugo was a student at the Académie française.
Hugo studied at the Académie française.
Galileo Galilei was a pupil at the Accademia dei Lincei.
Galileo Galilei studied at the Accademia dei Lincei.
Galileo Galilei was educated at the Accademia dei Lincei.
Queen Victoria studied at the Great Conservatory at Chatsworth.
Queen Victoria was a pupil at the Palm House at Kew.
Queen Victoria was educated at the Palm House at Kew.
Queen Victoria went to school at the Great Conservatory at Chatsworth.
Queen Victoria was an alumna of the Palm House at Kew.
Elizabeth II was educated at the Women's Institute.
Elizabeth II was a student at the Women's Institute.
Elizabeth II studied at the Women's Institute.
Elizabeth II was a pupil at the Women's Institute.
Elizabeth II was an alumna of the Women's Institute.
Victor Hugo, born in Besançon, was educated at the Académie française.
Antoine Lavoisier was born in Paris and studied at the Académie des sciences.
Elizabeth II, who was born in London, went to school at the Women's Institute.
# (1) wrong school, tense, graduation (held?)
Victor Hugo studied at the Académie des sciences.
Galileo Galilei went to the Women's Institute.
Queen Victoria was educated at the Women's Institute.
Elizabeth II studied at the Palm House at Kew.
Victor Hugo graduated from the Académie française.
Victor Hugo studies at the Académie française.
# (2) "Y was one of its Ns" with the membership cue "was one of" (held?)
The Beatles were formed in Liverpool. Brian Epstein was one of its members.
The Beatles were formed in Liverpool. Tommy Roe was one of its musicians.
The Rolling Stones were formed in London. Ike Turner was one of its musicians.
The Beatles were formed in Liverpool. Mick Jagger was one of its producers.
The Beatles were formed in Liverpool. Brian Epstein was one of its musicians.
The Beatles were formed in Liverpool. Brian Epstein was one of its producers.
The Rolling Stones were produced by Glyn Johns. Mick Jagger was one of its producers.
The Who were formed in London. George Martin was one of its producers.
The Who were formed in London. Roger Daltrey was one of its managers.
Tommy Roe was one of The Beatles.
The Beatles included Tommy Roe.
# (13) "Y, X's N" / "Y is X's N" with works and people both items (held?)
Aida, Puccini's opera, premiered at the Khedivial Opera House.
Aida, Giovanni Bottesini's opera, premiered at the Khedivial Opera House.
La bohème, Arturo Toscanini's opera, premiered at the Teatro Regio.
La bohème, Toscanini's opera, premiered at the Teatro Regio.
Aida is Giovanni Bottesini's opera.
Aida is Puccini's opera.
Tosca, Giuseppe Verdi's opera, premiered at the Teatro Costanzi.
Aida, Giuseppe Verdi's 1813 opera, premiered at the Khedivial Opera House.
Aida, Giuseppe Verdi's composer, premiered at the Khedivial Opera House.
Tosca, Giacomo Puccini's composer, premiered at the Teatro Costanzi.
Giuseppe Verdi, Aida's opera, was born in Le Roncole.
Giacomo Puccini, Aida's composer, was born in Lucca.
Aida is Verdi's symphony.
Aida is Verdi's conductor.
Aida, Verdi's conductor, premiered at the Khedivial Opera House.
Otello, Verdi's theatre, premiered at La Scala.
Aida is by Bottesini.
La bohème is by Arturo Toscanini.
# (12) on a graph of people and works (held?)
Born in 1871, Aida premiered at the Khedivial Opera House.
Born in 1858, Giuseppe Verdi composed Otello.
# (3) surnames (held?)
Verdi composed Tosca.
Mascagni composed Tosca.
Puccini was born in Le Roncole.
Puccini composed Otello.
@movies
# the new readings on the example graph (held?)
Jaws, Steven Spielberg's novel, was released in 1975.
Jaws, Steven Spielberg's documentary, was released in 1975.
Jaws, Steven Spielberg's sitcom, was released in 1975.
Jaws, Verna Fields's film, was released in 1975.
Jaws is Steven Spielberg's musical.
Jaws is Steven Spielberg's director.
Steven Spielberg is Jaws's composer.
Jaws, Steven Spielberg's 1976 film, was directed by Steven Spielberg.
Born in 1975, Jaws was directed by Steven Spielberg.
Jaws is by Roy Scheider.
Jaws is by John Williams.
Jaws used Roy Scheider.
Jaws relied on Roy Scheider.
Jaws came with Roy Scheider.
Jaws was powered by Universal Pictures.
Universal Pictures has its headquarters in Jaws.
"""

CONTROLS = r"""
@having
The 1900 Summer Olympics included tug of war.
The 1900 Summer Olympics had tug of war.
The 1900 Summer Olympics featured croquet.
KV62 contained the golden mask.
KV62 had the golden mask.
Lisa's Substitute featured Dustin Hoffman.
Homer at the Bat aired on Fox.
Samuel Clemens used Mark Twain.
Arsenal used White Hart Lane.
Arsenal plays at the Emirates Stadium.
Eric Blair was born in Motihari.
@makers
Aida is by Giuseppe Verdi.
Otello is by Verdi.
The Milkmaid is by Vermeer.
Pictures at an Exhibition is by Modest Mussorgsky.
The Goldberg Variations are by Johann Sebastian Bach.
Glenn Gould recorded the Goldberg Variations.
Maria Callas sang Vissi d'arte.
Born in 1813, Giuseppe Verdi composed Aida.
Giuseppe Verdi, born in 1813, composed Aida.
Born in 1840, Giulio Ricordi published Aida.
Verdi composed Aida.
@gadgets
Emacs was made by Richard Stallman.
The iPod was made by Apple.
@toys
AIBO was made by Sony.
@companies
Apple is headquartered in Cupertino.
Apple has its headquarters in Cupertino.
Apple's head office is in Cupertino.
Apple's headquarters are in Cupertino.
Apple is a company with its headquarters in Cupertino.
Meta's head office is located in Menlo Park.
Instagram's head office is in Menlo Park.
Tesla's main plant is in Fremont.
The McLaren MP4/4 was powered by Honda.
The McLaren MP4/4 was powered by an engine from Honda.
The Lotus 49 was powered by Cosworth.
The AC Cobra was powered by Ford.
The Supermarine Spitfire was powered by Rolls-Royce.
Sputnik 1 was propelled by a rocket from Baikonur.
Ayrton Senna drove the McLaren MP4/4.
Jim Clark was behind the wheel of the Lotus 49.
Chris Hoy raced the Bentley Continental GT.
Harrods is listed on the Sloane exchange.
@circles
Victor Hugo attended the Académie française.
Queen Victoria attended the Palm House at Kew.
The Beatles were formed in Liverpool. George Martin was one of its producers.
The Beatles were formed in Liverpool. John Lennon was one of its musicians.
John Lennon was one of The Beatles.
Aida, Verdi's opera, premiered at the Khedivial Opera House.
Aida is Verdi's opera.
Aida is by Verdi.
Giuseppe Verdi, Aida's composer, was born in Le Roncole.
Toscanini conducted the premiere of La bohème.
@movies
Jaws, Steven Spielberg's film, was released in 1975.
Steven Spielberg is Jaws's director.
Jaws was directed by Steven Spielberg.
"""

KNOWN = frozenset()

OPEN = frozenset(
    {
        # a show "had" a guest star: said loosely ("the episode had Dustin Hoffman as a guest")
        "Lisa's Substitute had Dustin Hoffman.",
        # "had" / "relied on" a pen name: "had the pen name", "relied on a pseudonym" are said
        "Samuel Clemens had Mark Twain.",
        "Samuel Clemens relied on Mark Twain.",
        # a club in a ground-share relied on the other's ground
        "Tottenham Hotspur relied on Wembley Stadium.",
        # a tomb "featured" its treasures: loosely said
        "KV62 featured the golden mask.",
        # a captain "runs" / "is at the helm of" his (military) company: arguable
        "Richard Winters runs Easy Company.",
        "Richard Winters is at the helm of Easy Company.",
        # a car still exists and has its engine: the present may be said
        "The McLaren MP4/4 is powered by Honda.",
        # the past of a present headquarters (it still is: "was" suggests it is no longer)
        "Tesla's head office was in Austin.",
        # a company's "seat" is its registered seat (incorporation), not always its headquarters
        "Apple's seat is in Cupertino.",
    }
)

OPEN_TEXTS = r"""
@having
Lisa's Substitute had Dustin Hoffman.
Samuel Clemens had Mark Twain.
Samuel Clemens relied on Mark Twain.
Tottenham Hotspur relied on Wembley Stadium.
KV62 featured the golden mask.
@companies
Richard Winters runs Easy Company.
Richard Winters is at the helm of Easy Company.
The McLaren MP4/4 is powered by Honda.
Tesla's head office was in Austin.
Apple's seat is in Cupertino.
"""


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
    yield from _parse(OPEN_TEXTS)


def controls():
    yield from _parse(CONTROLS)


def main():
    verbose = os.environ.get("VERBOSE")
    assert {t for _, _, t in _parse(OPEN_TEXTS)} == set(OPEN), "OPEN and OPEN_TEXTS differ"
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
