"""A small graph of tennis players (blind294).

Item year = the year the player turned professional.
"""
import kgexplain as kgx

P = "tennis_player"

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=(P,)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=(P,), range=("city",)),
    kgx.Relation("represents", phrase="represents", inverse_phrase="is represented by", domain=(P,), range=("country",)),
    kgx.Relation("coached_by", phrase="was coached by", inverse_phrase="coached", domain=(P,), range=("coach",)),
    kgx.Relation("won", phrase="won", inverse_phrase="was won by", domain=(P,), range=("tournament",)),
    kgx.Relation("plays", phrase="plays", inverse_phrase="is the playing hand of", domain=(P,), range=("handedness",)),
    kgx.Relation("hits_backhand", phrase="hits a", inverse_phrase="is the shot of", domain=(P,), range=("backhand",)),
]

# slug: (label, year turned pro, birthplace, countries, hand, backhand, coaches, titles)
AO, FO, W, US = "tournament:australian_open", "tournament:french_open", "tournament:wimbledon", "tournament:us_open"
ALL4 = (AO, FO, W, US)
PLAYERS = {
    "roger_federer": ("Roger Federer", 1998, "basel", ("switzerland",), "right", "one", ("severin_luthi", "stefan_edberg", "paul_annacone"), ALL4),
    "rafael_nadal": ("Rafael Nadal", 2001, "manacor", ("spain",), "left", "two", ("toni_nadal", "carlos_moya"), ALL4),
    "novak_djokovic": ("Novak Djokovic", 2003, "belgrade", ("serbia",), "right", "two", ("marian_vajda", "boris_becker"), ALL4),
    "andy_murray": ("Andy Murray", 2005, "glasgow", ("great_britain",), "right", "two", ("ivan_lendl", "amelie_mauresmo"), (W, US)),
    "serena_williams": ("Serena Williams", 1995, "saginaw", ("united_states",), "right", "two", ("patrick_mouratoglou",), ALL4),
    "venus_williams": ("Venus Williams", 1994, "lynwood", ("united_states",), "right", "two", (), (W, US)),
    "steffi_graf": ("Steffi Graf", 1982, "mannheim", ("germany",), "right", "one", (), ALL4),
    "martina_navratilova": ("Martina Navratilova", 1975, "prague", ("czechoslovakia", "united_states"), "left", "one", (), ALL4),
    "andre_agassi": ("Andre Agassi", 1986, "las_vegas", ("united_states",), "right", "two", ("brad_gilbert", "darren_cahill"), ALL4),
    "pete_sampras": ("Pete Sampras", 1988, "washington_dc", ("united_states",), "right", "one", ("paul_annacone", "tim_gullikson"), (AO, W, US)),
    "bjorn_borg": ("Björn Borg", 1973, "stockholm", ("sweden",), "right", "two", ("lennart_bergelin",), (FO, W)),
    "john_mcenroe": ("John McEnroe", 1978, "wiesbaden", ("united_states",), "left", "one", (), (W, US)),
    "stan_wawrinka": ("Stan Wawrinka", 2002, "lausanne", ("switzerland",), "right", "one", ("magnus_norman",), (AO, FO, US)),
    "carlos_alcaraz": ("Carlos Alcaraz", 2018, "el_palmar", ("spain",), "right", "two", ("juan_carlos_ferrero",), (FO, W, US)),
    "jannik_sinner": ("Jannik Sinner", 2018, "san_candido", ("italy",), "right", "two", ("darren_cahill", "simone_vagnozzi"), (AO, US)),
    "naomi_osaka": ("Naomi Osaka", 2013, "osaka", ("japan",), "right", "two", ("sascha_bajin",), (AO, US)),
    "maria_sharapova": ("Maria Sharapova", 2001, "nyagan", ("russia",), "right", "two", (), ALL4),
    "rod_laver": ("Rod Laver", 1963, "rockhampton", ("australia",), "left", "one", (), ALL4),
}

CITIES = {"basel": "Basel", "manacor": "Manacor", "belgrade": "Belgrade", "glasgow": "Glasgow", "saginaw": "Saginaw",
          "lynwood": "Lynwood", "mannheim": "Mannheim", "prague": "Prague", "las_vegas": "Las Vegas",
          "washington_dc": "Washington, D.C.", "stockholm": "Stockholm", "wiesbaden": "Wiesbaden", "lausanne": "Lausanne",
          "el_palmar": "El Palmar", "san_candido": "San Candido", "osaka": "Osaka", "nyagan": "Nyagan",
          "rockhampton": "Rockhampton"}
