"""blind214: a small graph of real political parties."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("party",)),
    kgx.Relation("based_in", phrase="is a political party in", inverse_phrase="is the country of",
                 domain=("party",), range=("country",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                 domain=("party",), range=("person",)),
    kgx.Relation("has_ideology", phrase="espouses", inverse_phrase="is espoused by",
                 domain=("party",), range=("ideology",)),
    kgx.Relation("member_of", phrase="is a member of", inverse_phrase="counts among its members",
                 domain=("party",), range=("organisation",)),
    kgx.Relation("headquartered_in", phrase="has its headquarters in", inverse_phrase="hosts the headquarters of",
                 domain=("party",), range=("city",)),
]

PARTIES = [
    ("labour_uk", "Labour Party", 1900),
    ("conservative_uk", "Conservative Party", 1834),
    ("libdem", "Liberal Democrats", 1988),
    ("snp", "Scottish National Party", 1934),
    ("democratic_us", "Democratic Party", 1828),
    ("republican_us", "Republican Party", 1854),
    ("spd", "Social Democratic Party of Germany", 1863),
    ("cdu", "Christian Democratic Union", 1945),
    ("greens_de", "Alliance 90/The Greens", 1993),
    ("anc", "African National Congress", 1912),
    ("inc", "Indian National Congress", 1885),
    ("bjp", "Bharatiya Janata Party", 1980),
    ("ldp_japan", "Liberal Democratic Party of Japan", 1955),
    ("fianna_fail", "Fianna Fáil", 1926),
    ("fine_gael", "Fine Gael", 1933),
    ("sinn_fein", "Sinn Féin", 1905),
    ("alp", "Australian Labor Party", 1891),
    ("liberal_au", "Liberal Party of Australia", 1944),
    ("liberal_ca", "Liberal Party of Canada", 1867),
]

ATTRIBUTES = [
    # countries
    ("country:united_kingdom", "country", "United Kingdom"),
    ("country:united_states", "country", "United States"),
    ("country:germany", "country", "Germany"),
    ("country:south_africa", "country", "South Africa"),
    ("country:india", "country", "India"),
    ("country:japan", "country", "Japan"),
    ("country:ireland", "country", "Ireland"),
    ("country:australia", "country", "Australia"),
    ("country:canada", "country", "Canada"),
    # cities
    ("city:london", "city", "London"),
    ("city:edinburgh", "city", "Edinburgh"),
    ("city:washington_dc", "city", "Washington, D.C."),
    ("city:berlin", "city", "Berlin"),
    ("city:johannesburg", "city", "Johannesburg"),
    ("city:new_delhi", "city", "New Delhi"),
    ("city:tokyo", "city", "Tokyo"),
    ("city:dublin", "city", "Dublin"),
    ("city:canberra", "city", "Canberra"),
    ("city:ottawa", "city", "Ottawa"),
    # people
    ("person:keir_hardie", "person", "Keir Hardie"),
    ("person:robert_peel", "person", "Robert Peel"),
    ("person:andrew_jackson", "person", "Andrew Jackson"),
    ("person:martin_van_buren", "person", "Martin Van Buren"),
    ("person:ferdinand_lassalle", "person", "Ferdinand Lassalle"),
    ("person:konrad_adenauer", "person", "Konrad Adenauer"),
    ("person:pixley_seme", "person", "Pixley ka Isaka Seme"),
    ("person:allan_octavian_hume", "person", "Allan Octavian Hume"),
    ("person:atal_bihari_vajpayee", "person", "Atal Bihari Vajpayee"),
    ("person:eamon_de_valera", "person", "Éamon de Valera"),
    ("person:arthur_griffith", "person", "Arthur Griffith"),
    ("person:robert_menzies", "person", "Robert Menzies"),
    # ideologies
    ("ideology:social_democracy", "ideology", "social democracy"),
    ("ideology:conservatism", "ideology", "conservatism"),
    ("ideology:liberalism", "ideology", "liberalism"),
    ("ideology:scottish_nationalism", "ideology", "Scottish nationalism"),
    ("ideology:christian_democracy", "ideology", "Christian democracy"),
    ("ideology:green_politics", "ideology", "green politics"),
    ("ideology:hindu_nationalism", "ideology", "Hindu nationalism"),
    ("ideology:irish_republicanism", "ideology", "Irish republicanism"),
    ("ideology:liberal_conservatism", "ideology", "liberal conservatism"),
    # organisations
    ("org:progressive_alliance", "organisation", "Progressive Alliance"),
    ("org:idu", "organisation", "International Democracy Union"),
    ("org:liberal_international", "organisation", "Liberal International"),
    ("org:efa", "organisation", "European Free Alliance"),
    ("org:epp", "organisation", "European People's Party"),
    ("org:egp", "organisation", "European Green Party"),
    ("org:socialist_international", "organisation", "Socialist International"),
    ("org:alde", "organisation", "ALDE Party"),
]

FACTS = {
    "labour_uk": [("based_in", "country:united_kingdom"), ("founded_by", "person:keir_hardie"),
                  ("has_ideology", "ideology:social_democracy"), ("member_of", "org:progressive_alliance"),
                  ("headquartered_in", "city:london")],
    "conservative_uk": [("based_in", "country:united_kingdom"), ("founded_by", "person:robert_peel"),
                        ("has_ideology", "ideology:conservatism"), ("member_of", "org:idu"),
                        ("headquartered_in", "city:london")],
    "libdem": [("based_in", "country:united_kingdom"), ("has_ideology", "ideology:liberalism"),
               ("member_of", "org:liberal_international"), ("headquartered_in", "city:london")],
    "snp": [("based_in", "country:united_kingdom"), ("has_ideology", "ideology:scottish_nationalism"),
            ("member_of", "org:efa"), ("headquartered_in", "city:edinburgh")],
    "democratic_us": [("based_in", "country:united_states"), ("founded_by", "person:andrew_jackson"),
                      ("founded_by", "person:martin_van_buren"), ("has_ideology", "ideology:liberalism"),
                      ("headquartered_in", "city:washington_dc")],
    "republican_us": [("based_in", "country:united_states"), ("has_ideology", "ideology:conservatism"),
                      ("member_of", "org:idu"), ("headquartered_in", "city:washington_dc")],
    "spd": [("based_in", "country:germany"), ("founded_by", "person:ferdinand_lassalle"),
            ("has_ideology", "ideology:social_democracy"), ("member_of", "org:progressive_alliance"),
            ("headquartered_in", "city:berlin")],
    "cdu": [("based_in", "country:germany"), ("founded_by", "person:konrad_adenauer"),
            ("has_ideology", "ideology:christian_democracy"), ("member_of", "org:epp"),
            ("headquartered_in", "city:berlin")],
    "greens_de": [("based_in", "country:germany"), ("has_ideology", "ideology:green_politics"),
                  ("member_of", "org:egp"), ("headquartered_in", "city:berlin")],
    "anc": [("based_in", "country:south_africa"), ("founded_by", "person:pixley_seme"),
            ("has_ideology", "ideology:social_democracy"), ("member_of", "org:socialist_international"),
            ("headquartered_in", "city:johannesburg")],
    "inc": [("based_in", "country:india"), ("founded_by", "person:allan_octavian_hume"),
            ("headquartered_in", "city:new_delhi")],
    "bjp": [("based_in", "country:india"), ("founded_by", "person:atal_bihari_vajpayee"),
            ("has_ideology", "ideology:hindu_nationalism"), ("headquartered_in", "city:new_delhi")],
    "ldp_japan": [("based_in", "country:japan"), ("has_ideology", "ideology:conservatism"),
                  ("headquartered_in", "city:tokyo")],
    "fianna_fail": [("based_in", "country:ireland"), ("founded_by", "person:eamon_de_valera"),
                    ("member_of", "org:alde"), ("headquartered_in", "city:dublin")],
    "fine_gael": [("based_in", "country:ireland"), ("has_ideology", "ideology:christian_democracy"),
                  ("member_of", "org:epp"), ("headquartered_in", "city:dublin")],
    "sinn_fein": [("based_in", "country:ireland"), ("founded_by", "person:arthur_griffith"),
                  ("has_ideology", "ideology:irish_republicanism"), ("headquartered_in", "city:dublin")],
    "alp": [("based_in", "country:australia"), ("has_ideology", "ideology:social_democracy"),
            ("member_of", "org:progressive_alliance"), ("headquartered_in", "city:canberra")],
    "liberal_au": [("based_in", "country:australia"), ("founded_by", "person:robert_menzies"),
                   ("has_ideology", "ideology:liberal_conservatism"), ("member_of", "org:idu"),
                   ("headquartered_in", "city:canberra")],
    "liberal_ca": [("based_in", "country:canada"), ("has_ideology", "ideology:liberalism"),
                   ("member_of", "org:liberal_international"), ("headquartered_in", "city:ottawa")],
}

RATINGS = {
    "ana": [("labour_uk", 4.5), ("spd", 5.0), ("greens_de", 2.0), ("republican_us", 1.0)],
    "ben": [("conservative_uk", 4.0), ("cdu", 4.5), ("democratic_us", 1.5), ("snp", 3.0)],
    "chen": [("inc", 5.0), ("bjp", 2.0), ("ldp_japan", 3.5), ("anc", 4.0)],
    "dara": [("fianna_fail", 4.0), ("sinn_fein", 1.5), ("fine_gael", 5.0), ("libdem", 2.5)],
    "emil": [("alp", 4.5), ("liberal_au", 2.0), ("liberal_ca", 5.0), ("labour_uk", 1.0)],
}


def entities():
    out = [kgx.Entity(f"party:{slug}", kind="item", type="party", label=label, attrs={"year": year})
           for slug, label, year in PARTIES]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in RATINGS]
    return out


def rows():
    out = []
    for slug, facts in FACTS.items():
        for rel, tail in facts:
            out.append((f"party:{slug}", rel, tail))
    for user, rs in RATINGS.items():
        for slug, r in rs:
            out.append((f"user:{user}", "rated", f"party:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind214")
