"""blind118: a small graph of folk dances.

The ``year`` of an item is, depending on the dance: the year it was created or
choreographed (Sirtaki, Mayim Mayim, Hora Agadati, Reel of the 51st Division,
Ka Mate), the year it reached the ballrooms of Prague (Polka), the year it was
declared the national dance (Cueca), or the year UNESCO inscribed it as
intangible cultural heritage (the others).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("dance",)),
    kgx.Relation("originates_in", phrase="originates in", inverse_phrase="is the birthplace of",
                 domain=("dance",), range=("country", "region")),
    kgx.Relation("has_form", phrase="is a", inverse_phrase="is the form of",
                 domain=("dance",), range=("form",)),
    kgx.Relation("accompanied_by", phrase="is accompanied by", inverse_phrase="accompanies",
                 domain=("dance",), range=("instrument",)),
    kgx.Relation("created_by", phrase="was created by", inverse_phrase="created",
                 domain=("dance",), range=("person",)),
    kgx.Relation("music_by", phrase="is danced to music by", inverse_phrase="wrote the music for",
                 domain=("dance",), range=("person",)),
    kgx.Relation("inscribed_by", phrase="is inscribed as intangible heritage by",
                 inverse_phrase="inscribed as intangible heritage",
                 domain=("dance",), range=("organisation",)),
]

_DANCES = [
    ("dance:sirtaki", "Sirtaki", 1964),
    ("dance:mayim_mayim", "Mayim Mayim", 1937),
    ("dance:hora_agadati", "Hora Agadati", 1924),
    ("dance:polka", "Polka", 1835),
    ("dance:reel_of_the_51st", "The Reel of the 51st Division", 1940),
    ("dance:cueca", "Cueca", 1979),
    ("dance:flamenco", "Flamenco", 2010),
    ("dance:kolo", "Kolo", 2017),
    ("dance:kochari", "Kochari", 2017),
    ("dance:lazgi", "Lazgi", 2019),
    ("dance:nijemo_kolo", "Nijemo Kolo", 2011),
    ("dance:biyelgee", "Biyelgee", 2009),
    ("dance:saman", "Saman", 2011),
    ("dance:chhau", "Chhau", 2010),
    ("dance:garba", "Garba", 2023),
    ("dance:ka_mate", "Ka Mate", 1820),
    ("dance:merengue", "Merengue", 2016),
]

_ATTRS = [
    # places
    ("country:greece", "country", "Greece"),
    ("country:israel", "country", "Israel"),
    ("region:bohemia", "region", "Bohemia"),
    ("country:scotland", "country", "Scotland"),
    ("country:chile", "country", "Chile"),
    ("region:andalusia", "region", "Andalusia"),
    ("country:serbia", "country", "Serbia"),
    ("country:armenia", "country", "Armenia"),
    ("region:khorezm", "region", "Khorezm"),
    ("country:croatia", "country", "Croatia"),
    ("country:mongolia", "country", "Mongolia"),
    ("region:aceh", "region", "Aceh"),
    ("country:india", "country", "India"),
    ("region:gujarat", "region", "Gujarat"),
    ("country:new_zealand", "country", "New Zealand"),
    ("country:dominican_republic", "country", "Dominican Republic"),
    # forms
    ("form:line_dance", "form", "line dance"),
    ("form:circle_dance", "form", "circle dance"),
    ("form:couple_dance", "form", "couple dance"),
    ("form:group_dance", "form", "group dance"),
    ("form:solo_dance", "form", "solo dance"),
    ("form:martial_dance", "form", "martial dance"),
    ("form:haka", "form", "haka"),
    ("form:reel", "form", "reel"),
    # instruments
    ("instrument:bouzouki", "instrument", "bouzouki"),
    ("instrument:accordion", "instrument", "accordion"),
    ("instrument:guitar", "instrument", "guitar"),
    ("instrument:zurna", "instrument", "zurna"),
    ("instrument:doira", "instrument", "doira"),
    ("instrument:morin_khuur", "instrument", "morin khuur"),
    ("instrument:dhol", "instrument", "dhol"),
    # people
    ("person:giorgos_provias", "person", "Giorgos Provias"),
    ("person:mikis_theodorakis", "person", "Mikis Theodorakis"),
    ("person:else_dublon", "person", "Else Dublon"),
    ("person:emanuel_amiran", "person", "Emanuel Amiran"),
    ("person:baruch_agadati", "person", "Baruch Agadati"),
    ("person:jimmy_atkinson", "person", "Jimmy Atkinson"),
    ("person:te_rauparaha", "person", "Te Rauparaha"),
    # organisations
    ("org:unesco", "organisation", "UNESCO"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(i, kind="item", type="dance", label=label, attrs={"year": year})
           for i, label, year in _DANCES]
    out += [kgx.Entity(i, kind="attribute", type=t, label=label) for i, t, label in _ATTRS]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


_FACTS = [
    ("dance:sirtaki", "originates_in", "country:greece"),
    ("dance:sirtaki", "has_form", "form:line_dance"),
    ("dance:sirtaki", "accompanied_by", "instrument:bouzouki"),
    ("dance:sirtaki", "created_by", "person:giorgos_provias"),
    ("dance:sirtaki", "music_by", "person:mikis_theodorakis"),

    ("dance:mayim_mayim", "originates_in", "country:israel"),
    ("dance:mayim_mayim", "has_form", "form:circle_dance"),
    ("dance:mayim_mayim", "created_by", "person:else_dublon"),
    ("dance:mayim_mayim", "music_by", "person:emanuel_amiran"),

    ("dance:hora_agadati", "originates_in", "country:israel"),
    ("dance:hora_agadati", "has_form", "form:circle_dance"),
    ("dance:hora_agadati", "created_by", "person:baruch_agadati"),

    ("dance:polka", "originates_in", "region:bohemia"),
    ("dance:polka", "has_form", "form:couple_dance"),
    ("dance:polka", "accompanied_by", "instrument:accordion"),

    ("dance:reel_of_the_51st", "originates_in", "country:scotland"),
    ("dance:reel_of_the_51st", "has_form", "form:reel"),
    ("dance:reel_of_the_51st", "created_by", "person:jimmy_atkinson"),

    ("dance:cueca", "originates_in", "country:chile"),
    ("dance:cueca", "has_form", "form:couple_dance"),
    ("dance:cueca", "accompanied_by", "instrument:guitar"),

    ("dance:flamenco", "originates_in", "region:andalusia"),
    ("dance:flamenco", "has_form", "form:solo_dance"),
    ("dance:flamenco", "accompanied_by", "instrument:guitar"),
    ("dance:flamenco", "inscribed_by", "org:unesco"),

    ("dance:kolo", "originates_in", "country:serbia"),
    ("dance:kolo", "has_form", "form:circle_dance"),
    ("dance:kolo", "accompanied_by", "instrument:accordion"),
    ("dance:kolo", "inscribed_by", "org:unesco"),

    ("dance:kochari", "originates_in", "country:armenia"),
    ("dance:kochari", "has_form", "form:group_dance"),
    ("dance:kochari", "accompanied_by", "instrument:zurna"),
    ("dance:kochari", "inscribed_by", "org:unesco"),

    ("dance:lazgi", "originates_in", "region:khorezm"),
    ("dance:lazgi", "accompanied_by", "instrument:doira"),
    ("dance:lazgi", "inscribed_by", "org:unesco"),

    ("dance:nijemo_kolo", "originates_in", "country:croatia"),
    ("dance:nijemo_kolo", "has_form", "form:circle_dance"),
    ("dance:nijemo_kolo", "inscribed_by", "org:unesco"),

    ("dance:biyelgee", "originates_in", "country:mongolia"),
    ("dance:biyelgee", "accompanied_by", "instrument:morin_khuur"),
    ("dance:biyelgee", "inscribed_by", "org:unesco"),

    ("dance:saman", "originates_in", "region:aceh"),
    ("dance:saman", "has_form", "form:group_dance"),
    ("dance:saman", "inscribed_by", "org:unesco"),

    ("dance:chhau", "originates_in", "country:india"),
    ("dance:chhau", "has_form", "form:martial_dance"),
    ("dance:chhau", "accompanied_by", "instrument:dhol"),
    ("dance:chhau", "inscribed_by", "org:unesco"),

    ("dance:garba", "originates_in", "region:gujarat"),
    ("dance:garba", "has_form", "form:circle_dance"),
    ("dance:garba", "accompanied_by", "instrument:dhol"),
    ("dance:garba", "inscribed_by", "org:unesco"),

    ("dance:ka_mate", "originates_in", "country:new_zealand"),
    ("dance:ka_mate", "has_form", "form:haka"),
    ("dance:ka_mate", "created_by", "person:te_rauparaha"),

    ("dance:merengue", "originates_in", "country:dominican_republic"),
    ("dance:merengue", "has_form", "form:couple_dance"),
    ("dance:merengue", "accompanied_by", "instrument:accordion"),
    ("dance:merengue", "inscribed_by", "org:unesco"),
]

_RATINGS = [
    ("ana", "dance:sirtaki", 5.0),
    ("ana", "dance:flamenco", 4.5),
    ("ana", "dance:polka", 2.0),
    ("ana", "dance:garba", 3.5),
    ("ben", "dance:kolo", 4.0),
    ("ben", "dance:mayim_mayim", 1.5),
    ("ben", "dance:cueca", 5.0),
    ("ben", "dance:saman", 3.0),
    ("chen", "dance:biyelgee", 4.5),
    ("chen", "dance:lazgi", 2.5),
    ("chen", "dance:chhau", 1.0),
    ("chen", "dance:kochari", 4.0),
    ("dara", "dance:merengue", 5.0),
    ("dara", "dance:ka_mate", 3.5),
    ("dara", "dance:nijemo_kolo", 4.5),
    ("dara", "dance:hora_agadati", 2.0),
    ("emil", "dance:reel_of_the_51st", 4.0),
    ("emil", "dance:polka", 5.0),
    ("emil", "dance:flamenco", 1.5),
    ("emil", "dance:sirtaki", 3.0),
]


def rows():
    out = list(_FACTS)
    out += [(f"user:{u}", "rated", item, {"rating": r}) for u, item, r in _RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind118")
