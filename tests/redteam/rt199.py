"""Red team round 199 on WHOLE_SESSION.diff, readings (4) kin nouns ("son" / "daughter" of a
relation whose phrase names a "child", "father" / "mother" of one that names a "parent") and (5)
marriage (a relation whose phrases are both phrases of marriage holds both ways, "married",
"wed", "spouse" in the present only, "wife" / "husband" as the graph's phrases say them).

Graphs: the shipped example graph and five of my own (see each builder's docstring): "pharaohs"
(a past-tense graph of kin beside step-, grand- and foster children, a co-parent, an adoption, a
past marriage), "gods" (a present-tense graph whose marriage is said by sex, "is the wife of" /
"is the husband of", and whose types are "god" / "goddess"), "firms" (parent companies, a company
"child of" a foundation, married founders, a merger), "trees" (parent taxa, parent folders,
parent languages), "royals" (a marriage now, a marriage over, a divorce, an engagement, a
marriage by sex, "married into", an officiant who "married" them, a wedding venue, kin).

Findings (72 of 338 false texts accepted; 9 OPEN texts, 5 accepted; controls: 69 of 82
accepted). 71 of the 72 are the session's: with WHOLE_SESSION.diff reversed on a copy of the code
only 1 is accepted ("Khufu was married to Meritites in the Great Pyramid", the graph's own phrase
with a place the graph does not give).

* (4) 33: "parent" / "child" of no kin read as "father" / "mother" / "son" / "daughter": parent
  companies ("Alphabet is the father of Google", "Meta is Instagram's father", "Mozilla
  Corporation is a son of the Mozilla Foundation"), parent taxa ("Panthera is the father of
  Panthera leo", "Felidae is the mother of Panthera"), parent folders ("Home is a father of
  Photos", "Photos is a daughter of Home"), parent languages ("Latin is the father of Italian").
  The reading checks no person type at either end. (The "mother" / "daughter" of companies and
  languages are in OPEN.)
* (4) 19: the sex the graph's own phrases give is contradicted: the "wife" of "is / was the wife
  of" called a son or a father, the "husband" called a daughter or a mother ("Hera is a son of
  Cronus", "Zeus is Athena's mother", "Hera is Hephaestus's father", "Persephone is Demeter's son",
  "Elizabeth II is a father of Charles III", "Prince Philip is a mother of Charles III").
* (4) 17: the sex the types give ("god" / "goddess", "prince" / "princess", "king", "queen") is
  contradicted: "Athena is a son of Zeus", "Leto is a father of Artemis", "Prince William is a
  daughter of Diana", "Princess Anne is a son of Elizabeth II", "Khufu's son Hetepheres II married
  Djedefre" (Hetepheres II is a queen).
* (5) 2 (+1 older): a wedding place the graph does not give, where the husband is buried: "Khufu
  married Meritites in the Great Pyramid", "Khafre married Khamerernebty in the Pyramid of
  Khafre" ("in the X" seems read as the "was buried in" of the subject; the older form "was married
  to ... in" is accepted without the diff too).
Held: (4) stepchildren, grandchildren, foster children, co-parents, an adoption, wives read as
mothers, every wrong direction and wrong pair, lists, apposition; (5) a marriage over said now
("is married to", "spouse", "are married"), lovers, siblings, an engagement, "married into" a
house, an officiant who "married" them (no reverse), a venue, a divorce, a merger ("Exxon married
Mobil"), "wife" / "husband" the wrong way round or not the graph's phrase, negations; the example
graph (no kin, no marriage).
Controls rejected: "the father of X" / "X's mother" / "X's son" where X has two parents or the
parent two children (incomplete_list: "Sneferu was the father of Khufu", "Zeus is the father of
Athena", "Hades is Cronus's son"); "spouse" read one way only (the reverse of the stored edge is
rejected as wrong_direction: "Hera is Zeus's spouse", "Mark Zuckerberg is Priscilla Chan's
spouse", "Charles III is Camilla's spouse"); "A and B were / are married"; "Meritites was
Khufu's wife" on a "was married to" graph (by design); "Khufu was a child of Sneferu and
Hetepheres"; "Djedefre, Khufu's son, married Hetepheres II, Khufu's daughter".
"""
import os
import sys

if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items, others, rels, triples):
    ents = [E(k, kind="item", type=t, label=n, attrs={"year": y} if y is not None else {}) for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n) for k, (t, n) in others.items()]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def _t(rel, pairs):
    return [(h, rel, t) for h, t in pairs]


