import os
import sys

if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items, others, rels, triples, extra=()):
    ents = [E(k, kind="item", type=t, label=n, attrs={"year": y}) for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n) for k, (t, n) in others.items()] + list(extra)
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def P(n):
    return "p:" + n.replace(" ", "_")


def _people(*names):
    return {P(n): ("person", n) for n in names}


def podcasts():
    items = {
        "pc:ra": ("podcast", "Radio Ambulante", 2012),
        "pc:tal": ("podcast", "This American Life", 1995),
        "pc:serial": ("podcast", "Serial", 2014),
        "pc:ld": ("podcast", "Les Pieds sur terre", 2002),
        "pc:sb": ("podcast", "Slow German", 2008),
        "pc:rl": ("podcast", "Radiolab", 2002),
        "pc:ctm": ("podcast", "Coffee Break Spanish", 2006),
        "pc:99": ("podcast", "99% Invisible", 2010),
    }
    others = _people(
        "Daniel Alarcón",
        "Ira Glass",
        "Sarah Koenig",
        "Sonia Kronlund",
        "Annik Rubens",
        "Jad Abumrad",
        "Robert Krulwich",
        "Mark Pentleton",
        "Roman Mars",
    )
    others.update(
        {
            "l:es": ("language", "Spanish"),
            "l:en": ("language", "English"),
            "l:fr": ("language", "French"),
            "l:de": ("language", "German"),
            "co:us": ("country", "United States"),
            "co:fr": ("country", "France"),
            "co:de": ("country", "Germany"),
            "co:uk": ("country", "Scotland"),
            "n:npr": ("network", "NPR"),
            "n:wbez": ("network", "WBEZ"),
            "n:rf": ("network", "Radio France"),
            "n:rt": ("network", "Radiotopia"),
            "n:wnyc": ("network", "WNYC Studios"),
            "ci:chicago": ("city", "Chicago"),
            "ci:nyc": ("city", "New York"),
            "ci:paris": ("city", "Paris"),
            "ci:munich": ("city", "Munich"),
            "ci:glasgow": ("city", "Glasgow"),
            "ci:sf": ("city", "San Francisco"),
            "b:book": ("book", "The Sound of Silence"),
            "pf:spotify": ("platform", "Spotify"),
            "pf:apple": ("platform", "Apple Podcasts"),
            "pf:yt": ("platform", "YouTube"),
        }
    )
    rels = [
        R(
            "in_language",
            phrase="is in",
            inverse_phrase="is the language of",
            domain=("podcast",),
            range=("language",),
        ),
        R("hosted_by", phrase="is hosted by", inverse_phrase="hosts", domain=("podcast",), range=("person",)),
        R(
            "from_country",
            phrase="comes from",
            inverse_phrase="is the home of",
            domain=("podcast",),
            range=("country",),
        ),
        R(
            "network",
            phrase="is distributed by",
            inverse_phrase="distributes",
            domain=("podcast",),
            range=("network",),
        ),
        R(
            "based_in",
            phrase="is based in",
            inverse_phrase="is the base of",
            domain=("podcast",),
            range=("city",),
        ),
        R(
            "adapted_from",
            phrase="was adapted from",
            inverse_phrase="was adapted into",
            domain=("podcast",),
            range=("book",),
        ),
        R(
            "streamed_on",
            phrase="is streamed on",
            inverse_phrase="streams",
            domain=("podcast",),
            range=("platform",),
        ),
    ]
    t = []

    def add(m, rel, *xs):
        for x in xs:
            t.append((m, rel, x if ":" in x else P(x)))

    add("pc:ra", "in_language", "l:es")
    add("pc:ra", "hosted_by", "Daniel Alarcón")
    add("pc:ra", "from_country", "co:us")
    add("pc:ra", "network", "n:npr")
    add("pc:tal", "in_language", "l:en")
    add("pc:tal", "hosted_by", "Ira Glass")
    add("pc:tal", "from_country", "co:us")
    add("pc:tal", "network", "n:wbez")
    add("pc:serial", "in_language", "l:en")
    add("pc:serial", "hosted_by", "Sarah Koenig")
    add("pc:serial", "from_country", "co:us")
    add("pc:ld", "in_language", "l:fr")
    add("pc:ld", "hosted_by", "Sonia Kronlund")
    add("pc:ld", "from_country", "co:fr")
    add("pc:ld", "network", "n:rf")
    add("pc:sb", "in_language", "l:de")
    add("pc:sb", "hosted_by", "Annik Rubens")
    add("pc:sb", "from_country", "co:de")
    add("pc:rl", "in_language", "l:en")
    add("pc:rl", "hosted_by", "Jad Abumrad", "Robert Krulwich")
    add("pc:rl", "from_country", "co:us")
    add("pc:rl", "network", "n:wnyc")
    add("pc:ctm", "in_language", "l:es", "l:en")
    add("pc:ctm", "hosted_by", "Mark Pentleton")
    add("pc:ctm", "from_country", "co:uk")
    add("pc:99", "in_language", "l:en")
    add("pc:99", "hosted_by", "Roman Mars")
    add("pc:99", "network", "n:rt")
    add("pc:99", "from_country", "co:us")
    add("pc:ra", "based_in", "ci:nyc")
    add("pc:tal", "based_in", "ci:chicago")
    add("pc:serial", "based_in", "ci:nyc")
    add("pc:ld", "based_in", "ci:paris")
    add("pc:sb", "based_in", "ci:munich")
    add("pc:rl", "based_in", "ci:nyc")
    add("pc:ctm", "based_in", "ci:glasgow")
    add("pc:99", "based_in", "ci:sf")
    add("pc:ra", "streamed_on", "pf:spotify")
    add("pc:tal", "streamed_on", "pf:apple")
    add("pc:serial", "streamed_on", "pf:yt")
    add("pc:rl", "streamed_on", "pf:spotify")
    add("pc:ld", "streamed_on", "pf:apple")
    return _build(items, others, rels, t)


