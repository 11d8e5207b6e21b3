"""A small cocktail graph for the blind46 held-out evaluation set.

Pure code, no data files: ``build()`` returns a ``kgexplain.KnowledgeGraph`` with cocktails
(items), base spirits, other ingredients, glassware, preparation methods, places of origin and
inventors (attributes), and a few guests (users) who rated some of the drinks. Relations declare
only ``phrase`` / ``inverse_phrase``, as a new user of the library would.
"""

from __future__ import annotations

import kgexplain as kgx

COCKTAILS = {
    # id: (label, year first recorded)
    "cocktail:negroni": ("Negroni", 1919),
    "cocktail:martini": ("Martini", 1888),
    "cocktail:manhattan": ("Manhattan", 1874),
    "cocktail:old_fashioned": ("Old Fashioned", 1880),
    "cocktail:daiquiri": ("Daiquiri", 1898),
    "cocktail:mojito": ("Mojito", 1932),
    "cocktail:margarita": ("Margarita", 1938),
    "cocktail:mai_tai": ("Mai Tai", 1944),
    "cocktail:sazerac": ("Sazerac", 1850),
    "cocktail:moscow_mule": ("Moscow Mule", 1941),
    "cocktail:tom_collins": ("Tom Collins", 1876),
    "cocktail:whiskey_sour": ("Whiskey Sour", 1862),
    "cocktail:pina_colada": ("Piña Colada", 1954),
    "cocktail:espresso_martini": ("Espresso Martini", 1983),
    "cocktail:french_75": ("French 75", 1915),
    "cocktail:boulevardier": ("Boulevardier", 1927),
}

ATTRIBUTES = {
    # base spirits
    "spirit:gin": ("spirit", "gin"),
    "spirit:rye_whiskey": ("spirit", "rye whiskey"),
    "spirit:bourbon": ("spirit", "bourbon"),
    "spirit:white_rum": ("spirit", "white rum"),
    "spirit:aged_rum": ("spirit", "aged rum"),
    "spirit:tequila": ("spirit", "tequila"),
    "spirit:vodka": ("spirit", "vodka"),
    # other ingredients
    "ingredient:campari": ("ingredient", "Campari"),
    "ingredient:sweet_vermouth": ("ingredient", "sweet vermouth"),
    "ingredient:dry_vermouth": ("ingredient", "dry vermouth"),
    "ingredient:angostura": ("ingredient", "Angostura bitters"),
    "ingredient:peychauds": ("ingredient", "Peychaud's bitters"),
    "ingredient:absinthe": ("ingredient", "absinthe"),
    "ingredient:lime_juice": ("ingredient", "lime juice"),
    "ingredient:lemon_juice": ("ingredient", "lemon juice"),
    "ingredient:sugar_syrup": ("ingredient", "sugar syrup"),
    "ingredient:mint": ("ingredient", "mint"),
    "ingredient:soda_water": ("ingredient", "soda water"),
    "ingredient:triple_sec": ("ingredient", "triple sec"),
    "ingredient:ginger_beer": ("ingredient", "ginger beer"),
    "ingredient:pineapple_juice": ("ingredient", "pineapple juice"),
    "ingredient:coconut_cream": ("ingredient", "coconut cream"),
    "ingredient:coffee_liqueur": ("ingredient", "coffee liqueur"),
    "ingredient:champagne": ("ingredient", "champagne"),
    # glassware
    "glass:rocks": ("glass", "rocks glass"),
    "glass:coupe": ("glass", "coupe"),
    "glass:highball": ("glass", "highball glass"),
    "glass:copper_mug": ("glass", "copper mug"),
    "glass:cocktail": ("glass", "cocktail glass"),
    "glass:flute": ("glass", "champagne flute"),
    "glass:hurricane": ("glass", "hurricane glass"),
    # methods
    "method:shaken": ("method", "shaken"),
    "method:stirred": ("method", "stirred"),
    "method:built": ("method", "built"),
    "method:blended": ("method", "blended"),
    # places of origin
    "place:florence": ("place", "Florence"),
    "place:new_york": ("place", "New York"),
    "place:cuba": ("place", "Cuba"),
    "place:new_orleans": ("place", "New Orleans"),
    "place:paris": ("place", "Paris"),
    "place:london": ("place", "London"),
    # inventors
    "person:camillo_negroni": ("bartender", "Camillo Negroni"),
    "person:jennings_cox": ("bartender", "Jennings Cox"),
    "person:victor_bergeron": ("bartender", "Victor Bergeron"),
    "person:antoine_peychaud": ("bartender", "Antoine Peychaud"),
    "person:jerry_thomas": ("bartender", "Jerry Thomas"),
    "person:ramon_marrero": ("bartender", "Ramón Marrero"),
    "person:dick_bradsell": ("bartender", "Dick Bradsell"),
    "person:harry_macelhone": ("bartender", "Harry MacElhone"),
}

