"""A maker's verb, its place and the names a clause ends in, said as writers say them:

- a relation declared with an adverb ("was originally directed by") also reads its active voice
  without it ("Harold Prince directed Cabaret");
- "the brewery" / "that label" as the object a predicate ends in ("Larry Bell founded the
  brewery, and ...") is the one entity of that type named before;
- a noun for an item kind that is also a verb of the graph ("brews" on a graph whose phrase is
  "brews") is read as the verb ("The Alchemist brews Heady Topper");
- "is brewed by X in Y", "X brews it in Y": the place of the same verb ("is brewed in"), for the item;
- "is brewed in Y by X": the bare "by" is the same verb's agent ("is brewed by"), for the item;
- "Founded by X, The Guardian ..." (a name whose label opens with "The" after an opening credit)
  and "Founded in 1821 by X, ..." (the year before the name);
- "is hopped with" also reads "comes with", "an amber ale with Willamette hops", "a Willamette ale";
- a suggestion after one or two asides ("X, another Stanford course, taught by Y, may suit you";
  a hyphen inside a name ends no aside), "might be worth a look"; "another film with X";
- a publication is published and a software project released in its year ("Private Eye, first
  published in 1961, ..."), also said first: "First released in 1991, Vim ...";
- "the former stars X, the latter Y": the verb left out after "the latter" ("the second"), and
  two names that make one noun phrase ("action thrillers") are no pair "the former" picks from;
- "A and B have a hop in common: X", "have X in common (with B)": read as "share";
- "Vim, the project Bram Moolenaar created, ...": an apposition with "the" before the relative;
- "she" / "her" of a ship is the ship ("SS Normandie was designed by X, and she was operated by
  the French Line"); of anything else, a person as before;
- "served as producer on X", "worked as the editor of X": "was" before "as" and a role noun;
- an opening "Launched / Published / Premiered in 1932, X ..." dates X where the same words after
  it would ("X, launched in 1932, ..."): an item of a released kind; and "Released in 1877, Swan
  Lake ..." no longer dates a ballet (a staged work premieres; earlier releases read it);
- "is propelled by" also reads "is powered / driven by" (and the other way), where no other
  relation of the graph says those verbs;
- a relation declared with "first" / "originally" ("was first brewed in") says the past only: no
  longer "is brewed in" (earlier releases read it), nor the place of "is brewed by X in Y"; after
  a verb of making, "in Y" is where it is made ("Penfolds makes Grange in Adelaide" is false where
  Grange is only bottled there), and a gapped "and B in Y by X" keeps the first clause's verb
  (red team 122);
- "was directed by the same person, X": "person" for a person of any type (not "man" or "woman":
  the graph says no one's sex).

Each true text has a false twin that must be rejected. The graphs are declared as a new user
would, with phrases only.
"""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items, others, rels, triples, extra=()):
    ents = [E(k, kind="item", type=t, label=n, attrs={"year": y}) for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n) for k, (t, n) in others.items()] + list(extra)
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def _beers():
    rels = [R("brewed_by", phrase="is brewed by", inverse_phrase="brews", domain=("beer",), range=("brewery",)),
            R("brewed_in", phrase="is brewed in", inverse_phrase="is the town where they brew",
              domain=("beer",), range=("town",)),
            R("created_by", phrase="was created by", inverse_phrase="created", domain=("beer",), range=("person",)),
            R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("brewery",), range=("person",)),
            R("hopped_with", phrase="is hopped with", inverse_phrase="is a hop used in", domain=("beer",), range=("hop",)),
            R("has_style", phrase="is a", inverse_phrase="is the style of", domain=("beer",), range=("style",))]
    items = {"b:heady": ("beer", "Heady Topper", 2003), "b:two": ("beer", "Two Hearted Ale", 1997),
             "b:bcbs": ("beer", "Bourbon County Stout", 1992), "b:fat": ("beer", "Fat Tire", 1991)}
    others = {"w:alchemist": ("brewery", "The Alchemist"), "w:bells": ("brewery", "Bell's Brewery"),
              "w:goose": ("brewery", "Goose Island"), "w:nb": ("brewery", "New Belgium Brewing"),
              "t:waterbury": ("town", "Waterbury"), "t:kalamazoo": ("town", "Kalamazoo"),
              "t:chicago": ("town", "Chicago"), "t:fc": ("town", "Fort Collins"),
              "p:kimmich": ("person", "John Kimmich"), "p:bell": ("person", "Larry Bell"),
              "p:hall": ("person", "Greg Hall"), "p:jordan": ("person", "Kim Jordan"),
              "h:willamette": ("hop", "Willamette"), "h:centennial": ("hop", "Centennial"),
              "s:amber": ("style", "Amber Ale"), "s:ipa": ("style", "American IPA")}
    triples = [("b:heady", "brewed_by", "w:alchemist"), ("b:two", "brewed_by", "w:bells"),
               ("b:bcbs", "brewed_by", "w:goose"), ("b:fat", "brewed_by", "w:nb"),
               ("b:heady", "brewed_in", "t:waterbury"), ("b:two", "brewed_in", "t:kalamazoo"),
               ("b:bcbs", "brewed_in", "t:chicago"), ("b:fat", "brewed_in", "t:fc"),
               ("b:heady", "created_by", "p:kimmich"), ("b:two", "created_by", "p:bell"),
               ("b:bcbs", "created_by", "p:hall"), ("w:alchemist", "founded_by", "p:kimmich"),
               ("w:bells", "founded_by", "p:bell"), ("w:nb", "founded_by", "p:jordan"),
               ("b:fat", "hopped_with", "h:willamette"), ("b:two", "hopped_with", "h:centennial"),
               ("b:heady", "hopped_with", "h:centennial"),
               ("b:fat", "has_style", "s:amber"), ("b:two", "has_style", "s:ipa")]
    return _build(items, others, rels, triples)


