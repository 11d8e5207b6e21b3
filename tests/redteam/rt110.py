"""Red team round 110 (new readings: ingredients, offered-by, hotels, hosted on, a topic's bare "on", movie wordings).\nEvery text is false on its graph; prints "accepted N of M" last."""
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
    items = {"c:neg": ("cocktail", "Negroni", 1919), "c:mar": ("cocktail", "Martini", 1880),
             "c:mule": ("cocktail", "Moscow Mule", 1941), "c:daq": ("cocktail", "Daiquiri", 1898),
             "c:boul": ("cocktail", "Boulevardier", 1927), "c:marg": ("cocktail", "Margarita", 1938)}
    others = {"i:gin": ("ingredient", "gin"), "i:campari": ("ingredient", "Campari"),
              "i:sv": ("ingredient", "sweet vermouth"), "i:dv": ("ingredient", "dry vermouth"),
              "i:vodka": ("ingredient", "vodka"), "i:gb": ("ingredient", "ginger beer"),
              "i:lime": ("ingredient", "lime juice"), "i:rum": ("ingredient", "rum"),
              "i:sugar": ("ingredient", "sugar"), "i:bourbon": ("ingredient", "bourbon"),
              "i:tequila": ("ingredient", "tequila"), "i:ts": ("ingredient", "triple sec"),
              "s:gin": ("spirit", "London dry gin"), "s:vodka": ("spirit", "Russian vodka"),
              "s:rum": ("spirit", "white rum"), "s:bourbon": ("spirit", "Kentucky bourbon"),
              "s:tequila": ("spirit", "blanco tequila"),
              "p:negroni": ("person", "Camillo Negroni"), "p:gwynne": ("person", "Erskine Gwynne"),
              "p:cox": ("person", "Jennings Cox"), "p:martin": ("person", "John Martin"),
              "city:florence": ("city", "Florence"), "city:paris": ("city", "Paris"),
              "city:la": ("city", "Los Angeles"), "city:havana": ("city", "Havana"),
              "m:stirred": ("method", "stirred"), "m:shaken": ("method", "shaken"),
              "g:rocks": ("glass", "rocks glass"), "g:coupe": ("glass", "coupe"), "g:mug": ("glass", "copper mug")}
    rels = [R("contains", phrase="contains", inverse_phrase="is an ingredient of", domain=("cocktail",), range=("ingredient",)),
            R("base", phrase="is based on", inverse_phrase="is the base of", domain=("cocktail",), range=("spirit",)),
            R("invented_by", phrase="was invented by", inverse_phrase="invented", domain=("cocktail",), range=("person",)),
            R("origin", phrase="comes from", inverse_phrase="is the home of", domain=("cocktail",), range=("city",)),
            R("method", phrase="is prepared", inverse_phrase="is the method of", domain=("cocktail",), range=("method",)),
            R("glass", phrase="is served in", inverse_phrase="is the glass of", domain=("cocktail",), range=("glass",)),
            R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("cocktail",))]
    T = [("c:neg", "contains", "i:gin"), ("c:neg", "contains", "i:campari"), ("c:neg", "contains", "i:sv"),
         ("c:mar", "contains", "i:gin"), ("c:mar", "contains", "i:dv"),
         ("c:mule", "contains", "i:vodka"), ("c:mule", "contains", "i:gb"), ("c:mule", "contains", "i:lime"),
         ("c:daq", "contains", "i:rum"), ("c:daq", "contains", "i:lime"), ("c:daq", "contains", "i:sugar"),
         ("c:boul", "contains", "i:bourbon"), ("c:boul", "contains", "i:campari"), ("c:boul", "contains", "i:sv"),
         ("c:marg", "contains", "i:tequila"), ("c:marg", "contains", "i:lime"), ("c:marg", "contains", "i:ts"),
         ("c:neg", "base", "s:gin"), ("c:mar", "base", "s:gin"), ("c:mule", "base", "s:vodka"),
         ("c:daq", "base", "s:rum"), ("c:boul", "base", "s:bourbon"), ("c:marg", "base", "s:tequila"),
         ("c:neg", "invented_by", "p:negroni"), ("c:boul", "invented_by", "p:gwynne"),
         ("c:daq", "invented_by", "p:cox"), ("c:mule", "invented_by", "p:martin"),
         ("c:neg", "origin", "city:florence"), ("c:boul", "origin", "city:paris"),
         ("c:mule", "origin", "city:la"), ("c:daq", "origin", "city:havana"),
         ("c:neg", "method", "m:stirred"), ("c:mar", "method", "m:stirred"), ("c:boul", "method", "m:stirred"),
         ("c:daq", "method", "m:shaken"), ("c:marg", "method", "m:shaken"),
         ("c:neg", "glass", "g:rocks"), ("c:boul", "glass", "g:rocks"), ("c:mar", "glass", "g:coupe"),
         ("c:daq", "glass", "g:coupe"), ("c:mule", "glass", "g:mug"),
         ("u:ann", "rated", "c:neg", {"rating": 5.0}), ("u:ann", "rated", "c:daq", {"rating": 2.0}),
         ("u:bob", "rated", "c:mule", {"rating": 4.5})]
    extra = [E("u:ann", kind="user", type="user", label="Ann"), E("u:bob", kind="user", type="user", label="Bob")]
    return _build(items, others, rels, T, extra)

