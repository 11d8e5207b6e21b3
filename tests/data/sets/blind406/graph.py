"""blind406: a small graph of real playhouses (theatres and opera houses).

``year`` on each theatre is the year its present building opened.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("theatre",)),
    kgx.Relation("located_in", phrase="stands in", inverse_phrase="is home to",
                 domain=("theatre",), range=("city",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("theatre",), range=("architect",)),
    kgx.Relation("has_style", phrase="is an example of", inverse_phrase="is the style of",
                 domain=("theatre",), range=("style",)),
    kgx.Relation("venue_type", phrase="is a", inverse_phrase="is the kind of venue of",
                 domain=("theatre",), range=("kind",)),
    kgx.Relation("operated_by", phrase="is operated by", inverse_phrase="operates",
                 domain=("theatre",), range=("operator",)),
    kgx.Relation("based_at", phrase="is based at", inverse_phrase="is the home of",
                 domain=("company",), range=("theatre",)),
]

_THEATRES = [
    ("palais_garnier", "Palais Garnier", 1875, ("Opéra Garnier",)),
    ("la_scala", "La Scala", 1778, ("Teatro alla Scala",)),
    ("royal_opera_house", "Royal Opera House", 1858, ("Covent Garden",)),
    ("sydney_opera_house", "Sydney Opera House", 1973, ()),
    ("bolshoi_theatre", "Bolshoi Theatre", 1825, ("the Bolshoi",)),
    ("mariinsky_theatre", "Mariinsky Theatre", 1860, ("the Mariinsky",)),
    ("vienna_state_opera", "Vienna State Opera", 1869, ("Wiener Staatsoper",)),
    ("semperoper", "Semperoper", 1878, ("Semper Opera House",)),
    ("la_fenice", "Teatro La Fenice", 1792, ("La Fenice",)),
    ("san_carlo", "Teatro di San Carlo", 1737, ("San Carlo",)),
    ("bayreuth_festspielhaus", "Bayreuth Festspielhaus", 1876, ("Bayreuth Festival Theatre",)),
    ("margravial_opera_house", "Margravial Opera House", 1748, ()),
    ("estates_theatre", "Estates Theatre", 1783, ()),
    ("shakespeares_globe", "Shakespeare's Globe", 1997, ("the Globe",)),
    ("london_palladium", "London Palladium", 1910, ("the Palladium",)),
    ("drury_lane", "Theatre Royal, Drury Lane", 1812, ("Drury Lane",)),
    ("london_coliseum", "London Coliseum", 1904, ("the Coliseum",)),
    ("hackney_empire", "Hackney Empire", 1901, ()),
    ("majestic_theatre", "Majestic Theatre", 1927, ()),
    ("richard_rodgers_theatre", "Richard Rodgers Theatre", 1925, ()),
]

_ATTRIBUTES = {
    "city": ["Paris", "Milan", "London", "Sydney", "Moscow", "Saint Petersburg", "Vienna",
             "Dresden", "Venice", "Naples", "Bayreuth", "Prague", "New York City"],
    "architect": ["Charles Garnier", "Giuseppe Piermarini", "Edward Middleton Barry", "Jørn Utzon",
                  "Joseph Bové", "Albert Cavos", "August Sicard von Sicardsburg",
                  "Eduard van der Nüll", "Gottfried Semper", "Giannantonio Selva",
                  "Giovanni Antonio Medrano", "Otto Brückwald", "Giuseppe Galli Bibiena",
                  "Anton Haffenecker", "Theo Crosby", "Frank Matcham", "Benjamin Dean Wyatt",
                  "Herbert J. Krapp"],
    "style": ["Beaux-Arts architecture", "Neoclassical architecture", "Neo-Renaissance architecture",
              "Baroque architecture", "Expressionist architecture"],
    "kind": ["Opera house", "Performing arts centre", "Open-air theatre", "West End theatre",
             "Music hall", "Broadway theatre"],
    "operator": ["Paris Opera", "LW Theatres", "Shubert Organization", "Nederlander Organization",
                 "Shakespeare Globe Trust"],
    "company": ["Paris Opera Ballet", "Filarmonica della Scala", "The Royal Ballet", "The Royal Opera",
                "Opera Australia", "Bolshoi Ballet", "Mariinsky Ballet", "Vienna State Ballet",
                "Staatskapelle Dresden", "English National Opera"],
}


def _slug(label):
    import re
    import unicodedata
    s = unicodedata.normalize("NFKD", label.replace("ø", "o").replace("Ø", "O")).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", s.lower()).strip("_")


def _id(type_, label):
    return f"{type_}:{_slug(label)}"


USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, label, year, aliases in _THEATRES:
        out.append(kgx.Entity(f"theatre:{slug}", kind="item", type="theatre", label=label,
                              aliases=aliases, attrs={"year": year}))
    for type_, labels in _ATTRIBUTES.items():
        for label in labels:
            out.append(kgx.Entity(_id(type_, label), kind="attribute", type=type_, label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


def _t(slug):
    return f"theatre:{slug}"


_FACTS = {
    # theatre: (city, [architects], style or None, kind or None, operator or None)
    "palais_garnier": ("Paris", ["Charles Garnier"], "Beaux-Arts architecture", "Opera house", "Paris Opera"),
    "la_scala": ("Milan", ["Giuseppe Piermarini"], "Neoclassical architecture", "Opera house", None),
    "royal_opera_house": ("London", ["Edward Middleton Barry"], None, "Opera house", None),
    "sydney_opera_house": ("Sydney", ["Jørn Utzon"], "Expressionist architecture", "Performing arts centre", None),
    "bolshoi_theatre": ("Moscow", ["Joseph Bové"], "Neoclassical architecture", None, None),
    "mariinsky_theatre": ("Saint Petersburg", ["Albert Cavos"], None, None, None),
    "vienna_state_opera": ("Vienna", ["August Sicard von Sicardsburg", "Eduard van der Nüll"],
                           "Neo-Renaissance architecture", "Opera house", None),
    "semperoper": ("Dresden", ["Gottfried Semper"], None, "Opera house", None),
    "la_fenice": ("Venice", ["Giannantonio Selva"], "Neoclassical architecture", "Opera house", None),
    "san_carlo": ("Naples", ["Giovanni Antonio Medrano"], None, "Opera house", None),
    "bayreuth_festspielhaus": ("Bayreuth", ["Otto Brückwald"], None, "Opera house", None),
    "margravial_opera_house": ("Bayreuth", ["Giuseppe Galli Bibiena"], "Baroque architecture", "Opera house", None),
    "estates_theatre": ("Prague", ["Anton Haffenecker"], "Neoclassical architecture", None, None),
    "shakespeares_globe": ("London", ["Theo Crosby"], None, "Open-air theatre", "Shakespeare Globe Trust"),
    "london_palladium": ("London", ["Frank Matcham"], None, "West End theatre", "LW Theatres"),
    "drury_lane": ("London", ["Benjamin Dean Wyatt"], None, "West End theatre", "LW Theatres"),
    "london_coliseum": ("London", ["Frank Matcham"], None, "West End theatre", None),
    "hackney_empire": ("London", ["Frank Matcham"], None, "Music hall", None),
    "majestic_theatre": ("New York City", ["Herbert J. Krapp"], None, "Broadway theatre", "Shubert Organization"),
    "richard_rodgers_theatre": ("New York City", ["Herbert J. Krapp"], None, "Broadway theatre",
                                "Nederlander Organization"),
}

_BASED_AT = [
    ("Paris Opera Ballet", "palais_garnier"),
    ("Filarmonica della Scala", "la_scala"),
    ("The Royal Ballet", "royal_opera_house"),
    ("The Royal Opera", "royal_opera_house"),
    ("Opera Australia", "sydney_opera_house"),
    ("Bolshoi Ballet", "bolshoi_theatre"),
    ("Mariinsky Ballet", "mariinsky_theatre"),
    ("Vienna State Ballet", "vienna_state_opera"),
    ("Staatskapelle Dresden", "semperoper"),
    ("English National Opera", "london_coliseum"),
]

_RATINGS = {
    "ana": {"palais_garnier": 5.0, "la_scala": 4.5, "hackney_empire": 2.0, "sydney_opera_house": 3.5},
    "ben": {"london_palladium": 4.0, "majestic_theatre": 1.5, "shakespeares_globe": 5.0, "bolshoi_theatre": 3.0},
    "chen": {"vienna_state_opera": 4.5, "semperoper": 4.0, "bayreuth_festspielhaus": 1.0, "estates_theatre": 3.0},
    "dara": {"richard_rodgers_theatre": 5.0, "london_coliseum": 2.5, "royal_opera_house": 4.0, "san_carlo": 1.5},
    "emil": {"mariinsky_theatre": 4.5, "la_fenice": 2.0, "drury_lane": 3.5, "margravial_opera_house": 5.0},
}


def rows():
    out = []
    for slug, (city, architects, style, kind, operator) in _FACTS.items():
        out.append((_t(slug), "located_in", _id("city", city)))
        for a in architects:
            out.append((_t(slug), "designed_by", _id("architect", a)))
        if style:
            out.append((_t(slug), "has_style", _id("style", style)))
        if kind:
            out.append((_t(slug), "venue_type", _id("kind", kind)))
        if operator:
            out.append((_t(slug), "operated_by", _id("operator", operator)))
    for company, slug in _BASED_AT:
        out.append((_id("company", company), "based_at", _t(slug)))
    for user, ratings in _RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", _t(slug), {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind406")
