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

def songs():
    items = {"s:hal": ("song", "Hallelujah", 1984), "s:rj": ("song", "Respect", 1965),
             "s:jol": ("song", "Jolene", 1973), "s:iwa": ("song", "I Will Always Love You", 1974),
             "s:yest": ("song", "Yesterday", 1965)}
    others = {"p:cohen": ("person", "Leonard Cohen"), "p:buckley": ("person", "Jeff Buckley"),
              "p:aretha": ("person", "Aretha Franklin"), "p:redding": ("person", "Otis Redding"),
              "p:dolly": ("person", "Dolly Parton"), "p:whitney": ("person", "Whitney Houston"),
              "p:mccartney": ("person", "Paul McCartney"),
              "l:en": ("language", "English"), "l:fr": ("language", "French"),
              "v:carnegie": ("venue", "Carnegie Hall"), "v:opry": ("venue", "Grand Ole Opry")}
    rels = [R("sung_by", phrase="was sung by", inverse_phrase="sang"),
            R("written_by", phrase="was written by", inverse_phrase="wrote"),
            R("language", phrase="is sung in", inverse_phrase="is the language of"),
            R("premiere", phrase="premiered at", inverse_phrase="hosted the premiere of")]
    T = [("s:hal", "written_by", "p:cohen"), ("s:hal", "sung_by", "p:cohen"), ("s:hal", "sung_by", "p:buckley"),
         ("s:rj", "written_by", "p:redding"), ("s:rj", "sung_by", "p:aretha"),
         ("s:jol", "written_by", "p:dolly"), ("s:jol", "sung_by", "p:dolly"),
         ("s:iwa", "written_by", "p:dolly"), ("s:iwa", "sung_by", "p:whitney"),
         ("s:yest", "written_by", "p:mccartney"), ("s:yest", "sung_by", "p:mccartney"),
         ("s:hal", "language", "l:en"), ("s:rj", "language", "l:en"), ("s:jol", "language", "l:en"),
         ("s:jol", "premiere", "v:opry")]
    return _build(items, others, rels, T)

def rivers():
    items = {"r:thames": ("river", "Thames", 0), "r:danube": ("river", "Danube", 0),
             "r:rhine": ("river", "Rhine", 0), "r:congo": ("river", "Congo River", 0)}
    others = {"c:london": ("city", "London"), "c:oxford": ("city", "Oxford"), "c:vienna": ("city", "Vienna"),
              "c:budapest": ("city", "Budapest"), "c:cologne": ("city", "Cologne"), "c:basel": ("city", "Basel"),
              "c:kinshasa": ("city", "Kinshasa"),
              "s:north": ("sea", "North Sea"), "s:black": ("sea", "Black Sea"), "s:atl": ("sea", "Atlantic Ocean"),
              "k:de": ("country", "Germany"), "k:fr": ("country", "France"), "k:drc": ("country", "Congo"),
              "k:ch": ("country", "Switzerland"),
              "x:stanley": ("person", "Henry Morton Stanley"), "x:cao": ("person", "Diogo Cao")}
    rels = [R("through", phrase="flows through", inverse_phrase="lies on"),
            R("mouth", phrase="flows into", inverse_phrase="receives"),
            R("border", phrase="borders", inverse_phrase="is bordered by"),
            R("disc", phrase="was discovered by", inverse_phrase="discovered")]
    T = [("r:thames", "through", "c:london"), ("r:thames", "through", "c:oxford"),
         ("r:danube", "through", "c:vienna"), ("r:danube", "through", "c:budapest"),
         ("r:rhine", "through", "c:cologne"), ("r:rhine", "through", "c:basel"),
         ("r:congo", "through", "c:kinshasa"),
         ("r:thames", "mouth", "s:north"), ("r:rhine", "mouth", "s:north"), ("r:danube", "mouth", "s:black"),
         ("r:congo", "mouth", "s:atl"), ("r:rhine", "border", "k:ch"), ("r:rhine", "border", "k:fr"),
         ("r:congo", "border", "k:drc"), ("r:congo", "disc", "x:cao")]
    return _build(items, others, rels, T)

def trails():
    items = {"t:mist": ("trail", "Mist Trail", 1900), "t:angels": ("trail", "Angels Landing Trail", 1926),
             "t:bright": ("trail", "Bright Angel Trail", 1891), "t:half": ("trail", "Half Dome Trail", 1919)}
    others = {"p:vernal": ("summit", "Vernal Fall"), "p:angels": ("summit", "Angels Landing"),
              "p:half": ("summit", "Half Dome"), "p:river": ("summit", "Colorado River"),
              "v:yos": ("valley", "Yosemite Valley"), "v:zion": ("valley", "Zion Canyon"),
              "v:gc": ("valley", "Grand Canyon"), "o:ccc": ("organization", "Civilian Conservation Corps"),
              "o:nps": ("organization", "National Park Service"), "o:cameron": ("person", "Ralph Cameron")}
    rels = [R("to", phrase="leads to", inverse_phrase="is reached by"),
            R("runs", phrase="runs through", inverse_phrase="is crossed by"),
            R("built", phrase="was built by", inverse_phrase="built"),
            R("maint", phrase="is maintained by", inverse_phrase="maintains")]
    T = [("t:mist", "to", "p:vernal"), ("t:angels", "to", "p:angels"), ("t:bright", "to", "p:river"),
         ("t:half", "to", "p:half"), ("t:mist", "runs", "v:yos"), ("t:half", "runs", "v:yos"),
         ("t:angels", "runs", "v:zion"), ("t:bright", "runs", "v:gc"),
         ("t:angels", "built", "o:ccc"), ("t:bright", "built", "o:cameron"), ("t:mist", "maint", "o:nps"),
         ("t:half", "maint", "o:nps")]
    return _build(items, others, rels, T)

