"""A small graph of real funicular railways (blind200)."""
import kgexplain as kgx

F = ("funicular",)

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=F),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                 domain=F, range=("city", "region")),
    kgx.Relation("climbs", phrase="climbs", inverse_phrase="is climbed by", domain=F, range=("hill",)),
    kgx.Relation("operated_by", phrase="is operated by", inverse_phrase="operates", domain=F, range=("operator",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=F, range=("engineer",)),
    kgx.Relation("kind_of", phrase="is a", inverse_phrase="describes", domain=F, range=("kind",)),
]

# slug, label, year
ITEMS = [
    ("petrin", "Petřín funicular", 1891),
    ("budavari_siklo", "Budapest Castle Hill Funicular", 1870),
    ("angels_flight", "Angels Flight", 1901),
    ("duquesne_incline", "Duquesne Incline", 1877),
    ("monongahela_incline", "Monongahela Incline", 1870),
    ("lynton_lynmouth", "Lynton and Lynmouth Cliff Railway", 1890),
    ("great_orme", "Great Orme Tramway", 1902),
    ("elevador_gloria", "Elevador da Glória", 1885),
    ("elevador_bica", "Elevador da Bica", 1892),
    ("bom_jesus", "Bom Jesus Funicular", 1882),
    ("montmartre", "Montmartre Funicular", 1900),
    ("montjuic", "Montjuïc Funicular", 1928),
    ("tunel", "Tünel", 1875),
    ("peak_tram", "Peak Tram", 1888),
    ("gelmerbahn", "Gelmerbahn", 1926),
    ("stoosbahn", "Stoosbahn", 2017),
    ("funicolare_centrale", "Funicolare Centrale", 1928),
    ("floibanen", "Fløibanen", 1918),
    ("wellington_cable_car", "Wellington Cable Car", 1902),
    ("carmelit", "Carmelit", 1959),
]

