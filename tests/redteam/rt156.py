"""Red team round 156: the new readings of burial, keeping, commissioning, supply, venues, "there"
and animals (CHANGES.diff): "is buried in / at" also read "was / lies buried", "was laid to rest",
"interred", "entombed", "rests in / at"; a thing (not a person, building or venue) that "is held
by / at / in" something that is not a person, on a relation that is not about events, read "is
kept at / in", "is (also / both / all) in the collection(s) of", "sits in the collections of" (and,
through "is kept at", "is housed / displayed / on display at"); "was commissioned by" read
"ordered", "was built / made on the orders of / at the order of / by order of", "patron";
"supplies water / electricity / gas to" read "supplies", "serves", "brings / carries / provides /
delivers <the same noun> to"; aqueducts and cemeteries as venues (open and are built in their
year); "there" for a fitting place of the clause before "; "; on a graph of animals, "he" / "she"
for the animals named before too, only "born / foaled / whelped in <year>" dating one, "honours"
only a person, "stood" / "sat".

Four graphs of my own:

* tombs: cemeteries (venues), mausoleums and churches (items: year opened or completed) where
  people "are buried in" and "are commemorated at" (a memorial, not a grave: Mozart, Shakespeare,
  Jane Austen); rulers and a city council that "commissioned" them, architects, cities; where the
  people were born and died (cities); relics (Chopin's heart, Lenin's brain, Napoleon's death
  mask) that "are held in" a church, an institute or a museum; the saint a church "is dedicated
  to" (inverse "is honoured by"); a user;
* collections: paintings, manuscripts, finds and trophies (items: year made) that "are held by" a
  gallery, a museum, a library, a cathedral, a college or (a trophy) the national team or club
  that holds it now, trophies that "are displayed at" a museum, works "on loan to" another
  museum; patrons ("was commissioned by"), painters and makers, what a painting depicts (saints
  and patrons), where finds were found and works made, the period they date from; exhibitions and
  finals (events) "held at" museums and stadiums; the patron saint of a city; a user;
* supply: power stations and dams that "supply electricity to" cities, regions and countries,
  reservoirs and aqueducts that "supply water to" cities, aqueducts that "draw water from"
  reservoirs, rivers and a lake, a canal aqueduct that "carries" a canal and "crosses" a river, a
  pipeline that "supplies gas to" a town; kind, operator, designer, place, who or what each is
  "named after" (presidents, an engineer, a village, a district); a user;
* animals: racehorses and famous dogs (items: year foaled or whelped) with sire, jockey, trainer,
  owner, the races they won (events "held at" racecourses), where they "are buried at", where a
  stallion "stood at stud at", where they "are commemorated at" (a statue), the museum or stud
  that "holds" a preserved one, breed, the craft a space dog "was launched aboard"; a user.

Findings (accepted through this round's readings):

* (2) "is held by" read "is kept at / in", "is in the collection(s) of", "is on display at" for a
  holder that is a team or a club (a trophy "is held by" its current holder; the graph says where
  it is displayed): "The Ashes urn is kept in Australia", "The Borg-Warner Trophy is on display at
  Team Penske", "The Stanley Cup is in the collection of the Florida Panthers". The condition (not
  a person, not about events) lets through holders that hold a title, not a collection.
* (2) through "is kept at", "is held by" also reads "is on display / displayed at": a work held
  by one museum and "on loan to" another is accepted as "on display at" the first ("The Bayeux
  Tapestry is on display at the Bayeux Museum").
* (6) "there" skips a place of the clause just before "; " that does not fit the verb (a city one
  was born or died in) and reaches a fitting place two clauses back ("Victor Hugo is buried in the
  Panthéon; Lenin died in Gorki; Voltaire is buried there"), or one before the nearer city in the
  clause before "; " ("Chopin is buried in Père Lachaise Cemetery, and Mozart died in Vienna; Oscar
  Wilde is buried there"). The same within one sentence with commas was accepted before (KNOWN).

Accepted, but also by the starting code (KNOWN): an item's year said as the year of its commission;
a space dog's year (whelped) as its launch, read with the relation "was launched aboard" (this
round's rule for animals' years does not reach it); "there" past a nearer city, with commas.
Arguable and accepted (OPEN): trophies that do go home with their holders (America's Cup, Webb
Ellis Cup, Stanley Cup); "held by / in" read "on display at" with no loan; "there ... too" two
clauses back; "honours" a village or district a thing is named after.

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


def tombs():
    """Cemeteries, mausoleums and churches (items: year opened / completed) where people "are
    buried in" and "are commemorated at" (a memorial, not a grave); who "commissioned" the
    mausoleums and churches (rulers), their architect, city and kind; where the people were born
    and died (cities); the saint a church "is dedicated to"; a user."""
    PEOPLE = ("composer", "philosopher", "emperor", "empress", "novelist", "playwright", "scientist",
              "president", "singer", "politician", "poet")
    PLACES = ("cemetery", "mausoleum", "church", "abbey")
    rels = [
        R("kind", phrase="is a", inverse_phrase="is the kind of", range=("burial place type",)),
        R("buried_in", phrase="is buried in", inverse_phrase="is the resting place of", domain=PEOPLE, range=PLACES),
        R("commemorated_at", phrase="is commemorated at", inverse_phrase="has a memorial to", domain=PEOPLE,
          range=PLACES),
        R("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned", domain=PLACES,
          range=("emperor", "empress", "king", "city council")),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=PLACES, range=("architect",)),
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=PLACES, range=("city",)),
        R("dedicated_to", phrase="is dedicated to", inverse_phrase="is honoured by", domain=("church", "abbey"),
          range=("saint",)),
        R("held_in", phrase="is held in", inverse_phrase="keeps", domain=("relic",), range=("church", "museum", "institute")),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=PEOPLE, range=("city",)),
        R("died_in", phrase="died in", inverse_phrase="is the place of death of", domain=PEOPLE, range=("city",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "c:zentral": ("cemetery", "Vienna Central Cemetery", 1874), "c:marx": ("cemetery", "St. Marx Cemetery", 1784),
        "c:highgate": ("cemetery", "Highgate Cemetery", 1839), "c:lachaise": ("cemetery", "Père Lachaise Cemetery", 1804),
        "c:recoleta": ("cemetery", "Recoleta Cemetery", 1822), "c:arlington": ("cemetery", "Arlington National Cemetery", 1864),
        "m:taj": ("mausoleum", "Taj Mahal", 1653), "m:humayun": ("mausoleum", "Humayun's Tomb", 1572),
        "m:pantheon": ("mausoleum", "Panthéon", 1790), "m:lenin": ("mausoleum", "Lenin's Mausoleum", 1930),
        "ch:invalides": ("church", "Dôme des Invalides", 1706), "ch:trinity": ("church", "Holy Trinity Church", 1210),
        "ch:westminster": ("abbey", "Westminster Abbey", 1269),
    }
    others = {
        "k:garden": ("burial place type", "garden cemetery"), "k:municipal": ("burial place type", "municipal cemetery"),
        "k:national": ("burial place type", "national cemetery"), "k:royal": ("burial place type", "royal mausoleum"),
        "k:state": ("burial place type", "state mausoleum"), "k:parish": ("burial place type", "parish church"),
        "k:coronation": ("burial place type", "coronation church"),
        "p:beethoven": ("composer", "Ludwig van Beethoven"), "p:brahms": ("composer", "Johannes Brahms"),
        "p:schubert": ("composer", "Franz Schubert"), "p:mozart": ("composer", "Wolfgang Amadeus Mozart"),
        "p:chopin": ("composer", "Frédéric Chopin"), "p:marx": ("philosopher", "Karl Marx"),
        "p:eliot": ("novelist", "George Eliot"), "p:wilde": ("playwright", "Oscar Wilde"),
        "p:morrison": ("singer", "Jim Morrison"), "p:evita": ("politician", "Eva Perón"),
        "p:jfk": ("president", "John F. Kennedy"), "p:shahjahan": ("emperor", "Shah Jahan"),
        "p:mumtaz": ("empress", "Mumtaz Mahal"), "p:humayun": ("emperor", "Humayun"),
        "p:begum": ("empress", "Bega Begum"), "p:hugo": ("novelist", "Victor Hugo"), "p:voltaire": ("philosopher", "Voltaire"),
        "p:curie": ("scientist", "Marie Curie"), "p:lenin": ("politician", "Vladimir Lenin"),
        "p:napoleon": ("emperor", "Napoleon"), "p:shakespeare": ("playwright", "William Shakespeare"),
        "p:newton": ("scientist", "Isaac Newton"), "p:dickens": ("novelist", "Charles Dickens"),
        "p:austen": ("novelist", "Jane Austen"), "p:chaucer": ("poet", "Geoffrey Chaucer"),
        "rl:heart": ("relic", "Chopin's heart"), "rl:brain": ("relic", "Lenin's brain"),
        "rl:mask": ("relic", "Napoleon's death mask"), "ch:holycross": ("church", "Holy Cross Church"),
        "ch:armee": ("museum", "Musée de l'Armée"), "ch:brain": ("institute", "Moscow Brain Institute"),
        "r:louisxiv": ("king", "Louis XIV"), "r:louisxv": ("king", "Louis XV"), "r:henry": ("king", "Henry III"),
        "r:council": ("city council", "Vienna City Council"),
        "a:bluntschli": ("architect", "Alfred Friedrich Bluntschli"), "a:geary": ("architect", "Stephen Geary"),
        "a:brongniart": ("architect", "Alexandre-Théodore Brongniart"), "a:lahauri": ("architect", "Ustad Ahmad Lahauri"),
        "a:mirak": ("architect", "Mirak Mirza Ghiyas"), "a:soufflot": ("architect", "Jacques-Germain Soufflot"),
        "a:shchusev": ("architect", "Alexey Shchusev"), "a:mansart": ("architect", "Jules Hardouin-Mansart"),
        "a:prosper": ("architect", "Prosper Catelin"),
        "s:edward": ("saint", "Edward the Confessor"), "s:louis": ("saint", "Saint Louis"),
        "s:trinity": ("saint", "Holy Trinity"),
        "y:vienna": ("city", "Vienna"), "y:london": ("city", "London"), "y:paris": ("city", "Paris"),
        "y:buenosaires": ("city", "Buenos Aires"), "y:arlington": ("city", "Arlington"), "y:agra": ("city", "Agra"),
        "y:delhi": ("city", "Delhi"), "y:moscow": ("city", "Moscow"), "y:stratford": ("city", "Stratford-upon-Avon"),
        "y:bonn": ("city", "Bonn"), "y:hamburg": ("city", "Hamburg"), "y:salzburg": ("city", "Salzburg"),
        "y:trier": ("city", "Trier"), "y:zelazowa": ("city", "Żelazowa Wola"), "y:dublin": ("city", "Dublin"),
        "y:brookline": ("city", "Brookline"), "y:dallas": ("city", "Dallas"), "y:ajaccio": ("city", "Ajaccio"),
        "y:longwood": ("city", "Longwood"), "y:besancon": ("city", "Besançon"), "y:warsaw": ("city", "Warsaw"),
        "y:simbirsk": ("city", "Simbirsk"), "y:gorki": ("city", "Gorki"), "y:burhanpur": ("city", "Burhanpur"),
        "y:portsmouth": ("city", "Portsmouth"), "y:higham": ("city", "Higham"), "y:kensington": ("city", "Kensington"),
        "y:winchester": ("city", "Winchester"), "y:melbourne": ("city", "Melbourne"), "y:nuneaton": ("city", "Nuneaton"),
        "y:lahore": ("city", "Lahore"), "y:kabul": ("city", "Kabul"),
    }
    T_ = [
        ("c:zentral", "kind", "k:municipal"), ("c:marx", "kind", "k:municipal"), ("c:highgate", "kind", "k:garden"),
        ("c:lachaise", "kind", "k:garden"), ("c:recoleta", "kind", "k:garden"), ("c:arlington", "kind", "k:national"),
        ("m:taj", "kind", "k:royal"), ("m:humayun", "kind", "k:royal"), ("m:pantheon", "kind", "k:state"),
        ("m:lenin", "kind", "k:state"), ("ch:invalides", "kind", "k:royal"), ("ch:trinity", "kind", "k:parish"),
        ("ch:westminster", "kind", "k:coronation"),
        ("p:beethoven", "buried_in", "c:zentral"), ("p:brahms", "buried_in", "c:zentral"), ("p:schubert", "buried_in", "c:zentral"),
        ("p:mozart", "buried_in", "c:marx"), ("p:mozart", "commemorated_at", "c:zentral"),
        ("p:marx", "buried_in", "c:highgate"), ("p:eliot", "buried_in", "c:highgate"),
        ("p:chopin", "buried_in", "c:lachaise"), ("p:wilde", "buried_in", "c:lachaise"), ("p:morrison", "buried_in", "c:lachaise"),
        ("p:evita", "buried_in", "c:recoleta"), ("p:jfk", "buried_in", "c:arlington"),
        ("p:shahjahan", "buried_in", "m:taj"), ("p:mumtaz", "buried_in", "m:taj"), ("p:humayun", "buried_in", "m:humayun"),
        ("p:hugo", "buried_in", "m:pantheon"), ("p:voltaire", "buried_in", "m:pantheon"), ("p:curie", "buried_in", "m:pantheon"),
        ("p:lenin", "buried_in", "m:lenin"), ("p:napoleon", "buried_in", "ch:invalides"),
        ("p:shakespeare", "buried_in", "ch:trinity"), ("p:shakespeare", "commemorated_at", "ch:westminster"),
        ("p:newton", "buried_in", "ch:westminster"), ("p:dickens", "buried_in", "ch:westminster"),
        ("p:chaucer", "buried_in", "ch:westminster"), ("p:austen", "commemorated_at", "ch:westminster"),
        ("p:eliot", "commemorated_at", "ch:westminster"),
        ("m:taj", "commissioned_by", "p:shahjahan"), ("m:humayun", "commissioned_by", "p:begum"),
        ("m:pantheon", "commissioned_by", "r:louisxv"), ("ch:invalides", "commissioned_by", "r:louisxiv"),
        ("ch:westminster", "commissioned_by", "r:henry"), ("c:zentral", "commissioned_by", "r:council"),
        ("c:lachaise", "commissioned_by", "p:napoleon"),
        ("c:zentral", "designed_by", "a:bluntschli"), ("c:highgate", "designed_by", "a:geary"),
        ("c:lachaise", "designed_by", "a:brongniart"), ("m:taj", "designed_by", "a:lahauri"), ("m:humayun", "designed_by", "a:mirak"),
        ("m:pantheon", "designed_by", "a:soufflot"), ("m:lenin", "designed_by", "a:shchusev"),
        ("ch:invalides", "designed_by", "a:mansart"), ("c:recoleta", "designed_by", "a:prosper"),
        ("c:zentral", "located_in", "y:vienna"), ("c:marx", "located_in", "y:vienna"), ("c:highgate", "located_in", "y:london"),
        ("c:lachaise", "located_in", "y:paris"), ("c:recoleta", "located_in", "y:buenosaires"),
        ("c:arlington", "located_in", "y:arlington"), ("m:taj", "located_in", "y:agra"), ("m:humayun", "located_in", "y:delhi"),
        ("m:pantheon", "located_in", "y:paris"), ("m:lenin", "located_in", "y:moscow"), ("ch:invalides", "located_in", "y:paris"),
        ("ch:trinity", "located_in", "y:stratford"), ("ch:westminster", "located_in", "y:london"),
        ("rl:heart", "held_in", "ch:holycross"), ("rl:brain", "held_in", "ch:brain"), ("rl:mask", "held_in", "ch:armee"),
        ("ch:holycross", "located_in", "y:warsaw"), ("ch:armee", "located_in", "y:paris"), ("ch:brain", "located_in", "y:moscow"),
        ("ch:westminster", "dedicated_to", "s:edward"), ("ch:invalides", "dedicated_to", "s:louis"),
        ("ch:trinity", "dedicated_to", "s:trinity"),
        ("p:beethoven", "born_in", "y:bonn"), ("p:brahms", "born_in", "y:hamburg"), ("p:schubert", "born_in", "y:vienna"),
        ("p:mozart", "born_in", "y:salzburg"), ("p:marx", "born_in", "y:trier"), ("p:chopin", "born_in", "y:zelazowa"),
        ("p:wilde", "born_in", "y:dublin"), ("p:jfk", "born_in", "y:brookline"), ("p:napoleon", "born_in", "y:ajaccio"),
        ("p:hugo", "born_in", "y:besancon"), ("p:curie", "born_in", "y:warsaw"), ("p:lenin", "born_in", "y:simbirsk"),
        ("p:shakespeare", "born_in", "y:stratford"), ("p:dickens", "born_in", "y:portsmouth"),
        ("p:morrison", "born_in", "y:melbourne"), ("p:eliot", "born_in", "y:nuneaton"), ("p:shahjahan", "born_in", "y:lahore"),
        ("p:humayun", "born_in", "y:kabul"), ("p:voltaire", "born_in", "y:paris"),
        ("p:beethoven", "died_in", "y:vienna"), ("p:brahms", "died_in", "y:vienna"), ("p:schubert", "died_in", "y:vienna"),
        ("p:mozart", "died_in", "y:vienna"), ("p:marx", "died_in", "y:london"), ("p:chopin", "died_in", "y:paris"),
        ("p:wilde", "died_in", "y:paris"), ("p:morrison", "died_in", "y:paris"), ("p:jfk", "died_in", "y:dallas"),
        ("p:evita", "died_in", "y:buenosaires"), ("p:napoleon", "died_in", "y:longwood"), ("p:hugo", "died_in", "y:paris"),
        ("p:lenin", "died_in", "y:gorki"), ("p:shakespeare", "died_in", "y:stratford"), ("p:dickens", "died_in", "y:higham"),
        ("p:newton", "died_in", "y:kensington"), ("p:austen", "died_in", "y:winchester"), ("p:shahjahan", "died_in", "y:agra"),
        ("p:mumtaz", "died_in", "y:burhanpur"), ("p:humayun", "died_in", "y:delhi"), ("p:eliot", "died_in", "y:london"),
        ("p:voltaire", "died_in", "y:paris"),
        ("user:ida", "rated", "c:highgate", {"rating": 5.0}), ("user:ida", "rated", "m:taj", {"rating": 4.5}),
        ("user:ida", "rated", "c:zentral", {"rating": 4.0}), ("user:ida", "rated", "m:lenin", {"rating": 2.0}),
        ("user:ida", "rated", "c:arlington", {"rating": 1.5}),
    ]
    aliases = {"p:beethoven": ("Beethoven",), "p:brahms": ("Brahms",), "p:schubert": ("Schubert",),
               "p:mozart": ("Mozart",), "p:chopin": ("Chopin",), "p:marx": ("Marx",), "c:zentral": ("Zentralfriedhof",),
               "p:shakespeare": ("Shakespeare",), "p:newton": ("Newton",), "p:dickens": ("Dickens",),
               "p:lenin": ("Lenin",), "p:evita": ("Evita",), "m:pantheon": ("Pantheon",),
               "ch:invalides": ("Les Invalides",), "p:curie": ("Curie",)}
    return _build(items, others, rels, T_, users=[("user:ida", "Ida")], aliases=aliases)


def collections():
    """Artworks, manuscripts, finds and trophies (items: year made) that "are held by" a museum, a
    library, a cathedral, a college, or (a trophy) the team or club that holds it now; "are
    displayed at" a museum (a trophy's home), "are on loan to" a museum; who "commissioned" them
    (patrons), who painted or made them, what they depict (saints, patrons), where they were found,
    the period they date from; exhibitions and finals (events) "held at" museums and stadiums; the
    city of each holder; the city a saint is the patron saint of; a user."""
    PAINT = ("painting", "altarpiece")
    THINGS = ("painting", "altarpiece", "manuscript", "tapestry", "helmet", "chess set", "hoard", "trophy",
              "reliquary", "Fabergé egg")
    HOLDERS = ("museum", "gallery", "library", "cathedral", "college", "national team", "club", "yacht club", "racing team")
    rels = [
        R("held_by", phrase="is held by", inverse_phrase="holds", domain=THINGS, range=HOLDERS),
        R("displayed_at", phrase="is displayed at", inverse_phrase="displays", domain=("trophy",), range=("museum",)),
        R("on_loan", phrase="is on loan to", inverse_phrase="has on loan", domain=THINGS, range=("museum", "gallery")),
        R("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned", domain=THINGS,
          range=("merchant", "king", "duke", "bishop", "emperor", "militia captain", "governor general", "diplomat", "company")),
        R("painted_by", phrase="was painted by", inverse_phrase="painted", domain=PAINT, range=("painter",)),
        R("made_by", phrase="was made by", inverse_phrase="made", domain=THINGS, range=("jeweller", "silversmith", "scribe", "goldsmith")),
        R("depicts", phrase="depicts", inverse_phrase="is depicted in", domain=PAINT, range=("saint", "merchant", "king", "militia captain")),
        R("found_at", phrase="was found at", inverse_phrase="is the find site of", domain=THINGS, range=("archaeological site", "village")),
        R("made_in", phrase="was made in", inverse_phrase="is the birthplace of", domain=THINGS, range=("city", "monastery")),
        R("dates_from", phrase="dates from", inverse_phrase="is the period of", domain=THINGS, range=("period",)),
        R("event_at", phrase="is held at", inverse_phrase="hosts", domain=("exhibition", "final"), range=("museum", "gallery", "stadium")),
        R("features", phrase="features", inverse_phrase="is shown at", domain=("exhibition",), range=THINGS),
        R("awarded_at", phrase="is awarded at", inverse_phrase="awards", domain=("trophy",), range=("final", "race")),
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=(*HOLDERS, "stadium"), range=("city",)),
        R("patron_saint", phrase="is the patron saint of", inverse_phrase="has as patron saint", domain=("saint",), range=("city", "country")),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "w:arnolfini": ("painting", "Arnolfini Portrait", 1434), "w:nightwatch": ("painting", "The Night Watch", 1642),
        "w:meninas": ("painting", "Las Meninas", 1656), "w:wilton": ("painting", "Wilton Diptych", 1395),
        "w:ambassadors": ("painting", "The Ambassadors", 1533), "w:ghent": ("altarpiece", "Ghent Altarpiece", 1432),
        "w:kells": ("manuscript", "Book of Kells", 800), "w:lindisfarne": ("manuscript", "Lindisfarne Gospels", 715),
        "w:heures": ("manuscript", "Très Riches Heures du Duc de Berry", 1416),
        "w:bayeux": ("tapestry", "Bayeux Tapestry", 1077), "w:helmet": ("helmet", "Sutton Hoo helmet", 625),
        "w:lewis": ("chess set", "Lewis Chessmen", 1175), "w:mildenhall": ("hoard", "Mildenhall Treasure", 350),
        "w:thorn": ("reliquary", "Holy Thorn Reliquary", 1400), "w:hen": ("Fabergé egg", "Hen Egg", 1885),
        "t:ashes": ("trophy", "Ashes urn", 1882), "t:webb": ("trophy", "Webb Ellis Cup", 1987),
        "t:calcutta": ("trophy", "Calcutta Cup", 1878), "t:stanley": ("trophy", "Stanley Cup", 1892),
        "t:americas": ("trophy", "America's Cup", 1848), "t:borg": ("trophy", "Borg-Warner Trophy", 1935),
    }
    others = {
        "h:ng": ("gallery", "National Gallery"), "h:rijks": ("museum", "Rijksmuseum"), "h:prado": ("museum", "Prado"),
        "h:bavo": ("cathedral", "St Bavo's Cathedral"), "h:tcd": ("college", "Trinity College Dublin"),
        "h:bl": ("library", "British Library"), "h:conde": ("museum", "Musée Condé"), "h:bayeux": ("museum", "Bayeux Museum"),
        "h:bm": ("museum", "British Museum"), "h:nms": ("museum", "National Museum of Scotland"),
        "h:faberge": ("museum", "Fabergé Museum"), "h:laing": ("gallery", "Laing Art Gallery"),
        "h:mcc": ("museum", "MCC Museum"), "h:wrm": ("museum", "World Rugby Museum"), "h:hhof": ("museum", "Hockey Hall of Fame"),
        "h:australia": ("national team", "Australia"), "h:southafrica": ("national team", "South Africa"),
        "h:scotland": ("national team", "Scotland"), "h:panthers": ("club", "Florida Panthers"),
        "h:rnzys": ("yacht club", "Royal New Zealand Yacht Squadron"), "h:penske": ("racing team", "Team Penske"),
        "h:ims": ("museum", "Indianapolis Motor Speedway Museum"), "ex:indy": ("race", "Indianapolis 500"),
        "pt:borgwarner": ("company", "BorgWarner"), "mk:gorham": ("silversmith", "Gorham Manufacturing Company"),
        "y:indianapolis": ("city", "Indianapolis"),
        "st:twickenham": ("stadium", "Twickenham Stadium"), "st:stade": ("stadium", "Stade de France"),
        "st:murrayfield": ("stadium", "Murrayfield"),
        "pt:arnolfini": ("merchant", "Giovanni Arnolfini"), "pt:cocq": ("militia captain", "Frans Banninck Cocq"),
        "pt:philip": ("king", "Philip IV"), "pt:richard": ("king", "Richard II"), "pt:dinteville": ("diplomat", "Jean de Dinteville"),
        "pt:vijd": ("merchant", "Joos Vijd"), "pt:berry": ("duke", "Duke of Berry"), "pt:odo": ("bishop", "Bishop Odo"),
        "pt:alexander": ("emperor", "Alexander III"), "pt:stanley": ("governor general", "Lord Stanley"),
        "ar:vaneyck": ("painter", "Jan van Eyck"), "ar:rembrandt": ("painter", "Rembrandt"), "ar:velazquez": ("painter", "Diego Velázquez"),
        "ar:holbein": ("painter", "Hans Holbein"), "ar:hubert": ("painter", "Hubert van Eyck"),
        "ar:limbourg": ("painter", "Limbourg brothers"),
        "mk:faberge": ("jeweller", "Peter Carl Fabergé"), "mk:garrard": ("silversmith", "Garrard & Co"),
        "mk:eadfrith": ("scribe", "Eadfrith"), "mk:collis": ("silversmith", "G. R. Collis and Company"),
        "sa:john": ("saint", "John the Baptist"), "sa:edmund": ("saint", "Edmund the Martyr"),
        "sa:edward": ("saint", "Edward the Confessor"), "sa:bavo": ("saint", "Saint Bavo"),
        "fs:suttonhoo": ("archaeological site", "Sutton Hoo"), "fs:uig": ("village", "Uig"), "fs:westrow": ("village", "West Row"),
        "pe:insular": ("period", "Insular period"), "pe:anglosaxon": ("period", "Anglo-Saxon period"),
        "pe:romanesque": ("period", "Romanesque period"), "pe:golden": ("period", "Dutch Golden Age"),
        "pe:northern": ("period", "Northern Renaissance"), "pe:gothic": ("period", "International Gothic"),
        "pe:roman": ("period", "Roman Britain"), "pe:victorian": ("period", "Victorian era"),
        "ex:lindisfarne": ("exhibition", "Lindisfarne Gospels exhibition"), "ex:vaneyck": ("exhibition", "Van Eyck: An Optical Revolution"),
        "ex:rwc": ("final", "Rugby World Cup Final"), "ex:sixnations": ("final", "Six Nations decider"),
        "y:london": ("city", "London"), "y:amsterdam": ("city", "Amsterdam"), "y:madrid": ("city", "Madrid"),
        "y:ghent": ("city", "Ghent"), "y:dublin": ("city", "Dublin"), "y:chantilly": ("city", "Chantilly"),
        "y:bayeux": ("city", "Bayeux"), "y:edinburgh": ("city", "Edinburgh"), "y:petersburg": ("city", "Saint Petersburg"),
        "y:newcastle": ("city", "Newcastle"), "y:toronto": ("city", "Toronto"), "y:auckland": ("city", "Auckland"),
        "y:paris": ("city", "Paris"), "y:florence": ("city", "Florence"), "y:england": ("country", "England"),
        "y:canterbury": ("city", "Canterbury"), "y:sheffield": ("city", "Sheffield"), "y:bruges": ("city", "Bruges"),
        "mo:lindisfarne": ("monastery", "Lindisfarne Priory"), "mo:iona": ("monastery", "Iona Abbey"),
    }
    T_ = [
        ("w:arnolfini", "held_by", "h:ng"), ("w:nightwatch", "held_by", "h:rijks"), ("w:meninas", "held_by", "h:prado"),
        ("w:wilton", "held_by", "h:ng"), ("w:ambassadors", "held_by", "h:ng"), ("w:ghent", "held_by", "h:bavo"),
        ("w:kells", "held_by", "h:tcd"), ("w:lindisfarne", "held_by", "h:bl"), ("w:heures", "held_by", "h:conde"),
        ("w:bayeux", "held_by", "h:bayeux"), ("w:helmet", "held_by", "h:bm"), ("w:lewis", "held_by", "h:bm"),
        ("w:lewis", "held_by", "h:nms"), ("w:mildenhall", "held_by", "h:bm"), ("w:thorn", "held_by", "h:bm"),
        ("w:hen", "held_by", "h:faberge"),
        ("t:ashes", "held_by", "h:australia"), ("t:webb", "held_by", "h:southafrica"), ("t:calcutta", "held_by", "h:scotland"),
        ("t:stanley", "held_by", "h:panthers"), ("t:americas", "held_by", "h:rnzys"),
        ("t:ashes", "displayed_at", "h:mcc"), ("t:borg", "displayed_at", "h:ims"), ("t:borg", "held_by", "h:penske"),
        ("t:borg", "awarded_at", "ex:indy"), ("t:borg", "commissioned_by", "pt:borgwarner"), ("t:borg", "made_by", "mk:gorham"),
        ("h:ims", "located_in", "y:indianapolis"), ("t:calcutta", "displayed_at", "h:wrm"),
        ("t:stanley", "displayed_at", "h:hhof"),
        ("w:lindisfarne", "on_loan", "h:laing"), ("w:bayeux", "on_loan", "h:bm"),
        ("w:arnolfini", "commissioned_by", "pt:arnolfini"), ("w:nightwatch", "commissioned_by", "pt:cocq"),
        ("w:meninas", "commissioned_by", "pt:philip"), ("w:wilton", "commissioned_by", "pt:richard"),
        ("w:ambassadors", "commissioned_by", "pt:dinteville"), ("w:ghent", "commissioned_by", "pt:vijd"),
        ("w:heures", "commissioned_by", "pt:berry"), ("w:thorn", "commissioned_by", "pt:berry"),
        ("w:bayeux", "commissioned_by", "pt:odo"), ("w:hen", "commissioned_by", "pt:alexander"),
        ("t:stanley", "commissioned_by", "pt:stanley"),
        ("w:arnolfini", "painted_by", "ar:vaneyck"), ("w:nightwatch", "painted_by", "ar:rembrandt"),
        ("w:meninas", "painted_by", "ar:velazquez"), ("w:ambassadors", "painted_by", "ar:holbein"),
        ("w:ghent", "painted_by", "ar:vaneyck"), ("w:ghent", "painted_by", "ar:hubert"),
        ("w:hen", "made_by", "mk:faberge"), ("t:ashes", "made_by", "mk:garrard"), ("t:americas", "made_by", "mk:garrard"),
        ("w:lindisfarne", "made_by", "mk:eadfrith"), ("t:stanley", "made_by", "mk:collis"),
        ("w:heures", "made_by", "ar:limbourg"),
        ("w:wilton", "depicts", "sa:john"), ("w:wilton", "depicts", "sa:edmund"), ("w:wilton", "depicts", "sa:edward"),
        ("w:wilton", "depicts", "pt:richard"), ("w:ghent", "depicts", "sa:john"), ("w:ghent", "depicts", "pt:vijd"),
        ("w:arnolfini", "depicts", "pt:arnolfini"), ("w:nightwatch", "depicts", "pt:cocq"), ("w:meninas", "depicts", "pt:philip"),
        ("w:ambassadors", "depicts", "pt:dinteville"),
        ("w:helmet", "found_at", "fs:suttonhoo"), ("w:lewis", "found_at", "fs:uig"), ("w:mildenhall", "found_at", "fs:westrow"),
        ("w:lindisfarne", "made_in", "mo:lindisfarne"), ("w:kells", "made_in", "mo:iona"), ("w:bayeux", "made_in", "y:canterbury"),
        ("w:hen", "made_in", "y:petersburg"), ("t:stanley", "made_in", "y:sheffield"), ("w:arnolfini", "made_in", "y:bruges"),
        ("w:kells", "dates_from", "pe:insular"), ("w:lindisfarne", "dates_from", "pe:insular"),
        ("w:helmet", "dates_from", "pe:anglosaxon"), ("w:bayeux", "dates_from", "pe:romanesque"),
        ("w:lewis", "dates_from", "pe:romanesque"), ("w:nightwatch", "dates_from", "pe:golden"),
        ("w:arnolfini", "dates_from", "pe:northern"), ("w:ghent", "dates_from", "pe:northern"),
        ("w:ambassadors", "dates_from", "pe:northern"), ("w:wilton", "dates_from", "pe:gothic"),
        ("w:heures", "dates_from", "pe:gothic"), ("w:thorn", "dates_from", "pe:gothic"), ("w:mildenhall", "dates_from", "pe:roman"),
        ("t:ashes", "dates_from", "pe:victorian"), ("t:calcutta", "dates_from", "pe:victorian"),
        ("ex:lindisfarne", "event_at", "h:laing"), ("ex:vaneyck", "event_at", "h:bm"),
        ("ex:rwc", "event_at", "st:stade"), ("ex:sixnations", "event_at", "st:murrayfield"),
        ("ex:lindisfarne", "features", "w:lindisfarne"), ("ex:vaneyck", "features", "w:ghent"),
        ("t:webb", "awarded_at", "ex:rwc"), ("t:calcutta", "awarded_at", "ex:sixnations"),
        ("h:ng", "located_in", "y:london"), ("h:rijks", "located_in", "y:amsterdam"), ("h:prado", "located_in", "y:madrid"),
        ("h:bavo", "located_in", "y:ghent"), ("h:tcd", "located_in", "y:dublin"), ("h:bl", "located_in", "y:london"),
        ("h:conde", "located_in", "y:chantilly"), ("h:bayeux", "located_in", "y:bayeux"), ("h:bm", "located_in", "y:london"),
        ("h:nms", "located_in", "y:edinburgh"), ("h:faberge", "located_in", "y:petersburg"), ("h:laing", "located_in", "y:newcastle"),
        ("h:mcc", "located_in", "y:london"), ("h:wrm", "located_in", "y:london"), ("h:hhof", "located_in", "y:toronto"),
        ("h:rnzys", "located_in", "y:auckland"), ("st:twickenham", "located_in", "y:london"), ("st:stade", "located_in", "y:paris"),
        ("st:murrayfield", "located_in", "y:edinburgh"),
        ("sa:john", "patron_saint", "y:florence"), ("sa:edmund", "patron_saint", "y:england"), ("sa:bavo", "patron_saint", "y:ghent"),
        ("user:jo", "rated", "w:arnolfini", {"rating": 5.0}), ("user:jo", "rated", "w:kells", {"rating": 4.5}),
        ("user:jo", "rated", "t:ashes", {"rating": 4.0}), ("user:jo", "rated", "w:hen", {"rating": 2.0}),
        ("user:jo", "rated", "w:bayeux", {"rating": 1.0}),
    ]
    aliases = {"w:nightwatch": ("Night Watch",), "w:ashes": (), "t:ashes": ("the Ashes",), "w:lewis": ("Lewis chessmen",),
               "w:heures": ("Très Riches Heures",), "pt:berry": ("Jean, Duke of Berry",)}
    return _build(items, others, rels, T_, users=[("user:jo", "Jo")], aliases=aliases)


def supply():
    """Power stations and dams that "supply electricity to" cities, regions and countries,
    reservoirs and aqueducts that "supply water to" cities, aqueducts that "draw water from"
    reservoirs and rivers, a canal aqueduct that "carries" a canal and "crosses" a river, a
    pipeline that "supplies gas to" a city (items: year opened; power stations, dams and aqueducts
    are venues, reservoirs and pipelines not); kind, operator, designer, place; a user."""
    POWER, WATER = ("power station", "dam"), ("reservoir", "aqueduct")
    rels = [
        R("kind", phrase="is a", inverse_phrase="is the kind of", range=("facility type",)),
        R("power", phrase="supplies electricity to", inverse_phrase="gets electricity from", domain=POWER,
          range=("city", "region", "country")),
        R("water", phrase="supplies water to", inverse_phrase="gets water from", domain=WATER, range=("city",)),
        R("gas", phrase="supplies gas to", inverse_phrase="gets gas from", domain=("pipeline",), range=("city", "power station")),
        R("draws", phrase="draws water from", inverse_phrase="feeds", domain=("aqueduct",), range=("reservoir", "river", "lake")),
        R("carries", phrase="carries", inverse_phrase="is carried by", domain=("aqueduct",), range=("canal",)),
        R("crosses", phrase="crosses", inverse_phrase="is crossed by", domain=("aqueduct",), range=("river",)),
        R("operated_by", phrase="is operated by", inverse_phrase="operates", domain=(*POWER, *WATER, "pipeline"),
          range=("utility", "company", "agency")),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=(*POWER, *WATER, "pipeline"),
          range=("engineer", "architect")),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=(*POWER, *WATER),
          range=("president", "engineer", "village", "district")),
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=(*POWER, *WATER, "pipeline"),
          range=("city", "region", "country")),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "ps:battersea": ("power station", "Battersea Power Station", 1933), "ps:drax": ("power station", "Drax Power Station", 1974),
        "ps:dinorwig": ("power station", "Dinorwig Power Station", 1984), "ps:sizewell": ("power station", "Sizewell B", 1995),
        "d:hoover": ("dam", "Hoover Dam", 1936), "d:itaipu": ("dam", "Itaipu Dam", 1984),
        "r:mead": ("reservoir", "Lake Mead", 1935), "r:ashokan": ("reservoir", "Ashokan Reservoir", 1915),
        "r:kielder": ("reservoir", "Kielder Water", 1981), "r:cabancoch": ("reservoir", "Caban Coch", 1904),
        "a:la": ("aqueduct", "Los Angeles Aqueduct", 1913), "a:catskill": ("aqueduct", "Catskill Aqueduct", 1916),
        "a:elan": ("aqueduct", "Elan Aqueduct", 1904), "a:cap": ("aqueduct", "Central Arizona Project", 1993),
        "a:pont": ("aqueduct", "Pontcysyllte Aqueduct", 1805),
        "pl:langeled": ("pipeline", "Langeled", 2007),
    }
    others = {
        "k:coal": ("facility type", "coal-fired power station"), "k:pumped": ("facility type", "pumped-storage power station"),
        "k:nuclear": ("facility type", "nuclear power station"), "k:hydro": ("facility type", "hydroelectric dam"),
        "k:storage": ("facility type", "storage reservoir"), "k:gravity": ("facility type", "gravity aqueduct"),
        "k:canal": ("facility type", "navigable aqueduct"), "k:gas": ("facility type", "gas pipeline"),
        "y:london": ("city", "London"), "y:lasvegas": ("city", "Las Vegas"), "y:la": ("city", "Los Angeles"),
        "y:nyc": ("city", "New York City"), "y:birmingham": ("city", "Birmingham"), "y:newcastle": ("city", "Newcastle"),
        "y:phoenix": ("city", "Phoenix"), "y:tucson": ("city", "Tucson"), "y:easington": ("city", "Easington"),
        "y:llangollen": ("city", "Llangollen"), "y:selby": ("city", "Selby"),
        "rg:yorkshire": ("region", "Yorkshire"), "rg:wales": ("region", "Wales"), "rg:eastanglia": ("region", "East Anglia"),
        "rg:suffolk": ("region", "Suffolk"), "rg:nevada": ("region", "Nevada"), "rg:arizona": ("region", "Arizona"),
        "c:brazil": ("country", "Brazil"), "c:paraguay": ("country", "Paraguay"),
        "w:owens": ("river", "Owens River"), "w:colorado": ("river", "Colorado River"), "w:dee": ("river", "River Dee"),
        "w:havasu": ("lake", "Lake Havasu"), "cn:llangollen": ("canal", "Llangollen Canal"),
        "o:ladwp": ("utility", "Los Angeles Department of Water and Power"), "o:nycdep": ("agency", "New York City DEP"),
        "o:severntrent": ("utility", "Severn Trent"), "o:northumbrian": ("utility", "Northumbrian Water"),
        "o:usbr": ("agency", "Bureau of Reclamation"), "o:drax": ("company", "Drax Group"), "o:edf": ("company", "EDF Energy"),
        "o:engie": ("company", "Engie"), "o:itaipu": ("company", "Itaipu Binacional"), "o:cawcd": ("agency", "CAWCD"),
        "o:crt": ("agency", "Canal & River Trust"), "o:gassco": ("company", "Gassco"), "o:cegb": ("company", "London Power Company"),
        "e:mulholland": ("engineer", "William Mulholland"), "e:smith": ("engineer", "J. Waldo Smith"),
        "e:mansergh": ("engineer", "James Mansergh"), "e:telford": ("engineer", "Thomas Telford"),
        "e:scott": ("architect", "Giles Gilbert Scott"), "e:savage": ("engineer", "John Savage"),
        "e:binnie": ("engineer", "Binnie & Partners"), "n:hoover": ("president", "Herbert Hoover"),
        "n:mead": ("engineer", "Elwood Mead"), "n:kielder": ("village", "Kielder"), "n:battersea": ("district", "Battersea"),
        "n:sizewell": ("village", "Sizewell"), "n:roosevelt": ("president", "Franklin D. Roosevelt"),
    }
    T_ = [
        ("ps:battersea", "kind", "k:coal"), ("ps:drax", "kind", "k:coal"), ("ps:dinorwig", "kind", "k:pumped"),
        ("ps:sizewell", "kind", "k:nuclear"), ("d:hoover", "kind", "k:hydro"), ("d:itaipu", "kind", "k:hydro"),
        ("r:mead", "kind", "k:storage"), ("r:ashokan", "kind", "k:storage"), ("r:kielder", "kind", "k:storage"),
        ("r:cabancoch", "kind", "k:storage"), ("a:la", "kind", "k:gravity"), ("a:catskill", "kind", "k:gravity"),
        ("a:elan", "kind", "k:gravity"), ("a:cap", "kind", "k:gravity"), ("a:pont", "kind", "k:canal"), ("pl:langeled", "kind", "k:gas"),
        ("ps:battersea", "power", "y:london"), ("ps:drax", "power", "rg:yorkshire"), ("ps:dinorwig", "power", "rg:wales"),
        ("ps:sizewell", "power", "rg:eastanglia"), ("d:hoover", "power", "y:la"), ("d:hoover", "power", "y:lasvegas"),
        ("d:itaipu", "power", "c:brazil"), ("d:itaipu", "power", "c:paraguay"),
        ("r:mead", "water", "y:lasvegas"), ("r:ashokan", "water", "y:nyc"), ("r:kielder", "water", "y:newcastle"),
        ("r:cabancoch", "water", "y:birmingham"), ("a:la", "water", "y:la"), ("a:catskill", "water", "y:nyc"),
        ("a:elan", "water", "y:birmingham"), ("a:cap", "water", "y:phoenix"), ("a:cap", "water", "y:tucson"),
        ("pl:langeled", "gas", "y:easington"),
        ("a:la", "draws", "w:owens"), ("a:catskill", "draws", "r:ashokan"), ("a:elan", "draws", "r:cabancoch"),
        ("a:cap", "draws", "w:havasu"), ("a:pont", "carries", "cn:llangollen"), ("a:pont", "crosses", "w:dee"),
        ("a:la", "operated_by", "o:ladwp"), ("a:catskill", "operated_by", "o:nycdep"), ("r:ashokan", "operated_by", "o:nycdep"),
        ("a:elan", "operated_by", "o:severntrent"), ("r:cabancoch", "operated_by", "o:severntrent"),
        ("r:kielder", "operated_by", "o:northumbrian"), ("d:hoover", "operated_by", "o:usbr"), ("r:mead", "operated_by", "o:usbr"),
        ("ps:drax", "operated_by", "o:drax"), ("ps:sizewell", "operated_by", "o:edf"), ("ps:dinorwig", "operated_by", "o:engie"),
        ("d:itaipu", "operated_by", "o:itaipu"), ("a:cap", "operated_by", "o:cawcd"), ("a:pont", "operated_by", "o:crt"),
        ("pl:langeled", "operated_by", "o:gassco"), ("ps:battersea", "operated_by", "o:cegb"),
        ("a:la", "designed_by", "e:mulholland"), ("a:catskill", "designed_by", "e:smith"), ("a:elan", "designed_by", "e:mansergh"),
        ("r:cabancoch", "designed_by", "e:mansergh"), ("a:pont", "designed_by", "e:telford"), ("ps:battersea", "designed_by", "e:scott"),
        ("d:hoover", "designed_by", "e:savage"), ("r:kielder", "designed_by", "e:binnie"),
        ("d:hoover", "named_after", "n:hoover"), ("r:mead", "named_after", "n:mead"), ("r:kielder", "named_after", "n:kielder"),
        ("ps:battersea", "named_after", "n:battersea"), ("ps:sizewell", "named_after", "n:sizewell"),
        ("ps:battersea", "located_in", "y:london"), ("ps:drax", "located_in", "y:selby"), ("ps:dinorwig", "located_in", "rg:wales"),
        ("ps:sizewell", "located_in", "rg:suffolk"), ("d:hoover", "located_in", "rg:nevada"), ("r:mead", "located_in", "rg:nevada"),
        ("d:itaipu", "located_in", "c:paraguay"), ("d:itaipu", "located_in", "c:brazil"), ("a:cap", "located_in", "rg:arizona"),
        ("a:pont", "located_in", "y:llangollen"), ("r:cabancoch", "located_in", "rg:wales"),
        ("user:kim", "rated", "ps:battersea", {"rating": 5.0}), ("user:kim", "rated", "a:pont", {"rating": 4.5}),
        ("user:kim", "rated", "d:hoover", {"rating": 4.0}), ("user:kim", "rated", "ps:drax", {"rating": 1.5}),
        ("user:kim", "rated", "r:kielder", {"rating": 2.0}),
    ]
    aliases = {"y:nyc": ("New York",), "w:dee": ("Dee",)}
    return _build(items, others, rels, T_, users=[("user:kim", "Kim")], aliases=aliases)


def animals():
    """Racehorses and famous dogs (items: year foaled or whelped): sire, jockey, trainer, owner,
    races won (events "held at" racecourses), where they are buried, where a stallion "stood at
    stud", where they are commemorated (a statue), the museum that "holds" a preserved one, breed
    ("is a"), the craft a space dog "was launched aboard"; a user."""
    HORSE, DOG = ("racehorse",), ("dog", "sled dog", "space dog")
    ANY = (*HORSE, *DOG)
    rels = [
        R("kind", phrase="is a", inverse_phrase="is the breed of", range=("breed",)),
        R("sired_by", phrase="was sired by", inverse_phrase="sired", domain=HORSE, range=HORSE),
        R("ridden_by", phrase="was ridden by", inverse_phrase="rode", domain=HORSE, range=("jockey",)),
        R("trained_by", phrase="was trained by", inverse_phrase="trained", domain=HORSE, range=("trainer",)),
        R("owned_by", phrase="was owned by", inverse_phrase="owned", domain=ANY, range=("owner", "professor", "musher")),
        R("won", phrase="won", inverse_phrase="was won by", domain=HORSE, range=("race",)),
        R("race_at", phrase="is held at", inverse_phrase="hosts", domain=("race",), range=("racecourse",)),
        R("buried_at", phrase="is buried at", inverse_phrase="is the grave of", domain=ANY,
          range=("farm", "racecourse", "cemetery", "ranch", "stud", "park")),
        R("stud_at", phrase="stood at stud at", inverse_phrase="was the stud of", domain=HORSE, range=("farm", "stud")),
        R("commemorated_at", phrase="is commemorated at", inverse_phrase="has a statue of", domain=ANY,
          range=("racecourse", "station", "park", "churchyard", "research centre")),
        R("held_by", phrase="is held by", inverse_phrase="holds", domain=ANY, range=("museum", "stud")),
        R("launched", phrase="was launched aboard", inverse_phrase="carried", domain=("space dog",), range=("spacecraft",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "hr:secretariat": ("racehorse", "Secretariat", 1970), "hr:boldruler": ("racehorse", "Bold Ruler", 1954),
        "hr:seabiscuit": ("racehorse", "Seabiscuit", 1933), "hr:pharlap": ("racehorse", "Phar Lap", 1926),
        "hr:redrum": ("racehorse", "Red Rum", 1965), "hr:arkle": ("racehorse", "Arkle", 1957),
        "hr:frankel": ("racehorse", "Frankel", 2008), "hr:galileo": ("racehorse", "Galileo", 1998),
        "hr:manowar": ("racehorse", "Man o' War", 1917), "hr:waradmiral": ("racehorse", "War Admiral", 1934),
        "hr:caviar": ("racehorse", "Black Caviar", 2006), "hr:dessie": ("racehorse", "Desert Orchid", 1979),
        "dg:hachiko": ("dog", "Hachikō", 1923), "dg:bobby": ("dog", "Greyfriars Bobby", 1855),
        "dg:balto": ("sled dog", "Balto", 1919), "dg:togo": ("sled dog", "Togo", 1913),
        "dg:laika": ("space dog", "Laika", 1954),
    }
    others = {
        "b:thoroughbred": ("breed", "Thoroughbred"), "b:akita": ("breed", "Akita"), "b:husky": ("breed", "Siberian Husky"),
        "b:skye": ("breed", "Skye Terrier"), "b:mongrel": ("breed", "mongrel"),
        "j:turcotte": ("jockey", "Ron Turcotte"), "j:pollard": ("jockey", "Red Pollard"), "j:pike": ("jockey", "Jim Pike"),
        "j:stack": ("jockey", "Tommy Stack"), "j:taaffe": ("jockey", "Pat Taaffe"), "j:queally": ("jockey", "Tom Queally"),
        "j:loftus": ("jockey", "Johnny Loftus"), "j:kurtsinger": ("jockey", "Charles Kurtsinger"),
        "j:nolen": ("jockey", "Luke Nolen"), "j:dunwoody": ("jockey", "Richard Dunwoody"), "j:kinane": ("jockey", "Mick Kinane"),
        "t:laurin": ("trainer", "Lucien Laurin"), "t:smith": ("trainer", "Tom Smith"), "t:telford": ("trainer", "Harry Telford"),
        "t:mccain": ("trainer", "Ginger McCain"), "t:dreaper": ("trainer", "Tom Dreaper"), "t:cecil": ("trainer", "Henry Cecil"),
        "t:moody": ("trainer", "Peter Moody"), "t:elsworth": ("trainer", "David Elsworth"), "t:obrien": ("trainer", "Aidan O'Brien"),
        "o:chenery": ("owner", "Penny Chenery"), "o:howard": ("owner", "Charles Howard"), "o:davis": ("owner", "David J. Davis"),
        "o:westminster": ("owner", "Anne, Duchess of Westminster"), "o:abdullah": ("owner", "Khalid Abdullah"),
        "o:riddle": ("owner", "Samuel Riddle"), "o:ueno": ("professor", "Hidesaburō Ueno"),
        "o:seppala": ("musher", "Leonhard Seppala"), "o:traill": ("owner", "John Traill"),
        "ra:derby": ("race", "Kentucky Derby"), "ra:belmont": ("race", "Belmont Stakes"), "ra:national": ("race", "Grand National"),
        "ra:goldcup": ("race", "Cheltenham Gold Cup"), "ra:melbourne": ("race", "Melbourne Cup"),
        "ra:guineas": ("race", "2000 Guineas"), "ra:santaanita": ("race", "Santa Anita Handicap"),
        "ra:jubilee": ("race", "Diamond Jubilee Stakes"), "ra:kgvi": ("race", "King George VI Chase"),
        "rc:churchill": ("racecourse", "Churchill Downs"), "rc:belmont": ("racecourse", "Belmont Park"),
        "rc:aintree": ("racecourse", "Aintree"), "rc:cheltenham": ("racecourse", "Cheltenham Racecourse"),
        "rc:flemington": ("racecourse", "Flemington"), "rc:newmarket": ("racecourse", "Newmarket Racecourse"),
        "rc:santaanita": ("racecourse", "Santa Anita Park"), "rc:ascot": ("racecourse", "Ascot"),
        "rc:kempton": ("racecourse", "Kempton Park"),
        "f:claiborne": ("farm", "Claiborne Farm"), "f:khp": ("park", "Kentucky Horse Park"), "f:faraway": ("farm", "Faraway Farm"),
        "f:ridgewood": ("ranch", "Ridgewood Ranch"), "f:banstead": ("stud", "Banstead Manor Stud"),
        "f:coolmore": ("stud", "Coolmore Stud"), "f:ins": ("stud", "Irish National Stud"),
        "f:aoyama": ("cemetery", "Aoyama Cemetery"), "f:greyfriars": ("churchyard", "Greyfriars Kirkyard"),
        "f:shibuya": ("station", "Shibuya Station"), "f:centralpark": ("park", "Central Park"),
        "f:starcity": ("research centre", "Star City"),
        "mu:melbourne": ("museum", "Melbourne Museum"), "mu:tokyo": ("museum", "National Museum of Nature and Science"),
        "mu:cleveland": ("museum", "Cleveland Museum of Natural History"), "mu:iditarod": ("museum", "Iditarod Headquarters"),
        "sc:sputnik": ("spacecraft", "Sputnik 2"), "sc:vostok": ("spacecraft", "Vostok 1"),
    }
    T_ = [
        *((h, "kind", "b:thoroughbred") for h in ("hr:secretariat", "hr:boldruler", "hr:seabiscuit", "hr:pharlap", "hr:redrum",
                                                   "hr:arkle", "hr:frankel", "hr:galileo", "hr:manowar", "hr:waradmiral",
                                                   "hr:caviar", "hr:dessie")),
        ("dg:hachiko", "kind", "b:akita"), ("dg:bobby", "kind", "b:skye"), ("dg:balto", "kind", "b:husky"),
        ("dg:togo", "kind", "b:husky"), ("dg:laika", "kind", "b:mongrel"),
        ("hr:secretariat", "sired_by", "hr:boldruler"), ("hr:waradmiral", "sired_by", "hr:manowar"),
        ("hr:frankel", "sired_by", "hr:galileo"),
        ("hr:secretariat", "ridden_by", "j:turcotte"), ("hr:seabiscuit", "ridden_by", "j:pollard"), ("hr:pharlap", "ridden_by", "j:pike"),
        ("hr:redrum", "ridden_by", "j:stack"), ("hr:arkle", "ridden_by", "j:taaffe"), ("hr:frankel", "ridden_by", "j:queally"),
        ("hr:manowar", "ridden_by", "j:loftus"), ("hr:waradmiral", "ridden_by", "j:kurtsinger"), ("hr:caviar", "ridden_by", "j:nolen"),
        ("hr:dessie", "ridden_by", "j:dunwoody"), ("hr:galileo", "ridden_by", "j:kinane"),
        ("hr:secretariat", "trained_by", "t:laurin"), ("hr:seabiscuit", "trained_by", "t:smith"), ("hr:pharlap", "trained_by", "t:telford"),
        ("hr:redrum", "trained_by", "t:mccain"), ("hr:arkle", "trained_by", "t:dreaper"), ("hr:frankel", "trained_by", "t:cecil"),
        ("hr:caviar", "trained_by", "t:moody"), ("hr:dessie", "trained_by", "t:elsworth"), ("hr:galileo", "trained_by", "t:obrien"),
        ("hr:secretariat", "owned_by", "o:chenery"), ("hr:seabiscuit", "owned_by", "o:howard"), ("hr:pharlap", "owned_by", "o:davis"),
        ("hr:arkle", "owned_by", "o:westminster"), ("hr:frankel", "owned_by", "o:abdullah"), ("hr:manowar", "owned_by", "o:riddle"),
        ("hr:waradmiral", "owned_by", "o:riddle"), ("dg:hachiko", "owned_by", "o:ueno"), ("dg:balto", "owned_by", "o:seppala"),
        ("dg:togo", "owned_by", "o:seppala"), ("dg:bobby", "owned_by", "o:traill"),
        ("hr:secretariat", "won", "ra:derby"), ("hr:secretariat", "won", "ra:belmont"), ("hr:waradmiral", "won", "ra:derby"),
        ("hr:manowar", "won", "ra:belmont"), ("hr:redrum", "won", "ra:national"), ("hr:arkle", "won", "ra:goldcup"),
        ("hr:dessie", "won", "ra:goldcup"), ("hr:dessie", "won", "ra:kgvi"), ("hr:pharlap", "won", "ra:melbourne"),
        ("hr:frankel", "won", "ra:guineas"), ("hr:seabiscuit", "won", "ra:santaanita"), ("hr:caviar", "won", "ra:jubilee"),
        ("hr:galileo", "won", "ra:guineas"),
        ("ra:derby", "race_at", "rc:churchill"), ("ra:belmont", "race_at", "rc:belmont"), ("ra:national", "race_at", "rc:aintree"),
        ("ra:goldcup", "race_at", "rc:cheltenham"), ("ra:melbourne", "race_at", "rc:flemington"),
        ("ra:guineas", "race_at", "rc:newmarket"), ("ra:santaanita", "race_at", "rc:santaanita"), ("ra:jubilee", "race_at", "rc:ascot"),
        ("ra:kgvi", "race_at", "rc:kempton"),
        ("hr:secretariat", "buried_at", "f:claiborne"), ("hr:boldruler", "buried_at", "f:claiborne"),
        ("hr:manowar", "buried_at", "f:khp"), ("hr:waradmiral", "buried_at", "f:khp"), ("hr:seabiscuit", "buried_at", "f:ridgewood"),
        ("hr:redrum", "buried_at", "rc:aintree"), ("hr:dessie", "buried_at", "rc:kempton"),
        ("dg:hachiko", "buried_at", "f:aoyama"), ("dg:bobby", "buried_at", "f:greyfriars"),
        ("hr:secretariat", "stud_at", "f:claiborne"), ("hr:boldruler", "stud_at", "f:claiborne"),
        ("hr:manowar", "stud_at", "f:faraway"), ("hr:waradmiral", "stud_at", "f:faraway"),
        ("hr:frankel", "stud_at", "f:banstead"), ("hr:galileo", "stud_at", "f:coolmore"),
        ("hr:secretariat", "commemorated_at", "rc:belmont"), ("hr:redrum", "commemorated_at", "rc:aintree"),
        ("hr:arkle", "commemorated_at", "rc:cheltenham"), ("hr:pharlap", "commemorated_at", "rc:flemington"),
        ("hr:caviar", "commemorated_at", "rc:flemington"), ("hr:dessie", "commemorated_at", "rc:kempton"),
        ("dg:hachiko", "commemorated_at", "f:shibuya"), ("dg:balto", "commemorated_at", "f:centralpark"),
        ("dg:bobby", "commemorated_at", "f:greyfriars"), ("dg:laika", "commemorated_at", "f:starcity"),
        ("hr:pharlap", "held_by", "mu:melbourne"), ("hr:arkle", "held_by", "f:ins"), ("dg:hachiko", "held_by", "mu:tokyo"),
        ("dg:balto", "held_by", "mu:cleveland"), ("dg:togo", "held_by", "mu:iditarod"),
        ("dg:laika", "launched", "sc:sputnik"),
        ("user:lou", "rated", "hr:secretariat", {"rating": 5.0}), ("user:lou", "rated", "dg:hachiko", {"rating": 4.5}),
        ("user:lou", "rated", "hr:caviar", {"rating": 4.0}), ("user:lou", "rated", "hr:redrum", {"rating": 2.0}),
        ("user:lou", "rated", "dg:laika", {"rating": 1.0}),
    ]
    aliases = {"dg:hachiko": ("Hachiko",), "rc:aintree": ("Aintree Racecourse",), "hr:dessie": ("Dessie",)}
    return _build(items, others, rels, T_, users=[("user:lou", "Lou")], aliases=aliases)


BUILDERS = {"tombs": tombs, "collections": collections, "supply": supply, "animals": animals}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@tombs
# (1) burial vs memorial: "is commemorated at" a place said with the new verbs of burial
Mozart rests in Vienna Central Cemetery.
Mozart was laid to rest in Vienna Central Cemetery.
Mozart lies buried in the Zentralfriedhof.
Mozart was interred at Vienna Central Cemetery.
Mozart was entombed in Vienna Central Cemetery.
Shakespeare is buried in Westminster Abbey.
Shakespeare rests in Westminster Abbey.
Shakespeare was laid to rest at Westminster Abbey.
Jane Austen lies buried in Westminster Abbey.
Jane Austen rests at Westminster Abbey.
George Eliot was interred in Westminster Abbey.
Isaac Newton is commemorated at Highgate Cemetery.
# relatives, appositions, lists and "both" around the new verbs
Vienna Central Cemetery, where Mozart is buried, opened in 1874.
Mozart, who rests in Vienna Central Cemetery, died in Vienna.
Mozart, buried in the Zentralfriedhof, died in Vienna.
Beethoven and Mozart are both buried in Vienna Central Cemetery.
Beethoven, Brahms and Mozart rest in Vienna Central Cemetery.
Beethoven, Brahms and Mozart are all laid to rest in the Zentralfriedhof.
Marx and Wilde are buried in Highgate Cemetery.
Oscar Wilde and George Eliot both rest in Père Lachaise Cemetery.
# the wrong place with the new verbs
Karl Marx was laid to rest in Père Lachaise Cemetery.
Chopin was interred at Highgate Cemetery.
Napoleon rests in the Panthéon.
Napoleon is entombed in the Panthéon.
Napoleon lies in the Panthéon.
Victor Hugo was entombed in the Dôme des Invalides.
Lenin lies buried in the Panthéon.
Shah Jahan was laid to rest in Humayun's Tomb.
Humayun rests in the Taj Mahal.
Humayun is buried with Shah Jahan in the Taj Mahal.
Jim Morrison is interred in Recoleta Cemetery.
Eva Perón was laid to rest in Père Lachaise Cemetery.
John F. Kennedy rests at Highgate Cemetery.
Charles Dickens lies buried at Holy Trinity Church.
Newton rests in Holy Trinity Church.
Highgate Cemetery rests in Vienna.
# burial said of the place of death or birth, death said of the grave
Brahms was laid to rest in Hamburg.
Napoleon is buried in Longwood.
John F. Kennedy was laid to rest in Dallas.
Chopin rests in Żelazowa Wola.
Mumtaz Mahal was interred in Burhanpur.
Karl Marx died in Highgate Cemetery.
Mozart died in Vienna Central Cemetery.
Chopin was born in Père Lachaise Cemetery.
# the other way round
Highgate Cemetery is buried in Karl Marx.
Highgate Cemetery rests in Karl Marx.
The Taj Mahal was laid to rest in Mumtaz Mahal.
# negation
Mozart is not buried in St. Marx Cemetery.
Mozart was not laid to rest in St. Marx Cemetery.
Karl Marx does not rest in Highgate Cemetery.
Beethoven was never interred in Vienna Central Cemetery.
Shakespeare is commemorated at Westminster Abbey, not buried at Holy Trinity Church.
Mozart is commemorated at Vienna Central Cemetery and is not buried at St. Marx Cemetery.
# a relic "is held in" a church: kept, not buried; the person, not the relic
Chopin is kept in Holy Cross Church.
Chopin is buried in Holy Cross Church.
Chopin rests in Holy Cross Church.
Chopin's heart is kept in Père Lachaise Cemetery.
Lenin is held in the Moscow Brain Institute.
Lenin's brain is kept in Lenin's Mausoleum.
Napoleon is kept at the Musée de l'Armée.
# (5) years: a cemetery's (venue's) year said as a burial's, a death's, a closure's
Karl Marx was buried in Highgate Cemetery in 1839.
Karl Marx was laid to rest in Highgate Cemetery in 1839.
In 1874, Beethoven was laid to rest in Vienna Central Cemetery.
Shah Jahan was entombed in the Taj Mahal in 1653.
Lenin was interred in Lenin's Mausoleum in 1930.
Mozart was buried in St. Marx Cemetery in 1784.
Victor Hugo was laid to rest in the Panthéon in 1790.
John F. Kennedy was buried at Arlington National Cemetery in 1864.
Highgate Cemetery, where Karl Marx was buried in 1839, was designed by Stephen Geary.
Karl Marx died in 1839.
Karl Marx was born in 1839.
Highgate Cemetery closed in 1839.
Highgate Cemetery was expanded in 1839.
Père Lachaise Cemetery was restored in 1804.
Vienna Central Cemetery was demolished in 1874.
Recoleta Cemetery was closed in 1822.
Shah Jahan commissioned the Taj Mahal in 1653.
# (6) "there": a place of the clause before "; " that does not fit, or that the clause's
# subject is not buried in
Vienna Central Cemetery opened in 1874; Mozart is buried there.
Highgate Cemetery opened in 1839; Chopin is buried there.
Beethoven is buried in Vienna Central Cemetery; Mozart is buried there too.
Victor Hugo is buried in the Panthéon; Napoleon lies buried there.
The Taj Mahal was commissioned by Shah Jahan; Humayun is entombed there.
Napoleon commissioned Père Lachaise Cemetery; he is buried there.
Brahms was born in Hamburg; he is buried there.
Mozart was born in Salzburg; he was laid to rest there.
Karl Marx was born in Trier; he rests there.
The Panthéon was designed by Soufflot; Napoleon is buried there.
Mozart is commemorated at Vienna Central Cemetery but buried at St. Marx Cemetery; Beethoven is buried there too.
Chopin is buried in Père Lachaise Cemetery, and Mozart died in Vienna; Beethoven is buried there.
Les Invalides was commissioned by Louis XIV; Louis XIV is buried there.
Westminster Abbey was commissioned by Henry III; Shakespeare is buried there.
Shakespeare was born in Stratford-upon-Avon; Dickens is buried there.
Vienna Central Cemetery opened in 1874; Mozart died there.
Highgate Cemetery opened in 1839; Karl Marx died there.
Shakespeare is commemorated at Westminster Abbey; he is buried there.
Westminster Abbey has a memorial to Shakespeare; he is buried there.
Jane Austen is commemorated at Westminster Abbey; she rests there.
Mozart is commemorated at Vienna Central Cemetery; Brahms and Mozart are buried there.
Humayun died in Delhi; Shah Jahan is buried there.
Humayun's Tomb is located in Delhi; Shah Jahan is buried there.
Humayun's Tomb is in Delhi and the Taj Mahal in Agra; Humayun is buried there.
The Panthéon is in Paris and Lenin's Mausoleum in Moscow; Marie Curie is buried there.
Lenin's Mausoleum is located in Moscow, and the Panthéon in Paris; Lenin is buried there.
The Panthéon was designed by Soufflot, and Lenin's Mausoleum by Alexey Shchusev; Voltaire is buried there.
Highgate Cemetery opened in 1839; Vienna Central Cemetery opened in 1874; Karl Marx is buried there.
# "there" reaching past the place of the clause just before (a city: born / died there) to a
# fitting place two clauses back, or to one before the nearer place in the same clause
Victor Hugo is buried in the Panthéon; Lenin died in Gorki; Voltaire is buried there.
Victor Hugo is buried in the Panthéon; Lenin died in Gorki; Marie Curie rests there.
Victor Hugo is buried in the Panthéon; Napoleon died in Longwood; Voltaire rests there.
The Panthéon was commissioned by Louis XV; Napoleon died in Longwood; Voltaire is buried there.
Karl Marx is buried in Highgate Cemetery; Brahms was born in Hamburg; George Eliot is buried there.
Shah Jahan is buried in the Taj Mahal; Humayun died in Delhi; Mumtaz Mahal is buried there.
Shah Jahan is buried in the Taj Mahal; Humayun was born in Kabul; Mumtaz Mahal is entombed there.
Karl Marx is buried in Highgate Cemetery; Chopin died in Paris; George Eliot was laid to rest there.
Beethoven is buried in Vienna Central Cemetery; Brahms was born in Hamburg; Schubert lies buried there.
Isaac Newton is buried in Westminster Abbey; Shakespeare was born in Stratford-upon-Avon; Charles Dickens is buried there.
Highgate Cemetery opened in 1839; Brahms was born in Hamburg; Karl Marx is buried there.
Chopin is buried in Père Lachaise Cemetery, and Mozart died in Vienna; Oscar Wilde is buried there.
Chopin is buried in Père Lachaise Cemetery and Beethoven died in Vienna; Jim Morrison rests there.
Chopin is buried in Père Lachaise Cemetery; Mozart died in Vienna, and Oscar Wilde is buried there.
Karl Marx is buried in Highgate Cemetery, Brahms was born in Hamburg, and George Eliot is buried there.
Karl Marx is buried in Highgate Cemetery and Brahms was born in Hamburg, but George Eliot is buried there.
@tombs user:ida
You loved Highgate Cemetery; Brahms was born in Hamburg; Karl Marx is buried there.
@tombs
# (3) "ordered", "on the orders of", "patron": the wrong patron, another sense of ordering, a
# patron saint, the architect or the one buried there as patron
Shah Jahan ordered Humayun's Tomb.
Bega Begum ordered the Taj Mahal.
Humayun ordered Humayun's Tomb.
The Vienna City Council ordered Highgate Cemetery.
Napoleon ordered Père Lachaise Cemetery and the Panthéon.
Humayun's Tomb was built on the orders of Humayun.
The Panthéon was built on the orders of Louis XIV.
Les Invalides was built by order of Louis XV.
The Taj Mahal was built at the order of Mumtaz Mahal.
The Taj Mahal was built on the orders of Shah Jahan in Delhi.
The Panthéon was destroyed on the orders of Louis XV.
Napoleon was laid to rest in Les Invalides on the orders of Louis XIV.
Louis XV ordered the Panthéon converted into a mausoleum.
Napoleon ordered the closure of Père Lachaise Cemetery.
Louis XIV ordered Napoleon's burial in the Dôme des Invalides.
Shah Jahan ordered the Taj Mahal built in Delhi.
Louis XIV ordered the Dôme des Invalides, where Louis XIV is buried.
Mumtaz Mahal was the patron of the Taj Mahal.
The Taj Mahal's patron was Mumtaz Mahal.
Ustad Ahmad Lahauri was the patron of the Taj Mahal.
Shah Jahan was the patron of Humayun's Tomb.
Humayun's Tomb, whose patron was Humayun, is in Delhi.
Henry III is the patron saint of Westminster Abbey.
Shah Jahan, patron saint of the Taj Mahal, is buried there.
The patron of the Panthéon was Victor Hugo.
Louis XV was the patron of Victor Hugo.
Napoleon was the patron of Chopin.
Napoleon, the patron of Père Lachaise Cemetery, is buried there.
Napoleon was the patron of the Dôme des Invalides and is buried there.
# (7) "honours" only a person: a church "is honoured by" (dedicated to) its saint, not its patron
# or the ones buried there
Edward the Confessor honours Westminster Abbey.

@collections
# (2) a trophy "is held by" the team or club that holds it now; it "is displayed at" a museum:
# the holder said as its keeper, its place of display or its collection
The Ashes urn is kept in Australia.
The Ashes urn is kept at Australia.
The Ashes urn is on display in Australia.
The Ashes urn is displayed in Australia.
The Ashes urn is housed in Australia.
The Ashes urn is housed at Australia.
The Ashes urn is in the collection of Australia.
The Ashes urn is in the collections of Australia.
The Ashes urn belongs to the collection of Australia.
The Ashes urn is part of the collection of Australia.
The Ashes urn, which Australia holds, is on display in Australia.
The Calcutta Cup is kept in Scotland.
The Calcutta Cup sits in the collection of Scotland.
The Calcutta Cup, held by Scotland, is kept in Scotland.
The Stanley Cup is in the collection of the Florida Panthers.
The Borg-Warner Trophy is kept at Team Penske.
The Borg-Warner Trophy is on display at Team Penske.
The Borg-Warner Trophy is in the collection of Team Penske.
The Borg-Warner Trophy is housed at Team Penske.
The Borg-Warner Trophy, which Team Penske holds, is kept at Team Penske.
Team Penske holds the Borg-Warner Trophy, which is on display at the Indianapolis Motor Speedway Museum and kept at Team Penske.
The Borg-Warner Trophy is kept at the Indianapolis 500.
The Borg-Warner Trophy is held at the Indianapolis 500.
The Stanley Cup is kept at the Florida Panthers in Toronto.
The Webb Ellis Cup is held at the Stade de France.
The Webb Ellis Cup is kept at the Stade de France.
The Webb Ellis Cup is kept at the Rugby World Cup Final.
The Rugby World Cup Final is held by South Africa.
The Ashes urn is also kept in Australia.
@collections user:jo
You loved the Ashes urn, which is kept in Australia.
You loved the Ashes urn, which is on display in Australia.
Since you liked the Ashes urn, try the Calcutta Cup, another trophy kept in Scotland.
@collections
# loans: a work held by one museum and on loan to another is not on display at the first, nor in
# the second's collection
The Bayeux Tapestry is on display at the Bayeux Museum.
The Bayeux Tapestry is displayed at the Bayeux Museum.
The Lindisfarne Gospels are on display at the British Library.
The Lindisfarne Gospels are on display in the British Library.
The Lindisfarne Gospels are displayed at the British Library.
The Lindisfarne Gospels are displayed in the British Library.
The Bayeux Tapestry is in the collection of the British Museum.
The Lindisfarne Gospels are in the collection of the Laing Art Gallery.
# "kept at" the place where a thing was found or made
The Sutton Hoo helmet is kept at Sutton Hoo.
The Lewis Chessmen are kept in Uig.
The Mildenhall Treasure is kept at West Row.
The Sutton Hoo helmet is on display at Sutton Hoo.
The Sutton Hoo helmet rests at Sutton Hoo.
The Sutton Hoo helmet lies buried at Sutton Hoo.
The Lindisfarne Gospels are kept at Lindisfarne Priory.
The Book of Kells is kept at Iona Abbey.
The Book of Kells is housed at Iona Abbey.
The Bayeux Tapestry is kept in Canterbury.
The Stanley Cup is kept in Sheffield.
The Arnolfini Portrait is kept in Bruges.
The Book of Kells was made at Iona Abbey; it is kept there.
The Sutton Hoo helmet was found at Sutton Hoo; it is kept there.
The Lewis Chessmen were found at Uig; they are kept there.
The Bayeux Tapestry was made in Canterbury; it is kept there.
# the wrong holder, lists, "both", "all"
The Arnolfini Portrait is kept at the Rijksmuseum.
The Night Watch is in the collection of the National Gallery.
The Ghent Altarpiece is kept at the National Gallery.
The Book of Kells is kept in the British Library.
The Lindisfarne Gospels are kept at Trinity College Dublin.
The Holy Thorn Reliquary is in the collections of the Musée Condé.
The Wilton Diptych and the Night Watch are both in the collection of the National Gallery.
The Arnolfini Portrait and the Night Watch are both kept at the National Gallery.
The Arnolfini Portrait, the Wilton Diptych and Las Meninas are all in the collection of the National Gallery.
The Sutton Hoo helmet, the Lewis Chessmen and the Book of Kells are all in the collections of the British Museum.
The Hen Egg sits in the collections of the British Museum.
Las Meninas is kept in the Prado and the Night Watch in the National Gallery.
The National Gallery holds the Night Watch.
The British Museum holds the Book of Kells.
The Night Watch is kept in London.
The Ghent Altarpiece is kept at the British Museum.
The Ghent Altarpiece is held at the British Museum.
The Lindisfarne Gospels exhibition is kept at the Laing Art Gallery.
The Lindisfarne Gospels exhibition is in the collection of the Laing Art Gallery.
Van Eyck: An Optical Revolution is kept at the British Museum.
The National Gallery is in the collection of the Arnolfini Portrait.
The British Museum is kept at the Sutton Hoo helmet.
The Book of Kells is not kept at Trinity College Dublin.
The Arnolfini Portrait is not in the collection of the National Gallery.
The Lewis Chessmen are not kept at the British Museum.
The Rijksmuseum is located in Amsterdam; the National Gallery is located in London; the Night Watch is kept there.
The Ambassadors is held by the National Gallery; the Arnolfini Portrait was made in Bruges; the Wilton Diptych is kept there.
# (3) "ordered" / "on the orders of" / "patron": the painter, a depicted saint, the holder as patron
Jan van Eyck ordered the Arnolfini Portrait.
Philip IV ordered the Night Watch.
Richard II ordered the Wilton Diptych destroyed.
Alexander III ordered the Hen Egg sold.
Giovanni Arnolfini ordered the Arnolfini Portrait from Rembrandt.
Alexander III ordered the Hen Egg from Garrard & Co.
Alexander III ordered the Hen Egg and the Holy Thorn Reliquary.
Philip IV and Richard II ordered Las Meninas.
Richard II ordered the Wilton Diptych, which depicts Saint Bavo.
The Duke of Berry ordered the Bayeux Tapestry.
Bishop Odo ordered the Très Riches Heures.
Trinity College Dublin ordered the Book of Kells.
The British Museum ordered the Sutton Hoo helmet.
The Wilton Diptych was painted on the orders of Edward the Confessor.
The Ghent Altarpiece was painted on the orders of Saint Bavo.
The Hen Egg was made on the orders of Peter Carl Fabergé.
The Stanley Cup was made by order of the Florida Panthers.
The Bayeux Tapestry was made in Bayeux on the orders of Bishop Odo.
The Stanley Cup was made on the orders of Lord Stanley in Toronto.
The Stanley Cup was made by Garrard & Co on the orders of Lord Stanley.
The Hen Egg was made by Garrard & Co at the order of Alexander III.
The Hen Egg was made at the order of Philip IV.
Jan van Eyck was the patron of the Arnolfini Portrait.
Rembrandt was the patron of the Night Watch.
Saint Bavo was the patron of the Ghent Altarpiece.
The Ghent Altarpiece's patron was Saint Bavo.
The Ghent Altarpiece was painted by Jan van Eyck; its patron was Saint Bavo.
The Ghent Altarpiece was painted by Jan van Eyck; its patron was John the Baptist.
The Ghent Altarpiece is held by St Bavo's Cathedral; its patron was Saint Bavo.
The Wilton Diptych, whose patron was Edward the Confessor, is held by the National Gallery.
John the Baptist was the patron of the Wilton Diptych.
Edmund the Martyr was the patron of the Wilton Diptych.
Joos Vijd is the patron saint of Ghent.
Joos Vijd was the patron of Ghent.
Richard II was the patron of England.
Saint Bavo, the patron saint of Ghent, was the patron of the Ghent Altarpiece.
Joos Vijd, the patron of the Ghent Altarpiece, is the patron saint of Ghent.
The Wilton Diptych depicts its patron, Edward the Confessor.
The Night Watch depicts its patron, Rembrandt.
The Arnolfini Portrait depicts its patron, Jan van Eyck.
The Wilton Diptych depicts Edmund the Martyr, its patron.
The Hen Egg was made by Peter Carl Fabergé; its patron was Philip IV.
The patron of Las Meninas was Diego Velázquez.
Lord Stanley was the patron of the Florida Panthers.
Giovanni Arnolfini, the patron of the Arnolfini Portrait, also commissioned the Ghent Altarpiece.
The patrons of the Ghent Altarpiece were Joos Vijd and Jan van Eyck.
Joos Vijd and Giovanni Arnolfini were the patrons of the Ghent Altarpiece.
The Duke of Berry was the patron of both the Très Riches Heures and the Wilton Diptych.
The Duke of Berry, patron of the Wilton Diptych, commissioned the Holy Thorn Reliquary.
Richard II commissioned the Wilton Diptych; the Ghent Altarpiece's patron was also Richard II.
The Arnolfini Portrait's patron was Giovanni Arnolfini, who also commissioned the Ghent Altarpiece.
# years: the item's year (made) said as its finding, its acquisition, its commission
The Sutton Hoo helmet was found in 625.
The Lewis Chessmen were found at Uig in 1175.
The Book of Kells was acquired by Trinity College Dublin in 800.
The Night Watch was commissioned in 1642.
Frans Banninck Cocq commissioned the Night Watch in 1642.
The Ashes urn was kept at the MCC Museum in 1882.
The Ashes urn has been held by Australia since 1882.

@supply
# (4) the wrong commodity with the new verbs
Hoover Dam supplies water to Las Vegas.
Hoover Dam brings water to Las Vegas.
Hoover Dam provides water to Los Angeles.
Hoover Dam supplies drinking water to Las Vegas.
Lake Mead supplies electricity to Las Vegas.
Lake Mead delivers electricity to Las Vegas.
Battersea Power Station supplies water to London.
Battersea Power Station carries water to London.
Langeled supplies electricity to Easington.
Langeled supplies water to Easington.
Drax Power Station supplies gas to Yorkshire.
Kielder Water supplies gas to Newcastle.
Lake Mead supplies Las Vegas with electricity.
Hoover Dam supplies Las Vegas with water.
Hoover Dam serves Las Vegas with water.
Hoover Dam supplies water and electricity to Las Vegas.
Lake Mead supplies water and power to Las Vegas.
Hoover Dam supplies electricity to Las Vegas and water to Los Angeles.
Lake Mead supplies water to Las Vegas and electricity to Los Angeles.
Las Vegas gets water from Hoover Dam.
Las Vegas gets electricity from Lake Mead.
# the wrong city, region or country
Ashokan Reservoir supplies water to Los Angeles.
Ashokan Reservoir serves Los Angeles.
Hoover Dam serves Birmingham.
Itaipu Dam supplies Argentina.
Itaipu Dam supplied Brazil and Argentina.
Itaipu Dam supplies electricity to Brazil, Paraguay and Nevada.
The Catskill Aqueduct supplies Birmingham.
The Elan Aqueduct serves New York City.
Kielder Water brings water to Birmingham.
The Central Arizona Project delivers water to Las Vegas.
The Central Arizona Project serves Phoenix and Las Vegas.
The Central Arizona Project serves Phoenix, Tucson and Las Vegas.
Battersea Power Station served Las Vegas.
Drax Power Station supplies Nevada.
Sizewell B serves Arizona.
Dinorwig Power Station supplies Paraguay.
Hoover Dam supplies electricity to Los Angeles, Las Vegas and Brazil.
Hoover Dam supplies Los Angeles and Lake Mead supplies Birmingham.
Lake Mead and Hoover Dam both supply water to Las Vegas.
Kielder Water and Hoover Dam both supply Los Angeles.
Hoover Dam and Itaipu Dam both supply Brazil.
Kielder Water, which supplies water to Newcastle, supplies Birmingham too.
The Elan Aqueduct supplies Birmingham; Kielder Water serves it too.
The Elan Aqueduct supplies Birmingham, and so does Kielder Water.
Ashokan Reservoir supplies New York City through the Los Angeles Aqueduct.
# a supply said the other way
Las Vegas supplies water to Lake Mead.
Las Vegas supplies Lake Mead.
Los Angeles serves the Los Angeles Aqueduct.
New York City supplies the Catskill Aqueduct.
Birmingham serves the Elan Aqueduct.
Los Angeles supplies electricity to Hoover Dam.
Las Vegas is supplied by Hoover Dam with water.
# source and destination confused ("draws water from" a reservoir: it does not bring water to it)
The Los Angeles Aqueduct brings water to the Owens River.
The Los Angeles Aqueduct supplies the Owens River.
The Catskill Aqueduct delivers water to the Ashokan Reservoir.
The Catskill Aqueduct supplies water to the Ashokan Reservoir.
The Elan Aqueduct serves Caban Coch.
The Central Arizona Project supplies Lake Havasu.
The Central Arizona Project carries water to Lake Havasu.
The Los Angeles Aqueduct draws water from Los Angeles.
The Catskill Aqueduct draws water from New York City.
The Los Angeles Aqueduct carries water from Los Angeles to the Owens River.
The Catskill Aqueduct brings water from New York City to the Ashokan Reservoir.
The Catskill Aqueduct brings water from the Ashokan Reservoir to Birmingham.
The Los Angeles Aqueduct supplies water to Los Angeles from Lake Havasu.
# a canal aqueduct "carries" a canal and supplies no one
Pontcysyllte Aqueduct supplies water to Llangollen.
Pontcysyllte Aqueduct carries water to Llangollen.
Pontcysyllte Aqueduct serves Llangollen.
Pontcysyllte Aqueduct supplies the Llangollen Canal.
Pontcysyllte Aqueduct carries the River Dee.
Pontcysyllte Aqueduct supplies water to the River Dee.
# negation
Lake Mead does not supply water to Las Vegas.
Hoover Dam doesn't supply Los Angeles.
The Catskill Aqueduct no longer serves New York City.
Hoover Dam never supplied electricity to Las Vegas.
# relatives and appositions
Las Vegas, which Hoover Dam supplies with water, is in Nevada.
Kielder Water, which serves Birmingham, is operated by Northumbrian Water.
Ashokan Reservoir, the source of the Catskill Aqueduct, supplies water to Birmingham.
The Catskill Aqueduct, which supplies water to New York City, was designed by William Mulholland.
The Elan Aqueduct, designed by James Mansergh, serves Newcastle.
Kielder Water, a storage reservoir, serves Birmingham.
Hoover Dam, a hydroelectric dam, supplies water to Las Vegas.
Lake Mead serves as a power station for Las Vegas.
# (5) years of aqueducts (venues now) said of other events
The Catskill Aqueduct closed in 1916.
The Los Angeles Aqueduct was designed in 1913.
William Mulholland designed the Los Angeles Aqueduct in 1913.
The Los Angeles Aqueduct was extended in 1913.
Battersea Power Station was decommissioned in 1933.
Battersea Power Station closed in 1933.
Battersea Power Station stopped supplying London in 1933.
Pontcysyllte Aqueduct was designed by Thomas Telford in 1805.
Pontcysyllte Aqueduct was restored in 1805.
Thomas Telford was born in 1805.
Lake Mead opened in 1936.
The Elan Aqueduct, opened in 1904, supplies water to Newcastle.
The Central Arizona Project was completed in 1993 and serves Las Vegas.
In 1984, Dinorwig Power Station began supplying Brazil.
# (7) "honours": the wrong person
Hoover Dam honours Elwood Mead.
Lake Mead honours Herbert Hoover.
Hoover Dam honours Franklin D. Roosevelt.
Sizewell B honours Kielder.
Herbert Hoover honours Hoover Dam.
Hoover Dam, which honours Herbert Hoover, supplies water to Las Vegas.

@animals
# (7) years: only "born / foaled / whelped in <year>" dates an animal
Secretariat won the Kentucky Derby in 1970.
In 1970, Secretariat won the Kentucky Derby.
Secretariat died in 1970.
Secretariat was retired in 1970.
Secretariat was buried at Claiborne Farm in 1970.
Secretariat stood at stud at Claiborne Farm in 1970.
Secretariat was sold in 1970.
Secretariat first raced in 1970.
Secretariat, ridden by Ron Turcotte in 1970, won the Kentucky Derby.
Secretariat was foaled at Claiborne Farm in 1970.
Phar Lap won the Melbourne Cup in 1926.
Red Rum, who won the Grand National in 1965, is buried at Aintree.
Laika was launched aboard Sputnik 2 in 1954.
Laika flew aboard Sputnik 2 in 1954.
Laika was launched in 1954.
Hachikō was commemorated at Shibuya Station in 1923.
Hachikō died in 1923.
Balto was born in 1913.
Togo was whelped in 1919.
Frankel was foaled in 2009.
Penny Chenery was born in 1970.
Ron Turcotte was born in 1970.
# (1) burial vs commemoration (a statue), preservation (a museum holds the remains), stud
Secretariat is buried at Belmont Park.
Secretariat rests at Belmont Park.
Secretariat lies buried at Belmont Park.
Phar Lap is buried at Flemington.
Phar Lap rests at Melbourne Museum.
Phar Lap was laid to rest at Flemington.
Arkle rests at Cheltenham Racecourse.
Arkle is buried at the Irish National Stud.
Arkle was interred at the Irish National Stud.
Hachikō rests at Shibuya Station.
Hachikō is buried at the National Museum of Nature and Science.
Hachikō lies buried at Shibuya Station.
Balto is buried in Central Park.
Balto rests in Central Park.
Frankel is buried at Banstead Manor Stud.
Laika is buried at Star City.
Laika rests at Star City.
Greyfriars Bobby is buried at Shibuya Station.
# (2) "is held by" a museum: kept, not where it is commemorated or buried
Phar Lap is kept at Flemington.
Phar Lap is on display at Flemington.
Phar Lap is in the collection of Flemington.
Hachikō is kept at Aoyama Cemetery.
Hachikō is on display at Shibuya Station.
Balto is kept in Central Park.
Balto is displayed in Central Park.
Togo is kept at the Cleveland Museum of Natural History.
Arkle is kept at Cheltenham Racecourse.
Arkle is in the collection of the Melbourne Museum.
Secretariat is kept at Claiborne Farm.
Secretariat is held at Claiborne Farm.
Secretariat is on display at Belmont Park.
Phar Lap and Arkle are both kept at Melbourne Museum.
Melbourne Museum holds Arkle.
Phar Lap is not kept at Melbourne Museum.
# (7) "stood" / "sat": at stud, not at a statue
Secretariat stood at Belmont Park.
Secretariat stood at stud at Belmont Park.
Red Rum stood at stud at Aintree.
Frankel stood at stud at Coolmore Stud.
Galileo stood at Banstead Manor Stud.
Man o' War stood at Kentucky Horse Park.
# (7) "he" / "she" on a graph of animals
Secretariat was sired by Bold Ruler; he is buried at Belmont Park.
Secretariat was sired by Bold Ruler; he stood at stud at Faraway Farm.
Ron Turcotte rode Secretariat. He was foaled in 1954.
Ron Turcotte rode Secretariat. He was born in 1954.
Black Caviar was ridden by Luke Nolen; she won the Melbourne Cup.
Hidesaburō Ueno owned Hachikō; he is buried at Shibuya Station.
Frankel was sired by Galileo; he won the Cheltenham Gold Cup.
@animals user:lou
You gave Secretariat five stars; he was ridden by Red Pollard.
@animals
# (6) "there" on the animals' graph
Secretariat stood at stud at Claiborne Farm; Man o' War is buried there.
The Grand National is held at Aintree; Arkle is buried there.
Hachikō is commemorated at Shibuya Station; he is buried there.
Phar Lap is commemorated at Flemington; Black Caviar is buried there.
Secretariat is buried at Claiborne Farm; Man o' War stood at stud at Faraway Farm; Bold Ruler is buried there.
# "launched aboard": "flew", "took off" (round 155's neighbours)
Laika flew aboard Vostok 1.
Laika took off aboard Vostok 1.
Balto was launched aboard Sputnik 2.

# (arguable: see OPEN)
@collections
The America's Cup is kept at the Royal New Zealand Yacht Squadron.
The Webb Ellis Cup is kept in South Africa.
The Webb Ellis Cup is on display in South Africa.
The Webb Ellis Cup is displayed in South Africa.
The Stanley Cup is kept at the Florida Panthers.
The Stanley Cup is on display at the Florida Panthers.
The Lindisfarne Gospels are kept at the Laing Art Gallery.
The America's Cup is on display at the Royal New Zealand Yacht Squadron.
The Sutton Hoo helmet is on display at the British Museum.
The Bayeux Tapestry is housed in the Bayeux Museum.
@tombs
Lenin's brain is on display at the Moscow Brain Institute.
Napoleon's death mask is on display at the Musée de l'Armée.
Victor Hugo is buried in the Panthéon; Lenin died in Gorki; Voltaire is buried there too.
Karl Marx is buried in Highgate Cemetery; Beethoven died in Vienna; George Eliot is buried there too.
@supply
Kielder Water honours Kielder.
Battersea Power Station honours Battersea.
"""

