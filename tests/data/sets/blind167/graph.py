"""A small roller coasters knowledge graph (blind167)."""
import kgexplain as kgx

RC = ("roller_coaster",)

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=RC),
    kgx.Relation("located_at", phrase="is located at", inverse_phrase="is home to", domain=RC, range=("park",)),
    kgx.Relation("in_country", phrase="is in", inverse_phrase="is the country of", domain=RC, range=("country",)),
    kgx.Relation("manufactured_by", phrase="was manufactured by", inverse_phrase="manufactured", domain=RC, range=("manufacturer",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=RC, range=("person",)),
    kgx.Relation("has_type", phrase="is a", inverse_phrase="is the type of", domain=RC, range=("coaster_type",)),
]

# slug, label, year opened, park, country, manufacturer, designers, types
COASTERS = [
    ("kingda_ka", "Kingda Ka", 2005, "six_flags_great_adventure", "usa", "intamin", ["werner_stengel"], ["launched_coaster", "strata_coaster"]),
    ("top_thrill_dragster", "Top Thrill Dragster", 2003, "cedar_point", "usa", "intamin", ["werner_stengel"], ["launched_coaster", "strata_coaster"]),
    ("millennium_force", "Millennium Force", 2000, "cedar_point", "usa", "intamin", ["werner_stengel"], ["giga_coaster"]),
    ("steel_vengeance", "Steel Vengeance", 2018, "cedar_point", "usa", "rmc", ["alan_schilke"], ["hybrid_coaster"]),
    ("magnum_xl_200", "Magnum XL-200", 1989, "cedar_point", "usa", "arrow_dynamics", ["ron_toomer"], ["hyper_coaster"]),
    ("formula_rossa", "Formula Rossa", 2010, "ferrari_world", "uae", "intamin", [], ["launched_coaster"]),
    ("the_beast", "The Beast", 1979, "kings_island", "usa", None, ["al_collins", "jeff_gramke"], ["wooden_coaster"]),
    ("fury_325", "Fury 325", 2015, "carowinds", "usa", "bolliger_mabillard", [], ["giga_coaster"]),
    ("leviathan", "Leviathan", 2012, "canadas_wonderland", "canada", "bolliger_mabillard", [], ["giga_coaster"]),
    ("nemesis", "Nemesis", 1994, "alton_towers", "uk", "bolliger_mabillard", ["john_wardley"], ["inverted_coaster"]),
    ("the_smiler", "The Smiler", 2013, "alton_towers", "uk", "gerstlauer", [], []),
    ("expedition_geforce", "Expedition GeForce", 2001, "holiday_park", "germany", "intamin", ["werner_stengel"], []),
    ("silver_star", "Silver Star", 2002, "europa_park", "germany", "bolliger_mabillard", [], ["hyper_coaster"]),
    ("blue_fire", "Blue Fire", 2009, "europa_park", "germany", "mack_rides", [], ["launched_coaster"]),
    ("goliath_sfga", "Goliath", 2014, "six_flags_great_america", "usa", "rmc", ["alan_schilke"], ["wooden_coaster"]),
    ("steel_dragon_2000", "Steel Dragon 2000", 2000, "nagashima_spa_land", "japan", "dh_morgan", ["steve_okamoto"], ["giga_coaster"]),
    ("dodonpa", "Dodonpa", 2001, "fuji_q_highland", "japan", "s_and_s", [], ["launched_coaster"]),
    ("taron", "Taron", 2016, "phantasialand", "germany", "intamin", [], ["launched_coaster"]),
    ("cyclone", "Cyclone", 1927, "luna_park_coney_island", "usa", None, ["vernon_keenan"], ["wooden_coaster"]),
]

PARKS = {
    "six_flags_great_adventure": "Six Flags Great Adventure", "cedar_point": "Cedar Point",
    "ferrari_world": "Ferrari World", "kings_island": "Kings Island", "carowinds": "Carowinds",
    "canadas_wonderland": "Canada's Wonderland", "alton_towers": "Alton Towers",
    "holiday_park": "Holiday Park", "europa_park": "Europa-Park",
    "six_flags_great_america": "Six Flags Great America", "nagashima_spa_land": "Nagashima Spa Land",
    "fuji_q_highland": "Fuji-Q Highland", "phantasialand": "Phantasialand",
    "luna_park_coney_island": "Luna Park",
}
COUNTRIES = {"usa": "United States", "canada": "Canada", "uk": "United Kingdom", "germany": "Germany",
             "uae": "United Arab Emirates", "japan": "Japan"}
MANUFACTURERS = {"intamin": "Intamin", "rmc": "Rocky Mountain Construction", "arrow_dynamics": "Arrow Dynamics",
                 "bolliger_mabillard": "Bolliger & Mabillard", "gerstlauer": "Gerstlauer", "mack_rides": "Mack Rides",
                 "dh_morgan": "D. H. Morgan Manufacturing", "s_and_s": "S&S Worldwide"}
PEOPLE = {"werner_stengel": "Werner Stengel", "alan_schilke": "Alan Schilke", "ron_toomer": "Ron Toomer",
          "al_collins": "Al Collins", "jeff_gramke": "Jeff Gramke", "john_wardley": "John Wardley",
          "steve_okamoto": "Steve Okamoto", "vernon_keenan": "Vernon Keenan"}
TYPES = {"launched_coaster": "launched coaster", "strata_coaster": "strata coaster", "giga_coaster": "giga coaster",
         "hyper_coaster": "hyper coaster", "hybrid_coaster": "hybrid coaster", "wooden_coaster": "wooden coaster",
         "inverted_coaster": "inverted coaster"}

RATINGS = {
    "ana": [("kingda_ka", 5.0), ("millennium_force", 4.5), ("the_beast", 2.0), ("nemesis", 4.0)],
    "ben": [("steel_vengeance", 5.0), ("fury_325", 4.0), ("the_smiler", 1.5), ("cyclone", 3.0)],
    "chen": [("formula_rossa", 4.5), ("dodonpa", 2.0), ("steel_dragon_2000", 5.0), ("taron", 3.5)],
    "dara": [("silver_star", 4.0), ("blue_fire", 1.0), ("expedition_geforce", 4.5), ("goliath_sfga", 2.5)],
    "emil": [("magnum_xl_200", 3.0), ("leviathan", 5.0), ("top_thrill_dragster", 1.5), ("kingda_ka", 4.0)],
}


def entities():
    out = [kgx.Entity(f"roller_coaster:{s}", kind="item", type="roller_coaster", label=label, attrs={"year": year})
           for s, label, year, *_ in COASTERS]
    for prefix, table in [("park", PARKS), ("country", COUNTRIES), ("manufacturer", MANUFACTURERS),
                          ("person", PEOPLE), ("coaster_type", TYPES)]:
        out += [kgx.Entity(f"{prefix}:{k}", kind="attribute", type=prefix, label=v) for k, v in table.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in RATINGS]
    return out


def rows():
    out = []
    for s, _label, _year, park, country, maker, designers, types in COASTERS:
        h = f"roller_coaster:{s}"
        out.append((h, "located_at", f"park:{park}"))
        out.append((h, "in_country", f"country:{country}"))
        if maker:
            out.append((h, "manufactured_by", f"manufacturer:{maker}"))
        out += [(h, "designed_by", f"person:{p}") for p in designers]
        out += [(h, "has_type", f"coaster_type:{t}") for t in types]
    for u, rs in RATINGS.items():
        out += [(f"user:{u}", "rated", f"roller_coaster:{i}", {"rating": r}) for i, r in rs]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind167")