USERS = {
    "user:alice": "Alice",
    "user:bruno": "Bruno",
    "user:chloe": "Chloe",
    "user:dev": "Dev",
    "user:emma": "Emma",
}

FACTS = [
    # cocktail, base spirit, ingredients, method, glass, origin, inventor
    ("cocktail:negroni", "spirit:gin", ["ingredient:campari", "ingredient:sweet_vermouth"],
     "method:stirred", "glass:rocks", "place:florence", "person:camillo_negroni"),
    ("cocktail:martini", "spirit:gin", ["ingredient:dry_vermouth"],
     "method:stirred", "glass:cocktail", None, None),
    ("cocktail:manhattan", "spirit:rye_whiskey", ["ingredient:sweet_vermouth", "ingredient:angostura"],
     "method:stirred", "glass:coupe", "place:new_york", None),
    ("cocktail:old_fashioned", "spirit:bourbon", ["ingredient:angostura", "ingredient:sugar_syrup"],
     "method:stirred", "glass:rocks", None, None),
    ("cocktail:daiquiri", "spirit:white_rum", ["ingredient:lime_juice", "ingredient:sugar_syrup"],
     "method:shaken", "glass:coupe", "place:cuba", "person:jennings_cox"),
    ("cocktail:mojito", "spirit:white_rum",
     ["ingredient:lime_juice", "ingredient:mint", "ingredient:soda_water", "ingredient:sugar_syrup"],
     "method:built", "glass:highball", "place:cuba", None),
    ("cocktail:margarita", "spirit:tequila", ["ingredient:triple_sec", "ingredient:lime_juice"],
     "method:shaken", "glass:cocktail", None, None),
    ("cocktail:mai_tai", "spirit:aged_rum", ["ingredient:lime_juice", "ingredient:triple_sec"],
     "method:shaken", "glass:rocks", None, "person:victor_bergeron"),
    ("cocktail:sazerac", "spirit:rye_whiskey",
     ["ingredient:absinthe", "ingredient:peychauds", "ingredient:sugar_syrup"],
     "method:stirred", "glass:rocks", "place:new_orleans", "person:antoine_peychaud"),
    ("cocktail:moscow_mule", "spirit:vodka", ["ingredient:ginger_beer", "ingredient:lime_juice"],
     "method:built", "glass:copper_mug", None, None),
    ("cocktail:tom_collins", "spirit:gin",
     ["ingredient:lemon_juice", "ingredient:sugar_syrup", "ingredient:soda_water"],
     "method:built", "glass:highball", None, "person:jerry_thomas"),
    ("cocktail:whiskey_sour", "spirit:bourbon", ["ingredient:lemon_juice", "ingredient:sugar_syrup"],
     "method:shaken", "glass:rocks", None, "person:jerry_thomas"),
    ("cocktail:pina_colada", "spirit:white_rum", ["ingredient:pineapple_juice", "ingredient:coconut_cream"],
     "method:blended", "glass:hurricane", None, "person:ramon_marrero"),
    ("cocktail:espresso_martini", "spirit:vodka", ["ingredient:coffee_liqueur"],
     "method:shaken", "glass:cocktail", "place:london", "person:dick_bradsell"),
    ("cocktail:french_75", "spirit:gin",
     ["ingredient:champagne", "ingredient:lemon_juice", "ingredient:sugar_syrup"],
     "method:shaken", "glass:flute", "place:paris", "person:harry_macelhone"),
    ("cocktail:boulevardier", "spirit:bourbon", ["ingredient:campari", "ingredient:sweet_vermouth"],
     "method:stirred", "glass:coupe", "place:paris", "person:harry_macelhone"),
]

