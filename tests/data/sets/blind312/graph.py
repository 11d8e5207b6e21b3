"""A small graph of ancient cities (blind312).

Each city's ``year`` is the year it was inscribed on the UNESCO World Heritage List.
"""
import kgexplain as kgx

CITY = ("ancient_city",)

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=CITY),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                 domain=CITY, range=("country",)),
    kgx.Relation("built_by", phrase="was built by", inverse_phrase="built",
                 domain=CITY, range=("civilization", "person")),
    kgx.Relation("capital_of", phrase="was the capital of", inverse_phrase="had its capital at",
                 domain=CITY, range=("state",)),
    kgx.Relation("has_monument", phrase="is the site of", inverse_phrase="was built in",
                 domain=CITY, range=("monument",)),
    kgx.Relation("excavated_by", phrase="was excavated by", inverse_phrase="excavated",
                 domain=CITY, range=("person",)),
    kgx.Relation("destroyed_by", phrase="was destroyed by", inverse_phrase="destroyed",
                 domain=CITY, range=("person", "state", "volcano")),
    kgx.Relation("site_type", phrase="is a", inverse_phrase="describes",
                 domain=CITY, range=("site_kind",)),
]

# slug: (label, UNESCO inscription year)
CITIES = {
    "petra": ("Petra", 1985),
    "pompeii": ("Pompeii", 1997),
    "herculaneum": ("Herculaneum", 1997),
    "troy": ("Troy", 1998),
    "ephesus": ("Ephesus", 2015),
    "palmyra": ("Palmyra", 1980),
    "persepolis": ("Persepolis", 1979),
    "babylon": ("Babylon", 2019),
    "mohenjo_daro": ("Mohenjo-daro", 1980),
    "carthage": ("Carthage", 1979),
    "teotihuacan": ("Teotihuacan", 1987),
    "chichen_itza": ("Chichen Itza", 1988),
    "tikal": ("Tikal", 1979),
    "leptis_magna": ("Leptis Magna", 1982),
    "hattusa": ("Hattusa", 1986),
    "aksum": ("Aksum", 1980),
    "pergamon": ("Pergamon", 2014),
    "mycenae": ("Mycenae", 1999),
}

