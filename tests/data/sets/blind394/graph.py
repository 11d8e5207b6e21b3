"""A small graph of Olympic fencers (blind394)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("fencer",)),
    kgx.Relation("represents", phrase="represents", inverse_phrase="is represented by",
                 domain=("fencer",), range=("country",)),
    kgx.Relation("fences_with", phrase="fences with the", inverse_phrase="is the weapon of",
                 domain=("fencer",), range=("weapon",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("fencer",), range=("city",)),
    kgx.Relation("won_gold_in", phrase="won individual Olympic gold in",
                 inverse_phrase="hosted the individual Olympic victory of",
                 domain=("fencer",), range=("city",)),
    kgx.Relation("beat_in_final", phrase="beat in an Olympic final", inverse_phrase="lost an Olympic final to",
                 domain=("fencer",), range=("fencer",)),
]

FENCERS = [
    # slug, label, birth year
    ("valentina_vezzali", "Valentina Vezzali", 1974),
    ("aron_szilagyi", "Áron Szilágyi", 1990),
    ("edoardo_mangiarotti", "Edoardo Mangiarotti", 1919),
    ("aladar_gerevich", "Aladár Gerevich", 1910),
    ("christian_doriola", "Christian d'Oriola", 1928),
    ("mariel_zagunis", "Mariel Zagunis", 1985),
    ("lee_kiefer", "Lee Kiefer", 1994),
    ("laura_flessel", "Laura Flessel", 1971),
    ("stanislav_pozdnyakov", "Stanislav Pozdnyakov", 1973),
    ("yana_egorian", "Yana Egorian", 1993),
    ("ruben_limardo", "Rubén Limardo", 1985),
    ("cheung_ka_long", "Cheung Ka Long", 1997),
    ("olga_kharlan", "Olga Kharlan", 1990),
    ("nedo_nadi", "Nedo Nadi", 1894),
    ("ilona_elek", "Ilona Elek", 1907),
    ("pavel_kolobkov", "Pavel Kolobkov", 1969),
    ("ramon_fonst", "Ramón Fonst", 1883),
    ("inna_deriglazova", "Inna Deriglazova", 1990),
    ("elisa_di_francisca", "Elisa Di Francisca", 1982),
    ("daniele_garozzo", "Daniele Garozzo", 1992),
]

COUNTRIES = {
    "italy": "Italy", "hungary": "Hungary", "france": "France", "usa": "United States",
    "russia": "Russia", "venezuela": "Venezuela", "hong_kong": "Hong Kong", "ukraine": "Ukraine",
    "cuba": "Cuba",
}

WEAPONS = {"foil": "foil", "epee": "épée", "sabre": "sabre"}

CITIES = {
    # birthplaces
    "jesi": "Jesi", "budapest": "Budapest", "renate": "Renate", "jaszbereny": "Jászberény",
    "perpignan": "Perpignan", "portland": "Portland", "cincinnati": "Cincinnati",
    "pointe_a_pitre": "Pointe-à-Pitre", "novosibirsk": "Novosibirsk", "yerevan": "Yerevan",
    "ciudad_bolivar": "Ciudad Bolívar", "mykolaiv": "Mykolaiv", "livorno": "Livorno",
    "moscow": "Moscow", "havana": "Havana", "kurchatov": "Kurchatov", "acireale": "Acireale",
    # Olympic host cities
    "sydney": "Sydney", "athens": "Athens", "beijing": "Beijing", "london": "London",
    "rio_de_janeiro": "Rio de Janeiro", "tokyo": "Tokyo", "melbourne": "Melbourne",
    "helsinki": "Helsinki", "atlanta": "Atlanta", "stockholm": "Stockholm", "antwerp": "Antwerp",
    "berlin": "Berlin", "paris": "Paris", "st_louis": "St. Louis",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]

# fencer slug -> (country, weapon, birthplace or None, [cities of individual Olympic golds])
FACTS = {
    "valentina_vezzali": ("italy", "foil", "jesi", ["sydney", "athens", "beijing"]),
    "aron_szilagyi": ("hungary", "sabre", "budapest", ["london", "rio_de_janeiro", "tokyo"]),
    "edoardo_mangiarotti": ("italy", "epee", "renate", ["melbourne"]),
    "aladar_gerevich": ("hungary", "sabre", "jaszbereny", ["london"]),
    "christian_doriola": ("france", "foil", "perpignan", ["helsinki", "melbourne"]),
    "mariel_zagunis": ("usa", "sabre", "portland", ["athens", "beijing"]),
    "lee_kiefer": ("usa", "foil", "cincinnati", ["tokyo", "paris"]),
    "laura_flessel": ("france", "epee", "pointe_a_pitre", ["atlanta"]),
    "stanislav_pozdnyakov": ("russia", "sabre", "novosibirsk", ["atlanta"]),
    "yana_egorian": ("russia", "sabre", "yerevan", ["rio_de_janeiro"]),
    "ruben_limardo": ("venezuela", "epee", "ciudad_bolivar", ["london"]),
    "cheung_ka_long": ("hong_kong", "foil", None, ["tokyo", "paris"]),
    "olga_kharlan": ("ukraine", "sabre", "mykolaiv", []),
    "nedo_nadi": ("italy", "foil", "livorno", ["stockholm", "antwerp"]),
    "ilona_elek": ("hungary", "foil", "budapest", ["berlin", "london"]),
    "pavel_kolobkov": ("russia", "epee", "moscow", ["sydney"]),
    "ramon_fonst": ("cuba", "epee", "havana", ["paris", "st_louis"]),
    "inna_deriglazova": ("russia", "foil", "kurchatov", ["rio_de_janeiro"]),
    "elisa_di_francisca": ("italy", "foil", "jesi", ["london"]),
    "daniele_garozzo": ("italy", "foil", "acireale", ["rio_de_janeiro"]),
}

# (winner, loser) of individual Olympic finals
FINALS = [
    ("lee_kiefer", "inna_deriglazova"),         # Tokyo 2020, women's foil
    ("inna_deriglazova", "elisa_di_francisca"),  # Rio de Janeiro 2016, women's foil
    ("cheung_ka_long", "daniele_garozzo"),       # Tokyo 2020, men's foil
]

RATINGS = {
    "ana": {"valentina_vezzali": 5.0, "aron_szilagyi": 4.5, "olga_kharlan": 2.0, "nedo_nadi": 3.5},
    "ben": {"mariel_zagunis": 4.0, "lee_kiefer": 5.0, "ramon_fonst": 1.5, "aladar_gerevich": 3.0},
    "chen": {"cheung_ka_long": 4.5, "ruben_limardo": 2.5, "laura_flessel": 4.0, "ilona_elek": 1.0},
    "dara": {"stanislav_pozdnyakov": 5.0, "yana_egorian": 3.0, "inna_deriglazova": 2.0,
             "edoardo_mangiarotti": 4.5},
    "emil": {"christian_doriola": 4.0, "pavel_kolobkov": 1.5, "valentina_vezzali": 3.5,
             "aron_szilagyi": 5.0},
}


def entities():
    out = [kgx.Entity(f"fencer:{s}", kind="item", type="fencer", label=label, attrs={"year": year})
           for s, label, year in FENCERS]
    out += [kgx.Entity(f"country:{k}", kind="attribute", type="country", label=v) for k, v in COUNTRIES.items()]
    out += [kgx.Entity(f"weapon:{k}", kind="attribute", type="weapon", label=v) for k, v in WEAPONS.items()]
    out += [kgx.Entity(f"city:{k}", kind="attribute", type="city", label=v) for k, v in CITIES.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = []
    for slug, (country, weapon, born, golds) in FACTS.items():
        f = f"fencer:{slug}"
        out.append((f, "represents", f"country:{country}"))
        out.append((f, "fences_with", f"weapon:{weapon}"))
        if born:
            out.append((f, "born_in", f"city:{born}"))
        for c in golds:
            out.append((f, "won_gold_in", f"city:{c}"))
    for winner, loser in FINALS:
        out.append((f"fencer:{winner}", "beat_in_final", f"fencer:{loser}"))
    for u, rs in RATINGS.items():
        for slug, r in rs.items():
            out.append((f"user:{u}", "rated", f"fencer:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind394")