def pharaohs():
    """(4)(5) Pharaohs of the 4th dynasty (items typed "pharaoh") and queens (typed "queen"), past
    tense: "was a child of" / "was a parent of" beside a stepchild, a grandchild, a foster child
    ("was a stepchild of", "was a grandchild of", "was a foster child of"), a co-parent ("had a
    child with"), an adoption; "was married to" both ways (a marriage said in the past); "built",
    "was buried in"."""
    rels = [
        R("child", phrase="was a child of", inverse_phrase="was a parent of", range=("pharaoh", "queen")),
        R("step", phrase="was a stepchild of", inverse_phrase="was a stepparent of", range=("pharaoh", "queen")),
        R("grand", phrase="was a grandchild of", inverse_phrase="was a grandparent of", range=("pharaoh", "queen")),
        R("foster", phrase="was a foster child of", inverse_phrase="was a foster parent of", range=("pharaoh", "queen")),
        R("coparent", phrase="had a child with", inverse_phrase="had a child with", range=("pharaoh", "queen")),
        R("adopted", phrase="was adopted by", inverse_phrase="adopted", range=("pharaoh", "queen")),
        R("spouse", phrase="was married to", inverse_phrase="was married to", range=("pharaoh", "queen")),
        R("built", phrase="built", inverse_phrase="was built by", range=("pyramid",)),
        R("buried", phrase="was buried in", inverse_phrase="is the tomb of", range=("pyramid", "tomb")),
    ]
    items = {"p:huni": ("pharaoh", "Huni", -2680), "p:sneferu": ("pharaoh", "Sneferu", -2650),
             "p:khufu": ("pharaoh", "Khufu", -2600), "p:djedefre": ("pharaoh", "Djedefre", -2580),
             "p:khafre": ("pharaoh", "Khafre", -2570), "p:menkaure": ("pharaoh", "Menkaure", -2540),
             "p:shepseskaf": ("pharaoh", "Shepseskaf", -2510)}
    others = {"q:hetepheres": ("queen", "Hetepheres"), "q:meritites": ("queen", "Meritites"),
              "q:henutsen": ("queen", "Henutsen"), "q:khamerernebty": ("queen", "Khamerernebty"),
              "q:hetepheres2": ("queen", "Hetepheres II"),
              "y:great": ("pyramid", "the Great Pyramid"), "y:red": ("pyramid", "the Red Pyramid"),
              "y:bent": ("pyramid", "the Bent Pyramid"), "y:khafre": ("pyramid", "the Pyramid of Khafre"),
              "y:menkaure": ("pyramid", "the Pyramid of Menkaure"), "y:mastaba": ("tomb", "Mastabat al-Fir'aun")}
    T = _t("child", [("p:sneferu", "p:huni"), ("p:khufu", "p:sneferu"), ("p:khufu", "q:hetepheres"),
                     ("p:djedefre", "p:khufu"), ("p:khafre", "p:khufu"), ("p:khafre", "q:henutsen"),
                     ("p:menkaure", "p:khafre"), ("p:menkaure", "q:khamerernebty"), ("q:hetepheres2", "p:khufu")])
    T += _t("step", [("p:djedefre", "q:henutsen"), ("p:khafre", "q:meritites")])
    T += _t("grand", [("p:khufu", "p:huni"), ("p:menkaure", "p:khufu")])
    T += _t("foster", [("p:shepseskaf", "q:hetepheres2")])
    T += _t("coparent", [("p:khufu", "q:henutsen"), ("p:khafre", "q:khamerernebty")])
    T += _t("adopted", [("p:shepseskaf", "p:menkaure")])
    T += _t("spouse", [("p:sneferu", "q:hetepheres"), ("p:khufu", "q:meritites"), ("p:khafre", "q:khamerernebty"),
                       ("p:djedefre", "q:hetepheres2")])
    T += _t("built", [("p:sneferu", "y:red"), ("p:sneferu", "y:bent"), ("p:khufu", "y:great"), ("p:khafre", "y:khafre"),
                      ("p:menkaure", "y:menkaure")])
    T += _t("buried", [("p:khufu", "y:great"), ("p:khafre", "y:khafre"), ("p:menkaure", "y:menkaure"),
                       ("p:shepseskaf", "y:mastaba")])
    return _build(items, others, rels, T)


def gods():
    """(4)(5) Greek deities in the present tense, typed "god" / "goddess" (the types say the sex):
    "is a parent of" / "is a child of"; a marriage said by sex, "is the wife of" / "is the husband
    of" (the graph's own phrases make Hera and Aphrodite wives, Zeus and Hephaestus husbands);
    "is a sibling of"; "lives on"; a mortal princess (typed "princess")."""
    rels = [
        R("parent", phrase="is a parent of", inverse_phrase="is a child of", range=("god", "goddess")),
        R("wife", phrase="is the wife of", inverse_phrase="is the husband of", range=("god",)),
        R("sibling", phrase="is a sibling of", inverse_phrase="is a sibling of", range=("god", "goddess")),
        R("home", phrase="lives on", inverse_phrase="is the home of", range=("mountain", "island")),
        R("lover", phrase="is a lover of", inverse_phrase="is a lover of", range=("god", "goddess", "princess")),
    ]
    items = {"g:zeus": ("god", "Zeus", None), "g:hera": ("goddess", "Hera", None), "g:ares": ("god", "Ares", None),
             "g:hephaestus": ("god", "Hephaestus", None), "g:athena": ("goddess", "Athena", None),
             "g:apollo": ("god", "Apollo", None), "g:artemis": ("goddess", "Artemis", None),
             "g:leto": ("goddess", "Leto", None), "g:aphrodite": ("goddess", "Aphrodite", None),
             "g:dionysus": ("god", "Dionysus", None), "g:demeter": ("goddess", "Demeter", None),
             "g:persephone": ("goddess", "Persephone", None), "g:hades": ("god", "Hades", None),
             "g:poseidon": ("god", "Poseidon", None), "g:cronus": ("god", "Cronus", None), "g:rhea": ("goddess", "Rhea", None)}
    others = {"x:semele": ("princess", "Semele"), "m:olympus": ("mountain", "Mount Olympus"), "i:delos": ("island", "Delos")}
    T = _t("parent", [("g:zeus", "g:ares"), ("g:hera", "g:ares"), ("g:hera", "g:hephaestus"), ("g:zeus", "g:athena"),
                      ("g:zeus", "g:apollo"), ("g:leto", "g:apollo"), ("g:zeus", "g:artemis"), ("g:leto", "g:artemis"),
                      ("g:zeus", "g:dionysus"), ("x:semele", "g:dionysus"), ("g:zeus", "g:persephone"),
                      ("g:demeter", "g:persephone"), ("g:cronus", "g:zeus"), ("g:rhea", "g:zeus"), ("g:cronus", "g:hera"),
                      ("g:rhea", "g:hera"), ("g:cronus", "g:demeter"), ("g:cronus", "g:hades"), ("g:cronus", "g:poseidon")])
    T += _t("wife", [("g:hera", "g:zeus"), ("g:aphrodite", "g:hephaestus"), ("g:persephone", "g:hades")])
    T += _t("sibling", [("g:zeus", "g:hera"), ("g:zeus", "g:hades"), ("g:zeus", "g:poseidon"), ("g:zeus", "g:demeter"),
                        ("g:apollo", "g:artemis"), ("g:ares", "g:hephaestus")])
    T += _t("home", [("g:zeus", "m:olympus"), ("g:hera", "m:olympus"), ("g:athena", "m:olympus"), ("g:leto", "i:delos")])
    T += _t("lover", [("g:aphrodite", "g:ares"), ("g:zeus", "x:semele"), ("g:zeus", "g:leto")])
    return _build(items, others, rels, T)


