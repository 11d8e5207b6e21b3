"""A small graph of television sitcoms (blind218)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("sitcom",)),
    kgx.Relation("created_by", phrase="was created by", inverse_phrase="created", domain=("sitcom",), range=("person",)),
    kgx.Relation("starring", phrase="stars", inverse_phrase="stars in", domain=("sitcom",), range=("person",)),
    kgx.Relation("aired_on", phrase="aired on", inverse_phrase="broadcast", domain=("sitcom",), range=("network",)),
    kgx.Relation("set_in", phrase="is set in", inverse_phrase="is the setting of", domain=("sitcom",), range=("city", "town")),
    kgx.Relation("has_genre", phrase="is a", inverse_phrase="is the format of", domain=("sitcom",), range=("genre",)),
    kgx.Relation("spin_off_of", phrase="is a spin-off of", inverse_phrase="spawned the spin-off", domain=("sitcom",), range=("sitcom",)),
]

SITCOMS = [
    ("seinfeld", "Seinfeld", 1989),
    ("friends", "Friends", 1994),
    ("the_office_uk", "The Office", 2001),
    ("parks_and_recreation", "Parks and Recreation", 2009),
    ("the_simpsons", "The Simpsons", 1989),
    ("cheers", "Cheers", 1982),
    ("frasier", "Frasier", 1993),
    ("fawlty_towers", "Fawlty Towers", 1975),
    ("arrested_development", "Arrested Development", 2003),
    ("30_rock", "30 Rock", 2006),
    ("brooklyn_nine_nine", "Brooklyn Nine-Nine", 2013),
    ("the_good_place", "The Good Place", 2016),
    ("mash", "M*A*S*H", 1972),
    ("the_mary_tyler_moore_show", "The Mary Tyler Moore Show", 1970),
    ("i_love_lucy", "I Love Lucy", 1951),
    ("curb_your_enthusiasm", "Curb Your Enthusiasm", 2000),
    ("fleabag", "Fleabag", 2016),
    ("schitts_creek", "Schitt's Creek", 2015),
    ("its_always_sunny", "It's Always Sunny in Philadelphia", 2005),
    ("taxi", "Taxi", 1978),
]

PEOPLE = {
    "larry_david": "Larry David", "jerry_seinfeld": "Jerry Seinfeld",
    "julia_louis_dreyfus": "Julia Louis-Dreyfus", "jason_alexander": "Jason Alexander",
    "michael_richards": "Michael Richards",
    "david_crane": "David Crane", "marta_kauffman": "Marta Kauffman",
    "jennifer_aniston": "Jennifer Aniston", "matthew_perry": "Matthew Perry", "lisa_kudrow": "Lisa Kudrow",
    "ricky_gervais": "Ricky Gervais", "stephen_merchant": "Stephen Merchant", "martin_freeman": "Martin Freeman",
    "greg_daniels": "Greg Daniels", "michael_schur": "Michael Schur",
    "amy_poehler": "Amy Poehler", "nick_offerman": "Nick Offerman", "aubrey_plaza": "Aubrey Plaza",
    "matt_groening": "Matt Groening", "dan_castellaneta": "Dan Castellaneta", "julie_kavner": "Julie Kavner",
    "james_burrows": "James Burrows", "glen_charles": "Glen Charles", "les_charles": "Les Charles",
    "ted_danson": "Ted Danson", "shelley_long": "Shelley Long", "kelsey_grammer": "Kelsey Grammer",
    "rhea_perlman": "Rhea Perlman",
    "david_angell": "David Angell", "peter_casey": "Peter Casey", "david_lee": "David Lee",
    "david_hyde_pierce": "David Hyde Pierce",
    "john_cleese": "John Cleese", "connie_booth": "Connie Booth", "prunella_scales": "Prunella Scales",
    "mitchell_hurwitz": "Mitchell Hurwitz", "jason_bateman": "Jason Bateman", "will_arnett": "Will Arnett",
    "portia_de_rossi": "Portia de Rossi",
    "tina_fey": "Tina Fey", "alec_baldwin": "Alec Baldwin", "tracy_morgan": "Tracy Morgan",
    "dan_goor": "Dan Goor", "andy_samberg": "Andy Samberg", "andre_braugher": "Andre Braugher",
    "kristen_bell": "Kristen Bell",
    "larry_gelbart": "Larry Gelbart", "alan_alda": "Alan Alda",
    "james_l_brooks": "James L. Brooks", "allan_burns": "Allan Burns",
    "mary_tyler_moore": "Mary Tyler Moore", "ed_asner": "Ed Asner",
    "jess_oppenheimer": "Jess Oppenheimer", "lucille_ball": "Lucille Ball", "desi_arnaz": "Desi Arnaz",
    "jeff_garlin": "Jeff Garlin",
    "phoebe_waller_bridge": "Phoebe Waller-Bridge", "olivia_colman": "Olivia Colman",
    "eugene_levy": "Eugene Levy", "dan_levy": "Dan Levy", "catherine_ohara": "Catherine O'Hara",
    "annie_murphy": "Annie Murphy",
    "rob_mcelhenney": "Rob McElhenney", "charlie_day": "Charlie Day", "glenn_howerton": "Glenn Howerton",
    "danny_devito": "Danny DeVito",
    "ed_weinberger": "Ed. Weinberger", "judd_hirsch": "Judd Hirsch", "andy_kaufman": "Andy Kaufman",
}

NETWORKS = {
    "nbc": "NBC", "cbs": "CBS", "abc": "ABC", "fox": "Fox", "hbo": "HBO", "fx": "FX",
    "netflix": "Netflix", "bbc_two": "BBC Two", "bbc_three": "BBC Three", "cbc": "CBC Television",
}

PLACES = {  # id -> (label, type)
    "new_york_city": ("New York City", "city"), "slough": ("Slough", "town"),
    "pawnee": ("Pawnee", "town"), "springfield": ("Springfield", "town"),
    "boston": ("Boston", "city"), "seattle": ("Seattle", "city"), "torquay": ("Torquay", "town"),
    "newport_beach": ("Newport Beach", "city"), "minneapolis": ("Minneapolis", "city"),
    "los_angeles": ("Los Angeles", "city"), "london": ("London", "city"),
    "philadelphia": ("Philadelphia", "city"),
}

GENRES = {
    "mockumentary": "Mockumentary", "animated_sitcom": "Animated sitcom",
    "workplace_comedy": "Workplace comedy", "single_camera": "Single-camera sitcom",
    "multi_camera": "Multi-camera sitcom",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"sitcom:{s}", kind="item", type="sitcom", label=name, attrs={"year": y}) for s, name, y in SITCOMS]
    out += [kgx.Entity(f"person:{p}", kind="attribute", type="person", label=name) for p, name in PEOPLE.items()]
    out += [kgx.Entity(f"network:{n}", kind="attribute", type="network", label=name) for n, name in NETWORKS.items()]
    out += [kgx.Entity(f"place:{p}", kind="attribute", type=t, label=name) for p, (name, t) in PLACES.items()]
    out += [kgx.Entity(f"genre:{g}", kind="attribute", type="genre", label=name) for g, name in GENRES.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = {
    # sitcom: (creators, stars, networks, places, genres)
    "seinfeld": (["larry_david", "jerry_seinfeld"],
                 ["jerry_seinfeld", "julia_louis_dreyfus", "jason_alexander", "michael_richards"],
                 ["nbc"], ["new_york_city"], ["multi_camera"]),
    "friends": (["david_crane", "marta_kauffman"],
                ["jennifer_aniston", "matthew_perry", "lisa_kudrow"],
                ["nbc"], ["new_york_city"], ["multi_camera"]),
    "the_office_uk": (["ricky_gervais", "stephen_merchant"], ["ricky_gervais", "martin_freeman"],
                      ["bbc_two"], ["slough"], ["mockumentary", "workplace_comedy"]),
    "parks_and_recreation": (["greg_daniels", "michael_schur"], ["amy_poehler", "nick_offerman", "aubrey_plaza"],
                             ["nbc"], ["pawnee"], ["mockumentary", "workplace_comedy", "single_camera"]),
    "the_simpsons": (["matt_groening"], ["dan_castellaneta", "julie_kavner"],
                     ["fox"], ["springfield"], ["animated_sitcom"]),
    "cheers": (["james_burrows", "glen_charles", "les_charles"],
               ["ted_danson", "shelley_long", "kelsey_grammer", "rhea_perlman"],
               ["nbc"], ["boston"], ["multi_camera"]),
    "frasier": (["david_angell", "peter_casey", "david_lee"], ["kelsey_grammer", "david_hyde_pierce"],
                ["nbc"], ["seattle"], ["multi_camera"]),
    "fawlty_towers": (["john_cleese", "connie_booth"], ["john_cleese", "prunella_scales", "connie_booth"],
                      ["bbc_two"], ["torquay"], ["multi_camera"]),
    "arrested_development": (["mitchell_hurwitz"], ["jason_bateman", "will_arnett", "portia_de_rossi"],
                             ["fox", "netflix"], ["newport_beach"], ["single_camera"]),
    "30_rock": (["tina_fey"], ["tina_fey", "alec_baldwin", "tracy_morgan"],
                ["nbc"], ["new_york_city"], ["workplace_comedy", "single_camera"]),
    "brooklyn_nine_nine": (["dan_goor", "michael_schur"], ["andy_samberg", "andre_braugher"],
                           ["fox", "nbc"], ["new_york_city"], ["workplace_comedy", "single_camera"]),
    "the_good_place": (["michael_schur"], ["kristen_bell", "ted_danson"],
                       ["nbc"], [], ["single_camera"]),
    "mash": (["larry_gelbart"], ["alan_alda"], ["cbs"], [], ["single_camera"]),
    "the_mary_tyler_moore_show": (["james_l_brooks", "allan_burns"], ["mary_tyler_moore", "ed_asner"],
                                  ["cbs"], ["minneapolis"], ["workplace_comedy", "multi_camera"]),
    "i_love_lucy": (["jess_oppenheimer"], ["lucille_ball", "desi_arnaz"],
                    ["cbs"], ["new_york_city"], ["multi_camera"]),
    "curb_your_enthusiasm": (["larry_david"], ["larry_david", "jeff_garlin"],
                             ["hbo"], ["los_angeles"], ["single_camera"]),
    "fleabag": (["phoebe_waller_bridge"], ["phoebe_waller_bridge", "olivia_colman"],
                ["bbc_three"], ["london"], ["single_camera"]),
    "schitts_creek": (["eugene_levy", "dan_levy"], ["eugene_levy", "catherine_ohara", "dan_levy", "annie_murphy"],
                      ["cbc"], [], ["single_camera"]),
    "its_always_sunny": (["rob_mcelhenney"], ["charlie_day", "rob_mcelhenney", "glenn_howerton", "danny_devito"],
                         ["fx"], ["philadelphia"], ["single_camera"]),
    "taxi": (["james_l_brooks", "ed_weinberger"], ["judd_hirsch", "danny_devito", "andy_kaufman"],
             ["abc", "nbc"], ["new_york_city"], ["workplace_comedy", "multi_camera"]),
}

RATINGS = {
    "ana": {"seinfeld": 5.0, "curb_your_enthusiasm": 4.5, "friends": 2.0, "fleabag": 4.0},
    "ben": {"the_simpsons": 4.5, "frasier": 1.5, "cheers": 3.0, "arrested_development": 5.0},
    "chen": {"the_office_uk": 4.0, "parks_and_recreation": 5.0, "brooklyn_nine_nine": 1.0, "30_rock": 3.5},
    "dara": {"fawlty_towers": 5.0, "i_love_lucy": 2.0, "mash": 4.5, "taxi": 3.0},
    "emil": {"schitts_creek": 4.5, "the_good_place": 0.5, "its_always_sunny": 4.0, "the_mary_tyler_moore_show": 2.5},
}


def rows():
    out = []
    for s, (creators, stars, networks, places, genres) in FACTS.items():
        h = f"sitcom:{s}"
        out += [(h, "created_by", f"person:{p}") for p in creators]
        out += [(h, "starring", f"person:{p}") for p in stars]
        out += [(h, "aired_on", f"network:{n}") for n in networks]
        out += [(h, "set_in", f"place:{p}") for p in places]
        out += [(h, "has_genre", f"genre:{g}") for g in genres]
    out.append(("sitcom:frasier", "spin_off_of", "sitcom:cheers"))
    for u, rs in RATINGS.items():
        out += [(f"user:{u}", "rated", f"sitcom:{s}", {"rating": r}) for s, r in rs.items()]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind218")
