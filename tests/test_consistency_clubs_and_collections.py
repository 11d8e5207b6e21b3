"""Wording of clubs and collections a new user's graph implies without cues: a fronted participle
with its year ("Founded in 1878, X ..."), "dates back to", "each" after a list, "play in" a league
and "a Premier League club", "a club from <city>", "they" for a team said in the plural, "is in"
or "belongs to" a museum that holds a work; each with a false twin, on graphs declared in code
with phrases only, as a new user would declare them."""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

_CLUBS = {  # id: (name, year founded, city, league, ground, manager, founder)
    "everton": ("Everton", 1878, "liverpool", "epl", "goodison", "moyes", "st_domingo"),
    "liverpool": ("Liverpool FC", 1892, "liverpool", "epl", "anfield", "slot", "houlding"),
    "hearts": ("Heart of Midlothian", 1874, "edinburgh", "spl", "tynecastle", "critchley", "tom_purdie"),
    "hibs": ("Hibernian", 1875, "edinburgh", "spl", "easter_road", "gray", "edward_hannan"),
    "dortmund": ("Borussia Dortmund", 1909, "dortmund_city", "bundesliga", "westfalen", "kovac", "franz_jacobi"),
}
_NAMES = {"liverpool": "Liverpool", "edinburgh": "Edinburgh", "dortmund_city": "Dortmund",
          "epl": "Premier League", "spl": "Scottish Premiership", "bundesliga": "Bundesliga",
          "goodison": "Goodison Park", "anfield": "Anfield", "tynecastle": "Tynecastle Park",
          "easter_road": "Easter Road", "westfalen": "Westfalenstadion", "moyes": "David Moyes",
          "slot": "Arne Slot", "critchley": "Neil Critchley", "gray": "David Gray", "kovac": "Niko Kovač",
          "st_domingo": "Ben Swift Chambers", "houlding": "John Houlding", "tom_purdie": "Tom Purdie",
          "edward_hannan": "Edward Hannan", "franz_jacobi": "Franz Jacobi"}
_TYPES = {"liverpool": "city", "edinburgh": "city", "dortmund_city": "city", "epl": "league", "spl": "league",
          "bundesliga": "league", "goodison": "stadium", "anfield": "stadium", "tynecastle": "stadium",
          "easter_road": "stadium", "westfalen": "stadium"}
_CLUB_RELATIONS = [
    kgx.Relation("based_in", phrase="is based in", inverse_phrase="is home to"),
    kgx.Relation("competes_in", phrase="competes in", inverse_phrase="is the league of"),
    kgx.Relation("ground", phrase="plays its home games at", inverse_phrase="is the home ground of"),
    kgx.Relation("managed_by", phrase="is managed by", inverse_phrase="manages"),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded"),
    kgx.Relation("supports", phrase="supports", inverse_phrase="is supported by"),
]


def _clubs() -> kgx.KnowledgeGraph:
    ents = [kgx.Entity("user:kim", kind="user", label="Kim")]
    ents += [kgx.Entity(f"x:{k}", type=_TYPES.get(k, "person"), label=v) for k, v in _NAMES.items()]
    triples: list[tuple] = [("user:kim", "supports", "club:everton", {"rating": 5.0}),
                            ("user:kim", "supports", "club:hibs", {"rating": 2.0})]
    for cid, (name, year, city, league, ground, manager, founder) in _CLUBS.items():
        ents.append(kgx.Entity(f"club:{cid}", kind="item", type="club", label=name, attrs={"year": year}))
        triples += [(f"club:{cid}", "based_in", f"x:{city}"), (f"club:{cid}", "competes_in", f"x:{league}"),
                    (f"club:{cid}", "ground", f"x:{ground}"), (f"club:{cid}", "managed_by", f"x:{manager}"),
                    (f"club:{cid}", "founded_by", f"x:{founder}")]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=_CLUB_RELATIONS)