ATTRIBUTES = [
    # countries
    ("country:jordan", "country", "Jordan"),
    ("country:italy", "country", "Italy"),
    ("country:turkey", "country", "Turkey"),
    ("country:syria", "country", "Syria"),
    ("country:iran", "country", "Iran"),
    ("country:iraq", "country", "Iraq"),
    ("country:pakistan", "country", "Pakistan"),
    ("country:tunisia", "country", "Tunisia"),
    ("country:mexico", "country", "Mexico"),
    ("country:guatemala", "country", "Guatemala"),
    ("country:libya", "country", "Libya"),
    ("country:ethiopia", "country", "Ethiopia"),
    ("country:greece", "country", "Greece"),
    # builders
    ("civilization:nabataeans", "civilization", "Nabataeans"),
    ("civilization:oscans", "civilization", "Oscans"),
    ("civilization:ionian_greeks", "civilization", "Ionian Greeks"),
    ("civilization:indus_valley", "civilization", "Indus Valley Civilisation"),
    ("civilization:phoenicians", "civilization", "Phoenicians"),
    ("civilization:maya", "civilization", "Maya"),
    ("civilization:mycenaean_greeks", "civilization", "Mycenaean Greeks"),
    ("person:darius_i", "person", "Darius I"),
    # states
    ("state:nabataean_kingdom", "state", "Nabataean Kingdom"),
    ("state:achaemenid_empire", "state", "Achaemenid Empire"),
    ("state:neo_babylonian_empire", "state", "Neo-Babylonian Empire"),
    ("state:carthaginian_empire", "state", "Carthaginian Empire"),
    ("state:hittite_empire", "state", "Hittite Empire"),
    ("state:kingdom_of_aksum", "state", "Kingdom of Aksum"),
    ("state:kingdom_of_pergamon", "state", "Kingdom of Pergamon"),
    ("state:palmyrene_empire", "state", "Palmyrene Empire"),
    ("state:roman_republic", "state", "Roman Republic"),
    # monuments
    ("monument:al_khazneh", "monument", "Al-Khazneh"),
    ("monument:amphitheatre_of_pompeii", "monument", "Amphitheatre of Pompeii"),
    ("monument:villa_of_the_papyri", "monument", "Villa of the Papyri"),
    ("monument:library_of_celsus", "monument", "Library of Celsus"),
    ("monument:temple_of_artemis", "monument", "Temple of Artemis"),
    ("monument:temple_of_bel", "monument", "Temple of Bel"),
    ("monument:apadana", "monument", "Apadana"),
    ("monument:gate_of_all_nations", "monument", "Gate of All Nations"),
    ("monument:ishtar_gate", "monument", "Ishtar Gate"),
    ("monument:great_bath", "monument", "Great Bath"),
    ("monument:baths_of_antoninus", "monument", "Baths of Antoninus"),
    ("monument:pyramid_of_the_sun", "monument", "Pyramid of the Sun"),
    ("monument:pyramid_of_the_moon", "monument", "Pyramid of the Moon"),
    ("monument:el_castillo", "monument", "El Castillo"),
    ("monument:temple_of_the_great_jaguar", "monument", "Temple of the Great Jaguar"),
    ("monument:arch_of_septimius_severus", "monument", "Arch of Septimius Severus"),
    ("monument:lion_gate_hattusa", "monument", "Lion Gate"),
    ("monument:obelisk_of_axum", "monument", "Obelisk of Axum"),
    ("monument:pergamon_altar", "monument", "Pergamon Altar"),
    ("monument:treasury_of_atreus", "monument", "Treasury of Atreus"),
    # archaeologists and destroyers
    ("person:giuseppe_fiorelli", "person", "Giuseppe Fiorelli"),
    ("person:amedeo_maiuri", "person", "Amedeo Maiuri"),
    ("person:heinrich_schliemann", "person", "Heinrich Schliemann"),
    ("person:wilhelm_dorpfeld", "person", "Wilhelm Dörpfeld"),
    ("person:john_turtle_wood", "person", "John Turtle Wood"),
    ("person:ernst_herzfeld", "person", "Ernst Herzfeld"),
    ("person:robert_koldewey", "person", "Robert Koldewey"),
    ("person:john_marshall", "person", "John Marshall"),
    ("person:leopoldo_batres", "person", "Leopoldo Batres"),
    ("person:sylvanus_morley", "person", "Sylvanus Morley"),
    ("person:hugo_winckler", "person", "Hugo Winckler"),
    ("person:carl_humann", "person", "Carl Humann"),
    ("person:alexander_the_great", "person", "Alexander the Great"),
    ("person:aurelian", "person", "Aurelian"),
    ("volcano:vesuvius", "volcano", "Mount Vesuvius"),
    # kinds of site
    ("site_kind:seaport", "site_kind", "Seaport"),
    ("site_kind:caravan_city", "site_kind", "Caravan city"),
    ("site_kind:rock_cut_city", "site_kind", "Rock-cut city"),
    ("site_kind:citadel", "site_kind", "Citadel"),
    ("site_kind:bronze_age_city", "site_kind", "Bronze Age city"),
    ("site_kind:pilgrimage_site", "site_kind", "Pilgrimage site"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def _c(slug):
    return "ancient_city:" + slug


def entities():
    out = [kgx.Entity(_c(slug), kind="item", type="ancient_city", label=label, attrs={"year": year})
           for slug, (label, year) in CITIES.items()]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity("user:" + u, kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = [
    # located_in
    ("petra", "located_in", "country:jordan"),
    ("pompeii", "located_in", "country:italy"),
    ("herculaneum", "located_in", "country:italy"),
    ("troy", "located_in", "country:turkey"),
    ("ephesus", "located_in", "country:turkey"),
    ("palmyra", "located_in", "country:syria"),
    ("persepolis", "located_in", "country:iran"),
    ("babylon", "located_in", "country:iraq"),
    ("mohenjo_daro", "located_in", "country:pakistan"),
    ("carthage", "located_in", "country:tunisia"),
    ("teotihuacan", "located_in", "country:mexico"),
    ("chichen_itza", "located_in", "country:mexico"),
    ("tikal", "located_in", "country:guatemala"),
    ("leptis_magna", "located_in", "country:libya"),
    ("hattusa", "located_in", "country:turkey"),
    ("aksum", "located_in", "country:ethiopia"),
    ("pergamon", "located_in", "country:turkey"),
    ("mycenae", "located_in", "country:greece"),
    # built_by
    ("petra", "built_by", "civilization:nabataeans"),
    ("pompeii", "built_by", "civilization:oscans"),
    ("ephesus", "built_by", "civilization:ionian_greeks"),
    ("mohenjo_daro", "built_by", "civilization:indus_valley"),
    ("carthage", "built_by", "civilization:phoenicians"),
    ("leptis_magna", "built_by", "civilization:phoenicians"),
    ("chichen_itza", "built_by", "civilization:maya"),
    ("tikal", "built_by", "civilization:maya"),
    ("mycenae", "built_by", "civilization:mycenaean_greeks"),
    ("persepolis", "built_by", "person:darius_i"),
    # capital_of
    ("petra", "capital_of", "state:nabataean_kingdom"),
    ("persepolis", "capital_of", "state:achaemenid_empire"),
    ("babylon", "capital_of", "state:neo_babylonian_empire"),
    ("carthage", "capital_of", "state:carthaginian_empire"),
    ("hattusa", "capital_of", "state:hittite_empire"),
    ("aksum", "capital_of", "state:kingdom_of_aksum"),
    ("pergamon", "capital_of", "state:kingdom_of_pergamon"),
    ("palmyra", "capital_of", "state:palmyrene_empire"),
    # has_monument
    ("petra", "has_monument", "monument:al_khazneh"),
    ("pompeii", "has_monument", "monument:amphitheatre_of_pompeii"),
    ("herculaneum", "has_monument", "monument:villa_of_the_papyri"),
    ("ephesus", "has_monument", "monument:library_of_celsus"),
    ("ephesus", "has_monument", "monument:temple_of_artemis"),
    ("palmyra", "has_monument", "monument:temple_of_bel"),
    ("persepolis", "has_monument", "monument:apadana"),
    ("persepolis", "has_monument", "monument:gate_of_all_nations"),
    ("babylon", "has_monument", "monument:ishtar_gate"),
    ("mohenjo_daro", "has_monument", "monument:great_bath"),
    ("carthage", "has_monument", "monument:baths_of_antoninus"),
    ("teotihuacan", "has_monument", "monument:pyramid_of_the_sun"),
    ("teotihuacan", "has_monument", "monument:pyramid_of_the_moon"),
    ("chichen_itza", "has_monument", "monument:el_castillo"),
    ("tikal", "has_monument", "monument:temple_of_the_great_jaguar"),
    ("leptis_magna", "has_monument", "monument:arch_of_septimius_severus"),
    ("hattusa", "has_monument", "monument:lion_gate_hattusa"),
    ("aksum", "has_monument", "monument:obelisk_of_axum"),
    ("pergamon", "has_monument", "monument:pergamon_altar"),
    ("mycenae", "has_monument", "monument:treasury_of_atreus"),
    # excavated_by
    ("pompeii", "excavated_by", "person:giuseppe_fiorelli"),
    ("herculaneum", "excavated_by", "person:amedeo_maiuri"),
    ("troy", "excavated_by", "person:heinrich_schliemann"),
    ("troy", "excavated_by", "person:wilhelm_dorpfeld"),
    ("mycenae", "excavated_by", "person:heinrich_schliemann"),
    ("pergamon", "excavated_by", "person:carl_humann"),
    ("pergamon", "excavated_by", "person:wilhelm_dorpfeld"),
    ("ephesus", "excavated_by", "person:john_turtle_wood"),
    ("persepolis", "excavated_by", "person:ernst_herzfeld"),
    ("babylon", "excavated_by", "person:robert_koldewey"),
    ("mohenjo_daro", "excavated_by", "person:john_marshall"),
    ("teotihuacan", "excavated_by", "person:leopoldo_batres"),
    ("chichen_itza", "excavated_by", "person:sylvanus_morley"),
    ("hattusa", "excavated_by", "person:hugo_winckler"),
    # destroyed_by
    ("pompeii", "destroyed_by", "volcano:vesuvius"),
    ("herculaneum", "destroyed_by", "volcano:vesuvius"),
    ("persepolis", "destroyed_by", "person:alexander_the_great"),
    ("carthage", "destroyed_by", "state:roman_republic"),
    ("palmyra", "destroyed_by", "person:aurelian"),
    # site_type
    ("carthage", "site_type", "site_kind:seaport"),
    ("leptis_magna", "site_type", "site_kind:seaport"),
    ("ephesus", "site_type", "site_kind:seaport"),
    ("petra", "site_type", "site_kind:caravan_city"),
    ("palmyra", "site_type", "site_kind:caravan_city"),
    ("petra", "site_type", "site_kind:rock_cut_city"),
    ("mycenae", "site_type", "site_kind:citadel"),
    ("troy", "site_type", "site_kind:citadel"),
    ("troy", "site_type", "site_kind:bronze_age_city"),
    ("mycenae", "site_type", "site_kind:bronze_age_city"),
    ("hattusa", "site_type", "site_kind:bronze_age_city"),
    ("mohenjo_daro", "site_type", "site_kind:bronze_age_city"),
    ("chichen_itza", "site_type", "site_kind:pilgrimage_site"),
    ("aksum", "site_type", "site_kind:pilgrimage_site"),
]

RATINGS = {
    "ana": {"petra": 5.0, "pompeii": 4.5, "troy": 2.0, "ephesus": 4.0},
    "ben": {"persepolis": 4.5, "babylon": 1.5, "palmyra": 3.0, "carthage": 5.0},
    "chen": {"teotihuacan": 5.0, "chichen_itza": 4.0, "tikal": 1.0, "mohenjo_daro": 3.5},
    "dara": {"herculaneum": 4.5, "mycenae": 2.0, "hattusa": 4.0, "leptis_magna": 0.5},
    "emil": {"aksum": 5.0, "pergamon": 1.5, "petra": 3.0, "troy": 4.5},
}


def rows():
    out = [(_c(h), r, t) for h, r, t in FACTS]
    for user, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append(("user:" + user, "rated", _c(slug), {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind312")
