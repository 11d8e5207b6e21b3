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


def cocktails():
    items = {"c:neg": ("cocktail", "Negroni", 1919), "c:mar": ("cocktail", "Martini", 1888),
             "c:moj": ("cocktail", "Mojito", 1930), "c:mule": ("cocktail", "Moscow Mule", 1941),
             "c:marg": ("cocktail", "Margarita", 1938)}
    others = {"s:gin": ("spirit", "gin"), "s:rum": ("spirit", "rum"), "s:vodka": ("spirit", "vodka"),
              "s:teq": ("spirit", "tequila"), "l:campari": ("liqueur", "Campari"),
              "l:verm": ("liqueur", "vermouth"), "l:cointreau": ("liqueur", "Cointreau"),
              "h:mint": ("herb", "mint"), "f:lime": ("fruit", "lime"), "f:orange": ("fruit", "orange"),
              "f:olive": ("fruit", "olive"), "f:ginger": ("fruit", "ginger"),
              "g:rocks": ("glass", "rocks glass"), "g:mug": ("glass", "copper mug"),
              "g:coupe": ("glass", "coupe"), "b:floridita": ("bar", "El Floridita"),
              "b:harrys": ("bar", "Harry's Bar")}
    rels = [R("base", phrase="is based on", inverse_phrase="is the base of", domain=("cocktail",), range=("spirit",)),
            R("contains", phrase="contains", inverse_phrase="is in", domain=("cocktail",), range=("liqueur",)),
            R("herb", phrase="contains", inverse_phrase="is in", domain=("cocktail",), range=("herb",)),
            R("garnish", phrase="is garnished with", inverse_phrase="garnishes", domain=("cocktail",), range=("fruit",)),
            R("glass", phrase="is served in", inverse_phrase="holds", domain=("cocktail",), range=("glass",)),
            R("bar", phrase="was popularized at", inverse_phrase="popularized")]
    T = [("c:neg", "base", "s:gin"), ("c:neg", "contains", "l:campari"), ("c:neg", "contains", "l:verm"),
         ("c:neg", "garnish", "f:orange"), ("c:neg", "glass", "g:rocks"),
         ("c:mar", "base", "s:gin"), ("c:mar", "contains", "l:verm"), ("c:mar", "garnish", "f:olive"),
         ("c:mar", "glass", "g:coupe"),
         ("c:moj", "base", "s:rum"), ("c:moj", "herb", "h:mint"), ("c:moj", "garnish", "f:lime"),
         ("c:moj", "bar", "b:floridita"),
         ("c:mule", "base", "s:vodka"), ("c:mule", "garnish", "f:lime"), ("c:mule", "glass", "g:mug"),
         ("c:marg", "base", "s:teq"), ("c:marg", "contains", "l:cointreau"), ("c:marg", "garnish", "f:lime"),
         ("c:marg", "bar", "b:harrys")]
    return _build(items, others, rels, T)


def dishes():
    items = {"d:lasagna": ("dish", "Lasagna", 0), "d:risotto": ("dish", "Risotto", 0),
             "d:pesto": ("dish", "Pesto Pasta", 0), "d:curry": ("dish", "Chana Masala", 0)}
    others = {"i:ricotta": ("cheese", "ricotta"), "i:parm": ("cheese", "parmesan"),
              "i:feta": ("cheese", "feta"), "i:rice": ("grain", "rice"), "i:wheat": ("grain", "wheat"),
              "i:basil": ("herb", "basil"), "i:cumin": ("spice", "cumin"), "i:tomato": ("vegetable", "tomato"),
              "i:spinach": ("vegetable", "spinach")}
    rels = [R("ing", phrase="is made with", inverse_phrase="goes into", domain=("dish",), range=("cheese",)),
            R("grain", phrase="is made from", inverse_phrase="is used in", domain=("dish",), range=("grain",)),
            R("free", phrase="is free of", inverse_phrase="is absent from", domain=("dish",), range=("grain",)),
            R("side", phrase="is served with", inverse_phrase="accompanies", domain=("dish",), range=("vegetable",)),
            R("spice", phrase="uses", inverse_phrase="is used in", domain=("dish",), range=("spice",)),
            R("top", phrase="is topped with", inverse_phrase="tops", domain=("dish",), range=("herb",))]
    T = [("d:lasagna", "ing", "i:ricotta"), ("d:lasagna", "grain", "i:wheat"), ("d:lasagna", "side", "i:spinach"),
         ("d:risotto", "ing", "i:parm"), ("d:risotto", "grain", "i:rice"), ("d:risotto", "free", "i:wheat"),
         ("d:pesto", "ing", "i:parm"), ("d:pesto", "top", "i:basil"), ("d:pesto", "grain", "i:wheat"),
         ("d:curry", "spice", "i:cumin"), ("d:curry", "free", "i:wheat"), ("d:curry", "side", "i:tomato"),
         ("d:curry", "grain", "i:rice")]
    return _build(items, others, rels, T)


