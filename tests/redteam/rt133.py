"""Red team round 133 (the readings of the round's CHANGES.diff): "today", "nowadays" and
"currently" as glue words like "now"; "goes / go / went back to <year>" dating the item like
"dates back to"; "can be found in", "is found in", "are found in" for a phrase "is located in" /
"is in". Attacked: "today" with past-only relations ("was founded by", "was the residence of"),
with a relation the graph keeps as former ("was formerly owned by", "had"), with negation ("today
no longer", "is not currently"), "currently" with ratings and user claims, years of other
entities (a founder's, a product's, a sister item's) after "goes back to", "goes back to" a
person or a place instead of a year, "can be found in" a place the item is not in, the inverse
direction, a non-place (a genre, a person, a collection), the modal "can" elsewhere ("can be
visited", "can be commissioned by"), and neighbours ("has" next to "had", "is a hub for" next to
"is a base for", "is named after" next to "was named by", "operates" next to "manages",
"launched" a product, "founded" next to "funded", appositions after objects of several
relations). False texts only (one false statement each), plus faithful controls."""

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


def castles():
    """Castles, palaces and cathedrals (items, the year each was built or begun): the city each
    "is located in" next to the country each "is in" the country of (two place relations), the
    founder ("was founded by") next to the patron who "funded" it, the ruler it "was the residence
    of" (past only) next to the one it "is the residence of" (now), the owner ("is owned by") next
    to the former one ("was formerly owned by"), its style ("is built in the style"), what each
    "has" next to what each "had", namesakes ("is named after")."""
    rels = [
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("castle", "palace", "cathedral"),
          range=("city",)),
        R("in_country", phrase="is in the country", inverse_phrase="contains", domain=("castle", "palace", "cathedral"),
          range=("country",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("castle", "palace", "cathedral"),
          range=("ruler",)),
        R("funded_by", phrase="was funded by", inverse_phrase="funded", domain=("castle", "palace", "cathedral"),
          range=("ruler", "patron")),
        R("former_residence", phrase="was the residence of", inverse_phrase="once lived in",
          domain=("castle", "palace"), range=("ruler",)),
        R("residence", phrase="is the residence of", inverse_phrase="lives in", domain=("castle", "palace"),
          range=("ruler", "president")),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("castle", "palace", "cathedral"),
          range=("owner",)),
        R("former_owner", phrase="was formerly owned by", inverse_phrase="formerly owned",
          domain=("castle", "palace", "cathedral"), range=("owner", "ruler")),
        R("style", phrase="is built in the style", inverse_phrase="is the style of",
          domain=("castle", "palace", "cathedral"), range=("style",)),
        R("has_feature", phrase="has", inverse_phrase="can be seen at", domain=("castle", "palace", "cathedral"),
          range=("feature",)),
        R("had_feature", phrase="had", inverse_phrase="was once seen at", domain=("castle", "palace", "cathedral"),
          range=("feature",)),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to",
          domain=("castle", "palace", "cathedral"), range=("ruler", "saint")),
    ]
    items = {
        "c:prague": ("castle", "Prague Castle", 880), "c:wawel": ("castle", "Wawel Castle", 1065),
        "c:edinburgh": ("castle", "Edinburgh Castle", 1103), "c:windsor": ("castle", "Windsor Castle", 1070),
        "c:neusch": ("castle", "Neuschwanstein Castle", 1869), "c:karlstejn": ("castle", "Karlštejn Castle", 1348),
        "c:malbork": ("castle", "Malbork Castle", 1274),
        "p:versailles": ("palace", "Palace of Versailles", 1661), "p:schoenbrunn": ("palace", "Schönbrunn Palace", 1696),
        "p:buckingham": ("palace", "Buckingham Palace", 1703), "p:elysee": ("palace", "Élysée Palace", 1718),
        "p:sanssouci": ("palace", "Sanssouci", 1745),
        "d:vitus": ("cathedral", "St. Vitus Cathedral", 1344), "d:cologne": ("cathedral", "Cologne Cathedral", 1248),
        "d:wawel": ("cathedral", "Wawel Cathedral", 1320),
    }
    others = {
        "t:prague": ("city", "Prague"), "t:krakow": ("city", "Kraków"), "t:edinburgh": ("city", "Edinburgh"),
        "t:windsor": ("city", "Windsor"), "t:schwangau": ("city", "Schwangau"), "t:malbork": ("city", "Malbork"),
        "t:versailles": ("city", "Versailles"), "t:vienna": ("city", "Vienna"), "t:london": ("city", "London"),
        "t:paris": ("city", "Paris"), "t:potsdam": ("city", "Potsdam"), "t:cologne": ("city", "Cologne"),
        "t:karlstejn": ("city", "Karlštejn"),
        "n:czechia": ("country", "Czech Republic"), "n:poland": ("country", "Poland"), "n:uk": ("country", "United Kingdom"),
        "n:germany": ("country", "Germany"), "n:france": ("country", "France"), "n:austria": ("country", "Austria"),
        "r:borivoj": ("ruler", "Bořivoj I"), "r:charles": ("ruler", "Charles IV"), "r:ludwig": ("ruler", "Ludwig II"),
        "r:louis": ("ruler", "Louis XIV"), "r:william": ("ruler", "William the Conqueror"),
        "r:leopold": ("ruler", "Leopold I"), "r:frederick": ("ruler", "Frederick the Great"),
        "r:casimir": ("ruler", "Casimir the Restorer"), "r:david": ("ruler", "David I"),
        "r:sisi": ("ruler", "Empress Elisabeth"), "r:kingcharles": ("ruler", "King Charles III"),
        "r:maria": ("ruler", "Maria Theresa"), "r:teutonic": ("ruler", "the Teutonic Order"),
        "r:engelbert": ("ruler", "Konrad von Hochstaden"),
        "x:president": ("president", "Emmanuel Macron"), "x:pavel": ("president", "Petr Pavel"),
        "o:crown": ("owner", "the Crown Estate"), "o:bavaria": ("owner", "the Bavarian Palace Department"),
        "o:czech": ("owner", "the Czech state"), "o:hes": ("owner", "Historic Environment Scotland"),
        "o:habsburg": ("owner", "the House of Habsburg"), "o:wittelsbach": ("owner", "the House of Wittelsbach"),
        "o:french": ("owner", "the French state"), "o:poland": ("owner", "the Polish state"),
        "o:hohenzollern": ("owner", "the House of Hohenzollern"), "o:spsg": ("owner", "the Prussian Palaces Foundation"),
        "o:church": ("owner", "the Catholic Church"),
        "s:gothic": ("style", "Gothic"), "s:baroque": ("style", "Baroque"), "s:romanesque": ("style", "Romanesque"),
        "s:revival": ("style", "Romanesque Revival"), "s:rococo": ("style", "Rococo"),
        "f:moat": ("feature", "moat"), "f:drawbridge": ("feature", "drawbridge"), "f:mirrors": ("feature", "Hall of Mirrors"),
        "f:garden": ("feature", "formal garden"), "f:throne": ("feature", "throne room"), "f:zoo": ("feature", "zoo"),
        "f:chapel": ("feature", "chapel"), "f:crown": ("feature", "crown jewels"), "f:window": ("feature", "rose window"),
        "f:labyrinth": ("feature", "hedge maze"), "f:dungeon": ("feature", "dungeon"),
        "z:vitus": ("saint", "Saint Vitus"), "z:stanislaus": ("saint", "Saint Stanislaus"),
    }
    T = [
        ("c:prague", "located_in", "t:prague"), ("c:wawel", "located_in", "t:krakow"),
        ("c:edinburgh", "located_in", "t:edinburgh"), ("c:windsor", "located_in", "t:windsor"),
        ("c:neusch", "located_in", "t:schwangau"), ("c:karlstejn", "located_in", "t:karlstejn"),
        ("c:malbork", "located_in", "t:malbork"), ("p:versailles", "located_in", "t:versailles"),
        ("p:schoenbrunn", "located_in", "t:vienna"), ("p:buckingham", "located_in", "t:london"),
        ("p:elysee", "located_in", "t:paris"), ("p:sanssouci", "located_in", "t:potsdam"),
        ("d:vitus", "located_in", "t:prague"), ("d:cologne", "located_in", "t:cologne"), ("d:wawel", "located_in", "t:krakow"),
        ("c:prague", "in_country", "n:czechia"), ("c:wawel", "in_country", "n:poland"), ("c:edinburgh", "in_country", "n:uk"),
        ("c:windsor", "in_country", "n:uk"), ("c:neusch", "in_country", "n:germany"), ("c:karlstejn", "in_country", "n:czechia"),
        ("c:malbork", "in_country", "n:poland"), ("p:versailles", "in_country", "n:france"),
        ("p:schoenbrunn", "in_country", "n:austria"), ("p:buckingham", "in_country", "n:uk"),
        ("p:elysee", "in_country", "n:france"), ("p:sanssouci", "in_country", "n:germany"),
        ("d:vitus", "in_country", "n:czechia"), ("d:cologne", "in_country", "n:germany"), ("d:wawel", "in_country", "n:poland"),
        ("c:prague", "founded_by", "r:borivoj"), ("c:karlstejn", "founded_by", "r:charles"), ("d:vitus", "founded_by", "r:charles"),
        ("c:neusch", "founded_by", "r:ludwig"), ("p:versailles", "founded_by", "r:louis"),
        ("c:windsor", "founded_by", "r:william"), ("p:schoenbrunn", "founded_by", "r:leopold"),
        ("p:sanssouci", "founded_by", "r:frederick"), ("c:wawel", "founded_by", "r:casimir"),
        ("c:edinburgh", "founded_by", "r:david"), ("c:malbork", "founded_by", "r:teutonic"),
        ("d:cologne", "founded_by", "r:engelbert"),
        ("p:versailles", "funded_by", "r:louis"), ("c:neusch", "funded_by", "r:ludwig"), ("p:schoenbrunn", "funded_by", "r:maria"),
        ("d:vitus", "funded_by", "r:borivoj"),
        ("c:prague", "former_residence", "r:charles"), ("p:versailles", "former_residence", "r:louis"),
        ("p:schoenbrunn", "former_residence", "r:sisi"), ("p:schoenbrunn", "former_residence", "r:maria"),
        ("p:sanssouci", "former_residence", "r:frederick"), ("c:neusch", "former_residence", "r:ludwig"),
        ("c:wawel", "former_residence", "r:casimir"),
        ("c:windsor", "residence", "r:kingcharles"), ("p:buckingham", "residence", "r:kingcharles"),
        ("p:elysee", "residence", "x:president"), ("c:prague", "residence", "x:pavel"),
        ("c:windsor", "owned_by", "o:crown"), ("p:buckingham", "owned_by", "o:crown"), ("c:neusch", "owned_by", "o:bavaria"),
        ("c:prague", "owned_by", "o:czech"), ("c:karlstejn", "owned_by", "o:czech"), ("c:edinburgh", "owned_by", "o:hes"),
        ("p:versailles", "owned_by", "o:french"), ("p:elysee", "owned_by", "o:french"), ("c:wawel", "owned_by", "o:poland"),
        ("p:sanssouci", "owned_by", "o:spsg"), ("d:cologne", "owned_by", "o:church"), ("d:vitus", "owned_by", "o:czech"),
        ("p:schoenbrunn", "former_owner", "o:habsburg"), ("c:neusch", "former_owner", "o:wittelsbach"),
        ("p:sanssouci", "former_owner", "o:hohenzollern"), ("p:versailles", "former_owner", "r:louis"),
        ("d:vitus", "former_owner", "o:church"),
        ("d:vitus", "style", "s:gothic"), ("d:cologne", "style", "s:gothic"), ("c:malbork", "style", "s:gothic"),
        ("c:karlstejn", "style", "s:gothic"), ("p:versailles", "style", "s:baroque"), ("p:schoenbrunn", "style", "s:baroque"),
        ("c:neusch", "style", "s:revival"), ("p:sanssouci", "style", "s:rococo"), ("c:wawel", "style", "s:romanesque"),
        ("p:versailles", "has_feature", "f:mirrors"), ("p:versailles", "has_feature", "f:garden"),
        ("p:schoenbrunn", "has_feature", "f:zoo"), ("p:schoenbrunn", "has_feature", "f:labyrinth"),
        ("c:neusch", "has_feature", "f:throne"), ("c:edinburgh", "has_feature", "f:crown"),
        ("c:prague", "has_feature", "f:chapel"), ("d:cologne", "has_feature", "f:window"), ("c:malbork", "has_feature", "f:moat"),
        ("c:karlstejn", "has_feature", "f:chapel"),
        ("c:windsor", "had_feature", "f:moat"), ("c:edinburgh", "had_feature", "f:drawbridge"),
        ("c:prague", "had_feature", "f:moat"), ("c:wawel", "had_feature", "f:dungeon"),
        ("d:vitus", "named_after", "z:vitus"), ("d:wawel", "named_after", "z:stanislaus"),
    ]
    return _build(items, others, rels, T)


