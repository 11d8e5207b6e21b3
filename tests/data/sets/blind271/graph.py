"""blind271: a small graph of real sauces (condiments, hot sauces, classic French sauces)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("sauce",)),
    kgx.Relation("created_by", phrase="was created by", inverse_phrase="created", domain=("sauce",), range=("person",)),
    kgx.Relation("made_by", phrase="is made by", inverse_phrase="makes", domain=("sauce",), range=("company",)),
    kgx.Relation("originated_in", phrase="was first made in", inverse_phrase="is the birthplace of", domain=("sauce",), range=("place",)),
    kgx.Relation("has_ingredient", phrase="contains", inverse_phrase="is an ingredient of", domain=("sauce",), range=("ingredient",)),
    kgx.Relation("has_category", phrase="is a", inverse_phrase="is the category of", domain=("sauce",), range=("category",)),
    kgx.Relation("served_with", phrase="is served with", inverse_phrase="is eaten with", domain=("sauce",), range=("dish",)),
]

_ITEMS = [
    ("sauce:lea_perrins_worcestershire", "Lea & Perrins Worcestershire Sauce", 1837),
    ("sauce:tabasco", "Tabasco", 1868),
    ("sauce:huy_fong_sriracha", "Huy Fong Sriracha", 1980),
    ("sauce:bearnaise", "Béarnaise sauce", 1836),
    ("sauce:heinz_ketchup", "Heinz Tomato Ketchup", 1876),
    ("sauce:hp_sauce", "HP Sauce", 1895),
    ("sauce:pesto_genovese", "Pesto alla genovese", 1863),
    ("sauce:franks_redhot", "Frank's RedHot", 1920),
    ("sauce:buffalo_sauce", "Buffalo sauce", 1964),
    ("sauce:texas_pete", "Texas Pete", 1929),
    ("sauce:maggi_seasoning", "Maggi Seasoning", 1886),
    ("sauce:lee_kum_kee_oyster", "Lee Kum Kee Oyster Sauce", 1888),
    ("sauce:kewpie_mayonnaise", "Kewpie Mayonnaise", 1925),
    ("sauce:hellmanns_mayonnaise", "Hellmann's Mayonnaise", 1913),
    ("sauce:hendersons_relish", "Henderson's Relish", 1885),
    ("sauce:valentina", "Valentina", 1960),
    ("sauce:a1_sauce", "A.1. Sauce", 1824),
    ("sauce:sweet_baby_rays", "Sweet Baby Ray's", 1985),
]

_ATTRS = [
    # people
    ("person:john_wheeley_lea", "person", "John Wheeley Lea"),
    ("person:william_henry_perrins", "person", "William Henry Perrins"),
    ("person:edmund_mcilhenny", "person", "Edmund McIlhenny"),
    ("person:david_tran", "person", "David Tran"),
    ("person:henry_john_heinz", "person", "Henry John Heinz"),
    ("person:frederick_gibson_garton", "person", "Frederick Gibson Garton"),
    ("person:jacob_frank", "person", "Jacob Frank"),
    ("person:teressa_bellissimo", "person", "Teressa Bellissimo"),
    ("person:thad_garner", "person", "Thad Garner"),
    ("person:julius_maggi", "person", "Julius Maggi"),
    ("person:lee_kam_sheung", "person", "Lee Kam Sheung"),
    ("person:toichiro_nakashima", "person", "Toichiro Nakashima"),
    ("person:richard_hellmann", "person", "Richard Hellmann"),
    ("person:henry_henderson", "person", "Henry Henderson"),
    ("person:henderson_william_brand", "person", "Henderson William Brand"),
    ("person:larry_raymond", "person", "Larry Raymond"),
    # companies
    ("company:lea_and_perrins", "company", "Lea & Perrins"),
    ("company:mcilhenny_company", "company", "McIlhenny Company"),
    ("company:huy_fong_foods", "company", "Huy Fong Foods"),
    ("company:kraft_heinz", "company", "Kraft Heinz"),
    ("company:mccormick", "company", "McCormick"),
    ("company:tw_garner_food_company", "company", "T. W. Garner Food Company"),
    ("company:nestle", "company", "Nestlé"),
    ("company:lee_kum_kee", "company", "Lee Kum Kee"),
    ("company:kewpie_corporation", "company", "Kewpie Corporation"),
    ("company:unilever", "company", "Unilever"),
    ("company:salsas_castillo", "company", "Salsas Castillo"),
    # places
    ("place:worcester", "place", "Worcester"),
    ("place:avery_island", "place", "Avery Island"),
    ("place:los_angeles", "place", "Los Angeles"),
    ("place:saint_germain_en_laye", "place", "Saint-Germain-en-Laye"),
    ("place:pittsburgh", "place", "Pittsburgh"),
    ("place:nottingham", "place", "Nottingham"),
    ("place:genoa", "place", "Genoa"),
    ("place:new_iberia", "place", "New Iberia"),
    ("place:buffalo", "place", "Buffalo"),
    ("place:winston_salem", "place", "Winston-Salem"),
    ("place:kemptthal", "place", "Kemptthal"),
    ("place:nanshui", "place", "Nanshui"),
    ("place:tokyo", "place", "Tokyo"),
    ("place:new_york_city", "place", "New York City"),
    ("place:sheffield", "place", "Sheffield"),
    ("place:guadalajara", "place", "Guadalajara"),
    ("place:london", "place", "London"),
    ("place:chicago", "place", "Chicago"),
    # ingredients
    ("ingredient:anchovy", "ingredient", "anchovy"),
    ("ingredient:tamarind", "ingredient", "tamarind"),
    ("ingredient:vinegar", "ingredient", "vinegar"),
    ("ingredient:tabasco_pepper", "ingredient", "tabasco pepper"),
    ("ingredient:red_jalapeno", "ingredient", "red jalapeño"),
    ("ingredient:garlic", "ingredient", "garlic"),
    ("ingredient:egg_yolk", "ingredient", "egg yolk"),
    ("ingredient:butter", "ingredient", "butter"),
    ("ingredient:tarragon", "ingredient", "tarragon"),
    ("ingredient:tomato", "ingredient", "tomato"),
    ("ingredient:dates", "ingredient", "dates"),
    ("ingredient:basil", "ingredient", "basil"),
    ("ingredient:pine_nuts", "ingredient", "pine nuts"),
    ("ingredient:olive_oil", "ingredient", "olive oil"),
    ("ingredient:cayenne_pepper", "ingredient", "cayenne pepper"),
    ("ingredient:oyster", "ingredient", "oyster"),
    ("ingredient:rice_vinegar", "ingredient", "rice vinegar"),
    ("ingredient:puya_chili", "ingredient", "puya chili"),
    # categories
    ("category:worcestershire_sauce", "category", "Worcestershire sauce"),
    ("category:hot_sauce", "category", "hot sauce"),
    ("category:emulsified_sauce", "category", "emulsified sauce"),
    ("category:ketchup", "category", "ketchup"),
    ("category:brown_sauce", "category", "brown sauce"),
    ("category:pasta_sauce", "category", "pasta sauce"),
    ("category:seasoning_sauce", "category", "seasoning sauce"),
    ("category:oyster_sauce", "category", "oyster sauce"),
    ("category:mayonnaise", "category", "mayonnaise"),
    ("category:steak_sauce", "category", "steak sauce"),
    ("category:barbecue_sauce", "category", "barbecue sauce"),
    # dishes
    ("dish:steak", "dish", "steak"),
    ("dish:chicken_wings", "dish", "chicken wings"),
    ("dish:trofie", "dish", "trofie"),
    ("dish:french_fries", "dish", "french fries"),
    ("dish:oysters", "dish", "oysters"),
    ("dish:ribs", "dish", "ribs"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(i, kind="item", type="sauce", label=lab, attrs={"year": y}) for i, lab, y in _ITEMS]
    out += [kgx.Entity(i, kind="attribute", type=t, label=lab) for i, t, lab in _ATTRS]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


_FACTS = {
    "sauce:lea_perrins_worcestershire": [
        ("created_by", "person:john_wheeley_lea"), ("created_by", "person:william_henry_perrins"),
        ("made_by", "company:lea_and_perrins"), ("originated_in", "place:worcester"),
        ("has_ingredient", "ingredient:anchovy"), ("has_ingredient", "ingredient:tamarind"),
        ("has_ingredient", "ingredient:vinegar"), ("has_category", "category:worcestershire_sauce"),
    ],
    "sauce:tabasco": [
        ("created_by", "person:edmund_mcilhenny"), ("made_by", "company:mcilhenny_company"),
        ("originated_in", "place:avery_island"), ("has_ingredient", "ingredient:tabasco_pepper"),
        ("has_ingredient", "ingredient:vinegar"), ("has_category", "category:hot_sauce"),
        ("served_with", "dish:oysters"),
    ],
    "sauce:huy_fong_sriracha": [
        ("created_by", "person:david_tran"), ("made_by", "company:huy_fong_foods"),
        ("originated_in", "place:los_angeles"), ("has_ingredient", "ingredient:red_jalapeno"),
        ("has_ingredient", "ingredient:garlic"), ("has_ingredient", "ingredient:vinegar"),
        ("has_category", "category:hot_sauce"),
    ],
    "sauce:bearnaise": [
        ("originated_in", "place:saint_germain_en_laye"), ("has_ingredient", "ingredient:egg_yolk"),
        ("has_ingredient", "ingredient:butter"), ("has_ingredient", "ingredient:tarragon"),
        ("has_category", "category:emulsified_sauce"), ("served_with", "dish:steak"),
    ],
    "sauce:heinz_ketchup": [
        ("created_by", "person:henry_john_heinz"), ("made_by", "company:kraft_heinz"),
        ("originated_in", "place:pittsburgh"), ("has_ingredient", "ingredient:tomato"),
        ("has_ingredient", "ingredient:vinegar"), ("has_category", "category:ketchup"),
        ("served_with", "dish:french_fries"),
    ],
    "sauce:hp_sauce": [
        ("created_by", "person:frederick_gibson_garton"), ("made_by", "company:kraft_heinz"),
        ("originated_in", "place:nottingham"), ("has_ingredient", "ingredient:tomato"),
        ("has_ingredient", "ingredient:tamarind"), ("has_ingredient", "ingredient:dates"),
        ("has_ingredient", "ingredient:vinegar"), ("has_category", "category:brown_sauce"),
    ],
    "sauce:pesto_genovese": [
        ("originated_in", "place:genoa"), ("has_ingredient", "ingredient:basil"),
        ("has_ingredient", "ingredient:pine_nuts"), ("has_ingredient", "ingredient:garlic"),
        ("has_ingredient", "ingredient:olive_oil"), ("has_category", "category:pasta_sauce"),
        ("served_with", "dish:trofie"),
    ],
    "sauce:franks_redhot": [
        ("created_by", "person:jacob_frank"), ("made_by", "company:mccormick"),
        ("originated_in", "place:new_iberia"), ("has_ingredient", "ingredient:cayenne_pepper"),
        ("has_ingredient", "ingredient:vinegar"), ("has_ingredient", "ingredient:garlic"),
        ("has_category", "category:hot_sauce"),
    ],
    "sauce:buffalo_sauce": [
        ("created_by", "person:teressa_bellissimo"), ("originated_in", "place:buffalo"),
        ("has_ingredient", "ingredient:cayenne_pepper"), ("has_ingredient", "ingredient:butter"),
        ("has_category", "category:hot_sauce"), ("served_with", "dish:chicken_wings"),
    ],
    "sauce:texas_pete": [
        ("created_by", "person:thad_garner"), ("made_by", "company:tw_garner_food_company"),
        ("originated_in", "place:winston_salem"), ("has_ingredient", "ingredient:vinegar"),
        ("has_category", "category:hot_sauce"),
    ],
    "sauce:maggi_seasoning": [
        ("created_by", "person:julius_maggi"), ("made_by", "company:nestle"),
        ("originated_in", "place:kemptthal"), ("has_category", "category:seasoning_sauce"),
    ],
    "sauce:lee_kum_kee_oyster": [
        ("created_by", "person:lee_kam_sheung"), ("made_by", "company:lee_kum_kee"),
        ("originated_in", "place:nanshui"), ("has_ingredient", "ingredient:oyster"),
        ("has_category", "category:oyster_sauce"),
    ],
    "sauce:kewpie_mayonnaise": [
        ("created_by", "person:toichiro_nakashima"), ("made_by", "company:kewpie_corporation"),
        ("originated_in", "place:tokyo"), ("has_ingredient", "ingredient:egg_yolk"),
        ("has_ingredient", "ingredient:rice_vinegar"), ("has_category", "category:mayonnaise"),
    ],
    "sauce:hellmanns_mayonnaise": [
        ("created_by", "person:richard_hellmann"), ("made_by", "company:unilever"),
        ("originated_in", "place:new_york_city"), ("has_ingredient", "ingredient:egg_yolk"),
        ("has_ingredient", "ingredient:vinegar"), ("has_category", "category:mayonnaise"),
    ],
    "sauce:hendersons_relish": [
        ("created_by", "person:henry_henderson"), ("originated_in", "place:sheffield"),
        ("has_ingredient", "ingredient:vinegar"), ("has_ingredient", "ingredient:cayenne_pepper"),
        ("has_category", "category:worcestershire_sauce"),
    ],
    "sauce:valentina": [
        ("made_by", "company:salsas_castillo"), ("originated_in", "place:guadalajara"),
        ("has_ingredient", "ingredient:puya_chili"), ("has_ingredient", "ingredient:vinegar"),
        ("has_category", "category:hot_sauce"),
    ],
    "sauce:a1_sauce": [
        ("created_by", "person:henderson_william_brand"), ("made_by", "company:kraft_heinz"),
        ("originated_in", "place:london"), ("has_ingredient", "ingredient:tomato"),
        ("has_category", "category:steak_sauce"), ("served_with", "dish:steak"),
    ],
    "sauce:sweet_baby_rays": [
        ("created_by", "person:larry_raymond"), ("originated_in", "place:chicago"),
        ("has_category", "category:barbecue_sauce"), ("served_with", "dish:ribs"),
    ],
}

_RATINGS = {
    "user:ana": [("sauce:tabasco", 4.5), ("sauce:hp_sauce", 2.0), ("sauce:pesto_genovese", 5.0), ("sauce:kewpie_mayonnaise", 3.5)],
    "user:ben": [("sauce:huy_fong_sriracha", 5.0), ("sauce:heinz_ketchup", 3.0), ("sauce:bearnaise", 4.0), ("sauce:franks_redhot", 1.5)],
    "user:chen": [("sauce:lee_kum_kee_oyster", 4.5), ("sauce:maggi_seasoning", 4.0), ("sauce:lea_perrins_worcestershire", 2.5), ("sauce:buffalo_sauce", 1.0)],
    "user:dara": [("sauce:hellmanns_mayonnaise", 2.0), ("sauce:sweet_baby_rays", 4.5), ("sauce:valentina", 5.0), ("sauce:a1_sauce", 3.0)],
    "user:emil": [("sauce:hendersons_relish", 4.0), ("sauce:texas_pete", 0.5), ("sauce:tabasco", 3.5), ("sauce:kewpie_mayonnaise", 5.0)],
}


def rows():
    out = []
    for head, facts in _FACTS.items():
        for rel, tail in facts:
            out.append((head, rel, tail))
    for user, ratings in _RATINGS.items():
        for item, r in ratings:
            out.append((user, "rated", item, {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind271")