@pytest.fixture(scope="module")
def clubs() -> ConsistencyChecker:
    return ConsistencyChecker(_clubs(), outside_evidence=True).build()


def _says(checker: ConsistencyChecker, text: str, user: str | None = None) -> bool:
    return checker.check(text, (), user).supported


@pytest.mark.parametrize("true_text, false_text", [
    ("Founded in 1878, Everton play at Goodison Park.", "Founded in 1879, Everton play at Goodison Park."),
    ("Founded by Tom Purdie in 1874, Heart of Midlothian is based in Edinburgh.",
     "Founded by Tom Purdie in 1875, Heart of Midlothian is based in Edinburgh."),
    ("Hibernian dates back to 1875.", "Hibernian dates back to 1874."),
    ("Borussia Dortmund, which dates back to 1909, plays at the Westfalenstadion.",
     "Borussia Dortmund, which dates back to 1910, plays at the Westfalenstadion."),
])
def test_a_fronted_participle_and_dates_back_to(clubs, true_text, false_text):
    assert _says(clubs, true_text), true_text
    assert not _says(clubs, false_text), false_text


def test_a_later_act_or_a_person_dates_nothing(clubs):
    for text in ("Translated in 1878, Everton play at Goodison Park.",  # not a making of the club
                 "David Moyes dates back to 1878."):  # a person has no year in the graph
        assert not _says(clubs, text), text


@pytest.mark.parametrize("true_text, false_text", [
    ("Heart of Midlothian and Hibernian each play in the Scottish Premiership.",
     "Heart of Midlothian and Everton each play in the Scottish Premiership."),
    ("Everton play in the Premier League.", "Hibernian play in the Premier League."),
    ("Everton is a Premier League club.", "Hibernian is a Premier League club."),
    ("Hibernian is a Scottish Premiership club from Edinburgh.",
     "Hibernian is a Scottish Premiership club from Liverpool."),
    ("Everton is a club from Liverpool.", "Borussia Dortmund is a club from Liverpool."),
    ("Borussia Dortmund are coached by Niko Kovač.", "Borussia Dortmund are coached by Arne Slot."),
])
def test_leagues_cities_and_managers_in_a_clubs_words(clubs, true_text, false_text):
    assert _says(clubs, true_text), true_text
    assert not _says(clubs, false_text), false_text


@pytest.mark.parametrize("true_text, false_text", [
    ("Everton play at Goodison Park, and they are managed by David Moyes.",
     "Everton play at Goodison Park, and they are managed by Arne Slot."),
    ("Hibernian are based in Edinburgh; they play at Easter Road.",
     "Hibernian are based in Edinburgh; they play at Tynecastle Park."),
])
def test_they_for_a_team_said_in_the_plural(clubs, true_text, false_text):
    assert _says(clubs, true_text), true_text
    assert not _says(clubs, false_text), false_text


def test_they_needs_a_plural_verb_and_one_team(clubs):
    for text in ("Everton plays at Goodison Park, and they are managed by David Moyes.",
                 "David Moyes manages Everton, and they also manage Hibernian."):
        assert not _says(clubs, text), text


_WORKS = {  # id: (title, year, painter, holder, subject)
    "milkmaid": ("The Milkmaid", 1658, "vermeer", "rijks", "domestic life"),
    "nightwatch": ("The Night Watch", 1642, "rembrandt", "rijks", "militia"),
    "pearl": ("Girl with a Pearl Earring", 1665, "vermeer", "mauritshuis", "portrait"),
    "venus": ("The Birth of Venus", 1485, "botticelli", "uffizi", "nude"),
    "olympia": ("Olympia", 1863, "manet", "orsay", "nude"),
}
_HOLDERS = {"rijks": "Rijksmuseum", "mauritshuis": "Mauritshuis", "uffizi": "Uffizi Gallery",
            "orsay": "Musée d'Orsay"}
