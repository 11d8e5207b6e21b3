"""blind90: a small universities graph (founding years, cities, founders, kinds, memberships, alumni)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("university",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to", domain=("university",), range=("city",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("university",), range=("person",)),
    kgx.Relation("has_kind", phrase="is a", inverse_phrase="is the kind of", domain=("university",), range=("kind",)),
    kgx.Relation("member_of", phrase="is a member of", inverse_phrase="counts among its members", domain=("university",), range=("organisation",)),
    kgx.Relation("alumnus", phrase="has among its alumni", inverse_phrase="studied at", domain=("university",), range=("person",)),
]

UNIVERSITIES = [
    ("harvard", "Harvard University", 1636),
    ("yale", "Yale University", 1701),
    ("stanford", "Stanford University", 1885),
    ("cornell", "Cornell University", 1865),
    ("johns_hopkins", "Johns Hopkins University", 1876),
    ("chicago", "University of Chicago", 1890),
    ("mit", "Massachusetts Institute of Technology", 1861),
    ("oxford", "University of Oxford", 1096),
    ("cambridge", "University of Cambridge", 1209),
    ("imperial", "Imperial College London", 1907),
    ("ucl", "University College London", 1826),
    ("edinburgh", "University of Edinburgh", 1583),
    ("toronto", "University of Toronto", 1827),
    ("mcgill", "McGill University", 1821),
    ("melbourne", "University of Melbourne", 1853),
    ("sydney", "University of Sydney", 1850),
    ("tsinghua", "Tsinghua University", 1911),
    ("heidelberg", "Heidelberg University", 1386),
    ("eth", "ETH Zurich", 1855),
]

CITIES = [
    ("cambridge_ma", "Cambridge, Massachusetts"),
    ("new_haven", "New Haven"),
    ("stanford_ca", "Stanford, California"),
    ("ithaca", "Ithaca"),
    ("baltimore", "Baltimore"),
    ("chicago", "Chicago"),
    ("oxford", "Oxford"),
    ("cambridge", "Cambridge"),
    ("london", "London"),
    ("edinburgh", "Edinburgh"),
    ("toronto", "Toronto"),
    ("montreal", "Montreal"),
    ("melbourne", "Melbourne"),
    ("sydney", "Sydney"),
    ("beijing", "Beijing"),
    ("heidelberg", "Heidelberg"),
    ("zurich", "Zurich"),
]

PEOPLE = [
    # founders
    ("leland_stanford", "Leland Stanford"),
    ("jane_stanford", "Jane Stanford"),
    ("ezra_cornell", "Ezra Cornell"),
    ("andrew_dickson_white", "Andrew Dickson White"),
    ("johns_hopkins", "Johns Hopkins"),
    ("john_d_rockefeller", "John D. Rockefeller"),
    ("william_barton_rogers", "William Barton Rogers"),
    ("james_mcgill", "James McGill"),
    ("john_strachan", "John Strachan"),
    ("rupert_i", "Rupert I, Elector Palatine"),
    # alumni
    ("barack_obama", "Barack Obama"),
    ("john_f_kennedy", "John F. Kennedy"),
    ("franklin_d_roosevelt", "Franklin D. Roosevelt"),
    ("ruth_bader_ginsburg", "Ruth Bader Ginsburg"),
    ("george_h_w_bush", "George H. W. Bush"),
    ("meryl_streep", "Meryl Streep"),
    ("hillary_clinton", "Hillary Clinton"),
    ("bill_clinton", "Bill Clinton"),
    ("sandra_day_oconnor", "Sandra Day O'Connor"),
    ("larry_page", "Larry Page"),
    ("toni_morrison", "Toni Morrison"),
    ("bill_nye", "Bill Nye"),
    ("woodrow_wilson", "Woodrow Wilson"),
    ("michael_bloomberg", "Michael Bloomberg"),
    ("bernie_sanders", "Bernie Sanders"),
    ("susan_sontag", "Susan Sontag"),
    ("buzz_aldrin", "Buzz Aldrin"),
    ("kofi_annan", "Kofi Annan"),
    ("margaret_thatcher", "Margaret Thatcher"),
    ("stephen_hawking", "Stephen Hawking"),
    ("jrr_tolkien", "J. R. R. Tolkien"),
    ("isaac_newton", "Isaac Newton"),
    ("charles_darwin", "Charles Darwin"),
    ("jawaharlal_nehru", "Jawaharlal Nehru"),
    ("brian_may", "Brian May"),
    ("mahatma_gandhi", "Mahatma Gandhi"),
    ("chris_martin", "Chris Martin"),
    ("arthur_conan_doyle", "Arthur Conan Doyle"),
    ("margaret_atwood", "Margaret Atwood"),
    ("frederick_banting", "Frederick Banting"),
    ("leonard_cohen", "Leonard Cohen"),
    ("william_shatner", "William Shatner"),
    ("julia_gillard", "Julia Gillard"),
    ("edmund_barton", "Edmund Barton"),
    ("clive_james", "Clive James"),
    ("xi_jinping", "Xi Jinping"),
    ("hu_jintao", "Hu Jintao"),
    ("max_weber", "Max Weber"),
    ("hannah_arendt", "Hannah Arendt"),
    ("albert_einstein", "Albert Einstein"),
]

KINDS = [
    ("private_research_university", "private research university"),
    ("public_research_university", "public research university"),
    ("collegiate_university", "collegiate university"),
]

ORGANISATIONS = [
    ("ivy_league", "Ivy League"),
    ("aau", "Association of American Universities"),
    ("russell_group", "Russell Group"),
    ("leru", "League of European Research Universities"),
    ("u15", "U15 Group of Canadian Research Universities"),
    ("group_of_eight", "Group of Eight"),
    ("c9_league", "C9 League"),
    ("idea_league", "IDEA League"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, label, year in UNIVERSITIES:
        out.append(kgx.Entity(f"university:{slug}", kind="item", type="university", label=label, attrs={"year": year}))
    for slug, label in CITIES:
        out.append(kgx.Entity(f"city:{slug}", kind="attribute", type="city", label=label))
    for slug, label in PEOPLE:
        out.append(kgx.Entity(f"person:{slug}", kind="attribute", type="person", label=label))
    for slug, label in KINDS:
        out.append(kgx.Entity(f"kind:{slug}", kind="attribute", type="kind", label=label))
    for slug, label in ORGANISATIONS:
        out.append(kgx.Entity(f"organisation:{slug}", kind="attribute", type="organisation", label=label))
    for name in USERS:
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


LOCATED = {
    "harvard": "cambridge_ma", "yale": "new_haven", "stanford": "stanford_ca", "cornell": "ithaca",
    "johns_hopkins": "baltimore", "chicago": "chicago", "mit": "cambridge_ma", "oxford": "oxford",
    "cambridge": "cambridge", "imperial": "london", "ucl": "london", "edinburgh": "edinburgh",
    "toronto": "toronto", "mcgill": "montreal", "melbourne": "melbourne", "sydney": "sydney",
    "tsinghua": "beijing", "heidelberg": "heidelberg", "eth": "zurich",
}

FOUNDERS = {
    "stanford": ["leland_stanford", "jane_stanford"],
    "cornell": ["ezra_cornell", "andrew_dickson_white"],
    "johns_hopkins": ["johns_hopkins"],
    "chicago": ["john_d_rockefeller"],
    "mit": ["william_barton_rogers"],
    "mcgill": ["james_mcgill"],
    "toronto": ["john_strachan"],
    "heidelberg": ["rupert_i"],
}

KIND_OF = {
    "harvard": "private_research_university", "yale": "private_research_university",
    "stanford": "private_research_university", "cornell": "private_research_university",
    "johns_hopkins": "private_research_university", "chicago": "private_research_university",
    "mit": "private_research_university", "oxford": "collegiate_university",
    "cambridge": "collegiate_university", "imperial": "public_research_university",
    "ucl": "public_research_university", "edinburgh": "public_research_university",
    "toronto": "public_research_university", "mcgill": "public_research_university",
    "melbourne": "public_research_university", "sydney": "public_research_university",
    "tsinghua": "public_research_university", "heidelberg": "public_research_university",
    "eth": "public_research_university",
}

MEMBERS = {
    "ivy_league": ["harvard", "yale", "cornell"],
    "aau": ["harvard", "yale", "stanford", "cornell", "johns_hopkins", "chicago", "mit", "toronto", "mcgill"],
    "russell_group": ["oxford", "cambridge", "imperial", "ucl", "edinburgh"],
    "leru": ["oxford", "cambridge", "ucl", "edinburgh", "heidelberg"],
    "u15": ["toronto", "mcgill"],
    "group_of_eight": ["melbourne", "sydney"],
    "c9_league": ["tsinghua"],
    "idea_league": ["eth"],
}

ALUMNI = {
    "harvard": ["barack_obama", "john_f_kennedy", "franklin_d_roosevelt", "ruth_bader_ginsburg"],
    "yale": ["george_h_w_bush", "meryl_streep", "hillary_clinton", "bill_clinton"],
    "stanford": ["sandra_day_oconnor", "larry_page"],
    "cornell": ["ruth_bader_ginsburg", "toni_morrison", "bill_nye"],
    "johns_hopkins": ["woodrow_wilson", "michael_bloomberg"],
    "chicago": ["bernie_sanders", "susan_sontag"],
    "mit": ["buzz_aldrin", "kofi_annan"],
    "oxford": ["margaret_thatcher", "stephen_hawking", "bill_clinton", "jrr_tolkien"],
    "cambridge": ["isaac_newton", "charles_darwin", "stephen_hawking", "jawaharlal_nehru", "clive_james"],
    "imperial": ["brian_may"],
    "ucl": ["mahatma_gandhi", "chris_martin"],
    "edinburgh": ["charles_darwin", "arthur_conan_doyle"],
    "toronto": ["margaret_atwood", "frederick_banting"],
    "mcgill": ["leonard_cohen", "william_shatner"],
    "melbourne": ["julia_gillard"],
    "sydney": ["edmund_barton", "clive_james"],
    "tsinghua": ["xi_jinping", "hu_jintao"],
    "heidelberg": ["max_weber", "hannah_arendt"],
    "eth": ["albert_einstein"],
}

RATINGS = {
    "ana": {"harvard": 5.0, "oxford": 4.5, "mit": 2.0, "toronto": 3.5},
    "ben": {"cambridge": 4.0, "yale": 1.5, "stanford": 5.0, "edinburgh": 3.0},
    "chen": {"tsinghua": 4.5, "eth": 5.0, "chicago": 2.5, "melbourne": 1.0},
    "dara": {"mcgill": 4.0, "sydney": 2.0, "heidelberg": 5.0, "ucl": 3.0},
    "emil": {"cornell": 0.5, "johns_hopkins": 4.5, "imperial": 3.5, "oxford": 2.0},
}


def rows():
    out = []
    for u, city in LOCATED.items():
        out.append((f"university:{u}", "located_in", f"city:{city}"))
    for u, people in FOUNDERS.items():
        for p in people:
            out.append((f"university:{u}", "founded_by", f"person:{p}"))
    for u, k in KIND_OF.items():
        out.append((f"university:{u}", "has_kind", f"kind:{k}"))
    for org, unis in MEMBERS.items():
        for u in unis:
            out.append((f"university:{u}", "member_of", f"organisation:{org}"))
    for u, people in ALUMNI.items():
        for p in people:
            out.append((f"university:{u}", "alumnus", f"person:{p}"))
    for user, ratings in RATINGS.items():
        for u, r in ratings.items():
            out.append((f"user:{user}", "rated", f"university:{u}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind90")
