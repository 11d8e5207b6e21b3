"""A small ski resorts graph (blind111)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("resort",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to", domain=("resort",), range=("country",)),
    kgx.Relation("in_range", phrase="lies in", inverse_phrase="takes in", domain=("resort",), range=("mountain_range",)),
    kgx.Relation("part_of", phrase="is part of", inverse_phrase="links", domain=("resort",), range=("ski_area",)),
    kgx.Relation("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("resort",), range=("company",)),
    kgx.Relation("hosted", phrase="hosted", inverse_phrase="was held at", domain=("resort",), range=("event",)),
    kgx.Relation("on_mountain", phrase="is on the slopes of", inverse_phrase="carries the runs of", domain=("resort",), range=("mountain",)),
]

_RESORTS = [
    ("sun_valley", "Sun Valley", 1936, ()),
    ("alta", "Alta", 1938, ()),
    ("meribel", "Méribel", 1938, ("Meribel",)),
    ("courchevel", "Courchevel", 1946, ()),
    ("palisades_tahoe", "Palisades Tahoe", 1949, ("Squaw Valley",)),
    ("thredbo", "Thredbo", 1957, ()),
    ("killington", "Killington", 1958, ()),
    ("la_plagne", "La Plagne", 1961, ()),
    ("breckenridge", "Breckenridge", 1961, ()),
    ("vail", "Vail", 1962, ()),
    ("park_city", "Park City Mountain", 1963, ("Park City",)),
    ("steamboat", "Steamboat", 1963, ()),
    ("jackson_hole", "Jackson Hole Mountain Resort", 1965, ("Jackson Hole",)),
    ("whistler_blackcomb", "Whistler Blackcomb", 1966, ()),
    ("avoriaz", "Avoriaz", 1966, ()),
    ("les_arcs", "Les Arcs", 1968, ()),
    ("snowbird", "Snowbird", 1971, ()),
    ("val_thorens", "Val Thorens", 1971, ()),
    ("big_sky", "Big Sky Resort", 1973, ("Big Sky",)),
    ("deer_valley", "Deer Valley", 1981, ()),
]

_ATTRIBUTES = [
    ("country:united_states", "country", "United States"),
    ("country:france", "country", "France"),
    ("country:canada", "country", "Canada"),
    ("country:australia", "country", "Australia"),
    ("range:wasatch", "mountain_range", "Wasatch Range"),
    ("range:rockies", "mountain_range", "Rocky Mountains"),
    ("range:teton", "mountain_range", "Teton Range"),
    ("range:sierra_nevada", "mountain_range", "Sierra Nevada"),
    ("range:green_mountains", "mountain_range", "Green Mountains"),
    ("range:coast_mountains", "mountain_range", "Coast Mountains"),
    ("range:alps", "mountain_range", "Alps"),
    ("range:snowy_mountains", "mountain_range", "Snowy Mountains"),
    ("area:les_3_vallees", "ski_area", "Les 3 Vallées"),
    ("area:paradiski", "ski_area", "Paradiski"),
    ("area:portes_du_soleil", "ski_area", "Portes du Soleil"),
    ("company:vail_resorts", "company", "Vail Resorts"),
    ("company:alterra", "company", "Alterra Mountain Company"),
    ("company:powdr", "company", "Powdr"),
    ("company:compagnie_des_alpes", "company", "Compagnie des Alpes"),
    ("company:boyne", "company", "Boyne Resorts"),
    ("company:sun_valley_company", "company", "Sun Valley Company"),
    ("event:olympics_1960", "event", "1960 Winter Olympics"),
    ("event:olympics_1992", "event", "1992 Winter Olympics"),
    ("event:olympics_2002", "event", "2002 Winter Olympics"),
    ("event:olympics_2010", "event", "2010 Winter Olympics"),
    ("event:worlds_1989", "event", "1989 Alpine World Ski Championships"),
    ("event:worlds_2023", "event", "2023 Alpine World Ski Championships"),
    ("mountain:rendezvous", "mountain", "Rendezvous Mountain"),
    ("mountain:lone_mountain", "mountain", "Lone Mountain"),
    ("mountain:whistler_mountain", "mountain", "Whistler Mountain"),
    ("mountain:blackcomb", "mountain", "Blackcomb Mountain"),
    ("mountain:killington_peak", "mountain", "Killington Peak"),
    ("mountain:vail_mountain", "mountain", "Vail Mountain"),
    ("mountain:bald_mountain", "mountain", "Bald Mountain"),
    ("mountain:mount_werner", "mountain", "Mount Werner"),
    ("mountain:hidden_peak", "mountain", "Hidden Peak"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"resort:{slug}", kind="item", type="resort", label=label,
                      aliases=aliases, attrs={"year": year})
           for slug, label, year, aliases in _RESORTS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in _ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


_FACTS = {
    "sun_valley": [("located_in", "country:united_states"), ("owned_by", "company:sun_valley_company"),
                   ("on_mountain", "mountain:bald_mountain")],
    "alta": [("located_in", "country:united_states"), ("in_range", "range:wasatch")],
    "meribel": [("located_in", "country:france"), ("in_range", "range:alps"), ("part_of", "area:les_3_vallees"),
                ("hosted", "event:olympics_1992"), ("hosted", "event:worlds_2023")],
    "courchevel": [("located_in", "country:france"), ("in_range", "range:alps"), ("part_of", "area:les_3_vallees"),
                   ("hosted", "event:olympics_1992"), ("hosted", "event:worlds_2023")],
    "palisades_tahoe": [("located_in", "country:united_states"), ("in_range", "range:sierra_nevada"),
                        ("owned_by", "company:alterra"), ("hosted", "event:olympics_1960")],
    "thredbo": [("located_in", "country:australia"), ("in_range", "range:snowy_mountains")],
    "killington": [("located_in", "country:united_states"), ("in_range", "range:green_mountains"),
                   ("owned_by", "company:powdr"), ("on_mountain", "mountain:killington_peak")],
    "la_plagne": [("located_in", "country:france"), ("in_range", "range:alps"), ("part_of", "area:paradiski"),
                  ("owned_by", "company:compagnie_des_alpes"), ("hosted", "event:olympics_1992")],
    "breckenridge": [("located_in", "country:united_states"), ("in_range", "range:rockies"),
                     ("owned_by", "company:vail_resorts")],
    "vail": [("located_in", "country:united_states"), ("in_range", "range:rockies"),
             ("owned_by", "company:vail_resorts"), ("hosted", "event:worlds_1989"),
             ("on_mountain", "mountain:vail_mountain")],
    "park_city": [("located_in", "country:united_states"), ("in_range", "range:wasatch"),
                  ("owned_by", "company:vail_resorts"), ("hosted", "event:olympics_2002")],
    "steamboat": [("located_in", "country:united_states"), ("in_range", "range:rockies"),
                  ("owned_by", "company:alterra"), ("on_mountain", "mountain:mount_werner")],
    "jackson_hole": [("located_in", "country:united_states"), ("in_range", "range:teton"),
                     ("on_mountain", "mountain:rendezvous")],
    "whistler_blackcomb": [("located_in", "country:canada"), ("in_range", "range:coast_mountains"),
                           ("owned_by", "company:vail_resorts"), ("hosted", "event:olympics_2010"),
                           ("on_mountain", "mountain:whistler_mountain"), ("on_mountain", "mountain:blackcomb")],
    "avoriaz": [("located_in", "country:france"), ("in_range", "range:alps"), ("part_of", "area:portes_du_soleil")],
    "les_arcs": [("located_in", "country:france"), ("in_range", "range:alps"), ("part_of", "area:paradiski"),
                 ("owned_by", "company:compagnie_des_alpes")],
    "snowbird": [("located_in", "country:united_states"), ("in_range", "range:wasatch"),
                 ("owned_by", "company:powdr"), ("on_mountain", "mountain:hidden_peak")],
    "val_thorens": [("located_in", "country:france"), ("in_range", "range:alps"), ("part_of", "area:les_3_vallees")],
    "big_sky": [("located_in", "country:united_states"), ("in_range", "range:rockies"),
                ("owned_by", "company:boyne"), ("on_mountain", "mountain:lone_mountain")],
    "deer_valley": [("located_in", "country:united_states"), ("in_range", "range:wasatch"),
                    ("owned_by", "company:alterra"), ("hosted", "event:olympics_2002")],
}

_RATINGS = {
    "ana": [("vail", 5.0), ("whistler_blackcomb", 4.5), ("alta", 2.0), ("courchevel", 4.0)],
    "ben": [("jackson_hole", 5.0), ("snowbird", 4.0), ("deer_valley", 1.5), ("val_thorens", 3.0)],
    "chen": [("meribel", 4.5), ("les_arcs", 2.0), ("avoriaz", 5.0), ("thredbo", 3.5)],
    "dara": [("palisades_tahoe", 4.0), ("big_sky", 4.5), ("killington", 1.0), ("park_city", 3.0)],
    "emil": [("steamboat", 5.0), ("breckenridge", 2.5), ("la_plagne", 4.0), ("sun_valley", 4.5)],
}


def rows():
    out = []
    for slug, facts in _FACTS.items():
        for rel, tail in facts:
            out.append((f"resort:{slug}", rel, tail))
    for user, ratings in _RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{user}", "rated", f"resort:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind111")
