"""Red team round 123 (blind; the readings of 88a4225 (a)-(f): an opening credit with a year / before
"The ...", "the same person, X", "is hopped with" as "comes with" / "a Willamette ale", a suggestion
after asides and "might be worth a look", "another film with X", released kinds and "First released
in YYYY, X"): false texts only, plus faithful controls."""

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


def _ppl(typ, *names):
    return {"p:" + n.replace(" ", "_"): (typ, n) for n in names}


def P(n):
    return "p:" + n.replace(" ", "_")


def _adder(t):
    def add(m, rel, *xs):
        for x in xs:
            t.append((m, rel, x if ":" in x else P(x)))

    return add


def magazines():
    items = {
        "g:guardian": ("newspaper", "The Guardian", 1821),
        "g:economist": ("newspaper", "The Economist", 1843),
        "g:times": ("newspaper", "The Times", 1785),
        "g:observer": ("newspaper", "The Observer", 1791),
        "g:eye": ("periodical", "Private Eye", 1961),
        "g:punch": ("periodical", "Punch", 1841),
        "g:nature": ("journal", "Nature", 1869),
        "g:lancet": ("journal", "The Lancet", 1823),
        "g:spectator": ("publication", "The Spectator", 1828),
        "g:mrr": ("zine", "Maximumrocknroll", 1982),
        "g:glue": ("zine", "Sniffin' Glue", 1976),
    }
    others = _ppl(
        "person",
        "John Edward Taylor",
        "James Wilson",
        "John Walter",
        "William Bell",
        "Richard Ingrams",
        "Christopher Booker",
        "Ian Hislop",
        "Henry Mayhew",
        "Norman Lockyer",
        "Thomas Wakley",
        "Robert Stephen Rintoul",
        "Tim Yohannan",
        "Mark Perry",
        "Katharine Viner",
        "Zanny Minton Beddoes",
        "Magdalena Skipper",
        "Richard Horton",
    )
    others.update(
        {
            "c:london": ("city", "London"),
            "c:manchester": ("city", "Manchester"),
            "c:sf": ("city", "San Francisco"),
            "pb:gmg": ("company", "Guardian Media Group"),
            "pb:news": ("company", "News UK"),
            "pb:springer": ("company", "Springer Nature"),
            "pb:elsevier": ("company", "Elsevier"),
        }
    )
    rels = [
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("newspaper", "periodical", "journal", "publication", "zine"), range=("person",)),
        R("edited_by", phrase="is edited by", inverse_phrase="edits", domain=("newspaper", "periodical", "journal", "publication", "zine"), range=("person",)),
        R("based_in", phrase="is based in", inverse_phrase="is home to", range=("city",)),
        R("published_by", phrase="is published by", inverse_phrase="publishes", range=("company",)),
    ]
    t = []
    add = _adder(t)
    add("g:guardian", "founded_by", "John Edward Taylor")
    add("g:economist", "founded_by", "James Wilson")
    add("g:times", "founded_by", "John Walter")
    add("g:observer", "founded_by", "William Bell")
    add("g:eye", "founded_by", "Richard Ingrams", "Christopher Booker")
    add("g:punch", "founded_by", "Henry Mayhew")
    add("g:nature", "founded_by", "Norman Lockyer")
    add("g:lancet", "founded_by", "Thomas Wakley")
    add("g:spectator", "founded_by", "Robert Stephen Rintoul")
    add("g:mrr", "founded_by", "Tim Yohannan")
    add("g:glue", "founded_by", "Mark Perry")
    add("g:guardian", "edited_by", "Katharine Viner")
    add("g:economist", "edited_by", "Zanny Minton Beddoes")
    add("g:eye", "edited_by", "Ian Hislop")
    add("g:nature", "edited_by", "Magdalena Skipper")
    add("g:lancet", "edited_by", "Richard Horton")
    for k in ("g:guardian", "g:economist", "g:times", "g:observer", "g:eye", "g:punch", "g:nature", "g:lancet",
              "g:spectator", "g:glue", "pb:gmg", "pb:news", "pb:springer"):
        add(k, "based_in", "c:london")
    add("g:mrr", "based_in", "c:sf")
    add("g:guardian", "published_by", "pb:gmg")
    add("g:observer", "published_by", "pb:gmg")
    add("g:times", "published_by", "pb:news")
    add("g:nature", "published_by", "pb:springer")
    add("g:lancet", "published_by", "pb:elsevier")
    return _build(items, others, rels, t)


def software():
    items = {
        "s:vim": ("project", "Vim", 1991),
        "s:git": ("project", "Git", 2005),
        "s:linux": ("project", "Linux", 1991),
        "s:emacs": ("project", "GNU Emacs", 1985),
        "s:django": ("project", "Django", 2005),
        "s:rails": ("project", "Ruby on Rails", 2004),
        "s:numpy": ("package", "NumPy", 2006),
        "s:requests": ("package", "Requests", 2011),
        "s:flask": ("package", "Flask", 2010),
        "s:jinja": ("package", "Jinja", 2008),
        "s:pandas": ("package", "pandas", 2008),
    }
    others = _ppl(
        "person",
        "Bram Moolenaar",
        "Linus Torvalds",
        "Richard Stallman",
        "Adrian Holovaty",
        "Simon Willison",
        "David Heinemeier Hansson",
        "Travis Oliphant",
        "Kenneth Reitz",
        "Armin Ronacher",
        "Wes McKinney",
    )
    others.update(
        {
            "l:c": ("language", "C"),
            "l:python": ("language", "Python"),
            "l:ruby": ("language", "Ruby"),
            "l:lisp": ("language", "Emacs Lisp"),
            "o:pallets": ("organization", "Pallets"),
            "o:psf": ("organization", "Python Software Foundation"),
            "o:dsf": ("organization", "Django Software Foundation"),
            "o:fsf": ("organization", "Free Software Foundation"),
        }
    )
    rels = [
        R("rated", phrase="rated", inverse_phrase="was rated by"),
        R("written_in", phrase="is written in", inverse_phrase="is the language of", domain=("project", "package"), range=("language",)),
        R("created_by", phrase="was created by", inverse_phrase="created", domain=("project", "package"), range=("person",)),
        R("maintained_by", phrase="is maintained by", inverse_phrase="maintains", domain=("project", "package"), range=("organization",)),
    ]
    t = []
    add = _adder(t)
    add("s:vim", "written_in", "l:c")
    add("s:vim", "created_by", "Bram Moolenaar")
    add("s:git", "written_in", "l:c")
    add("s:git", "created_by", "Linus Torvalds")
    add("s:linux", "written_in", "l:c")
    add("s:linux", "created_by", "Linus Torvalds")
    add("s:emacs", "written_in", "l:c", "l:lisp")
    add("s:emacs", "created_by", "Richard Stallman")
    add("s:emacs", "maintained_by", "o:fsf")
    add("s:django", "written_in", "l:python")
    add("s:django", "created_by", "Adrian Holovaty", "Simon Willison")
    add("s:django", "maintained_by", "o:dsf")
    add("s:rails", "written_in", "l:ruby")
    add("s:rails", "created_by", "David Heinemeier Hansson")
    add("s:numpy", "written_in", "l:python", "l:c")
    add("s:numpy", "created_by", "Travis Oliphant")
    add("s:requests", "written_in", "l:python")
    add("s:requests", "created_by", "Kenneth Reitz")
    add("s:requests", "maintained_by", "o:psf")
    add("s:flask", "written_in", "l:python")
    add("s:flask", "created_by", "Armin Ronacher")
    add("s:flask", "maintained_by", "o:pallets")
    add("s:jinja", "written_in", "l:python")
    add("s:jinja", "created_by", "Armin Ronacher")
    add("s:jinja", "maintained_by", "o:pallets")
    add("s:pandas", "written_in", "l:python")
    add("s:pandas", "created_by", "Wes McKinney")
    t += [
        ("u:dev", "rated", "s:vim", {"rating": 5.0}),
        ("u:dev", "rated", "s:flask", {"rating": 5.0}),
        ("u:dev", "rated", "s:emacs", {"rating": 1.0}),
        ("u:dev", "rated", "s:rails", {"rating": 2.0}),
    ]
    return _build(items, others, rels, t, extra=(E("u:dev", kind="user", type="user", label="Dev"),))


