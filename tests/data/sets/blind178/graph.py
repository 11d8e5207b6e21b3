"""blind178: a small graph of real steam locomotives, declared in code."""
import kgexplain as kgx

LOCO = ("locomotive",)

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=LOCO),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=LOCO, range=("person",)),
    kgx.Relation("built_by", phrase="was built by", inverse_phrase="built", domain=LOCO, range=("builder",)),
    kgx.Relation("operated_by", phrase="was operated by", inverse_phrase="operated", domain=LOCO, range=("railway",)),
    kgx.Relation("has_wheel_arrangement", phrase="has the wheel arrangement", inverse_phrase="is the wheel arrangement of",
                 domain=LOCO, range=("wheel_arrangement",)),
    kgx.Relation("preserved_at", phrase="is preserved at", inverse_phrase="houses", domain=LOCO, range=("museum",)),
    kgx.Relation("used_for", phrase="was used for", inverse_phrase="was the duty of", domain=LOCO, range=("service",)),
]

# slug, label, year
LOCOMOTIVES = [
    ("mallard", "Mallard", 1938),
    ("flying_scotsman", "Flying Scotsman", 1923),
    ("rocket", "Rocket", 1829),
    ("caerphilly_castle", "Caerphilly Castle", 1923),
    ("duchess_of_hamilton", "Duchess of Hamilton", 1938),
    ("big_boy_4014", "Big Boy 4014", 1941),
    ("up_844", "Union Pacific 844", 1944),
    ("drg_05_001", "05 001", 1935),
    ("tornado", "Tornado", 2008),
    ("clan_line", "Clan Line", 1948),
    ("king_george_v", "King George V", 1927),
    ("puffing_billy", "Puffing Billy", 1814),
    ("stirling_single_1", "Stirling Single No. 1", 1870),
    ("nw_611", "Norfolk and Western 611", 1950),
    ("nw_1218", "Norfolk and Western 1218", 1943),
    ("sp_4449", "Southern Pacific 4449", 1941),
    ("locomotion_1", "Locomotion No. 1", 1825),
]

