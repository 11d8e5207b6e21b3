"""blind309: a small graph of historical empires.

Each empire's ``year`` is the year it was founded (or, for the Byzantine
Empire, the year Constantinople was dedicated as its capital).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("empire",)),
    kgx.Relation("has_capital", phrase="had its capital at", inverse_phrase="was the capital of",
                 domain=("empire",), range=("city",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                 domain=("empire",), range=("person",)),
    kgx.Relation("state_religion", phrase="had the state religion", inverse_phrase="was the state religion of",
                 domain=("empire",), range=("religion",)),
    kgx.Relation("official_language", phrase="had the official language",
                 inverse_phrase="was the official language of",
                 domain=("empire",), range=("language",)),
    kgx.Relation("extended_into", phrase="extended into", inverse_phrase="was partly ruled by",
                 domain=("empire",), range=("region",)),
    kgx.Relation("government", phrase="was governed as", inverse_phrase="was the form of government of",
                 domain=("empire",), range=("government",)),
]

EMPIRES = [
    # slug, label, year
    ("byzantine", "Byzantine Empire", 330),
    ("ottoman", "Ottoman Empire", 1299),
    ("mongol", "Mongol Empire", 1206),
    ("mughal", "Mughal Empire", 1526),
    ("carolingian", "Carolingian Empire", 800),
    ("holy_roman", "Holy Roman Empire", 962),
    ("inca", "Inca Empire", 1438),
    ("aztec", "Aztec Empire", 1428),
    ("mali", "Mali Empire", 1235),
    ("songhai", "Songhai Empire", 1464),
    ("abbasid", "Abbasid Caliphate", 750),
    ("umayyad", "Umayyad Caliphate", 661),
    ("safavid", "Safavid Empire", 1501),
    ("khmer", "Khmer Empire", 802),
    ("timurid", "Timurid Empire", 1370),
    ("russian", "Russian Empire", 1721),
    ("austrian", "Austrian Empire", 1804),
    ("first_french", "First French Empire", 1804),
]

ATTRIBUTES = [
    # id, type, label
    ("city:constantinople", "city", "Constantinople"),
    ("city:karakorum", "city", "Karakorum"),
    ("city:agra", "city", "Agra"),
    ("city:aachen", "city", "Aachen"),
    ("city:cusco", "city", "Cusco"),
    ("city:tenochtitlan", "city", "Tenochtitlan"),
    ("city:niani", "city", "Niani"),
    ("city:gao", "city", "Gao"),
    ("city:baghdad", "city", "Baghdad"),
    ("city:damascus", "city", "Damascus"),
    ("city:isfahan", "city", "Isfahan"),
    ("city:angkor", "city", "Angkor"),
    ("city:samarkand", "city", "Samarkand"),
    ("city:saint_petersburg", "city", "Saint Petersburg"),
    ("city:vienna", "city", "Vienna"),
    ("city:paris", "city", "Paris"),
    ("person:constantine_the_great", "person", "Constantine the Great"),
    ("person:osman_i", "person", "Osman I"),
    ("person:genghis_khan", "person", "Genghis Khan"),
    ("person:babur", "person", "Babur"),
    ("person:charlemagne", "person", "Charlemagne"),
    ("person:otto_i", "person", "Otto the Great"),
    ("person:pachacuti", "person", "Pachacuti"),
    ("person:itzcoatl", "person", "Itzcoatl"),
    ("person:sundiata_keita", "person", "Sundiata Keita"),
    ("person:sunni_ali", "person", "Sunni Ali"),
    ("person:as_saffah", "person", "As-Saffah"),
    ("person:muawiya_i", "person", "Muawiya I"),
    ("person:ismail_i", "person", "Ismail I"),
    ("person:jayavarman_ii", "person", "Jayavarman II"),
    ("person:timur", "person", "Timur"),
    ("person:peter_the_great", "person", "Peter the Great"),
    ("person:francis_i_of_austria", "person", "Francis I of Austria"),
    ("person:napoleon", "person", "Napoleon"),
    ("religion:christianity", "religion", "Christianity"),
    ("religion:islam", "religion", "Islam"),
    ("religion:hinduism", "religion", "Hinduism"),
    ("language:greek", "language", "Greek"),
    ("language:ottoman_turkish", "language", "Ottoman Turkish"),
    ("language:mongolian", "language", "Mongolian"),
    ("language:persian", "language", "Persian"),
    ("language:latin", "language", "Latin"),
    ("language:quechua", "language", "Quechua"),
    ("language:nahuatl", "language", "Nahuatl"),
    ("language:arabic", "language", "Arabic"),
    ("language:khmer", "language", "Khmer"),
    ("language:russian", "language", "Russian"),
    ("language:german", "language", "German"),
    ("language:french", "language", "French"),
    ("region:europe", "region", "Europe"),
    ("region:asia", "region", "Asia"),
    ("region:africa", "region", "Africa"),
    ("region:north_america", "region", "North America"),
    ("region:south_america", "region", "South America"),
    ("government:absolute_monarchy", "government", "absolute monarchy"),
    ("government:elective_monarchy", "government", "elective monarchy"),
    ("government:caliphate", "government", "caliphate"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]

FACTS = {
    # empire slug: {relation: [tail ids]}
    "byzantine": {"has_capital": ["city:constantinople"], "founded_by": ["person:constantine_the_great"],
                  "state_religion": ["religion:christianity"], "official_language": ["language:greek"],
                  "extended_into": ["region:europe", "region:asia"]},
    "ottoman": {"has_capital": ["city:constantinople"], "founded_by": ["person:osman_i"],
                "state_religion": ["religion:islam"], "official_language": ["language:ottoman_turkish"],
                "extended_into": ["region:europe", "region:asia", "region:africa"],
                "government": ["government:absolute_monarchy"]},
    "mongol": {"has_capital": ["city:karakorum"], "founded_by": ["person:genghis_khan"],
               "official_language": ["language:mongolian"],
               "extended_into": ["region:asia", "region:europe"],
               "government": ["government:elective_monarchy"]},
    "mughal": {"has_capital": ["city:agra"], "founded_by": ["person:babur"],
               "state_religion": ["religion:islam"], "official_language": ["language:persian"],
               "extended_into": ["region:asia"], "government": ["government:absolute_monarchy"]},
    "carolingian": {"has_capital": ["city:aachen"], "founded_by": ["person:charlemagne"],
                    "state_religion": ["religion:christianity"], "official_language": ["language:latin"],
                    "extended_into": ["region:europe"]},
    "holy_roman": {"founded_by": ["person:otto_i"], "state_religion": ["religion:christianity"],
                   "official_language": ["language:latin"], "extended_into": ["region:europe"],
                   "government": ["government:elective_monarchy"]},
    "inca": {"has_capital": ["city:cusco"], "founded_by": ["person:pachacuti"],
             "official_language": ["language:quechua"], "extended_into": ["region:south_america"],
             "government": ["government:absolute_monarchy"]},
    "aztec": {"has_capital": ["city:tenochtitlan"], "founded_by": ["person:itzcoatl"],
              "official_language": ["language:nahuatl"], "extended_into": ["region:north_america"]},
    "mali": {"has_capital": ["city:niani"], "founded_by": ["person:sundiata_keita"],
             "state_religion": ["religion:islam"], "extended_into": ["region:africa"]},
    "songhai": {"has_capital": ["city:gao"], "founded_by": ["person:sunni_ali"],
                "state_religion": ["religion:islam"], "extended_into": ["region:africa"]},
    "abbasid": {"has_capital": ["city:baghdad"], "founded_by": ["person:as_saffah"],
                "state_religion": ["religion:islam"], "official_language": ["language:arabic"],
                "extended_into": ["region:asia", "region:africa"],
                "government": ["government:caliphate"]},
    "umayyad": {"has_capital": ["city:damascus"], "founded_by": ["person:muawiya_i"],
                "state_religion": ["religion:islam"], "official_language": ["language:arabic"],
                "extended_into": ["region:asia", "region:africa", "region:europe"],
                "government": ["government:caliphate"]},
    "safavid": {"has_capital": ["city:isfahan"], "founded_by": ["person:ismail_i"],
                "state_religion": ["religion:islam"], "official_language": ["language:persian"],
                "extended_into": ["region:asia"], "government": ["government:absolute_monarchy"]},
    "khmer": {"has_capital": ["city:angkor"], "founded_by": ["person:jayavarman_ii"],
              "state_religion": ["religion:hinduism"], "official_language": ["language:khmer"],
              "extended_into": ["region:asia"]},
    "timurid": {"has_capital": ["city:samarkand"], "founded_by": ["person:timur"],
                "state_religion": ["religion:islam"], "official_language": ["language:persian"],
                "extended_into": ["region:asia"]},
    "russian": {"has_capital": ["city:saint_petersburg"], "founded_by": ["person:peter_the_great"],
                "state_religion": ["religion:christianity"], "official_language": ["language:russian"],
                "extended_into": ["region:europe", "region:asia"],
                "government": ["government:absolute_monarchy"]},
    "austrian": {"has_capital": ["city:vienna"], "founded_by": ["person:francis_i_of_austria"],
                 "state_religion": ["religion:christianity"], "official_language": ["language:german"],
                 "extended_into": ["region:europe"], "government": ["government:absolute_monarchy"]},
    "first_french": {"has_capital": ["city:paris"], "founded_by": ["person:napoleon"],
                     "official_language": ["language:french"], "extended_into": ["region:europe"]},
}

RATINGS = {
    "ana": [("ottoman", 5.0), ("mongol", 4.5), ("inca", 2.0), ("byzantine", 4.0)],
    "ben": [("aztec", 4.5), ("mali", 1.5), ("russian", 3.0), ("carolingian", 5.0)],
    "chen": [("khmer", 5.0), ("mughal", 4.0), ("safavid", 1.0), ("abbasid", 3.5)],
    "dara": [("timurid", 2.0), ("umayyad", 4.5), ("songhai", 3.0), ("first_french", 0.5)],
    "emil": [("holy_roman", 4.0), ("austrian", 1.5), ("ottoman", 3.0), ("inca", 5.0)],
}


def entities():
    out = [kgx.Entity(f"empire:{slug}", kind="item", type="empire", label=label, attrs={"year": year})
           for slug, label, year in EMPIRES]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = []
    for slug, facts in FACTS.items():
        for rel, tails in facts.items():
            for tail in tails:
                out.append((f"empire:{slug}", rel, tail))
    for user, ratings in RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{user}", "rated", f"empire:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind309")
