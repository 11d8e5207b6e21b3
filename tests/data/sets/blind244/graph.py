"""A small pasta dishes graph (blind244)."""
import kgexplain as kgx

D = ("pasta_dish",)

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=D),
    kgx.Relation("originated_in", phrase="originated in", inverse_phrase="is the birthplace of",
                 domain=D, range=("city", "village", "region", "country")),
    kgx.Relation("credited_to", phrase="is credited to", inverse_phrase="is credited with creating",
                 domain=D, range=("person",)),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="gave its name to",
                 domain=D, range=("person",)),
    kgx.Relation("uses_pasta", phrase="is made with the pasta", inverse_phrase="is the pasta of",
                 domain=D, range=("pasta_shape",)),
    kgx.Relation("key_ingredient", phrase="has the key ingredient", inverse_phrase="is a key ingredient of",
                 domain=D, range=("ingredient",)),
    kgx.Relation("first_served_at", phrase="was first served at", inverse_phrase="first served",
                 domain=D, range=("restaurant", "hotel")),
    kgx.Relation("produced_by", phrase="is produced by", inverse_phrase="produces",
                 domain=D, range=("company",)),
]

DISHES = [
    ("fettuccine_alfredo", "Fettuccine Alfredo", 1908),
    ("spaghetti_alla_carbonara", "Spaghetti alla carbonara", 1950),
    ("spaghetti_alla_nerano", "Spaghetti alla Nerano", 1952),
    ("spaghetti_all_assassina", "Spaghetti all'assassina", 1967),
    ("pasta_primavera", "Pasta primavera", 1975),
    ("chicken_tetrazzini", "Chicken Tetrazzini", 1910),
    ("macaroni_and_cheese", "Macaroni and cheese", 1769),
    ("cincinnati_chili", "Cincinnati chili", 1922),
    ("kraft_macaroni_and_cheese", "Kraft Macaroni & Cheese", 1937),
    ("spaghettios", "SpaghettiOs", 1965),
    ("hamburger_helper", "Hamburger Helper", 1971),
    ("annies_shells_and_white_cheddar", "Annie's Shells & White Cheddar", 1989),
    ("tagliatelle_al_ragu", "Tagliatelle al ragù", 1982),
    ("tortellini_in_brodo", "Tortellini in brodo", 1974),
    ("spaghetti_alla_puttanesca", "Spaghetti alla puttanesca", 1961),
]

