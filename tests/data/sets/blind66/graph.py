"""A small poems graph: poetry collections, their poets, publishers, forms, movements, languages and cities of first publication."""

import kgexplain as kgx

T = "collection"

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=(T,)),
    kgx.Relation(
        "written_by", phrase="is written by", inverse_phrase="wrote", domain=(T,), range=("person",)
    ),
    kgx.Relation(
        "published_by", phrase="is published by", inverse_phrase="published", domain=(T,), range=("company",)
    ),
    kgx.Relation(
        "uses_form",
        phrase="is written in the form",
        inverse_phrase="is the form of",
        domain=(T,),
        range=("form",),
    ),
    kgx.Relation(
        "part_of_movement",
        phrase="belongs to the movement",
        inverse_phrase="includes",
        domain=(T,),
        range=("movement",),
    ),
    kgx.Relation(
        "in_language",
        phrase="is written in the language",
        inverse_phrase="is the language of",
        domain=(T,),
        range=("language",),
    ),
    kgx.Relation(
        "first_published_in",
        phrase="was first published in",
        inverse_phrase="saw the first publication of",
        domain=(T,),
        range=("city",),
    ),
]

ITEMS = [
    ("collection:leaves_of_grass", "Leaves of Grass", 1855, ()),
    ("collection:ariel", "Ariel", 1965, ()),
    ("collection:the_colossus", "The Colossus", 1960, ("The Colossus and Other Poems",)),
    ("collection:life_studies", "Life Studies", 1959, ()),
    ("collection:prufrock", "Prufrock and Other Observations", 1917, ("Prufrock",)),
    ("collection:the_waste_land", "The Waste Land", 1922, ()),
    ("collection:harmonium", "Harmonium", 1923, ()),
    ("collection:north", "North", 1975, ()),
    ("collection:death_of_a_naturalist", "Death of a Naturalist", 1966, ()),
    ("collection:howl", "Howl and Other Poems", 1956, ("Howl",)),
    ("collection:lunch_poems", "Lunch Poems", 1964, ()),
    ("collection:birthday_letters", "Birthday Letters", 1998, ()),
    ("collection:shakespeares_sonnets", "Shakespeare's Sonnets", 1609, ()),
    ("collection:lyrical_ballads", "Lyrical Ballads", 1798, ()),
    ("collection:songs_of_innocence_and_of_experience", "Songs of Innocence and of Experience", 1794, ()),
    ("collection:sonnets_to_orpheus", "Sonnets to Orpheus", 1923, ()),
    ("collection:twenty_love_poems", "Twenty Love Poems and a Song of Despair", 1924, ("Twenty Love Poems",)),
]

ATTRS = {
    "person": {
        "person:walt_whitman": "Walt Whitman",
        "person:sylvia_plath": "Sylvia Plath",
        "person:robert_lowell": "Robert Lowell",
        "person:t_s_eliot": "T. S. Eliot",
        "person:wallace_stevens": "Wallace Stevens",
        "person:seamus_heaney": "Seamus Heaney",
        "person:allen_ginsberg": "Allen Ginsberg",
        "person:frank_o_hara": "Frank O'Hara",
        "person:ted_hughes": "Ted Hughes",
        "person:william_shakespeare": "William Shakespeare",
        "person:william_wordsworth": "William Wordsworth",
        "person:samuel_taylor_coleridge": "Samuel Taylor Coleridge",
        "person:william_blake": "William Blake",
        "person:rainer_maria_rilke": "Rainer Maria Rilke",
        "person:pablo_neruda": "Pablo Neruda",
    },
    "company": {
        "company:faber_and_faber": "Faber and Faber",
        "company:william_heinemann": "William Heinemann",
        "company:farrar_straus_and_cudahy": "Farrar, Straus and Cudahy",
        "company:the_egoist": "The Egoist",
        "company:boni_and_liveright": "Boni & Liveright",
        "company:alfred_a_knopf": "Alfred A. Knopf",
        "company:city_lights_books": "City Lights Books",
        "company:thomas_thorpe": "Thomas Thorpe",
        "company:j_and_a_arch": "J. & A. Arch",
        "company:insel_verlag": "Insel Verlag",
        "company:editorial_nascimento": "Editorial Nascimento",
    },
    "form": {"form:free_verse": "free verse", "form:sonnet": "sonnet", "form:ballad": "ballad"},
    "movement": {
        "movement:modernism": "Modernism",
        "movement:confessional_poetry": "Confessional poetry",
        "movement:beat_generation": "Beat Generation",
        "movement:new_york_school": "New York School",
        "movement:romanticism": "Romanticism",
    },
    "language": {"language:english": "English", "language:german": "German", "language:spanish": "Spanish"},
    "city": {
        "city:brooklyn": "Brooklyn",
        "city:london": "London",
        "city:new_york_city": "New York City",
        "city:san_francisco": "San Francisco",
        "city:leipzig": "Leipzig",
        "city:santiago": "Santiago",
    },
}