_PAINTERS = {"vermeer": "Johannes Vermeer", "rembrandt": "Rembrandt", "botticelli": "Sandro Botticelli",
             "manet": "Édouard Manet"}


def _collections() -> kgx.KnowledgeGraph:
    rels = [kgx.Relation("painted_by", phrase="was painted by", inverse_phrase="painted"),
            kgx.Relation("held_by", phrase="is held by", inverse_phrase="holds"),
            kgx.Relation("depicts", phrase="depicts", inverse_phrase="is depicted in")]
    ents = [kgx.Entity(f"museum:{k}", type="museum", label=v) for k, v in _HOLDERS.items()]
    ents += [kgx.Entity(f"painter:{k}", type="painter", label=v) for k, v in _PAINTERS.items()]
    subjects = sorted({w[4] for w in _WORKS.values()})
    ents += [kgx.Entity(f"subject:{s}", type="subject", label=s) for s in subjects]
    triples = []
    for wid, (title, year, painter, holder, subject) in _WORKS.items():
        ents.append(kgx.Entity(f"work:{wid}", kind="item", type="painting", label=title, attrs={"year": year}))
        triples += [(f"work:{wid}", "painted_by", f"painter:{painter}"), (f"work:{wid}", "held_by", f"museum:{holder}"),
                    (f"work:{wid}", "depicts", f"subject:{subject}")]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


@pytest.fixture(scope="module")
def works() -> ConsistencyChecker:
    return ConsistencyChecker(_collections(), outside_evidence=True).build()


@pytest.mark.parametrize("true_text, false_text", [
    ("The Milkmaid, by Johannes Vermeer, is in the Rijksmuseum.",
     "Girl with a Pearl Earring, by Johannes Vermeer, is in the Rijksmuseum."),
    ("The Birth of Venus is at the Uffizi Gallery.", "Olympia is at the Uffizi Gallery."),
    ("Olympia belongs to the Musée d'Orsay.", "The Night Watch belongs to the Musée d'Orsay."),
    ("Girl with a Pearl Earring is owned by the Mauritshuis.",
     "The Milkmaid is owned by the Mauritshuis."),
    ("Rembrandt painted The Night Watch, which now hangs in the Rijksmuseum.",
     "Rembrandt painted The Night Watch, which now hangs in the Mauritshuis."),
    ("The Birth of Venus and Olympia each depict a nude.", "The Birth of Venus and The Milkmaid each depict a nude."),
    ("Painted in 1485, The Birth of Venus is by Sandro Botticelli.",
     "Painted in 1486, The Birth of Venus is by Sandro Botticelli."),
])
def test_where_a_museum_holds_a_work(works, true_text, false_text):
    assert _says(works, true_text), true_text
    assert not _says(works, false_text), false_text


