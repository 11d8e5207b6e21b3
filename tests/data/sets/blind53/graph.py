"""A small knowledge graph of classic automobiles (blind53)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("car",)),
    kgx.Relation("made_by", phrase="is built by", inverse_phrase="builds",
                 domain=("car",), range=("manufacturer",)),
    kgx.Relation("designed_by", phrase="was styled by", inverse_phrase="styled",
                 domain=("car",), range=("designer",)),
    kgx.Relation("powered_by", phrase="is powered by", inverse_phrase="powers",
                 domain=("car",), range=("engine",)),
    kgx.Relation("body_style", phrase="has the body style", inverse_phrase="is the body style of",
                 domain=("car",), range=("body_style",)),
    kgx.Relation("assembled_at", phrase="is assembled at", inverse_phrase="assembles",
                 domain=("car",), range=("plant",)),
    kgx.Relation("based_in", phrase="is headquartered in", inverse_phrase="is home to",
                 domain=("manufacturer",), range=("country",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="hosts",
                 domain=("plant",), range=("country",)),
]

CARS = [
    ("car:porsche_911", "Porsche 911", 1964),
    ("car:vw_golf", "Volkswagen Golf", 1974),
    ("car:vw_beetle", "Volkswagen Beetle", 1938),
    ("car:countach", "Lamborghini Countach", 1974),
    ("car:miura", "Lamborghini Miura", 1966),
    ("car:stratos", "Lancia Stratos", 1973),
    ("car:f40", "Ferrari F40", 1987),
    ("car:daytona", "Ferrari Daytona", 1968),
    ("car:bmw_m1", "BMW M1", 1978),
    ("car:dmc12", "DeLorean DMC-12", 1981),
    ("car:mx5", "Mazda MX-5", 1989),
    ("car:toyota_2000gt", "Toyota 2000GT", 1967),
    ("car:mustang", "Ford Mustang", 1964),
    ("car:etype", "Jaguar E-Type", 1961),
    ("car:mini", "Mini", 1959),
    ("car:citroen_ds", "Citroën DS", 1955),
]

ATTRS = {
    "manufacturer": [
        ("mfr:porsche", "Porsche"), ("mfr:volkswagen", "Volkswagen"),
        ("mfr:lamborghini", "Lamborghini"), ("mfr:lancia", "Lancia"),
        ("mfr:ferrari", "Ferrari"), ("mfr:bmw", "BMW"),
        ("mfr:dmc", "DeLorean Motor Company"), ("mfr:mazda", "Mazda"),
        ("mfr:toyota", "Toyota"), ("mfr:ford", "Ford"), ("mfr:jaguar", "Jaguar"),
        ("mfr:bmc", "British Motor Corporation"), ("mfr:citroen", "Citroën"),
    ],
    "designer": [
        ("des:fa_porsche", "Ferdinand Alexander Porsche"),
        ("des:ferdinand_porsche", "Ferdinand Porsche"),
        ("des:giugiaro", "Giorgetto Giugiaro"), ("des:gandini", "Marcello Gandini"),
        ("des:fioravanti", "Leonardo Fioravanti"), ("des:matano", "Tom Matano"),
        ("des:nozaki", "Satoru Nozaki"), ("des:oros", "Joe Oros"),
        ("des:sayer", "Malcolm Sayer"), ("des:issigonis", "Alec Issigonis"),
        ("des:bertoni", "Flaminio Bertoni"),
    ],
    "engine": [
        ("eng:porsche_flat6", "Porsche flat-six"),
        ("eng:vw_aircooled", "Volkswagen air-cooled flat-four"),
        ("eng:ea827", "Volkswagen EA827"),
        ("eng:lambo_v12", "Lamborghini V12"), ("eng:dino_v6", "Ferrari Dino V6"),
        ("eng:f120a", "Ferrari F120A twin-turbo V8"), ("eng:colombo_v12", "Ferrari Colombo V12"),
        ("eng:bmw_m88", "BMW M88"), ("eng:prv_v6", "PRV V6"), ("eng:mazda_b", "Mazda B engine"),
        ("eng:toyota_3m", "Toyota 3M"), ("eng:ford_windsor", "Ford Windsor V8"),
        ("eng:jaguar_xk6", "Jaguar XK6"), ("eng:bmc_a", "BMC A-Series"),
    ],
    "body_style": [
        ("body:coupe", "Coupé"), ("body:hatchback", "Hatchback"), ("body:roadster", "Roadster"),
        ("body:saloon", "Saloon"), ("body:convertible", "Convertible"),
    ],
    "country": [
        ("country:germany", "Germany"), ("country:italy", "Italy"), ("country:japan", "Japan"),
        ("country:usa", "United States"), ("country:uk", "United Kingdom"), ("country:france", "France"),
    ],
    "plant": [
        ("plant:zuffenhausen", "Zuffenhausen"), ("plant:wolfsburg", "Wolfsburg"),
        ("plant:santagata", "Sant'Agata Bolognese"), ("plant:maranello", "Maranello"),
        ("plant:dunmurry", "Dunmurry"), ("plant:ujina", "Ujina"),
        ("plant:dearborn", "Dearborn Assembly"), ("plant:browns_lane", "Browns Lane"),
        ("plant:longbridge", "Longbridge"), ("plant:javel", "Javel"),
    ],
}

USERS = [("user:ana", "Ana"), ("user:bruno", "Bruno"), ("user:chen", "Chen"),
         ("user:dara", "Dara"), ("user:emil", "Emil")]


def entities():
    out = [kgx.Entity(i, kind="item", type="car", label=lab, attrs={"year": y}) for i, lab, y in CARS]
    for typ, pairs in ATTRS.items():
        out += [kgx.Entity(i, kind="attribute", type=typ, label=lab) for i, lab in pairs]
    out += [kgx.Entity(i, kind="user", type="user", label=lab) for i, lab in USERS]
    return out


# car: (manufacturer, designer, engine, body style, plant)
SPECS = {
    "car:porsche_911": ("mfr:porsche", "des:fa_porsche", "eng:porsche_flat6", "body:coupe", "plant:zuffenhausen"),
    "car:vw_golf": ("mfr:volkswagen", "des:giugiaro", "eng:ea827", "body:hatchback", "plant:wolfsburg"),
    "car:vw_beetle": ("mfr:volkswagen", "des:ferdinand_porsche", "eng:vw_aircooled", "body:saloon", "plant:wolfsburg"),
    "car:countach": ("mfr:lamborghini", "des:gandini", "eng:lambo_v12", "body:coupe", "plant:santagata"),
    "car:miura": ("mfr:lamborghini", "des:gandini", "eng:lambo_v12", "body:coupe", "plant:santagata"),
    "car:stratos": ("mfr:lancia", "des:gandini", "eng:dino_v6", "body:coupe", None),
    "car:f40": ("mfr:ferrari", "des:fioravanti", "eng:f120a", "body:coupe", "plant:maranello"),
    "car:daytona": ("mfr:ferrari", "des:fioravanti", "eng:colombo_v12", "body:coupe", "plant:maranello"),
    "car:bmw_m1": ("mfr:bmw", "des:giugiaro", "eng:bmw_m88", "body:coupe", None),
    "car:dmc12": ("mfr:dmc", "des:giugiaro", "eng:prv_v6", "body:coupe", "plant:dunmurry"),
    "car:mx5": ("mfr:mazda", "des:matano", "eng:mazda_b", "body:roadster", "plant:ujina"),
    "car:toyota_2000gt": ("mfr:toyota", "des:nozaki", "eng:toyota_3m", "body:coupe", None),
    "car:mustang": ("mfr:ford", "des:oros", "eng:ford_windsor", "body:convertible", "plant:dearborn"),
    "car:etype": ("mfr:jaguar", "des:sayer", "eng:jaguar_xk6", "body:roadster", "plant:browns_lane"),
    "car:mini": ("mfr:bmc", "des:issigonis", "eng:bmc_a", "body:saloon", "plant:longbridge"),
    "car:citroen_ds": ("mfr:citroen", "des:bertoni", None, "body:saloon", "plant:javel"),
}

BASED_IN = {
    "mfr:porsche": "country:germany", "mfr:volkswagen": "country:germany", "mfr:bmw": "country:germany",
    "mfr:lamborghini": "country:italy", "mfr:lancia": "country:italy", "mfr:ferrari": "country:italy",
    "mfr:dmc": "country:usa", "mfr:ford": "country:usa", "mfr:mazda": "country:japan",
    "mfr:toyota": "country:japan", "mfr:jaguar": "country:uk", "mfr:bmc": "country:uk",
    "mfr:citroen": "country:france",
}

LOCATED_IN = {
    "plant:zuffenhausen": "country:germany", "plant:wolfsburg": "country:germany",
    "plant:santagata": "country:italy", "plant:maranello": "country:italy",
    "plant:dunmurry": "country:uk", "plant:ujina": "country:japan", "plant:dearborn": "country:usa",
    "plant:browns_lane": "country:uk", "plant:longbridge": "country:uk", "plant:javel": "country:france",
}

RATINGS = [
    ("user:ana", "car:porsche_911", 5.0), ("user:ana", "car:countach", 4.0),
    ("user:ana", "car:vw_golf", 2.0), ("user:ana", "car:mini", 3.5), ("user:ana", "car:etype", 4.5),
    ("user:bruno", "car:f40", 5.0), ("user:bruno", "car:daytona", 4.0),
    ("user:bruno", "car:dmc12", 1.5), ("user:bruno", "car:mustang", 3.0), ("user:bruno", "car:miura", 4.5),
    ("user:chen", "car:mx5", 5.0), ("user:chen", "car:toyota_2000gt", 4.0),
    ("user:chen", "car:stratos", 3.0), ("user:chen", "car:vw_beetle", 2.5),
    ("user:dara", "car:citroen_ds", 4.5), ("user:dara", "car:mini", 4.0),
    ("user:dara", "car:etype", 2.0), ("user:dara", "car:bmw_m1", 3.5),
    ("user:emil", "car:vw_golf", 4.0), ("user:emil", "car:vw_beetle", 5.0),
    ("user:emil", "car:mustang", 2.5), ("user:emil", "car:countach", 3.0),
]


def rows():
    out = []
    for car, (mfr, des, eng, body, plant) in SPECS.items():
        out.append((car, "made_by", mfr))
        out.append((car, "designed_by", des))
        if eng:
            out.append((car, "powered_by", eng))
        out.append((car, "body_style", body))
        if plant:
            out.append((car, "assembled_at", plant))
    out += [(m, "based_in", c) for m, c in BASED_IN.items()]
    out += [(p, "located_in", c) for p, c in LOCATED_IN.items()]
    out += [(u, "rated", i, {"rating": r}) for u, i, r in RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind53")
