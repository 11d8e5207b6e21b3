"""A small film studios graph (blind397)."""
import kgexplain as kgx

S = "film studio"

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=(S,)),
    kgx.Relation("located_in", phrase="is based in", inverse_phrase="is home to", domain=(S,), range=("place",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded", domain=(S,), range=("person",)),
    kgx.Relation("owned_by", phrase="is owned by", inverse_phrase="owns", domain=(S,), range=("company",)),
    kgx.Relation("specializes_in", phrase="specializes in", inverse_phrase="is the specialty of", domain=(S,), range=("specialty",)),
    kgx.Relation("produced", phrase="produced", inverse_phrase="was produced by", domain=(S,), range=("film",)),
]

# slug: (label, year)
STUDIOS = {
    "pixar": ("Pixar Animation Studios", 1986),
    "walt_disney_animation": ("Walt Disney Animation Studios", 1923),
    "studio_ghibli": ("Studio Ghibli", 1985),
    "aardman": ("Aardman Animations", 1972),
    "dreamworks_animation": ("DreamWorks Animation", 1994),
    "laika": ("Laika", 2005),
    "hammer": ("Hammer Film Productions", 1934),
    "pinewood": ("Pinewood Studios", 1936),
    "cinecitta": ("Cinecittà", 1937),
    "toho": ("Toho", 1932),
    "warner_bros": ("Warner Bros.", 1923),
    "paramount": ("Paramount Pictures", 1912),
    "universal": ("Universal Pictures", 1912),
    "lucasfilm": ("Lucasfilm", 1971),
    "mgm": ("Metro-Goldwyn-Mayer", 1924),
    "ealing": ("Ealing Studios", 1902),
    "illumination": ("Illumination", 2007),
    "a24": ("A24", 2012),
}

PLACES = {
    "emeryville": "Emeryville", "burbank": "Burbank", "koganei": "Koganei", "bristol": "Bristol",
    "glendale": "Glendale", "hillsboro": "Hillsboro", "london": "London", "iver_heath": "Iver Heath",
    "rome": "Rome", "tokyo": "Tokyo", "hollywood": "Hollywood", "universal_city": "Universal City",
    "san_francisco": "San Francisco", "beverly_hills": "Beverly Hills", "santa_monica": "Santa Monica",
    "new_york_city": "New York City",
}

PEOPLE = {
    "edwin_catmull": "Edwin Catmull", "alvy_ray_smith": "Alvy Ray Smith", "steve_jobs": "Steve Jobs",
    "walt_disney": "Walt Disney", "roy_o_disney": "Roy O. Disney",
    "hayao_miyazaki": "Hayao Miyazaki", "isao_takahata": "Isao Takahata", "toshio_suzuki": "Toshio Suzuki",
    "peter_lord": "Peter Lord", "david_sproxton": "David Sproxton",
    "steven_spielberg": "Steven Spielberg", "jeffrey_katzenberg": "Jeffrey Katzenberg", "david_geffen": "David Geffen",
    "phil_knight": "Phil Knight", "william_hinds": "William Hinds",
    "charles_boot": "Charles Boot", "j_arthur_rank": "J. Arthur Rank",
    "benito_mussolini": "Benito Mussolini", "ichizo_kobayashi": "Ichizō Kobayashi",
    "harry_warner": "Harry Warner", "jack_warner": "Jack Warner",
    "adolph_zukor": "Adolph Zukor", "carl_laemmle": "Carl Laemmle", "george_lucas": "George Lucas",
    "marcus_loew": "Marcus Loew", "will_barker": "Will Barker", "chris_meledandri": "Chris Meledandri",
    "daniel_katz": "Daniel Katz", "david_fenkel": "David Fenkel", "john_hodges": "John Hodges",
}

COMPANIES = {
    "walt_disney_company": "The Walt Disney Company", "nippon_television": "Nippon Television",
    "nbcuniversal": "NBCUniversal", "pinewood_group": "Pinewood Group",
    "warner_bros_discovery": "Warner Bros. Discovery", "amazon": "Amazon",
}

SPECIALTIES = {
    "computer_animation": "computer animation", "hand_drawn_animation": "hand-drawn animation",
    "stop_motion_animation": "stop-motion animation", "horror_films": "horror films",
    "comedy_films": "comedy films", "kaiju_films": "kaiju films",
}

FILMS = {
    "toy_story": "Toy Story", "finding_nemo": "Finding Nemo",
    "snow_white": "Snow White and the Seven Dwarfs", "frozen": "Frozen",
    "spirited_away": "Spirited Away", "my_neighbor_totoro": "My Neighbor Totoro",
    "chicken_run": "Chicken Run", "curse_of_the_were_rabbit": "Wallace & Gromit: The Curse of the Were-Rabbit",
    "shrek": "Shrek", "kung_fu_panda": "Kung Fu Panda",
    "coraline": "Coraline", "kubo": "Kubo and the Two Strings",
    "curse_of_frankenstein": "The Curse of Frankenstein", "dracula_1958": "Dracula",
    "godzilla": "Godzilla", "seven_samurai": "Seven Samurai",
    "casablanca": "Casablanca", "the_godfather": "The Godfather", "frankenstein_1931": "Frankenstein",
    "star_wars": "Star Wars", "raiders_of_the_lost_ark": "Raiders of the Lost Ark",
    "wizard_of_oz": "The Wizard of Oz", "singin_in_the_rain": "Singin' in the Rain",
    "kind_hearts_and_coronets": "Kind Hearts and Coronets", "the_ladykillers": "The Ladykillers",
    "despicable_me": "Despicable Me", "minions": "Minions", "moonlight": "Moonlight",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, (label, year) in STUDIOS.items():
        out.append(kgx.Entity(f"{S}:{slug}", kind="item", type=S, label=label, attrs={"year": year}))
    for typ, table in [("place", PLACES), ("person", PEOPLE), ("company", COMPANIES),
                       ("specialty", SPECIALTIES), ("film", FILMS)]:
        for slug, label in table.items():
            out.append(kgx.Entity(f"{typ}:{slug}", kind="attribute", type=typ, label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


FACTS = {
    "pixar": {"located_in": ["emeryville"], "founded_by": ["edwin_catmull", "alvy_ray_smith", "steve_jobs"],
              "owned_by": ["walt_disney_company"], "specializes_in": ["computer_animation"],
              "produced": ["toy_story", "finding_nemo"]},
    "walt_disney_animation": {"located_in": ["burbank"], "founded_by": ["walt_disney", "roy_o_disney"],
                              "owned_by": ["walt_disney_company"],
                              "specializes_in": ["hand_drawn_animation", "computer_animation"],
                              "produced": ["snow_white", "frozen"]},
    "studio_ghibli": {"located_in": ["koganei"], "founded_by": ["hayao_miyazaki", "isao_takahata", "toshio_suzuki"],
                      "owned_by": ["nippon_television"], "specializes_in": ["hand_drawn_animation"],
                      "produced": ["spirited_away", "my_neighbor_totoro"]},
    "aardman": {"located_in": ["bristol"], "founded_by": ["peter_lord", "david_sproxton"],
                "specializes_in": ["stop_motion_animation"],
                "produced": ["chicken_run", "curse_of_the_were_rabbit"]},
    "dreamworks_animation": {"located_in": ["glendale"],
                             "founded_by": ["steven_spielberg", "jeffrey_katzenberg", "david_geffen"],
                             "owned_by": ["nbcuniversal"], "specializes_in": ["computer_animation"],
                             "produced": ["shrek", "kung_fu_panda"]},
    "laika": {"located_in": ["hillsboro"], "founded_by": ["phil_knight"],
              "specializes_in": ["stop_motion_animation"], "produced": ["coraline", "kubo"]},
    "hammer": {"located_in": ["london"], "founded_by": ["william_hinds"], "specializes_in": ["horror_films"],
               "produced": ["curse_of_frankenstein", "dracula_1958"]},
    "pinewood": {"located_in": ["iver_heath"], "founded_by": ["charles_boot", "j_arthur_rank"],
                 "owned_by": ["pinewood_group"]},
    "cinecitta": {"located_in": ["rome"], "founded_by": ["benito_mussolini"]},
    "toho": {"located_in": ["tokyo"], "founded_by": ["ichizo_kobayashi"], "specializes_in": ["kaiju_films"],
             "produced": ["godzilla", "seven_samurai"]},
    "warner_bros": {"located_in": ["burbank"], "founded_by": ["harry_warner", "jack_warner"],
                    "owned_by": ["warner_bros_discovery"], "produced": ["casablanca"]},
    "paramount": {"located_in": ["hollywood"], "founded_by": ["adolph_zukor"], "produced": ["the_godfather"]},
    "universal": {"located_in": ["universal_city"], "founded_by": ["carl_laemmle"],
                  "owned_by": ["nbcuniversal"], "produced": ["frankenstein_1931"]},
    "lucasfilm": {"located_in": ["san_francisco"], "founded_by": ["george_lucas"],
                  "owned_by": ["walt_disney_company"], "produced": ["star_wars", "raiders_of_the_lost_ark"]},
    "mgm": {"located_in": ["beverly_hills"], "founded_by": ["marcus_loew"], "owned_by": ["amazon"],
            "produced": ["wizard_of_oz", "singin_in_the_rain"]},
    "ealing": {"located_in": ["london"], "founded_by": ["will_barker"], "specializes_in": ["comedy_films"],
               "produced": ["kind_hearts_and_coronets", "the_ladykillers"]},
    "illumination": {"located_in": ["santa_monica"], "founded_by": ["chris_meledandri"],
                     "owned_by": ["nbcuniversal"], "specializes_in": ["computer_animation"],
                     "produced": ["despicable_me", "minions"]},
    "a24": {"located_in": ["new_york_city"], "founded_by": ["daniel_katz", "david_fenkel", "john_hodges"],
            "produced": ["moonlight"]},
}

TAIL_TYPE = {"located_in": "place", "founded_by": "person", "owned_by": "company",
             "specializes_in": "specialty", "produced": "film"}

RATINGS = {
    "ana": {"pixar": 5.0, "studio_ghibli": 4.5, "hammer": 1.5, "laika": 4.0},
    "ben": {"warner_bros": 4.0, "lucasfilm": 5.0, "a24": 2.0, "toho": 3.5},
    "chen": {"aardman": 4.5, "ealing": 3.0, "dreamworks_animation": 1.0, "illumination": 2.0},
    "dara": {"cinecitta": 4.0, "paramount": 2.5, "mgm": 5.0, "universal": 1.5},
    "emil": {"pinewood": 3.0, "walt_disney_animation": 4.5, "toho": 5.0, "hammer": 4.0},
}


def rows():
    out = []
    for studio, facts in FACTS.items():
        for rel, tails in facts.items():
            for t in tails:
                out.append((f"{S}:{studio}", rel, f"{TAIL_TYPE[rel]}:{t}"))
    for u, ratings in RATINGS.items():
        for studio, r in ratings.items():
            out.append((f"user:{u}", "rated", f"{S}:{studio}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind397")