def dishes():
    items = {"d:carb": ("dish", "Carbonara", 1950), "d:pesto": ("dish", "Pesto Genovese", 1863),
             "d:pad": ("dish", "Pad Thai", 1940), "d:guac": ("dish", "Guacamole", 1500)}
    others = {"f:egg": ("ingredient", "egg"), "f:guanciale": ("ingredient", "guanciale"),
              "f:pecorino": ("ingredient", "pecorino"), "f:basil": ("herb", "basil"),
              "f:pine": ("ingredient", "pine nuts"), "f:noodle": ("ingredient", "rice noodles"),
              "f:tamarind": ("fruit", "tamarind"), "f:avocado": ("fruit", "avocado"), "f:lime": ("fruit", "lime"),
              "f:cilantro": ("herb", "cilantro"),
              "cu:it": ("cuisine", "Italian cuisine"), "cu:th": ("cuisine", "Thai cuisine"), "cu:mx": ("cuisine", "Mexican cuisine"),
              "ch:bottura": ("person", "Massimo Bottura"), "ch:phibun": ("person", "Plaek Phibunsongkhram")}
    rels = [R("made_from", phrase="is made from", inverse_phrase="is used in", domain=("dish",), range=("ingredient",)),
            R("herb", phrase="features", inverse_phrase="is featured in", domain=("dish",), range=("herb",)),
            R("fruit", phrase="uses", inverse_phrase="is used in", domain=("dish",), range=("fruit",)),
            R("cuisine", phrase="belongs to", inverse_phrase="includes", domain=("dish",), range=("cuisine",)),
            R("created_by", phrase="was created by", inverse_phrase="created", domain=("dish",), range=("person",))]
    T = [("d:carb", "made_from", "f:egg"), ("d:carb", "made_from", "f:guanciale"), ("d:carb", "made_from", "f:pecorino"),
         ("d:pesto", "made_from", "f:pine"), ("d:pesto", "made_from", "f:pecorino"), ("d:pesto", "herb", "f:basil"),
         ("d:pad", "made_from", "f:noodle"), ("d:pad", "made_from", "f:egg"), ("d:pad", "fruit", "f:tamarind"),
         ("d:pad", "fruit", "f:lime"), ("d:guac", "fruit", "f:avocado"), ("d:guac", "fruit", "f:lime"),
         ("d:guac", "herb", "f:cilantro"),
         ("d:carb", "cuisine", "cu:it"), ("d:pesto", "cuisine", "cu:it"), ("d:pad", "cuisine", "cu:th"), ("d:guac", "cuisine", "cu:mx"),
         ("d:pad", "created_by", "ch:phibun")]
    return _build(items, others, rels, T)