def operas():
    items = {
        "o:carmen": ("opera", "Carmen", 1875),
        "o:traviata": ("opera", "La traviata", 1853),
        "o:boheme": ("opera", "La bohème", 1896),
        "o:tosca": ("opera", "Tosca", 1900),
        "o:figaro": ("opera", "The Marriage of Figaro", 1786),
        "o:rigoletto": ("opera", "Rigoletto", 1851),
        "o:aida": ("opera", "Aida", 1871),
        "o:butterfly": ("opera", "Madama Butterfly", 1904),
    }
    others = _people("Georges Bizet", "Giuseppe Verdi", "Giacomo Puccini", "Wolfgang Amadeus Mozart")
    others.update(
        {
            "v:oc": ("venue", "Opéra-Comique"),
            "v:fenice": ("venue", "La Fenice"),
            "v:regio": ("venue", "Teatro Regio"),
            "v:costanzi": ("venue", "Teatro Costanzi"),
            "v:burg": ("venue", "Burgtheater"),
            "v:khedivial": ("venue", "Khedivial Opera House"),
            "v:scala": ("venue", "La Scala"),
            "c:seville": ("city", "Seville"),
            "c:paris": ("city", "Paris"),
            "c:rome": ("city", "Rome"),
            "c:mantua": ("city", "Mantua"),
            "c:memphis": ("city", "Memphis"),
            "c:nagasaki": ("city", "Nagasaki"),
            "c:venice": ("city", "Venice"),
            "c:turin": ("city", "Turin"),
            "c:vienna": ("city", "Vienna"),
            "c:milan": ("city", "Milan"),
            "c:cairo": ("city", "Cairo"),
            "l:it": ("language", "Italian"),
            "l:fr": ("language", "French"),
            "l:de": ("language", "German"),
            "w:merimee": ("work", "Carmen (novella)"),
            "w:dame": ("work", "La Dame aux camélias"),
            "w:scenes": ("work", "Scènes de la vie de bohème"),
            "w:tosca": ("work", "La Tosca"),
            "w:roi": ("work", "Le roi s'amuse"),
            "w:beaum": ("work", "La Folle Journée"),
            "lb:hmv": ("label", "HMV"),
            "lb:decca": ("label", "Decca"),
            "lb:ricordi": ("label", "Columbia"),
        }
    )
    rels = [
        R(
            "premiered_at",
            phrase="premiered at",
            inverse_phrase="hosted the premiere of",
            domain=("opera",),
            range=("venue",),
        ),
        R(
            "set_in",
            phrase="is set in",
            inverse_phrase="is the setting of",
            domain=("opera",),
            range=("city",),
        ),
        R(
            "composed_by",
            phrase="was composed by",
            inverse_phrase="composed",
            domain=("opera",),
            range=("person",),
        ),
        R(
            "located_in",
            phrase="is located in",
            inverse_phrase="is home to",
            domain=("venue",),
            range=("city",),
        ),
        R(
            "in_language",
            phrase="is in",
            inverse_phrase="is the language of",
            domain=("opera",),
            range=("language",),
        ),
        R(
            "based_on",
            phrase="is based on",
            inverse_phrase="is the source of",
            domain=("opera",),
            range=("work",),
        ),
        R(
            "recorded_on",
            phrase="was first recorded on",
            inverse_phrase="first recorded",
            domain=("opera",),
            range=("label",),
        ),
    ]
    t = []

    def add(m, rel, *xs):
        for x in xs:
            t.append((m, rel, x if ":" in x else P(x)))

    add("o:carmen", "premiered_at", "v:oc")
    add("o:carmen", "set_in", "c:seville")
    add("o:carmen", "composed_by", "Georges Bizet")
    add("o:traviata", "premiered_at", "v:fenice")
    add("o:traviata", "set_in", "c:paris")
    add("o:traviata", "composed_by", "Giuseppe Verdi")
    add("o:boheme", "premiered_at", "v:regio")
    add("o:boheme", "set_in", "c:paris")
    add("o:boheme", "composed_by", "Giacomo Puccini")
    add("o:tosca", "premiered_at", "v:costanzi")
    add("o:tosca", "set_in", "c:rome")
    add("o:tosca", "composed_by", "Giacomo Puccini")
    add("o:figaro", "premiered_at", "v:burg")
    add("o:figaro", "set_in", "c:seville")
    add("o:figaro", "composed_by", "Wolfgang Amadeus Mozart")
    add("o:rigoletto", "premiered_at", "v:fenice")
    add("o:rigoletto", "set_in", "c:mantua")
    add("o:rigoletto", "composed_by", "Giuseppe Verdi")
    add("o:aida", "premiered_at", "v:khedivial")
    add("o:aida", "set_in", "c:memphis")
    add("o:aida", "composed_by", "Giuseppe Verdi")
    add("o:butterfly", "premiered_at", "v:scala")
    add("o:butterfly", "set_in", "c:nagasaki")
    add("o:butterfly", "composed_by", "Giacomo Puccini")
    add("v:oc", "located_in", "c:paris")
    add("v:fenice", "located_in", "c:venice")
    add("v:regio", "located_in", "c:turin")
    add("v:costanzi", "located_in", "c:rome")
    add("v:burg", "located_in", "c:vienna")
    add("v:scala", "located_in", "c:milan")
    add("v:khedivial", "located_in", "c:cairo")
    for o in ("o:traviata", "o:boheme", "o:tosca", "o:figaro", "o:rigoletto", "o:aida", "o:butterfly"):
        add(o, "in_language", "l:it")
    add("o:carmen", "in_language", "l:fr")
    add("o:carmen", "based_on", "w:merimee")
    add("o:traviata", "based_on", "w:dame")
    add("o:boheme", "based_on", "w:scenes")
    add("o:tosca", "based_on", "w:tosca")
    add("o:rigoletto", "based_on", "w:roi")
    add("o:figaro", "based_on", "w:beaum")
    add("o:carmen", "recorded_on", "lb:hmv")
    add("o:tosca", "recorded_on", "lb:ricordi")
    add("o:boheme", "recorded_on", "lb:hmv")
    add("o:traviata", "recorded_on", "lb:decca")
    return _build(items, others, rels, t)


