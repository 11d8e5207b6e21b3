"""A small graph of ancient (Roman) amphitheatres, declared in code.

`year` is the year the amphitheatre was built, completed or inaugurated
(negative years are BC).
"""
import kgexplain as kgx

A = ("amphitheatre",)

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=A),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to", domain=A, range=("city",)),
    kgx.Relation("in_province", phrase="lay in the Roman province of", inverse_phrase="contained",
                 domain=A, range=("province",)),
    kgx.Relation("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned",
                 domain=A, range=("person",)),
    kgx.Relation("built_of", phrase="is built of", inverse_phrase="is a building material of",
                 domain=A, range=("material",)),
    kgx.Relation("part_of", phrase="is part of", inverse_phrase="includes", domain=A, range=("heritage site",)),
    kgx.Relation("hosts", phrase="hosts", inverse_phrase="is held at", domain=A, range=("event",)),
]

_ITEMS = [
    ("colosseum", "Colosseum", 80),
    ("verona_arena", "Verona Arena", 30),
    ("arena_of_nimes", "Arena of Nîmes", 70),
    ("arles_amphitheatre", "Arles Amphitheatre", 90),
    ("pula_arena", "Pula Arena", 68),
    ("amphitheatre_of_el_jem", "Amphitheatre of El Jem", 238),
    ("amphitheatre_of_the_three_gauls", "Amphitheatre of the Three Gauls", 19),
    ("trier_amphitheatre", "Trier Amphitheatre", 100),
    ("saintes_amphitheatre", "Saintes Amphitheatre", 40),
    ("caerleon_amphitheatre", "Caerleon Amphitheatre", 90),
    ("leptis_magna_amphitheatre", "Leptis Magna Amphitheatre", 56),
    ("london_roman_amphitheatre", "London Roman Amphitheatre", 70),
    ("aquincum_military_amphitheatre", "Aquincum Military Amphitheatre", 145),
    ("amphitheatre_of_pompeii", "Amphitheatre of Pompeii", -70),
    ("amphitheatre_of_merida", "Amphitheatre of Mérida", -8),
]

_ATTRS = [
    # cities
    ("city:rome", "city", "Rome"),
    ("city:verona", "city", "Verona"),
    ("city:nimes", "city", "Nîmes"),
    ("city:arles", "city", "Arles"),
    ("city:pula", "city", "Pula"),
    ("city:el_jem", "city", "El Jem"),
    ("city:lyon", "city", "Lyon"),
    ("city:trier", "city", "Trier"),
    ("city:saintes", "city", "Saintes"),
    ("city:caerleon", "city", "Caerleon"),
    ("city:khoms", "city", "Khoms"),
    ("city:london", "city", "London"),
    ("city:budapest", "city", "Budapest"),
    ("city:pompeii", "city", "Pompeii"),
    ("city:merida", "city", "Mérida"),
    # Roman provinces
    ("province:gallia_narbonensis", "province", "Gallia Narbonensis"),
    ("province:gallia_lugdunensis", "province", "Gallia Lugdunensis"),
    ("province:gallia_belgica", "province", "Gallia Belgica"),
    ("province:gallia_aquitania", "province", "Gallia Aquitania"),
    ("province:africa_proconsularis", "province", "Africa Proconsularis"),
    ("province:britannia", "province", "Britannia"),
    ("province:pannonia_inferior", "province", "Pannonia Inferior"),
    ("province:lusitania", "province", "Lusitania"),
    # people
    ("person:vespasian", "person", "Vespasian"),
    ("person:gaius_julius_rufus", "person", "Gaius Julius Rufus"),
    ("person:gaius_quinctius_valgus", "person", "Gaius Quinctius Valgus"),
    ("person:marcus_porcius", "person", "Marcus Porcius"),
    # materials
    ("material:travertine", "material", "travertine"),
    ("material:tuff", "material", "tuff"),
    ("material:limestone", "material", "limestone"),
    # heritage sites
    ("site:historic_centre_of_rome", "heritage site", "Historic Centre of Rome"),
    ("site:city_of_verona", "heritage site", "City of Verona"),
    ("site:arles_roman_romanesque", "heritage site", "Arles, Roman and Romanesque Monuments"),
    ("site:roman_monuments_trier", "heritage site",
     "Roman Monuments, Cathedral of St. Peter and Church of Our Lady in Trier"),
    ("site:leptis_magna", "heritage site", "Archaeological Site of Leptis Magna"),
    ("site:pompei_herculaneum", "heritage site",
     "Archaeological Areas of Pompei, Herculaneum and Torre Annunziata"),
    ("site:ensemble_of_merida", "heritage site", "Archaeological Ensemble of Mérida"),
    # events
    ("event:opera", "event", "opera"),
    ("event:bullfighting", "event", "bullfighting"),
    ("event:via_crucis", "event", "Via Crucis"),
    ("event:pula_film_festival", "event", "Pula Film Festival"),
    ("event:el_jem_festival", "event", "El Jem International Festival of Symphonic Music"),
    ("event:festival_de_nimes", "event", "Festival de Nîmes"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"amphitheatre:{slug}", kind="item", type="amphitheatre", label=label, attrs={"year": year})
           for slug, label, year in _ITEMS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in _ATTRS]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def _a(slug):
    return f"amphitheatre:{slug}"