USERS = ["ana", "ben", "chloe", "dev", "emma"]


def entities():
    out = [
        kgx.Entity(i, kind="item", type=T, label=lab, aliases=a, attrs={"year": y}) for i, lab, y, a in ITEMS
    ]
    for typ, d in ATTRS.items():
        out += [kgx.Entity(i, kind="attribute", type=typ, label=lab) for i, lab in d.items()]
    out += [kgx.Entity("user:" + u, kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    c = "collection:"
    facts = [
        # written_by
        (c + "leaves_of_grass", "written_by", "person:walt_whitman"),
        (c + "ariel", "written_by", "person:sylvia_plath"),
        (c + "the_colossus", "written_by", "person:sylvia_plath"),
        (c + "life_studies", "written_by", "person:robert_lowell"),
        (c + "prufrock", "written_by", "person:t_s_eliot"),
        (c + "the_waste_land", "written_by", "person:t_s_eliot"),
        (c + "harmonium", "written_by", "person:wallace_stevens"),
        (c + "north", "written_by", "person:seamus_heaney"),
        (c + "death_of_a_naturalist", "written_by", "person:seamus_heaney"),
        (c + "howl", "written_by", "person:allen_ginsberg"),
        (c + "lunch_poems", "written_by", "person:frank_o_hara"),
        (c + "birthday_letters", "written_by", "person:ted_hughes"),
        (c + "shakespeares_sonnets", "written_by", "person:william_shakespeare"),
        (c + "lyrical_ballads", "written_by", "person:william_wordsworth"),
        (c + "lyrical_ballads", "written_by", "person:samuel_taylor_coleridge"),
        (c + "songs_of_innocence_and_of_experience", "written_by", "person:william_blake"),
        (c + "sonnets_to_orpheus", "written_by", "person:rainer_maria_rilke"),
        (c + "twenty_love_poems", "written_by", "person:pablo_neruda"),
        # published_by
        (c + "ariel", "published_by", "company:faber_and_faber"),
        (c + "north", "published_by", "company:faber_and_faber"),
        (c + "death_of_a_naturalist", "published_by", "company:faber_and_faber"),
        (c + "birthday_letters", "published_by", "company:faber_and_faber"),
        (c + "the_colossus", "published_by", "company:william_heinemann"),
        (c + "life_studies", "published_by", "company:farrar_straus_and_cudahy"),
        (c + "prufrock", "published_by", "company:the_egoist"),
        (c + "the_waste_land", "published_by", "company:boni_and_liveright"),
        (c + "harmonium", "published_by", "company:alfred_a_knopf"),
        (c + "howl", "published_by", "company:city_lights_books"),
        (c + "lunch_poems", "published_by", "company:city_lights_books"),
        (c + "shakespeares_sonnets", "published_by", "company:thomas_thorpe"),
        (c + "lyrical_ballads", "published_by", "company:j_and_a_arch"),
        (c + "sonnets_to_orpheus", "published_by", "company:insel_verlag"),
        (c + "twenty_love_poems", "published_by", "company:editorial_nascimento"),
        # uses_form
        (c + "leaves_of_grass", "uses_form", "form:free_verse"),
        (c + "ariel", "uses_form", "form:free_verse"),
        (c + "howl", "uses_form", "form:free_verse"),
        (c + "lunch_poems", "uses_form", "form:free_verse"),
        (c + "birthday_letters", "uses_form", "form:free_verse"),
        (c + "shakespeares_sonnets", "uses_form", "form:sonnet"),
        (c + "sonnets_to_orpheus", "uses_form", "form:sonnet"),
        (c + "lyrical_ballads", "uses_form", "form:ballad"),
        # part_of_movement
        (c + "prufrock", "part_of_movement", "movement:modernism"),
        (c + "the_waste_land", "part_of_movement", "movement:modernism"),
        (c + "harmonium", "part_of_movement", "movement:modernism"),
        (c + "ariel", "part_of_movement", "movement:confessional_poetry"),
        (c + "life_studies", "part_of_movement", "movement:confessional_poetry"),
        (c + "howl", "part_of_movement", "movement:beat_generation"),
        (c + "lunch_poems", "part_of_movement", "movement:new_york_school"),
        (c + "lyrical_ballads", "part_of_movement", "movement:romanticism"),
        (c + "songs_of_innocence_and_of_experience", "part_of_movement", "movement:romanticism"),
        # first_published_in
        (c + "leaves_of_grass", "first_published_in", "city:brooklyn"),
        (c + "ariel", "first_published_in", "city:london"),
        (c + "the_colossus", "first_published_in", "city:london"),
        (c + "life_studies", "first_published_in", "city:new_york_city"),
        (c + "prufrock", "first_published_in", "city:london"),
        (c + "harmonium", "first_published_in", "city:new_york_city"),
        (c + "north", "first_published_in", "city:london"),
        (c + "death_of_a_naturalist", "first_published_in", "city:london"),
        (c + "birthday_letters", "first_published_in", "city:london"),
        (c + "howl", "first_published_in", "city:san_francisco"),
        (c + "lunch_poems", "first_published_in", "city:san_francisco"),
        (c + "shakespeares_sonnets", "first_published_in", "city:london"),
        (c + "sonnets_to_orpheus", "first_published_in", "city:leipzig"),
        (c + "twenty_love_poems", "first_published_in", "city:santiago"),
    ]
    german = {"sonnets_to_orpheus"}
    spanish = {"twenty_love_poems"}
    for i, _, _, _ in ITEMS:
        short = i.split(":", 1)[1]
        lang = "german" if short in german else "spanish" if short in spanish else "english"
        facts.append((i, "in_language", "language:" + lang))
    ratings = {
        "ana": {"ariel": 5.0, "the_colossus": 4.0, "life_studies": 3.5, "howl": 2.0},
        "ben": {"howl": 4.5, "lunch_poems": 4.0, "leaves_of_grass": 5.0, "the_waste_land": 3.0},
        "chloe": {
            "north": 4.5,
            "death_of_a_naturalist": 5.0,
            "birthday_letters": 3.5,
            "shakespeares_sonnets": 4.0,
        },
        "dev": {"sonnets_to_orpheus": 5.0, "twenty_love_poems": 4.5, "harmonium": 2.5, "prufrock": 4.0},
        "emma": {
            "lyrical_ballads": 4.0,
            "songs_of_innocence_and_of_experience": 4.5,
            "the_waste_land": 5.0,
            "ariel": 3.0,
        },
    }
    for u, d in ratings.items():
        for item, r in d.items():
            facts.append(("user:" + u, "rated", c + item, {"rating": r}))
    return facts


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind66")
