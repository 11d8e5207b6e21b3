"""A small tunnels graph (blind136)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("tunnel",)),
    kgx.Relation("located_in", phrase="lies in", inverse_phrase="is home to", domain=("tunnel",), range=("country",)),
    kgx.Relation("has_kind", phrase="is classed as a", inverse_phrase="is the class of", domain=("tunnel",), range=("tunnel_kind",)),
    kgx.Relation("runs_under", phrase="runs under", inverse_phrase="is crossed underneath by", domain=("tunnel",), range=("waterway",)),
    kgx.Relation("cuts_through", phrase="cuts through", inverse_phrase="is pierced by", domain=("tunnel",), range=("mountain_range",)),
    kgx.Relation("operated_by", phrase="is operated by", inverse_phrase="operates", domain=("tunnel",), range=("organisation",)),
    kgx.Relation("engineered_by", phrase="was engineered by", inverse_phrase="was the engineer of", domain=("tunnel",), range=("person",)),
]

_TUNNELS = [
    ("channel", "Channel Tunnel", 1994),
    ("gotthard_base", "Gotthard Base Tunnel", 2016),
    ("seikan", "Seikan Tunnel", 1988),
    ("laerdal", "Lærdal Tunnel", 2000),
    ("simplon", "Simplon Tunnel", 1906),
    ("mont_blanc", "Mont Blanc Tunnel", 1965),
    ("holland", "Holland Tunnel", 1927),
    ("lincoln", "Lincoln Tunnel", 1937),
    ("thames", "Thames Tunnel", 1843),
    ("frejus_rail", "Fréjus Rail Tunnel", 1871),
    ("gotthard_road", "Gotthard Road Tunnel", 1980),
    ("eisenhower", "Eisenhower Tunnel", 1973),
    ("blackwall", "Blackwall Tunnel", 1897),
    ("hoosac", "Hoosac Tunnel", 1875),
    ("lotschberg_base", "Lötschberg Base Tunnel", 2007),
    ("brooklyn_battery", "Brooklyn–Battery Tunnel", 1950),
    ("queens_midtown", "Queens–Midtown Tunnel", 1940),
    ("severn", "Severn Tunnel", 1886),
    ("marmaray", "Marmaray Tunnel", 2013),
]

_ATTRIBUTES = [
    ("country:uk", "country", "United Kingdom"),
    ("country:france", "country", "France"),
    ("country:switzerland", "country", "Switzerland"),
    ("country:italy", "country", "Italy"),
    ("country:japan", "country", "Japan"),
    ("country:norway", "country", "Norway"),
    ("country:usa", "country", "United States"),
    ("country:turkey", "country", "Turkey"),
    ("kind:railway_tunnel", "tunnel_kind", "railway tunnel"),
    ("kind:road_tunnel", "tunnel_kind", "road tunnel"),
    ("kind:undersea_tunnel", "tunnel_kind", "undersea tunnel"),
    ("kind:base_tunnel", "tunnel_kind", "base tunnel"),
    ("kind:immersed_tube_tunnel", "tunnel_kind", "immersed tube tunnel"),
    ("water:english_channel", "waterway", "English Channel"),
    ("water:tsugaru_strait", "waterway", "Tsugaru Strait"),
    ("water:bosphorus", "waterway", "Bosphorus"),
    ("water:hudson", "waterway", "Hudson River"),
    ("water:thames", "waterway", "River Thames"),
    ("water:east_river", "waterway", "East River"),
    ("water:severn", "waterway", "River Severn"),
    ("range:alps", "mountain_range", "Alps"),
    ("range:rockies", "mountain_range", "Rocky Mountains"),
    ("range:hoosac", "mountain_range", "Hoosac Range"),
    ("org:getlink", "organisation", "Getlink"),
    ("org:sbb", "organisation", "Swiss Federal Railways"),
    ("org:jr_hokkaido", "organisation", "JR Hokkaido"),
    ("org:bls", "organisation", "BLS"),
    ("org:port_authority", "organisation", "Port Authority of New York and New Jersey"),
    ("org:mta_bt", "organisation", "MTA Bridges and Tunnels"),
    ("org:tfl", "organisation", "Transport for London"),
    ("org:cdot", "organisation", "Colorado Department of Transportation"),
    ("org:npra", "organisation", "Norwegian Public Roads Administration"),
    ("org:network_rail", "organisation", "Network Rail"),
    ("person:clifford_holland", "person", "Clifford Holland"),
    ("person:ole_singstad", "person", "Ole Singstad"),
    ("person:marc_brunel", "person", "Marc Isambard Brunel"),
    ("person:isambard_brunel", "person", "Isambard Kingdom Brunel"),
    ("person:germain_sommeiller", "person", "Germain Sommeiller"),
    ("person:alexander_binnie", "person", "Alexander Binnie"),
    ("person:john_hawkshaw", "person", "John Hawkshaw"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"tunnel:{slug}", kind="item", type="tunnel", label=label, attrs={"year": year})
           for slug, label, year in _TUNNELS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in _ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


_FACTS = {
    "channel": {"located_in": ["uk", "france"], "has_kind": ["railway_tunnel", "undersea_tunnel"],
                "runs_under": ["english_channel"], "operated_by": ["getlink"]},
    "gotthard_base": {"located_in": ["switzerland"], "has_kind": ["railway_tunnel", "base_tunnel"],
                      "cuts_through": ["alps"], "operated_by": ["sbb"]},
    "seikan": {"located_in": ["japan"], "has_kind": ["railway_tunnel", "undersea_tunnel"],
               "runs_under": ["tsugaru_strait"], "operated_by": ["jr_hokkaido"]},
    "laerdal": {"located_in": ["norway"], "has_kind": ["road_tunnel"], "operated_by": ["npra"]},
    "simplon": {"located_in": ["switzerland", "italy"], "has_kind": ["railway_tunnel"],
                "cuts_through": ["alps"], "operated_by": ["sbb"]},
    "mont_blanc": {"located_in": ["france", "italy"], "has_kind": ["road_tunnel"], "cuts_through": ["alps"]},
    "holland": {"located_in": ["usa"], "has_kind": ["road_tunnel"], "runs_under": ["hudson"],
                "operated_by": ["port_authority"], "engineered_by": ["clifford_holland", "ole_singstad"]},
    "lincoln": {"located_in": ["usa"], "has_kind": ["road_tunnel"], "runs_under": ["hudson"],
                "operated_by": ["port_authority"]},
    "thames": {"located_in": ["uk"], "runs_under": ["thames"], "engineered_by": ["marc_brunel", "isambard_brunel"]},
    "frejus_rail": {"located_in": ["france", "italy"], "has_kind": ["railway_tunnel"], "cuts_through": ["alps"],
                    "engineered_by": ["germain_sommeiller"]},
    "gotthard_road": {"located_in": ["switzerland"], "has_kind": ["road_tunnel"], "cuts_through": ["alps"]},
    "eisenhower": {"located_in": ["usa"], "has_kind": ["road_tunnel"], "cuts_through": ["rockies"],
                   "operated_by": ["cdot"]},
    "blackwall": {"located_in": ["uk"], "has_kind": ["road_tunnel"], "runs_under": ["thames"],
                  "operated_by": ["tfl"], "engineered_by": ["alexander_binnie"]},
    "hoosac": {"located_in": ["usa"], "has_kind": ["railway_tunnel"], "cuts_through": ["hoosac"]},
    "lotschberg_base": {"located_in": ["switzerland"], "has_kind": ["railway_tunnel", "base_tunnel"],
                        "cuts_through": ["alps"], "operated_by": ["bls"]},
    "brooklyn_battery": {"located_in": ["usa"], "has_kind": ["road_tunnel"], "runs_under": ["east_river"],
                         "operated_by": ["mta_bt"], "engineered_by": ["ole_singstad"]},
    "queens_midtown": {"located_in": ["usa"], "has_kind": ["road_tunnel"], "runs_under": ["east_river"],
                       "operated_by": ["mta_bt"], "engineered_by": ["ole_singstad"]},
    "severn": {"located_in": ["uk"], "has_kind": ["railway_tunnel"], "runs_under": ["severn"],
               "operated_by": ["network_rail"], "engineered_by": ["john_hawkshaw"]},
    "marmaray": {"located_in": ["turkey"], "has_kind": ["railway_tunnel", "undersea_tunnel", "immersed_tube_tunnel"],
                 "runs_under": ["bosphorus"]},
}

_PREFIX = {"located_in": "country", "has_kind": "kind", "runs_under": "water", "cuts_through": "range",
           "operated_by": "org", "engineered_by": "person"}

RATINGS = {
    "ana": [("channel", 5.0), ("seikan", 4.5), ("gotthard_base", 4.0), ("holland", 2.0)],
    "ben": [("laerdal", 4.5), ("mont_blanc", 1.5), ("thames", 5.0), ("eisenhower", 3.0)],
    "chen": [("simplon", 4.0), ("frejus_rail", 2.0), ("lincoln", 3.5), ("blackwall", 1.0)],
    "dara": [("severn", 4.5), ("hoosac", 2.5), ("marmaray", 5.0), ("queens_midtown", 1.5)],
    "emil": [("brooklyn_battery", 4.0), ("lotschberg_base", 3.0), ("gotthard_road", 0.5), ("channel", 4.5)],
}


def rows():
    out = []
    for slug, facts in _FACTS.items():
        for rel, tails in facts.items():
            for tail in tails:
                out.append((f"tunnel:{slug}", rel, f"{_PREFIX[rel]}:{tail}"))
    for user, ratings in RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{user}", "rated", f"tunnel:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind136")
