"""A small writing systems graph (blind193)."""
import kgexplain as kgx

WS = ("writing_system",)

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=WS),
    kgx.Relation("created_by", phrase="was devised by", inverse_phrase="devised", domain=WS, range=("person",)),
    kgx.Relation("used_for", phrase="is used to write", inverse_phrase="is written in", domain=WS, range=("language",)),
    kgx.Relation("classified_as", phrase="is classified as", inverse_phrase="is the classification of", domain=WS, range=("script_type",)),
    kgx.Relation("based_on", phrase="is based on", inverse_phrase="served as the basis for", domain=WS, range=("script", "writing_system")),
    kgx.Relation("originated_in", phrase="originated in", inverse_phrase="is the birthplace of", domain=WS, range=("country",)),
]

# slug, label, year, creators, type, languages, based_on, country
ITEMS = [
    ("hangul", "Hangul", 1443, ["sejong_the_great"], "featural_alphabet", ["korean"], [], "korea"),
    ("cherokee_syllabary", "Cherokee syllabary", 1821, ["sequoyah"], "syllabary", ["cherokee"], [], "united_states"),
    ("glagolitic_script", "Glagolitic script", 863, ["saint_cyril"], "alphabet", ["old_church_slavonic"], [], None),
    ("armenian_alphabet", "Armenian alphabet", 405, ["mesrop_mashtots"], "alphabet", ["armenian"], [], "armenia"),
    ("cree_syllabics", "Cree syllabics", 1840, ["james_evans"], "abugida", ["cree"], ["script:devanagari", "writing_system:pitman_shorthand"], "canada"),
    ("nko_script", "N'Ko script", 1949, ["solomana_kante"], "alphabet", ["manding_languages"], [], "cote_d_ivoire"),
    ("vai_syllabary", "Vai syllabary", 1833, ["momolu_duwalu_bukele"], "syllabary", ["vai"], [], "liberia"),
    ("shavian_alphabet", "Shavian alphabet", 1960, ["kingsley_read"], "alphabet", ["english"], [], "united_kingdom"),
    ("deseret_alphabet", "Deseret alphabet", 1854, ["george_d_watt"], "alphabet", ["english"], [], "united_states"),
    ("braille", "Braille", 1824, ["louis_braille"], "tactile_writing_system", ["french"], ["script:night_writing"], "france"),
    ("moon_type", "Moon type", 1845, ["william_moon"], "tactile_writing_system", ["english"], ["script:latin_alphabet"], "united_kingdom"),
    ("pahawh_hmong", "Pahawh Hmong", 1959, ["shong_lue_yang"], "semi_syllabary", ["hmong"], [], "laos"),
    ("pollard_script", "Pollard script", 1905, ["sam_pollard"], "abugida", ["a_hmao"], ["script:latin_alphabet"], "china"),
    ("phags_pa_script", "'Phags-pa script", 1269, ["drogon_chogyal_phagpa"], "abugida", ["mongolian", "chinese"], ["script:tibetan_script"], "china"),
    ("ol_chiki", "Ol Chiki", 1925, ["raghunath_murmu"], "alphabet", ["santali"], [], "india"),
    ("adlam_script", "Adlam script", 1989, ["ibrahima_barry", "abdoulaye_barry"], "alphabet", ["fula"], [], "guinea"),
    ("osage_script", "Osage script", 2006, ["herman_mongrain_lookout"], "alphabet", ["osage"], [], "united_states"),
    ("pitman_shorthand", "Pitman shorthand", 1837, ["isaac_pitman"], "shorthand", ["english"], [], "united_kingdom"),
    ("gregg_shorthand", "Gregg shorthand", 1888, ["john_robert_gregg"], "shorthand", ["english"], [], "united_kingdom"),
]