def products():
    items = {"p:air": ("shoe", "Air Max", 1987), "p:ultra": ("shoe", "Ultraboost", 2015),
             "p:iphone": ("phone", "iPhone", 2007), "p:pixel": ("phone", "Pixel", 2016),
             "p:walk": ("device", "Walkman", 1979)}
    others = {"b:nike": ("company", "Nike"), "b:adidas": ("company", "Adidas"), "b:apple": ("company", "Apple"),
              "b:google": ("company", "Google"), "b:sony": ("company", "Sony"), "b:foxconn": ("company", "Foxconn"),
              "c:sf": ("city", "San Francisco"), "c:tokyo": ("city", "Tokyo"), "c:portland": ("city", "Portland"),
              "t:android": ("technology", "Android"), "t:ios": ("technology", "iOS"), "t:boost": ("technology", "Boost foam")}
    rels = [R("made_by", phrase="is made by", inverse_phrase="makes"),
            R("launched_in", phrase="was launched in", inverse_phrase="saw the launch of"),
            R("uses", phrase="uses", inverse_phrase="is used by"),
            R("designed_by", phrase="was designed by", inverse_phrase="designed")]
    T = [("p:air", "made_by", "b:nike"), ("p:ultra", "made_by", "b:adidas"), ("p:iphone", "made_by", "b:foxconn"),
         ("p:iphone", "designed_by", "b:apple"), ("p:pixel", "made_by", "b:google"), ("p:walk", "made_by", "b:sony"),
         ("p:iphone", "launched_in", "c:sf"), ("p:walk", "launched_in", "c:tokyo"), ("p:air", "launched_in", "c:portland"),
         ("p:pixel", "uses", "t:android"), ("p:iphone", "uses", "t:ios"), ("p:ultra", "uses", "t:boost")]
    return _build(items, others, rels, T)

def teams():
    items = {"t:lions": ("team", "Lions", 1950), "t:hawks": ("team", "Hawks", 1960), "t:bears": ("team", "Bears", 1970)}
    others = {"p:ann": ("person", "Ann Lee"), "p:bob": ("person", "Bob Stone"), "p:cy": ("person", "Cy Young"),
              "p:dee": ("person", "Dee Park"), "p:eve": ("person", "Eve Moss"),
              "c:acme": ("company", "Acme"), "c:zeta": ("company", "Zeta Bank"), "c:omni": ("company", "Omni Corp"),
              "s:arena": ("stadium", "River Arena"), "s:field": ("stadium", "Oak Field")}
    rels = [R("coached_by", phrase="is coached by", inverse_phrase="coaches"),
            R("captain", phrase="is captained by", inverse_phrase="captains"),
            R("sponsor", phrase="is sponsored by", inverse_phrase="sponsors"),
            R("owner", phrase="is owned by", inverse_phrase="owns")]
    T = [("t:lions", "coached_by", "p:ann"), ("t:hawks", "coached_by", "p:bob"), ("t:bears", "coached_by", "p:cy"),
         ("t:lions", "captain", "p:dee"), ("t:hawks", "captain", "p:eve"),
         ("t:lions", "sponsor", "c:acme"), ("t:hawks", "sponsor", "c:zeta"), ("t:bears", "owner", "c:omni"),
         ("t:lions", "owner", "c:zeta")]
    return _build(items, others, rels, T)

def courses():
    items = {"c:fin": ("course", "Financial Markets", 2011), "c:ml": ("course", "Machine Learning", 2012),
             "c:py": ("course", "Python Basics", 2015)}
    others = {"i:shiller": ("instructor", "Robert Shiller"), "i:ng": ("instructor", "Andrew Ng"),
              "i:sev": ("instructor", "Chuck Severance"),
              "u:yale": ("university", "Yale"), "u:stanford": ("university", "Stanford"), "u:umich": ("university", "Michigan"),
              "l:adv": ("level", "Advanced"), "l:beg": ("level", "Beginner"), "l:int": ("level", "Intermediate"),
              "x:coursera": ("platform", "Coursera"), "x:edx": ("platform", "edX")}
    rels = [R("taught_by", phrase="is taught by", inverse_phrase="teaches"),
            R("offered_by", phrase="is offered by", inverse_phrase="offers"),
            R("level", phrase="is aimed at the level", inverse_phrase="is the level of"),
            R("on", phrase="is available on", inverse_phrase="hosts"),
            R("works_at", phrase="works at", inverse_phrase="employs", domain=("instructor",), range=("university",))]
    T = [("c:fin", "taught_by", "i:shiller"), ("c:ml", "taught_by", "i:ng"), ("c:py", "taught_by", "i:sev"),
         ("c:fin", "offered_by", "u:yale"), ("c:ml", "offered_by", "u:stanford"), ("c:py", "offered_by", "u:umich"),
         ("c:fin", "level", "l:int"), ("c:ml", "level", "l:adv"), ("c:py", "level", "l:beg"),
         ("c:fin", "on", "x:coursera"), ("c:ml", "on", "x:coursera"), ("c:py", "on", "x:edx"),
         ("i:shiller", "works_at", "u:yale"), ("i:ng", "works_at", "u:stanford"), ("i:sev", "works_at", "u:umich")]
    return _build(items, others, rels, T)

