"""A small railway stations graph (blind169). Years are opening years
(for Chhatrapati Shivaji Maharaj Terminus, the year the present building was completed)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("station",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to", domain=("station",), range=("city",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("station",), range=("architect",)),
    kgx.Relation("has_style", phrase="is built in the architectural style", inverse_phrase="is the architectural style of", domain=("station",), range=("architectural style",)),
    kgx.Relation("operated_by", phrase="is operated by", inverse_phrase="operates", domain=("station",), range=("railway company",)),
    kgx.Relation("has_kind", phrase="is a", inverse_phrase="is the kind of", domain=("station",), range=("station kind",)),
]

_STATIONS = [
    ("st_pancras", "St Pancras", 1868),
    ("kings_cross", "King's Cross", 1852),
    ("paddington", "Paddington", 1854),
    ("grand_central", "Grand Central Terminal", 1913),
    ("washington_union", "Washington Union Station", 1907),
    ("chicago_union", "Chicago Union Station", 1925),
    ("gare_du_nord", "Gare du Nord", 1846),
    ("gare_de_lest", "Gare de l'Est", 1849),
    ("gare_de_lyon", "Gare de Lyon", 1849),
    ("antwerpen_centraal", "Antwerpen-Centraal", 1905),
    ("amsterdam_centraal", "Amsterdam Centraal", 1889),
    ("helsinki_central", "Helsinki Central Station", 1919),
    ("leipzig_hbf", "Leipzig Hauptbahnhof", 1915),
    ("milano_centrale", "Milano Centrale", 1931),
    ("csmt", "Chhatrapati Shivaji Maharaj Terminus", 1888),
    ("tokyo", "Tokyo Station", 1914),
    ("zurich_hb", "Zürich Hauptbahnhof", 1847),
]

_ATTRS = [
    # cities
    ("city:london", "city", "London"),
    ("city:new_york", "city", "New York City"),
    ("city:washington", "city", "Washington, D.C."),
    ("city:chicago", "city", "Chicago"),
    ("city:paris", "city", "Paris"),
    ("city:antwerp", "city", "Antwerp"),
    ("city:amsterdam", "city", "Amsterdam"),
    ("city:helsinki", "city", "Helsinki"),
    ("city:leipzig", "city", "Leipzig"),
    ("city:milan", "city", "Milan"),
    ("city:mumbai", "city", "Mumbai"),
    ("city:tokyo", "city", "Tokyo"),
    ("city:zurich", "city", "Zürich"),
    # architects
    ("architect:george_gilbert_scott", "architect", "George Gilbert Scott"),
    ("architect:william_henry_barlow", "architect", "William Henry Barlow"),
    ("architect:lewis_cubitt", "architect", "Lewis Cubitt"),
    ("architect:brunel", "architect", "Isambard Kingdom Brunel"),
    ("architect:reed_and_stem", "architect", "Reed and Stem"),
    ("architect:warren_and_wetmore", "architect", "Warren and Wetmore"),
    ("architect:daniel_burnham", "architect", "Daniel Burnham"),
    ("architect:gapw", "architect", "Graham, Anderson, Probst & White"),
    ("architect:hittorff", "architect", "Jacques Ignace Hittorff"),
    ("architect:duquesney", "architect", "François Duquesney"),
    ("architect:toudoire", "architect", "Marius Toudoire"),
    ("architect:delacenserie", "architect", "Louis Delacenserie"),
    ("architect:cuypers", "architect", "Pierre Cuypers"),
    ("architect:eliel_saarinen", "architect", "Eliel Saarinen"),
    ("architect:lossow_kuhne", "architect", "Lossow and Kühne"),
    ("architect:stacchini", "architect", "Ulisse Stacchini"),
    ("architect:stevens", "architect", "Frederick William Stevens"),
    ("architect:tatsuno", "architect", "Tatsuno Kingo"),
    ("architect:wanner", "architect", "Jakob Friedrich Wanner"),
    # styles
    ("style:gothic_revival", "architectural style", "Gothic Revival"),
    ("style:beaux_arts", "architectural style", "Beaux-Arts"),
    ("style:art_nouveau", "architectural style", "Art Nouveau"),
    # operators
    ("org:network_rail", "railway company", "Network Rail"),
    ("org:metro_north", "railway company", "Metro-North Railroad"),
    ("org:amtrak", "railway company", "Amtrak"),
    ("org:sncf", "railway company", "SNCF"),
    ("org:sncb", "railway company", "SNCB"),
    ("org:ns", "railway company", "Nederlandse Spoorwegen"),
    ("org:vr", "railway company", "VR"),
    ("org:deutsche_bahn", "railway company", "Deutsche Bahn"),
    ("org:grandi_stazioni", "railway company", "Grandi Stazioni"),
    ("org:central_railway", "railway company", "Central Railway"),
    ("org:jr_east", "railway company", "JR East"),
    ("org:sbb", "railway company", "Swiss Federal Railways"),
    # kinds
    ("kind:terminus", "station kind", "terminus"),
    ("kind:through_station", "station kind", "through station"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"station:{slug}", kind="item", type="station", label=label, attrs={"year": year})
           for slug, label, year in _STATIONS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in _ATTRS]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


_FACTS = {
    "st_pancras": {"located_in": ["city:london"],
                   "designed_by": ["architect:george_gilbert_scott", "architect:william_henry_barlow"],
                   "has_style": ["style:gothic_revival"], "has_kind": ["kind:terminus"]},
    "kings_cross": {"located_in": ["city:london"], "designed_by": ["architect:lewis_cubitt"],
                    "operated_by": ["org:network_rail"], "has_kind": ["kind:terminus"]},
    "paddington": {"located_in": ["city:london"], "designed_by": ["architect:brunel"],
                   "operated_by": ["org:network_rail"], "has_kind": ["kind:terminus"]},
    "grand_central": {"located_in": ["city:new_york"],
                      "designed_by": ["architect:reed_and_stem", "architect:warren_and_wetmore"],
                      "has_style": ["style:beaux_arts"], "operated_by": ["org:metro_north"],
                      "has_kind": ["kind:terminus"]},
    "washington_union": {"located_in": ["city:washington"], "designed_by": ["architect:daniel_burnham"],
                         "has_style": ["style:beaux_arts"]},
    "chicago_union": {"located_in": ["city:chicago"], "designed_by": ["architect:gapw"],
                      "has_style": ["style:beaux_arts"], "operated_by": ["org:amtrak"]},
    "gare_du_nord": {"located_in": ["city:paris"], "designed_by": ["architect:hittorff"],
                     "operated_by": ["org:sncf"], "has_kind": ["kind:terminus"]},
    "gare_de_lest": {"located_in": ["city:paris"], "designed_by": ["architect:duquesney"],
                     "operated_by": ["org:sncf"], "has_kind": ["kind:terminus"]},
    "gare_de_lyon": {"located_in": ["city:paris"], "designed_by": ["architect:toudoire"],
                     "operated_by": ["org:sncf"], "has_kind": ["kind:terminus"]},
    "antwerpen_centraal": {"located_in": ["city:antwerp"], "designed_by": ["architect:delacenserie"],
                           "operated_by": ["org:sncb"]},
    "amsterdam_centraal": {"located_in": ["city:amsterdam"], "designed_by": ["architect:cuypers"],
                           "operated_by": ["org:ns"], "has_kind": ["kind:through_station"]},
    "helsinki_central": {"located_in": ["city:helsinki"], "designed_by": ["architect:eliel_saarinen"],
                         "has_style": ["style:art_nouveau"], "operated_by": ["org:vr"],
                         "has_kind": ["kind:terminus"]},
    "leipzig_hbf": {"located_in": ["city:leipzig"], "designed_by": ["architect:lossow_kuhne"],
                    "operated_by": ["org:deutsche_bahn"], "has_kind": ["kind:terminus"]},
    "milano_centrale": {"located_in": ["city:milan"], "designed_by": ["architect:stacchini"],
                        "operated_by": ["org:grandi_stazioni"], "has_kind": ["kind:terminus"]},
    "csmt": {"located_in": ["city:mumbai"], "designed_by": ["architect:stevens"],
             "has_style": ["style:gothic_revival"], "operated_by": ["org:central_railway"],
             "has_kind": ["kind:terminus"]},
    "tokyo": {"located_in": ["city:tokyo"], "designed_by": ["architect:tatsuno"],
              "operated_by": ["org:jr_east"]},
    "zurich_hb": {"located_in": ["city:zurich"], "designed_by": ["architect:wanner"],
                  "operated_by": ["org:sbb"]},
}

_RATINGS = {
    "ana": {"st_pancras": 5.0, "grand_central": 4.5, "helsinki_central": 4.0, "gare_du_nord": 2.0},
    "ben": {"kings_cross": 1.5, "paddington": 4.0, "leipzig_hbf": 5.0, "milano_centrale": 3.0},
    "chen": {"tokyo": 5.0, "csmt": 4.5, "amsterdam_centraal": 2.0, "zurich_hb": 3.5},
    "dara": {"chicago_union": 4.0, "washington_union": 1.0, "gare_de_lyon": 4.5, "antwerpen_centraal": 5.0},
    "emil": {"gare_de_lest": 2.5, "st_pancras": 1.0, "tokyo": 4.0, "grand_central": 5.0},
}


def rows():
    out = []
    for slug, facts in _FACTS.items():
        for rel, tails in facts.items():
            for tail in tails:
                out.append((f"station:{slug}", rel, tail))
    for user, ratings in _RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"station:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind169")