def newspapers():
    """Newspapers (items, the year each was first published) and users' ratings: the owner each
    "is owned by" now next to the one it "was formerly owned by"; the founder ("was founded by")
    next to the backer ("was funded by"); the editor each "is edited by"; the city each "is
    published in" next to the one it "is in" (its newsroom); the supplements each "launched" (a
    product launch, items with years); what each "has" (a paywall) next to what each "had"; the
    prizes each "won"; the newspaper each "is a sister paper of"."""
    rels = [
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("newspaper",), range=("owner",)),
        R("former_owner", phrase="was formerly owned by", inverse_phrase="formerly owned", domain=("newspaper",),
          range=("owner",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("newspaper",), range=("person",)),
        R("funded_by", phrase="was funded by", inverse_phrase="funded", domain=("newspaper",), range=("person",)),
        R("edited_by", phrase="is edited by", inverse_phrase="edits", domain=("newspaper",), range=("editor",)),
        R("published_in", phrase="is published in", inverse_phrase="is the home of", domain=("newspaper",),
          range=("city",)),
        R("in_city", phrase="is in", inverse_phrase="hosts the newsroom of", domain=("newspaper",), range=("city",)),
        R("launched", phrase="launched", inverse_phrase="was launched by", domain=("newspaper",),
          range=("supplement",)),
        R("has_feature", phrase="has", inverse_phrase="is a feature of", domain=("newspaper",), range=("feature",)),
        R("had_feature", phrase="had", inverse_phrase="was once a feature of", domain=("newspaper",),
          range=("feature",)),
        R("won", phrase="won", inverse_phrase="was won by", domain=("newspaper",), range=("prize",)),
        R("sister_of", phrase="is a sister paper of", inverse_phrase="is a sister paper of", domain=("newspaper",),
          range=("newspaper",)),
        R("genre", phrase="belongs to the genre", inverse_phrase="is the genre of", domain=("newspaper",),
          range=("genre",)),
    ]
    items = {
        "n:wapo": ("newspaper", "The Washington Post", 1877), "n:lat": ("newspaper", "Los Angeles Times", 1881),
        "n:bg": ("newspaper", "The Boston Globe", 1872), "n:guardian": ("newspaper", "The Guardian", 1821),
        "n:observer": ("newspaper", "The Observer", 1791), "n:times": ("newspaper", "The Times", 1785),
        "n:sun": ("newspaper", "The Sun", 1964), "n:nyt": ("newspaper", "The New York Times", 1851),
        "n:wsj": ("newspaper", "The Wall Street Journal", 1889), "n:ft": ("newspaper", "Financial Times", 1888),
        "n:lemonde": ("newspaper", "Le Monde", 1944),
        "u:tmag": ("supplement", "T Magazine", 2004), "u:guide": ("supplement", "The Guide", 1993),
        "u:hts": ("supplement", "How to Spend It", 1994), "u:mansion": ("supplement", "Mansion", 2005),
        "u:weekend": ("supplement", "Weekend", 1988), "u:wsjmag": ("supplement", "WSJ. Magazine", 2008),
    }
    others = {
        "o:bezos": ("owner", "Jeff Bezos"), "o:graham": ("owner", "the Graham family"),
        "o:soon": ("owner", "Patrick Soon-Shiong"), "o:tribune": ("owner", "Tribune Publishing"),
        "o:henry": ("owner", "John W. Henry"), "o:nyt": ("owner", "The New York Times Company"),
        "o:scott": ("owner", "the Scott Trust"), "o:news": ("owner", "News UK"), "o:murdoch": ("owner", "Rupert Murdoch"),
        "o:nikkei": ("owner", "Nikkei"), "o:pearson": ("owner", "Pearson"), "o:dow": ("owner", "Dow Jones"),
        "o:bancroft": ("owner", "the Bancroft family"), "o:ochs": ("owner", "the Ochs-Sulzberger family"),
        "o:tortoise": ("owner", "Tortoise Media"), "o:ipc": ("owner", "IPC"),
        "p:hutchins": ("person", "Stilson Hutchins"), "p:taylor": ("person", "John Edward Taylor"),
        "p:walter": ("person", "John Walter"), "p:raymond": ("person", "Henry Jarvis Raymond"),
        "p:dow": ("person", "Charles Dow"), "p:beuve": ("person", "Hubert Beuve-Méry"),
        "p:bourne": ("person", "W. S. Bourne"), "p:degaulle": ("person", "Charles de Gaulle"),
        "p:jones": ("person", "Edward Jones"), "p:cheney": ("person", "Nathan Cheney"),
        "p:otis": ("person", "Harrison Gray Otis"), "p:cole": ("person", "Nathan Cole"),
        "p:taylor2": ("person", "Charles H. Taylor"),
        "e:buzbee": ("editor", "Matt Murray"), "e:viner": ("editor", "Katharine Viner"),
        "e:kahn": ("editor", "Joe Kahn"), "e:khalaf": ("editor", "Roula Khalaf"), "e:tyerman": ("editor", "Emma Tucker"),
        "e:witherow": ("editor", "Tony Gallagher"), "e:merida": ("editor", "Terry Tang"),
        "c:washington": ("city", "Washington, D.C."), "c:la": ("city", "Los Angeles"), "c:boston": ("city", "Boston"),
        "c:london": ("city", "London"), "c:manchester": ("city", "Manchester"), "c:ny": ("city", "New York City"),
        "c:paris": ("city", "Paris"),
        "f:paywall": ("feature", "paywall"), "f:crossword": ("feature", "crossword"), "f:page3": ("feature", "Page 3"),
        "f:broadsheet": ("feature", "broadsheet format"), "f:pink": ("feature", "pink paper"),
        "f:tabloid": ("feature", "tabloid format"), "f:berliner": ("feature", "Berliner format"),
        "z:pulitzer": ("prize", "Pulitzer Prize"), "z:orwell": ("prize", "Orwell Prize"),
        "g:business": ("genre", "business journalism"), "g:tabloid": ("genre", "tabloid journalism"),
    }
    T = [
        ("n:wapo", "owned_by", "o:bezos"), ("n:lat", "owned_by", "o:soon"), ("n:bg", "owned_by", "o:henry"),
        ("n:guardian", "owned_by", "o:scott"), ("n:observer", "owned_by", "o:tortoise"), ("n:times", "owned_by", "o:news"),
        ("n:sun", "owned_by", "o:news"), ("n:nyt", "owned_by", "o:nyt"), ("n:wsj", "owned_by", "o:dow"),
        ("n:ft", "owned_by", "o:nikkei"),
        ("n:wapo", "former_owner", "o:graham"), ("n:lat", "former_owner", "o:tribune"), ("n:bg", "former_owner", "o:nyt"),
        ("n:observer", "former_owner", "o:scott"), ("n:ft", "former_owner", "o:pearson"),
        ("n:wsj", "former_owner", "o:bancroft"), ("n:sun", "former_owner", "o:ipc"),
        ("n:wapo", "founded_by", "p:hutchins"), ("n:guardian", "founded_by", "p:taylor"), ("n:times", "founded_by", "p:walter"),
        ("n:nyt", "founded_by", "p:raymond"), ("n:wsj", "founded_by", "p:dow"), ("n:wsj", "founded_by", "p:jones"),
        ("n:lemonde", "founded_by", "p:beuve"), ("n:observer", "founded_by", "p:bourne"),
        ("n:lat", "founded_by", "p:cole"), ("n:bg", "founded_by", "p:taylor2"),
        ("n:lemonde", "funded_by", "p:degaulle"), ("n:lat", "funded_by", "p:otis"),
        ("n:wsj", "edited_by", "e:tyerman"), ("n:guardian", "edited_by", "e:viner"), ("n:nyt", "edited_by", "e:kahn"),
        ("n:ft", "edited_by", "e:khalaf"), ("n:times", "edited_by", "e:witherow"), ("n:wapo", "edited_by", "e:buzbee"),
        ("n:wapo", "published_in", "c:washington"), ("n:lat", "published_in", "c:la"), ("n:bg", "published_in", "c:boston"),
        ("n:guardian", "published_in", "c:london"), ("n:observer", "published_in", "c:london"),
        ("n:times", "published_in", "c:london"), ("n:sun", "published_in", "c:london"), ("n:nyt", "published_in", "c:ny"),
        ("n:wsj", "published_in", "c:ny"), ("n:ft", "published_in", "c:london"), ("n:lemonde", "published_in", "c:paris"),
        ("n:guardian", "in_city", "c:manchester"), ("n:wapo", "in_city", "c:washington"), ("n:nyt", "in_city", "c:ny"),
        ("n:nyt", "launched", "u:tmag"), ("n:guardian", "launched", "u:guide"), ("n:ft", "launched", "u:hts"),
        ("n:wsj", "launched", "u:mansion"), ("n:guardian", "launched", "u:weekend"), ("n:wsj", "launched", "u:wsjmag"),
        ("n:wapo", "has_feature", "f:paywall"), ("n:nyt", "has_feature", "f:paywall"), ("n:nyt", "has_feature", "f:crossword"),
        ("n:ft", "has_feature", "f:pink"), ("n:ft", "has_feature", "f:paywall"), ("n:times", "has_feature", "f:paywall"),
        ("n:guardian", "has_feature", "f:tabloid"), ("n:sun", "has_feature", "f:tabloid"),
        ("n:sun", "had_feature", "f:page3"), ("n:guardian", "had_feature", "f:berliner"),
        ("n:times", "had_feature", "f:broadsheet"), ("n:guardian", "had_feature", "f:broadsheet"),
        ("n:wapo", "won", "z:pulitzer"), ("n:nyt", "won", "z:pulitzer"), ("n:guardian", "won", "z:pulitzer"),
        ("n:guardian", "won", "z:orwell"),
        ("n:guardian", "sister_of", "n:observer"), ("n:times", "sister_of", "n:sun"),
        ("n:wsj", "genre", "g:business"), ("n:ft", "genre", "g:business"), ("n:sun", "genre", "g:tabloid"),
        ("user:ana", "rated", "n:wapo", {"rating": 5.0}), ("user:ana", "rated", "n:sun", {"rating": 1.0}),
        ("user:ana", "rated", "n:ft", {"rating": 4.5}), ("user:ana", "rated", "n:times", {"rating": 2.0}),
        ("user:ben", "rated", "n:guardian", {"rating": 5.0}), ("user:ben", "rated", "n:wsj", {"rating": 1.5}),
        ("user:ben", "rated", "n:nyt", {"rating": 4.0}),
    ]
    return _build(items, others, rels, T, users=[("user:ana", "Ana"), ("user:ben", "Ben")])


