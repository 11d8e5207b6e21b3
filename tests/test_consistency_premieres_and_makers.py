"""Premieres, makers and what an item has, said as writers say them:

- "is set to music by" also reads "has music by", "with music by", "a score by";
- a first showing dates the item: "was first danced by X in 1877", "X gave the first performance
  of Y in 1957", "first danced by X at the Y Theatre" (where it premiered), "X premiered Y at Z";
- "released" also reads "launched", "brought out", "put out" ("brought out X in 1977"), "came out
  in 1995 from X", and ", composed by X, dates from 1921" after an aside;
- "the house is owned by X": a reference to the one house named before;
- "a chypre with peach": what an item is made of (a note, an ingredient) is had, after its kind
  too; a family is a kind ("is a chypre");
- "Since you loved A, B, also by X, should appeal": the comma ends the opening clause;
- the graph's one person who makes its items "created" them ("is the work of" them);
- "GoldenEye, a 1995 release, ...": a year and "release" say the item's year (of a released kind);
- "is a <noun> by" reads a bare "by" and "A and B are both <nouns> by X"; "If X appeals, ..." is
  no claim about X; "You loved A, and B shares its smoke": A and B both have it; "the former is a
  chypre, the latter an oriental" (the copula left out).

Each true text has a false twin that must be rejected. The graphs are declared as a new user
would, with phrases only.
"""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items, others, rels, triples, users=()):
    ents = [E(k, kind="item", type=t, label=n, attrs={"year": y}) for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n) for k, (t, n) in others.items()]
    ents += [E(k, kind="user", type="user", label=k.split(":")[1].title()) for k, _, _ in users]
    rows = list(triples) + [(u, "rated", i, {"rating": v}) for u, i, v in users]
    return kgx.KnowledgeGraph.from_triples(rows, entities=ents, relations=rels)


def _dances():
    rels = [R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("dance",)),
            R("music_by", phrase="is set to music by", inverse_phrase="wrote the music for",
              domain=("dance",), range=("composer",)),
            R("danced_by", phrase="was first danced by", inverse_phrase="gave the first performance of",
              domain=("dance",), range=("company",)),
            R("premiered_at", phrase="premiered at", inverse_phrase="hosted the premiere of",
              domain=("dance",), range=("theatre",)),
            R("made_by", phrase="was choreographed by", inverse_phrase="choreographed",
              domain=("dance",), range=("choreographer",))]
    items = {"d:serenade": ("dance", "Serenade", 1935), "d:onegin": ("dance", "Onegin", 1965),
             "d:jewels": ("dance", "Jewels", 1967)}
    others = {"c:tchaikovsky": ("composer", "Pyotr Tchaikovsky"), "c:stravinsky": ("composer", "Igor Stravinsky"),
              "k:american": ("company", "American Ballet"), "k:stuttgart": ("company", "Stuttgart Ballet"),
              "k:nycb": ("company", "New York City Ballet"), "t:adelphi": ("theatre", "Adelphi Theatre"),
              "t:wurttemberg": ("theatre", "Württemberg State Theatre"),
              "t:nyst": ("theatre", "New York State Theater"), "p:balanchine": ("choreographer", "George Balanchine"),
              "p:cranko": ("choreographer", "John Cranko")}
    triples = [("d:serenade", "music_by", "c:tchaikovsky"), ("d:jewels", "music_by", "c:stravinsky"),
               ("d:serenade", "danced_by", "k:american"), ("d:onegin", "danced_by", "k:stuttgart"),
               ("d:jewels", "danced_by", "k:nycb"), ("d:serenade", "premiered_at", "t:adelphi"),
               ("d:onegin", "premiered_at", "t:wurttemberg"), ("d:jewels", "premiered_at", "t:nyst"),
               ("d:serenade", "made_by", "p:balanchine"), ("d:jewels", "made_by", "p:balanchine"),
               ("d:onegin", "made_by", "p:cranko")]
    users = [("user:ines", "d:serenade", 5.0), ("user:ines", "d:onegin", 2.0)]
    return _build(items, others, rels, triples, users)


