# ruff: noqa: E741
# A red team's script, kept as a regression test (tests/test_held_sets.py runs it with CODE=<repo>).
import sys
import os
if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

def build(items, others, rels, triples, name="g"):
    """items: {id: (type, label, attrs)}; others: {id: (type,label)}; rels: list of Relation."""
    ents = [kgx.Entity("user:ana", kind="user", label="Ana")]
    ents += [kgx.Entity(i, kind="item", type=t, label=l, attrs=a) for i, (t, l, a) in items.items()]
    ents += [kgx.Entity(i, type=t, label=l) for i, (t, l) in others.items()]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels, name=name)

R = kgx.Relation

def g_places():
    items = {"c:fr": ("country", "France", {}), "c:de": ("country", "Germany", {}), "c:it": ("country", "Italy", {})}
    others = {"city:paris": ("city", "Paris"), "city:lyon": ("city", "Lyon"), "city:berlin": ("city", "Berlin"),
              "city:munich": ("city", "Munich"), "city:rome": ("city", "Rome"), "city:milan": ("city", "Milan"),
              "reg:brit": ("region", "Brittany"), "reg:bav": ("region", "Bavaria"), "reg:tus": ("region", "Tuscany"),
              "cont:eu": ("continent", "Europe"), "org:nato": ("organisation", "NATO"), "org:eu": ("organisation", "European Union"),
              "org:g7": ("organisation", "G7"), "p:macron": ("person", "Emmanuel Macron"), "p:scholz": ("person", "Olaf Scholz"),
              "p:meloni": ("person", "Giorgia Meloni")}
    rels = [R("capital", phrase="has capital", inverse_phrase="is capital of", domain=("country",), range=("city",)),
            R("city", phrase="has city", inverse_phrase="is a city in", domain=("country",), range=("city",)),
            R("part", phrase="has part", inverse_phrase="is part of", domain=("country",), range=("region",)),
            R("member", phrase="is member of", inverse_phrase="has member", domain=("country",), range=("organisation",)),
            R("continent", phrase="is part of", inverse_phrase="contains", domain=("country",), range=("continent",)),
            R("leader", phrase="has the leader", inverse_phrase="is the leader of", domain=("country",), range=("person",)),
            R("neighbour", phrase="has neighbour", inverse_phrase="is neighbour of", domain=("country",), range=("country",)),
            R("visited", phrase="visited", inverse_phrase="was visited by", domain=("user",), range=("country",))]
    t = [("c:fr", "capital", "city:paris"), ("c:de", "capital", "city:berlin"), ("c:it", "capital", "city:rome"),
         ("c:fr", "city", "city:paris"), ("c:fr", "city", "city:lyon"), ("c:de", "city", "city:berlin"), ("c:de", "city", "city:munich"),
         ("c:it", "city", "city:rome"), ("c:it", "city", "city:milan"),
         ("c:fr", "part", "reg:brit"), ("c:de", "part", "reg:bav"), ("c:it", "part", "reg:tus"),
         ("c:fr", "member", "org:nato"), ("c:fr", "member", "org:eu"), ("c:de", "member", "org:eu"), ("c:it", "member", "org:g7"),
         ("c:fr", "continent", "cont:eu"), ("c:de", "continent", "cont:eu"), ("c:it", "continent", "cont:eu"),
         ("c:fr", "leader", "p:macron"), ("c:de", "leader", "p:scholz"), ("c:it", "leader", "p:meloni"),
         ("c:fr", "neighbour", "c:de"), ("c:fr", "neighbour", "c:it"),
         ("user:ana", "visited", "c:fr")]
    return build(items, others, rels, t, "places")

def g_films():
    items = {"f:alien": ("film", "Alien", {"year": 1979}), "f:aliens": ("film", "Aliens", {"year": 1986}),
             "f:alien3": ("film", "Alien 3", {"year": 1992}), "f:jaws": ("film", "Jaws", {"year": 1975}),
             "f:jaws2": ("film", "Jaws 2", {"year": 1978})}
    others = {"p:scott": ("person", "Ridley Scott"), "p:cameron": ("person", "James Cameron"), "p:fincher": ("person", "David Fincher"),
              "p:spielberg": ("person", "Steven Spielberg"), "p:szwarc": ("person", "Jeannot Szwarc"),
              "p:weaver": ("person", "Sigourney Weaver"), "p:scheider": ("person", "Roy Scheider"),
              "p:goldsmith": ("person", "Jerry Goldsmith"), "p:horner": ("person", "James Horner"), "p:williams": ("person", "John Williams"),
              "s:fox": ("studio", "20th Century Fox"), "s:univ": ("studio", "Universal"),
              "a:oscar": ("award", "Academy Award"), "a:saturn": ("award", "Saturn Award")}
    rels = [R("director", phrase="was directed by", inverse_phrase="directed", domain=("film",), range=("person",)),
            R("sequel", phrase="has sequel", inverse_phrase="is sequel of", domain=("film",), range=("film",)),
            R("predecessor", phrase="has the predecessor", inverse_phrase="is the predecessor of", domain=("film",), range=("film",)),
            R("star", phrase="has star", inverse_phrase="is star of", domain=("film",), range=("person",)),
            R("score", phrase="has score by", inverse_phrase="scored", domain=("film",), range=("person",)),
            R("owner", phrase="has owner", inverse_phrase="owns", domain=("film",), range=("studio",)),
            R("award", phrase="has won", inverse_phrase="was won by", domain=("film",), range=("award",)),
            R("cast", phrase="has cast", inverse_phrase="is in the cast of", domain=("film",), range=("person",)),
            R("watched", phrase="watched", inverse_phrase="was watched by", domain=("user",), range=("film",))]
    t = [("f:alien", "director", "p:scott"), ("f:aliens", "director", "p:cameron"), ("f:alien3", "director", "p:fincher"),
         ("f:jaws", "director", "p:spielberg"), ("f:jaws2", "director", "p:szwarc"),
         ("f:alien", "sequel", "f:aliens"), ("f:aliens", "sequel", "f:alien3"), ("f:jaws", "sequel", "f:jaws2"),
         ("f:aliens", "predecessor", "f:alien"), ("f:alien3", "predecessor", "f:aliens"), ("f:jaws2", "predecessor", "f:jaws"),
         ("f:alien", "star", "p:weaver"), ("f:aliens", "star", "p:weaver"), ("f:jaws", "star", "p:scheider"),
         ("f:alien", "score", "p:goldsmith"), ("f:aliens", "score", "p:horner"), ("f:jaws", "score", "p:williams"),
         ("f:alien", "owner", "s:fox"), ("f:aliens", "owner", "s:fox"), ("f:jaws", "owner", "s:univ"), ("f:jaws2", "owner", "s:univ"),
         ("f:jaws", "award", "a:oscar"), ("f:aliens", "award", "a:oscar"), ("f:alien", "award", "a:saturn"),
         ("f:jaws2", "cast", "p:scheider"), ("f:alien3", "cast", "p:weaver"),
         ("user:ana", "watched", "f:alien"), ("user:ana", "watched", "f:jaws", {"rating": 5.0})]
    return build(items, others, rels, t, "films")