def _musicals():
    rels = [R("directed_by", phrase="was originally directed by", inverse_phrase="directed the original production of",
              domain=("musical",), range=("person",)),
            R("music_by", phrase="has music by", inverse_phrase="wrote the music for", domain=("musical",), range=("person",))]
    items = {"m:cabaret": ("musical", "Cabaret", 1966), "m:sweeney": ("musical", "Sweeney Todd", 1979),
             "m:cats": ("musical", "Cats", 1981)}
    others = {"p:prince": ("person", "Harold Prince"), "p:nunn": ("person", "Trevor Nunn"),
              "p:kander": ("person", "John Kander"), "p:sondheim": ("person", "Stephen Sondheim")}
    triples = [("m:cabaret", "directed_by", "p:prince"), ("m:sweeney", "directed_by", "p:prince"),
               ("m:cats", "directed_by", "p:nunn"), ("m:cabaret", "music_by", "p:kander"),
               ("m:sweeney", "music_by", "p:sondheim")]
    return _build(items, others, rels, triples)


def _magazines():
    rels = [R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("publication",), range=("person",)),
            R("based_in", phrase="is based in", inverse_phrase="is home to", domain=("publication",), range=("city",))]
    items = {"g:guardian": ("publication", "The Guardian", 1821), "g:economist": ("publication", "The Economist", 1843)}
    others = {"p:taylor": ("person", "John Edward Taylor"), "p:wilson": ("person", "James Wilson"),
              "c:london": ("city", "London"), "c:manchester": ("city", "Manchester")}
    triples = [("g:guardian", "founded_by", "p:taylor"), ("g:economist", "founded_by", "p:wilson"),
               ("g:guardian", "based_in", "c:london"), ("g:economist", "based_in", "c:london")]
    return _build(items, others, rels, triples)