def _whiskies():
    rels = [R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("whisky",)),
            R("from_distillery", phrase="is a whisky by", inverse_phrase="released",
              domain=("whisky",), range=("distillery",)),
            R("blended_by", phrase="was blended by", inverse_phrase="blended", domain=("whisky",), range=("person",)),
            R("has_note", phrase="has a note of", inverse_phrase="is a note in", domain=("whisky",), range=("note",)),
            R("in_family", phrase="belongs to the family", inverse_phrase="is the family of",
              domain=("whisky",), range=("family",)),
            R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("distillery",), range=("company",))]
    items = {"w:lagavulin": ("whisky", "Lagavulin 16", 1988), "w:glenmorangie": ("whisky", "Glenmorangie Original", 1990),
             "w:talisker": ("whisky", "Talisker 10", 1988)}
    others = {"x:lagavulin": ("distillery", "Lagavulin Distillery"), "x:glenmorangie": ("distillery", "Glenmorangie Company"),
              "x:talisker": ("distillery", "Talisker Distillery"), "p:mackie": ("person", "Donald Renwick"),
              "p:lumsden": ("person", "Bill Lumsden"), "n:smoke": ("note", "smoke"), "n:peat": ("note", "peat"),
              "n:vanilla": ("note", "vanilla"), "n:pepper": ("note", "pepper"), "f:peated": ("family", "peated"),
              "f:unpeated": ("family", "unpeated"), "o:diageo": ("company", "Diageo"), "o:lvmh": ("company", "LVMH")}
    triples = [("w:lagavulin", "from_distillery", "x:lagavulin"), ("w:glenmorangie", "from_distillery", "x:glenmorangie"),
               ("w:talisker", "from_distillery", "x:talisker"), ("w:lagavulin", "blended_by", "p:mackie"),
               ("w:glenmorangie", "blended_by", "p:lumsden"), ("w:lagavulin", "has_note", "n:smoke"),
               ("w:lagavulin", "has_note", "n:peat"), ("w:glenmorangie", "has_note", "n:vanilla"),
               ("w:talisker", "has_note", "n:pepper"), ("w:talisker", "has_note", "n:smoke"),
               ("w:lagavulin", "in_family", "f:peated"), ("w:talisker", "in_family", "f:peated"),
               ("w:glenmorangie", "in_family", "f:unpeated"), ("x:lagavulin", "owned_by", "o:diageo"),
               ("x:talisker", "owned_by", "o:diageo"), ("x:glenmorangie", "owned_by", "o:lvmh")]
    users = [("user:ben", "w:lagavulin", 5.0), ("user:ben", "w:glenmorangie", 2.0)]
    return _build(items, others, rels, triples, users)


_GRAPHS = {"dances": _dances, "whiskies": _whiskies, "movies": kgx.KnowledgeGraph.example}
_CHECKERS: dict[str, ConsistencyChecker] = {}


def _supported(graph, text, user=None):
    if graph not in _CHECKERS:
        _CHECKERS[graph] = ConsistencyChecker(_GRAPHS[graph](), outside_evidence=True).build()
    return _CHECKERS[graph].check(text, (), user).supported


@pytest.mark.parametrize("graph, true_text, false_text", [
    ("dances", "Serenade has music by Pyotr Tchaikovsky.", "Jewels has music by Pyotr Tchaikovsky."),
    ("dances", "Jewels is a dance with music by Igor Stravinsky.", "Serenade is a dance with music by Igor Stravinsky."),
    ("dances", "Serenade has a score by Pyotr Tchaikovsky.", "Serenade has a score by Igor Stravinsky."),
    ("dances", "Serenade's music is by Pyotr Tchaikovsky.", "Serenade's music is by George Balanchine."),
    ("dances", "Onegin was first danced by the Stuttgart Ballet in 1965.",
     "Onegin was first danced by the Stuttgart Ballet in 1966."),
    ("dances", "New York City Ballet gave the first performance of Jewels in 1967.",
     "New York City Ballet gave the first performance of Jewels in 1968."),
    ("dances", "In 1967 New York City Ballet gave the first performance of Jewels.",
     "In 1966 New York City Ballet gave the first performance of Jewels."),
    ("dances", "Onegin was first danced by the Stuttgart Ballet at the Württemberg State Theatre.",
     "Onegin was first danced by the Stuttgart Ballet at the Adelphi Theatre."),
    ("dances", "New York City Ballet premiered Jewels at the New York State Theater.",
     "New York City Ballet premiered Jewels at the Adelphi Theatre."),
    ("dances", "Serenade was premiered by American Ballet.", "Serenade was premiered by Stuttgart Ballet."),
    ("dances", "Serenade was first staged by American Ballet at the Adelphi Theatre.",
     "Serenade was first staged by American Ballet at the New York State Theater."),
    ("dances", "Since you loved Serenade, Jewels, also choreographed by George Balanchine, should appeal.",
     "Since you loved Serenade, Onegin, also choreographed by George Balanchine, should appeal."),
    ("whiskies", "Diageo's Lagavulin Distillery released Lagavulin 16 in 1988.",
     "Diageo's Lagavulin Distillery released Lagavulin 16 in 1987."),
    ("whiskies", "Lagavulin Distillery launched Lagavulin 16 in 1988.", "Talisker Distillery launched Lagavulin 16 in 1988."),
    ("whiskies", "Talisker Distillery brought out Talisker 10 in 1988.", "Talisker Distillery brought out Talisker 10 in 1989."),
    ("whiskies", "Glenmorangie Company put out Glenmorangie Original.", "Glenmorangie Company put out Talisker 10."),
    ("whiskies", "Lagavulin 16, blended by Donald Renwick, dates from 1988.",
     "Lagavulin 16, blended by Donald Renwick, dates from 1990."),
    ("whiskies", "Talisker 10 comes from Talisker Distillery. The distillery is owned by Diageo.",
     "Talisker 10 comes from Talisker Distillery. The distillery is owned by LVMH."),
    ("whiskies", "Glenmorangie Original is from Glenmorangie Company. That distillery is owned by LVMH.",
     "Glenmorangie Original is from Glenmorangie Company. That distillery owns LVMH."),
    ("whiskies", "Lagavulin 16 is peated.", "Glenmorangie Original is peated."),
    ("whiskies", "Lagavulin 16 is a peated whisky with smoke and peat.", "Lagavulin 16 is a peated whisky with smoke and vanilla."),
    ("whiskies", "Talisker 10 features pepper.", "Glenmorangie Original features pepper."),
    ("whiskies", "Lagavulin 16 and Talisker 10 both contain smoke.", "Lagavulin 16 and Glenmorangie Original both contain smoke."),
    ("whiskies", "Bill Lumsden created Glenmorangie Original.", "Bill Lumsden created Lagavulin 16."),
    ("whiskies", "Lagavulin 16 is the work of Donald Renwick.", "Talisker 10 is the work of Donald Renwick."),
    ("movies", "GoldenEye, a 1995 release, was directed by Martin Campbell.",
     "GoldenEye, a 1996 release, was directed by Martin Campbell."),
    ("whiskies", "Lagavulin 16 is by Lagavulin Distillery.", "Lagavulin 16 is by Talisker Distillery."),
    ("whiskies", "Talisker 10 is a whisky by Talisker Distillery, and Lagavulin 16 is by Lagavulin Distillery.",
     "Talisker 10 is a whisky by Talisker Distillery, and Lagavulin 16 is by Glenmorangie Company."),
    ("movies", "If Heat appeals, try Casino: both star Robert De Niro.",
     "If Heat appeals, try Casino: both star Al Pacino."),
    ("movies", "If Heat is your thing, Casino also stars Robert De Niro.",
     "If Heat is your thing, Casino also stars Val Kilmer."),
    ("whiskies", "You loved Lagavulin 16, and Talisker 10 shares its smoke.",
     "You loved Lagavulin 16, and Glenmorangie Original shares its smoke."),
    ("whiskies", "Lagavulin 16 has a note of smoke, and Talisker 10 shares its smoke.",
     "Lagavulin 16 has a note of smoke, and Talisker 10 shares its smoke and peat."),
    ("whiskies", "Of Lagavulin 16 and Glenmorangie Original, the former is a peated whisky, the latter an unpeated whisky.",
     "Of Lagavulin 16 and Glenmorangie Original, the former is a peated whisky, the latter a peated whisky."),
])
def test_said_so_and_checked(graph, true_text, false_text):
    user = {"dances": "user:ines", "whiskies": "user:ben"}.get(graph)
    assert _supported(graph, true_text, user), true_text
    assert not _supported(graph, false_text, user), false_text


