"""blind80: a small graph of real newspapers (founding years as ``year``)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("newspaper",)),
    kgx.Relation("published_in", phrase="is published in", inverse_phrase="is home to",
                 domain=("newspaper",), range=("city",)),
    kgx.Relation("owned_by", phrase="is owned by", inverse_phrase="owns",
                 domain=("newspaper",), range=("company", "person")),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                 domain=("newspaper",), range=("person",)),
    kgx.Relation("written_in", phrase="is written in", inverse_phrase="is the language of",
                 domain=("newspaper",), range=("language",)),
    kgx.Relation("printed_as", phrase="is printed as a", inverse_phrase="is the page format of",
                 domain=("newspaper",), range=("format",)),
    kgx.Relation("comes_out", phrase="comes out", inverse_phrase="is the publishing rhythm of",
                 domain=("newspaper",), range=("frequency",)),
]

_PAPERS = [
    # slug, label, founding year
    ("new_york_times", "The New York Times", 1851),
    ("washington_post", "The Washington Post", 1877),
    ("wall_street_journal", "The Wall Street Journal", 1889),
    ("guardian", "The Guardian", 1821),
    ("the_times", "The Times", 1785),
    ("the_sun", "The Sun", 1964),
    ("daily_mail", "Daily Mail", 1896),
    ("financial_times", "Financial Times", 1888),
    ("le_monde", "Le Monde", 1944),
    ("le_figaro", "Le Figaro", 1826),
    ("die_zeit", "Die Zeit", 1946),
    ("faz", "Frankfurter Allgemeine Zeitung", 1949),
    ("el_pais", "El País", 1976),
    ("corriere", "Corriere della Sera", 1876),
    ("asahi", "The Asahi Shimbun", 1879),
    ("nikkei", "Nikkei", 1876),
    ("globe_and_mail", "The Globe and Mail", 1844),
    ("new_york_post", "New York Post", 1801),
]

_ATTRS = [
    ("city:new_york_city", "city", "New York City"),
    ("city:washington_dc", "city", "Washington, D.C."),
    ("city:london", "city", "London"),
    ("city:paris", "city", "Paris"),
    ("city:hamburg", "city", "Hamburg"),
    ("city:frankfurt", "city", "Frankfurt"),
    ("city:madrid", "city", "Madrid"),
    ("city:milan", "city", "Milan"),
    ("city:osaka", "city", "Osaka"),
    ("city:tokyo", "city", "Tokyo"),
    ("city:toronto", "city", "Toronto"),
    ("company:nyt_company", "company", "The New York Times Company"),
    ("company:news_corp", "company", "News Corp"),
    ("company:guardian_media_group", "company", "Guardian Media Group"),
    ("company:dmg_media", "company", "DMG Media"),
    ("company:nikkei_inc", "company", "Nikkei Inc."),
    ("company:groupe_dassault", "company", "Groupe Dassault"),
    ("company:prisa", "company", "PRISA"),
    ("company:rcs_mediagroup", "company", "RCS MediaGroup"),
    ("company:woodbridge", "company", "The Woodbridge Company"),
    ("person:jeff_bezos", "person", "Jeff Bezos"),
    ("person:henry_jarvis_raymond", "person", "Henry Jarvis Raymond"),
    ("person:george_jones", "person", "George Jones"),
    ("person:stilson_hutchins", "person", "Stilson Hutchins"),
    ("person:charles_dow", "person", "Charles Dow"),
    ("person:edward_jones", "person", "Edward Jones"),
    ("person:john_edward_taylor", "person", "John Edward Taylor"),
    ("person:john_walter", "person", "John Walter"),
    ("person:alfred_harmsworth", "person", "Alfred Harmsworth"),
    ("person:hubert_beuve_mery", "person", "Hubert Beuve-Méry"),
    ("person:etienne_arago", "person", "Étienne Arago"),
    ("person:maurice_alhoy", "person", "Maurice Alhoy"),
    ("person:gerd_bucerius", "person", "Gerd Bucerius"),
    ("person:jose_ortega_spottorno", "person", "José Ortega Spottorno"),
    ("person:eugenio_torelli_viollier", "person", "Eugenio Torelli Viollier"),
    ("person:george_brown", "person", "George Brown"),
    ("person:alexander_hamilton", "person", "Alexander Hamilton"),
    ("language:english", "language", "English"),
    ("language:french", "language", "French"),
    ("language:german", "language", "German"),
    ("language:spanish", "language", "Spanish"),
    ("language:italian", "language", "Italian"),
    ("language:japanese", "language", "Japanese"),
    ("format:broadsheet", "format", "broadsheet"),
    ("format:tabloid", "format", "tabloid"),
    ("frequency:daily", "frequency", "daily"),
    ("frequency:weekly", "frequency", "weekly"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"newspaper:{slug}", kind="item", type="newspaper", label=label,
                      attrs={"year": year}) for slug, label, year in _PAPERS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in _ATTRS]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


_FACTS = {
    "new_york_times": {"published_in": ["new_york_city"], "owned_by": ["company:nyt_company"],
                       "founded_by": ["henry_jarvis_raymond", "george_jones"], "written_in": ["english"],
                       "printed_as": ["broadsheet"], "comes_out": ["daily"]},
    "washington_post": {"published_in": ["washington_dc"], "owned_by": ["person:jeff_bezos"],
                        "founded_by": ["stilson_hutchins"], "written_in": ["english"],
                        "printed_as": ["broadsheet"], "comes_out": ["daily"]},
    "wall_street_journal": {"published_in": ["new_york_city"], "owned_by": ["company:news_corp"],
                            "founded_by": ["charles_dow", "edward_jones"], "written_in": ["english"],
                            "printed_as": ["broadsheet"], "comes_out": ["daily"]},
    "guardian": {"published_in": ["london"], "owned_by": ["company:guardian_media_group"],
                 "founded_by": ["john_edward_taylor"], "written_in": ["english"],
                 "printed_as": ["tabloid"], "comes_out": ["daily"]},
    "the_times": {"published_in": ["london"], "owned_by": ["company:news_corp"],
                  "founded_by": ["john_walter"], "written_in": ["english"], "comes_out": ["daily"]},
    "the_sun": {"published_in": ["london"], "owned_by": ["company:news_corp"], "written_in": ["english"],
                "printed_as": ["tabloid"], "comes_out": ["daily"]},
    "daily_mail": {"published_in": ["london"], "owned_by": ["company:dmg_media"],
                   "founded_by": ["alfred_harmsworth"], "written_in": ["english"],
                   "printed_as": ["tabloid"], "comes_out": ["daily"]},
    "financial_times": {"published_in": ["london"], "owned_by": ["company:nikkei_inc"], "written_in": ["english"],
                        "printed_as": ["broadsheet"], "comes_out": ["daily"]},
    "le_monde": {"published_in": ["paris"], "founded_by": ["hubert_beuve_mery"], "written_in": ["french"],
                 "comes_out": ["daily"]},
    "le_figaro": {"published_in": ["paris"], "owned_by": ["company:groupe_dassault"],
                  "founded_by": ["etienne_arago", "maurice_alhoy"], "written_in": ["french"],
                  "comes_out": ["daily"]},
    "die_zeit": {"published_in": ["hamburg"], "founded_by": ["gerd_bucerius"], "written_in": ["german"],
                 "comes_out": ["weekly"]},
    "faz": {"published_in": ["frankfurt"], "written_in": ["german"], "printed_as": ["broadsheet"],
            "comes_out": ["daily"]},
    "el_pais": {"published_in": ["madrid"], "owned_by": ["company:prisa"],
                "founded_by": ["jose_ortega_spottorno"], "written_in": ["spanish"], "comes_out": ["daily"]},
    "corriere": {"published_in": ["milan"], "owned_by": ["company:rcs_mediagroup"],
                 "founded_by": ["eugenio_torelli_viollier"], "written_in": ["italian"], "comes_out": ["daily"]},
    "asahi": {"published_in": ["osaka", "tokyo"], "written_in": ["japanese"], "comes_out": ["daily"]},
    "nikkei": {"published_in": ["tokyo"], "owned_by": ["company:nikkei_inc"], "written_in": ["japanese"],
               "comes_out": ["daily"]},
    "globe_and_mail": {"published_in": ["toronto"], "owned_by": ["company:woodbridge"],
                       "founded_by": ["george_brown"], "written_in": ["english"],
                       "printed_as": ["broadsheet"], "comes_out": ["daily"]},
    "new_york_post": {"published_in": ["new_york_city"], "owned_by": ["company:news_corp"],
                      "founded_by": ["alexander_hamilton"], "written_in": ["english"],
                      "printed_as": ["tabloid"], "comes_out": ["daily"]},
}

_PREFIX = {"published_in": "city", "founded_by": "person", "written_in": "language",
           "printed_as": "format", "comes_out": "frequency"}

RATINGS = {
    "ana": {"new_york_times": 5.0, "guardian": 4.5, "le_monde": 4.0, "the_sun": 1.5},
    "ben": {"wall_street_journal": 4.5, "financial_times": 5.0, "nikkei": 3.0, "daily_mail": 2.0},
    "chen": {"asahi": 4.0, "nikkei": 4.5, "globe_and_mail": 3.5, "new_york_post": 1.0},
    "dara": {"el_pais": 5.0, "corriere": 4.0, "le_figaro": 2.5, "the_times": 3.0},
    "emil": {"die_zeit": 4.5, "faz": 4.0, "washington_post": 2.0, "the_sun": 0.5},
}


def rows():
    out = []
    for slug, facts in _FACTS.items():
        for rel, tails in facts.items():
            for t in tails:
                tail = t if ":" in t else f"{_PREFIX[rel]}:{t}"
                out.append((f"newspaper:{slug}", rel, tail))
    for user, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"newspaper:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind80")