def devices():
    items = {
        "d:pixel": ("phone", "Pixel 8", 2023),
        "d:iphone": ("phone", "iPhone 15", 2023),
        "d:galaxy": ("phone", "Galaxy S23", 2023),
        "d:surface": ("laptop", "Surface Laptop 5", 2022),
        "d:macbook": ("laptop", "MacBook Air", 2022),
        "d:chromebook": ("laptop", "Chromebook Plus", 2023),
        "d:deck": ("console", "Steam Deck", 2022),
        "d:watch": ("watch", "Galaxy Watch 6", 2023),
    }
    others = {
        "os:android": ("os", "Android"),
        "os:ios": ("os", "iOS"),
        "os:windows": ("os", "Windows"),
        "os:macos": ("os", "macOS"),
        "os:chromeos": ("os", "ChromeOS"),
        "os:steamos": ("os", "SteamOS"),
        "os:wearos": ("os", "Wear OS"),
        "m:google": ("company", "Google"),
        "m:apple": ("company", "Apple"),
        "m:samsung": ("company", "Samsung"),
        "m:microsoft": ("company", "Microsoft"),
        "m:valve": ("company", "Valve"),
        "m:acer": ("company", "Acer"),
        "ch:tensor": ("chip", "Tensor G3"),
        "ch:a16": ("chip", "A16 Bionic"),
        "ch:snap": ("chip", "Snapdragon 8 Gen 2"),
        "ch:m2": ("chip", "M2"),
        "s:amazon": ("store", "Amazon"),
        "s:bestbuy": ("store", "Best Buy"),
        "s:steam": ("store", "the Steam store"),
        "co:china": ("country", "China"),
        "co:vietnam": ("country", "Vietnam"),
        "co:india": ("country", "India"),
        "co:japan": ("country", "Japan"),
        "co:korea": ("country", "South Korea"),
    }
    rels = [
        R(
            "runs_on",
            phrase="runs on",
            inverse_phrase="powers",
            domain=("phone", "laptop", "console", "watch"),
            range=("os",),
        ),
        R(
            "made_by",
            phrase="is made by",
            inverse_phrase="makes",
            domain=("phone", "laptop", "console", "watch"),
            range=("company",),
        ),
        R(
            "uses_chip",
            phrase="is built on",
            inverse_phrase="is the chip of",
            domain=("phone", "laptop"),
            range=("chip",),
        ),
        R(
            "developed_by",
            phrase="was developed by",
            inverse_phrase="developed",
            domain=("os",),
            range=("company",),
        ),
        R(
            "sold_on",
            phrase="is sold on",
            inverse_phrase="sells",
            domain=("phone", "laptop", "console", "watch"),
            range=("store",),
        ),
        R(
            "assembled_in",
            phrase="is assembled in",
            inverse_phrase="assembles",
            domain=("phone", "laptop", "console", "watch"),
            range=("country",),
        ),
        R(
            "sold_in",
            phrase="is sold in",
            inverse_phrase="is a market for",
            domain=("phone", "laptop", "console", "watch"),
            range=("country",),
        ),
    ]
    t = [
        ("d:pixel", "runs_on", "os:android"),
        ("d:pixel", "made_by", "m:google"),
        ("d:pixel", "uses_chip", "ch:tensor"),
        ("d:iphone", "runs_on", "os:ios"),
        ("d:iphone", "made_by", "m:apple"),
        ("d:iphone", "uses_chip", "ch:a16"),
        ("d:galaxy", "runs_on", "os:android"),
        ("d:galaxy", "made_by", "m:samsung"),
        ("d:galaxy", "uses_chip", "ch:snap"),
        ("d:surface", "runs_on", "os:windows"),
        ("d:surface", "made_by", "m:microsoft"),
        ("d:macbook", "runs_on", "os:macos"),
        ("d:macbook", "made_by", "m:apple"),
        ("d:macbook", "uses_chip", "ch:m2"),
        ("d:chromebook", "runs_on", "os:chromeos"),
        ("d:chromebook", "made_by", "m:acer"),
        ("d:deck", "runs_on", "os:steamos"),
        ("d:deck", "made_by", "m:valve"),
        ("d:watch", "runs_on", "os:wearos"),
        ("d:watch", "made_by", "m:samsung"),
        ("os:android", "developed_by", "m:google"),
        ("os:ios", "developed_by", "m:apple"),
        ("os:windows", "developed_by", "m:microsoft"),
        ("os:macos", "developed_by", "m:apple"),
        ("os:chromeos", "developed_by", "m:google"),
        ("os:steamos", "developed_by", "m:valve"),
        ("os:wearos", "developed_by", "m:google"),
        ("d:iphone", "sold_on", "s:amazon"),
        ("d:pixel", "sold_on", "s:bestbuy"),
        ("d:galaxy", "sold_on", "s:amazon"),
        ("d:deck", "sold_on", "s:steam"),
        ("d:macbook", "sold_on", "s:bestbuy"),
        ("d:surface", "sold_on", "s:amazon"),
        ("d:iphone", "assembled_in", "co:china"),
        ("d:pixel", "assembled_in", "co:vietnam"),
        ("d:galaxy", "assembled_in", "co:vietnam"),
        ("d:macbook", "assembled_in", "co:china"),
        ("d:deck", "assembled_in", "co:china"),
        ("d:watch", "assembled_in", "co:vietnam"),
        ("d:pixel", "sold_in", "co:japan"),
        ("d:iphone", "sold_in", "co:india"),
        ("d:galaxy", "sold_in", "co:korea"),
        ("d:deck", "sold_in", "co:japan"),
    ]
    return _build(items, others, {}, t) if False else _build(items, others, rels, t)


