"""blind145: a small graph of real dams (year = year the dam was completed / opened)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("dam",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to", domain=("dam",), range=("country",)),
    kgx.Relation("on_river", phrase="is built on", inverse_phrase="is dammed by", domain=("dam",), range=("river",)),
    kgx.Relation("dam_type", phrase="is a", inverse_phrase="is the design of", domain=("dam",), range=("dam type",)),
    kgx.Relation("operated_by", phrase="is operated by", inverse_phrase="operates", domain=("dam",), range=("operator",)),
    kgx.Relation("impounds", phrase="holds back", inverse_phrase="is held back by", domain=("dam",), range=("reservoir",)),
]

# slug: (label, year)
DAMS = {
    "hoover": ("Hoover Dam", 1936),
    "glen_canyon": ("Glen Canyon Dam", 1966),
    "grand_coulee": ("Grand Coulee Dam", 1942),
    "shasta": ("Shasta Dam", 1945),
    "bonneville": ("Bonneville Dam", 1938),
    "fontana": ("Fontana Dam", 1944),
    "oroville": ("Oroville Dam", 1968),
    "three_gorges": ("Three Gorges Dam", 2006),
    "itaipu": ("Itaipu Dam", 1984),
    "aswan_high": ("Aswan High Dam", 1970),
    "kariba": ("Kariba Dam", 1959),
    "kurobe": ("Kurobe Dam", 1963),
    "contra": ("Contra Dam", 1965),
    "grande_dixence": ("Grande Dixence Dam", 1961),
    "gordon": ("Gordon Dam", 1974),
    "tarbela": ("Tarbela Dam", 1976),
    "ataturk": ("Atatürk Dam", 1990),
    "vajont": ("Vajont Dam", 1959),
}

ATTRIBUTES = [
    # countries
    ("country:usa", "country", "United States"),
    ("country:china", "country", "China"),
    ("country:brazil", "country", "Brazil"),
    ("country:paraguay", "country", "Paraguay"),
    ("country:egypt", "country", "Egypt"),
    ("country:zambia", "country", "Zambia"),
    ("country:zimbabwe", "country", "Zimbabwe"),
    ("country:japan", "country", "Japan"),
    ("country:switzerland", "country", "Switzerland"),
    ("country:australia", "country", "Australia"),
    ("country:pakistan", "country", "Pakistan"),
    ("country:turkey", "country", "Turkey"),
    ("country:italy", "country", "Italy"),
    # rivers
    ("river:colorado", "river", "Colorado River"),
    ("river:columbia", "river", "Columbia River"),
    ("river:sacramento", "river", "Sacramento River"),
    ("river:little_tennessee", "river", "Little Tennessee River"),
    ("river:feather", "river", "Feather River"),
    ("river:yangtze", "river", "Yangtze"),
    ("river:parana", "river", "Paraná River"),
    ("river:nile", "river", "Nile"),
    ("river:zambezi", "river", "Zambezi"),
    ("river:kurobe", "river", "Kurobe River"),
    ("river:verzasca", "river", "Verzasca"),
    ("river:dixence", "river", "Dixence"),
    ("river:gordon", "river", "Gordon River"),
    ("river:indus", "river", "Indus"),
    ("river:euphrates", "river", "Euphrates"),
    ("river:vajont", "river", "Vajont"),
    # dam types
    ("dam_type:arch_gravity", "dam type", "arch-gravity dam"),
    ("dam_type:gravity", "dam type", "gravity dam"),
    ("dam_type:arch", "dam type", "arch dam"),
    ("dam_type:embankment", "dam type", "embankment dam"),
    # operators
    ("operator:usbr", "operator", "Bureau of Reclamation"),
    ("operator:usace", "operator", "U.S. Army Corps of Engineers"),
    ("operator:tva", "operator", "Tennessee Valley Authority"),
    ("operator:cdwr", "operator", "California Department of Water Resources"),
    ("operator:ctg", "operator", "China Three Gorges Corporation"),
    ("operator:itaipu_binacional", "operator", "Itaipu Binacional"),
    ("operator:zra", "operator", "Zambezi River Authority"),
    ("operator:kepco", "operator", "Kansai Electric Power Company"),
    ("operator:grande_dixence_sa", "operator", "Grande Dixence SA"),
    ("operator:hydro_tasmania", "operator", "Hydro Tasmania"),
    ("operator:wapda", "operator", "Water and Power Development Authority"),
    ("operator:dsi", "operator", "State Hydraulic Works"),
    # reservoirs
    ("reservoir:lake_mead", "reservoir", "Lake Mead"),
    ("reservoir:lake_powell", "reservoir", "Lake Powell"),
    ("reservoir:lake_roosevelt", "reservoir", "Franklin D. Roosevelt Lake"),
    ("reservoir:shasta_lake", "reservoir", "Shasta Lake"),
    ("reservoir:fontana_lake", "reservoir", "Fontana Lake"),
    ("reservoir:lake_oroville", "reservoir", "Lake Oroville"),
    ("reservoir:three_gorges", "reservoir", "Three Gorges Reservoir"),
    ("reservoir:lake_nasser", "reservoir", "Lake Nasser"),
    ("reservoir:lake_kariba", "reservoir", "Lake Kariba"),
    ("reservoir:lago_di_vogorno", "reservoir", "Lago di Vogorno"),
    ("reservoir:lac_des_dix", "reservoir", "Lac des Dix"),
    ("reservoir:lake_gordon", "reservoir", "Lake Gordon"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]

FACTS = {
    # dam: (countries, river, dam type or None, operator or None, reservoir or None)
    "hoover": (["usa"], "colorado", "arch_gravity", "usbr", "lake_mead"),
    "glen_canyon": (["usa"], "colorado", "arch_gravity", "usbr", "lake_powell"),
    "grand_coulee": (["usa"], "columbia", "gravity", "usbr", "lake_roosevelt"),
    "shasta": (["usa"], "sacramento", None, "usbr", "shasta_lake"),
    "bonneville": (["usa"], "columbia", "gravity", "usace", None),
    "fontana": (["usa"], "little_tennessee", "gravity", "tva", "fontana_lake"),
    "oroville": (["usa"], "feather", "embankment", "cdwr", "lake_oroville"),
    "three_gorges": (["china"], "yangtze", "gravity", "ctg", "three_gorges"),
    "itaipu": (["brazil", "paraguay"], "parana", None, "itaipu_binacional", None),
    "aswan_high": (["egypt"], "nile", "embankment", None, "lake_nasser"),
    "kariba": (["zambia", "zimbabwe"], "zambezi", "arch", "zra", "lake_kariba"),
    "kurobe": (["japan"], "kurobe", "arch", "kepco", None),
    "contra": (["switzerland"], "verzasca", "arch", None, "lago_di_vogorno"),
    "grande_dixence": (["switzerland"], "dixence", "gravity", "grande_dixence_sa", "lac_des_dix"),
    "gordon": (["australia"], "gordon", "arch", "hydro_tasmania", "lake_gordon"),
    "tarbela": (["pakistan"], "indus", "embankment", "wapda", None),
    "ataturk": (["turkey"], "euphrates", "embankment", "dsi", None),
    "vajont": (["italy"], "vajont", "arch", None, None),
}

RATINGS = {
    "ana": {"hoover": 5.0, "glen_canyon": 4.0, "kariba": 1.5, "contra": 3.0},
    "ben": {"three_gorges": 4.5, "itaipu": 2.0, "grande_dixence": 5.0, "oroville": 1.0},
    "chen": {"kurobe": 4.0, "gordon": 5.0, "aswan_high": 2.5, "vajont": 1.0},
    "dara": {"grand_coulee": 4.5, "bonneville": 3.5, "fontana": 2.0, "shasta": 5.0},
    "emil": {"tarbela": 4.0, "ataturk": 1.5, "hoover": 3.0, "three_gorges": 0.5},
}


def entities():
    out = [kgx.Entity(f"dam:{slug}", kind="item", type="dam", label=label, attrs={"year": year})
           for slug, (label, year) in DAMS.items()]
    out += [kgx.Entity(eid, kind="attribute", type=etype, label=label) for eid, etype, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = []
    for slug, (countries, river, dtype, operator, reservoir) in FACTS.items():
        dam = f"dam:{slug}"
        for c in countries:
            out.append((dam, "located_in", f"country:{c}"))
        out.append((dam, "on_river", f"river:{river}"))
        if dtype:
            out.append((dam, "dam_type", f"dam_type:{dtype}"))
        if operator:
            out.append((dam, "operated_by", f"operator:{operator}"))
        if reservoir:
            out.append((dam, "impounds", f"reservoir:{reservoir}"))
    for user, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"dam:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind145")
