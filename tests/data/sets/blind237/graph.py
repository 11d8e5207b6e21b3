"""A small graph of famous (real) steam locomotives, for blind evaluation texts."""
import kgexplain as kgx

LOCO = ("locomotive",)

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=LOCO),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=LOCO, range=("person",)),
    kgx.Relation("built_by", phrase="was built by", inverse_phrase="built", domain=LOCO, range=("builder",)),
    kgx.Relation("operated_by", phrase="was operated by", inverse_phrase="operated", domain=LOCO, range=("railway",)),
    kgx.Relation("preserved_at", phrase="is preserved at", inverse_phrase="preserves", domain=LOCO, range=("museum",)),
    kgx.Relation("has_type", phrase="is classed as", inverse_phrase="is the classification of", domain=LOCO, range=("locomotive type",)),
    kgx.Relation("ran_in", phrase="ran in", inverse_phrase="hosted", domain=LOCO, range=("country",)),
]

_LOCOS = [
    ("mallard", "Mallard", 1938),
    ("flying_scotsman", "Flying Scotsman", 1923),
    ("dominion_of_canada", "Dominion of Canada", 1937),
    ("green_arrow", "Green Arrow", 1936),
    ("city_of_truro", "City of Truro", 1903),
    ("king_george_v", "King George V", 1927),
    ("caerphilly_castle", "Caerphilly Castle", 1923),
    ("duchess_of_hamilton", "Duchess of Hamilton", 1938),
    ("ellerman_lines", "Ellerman Lines", 1949),
    ("tornado", "Tornado", 2008),
    ("rocket", "Stephenson's Rocket", 1829),
    ("locomotion_no_1", "Locomotion No. 1", 1825),
    ("puffing_billy", "Puffing Billy", 1814),
    ("john_bull", "John Bull", 1831),
    ("the_general", "The General", 1855),
    ("big_boy_4014", "Big Boy 4014", 1941),
    ("challenger_3985", "Challenger 3985", 1943),
    ("drg_05_001", "DRG 05 001", 1935),
]

_ATTRS = [
    # designers
    ("person:nigel_gresley", "person", "Nigel Gresley"),
    ("person:george_jackson_churchward", "person", "George Jackson Churchward"),
    ("person:charles_collett", "person", "Charles Collett"),
    ("person:william_stanier", "person", "William Stanier"),
    ("person:oliver_bulleid", "person", "Oliver Bulleid"),
    ("person:arthur_peppercorn", "person", "Arthur Peppercorn"),
    ("person:robert_stephenson", "person", "Robert Stephenson"),
    ("person:george_stephenson", "person", "George Stephenson"),
    ("person:william_hedley", "person", "William Hedley"),
    # builders
    ("builder:doncaster_works", "builder", "Doncaster Works"),
    ("builder:swindon_works", "builder", "Swindon Works"),
    ("builder:crewe_works", "builder", "Crewe Works"),
    ("builder:eastleigh_works", "builder", "Eastleigh Works"),
    ("builder:a1_trust", "builder", "A1 Steam Locomotive Trust"),
    ("builder:robert_stephenson_and_company", "builder", "Robert Stephenson and Company"),
    ("builder:rogers_ketchum_grosvenor", "builder", "Rogers, Ketchum and Grosvenor"),
    ("builder:alco", "builder", "American Locomotive Company"),
    ("builder:borsig", "builder", "Borsig"),
    # railways
    ("railway:lner", "railway", "London and North Eastern Railway"),
    ("railway:gwr", "railway", "Great Western Railway"),
    ("railway:lms", "railway", "London, Midland and Scottish Railway"),
    ("railway:british_railways", "railway", "British Railways"),
    ("railway:liverpool_manchester", "railway", "Liverpool and Manchester Railway"),
    ("railway:stockton_darlington", "railway", "Stockton and Darlington Railway"),
    ("railway:wylam_colliery", "railway", "Wylam Colliery"),
    ("railway:camden_amboy", "railway", "Camden and Amboy Railroad"),
    ("railway:western_atlantic", "railway", "Western and Atlantic Railroad"),
    ("railway:union_pacific", "railway", "Union Pacific Railroad"),
    ("railway:deutsche_reichsbahn", "railway", "Deutsche Reichsbahn"),
    # museums
    ("museum:nrm", "museum", "National Railway Museum"),
    ("museum:steam_swindon", "museum", "STEAM Museum of the Great Western Railway"),
    ("museum:science_museum", "museum", "Science Museum"),
    ("museum:nmah", "museum", "National Museum of American History"),
    ("museum:southern_museum", "museum", "Southern Museum of Civil War and Locomotive History"),
    ("museum:db_museum", "museum", "DB Museum"),
    ("museum:exporail", "museum", "Exporail"),
    # locomotive types
    ("type:express_passenger", "locomotive type", "express passenger locomotive"),
    ("type:mixed_traffic", "locomotive type", "mixed-traffic locomotive"),
    ("type:articulated", "locomotive type", "articulated locomotive"),
    ("type:freight", "locomotive type", "freight locomotive"),
    ("type:colliery", "locomotive type", "colliery locomotive"),
    # countries
    ("country:united_kingdom", "country", "United Kingdom"),
    ("country:united_states", "country", "United States"),
    ("country:germany", "country", "Germany"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"locomotive:{slug}", kind="item", type="locomotive", label=label, attrs={"year": year})
           for slug, label, year in _LOCOS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in _ATTRS]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def _l(slug):
    return f"locomotive:{slug}"


