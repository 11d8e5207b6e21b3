"""A small opera singers graph (blind364). Item year = year of birth."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("singer",)),
    kgx.Relation("has_voice_type", phrase="has the voice type", inverse_phrase="is the voice type of",
                 domain=("singer",), range=("voice",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("singer",), range=("place",)),
    kgx.Relation("died_in", phrase="died in", inverse_phrase="was the place of death of",
                 domain=("singer",), range=("place",)),
    kgx.Relation("studied_with", phrase="studied singing with", inverse_phrase="taught singing to",
                 domain=("singer",), range=("teacher",)),
    kgx.Relation("recorded_for", phrase="recorded for", inverse_phrase="released recordings by",
                 domain=("singer",), range=("label",)),
    kgx.Relation("sang_in_premiere_of", phrase="sang in the world premiere of",
                 inverse_phrase="had its world premiere with", domain=("singer",), range=("opera",)),
]

SINGERS = [
    # slug, label, birth year
    ("maria_callas", "Maria Callas", 1923),
    ("luciano_pavarotti", "Luciano Pavarotti", 1935),
    ("mirella_freni", "Mirella Freni", 1935),
    ("joan_sutherland", "Joan Sutherland", 1926),
    ("enrico_caruso", "Enrico Caruso", 1873),
    ("placido_domingo", "Plácido Domingo", 1941),
    ("kiri_te_kanawa", "Kiri Te Kanawa", 1944),
    ("renee_fleming", "Renée Fleming", 1959),
    ("cecilia_bartoli", "Cecilia Bartoli", 1966),
    ("anna_netrebko", "Anna Netrebko", 1971),
    ("bryn_terfel", "Bryn Terfel", 1965),
    ("jussi_bjorling", "Jussi Björling", 1911),
    ("susan_graham", "Susan Graham", 1960),
    ("frederica_von_stade", "Frederica von Stade", 1945),
    ("juan_diego_florez", "Juan Diego Flórez", 1973),
    ("elina_garanca", "Elīna Garanča", 1976),
    ("feodor_chaliapin", "Feodor Chaliapin", 1873),
    ("jonas_kaufmann", "Jonas Kaufmann", 1969),
]

ATTRIBUTES = [
    # id, type, label
    ("voice:soprano", "voice", "soprano"),
    ("voice:mezzo_soprano", "voice", "mezzo-soprano"),
    ("voice:tenor", "voice", "tenor"),
    ("voice:bass_baritone", "voice", "bass-baritone"),
    ("voice:bass", "voice", "bass"),
    ("city:new_york_city", "place", "New York City"),
    ("city:modena", "place", "Modena"),
    ("city:sydney", "place", "Sydney"),
    ("city:naples", "place", "Naples"),
    ("city:madrid", "place", "Madrid"),
    ("city:gisborne", "place", "Gisborne"),
    ("city:indiana_pennsylvania", "place", "Indiana, Pennsylvania"),
    ("city:rome", "place", "Rome"),
    ("city:krasnodar", "place", "Krasnodar"),
    ("city:pant_glas", "place", "Pant Glas"),
    ("city:borlange", "place", "Borlänge"),
    ("city:roswell", "place", "Roswell"),
    ("city:somerville", "place", "Somerville"),
    ("city:lima", "place", "Lima"),
    ("city:riga", "place", "Riga"),
    ("city:kazan", "place", "Kazan"),
    ("city:munich", "place", "Munich"),
    ("city:paris", "place", "Paris"),
    ("city:les_avants", "place", "Les Avants"),
    ("city:siaro", "place", "Siarö"),
    ("teacher:elvira_de_hidalgo", "teacher", "Elvira de Hidalgo"),
    ("teacher:arrigo_pola", "teacher", "Arrigo Pola"),
    ("teacher:ettore_campogalliani", "teacher", "Ettore Campogalliani"),
    ("teacher:guglielmo_vergine", "teacher", "Guglielmo Vergine"),
    ("teacher:sister_mary_leo", "teacher", "Sister Mary Leo"),
    ("teacher:silvana_bazzoni", "teacher", "Silvana Bazzoni"),
    ("teacher:john_forsell", "teacher", "John Forsell"),
    ("teacher:dmitri_usatov", "teacher", "Dmitri Usatov"),
    ("teacher:michael_rhodes", "teacher", "Michael Rhodes"),
    ("label:emi", "label", "EMI"),
    ("label:decca", "label", "Decca"),
    ("label:deutsche_grammophon", "label", "Deutsche Grammophon"),
    ("label:victor", "label", "Victor Talking Machine Company"),
    ("opera:la_fanciulla_del_west", "opera", "La fanciulla del West"),
    ("opera:adriana_lecouvreur", "opera", "Adriana Lecouvreur"),
    ("opera:il_postino", "opera", "Il Postino"),
    ("opera:the_first_emperor", "opera", "The First Emperor"),
    ("opera:a_streetcar_named_desire", "opera", "A Streetcar Named Desire"),
    ("opera:the_ghosts_of_versailles", "opera", "The Ghosts of Versailles"),
    ("opera:dead_man_walking", "opera", "Dead Man Walking"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"singer:{slug}", kind="item", type="singer", label=label, attrs={"year": year})
           for slug, label, year in SINGERS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = {
    "maria_callas": {"has_voice_type": ["voice:soprano"], "born_in": ["city:new_york_city"], "died_in": ["city:paris"],
                     "studied_with": ["teacher:elvira_de_hidalgo"], "recorded_for": ["label:emi"]},
    "luciano_pavarotti": {"has_voice_type": ["voice:tenor"], "born_in": ["city:modena"], "died_in": ["city:modena"],
                          "studied_with": ["teacher:arrigo_pola", "teacher:ettore_campogalliani"],
                          "recorded_for": ["label:decca"]},
    "mirella_freni": {"has_voice_type": ["voice:soprano"], "born_in": ["city:modena"], "died_in": ["city:modena"],
                      "studied_with": ["teacher:ettore_campogalliani"]},
    "joan_sutherland": {"has_voice_type": ["voice:soprano"], "born_in": ["city:sydney"], "died_in": ["city:les_avants"],
                        "recorded_for": ["label:decca"]},
    "enrico_caruso": {"has_voice_type": ["voice:tenor"], "born_in": ["city:naples"], "died_in": ["city:naples"],
                      "studied_with": ["teacher:guglielmo_vergine"], "recorded_for": ["label:victor"],
                      "sang_in_premiere_of": ["opera:la_fanciulla_del_west", "opera:adriana_lecouvreur"]},
    "placido_domingo": {"has_voice_type": ["voice:tenor"], "born_in": ["city:madrid"],
                        "sang_in_premiere_of": ["opera:il_postino", "opera:the_first_emperor"]},
    "kiri_te_kanawa": {"has_voice_type": ["voice:soprano"], "born_in": ["city:gisborne"],
                       "studied_with": ["teacher:sister_mary_leo"]},
    "renee_fleming": {"has_voice_type": ["voice:soprano"], "born_in": ["city:indiana_pennsylvania"],
                      "recorded_for": ["label:decca"],
                      "sang_in_premiere_of": ["opera:a_streetcar_named_desire", "opera:the_ghosts_of_versailles"]},
    "cecilia_bartoli": {"has_voice_type": ["voice:mezzo_soprano"], "born_in": ["city:rome"],
                        "studied_with": ["teacher:silvana_bazzoni"], "recorded_for": ["label:decca"]},
    "anna_netrebko": {"has_voice_type": ["voice:soprano"], "born_in": ["city:krasnodar"],
                      "recorded_for": ["label:deutsche_grammophon"]},
    "bryn_terfel": {"has_voice_type": ["voice:bass_baritone"], "born_in": ["city:pant_glas"],
                    "recorded_for": ["label:deutsche_grammophon"]},
    "jussi_bjorling": {"has_voice_type": ["voice:tenor"], "born_in": ["city:borlange"], "died_in": ["city:siaro"],
                       "studied_with": ["teacher:john_forsell"]},
    "susan_graham": {"has_voice_type": ["voice:mezzo_soprano"], "born_in": ["city:roswell"],
                     "sang_in_premiere_of": ["opera:dead_man_walking"]},
    "frederica_von_stade": {"has_voice_type": ["voice:mezzo_soprano"], "born_in": ["city:somerville"],
                            "sang_in_premiere_of": ["opera:dead_man_walking"]},
    "juan_diego_florez": {"has_voice_type": ["voice:tenor"], "born_in": ["city:lima"],
                          "recorded_for": ["label:decca"]},
    "elina_garanca": {"has_voice_type": ["voice:mezzo_soprano"], "born_in": ["city:riga"],
                      "recorded_for": ["label:deutsche_grammophon"]},
    "feodor_chaliapin": {"has_voice_type": ["voice:bass"], "born_in": ["city:kazan"], "died_in": ["city:paris"],
                         "studied_with": ["teacher:dmitri_usatov"]},
    "jonas_kaufmann": {"has_voice_type": ["voice:tenor"], "born_in": ["city:munich"],
                       "studied_with": ["teacher:michael_rhodes"], "recorded_for": ["label:decca"]},
}

RATINGS = {
    "ana": {"maria_callas": 5.0, "luciano_pavarotti": 4.5, "cecilia_bartoli": 2.0, "anna_netrebko": 3.5},
    "ben": {"enrico_caruso": 4.0, "jussi_bjorling": 5.0, "placido_domingo": 1.5, "bryn_terfel": 3.0},
    "chen": {"renee_fleming": 4.5, "joan_sutherland": 1.0, "mirella_freni": 4.0, "juan_diego_florez": 2.5},
    "dara": {"susan_graham": 5.0, "frederica_von_stade": 4.0, "elina_garanca": 2.0, "kiri_te_kanawa": 3.0},
    "emil": {"feodor_chaliapin": 4.5, "jonas_kaufmann": 1.5, "maria_callas": 3.5, "bryn_terfel": 5.0},
}


def rows():
    out = []
    for slug, rels in FACTS.items():
        for rel, tails in rels.items():
            for tail in tails:
                out.append((f"singer:{slug}", rel, tail))
    for user, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"singer:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind364")
