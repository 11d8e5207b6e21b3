"""blind279: a small graph of video streaming services.

Items are streaming services (type "service"); `year` is the year the service
launched. Attributes: owner companies, headquarters cities, founders, the kind
of content a service specialises in, and how the service is funded.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("service",)),
    kgx.Relation("owned_by", phrase="is owned by", inverse_phrase="owns",
                 domain=("service",), range=("company",)),
    kgx.Relation("headquartered_in", phrase="is headquartered in", inverse_phrase="is home to",
                 domain=("service",), range=("city",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                 domain=("service",), range=("person",)),
    kgx.Relation("specializes_in", phrase="specializes in", inverse_phrase="is the specialty of",
                 domain=("service",), range=("genre",)),
    kgx.Relation("funded_by", phrase="is funded by", inverse_phrase="funds",
                 domain=("service",), range=("revenue source",)),
]

_SERVICES = [
    ("netflix", "Netflix", 2007),
    ("hulu", "Hulu", 2008),
    ("disney_plus", "Disney+", 2019),
    ("hbo_max", "HBO Max", 2020),
    ("peacock", "Peacock", 2020),
    ("paramount_plus", "Paramount+", 2021),
    ("pluto_tv", "Pluto TV", 2014),
    ("crunchyroll", "Crunchyroll", 2006),
    ("youtube", "YouTube", 2005),
    ("twitch", "Twitch", 2011),
    ("prime_video", "Prime Video", 2006),
    ("apple_tv_plus", "Apple TV+", 2019),
    ("mubi", "Mubi", 2007),
    ("tubi", "Tubi", 2014),
    ("shudder", "Shudder", 2015),
    ("curiositystream", "CuriosityStream", 2015),
    ("dazn", "DAZN", 2016),
    ("iqiyi", "iQIYI", 2010),
    ("vimeo", "Vimeo", 2004),
    ("dailymotion", "Dailymotion", 2005),
]

_COMPANIES = [
    ("walt_disney_company", "The Walt Disney Company"),
    ("warner_bros_discovery", "Warner Bros. Discovery"),
    ("nbcuniversal", "NBCUniversal"),
    ("paramount_global", "Paramount Global"),
    ("sony", "Sony"),
    ("google", "Google"),
    ("amazon", "Amazon"),
    ("apple", "Apple"),
    ("fox_corporation", "Fox Corporation"),
    ("amc_networks", "AMC Networks"),
    ("access_industries", "Access Industries"),
    ("baidu", "Baidu"),
]

_CITIES = [
    ("los_gatos", "Los Gatos"),
    ("santa_monica", "Santa Monica"),
    ("burbank", "Burbank"),
    ("new_york_city", "New York City"),
    ("san_bruno", "San Bruno"),
    ("san_francisco", "San Francisco"),
    ("london", "London"),
    ("silver_spring", "Silver Spring"),
    ("beijing", "Beijing"),
    ("paris", "Paris"),
]

_PEOPLE = [
    ("reed_hastings", "Reed Hastings"),
    ("marc_randolph", "Marc Randolph"),
    ("chad_hurley", "Chad Hurley"),
    ("steve_chen", "Steve Chen"),
    ("jawed_karim", "Jawed Karim"),
    ("justin_kan", "Justin Kan"),
    ("emmett_shear", "Emmett Shear"),
    ("kun_gao", "Kun Gao"),
    ("efe_cakarel", "Efe Çakarel"),
    ("farhad_massoudi", "Farhad Massoudi"),
    ("john_hendricks", "John Hendricks"),
    ("gong_yu", "Gong Yu"),
    ("jake_lodwick", "Jake Lodwick"),
    ("zach_klein", "Zach Klein"),
    ("benjamin_bejbaum", "Benjamin Bejbaum"),
    ("olivier_poitrey", "Olivier Poitrey"),
    ("tom_ryan", "Tom Ryan"),
]

_GENRES = [
    ("anime", "Anime"),
    ("horror", "Horror"),
    ("documentary", "Documentary"),
    ("sports", "Sports"),
    ("video_games", "Video games"),
    ("arthouse_film", "Arthouse film"),
]

_REVENUE = [
    ("subscriptions", "Subscriptions"),
    ("advertising", "Advertising"),
]

_USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, label, year in _SERVICES:
        out.append(kgx.Entity(f"service:{slug}", kind="item", type="service", label=label,
                              attrs={"year": year}))
    for slug, label in _COMPANIES:
        out.append(kgx.Entity(f"company:{slug}", kind="attribute", type="company", label=label))
    for slug, label in _CITIES:
        out.append(kgx.Entity(f"city:{slug}", kind="attribute", type="city", label=label))
    for slug, label in _PEOPLE:
        out.append(kgx.Entity(f"person:{slug}", kind="attribute", type="person", label=label))
    for slug, label in _GENRES:
        out.append(kgx.Entity(f"genre:{slug}", kind="attribute", type="genre", label=label))
    for slug, label in _REVENUE:
        out.append(kgx.Entity(f"revenue:{slug}", kind="attribute", type="revenue source", label=label))
    for name in _USERS:
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


_OWNED_BY = {
    "hulu": "walt_disney_company",
    "disney_plus": "walt_disney_company",
    "hbo_max": "warner_bros_discovery",
    "peacock": "nbcuniversal",
    "paramount_plus": "paramount_global",
    "pluto_tv": "paramount_global",
    "crunchyroll": "sony",
    "youtube": "google",
    "twitch": "amazon",
    "prime_video": "amazon",
    "apple_tv_plus": "apple",
    "tubi": "fox_corporation",
    "shudder": "amc_networks",
    "dazn": "access_industries",
    "iqiyi": "baidu",
}

_HEADQUARTERS = {
    "netflix": "los_gatos",
    "hulu": "santa_monica",
    "disney_plus": "burbank",
    "youtube": "san_bruno",
    "twitch": "san_francisco",
    "tubi": "san_francisco",
    "mubi": "london",
    "dazn": "london",
    "curiositystream": "silver_spring",
    "iqiyi": "beijing",
    "vimeo": "new_york_city",
    "dailymotion": "paris",
}

_FOUNDERS = {
    "netflix": ["reed_hastings", "marc_randolph"],
    "youtube": ["chad_hurley", "steve_chen", "jawed_karim"],
    "twitch": ["justin_kan", "emmett_shear"],
    "crunchyroll": ["kun_gao"],
    "mubi": ["efe_cakarel"],
    "tubi": ["farhad_massoudi"],
    "curiositystream": ["john_hendricks"],
    "iqiyi": ["gong_yu"],
    "vimeo": ["jake_lodwick", "zach_klein"],
    "dailymotion": ["benjamin_bejbaum", "olivier_poitrey"],
    "pluto_tv": ["tom_ryan"],
}

_SPECIALTY = {
    "crunchyroll": "anime",
    "shudder": "horror",
    "curiositystream": "documentary",
    "dazn": "sports",
    "twitch": "video_games",
    "mubi": "arthouse_film",
}

_FUNDING = {
    "netflix": ["subscriptions"],
    "hulu": ["subscriptions", "advertising"],
    "disney_plus": ["subscriptions"],
    "hbo_max": ["subscriptions"],
    "peacock": ["subscriptions"],
    "paramount_plus": ["subscriptions"],
    "pluto_tv": ["advertising"],
    "crunchyroll": ["subscriptions"],
    "youtube": ["advertising"],
    "twitch": ["advertising"],
    "prime_video": ["subscriptions"],
    "apple_tv_plus": ["subscriptions"],
    "mubi": ["subscriptions"],
    "tubi": ["advertising"],
    "shudder": ["subscriptions"],
    "curiositystream": ["subscriptions"],
    "dazn": ["subscriptions"],
    "iqiyi": ["subscriptions", "advertising"],
    "dailymotion": ["advertising"],
}

_RATINGS = {
    "ana": [("netflix", 5.0), ("crunchyroll", 4.5), ("tubi", 2.0), ("mubi", 3.5)],
    "ben": [("twitch", 4.0), ("youtube", 5.0), ("peacock", 1.5), ("dazn", 4.5)],
    "chen": [("disney_plus", 4.5), ("hulu", 3.0), ("shudder", 1.0), ("iqiyi", 5.0)],
    "dara": [("mubi", 5.0), ("curiositystream", 4.0), ("paramount_plus", 2.0), ("apple_tv_plus", 3.5)],
    "emil": [("hbo_max", 4.5), ("prime_video", 2.5), ("pluto_tv", 1.5), ("vimeo", 4.0)],
}


def rows():
    out = []
    for s, c in _OWNED_BY.items():
        out.append((f"service:{s}", "owned_by", f"company:{c}"))
    for s, c in _HEADQUARTERS.items():
        out.append((f"service:{s}", "headquartered_in", f"city:{c}"))
    for s, people in _FOUNDERS.items():
        for p in people:
            out.append((f"service:{s}", "founded_by", f"person:{p}"))
    for s, g in _SPECIALTY.items():
        out.append((f"service:{s}", "specializes_in", f"genre:{g}"))
    for s, sources in _FUNDING.items():
        for r in sources:
            out.append((f"service:{s}", "funded_by", f"revenue:{r}"))
    for u, ratings in _RATINGS.items():
        for s, r in ratings:
            out.append((f"user:{u}", "rated", f"service:{s}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind279")
