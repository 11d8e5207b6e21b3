"""A small prime ministers graph (blind377).

Items are prime ministers; `year` is the year each first took office as prime minister.
"""
import kgexplain as kgx

PM = "prime_minister"

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=(PM,)),
    kgx.Relation("prime_minister_of", phrase="was prime minister of", inverse_phrase="had as its prime minister",
                 domain=(PM,), range=("country",)),
    kgx.Relation("member_of", phrase="was a member of", inverse_phrase="had as a member",
                 domain=(PM,), range=("party",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=(PM,), range=("city",)),
    kgx.Relation("educated_at", phrase="studied at", inverse_phrase="educated",
                 domain=(PM,), range=("university", "school")),
    kgx.Relation("succeeded", phrase="succeeded", inverse_phrase="was succeeded by",
                 domain=(PM,), range=(PM,)),
]

_PMS = [
    ("winston_churchill", "Winston Churchill", 1940),
    ("clement_attlee", "Clement Attlee", 1945),
    ("harold_wilson", "Harold Wilson", 1964),
    ("margaret_thatcher", "Margaret Thatcher", 1979),
    ("john_major", "John Major", 1990),
    ("tony_blair", "Tony Blair", 1997),
    ("gordon_brown", "Gordon Brown", 2007),
    ("pierre_trudeau", "Pierre Trudeau", 1968),
    ("stephen_harper", "Stephen Harper", 2006),
    ("justin_trudeau", "Justin Trudeau", 2015),
    ("jawaharlal_nehru", "Jawaharlal Nehru", 1947),
    ("indira_gandhi", "Indira Gandhi", 1966),
    ("robert_menzies", "Robert Menzies", 1939),
    ("bob_hawke", "Bob Hawke", 1983),
    ("kevin_rudd", "Kevin Rudd", 2007),
    ("julia_gillard", "Julia Gillard", 2010),
    ("shinzo_abe", "Shinzo Abe", 2006),
    ("jacinda_ardern", "Jacinda Ardern", 2017),
]

_ATTRS = [
    # countries
    ("country:united_kingdom", "country", "United Kingdom"),
    ("country:canada", "country", "Canada"),
    ("country:india", "country", "India"),
    ("country:australia", "country", "Australia"),
    ("country:japan", "country", "Japan"),
    ("country:new_zealand", "country", "New Zealand"),
    # parties
    ("party:conservative_uk", "party", "Conservative Party"),
    ("party:labour_uk", "party", "Labour Party"),
    ("party:liberal_canada", "party", "Liberal Party of Canada"),
    ("party:conservative_canada", "party", "Conservative Party of Canada"),
    ("party:indian_national_congress", "party", "Indian National Congress"),
    ("party:liberal_australia", "party", "Liberal Party of Australia"),
    ("party:australian_labor", "party", "Australian Labor Party"),
    ("party:liberal_democratic_japan", "party", "Liberal Democratic Party"),
    ("party:labour_nz", "party", "New Zealand Labour Party"),
    # birthplaces
    ("city:woodstock", "city", "Woodstock"),
    ("city:london", "city", "London"),
    ("city:huddersfield", "city", "Huddersfield"),
    ("city:grantham", "city", "Grantham"),
    ("city:edinburgh", "city", "Edinburgh"),
    ("city:giffnock", "city", "Giffnock"),
    ("city:montreal", "city", "Montreal"),
    ("city:ottawa", "city", "Ottawa"),
    ("city:toronto", "city", "Toronto"),
    ("city:allahabad", "city", "Allahabad"),
    ("city:jeparit", "city", "Jeparit"),
    ("city:bordertown", "city", "Bordertown"),
    ("city:nambour", "city", "Nambour"),
    ("city:barry", "city", "Barry"),
    ("city:tokyo", "city", "Tokyo"),
    ("city:hamilton", "city", "Hamilton"),
    # schools and universities
    ("school:harrow_school", "school", "Harrow School"),
    ("university:oxford", "university", "University of Oxford"),
    ("university:cambridge", "university", "University of Cambridge"),
    ("university:edinburgh", "university", "University of Edinburgh"),
    ("university:montreal", "university", "Université de Montréal"),
    ("university:mcgill", "university", "McGill University"),
    ("university:calgary", "university", "University of Calgary"),
    ("university:melbourne", "university", "University of Melbourne"),
    ("university:western_australia", "university", "University of Western Australia"),
    ("university:australian_national", "university", "Australian National University"),
    ("university:seikei", "university", "Seikei University"),
    ("university:waikato", "university", "University of Waikato"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"{PM}:{slug}", kind="item", type=PM, label=label, attrs={"year": year})
           for slug, label, year in _PMS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in _ATTRS]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def _p(slug):
    return f"{PM}:{slug}"


