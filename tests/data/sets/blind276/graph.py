"""A small graph of technology companies (blind276).

Items are companies; ``year`` is the year the company was founded.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("company",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                 domain=("company",), range=("person",)),
    kgx.Relation("led_by", phrase="is led by", inverse_phrase="leads",
                 domain=("company",), range=("person",)),
    kgx.Relation("headquartered_in", phrase="is headquartered in", inverse_phrase="is home to",
                 domain=("company",), range=("city",)),
    kgx.Relation("operates_in", phrase="operates in", inverse_phrase="is the business of",
                 domain=("company",), range=("industry",)),
    kgx.Relation("listed_on", phrase="is listed on", inverse_phrase="lists",
                 domain=("company",), range=("stock_exchange",)),
]

COMPANIES = [
    ("apple", "Apple", 1976),
    ("microsoft", "Microsoft", 1975),
    ("google", "Google", 1998),
    ("amazon", "Amazon", 1994),
    ("intel", "Intel", 1968),
    ("nvidia", "Nvidia", 1993),
    ("samsung_electronics", "Samsung Electronics", 1969),
    ("sony", "Sony", 1946),
    ("nintendo", "Nintendo", 1889),
    ("sap", "SAP", 1972),
    ("ibm", "IBM", 1911),
    ("netflix", "Netflix", 1997),
    ("tsmc", "TSMC", 1987),
    ("spotify", "Spotify", 2006),
    ("tencent", "Tencent", 1998),
    ("alibaba", "Alibaba", 1999),
    ("meta", "Meta", 2004),
    ("adobe", "Adobe", 1982),
]

PEOPLE = {
    "steve_jobs": "Steve Jobs", "steve_wozniak": "Steve Wozniak", "ronald_wayne": "Ronald Wayne",
    "tim_cook": "Tim Cook", "bill_gates": "Bill Gates", "paul_allen": "Paul Allen",
    "satya_nadella": "Satya Nadella", "larry_page": "Larry Page", "sergey_brin": "Sergey Brin",
    "sundar_pichai": "Sundar Pichai", "jeff_bezos": "Jeff Bezos", "andy_jassy": "Andy Jassy",
    "robert_noyce": "Robert Noyce", "gordon_moore": "Gordon Moore",
    "jensen_huang": "Jensen Huang", "chris_malachowsky": "Chris Malachowsky",
    "curtis_priem": "Curtis Priem", "lee_byung_chul": "Lee Byung-chul",
    "masaru_ibuka": "Masaru Ibuka", "akio_morita": "Akio Morita",
    "fusajiro_yamauchi": "Fusajiro Yamauchi", "shuntaro_furukawa": "Shuntaro Furukawa",
    "dietmar_hopp": "Dietmar Hopp", "hasso_plattner": "Hasso Plattner",
    "klaus_tschira": "Klaus Tschira", "christian_klein": "Christian Klein",
    "charles_ranlett_flint": "Charles Ranlett Flint", "arvind_krishna": "Arvind Krishna",
    "reed_hastings": "Reed Hastings", "marc_randolph": "Marc Randolph",
    "ted_sarandos": "Ted Sarandos", "greg_peters": "Greg Peters",
    "morris_chang": "Morris Chang", "c_c_wei": "C. C. Wei",
    "daniel_ek": "Daniel Ek", "martin_lorentzon": "Martin Lorentzon",
    "ma_huateng": "Ma Huateng", "jack_ma": "Jack Ma", "eddie_wu": "Eddie Wu",
    "mark_zuckerberg": "Mark Zuckerberg", "eduardo_saverin": "Eduardo Saverin",
    "dustin_moskovitz": "Dustin Moskovitz", "john_warnock": "John Warnock",
    "charles_geschke": "Charles Geschke", "shantanu_narayen": "Shantanu Narayen",
}

CITIES = {
    "cupertino": "Cupertino", "redmond": "Redmond", "mountain_view": "Mountain View",
    "seattle": "Seattle", "santa_clara": "Santa Clara", "suwon": "Suwon", "tokyo": "Tokyo",
    "kyoto": "Kyoto", "walldorf": "Walldorf", "armonk": "Armonk", "los_gatos": "Los Gatos",
    "hsinchu": "Hsinchu", "stockholm": "Stockholm", "shenzhen": "Shenzhen",
    "hangzhou": "Hangzhou", "menlo_park": "Menlo Park", "san_jose": "San Jose",
}

INDUSTRIES = {
    "consumer_electronics": "Consumer electronics", "software": "Software",
    "semiconductors": "Semiconductors", "e_commerce": "E-commerce",
    "cloud_computing": "Cloud computing", "video_games": "Video games",
    "streaming": "Streaming", "internet_search": "Internet search",
    "social_media": "Social media",
}

EXCHANGES = {
    "nasdaq": "Nasdaq", "nyse": "New York Stock Exchange", "tse": "Tokyo Stock Exchange",
    "fse": "Frankfurt Stock Exchange", "krx": "Korea Exchange",
    "hkex": "Hong Kong Stock Exchange", "twse": "Taiwan Stock Exchange",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"company:{slug}", kind="item", type="company", label=label,
                      attrs={"year": year}) for slug, label, year in COMPANIES]
    out += [kgx.Entity(f"person:{k}", kind="attribute", type="person", label=v)
            for k, v in PEOPLE.items()]
    out += [kgx.Entity(f"city:{k}", kind="attribute", type="city", label=v)
            for k, v in CITIES.items()]
    out += [kgx.Entity(f"industry:{k}", kind="attribute", type="industry", label=v)
            for k, v in INDUSTRIES.items()]
    out += [kgx.Entity(f"exchange:{k}", kind="attribute", type="stock_exchange", label=v)
            for k, v in EXCHANGES.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = {
    # company: (founders, leaders, city, industries, exchanges)
    "apple": (["steve_jobs", "steve_wozniak", "ronald_wayne"], ["tim_cook"], "cupertino",
              ["consumer_electronics"], ["nasdaq"]),
    "microsoft": (["bill_gates", "paul_allen"], ["satya_nadella"], "redmond",
                  ["software", "cloud_computing"], ["nasdaq"]),
    "google": (["larry_page", "sergey_brin"], ["sundar_pichai"], "mountain_view",
               ["internet_search", "cloud_computing"], []),
    "amazon": (["jeff_bezos"], ["andy_jassy"], "seattle",
               ["e_commerce", "cloud_computing"], ["nasdaq"]),
    "intel": (["robert_noyce", "gordon_moore"], [], "santa_clara", ["semiconductors"], ["nasdaq"]),
    "nvidia": (["jensen_huang", "chris_malachowsky", "curtis_priem"], ["jensen_huang"],
               "santa_clara", ["semiconductors"], ["nasdaq"]),
    "samsung_electronics": (["lee_byung_chul"], [], "suwon",
                            ["consumer_electronics", "semiconductors"], ["krx"]),
    "sony": (["masaru_ibuka", "akio_morita"], [], "tokyo",
             ["consumer_electronics", "video_games"], ["tse"]),
    "nintendo": (["fusajiro_yamauchi"], ["shuntaro_furukawa"], "kyoto", ["video_games"], ["tse"]),
    "sap": (["dietmar_hopp", "hasso_plattner", "klaus_tschira"], ["christian_klein"], "walldorf",
            ["software"], ["fse"]),
    "ibm": (["charles_ranlett_flint"], ["arvind_krishna"], "armonk",
            ["software", "cloud_computing"], ["nyse"]),
    "netflix": (["reed_hastings", "marc_randolph"], ["ted_sarandos", "greg_peters"], "los_gatos",
                ["streaming"], ["nasdaq"]),
    "tsmc": (["morris_chang"], ["c_c_wei"], "hsinchu", ["semiconductors"], ["twse", "nyse"]),
    "spotify": (["daniel_ek", "martin_lorentzon"], [], "stockholm", ["streaming"], ["nyse"]),
    "tencent": (["ma_huateng"], ["ma_huateng"], "shenzhen",
                ["social_media", "video_games"], ["hkex"]),
    "alibaba": (["jack_ma"], ["eddie_wu"], "hangzhou", ["e_commerce", "cloud_computing"],
                ["nyse", "hkex"]),
    "meta": (["mark_zuckerberg", "eduardo_saverin", "dustin_moskovitz"], ["mark_zuckerberg"],
             "menlo_park", ["social_media"], ["nasdaq"]),
    "adobe": (["john_warnock", "charles_geschke"], ["shantanu_narayen"], "san_jose",
              ["software"], ["nasdaq"]),
}

RATINGS = {
    "ana": [("apple", 5.0), ("nintendo", 4.5), ("meta", 1.5), ("spotify", 4.0)],
    "ben": [("microsoft", 4.0), ("amazon", 2.0), ("nvidia", 5.0), ("sony", 3.0)],
    "chen": [("tencent", 4.5), ("alibaba", 1.0), ("tsmc", 4.0), ("google", 3.5)],
    "dara": [("netflix", 5.0), ("adobe", 2.5), ("sap", 1.5), ("ibm", 4.0)],
    "emil": [("samsung_electronics", 4.5), ("intel", 2.0), ("apple", 3.0), ("spotify", 0.5)],
}


def rows():
    out = []
    for c, (founders, leaders, city, industries, exchanges) in FACTS.items():
        h = f"company:{c}"
        out += [(h, "founded_by", f"person:{p}") for p in founders]
        out += [(h, "led_by", f"person:{p}") for p in leaders]
        out.append((h, "headquartered_in", f"city:{city}"))
        out += [(h, "operates_in", f"industry:{i}") for i in industries]
        out += [(h, "listed_on", f"exchange:{x}") for x in exchanges]
    for u, rs in RATINGS.items():
        out += [(f"user:{u}", "rated", f"company:{c}", {"rating": r}) for c, r in rs]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind276")
