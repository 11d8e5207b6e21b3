"""Red team round 129 (the readings of the round's CHANGES.diff): "is an alumnus of" / "is a graduate
of" also "studied at", "attended", "graduated from", "went to", "was educated at"; "is a member of"
and "is a region / city of" also "belongs to" ("is in", "lies in" for places); a maker's past verb
("founded", "designed", "built", "wrote", ...) also "helped (to) found / design / build"; "is made by"
also "produces" where no other relation says "produce"; "is located in" / "is based in" also "has its
(main) campus in". False texts only, plus faithful controls."""

import os
import sys

if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items, others, rels, triples, users=()):
    ents = [E(k, kind="item", type=t, label=n, attrs={"year": y}) for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n) for k, (t, n) in others.items()]
    ents += [E(k, kind="user", type="user", label=n) for k, n in users]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def schools():
    """Universities: founders, benefactors (funded, not founded), alumni, faculty (taught, not
    studied), associations, cities (and each city's state)."""
    rels = [
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("university",), range=("city",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("university",), range=("person",)),
        R("funded_by", phrase="was funded by", inverse_phrase="funded", domain=("university",), range=("person",)),
        R("has_alumnus", phrase="has as an alumnus", inverse_phrase="is an alumnus of",
          domain=("university",), range=("person",)),
        R("faculty", phrase="has on its faculty", inverse_phrase="taught at", domain=("university",), range=("person",)),
        R("member_of", phrase="is a member of", inverse_phrase="has as a member", domain=("university",),
          range=("association",)),
        R("city_of", phrase="is a city of", inverse_phrase="has as a city", domain=("city",), range=("state",)),
    ]
    items = {
        "u:cornell": ("university", "Cornell University", 1865), "u:mcgill": ("university", "McGill University", 1821),
        "u:yale": ("university", "Yale University", 1701), "u:harvard": ("university", "Harvard University", 1636),
        "u:stanford": ("university", "Stanford University", 1885),
    }
    others = {
        "c:ithaca": ("city", "Ithaca"), "c:montreal": ("city", "Montreal"), "c:newhaven": ("city", "New Haven"),
        "c:cambridge": ("city", "Cambridge"), "c:paloalto": ("city", "Palo Alto"),
        "s:ny": ("state", "New York"), "s:qc": ("state", "Quebec"), "s:ct": ("state", "Connecticut"),
        "s:ma": ("state", "Massachusetts"), "s:ca": ("state", "California"),
        "p:ezra": ("person", "Ezra Cornell"), "p:white": ("person", "Andrew Dickson White"),
        "p:james": ("person", "James McGill"), "p:leland": ("person", "Leland Stanford"),
        "p:elihu": ("person", "Elihu Yale"), "p:jharvard": ("person", "John Harvard"),
        "p:morrison": ("person", "Toni Morrison"), "p:cohen": ("person", "Leonard Cohen"),
        "p:bush": ("person", "George W. Bush"), "p:gates": ("person", "Bill Gates"),
        "p:jfk": ("person", "John F. Kennedy"), "p:page": ("person", "Larry Page"),
        "p:sagan": ("person", "Carl Sagan"), "p:nabokov": ("person", "Vladimir Nabokov"),
        "p:knuth": ("person", "Donald Knuth"),
        "a:ivy": ("association", "Ivy League"), "a:u15": ("association", "U15"),
        "a:aau": ("association", "Association of American Universities"),
    }
    T = [
        ("u:cornell", "located_in", "c:ithaca"), ("u:mcgill", "located_in", "c:montreal"),
        ("u:yale", "located_in", "c:newhaven"), ("u:harvard", "located_in", "c:cambridge"),
        ("u:stanford", "located_in", "c:paloalto"),
        ("c:ithaca", "city_of", "s:ny"), ("c:montreal", "city_of", "s:qc"), ("c:newhaven", "city_of", "s:ct"),
        ("c:cambridge", "city_of", "s:ma"), ("c:paloalto", "city_of", "s:ca"),
        ("u:cornell", "founded_by", "p:ezra"), ("u:cornell", "founded_by", "p:white"),
        ("u:mcgill", "founded_by", "p:james"), ("u:stanford", "founded_by", "p:leland"),
        ("u:yale", "funded_by", "p:elihu"), ("u:harvard", "funded_by", "p:jharvard"),
        ("u:cornell", "has_alumnus", "p:morrison"), ("u:mcgill", "has_alumnus", "p:cohen"),
        ("u:yale", "has_alumnus", "p:bush"), ("u:harvard", "has_alumnus", "p:bush"),
        ("u:harvard", "has_alumnus", "p:gates"), ("u:harvard", "has_alumnus", "p:jfk"),
        ("u:stanford", "has_alumnus", "p:page"),
        ("u:cornell", "faculty", "p:sagan"), ("u:cornell", "faculty", "p:nabokov"),
        ("u:harvard", "faculty", "p:nabokov"), ("u:stanford", "faculty", "p:knuth"),
        ("u:cornell", "member_of", "a:ivy"), ("u:yale", "member_of", "a:ivy"), ("u:harvard", "member_of", "a:ivy"),
        ("u:mcgill", "member_of", "a:u15"),
        ("u:cornell", "member_of", "a:aau"), ("u:yale", "member_of", "a:aau"), ("u:harvard", "member_of", "a:aau"),
        ("u:stanford", "member_of", "a:aau"), ("u:mcgill", "member_of", "a:aau"),
    ]
    return _build(items, others, rels, T)


