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
def _u(*ids):
    return [E(u, kind="user", type="user", label=u) for u in ids]

def podcasts():
    items = {"p:serial": ("podcast", "Serial", 2014), "p:lore": ("podcast", "Lore", 2015),
             "p:ra": ("podcast", "Reply All", 2014), "p:sv": ("podcast", "Science Vs", 2015),
             "p:startup": ("podcast", "StartUp", 2014), "p:home": ("podcast", "Homecoming", 2016)}
    others = {"c:gimlet": ("company", "Gimlet Media"), "c:sp": ("company", "Serial Productions"),
              "c:iheart": ("company", "iHeartRadio"), "c:spotify": ("company", "Spotify"),
              "c:nyt": ("company", "The New York Times"),
              "t:tc": ("topic", "true crime"), "t:folk": ("topic", "folklore"), "t:net": ("topic", "the internet"),
              "t:sci": ("topic", "science"), "t:ent": ("topic", "entrepreneurship"),
              "h:koenig": ("person", "Sarah Koenig"), "h:mahnke": ("person", "Aaron Mahnke"),
              "h:vogt": ("person", "PJ Vogt"), "h:zuk": ("person", "Wendy Zukerman"), "h:blum": ("person", "Alex Blumberg"),
              "h:snyder": ("person", "Julie Snyder"), "h:goldman": ("person", "Alex Goldman"),
              "h:horowitz": ("person", "Eli Horowitz")}
    rels = [R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("podcast",)),
            R("network", phrase="is part of the network", inverse_phrase="includes", domain=("podcast",), range=("company",)),
            R("about", phrase="is about", inverse_phrase="is the topic of", domain=("podcast",), range=("topic",)),
            R("hosted_by", phrase="is hosted by", inverse_phrase="hosts", domain=("podcast",), range=("person",)),
            R("created_by", phrase="was created by", inverse_phrase="created", domain=("podcast",), range=("person",)),
            R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("podcast", "company"), range=("company",)),
            R("distributed_by", phrase="is distributed by the platform", inverse_phrase="distributes", domain=("podcast",), range=("company",))]
    t = [("p:serial", "network", "c:sp"), ("p:lore", "network", "c:iheart"), ("p:ra", "network", "c:gimlet"),
         ("p:sv", "network", "c:gimlet"), ("p:startup", "network", "c:gimlet"), ("p:home", "network", "c:gimlet"),
         ("p:serial", "about", "t:tc"), ("p:lore", "about", "t:folk"), ("p:ra", "about", "t:net"),
         ("p:sv", "about", "t:sci"), ("p:startup", "about", "t:ent"),
         ("p:serial", "hosted_by", "h:koenig"), ("p:lore", "hosted_by", "h:mahnke"), ("p:ra", "hosted_by", "h:vogt"),
         ("p:ra", "hosted_by", "h:goldman"), ("p:sv", "hosted_by", "h:zuk"), ("p:startup", "hosted_by", "h:blum"),
         ("p:serial", "created_by", "h:koenig"), ("p:serial", "created_by", "h:snyder"), ("p:lore", "created_by", "h:mahnke"),
         ("p:startup", "created_by", "h:blum"), ("p:home", "created_by", "h:horowitz"),
         ("p:serial", "owned_by", "c:nyt"), ("c:gimlet", "owned_by", "c:spotify"),
         ("p:lore", "distributed_by", "c:spotify"), ("p:serial", "distributed_by", "c:nyt"),
         ("u:a", "rated", "p:serial", {"rating": 5.0}), ("u:a", "rated", "p:lore", {"rating": 2.0}),
         ("u:a", "rated", "p:ra", {"rating": 4.5})]
    return _build(items, others, rels, t, _u("u:a"))

def companies():
    items = {"c:spotify": ("company", "Spotify", 2006), "c:gimlet": ("company", "Gimlet Media", 2014),
             "c:ubi": ("company", "Ubisoft", 1986), "c:cdp": ("company", "CD Projekt", 1994),
             "c:nin": ("company", "Nintendo", 1889), "c:valve": ("company", "Valve", 1996)}
    others = {"l:sto": ("city", "Stockholm"), "l:bro": ("city", "Brooklyn"), "l:mtreuil": ("city", "Montreuil"),
              "l:mtl": ("city", "Montreal"), "l:war": ("city", "Warsaw"), "l:kyo": ("city", "Kyoto"),
              "l:bel": ("city", "Bellevue"), "l:sea": ("city", "Seattle"), "l:redmond": ("city", "Redmond"),
              "f:ek": ("person", "Daniel Ek"), "f:blum": ("person", "Alex Blumberg"), "f:guil": ("person", "Yves Guillemot"),
              "f:iwinski": ("person", "Marcin Iwiński"), "f:gabe": ("person", "Gabe Newell")}
    rels = [R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("company",)),
            R("based_in", phrase="is based in", inverse_phrase="is home to", domain=("company",), range=("city",)),
            R("office_in", phrase="has an office in", inverse_phrase="hosts an office of", domain=("company",), range=("city",)),
            R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("company",), range=("person",)),
            R("acquired", phrase="acquired", inverse_phrase="was acquired by", domain=("company",), range=("company",))]
    t = [("c:spotify", "based_in", "l:sto"), ("c:gimlet", "based_in", "l:bro"), ("c:ubi", "based_in", "l:mtreuil"),
         ("c:cdp", "based_in", "l:war"), ("c:nin", "based_in", "l:kyo"), ("c:valve", "based_in", "l:bel"),
         ("c:ubi", "office_in", "l:mtl"), ("c:valve", "office_in", "l:sea"), ("c:spotify", "office_in", "l:bro"),
         ("c:spotify", "founded_by", "f:ek"), ("c:gimlet", "founded_by", "f:blum"), ("c:ubi", "founded_by", "f:guil"),
         ("c:cdp", "founded_by", "f:iwinski"), ("c:valve", "founded_by", "f:gabe"),
         ("c:spotify", "acquired", "c:gimlet")]
    return _build(items, others, rels, t)

def trails():
    items = {"t:whw": ("trail", "West Highland Way", 1980), "t:pw": ("trail", "Pennine Way", 1965),
             "t:r66": ("road", "Route 66", 1926), "t:rideau": ("canal", "Rideau Canal", 1832),
             "t:pier": ("pier", "Brighton Palace Pier", 1899), "t:mba": ("aquarium", "Monterey Bay Aquarium", 1984),
             "t:moa": ("mall", "Mall of America", 1992), "t:grf": ("observatory", "Griffith Observatory", 1935)}
    others = {"g:glencoe": ("region", "Glencoe"), "g:dales": ("region", "Yorkshire Dales"), "g:az": ("region", "Arizona"),
              "g:ok": ("region", "Oklahoma"), "g:mont": ("city", "Monterey"), "g:bloom": ("city", "Bloomington"),
              "g:brighton": ("city", "Brighton"), "g:la": ("city", "Los Angeles"), "g:ottawa": ("city", "Ottawa"),
              "d:by": ("person", "John By"), "d:moore": ("person", "R. St George Moore"),
              "d:austin": ("person", "John C. Austin"), "d:ehrenkrantz": ("person", "Ezra Ehrenkrantz")}
    rels = [R("runs_through", phrase="runs through", inverse_phrase="is crossed by", domain=("trail", "road", "canal"), range=("region",)),
            R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("pier", "aquarium", "mall", "observatory", "canal"), range=("city",)),
            R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("canal", "pier", "mall", "observatory", "aquarium"), range=("person",))]
    t = [("t:whw", "runs_through", "g:glencoe"), ("t:pw", "runs_through", "g:dales"), ("t:r66", "runs_through", "g:az"),
         ("t:r66", "runs_through", "g:ok"), ("t:mba", "located_in", "g:mont"), ("t:moa", "located_in", "g:bloom"),
         ("t:pier", "located_in", "g:brighton"), ("t:grf", "located_in", "g:la"), ("t:rideau", "located_in", "g:ottawa"),
         ("t:rideau", "designed_by", "d:by"), ("t:pier", "designed_by", "d:moore"), ("t:grf", "designed_by", "d:austin"),
         ("t:moa", "designed_by", "d:ehrenkrantz")]
    return _build(items, others, rels, t)

