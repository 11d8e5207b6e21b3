"""blind339: a small news agencies graph (founding years as `year`)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("news_agency",)),
    kgx.Relation("headquartered_in", phrase="is headquartered in", inverse_phrase="is home to",
                 domain=("news_agency",), range=("city",)),
    kgx.Relation("based_in", phrase="is based in", inverse_phrase="is the home country of",
                 domain=("news_agency",), range=("country",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                 domain=("news_agency",), range=("person",)),
    kgx.Relation("owned_by", phrase="is owned by", inverse_phrase="owns",
                 domain=("news_agency",), range=("company",)),
    kgx.Relation("organised_as", phrase="is organised as a", inverse_phrase="is the legal form of",
                 domain=("news_agency",), range=("organisational_form",)),
]

_AGENCIES = [
    # slug, label, aliases, year founded
    ("associated_press", "Associated Press", ("AP",), 1846),
    ("reuters", "Reuters", (), 1851),
    ("afp", "Agence France-Presse", ("AFP",), 1835),
    ("xinhua", "Xinhua News Agency", ("Xinhua",), 1931),
    ("tass", "TASS", (), 1904),
    ("ansa", "ANSA", (), 1945),
    ("efe", "Agencia EFE", ("EFE",), 1939),
    ("dpa", "Deutsche Presse-Agentur", ("dpa",), 1949),
    ("kyodo", "Kyodo News", ("Kyodo",), 1945),
    ("jiji", "Jiji Press", (), 1945),
    ("yonhap", "Yonhap News Agency", ("Yonhap",), 1980),
    ("pti", "Press Trust of India", ("PTI",), 1947),
    ("upi", "United Press International", ("UPI",), 1907),
    ("canadian_press", "The Canadian Press", ("Canadian Press",), 1917),
    ("aap", "Australian Associated Press", ("AAP",), 1935),
    ("anadolu", "Anadolu Agency", (), 1920),
    ("bloomberg_news", "Bloomberg News", (), 1990),
    ("apa", "Austria Presse Agentur", ("APA",), 1946),
    ("ctk", "Czech News Agency", ("ČTK", "CTK"), 1918),
]

_CITIES = {
    "new_york_city": "New York City", "london": "London", "paris": "Paris", "beijing": "Beijing",
    "moscow": "Moscow", "rome": "Rome", "madrid": "Madrid", "hamburg": "Hamburg", "tokyo": "Tokyo",
    "seoul": "Seoul", "new_delhi": "New Delhi", "toronto": "Toronto", "sydney": "Sydney",
    "ankara": "Ankara", "vienna": "Vienna", "prague": "Prague",
}

_COUNTRIES = {
    "united_states": "United States", "united_kingdom": "United Kingdom", "france": "France",
    "china": "China", "russia": "Russia", "italy": "Italy", "spain": "Spain", "germany": "Germany",
    "japan": "Japan", "south_korea": "South Korea", "india": "India", "canada": "Canada",
    "australia": "Australia", "turkey": "Turkey", "austria": "Austria",
    "czech_republic": "Czech Republic",
}

_PEOPLE = {
    "paul_julius_reuter": "Paul Julius Reuter", "charles_louis_havas": "Charles-Louis Havas",
    "e_w_scripps": "E. W. Scripps", "keith_murdoch": "Keith Murdoch",
    "michael_bloomberg": "Michael Bloomberg", "matthew_winkler": "Matthew Winkler",
    "halide_edib": "Halide Edib Adıvar", "yunus_nadi": "Yunus Nadi Abalıoğlu",
    "ramon_serrano_suner": "Ramón Serrano Suñer",
}

_COMPANIES = {
    "thomson_reuters": "Thomson Reuters", "news_world_communications": "News World Communications",
    "bloomberg_lp": "Bloomberg L.P.",
}

_FORMS = {"cooperative": "cooperative", "state_owned_agency": "state-owned agency"}


def entities():
    out = []
    for slug, label, aliases, year in _AGENCIES:
        out.append(kgx.Entity(f"news_agency:{slug}", kind="item", type="news_agency", label=label,
                              aliases=aliases, attrs={"year": year}))
    for prefix, typ, table in [("city", "city", _CITIES), ("country", "country", _COUNTRIES),
                               ("person", "person", _PEOPLE), ("company", "company", _COMPANIES),
                               ("form", "organisational_form", _FORMS)]:
        for slug, label in table.items():
            out.append(kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=typ, label=label))
    for name in ("ana", "ben", "chen", "dara", "emil"):
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


_HQ = {  # agency -> (city, country)
    "associated_press": ("new_york_city", "united_states"),
    "reuters": ("london", "united_kingdom"),
    "afp": ("paris", "france"),
    "xinhua": ("beijing", "china"),
    "tass": ("moscow", "russia"),
    "ansa": ("rome", "italy"),
    "efe": ("madrid", "spain"),
    "dpa": ("hamburg", "germany"),
    "kyodo": ("tokyo", "japan"),
    "jiji": ("tokyo", "japan"),
    "yonhap": ("seoul", "south_korea"),
    "pti": ("new_delhi", "india"),
    "upi": (None, "united_states"),
    "canadian_press": ("toronto", "canada"),
    "aap": ("sydney", "australia"),
    "anadolu": ("ankara", "turkey"),
    "bloomberg_news": ("new_york_city", "united_states"),
    "apa": ("vienna", "austria"),
    "ctk": ("prague", "czech_republic"),
}

_FOUNDERS = [
    ("reuters", "paul_julius_reuter"), ("afp", "charles_louis_havas"), ("upi", "e_w_scripps"),
    ("aap", "keith_murdoch"), ("bloomberg_news", "michael_bloomberg"),
    ("bloomberg_news", "matthew_winkler"), ("anadolu", "halide_edib"), ("anadolu", "yunus_nadi"),
    ("efe", "ramon_serrano_suner"),
]

_OWNERS = [
    ("reuters", "thomson_reuters"), ("upi", "news_world_communications"),
    ("bloomberg_news", "bloomberg_lp"),
]

_FORM_OF = [
    ("associated_press", "cooperative"), ("ansa", "cooperative"), ("kyodo", "cooperative"),
    ("pti", "cooperative"), ("apa", "cooperative"),
    ("xinhua", "state_owned_agency"), ("tass", "state_owned_agency"),
    ("efe", "state_owned_agency"), ("anadolu", "state_owned_agency"),
]

_RATINGS = {
    "ana": [("reuters", 5.0), ("afp", 4.5), ("xinhua", 2.0), ("bloomberg_news", 3.5)],
    "ben": [("associated_press", 4.0), ("upi", 1.5), ("kyodo", 4.5), ("tass", 1.0)],
    "chen": [("dpa", 3.0), ("ansa", 5.0), ("efe", 4.0), ("pti", 2.0)],
    "dara": [("yonhap", 4.5), ("jiji", 2.5), ("aap", 5.0), ("canadian_press", 1.5)],
    "emil": [("anadolu", 2.0), ("apa", 4.0), ("ctk", 4.5), ("reuters", 3.0)],
}


def rows():
    out = []
    for agency, (city, country) in _HQ.items():
        if city:
            out.append((f"news_agency:{agency}", "headquartered_in", f"city:{city}"))
        out.append((f"news_agency:{agency}", "based_in", f"country:{country}"))
    for agency, person in _FOUNDERS:
        out.append((f"news_agency:{agency}", "founded_by", f"person:{person}"))
    for agency, company in _OWNERS:
        out.append((f"news_agency:{agency}", "owned_by", f"company:{company}"))
    for agency, form in _FORM_OF:
        out.append((f"news_agency:{agency}", "organised_as", f"form:{form}"))
    for user, ratings in _RATINGS.items():
        for agency, r in ratings:
            out.append((f"user:{user}", "rated", f"news_agency:{agency}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind339")