PEOPLE = {
    "sejong_the_great": "Sejong the Great", "sequoyah": "Sequoyah", "saint_cyril": "Saint Cyril",
    "mesrop_mashtots": "Mesrop Mashtots", "james_evans": "James Evans", "solomana_kante": "Solomana Kanté",
    "momolu_duwalu_bukele": "Momolu Duwalu Bukele", "kingsley_read": "Kingsley Read",
    "george_d_watt": "George D. Watt", "louis_braille": "Louis Braille", "william_moon": "William Moon",
    "shong_lue_yang": "Shong Lue Yang", "sam_pollard": "Sam Pollard",
    "drogon_chogyal_phagpa": "Drogön Chögyal Phagpa", "raghunath_murmu": "Raghunath Murmu",
    "ibrahima_barry": "Ibrahima Barry", "abdoulaye_barry": "Abdoulaye Barry",
    "herman_mongrain_lookout": "Herman Mongrain Lookout", "isaac_pitman": "Isaac Pitman",
    "john_robert_gregg": "John Robert Gregg",
}
SCRIPT_TYPES = {
    "featural_alphabet": "featural alphabet", "syllabary": "syllabary", "alphabet": "alphabet",
    "abugida": "abugida", "tactile_writing_system": "tactile writing system",
    "semi_syllabary": "semi-syllabary", "shorthand": "shorthand",
}
LANGUAGES = {
    "korean": "Korean", "cherokee": "Cherokee", "old_church_slavonic": "Old Church Slavonic",
    "armenian": "Armenian", "cree": "Cree", "manding_languages": "Manding languages", "vai": "Vai",
    "english": "English", "french": "French", "hmong": "Hmong", "a_hmao": "A-Hmao",
    "mongolian": "Mongolian", "chinese": "Chinese", "santali": "Santali", "fula": "Fula", "osage": "Osage",
}
SCRIPTS = {
    "devanagari": "Devanagari", "night_writing": "night writing", "latin_alphabet": "Latin alphabet",
    "tibetan_script": "Tibetan script",
}
COUNTRIES = {
    "korea": "Korea", "united_states": "United States", "armenia": "Armenia", "canada": "Canada",
    "cote_d_ivoire": "Côte d'Ivoire", "liberia": "Liberia", "united_kingdom": "United Kingdom",
    "france": "France", "laos": "Laos", "china": "China", "india": "India", "guinea": "Guinea",
}
RATINGS = {
    "ana": [("hangul", 5.0), ("braille", 4.5), ("shavian_alphabet", 2.0), ("gregg_shorthand", 3.0)],
    "ben": [("cherokee_syllabary", 4.0), ("deseret_alphabet", 1.5), ("phags_pa_script", 3.5), ("adlam_script", 5.0)],
    "chen": [("glagolitic_script", 4.5), ("armenian_alphabet", 2.5), ("ol_chiki", 4.0), ("pitman_shorthand", 1.0)],
    "dara": [("nko_script", 5.0), ("vai_syllabary", 4.0), ("moon_type", 2.0), ("hangul", 3.5)],
    "emil": [("osage_script", 4.5), ("pahawh_hmong", 0.5), ("cree_syllabics", 5.0), ("pollard_script", 4.0)],
}


def entities():
    out = [kgx.Entity(f"writing_system:{s}", kind="item", type="writing_system", label=label, attrs={"year": year})
           for s, label, year, *_ in ITEMS]
    for prefix, table in [("person", PEOPLE), ("script_type", SCRIPT_TYPES), ("language", LANGUAGES),
                          ("script", SCRIPTS), ("country", COUNTRIES)]:
        out += [kgx.Entity(f"{prefix}:{k}", kind="attribute", type=prefix, label=v) for k, v in table.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in RATINGS]
    return out


def rows():
    out = []
    for s, _label, _year, creators, stype, langs, bases, country in ITEMS:
        h = f"writing_system:{s}"
        out += [(h, "created_by", f"person:{p}") for p in creators]
        out.append((h, "classified_as", f"script_type:{stype}"))
        out += [(h, "used_for", f"language:{lang}") for lang in langs]
        out += [(h, "based_on", b) for b in bases]
        if country:
            out.append((h, "originated_in", f"country:{country}"))
    for u, rs in RATINGS.items():
        out += [(f"user:{u}", "rated", f"writing_system:{i}", {"rating": r}) for i, r in rs]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind193")