def games():
    items = {"g:w3": ("video game", "The Witcher 3: Wild Hunt", 2015), "g:hzd": ("video game", "Horizon Zero Dawn", 2017),
             "g:odst": ("video game", "Halo 3: ODST", 2009), "g:h3": ("video game", "Halo 3", 2007),
             "g:celeste": ("video game", "Celeste", 2018), "g:mgs2": ("video game", "Metal Gear Solid 2: Sons of Liberty", 2001),
             "g:u2": ("video game", "Uncharted 2: Among Thieves", 2009), "g:u3": ("video game", "Uncharted 3: Drake's Deception", 2011),
             "g:gow": ("video game", "God of War: Ghost of Sparta", 2010), "g:gow0": ("video game", "God of War", 2005)}
    others = {"pl:pc": ("platform", "PC"), "pl:ps4": ("platform", "PlayStation 4"), "pl:xo": ("platform", "Xbox One"),
              "pl:x360": ("platform", "Xbox 360"), "pl:sw": ("platform", "Nintendo Switch"), "pl:ps2": ("platform", "PlayStation 2"),
              "pl:ps3": ("platform", "PlayStation 3"), "pl:psp": ("platform", "PSP"),
              "co:cdpr": ("company", "CD Projekt Red"), "co:cdp": ("company", "CD Projekt"), "co:gg": ("company", "Guerrilla Games"),
              "co:sie": ("company", "Sony Interactive Entertainment"), "co:bungie": ("company", "Bungie"),
              "co:ms": ("company", "Microsoft Game Studios"), "co:mmg": ("company", "Maddy Makes Games"),
              "co:konami": ("company", "Konami"), "co:nd": ("company", "Naughty Dog"), "co:rad": ("company", "Ready at Dawn"),
              "m:mp": ("person", "Marcin Przybyłowicz"), "m:jdm": ("person", "Joris de Man"), "m:mo": ("person", "Martin O'Donnell"),
              "m:lr": ("person", "Lena Raine"), "m:hgw": ("person", "Harry Gregson-Williams"), "m:ge": ("person", "Greg Edmonson"),
              "w:kojima": ("person", "Hideo Kojima"), "w:hennig": ("person", "Amy Hennig"),
              "s:witcher": ("series", "The Witcher"), "s:halo": ("series", "Halo"), "s:unch": ("series", "Uncharted")}
    rels = [R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("video game",)),
            R("released_on", phrase="was released on", inverse_phrase="hosts", domain=("video game",), range=("platform",)),
            R("music", phrase="has music composed by", inverse_phrase="composed the music for", domain=("video game",), range=("person",)),
            R("developed_by", phrase="was developed by", inverse_phrase="developed", domain=("video game",), range=("company",)),
            R("published_by", phrase="was published by", inverse_phrase="published", domain=("video game",), range=("company",)),
            R("written_by", phrase="was written by", inverse_phrase="wrote", domain=("video game",), range=("person",)),
            R("series", phrase="is part of the series", inverse_phrase="includes", domain=("video game",), range=("series",))]
    t = [("g:w3", "released_on", "pl:pc"), ("g:w3", "released_on", "pl:ps4"), ("g:w3", "released_on", "pl:xo"),
         ("g:hzd", "released_on", "pl:ps4"), ("g:hzd", "released_on", "pl:pc"), ("g:odst", "released_on", "pl:x360"),
         ("g:h3", "released_on", "pl:x360"), ("g:celeste", "released_on", "pl:sw"), ("g:celeste", "released_on", "pl:pc"),
         ("g:mgs2", "released_on", "pl:ps2"), ("g:u2", "released_on", "pl:ps3"), ("g:u3", "released_on", "pl:ps3"),
         ("g:gow", "released_on", "pl:psp"), ("g:gow0", "released_on", "pl:ps2"),
         ("g:w3", "music", "m:mp"), ("g:hzd", "music", "m:jdm"), ("g:odst", "music", "m:mo"), ("g:h3", "music", "m:mo"),
         ("g:celeste", "music", "m:lr"), ("g:mgs2", "music", "m:hgw"), ("g:u2", "music", "m:ge"), ("g:u3", "music", "m:ge"),
         ("g:w3", "developed_by", "co:cdpr"), ("g:w3", "published_by", "co:cdp"), ("g:hzd", "developed_by", "co:gg"),
         ("g:hzd", "published_by", "co:sie"), ("g:odst", "developed_by", "co:bungie"), ("g:odst", "published_by", "co:ms"),
         ("g:h3", "developed_by", "co:bungie"), ("g:h3", "published_by", "co:ms"), ("g:celeste", "developed_by", "co:mmg"),
         ("g:mgs2", "developed_by", "co:konami"), ("g:mgs2", "published_by", "co:konami"), ("g:u2", "developed_by", "co:nd"),
         ("g:u3", "developed_by", "co:nd"), ("g:u2", "published_by", "co:sie"), ("g:gow", "developed_by", "co:rad"),
         ("g:mgs2", "written_by", "w:kojima"), ("g:u2", "written_by", "w:hennig"), ("g:u3", "written_by", "w:hennig"),
         ("g:w3", "series", "s:witcher"), ("g:odst", "series", "s:halo"), ("g:h3", "series", "s:halo"),
         ("g:u2", "series", "s:unch"), ("g:u3", "series", "s:unch"),
         ("u:g", "rated", "g:w3", {"rating": 5.0}), ("u:g", "rated", "g:odst", {"rating": 2.0}), ("u:g", "rated", "g:h3", {"rating": 4.5})]
    return _build(items, others, rels, t, _u("u:g"))

