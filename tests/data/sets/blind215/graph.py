"""blind215: a small chess openings knowledge graph.

`year` on each opening is the year of its earliest notable record, analysis or
introduction (e.g. Ruy Lopez: López's 1561 book; Scotch Game: the 1824
Edinburgh-London correspondence match).
"""
import kgexplain as kgx

OPENING = ("opening",)

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=OPENING),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="gives its name to",
                 domain=OPENING, range=("person", "place")),
    kgx.Relation("begins_with", phrase="begins with", inverse_phrase="is the first move of",
                 domain=OPENING, range=("move",)),
    kgx.Relation("classified_as", phrase="is classified as", inverse_phrase="includes",
                 domain=OPENING, range=("category",)),
    kgx.Relation("catalogued_in", phrase="is catalogued in", inverse_phrase="catalogues",
                 domain=OPENING, range=("eco_volume",)),
    kgx.Relation("analysed_by", phrase="was analysed by", inverse_phrase="analysed",
                 domain=OPENING, range=("person",)),
    kgx.Relation("pioneered_by", phrase="was pioneered by", inverse_phrase="pioneered",
                 domain=OPENING, range=("person",)),
]

OPENINGS = [
    ("ruy_lopez", "Ruy Lopez", 1561),
    ("sicilian", "Sicilian Defence", 1594),
    ("french", "French Defence", 1834),
    ("caro_kann", "Caro-Kann Defence", 1886),
    ("evans_gambit", "Evans Gambit", 1827),
    ("scotch", "Scotch Game", 1824),
    ("english", "English Opening", 1843),
    ("alekhine", "Alekhine's Defence", 1921),
    ("grunfeld", "Grünfeld Defence", 1922),
    ("reti", "Réti Opening", 1924),
    ("catalan", "Catalan Opening", 1929),
    ("dutch", "Dutch Defence", 1789),
    ("scandinavian", "Scandinavian Defence", 1475),
    ("queens_gambit", "Queen's Gambit", 1490),
    ("budapest", "Budapest Gambit", 1896),
    ("philidor", "Philidor Defence", 1749),
    ("benoni", "Benoni Defence", 1825),
    ("marshall_attack", "Marshall Attack", 1918),
]

PEOPLE = [
    ("ruy_lopez_de_segura", "Ruy López de Segura"),
    ("giulio_polerio", "Giulio Cesare Polerio"),
    ("horatio_caro", "Horatio Caro"),
    ("marcus_kann", "Marcus Kann"),
    ("william_davies_evans", "William Davies Evans"),
    ("alexander_alekhine", "Alexander Alekhine"),
    ("ernst_grunfeld", "Ernst Grünfeld"),
    ("richard_reti", "Richard Réti"),
    ("savielly_tartakower", "Savielly Tartakower"),
    ("elias_stein", "Elias Stein"),
    ("francois_philidor", "François-André Philidor"),
    ("aaron_reinganum", "Aaron Reinganum"),
    ("frank_marshall", "Frank Marshall"),
]

PLACES = [
    ("sicily", "Sicily"),
    ("france", "France"),
    ("scotland", "Scotland"),
    ("catalonia", "Catalonia"),
    ("netherlands", "the Netherlands"),
    ("scandinavia", "Scandinavia"),
    ("budapest", "Budapest"),
]

MOVES = [("e4", "1.e4"), ("d4", "1.d4"), ("c4", "1.c4"), ("nf3", "1.Nf3")]

CATEGORIES = [
    ("open_game", "Open Game"),
    ("semi_open_game", "Semi-Open Game"),
    ("closed_game", "Closed Game"),
    ("semi_closed_game", "Semi-Closed Game"),
    ("flank_opening", "Flank Opening"),
    ("gambit", "Gambit"),
    ("hypermodern_opening", "Hypermodern Opening"),
]

