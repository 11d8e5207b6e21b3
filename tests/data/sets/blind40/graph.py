"""A small wine graph for the blind40 held-out evaluation set.

Pure code, no data files: ``build()`` returns a ``kgexplain.KnowledgeGraph`` with wines
(items, the vintage as ``year``), wineries, grape varieties, wine regions, winemakers and
styles (attributes), and a few tasters (users) with ratings 1-5. Relations declare only
``phrase`` / ``inverse_phrase``, as a new user of the library would. Names are invented;
the graph is the truth.
"""

from __future__ import annotations

import kgexplain as kgx

WINES = {
    # id: (label, vintage)
    "wine:ridgeline_zinfandel": ("Ridgeline Zinfandel", 2018),
    "wine:stone_arch_cabernet": ("Stone Arch Cabernet", 2016),
    "wine:cuvee_aurore": ("Cuvée Aurore", 2012),
    "wine:blanc_de_craie": ("Blanc de Craie", 2015),
    "wine:colline_rosso": ("Colline Rosso", 2019),
    "wine:colline_riserva": ("Colline Riserva", 2013),
    "wine:vento_frizzante": ("Vento Frizzante", 2021),
    "wine:vento_amarone": ("Vento Amarone", 2015),
    "wine:kelpie_riesling": ("Kelpie Bay Riesling", 2020),
    "wine:kelpie_sauvignon": ("Kelpie Bay Sauvignon Blanc", 2022),
    "wine:ironbark_shiraz": ("Ironbark Shiraz", 2017),
    "wine:ironbark_rose": ("Ironbark Rosé", 2021),
    "wine:clos_saint_vincent": ("Clos Saint-Vincent", 2010),
    "wine:les_pierres": ("Les Pierres", 2019),
    "wine:altura_reserva": ("Altura Reserva", 2014),
    "wine:altura_rosado": ("Altura Rosado", 2022),
    "wine:late_harvest": ("Ridge Hollow Late Harvest", 2019),
}

ATTRIBUTES = {
    # wineries
    "winery:ridge_hollow": ("winery", "Ridge Hollow Cellars"),
    "winery:stone_arch": ("winery", "Stone Arch Estate"),
    "winery:maison_delaunay": ("winery", "Maison Delaunay"),
    "winery:tenuta_colline": ("winery", "Tenuta Colline"),
    "winery:cantina_vento": ("winery", "Cantina Vento"),
    "winery:kelpie_bay": ("winery", "Kelpie Bay Wines"),
    "winery:ironbark_hill": ("winery", "Ironbark Hill"),
    "winery:domaine_vincent": ("winery", "Domaine Vincent"),
    "winery:bodega_altura": ("winery", "Bodega Altura"),
    # grape varieties
    "grape:zinfandel": ("grape", "Zinfandel"),
    "grape:cabernet_sauvignon": ("grape", "Cabernet Sauvignon"),
    "grape:merlot": ("grape", "Merlot"),
    "grape:chardonnay": ("grape", "Chardonnay"),
    "grape:pinot_noir": ("grape", "Pinot Noir"),
    "grape:sangiovese": ("grape", "Sangiovese"),
    "grape:glera": ("grape", "Glera"),
    "grape:corvina": ("grape", "Corvina"),
    "grape:riesling": ("grape", "Riesling"),
    "grape:sauvignon_blanc": ("grape", "Sauvignon Blanc"),
    "grape:shiraz": ("grape", "Shiraz"),
    "grape:grenache": ("grape", "Grenache"),
    "grape:tempranillo": ("grape", "Tempranillo"),
    # regions
    "region:sonoma": ("region", "Sonoma"),
    "region:napa": ("region", "Napa Valley"),
    "region:champagne": ("region", "Champagne"),
    "region:tuscany": ("region", "Tuscany"),
    "region:veneto": ("region", "Veneto"),
    "region:marlborough": ("region", "Marlborough"),
    "region:barossa": ("region", "Barossa Valley"),
    "region:burgundy": ("region", "Burgundy"),
    "region:rioja": ("region", "Rioja"),
    # winemakers
    "winemaker:clara_mendes": ("winemaker", "Clara Mendes"),
    "winemaker:james_whitford": ("winemaker", "James Whitford"),
    "winemaker:sophie_marchand": ("winemaker", "Sophie Marchand"),
    "winemaker:marco_bellini": ("winemaker", "Marco Bellini"),
    "winemaker:giulia_ferri": ("winemaker", "Giulia Ferri"),
    "winemaker:aroha_ngata": ("winemaker", "Aroha Ngata"),
    "winemaker:tom_reddy": ("winemaker", "Tom Reddy"),
    "winemaker:henri_lefevre": ("winemaker", "Henri Lefèvre"),
    "winemaker:javier_ortega": ("winemaker", "Javier Ortega"),
    # styles
    "style:red": ("style", "red"),
    "style:white": ("style", "white"),
    "style:sparkling": ("style", "sparkling"),
    "style:rose": ("style", "rosé"),
    "style:dessert": ("style", "dessert"),
}

