"""A small astronauts graph (blind288).

Items are astronauts; each item's ``year`` is the year of that astronaut's
first spaceflight.  Attributes are birthplaces, space agencies, missions,
universities and professions.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("astronaut",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("astronaut",), range=("place",)),
    kgx.Relation("flew_for", phrase="flew for", inverse_phrase="is the space agency of",
                 domain=("astronaut",), range=("agency",)),
    kgx.Relation("flew_on", phrase="flew on", inverse_phrase="carried",
                 domain=("astronaut",), range=("mission",)),
    kgx.Relation("studied_at", phrase="studied at", inverse_phrase="is the alma mater of",
                 domain=("astronaut",), range=("university",)),
    kgx.Relation("worked_as", phrase="worked as", inverse_phrase="was the profession of",
                 domain=("astronaut",), range=("profession",)),
]

# slug, name, year of first spaceflight
ASTRONAUTS = [
    ("yuri_gagarin", "Yuri Gagarin", 1961),
    ("valentina_tereshkova", "Valentina Tereshkova", 1963),
    ("alexei_leonov", "Alexei Leonov", 1965),
    ("alan_shepard", "Alan Shepard", 1961),
    ("john_glenn", "John Glenn", 1962),
    ("neil_armstrong", "Neil Armstrong", 1966),
    ("buzz_aldrin", "Buzz Aldrin", 1966),
    ("michael_collins", "Michael Collins", 1966),
    ("sally_ride", "Sally Ride", 1983),
    ("mae_jemison", "Mae Jemison", 1992),
    ("chris_hadfield", "Chris Hadfield", 1995),
    ("yang_liwei", "Yang Liwei", 2003),
    ("peggy_whitson", "Peggy Whitson", 2002),
    ("eileen_collins", "Eileen Collins", 1995),
    ("thomas_pesquet", "Thomas Pesquet", 2016),
    ("samantha_cristoforetti", "Samantha Cristoforetti", 2014),
    ("helen_sharman", "Helen Sharman", 1991),
    ("koichi_wakata", "Koichi Wakata", 1996),
]

PLACES = {
    "klushino": "Klushino",
    "bolshoye_maslennikovo": "Bolshoye Maslennikovo",
    "listvyanka": "Listvyanka",
    "derry": "Derry",
    "cambridge_ohio": "Cambridge, Ohio",
    "wapakoneta": "Wapakoneta",
    "glen_ridge": "Glen Ridge",
    "rome": "Rome",
    "los_angeles": "Los Angeles",
    "decatur": "Decatur",
    "sarnia": "Sarnia",
    "suizhong": "Suizhong",
    "mount_ayr": "Mount Ayr",
    "elmira": "Elmira",
    "rouen": "Rouen",
    "milan": "Milan",
    "sheffield": "Sheffield",
    "saitama": "Saitama",
}

AGENCIES = {
    "nasa": "NASA",
    "soviet_space_program": "Soviet space program",
    "canadian_space_agency": "Canadian Space Agency",
    "esa": "European Space Agency",
    "cmsa": "China Manned Space Agency",
    "jaxa": "JAXA",
}

MISSIONS = {
    "vostok_1": "Vostok 1",
    "vostok_6": "Vostok 6",
    "voskhod_2": "Voskhod 2",
    "soyuz_19": "Soyuz 19",
    "freedom_7": "Freedom 7",
    "apollo_14": "Apollo 14",
    "friendship_7": "Friendship 7",
    "sts_95": "STS-95",
    "gemini_8": "Gemini 8",
    "gemini_10": "Gemini 10",
    "gemini_12": "Gemini 12",
    "apollo_11": "Apollo 11",
    "sts_7": "STS-7",
    "sts_47": "STS-47",
    "sts_74": "STS-74",
    "soyuz_tma_07m": "Soyuz TMA-07M",
    "shenzhou_5": "Shenzhou 5",
    "sts_111": "STS-111",
    "sts_63": "STS-63",
    "sts_114": "STS-114",
    "soyuz_ms_03": "Soyuz MS-03",
    "soyuz_tma_15m": "Soyuz TMA-15M",
    "soyuz_tm_12": "Soyuz TM-12",
    "sts_72": "STS-72",
}

UNIVERSITIES = {
    "zhukovsky_academy": "Zhukovsky Air Force Engineering Academy",
    "us_naval_academy": "United States Naval Academy",
    "muskingum": "Muskingum College",
    "purdue": "Purdue University",
    "west_point": "United States Military Academy",
    "mit": "Massachusetts Institute of Technology",
    "stanford": "Stanford University",
    "cornell": "Cornell University",
    "rmc_canada": "Royal Military College of Canada",
    "rice": "Rice University",
    "syracuse": "Syracuse University",
    "supaero": "ISAE-SUPAERO",
    "tum": "Technical University of Munich",
    "sheffield_university": "University of Sheffield",
    "kyushu": "Kyushu University",
}

PROFESSIONS = {
    "fighter_pilot": "fighter pilot",
    "test_pilot": "test pilot",
    "textile_worker": "textile worker",
    "physicist": "physicist",
    "physician": "physician",
    "biochemist": "biochemist",
    "airline_pilot": "airline pilot",
    "chemist": "chemist",
    "engineer": "engineer",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]

# astronaut slug -> (place, [agencies], [missions], [universities], [professions])
FACTS = {
    "yuri_gagarin": ("klushino", ["soviet_space_program"], ["vostok_1"],
                     ["zhukovsky_academy"], ["fighter_pilot"]),
    "valentina_tereshkova": ("bolshoye_maslennikovo", ["soviet_space_program"], ["vostok_6"],
                             ["zhukovsky_academy"], ["textile_worker"]),
    "alexei_leonov": ("listvyanka", ["soviet_space_program"], ["voskhod_2", "soyuz_19"],
                      ["zhukovsky_academy"], ["fighter_pilot"]),
    "alan_shepard": ("derry", ["nasa"], ["freedom_7", "apollo_14"],
                     ["us_naval_academy"], ["test_pilot"]),
    "john_glenn": ("cambridge_ohio", ["nasa"], ["friendship_7", "sts_95"],
                   ["muskingum"], ["test_pilot"]),
    "neil_armstrong": ("wapakoneta", ["nasa"], ["gemini_8", "apollo_11"],
                       ["purdue"], ["test_pilot"]),
    "buzz_aldrin": ("glen_ridge", ["nasa"], ["gemini_12", "apollo_11"],
                    ["west_point", "mit"], ["fighter_pilot"]),
    "michael_collins": ("rome", ["nasa"], ["gemini_10", "apollo_11"],
                        ["west_point"], ["test_pilot"]),
    "sally_ride": ("los_angeles", ["nasa"], ["sts_7"],
                   ["stanford"], ["physicist"]),
    "mae_jemison": ("decatur", ["nasa"], ["sts_47"],
                    ["stanford", "cornell"], ["physician"]),
    "chris_hadfield": ("sarnia", ["canadian_space_agency"], ["sts_74", "soyuz_tma_07m"],
                       ["rmc_canada"], ["test_pilot"]),
    "yang_liwei": ("suizhong", ["cmsa"], ["shenzhou_5"],
                   [], ["fighter_pilot"]),
    "peggy_whitson": ("mount_ayr", ["nasa"], ["sts_111"],
                      ["rice"], ["biochemist"]),
    "eileen_collins": ("elmira", ["nasa"], ["sts_63", "sts_114"],
                       ["syracuse", "stanford"], ["test_pilot"]),
    "thomas_pesquet": ("rouen", ["esa"], ["soyuz_ms_03"],
                       ["supaero"], ["airline_pilot"]),
    "samantha_cristoforetti": ("milan", ["esa"], ["soyuz_tma_15m"],
                               ["tum"], ["fighter_pilot"]),
    "helen_sharman": ("sheffield", [], ["soyuz_tm_12"],
                      ["sheffield_university"], ["chemist"]),
    "koichi_wakata": ("saitama", ["jaxa"], ["sts_72"],
                      ["kyushu"], ["engineer"]),
}

RATINGS = {
    "ana": [("yuri_gagarin", 5.0), ("neil_armstrong", 4.5), ("sally_ride", 4.0), ("helen_sharman", 2.0)],
    "ben": [("buzz_aldrin", 3.0), ("chris_hadfield", 5.0), ("yang_liwei", 1.5), ("valentina_tereshkova", 4.0)],
    "chen": [("michael_collins", 4.5), ("mae_jemison", 5.0), ("john_glenn", 2.0), ("thomas_pesquet", 3.5)],
    "dara": [("samantha_cristoforetti", 5.0), ("peggy_whitson", 4.0), ("alexei_leonov", 1.0), ("alan_shepard", 3.0)],
    "emil": [("eileen_collins", 4.5), ("koichi_wakata", 2.5), ("yuri_gagarin", 3.0), ("neil_armstrong", 1.5)],
}


def entities():
    out = [kgx.Entity(f"astronaut:{slug}", kind="item", type="astronaut", label=name,
                      attrs={"year": year}) for slug, name, year in ASTRONAUTS]
    for prefix, table in (("place", PLACES), ("agency", AGENCIES), ("mission", MISSIONS),
                          ("university", UNIVERSITIES), ("profession", PROFESSIONS)):
        out += [kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=prefix, label=label)
                for slug, label in table.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = []
    for slug, (place, agencies, missions, universities, professions) in FACTS.items():
        head = f"astronaut:{slug}"
        out.append((head, "born_in", f"place:{place}"))
        out += [(head, "flew_for", f"agency:{a}") for a in agencies]
        out += [(head, "flew_on", f"mission:{m}") for m in missions]
        out += [(head, "studied_at", f"university:{u}") for u in universities]
        out += [(head, "worked_as", f"profession:{p}") for p in professions]
    for user, ratings in RATINGS.items():
        out += [(f"user:{user}", "rated", f"astronaut:{slug}", {"rating": r}) for slug, r in ratings]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind288")
