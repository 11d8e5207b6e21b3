"""Red team round 131 (the readings of the round's CHANGES.diff): ", the N of Y" after a claim's
object is an apposition on that object; the agent noun after a cue ending in "of" ("was the work
of architect X"); a phrase that is "has" alone reads "has a"; "is a N for" gives the noun N;
"is named after" also "takes / gets its name from", "bears the name of"; "operate" also
"manage" and "found" also "launch" (each only where no other relation says the synonym); "is
<participle> as a" also "is a"; "founded in <year>" for founded kinds and items someone founded;
"paper" names a newspaper; guards on dating verbs (building, founding, making; "completed /
finished in" never dates a running series or an aired show). False texts only, plus faithful
controls."""

import os
import sys

if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items, others, rels, triples, users=()):
    ents = [E(k, kind="item", type=t, label=n, attrs={"year": y} if y is not None else {})
            for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n) for k, (t, n) in others.items()]
    ents += [E(k, kind="user", type="user", label=n) for k, n in users]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def airports():
    """Airports (items, the year each opened) and airlines (items, the year each was founded):
    the airlines each airport "is a hub for" and those it "is a base for" (no hub); the person
    each "is named after" and the body that named it ("was named by", no namesake); the operator
    ("operates") next to an airline's chief executive ("manages": so "manage" is said by another
    relation here); what each airport "has" next to what it "had" (no longer); an airline's
    founders, its owning group, the city each airport serves."""
    rels = [
        R("hub_for", phrase="is a hub for", inverse_phrase="has a hub at", domain=("airport",), range=("airline",)),
        R("base_for", phrase="is a base for", inverse_phrase="has a base at", domain=("airport",), range=("airline",)),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=("airport",),
          range=("person",)),
        R("named_by", phrase="was named by", inverse_phrase="named", domain=("airport",), range=("government",)),
        R("operated_by", phrase="is operated by", inverse_phrase="operates", domain=("airport",), range=("operator",)),
        R("managed_by", phrase="is managed by", inverse_phrase="manages", domain=("airline",), range=("executive",)),
        R("has_feature", phrase="has", inverse_phrase="can be found at", domain=("airport",), range=("feature",)),
        R("had_feature", phrase="had", inverse_phrase="was once found at", domain=("airport",), range=("feature",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("airline",), range=("person",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("airline",), range=("group",)),
        R("serves", phrase="serves", inverse_phrase="is served by", domain=("airport",), range=("city",)),
    ]
    items = {
        "a:muc": ("airport", "Munich Airport", 1992), "a:lhr": ("airport", "Heathrow Airport", 1946),
        "a:fra": ("airport", "Frankfurt Airport", 1936), "a:cdg": ("airport", "Charles de Gaulle Airport", 1974),
        "a:ams": ("airport", "Amsterdam Airport Schiphol", 1916), "a:dub": ("airport", "Dublin Airport", 1940),
        "a:jfk": ("airport", "John F. Kennedy International Airport", 1948),
        "l:lh": ("airline", "Lufthansa", 1953), "l:ba": ("airline", "British Airways", 1974),
        "l:af": ("airline", "Air France", 1933), "l:kl": ("airline", "KLM", 1919),
        "l:ei": ("airline", "Aer Lingus", 1936), "l:de": ("airline", "Condor", 1955),
        "l:vs": ("airline", "Virgin Atlantic", 1984), "l:u2": ("airline", "easyJet", 1995),
        "l:fr": ("airline", "Ryanair", 1984), "l:b6": ("airline", "JetBlue", 1998),
    }
    others = {
        "p:strauss": ("person", "Franz Josef Strauss"), "p:degaulle": ("person", "Charles de Gaulle"),
        "p:jfk": ("person", "John F. Kennedy"), "p:branson": ("person", "Richard Branson"),
        "p:stelios": ("person", "Stelios Haji-Ioannou"), "p:ryan": ("person", "Tony Ryan"),
        "p:neeleman": ("person", "David Neeleman"), "p:plesman": ("person", "Albert Plesman"),
        "g:bavaria": ("government", "the Bavarian State Government"),
        "g:france": ("government", "the French Government"),
        "g:nycc": ("government", "the New York City Council"),
        "o:fmg": ("operator", "Flughafen München GmbH"), "o:hah": ("operator", "Heathrow Airport Holdings"),
        "o:fraport": ("operator", "Fraport"), "o:adp": ("operator", "Groupe ADP"),
        "o:schiphol": ("operator", "Royal Schiphol Group"), "o:daa": ("operator", "daa"),
        "o:panynj": ("operator", "the Port Authority of New York and New Jersey"),
        "x:spohr": ("executive", "Carsten Spohr"), "x:doyle": ("executive", "Sean Doyle"),
        "x:oleary": ("executive", "Michael O'Leary"), "x:weiss": ("executive", "Shai Weiss"),
        "f:brewery": ("feature", "brewery"), "f:chapel": ("feature", "chapel"), "f:casino": ("feature", "casino"),
        "f:library": ("feature", "library"), "f:cinema": ("feature", "cinema"), "f:hotel": ("feature", "hotel"),
        "f:concorde": ("feature", "Concorde lounge"), "f:deck": ("feature", "observation deck"),
        "f:yoga": ("feature", "yoga room"),
        "k:iag": ("group", "International Airlines Group"), "k:afkl": ("group", "Air France-KLM"),
        "c:munich": ("city", "Munich"), "c:london": ("city", "London"), "c:frankfurt": ("city", "Frankfurt"),
        "c:paris": ("city", "Paris"), "c:amsterdam": ("city", "Amsterdam"), "c:dublin": ("city", "Dublin"),
        "c:nyc": ("city", "New York City"),
    }
    T = [
        ("a:muc", "hub_for", "l:lh"), ("a:fra", "hub_for", "l:lh"), ("a:lhr", "hub_for", "l:ba"),
        ("a:cdg", "hub_for", "l:af"), ("a:ams", "hub_for", "l:kl"), ("a:dub", "hub_for", "l:ei"),
        ("a:jfk", "hub_for", "l:b6"),
        ("a:muc", "base_for", "l:de"), ("a:fra", "base_for", "l:de"), ("a:lhr", "base_for", "l:vs"),
        ("a:dub", "base_for", "l:fr"), ("a:ams", "base_for", "l:u2"), ("a:cdg", "base_for", "l:u2"),
        ("a:muc", "named_after", "p:strauss"), ("a:cdg", "named_after", "p:degaulle"), ("a:jfk", "named_after", "p:jfk"),
        ("a:muc", "named_by", "g:bavaria"), ("a:cdg", "named_by", "g:france"), ("a:jfk", "named_by", "g:nycc"),
        ("a:muc", "operated_by", "o:fmg"), ("a:lhr", "operated_by", "o:hah"), ("a:fra", "operated_by", "o:fraport"),
        ("a:cdg", "operated_by", "o:adp"), ("a:ams", "operated_by", "o:schiphol"), ("a:dub", "operated_by", "o:daa"),
        ("a:jfk", "operated_by", "o:panynj"),
        ("l:lh", "managed_by", "x:spohr"), ("l:ba", "managed_by", "x:doyle"), ("l:fr", "managed_by", "x:oleary"),
        ("l:vs", "managed_by", "x:weiss"),
        ("a:muc", "has_feature", "f:brewery"), ("a:muc", "has_feature", "f:hotel"), ("a:lhr", "has_feature", "f:chapel"),
        ("a:lhr", "has_feature", "f:yoga"), ("a:ams", "has_feature", "f:casino"), ("a:ams", "has_feature", "f:library"),
        ("a:fra", "has_feature", "f:cinema"), ("a:dub", "has_feature", "f:chapel"), ("a:jfk", "has_feature", "f:hotel"),
        ("a:lhr", "had_feature", "f:concorde"), ("a:jfk", "had_feature", "f:deck"), ("a:ams", "had_feature", "f:cinema"),
        ("l:vs", "founded_by", "p:branson"), ("l:u2", "founded_by", "p:stelios"), ("l:fr", "founded_by", "p:ryan"),
        ("l:b6", "founded_by", "p:neeleman"), ("l:kl", "founded_by", "p:plesman"),
        ("l:ba", "owned_by", "k:iag"), ("l:ei", "owned_by", "k:iag"), ("l:kl", "owned_by", "k:afkl"),
        ("l:af", "owned_by", "k:afkl"),
        ("a:muc", "serves", "c:munich"), ("a:lhr", "serves", "c:london"), ("a:fra", "serves", "c:frankfurt"),
        ("a:cdg", "serves", "c:paris"), ("a:ams", "serves", "c:amsterdam"), ("a:dub", "serves", "c:dublin"),
        ("a:jfk", "serves", "c:nyc"),
    ]
    return _build(items, others, rels, T)


def newspapers():
    """Newspapers and magazines (items, the year each was founded) and headquarters buildings
    (items, the year each was built): founders ("founded") next to backers ("funded"); the page
    format each newspaper "is printed as a" (magazines have none); the city each "is published
    in"; owners; editors; the building each "is headquartered in" and its architect."""
    rels = [
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("newspaper", "magazine"),
          range=("person",)),
        R("funded_by", phrase="was funded by", inverse_phrase="funded", domain=("newspaper", "magazine"),
          range=("person", "backer")),
        R("printed_as", phrase="is printed as a", inverse_phrase="is the page format of", domain=("newspaper",),
          range=("format",)),
        R("published_in", phrase="is published in", inverse_phrase="is the home of", domain=("newspaper", "magazine"),
          range=("city",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("newspaper", "magazine"),
          range=("company", "person")),
        R("edited_by", phrase="is edited by", inverse_phrase="edits", domain=("newspaper", "magazine"),
          range=("journalist",)),
        R("hq_in", phrase="is headquartered in", inverse_phrase="houses", domain=("newspaper",), range=("building",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("building",),
          range=("architect",)),
    ]
    items = {
        "n:times": ("newspaper", "The Times", 1785), "n:guardian": ("newspaper", "The Guardian", 1821),
        "n:sun": ("newspaper", "The Sun", 1964), "n:mail": ("newspaper", "Daily Mail", 1896),
        "n:ft": ("newspaper", "Financial Times", 1888), "n:monde": ("newspaper", "Le Monde", 1944),
        "n:nyt": ("newspaper", "The New York Times", 1851), "n:wapo": ("newspaper", "The Washington Post", 1877),
        "m:economist": ("magazine", "The Economist", 1843), "m:newyorker": ("magazine", "The New Yorker", 1925),
        "m:time": ("magazine", "Time", 1923),
        "b:nytb": ("building", "The New York Times Building", 2007), "b:kings": ("building", "Kings Place", 2008),
        "b:bracken": ("building", "Bracken House", 1959),
    }
    others = {
        "p:walter": ("person", "John Walter"), "p:taylor": ("person", "John Edward Taylor"),
        "p:harmsworth": ("person", "Alfred Harmsworth"), "p:sheridan": ("person", "James Sheridan"),
        "p:beuve": ("person", "Hubert Beuve-Méry"), "p:raymond": ("person", "Henry Jarvis Raymond"),
        "p:hutchins": ("person", "Stilson Hutchins"), "p:wilson": ("person", "James Wilson"),
        "p:ross": ("person", "Harold Ross"), "p:luce": ("person", "Henry Luce"),
        "p:fleischmann": ("person", "Raoul Fleischmann"), "k:circle": ("backer", "the Little Circle"),
        "p:jones": ("person", "George Jones"),
        "f:tabloid": ("format", "tabloid"), "f:broadsheet": ("format", "broadsheet"), "f:compact": ("format", "compact"),
        "f:berliner": ("format", "Berliner"),
        "c:london": ("city", "London"), "c:paris": ("city", "Paris"), "c:nyc": ("city", "New York City"),
        "c:dc": ("city", "Washington, D.C."), "c:manchester": ("city", "Manchester"),
        "o:newsuk": ("company", "News UK"), "o:gmg": ("company", "Guardian Media Group"), "o:dmg": ("company", "DMG Media"),
        "o:nikkei": ("company", "Nikkei"), "o:nytco": ("company", "The New York Times Company"),
        "o:nash": ("company", "Nash Holdings"), "o:eg": ("company", "The Economist Group"),
        "o:conde": ("company", "Condé Nast"), "o:benioff": ("person", "Marc Benioff"),
        "j:viner": ("journalist", "Katharine Viner"), "j:gallagher": ("journalist", "Tony Gallagher"),
        "j:khalaf": ("journalist", "Roula Khalaf"), "j:beddoes": ("journalist", "Zanny Minton Beddoes"),
        "j:remnick": ("journalist", "David Remnick"),
        "r:piano": ("architect", "Renzo Piano"), "r:dixon": ("architect", "Dixon Jones"),
        "r:richardson": ("architect", "Albert Richardson"),
    }
    T = [
        ("n:times", "founded_by", "p:walter"), ("n:guardian", "founded_by", "p:taylor"),
        ("n:mail", "founded_by", "p:harmsworth"), ("n:ft", "founded_by", "p:sheridan"),
        ("n:monde", "founded_by", "p:beuve"), ("n:nyt", "founded_by", "p:raymond"), ("n:wapo", "founded_by", "p:hutchins"),
        ("m:economist", "founded_by", "p:wilson"), ("m:newyorker", "founded_by", "p:ross"),
        ("m:time", "founded_by", "p:luce"),
        ("n:guardian", "funded_by", "k:circle"), ("m:newyorker", "funded_by", "p:fleischmann"),
        ("n:nyt", "funded_by", "p:jones"),
        ("n:sun", "printed_as", "f:tabloid"), ("n:mail", "printed_as", "f:tabloid"), ("n:times", "printed_as", "f:compact"),
        ("n:guardian", "printed_as", "f:berliner"), ("n:monde", "printed_as", "f:berliner"),
        ("n:ft", "printed_as", "f:broadsheet"), ("n:nyt", "printed_as", "f:broadsheet"),
        ("n:wapo", "printed_as", "f:broadsheet"),
        ("n:times", "published_in", "c:london"), ("n:guardian", "published_in", "c:london"),
        ("n:sun", "published_in", "c:london"), ("n:mail", "published_in", "c:london"), ("n:ft", "published_in", "c:london"),
        ("n:monde", "published_in", "c:paris"), ("n:nyt", "published_in", "c:nyc"), ("n:wapo", "published_in", "c:dc"),
        ("m:economist", "published_in", "c:london"), ("m:newyorker", "published_in", "c:nyc"),
        ("m:time", "published_in", "c:nyc"),
        ("n:times", "owned_by", "o:newsuk"), ("n:sun", "owned_by", "o:newsuk"), ("n:guardian", "owned_by", "o:gmg"),
        ("n:mail", "owned_by", "o:dmg"), ("n:ft", "owned_by", "o:nikkei"), ("n:nyt", "owned_by", "o:nytco"),
        ("n:wapo", "owned_by", "o:nash"), ("m:economist", "owned_by", "o:eg"), ("m:newyorker", "owned_by", "o:conde"),
        ("m:time", "owned_by", "o:benioff"),
        ("n:guardian", "edited_by", "j:viner"), ("n:times", "edited_by", "j:gallagher"), ("n:ft", "edited_by", "j:khalaf"),
        ("m:economist", "edited_by", "j:beddoes"), ("m:newyorker", "edited_by", "j:remnick"),
        ("n:nyt", "hq_in", "b:nytb"), ("n:guardian", "hq_in", "b:kings"), ("n:ft", "hq_in", "b:bracken"),
        ("b:nytb", "designed_by", "r:piano"), ("b:kings", "designed_by", "r:dixon"),
        ("b:bracken", "designed_by", "r:richardson"),
    ]
    return _build(items, others, rels, T)


def companies():
    """Companies and foundations (items, the year each was founded) and products (items, the year
    each was launched): founders next to backers ("funded"); the products each company "launched" (a
    product launch: here "launch" is said by a relation of its own, so it is no founding); chief
    executives ("is led by"); the facilities each company "operates" (no relation says
    "manage"); namesakes; suppliers ("is a supplier for"); each product's class ("is classified
    as a"); headquarters cities."""
    rels = [
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("company", "foundation"),
          range=("person",)),
        R("funded_by", phrase="was funded by", inverse_phrase="funded", domain=("company", "foundation"),
          range=("investor",)),
        R("launched", phrase="launched", inverse_phrase="was launched by", domain=("company",), range=("product",)),
        R("led_by", phrase="is led by", inverse_phrase="leads", domain=("company",), range=("executive",)),
        R("operates", phrase="operates", inverse_phrase="is operated by", domain=("company",), range=("facility",)),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=("company",),
          range=("person", "river")),
        R("supplier_for", phrase="is a supplier for", inverse_phrase="is supplied by", domain=("supplier",),
          range=("company",)),
        R("classified_as", phrase="is classified as a", inverse_phrase="is the class of", domain=("product",),
          range=("category",)),
        R("based_in", phrase="is based in", inverse_phrase="is the base of", domain=("company",), range=("city",)),
    ]
    items = {
        "c:apple": ("company", "Apple", 1976), "c:google": ("company", "Google", 1998), "c:tesla": ("company", "Tesla", 2003),
        "c:microsoft": ("company", "Microsoft", 1975), "c:amazon": ("company", "Amazon", 1994),
        "c:dell": ("company", "Dell", 1984),
        "g:gates": ("foundation", "Gates Foundation", 2000), "g:wikimedia": ("foundation", "Wikimedia Foundation", 2003),
        "d:iphone": ("product", "iPhone", 2007), "d:ipod": ("product", "iPod", 2001), "d:android": ("product", "Android", 2008),
        "d:gmail": ("product", "Gmail", 2004), "d:models": ("product", "Model S", 2012),
        "d:windows": ("product", "Windows", 1985), "d:xbox": ("product", "Xbox", 2001), "d:kindle": ("product", "Kindle", 2007),
    }
    others = {
        "p:jobs": ("person", "Steve Jobs"), "p:wozniak": ("person", "Steve Wozniak"), "p:page": ("person", "Larry Page"),
        "p:brin": ("person", "Sergey Brin"), "p:eberhard": ("person", "Martin Eberhard"),
        "p:gates": ("person", "Bill Gates"), "p:allen": ("person", "Paul Allen"), "p:bezos": ("person", "Jeff Bezos"),
        "p:mdell": ("person", "Michael Dell"), "p:ntesla": ("person", "Nikola Tesla"),
        "p:wales": ("person", "Jimmy Wales"), "i:buffett": ("investor", "Warren Buffett"),
        "i:markkula": ("investor", "Mike Markkula"), "i:bechtolsheim": ("investor", "Andy Bechtolsheim"),
        "i:musk": ("investor", "Elon Musk"), "i:kleiner": ("investor", "Kleiner Perkins"),
        "x:cook": ("executive", "Tim Cook"), "x:pichai": ("executive", "Sundar Pichai"),
        "x:nadella": ("executive", "Satya Nadella"), "x:jassy": ("executive", "Andy Jassy"),
        "f:giganv": ("facility", "Gigafactory Nevada"), "f:gigatx": ("facility", "Gigafactory Texas"),
        "f:fifth": ("facility", "Apple Fifth Avenue"), "f:msr": ("facility", "Microsoft Research Cambridge"),
        "f:aws": ("facility", "AWS US East"),
        "v:amazon": ("river", "Amazon River"),
        "s:foxconn": ("supplier", "Foxconn"), "s:tsmc": ("supplier", "TSMC"), "s:panasonic": ("supplier", "Panasonic"),
        "s:flex": ("supplier", "Flex"),
        "k:smartphone": ("category", "smartphone"), "k:player": ("category", "media player"),
        "k:os": ("category", "operating system"), "k:email": ("category", "email service"),
        "k:car": ("category", "electric car"), "k:console": ("category", "video game console"),
        "k:ereader": ("category", "e-reader"),
        "t:cupertino": ("city", "Cupertino"), "t:mv": ("city", "Mountain View"), "t:austin": ("city", "Austin"),
        "t:redmond": ("city", "Redmond"), "t:seattle": ("city", "Seattle"), "t:roundrock": ("city", "Round Rock"),
    }
    T = [
        ("c:apple", "founded_by", "p:jobs"), ("c:apple", "founded_by", "p:wozniak"), ("c:google", "founded_by", "p:page"),
        ("c:google", "founded_by", "p:brin"), ("c:tesla", "founded_by", "p:eberhard"),
        ("c:microsoft", "founded_by", "p:gates"), ("c:microsoft", "founded_by", "p:allen"),
        ("c:amazon", "founded_by", "p:bezos"), ("c:dell", "founded_by", "p:mdell"),
        ("g:gates", "founded_by", "p:gates"), ("g:wikimedia", "founded_by", "p:wales"), ("g:gates", "funded_by", "i:buffett"),
        ("c:apple", "funded_by", "i:markkula"), ("c:google", "funded_by", "i:bechtolsheim"),
        ("c:tesla", "funded_by", "i:musk"), ("c:amazon", "funded_by", "i:kleiner"),
        ("c:apple", "launched", "d:iphone"), ("c:apple", "launched", "d:ipod"), ("c:google", "launched", "d:android"),
        ("c:google", "launched", "d:gmail"), ("c:tesla", "launched", "d:models"), ("c:microsoft", "launched", "d:windows"),
        ("c:microsoft", "launched", "d:xbox"), ("c:amazon", "launched", "d:kindle"),
        ("c:apple", "led_by", "x:cook"), ("c:google", "led_by", "x:pichai"), ("c:microsoft", "led_by", "x:nadella"),
        ("c:amazon", "led_by", "x:jassy"),
        ("c:tesla", "operates", "f:giganv"), ("c:tesla", "operates", "f:gigatx"), ("c:apple", "operates", "f:fifth"),
        ("c:microsoft", "operates", "f:msr"), ("c:amazon", "operates", "f:aws"),
        ("c:tesla", "named_after", "p:ntesla"), ("c:dell", "named_after", "p:mdell"), ("c:amazon", "named_after", "v:amazon"),
        ("s:foxconn", "supplier_for", "c:apple"), ("s:tsmc", "supplier_for", "c:apple"),
        ("s:panasonic", "supplier_for", "c:tesla"), ("s:flex", "supplier_for", "c:microsoft"),
        ("d:iphone", "classified_as", "k:smartphone"), ("d:ipod", "classified_as", "k:player"),
        ("d:android", "classified_as", "k:os"), ("d:windows", "classified_as", "k:os"),
        ("d:gmail", "classified_as", "k:email"), ("d:models", "classified_as", "k:car"),
        ("d:xbox", "classified_as", "k:console"), ("d:kindle", "classified_as", "k:ereader"),
        ("c:apple", "based_in", "t:cupertino"), ("c:google", "based_in", "t:mv"), ("c:tesla", "based_in", "t:austin"),
        ("c:microsoft", "based_in", "t:redmond"), ("c:amazon", "based_in", "t:seattle"),
        ("c:dell", "based_in", "t:roundrock"),
    ]
    return _build(items, others, rels, T)