def firms():
    """(4)(5) Companies (items typed "company") whose parent company "is the parent of" them
    ("is a subsidiary of"), founded by entrepreneurs (typed "entrepreneur") who "are married to"
    one another (a marriage in the present: "spouse" said); companies that "merged with" one
    another; a company "is a child of" a foundation (a "child" of no kin)."""
    rels = [
        R("subsidiary", phrase="is a subsidiary of", inverse_phrase="is the parent of", range=("company",)),
        R("founder", phrase="was founded by", inverse_phrase="founded", range=("entrepreneur",)),
        R("spouse", phrase="is married to", inverse_phrase="is married to", range=("entrepreneur",)),
        R("merged", phrase="merged with", inverse_phrase="merged with", range=("company",)),
        R("spinoff", phrase="is a child of", inverse_phrase="is a parent of", range=("foundation",)),
        R("hq", phrase="is based in", inverse_phrase="is the home of", range=("city",)),
    ]
    items = {"c:google": ("company", "Google", 1998), "c:alphabet": ("company", "Alphabet", 2015),
             "c:youtube": ("company", "YouTube", 2005), "c:deepmind": ("company", "DeepMind", 2010),
             "c:meta": ("company", "Meta", 2004), "c:instagram": ("company", "Instagram", 2010),
             "c:whatsapp": ("company", "WhatsApp", 2009), "c:exxon": ("company", "Exxon", 1870),
             "c:mobil": ("company", "Mobil", 1911), "c:mozcorp": ("company", "Mozilla Corporation", 2005),
             "c:amazon": ("company", "Amazon", 1994)}
    others = {"e:page": ("entrepreneur", "Larry Page"), "e:brin": ("entrepreneur", "Sergey Brin"),
              "e:zuck": ("entrepreneur", "Mark Zuckerberg"), "e:chan": ("entrepreneur", "Priscilla Chan"),
              "e:systrom": ("entrepreneur", "Kevin Systrom"), "e:koum": ("entrepreneur", "Jan Koum"),
              "e:bezos": ("entrepreneur", "Jeff Bezos"), "e:sanchez": ("entrepreneur", "Lauren Sanchez"),
              "f:mozilla": ("foundation", "the Mozilla Foundation"),
              "t:mv": ("city", "Mountain View"), "t:menlo": ("city", "Menlo Park"), "t:london": ("city", "London"),
              "t:seattle": ("city", "Seattle"), "t:irving": ("city", "Irving")}
    T = _t("subsidiary", [("c:google", "c:alphabet"), ("c:youtube", "c:google"), ("c:deepmind", "c:google"),
                          ("c:instagram", "c:meta"), ("c:whatsapp", "c:meta")])
    T += _t("founder", [("c:google", "e:page"), ("c:google", "e:brin"), ("c:meta", "e:zuck"), ("c:instagram", "e:systrom"),
                        ("c:whatsapp", "e:koum"), ("c:amazon", "e:bezos")])
    T += _t("spouse", [("e:zuck", "e:chan"), ("e:bezos", "e:sanchez")])
    T += _t("merged", [("c:exxon", "c:mobil")])
    T += _t("spinoff", [("c:mozcorp", "f:mozilla")])
    T += _t("hq", [("c:google", "t:mv"), ("c:alphabet", "t:mv"), ("c:meta", "t:menlo"), ("c:deepmind", "t:london"),
                   ("c:amazon", "t:seattle"), ("c:exxon", "t:irving")])
    return _build(items, others, rels, T)