ECO = [("a", "ECO Volume A"), ("b", "ECO Volume B"), ("c", "ECO Volume C"),
       ("d", "ECO Volume D"), ("e", "ECO Volume E")]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    ents = [kgx.Entity(f"opening:{s}", kind="item", type="opening", label=lab, attrs={"year": y})
            for s, lab, y in OPENINGS]
    ents += [kgx.Entity(f"person:{s}", kind="attribute", type="person", label=lab) for s, lab in PEOPLE]
    ents += [kgx.Entity(f"place:{s}", kind="attribute", type="place", label=lab) for s, lab in PLACES]
    ents += [kgx.Entity(f"move:{s}", kind="attribute", type="move", label=lab) for s, lab in MOVES]
    ents += [kgx.Entity(f"category:{s}", kind="attribute", type="category", label=lab) for s, lab in CATEGORIES]
    ents += [kgx.Entity(f"eco:{s}", kind="attribute", type="eco_volume", label=lab) for s, lab in ECO]
    ents += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return ents


# opening -> (named_after, begins_with, classified_as, catalogued_in, analysed_by, pioneered_by)
FACTS = {
    "ruy_lopez": (["person:ruy_lopez_de_segura"], "e4", ["open_game"], "c", ["person:ruy_lopez_de_segura"], []),
    "sicilian": (["place:sicily"], "e4", ["semi_open_game"], "b", ["person:giulio_polerio"], []),
    "french": (["place:france"], "e4", ["semi_open_game"], "c", [], []),
    "caro_kann": (["person:horatio_caro", "person:marcus_kann"], "e4", ["semi_open_game"], "b",
                  ["person:horatio_caro", "person:marcus_kann"], []),
    "evans_gambit": (["person:william_davies_evans"], "e4", ["open_game", "gambit"], "c", [],
                     ["person:william_davies_evans"]),
    "scotch": (["place:scotland"], "e4", ["open_game"], "c", [], []),
    "english": ([], "c4", ["flank_opening"], "a", [], []),
    "alekhine": (["person:alexander_alekhine"], "e4", ["semi_open_game", "hypermodern_opening"], "b", [],
                 ["person:alexander_alekhine"]),
    "grunfeld": (["person:ernst_grunfeld"], "d4", ["semi_closed_game", "hypermodern_opening"], "d", [],
                 ["person:ernst_grunfeld"]),
    "reti": (["person:richard_reti"], "nf3", ["flank_opening", "hypermodern_opening"], "a", [], []),
    "catalan": (["place:catalonia"], "d4", [], "e", [], ["person:savielly_tartakower"]),
    "dutch": (["place:netherlands"], "d4", ["semi_closed_game"], "a", ["person:elias_stein"], []),
    "scandinavian": (["place:scandinavia"], "e4", ["semi_open_game"], "b", [], []),
    "queens_gambit": ([], "d4", ["closed_game"], "d", [], []),
    "budapest": (["place:budapest"], "d4", ["semi_closed_game", "gambit"], "a", [], []),
    "philidor": (["person:francois_philidor"], "e4", ["open_game"], "c", ["person:francois_philidor"], []),
    "benoni": ([], "d4", ["semi_closed_game"], "a", ["person:aaron_reinganum"], []),
    "marshall_attack": (["person:frank_marshall"], "e4", ["open_game"], "c", [], ["person:frank_marshall"]),
}

RATINGS = {
    "ana": [("ruy_lopez", 5.0), ("sicilian", 4.5), ("french", 2.0), ("evans_gambit", 4.0)],
    "ben": [("caro_kann", 1.5), ("queens_gambit", 5.0), ("english", 3.0), ("catalan", 4.5)],
    "chen": [("alekhine", 4.0), ("grunfeld", 2.5), ("reti", 5.0), ("scandinavian", 1.0)],
    "dara": [("dutch", 4.5), ("budapest", 2.0), ("benoni", 3.5), ("scotch", 5.0)],
    "emil": [("marshall_attack", 5.0), ("philidor", 1.5), ("sicilian", 4.0), ("ruy_lopez", 3.0)],
}


def rows():
    out = []
    for slug, (named, move, cats, eco, analysed, pioneered) in FACTS.items():
        h = f"opening:{slug}"
        out += [(h, "named_after", t) for t in named]
        out.append((h, "begins_with", f"move:{move}"))
        out += [(h, "classified_as", f"category:{c}") for c in cats]
        out.append((h, "catalogued_in", f"eco:{eco}"))
        out += [(h, "analysed_by", t) for t in analysed]
        out += [(h, "pioneered_by", t) for t in pioneered]
    for u, rs in RATINGS.items():
        out += [(f"user:{u}", "rated", f"opening:{i}", {"rating": r}) for i, r in rs]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind215")