def brews():
    items = {
        "b:heady": ("beer", "Heady Topper", 2003),
        "b:two": ("beer", "Two Hearted Ale", 1997),
        "b:bcbs": ("beer", "Bourbon County Stout", 1992),
        "b:fat": ("beer", "Fat Tire", 1991),
        "b:snpa": ("beer", "Sierra Nevada Pale Ale", 1980),
        "t:earl": ("tea", "Earl Grey", 1830),
        "t:pearl": ("tea", "Jasmine Pearl", 1990),
        "t:rose": ("tea", "Rose Congou", 1900),
        "t:lapsang": ("tea", "Lapsang Souchong", 1646),
        "j:hendricks": ("gin", "Hendrick's", 1999),
        "j:tanq": ("gin", "Tanqueray", 1830),
        "j:monkey": ("gin", "Monkey 47", 2008),
    }
    others = {
        "w:alchemist": ("brewery", "The Alchemist"),
        "w:bells": ("brewery", "Bell's Brewery"),
        "w:goose": ("brewery", "Goose Island"),
        "w:nb": ("brewery", "New Belgium Brewing"),
        "w:sn": ("brewery", "Sierra Nevada Brewing"),
        "p:kimmich": ("person", "John Kimmich"),
        "p:bell": ("person", "Larry Bell"),
        "p:hall": ("person", "Greg Hall"),
        "p:lebesch": ("person", "Jeff Lebesch"),
        "p:grossman": ("person", "Ken Grossman"),
        "h:willamette": ("hop", "Willamette"),
        "h:centennial": ("hop", "Centennial"),
        "h:cascade": ("hop", "Cascade"),
        "h:simcoe": ("hop", "Simcoe"),
        "h:citra": ("hop", "Citra"),
        "s:amber": ("style", "Amber Ale"),
        "s:ipa": ("style", "American IPA"),
        "s:dipa": ("style", "Double IPA"),
        "s:stout": ("style", "Imperial Stout"),
        "s:pale": ("style", "Pale Ale"),
        "f:jasmine": ("flower", "jasmine"),
        "f:rose": ("flower", "rose"),
        "f:bergamot": ("flavoring", "bergamot"),
        "f:smoke": ("flavoring", "pine smoke"),
        "f:cucumber": ("botanical", "cucumber"),
        "f:juniper": ("botanical", "juniper"),
        "f:lingon": ("botanical", "lingonberry"),
        "k:black": ("teatype", "black tea"),
        "k:green": ("teatype", "green tea"),
        "r:fujian": ("region", "Fujian"),
        "r:darj": ("region", "Darjeeling"),
        "d:william": ("distiller", "William Grant & Sons"),
        "d:diageo": ("distiller", "Diageo"),
        "d:black": ("distiller", "Black Forest Distillers"),
    }
    rels = [
        R("brewed_by", phrase="is brewed by", inverse_phrase="brews", domain=("beer",), range=("brewery",)),
        R("created_by", phrase="was created by", inverse_phrase="created", domain=("beer",), range=("person",)),
        R("hopped_with", phrase="is hopped with", inverse_phrase="is a hop used in", domain=("beer",), range=("hop",)),
        R("has_style", phrase="is a", inverse_phrase="is the style of", domain=("beer",), range=("style",)),
        R("scented_with", phrase="is scented with", inverse_phrase="scents", domain=("tea",), range=("flower",)),
        R("flavored_with", phrase="is flavored with", inverse_phrase="flavors", domain=("tea",), range=("flavoring",)),
        R("tea_kind", phrase="is a kind of", inverse_phrase="includes", domain=("tea",), range=("teatype",)),
        R("grown_in", phrase="is grown in", inverse_phrase="grows", domain=("tea",), range=("region",)),
        R("infused_with", phrase="is infused with", inverse_phrase="is infused into", domain=("gin",), range=("botanical",)),
        R("distilled_by", phrase="is distilled by", inverse_phrase="distills", domain=("gin",), range=("distiller",)),
    ]
    triples = [
        ("b:heady", "brewed_by", "w:alchemist"), ("b:two", "brewed_by", "w:bells"), ("b:bcbs", "brewed_by", "w:goose"),
        ("b:fat", "brewed_by", "w:nb"), ("b:snpa", "brewed_by", "w:sn"),
        ("b:heady", "created_by", "p:kimmich"), ("b:two", "created_by", "p:bell"), ("b:bcbs", "created_by", "p:hall"),
        ("b:fat", "created_by", "p:lebesch"), ("b:snpa", "created_by", "p:grossman"),
        ("b:fat", "hopped_with", "h:willamette"), ("b:two", "hopped_with", "h:centennial"),
        ("b:snpa", "hopped_with", "h:cascade"), ("b:heady", "hopped_with", "h:simcoe"),
        ("b:heady", "hopped_with", "h:citra"),
        ("b:fat", "has_style", "s:amber"), ("b:two", "has_style", "s:ipa"), ("b:heady", "has_style", "s:dipa"),
        ("b:bcbs", "has_style", "s:stout"), ("b:snpa", "has_style", "s:pale"),
        ("t:pearl", "scented_with", "f:jasmine"), ("t:rose", "scented_with", "f:rose"),
        ("t:earl", "flavored_with", "f:bergamot"), ("t:lapsang", "flavored_with", "f:smoke"),
        ("t:earl", "tea_kind", "k:black"), ("t:pearl", "tea_kind", "k:green"), ("t:rose", "tea_kind", "k:black"),
        ("t:lapsang", "tea_kind", "k:black"),
        ("t:pearl", "grown_in", "r:fujian"), ("t:lapsang", "grown_in", "r:fujian"), ("t:rose", "grown_in", "r:fujian"),
        ("j:hendricks", "infused_with", "f:cucumber"), ("j:hendricks", "infused_with", "f:juniper"),
        ("j:tanq", "infused_with", "f:juniper"), ("j:monkey", "infused_with", "f:lingon"),
        ("j:monkey", "infused_with", "f:juniper"),
        ("j:hendricks", "distilled_by", "d:william"), ("j:tanq", "distilled_by", "d:diageo"),
        ("j:monkey", "distilled_by", "d:black"),
        ("u:cy", "rated", "b:heady", {"rating": 5.0}), ("u:cy", "rated", "b:fat", {"rating": 1.0}),
        ("u:cy", "rated", "t:earl", {"rating": 5.0}), ("u:cy", "rated", "t:lapsang", {"rating": 1.0}),
    ]
    rels.append(R("rated", phrase="rated", inverse_phrase="was rated by"))
    return _build(items, others, rels, triples, extra=(E("u:cy", kind="user", type="user", label="Cy"),))


def games():
    items = {
        "g:witcher": ("game", "The Witcher 3", 2015),
        "g:souls": ("game", "Dark Souls", 2011),
        "g:blood": ("game", "Bloodborne", 2015),
        "g:mgs": ("game", "Metal Gear Solid", 1998),
        "g:ds": ("game", "Death Stranding", 2019),
        "g:tetris": ("game", "Tetris", 1984),
        "g:hl2": ("game", "Half-Life 2", 2004),
        "g:portal": ("game", "Portal", 2007),
        "m:cabaret": ("musical", "Cabaret", 1966),
        "m:sweeney": ("musical", "Sweeney Todd", 1979),
        "m:cats": ("musical", "Cats", 1981),
        "m:evita": ("musical", "Evita", 1978),
    }
    others = {
        "n:arpg": ("genre", "action role-playing"),
        "n:puzzle": ("genre", "puzzle"),
        "n:stealth": ("genre", "stealth"),
        "n:fps": ("genre", "first-person shooter"),
        "p:miyazaki": ("person", "Hidetaka Miyazaki"),
        "p:kojima": ("person", "Hideo Kojima"),
        "p:pajitnov": ("person", "Alexey Pajitnov"),
        "p:tomasz": ("person", "Konrad Tomaszkiewicz"),
        "p:laidlaw": ("person", "Marc Laidlaw"),
        "p:wolpaw": ("person", "Erik Wolpaw"),
        "p:prince": ("director", "Harold Prince"),
        "p:nunn": ("director", "Trevor Nunn"),
        "p:kander": ("composer", "John Kander"),
        "p:sondheim": ("composer", "Stephen Sondheim"),
        "p:lloyd": ("composer", "Andrew Lloyd Webber"),
        "st:fromsoft": ("studio", "FromSoftware"),
        "st:konami": ("studio", "Konami"),
        "st:valve": ("studio", "Valve"),
        "st:cdpr": ("studio", "CD Projekt Red"),
    }
    rels = [
        R("rated", phrase="rated", inverse_phrase="was rated by"),
        R("has_genre", phrase="is a", inverse_phrase="is the genre of", domain=("game",), range=("genre",)),
        R("directed_game", phrase="was directed by", inverse_phrase="directed", domain=("game",), range=("person",)),
        R("written_by", phrase="was written by", inverse_phrase="wrote", domain=("game",), range=("person",)),
        R("designed_by", phrase="is designed by", inverse_phrase="designed", domain=("game",), range=("person",)),
        R("developed_by", phrase="was developed by", inverse_phrase="developed", domain=("game",), range=("studio",)),
        R("directed_show", phrase="was originally directed by", inverse_phrase="directed the original production of",
          domain=("musical",), range=("director",)),
        R("music_by", phrase="has music by", inverse_phrase="wrote the music for", domain=("musical",), range=("composer",)),
    ]
    triples = [
        ("g:witcher", "has_genre", "n:arpg"), ("g:souls", "has_genre", "n:arpg"), ("g:blood", "has_genre", "n:arpg"),
        ("g:mgs", "has_genre", "n:stealth"), ("g:ds", "has_genre", "n:stealth"), ("g:tetris", "has_genre", "n:puzzle"),
        ("g:portal", "has_genre", "n:puzzle"), ("g:hl2", "has_genre", "n:fps"),
        ("g:souls", "directed_game", "p:miyazaki"), ("g:blood", "directed_game", "p:miyazaki"),
        ("g:mgs", "directed_game", "p:kojima"), ("g:ds", "directed_game", "p:kojima"),
        ("g:witcher", "directed_game", "p:tomasz"),
        ("g:hl2", "written_by", "p:laidlaw"), ("g:portal", "written_by", "p:wolpaw"),
        ("g:tetris", "designed_by", "p:pajitnov"), ("g:souls", "designed_by", "p:miyazaki"),
        ("g:mgs", "designed_by", "p:kojima"),
        ("g:souls", "developed_by", "st:fromsoft"), ("g:blood", "developed_by", "st:fromsoft"),
        ("g:mgs", "developed_by", "st:konami"), ("g:hl2", "developed_by", "st:valve"),
        ("g:portal", "developed_by", "st:valve"), ("g:witcher", "developed_by", "st:cdpr"),
        ("m:cabaret", "directed_show", "p:prince"), ("m:sweeney", "directed_show", "p:prince"),
        ("m:evita", "directed_show", "p:prince"), ("m:cats", "directed_show", "p:nunn"),
        ("m:cabaret", "music_by", "p:kander"), ("m:sweeney", "music_by", "p:sondheim"),
        ("m:cats", "music_by", "p:lloyd"), ("m:evita", "music_by", "p:lloyd"),
        ("user:emi", "rated", "g:witcher", {"rating": 5.0}), ("user:emi", "rated", "g:tetris", {"rating": 1.0}),
        ("user:emi", "rated", "g:hl2", {"rating": 5.0}), ("user:emi", "rated", "g:ds", {"rating": 2.0}),
        ("user:emi", "rated", "g:portal", {"rating": 1.0}),
    ]
    return _build(items, others, rels, triples, extra=(E("user:emi", kind="user", type="user", label="Emi"),))


def misc():
    items = {
        "x:radiohead": ("band", "Radiohead", 1985),
        "x:blur": ("band", "Blur", 1988),
        "x:bells": ("brewery", "Bell's Brewery", 1985),
        "x:alch": ("brewery", "The Alchemist", 2003),
        "x:kzoo": ("city", "Kalamazoo", 1884),
        "x:hgp": ("project", "Human Genome Project", 1990),
        "x:manhattan": ("project", "Manhattan Project", 1942),
        "x:okc": ("album", "OK Computer", 1997),
        "x:nature": ("journal", "Nature", 1869),
    }
    others = _ppl("person", "Thom Yorke", "Damon Albarn", "Larry Bell", "John Kimmich", "Francis Collins",
                  "J. Robert Oppenheimer", "Norman Lockyer")
    others.update({"c:abingdon": ("town", "Abingdon"), "c:london": ("town", "London"), "c:waterbury": ("town", "Waterbury"),
                   "c:michigan": ("state", "Michigan")})
    rels = [
        R("founded_by", phrase="was founded by", inverse_phrase="founded", range=("person",)),
        R("formed_in", phrase="was formed in", inverse_phrase="is where they formed", domain=("band",), range=("town",)),
        R("based_in", phrase="is based in", inverse_phrase="is home to"),
        R("led_by", phrase="was led by", inverse_phrase="led", domain=("project",), range=("person",)),
        R("recorded_by", phrase="was recorded by", inverse_phrase="recorded", domain=("album",), range=("band",)),
        R("located_in", phrase="is located in", inverse_phrase="contains", domain=("city",), range=("state",)),
    ]
    t = []
    add = _adder(t)
    add("x:radiohead", "founded_by", "Thom Yorke")
    add("x:blur", "founded_by", "Damon Albarn")
    add("x:radiohead", "formed_in", "c:abingdon")
    add("x:blur", "formed_in", "c:london")
    add("x:bells", "founded_by", "Larry Bell")
    add("x:alch", "founded_by", "John Kimmich")
    add("x:bells", "based_in", "x:kzoo")
    add("x:alch", "based_in", "c:waterbury")
    add("x:hgp", "led_by", "Francis Collins")
    add("x:manhattan", "led_by", "J. Robert Oppenheimer")
    add("x:okc", "recorded_by", "x:radiohead")
    add("x:kzoo", "located_in", "c:michigan")
    add("x:nature", "founded_by", "Norman Lockyer")
    return _build(items, others, rels, t)


