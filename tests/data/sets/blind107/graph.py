"""blind107: a small graph of real canals."""
import kgexplain as kgx

ITEM = "canal"

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=(ITEM,)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to", domain=(ITEM,), range=("country",)),
    kgx.Relation("passes_through", phrase="passes through", inverse_phrase="lies on", domain=(ITEM,), range=("town",)),
    kgx.Relation("links", phrase="links up with", inverse_phrase="is linked up by", domain=(ITEM,), range=("body_of_water",)),
    kgx.Relation("engineered_by", phrase="was engineered by", inverse_phrase="engineered", domain=(ITEM,), range=("person",)),
    kgx.Relation("operated_by", phrase="is run by", inverse_phrase="runs", domain=(ITEM,), range=("organisation",)),
    kgx.Relation("has_kind", phrase="is a", inverse_phrase="is the kind of", domain=(ITEM,), range=("canal_kind",)),
]

# slug: (label, year opened)
CANALS = {
    "suez": ("Suez Canal", 1869),
    "panama": ("Panama Canal", 1914),
    "kiel": ("Kiel Canal", 1895),
    "corinth": ("Corinth Canal", 1893),
    "midi": ("Canal du Midi", 1681),
    "erie": ("Erie Canal", 1825),
    "bridgewater": ("Bridgewater Canal", 1761),
    "caledonian": ("Caledonian Canal", 1822),
    "gota": ("Göta Canal", 1832),
    "rideau": ("Rideau Canal", 1832),
    "welland": ("Welland Canal", 1829),
    "manchester_ship": ("Manchester Ship Canal", 1894),
    "briare": ("Canal de Briare", 1642),
    "cape_cod": ("Cape Cod Canal", 1914),
    "north_sea": ("North Sea Canal", 1876),
    "amsterdam_rhine": ("Amsterdam-Rhine Canal", 1952),
    "leeds_liverpool": ("Leeds and Liverpool Canal", 1816),
    "saint_martin": ("Canal Saint-Martin", 1825),
}

COUNTRIES = {
    "egypt": "Egypt", "panama": "Panama", "germany": "Germany", "greece": "Greece",
    "france": "France", "usa": "United States", "uk": "United Kingdom", "sweden": "Sweden",
    "canada": "Canada", "netherlands": "Netherlands",
}

TOWNS = {
    "port_said": "Port Said", "ismailia": "Ismailia", "rendsburg": "Rendsburg", "brunsbuttel": "Brunsbüttel",
    "toulouse": "Toulouse", "carcassonne": "Carcassonne", "beziers": "Béziers", "castelnaudary": "Castelnaudary",
    "rochester": "Rochester", "syracuse": "Syracuse", "lockport": "Lockport",
    "manchester": "Manchester", "sale": "Sale",
    "inverness": "Inverness", "fort_augustus": "Fort Augustus",
    "motala": "Motala", "soderkoping": "Söderköping",
    "ottawa": "Ottawa", "smiths_falls": "Smiths Falls",
    "st_catharines": "St. Catharines", "thorold": "Thorold", "welland": "Welland",
    "salford": "Salford", "runcorn": "Runcorn", "ellesmere_port": "Ellesmere Port",
    "briare": "Briare", "montargis": "Montargis",
    "bourne": "Bourne",
    "amsterdam": "Amsterdam", "velsen": "Velsen", "utrecht": "Utrecht",
    "burnley": "Burnley", "skipton": "Skipton", "wigan": "Wigan",
    "paris": "Paris",
}