def checker(kg):
    return ConsistencyChecker(kg, outside_evidence=True).build()

def g_syndication():
    items = {"s:office": ("series", "The Office", {"year": 2005}), "s:friends": ("series", "Friends", {"year": 1994}),
             "s:wire": ("series", "The Wire", {"year": 2002}), "s:fleabag": ("series", "Fleabag", {"year": 2016})}
    others = {"n:nbc": ("network", "NBC"), "n:cc": ("network", "Comedy Central"), "n:netflix": ("network", "Netflix"),
              "n:tbs": ("network", "TBS"), "n:hbo": ("network", "HBO"), "n:bbc3": ("network", "BBC Three"), "n:bbc1": ("network", "BBC One"),
              "p:daniels": ("person", "Greg Daniels"), "p:kauffman": ("person", "Marta Kauffman"), "p:simon": ("person", "David Simon"),
              "p:pwb": ("person", "Phoebe Waller-Bridge"), "p:carell": ("person", "Steve Carell"), "p:aniston": ("person", "Jennifer Aniston"),
              "p:west": ("person", "Dominic West"), "p:former": ("person", "Ed Burns")}
    rels = [R("premiere", phrase="premiered on", inverse_phrase="premiered", domain=("series",), range=("network",)),
            R("aired", phrase="aired on", inverse_phrase="aired", domain=("series",), range=("network",)),
            R("showrunner", phrase="has showrunner", inverse_phrase="is showrunner of", domain=("series",), range=("person",)),
            R("former", phrase="has former showrunner", inverse_phrase="is former showrunner of", domain=("series",), range=("person",)),
            R("lead", phrase="has lead", inverse_phrase="is lead of", domain=("series",), range=("person",)),
            R("kind", phrase="has type", inverse_phrase="is the type of", domain=("series",), range=("format",)),
            R("watched", phrase="watched", inverse_phrase="was watched by", domain=("user",), range=("series",))]
    others.update({"fmt:sitcom": ("format", "sitcom"), "fmt:drama": ("format", "drama"), "fmt:mini": ("format", "miniseries")})
    t = [("s:office", "premiere", "n:nbc"), ("s:office", "aired", "n:nbc"), ("s:office", "aired", "n:cc"), ("s:office", "aired", "n:netflix"),
         ("s:friends", "premiere", "n:nbc"), ("s:friends", "aired", "n:nbc"), ("s:friends", "aired", "n:tbs"),
         ("s:wire", "premiere", "n:hbo"), ("s:wire", "aired", "n:hbo"), ("s:wire", "aired", "n:netflix"),
         ("s:fleabag", "premiere", "n:bbc3"), ("s:fleabag", "aired", "n:bbc3"), ("s:fleabag", "aired", "n:bbc1"),
         ("s:office", "showrunner", "p:daniels"), ("s:friends", "showrunner", "p:kauffman"),
         ("s:wire", "showrunner", "p:simon"), ("s:wire", "former", "p:former"), ("s:fleabag", "showrunner", "p:pwb"),
         ("s:office", "lead", "p:carell"), ("s:friends", "lead", "p:aniston"), ("s:wire", "lead", "p:west"), ("s:fleabag", "lead", "p:pwb"),
         ("s:office", "kind", "fmt:sitcom"), ("s:friends", "kind", "fmt:sitcom"), ("s:wire", "kind", "fmt:drama"), ("s:fleabag", "kind", "fmt:sitcom"),
         ("user:ana", "watched", "s:office")]
    return build(items, others, rels, t, "syndication")