BUILDERS = {
    "magazines": magazines,
    "software": software,
    "brews": brews,
    "games": games,
    "misc": misc,
    "movies": kgx.KnowledgeGraph.example,
}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@magazines
# (a) opening credit with a year / before "The ..."
Founded in 1822 by John Edward Taylor, The Guardian is based in London.
Founded in 1843 by John Edward Taylor, The Guardian is based in London.
Founded in 1785 by John Edward Taylor, The Guardian is based in London.
Founded in 1821 by James Wilson, The Guardian is based in London.
Founded in 1821 by John Walter, The Guardian is based in London.
Founded in 1821 by Katharine Viner, The Guardian is based in London.
Founded in 1821 by John Edward Taylor, The Guardian is based in San Francisco.
Founded in 1821 by John Edward Taylor, The Guardian is edited by Zanny Minton Beddoes.
Founded in 1821 by John Edward Taylor, The Guardian is published by News UK.
Founded in 1821 by John Edward Taylor, The Economist is based in London.
Founded in 1843 by John Edward Taylor, The Economist is based in London.
Founded in 1821 by James Wilson, The Economist is based in London.
Founded in 1843 by Zanny Minton Beddoes, The Economist is based in London.
Founded in 1843 by James Wilson, The Economist is edited by Katharine Viner.
Founded in 1785 by William Bell, The Times is based in London.
Founded in 1791 by John Walter, The Times is based in London.
Founded in 1791 by John Walter, The Observer is based in London.
Founded in 1785 by John Walter, The Observer is based in London.
Founded in 1785 by John Walter, The Times is published by Guardian Media Group.
Founded in 1961 by Ian Hislop, Private Eye is based in London.
Founded in 1961 by Richard Ingrams and Ian Hislop, Private Eye is based in London.
Founded in 1962 by Richard Ingrams, Private Eye is based in London.
Founded in 1961 by Richard Ingrams, Private Eye is based in Manchester.
Founded in 1961 by Richard Ingrams, Private Eye is edited by Christopher Booker.
Founded in 1961 by Richard Ingrams, Punch is based in London.
Founded in 1841 by Richard Ingrams, Punch is based in London.
Founded in 1869 by Thomas Wakley, Nature is based in London.
Founded in 1823 by Norman Lockyer, The Lancet is based in London.
Founded in 1869 by Norman Lockyer, The Lancet is based in London.
Founded in 1823 by Thomas Wakley, The Lancet is published by Springer Nature.
Founded in 1869 by Norman Lockyer, Nature is published by Elsevier.
Founded in 1828 by Robert Stephen Rintoul, The Spectator is based in Manchester.
Founded in 1829 by Robert Stephen Rintoul, The Spectator is based in London.
Founded in 1982 by Mark Perry, Maximumrocknroll is based in San Francisco.
Founded in 1982 by Tim Yohannan, Maximumrocknroll is based in London.
Founded in 1976 by Tim Yohannan, Sniffin' Glue is based in London.
Founded in 1821 by John Edward Taylor, The Guardian and The Economist are based in London.
Founded in 1821 by John Edward Taylor, The Guardian, like The Economist, is based in London.
Founded in 1821 by John Edward Taylor, The Guardian is based in London, as is The Economist, founded in 1821.
Founded in 1821 by John Edward Taylor, The Guardian is not based in London.
Founded in 1821 by John Edward Taylor, The Guardian isn't published by Guardian Media Group.
Founded in 1821 by John Edward Taylor, the Guardian is based in Manchester.
Founded in 1821 by John Edward Taylor, it is based in London.
Founded in 1821 by John Edward Taylor, The Guardian is based in London. The Economist was founded in 1821.
Founded in 1821 by John Edward Taylor, The Guardian is based in London, and so is The Economist, founded by him too.
Founded in 1821 by John Edward Taylor in Manchester, The Guardian is based in London.
Founded in 1821 by John Edward Taylor, The Guardian's publisher, Guardian Media Group, is based in London.
Founded in 1821 by John Edward Taylor, The Guardian's publisher Guardian Media Group is based in London.
Founded in 1791 by William Bell, The Observer's publisher Guardian Media Group is based in London.
Founded by John Edward Taylor, The Guardian's publisher Guardian Media Group is based in London.
Founded by John Edward Taylor, The Guardian's publisher, Guardian Media Group, is based in London.
Founded in 1821 by John Edward Taylor, Guardian Media Group is based in London.
Founded in 1821 by John Edward Taylor, London is home to The Guardian.
Founded in 1821 by John Edward Taylor, Katharine Viner edits The Guardian.
Founded in 1843 by James Wilson, Zanny Minton Beddoes edits The Economist.
Founded in 1821 by John Edward Taylor, Guardian Media Group publishes The Guardian.
Published in 1821 by News UK, The Guardian is based in London.
Published in 1843 by Guardian Media Group, The Observer is based in London.
Edited in 1821 by Zanny Minton Beddoes, The Guardian is based in London.
Edited in 1821 by Katharine Viner, The Economist is based in London.
Founded in 1821 by John Edward Taylor and in 1843 by James Wilson, The Guardian is based in London.
Founded in 1821 by John Edward Taylor, The Guardian, first published in 1843, is based in London.
Founded in 1821 by John Edward Taylor, The Guardian was first published in 1822.
Founded in 1821 by John Edward Taylor, The Guardian came out in 1843.
Founded in the year 1843 by John Edward Taylor, The Guardian is based in London.
Founded in 1821 by the same person, John Edward Taylor, The Guardian is based in London.
Founded by James Wilson, The Guardian is based in London.
Founded by John Walter, The Guardian is based in London.
Founded by John Edward Taylor, The Economist is based in London.
Founded by John Edward Taylor, The Times is based in London.
Founded by John Edward Taylor, The Observer is based in London.
Founded by William Bell, The Times is based in London.
Founded by Norman Lockyer, The Lancet is based in London.
Founded by Thomas Wakley, The Lancet is based in Manchester.
Founded by Robert Stephen Rintoul, The Spectator is based in San Francisco.
Founded by John Edward Taylor, The Guardian is edited by Zanny Minton Beddoes.
Founded by John Edward Taylor, The Guardian is published by News UK.
Founded by John Edward Taylor, The Guardian and The Economist are based in London.
Founded by John Edward Taylor, The Guardian, like The Economist, is based in London.
Founded by John Edward Taylor, The Guardian is not based in London.
Founded by Katharine Viner, The Guardian is based in London.
Founded by John Edward Taylor and James Wilson, The Guardian is based in London.
Edited by Katharine Viner, The Economist is based in London.
Edited by Ian Hislop, The Lancet is based in London.
Published by Guardian Media Group, The Times is based in London.
Published by News UK, The Observer is based in London.
Published by Springer Nature, The Lancet is based in London.
Founded by Mark Perry, The Lancet is based in London.
Founded by John Edward Taylor, The Guardian was first published in 1843.
Founded by John Edward Taylor, The Guardian is based in London, and The Economist was founded by him too.
Founded by John Edward Taylor, The Guardian is based in London and edited by Ian Hislop.
# (f) published kinds and years
The Guardian, first published in 1843, is based in London.
The Guardian, first published in 1822, is based in London.
The Economist, first published in 1821, is based in London.
Private Eye, first published in 1962, is edited by Ian Hislop.
Private Eye, first published in 1961, is edited by Richard Ingrams.
First published in 1962, Private Eye is edited by Ian Hislop.
First published in 1961, Private Eye is edited by Richard Horton.
Originally published in 1821, The Economist is based in London.
Originally published in 1843, The Guardian is based in London.
First published in 1821, The Guardian and The Economist are based in London.
First published in 1821, The Guardian, like The Economist, is based in London.
First published in 1869, Nature and The Lancet are based in London.
Nature, published in 1823, is edited by Magdalena Skipper.
The Lancet, first published in 1869, is edited by Richard Horton.
Maximumrocknroll, a zine published in 1976, is based in San Francisco.
Maximumrocknroll, first published in 1976, is based in San Francisco.
Sniffin' Glue came out in 1982.
Sniffin' Glue, which came out in 1982, was founded by Mark Perry.
Punch was first published in 1961.
The Spectator was published in 1843.
The Times first came out in 1791.
The Observer came out in 1785.
First published in 1785, The Observer is published by Guardian Media Group.
Originally published in 1791, The Times is based in London.
The Guardian, first published in 1821, is based in Manchester.
The Guardian, first published in 1821, is edited by Ian Hislop.
The Guardian, first published in 1821, was founded by James Wilson.
First published in 1821, The Guardian was founded by John Walter.
First published in 1821, The Guardian is not based in London.
First released in 1843, The Guardian is based in London.
First published in 1843, it is based in London.
The Guardian and The Economist, first published in 1821, are based in London.
The Guardian, first published in 1821, and The Economist, first published in 1821, are based in London.
The Guardian, first published in 1821, and The Times, first published in 1791, are based in London.
Originally published in 1821 by Guardian Media Group, The Guardian is based in London.
First published in 1821 by News UK, The Guardian is based in London.
First published in 1843 by James Wilson, The Economist is based in London.
@software
# (f) released projects / packages
Vim, released in 1992, is written in C.
Vim, released in 2005, is written in C.
Vim, released in 1991, is written in Python.
Vim, released in 1991, was created by Linus Torvalds.
Vim, first released in 1985, was created by Bram Moolenaar.
Vim, originally released in 2005, is written in C.
First released in 1992, Vim is written in C.
First released in 2005, Vim is written in C.
First released in 1991, Vim is written in Python.
First released in 1991, Vim was created by Linus Torvalds.
First released in 1991, Vim is maintained by the Free Software Foundation.
First released in 1991, Git is written in C.
First released in 1991, Vim and Git are written in C.
First released in 1991, Vim, like Git, is written in C.
First released in 2005, Git and Django are written in Python.
First released in 2005, Git and Django were created by Linus Torvalds.
First released in 1991, Vim and Linux were both created by Linus Torvalds.
Originally released in 2005, Git is written in Python.
Originally released in 2004, Git is written in C.
Originally released in 1991, Git was created by Linus Torvalds.
Originally released in 2005, Django was created by Linus Torvalds.
Originally released in 2005, Django is written in Ruby.
Originally released in 2005, Ruby on Rails is written in Ruby.
Originally released in 2004, Django is written in Python.
Originally made in 1992, Vim is written in C.
First made in 2005, Vim is written in C.
First created in 1992, Vim is written in C.
First developed in 1985, Linux is written in C.
Originally written in 1985, Linux is written in C.
First released in 2008, Flask is maintained by Pallets.
First released in 2010, Jinja is maintained by Pallets.
First released in 2010, Flask is maintained by the Python Software Foundation.
First released in 2006, pandas is written in Python.
First released in 2008, NumPy is written in Python.
NumPy, released in 2008, was created by Travis Oliphant.
Requests, released in 2010, is maintained by the Python Software Foundation.
Requests, a package released in 2010, is written in Python.
Jinja, a package released in 2010, was created by Armin Ronacher.
Flask, first released in 2008, was created by Armin Ronacher.
Django, first released in 2004, was created by Adrian Holovaty.
Ruby on Rails, first released in 2005, is written in Ruby.
Ruby on Rails, released in 2004, is written in Python.
GNU Emacs, released in 1991, is written in Emacs Lisp.
GNU Emacs, first released in 1976, was created by Richard Stallman.
Linux came out in 1992.
Linux was first released in 2005.
Git was released in 1991.
Git came out in 1991.
pandas came out in 2006.
Vim and Git were both released in 1991.
Vim and Linux were released in 1991 and 2005.
Vim, released in 1991, and Git, released in 1991, are written in C.
Vim and Git, released in 1991, are written in C.
Git, like Vim, was released in 1991.
Vim was not released in 1991.
First released in 1991, Vim wasn't written in C.
First released in 1991, Vim is not written in C.
Vim, released in 1991 by Linus Torvalds, is written in C.
Released in 1991 by Linus Torvalds, Vim is written in C.
Created in 1991 by Linus Torvalds, Vim is written in C.
Created in 2005 by Bram Moolenaar, Vim is written in C.
Created in 1991 by Bram Moolenaar, Git is written in C.
Created in 1991 by Linus Torvalds, Git is written in C.
Created in 2010 by Armin Ronacher, Jinja is maintained by Pallets.
Created in 2008 by Kenneth Reitz, Jinja is maintained by Pallets.
Created in 2005 by Adrian Holovaty, Django is written in Ruby.
Created in 2005 by David Heinemeier Hansson, Django is written in Python.
Created in 2004 by Adrian Holovaty and David Heinemeier Hansson, Django is written in Python.
Maintained in 2010 by Pallets, Jinja is written in Python.
Maintained in 2010 by the Python Software Foundation, Flask is written in Python.
Created by Linus Torvalds, Vim is written in C.
Created by Armin Ronacher, Requests is written in Python.
Created in 1991 by Linus Torvalds, GNU Emacs is written in C.
First released in 1991, Linux was created by Richard Stallman.
@software u:dev
# (d) suggestions after asides
You loved Vim, so GNU Emacs might be worth a look.
You loved Vim, so GNU Emacs may be worth a try.
You loved Vim, so Ruby on Rails could be worth a look.
You loved Flask, so Ruby on Rails would be worth a shot.
You loved GNU Emacs, so Git might be worth a look.
You loved Ruby on Rails, so Django might be worth a look.
Since you loved Vim, GNU Emacs, another editor, may suit you.
Since you loved Vim, GNU Emacs, another project written in C, may suit you.
Since you loved Vim, Git, another project written in C, created by Bram Moolenaar, may suit you.
Since you loved Vim, Git, another project written in Python, created by Linus Torvalds, may suit you.
Since you loved Flask, Jinja, another package by Armin Ronacher, written in Ruby, may suit you.
Since you loved Flask, Jinja, another package maintained by the Python Software Foundation, created by Armin Ronacher, may suit you.
Since you loved Flask, Jinja, another package created by Armin Ronacher, maintained by Pallets, released in 2010, may suit you.
Since you loved Flask, Requests, released in 2010, created by Kenneth Reitz, may suit you.
Since you loved Flask, Requests, released in 2011, created by Armin Ronacher, may suit you.
Since you loved Flask, Django, written in Python, created by Linus Torvalds, may suit you.
Since you loved Flask, Ruby on Rails, written in Ruby, created by David Heinemeier Hansson, may suit you.
Since you loved Flask, GNU Emacs, written in C, created by Richard Stallman, may suit you.
Since you loved Vim, Git, created by Linus Torvalds, written in Python, may suit you.
Since you loved GNU Emacs, Git, created by Linus Torvalds, written in C, may suit you.
Since you loved Flask, Jinja, by Kenneth Reitz, written in Python, might be worth a look.
Jinja, by Armin Ronacher, written in Ruby, might be worth a look.
Jinja, by Armin Ronacher, written in Python, might be worth a look, since you loved GNU Emacs.
Django, another Python project, created by Adrian Holovaty, might be worth a look since you loved Ruby on Rails.
Ruby on Rails, written in Ruby, created by David Heinemeier Hansson, should suit you.
GNU Emacs, written in C, created by Richard Stallman, may suit you.
Git, written in C, created by Bram Moolenaar, might be worth a look.
Git, created by Linus Torvalds, first released in 1991, might be worth a look.
Git, created by Linus Torvalds, released in 2005, written in Python, might be worth a look.
NumPy, created by Travis Oliphant, maintained by Pallets, may suit you.
You rated Flask highly, so Jinja, another package by the same person, Kenneth Reitz, may suit you.
You rated Flask highly, so Jinja, written in Python, created by Armin Ronacher, might be worth a look, as might GNU Emacs.
You rated Vim highly, so GNU Emacs and Git might be worth a look.
@brews
# (c) hopped with as "comes with", class adjective, "with X hops"
Fat Tire comes with Centennial hops.
Fat Tire comes with Centennial.
Fat Tire comes with Cascade hops.
Two Hearted Ale comes with Willamette hops.
Two Hearted Ale comes with Willamette and Centennial hops.
Two Hearted Ale comes with Centennial and Willamette hops.
Heady Topper comes with Willamette hops.
Heady Topper comes with Simcoe and Cascade hops.
Bourbon County Stout comes with Centennial hops.
Bourbon County Stout comes with Simcoe.
Fat Tire and Two Hearted Ale both come with Willamette hops.
Fat Tire and Two Hearted Ale come with Centennial hops.
Fat Tire comes with Willamette hops, and Two Hearted Ale with Willamette hops too.
Fat Tire doesn't come with Willamette hops.
Fat Tire does not come with Willamette hops.
Fat Tire never comes with Willamette hops.
Fat Tire comes with Willamette hops and Centennial hops.
Fat Tire comes with New Belgium Brewing.
Fat Tire comes with Amber Ale.
Fat Tire comes with Jeff Lebesch.
Fat Tire comes with Willamette hops, like Two Hearted Ale.
Like Two Hearted Ale, Fat Tire comes with Willamette hops.
Fat Tire comes with the same hops as Two Hearted Ale.
Willamette comes with Fat Tire.
Fat Tire is an American IPA with Willamette hops.
Two Hearted Ale is an amber ale with Centennial hops.
Fat Tire is an amber ale with Centennial hops.
Fat Tire is an amber ale with Willamette and Centennial hops.
Fat Tire is an amber ale with Cascade hops.
Heady Topper is a double IPA with Cascade hops.
Heady Topper is a double IPA with Willamette hops.
Sierra Nevada Pale Ale is a pale ale with Citra hops.
Sierra Nevada Pale Ale is a pale ale with Willamette hops.
Sierra Nevada Pale Ale is an imperial stout with Cascade hops.
Bourbon County Stout is an imperial stout with Cascade hops.
Fat Tire is an amber ale without Willamette hops.
Fat Tire is not an amber ale with Willamette hops.
Fat Tire is an amber ale with Willamette hops, and so is Two Hearted Ale.
Fat Tire and Two Hearted Ale are amber ales with Willamette hops.
Fat Tire is an amber ale with Willamette hops from Bell's Brewery.
Fat Tire is an amber ale with Willamette hops by Larry Bell.
Fat Tire is an amber ale with willamette hops brewed by Bell's Brewery.
Fat Tire is a beer with Centennial hops.
Fat Tire is a beer with lots of Centennial hops.
Two Hearted Ale is a beer with Centennial hops and Willamette hops.
Fat Tire is a Willamette.
Two Hearted Ale is a Centennial.
Fat Tire is a Willamette beer from Bell's Brewery.
Fat Tire is a Centennial ale.
Fat Tire is a Cascade ale.
Two Hearted Ale is a Willamette ale.
Two Hearted Ale is a Willamette IPA.
Two Hearted Ale is a Willamette American IPA.
Fat Tire is a Willamette American IPA.
Fat Tire is a Willamette double IPA.
Fat Tire is a Willamette pale ale.
Heady Topper is a Cascade double IPA.
Heady Topper is a Centennial beer.
Heady Topper is a Willamette brew.
Sierra Nevada Pale Ale is a Simcoe pale ale.
Bourbon County Stout is a Centennial stout.
Bourbon County Stout is a Willamette ale.
Fat Tire and Two Hearted Ale are Willamette ales.
Fat Tire and Two Hearted Ale are both Centennial ales.
Fat Tire is a Willamette ale, and so is Two Hearted Ale.
Fat Tire is not a Willamette ale.
Fat Tire isn't a Willamette ale.
Fat Tire is a Willamette ale brewed by The Alchemist.
Fat Tire is a Willamette ale created by Larry Bell.
Fat Tire, a Centennial ale, is brewed by New Belgium Brewing.
Fat Tire, a Willamette ale, is brewed by Goose Island.
Fat Tire, which comes with Centennial hops, is brewed by New Belgium Brewing.
Fat Tire, an amber ale with Centennial hops, is brewed by New Belgium Brewing.
Fat Tire is a New Belgium Brewing ale with Centennial hops.
Fat Tire is an amber ale hopped with Centennial.
Fat Tire is an Amber Ale and a Centennial.
Two Hearted Ale is an American IPA and a Willamette.
Fat Tire is a Willamette and an American IPA.
Willamette is a hop used in Two Hearted Ale.
Centennial is a hop used in Fat Tire and Two Hearted Ale.
Fat Tire is hopped with Willamette, and Two Hearted Ale comes with it too.
Fat Tire comes with Willamette, and Heady Topper does too.
Two Hearted Ale is an amber ale with Centennial.
Heady Topper is a Citra and Simcoe double IPA with Cascade hops.
Heady Topper is a Citra and Cascade double IPA.
Heady Topper comes with Citra, Simcoe and Willamette hops.
Fat Tire is an amber ale with Willamette hops, created in 1997.
Fat Tire is a 1997 amber ale with Willamette hops.
Fat Tire is an amber ale with Willamette hops from 1997.
# teas: scented / flavored with
Earl Grey comes with jasmine.
Earl Grey comes with rose.
Jasmine Pearl comes with bergamot.
Jasmine Pearl comes with rose.
Rose Congou comes with jasmine.
Lapsang Souchong comes with bergamot.
Lapsang Souchong comes with jasmine.
Earl Grey comes with pine smoke.
Earl Grey comes with Fujian.
Earl Grey comes with black tea.
Earl Grey is a jasmine tea.
Earl Grey is a rose tea.
Jasmine Pearl is a bergamot tea.
Jasmine Pearl is a rose tea.
Rose Congou is a jasmine tea.
Lapsang Souchong is a jasmine tea.
Lapsang Souchong is a bergamot tea.
Earl Grey is a black tea with jasmine.
Earl Grey is a green tea with bergamot.
Jasmine Pearl is a green tea with rose.
Jasmine Pearl is a black tea with jasmine.
Rose Congou is a green tea with rose.
Earl Grey is a jasmine black tea.
Jasmine Pearl is a jasmine black tea.
Jasmine Pearl is a rose green tea.
Earl Grey is a jasmine.
Jasmine Pearl is a bergamot.
Earl Grey and Jasmine Pearl both come with jasmine.
Earl Grey and Jasmine Pearl are jasmine teas.
Earl Grey doesn't come with bergamot.
Earl Grey, a jasmine tea, is a kind of black tea.
Earl Grey, which comes with rose, is a kind of black tea.
Jasmine Pearl, a jasmine tea, is grown in Darjeeling.
Earl Grey is a tea with jasmine.
Earl Grey is a tea scented with bergamot.
Jasmine Pearl is a tea flavored with jasmine.
Earl Grey is a jasmine-scented tea.
Rose Congou is a jasmine-scented black tea.
Earl Grey is a bergamot tea grown in Fujian.
Earl Grey comes with bergamot and jasmine.
# gins: infused with
Tanqueray comes with cucumber.
Tanqueray is a cucumber gin.
Tanqueray is a lingonberry gin.
Hendrick's is a lingonberry gin.
Monkey 47 is a cucumber gin.
Monkey 47 comes with cucumber.
Hendrick's comes with lingonberry.
Hendrick's is a gin with lingonberry.
Tanqueray is a gin with cucumber.
Tanqueray and Hendrick's are cucumber gins.
Tanqueray and Hendrick's both come with cucumber.
Hendrick's, a lingonberry gin, is distilled by William Grant & Sons.
Hendrick's is a cucumber gin distilled by Diageo.
Hendrick's doesn't come with cucumber.
Tanqueray is a cucumber.
Hendrick's is a juniper and lingonberry gin.
Monkey 47 comes with Black Forest Distillers.
Hendrick's comes with cucumber hops.
Hendrick's is a cucumber ale.
Fat Tire is a cucumber ale.
Fat Tire comes with cucumber.
Earl Grey comes with Willamette.
Earl Grey is a Willamette tea.
Fat Tire is a bergamot ale.
Fat Tire is a jasmine ale.
@brews u:cy
You loved Heady Topper, so Fat Tire might be worth a look.
You loved Heady Topper, so Fat Tire, an amber ale with Willamette hops, might be worth a try.
You loved Earl Grey, so Lapsang Souchong might be worth a try.
You loved Heady Topper, so Two Hearted Ale, a Willamette ale, might be worth a try.
You loved Heady Topper, so Two Hearted Ale, an American IPA with Willamette hops, may suit you.
You loved Heady Topper, so Two Hearted Ale, an American IPA, with Simcoe hops, may suit you.
You loved Earl Grey, so Jasmine Pearl, a bergamot tea, might be worth a try.
You loved Earl Grey, so Rose Congou, a black tea, scented with jasmine, may suit you.
You loved Fat Tire, so Two Hearted Ale might be worth a try.
You loved Lapsang Souchong, so Rose Congou might be worth a look.
Since you loved Heady Topper, Two Hearted Ale, another double IPA, may suit you.
Since you loved Heady Topper, Sierra Nevada Pale Ale, another beer with Citra hops, may suit you.
Since you loved Heady Topper, Sierra Nevada Pale Ale, another beer with Cascade hops, may suit you.
Since you loved Earl Grey, Rose Congou, another tea with bergamot, may suit you.
Since you loved Earl Grey, Rose Congou, another black tea, grown in Darjeeling, may suit you.
@games user:emi
# (d) suggestions after asides, worth a look
Because you loved The Witcher 3, Tetris, another action role-playing game, may appeal to you.
Because you loved The Witcher 3, Dark Souls, another puzzle game, may appeal to you.
Because you loved The Witcher 3, Dark Souls, another action role-playing game, designed by Alexey Pajitnov, may suit you.
Because you loved The Witcher 3, Dark Souls, another puzzle game, designed by Hidetaka Miyazaki, may suit you.
Because you loved The Witcher 3, Dark Souls, another action role-playing game, developed by Valve, may suit you.
Because you loved The Witcher 3, Dark Souls, another action role-playing game, directed by Hideo Kojima, may suit you.
Because you loved The Witcher 3, Bloodborne, another action role-playing game, designed by Hidetaka Miyazaki, may suit you.
Because you loved The Witcher 3, Bloodborne, another action role-playing game, developed by FromSoftware, released in 2011, may suit you.
Because you loved The Witcher 3, Dark Souls, another action role-playing game, developed by FromSoftware, directed by Hideo Kojima, may suit you.
Because you loved The Witcher 3, Dark Souls, developed by FromSoftware, directed by Hideo Kojima, may suit you.
Because you loved The Witcher 3, Dark Souls, directed by Hideo Kojima, developed by FromSoftware, may suit you.
Because you loved The Witcher 3, Dark Souls, a 2015 game, developed by FromSoftware, may suit you.
Because you loved The Witcher 3, Dark Souls, released in 2015, developed by FromSoftware, may suit you.
Because you loved The Witcher 3, Dark Souls, which you rated 5, developed by FromSoftware, may suit you.
Because you loved The Witcher 3, Dark Souls, which you loved, developed by FromSoftware, may suit you.
Because you loved The Witcher 3, Dark Souls, another action role-playing game, developed by Konami, could be worth a look.
Because you loved The Witcher 3, Tetris, a puzzle game, designed by Alexey Pajitnov, may suit you.
Because you loved The Witcher 3, Portal, a puzzle game, written by Erik Wolpaw, may suit you.
Because you loved The Witcher 3, Death Stranding, a stealth game, directed by Hideo Kojima, may suit you.
Because you loved Tetris, Portal, another puzzle game, written by Erik Wolpaw, may suit you.
Because you loved Death Stranding, Metal Gear Solid, another stealth game, directed by Hideo Kojima, may suit you.
Because you loved Half-Life 2, Portal, another first-person shooter, developed by Valve, may suit you.
Because you loved Half-Life 2, Portal, also developed by Valve, written by Marc Laidlaw, may suit you.
Because you loved Half-Life 2, Portal, also developed by Valve, written by Erik Wolpaw, may suit you.
Because you loved Half-Life 2, Metal Gear Solid, developed by Valve, directed by Hideo Kojima, may suit you.
Because you loved Half-Life 2, Metal Gear Solid, a stealth game, developed by Valve, may suit you.
Because you loved The Witcher 3, Half-Life 2, a first-person shooter, developed by FromSoftware, may suit you.
Because you loved The Witcher 3, Half-Life 2, a puzzle game, developed by Valve, may suit you.
Because you loved The Witcher 3, Half-Life 2, an action role-playing game, developed by Valve, may suit you.
Half-Life 2, a puzzle game, developed by Valve, may suit you.
Half-Life 2, a first-person shooter, written by Erik Wolpaw, may suit you.
Half-Life 2, developed by Valve, written by Erik Wolpaw, might be worth a look.
Metal Gear Solid, a stealth game - directed by Hidetaka Miyazaki - may suit you.
Metal Gear Solid, a stealth game, directed by Hidetaka Miyazaki, may suit you.
Metal Gear Solid, directed by Hidetaka Miyazaki, a stealth game, may suit you.
Metal Gear Solid, a puzzle game, directed by Hideo Kojima, might be worth a look.
Metal Gear Solid, a stealth game, directed by Hideo Kojima, might be worth a look, and so might Tetris.
Dark Souls, a Konami game, directed by Hidetaka Miyazaki, might be worth a look.
Dark Souls, Hideo Kojima's game, developed by FromSoftware, might be worth a look.
Dark Souls, developed by FromSoftware, Hideo Kojima's studio, may suit you.
Dark Souls, another action role-playing game from Valve, may suit you.
You loved The Witcher 3, so Portal might be worth a look.
You loved The Witcher 3, so Death Stranding might be worth a look.
You loved The Witcher 3, so Death Stranding may be worth a try.
You loved The Witcher 3, so Tetris could be worth a shot.
You loved The Witcher 3, so Tetris should be worth a look.
You loved The Witcher 3, so Tetris would be worth a try.
You loved Tetris, so Portal might be worth a look.
You loved Death Stranding, so Metal Gear Solid might be worth a look.
You loved Portal, so Half-Life 2 might be worth a look.
You loved The Witcher 3, so Dark Souls, a puzzle game, might be worth a look.
You loved The Witcher 3, so Dark Souls, developed by Valve, might be worth a look.
You loved The Witcher 3, so Dark Souls, developed by FromSoftware, directed by Hideo Kojima, might be worth a look.
You loved The Witcher 3, so Dark Souls and Tetris might be worth a look.
You loved The Witcher 3, so Dark Souls or Portal might be worth a look.
You loved The Witcher 3, and Dark Souls, directed by Hideo Kojima, might be worth a look.
You loved The Witcher 3, so Dark Souls might be worth a look: it was directed by Hideo Kojima.
You loved The Witcher 3, so Dark Souls might be worth a look, as it was developed by Valve.
You loved The Witcher 3, which was developed by FromSoftware, so Dark Souls might be worth a look.
You loved The Witcher 3, a puzzle game, so Dark Souls might be worth a look.
Since The Witcher 3 was directed by Hidetaka Miyazaki, Dark Souls might be worth a look.
Dark Souls might be worth a look, since you loved Tetris.
Dark Souls might be worth a look, since you rated Portal five stars.
Dark Souls may be worth a try, given that you loved Death Stranding.
You hated The Witcher 3, so Dark Souls might be worth a look.
You loved The Witcher 3, so Dark Souls, another game by Hideo Kojima, might be worth a look.
@games
# (b) the same person / individual
Cats was directed by Trevor Nunn, and Cabaret was directed by the same person, Harold Prince.
Cabaret has music by John Kander, and Sweeney Todd was directed by the same person, Harold Prince.
Cabaret has music by John Kander, and Sweeney Todd was originally directed by the same person, Harold Prince.
Cats has music by Andrew Lloyd Webber, and Evita was directed by the same person, Harold Prince.
Sweeney Todd was directed by the same person, Harold Prince.
Sweeney Todd was originally directed by the same person, Harold Prince.
Evita was directed by the same individual, Harold Prince.
Cats was directed by the same person, Trevor Nunn.
Cabaret was directed by Harold Prince, and Sweeney Todd was directed by the same person, Stephen Sondheim.
Cabaret was directed by Harold Prince, and Cats was directed by the same person, Trevor Nunn.
Cabaret was directed by Harold Prince, and Cats was directed by the same individual, Trevor Nunn.
Cabaret was directed by Harold Prince, and Cats was directed by the same person, Harold Prince.
Cabaret was directed by Harold Prince, and Sweeney Todd has music by the same person, Harold Prince.
Cabaret was directed by Harold Prince, and Sweeney Todd has music by the same person, Stephen Sondheim.
Evita has music by Andrew Lloyd Webber, and Cats has music by the same person, John Kander.
Cats has music by Andrew Lloyd Webber, and Cabaret has music by the same person, John Kander.
Cats has music by Andrew Lloyd Webber, and Evita was directed by the same person, Andrew Lloyd Webber.
Cabaret and Cats were directed by the same person, Harold Prince.
Cabaret and Cats were directed by the same person, Trevor Nunn.
Cabaret, like Cats, was directed by the same person, Harold Prince.
Cabaret and Evita have music by the same person, Andrew Lloyd Webber.
Cabaret was directed by Harold Prince, and Sweeney Todd and Cats were directed by the same person, Harold Prince.
Cabaret was directed by Harold Prince, and Sweeney Todd was not directed by the same person, Harold Prince.
Cabaret was directed by Harold Prince, but Sweeney Todd wasn't directed by the same person, Harold Prince.
Cabaret was directed by Harold Prince. Cats was directed by the same person, Trevor Nunn.
Cabaret was directed by Harold Prince; Cats was directed by the same person, Trevor Nunn.
Cabaret was directed by Harold Prince, and Sweeney Todd was directed by the same man, Harold Prince.
Cabaret was directed by Harold Prince, and Sweeney Todd was directed by the same director, Trevor Nunn.
Cabaret was directed by Harold Prince, and Sweeney Todd was directed by the same composer, Harold Prince.
Cabaret was directed by Harold Prince, and Sweeney Todd was directed by the same people, Harold Prince.
Cabaret was directed by Harold Prince, and Sweeney Todd was directed by the same person, Harold Prince, who also wrote its music.
Dark Souls was directed by Hidetaka Miyazaki, and Death Stranding was directed by the same person, Hideo Kojima.
Metal Gear Solid was directed by Hideo Kojima, and Dark Souls was directed by the same person, Hidetaka Miyazaki.
Metal Gear Solid was directed by Hideo Kojima, and Bloodborne was directed by the same individual, Hidetaka Miyazaki.
Dark Souls was developed by FromSoftware, and Bloodborne was directed by the same person, Hidetaka Miyazaki.
Dark Souls was developed by FromSoftware, and Bloodborne was developed by the same individual, FromSoftware.
Dark Souls was developed by FromSoftware, and Bloodborne was developed by the same person, FromSoftware.
Dark Souls is designed by Hidetaka Miyazaki, and Death Stranding was directed by the same person, Hideo Kojima.
Tetris is designed by Alexey Pajitnov, and Portal was written by the same person, Erik Wolpaw.
Half-Life 2 was written by Marc Laidlaw, and Portal was written by the same person, Erik Wolpaw.
Half-Life 2 was developed by Valve, and Portal was written by the same person, Erik Wolpaw.
Half-Life 2 was written by Marc Laidlaw, and Portal was written by the same person, Marc Laidlaw.
Dark Souls was directed by Hidetaka Miyazaki, and Bloodborne was designed by the same person, Hidetaka Miyazaki.
Metal Gear Solid was directed by Hideo Kojima, and Death Stranding was designed by the same person, Hideo Kojima.
Dark Souls is an action role-playing game, and Bloodborne was directed by the same person, Hidetaka Miyazaki.
Dark Souls came out in 2011, and Bloodborne was directed by the same person, Hidetaka Miyazaki.
Death Stranding was directed by Hideo Kojima, and Dark Souls was directed by the same person, Hidetaka Miyazaki, as Bloodborne.
Dark Souls was directed by Hidetaka Miyazaki, and Bloodborne and Death Stranding were directed by the same person, Hidetaka Miyazaki.
Hidetaka Miyazaki directed Dark Souls, and Death Stranding was directed by the same person, Hideo Kojima.
Dark Souls, directed by Hidetaka Miyazaki, and Death Stranding, directed by the same person, Hideo Kojima, are games.
Directed by Hidetaka Miyazaki, Dark Souls is an action role-playing game, and Death Stranding was directed by the same person, Hideo Kojima.
Dark Souls was directed by Hidetaka Miyazaki, and Death Stranding was directed by the same person, Hideo Kojima, and the same studio, FromSoftware.
Dark Souls was directed by Hidetaka Miyazaki, and so was Death Stranding, by the same person, Hidetaka Miyazaki.
Dark Souls was directed by Hidetaka Miyazaki, and Bloodborne was developed by the same person, Hidetaka Miyazaki.
Dark Souls was directed by Hidetaka Miyazaki, and Bloodborne, developed by Konami, was directed by the same person, Hidetaka Miyazaki.
Dark Souls was directed by Hidetaka Miyazaki, and Bloodborne was directed by the same person, Hidetaka Miyazaki, in 2011.
# (a) credits with a year in the games graph
Directed in 2011 by Hidetaka Miyazaki, Bloodborne is an action role-playing game.
Directed in 2015 by Hideo Kojima, Bloodborne is an action role-playing game.
Developed in 2015 by FromSoftware, Dark Souls is an action role-playing game.
Developed in 2011 by Valve, Dark Souls is an action role-playing game.
Written in 2004 by Erik Wolpaw, Half-Life 2 is a first-person shooter.
Written in 2007 by Marc Laidlaw, Portal is a puzzle game.
Designed in 1998 by Hideo Kojima, Metal Gear Solid is a puzzle game.
Designed in 1984 by Hideo Kojima, Tetris is a puzzle game.
Designed in 1998 by Hideo Kojima, Death Stranding is a stealth game.
Originally directed in 1966 by Trevor Nunn, Cabaret has music by John Kander.
Directed in 1966 by Trevor Nunn, Cabaret has music by John Kander.
Directed in 1979 by Harold Prince, Cabaret has music by John Kander.
Directed in 1966 by Harold Prince, Cabaret has music by Stephen Sondheim.
Directed in 1981 by Harold Prince, Cats has music by Andrew Lloyd Webber.
Directed by Harold Prince, The Witcher 3 is an action role-playing game.
Directed in 2015 by Konrad Tomaszkiewicz, The Witcher 3 is a puzzle game.
Directed in 2011 by Konrad Tomaszkiewicz, The Witcher 3 is an action role-playing game.
Directed in 2015 by Hidetaka Miyazaki, The Witcher 3 is an action role-playing game.
Developed in 2015 by Valve, The Witcher 3 is an action role-playing game.
Developed by FromSoftware, The Witcher 3 is an action role-playing game.
@misc
# (f) kinds that are not released
Radiohead, released in 1985, was founded by Thom Yorke.
First released in 1985, Radiohead was founded by Thom Yorke.
Originally released in 1985, Radiohead was formed in Abingdon.
Radiohead was released in 1985.
Radiohead came out in 1985.
Blur, first released in 1988, was formed in London.
First released in 1985, Bell's Brewery was founded by Larry Bell.
Bell's Brewery, released in 1985, is based in Kalamazoo.
Bell's Brewery was first published in 1985.
First published in 2003, The Alchemist was founded by John Kimmich.
The Alchemist came out in 2003.
First released in 1884, Kalamazoo is located in Michigan.
Kalamazoo, released in 1884, is located in Michigan.
Kalamazoo was first published in 1884.
Radiohead, a band released in 1985, was founded by Thom Yorke.
First released in 1985, OK Computer was recorded by Radiohead.
OK Computer, released in 1985, was recorded by Radiohead.
First published in 1869, Nature was founded by Thom Yorke.
Nature, first published in 1870, was founded by Norman Lockyer.
# (a) credit before a name, on other kinds
Founded in 1985 by Thom Yorke, Radiohead was formed in London.
Founded in 1988 by Thom Yorke, Radiohead was formed in Abingdon.
Founded in 1985 by Damon Albarn, Radiohead was formed in Abingdon.
Founded in 1985 by Larry Bell, The Alchemist is based in Waterbury.
Founded in 2003 by Larry Bell, The Alchemist is based in Waterbury.
Founded in 1985 by John Kimmich, Bell's Brewery is based in Kalamazoo.
Founded in 2003 by John Kimmich, The Alchemist is based in Kalamazoo.
Founded by Larry Bell, The Alchemist is based in Waterbury.
Founded by John Kimmich, The Alchemist is based in Kalamazoo.
Led in 1990 by J. Robert Oppenheimer, the Human Genome Project is a project.
Led in 1942 by Francis Collins, the Manhattan Project is a project.
Led in 1990 by Francis Collins, the Manhattan Project is a project.
First released in 1990, the Human Genome Project was led by J. Robert Oppenheimer.
The Manhattan Project, first released in 1990, was led by J. Robert Oppenheimer.
@movies user:414
# (e) another film with X
You gave The Usual Suspects five stars, so try Seven, another film with Kevin Spacey.
You gave The Usual Suspects five stars, so try Hurlyburly, another film with Kevin Pollak.
You gave The Usual Suspects five stars, so try Hurlyburly, another film with Gabriel Byrne.
You gave The Usual Suspects five stars, so try Hurlyburly, another film with Bryan Singer.
You gave The Usual Suspects five stars, so try Hurlyburly, another film with John Ottman.
You gave The Usual Suspects five stars, so try Hurlyburly, another film with Kevin Spacey and Kevin Pollak.
You gave The Usual Suspects five stars, so try Hurlyburly, another film with Kevin Pollak and Kevin Spacey.
You gave The Usual Suspects five stars, so try Hurlyburly, another film with Sean Penn.
You gave The Usual Suspects five stars, so try Hurlyburly, another thriller with Kevin Spacey.
You gave The Usual Suspects five stars, so try Hurlyburly, another crime film with Kevin Spacey.
You gave The Usual Suspects five stars, so try Hurlyburly, another 1995 film with Kevin Spacey.
You gave The Usual Suspects five stars, so try Hurlyburly, another drama with Kevin Spacey.
You gave The Usual Suspects five stars, so try Hurlyburly, another Bryan Singer film with Kevin Spacey.
You gave The Usual Suspects five stars, so try Hurlyburly, another film with Kevin Spacey, directed by Bryan Singer.
You gave The Usual Suspects five stars, so try Hurlyburly, another film with Kevin Spacey, which you rated 5.
You gave The Usual Suspects five stars, so try Hurlyburly, another film with Al Pacino.
You gave Braveheart five stars, so try Hurlyburly, another film with Kevin Spacey.
You gave Seven four stars, so try Hurlyburly, another film with Kevin Spacey.
You gave Fargo five stars, so try Hurlyburly, another film with Kevin Spacey.
You gave Goodfellas five stars, so try Casino, another film with Al Pacino.
You gave Goodfellas five stars, so try Heat, another film with Joe Pesci.
You gave Goodfellas five stars, so try Seven, another film with Robert De Niro.
You gave Reservoir Dogs five stars, so try Pulp Fiction, another film with Tim Roth.
You gave Reservoir Dogs five stars, so try Pulp Fiction, another film with Harvey Keitel.
You gave The Matrix five stars, so try Fight Club, another film with Keanu Reeves.
You gave The Matrix five stars, so try Twister, another film with Hugo Weaving.
You gave Goodfellas five stars, so try Casino, another film with Robert De Niro, which you loved.
You gave Goodfellas five stars, so try Heat, another film with Robert De Niro, which you loved.
You gave Goodfellas five stars, so Casino, another film with Robert De Niro, might be worth a look.
You gave Goodfellas five stars, so Heat, another film with Robert De Niro, might be worth a look.
You gave Goodfellas five stars, so Twister, another film with Robert De Niro, might be worth a look.
You gave Goodfellas five stars, so Casino, another film with Al Pacino, might be worth a look.
You gave The Usual Suspects five stars, so Hurlyburly, another film with Kevin Pollak, might be worth a look.
You gave The Usual Suspects five stars, so Seven, another film with Kevin Spacey, may suit you.
You loved The Usual Suspects, so Seven, another film with Kevin Spacey, might be worth a look.
Hurlyburly is another film with Kevin Spacey, like Seven.
Hurlyburly, like Seven, is another film with Kevin Spacey.
Like The Usual Suspects, Hurlyburly is another film with Kevin Pollak.
Seven is another film with Kevin Spacey.
Hurlyburly is another film with Kevin Spacey.
You gave The Usual Suspects five stars; Hurlyburly is another film with Kevin Pollak.
You gave The Usual Suspects five stars, so try Hurlyburly, another film without Kevin Spacey.
You gave The Usual Suspects five stars, so try Hurlyburly, not another film with Kevin Spacey.
You gave The Usual Suspects five stars, so try Hurlyburly, another film with Chazz Palminteri and Gabriel Byrne.
You gave The Usual Suspects five stars, so try Hurlyburly, another film with Kevin Spacey from Bryan Singer.
You gave The Usual Suspects five stars, so try Hurlyburly, another film with Kevin Spacey by Bryan Singer.
You gave The Usual Suspects five stars, so try Hurlyburly, another film with Kevin Spacey, Casino.
You gave The Usual Suspects five stars, so try Hurlyburly and Seven, other films with Kevin Spacey.
You gave The Usual Suspects five stars, so try Hurlyburly and Seven, two more films with Kevin Spacey.
# suggestions of items rated low by 414 (Heat 3, Casino 3, Twister 3, Jumanji 3, GoldenEye 3)
You gave Goodfellas five stars, so Casino might be worth a look.
You gave Goodfellas five stars, so Heat might be worth a look.
You loved Fargo, so Twister might be worth a try.
You loved Fargo, so Jumanji might be worth a watch.
You loved Goodfellas, so Casino, another Martin Scorsese film, might be worth a look.
You loved Goodfellas, so Casino, another film with Robert De Niro, directed by Martin Scorsese, may suit you.
You loved Heat, so Casino might be worth a look.
You loved Heat, so Goodfellas might be worth a look.
You loved Casino, so Goodfellas might be worth a look.
# (b) the same person in the movie graph
Heat was directed by Michael Mann, and Casino was directed by the same person, Martin Scorsese.
Heat is directed by Michael Mann, and Casino is directed by the same person, Martin Scorsese.
Heat stars Robert De Niro, and Casino is directed by the same person, Martin Scorsese.
Heat is written by Michael Mann, and Casino is directed by the same person, Martin Scorsese.
Seven is directed by David Fincher, and Heat is directed by the same person, Michael Mann.
Seven is directed by David Fincher, and Heat is written by the same person, Michael Mann.
Goodfellas is directed by Martin Scorsese, and Heat is directed by the same person, Michael Mann.
Goodfellas is directed by Martin Scorsese, and Casino is written by the same person, Nicholas Pileggi.
Goodfellas is directed by Martin Scorsese, and Casino is edited by the same person, Thelma Schoonmaker.
Heat has cinematography by Dante Spinotti, and L.A. Confidential is directed by the same person, Curtis Hanson.
Reservoir Dogs is directed by Quentin Tarantino, and Pulp Fiction is produced by the same person, Lawrence Bender.
Casino is directed by the same person, Martin Scorsese.
Heat is directed by the same person, Michael Mann.
Heat is directed by the same individual, Michael Mann.
Heat is directed by Michael Mann, and Casino is directed by the same individual, Martin Scorsese.
Heat is distributed by Warner Bros., and L.A. Confidential is distributed by the same person, Warner Bros..
Heat is directed by Michael Mann and Casino by the same person, Martin Scorsese.
Heat and Casino are directed by the same person, Martin Scorsese.
Heat and Casino are directed by the same person, Michael Mann.
Heat and Goodfellas are directed by the same person, Martin Scorsese.
Goodfellas and Casino are directed by the same person, Michael Mann.
Seven and Fight Club are directed by the same person, Michael Mann.
Reservoir Dogs and Pulp Fiction are directed by the same person, Lawrence Bender.
The Matrix is directed by The Wachowski Brothers, and The Matrix is written by the same individual, The Wachowski Brothers.
# (a) credits with a year in the movie graph
Directed in 1994 by Michael Mann, Heat stars Al Pacino.
Directed in 1995 by Martin Scorsese, Heat stars Al Pacino.
Directed in 1995 by Michael Mann, Heat stars Joe Pesci.
Directed in 1995 by Michael Mann, Casino stars Robert De Niro.
Directed in 1990 by Martin Scorsese, Casino stars Robert De Niro.
Directed in 1995 by Martin Scorsese, Goodfellas stars Robert De Niro.
Written in 1995 by Nicholas Pileggi, Goodfellas stars Robert De Niro.
Written in 1995 by Michael Mann, Casino stars Robert De Niro.
Edited in 1995 by Thelma Schoonmaker, Heat stars Robert De Niro.
Produced in 1995 by Barbara De Fina, Heat stars Robert De Niro.
Produced in 1996 by Art Linson, Heat stars Robert De Niro.
Distributed in 1995 by Universal Pictures, Heat stars Robert De Niro.
Distributed in 1995 by Warner Bros., Casino stars Robert De Niro.
Directed in 1999 by David Fincher, Seven stars Brad Pitt.
Directed in 1995 by David Fincher, Fight Club stars Brad Pitt.
Directed in 1995 by Michael Mann, Heat and Casino star Robert De Niro.
Directed in 1995 by Michael Mann, Heat, like Casino, stars Robert De Niro.
Directed in 1995 by Michael Mann, Heat stars Robert De Niro, and so does Goodfellas, directed in 1995 too.
Directed in 1995 by Michael Mann, The Usual Suspects stars Kevin Spacey.
Directed in 1995 by Bryan Singer, The Usual Suspects stars Al Pacino.
Directed by Michael Mann, The Usual Suspects stars Kevin Spacey.
Directed by Bryan Singer, The Usual Suspects stars Robert De Niro.
Directed by Bryan Singer, The Matrix stars Keanu Reeves.
Directed in 1999 by The Wachowski Brothers, The Matrix stars Brad Pitt.
Directed in 1997 by The Wachowski Brothers, The Matrix stars Keanu Reeves.

