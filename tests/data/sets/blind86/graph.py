"""blind86: a small graph of real railway stations."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("station",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                 domain=("station",), range=("city",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("station",), range=("architect",)),
    kgx.Relation("has_style", phrase="is an example of",
                 inverse_phrase="is the architectural style of",
                 domain=("station",), range=("style",)),
    kgx.Relation("managed_by", phrase="is managed by", inverse_phrase="manages",
                 domain=("station",), range=("operator",)),
    kgx.Relation("in_country", phrase="is a city in", inverse_phrase="contains the city",
                 domain=("city",), range=("country",)),
]

_STATIONS = [
    ("st_pancras", "St Pancras", 1868),
    ("kings_cross", "King's Cross", 1852),
    ("paddington", "Paddington", 1854),
    ("grand_central", "Grand Central Terminal", 1913),
    ("washington_union", "Washington Union Station", 1907),
    ("la_union", "Los Angeles Union Station", 1939),
    ("gare_du_nord", "Gare du Nord", 1846),
    ("antwerpen_centraal", "Antwerpen-Centraal", 1905),
    ("amsterdam_centraal", "Amsterdam Centraal", 1889),
    ("berlin_hbf", "Berlin Hauptbahnhof", 2006),
    ("leipzig_hbf", "Leipzig Hauptbahnhof", 1915),
    ("zurich_hb", "Zürich Hauptbahnhof", 1871),
    ("milano_centrale", "Milano Centrale", 1931),
    ("csmt", "Chhatrapati Shivaji Maharaj Terminus", 1888),
    ("tokyo", "Tokyo Station", 1914),
    ("helsinki_central", "Helsinki Central Station", 1919),
    ("atocha", "Madrid Atocha", 1851),
    ("kuala_lumpur", "Kuala Lumpur railway station", 1910),
]

_ATTRS = [
    # cities
    ("city:london", "city", "London"),
    ("city:new_york", "city", "New York City"),
    ("city:washington", "city", "Washington, D.C."),
    ("city:los_angeles", "city", "Los Angeles"),
    ("city:paris", "city", "Paris"),
    ("city:antwerp", "city", "Antwerp"),
    ("city:amsterdam", "city", "Amsterdam"),
    ("city:berlin", "city", "Berlin"),
    ("city:leipzig", "city", "Leipzig"),
    ("city:zurich", "city", "Zürich"),
    ("city:milan", "city", "Milan"),
    ("city:mumbai", "city", "Mumbai"),
    ("city:tokyo", "city", "Tokyo"),
    ("city:helsinki", "city", "Helsinki"),
    ("city:madrid", "city", "Madrid"),
    ("city:kuala_lumpur", "city", "Kuala Lumpur"),
    # countries
    ("country:uk", "country", "United Kingdom"),
    ("country:usa", "country", "United States"),
    ("country:france", "country", "France"),
    ("country:belgium", "country", "Belgium"),
    ("country:netherlands", "country", "Netherlands"),
    ("country:germany", "country", "Germany"),
    ("country:switzerland", "country", "Switzerland"),
    ("country:italy", "country", "Italy"),
    ("country:india", "country", "India"),
    ("country:japan", "country", "Japan"),
    ("country:finland", "country", "Finland"),
    ("country:spain", "country", "Spain"),
    ("country:malaysia", "country", "Malaysia"),
    # architects and engineers (people and firms)
    ("architect:george_gilbert_scott", "architect", "George Gilbert Scott"),
    ("architect:william_henry_barlow", "architect", "William Henry Barlow"),
    ("architect:lewis_cubitt", "architect", "Lewis Cubitt"),
    ("architect:isambard_kingdom_brunel", "architect", "Isambard Kingdom Brunel"),
    ("architect:reed_and_stem", "architect", "Reed and Stem"),
    ("architect:warren_and_wetmore", "architect", "Warren and Wetmore"),
    ("architect:daniel_burnham", "architect", "Daniel Burnham"),
    ("architect:john_parkinson", "architect", "John Parkinson"),
    ("architect:donald_parkinson", "architect", "Donald Parkinson"),
    ("architect:jacques_ignace_hittorff", "architect", "Jacques Ignace Hittorff"),
    ("architect:louis_delacenserie", "architect", "Louis Delacenserie"),
    ("architect:pierre_cuypers", "architect", "Pierre Cuypers"),
    ("architect:meinhard_von_gerkan", "architect", "Meinhard von Gerkan"),
    ("architect:william_lossow", "architect", "William Lossow"),
    ("architect:max_hans_kuhne", "architect", "Max Hans Kühne"),
    ("architect:jakob_friedrich_wanner", "architect", "Jakob Friedrich Wanner"),
    ("architect:ulisse_stacchini", "architect", "Ulisse Stacchini"),
    ("architect:frederick_william_stevens", "architect", "Frederick William Stevens"),
    ("architect:tatsuno_kingo", "architect", "Tatsuno Kingo"),
    ("architect:eliel_saarinen", "architect", "Eliel Saarinen"),
    ("architect:alberto_de_palacio", "architect", "Alberto de Palacio"),
    ("architect:arthur_benison_hubback", "architect", "Arthur Benison Hubback"),
    # architectural styles
    ("style:gothic_revival", "style", "Gothic Revival"),
    ("style:beaux_arts", "style", "Beaux-Arts"),
    ("style:art_deco", "style", "Art Deco"),
    ("style:mission_revival", "style", "Mission Revival"),
    ("style:renaissance_revival", "style", "Renaissance Revival"),
    ("style:art_nouveau", "style", "Art Nouveau"),
    ("style:indo_saracenic", "style", "Indo-Saracenic"),
    # station managers / operators
    ("operator:network_rail", "operator", "Network Rail"),
    ("operator:metro_north", "operator", "Metro-North Railroad"),
    ("operator:la_metro", "operator", "LA Metro"),
    ("operator:sncf", "operator", "SNCF"),
    ("operator:sncb", "operator", "SNCB"),
    ("operator:ns", "operator", "Nederlandse Spoorwegen"),
    ("operator:deutsche_bahn", "operator", "Deutsche Bahn"),
    ("operator:sbb", "operator", "SBB"),
    ("operator:grandi_stazioni", "operator", "Grandi Stazioni"),
    ("operator:central_railway", "operator", "Central Railway"),
    ("operator:jr_east", "operator", "JR East"),
    ("operator:adif", "operator", "Adif"),
    ("operator:ktm", "operator", "Keretapi Tanah Melayu"),
]

_USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"station:{slug}", kind="item", type="station", label=label,
                      attrs={"year": year})
           for slug, label, year in _STATIONS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in _ATTRS]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in _USERS]
    return out


_FACTS = [
    # St Pancras
    ("station:st_pancras", "located_in", "city:london"),
    ("station:st_pancras", "designed_by", "architect:george_gilbert_scott"),
    ("station:st_pancras", "designed_by", "architect:william_henry_barlow"),
    ("station:st_pancras", "has_style", "style:gothic_revival"),
    # King's Cross
    ("station:kings_cross", "located_in", "city:london"),
    ("station:kings_cross", "designed_by", "architect:lewis_cubitt"),
    ("station:kings_cross", "managed_by", "operator:network_rail"),
    # Paddington
    ("station:paddington", "located_in", "city:london"),
    ("station:paddington", "designed_by", "architect:isambard_kingdom_brunel"),
    ("station:paddington", "managed_by", "operator:network_rail"),
    # Grand Central Terminal
    ("station:grand_central", "located_in", "city:new_york"),
    ("station:grand_central", "designed_by", "architect:reed_and_stem"),
    ("station:grand_central", "designed_by", "architect:warren_and_wetmore"),
    ("station:grand_central", "has_style", "style:beaux_arts"),
    ("station:grand_central", "managed_by", "operator:metro_north"),
    # Washington Union Station
    ("station:washington_union", "located_in", "city:washington"),
    ("station:washington_union", "designed_by", "architect:daniel_burnham"),
    ("station:washington_union", "has_style", "style:beaux_arts"),
    # Los Angeles Union Station
    ("station:la_union", "located_in", "city:los_angeles"),
    ("station:la_union", "designed_by", "architect:john_parkinson"),
    ("station:la_union", "designed_by", "architect:donald_parkinson"),
    ("station:la_union", "has_style", "style:art_deco"),
    ("station:la_union", "has_style", "style:mission_revival"),
    ("station:la_union", "managed_by", "operator:la_metro"),
    # Gare du Nord
    ("station:gare_du_nord", "located_in", "city:paris"),
    ("station:gare_du_nord", "designed_by", "architect:jacques_ignace_hittorff"),
    ("station:gare_du_nord", "managed_by", "operator:sncf"),
    # Antwerpen-Centraal
    ("station:antwerpen_centraal", "located_in", "city:antwerp"),
    ("station:antwerpen_centraal", "designed_by", "architect:louis_delacenserie"),
    ("station:antwerpen_centraal", "managed_by", "operator:sncb"),
    # Amsterdam Centraal
    ("station:amsterdam_centraal", "located_in", "city:amsterdam"),
    ("station:amsterdam_centraal", "designed_by", "architect:pierre_cuypers"),
    ("station:amsterdam_centraal", "has_style", "style:renaissance_revival"),
    ("station:amsterdam_centraal", "managed_by", "operator:ns"),
    # Berlin Hauptbahnhof
    ("station:berlin_hbf", "located_in", "city:berlin"),
    ("station:berlin_hbf", "designed_by", "architect:meinhard_von_gerkan"),
    ("station:berlin_hbf", "managed_by", "operator:deutsche_bahn"),
    # Leipzig Hauptbahnhof
    ("station:leipzig_hbf", "located_in", "city:leipzig"),
    ("station:leipzig_hbf", "designed_by", "architect:william_lossow"),
    ("station:leipzig_hbf", "designed_by", "architect:max_hans_kuhne"),
    ("station:leipzig_hbf", "managed_by", "operator:deutsche_bahn"),
    # Zürich HB
    ("station:zurich_hb", "located_in", "city:zurich"),
    ("station:zurich_hb", "designed_by", "architect:jakob_friedrich_wanner"),
    ("station:zurich_hb", "has_style", "style:renaissance_revival"),
    ("station:zurich_hb", "managed_by", "operator:sbb"),
    # Milano Centrale
    ("station:milano_centrale", "located_in", "city:milan"),
    ("station:milano_centrale", "designed_by", "architect:ulisse_stacchini"),
    ("station:milano_centrale", "has_style", "style:art_deco"),
    ("station:milano_centrale", "managed_by", "operator:grandi_stazioni"),
    # CSMT
    ("station:csmt", "located_in", "city:mumbai"),
    ("station:csmt", "designed_by", "architect:frederick_william_stevens"),
    ("station:csmt", "has_style", "style:gothic_revival"),
    ("station:csmt", "managed_by", "operator:central_railway"),
    # Tokyo Station
    ("station:tokyo", "located_in", "city:tokyo"),
    ("station:tokyo", "designed_by", "architect:tatsuno_kingo"),
    ("station:tokyo", "managed_by", "operator:jr_east"),
    # Helsinki Central
    ("station:helsinki_central", "located_in", "city:helsinki"),
    ("station:helsinki_central", "designed_by", "architect:eliel_saarinen"),
    ("station:helsinki_central", "has_style", "style:art_nouveau"),
    # Madrid Atocha
    ("station:atocha", "located_in", "city:madrid"),
    ("station:atocha", "designed_by", "architect:alberto_de_palacio"),
    ("station:atocha", "managed_by", "operator:adif"),
    # Kuala Lumpur
    ("station:kuala_lumpur", "located_in", "city:kuala_lumpur"),
    ("station:kuala_lumpur", "designed_by", "architect:arthur_benison_hubback"),
    ("station:kuala_lumpur", "has_style", "style:indo_saracenic"),
    ("station:kuala_lumpur", "managed_by", "operator:ktm"),
    # cities in countries
    ("city:london", "in_country", "country:uk"),
    ("city:new_york", "in_country", "country:usa"),
    ("city:washington", "in_country", "country:usa"),
    ("city:los_angeles", "in_country", "country:usa"),
    ("city:paris", "in_country", "country:france"),
    ("city:antwerp", "in_country", "country:belgium"),
    ("city:amsterdam", "in_country", "country:netherlands"),
    ("city:berlin", "in_country", "country:germany"),
    ("city:leipzig", "in_country", "country:germany"),
    ("city:zurich", "in_country", "country:switzerland"),
    ("city:milan", "in_country", "country:italy"),
    ("city:mumbai", "in_country", "country:india"),
    ("city:tokyo", "in_country", "country:japan"),
    ("city:helsinki", "in_country", "country:finland"),
    ("city:madrid", "in_country", "country:spain"),
    ("city:kuala_lumpur", "in_country", "country:malaysia"),
]

_RATINGS = [
    ("ana", "st_pancras", 5.0), ("ana", "grand_central", 4.5),
    ("ana", "kings_cross", 3.0), ("ana", "berlin_hbf", 1.5),
    ("ben", "milano_centrale", 4.0), ("ben", "tokyo", 5.0),
    ("ben", "paddington", 2.0), ("ben", "antwerpen_centraal", 4.5),
    ("chen", "csmt", 5.0), ("chen", "kuala_lumpur", 4.0),
    ("chen", "helsinki_central", 1.0), ("chen", "zurich_hb", 3.5),
    ("dara", "amsterdam_centraal", 4.5), ("dara", "leipzig_hbf", 2.0),
    ("dara", "gare_du_nord", 1.5), ("dara", "washington_union", 4.0),
    ("emil", "la_union", 5.0), ("emil", "atocha", 3.0),
    ("emil", "grand_central", 2.0), ("emil", "st_pancras", 4.0),
]


def rows():
    out = list(_FACTS)
    out += [(f"user:{u}", "rated", f"station:{s}", {"rating": r}) for u, s, r in _RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                          name="blind86")
