"""A small rivers graph for blind evaluation (blind76).

Items are rivers; each river's ``year`` is the year of the exploration recorded by its
``explored_by`` edge (the expedition that first charted or navigated it for Europeans,
or the best-known early survey of it).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("river",)),
    kgx.Relation("explored_by", phrase="was explored by", inverse_phrase="explored",
                 domain=("river",), range=("person",)),
    kgx.Relation("flows_through", phrase="flows through", inverse_phrase="is crossed by",
                 domain=("river",), range=("country",)),
    kgx.Relation("empties_into", phrase="flows into", inverse_phrase="receives",
                 domain=("river",), range=("water_body", "river")),
    kgx.Relation("passes", phrase="flows past", inverse_phrase="stands on",
                 domain=("river",), range=("city",)),
    kgx.Relation("dammed_by", phrase="is dammed by", inverse_phrase="dams",
                 domain=("river",), range=("dam",)),
    kgx.Relation("has_feature", phrase="has a", inverse_phrase="is a feature of",
                 domain=("river",), range=("landform",)),
]

# slug, label, year, aliases
_RIVERS = [
    ("hudson", "Hudson River", 1609, ()),
    ("st_lawrence", "St. Lawrence River", 1535, ("Saint Lawrence River", "St. Lawrence")),
    ("ottawa", "Ottawa River", 1613, ()),
    ("columbia", "Columbia River", 1792, ("Columbia",)),
    ("snake", "Snake River", 1805, ()),
    ("mackenzie", "Mackenzie River", 1789, ()),
    ("fraser", "Fraser River", 1808, ()),
    ("mississippi", "Mississippi River", 1541, ("Mississippi",)),
    ("missouri", "Missouri River", 1804, ("Missouri",)),
    ("colorado", "Colorado River", 1869, ("Colorado",)),
    ("amazon", "Amazon River", 1542, ("Amazon",)),
    ("orinoco", "Orinoco River", 1800, ("Orinoco",)),
    ("congo", "Congo River", 1877, ("Congo",)),
    ("niger", "Niger River", 1796, ()),
    ("zambezi", "Zambezi River", 1851, ("Zambezi",)),
    ("nile", "Nile", 1862, ("Nile River",)),
    ("mekong", "Mekong", 1866, ("Mekong River",)),
    ("murray", "Murray River", 1830, ("Murray",)),
]

_PEOPLE = {
    "henry_hudson": "Henry Hudson",
    "jacques_cartier": "Jacques Cartier",
    "samuel_de_champlain": "Samuel de Champlain",
    "robert_gray": "Robert Gray",
    "meriwether_lewis": "Meriwether Lewis",
    "william_clark": "William Clark",
    "alexander_mackenzie": "Alexander Mackenzie",
    "simon_fraser": "Simon Fraser",
    "hernando_de_soto": "Hernando de Soto",
    "john_wesley_powell": "John Wesley Powell",
    "francisco_de_orellana": "Francisco de Orellana",
    "alexander_von_humboldt": "Alexander von Humboldt",
    "henry_morton_stanley": "Henry Morton Stanley",
    "mungo_park": "Mungo Park",
    "david_livingstone": "David Livingstone",
    "john_hanning_speke": "John Hanning Speke",
    "francis_garnier": "Francis Garnier",
    "charles_sturt": "Charles Sturt",
}

_COUNTRIES = {
    "united_states": "United States", "canada": "Canada", "mexico": "Mexico",
    "brazil": "Brazil", "peru": "Peru", "colombia": "Colombia", "venezuela": "Venezuela",
    "dr_congo": "Democratic Republic of the Congo", "republic_of_the_congo": "Republic of the Congo",
    "guinea": "Guinea", "mali": "Mali", "niger": "Niger", "nigeria": "Nigeria",
    "zambia": "Zambia", "angola": "Angola", "zimbabwe": "Zimbabwe", "mozambique": "Mozambique",
    "egypt": "Egypt", "sudan": "Sudan", "south_sudan": "South Sudan", "uganda": "Uganda",
    "china": "China", "myanmar": "Myanmar", "laos": "Laos", "thailand": "Thailand",
    "cambodia": "Cambodia", "vietnam": "Vietnam", "australia": "Australia",
}

_WATERS = {
    "atlantic_ocean": "Atlantic Ocean", "pacific_ocean": "Pacific Ocean",
    "indian_ocean": "Indian Ocean", "southern_ocean": "Southern Ocean",
    "gulf_of_mexico": "Gulf of Mexico", "gulf_of_saint_lawrence": "Gulf of Saint Lawrence",
    "gulf_of_california": "Gulf of California", "gulf_of_guinea": "Gulf of Guinea",
    "beaufort_sea": "Beaufort Sea", "strait_of_georgia": "Strait of Georgia",
    "mediterranean_sea": "Mediterranean Sea", "south_china_sea": "South China Sea",
}

_CITIES = {
    "albany": "Albany", "new_york_city": "New York City", "montreal": "Montreal",
    "quebec_city": "Quebec City", "ottawa": "Ottawa", "wenatchee": "Wenatchee",
    "idaho_falls": "Idaho Falls", "prince_george": "Prince George", "st_louis": "St. Louis",
    "memphis": "Memphis", "new_orleans": "New Orleans", "kansas_city": "Kansas City",
    "omaha": "Omaha", "yuma": "Yuma", "iquitos": "Iquitos", "ciudad_bolivar": "Ciudad Bolívar",
    "kinshasa": "Kinshasa", "brazzaville": "Brazzaville", "kisangani": "Kisangani",
    "bamako": "Bamako", "niamey": "Niamey", "tete": "Tete", "cairo": "Cairo",
    "khartoum": "Khartoum", "vientiane": "Vientiane", "phnom_penh": "Phnom Penh",
    "albury": "Albury",
}

_DAMS = {
    "hoover_dam": "Hoover Dam", "glen_canyon_dam": "Glen Canyon Dam",
    "grand_coulee_dam": "Grand Coulee Dam", "aswan_high_dam": "Aswan High Dam",
    "kariba_dam": "Kariba Dam", "cahora_bassa_dam": "Cahora Bassa Dam",
    "fort_peck_dam": "Fort Peck Dam", "kainji_dam": "Kainji Dam", "hume_dam": "Hume Dam",
    "hells_canyon_dam": "Hells Canyon Dam", "xayaburi_dam": "Xayaburi Dam",
    "moses_saunders_dam": "Moses-Saunders Power Dam", "inga_dams": "Inga Dams",
}

_LANDFORMS = {
    "delta": "Delta", "estuary": "Estuary", "waterfall": "Waterfall",
    "canyon": "Canyon", "rapids": "Rapids",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"river:{s}", kind="item", type="river", label=label, aliases=aliases,
                      attrs={"year": year})
           for s, label, year, aliases in _RIVERS]
    for prefix, etype, table in [("person", "person", _PEOPLE), ("country", "country", _COUNTRIES),
                                 ("water", "water_body", _WATERS), ("city", "city", _CITIES),
                                 ("dam", "dam", _DAMS), ("landform", "landform", _LANDFORMS)]:
        out += [kgx.Entity(f"{prefix}:{s}", kind="attribute", type=etype, label=label)
                for s, label in table.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


_EXPLORED = {
    "hudson": ["henry_hudson"], "st_lawrence": ["jacques_cartier"],
    "ottawa": ["samuel_de_champlain"], "columbia": ["robert_gray"],
    "snake": ["meriwether_lewis", "william_clark"], "mackenzie": ["alexander_mackenzie"],
    "fraser": ["simon_fraser"], "mississippi": ["hernando_de_soto"],
    "missouri": ["meriwether_lewis", "william_clark"], "colorado": ["john_wesley_powell"],
    "amazon": ["francisco_de_orellana"], "orinoco": ["alexander_von_humboldt"],
    "congo": ["henry_morton_stanley"], "niger": ["mungo_park"],
    "zambezi": ["david_livingstone"], "nile": ["john_hanning_speke"],
    "mekong": ["francis_garnier"], "murray": ["charles_sturt"],
}

_THROUGH = {
    "hudson": ["united_states"], "st_lawrence": ["canada", "united_states"],
    "ottawa": ["canada"], "columbia": ["canada", "united_states"], "snake": ["united_states"],
    "mackenzie": ["canada"], "fraser": ["canada"], "mississippi": ["united_states"],
    "missouri": ["united_states"], "colorado": ["united_states", "mexico"],
    "amazon": ["peru", "colombia", "brazil"], "orinoco": ["venezuela", "colombia"],
    "congo": ["dr_congo", "republic_of_the_congo"], "niger": ["guinea", "mali", "niger", "nigeria"],
    "zambezi": ["zambia", "angola", "zimbabwe", "mozambique"],
    "nile": ["uganda", "south_sudan", "sudan", "egypt"],
    "mekong": ["china", "myanmar", "laos", "thailand", "cambodia", "vietnam"],
    "murray": ["australia"],
}

_MOUTH = {
    "hudson": "water:atlantic_ocean", "st_lawrence": "water:gulf_of_saint_lawrence",
    "ottawa": "river:st_lawrence", "columbia": "water:pacific_ocean", "snake": "river:columbia",
    "mackenzie": "water:beaufort_sea", "fraser": "water:strait_of_georgia",
    "mississippi": "water:gulf_of_mexico", "missouri": "river:mississippi",
    "colorado": "water:gulf_of_california", "amazon": "water:atlantic_ocean",
    "orinoco": "water:atlantic_ocean", "congo": "water:atlantic_ocean",
    "niger": "water:gulf_of_guinea", "zambezi": "water:indian_ocean",
    "nile": "water:mediterranean_sea", "mekong": "water:south_china_sea",
    "murray": "water:southern_ocean",
}

_PASSES = {
    "hudson": ["albany", "new_york_city"], "st_lawrence": ["montreal", "quebec_city"],
    "ottawa": ["ottawa"], "columbia": ["wenatchee"], "snake": ["idaho_falls"],
    "fraser": ["prince_george"], "mississippi": ["st_louis", "memphis", "new_orleans"],
    "missouri": ["kansas_city", "omaha"], "colorado": ["yuma"], "amazon": ["iquitos"],
    "orinoco": ["ciudad_bolivar"], "congo": ["kisangani", "kinshasa", "brazzaville"],
    "niger": ["bamako", "niamey"], "zambezi": ["tete"], "nile": ["khartoum", "cairo"],
    "mekong": ["vientiane", "phnom_penh"], "murray": ["albury"],
}

_DAMMED = {
    "colorado": ["hoover_dam", "glen_canyon_dam"], "columbia": ["grand_coulee_dam"],
    "nile": ["aswan_high_dam"], "zambezi": ["kariba_dam", "cahora_bassa_dam"],
    "missouri": ["fort_peck_dam"], "niger": ["kainji_dam"], "murray": ["hume_dam"],
    "snake": ["hells_canyon_dam"], "mekong": ["xayaburi_dam"],
    "st_lawrence": ["moses_saunders_dam"], "congo": ["inga_dams"],
}

_FEATURES = {
    "delta": ["mississippi", "nile", "niger", "mekong", "mackenzie", "fraser", "orinoco"],
    "estuary": ["hudson", "st_lawrence", "columbia", "congo"],
    "waterfall": ["zambezi", "snake", "mekong", "ottawa"],
    "canyon": ["colorado", "snake", "fraser"],
    "rapids": ["congo", "st_lawrence"],
}

_RATINGS = {
    "ana": {"amazon": 5.0, "nile": 4.5, "mississippi": 2.0, "hudson": 3.5},
    "ben": {"colorado": 4.0, "snake": 1.5, "columbia": 5.0, "fraser": 3.0},
    "chen": {"mekong": 4.5, "congo": 1.0, "zambezi": 5.0, "niger": 2.5},
    "dara": {"st_lawrence": 4.0, "ottawa": 2.0, "mackenzie": 3.0, "murray": 5.0},
    "emil": {"orinoco": 1.5, "missouri": 4.0, "nile": 2.0, "amazon": 3.5},
}


def rows():
    out = []
    for r, people in _EXPLORED.items():
        out += [(f"river:{r}", "explored_by", f"person:{p}") for p in people]
    for r, countries in _THROUGH.items():
        out += [(f"river:{r}", "flows_through", f"country:{c}") for c in countries]
    for r, mouth in _MOUTH.items():
        out.append((f"river:{r}", "empties_into", mouth))
    for r, cities in _PASSES.items():
        out += [(f"river:{r}", "passes", f"city:{c}") for c in cities]
    for r, dams in _DAMMED.items():
        out += [(f"river:{r}", "dammed_by", f"dam:{d}") for d in dams]
    for f, rivers in _FEATURES.items():
        out += [(f"river:{r}", "has_feature", f"landform:{f}") for r in rivers]
    for u, ratings in _RATINGS.items():
        out += [(f"user:{u}", "rated", f"river:{r}", {"rating": x}) for r, x in ratings.items()]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind76")
