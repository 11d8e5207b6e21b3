"""A small chemical elements graph: who discovered each element, where, what it is
named after, its category in the periodic table and its state at room temperature.

The ``year`` of each element is the year of its discovery (or first isolation, for the
elements Humphry Davy obtained by electrolysis)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("element",)),
    kgx.Relation("discovered_by", phrase="was discovered by", inverse_phrase="discovered",
                 domain=("element",), range=("person",)),
    kgx.Relation("discovered_in", phrase="was discovered in", inverse_phrase="is where scientists discovered",
                 domain=("element",), range=("country",)),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="gave its name to",
                 domain=("element",), range=("country", "person", "region", "celestial body")),
    kgx.Relation("in_category", phrase="is classified as", inverse_phrase="is the classification of",
                 domain=("element",), range=("category",)),
    kgx.Relation("state_at_room_temperature", phrase="at room temperature is a",
                 inverse_phrase="is the room-temperature state of",
                 domain=("element",), range=("state",)),
]

_ELEMENTS = [
    ("hydrogen", "Hydrogen", 1766),
    ("helium", "Helium", 1868),
    ("oxygen", "Oxygen", 1774),
    ("neon", "Neon", 1898),
    ("sodium", "Sodium", 1807),
    ("chlorine", "Chlorine", 1774),
    ("argon", "Argon", 1894),
    ("potassium", "Potassium", 1807),
    ("calcium", "Calcium", 1808),
    ("scandium", "Scandium", 1879),
    ("gallium", "Gallium", 1875),
    ("germanium", "Germanium", 1886),
    ("bromine", "Bromine", 1826),
    ("rubidium", "Rubidium", 1861),
    ("caesium", "Caesium", 1860),
    ("polonium", "Polonium", 1898),
    ("radium", "Radium", 1898),
    ("americium", "Americium", 1944),
    ("curium", "Curium", 1944),
]

_PEOPLE = [
    ("henry_cavendish", "Henry Cavendish"),
    ("pierre_janssen", "Pierre Janssen"),
    ("norman_lockyer", "Norman Lockyer"),
    ("joseph_priestley", "Joseph Priestley"),
    ("william_ramsay", "William Ramsay"),
    ("morris_travers", "Morris Travers"),
    ("humphry_davy", "Humphry Davy"),
    ("carl_wilhelm_scheele", "Carl Wilhelm Scheele"),
    ("lord_rayleigh", "Lord Rayleigh"),
    ("lars_fredrik_nilson", "Lars Fredrik Nilson"),
    ("lecoq_de_boisbaudran", "Paul-Emile Lecoq de Boisbaudran"),
    ("clemens_winkler", "Clemens Winkler"),
    ("antoine_jerome_balard", "Antoine Jerome Balard"),
    ("robert_bunsen", "Robert Bunsen"),
    ("gustav_kirchhoff", "Gustav Kirchhoff"),
    ("marie_curie", "Marie Curie"),
    ("pierre_curie", "Pierre Curie"),
    ("glenn_seaborg", "Glenn T. Seaborg"),
    ("albert_ghiorso", "Albert Ghiorso"),
    ("ralph_james", "Ralph A. James"),
    ("leon_morgan", "Leon O. Morgan"),
]

_COUNTRIES = [
    ("england", "England"),
    ("sweden", "Sweden"),
    ("france", "France"),
    ("germany", "Germany"),
    ("united_states", "United States"),
    ("poland", "Poland"),
]

_REGIONS = [("scandinavia", "Scandinavia"), ("the_americas", "the Americas")]

_CATEGORIES = [
    ("noble_gas", "Noble gas"),
    ("alkali_metal", "Alkali metal"),
    ("alkaline_earth_metal", "Alkaline earth metal"),
    ("halogen", "Halogen"),
    ("nonmetal", "Nonmetal"),
    ("transition_metal", "Transition metal"),
    ("post_transition_metal", "Post-transition metal"),
    ("metalloid", "Metalloid"),
    ("actinide", "Actinide"),
]

_STATES = [("gas", "Gas"), ("liquid", "Liquid"), ("solid", "Solid")]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"element:{slug}", kind="item", type="element", label=label, attrs={"year": year})
           for slug, label, year in _ELEMENTS]
    out += [kgx.Entity(f"person:{slug}", kind="attribute", type="person", label=label) for slug, label in _PEOPLE]
    out += [kgx.Entity(f"country:{slug}", kind="attribute", type="country", label=label) for slug, label in _COUNTRIES]
    out += [kgx.Entity(f"region:{slug}", kind="attribute", type="region", label=label) for slug, label in _REGIONS]
    out.append(kgx.Entity("body:sun", kind="attribute", type="celestial body", label="the Sun"))
    out += [kgx.Entity(f"category:{slug}", kind="attribute", type="category", label=label) for slug, label in _CATEGORIES]
    out += [kgx.Entity(f"state:{slug}", kind="attribute", type="state", label=label) for slug, label in _STATES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


# element -> (discoverers, country of discovery or None, named after or None, category or None, state)
_FACTS = {
    "hydrogen": (["henry_cavendish"], "england", None, "nonmetal", "gas"),
    "helium": (["pierre_janssen", "norman_lockyer"], None, "body:sun", "noble_gas", "gas"),
    "oxygen": (["joseph_priestley"], "england", None, "nonmetal", "gas"),
    "neon": (["william_ramsay", "morris_travers"], "england", None, "noble_gas", "gas"),
    "sodium": (["humphry_davy"], "england", None, "alkali_metal", "solid"),
    "chlorine": (["carl_wilhelm_scheele"], "sweden", None, "halogen", "gas"),
    "argon": (["lord_rayleigh", "william_ramsay"], "england", None, "noble_gas", "gas"),
    "potassium": (["humphry_davy"], "england", None, "alkali_metal", "solid"),
    "calcium": (["humphry_davy"], "england", None, "alkaline_earth_metal", "solid"),
    "scandium": (["lars_fredrik_nilson"], "sweden", "region:scandinavia", "transition_metal", "solid"),
    "gallium": (["lecoq_de_boisbaudran"], "france", "country:france", "post_transition_metal", "solid"),
    "germanium": (["clemens_winkler"], "germany", "country:germany", "metalloid", "solid"),
    "bromine": (["antoine_jerome_balard"], "france", None, "halogen", "liquid"),
    "rubidium": (["robert_bunsen", "gustav_kirchhoff"], "germany", None, "alkali_metal", "solid"),
    "caesium": (["robert_bunsen", "gustav_kirchhoff"], "germany", None, "alkali_metal", "solid"),
    "polonium": (["marie_curie", "pierre_curie"], "france", "country:poland", None, "solid"),
    "radium": (["marie_curie", "pierre_curie"], "france", None, "alkaline_earth_metal", "solid"),
    "americium": (["glenn_seaborg", "ralph_james", "leon_morgan", "albert_ghiorso"], "united_states",
                  "region:the_americas", "actinide", "solid"),
    "curium": (["glenn_seaborg", "ralph_james", "albert_ghiorso"], "united_states", None, "actinide", "solid"),
}

# curium is named after both Curies
_EXTRA_NAMED_AFTER = [("curium", "person:marie_curie"), ("curium", "person:pierre_curie")]

RATINGS = {
    "ana": [("helium", 5.0), ("bromine", 2.0), ("curium", 4.5), ("sodium", 3.0)],
    "ben": [("oxygen", 4.0), ("gallium", 1.5), ("argon", 5.0), ("polonium", 3.5)],
    "chen": [("germanium", 4.5), ("radium", 1.0), ("neon", 4.0), ("chlorine", 2.5)],
    "dara": [("scandium", 5.0), ("potassium", 2.0), ("americium", 4.0), ("caesium", 0.5)],
    "emil": [("calcium", 3.0), ("hydrogen", 4.5), ("rubidium", 1.5), ("helium", 4.0)],
}


def rows():
    out = []
    for slug, (people, country, named, category, state) in _FACTS.items():
        e = f"element:{slug}"
        out += [(e, "discovered_by", f"person:{p}") for p in people]
        if country:
            out.append((e, "discovered_in", f"country:{country}"))
        if named:
            out.append((e, "named_after", named))
        if category:
            out.append((e, "in_category", f"category:{category}"))
        out.append((e, "state_at_room_temperature", f"state:{state}"))
    out += [(f"element:{slug}", "named_after", target) for slug, target in _EXTRA_NAMED_AFTER]
    for user, pairs in RATINGS.items():
        out += [(f"user:{user}", "rated", f"element:{slug}", {"rating": r}) for slug, r in pairs]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind103")