@magazines
# round 2: the possessive after an opening credit (the subject is the thing owned)
Founded in 1821 by John Edward Taylor, The Guardian's publisher publishes The Observer.
Founded by John Edward Taylor, The Guardian's publisher publishes The Observer.
Founded in 1821 by John Edward Taylor, The Guardian's editor is Katharine Viner.
Founded by John Edward Taylor, The Guardian's editor Katharine Viner edits The Guardian.
Founded by John Edward Taylor, The Guardian's home, London, is home to The Economist.
Founded in 1821 by John Edward Taylor, The Guardian's city London is home to The Times.
Founded by Richard Ingrams, Private Eye's editor Ian Hislop edits Private Eye.
Founded by Norman Lockyer, Nature's publisher Springer Nature is based in London.
Founded in 1869 by Norman Lockyer, Nature's publisher, Springer Nature, is based in London.
Founded in 1785 by John Walter, The Times's publisher News UK is based in London.
Founded by John Walter, The Times' publisher News UK is based in London.
Founded in 1843 by James Wilson, The Economist's editor Zanny Minton Beddoes edits The Economist.
Published by Guardian Media Group, The Guardian's founder John Edward Taylor founded The Guardian.
@software
Originally released in 1991, Vim's creator Bram Moolenaar created Vim.
Created in 1991 by Bram Moolenaar, Vim's language C is the language of Git.
First released in 2005, Git's creator Linus Torvalds created Linux.
@software u:dev
You loved Vim, so Git, also by Bram Moolenaar, might be worth a look.
Since you loved Flask, Ruby on Rails, which you loved, written in Ruby, may suit you.
Since you loved Flask, Jinja, which you rated 5, created by Armin Ronacher, may suit you.
Since you loved Flask, Jinja, which you rated 1, created by Armin Ronacher, may suit you.
Vim and GNU Emacs might be worth a look.
Git might be worth a look, and so might GNU Emacs.
Jinja, by Armin Ronacher, who also created Flask, which you hated, might be worth a look.
Jinja, by Armin Ronacher, written in Python, might be worth a look, unlike Flask.
Jinja, written in Python, created by Armin Ronacher, might be worth a look again.
Jinja, written in Python, created by Armin Ronacher, might be worth a look, as is Requests, by Armin Ronacher.
@brews
Two Hearted Ale comes with American IPA.
Heady Topper comes with Double IPA.
Fat Tire comes with an Amber Ale.
Fat Tire comes with Amber Ale and Willamette.
Bourbon County Stout comes with Imperial Stout.
Fat Tire comes with Willamette hops and Amber Ale.
Fat Tire comes with American IPA.
Jasmine Pearl comes with green tea.
Fat Tire is hopped with Amber Ale.
@games
Cats was directed by Trevor Nunn, and Evita has music by the same person, Andrew Lloyd Webber.
Cats was originally directed by Trevor Nunn, and Evita has music by the same person, Andrew Lloyd Webber.
Metal Gear Solid is designed by Hideo Kojima, and Death Stranding was directed by the same person, Hidetaka Miyazaki.
Metal Gear Solid is a stealth game developed by Konami, and Death Stranding was directed by the same person, Hideo Kojima.
Metal Gear Solid was developed by Konami, and Death Stranding was directed by the same person, Hideo Kojima.
Bloodborne was developed by FromSoftware, and Dark Souls is designed by the same person, Hidetaka Miyazaki.
@movies user:414
Heat stars Al Pacino, and Casino stars the same person, Robert De Niro.
Goodfellas stars Joe Pesci, and Casino is directed by the same person, Martin Scorsese.
Goodfellas stars Ray Liotta, and Casino stars the same person, Joe Pesci.
Seven stars Brad Pitt, and Fight Club is directed by the same person, David Fincher.
Reservoir Dogs stars Tim Roth, and Pulp Fiction is directed by the same person, Quentin Tarantino.
The Usual Suspects stars Kevin Spacey, and Hurlyburly stars the same person, Chazz Palminteri.
Twister is written by Joss Whedon, and Twister is produced by the same person, Michael Crichton.
Twister is written by Michael Crichton, and it is produced by the same person, Kathleen Kennedy.
Goodfellas is edited by Thelma Schoonmaker, and Casino is directed by the same person, Martin Scorsese.
Goodfellas is produced by Irwin Winkler, and Casino is written by the same person, Nicholas Pileggi.
Heat is distributed by Warner Bros., and L.A. Confidential has cinematography by the same person, Dante Spinotti.
Pulp Fiction is written by Quentin Tarantino, and Reservoir Dogs is produced by the same person, Lawrence Bender.
Heat is written by Michael Mann, and Heat is directed by the same person, Michael Mann.
You gave The Usual Suspects five stars, so try Hurlyburly, another film with Kevin Spacey and Sean Penn.
You gave The Usual Suspects five stars, so try Hurlyburly, another film with Chazz Palminteri, Kevin Spacey and Sean Penn.
You gave The Usual Suspects five stars, so try Hurlyburly, another drama with Chazz Palminteri.
You gave The Usual Suspects five stars, so try Hurlyburly, another film with Chazz Palminteri, directed by Bryan Singer.
You gave The Usual Suspects five stars, so try Hurlyburly, another film with Chazz Palminteri, which you rated 5.
You gave The Usual Suspects five stars, so try Hurlyburly, another film with Chazz Palminteri from 1995.
You gave The Usual Suspects five stars, so try Hurlyburly, another film with Chazz Palminteri and Kevin Pollak.
You gave The Usual Suspects five stars, so try Hurlyburly, another film starring Kevin Pollak.
You gave Goodfellas five stars, so try Casino, another film with Robert De Niro and Ray Liotta.
You gave Goodfellas five stars, so try Casino, another film with Joe Pesci, Robert De Niro and Sharon Stone.
You gave Goodfellas five stars, so try Casino, another film with Robert De Niro, from Michael Mann.
You gave Goodfellas five stars, so try Casino, another film with Robert De Niro by Michael Mann.
You gave Goodfellas five stars, so try Casino, another Michael Mann film with Robert De Niro.
You gave Goodfellas five stars, so try Casino, another 1990 film with Robert De Niro.
You gave Goodfellas five stars, so try Casino, another comedy with Robert De Niro.
You gave Goodfellas five stars, so try Casino, another film with Robert De Niro, and Heat, another film with Joe Pesci.
@movies
First released in 1996, Heat stars Al Pacino.
First released in 1995, Heat and Fargo are thrillers.
First released in 1995, Heat and Fargo star Al Pacino.
First released in 1995, Heat, like Fargo, is a thriller.
Originally released in 1995, Fargo is a thriller.
Originally released in 1994, Heat stars Al Pacino.
First released in 1995, Michael Mann directed Heat.
First released in 1999, Michael Mann directed Heat.
First released in 1995, Heat stars Joe Pesci.
First made in 1996, Heat stars Al Pacino.
Originally made in 1990, Casino stars Robert De Niro.
@misc
Originally released in 1988, Blur was formed in London.
First released in 1988, Blur was founded by Damon Albarn.
First released in 1985, Bell's Brewery is based in Kalamazoo.
Released in 1985, Radiohead was founded by Thom Yorke.
Released in 1988, Blur was formed in London.
Made in 1985, Radiohead was formed in Abingdon.
First made in 1985, Radiohead was formed in Abingdon.
Originally made in 1884, Kalamazoo is located in Michigan.
First released in 1985, Radiohead recorded OK Computer.
First released in 1985, Radiohead is where they formed.
First released in 2003, The Alchemist was founded by John Kimmich.
Originally released in 1942, the Manhattan Project was led by J. Robert Oppenheimer.
First released in 1869, Nature was founded by Norman Lockyer.