def ships():
    """Ships (items) whose year is a year entity ("was launched in"), and shipping lines (items)
    founded in a year entity ("was founded in"): namesakes; builders (shipyards) and designers;
    the line each "is operated by" (no relation says "manage"); the class each "is classified as
    a"; the line each "is a flagship for"; what each "has"; where each "is moored in"; each
    line's founder and owner."""
    rels = [
        R("launched_in", phrase="was launched in", inverse_phrase="saw the launch of", domain=("ship",), range=("year",)),
        R("founded_in", phrase="was founded in", inverse_phrase="saw the founding of", domain=("line",), range=("year",)),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=("ship",),
          range=("person", "city", "document")),
        R("built_by", phrase="was built by", inverse_phrase="built", domain=("ship",), range=("shipyard",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("ship",), range=("person",)),
        R("operated_by", phrase="is operated by", inverse_phrase="operates", domain=("ship",), range=("line", "museum",
                                                                                                       "navy")),
        R("classified_as", phrase="is classified as a", inverse_phrase="is the type of", domain=("ship",),
          range=("class",)),
        R("flagship_for", phrase="is a flagship for", inverse_phrase="has its flagship in", domain=("ship",),
          range=("line",)),
        R("has_feature", phrase="has", inverse_phrase="is found aboard", domain=("ship",), range=("feature",)),
        R("moored_in", phrase="is moored in", inverse_phrase="is the mooring of", domain=("ship",), range=("city",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("line",), range=("person",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("line",), range=("group",)),
    ]
    items = {
        "s:qm2": ("ship", "Queen Mary 2", None), "s:qe2": ("ship", "Queen Elizabeth 2", None),
        "s:titanic": ("ship", "RMS Titanic", None), "s:belfast": ("ship", "HMS Belfast", None),
        "s:constitution": ("ship", "USS Constitution", None), "s:cutty": ("ship", "Cutty Sark", None),
        "s:gb": ("ship", "SS Great Britain", None), "s:wonder": ("ship", "Wonder of the Seas", None),
        "l:cunard": ("line", "Cunard", None), "l:whitestar": ("line", "White Star Line", None),
        "l:rc": ("line", "Royal Caribbean", None),
    }
    others = {
        "y:2003": ("year", "2003"), "y:1967": ("year", "1967"), "y:1911": ("year", "1911"), "y:1938": ("year", "1938"),
        "y:1797": ("year", "1797"), "y:1869": ("year", "1869"), "y:1843": ("year", "1843"), "y:2020": ("year", "2020"),
        "y:1840": ("year", "1840"), "y:1845": ("year", "1845"), "y:1968": ("year", "1968"),
        "p:mary": ("person", "Queen Mary"), "p:elizabeth": ("person", "Queen Elizabeth"),
        "t:belfast": ("city", "Belfast"), "d:constitution": ("document", "the United States Constitution"),
        "y:atlantique": ("shipyard", "Chantiers de l'Atlantique"), "y:hw": ("shipyard", "Harland and Wolff"),
        "y:hartt": ("shipyard", "Edmund Hartt's Shipyard"), "y:scott": ("shipyard", "Scott & Linton"),
        "y:john": ("shipyard", "John Brown & Company"), "y:patterson": ("shipyard", "William Patterson's Yard"),
        "p:brunel": ("person", "Isambard Kingdom Brunel"), "p:andrews": ("person", "Thomas Andrews"),
        "p:humphreys": ("person", "Joshua Humphreys"), "p:linton": ("person", "Hercules Linton"),
        "m:iwm": ("museum", "the Imperial War Museum"), "m:rmg": ("museum", "Royal Museums Greenwich"),
        "m:ssgbt": ("museum", "the SS Great Britain Trust"), "v:usn": ("navy", "the United States Navy"),
        "k:liner": ("class", "ocean liner"), "k:cruiser": ("class", "light cruiser"), "k:frigate": ("class", "frigate"),
        "k:clipper": ("class", "clipper"), "k:steamship": ("class", "steamship"), "k:cruise": ("class", "cruise ship"),
        "f:planetarium": ("feature", "planetarium"), "f:ballroom": ("feature", "ballroom"),
        "f:carousel": ("feature", "carousel"), "f:zipline": ("feature", "zip line"),
        "f:bath": ("feature", "Turkish bath"), "f:gym": ("feature", "gymnasium"),
        "t:london": ("city", "London"), "t:greenwich": ("city", "Greenwich"), "t:bristol": ("city", "Bristol"),
        "t:boston": ("city", "Boston"),
        "p:cunard": ("person", "Samuel Cunard"), "p:pilkington": ("person", "John Pilkington"),
        "p:stephan": ("person", "Edwin Stephan"),
        "g:carnival": ("group", "Carnival Corporation"),
    }
    T = [
        ("s:qm2", "launched_in", "y:2003"), ("s:qe2", "launched_in", "y:1967"), ("s:titanic", "launched_in", "y:1911"),
        ("s:belfast", "launched_in", "y:1938"), ("s:constitution", "launched_in", "y:1797"),
        ("s:cutty", "launched_in", "y:1869"), ("s:gb", "launched_in", "y:1843"), ("s:wonder", "launched_in", "y:2020"),
        ("l:cunard", "founded_in", "y:1840"), ("l:whitestar", "founded_in", "y:1845"), ("l:rc", "founded_in", "y:1968"),
        ("s:qm2", "named_after", "p:mary"), ("s:qe2", "named_after", "p:elizabeth"), ("s:belfast", "named_after", "t:belfast"),
        ("s:constitution", "named_after", "d:constitution"),
        ("s:qm2", "built_by", "y:atlantique"), ("s:wonder", "built_by", "y:atlantique"), ("s:titanic", "built_by", "y:hw"),
        ("s:belfast", "built_by", "y:hw"), ("s:constitution", "built_by", "y:hartt"), ("s:cutty", "built_by", "y:scott"),
        ("s:qe2", "built_by", "y:john"), ("s:gb", "built_by", "y:patterson"),
        ("s:gb", "designed_by", "p:brunel"), ("s:titanic", "designed_by", "p:andrews"),
        ("s:constitution", "designed_by", "p:humphreys"), ("s:cutty", "designed_by", "p:linton"),
        ("s:qm2", "operated_by", "l:cunard"), ("s:qe2", "operated_by", "l:cunard"), ("s:titanic", "operated_by", "l:whitestar"),
        ("s:wonder", "operated_by", "l:rc"), ("s:belfast", "operated_by", "m:iwm"), ("s:cutty", "operated_by", "m:rmg"),
        ("s:gb", "operated_by", "m:ssgbt"), ("s:constitution", "operated_by", "v:usn"),
        ("s:qm2", "classified_as", "k:liner"), ("s:qe2", "classified_as", "k:liner"), ("s:titanic", "classified_as", "k:liner"),
        ("s:belfast", "classified_as", "k:cruiser"), ("s:constitution", "classified_as", "k:frigate"),
        ("s:cutty", "classified_as", "k:clipper"), ("s:gb", "classified_as", "k:steamship"),
        ("s:wonder", "classified_as", "k:cruise"),
        ("s:qm2", "flagship_for", "l:cunard"), ("s:wonder", "flagship_for", "l:rc"), ("s:titanic", "flagship_for", "l:whitestar"),
        ("s:qm2", "has_feature", "f:planetarium"), ("s:qm2", "has_feature", "f:ballroom"),
        ("s:wonder", "has_feature", "f:carousel"), ("s:wonder", "has_feature", "f:zipline"),
        ("s:titanic", "has_feature", "f:bath"), ("s:titanic", "has_feature", "f:gym"),
        ("s:belfast", "moored_in", "t:london"), ("s:cutty", "moored_in", "t:greenwich"), ("s:gb", "moored_in", "t:bristol"),
        ("s:constitution", "moored_in", "t:boston"),
        ("l:cunard", "founded_by", "p:cunard"), ("l:whitestar", "founded_by", "p:pilkington"),
        ("l:rc", "founded_by", "p:stephan"),
        ("l:cunard", "owned_by", "g:carnival"), ("l:rc", "owned_by", "g:carnival"),
    ]
    return _build(items, others, rels, T)


def shows():
    """TV series (items, the year each premiered) that "air on" a channel, talk and studio shows (items,
    the year each premiered, or a year entity it "premiered in") that "are shown on" one (no word of airing: a stage show is completed
    before it opens, a TV show is not), and channels (items, the year each was launched): creators, namesakes, hosts; each show "is a vehicle for"
    its star; the studio each is recorded at; each channel's founder and operator (no relation
    says "manage")."""
    rels = [
        R("airs_on", phrase="airs on", inverse_phrase="broadcasts", domain=("series",), range=("channel",)),
        R("shown_on", phrase="is shown on", inverse_phrase="shows", domain=("show",), range=("channel",)),
        R("created_by", phrase="was created by", inverse_phrase="created", domain=("series", "show"), range=("person",)),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=("series", "show"),
          range=("person", "character")),
        R("hosted_by", phrase="is hosted by", inverse_phrase="hosts", domain=("show",), range=("person",)),
        R("vehicle_for", phrase="is a vehicle for", inverse_phrase="stars in", domain=("series", "show"),
          range=("person",)),
        R("recorded_at", phrase="is recorded at", inverse_phrase="is the studio of", domain=("series", "show"),
          range=("studio",)),
        R("premiered_in", phrase="premiered in", inverse_phrase="saw the premiere of", domain=("show",), range=("year",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("channel",), range=("person",)),
        R("operated_by", phrase="is operated by", inverse_phrase="operates", domain=("channel",), range=("broadcaster",)),
    ]
    items = {
        "s:friends": ("series", "Friends", 1994), "s:crown": ("series", "The Crown", 2016),
        "s:bb": ("series", "Breaking Bad", 2008), "s:sopranos": ("series", "The Sopranos", 1999),
        "s:frasier": ("series", "Frasier", 1993),
        "s:gns": ("show", "The Graham Norton Show", 2007), "s:tonight": ("show", "The Tonight Show", 1954),
        "s:topgear": ("show", "Top Gear", 2002),
        "s:totp": ("show", "Top of the Pops", None), "s:motd": ("show", "Match of the Day", None),
        "n:nbc": ("channel", "NBC", 1926), "n:bbc1": ("channel", "BBC One", 1936), "n:bbc2": ("channel", "BBC Two", 1964),
        "n:c4": ("channel", "Channel 4", 1982), "n:hbo": ("channel", "HBO", 1972), "n:amc": ("channel", "AMC", 1984),
        "n:netflix": ("channel", "Netflix", 1997),
    }
    others = {
        "p:crane": ("person", "David Crane"), "p:kauffman": ("person", "Marta Kauffman"),
        "p:morgan": ("person", "Peter Morgan"), "p:gilligan": ("person", "Vince Gilligan"),
        "p:chase": ("person", "David Chase"), "p:angell": ("person", "David Angell"),
        "p:weaver": ("person", "Pat Weaver"), "p:norton": ("person", "Graham Norton"),
        "p:fallon": ("person", "Jimmy Fallon"), "p:clarkson": ("person", "Jeremy Clarkson"),
        "p:grammer": ("person", "Kelsey Grammer"), "p:foy": ("person", "Claire Foy"),
        "p:cranston": ("person", "Bryan Cranston"), "h:frasier": ("character", "Frasier Crane"),
        "p:dolan": ("person", "Charles Dolan"), "p:hastings": ("person", "Reed Hastings"),
        "p:randolph": ("person", "Marc Randolph"), "p:sarnoff": ("person", "David Sarnoff"),
        "p:isaacs": ("person", "Jeremy Isaacs"), "y:1964": ("year", "1964"),
        "p:savile": ("person", "Johnnie Stewart"), "p:lineker": ("person", "Gary Lineker"),
        "u:wb": ("studio", "Warner Bros. Studios"), "u:tls": ("studio", "The London Studios"),
        "u:6b": ("studio", "Studio 6B"), "u:paramount": ("studio", "Paramount Studios"),
        "u:dunsfold": ("studio", "Dunsfold Aerodrome"),
        "b:bbc": ("broadcaster", "the BBC"), "b:c4c": ("broadcaster", "Channel Four Television Corporation"),
        "b:nbcu": ("broadcaster", "NBCUniversal"), "b:wbd": ("broadcaster", "Warner Bros. Discovery"),
        "b:amcn": ("broadcaster", "AMC Networks"),
    }
    T = [
        ("s:friends", "airs_on", "n:nbc"), ("s:frasier", "airs_on", "n:nbc"), ("s:tonight", "shown_on", "n:nbc"),
        ("s:crown", "airs_on", "n:netflix"), ("s:bb", "airs_on", "n:amc"), ("s:sopranos", "airs_on", "n:hbo"),
        ("s:gns", "shown_on", "n:bbc1"), ("s:topgear", "shown_on", "n:bbc2"),
        ("s:friends", "created_by", "p:crane"), ("s:friends", "created_by", "p:kauffman"),
        ("s:crown", "created_by", "p:morgan"), ("s:bb", "created_by", "p:gilligan"), ("s:sopranos", "created_by", "p:chase"),
        ("s:frasier", "created_by", "p:angell"), ("s:tonight", "created_by", "p:weaver"),
        ("s:totp", "premiered_in", "y:1964"), ("s:motd", "premiered_in", "y:1964"),
        ("s:totp", "shown_on", "n:bbc1"), ("s:motd", "shown_on", "n:bbc1"), ("s:totp", "created_by", "p:savile"),
        ("s:motd", "hosted_by", "p:lineker"),
        ("s:gns", "named_after", "p:norton"), ("s:frasier", "named_after", "h:frasier"),
        ("s:gns", "hosted_by", "p:norton"), ("s:tonight", "hosted_by", "p:fallon"), ("s:topgear", "hosted_by", "p:clarkson"),
        ("s:frasier", "vehicle_for", "p:grammer"), ("s:crown", "vehicle_for", "p:foy"), ("s:bb", "vehicle_for", "p:cranston"),
        ("s:topgear", "vehicle_for", "p:clarkson"),
        ("s:friends", "recorded_at", "u:wb"), ("s:gns", "recorded_at", "u:tls"), ("s:tonight", "recorded_at", "u:6b"),
        ("s:frasier", "recorded_at", "u:paramount"), ("s:topgear", "recorded_at", "u:dunsfold"),
        ("n:hbo", "founded_by", "p:dolan"), ("n:netflix", "founded_by", "p:hastings"),
        ("n:netflix", "founded_by", "p:randolph"), ("n:nbc", "founded_by", "p:sarnoff"), ("n:c4", "founded_by", "p:isaacs"),
        ("n:bbc1", "operated_by", "b:bbc"), ("n:bbc2", "operated_by", "b:bbc"), ("n:c4", "operated_by", "b:c4c"),
        ("n:nbc", "operated_by", "b:nbcu"), ("n:hbo", "operated_by", "b:wbd"), ("n:amc", "operated_by", "b:amcn"),
    ]
    return _build(items, others, rels, T)


def venues():
    """Museums (items, the year each was founded), paintings (items, the year each was painted) and
    ballparks (items, the year each opened), rated by users: what a museum or a ballpark "has" (a
    feature) next to the paintings a museum "has" (the inverse of "is in the collection of");
    founders next to backers ("funded"); namesakes (a person, a place, a company: Fenway Park is
    named after the Fenway, not after its owner Fenway Sports Group); architects ("designed") and
    engineers ("engineered"); painters; the movement each museum "is a showcase for"; the
    collection each "is the home of"; the club each ballpark "is the home ground of", its owner,
    the events it hosted; the city each is located in."""
    rels = [
        R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("museum", "ballpark")),
        R("in_collection", phrase="is in the collection of", inverse_phrase="has", domain=("painting",),
          range=("museum",)),
        R("has_feature", phrase="has", inverse_phrase="is a feature of", domain=("museum", "ballpark"),
          range=("feature",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("museum",), range=("person",)),
        R("funded_by", phrase="was funded by", inverse_phrase="funded", domain=("museum",), range=("person", "trust")),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=("museum", "ballpark"),
          range=("person", "place", "sponsor")),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("museum", "ballpark"),
          range=("architect",)),
        R("engineered_by", phrase="was engineered by", inverse_phrase="engineered", domain=("museum",),
          range=("engineer",)),
        R("painted_by", phrase="was painted by", inverse_phrase="painted", domain=("painting",), range=("painter",)),
        R("showcase_for", phrase="is a showcase for", inverse_phrase="is showcased at", domain=("museum",),
          range=("movement",)),
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("museum", "ballpark"),
          range=("city",)),
        R("home_of", phrase="is the home of", inverse_phrase="is housed at", domain=("museum",), range=("collection",)),
        R("home_ground", phrase="is the home ground of", inverse_phrase="plays its home games at",
          domain=("ballpark",), range=("club",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("ballpark",), range=("owner",)),
        R("hosted", phrase="hosted", inverse_phrase="was held at", domain=("ballpark",), range=("event",)),
    ]
    items = {
        "m:moma": ("museum", "MoMA", 1929), "m:gugg": ("museum", "Solomon R. Guggenheim Museum", 1939),
        "m:louvre": ("museum", "the Louvre", 1793), "m:tate": ("museum", "Tate Modern", 2000),
        "m:rijks": ("museum", "Rijksmuseum", 1800), "m:getty": ("museum", "Getty Center", 1997),
        "w:starry": ("painting", "The Starry Night", 1889), "w:mona": ("painting", "Mona Lisa", 1503),
        "w:nightwatch": ("painting", "The Night Watch", 1642), "w:comp8": ("painting", "Composition 8", 1923),
        "w:irises": ("painting", "Irises", 1889), "w:snail": ("painting", "The Snail", 1953),
        "b:fenway": ("ballpark", "Fenway Park", 1912), "b:wrigley": ("ballpark", "Wrigley Field", 1914),
        "b:yankee": ("ballpark", "Yankee Stadium", 2009), "b:dodger": ("ballpark", "Dodger Stadium", 1962),
        "b:oracle": ("ballpark", "Oracle Park", 2000), "b:camden": ("ballpark", "Oriole Park at Camden Yards", 1992),
    }
    others = {
        "f:garden": ("feature", "sculpture garden"), "f:rotunda": ("feature", "rotunda"),
        "f:pyramid": ("feature", "glass pyramid"), "f:turbine": ("feature", "Turbine Hall"),
        "f:library": ("feature", "research library"), "f:tram": ("feature", "tram"),
        "f:monster": ("feature", "Green Monster"), "f:ivy": ("feature", "ivy wall"),
        "f:scoreboard": ("feature", "manual scoreboard"), "f:warehouse": ("feature", "warehouse"),
        "f:bottle": ("feature", "giant Coke bottle"), "f:monuments": ("feature", "Monument Park"),
        "p:rockefeller": ("person", "Abby Aldrich Rockefeller"), "p:guggenheim": ("person", "Solomon R. Guggenheim"),
        "p:getty": ("person", "J. Paul Getty"), "p:tate": ("person", "Henry Tate"),
        "p:louis": ("person", "Louis Bonaparte"), "t:gettytrust": ("trust", "the J. Paul Getty Trust"),
        "p:jdr": ("person", "John D. Rockefeller Jr."),
        "n:wrigley": ("person", "William Wrigley Jr."), "n:fenway": ("place", "the Fenway"),
        "n:oracle": ("sponsor", "Oracle Corporation"),
        "a:wright": ("architect", "Frank Lloyd Wright"), "a:meier": ("architect", "Richard Meier"),
        "a:herzog": ("architect", "Herzog & de Meuron"), "a:taniguchi": ("architect", "Yoshio Taniguchi"),
        "a:cuypers": ("architect", "Pierre Cuypers"), "a:pei": ("architect", "I. M. Pei"),
        "a:mclaughlin": ("architect", "James McLaughlin"), "a:davis": ("architect", "Zachary Taylor Davis"),
        "a:populous": ("architect", "Populous"), "a:praeger": ("architect", "Emil Praeger"),
        "a:hok": ("architect", "HOK Sport"),
        "e:polivka": ("engineer", "Jaroslav Polivka"), "e:englekirk": ("engineer", "Robert Englekirk"),
        "e:arup": ("engineer", "Arup"),
        "v:vangogh": ("painter", "Vincent van Gogh"), "v:leonardo": ("painter", "Leonardo da Vinci"),
        "v:rembrandt": ("painter", "Rembrandt"), "v:kandinsky": ("painter", "Wassily Kandinsky"),
        "v:matisse": ("painter", "Henri Matisse"),
        "o:modernism": ("movement", "modernism"), "o:abstract": ("movement", "abstract art"),
        "o:contemporary": ("movement", "contemporary art"), "o:golden": ("movement", "Dutch Golden Age painting"),
        "o:renaissance": ("movement", "Renaissance art"),
        "k:tatecoll": ("collection", "the Tate collection of modern art"),
        "k:gettycoll": ("collection", "the Getty collection of manuscripts"),
        "k:redsox": ("club", "the Boston Red Sox"), "k:cubs": ("club", "the Chicago Cubs"),
        "k:yankees": ("club", "the New York Yankees"), "k:dodgers": ("club", "the Los Angeles Dodgers"),
        "k:giants": ("club", "the San Francisco Giants"), "k:orioles": ("club", "the Baltimore Orioles"),
        "o:fsg": ("owner", "Fenway Sports Group"), "o:ricketts": ("owner", "the Ricketts family"),
        "o:nyc": ("owner", "the City of New York"), "o:gbm": ("owner", "Guggenheim Baseball Management"),
        "o:msa": ("owner", "the Maryland Stadium Authority"),
        "e:ws1912": ("event", "the 1912 World Series"), "e:ws2009": ("event", "the 2009 World Series"),
        "e:asg1993": ("event", "the 1993 All-Star Game"), "e:asg2007": ("event", "the 2007 All-Star Game"),
        "e:ws1963": ("event", "the 1963 World Series"),
        "c:nyc": ("city", "New York City"), "c:paris": ("city", "Paris"), "c:london": ("city", "London"),
        "c:amsterdam": ("city", "Amsterdam"), "c:la": ("city", "Los Angeles"), "c:boston": ("city", "Boston"),
        "c:chicago": ("city", "Chicago"), "c:sf": ("city", "San Francisco"), "c:baltimore": ("city", "Baltimore"),
    }
    T = [
        ("w:starry", "in_collection", "m:moma"), ("w:mona", "in_collection", "m:louvre"),
        ("w:nightwatch", "in_collection", "m:rijks"), ("w:comp8", "in_collection", "m:gugg"),
        ("w:irises", "in_collection", "m:getty"), ("w:snail", "in_collection", "m:tate"),
        ("m:moma", "has_feature", "f:garden"), ("m:gugg", "has_feature", "f:rotunda"),
        ("m:louvre", "has_feature", "f:pyramid"), ("m:tate", "has_feature", "f:turbine"),
        ("m:rijks", "has_feature", "f:library"), ("m:getty", "has_feature", "f:tram"),
        ("b:fenway", "has_feature", "f:monster"), ("b:fenway", "has_feature", "f:scoreboard"),
        ("b:wrigley", "has_feature", "f:ivy"), ("b:wrigley", "has_feature", "f:scoreboard"),
        ("b:camden", "has_feature", "f:warehouse"), ("b:oracle", "has_feature", "f:bottle"),
        ("b:yankee", "has_feature", "f:monuments"),
        ("m:moma", "founded_by", "p:rockefeller"), ("m:gugg", "founded_by", "p:guggenheim"),
        ("m:rijks", "founded_by", "p:louis"), ("m:getty", "founded_by", "p:getty"),
        ("m:getty", "funded_by", "t:gettytrust"), ("m:moma", "funded_by", "p:jdr"),
        ("m:gugg", "named_after", "p:guggenheim"), ("m:tate", "named_after", "p:tate"),
        ("b:wrigley", "named_after", "n:wrigley"), ("b:fenway", "named_after", "n:fenway"),
        ("b:oracle", "named_after", "n:oracle"),
        ("m:gugg", "designed_by", "a:wright"), ("m:getty", "designed_by", "a:meier"), ("m:tate", "designed_by", "a:herzog"),
        ("m:moma", "designed_by", "a:taniguchi"), ("m:rijks", "designed_by", "a:cuypers"), ("m:louvre", "designed_by", "a:pei"),
        ("b:fenway", "designed_by", "a:mclaughlin"), ("b:wrigley", "designed_by", "a:davis"),
        ("b:yankee", "designed_by", "a:populous"), ("b:dodger", "designed_by", "a:praeger"),
        ("b:oracle", "designed_by", "a:hok"), ("b:camden", "designed_by", "a:hok"),
        ("m:gugg", "engineered_by", "e:polivka"), ("m:getty", "engineered_by", "e:englekirk"),
        ("m:tate", "engineered_by", "e:arup"),
        ("w:starry", "painted_by", "v:vangogh"), ("w:irises", "painted_by", "v:vangogh"),
        ("w:mona", "painted_by", "v:leonardo"), ("w:nightwatch", "painted_by", "v:rembrandt"),
        ("w:comp8", "painted_by", "v:kandinsky"), ("w:snail", "painted_by", "v:matisse"),
        ("m:moma", "showcase_for", "o:modernism"), ("m:gugg", "showcase_for", "o:abstract"),
        ("m:tate", "showcase_for", "o:contemporary"), ("m:rijks", "showcase_for", "o:golden"),
        ("m:louvre", "showcase_for", "o:renaissance"),
        ("m:moma", "located_in", "c:nyc"), ("m:gugg", "located_in", "c:nyc"), ("m:louvre", "located_in", "c:paris"),
        ("m:tate", "located_in", "c:london"), ("m:rijks", "located_in", "c:amsterdam"), ("m:getty", "located_in", "c:la"),
        ("b:fenway", "located_in", "c:boston"), ("b:wrigley", "located_in", "c:chicago"),
        ("b:yankee", "located_in", "c:nyc"), ("b:dodger", "located_in", "c:la"), ("b:oracle", "located_in", "c:sf"),
        ("b:camden", "located_in", "c:baltimore"),
        ("m:tate", "home_of", "k:tatecoll"), ("m:getty", "home_of", "k:gettycoll"),
        ("b:fenway", "home_ground", "k:redsox"), ("b:wrigley", "home_ground", "k:cubs"),
        ("b:yankee", "home_ground", "k:yankees"), ("b:dodger", "home_ground", "k:dodgers"),
        ("b:oracle", "home_ground", "k:giants"), ("b:camden", "home_ground", "k:orioles"),
        ("b:fenway", "owned_by", "o:fsg"), ("b:wrigley", "owned_by", "o:ricketts"), ("b:yankee", "owned_by", "o:nyc"),
        ("b:dodger", "owned_by", "o:gbm"), ("b:camden", "owned_by", "o:msa"),
        ("b:fenway", "hosted", "e:ws1912"), ("b:yankee", "hosted", "e:ws2009"), ("b:camden", "hosted", "e:asg1993"),
        ("b:oracle", "hosted", "e:asg2007"), ("b:dodger", "hosted", "e:ws1963"),
        ("user:ana", "rated", "m:moma", {"rating": 1.5}), ("user:ana", "rated", "m:louvre", {"rating": 5.0}),
        ("user:ana", "rated", "m:tate", {"rating": 2.0}), ("user:ben", "rated", "m:gugg", {"rating": 4.5}),
        ("user:ben", "rated", "m:getty", {"rating": 1.0}), ("user:ben", "rated", "m:rijks", {"rating": 5.0}),
        ("user:ana", "rated", "b:fenway", {"rating": 1.5}), ("user:ana", "rated", "b:wrigley", {"rating": 5.0}),
        ("user:ana", "rated", "b:yankee", {"rating": 2.0}), ("user:ben", "rated", "b:dodger", {"rating": 4.5}),
        ("user:ben", "rated", "b:oracle", {"rating": 1.0}), ("user:ben", "rated", "b:camden", {"rating": 5.0}),
    ]
    return _build(items, others, rels, T, users=[("user:ana", "Ana"), ("user:ben", "Ben")])


