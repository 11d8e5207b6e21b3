"""Red team round 152: this round's new readings (CHANGES.diff). (1) "P is where Y <verb>" and
"..., P, where Y <verb>." ending a sentence read "Y <verb> in / at / from / on P" where that (or
the bare "Y <verb>") is a known cue, turned round (constructions.where_frames); (2) a relation
phrased "connects" / "links (up with)" / "joins" reads all of them, "is connected / linked / joined
to / with", "runs / lies between", and "links A with B" / "joins A to B" as "links A and B"
(constructions.connected_pairs); (3) a declared adverb (officially, formally, first, originally,
initially, jointly) may be left out, in both voices; (4) a perfect passive "has been held at" also
reads "was held at" / "were held at" (not "is held at"), and circuits, speedways, racecourses,
velodromes are venues whose year is an opening; (5) style readings only on graphs whose items are
all buildings, and "building" a noun of every building type; (6) multi-word synonyms checked by
their verb only, the "is about" family dropped per verb, "dates (back) to" -> "goes back to".

Four graphs of my own:

* food: cheeses and wines (items: the year each is first recorded) and dishes (items: the year
  each was created); where each "is made in" (towns, cantons, regions) beside what it "is made
  from" (milks, grapes: the same verb with "from", so "where" can read it), the cave it "is aged
  in", the countries it "is sold in", the village it "was first sold in", the town or person it
  "is named after", the company that produces it; who created a dish ("was created by", whose bare
  passive "was created" is a cue too), the hotel or restaurant it "was first served at", the feast
  it "is eaten at"; a user;
* canals: canals, bridges, tunnels (items: the year each opened) and one lighthouse (the only
  building); what each "links" (the connecting relation: seas, gulfs, oceans, rivers, cities,
  boroughs, islands), the river or strait a bridge "crosses", what a tunnel "passes under", the
  cities and lakes a canal "passes through" (types shared with linked objects), its country, who
  "officially opened" it ("was officially opened by"), its designer, its present owner ("is owned
  by") beside its first ("was originally owned by"), its operator and builder; a user;
* racing: circuits, speedways, a racecourse and a velodrome (venues, not buildings), one stadium (a
  building) and races (items: the year first run); where each race "has been held at" (a perfect
  passive) and who "has sponsored" it ("has been sponsored by"), who "first won" it, the race a
  circuit "first hosted" (an active phrase with a declared adverb), where each venue lies, who
  designed or founded it; the team a driver "initially drove for" beside the one he "drives for";
  a user;
* heritage: palaces, museums, monuments (two statues, a carved mountain, a stone circle), a
  university, a mausoleum and a castle: every item of a building type, so a style is their
  "architecture" and "building" names each; styles, periods ("dates to"), the palace a palace "was
  modelled on", its first owner ("was originally owned by") beside its present one ("is owned by"),
  the person it "was acquired from", what a museum or palace "originally housed" and what a museum
  "displays", who "officially opened" it, the architect, the city, the person it "is dedicated to",
  the event that damaged or destroyed it; a user.

False texts only (one false statement each; arguable ones in OPEN), plus faithful controls."""

import os
import sys