def trees():
    """(4) "parent" and "child" of no kin: taxa (items typed "species", "genus", "family") that
    "have parent" a taxon ("is the parent of"), folders (typed "folder") that are "a child
    of" another ("is a parent of"), languages (typed "language") that "descend from" a parent
    language ("is the parent of")."""
    rels = [
        R("taxon", phrase="has parent", inverse_phrase="is the parent of", range=("genus", "family")),
        R("dir", phrase="is a child of", inverse_phrase="is a parent of", range=("folder",)),
        R("lang", phrase="descends from", inverse_phrase="is the parent of", range=("language",)),
        R("spoken", phrase="is spoken in", inverse_phrase="is a language of", range=("country",)),
    ]
    items = {"s:lion": ("species", "Panthera leo", None), "s:tiger": ("species", "Panthera tigris", None),
             "s:cat": ("species", "Felis catus", None), "s:wolf": ("species", "Canis lupus", None),
             "d:photos": ("folder", "Photos", None), "d:music": ("folder", "Music", None),
             "d:holidays": ("folder", "Holidays", None),
             "l:italian": ("language", "Italian", None), "l:french": ("language", "French", None),
             "l:spanish": ("language", "Spanish", None), "l:english": ("language", "English", None)}
    others = {"x:panthera": ("genus", "Panthera"), "x:felis": ("genus", "Felis"), "x:canis": ("genus", "Canis"),
              "x:felidae": ("family", "Felidae"), "x:canidae": ("family", "Canidae"),
              "d:home": ("folder", "Home"), "d:pictures": ("folder", "Pictures"),
              "l:latin": ("language", "Latin"), "l:germanic": ("language", "Proto-Germanic"),
              "n:italy": ("country", "Italy"), "n:france": ("country", "France"), "n:spain": ("country", "Spain"),
              "n:uk": ("country", "England")}
    T = _t("taxon", [("s:lion", "x:panthera"), ("s:tiger", "x:panthera"), ("s:cat", "x:felis"), ("s:wolf", "x:canis"),
                     ("x:panthera", "x:felidae"), ("x:felis", "x:felidae"), ("x:canis", "x:canidae")])
    T += _t("dir", [("d:photos", "d:home"), ("d:music", "d:home"), ("d:holidays", "d:pictures")])
    T += _t("lang", [("l:italian", "l:latin"), ("l:french", "l:latin"), ("l:spanish", "l:latin"), ("l:english", "l:germanic")])
    T += _t("spoken", [("l:italian", "n:italy"), ("l:french", "n:france"), ("l:spanish", "n:spain"), ("l:english", "n:uk")])
    return _build(items, others, rels, T)


def royals():
    """(4)(5) British royals (items typed "king", "queen", "prince", "princess", "duke",
    "duchess"): a marriage now ("is married to": Charles and Camilla, William and Catherine), a
    marriage over ("was married to": Charles and Diana, Andrew and Sarah) and a "divorced"
    relation, a marriage said by sex ("was the wife of" / "was the husband of": Elizabeth and
    Philip), an engagement ("was engaged to"), "married into" a house, an officiant ("was married
    by" / "married": an archbishop married them), a wedding venue ("was married at"), "is a child
    of" / "is a parent of"."""
    rels = [
        R("spouse", phrase="is married to", inverse_phrase="is married to",
          range=("king", "queen", "prince", "princess", "duke", "duchess")),
        R("former", phrase="was married to", inverse_phrase="was married to",
          range=("king", "queen", "prince", "princess", "duke", "duchess")),
        R("divorced", phrase="divorced", inverse_phrase="divorced",
          range=("king", "queen", "prince", "princess", "duke", "duchess")),
        R("wife", phrase="was the wife of", inverse_phrase="was the husband of", range=("duke", "prince")),
        R("engaged", phrase="was engaged to", inverse_phrase="was engaged to", range=("actress", "prince")),
        R("house", phrase="married into", inverse_phrase="gained by marriage", range=("house",)),
        R("officiant", phrase="was married by", inverse_phrase="married", range=("archbishop",)),
        R("venue", phrase="was married at", inverse_phrase="hosted the wedding of", range=("church",)),
        R("child", phrase="is a child of", inverse_phrase="is a parent of",
          range=("king", "queen", "prince", "princess", "duke", "duchess")),
    ]
    items = {"r:elizabeth": ("queen", "Elizabeth II", 1926), "r:philip": ("duke", "Prince Philip", 1921),
             "r:charles": ("king", "Charles III", 1948), "r:diana": ("princess", "Diana", 1961),
             "r:camilla": ("queen", "Camilla", 1947), "r:william": ("prince", "Prince William", 1982),
             "r:catherine": ("princess", "Catherine", 1982), "r:harry": ("prince", "Prince Harry", 1984),
             "r:andrew": ("prince", "Prince Andrew", 1960), "r:sarah": ("duchess", "Sarah Ferguson", 1959),
             "r:anne": ("princess", "Princess Anne", 1950), "r:george": ("prince", "Prince George", 2013)}
    others = {"a:koo": ("actress", "Koo Stark"), "h:windsor": ("house", "the House of Windsor"),
              "b:williams": ("archbishop", "Rowan Williams"), "b:runcie": ("archbishop", "Robert Runcie"),
              "v:abbey": ("church", "Westminster Abbey"), "v:stpauls": ("church", "St Paul's Cathedral")}
    T = _t("spouse", [("r:charles", "r:camilla"), ("r:william", "r:catherine")])
    T += _t("former", [("r:charles", "r:diana"), ("r:andrew", "r:sarah")])
    T += _t("divorced", [("r:charles", "r:diana"), ("r:andrew", "r:sarah")])
    T += _t("wife", [("r:elizabeth", "r:philip")])
    T += _t("engaged", [("r:andrew", "a:koo")])
    T += _t("house", [("r:catherine", "h:windsor"), ("r:diana", "h:windsor"), ("r:camilla", "h:windsor")])
    T += _t("officiant", [("r:william", "b:williams"), ("r:catherine", "b:williams"), ("r:charles", "b:runcie"),
                          ("r:diana", "b:runcie")])
    T += _t("venue", [("r:william", "v:abbey"), ("r:catherine", "v:abbey"), ("r:charles", "v:stpauls"),
                      ("r:diana", "v:stpauls"), ("r:elizabeth", "v:abbey"), ("r:philip", "v:abbey"),
                      ("r:andrew", "v:abbey"), ("r:sarah", "v:abbey")])
    T += _t("child", [("r:charles", "r:elizabeth"), ("r:charles", "r:philip"), ("r:anne", "r:elizabeth"),
                      ("r:anne", "r:philip"), ("r:andrew", "r:elizabeth"), ("r:andrew", "r:philip"),
                      ("r:william", "r:charles"), ("r:william", "r:diana"), ("r:harry", "r:charles"),
                      ("r:harry", "r:diana"), ("r:george", "r:william"), ("r:george", "r:catherine")])
    return _build(items, others, rels, T)


