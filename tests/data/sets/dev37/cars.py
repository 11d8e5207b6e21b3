"""A small car graph for the dev37 set: car models (items), makers, body styles, powertrains,
countries of assembly and designers (attributes), and a few drivers (users) with ratings.
Relations declare only ``phrase`` / ``inverse_phrase``."""

from __future__ import annotations

import kgexplain as kgx

CARS = {
    "car:golf": ("Volkswagen Golf", 1974),
    "car:mx5": ("Mazda MX-5", 1989),
    "car:prius": ("Toyota Prius", 1997),
    "car:model_3": ("Tesla Model 3", 2017),
    "car:model_s": ("Tesla Model S", 2012),
    "car:fiat_500": ("Fiat 500", 2007),
    "car:porsche_911": ("Porsche 911", 1964),
    "car:bmw_i3": ("BMW i3", 2013),
    "car:defender": ("Land Rover Defender", 2020),
    "car:leaf": ("Nissan Leaf", 2010),
    "car:mustang": ("Ford Mustang", 1964),
    "car:rav4": ("Toyota RAV4", 1994),
    "car:xc90": ("Volvo XC90", 2002),
    "car:zoe": ("Renault Zoe", 2012),
}

ATTRIBUTES = {
    "maker:volkswagen": ("maker", "Volkswagen"),
    "maker:mazda": ("maker", "Mazda"),
    "maker:toyota": ("maker", "Toyota"),
    "maker:tesla": ("maker", "Tesla"),
    "maker:fiat": ("maker", "Fiat"),
    "maker:porsche": ("maker", "Porsche"),
    "maker:bmw": ("maker", "BMW"),
    "maker:land_rover": ("maker", "Land Rover"),
    "maker:nissan": ("maker", "Nissan"),
    "maker:ford": ("maker", "Ford"),
    "maker:volvo": ("maker", "Volvo"),
    "maker:renault": ("maker", "Renault"),
    "body:hatchback": ("body style", "hatchback"),
    "body:roadster": ("body style", "roadster"),
    "body:sedan": ("body style", "sedan"),
    "body:coupe": ("body style", "coupé"),
    "body:suv": ("body style", "SUV"),
    "power:petrol": ("powertrain", "petrol engine"),
    "power:diesel": ("powertrain", "diesel engine"),
    "power:electric": ("powertrain", "electric motor"),
    "power:hybrid": ("powertrain", "hybrid powertrain"),
    "country:germany": ("country", "Germany"),
    "country:japan": ("country", "Japan"),
    "country:usa": ("country", "United States"),
    "country:poland": ("country", "Poland"),
    "country:slovakia": ("country", "Slovakia"),
    "country:sweden": ("country", "Sweden"),
    "country:france": ("country", "France"),
    "designer:giugiaro": ("designer", "Giorgetto Giugiaro"),
    "designer:matano": ("designer", "Tom Matano"),
    "designer:von_holzhausen": ("designer", "Franz von Holzhausen"),
    "designer:giolito": ("designer", "Roberto Giolito"),
    "designer:fa_porsche": ("designer", "Ferdinand Alexander Porsche"),
    "designer:mcgovern": ("designer", "Gerry McGovern"),
    "designer:horbury": ("designer", "Peter Horbury"),
}

USERS = {"user:elif": "Elif", "user:marco": "Marco", "user:nora": "Nora", "user:tom": "Tom"}

FACTS = [
    # car, maker, body style, powertrain, country, designer
    ("car:golf", "maker:volkswagen", "body:hatchback", "power:petrol", "country:germany", "designer:giugiaro"),
    ("car:mx5", "maker:mazda", "body:roadster", "power:petrol", "country:japan", "designer:matano"),
    ("car:prius", "maker:toyota", "body:sedan", "power:hybrid", "country:japan", None),
    ("car:model_3", "maker:tesla", "body:sedan", "power:electric", "country:usa", "designer:von_holzhausen"),
    ("car:model_s", "maker:tesla", "body:sedan", "power:electric", "country:usa", "designer:von_holzhausen"),
    ("car:fiat_500", "maker:fiat", "body:hatchback", "power:petrol", "country:poland", "designer:giolito"),
    ("car:porsche_911", "maker:porsche", "body:coupe", "power:petrol", "country:germany", "designer:fa_porsche"),
    ("car:bmw_i3", "maker:bmw", "body:hatchback", "power:electric", "country:germany", None),
    ("car:defender", "maker:land_rover", "body:suv", "power:diesel", "country:slovakia", "designer:mcgovern"),
    ("car:leaf", "maker:nissan", "body:hatchback", "power:electric", "country:japan", None),
    ("car:mustang", "maker:ford", "body:coupe", "power:petrol", "country:usa", None),
    ("car:rav4", "maker:toyota", "body:suv", "power:petrol", "country:japan", None),
    ("car:xc90", "maker:volvo", "body:suv", "power:diesel", "country:sweden", "designer:horbury"),
    ("car:zoe", "maker:renault", "body:hatchback", "power:electric", "country:france", None),
]

RATINGS = [
    ("user:elif", "car:golf", 4),
    ("user:elif", "car:fiat_500", 5),
    ("user:elif", "car:xc90", 2),
    ("user:elif", "car:zoe", 4),
    ("user:marco", "car:porsche_911", 5),
    ("user:marco", "car:mx5", 5),
    ("user:marco", "car:mustang", 3),
    ("user:marco", "car:prius", 1),
    ("user:nora", "car:model_3", 5),
    ("user:nora", "car:leaf", 4),
    ("user:nora", "car:bmw_i3", 2),
    ("user:nora", "car:rav4", 3),
    ("user:tom", "car:defender", 5),
    ("user:tom", "car:xc90", 4),
    ("user:tom", "car:model_s", 2),
    ("user:tom", "car:golf", 3),
]

RELATIONS = [
    kgx.Relation("drove", phrase="has driven", inverse_phrase="was driven by",
                 domain=("user",), range=("car",)),
    kgx.Relation("made_by", phrase="is made by", inverse_phrase="makes",
                 domain=("car",), range=("maker",)),
    kgx.Relation("body_style", phrase="has the body style", inverse_phrase="is the body style of",
                 domain=("car",), range=("body style",)),
    kgx.Relation("powered_by", phrase="is powered by", inverse_phrase="powers",
                 domain=("car",), range=("powertrain",)),
    kgx.Relation("built_in", phrase="is built in", inverse_phrase="builds",
                 domain=("car",), range=("country",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("car",), range=("designer",)),
]


def rows() -> list[tuple]:
    out: list[tuple] = []
    for car, maker, body, power, country, designer in FACTS:
        out += [(car, "made_by", maker), (car, "body_style", body), (car, "powered_by", power),
                (car, "built_in", country)]
        if designer:
            out.append((car, "designed_by", designer))
    out += [(u, "drove", c, {"rating": float(s)}) for u, c, s in RATINGS]
    return out


def entities() -> list[kgx.Entity]:
    ents = [kgx.Entity(i, kind="item", type="car", label=lab, attrs={"year": year})
            for i, (lab, year) in CARS.items()]
    ents += [kgx.Entity(i, kind="attribute", type=t, label=lab) for i, (t, lab) in ATTRIBUTES.items()]
    ents += [kgx.Entity(i, kind="user", type="user", label=lab) for i, lab in USERS.items()]
    return ents


def build() -> kgx.KnowledgeGraph:
    """The dev37 car graph (14 models, 35 attributes, 4 drivers)."""
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="cars")