def _studio_work() -> kgx.KnowledgeGraph:
    """Albums (producer, studio, label, year), podcasts (hosts, guests) and museums (holdings,
    opening year): what is made, hosted and held somewhere."""
    rels = [kgx.Relation("produced_by", phrase="was produced by", inverse_phrase="produced"),
            kgx.Relation("recorded_at", phrase="was recorded at", inverse_phrase="was the studio for"),
            kgx.Relation("label", phrase="was released on", inverse_phrase="released"),
            kgx.Relation("hosted_by", phrase="is hosted by", inverse_phrase="hosts"),
            kgx.Relation("guest", phrase="featured", inverse_phrase="appeared on"),
            kgx.Relation("collects", phrase="has a collection of", inverse_phrase="is collected by")]
    ents = [kgx.Entity(f"p:{k}", type=t, label=v) for k, t, v in (
        ("ng", "producer", "Nina Gale"), ("hs", "producer", "Hugo Sand"), ("bb", "studio", "Blackbird Studio"),
        ("ts", "studio", "Tannery Sound"), ("dw", "label", "Driftwood Records"), ("ec", "host", "Ethan Cole"),
        ("am", "host", "Aiko Mori"), ("so", "host", "Sam Okoro"), ("jw", "guest", "Jonah Wilde"),
        ("lp", "guest", "Leo Park"), ("mb", "guest", "Marcus Bell"), ("ma", "holding", "modern art"),
        ("ph", "holding", "photography"), ("tx", "holding", "textiles"))]
    items = (("lanterns", "album", "Paper Lanterns", 2009), ("ferry", "album", "Midnight Ferry", 2011),
             ("orchard", "album", "Glass Orchard", 2012), ("night", "podcast", "Night Shift Stories", 2017),
             ("rewind", "podcast", "Rewind", 2012), ("verra", "museum", "Verra Gallery", 2004),
             ("silk", "museum", "The Silk House", 1998))
    ents += [kgx.Entity(f"i:{k}", kind="item", type=t, label=v, attrs={"year": y}) for k, t, v, y in items]
    triples = [("i:lanterns", "produced_by", "p:ng"), ("i:lanterns", "recorded_at", "p:bb"),
               ("i:ferry", "produced_by", "p:ng"), ("i:ferry", "produced_by", "p:hs"),
               ("i:ferry", "recorded_at", "p:ts"), ("i:orchard", "produced_by", "p:hs"),
               ("i:orchard", "recorded_at", "p:bb"), ("i:lanterns", "label", "p:dw"), ("i:ferry", "label", "p:dw"),
               ("i:orchard", "label", "p:dw"), ("i:night", "hosted_by", "p:ec"), ("i:night", "hosted_by", "p:am"),
               ("i:rewind", "hosted_by", "p:so"), ("i:rewind", "guest", "p:jw"), ("i:rewind", "guest", "p:lp"),
               ("i:night", "guest", "p:mb"), ("i:verra", "collects", "p:ma"), ("i:verra", "collects", "p:ph"),
               ("i:silk", "collects", "p:tx")]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


@pytest.fixture(scope="module")
def studio() -> ConsistencyChecker:
    return ConsistencyChecker(_studio_work(), outside_evidence=True).build()


@pytest.mark.parametrize("true_text, false_text", [
    ("Verra Gallery opened its doors in 2004.", "Verra Gallery opened its doors in 2005."),
    ("Ethan Cole and Aiko Mori host Night Shift Stories together.",
     "Ethan Cole and Sam Okoro host Night Shift Stories together."),
    ("Midnight Ferry was released on Driftwood Records; Nina Gale and Hugo Sand produced it at Tannery Sound.",
     "Midnight Ferry was released on Driftwood Records; Nina Gale and Hugo Sand produced it at Blackbird Studio."),
    ("Driftwood Records released Midnight Ferry in 2011 and Glass Orchard a year later.",
     "Driftwood Records released Paper Lanterns in 2009 and Midnight Ferry a year later."),
    ("Jonah Wilde and Leo Park have both guested on Rewind.",
     "Jonah Wilde and Marcus Bell have both guested on Rewind."),
    ("Verra Gallery houses modern art and photography.", "The Silk House houses modern art and photography."),
    ("The Silk House showcases textiles.", "Verra Gallery showcases textiles."),
])
def test_made_hosted_and_held(studio, true_text, false_text):
    assert _says(studio, true_text), true_text
    assert not _says(studio, false_text), false_text


def test_together_is_said_of_people_only(studio):
    # two items "released together" says a date the graph does not give
    assert not _says(studio, "Paper Lanterns and Glass Orchard came out together.")


def test_red_team_94_holes(clubs, works):
    # a fronted participle dates only what the item's own relations make of it, and only the
    # item that opens the clause; a manager's year is no club's
    for text in ("Published in 1878, Everton play at Goodison Park.",
                 "Founded in 1878, David Moyes manages Everton.",
                 "Managed by David Moyes in 1878, Everton play at Goodison Park.",
                 "Run by Arne Slot in 1892, Liverpool FC play at Anfield."):
        assert not _says(clubs, text), text
    for text in ("Built in 1485, The Birth of Venus is at the Uffizi Gallery.",
                 "Painted in 1658, Johannes Vermeer painted The Milkmaid."):
        assert not _says(works, text), text


