"""A small graph of professional golfers (blind357).

Items are golfers; their ``year`` attribute is the year of birth.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("golfer",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("golfer",), range=("country",)),
    kgx.Relation("won", phrase="won", inverse_phrase="was won by",
                 domain=("golfer",), range=("tournament",)),
    kgx.Relation("college", phrase="played college golf at",
                 inverse_phrase="had on its college golf team",
                 domain=("golfer",), range=("university",)),
    kgx.Relation("team_event", phrase="played in", inverse_phrase="featured",
                 domain=("golfer",), range=("team_event",)),
    kgx.Relation("plays", phrase="plays", inverse_phrase="is the playing side of",
                 domain=("golfer",), range=("handedness",)),
]

# slug: (label, birth year)
GOLFERS = {
    "tiger_woods": ("Tiger Woods", 1975),
    "jack_nicklaus": ("Jack Nicklaus", 1940),
    "phil_mickelson": ("Phil Mickelson", 1970),
    "rory_mcilroy": ("Rory McIlroy", 1989),
    "seve_ballesteros": ("Seve Ballesteros", 1957),
    "gary_player": ("Gary Player", 1935),
    "ernie_els": ("Ernie Els", 1969),
    "vijay_singh": ("Vijay Singh", 1963),
    "bubba_watson": ("Bubba Watson", 1978),
    "mike_weir": ("Mike Weir", 1970),
    "jordan_spieth": ("Jordan Spieth", 1993),
    "sergio_garcia": ("Sergio García", 1980),
    "hideki_matsuyama": ("Hideki Matsuyama", 1992),
    "annika_sorenstam": ("Annika Sörenstam", 1970),
    "lorena_ochoa": ("Lorena Ochoa", 1981),
    "jon_rahm": ("Jon Rahm", 1994),
    "scottie_scheffler": ("Scottie Scheffler", 1996),
    "nelly_korda": ("Nelly Korda", 1998),
}

ATTRIBUTES = [
    ("country:united_states", "country", "United States"),
    ("country:northern_ireland", "country", "Northern Ireland"),
    ("country:spain", "country", "Spain"),
    ("country:south_africa", "country", "South Africa"),
    ("country:fiji", "country", "Fiji"),
    ("country:canada", "country", "Canada"),
    ("country:japan", "country", "Japan"),
    ("country:sweden", "country", "Sweden"),
    ("country:mexico", "country", "Mexico"),
    ("tournament:masters", "tournament", "Masters Tournament"),
    ("tournament:us_open", "tournament", "U.S. Open"),
    ("tournament:open_championship", "tournament", "The Open Championship"),
    ("tournament:pga_championship", "tournament", "PGA Championship"),
    ("tournament:us_womens_open", "tournament", "U.S. Women's Open"),
    ("tournament:womens_british_open", "tournament", "Women's British Open"),
    ("tournament:womens_pga_championship", "tournament", "Women's PGA Championship"),
    ("university:stanford", "university", "Stanford University"),
    ("university:ohio_state", "university", "Ohio State University"),
    ("university:arizona_state", "university", "Arizona State University"),
    ("university:georgia", "university", "University of Georgia"),
    ("university:byu", "university", "Brigham Young University"),
    ("university:texas", "university", "University of Texas"),
    ("university:tohoku_fukushi", "university", "Tohoku Fukushi University"),
    ("university:arizona", "university", "University of Arizona"),
    ("team_event:ryder_cup", "team_event", "Ryder Cup"),
    ("team_event:presidents_cup", "team_event", "Presidents Cup"),
    ("team_event:solheim_cup", "team_event", "Solheim Cup"),
    ("handedness:left", "handedness", "left-handed"),
    ("handedness:right", "handedness", "right-handed"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"golfer:{slug}", kind="item", type="golfer", label=label,
                      attrs={"year": year})
           for slug, (label, year) in GOLFERS.items()]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label)
            for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


# golfer slug: (birth country, majors won, college, team events, playing side)
FACTS = {
    "tiger_woods": ("united_states", ["masters", "us_open", "open_championship", "pga_championship"],
                    "stanford", ["ryder_cup", "presidents_cup"], "right"),
    "jack_nicklaus": ("united_states", ["masters", "us_open", "open_championship", "pga_championship"],
                      "ohio_state", ["ryder_cup"], "right"),
    "phil_mickelson": ("united_states", ["masters", "open_championship", "pga_championship"],
                       "arizona_state", ["ryder_cup", "presidents_cup"], "left"),
    "rory_mcilroy": ("northern_ireland", ["masters", "us_open", "open_championship", "pga_championship"],
                     None, ["ryder_cup"], "right"),
    "seve_ballesteros": ("spain", ["masters", "open_championship"], None, ["ryder_cup"], "right"),
    "gary_player": ("south_africa", ["masters", "us_open", "open_championship", "pga_championship"],
                    None, [], "right"),
    "ernie_els": ("south_africa", ["us_open", "open_championship"], None, ["presidents_cup"], "right"),
    "vijay_singh": ("fiji", ["masters", "pga_championship"], None, ["presidents_cup"], "right"),
    "bubba_watson": ("united_states", ["masters"], "georgia", ["ryder_cup", "presidents_cup"], "left"),
    "mike_weir": ("canada", ["masters"], "byu", ["presidents_cup"], "left"),
    "jordan_spieth": ("united_states", ["masters", "us_open", "open_championship"], "texas",
                      ["ryder_cup", "presidents_cup"], "right"),
    "sergio_garcia": ("spain", ["masters"], None, ["ryder_cup"], "right"),
    "hideki_matsuyama": ("japan", ["masters"], "tohoku_fukushi", ["presidents_cup"], "right"),
    "annika_sorenstam": ("sweden", ["us_womens_open"], "arizona", ["solheim_cup"], "right"),
    "lorena_ochoa": ("mexico", ["womens_british_open"], "arizona", [], "right"),
    "jon_rahm": ("spain", ["masters", "us_open"], "arizona_state", ["ryder_cup"], "right"),
    "scottie_scheffler": ("united_states", ["masters"], "texas", ["ryder_cup", "presidents_cup"], "right"),
    "nelly_korda": ("united_states", ["womens_pga_championship"], None, ["solheim_cup"], "right"),
}

RATINGS = {
    "ana": {"tiger_woods": 5.0, "phil_mickelson": 4.5, "annika_sorenstam": 2.0, "seve_ballesteros": 3.5},
    "ben": {"rory_mcilroy": 4.0, "jordan_spieth": 1.5, "sergio_garcia": 3.0, "bubba_watson": 5.0},
    "chen": {"hideki_matsuyama": 4.5, "vijay_singh": 2.5, "ernie_els": 4.0, "lorena_ochoa": 1.0},
    "dara": {"nelly_korda": 5.0, "lorena_ochoa": 4.5, "jack_nicklaus": 2.0, "scottie_scheffler": 3.5},
    "emil": {"jon_rahm": 4.0, "gary_player": 0.5, "mike_weir": 4.5, "tiger_woods": 3.0},
}


def rows():
    out = []
    for slug, (country, majors, college, teams, side) in FACTS.items():
        g = f"golfer:{slug}"
        out.append((g, "born_in", f"country:{country}"))
        out += [(g, "won", f"tournament:{m}") for m in majors]
        if college:
            out.append((g, "college", f"university:{college}"))
        out += [(g, "team_event", f"team_event:{t}") for t in teams]
        out.append((g, "plays", f"handedness:{side}"))
    for user, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"golfer:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind357")
