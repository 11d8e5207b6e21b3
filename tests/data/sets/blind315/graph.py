"""A small graph of famous hominin fossils (blind315).

Items are individual fossils (type "fossil"); `year` is the year the fossil was found.
Attributes: species, find sites, countries, discoverers (people), the institutions
that hold the originals, and what kind of fossil each find is (skull, mandible, ...).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("fossil",)),
    kgx.Relation("specimen_of", phrase="is a specimen of", inverse_phrase="is represented by",
                 domain=("fossil",), range=("species",)),
    kgx.Relation("found_at", phrase="was found at", inverse_phrase="yielded",
                 domain=("fossil",), range=("site",)),
    kgx.Relation("discovered_by", phrase="was discovered by", inverse_phrase="discovered",
                 domain=("fossil",), range=("person",)),
    kgx.Relation("housed_at", phrase="is kept at", inverse_phrase="holds",
                 domain=("fossil",), range=("institution",)),
    kgx.Relation("located_in", phrase="lies in", inverse_phrase="is home to",
                 domain=("site",), range=("country",)),
    kgx.Relation("fossil_kind", phrase="is a", inverse_phrase="is what survives of",
                 domain=("fossil",), range=("element",)),
]

# slug, label, year found
FOSSILS = [
    ("taung_child", "Taung Child", 1924),
    ("lucy", "Lucy", 1974),
    ("turkana_boy", "Turkana Boy", 1984),
    ("mrs_ples", "Mrs. Ples", 1947),
    ("peking_man", "Peking Man", 1929),
    ("java_man", "Java Man", 1891),
    ("lb1", "LB1", 2003),
    ("neanderthal_1", "Neanderthal 1", 1856),
    ("la_chapelle_1", "La Chapelle-aux-Saints 1", 1908),
    ("karabo", "Karabo", 2008),
    ("oh_5", "OH 5", 1959),
    ("oh_7", "OH 7", 1960),
    ("knm_er_1470", "KNM-ER 1470", 1972),
    ("black_skull", "Black Skull", 1985),
    ("ardi", "Ardi", 1994),
    ("selam", "Selam", 2000),
    ("toumai", "Toumaï", 2001),
    ("kabwe_1", "Kabwe 1", 1921),
    ("mauer_1", "Mauer 1", 1907),
    ("dmanisi_skull_5", "Dmanisi Skull 5", 2005),
]

SPECIES = {
    "australopithecus_africanus": "Australopithecus africanus",
    "australopithecus_afarensis": "Australopithecus afarensis",
    "australopithecus_sediba": "Australopithecus sediba",
    "homo_erectus": "Homo erectus",
    "homo_floresiensis": "Homo floresiensis",
    "homo_neanderthalensis": "Homo neanderthalensis",
    "homo_habilis": "Homo habilis",
    "homo_rudolfensis": "Homo rudolfensis",
    "homo_heidelbergensis": "Homo heidelbergensis",
    "paranthropus_boisei": "Paranthropus boisei",
    "paranthropus_aethiopicus": "Paranthropus aethiopicus",
    "ardipithecus_ramidus": "Ardipithecus ramidus",
    "sahelanthropus_tchadensis": "Sahelanthropus tchadensis",
}

SITES = {
    "taung": "Taung",
    "hadar": "Hadar",
    "west_turkana": "West Turkana",
    "sterkfontein": "Sterkfontein",
    "zhoukoudian": "Zhoukoudian",
    "trinil": "Trinil",
    "liang_bua": "Liang Bua",
    "feldhofer_cave": "Feldhofer Cave",
    "la_chapelle_aux_saints": "La Chapelle-aux-Saints",
    "malapa": "Malapa",
    "olduvai_gorge": "Olduvai Gorge",
    "koobi_fora": "Koobi Fora",
    "aramis": "Aramis",
    "dikika": "Dikika",
    "toros_menalla": "Toros-Menalla",
    "kabwe": "Kabwe",
    "mauer": "Mauer",
    "dmanisi": "Dmanisi",
}

COUNTRIES = {
    "south_africa": "South Africa",
    "ethiopia": "Ethiopia",
    "kenya": "Kenya",
    "tanzania": "Tanzania",
    "china": "China",
    "indonesia": "Indonesia",
    "germany": "Germany",
    "france": "France",
    "chad": "Chad",
    "zambia": "Zambia",
    "georgia": "Georgia",
}

PEOPLE = {
    "raymond_dart": "Raymond Dart",
    "donald_johanson": "Donald Johanson",
    "kamoya_kimeu": "Kamoya Kimeu",
    "robert_broom": "Robert Broom",
    "john_t_robinson": "John T. Robinson",
    "pei_wenzhong": "Pei Wenzhong",
    "eugene_dubois": "Eugène Dubois",
    "johann_carl_fuhlrott": "Johann Carl Fuhlrott",
    "amedee_bouyssonie": "Amédée Bouyssonie",
    "jean_bouyssonie": "Jean Bouyssonie",
    "matthew_berger": "Matthew Berger",
    "mary_leakey": "Mary Leakey",
    "jonathan_leakey": "Jonathan Leakey",
    "bernard_ngeneo": "Bernard Ngeneo",
    "alan_walker": "Alan Walker",
    "yohannes_haile_selassie": "Yohannes Haile-Selassie",
    "zeresenay_alemseged": "Zeresenay Alemseged",
    "ahounta_djimdoumalbaye": "Ahounta Djimdoumalbaye",
    "tom_zwiglaar": "Tom Zwiglaar",
    "daniel_hartmann": "Daniel Hartmann",
}

INSTITUTIONS = {
    "wits": "University of the Witwatersrand",
    "national_museum_of_ethiopia": "National Museum of Ethiopia",
    "national_museums_of_kenya": "National Museums of Kenya",
    "ditsong_museum": "Ditsong National Museum of Natural History",
    "naturalis": "Naturalis Biodiversity Center",
    "lvr_landesmuseum_bonn": "LVR-LandesMuseum Bonn",
    "mnhn_paris": "Muséum national d'Histoire naturelle",
    "national_museum_of_tanzania": "National Museum of Tanzania",
    "nhm_london": "Natural History Museum, London",
    "heidelberg_university": "Heidelberg University",
    "georgian_national_museum": "Georgian National Museum",
}

# what kind of fossil each find is (lower-case labels)
ELEMENTS = {
    "skull": "skull",
    "cranium": "cranium",
    "skullcap": "skullcap",
    "mandible": "mandible",
    "skeleton": "skeleton",
    "partial_skeleton": "partial skeleton",
}

KIND_OF = {
    "taung_child": "skull",
    "lucy": "partial_skeleton",
    "turkana_boy": "skeleton",
    "mrs_ples": "cranium",
    "peking_man": "skullcap",
    "java_man": "skullcap",
    "lb1": "partial_skeleton",
    "neanderthal_1": "skullcap",
    "la_chapelle_1": "skeleton",
    "karabo": "partial_skeleton",
    "oh_5": "cranium",
    "knm_er_1470": "cranium",
    "black_skull": "cranium",
    "ardi": "partial_skeleton",
    "selam": "partial_skeleton",
    "toumai": "cranium",
    "kabwe_1": "cranium",
    "mauer_1": "mandible",
    "dmanisi_skull_5": "skull",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]

# fossil slug -> (species, site, [discoverers], institution or None)
FACTS = {
    "taung_child": ("australopithecus_africanus", "taung", ["raymond_dart"], "wits"),
    "lucy": ("australopithecus_afarensis", "hadar", ["donald_johanson"], "national_museum_of_ethiopia"),
    "turkana_boy": ("homo_erectus", "west_turkana", ["kamoya_kimeu"], "national_museums_of_kenya"),
    "mrs_ples": ("australopithecus_africanus", "sterkfontein", ["robert_broom", "john_t_robinson"], "ditsong_museum"),
    "peking_man": ("homo_erectus", "zhoukoudian", ["pei_wenzhong"], None),
    "java_man": ("homo_erectus", "trinil", ["eugene_dubois"], "naturalis"),
    "lb1": ("homo_floresiensis", "liang_bua", [], None),
    "neanderthal_1": ("homo_neanderthalensis", "feldhofer_cave", ["johann_carl_fuhlrott"], "lvr_landesmuseum_bonn"),
    "la_chapelle_1": ("homo_neanderthalensis", "la_chapelle_aux_saints", ["amedee_bouyssonie", "jean_bouyssonie"], "mnhn_paris"),
    "karabo": ("australopithecus_sediba", "malapa", ["matthew_berger"], "wits"),
    "oh_5": ("paranthropus_boisei", "olduvai_gorge", ["mary_leakey"], "national_museum_of_tanzania"),
    "oh_7": ("homo_habilis", "olduvai_gorge", ["jonathan_leakey"], None),
    "knm_er_1470": ("homo_rudolfensis", "koobi_fora", ["bernard_ngeneo"], "national_museums_of_kenya"),
    "black_skull": ("paranthropus_aethiopicus", "west_turkana", ["alan_walker"], "national_museums_of_kenya"),
    "ardi": ("ardipithecus_ramidus", "aramis", ["yohannes_haile_selassie"], "national_museum_of_ethiopia"),
    "selam": ("australopithecus_afarensis", "dikika", ["zeresenay_alemseged"], "national_museum_of_ethiopia"),
    "toumai": ("sahelanthropus_tchadensis", "toros_menalla", ["ahounta_djimdoumalbaye"], None),
    "kabwe_1": ("homo_heidelbergensis", "kabwe", ["tom_zwiglaar"], "nhm_london"),
    "mauer_1": ("homo_heidelbergensis", "mauer", ["daniel_hartmann"], "heidelberg_university"),
    "dmanisi_skull_5": ("homo_erectus", "dmanisi", [], "georgian_national_museum"),
}

SITE_COUNTRY = {
    "taung": "south_africa",
    "hadar": "ethiopia",
    "west_turkana": "kenya",
    "sterkfontein": "south_africa",
    "zhoukoudian": "china",
    "trinil": "indonesia",
    "liang_bua": "indonesia",
    "feldhofer_cave": "germany",
    "la_chapelle_aux_saints": "france",
    "malapa": "south_africa",
    "olduvai_gorge": "tanzania",
    "koobi_fora": "kenya",
    "aramis": "ethiopia",
    "dikika": "ethiopia",
    "toros_menalla": "chad",
    "kabwe": "zambia",
    "mauer": "germany",
    "dmanisi": "georgia",
}

RATINGS = {
    "ana": {"lucy": 5.0, "taung_child": 4.5, "lb1": 2.0, "peking_man": 3.5},
    "ben": {"turkana_boy": 4.0, "neanderthal_1": 1.0, "ardi": 5.0, "black_skull": 3.0},
    "chen": {"karabo": 4.5, "toumai": 1.5, "java_man": 4.0, "mrs_ples": 2.5},
    "dara": {"oh_5": 5.0, "la_chapelle_1": 2.0, "selam": 4.5, "kabwe_1": 3.0},
    "emil": {"dmanisi_skull_5": 4.0, "mauer_1": 0.5, "knm_er_1470": 5.0, "oh_7": 2.0},
}


def entities():
    out = []
    for slug, label, year in FOSSILS:
        out.append(kgx.Entity(f"fossil:{slug}", kind="item", type="fossil", label=label,
                              attrs={"year": year}))
    for prefix, table in (("species", SPECIES), ("site", SITES), ("country", COUNTRIES),
                          ("person", PEOPLE), ("institution", INSTITUTIONS),
                          ("element", ELEMENTS)):
        for slug, label in table.items():
            out.append(kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=prefix, label=label))
    for name in USERS:
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


def rows():
    out = []
    for slug, (species, site, people, institution) in FACTS.items():
        f = f"fossil:{slug}"
        out.append((f, "specimen_of", f"species:{species}"))
        out.append((f, "found_at", f"site:{site}"))
        for p in people:
            out.append((f, "discovered_by", f"person:{p}"))
        if institution:
            out.append((f, "housed_at", f"institution:{institution}"))
    for slug, kind in KIND_OF.items():
        out.append((f"fossil:{slug}", "fossil_kind", f"element:{kind}"))
    for site, country in SITE_COUNTRY.items():
        out.append((f"site:{site}", "located_in", f"country:{country}"))
    for user, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"fossil:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind315")
