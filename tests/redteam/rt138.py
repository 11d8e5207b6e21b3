"""Red team round 138 (the readings of the round's CHANGES.diff): "respectively" after a list of
names, pairing the clause's subjects with them in order ("Gare du Nord and Antwerpen-Centraal are
managed by SNCF and SNCB respectively"); "note that" opening a clause as framing ("Since you
enjoyed X, note that Y designed it"); an attribute type's own noun before its name as glue ("the
operator SNCF manages ..."); gapping narrowed (the first clause's subject opens the sentence, the
relation is the one the first clause was read with, objects of one type). Attacked: "respectively"
with the pairs swapped (passive, active, three names, a rotation), lists of unequal length, the
word away from the list (before it, in brackets, "in that order", opening the sentence), two lists
in one sentence, subjects that are no items, pronouns and "the former / the latter", negation, a
user's ratings, and one subject next to a comparison ("Like A, B is managed by X and Y
respectively", "A shares an operator with B: X and Y respectively", "A has the same architect as
B: X and Y respectively"), where the pairing drops what the comparison says; "note that" with a
false clause, a negation, a low rating, "if", "please", inside a clause; type nouns of another
attribute type, before a person or a group, as a predicate, in a relative clause that makes the
item one; gapping after an apposition, a relative clause, a participle, an opening phrase, across
";" and ":", through a derived cue, with objects and subjects of another type, chains and lists.
False texts only (one false statement each), plus faithful controls."""

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