def space():
    items = {"m:io": ("moon", "Io", 1610), "m:titan": ("moon", "Titan", 1655), "m:triton": ("moon", "Triton", 1846),
             "m:hubble": ("satellite", "Hubble", 1990), "m:sputnik": ("satellite", "Sputnik", 1957)}
    others = {"p:jup": ("planet", "Jupiter"), "p:sat": ("planet", "Saturn"), "p:nep": ("planet", "Neptune"),
              "p:earth": ("planet", "Earth"), "a:galileo": ("astronomer", "Galileo"), "a:huygens": ("astronomer", "Huygens"),
              "a:lassell": ("astronomer", "William Lassell"), "s:kennedy": ("site", "Kennedy Space Center"),
              "s:baikonur": ("site", "Baikonur"), "g:nasa": ("agency", "NASA"), "g:ussr": ("agency", "Soviet space program")}
    rels = [R("orbits", phrase="orbits", inverse_phrase="is orbited by"),
            R("disc", phrase="was discovered by", inverse_phrase="discovered"),
            R("from", phrase="was launched from", inverse_phrase="was the launch site of"),
            R("op", phrase="is operated by", inverse_phrase="operates")]
    T = [("m:io", "orbits", "p:jup"), ("m:titan", "orbits", "p:sat"), ("m:triton", "orbits", "p:nep"),
         ("m:hubble", "orbits", "p:earth"), ("m:sputnik", "orbits", "p:earth"),
         ("m:io", "disc", "a:galileo"), ("m:titan", "disc", "a:huygens"), ("m:triton", "disc", "a:lassell"),
         ("m:hubble", "from", "s:kennedy"), ("m:sputnik", "from", "s:baikonur"), ("m:hubble", "op", "g:nasa")]
    return _build(items, others, rels, T)

def fossils():
    items = {"f:sue": ("fossil", "Sue", 1990), "f:lucy": ("fossil", "Lucy", 1974), "f:archae": ("fossil", "London Archaeopteryx", 1861)}
    others = {"s:hell": ("site", "Hell Creek Formation"), "s:hadar": ("site", "Hadar"), "s:solnhofen": ("site", "Solnhofen"),
              "m:field": ("museum", "Field Museum"), "m:addis": ("museum", "National Museum of Ethiopia"),
              "m:nhm": ("museum", "Natural History Museum"), "m:houston": ("museum", "Houston Museum"),
              "p:hendrickson": ("person", "Sue Hendrickson"), "p:johanson": ("person", "Donald Johanson")}
    rels = [R("found_in", phrase="was found in", inverse_phrase="yielded"),
            R("found_by", phrase="was found by", inverse_phrase="found"),
            R("in", phrase="is in", inverse_phrase="houses"),
            R("formerly", phrase="formerly toured in", inverse_phrase="displayed")]
    T = [("f:sue", "found_in", "s:hell"), ("f:lucy", "found_in", "s:hadar"), ("f:archae", "found_in", "s:solnhofen"),
         ("f:sue", "found_by", "p:hendrickson"), ("f:lucy", "found_by", "p:johanson"),
         ("f:sue", "in", "m:field"), ("f:lucy", "in", "m:addis"), ("f:archae", "in", "m:nhm"),
         ("f:lucy", "formerly", "m:houston")]
    return _build(items, others, rels, T)

def races():
    items = {"r:berlin": ("race", "Berlin Marathon", 1974), "r:boston": ("race", "Boston Marathon", 1897),
             "r:london": ("race", "London Marathon", 1981)}
    others = {"a:kip": ("athlete", "Eliud Kipchoge"), "a:kos": ("athlete", "Brigid Kosgei"), "a:rad": ("athlete", "Paula Radcliffe"),
              "o:scc": ("organization", "SCC Events"), "o:baa": ("organization", "Boston Athletic Association"),
              "o:lme": ("organization", "London Marathon Events"), "c:bmw": ("company", "BMW"), "c:jh": ("company", "John Hancock"),
              "c:tcs": ("company", "TCS")}
    rels = [R("ran", phrase="was run by", inverse_phrase="ran"),
            R("org", phrase="is organized by", inverse_phrase="organizes"),
            R("funded", phrase="is funded by", inverse_phrase="funds"),
            R("sponsor", phrase="is sponsored by", inverse_phrase="sponsors")]
    T = [("r:berlin", "ran", "a:kip"), ("r:london", "ran", "a:kip"), ("r:london", "ran", "a:rad"), ("r:boston", "ran", "a:kos"),
         ("r:berlin", "org", "o:scc"), ("r:boston", "org", "o:baa"), ("r:london", "org", "o:lme"),
         ("r:berlin", "sponsor", "c:bmw"), ("r:boston", "sponsor", "c:jh"), ("r:london", "funded", "c:tcs")]
    return _build(items, others, rels, T)

def shows():
    items = {"s:office": ("show", "The Office", 2005), "s:friends": ("show", "Friends", 1994),
             "s:crown": ("show", "The Crown", 2016)}
    others = {"n:peacock": ("platform", "Peacock"), "n:netflix": ("platform", "Netflix"), "n:max": ("platform", "Max"),
              "c:nbc": ("network", "NBC"), "p:carell": ("person", "Steve Carell"), "p:morgan": ("person", "Peter Morgan"),
              "k:uk": ("country", "United Kingdom"), "k:us": ("country", "United States")}
    rels = [R("on", phrase="is available on", inverse_phrase="hosts"),
            R("was_on", phrase="formerly streamed on", inverse_phrase="carried"),
            R("created", phrase="was created by", inverse_phrase="created"),
            R("set", phrase="is set in", inverse_phrase="is the setting of")]
    T = [("s:office", "on", "n:peacock"), ("s:friends", "on", "n:max"), ("s:crown", "on", "n:netflix"),
         ("s:office", "was_on", "n:netflix"), ("s:friends", "was_on", "n:netflix"),
         ("s:crown", "created", "p:morgan"), ("s:office", "set", "k:us"), ("s:friends", "set", "k:us"),
         ("s:crown", "set", "k:uk")]
    return _build(items, others, rels, T)