ATTRS = [
    # places
    ("city:rome", "city", "Rome"),
    ("city:bari", "city", "Bari"),
    ("city:bologna", "city", "Bologna"),
    ("city:new_york_city", "city", "New York City"),
    ("city:san_francisco", "city", "San Francisco"),
    ("city:cincinnati", "city", "Cincinnati"),
    ("village:nerano", "village", "Nerano"),
    ("region:campania", "region", "Campania"),
    ("country:england", "country", "England"),
    # people
    ("person:alfredo_di_lelio", "person", "Alfredo di Lelio"),
    ("person:maria_grazia", "person", "Maria Grazia"),
    ("person:enzo_francavilla", "person", "Enzo Francavilla"),
    ("person:sirio_maccioni", "person", "Sirio Maccioni"),
    ("person:ernest_arbogast", "person", "Ernest Arbogast"),
    ("person:luisa_tetrazzini", "person", "Luisa Tetrazzini"),
    ("person:tom_kiradjieff", "person", "Tom Kiradjieff"),
    ("person:john_kiradjieff", "person", "John Kiradjieff"),
    ("person:donald_goerke", "person", "Donald Goerke"),
    ("person:annie_withey", "person", "Annie Withey"),
    ("person:sandro_petti", "person", "Sandro Petti"),
    # restaurants and hotels
    ("restaurant:al_sorso_preferito", "restaurant", "Al Sorso Preferito"),
    ("restaurant:le_cirque", "restaurant", "Le Cirque"),
    ("restaurant:empress", "restaurant", "Empress"),
    ("hotel:palace_hotel", "hotel", "Palace Hotel"),
    # companies
    ("company:kraft", "company", "Kraft"),
    ("company:campbell_soup_company", "company", "Campbell Soup Company"),
    ("company:general_mills", "company", "General Mills"),
    ("company:annies_homegrown", "company", "Annie's Homegrown"),
    # pasta shapes
    ("pasta_shape:fettuccine", "pasta_shape", "Fettuccine"),
    ("pasta_shape:spaghetti", "pasta_shape", "Spaghetti"),
    ("pasta_shape:macaroni", "pasta_shape", "Macaroni"),
    ("pasta_shape:shells", "pasta_shape", "Shells"),
    ("pasta_shape:tagliatelle", "pasta_shape", "Tagliatelle"),
    ("pasta_shape:tortellini", "pasta_shape", "Tortellini"),
    # ingredients
    ("ingredient:butter", "ingredient", "Butter"),
    ("ingredient:parmigiano_reggiano", "ingredient", "Parmigiano-Reggiano"),
    ("ingredient:guanciale", "ingredient", "Guanciale"),
    ("ingredient:egg", "ingredient", "Egg"),
    ("ingredient:pecorino_romano", "ingredient", "Pecorino Romano"),
    ("ingredient:zucchini", "ingredient", "Zucchini"),
    ("ingredient:provolone_del_monaco", "ingredient", "Provolone del Monaco"),
    ("ingredient:tomato", "ingredient", "Tomato"),
    ("ingredient:chili_pepper", "ingredient", "Chili pepper"),
    ("ingredient:asparagus", "ingredient", "Asparagus"),
    ("ingredient:broccoli", "ingredient", "Broccoli"),
    ("ingredient:chicken", "ingredient", "Chicken"),
    ("ingredient:mushroom", "ingredient", "Mushroom"),
    ("ingredient:cheddar", "ingredient", "Cheddar"),
    ("ingredient:ground_beef", "ingredient", "Ground beef"),
    ("ingredient:pancetta", "ingredient", "Pancetta"),
    ("ingredient:mortadella", "ingredient", "Mortadella"),
    ("ingredient:olive", "ingredient", "Olive"),
    ("ingredient:caper", "ingredient", "Caper"),
    ("ingredient:anchovy", "ingredient", "Anchovy"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"pasta_dish:{slug}", kind="item", type="pasta_dish", label=label, attrs={"year": year})
           for slug, label, year in DISHES]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRS]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = {
    "fettuccine_alfredo": [
        ("originated_in", "city:rome"),
        ("credited_to", "person:alfredo_di_lelio"),
        ("named_after", "person:alfredo_di_lelio"),
        ("uses_pasta", "pasta_shape:fettuccine"),
        ("key_ingredient", "ingredient:butter"),
        ("key_ingredient", "ingredient:parmigiano_reggiano"),
    ],
    "spaghetti_alla_carbonara": [
        ("originated_in", "city:rome"),
        ("uses_pasta", "pasta_shape:spaghetti"),
        ("key_ingredient", "ingredient:guanciale"),
        ("key_ingredient", "ingredient:egg"),
        ("key_ingredient", "ingredient:pecorino_romano"),
    ],
    "spaghetti_alla_nerano": [
        ("originated_in", "village:nerano"),
        ("credited_to", "person:maria_grazia"),
        ("uses_pasta", "pasta_shape:spaghetti"),
        ("key_ingredient", "ingredient:zucchini"),
        ("key_ingredient", "ingredient:provolone_del_monaco"),
    ],
    "spaghetti_all_assassina": [
        ("originated_in", "city:bari"),
        ("credited_to", "person:enzo_francavilla"),
        ("first_served_at", "restaurant:al_sorso_preferito"),
        ("uses_pasta", "pasta_shape:spaghetti"),
        ("key_ingredient", "ingredient:tomato"),
        ("key_ingredient", "ingredient:chili_pepper"),
    ],
    "pasta_primavera": [
        ("originated_in", "city:new_york_city"),
        ("credited_to", "person:sirio_maccioni"),
        ("first_served_at", "restaurant:le_cirque"),
        ("uses_pasta", "pasta_shape:spaghetti"),
        ("key_ingredient", "ingredient:zucchini"),
        ("key_ingredient", "ingredient:asparagus"),
        ("key_ingredient", "ingredient:broccoli"),
    ],
    "chicken_tetrazzini": [
        ("originated_in", "city:san_francisco"),
        ("credited_to", "person:ernest_arbogast"),
        ("named_after", "person:luisa_tetrazzini"),
        ("first_served_at", "hotel:palace_hotel"),
        ("uses_pasta", "pasta_shape:spaghetti"),
        ("key_ingredient", "ingredient:chicken"),
        ("key_ingredient", "ingredient:mushroom"),
    ],
    "macaroni_and_cheese": [
        ("originated_in", "country:england"),
        ("uses_pasta", "pasta_shape:macaroni"),
        ("key_ingredient", "ingredient:cheddar"),
    ],
    "cincinnati_chili": [
        ("originated_in", "city:cincinnati"),
        ("credited_to", "person:tom_kiradjieff"),
        ("credited_to", "person:john_kiradjieff"),
        ("first_served_at", "restaurant:empress"),
        ("uses_pasta", "pasta_shape:spaghetti"),
        ("key_ingredient", "ingredient:ground_beef"),
        ("key_ingredient", "ingredient:cheddar"),
    ],
    "kraft_macaroni_and_cheese": [
        ("produced_by", "company:kraft"),
        ("uses_pasta", "pasta_shape:macaroni"),
    ],
    "spaghettios": [
        ("produced_by", "company:campbell_soup_company"),
        ("credited_to", "person:donald_goerke"),
        ("key_ingredient", "ingredient:tomato"),
    ],
    "hamburger_helper": [
        ("produced_by", "company:general_mills"),
        ("key_ingredient", "ingredient:ground_beef"),
    ],
    "annies_shells_and_white_cheddar": [
        ("produced_by", "company:annies_homegrown"),
        ("credited_to", "person:annie_withey"),
        ("uses_pasta", "pasta_shape:shells"),
        ("key_ingredient", "ingredient:cheddar"),
    ],
    "tagliatelle_al_ragu": [
        ("originated_in", "city:bologna"),
        ("uses_pasta", "pasta_shape:tagliatelle"),
        ("key_ingredient", "ingredient:ground_beef"),
        ("key_ingredient", "ingredient:pancetta"),
        ("key_ingredient", "ingredient:tomato"),
    ],
    "tortellini_in_brodo": [
        ("originated_in", "city:bologna"),
        ("uses_pasta", "pasta_shape:tortellini"),
        ("key_ingredient", "ingredient:mortadella"),
        ("key_ingredient", "ingredient:parmigiano_reggiano"),
        ("key_ingredient", "ingredient:egg"),
    ],
    "spaghetti_alla_puttanesca": [
        ("originated_in", "region:campania"),
        ("credited_to", "person:sandro_petti"),
        ("uses_pasta", "pasta_shape:spaghetti"),
        ("key_ingredient", "ingredient:tomato"),
        ("key_ingredient", "ingredient:olive"),
        ("key_ingredient", "ingredient:caper"),
        ("key_ingredient", "ingredient:anchovy"),
    ],
}

