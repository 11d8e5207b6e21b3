"""A small ocean liners knowledge graph (blind87).

Items are ocean liners; `year` is the year of the liner's maiden voyage
(for Queen Elizabeth, her first commercial passenger voyage, 1946).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("liner",)),
    kgx.Relation("built_by", phrase="was built by", inverse_phrase="built",
                 domain=("liner",), range=("shipyard",)),
    kgx.Relation("operated_by", phrase="sailed for", inverse_phrase="ran",
                 domain=("liner",), range=("shipping_line",)),
    kgx.Relation("powered_by", phrase="was driven by", inverse_phrase="drove",
                 domain=("liner",), range=("propulsion",)),
    kgx.Relation("named_after", phrase="was named after", inverse_phrase="gave its name to",
                 domain=("liner",), range=("person", "place")),
    kgx.Relation("fate", phrase="ended its career with", inverse_phrase="ended the career of",
                 domain=("liner",), range=("fate",)),
]

_LINERS = [
    ("titanic", "RMS Titanic", ("Titanic",), 1912),
    ("olympic", "RMS Olympic", ("Olympic",), 1911),
    ("lusitania", "RMS Lusitania", ("Lusitania",), 1907),
    ("mauretania", "RMS Mauretania", ("Mauretania",), 1907),
    ("aquitania", "RMS Aquitania", ("Aquitania",), 1914),
    ("queen_mary", "RMS Queen Mary", ("Queen Mary",), 1936),
    ("queen_elizabeth", "RMS Queen Elizabeth", ("Queen Elizabeth",), 1946),
    ("qe2", "Queen Elizabeth 2", ("QE2",), 1969),
    ("normandie", "SS Normandie", ("Normandie",), 1935),
    ("united_states", "SS United States", (), 1952),
    ("kaiser_wilhelm", "SS Kaiser Wilhelm der Grosse", ("Kaiser Wilhelm der Grosse",), 1897),
    ("bremen", "SS Bremen", (), 1929),
    ("rex", "SS Rex", ("Rex",), 1932),
    ("andrea_doria", "SS Andrea Doria", (), 1953),
    ("empress_of_ireland", "RMS Empress of Ireland", ("Empress of Ireland",), 1906),
    ("france", "SS France", (), 1962),
    ("carpathia", "RMS Carpathia", ("Carpathia",), 1903),
    ("ile_de_france", "SS Île de France", ("Île de France",), 1927),
]

_ATTRS = [
    # shipyards
    ("shipyard:harland_and_wolff", "shipyard", "Harland and Wolff"),
    ("shipyard:john_brown", "shipyard", "John Brown & Company"),
    ("shipyard:swan_hunter", "shipyard", "Swan Hunter & Wigham Richardson"),
    ("shipyard:penhoet", "shipyard", "Chantiers de Penhoët"),
    ("shipyard:chantiers_atlantique", "shipyard", "Chantiers de l'Atlantique"),
    ("shipyard:newport_news", "shipyard", "Newport News Shipbuilding"),
    ("shipyard:vulcan_stettin", "shipyard", "AG Vulcan Stettin"),
    ("shipyard:ag_weser", "shipyard", "AG Weser"),
    ("shipyard:ansaldo", "shipyard", "Ansaldo"),
    ("shipyard:fairfield", "shipyard", "Fairfield Shipbuilding and Engineering Company"),
    # shipping lines
    ("line:white_star", "shipping_line", "White Star Line"),
    ("line:cunard", "shipping_line", "Cunard Line"),
    ("line:french_line", "shipping_line", "Compagnie Générale Transatlantique"),
    ("line:united_states_lines", "shipping_line", "United States Lines"),
    ("line:norddeutscher_lloyd", "shipping_line", "Norddeutscher Lloyd"),
    ("line:italian_line", "shipping_line", "Italian Line"),
    ("line:canadian_pacific", "shipping_line", "Canadian Pacific"),
    # propulsion
    ("propulsion:steam_turbines", "propulsion", "steam turbines"),
    ("propulsion:triple_expansion", "propulsion", "triple-expansion steam engines"),
    ("propulsion:quadruple_expansion", "propulsion", "quadruple-expansion steam engines"),
    ("propulsion:turbo_electric", "propulsion", "turbo-electric transmission"),
    ("propulsion:diesel_electric", "propulsion", "diesel-electric propulsion"),
    # namesakes
    ("place:lusitania", "place", "the Roman province of Lusitania"),
    ("place:mauretania", "place", "the Roman province of Mauretania"),
    ("place:aquitania", "place", "the Roman province of Aquitania"),
    ("person:mary_of_teck", "person", "Mary of Teck"),
    ("person:queen_elizabeth", "person", "Queen Elizabeth The Queen Mother"),
    ("place:normandy", "place", "Normandy"),
    ("place:united_states", "place", "the United States"),
    ("person:wilhelm_i", "person", "Wilhelm I"),
    ("place:bremen", "place", "Bremen"),
    ("person:andrea_doria", "person", "Andrea Doria"),
    ("place:france", "place", "France"),
    ("place:ile_de_france", "place", "Île-de-France"),
    # fates
    ("fate:sinking", "fate", "sinking"),
    ("fate:scrapping", "fate", "scrapping"),
    ("fate:fire", "fate", "fire"),
    ("fate:hotel", "fate", "conversion to a hotel"),
]

_ALIASES = {
    "line:french_line": ("French Line", "CGT"),
    "shipyard:john_brown": ("John Brown",),
    "shipyard:swan_hunter": ("Swan Hunter",),
    "shipyard:fairfield": ("Fairfield",),
    "person:wilhelm_i": ("Kaiser Wilhelm I",),
    "place:united_states": ("United States",),
    "person:queen_elizabeth": ("the Queen Mother",),
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, label, aliases, year in _LINERS:
        out.append(kgx.Entity(f"liner:{slug}", kind="item", type="liner", label=label,
                              aliases=aliases, attrs={"year": year}))
    for eid, typ, label in _ATTRS:
        out.append(kgx.Entity(eid, kind="attribute", type=typ, label=label,
                              aliases=_ALIASES.get(eid, ())))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


_FACTS = {
    # liner: (shipyard, line, [propulsion], namesake or None, fate or None)
    "titanic": ("harland_and_wolff", "white_star", ["triple_expansion"], None, "sinking"),
    "olympic": ("harland_and_wolff", "white_star", ["triple_expansion"], None, "scrapping"),
    "lusitania": ("john_brown", "cunard", ["steam_turbines"], "place:lusitania", "sinking"),
    "mauretania": ("swan_hunter", "cunard", ["steam_turbines"], "place:mauretania", "scrapping"),
    "aquitania": ("john_brown", "cunard", ["steam_turbines"], "place:aquitania", "scrapping"),
    "queen_mary": ("john_brown", "cunard", ["steam_turbines"], "person:mary_of_teck", "hotel"),
    "queen_elizabeth": ("john_brown", "cunard", ["steam_turbines"], "person:queen_elizabeth", "fire"),
    "qe2": ("john_brown", "cunard", ["steam_turbines", "diesel_electric"], None, "hotel"),
    "normandie": ("penhoet", "french_line", ["turbo_electric"], "place:normandy", "fire"),
    "united_states": ("newport_news", "united_states_lines", ["steam_turbines"], "place:united_states", None),
    "kaiser_wilhelm": ("vulcan_stettin", "norddeutscher_lloyd", ["triple_expansion"], "person:wilhelm_i", "sinking"),
    "bremen": ("ag_weser", "norddeutscher_lloyd", ["steam_turbines"], "place:bremen", "fire"),
    "rex": ("ansaldo", "italian_line", ["steam_turbines"], None, "sinking"),
    "andrea_doria": ("ansaldo", "italian_line", ["steam_turbines"], "person:andrea_doria", "sinking"),
    "empress_of_ireland": ("fairfield", "canadian_pacific", ["quadruple_expansion"], None, "sinking"),
    "france": ("chantiers_atlantique", "french_line", ["steam_turbines"], "place:france", "scrapping"),
    "carpathia": ("swan_hunter", "cunard", ["quadruple_expansion"], None, "sinking"),
    "ile_de_france": ("penhoet", "french_line", ["steam_turbines"], "place:ile_de_france", "scrapping"),
}

_LINE_IDS = {
    "white_star": "line:white_star", "cunard": "line:cunard", "french_line": "line:french_line",
    "united_states_lines": "line:united_states_lines", "norddeutscher_lloyd": "line:norddeutscher_lloyd",
    "italian_line": "line:italian_line", "canadian_pacific": "line:canadian_pacific",
}

RATINGS = {
    "ana": [("titanic", 5.0), ("queen_mary", 4.5), ("normandie", 2.0), ("olympic", 3.0)],
    "ben": [("lusitania", 4.0), ("united_states", 1.5), ("bremen", 3.5), ("rex", 5.0)],
    "chen": [("andrea_doria", 4.5), ("france", 1.0), ("qe2", 3.0), ("mauretania", 4.0)],
    "dara": [("carpathia", 5.0), ("empress_of_ireland", 2.0), ("ile_de_france", 4.0), ("aquitania", 2.5)],
    "emil": [("kaiser_wilhelm", 0.5), ("queen_elizabeth", 4.0), ("normandie", 5.0), ("titanic", 3.5)],
}


def rows():
    out = []
    for slug, (yard, line, props, namesake, fate) in _FACTS.items():
        lid = f"liner:{slug}"
        out.append((lid, "built_by", f"shipyard:{yard}"))
        out.append((lid, "operated_by", _LINE_IDS[line]))
        for p in props:
            out.append((lid, "powered_by", f"propulsion:{p}"))
        if namesake:
            out.append((lid, "named_after", namesake))
        if fate:
            out.append((lid, "fate", f"fate:{fate}"))
    for user, rated in RATINGS.items():
        for slug, r in rated:
            out.append((f"user:{user}", "rated", f"liner:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind87")