def cheeses():
    """Cheeses "made by" a maker and "made in" a region; makers owned by groups; a milk's animal."""
    rels = [
        R("made_by", phrase="is made by", inverse_phrase="makes", domain=("cheese",), range=("maker",)),
        R("made_in", phrase="is made in", inverse_phrase="is the home region of", domain=("cheese",), range=("region",)),
        R("region_of", phrase="is a region of", inverse_phrase="contains", domain=("region",), range=("country",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("maker",), range=("group",)),
        R("milk_of", phrase="is made from the milk of", inverse_phrase="gives the milk for", domain=("cheese",),
          range=("animal",)),
    ]
    items = {
        "c:stilton": ("cheese", "Stilton", 1722), "c:wensleydale": ("cheese", "Wensleydale", 1150),
        "c:roquefort": ("cheese", "Roquefort", 1070), "c:comte": ("cheese", "Comté", 1200),
        "c:cheddar": ("cheese", "Cheddar", 1170),
    }
    others = {
        "m:colston": ("maker", "Colston Bassett Dairy"), "m:hawes": ("maker", "Wensleydale Creamery"),
        "m:societe": ("maker", "Société"), "m:petite": ("maker", "Fromagerie Marcel Petite"),
        "m:davidstow": ("maker", "Davidstow Creamery"),
        "g:lactalis": ("group", "Lactalis"), "g:saputo": ("group", "Saputo"),
        "r:notts": ("region", "Nottinghamshire"), "r:yorks": ("region", "North Yorkshire"),
        "r:aveyron": ("region", "Aveyron"), "r:jura": ("region", "Jura"), "r:cornwall": ("region", "Cornwall"),
        "k:england": ("country", "England"), "k:france": ("country", "France"), "k:scotland": ("country", "Scotland"),
        "n:cow": ("animal", "cow"), "n:sheep": ("animal", "sheep"), "n:goat": ("animal", "goat"),
    }
    T = [
        ("c:stilton", "made_by", "m:colston"), ("c:wensleydale", "made_by", "m:hawes"),
        ("c:roquefort", "made_by", "m:societe"), ("c:comte", "made_by", "m:petite"),
        ("c:cheddar", "made_by", "m:davidstow"),
        ("c:stilton", "made_in", "r:notts"), ("c:wensleydale", "made_in", "r:yorks"),
        ("c:roquefort", "made_in", "r:aveyron"), ("c:comte", "made_in", "r:jura"), ("c:cheddar", "made_in", "r:cornwall"),
        ("r:notts", "region_of", "k:england"), ("r:yorks", "region_of", "k:england"),
        ("r:cornwall", "region_of", "k:england"), ("r:aveyron", "region_of", "k:france"),
        ("r:jura", "region_of", "k:france"),
        ("m:societe", "owned_by", "g:lactalis"), ("m:davidstow", "owned_by", "g:saputo"),
        ("c:stilton", "milk_of", "n:cow"), ("c:wensleydale", "milk_of", "n:cow"), ("c:roquefort", "milk_of", "n:sheep"),
        ("c:comte", "milk_of", "n:cow"), ("c:cheddar", "milk_of", "n:cow"),
    ]
    return _build(items, others, rels, T)


def cheeses2():
    """The same cheeses, where "produce" is the region's verb: "Nottinghamshire produces Stilton"."""
    rels = [
        R("made_by", phrase="is made by", inverse_phrase="makes", domain=("cheese",), range=("maker",)),
        R("produced_in", phrase="is produced in", inverse_phrase="produces", domain=("cheese",), range=("region",)),
    ]
    items = {"c:stilton": ("cheese", "Stilton", 1722), "c:wensleydale": ("cheese", "Wensleydale", 1150),
             "c:roquefort": ("cheese", "Roquefort", 1070)}
    others = {"m:colston": ("maker", "Colston Bassett Dairy"), "m:hawes": ("maker", "Wensleydale Creamery"),
              "m:societe": ("maker", "Société"),
              "r:notts": ("region", "Nottinghamshire"), "r:yorks": ("region", "North Yorkshire"),
              "r:aveyron": ("region", "Aveyron")}
    T = [("c:stilton", "made_by", "m:colston"), ("c:wensleydale", "made_by", "m:hawes"),
         ("c:roquefort", "made_by", "m:societe"),
         ("c:stilton", "produced_in", "r:notts"), ("c:wensleydale", "produced_in", "r:yorks"),
         ("c:roquefort", "produced_in", "r:aveyron")]
    return _build(items, others, rels, T)


def films():
    """Films "made by" a studio and "produced by" a person: "produce" is the producer's verb."""
    rels = [
        R("made_by", phrase="is made by", inverse_phrase="makes", domain=("film",), range=("studio",)),
        R("produced_by", phrase="was produced by", inverse_phrase="produced", domain=("film",), range=("person",)),
        R("directed_by", phrase="was directed by", inverse_phrase="directed", domain=("film",), range=("person",)),
    ]
    items = {"f:toy": ("film", "Toy Story", 1995), "f:up": ("film", "Up", 2009),
             "f:spirited": ("film", "Spirited Away", 2001), "f:totoro": ("film", "My Neighbor Totoro", 1988)}
    others = {"s:pixar": ("studio", "Pixar"), "s:ghibli": ("studio", "Studio Ghibli"),
              "p:arnold": ("person", "Bonnie Arnold"), "p:rivera": ("person", "Jonas Rivera"),
              "p:suzuki": ("person", "Toshio Suzuki"), "p:hara": ("person", "Toru Hara"),
              "p:lasseter": ("person", "John Lasseter"), "p:docter": ("person", "Pete Docter"),
              "p:miyazaki": ("person", "Hayao Miyazaki")}
    T = [("f:toy", "made_by", "s:pixar"), ("f:up", "made_by", "s:pixar"), ("f:spirited", "made_by", "s:ghibli"),
         ("f:totoro", "made_by", "s:ghibli"),
         ("f:toy", "produced_by", "p:arnold"), ("f:up", "produced_by", "p:rivera"),
         ("f:spirited", "produced_by", "p:suzuki"), ("f:totoro", "produced_by", "p:hara"),
         ("f:toy", "directed_by", "p:lasseter"), ("f:up", "directed_by", "p:docter"),
         ("f:spirited", "directed_by", "p:miyazaki"), ("f:totoro", "directed_by", "p:miyazaki")]
    return _build(items, others, rels, T)


def farms():
    """Tractors "made by" a company; farms that "produce" a crop (another sense of "produce")."""
    rels = [
        R("made_by", phrase="is made by", inverse_phrase="makes", domain=("tractor",), range=("company",)),
        R("produces", phrase="produces", inverse_phrase="is produced by", domain=("farm",), range=("crop",)),
        R("uses", phrase="uses", inverse_phrase="is used by", domain=("farm",), range=("tractor",)),
    ]
    items = {"t:8r": ("tractor", "John Deere 8R", 2009), "t:m7": ("tractor", "Kubota M7", 2015),
             "t:magnum": ("tractor", "Case IH Magnum", 1987)}
    others = {"c:deere": ("company", "Deere & Company"), "c:kubota": ("company", "Kubota"),
              "c:case": ("company", "Case IH"),
              "f:hill": ("farm", "Hill Farm"), "f:brook": ("farm", "Brook Farm"),
              "g:wheat": ("crop", "wheat"), "g:barley": ("crop", "barley")}
    T = [("t:8r", "made_by", "c:deere"), ("t:m7", "made_by", "c:kubota"), ("t:magnum", "made_by", "c:case"),
         ("f:hill", "produces", "g:wheat"), ("f:brook", "produces", "g:barley"),
         ("f:hill", "uses", "t:8r"), ("f:brook", "uses", "t:m7")]
    return _build(items, others, rels, T)


def clubs():
    """Football clubs: a league they are members of, an owner, players who are members of the club,
    founders, cities (each a city of a country), youth academies players are graduates of."""
    rels = [
        R("member_of", phrase="is a member of", inverse_phrase="has as a member", domain=("club",), range=("league",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("club",), range=("owner",)),
        R("squad", phrase="has as a member", inverse_phrase="is a member of", domain=("club",), range=("player",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("club",), range=("person",)),
        R("based_in", phrase="is based in", inverse_phrase="is home to", domain=("club",), range=("city",)),
        R("city_of", phrase="is a city of", inverse_phrase="has as a city", domain=("city",), range=("country",)),
        R("academy_grad", phrase="is a graduate of", inverse_phrase="has as a graduate", domain=("player",),
          range=("academy",)),
    ]
    items = {"k:mufc": ("club", "Manchester United", 1878), "k:chelsea": ("club", "Chelsea", 1905),
             "k:barca": ("club", "FC Barcelona", 1899), "k:celtic": ("club", "Celtic", 1887),
             "k:salzburg": ("club", "Red Bull Salzburg", 1933)}
    others = {"l:pl": ("league", "Premier League"), "l:laliga": ("league", "La Liga"),
              "l:spfl": ("league", "Scottish Premiership"), "l:abl": ("league", "Austrian Bundesliga"),
              "o:glazer": ("owner", "the Glazer family"), "o:abramovich": ("owner", "Roman Abramovich"),
              "o:desmond": ("owner", "Dermot Desmond"), "o:redbull": ("owner", "Red Bull GmbH"),
              "y:giggs": ("player", "Ryan Giggs"), "y:terry": ("player", "John Terry"), "y:xavi": ("player", "Xavi"),
              "y:larsson": ("player", "Henrik Larsson"), "y:haaland": ("player", "Erling Haaland"),
              "f:gamper": ("person", "Joan Gamper"), "f:mears": ("person", "Gus Mears"),
              "f:walfrid": ("person", "Brother Walfrid"),
              "c:manchester": ("city", "Manchester"), "c:london": ("city", "London"),
              "c:barcelona": ("city", "Barcelona"), "c:glasgow": ("city", "Glasgow"), "c:salzburg": ("city", "Salzburg"),
              "n:england": ("country", "England"), "n:spain": ("country", "Spain"), "n:scotland": ("country", "Scotland"),
              "n:austria": ("country", "Austria"),
              "a:masia": ("academy", "La Masia"), "a:carrington": ("academy", "the Carrington academy")}
    T = [("k:mufc", "member_of", "l:pl"), ("k:chelsea", "member_of", "l:pl"), ("k:barca", "member_of", "l:laliga"),
         ("k:celtic", "member_of", "l:spfl"), ("k:salzburg", "member_of", "l:abl"),
         ("k:mufc", "owned_by", "o:glazer"), ("k:chelsea", "owned_by", "o:abramovich"),
         ("k:celtic", "owned_by", "o:desmond"), ("k:salzburg", "owned_by", "o:redbull"),
         ("k:mufc", "squad", "y:giggs"), ("k:chelsea", "squad", "y:terry"), ("k:barca", "squad", "y:xavi"),
         ("k:celtic", "squad", "y:larsson"), ("k:salzburg", "squad", "y:haaland"),
         ("k:barca", "founded_by", "f:gamper"), ("k:chelsea", "founded_by", "f:mears"),
         ("k:celtic", "founded_by", "f:walfrid"),
         ("k:mufc", "based_in", "c:manchester"), ("k:chelsea", "based_in", "c:london"),
         ("k:barca", "based_in", "c:barcelona"), ("k:celtic", "based_in", "c:glasgow"),
         ("k:salzburg", "based_in", "c:salzburg"),
         ("c:manchester", "city_of", "n:england"), ("c:london", "city_of", "n:england"),
         ("c:barcelona", "city_of", "n:spain"), ("c:glasgow", "city_of", "n:scotland"),
         ("c:salzburg", "city_of", "n:austria"),
         ("y:xavi", "academy_grad", "a:masia"), ("y:giggs", "academy_grad", "a:carrington")]
    return _build(items, others, rels, T)


def companies():
    """Tech companies: co-founders ("co-founded"), leaders (led, not founded), owners, cities, products
    "made by", software "developed by", and the universities people are alumni of (forward phrase)."""
    rels = [
        R("founded_by", phrase="was co-founded by", inverse_phrase="co-founded", domain=("company",), range=("person",)),
        R("led_by", phrase="is led by", inverse_phrase="leads", domain=("company",), range=("person",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("company",), range=("company",)),
        R("based_in", phrase="is based in", inverse_phrase="is home to", domain=("company",), range=("city",)),
        R("made_by", phrase="is made by", inverse_phrase="makes", domain=("product",), range=("company",)),
        R("developed_by", phrase="was developed by", inverse_phrase="developed", domain=("software",),
          range=("company",)),
        R("alumnus", phrase="is an alumnus of", inverse_phrase="has as an alumnus", domain=("person",),
          range=("university",)),
    ]
    items = {"c:apple": ("company", "Apple", 1976), "c:microsoft": ("company", "Microsoft", 1975),
             "c:google": ("company", "Google", 1998), "c:meta": ("company", "Meta", 2004),
             "c:instagram": ("company", "Instagram", 2010), "c:deepmind": ("company", "DeepMind", 2010),
             "c:youtube": ("company", "YouTube", 2005)}
    others = {"p:jobs": ("person", "Steve Jobs"), "p:woz": ("person", "Steve Wozniak"),
              "p:gates": ("person", "Bill Gates"), "p:allen": ("person", "Paul Allen"),
              "p:page": ("person", "Larry Page"), "p:brin": ("person", "Sergey Brin"),
              "p:zuck": ("person", "Mark Zuckerberg"), "p:systrom": ("person", "Kevin Systrom"),
              "p:krieger": ("person", "Mike Krieger"), "p:hassabis": ("person", "Demis Hassabis"),
              "p:legg": ("person", "Shane Legg"), "p:hurley": ("person", "Chad Hurley"),
              "p:chen": ("person", "Steve Chen"),
              "p:cook": ("person", "Tim Cook"), "p:nadella": ("person", "Satya Nadella"),
              "p:pichai": ("person", "Sundar Pichai"), "p:mohan": ("person", "Neal Mohan"),
              "x:cupertino": ("city", "Cupertino"), "x:redmond": ("city", "Redmond"),
              "x:mv": ("city", "Mountain View"), "x:menlo": ("city", "Menlo Park"), "x:london": ("city", "London"),
              "x:sanbruno": ("city", "San Bruno"),
              "d:iphone": ("product", "iPhone"), "d:surface": ("product", "Surface"), "d:pixel": ("product", "Pixel"),
              "d:quest": ("product", "Quest"),
              "w:windows": ("software", "Windows"), "w:android": ("software", "Android"), "w:ios": ("software", "iOS"),
              "w:alphago": ("software", "AlphaGo"), "w:react": ("software", "React"),
              "u:harvard": ("university", "Harvard University"), "u:stanford": ("university", "Stanford University"),
              "u:duke": ("university", "Duke University"), "u:cambridge": ("university", "University of Cambridge"),
              "u:reed": ("university", "Reed College"), "u:berkeley": ("university", "UC Berkeley")}
    T = [("c:apple", "founded_by", "p:jobs"), ("c:apple", "founded_by", "p:woz"),
         ("c:microsoft", "founded_by", "p:gates"), ("c:microsoft", "founded_by", "p:allen"),
         ("c:google", "founded_by", "p:page"), ("c:google", "founded_by", "p:brin"),
         ("c:meta", "founded_by", "p:zuck"), ("c:instagram", "founded_by", "p:systrom"),
         ("c:instagram", "founded_by", "p:krieger"), ("c:deepmind", "founded_by", "p:hassabis"),
         ("c:deepmind", "founded_by", "p:legg"), ("c:youtube", "founded_by", "p:hurley"),
         ("c:youtube", "founded_by", "p:chen"),
         ("c:apple", "led_by", "p:cook"), ("c:microsoft", "led_by", "p:nadella"), ("c:google", "led_by", "p:pichai"),
         ("c:meta", "led_by", "p:zuck"), ("c:deepmind", "led_by", "p:hassabis"), ("c:youtube", "led_by", "p:mohan"),
         ("c:instagram", "owned_by", "c:meta"), ("c:youtube", "owned_by", "c:google"),
         ("c:deepmind", "owned_by", "c:google"),
         ("c:apple", "based_in", "x:cupertino"), ("c:microsoft", "based_in", "x:redmond"),
         ("c:google", "based_in", "x:mv"), ("c:meta", "based_in", "x:menlo"), ("c:instagram", "based_in", "x:menlo"),
         ("c:deepmind", "based_in", "x:london"), ("c:youtube", "based_in", "x:sanbruno"),
         ("d:iphone", "made_by", "c:apple"), ("d:surface", "made_by", "c:microsoft"), ("d:pixel", "made_by", "c:google"),
         ("d:quest", "made_by", "c:meta"),
         ("w:windows", "developed_by", "c:microsoft"), ("w:android", "developed_by", "c:google"),
         ("w:ios", "developed_by", "c:apple"), ("w:alphago", "developed_by", "c:deepmind"),
         ("w:react", "developed_by", "c:meta"),
         ("p:gates", "alumnus", "u:harvard"), ("p:zuck", "alumnus", "u:harvard"), ("p:page", "alumnus", "u:stanford"),
         ("p:brin", "alumnus", "u:stanford"), ("p:systrom", "alumnus", "u:stanford"),
         ("p:pichai", "alumnus", "u:stanford"), ("p:cook", "alumnus", "u:duke"),
         ("p:hassabis", "alumnus", "u:cambridge"), ("p:jobs", "alumnus", "u:reed"), ("p:woz", "alumnus", "u:berkeley")]
    return _build(items, others, rels, T)


def nations():
    """Countries that are members of unions, regions of countries, cities of regions."""
    rels = [
        R("member_of", phrase="is a member of", inverse_phrase="has as a member", domain=("country",),
          range=("organisation",)),
        R("region_of", phrase="is a region of", inverse_phrase="contains the region", domain=("region",),
          range=("country",)),
        R("city_of", phrase="is a city of", inverse_phrase="has as a city", domain=("city",), range=("region",)),
        R("capital", phrase="has as its capital", inverse_phrase="is the capital of", domain=("country",),
          range=("city",)),
    ]
    items = {"k:fr": ("country", "France", 843), "k:de": ("country", "Germany", 1871),
             "k:no": ("country", "Norway", 872), "k:ch": ("country", "Switzerland", 1291),
             "k:es": ("country", "Spain", 1479), "k:at": ("country", "Austria", 1156)}
    others = {"o:eu": ("organisation", "European Union"), "o:nato": ("organisation", "NATO"),
              "r:bavaria": ("region", "Bavaria"), "r:brittany": ("region", "Brittany"),
              "r:catalonia": ("region", "Catalonia"), "r:tyrol": ("region", "Tyrol"),
              "r:vestland": ("region", "Vestland"), "r:valais": ("region", "Valais"),
              "c:munich": ("city", "Munich"), "c:rennes": ("city", "Rennes"), "c:bcn": ("city", "Barcelona"),
              "c:innsbruck": ("city", "Innsbruck"), "c:bergen": ("city", "Bergen"), "c:sion": ("city", "Sion"),
              "c:paris": ("city", "Paris"), "c:berlin": ("city", "Berlin"), "c:oslo": ("city", "Oslo"),
              "c:bern": ("city", "Bern"), "c:madrid": ("city", "Madrid"), "c:vienna": ("city", "Vienna")}
    T = [("k:fr", "member_of", "o:eu"), ("k:fr", "member_of", "o:nato"), ("k:de", "member_of", "o:eu"),
         ("k:de", "member_of", "o:nato"), ("k:no", "member_of", "o:nato"), ("k:es", "member_of", "o:eu"),
         ("k:es", "member_of", "o:nato"), ("k:at", "member_of", "o:eu"),
         ("r:bavaria", "region_of", "k:de"), ("r:brittany", "region_of", "k:fr"), ("r:catalonia", "region_of", "k:es"),
         ("r:tyrol", "region_of", "k:at"), ("r:vestland", "region_of", "k:no"), ("r:valais", "region_of", "k:ch"),
         ("c:munich", "city_of", "r:bavaria"), ("c:rennes", "city_of", "r:brittany"),
         ("c:bcn", "city_of", "r:catalonia"), ("c:innsbruck", "city_of", "r:tyrol"),
         ("c:bergen", "city_of", "r:vestland"), ("c:sion", "city_of", "r:valais"),
         ("k:fr", "capital", "c:paris"), ("k:de", "capital", "c:berlin"), ("k:no", "capital", "c:oslo"),
         ("k:ch", "capital", "c:bern"), ("k:es", "capital", "c:madrid"), ("k:at", "capital", "c:vienna")]
    return _build(items, others, rels, T)


def voyagers():
    """Explorers: the university each is an alumnus of (forward phrase), places they visited (a
    trip: "went to" in another sense), where they were born."""
    rels = [
        R("alumnus", phrase="is an alumnus of", inverse_phrase="has as an alumnus", domain=("explorer",),
          range=("university",)),
        R("visited", phrase="visited", inverse_phrase="was visited by", domain=("explorer",), range=("place",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("explorer",), range=("town",)),
    ]
    items = {"e:darwin": ("explorer", "Charles Darwin", 1809), "e:cook": ("explorer", "James Cook", 1728),
             "e:banks": ("explorer", "Joseph Banks", 1743), "e:humboldt": ("explorer", "Alexander von Humboldt", 1769),
             "e:shackleton": ("explorer", "Ernest Shackleton", 1874)}
    others = {"u:cambridge": ("university", "University of Cambridge"), "u:oxford": ("university", "University of Oxford"),
              "u:gottingen": ("university", "University of Gottingen"),
              "x:galapagos": ("place", "Galapagos Islands"), "x:tahiti": ("place", "Tahiti"),
              "x:hawaii": ("place", "Hawaii"), "x:antarctica": ("place", "Antarctica"),
              "x:venezuela": ("place", "Venezuela"),
              "t:shrewsbury": ("town", "Shrewsbury"), "t:marton": ("town", "Marton"), "t:london": ("town", "London"),
              "t:berlin": ("town", "Berlin"), "t:kilkea": ("town", "Kilkea")}
    T = [("e:darwin", "alumnus", "u:cambridge"), ("e:banks", "alumnus", "u:oxford"),
         ("e:humboldt", "alumnus", "u:gottingen"),
         ("e:darwin", "visited", "x:galapagos"), ("e:cook", "visited", "x:tahiti"), ("e:cook", "visited", "x:hawaii"),
         ("e:banks", "visited", "x:tahiti"), ("e:humboldt", "visited", "x:venezuela"),
         ("e:shackleton", "visited", "x:antarctica"),
         ("e:darwin", "born_in", "t:shrewsbury"), ("e:cook", "born_in", "t:marton"), ("e:banks", "born_in", "t:london"),
         ("e:humboldt", "born_in", "t:berlin"), ("e:shackleton", "born_in", "t:kilkea")]
    return _build(items, others, rels, T)


def alumni():
    """"Is an alumnus of" a firm or a show (former staff, former cast): not a school."""
    rels = [
        R("alumnus", phrase="is an alumnus of", inverse_phrase="has as an alumnus", domain=("person",),
          range=("firm", "show")),
        R("based_in", phrase="is based in", inverse_phrase="is home to", domain=("firm", "show"), range=("city",)),
    ]
    items = {"f:mck": ("firm", "McKinsey & Company", 1926), "f:gs": ("firm", "Goldman Sachs", 1869),
             "s:snl": ("show", "Saturday Night Live", 1975)}
    others = {"p:sandberg": ("person", "Sheryl Sandberg"), "p:gorman": ("person", "James Gorman"),
              "p:mnuchin": ("person", "Steven Mnuchin"), "p:carney": ("person", "Mark Carney"),
              "p:murray": ("person", "Bill Murray"), "p:fey": ("person", "Tina Fey"),
              "c:nyc": ("city", "New York City")}
    T = [("p:sandberg", "alumnus", "f:mck"), ("p:gorman", "alumnus", "f:mck"), ("p:mnuchin", "alumnus", "f:gs"),
         ("p:carney", "alumnus", "f:gs"), ("p:murray", "alumnus", "s:snl"), ("p:fey", "alumnus", "s:snl"),
         ("f:mck", "based_in", "c:nyc"), ("f:gs", "based_in", "c:nyc"), ("s:snl", "based_in", "c:nyc")]
    return _build(items, others, rels, T)


def works():
    """Makers' verbs: bridges designed / built, books written / edited, comics created / drawn, games
    developed / published, ships built / owned, institutes established / funded."""
    rels = [
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("bridge",), range=("person",)),
        R("built_by", phrase="was built by", inverse_phrase="built", domain=("bridge", "ship"), range=("company",)),
        R("owned_by", phrase="was owned by", inverse_phrase="owned", domain=("ship",), range=("company",)),
        R("written_by", phrase="was written by", inverse_phrase="wrote", domain=("book",), range=("person",)),
        R("edited_by", phrase="was edited by", inverse_phrase="edited", domain=("book",), range=("person",)),
        R("created_by", phrase="was created by", inverse_phrase="created", domain=("comic",), range=("person",)),
        R("drawn_by", phrase="was drawn by", inverse_phrase="drew", domain=("comic",), range=("person",)),
        R("developed_by", phrase="was developed by", inverse_phrase="developed", domain=("game",), range=("company",)),
        R("published_by", phrase="was published by", inverse_phrase="published", domain=("game",), range=("company",)),
        R("established_by", phrase="was established by", inverse_phrase="established", domain=("institute",),
          range=("person",)),
        R("funded_by", phrase="was funded by", inverse_phrase="funded", domain=("institute",), range=("person",)),
    ]
    items = {"b:forth": ("bridge", "Forth Bridge", 1890), "b:gwb": ("bridge", "George Washington Bridge", 1931),
             "s:titanic": ("ship", "RMS Titanic", 1912), "s:olympic": ("ship", "RMS Olympic", 1911),
             "k:hobbit": ("book", "The Hobbit", 1937), "k:silm": ("book", "The Silmarillion", 1977),
             "m:spidey": ("comic", "The Amazing Spider-Man", 1963), "m:ff": ("comic", "Fantastic Four", 1961),
             "g:doom": ("game", "Doom", 1993), "g:portal": ("game", "Portal", 2007),
             "i:pasteur": ("institute", "Pasteur Institute", 1887), "i:carnegie": ("institute", "Carnegie Institution", 1902)}
    others = {"p:baker": ("person", "Benjamin Baker"), "p:fowler": ("person", "John Fowler"),
              "p:ammann": ("person", "Othmar Ammann"),
              "c:arrol": ("company", "Arrol Brothers"), "c:amb": ("company", "American Bridge Company"),
              "c:hw": ("company", "Harland and Wolff"), "c:wsl": ("company", "White Star Line"),
              "p:tolkien": ("person", "J. R. R. Tolkien"), "p:ctolkien": ("person", "Christopher Tolkien"),
              "p:unwin": ("person", "Rayner Unwin"),
              "p:lee": ("person", "Stan Lee"), "p:ditko": ("person", "Steve Ditko"), "p:kirby": ("person", "Jack Kirby"),
              "p:romita": ("person", "John Romita"),
              "c:id": ("company", "id Software"), "c:valve": ("company", "Valve"), "c:gt": ("company", "GT Interactive"),
              "c:ea": ("company", "Electronic Arts"),
              "p:pasteur": ("person", "Louis Pasteur"), "p:acarnegie": ("person", "Andrew Carnegie"),
              "p:rothschild": ("person", "Edmond de Rothschild")}
    T = [("b:forth", "designed_by", "p:baker"), ("b:forth", "designed_by", "p:fowler"),
         ("b:gwb", "designed_by", "p:ammann"), ("b:forth", "built_by", "c:arrol"), ("b:gwb", "built_by", "c:amb"),
         ("s:titanic", "built_by", "c:hw"), ("s:olympic", "built_by", "c:hw"),
         ("s:titanic", "owned_by", "c:wsl"), ("s:olympic", "owned_by", "c:wsl"),
         ("k:hobbit", "written_by", "p:tolkien"), ("k:silm", "written_by", "p:tolkien"),
         ("k:silm", "edited_by", "p:ctolkien"),
         ("m:spidey", "created_by", "p:lee"), ("m:spidey", "created_by", "p:ditko"), ("m:ff", "created_by", "p:lee"),
         ("m:ff", "created_by", "p:kirby"), ("m:spidey", "drawn_by", "p:romita"), ("m:ff", "drawn_by", "p:kirby"),
         ("g:doom", "developed_by", "c:id"), ("g:portal", "developed_by", "c:valve"),
         ("g:doom", "published_by", "c:gt"), ("g:portal", "published_by", "c:ea"),
         ("i:pasteur", "established_by", "p:pasteur"), ("i:carnegie", "established_by", "p:acarnegie"),
         ("i:pasteur", "funded_by", "p:rothschild")]
    return _build(items, others, rels, T)


BUILDERS = {"schools": schools, "cheeses": cheeses, "cheeses2": cheeses2, "films": films, "farms": farms,
            "clubs": clubs, "companies": companies, "nations": nations, "voyagers": voyagers, "alumni": alumni,
            "works": works, "movies": kgx.KnowledgeGraph.example}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@schools
# (1) alumni: wrong school, founders / faculty / benefactors who are not alumni, role reversal
# arguable (OPEN)
Bill Gates graduated from Harvard University.
George W. Bush graduates from Yale University.
Toni Morrison went to Ithaca.
George W. Bush went to New Haven.
Toni Morrison went to the Ivy League.
Toni Morrison studied at McGill University.
Toni Morrison went to Yale University.
Toni Morrison attended Harvard University.
Toni Morrison graduated from Stanford University.
Toni Morrison was educated at McGill University.
Toni Morrison is a graduate of Yale University.
Leonard Cohen studied at Cornell University.
Leonard Cohen went to Harvard University.
Leonard Cohen attended Yale University.
Leonard Cohen graduated from Cornell University.
Leonard Cohen was educated at Stanford University.
Leonard Cohen is a graduate of Harvard University.
George W. Bush studied at Cornell University.
George W. Bush went to McGill University.
George W. Bush graduated from Stanford University.
Bill Gates studied at Yale University.
Bill Gates went to Stanford University.
John F. Kennedy attended Yale University.
John F. Kennedy was educated at Cornell University.
Larry Page studied at Harvard University.
Larry Page went to Cornell University.
Larry Page is a graduate of Yale University.
Ezra Cornell studied at Cornell University.
Ezra Cornell went to Cornell University.
Ezra Cornell attended Cornell University.
Ezra Cornell graduated from Cornell University.
Ezra Cornell was a graduate of Cornell University.
Andrew Dickson White studied at Cornell University.
James McGill attended McGill University.
James McGill was educated at McGill University.
Leland Stanford graduated from Stanford University.
Leland Stanford went to Stanford University.
Elihu Yale studied at Yale University.
Elihu Yale went to Yale University.
John Harvard studied at Harvard University.
John Harvard graduated from Harvard University.
John Harvard is a graduate of Harvard University.
Carl Sagan studied at Cornell University.
Carl Sagan graduated from Cornell University.
Carl Sagan went to Cornell University.
Carl Sagan was educated at Cornell University.
Vladimir Nabokov studied at Harvard University.
Vladimir Nabokov attended Cornell University.
Vladimir Nabokov graduated from Cornell University.
Donald Knuth studied at Stanford University.
Donald Knuth went to Stanford University.
Donald Knuth is a graduate of Stanford University.
Cornell University studied at Toni Morrison.
Cornell University went to Toni Morrison.
Cornell University attended Toni Morrison.
Cornell University graduated from Toni Morrison.
Yale University is a graduate of George W. Bush.
Harvard University was educated at Bill Gates.
McGill University graduated from Leonard Cohen.
# short names and "Cornell" the person
Toni Morrison studied at Yale.
Leonard Cohen went to Cornell.
George W. Bush went to McGill.
Bill Gates studied at Stanford.
Larry Page went to Harvard.
Carl Sagan studied at Cornell.
# present tense: an alumnus is a former student, not a current one
Toni Morrison studies at Cornell University.
Toni Morrison attends Cornell University.
Leonard Cohen attends McGill University.
Leonard Cohen studies at McGill University.
George W. Bush attends Yale University.
Bill Gates attends Harvard University.
Larry Page studies at Stanford University.
George W. Bush and Bill Gates attend Harvard University.
Toni Morrison and Leonard Cohen study at Cornell University and McGill University.
# negation
Toni Morrison did not study at Cornell University.
Toni Morrison never went to Cornell University.
Leonard Cohen didn't attend McGill University.
Leonard Cohen never studied at McGill University.
George W. Bush did not graduate from Yale University.
George W. Bush is not a graduate of Yale University.
Bill Gates never attended Harvard University.
Larry Page was not educated at Stanford University.
Toni Morrison studied at McGill University, not Cornell University.
Leonard Cohen went to Yale University rather than McGill University.
# lists
Toni Morrison and Leonard Cohen both studied at Cornell University.
Toni Morrison and Leonard Cohen both went to McGill University.
Toni Morrison studied at Cornell University and McGill University.
Leonard Cohen went to McGill University and Yale University.
George W. Bush went to Yale University, Harvard University and Stanford University.
Bill Gates, John F. Kennedy and Larry Page all went to Harvard University.
Toni Morrison, Leonard Cohen and George W. Bush are graduates of Yale University.
George W. Bush and Larry Page are graduates of Harvard University.
Toni Morrison and Carl Sagan both studied at Cornell University.
Toni Morrison and Ezra Cornell both attended Cornell University.
Cornell University and McGill University were attended by Toni Morrison.
# the wrong year (the item's year is its founding)
Toni Morrison graduated from Cornell University in 1865.
Leonard Cohen studied at McGill University in 1821.
George W. Bush went to Yale University in 1701.
Bill Gates attended Harvard University in 1636.
# other places, places as schools, other details the graph lacks
Leonard Cohen went to Ithaca.
Toni Morrison went to Montreal.
Leonard Cohen went to New Haven.
Larry Page went to Cambridge.
Leonard Cohen went to the Ivy League.
Larry Page went to the Ivy League.
Leonard Cohen studied at an Ivy League university.
Larry Page studied at an Ivy League university.
Leonard Cohen went to a university in Ithaca.
Toni Morrison studied at a university in Montreal.
Toni Morrison went to a university founded by James McGill.
Leonard Cohen studied at the university Ezra Cornell founded.
George W. Bush went to a university in California.
Toni Morrison studied at a university in Quebec.
Toni Morrison studied law at Cornell University.
Leonard Cohen studied medicine at McGill University.
Toni Morrison studied at Cornell University under Carl Sagan.
Toni Morrison went to Cornell University with Leonard Cohen.
Leonard Cohen studied at McGill University with Toni Morrison.
Toni Morrison graduated from Cornell University with Carl Sagan.
George W. Bush studied at Yale University with Bill Gates.
Leonard Cohen was educated at McGill University with James McGill.
Toni Morrison studied at Cornell University with Ezra Cornell.
Larry Page studied at Stanford University with Donald Knuth.
Leonard Cohen graduated from McGill University with a degree in law.
Toni Morrison studied at Cornell University, which Elihu Yale founded.
Toni Morrison studied at Cornell University, which is located in Montreal.
Leonard Cohen, who studied at McGill University, founded it.
Toni Morrison is a novelist. She went to McGill University.
Leonard Cohen is a poet; he studied at Cornell University.
Toni Morrison attended the Ivy League.
Toni Morrison attended Ezra Cornell.
Toni Morrison went to Ezra Cornell.
# (3) "helped found": benefactors, faculty, alumni, wrong school, reversal, negation
James McGill helped establish Cornell University.
Ezra Cornell helped found McGill University.
Ezra Cornell helped to found Stanford University.
Andrew Dickson White helped set up McGill University.
Leland Stanford helped establish Cornell University.
Elihu Yale helped found Yale University.
Elihu Yale helped to establish Yale University.
Elihu Yale helped set up Yale University.
John Harvard helped found Harvard University.
John Harvard helped establish Harvard University.
John Harvard helps found Harvard University.
Toni Morrison helped found Cornell University.
Leonard Cohen helped establish McGill University.
Carl Sagan helped found Cornell University.
Vladimir Nabokov helped to found Cornell University.
Donald Knuth helped establish Stanford University.
Bill Gates helped found Harvard University.
Cornell University helped found Ezra Cornell.
McGill University helped establish James McGill.
Ezra Cornell did not help found Cornell University.
Ezra Cornell never helped establish Cornell University.
James McGill didn't help found McGill University.
Ezra Cornell and James McGill helped found Cornell University.
Ezra Cornell helped found Cornell University and McGill University.
Ezra Cornell and Elihu Yale helped establish Cornell University.
Ezra Cornell helped establish Cornell University in 1821.
Ezra Cornell helped found a university in Montreal.
Ezra Cornell helped found an Ivy League university in New Haven.
James McGill helped found an Ivy League university.
Ezra Cornell helped found Cornell University, where Leonard Cohen studied.
Ezra Cornell helped James McGill found McGill University.
Ezra Cornell helped found and fund Cornell University.
Ezra Cornell helped found Cornell University and taught at it.
Ezra Cornell helped found the Ivy League.
McGill University helped found the Ivy League.
Ezra Cornell helped establish Ithaca.
# (2) "belongs to" / "lies in" / "is in": associations and a city's state
McGill University belongs to the Ivy League.
Stanford University belongs to the Ivy League.
Cornell University belongs to U15.
Yale University belongs to U15.
McGill University and Stanford University both belong to the Ivy League.
Cornell University, McGill University and Yale University all belong to the Ivy League.
Cornell University does not belong to the Ivy League.
Yale University no longer belongs to the Ivy League.
The Ivy League belongs to Cornell University.
The Ivy League belongs to Yale University.
Cornell University belongs to Ezra Cornell.
Yale University belongs to Elihu Yale.
Toni Morrison belongs to Cornell University.
Leonard Cohen belongs to McGill University.
Toni Morrison belongs to the Ivy League.
Cornell University belongs to Ithaca.
Ithaca belongs to Quebec.
Montreal belongs to New York.
New Haven lies in Massachusetts.
Palo Alto lies in Connecticut.
Cambridge is in California.
Ithaca and Montreal both lie in New York.
New York belongs to Ithaca.
Quebec lies in Montreal.
Ithaca belongs to the Ivy League.
Cornell University lies in Montreal.
# (5) "has its campus in"
Cornell University has its campus in Montreal.
McGill University has its campus in Ithaca.
Yale University has its main campus in Cambridge.
Harvard University has its main campus in New Haven.
Stanford University has its campus in Ithaca.
Cornell University has its campus in Ithaca and Montreal.
Cornell University has its main campus in Ithaca and a second campus in New Haven.
Cornell University and McGill University have their campuses in Ithaca.
Cornell University and Yale University have their campus in New Haven.
Ithaca has its campus in Cornell University.
Montreal has its main campus in McGill University.
Cornell University does not have its campus in Ithaca.
Cornell University had its campus in Montreal.
Cornell University has its campus in Quebec.
McGill University has its main campus in New York.
Cornell University, which has its campus in Ithaca, was founded by James McGill.
McGill University has its campus in Montreal and belongs to the Ivy League.
Toni Morrison has her campus in Ithaca.
Cornell University has its campus in the Ivy League.
@cheeses
# (4) "produces": wrong maker, reversal, regions, animals, groups, details
# arguable (OPEN)
England produces Stilton.
Roquefort belongs to Lactalis.
Stilton belongs to Colston Bassett Dairy.
Colston Bassett Dairy produces Wensleydale.
Wensleydale Creamery produces Stilton.
Société produces Comté.
Fromagerie Marcel Petite produces Roquefort.
Davidstow Creamery produces Stilton.
Colston Bassett Dairy produced Cheddar.
Wensleydale Creamery produced Roquefort.
Stilton produces Colston Bassett Dairy.
Roquefort produces Société.
Stilton is produced by Wensleydale Creamery.
Roquefort is produced by Fromagerie Marcel Petite.
Colston Bassett Dairy produces Stilton and Wensleydale.
Colston Bassett Dairy and Wensleydale Creamery both produce Stilton.
Colston Bassett Dairy does not produce Stilton.
Colston Bassett Dairy no longer produces Stilton.
Société never produced Roquefort.
Colston Bassett Dairy produces Stilton in North Yorkshire.
Société produces Roquefort in Jura.
Colston Bassett Dairy produces Stilton from sheep's milk.
Lactalis produces Comté.
Saputo produces Stilton.
Lactalis produces Cheddar.
Nottinghamshire produces Wensleydale.
North Yorkshire produces Stilton.
Aveyron produces Comté.
Jura produces Roquefort.
Cornwall produces Stilton.
Scotland produces Cheddar.
cow produces Roquefort.
sheep produce Stilton.
Stilton is produced in North Yorkshire.
Roquefort is produced in Jura.
Comté is produced in Aveyron.
Cheddar is produced in Scotland.
Stilton is produced in Scotland.
Colston Bassett Dairy produces a cheese from Aveyron.
Société produces a cow's milk cheese.
Colston Bassett Dairy produces a sheep's milk cheese.
Wensleydale Creamery produces a cheese made in Nottinghamshire.
Colston Bassett Dairy has produced Stilton since 1150.
# (2) "belongs to", "lies in", "is in": regions, makers, groups
Nottinghamshire belongs to France.
North Yorkshire belongs to Scotland.
Aveyron belongs to England.
Jura lies in England.
Cornwall lies in France.
Aveyron is in Scotland.
Nottinghamshire and Aveyron both belong to England.
Jura and Cornwall both lie in France.
England belongs to Nottinghamshire.
France lies in Jura.
Nottinghamshire does not belong to England.
Aveyron no longer belongs to France.
Colston Bassett Dairy lies in North Yorkshire.
Wensleydale Creamery lies in Nottinghamshire.
Société lies in England.
Société belongs to Saputo.
Davidstow Creamery belongs to Lactalis.
Colston Bassett Dairy belongs to Lactalis.
Lactalis belongs to Société.
Saputo belongs to Davidstow Creamery.
Stilton belongs to Wensleydale Creamery.
Roquefort belongs to Saputo.
Nottinghamshire belongs to Colston Bassett Dairy.
Nottinghamshire belongs to Lactalis.
Stilton lies in Jura.
Comté lies in England.
@cheeses2
# "produce" is the region's verb here
Colston Bassett Dairy produces Wensleydale.
Wensleydale Creamery produces Stilton.
Société produces Stilton.
Stilton produces Colston Bassett Dairy.
Nottinghamshire produces Wensleydale.
North Yorkshire produces Roquefort.
Aveyron produces Stilton.
Stilton produces Nottinghamshire.
Colston Bassett Dairy produces Stilton in North Yorkshire.
Stilton is produced by Wensleydale Creamery.
Stilton is produced in Aveyron.
Nottinghamshire makes Roquefort.
Colston Bassett Dairy is produced in Nottinghamshire.
@films
# "produce" is the producer's verb here
Pixar produced Spirited Away.
Studio Ghibli produced Toy Story.
Pixar produces My Neighbor Totoro.
Studio Ghibli produces Up.
Toy Story produced Pixar.
Bonnie Arnold produced Up.
Toshio Suzuki produced Toy Story.
Hayao Miyazaki produced Spirited Away.
John Lasseter produced Toy Story.
Pete Docter produced Up.
Toy Story was produced by Pixar and Jonas Rivera.
Up was produced by Studio Ghibli.
Bonnie Arnold makes Toy Story.
Pixar produced Toy Story and Spirited Away.
@farms
Kubota produces the John Deere 8R.
Deere & Company produces the Kubota M7.
Case IH produces the Kubota M7.
Hill Farm produces the John Deere 8R.
Brook Farm produces the Kubota M7.
Hill Farm produces barley.
Brook Farm produces wheat.
Kubota produces wheat.
Deere & Company produces barley.
The John Deere 8R produces wheat.
wheat produces Hill Farm.
Hill Farm makes the John Deere 8R.
Kubota makes the Case IH Magnum.
@clubs
# (2) "belongs to": a league (member), an owner (owned), a player (a member of the club), reversal
Manchester United belongs to La Liga.
Chelsea belongs to the Scottish Premiership.
FC Barcelona belongs to the Premier League.
Celtic belongs to the Premier League.
Red Bull Salzburg belongs to La Liga.
Celtic and Chelsea both belong to the Premier League.
Manchester United, Chelsea and Celtic all belong to the Premier League.
Manchester United does not belong to the Premier League.
Chelsea no longer belongs to the Premier League.
The Premier League belongs to Manchester United.
La Liga belongs to FC Barcelona.
Manchester United belongs to Roman Abramovich.
Chelsea belongs to the Glazer family.
Celtic belongs to Red Bull GmbH.
Red Bull Salzburg belongs to Dermot Desmond.
FC Barcelona belongs to Roman Abramovich.
Roman Abramovich belongs to Chelsea.
the Glazer family belongs to Manchester United.
Red Bull GmbH belongs to Red Bull Salzburg.
Roman Abramovich belongs to the Premier League.
Chelsea belongs to John Terry.
Manchester United belongs to Ryan Giggs.
FC Barcelona belongs to Xavi.
John Terry belongs to Manchester United.
Ryan Giggs belongs to Chelsea.
Xavi belongs to Celtic.
Erling Haaland belongs to FC Barcelona.
Henrik Larsson belongs to Red Bull Salzburg.
John Terry belongs to the Premier League.
Xavi belongs to La Liga.
Xavi belongs to La Masia.
Ryan Giggs and John Terry both belong to Chelsea.
John Terry does not belong to Chelsea.
Joan Gamper belongs to FC Barcelona.
Chelsea belongs to Gus Mears.
Manchester belongs to Spain.
London belongs to Scotland.
Glasgow lies in England.
Salzburg lies in Spain.
Barcelona is in Austria.
Manchester and Glasgow both belong to England.
England belongs to Manchester.
Manchester United belongs to London.
Chelsea belongs to Manchester.
Chelsea lies in Glasgow.
# (1) academies: "is a graduate of"
Xavi went to the Carrington academy.
Ryan Giggs went to La Masia.
John Terry went to La Masia.
Erling Haaland studied at La Masia.
Xavi graduated from the Carrington academy.
Ryan Giggs was educated at La Masia.
Xavi attends La Masia.
Ryan Giggs attends the Carrington academy.
La Masia went to Xavi.
La Masia graduated from Xavi.
Xavi went to FC Barcelona.
Henrik Larsson went to Celtic.
Ryan Giggs studied at Manchester United.
Xavi and Ryan Giggs both went to La Masia.
Xavi did not go to La Masia.
Xavi never studied at La Masia.
Joan Gamper went to La Masia.
# (3) "helped found"
Gus Mears helped found FC Barcelona.
Joan Gamper helped found Chelsea.
Brother Walfrid helped establish Manchester United.
John Terry helped found Chelsea.
Roman Abramovich helped found Chelsea.
Dermot Desmond helped found Celtic.
Red Bull GmbH helped found Red Bull Salzburg.
Xavi helped set up FC Barcelona.
Chelsea helped found Gus Mears.
Joan Gamper did not help found FC Barcelona.
Joan Gamper helped found FC Barcelona and Celtic.
Joan Gamper and Gus Mears helped found FC Barcelona.
Joan Gamper helped found FC Barcelona in 1905.
Joan Gamper helped found a club in Madrid.
Gus Mears helped found a club in Manchester.
Joan Gamper helped found La Liga.
# (5) "has its campus in" (a club based in a city)
Chelsea has its campus in Manchester.
FC Barcelona has its main campus in Glasgow.
Manchester has its campus in Manchester United.
@companies
# (3) "helped found" from "co-founded": leaders, owners, wrong company, reversal
# arguable (OPEN)
Mark Zuckerberg graduated from Harvard University.
Steve Jobs graduated from Reed College.
Tim Cook helped found Apple.
Satya Nadella helped found Microsoft.
Sundar Pichai helped found Google.
Neal Mohan helped found YouTube.
Steve Jobs helped found Microsoft.
Bill Gates helped found Apple.
Paul Allen helped establish Google.
Larry Page helped found YouTube.
Sergey Brin helped found DeepMind.
Mark Zuckerberg helped found Instagram.
Kevin Systrom helped found Meta.
Demis Hassabis helped set up Google.
Steve Wozniak helped to found Microsoft.
Apple helped found Steve Jobs.
Google helped found YouTube.
Google helped found DeepMind.
Meta helped found Instagram.
Steve Jobs did not help found Apple.
Bill Gates never helped found Microsoft.
Steve Jobs and Bill Gates helped found Apple.
Steve Jobs helped found Apple and Microsoft.
Larry Page, Sergey Brin and Sundar Pichai helped found Google.
Steve Jobs helped found Apple in 1975.
Steve Jobs helped found a company in Redmond.
Larry Page helped found a company based in Menlo Park.
Demis Hassabis helped found a company in Mountain View.
Chad Hurley helped found YouTube in London.
Steve Jobs helped found Apple, which Bill Gates leads.
Steve Jobs helped found Apple and leads it.
Kevin Systrom helped found Instagram, which is owned by Google.
Steve Jobs helped Bill Gates found Microsoft.
Microsoft helped develop Android.
Google helped develop iOS.
Apple helped develop Windows.
Meta helped develop AlphaGo.
DeepMind helped develop Android.
Google helped to develop AlphaGo.
Android helped develop Google.
Microsoft did not help develop Windows.
Google helped develop Android and iOS.
# (4) "produces" from "makes"
Apple produces the Surface.
Microsoft produces the iPhone.
Google produces the iPhone.
Meta produces the Pixel.
Apple produced the Pixel.
the iPhone produces Apple.
Apple produces the iPhone and the Pixel.
Apple and Google both produce the iPhone.
Apple does not produce the iPhone.
Apple no longer produces the iPhone.
Instagram produces the Quest.
DeepMind produces the Pixel.
YouTube produces the Pixel.
Steve Jobs produces the iPhone.
Apple produces Windows.
Microsoft produces Android.
Apple produces the iPhone in Redmond.
# (2) "belongs to" (owned, not a member: nothing is a member here)
Instagram belongs to Google.
YouTube belongs to Meta.
DeepMind belongs to Microsoft.
Google belongs to YouTube.
Meta belongs to Instagram.
Apple belongs to Google.
Instagram belongs to Kevin Systrom.
DeepMind belongs to Demis Hassabis.
Apple belongs to Tim Cook.
Tim Cook belongs to Apple.
# (5) "has its campus in" from "is based in"
Apple has its campus in Redmond.
Microsoft has its campus in Cupertino.
Google has its main campus in Menlo Park.
Meta has its campus in Mountain View.
DeepMind has its main campus in Mountain View.
YouTube has its campus in London.
Apple has its campus in Cupertino and Redmond.
Apple and Microsoft have their campuses in Cupertino.
Cupertino has its campus in Apple.
Apple does not have its campus in Cupertino.
Apple, which has its campus in Cupertino, was co-founded by Bill Gates.
# (1) "is an alumnus of" (forward)
Bill Gates studied at Stanford University.
Mark Zuckerberg went to Stanford University.
Larry Page studied at Harvard University.
Sergey Brin attended Harvard University.
Tim Cook graduated from Stanford University.
Sundar Pichai was educated at Duke University.
Demis Hassabis went to Duke University.
Steve Jobs attended UC Berkeley.
Steve Wozniak went to Reed College.
Satya Nadella studied at Stanford University.
Paul Allen studied at Harvard University.
Harvard University studied at Bill Gates.
Stanford University went to Larry Page.
Larry Page and Bill Gates both studied at Stanford University.
Steve Jobs and Steve Wozniak both went to Reed College.
Larry Page never went to Stanford University.
Larry Page attends Stanford University.
Sundar Pichai studies at Stanford University.
Larry Page and Sergey Brin went to Stanford University and Harvard University.
Bill Gates went to Microsoft.
Larry Page went to a university in London.
Demis Hassabis studied at a university in Cupertino.
Tim Cook went to Apple University.
Bill Gates studied at Harvard University with Mark Zuckerberg.
Steve Jobs went to Reed College with Bill Gates.
@nations
# (2) "is a member of" / "is a region of" / "is a city of": "belongs to", "lies in", "is in"
Norway belongs to the European Union.
Switzerland belongs to the European Union.
Switzerland belongs to NATO.
Austria belongs to NATO.
Norway and France both belong to the European Union.
Austria and Germany both belong to NATO.
Norway belongs to the European Union and NATO.
Spain belongs to NATO but not the European Union.
Germany belongs to NATO but not the European Union.
France does not belong to NATO.
Germany no longer belongs to the European Union.
The European Union belongs to France.
NATO belongs to Norway.
Norway lies in the European Union.
Switzerland is in NATO.
Switzerland is in the European Union.
Bavaria belongs to France.
Brittany belongs to Germany.
Catalonia belongs to France.
Tyrol belongs to Switzerland.
Vestland belongs to Austria.
Valais belongs to Norway.
Bavaria lies in Austria.
Tyrol lies in Germany.
Brittany is in Spain.
Valais is in France.
Catalonia and Brittany both belong to Spain.
Germany belongs to Bavaria.
France lies in Brittany.
Spain is in Catalonia.
Bavaria does not belong to Germany.
Bavaria belongs to NATO and Germany.
Munich belongs to Brittany.
Rennes belongs to Bavaria.
Bergen lies in Valais.
Innsbruck lies in Bavaria.
Sion is in Tyrol.
Barcelona is in Brittany.
Munich lies in France.
Innsbruck is in Switzerland.
Bergen belongs to Spain.
Munich and Innsbruck both lie in Bavaria.
Bavaria belongs to Munich.
Catalonia lies in Barcelona.
Paris belongs to Bavaria.
Paris lies in Germany.
Berlin belongs to France.
Oslo lies in Brittany.
Bern belongs to the European Union.
Munich belongs to the European Union and NATO, and lies in Austria.
Bavaria belongs to the European Union.
Valais belongs to the European Union.
Vestland belongs to the European Union.
@voyagers
# (1) "went to" for trips; alumni (forward phrase)
# arguable (OPEN)
Charles Darwin studied at the Galapagos Islands.
Charles Darwin went to the University of Oxford.
Charles Darwin studied at the University of Gottingen.
James Cook went to the University of Cambridge.
James Cook studied at the University of Oxford.
Ernest Shackleton attended the University of Cambridge.
Ernest Shackleton graduated from the University of Oxford.
Joseph Banks went to the University of Cambridge.
Alexander von Humboldt was educated at the University of Oxford.
Charles Darwin went to Hawaii.
Charles Darwin went to Antarctica.
James Cook went to the Galapagos Islands.
Ernest Shackleton went to Tahiti.
Alexander von Humboldt went to Antarctica.
Joseph Banks went to Venezuela.
Charles Darwin studied at Tahiti.
James Cook graduated from Tahiti.
Joseph Banks attended Tahiti.
Ernest Shackleton was educated at Antarctica.
Alexander von Humboldt is a graduate of Venezuela.
James Cook studied at Marton.
Charles Darwin went to the University of Cambridge and Tahiti.
Charles Darwin and James Cook both went to the University of Cambridge.
Charles Darwin and Joseph Banks both went to the Galapagos Islands.
Charles Darwin never went to the University of Cambridge.
Charles Darwin attends the University of Cambridge.
Joseph Banks studies at the University of Oxford.
the University of Cambridge went to Charles Darwin.
Tahiti went to James Cook.
Joseph Banks went to the University of Oxford with James Cook.
@alumni
# (1) an alumnus of a firm or a show: former staff / cast, never students
# arguable (OPEN)
Sheryl Sandberg went to McKinsey & Company.
Bill Murray attended Saturday Night Live.
Tina Fey graduated from Saturday Night Live.
Sheryl Sandberg studied at McKinsey & Company.
Sheryl Sandberg graduated from McKinsey & Company.
Sheryl Sandberg was educated at McKinsey & Company.
Sheryl Sandberg is a graduate of McKinsey & Company.
James Gorman studied at McKinsey & Company.
James Gorman was educated at McKinsey & Company.
Steven Mnuchin studied at Goldman Sachs.
Steven Mnuchin graduated from Goldman Sachs.
Mark Carney was educated at Goldman Sachs.
Mark Carney is a graduate of Goldman Sachs.
Bill Murray studied at Saturday Night Live.
Bill Murray was educated at Saturday Night Live.
Tina Fey studied at Saturday Night Live.
Tina Fey is a graduate of Saturday Night Live.
Sheryl Sandberg studies at McKinsey & Company.
Bill Murray attends Saturday Night Live.
Sheryl Sandberg went to Goldman Sachs.
Steven Mnuchin went to McKinsey & Company.
Bill Murray went to Goldman Sachs.
Tina Fey studied at McKinsey & Company.
Sheryl Sandberg went to Saturday Night Live.
Sheryl Sandberg studied at a firm in New York City.
@works
# (3) "helped design / build / write / create / develop / establish": the other relation's agent
American Bridge Company helped design the George Washington Bridge.
Arrol Brothers helped design the Forth Bridge.
Benjamin Baker helped design the George Washington Bridge.
Othmar Ammann helped design the Forth Bridge.
John Fowler helped to design the George Washington Bridge.
Benjamin Baker helped build the Forth Bridge.
Othmar Ammann helped build the George Washington Bridge.
American Bridge Company helped build the Forth Bridge.
Arrol Brothers helped build the George Washington Bridge.
White Star Line helped build RMS Titanic.
White Star Line helped to build RMS Olympic.
Harland and Wolff helped build the Forth Bridge.
the Forth Bridge helped design Benjamin Baker.
RMS Titanic helped build Harland and Wolff.
Benjamin Baker did not help design the Forth Bridge.
Benjamin Baker and Othmar Ammann helped design the Forth Bridge.
Benjamin Baker helped design the Forth Bridge and the George Washington Bridge.
Harland and Wolff helped build RMS Titanic and the Forth Bridge.
Christopher Tolkien helped write The Silmarillion.
Christopher Tolkien helped to write The Hobbit.
Rayner Unwin helped write The Hobbit.
J. R. R. Tolkien helped edit The Silmarillion.
J. R. R. Tolkien helped write The Amazing Spider-Man.
The Hobbit helped write J. R. R. Tolkien.
J. R. R. Tolkien did not help write The Hobbit.
J. R. R. Tolkien and Christopher Tolkien helped write The Hobbit.
Jack Kirby helped create The Amazing Spider-Man.
John Romita helped create The Amazing Spider-Man.
Steve Ditko helped create Fantastic Four.
John Romita helped to create Fantastic Four.
Stan Lee helped draw The Amazing Spider-Man.
Stan Lee and Jack Kirby helped create The Amazing Spider-Man.
Steve Ditko helped create The Amazing Spider-Man and Fantastic Four.
Steve Ditko never helped create The Amazing Spider-Man.
The Amazing Spider-Man helped create Stan Lee.
GT Interactive helped develop Doom.
Electronic Arts helped develop Portal.
Valve helped develop Doom.
id Software helped to develop Portal.
id Software helped develop Doom and Portal.
id Software did not help develop Doom.
Doom helped develop id Software.
Edmond de Rothschild helped establish the Pasteur Institute.
Edmond de Rothschild helped found the Pasteur Institute.
Edmond de Rothschild helped set up the Pasteur Institute.
Andrew Carnegie helped establish the Pasteur Institute.
Louis Pasteur helped found the Carnegie Institution.
Louis Pasteur helped establish the Carnegie Institution.
the Pasteur Institute helped establish Louis Pasteur.
Louis Pasteur did not help establish the Pasteur Institute.
Louis Pasteur and Andrew Carnegie helped establish the Pasteur Institute.
Louis Pasteur helped establish the Pasteur Institute in 1902.
"""

CONTROLS = r"""
@schools
Toni Morrison studied at Cornell University.
Leonard Cohen went to McGill University.
George W. Bush is a graduate of Yale University.
George W. Bush went to Harvard University.
Bill Gates attended Harvard University.
Larry Page was educated at Stanford University.
Ezra Cornell helped establish Cornell University.
Andrew Dickson White helped found Cornell University.
Leland Stanford helped to found Stanford University.
Cornell University and Yale University both belong to the Ivy League.
McGill University belongs to U15.
Ithaca belongs to New York.
Montreal lies in Quebec.
McGill University has its campus in Montreal.
Yale University has its main campus in New Haven.
@cheeses
Colston Bassett Dairy produces Stilton.
Société belongs to Lactalis.
Société produces Roquefort.
Nottinghamshire belongs to England.
Aveyron lies in France.
Jura is in France.
@cheeses2
Nottinghamshire produces Stilton.
@films
Pixar makes Toy Story.
Bonnie Arnold produced Toy Story.
@farms
Hill Farm produces wheat.
Kubota makes the Kubota M7.
@clubs
Manchester United belongs to the Premier League.
John Terry is a member of Chelsea.
Xavi went to La Masia.
Joan Gamper helped found FC Barcelona.
Glasgow lies in Scotland.
@companies
Steve Jobs helped found Apple.
Microsoft helped develop Windows.
Apple produces the iPhone.
Apple has its campus in Cupertino.
Larry Page studied at Stanford University.
Tim Cook went to Duke University.
@nations
France belongs to the European Union.
Norway belongs to NATO.
Bavaria belongs to Germany.
Munich lies in Bavaria.
Rennes is in Brittany.
@voyagers
Charles Darwin went to the University of Cambridge.
Joseph Banks studied at the University of Oxford.
@alumni
Sheryl Sandberg is an alumnus of McKinsey & Company.
@works
Benjamin Baker helped design the Forth Bridge.
Harland and Wolff helped build RMS Titanic.
Steve Ditko helped create The Amazing Spider-Man.
Valve helped develop Portal.
Louis Pasteur helped establish the Pasteur Institute.
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
        # alumnus is not graduate (dropouts); "went to" a firm/show or the school's city; the historical
        # present; a region/group/owner that arguably "produces"/"owns"; a player "in" a league; a
        # designer who arguably "helped build"; a funder who arguably "helped establish"; contested credits
        'Bill Gates graduated from Harvard University.',
        'George W. Bush graduates from Yale University.',
        'Toni Morrison went to Ithaca.',
        'George W. Bush went to New Haven.',
        'Toni Morrison went to the Ivy League.',
        'England produces Stilton.',
        'Roquefort belongs to Lactalis.',
        'Stilton belongs to Colston Bassett Dairy.',
        'Mark Zuckerberg graduated from Harvard University.',
        'Steve Jobs graduated from Reed College.',
        'Sheryl Sandberg went to McKinsey & Company.',
        'Bill Murray attended Saturday Night Live.',
        'Tina Fey graduated from Saturday Night Live.',
        'Charles Darwin studied at the Galapagos Islands.',
        'Xavi belongs to La Liga.',
        'John Terry belongs to the Premier League.',
        'Xavi belongs to La Masia.',
        'Joan Gamper belongs to FC Barcelona.',
        'Xavi went to FC Barcelona.',
        'Henrik Larsson went to Celtic.',
        'Google helped to develop AlphaGo.',
        'Tim Cook belongs to Apple.',
        'Bill Gates went to Microsoft.',
        'Bavaria belongs to NATO and Germany.',
        'Bavaria belongs to the European Union.',
        'Benjamin Baker helped build the Forth Bridge.',
        'Othmar Ammann helped build the George Washington Bridge.',
        'Christopher Tolkien helped write The Silmarillion.',
        'Edmond de Rothschild helped establish the Pasteur Institute.',
        'Edmond de Rothschild helped found the Pasteur Institute.',
        'Edmond de Rothschild helped set up the Pasteur Institute.',
        'Jack Kirby helped create The Amazing Spider-Man.',
        'Stan Lee and Jack Kirby helped create The Amazing Spider-Man.',
        'Donald Knuth went to Stanford University.',
        'Carl Sagan went to Cornell University.',
        'Ezra Cornell helped found and fund Cornell University.',
        # "with" another alumnus of the same school: both studied there, not (the graph cannot say) together
        'Bill Gates studied at Harvard University with Mark Zuckerberg.',
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
