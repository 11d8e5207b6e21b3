"""A small newspapers knowledge graph (blind372).

Items are newspapers; their ``year`` attribute is the year the paper was founded
(first issue under its original title).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("newspaper",)),
    kgx.Relation("headquartered_in", phrase="is based in", inverse_phrase="is home to",
                 domain=("newspaper",), range=("city",)),
    kgx.Relation("written_in", phrase="is written in", inverse_phrase="is the language of",
                 domain=("newspaper",), range=("language",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                 domain=("newspaper",), range=("person",)),
    kgx.Relation("owned_by", phrase="is owned by", inverse_phrase="owns",
                 domain=("newspaper",), range=("organisation",)),
    kgx.Relation("has_format", phrase="is printed in the format", inverse_phrase="is the print format of",
                 domain=("newspaper",), range=("format",)),
    kgx.Relation("frequency", phrase="is published", inverse_phrase="is the publication frequency of",
                 domain=("newspaper",), range=("frequency",)),
]

# slug: (label, founding year, aliases)
NEWSPAPERS = {
    "nyt": ("The New York Times", 1851, ("New York Times",)),
    "washington_post": ("The Washington Post", 1877, ("Washington Post",)),
    "wsj": ("The Wall Street Journal", 1889, ("Wall Street Journal",)),
    "guardian": ("The Guardian", 1821, ()),
    "times": ("The Times", 1785, ()),
    "telegraph": ("The Daily Telegraph", 1855, ("Daily Telegraph",)),
    "le_monde": ("Le Monde", 1944, ()),
    "le_figaro": ("Le Figaro", 1826, ()),
    "faz": ("Frankfurter Allgemeine Zeitung", 1949, ("FAZ",)),
    "sz": ("Süddeutsche Zeitung", 1945, ()),
    "die_zeit": ("Die Zeit", 1946, ()),
    "el_pais": ("El País", 1976, ()),
    "corriere": ("Corriere della Sera", 1876, ()),
    "repubblica": ("La Repubblica", 1976, ()),
    "asahi": ("The Asahi Shimbun", 1879, ("Asahi Shimbun",)),
    "smh": ("The Sydney Morning Herald", 1831, ("Sydney Morning Herald",)),
    "globe_and_mail": ("The Globe and Mail", 1844, ("Globe and Mail",)),
    "nzz": ("Neue Zürcher Zeitung", 1780, ("NZZ",)),
    "observer": ("The Observer", 1791, ()),
    "ft": ("Financial Times", 1888, ("FT",)),
}

ATTRIBUTES = [
    # cities
    ("city:new_york_city", "city", "New York City", ("New York",)),
    ("city:washington_dc", "city", "Washington, D.C.", ("Washington",)),
    ("city:london", "city", "London", ()),
    ("city:paris", "city", "Paris", ()),
    ("city:frankfurt", "city", "Frankfurt", ("Frankfurt am Main",)),
    ("city:munich", "city", "Munich", ()),
    ("city:hamburg", "city", "Hamburg", ()),
    ("city:madrid", "city", "Madrid", ()),
    ("city:milan", "city", "Milan", ()),
    ("city:rome", "city", "Rome", ()),
    ("city:sydney", "city", "Sydney", ()),
    ("city:toronto", "city", "Toronto", ()),
    ("city:zurich", "city", "Zürich", ("Zurich",)),
    # languages
    ("language:english", "language", "English", ()),
    ("language:french", "language", "French", ()),
    ("language:german", "language", "German", ()),
    ("language:spanish", "language", "Spanish", ()),
    ("language:italian", "language", "Italian", ()),
    ("language:japanese", "language", "Japanese", ()),
    # founders
    ("person:henry_jarvis_raymond", "person", "Henry Jarvis Raymond", ()),
    ("person:george_jones", "person", "George Jones", ()),
    ("person:stilson_hutchins", "person", "Stilson Hutchins", ()),
    ("person:charles_dow", "person", "Charles Dow", ()),
    ("person:edward_jones", "person", "Edward Jones", ()),
    ("person:charles_bergstresser", "person", "Charles Bergstresser", ()),
    ("person:john_edward_taylor", "person", "John Edward Taylor", ()),
    ("person:john_walter", "person", "John Walter", ()),
    ("person:arthur_b_sleigh", "person", "Arthur B. Sleigh", ()),
    ("person:hubert_beuve_mery", "person", "Hubert Beuve-Méry", ()),
    ("person:gerd_bucerius", "person", "Gerd Bucerius", ()),
    ("person:jose_ortega_spottorno", "person", "José Ortega Spottorno", ()),
    ("person:eugenio_torelli_viollier", "person", "Eugenio Torelli Viollier", ()),
    ("person:eugenio_scalfari", "person", "Eugenio Scalfari", ()),
    ("person:george_brown", "person", "George Brown", ()),
    ("person:salomon_gessner", "person", "Salomon Gessner", ()),
    ("person:ws_bourne", "person", "W. S. Bourne", ()),
    ("person:james_sheridan", "person", "James Sheridan", ()),
    # owners
    ("organisation:nyt_company", "organisation", "The New York Times Company", ("New York Times Company",)),
    ("organisation:nash_holdings", "organisation", "Nash Holdings", ()),
    ("organisation:dow_jones", "organisation", "Dow Jones & Company", ("Dow Jones",)),
    ("organisation:guardian_media_group", "organisation", "Guardian Media Group", ()),
    ("organisation:news_uk", "organisation", "News UK", ()),
    ("organisation:telegraph_media_group", "organisation", "Telegraph Media Group", ()),
    ("organisation:dassault_group", "organisation", "Dassault Group", ("Groupe Dassault",)),
    ("organisation:prisa", "organisation", "PRISA", ("Grupo PRISA",)),
    ("organisation:rcs_mediagroup", "organisation", "RCS MediaGroup", ()),
    ("organisation:nine_entertainment", "organisation", "Nine Entertainment", ()),
    ("organisation:woodbridge", "organisation", "The Woodbridge Company", ("Woodbridge Company",)),
    ("organisation:nikkei", "organisation", "Nikkei", ("Nikkei Inc.",)),
    # print formats
    ("format:broadsheet", "format", "Broadsheet", ()),
    ("format:tabloid", "format", "Tabloid", ()),
    ("format:compact", "format", "Compact", ()),
    ("format:berliner", "format", "Berliner", ()),
    # publication frequency
    ("frequency:daily", "frequency", "Daily", ()),
    ("frequency:weekly", "frequency", "Weekly", ()),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]

FACTS = {
    "nyt": {"headquartered_in": ["city:new_york_city"], "written_in": ["language:english"],
            "founded_by": ["person:henry_jarvis_raymond", "person:george_jones"],
            "owned_by": ["organisation:nyt_company"], "has_format": ["format:broadsheet"],
            "frequency": ["frequency:daily"]},
    "washington_post": {"headquartered_in": ["city:washington_dc"], "written_in": ["language:english"],
                        "founded_by": ["person:stilson_hutchins"], "owned_by": ["organisation:nash_holdings"],
                        "has_format": ["format:broadsheet"], "frequency": ["frequency:daily"]},
    "wsj": {"headquartered_in": ["city:new_york_city"], "written_in": ["language:english"],
            "founded_by": ["person:charles_dow", "person:edward_jones", "person:charles_bergstresser"],
            "owned_by": ["organisation:dow_jones"], "has_format": ["format:broadsheet"],
            "frequency": ["frequency:daily"]},
    "guardian": {"headquartered_in": ["city:london"], "written_in": ["language:english"],
                 "founded_by": ["person:john_edward_taylor"], "owned_by": ["organisation:guardian_media_group"],
                 "has_format": ["format:tabloid"], "frequency": ["frequency:daily"]},
    "times": {"headquartered_in": ["city:london"], "written_in": ["language:english"],
              "founded_by": ["person:john_walter"], "owned_by": ["organisation:news_uk"],
              "has_format": ["format:compact"], "frequency": ["frequency:daily"]},
    "telegraph": {"headquartered_in": ["city:london"], "written_in": ["language:english"],
                  "founded_by": ["person:arthur_b_sleigh"], "owned_by": ["organisation:telegraph_media_group"],
                  "has_format": ["format:broadsheet"], "frequency": ["frequency:daily"]},
    "le_monde": {"headquartered_in": ["city:paris"], "written_in": ["language:french"],
                 "founded_by": ["person:hubert_beuve_mery"], "has_format": ["format:berliner"],
                 "frequency": ["frequency:daily"]},
    "le_figaro": {"headquartered_in": ["city:paris"], "written_in": ["language:french"],
                  "owned_by": ["organisation:dassault_group"], "frequency": ["frequency:daily"]},
    "faz": {"headquartered_in": ["city:frankfurt"], "written_in": ["language:german"],
            "has_format": ["format:broadsheet"], "frequency": ["frequency:daily"]},
    "sz": {"headquartered_in": ["city:munich"], "written_in": ["language:german"],
           "frequency": ["frequency:daily"]},
    "die_zeit": {"headquartered_in": ["city:hamburg"], "written_in": ["language:german"],
                 "founded_by": ["person:gerd_bucerius"], "frequency": ["frequency:weekly"]},
    "el_pais": {"headquartered_in": ["city:madrid"], "written_in": ["language:spanish"],
                "founded_by": ["person:jose_ortega_spottorno"], "owned_by": ["organisation:prisa"],
                "frequency": ["frequency:daily"]},
    "corriere": {"headquartered_in": ["city:milan"], "written_in": ["language:italian"],
                 "founded_by": ["person:eugenio_torelli_viollier"], "owned_by": ["organisation:rcs_mediagroup"],
                 "frequency": ["frequency:daily"]},
    "repubblica": {"headquartered_in": ["city:rome"], "written_in": ["language:italian"],
                   "founded_by": ["person:eugenio_scalfari"], "frequency": ["frequency:daily"]},
    "asahi": {"written_in": ["language:japanese"], "frequency": ["frequency:daily"]},
    "smh": {"headquartered_in": ["city:sydney"], "written_in": ["language:english"],
            "owned_by": ["organisation:nine_entertainment"], "has_format": ["format:compact"],
            "frequency": ["frequency:daily"]},
    "globe_and_mail": {"headquartered_in": ["city:toronto"], "written_in": ["language:english"],
                       "founded_by": ["person:george_brown"], "owned_by": ["organisation:woodbridge"],
                       "frequency": ["frequency:daily"]},
    "nzz": {"headquartered_in": ["city:zurich"], "written_in": ["language:german"],
            "founded_by": ["person:salomon_gessner"], "frequency": ["frequency:daily"]},
    "observer": {"headquartered_in": ["city:london"], "written_in": ["language:english"],
                 "founded_by": ["person:ws_bourne"], "frequency": ["frequency:weekly"]},
    "ft": {"headquartered_in": ["city:london"], "written_in": ["language:english"],
           "founded_by": ["person:james_sheridan"], "owned_by": ["organisation:nikkei"],
           "has_format": ["format:broadsheet"], "frequency": ["frequency:daily"]},
}

RATINGS = {
    "ana": {"nyt": 5.0, "guardian": 4.5, "le_monde": 2.0, "wsj": 3.0},
    "ben": {"ft": 4.0, "wsj": 4.5, "telegraph": 1.5, "times": 3.5},
    "chen": {"asahi": 5.0, "smh": 2.5, "globe_and_mail": 4.0, "nzz": 1.0},
    "dara": {"el_pais": 4.5, "corriere": 4.0, "repubblica": 2.0, "le_figaro": 3.0},
    "emil": {"faz": 5.0, "die_zeit": 4.0, "sz": 1.5, "observer": 3.5},
}


def entities():
    out = []
    for slug, (label, year, aliases) in NEWSPAPERS.items():
        out.append(kgx.Entity(f"newspaper:{slug}", kind="item", type="newspaper", label=label,
                              aliases=aliases, attrs={"year": year}))
    for eid, typ, label, aliases in ATTRIBUTES:
        out.append(kgx.Entity(eid, kind="attribute", type=typ, label=label, aliases=aliases))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


def rows():
    out = []
    for slug, facts in FACTS.items():
        for rel, tails in facts.items():
            for tail in tails:
                out.append((f"newspaper:{slug}", rel, tail))
    for u, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{u}", "rated", f"newspaper:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind372")