def test_coach_is_a_teams_word_and_owners_keep_owned_by():
    band = kgx.KnowledgeGraph.from_triples(
        [("b:zep", "managed_by", "p:grant")],
        entities=[kgx.Entity("b:zep", kind="item", type="band", label="Led Zeppelin"),
                  kgx.Entity("p:grant", type="person", label="Peter Grant")],
        relations=[kgx.Relation("managed_by", phrase="is managed by", inverse_phrase="manages")])
    checker = ConsistencyChecker(band, outside_evidence=True).build()
    assert _says(checker, "Led Zeppelin is run by Peter Grant.")
    assert not _says(checker, "Led Zeppelin is coached by Peter Grant.")
    art = kgx.KnowledgeGraph.from_triples(
        [("w:bride", "held_by", "m:rijks"), ("w:bride", "owned_by", "o:city")],
        entities=[kgx.Entity("w:bride", kind="item", type="painting", label="The Jewish Bride"),
                  kgx.Entity("m:rijks", type="museum", label="Rijksmuseum"),
                  kgx.Entity("o:city", type="city", label="City of Amsterdam")],
        relations=[kgx.Relation("held_by", phrase="is held by", inverse_phrase="holds"),
                   kgx.Relation("owned_by", phrase="is owned by", inverse_phrase="owns")])
    checker = ConsistencyChecker(art, outside_evidence=True).build()
    assert _says(checker, "The Jewish Bride hangs in the Rijksmuseum.")
    for text in ("The Jewish Bride is owned by the Rijksmuseum.", "The Jewish Bride belongs to the Rijksmuseum."):
        assert not _says(checker, text), text


@pytest.fixture(scope="module")
def movies() -> ConsistencyChecker:
    return ConsistencyChecker(kgx.KnowledgeGraph.example(), outside_evidence=True).build()


@pytest.mark.parametrize("true_text, false_text", [
    ("Blade Runner is a cyberpunk thriller.", "Jaws is a cyberpunk thriller."),
    ("Blade Runner is a cyberpunk thriller with music by Vangelis.", "Blade Runner is a cyberpunk comedy."),
    ("Fargo is a dark comedy.", "Jaws is a dark comedy."),
])
def test_a_lower_case_tag_before_a_kind(movies, true_text, false_text):
    assert _says(movies, true_text), true_text
    assert not _says(movies, false_text), false_text


def test_about_never_reads_a_tag(movies):
    # a tag is free text: a name, a judgement, a craft; "about" it says nothing the graph backs
    for text in ("Titanic is a film about Leonardo DiCaprio.", "Fargo is a dark comedy about a kidnapping.",
                 "Pulp Fiction is a film about dark."):
        assert not _says(movies, text), text


@pytest.mark.parametrize("true_text, false_text", [
    ("Heart of Midlothian and Hibernian share the Scottish Premiership.",
     "Heart of Midlothian and Everton share the Scottish Premiership."),
])
def test_share_the_value(clubs, true_text, false_text):
    assert _says(clubs, true_text), true_text
    assert not _says(clubs, false_text), false_text


def test_belongs_to_the_movement_reads_the_name_alone():
    rels = [kgx.Relation("movement", phrase="belongs to the movement", inverse_phrase="includes")]
    ents = [kgx.Entity("w:sunrise", kind="item", type="painting", label="Impression, Sunrise"),
            kgx.Entity("w:scream", kind="item", type="painting", label="The Scream"),
            kgx.Entity("m:imp", type="movement", label="Impressionism"),
            kgx.Entity("m:exp", type="movement", label="Expressionism")]
    kg = kgx.KnowledgeGraph.from_triples([("w:sunrise", "movement", "m:imp"), ("w:scream", "movement", "m:exp")],
                                         entities=ents, relations=rels)
    checker = ConsistencyChecker(kg, outside_evidence=True).build()
    assert _says(checker, "Impression, Sunrise belongs to Impressionism.")
    assert not _says(checker, "The Scream belongs to Impressionism.")


