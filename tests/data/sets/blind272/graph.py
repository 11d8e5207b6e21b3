"""A small boarding schools graph (blind272)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("school",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                 domain=("school",), range=("place",)),
    kgx.Relation("in_country", phrase="lies in", inverse_phrase="contains",
                 domain=("place",), range=("country",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                 domain=("school",), range=("person",)),
    kgx.Relation("alumnus", phrase="was attended by", inverse_phrase="attended",
                 domain=("school",), range=("person",)),
    kgx.Relation("member_of", phrase="is a member of", inverse_phrase="counts as a member",
                 domain=("school",), range=("organisation",)),
    kgx.Relation("school_kind", phrase="is a", inverse_phrase="describes",
                 domain=("school",), range=("kind",)),
]

SCHOOLS = [
    ("eton_college", "Eton College", 1440),
    ("winchester_college", "Winchester College", 1382),
    ("harrow_school", "Harrow School", 1572),
    ("rugby_school", "Rugby School", 1567),
    ("charterhouse", "Charterhouse", 1611),
    ("gordonstoun", "Gordonstoun", 1934),
    ("marlborough_college", "Marlborough College", 1843),
    ("cheltenham_ladies_college", "Cheltenham Ladies' College", 1853),
    ("roedean_school", "Roedean School", 1885),
    ("stowe_school", "Stowe School", 1923),
    ("summerhill_school", "Summerhill School", 1921),
    ("phillips_academy", "Phillips Academy", 1778),
    ("phillips_exeter_academy", "Phillips Exeter Academy", 1781),
    ("deerfield_academy", "Deerfield Academy", 1797),
    ("hotchkiss_school", "The Hotchkiss School", 1891),
    ("st_pauls_school", "St. Paul's School", 1856),
    ("groton_school", "Groton School", 1884),
    ("lawrenceville_school", "The Lawrenceville School", 1810),
    ("institut_le_rosey", "Institut Le Rosey", 1880),
]

PLACES = {
    "eton": "Eton", "winchester": "Winchester", "harrow_on_the_hill": "Harrow on the Hill",
    "rugby": "Rugby", "godalming": "Godalming", "moray": "Moray", "marlborough": "Marlborough",
    "cheltenham": "Cheltenham", "brighton": "Brighton", "buckinghamshire": "Buckinghamshire",
    "leiston": "Leiston", "andover": "Andover", "exeter": "Exeter", "deerfield": "Deerfield",
    "lakeville": "Lakeville", "concord": "Concord", "groton": "Groton",
    "lawrenceville": "Lawrenceville", "rolle": "Rolle",
}

COUNTRIES = {"england": "England", "scotland": "Scotland", "united_states": "United States",
             "switzerland": "Switzerland"}

PEOPLE = {
    "henry_vi": "Henry VI", "william_of_wykeham": "William of Wykeham", "john_lyon": "John Lyon",
    "lawrence_sheriff": "Lawrence Sheriff", "thomas_sutton": "Thomas Sutton",
    "kurt_hahn": "Kurt Hahn", "a_s_neill": "A. S. Neill",
    "samuel_phillips_jr": "Samuel Phillips Jr.", "john_phillips": "John Phillips",
    "maria_hotchkiss": "Maria Hotchkiss", "george_shattuck": "George Cheyne Shattuck",
    "endicott_peabody": "Endicott Peabody", "isaac_van_arsdale_brown": "Isaac Van Arsdale Brown",
    "paul_emile_carnal": "Paul-Émile Carnal",
    "david_cameron": "David Cameron", "boris_johnson": "Boris Johnson",
    "prince_william": "Prince William", "winston_churchill": "Winston Churchill",
    "lord_byron": "Lord Byron", "jawaharlal_nehru": "Jawaharlal Nehru",
    "rishi_sunak": "Rishi Sunak", "lewis_carroll": "Lewis Carroll",
    "rupert_brooke": "Rupert Brooke", "salman_rushdie": "Salman Rushdie",
    "charles_iii": "Charles III", "prince_philip": "Prince Philip",
    "robert_baden_powell": "Robert Baden-Powell", "peter_gabriel": "Peter Gabriel",
    "catherine_princess_of_wales": "Catherine, Princess of Wales",
    "richard_branson": "Richard Branson", "david_niven": "David Niven",
    "george_h_w_bush": "George H. W. Bush", "george_w_bush": "George W. Bush",
    "mark_zuckerberg": "Mark Zuckerberg", "dan_brown": "Dan Brown",
    "john_kerry": "John Kerry", "franklin_d_roosevelt": "Franklin D. Roosevelt",
    "mohammad_reza_pahlavi": "Mohammad Reza Pahlavi",
}

ORGANISATIONS = {
    "hmc": "Headmasters' and Headmistresses' Conference",
    "gsa": "Girls' Schools Association",
    "tsao": "Ten Schools Admission Organization",
}

KINDS = {"boys_school": "boys' school", "girls_school": "girls' school",
         "coeducational_school": "co-educational school"}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"school:{slug}", kind="item", type="school", label=label,
                      attrs={"year": year}) for slug, label, year in SCHOOLS]
    out += [kgx.Entity(f"place:{k}", kind="attribute", type="place", label=v) for k, v in PLACES.items()]
    out += [kgx.Entity(f"country:{k}", kind="attribute", type="country", label=v) for k, v in COUNTRIES.items()]
    out += [kgx.Entity(f"person:{k}", kind="attribute", type="person", label=v) for k, v in PEOPLE.items()]
    out += [kgx.Entity(f"org:{k}", kind="attribute", type="organisation", label=v) for k, v in ORGANISATIONS.items()]
    out += [kgx.Entity(f"kind:{k}", kind="attribute", type="kind", label=v) for k, v in KINDS.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


LOCATED = {
    "eton_college": "eton", "winchester_college": "winchester", "harrow_school": "harrow_on_the_hill",
    "rugby_school": "rugby", "charterhouse": "godalming", "gordonstoun": "moray",
    "marlborough_college": "marlborough", "cheltenham_ladies_college": "cheltenham",
    "roedean_school": "brighton", "stowe_school": "buckinghamshire", "summerhill_school": "leiston",
    "phillips_academy": "andover", "phillips_exeter_academy": "exeter",
    "deerfield_academy": "deerfield", "hotchkiss_school": "lakeville", "st_pauls_school": "concord",
    "groton_school": "groton", "lawrenceville_school": "lawrenceville", "institut_le_rosey": "rolle",
}

PLACE_COUNTRY = {
    "eton": "england", "winchester": "england", "harrow_on_the_hill": "england", "rugby": "england",
    "godalming": "england", "moray": "scotland", "marlborough": "england", "cheltenham": "england",
    "brighton": "england", "buckinghamshire": "england", "leiston": "england",
    "andover": "united_states", "exeter": "united_states", "deerfield": "united_states",
    "lakeville": "united_states", "concord": "united_states", "groton": "united_states",
    "lawrenceville": "united_states", "rolle": "switzerland",
}

FOUNDERS = {
    "eton_college": "henry_vi", "winchester_college": "william_of_wykeham",
    "harrow_school": "john_lyon", "rugby_school": "lawrence_sheriff",
    "charterhouse": "thomas_sutton", "gordonstoun": "kurt_hahn", "summerhill_school": "a_s_neill",
    "phillips_academy": "samuel_phillips_jr", "phillips_exeter_academy": "john_phillips",
    "hotchkiss_school": "maria_hotchkiss", "st_pauls_school": "george_shattuck",
    "groton_school": "endicott_peabody", "lawrenceville_school": "isaac_van_arsdale_brown",
    "institut_le_rosey": "paul_emile_carnal",
}

ALUMNI = {
    "eton_college": ["david_cameron", "boris_johnson", "prince_william"],
    "harrow_school": ["winston_churchill", "lord_byron", "jawaharlal_nehru"],
    "winchester_college": ["rishi_sunak"],
    "rugby_school": ["lewis_carroll", "rupert_brooke", "salman_rushdie"],
    "gordonstoun": ["charles_iii", "prince_philip"],
    "charterhouse": ["robert_baden_powell", "peter_gabriel"],
    "marlborough_college": ["catherine_princess_of_wales"],
    "stowe_school": ["richard_branson", "david_niven"],
    "phillips_academy": ["george_h_w_bush", "george_w_bush"],
    "phillips_exeter_academy": ["mark_zuckerberg", "dan_brown"],
    "st_pauls_school": ["john_kerry"],
    "groton_school": ["franklin_d_roosevelt"],
    "institut_le_rosey": ["mohammad_reza_pahlavi"],
}

MEMBERS = {
    "hmc": ["eton_college", "winchester_college", "harrow_school", "rugby_school", "charterhouse",
            "gordonstoun", "marlborough_college", "stowe_school"],
    "gsa": ["cheltenham_ladies_college", "roedean_school"],
    "tsao": ["phillips_academy", "phillips_exeter_academy", "deerfield_academy",
             "hotchkiss_school", "st_pauls_school", "lawrenceville_school"],
}

KIND_OF = {
    "eton_college": "boys_school", "harrow_school": "boys_school",
    "cheltenham_ladies_college": "girls_school", "roedean_school": "girls_school",
    "rugby_school": "coeducational_school", "charterhouse": "coeducational_school",
    "gordonstoun": "coeducational_school", "marlborough_college": "coeducational_school",
    "stowe_school": "coeducational_school", "summerhill_school": "coeducational_school",
    "phillips_academy": "coeducational_school", "phillips_exeter_academy": "coeducational_school",
    "deerfield_academy": "coeducational_school", "hotchkiss_school": "coeducational_school",
    "st_pauls_school": "coeducational_school", "groton_school": "coeducational_school",
    "lawrenceville_school": "coeducational_school", "institut_le_rosey": "coeducational_school",
}

RATINGS = {
    "ana": {"eton_college": 5.0, "gordonstoun": 4.5, "summerhill_school": 1.5, "roedean_school": 3.0},
    "ben": {"phillips_exeter_academy": 4.0, "harrow_school": 2.0, "groton_school": 5.0,
            "stowe_school": 3.5},
    "chen": {"institut_le_rosey": 4.5, "rugby_school": 1.0, "hotchkiss_school": 4.0,
             "charterhouse": 2.5},
    "dara": {"winchester_college": 5.0, "deerfield_academy": 0.5, "st_pauls_school": 4.5,
             "marlborough_college": 3.0},
    "emil": {"phillips_academy": 3.5, "cheltenham_ladies_college": 4.0,
             "lawrenceville_school": 2.0, "eton_college": 1.0},
}


def rows():
    out = []
    for s, p in LOCATED.items():
        out.append((f"school:{s}", "located_in", f"place:{p}"))
    for p, c in PLACE_COUNTRY.items():
        out.append((f"place:{p}", "in_country", f"country:{c}"))
    for s, p in FOUNDERS.items():
        out.append((f"school:{s}", "founded_by", f"person:{p}"))
    for s, people in ALUMNI.items():
        for p in people:
            out.append((f"school:{s}", "alumnus", f"person:{p}"))
    for o, schools in MEMBERS.items():
        for s in schools:
            out.append((f"school:{s}", "member_of", f"org:{o}"))
    for s, k in KIND_OF.items():
        out.append((f"school:{s}", "school_kind", f"kind:{k}"))
    for u, rs in RATINGS.items():
        for s, r in rs.items():
            out.append((f"user:{u}", "rated", f"school:{s}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind272")
