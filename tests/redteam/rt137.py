"""Red team round 137 (the readings of the round's CHANGES.diff): gapping that keeps the verb's
preposition ("A performs at X, and B at Y", "Die Zeit is published in Hamburg, the FAZ in
Frankfurt", "X is a hub for Y, Z for W"), with the place reading of "B at Y" dropped where such a
remnant may follow; gapping only after a clause whose one verb follows its subject; ", the B" where
B is an item read as a list, not an apposition ("A, the B and the C are all based in London",
"Like the A, the B is ..."); "once" before a past verb as glue ("Kurt Masur once conducted it");
styles mixed like genres ("blends Art Deco with Mission Revival"); "building", "terminus" and
"terminal" as nouns for a station. Attacked: the remnant with another preposition, with objects
and subjects of other types (a city, a year, a label, a person, a festival), across list objects
and chains, after a negated, hedged, habitual, participle or relative first clause, after two
subjects, after a user's clause; "the former / the latter"; lists and "like" with a false member,
a person or a city before ", the B", identity appositions; "once" with a present verb, "once
again / more", "only once", "at once", "never once", "once" as "as soon as"; mixing with a style
the item lacks, another item's style, an item ("blends Art Deco with Milano Centrale"), the
item's layout, language or format; "terminus" / "terminal" of a station the graph says is a
through station, and of airports and museums (as a predicate, an apposition, a kind noun after a
name, an anaphor). False texts only (one false statement each), plus faithful controls."""

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


