"""blind268: a small spirits and liqueurs graph (facts as best known; year = founding,
creation or launch year of the brand)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("spirit",)),
    kgx.Relation("of_style", phrase="is a", inverse_phrase="is the style of", domain=("spirit",), range=("style",)),
    kgx.Relation("comes_from", phrase="comes from", inverse_phrase="is the home of", domain=("spirit",), range=("place",)),
    kgx.Relation("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("spirit",), range=("company",)),
    kgx.Relation("created_by", phrase="was created by", inverse_phrase="created", domain=("spirit",), range=("person",)),
    kgx.Relation("made_from", phrase="is made from", inverse_phrase="goes into", domain=("spirit",), range=("ingredient",)),
]

# id slug, label, year
ITEMS = [
    ("hennessy", "Hennessy", 1765),
    ("remy_martin", "Rémy Martin", 1724),
    ("cointreau", "Cointreau", 1875),
    ("grand_marnier", "Grand Marnier", 1880),
    ("benedictine", "Bénédictine", 1863),
    ("jagermeister", "Jägermeister", 1934),
    ("campari", "Campari", 1860),
    ("aperol", "Aperol", 1919),
    ("baileys", "Baileys Irish Cream", 1974),
    ("kahlua", "Kahlúa", 1936),
    ("jack_daniels", "Jack Daniel's", 1866),
    ("makers_mark", "Maker's Mark", 1953),
    ("jim_beam", "Jim Beam", 1795),
    ("glenfiddich", "Glenfiddich", 1887),
    ("laphroaig", "Laphroaig", 1815),
    ("johnnie_walker", "Johnnie Walker", 1820),
    ("tanqueray", "Tanqueray", 1830),
    ("bombay_sapphire", "Bombay Sapphire", 1987),
    ("patron", "Patrón", 1989),
    ("absolut", "Absolut Vodka", 1979),
]

STYLES = {
    "cognac": "cognac", "orange_liqueur": "orange liqueur", "herbal_liqueur": "herbal liqueur",
    "aperitif": "aperitif", "cream_liqueur": "cream liqueur", "coffee_liqueur": "coffee liqueur",
    "tennessee_whiskey": "Tennessee whiskey", "bourbon": "bourbon",
    "single_malt": "single malt Scotch whisky", "blended_scotch": "blended Scotch whisky",
    "london_dry_gin": "London dry gin", "tequila": "tequila", "vodka": "vodka",
}
PLACES = {
    "cognac": "Cognac", "angers": "Angers", "fecamp": "Fécamp", "wolfenbuttel": "Wolfenbüttel",
    "novara": "Novara", "padua": "Padua", "dublin": "Dublin", "veracruz": "Veracruz",
    "lynchburg": "Lynchburg", "loretto": "Loretto", "clermont": "Clermont", "dufftown": "Dufftown",
    "islay": "Islay", "kilmarnock": "Kilmarnock", "london": "London", "laverstoke": "Laverstoke",
    "jalisco": "Jalisco", "ahus": "Åhus",
}
COMPANIES = {
    "lvmh": ("LVMH", ()), "remy_cointreau": ("Rémy Cointreau", ()), "campari_group": ("Campari Group", ()),
    "bacardi": ("Bacardi", ("Bacardi Limited",)), "mast_jagermeister": ("Mast-Jägermeister", ()),
    "diageo": ("Diageo", ()), "pernod_ricard": ("Pernod Ricard", ()), "brown_forman": ("Brown-Forman", ()),
    "beam_suntory": ("Beam Suntory", ("Suntory Global Spirits",)),
    "william_grant_sons": ("William Grant & Sons", ()),
}
PEOPLE = {
    "richard_hennessy": "Richard Hennessy", "edouard_cointreau": "Édouard Cointreau",
    "louis_alexandre_marnier_lapostolle": "Louis-Alexandre Marnier Lapostolle",
    "alexandre_le_grand": "Alexandre Le Grand", "curt_mast": "Curt Mast", "gaspare_campari": "Gaspare Campari",
    "luigi_barbieri": "Luigi Barbieri", "silvio_barbieri": "Silvio Barbieri", "tom_jago": "Tom Jago",
    "david_gluckman": "David Gluckman", "pedro_domecq": "Pedro Domecq", "jack_daniel": "Jack Daniel",
    "bill_samuels_sr": "Bill Samuels Sr.", "jacob_beam": "Jacob Beam", "william_grant": "William Grant",
    "donald_johnston": "Donald Johnston", "alexander_johnston": "Alexander Johnston",
    "john_walker": "John Walker", "charles_tanqueray": "Charles Tanqueray",
    "john_paul_dejoria": "John Paul DeJoria", "martin_crowley": "Martin Crowley",
}
INGREDIENTS = {
    "grapes": "grapes", "orange_peel": "orange peel", "bitter_orange": "bitter orange", "rhubarb": "rhubarb",
    "irish_whiskey": "Irish whiskey", "cream": "cream", "coffee": "coffee", "corn": "corn",
    "red_winter_wheat": "red winter wheat", "malted_barley": "malted barley", "juniper": "juniper",
    "blue_agave": "blue agave", "winter_wheat": "winter wheat",
}
USERS = ["ana", "ben", "chen", "dara", "emil"]

# slug: (style, place, company, [creators], [ingredients])
FACTS = {
    "hennessy": ("cognac", "cognac", "lvmh", ["richard_hennessy"], ["grapes"]),
    "remy_martin": ("cognac", "cognac", "remy_cointreau", [], ["grapes"]),
    "cointreau": ("orange_liqueur", "angers", "remy_cointreau", ["edouard_cointreau"], ["orange_peel"]),
    "grand_marnier": ("orange_liqueur", None, "campari_group", ["louis_alexandre_marnier_lapostolle"], ["bitter_orange"]),
    "benedictine": ("herbal_liqueur", "fecamp", "bacardi", ["alexandre_le_grand"], []),
    "jagermeister": ("herbal_liqueur", "wolfenbuttel", "mast_jagermeister", ["curt_mast"], []),
    "campari": ("aperitif", "novara", "campari_group", ["gaspare_campari"], []),
    "aperol": ("aperitif", "padua", "campari_group", ["luigi_barbieri", "silvio_barbieri"], ["bitter_orange", "rhubarb"]),
    "baileys": ("cream_liqueur", "dublin", "diageo", ["tom_jago", "david_gluckman"], ["irish_whiskey", "cream"]),
    "kahlua": ("coffee_liqueur", "veracruz", "pernod_ricard", ["pedro_domecq"], ["coffee"]),
    "jack_daniels": ("tennessee_whiskey", "lynchburg", "brown_forman", ["jack_daniel"], ["corn"]),
    "makers_mark": ("bourbon", "loretto", "beam_suntory", ["bill_samuels_sr"], ["corn", "red_winter_wheat"]),
    "jim_beam": ("bourbon", "clermont", "beam_suntory", ["jacob_beam"], ["corn"]),
    "glenfiddich": ("single_malt", "dufftown", "william_grant_sons", ["william_grant"], ["malted_barley"]),
    "laphroaig": ("single_malt", "islay", "beam_suntory", ["donald_johnston", "alexander_johnston"], ["malted_barley"]),
    "johnnie_walker": ("blended_scotch", "kilmarnock", "diageo", ["john_walker"], []),
    "tanqueray": ("london_dry_gin", "london", "diageo", ["charles_tanqueray"], ["juniper"]),
    "bombay_sapphire": ("london_dry_gin", "laverstoke", "bacardi", [], ["juniper"]),
    "patron": ("tequila", "jalisco", "bacardi", ["john_paul_dejoria", "martin_crowley"], ["blue_agave"]),
    "absolut": ("vodka", "ahus", "pernod_ricard", [], ["winter_wheat"]),
}

RATINGS = {
    "ana": {"hennessy": 5.0, "campari": 2.0, "glenfiddich": 4.5, "baileys": 3.0},
    "ben": {"jack_daniels": 4.0, "makers_mark": 5.0, "jagermeister": 1.0, "tanqueray": 3.5},
    "chen": {"aperol": 4.5, "kahlua": 1.5, "cointreau": 4.0, "patron": 2.5},
    "dara": {"laphroaig": 5.0, "absolut": 2.0, "bombay_sapphire": 4.0, "grand_marnier": 3.0},
    "emil": {"johnnie_walker": 3.0, "benedictine": 4.5, "remy_martin": 1.0, "jim_beam": 4.0},
}


def entities():
    out = [kgx.Entity(f"spirit:{s}", kind="item", type="spirit", label=lab, attrs={"year": y}) for s, lab, y in ITEMS]
    out += [kgx.Entity(f"style:{k}", kind="attribute", type="style", label=v) for k, v in STYLES.items()]
    out += [kgx.Entity(f"place:{k}", kind="attribute", type="place", label=v) for k, v in PLACES.items()]
    out += [kgx.Entity(f"company:{k}", kind="attribute", type="company", label=v, aliases=a)
            for k, (v, a) in COMPANIES.items()]
    out += [kgx.Entity(f"person:{k}", kind="attribute", type="person", label=v) for k, v in PEOPLE.items()]
    out += [kgx.Entity(f"ingredient:{k}", kind="attribute", type="ingredient", label=v) for k, v in INGREDIENTS.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = []
    for s, (style, place, company, creators, ingredients) in FACTS.items():
        h = f"spirit:{s}"
        out.append((h, "of_style", f"style:{style}"))
        if place:
            out.append((h, "comes_from", f"place:{place}"))
        out.append((h, "owned_by", f"company:{company}"))
        out += [(h, "created_by", f"person:{p}") for p in creators]
        out += [(h, "made_from", f"ingredient:{i}") for i in ingredients]
    for u, rs in RATINGS.items():
        out += [(f"user:{u}", "rated", f"spirit:{s}", {"rating": r}) for s, r in rs.items()]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind268")