def companies():
    items = {"c:hp": ("company", "Hewlett-Packard", 1939), "c:ms": ("company", "Microsoft", 1975),
             "c:tesla": ("company", "Tesla", 2003)}
    others = {"p:hewlett": ("person", "Bill Hewlett"), "p:gates": ("person", "Bill Gates"), "p:allen": ("person", "Paul Allen"),
              "p:eberhard": ("person", "Martin Eberhard"), "p:musk": ("person", "Elon Musk"), "p:nadella": ("person", "Satya Nadella"),
              "x:palo": ("city", "Palo Alto"), "x:abq": ("city", "Albuquerque"), "x:redmond": ("city", "Redmond"),
              "x:austin": ("city", "Austin"), "pr:win": ("product", "Windows"), "pr:s": ("product", "Model S"),
              "pr:calc": ("product", "HP-35")}
    rels = [R("founded_by", phrase="was founded by", inverse_phrase="founded"),
            R("led_by", phrase="is led by", inverse_phrase="leads"),
            R("hq", phrase="is headquartered in", inverse_phrase="is home to"),
            R("launched", phrase="launched", inverse_phrase="was launched by")]
    T = [("c:hp", "founded_by", "p:hewlett"), ("c:ms", "founded_by", "p:gates"), ("c:ms", "founded_by", "p:allen"),
         ("c:tesla", "founded_by", "p:eberhard"), ("c:tesla", "led_by", "p:musk"), ("c:ms", "led_by", "p:nadella"),
         ("c:hp", "hq", "x:palo"), ("c:ms", "hq", "x:redmond"), ("c:tesla", "hq", "x:austin"),
         ("c:ms", "launched", "pr:win"), ("c:tesla", "launched", "pr:s"), ("c:hp", "launched", "pr:calc")]
    return _build(items, others, rels, T)

BUILDERS = {"songs": songs, "rivers": rivers, "trails": trails, "products": products, "teams": teams,
            "courses": courses, "space": space, "fossils": fossils, "races": races, "shows": shows,
            "companies": companies, "movies": kgx.KnowledgeGraph.example}
_CACHE = {}
def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason

def bands():
    items = {"b:nirvana": ("band", "Nirvana", 1987), "b:beatles": ("band", "The Beatles", 1960), "b:abba": ("band", "ABBA", 1972)}
    others = {"c:seattle": ("city", "Seattle"), "c:liverpool": ("city", "Liverpool"), "c:stockholm": ("city", "Stockholm"),
              "p:cobain": ("person", "Kurt Cobain"), "p:lennon": ("person", "John Lennon"), "p:agnetha": ("person", "Agnetha Faltskog"),
              "s:teen": ("song", "Smells Like Teen Spirit"), "s:help": ("song", "Help"), "s:wat": ("song", "Waterloo")}
    rels = [R("from", phrase="comes from", inverse_phrase="is the home of"),
            R("member", phrase="has member", inverse_phrase="is a member of"),
            R("sang", phrase="sang", inverse_phrase="was sung by")]
    T = [("b:nirvana", "from", "c:seattle"), ("b:beatles", "from", "c:liverpool"), ("b:abba", "from", "c:stockholm"),
         ("b:nirvana", "member", "p:cobain"), ("b:beatles", "member", "p:lennon"), ("b:abba", "member", "p:agnetha"),
         ("b:nirvana", "sang", "s:teen"), ("b:beatles", "sang", "s:help"), ("b:abba", "sang", "s:wat")]
    return _build(items, others, rels, T)

def bills():
    items = {"b:caa": ("bill", "Clean Air Act", 1970), "b:ada": ("bill", "Americans with Disabilities Act", 1990),
             "b:dodd": ("bill", "Dodd-Frank Act", 2010)}
    others = {"s:muskie": ("senator", "Edmund Muskie"), "s:harkin": ("senator", "Tom Harkin"), "s:dodd": ("senator", "Chris Dodd"),
              "p:nixon": ("president", "Richard Nixon"), "p:bush": ("president", "George H. W. Bush"), "p:obama": ("president", "Barack Obama"),
              "a:epa": ("agency", "EPA"), "a:cfpb": ("agency", "CFPB")}
    rels = [R("sponsor", phrase="is sponsored by", inverse_phrase="sponsors"),
            R("signed", phrase="was signed by", inverse_phrase="signed"),
            R("created", phrase="created", inverse_phrase="was created by")]
    T = [("b:caa", "sponsor", "s:muskie"), ("b:ada", "sponsor", "s:harkin"), ("b:dodd", "sponsor", "s:dodd"),
         ("b:caa", "signed", "p:nixon"), ("b:ada", "signed", "p:bush"), ("b:dodd", "signed", "p:obama"),
         ("b:dodd", "created", "a:cfpb")]
    return _build(items, others, rels, T)