def test_red_team_95_holes(studio, works):
    assert not _says(studio, "Ethan Cole and Aiko Mori host Night Shift Stories together with Marcus Bell.")
    assert not _says(studio, "Driftwood Records released it at Tannery Sound: Midnight Ferry.")
    assert not _says(works, "The Milkmaid opened its doors in 1658.")  # a painting has no doors
    venue = kgx.KnowledgeGraph.from_triples(
        [("c:ronnie", "managed_by", "p:king")],
        entities=[kgx.Entity("c:ronnie", kind="item", type="jazz club", label="Ronnie Scott's"),
                  kgx.Entity("p:king", type="person", label="Pete King")],
        relations=[kgx.Relation("managed_by", phrase="is managed by", inverse_phrase="manages")])
    checker = ConsistencyChecker(venue, outside_evidence=True).build()
    assert _says(checker, "Ronnie Scott's is run by Pete King.")
    assert not _says(checker, "Pete King coaches Ronnie Scott's.")  # a club of no league


@pytest.mark.parametrize("true_text, false_text", [
    ("Heat is Michael Mann's film.", "Heat is Ridley Scott's film."),
    ("Heat has Al Pacino and Robert De Niro in the leads.", "Heat has Al Pacino and Michael Mann in the leads."),
    ("Jurassic Park and E.T. the Extra-Terrestrial share a director and a composer.",
     "Jurassic Park and E.T. the Extra-Terrestrial share a director and an editor."),
])
def test_possessive_films_leads_and_two_shared_nouns(movies, true_text, false_text):
    assert _says(movies, true_text), true_text
    assert not _says(movies, false_text), false_text


def test_red_team_96_holes(movies, studio):
    # "about" a tag that is a name, a judgement, a craft or an adjective says no topic
    for text in ("Braveheart is a war drama about mel gibson.", "Fight Club is a drama about a twist ending.",
                 "Pulp Fiction is a comedy about fun.", "Blade Runner is a thriller about atmospheric."):
        assert not _says(movies, text), text
    # "at <place>" after a verb that makes nothing is no place of making
    for text in ("Driftwood Records released Paper Lanterns at Blackbird Studio.",
                 "Driftwood Records released Paper Lanterns and Glass Orchard at Blackbird Studio.",
                 "Paper Lanterns was released by Driftwood Records at Blackbird Studio."):
        assert not _says(studio, text), text
    assert _says(studio, "Nina Gale and Hugo Sand co-produced Midnight Ferry at Tannery Sound.")
    # red team 97: each item of a list was made there
    assert not _says(studio, "Hugo Sand produced both Midnight Ferry and Glass Orchard at Blackbird Studio.")