def g_roles():
    items = {"s:jeo": ("show", "Jeopardy", {"year": 1984}), "s:idol": ("show", "American Idol", {"year": 2002}),
             "s:planet": ("show", "Planet Earth", {"year": 2006}), "t:lakers": ("show", "Lakers Weekly", {"year": 2010})}
    others = {"p:trebek": ("person", "Alex Trebek"), "p:cowell": ("person", "Simon Cowell"), "p:attenborough": ("person", "David Attenborough"),
              "p:seacrest": ("person", "Ryan Seacrest"), "p:jackson": ("person", "Phil Jackson"), "p:bryant": ("person", "Kobe Bryant"),
              "p:zimmer": ("person", "Hans Zimmer"), "p:guest": ("person", "Ken Jennings")}
    rels = [R("host", phrase="has host", inverse_phrase="is host of", domain=("show",), range=("person",)),
            R("judge", phrase="has judge", inverse_phrase="is judge of", domain=("show",), range=("person",)),
            R("narrator", phrase="has narrator", inverse_phrase="is narrator of", domain=("show",), range=("person",)),
            R("coach", phrase="has coach", inverse_phrase="is coach of", domain=("show",), range=("person",)),
            R("captain", phrase="has captain", inverse_phrase="is captain of", domain=("show",), range=("person",)),
            R("score", phrase="has score", inverse_phrase="is score of", domain=("show",), range=("person",)),
            R("guest", phrase="has guest", inverse_phrase="is guest of", domain=("show",), range=("person",)),
            R("voice", phrase="has voice", inverse_phrase="is voice of", domain=("show",), range=("person",)),
            R("head", phrase="has head", inverse_phrase="is head of", domain=("show",), range=("person",)),
            R("watched", phrase="watched", inverse_phrase="was watched by", domain=("user",), range=("show",))]
    t = [("s:jeo", "host", "p:trebek"), ("s:idol", "host", "p:seacrest"), ("s:idol", "judge", "p:cowell"),
         ("s:planet", "narrator", "p:attenborough"), ("t:lakers", "coach", "p:jackson"), ("t:lakers", "captain", "p:bryant"),
         ("s:planet", "score", "p:zimmer"), ("s:jeo", "guest", "p:guest"), ("s:planet", "voice", "p:attenborough"),
         ("t:lakers", "head", "p:jackson"), ("user:ana", "watched", "s:jeo")]
    return build(items, others, rels, t, "roles")

_SHOWS = {  # id: (title, year, creators, showrunner, stars, network, country, genre)
    "fleabag": ("Fleabag", 2016, ["pwb"], None, ["pwb"], "bbc3", "uk", "comedy"),
    "sherlock": ("Sherlock", 2010, ["moffat", "gatiss"], "moffat", ["cumberbatch", "freeman"], "bbc1", "uk",
                 "crime drama"),
    "wire": ("The Wire", 2002, ["simon"], "simon", ["west"], "hbo", "us", "crime drama"),
    "heist": ("Money Heist", 2017, ["pina"], "pina", ["ituno"], "netflix", "es", "thriller"),
    "eve": ("Killing Eve", 2018, ["pwb"], "pwb", ["oh", "comer"], "bbca", "uk", "thriller"),
    "crown": ("The Crown", 2016, ["morgan"], None, ["foy"], "netflix", "uk", "drama"),
    "succession": ("Succession", 2018, ["armstrong"], "armstrong", ["cox"], "hbo", "us", "drama"),
    "dark": ("Dark", 2017, ["odar"], None, ["lisa"], "netflix", "de", "science fiction"),
}
_PEOPLE = {"pwb": "Phoebe Waller-Bridge", "moffat": "Steven Moffat", "gatiss": "Mark Gatiss",
           "simon": "David Simon", "pina": "Álex Pina", "morgan": "Peter Morgan", "armstrong": "Jesse Armstrong",
           "odar": "Baran bo Odar", "cumberbatch": "Benedict Cumberbatch", "freeman": "Martin Freeman",
           "west": "Dominic West", "ituno": "Itziar Ituño", "oh": "Sandra Oh", "comer": "Jodie Comer",
           "foy": "Claire Foy", "cox": "Brian Cox", "lisa": "Lisa Vicari"}
_NETWORKS = {"bbc3": "BBC Three", "bbc1": "BBC One", "hbo": "HBO", "netflix": "Netflix", "bbca": "BBC America"}
_COUNTRIES = {"uk": "United Kingdom", "us": "United States", "es": "Spain", "de": "Germany"}
_RELATIONS = [
    kgx.Relation("created_by", phrase="was created by", inverse_phrase="created", domain=("series",),
                 range=("person",)),
    kgx.Relation("showrunner", phrase="has showrunner", inverse_phrase="is showrunner of",
                 domain=("series",), range=("person",)),
    kgx.Relation("stars", phrase="stars", inverse_phrase="stars in", domain=("series",), range=("person",)),
    kgx.Relation("network", phrase="aired on", inverse_phrase="aired", domain=("series",), range=("network",)),
    kgx.Relation("country", phrase="was produced in", inverse_phrase="is the country of", domain=("series",),
                 range=("country",)),
    kgx.Relation("genre", phrase="has genre", inverse_phrase="is the genre of", domain=("series",),
                 range=("genre",)),
    kgx.Relation("watched", phrase="watched", inverse_phrase="was watched by", domain=("user",),
                 range=("series",)),
]
_RATINGS = {"fleabag": 5.0, "sherlock": 4.0, "dark": 2.0, "crown": 1.0}


def _television() -> kgx.KnowledgeGraph:
    ents = [kgx.Entity("user:ana", kind="user", label="Ana")]
    ents += [kgx.Entity(f"person:{k}", type="person", label=v) for k, v in _PEOPLE.items()]
    ents += [kgx.Entity(f"network:{k}", type="network", label=v) for k, v in _NETWORKS.items()]
    ents += [kgx.Entity(f"country:{k}", type="country", label=v) for k, v in _COUNTRIES.items()]
    triples: list[tuple] = []
    for sid, (title, year, creators, runner, stars, network, country, genre) in _SHOWS.items():
        ents.append(kgx.Entity(f"show:{sid}", kind="item", type="series", label=title, attrs={"year": year}))
        triples += [(f"show:{sid}", "created_by", f"person:{p}") for p in creators]
        triples += [(f"show:{sid}", "stars", f"person:{p}") for p in stars]
        if runner:
            triples.append((f"show:{sid}", "showrunner", f"person:{runner}"))
        triples += [(f"show:{sid}", "network", f"network:{network}"),
                    (f"show:{sid}", "country", f"country:{country}"),
                    (f"show:{sid}", "genre", f"genre:{genre.replace(' ', '_')}")]
    ents += [kgx.Entity(f"genre:{g.replace(' ', '_')}", type="genre", label=g)
             for g in {s[7] for s in _SHOWS.values()}]
    triples += [("user:ana", "watched", f"show:{s}", {"rating": r}) for s, r in _RATINGS.items()]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=_RELATIONS, name="television")