def stations():
    """Railway stations (items, the year each opened) and one user's ratings: the company that
    manages each ("is managed by": an operator), its architect ("was designed by"), its city ("is
    located in"), the train companies that call there ("is served by": a carrier; Gare du Nord and
    Bruxelles-Midi have two in common, St Pancras and Köln Hauptbahnhof none) and its styles ("has
    the architectural style"). "operator", "architect", "city" and "carrier" are the attribute
    types' own nouns ("the operator SNCF")."""
    rels = [
        R("managed_by", phrase="is managed by", inverse_phrase="manages", domain=("station",), range=("operator",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("station",), range=("architect",)),
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("station",), range=("city",)),
        R("served_by", phrase="is served by", inverse_phrase="serves", domain=("station",), range=("carrier",)),
        R("style", phrase="has the architectural style", inverse_phrase="is the architectural style of",
          domain=("station",), range=("architectural style",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "s:nord": ("station", "Gare du Nord", 1864), "s:lyon": ("station", "Gare de Lyon", 1900),
        "s:antwerp": ("station", "Antwerpen-Centraal", 1905), "s:midi": ("station", "Bruxelles-Midi", 1952),
        "s:ams": ("station", "Amsterdam Centraal", 1889), "s:rdam": ("station", "Rotterdam Centraal", 2014),
        "s:koeln": ("station", "Köln Hauptbahnhof", 1894), "s:ffm": ("station", "Frankfurt Hauptbahnhof", 1888),
        "s:leipzig": ("station", "Leipzig Hauptbahnhof", 1915), "s:pancras": ("station", "St Pancras", 1868),
        "s:kx": ("station", "King's Cross", 1852), "s:zurich": ("station", "Zürich Hauptbahnhof", 1871),
    }
    others = {
        "o:sncf": ("operator", "SNCF"), "o:sncb": ("operator", "SNCB"), "o:ns": ("operator", "NS"),
        "o:db": ("operator", "DB Station&Service"), "o:nr": ("operator", "Network Rail"), "o:hs1": ("operator", "HS1 Ltd"),
        "o:sbb": ("operator", "SBB"),
        "r:hittorff": ("architect", "Jacques Ignace Hittorff"), "r:toudoire": ("architect", "Marius Toudoire"),
        "r:delacenserie": ("architect", "Louis Delacenserie"), "r:cuypers": ("architect", "Pierre Cuypers"),
        "r:benthem": ("architect", "Benthem Crouwel"), "r:eggert": ("architect", "Hermann Eggert"),
        "r:lossow": ("architect", "William Lossow"), "r:barlow": ("architect", "William Henry Barlow"),
        "r:cubitt": ("architect", "Lewis Cubitt"), "r:wanner": ("architect", "Jakob Friedrich Wanner"),
        "r:frings": ("architect", "Georg Frentzen"), "r:brunfaut": ("architect", "Maxime Brunfaut"),
        "c:paris": ("city", "Paris"), "c:antwerp": ("city", "Antwerp"), "c:brussels": ("city", "Brussels"),
        "c:amsterdam": ("city", "Amsterdam"), "c:rotterdam": ("city", "Rotterdam"), "c:cologne": ("city", "Cologne"),
        "c:frankfurt": ("city", "Frankfurt"), "c:leipzig": ("city", "Leipzig"), "c:london": ("city", "London"),
        "c:zurich": ("city", "Zurich"),
        "k:eurostar": ("carrier", "Eurostar"), "k:thalys": ("carrier", "Thalys"), "k:ice": ("carrier", "Deutsche Bahn"),
        "k:tgv": ("carrier", "TGV Lyria"), "k:emr": ("carrier", "East Midlands Railway"), "k:lner": ("carrier", "LNER"),
        "k:ns": ("carrier", "NS International"), "k:se": ("carrier", "Southeastern"),
        "y:beaux": ("architectural style", "Beaux-Arts"), "y:gothic": ("architectural style", "Gothic Revival"),
        "y:eclectic": ("architectural style", "Eclecticism"), "y:modern": ("architectural style", "Modernism"),
        "y:neorenaissance": ("architectural style", "Renaissance Revival"), "y:victorian": ("architectural style", "Victorian"),
        "y:neobaroque": ("architectural style", "Neo-Baroque"), "y:historicism": ("architectural style", "Historicism"),
    }
    T = [
        ("s:nord", "managed_by", "o:sncf"), ("s:lyon", "managed_by", "o:sncf"), ("s:antwerp", "managed_by", "o:sncb"),
        ("s:midi", "managed_by", "o:sncb"), ("s:ams", "managed_by", "o:ns"), ("s:rdam", "managed_by", "o:ns"),
        ("s:koeln", "managed_by", "o:db"), ("s:ffm", "managed_by", "o:db"), ("s:leipzig", "managed_by", "o:db"),
        ("s:pancras", "managed_by", "o:hs1"), ("s:kx", "managed_by", "o:nr"), ("s:zurich", "managed_by", "o:sbb"),
        ("s:nord", "designed_by", "r:hittorff"), ("s:lyon", "designed_by", "r:toudoire"),
        ("s:antwerp", "designed_by", "r:delacenserie"), ("s:midi", "designed_by", "r:brunfaut"),
        ("s:ams", "designed_by", "r:cuypers"), ("s:rdam", "designed_by", "r:benthem"), ("s:koeln", "designed_by", "r:frings"),
        ("s:ffm", "designed_by", "r:eggert"), ("s:leipzig", "designed_by", "r:lossow"), ("s:pancras", "designed_by", "r:barlow"),
        ("s:kx", "designed_by", "r:cubitt"), ("s:zurich", "designed_by", "r:wanner"),
        ("s:nord", "located_in", "c:paris"), ("s:lyon", "located_in", "c:paris"), ("s:antwerp", "located_in", "c:antwerp"),
        ("s:midi", "located_in", "c:brussels"), ("s:ams", "located_in", "c:amsterdam"), ("s:rdam", "located_in", "c:rotterdam"),
        ("s:koeln", "located_in", "c:cologne"), ("s:ffm", "located_in", "c:frankfurt"), ("s:leipzig", "located_in", "c:leipzig"),
        ("s:pancras", "located_in", "c:london"), ("s:kx", "located_in", "c:london"), ("s:zurich", "located_in", "c:zurich"),
        ("s:nord", "served_by", "k:eurostar"), ("s:nord", "served_by", "k:thalys"), ("s:midi", "served_by", "k:eurostar"),
        ("s:midi", "served_by", "k:thalys"), ("s:midi", "served_by", "k:ice"), ("s:antwerp", "served_by", "k:thalys"),
        ("s:ams", "served_by", "k:thalys"), ("s:ams", "served_by", "k:ns"), ("s:rdam", "served_by", "k:ns"),
        ("s:koeln", "served_by", "k:ice"), ("s:koeln", "served_by", "k:thalys"), ("s:ffm", "served_by", "k:ice"),
        ("s:leipzig", "served_by", "k:ice"), ("s:pancras", "served_by", "k:eurostar"), ("s:pancras", "served_by", "k:emr"),
        ("s:pancras", "served_by", "k:se"), ("s:kx", "served_by", "k:lner"), ("s:lyon", "served_by", "k:tgv"),
        ("s:zurich", "served_by", "k:tgv"), ("s:zurich", "served_by", "k:ice"),
        ("s:nord", "style", "y:beaux"), ("s:lyon", "style", "y:beaux"), ("s:antwerp", "style", "y:eclectic"),
        ("s:antwerp", "style", "y:neobaroque"), ("s:midi", "style", "y:modern"), ("s:ams", "style", "y:gothic"),
        ("s:ams", "style", "y:neorenaissance"), ("s:rdam", "style", "y:modern"), ("s:koeln", "style", "y:historicism"),
        ("s:ffm", "style", "y:neorenaissance"), ("s:leipzig", "style", "y:historicism"), ("s:pancras", "style", "y:gothic"),
        ("s:kx", "style", "y:victorian"), ("s:zurich", "style", "y:neorenaissance"),
        ("user:ines", "rated", "s:nord", {"rating": 5.0}), ("user:ines", "rated", "s:antwerp", {"rating": 4.5}),
        ("user:ines", "rated", "s:koeln", {"rating": 2.0}), ("user:ines", "rated", "s:pancras", {"rating": 4.0}),
    ]
    return _build(items, others, rels, T, users=[("user:ines", "Ines")])


def films():
    """Films (items, the year each came out) and one user's ratings: director, distributor
    ("was distributed by"), production company ("was produced by": a studio; "facility" is the
    checker's other noun for a studio), composer ("has music by") and stars. 20th Century Fox is
    only a distributor, Brandywine Productions only a studio."""
    rels = [
        R("directed_by", phrase="was directed by", inverse_phrase="directed", domain=("film",), range=("director",)),
        R("distributed_by", phrase="was distributed by", inverse_phrase="distributed", domain=("film",), range=("distributor",)),
        R("produced_by", phrase="was produced by", inverse_phrase="produced", domain=("film",), range=("studio",)),
        R("music_by", phrase="has music by", inverse_phrase="wrote the music for", domain=("film",), range=("composer",)),
        R("starring", phrase="stars", inverse_phrase="stars in", domain=("film",), range=("actor",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "f:alien": ("film", "Alien", 1979), "f:aliens": ("film", "Aliens", 1986), "f:bladerunner": ("film", "Blade Runner", 1982),
        "f:jaws": ("film", "Jaws", 1975), "f:et": ("film", "E.T.", 1982), "f:vertigo": ("film", "Vertigo", 1958),
        "f:psycho": ("film", "Psycho", 1960), "f:heat": ("film", "Heat", 1995), "f:amelie": ("film", "Amélie", 2001),
        "f:leon": ("film", "Léon", 1994), "f:matrix": ("film", "The Matrix", 1999), "f:terminator": ("film", "The Terminator", 1984),
    }
    others = {
        "d:scott": ("director", "Ridley Scott"), "d:cameron": ("director", "James Cameron"),
        "d:spielberg": ("director", "Steven Spielberg"), "d:hitchcock": ("director", "Alfred Hitchcock"),
        "d:mann": ("director", "Michael Mann"), "d:jeunet": ("director", "Jean-Pierre Jeunet"),
        "d:besson": ("director", "Luc Besson"), "d:wachowski": ("director", "the Wachowskis"),
        "x:fox": ("distributor", "20th Century Fox"), "x:wb": ("distributor", "Warner Bros."),
        "x:universal": ("distributor", "Universal Pictures"), "x:paramount": ("distributor", "Paramount Pictures"),
        "x:ugc": ("distributor", "UGC-Fox Distribution"), "x:gaumont": ("distributor", "Gaumont"), "x:orion": ("distributor", "Orion Pictures"),
        "t:brandywine": ("studio", "Brandywine Productions"), "t:ladd": ("studio", "The Ladd Company"),
        "t:amblin": ("studio", "Amblin Entertainment"), "t:zanuck": ("studio", "Zanuck/Brown Productions"),
        "t:shamley": ("studio", "Shamley Productions"), "t:forward": ("studio", "Forward Pass"),
        "t:claudieo": ("studio", "Claudie Ossard Productions"), "t:silver": ("studio", "Silver Pictures"),
        "t:hemdale": ("studio", "Hemdale"), "t:alfred": ("studio", "Alfred J. Hitchcock Productions"),
        "m:goldsmith": ("composer", "Jerry Goldsmith"), "m:horner": ("composer", "James Horner"),
        "m:vangelis": ("composer", "Vangelis"), "m:williams": ("composer", "John Williams"),
        "m:herrmann": ("composer", "Bernard Herrmann"), "m:goldenthal": ("composer", "Elliot Goldenthal"),
        "m:tiersen": ("composer", "Yann Tiersen"), "m:serra": ("composer", "Éric Serra"), "m:davis": ("composer", "Don Davis"),
        "m:fiedel": ("composer", "Brad Fiedel"),
        "a:weaver": ("actor", "Sigourney Weaver"), "a:ford": ("actor", "Harrison Ford"), "a:scheider": ("actor", "Roy Scheider"),
        "a:stewart": ("actor", "James Stewart"), "a:perkins": ("actor", "Anthony Perkins"), "a:pacino": ("actor", "Al Pacino"),
        "a:deniro": ("actor", "Robert De Niro"), "a:tautou": ("actor", "Audrey Tautou"), "a:reno": ("actor", "Jean Reno"),
        "a:reeves": ("actor", "Keanu Reeves"), "a:arnold": ("actor", "Arnold Schwarzenegger"), "a:hauer": ("actor", "Rutger Hauer"),
    }
    T = [
        ("f:alien", "directed_by", "d:scott"), ("f:aliens", "directed_by", "d:cameron"), ("f:bladerunner", "directed_by", "d:scott"),
        ("f:jaws", "directed_by", "d:spielberg"), ("f:et", "directed_by", "d:spielberg"), ("f:vertigo", "directed_by", "d:hitchcock"),
        ("f:psycho", "directed_by", "d:hitchcock"), ("f:heat", "directed_by", "d:mann"), ("f:amelie", "directed_by", "d:jeunet"),
        ("f:leon", "directed_by", "d:besson"), ("f:matrix", "directed_by", "d:wachowski"), ("f:terminator", "directed_by", "d:cameron"),
        ("f:alien", "distributed_by", "x:fox"), ("f:aliens", "distributed_by", "x:fox"), ("f:bladerunner", "distributed_by", "x:wb"),
        ("f:jaws", "distributed_by", "x:universal"), ("f:et", "distributed_by", "x:universal"), ("f:vertigo", "distributed_by", "x:paramount"),
        ("f:psycho", "distributed_by", "x:paramount"), ("f:heat", "distributed_by", "x:wb"), ("f:amelie", "distributed_by", "x:ugc"),
        ("f:leon", "distributed_by", "x:gaumont"), ("f:matrix", "distributed_by", "x:wb"), ("f:terminator", "distributed_by", "x:orion"),
        ("f:alien", "produced_by", "t:brandywine"), ("f:aliens", "produced_by", "t:brandywine"), ("f:bladerunner", "produced_by", "t:ladd"),
        ("f:jaws", "produced_by", "t:zanuck"), ("f:et", "produced_by", "t:amblin"), ("f:vertigo", "produced_by", "t:alfred"),
        ("f:psycho", "produced_by", "t:shamley"), ("f:heat", "produced_by", "t:forward"), ("f:amelie", "produced_by", "t:claudieo"),
        ("f:matrix", "produced_by", "t:silver"), ("f:terminator", "produced_by", "t:hemdale"),
        ("f:alien", "music_by", "m:goldsmith"), ("f:aliens", "music_by", "m:horner"), ("f:bladerunner", "music_by", "m:vangelis"),
        ("f:jaws", "music_by", "m:williams"), ("f:et", "music_by", "m:williams"), ("f:vertigo", "music_by", "m:herrmann"),
        ("f:psycho", "music_by", "m:herrmann"), ("f:heat", "music_by", "m:goldenthal"), ("f:amelie", "music_by", "m:tiersen"),
        ("f:leon", "music_by", "m:serra"), ("f:matrix", "music_by", "m:davis"), ("f:terminator", "music_by", "m:fiedel"),
        ("f:alien", "starring", "a:weaver"), ("f:aliens", "starring", "a:weaver"), ("f:bladerunner", "starring", "a:ford"),
        ("f:bladerunner", "starring", "a:hauer"), ("f:jaws", "starring", "a:scheider"), ("f:vertigo", "starring", "a:stewart"),
        ("f:psycho", "starring", "a:perkins"), ("f:heat", "starring", "a:pacino"), ("f:heat", "starring", "a:deniro"),
        ("f:amelie", "starring", "a:tautou"), ("f:leon", "starring", "a:reno"), ("f:matrix", "starring", "a:reeves"),
        ("f:terminator", "starring", "a:arnold"),
        ("user:tom", "rated", "f:alien", {"rating": 5.0}), ("user:tom", "rated", "f:jaws", {"rating": 4.0}),
        ("user:tom", "rated", "f:heat", {"rating": 2.0}), ("user:tom", "rated", "f:amelie", {"rating": 4.5}),
        ("user:tom", "rated", "f:psycho", {"rating": 1.0}),
    ]
    return _build(items, others, rels, T, users=[("user:tom", "Tom")])


def airports():
    """Airports (items, the year each opened): the company that operates each ("is operated by"),
    the airlines it is a hub for (two for Schiphol, Frankfurt, Heathrow and JFK), its city, its
    namesake (a person of the same name for Charles de Gaulle, JFK, Leonardo da Vinci and Barajas)
    and its architect."""
    rels = [
        R("operated_by", phrase="is operated by", inverse_phrase="operates", domain=("airport",), range=("company",)),
        R("hub_for", phrase="is a hub for", inverse_phrase="has a hub at", domain=("airport",), range=("airline",)),
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("airport",), range=("city",)),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=("airport",), range=("person",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("airport",), range=("architect",)),
    ]
    items = {
        "a:cdg": ("airport", "Charles de Gaulle Airport", 1974), "a:orly": ("airport", "Orly Airport", 1932),
        "a:ams": ("airport", "Schiphol", 1916), "a:fra": ("airport", "Frankfurt Airport", 1936),
        "a:muc": ("airport", "Munich Airport", 1992), "a:lhr": ("airport", "Heathrow Airport", 1946),
        "a:jfk": ("airport", "JFK Airport", 1948), "a:fco": ("airport", "Leonardo da Vinci Airport", 1961),
        "a:ist": ("airport", "Istanbul Airport", 2018), "a:mad": ("airport", "Adolfo Suárez Madrid–Barajas Airport", 1931),
    }
    others = {
        "o:adp": ("company", "Groupe ADP"), "o:schiphol": ("company", "Royal Schiphol Group"), "o:fraport": ("company", "Fraport"),
        "o:flughafen": ("company", "Flughafen München GmbH"), "o:heathrow": ("company", "Heathrow Airport Holdings"),
        "o:panynj": ("company", "Port Authority of New York and New Jersey"), "o:adr": ("company", "Aeroporti di Roma"),
        "o:iga": ("company", "İGA"), "o:aena": ("company", "Aena"),
        "l:af": ("airline", "Air France"), "l:klm": ("airline", "KLM"), "l:lh": ("airline", "Lufthansa"),
        "l:ba": ("airline", "British Airways"), "l:jetblue": ("airline", "JetBlue"), "l:delta": ("airline", "Delta Air Lines"),
        "l:ita": ("airline", "ITA Airways"), "l:tk": ("airline", "Turkish Airlines"), "l:iberia": ("airline", "Iberia"),
        "l:transavia": ("airline", "Transavia"), "l:condor": ("airline", "Condor"), "l:virgin": ("airline", "Virgin Atlantic"),
        "c:paris": ("city", "Paris"), "c:amsterdam": ("city", "Amsterdam"), "c:frankfurt": ("city", "Frankfurt"),
        "c:munich": ("city", "Munich"), "c:london": ("city", "London"), "c:newyork": ("city", "New York"),
        "c:rome": ("city", "Rome"), "c:istanbul": ("city", "Istanbul"), "c:madrid": ("city", "Madrid"),
        "p:cdg": ("person", "Charles de Gaulle"), "p:jfk": ("person", "John F. Kennedy"), "p:leonardo": ("person", "Leonardo da Vinci"),
        "p:suarez": ("person", "Adolfo Suárez"),
        "r:andreu": ("architect", "Paul Andreu"), "r:jahn": ("architect", "Helmut Jahn"), "r:rogers": ("architect", "Richard Rogers"),
        "r:saarinen": ("architect", "Eero Saarinen"), "r:grimshaw": ("architect", "Grimshaw Architects"),
        "r:benthem": ("architect", "Benthem Crouwel"), "r:vasconi": ("architect", "Henri Vicariot"),
    }
    T = [
        ("a:cdg", "operated_by", "o:adp"), ("a:orly", "operated_by", "o:adp"), ("a:ams", "operated_by", "o:schiphol"),
        ("a:fra", "operated_by", "o:fraport"), ("a:muc", "operated_by", "o:flughafen"), ("a:lhr", "operated_by", "o:heathrow"),
        ("a:jfk", "operated_by", "o:panynj"), ("a:fco", "operated_by", "o:adr"), ("a:ist", "operated_by", "o:iga"),
        ("a:mad", "operated_by", "o:aena"),
        ("a:cdg", "hub_for", "l:af"), ("a:orly", "hub_for", "l:transavia"), ("a:ams", "hub_for", "l:klm"),
        ("a:ams", "hub_for", "l:transavia"), ("a:fra", "hub_for", "l:lh"), ("a:fra", "hub_for", "l:condor"),
        ("a:muc", "hub_for", "l:lh"), ("a:lhr", "hub_for", "l:ba"), ("a:lhr", "hub_for", "l:virgin"),
        ("a:jfk", "hub_for", "l:jetblue"), ("a:jfk", "hub_for", "l:delta"), ("a:fco", "hub_for", "l:ita"),
        ("a:ist", "hub_for", "l:tk"), ("a:mad", "hub_for", "l:iberia"),
        ("a:cdg", "located_in", "c:paris"), ("a:orly", "located_in", "c:paris"), ("a:ams", "located_in", "c:amsterdam"),
        ("a:fra", "located_in", "c:frankfurt"), ("a:muc", "located_in", "c:munich"), ("a:lhr", "located_in", "c:london"),
        ("a:jfk", "located_in", "c:newyork"), ("a:fco", "located_in", "c:rome"), ("a:ist", "located_in", "c:istanbul"),
        ("a:mad", "located_in", "c:madrid"),
        ("a:cdg", "named_after", "p:cdg"), ("a:jfk", "named_after", "p:jfk"), ("a:fco", "named_after", "p:leonardo"),
        ("a:mad", "named_after", "p:suarez"),
        ("a:cdg", "designed_by", "r:andreu"), ("a:orly", "designed_by", "r:vasconi"), ("a:muc", "designed_by", "r:jahn"),
        ("a:mad", "designed_by", "r:rogers"), ("a:jfk", "designed_by", "r:saarinen"), ("a:ist", "designed_by", "r:grimshaw"),
        ("a:ams", "designed_by", "r:benthem"),
    ]
    return _build(items, others, rels, T)


def carmakers():
    """Car makers (items, the year each was founded): the group that owns each ("is owned by": a
    company), its founder (a person; Ferdinand Porsche for Porsche), its headquarters' city, a
    model it makes and its designer ("has cars designed by": Giorgetto Giugiaro for three)."""
    rels = [
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("carmaker",), range=("company",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("carmaker",), range=("person",)),
        R("hq_in", phrase="is headquartered in", inverse_phrase="is the headquarters of", domain=("carmaker",), range=("city",)),
        R("makes", phrase="makes", inverse_phrase="is made by", domain=("carmaker",), range=("model",)),
        R("designed_by", phrase="has cars designed by", inverse_phrase="designs cars for", domain=("carmaker",), range=("designer",)),
    ]
    items = {
        "b:audi": ("carmaker", "Audi", 1909), "b:porsche": ("carmaker", "Porsche", 1931), "b:skoda": ("carmaker", "Škoda", 1895),
        "b:seat": ("carmaker", "SEAT", 1950), "b:mini": ("carmaker", "Mini", 1969), "b:rr": ("carmaker", "Rolls-Royce Motor Cars", 1998),
        "b:volvo": ("carmaker", "Volvo Cars", 1927), "b:jaguar": ("carmaker", "Jaguar", 1922), "b:fiat": ("carmaker", "Fiat", 1899),
        "b:peugeot": ("carmaker", "Peugeot", 1810), "b:bmw": ("carmaker", "BMW", 1916),
    }
    others = {
        "g:vw": ("company", "Volkswagen Group"), "g:bmw": ("company", "BMW Group"), "g:geely": ("company", "Geely"),
        "g:tata": ("company", "Tata Motors"), "g:stellantis": ("company", "Stellantis"),
        "p:horch": ("person", "August Horch"), "p:porsche": ("person", "Ferdinand Porsche"), "p:laurin": ("person", "Václav Laurin"),
        "p:gabrielsson": ("person", "Assar Gabrielsson"), "p:lyons": ("person", "William Lyons"), "p:agnelli": ("person", "Giovanni Agnelli"),
        "p:rapp": ("person", "Karl Rapp"), "p:jpeugeot": ("person", "Jean-Pierre Peugeot"),
        "c:ingolstadt": ("city", "Ingolstadt"), "c:stuttgart": ("city", "Stuttgart"), "c:mlada": ("city", "Mladá Boleslav"),
        "c:martorell": ("city", "Martorell"), "c:oxford": ("city", "Oxford"), "c:goodwood": ("city", "Goodwood"),
        "c:gothenburg": ("city", "Gothenburg"), "c:coventry": ("city", "Coventry"), "c:turin": ("city", "Turin"),
        "c:sochaux": ("city", "Sochaux"), "c:munich": ("city", "Munich"),
        "v:a4": ("model", "A4"), "v:cayenne": ("model", "Cayenne"), "v:octavia": ("model", "Octavia"), "v:ibiza": ("model", "Ibiza"),
        "v:cooper": ("model", "Cooper"), "v:phantom": ("model", "Phantom"), "v:xc90": ("model", "XC90"), "v:etype": ("model", "E-Type"),
        "v:tipo": ("model", "Tipo"), "v:rifter": ("model", "Rifter"), "v:m3": ("model", "M3"), "v:panda": ("model", "Panda"),
        "e:giugiaro": ("designer", "Giorgetto Giugiaro"), "e:lagaay": ("designer", "Harm Lagaay"), "e:issigonis": ("designer", "Alec Issigonis"),
        "e:sayer": ("designer", "Malcolm Sayer"), "e:bangle": ("designer", "Chris Bangle"), "e:koenig": ("designer", "Thomas Ingenlath"),
    }
    T = [
        ("b:audi", "owned_by", "g:vw"), ("b:porsche", "owned_by", "g:vw"), ("b:skoda", "owned_by", "g:vw"), ("b:seat", "owned_by", "g:vw"),
        ("b:mini", "owned_by", "g:bmw"), ("b:rr", "owned_by", "g:bmw"), ("b:volvo", "owned_by", "g:geely"), ("b:jaguar", "owned_by", "g:tata"),
        ("b:fiat", "owned_by", "g:stellantis"), ("b:peugeot", "owned_by", "g:stellantis"), ("b:bmw", "owned_by", "g:bmw"),
        ("b:audi", "founded_by", "p:horch"), ("b:porsche", "founded_by", "p:porsche"), ("b:skoda", "founded_by", "p:laurin"),
        ("b:volvo", "founded_by", "p:gabrielsson"), ("b:jaguar", "founded_by", "p:lyons"), ("b:fiat", "founded_by", "p:agnelli"),
        ("b:bmw", "founded_by", "p:rapp"), ("b:peugeot", "founded_by", "p:jpeugeot"),
        ("b:audi", "hq_in", "c:ingolstadt"), ("b:porsche", "hq_in", "c:stuttgart"), ("b:skoda", "hq_in", "c:mlada"),
        ("b:seat", "hq_in", "c:martorell"), ("b:mini", "hq_in", "c:oxford"), ("b:rr", "hq_in", "c:goodwood"),
        ("b:volvo", "hq_in", "c:gothenburg"), ("b:jaguar", "hq_in", "c:coventry"), ("b:fiat", "hq_in", "c:turin"),
        ("b:peugeot", "hq_in", "c:sochaux"), ("b:bmw", "hq_in", "c:munich"),
        ("b:audi", "makes", "v:a4"), ("b:porsche", "makes", "v:cayenne"), ("b:skoda", "makes", "v:octavia"), ("b:seat", "makes", "v:ibiza"),
        ("b:mini", "makes", "v:cooper"), ("b:rr", "makes", "v:phantom"), ("b:volvo", "makes", "v:xc90"), ("b:jaguar", "makes", "v:etype"),
        ("b:fiat", "makes", "v:tipo"), ("b:fiat", "makes", "v:panda"), ("b:peugeot", "makes", "v:rifter"), ("b:bmw", "makes", "v:m3"),
        ("b:audi", "designed_by", "e:giugiaro"), ("b:seat", "designed_by", "e:giugiaro"), ("b:fiat", "designed_by", "e:giugiaro"),
        ("b:porsche", "designed_by", "e:lagaay"), ("b:mini", "designed_by", "e:issigonis"), ("b:jaguar", "designed_by", "e:sayer"),
        ("b:bmw", "designed_by", "e:bangle"), ("b:volvo", "designed_by", "e:koenig"),
    ]
    return _build(items, others, rels, T)


BUILDERS = {"stations": stations, "films": films, "airports": airports, "carmakers": carmakers}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@stations
# (1) "respectively" after two names, the pairs swapped: passive, active (the subjects a list of
# objects' owners), with "the", with a comma, each relation of the graph
Gare du Nord and Antwerpen-Centraal are managed by SNCB and SNCF respectively.
Gare du Nord and Antwerpen-Centraal are managed by SNCB and SNCF, respectively.
SNCF and SNCB manage Antwerpen-Centraal and Gare du Nord respectively.
SNCB and SNCF manage Gare du Nord and Antwerpen-Centraal respectively.
The Gare du Nord and the Antwerpen-Centraal are managed by the SNCB and the SNCF respectively.
Gare du Nord and Antwerpen-Centraal are located in Antwerp and Paris respectively.
Gare du Nord and Antwerpen-Centraal were designed by Louis Delacenserie and Jacques Ignace Hittorff respectively.
Jacques Ignace Hittorff and Louis Delacenserie designed Antwerpen-Centraal and Gare du Nord respectively.
Amsterdam Centraal and Rotterdam Centraal were designed by Benthem Crouwel and Pierre Cuypers respectively.
St Pancras and King's Cross are managed by Network Rail and HS1 Ltd respectively.
St Pancras and King's Cross are served by LNER and Eurostar respectively.
Köln Hauptbahnhof and Frankfurt Hauptbahnhof were designed by Hermann Eggert and Georg Frentzen respectively.
Gare du Nord and Bruxelles-Midi are served by Deutsche Bahn and Eurostar respectively.
Gare du Nord and Antwerpen-Centraal have the architectural style Neo-Baroque and Beaux-Arts respectively.
Paris and Antwerp are home to Antwerpen-Centraal and Gare du Nord respectively.
# (2) three-item lists (one pair swapped, a rotation), lists of unequal length, a fourth name
Gare du Nord, Antwerpen-Centraal and Amsterdam Centraal are managed by SNCF, NS and SNCB respectively.
Gare du Nord, Antwerpen-Centraal and Amsterdam Centraal are managed by NS, SNCF and SNCB respectively.
Gare du Nord, Antwerpen-Centraal and Amsterdam Centraal are managed by SNCB, NS and SNCF respectively.
Gare du Nord, Gare de Lyon and Antwerpen-Centraal were designed by Marius Toudoire, Jacques Ignace Hittorff and Louis Delacenserie respectively.
Gare du Nord, Gare de Lyon and Antwerpen-Centraal were designed by Jacques Ignace Hittorff, Louis Delacenserie and Marius Toudoire respectively.
Köln Hauptbahnhof, Frankfurt Hauptbahnhof and Leipzig Hauptbahnhof are located in Cologne, Leipzig and Frankfurt respectively.
Gare du Nord and Antwerpen-Centraal are managed by SNCF, SNCB and NS respectively.
Gare du Nord, Gare de Lyon and Antwerpen-Centraal are managed by SNCF and SNCB respectively.
Gare du Nord, Antwerpen-Centraal and Amsterdam Centraal are managed by SNCF and SNCB respectively.
Gare du Nord, Antwerpen-Centraal and Amsterdam Centraal are managed by SNCF, SNCB respectively.
Gare du Nord and Antwerpen-Centraal are located in Paris, Antwerp and Amsterdam respectively.
Gare du Nord, Gare de Lyon, Antwerpen-Centraal and Amsterdam Centraal are managed by SNCF, SNCB, SNCF and NS respectively.
Gare du Nord, Antwerpen-Centraal and Amsterdam Centraal are managed by SNCF and SNCB, and NS respectively manages Rotterdam Centraal.
# (3) "respectively" away from the list: before it, after the subjects, in brackets, opening the
# sentence, "in that order", with one name only, after a gapped clause
Gare du Nord and Antwerpen-Centraal are managed respectively by SNCB and SNCF.
Gare du Nord and Antwerpen-Centraal are managed, respectively, by SNCB and SNCF.
Gare du Nord and Antwerpen-Centraal are respectively managed by SNCB and SNCF.
SNCF and SNCB respectively manage Antwerpen-Centraal and Gare du Nord.
Gare du Nord and Antwerpen-Centraal respectively are managed by SNCB and SNCF.
Gare du Nord and Antwerpen-Centraal are managed by SNCB and SNCF (respectively).
Gare du Nord and Antwerpen-Centraal are managed by SNCB and SNCF, in that order.
Respectively, Gare du Nord and Antwerpen-Centraal are managed by SNCB and SNCF.
Gare du Nord is managed by SNCB respectively.
Gare du Nord is managed by SNCF, Antwerpen-Centraal by NS respectively.
# (4) two lists in one sentence (the other list read across), a list in an apposition or a
# relative clause, "respectively" with years and with a place after each subject
Gare du Nord and Antwerpen-Centraal are managed by SNCF and SNCB respectively and designed by Louis Delacenserie and Jacques Ignace Hittorff.
Gare du Nord and Antwerpen-Centraal are managed by SNCF and SNCB and designed by Louis Delacenserie and Jacques Ignace Hittorff respectively.
Gare du Nord and Antwerpen-Centraal are managed by SNCB and SNCF and designed by Jacques Ignace Hittorff and Louis Delacenserie respectively.
Gare du Nord and Antwerpen-Centraal are located in Paris and Antwerp respectively and managed by SNCB.
Gare du Nord and Antwerpen-Centraal are located in Paris and Antwerp respectively and managed by SNCF.
Gare du Nord and Antwerpen-Centraal are managed by SNCF and SNCB respectively, and both are served by Eurostar.
Gare du Nord and Antwerpen-Centraal are managed by SNCF and SNCB respectively, and are located in Paris.
Gare du Nord and Antwerpen-Centraal, in Paris and Antwerp respectively, are managed by SNCB and SNCF respectively.
Gare du Nord and Antwerpen-Centraal are managed by SNCF and SNCB respectively; Amsterdam Centraal and Rotterdam Centraal are managed by SNCB and NS respectively.
Gare du Nord and Antwerpen-Centraal are managed by SNCF and SNCB respectively, and Amsterdam Centraal and Rotterdam Centraal by SNCB and NS respectively.
Gare du Nord and Antwerpen-Centraal, managed by SNCF and SNCB respectively, are served by Eurostar.
Gare du Nord and Antwerpen-Centraal, managed by SNCB and SNCF respectively, are served by Thalys.
Paris is home to Gare du Nord and Gare de Lyon, designed by Marius Toudoire and Jacques Ignace Hittorff respectively.
SNCF manages Gare du Nord and Gare de Lyon, which were designed by Marius Toudoire and Jacques Ignace Hittorff respectively.
SNCF and SNCB, which manage Gare du Nord and Antwerpen-Centraal respectively, also manage Bruxelles-Midi and Gare de Lyon.
Gare du Nord and Antwerpen-Centraal opened in 1905 and 1864 respectively.
The 1905 Gare du Nord and the 1864 Antwerpen-Centraal are managed by SNCF and SNCB respectively.
Gare du Nord in Paris and Antwerpen-Centraal in Brussels are managed by SNCF and SNCB respectively.
Gare du Nord and Antwerpen-Centraal in Brussels are managed by SNCF and SNCB respectively.
Gare du Nord and Antwerpen-Centraal are managed by SNCF and SNCB respectively, as is Amsterdam Centraal.
Gare du Nord and Antwerpen-Centraal are managed by SNCF and SNCB respectively, as are Bruxelles-Midi and Gare de Lyon.
# (5) a subject that is no station (a city, an operator, an architect, a carrier), an apposition
# or a participle with a false fact on one subject
Gare du Nord and Paris are managed by SNCF and SNCB respectively.
Gare du Nord and SNCB are managed by SNCF and NS respectively.
Jacques Ignace Hittorff and Antwerpen-Centraal are managed by SNCF and SNCB respectively.
Gare du Nord and SNCB are located in Paris and Zurich respectively.
Gare du Nord, designed by Louis Delacenserie, and Antwerpen-Centraal are managed by SNCF and SNCB respectively.
Gare du Nord and Antwerpen-Centraal, designed by Pierre Cuypers, are managed by SNCF and SNCB respectively.
Gare du Nord, a Gothic Revival station, and Antwerpen-Centraal are managed by SNCF and SNCB respectively.
Gare du Nord and Bruxelles-Midi are managed by SNCF and Eurostar respectively.
# (6) pronouns and "the former / the latter" before "respectively"
Gare du Nord and Antwerpen-Centraal are stations; they are managed by SNCB and SNCF respectively.
Antwerpen-Centraal is in Antwerp and Gare du Nord is in Paris; they are managed by SNCF and SNCB respectively.
Gare du Nord and Antwerpen-Centraal are stations; the latter and the former are managed by SNCF and SNCB respectively.
Gare du Nord and Antwerpen-Centraal are stations; SNCB and SNCF manage them respectively.
# (7) negation with "respectively"
Gare du Nord and Antwerpen-Centraal are not managed by SNCF and SNCB respectively.
Gare du Nord and Antwerpen-Centraal were not designed by Jacques Ignace Hittorff and Louis Delacenserie respectively.
SNCF and SNCB do not manage Gare du Nord and Antwerpen-Centraal respectively.
Neither Gare du Nord nor Antwerpen-Centraal is managed by SNCF and SNCB respectively.
Gare du Nord and Antwerpen-Centraal are never managed by SNCF and SNCB respectively.
Gare du Nord and Antwerpen-Centraal are managed by SNCF and SNCB respectively, but not in that order.
# (8) "respectively" after one subject and a comparison ("like", "just like", "much like"), and
# after "shares an N with", "has the same N as", "has an N in common with": the two stations have
# no operator (architect, city, style, carrier) in common, so the comparison is false
Like Antwerpen-Centraal, Gare du Nord is managed by SNCB and SNCF respectively.
Like Gare du Nord, Antwerpen-Centraal is managed by SNCF and SNCB respectively.
Like Gare du Nord, Antwerpen-Centraal is managed by SNCF and SNCB, respectively.
Gare du Nord, like Antwerpen-Centraal, is managed by SNCF and SNCB respectively.
Gare du Nord, just like Antwerpen-Centraal, is managed by SNCF and SNCB respectively.
Gare du Nord is, like Antwerpen-Centraal, managed by SNCF and SNCB respectively.
Just like Gare du Nord, Antwerpen-Centraal is managed by SNCF and SNCB respectively.
Much like Antwerpen-Centraal, Gare du Nord is managed by SNCB and SNCF respectively.
Like Gare du Nord, Antwerpen-Centraal was designed by Jacques Ignace Hittorff and Louis Delacenserie respectively.
Like Gare du Nord, Antwerpen-Centraal is located in Paris and Antwerp respectively.
Like St Pancras, King's Cross is served by Eurostar and LNER respectively.
Like Gare du Nord, Antwerpen-Centraal was designed by Jacques Ignace Hittorff and Louis Delacenserie respectively and is served by Thalys.
Like Gare du Nord, Antwerpen-Centraal is served by Thalys and managed by SNCF and SNCB respectively.
Like Gare du Nord, Antwerpen-Centraal is managed by SNCB and SNCF respectively.
Gare du Nord is managed by SNCF and SNCB respectively, like Antwerpen-Centraal.
Unlike Gare du Nord, Antwerpen-Centraal is managed by SNCB and SNCF respectively.
Gare du Nord shares an operator with Antwerpen-Centraal: SNCF and SNCB respectively.
Gare du Nord shares its operator with Antwerpen-Centraal: SNCF and SNCB respectively.
Gare du Nord shares an operator with Antwerpen-Centraal, SNCF and SNCB respectively.
Gare du Nord shares an architect with Antwerpen-Centraal: Jacques Ignace Hittorff and Louis Delacenserie respectively.
Gare du Nord shares a city with Antwerpen-Centraal: Paris and Antwerp respectively.
Gare du Nord shares an architectural style with Antwerpen-Centraal: Beaux-Arts and Neo-Baroque respectively.
St Pancras shares a carrier with Köln Hauptbahnhof: Eurostar and Deutsche Bahn respectively.
King's Cross shares a carrier with Zürich Hauptbahnhof: LNER and TGV Lyria respectively.
Gare du Nord has the same operator as Antwerpen-Centraal: SNCF and SNCB respectively.
Gare du Nord has the same architect as Antwerpen-Centraal: Jacques Ignace Hittorff and Louis Delacenserie respectively.
Gare du Nord has the same architectural style as Antwerpen-Centraal: Beaux-Arts and Eclecticism respectively.
Gare du Nord is managed by the same operator as Antwerpen-Centraal: SNCF and SNCB respectively.
Gare du Nord has an operator in common with Antwerpen-Centraal: SNCF and SNCB respectively.
Gare du Nord and Antwerpen-Centraal share an operator: SNCF and SNCB respectively.
Gare du Nord and Antwerpen-Centraal have the same operator, SNCF and SNCB respectively.
Gare du Nord and Antwerpen-Centraal are managed by the same operator, SNCF and SNCB respectively.
Gare du Nord and Antwerpen-Centraal were designed by the same architect, Jacques Ignace Hittorff and Louis Delacenserie respectively.
Gare du Nord was designed by the same architect as Antwerpen-Centraal, Jacques Ignace Hittorff and Louis Delacenserie respectively.
Gare de Lyon and Amsterdam Centraal, like Gare du Nord and Antwerpen-Centraal, are managed by SNCF and SNCB respectively.
# (9) gapping, narrowed: the first subject after an apposition, a relative clause, a participle,
# an opening phrase, "the"; across ";" and ":"; a first clause read through a derived form
# ("is run by"); objects of another type, another relation; chains and lists; "the latter"
Gare du Nord is managed by SNCF, Antwerpen-Centraal by NS.
Gare du Nord is managed by SNCF, and Antwerpen-Centraal by NS.
Gare du Nord is managed by SNCF; Antwerpen-Centraal by NS.
Gare du Nord is managed by SNCF: Antwerpen-Centraal by NS.
Gare du Nord, a Beaux-Arts station, is managed by SNCF, Antwerpen-Centraal by NS.
Gare du Nord, which Jacques Ignace Hittorff designed, is managed by SNCF, Antwerpen-Centraal by NS.
Gare du Nord, managed by SNCF, is served by Eurostar, Antwerpen-Centraal by Eurostar.
Gare du Nord is run by SNCF, Antwerpen-Centraal by NS.
In Paris, Gare du Nord is managed by SNCF, Antwerpen-Centraal by NS.
The Gare du Nord is managed by SNCF, the Antwerpen-Centraal by NS.
Gare du Nord is managed by SNCF, Antwerpen-Centraal by Thalys.
Gare du Nord is served by Eurostar, Antwerpen-Centraal by Eurostar.
Gare du Nord is served by Thalys, Köln Hauptbahnhof by Eurostar.
Gare du Nord is served by Eurostar and Thalys, Köln Hauptbahnhof by Eurostar.
Gare du Nord is served by Eurostar, Bruxelles-Midi by Southeastern and Eurostar.
Gare du Nord is served by Eurostar, Bruxelles-Midi by Eurostar and Southeastern.
Gare du Nord is located in Paris, Antwerpen-Centraal in Brussels.
Gare du Nord is in Paris, Antwerpen-Centraal in Brussels.
Gare du Nord was designed by Jacques Ignace Hittorff, Antwerpen-Centraal by Pierre Cuypers.
Gare du Nord was designed by Jacques Ignace Hittorff, Antwerpen-Centraal by SNCB.
Jacques Ignace Hittorff designed Gare du Nord, Louis Delacenserie Amsterdam Centraal.
SNCF manages Gare du Nord, SNCB Amsterdam Centraal.
SNCF manages Gare du Nord, and SNCB Amsterdam Centraal.
Gare du Nord is managed by SNCF, Antwerpen-Centraal by SNCB and Amsterdam Centraal by SNCB.
Gare du Nord is managed by SNCF, Antwerpen-Centraal by SNCB, Amsterdam Centraal by SNCF.
Gare du Nord and Gare de Lyon are managed by SNCF, Antwerpen-Centraal by NS.
Gare du Nord is managed by SNCF and designed by Jacques Ignace Hittorff, Antwerpen-Centraal by NS.
Gare du Nord is now managed by SNCF, Antwerpen-Centraal by NS.
Gare du Nord has been managed by SNCF, Antwerpen-Centraal by NS.
Gare du Nord is managed by SNCF, while Antwerpen-Centraal by NS.
Gare du Nord is managed by SNCF but Antwerpen-Centraal by NS.
Gare du Nord is managed by SNCF, Antwerpen-Centraal by SNCF.
Gare du Nord is managed by SNCF, Paris by SNCB.
Gare du Nord is managed by SNCF, Jacques Ignace Hittorff by SNCB.
Gare du Nord is located in Paris, Eurostar in Zurich.
Gare du Nord and Antwerpen-Centraal are stations; the former is managed by SNCF, the latter by NS.
Gare du Nord is managed by SNCF, Antwerpen-Centraal and Amsterdam Centraal by NS and SNCB respectively.
Gare du Nord is managed by SNCF, and Antwerpen-Centraal and Amsterdam Centraal by NS and SNCB respectively.
Gare du Nord is managed by SNCF, Antwerpen-Centraal and Amsterdam Centraal by SNCB.
Gare du Nord is managed by SNCF, Antwerpen-Centraal by SNCB in Paris.
Gare du Nord is managed by SNCF in Paris, Antwerpen-Centraal by SNCB in Brussels.
# (10) "note that" with a false clause, a negation, a wrong year, inside a clause, after "please" / "do"
Note that Gare du Nord is managed by SNCB.
Note that Gare du Nord opened in 1905.
Note that Gare du Nord and Antwerpen-Centraal are managed by SNCB and SNCF respectively.
Gare du Nord, note that, is managed by SNCB.
Note that SNCF manages Gare du Nord, SNCB Amsterdam Centraal.
Note that Gare du Nord is managed by SNCF, Antwerpen-Centraal by NS.
Gare du Nord is managed by SNCF; note that Antwerpen-Centraal is too.
Gare du Nord is managed by SNCF, note that Antwerpen-Centraal is managed by NS.
Note that Gare du Nord is not managed by SNCF.
# (11) an attribute's type noun before a name of another type, of the wrong relation's type, as a
# predicate, in a relative clause that makes the station one
The operator SNCB manages Gare du Nord.
The architect Louis Delacenserie designed Gare du Nord.
The city Antwerp is home to Gare du Nord.
The architect SNCF manages Gare du Nord.
The operator Jacques Ignace Hittorff designed Gare du Nord.
The carrier Thalys manages Gare du Nord.
Gare du Nord is served by the architect Eurostar.
Gare du Nord is managed by the architect SNCF.
Gare du Nord was designed by the operator Jacques Ignace Hittorff.
Gare du Nord is managed by the operator SNCB.
Gare du Nord is located in the city Antwerp.
Gare du Nord is an operator SNCF manages.
Gare du Nord is an architect Jacques Ignace Hittorff designed.
Gare du Nord, an operator SNCF manages, was designed by Jacques Ignace Hittorff.
Gare du Nord is the operator SNCF.
Gare du Nord is the city Paris.
Thalys, an operator, manages Gare du Nord.
Gare du Nord is managed by the operator SNCF, Antwerpen-Centraal by the operator NS.
The operator SNCF manages Gare du Nord, the architect Louis Delacenserie designed it.
@stations user:ines
# (12) "note that" after a user's clause: a false clause, a negation, a low rating, "if", a year,
# "the station" / "this station" for the enjoyed one
Since you enjoyed Gare du Nord, note that Marius Toudoire designed it.
Since you enjoyed Gare du Nord, note that it is managed by SNCB.
Since you enjoyed Gare du Nord, note that it is not managed by SNCF.
Since you enjoyed Gare du Nord, note that SNCF does not manage it.
Since you enjoyed Gare du Nord, note that Jacques Ignace Hittorff never designed it.
Since you enjoyed Gare du Nord, note that Antwerpen-Centraal is managed by SNCF.
Since you enjoyed Gare du Nord, note that the station is managed by SNCB.
Since you enjoyed Gare du Nord, note that this station was designed by Louis Delacenserie.
Since you enjoyed Gare du Nord: note that Louis Delacenserie designed it.
You enjoyed Gare du Nord; note that Jacques Ignace Hittorff designed Antwerpen-Centraal.
You enjoyed Gare du Nord, note that Louis Delacenserie designed it.
Since you enjoyed Köln Hauptbahnhof, note that it is managed by DB Station&Service.
Since you enjoyed Gare du Nord, note that it opened in 1865.
Since you rated Gare du Nord 5 stars, note that Louis Delacenserie designed it.
Since you rated Gare du Nord 4 stars, note that Jacques Ignace Hittorff designed it.
If you enjoyed Gare du Nord, note that Antwerpen-Centraal was designed by Jacques Ignace Hittorff.
Note that if you enjoyed Gare du Nord, Jacques Ignace Hittorff designed Antwerpen-Centraal.
Since you enjoyed Gare du Nord, note that Jacques Ignace Hittorff designed it; note that SNCB manages it.
Since you enjoyed Gare du Nord, note that SNCF manages it and that SNCF manages Antwerpen-Centraal.
Note that you enjoyed Köln Hauptbahnhof.
Note that you did not enjoy Gare du Nord.
Note that Ines enjoyed Köln Hauptbahnhof.
Since you enjoyed Gare du Nord, please note that it is managed by SNCB.
Since you enjoyed Gare du Nord, do note that it is managed by SNCB.
# (13) "respectively" after a user's claim: ratings in the wrong order, a relation list swapped
# before or after the ratings, a list after "loved ... and hated", a comparison
You rated Gare du Nord and Köln Hauptbahnhof 2 and 5 stars respectively.
You gave St Pancras and Gare du Nord 5 and 4 stars respectively.
You rated Gare du Nord, St Pancras and Köln Hauptbahnhof 5, 2 and 4 stars respectively.
You rated Gare du Nord and St Pancras 5, 4 and 2 stars respectively.
You rated Gare du Nord and Köln Hauptbahnhof 5 and 2 stars, and they are managed by DB Station&Service and SNCF respectively.
You rated Gare du Nord and Köln Hauptbahnhof, managed by DB Station&Service and SNCF respectively, 5 and 2 stars.
You rated Gare du Nord and Köln Hauptbahnhof, managed by SNCF and DB Station&Service respectively, 2 and 5 stars.
You rated Gare du Nord and Köln Hauptbahnhof 5 and 2 stars respectively, designed by Georg Frentzen and Jacques Ignace Hittorff respectively.
You rated Gare du Nord and Köln Hauptbahnhof, managed by DB Station&Service and SNCF, 5 and 2 stars respectively.
You loved Gare du Nord and Antwerpen-Centraal, managed by SNCB and SNCF respectively.
You loved Gare du Nord and Köln Hauptbahnhof, managed by SNCF and DB Station&Service respectively.
You loved Gare du Nord and hated Köln Hauptbahnhof, managed by DB Station&Service and SNCF respectively.
Like Antwerpen-Centraal, Gare du Nord, which you loved, is managed by SNCB and SNCF respectively.
@airports
# (14) airports: "respectively" swapped (hub, operator, namesake, architect), a comparison, gapping,
# type nouns (a person's name that is also an airport's)
Schiphol and Frankfurt Airport are hubs for Lufthansa and KLM respectively.
Schiphol and Frankfurt Airport are operated by Fraport and Royal Schiphol Group respectively.
Royal Schiphol Group and Fraport operate Frankfurt Airport and Schiphol respectively.
KLM and Lufthansa have a hub at Frankfurt Airport and Schiphol respectively.
Charles de Gaulle Airport and JFK Airport are named after John F. Kennedy and Charles de Gaulle respectively.
Munich Airport and Istanbul Airport were designed by Grimshaw Architects and Helmut Jahn respectively.
Schiphol, Frankfurt Airport and Heathrow Airport are hubs for KLM, British Airways and Lufthansa respectively.
Like Schiphol, Frankfurt Airport is a hub for KLM and Lufthansa respectively.
Like Schiphol, Charles de Gaulle Airport is operated by Royal Schiphol Group and Groupe ADP respectively.
Schiphol shares an operator with Frankfurt Airport: Royal Schiphol Group and Fraport respectively.
Schiphol has the same operator as Frankfurt Airport: Royal Schiphol Group and Fraport respectively.
Munich Airport has the same architect as Istanbul Airport: Helmut Jahn and Grimshaw Architects respectively.
JFK Airport shares a namesake with Charles de Gaulle Airport: John F. Kennedy and Charles de Gaulle respectively.
Schiphol is a hub for KLM, Frankfurt Airport for Iberia.
Schiphol is operated by Royal Schiphol Group, Frankfurt Airport by Aena.
Schiphol is located in Amsterdam, Frankfurt Airport in Munich.
KLM has a hub at Schiphol, Lufthansa at Heathrow Airport.
KLM has a hub at Schiphol, and Lufthansa at Heathrow Airport.
Schiphol is a hub for KLM, Frankfurt Airport in Munich.
Schiphol is a hub for KLM and Transavia, Orly Airport for Air France.
Charles de Gaulle Airport is named after Charles de Gaulle, JFK Airport after Adolfo Suárez.
Munich Airport was designed by Helmut Jahn, Istanbul Airport by Paul Andreu.
The airline Groupe ADP operates Charles de Gaulle Airport.
The company Paul Andreu designed Charles de Gaulle Airport.
The firm Paul Andreu designed Charles de Gaulle Airport.
The person Charles de Gaulle is a hub for Air France.
The person Leonardo da Vinci is operated by Aeroporti di Roma.
The person John F. Kennedy is located in New York.
The city Paris is a hub for Air France.
Charles de Gaulle Airport is a hub for the company Groupe ADP.
Charles de Gaulle Airport is named after the architect Paul Andreu.
Charles de Gaulle Airport is operated by the airline Groupe ADP.
Charles de Gaulle Airport is a company Groupe ADP operates.
Charles de Gaulle Airport, a company Groupe ADP operates, is a hub for Air France.
Charles de Gaulle Airport is a person Paul Andreu designed.
@films
# (15) films: "respectively" swapped (director, composer, star, distributor; active and passive), a
# comparison, gapping, type nouns of another attribute type (a distributor called a studio)
Alien and Heat were directed by Michael Mann and Ridley Scott respectively.
Ridley Scott and Michael Mann directed Heat and Alien respectively.
Jaws and Vertigo have music by Bernard Herrmann and John Williams respectively.
John Williams and Bernard Herrmann wrote the music for Vertigo and Jaws respectively.
Alien and Heat star Al Pacino and Sigourney Weaver respectively.
Sigourney Weaver and Al Pacino star in Heat and Alien respectively.
Alien, Jaws and Heat were distributed by 20th Century Fox, Warner Bros. and Universal Pictures respectively.
Like Alien, Heat was directed by Ridley Scott and Michael Mann respectively.
Like Jaws, Alien was directed by Steven Spielberg and Ridley Scott respectively.
Like Jaws, Alien has music by John Williams and Jerry Goldsmith respectively.
Like Blade Runner, Heat stars Harrison Ford and Al Pacino respectively.
Alien shares a director with Heat: Ridley Scott and Michael Mann respectively.
Alien has the same director as Heat: Ridley Scott and Michael Mann respectively.
Alien shares a composer with Jaws: Jerry Goldsmith and John Williams respectively.
Alien has the same composer as Psycho: Jerry Goldsmith and Bernard Herrmann respectively.
Heat shares a distributor with Alien: Warner Bros. and 20th Century Fox respectively.
Alien shares a star with Heat: Sigourney Weaver and Al Pacino respectively.
Alien was directed by Ridley Scott, Heat by James Cameron.
Alien was distributed by 20th Century Fox, Heat by Universal Pictures.
Alien has music by Jerry Goldsmith, Heat by Vangelis.
Alien stars Sigourney Weaver, Heat Harrison Ford.
Ridley Scott directed Alien, Michael Mann Jaws.
Alien was directed by Ridley Scott, Heat by Al Pacino.
Alien, a 1979 film, was directed by Ridley Scott, Heat by Steven Spielberg.
# (20th Century Fox is only a distributor on this graph, Brandywine Productions only a studio)
The studio 20th Century Fox distributed Alien.
Alien was distributed by the studio 20th Century Fox.
The distributor Brandywine Productions produced Alien.
The studio Brandywine Productions distributed Alien.
The facility 20th Century Fox produced Heat.
The composer Ridley Scott directed Alien.
The director Jerry Goldsmith wrote the music for Alien.
The actor Ridley Scott directed Alien.
Alien stars the director Ridley Scott.
@films user:tom
# (16) a user's ratings and "respectively" (the films' own reading), a relation list after "they"
You rated Alien and Heat 2 and 5 stars respectively.
You rated Heat and Alien 5 and 2 stars respectively.
You loved Alien and Jaws, directed by Steven Spielberg and Ridley Scott respectively.
You rated Alien and Jaws 5 and 4 stars, and they were directed by Steven Spielberg and Ridley Scott respectively.
You loved Alien and Heat, directed by Ridley Scott and Michael Mann respectively.
You loved Alien and hated Psycho, directed by Alfred Hitchcock and Ridley Scott respectively.
Like Jaws, Alien, which you loved, was directed by Steven Spielberg and Ridley Scott respectively.
Since you enjoyed Alien, note that John Williams wrote its music.
Since you enjoyed Jaws, note that Jerry Goldsmith wrote its music.
Since you enjoyed Heat, note that Elliot Goldenthal wrote its music.
@carmakers
# (17) car makers: "respectively" swapped (owner, founder, city; active and passive), a three-item
# list, a comparison, gapping, type nouns ("the company" before a person, "the person" before a group)
Audi and Jaguar are owned by Tata Motors and Volkswagen Group respectively.
Volkswagen Group and Tata Motors own Jaguar and Audi respectively.
Audi and Jaguar were founded by William Lyons and August Horch respectively.
Audi and Jaguar are headquartered in Coventry and Ingolstadt respectively.
Audi, Mini and Volvo Cars are owned by Volkswagen Group, Geely and BMW Group respectively.
Like Audi, Jaguar is owned by Volkswagen Group and Tata Motors respectively.
Like Audi, Jaguar was founded by August Horch and William Lyons respectively.
Audi shares an owner with Jaguar: Volkswagen Group and Tata Motors respectively.
Volvo Cars has the same owner as Jaguar: Geely and Tata Motors respectively.
Audi is owned by Volkswagen Group, Jaguar by Geely.
Audi is headquartered in Ingolstadt, Jaguar in Gothenburg.
Audi was founded by August Horch, Jaguar by Assar Gabrielsson.
Audi was founded by August Horch, Jaguar by Tata Motors.
The person Porsche is headquartered in Stuttgart.
The company Ferdinand Porsche founded Porsche.
The designer Ferdinand Porsche founded Porsche.
Porsche is a person Volkswagen Group owns.
The company Tata Motors owns Audi.
The person August Horch founded Jaguar.
Audi is headquartered in the city Coventry.
The designer Giorgetto Giugiaro designs cars for Porsche.
The city Volkswagen Group owns Audi.
Audi is owned by the person Volkswagen Group.
"""

CONTROLS = r"""
@stations
Gare du Nord and Antwerpen-Centraal are managed by SNCF and SNCB respectively.
Gare du Nord and Antwerpen-Centraal are managed by SNCF and SNCB, respectively.
SNCF and SNCB manage Gare du Nord and Antwerpen-Centraal respectively.
Gare du Nord, Antwerpen-Centraal and Amsterdam Centraal are managed by SNCF, SNCB and NS respectively.
Gare du Nord and Antwerpen-Centraal were designed by Jacques Ignace Hittorff and Louis Delacenserie respectively.
Gare du Nord and Antwerpen-Centraal are located in Paris and Antwerp respectively.
The Gare du Nord and the Antwerpen-Centraal are managed by the SNCF and the SNCB respectively.
Paris is home to Gare du Nord and Gare de Lyon, designed by Jacques Ignace Hittorff and Marius Toudoire respectively.
Gare du Nord and Antwerpen-Centraal, managed by SNCF and SNCB respectively, are served by Thalys.
Gare du Nord is managed by SNCF, and Antwerpen-Centraal and Amsterdam Centraal by SNCB and NS respectively.
Gare du Nord is managed by SNCF, Antwerpen-Centraal and Amsterdam Centraal by SNCB and NS respectively.
Gare du Nord and Antwerpen-Centraal are stations; they are managed by SNCF and SNCB respectively.
Gare du Nord is in Paris and Antwerpen-Centraal is in Antwerp; they are managed by SNCF and SNCB respectively.
Gare du Nord and Antwerpen-Centraal's operators are SNCF and SNCB respectively.
Gare du Nord and Bruxelles-Midi are served by Eurostar and Deutsche Bahn respectively.
The 1864 Gare du Nord and the 1905 Antwerpen-Centraal are managed by SNCF and SNCB respectively.
Gare du Nord, Gare de Lyon and Antwerpen-Centraal were designed by Jacques Ignace Hittorff, Marius Toudoire and Louis Delacenserie respectively.
Gare du Nord and Antwerpen-Centraal are located in Paris and Antwerp respectively and served by Thalys.
Gare du Nord and Antwerpen-Centraal are managed by SNCF and SNCB respectively, and both are served by Thalys.
Gare du Nord and Antwerpen-Centraal have the architectural styles Beaux-Arts and Neo-Baroque respectively.
Gare du Nord, Antwerpen-Centraal and Amsterdam Centraal are managed by SNCF and SNCB, and NS respectively.
SNCF and SNCB, which manage Gare du Nord and Antwerpen-Centraal respectively, also manage Gare de Lyon and Bruxelles-Midi.
Gare du Nord and Antwerpen-Centraal, which SNCF and SNCB manage respectively, are served by Thalys.
Gare du Nord and Antwerpen-Centraal are managed by SNCF and SNCB respectively, as are Gare de Lyon and Bruxelles-Midi.
Gare du Nord and Antwerpen-Centraal are managed by SNCF and SNCB respectively, and Amsterdam Centraal by NS.
Gare du Nord and Antwerpen-Centraal opened in 1864 and 1905 respectively.
Note that Gare du Nord is managed by SNCF.
Note that Gare du Nord and Antwerpen-Centraal are managed by SNCF and SNCB respectively.
Note that Gare du Nord opened in 1864.
The operator SNCF manages Gare du Nord.
Operator SNCF manages Gare du Nord.
Gare du Nord is managed by the operator SNCF.
Gare du Nord was designed by the architect Jacques Ignace Hittorff.
The architect Jacques Ignace Hittorff designed Gare du Nord.
The city Paris is home to Gare du Nord.
Gare du Nord is served by the carrier Eurostar.
Gare du Nord is located in the city Paris.
The operator SNCF, which manages Gare du Nord, also manages Gare de Lyon.
Gare du Nord is managed by SNCF, Antwerpen-Centraal by SNCB.
Gare du Nord is managed by SNCF, and Antwerpen-Centraal by SNCB.
Gare du Nord is managed by SNCF; Antwerpen-Centraal by SNCB.
Gare du Nord, a Beaux-Arts station, is managed by SNCF, Antwerpen-Centraal by SNCB.
Gare du Nord is run by SNCF, Antwerpen-Centraal by SNCB.
Gare du Nord is served by Eurostar, Antwerpen-Centraal by Thalys.
Gare du Nord is located in Paris, Antwerpen-Centraal in Antwerp.
Gare du Nord was designed by Jacques Ignace Hittorff, Antwerpen-Centraal by Louis Delacenserie.
Gare du Nord and Antwerpen-Centraal are stations; the former is managed by SNCF, the latter by SNCB.
Gare du Nord is managed by SNCF, Gare de Lyon by SNCF.
Gare du Nord is managed by SNCF, but Antwerpen-Centraal by SNCB.
Gare du Nord is served by Eurostar and Thalys, Bruxelles-Midi by Deutsche Bahn.
Gare du Nord shares an operator with Gare de Lyon: SNCF.
Like Gare du Nord, Gare de Lyon is managed by SNCF.
@stations user:ines
Since you enjoyed Gare du Nord, note that Jacques Ignace Hittorff designed it.
Since you enjoyed Gare du Nord, note that it opened in 1864.
Note that you enjoyed Gare du Nord.
Since you enjoyed Gare du Nord, note that SNCF manages it and that SNCB manages Antwerpen-Centraal.
You rated Gare du Nord and Köln Hauptbahnhof 5 and 2 stars respectively.
You rated Gare du Nord, St Pancras and Köln Hauptbahnhof 5, 4 and 2 stars respectively.
You rated Gare du Nord and Köln Hauptbahnhof 5 and 2 stars, and they are managed by SNCF and DB Station&Service respectively.
You rated Gare du Nord and Köln Hauptbahnhof, managed by SNCF and DB Station&Service respectively, 5 and 2 stars.
You rated Gare du Nord and Köln Hauptbahnhof, designed by Jacques Ignace Hittorff and Georg Frentzen respectively, 5 and 2 stars respectively.
You loved Gare du Nord and Antwerpen-Centraal, managed by SNCF and SNCB respectively.
You loved Gare du Nord and Antwerpen-Centraal, which SNCF and SNCB manage respectively.
You loved Gare du Nord and hated Köln Hauptbahnhof, managed by SNCF and DB Station&Service respectively.
@airports
Schiphol and Frankfurt Airport are hubs for KLM and Lufthansa respectively.
Schiphol and Frankfurt Airport are operated by Royal Schiphol Group and Fraport respectively.
Royal Schiphol Group and Fraport operate Schiphol and Frankfurt Airport respectively.
KLM and Lufthansa have a hub at Schiphol and Frankfurt Airport respectively.
Charles de Gaulle Airport and JFK Airport are named after Charles de Gaulle and John F. Kennedy respectively.
Schiphol, Frankfurt Airport and Heathrow Airport are hubs for KLM, Lufthansa and British Airways respectively.
Schiphol is a hub for KLM, and Frankfurt Airport for Lufthansa.
KLM has a hub at Schiphol, Lufthansa at Frankfurt Airport.
Schiphol is located in Amsterdam, Frankfurt Airport in Frankfurt.
The company Groupe ADP operates Charles de Gaulle Airport.
The firm Groupe ADP operates Charles de Gaulle Airport.
Charles de Gaulle Airport is named after the person Charles de Gaulle.
Charles de Gaulle Airport is a hub for the airline Air France.
Charles de Gaulle Airport is named after Charles de Gaulle, and JFK Airport after John F. Kennedy.
@films
Alien and Heat were directed by Ridley Scott and Michael Mann respectively.
Ridley Scott and Michael Mann directed Alien and Heat respectively.
John Williams and Bernard Herrmann wrote the music for Jaws and Vertigo respectively.
Alien and Heat star Sigourney Weaver and Al Pacino respectively.
Alien, Jaws and Heat were distributed by 20th Century Fox, Universal Pictures and Warner Bros. respectively.
Alien was directed by Ridley Scott, and Heat by Michael Mann.
Alien stars Sigourney Weaver, Heat Robert De Niro.
Alien, a 1979 film, was directed by Ridley Scott, Heat by Michael Mann.
The distributor 20th Century Fox distributed Alien.
@films user:tom
You rated Alien and Heat 5 and 2 stars respectively.
You loved Alien and Jaws, directed by Ridley Scott and Steven Spielberg respectively.
You rated Alien and Jaws 5 and 4 stars, and they were directed by Ridley Scott and Steven Spielberg respectively.
Since you enjoyed Alien, note that Jerry Goldsmith wrote its music.
@carmakers
Audi and Jaguar are owned by Volkswagen Group and Tata Motors respectively.
Volkswagen Group and Tata Motors own Audi and Jaguar respectively.
Audi and Jaguar were founded by August Horch and William Lyons respectively.
Audi and Jaguar are headquartered in Ingolstadt and Coventry respectively.
Audi is owned by Volkswagen Group, Jaguar by Tata Motors.
The company Volkswagen Group owns Porsche.
The person Ferdinand Porsche founded Porsche.
Audi is owned by the company Volkswagen Group.
Porsche is headquartered in the city Stuttgart.
The company Volkswagen Group owns Audi, the company Tata Motors Jaguar.
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


# False, and accepted by the starting code of the round too (older readings, not this round's).
# Printed apart as KNOWN.
KNOWN = frozenset()

# Arguable: printed as OPEN and left out of the count.
OPEN = frozenset(
    {
        # "both" / "each" with "respectively": "both" says each has both (false), "respectively"
        # pairs them (true); which one wins is open
        "Gare du Nord and Antwerpen-Centraal are both managed by SNCF and SNCB respectively.",
        "Gare du Nord and Antwerpen-Centraal are each managed by SNCF and SNCB respectively.",
        "Both Gare du Nord and Antwerpen-Centraal are managed by SNCF and SNCB respectively.",
        "Gare du Nord and Antwerpen-Centraal are stations; both are managed by SNCF and SNCB respectively.",
        "Gare du Nord and Antwerpen-Centraal are stations; both stations are managed by SNCF and SNCB respectively.",
        "SNCF manages Gare du Nord and Gare de Lyon, both of which were designed by Jacques Ignace Hittorff and Marius Toudoire respectively.",
        # "as well as" adds a second subject (agreement says one, meaning says two)
        "Gare du Nord, as well as Antwerpen-Centraal, is managed by SNCF and SNCB respectively.",
        # "Like A, B and C are ..." : "like" may take A alone (then two subjects for three operators)
        # or be read as a list of three
        "Like Gare du Nord, Antwerpen-Centraal and Amsterdam Centraal are managed by SNCF, SNCB and NS respectively.",
        # the two share carriers (Eurostar and Thalys serve both Gare du Nord and Bruxelles-Midi;
        # Thalys serves Gare du Nord and Köln Hauptbahnhof): "shares a carrier" is true, the pairs
        # after it name one carrier each (garbled more than false)
        "Gare du Nord shares a carrier with Bruxelles-Midi: Eurostar and Thalys respectively.",
        "Gare du Nord shares a carrier with Köln Hauptbahnhof: Eurostar and Deutsche Bahn respectively.",
        # Bruxelles-Midi is served by Deutsche Bahn too: "like Köln" half holds
        "Like Köln Hauptbahnhof, Bruxelles-Midi is served by Deutsche Bahn and Eurostar respectively.",
        # "facility" is the checker's other noun for a studio: a production company called a
        # facility is a loose word more than a false fact
        "The facility Brandywine Productions produced Alien.",
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
        if text in OPEN:
            print(f"OPEN ({'accepted' if ok else 'rejected'}) [{key}] {text}")
        elif text in KNOWN:
            print(f"KNOWN ({'accepted' if ok else 'rejected'}) [{key}] {text}")
    print(f"controls accepted {acc_c} of {k}")
    print(f"accepted {acc} of {n}")


# OPEN and KNOWN texts not in TEXTS (checked and printed, never counted)
_EXTRA = [
    ("stations", "Gare du Nord and Antwerpen-Centraal are both managed by SNCF and SNCB respectively."),
    ("stations", "Gare du Nord and Antwerpen-Centraal are each managed by SNCF and SNCB respectively."),
    ("stations", "Both Gare du Nord and Antwerpen-Centraal are managed by SNCF and SNCB respectively."),
    ("stations", "Gare du Nord and Antwerpen-Centraal are stations; both are managed by SNCF and SNCB respectively."),
    ("stations", "Gare du Nord and Antwerpen-Centraal are stations; both stations are managed by SNCF and SNCB respectively."),
    ("stations", "SNCF manages Gare du Nord and Gare de Lyon, both of which were designed by Jacques Ignace Hittorff and Marius Toudoire respectively."),
    ("stations", "Gare du Nord, as well as Antwerpen-Centraal, is managed by SNCF and SNCB respectively."),
    ("stations", "Like Gare du Nord, Antwerpen-Centraal and Amsterdam Centraal are managed by SNCF, SNCB and NS respectively."),
    ("stations", "Gare du Nord shares a carrier with Bruxelles-Midi: Eurostar and Thalys respectively."),
    ("stations", "Gare du Nord shares a carrier with Köln Hauptbahnhof: Eurostar and Deutsche Bahn respectively."),
    ("stations", "Like Köln Hauptbahnhof, Bruxelles-Midi is served by Deutsche Bahn and Eurostar respectively."),
    ("films", "The facility Brandywine Productions produced Alien."),
]


if __name__ == "__main__":
    main()