def airports():
    """Airports (items, the year each opened) and airlines (items, the year each was founded): the
    city each "is located in" (a place) next to the city it "serves" (another city for some); the
    airlines each "is a hub for" next to those it "is a base for"; namesakes ("is named after")
    next to the body that named it ("was named by"); operators ("is operated by" / "operates")
    next to an airline's chief ("is managed by" / "manages"); what each "has" next to what it
    "had"; each airline's alliance."""
    rels = [
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("airport",), range=("city",)),
        R("serves", phrase="serves", inverse_phrase="is served by", domain=("airport",), range=("city",)),
        R("hub_for", phrase="is a hub for", inverse_phrase="has a hub at", domain=("airport",), range=("airline",)),
        R("base_for", phrase="is a base for", inverse_phrase="has a base at", domain=("airport",), range=("airline",)),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=("airport",),
          range=("person",)),
        R("named_by", phrase="was named by", inverse_phrase="named", domain=("airport",), range=("government",)),
        R("operated_by", phrase="is operated by", inverse_phrase="operates", domain=("airport",), range=("operator",)),
        R("managed_by", phrase="is managed by", inverse_phrase="manages", domain=("airline",), range=("executive",)),
        R("has_feature", phrase="has", inverse_phrase="can be found at", domain=("airport",), range=("feature",)),
        R("had_feature", phrase="had", inverse_phrase="was once found at", domain=("airport",), range=("feature",)),
        R("member_of", phrase="is a member of", inverse_phrase="counts among its members", domain=("airline",),
          range=("alliance",)),
    ]
    items = {
        "a:jfk": ("airport", "John F. Kennedy International Airport", 1948),
        "a:lga": ("airport", "LaGuardia Airport", 1939), "a:ewr": ("airport", "Newark Liberty International Airport", 1928),
        "a:dca": ("airport", "Ronald Reagan Washington National Airport", 1941),
        "a:iad": ("airport", "Washington Dulles International Airport", 1962),
        "a:cdg": ("airport", "Paris Charles de Gaulle Airport", 1974), "a:ory": ("airport", "Paris Orly Airport", 1932),
        "a:lhr": ("airport", "Heathrow Airport", 1946), "a:stn": ("airport", "London Stansted Airport", 1943),
        "l:b6": ("airline", "JetBlue", 1998), "l:dl": ("airline", "Delta Air Lines", 1925),
        "l:ua": ("airline", "United Airlines", 1926), "l:af": ("airline", "Air France", 1933),
        "l:ba": ("airline", "British Airways", 1974), "l:fr": ("airline", "Ryanair", 1984),
        "l:u2": ("airline", "easyJet", 1995), "l:aa": ("airline", "American Airlines", 1930),
    }
    others = {
        "c:queens": ("city", "Queens"), "c:ny": ("city", "New York City"), "c:newark": ("city", "Newark"),
        "c:arlington": ("city", "Arlington"), "c:dulles": ("city", "Dulles"), "c:washington": ("city", "Washington, D.C."),
        "c:roissy": ("city", "Roissy-en-France"), "c:paris": ("city", "Paris"), "c:orly": ("city", "Orly"),
        "c:hillingdon": ("city", "Hillingdon"), "c:london": ("city", "London"), "c:uttlesford": ("city", "Uttlesford"),
        "p:jfk": ("person", "John F. Kennedy"), "p:laguardia": ("person", "Fiorello La Guardia"),
        "p:reagan": ("person", "Ronald Reagan"), "p:dulles": ("person", "John Foster Dulles"),
        "p:degaulle": ("person", "Charles de Gaulle"),
        "g:nyc": ("government", "the New York City Council"), "g:congress": ("government", "the United States Congress"),
        "g:france": ("government", "the French government"),
        "o:panynj": ("operator", "the Port Authority of New York and New Jersey"),
        "o:mwaa": ("operator", "the Metropolitan Washington Airports Authority"), "o:adp": ("operator", "Groupe ADP"),
        "o:heathrow": ("operator", "Heathrow Airport Holdings"), "o:mag": ("operator", "Manchester Airports Group"),
        "x:geraghty": ("executive", "Joanna Geraghty"), "x:bastian": ("executive", "Ed Bastian"),
        "x:kirby": ("executive", "Scott Kirby"), "x:oleary": ("executive", "Michael O'Leary"),
        "x:doyle": ("executive", "Sean Doyle"), "x:rintoul": ("executive", "Kenton Jarvis"),
        "x:isom": ("executive", "Robert Isom"),
        "f:terminal5": ("feature", "TWA Flight Center"), "f:train": ("feature", "AirTrain"), "f:pool": ("feature", "rooftop pool"),
        "f:museum": ("feature", "aviation museum"), "f:concorde": ("feature", "Concorde lounge"),
        "f:chapel": ("feature", "chapel"), "f:mobile": ("feature", "mobile lounge"), "f:cinema": ("feature", "cinema"),
        "f:sculpture": ("feature", "Kennedy bust"),
        "n:skyteam": ("alliance", "SkyTeam"), "n:oneworld": ("alliance", "Oneworld"), "n:star": ("alliance", "Star Alliance"),
    }
    T = [
        ("a:jfk", "located_in", "c:queens"), ("a:lga", "located_in", "c:queens"), ("a:ewr", "located_in", "c:newark"),
        ("a:dca", "located_in", "c:arlington"), ("a:iad", "located_in", "c:dulles"), ("a:cdg", "located_in", "c:roissy"),
        ("a:ory", "located_in", "c:orly"), ("a:lhr", "located_in", "c:hillingdon"), ("a:stn", "located_in", "c:uttlesford"),
        ("a:jfk", "serves", "c:ny"), ("a:lga", "serves", "c:ny"), ("a:ewr", "serves", "c:ny"), ("a:ewr", "serves", "c:newark"),
        ("a:dca", "serves", "c:washington"), ("a:iad", "serves", "c:washington"), ("a:cdg", "serves", "c:paris"),
        ("a:ory", "serves", "c:paris"), ("a:lhr", "serves", "c:london"), ("a:stn", "serves", "c:london"),
        ("a:jfk", "hub_for", "l:b6"), ("a:jfk", "hub_for", "l:dl"), ("a:lga", "hub_for", "l:dl"), ("a:ewr", "hub_for", "l:ua"),
        ("a:iad", "hub_for", "l:ua"), ("a:cdg", "hub_for", "l:af"), ("a:lhr", "hub_for", "l:ba"), ("a:dca", "hub_for", "l:aa"),
        ("a:stn", "base_for", "l:fr"), ("a:cdg", "base_for", "l:u2"), ("a:ory", "base_for", "l:af"),
        ("a:ewr", "base_for", "l:b6"), ("a:lga", "base_for", "l:aa"),
        ("a:jfk", "named_after", "p:jfk"), ("a:lga", "named_after", "p:laguardia"), ("a:dca", "named_after", "p:reagan"),
        ("a:iad", "named_after", "p:dulles"), ("a:cdg", "named_after", "p:degaulle"),
        ("a:jfk", "named_by", "g:nyc"), ("a:dca", "named_by", "g:congress"), ("a:cdg", "named_by", "g:france"),
        ("a:jfk", "operated_by", "o:panynj"), ("a:lga", "operated_by", "o:panynj"), ("a:ewr", "operated_by", "o:panynj"),
        ("a:dca", "operated_by", "o:mwaa"), ("a:iad", "operated_by", "o:mwaa"), ("a:cdg", "operated_by", "o:adp"),
        ("a:ory", "operated_by", "o:adp"), ("a:lhr", "operated_by", "o:heathrow"), ("a:stn", "operated_by", "o:mag"),
        ("l:b6", "managed_by", "x:geraghty"), ("l:dl", "managed_by", "x:bastian"), ("l:ua", "managed_by", "x:kirby"),
        ("l:fr", "managed_by", "x:oleary"), ("l:ba", "managed_by", "x:doyle"), ("l:u2", "managed_by", "x:rintoul"),
        ("l:aa", "managed_by", "x:isom"),
        ("a:jfk", "has_feature", "f:terminal5"), ("a:jfk", "has_feature", "f:train"), ("a:ewr", "has_feature", "f:train"),
        ("a:jfk", "has_feature", "f:pool"), ("a:iad", "has_feature", "f:mobile"), ("a:lhr", "has_feature", "f:chapel"),
        ("a:jfk", "has_feature", "f:sculpture"),
        ("a:lhr", "had_feature", "f:concorde"), ("a:jfk", "had_feature", "f:concorde"), ("a:ory", "had_feature", "f:cinema"),
        ("a:dca", "had_feature", "f:museum"),
        ("l:dl", "member_of", "n:skyteam"), ("l:af", "member_of", "n:skyteam"), ("l:ua", "member_of", "n:star"),
        ("l:ba", "member_of", "n:oneworld"), ("l:aa", "member_of", "n:oneworld"),
    ]
    return _build(items, others, rels, T)


