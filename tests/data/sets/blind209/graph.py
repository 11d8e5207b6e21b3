"""A small tennis tournaments graph (blind209)."""
import kgexplain as kgx

T = "tournament"

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=(T,)),
    kgx.Relation("held_in", phrase="is held in", inverse_phrase="hosts", domain=(T,), range=("city",)),
    kgx.Relation("played_on", phrase="is played on", inverse_phrase="is the surface of", domain=(T,), range=("surface",)),
    kgx.Relation("part_of", phrase="is part of", inverse_phrase="includes", domain=(T,), range=("series",)),
    kgx.Relation("organised_by", phrase="is organised by", inverse_phrase="organises", domain=(T,), range=("organisation",)),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=(T,), range=("person",)),
]

# (slug, label, year first held, aliases)
TOURNAMENTS = [
    ("wimbledon", "Wimbledon", 1877, ("The Championships, Wimbledon",)),
    ("us_open", "US Open", 1881, ()),
    ("french_open", "French Open", 1891, ("Roland Garros",)),
    ("australian_open", "Australian Open", 1905, ()),
    ("indian_wells_open", "Indian Wells Open", 1974, ()),
    ("miami_open", "Miami Open", 1985, ()),
    ("monte_carlo_masters", "Monte-Carlo Masters", 1897, ()),
    ("madrid_open", "Madrid Open", 2002, ()),
    ("italian_open", "Italian Open", 1930, ()),
    ("canadian_open", "Canadian Open", 1881, ()),
    ("cincinnati_open", "Cincinnati Open", 1899, ()),
    ("shanghai_masters", "Shanghai Masters", 2009, ()),
    ("barcelona_open", "Barcelona Open", 1953, ()),
    ("atp_finals", "ATP Finals", 1970, ()),
    ("queens_club_championships", "Queen's Club Championships", 1890, ()),
    ("halle_open", "Halle Open", 1993, ()),
    ("davis_cup", "Davis Cup", 1900, ()),
    ("billie_jean_king_cup", "Billie Jean King Cup", 1963, ()),
    ("laver_cup", "Laver Cup", 2017, ()),
]