CONTROLS = r"""
@tombs
Karl Marx is buried in Highgate Cemetery.
Karl Marx was laid to rest in Highgate Cemetery.
Karl Marx rests in Highgate Cemetery.
Beethoven lies buried in the Zentralfriedhof.
Napoleon was entombed in the Dôme des Invalides.
Lenin is entombed in Lenin's Mausoleum.
Shakespeare was interred at Holy Trinity Church.
Mozart is commemorated at Vienna Central Cemetery.
Mozart is buried in St. Marx Cemetery and commemorated at Vienna Central Cemetery.
Highgate Cemetery opened in 1839.
Vienna Central Cemetery opened in 1874; Johannes Brahms is buried there.
Highgate Cemetery is located in London; Karl Marx is buried there.
The Taj Mahal was built on the orders of Shah Jahan.
Shah Jahan ordered the Taj Mahal.
Shah Jahan was the patron of the Taj Mahal.
Louis XIV ordered the Dôme des Invalides, where Napoleon is buried.
Napoleon was the patron of Père Lachaise Cemetery and is buried in the Dôme des Invalides.
Chopin's heart is kept in Holy Cross Church.
Lenin's brain is kept at the Moscow Brain Institute.
Westminster Abbey honours Edward the Confessor.
# (faithful, possibly rejected: "there" for a city the cemetery is in, a mausoleum (no venue) that
# "opened", "both" after two names)
Karl Marx died in London; he was laid to rest there.
Vienna Central Cemetery opened in 1874; Mozart died in Vienna; Johannes Brahms is buried there.
Oscar Wilde died in Paris; he is buried there.
The Panthéon opened in 1790.
Mumtaz Mahal and Shah Jahan are both buried in the Taj Mahal.
@tombs user:ida
You loved Highgate Cemetery, where Karl Marx rests.
@collections
The Ashes urn is held by Australia.
Australia holds the Ashes urn.
The Ashes urn is displayed at the MCC Museum.
The Book of Kells is kept at Trinity College Dublin.
The Ghent Altarpiece is in the collection of St Bavo's Cathedral.
The Lewis Chessmen are kept at the British Museum and the National Museum of Scotland.
The Arnolfini Portrait was made in Bruges; it is in the collection of the National Gallery.
The Lindisfarne Gospels are on loan to the Laing Art Gallery.
Giovanni Arnolfini ordered the Arnolfini Portrait.
Alexander III ordered the Hen Egg from Peter Carl Fabergé.
The Bayeux Tapestry was made on the orders of Bishop Odo.
Frans Banninck Cocq was the patron of the Night Watch.
The Ghent Altarpiece was painted by Jan van Eyck; its patron was Joos Vijd.
Saint Bavo is the patron saint of Ghent.
# (faithful, possibly rejected: a trophy "kept at" the museum that displays it, "both" kept there,
# the holder's city, a patron named after "its")
The Ashes urn is kept at the MCC Museum.
The Ashes urn is displayed at the MCC Museum and held by Australia.
The Borg-Warner Trophy is held by Team Penske and displayed at the Indianapolis Motor Speedway Museum.
The Borg-Warner Trophy is awarded at the Indianapolis 500.
The Stanley Cup is kept in Toronto.
The Book of Kells is kept in Dublin.
The Night Watch depicts Frans Banninck Cocq, its patron.
@supply
Hoover Dam supplies electricity to Las Vegas.
Hoover Dam supplies Las Vegas.
Lake Mead serves Las Vegas.
Lake Mead brings water to Las Vegas.
The Catskill Aqueduct delivers water to New York City.
The Los Angeles Aqueduct carries water to Los Angeles.
Itaipu Dam supplied Brazil and Paraguay.
Battersea Power Station served London.
Langeled supplies gas to Easington.
Los Angeles gets water from the Los Angeles Aqueduct.
The Catskill Aqueduct opened in 1916.
The Catskill Aqueduct was built in 1916.
Pontcysyllte Aqueduct carries the Llangollen Canal.
Hoover Dam honours Herbert Hoover.
# (faithful, possibly rejected: "power" for electricity, "with water", "drinking water", a
# reservoir's year (no venue), "from" the source)
Hoover Dam provides power to Los Angeles.
Lake Mead supplies Las Vegas with water.
Lake Mead supplies drinking water to Las Vegas.
Ashokan Reservoir opened in 1915.
The Los Angeles Aqueduct supplies water to Los Angeles from the Owens River.
@animals
Secretariat was foaled in 1970.
Secretariat was born in 1970.
Hachikō was whelped in 1923.
Secretariat, foaled in 1970, is buried at Claiborne Farm.
Secretariat rests at Claiborne Farm.
Phar Lap is kept at Melbourne Museum.
Balto is kept at the Cleveland Museum of Natural History.
Togo is in the collection of Iditarod Headquarters.
Hachikō is commemorated at Shibuya Station and buried at Aoyama Cemetery.
Secretariat stood at stud at Claiborne Farm.
Laika flew aboard Sputnik 2.
Secretariat was sired by Bold Ruler; he is buried at Claiborne Farm.
# (faithful, possibly rejected: "he" / "she" after an owner or a jockey (all must fit), "stood at")
Penny Chenery owned Secretariat. He was ridden by Ron Turcotte.
Black Caviar was ridden by Luke Nolen; she won the Diamond Jubilee Stakes.
Secretariat stood at Claiborne Farm.
@animals user:lou
You gave Secretariat five stars; he was ridden by Ron Turcotte.
You loved Secretariat, who rests at Claiborne Farm.
You loved Hachikō; he is buried at Aoyama Cemetery.
You loved Secretariat, who was foaled in 1970.
"""