def rows():
    r = [
        # Colosseum
        (_a("colosseum"), "located_in", "city:rome"),
        (_a("colosseum"), "commissioned_by", "person:vespasian"),
        (_a("colosseum"), "built_of", "material:travertine"),
        (_a("colosseum"), "built_of", "material:tuff"),
        (_a("colosseum"), "part_of", "site:historic_centre_of_rome"),
        (_a("colosseum"), "hosts", "event:via_crucis"),
        # Verona Arena
        (_a("verona_arena"), "located_in", "city:verona"),
        (_a("verona_arena"), "built_of", "material:limestone"),
        (_a("verona_arena"), "part_of", "site:city_of_verona"),
        (_a("verona_arena"), "hosts", "event:opera"),
        # Arena of Nimes
        (_a("arena_of_nimes"), "located_in", "city:nimes"),
        (_a("arena_of_nimes"), "in_province", "province:gallia_narbonensis"),
        (_a("arena_of_nimes"), "hosts", "event:bullfighting"),
        (_a("arena_of_nimes"), "hosts", "event:festival_de_nimes"),
        # Arles
        (_a("arles_amphitheatre"), "located_in", "city:arles"),
        (_a("arles_amphitheatre"), "in_province", "province:gallia_narbonensis"),
        (_a("arles_amphitheatre"), "part_of", "site:arles_roman_romanesque"),
        (_a("arles_amphitheatre"), "hosts", "event:bullfighting"),
        # Pula
        (_a("pula_arena"), "located_in", "city:pula"),
        (_a("pula_arena"), "built_of", "material:limestone"),
        (_a("pula_arena"), "hosts", "event:pula_film_festival"),
        # El Jem
        (_a("amphitheatre_of_el_jem"), "located_in", "city:el_jem"),
        (_a("amphitheatre_of_el_jem"), "in_province", "province:africa_proconsularis"),
        (_a("amphitheatre_of_el_jem"), "hosts", "event:el_jem_festival"),
        # Three Gauls
        (_a("amphitheatre_of_the_three_gauls"), "located_in", "city:lyon"),
        (_a("amphitheatre_of_the_three_gauls"), "in_province", "province:gallia_lugdunensis"),
        (_a("amphitheatre_of_the_three_gauls"), "commissioned_by", "person:gaius_julius_rufus"),
        # Trier
        (_a("trier_amphitheatre"), "located_in", "city:trier"),
        (_a("trier_amphitheatre"), "in_province", "province:gallia_belgica"),
        (_a("trier_amphitheatre"), "part_of", "site:roman_monuments_trier"),
        # Saintes
        (_a("saintes_amphitheatre"), "located_in", "city:saintes"),
        (_a("saintes_amphitheatre"), "in_province", "province:gallia_aquitania"),
        # Caerleon
        (_a("caerleon_amphitheatre"), "located_in", "city:caerleon"),
        (_a("caerleon_amphitheatre"), "in_province", "province:britannia"),
        # Leptis Magna
        (_a("leptis_magna_amphitheatre"), "located_in", "city:khoms"),
        (_a("leptis_magna_amphitheatre"), "in_province", "province:africa_proconsularis"),
        (_a("leptis_magna_amphitheatre"), "part_of", "site:leptis_magna"),
        # London
        (_a("london_roman_amphitheatre"), "located_in", "city:london"),
        (_a("london_roman_amphitheatre"), "in_province", "province:britannia"),
        # Aquincum
        (_a("aquincum_military_amphitheatre"), "located_in", "city:budapest"),
        (_a("aquincum_military_amphitheatre"), "in_province", "province:pannonia_inferior"),
        # Pompeii
        (_a("amphitheatre_of_pompeii"), "located_in", "city:pompeii"),
        (_a("amphitheatre_of_pompeii"), "commissioned_by", "person:gaius_quinctius_valgus"),
        (_a("amphitheatre_of_pompeii"), "commissioned_by", "person:marcus_porcius"),
        (_a("amphitheatre_of_pompeii"), "part_of", "site:pompei_herculaneum"),
        # Merida
        (_a("amphitheatre_of_merida"), "located_in", "city:merida"),
        (_a("amphitheatre_of_merida"), "in_province", "province:lusitania"),
        (_a("amphitheatre_of_merida"), "part_of", "site:ensemble_of_merida"),
    ]
    ratings = {
        "ana": [("colosseum", 5.0), ("verona_arena", 4.5), ("pula_arena", 2.0), ("trier_amphitheatre", 3.0)],
        "ben": [("arena_of_nimes", 4.0), ("arles_amphitheatre", 1.5), ("amphitheatre_of_el_jem", 5.0),
                ("caerleon_amphitheatre", 2.5)],
        "chen": [("amphitheatre_of_pompeii", 4.5), ("colosseum", 3.5), ("london_roman_amphitheatre", 1.0),
                 ("amphitheatre_of_merida", 4.0)],
        "dara": [("amphitheatre_of_the_three_gauls", 2.0), ("leptis_magna_amphitheatre", 5.0),
                 ("saintes_amphitheatre", 3.0), ("verona_arena", 0.5)],
        "emil": [("aquincum_military_amphitheatre", 4.5), ("pula_arena", 5.0), ("amphitheatre_of_el_jem", 1.5),
                 ("trier_amphitheatre", 4.0)],
    }
    for user, rs in ratings.items():
        for slug, rating in rs:
            r.append((f"user:{user}", "rated", _a(slug), {"rating": rating}))
    return r


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind177")