def movies():
    return kgx.KnowledgeGraph.example()


BUILDERS = {"movies": movies, "pharaohs": pharaohs, "gods": gods, "firms": firms, "trees": trees, "royals": royals}

_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason

TEXTS = r"""
@pharaohs
# (4) kin nouns read of relations that are no "child" / "parent": a stepchild (Khafre of Meritites,
# Djedefre of Henutsen), a grandchild (Khufu of Huni, Menkaure of Khufu), a foster child
# (Shepseskaf of Hetepheres II), a co-parent (Khufu with Henutsen), an adoption (Shepseskaf by
# Menkaure: see OPEN), a wife (Hetepheres was Sneferu's wife, Khufu's mother)
Khafre was a son of Meritites.
Khafre was Meritites's son.
Meritites was a mother of Khafre.
Meritites was Khafre's mother.
Khafre's mother was Meritites.
Djedefre was a son of Henutsen.
Henutsen was Djedefre's mother.
Djedefre's mother was Henutsen.
Khufu was a son of Huni.
Khufu was Huni's son.
Huni was a father of Khufu.
Huni was Khufu's father.
Khufu's father was Huni.
Menkaure was a son of Khufu.
Khufu was Menkaure's father.
Menkaure's father was Khufu.
Shepseskaf was a son of Hetepheres II.
Hetepheres II was Shepseskaf's mother.
Shepseskaf's mother was Hetepheres II.
Shepseskaf was a son of Khufu.
Henutsen was Khufu's daughter.
Henutsen was a daughter of Khufu.
Sneferu was a son of Hetepheres.
Hetepheres was Sneferu's mother.
Meritites was Khufu's mother.
Meritites was a daughter of Khufu.
# (4) directions
Sneferu was a son of Khufu.
Sneferu was Khufu's son.
Khufu was Sneferu's father.
Khufu was a father of Sneferu.
Djedefre was Khufu's father.
Khufu was Djedefre's son.
Khufu's son was Sneferu.
Huni was a son of Sneferu.
Khafre was Menkaure's son.
Menkaure was Khafre's father.
Khufu was a son of Djedefre.
Hetepheres was a daughter of Khufu.
Hetepheres was Khufu's daughter.
Khufu was Hetepheres's father.
# (4) wrong pairs, lists
Djedefre was a son of Sneferu.
Khafre was a son of Hetepheres.
Menkaure was a son of Henutsen.
Khamerernebty was the mother of Khafre.
Sneferu's sons were Khufu and Djedefre.
Khufu's sons were Djedefre, Khafre and Menkaure.
Djedefre, Khafre and Menkaure were sons of Khufu.
Djedefre and Khafre were sons of Henutsen.
Khufu was a son of Sneferu and Huni.
Khufu, a son of Sneferu, built the Red Pyramid.
Khufu, a son of Huni, built the Great Pyramid.
Khafre, Meritites's son, built the Pyramid of Khafre.
Khufu was a son of Sneferu and was buried in the Red Pyramid.
Khufu was a son of Sneferu and built the Bent Pyramid.
# (5) marriage said in the present of a marriage the graph says in the past
Khufu is married to Meritites.
Meritites is married to Khufu.
Meritites is Khufu's spouse.
Khufu is Meritites's spouse.
Meritites is the spouse of Khufu.
Khufu and Meritites are married.
Sneferu is married to Hetepheres.
Hetepheres is Sneferu's spouse.
# (5) marriage of the wrong pairs: a co-parent, a stepmother, a mother, a daughter-in-law
Khufu married Henutsen.
Henutsen married Khufu.
Khufu wed Henutsen.
Khufu was married to Henutsen.
Khafre married Meritites.
Meritites married Khafre.
Khufu married Hetepheres.
Hetepheres married Khufu.
Sneferu married Meritites.
Khufu married Hetepheres II.
Djedefre married Henutsen.
Djedefre wed Meritites.
Khafre married Henutsen.
Sneferu married Khufu.
Khufu married Meritites and Henutsen.
Khufu married Henutsen and Meritites.
Khufu and Khafre married Meritites.
Khufu married Meritites and built the Red Pyramid.
Khufu, a son of Sneferu, married Henutsen.
Khufu, Sneferu's son, married Hetepheres II.
Khufu's father Sneferu married Meritites.
Khufu's mother Hetepheres married Huni.
Khufu never married Meritites.
Khufu was never married to Meritites.
Meritites was Khufu's wife and Henutsen was his mother.
# (5) a wedding place the graph does not give (where the husband is buried: "was buried in")
Khufu married Meritites in the Great Pyramid.
Khufu was married to Meritites in the Great Pyramid.
Khafre married Khamerernebty in the Pyramid of Khafre.
Khufu married Meritites in the Red Pyramid.
Sneferu married Hetepheres in the Bent Pyramid.
# (4)(5) kin nouns beside a marriage: a queen (Hetepheres II) called a son; wrong kin in apposition
Khufu's son Hetepheres II married Djedefre.
Djedefre, Khufu's son, married Hetepheres II, Khufu's son.
Djedefre married Hetepheres II, a daughter of Sneferu.
Djedefre married Hetepheres II, Sneferu's daughter.
Khufu married Meritites, the mother of Khafre.
Khufu married Meritites, a daughter of Sneferu.
Khufu's son Djedefre married Meritites.
Khufu and Khafre married Khamerernebty and Meritites respectively.
Khufu married Meritites, and so did Djedefre.
Khufu and Henutsen married each other.
Khufu, who married Henutsen, built the Great Pyramid.
@gods
# (4) "son" / "daughter" / "father" / "mother" where the graph's own phrases give the sex ("is
# the wife of": Hera, Aphrodite, Persephone; "is the husband of": Zeus, Hephaestus, Hades)
Hera is a son of Cronus.
Hera is a son of Rhea.
Hera is Rhea's son.
Zeus is a daughter of Rhea.
Zeus is a daughter of Cronus.
Zeus is Cronus's daughter.
Hades is a daughter of Cronus.
Persephone is Demeter's son.
Persephone is a son of Zeus.
Persephone is a son of Demeter.
Zeus is Athena's mother.
Athena's mother is Zeus.
Zeus is a mother of Ares.
Zeus is a mother of Apollo.
Zeus is Dionysus's mother.
Hera is Hephaestus's father.
Hephaestus's father is Hera.
Hera is a father of Ares.
Hephaestus is a daughter of Hera.
Hephaestus is Hera's daughter.
Zeus and Hera are Ares's mothers.
Cronus's daughters are Hera and Zeus.
# (4) the same where the types give the sex ("god" / "goddess")
Ares is a daughter of Zeus.
Apollo is a daughter of Leto.
Artemis is a son of Leto.
Athena is a son of Zeus.
Athena is Zeus's son.
Leto is Apollo's father.
Leto is a father of Artemis.
Demeter is Persephone's father.
Cronus is a mother of Hades.
Cronus is Poseidon's mother.
Rhea is a father of Hera.
Zeus's daughters are Athena and Ares.
Poseidon is a daughter of Cronus.
# (4) directions and wrong pairs
Ares is a parent of Zeus.
Zeus is a son of Athena.
Athena is Zeus's mother.
Dionysus is the mother of Semele.
Semele is a daughter of Dionysus.
Leto is the mother of Athena.
Semele is the mother of Apollo.
Demeter is Ares's mother.
Hera is a mother of Athena.
Hera is Apollo's mother.
Leto is a mother of Dionysus.
Cronus is a father of Ares.
Rhea is a mother of Poseidon.
Artemis is a daughter of Apollo.
Apollo is Artemis's father.
Hephaestus is a son of Zeus and Hera.
# (5) lovers and siblings read as spouses; the wife / husband way round
Semele is Zeus's wife.
Zeus is Semele's husband.
Zeus married Semele.
Zeus married Leto.
Zeus wed Leto.
Leto is married to Zeus.
Aphrodite is married to Ares.
Ares married Aphrodite.
Aphrodite is Ares's wife.
Hades is married to Demeter.
Zeus married Demeter.
Apollo married Artemis.
Zeus is Hera's wife.
Zeus is the wife of Hera.
Hera is the husband of Zeus.
Hera is Zeus's husband.
Hephaestus is the wife of Aphrodite.
Hades is Persephone's wife.
Persephone is the husband of Hades.
Aphrodite is Hephaestus's husband.
Zeus married Hera and Leto.
Zeus is married to Hera and Semele.
Hera, the wife of Zeus, is a daughter of Leto.
Hera married Zeus and lives on Delos.
Zeus is not married to Hera.
Hera was never married to Zeus.
@firms
# (4) "father" / "son" of companies (a parent company is no father; see OPEN for "mother" /
# "daughter")
Alphabet is the father of Google.
Alphabet is Google's father.
Google's father is Alphabet.
Google is the father of YouTube.
Google is YouTube's father.
Meta is the father of Instagram.
Meta is Instagram's father.
Instagram's father is Meta.
Meta is the father of Instagram and WhatsApp.
Google is the father of DeepMind.
Mozilla Corporation is a son of the Mozilla Foundation.
Mozilla Corporation is the Mozilla Foundation's son.
The Mozilla Foundation is a father of Mozilla Corporation.
The Mozilla Foundation is the father of Mozilla Corporation.
Google is Alphabet's son.
Google is a son of Alphabet.
YouTube is a son of Google.
# (4) wrong directions and grandparents, said as parents
Google is the parent of Alphabet.
YouTube is the parent of Google.
Alphabet is the parent of YouTube.
Alphabet is the parent of DeepMind.
Meta is the parent of YouTube.
# (5) marriage
Exxon married Mobil.
Exxon wed Mobil.
Exxon is married to Mobil.
Mark Zuckerberg married Meta.
Priscilla Chan is married to Jan Koum.
Jeff Bezos married Priscilla Chan.
Lauren Sanchez is Mark Zuckerberg's spouse.
Mark Zuckerberg is Priscilla Chan's wife.
Jeff Bezos is Lauren Sanchez's husband.
Priscilla Chan is Mark Zuckerberg's husband.
Mark Zuckerberg and Priscilla Chan divorced.
Mark Zuckerberg divorced Priscilla Chan.
Priscilla Chan founded Meta and is married to Mark Zuckerberg.
Priscilla Chan is married to Mark Zuckerberg, who founded Amazon.
Mark Zuckerberg married Priscilla Chan and Lauren Sanchez.
Mark Zuckerberg is no longer married to Priscilla Chan.
Mark Zuckerberg was married to Lauren Sanchez.
@trees
# (4) "father" / "mother" / "son" / "daughter" of taxa and folders; "father" / "son" of
# languages ("mother" / "daughter": see OPEN)
Panthera is the father of Panthera leo.
Panthera is the mother of Panthera leo.
Panthera is Panthera leo's father.
Panthera leo's mother is Panthera.
Panthera is the father of Panthera leo and Panthera tigris.
Felidae is the father of Felis.
Felidae is the mother of Panthera.
Canis is the father of Canis lupus.
Panthera leo is a son of Panthera.
Panthera leo is a daughter of Panthera.
Home is a father of Photos.
Home is a mother of Music.
Home is Photos's father.
Photos is a son of Home.
Photos is a daughter of Home.
Holidays is a son of Pictures.
Pictures is the mother of Holidays.
Latin is the father of Italian.
Latin is Italian's father.
Italian's father is Latin.
Latin is the father of Italian, French and Spanish.
Proto-Germanic is the father of English.
Italian is a son of Latin.
Italian is Latin's son.
# (4) wrong pairs and grandparents
Felidae is the parent of Panthera leo.
Felis is the parent of Panthera leo.
Panthera leo is the parent of Panthera.
Latin is the parent of English.
Home is a parent of Holidays.
Pictures is a parent of Photos.
@royals
# (4) "father" / "mother" / "son" / "daughter" against the graph's "was the wife of" (Elizabeth
# II) / "was the husband of" (Prince Philip) and against the types ("king", "queen", "prince",
# "princess", "duke", "duchess")
Elizabeth II is a father of Charles III.
Elizabeth II is Charles III's father.
Elizabeth II is a father of Princess Anne.
Elizabeth II is Prince Andrew's father.
Prince Philip is a mother of Charles III.
Prince Philip is Prince Andrew's mother.
Prince Philip is Princess Anne's mother.
Charles III is a daughter of Elizabeth II.
Prince William is a daughter of Diana.
Prince William is a daughter of Charles III.
Prince Harry is Diana's daughter.
Princess Anne is a son of Elizabeth II.
Princess Anne is Prince Philip's son.
Catherine is a father of Prince George.
Charles III is a mother of Prince William.
Diana is Prince Harry's father.
Prince George is Catherine's daughter.
Elizabeth II's sons are Charles III and Princess Anne.
# (4) directions, wrong pairs, grandparents
Prince William is a father of Charles III.
Charles III is a son of Prince William.
Charles III is a father of Prince George.
Elizabeth II is a mother of Prince William.
Diana is a mother of Prince George.
Prince George is a son of Diana.
Camilla is a mother of Prince William.
Prince William is Camilla's son.
Prince Harry is a son of Camilla.
Sarah Ferguson is a mother of Prince Harry.
# (5) marriage over said now; "spouse" of a marriage over
Charles III is married to Diana.
Diana is married to Charles III.
Diana is Charles III's spouse.
Charles III is Diana's spouse.
Prince Andrew is married to Sarah Ferguson.
Sarah Ferguson is married to Prince Andrew.
Sarah Ferguson is Prince Andrew's spouse.
Prince Philip is married to Elizabeth II.
Elizabeth II is married to Prince Philip.
Elizabeth II is Prince Philip's spouse.
Charles III and Diana are married.
Charles III is married to Camilla and Diana.
# (5) wife / husband the wrong way round, or not the graph's phrase
Prince Philip was the wife of Elizabeth II.
Elizabeth II was the husband of Prince Philip.
Elizabeth II was Prince Philip's husband.
Prince Philip was Elizabeth II's wife.
# (5) wrong pairs: an engagement, a house married into, an officiant, a venue, a divorce
Prince Andrew married Koo Stark.
Koo Stark married Prince Andrew.
Prince Andrew wed Koo Stark.
Prince Andrew was married to Koo Stark.
Catherine married the House of Windsor.
Catherine wed the House of Windsor.
The House of Windsor married Catherine.
Prince William married Rowan Williams.
Catherine married Rowan Williams.
Rowan Williams wed Catherine.
Charles III married Robert Runcie.
Diana married Robert Runcie.
Robert Runcie married Camilla.
Prince William married Westminster Abbey.
Charles III divorced Camilla.
Camilla divorced Charles III.
Prince William divorced Catherine.
Prince Harry married Catherine.
Prince Harry is married to Catherine.
Catherine is Prince Harry's spouse.
Prince William married Camilla.
Charles III married Sarah Ferguson.
Prince Andrew married Diana.
Charles III married Diana, Camilla and Sarah Ferguson.
Charles III married Diana at Westminster Abbey.
Prince William married Catherine at St Paul's Cathedral.
Camilla, Charles III's spouse, married into the House of Windsor and divorced him.
Diana, Charles III's spouse, married into the House of Windsor.
Catherine, Prince William's spouse, was married by Robert Runcie.
Prince William, Catherine's spouse, is a son of Camilla.
Charles III is no longer married to Camilla.
Charles III never married Diana.
Prince Andrew never married Sarah Ferguson.
@movies
# (4)(5) the example graph: no kin, no marriage
Joe Johnston is the father of Jumanji.
Jumanji is a son of Joe Johnston.
Jumanji's father is Joe Johnston.
Robin Williams is Kirsten Dunst's father.
Kirsten Dunst is a daughter of Robin Williams.
Bonnie Hunt is the mother of Jumanji.
Walter Matthau married Sophia Loren.
Jack Lemmon wed Ann-Margret.
Walter Matthau is married to Jack Lemmon.
Sophia Loren is Walter Matthau's spouse.
TriStar Pictures is the parent of Jumanji.
TriStar Pictures is the father of Jumanji.
"""

