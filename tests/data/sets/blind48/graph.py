"""blind48: a small graph of grand hotels, their cities, chains, architects and amenities."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("hotel",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                 domain=("hotel",), range=("city",)),
    kgx.Relation("in_neighbourhood", phrase="stands in", inverse_phrase="is the neighbourhood of",
                 domain=("hotel",), range=("neighbourhood",)),
    kgx.Relation("operated_by", phrase="is run by", inverse_phrase="runs",
                 domain=("hotel",), range=("chain",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("hotel",), range=("architect",)),
    kgx.Relation("has_amenity", phrase="offers", inverse_phrase="is offered at",
                 domain=("hotel",), range=("amenity",)),
    kgx.Relation("star_class", phrase="is rated as a", inverse_phrase="is the star class of",
                 domain=("hotel",), range=("star_class",)),
]

HOTELS = [
    ("hotel:plaza", "The Plaza", 1907),
    ("hotel:waldorf", "Waldorf Astoria New York", 1931),
    ("hotel:savoy", "The Savoy", 1889),
    ("hotel:ritz_london", "The Ritz London", 1906),
    ("hotel:ritz_paris", "Hôtel Ritz Paris", 1898),
    ("hotel:burj", "Burj Al Arab", 1999),
    ("hotel:mbs", "Marina Bay Sands", 2010),
    ("hotel:raffles", "Raffles Hotel", 1887),
    ("hotel:peninsula", "The Peninsula Hong Kong", 1928),
    ("hotel:del", "Hotel del Coronado", 1888),
    ("hotel:frontenac", "Château Frontenac", 1893),
    ("hotel:sacher", "Hotel Sacher", 1876),
    ("hotel:copa", "Copacabana Palace", 1923),
    ("hotel:fontainebleau", "Fontainebleau Miami Beach", 1954),
    ("hotel:taj", "Taj Mahal Palace", 1903),
    ("hotel:bhh", "The Beverly Hills Hotel", 1912),
]

ATTRS = {
    "city": ["New York", "London", "Paris", "Dubai", "Singapore", "Hong Kong", "Coronado",
             "Quebec City", "Vienna", "Rio de Janeiro", "Miami Beach", "Mumbai", "Beverly Hills"],
    "neighbourhood": ["Midtown Manhattan", "Strand", "St James's", "Place Vendôme", "Umm Suqeim",
                      "Marina Bay", "Tsim Sha Tsui", "Old Quebec", "Innere Stadt", "Copacabana",
                      "Colaba"],
    "chain": ["Fairmont", "Hilton", "Jumeirah", "Raffles Hotels & Resorts", "Peninsula Hotels",
              "Belmond", "Taj Hotels", "Dorchester Collection", "Las Vegas Sands"],
    "architect": ["Henry Janeway Hardenbergh", "Schultze & Weaver", "Thomas Edward Collcutt",
                  "Charles Mewès", "Arthur Davis", "Tom Wright", "Moshe Safdie", "Bruce Price",
                  "Joseph Gire", "Morris Lapidus", "Elmer Grey", "Reid Brothers"],
    "amenity": ["Afternoon Tea", "Ballroom", "Spa", "Outdoor Pool", "Infinity Pool", "Casino",
                "Helipad", "Butler Service", "Private Beach", "Cocktail Bar", "Bungalows"],
    "star_class": ["Five-Star", "Four-Star"],
}


def _aid(kind, label):
    return kind + ":" + label.replace(" ", "_")


USERS = [("user:ana", "Ana"), ("user:bilal", "Bilal"), ("user:chiara", "Chiara"),
         ("user:dmitri", "Dmitri"), ("user:emeka", "Emeka")]


def entities():
    out = [kgx.Entity(h, kind="item", type="hotel", label=lab, attrs={"year": y}) for h, lab, y in HOTELS]
    for kind, labels in ATTRS.items():
        out += [kgx.Entity(_aid(kind, lab), kind="attribute", type=kind, label=lab) for lab in labels]
    out += [kgx.Entity(u, kind="user", type="user", label=lab) for u, lab in USERS]
    return out


def C(label):
    return _aid("city", label)


def N(label):
    return _aid("neighbourhood", label)


def K(label):
    return _aid("chain", label)


def A(label):
    return _aid("architect", label)


def M(label):
    return _aid("amenity", label)


def S(label):
    return _aid("star_class", label)



FACTS = {
    "hotel:plaza": [("located_in", C("New York")), ("in_neighbourhood", N("Midtown Manhattan")),
                    ("operated_by", K("Fairmont")), ("designed_by", A("Henry Janeway Hardenbergh")),
                    ("has_amenity", M("Afternoon Tea")), ("has_amenity", M("Ballroom")),
                    ("star_class", S("Five-Star"))],
    "hotel:waldorf": [("located_in", C("New York")), ("in_neighbourhood", N("Midtown Manhattan")),
                      ("operated_by", K("Hilton")), ("designed_by", A("Schultze & Weaver")),
                      ("has_amenity", M("Ballroom")), ("has_amenity", M("Cocktail Bar")),
                      ("star_class", S("Five-Star"))],
    "hotel:savoy": [("located_in", C("London")), ("in_neighbourhood", N("Strand")),
                    ("operated_by", K("Fairmont")), ("designed_by", A("Thomas Edward Collcutt")),
                    ("has_amenity", M("Afternoon Tea")), ("has_amenity", M("Cocktail Bar")),
                    ("star_class", S("Five-Star"))],
    "hotel:ritz_london": [("located_in", C("London")), ("in_neighbourhood", N("St James's")),
                          ("designed_by", A("Charles Mewès")), ("designed_by", A("Arthur Davis")),
                          ("has_amenity", M("Afternoon Tea")), ("star_class", S("Five-Star"))],
    "hotel:ritz_paris": [("located_in", C("Paris")), ("in_neighbourhood", N("Place Vendôme")),
                         ("designed_by", A("Charles Mewès")), ("has_amenity", M("Spa")),
                         ("has_amenity", M("Cocktail Bar")), ("star_class", S("Five-Star"))],
    "hotel:burj": [("located_in", C("Dubai")), ("in_neighbourhood", N("Umm Suqeim")),
                   ("operated_by", K("Jumeirah")), ("designed_by", A("Tom Wright")),
                   ("has_amenity", M("Helipad")), ("has_amenity", M("Butler Service")),
                   ("has_amenity", M("Private Beach")), ("has_amenity", M("Spa")),
                   ("star_class", S("Five-Star"))],
    "hotel:mbs": [("located_in", C("Singapore")), ("in_neighbourhood", N("Marina Bay")),
                  ("operated_by", K("Las Vegas Sands")), ("designed_by", A("Moshe Safdie")),
                  ("has_amenity", M("Infinity Pool")), ("has_amenity", M("Casino")),
                  ("star_class", S("Five-Star"))],
    "hotel:raffles": [("located_in", C("Singapore")), ("operated_by", K("Raffles Hotels & Resorts")),
                      ("has_amenity", M("Cocktail Bar")), ("has_amenity", M("Butler Service")),
                      ("star_class", S("Five-Star"))],
    "hotel:peninsula": [("located_in", C("Hong Kong")), ("in_neighbourhood", N("Tsim Sha Tsui")),
                        ("operated_by", K("Peninsula Hotels")), ("has_amenity", M("Afternoon Tea")),
                        ("has_amenity", M("Helipad")), ("star_class", S("Five-Star"))],
    "hotel:del": [("located_in", C("Coronado")), ("operated_by", K("Hilton")),
                  ("designed_by", A("Reid Brothers")), ("has_amenity", M("Private Beach")),
                  ("has_amenity", M("Outdoor Pool")), ("star_class", S("Four-Star"))],
    "hotel:frontenac": [("located_in", C("Quebec City")), ("in_neighbourhood", N("Old Quebec")),
                        ("operated_by", K("Fairmont")), ("designed_by", A("Bruce Price")),
                        ("has_amenity", M("Spa")), ("star_class", S("Four-Star"))],
    "hotel:sacher": [("located_in", C("Vienna")), ("in_neighbourhood", N("Innere Stadt")),
                     ("has_amenity", M("Spa")), ("star_class", S("Five-Star"))],
    "hotel:copa": [("located_in", C("Rio de Janeiro")), ("in_neighbourhood", N("Copacabana")),
                   ("operated_by", K("Belmond")), ("designed_by", A("Joseph Gire")),
                   ("has_amenity", M("Outdoor Pool")), ("has_amenity", M("Spa")),
                   ("star_class", S("Five-Star"))],
    "hotel:fontainebleau": [("located_in", C("Miami Beach")), ("designed_by", A("Morris Lapidus")),
                            ("has_amenity", M("Outdoor Pool")), ("has_amenity", M("Spa")),
                            ("star_class", S("Four-Star"))],
    "hotel:taj": [("located_in", C("Mumbai")), ("in_neighbourhood", N("Colaba")),
                  ("operated_by", K("Taj Hotels")), ("has_amenity", M("Outdoor Pool")),
                  ("has_amenity", M("Spa")), ("star_class", S("Five-Star"))],
    "hotel:bhh": [("located_in", C("Beverly Hills")), ("operated_by", K("Dorchester Collection")),
                  ("designed_by", A("Elmer Grey")), ("has_amenity", M("Bungalows")),
                  ("has_amenity", M("Outdoor Pool")), ("star_class", S("Five-Star"))],
}

RATINGS = [
    ("user:ana", "hotel:plaza", 5.0), ("user:ana", "hotel:savoy", 4.0), ("user:ana", "hotel:mbs", 2.0),
    ("user:ana", "hotel:sacher", 4.5),
    ("user:bilal", "hotel:burj", 5.0), ("user:bilal", "hotel:waldorf", 3.0), ("user:bilal", "hotel:raffles", 4.0),
    ("user:bilal", "hotel:del", 1.5),
    ("user:chiara", "hotel:ritz_paris", 5.0), ("user:chiara", "hotel:ritz_london", 3.5),
    ("user:chiara", "hotel:copa", 4.0), ("user:chiara", "hotel:fontainebleau", 2.0),
    ("user:dmitri", "hotel:peninsula", 4.0), ("user:dmitri", "hotel:taj", 5.0), ("user:dmitri", "hotel:frontenac", 3.0),
    ("user:emeka", "hotel:bhh", 4.5), ("user:emeka", "hotel:mbs", 4.0), ("user:emeka", "hotel:plaza", 2.5),
    ("user:emeka", "hotel:copa", 1.0),
]


def rows():
    out = [(h, r, t) for h, facts in FACTS.items() for r, t in facts]
    out += [(u, "rated", i, {"rating": r}) for u, i, r in RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind48")