def g_more():
    items = {"b:beatles": ("band", "The Beatles", {"year": 1960}), "b:oasis": ("band", "Oasis", {"year": 1991}),
             "b:stones": ("band", "The Rolling Stones", {"year": 1962})}
    others = {"a:elvis": ("artist", "Elvis Presley"), "a:berry": ("artist", "Chuck Berry"),
              "c:emi": ("company", "EMI"), "c:pepsi": ("company", "Pepsi"), "p:martin": ("person", "George Martin"),
              "p:epstein": ("person", "Brian Epstein"), "s:wonderwall": ("song", "Wonderwall"), "a:ryan": ("artist", "Ryan Adams")}
    rels = [R("influence", phrase="has influence", inverse_phrase="is influence of", domain=("band",), range=("artist",)),
            R("sponsor", phrase="has sponsor", inverse_phrase="is sponsor of", domain=("band",), range=("company",)),
            R("mentor", phrase="has mentor", inverse_phrase="is mentor of", domain=("band",), range=("person",)),
            R("manager", phrase="has the manager", inverse_phrase="is the manager of", domain=("band",), range=("person",)),
            R("cover", phrase="has cover by", inverse_phrase="covered", domain=("band",), range=("artist",)),
            R("support", phrase="has support", inverse_phrase="is support of", domain=("band",), range=("artist",)),
            R("fan", phrase="has fan", inverse_phrase="is fan of", domain=("band",), range=("artist",)),
            R("liked", phrase="liked", inverse_phrase="was liked by", domain=("user",), range=("band",))]
    t = [("b:beatles", "influence", "a:elvis"), ("b:stones", "influence", "a:berry"), ("b:beatles", "sponsor", "c:pepsi"),
         ("b:beatles", "mentor", "p:martin"), ("b:beatles", "manager", "p:epstein"), ("b:oasis", "cover", "a:ryan"),
         ("b:oasis", "support", "a:ryan"), ("b:stones", "fan", "a:elvis"), ("user:ana", "liked", "b:oasis")]
    return build(items, others, rels, t, "more")

def g_multi():
    return build({"f:alien": ("film", "Alien", {"year": 1979}), "s:wire": ("series", "The Wire", {"year": 2002}),
                 "g:doom": ("game", "Doom", {"year": 1993})},
                {"p:scott": ("person", "Ridley Scott"), "p:simon": ("person", "David Simon"), "p:carmack": ("person", "John Carmack"),
                 "n:hbo": ("network", "HBO")},
                [R("creator", phrase="was created by", inverse_phrase="created", domain=("film", "series", "game"), range=("person",)),
                 R("network", phrase="aired on", inverse_phrase="aired", domain=("series", "film"), range=("network",))],
                [("f:alien", "creator", "p:scott"), ("s:wire", "creator", "p:simon"), ("g:doom", "creator", "p:carmack"),
                 ("f:alien", "network", "n:hbo"), ("s:wire", "network", "n:hbo")])


def g_tv():
    return _television()


# ---------------------------------------------------------------- texts
# every text below is FALSE in its graph (the comment or group says why)
FALSE = {"g_tv": [], "g_places": [], "g_films": [], "g_syndication": [], "g_roles": [], "g_more": [], "g_multi": []}
ARGUABLE = {"g_tv": [], "g_places": [], "g_films": [], "g_syndication": [], "g_roles": [], "g_more": [], "g_multi": []}