CONTROLS = r"""
@pharaohs
Khufu was Sneferu's son.
Khufu was a son of Sneferu.
Khufu was a child of Sneferu and Hetepheres.
Sneferu was a parent of Khufu.
Djedefre and Khafre were sons of Khufu.
Hetepheres II was a daughter of Khufu.
Khufu's mother was Hetepheres.
Khafre was a stepchild of Meritites.
Khufu was a grandchild of Huni.
Khufu married Meritites.
Meritites married Khufu.
Meritites wed Khufu.
Khufu was married to Meritites.
Meritites was married to Khufu.
Khufu had a child with Henutsen.
Khufu, a son of Sneferu, built the Great Pyramid.
Khufu married Meritites and built the Great Pyramid.
Meritites was Khufu's wife.
Khufu and Meritites were married.
Sneferu was the father of Khufu.
Djedefre, the son of Khufu, married Hetepheres II.
Khufu's daughter Hetepheres II married Djedefre.
Khufu and Khafre married Meritites and Khamerernebty respectively.
Djedefre married Hetepheres II, a daughter of Khufu.
Djedefre, Khufu's son, married Hetepheres II, Khufu's daughter.
@gods
Zeus is a parent of Ares.
Athena is a daughter of Zeus.
Semele is the mother of Dionysus.
Hera is the wife of Zeus.
Zeus is the husband of Hera.
Zeus married Hera.
Hera married Zeus.
Zeus is married to Hera.
Hera is married to Zeus.
Zeus is Hera's spouse.
Hera is Zeus's spouse.
Hera is Zeus's wife.
Zeus is Hera's husband.
Zeus wed Hera.
Persephone is the wife of Hades.
Hera's sons are Ares and Hephaestus.
Hera is a daughter of Cronus.
Zeus is a son of Rhea.
Hades is Cronus's son.
Zeus is the father of Athena.
Hera is the mother of Hephaestus.
@firms
Alphabet is the parent of Google.
Google is a subsidiary of Alphabet.
Mozilla Corporation is a child of the Mozilla Foundation.
Mark Zuckerberg married Priscilla Chan.
Priscilla Chan married Mark Zuckerberg.
Mark Zuckerberg is married to Priscilla Chan.
Priscilla Chan is Mark Zuckerberg's spouse.
Mark Zuckerberg is Priscilla Chan's spouse.
Jeff Bezos wed Lauren Sanchez.
Mark Zuckerberg, who founded Meta, is married to Priscilla Chan.
@trees
Panthera is the parent of Panthera leo.
Latin is the parent of Italian.
Home is a parent of Photos.
Holidays is a child of Pictures.
@royals
Charles III is married to Camilla.
Camilla is married to Charles III.
Charles III married Camilla.
Camilla is Charles III's spouse.
Charles III is Camilla's spouse.
Charles III was married to Diana.
Diana married Charles III.
Diana wed Charles III.
Charles III divorced Diana.
Elizabeth II was the wife of Prince Philip.
Prince Philip was the husband of Elizabeth II.
Elizabeth II married Prince Philip.
Prince Philip married Elizabeth II.
Catherine married into the House of Windsor.
Rowan Williams married Prince William.
Prince William was married at Westminster Abbey.
Prince William is a son of Charles III.
Prince George is Catherine's son.
Princess Anne is a daughter of Elizabeth II.
Charles III married Diana and Camilla.
Prince William married Catherine at Westminster Abbey.
Charles III and Camilla are married.
"""

