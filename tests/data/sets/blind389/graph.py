"""A small knowledge graph of famous jockeys (blind389).

Items are jockeys; their ``year`` attribute is the year the jockey was born.
Attributes: countries of birth, big races won, horses ridden, trainers ridden
for, and the racing discipline (flat or jump racing).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("jockey",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("jockey",), range=("country",)),
    kgx.Relation("won_race", phrase="won", inverse_phrase="was won by",
                 domain=("jockey",), range=("race",)),
    kgx.Relation("rode_horse", phrase="rode", inverse_phrase="was ridden by",
                 domain=("jockey",), range=("horse",)),
    kgx.Relation("rode_for", phrase="rode for", inverse_phrase="gave rides to",
                 domain=("jockey",), range=("trainer",)),
    kgx.Relation("discipline", phrase="is a jockey in", inverse_phrase="is the discipline of",
                 domain=("jockey",), range=("discipline",)),
]

# slug, label, birth year
JOCKEYS = [
    ("lester_piggott", "Lester Piggott", 1935),
    ("frankie_dettori", "Frankie Dettori", 1970),
    ("ryan_moore", "Ryan Moore", 1983),
    ("ap_mccoy", "A. P. McCoy", 1974),
    ("ruby_walsh", "Ruby Walsh", 1979),
    ("rachael_blackmore", "Rachael Blackmore", 1989),
    ("richard_dunwoody", "Richard Dunwoody", 1964),
    ("bill_shoemaker", "Bill Shoemaker", 1931),
    ("eddie_arcaro", "Eddie Arcaro", 1916),
    ("steve_cauthen", "Steve Cauthen", 1960),
    ("ron_turcotte", "Ron Turcotte", 1941),
    ("victor_espinoza", "Victor Espinoza", 1972),
    ("mike_smith", "Mike Smith", 1965),
    ("yutaka_take", "Yutaka Take", 1969),
    ("damien_oliver", "Damien Oliver", 1972),
    ("glen_boss", "Glen Boss", 1969),
    ("christophe_soumillon", "Christophe Soumillon", 1981),
    ("laffit_pincay", "Laffit Pincay Jr.", 1946),
]

COUNTRIES = {
    "england": "England", "italy": "Italy", "northern_ireland": "Northern Ireland",
    "ireland": "Ireland", "united_states": "United States", "canada": "Canada",
    "mexico": "Mexico", "japan": "Japan", "australia": "Australia",
    "belgium": "Belgium", "panama": "Panama",
}

RACES = {
    "epsom_derby": "Epsom Derby", "kentucky_derby": "Kentucky Derby",
    "grand_national": "Grand National", "cheltenham_gold_cup": "Cheltenham Gold Cup",
    "prix_de_larc": "Prix de l'Arc de Triomphe", "melbourne_cup": "Melbourne Cup",
    "japan_cup": "Japan Cup",
}

HORSES = {
    "nijinsky": "Nijinsky", "enable": "Enable", "golden_horn": "Golden Horn",
    "workforce": "Workforce", "synchronised": "Synchronised", "dont_push_it": "Don't Push It",
    "kauto_star": "Kauto Star", "hedgehunter": "Hedgehunter", "minella_times": "Minella Times",
    "a_plus_tard": "A Plus Tard", "desert_orchid": "Desert Orchid", "miinnehoma": "Miinnehoma",
    "ferdinand": "Ferdinand", "citation": "Citation", "whirlaway": "Whirlaway",
    "affirmed": "Affirmed", "swale": "Swale", "secretariat": "Secretariat",
    "american_pharoah": "American Pharoah", "california_chrome": "California Chrome",
    "justify": "Justify", "zenyatta": "Zenyatta", "deep_impact": "Deep Impact",
    "fiorente": "Fiorente", "makybe_diva": "Makybe Diva", "zarkava": "Zarkava",
}

TRAINERS = {
    "vincent_obrien": "Vincent O'Brien", "john_gosden": "John Gosden",
    "aidan_obrien": "Aidan O'Brien", "martin_pipe": "Martin Pipe",
    "jonjo_oneill": "Jonjo O'Neill", "willie_mullins": "Willie Mullins",
    "paul_nicholls": "Paul Nicholls", "henry_de_bromhead": "Henry de Bromhead",
    "bob_baffert": "Bob Baffert", "lucien_laurin": "Lucien Laurin",
    "laz_barrera": "Laz Barrera", "alain_de_royer_dupre": "Alain de Royer-Dupré",
}

DISCIPLINES = {"flat_racing": "Flat racing", "jump_racing": "Jump racing"}

USERS = ["ana", "ben", "chen", "dara", "emil"]

# jockey slug -> facts
FACTS = {
    "lester_piggott": dict(born="england", disc="flat_racing", won=["epsom_derby", "prix_de_larc"],
                           rode=["nijinsky"], trainers=["vincent_obrien"]),
    "frankie_dettori": dict(born="italy", disc="flat_racing", won=["epsom_derby", "prix_de_larc", "japan_cup"],
                            rode=["enable", "golden_horn"], trainers=["john_gosden"]),
    "ryan_moore": dict(born="england", disc="flat_racing", won=["epsom_derby", "melbourne_cup", "prix_de_larc"],
                       rode=["workforce"], trainers=["aidan_obrien"]),
    "ap_mccoy": dict(born="northern_ireland", disc="jump_racing", won=["grand_national", "cheltenham_gold_cup"],
                     rode=["synchronised", "dont_push_it"], trainers=["martin_pipe", "jonjo_oneill"]),
    "ruby_walsh": dict(born="ireland", disc="jump_racing", won=["grand_national", "cheltenham_gold_cup"],
                       rode=["kauto_star", "hedgehunter"], trainers=["willie_mullins", "paul_nicholls"]),
    "rachael_blackmore": dict(born="ireland", disc="jump_racing", won=["grand_national", "cheltenham_gold_cup"],
                              rode=["minella_times", "a_plus_tard"], trainers=["henry_de_bromhead"]),
    "richard_dunwoody": dict(born="northern_ireland", disc="jump_racing",
                             won=["grand_national", "cheltenham_gold_cup"],
                             rode=["desert_orchid", "miinnehoma"], trainers=["martin_pipe"]),
    "bill_shoemaker": dict(born="united_states", disc="flat_racing", won=["kentucky_derby"],
                           rode=["ferdinand"], trainers=[]),
    "eddie_arcaro": dict(born="united_states", disc="flat_racing", won=["kentucky_derby"],
                         rode=["citation", "whirlaway"], trainers=[]),
    "steve_cauthen": dict(born="united_states", disc="flat_racing", won=["kentucky_derby", "epsom_derby"],
                          rode=["affirmed"], trainers=["laz_barrera"]),
    "ron_turcotte": dict(born="canada", disc="flat_racing", won=["kentucky_derby"],
                         rode=["secretariat"], trainers=["lucien_laurin"]),
    "victor_espinoza": dict(born="mexico", disc="flat_racing", won=["kentucky_derby"],
                            rode=["american_pharoah", "california_chrome"], trainers=["bob_baffert"]),
    "mike_smith": dict(born="united_states", disc="flat_racing", won=["kentucky_derby"],
                       rode=["justify", "zenyatta"], trainers=["bob_baffert"]),
    "yutaka_take": dict(born="japan", disc="flat_racing", won=["japan_cup"],
                        rode=["deep_impact"], trainers=[]),
    "damien_oliver": dict(born="australia", disc="flat_racing", won=["melbourne_cup"],
                          rode=["fiorente"], trainers=[]),
    "glen_boss": dict(born="australia", disc="flat_racing", won=["melbourne_cup"],
                      rode=["makybe_diva"], trainers=[]),
    "christophe_soumillon": dict(born="belgium", disc="flat_racing", won=["prix_de_larc"],
                                 rode=["zarkava"], trainers=["alain_de_royer_dupre"]),
    "laffit_pincay": dict(born="panama", disc="flat_racing", won=["kentucky_derby"],
                          rode=["affirmed", "swale"], trainers=[]),
}

RATINGS = {
    "ana": {"lester_piggott": 5.0, "frankie_dettori": 4.5, "ap_mccoy": 2.0, "yutaka_take": 3.0},
    "ben": {"ruby_walsh": 4.0, "rachael_blackmore": 5.0, "bill_shoemaker": 1.5, "eddie_arcaro": 3.5},
    "chen": {"ron_turcotte": 4.5, "victor_espinoza": 5.0, "ryan_moore": 2.5, "christophe_soumillon": 1.0},
    "dara": {"mike_smith": 4.0, "steve_cauthen": 5.0, "damien_oliver": 2.0, "richard_dunwoody": 3.0},
    "emil": {"glen_boss": 4.5, "laffit_pincay": 1.0, "frankie_dettori": 3.0, "ap_mccoy": 5.0},
}


def entities():
    out = [kgx.Entity(f"jockey:{slug}", kind="item", type="jockey", label=label, attrs={"year": year})
           for slug, label, year in JOCKEYS]
    for prefix, typ, table in [("country", "country", COUNTRIES), ("race", "race", RACES),
                               ("horse", "horse", HORSES), ("trainer", "trainer", TRAINERS),
                               ("discipline", "discipline", DISCIPLINES)]:
        out += [kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=typ, label=label)
                for slug, label in table.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = []
    for slug, f in FACTS.items():
        j = f"jockey:{slug}"
        out.append((j, "born_in", f"country:{f['born']}"))
        out.append((j, "discipline", f"discipline:{f['disc']}"))
        out += [(j, "won_race", f"race:{r}") for r in f["won"]]
        out += [(j, "rode_horse", f"horse:{h}") for h in f["rode"]]
        out += [(j, "rode_for", f"trainer:{t}") for t in f["trainers"]]
    for u, rs in RATINGS.items():
        out += [(f"user:{u}", "rated", f"jockey:{slug}", {"rating": r}) for slug, r in rs.items()]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind389")