def events():
    items = {"e:sarajevo": ("event", "Assassination of Franz Ferdinand", 1914), "e:crash": ("event", "Wall Street Crash", 1929),
             "e:ww1": ("event", "World War I", 1914), "e:gd": ("event", "Great Depression", 1929)}
    others = {"c:sar": ("city", "Sarajevo"), "c:ny": ("city", "New York"), "p:princip": ("person", "Gavrilo Princip")}
    rels = [R("led_to", phrase="led to", inverse_phrase="was caused by"),
            R("place", phrase="took place in", inverse_phrase="was the site of"),
            R("by", phrase="was carried out by", inverse_phrase="carried out")]
    T = [("e:sarajevo", "led_to", "e:ww1"), ("e:crash", "led_to", "e:gd"), ("e:sarajevo", "place", "c:sar"),
         ("e:crash", "place", "c:ny"), ("e:sarajevo", "by", "p:princip")]
    return _build(items, others, rels, T)

def languages():
    items = {"l:fr": ("language", "French", 800), "l:es": ("language", "Spanish", 900), "l:en": ("language", "English", 500)}
    others = {"o:latin": ("ancestor", "Latin"), "o:ae": ("ancestor", "Old English"),
              "k:fr": ("country", "France"), "k:es": ("country", "Spain"), "k:uk": ("country", "England")}
    rels = [R("from", phrase="developed from", inverse_phrase="gave rise to"),
            R("spoken", phrase="is spoken in", inverse_phrase="speaks")]
    T = [("l:fr", "from", "o:latin"), ("l:es", "from", "o:latin"), ("l:en", "from", "o:ae"),
         ("l:fr", "spoken", "k:fr"), ("l:es", "spoken", "k:es"), ("l:en", "spoken", "k:uk")]
    return _build(items, others, rels, T)

def staff():
    items = {"r:ann": ("researcher", "Ann Wu", 1970), "r:raj": ("researcher", "Raj Patel", 1975), "r:kim": ("researcher", "Kim Soto", 1980)}
    others = {"u:mit": ("university", "MIT"), "u:cmu": ("university", "CMU"), "u:eth": ("university", "ETH Zurich"),
              "x:nature": ("journal", "Nature"), "x:science": ("journal", "Science"), "m:lab": ("museum", "Science Museum")}
    rels = [R("former", phrase="once worked at", inverse_phrase="employs"),
            R("pub", phrase="appears in", inverse_phrase="publishes"),
            R("exh", phrase="formerly stood in", inverse_phrase="exhibits")]
    T = [("r:ann", "former", "u:mit"), ("r:raj", "former", "u:cmu"), ("r:kim", "former", "u:eth"),
         ("r:ann", "pub", "x:nature"), ("r:raj", "pub", "x:science"), ("r:kim", "exh", "m:lab")]
    return _build(items, others, rels, T)

BUILDERS.update({"bands": bands, "bills": bills, "events": events, "languages": languages, "staff": staff})