FALSE["g_tv"] += [
    # nouns from "has showrunner" / "has genre" / "is the country of"
    "Showrunner Peter Morgan created The Crown.",          # Morgan is no one's showrunner
    "Showrunner Peter Morgan created The Wire.",
    "Showrunner David Simon created Sherlock.",
    "Showrunner Steven Moffat stars in Sherlock.",          # Moffat does not star
    "David Simon's showrunner is The Wire.",                 # reversed
    "The showrunner of David Simon is The Wire.",
    "Jesse Armstrong is the showrunner of The Wire.",
    "David Simon is showrunner of Succession.",
    "The Wire is showrunner of David Simon.",
    "The showrunners of The Wire and Succession are David Simon and Peter Morgan.",
    "The Wire's showrunners are David Simon and Jesse Armstrong.",
    "Sherlock, whose showrunner is Steven Moffat, aired on HBO.",
    "Fleabag's network is BBC One.",
    "Fleabag's genre is thriller.",
    "Comedy's genre is Fleabag.",
    "Fleabag is the genre of comedy.",
    "Dark's country is Spain.",
    "The Wire's showrunner is not David Simon.",
    "The Wire has no showrunner.",
    "David Simon, the showrunner of Succession, created The Wire.",
    "Jesse Armstrong, showrunner of The Wire, created Succession.",
    "The Wire's showrunner, Jesse Armstrong, created it.",
    "The Wire's showrunner, Jesse Armstrong, created Succession.",
    "Succession and The Wire share a showrunner.",
    "The Wire and Succession have the same showrunner.",
    "Steven Moffat is the showrunner of Sherlock and Killing Eve.",
    "The showrunner of Sherlock, Mark Gatiss, also stars in it.",
    "Sherlock's showrunner Steven Moffat stars in Sherlock.",
    "Sherlock's showrunner Steven Moffat also created The Wire.",
    "Showrunner Jesse Armstrong created Succession and The Wire.",
    "The Wire, whose showrunner created Succession, aired on HBO.",
    "The HBO series whose showrunner is Jesse Armstrong is The Wire.",
    "Jesse Armstrong is the showrunner of an HBO series that stars Dominic West.",
    "David Simon is a showrunner of a Netflix series.",
    "David Simon is the showrunner of a series starring Brian Cox.",
    "The showrunner of Killing Eve also stars in it.",
    "The showrunner of The Wire is its star.",
    "The Wire's showrunner also created Succession.",
    "The Wire's creator is Jesse Armstrong.",
    "Killing Eve's showrunner created Fleabag and The Crown.",
    "Killing Eve's showrunner stars in Killing Eve.",
    "Álex Pina is the showrunner of Money Heist and Dark.",
    "Money Heist's showrunner is Spanish showrunner Peter Morgan.",
    "Money Heist, whose showrunner is Álex Pina, was produced in Germany.",
    "Money Heist has showrunner Álex Pina and genre comedy.",
    "Money Heist has genre comedy.",
    "Money Heist has showrunner Itziar Ituño.",
    "Itziar Ituño is showrunner of Money Heist.",
    "Money Heist's showrunner is its star.",
    "Showrunner Itziar Ituño stars in Money Heist.",
    # TV / television / web before the type noun
    "The Wire is a TV series starring Claire Foy.",
    "The Wire is a BBC TV series.",
    "The Wire is a Netflix television series.",
    "Dark is a Spanish TV series.",
    "Dark is a Spanish web series.",
    "Dark is a German web series created by Peter Morgan.",
    "The Wire is a TV series that aired on Netflix.",
    "Dark is a TV comedy.",
    "Fleabag is a TV thriller.",
    "Fleabag is a TV crime drama.",
    "The Wire is a 2010 TV series.",
    "Sherlock is a 2002 television series.",
    "Dark is a TV show from 2016.",
    "Fleabag is a TV show from 2017.",
    "Netflix's TV series The Wire stars Dominic West.",
    "HBO's TV series Dark stars Lisa Vicari.",
    "The TV series Dark aired on HBO.",
    "TV series Dark aired on HBO.",
    "Dark is a TV series on HBO.",
    "Dark is a Netflix TV series starring Claire Foy.",
    "Dark, a TV series, aired on HBO.",
    # first / originally; broadcast / shown / screened
    "Fleabag was first broadcast on Netflix.",
    "Fleabag originally aired on BBC One.",
    "Dark originally aired on HBO in 2017.",
    "Dark was originally shown on Netflix in 2016.",
    "Netflix broadcast Dark in 2016.",
    "Netflix showed Fleabag.",
    "HBO showed Dark.",
    "BBC Three screened Sherlock.",
    "Fleabag showed BBC Three.",
    "Fleabag was not shown on BBC Three.",
    "Fleabag was not broadcast on BBC Three.",
    "Fleabag wasn't screened on BBC Three.",
    "Fleabag was never shown on BBC Three.",
    "Fleabag was broadcast on BBC Three and Netflix.",
    "Fleabag and Dark were broadcast on BBC Three.",
    "Fleabag and Dark were shown on Netflix.",
    "The Wire and Sherlock were first broadcast on HBO.",
    "Sherlock first aired on BBC One in 2002.",
    "The Wire first aired on HBO in 2010.",
    "The Wire, first broadcast on Netflix, stars Dominic West.",
    "The Wire, first broadcast on HBO, stars Brian Cox.",
    "The Wire, originally screened on HBO, was created by Jesse Armstrong.",
    "Dark, shown on Netflix, was produced in Spain.",
    "Dark was shown on Netflix and produced in Spain.",
    "The Wire was broadcast by Netflix.",
    "The Wire was shown by Netflix.",
    "Sandra Oh was shown on Killing Eve.",
    "Killing Eve shows Claire Foy.",
    "The Crown shows Sandra Oh.",
    "The Crown was shown starring Sandra Oh.",
    "HBO first aired Sherlock.",
    "HBO originally broadcast Dark.",
    "BBC One first showed Fleabag.",
    "Fleabag first aired on BBC One before moving to BBC Three.",
    "Fleabag was first broadcast on BBC Three in 2016 and starred Claire Foy.",
    "Ana watched a series first shown on HBO.",
    "I watched Dark, a series first broadcast on HBO.",
    "You watched Dark, which was first broadcast on HBO.",
    "You watched The Wire, which was first broadcast on HBO.",
    "The series you watched first aired on HBO.",
    "Netflix broadcasts Fleabag.",
    "Fleabag broadcasts on Netflix.",
    "Fleabag screens on Netflix.",
    "Fleabag shows on Netflix.",
    "Fleabag airs on Netflix.",
]
ARGUABLE["g_tv"] += [
    "Showrunner Phoebe Waller-Bridge created Fleabag.",   # she is a showrunner (of Killing Eve), not Fleabag's
    "The Crown's showrunner is Peter Morgan.",            # graph has no showrunner for The Crown
    "Fleabag's showrunner is Phoebe Waller-Bridge.",      # graph has none for Fleabag
    "Dark is a video series.",                            # medium not in the graph
    "Dark was shown in Spain.",                           # graph silent
    "The Wire was broadcast by HBO in 2003.",             # premiered 2002, but aired in 2003 too
    "Fleabag first aired on BBC Three, then on BBC One.", # graph silent on BBC One
    "Killing Eve shows Sandra Oh.",                       # "shows" as features: true-ish
]