def courses():
    items = {"k:fin": ("course", "Financial Markets", 2011), "k:ml": ("course", "Machine Learning", 2012),
             "k:psy": ("course", "The Science of Well-Being", 2018), "k:py": ("course", "Python for Everybody", 2015)}
    others = {"u:yale": ("university", "Yale"), "u:stan": ("university", "Stanford"),
              "u:mich": ("university", "Michigan"), "s:fin": ("subject", "finance"),
              "s:ml": ("subject", "statistics"), "s:psy": ("subject", "psychology"), "s:prog": ("subject", "programming"),
              "p:shiller": ("person", "Robert Shiller"), "p:ng": ("person", "Andrew Ng"),
              "p:santos": ("person", "Laurie Santos"), "p:chuck": ("person", "Charles Severance"),
              "x:coursera": ("platform", "Coursera"), "x:edx": ("platform", "edX"),
              "l:adv": ("level", "Advanced"), "l:beg": ("level", "Beginner")}
    rels = [R("off", phrase="is offered by", inverse_phrase="offers", domain=("course",), range=("university",)),
            R("endorse", phrase="is endorsed by", inverse_phrase="endorses", domain=("course",), range=("university",)),
            R("topic", phrase="covers", inverse_phrase="is covered by", domain=("course",), range=("subject",)),
            R("teach", phrase="is taught by", inverse_phrase="teaches", domain=("course",), range=("person",)),
            R("level", phrase="is aimed at the level", inverse_phrase="is the level of", domain=("course",), range=("level",)),
            R("plat", phrase="is available on", inverse_phrase="hosts", domain=("course",), range=("platform",)),
            R("removed", phrase="was removed from", inverse_phrase="removed", domain=("course",), range=("platform",))]
    T = [("k:fin", "off", "u:yale"), ("k:fin", "topic", "s:fin"), ("k:fin", "teach", "p:shiller"),
         ("k:fin", "level", "l:adv"), ("k:fin", "plat", "x:coursera"), ("k:fin", "endorse", "u:stan"),
         ("k:ml", "off", "u:stan"), ("k:ml", "topic", "s:ml"), ("k:ml", "teach", "p:ng"), ("k:ml", "level", "l:adv"),
         ("k:ml", "removed", "x:coursera"), ("k:ml", "plat", "x:edx"),
         ("k:psy", "off", "u:yale"), ("k:psy", "topic", "s:psy"), ("k:psy", "teach", "p:santos"),
         ("k:psy", "level", "l:beg"), ("k:psy", "plat", "x:coursera"),
         ("k:py", "off", "u:mich"), ("k:py", "topic", "s:prog"), ("k:py", "teach", "p:chuck"),
         ("k:py", "level", "l:beg"), ("k:py", "removed", "x:edx"), ("k:py", "endorse", "u:yale")]
    return _build(items, others, rels, T)


def products():
    items = {"p:air": ("shoe", "Air Max", 1987), "p:ultra": ("shoe", "Ultraboost", 2015),
             "p:walk": ("device", "Walkman", 1979), "p:ipod": ("device", "iPod", 2001)}
    others = {"b:nike": ("company", "Nike"), "b:adidas": ("company", "Adidas"), "b:apple": ("company", "Apple"),
              "b:sony": ("company", "Sony"), "b:foxconn": ("company", "Foxconn"), "b:target": ("company", "Target"),
              "b:wired": ("company", "Wired"), "b:ideo": ("company", "IDEO")}
    rels = [R("sold", phrase="is sold by", inverse_phrase="sells"),
            R("review", phrase="was reviewed by", inverse_phrase="reviewed"),
            R("made", phrase="is made by", inverse_phrase="makes"),
            R("design", phrase="was designed by", inverse_phrase="designed")]
    T = [("p:air", "sold", "b:target"), ("p:air", "made", "b:nike"), ("p:air", "review", "b:wired"),
         ("p:ultra", "made", "b:adidas"), ("p:ultra", "design", "b:ideo"), ("p:ultra", "review", "b:target"),
         ("p:walk", "made", "b:sony"), ("p:walk", "review", "b:wired"),
         ("p:ipod", "made", "b:foxconn"), ("p:ipod", "design", "b:apple"), ("p:ipod", "sold", "b:target")]
    return _build(items, others, rels, T)


def books():
    items = {"n:dune": ("novel", "Dune", 1965), "n:hobbit": ("novel", "The Hobbit", 1937),
             "n:left": ("novel", "The Left Hand of Darkness", 1969), "n:found": ("novel", "Foundation", 1951)}
    others = {"x:chilton": ("publisher", "Chilton"), "x:allen": ("publisher", "Allen & Unwin"),
              "x:ace": ("publisher", "Ace"), "x:gnome": ("publisher", "Gnome Press"),
              "s:dune": ("series", "Dune Chronicles"), "s:hain": ("series", "Hainish Cycle"),
              "s:found": ("series", "Foundation series"), "s:earth": ("series", "Earthsea"),
              "p:herbert": ("person", "Frank Herbert"), "p:tolkien": ("person", "J. R. R. Tolkien"),
              "p:leguin": ("person", "Ursula K. Le Guin"), "p:asimov": ("person", "Isaac Asimov")}
    rels = [R("pub", phrase="is published by", inverse_phrase="publishes"),
            R("rej", phrase="was rejected by", inverse_phrase="rejected"),
            R("ser", phrase="is part of", inverse_phrase="includes"),
            R("insp", phrase="was inspired by", inverse_phrase="inspired"),
            R("by", phrase="was written by", inverse_phrase="wrote")]
    T = [("n:dune", "pub", "x:chilton"), ("n:dune", "rej", "x:ace"), ("n:dune", "ser", "s:dune"),
         ("n:dune", "by", "p:herbert"), ("n:dune", "insp", "s:found"),
         ("n:hobbit", "pub", "x:allen"), ("n:hobbit", "by", "p:tolkien"),
         ("n:left", "pub", "x:ace"), ("n:left", "ser", "s:hain"), ("n:left", "by", "p:leguin"),
         ("n:left", "insp", "s:earth"), ("n:left", "rej", "x:chilton"),
         ("n:found", "pub", "x:gnome"), ("n:found", "ser", "s:found"), ("n:found", "by", "p:asimov"),
         ("n:found", "rej", "x:allen")]
    return _build(items, others, rels, T)