WATERS = {
    "mediterranean": "Mediterranean Sea", "red_sea": "Red Sea",
    "atlantic": "Atlantic Ocean", "pacific": "Pacific Ocean",
    "north_sea": "North Sea", "baltic": "Baltic Sea",
    "gulf_of_corinth": "Gulf of Corinth", "saronic_gulf": "Saronic Gulf",
    "garonne": "Garonne", "etang_de_thau": "Étang de Thau",
    "hudson": "Hudson River", "lake_erie": "Lake Erie",
    "loch_ness": "Loch Ness", "moray_firth": "Moray Firth", "loch_linnhe": "Loch Linnhe",
    "vanern": "Lake Vänern", "vattern": "Lake Vättern",
    "ottawa_river": "Ottawa River", "lake_ontario": "Lake Ontario",
    "mersey": "River Mersey", "loire": "Loire",
    "cape_cod_bay": "Cape Cod Bay", "buzzards_bay": "Buzzards Bay",
    "waal": "Waal", "seine": "Seine",
}

PEOPLE = {
    "goethals": "George Washington Goethals", "gerster": "Béla Gerster", "riquet": "Pierre-Paul Riquet",
    "benjamin_wright": "Benjamin Wright", "brindley": "James Brindley", "telford": "Thomas Telford",
    "von_platen": "Baltzar von Platen", "john_by": "John By", "leader_williams": "Edward Leader Williams",
    "cosnier": "Hugues Cosnier", "parsons": "William Barclay Parsons",
}

ORGS = {
    "suez_canal_authority": "Suez Canal Authority", "panama_canal_authority": "Panama Canal Authority",
    "wsv": "Federal Waterways and Shipping Administration", "vnf": "Voies navigables de France",
    "nys_canal_corp": "New York State Canal Corporation", "bridgewater_co": "Bridgewater Canal Company",
    "scottish_canals": "Scottish Canals", "gota_kanalbolag": "AB Göta kanalbolag", "parks_canada": "Parks Canada",
    "slsmc": "St. Lawrence Seaway Management Corporation", "peel_ports": "Peel Ports",
    "usace": "United States Army Corps of Engineers", "rijkswaterstaat": "Rijkswaterstaat",
    "canal_river_trust": "Canal & River Trust",
}