RATINGS = {
    "ana": [("fettuccine_alfredo", 5.0), ("spaghetti_alla_carbonara", 4.5),
            ("cincinnati_chili", 1.5), ("spaghettios", 3.0)],
    "ben": [("pasta_primavera", 4.0), ("chicken_tetrazzini", 2.0),
            ("tagliatelle_al_ragu", 5.0), ("hamburger_helper", 1.0)],
    "chen": [("spaghetti_alla_nerano", 4.5), ("spaghetti_all_assassina", 4.0),
             ("kraft_macaroni_and_cheese", 2.5), ("tortellini_in_brodo", 3.5)],
    "dara": [("spaghetti_alla_puttanesca", 5.0), ("annies_shells_and_white_cheddar", 4.0),
             ("macaroni_and_cheese", 0.5), ("spaghetti_alla_carbonara", 2.0)],
    "emil": [("cincinnati_chili", 4.5), ("hamburger_helper", 3.5),
             ("fettuccine_alfredo", 1.0), ("kraft_macaroni_and_cheese", 4.0)],
}


def rows():
    out = []
    for slug, facts in FACTS.items():
        for rel, tail in facts:
            out.append((f"pasta_dish:{slug}", rel, tail))
    for user, ratings in RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{user}", "rated", f"pasta_dish:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind244")
