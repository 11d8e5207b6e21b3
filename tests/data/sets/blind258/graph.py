"""A small golf courses graph (blind258)."""
import kgexplain as kgx

GC = "golf_course"

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=(GC,)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to", domain=(GC,), range=("place",)),
    kgx.Relation("in_country", phrase="is in the country of", inverse_phrase="is the country of", domain=(GC,), range=("country",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=(GC,), range=("person",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded", domain=(GC,), range=("person",)),
    kgx.Relation("hosted", phrase="has hosted", inverse_phrase="has been held at", domain=(GC,), range=("tournament",)),
    kgx.Relation("course_type", phrase="is a course of the type", inverse_phrase="is the type of", domain=(GC,), range=("course_type",)),
]

# slug, label, year, aliases
COURSES = [
    ("augusta_national", "Augusta National Golf Club", 1933, ("Augusta National",)),
    ("pebble_beach", "Pebble Beach Golf Links", 1919, ()),
    ("cypress_point", "Cypress Point Club", 1928, ("Cypress Point",)),
    ("pinehurst_no2", "Pinehurst No. 2", 1907, ()),
    ("oakmont", "Oakmont Country Club", 1903, ("Oakmont",)),
    ("merion_east", "Merion Golf Club East Course", 1912, ("Merion",)),
    ("winged_foot_west", "Winged Foot West Course", 1923, ("Winged Foot",)),
    ("bethpage_black", "Bethpage Black Course", 1936, ("Bethpage Black",)),
    ("tpc_sawgrass", "TPC Sawgrass Stadium Course", 1980, ("TPC Sawgrass",)),
    ("whistling_straits", "Whistling Straits", 1998, ()),
    ("kiawah_ocean", "Kiawah Island Ocean Course", 1991, ("the Ocean Course",)),
    ("royal_melbourne_west", "Royal Melbourne West Course", 1931, ("Royal Melbourne",)),
    ("royal_county_down", "Royal County Down", 1889, ()),
    ("muirfield", "Muirfield", 1891, ()),
    ("valderrama", "Real Club Valderrama", 1974, ("Valderrama",)),
    ("le_golf_national", "Le Golf National", 1990, ()),
    ("cape_kidnappers", "Cape Kidnappers", 2004, ()),
    ("bandon_dunes", "Bandon Dunes", 1999, ()),
]

ATTRS = {
    "place": {
        "augusta": "Augusta", "pebble_beach": "Pebble Beach", "pinehurst": "Pinehurst",
        "oakmont": "Oakmont", "ardmore": "Ardmore", "mamaroneck": "Mamaroneck",
        "farmingdale": "Farmingdale", "ponte_vedra_beach": "Ponte Vedra Beach", "haven": "Haven",
        "kiawah_island": "Kiawah Island", "melbourne": "Melbourne", "newcastle": "Newcastle",
        "gullane": "Gullane", "sotogrande": "Sotogrande", "guyancourt": "Guyancourt",
        "hawkes_bay": "Hawke's Bay", "bandon": "Bandon",
    },
    "country": {
        "united_states": "United States", "australia": "Australia", "united_kingdom": "United Kingdom",
        "spain": "Spain", "france": "France", "new_zealand": "New Zealand",
    },
    "person": {
        "alister_mackenzie": "Alister MacKenzie", "bobby_jones": "Bobby Jones", "clifford_roberts": "Clifford Roberts",
        "jack_neville": "Jack Neville", "douglas_grant": "Douglas Grant", "samuel_morse": "Samuel F. B. Morse",
        "marion_hollins": "Marion Hollins", "donald_ross": "Donald Ross", "henry_fownes": "Henry Fownes",
        "hugh_wilson": "Hugh Wilson", "aw_tillinghast": "A. W. Tillinghast", "pete_dye": "Pete Dye",
        "herbert_kohler": "Herbert V. Kohler Jr.", "old_tom_morris": "Old Tom Morris",
        "robert_trent_jones": "Robert Trent Jones", "hubert_chesneau": "Hubert Chesneau",
        "robert_von_hagge": "Robert von Hagge", "tom_doak": "Tom Doak", "julian_robertson": "Julian Robertson",
        "david_mclay_kidd": "David McLay Kidd", "mike_keiser": "Mike Keiser",
    },
    "tournament": {
        "masters": "Masters Tournament", "us_open": "U.S. Open", "pga_championship": "PGA Championship",
        "players": "The Players Championship", "ryder_cup": "Ryder Cup", "walker_cup": "Walker Cup",
        "open_championship": "The Open Championship",
    },
    "course_type": {"links": "Links", "parkland": "Parkland", "sandbelt": "Sandbelt"},
}
ALIASES = {
    "tournament:masters": ("the Masters",),
    "tournament:open_championship": ("the Open",),
    "tournament:players": ("the Players",),
    "person:herbert_kohler": ("Herbert Kohler",),
    "person:robert_trent_jones": ("Robert Trent Jones Sr.",),
}

USERS = ["ana", "ben", "chen", "dara", "emil"]

# course slug: (place, country, designers, founders, tournaments, course types)
FACTS = {
    "augusta_national": ("augusta", "united_states", ["alister_mackenzie", "bobby_jones"], ["bobby_jones", "clifford_roberts"], ["masters"], ["parkland"]),
    "pebble_beach": ("pebble_beach", "united_states", ["jack_neville", "douglas_grant"], ["samuel_morse"], ["us_open", "pga_championship"], []),
    "cypress_point": ("pebble_beach", "united_states", ["alister_mackenzie"], ["marion_hollins"], ["walker_cup"], []),
    "pinehurst_no2": ("pinehurst", "united_states", ["donald_ross"], [], ["us_open"], []),
    "oakmont": ("oakmont", "united_states", ["henry_fownes"], ["henry_fownes"], ["us_open", "pga_championship"], []),
    "merion_east": ("ardmore", "united_states", ["hugh_wilson"], [], ["us_open"], []),
    "winged_foot_west": ("mamaroneck", "united_states", ["aw_tillinghast"], [], ["us_open", "pga_championship"], ["parkland"]),
    "bethpage_black": ("farmingdale", "united_states", ["aw_tillinghast"], [], ["us_open", "pga_championship"], []),
    "tpc_sawgrass": ("ponte_vedra_beach", "united_states", ["pete_dye"], [], ["players"], []),
    "whistling_straits": ("haven", "united_states", ["pete_dye"], ["herbert_kohler"], ["pga_championship", "ryder_cup"], ["links"]),
    "kiawah_ocean": ("kiawah_island", "united_states", ["pete_dye"], [], ["ryder_cup", "pga_championship"], []),
    "royal_melbourne_west": ("melbourne", "australia", ["alister_mackenzie"], [], [], ["sandbelt"]),
    "royal_county_down": ("newcastle", "united_kingdom", ["old_tom_morris"], [], ["walker_cup"], ["links"]),
    "muirfield": ("gullane", "united_kingdom", ["old_tom_morris"], [], ["open_championship", "ryder_cup"], ["links"]),
    "valderrama": ("sotogrande", "spain", ["robert_trent_jones"], [], ["ryder_cup"], ["parkland"]),
    "le_golf_national": ("guyancourt", "france", ["hubert_chesneau", "robert_von_hagge"], [], ["ryder_cup"], []),
    "cape_kidnappers": ("hawkes_bay", "new_zealand", ["tom_doak"], ["julian_robertson"], [], []),
    "bandon_dunes": ("bandon", "united_states", ["david_mclay_kidd"], ["mike_keiser"], [], ["links"]),
}

RATINGS = {
    "ana": {"augusta_national": 5.0, "pebble_beach": 4.5, "muirfield": 2.0, "tpc_sawgrass": 3.5},
    "ben": {"royal_county_down": 5.0, "bandon_dunes": 4.0, "bethpage_black": 1.5, "oakmont": 3.0},
    "chen": {"royal_melbourne_west": 4.5, "cape_kidnappers": 5.0, "valderrama": 2.5, "le_golf_national": 1.0},
    "dara": {"pinehurst_no2": 4.0, "whistling_straits": 2.0, "kiawah_ocean": 4.5, "merion_east": 3.0},
    "emil": {"cypress_point": 5.0, "winged_foot_west": 0.5, "muirfield": 4.0, "oakmont": 4.5},
}


def entities():
    out = [kgx.Entity(f"{GC}:{slug}", kind="item", type=GC, label=label, aliases=aliases, attrs={"year": year})
           for slug, label, year, aliases in COURSES]
    for typ, names in ATTRS.items():
        for slug, label in names.items():
            eid = f"{typ}:{slug}"
            out.append(kgx.Entity(eid, kind="attribute", type=typ, label=label, aliases=ALIASES.get(eid, ())))
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = []
    for slug, (place, country, designers, founders, tournaments, types) in FACTS.items():
        h = f"{GC}:{slug}"
        out.append((h, "located_in", f"place:{place}"))
        out.append((h, "in_country", f"country:{country}"))
        out += [(h, "designed_by", f"person:{p}") for p in designers]
        out += [(h, "founded_by", f"person:{p}") for p in founders]
        out += [(h, "hosted", f"tournament:{t}") for t in tournaments]
        out += [(h, "course_type", f"course_type:{t}") for t in types]
    for u, ratings in RATINGS.items():
        out += [(f"user:{u}", "rated", f"{GC}:{slug}", {"rating": r}) for slug, r in ratings.items()]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind258")