ATTRIBUTES = [
    # places
    ("city:prague", "city", "Prague"),
    ("city:budapest", "city", "Budapest"),
    ("city:los_angeles", "city", "Los Angeles"),
    ("city:pittsburgh", "city", "Pittsburgh"),
    ("region:devon", "region", "Devon"),
    ("city:llandudno", "city", "Llandudno"),
    ("city:lisbon", "city", "Lisbon"),
    ("city:braga", "city", "Braga"),
    ("city:paris", "city", "Paris"),
    ("city:barcelona", "city", "Barcelona"),
    ("city:istanbul", "city", "Istanbul"),
    ("city:hong_kong", "city", "Hong Kong"),
    ("region:bernese_oberland", "region", "Bernese Oberland"),
    ("region:canton_schwyz", "region", "Canton of Schwyz"),
    ("city:naples", "city", "Naples"),
    ("city:bergen", "city", "Bergen"),
    ("city:wellington", "city", "Wellington"),
    ("city:haifa", "city", "Haifa"),
    # hills
    ("hill:petrin", "hill", "Petřín Hill"),
    ("hill:castle_hill_budapest", "hill", "Castle Hill"),
    ("hill:bunker_hill", "hill", "Bunker Hill"),
    ("hill:mount_washington", "hill", "Mount Washington"),
    ("hill:great_orme", "hill", "Great Orme"),
    ("hill:montmartre", "hill", "Montmartre"),
    ("hill:montjuic", "hill", "Montjuïc"),
    ("hill:victoria_peak", "hill", "Victoria Peak"),
    ("hill:floyen", "hill", "Fløyen"),
    ("hill:vomero", "hill", "Vomero"),
    ("hill:kelburn", "hill", "Kelburn"),
    # operators
    ("operator:dpp", "operator", "Prague Public Transit Company"),
    ("operator:bkv", "operator", "BKV"),
    ("operator:prt", "operator", "Pittsburgh Regional Transit"),
    ("operator:duquesne_society", "operator", "Society for the Preservation of the Duquesne Heights Incline"),
    ("operator:conwy_council", "operator", "Conwy County Borough Council"),
    ("operator:carris", "operator", "Carris"),
    ("operator:ratp", "operator", "RATP"),
    ("operator:tmb", "operator", "TMB"),
    ("operator:iett", "operator", "İETT"),
    ("operator:peak_tramways", "operator", "Peak Tramways Company"),
    ("operator:kwo", "operator", "Kraftwerke Oberhasli"),
    ("operator:anm", "operator", "ANM"),
    # engineers
    ("engineer:mesnier", "engineer", "Raoul Mesnier du Ponsard"),
    ("engineer:diescher", "engineer", "Samuel Diescher"),
    ("engineer:endres", "engineer", "John Endres"),
    ("engineer:marks", "engineer", "George Croydon Marks"),
    ("engineer:gavand", "engineer", "Eugène-Henri Gavand"),
    # kinds
    ("kind:underground", "kind", "underground funicular"),
    ("kind:water_balance", "kind", "water-balance funicular"),
    ("kind:cliff_railway", "kind", "cliff railway"),
    ("kind:street_funicular", "kind", "street funicular"),
    ("kind:cable_tramway", "kind", "cable-hauled tramway"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    ents = [kgx.Entity(f"funicular:{slug}", kind="item", type="funicular", label=label, attrs={"year": year})
            for slug, label, year in ITEMS]
    ents += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    ents += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return ents


_FACTS = {
    "located_in": [
        ("petrin", "city:prague"), ("budavari_siklo", "city:budapest"), ("angels_flight", "city:los_angeles"),
        ("duquesne_incline", "city:pittsburgh"), ("monongahela_incline", "city:pittsburgh"),
        ("lynton_lynmouth", "region:devon"), ("great_orme", "city:llandudno"), ("elevador_gloria", "city:lisbon"),
        ("elevador_bica", "city:lisbon"), ("bom_jesus", "city:braga"), ("montmartre", "city:paris"),
        ("montjuic", "city:barcelona"), ("tunel", "city:istanbul"), ("peak_tram", "city:hong_kong"),
        ("gelmerbahn", "region:bernese_oberland"), ("stoosbahn", "region:canton_schwyz"),
        ("funicolare_centrale", "city:naples"), ("floibanen", "city:bergen"),
        ("wellington_cable_car", "city:wellington"), ("carmelit", "city:haifa"),
    ],
    "climbs": [
        ("petrin", "hill:petrin"), ("budavari_siklo", "hill:castle_hill_budapest"),
        ("angels_flight", "hill:bunker_hill"), ("duquesne_incline", "hill:mount_washington"),
        ("monongahela_incline", "hill:mount_washington"), ("great_orme", "hill:great_orme"),
        ("montmartre", "hill:montmartre"), ("montjuic", "hill:montjuic"), ("peak_tram", "hill:victoria_peak"),
        ("floibanen", "hill:floyen"), ("funicolare_centrale", "hill:vomero"),
        ("wellington_cable_car", "hill:kelburn"),
    ],
    "operated_by": [
        ("petrin", "operator:dpp"), ("budavari_siklo", "operator:bkv"), ("monongahela_incline", "operator:prt"),
        ("duquesne_incline", "operator:duquesne_society"), ("great_orme", "operator:conwy_council"),
        ("elevador_gloria", "operator:carris"), ("elevador_bica", "operator:carris"),
        ("montmartre", "operator:ratp"), ("montjuic", "operator:tmb"), ("tunel", "operator:iett"),
        ("peak_tram", "operator:peak_tramways"), ("gelmerbahn", "operator:kwo"),
        ("funicolare_centrale", "operator:anm"),
    ],
    "designed_by": [
        ("elevador_gloria", "engineer:mesnier"), ("elevador_bica", "engineer:mesnier"),
        ("bom_jesus", "engineer:mesnier"), ("duquesne_incline", "engineer:diescher"),
        ("monongahela_incline", "engineer:endres"), ("lynton_lynmouth", "engineer:marks"),
        ("tunel", "engineer:gavand"),
    ],
    "kind_of": [
        ("tunel", "kind:underground"), ("carmelit", "kind:underground"),
        ("lynton_lynmouth", "kind:water_balance"), ("bom_jesus", "kind:water_balance"),
        ("lynton_lynmouth", "kind:cliff_railway"), ("elevador_gloria", "kind:street_funicular"),
        ("elevador_bica", "kind:street_funicular"), ("great_orme", "kind:cable_tramway"),
    ],
}

_RATINGS = {
    "ana": [("petrin", 4.5), ("peak_tram", 5.0), ("angels_flight", 2.0), ("tunel", 3.5)],
    "ben": [("duquesne_incline", 5.0), ("monongahela_incline", 4.0), ("stoosbahn", 1.5), ("great_orme", 3.0)],
    "chen": [("elevador_gloria", 4.5), ("elevador_bica", 1.0), ("bom_jesus", 4.0), ("montmartre", 2.5)],
    "dara": [("lynton_lynmouth", 5.0), ("floibanen", 4.0), ("gelmerbahn", 2.0), ("funicolare_centrale", 3.0)],
    "emil": [("montjuic", 4.5), ("budavari_siklo", 1.5), ("wellington_cable_car", 4.0), ("carmelit", 2.0)],
}


def rows():
    out = []
    for rel, pairs in _FACTS.items():
        for slug, tail in pairs:
            out.append((f"funicular:{slug}", rel, tail))
    for user, ratings in _RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{user}", "rated", f"funicular:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind200")