def orchestras():
    """Orchestras (items, the year each was founded) and music festivals (items, the year each was
    first held), and two users' ratings: the hall each orchestra "performs at" next to the city it
    "is based in"; its chief conductor ("is led by") next to past conductors ("was conducted by");
    its founder ("was founded by"); the label it "records for"; each festival's hall ("is held
    at") and city ("is held in"). Halls and cities are attributes; a hall is named like an
    orchestra for two of them (the Gewandhaus, the Concertgebouw)."""
    rels = [
        R("performs_at", phrase="performs at", inverse_phrase="is the home of", domain=("orchestra",), range=("hall",)),
        R("based_in", phrase="is based in", inverse_phrase="is the base of", domain=("orchestra",), range=("city",)),
        R("led_by", phrase="is led by", inverse_phrase="leads", domain=("orchestra",), range=("conductor",)),
        R("conducted_by", phrase="was conducted by", inverse_phrase="conducted", domain=("orchestra",),
          range=("conductor",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("orchestra", "festival"),
          range=("conductor", "person")),
        R("records_for", phrase="records for", inverse_phrase="releases recordings of", domain=("orchestra",),
          range=("label",)),
        R("held_at", phrase="is held at", inverse_phrase="is the venue of", domain=("festival",), range=("hall",)),
        R("held_in", phrase="is held in", inverse_phrase="hosts", domain=("festival",), range=("city",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "o:lso": ("orchestra", "London Symphony Orchestra", 1904),
        "o:lpo": ("orchestra", "London Philharmonic Orchestra", 1932),
        "o:phil": ("orchestra", "Philharmonia Orchestra", 1945),
        "o:bpo": ("orchestra", "Berlin Philharmonic", 1882),
        "o:gwh": ("orchestra", "Gewandhaus Orchestra", 1743),
        "o:vpo": ("orchestra", "Vienna Philharmonic", 1842),
        "o:cso": ("orchestra", "Chicago Symphony Orchestra", 1891),
        "o:rco": ("orchestra", "Royal Concertgebouw Orchestra", 1888),
        "o:nyp": ("orchestra", "New York Philharmonic", 1842),
        "f:proms": ("festival", "BBC Proms", 1895),
        "f:salzburg": ("festival", "Salzburg Festival", 1920),
        "f:lucerne": ("festival", "Lucerne Festival", 1938),
    }
    others = {
        "h:barbican": ("hall", "the Barbican Centre"), "h:rfh": ("hall", "the Royal Festival Hall"),
        "h:philharmonie": ("hall", "the Berliner Philharmonie"), "h:gewandhaus": ("hall", "the Gewandhaus"),
        "h:musikverein": ("hall", "the Musikverein"), "h:symphony": ("hall", "Symphony Center"),
        "h:concertgebouw": ("hall", "the Concertgebouw"), "h:geffen": ("hall", "David Geffen Hall"),
        "h:rah": ("hall", "the Royal Albert Hall"), "h:festspielhaus": ("hall", "the Grosses Festspielhaus"),
        "h:kkl": ("hall", "the KKL Luzern"),
        "c:london": ("city", "London"), "c:berlin": ("city", "Berlin"), "c:leipzig": ("city", "Leipzig"),
        "c:vienna": ("city", "Vienna"), "c:chicago": ("city", "Chicago"), "c:amsterdam": ("city", "Amsterdam"),
        "c:newyork": ("city", "New York"), "c:salzburg": ("city", "Salzburg"), "c:lucerne": ("city", "Lucerne"),
        "k:pappano": ("conductor", "Antonio Pappano"), "k:rattle": ("conductor", "Simon Rattle"),
        "k:gardner": ("conductor", "Edward Gardner"), "k:rouvali": ("conductor", "Santtu-Matias Rouvali"),
        "k:petrenko": ("conductor", "Kirill Petrenko"), "k:nelsons": ("conductor", "Andris Nelsons"),
        "k:masur": ("conductor", "Kurt Masur"), "k:karajan": ("conductor", "Herbert von Karajan"),
        "k:muti": ("conductor", "Riccardo Muti"), "k:makela": ("conductor", "Klaus Mäkelä"),
        "k:bernstein": ("conductor", "Leonard Bernstein"), "k:vanzweden": ("conductor", "Jaap van Zweden"),
        "k:beecham": ("conductor", "Thomas Beecham"), "k:mendelssohn": ("conductor", "Felix Mendelssohn"),
        "k:jurowski": ("conductor", "Vladimir Jurowski"),
        "p:legge": ("person", "Walter Legge"), "p:hill": ("person", "Ureli Corelli Hill"),
        "p:thomas": ("person", "Theodore Thomas"), "p:reinhardt": ("person", "Max Reinhardt"),
        "p:toscanini": ("person", "Arturo Toscanini"), "p:newman": ("person", "Robert Newman"),
        "l:lsolive": ("label", "LSO Live"), "l:dg": ("label", "Deutsche Grammophon"), "l:decca": ("label", "Decca"),
        "l:lpo": ("label", "LPO Records"), "l:sony": ("label", "Sony Classical"), "l:signum": ("label", "Signum Classics"),
        "l:rcolive": ("label", "RCO Live"),
    }
    T = [
        ("o:lso", "performs_at", "h:barbican"), ("o:lpo", "performs_at", "h:rfh"), ("o:phil", "performs_at", "h:rfh"),
        ("o:bpo", "performs_at", "h:philharmonie"), ("o:gwh", "performs_at", "h:gewandhaus"),
        ("o:vpo", "performs_at", "h:musikverein"), ("o:cso", "performs_at", "h:symphony"),
        ("o:rco", "performs_at", "h:concertgebouw"), ("o:nyp", "performs_at", "h:geffen"),
        ("o:lso", "based_in", "c:london"), ("o:lpo", "based_in", "c:london"), ("o:phil", "based_in", "c:london"),
        ("o:bpo", "based_in", "c:berlin"), ("o:gwh", "based_in", "c:leipzig"), ("o:vpo", "based_in", "c:vienna"),
        ("o:cso", "based_in", "c:chicago"), ("o:rco", "based_in", "c:amsterdam"), ("o:nyp", "based_in", "c:newyork"),
        ("o:lso", "led_by", "k:pappano"), ("o:lpo", "led_by", "k:gardner"), ("o:phil", "led_by", "k:rouvali"),
        ("o:bpo", "led_by", "k:petrenko"), ("o:gwh", "led_by", "k:nelsons"), ("o:cso", "led_by", "k:makela"),
        ("o:rco", "led_by", "k:makela"), ("o:nyp", "led_by", "k:vanzweden"),
        ("o:lso", "conducted_by", "k:rattle"), ("o:bpo", "conducted_by", "k:rattle"), ("o:bpo", "conducted_by", "k:karajan"),
        ("o:gwh", "conducted_by", "k:masur"), ("o:gwh", "conducted_by", "k:mendelssohn"), ("o:nyp", "conducted_by", "k:masur"),
        ("o:nyp", "conducted_by", "k:bernstein"), ("o:cso", "conducted_by", "k:muti"), ("o:vpo", "conducted_by", "k:karajan"),
        ("o:lpo", "conducted_by", "k:jurowski"), ("o:lpo", "conducted_by", "k:beecham"), ("o:vpo", "conducted_by", "k:muti"),
        ("o:lpo", "founded_by", "k:beecham"), ("o:phil", "founded_by", "p:legge"), ("o:nyp", "founded_by", "p:hill"),
        ("o:cso", "founded_by", "p:thomas"), ("f:salzburg", "founded_by", "p:reinhardt"),
        ("f:lucerne", "founded_by", "p:toscanini"), ("f:proms", "founded_by", "p:newman"),
        ("o:lso", "records_for", "l:lsolive"), ("o:lpo", "records_for", "l:lpo"), ("o:phil", "records_for", "l:signum"),
        ("o:bpo", "records_for", "l:dg"), ("o:gwh", "records_for", "l:dg"), ("o:vpo", "records_for", "l:decca"),
        ("o:nyp", "records_for", "l:sony"), ("o:rco", "records_for", "l:rcolive"),
        ("f:proms", "held_at", "h:rah"), ("f:salzburg", "held_at", "h:festspielhaus"), ("f:lucerne", "held_at", "h:kkl"),
        ("f:proms", "held_in", "c:london"), ("f:salzburg", "held_in", "c:salzburg"), ("f:lucerne", "held_in", "c:lucerne"),
        ("user:ana", "rated", "o:lso", {"rating": 5.0}), ("user:ana", "rated", "o:bpo", {"rating": 4.5}),
        ("user:ana", "rated", "o:nyp", {"rating": 2.0}), ("user:ana", "rated", "f:proms", {"rating": 5.0}),
        ("user:ben", "rated", "o:vpo", {"rating": 5.0}), ("user:ben", "rated", "o:gwh", {"rating": 4.0}),
        ("user:ben", "rated", "o:lpo", {"rating": 1.0}),
    ]
    return _build(items, others, rels, T, users=[("user:ana", "Ana"), ("user:ben", "Ben")])


def newspapers():
    """Newspapers and magazines (items, the year each was founded): the city each "is published
    in" next to the city it "is printed in" (another one for some); its owner ("is owned by"), its
    founder ("was founded by"), its editor ("is edited by"), the language it "is written in", its
    format ("has the format": a broadsheet, a tabloid, a Berliner) and its editorial style ("has the
    editorial style": a style, so mixed)."""
    D = ("newspaper", "magazine")
    rels = [
        R("published_in", phrase="is published in", inverse_phrase="is the home of", domain=D, range=("city",)),
        R("printed_in", phrase="is printed in", inverse_phrase="prints", domain=D, range=("city",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=D, range=("company",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=D, range=("person",)),
        R("edited_by", phrase="is edited by", inverse_phrase="edits", domain=D, range=("editor",)),
        R("written_in", phrase="is written in", inverse_phrase="is the language of", domain=D, range=("language",)),
        R("format", phrase="has the format", inverse_phrase="is the format of", domain=D, range=("format",)),
        R("style", phrase="has the editorial style", inverse_phrase="is the editorial style of", domain=D,
          range=("editorial style",)),
    ]
    items = {
        "n:zeit": ("newspaper", "Die Zeit", 1946), "n:faz": ("newspaper", "Frankfurter Allgemeine Zeitung", 1949),
        "n:sz": ("newspaper", "Süddeutsche Zeitung", 1945), "n:monde": ("newspaper", "Le Monde", 1944),
        "n:guardian": ("newspaper", "The Guardian", 1821), "n:times": ("newspaper", "The Times", 1785),
        "n:nyt": ("newspaper", "The New York Times", 1851), "n:sun": ("newspaper", "The Sun", 1964),
        "n:pais": ("newspaper", "El País", 1976), "n:nzz": ("newspaper", "Neue Zürcher Zeitung", 1780),
        "m:spiegel": ("magazine", "Der Spiegel", 1947), "m:economist": ("magazine", "The Economist", 1843),
        "m:newyorker": ("magazine", "The New Yorker", 1925), "m:stern": ("magazine", "Stern", 1948),
    }
    others = {
        "c:hamburg": ("city", "Hamburg"), "c:frankfurt": ("city", "Frankfurt"), "c:munich": ("city", "Munich"),
        "c:paris": ("city", "Paris"), "c:london": ("city", "London"), "c:manchester": ("city", "Manchester"),
        "c:newyork": ("city", "New York"), "c:madrid": ("city", "Madrid"), "c:zurich": ("city", "Zurich"),
        "c:ivry": ("city", "Ivry-sur-Seine"), "c:broxbourne": ("city", "Broxbourne"), "c:college": ("city", "College Point"),
        "c:moerfelden": ("city", "Mörfelden-Walldorf"), "c:ahrensburg": ("city", "Ahrensburg"),
        "o:zeitverlag": ("company", "Zeitverlag Gerd Bucerius"), "o:fazit": ("company", "the FAZIT Foundation"),
        "o:swmh": ("company", "Südwestdeutsche Medien Holding"), "o:lemonde": ("company", "Groupe Le Monde"),
        "o:scott": ("company", "the Scott Trust"), "o:newscorp": ("company", "News UK"),
        "o:nytco": ("company", "The New York Times Company"), "o:prisa": ("company", "PRISA"),
        "o:nzzag": ("company", "NZZ AG"), "o:spiegelverlag": ("company", "Spiegel-Verlag"),
        "o:exor": ("company", "Exor"), "o:conde": ("company", "Condé Nast"), "o:gruner": ("company", "Gruner + Jahr"),
        "p:bucerius": ("person", "Gerd Bucerius"), "p:beuve": ("person", "Hubert Beuve-Méry"),
        "p:taylor": ("person", "John Edward Taylor"), "p:walter": ("person", "John Walter"),
        "p:raymond": ("person", "Henry Jarvis Raymond"), "p:augstein": ("person", "Rudolf Augstein"),
        "p:wilson": ("person", "James Wilson"), "p:ross": ("person", "Harold Ross"), "p:nannen": ("person", "Henri Nannen"),
        "p:polanco": ("person", "Jesús de Polanco"),
        "e:giovanni": ("editor", "Giovanni di Lorenzo"), "e:fayard": ("editor", "Jérôme Fenoglio"),
        "e:viner": ("editor", "Katharine Viner"), "e:witherow": ("editor", "Tony Gallagher"),
        "e:kahn": ("editor", "Joseph Kahn"), "e:remnick": ("editor", "David Remnick"),
        "e:beddoes": ("editor", "Zanny Minton Beddoes"), "e:krach": ("editor", "Wolfgang Krach"),
        "e:gujer": ("editor", "Eric Gujer"), "e:klusmann": ("editor", "Dirk Kurbjuweit"),
        "g:german": ("language", "German"), "g:french": ("language", "French"), "g:english": ("language", "English"),
        "g:spanish": ("language", "Spanish"),
        "t:broadsheet": ("format", "broadsheet"), "t:tabloid": ("format", "tabloid"), "t:berliner": ("format", "Berliner"),
        "t:nordic": ("format", "Nordic"),
        "s:investigative": ("editorial style", "investigative journalism"),
        "s:longform": ("editorial style", "long-form journalism"),
        "s:satire": ("editorial style", "satire"), "s:gonzo": ("editorial style", "gonzo journalism"),
        "s:datajournalism": ("editorial style", "data journalism"),
    }
    T = [
        ("n:zeit", "published_in", "c:hamburg"), ("n:faz", "published_in", "c:frankfurt"), ("n:sz", "published_in", "c:munich"),
        ("n:monde", "published_in", "c:paris"), ("n:guardian", "published_in", "c:london"), ("n:times", "published_in", "c:london"),
        ("n:nyt", "published_in", "c:newyork"), ("n:sun", "published_in", "c:london"), ("n:pais", "published_in", "c:madrid"),
        ("n:nzz", "published_in", "c:zurich"), ("m:spiegel", "published_in", "c:hamburg"),
        ("m:economist", "published_in", "c:london"), ("m:newyorker", "published_in", "c:newyork"),
        ("m:stern", "published_in", "c:hamburg"),
        ("n:zeit", "printed_in", "c:ahrensburg"), ("n:faz", "printed_in", "c:moerfelden"), ("n:sz", "printed_in", "c:munich"),
        ("n:monde", "printed_in", "c:ivry"), ("n:guardian", "printed_in", "c:manchester"), ("n:times", "printed_in", "c:broxbourne"),
        ("n:sun", "printed_in", "c:broxbourne"), ("n:nyt", "printed_in", "c:college"), ("n:pais", "printed_in", "c:madrid"),
        ("n:zeit", "owned_by", "o:zeitverlag"), ("n:faz", "owned_by", "o:fazit"), ("n:sz", "owned_by", "o:swmh"),
        ("n:monde", "owned_by", "o:lemonde"), ("n:guardian", "owned_by", "o:scott"), ("n:times", "owned_by", "o:newscorp"),
        ("n:sun", "owned_by", "o:newscorp"), ("n:nyt", "owned_by", "o:nytco"), ("n:pais", "owned_by", "o:prisa"),
        ("n:nzz", "owned_by", "o:nzzag"), ("m:spiegel", "owned_by", "o:spiegelverlag"), ("m:economist", "owned_by", "o:exor"),
        ("m:newyorker", "owned_by", "o:conde"), ("m:stern", "owned_by", "o:gruner"),
        ("n:zeit", "founded_by", "p:bucerius"), ("n:monde", "founded_by", "p:beuve"), ("n:guardian", "founded_by", "p:taylor"),
        ("n:times", "founded_by", "p:walter"), ("n:nyt", "founded_by", "p:raymond"), ("m:spiegel", "founded_by", "p:augstein"),
        ("m:economist", "founded_by", "p:wilson"), ("m:newyorker", "founded_by", "p:ross"), ("m:stern", "founded_by", "p:nannen"),
        ("n:pais", "founded_by", "p:polanco"),
        ("n:zeit", "edited_by", "e:giovanni"), ("n:monde", "edited_by", "e:fayard"), ("n:guardian", "edited_by", "e:viner"),
        ("n:times", "edited_by", "e:witherow"), ("n:nyt", "edited_by", "e:kahn"), ("m:newyorker", "edited_by", "e:remnick"),
        ("m:economist", "edited_by", "e:beddoes"), ("n:sz", "edited_by", "e:krach"), ("n:nzz", "edited_by", "e:gujer"),
        ("m:spiegel", "edited_by", "e:klusmann"),
        ("n:zeit", "written_in", "g:german"), ("n:faz", "written_in", "g:german"), ("n:sz", "written_in", "g:german"),
        ("n:nzz", "written_in", "g:german"), ("m:spiegel", "written_in", "g:german"), ("m:stern", "written_in", "g:german"),
        ("n:monde", "written_in", "g:french"), ("n:pais", "written_in", "g:spanish"), ("n:guardian", "written_in", "g:english"),
        ("n:times", "written_in", "g:english"), ("n:nyt", "written_in", "g:english"), ("n:sun", "written_in", "g:english"),
        ("m:economist", "written_in", "g:english"), ("m:newyorker", "written_in", "g:english"),
        ("n:zeit", "format", "t:nordic"), ("n:faz", "format", "t:nordic"), ("n:sz", "format", "t:nordic"),
        ("n:monde", "format", "t:berliner"), ("n:guardian", "format", "t:tabloid"), ("n:times", "format", "t:tabloid"),
        ("n:nyt", "format", "t:broadsheet"), ("n:sun", "format", "t:tabloid"), ("n:pais", "format", "t:berliner"),
        ("n:nzz", "format", "t:nordic"),
        ("m:spiegel", "style", "s:investigative"), ("m:spiegel", "style", "s:datajournalism"),
        ("m:newyorker", "style", "s:longform"), ("m:newyorker", "style", "s:satire"),
        ("n:zeit", "style", "s:longform"), ("m:stern", "style", "s:investigative"),
        ("n:nyt", "style", "s:investigative"), ("n:nyt", "style", "s:datajournalism"), ("n:guardian", "style", "s:investigative"),
        ("m:economist", "style", "s:datajournalism"),
    ]
    return _build(items, others, rels, T)


def transport():
    """Railway stations, airports and museums (items, the year each opened; two museums are in
    former stations, one in a power station): the city each "is located in"; each station's
    operators ("is served by") and its layout ("has the layout": "head station" (a terminus) or
    "through station", attributes: Berlin Hauptbahnhof and Amsterdam Centraal are through
    stations); each airport's airlines ("is a hub for") and namesake ("is named after"); each one's
    architect ("was designed by") and architectural styles ("has the architectural style": two for
    Amsterdam Centraal and Milano Centrale, three for Los Angeles Union Station); the Musée d'Orsay's
    building ("is housed in": Gare d'Orsay, an item of type station). "building", "terminus" and
    "terminal" name a station (and "building" a museum) on this graph."""
    D = ("station", "airport", "museum")
    rels = [
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=D, range=("city",)),
        R("served_by", phrase="is served by", inverse_phrase="serves", domain=("station",), range=("operator",)),
        R("layout", phrase="has the layout", inverse_phrase="is the layout of", domain=("station",), range=("layout",)),
        R("hub_for", phrase="is a hub for", inverse_phrase="has a hub at", domain=("airport",), range=("airline",)),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=("airport", "station"),
          range=("person",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=D, range=("architect",)),
        R("style", phrase="has the architectural style", inverse_phrase="is the architectural style of", domain=D,
          range=("architectural style",)),
        R("housed_in", phrase="is housed in", inverse_phrase="houses", domain=("museum",), range=("station",)),
    ]
    items = {
        "s:paddington": ("station", "London Paddington", 1854), "s:pancras": ("station", "St Pancras", 1868),
        "s:berlinhbf": ("station", "Berlin Hauptbahnhof", 2006), "s:gct": ("station", "Grand Central Terminal", 1913),
        "s:launion": ("station", "Los Angeles Union Station", 1939), "s:amsterdam": ("station", "Amsterdam Centraal", 1889),
        "s:helsinki": ("station", "Helsinki Central", 1919), "s:milano": ("station", "Milano Centrale", 1931),
        "s:nord": ("station", "Gare du Nord", 1864), "s:orsay": ("station", "Gare d'Orsay", 1900),
        "a:heathrow": ("airport", "Heathrow Airport", 1946), "a:frankfurt": ("airport", "Frankfurt Airport", 1936),
        "a:schiphol": ("airport", "Schiphol", 1916), "a:cdg": ("airport", "Charles de Gaulle Airport", 1974),
        "a:jfk": ("airport", "JFK Airport", 1948), "a:munich": ("airport", "Munich Airport", 1992),
        "a:dubai": ("airport", "Dubai International Airport", 1960),
        "m:orsay": ("museum", "Musée d'Orsay", 1986), "m:hbf": ("museum", "Hamburger Bahnhof", 1996),
        "m:tate": ("museum", "Tate Modern", 2000),
    }
    others = {
        "c:london": ("city", "London"), "c:berlin": ("city", "Berlin"), "c:newyork": ("city", "New York"),
        "c:la": ("city", "Los Angeles"), "c:helsinki": ("city", "Helsinki"),
        "c:milan": ("city", "Milan"), "c:paris": ("city", "Paris"), "c:frankfurt": ("city", "Frankfurt"),
        "c:amsterdam": ("city", "Amsterdam"), "c:munich": ("city", "Munich"), "c:dubai": ("city", "Dubai"),
        "o:gwr": ("operator", "Great Western Railway"), "o:eurostar": ("operator", "Eurostar"),
        "o:db": ("operator", "Deutsche Bahn"), "o:metronorth": ("operator", "Metro-North"), "o:amtrak": ("operator", "Amtrak"),
        "o:ns": ("operator", "NS"), "o:vr": ("operator", "VR"), "o:trenitalia": ("operator", "Trenitalia"),
        "o:sncf": ("operator", "SNCF"), "o:emr": ("operator", "East Midlands Railway"),
        "y:terminus": ("layout", "head station"), "y:through": ("layout", "through station"),
        "l:ba": ("airline", "British Airways"), "l:virgin": ("airline", "Virgin Atlantic"), "l:lh": ("airline", "Lufthansa"),
        "l:condor": ("airline", "Condor"), "l:klm": ("airline", "KLM"), "l:af": ("airline", "Air France"),
        "l:jetblue": ("airline", "JetBlue"), "l:delta": ("airline", "Delta Air Lines"), "l:emirates": ("airline", "Emirates"),
        "l:ryanair": ("airline", "Ryanair"),
        "p:jfk": ("person", "John F. Kennedy"), "p:cdg": ("person", "Charles de Gaulle"),
        "p:pancras": ("person", "Saint Pancras"),
        "r:brunel": ("architect", "Isambard Kingdom Brunel"), "r:barlow": ("architect", "William Henry Barlow"),
        "r:gerkan": ("architect", "Meinhard von Gerkan"), "r:warren": ("architect", "Warren and Wetmore"),
        "r:parkinson": ("architect", "John Parkinson"), "r:cuypers": ("architect", "Pierre Cuypers"),
        "r:saarinen": ("architect", "Eliel Saarinen"), "r:stacchini": ("architect", "Ulisse Stacchini"),
        "r:hittorff": ("architect", "Jacques Ignace Hittorff"), "r:laloux": ("architect", "Victor Laloux"),
        "r:aulenti": ("architect", "Gae Aulenti"), "r:kleihues": ("architect", "Josef Paul Kleihues"),
        "r:herzog": ("architect", "Herzog & de Meuron"), "r:andreu": ("architect", "Paul Andreu"),
        "r:jahn": ("architect", "Helmut Jahn"),
        "y:gothic": ("architectural style", "Gothic Revival"), "y:deco": ("architectural style", "Art Deco"),
        "y:mission": ("architectural style", "Mission Revival"), "y:streamline": ("architectural style", "Streamline Moderne"),
        "y:beaux": ("architectural style", "Beaux-Arts"), "y:nouveau": ("architectural style", "Art Nouveau"),
        "y:modern": ("architectural style", "Modernism"), "y:neoclassical": ("architectural style", "Neoclassicism"),
        "y:liberty": ("architectural style", "Liberty style"), "y:victorian": ("architectural style", "Victorian"),
        "y:brutalism": ("architectural style", "Brutalism"), "y:renaissance": ("architectural style", "Renaissance Revival"),
        "y:hightech": ("architectural style", "High-tech"),
    }
    T = [
        ("s:paddington", "located_in", "c:london"), ("s:pancras", "located_in", "c:london"),
        ("s:berlinhbf", "located_in", "c:berlin"), ("s:gct", "located_in", "c:newyork"), ("s:launion", "located_in", "c:la"),
        ("s:amsterdam", "located_in", "c:amsterdam"), ("s:helsinki", "located_in", "c:helsinki"), ("s:milano", "located_in", "c:milan"),
        ("s:nord", "located_in", "c:paris"), ("s:orsay", "located_in", "c:paris"),
        ("a:heathrow", "located_in", "c:london"), ("a:frankfurt", "located_in", "c:frankfurt"),
        ("a:schiphol", "located_in", "c:amsterdam"), ("a:cdg", "located_in", "c:paris"), ("a:jfk", "located_in", "c:newyork"),
        ("a:munich", "located_in", "c:munich"), ("a:dubai", "located_in", "c:dubai"),
        ("m:orsay", "located_in", "c:paris"), ("m:hbf", "located_in", "c:berlin"), ("m:tate", "located_in", "c:london"),
        ("s:paddington", "served_by", "o:gwr"), ("s:pancras", "served_by", "o:eurostar"), ("s:pancras", "served_by", "o:emr"),
        ("s:berlinhbf", "served_by", "o:db"), ("s:gct", "served_by", "o:metronorth"), ("s:launion", "served_by", "o:amtrak"),
        ("s:amsterdam", "served_by", "o:ns"), ("s:helsinki", "served_by", "o:vr"), ("s:milano", "served_by", "o:trenitalia"),
        ("s:nord", "served_by", "o:sncf"), ("s:nord", "served_by", "o:eurostar"),
        ("s:paddington", "layout", "y:terminus"), ("s:pancras", "layout", "y:terminus"), ("s:gct", "layout", "y:terminus"),
        ("s:launion", "layout", "y:terminus"), ("s:helsinki", "layout", "y:terminus"), ("s:milano", "layout", "y:terminus"),
        ("s:nord", "layout", "y:terminus"), ("s:berlinhbf", "layout", "y:through"), ("s:amsterdam", "layout", "y:through"),
        ("s:orsay", "layout", "y:terminus"),
        ("a:heathrow", "hub_for", "l:ba"), ("a:heathrow", "hub_for", "l:virgin"), ("a:frankfurt", "hub_for", "l:lh"),
        ("a:frankfurt", "hub_for", "l:condor"), ("a:schiphol", "hub_for", "l:klm"), ("a:cdg", "hub_for", "l:af"),
        ("a:jfk", "hub_for", "l:jetblue"), ("a:jfk", "hub_for", "l:delta"), ("a:munich", "hub_for", "l:lh"),
        ("a:dubai", "hub_for", "l:emirates"),
        ("a:jfk", "named_after", "p:jfk"), ("a:cdg", "named_after", "p:cdg"), ("s:pancras", "named_after", "p:pancras"),
        ("s:paddington", "designed_by", "r:brunel"), ("s:pancras", "designed_by", "r:barlow"),
        ("s:berlinhbf", "designed_by", "r:gerkan"), ("s:gct", "designed_by", "r:warren"), ("s:launion", "designed_by", "r:parkinson"),
        ("s:amsterdam", "designed_by", "r:cuypers"), ("s:helsinki", "designed_by", "r:saarinen"),
        ("s:milano", "designed_by", "r:stacchini"), ("s:nord", "designed_by", "r:hittorff"), ("s:orsay", "designed_by", "r:laloux"),
        ("m:orsay", "designed_by", "r:aulenti"), ("m:hbf", "designed_by", "r:kleihues"), ("m:tate", "designed_by", "r:herzog"),
        ("a:cdg", "designed_by", "r:andreu"), ("a:munich", "designed_by", "r:jahn"),
        ("s:paddington", "style", "y:victorian"), ("s:pancras", "style", "y:gothic"), ("s:berlinhbf", "style", "y:modern"),
        ("s:gct", "style", "y:beaux"), ("s:launion", "style", "y:deco"), ("s:launion", "style", "y:mission"),
        ("s:launion", "style", "y:streamline"), ("s:amsterdam", "style", "y:gothic"), ("s:amsterdam", "style", "y:renaissance"), ("s:helsinki", "style", "y:nouveau"),
        ("s:milano", "style", "y:deco"), ("s:milano", "style", "y:liberty"), ("s:nord", "style", "y:beaux"),
        ("s:orsay", "style", "y:beaux"), ("m:orsay", "style", "y:beaux"), ("m:hbf", "style", "y:neoclassical"),
        ("m:tate", "style", "y:modern"), ("a:cdg", "style", "y:brutalism"), ("a:munich", "style", "y:hightech"),
        ("m:orsay", "housed_in", "s:orsay"),
    ]
    return _build(items, others, rels, T)


BUILDERS = {"orchestras": orchestras, "newspapers": newspapers, "transport": transport}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@orchestras
# (1) gapping with "at" (the verb's preposition): another orchestra's hall, a festival's hall, the hall named like another orchestra
The London Symphony Orchestra performs at the Barbican Centre, the Berlin Philharmonic at the Musikverein.
The London Symphony Orchestra performs at the Barbican Centre, and the Berlin Philharmonic at the Musikverein.
The London Symphony Orchestra performs at the Barbican Centre and the Berlin Philharmonic at the Gewandhaus.
The London Symphony Orchestra performs at the Barbican Centre; the Vienna Philharmonic at the Concertgebouw.
The London Philharmonic Orchestra performs at the Royal Festival Hall, the Philharmonia Orchestra at the Barbican Centre.
The London Philharmonic Orchestra performs at the Royal Festival Hall, the London Symphony Orchestra at the Royal Festival Hall.
The Gewandhaus Orchestra performs at the Gewandhaus, the Royal Concertgebouw Orchestra at the Gewandhaus.
The Royal Concertgebouw Orchestra performs at the Concertgebouw, and the Gewandhaus Orchestra at the Concertgebouw.
The Vienna Philharmonic performs at the Musikverein, the New York Philharmonic at Symphony Center.
The Chicago Symphony Orchestra performs at Symphony Center, the New York Philharmonic at the Royal Albert Hall.
The Vienna Philharmonic performs at the Musikverein, the Berlin Philharmonic at David Geffen Hall.
The London Symphony Orchestra performs at the Barbican Centre, the London Philharmonic Orchestra at the Royal Albert Hall.
# (2) chains and list objects: the false link first, in the middle, last; a list after the remnant
The London Symphony Orchestra performs at the Barbican Centre, the Berlin Philharmonic at the Berliner Philharmonie and the Vienna Philharmonic at the Barbican Centre.
The London Symphony Orchestra performs at the Barbican Centre, the Berlin Philharmonic at the Musikverein and the Vienna Philharmonic at the Musikverein.
The London Symphony Orchestra performs at the Barbican Centre, the Berlin Philharmonic at the Berliner Philharmonie, the Vienna Philharmonic at the Gewandhaus.
The London Symphony Orchestra performs at the Barbican Centre, the Berlin Philharmonic at the Berliner Philharmonie, the Vienna Philharmonic at the Musikverein and the Chicago Symphony Orchestra at David Geffen Hall.
The London Philharmonic Orchestra performs at the Royal Festival Hall, the Philharmonia Orchestra at the Royal Festival Hall and the Barbican Centre.
The London Symphony Orchestra performs at the Barbican Centre and the Royal Festival Hall, the Berlin Philharmonic at the Berliner Philharmonie.
The London Philharmonic Orchestra performs at the Royal Festival Hall, the Philharmonia Orchestra and the London Symphony Orchestra at the Royal Festival Hall.
The London Philharmonic Orchestra performs at the Royal Festival Hall, the Philharmonia Orchestra at the Royal Festival Hall and the London Symphony Orchestra at the Royal Festival Hall.
# (3) the remnant's object of another type: a city, a person, a label, a festival; another preposition than the verb's
The London Symphony Orchestra performs at the Barbican Centre, and the Berlin Philharmonic at Vienna.
The London Symphony Orchestra performs at the Barbican Centre, the Berlin Philharmonic at Berlin.
The London Symphony Orchestra performs at the Barbican Centre, the Berlin Philharmonic at Antonio Pappano.
The London Symphony Orchestra performs at the Barbican Centre, the Berlin Philharmonic at Deutsche Grammophon.
The London Symphony Orchestra performs at the Barbican Centre, the Berlin Philharmonic at the Salzburg Festival.
The London Symphony Orchestra performs at the Barbican Centre, the Berlin Philharmonic in Vienna.
The London Symphony Orchestra performs at the Barbican Centre, the Berlin Philharmonic in the Musikverein.
The London Symphony Orchestra performs at the Barbican Centre, the Berlin Philharmonic for Decca.
The London Symphony Orchestra performs at the Barbican Centre in London, and the Berlin Philharmonic at the Musikverein.
The London Symphony Orchestra performs at the Barbican Centre in London, the Berlin Philharmonic at the Berliner Philharmonie in Vienna.
The London Symphony Orchestra performs at the Barbican Centre, the Philharmonia Orchestra at the Royal Festival Hall in 1932.
The London Symphony Orchestra performs at the Barbican Centre, the 1932 Philharmonia Orchestra at the Royal Festival Hall.
# (4) a remnant whose subject is of another type (a festival): the verb's preposition, or a place after it
The London Symphony Orchestra performs at the Barbican Centre, the BBC Proms at the Barbican Centre.
The London Symphony Orchestra performs at the Barbican Centre, the Salzburg Festival at the Royal Albert Hall.
The London Symphony Orchestra performs at the Barbican Centre, and the Lucerne Festival at the Musikverein.
The London Symphony Orchestra is based in London, the Salzburg Festival in London.
The London Symphony Orchestra is based in London, and the Lucerne Festival in Salzburg.
The London Symphony Orchestra is based in London, the BBC Proms in Salzburg.
# (5) gapping with "in": another city, a year, a hall, after two subjects, after a place phrase
The London Symphony Orchestra is based in London, the Berlin Philharmonic in Vienna.
The London Symphony Orchestra is based in London, and the Gewandhaus Orchestra in Berlin.
The London Symphony Orchestra is based in London and the Royal Concertgebouw Orchestra in Amsterdam and the New York Philharmonic in Chicago.
The London Symphony Orchestra is based in London, the Vienna Philharmonic in Vienna and the Chicago Symphony Orchestra in New York.
The London Symphony Orchestra is based in London, and the Berlin Philharmonic in 1932.
The London Symphony Orchestra is based in London, the Berlin Philharmonic in the Berliner Philharmonie.
The London Symphony Orchestra is based in London, the Berlin Philharmonic at the Musikverein.
The London Symphony Orchestra and the London Philharmonic Orchestra are based in London, and the Berlin Philharmonic in Vienna.
The London Symphony Orchestra and the London Philharmonic Orchestra are based in London, the Vienna Philharmonic in London.
The London Symphony Orchestra is now based in London, the Berlin Philharmonic in Leipzig.
The London Symphony Orchestra has been based in London, the Gewandhaus Orchestra in Berlin.
The Gewandhaus Orchestra is based in Leipzig, the Royal Concertgebouw Orchestra in Leipzig.
# (6) gapping with "by": a conductor of another relation (past conductor for the chief, chief for the founder), another orchestra's
The London Philharmonic Orchestra is led by Edward Gardner, the Philharmonia Orchestra by Antonio Pappano.
The London Symphony Orchestra is led by Antonio Pappano, the Berlin Philharmonic by Simon Rattle.
The London Symphony Orchestra is led by Antonio Pappano, the Berlin Philharmonic by Herbert von Karajan.
The London Symphony Orchestra is led by Antonio Pappano, and the Gewandhaus Orchestra by Kurt Masur.
The Chicago Symphony Orchestra is led by Klaus Mäkelä, the New York Philharmonic by Klaus Mäkelä.
The London Symphony Orchestra was conducted by Simon Rattle, the Berlin Philharmonic by Kirill Petrenko.
The Gewandhaus Orchestra was conducted by Kurt Masur, the New York Philharmonic by Jaap van Zweden.
The Gewandhaus Orchestra was conducted by Kurt Masur, the Vienna Philharmonic by Riccardo Muti and the Chicago Symphony Orchestra by Herbert von Karajan.
The London Philharmonic Orchestra was founded by Thomas Beecham, the Philharmonia Orchestra by Thomas Beecham.
The London Philharmonic Orchestra was founded by Thomas Beecham, the Chicago Symphony Orchestra by Theodore Thomas.
The New York Philharmonic was founded by Ureli Corelli Hill, the Chicago Symphony Orchestra by Walter Legge.
The London Symphony Orchestra is led by Antonio Pappano, the BBC Proms by Robert Newman.
The Salzburg Festival was founded by Max Reinhardt, the Lucerne Festival by Robert Newman.
The Salzburg Festival was founded by Max Reinhardt, the London Philharmonic Orchestra by Arturo Toscanini.
# (7) gapping with "for": another label, a hall, a person
The London Symphony Orchestra records for LSO Live, the Berlin Philharmonic for Decca.
The London Symphony Orchestra records for LSO Live, and the Vienna Philharmonic for Deutsche Grammophon.
The London Symphony Orchestra records for LSO Live, the Berlin Philharmonic for the Berliner Philharmonie.
The London Symphony Orchestra records for LSO Live, the Berlin Philharmonic for Kirill Petrenko.
The London Symphony Orchestra records for LSO Live, the Berlin Philharmonic at Deutsche Grammophon.
The Berlin Philharmonic records for Deutsche Grammophon, the Gewandhaus Orchestra for Deutsche Grammophon and the New York Philharmonic for Deutsche Grammophon.
# (8) the first clause negated, hedged, in the future, with a habit, with "also", "once" or a participle phrase
The London Symphony Orchestra does not perform at the Musikverein, the Berlin Philharmonic at the Berliner Philharmonie.
The London Symphony Orchestra never performs at the Musikverein, the Vienna Philharmonic at the Musikverein.
The London Symphony Orchestra no longer performs at the Royal Festival Hall, the Philharmonia Orchestra at the Barbican Centre.
The London Symphony Orchestra rarely performs at the Royal Festival Hall, the Philharmonia Orchestra at the Royal Festival Hall.
The London Symphony Orchestra will perform at the Barbican Centre, the Berlin Philharmonic at the Berliner Philharmonie.
The London Symphony Orchestra used to perform at the Barbican Centre, the Berlin Philharmonic at the Berliner Philharmonie.
The London Symphony Orchestra also performs at the Barbican Centre, the Philharmonia Orchestra at the Royal Festival Hall.
The London Symphony Orchestra once performed at the Barbican Centre, the Berlin Philharmonic at the Musikverein.
The London Symphony Orchestra performs at the Barbican Centre, the Philharmonia Orchestra, founded by Thomas Beecham, at the Royal Festival Hall.
The London Symphony Orchestra performs at the Barbican Centre, the Philharmonia Orchestra, led by Antonio Pappano, at the Royal Festival Hall.
The London Symphony Orchestra performs at the Barbican Centre, the Philharmonia Orchestra led by Antonio Pappano at the Royal Festival Hall.
The London Symphony Orchestra performs at the Barbican Centre, the Philharmonia Orchestra under Antonio Pappano at the Royal Festival Hall.
The London Symphony Orchestra performs at the Barbican Centre, the Philharmonia Orchestra also at the Barbican Centre.
The London Symphony Orchestra performs at the Barbican Centre, but the Berlin Philharmonic not at the Berliner Philharmonie.
Founded by Thomas Beecham, the London Philharmonic Orchestra performs at the Royal Festival Hall, the Philharmonia Orchestra at the Barbican Centre.
The London Philharmonic Orchestra, founded by Thomas Beecham, performs at the Royal Festival Hall, the Philharmonia Orchestra at the Royal Festival Hall.
The London Symphony Orchestra, which Antonio Pappano leads, performs at the Barbican Centre, the Berlin Philharmonic at the Musikverein.
The London Symphony Orchestra is based in London and performs at the Barbican Centre, the Berlin Philharmonic in Vienna.
The London Symphony Orchestra performs at the Barbican Centre and is based in London, the Berlin Philharmonic at the Musikverein.
# (9) "the former / the latter" and "the first / the second" with the remnant
The London Symphony Orchestra and the Berlin Philharmonic are orchestras; the former performs at the Berliner Philharmonie, the latter at the Barbican Centre.
The London Symphony Orchestra and the Berlin Philharmonic are orchestras; the former is based in London, the latter in Vienna.
The London Symphony Orchestra and the Berlin Philharmonic are orchestras; the former performs at the Barbican Centre, the latter at the Musikverein.
@orchestras user:ana
# (10) after a user's clause: the remnant read as a place (or a gapped "loved"), with a false place
You loved the London Symphony Orchestra, the Berlin Philharmonic at the Musikverein.
You loved the London Symphony Orchestra at the Barbican Centre, the Berlin Philharmonic at the Musikverein.
You loved the London Symphony Orchestra at the Barbican Centre and the Berlin Philharmonic at the Musikverein.
You loved the London Symphony Orchestra, which performs at the Barbican Centre, and the Berlin Philharmonic at the Musikverein.
You loved the London Symphony Orchestra, which performs at the Barbican Centre, the Berlin Philharmonic at the Musikverein.
You loved the BBC Proms at the Barbican Centre.
You loved the BBC Proms in London, and the London Symphony Orchestra in Berlin.
You loved the London Symphony Orchestra, the New York Philharmonic at David Geffen Hall.
The London Symphony Orchestra performs at the Barbican Centre, and you loved the Berlin Philharmonic at the Musikverein.
The London Symphony Orchestra, which you loved, performs at the Barbican Centre, the New York Philharmonic at the Barbican Centre.
The London Symphony Orchestra performs at the Barbican Centre, the New York Philharmonic, which you loved, at David Geffen Hall.
You once loved the New York Philharmonic.
@orchestras
# (11) ", the B" where B is an item: a list, not an apposition; a false member, "like", a person or a city first
The Berlin Philharmonic, the London Philharmonic Orchestra and the Philharmonia Orchestra are all based in London.
The London Symphony Orchestra, the Berlin Philharmonic and the Philharmonia Orchestra are all based in London.
The London Symphony Orchestra, the London Philharmonic Orchestra and the Gewandhaus Orchestra are all based in London.
The Berlin Philharmonic, the Gewandhaus Orchestra and the Vienna Philharmonic all record for Deutsche Grammophon.
The London Philharmonic Orchestra, the Philharmonia Orchestra and the London Symphony Orchestra all perform at the Royal Festival Hall.
The Vienna Philharmonic, the Berlin Philharmonic and the London Symphony Orchestra were all conducted by Herbert von Karajan.
Like the Berlin Philharmonic, the London Philharmonic Orchestra is based in London.
Like the London Symphony Orchestra, the Berlin Philharmonic is based in London.
Like the London Symphony Orchestra, the Philharmonia Orchestra performs at the Barbican Centre.
Like the London Philharmonic Orchestra, the Philharmonia Orchestra was founded by Thomas Beecham.
Like the Chicago Symphony Orchestra, the New York Philharmonic was conducted by Riccardo Muti.
Like the Chicago Symphony Orchestra, the Royal Concertgebouw Orchestra is based in Amsterdam.
Antonio Pappano, the London Symphony Orchestra and the London Philharmonic Orchestra are based in London.
Kurt Masur, the Gewandhaus Orchestra and the New York Philharmonic are based in Leipzig.
Kurt Masur, the Gewandhaus Orchestra's conductor, conducted the Chicago Symphony Orchestra.
Kurt Masur, the Gewandhaus Orchestra conductor, conducted the Berlin Philharmonic.
London, the London Symphony Orchestra and the Philharmonia Orchestra are all based in London.
Riccardo Muti, the Chicago Symphony Orchestra's conductor, also conducted the Berlin Philharmonic.
Deutsche Grammophon, the Berlin Philharmonic's label, also releases recordings of the Vienna Philharmonic.
The London Symphony Orchestra, the London Philharmonic Orchestra, is based in London.
The London Philharmonic Orchestra, the Philharmonia Orchestra, performs at the Royal Festival Hall.
The Chicago Symphony Orchestra, the Royal Concertgebouw Orchestra, is led by Klaus Mäkelä.
The Gewandhaus Orchestra, the Berlin Philharmonic, records for Deutsche Grammophon.
The Gewandhaus Orchestra, the New York Philharmonic, was conducted by Kurt Masur.
The Gewandhaus Orchestra, the 1882 Berlin Philharmonic, records for Deutsche Grammophon.
# (12) "once": with a present verb, "once again", "once more", "only once", "at once", "as soon as", a false pair
Kurt Masur once conducted the Berlin Philharmonic.
Kurt Masur once founded the Gewandhaus Orchestra.
Kurt Masur once conducts the Gewandhaus Orchestra.
Kurt Masur conducted the Gewandhaus Orchestra once.
Kurt Masur once again conducted the Gewandhaus Orchestra.
Once again Kurt Masur conducted the Gewandhaus Orchestra.
Kurt Masur conducted the Gewandhaus Orchestra once more.
Kurt Masur only once conducted the Gewandhaus Orchestra.
Kurt Masur at once conducted the Gewandhaus Orchestra.
Kurt Masur never once conducted the Gewandhaus Orchestra.
Kurt Masur not once conducted the Gewandhaus Orchestra.
Once Kurt Masur conducted the Gewandhaus Orchestra, it performed at the Gewandhaus.
Once the Gewandhaus Orchestra performed at the Gewandhaus, Kurt Masur conducted it.
The London Philharmonic Orchestra performed at the Royal Festival Hall once founded by Thomas Beecham.
Once founded by Thomas Beecham, the London Philharmonic Orchestra performed at the Royal Festival Hall.
Kurt Masur once conducted the Gewandhaus Orchestra and the Berlin Philharmonic.
The Gewandhaus Orchestra was once conducted by Kurt Masur and Herbert von Karajan.
Kurt Masur, who once conducted the Gewandhaus Orchestra, also conducted the Berlin Philharmonic.
Herbert von Karajan once conducted the Vienna Philharmonic, which performs at the Barbican Centre.
Felix Mendelssohn once conducted the Gewandhaus Orchestra in Vienna.
Herbert von Karajan once conducted the Vienna Philharmonic in 1932.
Thomas Beecham once founded and led the London Philharmonic Orchestra.
Walter Legge once founded the Philharmonia Orchestra and conducted it.
Kurt Masur once conducted the Gewandhaus Orchestra; once it performed at the Gewandhaus.
Kurt Masur once conducted the Gewandhaus Orchestra, which Herbert von Karajan once conducted.
The London Symphony Orchestra was once based in Berlin.
The Vienna Philharmonic once recorded for Deutsche Grammophon.
@newspapers
# (13) gapping with "in": the printing city for the publishing one, a language for a city, another paper's city, a year
Die Zeit is published in Hamburg, the Frankfurter Allgemeine Zeitung in Mörfelden-Walldorf.
Die Zeit is printed in Ahrensburg, the Frankfurter Allgemeine Zeitung in Frankfurt.
Die Zeit is printed in Ahrensburg, and Le Monde in Madrid.
Die Zeit is published in Hamburg, and Le Monde in Ivry-sur-Seine.
The Guardian is published in London, The Times in Broxbourne.
The Guardian is printed in Manchester, The Times in London.
The Guardian is published in London, The New York Times in London.
The Guardian is published in London, The Times in London and The New York Times in London.
Die Zeit is published in Hamburg, the Süddeutsche Zeitung in Frankfurt.
Die Zeit is published in Hamburg, El País in Paris and Le Monde in Madrid.
Die Zeit is written in German, Le Monde in German.
Die Zeit is published in Hamburg, and Le Monde in 1932.
Die Zeit is published in Hamburg, and Der Spiegel in Frankfurt.
Die Zeit was founded in 1946, Le Monde in 1946.
Die Zeit is published in Hamburg and written in German, Le Monde in Paris.
Die Zeit is written in German and published in Hamburg, Le Monde in French.
# (14) gapping with "by": an owner for an editor, a founder for an owner, another paper's
Die Zeit is owned by Zeitverlag Gerd Bucerius, Le Monde by Hubert Beuve-Méry.
Die Zeit is owned by Zeitverlag Gerd Bucerius, Le Monde by Jérôme Fenoglio.
Die Zeit is edited by Giovanni di Lorenzo, Le Monde by Groupe Le Monde.
Die Zeit was founded by Gerd Bucerius, Le Monde by Jérôme Fenoglio.
The Guardian is owned by the Scott Trust, The Times by News UK and The Sun by the Scott Trust.
The Guardian is owned by the Scott Trust, and The New York Times by News UK.
The Guardian is edited by Katharine Viner, The Times by Joseph Kahn.
The Guardian was founded by John Edward Taylor, The Times by Henry Jarvis Raymond.
Die Zeit was founded in 1946 by Gerd Bucerius, Le Monde by Jérôme Fenoglio.
# (15) mixing editorial styles: one the paper lacks, another paper's, a paper named for a style, its language or format
The New Yorker blends long-form journalism with investigative journalism.
Die Zeit blends long-form journalism with satire.
Stern blends investigative journalism with satire.
Der Spiegel mixes investigative journalism and satire.
The Guardian combines investigative journalism and data journalism.
The Economist blends data journalism with gonzo journalism.
Der Spiegel mixes data journalism with The Economist.
The New York Times blends investigative journalism with The Guardian.
The Guardian blends investigative journalism with The New York Times.
The Economist blends data journalism with Der Spiegel.
Der Spiegel does not mix investigative journalism with data journalism.
Der Spiegel, like The Economist, blends investigative journalism with data journalism.
Der Spiegel blends investigative journalism with data journalism like The Economist.
Der Spiegel blends investigative journalism with data journalism in Frankfurt.
Der Spiegel blends investigative journalism with data journalism in French.
Der Spiegel mixes investigative journalism and data journalism, The New Yorker long-form journalism and investigative journalism.
@transport
# (16) gapping with "for" ("is a hub for"), "by", "in": another airport's airline, another type's subject or object
Heathrow Airport is a hub for British Airways, Schiphol for Air France.
Heathrow Airport is a hub for British Airways, and Frankfurt Airport for Emirates.
Heathrow Airport is a hub for British Airways and Frankfurt Airport for KLM.
Heathrow Airport is a hub for British Airways, Frankfurt Airport for Lufthansa and Munich Airport for Condor.
Heathrow Airport is a hub for British Airways, Frankfurt Airport for Lufthansa, Schiphol for KLM and Dubai International Airport for Lufthansa.
Heathrow Airport is a hub for British Airways, St Pancras for Eurostar.
Heathrow Airport is a hub for British Airways, Frankfurt Airport for Frankfurt.
Heathrow Airport is a hub for British Airways, Frankfurt Airport for Paul Andreu.
Heathrow Airport is a hub for British Airways, Schiphol in Paris.
Heathrow Airport is a hub for British Airways and Virgin Atlantic, Frankfurt Airport for Lufthansa and Emirates.
Lufthansa has a hub at Frankfurt Airport, KLM at Heathrow Airport.
Lufthansa has a hub at Frankfurt Airport and Munich Airport, KLM at Charles de Gaulle Airport.
London Paddington is served by Great Western Railway, St Pancras by Deutsche Bahn.
London Paddington is served by Great Western Railway, St Pancras by Eurostar and Gare du Nord by Deutsche Bahn.
London Paddington is served by Great Western Railway, St Pancras by Isambard Kingdom Brunel.
London Paddington was designed by Isambard Kingdom Brunel, St Pancras by Eurostar.
London Paddington was designed by Isambard Kingdom Brunel, and Tate Modern by Isambard Kingdom Brunel.
Musée d'Orsay is housed in Gare d'Orsay, and Hamburger Bahnhof in Berlin Hauptbahnhof.
Musée d'Orsay is housed in Gare d'Orsay, and Hamburger Bahnhof in Gare du Nord.
London Paddington is located in London, Berlin Hauptbahnhof in Berlin and Tate Modern in Berlin.
Heathrow Airport is located in London, Frankfurt Airport in Munich.
Heathrow Airport is located in London, and Gare du Nord in Milan.
# (17) "terminus", "terminal": a station whose graph layout is a through station
Berlin Hauptbahnhof is a Modernism terminus.
Berlin Hauptbahnhof is a terminus in Berlin.
Amsterdam Centraal is a terminus in Amsterdam.
Amsterdam Centraal is a terminal in Amsterdam.
Berlin Hauptbahnhof is a terminus designed by Meinhard von Gerkan.
Berlin Hauptbahnhof, a terminus in Berlin, is served by Deutsche Bahn.
The 2006 terminus Berlin Hauptbahnhof is served by Deutsche Bahn.
Berlin Hauptbahnhof is a 2006 terminus.
Berlin Hauptbahnhof is a 2006 terminal.
Berlin Hauptbahnhof is a Modernism terminal in Berlin.
Berlin Hauptbahnhof is a Deutsche Bahn terminus.
Amsterdam Centraal is an NS terminus.
Amsterdam Centraal is a Gothic Revival terminus in Amsterdam.
Amsterdam Centraal, a terminus in Amsterdam, is served by NS.
The 1889 terminus Amsterdam Centraal is served by NS.
The terminus Amsterdam Centraal was designed by Pierre Cuypers.
Pierre Cuypers designed the terminus Amsterdam Centraal.
Pierre Cuypers designed Amsterdam Centraal, a terminus in Amsterdam.
NS serves Amsterdam Centraal, a terminus in Amsterdam.
Meinhard von Gerkan designed Berlin Hauptbahnhof, a Modernism terminus.
Berlin Hauptbahnhof, a Modernism terminus, was designed by Meinhard von Gerkan.
Berlin Hauptbahnhof is a terminus, designed by Meinhard von Gerkan.
Berlin Hauptbahnhof is a terminus that Meinhard von Gerkan designed.
Berlin Hauptbahnhof is a through station and a terminus.
Berlin Hauptbahnhof is a terminus and a through station.
Amsterdam Centraal is a Gothic Revival terminus that blends Gothic Revival with Renaissance Revival.
Amsterdam Centraal blends Gothic Revival with Renaissance Revival and is a terminus.
Berlin Hauptbahnhof is located in Berlin, and the terminus was designed by Meinhard von Gerkan.
Berlin Hauptbahnhof is located in Berlin, and the terminus is served by Deutsche Bahn.
Amsterdam Centraal is served by NS, and the terminus was designed by Pierre Cuypers.
The Berlin Hauptbahnhof terminus was designed by Meinhard von Gerkan.
The Amsterdam Centraal terminus is served by NS.
Deutsche Bahn's terminus Berlin Hauptbahnhof is located in Berlin.
NS's terminus Amsterdam Centraal is located in Amsterdam.
Berlin Hauptbahnhof is a terminus, like London Paddington.
Berlin Hauptbahnhof and Amsterdam Centraal are both terminals.
Berlin Hauptbahnhof and London Paddington are both termini.
# (18) "terminus", "terminal", "building" of an airport or a museum: a kind noun after a name, an anaphor, a predicate
Tate Modern is a terminal in London.
Hamburger Bahnhof is a Neoclassicism terminus.
Musée d'Orsay is a Beaux-Arts terminus.
Heathrow Airport is a terminus in London.
Herzog & de Meuron designed the Tate Modern terminus.
Herzog & de Meuron designed the Tate Modern terminal.
The Tate Modern terminus is located in London.
The Musée d'Orsay terminus was designed by Gae Aulenti.
The Heathrow Airport terminus is a hub for British Airways.
The Munich Airport terminus is a hub for Lufthansa.
Heathrow Airport is located in London, and the terminus is a hub for British Airways.
Munich Airport is located in Munich, and the terminus is a hub for Lufthansa.
Dubai International Airport is located in Dubai, and the terminal is served by Deutsche Bahn.
Tate Modern is located in London, and the terminus has the architectural style Modernism.
Tate Modern, a terminus in London, was designed by Herzog & de Meuron.
The 2000 terminus Tate Modern was designed by Herzog & de Meuron.
Herzog & de Meuron designed Tate Modern, a Modernism terminus.
Gare d'Orsay houses the Musée d'Orsay terminus.
Musée d'Orsay is housed in the Gare du Nord terminus.
Tate Modern is located in London, and the terminal was designed by Herzog & de Meuron.
Tate Modern is located in London, and the terminus was designed by Herzog & de Meuron.
Tate Modern is located in London. The terminus was designed by Herzog & de Meuron.
Musée d'Orsay is located in Paris; the terminus was designed by Gae Aulenti.
Frankfurt Airport is a hub for Condor; the terminus is a hub for Lufthansa.
Munich Airport is located in Munich. The terminus is a hub for Lufthansa.
Munich Airport is located in Munich. The station is a hub for Lufthansa.
Musée d'Orsay is housed in Gare d'Orsay, a building designed by Gae Aulenti.
Musée d'Orsay is housed in Gare d'Orsay, a 1986 building.
Herzog & de Meuron designed the Tate Modern station.
# (19) mixing styles: one the station lacks, another station's, a station for a style, its layout, its city
Los Angeles Union Station mixes Art Deco and Beaux-Arts.
Los Angeles Union Station blends Art Deco with Gothic Revival.
Los Angeles Union Station blends Art Deco with Mission Revival and Beaux-Arts.
Milano Centrale blends Art Deco with Mission Revival.
Musée d'Orsay blends Beaux-Arts with Modernism.
London Paddington blends Victorian with Gothic Revival.
St Pancras blends Gothic Revival with Victorian.
Los Angeles Union Station and Milano Centrale blend Art Deco with Mission Revival.
Milano Centrale and Los Angeles Union Station both mix Art Deco and Liberty style.
Like Milano Centrale, Los Angeles Union Station blends Art Deco with Mission Revival.
Los Angeles Union Station blends Art Deco with Mission Revival, like Milano Centrale.
Los Angeles Union Station blends Art Deco with Mission Revival, as does Milano Centrale.
Los Angeles Union Station does not blend Art Deco with Mission Revival.
Los Angeles Union Station never mixed Art Deco and Mission Revival.
Los Angeles Union Station blends Art Deco with Mission Revival in Milan.
Los Angeles Union Station blends Art Deco with Mission Revival and was designed by Eliel Saarinen.
John Parkinson blended Art Deco with Gothic Revival.
Los Angeles Union Station blends Art Deco with Milano Centrale.
Amsterdam Centraal blends Gothic Revival with St Pancras.
Amsterdam Centraal blends Renaissance Revival with St Pancras.
Amsterdam Centraal mixes Gothic Revival and Renaissance Revival with St Pancras.
Amsterdam Centraal blends Gothic Revival with Victorian.
Milano Centrale blends Art Deco with Los Angeles Union Station.
Grand Central Terminal combines Beaux-Arts with Gare du Nord.
Gare d'Orsay blends Beaux-Arts with Gare du Nord.
Gare du Nord blends Beaux-Arts with Gare d'Orsay and Grand Central Terminal.
Grand Central Terminal, which blends Beaux-Arts with Gare du Nord, is located in New York.
Like Grand Central Terminal, Gare du Nord blends Beaux-Arts with Gare d'Orsay.
Los Angeles Union Station, like Milano Centrale, blends Art Deco with Mission Revival.
Los Angeles Union Station blends Mission Revival with Milano Centrale.
Los Angeles Union Station blends Art Deco with Milano Centrale's Liberty style.
Berlin Hauptbahnhof blends Modernism with Tate Modern.
Milano Centrale blends Art Deco with through station.
Berlin Hauptbahnhof blends Modernism with Berlin.
Berlin Hauptbahnhof blends Modernism with Deutsche Bahn.
Berlin Hauptbahnhof blends Modernism with Meinhard von Gerkan.
London Paddington blends Victorian with Great Western Railway.
@orchestras
# (20) arguable (in OPEN, not counted): "once" said of a present fact, two verbs before the remnant, a
# remnant with a place or language reading, "the terminal" / "the building" of an airport (its terminal
# building), "its terminus", a museum in a former terminus, "mixes" with one style or across relations
Edward Gardner once led the London Philharmonic Orchestra.
@orchestras
The London Philharmonic Orchestra was once led by Edward Gardner.
The London Philharmonic Orchestra, once led by Edward Gardner, performs at the Royal Festival Hall.
The London Symphony Orchestra was once based in London.
The London Symphony Orchestra once performed at the Barbican Centre.
The London Symphony Orchestra is based in London, and the Berlin Philharmonic in 1882.
The London Symphony Orchestra once performs at the Barbican Centre.
@orchestras user:ana
You once loved the London Symphony Orchestra.
@newspapers
Die Zeit is published in Hamburg and written in German, Le Monde in French.
Die Zeit is written in German and published in Hamburg, Le Monde in Paris.
Die Zeit is published in Hamburg and printed in Ahrensburg, Le Monde in Paris.
Die Zeit is written in German, Le Monde in Paris.
Die Zeit is published in Hamburg, Le Monde in French.
The New York Times blends investigative journalism with broadsheet.
The Guardian blends tabloid with investigative journalism.
The New York Times combines investigative journalism and English.
Der Spiegel blends investigative journalism and German.
Der Spiegel combines German and investigative journalism.
The Economist combines data journalism and English.
The New Yorker combines long-form journalism, satire and English.
Der Spiegel mixes investigative journalism with data journalism and German.
@transport
Munich Airport is located in Munich. The terminal is a hub for Lufthansa.
Munich Airport is a hub for Lufthansa; the building was designed by Helmut Jahn.
Helmut Jahn designed the Munich Airport terminal.
Charles de Gaulle Airport is located in Paris. The terminal was designed by Paul Andreu.
The Heathrow Airport terminal is a hub for British Airways.
Heathrow Airport is a hub for British Airways, and the terminus is located in London.
Munich Airport is a hub for Lufthansa, and the terminus was designed by Helmut Jahn.
Berlin Hauptbahnhof is located in Berlin. Its terminus is served by Deutsche Bahn.
The Hamburger Bahnhof terminus is located in Berlin.
Hamburger Bahnhof is located in Berlin, and the terminus was designed by Josef Paul Kleihues.
Hamburger Bahnhof is located in Berlin, and the terminal has the architectural style Neoclassicism.
Berlin Hauptbahnhof mixes Modernism.
Charles de Gaulle Airport is a Brutalism building.
Munich Airport is a High-tech building.
Munich Airport is a High-tech terminal.
Musée d'Orsay is housed in Gare d'Orsay. The building was designed by Gae Aulenti.
Los Angeles Union Station blends Streamline Moderne with head station.
Milano Centrale blends Art Deco with head station.
Milano Centrale blends Liberty style with head station.
Amsterdam Centraal blends Gothic Revival with through station.
Berlin Hauptbahnhof blends Modernism with through station.
Berlin Hauptbahnhof combines Modernism with through station.
"""

CONTROLS = r"""
@orchestras
The London Symphony Orchestra performs at the Barbican Centre, and the Berlin Philharmonic at the Berliner Philharmonie.
The London Symphony Orchestra performs at the Barbican Centre, the Berlin Philharmonic at the Berliner Philharmonie.
The London Symphony Orchestra performs at the Barbican Centre and the Vienna Philharmonic at the Musikverein.
The Gewandhaus Orchestra performs at the Gewandhaus, the Royal Concertgebouw Orchestra at the Concertgebouw and the Chicago Symphony Orchestra at Symphony Center.
The London Philharmonic Orchestra performs at the Royal Festival Hall, the Philharmonia Orchestra at the Royal Festival Hall.
The London Symphony Orchestra is based in London, the Berlin Philharmonic in Berlin.
The London Symphony Orchestra is based in London, and the Gewandhaus Orchestra in Leipzig.
The London Philharmonic Orchestra is led by Edward Gardner, the Philharmonia Orchestra by Santtu-Matias Rouvali.
The Gewandhaus Orchestra was conducted by Kurt Masur, the New York Philharmonic by Leonard Bernstein.
The London Symphony Orchestra records for LSO Live, the Berlin Philharmonic for Deutsche Grammophon.
The London Symphony Orchestra and the Berlin Philharmonic are orchestras; the former performs at the Barbican Centre, the latter at the Berliner Philharmonie.
The London Symphony Orchestra, the London Philharmonic Orchestra and the Philharmonia Orchestra are all based in London.
Like the London Symphony Orchestra, the Philharmonia Orchestra is based in London.
Like the London Philharmonic Orchestra, the Philharmonia Orchestra performs at the Royal Festival Hall.
Like the Chicago Symphony Orchestra, the Royal Concertgebouw Orchestra is led by Klaus Mäkelä.
The Berlin Philharmonic, the Gewandhaus Orchestra and the Vienna Philharmonic are orchestras.
Kurt Masur once conducted the Gewandhaus Orchestra.
Felix Mendelssohn once conducted the Gewandhaus Orchestra in Leipzig.
The Gewandhaus Orchestra was once conducted by Kurt Masur and Felix Mendelssohn.
Herbert von Karajan once conducted both the Vienna Philharmonic and the Berlin Philharmonic.
Kurt Masur, who once conducted the Gewandhaus Orchestra, also conducted the New York Philharmonic.
Herbert von Karajan once conducted the Vienna Philharmonic, which performs at the Musikverein.
Thomas Beecham once founded and conducted the London Philharmonic Orchestra.
The Vienna Philharmonic once recorded for Decca.
@orchestras user:ana
You loved the London Symphony Orchestra, the Berlin Philharmonic at the Berliner Philharmonie.
You loved the BBC Proms at the Royal Albert Hall.
@newspapers
Die Zeit is published in Hamburg, the Frankfurter Allgemeine Zeitung in Frankfurt.
Die Zeit is published in Hamburg, and Le Monde in Paris.
The Guardian is published in London, The New York Times in New York.
Die Zeit is printed in Ahrensburg, the Frankfurter Allgemeine Zeitung in Mörfelden-Walldorf.
Die Zeit is written in German, Le Monde in French.
Die Zeit is owned by Zeitverlag Gerd Bucerius, Le Monde by Groupe Le Monde.
Die Zeit is edited by Giovanni di Lorenzo, Le Monde by Jérôme Fenoglio.
Die Zeit was founded by Gerd Bucerius, Le Monde by Hubert Beuve-Méry.
The New Yorker blends long-form journalism with satire.
Der Spiegel mixes investigative journalism and data journalism.
The New York Times combines investigative journalism and data journalism.
Der Spiegel is written in German and blends investigative journalism with data journalism.
Der Spiegel blends investigative journalism with data journalism, as does The New York Times.
@transport
Heathrow Airport is a hub for British Airways, Schiphol for KLM.
Heathrow Airport is a hub for British Airways, Frankfurt Airport a hub for Lufthansa.
Like the Grand Central Terminal, the Gare du Nord has the architectural style Beaux-Arts.
Heathrow Airport is a hub for British Airways, and Frankfurt Airport for Lufthansa.
Heathrow Airport is a hub for British Airways and Frankfurt Airport for Condor.
Lufthansa has a hub at Frankfurt Airport, KLM at Schiphol.
London Paddington is served by Great Western Railway, St Pancras by Eurostar.
London Paddington was designed by Isambard Kingdom Brunel, St Pancras by William Henry Barlow.
Heathrow Airport is located in London, and Frankfurt Airport in Frankfurt.
Los Angeles Union Station blends Art Deco with Mission Revival.
Los Angeles Union Station mixes Art Deco and Mission Revival.
Los Angeles Union Station blends Art Deco, Mission Revival and Streamline Moderne.
Milano Centrale blends Art Deco with Liberty style.
Milano Centrale fuses Liberty style with Art Deco.
Los Angeles Union Station, designed by John Parkinson, blends Art Deco with Mission Revival.
St Pancras is a Gothic Revival building.
Helsinki Central is an Art Nouveau building in Helsinki.
Grand Central Terminal is a Beaux-Arts building.
London Paddington is a Victorian terminus.
Helsinki Central is a terminal in Helsinki.
St Pancras is located in London, and the terminus is served by Eurostar.
Berlin Hauptbahnhof is a through station.
Musée d'Orsay is housed in the Gare d'Orsay terminus.
Gare d'Orsay is a Beaux-Arts terminus designed by Victor Laloux.
The terminus Gare du Nord is served by Eurostar.
Milano Centrale, a terminus in Milan, was designed by Ulisse Stacchini.
Musée d'Orsay is a Beaux-Arts building in Paris.
Amsterdam Centraal blends Gothic Revival with Renaissance Revival.
Amsterdam Centraal is a Gothic Revival building in Amsterdam.
Amsterdam Centraal shares Gothic Revival with St Pancras.
Gare du Nord shares Beaux-Arts with Grand Central Terminal.
Grand Central Terminal, a Beaux-Arts terminus, is located in New York.
Heathrow Airport is a hub for British Airways, Frankfurt Airport for Lufthansa, Schiphol for KLM and Dubai International Airport for Emirates.
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


# False, and accepted by the starting code of the round too (older readings, not this round's):
# "A, the B, <verb>" between commas (an apposition saying A is B) read as a list of two subjects
# (before this round too, where B's name ends in a kind noun: so the round's change to ", the B" does
# not touch it); a definite noun ("the station") taken up as an anaphor of the last item whatever
# its type; a kind noun after any item's name ("the Tate Modern station"). Printed apart as KNOWN.
KNOWN = frozenset(
    {
        "The London Symphony Orchestra, the London Philharmonic Orchestra, is based in London.",
        "The London Philharmonic Orchestra, the Philharmonia Orchestra, performs at the Royal Festival Hall.",
        "The Chicago Symphony Orchestra, the Royal Concertgebouw Orchestra, is led by Klaus Mäkelä.",
        "The Gewandhaus Orchestra, the Berlin Philharmonic, records for Deutsche Grammophon.",
        "The Gewandhaus Orchestra, the New York Philharmonic, was conducted by Kurt Masur.",
        "The Gewandhaus Orchestra, the 1882 Berlin Philharmonic, records for Deutsche Grammophon.",
        "Munich Airport is located in Munich. The station is a hub for Lufthansa.",
        "Herzog & de Meuron designed the Tate Modern station.",
    }
)

# Arguable: printed as OPEN and left out of the count.
OPEN = frozenset(
    {
        # "once" (at some time in the past) said of what the graph has as a present fact: the chief
        # conductor now, the city now, the hall now, a rating now ("once" may say "no longer")
        "Edward Gardner once led the London Philharmonic Orchestra.",
        "The London Philharmonic Orchestra was once led by Edward Gardner.",
        "The London Philharmonic Orchestra, once led by Edward Gardner, performs at the Royal Festival Hall.",
        "The London Symphony Orchestra was once based in London.",
        "The London Symphony Orchestra once performed at the Barbican Centre.",
        "You once loved the London Symphony Orchestra.",
        # both facts true (the Chicago Symphony Orchestra "was founded by" Theodore Thomas, a
        # person, where Thomas Beecham is a conductor): listed false by the round, accepted since
        # session 57 (the remnant's object of the relation's range, not only of the first object's type)
        "The London Philharmonic Orchestra was founded by Thomas Beecham, the Chicago Symphony Orchestra by Theodore Thomas.",
        # two verbs before the remnant: which one it leaves out is open (the last one, read here,
        # makes these true; red team 135 left the same question open)
        "Die Zeit is published in Hamburg and written in German, Le Monde in French.",
        "Die Zeit is written in German and published in Hamburg, Le Monde in Paris.",
        # "the terminal" / "the building" after an airport: its terminal building (a part of it), of
        # which the claim may well be true (Helmut Jahn designed Munich's Terminal 2, Paul Andreu
        # CDG's Terminal 1); "the terminus" after an airport with a rail terminus of its own
        "Munich Airport is located in Munich. The terminal is a hub for Lufthansa.",
        "Munich Airport is a hub for Lufthansa; the building was designed by Helmut Jahn.",
        "Helmut Jahn designed the Munich Airport terminal.",
        "Charles de Gaulle Airport is located in Paris. The terminal was designed by Paul Andreu.",
        "The Heathrow Airport terminal is a hub for British Airways.",
        "Heathrow Airport is a hub for British Airways, and the terminus is located in London.",
        "Munich Airport is a hub for Lufthansa, and the terminus was designed by Helmut Jahn.",
        # "its terminus" of a through station: no such thing, or a terminus it has (nonsense more than false)
        "Berlin Hauptbahnhof is located in Berlin. Its terminus is served by Deutsche Bahn.",
        # a museum in a former terminus (the Hamburger Bahnhof was the Berlin terminus of the line to
        # Hamburg, a Neoclassical building in Berlin): "the terminus" may name the old station
        "The Hamburger Bahnhof terminus is located in Berlin.",
        "Hamburger Bahnhof is located in Berlin, and the terminus was designed by Josef Paul Kleihues.",
        "Hamburger Bahnhof is located in Berlin, and the terminal has the architectural style Neoclassicism.",
        # "B in 1882" (the Berlin Philharmonic's own year) and "once performs" (a present fact, garbled):
        # unsupported more than false
        "The London Symphony Orchestra is based in London, and the Berlin Philharmonic in 1882.",
        "The London Symphony Orchestra once performs at the Barbican Centre.",
        # the remnant read as gapped (false) or as a place / language of the paper (true): "Le Monde
        # in Paris", "Le Monde in French"; two verbs before the remnant again
        "Die Zeit is published in Hamburg and printed in Ahrensburg, Le Monde in Paris.",
        "Die Zeit is written in German, Le Monde in Paris.",
        "Die Zeit is published in Hamburg, Le Monde in French.",
        # mixing a style with a value of another relation of the item (its language, format or layout):
        # each value is the item's; "blends X with English / head station" is a category slip more
        # than a false fact (the mixing cue is read for every relation to a mass or style type)
        "The New York Times blends investigative journalism with broadsheet.",
        "The Guardian blends tabloid with investigative journalism.",
        "The New York Times combines investigative journalism and English.",
        "Der Spiegel blends investigative journalism and German.",
        "Der Spiegel combines German and investigative journalism.",
        "The Economist combines data journalism and English.",
        "The New Yorker combines long-form journalism, satire and English.",
        "Der Spiegel mixes investigative journalism with data journalism and German.",
        "Los Angeles Union Station blends Streamline Moderne with head station.",
        "Milano Centrale blends Art Deco with head station.",
        "Milano Centrale blends Liberty style with head station.",
        "Amsterdam Centraal blends Gothic Revival with through station.",
        "Berlin Hauptbahnhof blends Modernism with through station.",
        "Berlin Hauptbahnhof combines Modernism with through station.",
        # "building" / "terminal" of an airport: its terminal building, Brutalist at CDG, High-tech at
        # Munich; "the building" after a museum housed in a station: the station (Victor Laloux) or
        # the museum in it (Gae Aulenti)
        "Charles de Gaulle Airport is a Brutalism building.",
        "Munich Airport is a High-tech building.",
        "Munich Airport is a High-tech terminal.",
        "Musée d'Orsay is housed in Gare d'Orsay. The building was designed by Gae Aulenti.",
        # "mixes" with one style named: mixed with what is not said (the graph has one style)
        "Berlin Hauptbahnhof mixes Modernism.",
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
            if ok:
                print(f"OPEN (accepted) [{key}] {text}")
            continue
        n += 1
        if ok:
            acc += 1
            print(f"ACCEPTED [{key}{' ' + user if user else ''}] {text}")
        elif verbose:
            print(f"   rej [{key}] {text} || {str(reason)[:140]}")
    for key, text in _EXTRA:
        ok, reason = check(key, text)
        if text in OPEN and ok:
            print(f"OPEN (accepted) [{key}] {text}")
        elif text in KNOWN:
            print(f"KNOWN ({'accepted' if ok else 'rejected'}) [{key}] {text}")
    print(f"controls accepted {acc_c} of {k}")
    print(f"accepted {acc} of {n}")


# OPEN and KNOWN texts not in TEXTS (checked and printed, never counted)
_EXTRA = [
]


if __name__ == "__main__":
    main()