USERS = {
    "user:ana": "Ana",
    "user:ben": "Ben",
    "user:chloe": "Chloe",
    "user:dev": "Dev",
    "user:emma": "Emma",
}

FACTS = [
    # wine, winery, grape(s), region, winemaker(s), style
    ("wine:ridgeline_zinfandel", "winery:ridge_hollow", ["grape:zinfandel"], "region:sonoma",
     ["winemaker:clara_mendes"], "style:red"),
    ("wine:stone_arch_cabernet", "winery:stone_arch", ["grape:cabernet_sauvignon", "grape:merlot"],
     "region:napa", ["winemaker:james_whitford", "winemaker:clara_mendes"], "style:red"),
    ("wine:cuvee_aurore", "winery:maison_delaunay", ["grape:chardonnay", "grape:pinot_noir"],
     "region:champagne", ["winemaker:sophie_marchand"], "style:sparkling"),
    ("wine:blanc_de_craie", "winery:maison_delaunay", ["grape:chardonnay"], "region:champagne",
     ["winemaker:sophie_marchand"], "style:sparkling"),
    ("wine:colline_rosso", "winery:tenuta_colline", ["grape:sangiovese"], "region:tuscany",
     ["winemaker:marco_bellini"], "style:red"),
    ("wine:colline_riserva", "winery:tenuta_colline", ["grape:sangiovese"], "region:tuscany",
     ["winemaker:marco_bellini"], "style:red"),
    ("wine:vento_frizzante", "winery:cantina_vento", ["grape:glera"], "region:veneto",
     ["winemaker:giulia_ferri"], "style:sparkling"),
    ("wine:vento_amarone", "winery:cantina_vento", ["grape:corvina"], "region:veneto",
     ["winemaker:giulia_ferri"], "style:red"),
    ("wine:kelpie_riesling", "winery:kelpie_bay", ["grape:riesling"], "region:marlborough",
     ["winemaker:aroha_ngata"], "style:white"),
    ("wine:kelpie_sauvignon", "winery:kelpie_bay", ["grape:sauvignon_blanc"], "region:marlborough",
     ["winemaker:aroha_ngata"], "style:white"),
    ("wine:ironbark_shiraz", "winery:ironbark_hill", ["grape:shiraz"], "region:barossa",
     ["winemaker:tom_reddy"], "style:red"),
    ("wine:ironbark_rose", "winery:ironbark_hill", ["grape:grenache"], "region:barossa",
     ["winemaker:tom_reddy"], "style:rose"),
    ("wine:clos_saint_vincent", "winery:domaine_vincent", ["grape:pinot_noir"], "region:burgundy",
     ["winemaker:henri_lefevre"], "style:red"),
    ("wine:les_pierres", "winery:domaine_vincent", ["grape:chardonnay"], "region:burgundy",
     ["winemaker:henri_lefevre"], "style:white"),
    ("wine:altura_reserva", "winery:bodega_altura", ["grape:tempranillo"], "region:rioja",
     ["winemaker:javier_ortega"], "style:red"),
    ("wine:altura_rosado", "winery:bodega_altura", ["grape:grenache", "grape:tempranillo"],
     "region:rioja", ["winemaker:javier_ortega"], "style:rose"),
    ("wine:late_harvest", "winery:ridge_hollow", ["grape:riesling"], "region:sonoma",
     ["winemaker:clara_mendes"], "style:dessert"),
]

