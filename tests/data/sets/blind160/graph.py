"""A small royal dynasties graph (blind160)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("dynasty",)),
    kgx.Relation("ruled", phrase="ruled", inverse_phrase="was ruled by", domain=("dynasty",), range=("realm",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("dynasty",), range=("person",)),
    kgx.Relation("held_title", phrase="held the title of", inverse_phrase="was a title held by", domain=("dynasty",), range=("title",)),
    kgx.Relation("ruled_from", phrase="ruled from", inverse_phrase="was a seat of", domain=("dynasty",), range=("city",)),
    kgx.Relation("succeeded", phrase="succeeded", inverse_phrase="was succeeded by", domain=("dynasty",), range=("dynasty",)),
    kgx.Relation("branch_of", phrase="is a cadet branch of", inverse_phrase="is the parent house of", domain=("dynasty",), range=("dynasty",)),
]

# slug, label, year (year the dynasty first held its throne), aliases
_DYNASTIES = [
    ("capetian", "Capetian dynasty", 987, ("Capetians",)),
    ("valois", "House of Valois", 1328, ("Valois dynasty",)),
    ("bourbon", "House of Bourbon", 1589, ("Bourbons",)),
    ("plantagenet", "House of Plantagenet", 1154, ("Plantagenets",)),
    ("tudor", "House of Tudor", 1485, ("Tudors", "Tudor dynasty")),
    ("stuart", "House of Stuart", 1371, ("Stuarts",)),
    ("windsor", "House of Windsor", 1917, ()),
    ("habsburg", "House of Habsburg", 1273, ("Habsburgs",)),
    ("romanov", "House of Romanov", 1613, ("Romanovs", "Romanov dynasty")),
    ("hohenzollern", "House of Hohenzollern", 1701, ("Hohenzollerns",)),
    ("ottoman", "Ottoman dynasty", 1299, ("House of Osman",)),
    ("umayyad", "Umayyad dynasty", 661, ("Umayyads",)),
    ("abbasid", "Abbasid dynasty", 750, ("Abbasids",)),
    ("yuan", "Yuan dynasty", 1271, ()),
    ("ming", "Ming dynasty", 1368, ()),
    ("qing", "Qing dynasty", 1636, ()),
    ("mughal", "Mughal dynasty", 1526, ("Mughals",)),
    ("tokugawa", "Tokugawa clan", 1603, ()),
]

_ATTRS = [
    # realms
    ("realm:france", "realm", "France"),
    ("realm:england", "realm", "England"),
    ("realm:scotland", "realm", "Scotland"),
    ("realm:united_kingdom", "realm", "United Kingdom"),
    ("realm:spain", "realm", "Spain"),
    ("realm:austria", "realm", "Austria"),
    ("realm:holy_roman_empire", "realm", "Holy Roman Empire"),
    ("realm:russia", "realm", "Russia"),
    ("realm:prussia", "realm", "Prussia"),
    ("realm:german_empire", "realm", "German Empire"),
    ("realm:ottoman_empire", "realm", "Ottoman Empire"),
    ("realm:al_andalus", "realm", "al-Andalus"),
    ("realm:china", "realm", "China"),
    ("realm:india", "realm", "India"),
    ("realm:japan", "realm", "Japan"),
    # founders
    ("person:hugh_capet", "person", "Hugh Capet"),
    ("person:philip_vi", "person", "Philip VI of France"),
    ("person:henry_vii", "person", "Henry VII of England"),
    ("person:robert_ii", "person", "Robert II of Scotland"),
    ("person:george_v", "person", "George V"),
    ("person:michael_i", "person", "Michael I of Russia"),
    ("person:osman_i", "person", "Osman I"),
    ("person:muawiya_i", "person", "Muawiya I"),
    ("person:as_saffah", "person", "As-Saffah"),
    ("person:kublai_khan", "person", "Kublai Khan"),
    ("person:hongwu", "person", "Hongwu Emperor"),
    ("person:babur", "person", "Babur"),
    ("person:tokugawa_ieyasu", "person", "Tokugawa Ieyasu"),
    # titles
    ("title:king", "title", "King"),
    ("title:emperor", "title", "Emperor"),
    ("title:tsar", "title", "Tsar"),
    ("title:sultan", "title", "Sultan"),
    ("title:caliph", "title", "Caliph"),
    ("title:shogun", "title", "Shogun"),
    # seats
    ("city:paris", "city", "Paris"),
    ("city:versailles", "city", "Versailles"),
    ("city:london", "city", "London"),
    ("city:edinburgh", "city", "Edinburgh"),
    ("city:vienna", "city", "Vienna"),
    ("city:madrid", "city", "Madrid"),
    ("city:moscow", "city", "Moscow"),
    ("city:saint_petersburg", "city", "Saint Petersburg"),
    ("city:berlin", "city", "Berlin"),
    ("city:istanbul", "city", "Istanbul"),
    ("city:damascus", "city", "Damascus"),
    ("city:cordoba", "city", "Córdoba"),
    ("city:baghdad", "city", "Baghdad"),
    ("city:khanbaliq", "city", "Khanbaliq"),
    ("city:nanjing", "city", "Nanjing"),
    ("city:beijing", "city", "Beijing"),
    ("city:agra", "city", "Agra"),
    ("city:delhi", "city", "Delhi"),
    ("city:edo", "city", "Edo"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"dynasty:{slug}", kind="item", type="dynasty", label=label,
                      aliases=tuple(aliases), attrs={"year": year})
           for slug, label, year, aliases in _DYNASTIES]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in _ATTRS]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


_FACTS = {
    "capetian": {"ruled": ["france"], "founded_by": ["hugh_capet"], "held_title": ["king"],
                 "ruled_from": ["paris"]},
    "valois": {"ruled": ["france"], "founded_by": ["philip_vi"], "held_title": ["king"],
               "ruled_from": ["paris"], "branch_of": ["capetian"]},
    "bourbon": {"ruled": ["france", "spain"], "held_title": ["king"], "ruled_from": ["versailles"],
                "succeeded": ["valois"], "branch_of": ["capetian"]},
    "plantagenet": {"ruled": ["england"], "held_title": ["king"], "ruled_from": ["london"]},
    "tudor": {"ruled": ["england"], "founded_by": ["henry_vii"], "held_title": ["king"],
              "ruled_from": ["london"], "succeeded": ["plantagenet"]},
    "stuart": {"ruled": ["scotland", "england"], "founded_by": ["robert_ii"], "held_title": ["king"],
               "ruled_from": ["edinburgh", "london"], "succeeded": ["tudor"]},
    "windsor": {"ruled": ["united_kingdom"], "founded_by": ["george_v"], "held_title": ["king"],
                "ruled_from": ["london"]},
    "habsburg": {"ruled": ["austria", "spain", "holy_roman_empire"], "held_title": ["emperor", "king"],
                 "ruled_from": ["vienna", "madrid"]},
    "romanov": {"ruled": ["russia"], "founded_by": ["michael_i"], "held_title": ["tsar", "emperor"],
                "ruled_from": ["moscow", "saint_petersburg"]},
    "hohenzollern": {"ruled": ["prussia", "german_empire"], "held_title": ["king", "emperor"],
                     "ruled_from": ["berlin"]},
    "ottoman": {"ruled": ["ottoman_empire"], "founded_by": ["osman_i"], "held_title": ["sultan", "caliph"],
                "ruled_from": ["istanbul"]},
    "umayyad": {"ruled": ["al_andalus"], "founded_by": ["muawiya_i"], "held_title": ["caliph"],
                "ruled_from": ["damascus", "cordoba"]},
    "abbasid": {"founded_by": ["as_saffah"], "held_title": ["caliph"], "ruled_from": ["baghdad"],
                "succeeded": ["umayyad"]},
    "yuan": {"ruled": ["china"], "founded_by": ["kublai_khan"], "held_title": ["emperor"],
             "ruled_from": ["khanbaliq"]},
    "ming": {"ruled": ["china"], "founded_by": ["hongwu"], "held_title": ["emperor"],
             "ruled_from": ["nanjing", "beijing"], "succeeded": ["yuan"]},
    "qing": {"ruled": ["china"], "held_title": ["emperor"], "ruled_from": ["beijing"],
             "succeeded": ["ming"]},
    "mughal": {"ruled": ["india"], "founded_by": ["babur"], "held_title": ["emperor"],
               "ruled_from": ["agra", "delhi"]},
    "tokugawa": {"ruled": ["japan"], "founded_by": ["tokugawa_ieyasu"], "held_title": ["shogun"],
                 "ruled_from": ["edo"]},
}

_PREFIX = {"ruled": "realm", "founded_by": "person", "held_title": "title", "ruled_from": "city",
           "succeeded": "dynasty", "branch_of": "dynasty"}

RATINGS = {
    "ana": {"tudor": 5.0, "romanov": 4.5, "ming": 2.0, "ottoman": 3.5},
    "ben": {"habsburg": 4.0, "bourbon": 1.5, "mughal": 5.0, "stuart": 3.0},
    "chen": {"qing": 4.5, "yuan": 2.5, "tokugawa": 5.0, "abbasid": 1.0},
    "dara": {"plantagenet": 4.0, "valois": 3.0, "capetian": 2.0, "windsor": 4.5},
    "emil": {"hohenzollern": 1.5, "umayyad": 4.0, "stuart": 5.0, "romanov": 2.0},
}


def rows():
    out = []
    for slug, facts in _FACTS.items():
        for rel, tails in facts.items():
            for t in tails:
                out.append((f"dynasty:{slug}", rel, f"{_PREFIX[rel]}:{t}"))
    for u, rs in RATINGS.items():
        for slug, r in rs.items():
            out.append((f"user:{u}", "rated", f"dynasty:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind160")
