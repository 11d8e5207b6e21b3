"""blind299: a small graph of real currencies.

Items are currencies; `year` is the year the currency (in its current form) was introduced.
Attributes: countries that use them, the central banks that issue them, their subunits,
the earlier currencies they replaced, and people portrayed on their banknotes.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("currency",)),
    kgx.Relation("used_in", phrase="is used in", inverse_phrase="uses",
                 domain=("currency",), range=("country",)),
    kgx.Relation("issued_by", phrase="is issued by", inverse_phrase="issues",
                 domain=("currency",), range=("central bank",)),
    kgx.Relation("divided_into", phrase="is divided into", inverse_phrase="is a subunit of",
                 domain=("currency",), range=("subunit",)),
    kgx.Relation("replaced", phrase="replaced", inverse_phrase="was replaced by",
                 domain=("currency",), range=("former currency",)),
    kgx.Relation("portrays", phrase="has banknotes featuring",
                 inverse_phrase="appears on the banknotes of",
                 domain=("currency",), range=("person",)),
]

# slug: (label, year, aliases)
CURRENCIES = {
    "euro": ("Euro", 1999, ("euro",)),
    "us_dollar": ("United States dollar", 1792, ("US dollar", "U.S. dollar")),
    "japanese_yen": ("Japanese yen", 1871, ("yen",)),
    "swiss_franc": ("Swiss franc", 1850, ()),
    "renminbi": ("Renminbi", 1948, ("renminbi", "Chinese yuan")),
    "south_african_rand": ("South African rand", 1961, ("rand",)),
    "australian_dollar": ("Australian dollar", 1966, ()),
    "new_zealand_dollar": ("New Zealand dollar", 1967, ()),
    "canadian_dollar": ("Canadian dollar", 1858, ()),
    "russian_ruble": ("Russian ruble", 1992, ("Russian rouble",)),
    "brazilian_real": ("Brazilian real", 1994, ()),
    "israeli_new_shekel": ("Israeli new shekel", 1985, ("new shekel",)),
    "south_korean_won": ("South Korean won", 1962, ()),
    "polish_zloty": ("Polish złoty", 1924, ("Polish zloty", "złoty", "zloty")),
    "swedish_krona": ("Swedish krona", 1873, ("krona",)),
    "danish_krone": ("Danish krone", 1875, ("krone",)),
    "singapore_dollar": ("Singapore dollar", 1967, ()),
    "malaysian_ringgit": ("Malaysian ringgit", 1967, ("ringgit",)),
}

COUNTRIES = {
    "germany": "Germany", "france": "France", "italy": "Italy", "spain": "Spain",
    "united_states": "United States", "ecuador": "Ecuador", "el_salvador": "El Salvador",
    "panama": "Panama", "japan": "Japan", "switzerland": "Switzerland",
    "liechtenstein": "Liechtenstein", "china": "China", "south_africa": "South Africa",
    "namibia": "Namibia", "lesotho": "Lesotho", "australia": "Australia",
    "kiribati": "Kiribati", "nauru": "Nauru", "tuvalu": "Tuvalu",
    "new_zealand": "New Zealand", "cook_islands": "Cook Islands", "niue": "Niue",
    "canada": "Canada", "russia": "Russia", "brazil": "Brazil", "israel": "Israel",
    "south_korea": "South Korea", "poland": "Poland", "sweden": "Sweden",
    "denmark": "Denmark", "greenland": "Greenland", "faroe_islands": "Faroe Islands",
    "singapore": "Singapore", "malaysia": "Malaysia",
}

BANKS = {
    "ecb": "European Central Bank", "federal_reserve": "Federal Reserve",
    "bank_of_japan": "Bank of Japan", "swiss_national_bank": "Swiss National Bank",
    "peoples_bank_of_china": "People's Bank of China",
    "south_african_reserve_bank": "South African Reserve Bank",
    "reserve_bank_of_australia": "Reserve Bank of Australia",
    "reserve_bank_of_new_zealand": "Reserve Bank of New Zealand",
    "bank_of_canada": "Bank of Canada", "bank_of_russia": "Central Bank of Russia",
    "central_bank_of_brazil": "Central Bank of Brazil", "bank_of_israel": "Bank of Israel",
    "bank_of_korea": "Bank of Korea", "national_bank_of_poland": "National Bank of Poland",
    "riksbank": "Sveriges Riksbank", "danmarks_nationalbank": "Danmarks Nationalbank",
    "mas": "Monetary Authority of Singapore", "bank_negara": "Bank Negara Malaysia",
}

# slug: (label, aliases)
SUBUNITS = {
    "cent": ("cent", ("cents",)), "sen": ("sen", ()), "rappen": ("rappen", ()),
    "jiao": ("jiao", ()), "fen": ("fen", ()), "kopeck": ("kopeck", ("kopecks", "kopek", "kopeks")),
    "centavo": ("centavo", ("centavos",)), "agora": ("agora", ("agorot",)),
    "jeon": ("jeon", ()), "grosz": ("grosz", ("groszy", "grosze")),
    "ore_se": ("öre", ("ore",)), "ore_dk": ("øre", ()),
}

FORMER = {
    "deutsche_mark": "Deutsche Mark", "french_franc": "French franc",
    "italian_lira": "Italian lira", "spanish_peseta": "Spanish peseta",
    "ryo": "ryō", "south_african_pound": "South African pound",
    "australian_pound": "Australian pound", "new_zealand_pound": "New Zealand pound",
    "canadian_pound": "Canadian pound", "soviet_ruble": "Soviet ruble",
    "cruzeiro_real": "cruzeiro real", "israeli_old_shekel": "Israeli old shekel",
    "hwan": "hwan", "polish_mark": "Polish mark", "swedish_riksdaler": "Swedish riksdaler",
    "danish_rigsdaler": "Danish rigsdaler",
    "malaya_borneo_dollar": "Malaya and British Borneo dollar",
}

PEOPLE = {
    "george_washington": "George Washington", "abraham_lincoln": "Abraham Lincoln",
    "benjamin_franklin": "Benjamin Franklin", "fukuzawa_yukichi": "Fukuzawa Yukichi",
    "noguchi_hideyo": "Noguchi Hideyo", "mao_zedong": "Mao Zedong",
    "nelson_mandela": "Nelson Mandela", "edith_cowan": "Edith Cowan",
    "edmund_hillary": "Edmund Hillary", "ernest_rutherford": "Ernest Rutherford",
    "john_a_macdonald": "John A. Macdonald", "wilfrid_laurier": "Wilfrid Laurier",
    "leah_goldberg": "Leah Goldberg", "sejong_the_great": "Sejong the Great",
    "casimir_iii": "Casimir III the Great", "astrid_lindgren": "Astrid Lindgren",
    "greta_garbo": "Greta Garbo", "yusof_ishak": "Yusof Ishak",
    "tuanku_abdul_rahman": "Tuanku Abdul Rahman",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, (label, year, aliases) in CURRENCIES.items():
        out.append(kgx.Entity(f"currency:{slug}", kind="item", type="currency", label=label,
                              aliases=aliases, attrs={"year": year}))
    for slug, label in COUNTRIES.items():
        out.append(kgx.Entity(f"country:{slug}", kind="attribute", type="country", label=label))
    for slug, label in BANKS.items():
        out.append(kgx.Entity(f"bank:{slug}", kind="attribute", type="central bank", label=label))
    for slug, (label, aliases) in SUBUNITS.items():
        out.append(kgx.Entity(f"subunit:{slug}", kind="attribute", type="subunit", label=label,
                              aliases=aliases))
    for slug, label in FORMER.items():
        out.append(kgx.Entity(f"former:{slug}", kind="attribute", type="former currency",
                              label=label))
    for slug, label in PEOPLE.items():
        out.append(kgx.Entity(f"person:{slug}", kind="attribute", type="person", label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


# currency slug -> {relation: [tail ids]}
FACTS = {
    "euro": {
        "used_in": ["germany", "france", "italy", "spain"],
        "issued_by": ["ecb"],
        "divided_into": ["cent"],
        "replaced": ["deutsche_mark", "french_franc", "italian_lira", "spanish_peseta"],
    },
    "us_dollar": {
        "used_in": ["united_states", "ecuador", "el_salvador", "panama"],
        "issued_by": ["federal_reserve"],
        "divided_into": ["cent"],
        "portrays": ["george_washington", "abraham_lincoln", "benjamin_franklin"],
    },
    "japanese_yen": {
        "used_in": ["japan"],
        "issued_by": ["bank_of_japan"],
        "divided_into": ["sen"],
        "replaced": ["ryo"],
        "portrays": ["fukuzawa_yukichi", "noguchi_hideyo"],
    },
    "swiss_franc": {
        "used_in": ["switzerland", "liechtenstein"],
        "issued_by": ["swiss_national_bank"],
        "divided_into": ["rappen"],
    },
    "renminbi": {
        "used_in": ["china"],
        "issued_by": ["peoples_bank_of_china"],
        "divided_into": ["jiao", "fen"],
        "portrays": ["mao_zedong"],
    },
    "south_african_rand": {
        "used_in": ["south_africa", "namibia", "lesotho"],
        "issued_by": ["south_african_reserve_bank"],
        "divided_into": ["cent"],
        "replaced": ["south_african_pound"],
        "portrays": ["nelson_mandela"],
    },
    "australian_dollar": {
        "used_in": ["australia", "kiribati", "nauru", "tuvalu"],
        "issued_by": ["reserve_bank_of_australia"],
        "divided_into": ["cent"],
        "replaced": ["australian_pound"],
        "portrays": ["edith_cowan"],
    },
    "new_zealand_dollar": {
        "used_in": ["new_zealand", "cook_islands", "niue"],
        "issued_by": ["reserve_bank_of_new_zealand"],
        "divided_into": ["cent"],
        "replaced": ["new_zealand_pound"],
        "portrays": ["edmund_hillary", "ernest_rutherford"],
    },
    "canadian_dollar": {
        "used_in": ["canada"],
        "issued_by": ["bank_of_canada"],
        "divided_into": ["cent"],
        "replaced": ["canadian_pound"],
        "portrays": ["john_a_macdonald", "wilfrid_laurier"],
    },
    "russian_ruble": {
        "used_in": ["russia"],
        "issued_by": ["bank_of_russia"],
        "divided_into": ["kopeck"],
        "replaced": ["soviet_ruble"],
    },
    "brazilian_real": {
        "used_in": ["brazil"],
        "issued_by": ["central_bank_of_brazil"],
        "divided_into": ["centavo"],
        "replaced": ["cruzeiro_real"],
    },
    "israeli_new_shekel": {
        "used_in": ["israel"],
        "issued_by": ["bank_of_israel"],
        "divided_into": ["agora"],
        "replaced": ["israeli_old_shekel"],
        "portrays": ["leah_goldberg"],
    },
    "south_korean_won": {
        "used_in": ["south_korea"],
        "issued_by": ["bank_of_korea"],
        "divided_into": ["jeon"],
        "replaced": ["hwan"],
        "portrays": ["sejong_the_great"],
    },
    "polish_zloty": {
        "used_in": ["poland"],
        "issued_by": ["national_bank_of_poland"],
        "divided_into": ["grosz"],
        "replaced": ["polish_mark"],
        "portrays": ["casimir_iii"],
    },
    "swedish_krona": {
        "used_in": ["sweden"],
        "issued_by": ["riksbank"],
        "divided_into": ["ore_se"],
        "replaced": ["swedish_riksdaler"],
        "portrays": ["astrid_lindgren", "greta_garbo"],
    },
    "danish_krone": {
        "used_in": ["denmark", "greenland", "faroe_islands"],
        "issued_by": ["danmarks_nationalbank"],
        "divided_into": ["ore_dk"],
        "replaced": ["danish_rigsdaler"],
    },
    "singapore_dollar": {
        "used_in": ["singapore"],
        "issued_by": ["mas"],
        "divided_into": ["cent"],
        "replaced": ["malaya_borneo_dollar"],
        "portrays": ["yusof_ishak"],
    },
    "malaysian_ringgit": {
        "used_in": ["malaysia"],
        "issued_by": ["bank_negara"],
        "divided_into": ["sen"],
        "replaced": ["malaya_borneo_dollar"],
        "portrays": ["tuanku_abdul_rahman"],
    },
}

PREFIX = {"used_in": "country", "issued_by": "bank", "divided_into": "subunit",
          "replaced": "former", "portrays": "person"}

RATINGS = {
    "ana": {"euro": 5.0, "swiss_franc": 4.5, "japanese_yen": 1.5, "swedish_krona": 4.0},
    "ben": {"us_dollar": 2.0, "canadian_dollar": 5.0, "australian_dollar": 3.0,
            "new_zealand_dollar": 4.5},
    "chen": {"renminbi": 4.0, "singapore_dollar": 5.0, "malaysian_ringgit": 1.0,
             "south_korean_won": 3.5},
    "dara": {"south_african_rand": 4.5, "brazilian_real": 2.5, "russian_ruble": 0.5,
             "israeli_new_shekel": 4.0},
    "emil": {"polish_zloty": 5.0, "danish_krone": 2.0, "euro": 3.0, "japanese_yen": 4.0},
}


def rows():
    out = []
    for cur, rels in FACTS.items():
        for rel, tails in rels.items():
            for t in tails:
                out.append((f"currency:{cur}", rel, f"{PREFIX[rel]}:{t}"))
    for u, rs in RATINGS.items():
        for cur, r in rs.items():
            out.append((f"user:{u}", "rated", f"currency:{cur}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind299")
