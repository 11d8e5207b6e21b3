"""A small graph of real space stations (blind127)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("station",)),
    kgx.Relation("operated_by", phrase="was operated by", inverse_phrase="operated",
                 domain=("station",), range=("country", "agency", "company")),
    kgx.Relation("launched_on", phrase="was launched on", inverse_phrase="carried into orbit",
                 domain=("station",), range=("rocket",)),
    kgx.Relation("launched_from", phrase="was launched from", inverse_phrase="was the launch site of",
                 domain=("station",), range=("spaceport",)),
    kgx.Relation("part_of", phrase="was part of", inverse_phrase="included",
                 domain=("station",), range=("programme",)),
    kgx.Relation("hosted", phrase="hosted", inverse_phrase="lived aboard",
                 domain=("station",), range=("person",)),
    kgx.Relation("has_kind", phrase="is a", inverse_phrase="is the kind of",
                 domain=("station",), range=("kind",)),
]

STATIONS = [
    ("salyut_1", "Salyut 1", 1971),
    ("salyut_2", "Salyut 2", 1973),
    ("kosmos_557", "Kosmos 557", 1973),
    ("skylab", "Skylab", 1973),
    ("salyut_3", "Salyut 3", 1974),
    ("salyut_4", "Salyut 4", 1974),
    ("salyut_5", "Salyut 5", 1976),
    ("salyut_6", "Salyut 6", 1977),
    ("salyut_7", "Salyut 7", 1982),
    ("mir", "Mir", 1986),
    ("iss", "International Space Station", 1998),
    ("genesis_1", "Genesis I", 2006),
    ("genesis_2", "Genesis II", 2007),
    ("tiangong_1", "Tiangong-1", 2011),
    ("tiangong_2", "Tiangong-2", 2016),
    ("tiangong", "Tiangong space station", 2021),
]

ATTRIBUTES = [
    # operators
    ("country:soviet_union", "country", "Soviet Union"),
    ("country:russia", "country", "Russia"),
    ("agency:nasa", "agency", "NASA"),
    ("agency:roscosmos", "agency", "Roscosmos"),
    ("agency:esa", "agency", "ESA"),
    ("agency:jaxa", "agency", "JAXA"),
    ("agency:csa", "agency", "CSA"),
    ("agency:cmsa", "agency", "China Manned Space Agency"),
    ("company:bigelow", "company", "Bigelow Aerospace"),
    # rockets
    ("rocket:proton_k", "rocket", "Proton-K"),
    ("rocket:saturn_v", "rocket", "Saturn V"),
    ("rocket:space_shuttle", "rocket", "Space Shuttle"),
    ("rocket:dnepr", "rocket", "Dnepr"),
    ("rocket:long_march_2f", "rocket", "Long March 2F"),
    ("rocket:long_march_5b", "rocket", "Long March 5B"),
    # spaceports
    ("spaceport:baikonur", "spaceport", "Baikonur Cosmodrome"),
    ("spaceport:kennedy", "spaceport", "Kennedy Space Center"),
    ("spaceport:yasny", "spaceport", "Yasny Launch Base"),
    ("spaceport:jiuquan", "spaceport", "Jiuquan Satellite Launch Center"),
    ("spaceport:wenchang", "spaceport", "Wenchang Spacecraft Launch Site"),
    # programmes
    ("programme:salyut", "programme", "Salyut programme"),
    ("programme:almaz", "programme", "Almaz programme"),
    ("programme:apollo_applications", "programme", "Apollo Applications Program"),
    ("programme:tiangong", "programme", "Tiangong programme"),
    # kinds
    ("kind:civilian_station", "kind", "civilian station"),
    ("kind:military_station", "kind", "military station"),
    ("kind:modular_station", "kind", "modular station"),
    ("kind:space_laboratory", "kind", "space laboratory"),
    ("kind:expandable_habitat", "kind", "expandable habitat"),
    # people who lived aboard
    ("person:georgy_dobrovolsky", "person", "Georgy Dobrovolsky"),
    ("person:vladislav_volkov", "person", "Vladislav Volkov"),
    ("person:viktor_patsayev", "person", "Viktor Patsayev"),
    ("person:pete_conrad", "person", "Pete Conrad"),
    ("person:joseph_kerwin", "person", "Joseph Kerwin"),
    ("person:paul_weitz", "person", "Paul Weitz"),
    ("person:pavel_popovich", "person", "Pavel Popovich"),
    ("person:yuri_artyukhin", "person", "Yuri Artyukhin"),
    ("person:aleksei_gubarev", "person", "Aleksei Gubarev"),
    ("person:georgy_grechko", "person", "Georgy Grechko"),
    ("person:boris_volynov", "person", "Boris Volynov"),
    ("person:vitaly_zholobov", "person", "Vitaly Zholobov"),
    ("person:yuri_romanenko", "person", "Yuri Romanenko"),
    ("person:anatoly_berezovoy", "person", "Anatoly Berezovoy"),
    ("person:valentin_lebedev", "person", "Valentin Lebedev"),
    ("person:svetlana_savitskaya", "person", "Svetlana Savitskaya"),
    ("person:leonid_kizim", "person", "Leonid Kizim"),
    ("person:vladimir_solovyov", "person", "Vladimir Solovyov"),
    ("person:sergei_krikalev", "person", "Sergei Krikalev"),
    ("person:william_shepherd", "person", "William Shepherd"),
    ("person:yuri_gidzenko", "person", "Yuri Gidzenko"),
    ("person:jing_haipeng", "person", "Jing Haipeng"),
    ("person:liu_wang", "person", "Liu Wang"),
    ("person:liu_yang", "person", "Liu Yang"),
    ("person:wang_yaping", "person", "Wang Yaping"),
    ("person:nie_haisheng", "person", "Nie Haisheng"),
    ("person:chen_dong", "person", "Chen Dong"),
    ("person:liu_boming", "person", "Liu Boming"),
    ("person:tang_hongbo", "person", "Tang Hongbo"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"station:{slug}", kind="item", type="station", label=label, attrs={"year": year})
           for slug, label, year in STATIONS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = {
    "salyut_1": {
        "operated_by": ["country:soviet_union"], "launched_on": ["rocket:proton_k"],
        "launched_from": ["spaceport:baikonur"], "part_of": ["programme:salyut"],
        "has_kind": ["kind:civilian_station"],
        "hosted": ["person:georgy_dobrovolsky", "person:vladislav_volkov", "person:viktor_patsayev"],
    },
    "salyut_2": {
        "operated_by": ["country:soviet_union"], "launched_on": ["rocket:proton_k"],
        "launched_from": ["spaceport:baikonur"], "part_of": ["programme:salyut", "programme:almaz"],
        "has_kind": ["kind:military_station"],
    },
    "kosmos_557": {
        "operated_by": ["country:soviet_union"], "launched_on": ["rocket:proton_k"],
        "launched_from": ["spaceport:baikonur"], "part_of": ["programme:salyut"],
        "has_kind": ["kind:civilian_station"],
    },
    "skylab": {
        "operated_by": ["agency:nasa"], "launched_on": ["rocket:saturn_v"],
        "launched_from": ["spaceport:kennedy"], "part_of": ["programme:apollo_applications"],
        "has_kind": ["kind:civilian_station"],
        "hosted": ["person:pete_conrad", "person:joseph_kerwin", "person:paul_weitz"],
    },
    "salyut_3": {
        "operated_by": ["country:soviet_union"], "launched_on": ["rocket:proton_k"],
        "launched_from": ["spaceport:baikonur"], "part_of": ["programme:salyut", "programme:almaz"],
        "has_kind": ["kind:military_station"],
        "hosted": ["person:pavel_popovich", "person:yuri_artyukhin"],
    },
    "salyut_4": {
        "operated_by": ["country:soviet_union"], "launched_on": ["rocket:proton_k"],
        "launched_from": ["spaceport:baikonur"], "part_of": ["programme:salyut"],
        "has_kind": ["kind:civilian_station"],
        "hosted": ["person:aleksei_gubarev", "person:georgy_grechko"],
    },
    "salyut_5": {
        "operated_by": ["country:soviet_union"], "launched_on": ["rocket:proton_k"],
        "launched_from": ["spaceport:baikonur"], "part_of": ["programme:salyut", "programme:almaz"],
        "has_kind": ["kind:military_station"],
        "hosted": ["person:boris_volynov", "person:vitaly_zholobov"],
    },
    "salyut_6": {
        "operated_by": ["country:soviet_union"], "launched_on": ["rocket:proton_k"],
        "launched_from": ["spaceport:baikonur"], "part_of": ["programme:salyut"],
        "has_kind": ["kind:civilian_station"],
        "hosted": ["person:yuri_romanenko", "person:georgy_grechko"],
    },
    "salyut_7": {
        "operated_by": ["country:soviet_union"], "launched_on": ["rocket:proton_k"],
        "launched_from": ["spaceport:baikonur"], "part_of": ["programme:salyut"],
        "has_kind": ["kind:civilian_station"],
        "hosted": ["person:anatoly_berezovoy", "person:valentin_lebedev", "person:svetlana_savitskaya",
                   "person:leonid_kizim", "person:vladimir_solovyov"],
    },
    "mir": {
        "operated_by": ["country:soviet_union", "country:russia"], "launched_on": ["rocket:proton_k"],
        "launched_from": ["spaceport:baikonur"], "has_kind": ["kind:modular_station"],
        "hosted": ["person:leonid_kizim", "person:vladimir_solovyov", "person:sergei_krikalev"],
    },
    "iss": {
        "operated_by": ["agency:nasa", "agency:roscosmos", "agency:esa", "agency:jaxa", "agency:csa"],
        "launched_on": ["rocket:proton_k", "rocket:space_shuttle"],
        "launched_from": ["spaceport:baikonur", "spaceport:kennedy"], "has_kind": ["kind:modular_station"],
        "hosted": ["person:william_shepherd", "person:yuri_gidzenko", "person:sergei_krikalev"],
    },
    "genesis_1": {
        "operated_by": ["company:bigelow"], "launched_on": ["rocket:dnepr"],
        "launched_from": ["spaceport:yasny"], "has_kind": ["kind:expandable_habitat"],
    },
    "genesis_2": {
        "operated_by": ["company:bigelow"], "launched_on": ["rocket:dnepr"],
        "launched_from": ["spaceport:yasny"], "has_kind": ["kind:expandable_habitat"],
    },
    "tiangong_1": {
        "operated_by": ["agency:cmsa"], "launched_on": ["rocket:long_march_2f"],
        "launched_from": ["spaceport:jiuquan"], "part_of": ["programme:tiangong"],
        "has_kind": ["kind:space_laboratory"],
        "hosted": ["person:jing_haipeng", "person:liu_wang", "person:liu_yang",
                   "person:nie_haisheng", "person:wang_yaping"],
    },
    "tiangong_2": {
        "operated_by": ["agency:cmsa"], "launched_on": ["rocket:long_march_2f"],
        "launched_from": ["spaceport:jiuquan"], "part_of": ["programme:tiangong"],
        "has_kind": ["kind:space_laboratory"],
        "hosted": ["person:jing_haipeng", "person:chen_dong"],
    },
    "tiangong": {
        "operated_by": ["agency:cmsa"], "launched_on": ["rocket:long_march_5b"],
        "launched_from": ["spaceport:wenchang"], "part_of": ["programme:tiangong"],
        "has_kind": ["kind:modular_station"],
        "hosted": ["person:nie_haisheng", "person:liu_boming", "person:tang_hongbo",
                   "person:wang_yaping", "person:jing_haipeng"],
    },
}

RATINGS = {
    "ana": {"mir": 5.0, "iss": 4.5, "skylab": 4.0, "salyut_2": 1.5},
    "ben": {"tiangong_1": 4.0, "tiangong": 5.0, "genesis_1": 2.0, "salyut_7": 3.5},
    "chen": {"salyut_1": 4.5, "salyut_6": 3.0, "kosmos_557": 1.0, "tiangong_2": 4.0},
    "dara": {"skylab": 5.0, "genesis_2": 2.5, "salyut_3": 4.0, "iss": 2.0},
    "emil": {"salyut_4": 4.5, "salyut_5": 2.0, "mir": 3.5, "genesis_1": 5.0},
}


def rows():
    out = []
    for slug, facts in FACTS.items():
        for rel, tails in facts.items():
            for tail in tails:
                out.append((f"station:{slug}", rel, tail))
    for user, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"station:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind127")
