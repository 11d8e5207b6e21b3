"""blind220: a small graph of chocolate bars (facts to the best of the writer's knowledge)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("bar",)),
    kgx.Relation("launched_by", phrase="was launched by", inverse_phrase="launched", domain=("bar",), range=("company",)),
    kgx.Relation("created_by", phrase="was created by", inverse_phrase="created", domain=("bar",), range=("person",)),
    kgx.Relation("comes_from", phrase="comes from", inverse_phrase="is the home country of", domain=("bar",), range=("country",)),
    kgx.Relation("first_made_in", phrase="was first made in", inverse_phrase="was the first home of", domain=("bar",), range=("city",)),
    kgx.Relation("contains", phrase="contains", inverse_phrase="is an ingredient of", domain=("bar",), range=("ingredient",)),
    kgx.Relation("chocolate_type", phrase="is made with", inverse_phrase="is used in", domain=("bar",), range=("chocolate",)),
]

BARS = [
    ("bar:hershey_bar", "Hershey's Milk Chocolate Bar", 1900),
    ("bar:dairy_milk", "Cadbury Dairy Milk", 1905),
    ("bar:toblerone", "Toblerone", 1908),
    ("bar:milky_way", "Milky Way", 1923),
    ("bar:snickers", "Snickers", 1930),
    ("bar:mars", "Mars bar", 1932),
    ("bar:kit_kat", "Kit Kat", 1935),
    ("bar:aero", "Aero", 1935),
    ("bar:crunchie", "Crunchie", 1929),
    ("bar:frys_chocolate_cream", "Fry's Chocolate Cream", 1866),
    ("bar:twix", "Twix", 1967),
    ("bar:bounty", "Bounty", 1951),
    ("bar:ritter_sport", "Ritter Sport", 1932),
    ("bar:milka", "Milka", 1901),
    ("bar:baby_ruth", "Baby Ruth", 1921),
    ("bar:butterfinger", "Butterfinger", 1923),
    ("bar:three_musketeers", "3 Musketeers", 1932),
    ("bar:cherry_ripe", "Cherry Ripe", 1924),
]

ATTRIBUTES = [
    # companies
    ("company:hershey", "company", "Hershey Chocolate Company"),
    ("company:cadbury", "company", "Cadbury"),
    ("company:tobler", "company", "Tobler"),
    ("company:mars_inc", "company", "Mars, Incorporated"),
    ("company:mars_ltd", "company", "Mars Limited"),
    ("company:rowntrees", "company", "Rowntree's"),
    ("company:frys", "company", "J. S. Fry & Sons"),
    ("company:ritter", "company", "Alfred Ritter GmbH"),
    ("company:suchard", "company", "Suchard"),
    ("company:curtiss", "company", "Curtiss Candy Company"),
    ("company:macrobertsons", "company", "MacRobertson's"),
    # people
    ("person:milton_hershey", "person", "Milton S. Hershey"),
    ("person:george_cadbury_jr", "person", "George Cadbury Jr."),
    ("person:theodor_tobler", "person", "Theodor Tobler"),
    ("person:emil_baumann", "person", "Emil Baumann"),
    ("person:frank_mars", "person", "Frank C. Mars"),
    ("person:forrest_mars", "person", "Forrest Mars Sr."),
    ("person:clara_ritter", "person", "Clara Ritter"),
    ("person:otto_schnering", "person", "Otto Schnering"),
    # countries
    ("country:usa", "country", "United States"),
    ("country:uk", "country", "United Kingdom"),
    ("country:switzerland", "country", "Switzerland"),
    ("country:germany", "country", "Germany"),
    ("country:australia", "country", "Australia"),
    # cities
    ("city:bournville", "city", "Bournville"),
    ("city:bern", "city", "Bern"),
    ("city:minneapolis", "city", "Minneapolis"),
    ("city:chicago", "city", "Chicago"),
    ("city:slough", "city", "Slough"),
    ("city:york", "city", "York"),
    ("city:bristol", "city", "Bristol"),
    ("city:waldenbuch", "city", "Waldenbuch"),
    ("city:melbourne", "city", "Melbourne"),
    # ingredients
    ("ingredient:nougat", "ingredient", "nougat"),
    ("ingredient:caramel", "ingredient", "caramel"),
    ("ingredient:peanuts", "ingredient", "peanuts"),
    ("ingredient:honey", "ingredient", "honey"),
    ("ingredient:almonds", "ingredient", "almonds"),
    ("ingredient:wafer", "ingredient", "wafer"),
    ("ingredient:honeycomb_toffee", "ingredient", "honeycomb toffee"),
    ("ingredient:fondant", "ingredient", "fondant"),
    ("ingredient:biscuit", "ingredient", "biscuit"),
    ("ingredient:coconut", "ingredient", "coconut"),
    ("ingredient:peanut_butter", "ingredient", "peanut butter"),
    ("ingredient:cherries", "ingredient", "cherries"),
    # chocolate kinds
    ("chocolate:milk", "chocolate", "milk chocolate"),
    ("chocolate:dark", "chocolate", "dark chocolate"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(i, kind="item", type="bar", label=lab, attrs={"year": y}) for i, lab, y in BARS]
    out += [kgx.Entity(i, kind="attribute", type=t, label=lab) for i, t, lab in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = {
    "bar:hershey_bar": [("launched_by", "company:hershey"), ("created_by", "person:milton_hershey"),
                        ("comes_from", "country:usa"), ("chocolate_type", "chocolate:milk")],
    "bar:dairy_milk": [("launched_by", "company:cadbury"), ("created_by", "person:george_cadbury_jr"),
                       ("comes_from", "country:uk"), ("first_made_in", "city:bournville"),
                       ("chocolate_type", "chocolate:milk")],
    "bar:toblerone": [("launched_by", "company:tobler"), ("created_by", "person:theodor_tobler"),
                      ("created_by", "person:emil_baumann"), ("comes_from", "country:switzerland"),
                      ("first_made_in", "city:bern"), ("contains", "ingredient:honey"),
                      ("contains", "ingredient:almonds"), ("contains", "ingredient:nougat"),
                      ("chocolate_type", "chocolate:milk")],
    "bar:milky_way": [("launched_by", "company:mars_inc"), ("created_by", "person:frank_mars"),
                      ("comes_from", "country:usa"), ("first_made_in", "city:minneapolis"),
                      ("contains", "ingredient:nougat"), ("contains", "ingredient:caramel"),
                      ("chocolate_type", "chocolate:milk")],
    "bar:snickers": [("launched_by", "company:mars_inc"), ("created_by", "person:frank_mars"),
                     ("comes_from", "country:usa"), ("first_made_in", "city:chicago"),
                     ("contains", "ingredient:peanuts"), ("contains", "ingredient:nougat"),
                     ("contains", "ingredient:caramel"), ("chocolate_type", "chocolate:milk")],
    "bar:mars": [("launched_by", "company:mars_ltd"), ("created_by", "person:forrest_mars"),
                 ("comes_from", "country:uk"), ("first_made_in", "city:slough"),
                 ("contains", "ingredient:nougat"), ("contains", "ingredient:caramel"),
                 ("chocolate_type", "chocolate:milk")],
    "bar:kit_kat": [("launched_by", "company:rowntrees"), ("comes_from", "country:uk"),
                    ("first_made_in", "city:york"), ("contains", "ingredient:wafer"),
                    ("chocolate_type", "chocolate:milk")],
    "bar:aero": [("launched_by", "company:rowntrees"), ("comes_from", "country:uk"),
                 ("first_made_in", "city:york"), ("chocolate_type", "chocolate:milk")],
    "bar:crunchie": [("launched_by", "company:frys"), ("comes_from", "country:uk"),
                     ("contains", "ingredient:honeycomb_toffee"), ("chocolate_type", "chocolate:milk")],
    "bar:frys_chocolate_cream": [("launched_by", "company:frys"), ("comes_from", "country:uk"),
                                 ("first_made_in", "city:bristol"), ("contains", "ingredient:fondant"),
                                 ("chocolate_type", "chocolate:dark")],
    "bar:twix": [("launched_by", "company:mars_ltd"), ("comes_from", "country:uk"),
                 ("first_made_in", "city:slough"), ("contains", "ingredient:biscuit"),
                 ("contains", "ingredient:caramel"), ("chocolate_type", "chocolate:milk")],
    "bar:bounty": [("launched_by", "company:mars_ltd"), ("comes_from", "country:uk"),
                   ("contains", "ingredient:coconut"), ("chocolate_type", "chocolate:milk"),
                   ("chocolate_type", "chocolate:dark")],
    "bar:ritter_sport": [("launched_by", "company:ritter"), ("created_by", "person:clara_ritter"),
                         ("comes_from", "country:germany"), ("first_made_in", "city:waldenbuch"),
                         ("chocolate_type", "chocolate:milk")],
    "bar:milka": [("launched_by", "company:suchard"), ("comes_from", "country:switzerland"),
                  ("chocolate_type", "chocolate:milk")],
    "bar:baby_ruth": [("launched_by", "company:curtiss"), ("created_by", "person:otto_schnering"),
                      ("comes_from", "country:usa"), ("first_made_in", "city:chicago"),
                      ("contains", "ingredient:peanuts"), ("contains", "ingredient:caramel"),
                      ("contains", "ingredient:nougat"), ("chocolate_type", "chocolate:milk")],
    "bar:butterfinger": [("launched_by", "company:curtiss"), ("comes_from", "country:usa"),
                         ("first_made_in", "city:chicago"), ("contains", "ingredient:peanut_butter"),
                         ("chocolate_type", "chocolate:milk")],
    "bar:three_musketeers": [("launched_by", "company:mars_inc"), ("comes_from", "country:usa"),
                             ("first_made_in", "city:chicago"), ("contains", "ingredient:nougat"),
                             ("chocolate_type", "chocolate:milk")],
    "bar:cherry_ripe": [("launched_by", "company:macrobertsons"), ("comes_from", "country:australia"),
                        ("first_made_in", "city:melbourne"), ("contains", "ingredient:cherries"),
                        ("contains", "ingredient:coconut"), ("chocolate_type", "chocolate:dark")],
}

RATINGS = {
    "user:ana": [("bar:kit_kat", 5.0), ("bar:toblerone", 4.5), ("bar:bounty", 1.5), ("bar:dairy_milk", 4.0)],
    "user:ben": [("bar:snickers", 4.5), ("bar:twix", 2.0), ("bar:baby_ruth", 3.0), ("bar:cherry_ripe", 5.0)],
    "user:chen": [("bar:ritter_sport", 4.0), ("bar:milka", 5.0), ("bar:aero", 1.0), ("bar:crunchie", 3.5)],
    "user:dara": [("bar:frys_chocolate_cream", 2.0), ("bar:mars", 4.5), ("bar:hershey_bar", 3.0),
                  ("bar:butterfinger", 4.0)],
    "user:emil": [("bar:milky_way", 3.5), ("bar:three_musketeers", 2.5), ("bar:toblerone", 2.0),
                  ("bar:kit_kat", 4.0)],
}


def rows():
    out = []
    for bar, facts in FACTS.items():
        for rel, tail in facts:
            out.append((bar, rel, tail))
    for user, ratings in RATINGS.items():
        for bar, r in ratings:
            out.append((user, "rated", bar, {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind220")
