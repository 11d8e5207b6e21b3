"""blind248: a small graph of real stock exchanges."""
import kgexplain as kgx

SE = "stock_exchange"

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=(SE,)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to", domain=(SE,), range=("city",)),
    kgx.Relation("operated_by", phrase="is operated by", inverse_phrase="operates", domain=(SE,), range=("company",)),
    kgx.Relation("trades_in", phrase="trades in", inverse_phrase="is the trading currency of", domain=(SE,), range=("currency",)),
    kgx.Relation("has_benchmark", phrase="has as its benchmark index", inverse_phrase="is the benchmark index of", domain=(SE,), range=("stock_index",)),
    kgx.Relation("regulated_by", phrase="is regulated by", inverse_phrase="regulates", domain=(SE,), range=("regulator",)),
]

# slug, label, year founded
EXCHANGES = [
    ("nyse", "New York Stock Exchange", 1792),
    ("nasdaq", "Nasdaq", 1971),
    ("lse", "London Stock Exchange", 1801),
    ("tse", "Tokyo Stock Exchange", 1878),
    ("sse", "Shanghai Stock Exchange", 1990),
    ("szse", "Shenzhen Stock Exchange", 1990),
    ("sehk", "Hong Kong Stock Exchange", 1891),
    ("euronext_paris", "Euronext Paris", 1724),
    ("euronext_amsterdam", "Euronext Amsterdam", 1602),
    ("fwb", "Frankfurt Stock Exchange", 1585),
    ("bse", "Bombay Stock Exchange", 1875),
    ("nse", "National Stock Exchange of India", 1992),
    ("tsx", "Toronto Stock Exchange", 1861),
    ("asx", "Australian Securities Exchange", 1987),
    ("krx", "Korea Exchange", 2005),
    ("jse", "Johannesburg Stock Exchange", 1887),
    ("borsa_italiana", "Borsa Italiana", 1808),
    ("sgx", "Singapore Exchange", 1999),
]

