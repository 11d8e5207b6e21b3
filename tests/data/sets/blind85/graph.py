"""A small graph of symphony orchestras (blind85)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("orchestra",)),
    kgx.Relation("located_in", phrase="is based in", inverse_phrase="is home to",
                 domain=("orchestra",), range=("city",)),
    kgx.Relation("performs_at", phrase="performs at", inverse_phrase="is the concert hall of",
                 domain=("orchestra",), range=("venue",)),
    kgx.Relation("led_by", phrase="has been led by", inverse_phrase="has led",
                 domain=("orchestra",), range=("person",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                 domain=("orchestra",), range=("person",)),
    kgx.Relation("has_kind", phrase="is a", inverse_phrase="is the kind of",
                 domain=("orchestra",), range=("orchestra kind",)),
]

# slug: (label, founding year)
ORCHESTRAS = {
    "vienna_philharmonic": ("Vienna Philharmonic", 1842),
    "berlin_philharmonic": ("Berlin Philharmonic", 1882),
    "new_york_philharmonic": ("New York Philharmonic", 1842),
    "boston_symphony": ("Boston Symphony Orchestra", 1881),
    "chicago_symphony": ("Chicago Symphony Orchestra", 1891),
    "philadelphia_orchestra": ("Philadelphia Orchestra", 1900),
    "cleveland_orchestra": ("Cleveland Orchestra", 1918),
    "london_symphony": ("London Symphony Orchestra", 1904),
    "concertgebouw": ("Royal Concertgebouw Orchestra", 1888),
    "la_philharmonic": ("Los Angeles Philharmonic", 1919),
    "san_francisco_symphony": ("San Francisco Symphony", 1911),
    "bavarian_radio_symphony": ("Bavarian Radio Symphony Orchestra", 1949),
    "gewandhaus": ("Gewandhaus Orchestra", 1743),
    "staatskapelle_dresden": ("Staatskapelle Dresden", 1548),
    "london_philharmonic": ("London Philharmonic Orchestra", 1932),
    "royal_philharmonic": ("Royal Philharmonic Orchestra", 1946),
    "israel_philharmonic": ("Israel Philharmonic Orchestra", 1936),
    "czech_philharmonic": ("Czech Philharmonic", 1896),
    "bbc_symphony": ("BBC Symphony Orchestra", 1930),
}

CITIES = {
    "vienna": "Vienna", "berlin": "Berlin", "new_york": "New York City", "boston": "Boston",
    "chicago": "Chicago", "philadelphia": "Philadelphia", "cleveland": "Cleveland",
    "london": "London", "amsterdam": "Amsterdam", "los_angeles": "Los Angeles",
    "san_francisco": "San Francisco", "munich": "Munich", "leipzig": "Leipzig",
    "dresden": "Dresden", "tel_aviv": "Tel Aviv", "prague": "Prague",
}

VENUES = {
    "musikverein": "Musikverein", "berliner_philharmonie": "Berliner Philharmonie",
    "david_geffen_hall": "David Geffen Hall", "symphony_hall_boston": "Symphony Hall",
    "symphony_center": "Symphony Center", "kimmel_center": "Kimmel Center",
    "severance_hall": "Severance Hall", "barbican_centre": "Barbican Centre",
    "concertgebouw_hall": "Concertgebouw", "walt_disney_concert_hall": "Walt Disney Concert Hall",
    "davies_symphony_hall": "Davies Symphony Hall", "gewandhaus_hall": "Gewandhaus",
    "semperoper": "Semperoper", "royal_festival_hall": "Royal Festival Hall",
    "cadogan_hall": "Cadogan Hall", "charles_bronfman_auditorium": "Charles Bronfman Auditorium",
    "rudolfinum": "Rudolfinum",
}

PEOPLE = {
    "otto_nicolai": "Otto Nicolai", "gustav_mahler": "Gustav Mahler",
    "herbert_von_karajan": "Herbert von Karajan", "claudio_abbado": "Claudio Abbado",
    "simon_rattle": "Simon Rattle", "kirill_petrenko": "Kirill Petrenko",
    "ureli_corelli_hill": "Ureli Corelli Hill", "leonard_bernstein": "Leonard Bernstein",
    "zubin_mehta": "Zubin Mehta", "kurt_masur": "Kurt Masur",
    "henry_lee_higginson": "Henry Lee Higginson", "serge_koussevitzky": "Serge Koussevitzky",
    "seiji_ozawa": "Seiji Ozawa", "theodore_thomas": "Theodore Thomas",
    "georg_solti": "Georg Solti", "riccardo_muti": "Riccardo Muti",
    "daniel_barenboim": "Daniel Barenboim", "leopold_stokowski": "Leopold Stokowski",
    "eugene_ormandy": "Eugene Ormandy", "adella_prentiss_hughes": "Adella Prentiss Hughes",
    "george_szell": "George Szell", "franz_welser_most": "Franz Welser-Möst",
    "willem_mengelberg": "Willem Mengelberg", "bernard_haitink": "Bernard Haitink",
    "mariss_jansons": "Mariss Jansons", "william_andrews_clark_jr": "William Andrews Clark Jr.",
    "esa_pekka_salonen": "Esa-Pekka Salonen", "gustavo_dudamel": "Gustavo Dudamel",
    "michael_tilson_thomas": "Michael Tilson Thomas", "eugen_jochum": "Eugen Jochum",
    "felix_mendelssohn": "Felix Mendelssohn", "maurice_of_saxony": "Maurice, Elector of Saxony",
    "richard_wagner": "Richard Wagner", "thomas_beecham": "Thomas Beecham",
    "bronislaw_huberman": "Bronisław Huberman", "vaclav_talich": "Václav Talich",
    "jiri_belohlavek": "Jiří Bělohlávek", "adrian_boult": "Adrian Boult",
}

KINDS = {
    "self_governing": "self-governing orchestra",
    "radio": "radio orchestra",
    "opera": "opera orchestra",
}

# slug: (city, venue or None, [led by], [founded by], [kinds])
FACTS = {
    "vienna_philharmonic": ("vienna", "musikverein", ["gustav_mahler"], ["otto_nicolai"], ["self_governing"]),
    "berlin_philharmonic": ("berlin", "berliner_philharmonie",
                            ["herbert_von_karajan", "claudio_abbado", "simon_rattle", "kirill_petrenko"],
                            [], ["self_governing"]),
    "new_york_philharmonic": ("new_york", "david_geffen_hall",
                              ["gustav_mahler", "leonard_bernstein", "zubin_mehta", "kurt_masur"],
                              ["ureli_corelli_hill"], []),
    "boston_symphony": ("boston", "symphony_hall_boston", ["serge_koussevitzky", "seiji_ozawa"],
                        ["henry_lee_higginson"], []),
    "chicago_symphony": ("chicago", "symphony_center", ["georg_solti", "daniel_barenboim", "riccardo_muti"],
                         ["theodore_thomas"], []),
    "philadelphia_orchestra": ("philadelphia", "kimmel_center",
                               ["leopold_stokowski", "eugene_ormandy", "riccardo_muti"], [], []),
    "cleveland_orchestra": ("cleveland", "severance_hall", ["george_szell", "franz_welser_most"],
                            ["adella_prentiss_hughes"], []),
    "london_symphony": ("london", "barbican_centre", ["claudio_abbado", "simon_rattle"], [], ["self_governing"]),
    "concertgebouw": ("amsterdam", "concertgebouw_hall", ["willem_mengelberg", "bernard_haitink", "mariss_jansons"],
                      [], []),
    "la_philharmonic": ("los_angeles", "walt_disney_concert_hall",
                        ["zubin_mehta", "esa_pekka_salonen", "gustavo_dudamel"], ["william_andrews_clark_jr"], []),
    "san_francisco_symphony": ("san_francisco", "davies_symphony_hall", ["seiji_ozawa", "michael_tilson_thomas"],
                               [], []),
    "bavarian_radio_symphony": ("munich", None, ["eugen_jochum", "mariss_jansons", "simon_rattle"], [], ["radio"]),
    "gewandhaus": ("leipzig", "gewandhaus_hall", ["felix_mendelssohn", "kurt_masur"], [], ["opera"]),
    "staatskapelle_dresden": ("dresden", "semperoper", ["richard_wagner"], ["maurice_of_saxony"], ["opera"]),
    "london_philharmonic": ("london", "royal_festival_hall", ["bernard_haitink", "kurt_masur"],
                            ["thomas_beecham"], ["self_governing"]),
    "royal_philharmonic": ("london", "cadogan_hall", [], ["thomas_beecham"], ["self_governing"]),
    "israel_philharmonic": ("tel_aviv", "charles_bronfman_auditorium", ["zubin_mehta"],
                            ["bronislaw_huberman"], []),
    "czech_philharmonic": ("prague", "rudolfinum", ["vaclav_talich", "jiri_belohlavek"], [], []),
    "bbc_symphony": ("london", "barbican_centre", ["adrian_boult"], [], ["radio"]),
}

RATINGS = {
    "ana": {"vienna_philharmonic": 5.0, "berlin_philharmonic": 4.5, "cleveland_orchestra": 2.0,
            "israel_philharmonic": 3.5},
    "ben": {"chicago_symphony": 4.0, "boston_symphony": 1.5, "london_symphony": 5.0,
            "czech_philharmonic": 3.0},
    "chen": {"la_philharmonic": 4.5, "san_francisco_symphony": 2.0, "concertgebouw": 5.0,
             "gewandhaus": 1.0},
    "dara": {"new_york_philharmonic": 3.0, "staatskapelle_dresden": 4.0, "philadelphia_orchestra": 0.5,
             "bavarian_radio_symphony": 4.5},
    "emil": {"london_philharmonic": 2.0, "royal_philharmonic": 5.0, "bbc_symphony": 4.0,
             "berlin_philharmonic": 1.5},
}


def entities():
    out = []
    for slug, (label, year) in ORCHESTRAS.items():
        out.append(kgx.Entity(f"orchestra:{slug}", kind="item", type="orchestra", label=label,
                              attrs={"year": year}))
    for slug, label in CITIES.items():
        out.append(kgx.Entity(f"city:{slug}", kind="attribute", type="city", label=label))
    for slug, label in VENUES.items():
        out.append(kgx.Entity(f"venue:{slug}", kind="attribute", type="venue", label=label))
    for slug, label in PEOPLE.items():
        out.append(kgx.Entity(f"person:{slug}", kind="attribute", type="person", label=label))
    for slug, label in KINDS.items():
        out.append(kgx.Entity(f"kind:{slug}", kind="attribute", type="orchestra kind", label=label))
    for name in RATINGS:
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


def rows():
    out = []
    for slug, (city, venue, leaders, founders, kinds) in FACTS.items():
        o = f"orchestra:{slug}"
        out.append((o, "located_in", f"city:{city}"))
        if venue:
            out.append((o, "performs_at", f"venue:{venue}"))
        out.extend((o, "led_by", f"person:{p}") for p in leaders)
        out.extend((o, "founded_by", f"person:{p}") for p in founders)
        out.extend((o, "has_kind", f"kind:{k}") for k in kinds)
    for name, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{name}", "rated", f"orchestra:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind85")