if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items, others, rels, triples, users=(), aliases=None):
    aliases = aliases or {}
    ents = [E(k, kind="item", type=t, label=n, aliases=aliases.get(k, ()),
              attrs={"year": y} if y is not None else {})
            for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n, aliases=aliases.get(k, ())) for k, (t, n) in others.items()]
    ents += [E(k, kind="user", type="user", label=n) for k, n in users]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def food():
    """Cheeses and wines (items with years: the year each is first recorded) and dishes (items:
    the year each was created): where each "is made in" (towns, cantons, regions) beside what it
    "is made from" (milks, grapes: the same verb with "from"), the cave it "is aged in", the
    countries it "is sold in", the village it "was first sold in", whom or what it "is named
    after", the company that produces it; who created a dish, the hotel it "was first served at",
    the feast it "is eaten at"; a user."""
    PLACES = ("town", "canton", "city", "region", "county", "village")
    rels = [
        R("made_in", phrase="is made in", inverse_phrase="is the home of", domain=("cheese", "wine"), range=PLACES),
        R("made_from", phrase="is made from", inverse_phrase="goes into", domain=("cheese", "wine"),
          range=("milk", "grape")),
        R("aged_in", phrase="is aged in", inverse_phrase="ages", domain=("cheese",), range=("cave",)),
        R("sold_in", phrase="is sold in", inverse_phrase="imports", domain=("cheese", "wine"), range=("country",)),
        R("first_sold_in", phrase="was first sold in", inverse_phrase="was the first market of",
          domain=("cheese",), range=("village", "town")),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to",
          domain=("cheese", "wine", "dish"), range=(*PLACES, "person")),
        R("produced_by", phrase="is produced by", inverse_phrase="produces", domain=("cheese",), range=("company",)),
        R("created_by", phrase="was created by", inverse_phrase="created", domain=("dish",), range=("chef",)),
        R("first_served_at", phrase="was first served at", inverse_phrase="first served", domain=("dish",),
          range=("hotel", "restaurant")),
        R("eaten_at", phrase="is eaten at", inverse_phrase="is celebrated with", domain=("dish",),
          range=("holiday",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "ch:gruyere": ("cheese", "Gruyère", 1115), "ch:emmental": ("cheese", "Emmental", 1293),
        "ch:roquefort": ("cheese", "Roquefort", 1070), "ch:parmigiano": ("cheese", "Parmigiano Reggiano", 1200),
        "ch:comte": ("cheese", "Comté", 1250), "ch:stilton": ("cheese", "Stilton cheese", 1724),
        "ch:camembert": ("cheese", "Camembert", 1791), "ch:banon": ("cheese", "Banon", 1270),
        "wn:chianti": ("wine", "Chianti", 1398), "wn:tokaji": ("wine", "Tokaji", 1571),
        "wn:rioja": ("wine", "Rioja", 1850),
        "dh:melba": ("dish", "Peach Melba", 1893), "dh:caesar": ("dish", "Caesar salad", 1924),
        "dh:waldorf": ("dish", "Waldorf salad", 1896), "dh:suzette": ("dish", "Crêpe Suzette", 1895),
        "dh:stollen": ("dish", "Stollen", 1474), "dh:pancake": ("dish", "Shrove pancake", 1445),
    }
    others = {
        "p:gruyeres": ("town", "Gruyères"), "p:fribourg": ("canton", "Fribourg"), "p:bern": ("canton", "Bern"),
        "p:roquefort": ("town", "Roquefort-sur-Soulzon"), "p:parma": ("city", "Parma"),
        "p:reggio": ("city", "Reggio Emilia"), "p:jura": ("region", "Jura"), "p:normandy": ("region", "Normandy"),
        "p:leicestershire": ("county", "Leicestershire"), "p:derbyshire": ("county", "Derbyshire"),
        "p:stilton": ("village", "Stilton"), "p:provence": ("region", "Provence"), "p:tuscany": ("region", "Tuscany"),
        "p:tokaj": ("region", "Tokaj"), "p:larioja": ("region", "La Rioja"), "p:camembert": ("village", "Camembert village"),
        "p:banon": ("town", "Banon village"), "p:dresden": ("city", "Dresden"), "p:lucerne": ("canton", "Lucerne"),
        "c:france": ("country", "France"), "c:switzerland": ("country", "Switzerland"), "c:italy": ("country", "Italy"),
        "c:usa": ("country", "United States"), "c:japan": ("country", "Japan"), "c:germany": ("country", "Germany"),
        "c:uk": ("country", "United Kingdom"), "c:spain": ("country", "Spain"),
        "m:cow": ("milk", "cow's milk"), "m:sheep": ("milk", "sheep's milk"), "m:goat": ("milk", "goat's milk"),
        "g:sangiovese": ("grape", "Sangiovese"), "g:furmint": ("grape", "Furmint"), "g:tempranillo": ("grape", "Tempranillo"),
        "cv:combalou": ("cave", "Combalou caves"),
        "co:lactalis": ("company", "Lactalis"), "co:emmi": ("company", "Emmi"),
        "cf:escoffier": ("chef", "Auguste Escoffier"), "cf:cardini": ("chef", "Caesar Cardini"),
        "cf:tschirky": ("chef", "Oscar Tschirky"), "cf:charpentier": ("chef", "Henri Charpentier"),
        "h:savoy": ("hotel", "Savoy Hotel"), "h:caesars": ("restaurant", "Caesar's Restaurant"),
        "h:waldorf": ("hotel", "Waldorf-Astoria"), "h:cafedeparis": ("restaurant", "Café de Paris"),
        "ps:melba": ("person", "Nellie Melba"), "ps:reichenberg": ("person", "Suzanne Reichenberg"),
        "hd:christmas": ("holiday", "Christmas"), "hd:shrove": ("holiday", "Shrove Tuesday"),
        "hd:easter": ("holiday", "Easter"),
    }
    T = [
        ("ch:gruyere", "made_in", "p:gruyeres"), ("ch:gruyere", "made_in", "p:fribourg"),
        ("ch:emmental", "made_in", "p:bern"), ("ch:roquefort", "made_in", "p:roquefort"),
        ("ch:parmigiano", "made_in", "p:parma"), ("ch:parmigiano", "made_in", "p:reggio"),
        ("ch:comte", "made_in", "p:jura"), ("ch:stilton", "made_in", "p:leicestershire"),
        ("ch:stilton", "made_in", "p:derbyshire"), ("ch:camembert", "made_in", "p:normandy"),
        ("ch:banon", "made_in", "p:provence"), ("wn:chianti", "made_in", "p:tuscany"),
        ("wn:tokaji", "made_in", "p:tokaj"), ("wn:rioja", "made_in", "p:larioja"),
        ("ch:gruyere", "made_from", "m:cow"), ("ch:emmental", "made_from", "m:cow"),
        ("ch:roquefort", "made_from", "m:sheep"), ("ch:parmigiano", "made_from", "m:cow"),
        ("ch:comte", "made_from", "m:cow"), ("ch:stilton", "made_from", "m:cow"), ("ch:camembert", "made_from", "m:cow"),
        ("ch:banon", "made_from", "m:goat"), ("wn:chianti", "made_from", "g:sangiovese"),
        ("wn:tokaji", "made_from", "g:furmint"), ("wn:rioja", "made_from", "g:tempranillo"),
        ("ch:roquefort", "aged_in", "cv:combalou"),
        ("ch:gruyere", "sold_in", "c:france"), ("ch:gruyere", "sold_in", "c:usa"), ("ch:gruyere", "sold_in", "c:japan"),
        ("ch:roquefort", "sold_in", "c:uk"), ("ch:emmental", "sold_in", "c:germany"),
        ("ch:parmigiano", "sold_in", "c:usa"), ("wn:rioja", "sold_in", "c:uk"), ("wn:chianti", "sold_in", "c:germany"),
        ("ch:stilton", "first_sold_in", "p:stilton"),
        ("ch:roquefort", "named_after", "p:roquefort"), ("ch:gruyere", "named_after", "p:gruyeres"),
        ("ch:parmigiano", "named_after", "p:parma"), ("ch:stilton", "named_after", "p:stilton"),
        ("ch:camembert", "named_after", "p:camembert"), ("ch:banon", "named_after", "p:banon"),
        ("dh:melba", "named_after", "ps:melba"), ("dh:suzette", "named_after", "ps:reichenberg"),
        ("ch:roquefort", "produced_by", "co:lactalis"), ("ch:emmental", "produced_by", "co:emmi"),
        ("dh:melba", "created_by", "cf:escoffier"), ("dh:caesar", "created_by", "cf:cardini"),
        ("dh:waldorf", "created_by", "cf:tschirky"), ("dh:suzette", "created_by", "cf:charpentier"),
        ("dh:melba", "first_served_at", "h:savoy"), ("dh:caesar", "first_served_at", "h:caesars"),
        ("dh:waldorf", "first_served_at", "h:waldorf"), ("dh:suzette", "first_served_at", "h:cafedeparis"),
        ("dh:stollen", "eaten_at", "hd:christmas"), ("dh:pancake", "eaten_at", "hd:shrove"),
        ("user:ana", "rated", "ch:gruyere", {"rating": 5.0}), ("user:ana", "rated", "ch:roquefort", {"rating": 4.5}),
        ("user:ana", "rated", "wn:chianti", {"rating": 4.0}), ("user:ana", "rated", "ch:stilton", {"rating": 2.0}),
        ("user:ana", "rated", "dh:melba", {"rating": 5.0}), ("user:ana", "rated", "dh:stollen", {"rating": 1.5}),
    ]
    aliases = {"ch:parmigiano": ("Parmesan",), "cf:escoffier": ("Escoffier",)}
    return _build(items, others, rels, T, users=[("user:ana", "Ana")], aliases=aliases)


def canals():
    """Canals, bridges and tunnels (items with years: the year each opened) and one lighthouse
    (a building, the graph's only one): what each "links" (a connecting relation: seas, gulfs,
    rivers, cities, islands, boroughs), the river or strait a bridge "crosses", what a tunnel
    "passes under", what a canal "passes through" (cities and lakes: the same types as some
    linked ones), the country it "is located in", who "officially opened" it ("was officially
    opened by"), who designed it, its present owner ("is owned by") and its first one ("was
    originally owned by"), its operator; a user."""
    rels = [
        R("links", phrase="links", inverse_phrase="is linked by", domain=("canal", "bridge", "tunnel"),
          range=("sea", "gulf", "ocean", "river", "city", "island", "borough", "county")),
        R("crosses", phrase="crosses", inverse_phrase="is crossed by", domain=("bridge",), range=("river", "strait")),
        R("passes_under", phrase="passes under", inverse_phrase="is tunnelled by", domain=("tunnel",),
          range=("strait", "mountain")),
        R("passes_through", phrase="passes through", inverse_phrase="is traversed by", domain=("canal",),
          range=("city", "lake")),
        R("located_in", phrase="is located in", inverse_phrase="is home to", range=("country",)),
        R("opened_by", phrase="was officially opened by", inverse_phrase="officially opened", range=("person",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", range=("engineer",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", range=("owner",)),
        R("first_owner", phrase="was originally owned by", inverse_phrase="originally owned", range=("owner",)),
        R("operated_by", phrase="is operated by", inverse_phrase="operates", range=("operator",)),
        R("built_by", phrase="was built by", inverse_phrase="built", range=("builder",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "cn:kiel": ("canal", "Kiel Canal", 1895), "cn:suez": ("canal", "Suez Canal", 1869),
        "cn:panama": ("canal", "Panama Canal", 1914), "cn:corinth": ("canal", "Corinth Canal", 1893),
        "cn:maindanube": ("canal", "Main-Danube Canal", 1992), "cn:caledonian": ("canal", "Caledonian Canal", 1822),
        "br:oresund": ("bridge", "Øresund Bridge", 2000), "br:goldengate": ("bridge", "Golden Gate Bridge", 1937),
        "br:tower": ("bridge", "Tower Bridge", 1894), "br:brooklyn": ("bridge", "Brooklyn Bridge", 1883),
        "tu:channel": ("tunnel", "Channel Tunnel", 1994), "tu:gotthard": ("tunnel", "Gotthard Base Tunnel", 2016),
        "tu:seikan": ("tunnel", "Seikan Tunnel", 1988),
        "lh:bellrock": ("lighthouse", "Bell Rock Lighthouse", 1810),
    }
    others = {
        "s:north": ("sea", "North Sea"), "s:baltic": ("sea", "Baltic Sea"), "s:med": ("sea", "Mediterranean Sea"),
        "s:red": ("sea", "Red Sea"), "s:atlantic": ("ocean", "Atlantic Ocean"), "s:pacific": ("ocean", "Pacific Ocean"),
        "s:corinth": ("gulf", "Gulf of Corinth"), "s:saronic": ("gulf", "Saronic Gulf"),
        "s:black": ("sea", "Black Sea"),
        "r:main": ("river", "Main"), "r:danube": ("river", "Danube"), "r:thames": ("river", "Thames"),
        "r:east": ("river", "East River"), "r:elbe": ("river", "Elbe"), "r:rhine": ("river", "Rhine"),
        "y:inverness": ("city", "Inverness"), "y:fortwilliam": ("city", "Fort William"),
        "y:copenhagen": ("city", "Copenhagen"), "y:malmo": ("city", "Malmö"), "y:sanfrancisco": ("city", "San Francisco"),
        "y:marin": ("county", "Marin County"), "y:manhattan": ("borough", "Manhattan"), "y:brooklyn": ("borough", "Brooklyn"),
        "y:folkestone": ("city", "Folkestone"), "y:coquelles": ("city", "Coquelles"), "y:erstfeld": ("city", "Erstfeld"),
        "y:bodio": ("city", "Bodio"), "y:rendsburg": ("city", "Rendsburg"), "y:ismailia": ("city", "Ismailia"),
        "y:kiel": ("city", "Kiel"), "y:london": ("city", "London"), "y:southwark": ("borough", "Southwark"),
        "y:portsaid": ("city", "Port Said"), "y:suez": ("city", "Suez"),
        "i:honshu": ("island", "Honshu"), "i:hokkaido": ("island", "Hokkaido"),
        "l:gatun": ("lake", "Gatun Lake"), "l:ness": ("lake", "Loch Ness"),
        "st:oresund": ("strait", "Øresund"), "st:goldengate": ("strait", "Golden Gate strait"),
        "st:channel": ("strait", "English Channel"), "st:tsugaru": ("strait", "Tsugaru Strait"),
        "mt:gotthard": ("mountain", "Gotthard Massif"),
        "k:germany": ("country", "Germany"), "k:egypt": ("country", "Egypt"), "k:panama": ("country", "Panama"),
        "k:greece": ("country", "Greece"), "k:scotland": ("country", "Scotland"), "k:denmark": ("country", "Denmark"),
        "k:sweden": ("country", "Sweden"), "k:usa": ("country", "United States"), "k:uk": ("country", "United Kingdom"),
        "k:france": ("country", "France"), "k:switzerland": ("country", "Switzerland"), "k:japan": ("country", "Japan"),
        "ps:wilhelm": ("person", "Wilhelm II"), "ps:eugenie": ("person", "Empress Eugénie"),
        "ps:elizabeth": ("person", "Elizabeth II"), "ps:mitterrand": ("person", "François Mitterrand"),
        "ps:margrethe": ("person", "Margrethe II"), "ps:edward": ("person", "Edward VII"),
        "ps:kohl": ("person", "Helmut Kohl"), "ps:george": ("person", "George I of Greece"),
        "en:lesseps": ("engineer", "Ferdinand de Lesseps"), "en:telford": ("engineer", "Thomas Telford"),
        "en:strauss": ("engineer", "Joseph Strauss"), "en:roebling": ("engineer", "John A. Roebling"),
        "en:jones": ("engineer", "Horace Jones"), "en:stevenson": ("engineer", "Robert Stevenson"),
        "en:goethals": ("engineer", "George Washington Goethals"),
        "o:sca": ("owner", "Suez Canal Authority"), "o:suezco": ("owner", "Suez Canal Company"),
        "o:pca": ("owner", "Panama Canal Authority"), "o:usgov": ("owner", "United States government"),
        "o:cbf": ("owner", "City Bridge Foundation"), "o:getlink": ("owner", "Getlink"),
        "o:nlb": ("owner", "Northern Lighthouse Board"), "o:wsv": ("owner", "German Waterways Administration"),
        "op:oresundsbron": ("operator", "Øresundsbron"), "op:sbb": ("operator", "SBB"),
        "op:jr": ("operator", "JR Hokkaido"), "op:ggbd": ("operator", "Golden Gate Bridge District"),
        "bl:tml": ("builder", "TransManche Link"), "bl:sundlink": ("builder", "Sundlink Contractors"),
        "bl:bilfinger": ("builder", "Bilfinger Berger"),
    }
    T = [
        ("cn:kiel", "links", "s:north"), ("cn:kiel", "links", "s:baltic"),
        ("cn:suez", "links", "s:med"), ("cn:suez", "links", "s:red"),
        ("cn:panama", "links", "s:atlantic"), ("cn:panama", "links", "s:pacific"),
        ("cn:corinth", "links", "s:corinth"), ("cn:corinth", "links", "s:saronic"),
        ("cn:maindanube", "links", "r:main"), ("cn:maindanube", "links", "r:danube"),
        ("cn:caledonian", "links", "y:inverness"), ("cn:caledonian", "links", "y:fortwilliam"),
        ("br:oresund", "links", "y:copenhagen"), ("br:oresund", "links", "y:malmo"),
        ("br:goldengate", "links", "y:sanfrancisco"), ("br:goldengate", "links", "y:marin"),
        ("br:brooklyn", "links", "y:manhattan"), ("br:brooklyn", "links", "y:brooklyn"),
        ("tu:channel", "links", "y:folkestone"), ("tu:channel", "links", "y:coquelles"),
        ("tu:gotthard", "links", "y:erstfeld"), ("tu:gotthard", "links", "y:bodio"),
        ("tu:seikan", "links", "i:honshu"), ("tu:seikan", "links", "i:hokkaido"),
        ("br:oresund", "crosses", "st:oresund"), ("br:goldengate", "crosses", "st:goldengate"),
        ("br:tower", "crosses", "r:thames"), ("br:brooklyn", "crosses", "r:east"),
        ("tu:channel", "passes_under", "st:channel"), ("tu:seikan", "passes_under", "st:tsugaru"),
        ("tu:gotthard", "passes_under", "mt:gotthard"),
        ("cn:kiel", "passes_through", "y:rendsburg"), ("cn:suez", "passes_through", "y:ismailia"),
        ("cn:panama", "passes_through", "l:gatun"), ("cn:caledonian", "passes_through", "l:ness"),
        ("cn:kiel", "located_in", "k:germany"), ("cn:suez", "located_in", "k:egypt"),
        ("cn:panama", "located_in", "k:panama"), ("cn:corinth", "located_in", "k:greece"),
        ("cn:maindanube", "located_in", "k:germany"), ("cn:caledonian", "located_in", "k:scotland"),
        ("br:oresund", "located_in", "k:denmark"), ("br:oresund", "located_in", "k:sweden"),
        ("br:goldengate", "located_in", "k:usa"), ("br:tower", "located_in", "k:uk"),
        ("br:brooklyn", "located_in", "k:usa"), ("tu:channel", "located_in", "k:uk"),
        ("tu:channel", "located_in", "k:france"), ("tu:gotthard", "located_in", "k:switzerland"),
        ("tu:seikan", "located_in", "k:japan"), ("lh:bellrock", "located_in", "k:scotland"),
        ("cn:kiel", "opened_by", "ps:wilhelm"), ("cn:suez", "opened_by", "ps:eugenie"),
        ("tu:channel", "opened_by", "ps:elizabeth"), ("tu:channel", "opened_by", "ps:mitterrand"),
        ("br:oresund", "opened_by", "ps:margrethe"), ("br:tower", "opened_by", "ps:edward"),
        ("cn:maindanube", "opened_by", "ps:kohl"), ("cn:corinth", "opened_by", "ps:george"),
        ("cn:suez", "designed_by", "en:lesseps"), ("cn:caledonian", "designed_by", "en:telford"),
        ("br:goldengate", "designed_by", "en:strauss"), ("br:brooklyn", "designed_by", "en:roebling"),
        ("br:tower", "designed_by", "en:jones"), ("lh:bellrock", "designed_by", "en:stevenson"),
        ("cn:panama", "designed_by", "en:goethals"),
        ("cn:suez", "owned_by", "o:sca"), ("cn:suez", "first_owner", "o:suezco"),
        ("cn:panama", "owned_by", "o:pca"), ("cn:panama", "first_owner", "o:usgov"),
        ("br:tower", "owned_by", "o:cbf"), ("tu:channel", "owned_by", "o:getlink"),
        ("lh:bellrock", "owned_by", "o:nlb"), ("cn:kiel", "owned_by", "o:wsv"),
        ("br:oresund", "operated_by", "op:oresundsbron"), ("tu:gotthard", "operated_by", "op:sbb"),
        ("tu:seikan", "operated_by", "op:jr"), ("br:goldengate", "operated_by", "op:ggbd"),
        ("tu:channel", "built_by", "bl:tml"), ("br:oresund", "built_by", "bl:sundlink"),
        ("cn:maindanube", "built_by", "bl:bilfinger"),
        ("user:max", "rated", "cn:kiel", {"rating": 5.0}), ("user:max", "rated", "br:oresund", {"rating": 4.5}),
        ("user:max", "rated", "tu:channel", {"rating": 4.0}), ("user:max", "rated", "cn:suez", {"rating": 2.0}),
        ("user:max", "rated", "br:tower", {"rating": 1.5}), ("user:max", "rated", "lh:bellrock", {"rating": 5.0}),
    ]
    aliases = {"cn:kiel": ("Kiel Ship Canal",), "tu:channel": ("Eurotunnel",)}
    return _build(items, others, rels, T, users=[("user:max", "Max")], aliases=aliases)


def racing():
    """Motor-racing circuits, a speedway, a racecourse and a velodrome (venues, not buildings:
    items with years, the year each opened) beside races (items: the year first run) and one
    stadium (a building): where each race "has been held at" (a perfect passive: "was held at"),
    who "first won" it ("was first won by"), where each venue "is located in", who designed or
    founded it; a user."""
    rels = [
        R("held_at", phrase="has been held at", inverse_phrase="has hosted", domain=("race",),
          range=("circuit", "speedway", "racecourse", "velodrome", "stadium")),
        R("first_won_by", phrase="was first won by", inverse_phrase="first won", domain=("race",),
          range=("driver", "jockey", "cyclist")),
        R("located_in", phrase="is located in", inverse_phrase="is home to",
          domain=("circuit", "speedway", "racecourse", "velodrome", "stadium"), range=("town", "city", "county")),
        R("designed_by", phrase="was designed by", inverse_phrase="designed",
          domain=("circuit", "speedway", "stadium"), range=("designer",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("speedway", "circuit"),
          range=("founder",)),
        R("sponsored_by", phrase="has been sponsored by", inverse_phrase="has sponsored", domain=("race",),
          range=("company",)),
        R("first_team", phrase="initially drove for", inverse_phrase="was the first team of", domain=("driver",),
          range=("team",)),
        R("first_race", phrase="first hosted", inverse_phrase="was the first race of",
          domain=("circuit", "speedway"), range=("race",)),
        R("team", phrase="drives for", inverse_phrase="fields", domain=("driver",), range=("team",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "c:silverstone": ("circuit", "Silverstone Circuit", 1948), "c:monza": ("circuit", "Monza Circuit", 1922),
        "c:monaco": ("circuit", "Circuit de Monaco", 1929), "c:brands": ("circuit", "Brands Hatch", 1926),
        "c:aintree": ("circuit", "Aintree Motor Racing Circuit", 1954), "c:suzuka": ("circuit", "Suzuka Circuit", 1962),
        "c:spa": ("circuit", "Circuit de Spa-Francorchamps", 1921), "c:imola": ("circuit", "Imola Circuit", 1953),
        "c:fuji": ("speedway", "Fuji Speedway", 1965), "c:ims": ("speedway", "Indianapolis Motor Speedway", 1909),
        "c:racecourse": ("racecourse", "Aintree Racecourse", 1829), "c:vigorelli": ("velodrome", "Vigorelli Velodrome", 1935),
        "c:wembley": ("stadium", "Wembley Stadium", 2007),
        "r:british": ("race", "British Grand Prix", 1950), "r:italian": ("race", "Italian Grand Prix", 1921),
        "r:monaco": ("race", "Monaco Grand Prix", 1929), "r:indy": ("race", "Indianapolis 500", 1911),
        "r:japanese": ("race", "Japanese Grand Prix", 1976), "r:belgian": ("race", "Belgian Grand Prix", 1925),
        "r:national": ("race", "Grand National", 1839), "r:lombardia": ("race", "Giro di Lombardia", 1905),
        "r:race_of_champions": ("race", "Race of Champions", 1988),
    }
    others = {
        "d:farina": ("driver", "Giuseppe Farina"), "d:goux": ("driver", "Jules Goux"),
        "d:grover": ("driver", "William Grover-Williams"), "d:harroun": ("driver", "Ray Harroun"),
        "d:andretti": ("driver", "Mario Andretti"), "d:ascari": ("driver", "Antonio Ascari"),
        "d:hamilton": ("driver", "Lewis Hamilton"), "d:kristensen": ("driver", "Tom Kristensen"),
        "j:mason": ("jockey", "Jem Mason"), "cy:faber": ("cyclist", "Giovanni Gerbi"),
        "y:towcester": ("town", "Towcester"), "y:monza": ("city", "Monza"), "y:montecarlo": ("city", "Monte Carlo"),
        "y:kent": ("county", "Kent"), "y:liverpool": ("city", "Liverpool"), "y:suzuka": ("city", "Suzuka"),
        "y:stavelot": ("town", "Stavelot"), "y:imola": ("city", "Imola"), "y:oyama": ("town", "Oyama"),
        "y:indianapolis": ("city", "Indianapolis"), "y:milan": ("city", "Milan"), "y:london": ("city", "London"),
        "y:northants": ("county", "Northamptonshire"),
        "de:hugenholtz": ("designer", "John Hugenholtz"), "de:foster": ("designer", "Foster and Partners"),
        "de:tilke": ("designer", "Hermann Tilke"),
        "f:fisher": ("founder", "Carl G. Fisher"), "f:mitsubishi": ("founder", "Mitsubishi Estate"),
        "co:pirelli": ("company", "Pirelli"), "co:qatar": ("company", "Qatar Airways"), "co:rolex": ("company", "Rolex"),
        "co:heineken": ("company", "Heineken"), "co:randox": ("company", "Randox"),
        "tm:mclaren": ("team", "McLaren"), "tm:ferrari": ("team", "Ferrari"), "tm:mercedes": ("team", "Mercedes"),
        "tm:alfa": ("team", "Alfa Romeo"), "tm:lotus": ("team", "Lotus"),
    }
    T = [
        ("r:british", "held_at", "c:silverstone"), ("r:british", "held_at", "c:brands"),
        ("r:british", "held_at", "c:aintree"), ("r:italian", "held_at", "c:monza"), ("r:italian", "held_at", "c:imola"),
        ("r:monaco", "held_at", "c:monaco"), ("r:indy", "held_at", "c:ims"),
        ("r:japanese", "held_at", "c:suzuka"), ("r:japanese", "held_at", "c:fuji"),
        ("r:belgian", "held_at", "c:spa"), ("r:national", "held_at", "c:racecourse"),
        ("r:lombardia", "held_at", "c:vigorelli"), ("r:race_of_champions", "held_at", "c:wembley"),
        ("r:british", "first_won_by", "d:farina"), ("r:italian", "first_won_by", "d:goux"),
        ("r:monaco", "first_won_by", "d:grover"), ("r:indy", "first_won_by", "d:harroun"),
        ("r:japanese", "first_won_by", "d:andretti"), ("r:belgian", "first_won_by", "d:ascari"),
        ("r:national", "first_won_by", "j:mason"), ("r:lombardia", "first_won_by", "cy:faber"),
        ("c:silverstone", "located_in", "y:northants"), ("c:monza", "located_in", "y:monza"),
        ("c:monaco", "located_in", "y:montecarlo"), ("c:brands", "located_in", "y:kent"),
        ("c:aintree", "located_in", "y:liverpool"), ("c:suzuka", "located_in", "y:suzuka"),
        ("c:spa", "located_in", "y:stavelot"), ("c:imola", "located_in", "y:imola"), ("c:fuji", "located_in", "y:oyama"),
        ("c:ims", "located_in", "y:indianapolis"), ("c:racecourse", "located_in", "y:liverpool"),
        ("c:vigorelli", "located_in", "y:milan"), ("c:wembley", "located_in", "y:london"),
        ("c:suzuka", "designed_by", "de:hugenholtz"), ("c:wembley", "designed_by", "de:foster"),
        ("c:fuji", "designed_by", "de:tilke"),
        ("c:ims", "founded_by", "f:fisher"), ("c:fuji", "founded_by", "f:mitsubishi"),
        ("r:british", "sponsored_by", "co:pirelli"), ("r:british", "sponsored_by", "co:qatar"),
        ("r:italian", "sponsored_by", "co:heineken"), ("r:national", "sponsored_by", "co:randox"),
        ("c:fuji", "first_race", "r:japanese"), ("c:monza", "first_race", "r:italian"),
        ("c:aintree", "first_race", "r:british"),
        ("d:hamilton", "first_team", "tm:mclaren"), ("d:hamilton", "team", "tm:ferrari"),
        ("d:andretti", "first_team", "tm:lotus"), ("d:farina", "first_team", "tm:alfa"),
        ("user:leo", "rated", "c:silverstone", {"rating": 5.0}), ("user:leo", "rated", "r:british", {"rating": 4.5}),
        ("user:leo", "rated", "c:monza", {"rating": 4.0}), ("user:leo", "rated", "r:indy", {"rating": 2.0}),
        ("user:leo", "rated", "c:wembley", {"rating": 1.5}), ("user:leo", "rated", "r:monaco", {"rating": 5.0}),
    ]
    aliases = {"c:monza": ("Autodromo Nazionale Monza",), "c:spa": ("Spa-Francorchamps",),
               "r:indy": ("Indy 500",), "c:ims": ("the Brickyard",)}
    return _build(items, others, rels, T, users=[("user:leo", "Leo")], aliases=aliases)


def heritage():
    """Palaces, museums, monuments (statues, a carved mountain, a stone circle), a university, a
    mausoleum and a castle: every item of a building type, so a style is their "architecture" and
    "building" names each (items with years: built or founded). Styles ("is an example of"), the
    period each "dates to", the palace a palace "was modelled on", its first owner ("was
    originally owned by") and its present one ("is owned by"), whom a palace "was acquired from",
    what a museum "originally housed" and what it "displays", who "officially opened" it, the
    architect ("was designed by"), the city, the person a monument "is dedicated to", the event
    that damaged or destroyed it; a user."""
    B = ("palace", "museum", "monument", "university", "mausoleum", "castle")
    rels = [
        R("style", phrase="is an example of", inverse_phrase="is the style of", domain=B, range=("style",)),
        R("dates_to", phrase="dates to", inverse_phrase="saw the building of", domain=B, range=("period",)),
        R("modelled_on", phrase="was modelled on", inverse_phrase="inspired", domain=("palace",), range=("palace",)),
        R("first_owner", phrase="was originally owned by", inverse_phrase="originally owned", domain=B,
          range=("person", "owner")),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=B, range=("owner",)),
        R("acquired_from", phrase="was acquired from", inverse_phrase="sold", domain=("palace",), range=("person",)),
        R("housed", phrase="originally housed", inverse_phrase="was originally kept at", domain=("museum", "palace"),
          range=("institution",)),
        R("displays", phrase="displays", inverse_phrase="is displayed at", domain=("museum",), range=("artwork",)),
        R("opened_by", phrase="was officially opened by", inverse_phrase="officially opened", domain=B,
          range=("person",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=B, range=("architect",)),
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=B, range=("city",)),
        R("dedicated_to", phrase="is dedicated to", inverse_phrase="is honoured by", domain=B, range=("person",)),
        R("damaged_by", phrase="was damaged by", inverse_phrase="damaged", domain=B, range=("event",)),
        R("destroyed_by", phrase="was destroyed by", inverse_phrase="destroyed", domain=B, range=("event",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "pl:hampton": ("palace", "Hampton Court Palace", 1515), "pl:versailles": ("palace", "Palace of Versailles", 1661),
        "pl:schonbrunn": ("palace", "Schönbrunn Palace", 1696), "pl:caserta": ("palace", "Royal Palace of Caserta", 1752),
        "pl:tuileries": ("palace", "Tuileries Palace", 1564),
        "mu:british": ("museum", "British Museum", 1753), "mu:louvre": ("museum", "Louvre", 1793),
        "mu:vangogh": ("museum", "Van Gogh Museum", 1973), "mu:orsay": ("museum", "Musée d'Orsay", 1986),
        "mn:liberty": ("monument", "Statue of Liberty", 1886), "mn:rushmore": ("monument", "Mount Rushmore", 1941),
        "mn:redeemer": ("monument", "Christ the Redeemer", 1931), "mn:stonehenge": ("monument", "Stonehenge", None),
        "un:oxford": ("university", "University of Oxford", 1096),
        "ma:taj": ("mausoleum", "Taj Mahal", 1653), "cs:windsor": ("castle", "Windsor Castle", 1070),
    }
    others = {
        "sy:tudor": ("style", "Tudor"), "sy:baroque": ("style", "Baroque"), "sy:rococo": ("style", "Rococo"),
        "sy:renaissance": ("style", "Renaissance"), "sy:beaux": ("style", "Beaux-Arts"),
        "sy:neoclassical": ("style", "Neoclassical"), "sy:artdeco": ("style", "Art Deco"), "sy:mughal": ("style", "Mughal"),
        "sy:gothic": ("style", "Gothic"), "sy:greek": ("style", "Greek Revival"), "sy:modernist": ("style", "Modernist"),
        "pd:tudor": ("period", "Tudor period"), "pd:baroque": ("period", "Baroque period"),
        "pd:middle": ("period", "Middle Ages"), "pd:mughal": ("period", "Mughal era"), "pd:neolithic": ("period", "Neolithic"),
        "pd:georgian": ("period", "Georgian era"),
        "ps:wolsey": ("person", "Thomas Wolsey"), "ps:juliana": ("person", "Queen Juliana"),
        "ps:mitterrand": ("person", "François Mitterrand"), "ps:mumtaz": ("person", "Mumtaz Mahal"),
        "ps:vangogh": ("person", "Vincent van Gogh"), "ps:cleveland": ("person", "Grover Cleveland"),
        "ps:louis13": ("person", "Louis XIII"), "ps:william": ("person", "William the Conqueror"),
        "ps:jesus": ("person", "Jesus"), "ps:coolidge": ("person", "Calvin Coolidge"),
        "o:crown": ("owner", "Crown Estate"), "o:french": ("owner", "French State"),
        "o:austria": ("owner", "Republic of Austria"), "o:nps": ("owner", "National Park Service"),
        "o:italy": ("owner", "Italian State"), "o:archdiocese": ("owner", "Archdiocese of Rio de Janeiro"),
        "o:bourbons": ("owner", "House of Bourbon"),
        "cl:library": ("institution", "British Library"), "cl:academie": ("institution", "Académie française"),
        "cl:court": ("institution", "French royal court"),
        "aw:rosetta": ("artwork", "Rosetta Stone"), "aw:mona": ("artwork", "Mona Lisa"),
        "aw:sunflowers": ("artwork", "Sunflowers"), "aw:olympia": ("artwork", "Olympia"),
        "aw:parthenon": ("artwork", "Parthenon Marbles"),
        "ar:levau": ("architect", "Louis Le Vau"), "ar:fischer": ("architect", "Johann Bernhard Fischer von Erlach"),
        "ar:vanvitelli": ("architect", "Luigi Vanvitelli"), "ar:smirke": ("architect", "Robert Smirke"),
        "ar:rietveld": ("architect", "Gerrit Rietveld"), "ar:laloux": ("architect", "Victor Laloux"),
        "ar:bartholdi": ("architect", "Frédéric Auguste Bartholdi"), "ar:borglum": ("architect", "Gutzon Borglum"),
        "ar:landowski": ("architect", "Paul Landowski"), "ar:lahauri": ("architect", "Ustad Ahmad Lahauri"),
        "ar:delorme": ("architect", "Philibert de l'Orme"),
        "y:london": ("city", "London"), "y:versailles": ("city", "Versailles"), "y:vienna": ("city", "Vienna"),
        "y:caserta": ("city", "Caserta"), "y:paris": ("city", "Paris"), "y:amsterdam": ("city", "Amsterdam"),
        "y:newyork": ("city", "New York"), "y:keystone": ("city", "Keystone"), "y:rio": ("city", "Rio de Janeiro"),
        "y:amesbury": ("city", "Amesbury"), "y:oxford": ("city", "Oxford"), "y:agra": ("city", "Agra"),
        "y:windsor": ("city", "Windsor"), "y:molesey": ("city", "East Molesey"),
        "ev:windsorfire": ("event", "1992 Windsor Castle fire"), "ev:hamptonfire": ("event", "1986 Hampton Court fire"),
        "ev:commune": ("event", "Paris Commune"),
    }
    T = [
        ("pl:hampton", "style", "sy:tudor"), ("pl:hampton", "style", "sy:baroque"), ("pl:versailles", "style", "sy:baroque"),
        ("pl:schonbrunn", "style", "sy:rococo"), ("pl:caserta", "style", "sy:baroque"),
        ("pl:tuileries", "style", "sy:renaissance"), ("mu:british", "style", "sy:greek"),
        ("mu:louvre", "style", "sy:renaissance"), ("mu:vangogh", "style", "sy:modernist"), ("mu:orsay", "style", "sy:beaux"),
        ("mn:liberty", "style", "sy:neoclassical"), ("mn:redeemer", "style", "sy:artdeco"),
        ("ma:taj", "style", "sy:mughal"), ("cs:windsor", "style", "sy:gothic"),
        ("pl:hampton", "dates_to", "pd:tudor"), ("pl:versailles", "dates_to", "pd:baroque"),
        ("pl:caserta", "dates_to", "pd:baroque"), ("ma:taj", "dates_to", "pd:mughal"),
        ("cs:windsor", "dates_to", "pd:middle"), ("mn:stonehenge", "dates_to", "pd:neolithic"),
        ("mu:british", "dates_to", "pd:georgian"), ("un:oxford", "dates_to", "pd:middle"),
        ("pl:schonbrunn", "modelled_on", "pl:versailles"), ("pl:caserta", "modelled_on", "pl:versailles"),
        ("pl:hampton", "first_owner", "ps:wolsey"), ("pl:versailles", "first_owner", "ps:louis13"),
        ("pl:caserta", "first_owner", "o:bourbons"),
        ("pl:hampton", "owned_by", "o:crown"), ("cs:windsor", "owned_by", "o:crown"),
        ("pl:versailles", "owned_by", "o:french"), ("pl:schonbrunn", "owned_by", "o:austria"),
        ("mn:liberty", "owned_by", "o:nps"), ("mn:rushmore", "owned_by", "o:nps"),
        ("pl:caserta", "owned_by", "o:italy"), ("mn:redeemer", "owned_by", "o:archdiocese"),
        ("pl:hampton", "acquired_from", "ps:wolsey"),
        ("mu:british", "housed", "cl:library"), ("mu:louvre", "housed", "cl:academie"),
        ("pl:versailles", "housed", "cl:court"),
        ("mu:british", "displays", "aw:rosetta"), ("mu:british", "displays", "aw:parthenon"),
        ("mu:louvre", "displays", "aw:mona"), ("mu:vangogh", "displays", "aw:sunflowers"),
        ("mu:orsay", "displays", "aw:olympia"),
        ("mu:vangogh", "opened_by", "ps:juliana"), ("mu:orsay", "opened_by", "ps:mitterrand"),
        ("mn:liberty", "opened_by", "ps:cleveland"), ("mn:rushmore", "opened_by", "ps:coolidge"),
        ("pl:versailles", "designed_by", "ar:levau"), ("pl:schonbrunn", "designed_by", "ar:fischer"),
        ("pl:caserta", "designed_by", "ar:vanvitelli"), ("mu:british", "designed_by", "ar:smirke"),
        ("mu:vangogh", "designed_by", "ar:rietveld"), ("mu:orsay", "designed_by", "ar:laloux"),
        ("mn:liberty", "designed_by", "ar:bartholdi"), ("mn:rushmore", "designed_by", "ar:borglum"),
        ("mn:redeemer", "designed_by", "ar:landowski"), ("ma:taj", "designed_by", "ar:lahauri"),
        ("pl:tuileries", "designed_by", "ar:delorme"),
        ("pl:hampton", "located_in", "y:molesey"), ("pl:versailles", "located_in", "y:versailles"),
        ("pl:schonbrunn", "located_in", "y:vienna"), ("pl:caserta", "located_in", "y:caserta"),
        ("pl:tuileries", "located_in", "y:paris"), ("mu:british", "located_in", "y:london"),
        ("mu:louvre", "located_in", "y:paris"), ("mu:vangogh", "located_in", "y:amsterdam"),
        ("mu:orsay", "located_in", "y:paris"), ("mn:liberty", "located_in", "y:newyork"),
        ("mn:rushmore", "located_in", "y:keystone"), ("mn:redeemer", "located_in", "y:rio"),
        ("mn:stonehenge", "located_in", "y:amesbury"), ("un:oxford", "located_in", "y:oxford"),
        ("ma:taj", "located_in", "y:agra"), ("cs:windsor", "located_in", "y:windsor"),
        ("ma:taj", "dedicated_to", "ps:mumtaz"), ("mu:vangogh", "dedicated_to", "ps:vangogh"),
        ("mn:redeemer", "dedicated_to", "ps:jesus"),
        ("cs:windsor", "damaged_by", "ev:windsorfire"), ("pl:hampton", "damaged_by", "ev:hamptonfire"),
        ("pl:tuileries", "destroyed_by", "ev:commune"),
        ("user:zoe", "rated", "pl:versailles", {"rating": 5.0}), ("user:zoe", "rated", "mu:british", {"rating": 4.5}),
        ("user:zoe", "rated", "mn:liberty", {"rating": 4.0}), ("user:zoe", "rated", "mn:rushmore", {"rating": 2.0}),
        ("user:zoe", "rated", "ma:taj", {"rating": 5.0}), ("user:zoe", "rated", "un:oxford", {"rating": 1.0}),
    ]
    aliases = {"mu:louvre": ("Louvre Museum",), "pl:caserta": ("Caserta Palace",), "ps:wolsey": ("Cardinal Wolsey",)}
    return _build(items, others, rels, T, users=[("user:zoe", "Zoe")], aliases=aliases)


BUILDERS = {"food": food, "canals": canals, "racing": racing, "heritage": heritage}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@food
# (1) "P is where Y <verb>" read "Y <verb> from P": P a milk or a grape (what the cheese or the
# wine "is made from"), not a place where it is made
Cow's milk is where Gruyère is made.
Sheep's milk is where Roquefort is made.
Goat's milk is where Banon is made.
Sangiovese is where Chianti is made.
Furmint is where Tokaji is made.
Tempranillo was where Rioja is made.
Gruyère is made from cow's milk, where Emmental is made.
Chianti is made from Sangiovese, where Chianti is made.
# (1) P the agent of a passive "by" relation (the bare passive "was created" is a cue of
# "was created by"): a chef is not where a dish was created
Auguste Escoffier is where Peach Melba was created.
Auguste Escoffier was where Peach Melba was created.
Caesar Cardini is where Caesar salad was created.
Oscar Tschirky is where Waldorf salad was created.
Henri Charpentier is where Crêpe Suzette was created.
# (1) where-frames that must stay rejected: the wrong place, a place of another relation (sold
# in, first sold in, aged in, named after), negations, modals, adverbs, years, a clause after,
# a restricted or negated subject
Bern is where Gruyère is made.
Japan is where Gruyère is made.
The United Kingdom is where Roquefort is made.
Stilton is where Stilton cheese is made.
The Combalou caves is where Roquefort is made.
Leicestershire is where Stilton cheese was first sold.
The Savoy Hotel is where Caesar salad was first served.
Christmas is where the Shrove pancake is eaten.
Fribourg is where Gruyère is not made.
Fribourg is where Gruyère is never made.
Fribourg is where Gruyère might have been made.
Fribourg is where Gruyère could have been made.
Fribourg is where Gruyère is no longer made.
Fribourg is where Gruyère used to be made.
Fribourg is where Gruyère is rarely made.
Fribourg is where Gruyère was last made.
Gruyères is where Gruyère was first made in 1300.
In 1300, Gruyères was where Gruyère was made.
Fribourg is where Gruyère is made, not Gruyères.
Only Parma is where Parmigiano Reggiano is made.
Neither Fribourg nor Bern is where Emmental is made.
Lucerne rather than Bern is where Emmental is made.
The canton next to Bern is where Emmental is made.
North of Bern is where Emmental is made.
Outside Bern is where Emmental is made.
Anywhere except Bern is where Emmental is made.
Everywhere but Fribourg is where Gruyère is made.
Nowhere near Bern is where Emmental is made.
Fribourg is where Gruyère is made from sheep's milk.
Tokaj is where Tokaji is made from Sangiovese.
Furmint is where Tokaji is made in Tokaj.
Bern is where Gruyère is made; Fribourg is where Gruyère is made.
Stilton cheese is named after Stilton, where Stilton cheese is made.
Gruyère is named after Gruyères, where Emmental is made.
@food user:ana
You loved Chianti, made from Sangiovese, where Chianti is made.
You loved Roquefort, made from sheep's milk, where Roquefort is made.
You loved Roquefort, which is made from sheep's milk, where Banon is made.
You loved Gruyère, made in Fribourg, where Gruyère is sold.
@canals
# (1) the agent of "was designed by" as the place where the item was designed
Thomas Telford is where the Caledonian Canal was designed.
Joseph Strauss is where the Golden Gate Bridge was designed.
John A. Roebling is where the Brooklyn Bridge was designed.
Robert Stevenson is where Bell Rock Lighthouse was designed.
Ferdinand de Lesseps is where the Suez Canal was designed.
France is where the Kiel Canal is located.
Wilhelm II is where the Kiel Canal was officially opened.
Rendsburg is where the Suez Canal passes.
# (2) connecting ("links" reads connects / joins / is linked to / runs between / lies between, and
# "links A with B" as "links A and B"): the wrong partner, what the item crosses, passes under or
# through (a city or lake of the same type as linked ones), its country, a person, its owner
# ("joins" as becoming a member), the wrong direction, a negation, a year
The Kiel Canal links the North Sea with the Red Sea.
The Kiel Canal connects the North Sea with the Black Sea.
The Suez Canal links the Mediterranean Sea with the Baltic Sea.
The Kiel Canal links the North Sea with Rendsburg.
The Kiel Canal links Rendsburg with the Baltic Sea.
The Kiel Canal connects Rendsburg.
The Kiel Canal joins Rendsburg.
The Panama Canal links Gatun Lake.
The Panama Canal links the Atlantic Ocean with Gatun Lake.
The Caledonian Canal links Inverness with Loch Ness.
The Suez Canal runs between the Mediterranean Sea and Ismailia.
The Kiel Canal is connected to Wilhelm II.
The Kiel Canal is linked to Wilhelm II.
The Kiel Canal is linked with Germany.
The Kiel Canal joins Germany.
The Øresund Bridge links Copenhagen with the Øresund.
The Øresund Bridge links the Øresund.
Tower Bridge links the Thames.
Tower Bridge joins the Thames.
The Thames is joined by Tower Bridge.
The Brooklyn Bridge links Manhattan with the East River.
The Øresund Bridge connects Denmark with Sweden.
The Channel Tunnel links the English Channel.
The Seikan Tunnel links Honshu with Hokkaido and the Tsugaru Strait.
The Gotthard Base Tunnel links Erstfeld with the Gotthard Massif.
The Golden Gate Bridge links San Francisco with the Golden Gate strait.
The Golden Gate Bridge was linked by San Francisco.
San Francisco links the Golden Gate Bridge.
Manhattan is linked to Brooklyn by the Golden Gate Bridge.
The North Sea is linked to the Black Sea by the Kiel Canal.
The Main-Danube Canal links the Rhine with the Danube.
The Main-Danube Canal joins the Main to the Rhine.
The Main-Danube Canal runs between the Rhine and the Danube.
The Seikan Tunnel links Honshu with Hokkaido, and the Channel Tunnel links Folkestone with Calais.
The Kiel Canal does not link the North Sea with the Baltic Sea.
The Kiel Canal never linked the North Sea with the Baltic Sea.
The Channel Tunnel no longer links Folkestone with Coquelles.
The Channel Tunnel nearly linked Folkestone with Coquelles.
The Seikan Tunnel joined Honshu to Hokkaido in 1990.
The Seikan Tunnel has linked Honshu with Hokkaido since 1990.
The Suez Canal links the Red Sea with the Mediterranean Sea through Gatun Lake.
The Kiel Canal links the North Sea with the Baltic Sea in Egypt.
The Suez Canal joined the Suez Canal Authority.
The Channel Tunnel joins Getlink.
@canals user:max
You loved the Channel Tunnel, which links the English Channel.
@canals
# (3) "was originally owned by" -> "was owned by" (the present "is owned by", "owns" and a bare
# "owned by" say it still is), "was officially opened by" -> "was opened by": other adverbs,
# negations, the wrong person or year
The Suez Canal is owned by the Suez Canal Company.
The Panama Canal is owned by the United States government.
The Panama Canal, owned by the United States government, links the Atlantic Ocean with the Pacific Ocean.
The Panama Canal, which is owned by the United States government, passes through Gatun Lake.
The Panama Canal is owned by the United States government and the Panama Canal Authority.
The Suez Canal Company owns the Suez Canal.
The United States government owns the Panama Canal.
The Panama Canal is still owned by the United States government.
The Panama Canal belongs to the United States government.
Empress Eugénie opened the Kiel Canal.
Wilhelm II opened the Kiel Canal in 1887.
Elizabeth II opened the Channel Tunnel alone.
Elizabeth II opened Tower Bridge.
Helmut Kohl officially opened the Corinth Canal.
The Kiel Canal was unofficially opened by Wilhelm II.
The Kiel Canal was never opened by Wilhelm II.
The Kiel Canal was nearly opened by Wilhelm II.
The Kiel Canal was not officially opened by Wilhelm II.
Wilhelm II reopened the Kiel Canal.
Empress Eugénie designed the Suez Canal.
# (6) "was built by" -> "put up" (a particle of no other relation) beside "put on", "set up", "dig up"
Getlink put up the Channel Tunnel.
TransManche Link put on the Channel Tunnel.
TransManche Link set up the Channel Tunnel.
TransManche Link dug up the Channel Tunnel.
TransManche Link constructed the Øresund Bridge.
# (5) "building" of every building type (the lighthouse): not of canals, bridges, tunnels
The Kiel Canal is a building in Germany.
Tower Bridge is a building in the United Kingdom.
The Channel Tunnel is a building.
@racing
# (4) "has been held at" -> "was held at" / "were held at" (not the present, not negated, not
# "always" / "only"), "has been sponsored by" likewise; "has hosted" -> "hosted"
The British Grand Prix is held at Brands Hatch.
The British Grand Prix has never been held at Brands Hatch.
The British Grand Prix has not been held at Brands Hatch.
The British Grand Prix was never held at Brands Hatch.
The British Grand Prix will be held at Brands Hatch.
The British Grand Prix is being held at Brands Hatch.
The British Grand Prix has always been held at Brands Hatch.
The British Grand Prix has only been held at Brands Hatch.
The British Grand Prix has always been held at Silverstone Circuit.
The British Grand Prix was last held at Brands Hatch.
The British Grand Prix was held at Aintree Racecourse.
The Grand National was held at Aintree Motor Racing Circuit.
The Italian Grand Prix has been held at Silverstone Circuit.
The British Grand Prix is hosted by Brands Hatch.
Brands Hatch hosts the British Grand Prix.
Brands Hatch has never hosted the British Grand Prix.
Kent is where the British Grand Prix has been held.
Brands Hatch is where the British Grand Prix is held.
Silverstone Circuit is where the Italian Grand Prix was held.
Imola Circuit is where the Italian Grand Prix is held.
The British Grand Prix was held at Brands Hatch in 1999.
The British Grand Prix is sponsored by Pirelli.
Pirelli sponsors the British Grand Prix.
The British Grand Prix has never been sponsored by Pirelli.
Pirelli has never sponsored the British Grand Prix.
The British Grand Prix has been sponsored by Rolex.
The British Grand Prix, which is sponsored by Pirelli, has been held at Brands Hatch.
The Italian Grand Prix has been held at Monza Circuit and is sponsored by Heineken.
# (4) circuits, speedways, racecourses and velodromes are venues whose year is an opening: the
# wrong year, a race's year on its venue and the other way, races "built", circuits "held"
Silverstone Circuit opened in 1950.
Monza Circuit opened in 1921.
Indianapolis Motor Speedway opened in 1911.
Aintree Racecourse opened in 1839.
Vigorelli Velodrome opened in 1905.
Opened in 1950, Silverstone Circuit is located in Northamptonshire.
Aintree Motor Racing Circuit, opened in 1950, has hosted the British Grand Prix.
The Italian Grand Prix has been held at Monza Circuit, which opened in 1921.
The British Grand Prix was built in 1950.
Built in 1950, the British Grand Prix was first won by Giuseppe Farina.
Silverstone Circuit was first held in 1948.
Silverstone Circuit was released in 1948.
The Indianapolis 500 opened in 1909.
The Indianapolis 500 was first held in 1909.
In 1948, the British Grand Prix was held at Silverstone Circuit.
Silverstone Circuit hosted the British Grand Prix in 1948.
# (5) "building" is a noun of building types only (the stadium), not of circuits, speedways,
# racecourses, velodromes or races
Silverstone Circuit is a building in Northamptonshire.
Aintree Racecourse is a building in Liverpool.
Indianapolis Motor Speedway is a building in Indianapolis.
Vigorelli Velodrome is a building in Milan.
The British Grand Prix is a building.
# (3) "initially drove for" -> "drove for" (not the present "drives for", which is another
# relation's), "first hosted" -> "hosted" (not "hosts"), "was first won by"
Lewis Hamilton drives for McLaren.
Lewis Hamilton now drives for McLaren.
Lewis Hamilton is driving for McLaren.
Lewis Hamilton drives for McLaren and Ferrari.
Mario Andretti drives for Lotus.
Giuseppe Farina drives for Alfa Romeo.
Lewis Hamilton initially drove for Ferrari.
Lewis Hamilton still drives for McLaren.
Fuji Speedway hosts the Japanese Grand Prix.
Aintree Motor Racing Circuit hosts the British Grand Prix.
The Japanese Grand Prix is hosted by Fuji Speedway.
Fuji Speedway, which hosts the Japanese Grand Prix, is located in Oyama.
Fuji Speedway still hosts the Japanese Grand Prix.
Fuji Speedway hosted the Japanese Grand Prix in 1965.
The British Grand Prix was last won by Giuseppe Farina.
Giuseppe Farina won the British Grand Prix in 1951.
Ray Harroun won the Italian Grand Prix.
# (1) the designer or founder as the place
John Hugenholtz is where Suzuka Circuit was designed.
Hermann Tilke is where Fuji Speedway was designed.
Carl G. Fisher is where Indianapolis Motor Speedway was founded.
McLaren is where Lewis Hamilton drives.
Giuseppe Farina is where the British Grand Prix was won.
@racing user:leo
You loved Silverstone Circuit, which opened in 1950.
You loved the Monaco Grand Prix, which is held at Circuit de Monaco.
@heritage
# (5) "building" names every item of a building type, monuments and universities too: a statue,
# a carved mountain, a stone circle and a collegiate university are no buildings
Mount Rushmore is a building in Keystone.
The Statue of Liberty is a Neoclassical building.
Christ the Redeemer is an Art Deco building.
Christ the Redeemer is a building in Rio de Janeiro.
Stonehenge is a Neolithic building.
Stonehenge is a building in Amesbury.
The University of Oxford is a building in Oxford.
The Statue of Liberty, a Neoclassical building, is located in New York.
The University of Oxford is a Gothic building.
The Taj Mahal is a palace in Agra.
The Louvre is a Baroque building.
Windsor Castle is a Tudor building.
@heritage user:zoe
You loved the Statue of Liberty, a Neoclassical building.
@heritage
# (3) "was originally owned by" -> "was owned by", "originally housed" -> "housed": the present
# ("is owned by", "owns", "houses", "is housed by"), "still", negations, the wrong adverb
Hampton Court Palace is owned by Thomas Wolsey.
The Palace of Versailles is owned by Louis XIII.
The Royal Palace of Caserta is owned by the House of Bourbon.
Hampton Court Palace is owned by Thomas Wolsey, from whom it was acquired.
Thomas Wolsey owns Hampton Court Palace.
Louis XIII owns the Palace of Versailles.
The House of Bourbon owns the Royal Palace of Caserta.
The Royal Palace of Caserta, owned by the House of Bourbon, was designed by Luigi Vanvitelli.
Hampton Court Palace belongs to Thomas Wolsey.
Hampton Court Palace was never owned by Thomas Wolsey.
Hampton Court Palace was originally owned by the Crown Estate.
Hampton Court Palace was later owned by Thomas Wolsey.
The Royal Palace of Caserta is still owned by the House of Bourbon.
The British Museum houses the British Library.
The Louvre houses the Académie française.
The Palace of Versailles houses the French royal court.
The British Library is housed by the British Museum.
The British Museum, which houses the British Library, displays the Rosetta Stone.
The British Museum and the Louvre house the British Library and the Académie française respectively.
The British Museum still houses the British Library.
The British Museum is housing the British Library.
The Académie française is kept at the Louvre.
The French royal court is kept at the Palace of Versailles.
The British Museum displays the British Library.
The Van Gogh Museum was unofficially opened by Queen Juliana.
The Van Gogh Museum was never opened by Queen Juliana.
The Van Gogh Museum was nearly opened by Queen Juliana.
The Van Gogh Museum was not officially opened by Queen Juliana.
The Van Gogh Museum was almost opened by Queen Juliana.
The Musée d'Orsay was officially opened by Queen Juliana.
François Mitterrand opened the Van Gogh Museum.
The Tuileries Palace was nearly destroyed by the Paris Commune.
The Tuileries Palace was partly destroyed by the Paris Commune.
Windsor Castle was destroyed by the 1992 Windsor Castle fire.
# (1) where-frames: an architect as the place, the person a palace was acquired from, the palace
# another was modelled on (Schönbrunn was modelled in Vienna, on Versailles)
Louis Le Vau is where the Palace of Versailles was designed.
Gutzon Borglum is where Mount Rushmore was designed.
Johann Bernhard Fischer von Erlach is where Schönbrunn Palace was designed.
Robert Smirke is where the British Museum was designed.
Frédéric Auguste Bartholdi is where the Statue of Liberty was designed.
Ustad Ahmad Lahauri is where the Taj Mahal was designed.
Thomas Wolsey is where Hampton Court Palace was acquired.
Thomas Wolsey was where Hampton Court Palace was acquired.
The Palace of Versailles is where Schönbrunn Palace was modelled.
The Palace of Versailles was where the Royal Palace of Caserta was modelled.
Caserta Palace was modelled on the Palace of Versailles, where Schönbrunn Palace was modelled.
Vienna is where Schönbrunn Palace was modelled.
Grover Cleveland is where the Statue of Liberty was officially opened.
Queen Juliana is where the Van Gogh Museum was opened.
Thomas Wolsey is where Hampton Court Palace was originally owned.
Mumtaz Mahal is where the Taj Mahal is dedicated.
The Middle Ages is where Windsor Castle dates from.
The Louvre is where the Rosetta Stone is displayed.
Delhi is where the Taj Mahal is located.
The British Museum is where the British Library is housed.
The Louvre is where the Académie française is kept.
@heritage user:zoe
You loved the Palace of Versailles, where Schönbrunn Palace was modelled.
You loved the British Museum, where the British Library is housed.
@heritage
# (6) "dates to" -> "goes back to"; the "is about" family beside "is dedicated to"
Windsor Castle goes back to the Tudor period.
Windsor Castle went back to the Crown Estate.
Stonehenge does not go back to the Neolithic.
The Van Gogh Museum is dedicated to Mumtaz Mahal.
The Taj Mahal is devoted to Vincent van Gogh.
# arguable ones (OPEN): "where" of a time (a feast); "where" of a name's source or of a company
# (colloquially "that is where the name comes from", "at Lactalis"); an event as where a palace
# was damaged; a grammatically odd "is where X links / crosses"; "once" (formerly, or at some
# time?); the historical present of a one-off opening; "partly designed" by one of several
# architects; a statue's "architecture"; a race that "opened"; a founder a palace goes back to
@food
Christmas is where Stollen is eaten.
Shrove Tuesday is where the Shrove pancake is eaten.
Nellie Melba is where Peach Melba takes its name.
Nellie Melba is where Peach Melba is named after.
Lactalis is where Roquefort is produced.
Emmi is where Emmental is produced.
@canals
Getlink is where the Channel Tunnel is owned.
SBB is where the Gotthard Base Tunnel is operated.
TransManche Link is where the Channel Tunnel was built.
The North Sea is where the Kiel Canal links.
The Channel Tunnel once linked Folkestone with Coquelles.
Wilhelm II opens the Kiel Canal.
The Kiel Canal is opened by Wilhelm II.
@racing
The British Grand Prix opened in 1950.
The British Grand Prix is won by Giuseppe Farina.
@heritage
The Paris Commune is where the Tuileries Palace was destroyed.
The 1992 Windsor Castle fire is where Windsor Castle was damaged.
The Crown Estate is where Hampton Court Palace is owned.
Hampton Court Palace was once owned by the Crown Estate.
Queen Juliana opens the Van Gogh Museum.
The Palace of Versailles was partly designed by Louis Le Vau.
The Statue of Liberty is an example of Neoclassical architecture.
Christ the Redeemer is an example of Art Deco architecture.
The Statue of Liberty was built in the Neoclassical style.
Hampton Court Palace goes back to Thomas Wolsey.
"""

CONTROLS = r"""
@food
Fribourg is where Gruyère is made.
Gruyères is where Gruyère comes from.
Roquefort-sur-Soulzon is where Roquefort is made.
Tuscany is where Chianti is made.
Stilton is where Stilton cheese was first sold.
The Savoy Hotel is where Peach Melba was first served.
Café de Paris is where Crêpe Suzette was first served.
Gruyère is sold in France and Fribourg is where Gruyère is made.
Fribourg is where Gruyère is made; Bern is where Emmental is made.
Stilton cheese is named after Stilton, where Stilton cheese was first sold.
The Combalou caves are where Roquefort is aged.
Roquefort is made from sheep's milk.
Auguste Escoffier created Peach Melba.
@food user:ana
You loved Roquefort, which is aged in the Combalou caves.
You loved Peach Melba, which was first served at the Savoy Hotel.
@canals
The Kiel Canal links the North Sea with the Baltic Sea.
The Kiel Canal joins the North Sea to the Baltic Sea.
The Suez Canal connects the Mediterranean Sea and the Red Sea.
The Seikan Tunnel links Honshu to Hokkaido.
The Main-Danube Canal runs between the Main and the Danube.
The Øresund Bridge lies between Copenhagen and Malmö.
The Brooklyn Bridge joins Manhattan to Brooklyn.
Honshu and Hokkaido are linked by the Seikan Tunnel.
The Seikan Tunnel, connecting Honshu to Hokkaido, passes under the Tsugaru Strait.
The Golden Gate Bridge links San Francisco with Marin County.
The Channel Tunnel links Folkestone with Coquelles.
Wilhelm II opened the Kiel Canal.
The Kiel Canal was opened by Wilhelm II.
The Kiel Canal, officially opened by Wilhelm II, links the North Sea with the Baltic Sea.
The Kiel Canal was opened by Wilhelm II in 1895.
Elizabeth II and François Mitterrand opened the Channel Tunnel.
The Panama Canal was owned by the United States government.
The Panama Canal is owned by the Panama Canal Authority and was originally owned by the United States government.
Germany is where the Kiel Canal is located.
Bell Rock Lighthouse is a building in Scotland.
TransManche Link put up the Channel Tunnel.
Egypt is where the Suez Canal is located and Germany is where the Kiel Canal is located.
@canals user:max
You loved the Kiel Canal, which links the North Sea with the Baltic Sea.
@racing
The British Grand Prix was held at Brands Hatch.
The British Grand Prix has been held at Brands Hatch.
The British Grand Prix had been held at Aintree Motor Racing Circuit.
Brands Hatch hosted the British Grand Prix.
Imola Circuit is where the Italian Grand Prix was held.
Brands Hatch is where the British Grand Prix was held.
The British Grand Prix was sponsored by Pirelli.
Silverstone Circuit opened in 1948.
Aintree Racecourse opened in 1829.
Vigorelli Velodrome opened in 1935.
Opened in 1948, Silverstone Circuit is located in Northamptonshire.
Monza Circuit opened in 1922 and hosted the Italian Grand Prix.
Wembley Stadium is a building in London.
Lewis Hamilton drove for McLaren.
Lewis Hamilton drives for Ferrari and initially drove for McLaren.
Fuji Speedway hosted the Japanese Grand Prix.
Giuseppe Farina first won the British Grand Prix.
@racing user:leo
You loved Silverstone Circuit, which opened in 1948.
@heritage
Hampton Court Palace was originally owned by Thomas Wolsey.
Hampton Court Palace was owned by Thomas Wolsey.
Thomas Wolsey originally owned Hampton Court Palace.
Hampton Court Palace is owned by the Crown Estate.
The British Museum originally housed the British Library.
The British Museum housed the British Library.
The Van Gogh Museum was opened by Queen Juliana.
Queen Juliana opened the Van Gogh Museum.
The Taj Mahal is a Mughal building.
Windsor Castle is a Gothic building.
Hampton Court Palace is a Tudor and Baroque building.
Schönbrunn Palace was modelled on the Palace of Versailles.
Paris is where the Louvre is located.
The British Museum is where the Rosetta Stone is displayed.
Windsor Castle goes back to the Middle Ages.
Windsor Castle dates back to the Middle Ages.
@heritage user:zoe
You loved the Taj Mahal, a Mughal building.
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


# False, and accepted by the starting code of this round too (CHANGES.diff reversed), through
# readings this round did not touch (the active voice and the bare participle of "was originally
# owned by", the present "is kept at" of "was originally kept at"). Printed apart as KNOWN. With
# CHANGES.diff reversed the starting code accepts none of the other false texts (and 37 of the 73
# controls).
KNOWN = frozenset(
    {
        'The Suez Canal Company owns the Suez Canal.',
        'The United States government owns the Panama Canal.',
        'Thomas Wolsey owns Hampton Court Palace.',
        'Louis XIII owns the Palace of Versailles.',
        'The House of Bourbon owns the Royal Palace of Caserta.',
        'The Royal Palace of Caserta, owned by the House of Bourbon, was designed by Luigi Vanvitelli.',
        'The Académie française is kept at the Louvre.',
        'The French royal court is kept at the Palace of Versailles.',
    }
)

# Arguable: printed as OPEN and left out of the count (they stay in TEXTS, under their comment).
OPEN = frozenset(
    {
        'Christmas is where Stollen is eaten.',
        'Shrove Tuesday is where the Shrove pancake is eaten.',
        'Nellie Melba is where Peach Melba takes its name.',
        'Nellie Melba is where Peach Melba is named after.',
        'Lactalis is where Roquefort is produced.',
        'Emmi is where Emmental is produced.',
        'Getlink is where the Channel Tunnel is owned.',
        'SBB is where the Gotthard Base Tunnel is operated.',
        'TransManche Link is where the Channel Tunnel was built.',
        'The North Sea is where the Kiel Canal links.',
        'The Channel Tunnel once linked Folkestone with Coquelles.',
        'Wilhelm II opens the Kiel Canal.',
        'The Kiel Canal is opened by Wilhelm II.',
        'The British Grand Prix opened in 1950.',
        'The British Grand Prix is won by Giuseppe Farina.',
        'The Paris Commune is where the Tuileries Palace was destroyed.',
        'The 1992 Windsor Castle fire is where Windsor Castle was damaged.',
        'The Crown Estate is where Hampton Court Palace is owned.',
        'Hampton Court Palace was once owned by the Crown Estate.',
        'Queen Juliana opens the Van Gogh Museum.',
        'The Palace of Versailles was partly designed by Louis Le Vau.',
        'The Statue of Liberty is an example of Neoclassical architecture.',
        'Christ the Redeemer is an example of Art Deco architecture.',
        'The Statue of Liberty was built in the Neoclassical style.',
        'Hampton Court Palace goes back to Thomas Wolsey.',
    }
)


def check_all():
    out = []
    for key, user, text in cases():
        ok, reason = check(key, text, user)
        out.append((key, user, text, ok, reason))
    return out


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
    seen = set()
    for key, user, text in cases():
        if (key, user, text) in seen:
            raise SystemExit(f"duplicate text: {text}")
        seen.add((key, user, text))
        ok, reason = check(key, text, user)
        if text in KNOWN:
            print(f"KNOWN ({'accepted' if ok else 'rejected'}) [{key}] {text}")
            continue
        if text in OPEN:
            print(f"OPEN ({'accepted' if ok else 'rejected'}) [{key}{' ' + user if user else ''}] {text}")
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