_FACTS = {
    "mallard": [("designed_by", "person:nigel_gresley"), ("built_by", "builder:doncaster_works"),
                ("operated_by", "railway:lner"), ("preserved_at", "museum:nrm"),
                ("has_type", "type:express_passenger"), ("ran_in", "country:united_kingdom")],
    "flying_scotsman": [("designed_by", "person:nigel_gresley"), ("built_by", "builder:doncaster_works"),
                        ("operated_by", "railway:lner"), ("operated_by", "railway:british_railways"),
                        ("has_type", "type:express_passenger"), ("ran_in", "country:united_kingdom")],
    "dominion_of_canada": [("designed_by", "person:nigel_gresley"), ("built_by", "builder:doncaster_works"),
                           ("operated_by", "railway:lner"), ("preserved_at", "museum:exporail"),
                           ("has_type", "type:express_passenger"), ("ran_in", "country:united_kingdom")],
    "green_arrow": [("designed_by", "person:nigel_gresley"), ("built_by", "builder:doncaster_works"),
                    ("operated_by", "railway:lner"), ("has_type", "type:mixed_traffic"),
                    ("ran_in", "country:united_kingdom")],
    "city_of_truro": [("designed_by", "person:george_jackson_churchward"), ("built_by", "builder:swindon_works"),
                      ("operated_by", "railway:gwr"), ("has_type", "type:express_passenger"),
                      ("ran_in", "country:united_kingdom")],
    "king_george_v": [("designed_by", "person:charles_collett"), ("built_by", "builder:swindon_works"),
                      ("operated_by", "railway:gwr"), ("preserved_at", "museum:steam_swindon"),
                      ("has_type", "type:express_passenger"), ("ran_in", "country:united_kingdom")],
    "caerphilly_castle": [("designed_by", "person:charles_collett"), ("built_by", "builder:swindon_works"),
                          ("operated_by", "railway:gwr"), ("preserved_at", "museum:steam_swindon"),
                          ("has_type", "type:express_passenger"), ("ran_in", "country:united_kingdom")],
    "duchess_of_hamilton": [("designed_by", "person:william_stanier"), ("built_by", "builder:crewe_works"),
                            ("operated_by", "railway:lms"), ("preserved_at", "museum:nrm"),
                            ("has_type", "type:express_passenger"), ("ran_in", "country:united_kingdom")],
    "ellerman_lines": [("designed_by", "person:oliver_bulleid"), ("built_by", "builder:eastleigh_works"),
                       ("operated_by", "railway:british_railways"), ("preserved_at", "museum:nrm"),
                       ("ran_in", "country:united_kingdom")],
    "tornado": [("designed_by", "person:arthur_peppercorn"), ("built_by", "builder:a1_trust"),
                ("has_type", "type:express_passenger"), ("ran_in", "country:united_kingdom")],
    "rocket": [("designed_by", "person:robert_stephenson"), ("built_by", "builder:robert_stephenson_and_company"),
               ("operated_by", "railway:liverpool_manchester"), ("ran_in", "country:united_kingdom")],
    "locomotion_no_1": [("designed_by", "person:george_stephenson"),
                        ("built_by", "builder:robert_stephenson_and_company"),
                        ("operated_by", "railway:stockton_darlington"), ("ran_in", "country:united_kingdom")],
    "puffing_billy": [("designed_by", "person:william_hedley"), ("operated_by", "railway:wylam_colliery"),
                      ("preserved_at", "museum:science_museum"), ("has_type", "type:colliery"),
                      ("ran_in", "country:united_kingdom")],
    "john_bull": [("built_by", "builder:robert_stephenson_and_company"), ("operated_by", "railway:camden_amboy"),
                  ("preserved_at", "museum:nmah"), ("ran_in", "country:united_states")],
    "the_general": [("built_by", "builder:rogers_ketchum_grosvenor"), ("operated_by", "railway:western_atlantic"),
                    ("preserved_at", "museum:southern_museum"), ("ran_in", "country:united_states")],
    "big_boy_4014": [("built_by", "builder:alco"), ("operated_by", "railway:union_pacific"),
                     ("has_type", "type:articulated"), ("has_type", "type:freight"),
                     ("ran_in", "country:united_states")],
    "challenger_3985": [("built_by", "builder:alco"), ("operated_by", "railway:union_pacific"),
                        ("has_type", "type:articulated"), ("ran_in", "country:united_states")],
    "drg_05_001": [("built_by", "builder:borsig"), ("operated_by", "railway:deutsche_reichsbahn"),
                   ("preserved_at", "museum:db_museum"), ("has_type", "type:express_passenger"),
                   ("ran_in", "country:germany")],
}

_RATINGS = {
    "ana": [("mallard", 5.0), ("flying_scotsman", 4.5), ("rocket", 2.0), ("big_boy_4014", 3.0)],
    "ben": [("big_boy_4014", 5.0), ("challenger_3985", 4.0), ("the_general", 1.5), ("city_of_truro", 3.5)],
    "chen": [("puffing_billy", 4.0), ("locomotion_no_1", 4.5), ("john_bull", 1.0), ("tornado", 2.5)],
    "dara": [("king_george_v", 5.0), ("caerphilly_castle", 2.0), ("duchess_of_hamilton", 4.0), ("drg_05_001", 3.0)],
    "emil": [("ellerman_lines", 4.5), ("green_arrow", 1.5), ("dominion_of_canada", 5.0), ("mallard", 0.5)],
}


def rows():
    out = []
    for slug, facts in _FACTS.items():
        for rel, tail in facts:
            out.append((_l(slug), rel, tail))
    for user, ratings in _RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{user}", "rated", _l(slug), {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind237")