def hotels():
    items = {"h:ritz": ("hotel", "The Ritz", 1906), "h:savoy": ("hotel", "The Savoy", 1889),
             "h:plaza": ("hotel", "The Plaza", 1907), "h:motel": ("hotel", "Roadside Inn", 1970)}
    others = {"a:spa": ("amenity", "spa"), "a:pool": ("amenity", "pool"), "a:gym": ("amenity", "gym"),
              "a:casino": ("amenity", "casino"), "r:5": ("rating", "five-star hotel"),
              "r:4": ("rating", "four-star hotel"), "r:3": ("rating", "three-star hotel"),
              "c:fair": ("chain", "Fairmont"), "c:hilton": ("chain", "Hilton"), "c:acc": ("chain", "Accor")}
    rels = [R("offers", phrase="offers", inverse_phrase="is offered at"),
            R("near", phrase="is near", inverse_phrase="is near"),
            R("lacks", phrase="lacks", inverse_phrase="is missing from"),
            R("used", phrase="used to offer", inverse_phrase="was once offered at"),
            R("rated", phrase="is rated as a", inverse_phrase="is the rating of"),
            R("prev", phrase="was previously rated as a", inverse_phrase="was the former rating of"),
            R("runs", phrase="is run by", inverse_phrase="runs"),
            R("owns", phrase="is owned by", inverse_phrase="owns")]
    T = [("h:ritz", "offers", "a:spa"), ("h:ritz", "near", "a:casino"), ("h:ritz", "lacks", "a:pool"),
         ("h:ritz", "rated", "r:5"), ("h:ritz", "owns", "c:acc"), ("h:ritz", "used", "a:gym"),
         ("h:savoy", "offers", "a:pool"), ("h:savoy", "lacks", "a:casino"), ("h:savoy", "rated", "r:5"),
         ("h:savoy", "runs", "c:fair"), ("h:savoy", "prev", "r:4"),
         ("h:plaza", "offers", "a:gym"), ("h:plaza", "used", "a:spa"), ("h:plaza", "rated", "r:4"),
         ("h:plaza", "prev", "r:5"), ("h:plaza", "owns", "c:fair"), ("h:plaza", "runs", "c:hilton"),
         ("h:motel", "near", "a:pool"), ("h:motel", "rated", "r:3"), ("h:motel", "lacks", "a:spa")]
    return _build(items, others, rels, T)


def games():
    items = {"g:celeste": ("game", "Celeste", 2018), "g:hades": ("game", "Hades", 2020),
             "g:pt": ("game", "P.T.", 2014), "g:fort": ("game", "Fortnite", 2017)}
    others = {"x:steam": ("platform", "Steam"), "x:switch": ("platform", "Switch"),
              "x:psn": ("platform", "PlayStation Store"), "x:ios": ("platform", "App Store"),
              "m:louvre": ("museum", "Louvre"), "m:moma": ("museum", "MoMA"),
              "m:smith": ("museum", "Smithsonian")}
    rels = [R("avail", phrase="is available on", inverse_phrase="hosts"),
            R("removed", phrase="was removed from", inverse_phrase="removed"),
            R("in", phrase="is in", inverse_phrase="houses"),
            R("stolen", phrase="was stolen from", inverse_phrase="lost")]
    T = [("g:celeste", "avail", "x:steam"), ("g:celeste", "avail", "x:switch"), ("g:celeste", "in", "m:moma"),
         ("g:hades", "avail", "x:switch"), ("g:hades", "stolen", "m:smith"),
         ("g:pt", "removed", "x:psn"), ("g:pt", "stolen", "m:louvre"),
         ("g:fort", "avail", "x:psn"), ("g:fort", "removed", "x:ios"), ("g:fort", "in", "m:smith")]
    return _build(items, others, rels, T)