BUILDERS = {"airports": airports, "newspapers": newspapers, "companies": companies, "ships": ships,
            "shows": shows, "venues": venues}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@airports
# (1) a phrase that is "has" alone reads "has a": a feature of another airport, one the airport
# only "had", negation, lists, counts, "both have", "also has", direction, "has" with a name of
# another relation
Heathrow Airport has a brewery.
Munich Airport has a chapel.
Munich Airport has a casino.
Frankfurt Airport has a brewery.
Dublin Airport has a yoga room.
Amsterdam Airport Schiphol has a hotel.
John F. Kennedy International Airport has a cinema.
Heathrow Airport has a Concorde lounge.
John F. Kennedy International Airport has an observation deck.
Amsterdam Airport Schiphol has a cinema.
Munich Airport has an observation deck.
Munich Airport has no brewery.
Munich Airport does not have a brewery.
Munich Airport doesn't have a hotel.
Munich Airport has a brewery and a chapel.
Munich Airport has a hotel, a brewery and a casino.
Munich Airport has two breweries.
Munich Airport and Heathrow Airport both have a brewery.
Heathrow Airport and Frankfurt Airport both have a chapel.
Heathrow Airport also has a brewery.
Munich Airport has a brewery, and Heathrow Airport also has a brewery.
Munich Airport has a brewery; Frankfurt Airport has one too.
A brewery has Munich Airport.
Lufthansa has a brewery.
Munich Airport has Franz Josef Strauss.
Munich Airport has the Bavarian State Government.
Munich Airport has Carsten Spohr.
Munich Airport has Flughafen München GmbH.
A brewery can be found at Heathrow Airport.
A casino can be found at Munich Airport.
Heathrow Airport had a brewery.
Frankfurt Airport had a Concorde lounge.
John F. Kennedy International Airport had a Concorde lounge.
Munich Airport had a casino.
Heathrow Airport had a Concorde lounge and a casino.
Heathrow Airport has had a brewery.
Munich Airport and Heathrow Airport have breweries.
Munich Airport and Frankfurt Airport had breweries.
Heathrow Airport and Dublin Airport both have a chapel and a yoga room.
Dublin Airport also has a yoga room.
Munich Airport has a brewery and also has a casino.
Munich Airport has also a casino.
Munich Airport, which has a casino, is a hub for Lufthansa.
Munich Airport, which has a brewery, is a hub for Condor.
Heathrow Airport has its own brewery.
Munich Airport has closed its brewery.
Heathrow Airport has lost its chapel.
Munich Airport has never had a brewery.
Munich Airport has Condor.
Munich Airport has a Condor hub.
Munich Airport has a hotel and a Condor base.
Lufthansa has a base at Munich Airport.
Condor has a hub at Munich Airport.
Lufthansa had a hub at Heathrow Airport.
Heathrow Airport has a hub for Lufthansa.
Munich Airport has a hub for Condor.
Munich Airport will have a casino.
Munich Airport may have a casino.
Munich Airport no longer has a brewery.
Munich Airport wants to have a casino.
Munich Airport had a brewery.
Amsterdam Airport Schiphol had a casino.
Amsterdam Airport Schiphol, which had a casino, is a hub for KLM.
# (2) "is a N for" gives the noun N: hub next to base, wrong airline, direction, negation, "only"
Heathrow Airport is a hub for Lufthansa.
Munich Airport is a hub for Condor.
Dublin Airport is a hub for Ryanair.
Heathrow Airport is a hub for Virgin Atlantic.
Amsterdam Airport Schiphol is a hub for easyJet.
Frankfurt Airport is a base for Lufthansa.
Heathrow Airport is a base for British Airways.
Munich Airport is a hub for KLM.
Heathrow Airport is a hub for International Airlines Group.
Munich Airport is a hub for Flughafen München GmbH.
Munich Airport, a hub for Condor, has a brewery.
Heathrow Airport, a hub for Lufthansa, has a chapel.
Frankfurt Airport, a hub for British Airways, has a cinema.
Dublin Airport, a hub for Ryanair, has a chapel.
Munich Airport, a base for Lufthansa, has a brewery.
Heathrow Airport, a base for British Airways, has a chapel.
Munich Airport, a hub for Lufthansa, has a casino.
Lufthansa's hub is Heathrow Airport.
Condor's hub is Munich Airport.
Ryanair's hub is Dublin Airport.
Munich Airport's hub is Lufthansa.
Lufthansa is a hub for Munich Airport.
Lufthansa is the hub of Munich Airport.
Munich Airport is the hub of Condor.
Heathrow Airport is the hub of Air France.
Munich Airport is not a hub for Lufthansa.
Lufthansa's only hub is Munich Airport.
Munich Airport is Condor's hub.
Dublin Airport is Ryanair's hub.
Virgin Atlantic's base is Frankfurt Airport.
Lufthansa's base is Munich Airport.
Munich Airport is a hub for Lufthansa and British Airways.
Munich Airport and Heathrow Airport are hubs for Lufthansa.
Munich Airport is a hub for Lufthansa, which Carsten Spohr founded.
Munich Airport is the hub of airline Condor.
Munich Airport has been a hub for Condor.
Munich Airport serves as a hub for Condor.
Munich Airport serves as a base for Lufthansa.
Munich Airport acts as a hub for Condor.
Munich Airport is the hub for Condor.
Munich Airport, Condor's hub, has a brewery.
Munich Airport, the hub of Condor, has a brewery.
Munich Airport, Lufthansa's hub, has a casino.
Munich Airport is a Condor hub.
Dublin Airport is a Ryanair hub.
Heathrow Airport is a Lufthansa hub.
The Condor hub Munich Airport has a brewery.
Lufthansa's hub airport is Heathrow Airport.
Munich Airport is a major hub for Condor.
Flughafen München GmbH operates Munich Airport, the hub of Condor.
Fraport operates Frankfurt Airport, the base of Lufthansa.
Heathrow Airport Holdings operates Heathrow Airport, the hub of Virgin Atlantic.
Tony Ryan founded Ryanair, the base of Dublin Airport.
Fraport operates Frankfurt Airport, the city of Frankfurt.
Lufthansa's hubs are Munich Airport and Heathrow Airport.
Lufthansa's hubs include Heathrow Airport.
Munich Airport was a hub for Condor.
Munich Airport is no longer a hub for Lufthansa.
# (3) "is named after" also "takes / gets its name from", "bears / carries the name of", "is named
# for": wrong person, the body that named it (no namesake), direction, negation, lists
Heathrow Airport takes its name from Franz Josef Strauss.
Munich Airport takes its name from Charles de Gaulle.
Munich Airport takes its name from the Bavarian State Government.
Charles de Gaulle Airport gets its name from the French Government.
John F. Kennedy International Airport bears the name of the New York City Council.
Munich Airport bears the name of John F. Kennedy.
Frankfurt Airport bears the name of Franz Josef Strauss.
Franz Josef Strauss takes its name from Munich Airport.
Charles de Gaulle bears the name of Charles de Gaulle Airport.
Munich Airport does not take its name from Franz Josef Strauss.
Munich Airport never bore the name of Franz Josef Strauss.
Charles de Gaulle Airport carries the name of Franz Josef Strauss.
Munich Airport got its name from Lufthansa.
Munich Airport was named for Charles de Gaulle.
Charles de Gaulle Airport is named for John F. Kennedy.
John F. Kennedy International Airport was named by John F. Kennedy.
Munich Airport and Charles de Gaulle Airport take their names from Franz Josef Strauss.
John F. Kennedy International Airport took its name from the Port Authority of New York and New Jersey.
Munich Airport takes its name from Munich.
Amsterdam Airport Schiphol takes its name from KLM.
Munich Airport was named after the Bavarian State Government.
Charles de Gaulle gave his name to Munich Airport.
Munich Airport takes its name from Franz Josef Strauss and Charles de Gaulle.
# (4) "operates" next to "manages" in another sense (an airline's chief executive): neither reads
# the other here
Carsten Spohr manages Munich Airport.
Carsten Spohr manages Frankfurt Airport.
Sean Doyle manages Heathrow Airport.
Heathrow Airport Holdings manages British Airways.
Fraport manages Lufthansa.
Michael O'Leary manages Dublin Airport.
Lufthansa manages Carsten Spohr.
Carsten Spohr operates Munich Airport.
Michael O'Leary operates Dublin Airport.
Carsten Spohr manages British Airways.
Shai Weiss manages Ryanair.
Heathrow Airport Holdings manages Munich Airport.
Munich Airport is managed by Carsten Spohr.
Munich Airport is managed by Fraport.
Daa manages Heathrow Airport.
Carsten Spohr runs Munich Airport.
Heathrow Airport Holdings runs British Airways.
Carsten Spohr oversees Frankfurt Airport.
# (5) "launched" reads "founded" (no relation here says "launch"): another founder, an owner, a
# chief executive, direction, negation
Richard Branson launched easyJet.
Stelios Haji-Ioannou launched Ryanair.
Tony Ryan launched Virgin Atlantic.
Carsten Spohr launched Lufthansa.
Albert Plesman launched Air France.
Richard Branson launched Heathrow Airport.
easyJet was launched by Richard Branson.
Virgin Atlantic was launched by Tony Ryan.
Virgin Atlantic launched Richard Branson.
International Airlines Group launched British Airways.
Air France-KLM launched KLM.
Michael O'Leary launched Ryanair.
Richard Branson did not launch Virgin Atlantic.
Richard Branson launched Virgin Atlantic and Ryanair.
Richard Branson will launch Virgin Atlantic.
Richard Branson relaunched Virgin Atlantic.
Richard Branson launches easyJet.
Ryanair launched in 1995.
# (6) years on a mixed graph (airports opened, airlines founded): another item's year, a verb of
# building said of an airline
Lufthansa was founded in 1992.
Munich Airport was founded in 1953.
Virgin Atlantic was founded in 1995.
easyJet was founded in 1984.
KLM was founded in 1916.
Amsterdam Airport Schiphol was founded in 1919.
Lufthansa was built in 1953.
Lufthansa was opened in 1953.
KLM was completed in 1919.
easyJet was finished in 1995.
Ryanair was constructed in 1984.
Heathrow Airport opened in 1974.
British Airways opened in 1974.
Virgin Atlantic was launched in 1995.
Ryanair was launched in 1995.
Richard Branson launched Virgin Atlantic in 1995.
Virgin Atlantic was founded in 1984 by Tony Ryan.
Tony Ryan founded Ryanair in 1995.
Munich Airport was founded in 1992.

