"""A small circuses graph (blind199): real circuses, their founders, homes and kinds."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("circus",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("circus",), range=("person",)),
    kgx.Relation("based_in", phrase="is based in", inverse_phrase="is home to", domain=("circus",), range=("city",)),
    kgx.Relation("from_country", phrase="comes from", inverse_phrase="is the home country of", domain=("circus",), range=("country",)),
    kgx.Relation("circus_kind", phrase="is a", inverse_phrase="is the kind of circus of", domain=("circus",), range=("circus_type",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("circus",), range=("person",)),
    kgx.Relation("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("circus",), range=("organisation",)),
]

# (slug, label, year): year founded, opened or first performed
ITEMS = [
    ("cirque_du_soleil", "Cirque du Soleil", 1984),
    ("ringling_bros", "Ringling Bros. World's Greatest Shows", 1884),
    ("barnum_and_bailey", "Barnum & Bailey Circus", 1881),
    ("ringling_barnum_bailey", "Ringling Bros. and Barnum & Bailey Circus", 1919),
    ("circus_krone", "Circus Krone", 1905),
    ("cirque_d_hiver", "Cirque d'Hiver", 1852),
    ("cirque_d_ete", "Cirque d'Été", 1841),
    ("nikulin_circus", "Nikulin Circus", 1880),
    ("great_moscow_state_circus", "Great Moscow State Circus", 1971),
    ("ciniselli_circus", "Ciniselli Circus", 1877),
    ("circus_roncalli", "Circus Roncalli", 1976),
    ("circus_knie", "Circus Knie", 1919),
    ("big_apple_circus", "Big Apple Circus", 1977),
    ("pickle_family_circus", "Pickle Family Circus", 1974),
    ("circus_oz", "Circus Oz", 1978),
    ("cirque_eloize", "Cirque Éloize", 1993),
    ("nofit_state_circus", "NoFit State Circus", 1986),
    ("zippos_circus", "Zippos Circus", 1986),
    ("blackpool_tower_circus", "Blackpool Tower Circus", 1894),
]

PEOPLE = {
    "guy_laliberte": "Guy Laliberté",
    "gilles_ste_croix": "Gilles Ste-Croix",
    "john_ringling": "John Ringling",
    "charles_ringling": "Charles Ringling",
    "pt_barnum": "P. T. Barnum",
    "james_anthony_bailey": "James Anthony Bailey",
    "carl_krone": "Carl Krone",
    "jacques_ignace_hittorff": "Jacques Ignace Hittorff",
    "albert_salamonsky": "Albert Salamonsky",
    "gaetano_ciniselli": "Gaetano Ciniselli",
    "bernhard_paul": "Bernhard Paul",
    "andre_heller": "André Heller",
    "paul_binder": "Paul Binder",
    "michael_christensen": "Michael Christensen",
    "larry_pisoni": "Larry Pisoni",
    "peggy_snider": "Peggy Snider",
    "martin_burton": "Martin Burton",
}

CITIES = {
    "montreal": "Montreal",
    "baraboo": "Baraboo",
    "munich": "Munich",
    "paris": "Paris",
    "moscow": "Moscow",
    "saint_petersburg": "Saint Petersburg",
    "cologne": "Cologne",
    "rapperswil": "Rapperswil",
    "new_york_city": "New York City",
    "san_francisco": "San Francisco",
    "melbourne": "Melbourne",
    "cardiff": "Cardiff",
    "blackpool": "Blackpool",
}

COUNTRIES = {
    "canada": "Canada",
    "united_states": "United States",
    "germany": "Germany",
    "france": "France",
    "russia": "Russia",
    "switzerland": "Switzerland",
    "australia": "Australia",
    "united_kingdom": "United Kingdom",
}

KINDS = {
    "contemporary_circus": "contemporary circus",
    "traveling_circus": "traveling circus",
    "permanent_circus": "permanent circus",
    "one_ring_circus": "one-ring circus",
}

ORGANISATIONS = {
    "feld_entertainment": "Feld Entertainment",
    "bouglione_family": "Bouglione family",
    "knie_family": "Knie family",
}


def entities():
    out = [kgx.Entity(f"circus:{s}", kind="item", type="circus", label=lab, attrs={"year": y}) for s, lab, y in ITEMS]
    out += [kgx.Entity(f"person:{k}", kind="attribute", type="person", label=v) for k, v in PEOPLE.items()]
    out += [kgx.Entity(f"city:{k}", kind="attribute", type="city", label=v) for k, v in CITIES.items()]
    out += [kgx.Entity(f"country:{k}", kind="attribute", type="country", label=v) for k, v in COUNTRIES.items()]
    out += [kgx.Entity(f"kind:{k}", kind="attribute", type="circus_type", label=v) for k, v in KINDS.items()]
    out += [kgx.Entity(f"org:{k}", kind="attribute", type="organisation", label=v) for k, v in ORGANISATIONS.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in ("ana", "ben", "chen", "dara", "emil")]
    return out


FACTS = {
    "cirque_du_soleil": {
        "founded_by": ["guy_laliberte", "gilles_ste_croix"],
        "based_in": ["montreal"], "from_country": ["canada"], "circus_kind": ["contemporary_circus"],
    },
    "ringling_bros": {
        "founded_by": ["john_ringling", "charles_ringling"],
        "based_in": ["baraboo"], "from_country": ["united_states"], "circus_kind": ["traveling_circus"],
    },
    "barnum_and_bailey": {
        "founded_by": ["pt_barnum", "james_anthony_bailey"],
        "from_country": ["united_states"], "circus_kind": ["traveling_circus"],
    },
    "ringling_barnum_bailey": {
        "owned_by": ["feld_entertainment"],
        "from_country": ["united_states"], "circus_kind": ["traveling_circus"],
    },
    "circus_krone": {
        "founded_by": ["carl_krone"],
        "based_in": ["munich"], "from_country": ["germany"], "circus_kind": ["traveling_circus"],
    },
    "cirque_d_hiver": {
        "designed_by": ["jacques_ignace_hittorff"], "owned_by": ["bouglione_family"],
        "based_in": ["paris"], "from_country": ["france"], "circus_kind": ["permanent_circus"],
    },
    "cirque_d_ete": {
        "designed_by": ["jacques_ignace_hittorff"],
        "based_in": ["paris"], "from_country": ["france"], "circus_kind": ["permanent_circus"],
    },
    "nikulin_circus": {
        "founded_by": ["albert_salamonsky"],
        "based_in": ["moscow"], "from_country": ["russia"], "circus_kind": ["permanent_circus"],
    },
    "great_moscow_state_circus": {
        "based_in": ["moscow"], "from_country": ["russia"], "circus_kind": ["permanent_circus"],
    },
    "ciniselli_circus": {
        "founded_by": ["gaetano_ciniselli"],
        "based_in": ["saint_petersburg"], "from_country": ["russia"], "circus_kind": ["permanent_circus"],
    },
    "circus_roncalli": {
        "founded_by": ["bernhard_paul", "andre_heller"],
        "based_in": ["cologne"], "from_country": ["germany"], "circus_kind": ["traveling_circus"],
    },
    "circus_knie": {
        "owned_by": ["knie_family"],
        "based_in": ["rapperswil"], "from_country": ["switzerland"], "circus_kind": ["traveling_circus"],
    },
    "big_apple_circus": {
        "founded_by": ["paul_binder", "michael_christensen"],
        "based_in": ["new_york_city"], "from_country": ["united_states"], "circus_kind": ["one_ring_circus"],
    },
    "pickle_family_circus": {
        "founded_by": ["larry_pisoni", "peggy_snider"],
        "based_in": ["san_francisco"], "from_country": ["united_states"], "circus_kind": ["contemporary_circus"],
    },
    "circus_oz": {
        "based_in": ["melbourne"], "from_country": ["australia"], "circus_kind": ["contemporary_circus"],
    },
    "cirque_eloize": {
        "based_in": ["montreal"], "from_country": ["canada"], "circus_kind": ["contemporary_circus"],
    },
    "nofit_state_circus": {
        "based_in": ["cardiff"], "from_country": ["united_kingdom"], "circus_kind": ["contemporary_circus"],
    },
    "zippos_circus": {
        "founded_by": ["martin_burton"],
        "from_country": ["united_kingdom"], "circus_kind": ["traveling_circus"],
    },
    "blackpool_tower_circus": {
        "based_in": ["blackpool"], "from_country": ["united_kingdom"], "circus_kind": ["permanent_circus"],
    },
}

PREFIX = {"founded_by": "person", "designed_by": "person", "based_in": "city",
          "from_country": "country", "circus_kind": "kind", "owned_by": "org"}

RATINGS = {
    "ana": {"cirque_du_soleil": 5.0, "circus_oz": 4.5, "big_apple_circus": 2.0, "cirque_eloize": 4.0},
    "ben": {"circus_krone": 4.0, "circus_roncalli": 5.0, "circus_knie": 3.0, "zippos_circus": 1.5},
    "chen": {"nikulin_circus": 4.5, "great_moscow_state_circus": 3.5, "ciniselli_circus": 5.0,
             "blackpool_tower_circus": 2.0},
    "dara": {"cirque_d_hiver": 5.0, "pickle_family_circus": 4.0, "nofit_state_circus": 1.0,
             "cirque_du_soleil": 3.0},
    "emil": {"ringling_barnum_bailey": 4.0, "barnum_and_bailey": 2.5, "ringling_bros": 4.5,
             "big_apple_circus": 5.0},
}


def rows():
    out = []
    for slug, rels in FACTS.items():
        for rel, tails in rels.items():
            for t in tails:
                out.append((f"circus:{slug}", rel, f"{PREFIX[rel]}:{t}"))
    for user, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"circus:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind199")