def _games_and_songs() -> kgx.KnowledgeGraph:
    rels = [kgx.Relation("developed_by", phrase="was developed by", inverse_phrase="developed"),
            kgx.Relation("genre", phrase="belongs to the genre", inverse_phrase="is the genre of"),
            kgx.Relation("sung_by", phrase="is sung by", inverse_phrase="sings"),
            kgx.Relation("on_album", phrase="is on", inverse_phrase="contains")]
    ents = [kgx.Entity("g:hades", kind="item", type="game", label="Hades", attrs={"year": 2020}),
            kgx.Entity("g:undertale", kind="item", type="game", label="Undertale", attrs={"year": 2015}),
            kgx.Entity("d:sg", type="developer", label="Supergiant Games"),
            kgx.Entity("d:fox", type="person", label="Toby Fox"),
            kgx.Entity("x:rogue", type="genre", label="roguelike"), kgx.Entity("x:rpg", type="genre", label="RPG"),
            kgx.Entity("s:lights", kind="item", type="song", label="Blinding Lights", attrs={"year": 2019}),
            kgx.Entity("s:hello", kind="item", type="song", label="Hello", attrs={"year": 2015}),
            kgx.Entity("p:weeknd", type="musician", label="The Weeknd"),
            kgx.Entity("p:adele", type="musician", label="Adele"),
            kgx.Entity("a:hours", type="album", label="After Hours"), kgx.Entity("a:25", type="album", label="Twenty-Five")]
    triples = [("g:hades", "developed_by", "d:sg"), ("g:hades", "genre", "x:rogue"),
               ("g:undertale", "developed_by", "d:fox"), ("g:undertale", "genre", "x:rpg"),
               ("s:lights", "sung_by", "p:weeknd"), ("s:lights", "on_album", "a:hours"),
               ("s:hello", "sung_by", "p:adele"), ("s:hello", "on_album", "a:25")]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


@pytest.mark.parametrize("true_text, false_text", [
    ("Hades is a roguelike from Supergiant Games, released in 2020.",
     "Hades is a roguelike from Supergiant Games, released in 2019."),
    ("Undertale is an RPG developed by Toby Fox, released in 2015.",
     "Undertale is an RPG developed by Toby Fox, released in 2016."),
    ("Blinding Lights appears on the album After Hours.", "Hello appears on the album After Hours."),
    ("Hello is an Adele song.", "Blinding Lights is an Adele song."),
])
def test_released_after_the_maker_appears_on_and_a_singers_song(true_text, false_text):
    checker = ConsistencyChecker(_games_and_songs(), outside_evidence=True).build()
    assert _says(checker, true_text), true_text
    assert not _says(checker, false_text), false_text


def test_from_an_album_and_out_on_a_platform():
    checker = ConsistencyChecker(_games_and_songs(), outside_evidence=True).build()
    assert _says(checker, "Blinding Lights is a track by The Weeknd from the album After Hours.")
    assert not _says(checker, "Hello is a track from the album After Hours.")
    rels = [kgx.Relation("available_on", phrase="is available on", inverse_phrase="hosts")]
    ents = [kgx.Entity("g:hk", kind="item", type="game", label="Hollow Knight"),
            kgx.Entity("g:hades", kind="item", type="game", label="Hades"),
            kgx.Entity("p:pc", type="platform", label="PC"), kgx.Entity("p:xb", type="platform", label="Xbox 360")]
    kg = kgx.KnowledgeGraph.from_triples([("g:hk", "available_on", "p:pc"), ("g:hades", "available_on", "p:pc")],
                                         entities=ents, relations=rels)
    checker = ConsistencyChecker(kg, outside_evidence=True).build()
    assert _says(checker, "Hollow Knight is out on PC.")
    assert _says(checker, "Hades is playable on PC.")
    assert not _says(checker, "Hades is playable on Xbox 360.")


def test_red_team_98_a_year_after_a_maker_item_is_the_works():
    rels = [kgx.Relation("by_band", phrase="is by", inverse_phrase="recorded"),
            kgx.Relation("recorded_at", phrase="was recorded at", inverse_phrase="was the studio for")]
    ents = [kgx.Entity("s:eye", kind="item", type="song", label="Eye of the Tiger", attrs={"year": 1982}),
            kgx.Entity("b:surv", kind="item", type="band", label="Survivor", attrs={"year": 1978}),
            kgx.Entity("a:road", kind="item", type="album", label="Abbey Road", attrs={"year": 1969}),
            kgx.Entity("st:ar", kind="item", type="studio", label="Abbey Road Studios", attrs={"year": 1931})]
    kg = kgx.KnowledgeGraph.from_triples([("s:eye", "by_band", "b:surv"), ("a:road", "recorded_at", "st:ar")],
                                         entities=ents, relations=rels)
    checker = ConsistencyChecker(kg, outside_evidence=True).build()
    assert _says(checker, "Eye of the Tiger is a Survivor song, released in 1982.")
    assert not _says(checker, "Eye of the Tiger is a Survivor song, released in 1978.")
    assert _says(checker, "Abbey Road is an album recorded at Abbey Road Studios, released in 1969.")
    assert not _says(checker, "Abbey Road is an album recorded at Abbey Road Studios, released in 1931.")