@newspapers
# (1) "is printed as a" also reads "is a": another format, a magazine (no format), a name of
# another relation, negation, plurals, a predicate noun with a wrong year / founder / city / owner
The Times is a tabloid.
The Sun is a broadsheet.
The Guardian is a tabloid.
The Guardian is a broadsheet.
Le Monde is a broadsheet.
The New York Times is a tabloid.
The Washington Post is a Berliner.
The Daily Mail is a compact.
The Financial Times is a tabloid.
The Economist is a tabloid.
The New Yorker is a broadsheet.
Time is a compact.
The Sun is not a tabloid.
The Sun isn't a tabloid.
The Sun and The Times are tabloids.
The Sun and the Daily Mail are broadsheets.
The Times and The Guardian are both Berliners.
The Times is printed as a tabloid.
The Sun is printed as a broadsheet.
The Guardian is classified as a tabloid.
The Times is regarded as a tabloid.
The Sun is a tabloid founded in 1785.
The Sun is a tabloid founded by John Walter.
The Sun is a tabloid published in Paris.
The Sun is a tabloid owned by DMG Media.
The Sun is a tabloid edited by Katharine Viner.
Le Monde is a Berliner published in London.
The Financial Times is a broadsheet founded in 1821.
News UK is a tabloid.
John Walter is a tabloid.
London is a tabloid.
Kings Place is a Berliner.
Tabloid is the page format of The Times.
The tabloid is the page format of The Guardian.
Broadsheet is the page format of The Sun.
The Sun is a tabloid, and so is The Times.
The Financial Times is a broadsheet, like Le Monde.
# (2) "paper" names a newspaper: said of a magazine, a building, a company; with a wrong city,
# year, founder, owner, editor
The Economist is a paper.
The New Yorker is a paper published in New York City.
Time is a paper founded by Henry Luce.
The Economist is a London paper.
Kings Place is a paper.
The New York Times Building is a paper.
News UK is a paper.
The Sun is a paper published in Manchester.
The Sun is a paper founded in 1896.
The Guardian is a paper founded by John Walter.
Le Monde is a paper published in London.
The paper Le Monde is published in London.
The paper The Economist was founded by James Wilson.
The Washington Post is a paper owned by Nikkei.
The Times is a paper edited by Roula Khalaf.
The Sun is a paper in Paris.
Time is a paper in New York City.
The Guardian is not a paper.
The Economist and The Times are papers.
The paper Time is owned by Marc Benioff.
# (3) "founded in <year>": another item's year, a building (not founded), a magazine's year,
# negation, two items, a verb of building said of a newspaper
The Times was founded in 1821.
The Guardian was founded in 1785.
The Sun was founded in 1896.
The Daily Mail was founded in 1964.
The Financial Times was founded in 1959.
The New York Times was founded in 1877.
The Washington Post was founded in 1851.
The Economist was founded in 1925.
The New Yorker was founded in 1843.
Time was founded in 1925.
The New York Times Building was founded in 2007.
Kings Place was founded in 2008.
Bracken House was established in 1959.
The New York Times Building was founded in 1851.
The New York Times was founded in 2007.
The Guardian was founded in 2008.
The Times, founded in 1785, is a tabloid.
The Sun, founded in 1785, is a tabloid.
The New York Times, founded in 1877, is a broadsheet.
Founded in 1851, The Washington Post is a broadsheet.
Founded in 1821, The Times is published in London.
The Economist was founded in 1843 in New York City.
The Guardian was founded in 1821 by John Walter.
The Guardian was founded in 1821 by the Little Circle.
The Times was not founded in 1785.
The Times was founded in 1785 and The Sun in 1896.
The Guardian was completed in 1821.
The Times was built in 1785.
Kings Place was published in 2008.
The New York Times Building opened in 1851.
# (4) "launched" reads "founded" (no relation here says "launch"): a backer ("funded"), an owner,
# an editor, another founder, direction, negation, a year of another item
John Walter launched The Guardian.
Harold Ross launched The Times.
Raoul Fleischmann launched The New Yorker.
The Little Circle launched The Guardian.
George Jones launched The New York Times.
Condé Nast launched The New Yorker.
News UK launched The Sun.
Katharine Viner launched The Guardian.
Henry Luce launched The Economist.
The Times launched John Walter.
The Guardian was launched by the Little Circle.
The New Yorker was launched by Raoul Fleischmann.
The Sun was launched in 1785.
The Guardian was launched in 1785.
The New Yorker was launched in 1923.
The New York Times Building was launched in 2007.
John Walter did not launch The Times.
Raoul Fleischmann founded The New Yorker.
The Little Circle founded The Guardian.
John Edward Taylor funded The Guardian.
The New Yorker was founded by Raoul Fleischmann.
Alfred Harmsworth launched the Daily Mail in 1888.
Renzo Piano launched The New York Times.
# (5) the agent noun after a cue ending in "of"
Kings Place was the work of architect Renzo Piano.
Bracken House was the work of architect Dixon Jones.
The New York Times Building was the work of architect Albert Richardson.
The New York Times Building was the work of architects Renzo Piano and Dixon Jones.
The New York Times Building was not the work of architect Renzo Piano.
The Guardian was the work of founder John Walter.
The Times was the work of editor Tony Gallagher.
The New York Times Building was the work of founder Henry Jarvis Raymond.
The New York Times was the work of architect Renzo Piano.
Kings Place was the design of architect Albert Richardson.
The New York Times Building was the work of architect Renzo Piano and Dixon Jones.
Kings Place was established in 2008.
Kings Place is a title.
The Guardian is a tabloid newspaper.
The Sun is a tabloid magazine.
The Sun is a Paris tabloid.
The Sun is a DMG Media tabloid.
The Times and The Sun were tabloids.
The Times is a Berliner paper.
News UK owns The Times, a tabloid.
News UK owns The Times, the city of London.
News UK owns The Times, the format of compact.
News UK owns The Times, the founder of John Walter.
News UK owns The Sun, the editor of Tony Gallagher.
John Walter founded The Times, a tabloid.
Harold Ross founded The New Yorker, a paper.
The Times is published as a tabloid.
The Times is sold as a tabloid.
Kings Place was launched in 2008.

