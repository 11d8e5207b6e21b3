"""blind259: a small desserts graph (real desserts, their makers, birthplaces, namesakes, ingredients)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("dessert",)),
    kgx.Relation("created_by", phrase="was created by", inverse_phrase="created", domain=("dessert",), range=("person",)),
    kgx.Relation("originated_in", phrase="originated in", inverse_phrase="is the birthplace of", domain=("dessert",), range=("city",)),
    kgx.Relation("first_served_at", phrase="was first served at", inverse_phrase="first served", domain=("dessert",), range=("venue",)),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=("dessert",), range=("person",)),
    kgx.Relation("has_kind", phrase="is a kind of", inverse_phrase="includes", domain=("dessert",), range=("category",)),
    kgx.Relation("made_with", phrase="is made with", inverse_phrase="is an ingredient of", domain=("dessert",), range=("ingredient",)),
]

ITEMS = [
    ("sachertorte", "Sachertorte", 1832),
    ("dobos_torte", "Dobos torte", 1885),
    ("linzer_torte", "Linzer torte", 1653),
    ("peach_melba", "Peach Melba", 1893),
    ("cherries_jubilee", "Cherries jubilee", 1897),
    ("baked_alaska", "Baked Alaska", 1867),
    ("bananas_foster", "Bananas Foster", 1951),
    ("boston_cream_pie", "Boston cream pie", 1856),
    ("brownie", "Brownie", 1893),
    ("chocolate_chip_cookie", "Chocolate chip cookie", 1938),
    ("chiffon_cake", "Chiffon cake", 1927),
    ("german_chocolate_cake", "German chocolate cake", 1957),
    ("banana_split", "Banana split", 1904),
    ("gateau_saint_honore", "Gâteau Saint-Honoré", 1847),
    ("opera_cake", "Opéra cake", 1955),
    ("kouign_amann", "Kouign-amann", 1860),
    ("mozartkugel", "Mozartkugel", 1890),
    ("eskimo_pie", "Eskimo Pie", 1920),
]

ATTRIBUTES = [
    # people
    ("person:franz_sacher", "person", "Franz Sacher"),
    ("person:jozsef_dobos", "person", "József C. Dobos"),
    ("person:auguste_escoffier", "person", "Auguste Escoffier"),
    ("person:nellie_melba", "person", "Nellie Melba"),
    ("person:charles_ranhofer", "person", "Charles Ranhofer"),
    ("person:paul_blange", "person", "Paul Blangé"),
    ("person:richard_foster", "person", "Richard Foster"),
    ("person:augustine_anezin", "person", "Augustine Anezin"),
    ("person:ruth_wakefield", "person", "Ruth Wakefield"),
    ("person:harry_baker", "person", "Harry Baker"),
    ("person:mrs_george_clay", "person", "Mrs. George Clay"),
    ("person:samuel_german", "person", "Samuel German"),
    ("person:david_strickler", "person", "David Strickler"),
    ("person:saint_honore", "person", "Saint Honoré"),
    ("person:cyriaque_gavillon", "person", "Cyriaque Gavillon"),
    ("person:yves_rene_scordia", "person", "Yves-René Scordia"),
    ("person:paul_furst", "person", "Paul Fürst"),
    ("person:wolfgang_amadeus_mozart", "person", "Wolfgang Amadeus Mozart"),
    ("person:christian_kent_nelson", "person", "Christian Kent Nelson"),
    # cities
    ("city:vienna", "city", "Vienna"),
    ("city:budapest", "city", "Budapest"),
    ("city:linz", "city", "Linz"),
    ("city:london", "city", "London"),
    ("city:new_york_city", "city", "New York City"),
    ("city:new_orleans", "city", "New Orleans"),
    ("city:boston", "city", "Boston"),
    ("city:chicago", "city", "Chicago"),
    ("city:whitman", "city", "Whitman"),
    ("city:los_angeles", "city", "Los Angeles"),
    ("city:dallas", "city", "Dallas"),
    ("city:latrobe", "city", "Latrobe"),
    ("city:paris", "city", "Paris"),
    ("city:douarnenez", "city", "Douarnenez"),
    ("city:salzburg", "city", "Salzburg"),
    ("city:onawa", "city", "Onawa"),
    # venues
    ("venue:savoy_hotel", "venue", "Savoy Hotel"),
    ("venue:delmonicos", "venue", "Delmonico's"),
    ("venue:brennans", "venue", "Brennan's"),
    ("venue:parker_house_hotel", "venue", "Parker House Hotel"),
    ("venue:palmer_house", "venue", "Palmer House"),
    ("venue:toll_house_inn", "venue", "Toll House Inn"),
    ("venue:tassel_pharmacy", "venue", "Tassel Pharmacy"),
    ("venue:dalloyau", "venue", "Dalloyau"),
    # categories
    ("category:cake", "category", "Cake"),
    ("category:tart", "category", "Tart"),
    ("category:ice_cream_dessert", "category", "Ice cream dessert"),
    ("category:flambe", "category", "Flambé"),
    ("category:cookie", "category", "Cookie"),
    ("category:pastry", "category", "Pastry"),
    ("category:confection", "category", "Confection"),
    # ingredients
    ("ingredient:chocolate", "ingredient", "Chocolate"),
    ("ingredient:apricot_jam", "ingredient", "Apricot jam"),
    ("ingredient:caramel", "ingredient", "Caramel"),
    ("ingredient:hazelnut", "ingredient", "Hazelnut"),
    ("ingredient:redcurrant_jam", "ingredient", "Redcurrant jam"),
    ("ingredient:peach", "ingredient", "Peach"),
    ("ingredient:raspberry", "ingredient", "Raspberry"),
    ("ingredient:vanilla_ice_cream", "ingredient", "Vanilla ice cream"),
    ("ingredient:ice_cream", "ingredient", "Ice cream"),
    ("ingredient:cherry", "ingredient", "Cherry"),
    ("ingredient:meringue", "ingredient", "Meringue"),
    ("ingredient:sponge_cake", "ingredient", "Sponge cake"),
    ("ingredient:banana", "ingredient", "Banana"),
    ("ingredient:rum", "ingredient", "Rum"),
    ("ingredient:custard", "ingredient", "Custard"),
    ("ingredient:vegetable_oil", "ingredient", "Vegetable oil"),
    ("ingredient:coconut", "ingredient", "Coconut"),
    ("ingredient:pecan", "ingredient", "Pecan"),
    ("ingredient:choux_pastry", "ingredient", "Choux pastry"),
    ("ingredient:coffee", "ingredient", "Coffee"),
    ("ingredient:almond", "ingredient", "Almond"),
    ("ingredient:butter", "ingredient", "Butter"),
    ("ingredient:marzipan", "ingredient", "Marzipan"),
    ("ingredient:pistachio", "ingredient", "Pistachio"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"dessert:{slug}", kind="item", type="dessert", label=label, attrs={"year": year})
           for slug, label, year in ITEMS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


_FACTS = {
    "sachertorte": {"created_by": ["franz_sacher"], "originated_in": ["vienna"], "named_after": ["franz_sacher"],
                    "has_kind": ["cake"], "made_with": ["chocolate", "apricot_jam"]},
    "dobos_torte": {"created_by": ["jozsef_dobos"], "originated_in": ["budapest"], "named_after": ["jozsef_dobos"],
                    "has_kind": ["cake"], "made_with": ["chocolate", "caramel"]},
    "linzer_torte": {"originated_in": ["linz"], "has_kind": ["tart"], "made_with": ["hazelnut", "redcurrant_jam"]},
    "peach_melba": {"created_by": ["auguste_escoffier"], "originated_in": ["london"], "first_served_at": ["savoy_hotel"],
                    "named_after": ["nellie_melba"], "has_kind": ["ice_cream_dessert"],
                    "made_with": ["peach", "raspberry", "vanilla_ice_cream"]},
    "cherries_jubilee": {"created_by": ["auguste_escoffier"], "has_kind": ["flambe"], "made_with": ["cherry"]},
    "baked_alaska": {"created_by": ["charles_ranhofer"], "originated_in": ["new_york_city"], "first_served_at": ["delmonicos"],
                     "has_kind": ["ice_cream_dessert"], "made_with": ["meringue", "ice_cream", "sponge_cake"]},
    "bananas_foster": {"created_by": ["paul_blange"], "originated_in": ["new_orleans"], "first_served_at": ["brennans"],
                       "named_after": ["richard_foster"], "has_kind": ["flambe"],
                       "made_with": ["banana", "rum", "vanilla_ice_cream"]},
    "boston_cream_pie": {"created_by": ["augustine_anezin"], "originated_in": ["boston"], "first_served_at": ["parker_house_hotel"],
                         "has_kind": ["cake"], "made_with": ["custard", "chocolate"]},
    "brownie": {"originated_in": ["chicago"], "first_served_at": ["palmer_house"], "made_with": ["chocolate"]},
    "chocolate_chip_cookie": {"created_by": ["ruth_wakefield"], "originated_in": ["whitman"], "first_served_at": ["toll_house_inn"],
                              "has_kind": ["cookie"], "made_with": ["chocolate"]},
    "chiffon_cake": {"created_by": ["harry_baker"], "originated_in": ["los_angeles"], "has_kind": ["cake"],
                     "made_with": ["vegetable_oil"]},
    "german_chocolate_cake": {"created_by": ["mrs_george_clay"], "originated_in": ["dallas"], "named_after": ["samuel_german"],
                              "has_kind": ["cake"], "made_with": ["chocolate", "coconut", "pecan"]},
    "banana_split": {"created_by": ["david_strickler"], "originated_in": ["latrobe"], "first_served_at": ["tassel_pharmacy"],
                     "has_kind": ["ice_cream_dessert"], "made_with": ["banana", "ice_cream"]},
    "gateau_saint_honore": {"originated_in": ["paris"], "named_after": ["saint_honore"], "has_kind": ["cake"],
                            "made_with": ["choux_pastry", "caramel"]},
    "opera_cake": {"created_by": ["cyriaque_gavillon"], "originated_in": ["paris"], "first_served_at": ["dalloyau"],
                   "has_kind": ["cake"], "made_with": ["coffee", "almond", "chocolate"]},
    "kouign_amann": {"created_by": ["yves_rene_scordia"], "originated_in": ["douarnenez"], "has_kind": ["pastry"],
                     "made_with": ["butter"]},
    "mozartkugel": {"created_by": ["paul_furst"], "originated_in": ["salzburg"], "named_after": ["wolfgang_amadeus_mozart"],
                    "has_kind": ["confection"], "made_with": ["marzipan", "pistachio", "chocolate"]},
    "eskimo_pie": {"created_by": ["christian_kent_nelson"], "originated_in": ["onawa"], "has_kind": ["ice_cream_dessert"],
                   "made_with": ["chocolate", "vanilla_ice_cream"]},
}

_PREFIX = {"created_by": "person", "named_after": "person", "originated_in": "city", "first_served_at": "venue",
           "has_kind": "category", "made_with": "ingredient"}

RATINGS = {
    "ana": {"sachertorte": 5.0, "peach_melba": 4.5, "brownie": 2.0, "opera_cake": 4.0},
    "ben": {"bananas_foster": 4.0, "banana_split": 1.5, "baked_alaska": 3.0, "chocolate_chip_cookie": 5.0},
    "chen": {"mozartkugel": 4.5, "dobos_torte": 2.0, "kouign_amann": 5.0, "linzer_torte": 3.5},
    "dara": {"boston_cream_pie": 1.0, "german_chocolate_cake": 4.0, "chiffon_cake": 2.5, "eskimo_pie": 4.5},
    "emil": {"cherries_jubilee": 3.0, "gateau_saint_honore": 5.0, "sachertorte": 1.5, "bananas_foster": 4.0},
}


def rows():
    out = []
    for slug, facts in _FACTS.items():
        for rel, tails in facts.items():
            for tail in tails:
                out.append((f"dessert:{slug}", rel, f"{_PREFIX[rel]}:{tail}"))
    for user, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"dessert:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind259")
