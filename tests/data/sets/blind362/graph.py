"""blind362: a small graph of football (soccer) players.

Items are footballers; their ``year`` attribute is the year of birth.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("footballer",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("footballer",), range=("city",)),
    kgx.Relation("represented", phrase="represented", inverse_phrase="was represented by",
                 domain=("footballer",), range=("country",)),
    kgx.Relation("played_for", phrase="played for", inverse_phrase="had in its squad",
                 domain=("footballer",), range=("club",)),
    kgx.Relation("plays_as", phrase="plays as", inverse_phrase="is the position of",
                 domain=("footballer",), range=("position",)),
    kgx.Relation("won", phrase="won", inverse_phrase="was won by",
                 domain=("footballer",), range=("trophy",)),
    kgx.Relation("managed", phrase="managed", inverse_phrase="was managed by",
                 domain=("footballer",), range=("club",)),
]

# slug, label, birth year, birthplace, country, positions, clubs played for, trophies, clubs managed
PLAYERS = [
    ("lionel_messi", "Lionel Messi", 1987, "rosario", "argentina", ["forward"],
     ["fc_barcelona", "paris_saint_germain", "inter_miami"],
     ["ballon_dor", "fifa_world_cup", "uefa_champions_league", "copa_america"], []),
    ("cristiano_ronaldo", "Cristiano Ronaldo", 1985, "funchal", "portugal", ["forward"],
     ["sporting_cp", "manchester_united", "real_madrid", "juventus", "al_nassr"],
     ["ballon_dor", "uefa_champions_league", "uefa_european_championship"], []),
    ("diego_maradona", "Diego Maradona", 1960, "lanus", "argentina", ["midfielder"],
     ["argentinos_juniors", "boca_juniors", "fc_barcelona", "napoli", "sevilla"],
     ["fifa_world_cup"], []),
    ("pele", "Pelé", 1940, "tres_coracoes", "brazil", ["forward"],
     ["santos", "new_york_cosmos"],
     ["fifa_world_cup", "copa_libertadores"], []),
    ("johan_cruyff", "Johan Cruyff", 1947, "amsterdam", "netherlands", ["forward"],
     ["ajax", "fc_barcelona", "feyenoord"],
     ["ballon_dor"], ["ajax", "fc_barcelona"]),
    ("zinedine_zidane", "Zinedine Zidane", 1972, "marseille", "france", ["midfielder"],
     ["cannes", "bordeaux", "juventus", "real_madrid"],
     ["ballon_dor", "fifa_world_cup", "uefa_champions_league", "uefa_european_championship"],
     ["real_madrid"]),
    ("thierry_henry", "Thierry Henry", 1977, "les_ulis", "france", ["forward"],
     ["monaco", "juventus", "arsenal", "fc_barcelona", "new_york_red_bulls"],
     ["fifa_world_cup", "uefa_champions_league", "uefa_european_championship"], ["monaco"]),
    ("andrea_pirlo", "Andrea Pirlo", 1979, "flero", "italy", ["midfielder"],
     ["brescia", "inter_milan", "ac_milan", "juventus", "new_york_city_fc"],
     ["fifa_world_cup", "uefa_champions_league"], ["juventus"]),
    ("paolo_maldini", "Paolo Maldini", 1968, "milan", "italy", ["defender"],
     ["ac_milan"],
     ["uefa_champions_league"], []),
    ("kaka", "Kaká", 1982, "brasilia", "brazil", ["midfielder"],
     ["sao_paulo", "ac_milan", "real_madrid", "orlando_city"],
     ["ballon_dor", "fifa_world_cup", "uefa_champions_league"], []),
    ("ronaldinho", "Ronaldinho", 1980, "porto_alegre", "brazil", ["midfielder", "forward"],
     ["gremio", "paris_saint_germain", "fc_barcelona", "ac_milan", "flamengo", "atletico_mineiro"],
     ["ballon_dor", "fifa_world_cup", "uefa_champions_league", "copa_libertadores"], []),
    ("andres_iniesta", "Andrés Iniesta", 1984, "fuentealbilla", "spain", ["midfielder"],
     ["fc_barcelona", "vissel_kobe"],
     ["fifa_world_cup", "uefa_champions_league", "uefa_european_championship"], []),
    ("xavi", "Xavi", 1980, "terrassa", "spain", ["midfielder"],
     ["fc_barcelona", "al_sadd"],
     ["fifa_world_cup", "uefa_champions_league", "uefa_european_championship"],
     ["al_sadd", "fc_barcelona"]),
    ("luka_modric", "Luka Modrić", 1985, "zadar", "croatia", ["midfielder"],
     ["dinamo_zagreb", "tottenham_hotspur", "real_madrid"],
     ["ballon_dor", "uefa_champions_league"], []),
    ("gianluigi_buffon", "Gianluigi Buffon", 1978, "carrara", "italy", ["goalkeeper"],
     ["parma", "juventus", "paris_saint_germain"],
     ["fifa_world_cup"], []),
    ("manuel_neuer", "Manuel Neuer", 1986, "gelsenkirchen", "germany", ["goalkeeper"],
     ["schalke_04", "bayern_munich"],
     ["fifa_world_cup", "uefa_champions_league"], []),
    ("didier_drogba", "Didier Drogba", 1978, "abidjan", "ivory_coast", ["forward"],
     ["olympique_de_marseille", "chelsea", "galatasaray"],
     ["uefa_champions_league"], []),
    ("mohamed_salah", "Mohamed Salah", 1992, "nagrig", "egypt", ["forward"],
     ["basel", "chelsea", "fiorentina", "roma", "liverpool"],
     ["uefa_champions_league"], []),
]

CITIES = {
    "rosario": "Rosario", "funchal": "Funchal", "lanus": "Lanús", "tres_coracoes": "Três Corações",
    "amsterdam": "Amsterdam", "marseille": "Marseille", "les_ulis": "Les Ulis", "flero": "Flero",
    "milan": "Milan", "brasilia": "Brasília", "porto_alegre": "Porto Alegre",
    "fuentealbilla": "Fuentealbilla", "terrassa": "Terrassa", "zadar": "Zadar",
    "carrara": "Carrara", "gelsenkirchen": "Gelsenkirchen", "abidjan": "Abidjan",
    "nagrig": "Nagrig",
}
COUNTRIES = {
    "argentina": "Argentina", "portugal": "Portugal", "brazil": "Brazil",
    "netherlands": "Netherlands", "france": "France", "italy": "Italy", "spain": "Spain",
    "croatia": "Croatia", "germany": "Germany", "ivory_coast": "Ivory Coast", "egypt": "Egypt",
}
CLUBS = {
    "fc_barcelona": "FC Barcelona", "paris_saint_germain": "Paris Saint-Germain",
    "inter_miami": "Inter Miami", "sporting_cp": "Sporting CP",
    "manchester_united": "Manchester United", "real_madrid": "Real Madrid",
    "juventus": "Juventus", "al_nassr": "Al Nassr", "argentinos_juniors": "Argentinos Juniors",
    "boca_juniors": "Boca Juniors", "napoli": "Napoli", "sevilla": "Sevilla", "santos": "Santos",
    "new_york_cosmos": "New York Cosmos", "ajax": "Ajax", "feyenoord": "Feyenoord",
    "cannes": "Cannes", "bordeaux": "Bordeaux", "monaco": "Monaco", "arsenal": "Arsenal",
    "new_york_red_bulls": "New York Red Bulls", "brescia": "Brescia", "inter_milan": "Inter Milan",
    "ac_milan": "AC Milan", "new_york_city_fc": "New York City FC", "sao_paulo": "São Paulo",
    "orlando_city": "Orlando City", "gremio": "Grêmio", "flamengo": "Flamengo",
    "atletico_mineiro": "Atlético Mineiro", "vissel_kobe": "Vissel Kobe", "al_sadd": "Al Sadd",
    "dinamo_zagreb": "Dinamo Zagreb", "tottenham_hotspur": "Tottenham Hotspur", "parma": "Parma",
    "schalke_04": "Schalke 04", "bayern_munich": "Bayern Munich",
    "olympique_de_marseille": "Olympique de Marseille", "chelsea": "Chelsea",
    "galatasaray": "Galatasaray", "basel": "Basel", "fiorentina": "Fiorentina", "roma": "Roma",
    "liverpool": "Liverpool",
}
POSITIONS = {
    "goalkeeper": "Goalkeeper", "defender": "Defender", "midfielder": "Midfielder",
    "forward": "Forward",
}
TROPHIES = {
    "ballon_dor": "Ballon d'Or", "fifa_world_cup": "FIFA World Cup",
    "uefa_champions_league": "UEFA Champions League",
    "uefa_european_championship": "UEFA European Championship",
    "copa_america": "Copa América", "copa_libertadores": "Copa Libertadores",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]
RATINGS = [
    ("ana", "lionel_messi", 5.0), ("ana", "andres_iniesta", 4.5),
    ("ana", "gianluigi_buffon", 2.0), ("ana", "didier_drogba", 3.0),
    ("ben", "cristiano_ronaldo", 4.0), ("ben", "luka_modric", 5.0),
    ("ben", "paolo_maldini", 1.5), ("ben", "mohamed_salah", 3.5),
    ("chen", "pele", 5.0), ("chen", "diego_maradona", 4.5),
    ("chen", "manuel_neuer", 1.0), ("chen", "thierry_henry", 3.0),
    ("dara", "zinedine_zidane", 4.5), ("dara", "andrea_pirlo", 4.0),
    ("dara", "kaka", 2.0), ("dara", "xavi", 2.5),
    ("emil", "johan_cruyff", 5.0), ("emil", "ronaldinho", 1.0),
    ("emil", "didier_drogba", 4.0), ("emil", "mohamed_salah", 4.5),
]


def entities():
    ents = []
    for slug, label, year, *_ in PLAYERS:
        ents.append(kgx.Entity(f"footballer:{slug}", kind="item", type="footballer",
                               label=label, attrs={"year": year}))
    for prefix, table in (("city", CITIES), ("country", COUNTRIES), ("club", CLUBS),
                          ("position", POSITIONS), ("trophy", TROPHIES)):
        for slug, label in table.items():
            ents.append(kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=prefix, label=label))
    for u in USERS:
        ents.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return ents


def rows():
    out = []
    for slug, _label, _year, city, country, positions, clubs, trophies, managed in PLAYERS:
        head = f"footballer:{slug}"
        out.append((head, "born_in", f"city:{city}"))
        out.append((head, "represented", f"country:{country}"))
        out.extend((head, "plays_as", f"position:{p}") for p in positions)
        out.extend((head, "played_for", f"club:{c}") for c in clubs)
        out.extend((head, "won", f"trophy:{t}") for t in trophies)
        out.extend((head, "managed", f"club:{c}") for c in managed)
    for user, slug, rating in RATINGS:
        out.append((f"user:{user}", "rated", f"footballer:{slug}", {"rating": rating}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind362")