KNOWN = frozenset()

OPEN = frozenset(
    # "mother company" / "daughter company": an established (if rare) term for a parent company and
    # its subsidiary (German "Muttergesellschaft", "Tochtergesellschaft")
    {"Alphabet is the mother of Google.",
     "Google is a daughter of Alphabet.",
     "Meta is Instagram's mother.",
     # "mother language" / "daughter language": terms of historical linguistics
     "Latin is the mother of Italian.",
     "Italian is a daughter of Latin.",
     # an adopted son is a son: "adopted by" may or may not make the adopter a father
     "Shepseskaf was a son of Menkaure.",
     "Menkaure was Shepseskaf's father.",
     # "was once married to" of a marriage that holds now: "once" says it is over (the checker's
     # own past_phrase reads "once" as a past), but "was married to" of a marriage now is allowed
     "Charles III was once married to Camilla.",
     # "has married" of a marriage said in the past: a present perfect, no claim that it holds now?
     "Khufu has married Meritites."})

OPEN_TEXTS = r"""
@firms
Alphabet is the mother of Google.
Google is a daughter of Alphabet.
Meta is Instagram's mother.
@trees
Latin is the mother of Italian.
Italian is a daughter of Latin.
@pharaohs
Shepseskaf was a son of Menkaure.
Menkaure was Shepseskaf's father.
Khufu has married Meritites.
@royals
Charles III was once married to Camilla.
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
