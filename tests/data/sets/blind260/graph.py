"""A small card games graph (blind260): real card games, their designers,
publishers, countries of origin, game types and awards, plus five users."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("card_game",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("card_game",), range=("person",)),
    kgx.Relation("published_by", phrase="is published by", inverse_phrase="publishes",
                 domain=("card_game",), range=("publisher",)),
    kgx.Relation("originated_in", phrase="originated in", inverse_phrase="is the country of origin of",
                 domain=("card_game",), range=("country",)),
    kgx.Relation("game_type", phrase="is a", inverse_phrase="is the type of",
                 domain=("card_game",), range=("game_type",)),
    kgx.Relation("won_award", phrase="won", inverse_phrase="was won by",
                 domain=("card_game",), range=("award",)),
]

_GAMES = [
    # slug, label, year (first published / devised)
    ("uno", "Uno", 1971),
    ("phase_10", "Phase 10", 1982),
    ("magic_the_gathering", "Magic: The Gathering", 1993),
    ("pokemon_tcg", "Pokémon Trading Card Game", 1996),
    ("yu_gi_oh_tcg", "Yu-Gi-Oh! Trading Card Game", 1999),
    ("dominion", "Dominion", 2008),
    ("race_for_the_galaxy", "Race for the Galaxy", 2007),
    ("hanabi", "Hanabi", 2010),
    ("the_mind", "The Mind", 2018),
    ("6_nimmt", "6 nimmt!", 1994),
    ("bohnanza", "Bohnanza", 1997),
    ("lost_cities", "Lost Cities", 1999),
    ("love_letter", "Love Letter", 2012),
    ("sushi_go", "Sushi Go!", 2013),
    ("exploding_kittens", "Exploding Kittens", 2015),
    ("contract_bridge", "Contract bridge", 1925),
    ("canasta", "Canasta", 1939),
    ("gin_rummy", "Gin rummy", 1909),
    ("munchkin", "Munchkin", 2001),
]

_PEOPLE = {
    "merle_robbins": "Merle Robbins",
    "kenneth_johnson": "Kenneth Johnson",
    "richard_garfield": "Richard Garfield",
    "donald_x_vaccarino": "Donald X. Vaccarino",
    "thomas_lehmann": "Thomas Lehmann",
    "antoine_bauza": "Antoine Bauza",
    "wolfgang_warsch": "Wolfgang Warsch",
    "wolfgang_kramer": "Wolfgang Kramer",
    "uwe_rosenberg": "Uwe Rosenberg",
    "reiner_knizia": "Reiner Knizia",
    "seiji_kanai": "Seiji Kanai",
    "phil_walker_harding": "Phil Walker-Harding",
    "elan_lee": "Elan Lee",
    "matthew_inman": "Matthew Inman",
    "harold_vanderbilt": "Harold Vanderbilt",
    "segundo_santos": "Segundo Santos",
    "alberto_serrato": "Alberto Serrato",
    "elwood_t_baker": "Elwood T. Baker",
    "steve_jackson": "Steve Jackson",
}

_PUBLISHERS = {
    "mattel": "Mattel",
    "wizards_of_the_coast": "Wizards of the Coast",
    "media_factory": "Media Factory",
    "konami": "Konami",
    "rio_grande_games": "Rio Grande Games",
    "les_xii_singes": "Les XII Singes",
    "nsv": "Nürnberger-Spielkarten-Verlag",
    "amigo": "Amigo Spiele",
    "kosmos": "Kosmos",
    "aeg": "Alderac Entertainment Group",
    "gamewright": "Gamewright",
    "steve_jackson_games": "Steve Jackson Games",
}

_COUNTRIES = {
    "united_states": "United States",
    "japan": "Japan",
    "germany": "Germany",
    "france": "France",
    "uruguay": "Uruguay",
}

_TYPES = {
    "shedding_game": "Shedding game",
    "rummy_game": "Rummy game",
    "collectible_card_game": "Collectible card game",
    "deck_building_game": "Deck-building game",
    "cooperative_game": "Cooperative game",
    "trick_taking_game": "Trick-taking game",
    "card_drafting_game": "Card-drafting game",
}

_AWARDS = {
    "spiel_des_jahres": "Spiel des Jahres",
    "deutscher_spiele_preis": "Deutscher Spiele Preis",
    "origins_award": "Origins Award",
}

_USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"card_game:{s}", kind="item", type="card_game", label=lab, attrs={"year": y})
           for s, lab, y in _GAMES]
    for prefix, table in (("person", _PEOPLE), ("publisher", _PUBLISHERS), ("country", _COUNTRIES),
                          ("game_type", _TYPES), ("award", _AWARDS)):
        out += [kgx.Entity(f"{prefix}:{s}", kind="attribute", type=prefix, label=lab) for s, lab in table.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in _USERS]
    return out


def _g(s):
    return f"card_game:{s}"


def rows():
    r = []
    designers = [
        ("uno", "merle_robbins"), ("phase_10", "kenneth_johnson"),
        ("magic_the_gathering", "richard_garfield"), ("dominion", "donald_x_vaccarino"),
        ("race_for_the_galaxy", "thomas_lehmann"), ("hanabi", "antoine_bauza"),
        ("the_mind", "wolfgang_warsch"), ("6_nimmt", "wolfgang_kramer"),
        ("bohnanza", "uwe_rosenberg"), ("lost_cities", "reiner_knizia"),
        ("love_letter", "seiji_kanai"), ("sushi_go", "phil_walker_harding"),
        ("exploding_kittens", "elan_lee"), ("exploding_kittens", "matthew_inman"),
        ("contract_bridge", "harold_vanderbilt"), ("canasta", "segundo_santos"),
        ("canasta", "alberto_serrato"), ("gin_rummy", "elwood_t_baker"),
        ("munchkin", "steve_jackson"),
    ]
    r += [(_g(g), "designed_by", f"person:{p}") for g, p in designers]
    publishers = [
        ("uno", "mattel"), ("phase_10", "mattel"),
        ("magic_the_gathering", "wizards_of_the_coast"), ("pokemon_tcg", "media_factory"),
        ("pokemon_tcg", "wizards_of_the_coast"), ("yu_gi_oh_tcg", "konami"),
        ("dominion", "rio_grande_games"), ("race_for_the_galaxy", "rio_grande_games"),
        ("hanabi", "les_xii_singes"), ("the_mind", "nsv"), ("6_nimmt", "amigo"),
        ("bohnanza", "amigo"), ("lost_cities", "kosmos"), ("love_letter", "aeg"),
        ("sushi_go", "gamewright"), ("munchkin", "steve_jackson_games"),
    ]
    r += [(_g(g), "published_by", f"publisher:{p}") for g, p in publishers]
    origins = [
        ("uno", "united_states"), ("phase_10", "united_states"),
        ("magic_the_gathering", "united_states"), ("pokemon_tcg", "japan"),
        ("yu_gi_oh_tcg", "japan"), ("dominion", "united_states"), ("hanabi", "france"),
        ("the_mind", "germany"), ("6_nimmt", "germany"), ("bohnanza", "germany"),
        ("lost_cities", "germany"), ("love_letter", "japan"),
        ("exploding_kittens", "united_states"), ("contract_bridge", "united_states"),
        ("canasta", "uruguay"), ("gin_rummy", "united_states"), ("munchkin", "united_states"),
    ]
    r += [(_g(g), "originated_in", f"country:{c}") for g, c in origins]
    types = [
        ("uno", "shedding_game"), ("phase_10", "rummy_game"),
        ("magic_the_gathering", "collectible_card_game"), ("pokemon_tcg", "collectible_card_game"),
        ("yu_gi_oh_tcg", "collectible_card_game"), ("dominion", "deck_building_game"),
        ("hanabi", "cooperative_game"), ("the_mind", "cooperative_game"),
        ("contract_bridge", "trick_taking_game"), ("canasta", "rummy_game"),
        ("gin_rummy", "rummy_game"), ("sushi_go", "card_drafting_game"),
    ]
    r += [(_g(g), "game_type", f"game_type:{t}") for g, t in types]
    awards = [
        ("dominion", "spiel_des_jahres"), ("dominion", "deutscher_spiele_preis"),
        ("hanabi", "spiel_des_jahres"), ("6_nimmt", "deutscher_spiele_preis"),
        ("munchkin", "origins_award"),
    ]
    r += [(_g(g), "won_award", f"award:{a}") for g, a in awards]
    ratings = {
        "ana": [("hanabi", 5.0), ("the_mind", 4.5), ("uno", 2.0), ("canasta", 3.5)],
        "ben": [("magic_the_gathering", 4.0), ("dominion", 5.0), ("munchkin", 1.5),
                ("race_for_the_galaxy", 4.5)],
        "chen": [("contract_bridge", 4.5), ("gin_rummy", 3.0), ("lost_cities", 4.0),
                 ("exploding_kittens", 1.0)],
        "dara": [("sushi_go", 4.0), ("love_letter", 5.0), ("phase_10", 2.0), ("bohnanza", 3.5)],
        "emil": [("yu_gi_oh_tcg", 3.0), ("pokemon_tcg", 4.5), ("6_nimmt", 4.0), ("canasta", 1.5)],
    }
    for u, lst in ratings.items():
        r += [(f"user:{u}", "rated", _g(g), {"rating": x}) for g, x in lst]
    return r


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind260")