def startups():
    items = {"s:acme": ("startup", "Acme", 2010), "s:zeta": ("startup", "Zeta", 2014),
             "s:nova": ("startup", "Nova", 2016), "s:orbit": ("startup", "Orbitly", 2019)}
    others = {"p:ann": ("person", "Ann Lee"), "p:bob": ("person", "Bob Stone"), "p:cat": ("person", "Cat Moss"),
              "p:dan": ("person", "Dan Roe"), "v:seq": ("investor", "Sequoia"), "v:a16z": ("investor", "Andreessen"),
              "t:py": ("tool", "Python"), "t:rust": ("tool", "Rust"), "t:go": ("tool", "Go")}
    rels = [R("founded", phrase="was founded by", inverse_phrase="founded"),
            R("funded", phrase="was funded by", inverse_phrase="funded"),
            R("uses", phrase="uses", inverse_phrase="is used by"),
            R("employs", phrase="employs", inverse_phrase="works at"),
            R("led", phrase="is led by", inverse_phrase="leads"),
            R("advised", phrase="is advised by", inverse_phrase="advises")]
    T = [("s:acme", "founded", "p:ann"), ("s:acme", "funded", "v:seq"), ("s:acme", "uses", "t:py"),
         ("s:acme", "employs", "p:bob"), ("s:acme", "led", "p:cat"),
         ("s:zeta", "founded", "p:bob"), ("s:zeta", "funded", "v:a16z"), ("s:zeta", "uses", "t:rust"),
         ("s:zeta", "employs", "p:dan"), ("s:zeta", "advised", "p:ann"),
         ("s:nova", "founded", "p:cat"), ("s:nova", "uses", "t:go"), ("s:nova", "led", "p:dan"),
         ("s:orbit", "funded", "v:seq"), ("s:orbit", "employs", "p:ann"), ("s:orbit", "advised", "p:cat")]
    return _build(items, others, rels, T)


def workshops():
    items = {"w:pot": ("workshop", "Pottery Basics", 2020), "w:wood": ("workshop", "Woodworking 101", 2021),
             "w:paint": ("workshop", "Oil Painting", 2019)}
    others = {"p:ed": ("person", "Ed Park"), "p:fay": ("person", "Fay Wu"), "p:gus": ("person", "Gus Hale"),
              "p:hal": ("person", "Hal Ito"), "o:guild": ("organization", "Craft Guild"),
              "o:club": ("organization", "Art Club")}
    rels = [R("teach", phrase="is taught by", inverse_phrase="teaches"),
            R("coach", phrase="is coached by", inverse_phrase="coaches"),
            R("run", phrase="is run by", inverse_phrase="runs"),
            R("fund", phrase="is sponsored by", inverse_phrase="sponsors")]
    T = [("w:pot", "teach", "p:ed"), ("w:pot", "coach", "p:fay"), ("w:pot", "run", "o:guild"),
         ("w:wood", "teach", "p:gus"), ("w:wood", "run", "o:club"), ("w:wood", "fund", "o:guild"),
         ("w:paint", "coach", "p:hal"), ("w:paint", "teach", "p:fay"), ("w:paint", "fund", "o:club")]
    return _build(items, others, rels, T)


def spacecraft():
    items = {"x:hubble": ("telescope", "Hubble", 1990), "x:voy": ("probe", "Voyager 1", 1977),
             "x:juno": ("probe", "Juno", 2011), "x:cass": ("probe", "Cassini", 1997)}
    others = {"b:earth": ("planet", "Earth"), "b:jup": ("planet", "Jupiter"), "b:sat": ("planet", "Saturn"),
              "o:nasa": ("agency", "NASA"), "o:esa": ("agency", "ESA"), "o:jpl": ("agency", "JPL"),
              "o:lm": ("company", "Lockheed Martin"), "o:boe": ("company", "Boeing")}
    rels = [R("orbits", phrase="orbits", inverse_phrase="is orbited by"),
            R("flyby", phrase="flew past", inverse_phrase="was visited by"),
            R("built", phrase="was built by", inverse_phrase="built"),
            R("launched", phrase="was launched by", inverse_phrase="launched"),
            R("operated", phrase="is operated by", inverse_phrase="operates")]
    T = [("x:hubble", "orbits", "b:earth"), ("x:hubble", "built", "o:lm"), ("x:hubble", "launched", "o:nasa"),
         ("x:hubble", "operated", "o:esa"),
         ("x:voy", "flyby", "b:jup"), ("x:voy", "flyby", "b:sat"), ("x:voy", "operated", "o:jpl"),
         ("x:voy", "launched", "o:nasa"),
         ("x:juno", "orbits", "b:jup"), ("x:juno", "built", "o:lm"), ("x:juno", "flyby", "b:earth"),
         ("x:cass", "orbits", "b:sat"), ("x:cass", "flyby", "b:jup"), ("x:cass", "launched", "o:nasa"),
         ("x:cass", "operated", "o:jpl"), ("x:cass", "built", "o:boe")]
    return _build(items, others, rels, T)


BUILDERS = {"cocktails": cocktails, "dishes": dishes, "courses": courses, "products": products, "books": books,
            "hotels": hotels, "games": games, "startups": startups, "workshops": workshops,
            "space": spacecraft, "movies": kgx.KnowledgeGraph.example}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TRUE = r"""
@cocktails
The Negroni is made with Campari.
A Negroni is a gin cocktail.
The Mojito is garnished with lime.
The Martini is served in a coupe.
@courses
Financial Markets is offered by Yale.
Financial Markets is a Yale course.
The Science of Well-Being is a course on psychology.
Financial Markets is hosted on Coursera.
@hotels
The Ritz has a spa.
The Ritz is a five-star hotel.
@games
Celeste is hosted on Steam.
Celeste is housed in MoMA.
@startups
Acme employs Bob Stone.
Bob Stone is employed at Acme.
@space
Juno circles Jupiter.
"""

