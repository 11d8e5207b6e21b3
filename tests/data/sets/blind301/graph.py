"""A small graph of presidents of the United States (blind301).

Items are presidents; their ``year`` is the year of their first inauguration.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("president",)),
    kgx.Relation("member_of_party", phrase="was a member of", inverse_phrase="counted among its members",
                 domain=("president",), range=("party",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("president",), range=("state",)),
    kgx.Relation("vice_president", phrase="had as vice president",
                 inverse_phrase="served as vice president under",
                 domain=("president",), range=("person", "president")),
    kgx.Relation("studied_at", phrase="studied at", inverse_phrase="is the alma mater of",
                 domain=("president",), range=("school",)),
    kgx.Relation("occupation", phrase="worked as", inverse_phrase="was the line of work of",
                 domain=("president",), range=("occupation",)),
    kgx.Relation("succeeded_by", phrase="was succeeded by", inverse_phrase="succeeded",
                 domain=("president",), range=("president", "person")),
]

# slug, label, year of first inauguration
PRESIDENTS = [
    ("george_washington", "George Washington", 1789),
    ("john_adams", "John Adams", 1797),
    ("thomas_jefferson", "Thomas Jefferson", 1801),
    ("james_madison", "James Madison", 1809),
    ("andrew_jackson", "Andrew Jackson", 1829),
    ("abraham_lincoln", "Abraham Lincoln", 1861),
    ("ulysses_s_grant", "Ulysses S. Grant", 1869),
    ("theodore_roosevelt", "Theodore Roosevelt", 1901),
    ("woodrow_wilson", "Woodrow Wilson", 1913),
    ("franklin_d_roosevelt", "Franklin D. Roosevelt", 1933),
    ("harry_s_truman", "Harry S. Truman", 1945),
    ("dwight_d_eisenhower", "Dwight D. Eisenhower", 1953),
    ("john_f_kennedy", "John F. Kennedy", 1961),
    ("richard_nixon", "Richard Nixon", 1969),
    ("jimmy_carter", "Jimmy Carter", 1977),
    ("ronald_reagan", "Ronald Reagan", 1981),
    ("bill_clinton", "Bill Clinton", 1993),
    ("barack_obama", "Barack Obama", 2009),
]

PARTIES = [
    ("federalist", "Federalist Party"),
    ("democratic_republican", "Democratic-Republican Party"),
    ("democratic", "Democratic Party"),
    ("republican", "Republican Party"),
    ("progressive", "Progressive Party"),
]

STATES = [
    ("virginia", "Virginia"), ("massachusetts", "Massachusetts"), ("kentucky", "Kentucky"),
    ("ohio", "Ohio"), ("new_york", "New York"), ("missouri", "Missouri"), ("texas", "Texas"),
    ("california", "California"), ("georgia", "Georgia"), ("illinois", "Illinois"),
    ("arkansas", "Arkansas"), ("hawaii", "Hawaii"),
]

SCHOOLS = [
    ("harvard", "Harvard University"),
    ("william_and_mary", "College of William & Mary"),
    ("princeton", "Princeton University"),
    ("johns_hopkins", "Johns Hopkins University"),
    ("west_point", "United States Military Academy"),
    ("columbia", "Columbia University"),
    ("whittier", "Whittier College"),
    ("duke", "Duke University"),
    ("naval_academy", "United States Naval Academy"),
    ("eureka", "Eureka College"),
    ("georgetown", "Georgetown University"),
    ("oxford", "University of Oxford"),
    ("yale", "Yale University"),
    ("occidental", "Occidental College"),
]

OCCUPATIONS = [
    ("lawyer", "lawyer"), ("general", "general"), ("surveyor", "surveyor"),
    ("planter", "planter"), ("farmer", "farmer"), ("actor", "actor"),
    ("professor", "professor"), ("haberdasher", "haberdasher"),
]

PEOPLE = [
    ("aaron_burr", "Aaron Burr"), ("george_clinton", "George Clinton"),
    ("elbridge_gerry", "Elbridge Gerry"), ("john_c_calhoun", "John C. Calhoun"),
    ("martin_van_buren", "Martin Van Buren"), ("hannibal_hamlin", "Hannibal Hamlin"),
    ("andrew_johnson", "Andrew Johnson"), ("schuyler_colfax", "Schuyler Colfax"),
    ("henry_wilson", "Henry Wilson"), ("charles_w_fairbanks", "Charles W. Fairbanks"),
    ("thomas_r_marshall", "Thomas R. Marshall"), ("john_nance_garner", "John Nance Garner"),
    ("henry_a_wallace", "Henry A. Wallace"), ("alben_w_barkley", "Alben W. Barkley"),
    ("lyndon_b_johnson", "Lyndon B. Johnson"), ("spiro_agnew", "Spiro Agnew"),
    ("gerald_ford", "Gerald Ford"), ("walter_mondale", "Walter Mondale"),
    ("george_h_w_bush", "George H. W. Bush"), ("al_gore", "Al Gore"),
    ("joe_biden", "Joe Biden"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"president:{s}", kind="item", type="president", label=lab, attrs={"year": y})
           for s, lab, y in PRESIDENTS]
    out += [kgx.Entity(f"party:{s}", kind="attribute", type="party", label=lab) for s, lab in PARTIES]
    out += [kgx.Entity(f"state:{s}", kind="attribute", type="state", label=lab) for s, lab in STATES]
    out += [kgx.Entity(f"school:{s}", kind="attribute", type="school", label=lab) for s, lab in SCHOOLS]
    out += [kgx.Entity(f"occupation:{s}", kind="attribute", type="occupation", label=lab)
            for s, lab in OCCUPATIONS]
    out += [kgx.Entity(f"person:{s}", kind="attribute", type="person", label=lab) for s, lab in PEOPLE]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


P = "president:"

PARTY = {
    "john_adams": ["federalist"],
    "thomas_jefferson": ["democratic_republican"],
    "james_madison": ["democratic_republican"],
    "andrew_jackson": ["democratic"],
    "abraham_lincoln": ["republican"],
    "ulysses_s_grant": ["republican"],
    "theodore_roosevelt": ["republican", "progressive"],
    "woodrow_wilson": ["democratic"],
    "franklin_d_roosevelt": ["democratic"],
    "harry_s_truman": ["democratic"],
    "dwight_d_eisenhower": ["republican"],
    "john_f_kennedy": ["democratic"],
    "richard_nixon": ["republican"],
    "jimmy_carter": ["democratic"],
    "ronald_reagan": ["republican"],
    "bill_clinton": ["democratic"],
    "barack_obama": ["democratic"],
}

BORN = {
    "george_washington": "virginia",
    "john_adams": "massachusetts",
    "thomas_jefferson": "virginia",
    "james_madison": "virginia",
    "abraham_lincoln": "kentucky",
    "ulysses_s_grant": "ohio",
    "theodore_roosevelt": "new_york",
    "woodrow_wilson": "virginia",
    "franklin_d_roosevelt": "new_york",
    "harry_s_truman": "missouri",
    "dwight_d_eisenhower": "texas",
    "john_f_kennedy": "massachusetts",
    "richard_nixon": "california",
    "jimmy_carter": "georgia",
    "ronald_reagan": "illinois",
    "bill_clinton": "arkansas",
    "barack_obama": "hawaii",
}

# vice presidents: "president:..." ids are presidents of this graph, the rest are people
VICE = {
    "george_washington": ["president:john_adams"],
    "john_adams": ["president:thomas_jefferson"],
    "thomas_jefferson": ["person:aaron_burr", "person:george_clinton"],
    "james_madison": ["person:george_clinton", "person:elbridge_gerry"],
    "andrew_jackson": ["person:john_c_calhoun", "person:martin_van_buren"],
    "abraham_lincoln": ["person:hannibal_hamlin", "person:andrew_johnson"],
    "ulysses_s_grant": ["person:schuyler_colfax", "person:henry_wilson"],
    "theodore_roosevelt": ["person:charles_w_fairbanks"],
    "woodrow_wilson": ["person:thomas_r_marshall"],
    "franklin_d_roosevelt": ["person:john_nance_garner", "person:henry_a_wallace",
                             "president:harry_s_truman"],
    "harry_s_truman": ["person:alben_w_barkley"],
    "dwight_d_eisenhower": ["president:richard_nixon"],
    "john_f_kennedy": ["person:lyndon_b_johnson"],
    "richard_nixon": ["person:spiro_agnew", "person:gerald_ford"],
    "jimmy_carter": ["person:walter_mondale"],
    "ronald_reagan": ["person:george_h_w_bush"],
    "bill_clinton": ["person:al_gore"],
    "barack_obama": ["person:joe_biden"],
}

STUDIED = {
    "john_adams": ["harvard"],
    "thomas_jefferson": ["william_and_mary"],
    "james_madison": ["princeton"],
    "ulysses_s_grant": ["west_point"],
    "theodore_roosevelt": ["harvard", "columbia"],
    "woodrow_wilson": ["princeton", "johns_hopkins"],
    "franklin_d_roosevelt": ["harvard", "columbia"],
    "dwight_d_eisenhower": ["west_point"],
    "john_f_kennedy": ["harvard"],
    "richard_nixon": ["whittier", "duke"],
    "jimmy_carter": ["naval_academy"],
    "ronald_reagan": ["eureka"],
    "bill_clinton": ["georgetown", "oxford", "yale"],
    "barack_obama": ["occidental", "columbia", "harvard"],
}

WORK = {
    "george_washington": ["surveyor", "planter", "general"],
    "john_adams": ["lawyer"],
    "thomas_jefferson": ["lawyer", "planter"],
    "james_madison": ["planter"],
    "andrew_jackson": ["lawyer", "planter", "general"],
    "abraham_lincoln": ["lawyer"],
    "ulysses_s_grant": ["general"],
    "woodrow_wilson": ["lawyer", "professor"],
    "franklin_d_roosevelt": ["lawyer"],
    "harry_s_truman": ["farmer", "haberdasher"],
    "dwight_d_eisenhower": ["general"],
    "richard_nixon": ["lawyer"],
    "jimmy_carter": ["farmer"],
    "ronald_reagan": ["actor"],
    "bill_clinton": ["lawyer"],
    "barack_obama": ["lawyer"],
}

# the next president, where he is in this graph ("president:...") or a person of it
SUCCESSOR = {
    "george_washington": "president:john_adams",
    "john_adams": "president:thomas_jefferson",
    "thomas_jefferson": "president:james_madison",
    "andrew_jackson": "person:martin_van_buren",
    "abraham_lincoln": "person:andrew_johnson",
    "franklin_d_roosevelt": "president:harry_s_truman",
    "harry_s_truman": "president:dwight_d_eisenhower",
    "dwight_d_eisenhower": "president:john_f_kennedy",
    "john_f_kennedy": "person:lyndon_b_johnson",
    "richard_nixon": "person:gerald_ford",
    "jimmy_carter": "president:ronald_reagan",
    "ronald_reagan": "person:george_h_w_bush",
}

RATINGS = {
    "ana": {"abraham_lincoln": 5.0, "george_washington": 4.5, "richard_nixon": 1.5, "jimmy_carter": 3.0},
    "ben": {"franklin_d_roosevelt": 4.0, "john_f_kennedy": 5.0, "andrew_jackson": 1.0, "ronald_reagan": 2.0},
    "chen": {"barack_obama": 4.5, "thomas_jefferson": 3.5, "ulysses_s_grant": 4.0, "james_madison": 2.0},
    "dara": {"ronald_reagan": 5.0, "dwight_d_eisenhower": 4.0, "bill_clinton": 1.5, "theodore_roosevelt": 4.5},
    "emil": {"harry_s_truman": 3.0, "woodrow_wilson": 2.5, "john_adams": 4.0, "barack_obama": 1.0},
}


def rows():
    out = []
    for p, parties in PARTY.items():
        out += [(P + p, "member_of_party", f"party:{x}") for x in parties]
    for p, s in BORN.items():
        out.append((P + p, "born_in", f"state:{s}"))
    for p, vps in VICE.items():
        out += [(P + p, "vice_president", v) for v in vps]
    for p, schools in STUDIED.items():
        out += [(P + p, "studied_at", f"school:{x}") for x in schools]
    for p, jobs in WORK.items():
        out += [(P + p, "occupation", f"occupation:{x}") for x in jobs]
    for p, nxt in SUCCESSOR.items():
        out.append((P + p, "succeeded_by", nxt))
    for u, rs in RATINGS.items():
        out += [(f"user:{u}", "rated", P + p, {"rating": r}) for p, r in rs.items()]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind301")
