"""A small automobile manufacturers graph (blind256).

Items are car makers; `year` is the year each company (or marque) was founded.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("automaker",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                 domain=("automaker",), range=("person",)),
    kgx.Relation("headquartered_in", phrase="is headquartered in", inverse_phrase="is home to",
                 domain=("automaker",), range=("city",)),
    kgx.Relation("from_country", phrase="comes from", inverse_phrase="is the home country of",
                 domain=("automaker",), range=("country",)),
    kgx.Relation("owned_by", phrase="is owned by", inverse_phrase="owns",
                 domain=("automaker",), range=("automaker", "company")),
    kgx.Relation("builds", phrase="builds", inverse_phrase="is built by",
                 domain=("automaker",), range=("vehicle class",)),
]

AUTOMAKERS = {
    # slug: (label, founding year)
    "ferrari": ("Ferrari", 1947),
    "lamborghini": ("Lamborghini", 1963),
    "maserati": ("Maserati", 1914),
    "fiat": ("Fiat", 1899),
    "porsche": ("Porsche", 1931),
    "volkswagen": ("Volkswagen", 1937),
    "audi": ("Audi", 1909),
    "bmw": ("BMW", 1916),
    "toyota": ("Toyota", 1937),
    "honda": ("Honda", 1948),
    "nissan": ("Nissan", 1933),
    "ford": ("Ford", 1903),
    "general_motors": ("General Motors", 1908),
    "chevrolet": ("Chevrolet", 1911),
    "tesla": ("Tesla", 2003),
    "bentley": ("Bentley", 1919),
    "volvo_cars": ("Volvo Cars", 1927),
    "skoda_auto": ("Škoda Auto", 1895),
    "hyundai": ("Hyundai", 1967),
    "jaguar": ("Jaguar", 1922),
}

PEOPLE = {
    "enzo_ferrari": "Enzo Ferrari",
    "ferruccio_lamborghini": "Ferruccio Lamborghini",
    "alfieri_maserati": "Alfieri Maserati",
    "giovanni_agnelli": "Giovanni Agnelli",
    "ferdinand_porsche": "Ferdinand Porsche",
    "august_horch": "August Horch",
    "kiichiro_toyoda": "Kiichiro Toyoda",
    "soichiro_honda": "Soichiro Honda",
    "yoshisuke_aikawa": "Yoshisuke Aikawa",
    "henry_ford": "Henry Ford",
    "william_c_durant": "William C. Durant",
    "louis_chevrolet": "Louis Chevrolet",
    "martin_eberhard": "Martin Eberhard",
    "marc_tarpenning": "Marc Tarpenning",
    "w_o_bentley": "W. O. Bentley",
    "assar_gabrielsson": "Assar Gabrielsson",
    "gustaf_larson": "Gustaf Larson",
    "vaclav_laurin": "Václav Laurin",
    "vaclav_klement": "Václav Klement",
    "chung_ju_yung": "Chung Ju-yung",
    "william_lyons": "William Lyons",
}

CITIES = {
    "maranello": "Maranello",
    "sant_agata_bolognese": "Sant'Agata Bolognese",
    "modena": "Modena",
    "turin": "Turin",
    "stuttgart": "Stuttgart",
    "wolfsburg": "Wolfsburg",
    "ingolstadt": "Ingolstadt",
    "munich": "Munich",
    "toyota_city": "Toyota City",
    "tokyo": "Tokyo",
    "yokohama": "Yokohama",
    "dearborn": "Dearborn",
    "detroit": "Detroit",
    "austin": "Austin",
    "crewe": "Crewe",
    "gothenburg": "Gothenburg",
    "mlada_boleslav": "Mladá Boleslav",
    "seoul": "Seoul",
    "coventry": "Coventry",
}

COUNTRIES = {
    "italy": "Italy",
    "germany": "Germany",
    "japan": "Japan",
    "united_states": "United States",
    "united_kingdom": "United Kingdom",
    "sweden": "Sweden",
    "czech_republic": "Czech Republic",
    "south_korea": "South Korea",
}

COMPANIES = {
    "volkswagen_group": "Volkswagen Group",
    "stellantis": "Stellantis",
    "geely": "Geely",
    "tata_motors": "Tata Motors",
}

CLASSES = {
    "sports_car": "Sports car",
    "luxury_car": "Luxury car",
    "electric_car": "Electric car",
    "pickup_truck": "Pickup truck",
    "compact_car": "Compact car",
    "suv": "SUV",
    "motorcycle": "Motorcycle",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, (label, year) in AUTOMAKERS.items():
        out.append(kgx.Entity(f"automaker:{slug}", kind="item", type="automaker",
                              label=label, attrs={"year": year}))
    for prefix, typ, table in [("person", "person", PEOPLE), ("city", "city", CITIES),
                               ("country", "country", COUNTRIES), ("company", "company", COMPANIES),
                               ("class", "vehicle class", CLASSES)]:
        for slug, label in table.items():
            out.append(kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=typ, label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


FOUNDERS = {
    "ferrari": ["enzo_ferrari"],
    "lamborghini": ["ferruccio_lamborghini"],
    "maserati": ["alfieri_maserati"],
    "fiat": ["giovanni_agnelli"],
    "porsche": ["ferdinand_porsche"],
    "audi": ["august_horch"],
    "toyota": ["kiichiro_toyoda"],
    "honda": ["soichiro_honda"],
    "nissan": ["yoshisuke_aikawa"],
    "ford": ["henry_ford"],
    "general_motors": ["william_c_durant"],
    "chevrolet": ["louis_chevrolet", "william_c_durant"],
    "tesla": ["martin_eberhard", "marc_tarpenning"],
    "bentley": ["w_o_bentley"],
    "volvo_cars": ["assar_gabrielsson", "gustaf_larson"],
    "skoda_auto": ["vaclav_laurin", "vaclav_klement"],
    "hyundai": ["chung_ju_yung"],
    "jaguar": ["william_lyons"],
}

HEADQUARTERS = {
    "ferrari": "maranello",
    "lamborghini": "sant_agata_bolognese",
    "maserati": "modena",
    "fiat": "turin",
    "porsche": "stuttgart",
    "volkswagen": "wolfsburg",
    "audi": "ingolstadt",
    "bmw": "munich",
    "toyota": "toyota_city",
    "honda": "tokyo",
    "nissan": "yokohama",
    "ford": "dearborn",
    "general_motors": "detroit",
    "chevrolet": "detroit",
    "tesla": "austin",
    "bentley": "crewe",
    "volvo_cars": "gothenburg",
    "skoda_auto": "mlada_boleslav",
    "hyundai": "seoul",
    "jaguar": "coventry",
}

COUNTRY_OF = {
    "ferrari": "italy", "lamborghini": "italy", "maserati": "italy", "fiat": "italy",
    "porsche": "germany", "volkswagen": "germany", "audi": "germany", "bmw": "germany",
    "toyota": "japan", "honda": "japan", "nissan": "japan",
    "ford": "united_states", "general_motors": "united_states", "chevrolet": "united_states",
    "tesla": "united_states",
    "bentley": "united_kingdom", "jaguar": "united_kingdom",
    "volvo_cars": "sweden", "skoda_auto": "czech_republic", "hyundai": "south_korea",
}

OWNERS = {
    "lamborghini": "automaker:audi",
    "audi": "company:volkswagen_group",
    "porsche": "company:volkswagen_group",
    "bentley": "company:volkswagen_group",
    "skoda_auto": "company:volkswagen_group",
    "chevrolet": "automaker:general_motors",
    "fiat": "company:stellantis",
    "maserati": "company:stellantis",
    "volvo_cars": "company:geely",
    "jaguar": "company:tata_motors",
}

BUILDS = {
    "ferrari": ["sports_car"],
    "lamborghini": ["sports_car"],
    "maserati": ["sports_car", "luxury_car"],
    "porsche": ["sports_car"],
    "bentley": ["luxury_car"],
    "jaguar": ["luxury_car"],
    "audi": ["luxury_car"],
    "bmw": ["luxury_car", "motorcycle"],
    "tesla": ["electric_car"],
    "nissan": ["electric_car"],
    "ford": ["pickup_truck"],
    "chevrolet": ["pickup_truck"],
    "toyota": ["pickup_truck", "compact_car"],
    "honda": ["motorcycle", "compact_car"],
    "volkswagen": ["compact_car"],
    "fiat": ["compact_car"],
    "skoda_auto": ["compact_car"],
    "hyundai": ["compact_car", "suv"],
    "volvo_cars": ["suv"],
}

RATINGS = {
    "ana": {"ferrari": 5.0, "tesla": 2.0, "porsche": 4.5, "volvo_cars": 3.0},
    "ben": {"ford": 4.0, "toyota": 1.5, "lamborghini": 5.0, "skoda_auto": 3.5},
    "chen": {"honda": 4.5, "bmw": 2.5, "audi": 4.0, "fiat": 1.0},
    "dara": {"bentley": 5.0, "jaguar": 4.0, "hyundai": 2.0, "chevrolet": 3.0},
    "emil": {"nissan": 4.5, "maserati": 1.5, "volkswagen": 3.5, "general_motors": 5.0},
}


def rows():
    out = []
    for a, people in FOUNDERS.items():
        for p in people:
            out.append((f"automaker:{a}", "founded_by", f"person:{p}"))
    for a, c in HEADQUARTERS.items():
        out.append((f"automaker:{a}", "headquartered_in", f"city:{c}"))
    for a, c in COUNTRY_OF.items():
        out.append((f"automaker:{a}", "from_country", f"country:{c}"))
    for a, o in OWNERS.items():
        out.append((f"automaker:{a}", "owned_by", o))
    for a, classes in BUILDS.items():
        for c in classes:
            out.append((f"automaker:{a}", "builds", f"class:{c}"))
    for u, ratings in RATINGS.items():
        for a, r in ratings.items():
            out.append((f"user:{u}", "rated", f"automaker:{a}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind256")
