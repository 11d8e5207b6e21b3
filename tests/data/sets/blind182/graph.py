"""A small graph of real rock art sites (blind182).

Each site's `year` is the year its rock art was discovered (or first recognised)
by modern explorers or researchers.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("site",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to", domain=("site",), range=("region",)),
    kgx.Relation("in_country", phrase="is in", inverse_phrase="contains", domain=("site",), range=("country",)),
    kgx.Relation("discovered_by", phrase="was discovered by", inverse_phrase="discovered", domain=("site",), range=("person",)),
    kgx.Relation("depicts", phrase="depicts", inverse_phrase="is depicted at", domain=("site",), range=("motif",)),
    kgx.Relation("dates_from", phrase="dates from", inverse_phrase="produced the art of", domain=("site",), range=("period",)),
    kgx.Relation("part_of", phrase="is part of", inverse_phrase="includes", domain=("site",), range=("listing",)),
]

_SITES = [
    ("lascaux", "Lascaux", 1940),
    ("chauvet", "Chauvet Cave", 1994),
    ("altamira", "Cave of Altamira", 1879),
    ("el_castillo", "Cave of El Castillo", 1903),
    ("tito_bustillo", "Tito Bustillo Cave", 1968),
    ("ekain", "Ekain", 1969),
    ("font_de_gaume", "Font-de-Gaume", 1901),
    ("les_combarelles", "Les Combarelles", 1901),
    ("rouffignac", "Rouffignac Cave", 1956),
    ("niaux", "Niaux Cave", 1906),
    ("pech_merle", "Pech Merle", 1922),
    ("cosquer", "Cosquer Cave", 1985),
    ("cussac", "Cussac Cave", 2000),
    ("bhimbetka", "Bhimbetka rock shelters", 1957),
    ("white_lady", "White Lady of the Brandberg", 1917),
    ("laas_geel", "Laas Geel", 2002),
    ("leang_tedongnge", "Leang Tedongnge", 2017),
    ("kapova", "Kapova Cave", 1959),
]

_ATTRS = {
    "region": [
        ("dordogne", "Dordogne"), ("ardeche", "Ardèche"), ("cantabria", "Cantabria"),
        ("asturias", "Asturias"), ("gipuzkoa", "Gipuzkoa"), ("ariege", "Ariège"), ("lot", "Lot"),
        ("bouches_du_rhone", "Bouches-du-Rhône"), ("madhya_pradesh", "Madhya Pradesh"),
        ("erongo", "Erongo Region"), ("maroodi_jeex", "Maroodi Jeex"),
        ("south_sulawesi", "South Sulawesi"), ("bashkortostan", "Bashkortostan"),
    ],
    "country": [
        ("france", "France"), ("spain", "Spain"), ("india", "India"), ("namibia", "Namibia"),
        ("indonesia", "Indonesia"), ("russia", "Russia"),
    ],
    "person": [
        ("marcel_ravidat", "Marcel Ravidat"), ("jacques_marsal", "Jacques Marsal"),
        ("jean_marie_chauvet", "Jean-Marie Chauvet"), ("eliette_brunel", "Éliette Brunel"),
        ("christian_hillaire", "Christian Hillaire"),
        ("marcelino_sanz_de_sautuola", "Marcelino Sanz de Sautuola"),
        ("maria_sanz_de_sautuola", "María Sanz de Sautuola"),
        ("hermilio_alcalde_del_rio", "Hermilio Alcalde del Río"),
        ("celestino_fernandez_bustillo", "Celestino Fernández Bustillo"),
        ("andoni_albizuri", "Andoni Albizuri"), ("rafael_rezabal", "Rafael Rezabal"),
        ("denis_peyrony", "Denis Peyrony"), ("henri_breuil", "Henri Breuil"),
        ("louis_capitan", "Louis Capitan"),
        ("louis_rene_nougier", "Louis-René Nougier"), ("romain_robert", "Romain Robert"),
        ("andre_david", "André David"), ("henri_dutertre", "Henri Dutertre"),
        ("henri_cosquer", "Henri Cosquer"), ("marc_delluc", "Marc Delluc"),
        ("vs_wakankar", "V. S. Wakankar"), ("reinhard_maack", "Reinhard Maack"),
        ("basran_burhan", "Basran Burhan"), ("alexander_ryumin", "Alexander Ryumin"),
    ],
    "motif": [
        ("aurochs", "aurochs"), ("horse", "horse"), ("bison", "bison"), ("mammoth", "mammoth"),
        ("cave_lion", "cave lion"), ("woolly_rhinoceros", "woolly rhinoceros"),
        ("hand_stencil", "hand stencil"), ("cattle", "cattle"), ("human_figure", "human figure"),
        ("warty_pig", "Sulawesi warty pig"), ("deer", "deer"),
    ],
    "period": [
        ("magdalenian", "Magdalenian"), ("aurignacian", "Aurignacian"), ("gravettian", "Gravettian"),
        ("upper_paleolithic", "Upper Paleolithic"), ("mesolithic", "Mesolithic"), ("neolithic", "Neolithic"),
    ],
    "listing": [
        ("vezere_valley", "Prehistoric Sites and Decorated Caves of the Vézère Valley"),
        ("altamira_northern_spain", "Cave of Altamira and Paleolithic Cave Art of Northern Spain"),
        ("chauvet_pont_darc", "Decorated Cave of Pont d'Arc"),
        ("rock_shelters_bhimbetka", "Rock Shelters of Bhimbetka"),
    ],
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"site:{slug}", kind="item", type="site", label=label, attrs={"year": year})
           for slug, label, year in _SITES]
    for typ, pairs in _ATTRS.items():
        out += [kgx.Entity(f"{typ}:{slug}", kind="attribute", type=typ, label=label) for slug, label in pairs]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


_FACTS = {
    "lascaux": {"located_in": ["dordogne"], "in_country": ["france"],
                "discovered_by": ["marcel_ravidat", "jacques_marsal"],
                "depicts": ["aurochs", "horse", "deer"], "dates_from": ["magdalenian"],
                "part_of": ["vezere_valley"]},
    "chauvet": {"located_in": ["ardeche"], "in_country": ["france"],
                "discovered_by": ["jean_marie_chauvet", "eliette_brunel", "christian_hillaire"],
                "depicts": ["cave_lion", "woolly_rhinoceros", "horse"], "dates_from": ["aurignacian"],
                "part_of": ["chauvet_pont_darc"]},
    "altamira": {"located_in": ["cantabria"], "in_country": ["spain"],
                 "discovered_by": ["marcelino_sanz_de_sautuola", "maria_sanz_de_sautuola"],
                 "depicts": ["bison"], "dates_from": ["magdalenian"],
                 "part_of": ["altamira_northern_spain"]},
    "el_castillo": {"located_in": ["cantabria"], "in_country": ["spain"],
                    "discovered_by": ["hermilio_alcalde_del_rio"],
                    "depicts": ["hand_stencil"], "dates_from": ["upper_paleolithic"],
                    "part_of": ["altamira_northern_spain"]},
    "tito_bustillo": {"located_in": ["asturias"], "in_country": ["spain"],
                      "discovered_by": ["celestino_fernandez_bustillo"],
                      "depicts": ["horse"], "dates_from": ["magdalenian"],
                      "part_of": ["altamira_northern_spain"]},
    "ekain": {"located_in": ["gipuzkoa"], "in_country": ["spain"],
              "discovered_by": ["andoni_albizuri", "rafael_rezabal"],
              "depicts": ["horse"], "dates_from": ["magdalenian"],
              "part_of": ["altamira_northern_spain"]},
    "font_de_gaume": {"located_in": ["dordogne"], "in_country": ["france"],
                      "discovered_by": ["denis_peyrony"],
                      "depicts": ["bison"], "dates_from": ["magdalenian"],
                      "part_of": ["vezere_valley"]},
    "les_combarelles": {"located_in": ["dordogne"], "in_country": ["france"],
                        "discovered_by": ["henri_breuil", "denis_peyrony", "louis_capitan"],
                        "depicts": ["horse", "mammoth"], "dates_from": ["magdalenian"],
                        "part_of": ["vezere_valley"]},
    "rouffignac": {"located_in": ["dordogne"], "in_country": ["france"],
                   "discovered_by": ["louis_rene_nougier", "romain_robert"],
                   "depicts": ["mammoth"], "dates_from": ["magdalenian"]},
    "niaux": {"located_in": ["ariege"], "in_country": ["france"],
              "depicts": ["bison"], "dates_from": ["magdalenian"]},
    "pech_merle": {"located_in": ["lot"], "in_country": ["france"],
                   "discovered_by": ["andre_david", "henri_dutertre"],
                   "depicts": ["horse", "hand_stencil"], "dates_from": ["gravettian"]},
    "cosquer": {"located_in": ["bouches_du_rhone"], "in_country": ["france"],
                "discovered_by": ["henri_cosquer"],
                "depicts": ["hand_stencil"], "dates_from": ["gravettian"]},
    "cussac": {"located_in": ["dordogne"], "in_country": ["france"],
               "discovered_by": ["marc_delluc"], "dates_from": ["gravettian"]},
    "bhimbetka": {"located_in": ["madhya_pradesh"], "in_country": ["india"],
                  "discovered_by": ["vs_wakankar"], "dates_from": ["mesolithic"],
                  "part_of": ["rock_shelters_bhimbetka"]},
    "white_lady": {"located_in": ["erongo"], "in_country": ["namibia"],
                   "discovered_by": ["reinhard_maack"], "depicts": ["human_figure"]},
    "laas_geel": {"located_in": ["maroodi_jeex"], "depicts": ["cattle"], "dates_from": ["neolithic"]},
    "leang_tedongnge": {"located_in": ["south_sulawesi"], "in_country": ["indonesia"],
                        "discovered_by": ["basran_burhan"], "depicts": ["warty_pig"]},
    "kapova": {"located_in": ["bashkortostan"], "in_country": ["russia"],
               "discovered_by": ["alexander_ryumin"], "depicts": ["mammoth"],
               "dates_from": ["upper_paleolithic"]},
}

_RANGE_TYPE = {"located_in": "region", "in_country": "country", "discovered_by": "person",
               "depicts": "motif", "dates_from": "period", "part_of": "listing"}

RATINGS = {
    "ana": [("lascaux", 5.0), ("chauvet", 4.5), ("niaux", 2.0), ("cosquer", 3.0)],
    "ben": [("altamira", 4.0), ("el_castillo", 1.5), ("bhimbetka", 5.0), ("pech_merle", 3.5)],
    "chen": [("laas_geel", 4.5), ("white_lady", 2.0), ("kapova", 3.0), ("leang_tedongnge", 5.0)],
    "dara": [("font_de_gaume", 4.0), ("les_combarelles", 1.0), ("rouffignac", 4.5), ("cussac", 2.5)],
    "emil": [("ekain", 5.0), ("tito_bustillo", 3.5), ("lascaux", 2.0), ("chauvet", 4.0)],
}


def rows():
    out = []
    for site, facts in _FACTS.items():
        for rel, tails in facts.items():
            for t in tails:
                out.append((f"site:{site}", rel, f"{_RANGE_TYPE[rel]}:{t}"))
    for user, pairs in RATINGS.items():
        for site, r in pairs:
            out.append((f"user:{user}", "rated", f"site:{site}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind182")