FALSE["g_places"] += [
    "France's capital is Lyon.", "The capital of France is Lyon.", "Lyon is the capital of France.",
    "Lyon is capital of France.", "France has capital Lyon.", "France, whose capital is Lyon, is part of Europe.",
    "Capital Lyon is in France.", "Paris's capital is France.", "France is capital of Paris.",
    "Brittany is part of Germany.", "Germany's part is Brittany.", "France is part of Brittany.",
    "Brittany is a part of Germany.", "France is part of NATO.", "Germany is part of NATO.",
    "Italy is part of the European Union.", "Germany is a member of NATO.", "Germany is member of NATO.",
    "NATO's member is Germany.", "NATO has member Germany.", "The member of NATO is Germany.",
    "Germany's member is NATO.", "Germany's member is the European Union.", "Germany is part of Asia.",
    "France's city is Munich.", "France's leader is Olaf Scholz.", "The leader of France is Olaf Scholz.",
    "Olaf Scholz is the leader of France.", "France has the leader Olaf Scholz.", "Leader Olaf Scholz visited France.",
    "Germany's neighbour is Italy.", "Italy's neighbour is Germany.", "Germany is neighbour of Italy.",
    "France's capital is Munich.", "Paris is the capital of Germany.", "The capital of Germany is Munich.",
    "Munich is the capital of Germany.", "Germany has capital Munich.", "Milan is the capital of Italy.",
    "Italy's capital, Milan, is a city in Italy.", "France's capital is Paris, and Germany's capital is Munich.",
    "The capitals of France and Germany are Paris and Munich.", "France's capital is Brittany.",
    "The part of France is Paris.", "Munich is part of France.", "Bavaria is a city in Germany.",
    "Bavaria is the capital of Germany.", "France has part Bavaria.", "France has capital Brittany.",
    "Brittany is capital of France.", "Capital Paris is part of Germany.", "You visited Germany.",
    "You visited a country whose capital is Berlin.", "You visited a country whose capital is Lyon.",
    "You visited France, whose capital is Lyon.", "You visited France, whose leader is Olaf Scholz.",
]
ARGUABLE["g_places"] += [
    "Europe's part is France.",    # true in meaning (France is part of Europe), though through another relation
    "Paris is part of France.",    # true in the world; graph says only "has city"
    "France's member is NATO.",    # odd English for "France is a member of NATO" (true)
]

FALSE["g_films"] += [
    "Aliens' sequel is Alien.", "Aliens's sequel is Alien.", "The sequel of Aliens is Alien.",
    "Alien is the sequel of Aliens.", "Alien is sequel of Aliens.", "Alien has sequel Jaws 2.", "Jaws has sequel Aliens.",
    "Alien's sequel is Alien 3.", "Alien, whose sequel is Jaws 2, was directed by Ridley Scott.",
    "Alien, whose sequel is Aliens, was directed by James Cameron.", "Sequel Aliens was directed by Ridley Scott.",
    "Sequel Alien was directed by Ridley Scott.", "The sequel Alien was directed by Ridley Scott.",
    "Alien's predecessor is Aliens.", "The predecessor of Alien is Aliens.", "Aliens is the predecessor of Alien.",
    "Alien has the predecessor Aliens.", "Jaws 2's predecessor is Alien.", "Predecessor Aliens was directed by James Cameron.",
    "Alien's sequel is its predecessor.", "Jaws's star is Sigourney Weaver.", "Jaws' star is Sigourney Weaver.",
    "Star Sigourney Weaver appears in Jaws.", "Star Roy Scheider directed Jaws.", "Sigourney Weaver is star of Jaws.",
    "Sigourney Weaver is the star of Jaws.", "Jaws stars Sigourney Weaver.", "Alien 3 stars Roy Scheider.",
    "Alien's owner is Universal.", "The owner of Alien is Universal.", "Universal owns Alien.", "Alien owns 20th Century Fox.",
    "Universal is the owner of Alien.", "Owner Universal released Alien.", "Jaws has won Saturn Award.",
    "Alien has won Academy Award.", "Alien won an Academy Award.", "Jaws 2 won an Academy Award.",
    "Alien's cast is Roy Scheider.", "The cast of Jaws 2 is Sigourney Weaver.", "Sigourney Weaver is in the cast of Jaws 2.",
    "Roy Scheider is in the cast of Alien 3.", "Jaws 2 has cast Sigourney Weaver.", "Jaws 2 casts Sigourney Weaver.",
    "Roy Scheider cast Jaws 2.", "Alien's score is by James Horner.", "Alien has score by James Horner.",
    "James Horner scored Alien.", "Alien's director is James Cameron.", "The director of Alien is James Cameron.",
    "Alien 3's sequel is Aliens.", "Aliens is Alien 3's sequel.", "Aliens is the sequel to Alien 3.",
    "Aliens is a sequel to Jaws.", "Jaws 2 is the sequel to Alien.", "Alien is a sequel.",
    "Aliens, the sequel to Jaws, was directed by James Cameron.", "Aliens, the sequel of Alien, was directed by David Fincher.",
    "Aliens, Alien's sequel, was directed by David Fincher.", "Aliens, the sequel to Alien, was directed by Ridley Scott.",
    "Aliens, the sequel to Alien, stars Roy Scheider.", "You watched Aliens.", "You watched the sequel to Alien.",
    "You watched Alien, whose sequel is Jaws 2.", "You watched Jaws, whose sequel is Alien 3.",
    "The film you watched has sequel Alien 3.",
]
ARGUABLE["g_films"] += [
    "Jaws 2 cast Roy Scheider.",   # the production cast him: true in meaning
]