ATTRIBUTES = [
    # designers
    ("person:nigel_gresley", "person", "Nigel Gresley"),
    ("person:robert_stephenson", "person", "Robert Stephenson"),
    ("person:george_stephenson", "person", "George Stephenson"),
    ("person:charles_collett", "person", "Charles Collett"),
    ("person:william_stanier", "person", "William Stanier"),
    ("person:otto_jabelmann", "person", "Otto Jabelmann"),
    ("person:adolf_wolff", "person", "Adolf Wolff"),
    ("person:arthur_peppercorn", "person", "Arthur Peppercorn"),
    ("person:oliver_bulleid", "person", "Oliver Bulleid"),
    ("person:william_hedley", "person", "William Hedley"),
    ("person:patrick_stirling", "person", "Patrick Stirling"),
    # builders
    ("builder:doncaster_works", "builder", "Doncaster Works"),
    ("builder:swindon_works", "builder", "Swindon Works"),
    ("builder:crewe_works", "builder", "Crewe Works"),
    ("builder:eastleigh_works", "builder", "Eastleigh Works"),
    ("builder:alco", "builder", "American Locomotive Company"),
    ("builder:borsig", "builder", "Borsig"),
    ("builder:roanoke_shops", "builder", "Roanoke Shops"),
    ("builder:lima", "builder", "Lima Locomotive Works"),
    ("builder:robert_stephenson_and_co", "builder", "Robert Stephenson and Company"),
    ("builder:darlington_works", "builder", "Darlington Locomotive Works"),
    # railways / operators
    ("railway:lner", "railway", "London and North Eastern Railway"),
    ("railway:gwr", "railway", "Great Western Railway"),
    ("railway:lms", "railway", "London, Midland and Scottish Railway"),
    ("railway:union_pacific", "railway", "Union Pacific Railroad"),
    ("railway:deutsche_reichsbahn", "railway", "Deutsche Reichsbahn"),
    ("railway:british_railways", "railway", "British Railways"),
    ("railway:lmr", "railway", "Liverpool and Manchester Railway"),
    ("railway:wylam_colliery", "railway", "Wylam Colliery"),
    ("railway:gnr", "railway", "Great Northern Railway"),
    ("railway:norfolk_and_western", "railway", "Norfolk and Western Railway"),
    ("railway:southern_pacific", "railway", "Southern Pacific"),
    ("railway:sdr", "railway", "Stockton and Darlington Railway"),
    ("railway:a1_trust", "railway", "A1 Steam Locomotive Trust"),
    # wheel arrangements
    ("wheels:4-6-2", "wheel_arrangement", "4-6-2"),
    ("wheels:4-6-0", "wheel_arrangement", "4-6-0"),
    ("wheels:4-8-4", "wheel_arrangement", "4-8-4"),
    ("wheels:4-8-8-4", "wheel_arrangement", "4-8-8-4"),
    ("wheels:4-6-4", "wheel_arrangement", "4-6-4"),
    ("wheels:0-2-2", "wheel_arrangement", "0-2-2"),
    ("wheels:0-4-0", "wheel_arrangement", "0-4-0"),
    ("wheels:4-2-2", "wheel_arrangement", "4-2-2"),
    ("wheels:2-6-6-4", "wheel_arrangement", "2-6-6-4"),
    # museums
    ("museum:nrm", "museum", "National Railway Museum"),
    ("museum:steam_swindon", "museum", "STEAM Museum"),
    ("museum:db_museum", "museum", "DB Museum"),
    ("museum:science_museum", "museum", "Science Museum"),
    ("museum:vmt", "museum", "Virginia Museum of Transportation"),
    ("museum:orhc", "museum", "Oregon Rail Heritage Center"),
    # services
    ("service:express_passenger", "service", "Express Passenger"),
    ("service:freight", "service", "Freight"),
    ("service:coal_haulage", "service", "Coal Haulage"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"locomotive:{slug}", kind="item", type="locomotive", label=label, attrs={"year": year})
           for slug, label, year in LOCOMOTIVES]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = {
    # slug: designer, builder, operator, wheels, museum, service
    "mallard": ("nigel_gresley", "doncaster_works", "lner", "4-6-2", "nrm", "express_passenger"),
    "flying_scotsman": ("nigel_gresley", "doncaster_works", "lner", "4-6-2", "nrm", "express_passenger"),
    "rocket": ("robert_stephenson", "robert_stephenson_and_co", "lmr", "0-2-2", None, None),
    "caerphilly_castle": ("charles_collett", "swindon_works", "gwr", "4-6-0", "steam_swindon", "express_passenger"),
    "duchess_of_hamilton": ("william_stanier", "crewe_works", "lms", "4-6-2", "nrm", "express_passenger"),
    "big_boy_4014": ("otto_jabelmann", "alco", "union_pacific", "4-8-8-4", None, "freight"),
    "up_844": (None, "alco", "union_pacific", "4-8-4", None, "express_passenger"),
    "drg_05_001": ("adolf_wolff", "borsig", "deutsche_reichsbahn", "4-6-4", "db_museum", "express_passenger"),
    "tornado": ("arthur_peppercorn", "darlington_works", "a1_trust", "4-6-2", None, None),
    "clan_line": ("oliver_bulleid", "eastleigh_works", "british_railways", "4-6-2", None, "express_passenger"),
    "king_george_v": ("charles_collett", "swindon_works", "gwr", "4-6-0", "steam_swindon", "express_passenger"),
    "puffing_billy": ("william_hedley", None, "wylam_colliery", "0-4-0", "science_museum", "coal_haulage"),
    "stirling_single_1": ("patrick_stirling", "doncaster_works", "gnr", "4-2-2", "nrm", "express_passenger"),
    "nw_611": (None, "roanoke_shops", "norfolk_and_western", "4-8-4", "vmt", "express_passenger"),
    "nw_1218": (None, "roanoke_shops", "norfolk_and_western", "2-6-6-4", "vmt", "freight"),
    "sp_4449": (None, "lima", "southern_pacific", "4-8-4", "orhc", "express_passenger"),
    "locomotion_1": ("george_stephenson", "robert_stephenson_and_co", "sdr", "0-4-0", None, None),
}

RATINGS = {
    "ana": {"mallard": 5.0, "flying_scotsman": 4.5, "rocket": 2.0, "big_boy_4014": 3.5},
    "ben": {"big_boy_4014": 5.0, "up_844": 4.0, "clan_line": 1.5, "caerphilly_castle": 3.0},
    "chen": {"drg_05_001": 4.5, "duchess_of_hamilton": 4.0, "puffing_billy": 1.0, "tornado": 3.5},
    "dara": {"king_george_v": 5.0, "nw_611": 4.5, "sp_4449": 2.0, "stirling_single_1": 3.0},
    "emil": {"locomotion_1": 4.0, "nw_1218": 0.5, "mallard": 3.5, "tornado": 5.0},
}


def rows():
    out = []
    for slug, (designer, builder, operator, wheels, museum, service) in FACTS.items():
        h = f"locomotive:{slug}"
        if designer:
            out.append((h, "designed_by", f"person:{designer}"))
        if builder:
            out.append((h, "built_by", f"builder:{builder}"))
        if operator:
            out.append((h, "operated_by", f"railway:{operator}"))
        if wheels:
            out.append((h, "has_wheel_arrangement", f"wheels:{wheels}"))
        if museum:
            out.append((h, "preserved_at", f"museum:{museum}"))
        if service:
            out.append((h, "used_for", f"service:{service}"))
    for user, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"locomotive:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind178")