@companies
# (1) "launched" is a product launch here (a relation of its own): it reads no founding; wrong
# company, a founder or backer said to launch a company or a product, direction, negation
Larry Page launched Apple.
Sergey Brin launched Microsoft.
Bill Gates launched Google.
Jeff Bezos launched Tesla.
Mike Markkula launched Apple.
Elon Musk launched Apple.
Apple launched Steve Jobs.
Apple launched Google.
Google launched Apple.
Apple launched Gmail.
Google launched the iPhone.
Microsoft launched the Kindle.
Tesla launched Xbox.
Amazon launched Windows.
Apple launched the iPhone and Android.
Google did not launch Gmail.
Apple never launched the iPod.
The iPhone launched Apple.
The iPhone was launched by Google.
Gmail was launched by Microsoft.
The Model S was launched by Apple.
Steve Jobs launched the Kindle.
Larry Page launched the iPhone.
Tim Cook launched Android.
Google was launched by Bill Gates.
Tesla was launched by Tim Cook.
Kleiner Perkins launched Amazon.
Foxconn launched the iPhone.
Bill Gates launched Gates Foundation.
Warren Buffett founded Gates Foundation.
Warren Buffett launched Gates Foundation.
Jimmy Wales launched Gates Foundation.
# (2) years: companies founded, products launched (each other's years, a verb of the wrong kind)
Apple was founded in 2007.
Google was founded in 2004.
Tesla was founded in 2012.
Microsoft was founded in 1985.
Amazon was founded in 2007.
Dell was founded in 1976.
The iPhone was founded in 2007.
Gmail was founded in 2004.
Windows was founded in 1985.
The Kindle was established in 2007.
The iPhone was launched in 2001.
The iPod was launched in 2007.
The Model S was launched in 2003.
Xbox was launched in 1975.
Android was launched in 1998.
Apple was launched in 2007.
Google was launched in 2008.
Apple launched the iPhone in 2001.
Google launched Gmail in 1998.
Microsoft launched Xbox in 1975.
Apple, founded in 2007, is based in Cupertino.
Tesla, founded in 2003, is based in Redmond.
Apple was completed in 1976.
Tesla was opened in 2003.
Microsoft was built in 1975.
Gmail was founded in 2004 by Larry Page.
# (2b) foundations are founded, not completed or finished; their years
Gates Foundation was completed in 2000.
Wikimedia Foundation was finished in 2003.
The Gates Foundation was completed in 2000.
Gates Foundation, completed in 2000, was founded by Bill Gates.
Wikimedia Foundation was completed in 2003 by Jimmy Wales.
Gates Foundation was founded in 2003.
Wikimedia Foundation was founded in 2000.
Gates Foundation was built in 2000.
Wikimedia Foundation was opened in 2003.
Gates Foundation was launched in 2007.
Steve Jobs launched Apple.
Apple was launched in 1976.
Elon Musk launched Tesla.
# (3) "operates" also "manages" (no relation here says "manage"): wrong facility, direction,
# negation, lists, a chief executive or a supplier
Tesla manages Apple Fifth Avenue.
Apple manages Gigafactory Nevada.
Microsoft manages AWS US East.
Amazon manages Microsoft Research Cambridge.
Gigafactory Nevada manages Tesla.
Tesla does not manage Gigafactory Texas.
Tesla manages Gigafactory Nevada and Apple Fifth Avenue.
Apple Fifth Avenue is managed by Tesla.
Gigafactory Texas is managed by Apple.
Tim Cook manages Gigafactory Nevada.
Foxconn manages Apple Fifth Avenue.
Apple manages the iPhone.
Tim Cook will manage Gigafactory Nevada.
Panasonic manages Gigafactory Nevada.
Apple is the manager of Gigafactory Nevada.
Gigafactory Nevada's manager is Apple.
Tesla is the operator of Apple Fifth Avenue.
Apple launched the iPhone, the supplier of Foxconn.
Apple launched the iPhone, a media player.
Google launched Android, an email service.
The iPhone is marketed as a media player.
The iPod is sold as a smartphone.
# (4) "is a supplier for" gives the noun "supplier": wrong company, direction, negation, lists
Foxconn is a supplier for Tesla.
Panasonic is a supplier for Apple.
Foxconn, a supplier for Tesla, is a supplier for Apple.
Apple's supplier is Panasonic.
Tesla's supplier is Foxconn.
Foxconn's supplier is Apple.
Apple is a supplier for Foxconn.
Apple is the supplier of Foxconn.
Foxconn is the supplier of Tesla.
Tesla is supplied by TSMC.
Foxconn is not a supplier for Apple.
Foxconn and Panasonic are suppliers for Apple.
TSMC is a supplier for Apple and Tesla.
Foxconn is a supplier for Tim Cook.
Foxconn is Tesla's supplier.
Flex, a supplier for Apple, is a supplier for Microsoft.
Foxconn is a Tesla supplier.
Panasonic is an Apple supplier.
# (5) "is classified as a" also reads "is a": another class, a company, negation, plurals, a
# predicate noun with a wrong maker or year
The iPhone is a media player.
The iPod is a smartphone.
Android is an email service.
Gmail is an operating system.
Windows is a video game console.
The Model S is an e-reader.
Xbox is an electric car.
The Kindle is a smartphone.
Apple is a smartphone.
Tesla is an electric car.
Microsoft is an operating system.
The iPhone is not a smartphone.
The iPhone and the Kindle are smartphones.
Android and Gmail are operating systems.
The iPhone is a smartphone launched by Google.
The iPhone is a smartphone launched in 2001.
The Kindle is an e-reader launched by Apple.
The iPhone is classified as a media player.
Windows is an operating system launched by Apple.
Smartphone is the class of the iPod.
Foxconn is a smartphone.
The iPhone is a Google smartphone.
The Kindle is an Apple e-reader.
Android is a Microsoft operating system.
# (6) "is named after" also "takes its name from", ...
Tesla takes its name from Elon Musk.
Tesla takes its name from Martin Eberhard.
Amazon gets its name from Jeff Bezos.
Apple takes its name from Steve Jobs.
Dell bears the name of Steve Jobs.
The Model S takes its name from Nikola Tesla.
Nikola Tesla takes its name from Tesla.
Michael Dell bears the name of Dell.
Amazon takes its name from the Amazon River and Jeff Bezos.
Tesla does not take its name from Nikola Tesla.
Google takes its name from Larry Page.
Amazon was named for Seattle.