ATTRIBUTES = [
    # cities
    ("city:new_york_city", "city", "New York City"),
    ("city:london", "city", "London"),
    ("city:tokyo", "city", "Tokyo"),
    ("city:shanghai", "city", "Shanghai"),
    ("city:shenzhen", "city", "Shenzhen"),
    ("city:hong_kong", "city", "Hong Kong"),
    ("city:paris", "city", "Paris"),
    ("city:amsterdam", "city", "Amsterdam"),
    ("city:frankfurt", "city", "Frankfurt"),
    ("city:mumbai", "city", "Mumbai"),
    ("city:toronto", "city", "Toronto"),
    ("city:sydney", "city", "Sydney"),
    ("city:busan", "city", "Busan"),
    ("city:johannesburg", "city", "Johannesburg"),
    ("city:milan", "city", "Milan"),
    ("city:singapore", "city", "Singapore"),
    # operating companies
    ("company:ice", "company", "Intercontinental Exchange"),
    ("company:nasdaq_inc", "company", "Nasdaq, Inc."),
    ("company:lseg", "company", "London Stock Exchange Group"),
    ("company:jpx", "company", "Japan Exchange Group"),
    ("company:hkex", "company", "Hong Kong Exchanges and Clearing"),
    ("company:euronext", "company", "Euronext"),
    ("company:deutsche_boerse", "company", "Deutsche Börse"),
    ("company:tmx_group", "company", "TMX Group"),
    ("company:asx_limited", "company", "ASX Limited"),
    ("company:jse_limited", "company", "JSE Limited"),
    # currencies
    ("currency:us_dollar", "currency", "US dollar"),
    ("currency:pound_sterling", "currency", "Pound sterling"),
    ("currency:yen", "currency", "Yen"),
    ("currency:renminbi", "currency", "Renminbi"),
    ("currency:hong_kong_dollar", "currency", "Hong Kong dollar"),
    ("currency:euro", "currency", "Euro"),
    ("currency:indian_rupee", "currency", "Indian rupee"),
    ("currency:canadian_dollar", "currency", "Canadian dollar"),
    ("currency:australian_dollar", "currency", "Australian dollar"),
    ("currency:won", "currency", "Won"),
    ("currency:rand", "currency", "Rand"),
    ("currency:singapore_dollar", "currency", "Singapore dollar"),
    # benchmark indices
    ("stock_index:nyse_composite", "stock_index", "NYSE Composite"),
    ("stock_index:nasdaq_composite", "stock_index", "Nasdaq Composite"),
    ("stock_index:ftse_100", "stock_index", "FTSE 100"),
    ("stock_index:topix", "stock_index", "TOPIX"),
    ("stock_index:sse_composite", "stock_index", "SSE Composite Index"),
    ("stock_index:szse_component", "stock_index", "SZSE Component Index"),
    ("stock_index:hang_seng", "stock_index", "Hang Seng Index"),
    ("stock_index:cac_40", "stock_index", "CAC 40"),
    ("stock_index:aex", "stock_index", "AEX"),
    ("stock_index:dax", "stock_index", "DAX"),
    ("stock_index:sensex", "stock_index", "Sensex"),
    ("stock_index:nifty_50", "stock_index", "Nifty 50"),
    ("stock_index:sp_tsx_composite", "stock_index", "S&P/TSX Composite Index"),
    ("stock_index:sp_asx_200", "stock_index", "S&P/ASX 200"),
    ("stock_index:kospi", "stock_index", "KOSPI"),
    ("stock_index:jse_all_share", "stock_index", "FTSE/JSE All Share Index"),
    ("stock_index:ftse_mib", "stock_index", "FTSE MIB"),
    ("stock_index:straits_times", "stock_index", "Straits Times Index"),
    # regulators
    ("regulator:sec", "regulator", "Securities and Exchange Commission"),
    ("regulator:fca", "regulator", "Financial Conduct Authority"),
    ("regulator:jfsa", "regulator", "Financial Services Agency"),
    ("regulator:csrc", "regulator", "China Securities Regulatory Commission"),
    ("regulator:sfc", "regulator", "Securities and Futures Commission"),
    ("regulator:amf", "regulator", "Autorité des marchés financiers"),
    ("regulator:afm", "regulator", "Dutch Authority for the Financial Markets"),
    ("regulator:bafin", "regulator", "BaFin"),
    ("regulator:sebi", "regulator", "Securities and Exchange Board of India"),
    ("regulator:osc", "regulator", "Ontario Securities Commission"),
    ("regulator:asic", "regulator", "Australian Securities and Investments Commission"),
    ("regulator:fsc_korea", "regulator", "Financial Services Commission"),
    ("regulator:fsca", "regulator", "Financial Sector Conduct Authority"),
    ("regulator:consob", "regulator", "CONSOB"),
    ("regulator:mas", "regulator", "Monetary Authority of Singapore"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]

# slug: (city, operator or None, currency, benchmark index, regulator)
FACTS = {
    "nyse": ("new_york_city", "ice", "us_dollar", "nyse_composite", "sec"),
    "nasdaq": ("new_york_city", "nasdaq_inc", "us_dollar", "nasdaq_composite", "sec"),
    "lse": ("london", "lseg", "pound_sterling", "ftse_100", "fca"),
    "tse": ("tokyo", "jpx", "yen", "topix", "jfsa"),
    "sse": ("shanghai", None, "renminbi", "sse_composite", "csrc"),
    "szse": ("shenzhen", None, "renminbi", "szse_component", "csrc"),
    "sehk": ("hong_kong", "hkex", "hong_kong_dollar", "hang_seng", "sfc"),
    "euronext_paris": ("paris", "euronext", "euro", "cac_40", "amf"),
    "euronext_amsterdam": ("amsterdam", "euronext", "euro", "aex", "afm"),
    "fwb": ("frankfurt", "deutsche_boerse", "euro", "dax", "bafin"),
    "bse": ("mumbai", None, "indian_rupee", "sensex", "sebi"),
    "nse": ("mumbai", None, "indian_rupee", "nifty_50", "sebi"),
    "tsx": ("toronto", "tmx_group", "canadian_dollar", "sp_tsx_composite", "osc"),
    "asx": ("sydney", "asx_limited", "australian_dollar", "sp_asx_200", "asic"),
    "krx": ("busan", None, "won", "kospi", "fsc_korea"),
    "jse": ("johannesburg", "jse_limited", "rand", "jse_all_share", "fsca"),
    "borsa_italiana": ("milan", "euronext", "euro", "ftse_mib", "consob"),
    "sgx": ("singapore", None, "singapore_dollar", "straits_times", "mas"),
}

RATINGS = {
    "ana": {"nyse": 5.0, "lse": 4.5, "tse": 2.0, "fwb": 3.5},
    "ben": {"nasdaq": 4.0, "sehk": 1.5, "euronext_amsterdam": 5.0, "bse": 3.0},
    "chen": {"sse": 4.5, "szse": 4.0, "sgx": 1.0, "tsx": 3.0},
    "dara": {"asx": 5.0, "jse": 2.5, "borsa_italiana": 4.0, "krx": 1.5},
    "emil": {"euronext_paris": 4.5, "nse": 2.0, "nyse": 3.5, "nasdaq": 5.0},
}


def entities():
    out = [kgx.Entity(f"{SE}:{slug}", kind="item", type=SE, label=label, attrs={"year": year})
           for slug, label, year in EXCHANGES]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = []
    for slug, (city, op, cur, idx, reg) in FACTS.items():
        item = f"{SE}:{slug}"
        out.append((item, "located_in", f"city:{city}"))
        if op:
            out.append((item, "operated_by", f"company:{op}"))
        out.append((item, "trades_in", f"currency:{cur}"))
        out.append((item, "has_benchmark", f"stock_index:{idx}"))
        out.append((item, "regulated_by", f"regulator:{reg}"))
    for u, rs in RATINGS.items():
        for slug, r in rs.items():
            out.append((f"user:{u}", "rated", f"{SE}:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind248")