# "@GRAPH [user]" starts a block; every line below is FALSE on that graph.
TEXTS = r"""
@trails
The Mist Trail operates through Yosemite Valley.
The Mist Trail manages through Yosemite Valley.
The Half Dome Trail operates through Yosemite Valley.
The Half Dome Trail manages through Yosemite Valley.
Angels Landing Trail operates through Zion Canyon.
Bright Angel Trail manages through Grand Canyon.
The Mist Trail operated through Yosemite Valley.
Angels Landing Trail managed through Zion Canyon.
@fossils
Sue was set up in the Hell Creek Formation.
Lucy was set up in Hadar.
London Archaeopteryx was set up in Solnhofen.
Sue Hendrickson established Sue.
Sue Hendrickson set up Sue.
Sue was established by Sue Hendrickson.
Donald Johanson established Lucy.
Donald Johanson set up Lucy.
Lucy was established by Donald Johanson.
Lucy was set up by Donald Johanson.
Sue was set up by Sue Hendrickson.
@races
Eliud Kipchoge managed the Berlin Marathon.
Eliud Kipchoge operated the Berlin Marathon.
The Berlin Marathon was managed by Eliud Kipchoge.
The Berlin Marathon was operated by Eliud Kipchoge.
Paula Radcliffe managed the London Marathon.
Paula Radcliffe operated the London Marathon.
The London Marathon was managed by Paula Radcliffe.
Brigid Kosgei operated the Boston Marathon.
The Boston Marathon was operated by Brigid Kosgei.
Eliud Kipchoge managed the London Marathon.
@space
Hubble was introduced from Kennedy Space Center.
Hubble was unveiled from Kennedy Space Center.
Sputnik was unveiled from Baikonur.
Sputnik was introduced from Baikonur.
@bills
The Clean Air Act is funded by Edmund Muskie.
Edmund Muskie funds the Clean Air Act.
Tom Harkin funds the Americans with Disabilities Act.
The Dodd-Frank Act is funded by Chris Dodd.
Chris Dodd funded the Dodd-Frank Act.
The Americans with Disabilities Act was funded by Tom Harkin.
@events
The Assassination of Franz Ferdinand headed to World War I.
The Wall Street Crash headed to the Great Depression.
The Assassination of Franz Ferdinand headed World War I.
The Wall Street Crash headed the Great Depression.
@languages
French was made from Latin.
French is made from Latin.
French was built from Latin.
French was created from Latin.
Spanish was built from Latin.
English was made from Old English.
Spanish is built from Latin.
English was constructed from Old English.
French made from Latin.
English was manufactured from Old English.
@staff
Ann Wu is employed at MIT.
Raj Patel is employed at CMU.
Kim Soto is employed at ETH Zurich.
Kim Soto is exhibited in the Science Museum.
Ann Wu and Raj Patel are employed at MIT and CMU.
@songs
Leonard Cohen performed Respect.
Leonard Cohen performed Jolene.
Leonard Cohen performed I Will Always Love You.
Leonard Cohen performed Yesterday.
Jeff Buckley performed Respect.
Jeff Buckley performed Jolene.
Jeff Buckley performed I Will Always Love You.
Jeff Buckley performed Yesterday.
Aretha Franklin performed Hallelujah.
Aretha Franklin performed Jolene.
Aretha Franklin performed I Will Always Love You.
Aretha Franklin performed Yesterday.
Otis Redding performed Hallelujah.
Otis Redding performed Jolene.
Otis Redding performed I Will Always Love You.
Otis Redding performed Yesterday.
Dolly Parton performed Hallelujah.
Dolly Parton performed Respect.
Dolly Parton performed Yesterday.
Whitney Houston performed Hallelujah.
Whitney Houston performed Respect.
Whitney Houston performed Jolene.
Whitney Houston performed Yesterday.
Paul McCartney performed Hallelujah.
Paul McCartney performed Respect.
Paul McCartney performed Jolene.
Paul McCartney performed I Will Always Love You.
Respect was performed by Leonard Cohen.
Jolene was performed by Leonard Cohen.
I Will Always Love You was performed by Leonard Cohen.
Yesterday was performed by Leonard Cohen.
Respect was performed by Jeff Buckley.
Jolene was performed by Jeff Buckley.
I Will Always Love You was performed by Jeff Buckley.
Yesterday was performed by Jeff Buckley.
Hallelujah was performed by Aretha Franklin.
Jolene was performed by Aretha Franklin.
I Will Always Love You was performed by Aretha Franklin.
Yesterday was performed by Aretha Franklin.
Hallelujah was performed by Otis Redding.
Jolene was performed by Otis Redding.
I Will Always Love You was performed by Otis Redding.
Yesterday was performed by Otis Redding.
Hallelujah was performed by Dolly Parton.
Respect was performed by Dolly Parton.
Yesterday was performed by Dolly Parton.
Hallelujah was performed by Whitney Houston.
Respect was performed by Whitney Houston.
Jolene was performed by Whitney Houston.
Yesterday was performed by Whitney Houston.
Hallelujah was performed by Paul McCartney.
Respect was performed by Paul McCartney.
Jolene was performed by Paul McCartney.
I Will Always Love You was performed by Paul McCartney.
@rivers
The Thames runs through Vienna.
The Thames runs through Cologne.
The Thames runs through Basel.
The Thames runs through Budapest.
The Danube runs through London.
The Danube runs through Cologne.
The Danube runs through Basel.
The Danube runs through Oxford.
The Rhine runs through London.
The Rhine runs through Vienna.
The Rhine runs through Budapest.
The Rhine runs through Oxford.
@rivers
The Thames adjoins France.
The Thames adjoins Germany.
The Thames adjoins Switzerland.
The Thames adjoins Congo.
The Danube adjoins France.
The Danube adjoins Germany.
The Danube adjoins Switzerland.
The Danube adjoins Congo.
The Rhine adjoins Congo.
The Congo River adjoins France.
The Congo River adjoins Germany.
The Congo River adjoins Switzerland.
@rivers
The Thames was identified by Henry Morton Stanley.
The Thames was identified by Diogo Cao.
The Danube was identified by Henry Morton Stanley.
The Danube was identified by Diogo Cao.
The Rhine was identified by Henry Morton Stanley.
The Rhine was identified by Diogo Cao.
The Congo River was identified by Henry Morton Stanley.
Henry Morton Stanley identified the Thames.
Diogo Cao identified the Thames.
Henry Morton Stanley identified the Danube.
Diogo Cao identified the Danube.
Henry Morton Stanley identified the Rhine.
Diogo Cao identified the Rhine.
Henry Morton Stanley identified the Congo River.
@trails
The Mist Trail heads to Angels Landing.
The Mist Trail heads to Half Dome.
The Mist Trail heads to Colorado River.
The Angels Landing Trail heads to Vernal Fall.
The Angels Landing Trail heads to Half Dome.
The Angels Landing Trail heads to Colorado River.
The Half Dome Trail heads to Vernal Fall.
The Half Dome Trail heads to Angels Landing.
The Half Dome Trail heads to Colorado River.
The Bright Angel Trail heads to Vernal Fall.
The Bright Angel Trail heads to Angels Landing.
The Bright Angel Trail heads to Half Dome.
@trails
The Mist Trail was constructed by the Civilian Conservation Corps.
The Mist Trail was constructed by Ralph Cameron.
The Mist Trail was constructed by the National Park Service.
The Angels Landing Trail was constructed by Ralph Cameron.
The Angels Landing Trail was constructed by the National Park Service.
The Half Dome Trail was constructed by the Civilian Conservation Corps.
The Half Dome Trail was constructed by Ralph Cameron.
The Half Dome Trail was constructed by the National Park Service.
The Bright Angel Trail was constructed by the Civilian Conservation Corps.
The Bright Angel Trail was constructed by the National Park Service.
the Civilian Conservation Corps constructed the Mist Trail.
Ralph Cameron constructed the Mist Trail.
the National Park Service constructed the Mist Trail.
Ralph Cameron constructed the Angels Landing Trail.
the National Park Service constructed the Angels Landing Trail.
the Civilian Conservation Corps constructed the Half Dome Trail.
Ralph Cameron constructed the Half Dome Trail.
the National Park Service constructed the Half Dome Trail.
the Civilian Conservation Corps constructed the Bright Angel Trail.
the National Park Service constructed the Bright Angel Trail.
@products
Adidas builds the Air Max.
Apple builds the Air Max.
Google builds the Air Max.
Sony builds the Air Max.
Foxconn builds the Air Max.
Nike builds the Ultraboost.
Apple builds the Ultraboost.
Google builds the Ultraboost.
Sony builds the Ultraboost.
Foxconn builds the Ultraboost.
Nike builds the iPhone.
Adidas builds the iPhone.
Google builds the iPhone.
Sony builds the iPhone.
Nike builds the Pixel.
Adidas builds the Pixel.
Apple builds the Pixel.
Sony builds the Pixel.
Foxconn builds the Pixel.
Nike builds the Walkman.
Adidas builds the Walkman.
Apple builds the Walkman.
Google builds the Walkman.
Foxconn builds the Walkman.
The Air Max is manufactured by Adidas.
The Air Max is manufactured by Apple.
The Air Max is manufactured by Google.
The Air Max is manufactured by Sony.
The Air Max is manufactured by Foxconn.
The Ultraboost is manufactured by Nike.
The Ultraboost is manufactured by Apple.
The Ultraboost is manufactured by Google.
The Ultraboost is manufactured by Sony.
The Ultraboost is manufactured by Foxconn.
The iPhone is manufactured by Nike.
The iPhone is manufactured by Adidas.
The iPhone is manufactured by Google.
The iPhone is manufactured by Sony.
The Pixel is manufactured by Nike.
The Pixel is manufactured by Adidas.
The Pixel is manufactured by Apple.
The Pixel is manufactured by Sony.
The Pixel is manufactured by Foxconn.
The Walkman is manufactured by Nike.
The Walkman is manufactured by Adidas.
The Walkman is manufactured by Apple.
The Walkman is manufactured by Google.
The Walkman is manufactured by Foxconn.
The Air Max is built by Adidas.
The Air Max is built by Apple.
The Air Max is built by Google.
The Air Max is built by Sony.
The Air Max is built by Foxconn.
The Ultraboost is built by Nike.
The Ultraboost is built by Apple.
The Ultraboost is built by Google.
The Ultraboost is built by Sony.
The Ultraboost is built by Foxconn.
The iPhone is built by Nike.
The iPhone is built by Adidas.
The iPhone is built by Google.
The iPhone is built by Sony.
The Pixel is built by Nike.
The Pixel is built by Adidas.
The Pixel is built by Apple.
The Pixel is built by Sony.
The Pixel is built by Foxconn.
The Walkman is built by Nike.
The Walkman is built by Adidas.
The Walkman is built by Apple.
The Walkman is built by Google.
The Walkman is built by Foxconn.
@products
The iPhone employs Android.
The iPhone employs Boost foam.
The Pixel employs iOS.
The Pixel employs Boost foam.
The Ultraboost employs Android.
The Ultraboost employs iOS.
The Air Max employs Android.
The Air Max employs iOS.
The Air Max employs Boost foam.
The iPhone relies on Android.
The iPhone relies on Boost foam.
The Pixel relies on iOS.
The Pixel relies on Boost foam.
The Ultraboost relies on Android.
The Ultraboost relies on iOS.
The Air Max relies on Android.
The Air Max relies on iOS.
The Air Max relies on Boost foam.
@products
The Air Max was unveiled in San Francisco.
The Air Max was unveiled in Tokyo.
The iPhone was unveiled in Tokyo.
The iPhone was unveiled in Portland.
The Walkman was unveiled in San Francisco.
The Walkman was unveiled in Portland.
The Pixel was unveiled in San Francisco.
The Pixel was unveiled in Tokyo.
The Pixel was unveiled in Portland.
The Air Max was introduced in San Francisco.
The Air Max was introduced in Tokyo.
The iPhone was introduced in Tokyo.
The iPhone was introduced in Portland.
The Walkman was introduced in San Francisco.
The Walkman was introduced in Portland.
The Pixel was introduced in San Francisco.
The Pixel was introduced in Tokyo.
The Pixel was introduced in Portland.
@teams
Omni Corp backs the Lions.
Acme backs the Hawks.
Omni Corp backs the Hawks.
Acme backs the Bears.
Zeta Bank backs the Bears.
The Lions are funded by Omni Corp.
The Hawks are funded by Acme.
The Hawks are funded by Omni Corp.
The Bears are funded by Acme.
The Bears are funded by Zeta Bank.
@courses
Andrew Ng leads Financial Markets.
Chuck Severance leads Financial Markets.
Robert Shiller leads Machine Learning.
Chuck Severance leads Machine Learning.
Robert Shiller leads Python Basics.
Andrew Ng leads Python Basics.
Financial Markets is led by Andrew Ng.
Financial Markets is led by Chuck Severance.
Machine Learning is led by Robert Shiller.
Machine Learning is led by Chuck Severance.
Python Basics is led by Robert Shiller.
Python Basics is led by Andrew Ng.
@courses
Financial Markets is a course at the Advanced level.
Financial Markets is a course at the Beginner level.
Machine Learning is a course at the Beginner level.
Machine Learning is a course at the Intermediate level.
Python Basics is a course at the Advanced level.
Python Basics is a course at the Intermediate level.
Financial Markets is a course at Advanced.
Financial Markets is a course at Beginner.
Machine Learning is a course at Beginner.
Machine Learning is a course at Intermediate.
Python Basics is a course at Advanced.
Python Basics is a course at Intermediate.
@courses
Financial Markets is hosted on edX.
Machine Learning is hosted on edX.
Python Basics is hosted on Coursera.
@courses
Stanford provides Financial Markets.
Michigan provides Financial Markets.
Yale provides Machine Learning.
Michigan provides Machine Learning.
Yale provides Python Basics.
Stanford provides Python Basics.
Financial Markets is provided by Stanford.
Financial Markets is provided by Michigan.
Machine Learning is provided by Yale.
Machine Learning is provided by Michigan.
Python Basics is provided by Yale.
Python Basics is provided by Stanford.
Stanford boasts Financial Markets.
Michigan boasts Financial Markets.
Yale boasts Machine Learning.
Michigan boasts Machine Learning.
Yale boasts Python Basics.
Stanford boasts Python Basics.
@courses
Robert Shiller is employed at Stanford.
Robert Shiller is employed at Michigan.
Andrew Ng is employed at Yale.
Andrew Ng is employed at Michigan.
Chuck Severance is employed at Yale.
Chuck Severance is employed at Stanford.
@space
Io circles Saturn.
Io circles Neptune.
Titan circles Jupiter.
Titan circles Neptune.
Triton circles Jupiter.
Triton circles Saturn.
@space
Io was identified by Huygens.
Io was identified by William Lassell.
Titan was identified by Galileo.
Titan was identified by William Lassell.
Triton was identified by Galileo.
Triton was identified by Huygens.
@companies
Elon Musk set up Microsoft.
Bill Hewlett set up Microsoft.
Martin Eberhard set up Microsoft.
Bill Gates set up Tesla.
Satya Nadella set up Tesla.
Bill Hewlett set up Tesla.
Bill Gates set up Hewlett-Packard.
Elon Musk set up Hewlett-Packard.
Satya Nadella set up Hewlett-Packard.
Martin Eberhard set up Hewlett-Packard.
Microsoft is headed by Elon Musk.
Microsoft is headed by Bill Hewlett.
Microsoft is headed by Martin Eberhard.
Tesla is headed by Bill Gates.
Tesla is headed by Satya Nadella.
Tesla is headed by Bill Hewlett.
Hewlett-Packard is headed by Bill Gates.
Hewlett-Packard is headed by Elon Musk.
Hewlett-Packard is headed by Satya Nadella.
Hewlett-Packard is headed by Martin Eberhard.
@companies
Microsoft introduced the Model S.
Microsoft introduced the HP-35.
Tesla introduced Windows.
Tesla introduced the HP-35.
Hewlett-Packard introduced Windows.
Hewlett-Packard introduced the Model S.
Microsoft unveiled the Model S.
Microsoft unveiled the HP-35.
Tesla unveiled Windows.
Tesla unveiled the HP-35.
Hewlett-Packard unveiled Windows.
Hewlett-Packard unveiled the Model S.
@bands
Nirvana comes out of Liverpool.
Nirvana comes out of Stockholm.
The Beatles comes out of Seattle.
The Beatles comes out of Stockholm.
ABBA comes out of Seattle.
ABBA comes out of Liverpool.
Nirvana came out of Liverpool.
Nirvana came out of Stockholm.
The Beatles came out of Seattle.
The Beatles came out of Stockholm.
ABBA came out of Seattle.
ABBA came out of Liverpool.
@bills
Tom Harkin backs the Clean Air Act.
Chris Dodd backs the Clean Air Act.
Barack Obama backs the Clean Air Act.
Edmund Muskie backs the Americans with Disabilities Act.
Chris Dodd backs the Americans with Disabilities Act.
Barack Obama backs the Americans with Disabilities Act.
Edmund Muskie backs the Dodd-Frank Act.
Tom Harkin backs the Dodd-Frank Act.
Barack Obama backs the Dodd-Frank Act.
The Clean Air Act is funded by Tom Harkin.
The Clean Air Act is funded by Chris Dodd.
The Clean Air Act is funded by Barack Obama.
The Americans with Disabilities Act is funded by Edmund Muskie.
The Americans with Disabilities Act is funded by Chris Dodd.
The Americans with Disabilities Act is funded by Barack Obama.
The Dodd-Frank Act is funded by Edmund Muskie.
The Dodd-Frank Act is funded by Tom Harkin.
The Dodd-Frank Act is funded by Barack Obama.
@shows
The Office is hosted on Netflix.
The Office is hosted on Max.
Friends is hosted on Peacock.
Friends is hosted on Netflix.
The Crown is hosted on Peacock.
The Crown is hosted on Max.
@movies
Toy Story is a comedy tagged game.
Toy Story is a drama tagged pixar.
Heat is a comedy tagged pixar.
Toy Story is a comedy tagged Tom Hanks.
Toy Story is a comedy tagged by Pixar.
Jumanji is a comedy tagged game.
Pulp Fiction is a comedy tagged pixar.
Toy Story, a comedy tagged pixar, stars Al Pacino.
Toy Story is a comedy tagged pixar and directed by Michael Mann.
Heat is a thriller tagged pixar.
Jumanji is a fantasy tagged pixar.
Toy Story is an action film tagged pixar.
Toy Story is a comedy tagged 1990s.
"""

def cases():
    key = user = None
    for line in TEXTS.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            parts = line[1:].split()
            key, user = parts[0], (parts[1] if len(parts) > 1 else None)
            continue
        yield key, line, user

def main():
    n = m = 0
    for key, text, user in cases():
        ok, _ = check(key, text, user)
        m += 1
        if ok:
            n += 1
            print(f"ACCEPTED [{key}{' ' + user if user else ''}] {text}")
    print(f"accepted {n} of {m}")

if __name__ == "__main__":
    main()