@magazines
# round 3: compound subjects after an opening credit
Founded by John Edward Taylor, The Guardian - and The Economist - are based in London.
Founded by John Edward Taylor, The Guardian as well as The Economist are based in London.
Founded by John Edward Taylor, The Guardian plus The Economist are based in London.
Founded by John Edward Taylor, The Guardian together with The Economist are based in London.
Founded by John Edward Taylor, The Guardian and later The Economist were based in London.
Founded in 1821 by John Edward Taylor, The Guardian and then The Economist were based in London.
Founded in 1821 by John Edward Taylor, The Guardian with The Economist are based in London.
Founded by John Edward Taylor, The Guardian's founder also founded The Economist.
Founded in 1821 by John Edward Taylor, The Guardian's rival The Times is based in London.
@brews
The Centennial ale Fat Tire is brewed by New Belgium Brewing.
Fat Tire, the Centennial ale, is brewed by New Belgium Brewing.
Fat Tire is a Centennial-hopped ale.
Two Hearted Ale is the Willamette ale from Bell's Brewery.
Jasmine Pearl, the rose tea, is grown in Fujian.
@games user:emi
Since you loved The Witcher 3, Dark Souls, Tetris, may suit you.
Since you loved The Witcher 3, Dark Souls, Portal, might be worth a look.
Dark Souls, Tetris, might be worth a look.
Dark Souls, or Tetris, may suit you.
Dark Souls, like Tetris, may suit you.
Dark Souls, and Tetris, may suit you.
Dark Souls, and also Tetris, might be worth a look.
Dark Souls, another game you rated 1, may suit you.
Dark Souls, another action role-playing game, and Tetris, may suit you.
Dark Souls, Bloodborne, Tetris, may suit you.
Because you loved The Witcher 3, Dark Souls, then Tetris, may suit you.
Because you loved The Witcher 3, Dark Souls, Death Stranding, might be worth a look.
@movies user:414
Heat stars Robert De Niro; try Casino, another film with Al Pacino.
You gave Goodfellas five stars, so try Hurlyburly, another film with Robert De Niro.
@misc
First released in 1985, Thom Yorke founded Radiohead.
"""

CONTROLS = r"""
@magazines
Founded in 1821 by John Edward Taylor, The Guardian is based in London.
Founded in 1843 by James Wilson, The Economist is based in London.
Founded by John Edward Taylor, The Guardian is based in London.
Founded by John Walter, The Times is based in London.
Founded in 1961 by Richard Ingrams, Private Eye is edited by Ian Hislop.
The Guardian, first published in 1821, is based in London.
First published in 1961, Private Eye is edited by Ian Hislop.
Originally published in 1843, The Economist is based in London.
@software
Vim, released in 1991, is written in C.
First released in 1991, Vim is written in C.
Originally released in 2005, Git is written in C.
Created in 2010 by Armin Ronacher, Flask is maintained by Pallets.
@software u:dev
You loved Vim, so Git might be worth a look.
Since you loved Flask, Jinja, another package created by Armin Ronacher, maintained by Pallets, may suit you.
Since you loved Flask, Jinja, by Armin Ronacher, written in Python, might be worth a look.
@brews
Fat Tire is an amber ale with willamette hops.
Two Hearted Ale comes with Centennial hops.
Fat Tire is a Willamette ale.
Earl Grey comes with bergamot.
Jasmine Pearl is a jasmine tea.
Hendrick's is a cucumber gin.
Monkey 47 comes with lingonberry.
@games user:emi
Because you loved The Witcher 3, Dark Souls, another action role-playing game, designed by Hidetaka Miyazaki, may suit you.
Because you loved The Witcher 3, Bloodborne, developed by FromSoftware, directed by Hidetaka Miyazaki, may suit you.
You loved The Witcher 3, so Dark Souls might be worth a look.
@games
Cabaret was directed by Harold Prince, and Sweeney Todd was directed by the same person, Harold Prince.
Dark Souls was directed by Hidetaka Miyazaki, and Bloodborne was directed by the same person, Hidetaka Miyazaki.
@movies user:414
You gave The Usual Suspects five stars, so try Hurlyburly, another film with Kevin Spacey.
You gave The Usual Suspects five stars, so try Hurlyburly, another film with Chazz Palminteri.
You gave Goodfellas five stars, so try Casino, another film with Robert De Niro.
Goodfellas is directed by Martin Scorsese, and Casino is directed by the same person, Martin Scorsese.
Directed in 1995 by Michael Mann, Heat stars Al Pacino.
@misc
Founded in 1985 by Thom Yorke, Radiohead was formed in Abingdon.
First released in 1997, OK Computer was recorded by Radiohead.
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
        # a research project is launched, not "released" (the type word "project" is read as software)
        "First released in 1990, the Human Genome Project was led by J. Robert Oppenheimer.",
        "The Manhattan Project, first released in 1990, was led by J. Robert Oppenheimer.",
        # "the same person" right after a credit in an opening phrase: same as whom?
        "Founded in 1821 by the same person, John Edward Taylor, The Guardian is based in London.",
        # a year with a publisher's credit: the publisher may not have published it that year
        "Published in 1843 by Guardian Media Group, The Observer is based in London.",
        "Originally published in 1821 by Guardian Media Group, The Guardian is based in London.",
        # "a Willamette beer" / "a beer with lots of X hops"
        "Heady Topper is a Willamette brew.",
        # a dangling opening participle read of the item it plainly means ("First released in 1995,
        # Michael Mann directed Heat": Heat came out in 1995); "X's editor / founder / creator <person>"
        # after a credit: a person is not founded or released, so the credit reads of X
        "First released in 1995, Michael Mann directed Heat.",
        "First released in 1985, Thom Yorke founded Radiohead.",
        "Founded in 1821 by John Edward Taylor, The Guardian's editor is Katharine Viner.",
        "Founded by John Edward Taylor, The Guardian's editor Katharine Viner edits The Guardian.",
        "Founded by Richard Ingrams, Private Eye's editor Ian Hislop edits Private Eye.",
        "Founded in 1843 by James Wilson, The Economist's editor Zanny Minton Beddoes edits The Economist.",
        "Published by Guardian Media Group, The Guardian's founder John Edward Taylor founded The Guardian.",
        "Originally released in 1991, Vim's creator Bram Moolenaar created Vim.",
        "First released in 2005, Git's creator Linus Torvalds created Linux.",
        "Founded by John Edward Taylor, The Guardian's founder also founded The Economist.",
        # a journal is published rather than "released"; a band / city "made" in a year
        "First released in 1869, Nature was founded by Norman Lockyer.",
        "Originally released in 1942, the Manhattan Project was led by J. Robert Oppenheimer.",
        "Made in 1985, Radiohead was formed in Abingdon.",
        "First made in 1985, Radiohead was formed in Abingdon.",
        "Originally made in 1884, Kalamazoo is located in Michigan.",
        # "the same person" with no person named before it: the same as the other item's (true)
        "Dark Souls is an action role-playing game, and Bloodborne was directed by the same person, Hidetaka Miyazaki.",
        "Dark Souls came out in 2011, and Bloodborne was directed by the same person, Hidetaka Miyazaki.",
        # a suggestion of a film the user rated 3 (neither liked nor disliked at threshold 4)
        "You gave Goodfellas five stars, so Casino, another film with Robert De Niro, might be worth a look.",
        "You gave Goodfellas five stars, so Heat, another film with Robert De Niro, might be worth a look.",
        "You gave Goodfellas five stars, so Casino might be worth a look.",
        "You gave Goodfellas five stars, so Heat might be worth a look.",
        "You loved Fargo, so Twister might be worth a try.",
        "You loved Fargo, so Jumanji might be worth a watch.",
        "You loved Goodfellas, so Casino, another Martin Scorsese film, might be worth a look.",
        "You loved Goodfellas, so Casino, another film with Robert De Niro, directed by Martin Scorsese, may suit you.",
        "You loved Heat, so Casino might be worth a look.",
        "You loved Heat, so Goodfellas might be worth a look.",
        "You loved Casino, so Goodfellas might be worth a look.",
        "You gave The Usual Suspects five stars, so try Hurlyburly, another drama with Chazz Palminteri.",
        # Wachowski Brothers are two people
        "The Matrix is directed by The Wachowski Brothers, and The Matrix is written by the same individual, The Wachowski Brothers.",
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