KINDS = {
    "ship_canal": "ship canal", "sea_level_canal": "sea-level canal", "summit_level_canal": "summit-level canal",
    "contour_canal": "contour canal", "slackwater_canal": "slackwater canal", "lock_canal": "lock canal",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"canal:{s}", kind="item", type=ITEM, label=name, attrs={"year": y}) for s, (name, y) in CANALS.items()]
    for prefix, typ, table in [("country", "country", COUNTRIES), ("town", "town", TOWNS),
                               ("water", "body_of_water", WATERS), ("person", "person", PEOPLE),
                               ("org", "organisation", ORGS), ("kind", "canal_kind", KINDS)]:
        out += [kgx.Entity(f"{prefix}:{s}", kind="attribute", type=typ, label=name) for s, name in table.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = {
    "suez": {"located_in": ["egypt"], "passes_through": ["port_said", "ismailia"], "links": ["mediterranean", "red_sea"],
             "operated_by": ["suez_canal_authority"], "has_kind": ["ship_canal", "sea_level_canal"]},
    "panama": {"located_in": ["panama"], "links": ["atlantic", "pacific"], "engineered_by": ["goethals"],
               "operated_by": ["panama_canal_authority"], "has_kind": ["ship_canal", "lock_canal"]},
    "kiel": {"located_in": ["germany"], "passes_through": ["rendsburg", "brunsbuttel"], "links": ["north_sea", "baltic"],
             "operated_by": ["wsv"], "has_kind": ["ship_canal"]},
    "corinth": {"located_in": ["greece"], "links": ["gulf_of_corinth", "saronic_gulf"], "engineered_by": ["gerster"],
                "has_kind": ["ship_canal", "sea_level_canal"]},
    "midi": {"located_in": ["france"], "passes_through": ["toulouse", "carcassonne", "beziers", "castelnaudary"],
             "links": ["garonne", "etang_de_thau"], "engineered_by": ["riquet"], "operated_by": ["vnf"],
             "has_kind": ["summit_level_canal"]},
    "erie": {"located_in": ["usa"], "passes_through": ["rochester", "syracuse", "lockport"], "links": ["hudson", "lake_erie"],
             "engineered_by": ["benjamin_wright"], "operated_by": ["nys_canal_corp"]},
    "bridgewater": {"located_in": ["uk"], "passes_through": ["manchester", "sale"], "engineered_by": ["brindley"],
                    "operated_by": ["bridgewater_co"], "has_kind": ["contour_canal"]},
    "caledonian": {"located_in": ["uk"], "passes_through": ["inverness", "fort_augustus"],
                   "links": ["loch_ness", "moray_firth", "loch_linnhe"], "engineered_by": ["telford"],
                   "operated_by": ["scottish_canals"]},
    "gota": {"located_in": ["sweden"], "passes_through": ["motala", "soderkoping"], "links": ["vanern", "vattern", "baltic"],
             "engineered_by": ["von_platen", "telford"], "operated_by": ["gota_kanalbolag"]},
    "rideau": {"located_in": ["canada"], "passes_through": ["ottawa", "smiths_falls"], "links": ["ottawa_river", "lake_ontario"],
               "engineered_by": ["john_by"], "operated_by": ["parks_canada"], "has_kind": ["slackwater_canal"]},
    "welland": {"located_in": ["canada"], "passes_through": ["st_catharines", "thorold", "welland"],
                "links": ["lake_ontario", "lake_erie"], "operated_by": ["slsmc"], "has_kind": ["ship_canal"]},
    "manchester_ship": {"located_in": ["uk"], "passes_through": ["salford", "runcorn", "ellesmere_port"], "links": ["mersey"],
                        "engineered_by": ["leader_williams"], "operated_by": ["peel_ports"], "has_kind": ["ship_canal"]},
    "briare": {"located_in": ["france"], "passes_through": ["briare", "montargis"], "links": ["loire"],
               "engineered_by": ["cosnier"], "operated_by": ["vnf"], "has_kind": ["summit_level_canal"]},
    "cape_cod": {"located_in": ["usa"], "passes_through": ["bourne"], "links": ["cape_cod_bay", "buzzards_bay"],
                 "engineered_by": ["parsons"], "operated_by": ["usace"], "has_kind": ["sea_level_canal"]},
    "north_sea": {"located_in": ["netherlands"], "passes_through": ["amsterdam", "velsen"], "links": ["north_sea"],
                  "operated_by": ["rijkswaterstaat"], "has_kind": ["ship_canal"]},
    "amsterdam_rhine": {"located_in": ["netherlands"], "passes_through": ["amsterdam", "utrecht"], "links": ["waal"],
                        "operated_by": ["rijkswaterstaat"]},
    "leeds_liverpool": {"located_in": ["uk"], "passes_through": ["burnley", "skipton", "wigan"],
                        "operated_by": ["canal_river_trust"], "has_kind": ["summit_level_canal"]},
    "saint_martin": {"located_in": ["france"], "passes_through": ["paris"], "links": ["seine"]},
}

PREFIX = {"located_in": "country", "passes_through": "town", "links": "water", "engineered_by": "person",
          "operated_by": "org", "has_kind": "kind"}

RATINGS = {
    "ana": {"suez": 5.0, "midi": 4.5, "erie": 2.0, "gota": 3.5},
    "ben": {"panama": 4.0, "kiel": 1.5, "caledonian": 5.0, "rideau": 3.0},
    "chen": {"corinth": 4.5, "bridgewater": 2.0, "manchester_ship": 1.0, "midi": 3.0},
    "dara": {"welland": 2.5, "briare": 4.0, "cape_cod": 5.0, "north_sea": 1.5},
    "emil": {"amsterdam_rhine": 3.5, "leeds_liverpool": 4.5, "saint_martin": 5.0, "suez": 2.0},
}


def rows():
    out = []
    for canal, rels in FACTS.items():
        for rel, tails in rels.items():
            out += [(f"canal:{canal}", rel, f"{PREFIX[rel]}:{t}") for t in tails]
    for user, ratings in RATINGS.items():
        out += [(f"user:{user}", "rated", f"canal:{c}", {"rating": r}) for c, r in ratings.items()]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind107")