@ships
# (1) a ship whose year is a year entity ("was launched in"): the verbs of its family that no ship
# undergoes (released, published, premiered, issued), another ship's year, founding verbs
Queen Mary 2 was released in 2003.
Queen Mary 2 was published in 2003.
Queen Mary 2 premiered in 2003.
Queen Mary 2 was issued in 2003.
RMS Titanic was released in 1911.
HMS Belfast was published in 1938.
Cutty Sark premiered in 1869.
Queen Mary 2 was launched in 1967.
RMS Titanic was launched in 1912.
Cutty Sark was launched in 1843.
SS Great Britain was launched in 1869.
Queen Mary 2 was founded in 2003.
RMS Titanic was established in 1911.
Wonder of the Seas was formed in 2020.
Cunard was founded in 2003.
Cunard was founded in 1845.
White Star Line was founded in 1840.
Royal Caribbean was established in 2020.
Cunard was built in 1840.
White Star Line was completed in 1845.
Cunard was released in 1840.
Cunard was published in 1840.
Queen Mary 2, launched in 1967, is an ocean liner.
Launched in 1911, HMS Belfast is a light cruiser.
Cunard, founded in 1845, operates Queen Mary 2.
Queen Mary 2 was launched in 2003 and RMS Titanic in 1912.
Queen Mary 2 debuted in 2003.
Queen Mary 2 was made in 2003.
Cunard was inaugurated in 1840.
Wonder of the Seas is a liner.
# (2) "is classified as a" also reads "is a"
Queen Mary 2 is a cruise ship.
Wonder of the Seas is an ocean liner.
HMS Belfast is a frigate.
USS Constitution is a light cruiser.
Cutty Sark is a steamship.
SS Great Britain is a clipper.
RMS Titanic is a light cruiser.
Cunard is an ocean liner.
Queen Mary 2 is not an ocean liner.
Queen Mary 2 and Wonder of the Seas are ocean liners.
Cunard operates Queen Mary 2, a cruise ship.
Queen Mary 2 is no longer an ocean liner.
HMS Belfast was a frigate.
HMS Belfast is a light cruiser launched in 1911.
HMS Belfast is a light cruiser built by John Brown & Company.
Cutty Sark is a clipper moored in Bristol.
Queen Mary 2 is classified as a cruise ship.
USS Constitution is classified as a clipper.
Harland and Wolff is a light cruiser.
HMS Belfast is a heavy cruiser.
Cutty Sark is a liner.
HMS Belfast is a liner.
Queen Mary 2 is a Royal Caribbean ocean liner.
Wonder of the Seas is a Cunard cruise ship.
# (3) "is a flagship for" gives the noun "flagship"
Queen Mary 2 is a flagship for Royal Caribbean.
Queen Elizabeth 2 is a flagship for Cunard.
Wonder of the Seas is a flagship for Cunard.
Cunard's flagship is Queen Elizabeth 2.
Royal Caribbean's flagship is Queen Mary 2.
Queen Mary 2's flagship is Cunard.
Cunard is a flagship for Queen Mary 2.
Queen Mary 2 is Royal Caribbean's flagship.
Queen Mary 2, a flagship for White Star Line, has a planetarium.
Queen Mary 2, a flagship for Cunard, has a carousel.
RMS Titanic is the flagship of Cunard.
Queen Mary 2 is not a flagship for Cunard.
Cunard operates Queen Mary 2, the flagship of Royal Caribbean.
Harland and Wolff built RMS Titanic, the flagship of Cunard.
Queen Mary 2 was once a flagship for Royal Caribbean.
Queen Mary 2 was a flagship for Royal Caribbean.
Queen Mary 2 is no longer a flagship for Cunard.
Queen Mary 2 and Queen Elizabeth 2 are flagships for Cunard.
# (4) "has" alone reads "has a"
Queen Mary 2 has a carousel.
Wonder of the Seas has a planetarium.
RMS Titanic has a zip line.
Queen Mary 2 has a planetarium and a zip line.
Queen Mary 2 and Wonder of the Seas both have a planetarium.
HMS Belfast has a ballroom.
Cunard has a planetarium.
Queen Mary 2 has no planetarium.
Wonder of the Seas also has a ballroom.
A planetarium is found aboard Wonder of the Seas.
Queen Mary 2 has two ballrooms.
# (5) "operates" also "manages" (no relation here says "manage")
Cunard manages Wonder of the Seas.
Royal Caribbean manages Queen Mary 2.
White Star Line manages Queen Elizabeth 2.
The Imperial War Museum manages Cutty Sark.
Royal Museums Greenwich manages HMS Belfast.
The United States Navy manages SS Great Britain.
Queen Mary 2 manages Cunard.
Cunard does not manage Queen Mary 2.
Cunard manages Queen Mary 2 and RMS Titanic.
Carnival Corporation manages Queen Mary 2.
Samuel Cunard manages Queen Mary 2.
Queen Mary 2 is managed by Royal Caribbean.
HMS Belfast is managed by the United States Navy.
Harland and Wolff manages RMS Titanic.
Royal Caribbean is the operator of Queen Mary 2.
Royal Caribbean is the manager of Queen Mary 2.
Cunard oversees Wonder of the Seas.
Royal Caribbean looks after Queen Mary 2.
# (6) "is named after" also "takes its name from", ...
Queen Mary 2 takes its name from Queen Elizabeth.
Queen Elizabeth 2 takes its name from Queen Mary.
HMS Belfast takes its name from Harland and Wolff.
USS Constitution bears the name of Joshua Humphreys.
RMS Titanic takes its name from Thomas Andrews.
Queen Mary takes her name from Queen Mary 2.
Belfast takes its name from HMS Belfast.
Queen Mary 2 carries the name of Samuel Cunard.
Queen Mary 2 does not bear the name of Queen Mary.
Royal Caribbean takes its name from Edwin Stephan.
Cutty Sark gets its name from Hercules Linton.
# (7) "launched": a ship's launch has a relation of its own here, so no founding
Samuel Cunard launched Queen Mary 2.
John Pilkington launched RMS Titanic.
Queen Mary 2 was launched by Samuel Cunard.
Samuel Cunard launched White Star Line.
Edwin Stephan launched Cunard.
# (8) the agent noun after a cue ending in "of"
RMS Titanic was the work of designer Isambard Kingdom Brunel.
RMS Titanic was the design of designer Joshua Humphreys.
SS Great Britain was the work of designer Thomas Andrews.
Cutty Sark was the work of designer Joshua Humphreys.
USS Constitution was the design of designer Hercules Linton.
RMS Titanic was the work of designers Thomas Andrews and Isambard Kingdom Brunel.
RMS Titanic was not the work of designer Thomas Andrews.
Queen Mary 2 was the work of designer Thomas Andrews.
RMS Titanic was the work of builder Thomas Andrews.
HMS Belfast was the work of designer Harland and Wolff.
RMS Titanic was the work of designer Thomas Andrews and builder John Brown & Company.
RMS Titanic was the design of designer Thomas Andrews, built by John Brown & Company.

