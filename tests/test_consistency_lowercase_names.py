"""Names written in lower case ("made by apple", "a walk in scotland", "lyrics by fred ebb"; never
after "a" or "an", never a one-word person's name), a release year then "with" ("came out in 1995
with Brad Pitt", "under the direction of X"), a part's plural ("its lyrics are by X"), "the music
for X was composed by Y", "carries music by", "originally" / "first" / neither before a declared
phrase's participle, "penned" and "scripted" for "written", "comes from writer X", "share a
director in X", "has roles in", a comic is a "series" or a "story", "illustrated" for "drew",
"Madhouse's Monster" (an animation studio makes its series; an illustrator's name does not say
whose book it is), "wrote both the music and the lyrics",
"is cyberpunk science fiction animated by X", a gapped "the latter in English" after "the former is in Spanish", "rated it just 3" and "a mere
three stars", "cut by editor X", "its score is the work of X", "draws on" / "grew out of" for
"is based on".

The graphs are declared as a new user would, with phrases only.
"""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items, others, rels, triples):
    ents = [E(k, kind="item", type=t, label=n, attrs={"year": y}) for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n) for k, (t, n) in others.items()]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def _devices():
    rels = [R("made_by", phrase="is made by", inverse_phrase="makes", domain=("device",), range=("company",)),
            R("based_in", phrase="is based in", inverse_phrase="is home to", domain=("company",), range=("country",))]
    items = {"d:mba": ("device", "MacBook Air", 2008), "d:xps": ("device", "XPS 13", 2012),
             "d:3310": ("device", "Nokia 3310", 2000)}
    others = {"c:apple": ("company", "Apple"), "c:dell": ("company", "Dell"), "c:nokia": ("company", "Nokia"),
              "k:us": ("country", "United States"), "k:fi": ("country", "Finland")}
    triples = [("d:mba", "made_by", "c:apple"), ("d:xps", "made_by", "c:dell"), ("d:3310", "made_by", "c:nokia"),
               ("c:apple", "based_in", "k:us"), ("c:dell", "based_in", "k:us"), ("c:nokia", "based_in", "k:fi")]
    return _build(items, others, rels, triples)


def _musicals():
    rels = [R("music_by", phrase="has music by", inverse_phrase="wrote the music for",
              domain=("musical",), range=("person",)),
            R("lyrics_by", phrase="has lyrics by", inverse_phrase="wrote the lyrics for",
              domain=("musical",), range=("person",)),
            R("directed_by", phrase="was originally directed by", inverse_phrase="directed the original production of",
              domain=("musical",), range=("person",)),
            R("opened_in", phrase="opened in", inverse_phrase="saw the premiere of", domain=("musical",), range=("city",)),
            R("based_on", phrase="is based on", inverse_phrase="was adapted into", domain=("musical",), range=("work",))]
    items = {"m:chicago": ("musical", "Chicago", 1975), "m:matilda": ("musical", "Matilda the Musical", 2010),
             "m:evita": ("musical", "Evita", 1978)}
    others = {"p:kander": ("person", "John Kander"), "p:ebb": ("person", "Fred Ebb"), "p:fosse": ("person", "Bob Fosse"),
              "p:minchin": ("person", "Tim Minchin"), "p:warchus": ("person", "Matthew Warchus"),
              "p:rice": ("person", "Tim Rice"), "p:webber": ("person", "Andrew Lloyd Webber"),
              "p:prince": ("person", "Harold Prince"), "p:nobody": ("person", "Nobody"),
              "w:camera": ("work", "I Am a Camera"), "w:cinderella": ("work", "Cinderella"),
              "x:nyc": ("city", "New York City"), "x:london": ("city", "London"), "x:stratford": ("city", "Stratford")}
    triples = [("m:chicago", "music_by", "p:kander"), ("m:chicago", "lyrics_by", "p:ebb"),
               ("m:chicago", "directed_by", "p:fosse"), ("m:matilda", "music_by", "p:minchin"),
               ("m:matilda", "lyrics_by", "p:minchin"), ("m:matilda", "directed_by", "p:warchus"),
               ("m:evita", "music_by", "p:webber"), ("m:evita", "lyrics_by", "p:rice"),
               ("m:evita", "directed_by", "p:prince"), ("m:evita", "directed_by", "p:nobody"),
               ("m:chicago", "opened_in", "x:nyc"), ("m:evita", "opened_in", "x:london"),
               ("m:matilda", "opened_in", "x:stratford"), ("m:chicago", "based_on", "w:camera")]
    return _build(items, others, rels, triples)


