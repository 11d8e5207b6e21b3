"""A small stand-up comedians graph (blind321).

Items are stand-up comedians; their ``year`` is the year of birth.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("comedian",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("comedian",), range=("city",)),
    kgx.Relation("citizen_of", phrase="is a citizen of", inverse_phrase="is the home country of", domain=("comedian",), range=("country",)),
    kgx.Relation("starred_in", phrase="starred in", inverse_phrase="starred", domain=("comedian",), range=("tv_show",)),
    kgx.Relation("recorded", phrase="recorded", inverse_phrase="was recorded by", domain=("comedian",), range=("special", "album")),
    kgx.Relation("has_style", phrase="is known for", inverse_phrase="is a hallmark of", domain=("comedian",), range=("style",)),
]

# slug: (label, birth year)
COMEDIANS = {
    "richard_pryor": ("Richard Pryor", 1940),
    "george_carlin": ("George Carlin", 1937),
    "jerry_seinfeld": ("Jerry Seinfeld", 1954),
    "eddie_murphy": ("Eddie Murphy", 1961),
    "dave_chappelle": ("Dave Chappelle", 1973),
    "chris_rock": ("Chris Rock", 1965),
    "steven_wright": ("Steven Wright", 1955),
    "mitch_hedberg": ("Mitch Hedberg", 1968),
    "joan_rivers": ("Joan Rivers", 1933),
    "robin_williams": ("Robin Williams", 1951),
    "bill_hicks": ("Bill Hicks", 1961),
    "eddie_izzard": ("Eddie Izzard", 1962),
    "billy_connolly": ("Billy Connolly", 1942),
    "ricky_gervais": ("Ricky Gervais", 1961),
    "hannah_gadsby": ("Hannah Gadsby", 1978),
    "ali_wong": ("Ali Wong", 1982),
    "dylan_moran": ("Dylan Moran", 1971),
    "john_mulaney": ("John Mulaney", 1982),
    "bo_burnham": ("Bo Burnham", 1990),
}

CITIES = {
    "new_york_city": "New York City", "peoria": "Peoria", "washington_dc": "Washington, D.C.",
    "andrews": "Andrews", "saint_paul": "Saint Paul", "chicago": "Chicago", "valdosta": "Valdosta",
    "aden": "Aden", "glasgow": "Glasgow", "reading": "Reading", "smithton": "Smithton",
    "san_francisco": "San Francisco", "navan": "Navan", "hamilton_ma": "Hamilton",
}

COUNTRIES = {
    "united_states": "United States", "united_kingdom": "United Kingdom",
    "australia": "Australia", "ireland": "Ireland",
}

TV_SHOWS = {
    "the_richard_pryor_show": "The Richard Pryor Show",
    "the_george_carlin_show": "The George Carlin Show",
    "seinfeld": "Seinfeld",
    "saturday_night_live": "Saturday Night Live",
    "chappelles_show": "Chappelle's Show",
    "the_late_show_starring_joan_rivers": "The Late Show Starring Joan Rivers",
    "mork_and_mindy": "Mork & Mindy",
    "world_tour_of_scotland": "Billy Connolly's World Tour of Scotland",
    "the_office": "The Office",
    "beef": "Beef",
    "black_books": "Black Books",
}

SPECIALS = {
    "live_in_concert": "Richard Pryor: Live in Concert",
    "jammin_in_new_york": "Jammin' in New York",
    "im_telling_you": "I'm Telling You for the Last Time",
    "delirious": "Delirious",
    "killin_them_softly": "Killin' Them Softly",
    "bring_the_pain": "Bring the Pain",
    "live_on_broadway": "Robin Williams: Live on Broadway",
    "relentless": "Relentless",
    "revelations": "Revelations",
    "dress_to_kill": "Dress to Kill",
    "humanity": "Humanity",
    "nanette": "Nanette",
    "douglas": "Douglas",
    "baby_cobra": "Baby Cobra",
    "monster": "Monster",
    "the_comeback_kid": "The Comeback Kid",
    "inside": "Inside",
    "make_happy": "Make Happy",
}

ALBUMS = {
    "i_have_a_pony": "I Have a Pony",
    "strategic_grill_locations": "Strategic Grill Locations",
    "mitch_all_together": "Mitch All Together",
}

STYLES = {
    "observational_comedy": "observational comedy", "political_comedy": "political comedy",
    "surreal_comedy": "surreal comedy", "deadpan": "deadpan", "one_liners": "one-liners",
    "musical_comedy": "musical comedy", "improvisation": "improvisation",
    "storytelling": "storytelling", "self_deprecation": "self-deprecation",
    "dark_comedy": "dark comedy",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, (label, year) in COMEDIANS.items():
        out.append(kgx.Entity(f"comedian:{slug}", kind="item", type="comedian", label=label, attrs={"year": year}))
    for prefix, typ, table in [("city", "city", CITIES), ("country", "country", COUNTRIES),
                               ("tv_show", "tv_show", TV_SHOWS), ("special", "special", SPECIALS),
                               ("album", "album", ALBUMS), ("style", "style", STYLES)]:
        for slug, label in table.items():
            out.append(kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=typ, label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


_FACTS = {
    "richard_pryor": {"born_in": ["city:peoria"], "citizen_of": ["country:united_states"],
                      "starred_in": ["tv_show:the_richard_pryor_show"], "recorded": ["special:live_in_concert"],
                      "has_style": ["style:storytelling"]},
    "george_carlin": {"born_in": ["city:new_york_city"], "citizen_of": ["country:united_states"],
                      "starred_in": ["tv_show:the_george_carlin_show"], "recorded": ["special:jammin_in_new_york"],
                      "has_style": ["style:political_comedy", "style:observational_comedy"]},
    "jerry_seinfeld": {"born_in": ["city:new_york_city"], "citizen_of": ["country:united_states"],
                       "starred_in": ["tv_show:seinfeld"], "recorded": ["special:im_telling_you"],
                       "has_style": ["style:observational_comedy"]},
    "eddie_murphy": {"born_in": ["city:new_york_city"], "citizen_of": ["country:united_states"],
                     "starred_in": ["tv_show:saturday_night_live"], "recorded": ["special:delirious"]},
    "dave_chappelle": {"born_in": ["city:washington_dc"], "citizen_of": ["country:united_states"],
                       "starred_in": ["tv_show:chappelles_show"], "recorded": ["special:killin_them_softly"],
                       "has_style": ["style:storytelling"]},
    "chris_rock": {"born_in": ["city:andrews"], "citizen_of": ["country:united_states"],
                   "starred_in": ["tv_show:saturday_night_live"], "recorded": ["special:bring_the_pain"],
                   "has_style": ["style:political_comedy", "style:observational_comedy"]},
    "steven_wright": {"citizen_of": ["country:united_states"], "recorded": ["album:i_have_a_pony"],
                      "has_style": ["style:deadpan", "style:one_liners"]},
    "mitch_hedberg": {"born_in": ["city:saint_paul"], "citizen_of": ["country:united_states"],
                      "recorded": ["album:strategic_grill_locations", "album:mitch_all_together"],
                      "has_style": ["style:one_liners", "style:surreal_comedy"]},
    "joan_rivers": {"born_in": ["city:new_york_city"], "citizen_of": ["country:united_states"],
                    "starred_in": ["tv_show:the_late_show_starring_joan_rivers"],
                    "has_style": ["style:self_deprecation"]},
    "robin_williams": {"born_in": ["city:chicago"], "citizen_of": ["country:united_states"],
                       "starred_in": ["tv_show:mork_and_mindy"], "recorded": ["special:live_on_broadway"],
                       "has_style": ["style:improvisation"]},
    "bill_hicks": {"born_in": ["city:valdosta"], "citizen_of": ["country:united_states"],
                   "recorded": ["special:relentless", "special:revelations"],
                   "has_style": ["style:political_comedy", "style:dark_comedy"]},
    "eddie_izzard": {"born_in": ["city:aden"], "citizen_of": ["country:united_kingdom"],
                     "recorded": ["special:dress_to_kill"], "has_style": ["style:surreal_comedy"]},
    "billy_connolly": {"born_in": ["city:glasgow"], "citizen_of": ["country:united_kingdom"],
                       "starred_in": ["tv_show:world_tour_of_scotland"], "has_style": ["style:storytelling"]},
    "ricky_gervais": {"born_in": ["city:reading"], "citizen_of": ["country:united_kingdom"],
                      "starred_in": ["tv_show:the_office"], "recorded": ["special:humanity"],
                      "has_style": ["style:dark_comedy"]},
    "hannah_gadsby": {"born_in": ["city:smithton"], "citizen_of": ["country:australia"],
                      "recorded": ["special:nanette", "special:douglas"], "has_style": ["style:storytelling"]},
    "ali_wong": {"born_in": ["city:san_francisco"], "citizen_of": ["country:united_states"],
                 "starred_in": ["tv_show:beef"], "recorded": ["special:baby_cobra"]},
    "dylan_moran": {"born_in": ["city:navan"], "citizen_of": ["country:ireland"],
                    "starred_in": ["tv_show:black_books"], "recorded": ["special:monster"]},
    "john_mulaney": {"born_in": ["city:chicago"], "citizen_of": ["country:united_states"],
                     "recorded": ["special:the_comeback_kid"], "has_style": ["style:storytelling"]},
    "bo_burnham": {"born_in": ["city:hamilton_ma"], "citizen_of": ["country:united_states"],
                   "recorded": ["special:inside", "special:make_happy"], "has_style": ["style:musical_comedy"]},
}

RATINGS = {
    "ana": {"jerry_seinfeld": 5.0, "george_carlin": 4.5, "bill_hicks": 2.0, "ricky_gervais": 3.0},
    "ben": {"dave_chappelle": 4.0, "chris_rock": 4.5, "eddie_murphy": 1.5, "bo_burnham": 3.5},
    "chen": {"mitch_hedberg": 5.0, "steven_wright": 4.0, "eddie_izzard": 2.5, "dylan_moran": 1.0},
    "dara": {"hannah_gadsby": 4.5, "ali_wong": 5.0, "joan_rivers": 3.0, "john_mulaney": 2.0},
    "emil": {"robin_williams": 4.0, "richard_pryor": 5.0, "billy_connolly": 0.5, "bo_burnham": 4.5},
}


def rows():
    out = []
    for slug, facts in _FACTS.items():
        for rel, tails in facts.items():
            for tail in tails:
                out.append((f"comedian:{slug}", rel, tail))
    for user, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"comedian:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind321")
