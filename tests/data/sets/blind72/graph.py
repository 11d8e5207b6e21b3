"""A small museums graph: eighteen well-known museums with their cities, countries,
architects, founders, kinds of museum and the collections they are known for."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("museum",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to", domain=("museum",), range=("city",)),
    kgx.Relation("in_country", phrase="is a city in", inverse_phrase="contains the city", domain=("city",), range=("country",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("museum",), range=("architect",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("museum",), range=("person",)),
    kgx.Relation("is_kind", phrase="is a kind of", inverse_phrase="is the kind of", domain=("museum",), range=("museum_kind",)),
    kgx.Relation("collects", phrase="has a collection of", inverse_phrase="is collected by", domain=("museum",), range=("collection",)),
]

MUSEUMS = {
    "museum:guggenheim_bilbao": ("Guggenheim Museum Bilbao", 1997, ("Guggenheim Bilbao",)),
    "museum:guggenheim_new_york": ("Solomon R. Guggenheim Museum", 1959, ("the Guggenheim",)),
    "museum:louvre_abu_dhabi": ("Louvre Abu Dhabi", 2017, ()),
    "museum:centre_pompidou": ("Centre Pompidou", 1977, ("Pompidou Centre",)),
    "museum:louvre": ("Louvre", 1793, ("Musée du Louvre",)),
    "museum:museum_of_islamic_art": ("Museum of Islamic Art", 2008, ()),
    "museum:tate_modern": ("Tate Modern", 2000, ()),
    "museum:british_museum": ("British Museum", 1759, ()),
    "museum:jewish_museum_berlin": ("Jewish Museum Berlin", 2001, ()),
    "museum:moma": ("Museum of Modern Art", 1929, ("MoMA",)),
    "museum:acropolis_museum": ("Acropolis Museum", 2009, ()),
    "museum:vitra_design_museum": ("Vitra Design Museum", 1989, ()),
    "museum:museum_of_tomorrow": ("Museum of Tomorrow", 2015, ("Museu do Amanhã",)),
    "museum:kimbell_art_museum": ("Kimbell Art Museum", 1972, ()),
    "museum:getty_center": ("Getty Center", 1997, ()),
    "museum:van_gogh_museum": ("Van Gogh Museum", 1973, ()),
    "museum:natural_history_museum": ("Natural History Museum", 1881, ()),
    "museum:rijksmuseum": ("Rijksmuseum", 1800, ()),
}

ATTRIBUTES = {
    "city": ["Bilbao", "New York City", "Abu Dhabi", "Paris", "Doha", "London", "Berlin",
             "Weil am Rhein", "Athens", "Rio de Janeiro", "Fort Worth", "Los Angeles", "Amsterdam"],
    "country": ["Spain", "United States", "United Arab Emirates", "France", "Qatar",
                "United Kingdom", "Germany", "Greece", "Brazil", "Netherlands"],
    "architect": ["Frank Gehry", "Frank Lloyd Wright", "Jean Nouvel", "Renzo Piano", "Richard Rogers",
                  "I. M. Pei", "Herzog & de Meuron", "Robert Smirke", "Daniel Libeskind",
                  "Bernard Tschumi", "Santiago Calatrava", "Louis Kahn", "Richard Meier",
                  "Gerrit Rietveld", "Alfred Waterhouse", "Pierre Cuypers"],
    "person": ["Solomon R. Guggenheim", "Abby Aldrich Rockefeller", "Lillie P. Bliss",
               "Mary Quinn Sullivan", "Hans Sloane", "Kay Kimbell", "Rolf Fehlbaum", "Richard Owen"],
    "museum_kind": ["art museum", "history museum", "archaeological museum", "design museum",
                    "science museum", "natural history museum"],
    "collection": ["modern art", "contemporary art", "antiquities", "European paintings", "Islamic art",
                   "Jewish history", "ancient Greek sculpture", "furniture design", "post-impressionism",
                   "dinosaur fossils", "Dutch Golden Age painting"],
}

USERS = ["ana", "ben", "chloe", "dev", "emma"]


def _slug(label):
    s = label.lower().replace("&", "and").replace(".", "").replace("-", "_")
    return "_".join(s.split())


def aid(kind, label):
    return f"{kind}:{_slug(label)}"


def entities():
    out = []
    for mid, (label, year, aliases) in MUSEUMS.items():
        out.append(kgx.Entity(mid, kind="item", type="museum", label=label, aliases=aliases, attrs={"year": year}))
    for kind, labels in ATTRIBUTES.items():
        for label in labels:
            out.append(kgx.Entity(aid(kind, label), kind="attribute", type=kind, label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


FACTS = {
    # museum: (city, [architects], [founders], [kinds], [collections])
    "museum:guggenheim_bilbao": ("Bilbao", ["Frank Gehry"], [], ["art museum"], ["modern art", "contemporary art"]),
    "museum:guggenheim_new_york": ("New York City", ["Frank Lloyd Wright"], ["Solomon R. Guggenheim"], ["art museum"], ["modern art"]),
    "museum:louvre_abu_dhabi": ("Abu Dhabi", ["Jean Nouvel"], [], ["art museum"], []),
    "museum:centre_pompidou": ("Paris", ["Renzo Piano", "Richard Rogers"], [], ["art museum"], ["modern art", "contemporary art"]),
    "museum:louvre": ("Paris", [], [], ["art museum"], ["antiquities", "European paintings"]),
    "museum:museum_of_islamic_art": ("Doha", ["I. M. Pei"], [], ["art museum"], ["Islamic art"]),
    "museum:tate_modern": ("London", ["Herzog & de Meuron"], [], ["art museum"], ["modern art", "contemporary art"]),
    "museum:british_museum": ("London", ["Robert Smirke"], ["Hans Sloane"], ["history museum"], ["antiquities"]),
    "museum:jewish_museum_berlin": ("Berlin", ["Daniel Libeskind"], [], ["history museum"], ["Jewish history"]),
    "museum:moma": ("New York City", [], ["Abby Aldrich Rockefeller", "Lillie P. Bliss", "Mary Quinn Sullivan"], ["art museum"], ["modern art"]),
    "museum:acropolis_museum": ("Athens", ["Bernard Tschumi"], [], ["archaeological museum"], ["ancient Greek sculpture"]),
    "museum:vitra_design_museum": ("Weil am Rhein", ["Frank Gehry"], ["Rolf Fehlbaum"], ["design museum"], ["furniture design"]),
    "museum:museum_of_tomorrow": ("Rio de Janeiro", ["Santiago Calatrava"], [], ["science museum"], []),
    "museum:kimbell_art_museum": ("Fort Worth", ["Louis Kahn"], ["Kay Kimbell"], ["art museum"], ["European paintings"]),
    "museum:getty_center": ("Los Angeles", ["Richard Meier"], [], ["art museum"], ["European paintings"]),
    "museum:van_gogh_museum": ("Amsterdam", ["Gerrit Rietveld"], [], ["art museum"], ["post-impressionism"]),
    "museum:natural_history_museum": ("London", ["Alfred Waterhouse"], ["Richard Owen"], ["natural history museum"], ["dinosaur fossils"]),
    "museum:rijksmuseum": ("Amsterdam", ["Pierre Cuypers"], [], ["art museum", "history museum"], ["Dutch Golden Age painting"]),
}

CITY_COUNTRY = {
    "Bilbao": "Spain", "New York City": "United States", "Abu Dhabi": "United Arab Emirates",
    "Paris": "France", "Doha": "Qatar", "London": "United Kingdom", "Berlin": "Germany",
    "Weil am Rhein": "Germany", "Athens": "Greece", "Rio de Janeiro": "Brazil",
    "Fort Worth": "United States", "Los Angeles": "United States", "Amsterdam": "Netherlands",
}

RATINGS = {
    "ana": {"museum:guggenheim_bilbao": 5.0, "museum:tate_modern": 4.5, "museum:centre_pompidou": 4.0,
            "museum:british_museum": 3.0, "museum:vitra_design_museum": 4.5},
    "ben": {"museum:natural_history_museum": 5.0, "museum:british_museum": 4.5, "museum:acropolis_museum": 4.0,
            "museum:moma": 2.5, "museum:louvre": 3.5},
    "chloe": {"museum:van_gogh_museum": 5.0, "museum:rijksmuseum": 4.5, "museum:kimbell_art_museum": 4.0,
              "museum:getty_center": 3.5, "museum:louvre_abu_dhabi": 2.0},
    "dev": {"museum:jewish_museum_berlin": 4.5, "museum:museum_of_islamic_art": 5.0, "museum:museum_of_tomorrow": 3.0,
            "museum:guggenheim_new_york": 4.0, "museum:louvre": 4.0},
    "emma": {"museum:moma": 5.0, "museum:guggenheim_new_york": 4.5, "museum:getty_center": 4.0,
             "museum:guggenheim_bilbao": 3.5, "museum:acropolis_museum": 2.5},
}


def rows():
    out = []
    for mid, (city, architects, founders, kinds, collections) in FACTS.items():
        out.append((mid, "located_in", aid("city", city)))
        out += [(mid, "designed_by", aid("architect", a)) for a in architects]
        out += [(mid, "founded_by", aid("person", p)) for p in founders]
        out += [(mid, "is_kind", aid("museum_kind", k)) for k in kinds]
        out += [(mid, "collects", aid("collection", c)) for c in collections]
    for city, country in CITY_COUNTRY.items():
        out.append((aid("city", city), "in_country", aid("country", country)))
    for user, ratings in RATINGS.items():
        for mid, r in ratings.items():
            out.append((f"user:{user}", "rated", mid, {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind72")
