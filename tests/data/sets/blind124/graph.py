"""blind124: a small graph of national dishes.

Each dish carries a ``year``: the year it received official recognition
(inscription on a UNESCO intangible cultural heritage list, or a national
designation as a national dish).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("dish",)),
    kgx.Relation("national_dish_of", phrase="is a national dish of", inverse_phrase="has as a national dish",
                 domain=("dish",), range=("country",)),
    kgx.Relation("made_with", phrase="is made with", inverse_phrase="is an ingredient of",
                 domain=("dish",), range=("ingredient",)),
    kgx.Relation("dish_kind", phrase="is a kind of", inverse_phrase="includes",
                 domain=("dish",), range=("kind",)),
    kgx.Relation("cooking_method", phrase="is prepared by", inverse_phrase="is the method used for",
                 domain=("dish",), range=("method",)),
    kgx.Relation("served_with", phrase="is served with", inverse_phrase="is served alongside",
                 domain=("dish",), range=("accompaniment",)),
    kgx.Relation("recognised_by", phrase="was recognised by", inverse_phrase="recognised",
                 domain=("dish",), range=("organisation",)),
]

# slug, label, year of recognition, aliases
DISHES = [
    ("kimchi", "Kimchi", 2013, ()),
    ("neapolitan_pizza", "Neapolitan pizza", 2017, ()),
    ("palov", "Palov", 2016, ("Plov",)),
    ("oshi_palav", "Oshi palav", 2016, ()),
    ("dolma", "Dolma", 2017, ()),
    ("keskek", "Keşkek", 2011, ()),
    ("nsima", "Nsima", 2017, ()),
    ("ceebu_jen", "Ceebu jën", 2021, ("Thieboudienne",)),
    ("couscous", "Couscous", 2020, ()),
    ("borscht", "Borscht", 2022, ()),
    ("mansaf", "Mansaf", 2022, ()),
    ("ceviche", "Ceviche", 2023, ()),
    ("tom_yum_kung", "Tom yum kung", 2024, ()),
    ("pupusa", "Pupusa", 2005, ()),
    ("stegt_flaesk", "Stegt flæsk", 2014, ()),
    ("rendang", "Rendang", 2018, ()),
]

COUNTRIES = {
    "south_korea": "South Korea", "italy": "Italy", "uzbekistan": "Uzbekistan", "tajikistan": "Tajikistan",
    "azerbaijan": "Azerbaijan", "turkey": "Turkey", "malawi": "Malawi", "senegal": "Senegal",
    "algeria": "Algeria", "morocco": "Morocco", "tunisia": "Tunisia", "ukraine": "Ukraine",
    "jordan": "Jordan", "peru": "Peru", "thailand": "Thailand", "el_salvador": "El Salvador",
    "denmark": "Denmark", "indonesia": "Indonesia",
}

INGREDIENTS = {
    "napa_cabbage": "Napa cabbage", "red_pepper_flakes": "Red pepper flakes", "tomato": "Tomato",
    "mozzarella": "Mozzarella", "wheat_flour": "Wheat flour", "rice": "Rice", "carrot": "Carrot",
    "mutton": "Mutton", "grape_leaves": "Grape leaves", "minced_meat": "Minced meat", "wheat": "Wheat",
    "maize_flour": "Maize flour", "fish": "Fish", "semolina": "Semolina", "beetroot": "Beetroot",
    "cabbage": "Cabbage", "lamb": "Lamb", "jameed": "Jameed", "lime_juice": "Lime juice",
    "red_onion": "Red onion", "shrimp": "Shrimp", "lemongrass": "Lemongrass", "galangal": "Galangal",
    "masa": "Masa", "cheese": "Cheese", "beans": "Beans", "pork_belly": "Pork belly", "beef": "Beef",
    "coconut_milk": "Coconut milk", "chili_pepper": "Chili pepper",
}

KINDS = {
    "side_dish": "Side dish", "flatbread": "Flatbread", "rice_dish": "Rice dish", "stuffed_dish": "Stuffed dish",
    "porridge": "Porridge", "grain_dish": "Grain dish", "soup": "Soup", "meat_dish": "Meat dish",
    "seafood_dish": "Seafood dish",
}

METHODS = {
    "fermentation": "Fermentation", "baking": "Baking", "boiling": "Boiling", "steaming": "Steaming",
    "marinating": "Marinating", "frying": "Frying", "griddling": "Griddling", "slow_cooking": "Slow cooking",
}

ACCOMPANIMENTS = {
    "steamed_rice": "Steamed rice", "achichuk": "Achichuk", "yogurt": "Yogurt", "relish": "Relish",
    "sour_cream": "Sour cream", "sweet_potato": "Sweet potato", "curtido": "Curtido",
    "tomato_salsa": "Tomato salsa", "parsley_sauce": "Parsley sauce", "boiled_potatoes": "Boiled potatoes",
    "shrak": "Shrak",
}

ORGANISATIONS = {
    "unesco": "UNESCO",
    "legislative_assembly_el_salvador": "Legislative Assembly of El Salvador",
    "danish_ministry_of_food": "Danish Ministry of Food, Agriculture and Fisheries",
    "indonesian_ministry_of_tourism": "Indonesian Ministry of Tourism",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]

FACTS = {
    # dish: {relation: [tail slugs]}
    "kimchi": {"national_dish_of": ["south_korea"], "made_with": ["napa_cabbage", "red_pepper_flakes"],
               "dish_kind": ["side_dish"], "cooking_method": ["fermentation"], "served_with": ["steamed_rice"],
               "recognised_by": ["unesco"]},
    "neapolitan_pizza": {"national_dish_of": ["italy"], "made_with": ["wheat_flour", "tomato", "mozzarella"],
                         "dish_kind": ["flatbread"], "cooking_method": ["baking"], "recognised_by": ["unesco"]},
    "palov": {"national_dish_of": ["uzbekistan"], "made_with": ["rice", "carrot", "mutton"],
              "dish_kind": ["rice_dish"], "served_with": ["achichuk"], "recognised_by": ["unesco"]},
    "oshi_palav": {"national_dish_of": ["tajikistan"], "made_with": ["rice", "carrot", "mutton"],
                   "dish_kind": ["rice_dish"], "recognised_by": ["unesco"]},
    "dolma": {"national_dish_of": ["azerbaijan"], "made_with": ["grape_leaves", "minced_meat", "rice"],
              "dish_kind": ["stuffed_dish"], "served_with": ["yogurt"], "recognised_by": ["unesco"]},
    "keskek": {"national_dish_of": ["turkey"], "made_with": ["wheat", "mutton"], "dish_kind": ["porridge"],
               "recognised_by": ["unesco"]},
    "nsima": {"national_dish_of": ["malawi"], "made_with": ["maize_flour"], "dish_kind": ["porridge"],
              "cooking_method": ["boiling"], "served_with": ["relish"], "recognised_by": ["unesco"]},
    "ceebu_jen": {"national_dish_of": ["senegal"], "made_with": ["fish", "rice", "tomato"],
                  "dish_kind": ["rice_dish"], "recognised_by": ["unesco"]},
    "couscous": {"national_dish_of": ["algeria", "morocco", "tunisia"], "made_with": ["semolina"],
                 "dish_kind": ["grain_dish"], "cooking_method": ["steaming"], "recognised_by": ["unesco"]},
    "borscht": {"national_dish_of": ["ukraine"], "made_with": ["beetroot", "cabbage"], "dish_kind": ["soup"],
                "served_with": ["sour_cream"], "recognised_by": ["unesco"]},
    "mansaf": {"national_dish_of": ["jordan"], "made_with": ["lamb", "jameed", "rice"], "dish_kind": ["meat_dish"],
               "served_with": ["shrak"], "recognised_by": ["unesco"]},
    "ceviche": {"national_dish_of": ["peru"], "made_with": ["fish", "lime_juice", "red_onion", "chili_pepper"],
                "dish_kind": ["seafood_dish"], "cooking_method": ["marinating"],
                "served_with": ["sweet_potato"], "recognised_by": ["unesco"]},
    "tom_yum_kung": {"national_dish_of": ["thailand"],
                     "made_with": ["shrimp", "lemongrass", "galangal", "lime_juice"],
                     "dish_kind": ["soup"], "cooking_method": ["boiling"], "recognised_by": ["unesco"]},
    "pupusa": {"national_dish_of": ["el_salvador"], "made_with": ["masa", "cheese", "beans"],
               "dish_kind": ["flatbread"], "cooking_method": ["griddling"], "served_with": ["curtido", "tomato_salsa"],
               "recognised_by": ["legislative_assembly_el_salvador"]},
    "stegt_flaesk": {"national_dish_of": ["denmark"], "made_with": ["pork_belly"], "dish_kind": ["meat_dish"],
                     "cooking_method": ["frying"], "served_with": ["parsley_sauce", "boiled_potatoes"],
                     "recognised_by": ["danish_ministry_of_food"]},
    "rendang": {"national_dish_of": ["indonesia"], "made_with": ["beef", "coconut_milk", "chili_pepper"],
                "dish_kind": ["meat_dish"], "cooking_method": ["slow_cooking"], "served_with": ["steamed_rice"],
                "recognised_by": ["indonesian_ministry_of_tourism"]},
}

PREFIX = {"national_dish_of": "country", "made_with": "ingredient", "dish_kind": "kind",
          "cooking_method": "method", "served_with": "accompaniment", "recognised_by": "organisation"}

RATINGS = {
    "ana": [("kimchi", 5.0), ("borscht", 4.5), ("ceviche", 1.5), ("palov", 3.0)],
    "ben": [("neapolitan_pizza", 4.0), ("mansaf", 2.0), ("tom_yum_kung", 5.0), ("dolma", 3.5)],
    "chen": [("rendang", 4.5), ("stegt_flaesk", 1.0), ("couscous", 4.0), ("nsima", 2.5)],
    "dara": [("pupusa", 5.0), ("ceebu_jen", 4.0), ("dolma", 0.5), ("keskek", 3.0)],
    "emil": [("oshi_palav", 4.0), ("ceviche", 5.0), ("kimchi", 2.0), ("neapolitan_pizza", 3.5)],
}


def entities():
    out = [kgx.Entity(f"dish:{slug}", kind="item", type="dish", label=label, aliases=tuple(aliases),
                      attrs={"year": year}) for slug, label, year, aliases in DISHES]
    for typ, table in [("country", COUNTRIES), ("ingredient", INGREDIENTS), ("kind", KINDS),
                       ("method", METHODS), ("accompaniment", ACCOMPANIMENTS), ("organisation", ORGANISATIONS)]:
        out += [kgx.Entity(f"{typ}:{slug}", kind="attribute", type=typ, label=label) for slug, label in table.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = []
    for dish, rels in FACTS.items():
        for rel, tails in rels.items():
            out += [(f"dish:{dish}", rel, f"{PREFIX[rel]}:{t}") for t in tails]
    for user, rs in RATINGS.items():
        out += [(f"user:{user}", "rated", f"dish:{d}", {"rating": r}) for d, r in rs]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind124")