_FACTS = {
    # slug: (country, party, birthplace or None, [schools])
    "winston_churchill": ("united_kingdom", "conservative_uk", "woodstock", ["school:harrow_school"]),
    "clement_attlee": ("united_kingdom", "labour_uk", "london", ["university:oxford"]),
    "harold_wilson": ("united_kingdom", "labour_uk", "huddersfield", ["university:oxford"]),
    "margaret_thatcher": ("united_kingdom", "conservative_uk", "grantham", ["university:oxford"]),
    "john_major": ("united_kingdom", "conservative_uk", None, []),
    "tony_blair": ("united_kingdom", "labour_uk", "edinburgh", ["university:oxford"]),
    "gordon_brown": ("united_kingdom", "labour_uk", "giffnock", ["university:edinburgh"]),
    "pierre_trudeau": ("canada", "liberal_canada", "montreal", ["university:montreal"]),
    "stephen_harper": ("canada", "conservative_canada", "toronto", ["university:calgary"]),
    "justin_trudeau": ("canada", "liberal_canada", "ottawa", ["university:mcgill"]),
    "jawaharlal_nehru": ("india", "indian_national_congress", "allahabad",
                         ["school:harrow_school", "university:cambridge"]),
    "indira_gandhi": ("india", "indian_national_congress", "allahabad", ["university:oxford"]),
    "robert_menzies": ("australia", "liberal_australia", "jeparit", ["university:melbourne"]),
    "bob_hawke": ("australia", "australian_labor", "bordertown",
                  ["university:western_australia", "university:oxford"]),
    "kevin_rudd": ("australia", "australian_labor", "nambour", ["university:australian_national"]),
    "julia_gillard": ("australia", "australian_labor", "barry", ["university:melbourne"]),
    "shinzo_abe": ("japan", "liberal_democratic_japan", "tokyo", ["university:seikei"]),
    "jacinda_ardern": ("new_zealand", "labour_nz", "hamilton", ["university:waikato"]),
}

# (successor, predecessor): the successor directly followed the predecessor in office
_SUCCESSIONS = [
    ("clement_attlee", "winston_churchill"),
    ("john_major", "margaret_thatcher"),
    ("tony_blair", "john_major"),
    ("gordon_brown", "tony_blair"),
    ("justin_trudeau", "stephen_harper"),
    ("julia_gillard", "kevin_rudd"),
]

_RATINGS = {
    "ana": [("winston_churchill", 5.0), ("margaret_thatcher", 2.0), ("jawaharlal_nehru", 4.5), ("jacinda_ardern", 3.0)],
    "ben": [("tony_blair", 1.5), ("clement_attlee", 4.0), ("pierre_trudeau", 5.0), ("shinzo_abe", 2.5)],
    "chen": [("indira_gandhi", 4.5), ("bob_hawke", 3.5), ("justin_trudeau", 1.0), ("harold_wilson", 4.0)],
    "dara": [("julia_gillard", 5.0), ("robert_menzies", 2.0), ("gordon_brown", 4.5), ("stephen_harper", 0.5)],
    "emil": [("john_major", 3.0), ("kevin_rudd", 4.0), ("winston_churchill", 1.5), ("jacinda_ardern", 5.0)],
}


def rows():
    out = []
    for slug, (country, party, city, schools) in _FACTS.items():
        out.append((_p(slug), "prime_minister_of", f"country:{country}"))
        out.append((_p(slug), "member_of", f"party:{party}"))
        if city:
            out.append((_p(slug), "born_in", f"city:{city}"))
        for s in schools:
            out.append((_p(slug), "educated_at", s))
    for succ, pred in _SUCCESSIONS:
        out.append((_p(succ), "succeeded", _p(pred)))
    for user, rs in _RATINGS.items():
        for slug, r in rs:
            out.append((f"user:{user}", "rated", _p(slug), {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind377")
