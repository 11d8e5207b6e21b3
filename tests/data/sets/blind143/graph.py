"""blind143: a small graph of real mountain passes.

Each pass carries a ``year``: the year its road (or, for Brenner, Kicking Horse,
Khyber and Donner, its railway; for Cumberland Gap, the Wilderness Road) was
opened. Khunjerab: opened to public traffic; Khardung La: opened to motor vehicles.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("pass",)),
    kgx.Relation("in_country", phrase="lies in", inverse_phrase="is home to", domain=("pass",), range=("country",)),
    kgx.Relation("crosses_range", phrase="crosses", inverse_phrase="is crossed by", domain=("pass",), range=("mountain range",)),
    kgx.Relation("engineered_by", phrase="had its road engineered by", inverse_phrase="engineered the road over", domain=("pass",), range=("person",)),
    kgx.Relation("featured_in", phrase="has been climbed in", inverse_phrase="has climbed", domain=("pass",), range=("race",)),
    kgx.Relation("has_feature", phrase="has", inverse_phrase="is found at", domain=("pass",), range=("feature",)),
    kgx.Relation("on_route", phrase="carries", inverse_phrase="runs over", domain=("pass",), range=("route",)),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=("pass",), range=("person", "group")),
]

PASSES = [
    # slug, label, year, aliases
    ("stelvio", "Stelvio Pass", 1825, ("Passo dello Stelvio",)),
    ("splugen", "Splügen Pass", 1823, ("Splugen Pass",)),
    ("simplon", "Simplon Pass", 1805, ()),
    ("gotthard", "Gotthard Pass", 1830, ("St. Gotthard Pass",)),
    ("grimsel", "Grimsel Pass", 1894, ()),
    ("furka", "Furka Pass", 1867, ()),
    ("susten", "Susten Pass", 1946, ()),
    ("iseran", "Col de l'Iseran", 1937, ()),
    ("hochtor", "Hochtor", 1935, ("Hochtor Pass",)),
    ("brenner", "Brenner Pass", 1867, ()),
    ("khunjerab", "Khunjerab Pass", 1986, ()),
    ("khardung_la", "Khardung La", 1988, ()),
    ("rogers", "Rogers Pass", 1962, ()),
    ("kicking_horse", "Kicking Horse Pass", 1884, ()),
    ("cumberland_gap", "Cumberland Gap", 1775, ()),
    ("khyber", "Khyber Pass", 1925, ()),
    ("donner", "Donner Pass", 1868, ()),
]

ATTRIBUTES = [
    # id, type, label
    ("country:italy", "country", "Italy"),
    ("country:switzerland", "country", "Switzerland"),
    ("country:france", "country", "France"),
    ("country:austria", "country", "Austria"),
    ("country:china", "country", "China"),
    ("country:pakistan", "country", "Pakistan"),
    ("country:india", "country", "India"),
    ("country:canada", "country", "Canada"),
    ("country:united_states", "country", "United States"),
    ("range:alps", "mountain range", "Alps"),
    ("range:karakoram", "mountain range", "Karakoram"),
    ("range:ladakh_range", "mountain range", "Ladakh Range"),
    ("range:selkirk_mountains", "mountain range", "Selkirk Mountains"),
    ("range:rocky_mountains", "mountain range", "Rocky Mountains"),
    ("range:appalachian_mountains", "mountain range", "Appalachian Mountains"),
    ("range:spin_ghar", "mountain range", "Spin Ghar"),
    ("range:sierra_nevada", "mountain range", "Sierra Nevada"),
    ("person:carlo_donegani", "person", "Carlo Donegani"),
    ("person:nicolas_ceard", "person", "Nicolas Céard"),
    ("person:franz_wallack", "person", "Franz Wallack"),
    ("person:albert_bowman_rogers", "person", "Albert Bowman Rogers"),
    ("person:saint_gotthard", "person", "Saint Gotthard"),
    ("group:donner_party", "group", "Donner Party"),
    ("race:giro_d_italia", "race", "Giro d'Italia"),
    ("race:tour_de_france", "race", "Tour de France"),
    ("race:tour_de_suisse", "race", "Tour de Suisse"),
    ("feature:hospice", "feature", "Hospice"),
    ("feature:hairpin_bends", "feature", "Hairpin bends"),
    ("feature:road_tunnel", "feature", "Road tunnel"),
    ("feature:railway_line", "feature", "Railway line"),
    ("feature:border_crossing", "feature", "Border crossing"),
    ("route:route_des_grandes_alpes", "route", "Route des Grandes Alpes"),
    ("route:karakoram_highway", "route", "Karakoram Highway"),
    ("route:trans_canada_highway", "route", "Trans-Canada Highway"),
    ("route:wilderness_road", "route", "Wilderness Road"),
    ("route:e45", "route", "European route E45"),
    ("route:e62", "route", "European route E62"),
    ("route:grossglockner_high_alpine_road", "route", "Grossglockner High Alpine Road"),
    ("route:grand_trunk_road", "route", "Grand Trunk Road"),
    ("route:lincoln_highway", "route", "Lincoln Highway"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"pass:{slug}", kind="item", type="pass", label=label, aliases=aliases, attrs={"year": year})
           for slug, label, year, aliases in PASSES]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = {
    "stelvio": [("in_country", "country:italy"), ("crosses_range", "range:alps"),
                ("engineered_by", "person:carlo_donegani"), ("featured_in", "race:giro_d_italia"),
                ("has_feature", "feature:hairpin_bends")],
    "splugen": [("in_country", "country:switzerland"), ("in_country", "country:italy"),
                ("crosses_range", "range:alps"), ("engineered_by", "person:carlo_donegani"),
                ("has_feature", "feature:hairpin_bends"), ("has_feature", "feature:border_crossing")],
    "simplon": [("in_country", "country:switzerland"), ("crosses_range", "range:alps"),
                ("engineered_by", "person:nicolas_ceard"), ("has_feature", "feature:hospice"),
                ("on_route", "route:e62")],
    "gotthard": [("in_country", "country:switzerland"), ("crosses_range", "range:alps"),
                 ("featured_in", "race:tour_de_suisse"), ("has_feature", "feature:hospice"),
                 ("has_feature", "feature:road_tunnel"), ("named_after", "person:saint_gotthard")],
    "grimsel": [("in_country", "country:switzerland"), ("crosses_range", "range:alps"),
                ("featured_in", "race:tour_de_suisse"), ("has_feature", "feature:hospice")],
    "furka": [("in_country", "country:switzerland"), ("crosses_range", "range:alps"),
              ("featured_in", "race:tour_de_suisse")],
    "susten": [("in_country", "country:switzerland"), ("crosses_range", "range:alps")],
    "iseran": [("in_country", "country:france"), ("crosses_range", "range:alps"),
               ("featured_in", "race:tour_de_france"), ("on_route", "route:route_des_grandes_alpes")],
    "hochtor": [("in_country", "country:austria"), ("crosses_range", "range:alps"),
                ("engineered_by", "person:franz_wallack"), ("has_feature", "feature:hairpin_bends"),
                ("on_route", "route:grossglockner_high_alpine_road")],
    "brenner": [("in_country", "country:austria"), ("in_country", "country:italy"),
                ("crosses_range", "range:alps"), ("has_feature", "feature:railway_line"),
                ("has_feature", "feature:border_crossing"), ("on_route", "route:e45")],
    "khunjerab": [("in_country", "country:china"), ("in_country", "country:pakistan"),
                  ("crosses_range", "range:karakoram"), ("has_feature", "feature:border_crossing"),
                  ("on_route", "route:karakoram_highway")],
    "khardung_la": [("in_country", "country:india"), ("crosses_range", "range:ladakh_range")],
    "rogers": [("in_country", "country:canada"), ("crosses_range", "range:selkirk_mountains"),
               ("has_feature", "feature:railway_line"), ("on_route", "route:trans_canada_highway"),
               ("named_after", "person:albert_bowman_rogers")],
    "kicking_horse": [("in_country", "country:canada"), ("crosses_range", "range:rocky_mountains"),
                      ("has_feature", "feature:railway_line"), ("on_route", "route:trans_canada_highway")],
    "cumberland_gap": [("in_country", "country:united_states"), ("crosses_range", "range:appalachian_mountains"),
                       ("has_feature", "feature:road_tunnel"), ("on_route", "route:wilderness_road")],
    "khyber": [("in_country", "country:pakistan"), ("crosses_range", "range:spin_ghar"),
               ("has_feature", "feature:railway_line"), ("on_route", "route:grand_trunk_road")],
    "donner": [("in_country", "country:united_states"), ("crosses_range", "range:sierra_nevada"),
               ("has_feature", "feature:railway_line"), ("on_route", "route:lincoln_highway"),
               ("named_after", "group:donner_party")],
}

RATINGS = {
    "ana": {"stelvio": 5.0, "gotthard": 4.0, "furka": 2.0, "brenner": 3.0},
    "ben": {"khunjerab": 4.5, "khyber": 1.5, "khardung_la": 5.0, "rogers": 3.5},
    "chen": {"iseran": 4.0, "hochtor": 5.0, "simplon": 2.0, "splugen": 3.0},
    "dara": {"cumberland_gap": 4.5, "donner": 1.0, "kicking_horse": 4.0, "grimsel": 2.5},
    "emil": {"susten": 5.0, "stelvio": 1.5, "rogers": 4.0, "khunjerab": 2.0},
}


def rows():
    out = []
    for slug, facts in FACTS.items():
        for rel, tail in facts:
            out.append((f"pass:{slug}", rel, tail))
    for user, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"pass:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind143")