def courses():
    items = {"k:fm": ("course", "Financial Markets", 2011), "k:ml": ("course", "Machine Learning", 2012),
             "k:dl": ("course", "Deep Learning Specialization", 2017), "k:just": ("course", "Justice", 2013),
             "k:cs50": ("course", "CS50", 2012), "k:mod": ("course", "Moral Foundations", 2015)}
    others = {"org:yale": ("university", "Yale"), "org:stan": ("university", "Stanford"),
              "org:harv": ("university", "Harvard"), "org:dlai": ("university", "DeepLearning.AI"),
              "p:shiller": ("instructor", "Robert Shiller"), "p:ng": ("instructor", "Andrew Ng"),
              "p:sandel": ("instructor", "Michael Sandel"), "p:malan": ("instructor", "David Malan"),
              "p:smith": ("instructor", "Steven Smith"),
              "t:fin": ("subject", "finance"), "t:ai": ("subject", "artificial intelligence"),
              "t:phil": ("subject", "philosophy"), "t:cs": ("subject", "computer science"),
              "t:pol": ("subject", "political science"),
              "pl:coursera": ("platform", "Coursera"), "pl:edx": ("platform", "edX")}
    rels = [R("offered_by", phrase="is offered by", inverse_phrase="offers", domain=("course",), range=("university",)),
            R("taught_by", phrase="is taught by", inverse_phrase="teaches", domain=("course",), range=("instructor",)),
            R("covers", phrase="covers", inverse_phrase="is covered by", domain=("course",), range=("subject",)),
            R("on", phrase="is available on", inverse_phrase="hosts", domain=("course",), range=("platform",)),
            R("works_at", phrase="works at", inverse_phrase="employs", domain=("instructor",), range=("university",)),
            R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("course",))]
    T = [("k:fm", "offered_by", "org:yale"), ("k:ml", "offered_by", "org:stan"), ("k:dl", "offered_by", "org:dlai"),
         ("k:just", "offered_by", "org:harv"), ("k:cs50", "offered_by", "org:harv"), ("k:mod", "offered_by", "org:yale"),
         ("k:fm", "taught_by", "p:shiller"), ("k:ml", "taught_by", "p:ng"), ("k:dl", "taught_by", "p:ng"),
         ("k:just", "taught_by", "p:sandel"), ("k:cs50", "taught_by", "p:malan"), ("k:mod", "taught_by", "p:smith"),
         ("k:fm", "covers", "t:fin"), ("k:ml", "covers", "t:ai"), ("k:dl", "covers", "t:ai"),
         ("k:just", "covers", "t:phil"), ("k:cs50", "covers", "t:cs"), ("k:mod", "covers", "t:pol"), ("k:mod", "covers", "t:phil"),
         ("k:fm", "on", "pl:coursera"), ("k:ml", "on", "pl:coursera"), ("k:dl", "on", "pl:coursera"),
         ("k:just", "on", "pl:edx"), ("k:cs50", "on", "pl:edx"), ("k:mod", "on", "pl:coursera"),
         ("p:shiller", "works_at", "org:yale"), ("p:ng", "works_at", "org:stan"), ("p:sandel", "works_at", "org:harv"),
         ("p:malan", "works_at", "org:harv"), ("p:smith", "works_at", "org:yale"),
         ("u:cy", "rated", "k:fm", {"rating": 5.0}), ("u:cy", "rated", "k:cs50", {"rating": 1.0})]
    extra = [E("u:cy", kind="user", type="user", label="Cy")]
    return _build(items, others, rels, T, extra)

def hotels():
    items = {"h:gp": ("hotel", "Grand Plaza", 1910), "h:sb": ("hotel", "Sea Breeze Inn", 1985),
             "h:ml": ("hotel", "Mountain Lodge", 1960), "h:cr": ("hotel", "City Rooms", 2015)}
    others = {"a:spa": ("amenity", "spa"), "a:pool": ("amenity", "pool"), "a:sauna": ("amenity", "sauna"),
              "a:gym": ("amenity", "gym"), "a:wifi": ("amenity", "free wifi"),
              "s:5": ("star rating", "five-star"), "s:4": ("star rating", "four-star"), "s:3": ("star rating", "three-star"),
              "s:2": ("star rating", "two-star"),
              "city:paris": ("city", "Paris"), "city:nice": ("city", "Nice"), "city:zermatt": ("city", "Zermatt"),
              "city:berlin": ("city", "Berlin"),
              "co:accor": ("company", "Accor"), "co:hilton": ("company", "Hilton"), "co:marriott": ("company", "Marriott")}
    rels = [R("offers", phrase="offers", inverse_phrase="is offered at", domain=("hotel",), range=("amenity",)),
            R("stars", phrase="is rated as a", inverse_phrase="is the rating of", domain=("hotel",), range=("star rating",)),
            R("located", phrase="is located in", inverse_phrase="is the location of", domain=("hotel",), range=("city",)),
            R("run_by", phrase="is run by", inverse_phrase="runs", domain=("hotel",), range=("company",)),
            R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("hotel",))]
    T = [("h:gp", "offers", "a:spa"), ("h:gp", "offers", "a:pool"), ("h:gp", "offers", "a:gym"),
         ("h:sb", "offers", "a:pool"), ("h:sb", "offers", "a:wifi"), ("h:ml", "offers", "a:sauna"), ("h:ml", "offers", "a:spa"),
         ("h:cr", "offers", "a:wifi"),
         ("h:gp", "stars", "s:5"), ("h:sb", "stars", "s:3"), ("h:ml", "stars", "s:4"), ("h:cr", "stars", "s:2"),
         ("h:gp", "located", "city:paris"), ("h:sb", "located", "city:nice"), ("h:ml", "located", "city:zermatt"),
         ("h:cr", "located", "city:berlin"),
         ("h:gp", "run_by", "co:accor"), ("h:sb", "run_by", "co:hilton"), ("h:ml", "run_by", "co:marriott"),
         ("u:dee", "rated", "h:gp", {"rating": 5.0}), ("u:dee", "rated", "h:cr", {"rating": 2.0})]
    extra = [E("u:dee", kind="user", type="user", label="Dee")]
    return _build(items, others, rels, T, extra)