def _games():
    rels = [R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("game",)),
            R("has_genre", phrase="is a", inverse_phrase="is the genre of", domain=("game",), range=("genre",)),
            R("taught_by", phrase="is designed by", inverse_phrase="designed", domain=("game",), range=("person",))]
    items = {"g:witcher": ("game", "The Witcher 3", 2015), "g:souls": ("game", "Dark Souls", 2011),
             "g:tetris": ("game", "Tetris", 1984)}
    others = {"n:arpg": ("genre", "action role-playing"), "n:puzzle": ("genre", "puzzle"),
              "p:miyazaki": ("person", "Hidetaka Miyazaki"), "p:pajitnov": ("person", "Alexey Pajitnov")}
    triples = [("g:witcher", "has_genre", "n:arpg"), ("g:souls", "has_genre", "n:arpg"), ("g:tetris", "has_genre", "n:puzzle"),
               ("g:souls", "taught_by", "p:miyazaki"), ("g:tetris", "taught_by", "p:pajitnov"),
               ("user:emi", "rated", "g:witcher", {"rating": 5.0}), ("user:emi", "rated", "g:tetris", {"rating": 1.0})]
    ents = [E("user:emi", kind="user", type="user", label="Emi")]
    return _build(items, others, rels, triples, ents)


def _projects():
    rels = [R("written_in", phrase="is written in", inverse_phrase="is the language of", domain=("project",),
              range=("language",)),
            R("created_by", phrase="was created by", inverse_phrase="created", domain=("project",), range=("person",))]
    items = {"p:vim": ("project", "Vim", 1991), "p:git": ("project", "Git", 2005)}
    others = {"l:c": ("language", "C"), "l:python": ("language", "Python"), "h:bram": ("person", "Bram Moolenaar"),
              "h:linus": ("person", "Linus Torvalds")}
    return _build(items, others, rels, [("p:vim", "written_in", "l:c"), ("p:git", "written_in", "l:c"),
                                        ("p:vim", "created_by", "h:bram"), ("p:git", "created_by", "h:linus")])


def _ships():
    rels = [R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("ship",), range=("person",)),
            R("operated_by", phrase="was operated by", inverse_phrase="operated", domain=("ship",), range=("line",)),
            R("built_by", phrase="was built by", inverse_phrase="built", domain=("ship",), range=("shipyard",)),
            R("propelled_by", phrase="is propelled by", inverse_phrase="propels", domain=("ship",), range=("engine",))]
    items = {"s:normandie": ("ship", "SS Normandie", 1932), "s:rex": ("ship", "SS Rex", 1931)}
    others = {"p:yourkevitch": ("person", "Vladimir Yourkevitch"), "l:french": ("line", "French Line"),
              "l:italian": ("line", "Italian Line"), "y:ansaldo": ("shipyard", "Ansaldo"),
              "y:penhoet": ("shipyard", "Penhoët"), "e:turbines": ("engine", "steam turbines"),
              "e:electric": ("engine", "turbo-electric transmission")}
    triples = [("s:normandie", "designed_by", "p:yourkevitch"), ("s:normandie", "operated_by", "l:french"),
               ("s:rex", "operated_by", "l:italian"), ("s:rex", "built_by", "y:ansaldo"),
               ("s:normandie", "built_by", "y:penhoet"), ("s:rex", "propelled_by", "e:turbines"),
               ("s:normandie", "propelled_by", "e:electric")]
    return _build(items, others, rels, triples)


_GRAPHS = {"beers": _beers, "projects": _projects, "ships": _ships, "musicals": _musicals, "magazines": _magazines, "games": _games,
           "movies": kgx.KnowledgeGraph.example}
_CHECKERS: dict[str, ConsistencyChecker] = {}


def _supported(graph, text, user=None):
    if graph not in _CHECKERS:
        _CHECKERS[graph] = ConsistencyChecker(_GRAPHS[graph](), outside_evidence=True).build()
    return _CHECKERS[graph].check(text, (), user).supported


