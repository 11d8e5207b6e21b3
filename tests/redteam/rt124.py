"""Red team round 124 (written by the developer, not blind: the readings of this release, 88a4225..2a05cce): false texts only."""

import os
import sys

if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
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


BUILDERS = {"beers": _beers, "musicals": _musicals, "magazines": _magazines, "projects": _projects,
            "ships": _ships, "games": _games, "movies": kgx.KnowledgeGraph.example}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@beers
# a place or a maker by the same verb
Heady Topper is brewed by The Alchemist in Kalamazoo.
Heady Topper is brewed by Bell's Brewery in Waterbury.
Heady Topper is brewed in Waterbury by Bell's Brewery.
Heady Topper is brewed in Kalamazoo by The Alchemist.
Fat Tire is brewed by New Belgium Brewing in Chicago.
Fat Tire is brewed in Fort Collins by Goose Island.
Goose Island brews Fat Tire in Chicago.
Goose Island brews Bourbon County Stout in Fort Collins.
The Alchemist brews Two Hearted Ale in Waterbury.
John Kimmich created Heady Topper. The Alchemist brews it in Chicago.
John Kimmich created Heady Topper. Bell's Brewery brews it in Waterbury.
Heady Topper and Fat Tire are brewed in Waterbury by The Alchemist.
Heady Topper is not brewed by The Alchemist in Waterbury.
Heady Topper was created by John Kimmich in Kalamazoo.
Heady Topper is hopped with Centennial in Kalamazoo.
Heady Topper was created in Waterbury by Bell's Brewery.
Fat Tire, brewed by New Belgium Brewing in Kalamazoo, is an Amber Ale.
Fat Tire, brewed in Fort Collins by The Alchemist, is an Amber Ale.
# the brewery as an object
Two Hearted Ale comes from Bell's Brewery. Kim Jordan founded the brewery.
Two Hearted Ale comes from Bell's Brewery. John Kimmich founded that brewery.
Heady Topper comes from The Alchemist and Fat Tire from New Belgium Brewing. Larry Bell founded the brewery.
Two Hearted Ale comes from Bell's Brewery. Larry Bell never founded the brewery.
Two Hearted Ale comes from Bell's Brewery. The brewery founded Larry Bell.
Two Hearted Ale comes from Bell's Brewery. Larry Bell created the brewery.
Larry Bell founded the brewery.
Fat Tire comes from New Belgium Brewing, and Kim Jordan, who founded that brewery, created it.
# hops
Fat Tire is an amber ale with centennial hops.
Two Hearted Ale is an American IPA with willamette hops.
Fat Tire comes with Centennial hops.
Heady Topper comes with Willamette hops.
Fat Tire is a Centennial ale.
Fat Tire is a Willamette.
Fat Tire is an American IPA with willamette hops.
Fat Tire and Two Hearted Ale have a hop in common: Centennial.
Fat Tire and Heady Topper have a hop in common: Centennial.
Two Hearted Ale has Centennial in common with Fat Tire.
Two Hearted Ale has Willamette in common with Heady Topper.
Heady Topper and Two Hearted Ale have Willamette in common.
Heady Topper and Two Hearted Ale have a brewery in common: Bell's Brewery.
Heady Topper and Two Hearted Ale do not have Centennial in common.
@musicals
Trevor Nunn directed Cabaret.
Harold Prince directed Cats.
John Kander directed Cabaret.
Harold Prince directed Sweeney Todd and Cats.
Cabaret directed Harold Prince.
Harold Prince did not direct Cabaret.
Cats was directed by Trevor Nunn, and Cabaret was directed by the same person, Trevor Nunn.
Cats was directed by Trevor Nunn, and Cabaret was directed by the same person, Harold Prince.
Cabaret was directed by Harold Prince, and Sweeney Todd was directed by the same woman, Harold Prince.
Cabaret was directed by Harold Prince, and Sweeney Todd was directed by the same man, Harold Prince.
Cabaret has music by John Kander, and Sweeney Todd has music by the same person, John Kander.
Premiered in 1965, Cabaret has music by John Kander.
Released in 1966, Cabaret has music by John Kander.
Published in 1966, Cabaret has music by John Kander.
Launched in 1966, Cabaret has music by John Kander.
Cabaret, released in 1966, has music by John Kander.
Cabaret and Cats were directed by Harold Prince and Trevor Nunn; the former has music by John Kander, the latter Trevor Nunn.
Cabaret and Sweeney Todd were directed by Harold Prince; the former has music by John Kander, the latter John Kander.
Cabaret and Sweeney Todd were directed by Harold Prince; the former has music by Stephen Sondheim, the latter John Kander.
Cabaret and Sweeney Todd were directed by Harold Prince; the latter has music by John Kander, the former Stephen Sondheim.
@magazines
Founded by James Wilson, The Guardian is based in London.
Founded in 1821 by James Wilson, The Guardian is based in London.
Founded in 1843 by John Edward Taylor, The Guardian is based in London.
Founded in 1822 by John Edward Taylor, The Guardian is based in London.
Founded by John Edward Taylor, The Guardian is based in Manchester.
Based in 1821 by John Edward Taylor, The Guardian is based in London.
Founded in 1821 by John Edward Taylor, The Economist is based in London.
The Guardian, first published in 1843, is based in London.
The Economist, published in 1821, is based in London.
First published in 1822, The Guardian is based in London.
Released in 1843, The Guardian is based in London.
Founded by John Edward Taylor and James Wilson, The Guardian is based in London.
@projects
Vim, the project Linus Torvalds created, is written in C.
Git, the project Bram Moolenaar created, is written in C.
Vim, the project Bram Moolenaar created, is written in Python.
Vim, the project Bram Moolenaar never created, is written in C.
Vim, released in 2005, is written in C.
First released in 2005, Vim is written in C.
Originally released in 1991, Git is written in C.
Git, first released in 1991, is written in C.
Bram Moolenaar created Vim himself.
Linus Torvalds created Vim himself.
@ships
SS Normandie was designed by Vladimir Yourkevitch, and she was operated by the Italian Line.
SS Rex was operated by the Italian Line, and Penhoët built her.
SS Rex was operated by the French Line, and Ansaldo built her.
SS Normandie was driven by steam turbines.
SS Rex was powered by turbo-electric transmission.
Turbo-electric transmission drove SS Rex.
Steam turbines powered SS Normandie.
Launched in 1931, SS Normandie was designed by Vladimir Yourkevitch.
Launched in 1932, SS Rex was operated by the Italian Line.
SS Normandie was not driven by turbo-electric transmission.
Vladimir Yourkevitch designed SS Normandie, and she built Ansaldo.
SS Rex was built by Ansaldo, and she designed SS Normandie.
@games user:emi
Because you loved The Witcher 3, Tetris, another action role-playing game, may appeal to you.
Because you loved The Witcher 3, Dark Souls, another puzzle game, may appeal to you.
Because you loved The Witcher 3, Dark Souls, another action role-playing game, designed by Alexey Pajitnov, may suit you.
Because you loved Tetris, Dark Souls, another action role-playing game, may suit you.
You loved The Witcher 3, so Tetris might be worth a look.
You loved The Witcher 3, so Tetris, a puzzle game, might be worth a look.
You loved Tetris, so Dark Souls might be worth a look.
Dark Souls, another action role-playing game designed by Alexey Pajitnov, may suit you.
@movies user:414
You gave Braveheart five stars, so try Hurlyburly, another film with Kevin Spacey.
You gave The Usual Suspects five stars, so try Hurlyburly, another film with Al Pacino.
You gave The Usual Suspects five stars, so Hurlyburly, another film with Brad Pitt, may be worth a look.
@movies
Keanu Reeves served as producer on The Matrix.
Joel Silver served as director on The Matrix.
Joel Silver worked as the editor of The Matrix.
Joel Silver never served as producer on The Matrix.
Heat and GoldenEye are both action thrillers; the former stars Pierce Brosnan, the latter Al Pacino.
Heat and GoldenEye are action thrillers; the latter stars Al Pacino.
Heat and Casino both star Robert De Niro; the former also stars Al Pacino, and the latter Val Kilmer.
Heat and GoldenEye are thrillers; the former stars Al Pacino, the latter Robert De Niro.
Heat and GoldenEye are thrillers; the former was directed by Michael Mann, the latter Pierce Brosnan.
"""


def cases():
    key, user = None, None
    for line in TEXTS.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            parts = line[1:].split()
            key, user = parts[0], (parts[1] if len(parts) > 1 else None)
            continue
        yield key, user, line


# Arguable: the graph names no other creator of Vim, so "himself" (alone) may be true; the
# checker rejects an emphatic reflexive in any case (red team 114). Printed as OPEN, not counted.
OPEN = frozenset({"Bram Moolenaar created Vim himself."})


def main():
    n = acc = 0
    verbose = os.environ.get("VERBOSE")
    for key, user, text in cases():
        ok, reason = check(key, text, user)
        if text in OPEN:
            if ok:
                print(f"OPEN (accepted) [{key}] {text}")
            continue
        n += 1
        if ok:
            acc += 1
            print(f"ACCEPTED [{key}{' ' + user if user else ''}] {text}")
        elif verbose:
            print(f"   rej [{key}] {text} || {str(reason)[:140]}")
    print(f"accepted {acc} of {n}")


if __name__ == "__main__":
    main()