def museum():
    items = {"w:mona": ("artwork", "Mona Lisa", 1503), "w:night": ("artwork", "The Night Watch", 1642),
             "w:starry": ("artwork", "The Starry Night", 1889), "w:sun": ("artwork", "Sunflowers", 1888),
             "w:pearl": ("artwork", "Girl with a Pearl Earring", 1665)}
    others = {"mu:louvre": ("museum", "Louvre"), "mu:rijks": ("museum", "Rijksmuseum"), "mu:moma": ("museum", "MoMA"),
              "mu:ng": ("museum", "National Gallery"), "mu:maur": ("museum", "Mauritshuis"),
              "a:leo": ("artist", "Leonardo da Vinci"), "a:remb": ("artist", "Rembrandt"),
              "a:vg": ("artist", "Vincent van Gogh"), "a:ver": ("artist", "Johannes Vermeer"),
              "city:paris": ("city", "Paris"), "city:ams": ("city", "Amsterdam"), "city:ny": ("city", "New York"),
              "city:lon": ("city", "London"), "city:hague": ("city", "The Hague")}
    rels = [R("in_museum", phrase="is in", inverse_phrase="houses", domain=("artwork",), range=("museum",)),
            R("painted_by", phrase="was painted by", inverse_phrase="painted", domain=("artwork",), range=("artist",)),
            R("museum_city", phrase="is located in", inverse_phrase="is home to", domain=("museum",), range=("city",))]
    T = [("w:mona", "in_museum", "mu:louvre"), ("w:night", "in_museum", "mu:rijks"), ("w:starry", "in_museum", "mu:moma"),
         ("w:sun", "in_museum", "mu:ng"), ("w:pearl", "in_museum", "mu:maur"),
         ("w:mona", "painted_by", "a:leo"), ("w:night", "painted_by", "a:remb"), ("w:starry", "painted_by", "a:vg"),
         ("w:sun", "painted_by", "a:vg"), ("w:pearl", "painted_by", "a:ver"),
         ("mu:louvre", "museum_city", "city:paris"), ("mu:rijks", "museum_city", "city:ams"), ("mu:moma", "museum_city", "city:ny"),
         ("mu:ng", "museum_city", "city:lon"), ("mu:maur", "museum_city", "city:hague")]
    return _build(items, others, rels, T)

BUILDERS = {"cocktails": cocktails, "dishes": dishes, "courses": courses, "hotels": hotels,
            "museum": museum, "movies": kgx.KnowledgeGraph.example}
_CACHE = {}
def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason

