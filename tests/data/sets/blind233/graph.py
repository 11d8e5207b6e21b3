"""A small graph of real television channels (blind233)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("channel",)),
    kgx.Relation("owned_by", phrase="is owned by", inverse_phrase="owns",
                 domain=("channel",), range=("company",)),
    kgx.Relation("headquartered_in", phrase="is headquartered in", inverse_phrase="is home to",
                 domain=("channel",), range=("city",)),
    kgx.Relation("broadcasts_in", phrase="broadcasts in", inverse_phrase="is the broadcast language of",
                 domain=("channel",), range=("language",)),
    kgx.Relation("has_genre", phrase="is a channel of the genre", inverse_phrase="is the genre of",
                 domain=("channel",), range=("genre",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                 domain=("channel",), range=("person",)),
]

# slug: (label, launch year)
CHANNELS = {
    "bbc_one": ("BBC One", 1936),
    "bbc_two": ("BBC Two", 1964),
    "itv": ("ITV", 1955),
    "channel_4": ("Channel 4", 1982),
    "cnn": ("CNN", 1980),
    "mtv": ("MTV", 1981),
    "hbo": ("HBO", 1972),
    "espn": ("ESPN", 1979),
    "al_jazeera": ("Al Jazeera", 1996),
    "sky_news": ("Sky News", 1989),
    "fox_news": ("Fox News", 1996),
    "discovery_channel": ("Discovery Channel", 1985),
    "nickelodeon": ("Nickelodeon", 1979),
    "cartoon_network": ("Cartoon Network", 1992),
    "arte": ("Arte", 1992),
    "tf1": ("TF1", 1975),
    "zdf": ("ZDF", 1963),
    "nhk_general": ("NHK General TV", 1953),
    "eurosport": ("Eurosport", 1989),
    "disney_channel": ("Disney Channel", 1983),
}

ATTRIBUTES = [
    # companies
    ("company:bbc", "company", "BBC"),
    ("company:itv_plc", "company", "ITV plc"),
    ("company:channel_four_corporation", "company", "Channel Four Television Corporation"),
    ("company:warner_bros_discovery", "company", "Warner Bros. Discovery"),
    ("company:paramount_global", "company", "Paramount Global"),
    ("company:walt_disney_company", "company", "The Walt Disney Company"),
    ("company:al_jazeera_media_network", "company", "Al Jazeera Media Network"),
    ("company:sky_group", "company", "Sky Group"),
    ("company:fox_corporation", "company", "Fox Corporation"),
    ("company:tf1_group", "company", "TF1 Group"),
    ("company:nhk", "company", "NHK"),
    # cities
    ("city:london", "city", "London"),
    ("city:atlanta", "city", "Atlanta"),
    ("city:new_york_city", "city", "New York City"),
    ("city:bristol_connecticut", "city", "Bristol, Connecticut"),
    ("city:doha", "city", "Doha"),
    ("city:strasbourg", "city", "Strasbourg"),
    ("city:boulogne_billancourt", "city", "Boulogne-Billancourt"),
    ("city:mainz", "city", "Mainz"),
    ("city:tokyo", "city", "Tokyo"),
    ("city:issy_les_moulineaux", "city", "Issy-les-Moulineaux"),
    ("city:burbank", "city", "Burbank"),
    # languages
    ("language:english", "language", "English"),
    ("language:arabic", "language", "Arabic"),
    ("language:french", "language", "French"),
    ("language:german", "language", "German"),
    ("language:japanese", "language", "Japanese"),
    # genres
    ("genre:news", "genre", "news"),
    ("genre:sports", "genre", "sports"),
    ("genre:music", "genre", "music"),
    ("genre:childrens", "genre", "children's"),
    ("genre:documentary", "genre", "documentary"),
    ("genre:entertainment", "genre", "entertainment"),
    ("genre:culture", "genre", "culture"),
    # people
    ("person:ted_turner", "person", "Ted Turner"),
    ("person:charles_dolan", "person", "Charles Dolan"),
    ("person:bill_rasmussen", "person", "Bill Rasmussen"),
    ("person:rupert_murdoch", "person", "Rupert Murdoch"),
    ("person:roger_ailes", "person", "Roger Ailes"),
    ("person:john_hendricks", "person", "John Hendricks"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]

FACTS = {
    # channel: (owner, hq city, [languages], [genres], [founders])
    "bbc_one": ("bbc", "london", ["english"], ["entertainment"], []),
    "bbc_two": ("bbc", "london", ["english"], ["entertainment"], []),
    "itv": ("itv_plc", "london", ["english"], ["entertainment"], []),
    "channel_4": ("channel_four_corporation", "london", ["english"], ["entertainment"], []),
    "cnn": ("warner_bros_discovery", "atlanta", ["english"], ["news"], ["ted_turner"]),
    "mtv": ("paramount_global", "new_york_city", ["english"], ["music"], []),
    "hbo": ("warner_bros_discovery", "new_york_city", ["english"], ["entertainment"], ["charles_dolan"]),
    "espn": ("walt_disney_company", "bristol_connecticut", ["english"], ["sports"], ["bill_rasmussen"]),
    "al_jazeera": ("al_jazeera_media_network", "doha", ["arabic"], ["news"], []),
    "sky_news": ("sky_group", "london", ["english"], ["news"], []),
    "fox_news": ("fox_corporation", "new_york_city", ["english"], ["news"], ["rupert_murdoch", "roger_ailes"]),
    "discovery_channel": ("warner_bros_discovery", None, ["english"], ["documentary"], ["john_hendricks"]),
    "nickelodeon": ("paramount_global", "new_york_city", ["english"], ["childrens"], []),
    "cartoon_network": ("warner_bros_discovery", None, ["english"], ["childrens"], []),
    "arte": (None, "strasbourg", ["french", "german"], ["culture"], []),
    "tf1": ("tf1_group", "boulogne_billancourt", ["french"], ["entertainment"], []),
    "zdf": (None, "mainz", ["german"], [], []),
    "nhk_general": ("nhk", "tokyo", ["japanese"], [], []),
    "eurosport": ("warner_bros_discovery", "issy_les_moulineaux", [], ["sports"], []),
    "disney_channel": ("walt_disney_company", "burbank", ["english"], ["childrens"], []),
}

RATINGS = {
    "ana": [("cnn", 4.5), ("bbc_one", 5.0), ("al_jazeera", 2.0), ("mtv", 1.5)],
    "ben": [("espn", 5.0), ("eurosport", 4.0), ("fox_news", 1.0), ("hbo", 3.0)],
    "chen": [("nhk_general", 4.5), ("cartoon_network", 2.0), ("discovery_channel", 4.0), ("arte", 5.0)],
    "dara": [("nickelodeon", 4.0), ("disney_channel", 5.0), ("sky_news", 0.5), ("channel_4", 3.5)],
    "emil": [("tf1", 2.5), ("zdf", 4.0), ("bbc_two", 4.5), ("itv", 1.5)],
}


def entities():
    out = [kgx.Entity(f"channel:{slug}", kind="item", type="channel", label=label, attrs={"year": year})
           for slug, (label, year) in CHANNELS.items()]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = []
    for slug, (owner, city, langs, genres, founders) in FACTS.items():
        ch = f"channel:{slug}"
        if owner:
            out.append((ch, "owned_by", f"company:{owner}"))
        if city:
            out.append((ch, "headquartered_in", f"city:{city}"))
        out += [(ch, "broadcasts_in", f"language:{x}") for x in langs]
        out += [(ch, "has_genre", f"genre:{x}") for x in genres]
        out += [(ch, "founded_by", f"person:{x}") for x in founders]
    for user, ratings in RATINGS.items():
        out += [(f"user:{user}", "rated", f"channel:{slug}", {"rating": r}) for slug, r in ratings]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind233")