FALSE["g_syndication"] += [
    # the graph's own "premiered on" says where each series first aired
    "The Office first aired on Comedy Central.",          # premiered on NBC
    "The Office originally aired on Netflix.",
    "The Office was first broadcast on Netflix.",
    "The Office was originally shown on Comedy Central.",
    "The Office was first screened on Netflix.",
    "Fleabag first aired on BBC One.",                    # premiered on BBC Three
    "The Wire first aired on Netflix.",                   # premiered on HBO
    "Friends originally aired on TBS.",                   # premiered on NBC
    "You watched The Office, which first aired on Netflix.",
    "The Office premiered on Comedy Central.",            # (reading older than d97b8a2)
    "Fleabag debuted on BBC One.",                        # (older)
    "Fleabag was originally broadcast on BBC One in 2016.",
    "Friends, first shown on TBS, starred Jennifer Aniston.",
    "Friends first aired on TBS in 1994.",
    "Comedy Central first aired The Office.", "Netflix originally broadcast The Wire.", "TBS first showed Friends.",
    # two nouns: "showrunner" and "former showrunner"; "lead"; "type"
    "The Wire's showrunner is Ed Burns.", "Ed Burns is the showrunner of The Wire.",
    "The Wire's former showrunner is David Simon.", "David Simon is former showrunner of The Wire.",
    "The Wire has showrunner Ed Burns.",
    "The Wire's lead is Steve Carell.", "Steve Carell leads The Wire.", "Steve Carell is lead of The Wire.",
    "The Office leads Steve Carell.",                     # reversed: Carell leads The Office
    "The Wire, whose lead is Jennifer Aniston, first aired on HBO.", "Lead Jennifer Aniston starred in The Office.",
    "Sitcom is a type of The Office.",                    # reversed "is a type of" (older reading)
    "Sitcom is a type of Fleabag.",
    "Sitcom is the type of The Wire.", "The Wire's type is sitcom.", "The Wire is a type of sitcom.", "The Wire is a sitcom.",
    "Fleabag is a drama.", "Fleabag is a TV drama.", "The Office is a TV drama.",
    "The Office is a TV sitcom that first aired on Netflix.", "Drama is a type of Fleabag.", "Drama is a kind of The Wire.",
    "The Office is a type of drama.", "You watched a TV sitcom that first aired on Comedy Central.",
]
ARGUABLE["g_syndication"] += [
    "Showrunner Ed Burns worked on The Wire.",   # he was its (former) showrunner
]

FALSE["g_roles"] += [
    # a noun of "has N" whose plural is a verb, read forward as bare "X Ns Y" (reversed roles)
    "Jeopardy hosts Alex Trebek.", "American Idol judges Simon Cowell.", "Lakers Weekly coaches Phil Jackson.",
    "Lakers Weekly captains Kobe Bryant.", "Planet Earth voices David Attenborough.", "Planet Earth scores Hans Zimmer.",
    "Lakers Weekly heads Phil Jackson.",
    "Jeopardy is a TV show that hosts Alex Trebek.", "Jeopardy, a TV show, hosts Alex Trebek.",
    "You watched Jeopardy, which hosts Alex Trebek.",
    # others
    "Jeopardy hosted Alex Trebek.", "Jeopardy hosts Ryan Seacrest.", "American Idol hosts Alex Trebek.",
    "Jeopardy's host is Ryan Seacrest.", "Host Ryan Seacrest presents Jeopardy.",
    "Jeopardy, whose host is Simon Cowell, is a TV show.", "Jeopardy is a TV show hosted by Ryan Seacrest.",
    "Jeopardy and American Idol host Alex Trebek and Ryan Seacrest.", "American Idol's judge is Ryan Seacrest.",
    "Alex Trebek is a guest of Jeopardy.", "Ken Jennings is the host of Jeopardy.", "Ken Jennings hosts Jeopardy.",
    "Kobe Bryant coaches Lakers Weekly.", "Kobe Bryant captains Lakers Weekly.", "Phil Jackson captains Lakers Weekly.",
    "You watched a show that hosts Alex Trebek.",
]
ARGUABLE["g_roles"] += [
    "Alex Trebek hosts Jeopardy.", "Simon Cowell judges American Idol.", "Phil Jackson coaches Lakers Weekly.",
    "Hans Zimmer scores Planet Earth.", "Phil Jackson heads Lakers Weekly.",   # true in meaning
    "Jeopardy guests Ken Jennings.",            # odd verb; not counted
    "Planet Earth narrators David Attenborough.",  # ungrammatical; not counted
]
ARGUABLE["g_tv"] += [
    "Sherlock showrunners Steven Moffat.", "The Wire showrunners David Simon.",  # ungrammatical; not counted
]

FALSE["g_more"] += [
    "The Beatles influences Elvis Presley.",        # Elvis influenced the Beatles ("has influence")
    "The Rolling Stones influences Chuck Berry.",   # Berry influenced the Stones
    "The Beatles sponsors Pepsi.",                  # Pepsi sponsors the Beatles
    "The Beatles mentors George Martin.",           # Martin mentors the Beatles
    "Oasis supports Ryan Adams.",                   # Ryan Adams was Oasis's support act
    "The Beatles manages Brian Epstein.", "Oasis covers Ryan Adams.", "Elvis Presley's influence is The Beatles.",
    "The Beatles, a band that influences Elvis Presley, formed in 1960.", "You liked Oasis, which supports Ryan Adams.",
    "Elvis Presley influences The Rolling Stones.", "The Beatles sponsor Pepsi.", "The Beatles mentor George Martin.",
    "The Beatles influence Elvis Presley.", "The Beatles influenced Elvis Presley.",
]
ARGUABLE["g_more"] += [
    "The Rolling Stones fans Elvis Presley.",       # ungrammatical
    "The Beatles' influence is Elvis Presley.",     # true in meaning
]