def _comics():
    rels = [R("written_by", phrase="was written by", inverse_phrase="wrote", domain=("comic",), range=("person",)),
            R("drawn_by", phrase="was drawn by", inverse_phrase="drew", domain=("comic",), range=("person",)),
            R("published_by", phrase="was published by", inverse_phrase="published",
              domain=("comic",), range=("publisher",))]
    items = {"c:watchmen": ("comic", "Watchmen", 1986), "c:sandman": ("comic", "The Sandman", 1989),
             "c:saga": ("comic", "Saga", 2012)}
    others = {"p:moore": ("person", "Alan Moore"), "p:gibbons": ("person", "Dave Gibbons"),
              "p:gaiman": ("person", "Neil Gaiman"), "p:vaughan": ("person", "Brian K. Vaughan"),
              "p:staples": ("person", "Fiona Staples"), "b:dc": ("publisher", "DC Comics"),
              "b:image": ("publisher", "Image Comics")}
    triples = [("c:watchmen", "written_by", "p:moore"), ("c:watchmen", "drawn_by", "p:gibbons"),
               ("c:sandman", "written_by", "p:gaiman"), ("c:saga", "written_by", "p:vaughan"),
               ("c:saga", "drawn_by", "p:staples"), ("c:watchmen", "published_by", "b:dc"),
               ("c:sandman", "published_by", "b:dc"), ("c:saga", "published_by", "b:image")]
    return _build(items, others, rels, triples)


def _anime():
    rels = [R("animated_by", phrase="was animated by", inverse_phrase="animated", domain=("series",), range=("studio",)),
            R("has_genre", phrase="belongs to the genre", inverse_phrase="is the genre of",
              domain=("series",), range=("genre",))]
    items = {"s:bebop": ("series", "Cowboy Bebop", 1998), "s:monster": ("series", "Monster", 2004)}
    others = {"x:sunrise": ("studio", "Sunrise"), "x:madhouse": ("studio", "Madhouse"),
              "g:cyberpunk": ("genre", "cyberpunk"), "g:scifi": ("genre", "science fiction"),
              "g:thriller": ("genre", "thriller")}
    triples = [("s:bebop", "animated_by", "x:sunrise"), ("s:monster", "animated_by", "x:madhouse"),
               ("s:bebop", "has_genre", "g:cyberpunk"), ("s:bebop", "has_genre", "g:scifi"),
               ("s:monster", "has_genre", "g:thriller")]
    return _build(items, others, rels, triples)


def _podcasts():
    rels = [R("in_language", phrase="is in", inverse_phrase="is the language of", domain=("podcast",), range=("language",)),
            R("hosted_by", phrase="is hosted by", inverse_phrase="hosts", domain=("podcast",), range=("person",))]
    items = {"p:ra": ("podcast", "Radio Ambulante", 2012), "p:tal": ("podcast", "This American Life", 1995)}
    others = {"l:es": ("language", "Spanish"), "l:en": ("language", "English"),
              "h:glass": ("person", "Ira Glass"), "h:alarcon": ("person", "Daniel Alarcón")}
    triples = [("p:ra", "in_language", "l:es"), ("p:tal", "in_language", "l:en"),
               ("p:tal", "hosted_by", "h:glass"), ("p:ra", "hosted_by", "h:alarcon")]
    return _build(items, others, rels, triples)


def _phones():
    rels = [R("runs_on", phrase="runs on", inverse_phrase="powers", domain=("phone",), range=("os",)),
            R("sold_on", phrase="is sold on", inverse_phrase="sells", domain=("phone",), range=("store",))]
    items = {"p:pixel": ("phone", "Pixel 8", 2023), "p:iphone": ("phone", "iPhone 15", 2023)}
    others = {"o:android": ("os", "Android"), "o:ios": ("os", "iOS"), "s:amazon": ("store", "Amazon"),
              "s:bestbuy": ("store", "Best Buy")}
    triples = [("p:pixel", "runs_on", "o:android"), ("p:iphone", "runs_on", "o:ios"),
               ("p:pixel", "sold_on", "s:bestbuy"), ("p:iphone", "sold_on", "s:amazon")]
    return _build(items, others, rels, triples)


