"""A small comic book superheroes graph (blind211).

Items are superheroes; ``year`` is the year of the hero's first published appearance.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("superhero",)),
    kgx.Relation("created_by", phrase="was created by", inverse_phrase="created",
                 domain=("superhero",), range=("person",)),
    kgx.Relation("published_by", phrase="is published by", inverse_phrase="publishes",
                 domain=("superhero",), range=("publisher",)),
    kgx.Relation("member_of", phrase="is a member of", inverse_phrase="includes",
                 domain=("superhero",), range=("team",)),
    kgx.Relation("based_in", phrase="is based in", inverse_phrase="is home to",
                 domain=("superhero",), range=("city", "realm")),
    kgx.Relation("first_appeared_in", phrase="first appeared in", inverse_phrase="introduced",
                 domain=("superhero",), range=("comic",)),
    kgx.Relation("has_power", phrase="has the power of", inverse_phrase="is a power of",
                 domain=("superhero",), range=("power",)),
]

# slug, label, year of first appearance
_HEROES = [
    ("superman", "Superman", 1938),
    ("batman", "Batman", 1939),
    ("wonder_woman", "Wonder Woman", 1941),
    ("aquaman", "Aquaman", 1941),
    ("the_flash", "The Flash", 1956),
    ("green_lantern", "Green Lantern", 1959),
    ("captain_america", "Captain America", 1941),
    ("spider_man", "Spider-Man", 1962),
    ("thor", "Thor", 1962),
    ("hulk", "Hulk", 1962),
    ("iron_man", "Iron Man", 1963),
    ("cyclops", "Cyclops", 1963),
    ("daredevil", "Daredevil", 1964),
    ("black_panther", "Black Panther", 1966),
    ("wolverine", "Wolverine", 1974),
    ("storm", "Storm", 1975),
    ("spawn", "Spawn", 1992),
    ("hellboy", "Hellboy", 1993),
]

_PEOPLE = {
    "jerry_siegel": "Jerry Siegel", "joe_shuster": "Joe Shuster", "bob_kane": "Bob Kane",
    "bill_finger": "Bill Finger", "william_moulton_marston": "William Moulton Marston",
    "paul_norris": "Paul Norris", "mort_weisinger": "Mort Weisinger",
    "robert_kanigher": "Robert Kanigher", "carmine_infantino": "Carmine Infantino",
    "john_broome": "John Broome", "gil_kane": "Gil Kane", "joe_simon": "Joe Simon",
    "jack_kirby": "Jack Kirby", "stan_lee": "Stan Lee", "steve_ditko": "Steve Ditko",
    "larry_lieber": "Larry Lieber", "don_heck": "Don Heck", "bill_everett": "Bill Everett",
    "roy_thomas": "Roy Thomas", "len_wein": "Len Wein", "john_romita_sr": "John Romita Sr.",
    "dave_cockrum": "Dave Cockrum", "todd_mcfarlane": "Todd McFarlane",
    "mike_mignola": "Mike Mignola",
}

_PUBLISHERS = {"dc_comics": "DC Comics", "marvel_comics": "Marvel Comics",
               "image_comics": "Image Comics", "dark_horse_comics": "Dark Horse Comics"}

_TEAMS = {"justice_league": "Justice League", "avengers": "Avengers", "x_men": "X-Men",
          "bprd": "B.P.R.D."}

_CITIES = {"metropolis": "Metropolis", "gotham_city": "Gotham City",
           "central_city": "Central City", "coast_city": "Coast City",
           "new_york_city": "New York City"}

_REALMS = {"themyscira": "Themyscira", "atlantis": "Atlantis", "asgard": "Asgard",
           "wakanda": "Wakanda"}

_COMICS = {
    "action_comics_1": "Action Comics #1", "detective_comics_27": "Detective Comics #27",
    "all_star_comics_8": "All Star Comics #8", "more_fun_comics_73": "More Fun Comics #73",
    "showcase_4": "Showcase #4", "showcase_22": "Showcase #22",
    "captain_america_comics_1": "Captain America Comics #1",
    "amazing_fantasy_15": "Amazing Fantasy #15",
    "journey_into_mystery_83": "Journey into Mystery #83",
    "incredible_hulk_1": "The Incredible Hulk #1", "tales_of_suspense_39": "Tales of Suspense #39",
    "x_men_1": "The X-Men #1", "daredevil_1": "Daredevil #1",
    "fantastic_four_52": "Fantastic Four #52", "incredible_hulk_181": "The Incredible Hulk #181",
    "giant_size_x_men_1": "Giant-Size X-Men #1", "spawn_1": "Spawn #1",
    "san_diego_comic_con_comics_2": "San Diego Comic-Con Comics #2",
}

_POWERS = {"flight": "flight", "super_strength": "super strength", "heat_vision": "heat vision",
           "super_speed": "super speed", "wall_crawling": "wall-crawling",
           "spider_sense": "spider-sense", "radar_sense": "radar sense",
           "optic_blasts": "optic blasts", "healing_factor": "healing factor",
           "weather_control": "weather control", "marine_telepathy": "marine telepathy"}

# hero slug -> powers (heroes without superhuman powers have none here)
_HERO_POWERS = {
    "superman": ["flight", "super_strength", "heat_vision"],
    "wonder_woman": ["super_strength"],
    "aquaman": ["marine_telepathy"],
    "the_flash": ["super_speed"],
    "spider_man": ["wall_crawling", "spider_sense", "super_strength"],
    "thor": ["weather_control"],
    "hulk": ["super_strength"],
    "cyclops": ["optic_blasts"],
    "daredevil": ["radar_sense"],
    "wolverine": ["healing_factor"],
    "storm": ["weather_control", "flight"],
    "hellboy": ["super_strength"],
}

_USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"superhero:{s}", kind="item", type="superhero", label=label,
                      attrs={"year": year}) for s, label, year in _HEROES]
    for prefix, table in [("person", _PEOPLE), ("publisher", _PUBLISHERS), ("team", _TEAMS),
                          ("city", _CITIES), ("realm", _REALMS), ("comic", _COMICS),
                          ("power", _POWERS)]:
        out += [kgx.Entity(f"{prefix}:{s}", kind="attribute", type=prefix, label=label)
                for s, label in table.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in _USERS]
    return out


# hero slug -> (creators, publisher, teams, home, debut comic)
_FACTS = {
    "superman": (["jerry_siegel", "joe_shuster"], "dc_comics", ["justice_league"],
                 "city:metropolis", "action_comics_1"),
    "batman": (["bob_kane", "bill_finger"], "dc_comics", ["justice_league"],
               "city:gotham_city", "detective_comics_27"),
    "wonder_woman": (["william_moulton_marston"], "dc_comics", ["justice_league"],
                     "realm:themyscira", "all_star_comics_8"),
    "aquaman": (["paul_norris", "mort_weisinger"], "dc_comics", ["justice_league"],
                "realm:atlantis", "more_fun_comics_73"),
    "the_flash": (["robert_kanigher", "carmine_infantino"], "dc_comics", ["justice_league"],
                  "city:central_city", "showcase_4"),
    "green_lantern": (["john_broome", "gil_kane"], "dc_comics", ["justice_league"],
                      "city:coast_city", "showcase_22"),
    "captain_america": (["joe_simon", "jack_kirby"], "marvel_comics", ["avengers"],
                        None, "captain_america_comics_1"),
    "spider_man": (["stan_lee", "steve_ditko"], "marvel_comics", [],
                   "city:new_york_city", "amazing_fantasy_15"),
    "thor": (["stan_lee", "larry_lieber", "jack_kirby"], "marvel_comics", ["avengers"],
             "realm:asgard", "journey_into_mystery_83"),
    "hulk": (["stan_lee", "jack_kirby"], "marvel_comics", ["avengers"],
             None, "incredible_hulk_1"),
    "iron_man": (["stan_lee", "larry_lieber", "don_heck", "jack_kirby"], "marvel_comics",
                 ["avengers"], None, "tales_of_suspense_39"),
    "cyclops": (["stan_lee", "jack_kirby"], "marvel_comics", ["x_men"], None, "x_men_1"),
    "daredevil": (["stan_lee", "bill_everett"], "marvel_comics", [],
                  "city:new_york_city", "daredevil_1"),
    "black_panther": (["stan_lee", "jack_kirby"], "marvel_comics", ["avengers"],
                      "realm:wakanda", "fantastic_four_52"),
    "wolverine": (["roy_thomas", "len_wein", "john_romita_sr"], "marvel_comics", ["x_men"],
                  None, "incredible_hulk_181"),
    "storm": (["len_wein", "dave_cockrum"], "marvel_comics", ["x_men"],
              None, "giant_size_x_men_1"),
    "spawn": (["todd_mcfarlane"], "image_comics", [], "city:new_york_city", "spawn_1"),
    "hellboy": (["mike_mignola"], "dark_horse_comics", ["bprd"],
                None, "san_diego_comic_con_comics_2"),
}

_RATINGS = {
    "ana": {"superman": 5.0, "batman": 4.5, "spider_man": 2.0, "hellboy": 3.5},
    "ben": {"wolverine": 4.0, "storm": 1.5, "iron_man": 5.0, "aquaman": 3.0},
    "chen": {"black_panther": 4.5, "thor": 2.5, "daredevil": 1.0, "the_flash": 4.0},
    "dara": {"wonder_woman": 5.0, "green_lantern": 2.0, "hulk": 3.0, "spawn": 4.5},
    "emil": {"captain_america": 4.0, "cyclops": 0.5, "hellboy": 5.0, "batman": 3.0},
}


def rows():
    out = []
    for hero, (creators, publisher, teams, home, debut) in _FACTS.items():
        h = f"superhero:{hero}"
        out += [(h, "created_by", f"person:{p}") for p in creators]
        out.append((h, "published_by", f"publisher:{publisher}"))
        out += [(h, "member_of", f"team:{t}") for t in teams]
        if home:
            out.append((h, "based_in", home))
        out.append((h, "first_appeared_in", f"comic:{debut}"))
        out += [(h, "has_power", f"power:{p}") for p in _HERO_POWERS.get(hero, [])]
    for user, ratings in _RATINGS.items():
        out += [(f"user:{user}", "rated", f"superhero:{hero}", {"rating": r})
                for hero, r in ratings.items()]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind211")