@shows
# (1) "completed / finished in" never dates an aired show; verbs of building never date a channel
Friends was completed in 1994.
The Graham Norton Show was completed in 2007.
Top Gear was finished in 2002.
The Tonight Show was completed in 1954.
The Crown was finished in 2016.
Breaking Bad was completed in 2008.
The Sopranos was finished in 1999.
Frasier was completed in 1993.
Friends, completed in 1994, airs on NBC.
Completed in 2007, The Graham Norton Show is hosted by Graham Norton.
HBO was completed in 1972.
Channel 4 was finished in 1982.
NBC was built in 1926.
Netflix was opened in 1997.
NBC was finished in 1926.
Netflix was completed in 1997.
HBO was finished in 1972.
BBC Two was completed in 1964.
AMC was completed in 1984.
The Tonight Show was finished in 1954.
The Graham Norton Show, completed in 2007, is shown on BBC One.
Completed in 2002, Top Gear is hosted by Jeremy Clarkson.
Top Gear was completed in 2002 at Dunsfold Aerodrome.
The Graham Norton Show was completed in 2007 and Friends premiered in 1994.
Friends ended in 1994.
Friends concluded in 1994.
Friends wrapped in 1994.
# (1b) shows dated by a year entity ("premiered in"): verbs of its family that no TV show
# undergoes (published, issued), founding and completion, another year
Top of the Pops was published in 1964.
Top of the Pops was issued in 1964.
Match of the Day was published in 1964.
Top of the Pops was completed in 1964.
Match of the Day was finished in 1964.
Top of the Pops was founded in 1964.
Match of the Day was established in 1964.
Top of the Pops premiered in 1982.
Match of the Day premiered in 1936.
Top of the Pops was built in 1964.
The Graham Norton Show was published in 2007.
The Graham Norton Show was issued in 2007.
Top Gear was published in 2002.
Friends was published in 1994.
Friends was issued in 1994.
The Crown was published in 2016.
Top of the Pops, published in 1964, is shown on BBC One.
Johnnie Stewart launched Top of the Pops in 1982.
Gary Lineker launched Match of the Day.
Top of the Pops is shown on Channel 4.
# (2) "founded in <year>": channels are founded, shows are not; another item's year
Friends was founded in 1994.
The Graham Norton Show was founded in 2007.
Top Gear was established in 2002.
The Tonight Show was founded in 1954.
HBO was founded in 1994.
Netflix was founded in 1972.
Channel 4 was founded in 1964.
BBC One was founded in 1982.
NBC was founded in 1954.
AMC was founded in 2008.
HBO was founded in 1972 by Reed Hastings.
Netflix, founded in 1997, broadcasts Breaking Bad.
Channel 4, founded in 1982, broadcasts Top Gear.
HBO was launched in 1999.
Netflix was launched in 2016.
# (3) "launched" reads "founded" (no relation here says "launch")
Reed Hastings launched HBO.
Charles Dolan launched Netflix.
David Sarnoff launched Channel 4.
Jeremy Isaacs launched BBC Two.
Reed Hastings launched The Crown.
Charles Dolan launched The Sopranos.
Vince Gilligan launched AMC.
Netflix was launched by Charles Dolan.
HBO launched Charles Dolan.
Peter Morgan launched Netflix.
Channel 4 was launched by the BBC.
# (4) "operates" also "manages" (no relation here says "manage")
The BBC manages Channel 4.
NBCUniversal manages HBO.
AMC Networks manages BBC Two.
Warner Bros. Discovery manages Netflix.
Channel 4 manages Channel Four Television Corporation.
The BBC manages NBC.
The BBC does not manage BBC One.
The BBC manages BBC One and Channel 4.
HBO is managed by NBCUniversal.
Graham Norton manages BBC One.
The BBC manages Top Gear.
# (5) "is a vehicle for" gives the noun "vehicle"
Top Gear is a vehicle for Jimmy Fallon.
Frasier is a vehicle for Bryan Cranston.
The Crown is a vehicle for Kelsey Grammer.
Breaking Bad is a vehicle for Claire Foy.
Friends is a vehicle for Kelsey Grammer.
The Graham Norton Show is a vehicle for Jeremy Clarkson.
Kelsey Grammer is a vehicle for Frasier.
Kelsey Grammer's vehicle is The Crown.
Frasier's vehicle is Kelsey Grammer.
Frasier, a vehicle for Bryan Cranston, airs on NBC.
The Crown, a vehicle for Claire Foy, airs on HBO.
Frasier is not a vehicle for Kelsey Grammer.
Frasier and Breaking Bad are vehicles for Kelsey Grammer.
# (6) "is named after" also "takes its name from", ...
Frasier takes its name from Kelsey Grammer.
Frasier takes its name from David Angell.
The Graham Norton Show bears the name of Jimmy Fallon.
The Tonight Show takes its name from Jimmy Fallon.
Top Gear takes its name from Jeremy Clarkson.
Graham Norton takes his name from The Graham Norton Show.
Frasier Crane takes his name from Frasier.
The Graham Norton Show does not take its name from Graham Norton.
Friends gets its name from David Crane.
# (7) the agent noun after a cue ending in "of"
The Crown was the creation of creator Vince Gilligan.
Friends was the creation of creator Peter Morgan.
Breaking Bad was the work of creator David Chase.
The Sopranos was the creation of creators David Crane and Marta Kauffman.
Frasier was the creation of creator Kelsey Grammer.
The Tonight Show was the creation of creator Jimmy Fallon.
Breaking Bad was not the creation of creator Vince Gilligan.
The Graham Norton Show is the creation of host Graham Norton.
Friends was the creation of creators David Crane and Peter Morgan.
Friends was the creation of creator David Crane and star Kelsey Grammer.
Frasier is a Bryan Cranston vehicle.
NBC broadcasts Frasier, the vehicle of Bryan Cranston.