ATTRIBUTES = [
    ("city:london", "city", "London"),
    ("city:new_york_city", "city", "New York City"),
    ("city:paris", "city", "Paris"),
    ("city:melbourne", "city", "Melbourne"),
    ("city:indian_wells", "city", "Indian Wells"),
    ("city:miami_gardens", "city", "Miami Gardens"),
    ("city:roquebrune_cap_martin", "city", "Roquebrune-Cap-Martin"),
    ("city:madrid", "city", "Madrid"),
    ("city:rome", "city", "Rome"),
    ("city:montreal", "city", "Montreal"),
    ("city:toronto", "city", "Toronto"),
    ("city:mason", "city", "Mason"),
    ("city:shanghai", "city", "Shanghai"),
    ("city:barcelona", "city", "Barcelona"),
    ("city:turin", "city", "Turin"),
    ("city:halle", "city", "Halle"),
    ("surface:grass", "surface", "Grass"),
    ("surface:clay", "surface", "Clay"),
    ("surface:hard_court", "surface", "Hard court"),
    ("series:grand_slam", "series", "Grand Slam"),
    ("series:atp_masters_1000", "series", "ATP Masters 1000"),
    ("series:wta_1000", "series", "WTA 1000"),
    ("series:atp_500", "series", "ATP 500"),
    ("org:aeltc", "organisation", "All England Lawn Tennis and Croquet Club"),
    ("org:usta", "organisation", "United States Tennis Association"),
    ("org:fft", "organisation", "French Tennis Federation"),
    ("org:tennis_australia", "organisation", "Tennis Australia"),
    ("org:tennis_canada", "organisation", "Tennis Canada"),
    ("org:fitp", "organisation", "Italian Tennis and Padel Federation"),
    ("org:atp", "organisation", "Association of Tennis Professionals"),
    ("org:lta", "organisation", "Lawn Tennis Association"),
    ("org:itf", "organisation", "International Tennis Federation"),
    ("org:rctb", "organisation", "Real Club de Tenis Barcelona"),
    ("person:dwight_davis", "person", "Dwight F. Davis"),
    ("person:billie_jean_king", "person", "Billie Jean King"),
    ("person:rod_laver", "person", "Rod Laver"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, label, year, aliases in TOURNAMENTS:
        out.append(kgx.Entity(f"tournament:{slug}", kind="item", type=T, label=label,
                              aliases=aliases, attrs={"year": year}))
    for eid, typ, label in ATTRIBUTES:
        out.append(kgx.Entity(eid, kind="attribute", type=typ, label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


FACTS = {
    "wimbledon": {"held_in": ["london"], "played_on": ["grass"], "part_of": ["grand_slam"], "organised_by": ["aeltc"]},
    "us_open": {"held_in": ["new_york_city"], "played_on": ["hard_court"], "part_of": ["grand_slam"], "organised_by": ["usta"]},
    "french_open": {"held_in": ["paris"], "played_on": ["clay"], "part_of": ["grand_slam"], "organised_by": ["fft"]},
    "australian_open": {"held_in": ["melbourne"], "played_on": ["hard_court"], "part_of": ["grand_slam"], "organised_by": ["tennis_australia"]},
    "indian_wells_open": {"held_in": ["indian_wells"], "played_on": ["hard_court"], "part_of": ["atp_masters_1000", "wta_1000"]},
    "miami_open": {"held_in": ["miami_gardens"], "played_on": ["hard_court"], "part_of": ["atp_masters_1000", "wta_1000"]},
    "monte_carlo_masters": {"held_in": ["roquebrune_cap_martin"], "played_on": ["clay"], "part_of": ["atp_masters_1000"]},
    "madrid_open": {"held_in": ["madrid"], "played_on": ["clay"], "part_of": ["atp_masters_1000", "wta_1000"]},
    "italian_open": {"held_in": ["rome"], "played_on": ["clay"], "part_of": ["atp_masters_1000", "wta_1000"], "organised_by": ["fitp"]},
    "canadian_open": {"held_in": ["montreal", "toronto"], "played_on": ["hard_court"], "part_of": ["atp_masters_1000", "wta_1000"], "organised_by": ["tennis_canada"]},
    "cincinnati_open": {"held_in": ["mason"], "played_on": ["hard_court"], "part_of": ["atp_masters_1000", "wta_1000"]},
    "shanghai_masters": {"held_in": ["shanghai"], "played_on": ["hard_court"], "part_of": ["atp_masters_1000"]},
    "barcelona_open": {"held_in": ["barcelona"], "played_on": ["clay"], "part_of": ["atp_500"], "organised_by": ["rctb"]},
    "atp_finals": {"held_in": ["turin"], "played_on": ["hard_court"], "organised_by": ["atp"]},
    "queens_club_championships": {"held_in": ["london"], "played_on": ["grass"], "part_of": ["atp_500"], "organised_by": ["lta"]},
    "halle_open": {"held_in": ["halle"], "played_on": ["grass"], "part_of": ["atp_500"]},
    "davis_cup": {"organised_by": ["itf"], "named_after": ["dwight_davis"]},
    "billie_jean_king_cup": {"organised_by": ["itf"], "named_after": ["billie_jean_king"]},
    "laver_cup": {"played_on": ["hard_court"], "named_after": ["rod_laver"]},
}

PREFIX = {"held_in": "city", "played_on": "surface", "part_of": "series", "organised_by": "org", "named_after": "person"}

RATINGS = {
    "ana": {"wimbledon": 5.0, "french_open": 4.5, "laver_cup": 2.0, "miami_open": 3.0},
    "ben": {"us_open": 4.0, "davis_cup": 1.5, "madrid_open": 3.5, "australian_open": 5.0},
    "chen": {"shanghai_masters": 4.5, "monte_carlo_masters": 2.0, "atp_finals": 4.0, "italian_open": 1.0},
    "dara": {"queens_club_championships": 4.5, "halle_open": 3.0, "indian_wells_open": 5.0, "billie_jean_king_cup": 2.5},
    "emil": {"canadian_open": 1.5, "cincinnati_open": 4.0, "barcelona_open": 5.0, "wimbledon": 3.5},
}


def rows():
    out = []
    for slug, rels in FACTS.items():
        for rel, tails in rels.items():
            for tail in tails:
                out.append((f"tournament:{slug}", rel, f"{PREFIX[rel]}:{tail}"))
    for user, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"tournament:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind209")