RATINGS = [
    ("user:alice", "cocktail:negroni", 5),
    ("user:alice", "cocktail:martini", 4),
    ("user:alice", "cocktail:mojito", 2),
    ("user:alice", "cocktail:boulevardier", 5),
    ("user:alice", "cocktail:pina_colada", 1),
    ("user:bruno", "cocktail:old_fashioned", 5),
    ("user:bruno", "cocktail:manhattan", 4),
    ("user:bruno", "cocktail:sazerac", 3),
    ("user:bruno", "cocktail:espresso_martini", 2),
    ("user:bruno", "cocktail:whiskey_sour", 4),
    ("user:chloe", "cocktail:daiquiri", 5),
    ("user:chloe", "cocktail:mai_tai", 4),
    ("user:chloe", "cocktail:margarita", 3),
    ("user:chloe", "cocktail:pina_colada", 5),
    ("user:chloe", "cocktail:moscow_mule", 2),
    ("user:dev", "cocktail:espresso_martini", 5),
    ("user:dev", "cocktail:moscow_mule", 4),
    ("user:dev", "cocktail:tom_collins", 3),
    ("user:dev", "cocktail:french_75", 4),
    ("user:dev", "cocktail:negroni", 1),
    ("user:emma", "cocktail:mojito", 4),
    ("user:emma", "cocktail:french_75", 5),
    ("user:emma", "cocktail:margarita", 5),
    ("user:emma", "cocktail:old_fashioned", 2),
    ("user:emma", "cocktail:martini", 3),
]

RELATIONS = [
    kgx.Relation("tried", phrase="has tried", inverse_phrase="was tried by",
                 domain=("user",), range=("cocktail",)),
    kgx.Relation("base_spirit", phrase="is based on", inverse_phrase="is the base spirit of",
                 domain=("cocktail",), range=("spirit",)),
    kgx.Relation("contains", phrase="contains", inverse_phrase="is an ingredient of",
                 domain=("cocktail",), range=("ingredient",)),
    kgx.Relation("method", phrase="is prepared", inverse_phrase="is how you prepare",
                 domain=("cocktail",), range=("method",)),
    kgx.Relation("served_in", phrase="is served in", inverse_phrase="is the glass for",
                 domain=("cocktail",), range=("glass",)),
    kgx.Relation("origin", phrase="comes from", inverse_phrase="is the birthplace of",
                 domain=("cocktail",), range=("place",)),
    kgx.Relation("invented_by", phrase="was invented by", inverse_phrase="invented",
                 domain=("cocktail",), range=("bartender",)),
]


def rows() -> list[tuple]:
    out: list[tuple] = []
    for drink, spirit, ingredients, method, glass, place, inventor in FACTS:
        out.append((drink, "base_spirit", spirit))
        out += [(drink, "contains", i) for i in ingredients]
        out.append((drink, "method", method))
        out.append((drink, "served_in", glass))
        if place:
            out.append((drink, "origin", place))
        if inventor:
            out.append((drink, "invented_by", inventor))
    out += [(u, "tried", c, {"rating": float(s)}) for u, c, s in RATINGS]
    return out


def entities() -> list[kgx.Entity]:
    ents = [
        kgx.Entity(i, kind="item", type="cocktail", label=lab, attrs={"year": year})
        for i, (lab, year) in COCKTAILS.items()
    ]
    ents += [kgx.Entity(i, kind="attribute", type=t, label=lab) for i, (t, lab) in ATTRIBUTES.items()]
    ents += [kgx.Entity(i, kind="user", type="user", label=lab) for i, lab in USERS.items()]
    return ents


def build() -> kgx.KnowledgeGraph:
    """The blind46 cocktail graph (16 cocktails, 49 attributes, 5 guests)."""
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind46")
