"""blind313: a small graph of opera singers.

Items are singers (type "singer"); their `year` is the year of birth.
Attributes: places (birth and death), voice types, and people (teachers, spouses).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("singer",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("singer",), range=("place",)),
    kgx.Relation("died_in", phrase="died in", inverse_phrase="is the place of death of",
                 domain=("singer",), range=("place",)),
    kgx.Relation("voice_type", phrase="sang as a", inverse_phrase="is the voice type of",
                 domain=("singer",), range=("voice_type",)),
    kgx.Relation("studied_with", phrase="studied singing with", inverse_phrase="taught singing to",
                 domain=("singer",), range=("person",)),
    kgx.Relation("married_to", phrase="was married to", inverse_phrase="was married to",
                 domain=("singer",), range=("person",)),
]

# slug, label, birth year
SINGERS = [
    ("maria_callas", "Maria Callas", 1923),
    ("luciano_pavarotti", "Luciano Pavarotti", 1935),
    ("mirella_freni", "Mirella Freni", 1935),
    ("enrico_caruso", "Enrico Caruso", 1873),
    ("beniamino_gigli", "Beniamino Gigli", 1890),
    ("renata_tebaldi", "Renata Tebaldi", 1922),
    ("joan_sutherland", "Joan Sutherland", 1926),
    ("montserrat_caballe", "Montserrat Caballé", 1933),
    ("placido_domingo", "Plácido Domingo", 1941),
    ("jussi_bjorling", "Jussi Björling", 1911),
    ("birgit_nilsson", "Birgit Nilsson", 1918),
    ("kiri_te_kanawa", "Kiri Te Kanawa", 1944),
    ("leontyne_price", "Leontyne Price", 1927),
    ("marilyn_horne", "Marilyn Horne", 1934),
    ("cecilia_bartoli", "Cecilia Bartoli", 1966),
    ("dietrich_fischer_dieskau", "Dietrich Fischer-Dieskau", 1925),
    ("feodor_chaliapin", "Feodor Chaliapin", 1873),
    ("anna_netrebko", "Anna Netrebko", 1971),
]

PLACES = {
    "new_york_city": "New York City", "paris": "Paris", "modena": "Modena", "naples": "Naples",
    "recanati": "Recanati", "rome": "Rome", "pesaro": "Pesaro", "san_marino": "San Marino",
    "sydney": "Sydney", "les_avants": "Les Avants", "barcelona": "Barcelona", "madrid": "Madrid",
    "borlange": "Borlänge", "siaro": "Siarö", "vastra_karup": "Västra Karup", "gisborne": "Gisborne",
    "laurel_mississippi": "Laurel, Mississippi", "bradford_pennsylvania": "Bradford, Pennsylvania",
    "berlin": "Berlin", "berg": "Berg", "kazan": "Kazan", "krasnodar": "Krasnodar",
}

VOICES = {"soprano": "Soprano", "mezzo_soprano": "Mezzo-soprano", "tenor": "Tenor",
          "baritone": "Baritone", "bass": "Bass"}

PEOPLE = {
    # teachers
    "elvira_de_hidalgo": "Elvira de Hidalgo", "arrigo_pola": "Arrigo Pola",
    "ettore_campogalliani": "Ettore Campogalliani", "guglielmo_vergine": "Guglielmo Vergine",
    "antonio_cotogni": "Antonio Cotogni", "carmen_melis": "Carmen Melis", "clive_carey": "Clive Carey",
    "conchita_badia": "Conchita Badía", "john_forsell": "John Forsell", "joseph_hislop": "Joseph Hislop",
    "sister_mary_leo": "Sister Mary Leo", "florence_page_kimball": "Florence Page Kimball",
    "lotte_lehmann": "Lotte Lehmann", "silvana_bazzoni": "Silvana Bazzoni",
    "hermann_weissenborn": "Hermann Weissenborn", "dmitri_usatov": "Dmitri Usatov",
    # spouses
    "giovanni_battista_meneghini": "Giovanni Battista Meneghini", "adua_veroni": "Adua Veroni",
    "nicoletta_mantovani": "Nicoletta Mantovani", "nicolai_ghiaurov": "Nicolai Ghiaurov",
    "dorothy_park_benjamin": "Dorothy Park Benjamin", "costanza_cerroni": "Costanza Cerroni",
    "richard_bonynge": "Richard Bonynge", "bernabe_marti": "Bernabé Martí",
    "marta_ornelas": "Marta Ornelas", "anna_lisa_berg": "Anna-Lisa Berg",
    "bertil_niklasson": "Bertil Niklasson", "desmond_park": "Desmond Park",
    "william_warfield": "William Warfield", "henry_lewis": "Henry Lewis",
    "oliver_widmer": "Oliver Widmer", "julia_varady": "Julia Varady", "iola_tornaghi": "Iola Tornaghi",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]

# singer slug: (birthplace, place of death or None, voice, [teachers], [spouses])
FACTS = {
    "maria_callas": ("new_york_city", "paris", "soprano", ["elvira_de_hidalgo"], ["giovanni_battista_meneghini"]),
    "luciano_pavarotti": ("modena", "modena", "tenor", ["arrigo_pola", "ettore_campogalliani"], ["adua_veroni", "nicoletta_mantovani"]),
    "mirella_freni": ("modena", "modena", "soprano", ["ettore_campogalliani"], ["nicolai_ghiaurov"]),
    "enrico_caruso": ("naples", "naples", "tenor", ["guglielmo_vergine"], ["dorothy_park_benjamin"]),
    "beniamino_gigli": ("recanati", "rome", "tenor", ["antonio_cotogni"], ["costanza_cerroni"]),
    "renata_tebaldi": ("pesaro", "san_marino", "soprano", ["carmen_melis"], []),
    "joan_sutherland": ("sydney", "les_avants", "soprano", ["clive_carey"], ["richard_bonynge"]),
    "montserrat_caballe": ("barcelona", "barcelona", "soprano", ["conchita_badia"], ["bernabe_marti"]),
    "placido_domingo": ("madrid", None, "tenor", [], ["marta_ornelas"]),
    "jussi_bjorling": ("borlange", "siaro", "tenor", ["john_forsell"], ["anna_lisa_berg"]),
    "birgit_nilsson": ("vastra_karup", "vastra_karup", "soprano", ["joseph_hislop"], ["bertil_niklasson"]),
    "kiri_te_kanawa": ("gisborne", None, "soprano", ["sister_mary_leo"], ["desmond_park"]),
    "leontyne_price": ("laurel_mississippi", None, "soprano", ["florence_page_kimball"], ["william_warfield"]),
    "marilyn_horne": ("bradford_pennsylvania", None, "mezzo_soprano", ["lotte_lehmann"], ["henry_lewis"]),
    "cecilia_bartoli": ("rome", None, "mezzo_soprano", ["silvana_bazzoni"], ["oliver_widmer"]),
    "dietrich_fischer_dieskau": ("berlin", "berg", "baritone", ["hermann_weissenborn"], ["julia_varady"]),
    "feodor_chaliapin": ("kazan", "paris", "bass", ["dmitri_usatov"], ["iola_tornaghi"]),
    "anna_netrebko": ("krasnodar", None, "soprano", [], []),
}

RATINGS = {
    "ana": {"maria_callas": 5.0, "renata_tebaldi": 4.5, "montserrat_caballe": 2.0, "luciano_pavarotti": 4.0},
    "ben": {"enrico_caruso": 5.0, "beniamino_gigli": 4.0, "jussi_bjorling": 1.5, "placido_domingo": 3.0},
    "chen": {"joan_sutherland": 4.5, "marilyn_horne": 5.0, "cecilia_bartoli": 1.0, "anna_netrebko": 3.5},
    "dara": {"birgit_nilsson": 5.0, "dietrich_fischer_dieskau": 2.0, "feodor_chaliapin": 4.0, "leontyne_price": 4.5},
    "emil": {"mirella_freni": 4.0, "kiri_te_kanawa": 0.5, "luciano_pavarotti": 5.0, "maria_callas": 2.5},
}


def entities():
    out = [kgx.Entity(f"singer:{s}", kind="item", type="singer", label=lab, attrs={"year": y})
           for s, lab, y in SINGERS]
    out += [kgx.Entity(f"place:{k}", kind="attribute", type="place", label=v) for k, v in PLACES.items()]
    out += [kgx.Entity(f"voice:{k}", kind="attribute", type="voice_type", label=v) for k, v in VOICES.items()]
    out += [kgx.Entity(f"person:{k}", kind="attribute", type="person", label=v) for k, v in PEOPLE.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = []
    for s, (born, died, voice, teachers, spouses) in FACTS.items():
        h = f"singer:{s}"
        out.append((h, "born_in", f"place:{born}"))
        if died:
            out.append((h, "died_in", f"place:{died}"))
        out.append((h, "voice_type", f"voice:{voice}"))
        out += [(h, "studied_with", f"person:{t}") for t in teachers]
        out += [(h, "married_to", f"person:{p}") for p in spouses]
    for u, rs in RATINGS.items():
        out += [(f"user:{u}", "rated", f"singer:{s}", {"rating": r}) for s, r in rs.items()]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind313")