# False, and accepted by the starting code of this round too (CHANGES.diff reversed), through
# readings this round did not touch. Printed apart as KNOWN.
KNOWN = frozenset(
    {
        # an item's one year (completion) said as the year of its commission
        'Shah Jahan commissioned the Taj Mahal in 1653.',
        'Frans Banninck Cocq commissioned the Night Watch in 1642.',
        # a space dog's year (whelped 1954) said as its launch (1957): read with the relation "was
        # launched aboard" and the number, not by YearReading, so this round's rule (only "born /
        # foaled / whelped in <year>" dates an animal) does not reach it
        'Laika was launched aboard Sputnik 2 in 1954.',
        # "there" skipping the nearer place of the same sentence that does not fit ("Hamburg") for
        # a fitting one before it (round 149's reading; this round lets it cross "; ", see TEXTS)
        'Karl Marx is buried in Highgate Cemetery, Brahms was born in Hamburg, and George Eliot is buried there.',
        'Karl Marx is buried in Highgate Cemetery and Brahms was born in Hamburg, but George Eliot is buried there.',
    }
)

# Arguable: printed as OPEN and left out of the count (they stay in TEXTS, under their comment).
OPEN = frozenset(
    {
        # the holder of the America's Cup (a yacht club) does keep and show it at its clubhouse
        "The America's Cup is kept at the Royal New Zealand Yacht Squadron.",
        "The America's Cup is on display at the Royal New Zealand Yacht Squadron.",
        # the Webb Ellis Cup and the Stanley Cup (unlike the Ashes urn and the Borg-Warner Trophy)
        # go home with the holders for a while: kept, shown there (the graph gives no display)
        'The Webb Ellis Cup is kept in South Africa.',
        'The Webb Ellis Cup is on display in South Africa.',
        'The Webb Ellis Cup is displayed in South Africa.',
        'The Stanley Cup is kept at the Florida Panthers.',
        'The Stanley Cup is on display at the Florida Panthers.',
        # a work on loan is kept, for a while, where it is lent
        'The Lindisfarne Gospels are kept at the Laing Art Gallery.',
        # "is held by / in" a museum or an institute read "is on display at" (earlier rounds' reading of
        # "is kept at"): holding is not showing (Lenin's brain is never shown; the helmet is), but
        # the graph says neither; "housed in" a museum that has lent it out for a while
        'The Sutton Hoo helmet is on display at the British Museum.',
        "Lenin's brain is on display at the Moscow Brain Institute.",
        "Napoleon's death mask is on display at the Musée de l'Armée.",
        'The Bayeux Tapestry is housed in the Bayeux Museum.',
        # "there ... too" after a burial two clauses back: "too" points back to the burial place,
        # not to the nearer city
        'Victor Hugo is buried in the Panthéon; Lenin died in Gorki; Voltaire is buried there too.',
        'Karl Marx is buried in Highgate Cemetery; Beethoven died in Vienna; George Eliot is buried there too.',
        # "honours" a village or a district it is named after (the rule: "honours" only a person;
        # the relation's range has people too, so the whole relation reads it)
        'Kielder Water honours Kielder.',
        'Battersea Power Station honours Battersea.',
    }
)


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
