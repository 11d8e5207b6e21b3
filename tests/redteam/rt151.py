"""Red team round 151: this round's new readings (CHANGES.diff). (1) an item label in sentence
case ("Four color theorem") is named in lower case after "the"; (2) on a graph whose items are
buildings (any item type among BUILDING_WORDS: venues, houses of worship, palaces, skyscrapers...),
a style attribute is also named "<Style> architecture", the relation to styles also has the nouns
"architecture" / "architectural style" (when its stored heads include a building type), "was
built / designed in the Y style" is read for those buildings, and "building" is a noun of palaces,
monasteries, abbeys, temples, mosques, skyscrapers; (3) a relation to topics phrased "concerns" /
"addresses" / "is concerned with" also reads "is about", "on", "covers", "deals with", "explores",
"focuses on", "is dedicated to", ...; (4) new verb synonyms (ended -> concluded, put an end to;
established -> set up, created; excavated -> unearthed, uncovered, dug at, dug up; proved ->
settled, resolved; conjectured -> proposed, put forward, posed; monitored <-> tracked, watched,
observed, kept watch over; dates to -> goes back to; protects -> safeguards; documented ->
described, recorded; departs from -> leaves / sets out / sets off / starts from; terminates in ->
ends in, finishes in); (5) a synonym said alone or before "by" is allowed even where another
relation uses that verb with a preposition after it ("settled" beside "settled in", "wrote" beside
"is written in", "runs" beside "runs through" / "runs on", "created" beside "was created at",
"recorded" beside "was recorded at").

Four graphs of my own:

* maths: theorems (items dated by the year each was proved) and open conjectures (items: the year
  each was posed), labels in sentence case ("Four color theorem", "Hairy ball theorem", "Riemann
  hypothesis"), physics concepts with sentence-case labels that are also common phrases ("Black
  hole", "Gravitational wave", "Dark matter"); who proved / conjectured each, the topic it
  "concerns" (topical), the field it "belongs to", the journal, the namesake; where mathematicians
  "settled in" (a verb of its own beside the new "settled" of proving), were born and studied; who
  predicted and named each concept; a user;
* buildings: abbeys, monasteries, a priory, palaces, temples, cathedrals and skyscrapers (items
  dated by founding / building) beside illuminated manuscripts (items, not buildings, with a style
  of the same relation) and treaties; style ("is an example of"), period ("dates to"), material,
  architect, founder ("was established by"), city, the saint or bishop each "is dedicated to"
  (buildings and manuscripts alike), excavator, protecting body, where a manuscript "was created at"
  and "is kept at", the topic or saint a manuscript "concerns", the war a treaty "ended" and the
  palace it "was signed at"; a user;
* music: pieces and songs (items: year composed), documentaries and albums (items: year released),
  concert halls, theatres and a palace (items: year opened, so the graph has buildings); who
  composed each ("was composed by": "wrote"), the key it "is written in", the city it "was composed
  in", the person it "is dedicated to" (pieces and documentaries alike), one style relation for
  pieces (musical styles) and venues (architectural ones), the venue of the premiere, the topic or
  person a documentary "concerns", what it "documented", where it "streams on", the studio an album
  "was recorded at", who "recorded a version of" a song; a user;
* transport: trains (items: year first run), satellites (items: year launched) and stations (items:
  year opened, buildings); the city a train "departs from" and "terminates in", the countries it
  "runs through", the gauge it "runs on", its operator ("is operated by": "runs", "is run by"), its
  founder ("was established by"), the style it "is decorated in" (trains only), what a satellite
  "monitors", where it was launched from, what it orbits, stations' cities, architects and trains
  they serve; a user.

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


def maths():
    """Theorems (items with years: the year each was proved) and open conjectures (items: the year
    each was posed), whose labels are in sentence case ("Four color theorem"); who proved each
    ("was proved by" / "proved"), who conjectured it ("was conjectured by" / "conjectured"), the
    topic it "concerns", the field it "belongs to", the journal it "was published in", whom it "is
    named after"; where mathematicians "settled in" (a verb "settle" of its own, beside "proved"'s
    new synonym "settled"), were born and studied; a user."""
    rels = [
        R("proved_by", phrase="was proved by", inverse_phrase="proved", domain=("theorem",),
          range=("mathematician",)),
        R("conjectured_by", phrase="was conjectured by", inverse_phrase="conjectured",
          domain=("theorem", "conjecture"), range=("mathematician",)),
        R("concerns", phrase="concerns", inverse_phrase="is the topic of", domain=("theorem", "conjecture"),
          range=("topic",)),
        R("field", phrase="belongs to", inverse_phrase="includes", domain=("theorem", "conjecture"),
          range=("field",)),
        R("published_in", phrase="was published in", inverse_phrase="published", domain=("theorem",),
          range=("journal",)),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to",
          domain=("theorem", "conjecture"), range=("mathematician",)),
        R("settled_in", phrase="settled in", inverse_phrase="is the adopted home of", domain=("mathematician",),
          range=("city",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("mathematician",),
          range=("city",)),
        R("studied_at", phrase="studied at", inverse_phrase="educated", domain=("mathematician",),
          range=("university",)),
        R("predicted_by", phrase="was predicted by", inverse_phrase="predicted", domain=("concept",),
          range=("physicist",)),
        R("coined_by", phrase="was named by", inverse_phrase="named", domain=("concept",), range=("physicist",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "t:fourcolor": ("theorem", "Four color theorem", 1976),
        "t:pnt": ("theorem", "Prime number theorem", 1896),
        "t:poincare": ("theorem", "Poincaré conjecture", 2003),
        "t:kepler": ("theorem", "Kepler conjecture", 1998),
        "t:flt": ("theorem", "Fermat's Last Theorem", 1994),
        "t:hairyball": ("theorem", "Hairy ball theorem", 1912),
        "t:hamsandwich": ("theorem", "Ham sandwich theorem", 1942),
        "t:fixedpoint": ("theorem", "Brouwer fixed-point theorem", 1911),
        "c:riemann": ("conjecture", "Riemann hypothesis", 1859),
        "c:goldbach": ("conjecture", "Goldbach's conjecture", 1742),
        "c:twinprime": ("conjecture", "Twin prime conjecture", 1849),
        "c:collatz": ("conjecture", "Collatz conjecture", 1937),
        "k:blackhole": ("concept", "Black hole", 1916), "k:gw": ("concept", "Gravitational wave", 1916),
        "k:darkmatter": ("concept", "Dark matter", 1933), "k:inflation": ("concept", "Cosmic inflation", 1980),
    }
    others = {
        "m:appel": ("mathematician", "Kenneth Appel"), "m:haken": ("mathematician", "Wolfgang Haken"),
        "m:guthrie": ("mathematician", "Francis Guthrie"), "m:hadamard": ("mathematician", "Jacques Hadamard"),
        "m:poussin": ("mathematician", "Charles de la Vallée Poussin"), "m:gauss": ("mathematician", "Carl Friedrich Gauss"),
        "m:legendre": ("mathematician", "Adrien-Marie Legendre"),
        "m:perelman": ("mathematician", "Grigori Perelman"), "m:poincare": ("mathematician", "Henri Poincaré"),
        "m:hales": ("mathematician", "Thomas Hales"), "m:kepler": ("mathematician", "Johannes Kepler"),
        "m:wiles": ("mathematician", "Andrew Wiles"), "m:fermat": ("mathematician", "Pierre de Fermat"),
        "m:brouwer": ("mathematician", "L. E. J. Brouwer"), "m:stone": ("mathematician", "Arthur Stone"),
        "m:tukey": ("mathematician", "John Tukey"), "m:steinhaus": ("mathematician", "Hugo Steinhaus"),
        "m:riemann": ("mathematician", "Bernhard Riemann"), "m:goldbach": ("mathematician", "Christian Goldbach"),
        "m:polignac": ("mathematician", "Alphonse de Polignac"), "m:collatz": ("mathematician", "Lothar Collatz"),
        "m:euler": ("mathematician", "Leonhard Euler"),
        "ph:schwarzschild": ("physicist", "Karl Schwarzschild"), "ph:einstein": ("physicist", "Albert Einstein"),
        "ph:wheeler": ("physicist", "John Wheeler"), "ph:zwicky": ("physicist", "Fritz Zwicky"),
        "ph:guth": ("physicist", "Alan Guth"), "ph:peebles": ("physicist", "Jim Peebles"),
        "tp:maps": ("topic", "map coloring"), "tp:primes": ("topic", "prime numbers"),
        "tp:manifolds": ("topic", "three-manifolds"), "tp:packing": ("topic", "sphere packing"),
        "tp:diophantine": ("topic", "Diophantine equations"), "tp:vectorfields": ("topic", "vector fields"),
        "tp:measures": ("topic", "measures"), "tp:zeta": ("topic", "zeta function"),
        "tp:fixedpoints": ("topic", "fixed points"), "tp:sequences": ("topic", "integer sequences"),
        "fd:graph": ("field", "graph theory"), "fd:number": ("field", "number theory"),
        "fd:topology": ("field", "topology"), "fd:geometry": ("field", "geometry"),
        "j:illinois": ("journal", "Illinois Journal of Mathematics"), "j:annals": ("journal", "Annals of Mathematics"),
        "j:smf": ("journal", "Bulletin de la Société Mathématique de France"),
        "j:mathann": ("journal", "Mathematische Annalen"), "j:duke": ("journal", "Duke Mathematical Journal"),
        "y:urbana": ("city", "Urbana"), "y:petersburg": ("city", "Saint Petersburg"), "y:princeton": ("city", "Princeton"),
        "y:pittsburgh": ("city", "Pittsburgh"), "y:cambridge": ("city", "Cambridge"), "y:paris": ("city", "Paris"),
        "y:brunswick": ("city", "Brunswick"), "y:nancy": ("city", "Nancy"), "y:versailles": ("city", "Versailles"),
        "y:amsterdam": ("city", "Amsterdam"), "y:brooklyn": ("city", "New Bedford"), "y:berlin": ("city", "Berlin"),
        "y:gottingen": ("city", "Göttingen"), "y:moscow": ("city", "Moscow"), "y:weil": ("city", "Weil der Stadt"),
        "y:frankfurt": ("city", "Frankfurt"),
        "u:princeton": ("university", "Princeton University"), "u:oxford": ("university", "University of Oxford"),
        "u:gottingen": ("university", "University of Göttingen"), "u:amsterdam": ("university", "University of Amsterdam"),
        "u:leningrad": ("university", "Leningrad State University"), "u:michigan": ("university", "University of Michigan"),
    }
    T = [
        ("t:fourcolor", "proved_by", "m:appel"), ("t:fourcolor", "proved_by", "m:haken"),
        ("t:pnt", "proved_by", "m:hadamard"), ("t:pnt", "proved_by", "m:poussin"),
        ("t:poincare", "proved_by", "m:perelman"), ("t:kepler", "proved_by", "m:hales"),
        ("t:flt", "proved_by", "m:wiles"), ("t:hairyball", "proved_by", "m:brouwer"),
        ("t:fixedpoint", "proved_by", "m:brouwer"),
        ("t:hamsandwich", "proved_by", "m:stone"), ("t:hamsandwich", "proved_by", "m:tukey"),
        ("t:fourcolor", "conjectured_by", "m:guthrie"), ("t:pnt", "conjectured_by", "m:gauss"),
        ("t:pnt", "conjectured_by", "m:legendre"), ("t:poincare", "conjectured_by", "m:poincare"),
        ("t:kepler", "conjectured_by", "m:kepler"), ("t:flt", "conjectured_by", "m:fermat"),
        ("t:hamsandwich", "conjectured_by", "m:steinhaus"),
        ("c:riemann", "conjectured_by", "m:riemann"), ("c:goldbach", "conjectured_by", "m:goldbach"),
        ("c:twinprime", "conjectured_by", "m:polignac"), ("c:collatz", "conjectured_by", "m:collatz"),
        ("t:fourcolor", "concerns", "tp:maps"), ("t:pnt", "concerns", "tp:primes"),
        ("t:poincare", "concerns", "tp:manifolds"), ("t:kepler", "concerns", "tp:packing"),
        ("t:flt", "concerns", "tp:diophantine"), ("t:hairyball", "concerns", "tp:vectorfields"),
        ("t:hamsandwich", "concerns", "tp:measures"), ("t:fixedpoint", "concerns", "tp:fixedpoints"),
        ("c:riemann", "concerns", "tp:zeta"), ("c:riemann", "concerns", "tp:primes"),
        ("c:goldbach", "concerns", "tp:primes"), ("c:twinprime", "concerns", "tp:primes"),
        ("c:collatz", "concerns", "tp:sequences"),
        ("t:fourcolor", "field", "fd:graph"), ("t:pnt", "field", "fd:number"), ("t:poincare", "field", "fd:topology"),
        ("t:kepler", "field", "fd:geometry"), ("t:flt", "field", "fd:number"), ("t:hairyball", "field", "fd:topology"),
        ("t:fixedpoint", "field", "fd:topology"), ("c:riemann", "field", "fd:number"), ("c:goldbach", "field", "fd:number"),
        ("c:twinprime", "field", "fd:number"), ("t:hamsandwich", "field", "fd:geometry"),
        ("t:fourcolor", "published_in", "j:illinois"), ("t:flt", "published_in", "j:annals"),
        ("t:kepler", "published_in", "j:annals"), ("t:pnt", "published_in", "j:smf"),
        ("t:fixedpoint", "published_in", "j:mathann"), ("t:hamsandwich", "published_in", "j:duke"),
        ("t:poincare", "named_after", "m:poincare"), ("t:kepler", "named_after", "m:kepler"),
        ("t:flt", "named_after", "m:fermat"), ("c:riemann", "named_after", "m:riemann"),
        ("c:goldbach", "named_after", "m:goldbach"), ("c:collatz", "named_after", "m:collatz"),
        ("t:fixedpoint", "named_after", "m:brouwer"),
        ("m:appel", "settled_in", "y:urbana"), ("m:haken", "settled_in", "y:urbana"),
        ("m:perelman", "settled_in", "y:petersburg"), ("m:wiles", "settled_in", "y:princeton"),
        ("m:hales", "settled_in", "y:pittsburgh"), ("m:hadamard", "settled_in", "y:paris"),
        ("m:tukey", "settled_in", "y:princeton"), ("m:brouwer", "settled_in", "y:amsterdam"),
        ("m:appel", "born_in", "y:brooklyn"), ("m:haken", "born_in", "y:berlin"), ("m:gauss", "born_in", "y:brunswick"),
        ("m:poincare", "born_in", "y:nancy"), ("m:hadamard", "born_in", "y:versailles"),
        ("m:perelman", "born_in", "y:petersburg"), ("m:wiles", "born_in", "y:cambridge"),
        ("m:kepler", "born_in", "y:weil"), ("m:tukey", "born_in", "y:brooklyn"),
        ("m:wiles", "studied_at", "u:oxford"), ("m:riemann", "studied_at", "u:gottingen"),
        ("m:gauss", "studied_at", "u:gottingen"), ("m:brouwer", "studied_at", "u:amsterdam"),
        ("m:perelman", "studied_at", "u:leningrad"), ("m:hales", "studied_at", "u:princeton"),
        ("m:tukey", "studied_at", "u:princeton"), ("m:haken", "studied_at", "u:gottingen"),
        ("k:blackhole", "predicted_by", "ph:schwarzschild"), ("k:gw", "predicted_by", "ph:einstein"),
        ("k:darkmatter", "predicted_by", "ph:zwicky"), ("k:inflation", "predicted_by", "ph:guth"),
        ("k:blackhole", "coined_by", "ph:wheeler"), ("k:darkmatter", "coined_by", "ph:zwicky"),
        ("user:ida", "rated", "k:blackhole", {"rating": 4.5}),
        ("user:ida", "rated", "t:fourcolor", {"rating": 5.0}), ("user:ida", "rated", "c:riemann", {"rating": 4.5}),
        ("user:ida", "rated", "t:hairyball", {"rating": 2.0}), ("user:ida", "rated", "t:flt", {"rating": 4.0}),
        ("user:ida", "rated", "c:collatz", {"rating": 1.5}), ("user:ida", "rated", "t:poincare", {"rating": 5.0}),
    ]
    aliases = {"m:appel": ("Appel",), "m:haken": ("Haken",), "m:perelman": ("Perelman",), "m:wiles": ("Wiles",),
               "m:brouwer": ("Brouwer",), "m:riemann": ("Riemann",), "m:gauss": ("Gauss",),
               "t:flt": ("Fermat's theorem",)}
    return _build(items, others, rels, T, users=[("user:ida", "Ida")], aliases=aliases)


def buildings():
    """Abbeys, monasteries, priories, palaces, temples, cathedrals and skyscrapers (items with
    years: the year each was founded or built), illuminated manuscripts (items: the year each was
    made; not buildings, but of styles too) and treaties (items: the year each was signed): one
    style relation for buildings and manuscripts alike ("is an example of"), the period each "dates
    to", the material it "is built of", its architect ("was designed by"), its founder ("was
    established by"), its city, the saint it "is dedicated to", the archaeologist who "excavated" a
    temple, the body that "protects" it, where a manuscript "was created at" (an abbey: the verb
    "create", the new synonym of "establish", with "at") and "is kept at", the topic a manuscript
    "concerns"; the war a treaty "ended" and the palace it "was signed at"; a user."""
    rels = [
        R("style", phrase="is an example of", inverse_phrase="is the style of",
          domain=("abbey", "monastery", "priory", "palace", "temple", "cathedral", "skyscraper", "manuscript"),
          range=("style",)),
        R("dates_to", phrase="dates to", inverse_phrase="saw the building of", range=("period",)),
        R("material", phrase="is built of", inverse_phrase="is the material of", range=("material",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", range=("architect",)),
        R("established_by", phrase="was established by", inverse_phrase="established", range=("founder",)),
        R("located_in", phrase="is located in", inverse_phrase="is home to", range=("city",)),
        R("dedicated_to", phrase="is dedicated to", inverse_phrase="is the dedicatee of", range=("saint", "bishop")),
        R("excavated_by", phrase="was excavated by", inverse_phrase="excavated", range=("archaeologist",)),
        R("protected_by", phrase="is protected by", inverse_phrase="protects", range=("body",)),
        R("created_at", phrase="was created at", inverse_phrase="produced", domain=("manuscript",),
          range=("abbey", "priory")),
        R("kept_at", phrase="is kept at", inverse_phrase="keeps", domain=("manuscript",), range=("library",)),
        R("concerns", phrase="concerns", inverse_phrase="is the subject of", domain=("manuscript",),
          range=("topic", "saint")),
        R("ended", phrase="ended", inverse_phrase="was ended by", domain=("treaty",), range=("war",)),
        R("signed_at", phrase="was signed at", inverse_phrase="saw the signing of", domain=("treaty",),
          range=("palace",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "b:melk": ("abbey", "Melk Abbey", 1089), "b:westabbey": ("abbey", "Westminster Abbey", 960),
        "b:iona": ("abbey", "Iona Abbey", 563), "b:kells": ("abbey", "Kells Abbey", 804),
        "b:jeronimos": ("monastery", "Jerónimos Monastery", 1501), "b:batalha": ("monastery", "Batalha Monastery", 1386),
        "b:lindisfarne": ("priory", "Lindisfarne Priory", 635),
        "b:versailles": ("palace", "Palace of Versailles", 1661), "b:westminster": ("palace", "Palace of Westminster", 1840),
        "b:schonbrunn": ("palace", "Schönbrunn Palace", 1696),
        "b:artemis": ("temple", "Temple of Artemis", None), "b:zeus": ("temple", "Temple of Zeus", None),
        "b:angkor": ("temple", "Angkor Wat", 1150),
        "b:durham": ("cathedral", "Durham Cathedral", 1093), "b:cologne": ("cathedral", "Cologne Cathedral", 1248),
        "b:chrysler": ("skyscraper", "Chrysler Building", 1930), "b:empire": ("skyscraper", "Empire State Building", 1931),
        "b:woolworth": ("skyscraper", "Woolworth Building", 1913),
        "ms:kells": ("manuscript", "Book of Kells", 800), "ms:lindisfarne": ("manuscript", "Lindisfarne Gospels", 715),
        "ms:heures": ("manuscript", "Très Riches Heures", 1416),
        "ms:cuthbert": ("manuscript", "Life of Saint Cuthbert", 721),
        "tr:versailles": ("treaty", "Treaty of Versailles", 1919), "tr:paris": ("treaty", "Treaty of Paris", 1783),
        "tr:schonbrunn": ("treaty", "Treaty of Schönbrunn", 1809),
    }
    others = {
        "st:baroque": ("style", "Baroque"), "st:gothic": ("style", "Gothic"), "st:gothicrev": ("style", "Gothic Revival"),
        "st:romanesque": ("style", "Romanesque"), "st:manueline": ("style", "Manueline"), "st:artdeco": ("style", "Art Deco"),
        "st:doric": ("style", "Doric"), "st:ionic": ("style", "Ionic"), "st:khmer": ("style", "Khmer"),
        "st:insular": ("style", "Insular"), "st:rococo": ("style", "Rococo"),
        "pd:middle": ("period", "Middle Ages"), "pd:victorian": ("period", "Victorian era"),
        "pd:discovery": ("period", "Age of Discovery"), "pd:classical": ("period", "Classical Greece"),
        "pd:archaic": ("period", "Archaic Greece"), "pd:jazz": ("period", "Jazz Age"), "pd:baroque": ("period", "Baroque period"),
        "mt:limestone": ("material", "limestone"), "mt:marble": ("material", "marble"), "mt:sandstone": ("material", "sandstone"),
        "mt:steel": ("material", "steel"), "mt:brick": ("material", "brick"), "mt:granite": ("material", "granite"),
        "ar:prandtauer": ("architect", "Jakob Prandtauer"), "ar:boitaca": ("architect", "Diogo de Boitaca"),
        "ar:levau": ("architect", "Louis Le Vau"), "ar:barry": ("architect", "Charles Barry"),
        "ar:vanalen": ("architect", "William Van Alen"), "ar:lamb": ("architect", "William F. Lamb"),
        "ar:gilbert": ("architect", "Cass Gilbert"), "ar:libon": ("architect", "Libon of Elis"),
        "ar:chersiphron": ("architect", "Chersiphron"), "ar:huguet": ("architect", "Afonso Domingues"),
        "ar:gerhard": ("architect", "Gerhard of Cologne"), "ar:fischer": ("architect", "Johann Bernhard Fischer von Erlach"),
        "f:leopold": ("founder", "Leopold II"), "f:manuel": ("founder", "Manuel I"), "f:john": ("founder", "John I"),
        "f:louis": ("founder", "Louis XIV"), "f:columba": ("founder", "Saint Columba"), "f:aidan": ("founder", "Saint Aidan"),
        "f:dunstan": ("founder", "Dunstan"), "f:suryavarman": ("founder", "Suryavarman II"),
        "f:leopold1": ("founder", "Leopold I"), "f:eadfrith": ("bishop", "Eadfrith of Lindisfarne"),
        "y:melk": ("city", "Melk"), "y:london": ("city", "London"), "y:lisbon": ("city", "Lisbon"),
        "y:batalha": ("city", "Batalha"), "y:versailles": ("city", "Versailles"), "y:vienna": ("city", "Vienna"),
        "y:ephesus": ("city", "Ephesus"), "y:olympia": ("city", "Olympia"), "y:siemreap": ("city", "Siem Reap"),
        "y:durham": ("city", "Durham"), "y:cologne": ("city", "Cologne"), "y:newyork": ("city", "New York"),
        "y:dublin": ("city", "Dublin"), "y:kells": ("city", "Kells"), "y:iona": ("city", "Iona"),
        "y:chantilly": ("city", "Chantilly"),
        "sa:peter": ("saint", "Saint Peter"), "sa:cuthbert": ("saint", "Saint Cuthbert"), "sa:jerome": ("saint", "Saint Jerome"),
        "sa:mary": ("saint", "Virgin Mary"), "sa:columba": ("saint", "Saint Columba of Iona"),
        "sa:coloman": ("saint", "Saint Coloman"),
        "ag:wood": ("archaeologist", "John Turtle Wood"), "ag:curtius": ("archaeologist", "Ernst Curtius"),
        "ag:hogarth": ("archaeologist", "David George Hogarth"),
        "bd:unesco": ("body", "UNESCO"), "bd:he": ("body", "Historic England"), "bd:nyc": ("body", "Landmarks Preservation Commission"),
        "bd:dgpc": ("body", "DGPC"),
        "lb:trinity": ("library", "Trinity College Library"), "lb:bl": ("library", "British Library"),
        "lb:conde": ("library", "Musée Condé"),
        "tp:gospels": ("topic", "the Gospels"), "tp:months": ("topic", "the months of the year"),
        "w:ww1": ("war", "First World War"), "w:amrev": ("war", "American Revolutionary War"),
        "w:fifth": ("war", "War of the Fifth Coalition"),
    }
    T = [
        ("b:melk", "style", "st:baroque"), ("b:westabbey", "style", "st:gothic"), ("b:iona", "style", "st:romanesque"),
        ("b:jeronimos", "style", "st:manueline"), ("b:batalha", "style", "st:gothic"), ("b:batalha", "style", "st:manueline"),
        ("b:lindisfarne", "style", "st:romanesque"), ("b:versailles", "style", "st:baroque"),
        ("b:westminster", "style", "st:gothicrev"), ("b:schonbrunn", "style", "st:rococo"),
        ("b:artemis", "style", "st:ionic"), ("b:zeus", "style", "st:doric"), ("b:angkor", "style", "st:khmer"),
        ("b:durham", "style", "st:romanesque"), ("b:cologne", "style", "st:gothic"),
        ("b:chrysler", "style", "st:artdeco"), ("b:empire", "style", "st:artdeco"), ("b:woolworth", "style", "st:gothicrev"),
        ("ms:kells", "style", "st:insular"), ("ms:lindisfarne", "style", "st:insular"), ("ms:heures", "style", "st:gothic"),
        ("b:melk", "dates_to", "pd:baroque"), ("b:westabbey", "dates_to", "pd:middle"), ("b:jeronimos", "dates_to", "pd:discovery"),
        ("b:batalha", "dates_to", "pd:middle"), ("b:westminster", "dates_to", "pd:victorian"),
        ("b:artemis", "dates_to", "pd:archaic"), ("b:zeus", "dates_to", "pd:classical"), ("b:durham", "dates_to", "pd:middle"),
        ("b:chrysler", "dates_to", "pd:jazz"), ("b:empire", "dates_to", "pd:jazz"), ("b:versailles", "dates_to", "pd:baroque"),
        ("ms:kells", "dates_to", "pd:middle"), ("ms:heures", "dates_to", "pd:middle"),
        ("b:jeronimos", "material", "mt:limestone"), ("b:batalha", "material", "mt:limestone"),
        ("b:artemis", "material", "mt:marble"), ("b:zeus", "material", "mt:limestone"), ("b:angkor", "material", "mt:sandstone"),
        ("b:durham", "material", "mt:sandstone"), ("b:chrysler", "material", "mt:steel"), ("b:chrysler", "material", "mt:brick"),
        ("b:empire", "material", "mt:steel"), ("b:iona", "material", "mt:granite"),
        ("b:melk", "designed_by", "ar:prandtauer"), ("b:jeronimos", "designed_by", "ar:boitaca"),
        ("b:batalha", "designed_by", "ar:huguet"), ("b:versailles", "designed_by", "ar:levau"),
        ("b:westminster", "designed_by", "ar:barry"), ("b:chrysler", "designed_by", "ar:vanalen"),
        ("b:empire", "designed_by", "ar:lamb"), ("b:woolworth", "designed_by", "ar:gilbert"),
        ("b:zeus", "designed_by", "ar:libon"), ("b:artemis", "designed_by", "ar:chersiphron"),
        ("b:cologne", "designed_by", "ar:gerhard"), ("b:schonbrunn", "designed_by", "ar:fischer"),
        ("b:melk", "established_by", "f:leopold"), ("b:jeronimos", "established_by", "f:manuel"),
        ("b:batalha", "established_by", "f:john"), ("b:versailles", "established_by", "f:louis"),
        ("b:iona", "established_by", "f:columba"), ("b:lindisfarne", "established_by", "f:aidan"),
        ("b:westabbey", "established_by", "f:dunstan"), ("b:angkor", "established_by", "f:suryavarman"),
        ("b:schonbrunn", "established_by", "f:leopold1"),
        ("b:melk", "located_in", "y:melk"), ("b:westabbey", "located_in", "y:london"), ("b:iona", "located_in", "y:iona"),
        ("b:kells", "located_in", "y:kells"),
        ("b:jeronimos", "located_in", "y:lisbon"), ("b:batalha", "located_in", "y:batalha"),
        ("b:versailles", "located_in", "y:versailles"), ("b:westminster", "located_in", "y:london"),
        ("b:schonbrunn", "located_in", "y:vienna"), ("b:artemis", "located_in", "y:ephesus"),
        ("b:zeus", "located_in", "y:olympia"), ("b:angkor", "located_in", "y:siemreap"), ("b:durham", "located_in", "y:durham"),
        ("b:cologne", "located_in", "y:cologne"), ("b:chrysler", "located_in", "y:newyork"),
        ("b:empire", "located_in", "y:newyork"), ("b:woolworth", "located_in", "y:newyork"),
        ("b:westabbey", "dedicated_to", "sa:peter"), ("b:durham", "dedicated_to", "sa:cuthbert"),
        ("b:durham", "dedicated_to", "sa:mary"), ("b:jeronimos", "dedicated_to", "sa:jerome"),
        ("b:batalha", "dedicated_to", "sa:mary"), ("b:cologne", "dedicated_to", "sa:peter"),
        ("b:melk", "dedicated_to", "sa:coloman"), ("b:iona", "dedicated_to", "sa:mary"),
        ("b:artemis", "excavated_by", "ag:wood"), ("b:artemis", "excavated_by", "ag:hogarth"),
        ("b:zeus", "excavated_by", "ag:curtius"),
        ("b:jeronimos", "protected_by", "bd:unesco"), ("b:jeronimos", "protected_by", "bd:dgpc"),
        ("b:batalha", "protected_by", "bd:unesco"), ("b:durham", "protected_by", "bd:unesco"),
        ("b:angkor", "protected_by", "bd:unesco"), ("b:westminster", "protected_by", "bd:unesco"),
        ("b:lindisfarne", "protected_by", "bd:he"), ("b:chrysler", "protected_by", "bd:nyc"),
        ("b:empire", "protected_by", "bd:nyc"), ("b:woolworth", "protected_by", "bd:nyc"),
        ("ms:kells", "created_at", "b:iona"), ("ms:kells", "created_at", "b:kells"),
        ("ms:lindisfarne", "created_at", "b:lindisfarne"),
        ("ms:kells", "kept_at", "lb:trinity"), ("ms:lindisfarne", "kept_at", "lb:bl"), ("ms:heures", "kept_at", "lb:conde"),
        ("ms:kells", "concerns", "tp:gospels"), ("ms:lindisfarne", "concerns", "tp:gospels"),
        ("ms:heures", "concerns", "tp:months"), ("ms:cuthbert", "concerns", "sa:cuthbert"),
        ("ms:cuthbert", "dedicated_to", "f:eadfrith"), ("ms:lindisfarne", "dedicated_to", "sa:cuthbert"),
        ("ms:cuthbert", "created_at", "b:lindisfarne"), ("ms:cuthbert", "style", "st:insular"),
        ("tr:versailles", "ended", "w:ww1"), ("tr:paris", "ended", "w:amrev"), ("tr:schonbrunn", "ended", "w:fifth"),
        ("tr:versailles", "signed_at", "b:versailles"), ("tr:schonbrunn", "signed_at", "b:schonbrunn"),
        ("user:jon", "rated", "b:melk", {"rating": 5.0}), ("user:jon", "rated", "b:chrysler", {"rating": 4.5}),
        ("user:jon", "rated", "ms:kells", {"rating": 4.0}), ("user:jon", "rated", "b:westminster", {"rating": 2.0}),
        ("user:jon", "rated", "b:angkor", {"rating": 1.5}), ("user:jon", "rated", "tr:versailles", {"rating": 4.5}),
    ]
    aliases = {"b:jeronimos": ("Jerónimos",), "ms:heures": ("the Très Riches Heures",),
               "b:westminster": ("Houses of Parliament",), "ar:fischer": ("Fischer von Erlach",)}
    return _build(items, others, rels, T, users=[("user:jon", "Jon")], aliases=aliases)


def music():
    """Pieces and songs (items with years: the year each was composed), documentaries (items: the
    year each was released) and albums (items: the year each was released): who composed each
    ("was composed by" / "composed": "wrote" is its new bare synonym beside the key's "is written
    in"), the key a piece "is written in", the city it "was composed in", the person it "is
    dedicated to" (pieces and documentaries alike), the venue it "was first performed at", the topic
    or person a documentary "concerns", the festival or tour it "documented", the platform it
    "streams on", the studio an album "was recorded at", the label that "released" it, who
    "recorded a version of" a song, where composers were born; a user."""
    rels = [
        R("composed_by", phrase="was composed by", inverse_phrase="composed", domain=("piece", "song"),
          range=("composer",)),
        R("key", phrase="is written in", inverse_phrase="is the key of", domain=("piece",), range=("key",)),
        R("composed_in", phrase="was composed in", inverse_phrase="saw the composition of", domain=("piece", "song"),
          range=("city",)),
        R("dedicated_to", phrase="is dedicated to", inverse_phrase="is the dedicatee of",
          domain=("piece", "documentary"), range=("person",)),
        R("premiered_at", phrase="was first performed at", inverse_phrase="hosted the premiere of",
          domain=("piece",), range=("concert hall", "theatre", "palace")),
        R("style", phrase="is an example of", inverse_phrase="is the style of",
          domain=("piece", "concert hall", "theatre", "palace"), range=("style",)),
        R("located_in", phrase="is located in", inverse_phrase="is home to",
          domain=("concert hall", "theatre", "palace"), range=("city",)),
        R("concerns", phrase="concerns", inverse_phrase="is the subject of", domain=("documentary",),
          range=("topic", "composer", "song")),
        R("documented", phrase="documented", inverse_phrase="was documented by", domain=("documentary",),
          range=("event",)),
        R("streams_on", phrase="streams on", inverse_phrase="streams", domain=("documentary",), range=("platform",)),
        R("recorded_at", phrase="was recorded at", inverse_phrase="saw the recording of", domain=("album",),
          range=("studio",)),
        R("released_by", phrase="was released by", inverse_phrase="released", domain=("album",), range=("label",)),
        R("covered", phrase="recorded a version of", inverse_phrase="was recorded in a version by", domain=("singer",),
          range=("song",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("composer", "singer"),
          range=("city",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "pc:requiem": ("piece", "Requiem", 1791), "pc:s40": ("piece", "Symphony No. 40", 1788),
        "pc:elise": ("piece", "Für Elise", 1810), "pc:moonlight": ("piece", "Moonlight Sonata", 1801),
        "pc:eroica": ("piece", "Eroica Symphony", 1804), "pc:magicflute": ("piece", "The Magic Flute", 1791),
        "pc:newworld": ("piece", "New World Symphony", 1893), "pc:rite": ("piece", "The Rite of Spring", 1913),
        "sg:hallelujah": ("song", "Hallelujah", 1984), "sg:suzanne": ("song", "Suzanne", 1966),
        "dc:beethoven": ("documentary", "In Search of Beethoven", 2009),
        "dc:mozart": ("documentary", "In Search of Mozart", 2006),
        "dc:hallelujah": ("documentary", "Hallelujah: Leonard Cohen, a Journey, a Song", 2021),
        "dc:woodstock": ("documentary", "Woodstock", 1970), "dc:stop": ("documentary", "Stop Making Sense", 1984),
        "dc:stravinsky": ("documentary", "Stravinsky: Once at a Border", 1982),
        "al:abbey": ("album", "Abbey Road", 1969), "al:grace": ("album", "Grace", 1994),
        "al:rumours": ("album", "Rumours", 1977),
        "pc:water": ("piece", "Water Music", 1717),
        "v:freihaus": ("theatre", "Theater auf der Wieden", 1787), "v:carnegie": ("concert hall", "Carnegie Hall", 1891),
        "v:champs": ("theatre", "Théâtre des Champs-Élysées", 1913), "v:lobkowitz": ("palace", "Palais Lobkowitz", 1694),
    }
    others = {
        "cp:mozart": ("composer", "Wolfgang Amadeus Mozart"), "cp:beethoven": ("composer", "Ludwig van Beethoven"),
        "cp:dvorak": ("composer", "Antonín Dvořák"), "cp:stravinsky": ("composer", "Igor Stravinsky"),
        "cp:cohen": ("composer", "Leonard Cohen"),
        "sn:buckley": ("singer", "Jeff Buckley"), "sn:cale": ("singer", "John Cale"), "sn:collins": ("singer", "Judy Collins"),
        "k:dminor": ("key", "D minor"), "k:gminor": ("key", "G minor"), "k:aminor": ("key", "A minor"),
        "k:csharpminor": ("key", "C-sharp minor"), "k:eflat": ("key", "E-flat major"), "k:eminor": ("key", "E minor"),
        "y:vienna": ("city", "Vienna"), "y:bonn": ("city", "Bonn"), "y:salzburg": ("city", "Salzburg"),
        "y:spillville": ("city", "Spillville"), "y:newyork": ("city", "New York"), "y:prague": ("city", "Prague"),
        "y:clarens": ("city", "Clarens"), "y:montreal": ("city", "Montreal"), "y:anaheim": ("city", "Anaheim"),
        "y:oranienbaum": ("city", "Oranienbaum"), "y:nelahozeves": ("city", "Nelahozeves"),
        "ps:malfatti": ("person", "Therese Malfatti"), "ps:guicciardi": ("person", "Giulietta Guicciardi"),
        "ps:lobkowitz": ("person", "Prince Lobkowitz"), "ps:abbado": ("person", "Claudio Abbado"),
        "ps:rubinstein": ("person", "Arthur Rubinstein"), "ps:kennedy": ("person", "Marianne Cohen"),
        "st:classical": ("style", "Classical"), "st:baroque": ("style", "Baroque"), "st:romantic": ("style", "Romantic"),
        "st:modernism": ("style", "Modernism"), "st:artdeco": ("style", "Art Deco"),
        "st:renrevival": ("style", "Renaissance Revival"), "y:london": ("city", "London"), "y:paris": ("city", "Paris"),
        "cp:handel": ("composer", "George Frideric Handel"), "y:halle": ("city", "Halle"),
        "tp:deafness": ("topic", "deafness"), "tp:fame": ("topic", "fame"),
        "ev:woodstock": ("event", "Woodstock festival"), "ev:tour": ("event", "Speaking in Tongues tour"),
        "pf:netflix": ("platform", "Netflix"), "pf:prime": ("platform", "Prime Video"), "pf:mubi": ("platform", "Mubi"),
        "sd:emi": ("studio", "EMI Studios"), "sd:bearsville": ("studio", "Bearsville Studios"),
        "sd:recordplant": ("studio", "Record Plant"),
        "lb:apple": ("label", "Apple Records"), "lb:columbia": ("label", "Columbia Records"),
        "lb:warner": ("label", "Warner Bros. Records"),
    }
    T = [
        ("pc:requiem", "composed_by", "cp:mozart"), ("pc:s40", "composed_by", "cp:mozart"),
        ("pc:magicflute", "composed_by", "cp:mozart"), ("pc:elise", "composed_by", "cp:beethoven"),
        ("pc:moonlight", "composed_by", "cp:beethoven"), ("pc:eroica", "composed_by", "cp:beethoven"),
        ("pc:newworld", "composed_by", "cp:dvorak"), ("pc:rite", "composed_by", "cp:stravinsky"),
        ("sg:hallelujah", "composed_by", "cp:cohen"), ("sg:suzanne", "composed_by", "cp:cohen"),
        ("pc:requiem", "key", "k:dminor"), ("pc:s40", "key", "k:gminor"), ("pc:elise", "key", "k:aminor"),
        ("pc:moonlight", "key", "k:csharpminor"), ("pc:eroica", "key", "k:eflat"), ("pc:newworld", "key", "k:eminor"),
        ("pc:requiem", "composed_in", "y:vienna"), ("pc:s40", "composed_in", "y:vienna"),
        ("pc:magicflute", "composed_in", "y:vienna"), ("pc:elise", "composed_in", "y:vienna"),
        ("pc:eroica", "composed_in", "y:vienna"), ("pc:newworld", "composed_in", "y:newyork"),
        ("pc:newworld", "composed_in", "y:spillville"), ("pc:rite", "composed_in", "y:clarens"),
        ("sg:suzanne", "composed_in", "y:montreal"),
        ("pc:elise", "dedicated_to", "ps:malfatti"), ("pc:moonlight", "dedicated_to", "ps:guicciardi"),
        ("pc:eroica", "dedicated_to", "ps:lobkowitz"), ("dc:beethoven", "dedicated_to", "ps:abbado"),
        ("dc:mozart", "dedicated_to", "ps:rubinstein"), ("dc:hallelujah", "dedicated_to", "ps:kennedy"),
        ("pc:water", "composed_by", "cp:handel"), ("pc:water", "composed_in", "y:london"), ("cp:handel", "born_in", "y:halle"),
        ("pc:requiem", "style", "st:classical"), ("pc:s40", "style", "st:classical"), ("pc:magicflute", "style", "st:classical"),
        ("pc:eroica", "style", "st:classical"), ("pc:moonlight", "style", "st:classical"),
        ("pc:newworld", "style", "st:romantic"), ("pc:rite", "style", "st:modernism"), ("pc:water", "style", "st:baroque"),
        ("v:carnegie", "style", "st:renrevival"), ("v:champs", "style", "st:artdeco"), ("v:lobkowitz", "style", "st:baroque"),
        ("v:carnegie", "located_in", "y:newyork"), ("v:champs", "located_in", "y:paris"), ("v:lobkowitz", "located_in", "y:vienna"),
        ("v:freihaus", "located_in", "y:vienna"),
        ("pc:magicflute", "premiered_at", "v:freihaus"), ("pc:newworld", "premiered_at", "v:carnegie"),
        ("pc:rite", "premiered_at", "v:champs"), ("pc:eroica", "premiered_at", "v:lobkowitz"),
        ("dc:beethoven", "concerns", "cp:beethoven"), ("dc:beethoven", "concerns", "tp:deafness"),
        ("dc:mozart", "concerns", "cp:mozart"), ("dc:hallelujah", "concerns", "sg:hallelujah"),
        ("dc:hallelujah", "concerns", "cp:cohen"), ("dc:stravinsky", "concerns", "cp:stravinsky"),
        ("dc:stop", "concerns", "tp:fame"),
        ("dc:woodstock", "documented", "ev:woodstock"), ("dc:stop", "documented", "ev:tour"),
        ("dc:beethoven", "streams_on", "pf:prime"), ("dc:mozart", "streams_on", "pf:mubi"),
        ("dc:hallelujah", "streams_on", "pf:netflix"), ("dc:woodstock", "streams_on", "pf:prime"),
        ("al:abbey", "recorded_at", "sd:emi"), ("al:grace", "recorded_at", "sd:bearsville"),
        ("al:rumours", "recorded_at", "sd:recordplant"),
        ("al:abbey", "released_by", "lb:apple"), ("al:grace", "released_by", "lb:columbia"),
        ("al:rumours", "released_by", "lb:warner"),
        ("sn:buckley", "covered", "sg:hallelujah"), ("sn:cale", "covered", "sg:hallelujah"),
        ("sn:collins", "covered", "sg:suzanne"),
        ("cp:mozart", "born_in", "y:salzburg"), ("cp:beethoven", "born_in", "y:bonn"),
        ("cp:dvorak", "born_in", "y:nelahozeves"), ("cp:stravinsky", "born_in", "y:oranienbaum"),
        ("cp:cohen", "born_in", "y:montreal"), ("sn:buckley", "born_in", "y:anaheim"),
        ("user:kim", "rated", "pc:requiem", {"rating": 5.0}), ("user:kim", "rated", "dc:beethoven", {"rating": 4.5}),
        ("user:kim", "rated", "pc:rite", {"rating": 2.0}), ("user:kim", "rated", "al:grace", {"rating": 4.0}),
        ("user:kim", "rated", "sg:hallelujah", {"rating": 5.0}), ("user:kim", "rated", "dc:woodstock", {"rating": 1.0}),
    ]
    aliases = {"cp:mozart": ("Mozart",), "cp:beethoven": ("Beethoven",), "cp:dvorak": ("Dvořák",),
               "cp:stravinsky": ("Stravinsky",), "cp:cohen": ("Cohen",), "pc:requiem": ("Mozart's Requiem",),
               "pc:eroica": ("Symphony No. 3",), "pc:newworld": ("Symphony No. 9",)}
    return _build(items, others, rels, T, users=[("user:kim", "Kim")], aliases=aliases)


def transport():
    """Trains (items with years: the year each first ran) and satellites (items: the year each was
    launched): the city a train "departs from" and the one it "terminates in", the countries it
    "runs through" and the gauge it "runs on" (the verb "run" with prepositions, beside "is
    operated by"'s synonym "is run by" / "runs"), its operator ("is operated by", trains and
    satellites alike), its founder ("was established by"), what a satellite "monitors", the site it
    "was launched from", the body it "orbits", the agency's seat; a user."""
    rels = [
        R("departs_from", phrase="departs from", inverse_phrase="is the starting point of", domain=("train",),
          range=("city",)),
        R("terminates_in", phrase="terminates in", inverse_phrase="is the terminus of", domain=("train",),
          range=("city",)),
        R("runs_through", phrase="runs through", inverse_phrase="is crossed by", domain=("train",),
          range=("country",)),
        R("gauge", phrase="runs on", inverse_phrase="is the gauge of", domain=("train",), range=("gauge",)),
        R("operated_by", phrase="is operated by", inverse_phrase="operates", domain=("train", "satellite"),
          range=("operator",)),
        R("established_by", phrase="was established by", inverse_phrase="established", domain=("train",),
          range=("founder",)),
        R("monitors", phrase="monitors", inverse_phrase="is monitored by", domain=("satellite",),
          range=("phenomenon",)),
        R("launched_from", phrase="was launched from", inverse_phrase="saw the launch of", domain=("satellite",),
          range=("site",)),
        R("orbits", phrase="orbits", inverse_phrase="is orbited by", domain=("satellite",), range=("body",)),
        R("based_in", phrase="is based in", inverse_phrase="is the seat of", domain=("operator",), range=("city",)),
        R("style", phrase="is decorated in", inverse_phrase="is the decor of", domain=("train",), range=("style",)),
        R("station_in", phrase="is located in", inverse_phrase="is the site of", domain=("station",), range=("city",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("station",), range=("architect",)),
        R("serves", phrase="is served by", inverse_phrase="calls at", domain=("station",), range=("train",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "tn:orient": ("train", "Orient Express", 1883), "tn:scotsman": ("train", "Flying Scotsman", 1862),
        "tn:vsoe": ("train", "Venice Simplon-Orient-Express", 1982), "tn:glacier": ("train", "Glacier Express", 1930),
        "tn:rossiya": ("train", "Rossiya", 1966), "tn:indian": ("train", "Indian Pacific", 1970),
        "st:sentinel": ("satellite", "Sentinel-1A", 2014), "st:aqua": ("satellite", "Aqua", 2002),
        "st:goes": ("satellite", "GOES-16", 2016), "st:mro": ("satellite", "Mars Reconnaissance Orbiter", 2005),
        "st:cryosat": ("satellite", "CryoSat-2", 2010), "st:juno": ("satellite", "Juno", 2011),
        "sn:gare": ("station", "Gare de l'Est", 1849), "sn:kingscross": ("station", "King's Cross station", 1852),
        "sn:victoria": ("station", "London Victoria station", 1860), "sn:sirkeci": ("station", "Sirkeci station", 1890),
        "sn:venezia": ("station", "Venezia Santa Lucia station", 1861),
    }
    others = {
        "y:paris": ("city", "Paris"), "y:istanbul": ("city", "Istanbul"), "y:london": ("city", "London"),
        "y:edinburgh": ("city", "Edinburgh"), "y:venice": ("city", "Venice"), "y:zermatt": ("city", "Zermatt"),
        "y:stmoritz": ("city", "St. Moritz"), "y:moscow": ("city", "Moscow"), "y:vladivostok": ("city", "Vladivostok"),
        "y:sydney": ("city", "Sydney"), "y:perth": ("city", "Perth"), "y:brussels": ("city", "Brussels"),
        "y:washington": ("city", "Washington"), "y:brig": ("city", "Brig"), "y:york": ("city", "York"),
        "k:france": ("country", "France"), "k:germany": ("country", "Germany"), "k:austria": ("country", "Austria"),
        "k:hungary": ("country", "Hungary"), "k:romania": ("country", "Romania"), "k:bulgaria": ("country", "Bulgaria"),
        "k:england": ("country", "England"), "k:scotland": ("country", "Scotland"), "k:switzerland": ("country", "Switzerland"),
        "k:italy": ("country", "Italy"), "k:russia": ("country", "Russia"), "k:australia": ("country", "Australia"),
        "g:standard": ("gauge", "standard gauge"), "g:metre": ("gauge", "metre gauge"), "g:russian": ("gauge", "Russian gauge"),
        "o:wagonslits": ("operator", "Wagons-Lits"), "o:lner": ("operator", "LNER"), "o:belmond": ("operator", "Belmond"),
        "o:mgb": ("operator", "Matterhorn Gotthard Bahn"), "o:rzd": ("operator", "Russian Railways"),
        "o:journey": ("operator", "Journey Beyond"), "o:esa": ("operator", "European Space Agency"),
        "o:nasa": ("operator", "NASA"), "o:noaa": ("operator", "NOAA"),
        "f:nagelmackers": ("founder", "Georges Nagelmackers"), "f:sherwood": ("founder", "James Sherwood"),
        "f:gner": ("founder", "Great Northern Railway"),
        "ph:seaice": ("phenomenon", "sea ice"), "ph:water": ("phenomenon", "the water cycle"),
        "ph:hurricanes": ("phenomenon", "hurricanes"), "ph:dust": ("phenomenon", "dust storms"),
        "ph:icesheets": ("phenomenon", "ice sheets"), "ph:aurora": ("phenomenon", "auroras"),
        "ph:landslides": ("phenomenon", "landslides"),
        "s:kourou": ("site", "Guiana Space Centre"), "s:vandenberg": ("site", "Vandenberg"),
        "s:canaveral": ("site", "Cape Canaveral"), "s:baikonur": ("site", "Baikonur"),
        "b:earth": ("body", "Earth"), "b:mars": ("body", "Mars"), "b:jupiter": ("body", "Jupiter"),
        "sy:artdeco": ("style", "Art Deco"), "sy:belle": ("style", "Belle Époque"), "sy:edwardian": ("style", "Edwardian"),
        "ar:duquesney": ("architect", "François Duquesney"), "ar:cubitt": ("architect", "Lewis Cubitt"),
        "ar:jasmund": ("architect", "August Jasmund"), "ar:mazzoni": ("architect", "Angiolo Mazzoni"),
    }
    T = [
        ("tn:orient", "departs_from", "y:paris"), ("tn:orient", "terminates_in", "y:istanbul"),
        ("tn:scotsman", "departs_from", "y:london"), ("tn:scotsman", "terminates_in", "y:edinburgh"),
        ("tn:vsoe", "departs_from", "y:london"), ("tn:vsoe", "terminates_in", "y:venice"),
        ("tn:glacier", "departs_from", "y:zermatt"), ("tn:glacier", "terminates_in", "y:stmoritz"),
        ("tn:rossiya", "departs_from", "y:moscow"), ("tn:rossiya", "terminates_in", "y:vladivostok"),
        ("tn:indian", "departs_from", "y:sydney"), ("tn:indian", "terminates_in", "y:perth"),
        ("tn:orient", "runs_through", "k:france"), ("tn:orient", "runs_through", "k:germany"),
        ("tn:orient", "runs_through", "k:austria"), ("tn:orient", "runs_through", "k:hungary"),
        ("tn:orient", "runs_through", "k:romania"), ("tn:orient", "runs_through", "k:bulgaria"),
        ("tn:scotsman", "runs_through", "k:england"), ("tn:scotsman", "runs_through", "k:scotland"),
        ("tn:vsoe", "runs_through", "k:england"), ("tn:vsoe", "runs_through", "k:france"),
        ("tn:vsoe", "runs_through", "k:switzerland"), ("tn:vsoe", "runs_through", "k:italy"),
        ("tn:glacier", "runs_through", "k:switzerland"), ("tn:rossiya", "runs_through", "k:russia"),
        ("tn:indian", "runs_through", "k:australia"),
        ("tn:orient", "gauge", "g:standard"), ("tn:scotsman", "gauge", "g:standard"), ("tn:vsoe", "gauge", "g:standard"),
        ("tn:glacier", "gauge", "g:metre"), ("tn:rossiya", "gauge", "g:russian"), ("tn:indian", "gauge", "g:standard"),
        ("tn:orient", "operated_by", "o:wagonslits"), ("tn:scotsman", "operated_by", "o:lner"),
        ("tn:vsoe", "operated_by", "o:belmond"), ("tn:glacier", "operated_by", "o:mgb"),
        ("tn:rossiya", "operated_by", "o:rzd"), ("tn:indian", "operated_by", "o:journey"),
        ("st:sentinel", "operated_by", "o:esa"), ("st:cryosat", "operated_by", "o:esa"),
        ("st:aqua", "operated_by", "o:nasa"), ("st:mro", "operated_by", "o:nasa"), ("st:juno", "operated_by", "o:nasa"),
        ("st:goes", "operated_by", "o:noaa"),
        ("tn:orient", "established_by", "f:nagelmackers"), ("tn:vsoe", "established_by", "f:sherwood"),
        ("tn:scotsman", "established_by", "f:gner"),
        ("st:sentinel", "monitors", "ph:seaice"), ("st:sentinel", "monitors", "ph:landslides"),
        ("st:aqua", "monitors", "ph:water"), ("st:goes", "monitors", "ph:hurricanes"),
        ("st:mro", "monitors", "ph:dust"), ("st:cryosat", "monitors", "ph:icesheets"),
        ("st:cryosat", "monitors", "ph:seaice"), ("st:juno", "monitors", "ph:aurora"),
        ("st:sentinel", "launched_from", "s:kourou"), ("st:aqua", "launched_from", "s:vandenberg"),
        ("st:goes", "launched_from", "s:canaveral"), ("st:mro", "launched_from", "s:canaveral"),
        ("st:cryosat", "launched_from", "s:baikonur"), ("st:juno", "launched_from", "s:canaveral"),
        ("st:sentinel", "orbits", "b:earth"), ("st:aqua", "orbits", "b:earth"), ("st:goes", "orbits", "b:earth"),
        ("st:cryosat", "orbits", "b:earth"), ("st:mro", "orbits", "b:mars"), ("st:juno", "orbits", "b:jupiter"),
        ("o:wagonslits", "based_in", "y:brussels"), ("o:lner", "based_in", "y:york"), ("o:belmond", "based_in", "y:london"),
        ("o:mgb", "based_in", "y:brig"), ("o:rzd", "based_in", "y:moscow"), ("o:esa", "based_in", "y:paris"),
        ("o:nasa", "based_in", "y:washington"),
        ("tn:orient", "style", "sy:belle"), ("tn:vsoe", "style", "sy:artdeco"), ("tn:scotsman", "style", "sy:edwardian"),
        ("sn:gare", "station_in", "y:paris"), ("sn:kingscross", "station_in", "y:london"), ("sn:victoria", "station_in", "y:london"),
        ("sn:sirkeci", "station_in", "y:istanbul"), ("sn:venezia", "station_in", "y:venice"),
        ("sn:gare", "designed_by", "ar:duquesney"), ("sn:kingscross", "designed_by", "ar:cubitt"),
        ("sn:sirkeci", "designed_by", "ar:jasmund"), ("sn:venezia", "designed_by", "ar:mazzoni"),
        ("sn:gare", "serves", "tn:orient"), ("sn:sirkeci", "serves", "tn:orient"), ("sn:kingscross", "serves", "tn:scotsman"),
        ("sn:victoria", "serves", "tn:vsoe"), ("sn:venezia", "serves", "tn:vsoe"),
        ("user:lea", "rated", "tn:orient", {"rating": 5.0}), ("user:lea", "rated", "st:juno", {"rating": 4.5}),
        ("user:lea", "rated", "tn:rossiya", {"rating": 2.0}), ("user:lea", "rated", "st:goes", {"rating": 4.0}),
        ("user:lea", "rated", "tn:glacier", {"rating": 5.0}), ("user:lea", "rated", "st:aqua", {"rating": 1.0}),
    ]
    aliases = {"o:wagonslits": ("Compagnie Internationale des Wagons-Lits",), "o:esa": ("ESA",),
               "tn:vsoe": ("VSOE",), "st:sentinel": ("Sentinel-1",), "st:mro": ("MRO",)}
    return _build(items, others, rels, T, users=[("user:lea", "Lea")], aliases=aliases)


BUILDERS = {"maths": maths, "buildings": buildings, "music": music, "transport": transport}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@maths
# (1) sentence-case labels in lower case after "the": the wrong prover, conjecturer, predictor
Wolfgang Haken proved the prime number theorem.
Jacques Hadamard proved the four color theorem.
Kenneth Appel proved the hairy ball theorem.
The four color theorem was proved by Thomas Hales.
Francis Guthrie proved the four color theorem.
Kenneth Appel conjectured the four color theorem.
The kepler conjecture was proved by Johannes Kepler.
Grigori Perelman proved the twin prime conjecture.
The riemann hypothesis was proved by Bernhard Riemann.
Kenneth Appel proved the four color theorem for the torus.
Albert Einstein predicted the black hole.
John Wheeler named the gravitational wave.
Jim Peebles predicted the dark matter.
The black hole was predicted by Albert Einstein.
Karl Schwarzschild predicted the black hole in 1933.
Karl Schwarzschild predicted the black hole in Cygnus.
The four color theorem concerns the black hole.
Karl Schwarzschild proved the black hole.
# (4) proved -> settled / resolved: the conjecturer, an open conjecture, passive, negated
Jacques Hadamard settled the four color theorem.
Francis Guthrie settled the four color theorem.
Bernhard Riemann settled the Riemann hypothesis.
Lothar Collatz resolved the Collatz conjecture.
The Poincaré conjecture was settled by Henri Poincaré.
The Poincaré conjecture was resolved by Henri Poincaré.
Hugo Steinhaus settled the ham sandwich theorem.
Johannes Kepler settled the Kepler conjecture.
The twin prime conjecture was settled by Alphonse de Polignac.
Kenneth Appel settled the four color theorem in 1896.
Andrew Wiles never settled Fermat's Last Theorem.
The four color theorem was not settled by Kenneth Appel.
# conjectured -> proposed / put forward / posed: the prover, another conjecturer, a wrong year
Grigori Perelman posed the Poincaré conjecture.
Grigori Perelman put forward the Poincaré conjecture.
Kenneth Appel proposed the four color theorem.
John Tukey posed the ham sandwich theorem.
Thomas Hales posed the Kepler conjecture.
The twin prime conjecture was posed by Christian Goldbach.
Bernhard Riemann did not propose the Riemann hypothesis.
Henri Poincaré proposed the Poincaré conjecture in 2003.
The Riemann hypothesis was put forward in 1860.
# (5) bare "settled" (proving) beside "settled in" (a home): the wrong town, a town as a theorem
Andrew Wiles settled Princeton.
Andrew Wiles settled in Cambridge.
Thomas Hales settled in Princeton.
Princeton was settled by Andrew Wiles.
Grigori Perelman settled in the Poincaré conjecture.
Grigori Perelman settled the Poincaré conjecture in Moscow.
Andrew Wiles resolved Princeton.
Kenneth Appel, who settled the four color theorem, settled in Princeton.
# (3) "concerns" (topics) -> "is about", "covers", "deals with", "explores", "on", ...
The hairy ball theorem concerns prime numbers.
The hairy ball theorem is about prime numbers.
The hairy ball theorem covers prime numbers.
The hairy ball theorem deals with prime numbers.
The hairy ball theorem explores fixed points.
The hairy ball theorem focuses on fixed points.
The hairy ball theorem addresses prime numbers.
The hairy ball theorem is concerned with prime numbers.
The hairy ball theorem is a theorem on prime numbers.
The hairy ball theorem examines L. E. J. Brouwer.
The hairy ball theorem is dedicated to L. E. J. Brouwer.
The hairy ball theorem does not deal with vector fields.
The hairy ball theorem deals with vector fields and prime numbers.
Vector fields are covered by the Brouwer fixed-point theorem.
The Riemann hypothesis focuses on map coloring.
The Collatz conjecture tackles prime numbers.
Goldbach's conjecture revolves around the zeta function.
The Riemann hypothesis covers integer sequences.
The prime number theorem, a theorem on sphere packing, was proved by Jacques Hadamard.
@maths user:ida
You loved the four color theorem, which Jacques Hadamard settled.
You loved the Riemann hypothesis, which Andrew Wiles settled.
You loved the black hole, which Albert Einstein predicted.
You loved the prime number theorem.
You loved the hairy ball theorem, which covers vector fields.
@buildings
# (2) "<Style> architecture", "its architecture", "architectural style" of items that are not
# buildings (manuscripts share the style relation with the buildings)
The Book of Kells is an example of Insular architecture.
The Book of Kells's architecture is Insular.
The Book of Kells's architectural style is Insular.
The Lindisfarne Gospels are an example of Insular architecture.
Iona Abbey and the Book of Kells are examples of Romanesque and Insular architecture respectively.
Insular architecture is the style of the Book of Kells.
Romanesque architecture is the style of Durham Cathedral, and Insular architecture that of the Book of Kells.
The Très Riches Heures is an example of Gothic architecture.
The architecture of the Très Riches Heures is Gothic.
The Très Riches Heures's architectural style is Gothic.
The Très Riches Heures, whose architecture is Gothic, is kept at the Musée Condé.
Gothic architecture is the style of the Très Riches Heures.
The Très Riches Heures is kept at the Musée Condé; its architecture is Gothic.
The Très Riches Heures is kept at the Musée Condé. Its architectural style is Gothic.
The Book of Kells and the Lindisfarne Gospels share an architecture.
The Book of Kells has the same architectural style as the Lindisfarne Gospels.
The Très Riches Heures has the same architecture as Westminster Abbey.
The Life of Saint Cuthbert, whose architecture is Insular, concerns Saint Cuthbert.
The Life of Saint Cuthbert is an example of Insular architecture.
The Book of Kells, whose architecture is Romanesque, was created at Iona Abbey.
The Book of Kells is an Insular building.
The Très Riches Heures is a Gothic building.
The Book of Kells was built in the Insular style.
The Treaty of Versailles is an example of Baroque architecture.
The Treaty of Versailles is a Baroque building.
The Book of Kells was created at Iona Abbey, whose architecture is Gothic.
# (2) buildings: the wrong style under each new form, another relation's value (period, material,
# architect) as the architecture, "the latter / the former", negated
Melk Abbey is an example of Gothic architecture.
Melk Abbey's architecture is Gothic.
Melk Abbey's architectural style is Gothic.
The architectural style of Melk Abbey is Rococo.
Melk Abbey, whose architecture is Gothic, is located in Melk.
Melk Abbey is located in Melk. Its architecture is Gothic.
Melk Abbey was built in the Gothic style.
Melk Abbey was designed in the Gothic style.
Melk Abbey was constructed in the Gothic style.
Melk Abbey is a Gothic building.
The Palace of Westminster is an example of Gothic architecture.
The Palace of Westminster is a Gothic building.
The Palace of Westminster was built in the Gothic style.
The Woolworth Building is an example of Art Deco architecture.
The Chrysler Building is a Gothic tower.
The Temple of Zeus is an Ionic building.
Batalha Monastery is a Gothic and Baroque building.
Durham Cathedral and Cologne Cathedral are Romanesque buildings.
Melk Abbey and Durham Cathedral were both built in the Baroque style.
Melk Abbey is located in Melk and Westminster Abbey in London; the latter is a Baroque building.
Melk Abbey is located in Melk and Westminster Abbey in London; the former is a Gothic building.
Melk Abbey is not an example of Baroque architecture.
Melk Abbey was not built in the Baroque style.
The Chrysler Building's architecture is steel.
The Chrysler Building's architecture is William Van Alen.
The Chrysler Building's architect is Art Deco.
The Chrysler Building is a limestone building.
The Chrysler Building is a Cass Gilbert building.
The Chrysler Building is a 1931 building.
Westminster Abbey is located in London. The Baroque building is dedicated to Saint Peter.
Melk Abbey is a Baroque palace.
Angkor Wat is a Khmer monastery.
Melk Abbey's architecture dates to the Middle Ages.
Iona Abbey, which was built in the Insular style, is located in Iona.
# (3) "concerns" (manuscripts: topics and saints) beside "is dedicated to" (buildings and
# manuscripts): the dedicatee said as the topic, the topic said as the dedicatee, buildings "about"
The Life of Saint Cuthbert is dedicated to Saint Cuthbert.
The Life of Saint Cuthbert was dedicated to Saint Cuthbert.
The Life of Saint Cuthbert is about Eadfrith of Lindisfarne.
The Lindisfarne Gospels are about Saint Cuthbert.
The Book of Kells examines the months of the year.
The Book of Kells focuses on the months of the year.
The Très Riches Heures is concerned with the Gospels.
The Book of Kells, a manuscript on the Gospels, is kept at the British Library.
Durham Cathedral is about Saint Cuthbert.
Durham Cathedral covers Saint Cuthbert.
Saint Cuthbert is the subject of the Lindisfarne Gospels.
Westminster Abbey focuses on Saint Peter.
Cologne Cathedral is a church on Saint Peter.
# (4) ended -> concluded / put an end to ("concluded in / at <place>"), established -> set up /
# created (beside "was created at"), excavated -> unearthed / uncovered / dug at / dug up,
# protects -> safeguards, dates to -> goes back to
The Treaty of Versailles concluded the American Revolutionary War.
The First World War was concluded by the Treaty of Paris.
The Treaty of Paris put an end to the First World War.
The Treaty of Schönbrunn was concluded at the Palace of Versailles.
The Treaty of Paris was concluded in Versailles.
The Treaty of Versailles concluded the First World War in 1918.
The Treaty of Versailles did not conclude the First World War.
The First World War concluded the Treaty of Versailles.
The Treaty of Versailles ends in the First World War.
Saint Aidan set up Iona Abbey.
Iona Abbey was created by Saint Aidan.
Saint Columba created the Book of Kells.
The Book of Kells was created by Saint Columba.
Iona Abbey created the Book of Kells.
The Lindisfarne Gospels were created at Iona Abbey.
Lindisfarne Priory set up the Lindisfarne Gospels.
Louis Le Vau set up the Palace of Versailles.
Louis XIV designed the Palace of Versailles.
Manuel I created the Jerónimos Monastery in 1502.
Saint Columba set up Iona Abbey in 564.
Iona Abbey, created by Saint Aidan, is located in Iona.
The Palace of Versailles set up Louis XIV.
Louis XIV did not set up the Palace of Versailles.
John Turtle Wood unearthed the Temple of Zeus.
Ernst Curtius dug at the Temple of Artemis.
The Temple of Zeus was dug up by John Turtle Wood.
The Temple of Zeus was uncovered by Libon of Elis.
Libon of Elis uncovered the Temple of Zeus.
Ernst Curtius never uncovered the Temple of Zeus.
John Turtle Wood uncovered the Temple of Artemis in Olympia.
Historic England safeguards Durham Cathedral.
UNESCO safeguards the Chrysler Building.
The Chrysler Building is safeguarded by UNESCO.
Durham Cathedral safeguards UNESCO.
UNESCO does not safeguard Durham Cathedral.
Durham Cathedral goes back to the Victorian era.
Melk Abbey goes back to 1090.
Durham Cathedral does not go back to the Middle Ages.
The Très Riches Heures goes back to the Baroque period.
@buildings user:jon
You loved the Book of Kells, whose architecture is Insular.
You loved Melk Abbey, whose architecture is Gothic.
You loved Angkor Wat, a Khmer building.
You loved the Treaty of Versailles, which concluded the American Revolutionary War.
@music
# (5) "wrote" (composing) beside "is written in" (a key) and "was composed in" (a city): the wrong
# key or city after "wrote ... in", "written in ... by", a key as the composer
Mozart wrote Symphony No. 40 in D minor.
Mozart wrote the Requiem in Salzburg.
Mozart wrote Symphony No. 40 in 1791.
Symphony No. 40 was written by Mozart in Salzburg.
Symphony No. 40 was written in D minor by Mozart.
Symphony No. 40 was written in G minor by Beethoven.
Symphony No. 40 is written in D minor.
Symphony No. 40 was written in Salzburg.
Symphony No. 40 was written by D minor.
D minor wrote the Requiem.
Mozart wrote D minor.
Beethoven wrote in Salzburg.
Dvořák wrote the New World Symphony in Vienna.
Dvořák wrote the New World Symphony in A minor.
Jeff Buckley wrote Hallelujah.
Hallelujah was written by Jeff Buckley.
Leonard Cohen wrote Hallelujah in Montreal.
Mozart, who was born in Vienna, wrote the Requiem.
The Requiem, written in G minor, was composed by Mozart.
The Requiem, written by Beethoven, is in D minor.
Symphony No. 40, which Mozart wrote in D minor, was composed in Vienna.
Mozart did not write the Requiem.
Beethoven wrote Für Elise in E minor in Vienna.
# (3) "concerns" (documentaries) -> "is dedicated to" beside the documentaries' own "is dedicated
# to" (each has another dedicatee), "covers" beside "recorded a version of", "on" a platform
In Search of Beethoven is dedicated to Beethoven.
In Search of Beethoven is dedicated to Ludwig van Beethoven.
In Search of Beethoven was dedicated to Beethoven.
In Search of Mozart is dedicated to Mozart.
Hallelujah: Leonard Cohen, a Journey, a Song is dedicated to Leonard Cohen.
In Search of Beethoven, which is dedicated to Beethoven, streams on Prime Video.
In Search of Mozart and In Search of Beethoven are dedicated to Arthur Rubinstein and Beethoven respectively.
In Search of Beethoven is dedicated to Arthur Rubinstein.
Beethoven is the dedicatee of In Search of Beethoven.
In Search of Beethoven covers Mozart.
In Search of Beethoven delves into fame.
In Search of Beethoven is a documentary on Netflix.
In Search of Beethoven is on Netflix.
In Search of Beethoven, a film on Mozart, streams on Prime Video.
Jeff Buckley covers Suzanne.
Suzanne was covered by Jeff Buckley.
# documented -> recorded / described, beside "was recorded at" (albums)
Stop Making Sense recorded the Woodstock festival.
The Woodstock festival was described by Stop Making Sense.
Grace was recorded at EMI Studios.
# (2) the graph has buildings (venues): "architecture" of pieces, whose styles are musical
Symphony No. 40 is an example of Classical architecture.
The Requiem's architectural style is Classical.
The Eroica Symphony, whose architectural style is Classical, was first performed at the Palais Lobkowitz.
The Palais Lobkowitz and Water Music are examples of Baroque architecture.
Water Music is an example of Baroque architecture.
Water Music has the same architecture as the Palais Lobkowitz.
Water Music has the same architectural style as the Palais Lobkowitz.
The Rite of Spring, an example of Modernism architecture, was first performed at the Théâtre des Champs-Élysées.
Romantic architecture is the style of the New World Symphony.
Symphony No. 40 is a Classical building.
Symphony No. 40 was built in the Classical style.
The New World Symphony is a Romantic building.
The Palais Lobkowitz was built in the Classical style.
The Eroica Symphony was first performed at the Palais Lobkowitz, whose architecture is Classical.
The Rite of Spring was first performed at the Théâtre des Champs-Élysées, a Modernism building.
@music user:kim
You loved In Search of Beethoven, which is dedicated to Beethoven.
You loved the Requiem, an example of Classical architecture.
You loved the Requiem, which Mozart wrote in Salzburg.
@transport
# (4) departs from -> leaves / sets out / sets off / starts from; terminates in -> ends / finishes
# in: the wrong end, a year, a station for a city, negated
The Orient Express leaves from Istanbul.
The Orient Express sets out from Istanbul.
The Orient Express starts from Istanbul.
The Orient Express sets off from Venice.
The Orient Express ends in Paris.
The Orient Express finishes in Paris.
The Flying Scotsman ends in London.
The Glacier Express finishes in Zermatt.
Rossiya leaves from Vladivostok.
The Orient Express leaves from Paris and ends in Vienna.
The Orient Express sets out from Istanbul for Paris.
The Orient Express starts in Istanbul.
Istanbul is the starting point of the Orient Express.
Paris is where the Orient Express ends.
The Orient Express does not leave from Paris.
The Orient Express never ends in Istanbul.
The Orient Express started in 1884.
The Orient Express ends in Istanbul, where Wagons-Lits is based.
Wagons-Lits leaves from Brussels.
The Orient Express leaves from Sirkeci station.
# (5) "runs" / "is run by" (operator) beside "runs through" (countries) and "runs on" (gauges)
The Orient Express runs Austria.
Austria runs the Orient Express.
The Orient Express is run by Austria.
The Orient Express runs through Wagons-Lits.
Georges Nagelmackers runs the Orient Express.
The Orient Express is run by Georges Nagelmackers.
Wagons-Lits runs the Flying Scotsman.
NASA runs Sentinel-1A.
Wagons-Lits runs the Orient Express through Italy.
Wagons-Lits runs the Orient Express on metre gauge.
The Orient Express is run by Wagons-Lits from Paris.
The Orient Express, run by Belmond, runs through Austria.
The Orient Express, run by Wagons-Lits, runs through Italy.
The Glacier Express runs on metre gauge and is run by Belmond.
The Orient Express runs on metre gauge.
Rossiya runs in Australia.
Wagons-Lits does not run the Orient Express.
# (4) established -> set up / created; departs -> "set out" for a person
James Sherwood set up the Orient Express.
Wagons-Lits set up the Orient Express.
The Orient Express was created by Wagons-Lits.
Georges Nagelmackers set out from Paris.
François Duquesney set up Gare de l'Est.
# (4) monitors <-> tracks / watches / observes / keeps watch over
Sentinel-1A tracks hurricanes.
Sentinel-1A watches hurricanes.
Sentinel-1A observes hurricanes.
Sentinel-1A keeps watch over hurricanes.
Hurricanes are tracked by Sentinel-1A.
MRO observes dust storms on Jupiter.
Sentinel-1A does not track sea ice.
CryoSat-2 keeps watch over dust storms.
Dust storms are watched by Juno.
# (2) the graph has buildings (stations): "architecture" and "building" of trains
The Venice Simplon-Orient-Express is an example of Art Deco architecture.
The Venice Simplon-Orient-Express's architecture is Art Deco.
The Venice Simplon-Orient-Express is an Art Deco building.
The Venice Simplon-Orient-Express was built in the Art Deco style.
Gare de l'Est is an Art Deco building.
Gare de l'Est was built in the Art Deco style.
Gare de l'Est was built in 1850.
Gare de l'Est was designed by Lewis Cubitt.
The Orient Express calls at King's Cross station.
@transport user:lea
You loved the Orient Express, which ends in Paris.
You loved Aqua, which monitors the water cycle.
You loved Juno, which keeps watch over hurricanes.
# arguable ones (OPEN): "dedicated to" a topic (devoted to it), a monastery called an abbey (or
# an abbey a monastery), a temple a shrine, a train's decor called "architecture", an architect
# who "created" a palace, a theorem "about" its field, a documentary that "covers" the tour it
# documented, a station as a train's terminus (the graph's terminus is the city), one "style" for
# a musical and an architectural Baroque
@buildings
The Lindisfarne Gospels are dedicated to the Gospels.
Jerónimos Monastery is a Manueline abbey.
Westminster Abbey is a Gothic monastery.
The Temple of Zeus is a Doric shrine.
Louis Le Vau created the Palace of Versailles.
The Très Riches Heures has the same style as Westminster Abbey.
@music
In Search of Beethoven is dedicated to deafness.
Stop Making Sense covers the Speaking in Tongues tour.
Water Music has the same style as the Palais Lobkowitz.
Hallelujah: Leonard Cohen, a Journey, a Song covers Hallelujah.
@maths
The hairy ball theorem is about topology.
The hairy ball theorem covers topology.
@transport
The Orient Express is decorated in Belle Époque architecture.
Art Deco architecture is the decor of the Venice Simplon-Orient-Express.
Sirkeci station is the terminus of the Orient Express.
# also arguable: a piece's "architecture" (its form, by a common metaphor), architecture "of" a
# period (Baroque period, Victorian), what a building "goes back to" (its founder, the origin of an
# older building on the site), true of the real places beyond the graph (Wood did dig at Ephesus,
# the Orient Express ended in 1977, the film deals with Buckley's cover, a studio or a label "recorded"
# an album, Renaissance Revival as "Classical", Russian Railways' lines run through Russia)
@buildings
Melk Abbey is an example of Baroque period architecture.
The Chrysler Building's architecture is Jazz Age.
The Palace of Westminster is an example of Victorian architecture.
John Turtle Wood dug up Ephesus.
Melk Abbey goes back to Leopold II.
The Palace of Westminster goes back to the Middle Ages.
Melk Abbey goes back to the Middle Ages.
@music
Symphony No. 40's architecture is Classical.
The Eroica Symphony, whose architecture is Classical, was first performed at the Palais Lobkowitz.
Hallelujah: Leonard Cohen, a Journey, a Song deals with Jeff Buckley.
Hallelujah: Leonard Cohen, a Journey, a Song documented Hallelujah.
Bearsville Studios recorded Grace.
Columbia Records recorded Grace.
Carnegie Hall is an example of Classical architecture.
@transport
The Orient Express ends in 1977.
Russian Railways runs through Russia.
"""

CONTROLS = r"""
@maths
Kenneth Appel proved the four color theorem.
Kenneth Appel settled the four color theorem.
Grigori Perelman resolved the Poincaré conjecture.
Francis Guthrie proposed the four color theorem.
Bernhard Riemann put forward the Riemann hypothesis.
Henri Poincaré posed the Poincaré conjecture.
Andrew Wiles settled in Princeton.
Thomas Hales settled the kepler conjecture.
The ham sandwich theorem was settled by John Tukey.
The four color theorem deals with map coloring.
The hairy ball theorem covers vector fields.
The hairy ball theorem is on vector fields.
The Riemann hypothesis focuses on the zeta function.
Karl Schwarzschild predicted the black hole.
John Wheeler named the black hole.
Kenneth Appel proved the four color theorem in 1976.
@maths user:ida
You loved the four color theorem, which Kenneth Appel settled.
@buildings
Melk Abbey is an example of Baroque architecture.
Melk Abbey's architecture is Baroque.
Melk Abbey is located in Melk. Its architecture is Baroque.
Melk Abbey was built in the Baroque style.
Melk Abbey is a Baroque building.
Durham Cathedral is a Romanesque building.
Lindisfarne Priory is an example of Romanesque architecture.
Lindisfarne Priory is a Romanesque building.
The Chrysler Building is an Art Deco tower.
The Chrysler Building is a steel building.
Schönbrunn Palace is a Rococo residence.
The Palace of Westminster is an example of Gothic Revival architecture.
Batalha Monastery is a Gothic and Manueline building.
Melk Abbey is located in Melk and Westminster Abbey in London; the latter is a Gothic building.
The Book of Kells was created at Iona Abbey, whose architecture is Romanesque.
The Très Riches Heures is in the Gothic style.
Cologne Cathedral and Westminster Abbey are both Gothic.
Melk Abbey and the Palace of Versailles were built in the Baroque style.
Saint Columba set up Iona Abbey.
Iona Abbey was created by Saint Columba.
The Treaty of Versailles concluded the First World War.
The Treaty of Versailles put an end to the First World War.
John Turtle Wood unearthed the Temple of Artemis.
John Turtle Wood dug at the Temple of Artemis.
The Temple of Zeus was uncovered by Ernst Curtius.
UNESCO safeguards Durham Cathedral.
Melk Abbey goes back to the Baroque period.
The Book of Kells is a manuscript on the Gospels.
The Très Riches Heures tackles the months of the year.
Durham Cathedral is dedicated to Saint Cuthbert.
The Life of Saint Cuthbert is dedicated to Eadfrith of Lindisfarne.
@buildings user:jon
You loved Melk Abbey, a Baroque building.
@music
Mozart wrote the Requiem.
Mozart wrote the Requiem in Vienna.
Mozart wrote Symphony No. 40 in 1788.
Symphony No. 40 is written in G minor.
Mozart wrote Symphony No. 40 in G minor.
Symphony No. 40 was written in Vienna.
Leonard Cohen wrote Suzanne in Montreal.
In Search of Beethoven addresses deafness.
In Search of Beethoven is a documentary on deafness.
Für Elise is dedicated to Therese Malfatti.
In Search of Beethoven is dedicated to Claudio Abbado.
Woodstock recorded the Woodstock festival.
Stop Making Sense described the Speaking in Tongues tour.
The Palais Lobkowitz is a Baroque building.
The Palais Lobkowitz was built in the Baroque style.
Carnegie Hall is a Renaissance Revival building.
The Théâtre des Champs-Élysées is an Art Deco building.
@transport
The Orient Express leaves from Paris.
The Orient Express sets off from Paris.
The Orient Express finishes in Istanbul.
The Orient Express ends in Istanbul and starts from Paris.
Wagons-Lits runs the Orient Express.
The Orient Express is run by Wagons-Lits.
The Orient Express, run by Wagons-Lits, runs through Austria.
ESA runs Sentinel-1A.
Georges Nagelmackers set up the Orient Express.
Hurricanes are watched by GOES-16.
CryoSat-2 tracks ice sheets.
Gare de l'Est was designed by François Duquesney.
@transport user:lea
You loved Juno, which keeps watch over auroras.
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
# readings this round did not touch. Printed apart as KNOWN. None: with CHANGES.diff reversed the
# starting code accepts none of the false texts below (and 10 of the 79 controls).
KNOWN = frozenset(
    {
    }
)

# Arguable: printed as OPEN and left out of the count (they stay in TEXTS, under their comment).
OPEN = frozenset(
    {
        'The Lindisfarne Gospels are dedicated to the Gospels.',
        'Jerónimos Monastery is a Manueline abbey.',
        'Westminster Abbey is a Gothic monastery.',
        'The Temple of Zeus is a Doric shrine.',
        'Louis Le Vau created the Palace of Versailles.',
        'The Très Riches Heures has the same style as Westminster Abbey.',
        'In Search of Beethoven is dedicated to deafness.',
        'Stop Making Sense covers the Speaking in Tongues tour.',
        'Water Music has the same style as the Palais Lobkowitz.',
        'Hallelujah: Leonard Cohen, a Journey, a Song covers Hallelujah.',
        'The hairy ball theorem is about topology.',
        'The hairy ball theorem covers topology.',
        'The Orient Express is decorated in Belle Époque architecture.',
        'Art Deco architecture is the decor of the Venice Simplon-Orient-Express.',
        'Sirkeci station is the terminus of the Orient Express.',
        "Symphony No. 40's architecture is Classical.",
        'The Eroica Symphony, whose architecture is Classical, was first performed at the Palais Lobkowitz.',
        'Melk Abbey is an example of Baroque period architecture.',
        "The Chrysler Building's architecture is Jazz Age.",
        'The Palace of Westminster is an example of Victorian architecture.',
        'John Turtle Wood dug up Ephesus.',
        'Melk Abbey goes back to Leopold II.',
        'The Palace of Westminster goes back to the Middle Ages.',
        'Melk Abbey goes back to the Middle Ages.',
        'Hallelujah: Leonard Cohen, a Journey, a Song deals with Jeff Buckley.',
        'Hallelujah: Leonard Cohen, a Journey, a Song documented Hallelujah.',
        'Bearsville Studios recorded Grace.',
        'Columbia Records recorded Grace.',
        'Carnegie Hall is an example of Classical architecture.',
        'The Orient Express ends in 1977.',
        'Russian Railways runs through Russia.',
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