def trails():
    items = {
        "t:at": ("trail", "Appalachian Trail", 1937),
        "t:pct": ("trail", "Pacific Crest Trail", 1993),
        "t:jmt": ("trail", "John Muir Trail", 1938),
        "t:ct": ("trail", "Colorado Trail", 1987),
        "t:lt": ("trail", "Long Trail", 1930),
        "t:wh": ("trail", "West Highland Way", 1980),
        "t:cam": ("trail", "Camino Francés", 1100),
    }
    others = {
        "pl:springer": ("place", "Springer Mountain"),
        "pl:katahdin": ("place", "Mount Katahdin"),
        "pl:campo": ("place", "Campo"),
        "pl:manning": ("place", "Manning Park"),
        "pl:yosemite": ("place", "Yosemite Valley"),
        "pl:whitney": ("place", "Mount Whitney"),
        "pl:denver": ("place", "Denver"),
        "pl:durango": ("place", "Durango"),
        "pl:williamstown": ("place", "Williamstown"),
        "pl:northtroy": ("place", "North Troy"),
        "pl:milngavie": ("place", "Milngavie"),
        "pl:fortwilliam": ("place", "Fort William"),
        "pl:sjpp": ("place", "Saint-Jean-Pied-de-Port"),
        "pl:santiago": ("place", "Santiago de Compostela"),
        "st:ga": ("state", "Georgia"),
        "st:me": ("state", "Maine"),
        "st:ca": ("state", "California"),
        "st:co": ("state", "Colorado"),
        "st:vt": ("state", "Vermont"),
        "org:atc": ("organization", "Appalachian Trail Conservancy"),
        "org:pcta": ("organization", "Pacific Crest Trail Association"),
        "org:gmc": ("organization", "Green Mountain Club"),
        "org:ctf": ("organization", "Colorado Trail Foundation"),
        "pl:harpers": ("place", "Harpers Ferry"),
        "pl:waterbury": ("place", "Waterbury Center"),
        "pl:golden": ("place", "Golden"),
        "pk:kings": ("park", "Kings Canyon National Park"),
        "pk:smokies": ("park", "Great Smoky Mountains National Park"),
        "pk:yos": ("park", "Yosemite National Park"),
        "pk:shen": ("park", "Shenandoah National Park"),
        "pk:lassen": ("park", "Lassen Volcanic National Park"),
    }
    rels = [
        R(
            "starts_at",
            phrase="starts at",
            inverse_phrase="is the start of",
            domain=("trail",),
            range=("place",),
        ),
        R("ends_at", phrase="ends at", inverse_phrase="is the end of", domain=("trail",), range=("place",)),
        R(
            "passes_through",
            phrase="passes through",
            inverse_phrase="is crossed by",
            domain=("trail",),
            range=("state",),
        ),
        R(
            "maintained_by",
            phrase="is maintained by",
            inverse_phrase="maintains",
            domain=("trail",),
            range=("organization",),
        ),
        R(
            "based_at",
            phrase="is based at",
            inverse_phrase="is the base of",
            domain=("trail",),
            range=("place",),
        ),
        R(
            "located_in",
            phrase="is located in",
            inverse_phrase="contains",
            domain=("trail",),
            range=("park",),
        ),
        R(
            "begins_in",
            phrase="begins in",
            inverse_phrase="is the beginning of",
            domain=("trail",),
            range=("state", "park"),
        ),
    ]
    t = [
        ("t:at", "starts_at", "pl:springer"),
        ("t:at", "ends_at", "pl:katahdin"),
        ("t:at", "passes_through", "st:ga"),
        ("t:at", "passes_through", "st:me"),
        ("t:at", "passes_through", "st:vt"),
        ("t:at", "maintained_by", "org:atc"),
        ("t:pct", "starts_at", "pl:campo"),
        ("t:pct", "ends_at", "pl:manning"),
        ("t:pct", "passes_through", "st:ca"),
        ("t:pct", "maintained_by", "org:pcta"),
        ("t:jmt", "starts_at", "pl:yosemite"),
        ("t:jmt", "ends_at", "pl:whitney"),
        ("t:jmt", "passes_through", "st:ca"),
        ("t:ct", "starts_at", "pl:denver"),
        ("t:ct", "ends_at", "pl:durango"),
        ("t:ct", "passes_through", "st:co"),
        ("t:ct", "maintained_by", "org:ctf"),
        ("t:lt", "starts_at", "pl:williamstown"),
        ("t:lt", "ends_at", "pl:northtroy"),
        ("t:lt", "passes_through", "st:vt"),
        ("t:lt", "maintained_by", "org:gmc"),
        ("t:wh", "starts_at", "pl:milngavie"),
        ("t:wh", "ends_at", "pl:fortwilliam"),
        ("t:cam", "starts_at", "pl:sjpp"),
        ("t:cam", "ends_at", "pl:santiago"),
        ("t:at", "based_at", "pl:harpers"),
        ("t:lt", "based_at", "pl:waterbury"),
        ("t:ct", "based_at", "pl:golden"),
        ("t:at", "located_in", "pk:smokies"),
        ("t:at", "located_in", "pk:shen"),
        ("t:jmt", "located_in", "pk:yos"),
        ("t:jmt", "located_in", "pk:kings"),
        ("t:pct", "located_in", "pk:lassen"),
        ("t:pct", "located_in", "pk:yos"),
        ("t:at", "begins_in", "st:ga"),
        ("t:pct", "begins_in", "st:ca"),
        ("t:jmt", "begins_in", "pk:yos"),
        ("t:lt", "begins_in", "st:vt"),
        ("t:ct", "begins_in", "st:co"),
    ]
    return _build(items, others, rels, t)


BUILDERS = {
    "podcasts": podcasts,
    "operas": operas,
    "devices": devices,
    "trails": trails,
    "movies": kgx.KnowledgeGraph.example,
}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