def _supported(kg, text, user=None):
    return ConsistencyChecker(kg, outside_evidence=True).check(text, (), user).supported


_GRAPHS = {"devices": _devices, "musicals": _musicals, "comics": _comics, "anime": _anime, "podcasts": _podcasts, "phones": _phones,
           "movies": kgx.KnowledgeGraph.example}


@pytest.mark.parametrize("graph, true_text, false_text", [
    ("devices", "The MacBook Air is made by apple.", "The XPS 13 is made by apple."),
    ("devices", "Nokia, based in finland, makes the Nokia 3310.", "Dell, based in finland, makes the XPS 13."),
    ("devices", "Dell is based in the united states.", "Nokia is based in the united states."),
    ("musicals", "Chicago has lyrics by fred ebb.", "Chicago has lyrics by john kander."),
    ("musicals", "Evita opened in london.", "Chicago opened in london."),
    ("musicals", "Chicago's lyrics are by Fred Ebb.", "Chicago's lyrics are by John Kander."),
    ("musicals", "Matilda the Musical's music and lyrics are by tim minchin.",
     "Chicago's music and lyrics are by john kander."),
    ("musicals", "Matilda the Musical was first directed by Matthew Warchus.",
     "Matilda the Musical was first directed by Tim Minchin."),
    ("musicals", "Chicago was directed by Bob Fosse.", "Chicago was directed by Fred Ebb."),
    ("musicals", "Matilda the Musical premiered in 2010 with music by Tim Minchin.",
     "Matilda the Musical premiered in 2011 with music by Tim Minchin."),
    ("comics", "The Sandman, penned by Neil Gaiman, was published by DC Comics.",
     "Watchmen, penned by Dave Gibbons, was published by DC Comics."),
    ("comics", "Saga is scripted by Brian K. Vaughan.", "Saga is scripted by Fiona Staples."),
    ("comics", "Watchmen comes from writer Alan Moore and artist Dave Gibbons.",
     "Watchmen comes from writer Dave Gibbons and artist Alan Moore."),
    ("movies", "Alien was released in 1979 with music by Jerry Goldsmith.",
     "Alien was released in 1979 with music by John Williams."),
    ("movies", "Seven came out in 1995 with Brad Pitt and Morgan Freeman.",
     "Seven came out in 1996 with Brad Pitt and Morgan Freeman."),
    ("movies", "Titanic came out in 1997 with Leonardo DiCaprio in the cast.",
     "Titanic came out in 1997 with Tom Hanks in the cast."),
    ("movies", "Belle de jour came out in 1967 under the direction of Luis Buñuel.",
     "Belle de jour came out in 1967 under the direction of Catherine Deneuve."),
    ("movies", "Kevin Pollak has roles in The Usual Suspects and Casino.",
     "Kevin Pollak has roles in The Usual Suspects and Heat."),
    ("movies", "Alien and Blade Runner share a director in Ridley Scott.",
     "Alien and Blade Runner share a director in James Cameron."),
    ("movies", "The music for Blade Runner was composed by Vangelis.",
     "The music for Blade Runner was composed by Ridley Scott."),
    ("movies", "The screenplay for Schindler's List is by Steven Zaillian.",
     "The screenplay for Schindler's List is by Steven Spielberg."),
    ("movies", "Seven was cut by editor Richard Francis-Bruce.", "Seven was cut by editor David Fincher."),
    ("movies", "Jaws was scored by composer John Williams.", "Jaws was directed by composer John Williams."),
    ("movies", "Alien's score is the work of Jerry Goldsmith.", "Alien's score is the work of Ridley Scott."),
    ("movies", "Forrest Gump reached audiences through Paramount Pictures.",
     "Forrest Gump reached audiences through Universal Pictures."),
    ("musicals", "Evita carries lyrics by Tim Rice.", "Evita carries music by Tim Rice."),
    ("musicals", "Chicago grew out of I Am a Camera.", "I Am a Camera grew out of Chicago."),
    ("musicals", "Chicago draws on I Am a Camera.", "Evita draws on I Am a Camera."),
    ("comics", "Saga is a series by Brian K. Vaughan.", "Saga is a series by Neil Gaiman."),
    ("comics", "Watchmen is a story by Alan Moore.", "Watchmen is a story by Neil Gaiman."),
    ("comics", "Watchmen is a book by Alan Moore.", "Watchmen is a book by Fiona Staples."),
    ("comics", "Dave Gibbons illustrated Watchmen.", "Alan Moore illustrated Watchmen."),
    ("musicals", "Tim Minchin wrote both the music and the lyrics for Matilda the Musical.",
     "Tim Rice wrote both the music and the lyrics for Evita."),
    ("anime", "Monster is a Madhouse series.", "Cowboy Bebop is a Madhouse series."),
    ("phones", "Pixel 8 and iPhone 15: the former runs on Android, the latter on iOS.",
     "Pixel 8 and iPhone 15: the former runs on Android, the latter on Amazon."),
    ("podcasts", "Radio Ambulante and This American Life: the former is in Spanish, the latter in English.",
     "Radio Ambulante and This American Life: the former is in Spanish, the latter in Spanish."),
    ("podcasts", "Radio Ambulante is hosted by Daniel Alarcón and This American Life by Ira Glass.",
     "Radio Ambulante is hosted by Daniel Alarcón and This American Life by Daniel Alarcón."),
    ("anime", "Cowboy Bebop is cyberpunk science fiction animated by Sunrise.",
     "Monster is cyberpunk science fiction animated by Madhouse."),
])
def test_said_so_and_checked(graph, true_text, false_text):
    kg = _GRAPHS[graph]()
    assert _supported(kg, true_text), true_text
    assert not _supported(kg, false_text), false_text


