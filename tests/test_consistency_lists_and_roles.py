"""Lists said of each ("the A, the B and the C all call for X", "A and B were each developed by
X", "by A and B alike"), the gapped "and B by Y", "arrived in <year>", a phrase's own noun for its
object ("is part of the network": "is part of Gimlet Media", "the Gimlet Media network",
"belongs to"), a topic's verbs ("digs into", "tackles"), "headquartered in", a trail that opened
in a year, "the work of" a maker, "the creation of" its creator, "set to music by" and "music from", "landed on" a platform, a
main title before its subtitle ("The Witcher 3"); a film is also a "title"; "an entry in" a
series; "carries the Pixar tag"; "(all) at once"; "might be your next pick"; "X, up in Y,".

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


def _podcasts():
    rels = [R("hosted_by", phrase="is hosted by", inverse_phrase="hosts", domain=("podcast",), range=("host",)),
            R("created_by", phrase="was created by", inverse_phrase="created",
              domain=("podcast",), range=("host",)),
            R("on_network", phrase="is part of the network", inverse_phrase="carries",
              domain=("podcast",), range=("company",)),
            R("about", phrase="is about", inverse_phrase="is the subject of", domain=("podcast",), range=("topic",))]
    items = {"p:reply": ("podcast", "Reply All", 2014), "p:startup": ("podcast", "StartUp", 2014),
             "p:invisible": ("podcast", "99% Invisible", 2010), "p:nightvale": ("podcast", "Welcome to Night Vale", 2012)}
    others = {"h:vogt": ("host", "PJ Vogt"), "h:blumberg": ("host", "Alex Blumberg"), "h:mars": ("host", "Roman Mars"),
              "h:fink": ("host", "Joseph Fink"), "c:gimlet": ("company", "Gimlet Media"),
              "c:radiotopia": ("company", "Radiotopia"), "t:internet": ("topic", "internet culture"),
              "t:business": ("topic", "business"), "t:design": ("topic", "design"), "t:fiction": ("topic", "fiction")}
    triples = [("p:reply", "hosted_by", "h:vogt"), ("p:startup", "hosted_by", "h:blumberg"),
               ("p:invisible", "hosted_by", "h:mars"), ("p:invisible", "created_by", "h:mars"),
               ("p:nightvale", "created_by", "h:fink"), ("p:reply", "on_network", "c:gimlet"),
               ("p:startup", "on_network", "c:gimlet"), ("p:invisible", "on_network", "c:radiotopia"),
               ("p:reply", "about", "t:internet"), ("p:startup", "about", "t:business"),
               ("p:invisible", "about", "t:design"), ("p:nightvale", "about", "t:fiction")]
    return _build(items, others, rels, triples)


def _trails():
    rels = [R("in_park", phrase="runs through", inverse_phrase="contains", domain=("trail",), range=("park",)),
            R("maintained_by", phrase="is maintained by", inverse_phrase="maintains",
              domain=("trail",), range=("agency",))]
    items = {"t:milford": ("trail", "Milford Track", 1847), "t:routeburn": ("trail", "Routeburn Track", 1880),
             "t:whw": ("trail", "West Highland Way", 1980)}
    others = {"x:fiordland": ("park", "Fiordland National Park"), "x:loch": ("park", "Loch Lomond National Park"),
              "a:doc": ("agency", "Department of Conservation")}
    triples = [("t:milford", "in_park", "x:fiordland"), ("t:routeburn", "in_park", "x:fiordland"),
               ("t:whw", "in_park", "x:loch"), ("t:milford", "maintained_by", "a:doc"),
               ("t:routeburn", "maintained_by", "a:doc")]
    return _build(items, others, rels, triples)


def _devices():
    rels = [R("made_by", phrase="is made by", inverse_phrase="makes", domain=("device",), range=("company",)),
            R("based_in", phrase="is based in", inverse_phrase="is home to", domain=("company",), range=("country",))]
    items = {"d:s8": ("device", "Galaxy S8", 2017), "d:xps": ("device", "XPS 13", 2012)}
    others = {"c:samsung": ("company", "Samsung"), "c:dell": ("company", "Dell"), "c:microsoft": ("company", "Microsoft"),
              "k:kr": ("country", "South Korea"), "k:us": ("country", "United States")}
    triples = [("d:s8", "made_by", "c:samsung"), ("d:xps", "made_by", "c:dell"), ("c:samsung", "based_in", "k:kr"),
               ("c:dell", "based_in", "k:us"), ("c:microsoft", "based_in", "k:us")]
    return _build(items, others, rels, triples)


def _games():
    rels = [R("developed_by", phrase="was developed by", inverse_phrase="developed", domain=("game",), range=("studio",)),
            R("released_on", phrase="was released on", inverse_phrase="has a release of",
              domain=("game",), range=("platform",)),
            R("music_by", phrase="has music composed by", inverse_phrase="composed the music for",
              domain=("game",), range=("person",)),
            R("published_by", phrase="was published by", inverse_phrase="published",
              domain=("game",), range=("publisher",)),
            R("in_series", phrase="is part of the series", inverse_phrase="includes", domain=("game",), range=("series",))]
    items = {"g:w3": ("game", "The Witcher 3: Wild Hunt", 2015), "g:portal2": ("game", "Portal 2", 2011),
             "g:halo": ("game", "Halo: Combat Evolved", 2001), "g:bb": ("game", "Bloodborne", 2015)}
    others = {"s:cdpr": ("studio", "CD Projekt Red"), "s:valve": ("studio", "Valve"), "s:bungie": ("studio", "Bungie"),
              "s:fromsoft": ("studio", "FromSoftware"), "x:ps4": ("platform", "PlayStation 4"),
              "x:xbox": ("platform", "Xbox"), "p:morasky": ("person", "Mike Morasky"),
              "p:odonnell": ("person", "Martin O'Donnell"), "b:sony": ("publisher", "Sony Interactive Entertainment"),
              "r:halo": ("series", "Halo"), "r:witcher": ("series", "The Witcher")}
    triples = [("g:w3", "developed_by", "s:cdpr"), ("g:portal2", "developed_by", "s:valve"),
               ("g:halo", "developed_by", "s:bungie"), ("g:bb", "developed_by", "s:fromsoft"),
               ("g:w3", "released_on", "x:ps4"), ("g:bb", "released_on", "x:ps4"), ("g:halo", "released_on", "x:xbox"),
               ("g:portal2", "music_by", "p:morasky"), ("g:halo", "music_by", "p:odonnell"),
               ("g:bb", "published_by", "b:sony"), ("g:halo", "in_series", "r:halo"), ("g:w3", "in_series", "r:witcher")]
    return _build(items, others, rels, triples)


def _supported(kg, text, user=None):
    return ConsistencyChecker(kg, outside_evidence=True).check(text, (), user).supported


_GRAPHS = {"games": _games, "podcasts": _podcasts, "trails": _trails, "devices": _devices, "movies": kgx.KnowledgeGraph.example}


@pytest.mark.parametrize("graph, true_text, false_text", [
    ("movies", "Alien was directed by Ridley Scott and Aliens by James Cameron.",
     "Alien was directed by Ridley Scott and Aliens by Ridley Scott."),
    ("movies", "Of Alien and Aliens, the former was directed by Ridley Scott and the latter by James Cameron.",
     "Of Alien and Aliens, the former was directed by James Cameron and the latter by Ridley Scott."),
    ("movies", "Titanic was distributed by 20th Century Fox and Paramount Pictures alike.",
     "Titanic was distributed by 20th Century Fox and Universal Pictures alike."),
    ("movies", "Titanic and Aliens were each directed by James Cameron.",
     "Titanic and Alien were each directed by James Cameron."),
    ("movies", "Aliens arrived in 1986, directed by James Cameron.",
     "Aliens arrived in 1987, directed by James Cameron."),
    ("trails", "The Milford Track and the Routeburn Track each run through Fiordland National Park.",
     "The Milford Track and the West Highland Way each run through Fiordland National Park."),
    ("trails", "The Milford Track and the Routeburn Track are each maintained by the Department of Conservation.",
     "The Milford Track and the West Highland Way are each maintained by the Department of Conservation."),
    ("devices", "Samsung, over in South Korea, makes the Galaxy S8.", "Dell, over in South Korea, makes the XPS 13."),
    ("trails", "Opened in 1980, the West Highland Way runs through Loch Lomond National Park.",
     "Opened in 1981, the West Highland Way runs through Loch Lomond National Park."),
    ("trails", "The West Highland Way opened in 1980.", "The West Highland Way opened in 1990."),
    ("devices", "Microsoft and Dell are both headquartered in the United States.",
     "Microsoft and Samsung are both headquartered in the United States."),
    ("devices", "Samsung, headquartered in South Korea, makes the Galaxy S8.",
     "Dell, headquartered in South Korea, makes the XPS 13."),
    ("podcasts", "Reply All is part of Gimlet Media.", "99% Invisible is part of Gimlet Media."),
    ("podcasts", "Reply All is part of the Gimlet Media network.", "Reply All is part of the Radiotopia network."),
    ("podcasts", "Reply All and StartUp belong to Gimlet Media.", "Reply All and 99% Invisible belong to Gimlet Media."),
    ("podcasts", "Reply All digs into internet culture.", "StartUp digs into internet culture."),
    ("podcasts", "99% Invisible tackles design.", "Reply All tackles design."),
    ("podcasts", "Welcome to Night Vale was dreamed up by Joseph Fink.",
     "Welcome to Night Vale was dreamed up by Roman Mars."),
    ("movies", "Psycho was directed by Alfred Hitchcock with music from Bernard Herrmann.",
     "Psycho was directed by Alfred Hitchcock with music from John Williams."),
    ("movies", "Toy Story is an Animation title.", "Toy Story is a Horror title."),
    ("movies", "Titanic and Aliens were each written and directed by James Cameron.",
     "Titanic and Alien were each written and directed by James Cameron."),
    ("movies", "Casablanca is a romance and a drama at once.", "Casablanca is a romance and a comedy at once."),
    ("movies", "Toy Story dates from 1995 and carries the Pixar tag.", "Fargo dates from 1996 and carries the Pixar tag."),
    ("movies", "Fargo has the dark comedy tag.", "Toy Story has the dark comedy tag."),
    ("movies", "Heat, directed by Michael Mann, might be your next pick.",
     "Heat, directed by James Cameron, might be your next pick."),
    ("movies", "Heat, which stars Robert De Niro, could be a good fit.",
     "Heat, which stars Sigourney Weaver, could be a good fit."),
    ("games", "The Witcher 3 is an entry in The Witcher series.", "Portal 2 is an entry in The Witcher series."),
    ("games", "Bloodborne landed on PlayStation 4.", "Portal 2 landed on PlayStation 4."),
    ("games", "Portal 2 was developed by Valve, set to music by Mike Morasky.",
     "Portal 2 was developed by Valve, set to music by Martin O'Donnell."),
    ("games", "Portal 2 is the work of Valve.", "Portal 2 is the work of Bungie."),
    ("podcasts", "Welcome to Night Vale is the creation of Joseph Fink.",
     "Welcome to Night Vale is the creation of Roman Mars."),
    ("games", "The Witcher 3 came out on PlayStation 4.", "The Witcher 3 came out on Xbox."),
    ("games", "Halo: Combat Evolved belongs to the Halo series.", "The Witcher 3 belongs to the Halo series."),
])
def test_lists_and_roles(graph, true_text, false_text):
    kg = _GRAPHS[graph]()
    assert _supported(kg, true_text), true_text
    assert not _supported(kg, false_text), false_text


@pytest.mark.parametrize("graph, text", [
    ("movies", "Titanic and Aliens alike were directed by James Cameron."),  # ("alike" ends a list only)
    ("movies", "James Cameron arrived in 1986."),  # a person's arrival is no release
    ("podcasts", "Gimlet Media is part of Reply All."),  # the other way round
    ("podcasts", "Reply All is the network Gimlet Media."),
    ("trails", "The Milford Track and the Routeburn Track each opened in 1847."),
    ("games", "Bloodborne is the work of Sony Interactive Entertainment."),  # a publisher made nothing
    ("games", "Halo was developed by Bungie."),  # "Halo" names the series, not the game
    ("movies", "Casablanca is a drama at once."),  # ("at once" after a list of kinds only)
    ("podcasts", "Roman Mars hosts himself."),
    ("podcasts", "Joseph Fink is the creation of Welcome to Night Vale."),
    ("podcasts", "PJ Vogt hosts Reply All himself."),  # alone? the graph does not say (red team 114)
    ("movies", "Heat might be your next pick because Sigourney Weaver stars in it."),

])
def test_what_the_lists_and_roles_do_not_read(graph, text):
    assert not _supported(_GRAPHS[graph](), text)


def test_a_suggestion_covers_every_item_of_its_name():
    """User 1 rated The Mummy of 1999 two stars: "The Mummy could be your next pick" suggests it
    too, whichever of the four films so named the rest of the text is read with (red team 114);
    a year after the name says which."""
    kg = kgx.KnowledgeGraph.example()
    assert not _supported(kg, "Heat is directed by Michael Mann. The Mummy could be your next pick.", "user:1")
    assert not _supported(kg, "The Mummy is an action film, so it could be a solid choice.", "user:1")
    assert _supported(kg, "The Mummy (2017) could be your next pick.", "user:1")
    # "both" stands for the items named before it (red team 115): user 1 rated Psycho two stars
    assert not _supported(kg, "Heat was directed by Michael Mann and Psycho by Alfred Hitchcock; "
                              "both could be a good fit.", "user:1")