@pytest.mark.parametrize("graph, true_text, false_text", [
    ("musicals", "Harold Prince directed Cabaret.", "Trevor Nunn directed Cabaret."),
    ("musicals", "Harold Prince directed Sweeney Todd and Cabaret.", "Harold Prince directed Sweeney Todd and Cats."),
    ("musicals", "Sweeney Todd was directed by Harold Prince.", "Sweeney Todd was directed by Stephen Sondheim."),
    ("beers", "Two Hearted Ale comes from Bell's Brewery. Larry Bell founded the brewery.",
     "Two Hearted Ale comes from Bell's Brewery. Kim Jordan founded the brewery."),
    ("beers", "Two Hearted Ale comes from Bell's Brewery. Larry Bell founded the brewery, and he also created the beer.",
     "Two Hearted Ale comes from Bell's Brewery. Larry Bell founded the brewery, and he also created Fat Tire."),
    ("beers", "The Alchemist brews Heady Topper, and John Kimmich, who founded that brewery, created it.",
     "The Alchemist brews Heady Topper, and Larry Bell, who founded that brewery, created it."),
    ("beers", "The Alchemist brews Heady Topper.", "The Alchemist brews Fat Tire."),
    ("beers", "Goose Island brews Bourbon County Stout in Chicago.", "Goose Island brews Bourbon County Stout in Waterbury."),
    ("beers", "Heady Topper is brewed by The Alchemist in Waterbury.", "Heady Topper is brewed by The Alchemist in Chicago."),
    ("beers", "Fat Tire, brewed by New Belgium Brewing in Fort Collins, was created in 1991.",
     "Fat Tire, brewed by New Belgium Brewing in Kalamazoo, was created in 1991."),
    ("beers", "John Kimmich created Heady Topper. The Alchemist brews it in Waterbury.",
     "John Kimmich created Heady Topper. The Alchemist brews it in Kalamazoo."),
    ("beers", "Bourbon County Stout is brewed in Chicago by Goose Island.",
     "Bourbon County Stout is brewed in Chicago by Bell's Brewery."),
    ("beers", "Two Hearted Ale is brewed in Kalamazoo by Bell's Brewery.",
     "Two Hearted Ale is brewed in Kalamazoo by The Alchemist."),
    ("musicals", "Cabaret was directed by Harold Prince, and Sweeney Todd was directed by the same person, Harold Prince.",
     "Cats was directed by Trevor Nunn, and Cabaret was directed by the same person, Harold Prince."),
    ("magazines", "The Guardian, first published in 1821, is based in London.",
     "The Guardian, first published in 1843, is based in London."),
    ("projects", "Vim, released in 1991, is written in C.", "Vim, released in 2005, is written in C."),
    ("projects", "Vim, the project Bram Moolenaar created, is written in C.",
     "Vim, the project Linus Torvalds created, is written in C."),
    ("projects", "First released in 1991, Vim is written in C.", "First released in 1992, Vim is written in C."),
    ("projects", "Originally released in 2005, Git is written in C.", "Originally released in 2005, Git is written in Python."),
    ("beers", "Heady Topper and Two Hearted Ale have a hop in common: Centennial.",
     "Heady Topper and Fat Tire have a hop in common: Centennial."),
    ("beers", "Two Hearted Ale has Centennial in common with Heady Topper.",
     "Two Hearted Ale has Centennial in common with Fat Tire."),
    ("beers", "Fat Tire is an amber ale with willamette hops.", "Fat Tire is an amber ale with centennial hops."),
    ("beers", "Two Hearted Ale comes with Centennial hops.", "Fat Tire comes with Centennial hops."),
    ("beers", "Fat Tire is a Willamette ale.", "Fat Tire is a Centennial ale."),
    ("ships", "SS Normandie was designed by Vladimir Yourkevitch, and she was operated by the French Line.",
     "SS Normandie was designed by Vladimir Yourkevitch, and she was operated by the Italian Line."),
    ("ships", "SS Rex was driven by steam turbines.", "SS Normandie was driven by steam turbines."),
    ("ships", "Steam turbines powered SS Rex.", "Steam turbines powered SS Normandie."),
    ("ships", "Launched in 1932, SS Normandie was designed by Vladimir Yourkevitch.",
     "Launched in 1933, SS Normandie was designed by Vladimir Yourkevitch."),
    ("musicals", "Premiered in 1966, Cabaret has music by John Kander.", "Released in 1966, Cabaret has music by John Kander."),
    ("ships", "SS Rex was operated by the Italian Line, and Ansaldo built her.",
     "SS Rex was operated by the Italian Line, and Penhoët built her."),
    ("magazines", "Founded by John Edward Taylor, The Guardian is based in London.",
     "Founded by James Wilson, The Guardian is based in London."),
    ("magazines", "Founded in 1821 by John Edward Taylor, The Guardian is based in London.",
     "Founded in 1822 by John Edward Taylor, The Guardian is based in London."),
    ("magazines", "Founded in 1843 by James Wilson, The Economist is based in London.",
     "Founded in 1843 by John Edward Taylor, The Economist is based in London."),
])
def test_a_true_text_is_read_and_its_false_twin_rejected(graph, true_text, false_text):
    assert _supported(graph, true_text), true_text
    assert not _supported(graph, false_text), false_text