def test_settings_parks_and_turning_up():
    rels = [kgx.Relation("set_in", phrase="is set in", inverse_phrase="is the setting of"),
            kgx.Relation("near_town", phrase="is near the town of", inverse_phrase="is a gateway town for"),
            kgx.Relation("located_in", phrase="is located in", inverse_phrase="contains")]
    ents = [kgx.Entity("n:wind", kind="item", type="novel", label="The Shadow of the Wind", attrs={"year": 2001}),
            kgx.Entity("p:jasper", kind="item", type="park", label="Jasper National Park", attrs={"year": 1907}),
            kgx.Entity("c:bcn", type="setting", label="Barcelona"), kgx.Entity("c:seoul", type="setting", label="Seoul"),
            kgx.Entity("t:hinton", type="town", label="Hinton"), kgx.Entity("t:canmore", type="town", label="Canmore"),
            kgx.Entity("r:ab", type="region", label="Alberta")]
    kg = kgx.KnowledgeGraph.from_triples([("n:wind", "set_in", "c:bcn"), ("p:jasper", "near_town", "t:hinton"),
                                          ("p:jasper", "located_in", "r:ab")], entities=ents, relations=rels)
    checker = ConsistencyChecker(kg, outside_evidence=True).build()
    for true_text, false_text in (
            ("The Shadow of the Wind unfolds in Barcelona.", "The Shadow of the Wind unfolds in Seoul."),
            ("The Shadow of the Wind takes place in Barcelona.", "The Shadow of the Wind takes place in Seoul."),
            ("Jasper National Park, established in 1907, sits near Hinton.",
             "Jasper National Park, established in 1907, sits near Canmore."),
            ("Jasper National Park was established in 1907.", "Jasper National Park was established in 1908.")):
        assert _says(checker, true_text), true_text
        assert not _says(checker, false_text), false_text


def test_turns_up_in(movies):
    assert _says(movies, "Robert De Niro turns up in both Heat and Casino.")
    assert not _says(movies, "Robert De Niro turns up in both Heat and Alien.")


def test_red_team_99_a_year_next_to_a_linked_item_is_nobodys():
    rels = [kgx.Relation("by_band", phrase="is by", inverse_phrase="recorded"),
            kgx.Relation("built_at", phrase="was built at", inverse_phrase="built")]
    ents = [kgx.Entity("s:eye", kind="item", type="song", label="Eye of the Tiger", attrs={"year": 1982}),
            kgx.Entity("b:surv", kind="item", type="band", label="Survivor", attrs={"year": 1978}),
            kgx.Entity("sh:mull", kind="item", type="ship", label="Isle of Mull", attrs={"year": 1988}),
            kgx.Entity("y:fm", kind="item", type="shipyard", label="Ferguson Marine", attrs={"year": 1903})]
    kg = kgx.KnowledgeGraph.from_triples([("s:eye", "by_band", "b:surv"), ("sh:mull", "built_at", "y:fm")],
                                         entities=ents, relations=rels)
    checker = ConsistencyChecker(kg, outside_evidence=True).build()
    for text in ("Eye of the Tiger is a Survivor song that came out in 1978.",
                 "Eye of the Tiger is a song by Survivor from 1978.",
                 "Isle of Mull was built at Ferguson Marine in 1903."):
        assert not _says(checker, text), text
    # (the work's own year there is not read either: which item it dates, the words cannot tell)
    assert not _says(checker, "Ferguson Marine built Isle of Mull in 1903.")