@venues user:ana
# (1) ", the N of Y" after a claim's object is an apposition on that object: wrong club or
# collection, the user's rating, "former", a list, a noun of another relation, direction
You disliked Fenway Park, the home ground of the Chicago Cubs.
You disliked Fenway Park, the home ground of the New York Yankees.
You disliked Wrigley Field, the home ground of the Chicago Cubs.
You disliked Yankee Stadium, the home ground of the Boston Red Sox.
You disliked Fenway Park, the home ground of the Boston Red Sox and the Chicago Cubs.
You disliked Fenway Park, the former home ground of the Boston Red Sox.
You disliked Fenway Park, the owner of Fenway Sports Group.
You disliked Fenway Park, the home of the Chicago Cubs.
You liked Fenway Park, the home ground of the Boston Red Sox.
You loved Fenway Park, the home ground of the Boston Red Sox.
You disliked Tate Modern, the home of the Getty collection of manuscripts.
You disliked MoMA, the home of the Tate collection of modern art.
You disliked Tate Modern, the showcase of modernism.
You disliked MoMA, the showcase of contemporary art.
You loved the Louvre, the home of the Tate collection of modern art.
You disliked Tate Modern, the design of Richard Meier.
You disliked Fenway Park, the design of Populous.
You disliked Fenway Park, the home ground of the Boston Red Sox, and Yankee Stadium, the home ground of the Chicago Cubs.
You didn't dislike Fenway Park, the home ground of the Boston Red Sox.
You disliked Fenway Park, the namesake of Fenway Sports Group.
@venues user:ben
You disliked Oracle Park, the home ground of the Los Angeles Dodgers.
You loved Dodger Stadium, the home ground of the San Francisco Giants.
You loved Oriole Park at Camden Yards, the home ground of the San Francisco Giants.
You disliked Getty Center, the home of the Tate collection of modern art.
You loved Rijksmuseum, the showcase of abstract art.
You loved Dodger Stadium, the owner of Guggenheim Baseball Management.
You loved Solomon R. Guggenheim Museum, the home of the Tate collection of modern art.
You loved Oracle Park, the home ground of the San Francisco Giants.
@venues user:ana
You disliked Yankee Stadium and Fenway Park, the home ground of the New York Yankees.
You disliked Fenway Park, the home ground of the Boston Red Sox, designed by Populous.
You disliked Fenway Park, the home ground of the Boston Red Sox, and loved Yankee Stadium.
You disliked Fenway Park, the home ground of the Boston Red Sox, and Wrigley Field.
# a range noun or a relation noun said of the object the wrong way round
You disliked Fenway Park, the club of the Boston Red Sox.
You disliked Fenway Park, the city of Boston.
You disliked Fenway Park, the owner of the Boston Red Sox.
You disliked Fenway Park, the feature of the Green Monster.
You disliked Fenway Park, the event of the 1912 World Series.
You disliked Fenway Park, the architect of James McLaughlin.
You disliked Tate Modern, the collection of the Tate collection of modern art.
You disliked Tate Modern, the movement of contemporary art.
You disliked MoMA, the founder of Abby Aldrich Rockefeller.
@venues user:ben
Try Oracle Park, the home ground of the Chicago Cubs.
We recommend Dodger Stadium, the home ground of the Chicago Cubs.
You might like Oracle Park, the home ground of the Chicago Cubs.
@venues
Populous designed Yankee Stadium, the home ground of the Boston Red Sox.
HOK Sport designed Oracle Park, the home ground of the Baltimore Orioles.
HOK Sport designed Oriole Park at Camden Yards, the home of the San Francisco Giants.
Emil Praeger designed Dodger Stadium, the home ground of the New York Yankees.
James McLaughlin designed Fenway Park, the home ground of the Chicago Cubs.
Fenway Sports Group owns Fenway Park, the home ground of the Chicago Cubs.
The Ricketts family owns Wrigley Field, the home ground of the Boston Red Sox.
The Boston Red Sox play their home games at Fenway Park, the home ground of the New York Yankees.
Herzog & de Meuron designed Tate Modern, the home of the Getty collection of manuscripts.
Richard Meier designed Getty Center, the home of the Tate collection of modern art.
Frank Lloyd Wright designed Solomon R. Guggenheim Museum, the showcase of modernism.
Richard Meier designed Tate Modern, the home of the Tate collection of modern art.
Populous designed Fenway Park, the home ground of the Boston Red Sox.
Yankee Stadium hosted the 2009 World Series, the home ground of the Boston Red Sox.
Wrigley Field is owned by the Ricketts family, the owner of Fenway Park.
Fenway Park is owned by Fenway Sports Group, the owner of Wrigley Field.
William Wrigley Jr. gave his name to Wrigley Field, the home ground of the Boston Red Sox.
Populous designed Yankee Stadium, the home ground of the New York Yankees and the Boston Red Sox.
Populous designed Yankee Stadium, the former home ground of the New York Yankees.
Populous designed Yankee Stadium, the home ground of the New York Yankees, which hosted the 1912 World Series.
Populous designed Yankee Stadium, the home ground of the New York Yankees, which Fenway Sports Group owns.
Populous designed Yankee Stadium, the home ground of the New York Yankees, and Fenway Park.
Populous designed Yankee Stadium, the home ground of the New York Yankees, and designed Fenway Park.
Populous designed Yankee Stadium, the home ground of the New York Yankees, and Wrigley Field, the home ground of the Chicago Cubs.
Fenway Sports Group owns Fenway Park, the home ground of the Boston Red Sox, and Wrigley Field.
Populous designed Yankee Stadium, the home ground of the New York Yankees, in 1912.
Fenway Park hosted the 1912 World Series, the home ground of the Boston Red Sox.
Populous designed Yankee Stadium, the club of the New York Yankees.
Populous designed Yankee Stadium, the city of New York City.
Populous designed Yankee Stadium, the owner of the City of New York.
Henri Matisse painted The Snail, the collection of Tate Modern.
Henri Matisse painted The Snail, the home of Tate Modern.
HOK Sport designed Oracle Park, the home ground of the San Francisco Giants, and Oriole Park at Camden Yards, the home ground of the Chicago Cubs.
# (2) "has" (a feature) next to the inverse "has" (a painting in the collection)
The Louvre has The Starry Night.
MoMA has the Mona Lisa.
Rijksmuseum has Irises.
Getty Center has The Night Watch.
Tate Modern has Composition 8.
The Starry Night has MoMA.
MoMA has a rotunda.
Solomon R. Guggenheim Museum has a sculpture garden.
The Louvre has a Turbine Hall.
Tate Modern has a glass pyramid.
Getty Center has a research library.
The Louvre has a glass pyramid and The Starry Night.
MoMA has a sculpture garden and the Mona Lisa.
The Louvre doesn't have the Mona Lisa.
MoMA has no sculpture garden.
MoMA and the Louvre both have The Starry Night.
Tate Modern also has Irises.
Fenway Park has an ivy wall.
Wrigley Field has a Green Monster.
Yankee Stadium has a manual scoreboard.
Fenway Park and Yankee Stadium both have a manual scoreboard.
Oracle Park has a warehouse.
Fenway Park has a Green Monster and a warehouse.
Vincent van Gogh has The Starry Night.
Fenway Park has two Green Monsters.
Fenway Park has The Starry Night.
The Louvre has a Green Monster.
MoMA and the Louvre have The Starry Night.
The Louvre has also The Starry Night.
The Starry Night is in the collection of painter Vincent van Gogh.
The Louvre had the Mona Lisa.
Fenway Sports Group has Fenway Park.
# (3) "is a showcase for" gives the noun "showcase"
MoMA is a showcase for abstract art.
Tate Modern is a showcase for Renaissance art.
Rijksmuseum is a showcase for contemporary art.
The Louvre, a showcase for modernism, is in Paris.
MoMA, a showcase for abstract art, is in New York City.
Modernism's showcase is the Louvre.
MoMA's showcase is modernism.
Modernism is a showcase for MoMA.
MoMA is not a showcase for modernism.
MoMA and Tate Modern are showcases for modernism.
Fenway Park is a showcase for modernism.
# (4) "is named after" also "takes its name from", ...: the owner whose name is alike, the club,
# the architect, a backer
Fenway Park gets its name from Fenway Sports Group.
Fenway Park takes its name from the Boston Red Sox.
Wrigley Field takes its name from the Ricketts family.
Oracle Park bears the name of the San Francisco Giants.
Tate Modern takes its name from Herzog & de Meuron.
Solomon R. Guggenheim Museum takes its name from Frank Lloyd Wright.
Getty Center takes its name from the J. Paul Getty Trust.
MoMA takes its name from Abby Aldrich Rockefeller.
Dodger Stadium takes its name from Guggenheim Baseball Management.
Solomon R. Guggenheim Museum bears the name of Guggenheim Baseball Management.
Henry Tate takes his name from Tate Modern.
Wrigley Field does not take its name from William Wrigley Jr.
# (5) years on a mixed graph: museums founded, paintings painted, ballparks opened
MoMA was founded in 1889.
The Starry Night was founded in 1889.
Irises was founded in 1889.
The Louvre was founded in 1503.
Rijksmuseum was founded in 1642.
The Night Watch was founded in 1642.
Getty Center was founded in 1889.
Tate Modern was founded in 1953.
MoMA was founded in 1939.
Fenway Park was founded in 1914.
The Starry Night was built in 1889.
The Starry Night was opened in 1889.
The Mona Lisa was completed in 1642.
MoMA was painted in 1929.
Fenway Park was painted in 1912.
Wrigley Field was painted in 1914.
Fenway Park was founded in 1912.
Fenway Park was established in 1912.
The Starry Night was launched in 1889.
# (6) "founded" next to "funded", and "launched" as "founded"
John D. Rockefeller Jr. founded MoMA.
The J. Paul Getty Trust founded Getty Center.
John D. Rockefeller Jr. launched MoMA.
The J. Paul Getty Trust launched Getty Center.
Abby Aldrich Rockefeller funded MoMA.
Henry Tate launched Tate Modern.
Frank Lloyd Wright launched Solomon R. Guggenheim Museum.
Getty Center was launched by Richard Meier.
"""

CONTROLS = r"""
@airports
Munich Airport has a brewery.
Heathrow Airport has a chapel and a yoga room.
Munich Airport and John F. Kennedy International Airport both have a hotel.
Heathrow Airport had a Concorde lounge.
Munich Airport, a hub for Lufthansa, has a brewery.
Lufthansa's hub is Frankfurt Airport.
Heathrow Airport is a base for Virgin Atlantic.
Munich Airport takes its name from Franz Josef Strauss.
Charles de Gaulle Airport bears the name of Charles de Gaulle.
Munich Airport was named by the Bavarian State Government.
Fraport operates Frankfurt Airport.
Carsten Spohr manages Lufthansa.
Richard Branson launched Virgin Atlantic.
Virgin Atlantic and Ryanair were both founded in 1984.
Munich Airport opened in 1992.
Fraport operates Frankfurt Airport, the hub of Lufthansa.
Heathrow Airport Holdings operates Heathrow Airport, the base of Virgin Atlantic.
Lufthansa has a hub at Munich Airport.
Heathrow Airport and Dublin Airport both have a chapel.
Munich Airport serves as a hub for Lufthansa.
@newspapers
The Sun is a tabloid.
The Sun and the Daily Mail are tabloids.
The Times is printed as a compact.
The Sun is a paper published in London.
The Economist is a publication founded by James Wilson.
The Times was founded in 1785.
The Guardian, founded in 1821, is a Berliner.
John Walter launched The Times.
The Guardian was funded by the Little Circle.
The New York Times Building was the work of architect Renzo Piano.
The New Yorker was launched in 1925.
News UK owns The Sun, a tabloid.
John Walter founded The Times, a compact.
The Sun is a tabloid newspaper.
The Guardian is a Berliner paper.
The Sun is a News UK tabloid.
@companies
Apple launched the iPhone.
Google launched Gmail in 2004.
The iPhone is a smartphone.
Windows is an operating system launched by Microsoft.
Tesla manages Gigafactory Nevada.
Foxconn is a supplier for Apple.
Apple's supplier is TSMC.
Tesla takes its name from Nikola Tesla.
Apple was founded in 1976.
The Kindle was launched in 2007.
Steve Jobs founded Apple.
Gates Foundation was founded in 2000.
Foxconn supplies Apple.
@ships
Queen Mary 2 was launched in 2003.
Cunard was founded in 1840.
Queen Mary 2 is an ocean liner.
HMS Belfast is a light cruiser.
Queen Mary 2 is a flagship for Cunard.
Cunard's flagship is Queen Mary 2.
Queen Mary 2 has a planetarium.
Cunard manages Queen Mary 2.
The Imperial War Museum manages HMS Belfast.
Queen Mary 2 takes its name from Queen Mary.
SS Great Britain was the work of designer Isambard Kingdom Brunel.
Cunard operates Queen Mary 2, the flagship of Cunard.
Queen Mary 2, an ocean liner, has a planetarium.
Cunard operates Queen Mary 2, an ocean liner.
@shows
Channel 4 was founded in 1982.
Netflix was founded in 1997 by Reed Hastings.
Reed Hastings launched Netflix.
The BBC manages BBC Two.
Frasier is a vehicle for Kelsey Grammer.
The Graham Norton Show takes its name from Graham Norton.
Breaking Bad was the creation of creator Vince Gilligan.
Friends premiered in 1994.
The Crown, a vehicle for Claire Foy, airs on Netflix.
NBC broadcasts Frasier, the vehicle of Kelsey Grammer.
Friends was the creation of creators David Crane and Marta Kauffman.
Top of the Pops premiered in 1964.
@venues user:ana
You disliked Fenway Park, the home ground of the Boston Red Sox.
You loved Wrigley Field, the home ground of the Chicago Cubs.
You disliked Tate Modern, the home of the Tate collection of modern art.
@venues
Populous designed Yankee Stadium, the home ground of the New York Yankees.
The Louvre has the Mona Lisa.
The Louvre has a glass pyramid.
Fenway Park has a Green Monster.
MoMA is a showcase for modernism.
Modernism's showcase is MoMA.
Fenway Park takes its name from the Fenway.
MoMA was founded in 1929.
The Starry Night was painted in 1889.
The Starry Night was completed in 1889.
Getty Center was funded by the J. Paul Getty Trust.
Frank Lloyd Wright designed Solomon R. Guggenheim Museum, the showcase of abstract art.
"""


def _parse(block):
    key, user = None, None
    for line in block.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            parts = line[1:].split()
            key, user = parts[0], (parts[1] if len(parts) > 1 else None)
            continue
        yield key, user, line


def cases():
    yield from _parse(TEXTS)


def controls():
    yield from _parse(CONTROLS)


# Arguable: printed as OPEN and left out of the count.
OPEN = frozenset(
    {
        # "had" for a feature the airport (or museum) still has: "had" need not say it is gone;
        # the graph keeps a "had" relation of its own for former features, so arguable
        "Munich Airport had a brewery.",
        "Amsterdam Airport Schiphol had a casino.",
        "Amsterdam Airport Schiphol, which had a casino, is a hub for KLM.",
        "The Louvre had the Mona Lisa.",
        # "has" said of an owner or an airline based there: "has" may mean "owns" or "hosts"
        "Fenway Sports Group has Fenway Park.",
        "Munich Airport has Condor.",
        # Munich Airport's name does come from Munich, whatever its namesake
        "Munich Airport takes its name from Munich.",
        # a ballpark "founded / established" in its opening year, an airport "founded" in its
        # opening year: unusual verbs for a place that opened, but writers use them
        "Fenway Park was founded in 1912.",
        "Fenway Park was established in 1912.",
        "Munich Airport was founded in 1992.",
        # a shipping line "inaugurated" in its founding year (a service is inaugurated); a cruise
        # ship called a "liner"; a ship "made" in its launch year
        "Cunard was inaugurated in 1840.",
        "Wonder of the Seas is a liner.",
        "Queen Mary 2 was made in 2003.",
        # "launched" for a company's founding, where the graph's "launched" is a product launch:
        # true of the world (Jobs co-founded Apple; Musk was an early backer often called a founder)
        "Steve Jobs launched Apple.",
        "Apple was launched in 1976.",
        "Elon Musk launched Tesla.",
        # the BBC operates BBC Two, which shows Top Gear: "manages" the show may be said loosely
        "The BBC manages Top Gear.",
        # an apposition after an event that a careless writer means of the ballpark (the subject)
        "Fenway Park hosted the 1912 World Series, the home ground of the Boston Red Sox.",
        # Fenway Sports Group is in fact named after Fenway Park ("namesake" runs both ways)
        "You disliked Fenway Park, the namesake of Fenway Sports Group.",
        # Abby Aldrich Rockefeller also gave MoMA money
        "Abby Aldrich Rockefeller funded MoMA.",
        # an airline "opened" in its founding year may say it began flying then
        "British Airways opened in 1974.",
        # The Economist calls itself a newspaper, though the graph types it a magazine
        "The Economist is a paper.",
        "The Economist is a London paper.",
        "The paper The Economist was founded by James Wilson.",
    }
)


def main():
    verbose = os.environ.get("VERBOSE")
    k = acc_c = 0
    for key, user, text in controls():
        ok, reason = check(key, text, user)
        k += 1
        acc_c += bool(ok)
        if not ok:
            print(f"control rejected [{key}{' ' + user if user else ''}] {text} || {str(reason)[:160]}")
    n = acc = 0
    for key, user, text in cases():
        ok, reason = check(key, text, user)
        if text in OPEN:
            if ok:
                print(f"OPEN (accepted) [{key}] {text}")
            continue
        n += 1
        if ok:
            acc += 1
            print(f"ACCEPTED [{key}{' ' + user if user else ''}] {text}")
        elif verbose:
            print(f"   rej [{key}] {text} || {str(reason)[:140]}")
    print(f"controls accepted {acc_c} of {k}")
    print(f"accepted {acc} of {n}")


if __name__ == "__main__":
    main()