@pytest.mark.parametrize("true_text, false_text", [
    ("Because you loved The Witcher 3, Dark Souls, another action role-playing game, may appeal to you.",
     "Because you loved The Witcher 3, Tetris, another action role-playing game, may appeal to you."),
    ("Because you loved The Witcher 3, Dark Souls, another action role-playing game, designed by Hidetaka Miyazaki, "
     "may suit you.",
     "Because you loved The Witcher 3, Dark Souls, another action role-playing game, designed by Alexey Pajitnov, "
     "may suit you."),
    ("You loved The Witcher 3, so Dark Souls might be worth a look.",
     "You loved The Witcher 3, so Tetris might be worth a look."),  # (rated 1: no suggestion to make)
])
def test_a_suggestion_after_asides(true_text, false_text):
    assert _supported("games", true_text, "user:emi"), true_text
    assert not _supported("games", false_text, "user:emi"), false_text


@pytest.mark.parametrize("true_text, false_text", [
    ("Heat and GoldenEye are both action thrillers; the former stars Al Pacino, the latter Pierce Brosnan.",
     "Heat and GoldenEye are both action thrillers; the former stars Pierce Brosnan, the latter Al Pacino."),
    ("Heat and Casino both star Robert De Niro; the former also stars Al Pacino, and the latter Joe Pesci.",
     "Heat and Casino both star Robert De Niro; the former also stars Al Pacino, and the latter Val Kilmer."),
    ("Heat and GoldenEye are action thrillers; the former stars Al Pacino.",
     "Heat and GoldenEye are action thrillers; the latter stars Al Pacino."),
])
def test_the_latter_with_the_verb_left_out(true_text, false_text):
    assert _supported("movies", true_text), true_text
    assert not _supported("movies", false_text), false_text


@pytest.mark.parametrize("true_text, false_text", [
    ("Joel Silver served as producer on The Matrix.", "Joel Silver served as director on The Matrix."),
    ("Joel Silver worked as the producer of The Matrix.", "Keanu Reeves worked as the producer of The Matrix."),
    ("Joel Silver served as producer on The Matrix.", "Joel Silver never served as producer on The Matrix."),
])
def test_served_as_a_role(true_text, false_text):
    assert _supported("movies", true_text), true_text
    assert not _supported("movies", false_text), false_text


def test_another_film_with_a_star():
    assert _supported("movies", "You gave The Usual Suspects five stars, so try Hurlyburly, another film with Kevin Spacey.",
                      "user:414")
    # (Braveheart, rated 5 too, is no Kevin Spacey film: "another" shares nothing)
    assert not _supported("movies", "You gave Braveheart five stars, so try Hurlyburly, another film with Kevin Spacey.",
                          "user:414")


