"""blind265: a small graph of real children's picture books."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("picture_book",)),
    kgx.Relation("written_by", phrase="was written by", inverse_phrase="wrote",
                 domain=("picture_book",), range=("person",)),
    kgx.Relation("illustrated_by", phrase="was illustrated by", inverse_phrase="illustrated",
                 domain=("picture_book",), range=("person",)),
    kgx.Relation("published_by", phrase="was first published by", inverse_phrase="first published",
                 domain=("picture_book",), range=("publisher",)),
    kgx.Relation("won_award", phrase="won", inverse_phrase="was awarded to",
                 domain=("picture_book",), range=("award",)),
    kgx.Relation("has_genre", phrase="is a", inverse_phrase="is the genre of",
                 domain=("picture_book",), range=("genre",)),
    kgx.Relation("set_in", phrase="is set in", inverse_phrase="is the setting of",
                 domain=("picture_book",), range=("city", "region")),
]

# slug, title, year of first publication
BOOKS = [
    ("very_hungry_caterpillar", "The Very Hungry Caterpillar", 1969),
    ("where_the_wild_things_are", "Where the Wild Things Are", 1963),
    ("goodnight_moon", "Goodnight Moon", 1947),
    ("the_cat_in_the_hat", "The Cat in the Hat", 1957),
    ("green_eggs_and_ham", "Green Eggs and Ham", 1960),
    ("the_gruffalo", "The Gruffalo", 1999),
    ("room_on_the_broom", "Room on the Broom", 2001),
    ("make_way_for_ducklings", "Make Way for Ducklings", 1941),
    ("curious_george", "Curious George", 1941),
    ("the_snowy_day", "The Snowy Day", 1962),
    ("madeline", "Madeline", 1939),
    ("the_tale_of_peter_rabbit", "The Tale of Peter Rabbit", 1902),
    ("eloise", "Eloise", 1955),
    ("bear_hunt", "We're Going on a Bear Hunt", 1989),
    ("brown_bear", "Brown Bear, Brown Bear, What Do You See?", 1967),
    ("jumanji", "Jumanji", 1981),
    ("the_polar_express", "The Polar Express", 1985),
    ("owl_moon", "Owl Moon", 1987),
    ("corduroy", "Corduroy", 1968),
    ("guess_how_much_i_love_you", "Guess How Much I Love You", 1994),
]

PEOPLE = {
    "eric_carle": "Eric Carle",
    "maurice_sendak": "Maurice Sendak",
    "margaret_wise_brown": "Margaret Wise Brown",
    "clement_hurd": "Clement Hurd",
    "dr_seuss": "Dr. Seuss",
    "julia_donaldson": "Julia Donaldson",
    "axel_scheffler": "Axel Scheffler",
    "robert_mccloskey": "Robert McCloskey",
    "h_a_rey": "H. A. Rey",
    "margret_rey": "Margret Rey",
    "ezra_jack_keats": "Ezra Jack Keats",
    "ludwig_bemelmans": "Ludwig Bemelmans",
    "beatrix_potter": "Beatrix Potter",
    "kay_thompson": "Kay Thompson",
    "hilary_knight": "Hilary Knight",
    "michael_rosen": "Michael Rosen",
    "helen_oxenbury": "Helen Oxenbury",
    "bill_martin_jr": "Bill Martin Jr.",
    "chris_van_allsburg": "Chris Van Allsburg",
    "jane_yolen": "Jane Yolen",
    "john_schoenherr": "John Schoenherr",
    "don_freeman": "Don Freeman",
    "sam_mcbratney": "Sam McBratney",
    "anita_jeram": "Anita Jeram",
}

PUBLISHERS = {
    "world_publishing_company": "World Publishing Company",
    "harper_and_row": "Harper & Row",
    "harper_and_brothers": "Harper & Brothers",
    "random_house": "Random House",
    "macmillan_childrens_books": "Macmillan Children's Books",
    "viking_press": "Viking Press",
    "houghton_mifflin": "Houghton Mifflin",
    "simon_and_schuster": "Simon & Schuster",
    "frederick_warne": "Frederick Warne & Co",
    "walker_books": "Walker Books",
    "holt_rinehart_and_winston": "Holt, Rinehart and Winston",
    "philomel_books": "Philomel Books",
}

AWARDS = {
    "caldecott_medal": "Caldecott Medal",
    "caldecott_honor": "Caldecott Honor",
    "smarties_prize": "Nestlé Smarties Book Prize",
}

GENRES = {
    "rhyming_story": "rhyming story",
    "bedtime_story": "bedtime story",
    "fantasy": "fantasy",
    "animal_story": "animal story",
    "christmas_story": "Christmas story",
}

PLACES = [
    ("city:boston", "city", "Boston"),
    ("city:paris", "city", "Paris"),
    ("city:new_york_city", "city", "New York City"),
    ("region:north_pole", "region", "North Pole"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, title, year in BOOKS:
        out.append(kgx.Entity(f"picture_book:{slug}", kind="item", type="picture_book",
                              label=title, attrs={"year": year}))
    for slug, name in PEOPLE.items():
        out.append(kgx.Entity(f"person:{slug}", kind="attribute", type="person", label=name))
    for slug, name in PUBLISHERS.items():
        out.append(kgx.Entity(f"publisher:{slug}", kind="attribute", type="publisher", label=name))
    for slug, name in AWARDS.items():
        out.append(kgx.Entity(f"award:{slug}", kind="attribute", type="award", label=name))
    for slug, name in GENRES.items():
        out.append(kgx.Entity(f"genre:{slug}", kind="attribute", type="genre", label=name))
    for eid, typ, name in PLACES:
        out.append(kgx.Entity(eid, kind="attribute", type=typ, label=name))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


# book slug -> (writers, illustrators, publisher, awards, genres, settings)
FACTS = {
    "very_hungry_caterpillar": (["eric_carle"], ["eric_carle"], "world_publishing_company", [], ["animal_story"], []),
    "where_the_wild_things_are": (["maurice_sendak"], ["maurice_sendak"], "harper_and_row", ["caldecott_medal"], ["fantasy"], []),
    "goodnight_moon": (["margaret_wise_brown"], ["clement_hurd"], "harper_and_brothers", [], ["bedtime_story"], []),
    "the_cat_in_the_hat": (["dr_seuss"], ["dr_seuss"], "random_house", [], ["rhyming_story"], []),
    "green_eggs_and_ham": (["dr_seuss"], ["dr_seuss"], "random_house", [], ["rhyming_story"], []),
    "the_gruffalo": (["julia_donaldson"], ["axel_scheffler"], "macmillan_childrens_books", ["smarties_prize"], ["rhyming_story"], []),
    "room_on_the_broom": (["julia_donaldson"], ["axel_scheffler"], "macmillan_childrens_books", [], ["rhyming_story"], []),
    "make_way_for_ducklings": (["robert_mccloskey"], ["robert_mccloskey"], "viking_press", ["caldecott_medal"], ["animal_story"], ["city:boston"]),
    "curious_george": (["h_a_rey", "margret_rey"], ["h_a_rey"], "houghton_mifflin", [], ["animal_story"], []),
    "the_snowy_day": (["ezra_jack_keats"], ["ezra_jack_keats"], "viking_press", ["caldecott_medal"], [], []),
    "madeline": (["ludwig_bemelmans"], ["ludwig_bemelmans"], "simon_and_schuster", ["caldecott_honor"], [], ["city:paris"]),
    "the_tale_of_peter_rabbit": (["beatrix_potter"], ["beatrix_potter"], "frederick_warne", [], ["animal_story"], []),
    "eloise": (["kay_thompson"], ["hilary_knight"], "simon_and_schuster", [], [], ["city:new_york_city"]),
    "bear_hunt": (["michael_rosen"], ["helen_oxenbury"], "walker_books", ["smarties_prize"], [], []),
    "brown_bear": (["bill_martin_jr"], ["eric_carle"], "holt_rinehart_and_winston", [], ["rhyming_story"], []),
    "jumanji": (["chris_van_allsburg"], ["chris_van_allsburg"], "houghton_mifflin", ["caldecott_medal"], ["fantasy"], []),
    "the_polar_express": (["chris_van_allsburg"], ["chris_van_allsburg"], "houghton_mifflin", ["caldecott_medal"], ["fantasy", "christmas_story"], ["region:north_pole"]),
    "owl_moon": (["jane_yolen"], ["john_schoenherr"], "philomel_books", ["caldecott_medal"], [], []),
    "corduroy": (["don_freeman"], ["don_freeman"], "viking_press", [], [], []),
    "guess_how_much_i_love_you": (["sam_mcbratney"], ["anita_jeram"], "walker_books", [], ["bedtime_story"], []),
}

RATINGS = {
    "ana": [("the_gruffalo", 5.0), ("goodnight_moon", 4.5), ("jumanji", 2.0), ("madeline", 3.0)],
    "ben": [("where_the_wild_things_are", 4.0), ("the_cat_in_the_hat", 1.5), ("the_polar_express", 5.0), ("corduroy", 3.5)],
    "chen": [("very_hungry_caterpillar", 4.5), ("green_eggs_and_ham", 2.5), ("owl_moon", 1.0), ("make_way_for_ducklings", 4.0)],
    "dara": [("the_snowy_day", 5.0), ("eloise", 1.5), ("room_on_the_broom", 4.0), ("the_tale_of_peter_rabbit", 3.0)],
    "emil": [("bear_hunt", 4.5), ("curious_george", 2.0), ("brown_bear", 0.5), ("guess_how_much_i_love_you", 4.0)],
}


def rows():
    out = []
    for slug, (writers, illustrators, publisher, awards, genres, settings) in FACTS.items():
        b = f"picture_book:{slug}"
        for w in writers:
            out.append((b, "written_by", f"person:{w}"))
        for i in illustrators:
            out.append((b, "illustrated_by", f"person:{i}"))
        out.append((b, "published_by", f"publisher:{publisher}"))
        for a in awards:
            out.append((b, "won_award", f"award:{a}"))
        for g in genres:
            out.append((b, "has_genre", f"genre:{g}"))
        for s in settings:
            out.append((b, "set_in", s))
    for user, ratings in RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{user}", "rated", f"picture_book:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind265")
