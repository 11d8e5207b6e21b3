"""A small graph of Major League Baseball teams (blind281).

Each team's ``year`` is the year of its first Major League season
(for teams that moved or were renamed, the franchise's first season).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("team",)),
    kgx.Relation("located_in", phrase="is based in", inverse_phrase="is home to",
                 domain=("team",), range=("city",)),
    kgx.Relation("plays_at", phrase="plays its home games at",
                 inverse_phrase="is the home ballpark of",
                 domain=("team",), range=("ballpark",)),
    kgx.Relation("in_league", phrase="is a member of", inverse_phrase="has as a member",
                 domain=("team",), range=("league",)),
    kgx.Relation("in_division", phrase="plays in", inverse_phrase="includes",
                 domain=("team",), range=("division",)),
    kgx.Relation("has_mascot", phrase="has the mascot", inverse_phrase="is the mascot of",
                 domain=("team",), range=("mascot",)),
    kgx.Relation("roof", phrase="has a", inverse_phrase="is a feature of",
                 domain=("ballpark",), range=("roof type",)),
    kgx.Relation("team_kind", phrase="joined the majors as a", inverse_phrase="describes",
                 domain=("team",), range=("team kind",)),
]

# slug, label, first MLB season, city, ballpark, league, division, mascot, kind
TEAMS = [
    ("chicago_cubs", "Chicago Cubs", 1876, "chicago", "wrigley_field", "national_league", "nl_central", "clark_the_cub", "charter"),
    ("st_louis_cardinals", "St. Louis Cardinals", 1882, "st_louis", "busch_stadium", "national_league", "nl_central", "fredbird", None),
    ("philadelphia_phillies", "Philadelphia Phillies", 1883, "philadelphia", "citizens_bank_park", "national_league", "nl_east", "phillie_phanatic", None),
    ("san_francisco_giants", "San Francisco Giants", 1883, "san_francisco", "oracle_park", "national_league", "nl_west", "lou_seal", None),
    ("boston_red_sox", "Boston Red Sox", 1901, "boston", "fenway_park", "american_league", "al_east", "wally", "charter"),
    ("detroit_tigers", "Detroit Tigers", 1901, "detroit", "comerica_park", "american_league", "al_central", "paws", "charter"),
    ("new_york_yankees", "New York Yankees", 1901, "new_york_city", "yankee_stadium", "american_league", "al_east", None, "charter"),
    ("cleveland_guardians", "Cleveland Guardians", 1901, "cleveland", "progressive_field", "american_league", "al_central", "slider", "charter"),
    ("los_angeles_angels", "Los Angeles Angels", 1961, "anaheim", "angel_stadium", "american_league", "al_west", None, "expansion"),
    ("new_york_mets", "New York Mets", 1962, "new_york_city", "citi_field", "national_league", "nl_east", "mr_met", "expansion"),
    ("kansas_city_royals", "Kansas City Royals", 1969, "kansas_city", "kauffman_stadium", "american_league", "al_central", "sluggerrr", "expansion"),
    ("san_diego_padres", "San Diego Padres", 1969, "san_diego", "petco_park", "national_league", "nl_west", "swinging_friar", "expansion"),
    ("milwaukee_brewers", "Milwaukee Brewers", 1969, "milwaukee", "american_family_field", "national_league", "nl_central", "bernie_brewer", "expansion"),
    ("seattle_mariners", "Seattle Mariners", 1977, "seattle", "t_mobile_park", "american_league", "al_west", "mariner_moose", "expansion"),
    ("toronto_blue_jays", "Toronto Blue Jays", 1977, "toronto", "rogers_centre", "american_league", "al_east", "ace", "expansion"),
    ("colorado_rockies", "Colorado Rockies", 1993, "denver", "coors_field", "national_league", "nl_west", "dinger", "expansion"),
    ("miami_marlins", "Miami Marlins", 1993, "miami", "loandepot_park", "national_league", "nl_east", "billy_the_marlin", "expansion"),
    ("arizona_diamondbacks", "Arizona Diamondbacks", 1998, "phoenix", "chase_field", "national_league", "nl_west", "d_baxter", "expansion"),
]

CITIES = {
    "chicago": "Chicago", "st_louis": "St. Louis", "philadelphia": "Philadelphia",
    "san_francisco": "San Francisco", "boston": "Boston", "detroit": "Detroit",
    "new_york_city": "New York City", "cleveland": "Cleveland", "anaheim": "Anaheim",
    "kansas_city": "Kansas City", "san_diego": "San Diego", "milwaukee": "Milwaukee",
    "seattle": "Seattle", "toronto": "Toronto", "denver": "Denver", "miami": "Miami",
    "phoenix": "Phoenix",
}

# slug: (label, roof)
BALLPARKS = {
    "wrigley_field": ("Wrigley Field", "open_air"),
    "busch_stadium": ("Busch Stadium", "open_air"),
    "citizens_bank_park": ("Citizens Bank Park", "open_air"),
    "oracle_park": ("Oracle Park", "open_air"),
    "fenway_park": ("Fenway Park", "open_air"),
    "comerica_park": ("Comerica Park", "open_air"),
    "yankee_stadium": ("Yankee Stadium", "open_air"),
    "progressive_field": ("Progressive Field", "open_air"),
    "angel_stadium": ("Angel Stadium", "open_air"),
    "citi_field": ("Citi Field", "open_air"),
    "kauffman_stadium": ("Kauffman Stadium", "open_air"),
    "petco_park": ("Petco Park", "open_air"),
    "american_family_field": ("American Family Field", "retractable"),
    "t_mobile_park": ("T-Mobile Park", "retractable"),
    "rogers_centre": ("Rogers Centre", "retractable"),
    "coors_field": ("Coors Field", "open_air"),
    "loandepot_park": ("loanDepot park", "retractable"),
    "chase_field": ("Chase Field", "retractable"),
}

LEAGUES = {"national_league": "National League", "american_league": "American League"}

DIVISIONS = {
    "nl_east": ("NL East", ("National League East",)),
    "nl_central": ("NL Central", ("National League Central",)),
    "nl_west": ("NL West", ("National League West",)),
    "al_east": ("AL East", ("American League East",)),
    "al_central": ("AL Central", ("American League Central",)),
    "al_west": ("AL West", ("American League West",)),
}

MASCOTS = {
    "clark_the_cub": ("Clark the Cub", ()),
    "fredbird": ("Fredbird", ()),
    "phillie_phanatic": ("Phillie Phanatic", ("the Phanatic",)),
    "lou_seal": ("Lou Seal", ()),
    "wally": ("Wally the Green Monster", ("Wally",)),
    "paws": ("Paws", ()),
    "slider": ("Slider", ()),
    "mr_met": ("Mr. Met", ()),
    "sluggerrr": ("Sluggerrr", ()),
    "swinging_friar": ("Swinging Friar", ()),
    "bernie_brewer": ("Bernie Brewer", ()),
    "mariner_moose": ("Mariner Moose", ()),
    "ace": ("Ace", ()),
    "dinger": ("Dinger", ()),
    "billy_the_marlin": ("Billy the Marlin", ()),
    "d_baxter": ("D. Baxter the Bobcat", ("Baxter the Bobcat",)),
}

ROOFS = {"retractable": "retractable roof", "open_air": "open-air design"}
KINDS = {"expansion": "expansion team", "charter": "charter franchise"}

USERS = ["ana", "ben", "chen", "dara", "emil"]

RATINGS = [
    ("ana", "chicago_cubs", 5.0),
    ("ana", "boston_red_sox", 4.5),
    ("ana", "new_york_yankees", 1.5),
    ("ana", "seattle_mariners", 3.0),
    ("ben", "san_francisco_giants", 4.0),
    ("ben", "san_diego_padres", 2.0),
    ("ben", "colorado_rockies", 3.5),
    ("ben", "new_york_mets", 5.0),
    ("chen", "toronto_blue_jays", 4.5),
    ("chen", "detroit_tigers", 2.5),
    ("chen", "st_louis_cardinals", 1.0),
    ("chen", "milwaukee_brewers", 4.0),
    ("dara", "philadelphia_phillies", 5.0),
    ("dara", "miami_marlins", 0.5),
    ("dara", "kansas_city_royals", 4.0),
    ("dara", "los_angeles_angels", 3.0),
    ("emil", "cleveland_guardians", 3.5),
    ("emil", "arizona_diamondbacks", 4.5),
    ("emil", "new_york_yankees", 4.0),
    ("emil", "chicago_cubs", 2.0),
]


def entities():
    out = []
    for slug, label, year, *_ in TEAMS:
        out.append(kgx.Entity(f"team:{slug}", kind="item", type="team", label=label,
                              attrs={"year": year}))
    for slug, label in CITIES.items():
        out.append(kgx.Entity(f"city:{slug}", kind="attribute", type="city", label=label))
    for slug, (label, _) in BALLPARKS.items():
        out.append(kgx.Entity(f"park:{slug}", kind="attribute", type="ballpark", label=label))
    for slug, label in LEAGUES.items():
        out.append(kgx.Entity(f"league:{slug}", kind="attribute", type="league", label=label))
    for slug, (label, aliases) in DIVISIONS.items():
        out.append(kgx.Entity(f"division:{slug}", kind="attribute", type="division",
                              label=label, aliases=aliases))
    for slug, (label, aliases) in MASCOTS.items():
        out.append(kgx.Entity(f"mascot:{slug}", kind="attribute", type="mascot",
                              label=label, aliases=aliases))
    for slug, label in ROOFS.items():
        out.append(kgx.Entity(f"roof:{slug}", kind="attribute", type="roof type", label=label))
    for slug, label in KINDS.items():
        out.append(kgx.Entity(f"kind:{slug}", kind="attribute", type="team kind", label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


def rows():
    out = []
    for slug, _label, _year, city, park, league, division, mascot, kind in TEAMS:
        t = f"team:{slug}"
        out.append((t, "located_in", f"city:{city}"))
        out.append((t, "plays_at", f"park:{park}"))
        out.append((t, "in_league", f"league:{league}"))
        out.append((t, "in_division", f"division:{division}"))
        if mascot:
            out.append((t, "has_mascot", f"mascot:{mascot}"))
        if kind:
            out.append((t, "team_kind", f"kind:{kind}"))
    for slug, (_label, roof) in BALLPARKS.items():
        out.append((f"park:{slug}", "roof", f"roof:{roof}"))
    for user, team, r in RATINGS:
        out.append((f"user:{user}", "rated", f"team:{team}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind281")