def _breweries():
    rels = [R("brewed_by", phrase="is brewed by", inverse_phrase="brews", domain=("beer",), range=("brewery",)),
            R("brewed_in", phrase="is brewed in", inverse_phrase="is where they brew", domain=("beer",), range=("town",)),
            R("first_brewed_in", phrase="was first brewed in", inverse_phrase="saw the first brew of",
              domain=("beer",), range=("town",)),
            R("sold_in", phrase="is sold in", inverse_phrase="sells", domain=("beer",), range=("town",))]
    items = {"b:heady": ("beer", "Heady Topper", 2003), "b:two": ("beer", "Two Hearted Ale", 1997)}
    others = {"w:alchemist": ("brewery", "The Alchemist"), "w:bells": ("brewery", "Bell's Brewery"),
              "t:stowe": ("town", "Stowe"), "t:waterbury": ("town", "Waterbury"), "t:comstock": ("town", "Comstock"),
              "t:chicago": ("town", "Chicago")}
    triples = [("b:heady", "brewed_by", "w:alchemist"), ("b:two", "brewed_by", "w:bells"),
               ("b:heady", "brewed_in", "t:stowe"), ("b:heady", "first_brewed_in", "t:waterbury"),
               ("b:two", "brewed_in", "t:comstock"), ("b:two", "sold_in", "t:chicago")]
    return _build(items, others, rels, triples)


@pytest.mark.parametrize("true_text, false_text", [
    ("Heady Topper was first brewed in Waterbury.", "Heady Topper is brewed in Waterbury."),
    ("Heady Topper is brewed by The Alchemist in Stowe.", "Heady Topper is brewed by The Alchemist in Waterbury."),
    ("The Alchemist brews Heady Topper in Stowe.", "The Alchemist brews Heady Topper in Waterbury."),
    ("Bell's Brewery brews Two Hearted Ale in Comstock.", "Bell's Brewery brews Two Hearted Ale in Chicago."),
    ("Heady Topper is brewed in Stowe by The Alchemist and Two Hearted Ale in Comstock by Bell's Brewery.",
     "Heady Topper is brewed in Stowe by The Alchemist and Two Hearted Ale in Chicago by Bell's Brewery."),
])
def test_a_first_place_and_a_place_of_sale_are_not_where_it_is_brewed(true_text, false_text):
    _GRAPHS.setdefault("breweries", _breweries)
    assert _supported("breweries", true_text), true_text
    assert not _supported("breweries", false_text), false_text


@pytest.mark.parametrize("graph, text", [
    # the place is the item's by the claim's own verb only: Chicago is no town where Two Hearted Ale is brewed
    ("beers", "Two Hearted Ale is brewed by Bell's Brewery in Chicago."),
    # "the brewery" with two breweries named before: which one?
    ("beers", "Heady Topper comes from The Alchemist and Fat Tire from New Belgium Brewing. Kim Jordan founded the brewery."),
    # a negated claim on the reference
    ("beers", "Two Hearted Ale comes from Bell's Brewery. Larry Bell never founded the brewery."),
    # the reference as the subject of the reversed relation
    ("beers", "Two Hearted Ale comes from Bell's Brewery. The brewery founded Larry Bell."),
    # "directed" without the graph's relation: Kander wrote the music
    ("musicals", "John Kander directed Cabaret."),
    # a hop is no style of beer
    ("beers", "Fat Tire is a Willamette."),
    # "the latter" takes the former's verb only right after the former's one name
    ("musicals", "Cabaret and Cats were directed by Harold Prince and Trevor Nunn; the former has music by John Kander, "
                 "the latter Trevor Nunn."),
    # "she" of a person where no ship is named: Cabaret's director has no music
    ("musicals", "Cabaret was directed by Harold Prince, and she wrote the music for it."),
    # an opening credit is not said of a name before "'s" (red team 123)
    ("magazines", "Founded by John Edward Taylor, The Guardian's city, London, is home to The Economist."),
    ("magazines", "Founded by John Edward Taylor, The Guardian as well as The Economist are based in London."),
    # "the same person" is the one named before (Kander), not another item's director
    ("musicals", "Cabaret has music by John Kander, and Sweeney Todd was directed by the same person, Harold Prince."),
    # "comes with" a style, as "has" one: a kind is had only where its type's noun names it
    ("beers", "Fat Tire comes with Amber Ale."),
    # the graph says no one's sex
    ("musicals", "Cabaret was directed by Harold Prince, and Sweeney Todd was directed by the same woman, Harold Prince."),
    # a bare "by" after a place of another verb's claim
    ("beers", "Heady Topper was created in 2003 by The Alchemist."),
])
def test_what_the_readings_do_not_allow(graph, text):
    assert not _supported(graph, text), text