@pytest.mark.parametrize("graph, text", [
    # two distilleries named before "the distillery": which one?
    ("whiskies", "Lagavulin 16 comes from Lagavulin Distillery and Glenmorangie Original from Glenmorangie Company. "
                 "The distillery is owned by Diageo."),
    # the house of, not a reference
    ("whiskies", "Talisker 10 comes from Talisker Distillery, the distillery of Diageo."),
    # a view, a ruin or a part is no ingredient: only a note is "featured" by a phrase "has a note of"
    ("whiskies", "Talisker Distillery features Diageo."),
    # a premiere's place only after a verb of first showing
    ("dances", "George Balanchine choreographed Jewels at the New York State Theater."),
    # the opening clause still says what the user did (a 2-star rating is no love)
    ("dances", "Since you loved Onegin, Serenade, also set to music by Pyotr Tchaikovsky, should appeal."),
    # several makers of movies: "created" names no one relation
    ("movies", "Steven Spielberg created Jaws."),
    # a theatre hosts a premiere; the company gives the first performance (red team 120)
    ("dances", "The Adelphi Theatre gave the first performance of Serenade."),
    # "came out ... from" names who released it, never its maker (red team 120)
    ("whiskies", "Lagavulin 16 came out in 1988 from Donald Renwick."),
    # a dance is not released: "a 1935 release" is no year of it (red team 120)
    ("dances", "Serenade, a 1935 release, was choreographed by George Balanchine."),
    # "a 1995 release from X": not read (who released it, not its maker)
    ("movies", "GoldenEye, a 1995 release from Martin Campbell, stars Pierce Brosnan."),
    ("movies", "GoldenEye, a 1995 release by Martin Campbell, stars Pierce Brosnan."),
    # a staged work premieres; it is not released, published or launched (red team 121)
    ("dances", "Serenade was released in 1935."),
    ("dances", "Jewels came out in 1967."),
    # the copula left out takes a value of the first one's type: a note is no family (red team 121)
    ("whiskies", "Of Lagavulin 16 and Talisker 10, the former is a peated whisky, the latter a pepper."),
])
def test_rejected(graph, text):
    user = {"dances": "user:ines", "whiskies": "user:ben"}.get(graph)
    assert not _supported(graph, text, user), text