COUNTRIES = {"switzerland": "Switzerland", "spain": "Spain", "serbia": "Serbia", "great_britain": "Great Britain",
             "united_states": "the United States", "germany": "Germany", "czechoslovakia": "Czechoslovakia",
             "sweden": "Sweden", "italy": "Italy", "japan": "Japan", "russia": "Russia", "australia": "Australia"}
COACHES = {"severin_luthi": "Severin Lüthi", "stefan_edberg": "Stefan Edberg", "paul_annacone": "Paul Annacone",
           "toni_nadal": "Toni Nadal", "carlos_moya": "Carlos Moyá", "marian_vajda": "Marián Vajda",
           "boris_becker": "Boris Becker", "ivan_lendl": "Ivan Lendl", "amelie_mauresmo": "Amélie Mauresmo",
           "patrick_mouratoglou": "Patrick Mouratoglou", "brad_gilbert": "Brad Gilbert", "darren_cahill": "Darren Cahill",
           "tim_gullikson": "Tim Gullikson", "lennart_bergelin": "Lennart Bergelin", "magnus_norman": "Magnus Norman",
           "juan_carlos_ferrero": "Juan Carlos Ferrero", "simone_vagnozzi": "Simone Vagnozzi", "sascha_bajin": "Sascha Bajin"}
TOURNAMENTS = {AO: "Australian Open", FO: "French Open", W: "Wimbledon", US: "US Open"}

RATINGS = {
    "ana": [("roger_federer", 5.0), ("rafael_nadal", 4.5), ("maria_sharapova", 2.0), ("bjorn_borg", 3.0)],
    "ben": [("novak_djokovic", 4.0), ("andy_murray", 1.5), ("serena_williams", 5.0), ("rod_laver", 3.5)],
    "chen": [("carlos_alcaraz", 4.5), ("jannik_sinner", 5.0), ("andre_agassi", 2.5), ("naomi_osaka", 1.0)],
    "dara": [("steffi_graf", 5.0), ("martina_navratilova", 4.0), ("venus_williams", 2.0), ("pete_sampras", 0.5)],
    "emil": [("john_mcenroe", 4.5), ("stan_wawrinka", 1.5), ("roger_federer", 3.0), ("serena_williams", 4.0)],
}


def entities():
    ents = []
    for slug, (label, year, *_rest) in PLAYERS.items():
        ents.append(kgx.Entity(f"{P}:{slug}", kind="item", type=P, label=label, attrs={"year": year}))
    ents += [kgx.Entity(f"city:{k}", kind="attribute", type="city", label=v) for k, v in CITIES.items()]
    ents += [kgx.Entity(f"country:{k}", kind="attribute", type="country", label=v) for k, v in COUNTRIES.items()]
    ents += [kgx.Entity(f"coach:{k}", kind="attribute", type="coach", label=v) for k, v in COACHES.items()]
    ents += [kgx.Entity(k, kind="attribute", type="tournament", label=v) for k, v in TOURNAMENTS.items()]
    ents += [kgx.Entity("handedness:left", kind="attribute", type="handedness", label="left-handed"),
             kgx.Entity("handedness:right", kind="attribute", type="handedness", label="right-handed"),
             kgx.Entity("backhand:one_handed", kind="attribute", type="backhand", label="one-handed backhand"),
             kgx.Entity("backhand:two_handed", kind="attribute", type="backhand", label="two-handed backhand")]
    ents += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in RATINGS]
    return ents


def rows():
    out = []
    for slug, (_label, _year, city, countries, hand, bh, coaches, titles) in PLAYERS.items():
        pid = f"{P}:{slug}"
        out.append((pid, "born_in", f"city:{city}"))
        out += [(pid, "represents", f"country:{c}") for c in countries]
        out.append((pid, "plays", f"handedness:{hand}"))
        out.append((pid, "hits_backhand", f"backhand:{bh}_handed"))
        out += [(pid, "coached_by", f"coach:{c}") for c in coaches]
        out += [(pid, "won", t) for t in titles]
    for u, rs in RATINGS.items():
        out += [(f"user:{u}", "rated", f"{P}:{slug}", {"rating": r}) for slug, r in rs]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind294")
