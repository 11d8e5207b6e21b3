"""Red team round 122 (the readings of 88a4225: a maker's verb and its place, "the brewery" as an object, "brews" no noun, the active voice of "was originally directed by"): false texts only."""

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


def beers():
    items = {
        "b:bcbs": ("beer", "Bourbon County Brand Stout", 1992),
        "b:312": ("beer", "312 Urban Wheat", 2004),
        "b:daisy": ("beer", "Daisy Cutter", 2009),
        "b:heady": ("beer", "Heady Topper", 2003),
        "b:focal": ("beer", "Focal Banger", 2012),
        "b:snpa": ("beer", "Sierra Nevada Pale Ale", 1980),
        "b:celeb": ("beer", "Celebration Ale", 1981),
        "b:two": ("beer", "Two Hearted", 1997),
        "b:pliny": ("beer", "Pliny the Elder", 2000),
        "b:steam": ("beer", "Anchor Steam", 1971),
        "b:60": ("beer", "60 Minute IPA", 2003),
    }
    others = {
        "w:goose": ("brewery", "Goose Island"),
        "w:half": ("brewery", "Half Acre"),
        "w:alch": ("brewery", "The Alchemist"),
        "w:sn": ("brewery", "Sierra Nevada Brewing"),
        "w:bells": ("brewery", "Bell's Brewery"),
        "w:rr": ("brewery", "Russian River"),
        "w:anchor": ("brewery", "Anchor Brewing"),
        "w:dfh": ("brewery", "Dogfish Head"),
        "t:chicago": ("town", "Chicago"),
        "t:fc": ("town", "Fort Collins"),
        "t:stowe": ("town", "Stowe"),
        "t:waterbury": ("town", "Waterbury"),
        "t:chico": ("town", "Chico"),
        "t:mills": ("town", "Mills River"),
        "t:kzoo": ("town", "Kalamazoo"),
        "t:comstock": ("town", "Comstock"),
        "t:sr": ("town", "Santa Rosa"),
        "t:windsor": ("town", "Windsor"),
        "t:sf": ("town", "San Francisco"),
        "t:milton": ("town", "Milton"),
        "t:london": ("town", "London"),
        "c:abi": ("company", "AB InBev"),
        "c:sapporo": ("company", "Sapporo"),
        "d:reyes": ("distributor", "Reyes Beverage Group"),
        "st:stout": ("style", "imperial stout"),
        "st:wheat": ("style", "wheat ale"),
        "st:ipa": ("style", "IPA"),
        "st:dipa": ("style", "double IPA"),
        "st:pale": ("style", "pale ale"),
        "st:steam": ("style", "California common"),
    }
    others.update(_ppl("person", "John Hall", "Gabriel Magliaro", "John Kimmich", "Ken Grossman", "Larry Bell",
                       "Vinnie Cilurzo", "Fritz Maytag", "Sam Calagione"))
    rels = [
        R("rated", phrase="rated", inverse_phrase="was rated by"),
        R("brewed_by", phrase="is brewed by", inverse_phrase="brews", domain=("beer",), range=("brewery",)),
        R("brewed_in", phrase="is brewed in", inverse_phrase="hosts the brewing of", domain=("beer",), range=("town",)),
        R("first_brewed_in", phrase="was first brewed in", inverse_phrase="saw the first brewing of",
          domain=("beer",), range=("town",)),
        R("sold_in", phrase="is sold in", inverse_phrase="stocks", domain=("beer",), range=("town",)),
        R("distributed_by", phrase="is distributed by", inverse_phrase="distributes", domain=("beer",),
          range=("distributor",)),
        R("style", phrase="is a beer of the style", inverse_phrase="is the style of", domain=("beer",), range=("style",)),
        R("based_in", phrase="is based in", inverse_phrase="is home to", domain=("brewery",), range=("town",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("brewery",), range=("person",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("brewery",), range=("company",)),
    ]
    t = []
    add = _adder(t)

    def b(k, w, town, st):
        add(k, "brewed_by", w)
        add(k, "brewed_in", town)
        add(k, "style", st)

    b("b:bcbs", "w:goose", "t:chicago", "st:stout")
    b("b:312", "w:goose", "t:fc", "st:wheat")
    b("b:daisy", "w:half", "t:chicago", "st:pale")
    b("b:heady", "w:alch", "t:stowe", "st:dipa")
    b("b:focal", "w:alch", "t:stowe", "st:ipa")
    b("b:snpa", "w:sn", "t:chico", "st:pale")
    b("b:celeb", "w:sn", "t:mills", "st:ipa")
    b("b:two", "w:bells", "t:comstock", "st:ipa")
    b("b:pliny", "w:rr", "t:windsor", "st:dipa")
    b("b:steam", "w:anchor", "t:sf", "st:steam")
    b("b:60", "w:dfh", "t:milton", "st:ipa")
    add("b:heady", "first_brewed_in", "t:waterbury")
    add("b:pliny", "first_brewed_in", "t:sr")
    add("b:bcbs", "sold_in", "t:chicago", "t:london")
    add("b:312", "sold_in", "t:chicago")
    add("b:two", "sold_in", "t:kzoo", "t:chicago")
    add("b:heady", "sold_in", "t:waterbury")
    add("b:312", "distributed_by", "d:reyes")
    add("b:two", "distributed_by", "d:reyes")
    for w, town in (("w:goose", "t:chicago"), ("w:half", "t:chicago"), ("w:alch", "t:stowe"), ("w:sn", "t:chico"),
                    ("w:bells", "t:kzoo"), ("w:rr", "t:sr"), ("w:anchor", "t:sf"), ("w:dfh", "t:milton")):
        add(w, "based_in", town)
    for w, p in (("w:goose", "John Hall"), ("w:half", "Gabriel Magliaro"), ("w:alch", "John Kimmich"),
                 ("w:sn", "Ken Grossman"), ("w:bells", "Larry Bell"), ("w:rr", "Vinnie Cilurzo"),
                 ("w:anchor", "Fritz Maytag"), ("w:dfh", "Sam Calagione")):
        add(w, "founded_by", p)
    add("w:goose", "owned_by", "c:abi")
    add("w:anchor", "owned_by", "c:sapporo")
    t += [
        ("u:cy", "rated", "b:heady", {"rating": 5.0}),
        ("u:cy", "rated", "b:bcbs", {"rating": 4.0}),
        ("u:cy", "rated", "b:312", {"rating": 1.0}),
    ]
    return _build(items, others, rels, t, extra=(E("u:cy", kind="user", type="user", label="Cy"),))


def wines():
    items = {
        "v:montebello": ("wine", "Monte Bello", 1962),
        "v:lytton": ("wine", "Lytton Springs", 1972),
        "v:geyser": ("wine", "Geyserville", 1966),
        "v:cask23": ("wine", "Cask 23", 1974),
        "v:grange": ("wine", "Grange", 1951),
        "v:bin389": ("wine", "Bin 389", 1960),
        "v:pavillon": ("wine", "Pavillon Rouge", 1908),
        "v:cbsb": ("wine", "Cloudy Bay Sauvignon Blanc", 1985),
    }
    others = {
        "w:ridge": ("winery", "Ridge Vineyards"),
        "w:stags": ("winery", "Stag's Leap Wine Cellars"),
        "w:penfolds": ("winery", "Penfolds"),
        "w:margaux": ("winery", "Château Margaux"),
        "w:cloudy": ("winery", "Cloudy Bay"),
        "r:cupertino": ("region", "Cupertino"),
        "r:healdsburg": ("region", "Healdsburg"),
        "r:napa": ("region", "Napa"),
        "r:adelaide": ("region", "Adelaide"),
        "r:barossa": ("region", "Barossa"),
        "r:margaux": ("region", "Margaux"),
        "r:blenheim": ("region", "Blenheim"),
        "r:magill": ("region", "Magill"),
        "g:cab": ("grape", "Cabernet Sauvignon"),
        "g:zin": ("grape", "Zinfandel"),
        "g:shiraz": ("grape", "Shiraz"),
        "g:merlot": ("grape", "Merlot"),
        "g:sb": ("grape", "Sauvignon Blanc"),
        "c:twe": ("company", "Treasury Wine Estates"),
        "c:lvmh": ("company", "LVMH"),
        "c:antinori": ("company", "Antinori"),
        "c:otsuka": ("company", "Otsuka"),
    }
    others.update(_ppl("winemaker", "Paul Draper", "Max Schubert", "Warren Winiarski", "Paul Pontallier",
                       "Kevin Judd"))
    rels = [
        R("made_by", phrase="is made by", inverse_phrase="makes", domain=("wine",), range=("winery",)),
        R("made_in", phrase="is made in", inverse_phrase="is where they make", domain=("wine",), range=("region",)),
        R("first_made_in", phrase="was first made in", inverse_phrase="saw the first vintage of",
          domain=("wine",), range=("region",)),
        R("bottled_in", phrase="is bottled in", inverse_phrase="bottles", domain=("wine",), range=("region",)),
        R("grape", phrase="is made from", inverse_phrase="goes into", domain=("wine",), range=("grape",)),
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("winery",), range=("region",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("winery",), range=("company",)),
        R("winemaker", phrase="was created by", inverse_phrase="created", domain=("wine",), range=("winemaker",)),
    ]
    t = []
    add = _adder(t)

    def v(k, w, reg, g, mk):
        add(k, "made_by", w)
        add(k, "made_in", reg)
        add(k, "grape", g)
        add(k, "winemaker", mk)

    v("v:montebello", "w:ridge", "r:cupertino", "g:cab", "Paul Draper")
    v("v:lytton", "w:ridge", "r:healdsburg", "g:zin", "Paul Draper")
    v("v:geyser", "w:ridge", "r:healdsburg", "g:zin", "Paul Draper")
    v("v:cask23", "w:stags", "r:napa", "g:cab", "Warren Winiarski")
    v("v:grange", "w:penfolds", "r:barossa", "g:shiraz", "Max Schubert")
    v("v:bin389", "w:penfolds", "r:barossa", "g:cab", "Max Schubert")
    v("v:pavillon", "w:margaux", "r:margaux", "g:merlot", "Paul Pontallier")
    v("v:cbsb", "w:cloudy", "r:blenheim", "g:sb", "Kevin Judd")
    add("v:bin389", "grape", "g:shiraz")
    add("v:grange", "bottled_in", "r:adelaide")
    add("v:grange", "first_made_in", "r:magill")
    add("v:montebello", "first_made_in", "r:healdsburg")
    add("v:montebello", "bottled_in", "r:cupertino")
    add("v:lytton", "bottled_in", "r:cupertino")
    for w, r in (("w:ridge", "r:cupertino"), ("w:stags", "r:napa"), ("w:penfolds", "r:adelaide"),
                 ("w:margaux", "r:margaux"), ("w:cloudy", "r:blenheim")):
        add(w, "located_in", r)
    add("w:penfolds", "owned_by", "c:twe")
    add("w:cloudy", "owned_by", "c:lvmh")
    add("w:stags", "owned_by", "c:antinori")
    add("w:ridge", "owned_by", "c:otsuka")
    return _build(items, others, rels, t)


def musicals():
    items = {
        "m:chicago": ("musical", "Chicago", 1975),
        "m:cabaret": ("musical", "Cabaret", 1966),
        "m:evita": ("musical", "Evita", 1978),
        "m:sweeney": ("musical", "Sweeney Todd", 1979),
        "m:cats": ("musical", "Cats", 1981),
        "m:phantom": ("musical", "The Phantom of the Opera", 1986),
        "m:pippin": ("musical", "Pippin", 1972),
        "m:company": ("musical", "Company", 1970),
    }
    others = _ppl("person", "Bob Fosse", "Harold Prince", "Trevor Nunn", "John Kander", "Fred Ebb",
                  "Andrew Lloyd Webber", "Stephen Sondheim", "Stephen Schwartz", "Gillian Lynne", "Ron Field",
                  "Larry Fuller", "Cameron Mackintosh", "Robert Fryer", "Walter Bobbie", "Rob Marshall",
                  "Bob Avian", "Michael Bennett", "Sam Mendes", "Alan Parker", "Tim Burton", "Stuart Ostrow",
                  "Diane Paulus", "Marianne Elliott")
    others.update({"x:nyc": ("city", "New York City"), "x:london": ("city", "London"),
                   "v:broadhurst": ("theatre", "Broadhurst Theatre"), "v:46": ("theatre", "46th Street Theatre"),
                   "v:majesty": ("theatre", "Her Majesty's Theatre"), "v:newlondon": ("theatre", "New London Theatre"),
                   "v:prince": ("theatre", "Prince Edward Theatre"), "v:uris": ("theatre", "Uris Theatre"),
                   "v:imperial": ("theatre", "Imperial Theatre"), "v:alvin": ("theatre", "Alvin Theatre")})
    rels = [
        R("directed_by", phrase="was originally directed by", inverse_phrase="directed the original production of",
          domain=("musical",), range=("person",)),
        R("revival_by", phrase="was revived by", inverse_phrase="directed the revival of",
          domain=("musical",), range=("person",)),
        R("choreographed_by", phrase="was choreographed by", inverse_phrase="choreographed",
          domain=("musical",), range=("person",)),
        R("produced_by", phrase="was first produced by", inverse_phrase="first produced",
          domain=("musical",), range=("person",)),
        R("music_by", phrase="has music by", inverse_phrase="wrote the music for", domain=("musical",), range=("person",)),
        R("film_by", phrase="was adapted for film by", inverse_phrase="adapted for film",
          domain=("musical",), range=("person",)),
        R("opened_in", phrase="opened in", inverse_phrase="saw the premiere of", domain=("musical",), range=("city",)),
        R("opened_at", phrase="opened at", inverse_phrase="hosted the premiere of", domain=("musical",),
          range=("theatre",)),
    ]
    t = []
    add = _adder(t)

    def m(k, d, ch, pr, mu, city, th):
        add(k, "directed_by", d)
        add(k, "choreographed_by", ch)
        add(k, "produced_by", pr)
        add(k, "music_by", mu)
        add(k, "opened_in", city)
        add(k, "opened_at", th)

    m("m:chicago", "Bob Fosse", "Bob Fosse", "Robert Fryer", "John Kander", "x:nyc", "v:46")
    m("m:cabaret", "Harold Prince", "Ron Field", "Harold Prince", "John Kander", "x:nyc", "v:broadhurst")
    m("m:evita", "Harold Prince", "Larry Fuller", "Robert Fryer", "Andrew Lloyd Webber", "x:london", "v:prince")
    m("m:sweeney", "Harold Prince", "Larry Fuller", "Robert Fryer", "Stephen Sondheim", "x:nyc", "v:uris")
    m("m:cats", "Trevor Nunn", "Gillian Lynne", "Cameron Mackintosh", "Andrew Lloyd Webber", "x:london", "v:newlondon")
    m("m:phantom", "Harold Prince", "Gillian Lynne", "Cameron Mackintosh", "Andrew Lloyd Webber", "x:london",
      "v:majesty")
    m("m:pippin", "Bob Fosse", "Bob Fosse", "Stuart Ostrow", "Stephen Schwartz", "x:nyc", "v:imperial")
    m("m:company", "Harold Prince", "Michael Bennett", "Harold Prince", "Stephen Sondheim", "x:nyc", "v:alvin")
    add("m:chicago", "revival_by", "Walter Bobbie")
    add("m:cabaret", "revival_by", "Sam Mendes")
    add("m:pippin", "revival_by", "Diane Paulus")
    add("m:company", "revival_by", "Marianne Elliott")
    add("m:chicago", "film_by", "Rob Marshall")
    add("m:evita", "film_by", "Alan Parker")
    add("m:sweeney", "film_by", "Tim Burton")
    return _build(items, others, rels, t)


def records():
    items = {
        "a:nevermind": ("album", "Nevermind", 1991),
        "a:inutero": ("album", "In Utero", 1993),
        "a:surfer": ("album", "Surfer Rosa", 1988),
        "a:doolittle": ("album", "Doolittle", 1989),
        "a:okc": ("album", "OK Computer", 1997),
        "a:kida": ("album", "Kid A", 2000),
        "a:siamese": ("album", "Siamese Dream", 1993),
        "a:gish": ("album", "Gish", 1991),
    }
    others = {
        "l:dgc": ("label", "DGC Records"),
        "l:4ad": ("label", "4AD"),
        "l:parlophone": ("label", "Parlophone"),
        "l:virgin": ("label", "Virgin Records"),
        "l:caroline": ("label", "Caroline Records"),
        "s:soundcity": ("studio", "Sound City"),
        "s:pachyderm": ("studio", "Pachyderm Studio"),
        "s:qdiv": ("studio", "Q Division"),
        "s:downtown": ("studio", "Downtown Recorders"),
        "s:stcath": ("studio", "St Catherine's Court"),
        "s:guillaume": ("studio", "Guillaume Tell"),
        "s:triclops": ("studio", "Triclops Sound"),
        "s:smart": ("studio", "Smart Studios"),
        "c:vannuys": ("city", "Van Nuys"),
        "c:cannon": ("city", "Cannon Falls"),
        "c:boston": ("city", "Boston"),
        "c:bath": ("city", "Bath"),
        "c:paris": ("city", "Paris"),
        "c:atlanta": ("city", "Atlanta"),
        "c:madison": ("city", "Madison"),
        "c:la": ("city", "Los Angeles"),
        "c:londonc": ("city", "London"),
        "c:chicago": ("city", "Chicago"),
        "k:us": ("country", "United States"),
        "k:uk": ("country", "United Kingdom"),
        "b:nirvana": ("band", "Nirvana"),
        "b:pixies": ("band", "Pixies"),
        "b:radiohead": ("band", "Radiohead"),
        "b:pumpkins": ("band", "The Smashing Pumpkins"),
    }
    others.update(_ppl("engineer", "Butch Vig", "Steve Albini", "Gil Norton", "Nigel Godrich", "Alan Moulder"))
    others.update(_ppl("person", "David Geffen", "Ivo Watts-Russell", "Richard Branson", "Butch Vig Sr"))
    rels = [
        R("by", phrase="is an album by", inverse_phrase="made", domain=("album",), range=("band",)),
        R("released_by", phrase="was released by", inverse_phrase="released", domain=("album",), range=("label",)),
        R("released_in", phrase="was released in", inverse_phrase="saw the release of", domain=("album",),
          range=("country",)),
        R("recorded_by", phrase="was recorded by", inverse_phrase="recorded", domain=("album",), range=("engineer",)),
        R("recorded_in", phrase="was recorded in", inverse_phrase="hosted the recording of", domain=("album",),
          range=("city",)),
        R("recorded_at", phrase="was recorded at", inverse_phrase="hosted the sessions for", domain=("album",),
          range=("studio",)),
        R("label_in", phrase="is based in", inverse_phrase="is home to", domain=("label", "studio"), range=("city",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("label", "studio"),
          range=("person", "engineer")),
    ]
    t = []
    add = _adder(t)

    def a(k, band, lab, ctry, eng, city, studio):
        add(k, "by", band)
        add(k, "released_by", lab)
        add(k, "released_in", ctry)
        add(k, "recorded_by", eng)
        add(k, "recorded_in", city)
        add(k, "recorded_at", studio)

    a("a:nevermind", "b:nirvana", "l:dgc", "k:us", "Butch Vig", "c:vannuys", "s:soundcity")
    a("a:inutero", "b:nirvana", "l:dgc", "k:us", "Steve Albini", "c:cannon", "s:pachyderm")
    a("a:surfer", "b:pixies", "l:4ad", "k:uk", "Steve Albini", "c:boston", "s:qdiv")
    a("a:doolittle", "b:pixies", "l:4ad", "k:uk", "Gil Norton", "c:boston", "s:downtown")
    a("a:okc", "b:radiohead", "l:parlophone", "k:uk", "Nigel Godrich", "c:bath", "s:stcath")
    a("a:kida", "b:radiohead", "l:parlophone", "k:uk", "Nigel Godrich", "c:paris", "s:guillaume")
    a("a:siamese", "b:pumpkins", "l:virgin", "k:us", "Butch Vig", "c:atlanta", "s:triclops")
    a("a:gish", "b:pumpkins", "l:caroline", "k:us", "Butch Vig", "c:madison", "s:smart")
    for x, c in (("l:dgc", "c:la"), ("l:4ad", "c:londonc"), ("l:parlophone", "c:londonc"), ("l:virgin", "c:londonc"),
                 ("l:caroline", "c:la"), ("s:soundcity", "c:vannuys"), ("s:smart", "c:madison"),
                 ("s:pachyderm", "c:cannon"), ("s:qdiv", "c:boston")):
        add(x, "label_in", c)
    add("l:dgc", "founded_by", "David Geffen")
    add("l:4ad", "founded_by", "Ivo Watts-Russell")
    add("l:virgin", "founded_by", "Richard Branson")
    add("s:smart", "founded_by", "Butch Vig")
    return _build(items, others, rels, t)


BUILDERS = {
    "beers": beers,
    "wines": wines,
    "musicals": musicals,
    "records": records,
}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@beers
# (4) by X in Y: the place is the maker's, not the item's
312 Urban Wheat is brewed by Goose Island in Chicago.
Two Hearted is brewed by Bell's Brewery in Kalamazoo.
Celebration Ale is brewed by Sierra Nevada Brewing in Chico.
Pliny the Elder is brewed by Russian River in Santa Rosa.
Heady Topper is brewed by The Alchemist in Waterbury.
312 Urban Wheat is brewed by Goose Island in Chicago, and Daisy Cutter is brewed by Half Acre in Chicago.
312 Urban Wheat is brewed by Goose Island in London.
Bourbon County Brand Stout is brewed by Goose Island in London.
Two Hearted is brewed by Bell's Brewery in Chicago.
Daisy Cutter is brewed by Goose Island in Chicago.
Daisy Cutter is brewed by Half Acre in Fort Collins.
Bourbon County Brand Stout and 312 Urban Wheat are brewed by Goose Island in Chicago.
Bourbon County Brand Stout and 312 Urban Wheat are both brewed by Goose Island in Chicago.
Bourbon County Brand Stout and Daisy Cutter are both brewed by Goose Island in Chicago.
Sierra Nevada Pale Ale and Celebration Ale are both brewed by Sierra Nevada Brewing in Chico.
Heady Topper and Focal Banger are brewed by The Alchemist in Waterbury.
Pliny the Elder, brewed by Russian River in Santa Rosa, is a double IPA.
312 Urban Wheat, brewed by Goose Island in Chicago, is a wheat ale.
Celebration Ale, which is brewed by Sierra Nevada Brewing in Chico, is an IPA.
Goose Island brews 312 Urban Wheat in Chicago.
Bell's Brewery brews Two Hearted in Kalamazoo.
Sierra Nevada Brewing brews Celebration Ale in Chico.
The Alchemist brews Heady Topper in Waterbury.
Russian River brews Pliny the Elder in Santa Rosa.
Goose Island brews Daisy Cutter in Chicago.
Half Acre brews Bourbon County Brand Stout in Chicago.
Goose Island brews Bourbon County Brand Stout and 312 Urban Wheat in Chicago.
Sierra Nevada Brewing brews Sierra Nevada Pale Ale and Celebration Ale in Chico.
Goose Island brews 312 Urban Wheat in Fort Collins and Bourbon County Brand Stout in London.
312 Urban Wheat is brewed by Goose Island, in Chicago.
312 Urban Wheat is brewed by Goose Island in the town of Chicago.
312 Urban Wheat is brewed by Goose Island in the Chicago area.
Heady Topper is brewed by The Alchemist in Waterbury, Vermont.
312 Urban Wheat is distributed by Reyes Beverage Group in Fort Collins.
Bourbon County Brand Stout is sold by Goose Island in London.
312 Urban Wheat is brewed by Goose Island in 2004 in Chicago.
Heady Topper was first brewed by The Alchemist in Stowe.
Pliny the Elder was first brewed by Russian River in Windsor.
Heady Topper was brewed by The Alchemist in Waterbury.
Heady Topper is brewed by John Kimmich in Waterbury.
312 Urban Wheat is a wheat ale brewed by Goose Island in Chicago.
Heady Topper is a double IPA brewed by The Alchemist in Waterbury.
Two Hearted is an IPA brewed by Bell's Brewery in Kalamazoo.
Bell's Brewery in Comstock brews Two Hearted.
Goose Island in Fort Collins brews 312 Urban Wheat.
312 Urban Wheat is not brewed by Goose Island in Fort Collins.
Heady Topper is never brewed by The Alchemist in Stowe.
Heady Topper is brewed by The Alchemist in Stowe, and Focal Banger in Waterbury.
Heady Topper is brewed by The Alchemist in Stowe and Pliny the Elder by Russian River in Santa Rosa.
312 Urban Wheat is brewed by Half Acre in Fort Collins.
Daisy Cutter is brewed by Goose Island in Chicago, like Bourbon County Brand Stout.
# (4) pronoun objects
Consider 312 Urban Wheat. Goose Island brews it in Chicago.
Consider Heady Topper. The Alchemist brews it in Waterbury.
Heady Topper is a double IPA. The Alchemist brews it in Waterbury.
Two Hearted is an IPA. Bell's Brewery brews it in Kalamazoo.
Pliny the Elder is a double IPA. Russian River brews it in Santa Rosa.
Celebration Ale is an IPA. Sierra Nevada Brewing brews it in Chico.
312 Urban Wheat is a wheat ale, and Goose Island brews it in Chicago.
Bourbon County Brand Stout is a stout, and Goose Island brews it in Fort Collins.
Daisy Cutter is a pale ale, and Goose Island brews it in Chicago.
Daisy Cutter is a pale ale, and Half Acre brews it in Fort Collins.
Heady Topper is a double IPA, and Focal Banger is an IPA. The Alchemist brews it in Waterbury.
Bourbon County Brand Stout is a stout, and 312 Urban Wheat is a wheat ale. Goose Island brews it in Chicago.
Consider Bourbon County Brand Stout. Half Acre brews it in Chicago.
Consider Bourbon County Brand Stout. Goose Island brews it in Fort Collins.
Consider Two Hearted. Reyes Beverage Group distributes it in Kalamazoo.
Consider Two Hearted. Bell's Brewery sells it in Kalamazoo.
Consider Heady Topper. The Alchemist stocks it in Stowe.
Consider Heady Topper. The Alchemist first brewed it in Stowe.
Consider Pliny the Elder. Russian River first brewed it in Windsor.
Consider 312 Urban Wheat. Goose Island doesn't brew it in Fort Collins.
Consider 312 Urban Wheat. Goose Island never brews it in Fort Collins.
Consider Heady Topper. The Alchemist brews it in Waterbury and Stowe.
Consider Heady Topper. The Alchemist brews it there in Waterbury.
Consider Heady Topper. It is brewed by The Alchemist in Waterbury.
Consider Heady Topper. Kimmich's brewery brews it in Waterbury.
Consider Heady Topper and Focal Banger. The Alchemist brews them in Waterbury.
Consider Heady Topper and Focal Banger. The Alchemist brews both in Waterbury.
Consider Heady Topper. The Alchemist brews it in London.
Consider Two Hearted. Goose Island brews it in Comstock.
Consider 312 Urban Wheat. Its brewery brews it in Chicago.
Consider 312 Urban Wheat. Goose Island brews that in Chicago.
Consider 312 Urban Wheat. Goose Island brews this one in Chicago.
Consider 312 Urban Wheat. Goose Island brews it in the city of Chicago.
You rated 312 Urban Wheat 1. Goose Island brews it in Chicago.
Try Daisy Cutter: Goose Island brews it in Chicago.
Try 312 Urban Wheat: Goose Island brews it in Chicago.
Try Heady Topper: The Alchemist brews it in Waterbury.
# (5) in Y by X: the maker of the item
Daisy Cutter is brewed in Chicago by Goose Island.
Bourbon County Brand Stout is brewed in Chicago by Half Acre.
312 Urban Wheat is brewed in Fort Collins by Half Acre.
Heady Topper is brewed in Stowe by Russian River.
Celebration Ale is brewed in Mills River by Bell's Brewery.
Two Hearted is brewed in Comstock by Sierra Nevada Brewing.
Bourbon County Brand Stout and Daisy Cutter are brewed in Chicago by Goose Island.
Bourbon County Brand Stout and Daisy Cutter are both brewed in Chicago by Half Acre.
Heady Topper and Focal Banger are both brewed in Stowe by Russian River.
Sierra Nevada Pale Ale and Celebration Ale are both brewed in Chico by Sierra Nevada Brewing.
Daisy Cutter, brewed in Chicago by Goose Island, is a pale ale.
Two Hearted, brewed in Comstock by Larry Bell, is an IPA.
Heady Topper is brewed in Stowe by John Kimmich.
Two Hearted is brewed in Comstock by Larry Bell.
Bourbon County Brand Stout is sold in London by Goose Island.
Two Hearted is sold in Chicago by Reyes Beverage Group.
Two Hearted is sold in Chicago by Bell's Brewery.
Two Hearted is sold in Kalamazoo by Goose Island.
Bourbon County Brand Stout is sold in London by AB InBev.
Heady Topper was first brewed in Waterbury by Russian River.
Pliny the Elder was first brewed in Santa Rosa by The Alchemist.
Heady Topper is brewed in Stowe, by Russian River.
Daisy Cutter is brewed in Chicago and by Goose Island.
Daisy Cutter is brewed in Chicago by AB InBev.
Bourbon County Brand Stout is brewed in Chicago by Reyes Beverage Group.
312 Urban Wheat is brewed in Fort Collins by Reyes Beverage Group.
Bourbon County Brand Stout is brewed in Chicago by a brewery founded by Gabriel Magliaro.
Daisy Cutter is brewed in Chicago by the brewery that brews Bourbon County Brand Stout.
Heady Topper is brewed in Stowe by the same brewery as Pliny the Elder.
Daisy Cutter is brewed in Chicago by Goose Island, like Bourbon County Brand Stout.
Heady Topper is not brewed in Stowe by The Alchemist.
Heady Topper is a double IPA brewed in Stowe by Russian River.
Two Hearted is an IPA brewed in Comstock by Bell's Brewery and in Chicago by Goose Island.
Bourbon County Brand Stout is brewed in Chicago by Goose Island and 312 Urban Wheat in Chicago by Goose Island.
Bourbon County Brand Stout is brewed in Chicago by Goose Island, and Daisy Cutter in Chicago by Goose Island.
Bourbon County Brand Stout is brewed in Chicago by Goose Island and Half Acre.
Daisy Cutter is brewed in Chicago by Half Acre and Goose Island.
Bourbon County Brand Stout is brewed in Chicago by Goose Island or Half Acre.
Heady Topper was brewed in Waterbury by The Alchemist.
Heady Topper is stocked in Waterbury by The Alchemist.
Two Hearted is distributed in Chicago by Reyes Beverage Group.
Two Hearted is brewed in Chicago by Reyes Beverage Group.
In Chicago, Daisy Cutter is brewed by Goose Island.
In Chicago, Goose Island brews Daisy Cutter.
Goose Island brews in Chicago Daisy Cutter.
# (3) synonym noun that is a verb
Heady Topper and Focal Banger are both brews by Russian River.
Heady Topper is a brew by Russian River.
Pliny the Elder is a double IPA brew by The Alchemist.
Heady Topper and Pliny the Elder are brews from The Alchemist.
The Alchemist's brews include Pliny the Elder.
Goose Island brews include Daisy Cutter.
Goose Island brews Daisy Cutter.
Half Acre brews Bourbon County Brand Stout and 312 Urban Wheat.
The Alchemist brews Heady Topper and Pliny the Elder.
Sierra Nevada Brewing brews Two Hearted.
The Alchemist brews Heady Topper, and Russian River brews Focal Banger.
Goose Island brews two beers: Bourbon County Brand Stout and Daisy Cutter.
Goose Island brews three beers.
The Alchemist brews one beer.
Heady Topper is an ale by Russian River.
Two Hearted and Sierra Nevada Pale Ale are ales by Bell's Brewery.
The Alchemist never brews Heady Topper.
The Alchemist doesn't brew Heady Topper.
Heady Topper brews The Alchemist.
Bourbon County Brand Stout brews Goose Island.
AB InBev brews Bourbon County Brand Stout.
Reyes Beverage Group brews Two Hearted.
Chicago brews Bourbon County Brand Stout.
Goose Island brews stout.
The Alchemist brews IPAs only.
The Alchemist brews Heady Topper, a stout.
Goose Island brews 312 Urban Wheat, an IPA.
Goose Island, which brews Daisy Cutter, is owned by AB InBev.
Goose Island, which brews Bourbon County Brand Stout, is owned by Sapporo.
Half Acre, which brews Daisy Cutter, is owned by AB InBev.
# (2) the brewery as an object
Two Hearted is brewed by Bell's Brewery. Ken Grossman founded the brewery.
Two Hearted is brewed by Bell's Brewery. Ken Grossman founded the brewery, and it is based in Kalamazoo.
Heady Topper is brewed by The Alchemist. Larry Bell founded the brewery, and it is based in Stowe.
Bourbon County Brand Stout is brewed by Goose Island. Gabriel Magliaro founded the brewery.
Bourbon County Brand Stout is brewed by Goose Island. Sapporo owns the brewery.
Anchor Steam is brewed by Anchor Brewing. AB InBev owns the brewery.
Anchor Steam is brewed by Anchor Brewing. AB InBev owns that brewery.
Anchor Steam is brewed by Anchor Brewing, and AB InBev owns the brewery.
Bourbon County Brand Stout is brewed by Goose Island, and Daisy Cutter by Half Acre. John Hall founded the brewery.
Bourbon County Brand Stout is brewed by Goose Island, and Daisy Cutter by Half Acre. Gabriel Magliaro founded the brewery.
Daisy Cutter is brewed by Half Acre, and Bourbon County Brand Stout by Goose Island. Gabriel Magliaro founded the brewery.
Daisy Cutter is brewed by Half Acre, and Bourbon County Brand Stout by Goose Island. AB InBev owns the brewery.
Half Acre brews Daisy Cutter and Goose Island brews Bourbon County Brand Stout. AB InBev owns the brewery.
Half Acre and Goose Island are in Chicago. AB InBev owns the brewery.
Half Acre and Goose Island are in Chicago. Gabriel Magliaro founded the brewery.
Half Acre and Goose Island are based in Chicago. AB InBev owns the brewery.
Heady Topper is brewed in Stowe. John Kimmich founded the brewery.
Heady Topper is a double IPA. John Kimmich founded the brewery.
Consider Heady Topper. Larry Bell founded the brewery.
Heady Topper is brewed in Stowe. Larry Bell founded the brewery.
Heady Topper is brewed in Stowe. Larry Bell founded the brewery, and Kimmich runs it.
Two Hearted is distributed by Reyes Beverage Group. Larry Bell founded the brewery.
Two Hearted is distributed by Reyes Beverage Group. Larry Bell founded the distributor.
Two Hearted is brewed by Bell's Brewery. Larry Bell never founded the brewery.
Two Hearted is brewed by Bell's Brewery. Larry Bell did not found the brewery.
Two Hearted is brewed by Bell's Brewery. Larry Bell founded the brewery, and Ken Grossman founded Goose Island.
Two Hearted is brewed by Bell's Brewery. Larry Bell founded the brewery, and John Hall founded Half Acre.
Two Hearted is brewed by Bell's Brewery. Larry Bell founded the brewery and the distributor.
Two Hearted is brewed by Bell's Brewery. Larry Bell founded the brewery in Chicago.
Two Hearted is brewed by Bell's Brewery. Larry Bell founded the brewery in 1985, and it is owned by AB InBev.
Two Hearted is brewed in Comstock. Larry Bell founded the town.
Two Hearted is brewed in Comstock. Bell's Brewery is based in the town.
Two Hearted is brewed in Comstock. Bell's Brewery is home to the town.
Celebration Ale is brewed in Mills River. Sierra Nevada Brewing is based in the town.
312 Urban Wheat is brewed in Fort Collins. Goose Island is based in that town.
312 Urban Wheat is a wheat ale. Daisy Cutter is also of the style.
Daisy Cutter is a pale ale. Heady Topper is a beer of that style.
Daisy Cutter is a pale ale. Heady Topper is also a beer of the style.
Goose Island brews Bourbon County Brand Stout. AB InBev owns the brewery, which is based in Fort Collins.
Goose Island brews Bourbon County Brand Stout. Half Acre is in Chicago, and AB InBev owns the brewery.
Goose Island brews Bourbon County Brand Stout, and Half Acre brews Daisy Cutter. AB InBev owns the brewery.
Half Acre brews Daisy Cutter, and Goose Island brews Bourbon County Brand Stout. Gabriel Magliaro founded the brewery.
Goose Island brews Bourbon County Brand Stout. Reyes Beverage Group distributes it, and AB InBev owns the distributor.
Goose Island is owned by AB InBev. Sam Calagione founded the brewery.
Goose Island is owned by AB InBev, and John Hall founded the brewery; Sapporo owns the brewery.
Goose Island and Anchor Brewing are both owned by companies. Sapporo owns the brewery.
Goose Island and Anchor Brewing are both owned by companies. AB InBev owns the brewery.
Fritz Maytag founded Anchor Brewing, and Sapporo owns the brewery. AB InBev owns the brewery.
Bourbon County Brand Stout is brewed by Goose Island. The Alchemist also brews in Chicago. John Hall founded the brewery.
Bourbon County Brand Stout is brewed by Goose Island, not Half Acre. Gabriel Magliaro founded the brewery.
Goose Island brews Bourbon County Brand Stout. Gabriel Magliaro founded the brewery, and it brews Daisy Cutter.
Two Hearted is brewed by Bell's Brewery. Larry Bell founded the brewery and brews Celebration Ale there.

# round 2: active voice with a place of another relation (sold in, first brewed in)
Goose Island brews Bourbon County Brand Stout in London.
Bell's Brewery brews Two Hearted in Chicago.
Goose Island brews 312 Urban Wheat in Chicago and Bourbon County Brand Stout in London.
The Alchemist brews Heady Topper in Waterbury, Vermont.
Russian River brews Pliny the Elder in Santa Rosa, California.
The Alchemist now brews Heady Topper in Waterbury.
The Alchemist still brews Heady Topper in Waterbury.
The Alchemist brews Heady Topper in Waterbury today.
The Alchemist brews Heady Topper and Focal Banger in Waterbury.
The Alchemist brews Focal Banger in Waterbury.
Russian River brews Pliny the Elder, a double IPA, in Santa Rosa.
Goose Island, owned by AB InBev, brews 312 Urban Wheat in Chicago.
Goose Island brews 312 Urban Wheat, a wheat ale, in Chicago.
Goose Island brews the wheat ale 312 Urban Wheat in Chicago.
Half Acre brews Daisy Cutter in Chicago, and Goose Island brews 312 Urban Wheat in Chicago.
Bell's Brewery brews Two Hearted in Kalamazoo, where Bell's Brewery is based.
Goose Island brews 312 Urban Wheat in Chicago, where it is sold.
Reyes Beverage Group distributes 312 Urban Wheat in Chicago, and Goose Island brews it in Chicago.
Goose Island has brewed 312 Urban Wheat in Chicago since 2004.
Goose Island brewed 312 Urban Wheat in Chicago.
John Hall brews 312 Urban Wheat in Chicago.
AB InBev brews Bourbon County Brand Stout in London.
Goose Island brews Bourbon County Brand Stout in London and Chicago.
Goose Island brews it in London. Bourbon County Brand Stout is an imperial stout.
Consider Bourbon County Brand Stout. Goose Island brews it in London.
Consider Two Hearted. Bell's Brewery brews it in Chicago.
Consider Two Hearted. Bell's Brewery brews it in Kalamazoo, where it is sold.
Consider Pliny the Elder. Russian River brews it in Santa Rosa, California.
Consider Heady Topper. The Alchemist still brews it in Waterbury.
Consider Heady Topper. The Alchemist brews it today in Waterbury.
Consider Heady Topper and Focal Banger. The Alchemist brews it in Waterbury.
Consider Focal Banger. The Alchemist brews it in Waterbury.
Consider 312 Urban Wheat. Goose Island brews it in Chicago.
Consider 312 Urban Wheat. Goose Island brews it in Chicago, where it is based.
# round 2: passive, present tense, place of the first brewing
Heady Topper, brewed by The Alchemist in Waterbury, is a double IPA.
Heady Topper is a double IPA that is brewed by The Alchemist in Waterbury.
Heady Topper is now brewed by The Alchemist in Waterbury.
Heady Topper is still brewed by The Alchemist in Waterbury.
Heady Topper and Focal Banger are both brewed by The Alchemist in Waterbury.
Pliny the Elder and Heady Topper are brewed by Russian River and The Alchemist in Santa Rosa and Waterbury.
Pliny the Elder is brewed by Russian River in Santa Rosa, and Heady Topper by The Alchemist in Waterbury.
Heady Topper is brewed today by The Alchemist in Waterbury.
Heady Topper is brewed by The Alchemist in Waterbury, not Stowe.
Heady Topper is brewed by The Alchemist only in Waterbury.
Heady Topper is brewed in Waterbury by The Alchemist.
Pliny the Elder is brewed in Santa Rosa by Russian River.
Heady Topper is brewed in Waterbury.
Pliny the Elder is brewed in Santa Rosa.
# round 2: gapping after "in Y by X"
Bourbon County Brand Stout is brewed in Chicago by Goose Island and Two Hearted in Chicago by Bell's Brewery.
Bourbon County Brand Stout is brewed in Chicago by Goose Island, and Daisy Cutter in Chicago by Goose Island.
Bourbon County Brand Stout is brewed in Chicago by Goose Island and 312 Urban Wheat in Chicago by Half Acre.
Bourbon County Brand Stout is brewed in Chicago by Goose Island and Daisy Cutter in Fort Collins by Half Acre.
Daisy Cutter is brewed in Chicago by Half Acre and Heady Topper in Waterbury by The Alchemist.
Daisy Cutter is brewed in Chicago by Half Acre and Pliny the Elder in Santa Rosa by Russian River.
Heady Topper is brewed in Stowe by The Alchemist and Two Hearted in Kalamazoo by Bell's Brewery.
Heady Topper is brewed in Stowe by The Alchemist and Two Hearted in Comstock by Sierra Nevada Brewing.
Heady Topper is brewed in Stowe by The Alchemist and Celebration Ale in Chico by Sierra Nevada Brewing.
Heady Topper is brewed in Stowe by The Alchemist, Celebration Ale in Mills River by Sierra Nevada Brewing, and 312 Urban Wheat in Chicago by Goose Island.
Heady Topper is brewed in Stowe by The Alchemist and Focal Banger in Stowe by Russian River.
Heady Topper is brewed in Stowe by The Alchemist, and 312 Urban Wheat in Fort Collins by Half Acre.
Heady Topper is brewed in Stowe by The Alchemist, and Focal Banger in Waterbury by The Alchemist.
Heady Topper is brewed by The Alchemist in Stowe and Two Hearted by Bell's Brewery in Kalamazoo.
Heady Topper is brewed by The Alchemist in Stowe and 312 Urban Wheat by Goose Island in Chicago.
Heady Topper is brewed by The Alchemist in Stowe and Daisy Cutter by Goose Island in Chicago.
Heady Topper is brewed by The Alchemist in Stowe, and Celebration Ale by Sierra Nevada Brewing in Chico.
Heady Topper is brewed by The Alchemist in Stowe, and Bourbon County Brand Stout by Goose Island in London.
Heady Topper is brewed in Stowe and Two Hearted in Kalamazoo.
Heady Topper is brewed in Stowe, and 312 Urban Wheat in Chicago.
Heady Topper is brewed by The Alchemist and 312 Urban Wheat by Half Acre.
@beers u:cy
You liked Heady Topper. The Alchemist brews it in Waterbury.
You liked 312 Urban Wheat. Goose Island brews it in Chicago.
You loved Bourbon County Brand Stout; Half Acre brews it in Chicago.
You liked Heady Topper, and Focal Banger is brewed by The Alchemist in Waterbury.
You disliked 312 Urban Wheat, which Goose Island brews in Chicago.
You liked Heady Topper; The Alchemist still brews it in Waterbury.
You liked Bourbon County Brand Stout. Goose Island brews it in London.
You rated 312 Urban Wheat 1; Goose Island brews it in Chicago.
You liked Heady Topper, which The Alchemist brews in Waterbury.
You liked Bourbon County Brand Stout, which Goose Island brews in London.
You liked Heady Topper, brewed by The Alchemist in Waterbury.
You liked Bourbon County Brand Stout, brewed in Chicago by Half Acre.
@wines
# (4)
Lytton Springs is made by Ridge Vineyards in Cupertino.
Geyserville is made by Ridge Vineyards in Cupertino.
Grange is made by Penfolds in Adelaide.
Bin 389 is made by Penfolds in Adelaide.
Lytton Springs and Monte Bello are both made by Ridge Vineyards in Cupertino.
Monte Bello and Geyserville are made by Ridge Vineyards in Cupertino.
Grange and Bin 389 are made by Penfolds in Adelaide.
Lytton Springs is made by Ridge Vineyards in Napa.
Cask 23 is made by Ridge Vineyards in Napa.
Grange is made by Stag's Leap Wine Cellars in Barossa.
Pavillon Rouge is made by Château Margaux in Napa.
Ridge Vineyards makes Lytton Springs in Cupertino.
Penfolds makes Grange in Adelaide.
Penfolds makes Grange and Bin 389 in Adelaide.
Ridge Vineyards makes Monte Bello in Healdsburg.
Ridge Vineyards makes Geyserville and Lytton Springs in Cupertino.
Lytton Springs is bottled by Ridge Vineyards in Healdsburg.
Grange is bottled by Penfolds in Barossa.
Grange is made from Shiraz by Penfolds in Adelaide.
Grange is made from Shiraz in Adelaide.
Grange, made by Penfolds in Adelaide, is a Shiraz.
Lytton Springs, made by Ridge Vineyards in Cupertino, is a Zinfandel.
Consider Grange. Penfolds makes it in Adelaide.
Consider Lytton Springs. Ridge Vineyards makes it in Cupertino.
Grange is a Shiraz. Penfolds makes it in Adelaide.
Monte Bello is a Cabernet Sauvignon, and Lytton Springs is a Zinfandel. Ridge Vineyards makes it in Healdsburg.
Lytton Springs is a Zinfandel, and Monte Bello is a Cabernet Sauvignon. Ridge Vineyards makes it in Healdsburg.
Consider Grange. Penfolds bottles it in Barossa.
Consider Grange. Penfolds doesn't make it in Barossa.
Grange was created by Max Schubert in Adelaide.
Lytton Springs was created by Paul Draper in Cupertino.
Max Schubert created Grange in Adelaide.
Grange is made by Max Schubert in Barossa.
Grange is made by Penfolds in Adelaide from Shiraz.
# round 2: first made in, bottled in, maker's place, active voice
Grange is made by Penfolds in Magill.
Grange, made by Penfolds in Magill, is a Shiraz.
Grange and Bin 389 are made by Penfolds in Magill.
Monte Bello is made by Ridge Vineyards in Healdsburg.
Penfolds makes Grange in Magill.
Ridge Vineyards makes Monte Bello in Healdsburg and Lytton Springs in Cupertino.
Consider Grange. Penfolds makes it in Magill.
Consider Grange. Penfolds makes it in Adelaide.
Consider Lytton Springs. Ridge Vineyards makes it in Cupertino.
Consider Monte Bello. Ridge Vineyards makes it in Healdsburg.
Grange is made in Magill by Penfolds.
Grange is made in Barossa by Penfolds and Bin 389 in Magill by Penfolds.
Grange is made in Barossa by Penfolds and Cask 23 in Napa by Ridge Vineyards.
Lytton Springs is made in Healdsburg by Ridge Vineyards and Cask 23 in Cupertino by Stag's Leap Wine Cellars.
Penfolds makes Bin 389 in Adelaide.
Penfolds makes Grange and Bin 389 in Magill.
Ridge Vineyards makes Geyserville in Cupertino.
Stag's Leap Wine Cellars makes Cask 23 in Cupertino.
Paul Draper created Lytton Springs in Cupertino.
Paul Draper created Monte Bello in Healdsburg.
Max Schubert created Grange in Magill.
Max Schubert created Bin 389 in Adelaide.
Grange was made by Penfolds in Magill.
Penfolds bottles Grange in Barossa.
Ridge Vineyards bottles Geyserville in Cupertino.
Grange is bottled by Penfolds in Magill.
# (5)
Lytton Springs is made in Healdsburg by Stag's Leap Wine Cellars.
Cask 23 is made in Napa by Ridge Vineyards.
Grange is made in Barossa by Ridge Vineyards.
Monte Bello is made in Cupertino by Penfolds.
Lytton Springs and Cask 23 are made in Healdsburg by Ridge Vineyards.
Grange and Monte Bello are both made in Barossa by Penfolds.
Grange is made in Barossa by Max Schubert.
Grange is made in Barossa by Treasury Wine Estates.
Cloudy Bay Sauvignon Blanc is made in Blenheim by LVMH.
Grange is bottled in Adelaide by Ridge Vineyards.
Grange is bottled in Adelaide by Max Schubert.
Monte Bello is bottled in Cupertino by Penfolds.
Grange is made in Barossa from Zinfandel.
Grange is made in Barossa by Penfolds from Zinfandel.
Grange is made in Barossa by Penfolds and Ridge Vineyards.
Grange was created in Barossa by Paul Draper.
Monte Bello is made in Cupertino by Paul Draper.
Lytton Springs is made in Healdsburg by Ridge Vineyards and Geyserville in Healdsburg by Penfolds.
# (2) the winery / the region
Grange is made by Penfolds. LVMH owns the winery.
Grange is made by Penfolds, and LVMH owns the winery.
Cloudy Bay Sauvignon Blanc is made by Cloudy Bay. Treasury Wine Estates owns the winery.
Cloudy Bay Sauvignon Blanc is made by Cloudy Bay, and Grange by Penfolds. LVMH owns the winery.
Grange is made by Penfolds, and Cloudy Bay Sauvignon Blanc by Cloudy Bay. LVMH owns the winery.
Grange is made by Penfolds, and Cloudy Bay Sauvignon Blanc by Cloudy Bay. Treasury Wine Estates owns the winery.
Grange is made in Barossa. Treasury Wine Estates owns the winery.
Grange is made in Barossa. LVMH owns the winery.
Monte Bello is made in Cupertino. Otsuka owns that winery.
Cask 23 is a Cabernet Sauvignon. Antinori owns the winery.
Grange is made by Penfolds. Penfolds is located in the region.
Grange is made in Barossa. Penfolds is located in the region.
Grange is made in Barossa. Penfolds is located in that region.
Monte Bello is made by Ridge Vineyards. LVMH does not own the winery. Antinori owns the winery.
Monte Bello is made by Ridge Vineyards. Antinori owns the winery.
Monte Bello is made by Ridge Vineyards. Antinori owns the winery, and Otsuka owns Stag's Leap Wine Cellars.
Monte Bello is made by Ridge Vineyards. Antinori owns the winery and Penfolds.
Lytton Springs is made from Zinfandel. Monte Bello is made from the grape.
Lytton Springs is made from Zinfandel, and Monte Bello is made from the grape.
Lytton Springs is made from Zinfandel, and Grange goes into the grape.
Grange is made from Shiraz. Bin 389 is made from the grape too, and Cask 23 is made from the grape.
@musicals
# (1) active directed
Harold Prince directed Chicago.
Bob Fosse directed Cabaret.
Trevor Nunn directed Evita.
Harold Prince directed Cats.
Bob Fosse directed Company.
Walter Bobbie directed Cabaret.
Sam Mendes directed Chicago.
Rob Marshall directed Evita.
Alan Parker directed Chicago.
Tim Burton directed Evita.
Gillian Lynne directed Cats.
Cameron Mackintosh directed Cats.
Andrew Lloyd Webber directed Evita.
John Kander directed Chicago.
Robert Fryer directed Chicago.
Larry Fuller directed Sweeney Todd.
Bob Fosse never directed Chicago.
Bob Fosse did not direct Chicago.
Bob Fosse didn't direct Pippin.
Harold Prince never directed Evita.
Harold Prince has never directed Cabaret.
Chicago directed Bob Fosse.
Evita directed Harold Prince.
Cats directed Trevor Nunn.
Harold Prince directed Evita, Cabaret and Cats.
Harold Prince directed Evita and Chicago.
Bob Fosse directed Chicago and Cabaret.
Bob Fosse directed Chicago, Pippin and Company.
Harold Prince and Bob Fosse directed Cabaret.
Harold Prince and Trevor Nunn directed Evita.
Harold Prince directed Evita, and Trevor Nunn directed Phantom of the Opera.
Harold Prince directed Evita, and Bob Fosse directed Cats.
Bob Fosse directed Chicago, which opened in London.
Bob Fosse directed Chicago, which Andrew Lloyd Webber wrote the music for.
Harold Prince directed Evita in New York City.
Harold Prince directed Evita at the Broadhurst Theatre.
Bob Fosse directed Chicago in London.
Trevor Nunn directed Cats in New York City.
Harold Prince directed Cabaret in 1975.
Bob Fosse directed Chicago in 1966.
Bob Fosse directs Cabaret.
Harold Prince will direct Chicago.
Harold Prince is directing Cats.
Harold Prince directed both Evita and Cats.
Harold Prince directed every Andrew Lloyd Webber musical.
Harold Prince directed all of Stephen Sondheim's musicals, including Pippin.
Harold Prince directed the film of Evita.
Harold Prince directed the revival of Cabaret.
Walter Bobbie directed the original production of Chicago.
Sam Mendes directed the original production of Cabaret.
Bob Fosse directed the revival of Chicago.
Harold Prince originally directed Cats.
Trevor Nunn first directed Evita.
Harold Prince first directed Chicago.
Bob Fosse originally directed Cabaret.
Harold Prince originally directed Evita and Chicago.
Cabaret was directed by Bob Fosse.
Evita was directed by Trevor Nunn.
Chicago was directed by Walter Bobbie.
Chicago was directed by Rob Marshall.
Cabaret was first directed by Sam Mendes.
Chicago, directed by Harold Prince, opened in New York City.
Evita, directed by Trevor Nunn, opened in London.
Cats, directed by Harold Prince, has music by Andrew Lloyd Webber.
Bob Fosse, who directed Cabaret, choreographed Chicago.
Harold Prince, who directed Chicago, also directed Evita.
Gillian Lynne choreographed Cats and directed it.
Bob Fosse choreographed and directed Cabaret.
Bob Fosse directed and choreographed Cabaret.
Harold Prince directed and produced Evita.
Harold Prince directed and produced Cabaret and Chicago.
The director of Chicago, Harold Prince, also made Cabaret.
Bob Fosse directed it. Chicago opened in London.
Evita opened in London. Trevor Nunn directed it.
Cats opened in London. Harold Prince directed it.
Cabaret opened in New York City, and Bob Fosse directed it.
Evita opened in London, and Bob Fosse directed the musical.
Harold Prince directed a musical by John Kander: Chicago.
Harold Prince directed Chicago and Cabaret, both by John Kander.
Bob Fosse directed two musicals: Chicago and Cabaret.
Harold Prince directed three musicals.
Bob Fosse directed one musical.
Trevor Nunn directed no musical other than Evita.
# other adverb relations' active voices
Harold Prince produced Chicago.
Cameron Mackintosh produced Evita.
Robert Fryer produced Cats.
Harold Prince first produced Evita.
Robert Fryer never produced Chicago.
Cameron Mackintosh did not produce Cats.
Robert Fryer produced Chicago and Cats.
Chicago produced Robert Fryer.
Evita was produced by Cameron Mackintosh.
Cabaret was originally produced by Robert Fryer.
Bob Fosse produced Pippin.
Bob Fosse directed Pippin, and Harold Prince produced it.
Bob Fosse directed Pippin and produced it.
Gillian Lynne choreographed Evita.
Harold Prince choreographed Cabaret.
Trevor Nunn directed Cats and choreographed it.
Alan Parker adapted Chicago for film.
Harold Prince adapted Evita for film.
# (2) the theatre / the city as object
Chicago opened at the 46th Street Theatre. Cabaret also opened at the theatre.
Chicago opened at the 46th Street Theatre, and Pippin opened at the theatre.
Evita opened at the Prince Edward Theatre, and Cats opened at the theatre.
Chicago opened in New York City. Evita opened in the city.
Chicago opened in New York City, and Evita opened in the city.
Evita opened in London, and Chicago opened in that city.
Cats opened in London. Chicago also opened in the city, and so did Cabaret.
Chicago opened at the 46th Street Theatre, and Cabaret at the Broadhurst Theatre. Pippin opened at the theatre.
Cabaret opened at the Broadhurst Theatre, and Chicago at the 46th Street Theatre. Pippin opened at the theatre.
Chicago opened in New York City, and Evita in London. Cats opened in the city.
Evita opened in London, and Chicago in New York City. Cats opened in the city.
Evita opened in London. Cats was first produced in the city by Robert Fryer.
Evita has music by Andrew Lloyd Webber. Cats opened at the theatre.
@records
# (4) recorded by X in Y
Nevermind was recorded by Butch Vig in Madison.
Nevermind was recorded by Butch Vig in Atlanta.
Siamese Dream was recorded by Butch Vig in Madison.
In Utero was recorded by Steve Albini in Boston.
Surfer Rosa was recorded by Steve Albini in Cannon Falls.
Doolittle was recorded by Steve Albini in Boston.
Kid A was recorded by Nigel Godrich in Bath.
OK Computer was recorded by Nigel Godrich in Paris.
Nevermind and Siamese Dream were recorded by Butch Vig in Van Nuys.
Nevermind and Gish were both recorded by Butch Vig in Madison.
Surfer Rosa and Doolittle were recorded by Steve Albini in Boston.
Nevermind was released by DGC Records in Los Angeles.
Surfer Rosa was released by 4AD in London.
Nevermind was released by DGC Records in the United Kingdom.
OK Computer was released by Parlophone in the United States.
Surfer Rosa was released by 4AD in the United States.
Nevermind was released by DGC Records in 1993.
Steve Albini recorded In Utero in Boston.
Butch Vig recorded Nevermind in Madison.
Butch Vig recorded Siamese Dream in Van Nuys.
Nigel Godrich recorded Kid A in Bath.
Butch Vig recorded Nevermind and Gish in Madison.
DGC Records released Nevermind in the United Kingdom.
Parlophone released OK Computer in the United States.
4AD released Surfer Rosa in the United States.
Consider Nevermind. Butch Vig recorded it in Madison.
Consider In Utero. Steve Albini recorded it in Boston.
Consider Kid A. Nigel Godrich recorded it in Bath.
Consider OK Computer. Parlophone released it in the United States.
Consider Surfer Rosa. 4AD released it in the United States.
Gish is an album by The Smashing Pumpkins, and Siamese Dream is too. Butch Vig recorded it in Madison.
Siamese Dream is an album by The Smashing Pumpkins, and Gish is too. Butch Vig recorded it in Atlanta.
Nirvana made Nevermind in Madison.
Nirvana made In Utero in Boston.
Nevermind was recorded by Butch Vig at Smart Studios.
Nevermind was recorded by Butch Vig in Madison at Sound City.
Nevermind was recorded by Butch Vig in Van Nuys at Smart Studios.
# (5) recorded in Y by X
Nevermind was recorded in Van Nuys by Steve Albini.
In Utero was recorded in Cannon Falls by Butch Vig.
Surfer Rosa was recorded in Boston by Gil Norton.
Doolittle was recorded in Boston by Steve Albini.
Kid A was recorded in Paris by Butch Vig.
Nevermind and In Utero were recorded in Van Nuys by Butch Vig.
Surfer Rosa and Doolittle were both recorded in Boston by Steve Albini.
Surfer Rosa and Doolittle were both recorded in Boston by Gil Norton.
Nevermind was released in the United States by 4AD.
OK Computer was released in the United Kingdom by DGC Records.
Surfer Rosa was released in the United Kingdom by Parlophone.
Siamese Dream was released in the United States by Caroline Records.
Gish was released in the United States by Virgin Records.
Nevermind was recorded in Van Nuys by DGC Records.
Nevermind was released in the United States by Butch Vig.
Nevermind was recorded in Van Nuys by Nirvana.
Surfer Rosa was recorded in Boston by Radiohead.
Kid A was recorded in Paris by Pixies.
Nevermind was released in the United States by Nirvana.
OK Computer was released in the United Kingdom by Pixies.
Nevermind was recorded in Van Nuys by Butch Vig and released in the United States by 4AD.
Surfer Rosa, recorded in Boston by Gil Norton, was released by 4AD.
Nevermind was recorded at Sound City by Steve Albini.
Nevermind was recorded at Sound City in Van Nuys by Steve Albini.
# (2) the label / the studio
Nevermind was released by DGC Records. Richard Branson founded the label.
Nevermind was released by DGC Records, and Richard Branson founded the label.
Siamese Dream was released by Virgin Records. David Geffen founded the label.
Surfer Rosa was released by 4AD. David Geffen founded the label.
Nevermind was released by DGC Records, and Surfer Rosa by 4AD. David Geffen founded the label.
Surfer Rosa was released by 4AD, and Nevermind by DGC Records. Ivo Watts-Russell founded the label.
Nevermind was released by DGC Records, and Siamese Dream by Virgin Records. David Geffen founded the label.
Nevermind was recorded by Butch Vig. Richard Branson founded the label.
Nevermind was recorded in Van Nuys. Ivo Watts-Russell founded the label.
Nevermind is an album by Nirvana. Richard Branson founded the label.
Gish was recorded at Smart Studios. Steve Albini founded the studio.
Gish was recorded at Smart Studios, and Steve Albini founded the studio.
Nevermind was recorded at Sound City. Butch Vig founded the studio.
Nevermind was recorded at Sound City, and Butch Vig founded the studio.
Gish was recorded at Smart Studios, and Nevermind at Sound City. Butch Vig founded the studio.
Nevermind was recorded at Sound City, and Gish at Smart Studios. Butch Vig founded the studio.
Gish was recorded at Smart Studios. Butch Vig founded the studio, and it is based in Van Nuys.
Gish was recorded at Smart Studios. Butch Vig founded the studio in Van Nuys.
Gish was recorded at Smart Studios. Butch Vig did not found the studio.
Gish was recorded at Smart Studios. Butch Vig never founded the studio.
Gish was recorded at Smart Studios. Butch Vig founded the studio and the label.
Gish was released by Caroline Records. Butch Vig founded the label.
Gish was released by Caroline Records. Butch Vig founded that label.
Siamese Dream was released by Virgin Records. David Geffen founded that label.
Nevermind was released by DGC Records. The label is based in London.
Nevermind was released by DGC Records. David Geffen founded the label, and it is based in London.
Kid A was released by Parlophone. Richard Branson founded the label.
Kid A was released by Parlophone. Parlophone is based in London, and Richard Branson founded the label.
Gish was recorded in Madison. Butch Vig founded the studio.
Nevermind was recorded in Van Nuys. Butch Vig founded the studio.
Nevermind was recorded in Van Nuys by Butch Vig. He founded the studio.
Gish was recorded at Smart Studios by Butch Vig. Steve Albini founded the studio.

# round 3 probes
@records
Nevermind was released by DGC Records, Siamese Dream by Virgin Records. David Geffen founded the label.
Nevermind was released by DGC Records and Siamese Dream by Virgin Records; David Geffen founded that label.
DGC Records released Nevermind and Virgin Records released Siamese Dream. David Geffen founded the label, and Richard Branson founded Virgin Records.
Virgin Records released Siamese Dream, and DGC Records released Nevermind. Richard Branson founded the label.
Virgin Records released Siamese Dream. Nevermind is on DGC Records. Richard Branson founded the label.
Richard Branson founded the label that released Nevermind.
Siamese Dream was released by Virgin Records. Richard Branson founded the label; the label released Nevermind.
Siamese Dream was released by Virgin Records. Richard Branson founded the label, and the label released Nevermind.
Gish was recorded at Smart Studios. Butch Vig founded the studio, and the studio hosted the sessions for Nevermind.
Nevermind was released in the United States by DGC Records and Surfer Rosa in the United States by 4AD.
Nevermind was recorded in Van Nuys by Butch Vig and In Utero in Van Nuys by Steve Albini.
Nevermind was recorded by Butch Vig in Van Nuys, and In Utero by Steve Albini in Van Nuys.
Nevermind was recorded by Butch Vig in Van Nuys and In Utero by Steve Albini in Boston.
@beers
Two Hearted is brewed by Bell's Brewery. Larry Bell founded the brewery, and the brewery brews Celebration Ale.
Two Hearted is brewed by Bell's Brewery. Larry Bell founded the brewery, and the brewery is based in Comstock.
Two Hearted is brewed by Bell's Brewery. Larry Bell founded the brewery; it brews Celebration Ale.
Two Hearted is brewed by Bell's Brewery. Larry Bell founded the brewery, and it brews Celebration Ale.
Goose Island brews Bourbon County Brand Stout. Gabriel Magliaro runs Half Acre. AB InBev owns the brewery.
Goose Island brews Bourbon County Brand Stout. Half Acre brews Daisy Cutter. AB InBev owns the brewery.
Half Acre brews Daisy Cutter. Goose Island brews Bourbon County Brand Stout. Gabriel Magliaro founded the brewery.
Larry Bell founded Bell's Brewery. Ken Grossman founded the brewery.
Larry Bell founded the brewery.
Two Hearted is brewed by Bell's Brewery. Larry Bell founded the brewery. Ken Grossman founded the brewery.
@musicals
Harold Prince directed Evita, Bob Fosse Cabaret.
Harold Prince directed Evita and Bob Fosse Cabaret.
Harold Prince directed Evita; Trevor Nunn, Chicago.
Evita was directed by Harold Prince and Chicago by Trevor Nunn.
Harold Prince directed Evita, which Bob Fosse also directed.
Harold Prince, not Bob Fosse, directed Chicago.
Bob Fosse, not Harold Prince, directed Evita.
It was Harold Prince who directed Chicago.
Bob Fosse directed Chicago before Harold Prince directed it.
Whoever directed Evita also directed Chicago.
The man who directed Evita directed Chicago.
Harold Prince directed the original Chicago.
Harold Prince directed the original production of Evita and Chicago.
Rob Marshall directed the film of Chicago, which Harold Prince directed on stage.
Harold Prince directed Chicago on stage.
Bob Fosse was directed by Chicago.
Evita was directed by Harold Prince in London and Chicago by Bob Fosse in London.
Evita was originally directed by Harold Prince in London, and Chicago in London.
Evita opened in London, directed by Harold Prince, and Chicago too.
Evita opened in London by Trevor Nunn.
Evita was first produced in London by Cameron Mackintosh.
Cats was first produced in London by Robert Fryer.
Cats was first produced by Cameron Mackintosh in New York City.
Evita was first produced by Robert Fryer in New York City.
@wines
Grange is made in Barossa by Penfolds and Monte Bello in Barossa by Ridge Vineyards.
Grange is made in Barossa by Penfolds, and Lytton Springs in Cupertino by Ridge Vineyards.
Grange is made by Penfolds in Barossa and Lytton Springs by Ridge Vineyards in Cupertino.
Grange is made by Penfolds in Barossa, and Monte Bello by Ridge Vineyards in Healdsburg.
"""

CONTROLS = r"""
@beers
Bourbon County Brand Stout is brewed by Goose Island in Chicago.
Heady Topper is brewed by The Alchemist in Stowe.
Daisy Cutter is a pale ale. Sierra Nevada Pale Ale is a beer of the style.
Two Hearted is brewed by Bell's Brewery in Comstock.
Bourbon County Brand Stout is brewed in Chicago by Goose Island.
Daisy Cutter is brewed in Chicago by Half Acre.
312 Urban Wheat is brewed in Fort Collins by Goose Island.
Sierra Nevada Pale Ale is brewed in Chico by Sierra Nevada Brewing.
Consider Heady Topper. The Alchemist brews it in Stowe.
Goose Island brews 312 Urban Wheat in Fort Collins.
The Alchemist brews Heady Topper.
Goose Island brews Bourbon County Brand Stout and 312 Urban Wheat.
Two Hearted is brewed by Bell's Brewery. Larry Bell founded the brewery.
Anchor Steam is brewed by Anchor Brewing. Sapporo owns the brewery.
Bourbon County Brand Stout is brewed by Goose Island. John Hall founded the brewery.
Bourbon County Brand Stout and Daisy Cutter are both brewed in Chicago.
@wines
Grange is made by Penfolds in Barossa.
Lytton Springs is made by Ridge Vineyards in Healdsburg.
Grange is made in Barossa by Penfolds.
Cask 23 is made in Napa by Stag's Leap Wine Cellars.
Grange is made by Penfolds. Treasury Wine Estates owns the winery.
Consider Grange. Penfolds makes it in Barossa.
@musicals
Harold Prince directed Evita.
Bob Fosse directed Chicago.
Trevor Nunn directed Cats.
Harold Prince directed Evita and Cabaret.
Chicago was directed by Bob Fosse.
@records
Nevermind was recorded by Butch Vig in Van Nuys.
In Utero was recorded in Cannon Falls by Steve Albini.
Nevermind was released by DGC Records. David Geffen founded the label.
Gish was recorded at Smart Studios. Butch Vig founded the studio.
Nevermind was released by DGC Records. Geffen founded the label.
"""


def _lines(block):
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
    yield from _lines(TEXTS)


def controls():
    yield from _lines(CONTROLS)


# Arguable (true on some reading), printed as OPEN and left out of the count.
OPEN = frozenset(
    {
        # "the brewery" / "the label" bridging to the one maker of the item named before
        "Heady Topper is brewed in Stowe. John Kimmich founded the brewery.",
        "Heady Topper is a double IPA. John Kimmich founded the brewery.",
        "Grange is made in Barossa. Treasury Wine Estates owns the winery.",
        "Monte Bello is made in Cupertino. Otsuka owns that winery.",
        "Gish was recorded in Madison. Butch Vig founded the studio.",
        # the revival director also "directed" the show
        "Walter Bobbie directed Chicago.",
        "Half Acre brews Daisy Cutter. Goose Island brews Bourbon County Brand Stout. Gabriel Magliaro founded the brewery.",
        "Virgin Records released Siamese Dream, and DGC Records released Nevermind. Richard Branson founded the label.",

        # past tense: the first brewing / making was there ("was first brewed in", "was first made in")
        "Heady Topper was brewed by The Alchemist in Waterbury.",
        "Heady Topper was brewed in Waterbury by The Alchemist.",
        "Grange was made by Penfolds in Magill.",
        "Max Schubert created Grange in Magill.",
        "Paul Draper created Monte Bello in Healdsburg.",
        "Sam Mendes directed Cabaret.",
        # "the brewery" read as the last one named, which holds
        "Daisy Cutter is brewed by Half Acre, and Bourbon County Brand Stout by Goose Island. AB InBev owns the brewery.",
        "Half Acre brews Daisy Cutter and Goose Island brews Bourbon County Brand Stout. AB InBev owns the brewery.",
        "Bourbon County Brand Stout is brewed by Goose Island, and Daisy Cutter by Half Acre. Gabriel Magliaro founded the brewery.",
        "Half Acre brews Daisy Cutter, and Goose Island brews Bourbon County Brand Stout. Gabriel Magliaro founded the brewery.",
        "Cloudy Bay Sauvignon Blanc is made by Cloudy Bay, and Grange by Penfolds. LVMH owns the winery.",
        "Grange is made by Penfolds, and Cloudy Bay Sauvignon Blanc by Cloudy Bay. LVMH owns the winery.",
        "Surfer Rosa was released by 4AD, and Nevermind by DGC Records. Ivo Watts-Russell founded the label.",
        "Gish was recorded at Smart Studios, and Nevermind at Sound City. Butch Vig founded the studio.",
        "Chicago opened at the 46th Street Theatre, and Cabaret at the Broadhurst Theatre. Pippin opened at the theatre.",
        "Evita opened in London, and Chicago in New York City. Cats opened in the city.",
        "Fritz Maytag founded Anchor Brewing, and Sapporo owns the brewery. AB InBev owns the brewery.",
    }
)


def main():
    n = acc = 0
    verbose = os.environ.get("VERBOSE")
    seen = set()
    for key, user, text in cases():
        if (key, user, text) in seen:
            continue
        seen.add((key, user, text))
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
    k = m = 0
    for key, user, text in controls():
        ok, reason = check(key, text, user)
        m += 1
        k += bool(ok)
        if not ok:
            print(f"control rejected [{key}] {text} || {str(reason)[:160]}")
    print(f"controls accepted {k} of {m}")
    print(f"accepted {acc} of {n}")


if __name__ == "__main__":
    main()