TEXTS = r"""
@cocktails
The Mojito is made with lime.
The Moscow Mule is made with lime.
The Margarita is made with lime.
A Margarita is a lime cocktail.
A Mojito is a lime cocktail.
The Moscow Mule is a lime drink.
The Negroni is an orange cocktail.
The Martini is an olive cocktail.
The Martini is made with olive.
The Negroni calls for orange.
The Negroni uses orange.
The Negroni is mixed with orange.
Lime goes into the Mojito.
Lime goes into the Margarita.
Orange goes into the Negroni.
Olive goes into the Martini.
The Martini calls for a coupe.
The Negroni calls for a rocks glass.
The Moscow Mule is made with a copper mug.
The Moscow Mule uses a copper mug.
The Negroni is a gin cocktail with a coupe.
The Martini is a gin drink with a rocks glass.
The Negroni is served in a coupe.
The Negroni is made with rum.
The Negroni is made with vodka.
A Negroni is a rum cocktail.
A Margarita is a gin cocktail.
The Mojito is a vodka cocktail.
The Moscow Mule is a rum drink.
The Margarita is made with Campari.
The Martini is made with Campari.
The Martini calls for Campari.
Campari goes into the Martini.
Vermouth goes into the Margarita.
The Mojito is made with vermouth.
The Mojito uses Cointreau.
A Martini is a Campari cocktail.
A Margarita is a vermouth drink.
The Mojito is made with mint and lime.
The Mojito calls for both mint and lime.
The Margarita is made with tequila and lime.
The Negroni and the Martini are both made with Campari.
The Negroni and the Martini both call for orange.
The Negroni and the Martini are both gin cocktails with Campari.
The Martini and the Margarita are both made with vermouth.
The Margarita and the Moscow Mule are made with vodka and tequila respectively.
The Negroni is not made with Campari.
The Negroni isn't made with gin.
The Negroni used to be made with Campari.
The Negroni was once made with rum.
The Negroni could be made with rum.
Is the Negroni made with Campari?
The Negroni is no longer made with Campari.
Gin is made with the Negroni.
Campari is made with the Negroni.
The Negroni goes into Campari.
The Negroni goes into gin.
Mint is made with the Mojito.
The Mojito is a mint cocktail with lime.
The Mojito is a mint cocktail made with vodka.
The Mojito is made with mint, though the Margarita is made with mint.
El Floridita is made with the Mojito.
The Mojito is made with El Floridita.
The Mojito is an El Floridita cocktail.
The Margarita is a Harry's Bar cocktail with Campari.
The Moscow Mule is a drink made with Cointreau.
The Moscow Mule is a copper mug cocktail.
A Negroni is a coupe cocktail.
The Martini is a coupe drink made with orange.
The Moscow Mule features lime.
The Moscow Mule contains lime.
The Mojito contains lime.
The Mojito includes lime.
The Negroni includes orange.
The Martini has olive.
The Martini contains olive.
The Margarita has lime.
The Moscow Mule is made from lime.
The Mojito is based on mint.
The Negroni is based on Campari.
The Martini is based on vermouth.
The Mojito is based on lime.
The Mojito is a lime-based cocktail.
Mint goes into the Margarita.
Mint goes into the Negroni.
Rum goes into the Negroni.
The Negroni is made with the Martini.
The Negroni uses the Martini.
@dishes
Lasagna is made with spinach.
Chana Masala is made with tomato.
Chana Masala uses tomato.
Lasagna calls for spinach.
Spinach goes into Lasagna.
Tomato goes into Chana Masala.
Lasagna is a spinach dish.
Chana Masala is a tomato dish.
Risotto is made with wheat.
Chana Masala is made with wheat.
Risotto is a wheat dish.
Wheat goes into Risotto.
Wheat goes into Chana Masala.
Chana Masala calls for wheat.
Risotto uses wheat.
Pesto Pasta is made with basil.
Pesto Pasta uses basil.
Basil goes into Pesto Pasta.
Pesto Pasta is a basil dish.
Pesto Pasta calls for basil.
Pesto Pasta is mixed with basil.
Lasagna is made with parmesan.
Risotto is made with ricotta.
Chana Masala is made with feta.
Lasagna is made with feta.
Feta goes into Lasagna.
Lasagna is a parmesan dish.
Chana Masala is a cheese dish with feta.
Risotto uses cumin.
Lasagna uses cumin.
Cumin goes into Risotto.
Risotto is a cumin dish.
Lasagna is made with rice.
Risotto is made from wheat.
Pesto Pasta is made from rice.
Chana Masala is made from wheat.
Rice goes into Lasagna.
Lasagna is a rice dish.
Risotto and Pesto Pasta are both made with wheat.
Risotto and Chana Masala are both made with parmesan.
Lasagna and Chana Masala both call for spinach.
Risotto is not made with parmesan.
Risotto used to be made with parmesan.
Risotto is no longer made with rice.
Parmesan is made with Risotto.
Risotto goes into parmesan.
Cumin is used in Lasagna.
Wheat is used in Risotto.
Spinach is used in Lasagna.
Basil is used in Pesto Pasta.
Risotto is made without parmesan.
Risotto is free of rice.
Lasagna is free of wheat.
Chana Masala is made with rice and wheat.
Chana Masala is a rice dish made with wheat.
Lasagna is served with ricotta.
Lasagna is served with tomato.
Pesto Pasta is topped with parmesan.
@courses
Financial Markets comes from Stanford.
Financial Markets is a Stanford course.
Stanford's Financial Markets is a course on finance.
Financial Markets is from Stanford.
Python for Everybody is a Yale course.
Python for Everybody comes from Yale.
Python for Everybody is from Yale.
Yale's Python for Everybody covers programming.
Machine Learning is a Yale course.
Machine Learning comes from Michigan.
Python for Everybody comes out of Yale.
Financial Markets comes out of Stanford.
Financial Markets is offered by Stanford.
Python for Everybody is offered by Yale.
Stanford offers Financial Markets.
Yale offers Python for Everybody.
Financial Markets is a course from Robert Shiller.
The Science of Well-Being is a course from Andrew Ng.
Financial Markets is a Robert Shiller course from Stanford.
Machine Learning is a course on finance.
Financial Markets is a course on statistics.
Python for Everybody is a course on psychology.
Machine Learning is a course on Coursera.
Python for Everybody is a course on edX.
Machine Learning is hosted on Coursera.
Python for Everybody is hosted on edX.
Machine Learning is available on Coursera.
Coursera hosts Machine Learning.
edX hosts Python for Everybody.
Python for Everybody is a course on Coursera.
The Science of Well-Being is a course on edX.
Financial Markets is a course on edX.
Machine Learning is a course at the Beginner level.
The Science of Well-Being is a course at the Advanced level.
Python for Everybody is a course at the Advanced level.
Financial Markets is a course at the Beginner level.
Machine Learning is a course at Yale.
Financial Markets is a course at Stanford.
Python for Everybody is a course at Yale.
Financial Markets is a course on Robert Shiller.
Financial Markets is a course on Yale.
Machine Learning is a Coursera course.
Python for Everybody is an edX course.
Financial Markets is led by Andrew Ng.
Machine Learning is led by Robert Shiller.
Laurie Santos leads Financial Markets.
Robert Shiller leads Machine Learning.
Financial Markets is not a Yale course.
Financial Markets used to be a Yale course.
Financial Markets was once offered by Stanford.
Financial Markets and Machine Learning both come from Yale.
Financial Markets and Python for Everybody are both Yale courses.
Financial Markets and Machine Learning are Stanford and Yale courses respectively.
Yale's Machine Learning is a course on statistics.
Stanford's Machine Learning is a course on finance.
Michigan's Python for Everybody is a course at the Advanced level.
Financial Markets comes from finance.
Financial Markets is from Coursera.
Financial Markets comes from Coursera.
Machine Learning comes from edX.
Yale comes from Financial Markets.
Financial Markets is provided by Stanford.
Stanford provides Financial Markets.
Yale provides Python for Everybody.
Yale boasts Python for Everybody.
Yale's Python for Everybody is a Beginner course.
Machine Learning is a course on statistics from Yale.
The Science of Well-Being is a course on psychology from Stanford.
@products
Air Max is made by Target.
Ultraboost is sold by Target.
Ultraboost comes from Target.
Ultraboost is a Target shoe.
Target's Ultraboost is a shoe.
Walkman is sold by Wired.
Walkman comes from Wired.
Walkman is a Wired device.
Air Max is a Wired shoe.
Wired's Air Max is a shoe.
Air Max comes from Wired.
Air Max is from Wired.
Target sells Ultraboost.
Wired sells Walkman.
iPod is manufactured by Apple.
iPod is built by Apple.
Apple manufactures the iPod.
Apple builds the iPod.
Apple makes the iPod.
iPod is made by Apple.
Ultraboost is made by IDEO.
IDEO makes Ultraboost.
IDEO manufactures Ultraboost.
Ultraboost is built by IDEO.
Nike designed Air Max.
Air Max was designed by Nike.
Sony designed the Walkman.
Foxconn designed the iPod.
Air Max is an Apple shoe.
The iPod is a Target device made by Apple.
Air Max is not sold by Target.
Air Max used to be sold by Target.
Air Max and Ultraboost are both sold by Target.
Ultraboost and iPod are both made by Foxconn.
Target reviewed Air Max.
Wired reviewed the iPod.
Wired reviewed Ultraboost.
@books
Dune is published by Ace.
Dune comes from Ace.
Dune is an Ace novel.
Ace's Dune is a novel.
Dune is from Ace.
The Left Hand of Darkness comes from Chilton.
The Left Hand of Darkness is a Chilton novel.
Foundation is an Allen & Unwin novel.
Foundation comes from Allen & Unwin.
Ace publishes Dune.
Chilton publishes The Left Hand of Darkness.
Dune is a novel from the Foundation series.
Dune is from the Foundation series.
Dune comes from the Foundation series.
Dune is part of the Foundation series.
The Left Hand of Darkness is a novel from Earthsea.
The Left Hand of Darkness is from Earthsea.
The Left Hand of Darkness is part of Earthsea.
Earthsea includes The Left Hand of Darkness.
The Foundation series includes Dune.
The Hobbit is from the Hainish Cycle.
The Hobbit is a novel from the Dune Chronicles.
Dune is a Foundation series novel.
The Left Hand of Darkness is an Earthsea novel.
Dune is a novel from Isaac Asimov.
The Hobbit is a novel from Frank Herbert.
Dune was penned by Isaac Asimov.
Isaac Asimov penned Dune.
Frank Herbert penned Foundation.
Dune was inspired by the Dune Chronicles.
Foundation was inspired by the Foundation series.
Dune is not published by Chilton.
Dune used to be published by Ace.
Dune and Foundation both come from Chilton.
Dune and The Left Hand of Darkness are both Ace novels.
Dune and Foundation are from the Dune Chronicles and Hainish Cycle respectively.
Chilton comes from Dune.
Dune is a Chilton novel from the Hainish Cycle.
Dune features the Foundation series.
The Foundation series features Dune.
The Hainish Cycle contains Dune.
@hotels
The Ritz has a casino.
The Ritz has a pool.
The Ritz comes with a pool.
The Ritz comes with a casino.
The Ritz is a hotel complete with a pool.
The Ritz is a hotel with a casino.
The Ritz has a gym.
The Ritz comes with a gym.
The Ritz offers a gym.
The Ritz offers a pool.
The Ritz is a spa.
The Ritz is a casino.
The Savoy is a pool.
The Plaza has a spa.
The Plaza comes with a spa.
The Plaza is a property with a spa.
The Plaza is a property complete with a spa.
The Savoy has a casino.
The Savoy is a hotel with a casino.
The Roadside Inn has a pool.
The Roadside Inn comes with a pool.
The Roadside Inn offers a spa.
The Roadside Inn has a spa.
The Plaza is a five-star hotel.
The Plaza is rated as a five-star hotel.
The Savoy is a four-star hotel.
The Savoy is rated as a four-star hotel.
The Savoy is ranked as a four-star hotel.
The Plaza is certified as a five-star hotel.
The Ritz is a four-star hotel.
The Roadside Inn is a five-star property.
The Roadside Inn is a four-star hotel.
The Plaza is a five-star property.
The Plaza is graded as a five-star hotel.
The Ritz is a four-star property with a spa.
The Plaza and the Savoy are both five-star hotels.
The Ritz and the Plaza are both five-star hotels.
The Ritz, the Savoy and the Plaza are all five-star hotels.
The Plaza is not a four-star hotel.
The Savoy used to be a five-star hotel.
The Plaza used to be a four-star hotel.
The Ritz is run by Accor.
Accor runs the Ritz.
Accor operates the Ritz.
The Ritz is operated by Accor.
The Ritz is managed by Accor.
Fairmont runs the Plaza.
Fairmont operates the Plaza.
The Plaza is operated by Fairmont.
The Plaza is managed by Fairmont.
Fairmont manages the Plaza.
Hilton owns the Plaza.
The Plaza is owned by Hilton.
Fairmont owns the Savoy.
The Savoy is owned by Fairmont.
The Savoy is a Fairmont hotel with a casino.
The Ritz offers a spa and a pool.
The Ritz and the Savoy both offer a pool.
The Ritz and the Savoy both have a spa.
The Savoy and the Plaza offer a gym and a pool respectively.
The Ritz doesn't have a spa.
The Ritz no longer offers a spa.
The Ritz used to offer a spa.
The Plaza still offers a spa.
A spa is offered at the Plaza.
A pool is offered at the Ritz.
A casino is offered at the Ritz.
The Ritz provides a pool.
The Ritz boasts a casino.
The Plaza provides a spa.
The Plaza boasts a spa.
The Ritz provides a gym.
@games
P.T. is hosted on the PlayStation Store.
P.T. is available on the PlayStation Store.
The PlayStation Store hosts P.T.
Fortnite is hosted on the App Store.
Fortnite is available on the App Store.
The App Store hosts Fortnite.
Hades is hosted on Steam.
Fortnite is hosted on Steam.
Hades is housed in the Smithsonian.
P.T. is housed in the Louvre.
Hades is in the Smithsonian.
The Louvre houses P.T.
The Smithsonian houses Hades.
Celeste is housed in the Smithsonian.
Fortnite is housed in MoMA.
Hades is housed in MoMA.
Celeste is housed on Steam.
Celeste is hosted in MoMA.
Celeste and Hades are both hosted on Steam.
Celeste and Fortnite are both housed in MoMA.
Celeste is not hosted on Steam.
Celeste used to be hosted on Steam.
Celeste was hosted on the PlayStation Store.
Fortnite was hosted on the App Store.
Steam is hosted on Celeste.
MoMA is housed in Celeste.
Celeste is a Steam game housed in the Louvre.
P.T. is a PlayStation Store game.
Fortnite is an App Store game.
Hades is a Smithsonian game.
P.T. is a Louvre game.
P.T. comes from the Louvre.
Hades comes from the Smithsonian.
@startups
Acme was founded by Sequoia.
Sequoia founded Acme.
Acme was established by Sequoia.
Sequoia established Acme.
Sequoia set up Acme.
Acme was set up by Sequoia.
Acme was established by Cat Moss.
Cat Moss set up Acme.
Ann Lee financed Acme.
Acme was financed by Ann Lee.
Acme was backed by Ann Lee.
Ann Lee backed Acme.
Acme was funded by Ann Lee.
Orbitly was financed by Andreessen.
Andreessen backed Orbitly.
Acme employs Python.
Python is employed at Acme.
Acme relies on Rust.
Zeta relies on Python.
Acme employs Rust.
Nova employs Go.
Ann Lee is employed at Zeta.
Cat Moss is employed at Acme.
Bob Stone is employed at Zeta.
Ann Lee is employed at Acme.
Dan Roe is employed at Acme.
Acme uses Bob Stone.
Acme is headed by Bob Stone.
Ann Lee heads Acme.
Acme is headed by Ann Lee.
Bob Stone heads Acme.
Zeta is headed by Ann Lee.
Dan Roe heads Acme.
Ann Lee leads Zeta.
Zeta is led by Ann Lee.
Orbitly is led by Cat Moss.
Cat Moss heads Orbitly.
Acme was founded by Ann Lee and funded by Andreessen.
Acme and Zeta were both founded by Ann Lee.
Acme and Zeta are both headed by Cat Moss.
Bob Stone used to work at Acme.
Bob Stone no longer works at Acme.
Bob Stone was employed at Acme.
Acme is employed at Bob Stone.
Acme works at Bob Stone.
Acme is a Sequoia startup founded by Bob Stone.
@workshops
Pottery Basics is led by Fay Wu.
Fay Wu leads Pottery Basics.
Oil Painting is led by Hal Ito.
Hal Ito leads Oil Painting.
Pottery Basics is taught by Fay Wu.
Fay Wu teaches Pottery Basics.
Oil Painting is taught by Hal Ito.
Ed Park coaches Pottery Basics.
Woodworking 101 is coached by Gus Hale.
Pottery Basics is operated by Ed Park.
Pottery Basics is managed by Fay Wu.
Woodworking 101 is operated by Craft Guild.
Craft Guild operates Woodworking 101.
Craft Guild manages Woodworking 101.
Art Club runs Pottery Basics.
Art Club operates Oil Painting.
Oil Painting is managed by Art Club.
Woodworking 101 is run by Gus Hale.
Pottery Basics is run by Ed Park.
Ed Park runs Pottery Basics.
Craft Guild funds Woodworking 101.
Craft Guild backs Pottery Basics.
Pottery Basics is financed by Craft Guild.
Pottery Basics and Oil Painting are both led by Fay Wu.
Pottery Basics is not led by Ed Park.
@space
Hubble circles Jupiter.
Voyager 1 circles Jupiter.
Voyager 1 orbits Saturn.
Cassini circles Jupiter.
Juno circles Earth.
Jupiter is circled by Voyager 1.
Earth is circled by Juno.
Hubble was constructed by Boeing.
Cassini was constructed by Lockheed Martin.
Boeing constructed Juno.
Hubble was manufactured by NASA.
NASA built Hubble.
Hubble was built by NASA.
NASA constructed Hubble.
Juno was introduced by NASA.
NASA unveiled Juno.
Juno was unveiled by NASA.
Hubble was unveiled by ESA.
Hubble is managed by NASA.
NASA operates Hubble.
NASA manages Hubble.
Hubble is run by NASA.
Juno is operated by JPL.
JPL runs Juno.
Voyager 1 is managed by NASA.
Hubble and Juno both circle Jupiter.
Hubble no longer circles Earth.
Juno used to circle Jupiter.
Voyager 1 circled Jupiter.
@movies
Casino comes from director Michael Mann.
Heat comes from director Martin Scorsese.
Casino comes from director Robert De Niro.
In 1995 Michael Mann directed Casino.
In 1995 Martin Scorsese directed Heat.
In 1994 Martin Scorsese directed Casino.
In 1996 Michael Mann directed Heat.
In 1995 Robert De Niro directed Heat.
Casino is tagged with Pixar.
Toy Story is tagged with Mafia.
Heat is tagged with Mafia.
Toy Story is a comedy tagged Mafia.
Casino is a crime film tagged Pixar.
Jumanji is a fantasy film tagged Pixar.
Casino is a drama, though it is directed by Michael Mann.
Heat is a thriller, although it stars Joe Pesci.
Casino stars Robert De Niro, though Heat stars Joe Pesci.
Heat was directed by Michael Mann, although Casino was directed by Michael Mann.
John Williams composed music for GoldenEye.
James Horner composed music for Heat.
Elliot Goldenthal composed music for Casino.
Heat comes from director Michael Mann and stars Joe Pesci.
Toy Story is a comedy tagged game.
Casino comes out of director Martin Scorsese.
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


def controls():
    key = None
    for line in TRUE.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("@"):
            key = line[1:]
            continue
        yield key, line


# Arguable texts (the relation named is close to what the words say): printed as OPEN and left out
# of the count. "popularized at" a bar, "is served in" a mug, "is taught by" a lecturer.
OPEN = frozenset({"The Margarita and the Moscow Mule are made with tequila and vodka respectively.",  # true
                  # where "respectively" is read (each base spirit in turn: session 43); counted false before
                  "The Mojito is an El Floridita cocktail.", "The Moscow Mule is a copper mug cocktail.",
                  "Financial Markets is a course from Robert Shiller."})


def main():
    for key, text in controls():
        ok, why = check(key, text)
        if not ok:
            print(f"control rejected [{key}] {text}: {why}")
    n = m = 0
    for key, text, user in cases():
        ok, _ = check(key, text, user)
        if text in OPEN:
            if ok:
                print(f"OPEN (accepted) [{key}] {text}")
            continue
        m += 1
        if ok:
            n += 1
            print(f"ACCEPTED [{key}{' ' + user if user else ''}] {text}")
    print(f"accepted {n} of {m}")


if __name__ == "__main__":
    main()