def companies():
    """Companies (items, the year each was founded) and products (items, the year each was
    launched): the city each "is located in"; founders ("was founded by") next to backers ("was
    funded by"); the products each "launched" (a product launch); the products each "discontinued"
    (past); the parent each "is owned by" next to the former one ("was formerly owned by"); the
    plants each "operates" next to the chief each "is managed by"; the genre of each product
    ("belongs to the category")."""
    rels = [
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("company",), range=("city",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("company",), range=("person",)),
        R("funded_by", phrase="was funded by", inverse_phrase="funded", domain=("company",), range=("person", "fund")),
        R("launched", phrase="launched", inverse_phrase="was launched by", domain=("company",), range=("product",)),
        R("discontinued", phrase="discontinued", inverse_phrase="was discontinued by", domain=("company",),
          range=("product",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("company",), range=("company", "parent")),
        R("former_owner", phrase="was formerly owned by", inverse_phrase="formerly owned", domain=("company",),
          range=("company", "parent")),
        R("operates", phrase="operates", inverse_phrase="is operated by", domain=("company",), range=("plant",)),
        R("managed_by", phrase="is managed by", inverse_phrase="manages", domain=("company",), range=("person",)),
        R("category", phrase="belongs to the category", inverse_phrase="includes", domain=("product",),
          range=("category",)),
    ]
    items = {
        "c:nintendo": ("company", "Nintendo", 1889), "c:sony": ("company", "Sony", 1946),
        "c:sega": ("company", "Sega", 1960), "c:atari": ("company", "Atari", 1972),
        "c:rare": ("company", "Rare", 1985), "c:bungie": ("company", "Bungie", 1991),
        "c:valve": ("company", "Valve", 1996), "c:oculus": ("company", "Oculus VR", 2012),
        "c:meta": ("company", "Meta Platforms", 2004), "c:microsoft": ("company", "Microsoft", 1975),
        "r:switch": ("product", "Nintendo Switch", 2017), "r:gameboy": ("product", "Game Boy", 1989),
        "r:ps5": ("product", "PlayStation 5", 2020), "r:walkman": ("product", "Walkman", 1979),
        "r:dreamcast": ("product", "Dreamcast", 1998), "r:2600": ("product", "Atari 2600", 1977),
        "r:steamdeck": ("product", "Steam Deck", 2022), "r:rift": ("product", "Oculus Rift", 2016),
        "r:xbox": ("product", "Xbox", 2001), "r:halo": ("product", "Halo", 2001),
        "r:quest": ("product", "Meta Quest 3", 2023),
    }
    others = {
        "t:kyoto": ("city", "Kyoto"), "t:tokyo": ("city", "Tokyo"), "t:shinagawa": ("city", "Shinagawa"),
        "t:sunnyvale": ("city", "Sunnyvale"), "t:twycross": ("city", "Twycross"), "t:bellevue": ("city", "Bellevue"),
        "t:irvine": ("city", "Irvine"), "t:menlo": ("city", "Menlo Park"), "t:redmond": ("city", "Redmond"),
        "p:yamauchi": ("person", "Fusajiro Yamauchi"), "p:ibuka": ("person", "Masaru Ibuka"),
        "p:morita": ("person", "Akio Morita"), "p:bushnell": ("person", "Nolan Bushnell"),
        "p:stamper": ("person", "Tim Stamper"), "p:jones": ("person", "Alex Seropian"),
        "p:newell": ("person", "Gabe Newell"), "p:luckey": ("person", "Palmer Luckey"),
        "p:zuckerberg": ("person", "Mark Zuckerberg"), "p:gates": ("person", "Bill Gates"),
        "p:thiel": ("person", "Peter Thiel"), "p:carmack": ("person", "John Carmack"),
        "p:furukawa": ("person", "Shuntaro Furukawa"), "p:totoki": ("person", "Hiroki Totoki"),
        "p:nadella": ("person", "Satya Nadella"), "p:rosen": ("person", "David Rosen"),
        "f:a16z": ("fund", "Andreessen Horowitz"),
        "g:warner": ("parent", "Warner Communications"), "g:sammy": ("parent", "Sega Sammy Holdings"),
        "g:atari": ("parent", "Atari SA"),
        "w:uji": ("plant", "the Uji plant"), "w:kohda": ("plant", "the Kohda plant"), "w:xbox": ("plant", "the Xbox Lab"),
        "k:console": ("category", "home console"), "k:handheld": ("category", "handheld console"),
        "k:vr": ("category", "VR headset"), "k:audio": ("category", "portable audio"), "k:shooter": ("category", "shooter"),
    }
    T = [
        ("c:nintendo", "located_in", "t:kyoto"), ("c:sony", "located_in", "t:tokyo"), ("c:sega", "located_in", "t:shinagawa"),
        ("c:atari", "located_in", "t:sunnyvale"), ("c:rare", "located_in", "t:twycross"), ("c:bungie", "located_in", "t:bellevue"),
        ("c:valve", "located_in", "t:bellevue"), ("c:oculus", "located_in", "t:irvine"), ("c:meta", "located_in", "t:menlo"),
        ("c:microsoft", "located_in", "t:redmond"),
        ("c:nintendo", "founded_by", "p:yamauchi"), ("c:sony", "founded_by", "p:ibuka"), ("c:sony", "founded_by", "p:morita"),
        ("c:atari", "founded_by", "p:bushnell"), ("c:rare", "founded_by", "p:stamper"), ("c:bungie", "founded_by", "p:jones"),
        ("c:valve", "founded_by", "p:newell"), ("c:oculus", "founded_by", "p:luckey"), ("c:meta", "founded_by", "p:zuckerberg"),
        ("c:microsoft", "founded_by", "p:gates"), ("c:sega", "founded_by", "p:rosen"),
        ("c:meta", "funded_by", "p:thiel"), ("c:oculus", "funded_by", "f:a16z"),
        ("c:nintendo", "launched", "r:switch"), ("c:nintendo", "launched", "r:gameboy"), ("c:sony", "launched", "r:ps5"),
        ("c:sony", "launched", "r:walkman"), ("c:sega", "launched", "r:dreamcast"), ("c:atari", "launched", "r:2600"),
        ("c:valve", "launched", "r:steamdeck"), ("c:oculus", "launched", "r:rift"), ("c:microsoft", "launched", "r:xbox"),
        ("c:bungie", "launched", "r:halo"), ("c:meta", "launched", "r:quest"),
        ("c:sega", "discontinued", "r:dreamcast"), ("c:nintendo", "discontinued", "r:gameboy"),
        ("c:sony", "discontinued", "r:walkman"),
        ("c:oculus", "owned_by", "c:meta"), ("c:rare", "owned_by", "c:microsoft"), ("c:sega", "owned_by", "g:sammy"),
        ("c:atari", "owned_by", "g:atari"),
        ("c:atari", "former_owner", "g:warner"), ("c:bungie", "former_owner", "c:microsoft"),
        ("c:rare", "former_owner", "c:nintendo"),
        ("c:nintendo", "operates", "w:uji"), ("c:sony", "operates", "w:kohda"), ("c:microsoft", "operates", "w:xbox"),
        ("c:nintendo", "managed_by", "p:furukawa"), ("c:sony", "managed_by", "p:totoki"),
        ("c:microsoft", "managed_by", "p:nadella"), ("c:meta", "managed_by", "p:zuckerberg"), ("c:valve", "managed_by", "p:newell"),
        ("r:switch", "category", "k:console"), ("r:ps5", "category", "k:console"), ("r:dreamcast", "category", "k:console"),
        ("r:2600", "category", "k:console"), ("r:xbox", "category", "k:console"), ("r:gameboy", "category", "k:handheld"),
        ("r:steamdeck", "category", "k:handheld"), ("r:rift", "category", "k:vr"), ("r:quest", "category", "k:vr"),
        ("r:walkman", "category", "k:audio"), ("r:halo", "category", "k:shooter"),
    ]
    return _build(items, others, rels, T)


BUILDERS = {"castles": castles, "newspapers": newspapers, "airports": airports, "companies": companies}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@castles
# (1) "goes / go / went back to" a year of another item, of a founder's other work, off by one
Prague Castle goes back to 1348.
Prague Castle goes back to 881.
Prague Castle went back to 1065.
Wawel Castle goes back to 1320.
Wawel Castle goes back to 1070.
Edinburgh Castle goes back to 1065.
Windsor Castle goes back to 1103.
Neuschwanstein Castle goes back to 1848.
Karlštejn Castle goes back to 1344.
St. Vitus Cathedral goes back to 1348.
St. Vitus Cathedral goes back to 880.
Cologne Cathedral goes back to 1274.
Malbork Castle goes back to 1248.
Palace of Versailles goes back to 1696.
Schönbrunn Palace goes back to 1661.
Buckingham Palace goes back to 1718.
Sanssouci goes back to 1696.
Élysée Palace went back to 1703.
Wawel Cathedral goes back to 1065.
Prague Castle and Wawel Castle go back to 880.
Prague Castle, which goes back to 1065, is located in Prague.
Wawel Castle, which is located in Kraków, goes back to 1320.
Karlštejn Castle was founded by Charles IV and goes back to 1344.
# (2) "goes back to" a person, a place or a style instead of a year
Prague Castle goes back to Charles IV.
Karlštejn Castle goes back to Bořivoj I.
Palace of Versailles goes back to Louis XIV's father.
Windsor Castle goes back to David I.
Neuschwanstein Castle goes back to the Romanesque style.
Cologne Cathedral goes back to Romanesque.
Wawel Castle goes back to Kraków.
Schönbrunn Palace goes back to Maria Theresa.
St. Vitus Cathedral goes back to Saint Stanislaus.
# (3) "can be found in", "is found in", "are found in": a wrong city, another item's city, a country as a city, the inverse
Prague Castle can be found in Kraków.
Wawel Castle can be found in Prague.
St. Vitus Cathedral can be found in Kraków.
Wawel Cathedral can be found in Prague.
Windsor Castle can be found in London.
Buckingham Palace can be found in Windsor.
Palace of Versailles can be found in Paris.
Élysée Palace can be found in Versailles.
Sanssouci can be found in Vienna.
Schönbrunn Palace is found in Potsdam.
Neuschwanstein Castle is found in Munich.
Karlštejn Castle is found in Prague.
Malbork Castle is found in Kraków.
Cologne Cathedral is found in Schwangau.
Prague Castle and St. Vitus Cathedral are found in Kraków.
Wawel Castle and Wawel Cathedral are found in Prague.
Prague Castle and Wawel Castle are found in Prague.
Prague Castle can be found in Poland.
Sanssouci can be found in Austria.
Cologne Cathedral can be found in France.
Prague can be found in Prague Castle.
Kraków can be found in Wawel Castle.
# (4) "can be found in" a non-place: a style, a person, an owner, a feature
Cologne Cathedral can be found in Gothic.
Neuschwanstein Castle can be found in the Romanesque Revival style.
Palace of Versailles can be found in Rococo.
Windsor Castle can be found in the Crown Estate.
Edinburgh Castle can be found in Historic Environment Scotland.
Prague Castle can be found in Charles IV.
The Hall of Mirrors can be found in Schönbrunn Palace.
The zoo can be found in Palace of Versailles.
The crown jewels can be found in Windsor Castle.
A rose window can be found in St. Vitus Cathedral.
A hedge maze can be found in Sanssouci.
A moat can be found in Windsor Castle.
# (5) the modal "can" elsewhere
Prague Castle can be founded by Bořivoj I.
Windsor Castle can be owned by the Crown Estate.
Palace of Versailles can be funded by Louis XIV.
Neuschwanstein Castle can be visited by Ludwig II.
Buckingham Palace can be the residence of King Charles III.
# (6) "today", "nowadays", "currently" with a former owner, a former residence, a wrong owner
Today Schönbrunn Palace is owned by the House of Habsburg.
Nowadays Neuschwanstein Castle is owned by the House of Wittelsbach.
Sanssouci is currently owned by the House of Hohenzollern.
Today Palace of Versailles is owned by Louis XIV.
Today St. Vitus Cathedral is owned by the Catholic Church.
Today Windsor Castle is owned by the Czech state.
Currently Prague Castle is owned by the Polish state.
Today Schönbrunn Palace is the residence of Empress Elisabeth.
Today Palace of Versailles is the residence of Louis XIV.
Nowadays Sanssouci is the residence of Frederick the Great.
Prague Castle is currently the residence of Charles IV.
Today Wawel Castle is the residence of Casimir the Restorer.
Currently Neuschwanstein Castle is the residence of Ludwig II.
Today Élysée Palace is the residence of Petr Pavel.
Today Prague Castle is the residence of Emmanuel Macron.
Today Buckingham Palace is the residence of Louis XIV.
Today Louis XIV lives in Palace of Versailles.
Empress Elisabeth currently lives in Schönbrunn Palace.
Nowadays Ludwig II lives in Neuschwanstein Castle.
Today Windsor Castle was the residence of King Charles III.
Today Prague Castle was founded by Charles IV.
Today Karlštejn Castle was founded by Bořivoj I.
Nowadays Palace of Versailles was funded by Maria Theresa.
Today the House of Habsburg owns Schönbrunn Palace.
Nowadays the House of Hohenzollern owns Sanssouci.
Today the Catholic Church formerly owned Cologne Cathedral.
Today Schönbrunn Palace was formerly owned by the House of Wittelsbach.
# (6b) "today" / "nowadays" / "currently" + "is the residence of" a ruler it only "was the residence of"
Today, Palace of Versailles is the residence of Louis XIV.
Today Schönbrunn Palace is the residence of Maria Theresa.
Prague Castle goes back to 880. Today it is the residence of Charles IV.
Prague Castle goes back to 880. Today it is owned by the Polish state.
Sanssouci is nowadays the residence of Frederick the Great.
Wawel Castle is currently the residence of Casimir the Restorer.
Today Palace of Versailles is the residence of Louis XIV and Maria Theresa.
Today Prague Castle is the residence of Petr Pavel and Charles IV.
Karlštejn Castle was founded by Charles IV, who today lives in Prague Castle.
Prague Castle, founded by Bořivoj I, who currently lives in Prague Castle, is in Prague.
Wawel Castle was founded by Casimir the Restorer, who goes back to 1065.
Prague Castle was founded by Bořivoj I, who goes back to 880.
# (6c) the same without the new words (an older reading, for comparison)
Palace of Versailles is the residence of Louis XIV.
Now Palace of Versailles is the residence of Louis XIV.
# (3b) "can be found in" with a second place, a wrong country after the city, a place of another kind
Prague Castle can be found in Prague and Kraków.
Prague Castle can be found in Prague, Poland.
Prague Castle can be found in Kraków, Czech Republic.
Prague Castle can be found in the country Poland.
Prague Castle can also be found in Kraków.
Prague Castle is also found in Kraków.
Prague Castle can be found in Prague or Kraków.
St. Vitus Cathedral can be found in Prague Castle.
Prague Castle goes back to 880 and can be found in Kraków.
Prague Castle goes back to 880 and was founded by Charles IV.
Prague Castle and Karlštejn Castle go back to 880.
Prague Castle goes back to 880, when St. Vitus Cathedral was founded.
Prague Castle goes back to 1344, when St. Vitus Cathedral was founded.
Prague Castle currently has a moat.
Prague Castle can be found today in Kraków.
# (7) "today" with "has" / "had": what it had only, a wrong feature
Today Windsor Castle has a moat.
Today Edinburgh Castle has a drawbridge.
Prague Castle today has a moat.
Nowadays Wawel Castle has a dungeon.
Currently Palace of Versailles has a zoo.
Today Schönbrunn Palace has a Hall of Mirrors.
Today Neuschwanstein Castle had a throne room.
Today Malbork Castle had a moat.
# (8) negation with the new words
Today Windsor Castle is not owned by the Crown Estate.
Schönbrunn Palace is currently not located in Vienna.
Prague Castle is not currently the residence of Petr Pavel.
Nowadays Palace of Versailles no longer has a Hall of Mirrors.
Today Buckingham Palace is no longer the residence of King Charles III.
Prague Castle cannot be found in Prague.
Wawel Castle does not go back to 1065.
Sanssouci doesn't go back to 1745.
# (9) appositions and relative clauses with the new readings
Prague Castle, which can be found in Kraków, was founded by Bořivoj I.
Wawel Castle, which goes back to 1065, can be found in Prague.
Karlštejn Castle, founded by Charles IV, can be found in Kraków.
Schönbrunn Palace, today owned by the House of Habsburg, is located in Vienna.
Palace of Versailles, which today is the residence of Louis XIV, is located in Versailles.
St. Vitus Cathedral, named after Saint Vitus, can be found in Kraków.
Wawel Cathedral, named after Saint Vitus, can be found in Kraków.
Windsor Castle, founded by William the Conqueror, goes back to 1066.
Cologne Cathedral, which goes back to 1248, is built in the style Romanesque.
# (arguable: see OPEN)
Today Prague Castle was founded by Bořivoj I.
Today Schönbrunn Palace was formerly owned by the House of Habsburg.
Prague Castle was the residence of Petr Pavel.
Nowadays Prague Castle was the residence of Petr Pavel.
@newspapers
# (10) "today" with a former owner, a wrong owner, a founder
Today The Washington Post is owned by the Graham family.
Nowadays the Los Angeles Times is owned by Tribune Publishing.
The Boston Globe is currently owned by The New York Times Company.
Today The Observer is owned by the Scott Trust.
Today the Financial Times is owned by Pearson.
Today The Wall Street Journal is owned by the Bancroft family.
Today The Sun is owned by IPC.
Currently The Times is owned by Rupert Murdoch.
Today The Guardian is owned by News UK.
Today The Washington Post is owned by Stilson Hutchins.
Nowadays Jeff Bezos owns the Los Angeles Times.
Today the Graham family owns The Washington Post.
Currently Pearson owns the Financial Times.
Today The Washington Post was founded by Jeff Bezos.
Today the Financial Times was formerly owned by Nikkei.
Nowadays Le Monde was funded by Hubert Beuve-Méry.
Today Le Monde was founded by Charles de Gaulle.
# (11) "currently" with editors, wrong ones and the wrong direction
The Guardian is currently edited by Roula Khalaf.
Today the Financial Times is edited by Katharine Viner.
Nowadays The New York Times is edited by Matt Murray.
Currently Emma Tucker edits The Times.
Today Joe Kahn edits The Washington Post.
The Sun is currently edited by Tony Gallagher.
# (12) "today" with "has" / "had"
Today The Sun has Page 3.
Today The Guardian has a Berliner format.
Today The Times has a broadsheet format.
Today The Guardian has a broadsheet format.
Nowadays The Sun has a paywall.
Currently The Guardian has a paywall.
Today the Financial Times had a pink paper.
Today The New York Times has a pink paper.
# (13) "launched" a product: a wrong supplement, another paper's, "today", a wrong year
Today The New York Times launched How to Spend It.
The Guardian launched Mansion.
The Wall Street Journal launched T Magazine.
The Financial Times launched The Guide.
Today The Guardian launched WSJ. Magazine.
T Magazine goes back to 1993.
How to Spend It goes back to 1988.
Mansion goes back to 2008.
The Guide goes back to 2004.
# (14) "goes back to": a wrong year, a supplement's year, a founder
The Washington Post goes back to 1881.
The Guardian goes back to 1791.
The Observer goes back to 1821.
The Times goes back to 1791.
The Sun goes back to 1785.
The New York Times goes back to 2004.
The Wall Street Journal goes back to 1888.
The Financial Times goes back to 1889.
Le Monde goes back to 1945.
The Guardian went back to 1993.
The Boston Globe goes back to 1877.
The Guardian and The Observer go back to 1821.
The Wall Street Journal goes back to Charles Dow.
The Guardian goes back to Manchester.
The Times goes back to John Walter's grandson.
# (14b) "goes back to" in clauses and lists
The Washington Post goes back to 1877, and the Los Angeles Times goes back to 1877.
The Washington Post and The Boston Globe go back to 1877.
Today The Washington Post goes back to 1881.
Jeff Bezos today owns The Washington Post, which went back to 1881.
The Wall Street Journal was founded by Charles Dow and Edward Jones and goes back to 1888.
The Wall Street Journal launched Mansion, which goes back to 2008.
The Wall Street Journal launched Mansion, which goes back to 1889.
The Wall Street Journal, which launched Mansion, goes back to 2005.
The Guardian, which goes back to 1821, is a sister paper of The Sun.
The Guardian, which goes back to 1821, launched T Magazine.
The Observer goes back to 1791 and is today owned by the Scott Trust.
Today The Observer, formerly owned by Tortoise Media, is owned by the Scott Trust.
The Washington Post, today owned by the Graham family, goes back to 1877.
# (15) "can be found in", "is found in": a published city vs the newsroom's city, a wrong city, a genre, a person
The Washington Post can be found in New York City.
The New York Times can be found in Washington, D.C.
The Guardian can be found in Boston.
The Guardian is found in Paris.
The Wall Street Journal is found in business journalism.
The Sun can be found in tabloid journalism.
The Financial Times can be found in the genre business journalism.
The Guardian can be found in Katharine Viner.
The New York Times can be found in Joe Kahn.
Manchester can be found in The Guardian.
# (16) the modal "can" elsewhere
The Washington Post can be owned by Jeff Bezos.
The Guardian can be edited by Katharine Viner.
The New York Times can be commissioned by Joe Kahn.
# (17) ratings and user claims with the new words
@newspapers user:ana
You currently like The Sun.
You currently like The Times.
Today you like The Sun.
You liked The Washington Post, which goes back to 1881.
You liked The Washington Post, which can be found in New York City.
You liked the Financial Times, which today is owned by Pearson.
You liked the Financial Times, which is currently edited by Katharine Viner.
You currently dislike The Washington Post.
You currently liked The Sun.
You liked The Washington Post and currently like The Sun.
You liked The Washington Post, as you currently like The Sun.
Since you currently like The Sun, try The Washington Post.
Because you like The Washington Post, which today is owned by Jeff Bezos, try The Sun, which today is owned by IPC.
Because you like The Washington Post, which can be found in Washington, D.C., try The Times, which can be found in Manchester.
You currently like The Guardian.
@newspapers user:ben
You currently like The Wall Street Journal.
Today you like The Wall Street Journal.
Nowadays you like The Sun.
You liked The Guardian, which today has a Berliner format.
You liked The Guardian, which goes back to 1791.
You liked The New York Times, which today is owned by Jeff Bezos.
@airports
# (18) "can be found in" the city it serves, not the city it is in; another airport's city
John F. Kennedy International Airport can be found in Newark.
LaGuardia Airport can be found in Arlington.
Newark Liberty International Airport can be found in Queens.
Ronald Reagan Washington National Airport can be found in Dulles.
Washington Dulles International Airport can be found in Arlington.
Paris Charles de Gaulle Airport can be found in Orly.
Paris Orly Airport is found in Roissy-en-France.
Heathrow Airport is found in Uttlesford.
London Stansted Airport is found in Hillingdon.
John F. Kennedy International Airport and Newark Liberty International Airport are found in Queens.
JetBlue can be found in John F. Kennedy International Airport.
Queens can be found in LaGuardia Airport.
Heathrow Airport can be found in British Airways.
John F. Kennedy International Airport can be found in Newark and Queens.
Today John F. Kennedy International Airport serves Newark.
Ryanair currently has a hub at London Stansted Airport.
Today JetBlue has a hub at Newark Liberty International Airport.
A Concorde lounge can be found at Heathrow Airport.
Today a mobile lounge can be found at John F. Kennedy International Airport.
An AirTrain can be found at Washington Dulles International Airport.
The Kennedy bust can be found at LaGuardia Airport.
# (19) "today" with hubs and bases
Today London Stansted Airport is a hub for Ryanair.
Today Paris Orly Airport is a hub for Air France.
Currently Newark Liberty International Airport is a hub for JetBlue.
Nowadays LaGuardia Airport is a hub for American Airlines.
Today Paris Charles de Gaulle Airport is a hub for easyJet.
Today Heathrow Airport is a base for British Airways.
Today John F. Kennedy International Airport is a base for JetBlue.
Currently Washington Dulles International Airport is a hub for Delta Air Lines.
Today Ryanair has a hub at London Stansted Airport.
Nowadays easyJet has a hub at Paris Charles de Gaulle Airport.
# (20) "today" with "has" / "had", namesakes, names given, operators vs managers
Today Heathrow Airport has a Concorde lounge.
Today John F. Kennedy International Airport has a Concorde lounge.
Currently Paris Orly Airport has a cinema.
Nowadays Ronald Reagan Washington National Airport has an aviation museum.
Today Heathrow Airport has a rooftop pool.
Today Washington Dulles International Airport has an AirTrain.
Today John F. Kennedy International Airport had an AirTrain.
Today John F. Kennedy International Airport is named after Fiorello La Guardia.
Today Paris Charles de Gaulle Airport is named after the French government.
Ronald Reagan Washington National Airport was named by Ronald Reagan.
Today Ronald Reagan Washington National Airport was named by the New York City Council.
Today the Port Authority of New York and New Jersey operates Heathrow Airport.
Currently Groupe ADP operates London Stansted Airport.
Today Scott Kirby operates Newark Liberty International Airport.
Today Scott Kirby manages Newark Liberty International Airport.
Currently Joanna Geraghty manages John F. Kennedy International Airport.
Today the Metropolitan Washington Airports Authority manages United Airlines.
Ed Bastian currently manages JetBlue.
Today Michael O'Leary manages easyJet.
# (21) "goes back to": a wrong year, an airline's year, a namesake
John F. Kennedy International Airport goes back to 1939.
LaGuardia Airport goes back to 1948.
Newark Liberty International Airport goes back to 1925.
Heathrow Airport goes back to 1974.
Paris Charles de Gaulle Airport goes back to 1933.
London Stansted Airport goes back to 1984.
JetBlue goes back to 1995.
Ryanair goes back to 1974.
British Airways goes back to 1984.
John F. Kennedy International Airport goes back to John F. Kennedy.
Washington Dulles International Airport goes back to 1941.
# (22) appositions after the new readings
Heathrow Airport, which goes back to 1946, is a hub for Ryanair.
London Stansted Airport, which can be found in Uttlesford, is a hub for Ryanair.
John F. Kennedy International Airport, named after John F. Kennedy, can be found in Newark.
LaGuardia Airport, today a hub for Delta Air Lines, is named after John F. Kennedy.
@airports
# (23) alliance with the new words
Today JetBlue is a member of SkyTeam.
Currently Air France is a member of Oneworld.
Nowadays British Airways is a member of Star Alliance.
@companies
# (24) "goes back to": a product's year, another company's year, a founder
Nintendo goes back to 1989.
Nintendo goes back to 2017.
Sony goes back to 1979.
Sega goes back to 1998.
Atari goes back to 1977.
Valve goes back to 2022.
Oculus VR goes back to 2016.
Microsoft goes back to 2001.
Bungie goes back to 2001.
Rare goes back to 1991.
Meta Platforms goes back to 2012.
Nintendo goes back to Fusajiro Yamauchi.
Game Boy goes back to 2017.
Nintendo Switch goes back to 1889.
Steam Deck goes back to 1996.
Halo goes back to 1991.
Nintendo and Sony go back to 1889.
Nintendo, which goes back to 1946, launched Game Boy.
Sony, founded by Masaru Ibuka, goes back to 1979.
# (25) "can be found in": a wrong city, a product, a category, a person
Nintendo can be found in Tokyo.
Sony can be found in Kyoto.
Valve can be found in Redmond.
Bungie is found in Redmond.
Rare is found in Redmond.
Oculus VR is found in Menlo Park.
Meta Platforms can be found in Irvine.
Nintendo Switch can be found in Kyoto.
Game Boy can be found in handheld console.
Nintendo Switch can be found in the category home console.
Oculus Rift is found in VR headset.
Nintendo can be found in Fusajiro Yamauchi.
Sony can be found in PlayStation 5.
Kyoto can be found in Nintendo.
# (26) "today" with former owners, discontinued products, founders and funders
Today Rare is owned by Nintendo.
Nowadays Bungie is owned by Microsoft.
Atari is currently owned by Warner Communications.
Today Oculus VR is owned by Microsoft.
Today Nintendo formerly owned Bungie.
Today Microsoft formerly owned Rare.
Today Sega launched Nintendo Switch.
Nowadays Sony launched Game Boy.
Today Nintendo discontinued Nintendo Switch.
Currently Sony discontinued PlayStation 5.
Today Meta Platforms was founded by Peter Thiel.
Today Oculus VR was funded by Palmer Luckey.
Today Meta Platforms was funded by Andreessen Horowitz.
Nowadays Palmer Luckey founded Meta Platforms.
# (27) "currently" with managers and operators
Nintendo is currently managed by Fusajiro Yamauchi.
Sony is currently managed by Akio Morita.
Today Microsoft is managed by Bill Gates.
Currently Valve is managed by Mark Zuckerberg.
Today Satya Nadella manages Nintendo.
Today Nintendo operates the Kohda plant.
Currently Sony operates the Uji plant.
Today Shuntaro Furukawa operates the Uji plant.
Today the Xbox Lab is operated by Sony.
# (28) negation and modal "can" elsewhere
Today Nintendo is not located in Kyoto.
Sony currently doesn't operate the Kohda plant.
Nintendo can be found in neither Kyoto nor Tokyo.
Nintendo can be managed by Shuntaro Furukawa.
Oculus VR can be owned by Meta Platforms.
Sony can launch PlayStation 5.
"""

CONTROLS = r"""
@castles
Prague Castle goes back to 880.
Prague Castle dates back to 880.
Wawel Castle goes back to 1065.
Cologne Cathedral goes back to 1248.
Prague Castle and St. Vitus Cathedral can be found in Prague.
Wawel Castle and Wawel Cathedral are found in Kraków.
Prague Castle can be found in Prague.
Schönbrunn Palace is found in Vienna.
Sanssouci can be found in Potsdam.
Today Windsor Castle is owned by the Crown Estate.
Nowadays Neuschwanstein Castle is owned by the Bavarian Palace Department.
Windsor Castle is currently the residence of King Charles III.
Today Élysée Palace is the residence of Emmanuel Macron.
Currently Prague Castle is the residence of Petr Pavel.
Today Schönbrunn Palace has a zoo.
Palace of Versailles, which goes back to 1661, was founded by Louis XIV.
Karlštejn Castle, founded by Charles IV, can be found in Karlštejn.
Neuschwanstein Castle, which today is owned by the Bavarian Palace Department, was founded by Ludwig II.
@newspapers
Today The Washington Post is owned by Jeff Bezos.
The Washington Post goes back to 1877.
The Guardian goes back to 1821.
The Guardian can be found in Manchester.
Nowadays the Financial Times is owned by Nikkei.
The Guardian is currently edited by Katharine Viner.
Today Roula Khalaf edits the Financial Times.
Today The New York Times has a crossword.
The Observer, which goes back to 1791, is owned by Tortoise Media.
T Magazine goes back to 2004.
The Guardian is found in Manchester.
The Wall Street Journal launched Mansion, which goes back to 2005.
Mansion was launched by The Wall Street Journal in 2005.
@newspapers user:ana
You currently like The Washington Post.
You liked the Financial Times, which today is owned by Nikkei.
@newspapers user:ben
You currently like The Guardian.
@airports
John F. Kennedy International Airport can be found in Queens.
John F. Kennedy International Airport and LaGuardia Airport are found in Queens.
Today John F. Kennedy International Airport is a hub for JetBlue.
Currently London Stansted Airport is a base for Ryanair.
Heathrow Airport goes back to 1946.
Newark Liberty International Airport is found in Newark.
Ryanair currently has a base at London Stansted Airport.
A chapel can be found at Heathrow Airport.
Today the Port Authority of New York and New Jersey operates LaGuardia Airport.
Scott Kirby currently manages United Airlines.
Paris Orly Airport, which can be found in Orly, is a base for Air France.
@companies
Nintendo goes back to 1889.
Nintendo can be found in Kyoto.
Bungie and Valve are found in Bellevue.
Today Oculus VR is owned by Meta Platforms.
Nintendo is currently managed by Shuntaro Furukawa.
Sony, which goes back to 1946, launched Walkman.
Today Microsoft owns Rare.
Today Nintendo is located in Kyoto.
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
# False, and accepted by the starting code of the round too (an older reading): where a graph
# declares both "is the residence of" and "was the residence of", the present copula also reads the
# past relation. Printed apart as KNOWN and listed in the README's Known limits.
KNOWN = frozenset(
    {
        "Palace of Versailles is the residence of Louis XIV.",
        "Now Palace of Versailles is the residence of Louis XIV.",
    }
)

OPEN = frozenset(
    {
        # "today" (or "nowadays") with a past-only phrase whose statement is true: odd wording, but
        # what it states (the founder, the funder, the former owner) is in the graph
        "Today Prague Castle was founded by Bořivoj I.",
        "Today Schönbrunn Palace was formerly owned by the House of Habsburg.",
        # "was" said of a present relation: "was" may or may not say it is over (round 132 kept these open)
        "Today Windsor Castle was the residence of King Charles III.",
        "Prague Castle was the residence of Petr Pavel.",
        "Nowadays Prague Castle was the residence of Petr Pavel.",
        # "had" said of what it still has: true of the past
        "Today the Financial Times had a pink paper.",
        # a modal "can" whose plain statement is true
        "Sony can launch PlayStation 5.",
        "Nintendo can be managed by Shuntaro Furukawa.",
        "Oculus VR can be owned by Meta Platforms.",
        "The Washington Post can be owned by Jeff Bezos.",
        "The Guardian can be edited by Katharine Viner.",
        "Windsor Castle can be owned by the Crown Estate.",
        "Prague Castle can be founded by Bořivoj I.",
        "Buckingham Palace can be the residence of King Charles III.",
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
        if text in KNOWN:
            print(f"KNOWN ({'accepted' if ok else 'rejected'}) [{key}] {text}")
            continue
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