@pytest.mark.parametrize("graph, text", [
    # a name in lower case after an article is a common noun: "an apple" is no company
    ("devices", "The MacBook Air is made by an apple."),
    # a one-word person's name is never read in lower case ("nobody directed Evita" says no one did)
    ("musicals", "Evita was directed by nobody."),
    ("musicals", "nobody directed Evita."),
    # a year with "with" after anything but a release: a director's, or a user's watching
    ("movies", "Seven came out in 1995 with David Fincher."),
    ("movies", "You watched Alien in 1979 with Sigourney Weaver."),
    ("movies", "Alien came out in 1979 with Jaws."),
    # "X came from Y" reads any maker of X: the part before X must not lend it a relation
    ("movies", "The music for Alien came from Dan O'Bannon."),
    ("movies", "The screenplay for Schindler's List is from Steven Spielberg."),
    # a verbless clause after "runs on" is "runs on", never the bare "on" of "is sold on" (red team 119)
    ("phones", "Pixel 8 runs on Android, iPhone 15 on Amazon."),
    ("phones", "Pixel 8 and iPhone 15: the former runs on Android. The latter on Amazon."),
    ("phones", "Pixel 8 and iPhone 15: the former runs on Android, while the latter on Amazon."),
    # a book "by" its artist says he wrote it (red team 109)
    ("comics", "Watchmen is a book by Dave Gibbons."),
])
def test_rejected(graph, text):
    assert not _supported(_GRAPHS[graph](), text), text


@pytest.mark.parametrize("true_text, false_text", [
    ("You rated From Dusk Till Dawn just 3.", "You rated From Dusk Till Dawn just 2."),
    ("You gave From Dusk Till Dawn a mere three stars.", "You gave From Dusk Till Dawn a mere two stars."),
    ("You gave The Usual Suspects a full five stars.", "You gave Heat a full five stars."),
])
def test_a_rating_said_with_just_or_a_mere(true_text, false_text):
    kg = kgx.KnowledgeGraph.example()  # user:1 rated From Dusk Till Dawn 3, The Usual Suspects 5, Heat 4
    assert _supported(kg, true_text, "user:1"), true_text
    assert not _supported(kg, false_text, "user:1"), false_text
    assert not _supported(kg, "You just watched From Dusk Till Dawn.", "user:1")  # when: the graph does not say
