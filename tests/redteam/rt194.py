"""Red team round 194 on WHOLE_SESSION.diff (the ten readings of the brief: player nouns, "a
bebop musician", died / born at, belonged to = member of, portrayed, bought / took over, died by /
of / from, founded / introduced / "first appeared in YEAR, in W", the "who ... died" clause, no
"he" / "she" for works).

Graphs: the shipped example graph and five of my own (see each builder's docstring): "jazz"
(player nouns, styles named before the noun, "a bebop musician", a dancer and a building of a
style, a robot saxophonist, a son who plays another instrument), "romans" (emperors and a horse in
a dynasty, a dog in a family, places typed place / settlement / colony, causes and manners of
death, "who ... died"), "cast" (actors who played characters, a real person, a sport, an
instrument; a performer who played venues; songs that "were played by" a performer), "firms"
(companies, banks and insurers that acquired each other; a museum, a company and a conglomerate
that acquired a painting, a building, a team; a merger; products typed "power bank" and "piggy
bank"), "books" (characters dated by first appearance, their novels and stories, authors; "he" /
"she").

Findings (37 of 295 false texts accepted; 9 arguable texts are OPEN; controls: 65 of 66 accepted).
5 of the 37 were accepted before the diff too (WHOLE_SESSION.diff reversed on a copy of the code):
the "first appeared in YEAR(,) in W" texts naming a later work ("Sherlock Holmes first appeared in
1887, in A Scandal in Bohemia"; "Hercule Poirot first appeared in 1920, in Murder on the Orient
Express"): the year and "appeared in W" are each checked, not that W is the first. The other 32
are the diff's:

* (5) 23. "played" -> "portrayed", "played the role / part of", "was portrayed by" is given for
  any relation whose phrase has "played" and one end typed actor / performer: a sport ("Dwayne
  Johnson portrayed football", "Football was portrayed by Dwayne Johnson"), an instrument ("Jeff
  Goldblum plays the role of piano"), a venue a performer played ("Elvis Presley portrayed
  Madison Square Garden") and a song that "was played by" a performer ("Hound Dog was portrayed
  by Elvis Presley", "Elvis Presley played the part of Hound Dog").
* (8) 7. FOUNDED_KINDS by any type word "bank": products typed "power bank" and "piggy bank" are
  "founded / established / formed in" their release year ("PowerCore 10000 was founded in 2016",
  "Founded in 2016, PowerCore 10000 is made by Anker").
* (4) 2. "belonged to" -> "was a member of" for living things that are not people: a horse owned
  by a dynasty ("Incitatus was a member of the Julio-Claudian dynasty").

Held: (1) wrong instrument, wrong saxophone / bass, wrong style or place before the noun,
appositions naming another person, "the son of Y was a pianist", negations, "as was", lists;
(2) styles a musician only influenced, a dancer or a building called a musician, "Monk and
Coltrane were bebop"; (3) wrong places with "born at / died at / passed away / a native of", a
burial place; (4) wrong dynasty / band, present tense, direction; (6) a museum's painting, a
building, a team, a merger, direction, present tense; (7) killers and places after "died by /
of / from", wrong causes; (9) "Y, who ... Z, died ..." with Z's death (5 of them were accepted
before the diff and are now rejected); (10) "he" / "she" after a work; the readings on the
example graph.
Control rejected: "Hercule Poirot first appeared in 1920, in The Mysterious Affair at Styles." (a
title beginning with "The" after "first appeared in YEAR, in"; so is "... in The Sign of the
Four" in the false texts).
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


def movies():
    """The shipped example graph (MovieLens films, DBpedia credits, user ratings and tags)."""
    return kgx.KnowledgeGraph.example()


def jazz():
    """(1)(2) Musicians (typed "musician") with an instrument relation ("plays the instrument" /
    "is the instrument of": piano, drums, alto / tenor saxophone, double bass, bass guitar,
    trumpet, clarinet, electric guitar), styles ("is associated with" / "is the style of", typed
    "style") and styles they only influenced ("influenced"), a swing dancer (typed "dancer") and a
    building (typed "building") of a style, a robot (typed "robot") that plays the saxophone,
    fathers and sons, birth and death places, a quintet and a band ("belonged to"), albums."""
    rels = [
        R("plays", phrase="plays the instrument", inverse_phrase="is the instrument of",
          domain=("musician", "robot"), range=("instrument",)),
        R("style", phrase="is associated with", inverse_phrase="is the style of",
          domain=("musician", "dancer", "building"), range=("style",)),
        R("influenced", phrase="influenced", inverse_phrase="was influenced by", domain=("musician",),
          range=("style",)),
        R("son_of", phrase="is the son of", inverse_phrase="is the father of", domain=("musician",),
          range=("musician",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("musician", "dancer"),
          range=("city",)),
        R("died_in", phrase="died in", inverse_phrase="is the place of death of", domain=("musician",),
          range=("city",)),
        R("belonged", phrase="belonged to", inverse_phrase="included", domain=("musician",),
          range=("quintet", "band")),
        R("recorded_by", phrase="was recorded by", inverse_phrase="recorded", domain=("album",),
          range=("musician",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("building",),
          range=("architect",)),
    ]
    items = {"a:genius": ("album", "Genius of Modern Music", 1952), "a:kind": ("album", "Kind of Blue", 1959),
             "a:love": ("album", "A Love Supreme", 1965), "a:ah": ("album", "Mingus Ah Um", 1959),
             "b:chrysler": ("building", "the Chrysler Building", 1930)}
    others = {"m:monk": ("musician", "Thelonious Monk", 1917), "m:tsmonk": ("musician", "T. S. Monk", 1949),
              "m:powell": ("musician", "Bud Powell", 1924), "m:parker": ("musician", "Charlie Parker", 1920),
              "m:coltrane": ("musician", "John Coltrane", 1926), "m:mingus": ("musician", "Charles Mingus", 1922),
              "m:jaco": ("musician", "Jaco Pastorius", 1951), "m:miles": ("musician", "Miles Davis", 1926),
              "m:goodman": ("musician", "Benny Goodman", 1909), "m:christian": ("musician", "Charlie Christian", 1916),
              "m:ravi": ("musician", "Ravi Coltrane", 1965),
              "d:manning": ("dancer", "Frankie Manning", 1914), "r:teo": ("robot", "Teo", 2017),
              "x:van": ("architect", "William Van Alen"),
              "i:piano": ("instrument", "piano"), "i:drums": ("instrument", "drums"),
              "i:alto": ("instrument", "alto saxophone"), "i:tenor": ("instrument", "tenor saxophone"),
              "i:sax": ("instrument", "saxophone"),
              "i:dbass": ("instrument", "double bass"), "i:bassg": ("instrument", "bass guitar"),
              "i:trumpet": ("instrument", "trumpet"), "i:clarinet": ("instrument", "clarinet"),
              "i:eguitar": ("instrument", "electric guitar"),
              "s:bebop": ("style", "bebop"), "s:hardbop": ("style", "hard bop"), "s:cool": ("style", "cool jazz"),
              "s:swing": ("style", "swing"), "s:free": ("style", "free jazz"), "s:fusion": ("style", "jazz fusion"),
              "s:deco": ("style", "Art Deco"), "s:modal": ("style", "modal jazz"),
              "c:rocky": ("city", "Rocky Mount"), "c:weehawken": ("city", "Weehawken"), "c:nyc": ("city", "New York"),
              "c:kc": ("city", "Kansas City"), "c:hamlet": ("city", "Hamlet"), "c:huntington": ("city", "Huntington"),
              "c:nogales": ("city", "Nogales"), "c:cuernavaca": ("city", "Cuernavaca"), "c:alton": ("city", "Alton"),
              "c:santamonica": ("city", "Santa Monica"), "c:chicago": ("city", "Chicago"),
              "c:norristown": ("city", "Norristown"), "c:fortlauderdale": ("city", "Fort Lauderdale"),
              "c:jacksonville": ("city", "Jacksonville"),
              "q:quintet": ("quintet", "the Miles Davis Quintet"), "q:weather": ("band", "Weather Report")}
    items.update({k: v for k, v in others.items() if len(v) == 3})
    others = {k: v for k, v in others.items() if len(v) == 2}
    T_ = _t("plays", [("m:monk", "i:piano"), ("m:tsmonk", "i:drums"), ("m:powell", "i:piano"),
                      ("m:parker", "i:alto"), ("m:coltrane", "i:tenor"), ("m:mingus", "i:dbass"),
                      ("m:jaco", "i:bassg"), ("m:miles", "i:trumpet"), ("m:goodman", "i:clarinet"),
                      ("m:christian", "i:eguitar"), ("r:teo", "i:sax"), ("m:ravi", "i:sax")])
    T_ += _t("style", [("m:monk", "s:bebop"), ("m:powell", "s:bebop"), ("m:parker", "s:bebop"),
                       ("m:coltrane", "s:hardbop"), ("m:coltrane", "s:free"), ("m:mingus", "s:hardbop"),
                       ("m:jaco", "s:fusion"), ("m:miles", "s:cool"), ("m:miles", "s:modal"),
                       ("m:goodman", "s:swing"), ("m:christian", "s:swing"),
                       ("d:manning", "s:swing"), ("b:chrysler", "s:deco")])
    T_ += _t("influenced", [("m:monk", "s:hardbop"), ("m:christian", "s:bebop"), ("m:miles", "s:fusion")])
    T_ += _t("son_of", [("m:tsmonk", "m:monk"), ("m:ravi", "m:coltrane")])
    T_ += _t("born_in", [("m:monk", "c:rocky"), ("m:powell", "c:nyc"), ("m:parker", "c:kc"),
                         ("m:coltrane", "c:hamlet"), ("m:mingus", "c:nogales"), ("m:jaco", "c:norristown"),
                         ("m:miles", "c:alton"), ("m:goodman", "c:chicago"), ("d:manning", "c:jacksonville"),
                         ("m:tsmonk", "c:nyc")])
    T_ += _t("died_in", [("m:monk", "c:weehawken"), ("m:powell", "c:nyc"), ("m:parker", "c:nyc"),
                         ("m:coltrane", "c:huntington"), ("m:mingus", "c:cuernavaca"), ("m:jaco", "c:fortlauderdale"),
                         ("m:miles", "c:santamonica")])
    T_ += _t("belonged", [("m:miles", "q:quintet"), ("m:coltrane", "q:quintet"), ("m:jaco", "q:weather")])
    T_ += _t("recorded_by", [("a:genius", "m:monk"), ("a:kind", "m:miles"), ("a:kind", "m:coltrane"),
                             ("a:love", "m:coltrane"), ("a:ah", "m:mingus")])
    T_ += _t("designed_by", [("b:chrysler", "x:van")])
    return _build(items, others, rels, T_)


def romans():
    """(3)(4)(7)(9) Roman emperors (typed "emperor") of dynasties (typed "dynasty"; "belonged to"),
    a horse (typed "horse") that "belonged to" a dynasty (owned by it) and a dog (typed "dog") that
    "belonged to" a family (typed "family"); birth and death places typed "place", "settlement",
    "colony", "city"; a place where a body "was buried in"; causes and manners of death (typed
    "manner of death", "cause of death"); "succeeded"; a war one "died in" (typed "war")."""
    rels = [
        R("belonged", phrase="belonged to", inverse_phrase="included", domain=("emperor", "horse", "dog"),
          range=("dynasty", "family")),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("emperor", "horse"),
          range=("place", "settlement", "colony", "city")),
        R("died_in", phrase="died in", inverse_phrase="is the place of death of", domain=("emperor",),
          range=("place", "settlement", "colony", "city")),
        R("buried_in", phrase="was buried in", inverse_phrase="is the burial place of", domain=("emperor",),
          range=("place", "settlement", "colony", "city")),
        R("died_by", phrase="died by", inverse_phrase="is the manner of death of", domain=("emperor",),
          range=("manner of death",)),
        R("died_of", phrase="died of", inverse_phrase="is the cause of death of", domain=("emperor",),
          range=("cause of death",)),
        R("succeeded", phrase="succeeded", inverse_phrase="was succeeded by", domain=("emperor",),
          range=("emperor",)),
        R("killed_by", phrase="was killed by", inverse_phrase="killed", domain=("emperor",), range=("person",)),
        R("owned_by", phrase="was owned by", inverse_phrase="owned", domain=("horse", "dog"),
          range=("emperor", "person")),
    ]
    items = {"e:hadrian": ("emperor", "Hadrian", 76), "e:trajan": ("emperor", "Trajan", 53),
             "e:severus": ("emperor", "Septimius Severus", 145), "e:caracalla": ("emperor", "Caracalla", 188),
             "e:geta": ("emperor", "Geta", 189), "e:macrinus": ("emperor", "Macrinus", 165),
             "e:nero": ("emperor", "Nero", 37), "e:caligula": ("emperor", "Caligula", 12),
             "h:incitatus": ("horse", "Incitatus", 30), "d:bo": ("dog", "Bo", 2008)}
    others = {"y:nerva": ("dynasty", "the Nerva-Antonine dynasty"), "y:severan": ("dynasty", "the Severan dynasty"),
              "y:julio": ("dynasty", "the Julio-Claudian dynasty"), "f:obama": ("family", "the Obama family"),
              "p:italica": ("settlement", "Italica"), "p:leptis": ("city", "Leptis Magna"),
              "p:lugdunum": ("colony", "Lugdunum"), "p:eboracum": ("colony", "Eboracum"),
              "p:rome": ("city", "Rome"), "p:baiae": ("place", "Baiae"), "p:carrhae": ("place", "Carrhae"),
              "p:selinus": ("settlement", "Selinus"), "p:antium": ("settlement", "Antium"),
              "p:mausoleum": ("place", "the Mausoleum of Hadrian"), "p:caesarea": ("colony", "Caesarea"),
              "p:spain": ("city", "Hispalis"),
              "k:assassination": ("manner of death", "assassination"), "k:suicide": ("manner of death", "suicide"),
              "k:execution": ("manner of death", "execution"),
              "k:illness": ("cause of death", "illness"), "k:stroke": ("cause of death", "a stroke"),
              "k:edema": ("cause of death", "edema"),
              "x:martialis": ("person", "Julius Martialis"), "x:cassius": ("person", "Cassius Chaerea"),
              "x:obama": ("person", "Barack Obama")}
    T_ = _t("belonged", [("e:hadrian", "y:nerva"), ("e:trajan", "y:nerva"), ("e:severus", "y:severan"),
                         ("e:caracalla", "y:severan"), ("e:geta", "y:severan"), ("e:nero", "y:julio"),
                         ("e:caligula", "y:julio"), ("h:incitatus", "y:julio"), ("d:bo", "f:obama")])
    T_ += _t("born_in", [("e:hadrian", "p:italica"), ("e:trajan", "p:italica"), ("e:severus", "p:leptis"),
                         ("e:caracalla", "p:lugdunum"), ("e:geta", "p:rome"), ("e:macrinus", "p:caesarea"),
                         ("e:nero", "p:antium"), ("e:caligula", "p:antium")])
    T_ += _t("died_in", [("e:hadrian", "p:baiae"), ("e:trajan", "p:selinus"), ("e:severus", "p:eboracum"),
                         ("e:caracalla", "p:carrhae"), ("e:geta", "p:rome"), ("e:nero", "p:rome"),
                         ("e:caligula", "p:rome")])
    T_ += _t("buried_in", [("e:hadrian", "p:mausoleum"), ("e:severus", "p:rome"), ("e:caracalla", "p:rome")])
    T_ += _t("died_by", [("e:caracalla", "k:assassination"), ("e:geta", "k:assassination"),
                         ("e:nero", "k:suicide"), ("e:macrinus", "k:execution"), ("e:caligula", "k:assassination")])
    T_ += _t("died_of", [("e:hadrian", "k:edema"), ("e:trajan", "k:stroke"), ("e:severus", "k:illness")])
    T_ += _t("succeeded", [("e:hadrian", "e:trajan"), ("e:caracalla", "e:severus"), ("e:geta", "e:severus"),
                           ("e:macrinus", "e:caracalla")])
    T_ += _t("killed_by", [("e:caracalla", "x:martialis"), ("e:caligula", "x:cassius")])
    T_ += _t("owned_by", [("h:incitatus", "e:caligula"), ("d:bo", "x:obama")])
    return _build(items, others, rels, T_)


def cast():
    """(5) Actors (typed "actor") who "played" characters (typed "character"; one a real person,
    Winston Churchill, typed "character" too), an actor who also "played" a sport (typed "sport")
    and "plays" an instrument (typed "instrument"), a performer (typed "performer") who "played" a
    venue (typed "venue"), songs (typed "song") that "were played by" performers, actors "born in"
    and "died in" cities, films (items) that "star" actors."""
    rels = [
        R("played", phrase="played", inverse_phrase="was played by", domain=("actor",), range=("character",)),
        R("sport", phrase="played", inverse_phrase="was played by", domain=("actor",), range=("sport",)),
        R("instrument", phrase="plays", inverse_phrase="is played by", domain=("actor",), range=("instrument",)),
        R("venue", phrase="played", inverse_phrase="hosted", domain=("performer",), range=("venue",)),
        R("song", phrase="was played by", inverse_phrase="played", domain=("song",), range=("performer",)),
        R("starring", phrase="stars", inverse_phrase="starred in", domain=("film",), range=("actor",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("actor", "performer"),
          range=("city",)),
        R("died_in", phrase="died in", inverse_phrase="is the place of death of", domain=("actor", "performer"),
          range=("city",)),
        R("created_by", phrase="was created by", inverse_phrase="created", domain=("character",),
          range=("writer",)),
    ]
    items = {"f:darkest": ("film", "Darkest Hour", 2017), "f:chaplin": ("film", "Chaplin", 1992),
             "f:kid": ("film", "The Kid", 1921), "f:dk": ("film", "The Dark Knight", 2008),
             "f:ballers": ("film", "Ballers", 2015), "f:dr": ("film", "Dr. Strangelove", 1964),
             "s:hound": ("song", "Hound Dog", 1956), "s:suspicious": ("song", "Suspicious Minds", 1969)}
    others = {"a:oldman": ("actor", "Gary Oldman"), "a:rdj": ("actor", "Robert Downey Jr."),
              "a:chaplin": ("actor", "Charlie Chaplin"), "a:ledger": ("actor", "Heath Ledger"),
              "a:johnson": ("actor", "Dwayne Johnson"), "a:goldblum": ("actor", "Jeff Goldblum"),
              "a:sellers": ("actor", "Peter Sellers"), "p:elvis": ("performer", "Elvis Presley"),
              "c:churchill": ("character", "Winston Churchill"), "c:gordon": ("character", "Jim Gordon"),
              "c:tramp": ("character", "the Tramp"), "c:chaplin": ("character", "Charlie Chaplin"),
              "c:joker": ("character", "the Joker"), "c:spencer": ("character", "Spencer Strasmore"),
              "c:strangelove": ("character", "Dr. Strangelove"), "c:muffley": ("character", "President Muffley"),
              "c:mandrake": ("character", "Captain Mandrake"),
              "sp:football": ("sport", "football"), "sp:tennis": ("sport", "tennis"),
              "i:piano": ("instrument", "piano"), "v:intl": ("venue", "the International Hotel"),
              "v:msg": ("venue", "Madison Square Garden"),
              "w:kane": ("writer", "Bob Kane"), "w:finger": ("writer", "Bill Finger"),
              "x:london": ("city", "London"), "x:nyc": ("city", "New York City"), "x:memphis": ("city", "Memphis"),
              "x:tupelo": ("city", "Tupelo"), "x:hayward": ("city", "Hayward"), "x:pittsburgh": ("city", "Pittsburgh"),
              "x:perth": ("city", "Perth"), "x:vevey": ("city", "Vevey"), "x:southsea": ("city", "Southsea")}
    T_ = _t("played", [("a:oldman", "c:churchill"), ("a:oldman", "c:gordon"), ("a:rdj", "c:chaplin"),
                       ("a:chaplin", "c:tramp"), ("a:ledger", "c:joker"), ("a:johnson", "c:spencer"),
                       ("a:sellers", "c:strangelove"), ("a:sellers", "c:muffley"), ("a:sellers", "c:mandrake")])
    T_ += _t("sport", [("a:johnson", "sp:football"), ("a:oldman", "sp:tennis")])
    T_ += _t("instrument", [("a:goldblum", "i:piano")])
    T_ += _t("venue", [("p:elvis", "v:intl"), ("p:elvis", "v:msg")])
    T_ += _t("song", [("s:hound", "p:elvis"), ("s:suspicious", "p:elvis")])
    T_ += _t("starring", [("f:darkest", "a:oldman"), ("f:chaplin", "a:rdj"), ("f:kid", "a:chaplin"),
                          ("f:dk", "a:ledger"), ("f:dk", "a:oldman"), ("f:ballers", "a:johnson"), ("f:dr", "a:sellers")])
    T_ += _t("born_in", [("a:oldman", "x:london"), ("a:rdj", "x:nyc"), ("a:chaplin", "x:london"),
                         ("a:ledger", "x:perth"), ("a:johnson", "x:hayward"), ("a:goldblum", "x:pittsburgh"),
                         ("a:sellers", "x:southsea"), ("p:elvis", "x:tupelo")])
    T_ += _t("died_in", [("a:chaplin", "x:vevey"), ("a:ledger", "x:nyc"), ("p:elvis", "x:memphis"),
                         ("a:sellers", "x:london")])
    T_ += _t("created_by", [("c:joker", "w:kane"), ("c:joker", "w:finger"), ("c:gordon", "w:kane"),
                            ("c:gordon", "w:finger")])
    return _build(items, others, rels, T_)


def firms():
    """(6)(8) Companies, banks and an insurer (items, typed "company", "bank", "insurer",
    "conglomerate", dated by founding) that "acquired" others; a museum that "acquired" a painting,
    a company that "acquired" a building, a conglomerate that "acquired" a team (each its own
    relation "acquired"); companies that "merged with" others; products typed "power bank" and
    "piggy bank" (dated by release) "made by" companies; "is headquartered in"."""
    rels = [
        R("acquired", phrase="acquired", inverse_phrase="was acquired by",
          domain=("company", "bank", "insurer", "conglomerate"), range=("company", "bank", "insurer")),
        R("acq_art", phrase="acquired", inverse_phrase="was acquired by", domain=("museum",), range=("painting",)),
        R("acq_bldg", phrase="acquired", inverse_phrase="was acquired by", domain=("company", "bank"),
          range=("building",)),
        R("acq_team", phrase="acquired", inverse_phrase="was acquired by", domain=("conglomerate",),
          range=("team",)),
        R("merged", phrase="merged with", inverse_phrase="merged with", domain=("company",), range=("company",)),
        R("made_by", phrase="is made by", inverse_phrase="makes", domain=("power bank", "piggy bank"),
          range=("company",)),
        R("hq", phrase="is headquartered in", inverse_phrase="is the headquarters of",
          domain=("company", "bank", "insurer", "conglomerate"), range=("city",)),
        R("painted_by", phrase="was painted by", inverse_phrase="painted", domain=("painting",), range=("painter",)),
    ]
    items = {"b:jpm": ("bank", "JPMorgan Chase", 2000), "b:bear": ("bank", "Bear Stearns", 1923),
             "b:wamu": ("bank", "Washington Mutual", 1889), "b:barclays": ("bank", "Barclays", 1690),
             "b:lehman": ("bank", "Lehman Brothers", 1850), "n:axa": ("insurer", "AXA", 1985),
             "n:xl": ("insurer", "XL Group", 1986), "c:google": ("company", "Google", 1998),
             "c:youtube": ("company", "YouTube", 2005), "c:exxon": ("company", "Exxon", 1870),
             "c:mobil": ("company", "Mobil", 1911), "c:anker": ("company", "Anker", 2011),
             "g:berkshire": ("conglomerate", "Berkshire Hathaway", 1839), "c:geico": ("company", "GEICO", 1936),
             "p:powercore": ("power bank", "PowerCore 10000", 2016), "p:oink": ("piggy bank", "Oinky", 1998)}
    others = {"m:getty": ("museum", "the Getty Museum"), "a:irises": ("painting", "Irises"),
              "a:vg": ("painter", "Vincent van Gogh"), "w:chrysler": ("building", "the Chrysler Building"),
              "t:braves": ("team", "the Atlanta Braves"), "g:liberty": ("conglomerate", "Liberty Media"),
              "x:nyc": ("city", "New York"), "x:london": ("city", "London"), "x:paris": ("city", "Paris"),
              "x:mv": ("city", "Mountain View"), "x:irving": ("city", "Irving"), "x:omaha": ("city", "Omaha"),
              "x:changsha": ("city", "Changsha"), "x:seattle": ("city", "Seattle"), "x:dc": ("city", "Chevy Chase"),
              "x:hamilton": ("city", "Hamilton"), "x:toys": ("company", "Toyland Inc."),
              "x:mubadala": ("company", "Mubadala")}
    T_ = _t("acquired", [("b:jpm", "b:bear"), ("b:jpm", "b:wamu"), ("b:barclays", "b:lehman"), ("n:axa", "n:xl"),
                         ("c:google", "c:youtube"), ("g:berkshire", "c:geico")])
    T_ += _t("acq_art", [("m:getty", "a:irises")])
    T_ += _t("acq_bldg", [("x:mubadala", "w:chrysler")])
    T_ += _t("acq_team", [("g:liberty", "t:braves")])
    T_ += _t("merged", [("c:exxon", "c:mobil")])
    T_ += _t("made_by", [("p:powercore", "c:anker"), ("p:oink", "x:toys")])
    T_ += _t("hq", [("b:jpm", "x:nyc"), ("b:bear", "x:nyc"), ("b:wamu", "x:seattle"), ("b:barclays", "x:london"),
                    ("b:lehman", "x:nyc"), ("n:axa", "x:paris"), ("n:xl", "x:hamilton"), ("c:google", "x:mv"),
                    ("c:exxon", "x:irving"), ("g:berkshire", "x:omaha"), ("c:anker", "x:changsha"),
                    ("c:geico", "x:dc")])
    T_ += _t("painted_by", [("a:irises", "a:vg")])
    return _build(items, others, rels, T_)


def books():
    """(8)(10) Fictional characters (items typed "detective", "character", dated by their first
    appearance), the works they "appeared in" (novels, stories typed "novel", "short story"),
    their creators (typed "writer"), where they and their creators live or were born, a novel
    named after its heroine (Emma)."""
    rels = [
        R("appeared_in", phrase="appeared in", inverse_phrase="features", domain=("detective", "character"),
          range=("novel", "short story")),
        R("created_by", phrase="was created by", inverse_phrase="created", domain=("detective", "character"),
          range=("writer",)),
        R("written_by", phrase="was written by", inverse_phrase="wrote", domain=("novel", "short story"),
          range=("writer",)),
        R("lives_in", phrase="lives in", inverse_phrase="is the home of", domain=("detective", "character"),
          range=("city", "village")),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("writer",),
          range=("city", "village")),
        R("published", phrase="was published in", inverse_phrase="published", domain=("novel", "short story"),
          range=("magazine",)),
    ]
    items = {"k:holmes": ("detective", "Sherlock Holmes", 1887), "k:poirot": ("detective", "Hercule Poirot", 1920),
             "k:ramotswe": ("detective", "Precious Ramotswe", 1998), "k:emma": ("character", "Emma Woodhouse", 1815),
             "k:watson": ("character", "Dr. Watson", 1887),
             "n:study": ("novel", "A Study in Scarlet", 1887), "n:sign": ("novel", "The Sign of the Four", 1890),
             "n:scandal": ("short story", "A Scandal in Bohemia", 1891),
             "n:styles": ("novel", "The Mysterious Affair at Styles", 1920),
             "n:orient": ("novel", "Murder on the Orient Express", 1934),
             "n:ladies": ("novel", "The No. 1 Ladies' Detective Agency", 1998), "n:emma": ("novel", "Emma", 1815)}
    others = {"w:doyle": ("writer", "Arthur Conan Doyle"), "w:christie": ("writer", "Agatha Christie"),
              "w:smith": ("writer", "Alexander McCall Smith"), "w:austen": ("writer", "Jane Austen"),
              "c:london": ("city", "London"), "c:edinburgh": ("city", "Edinburgh"), "c:torquay": ("city", "Torquay"),
              "c:gaborone": ("city", "Gaborone"), "c:bulawayo": ("city", "Bulawayo"),
              "c:highbury": ("village", "Highbury"), "c:steventon": ("village", "Steventon"),
              "z:beeton": ("magazine", "Beeton's Christmas Annual"), "z:strand": ("magazine", "The Strand Magazine")}
    T_ = _t("appeared_in", [("k:holmes", "n:study"), ("k:holmes", "n:sign"), ("k:holmes", "n:scandal"),
                            ("k:watson", "n:study"), ("k:watson", "n:sign"), ("k:poirot", "n:styles"),
                            ("k:poirot", "n:orient"), ("k:ramotswe", "n:ladies"), ("k:emma", "n:emma")])
    T_ += _t("created_by", [("k:holmes", "w:doyle"), ("k:watson", "w:doyle"), ("k:poirot", "w:christie"),
                            ("k:ramotswe", "w:smith"), ("k:emma", "w:austen")])
    T_ += _t("written_by", [("n:study", "w:doyle"), ("n:sign", "w:doyle"), ("n:scandal", "w:doyle"),
                            ("n:styles", "w:christie"), ("n:orient", "w:christie"), ("n:ladies", "w:smith"),
                            ("n:emma", "w:austen")])
    T_ += _t("lives_in", [("k:holmes", "c:london"), ("k:watson", "c:london"), ("k:poirot", "c:london"),
                          ("k:ramotswe", "c:gaborone"), ("k:emma", "c:highbury")])
    T_ += _t("born_in", [("w:doyle", "c:edinburgh"), ("w:christie", "c:torquay"), ("w:smith", "c:bulawayo"),
                         ("w:austen", "c:steventon")])
    T_ += _t("published", [("n:study", "z:beeton"), ("n:scandal", "z:strand")])
    return _build(items, others, rels, T_)


BUILDERS = {"movies": movies, "jazz": jazz, "romans": romans, "cast": cast, "firms": firms, "books": books}

_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason

TEXTS = r"""
@jazz
# (1) player nouns: wrong instrument, wrong kind of saxophone / bass, wrong person in a clause
Thelonious Monk was a drummer.
Thelonious Monk is a drummer.
T. S. Monk was a pianist.
Charlie Parker was a tenor saxophonist.
John Coltrane was an alto saxophonist.
Charlie Parker was a trumpeter.
Jaco Pastorius was a double bass player.
Jaco Pastorius was a double bassist.
Charles Mingus was a bass guitar player.
Charlie Christian was a pianist.
Benny Goodman was a saxophonist.
Miles Davis was a pianist.
Teo is a pianist.
Frankie Manning was a pianist.
Charlie Parker, an alto saxophonist, was born in New York.
Charlie Parker, an alto saxophonist, died in Kansas City.
Charlie Parker, a tenor saxophonist, was born in Kansas City.
John Coltrane, an alto saxophonist, recorded A Love Supreme.
Miles Davis, a pianist, recorded Kind of Blue.
T. S. Monk is the son of Thelonious Monk, a drummer.
Thelonious Monk is the father of T. S. Monk, a pianist.
Kind of Blue was recorded by Miles Davis and John Coltrane, a trumpeter.
Kind of Blue was recorded by John Coltrane and Miles Davis, a tenor saxophonist.
Thelonious Monk was a pianist whose son was a pianist.
Thelonious Monk was a pianist who died in New York.
Thelonious Monk was a pianist and died in New York.
Thelonious Monk was a pianist, and Bud Powell died in Weehawken.
Thelonious Monk was a pianist, as was T. S. Monk.
Like Thelonious Monk, T. S. Monk was a pianist.
Thelonious Monk was a pianist, and so was T. S. Monk.
Thelonious Monk was a pianist; T. S. Monk was too.
Thelonious Monk was a pianist. So was T. S. Monk.
Thelonious Monk was a pianist; his son was a pianist too.
Thelonious Monk was a pianist, his son a pianist.
Thelonious Monk was a pianist, T. S. Monk a drummer, and Bud Powell a drummer.
The son of Thelonious Monk was a pianist.
The pianist T. S. Monk is the son of Thelonious Monk.
Thelonious Monk, a pianist, was the son of T. S. Monk.
Thelonious Monk was a pianist and a drummer.
Thelonious Monk was a pianist and composer.
Thelonious Monk was a pianist, born in Chicago.
Thelonious Monk was not a pianist.
Thelonious Monk was never a pianist.
Thelonious Monk was once a drummer.
Thelonious Monk was a drummer before he was a pianist.
Thelonious Monk was a pianist before 1900.
Thelonious Monk was a pianist, not a drummer.
Thelonious Monk was a pianist rather than a drummer.
Thelonious Monk was a pianist in Weather Report.
Thelonious Monk was a pianist of the Miles Davis Quintet.
Thelonious Monk was a pianist with Weather Report.
Thelonious Monk was a pianist for Weather Report.
John Coltrane was a saxophone player.
Jaco Pastorius was a tenor saxophonist.
# (1)(2) a style or place named before the player noun
Benny Goodman was a swing pianist.
Charlie Christian was a bebop electric guitarist.
Charlie Christian was a bebop guitarist.
Thelonious Monk was a hard bop pianist.
Thelonious Monk was a cool jazz pianist.
Miles Davis was a jazz fusion trumpeter.
Miles Davis was a bebop trumpeter.
John Coltrane was a bebop tenor saxophonist.
Charlie Parker was a swing alto saxophonist.
Teo was a bebop saxophonist.
Frankie Manning was a swing pianist.
Thelonious Monk was a New York pianist.
Thelonious Monk was a Rocky Mount drummer.
Thelonious Monk was a Weehawken pianist.
Miles Davis was a Miles Davis Quintet trumpeter.
Jaco Pastorius was a Weather Report drummer.
# (2) "a bebop musician", "Monk was bebop": styles that are not theirs, a dancer, a building
Thelonious Monk was hard bop.
Thelonious Monk was a hard bop musician.
Thelonious Monk was bebop and hard bop.
Thelonious Monk and John Coltrane were bebop.
Charlie Christian was bebop.
Charlie Christian was a bebop musician.
Miles Davis was jazz fusion.
Miles Davis was a jazz fusion musician.
Benny Goodman was a bebop musician.
John Coltrane was a cool jazz musician.
Frankie Manning was a swing musician.
The Chrysler Building is an Art Deco musician.
Genius of Modern Music was bebop.
Bebop is the style of John Coltrane.
Thelonious Monk's style was hard bop.
Thelonious Monk is not bebop.
Thelonious Monk was never bebop.
# (4) "belonged to" a quintet / band
Thelonious Monk was a member of Weather Report.
Jaco Pastorius was a member of the Miles Davis Quintet.
John Coltrane was a member of Weather Report.
Miles Davis and Jaco Pastorius were members of the Miles Davis Quintet.
Charlie Parker belonged to the Miles Davis Quintet.
Weather Report was a member of Jaco Pastorius.
Miles Davis is a member of the Miles Davis Quintet.
# (3) died at / passed away
Thelonious Monk died at New York.
Thelonious Monk passed away at Rocky Mount.
Charlie Parker passed away in Kansas City.
John Coltrane was born at Huntington.
Charles Mingus was a native of Cuernavaca.
@romans
# (4) a horse "belonged to" a dynasty (it was owned by it)
Incitatus was a member of the Julio-Claudian dynasty.
Incitatus, a member of the Julio-Claudian dynasty, was owned by Caligula.
Caligula owned Incitatus, a member of the Julio-Claudian dynasty.
Incitatus was a member of the Julio-Claudian dynasty and was owned by Caligula.
Caligula and Incitatus were members of the Julio-Claudian dynasty.
Caracalla is a member of the Severan dynasty.
Caracalla belongs to the Severan dynasty.
Caracalla was a member of the Julio-Claudian dynasty.
Hadrian was a member of the Severan dynasty.
Macrinus was a member of the Severan dynasty.
Bo was a member of the Julio-Claudian dynasty.
The Severan dynasty was a member of Caracalla.
# (3) born at / died at / passed away / a native of, places typed place, settlement, colony
Hadrian was a native of Baiae.
Hadrian was born at Baiae.
Hadrian died at Italica.
Hadrian passed away in Italica.
Hadrian passed away at Italica.
Hadrian died at the Mausoleum of Hadrian.
Caracalla died at Rome.
Septimius Severus died at Rome.
Incitatus was born at Antium.
Incitatus was a native of Antium.
Caracalla was born at Carrhae.
Caracalla was a native of Carrhae.
Septimius Severus was born at Eboracum.
Macrinus died at Caesarea.
Trajan passed away at Italica.
Hadrian was born and died at Italica.
Caracalla was born at Lugdunum and died at Rome.
Geta was born at Antium.
Nero was a native of Rome.
# (7) died by / of / from: people, places, wrong causes
Caracalla died by Julius Martialis.
Caracalla died of Julius Martialis.
Caracalla died from Julius Martialis.
Caligula died by Cassius Chaerea.
Caracalla died of Carrhae.
Nero died of assassination.
Nero died from assassination.
Septimius Severus died of assassination.
Trajan died of edema.
Hadrian died from a stroke.
Macrinus died of suicide.
Caracalla died by assassination in Rome.
Caracalla died in Carrhae by execution.
Nero died by suicide in Antium.
Caracalla died by assassination at Rome.
# (9) "Y, who ... Z, died ...": the died is Y's
Caracalla, who succeeded Septimius Severus, died in Eboracum.
Caracalla, who succeeded Septimius Severus, died at Eboracum.
Macrinus, who succeeded Caracalla, died by assassination.
Macrinus succeeded Caracalla, who died by execution.
Caracalla succeeded Septimius Severus, who died by assassination.
Septimius Severus, who was succeeded by Caracalla, died in Carrhae.
Hadrian, who succeeded Trajan, died in Selinus.
Hadrian, who succeeded Trajan, died of a stroke.
Caracalla, who was killed by Julius Martialis, died in Rome.
Geta, who succeeded Septimius Severus, lived in Rome.
Geta, who succeeded Septimius Severus, belonged to the Julio-Claudian dynasty.
Caracalla, who Macrinus succeeded, died by execution.
Caracalla, whom Macrinus succeeded, died by execution.
Trajan, who was succeeded by Hadrian, died at Baiae.
@cast
# (5) "played" a sport, an instrument, a venue, a song is no role
Dwayne Johnson portrayed football.
Dwayne Johnson played the role of football.
Dwayne Johnson played the part of football.
Football was portrayed by Dwayne Johnson.
Football has been portrayed by Dwayne Johnson.
Gary Oldman portrayed tennis.
Gary Oldman played the role of tennis.
Gary Oldman played the part of tennis.
Tennis was portrayed by Gary Oldman.
Jeff Goldblum portrays piano.
Jeff Goldblum plays the role of piano.
Jeff Goldblum plays the part of piano.
Piano is portrayed by Jeff Goldblum.
Elvis Presley portrayed the International Hotel.
Elvis Presley portrayed Madison Square Garden.
Elvis Presley played the role of Madison Square Garden.
Elvis Presley played the part of the International Hotel.
Madison Square Garden was portrayed by Elvis Presley.
Hound Dog was portrayed by Elvis Presley.
Suspicious Minds was portrayed by Elvis Presley.
Hound Dog has been portrayed by Elvis Presley.
Elvis Presley portrayed Hound Dog.
Elvis Presley played the role of Suspicious Minds.
Elvis Presley played the part of Hound Dog.
Gary Oldman portrayed Winston Churchill and tennis.
Gary Oldman portrayed tennis and Jim Gordon.
# (5) the readings between actors and characters
Robert Downey Jr. portrayed the Tramp.
Charlie Chaplin portrayed Charlie Chaplin.
Charlie Chaplin was portrayed by Charlie Chaplin.
Robert Downey Jr. was portrayed by Charlie Chaplin.
Winston Churchill portrayed Gary Oldman.
Gary Oldman was portrayed by Winston Churchill.
Peter Sellers portrayed Dr. Strangelove and the Joker.
Gary Oldman portrayed the Joker in The Dark Knight.
Gary Oldman portrays Winston Churchill.
Gary Oldman is portrayed by Winston Churchill.
The Joker was portrayed by Heath Ledger and Gary Oldman.
Bob Kane portrayed the Joker.
The Joker portrayed Heath Ledger.
Heath Ledger played the role of Bob Kane.
Elvis Presley was portrayed by Hound Dog.
Jim Gordon was portrayed by Gary Oldman, who was born in Perth.
Gary Oldman, who portrayed Jim Gordon, was born in Perth.
Heath Ledger, who portrayed the Joker, died in London.
Heath Ledger portrayed the Joker and died in London.
Heath Ledger portrayed football.
Peter Sellers played the role of Jim Gordon.
@firms
# (6) "bought" etc. for a museum's painting, a building, a team, a merger, wrong direction / tense
The Getty Museum bought Irises.
The Getty Museum purchased Irises.
Irises was bought by the Getty Museum.
Mubadala bought the Chrysler Building.
Liberty Media bought the Atlanta Braves.
Liberty Media took over the Atlanta Braves.
Liberty Media absorbed the Atlanta Braves.
Exxon absorbed Mobil.
Exxon bought Mobil.
Mobil was taken over by Exxon.
Bear Stearns bought JPMorgan Chase.
JPMorgan Chase was bought by Bear Stearns.
JPMorgan Chase buys Bear Stearns.
JPMorgan Chase bought Bear Stearns and Lehman Brothers.
Barclays took over Washington Mutual.
Berkshire Hathaway is taking over GEICO.
Berkshire Hathaway tried to buy GEICO.
Berkshire Hathaway sold GEICO.
Berkshire Hathaway merged with GEICO.
GEICO absorbed into Berkshire Hathaway.
JPMorgan Chase took over Bear Stearns in 2000.
XL Group purchased AXA.
XL Group was absorbed into Washington Mutual.
# (8) "founded in" banks, insurers, conglomerates; products typed "power bank", "piggy bank"
PowerCore 10000 was founded in 2016.
PowerCore 10000 was established in 2016.
Oinky was founded in 1998.
Oinky was formed in 1998.
Oinky was established in 1998.
Founded in 2016, PowerCore 10000 is made by Anker.
PowerCore 10000, founded in 2016, is made by Anker.
Anker makes PowerCore 10000, founded in 2016.
Barclays was released in 1690.
Barclays was born in 1690.
Barclays opened in 1690.
Barclays debuted in 1690.
Barclays was introduced in 1690.
Berkshire Hathaway was incorporated in 1839.
Barclays bought Lehman Brothers, founded in 1690.
AXA was founded in 1986.
Bear Stearns was founded in 2000.
@books
# (8) "first appeared in YEAR, in W": a later work
Sherlock Holmes first appeared in 1887, in The Sign of the Four.
Sherlock Holmes first appeared in 1887, in A Scandal in Bohemia.
Dr. Watson first appeared in 1887, in The Sign of the Four.
Dr. Watson first appeared in 1887, in A Scandal in Bohemia.
Hercule Poirot first appeared in 1920, in Murder on the Orient Express.
Sherlock Holmes first appeared in 1887, in London.
Sherlock Holmes first appeared in 1887, in Beeton's Christmas Annual.
Sherlock Holmes appeared in 1887, in The Sign of the Four.
Sherlock Holmes first appeared in 1887 in The Sign of the Four.
Sherlock Holmes first appeared in 1887 in A Scandal in Bohemia.
Hercule Poirot first appeared in 1920 in Murder on the Orient Express.
Introduced in 1887, Sherlock Holmes first appeared in A Scandal in Bohemia.
Introduced in 1920, Hercule Poirot first appeared in Murder on the Orient Express.
Sherlock Holmes debuted in 1887, in The Sign of the Four.
Sherlock Holmes first appeared in 1890, in The Sign of the Four.
Sherlock Holmes first appeared in 1887, in A Study in Scarlet, and in 1891, in A Scandal in Bohemia.
Precious Ramotswe first appeared in 1998, in Emma.
# (8) "Introduced in", "debuted": wrong years and facts
Introduced in 1887, Hercule Poirot lives in London.
Introduced in 1887, Sherlock Holmes was created by Agatha Christie.
Introduced in 1998, Precious Ramotswe lives in Bulawayo.
Introduced in 1887 in The Sign of the Four, Sherlock Holmes lives in London.
Introduced in 1890, Sherlock Holmes lives in London.
Sherlock Holmes was introduced in 1890.
Sherlock Holmes premiered in 1887.
Sherlock Holmes was founded in 1887.
Sherlock Holmes was released in 1887.
Sherlock Holmes was published in 1887.
Precious Ramotswe debuted in 1999.
# (10) "he" / "she" never a work
A Study in Scarlet introduced Sherlock Holmes, and he was born in Edinburgh.
Sherlock Holmes was created by Arthur Conan Doyle, and he lives in London.
Emma Woodhouse appeared in Emma, and she was born in Steventon.
Jane Austen wrote Emma, and she lives in Highbury.
Agatha Christie wrote Murder on the Orient Express, and it was born in Torquay.
Hercule Poirot appeared in Murder on the Orient Express; he was written by Agatha Christie.
Murder on the Orient Express features Hercule Poirot, and he was written by Agatha Christie.
A Study in Scarlet was written by Arthur Conan Doyle, and he was published in Beeton's Christmas Annual.
Emma was written by Jane Austen, and she appeared in Emma.
@movies
# the new readings on the example graph (people typed "person", films "movie")
Heat was directed by Michael Mann, and he was born at Chicago.
Al Pacino portrayed Heat.
Al Pacino played the role of Heat.
Heat was portrayed by Al Pacino.
Warner Bros. bought Heat.
Heat was bought by Warner Bros..
Michael Mann was a member of Heat.
Al Pacino belonged to Heat.
Heat was founded in 1995.
Introduced in 1995, Heat stars Al Pacino.
Toy Story was a Pixar musician.
Heat was a crime musician.
"""
CONTROLS = r"""
@jazz
Thelonious Monk was a pianist.
Thelonious Monk is a pianist.
Thelonious Monk was a bebop pianist.
Thelonious Monk was a bebop musician.
Thelonious Monk was bebop.
Charlie Parker, an alto saxophonist, was born in Kansas City.
Charlie Parker was an alto saxophonist.
Charles Mingus was a double bass player.
Charles Mingus was a double bassist.
John Coltrane was a tenor saxophonist.
John Coltrane was a hard bop musician.
Charlie Christian was an electric guitarist.
Jaco Pastorius was a bassist.
Jaco Pastorius was a jazz fusion bassist.
T. S. Monk was a drummer.
Miles Davis was a cool jazz trumpeter.
Benny Goodman was a swing clarinetist.
Frankie Manning was a swing dancer.
The Chrysler Building is Art Deco.
The Chrysler Building is an Art Deco building.
Jaco Pastorius was a member of Weather Report.
John Coltrane was a member of the Miles Davis Quintet.
Thelonious Monk died at Weehawken.
Thelonious Monk was born at Rocky Mount.
Charlie Parker passed away in New York.
@romans
Hadrian was born at Italica.
Hadrian died at Baiae.
Hadrian passed away at Baiae.
Septimius Severus died at Eboracum.
Caracalla was a native of Lugdunum.
Caracalla was a member of the Severan dynasty.
Hadrian and Trajan were members of the Nerva-Antonine dynasty.
Nero died of suicide.
Trajan died from a stroke.
Caracalla, who succeeded Septimius Severus, died by assassination.
Hadrian, who succeeded Trajan, died in Baiae.
Macrinus, who succeeded Caracalla, died by execution.
Incitatus belonged to the Julio-Claudian dynasty.
@cast
Gary Oldman portrayed Winston Churchill.
Gary Oldman played the role of Winston Churchill.
Winston Churchill was portrayed by Gary Oldman.
Robert Downey Jr. portrayed Charlie Chaplin.
Charlie Chaplin played the part of the Tramp.
Heath Ledger portrayed the Joker.
Peter Sellers played the role of Dr. Strangelove, President Muffley and Captain Mandrake.
Dwayne Johnson played football.
Elvis Presley played Madison Square Garden.
@firms
JPMorgan Chase bought Bear Stearns.
Bear Stearns was taken over by JPMorgan Chase.
JPMorgan Chase purchased Washington Mutual.
AXA absorbed XL Group.
Berkshire Hathaway purchased GEICO.
Barclays was founded in 1690.
Berkshire Hathaway was founded in 1839.
Lehman Brothers was founded in 1850 and was bought by Barclays.
The Getty Museum acquired Irises.
@books
Introduced in 1998, Precious Ramotswe lives in Gaborone.
Sherlock Holmes first appeared in 1887, in A Study in Scarlet.
Hercule Poirot first appeared in 1920, in The Mysterious Affair at Styles.
Introduced in 1887, Sherlock Holmes appeared in The Sign of the Four.
Introduced in 1920, Hercule Poirot lives in London.
Arthur Conan Doyle wrote A Study in Scarlet, and he was born in Edinburgh.
Emma was written by Jane Austen, and she was born in Steventon.
Hercule Poirot appeared in Murder on the Orient Express, and he was created by Agatha Christie.
@movies
Heat is directed by Michael Mann.
Twelve Monkeys is directed by Terry Gilliam.
"""

KNOWN = frozenset()

OPEN = frozenset(
    {
        # a pet dog is commonly called a member of its family
        "Bo was a member of the Obama family.",
        # a robot that plays the saxophone: "a saxophonist" is loose but arguable
        "Teo is a saxophonist.",
        # "died by" an illness is unidiomatic, but says the same death
        "Septimius Severus died by illness.",
        "Hadrian died by edema.",
        # Google keeps YouTube as a subsidiary: "absorbed" (merged into) is arguable
        "Google absorbed YouTube.",
        "YouTube was absorbed into Google.",
        # "launched" for the founding of a bank, for a character's first appearance: odd, arguable
        "Barclays was launched in 1690.",
        "Sherlock Holmes was launched in 1887.",
        # a real person played by an actor: the same reading
        "Gary Oldman played the part of Winston Churchill.",
    }
)

OPEN_TEXTS = r"""
@romans
Bo was a member of the Obama family.
Septimius Severus died by illness.
Hadrian died by edema.
@jazz
Teo is a saxophonist.
@firms
Google absorbed YouTube.
YouTube was absorbed into Google.
Barclays was launched in 1690.
@books
Sherlock Holmes was launched in 1887.
@cast
Gary Oldman played the part of Winston Churchill.
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