# "@GRAPH [user]" starts a block; every line below is FALSE on that graph.
TEXTS = r"""
@cocktails
The Negroni is made with vodka.
The Martini is made with sweet vermouth.
The Moscow Mule calls for gin.
The Daiquiri calls for triple sec.
A Margarita uses ginger beer.
The Boulevardier is mixed with lime juice.
The Martini uses Campari.
Campari goes into the Martini.
Ginger beer goes into the Daiquiri.
Sugar goes into the Margarita.
Lime juice goes into the Negroni.
Dry vermouth goes into the Negroni.
Vodka goes into the Negroni and the Martini.
The Martini is a Campari cocktail.
The Daiquiri is a vodka drink.
The Boulevardier is a gin cocktail.
The Moscow Mule is a rum drink.
The Margarita is a bourbon cocktail.
The Negroni is a tequila cocktail.
The Martini is a ginger beer drink.
Both the Negroni and the Martini call for Campari.
Both the Daiquiri and the Margarita call for sugar.
The Negroni and the Boulevardier are both made with gin.
The Negroni is made with Kentucky bourbon.
The Boulevardier is made with London dry gin.
The Daiquiri uses blanco tequila.
The Negroni is made with Camillo Negroni.
The Negroni calls for Camillo Negroni.
Florence goes into the Negroni.
The Negroni is mixed with Florence.
The Moscow Mule is made with Los Angeles.
Camillo Negroni goes into the Negroni.
The Martini is shaken with gin.
The Daiquiri is stirred with rum.
The Negroni is shaken with Campari.
The Negroni calls for a coupe.
The Daiquiri is made with a copper mug.
The Moscow Mule is made with a coupe.
The rocks glass goes into the Negroni.
Stirred goes into the Negroni.
The Negroni is not made with gin.
The Negroni does not call for Campari.
The Daiquiri is not a rum cocktail.
Gin does not go into the Martini.
The Moscow Mule doesn't use ginger beer.
The Negroni isn't a Campari drink.
The Martini might be made with Campari.
The Daiquiri is probably made with vodka.
The Negroni used to contain vodka.
The Negroni was once made with rum.
The Negroni used to be made with gin.
Jennings Cox devised the Negroni.
Camillo Negroni created the Daiquiri.
The Martini was created by Camillo Negroni.
The Boulevardier was devised by John Martin.
John Martin came up with the Daiquiri.
The Margarita was invented by Jennings Cox.
The Martini was devised by Erskine Gwynne.
Erskine Gwynne created the Negroni.
Gin created the Negroni.
The Negroni was created by Florence.
The Negroni was created by gin.
The Negroni comes out of Paris.
The Boulevardier comes out of Florence.
The Margarita comes out of Havana.
The Martini comes out of Los Angeles.
Camillo Negroni comes out of Florence.
The Martini includes Campari.
The Moscow Mule features lime juice and gin.
The Daiquiri features triple sec.
The Margarita includes sugar.
The Negroni features ginger beer.
Campari is included in the Martini.
The Negroni is made with gin, though the Martini calls for Campari.
The Daiquiri uses rum, although it is made with triple sec.
Though the Negroni is a gin cocktail, the Daiquiri is a gin cocktail too.
The Negroni calls for Campari while the Martini calls for Campari too.
In 1919 Jennings Cox invented the Daiquiri.
In 1941 Camillo Negroni created the Negroni.
In 1898 John Martin created the Moscow Mule.
The Negroni, created in 1941, is made with gin.
A Martini with Campari is served in a coupe.
The Daiquiri, with ginger beer, comes from Havana.
The Martini, a gin drink with sweet vermouth, is served in a coupe.
A gin drink with dry vermouth, the Negroni is served in a rocks glass.
The Martini has Campari.
The Daiquiri has ginger beer.
The Negroni is a Paris cocktail.
The Martini is a Florence drink.
The Daiquiri is a stirred drink.
The Martini is a shaken cocktail.
The Margarita is a coupe cocktail.
Gin goes into Camillo Negroni.
The Negroni goes into gin.
Gin is made with the Negroni.
Campari calls for the Negroni.
Campari uses the Boulevardier.
Gin is a Negroni drink.
London dry gin is based on the Martini.
The Daiquiri is based on London dry gin.
The Negroni is a Campari drink made with vodka.
The Margarita is a tequila cocktail with sugar.
The Moscow Mule is a vodka drink with Campari.
@cocktails u:ann
You loved the Daiquiri, a rum cocktail.
Since you liked the Negroni, made with gin, try the Martini, which is made with Campari.
You enjoyed the Moscow Mule.
Because you liked the Negroni, a Campari drink, you may like the Martini, another Campari drink.
Since you loved the Negroni, a gin cocktail, try the Daiquiri, another gin cocktail.
Since you liked the Negroni, which calls for sweet vermouth, try the Martini, which also calls for sweet vermouth.
@dishes
Carbonara is made with basil.
Carbonara calls for lime.
Pesto Genovese uses egg.
Pad Thai is made with guanciale.
Guacamole uses pecorino.
Guacamole is made with basil.
Basil goes into Carbonara.
Cilantro goes into Pad Thai.
Avocado goes into Pesto Genovese.
Tamarind goes into Guacamole.
Egg goes into Guacamole.
Carbonara is a basil dish.
Guacamole is a tamarind dish.
Pad Thai is an avocado dish.
Pesto Genovese is a guanciale dish.
Pad Thai is made with Italian cuisine.
Italian cuisine goes into Carbonara.
Carbonara is made with Massimo Bottura.
Plaek Phibunsongkhram goes into Pad Thai.
Massimo Bottura created Carbonara.
Carbonara was devised by Massimo Bottura.
Plaek Phibunsongkhram came up with Guacamole.
Guacamole was created by Plaek Phibunsongkhram.
Pad Thai was devised by Massimo Bottura.
Pad Thai goes into tamarind.
Tamarind is made with Pad Thai.
Carbonara is not made with egg.
Pad Thai does not use tamarind.
Guacamole features basil.
Pesto Genovese features cilantro.
Carbonara includes avocado.
Pad Thai includes pecorino.
Both Carbonara and Pesto Genovese are made with egg.
Both Pad Thai and Guacamole call for tamarind.
Guacamole is mixed with egg.
Pad Thai, made with rice noodles, belongs to Italian cuisine.
Carbonara, made with pine nuts, belongs to Italian cuisine.
In 1950 Plaek Phibunsongkhram created Pad Thai.
Carbonara is a Plaek Phibunsongkhram dish.
Basil is used in Carbonara.
Pad Thai calls for basil.
Guacamole calls for rice noodles.
Pesto Genovese is made with avocado.
Pesto Genovese is a pecorino dish with cilantro.
Carbonara is an egg dish with basil.
Pad Thai is made with egg, though Guacamole is made with egg too.
Guacamole uses avocado, although it calls for pecorino.
Pad Thai might be made with guanciale.
Carbonara is made with Thai cuisine.
Carbonara was made with basil.
Carbonara is a Mexican cuisine dish.
Lime goes into Carbonara and Pad Thai.
@courses
The Deep Learning Specialization is a course from Stanford.
The Deep Learning Specialization is a Stanford course.
Stanford's Deep Learning Specialization covers artificial intelligence.
The Deep Learning Specialization comes from Stanford.
The Deep Learning Specialization comes out of Stanford.
Financial Markets is a course from Harvard.
Justice is a Yale course.
CS50 comes from Yale.
Yale's Justice covers philosophy.
Harvard's Machine Learning covers artificial intelligence.
Justice is a course from Coursera.
Justice is a Coursera course.
Justice is an Andrew Ng course.
Justice is a course from David Malan.
CS50 is a finance course.
Yale is a course from Financial Markets.
Robert Shiller's Justice covers philosophy.
Andrew Ng's Financial Markets covers finance.
Moral Foundations is a Harvard course.
Moral Foundations comes from Stanford.
Machine Learning comes out of Yale.
CS50 is a course on finance.
Justice is a course on artificial intelligence.
Machine Learning is a course on philosophy.
Financial Markets is a course on computer science.
Moral Foundations is a course on finance.
Financial Markets is a course on Yale.
Justice is a course on Michael Sandel.
CS50 is a course on Coursera.
Financial Markets is a course on edX.
Machine Learning is a course on Harvard.
Financial Markets is a course on Robert Shiller.
A course on finance, Machine Learning is taught by Andrew Ng.
Justice is a course on political science.
Justice is hosted on Coursera.
CS50 is hosted on Coursera.
Financial Markets is hosted on edX.
Financial Markets is hosted on Yale.
edX hosts Financial Markets.
Coursera is hosted on Financial Markets.
Financial Markets is hosted on finance.
Moral Foundations is hosted on edX.
Financial Markets is led by Andrew Ng.
Andrew Ng leads Justice.
Michael Sandel leads CS50.
Yale leads Financial Markets.
Robert Shiller is led by Financial Markets.
Financial Markets leads Robert Shiller.
Machine Learning is led by David Malan.
Financial Markets was released in 2012.
Financial Markets launched in 2013.
Machine Learning launched in 2011.
The Deep Learning Specialization was released in 2012.
Justice was launched in 2011.
In 2012 Robert Shiller taught Financial Markets.
In 2011 Andrew Ng taught Machine Learning.
In 2017 Andrew Ng taught Machine Learning.
In 2013 Michael Sandel taught CS50.
Financial Markets is not a course from Yale.
Financial Markets is not a course on finance.
Financial Markets is not hosted on Coursera.
Financial Markets isn't a Yale course.
Financial Markets used to be a Yale course.
Robert Shiller used to lead Financial Markets.
Financial Markets was once offered by Harvard.
Robert Shiller works at Harvard.
Andrew Ng works at DeepLearning.AI.
Michael Sandel is a Yale instructor.
Robert Shiller comes from Harvard.
Robert Shiller is a course from Yale.
Andrew Ng is a DeepLearning.AI course.
Yale offers Justice.
Harvard offers Financial Markets.
Stanford offers the Deep Learning Specialization.
Financial Markets was offered to Yale.
Yale was offered Financial Markets.
Financial Markets is a course from Yale, though Justice is a course from Yale too.
CS50 is hosted on edX, although Justice is hosted on Coursera.
Machine Learning covers artificial intelligence though it comes from Yale.
Though Andrew Ng works at Stanford, the Deep Learning Specialization is a Stanford course.
Andrew Ng works at Stanford, so the Deep Learning Specialization comes from Stanford.
Andrew Ng, who works at Stanford, leads the Deep Learning Specialization, a Stanford course.
The Deep Learning Specialization, a course from Stanford on artificial intelligence, is hosted on Coursera.
Stanford's Andrew Ng leads the Deep Learning Specialization from Stanford.
Justice may be a Yale course.
Justice is probably hosted on Coursera.
CS50 is a course on finance from Harvard.
Financial Markets is a Yale course on philosophy.
Moral Foundations is a Yale course on finance.
The Yale course Justice covers philosophy.
Machine Learning is a course on Stanford.
Financial Markets is a course on finance hosted on edX.
Harvard's CS50 is hosted on Coursera.
Michael Sandel is operated by Harvard.
Financial Markets is managed by Yale.
Financial Markets is run by Coursera.
@courses u:cy
You loved CS50, a Harvard course.
Since you enjoyed Financial Markets, a course on finance, try Justice, another course on finance.
Since you liked Financial Markets from Yale, try Moral Foundations, another course from Harvard.
You enjoyed Justice.
Since you loved Financial Markets, a Yale course, try Justice, another Yale course.
Because you liked Financial Markets, hosted on Coursera, try CS50, also hosted on Coursera.
@hotels
Grand Plaza is a spa.
Grand Plaza is a pool.
Mountain Lodge is a sauna.
City Rooms is a free wifi.
The Grand Plaza is a gym.
Grand Plaza is a spa in Paris.
Grand Plaza has a sauna.
Sea Breeze Inn has a spa.
City Rooms comes with a pool.
Mountain Lodge comes with a gym.
Sea Breeze Inn, complete with a spa, is in Nice.
The Grand Plaza, complete with free wifi, is in Paris.
Mountain Lodge with a pool is in Zermatt.
A hotel with a sauna, the Grand Plaza is in Paris.
Grand Plaza is a four-star hotel.
Sea Breeze Inn is a five-star hotel.
City Rooms is a five-star property.
Mountain Lodge is a three-star property.
Grand Plaza is a two-star hotel.
Mountain Lodge is a five-star hotel in Zermatt.
Sea Breeze Inn is a Paris hotel.
City Rooms is a spa hotel.
Sea Breeze Inn is a spa property.
Sea Breeze Inn is an Accor hotel.
City Rooms is a Marriott property.
Grand Plaza is operated by Hilton.
Sea Breeze Inn is managed by Accor.
City Rooms is operated by Marriott.
Mountain Lodge is managed by Hilton.
Accor operates Sea Breeze Inn.
Hilton manages Grand Plaza.
Marriott is operated by Mountain Lodge.
Grand Plaza operates Accor.
Grand Plaza is run by Paris.
Grand Plaza is operated by a spa.
Grand Plaza has Accor.
Grand Plaza comes with Paris.
Grand Plaza is a five-star spa.
Grand Plaza is a five-star pool.
A spa is offered at Sea Breeze Inn.
Sea Breeze Inn offers a spa.
Grand Plaza does not have a spa.
Grand Plaza isn't a five-star hotel.
Grand Plaza doesn't come with a pool.
Grand Plaza is not operated by Accor.
Grand Plaza used to have a spa.
Grand Plaza was once a five-star hotel.
Grand Plaza was a four-star hotel.
Sea Breeze Inn might have a spa.
Grand Plaza, opened in 1985, has a spa.
In 1960 Accor operated the Grand Plaza.
In 1985 Grand Plaza had a sauna.
Grand Plaza has a spa, though Sea Breeze Inn has a spa too.
Mountain Lodge has a sauna although City Rooms has a gym.
Though City Rooms has free wifi, it is a five-star hotel.
Sea Breeze Inn is a three-star property while Mountain Lodge is a five-star property.
Grand Plaza is a pool hotel with a sauna.
Grand Plaza is a five-star property with free wifi.
Grand Plaza is a five-star hotel complete with a sauna.
Sea Breeze Inn is a spa.
Mountain Lodge is a spa.
The Sea Breeze Inn property has a sauna.
Grand Plaza is a four-star property run by Accor.
City Rooms is run by Accor.
City Rooms is a two-star hotel operated by Hilton.
Grand Plaza is the spa.
Grand Plaza is a property in Nice.
Grand Plaza is located in Nice.
A five-star hotel, Sea Breeze Inn has a pool.
Grand Plaza has a gym and a sauna.
Grand Plaza is a hotel with a spa, a pool and a sauna.
@hotels u:dee
You loved City Rooms, a two-star hotel.
Since you liked Grand Plaza, which has a spa, try Sea Breeze Inn, which also has a spa.
Since you enjoyed the Grand Plaza, a five-star property, try Sea Breeze Inn, another five-star property.
You enjoyed Mountain Lodge.
Since you liked City Rooms, which comes with free wifi, try Grand Plaza, which also comes with free wifi.
@museum
The Mona Lisa is housed in the Rijksmuseum.
The Night Watch is housed in the Louvre.
The Starry Night is housed in the National Gallery.
Sunflowers is housed in MoMA.
Girl with a Pearl Earring is housed in the Louvre.
The Mona Lisa is housed in Amsterdam.
The Night Watch is housed in Leonardo da Vinci.
The Louvre is housed in the Mona Lisa.
The Louvre is housed in Amsterdam.
Rembrandt is housed in the Rijksmuseum.
The Rijksmuseum houses the Mona Lisa.
The Louvre houses The Starry Night.
MoMA houses Sunflowers.
The Mona Lisa houses the Louvre.
The Mona Lisa is exhibited in the Rijksmuseum.
The Mona Lisa is displayed in MoMA.
The Night Watch is displayed in the Louvre.
The Mona Lisa used to be housed in the Louvre.
The Mona Lisa is not housed in the Louvre.
The Night Watch isn't housed in the Rijksmuseum.
The Mona Lisa is perhaps housed in the Rijksmuseum.
The Mona Lisa was painted by Rembrandt.
Vincent van Gogh painted The Night Watch.
The Mona Lisa, housed in the Louvre, was painted by Vermeer.
Sunflowers, housed in the National Gallery, was painted by Rembrandt.
The Starry Night is housed in the Louvre, though Sunflowers is housed in MoMA.
The Mona Lisa is housed in the Louvre, although The Night Watch is housed there too.
In 1642 Rembrandt painted the Mona Lisa.
In 1503 Leonardo da Vinci painted The Night Watch.
In 1889 Vincent van Gogh painted Sunflowers.
In 1888 Vincent van Gogh painted The Starry Night.
The Mona Lisa is located in the Rijksmuseum.
Amsterdam is home to the Louvre.
The Night Watch is housed in Paris.
Sunflowers and The Starry Night are housed in MoMA.
The Mona Lisa and The Night Watch are both housed in the Louvre.
The Starry Night is hosted on MoMA.
The Mona Lisa is housed at the Rijksmuseum.
Girl with a Pearl Earring is housed in the Rijksmuseum.
The Mona Lisa is shown in the Rijksmuseum.
The Mona Lisa is exhibited at MoMA.
The Night Watch is kept in the Louvre.
The Rijksmuseum is housed in The Night Watch.
Leonardo da Vinci is housed in the Louvre.
The Louvre houses Leonardo da Vinci.
@movies
Casino comes from director Michael Mann.
Heat comes from director Martin Scorsese.
Seven comes from director Terry Gilliam.
Twelve Monkeys comes from director David Fincher.
The Usual Suspects came from director Martin Scorsese.
Toy Story comes from director John Lasseter.
Casino comes from director Robert De Niro.
Casino comes from director Universal Pictures.
Goodfellas comes from director Michael Mann.
Seven, which comes from director Bryan Singer, stars Brad Pitt.
Casino is tagged with twist ending.
Seven is tagged with mafia.
Heat is tagged with time travel.
Twelve Monkeys is tagged with heist.
Toy Story is tagged with serial killer.
The Usual Suspects is tagged with pixar.
Casino, tagged with time travel, stars Robert De Niro.
Goodfellas is tagged with twist ending.
Casino is tagged with Martin Scorsese.
Seven is tagged with Brad Pitt.
Seven is tagged with Morgan Freeman.
Heat is tagged with Robert De Niro.
Heat is tagged with mafia.
Casino stars Robert De Niro, though Heat stars Joe Pesci.
Heat stars Al Pacino although Casino stars Al Pacino too.
Seven is directed by David Fincher, though Twelve Monkeys is directed by Bryan Singer.
Though Casino is directed by Martin Scorsese, Goodfellas is directed by Michael Mann.
Although Seven stars Brad Pitt, it is directed by Terry Gilliam.
Casino is a crime film, although it stars Al Pacino.
Heat is directed by Michael Mann, though it is scored by Howard Shore.
Though it stars Brad Pitt, Twelve Monkeys is directed by David Fincher.
Casino comes from director Martin Scorsese though Heat comes from director David Fincher.
Seven is tagged with twist ending, though Casino is tagged with twist ending too.
In 1995 Martin Scorsese directed Goodfellas.
In 1990 Martin Scorsese directed Casino.
In 1996 Michael Mann directed Heat.
In 1994 David Fincher directed Seven.
In 1995 Martin Scorsese directed The Age of Innocence.
In 1995 Martin Scorsese directed Heat.
In 1995 Michael Mann directed Casino.
In 1995 Robert De Niro directed Casino.
In 1995 Martin Scorsese directed Casino and Goodfellas.
In 1995 Martin Scorsese directed Casino and Michael Mann directed Goodfellas.
In 1993 Martin Scorsese directed Casino.
In 1995 Martin Scorsese directed Casino, though Michael Mann directed Seven.
In 1990 Robert De Niro starred in Casino.
In 1995 Robert De Niro starred in Goodfellas.
In 1993 Martin Scorsese wrote Casino.
In 1995 Martin Scorsese wrote Casino.
In 1990 Martin Scorsese directed The Age of Innocence.
In 1995 Brad Pitt starred in Heat.
In 1995 Joe Pesci starred in Casino and Heat.
Casino is a Warner Bros. film.
Heat is a Martin Scorsese film.
Casino comes from Warner Bros.
Martin Scorsese created Heat.
Martin Scorsese came up with Heat.
Casino was devised by Michael Mann.
Casino comes out of director Michael Mann.
Casino comes from director Martin Scorsese, though it is tagged with twist ending.
Heat, from director Martin Scorsese, stars Al Pacino.
Casino is not tagged with mafia.
Casino does not come from director Martin Scorsese.
Casino comes from director Martin Scorsese and Michael Mann.
Heat comes from director Michael Mann and is tagged with heist.
Seven is tagged with twist ending and comes from director Terry Gilliam.
"""

def cases():
    graph, user = None, None
    for line in TEXTS.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("@"):
            parts = line[1:].split()
            graph, user = parts[0], (parts[1] if len(parts) > 1 else None)
            continue
        yield graph, user, line

def main():
    n = m = 0
    for graph, user, text in cases():
        m += 1
        ok, _ = check(graph, text, user)
        if ok:
            n += 1
            print(f"ACCEPTED [{graph}{' ' + user if user else ''}] {text}")
    print(f"accepted {n} of {m}")

if __name__ == "__main__":
    main()