FALSE["g_multi"] += [  # a film, a series and a game: the medium words must not cross types
    "Alien is a TV series.", "Alien is a TV series created by Ridley Scott.", "Alien is a television show.",
    "Doom is a TV series.", "Doom is a TV show created by John Carmack.", "The Wire is a video game.",
    "The Wire is a video game created by David Simon.", "Alien is a video game.", "The Wire is a TV film.",
    "The Wire is a film.", "Doom is a web series.", "The TV series Alien aired on HBO.",
    "Ridley Scott created the TV series Alien.", "The video game The Wire was created by David Simon.",
    "Alien, a TV series, was first broadcast on HBO.", "HBO broadcast the video game Doom.", "Doom was first shown on HBO.",
]
ARGUABLE["g_multi"] += ["Alien is a TV film."]   # the graph says film; "TV" film it is not, but the graph has no medium


# ---------------------------------------------------------------- generators
def generated():
    out = {k: [] for k in FALSE}
    # TV graph: wrong network / wrong showrunner / wrong star with the new words
    for sid, (title, year, creators, runner, stars, network, country, genre) in _SHOWS.items():
        for nk, nl in _NETWORKS.items():
            if nk == network:
                continue
            for form in ("{t} first aired on {n}.", "{t} originally aired on {n}.", "{t} was first broadcast on {n}.",
                         "{t} was originally shown on {n}.", "{t} was screened on {n}.", "{t} was broadcast on {n}.",
                         "{n} broadcast {t}.", "{n} first showed {t}.", "{t} is a TV series first shown on {n}.",
                         "{t}, a television series, was first broadcast on {n}."):
                out["g_tv"].append(form.format(t=title, n=nl))
        for pk, pl in _PEOPLE.items():
            if pk != runner:
                for form in ("{t}'s showrunner is {p}.", "The showrunner of {t} is {p}.", "{p} is showrunner of {t}.",
                             "{t}, whose showrunner is {p}, is a TV series.", "{t} has showrunner {p}."):
                    out["g_tv"].append(form.format(t=title, p=pl))
            if pk not in stars:
                out["g_tv"].append(f"{title} is a TV series starring {pl}.")
                out["g_tv"].append(f"{title}, a television series first broadcast on {_NETWORKS[network]}, stars {pl}.")
        # reversed roles with the noun
        if runner:
            out["g_tv"].append(f"{_PEOPLE[runner]}'s showrunner is {title}.")
            out["g_tv"].append(f"{title} is the showrunner of {_PEOPLE[runner]}.")
    # syndication graph: "first" on a network that is not the premiere network
    kg = g_syndication()
    prem = {h: t for h, r, t in _edges(kg) if r == "premiere"}
    for h, r, t in _edges(kg):
        if r == "aired" and prem.get(h) != t:
            s, n = kg.label(h), kg.label(t)
            for form in ("{s} first aired on {n}.", "{s} originally aired on {n}.", "{s} was first broadcast on {n}.",
                         "{s} was originally broadcast on {n}.", "{s} was first shown on {n}.", "{s} was originally screened on {n}.",
                         "{s}, first broadcast on {n}, is a TV series.", "{s} is a TV series that first aired on {n}."):
                out["g_syndication"].append(form.format(s=s, n=n))
    # roles graph: the plural of a relation noun as a bare verb, roles reversed
    kg = g_roles()
    for h, r, t in _edges(kg):
        if r == "watched":
            continue
        s, p = kg.label(h), kg.label(t)
        if r in ("narrator", "guest"):
            continue  # "narrators" is no verb; "guests" is odd: kept out of the count
        out["g_roles"] += [f"{s} {r}s {p}.", f"{s}, a TV show, {r}s {p}.", f"The TV show {s} {r}s {p}."]
    kg = g_more()
    for h, r, t in _edges(kg):
        if r in ("influence", "sponsor", "mentor", "support"):
            s, p = kg.label(h), kg.label(t)
            out["g_more"] += [f"{s} {r}s {p}.", f"{s}, a British band, {r}s {p}.", f"The band {s} {r}s {p}."]
    return out


def _edges(kg):
    for tr in kg.triples():
        yield tr.head, tr.relation, tr.tail


def main():
    total = accepted = 0
    arg_acc = arg_total = 0
    gen = generated()
    lines = []
    for gname in FALSE:
        c = checker(globals()[gname]())
        seen = set()
        for group, texts, counted in (("hand", FALSE[gname], True), ("gen", gen[gname], True), ("arguable", ARGUABLE[gname], False)):
            for text in dict.fromkeys(texts):
                if counted and text in seen:
                    continue  # counted once per graph
                seen.add(text)
                user = "user:ana" if ("you" in text.lower().split() or text.startswith("I ") or "Ana" in text) else None
                ok = c.check(text, (), user).supported
                if counted:
                    total += 1
                    accepted += ok
                    if ok:
                        lines.append(f"ACCEPTED [{gname}/{group}] {text}")
                else:
                    arg_total += 1
                    arg_acc += ok
                    lines.append(f"arguable {'accepted' if ok else 'rejected'} [{gname}] {text}")
    print("\n".join(lines))
    print(f"arguable: accepted {arg_acc} of {arg_total} (not counted)")
    print(f"accepted {accepted} of {total}")


if __name__ == "__main__":
    main()