RATINGS = [
    ("user:ana", "wine:ridgeline_zinfandel", 5),
    ("user:ana", "wine:cuvee_aurore", 4),
    ("user:ana", "wine:kelpie_sauvignon", 2),
    ("user:ana", "wine:colline_riserva", 5),
    ("user:ana", "wine:ironbark_rose", 3),
    ("user:ben", "wine:stone_arch_cabernet", 5),
    ("user:ben", "wine:ironbark_shiraz", 4),
    ("user:ben", "wine:clos_saint_vincent", 1),
    ("user:ben", "wine:altura_reserva", 4),
    ("user:chloe", "wine:blanc_de_craie", 5),
    ("user:chloe", "wine:vento_frizzante", 4),
    ("user:chloe", "wine:les_pierres", 5),
    ("user:chloe", "wine:colline_rosso", 2),
    ("user:chloe", "wine:late_harvest", 3),
    ("user:dev", "wine:ironbark_shiraz", 5),
    ("user:dev", "wine:vento_amarone", 5),
    ("user:dev", "wine:kelpie_riesling", 2),
    ("user:dev", "wine:altura_rosado", 3),
    ("user:emma", "wine:clos_saint_vincent", 5),
    ("user:emma", "wine:cuvee_aurore", 3),
    ("user:emma", "wine:kelpie_riesling", 4),
    ("user:emma", "wine:stone_arch_cabernet", 2),
]

RELATIONS = [
    kgx.Relation("tasted", phrase="tasted", inverse_phrase="was tasted by",
                 domain=("user",), range=("wine",)),
    kgx.Relation("produced_by", phrase="is produced by", inverse_phrase="produces",
                 domain=("wine",), range=("winery",)),
    kgx.Relation("made_from", phrase="is made from", inverse_phrase="is used in",
                 domain=("wine",), range=("grape",)),
    kgx.Relation("comes_from", phrase="comes from", inverse_phrase="is the origin of",
                 domain=("wine",), range=("region",)),
    kgx.Relation("winemaker", phrase="was crafted by", inverse_phrase="crafted",
                 domain=("wine",), range=("winemaker",)),
    kgx.Relation("has_style", phrase="has the style", inverse_phrase="is the style of",
                 domain=("wine",), range=("style",)),
]


def rows() -> list[tuple]:
    out: list[tuple] = []
    for wine, winery, grapes, region, makers, style in FACTS:
        out.append((wine, "produced_by", winery))
        out += [(wine, "made_from", g) for g in grapes]
        out.append((wine, "comes_from", region))
        out += [(wine, "winemaker", m) for m in makers]
        out.append((wine, "has_style", style))
    out += [(u, "tasted", w, {"rating": float(s)}) for u, w, s in RATINGS]
    return out


def entities() -> list[kgx.Entity]:
    ents = [
        kgx.Entity(i, kind="item", type="wine", label=lab, attrs={"year": year})
        for i, (lab, year) in WINES.items()
    ]
    ents += [kgx.Entity(i, kind="attribute", type=t, label=lab) for i, (t, lab) in ATTRIBUTES.items()]
    ents += [kgx.Entity(i, kind="user", type="user", label=lab) for i, lab in USERS.items()]
    return ents


def build() -> kgx.KnowledgeGraph:
    """The blind40 wine graph (17 wines, 45 attributes, 5 tasters)."""
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind40")