# "@GRAPH [user]" starts a block; every line below is FALSE on that graph (user: who "you" is).
TEXTS = r"""
@devices
Pixel 8 and iPhone 15: the former runs on Android, the latter on Amazon.
Pixel 8 and Galaxy S23: the former runs on Android, the latter on Amazon.
iPhone 15 and Pixel 8: the former runs on iOS, the latter on Best Buy.
iPhone 15 and MacBook Air: the former runs on iOS, the latter on Best Buy.
Galaxy S23 and Surface Laptop 5: the former runs on Android, the latter on Amazon.
MacBook Air and iPhone 15: the former runs on macOS, the latter on Amazon.
Chromebook Plus and MacBook Air: the former runs on ChromeOS, the latter on Best Buy.
Galaxy Watch 6 and Galaxy S23: the former runs on Wear OS, the latter on Amazon.
Surface Laptop 5 and Pixel 8: the former runs on Windows, the latter on Best Buy.
Steam Deck and Surface Laptop 5: the former runs on SteamOS, the latter on Amazon.
Pixel 8 and iPhone 15: the former runs on Android; the latter on Amazon.
Pixel 8 and iPhone 15: the former runs on Android, while the latter on Amazon.
Pixel 8 and iPhone 15: the former runs on Android, but the latter on Amazon.
Pixel 8 and iPhone 15: the former runs on Android. The latter on Amazon.
Pixel 8 and iPhone 15: the former runs on Android and the latter on Amazon.
Pixel 8 and iPhone 15: the former ran on Android, the latter on Amazon.
Pixel 8 and Galaxy S23: the former runs on Android; the latter on Amazon.
Pixel 8 and Galaxy S23: the former runs on Android, while the latter on Amazon.
Pixel 8 and Galaxy S23: the former runs on Android, but the latter on Amazon.
Pixel 8 and Galaxy S23: the former runs on Android. The latter on Amazon.
Pixel 8 and Galaxy S23: the former runs on Android and the latter on Amazon.
Pixel 8 and Galaxy S23: the former ran on Android, the latter on Amazon.
iPhone 15 and Pixel 8: the former runs on iOS; the latter on Best Buy.
iPhone 15 and Pixel 8: the former runs on iOS, while the latter on Best Buy.
iPhone 15 and Pixel 8: the former runs on iOS, but the latter on Best Buy.
iPhone 15 and Pixel 8: the former runs on iOS. The latter on Best Buy.
iPhone 15 and Pixel 8: the former runs on iOS and the latter on Best Buy.
iPhone 15 and Pixel 8: the former ran on iOS, the latter on Best Buy.
iPhone 15 and MacBook Air: the former runs on iOS; the latter on Best Buy.
iPhone 15 and MacBook Air: the former runs on iOS, while the latter on Best Buy.
iPhone 15 and MacBook Air: the former runs on iOS, but the latter on Best Buy.
iPhone 15 and MacBook Air: the former runs on iOS. The latter on Best Buy.
iPhone 15 and MacBook Air: the former runs on iOS and the latter on Best Buy.
iPhone 15 and MacBook Air: the former ran on iOS, the latter on Best Buy.
Galaxy S23 and Surface Laptop 5: the former runs on Android; the latter on Amazon.
Galaxy S23 and Surface Laptop 5: the former runs on Android, while the latter on Amazon.
Galaxy S23 and Surface Laptop 5: the former runs on Android, but the latter on Amazon.
Galaxy S23 and Surface Laptop 5: the former runs on Android. The latter on Amazon.
Galaxy S23 and Surface Laptop 5: the former runs on Android and the latter on Amazon.
Galaxy S23 and Surface Laptop 5: the former ran on Android, the latter on Amazon.
MacBook Air and iPhone 15: the former runs on macOS; the latter on Amazon.
MacBook Air and iPhone 15: the former runs on macOS, while the latter on Amazon.
MacBook Air and iPhone 15: the former runs on macOS, but the latter on Amazon.
MacBook Air and iPhone 15: the former runs on macOS. The latter on Amazon.
MacBook Air and iPhone 15: the former runs on macOS and the latter on Amazon.
MacBook Air and iPhone 15: the former ran on macOS, the latter on Amazon.
Pixel 8 runs on Android, iPhone 15 on Amazon.
Pixel 8 runs on Android, Galaxy S23 on Amazon.
iPhone 15 runs on iOS, Pixel 8 on Best Buy.
iPhone 15 runs on iOS, MacBook Air on Best Buy.
Galaxy S23 runs on Android, Surface Laptop 5 on Amazon.
MacBook Air runs on macOS, iPhone 15 on Amazon.
Chromebook Plus runs on ChromeOS, MacBook Air on Best Buy.
Galaxy Watch 6 runs on Wear OS, Galaxy S23 on Amazon.
Surface Laptop 5 runs on Windows, Pixel 8 on Best Buy.
Steam Deck runs on SteamOS, Surface Laptop 5 on Amazon.
Pixel 8 runs on Android and iPhone 15 on Amazon.
Pixel 8 runs on Android and Galaxy S23 on Amazon.
iPhone 15 runs on iOS and Pixel 8 on Best Buy.
iPhone 15 runs on iOS and MacBook Air on Best Buy.
Galaxy S23 runs on Android and Surface Laptop 5 on Amazon.
Pixel 8 and iPhone 15: the former is sold on Best Buy, the latter on the A16 Bionic.
Pixel 8 is sold on Best Buy, iPhone 15 on the A16 Bionic.
iPhone 15 and MacBook Air: the former is sold on Amazon, the latter on the M2.
iPhone 15 is sold on Amazon, MacBook Air on the M2.
Galaxy S23 and Pixel 8: the former is sold on Amazon, the latter on the Tensor G3.
Galaxy S23 is sold on Amazon, Pixel 8 on the Tensor G3.
MacBook Air and iPhone 15: the former is sold on Best Buy, the latter on the A16 Bionic.
MacBook Air is sold on Best Buy, iPhone 15 on the A16 Bionic.
Surface Laptop 5 and Galaxy S23: the former is sold on Amazon, the latter on the Snapdragon 8 Gen 2.
Surface Laptop 5 is sold on Amazon, Galaxy S23 on the Snapdragon 8 Gen 2.
Of the Pixel 8 and the iPhone 15, the former runs on Android, the latter on Amazon.
Pixel 8 and iPhone 15: the former is made by Google and runs on Android, the latter on Amazon.
Pixel 8 and Galaxy S23 run on Android, iPhone 15 on Amazon.
Pixel 8 and iPhone 15: the former runs on Android, the latter on Amazon in China.
Pixel 8 and iPhone 15: the former runs on iOS, the latter on Android.
Pixel 8 and iPhone 15: the former runs on Android, the latter on macOS.
Pixel 8 and iPhone 15: the former is made by Google, the latter by Samsung.
Pixel 8 and iPhone 15: the former is made by Google, the latter by iOS.
Pixel 8 and iPhone 15: the former runs on Android, the latter on Apple.
Pixel 8 and iPhone 15: the former runs on Android, the latter probably on Amazon.
Pixel 8 and iPhone 15: the former runs on Android, the latter not on iOS.
Galaxy S23 and iPhone 15 both run on Amazon.
Steam Deck runs on the Steam store.
iPhone 15 runs on Amazon.
Pixel 8 and Steam Deck: the first runs on Android, the second on Windows.
Android and iOS: the former was developed by Google, the latter by Samsung.
Pixel 8 and iPhone 15: the former runs on Android, the latter will run on Amazon.
@podcasts
Radio Ambulante and This American Life: the former is based in New York, the latter in English.
Radio Ambulante and Les Pieds sur terre: the former is based in New York, the latter in French.
This American Life and Radio Ambulante: the former is based in Chicago, the latter in Spanish.
Serial and Slow German: the former is based in New York, the latter in German.
Les Pieds sur terre and Serial: the former is based in Paris, the latter in English.
Slow German and Radiolab: the former is based in Munich, the latter in English.
99% Invisible and Les Pieds sur terre: the former is based in San Francisco, the latter in French.
Radiolab and Radio Ambulante: the former is based in New York, the latter in Spanish.
Radio Ambulante and This American Life: the former is based in New York; the latter in English.
Radio Ambulante and This American Life: the former is based in New York, while the latter in English.
Radio Ambulante and This American Life: the former is based in New York. The latter in English.
Radio Ambulante and This American Life: the former is based in New York and the latter in English.
Radio Ambulante and This American Life: the first is based in New York, the second in English.
Radio Ambulante and Les Pieds sur terre: the former is based in New York; the latter in French.
Radio Ambulante and Les Pieds sur terre: the former is based in New York, while the latter in French.
Radio Ambulante and Les Pieds sur terre: the former is based in New York. The latter in French.
Radio Ambulante and Les Pieds sur terre: the former is based in New York and the latter in French.
Radio Ambulante and Les Pieds sur terre: the first is based in New York, the second in French.
This American Life and Radio Ambulante: the former is based in Chicago; the latter in Spanish.
This American Life and Radio Ambulante: the former is based in Chicago, while the latter in Spanish.
This American Life and Radio Ambulante: the former is based in Chicago. The latter in Spanish.
This American Life and Radio Ambulante: the former is based in Chicago and the latter in Spanish.
This American Life and Radio Ambulante: the first is based in Chicago, the second in Spanish.
Serial and Slow German: the former is based in New York; the latter in German.
Serial and Slow German: the former is based in New York, while the latter in German.
Serial and Slow German: the former is based in New York. The latter in German.
Serial and Slow German: the former is based in New York and the latter in German.
Serial and Slow German: the first is based in New York, the second in German.
Les Pieds sur terre and Serial: the former is based in Paris; the latter in English.
Les Pieds sur terre and Serial: the former is based in Paris, while the latter in English.
Les Pieds sur terre and Serial: the former is based in Paris. The latter in English.
Les Pieds sur terre and Serial: the former is based in Paris and the latter in English.
Les Pieds sur terre and Serial: the first is based in Paris, the second in English.
Radio Ambulante and This American Life: the former is in English, the latter in Spanish.
Radio Ambulante and This American Life: the former is in Spanish, the latter in French.
Radio Ambulante and This American Life: the former is in Spanish, the latter in Germany.
Radio Ambulante and This American Life: the former is in Spanish. The latter in French.
Radio Ambulante and This American Life: the former is in Spanish, but the latter in French.
Radio Ambulante and This American Life: the former is in Spanish, while the latter in French.
Radio Ambulante and This American Life: the former is hosted by Daniel Alarcón, the latter by Sarah Koenig.
Radio Ambulante and Les Pieds sur terre: the former comes from the United States, the latter from Germany.
Radio Ambulante and Les Pieds sur terre: the former comes from the United States, the latter from NPR.
Radio Ambulante, Serial and Les Pieds sur terre: the former is in Spanish, the latter in English.
Serial and Radio Ambulante: the latter is in Spanish, the former in French.
Serial and Radio Ambulante: the former is in English, the latter in Spanish and French.
Serial and Radio Ambulante: the former is in English and hosted by Sarah Koenig, the latter by Ira Glass.
Serial and Radio Ambulante: the former is in English, the latter might be in German.
Serial and Radio Ambulante: the former is in English, the latter probably in French.
Radio Ambulante and Les Pieds sur terre: the former is hosted by Daniel Alarcón, the latter by Radio France.
Radio Ambulante and Les Pieds sur terre: the former is distributed by NPR, the latter by Sonia Kronlund.
Serial is in English, Radio Ambulante in French.
Radio Ambulante and This American Life: the former is streamed on Spotify, the latter on YouTube.
Daniel Alarcón and Ira Glass: the former hosts Serial, the latter Radio Ambulante.
Radio Ambulante is based in Spanish.
This American Life is based in English.
Radio Ambulante and Les Pieds sur terre: the former comes from the United States, the latter from Sonia Kronlund.
This American Life comes from Ira Glass.
Serial comes from Sarah Koenig.
Radio Ambulante comes from Daniel Alarcón.
@operas
Carmen and Tosca: the former is set in Seville, the latter in Italian.
Carmen and La traviata: the former is set in Seville, the latter in Italian.
Tosca and Carmen: the former is set in Rome, the latter in French.
Rigoletto and Carmen: the former is set in Mantua, the latter in French.
Aida and Carmen: the former is set in Memphis, the latter in French.
Carmen and Madama Butterfly: the former is set in Seville, the latter in Italian.
La bohème and Carmen: the former is set in Paris, the latter in French.
Madama Butterfly and Carmen: the former is set in Nagasaki, the latter in French.
Carmen and Aida: the former is set in Seville, the latter in Italian.
Carmen and Rigoletto: the former is set in Seville, the latter in Italian.
Carmen and Tosca: the former is set in Seville; the latter in Italian.
Carmen and Tosca: the former is set in Seville, while the latter in Italian.
Carmen and Tosca: the former is set in Seville. The latter in Italian.
Carmen and Tosca: the former is set in Seville and the latter in Italian.
Carmen and La traviata: the former is set in Seville; the latter in Italian.
Carmen and La traviata: the former is set in Seville, while the latter in Italian.
Carmen and La traviata: the former is set in Seville. The latter in Italian.
Carmen and La traviata: the former is set in Seville and the latter in Italian.
Tosca and Carmen: the former is set in Rome; the latter in French.
Tosca and Carmen: the former is set in Rome, while the latter in French.
Tosca and Carmen: the former is set in Rome. The latter in French.
Tosca and Carmen: the former is set in Rome and the latter in French.
Rigoletto and Carmen: the former is set in Mantua; the latter in French.
Rigoletto and Carmen: the former is set in Mantua, while the latter in French.
Rigoletto and Carmen: the former is set in Mantua. The latter in French.
Rigoletto and Carmen: the former is set in Mantua and the latter in French.
Aida and Carmen: the former is set in Memphis; the latter in French.
Aida and Carmen: the former is set in Memphis, while the latter in French.
Aida and Carmen: the former is set in Memphis. The latter in French.
Aida and Carmen: the former is set in Memphis and the latter in French.
Carmen and Tosca: the former was first recorded on HMV, the latter on La Tosca.
Carmen was first recorded on HMV, Tosca on La Tosca.
La bohème and La traviata: the former was first recorded on HMV, the latter on La Dame aux camélias.
La bohème was first recorded on HMV, La traviata on La Dame aux camélias.
La traviata and Carmen: the former was first recorded on Decca, the latter on Carmen (novella).
La traviata was first recorded on Decca, Carmen on Carmen (novella).
Tosca and La bohème: the former was first recorded on Columbia, the latter on Scènes de la vie de bohème.
Tosca was first recorded on Columbia, La bohème on Scènes de la vie de bohème.
Carmen and Rigoletto: the former was first recorded on HMV, the latter on Le roi s'amuse.
Carmen was first recorded on HMV, Rigoletto on Le roi s'amuse.
Tosca and The Marriage of Figaro: the former was first recorded on Columbia, the latter on La Folle Journée.
Tosca was first recorded on Columbia, The Marriage of Figaro on La Folle Journée.
La traviata and Rigoletto: the former was first recorded on Decca, the latter on Le roi s'amuse.
La traviata was first recorded on Decca, Rigoletto on Le roi s'amuse.
Carmen and Tosca: the former was first recorded on HMV. The latter on La Tosca.
Carmen and Tosca: the former was first recorded on HMV, but the latter on La Tosca.
La bohème and La traviata: the former was first recorded on HMV. The latter on La Dame aux camélias.
La bohème and La traviata: the former was first recorded on HMV, but the latter on La Dame aux camélias.
La traviata and Carmen: the former was first recorded on Decca. The latter on Carmen (novella).
La traviata and Carmen: the former was first recorded on Decca, but the latter on Carmen (novella).
Tosca and La bohème: the former was first recorded on Columbia. The latter on Scènes de la vie de bohème.
Tosca and La bohème: the former was first recorded on Columbia, but the latter on Scènes de la vie de bohème.
Carmen and Tosca: the former premiered at the Opéra-Comique, the latter at La Scala.
Carmen and Tosca: the former premiered at the Opéra-Comique, the latter at Rome.
Carmen and Tosca: the former is set in Seville, the latter in Paris.
Carmen and Tosca: the former is set in Paris, the latter in Rome.
La Fenice and La Scala: the former is located in Venice, the latter in Rome.
La Fenice and La Scala: the former is in Venice, the latter in Turin.
Carmen premiered at the Opéra-Comique, Tosca at La Scala.
Carmen was composed by Georges Bizet, Tosca by Giuseppe Verdi.
Carmen and Tosca: the former premiered at the Opéra-Comique in Paris, the latter at La Fenice.
Carmen and Tosca: the former is set in Seville, the latter in Rome. Both premiered at La Fenice.
Carmen and Tosca: the former is based on Carmen (novella), the latter on Columbia.
Carmen and La traviata: the former is set in Seville, the latter in French.
Tosca and Carmen: the former premiered at La Fenice, the latter at the Opéra-Comique.
Seville and Rome: the former is the setting of Carmen, the latter of Aida.
@trails
Appalachian Trail and Long Trail: the former starts at Springer Mountain, the latter at Waterbury Center.
Appalachian Trail and Long Trail: the former ends at Mount Katahdin, the latter at Waterbury Center.
Appalachian Trail and Colorado Trail: the former starts at Springer Mountain, the latter at Golden.
Appalachian Trail and Colorado Trail: the former ends at Mount Katahdin, the latter at Golden.
Long Trail and Appalachian Trail: the former starts at Williamstown, the latter at Harpers Ferry.
Long Trail and Appalachian Trail: the former ends at North Troy, the latter at Harpers Ferry.
Colorado Trail and Long Trail: the former starts at Denver, the latter at Waterbury Center.
Colorado Trail and Long Trail: the former ends at Durango, the latter at Waterbury Center.
Pacific Crest Trail and Appalachian Trail: the former starts at Campo, the latter at Harpers Ferry.
Pacific Crest Trail and Appalachian Trail: the former ends at Manning Park, the latter at Harpers Ferry.
John Muir Trail and Colorado Trail: the former starts at Yosemite Valley, the latter at Golden.
John Muir Trail and Colorado Trail: the former ends at Mount Whitney, the latter at Golden.
West Highland Way and Long Trail: the former starts at Milngavie, the latter at Waterbury Center.
West Highland Way and Long Trail: the former ends at Fort William, the latter at Waterbury Center.
Long Trail and Colorado Trail: the former starts at Williamstown, the latter at Golden.
Long Trail and Colorado Trail: the former ends at North Troy, the latter at Golden.
Appalachian Trail and Long Trail: the former starts at Springer Mountain. The latter at Waterbury Center.
Appalachian Trail and Long Trail: the former starts at Springer Mountain; the latter at Waterbury Center.
Appalachian Trail and Long Trail: the former starts at Springer Mountain, but the latter at Waterbury Center.
Appalachian Trail and Long Trail: the former ends at Mount Katahdin, while the latter at Waterbury Center.
Appalachian Trail and Colorado Trail: the former starts at Springer Mountain. The latter at Golden.
Appalachian Trail and Colorado Trail: the former starts at Springer Mountain; the latter at Golden.
Appalachian Trail and Colorado Trail: the former starts at Springer Mountain, but the latter at Golden.
Appalachian Trail and Colorado Trail: the former ends at Mount Katahdin, while the latter at Golden.
Long Trail and Appalachian Trail: the former starts at Williamstown. The latter at Harpers Ferry.
Long Trail and Appalachian Trail: the former starts at Williamstown; the latter at Harpers Ferry.
Long Trail and Appalachian Trail: the former starts at Williamstown, but the latter at Harpers Ferry.
Long Trail and Appalachian Trail: the former ends at North Troy, while the latter at Harpers Ferry.
Colorado Trail and Long Trail: the former starts at Denver. The latter at Waterbury Center.
Colorado Trail and Long Trail: the former starts at Denver; the latter at Waterbury Center.
Colorado Trail and Long Trail: the former starts at Denver, but the latter at Waterbury Center.
Colorado Trail and Long Trail: the former ends at Durango, while the latter at Waterbury Center.
Appalachian Trail and John Muir Trail: the former begins in Georgia, the latter in Kings Canyon National Park.
Appalachian Trail and Pacific Crest Trail: the former begins in Georgia, the latter in Lassen Volcanic National Park.
Appalachian Trail and Pacific Crest Trail: the former begins in Georgia, the latter in Yosemite National Park.
Colorado Trail and Appalachian Trail: the former begins in Colorado, the latter in Great Smoky Mountains National Park.
Colorado Trail and Appalachian Trail: the former begins in Colorado, the latter in Shenandoah National Park.
Long Trail and Appalachian Trail: the former begins in Vermont, the latter in Great Smoky Mountains National Park.
Long Trail and Appalachian Trail: the former begins in Vermont, the latter in Shenandoah National Park.
Pacific Crest Trail and Appalachian Trail: the former begins in California, the latter in Great Smoky Mountains National Park.
Pacific Crest Trail and Appalachian Trail: the former begins in California, the latter in Shenandoah National Park.
Long Trail and Pacific Crest Trail: the former begins in Vermont, the latter in Lassen Volcanic National Park.
Long Trail and Pacific Crest Trail: the former begins in Vermont, the latter in Yosemite National Park.
Colorado Trail and John Muir Trail: the former begins in Colorado, the latter in Kings Canyon National Park.
Appalachian Trail and Long Trail: the former starts at Springer Mountain, the latter at North Troy.
Appalachian Trail and Long Trail: the former starts at Mount Katahdin, the latter at Williamstown.
Appalachian Trail and Long Trail: the former starts at Springer Mountain, the latter at Mount Katahdin.
Appalachian Trail and Long Trail: the former ends at Mount Katahdin, the latter at Williamstown.
Appalachian Trail starts at Springer Mountain, Long Trail at Waterbury Center.
Appalachian Trail begins in Georgia, John Muir Trail in Kings Canyon National Park.
Long Trail starts at Waterbury Center.
Pacific Crest Trail begins in Lassen Volcanic National Park.
Appalachian Trail and John Muir Trail: the former passes through Georgia, the latter through Kings Canyon National Park.
Springer Mountain and Mount Katahdin: the former is the start of the Appalachian Trail, the latter of the Long Trail.
Georgia and Maine: the former is crossed by the Appalachian Trail, the latter by the Long Trail.
Appalachian Trail and Long Trail: the former is maintained by the Green Mountain Club, the latter by the Appalachian Trail Conservancy.
Appalachian Trail and Long Trail: the former starts at Springer Mountain, the latter might start at Waterbury Center.
Appalachian Trail and Long Trail: the former starts at Springer Mountain, the latter does not start at Williamstown.
@movies user:1
You rated Heat just 3.
You gave Heat a mere three stars.
You gave Heat merely three stars.
You gave Heat a full five stars.
You rated Toy Story just 3.
You gave Toy Story a mere three stars.
You gave Toy Story merely three stars.
You gave Toy Story a full five stars.
You rated From Dusk Till Dawn just 2.
You gave From Dusk Till Dawn a mere two stars.
You gave From Dusk Till Dawn merely two stars.
You gave From Dusk Till Dawn a full five stars.
You rated The Usual Suspects just 4.
You gave The Usual Suspects a mere four stars.
You gave The Usual Suspects merely four stars.
You rated Fargo just 4.
You gave Fargo a mere four stars.
You gave Fargo merely four stars.
You rated Pulp Fiction just 2.
You gave Pulp Fiction a mere two stars.
You gave Pulp Fiction merely two stars.
You gave Pulp Fiction a full five stars.
You rated Psycho just 3.
You gave Psycho a mere three stars.
You gave Psycho merely three stars.
You gave Psycho a full five stars.
You rated Clerks just 2.
You gave Clerks a mere two stars.
You gave Clerks merely two stars.
You gave Clerks a full five stars.
You rated Alien just 3.
You gave Alien a mere three stars.
You gave Alien merely three stars.
You gave Alien a full five stars.
You rated Braveheart just 3.
You gave Braveheart a mere three stars.
You gave Braveheart merely three stars.
You gave Braveheart a full five stars.
You rated Desperado just 4.
You gave Desperado a mere four stars.
You gave Desperado merely four stars.
You rated Forrest Gump just 3.
You gave Forrest Gump a mere three stars.
You gave Forrest Gump merely three stars.
You gave Forrest Gump a full five stars.
You rated Jaws just 4.
You gave Jaws a mere three stars.
You gave Jaws a full five stars.
You gave Jaws merely two stars.
You rated Aliens just 4.
You gave Aliens a mere three stars.
You gave Aliens a full five stars.
You gave Aliens merely two stars.
You rated Blade Runner just 4.
You gave Blade Runner a mere three stars.
You gave Blade Runner a full five stars.
You gave Blade Runner merely two stars.
You just watched Heat.
You just rated Heat 4.
You rated Heat 4 just now.
You rated Heat 4, just as you rated Fargo.
You rated Heat just as you rated Fargo.
You rated Heat just over 4.
You rated Heat just under 4.
You rated Heat not just 4 but 5.
You rated Heat not a mere 4 but a full 5.
Heat is just one of the films you rated 5.
You rated Heat just 4 and Fargo just 4.
You gave Heat a mere 4 stars and Fargo a full 4.
You gave Heat and Fargo just 4.
You rated Heat just 4, a full star less than Toy Story.
You rated Heat a full 4, higher than Toy Story.
You rated Heat at least 5.
You rated Heat just 4 twice.
You gave Heat and From Dusk Till Dawn just 3 and 4 stars respectively.
You rated Heat just 4, even though you rated Fargo 4.
Heat got a mere 3 stars from you.
Heat got just 3 stars from you.
Heat, which you rated just 4, stars Tom Hanks.
You rated Heat just 4 out of 10.
You rated Heat a mere 4, your lowest rating.
You gave Psycho a full two stars and Heat a mere three.
You rated Heat just 4, Fargo just 3.
You rated Fargo merely 5, Heat a full 5.
@movies
Alien was directed by Ridley Scott, Aliens by Ridley Scott.
Alien was directed by Ridley Scott, Aliens by Dan O'Bannon.
Alien and Aliens: the former is scored by Jerry Goldsmith, the latter by James Cameron.
Alien and Aliens: the former was shot by Derek Vanlint, the latter by James Horner.
Alien and Aliens: the former was directed by James Cameron, the latter by Ridley Scott.
Alien and Aliens: the former was directed by Ridley Scott. The latter by Ridley Scott.
Val Kilmer and Al Pacino: the former is in Heat, the latter in Alien.
Val Kilmer and Heat: the former stars in Heat, the latter in Al Pacino.
Heat and Alien: the former comes from Warner Bros., the latter from Jerry Goldsmith.
Heat was penned by Al Pacino.
Heat was scripted by Elliot Goldenthal.
Heat comes from writer Art Linson.
Heat comes from director Art Linson.
Heat carries music by Michael Mann.
Michael Mann has roles in Heat.
Heat, a 1995 film under the direction of Al Pacino.
Heat is a 1995 film with Tom Rolf.
Heat was directed by michael mann and al pacino.
Heat was originally scored by Michael Mann.
Elliot Goldenthal wrote both the music and the lyrics for Heat.
Heat and Alien share a director in Michael Mann.
Heat's lyrics are by Elliot Goldenthal.
The music for Heat was composed by Michael Mann.
Heat is a 1995 film with music by Michael Mann.
Heat is a 1995 film with a script by Al Pacino.
Heat comes from Al Pacino.
Heat comes from Dante Spinotti.
"""


def cases():
    key, user = None, None
    for line in TEXTS.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("@"):
            parts = line[1:].split()
            key = parts[0]
            user = None
            for p in parts[1:]:
                if p.startswith("user:"):
                    user = p
            continue
        yield key, user, line


# Arguable (a policy of earlier releases: a person who hosts a show is one of its makers, so "X
# comes from <host>" reads "hosted by"): printed as OPEN and left out of the count.
OPEN = frozenset(
    {
        "Radio Ambulante and Les Pieds sur terre: the former comes from the United States, the latter from Sonia Kronlund.",
        "This American Life comes from Ira Glass.",
        "Serial comes from Sarah Koenig.",
        "Radio Ambulante comes from Daniel Alarcón.",
    }
)


def main():
    n = acc = 0
    for key, user, text in cases():
        ok, why = check(key, text, user)
        if text in OPEN:
            if ok:
                print(f"OPEN (accepted) [{key}] {text}")
            continue
        n += 1
        if ok:
            acc += 1
            print(f"ACCEPTED [{key}{' ' + user if user else ''}] {text}")
    print(f"accepted {acc} of {n}")


if __name__ == "__main__":
    main()
