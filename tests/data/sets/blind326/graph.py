"""blind326: a small graph of Test cricketers.

Items are cricketers; their ``year`` attribute is the year of their Test debut.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("cricketer",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("cricketer",), range=("place",)),
    kgx.Relation("represented", phrase="played Test cricket for", inverse_phrase="was represented in Tests by",
                 domain=("cricketer",), range=("national_team",)),
    kgx.Relation("captained", phrase="captained", inverse_phrase="was captained by",
                 domain=("cricketer",), range=("national_team",)),
    kgx.Relation("coached", phrase="coached", inverse_phrase="was coached by",
                 domain=("cricketer",), range=("national_team",)),
    kgx.Relation("played_domestic_for", phrase="played domestic cricket for",
                 inverse_phrase="had on its books",
                 domain=("cricketer",), range=("domestic_team",)),
    kgx.Relation("has_role", phrase="played as a", inverse_phrase="is the role of",
                 domain=("cricketer",), range=("role",)),
]

# slug: (label, Test debut year)
CRICKETERS = {
    "sachin_tendulkar": ("Sachin Tendulkar", 1989),
    "don_bradman": ("Don Bradman", 1928),
    "shane_warne": ("Shane Warne", 1992),
    "muttiah_muralitharan": ("Muttiah Muralitharan", 1992),
    "brian_lara": ("Brian Lara", 1990),
    "ian_botham": ("Ian Botham", 1977),
    "viv_richards": ("Viv Richards", 1974),
    "kapil_dev": ("Kapil Dev", 1978),
    "imran_khan": ("Imran Khan", 1971),
    "wasim_akram": ("Wasim Akram", 1985),
    "jacques_kallis": ("Jacques Kallis", 1995),
    "ricky_ponting": ("Ricky Ponting", 1995),
    "james_anderson": ("James Anderson", 2003),
    "rahul_dravid": ("Rahul Dravid", 1996),
    "anil_kumble": ("Anil Kumble", 1990),
    "brendon_mccullum": ("Brendon McCullum", 2004),
    "richard_hadlee": ("Richard Hadlee", 1973),
    "adam_gilchrist": ("Adam Gilchrist", 1999),
    "kumar_sangakkara": ("Kumar Sangakkara", 2000),
}

PLACES = {
    "mumbai": "Mumbai", "cootamundra": "Cootamundra", "upper_ferntree_gully": "Upper Ferntree Gully",
    "kandy": "Kandy", "santa_cruz": "Santa Cruz", "heswall": "Heswall", "st_johns": "St John's",
    "chandigarh": "Chandigarh", "lahore": "Lahore", "cape_town": "Cape Town", "launceston": "Launceston",
    "burnley": "Burnley", "indore": "Indore", "bangalore": "Bangalore", "dunedin": "Dunedin",
    "christchurch": "Christchurch", "bellingen": "Bellingen", "matale": "Matale",
}

NATIONAL_TEAMS = {
    "india": "India", "australia": "Australia", "england": "England", "west_indies": "West Indies",
    "pakistan": "Pakistan", "sri_lanka": "Sri Lanka", "south_africa": "South Africa",
    "new_zealand": "New Zealand",
}

DOMESTIC_TEAMS = {
    "yorkshire": "Yorkshire", "new_south_wales": "New South Wales", "south_australia": "South Australia",
    "victoria": "Victoria", "hampshire": "Hampshire", "lancashire": "Lancashire",
    "trinidad_and_tobago": "Trinidad and Tobago", "warwickshire": "Warwickshire", "somerset": "Somerset",
    "worcestershire": "Worcestershire", "durham": "Durham", "glamorgan": "Glamorgan", "haryana": "Haryana",
    "northamptonshire": "Northamptonshire", "sussex": "Sussex", "western_province": "Western Province",
    "tasmania": "Tasmania", "karnataka": "Karnataka", "otago": "Otago", "canterbury": "Canterbury",
    "nottinghamshire": "Nottinghamshire", "western_australia": "Western Australia", "surrey": "Surrey",
}

ROLES = {
    "batsman": "batsman", "fast_bowler": "fast bowler", "leg_spinner": "leg spinner",
    "off_spinner": "off spinner", "all_rounder": "all-rounder", "wicket_keeper": "wicket-keeper",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]

# slug: (birthplace, national team, [domestic teams], [roles])
FACTS = {
    "sachin_tendulkar": ("mumbai", "india", ["yorkshire"], ["batsman"]),
    "don_bradman": ("cootamundra", "australia", ["new_south_wales", "south_australia"], ["batsman"]),
    "shane_warne": ("upper_ferntree_gully", "australia", ["victoria", "hampshire"], ["leg_spinner"]),
    "muttiah_muralitharan": ("kandy", "sri_lanka", ["lancashire"], ["off_spinner"]),
    "brian_lara": ("santa_cruz", "west_indies", ["trinidad_and_tobago", "warwickshire"], ["batsman"]),
    "ian_botham": ("heswall", "england", ["somerset", "worcestershire", "durham"], ["all_rounder"]),
    "viv_richards": ("st_johns", "west_indies", ["somerset", "glamorgan"], ["batsman"]),
    "kapil_dev": ("chandigarh", "india", ["haryana", "northamptonshire", "worcestershire"], ["all_rounder"]),
    "imran_khan": ("lahore", "pakistan", ["worcestershire", "sussex"], ["all_rounder"]),
    "wasim_akram": ("lahore", "pakistan", ["lancashire"], ["fast_bowler"]),
    "jacques_kallis": ("cape_town", "south_africa", ["western_province"], ["all_rounder"]),
    "ricky_ponting": ("launceston", "australia", ["tasmania"], ["batsman"]),
    "james_anderson": ("burnley", "england", ["lancashire"], ["fast_bowler"]),
    "rahul_dravid": ("indore", "india", ["karnataka"], ["batsman"]),
    "anil_kumble": ("bangalore", "india", ["karnataka", "northamptonshire"], ["leg_spinner"]),
    "brendon_mccullum": ("dunedin", "new_zealand", ["otago"], ["wicket_keeper"]),
    "richard_hadlee": ("christchurch", "new_zealand", ["canterbury", "nottinghamshire"], ["fast_bowler"]),
    "adam_gilchrist": ("bellingen", "australia", ["new_south_wales", "western_australia"], ["wicket_keeper"]),
    "kumar_sangakkara": ("matale", "sri_lanka", ["surrey"], ["wicket_keeper", "batsman"]),
}

CAPTAINED = {
    "sachin_tendulkar": "india", "don_bradman": "australia", "brian_lara": "west_indies",
    "ian_botham": "england", "viv_richards": "west_indies", "kapil_dev": "india",
    "imran_khan": "pakistan", "wasim_akram": "pakistan", "ricky_ponting": "australia",
    "rahul_dravid": "india", "anil_kumble": "india", "brendon_mccullum": "new_zealand",
    "kumar_sangakkara": "sri_lanka",
}

COACHED = {"rahul_dravid": "india", "anil_kumble": "india", "brendon_mccullum": "england"}

RATINGS = {
    "ana": {"sachin_tendulkar": 5.0, "shane_warne": 4.5, "james_anderson": 2.0, "brian_lara": 4.0},
    "ben": {"don_bradman": 4.0, "ian_botham": 1.5, "muttiah_muralitharan": 5.0, "jacques_kallis": 3.0},
    "chen": {"rahul_dravid": 4.5, "anil_kumble": 4.0, "brendon_mccullum": 1.0, "viv_richards": 3.5},
    "dara": {"imran_khan": 5.0, "wasim_akram": 4.5, "ricky_ponting": 2.0, "adam_gilchrist": 3.0},
    "emil": {"kumar_sangakkara": 4.0, "richard_hadlee": 0.5, "kapil_dev": 5.0, "shane_warne": 2.5},
}


def entities():
    out = []
    for slug, (label, year) in CRICKETERS.items():
        out.append(kgx.Entity(f"cricketer:{slug}", kind="item", type="cricketer", label=label,
                              attrs={"year": year}))
    for slug, label in PLACES.items():
        out.append(kgx.Entity(f"place:{slug}", kind="attribute", type="place", label=label))
    for slug, label in NATIONAL_TEAMS.items():
        out.append(kgx.Entity(f"team:{slug}", kind="attribute", type="national_team", label=label))
    for slug, label in DOMESTIC_TEAMS.items():
        out.append(kgx.Entity(f"domestic:{slug}", kind="attribute", type="domestic_team", label=label))
    for slug, label in ROLES.items():
        out.append(kgx.Entity(f"role:{slug}", kind="attribute", type="role", label=label))
    for name in USERS:
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


def rows():
    out = []
    for slug, (place, team, domestic, roles) in FACTS.items():
        c = f"cricketer:{slug}"
        out.append((c, "born_in", f"place:{place}"))
        out.append((c, "represented", f"team:{team}"))
        for d in domestic:
            out.append((c, "played_domestic_for", f"domestic:{d}"))
        for r in roles:
            out.append((c, "has_role", f"role:{r}"))
    for slug, team in CAPTAINED.items():
        out.append((f"cricketer:{slug}", "captained", f"team:{team}"))
    for slug, team in COACHED.items():
        out.append((f"cricketer:{slug}", "coached", f"team:{team}"))
    for user, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"cricketer:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind326")