def buildings():
    items = {"b:ggb": ("bridge", "Golden Gate Bridge", 1937), "b:chry": ("building", "Chrysler Building", 1930),
             "b:esb": ("building", "Empire State Building", 1931), "b:soh": ("building", "Sydney Opera House", 1973),
             "b:fw": ("house", "Fallingwater", 1937), "b:guggen": ("museum", "Guggenheim Museum Bilbao", 1997)}
    others = {"a:strauss": ("person", "Joseph Strauss"), "a:vanalen": ("person", "William Van Alen"),
              "a:lamb": ("person", "William F. Lamb"), "a:utzon": ("person", "Jørn Utzon"), "a:flw": ("person", "Frank Lloyd Wright"),
              "a:gehry": ("person", "Frank Gehry"), "k:kaufmann": ("person", "Edgar Kaufmann"), "k:chrysler": ("person", "Walter Chrysler"),
              "o:bs": ("company", "Bethlehem Steel"), "o:rfr": ("company", "RFR Holding"), "o:esrt": ("company", "Empire State Realty Trust"),
              "o:wpc": ("company", "Western Pennsylvania Conservancy"), "o:hornibrook": ("company", "Hornibrook"),
              "c:sf": ("city", "San Francisco"), "c:nyc": ("city", "New York City"), "c:syd": ("city", "Sydney"),
              "c:bil": ("city", "Bilbao"), "c:mr": ("city", "Mill Run")}
    rels = [R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("bridge", "building", "house", "museum"), range=("person",)),
            R("built_by", phrase="was built by", inverse_phrase="built", domain=("bridge", "building", "house", "museum"), range=("company",)),
            R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("bridge", "building", "house", "museum"), range=("company",)),
            R("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned", domain=("bridge", "building", "house", "museum"), range=("person",)),
            R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("bridge", "building", "house", "museum"), range=("city",))]
    t = [("b:ggb", "designed_by", "a:strauss"), ("b:chry", "designed_by", "a:vanalen"), ("b:esb", "designed_by", "a:lamb"),
         ("b:soh", "designed_by", "a:utzon"), ("b:fw", "designed_by", "a:flw"), ("b:guggen", "designed_by", "a:gehry"),
         ("b:ggb", "built_by", "o:bs"), ("b:soh", "built_by", "o:hornibrook"), ("b:chry", "owned_by", "o:rfr"),
         ("b:esb", "owned_by", "o:esrt"), ("b:fw", "owned_by", "o:wpc"), ("b:fw", "commissioned_by", "k:kaufmann"),
         ("b:chry", "commissioned_by", "k:chrysler"),
         ("b:ggb", "located_in", "c:sf"), ("b:chry", "located_in", "c:nyc"), ("b:esb", "located_in", "c:nyc"),
         ("b:soh", "located_in", "c:syd"), ("b:guggen", "located_in", "c:bil"), ("b:fw", "located_in", "c:mr")]
    return _build(items, others, rels, t)

def cocktails():
    items = {"k:daiq": ("cocktail", "Daiquiri", 1900), "k:marg": ("cocktail", "Margarita", 1938),
             "k:maitai": ("cocktail", "Mai Tai", 1944), "k:mojito": ("cocktail", "Mojito", 1930),
             "k:negroni": ("cocktail", "Negroni", 1919)}
    others = {"i:rum": ("ingredient", "rum"), "i:lime": ("ingredient", "lime juice"), "i:sugar": ("ingredient", "sugar"),
              "i:teq": ("ingredient", "tequila"), "i:ts": ("ingredient", "triple sec"), "i:orgeat": ("ingredient", "orgeat"),
              "i:mint": ("ingredient", "mint"), "i:gin": ("ingredient", "gin"), "i:campari": ("ingredient", "Campari"),
              "i:verm": ("ingredient", "sweet vermouth")}
    rels = [R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("cocktail",)),
            R("calls_for", phrase="calls for", inverse_phrase="goes into", domain=("cocktail",), range=("ingredient",))]
    t = [("k:daiq", "calls_for", "i:rum"), ("k:daiq", "calls_for", "i:lime"), ("k:daiq", "calls_for", "i:sugar"),
         ("k:marg", "calls_for", "i:teq"), ("k:marg", "calls_for", "i:lime"), ("k:marg", "calls_for", "i:ts"),
         ("k:maitai", "calls_for", "i:rum"), ("k:maitai", "calls_for", "i:lime"), ("k:maitai", "calls_for", "i:orgeat"),
         ("k:mojito", "calls_for", "i:rum"), ("k:mojito", "calls_for", "i:lime"), ("k:mojito", "calls_for", "i:mint"),
         ("k:negroni", "calls_for", "i:gin"), ("k:negroni", "calls_for", "i:campari"), ("k:negroni", "calls_for", "i:verm"),
         ("u:c", "rated", "k:daiq", {"rating": 5.0}), ("u:c", "rated", "k:negroni", {"rating": 2.0}),
         ("u:c", "rated", "k:marg", {"rating": 4.5})]
    return _build(items, others, rels, t, _u("u:c"))

BUILDERS = {"podcasts": podcasts, "companies": companies, "trails": trails, "games": games,
            "buildings": buildings, "cocktails": cocktails, "movies": kgx.KnowledgeGraph.example}
_CACHE = {}
def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason

# "@GRAPH [user]" starts a block; every line below is FALSE on that graph.
TEXTS = r"""
@podcasts
Serial is part of Gimlet Media.
Lore is part of Gimlet Media.
Serial is part of the Gimlet Media network.
Lore is part of the Gimlet Media network.
Reply All is part of the iHeartRadio network.
Reply All is part of iHeartRadio.
Serial is part of the Spotify network.
Lore is part of the Spotify network.
Lore is part of the Spotify platform.
Serial is part of the New York Times network.
Serial is part of The New York Times.
Reply All is part of Spotify.
Gimlet Media is part of Reply All.
Gimlet Media is part of Spotify.
Gimlet Media is part of the Spotify network.
Spotify is part of the Gimlet Media network.
Serial belongs to Gimlet Media.
Lore belongs to Gimlet Media.
Serial belongs to Spotify.
Lore belongs to Spotify.
Reply All belongs to The New York Times.
Reply All belongs to Spotify.
Gimlet Media belongs to Reply All.
Gimlet Media belongs to The New York Times.
Serial belongs to iHeartRadio.
Serial belongs to the Gimlet Media network.
Lore belongs to the Spotify network.
Reply All is not part of Gimlet Media.
Reply All doesn't belong to Gimlet Media.
Reply All may be part of iHeartRadio.
Serial and Lore are both part of Gimlet Media.
Reply All and Lore are part of Gimlet Media.
Reply All, Science Vs and Lore are all part of Gimlet Media.
Reply All and Serial each belong to Gimlet Media.
Reply All and Lore were each part of Gimlet Media.
Serial is part of the Gimlet Media network, like Reply All.
Reply All is part of Sarah Koenig.
Reply All is part of the Sarah Koenig network.
Reply All is part of the network of PJ Vogt.
Reply All is part of the network Spotify.
Reply All is part of the Gimlet Media empire and is about science.
Reply All is part of the Gimlet Media network and about true crime.
Reply All is part of Gimlet Media, which is based in Stockholm.
Homecoming is part of Gimlet Media and is about science.
Serial is part of the network it belongs to, Gimlet Media.
Lore is distributed by the Gimlet Media platform.
Lore is distributed by the Gimlet Media network.
Serial is distributed by the Spotify network.
Reply All is distributed by the Gimlet Media network.
Serial digs into folklore.
Lore digs into true crime.
Reply All delves into science.
Science Vs delves into the internet.
StartUp tackles true crime.
Serial tackles entrepreneurship.
Lore examines science.
Homecoming examines true crime.
Homecoming is about true crime.
Homecoming digs into folklore.
Serial is devoted to folklore.
Lore is dedicated to true crime.
Serial is dedicated to Sarah Koenig.
Lore is dedicated to Aaron Mahnke.
Reply All is devoted to Gimlet Media.
Reply All centres on science.
Science Vs centers on entrepreneurship.
StartUp revolves around folklore.
Serial revolves around Sarah Koenig.
Lore revolves around Aaron Mahnke.
Reply All revolves around PJ Vogt and Alex Goldman.
Science Vs covers true crime.
Lore explores the internet.
StartUp deals with science.
Serial focuses on the internet.
Sarah Koenig digs into true crime.
Aaron Mahnke delves into folklore.
Gimlet Media examines entrepreneurship.
Spotify tackles folklore.
Wendy Zukerman examines science.
True crime digs into Serial.
Folklore is devoted to Lore.
Serial doesn't dig into true crime.
Lore never tackles folklore.
Serial digs into true crime and folklore.
Serial and Lore both dig into true crime.
Serial and Lore each examine folklore.
Serial, Lore and Reply All all tackle true crime.
Serial digs into true crime, and Lore into science.
Serial tackles true crime and Lore science.
Serial examines true crime and Reply All tackles folklore.
Serial digs deep into folklore.
Serial digs into the folklore of true crime.
Serial examines how PJ Vogt thinks.
Serial is devoted to true crime and is part of Gimlet Media.
Lore, dedicated to folklore, is part of Gimlet Media.
Lore was dreamed up by Sarah Koenig.
Serial was dreamed up by Aaron Mahnke.
Reply All was dreamed up by Alex Blumberg.
StartUp was dreamed up by PJ Vogt.
Serial was dreamed up by Gimlet Media.
StartUp was dreamed up by Gimlet Media.
Lore was dreamt up by Sarah Koenig.
Aaron Mahnke dreamed up Serial.
Sarah Koenig dreamed up Lore.
Eli Horowitz dreamed up StartUp.
Homecoming was dreamed up by Alex Blumberg.
Lore was dreamed up by Aaron Mahnke in 2014.
Serial was dreamed up by Sarah Koenig in 2015.
Serial was dreamed up by Sarah Koenig and Aaron Mahnke.
Serial was dreamed up by Julie Snyder and PJ Vogt.
Lore was not dreamed up by Aaron Mahnke.
Lore was probably dreamed up by PJ Vogt.
Lore was dreamed up by Aaron Mahnke and hosted by Sarah Koenig.
Reply All was dreamed up by its host PJ Vogt.
Lore was the work of Sarah Koenig.
Serial was the work of Aaron Mahnke.
StartUp is the work of Gimlet Media.
Serial is the work of The New York Times.
Reply All is the work of PJ Vogt.
Lore is the work of Spotify.
@podcasts u:a
You loved Serial and Lore alike.
You loved Lore and Reply All alike.
You loved Serial, Lore and Reply All alike.
You loved Serial and Science Vs alike.
Serial and Lore were each loved by you.
You loved the Lore podcast, part of Gimlet Media.
@companies
Spotify is headquartered in Brooklyn.
Spotify is headquartered in Montreal.
Ubisoft is headquartered in Montreal.
Valve is headquartered in Seattle.
Ubisoft has its headquarters in Montreal.
Valve has its headquarters in Seattle.
Spotify has its headquarters in Brooklyn.
Nintendo has its headquarters in Stockholm.
CD Projekt is headquartered in Kyoto.
Gimlet Media is headquartered in Stockholm.
Gimlet Media, headquartered in Stockholm, was founded by Alex Blumberg.
Ubisoft, headquartered in Montreal, was founded by Yves Guillemot.
Headquartered in Montreal, Ubisoft was founded by Yves Guillemot.
Headquartered in Warsaw, Nintendo was founded in 1889.
Stockholm is headquartered in Spotify.
Montreal is home to Ubisoft.
Seattle is home to Valve.
Spotify was headquartered in Brooklyn.
Spotify and Gimlet Media are both headquartered in Stockholm.
Spotify and Gimlet Media are each headquartered in Brooklyn.
Spotify, Ubisoft and Nintendo are all headquartered in Stockholm.
Ubisoft is headquartered in Montreuil and Valve in Seattle.
Ubisoft is headquartered in Montreuil, Valve in Seattle.
Spotify is headquartered in Stockholm and Ubisoft in Montreal.
Spotify is not headquartered in Stockholm.
Spotify is headquartered in Stockholm and Brooklyn.
Spotify has its headquarters in Stockholm and in Brooklyn.
Spotify has headquarters in Brooklyn.
Spotify has its main headquarters in Brooklyn.
Spotify has its US headquarters in Stockholm.
Ubisoft has its Canadian headquarters in Montreuil.
Spotify moved its headquarters to Brooklyn.
Spotify is headquartered near Brooklyn.
Spotify is headquartered in Stockholm, like Gimlet Media.
Daniel Ek is headquartered in Stockholm.
Daniel Ek has his headquarters in Stockholm.
Alex Blumberg is based in Brooklyn.
Spotify is based in Brooklyn.
Ubisoft is based in Montreal.
Valve, based in Seattle, was founded by Gabe Newell.
Spotify, based in Stockholm, was founded by Alex Blumberg.
Spotify acquired Gimlet Media, which is headquartered in Stockholm.
Gimlet Media acquired Spotify.
Gimlet Media belongs to Spotify.
Spotify belongs to Gimlet Media.
Spotify is part of Gimlet Media.
Gimlet Media was dreamed up by Daniel Ek.
Valve was dreamed up by Yves Guillemot.
Ubisoft was the work of Gabe Newell.
Spotify is the work of Alex Blumberg.
Spotify arrived in 2005.
Ubisoft arrived in 1987.
Daniel Ek arrived in 2006.
Stockholm arrived in 2006.
Spotify opened in 2008.
Spotify and Gimlet Media were each founded by Daniel Ek.
Spotify and Valve were founded by Daniel Ek and Gabe Newell alike.
Ubisoft was founded by Yves Guillemot and Valve by Daniel Ek.
Ubisoft was founded by Yves Guillemot and Valve based by Seattle.
@trails
The West Highland Way opened in 1981.
The West Highland Way opened in 1965.
The Pennine Way opened in 1980.
Route 66 opened in 1925.
The Rideau Canal opened in 1833.
The Brighton Palace Pier opened in 1900.
The Monterey Bay Aquarium opened in 1985.
The Mall of America opened in 1991.
The Griffith Observatory opened in 1936.
Opened in 1965, the West Highland Way runs through Glencoe.
Opened in 1980, the Pennine Way runs through the Yorkshire Dales.
Opened in 1980, the West Highland Way runs through the Yorkshire Dales.
Opened in 1926, Route 66 runs through Glencoe.
Built in 1833, the Rideau Canal was designed by John By.
Built in 1832, the Rideau Canal was designed by John C. Austin.
The Pennine Way was built in 1980.
The West Highland Way was built in 1965.
Route 66 was built in 1930.
The Mall of America was built in 1984.
The Monterey Bay Aquarium was built in 1992.
The Brighton Palace Pier was built in 1935.
The West Highland Way opened in 1980 and the Pennine Way in 1980.
The West Highland Way opened in 1980, the Pennine Way in 1966.
The West Highland Way and the Pennine Way both opened in 1980.
The West Highland Way and the Pennine Way each opened in 1965.
The West Highland Way, the Pennine Way and Route 66 all opened in 1980.
The West Highland Way opened in 1980, fifteen years after Route 66.
The Pennine Way opened fifteen years after the West Highland Way.
The West Highland Way opened two years before the Pennine Way.
The West Highland Way was the first trail to open in 1980.
The West Highland Way did not open in 1980.
The West Highland Way opened in 1980 in Glencoe.
The West Highland Way opened in Glencoe.
Route 66 opened in Arizona.
The Monterey Bay Aquarium opened in Bloomington.
The Mall of America opened in Monterey in 1992.
Glencoe opened in 1980.
John By opened in 1832.
The Yorkshire Dales opened in 1965.
John By built the Rideau Canal in 1833.
John By opened the Rideau Canal in 1832.
The Rideau Canal was designed by R. St George Moore.
The Rideau Canal was the work of R. St George Moore.
The Brighton Palace Pier was the work of John By.
The Mall of America was the work of John C. Austin.
The Rideau Canal is the work of Ottawa.
The West Highland Way was the work of John By.
The West Highland Way arrived in 1981.
The Pennine Way arrived in 1980.
Route 66 arrived in 1925.
Glencoe arrived in 1980.
The West Highland Way runs through Arizona.
The Pennine Way runs through Glencoe.
Route 66 runs through Glencoe and Arizona.
The West Highland Way and the Pennine Way each run through Glencoe.
The West Highland Way and the Pennine Way both run through the Yorkshire Dales.
Route 66 and the West Highland Way each run through Oklahoma.
Route 66 and the Pennine Way each run through Arizona.
The Pennine Way and the West Highland Way each run through Glencoe.
Route 66 and the Pennine Way run through Arizona alike.
Route 66 runs through Arizona and Glencoe alike.
Route 66 runs through Arizona and Oklahoma and Glencoe alike.
The Rideau Canal runs through Ottawa.
The Rideau Canal opened in Ottawa in 1833.
The Griffith Observatory is located in Monterey.
The Griffith Observatory, opened in 1935, was designed by Ezra Ehrenkrantz.
The Griffith Observatory was built in 1935 by John By.
The Brighton Palace Pier, built in 1899, is located in Los Angeles.
The Monterey Bay Aquarium opened in 1984 and the Mall of America in 1993.
@games
The Witcher 3 was released on PlayStation 3.
The Witcher 3 was released on Nintendo Switch.
Terminator 3 was released on PC.
The Witcher 3 was developed by Bungie.
The Witcher 3 was developed by CD Projekt.
The Witcher 3 was published by CD Projekt Red.
The Witcher 3 has music composed by Lena Raine.
The Witcher 3 came out in 2016.
The Witcher 3 arrived in 2014.
The Witcher 3 arrived on PlayStation 3.
The Witcher 3 landed on Nintendo Switch.
The Witcher 3 arrived on Xbox 360 in 2015.
The Witcher 3 landed on PC in 2016.
Halo 3 landed on PlayStation 3.
Halo 3 arrived on PC.
Halo 3 landed on Xbox One.
Halo 3 arrived on Xbox 360 in 2009.
Halo 3: ODST landed on Xbox One.
Halo 3 ODST arrived on PC.
Celeste arrived on Xbox One.
Celeste landed on PlayStation 4.
Horizon Zero Dawn landed on Xbox One.
Horizon Zero Dawn arrived on Nintendo Switch in 2017.
Metal Gear Solid 2 arrived on PlayStation 3.
Metal Gear Solid 2 landed on Xbox 360.
Uncharted 2 landed on PlayStation 4.
Uncharted 3 arrived on PlayStation 4 in 2011.
Uncharted 2 arrived in 2011.
Uncharted 3 arrived in 2009.
Metal Gear Solid 2 arrived in 2002.
Halo 3 arrived in 2009.
God of War arrived on PSP.
God of War landed on PSP in 2010.
God of War arrived in 2010.
Celeste and Horizon Zero Dawn both landed on Nintendo Switch.
Celeste and Horizon Zero Dawn each arrived on PlayStation 4.
Celeste, Halo 3 and The Witcher 3 all arrived on PC.
The Witcher 3 and Horizon Zero Dawn each landed on Xbox One.
Halo 3 and Uncharted 2 were each released on Xbox 360.
Halo 3 and the Uncharted 2 each arrived on Xbox 360.
The Witcher 3 arrived on PC and Celeste on Xbox One.
The Witcher 3 landed on PC, Celeste on PlayStation 4.
The Witcher 3 did not land on PC.
The Witcher 3 never arrived on PlayStation 4.
The Witcher 3 arrived late on PlayStation 4.
The Witcher 3 arrived on PC before PlayStation 4.
The Witcher 3 arrived first on PC.
Xbox 360 landed on Halo 3.
Marcin Przybyłowicz landed on PC.
CD Projekt Red arrived on PC in 2015.
CD Projekt arrived in 1994.
Bungie arrived on Xbox 360.
The Witcher 3 was set to music by Joris de Man.
The Witcher 3 was set to a score by Lena Raine.
Halo 3 was set to music by Harry Gregson-Williams.
Celeste is set to music by Martin O'Donnell.
Celeste was set to music by Maddy Makes Games.
Horizon Zero Dawn was set to music by Guerrilla Games.
Metal Gear Solid 2 was set to music by Hideo Kojima.
Uncharted 2 was set to a score by Amy Hennig.
God of War: Ghost of Sparta was set to music by Greg Edmonson.
The Witcher 3 has music from Joris de Man.
Halo 3 has music from Lena Raine.
Celeste has music from Bungie.
Uncharted 3 has music from Amy Hennig.
Metal Gear Solid 2 has music from Hideo Kojima.
Metal Gear Solid 2 features music from Martin O'Donnell.
The Witcher 3 features music from Halo 3.
Halo 3 borrows music from Halo 3: ODST.
Horizon Zero Dawn uses music from Marcin Przybyłowicz.
Halo 3 ODST has music from Greg Edmonson.
Celeste, set to music by Joris de Man, landed on Nintendo Switch.
Set to music by Lena Raine, Horizon Zero Dawn arrived on PC.
Joris de Man set Celeste to music.
Lena Raine set Halo 3 to music.
Lena Raine set Celeste to a score by Joris de Man.
Celeste was set to music by Lena Raine and Halo 3 by Joris de Man.
Celeste was set to music by Lena Raine, and Halo 3 by Greg Edmonson.
Halo 3 has music composed by Martin O'Donnell and Uncharted 2 by Lena Raine.
Uncharted 2 was developed by Naughty Dog and Halo 3 by Konami.
Uncharted 2 was developed by Naughty Dog and Halo 3 by Sony Interactive Entertainment.
Uncharted 2 was published by Sony Interactive Entertainment and Halo 3 by Bungie.
Uncharted 2 was written by Amy Hennig and Metal Gear Solid 2 by Greg Edmonson.
Uncharted 2 was written by Amy Hennig and Metal Gear Solid 2 by Harry Gregson-Williams.
The Witcher 3 was the work of CD Projekt.
The Witcher 3 was the work of Marcin Przybyłowicz.
Horizon Zero Dawn was the work of Sony Interactive Entertainment.
Horizon Zero Dawn is the work of Joris de Man.
Halo 3 was the work of Microsoft Game Studios.
Halo 3 was the work of Martin O'Donnell.
Celeste is the work of Lena Raine.
Metal Gear Solid 2 was the work of Harry Gregson-Williams.
Uncharted 2 was the work of Greg Edmonson.
Uncharted 3 was the work of Sony Interactive Entertainment.
Uncharted 2 is the work of Bungie.
The Witcher 3 was the work of Guerrilla Games.
Halo 3 was the work of Amy Hennig.
Halo 3 and Celeste were each the work of Bungie.
Uncharted 2 was the work of Naughty Dog and Halo 3 of Konami.
The Witcher 3 was not the work of CD Projekt Red.
Uncharted 2 was largely the work of Amy Hennig's husband.
The Witcher 3 belongs to the Halo series.
Halo 3 belongs to the Uncharted series.
Celeste belongs to the Halo series.
The Witcher 3 belongs to CD Projekt.
Halo 3 belongs to Microsoft Game Studios.
Halo 3 belongs to Bungie.
Uncharted 2 belongs to Naughty Dog.
Celeste belongs to Maddy Makes Games.
Uncharted 2 is part of the Halo series.
Halo 3 is part of the Witcher series.
Halo 3 is part of The Witcher.
Uncharted 2 belongs to The Witcher.
Celeste is part of the Uncharted series.
Uncharted 2 and Halo 3 both belong to the Uncharted series.
Uncharted 2 and Halo 3 each belong to the Halo series.
The Witcher belongs to The Witcher 3.
Halo belongs to Halo 3.
Halo 3 is part of Bungie.
The Witcher 3 is part of CD Projekt Red.
The Witcher 3 was released in 2015 on Nintendo Switch.
The Witcher was developed by CD Projekt Red.
Halo was developed by Bungie.
Halo was released on Xbox 360.
Uncharted was developed by Naughty Dog.
Uncharted was written by Amy Hennig.
The Witcher has music composed by Marcin Przybyłowicz.
Metal Gear Solid was written by Hideo Kojima.
Metal Gear Solid 2 was developed by Naughty Dog.
Metal Gear Solid 2 was released on PlayStation 3.
Uncharted 2 was developed by Ready at Dawn.
Uncharted 3 was written by Hideo Kojima.
God of War was developed by Ready at Dawn.
God of War was released on PSP.
Ghost of Sparta was released on PlayStation 2.
Wild Hunt was developed by Bungie.
Among Thieves was written by Hideo Kojima.
Drake's Deception arrived on PlayStation 4.
Sons of Liberty was developed by Naughty Dog.
Halo 3: ODST was released in 2007.
Halo 3 was released in 2009.
The Witcher 3 is a title from 2016.
The Witcher 3 is a PlayStation 3 title.
Halo 3 is a PC title.
Celeste is an Xbox One title.
@games u:g
You loved The Witcher 3 and Halo 3: ODST alike.
You loved Halo 3 and Halo 3: ODST alike.
You loved The Witcher 3, Halo 3 and Celeste alike.
You loved The Witcher 3 and Celeste alike.
The Witcher 3 and Halo 3: ODST were each loved by you.
You loved Halo 3, which landed on PC.
You loved The Witcher 3, set to music by Lena Raine.
@buildings
The Golden Gate Bridge was the work of Bethlehem Steel.
The Golden Gate Bridge was the work of William Van Alen.
The Chrysler Building was the work of Walter Chrysler.
The Chrysler Building was the work of RFR Holding.
The Chrysler Building is the work of Joseph Strauss.
The Empire State Building was the work of Empire State Realty Trust.
The Empire State Building was the work of William Van Alen.
The Sydney Opera House was the work of Hornibrook.
The Sydney Opera House was the work of Frank Gehry.
Fallingwater was the work of Edgar Kaufmann.
Fallingwater was the work of Western Pennsylvania Conservancy.
Fallingwater is the work of Frank Gehry.
The Guggenheim Museum Bilbao was the work of Frank Lloyd Wright.
The Golden Gate Bridge was the work of San Francisco.
The Golden Gate Bridge was not the work of Joseph Strauss.
The Golden Gate Bridge was partly the work of Joseph Strauss.
The Golden Gate Bridge was the work of Joseph Strauss and Bethlehem Steel.
The Golden Gate Bridge was the work of Joseph Strauss and William Van Alen.
The Golden Gate Bridge was the work of Joseph Strauss, the Chrysler Building of Frank Gehry.
The Golden Gate Bridge and the Chrysler Building were the work of Joseph Strauss.
The Golden Gate Bridge and the Chrysler Building were each the work of William Van Alen.
The Chrysler Building and the Empire State Building were each designed by William Van Alen.
The Chrysler Building, the Empire State Building and Fallingwater were all designed by William Van Alen.
The Chrysler Building and the Empire State Building were designed by William Van Alen and William F. Lamb alike.
The Chrysler Building and the Empire State Building are each owned by RFR Holding.
The Chrysler Building and the Golden Gate Bridge are each located in New York City.
The Chrysler Building and the Empire State Building are each located in San Francisco.
The Golden Gate Bridge was designed by Joseph Strauss and the Chrysler Building by Frank Gehry.
The Golden Gate Bridge was designed by Joseph Strauss and the Chrysler Building by Walter Chrysler.
The Golden Gate Bridge was designed by Joseph Strauss and Fallingwater by Edgar Kaufmann.
The Golden Gate Bridge was built by Bethlehem Steel and the Sydney Opera House by RFR Holding.
Fallingwater was commissioned by Edgar Kaufmann and the Chrysler Building by William Van Alen.
The Chrysler Building was commissioned by Walter Chrysler and Fallingwater by Frank Lloyd Wright.
The former was designed by Joseph Strauss and the latter by Frank Gehry.
The Golden Gate Bridge and Fallingwater are famous; the former was designed by Joseph Strauss and the latter by Frank Gehry.
The Golden Gate Bridge and Fallingwater are famous: the former was designed by Joseph Strauss and the latter by Edgar Kaufmann.
Joseph Strauss designed the Golden Gate Bridge and William Van Alen the Empire State Building.
Joseph Strauss was the work of the Golden Gate Bridge.
The Golden Gate Bridge was dreamed up by Bethlehem Steel.
Fallingwater was dreamed up by Edgar Kaufmann.
The Chrysler Building was dreamed up by Walter Chrysler.
The Golden Gate Bridge opened in 1936.
The Golden Gate Bridge was built in 1930.
The Chrysler Building opened in 1931.
The Empire State Building was built in 1930.
The Sydney Opera House opened in 1937.
Fallingwater was built in 1930.
The Golden Gate Bridge arrived in 1936.
The Sydney Opera House arrived in 1974.
The Golden Gate Bridge belongs to Bethlehem Steel.
The Chrysler Building belongs to Empire State Realty Trust.
Fallingwater belongs to Edgar Kaufmann.
The Chrysler Building is part of RFR Holding.
The Chrysler Building is headquartered in New York City.
Frank Lloyd Wright is based in Mill Run.
@cocktails
The Daiquiri, the Margarita and the Negroni all call for lime juice.
The Negroni, the Margarita and the Mai Tai all call for lime juice.
The Daiquiri, the Negroni and the Mai Tai all call for lime juice.
The Daiquiri and the Margarita each call for rum.
The Margarita and the Daiquiri each call for rum.
The Daiquiri and the Negroni each call for lime juice.
The Negroni, the Mojito and the Mai Tai all call for rum.
The Mojito, the Margarita and the Mai Tai all call for rum.
The Daiquiri, the Mojito and the Mai Tai all call for mint.
The Daiquiri, the Margarita, and the Mai Tai all call for tequila.
The Daiquiri and Margarita both call for rum.
Daiquiri, Margarita and Mai Tai all call for rum.
The Daiquiri and the Margarita all call for rum.
The Daiquiri, the Mojito and the Negroni were each made with rum.
The Daiquiri and the Mojito each call for mint.
The Daiquiri and the Mojito each call for rum and mint.
The Mojito and the Mai Tai each call for orgeat.
The Mojito and the Mai Tai are each made with orgeat.
The Mai Tai, the Daiquiri and the Margarita all call for sugar.
The Mai Tai and the Negroni were each called for rum.
Rum, lime juice and sugar all go into the Margarita.
Rum, lime juice and tequila all go into the Daiquiri.
Rum and gin each go into the Negroni.
Rum and tequila both go into the Margarita.
Rum goes into the Daiquiri and the Margarita alike.
Rum goes into the Daiquiri, the Margarita and the Mai Tai alike.
Lime juice goes into the Daiquiri and the Negroni alike.
Gin goes into the Negroni and the Mojito alike.
The Daiquiri calls for rum and tequila alike.
The Margarita calls for rum and tequila alike.
The Negroni calls for gin and lime juice alike.
The Margarita calls for lime juice and rum alike.
The Daiquiri and the Negroni call for lime juice alike.
The Daiquiri calls for lime juice alike.
The Daiquiri, like the Negroni, calls for lime juice.
Each of the Daiquiri and the Negroni calls for rum.
The Daiquiri and the Negroni each don't call for rum.
The Daiquiri and the Mojito each call for rum, and the Negroni for lime juice.
The Daiquiri calls for rum and the Negroni for lime juice.
The Daiquiri calls for rum, the Negroni for tequila.
The Daiquiri and the Margarita each arrived in 1900.
The Negroni arrived in 1920.
The Mai Tai arrived in 1938.
The Daiquiri, the Margarita and the Mai Tai all arrived in 1944.
The Daiquiri, the Margarita and the Mai Tai all call for lime juice and orgeat.
The Daiquiri, the Margarita and the Mai Tai never call for lime juice.
The Daiquiri, the Margarita and the Mai Tai all call for lime juice, unlike the Mojito.
The Daiquiri, the Margarita and the Mai Tai all call for lime juice, as the Negroni does.
@cocktails u:c
You loved the Daiquiri and the Negroni alike.
You loved the Daiquiri, the Margarita and the Negroni alike.
You loved the Daiquiri and the Mojito alike.
You loved the Negroni and the Margarita alike.
You loved the Daiquiri and the Negroni, which call for lime juice alike.
The Daiquiri and the Negroni were each loved by you.
You loved the Daiquiri and the Negroni each.
The Daiquiri and the Negroni each call for rum, and you loved both.
You loved the Negroni, the Daiquiri and the Margarita.
The Daiquiri, the Negroni and the Margarita all were loved by you.
@movies
Alien, Aliens and Jaws were each directed by James Cameron.
Alien and Aliens were each directed by James Cameron.
Alien and Aliens were each directed by Ridley Scott.
Aliens and Jaws are each distributed by 20th Century Fox.
Alien and Jaws were each distributed by 20th Century Fox.
Alien, Aliens and Jaws were all distributed by 20th Century Fox.
Alien and Aliens were each scored by James Horner.
Alien and Aliens were each written by James Cameron.
Alien and the Aliens each star Sigourney Weaver.
Alien and the Jaws each run through James Cameron.
Heat and Casino were each directed by Martin Scorsese.
Heat and Casino are each written by Michael Mann.
Heat and Seven were each distributed by Warner Bros.
Seven and Twelve Monkeys each star Bruce Willis.
Seven and Twelve Monkeys each star Morgan Freeman.
Alien and Aliens were distributed by 20th Century Fox and Universal Studios alike.
Aliens and Titanic were distributed by 20th Century Fox and Paramount Pictures alike.
Jaws was distributed by Universal Studios and 20th Century Fox alike.
Aliens was directed by James Cameron and Ridley Scott alike.
Ridley Scott directed Alien and Aliens alike.
James Horner scored Aliens and Alien alike.
James Cameron directed Aliens and Alien alike.
James Cameron wrote Aliens and Alien alike.
Steven Spielberg directed Jaws and Aliens alike.
John Williams scored Jaws and Aliens alike.
Sigourney Weaver starred in Alien and Aliens alike.
Robert De Niro starred in Heat and Seven alike.
Brad Pitt starred in Seven and Heat alike.
Critics directed Alien and Aliens alike.
Alien was directed by Ridley Scott and Aliens by Ridley Scott.
Alien was directed by Ridley Scott and Aliens by James Horner.
Alien was directed by Ridley Scott and Aliens by Gale Anne Hurd.
Alien was directed by Ridley Scott and Aliens by Sigourney Weaver.
Alien was directed by James Cameron and Aliens by Ridley Scott.
Alien was scored by Jerry Goldsmith and Aliens by James Cameron.
Alien was written by Dan O'Bannon and Aliens by James Horner.
Alien was shot by Derek Vanlint and Aliens by Ray Lovejoy.
Aliens was edited by Ray Lovejoy and Alien by Derek Vanlint.
Heat was directed by Michael Mann and Casino by Nicholas Pileggi.
Heat was directed by Michael Mann and Casino by Robert De Niro.
Casino was edited by Thelma Schoonmaker and Heat by Michael Mann.
Jaws was directed by Steven Spielberg and Aliens by John Williams.
Jaws was produced by David Brown and Aliens by James Cameron.
Alien was distributed by 20th Century Fox and Jaws by 20th Century Fox.
Alien was not directed by James Cameron and Aliens by James Cameron.
Alien was never directed by James Cameron and Aliens by Ridley Scott.
Alien was probably directed by Ridley Scott and Aliens by Ridley Scott.
Alien was directed by Ridley Scott and Aliens, a sequel, by Ridley Scott.
Alien was also directed by Ridley Scott and Aliens by Jerry Goldsmith.
Alien was originally directed by Ridley Scott and Aliens by Steven Spielberg.
Alien was first directed by Ridley Scott and Aliens by Ridley Scott.
Alien was directed by Ridley Scott and Aliens starred by James Cameron.
Alien was directed by Ridley Scott and scored by Jerry Goldsmith and Aliens by Ridley Scott.
Alien, directed by Ridley Scott, was scored by Jerry Goldsmith and Aliens by James Cameron.
Alien was directed by Ridley Scott and Aliens by James Cameron and Jaws by Ridley Scott.
Alien was directed by Ridley Scott and Aliens by James Cameron, Jaws by James Cameron.
The former was directed by Ridley Scott and the latter by Ridley Scott.
Alien and Aliens are classics; the former was directed by Ridley Scott and the latter by Ridley Scott.
Alien and Aliens are classics; the former was directed by Ridley Scott and the latter by Jerry Goldsmith.
Alien and Aliens are classics; the former was directed by James Cameron and the latter by Ridley Scott.
Alien and Aliens are classics. The former was directed by Ridley Scott and the latter by Gale Anne Hurd.
Alien and Aliens are classics; the latter was directed by Ridley Scott and the former by James Cameron.
Alien and Aliens are classics; the first was directed by Ridley Scott and the second by Ridley Scott.
Alien and Jaws are classics; the former was scored by Jerry Goldsmith and the latter by James Horner.
You saw Alien and Aliens; the former was directed by Ridley Scott and the latter by Steven Spielberg.
Ridley Scott directed Alien and James Cameron Jaws.
Ridley Scott directed Alien and Aliens by James Cameron.
James Cameron directed Aliens from a script by Dan O'Bannon and Alien by Ridley Scott.
Aliens arrived in 1985.
Aliens arrived in 1979.
Alien arrived in 1986.
Jaws arrived in 1976.
Heat arrived in 1996.
Terminator 2 arrived in 1990.
Aliens arrived in 1986 and Alien in 1986.
Aliens and Alien both arrived in 1986.
Alien and Aliens each arrived in 1979.
Aliens arrived in 1986, a year after Alien.
Aliens arrived in 1986, seven years before Alien.
Aliens arrived in 1986, three years after Alien.
Alien arrived in 1979, seven years after Aliens.
James Cameron arrived in 1986.
James Cameron arrived in 1986 with Aliens.
Ridley Scott arrived in 1979 with Alien.
Sigourney Weaver arrived in 1979.
Sigourney Weaver arrived in 1986 in Aliens.
20th Century Fox arrived in 1986.
James Horner arrived in 1986.
Horror arrived in 1979.
Aliens arrived in 1986 from Ridley Scott.
Aliens arrived in 1986, directed by Ridley Scott.
Aliens, which arrived in 1986, was directed by Ridley Scott.
Arriving in 1986, Aliens was directed by Ridley Scott.
Aliens did not arrive in 1986.
Aliens arrived in 1986 on home video.
Aliens first arrived in 1987.
Aliens arrived in 1987 on VHS.
Aliens arrives in 1987.
Aliens arrived on 20th Century Fox.
Aliens landed on 20th Century Fox in 1986.
Terminator 2 is a Horror title.
Terminator 2 was directed by Ridley Scott.
Terminator 2 was scored by James Horner.
Terminator 2 was directed by James Cameron in 1992.
Terminator 2 stars Sigourney Weaver.
Terminator 2 is a Comedy title.
Aliens is a Comedy title.
Alien is an Action title.
Jaws is a Sci-Fi title.
Halloween 4 was directed by John Carpenter.
Halloween 4 arrived in 1978.
Austin Powers arrived in 1999.
Austin Powers is a Horror title.
Friday the 13th Part 3 arrived in 1981.
Judgment Day was directed by Ridley Scott.
Star Wars was directed by James Cameron.
Star Wars arrived in 1986.
Ace Ventura arrived in 1990.
Wallace & Gromit arrived in 1999.
Alien was the work of Jerry Goldsmith.
Alien was the work of 20th Century Fox.
Alien was the work of Derek Vanlint.
Aliens was the work of Gale Anne Hurd.
Aliens was the work of James Horner.
Aliens was the work of Ray Lovejoy.
Aliens was the work of Sigourney Weaver.
Aliens was the work of Ridley Scott.
Alien was the work of James Cameron.
Jaws is the work of John Williams.
Jaws was the work of Universal Studios.
Jaws was the work of Verna Fields.
Heat was the work of Warner Bros.
Heat was the work of Al Pacino.
Heat is the work of Elliot Goldenthal.
Terminator 2 was the work of Brad Fiedel.
Terminator 2 was the work of TriStar Pictures.
Terminator 2 was the work of Ridley Scott.
Alien and Aliens were each the work of James Cameron.
Alien was the work of Ridley Scott and Aliens of Ridley Scott.
Alien was the work of Ridley Scott and Aliens the work of Jerry Goldsmith.
Alien was set to music by James Horner.
Aliens was set to music by Jerry Goldsmith.
Alien was set to a score by James Cameron.
Jaws was set to music by Steven Spielberg.
Heat was set to music by Michael Mann.
Terminator 2 was set to music by James Cameron.
Pulp Fiction was set to music by Quentin Tarantino.
Alien has music from James Horner.
Aliens has music from Jerry Goldsmith.
Aliens has music from Ridley Scott.
Jaws has music from James Horner.
Aliens features music from Alien.
Aliens borrows music from Jerry Goldsmith.
Aliens reuses music from Jerry Goldsmith.
Aliens has music from Alien.
Titanic has music from the 1950s.
Aliens has no music from James Horner.
Alien has music from Jerry Goldsmith and James Horner.
Alien and Aliens each have music from James Horner.
Alien and Aliens are each set to music by Jerry Goldsmith.
Alien was set to music by Jerry Goldsmith and Aliens by Jerry Goldsmith.
Jaws was set to music by John Williams and Alien by James Horner.
James Horner set Alien to music.
Jerry Goldsmith set Aliens to music.
Music from James Horner fills Alien.
@movies user:19
You loved Alien and Aliens alike.
You loved Aliens and Terminator 2 alike.
You loved Terminator 2 and Aliens alike.
You loved Terminator 2, Alien and Aliens alike.
You loved Terminator 2 and Jaws alike.
Alien and Aliens were each loved by you.
You loved Aliens, which arrived in 1986.
You loved Terminator 2, an Animation title.
You loved Aliens and Terminator 2, each directed by James Cameron.
You loved Terminator 2 and Aliens alike, both directed by Ridley Scott.
@movies user:64
You loved Alien and Aliens alike.
You loved Terminator 2, Alien and Aliens alike.
You loved Terminator 2 and Jaws alike, each directed by Steven Spielberg.
You loved Jaws and Alien alike, each scored by John Williams.
"""

def cases():
    key, user = None, None
    for line in TEXTS.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            parts = line[1:].split()
            key, user = parts[0], (parts[1] if len(parts) > 1 else None)
            continue
        yield key, user, line

def main():
    n = m = 0
    for key, user, text in cases():
        m += 1
        try:
            ok, reason = check(key, text, user)
        except Exception as exc:
            print(f"ERROR [{key} {user}] {text}: {exc!r}")
            continue
        if ok:
            n += 1
            print(f"ACCEPTED [{key} {user or ''}] {text}")
        elif os.environ.get("VERBOSE"):
            print(f"rejected [{key} {user or ''}] {text} -- {reason}")
    print(f"accepted {n} of {m}")

if __name__ == "__main__":
    main()
