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

def series():
    items = {"s:fleabag": ("series", "Fleabag", 2016), "s:killing": ("series", "Killing Eve", 2018),
             "s:bb": ("series", "Breaking Bad", 2008), "s:bcs": ("series", "Better Call Saul", 2015),
             "s:sopranos": ("series", "The Sopranos", 1999), "s:wire": ("series", "The Wire", 2002),
             "s:mad": ("series", "Mad Men", 2007), "s:crown": ("series", "The Crown", 2016),
             "s:st": ("series", "Stranger Things", 2016), "s:succ": ("series", "Succession", 2018)}
    others = {"p:pwb": ("person", "Phoebe Waller-Bridge"), "p:gilligan": ("person", "Vince Gilligan"),
              "p:gould": ("person", "Peter Gould"), "p:chase": ("person", "David Chase"), "p:simon": ("person", "David Simon"),
              "p:weiner": ("person", "Matthew Weiner"), "p:morgan": ("person", "Peter Morgan"),
              "p:duffer": ("person", "The Duffer Brothers"), "p:armstrong": ("person", "Jesse Armstrong"),
              "p:cranston": ("person", "Bryan Cranston"), "p:odenkirk": ("person", "Bob Odenkirk"),
              "p:gandolfini": ("person", "James Gandolfini"), "p:hamm": ("person", "Jon Hamm"), "p:foy": ("person", "Claire Foy"),
              "p:oh": ("person", "Sandra Oh"), "p:comer": ("person", "Jodie Comer"), "p:olivia": ("person", "Olivia Colman"),
              "p:levy": ("person", "Shawn Levy"), "p:mckay": ("person", "Adam McKay"), "p:williams": ("person", "Harry Williams"),
              "n:bbc": ("network", "BBC Three"), "n:amc": ("network", "AMC"), "n:hbo": ("network", "HBO"),
              "n:netflix": ("network", "Netflix"), "n:bbca": ("network", "BBC America"),
              "c:two": ("company", "Two Brothers Pictures"), "c:sony": ("company", "Sony Pictures Television"),
              "c:left": ("company", "Left Bank Pictures"), "c:21": ("company", "21 Laps Entertainment")}
    rels = [R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("series",)),
            R("created_by", phrase="was created by", inverse_phrase="created", domain=("series",), range=("person",)),
            R("starring", phrase="stars", inverse_phrase="stars in", domain=("series",), range=("person",)),
            R("exec_by", phrase="is executive produced by", inverse_phrase="executive produced", domain=("series",), range=("person",)),
            R("network", phrase="is part of the network", inverse_phrase="airs", domain=("series",), range=("network",)),
            R("produced_by", phrase="is produced by", inverse_phrase="produced", domain=("series",), range=("company",))]
    t = [("s:fleabag", "created_by", "p:pwb"), ("s:killing", "created_by", "p:pwb"), ("s:bb", "created_by", "p:gilligan"),
         ("s:bcs", "created_by", "p:gilligan"), ("s:bcs", "created_by", "p:gould"), ("s:sopranos", "created_by", "p:chase"),
         ("s:wire", "created_by", "p:simon"), ("s:mad", "created_by", "p:weiner"), ("s:crown", "created_by", "p:morgan"),
         ("s:st", "created_by", "p:duffer"), ("s:succ", "created_by", "p:armstrong"),
         ("s:fleabag", "starring", "p:pwb"), ("s:fleabag", "starring", "p:olivia"), ("s:killing", "starring", "p:oh"),
         ("s:killing", "starring", "p:comer"), ("s:bb", "starring", "p:cranston"), ("s:bcs", "starring", "p:odenkirk"),
         ("s:sopranos", "starring", "p:gandolfini"), ("s:mad", "starring", "p:hamm"), ("s:crown", "starring", "p:foy"),
         ("s:crown", "starring", "p:olivia"), ("s:bb", "starring", "p:odenkirk"),
         ("s:fleabag", "exec_by", "p:williams"), ("s:st", "exec_by", "p:levy"), ("s:succ", "exec_by", "p:mckay"),
         ("s:bb", "exec_by", "p:gilligan"),
         ("s:fleabag", "network", "n:bbc"), ("s:killing", "network", "n:bbca"), ("s:bb", "network", "n:amc"),
         ("s:bcs", "network", "n:amc"), ("s:mad", "network", "n:amc"), ("s:sopranos", "network", "n:hbo"),
         ("s:wire", "network", "n:hbo"), ("s:succ", "network", "n:hbo"), ("s:crown", "network", "n:netflix"),
         ("s:st", "network", "n:netflix"),
         ("s:fleabag", "produced_by", "c:two"), ("s:bb", "produced_by", "c:sony"), ("s:bcs", "produced_by", "c:sony"),
         ("s:crown", "produced_by", "c:left"), ("s:st", "produced_by", "c:21"), ("s:killing", "produced_by", "c:sony"),
         ("u:a", "rated", "s:fleabag", {"rating": 5.0}), ("u:a", "rated", "s:bb", {"rating": 1.5}),
         ("u:a", "rated", "s:crown", {"rating": 2.0}), ("u:a", "rated", "s:wire", {"rating": 4.5})]
    return _build(items, others, rels, t, _u("u:a"))

def inventions():
    items = {"i:phone": ("invention", "telephone", 1876), "i:bulb": ("invention", "light bulb", 1879),
             "i:www": ("invention", "World Wide Web", 1989), "i:iphone": ("product", "iPhone", 2007),
             "i:mac": ("product", "Macintosh", 1984), "i:walkman": ("product", "Walkman", 1979),
             "i:dyson": ("product", "DC01", 1993), "i:phono": ("invention", "phonograph", 1877),
             "i:model_t": ("product", "Model T", 1908), "i:gameboy": ("product", "Game Boy", 1989)}
    others = {"p:bell": ("person", "Alexander Graham Bell"), "p:edison": ("person", "Thomas Edison"),
              "p:tbl": ("person", "Tim Berners-Lee"), "p:ive": ("person", "Jony Ive"), "p:raskin": ("person", "Jef Raskin"),
              "p:ibuka": ("person", "Masaru Ibuka"), "p:dyson": ("person", "James Dyson"), "p:ford": ("person", "Henry Ford"),
              "p:yokoi": ("person", "Gunpei Yokoi"), "p:jobs": ("person", "Steve Jobs"), "p:kare": ("person", "Susan Kare"),
              "p:watson": ("person", "Thomas Watson"),
              "m:foxconn": ("company", "Foxconn"), "m:apple": ("company", "Apple"), "m:sony": ("company", "Sony"),
              "m:ford": ("company", "Ford Motor Company"), "m:nintendo": ("company", "Nintendo"),
              "m:bellco": ("company", "Bell Telephone Company"), "m:ge": ("company", "General Electric"),
              "m:dyson": ("company", "Dyson Ltd"), "o:cern": ("organization", "CERN")}
    rels = [R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("invention", "product")),
            R("invented_by", phrase="was invented by", inverse_phrase="invented", domain=("invention",), range=("person",)),
            R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("product",), range=("person",)),
            R("manufactured_by", phrase="was manufactured by", inverse_phrase="manufactured",
              domain=("invention", "product"), range=("company",)),
            R("developed_at", phrase="was developed at", inverse_phrase="is where was developed",
              domain=("invention",), range=("organization",))]
    t = [("i:phone", "invented_by", "p:bell"), ("i:bulb", "invented_by", "p:edison"), ("i:phono", "invented_by", "p:edison"),
         ("i:www", "invented_by", "p:tbl"), ("i:iphone", "designed_by", "p:ive"), ("i:mac", "designed_by", "p:raskin"),
         ("i:mac", "designed_by", "p:kare"), ("i:walkman", "designed_by", "p:ibuka"), ("i:dyson", "designed_by", "p:dyson"),
         ("i:model_t", "designed_by", "p:ford"), ("i:gameboy", "designed_by", "p:yokoi"),
         ("i:iphone", "manufactured_by", "m:foxconn"), ("i:mac", "manufactured_by", "m:apple"),
         ("i:walkman", "manufactured_by", "m:sony"), ("i:model_t", "manufactured_by", "m:ford"),
         ("i:gameboy", "manufactured_by", "m:nintendo"), ("i:phone", "manufactured_by", "m:bellco"),
         ("i:bulb", "manufactured_by", "m:ge"), ("i:dyson", "manufactured_by", "m:dyson"),
         ("i:www", "developed_at", "o:cern"),
         ("u:a", "rated", "i:iphone", {"rating": 1.0}), ("u:a", "rated", "i:walkman", {"rating": 5.0}),
         ("u:a", "rated", "i:gameboy", {"rating": 2.0})]
    return _build(items, others, rels, t, _u("u:a"))

def classical():
    items = {"w:n9": ("symphony", "Symphony No. 9", 1824), "w:rite": ("ballet", "The Rite of Spring", 1913),
             "w:swan": ("ballet", "Swan Lake", 1877), "w:boheme": ("opera", "La bohème", 1896),
             "w:tosca": ("opera", "Tosca", 1900), "w:figaro": ("opera", "The Marriage of Figaro", 1786),
             "w:firebird": ("ballet", "The Firebird", 1910), "w:nut": ("ballet", "The Nutcracker", 1892),
             "w:planets": ("suite", "The Planets", 1918), "w:bolero": ("ballet", "Boléro", 1928)}
    others = {"c:beethoven": ("person", "Ludwig van Beethoven"), "c:stravinsky": ("person", "Igor Stravinsky"),
              "c:tchaik": ("person", "Pyotr Ilyich Tchaikovsky"), "c:puccini": ("person", "Giacomo Puccini"),
              "c:mozart": ("person", "Wolfgang Amadeus Mozart"), "c:holst": ("person", "Gustav Holst"),
              "c:ravel": ("person", "Maurice Ravel"),
              "d:monteux": ("person", "Pierre Monteux"), "d:toscanini": ("person", "Arturo Toscanini"),
              "d:boult": ("person", "Adrian Boult"), "d:nijinsky": ("person", "Vaslav Nijinsky"),
              "d:rubinstein": ("person", "Ida Rubinstein"), "d:petipa": ("person", "Marius Petipa"),
              "d:fokine": ("person", "Michel Fokine"),
              "l:illica": ("person", "Luigi Illica"), "l:daponte": ("person", "Lorenzo Da Ponte"),
              "v:kart": ("venue", "Theater am Kärntnertor"), "v:tce": ("venue", "Théâtre des Champs-Élysées"),
              "v:bolshoi": ("venue", "Bolshoi Theatre"), "v:regio": ("venue", "Teatro Regio"),
              "v:costanzi": ("venue", "Teatro Costanzi"), "v:burg": ("venue", "Burgtheater"),
              "v:garnier": ("venue", "Palais Garnier"), "v:mariinsky": ("venue", "Mariinsky Theatre"),
              "v:qh": ("venue", "Queen's Hall")}
    W = ("symphony", "ballet", "opera", "suite")
    rels = [R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=W),
            R("composed_by", phrase="was composed by", inverse_phrase="composed", domain=W, range=("person",)),
            R("premiered_at", phrase="premiered at", inverse_phrase="hosted the premiere of", domain=W, range=("venue",)),
            R("conducted_by", phrase="was first conducted by", inverse_phrase="first conducted", domain=W, range=("person",)),
            R("choreographed_by", phrase="was choreographed by", inverse_phrase="choreographed", domain=W, range=("person",)),
            R("libretto_by", phrase="has a libretto by", inverse_phrase="wrote the libretto of", domain=W, range=("person",))]
    t = [("w:n9", "composed_by", "c:beethoven"), ("w:rite", "composed_by", "c:stravinsky"), ("w:firebird", "composed_by", "c:stravinsky"),
         ("w:swan", "composed_by", "c:tchaik"), ("w:nut", "composed_by", "c:tchaik"), ("w:boheme", "composed_by", "c:puccini"),
         ("w:tosca", "composed_by", "c:puccini"), ("w:figaro", "composed_by", "c:mozart"), ("w:planets", "composed_by", "c:holst"),
         ("w:bolero", "composed_by", "c:ravel"),
         ("w:n9", "premiered_at", "v:kart"), ("w:rite", "premiered_at", "v:tce"), ("w:swan", "premiered_at", "v:bolshoi"),
         ("w:boheme", "premiered_at", "v:regio"), ("w:tosca", "premiered_at", "v:costanzi"), ("w:figaro", "premiered_at", "v:burg"),
         ("w:firebird", "premiered_at", "v:garnier"), ("w:nut", "premiered_at", "v:mariinsky"), ("w:planets", "premiered_at", "v:qh"),
         ("w:bolero", "premiered_at", "v:garnier"),
         ("w:rite", "conducted_by", "d:monteux"), ("w:boheme", "conducted_by", "d:toscanini"), ("w:planets", "conducted_by", "d:boult"),
         ("w:rite", "choreographed_by", "d:nijinsky"), ("w:firebird", "choreographed_by", "d:fokine"),
         ("w:nut", "choreographed_by", "d:petipa"), ("w:bolero", "choreographed_by", "d:rubinstein"),
         ("w:boheme", "libretto_by", "l:illica"), ("w:tosca", "libretto_by", "l:illica"), ("w:figaro", "libretto_by", "l:daponte"),
         ("u:a", "rated", "w:n9", {"rating": 5.0}), ("u:a", "rated", "w:tosca", {"rating": 1.0}),
         ("u:a", "rated", "w:nut", {"rating": 2.0})]
    return _build(items, others, rels, t, _u("u:a"))

def buildings():
    items = {"b:frontenac": ("building", "Château Frontenac", 1893), "b:empire": ("building", "Empire State Building", 1931),
             "b:chrysler": ("building", "Chrysler Building", 1930), "b:opera": ("building", "Sydney Opera House", 1973),
             "b:guggen": ("building", "Guggenheim Bilbao", 1997), "b:fallingwater": ("building", "Fallingwater", 1939),
             "b:gherkin": ("building", "30 St Mary Axe", 2004), "b:shard": ("building", "The Shard", 2012),
             "b:burj": ("building", "Burj Khalifa", 2010), "b:eiffel": ("building", "Eiffel Tower", 1889)}
    others = {"a:price": ("person", "Bruce Price"), "a:lamb": ("person", "William F. Lamb"), "a:van": ("person", "William Van Alen"),
              "a:utzon": ("person", "Jørn Utzon"), "a:gehry": ("person", "Frank Gehry"), "a:wright": ("person", "Frank Lloyd Wright"),
              "a:foster": ("person", "Norman Foster"), "a:piano": ("person", "Renzo Piano"), "a:smith": ("person", "Adrian Smith"),
              "a:koechlin": ("person", "Maurice Koechlin"),
              "k:starrett": ("company", "Starrett Brothers and Eken"), "k:hornung": ("company", "Hornung Brothers"),
              "k:skanska": ("company", "Skanska"), "k:mace": ("company", "Mace"), "k:samsung": ("company", "Samsung C&T"),
              "k:ferrovial": ("company", "Ferrovial"), "k:eiffel": ("company", "Compagnie des Établissements Eiffel"),
              "o:cp": ("company", "Canadian Pacific Railway"), "o:kaufmann": ("person", "Edgar Kaufmann"),
              "o:emaar": ("company", "Emaar Properties"), "o:qatar": ("company", "Qatari Diar"),
              "c:quebec": ("city", "Quebec City"), "c:nyc": ("city", "New York City"), "c:sydney": ("city", "Sydney"),
              "c:bilbao": ("city", "Bilbao"), "c:london": ("city", "London"), "c:dubai": ("city", "Dubai"),
              "c:paris": ("city", "Paris"), "c:mill": ("city", "Mill Run")}
    rels = [R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("building",)),
            R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("building",), range=("person",)),
            R("built_by", phrase="was built by", inverse_phrase="built", domain=("building",), range=("company",)),
            R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("building",), range=("company", "person")),
            R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("building",), range=("city",))]
    t = [("b:frontenac", "designed_by", "a:price"), ("b:empire", "designed_by", "a:lamb"), ("b:chrysler", "designed_by", "a:van"),
         ("b:opera", "designed_by", "a:utzon"), ("b:guggen", "designed_by", "a:gehry"), ("b:fallingwater", "designed_by", "a:wright"),
         ("b:gherkin", "designed_by", "a:foster"), ("b:shard", "designed_by", "a:piano"), ("b:burj", "designed_by", "a:smith"),
         ("b:eiffel", "designed_by", "a:koechlin"),
         ("b:empire", "built_by", "k:starrett"), ("b:opera", "built_by", "k:hornung"), ("b:gherkin", "built_by", "k:skanska"),
         ("b:shard", "built_by", "k:mace"), ("b:burj", "built_by", "k:samsung"), ("b:guggen", "built_by", "k:ferrovial"),
         ("b:eiffel", "built_by", "k:eiffel"),
         ("b:frontenac", "owned_by", "o:cp"), ("b:fallingwater", "owned_by", "o:kaufmann"), ("b:burj", "owned_by", "o:emaar"),
         ("b:shard", "owned_by", "o:qatar"),
         ("b:frontenac", "located_in", "c:quebec"), ("b:empire", "located_in", "c:nyc"), ("b:chrysler", "located_in", "c:nyc"),
         ("b:opera", "located_in", "c:sydney"), ("b:guggen", "located_in", "c:bilbao"), ("b:fallingwater", "located_in", "c:mill"),
         ("b:gherkin", "located_in", "c:london"), ("b:shard", "located_in", "c:london"), ("b:burj", "located_in", "c:dubai"),
         ("b:eiffel", "located_in", "c:paris"),
         ("u:a", "rated", "b:shard", {"rating": 1.0}), ("u:a", "rated", "b:eiffel", {"rating": 5.0})]
    return _build(items, others, rels, t, _u("u:a"))

BUILDERS = {"series": series, "inventions": inventions, "classical": classical, "buildings": buildings,
            "movies": kgx.KnowledgeGraph.example}
_CACHE = {}
def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason
# "@GRAPH [user]" starts a block; every line below is FALSE on that graph.
TEXTS = r"""
@series
Fleabag is the creation of Two Brothers Pictures.
Fleabag was the work of Two Brothers Pictures.
Fleabag is the creation of BBC Three.
Fleabag was the work of BBC Three.
Fleabag is the creation of Olivia Colman.
Fleabag was the work of Olivia Colman.
Fleabag is the creation of Harry Williams.
Fleabag was the work of Harry Williams.
Fleabag is the creation of Vince Gilligan.
Fleabag was the work of Vince Gilligan.
Two Brothers Pictures is the creation of Fleabag.
Fleabag was the creation of Vince Gilligan.
Breaking Bad is the creation of AMC.
Breaking Bad was the work of AMC.
Breaking Bad is the creation of Sony Pictures Television.
Breaking Bad was the work of Sony Pictures Television.
Breaking Bad is the creation of Bryan Cranston.
Breaking Bad was the work of Bryan Cranston.
Breaking Bad is the creation of Bob Odenkirk.
Breaking Bad was the work of Bob Odenkirk.
Breaking Bad is the creation of Peter Gould.
Breaking Bad was the work of Peter Gould.
AMC is the creation of Breaking Bad.
Breaking Bad was the creation of Peter Gould.
The Crown is the creation of Netflix.
The Crown was the work of Netflix.
The Crown is the creation of Left Bank Pictures.
The Crown was the work of Left Bank Pictures.
The Crown is the creation of Claire Foy.
The Crown was the work of Claire Foy.
The Crown is the creation of Olivia Colman.
The Crown was the work of Olivia Colman.
Netflix is the creation of The Crown.
The Crown was the creation of Olivia Colman.
Stranger Things was the work of Netflix.
Stranger Things was the work of Shawn Levy.
Stranger Things was the work of 21 Laps Entertainment.
Netflix is the creation of Stranger Things.
Succession was the work of HBO.
Succession was the work of Adam McKay.
HBO is the creation of Succession.
HBO is the creation of The Sopranos.
AMC is the creation of Mad Men.
Sandra Oh is the creation of Killing Eve.
Fleabag is not the creation of Phoebe Waller-Bridge.
Fleabag was never the creation of Phoebe Waller-Bridge.
Fleabag is often called the creation of Olivia Colman.
Fleabag might be the creation of Olivia Colman.
Fleabag and The Crown are the creation of Phoebe Waller-Bridge.
Fleabag and The Crown were each the creation of Phoebe Waller-Bridge.
Fleabag, Killing Eve and The Crown are all the creation of Phoebe Waller-Bridge.
Fleabag, Killing Eve and Succession were all created by Phoebe Waller-Bridge.
The Fleabag, the Killing Eve and the Crown were all created by Phoebe Waller-Bridge.
Breaking Bad and Mad Men were each created by Vince Gilligan.
Breaking Bad and Better Call Saul were each the creation of Vince Gilligan and Peter Gould.
Breaking Bad and Better Call Saul were each developed by Vince Gilligan.
Fleabag was the creation of Phoebe Waller-Bridge and Olivia Colman alike.
Better Call Saul was the creation of Vince Gilligan and Bob Odenkirk alike.
Better Call Saul was the work of Peter Gould and Bob Odenkirk alike.
Fleabag is the creation of Phoebe Waller-Bridge and The Crown of Olivia Colman.
Fleabag was created by Phoebe Waller-Bridge and The Crown by Olivia Colman.
Breaking Bad was created by Vince Gilligan and The Sopranos by David Simon.
The Sopranos was created by David Chase and The Wire by David Chase.
Mad Men was created by Matthew Weiner, and Succession by Adam McKay.
Killing Eve, the creation of Phoebe Waller-Bridge, is part of the AMC network.
Killing Eve is the creation of Phoebe Waller-Bridge and belongs to HBO.
Killing Eve is the creation of Phoebe Waller-Bridge and is part of the BBC Three network.
Stranger Things, the creation of the Duffer Brothers, is part of the HBO network.
Fleabag is the creation of Phoebe Waller-Bridge and stars Sandra Oh.
Fleabag is the creation of Phoebe Waller-Bridge and Vince Gilligan.
Fleabag is the creation of Phoebe Waller-Bridge, and Breaking Bad the creation of David Chase.
Fleabag is the creation of Phoebe Waller-Bridge; Breaking Bad is the creation of David Chase.
Phoebe Waller-Bridge's Fleabag is the creation of Olivia Colman.
Fleabag, which is the creation of Olivia Colman, stars Phoebe Waller-Bridge.
Fleabag, the work of Olivia Colman, stars Phoebe Waller-Bridge.
The Crown is the creation of Peter Morgan and the work of Claire Foy.
The Crown is the creation of Peter Morgan, the work of Left Bank Pictures.
The Crown was both the creation and the work of Olivia Colman.
The Wire is the creation of David Simon, who also created The Sopranos.
The Wire is the creation of David Simon, as is The Sopranos.
David Chase is the creation of The Sopranos.
Vince Gilligan was the work of Breaking Bad.
Fleabag was created by Olivia Colman.
Fleabag was dreamed up by Olivia Colman.
Fleabag was dreamed up by Phoebe Waller-Bridge and Olivia Colman alike.
Stranger Things was dreamed up by Shawn Levy.
The Crown was dreamed up by Claire Foy and Peter Morgan.
The Wire was the work of HBO.
The Crown was the work of Netflix.
Succession is the creation of Jesse Armstrong and the work of HBO.
Succession is the creation of Jesse Armstrong and Adam McKay alike.
Succession arrived in 2019.
Fleabag arrived in 2015.
The Crown, the creation of Peter Morgan, arrived in 2017.
Breaking Bad arrived in 2008 and Better Call Saul in 2014.
Breaking Bad arrived on Netflix.
The Crown landed on HBO.
Fleabag, the creation of Phoebe Waller-Bridge, landed on AMC.
The Sopranos was the creation of David Chase and The Wire of David Chase too.
Mad Men and The Sopranos were the work of Matthew Weiner alike.
Mad Men and Breaking Bad are the creation of Matthew Weiner alike.
Fleabag, Killing Eve and Breaking Bad all call for Phoebe Waller-Bridge.
Fleabag and Killing Eve were each the creation of Phoebe Waller-Bridge and Sandra Oh.
Fleabag and Killing Eve were each the work of Olivia Colman.
Killing Eve was created by Phoebe Waller-Bridge and Fleabag by Sandra Oh.
Killing Eve is the creation of Phoebe Waller-Bridge and Fleabag is the creation of Sandra Oh.
Breaking Bad is the creation of Vince Gilligan. Better Call Saul is the creation of Bryan Cranston.
Breaking Bad is the creation of Vince Gilligan. It is also the creation of Bryan Cranston.
Breaking Bad is the creation of Vince Gilligan, and so is Mad Men.
Better Call Saul was created by Vince Gilligan and Peter Gould, and Breaking Bad by Peter Gould.
Better Call Saul was the creation of Vince Gilligan and Peter Gould, Breaking Bad of Peter Gould.
Better Call Saul is the creation of Bob Odenkirk, not Peter Gould.
The creation of Phoebe Waller-Bridge, Fleabag, is part of the HBO network.
The creation of Olivia Colman, Fleabag, stars Phoebe Waller-Bridge.
Fleabag is the creation of Phoebe Waller-Bridge, a BBC Three creation, and the work of Olivia Colman.
@series u:a
Breaking Bad, the creation of Vince Gilligan, might be your next watch.
Breaking Bad could be a good fit.
Vince Gilligan's Breaking Bad could be a safe bet.
The Crown, the creation of Peter Morgan, should be your next pick.
The Crown is the creation of Peter Morgan; it could be a good fit.
Fleabag is the creation of Phoebe Waller-Bridge, and The Crown could be your next watch.
Breaking Bad was created by Vince Gilligan and The Crown by Peter Morgan; both could be a good fit.
Breaking Bad and The Crown could be a good fit.
Fleabag and The Crown might be your next pick.
Breaking Bad is the work of Vince Gilligan and might be your next watch.
Since you loved Breaking Bad, Better Call Saul could be a good fit.
Since you loved The Crown, Fleabag could be a good fit.
The Wire, the creation of David Simon, might be your next pick, like The Crown.
Breaking Bad, the creation of Vince Gilligan, is your next watch.
Breaking Bad could be a solid match.
The Crown would be a logical choice.
The Crown is the creation of Peter Morgan and could be a safe bet.
Breaking Bad and Better Call Saul were each created by Vince Gilligan; Breaking Bad could be your next watch.
@buildings
The Empire State Building is the design of Starrett Brothers and Eken.
The Empire State Building was the work of Starrett Brothers and Eken.
The Empire State Building is the design of William Van Alen.
The Empire State Building was the work of William Van Alen.
The Sydney Opera House is the design of Hornung Brothers.
The Sydney Opera House was the work of Hornung Brothers.
The Sydney Opera House is the design of Frank Gehry.
The Sydney Opera House was the work of Frank Gehry.
30 St Mary Axe is the design of Skanska.
30 St Mary Axe was the work of Skanska.
30 St Mary Axe is the design of Renzo Piano.
30 St Mary Axe was the work of Renzo Piano.
The Shard is the design of Mace.
The Shard was the work of Mace.
The Shard is the design of Qatari Diar.
The Shard was the work of Qatari Diar.
The Shard is the design of Norman Foster.
The Shard was the work of Norman Foster.
Burj Khalifa is the design of Samsung C&T.
Burj Khalifa was the work of Samsung C&T.
Burj Khalifa is the design of Emaar Properties.
Burj Khalifa was the work of Emaar Properties.
The Guggenheim Bilbao is the design of Ferrovial.
The Guggenheim Bilbao was the work of Ferrovial.
Fallingwater is the design of Edgar Kaufmann.
Fallingwater was the work of Edgar Kaufmann.
The Château Frontenac is the design of Canadian Pacific Railway.
The Château Frontenac was the work of Canadian Pacific Railway.
The Eiffel Tower is the design of Compagnie des Établissements Eiffel.
The Eiffel Tower was the work of Compagnie des Établissements Eiffel.
The Chrysler Building is the design of William F. Lamb.
The Chrysler Building was the work of William F. Lamb.
Bruce Price is the design of the Château Frontenac.
Frank Lloyd Wright was the work of Fallingwater.
The Shard is the design of Renzo Piano and Mace alike.
The Shard was designed by Renzo Piano and Mace alike.
The Shard was the work of Renzo Piano and Qatari Diar alike.
The Shard and 30 St Mary Axe are each the design of Renzo Piano.
The Shard and 30 St Mary Axe were each designed by Norman Foster.
The Shard, the Gherkin and the Eiffel Tower are all the design of Renzo Piano.
The Empire State Building and the Chrysler Building were each designed by William F. Lamb.
The Empire State Building and the Chrysler Building were each the work of William Van Alen.
The Empire State Building was designed by William F. Lamb and the Chrysler Building by William F. Lamb.
The Empire State Building was the design of William F. Lamb and the Chrysler Building of William F. Lamb.
The Empire State Building was designed by William F. Lamb and the Chrysler Building by Starrett Brothers and Eken.
The Empire State Building was built by Starrett Brothers and Eken and the Chrysler Building by Starrett Brothers and Eken.
The Shard was designed by Renzo Piano and 30 St Mary Axe by Mace.
Burj Khalifa was the work of Adrian Smith and the Shard by Adrian Smith.
The Sydney Opera House is the design of Jørn Utzon and the work of Hornung Brothers.
The Eiffel Tower is not the design of Maurice Koechlin.
The Eiffel Tower is often called the design of Gustave Eiffel's firm, Compagnie des Établissements Eiffel.
The Eiffel Tower was the design of Compagnie des Établissements Eiffel.
Fallingwater was the work of Frank Lloyd Wright and Edgar Kaufmann alike.
Fallingwater is the design of Frank Lloyd Wright, up in Bilbao.
Fallingwater, up in Quebec City, is the design of Frank Lloyd Wright.
The Château Frontenac, up in Quebec City, is the design of William F. Lamb.
The Château Frontenac, up in London, was the work of Bruce Price.
The Shard, down in Paris, is the design of Renzo Piano.
The Guggenheim Bilbao, over in Paris, was the work of Frank Gehry.
The Guggenheim Bilbao, out in Bilbao, was the work of Frank Lloyd Wright.
The Guggenheim Bilbao, deep in Bilbao, was built by Skanska.
Burj Khalifa, out in Dubai, is owned by Qatari Diar.
Burj Khalifa, the design of Adrian Smith, is located in London.
Burj Khalifa, the design of Adrian Smith, opened in 2009.
Burj Khalifa opened in 2011.
The Shard arrived in 2013.
The Shard is the design of Renzo Piano and is headquartered in London.
30 St Mary Axe is the design of Norman Foster and belongs to Qatari Diar.
The Shard belongs to Emaar Properties.
Burj Khalifa is part of Qatari Diar.
Norman Foster designed the Shard.
Renzo Piano designed 30 St Mary Axe and the Shard alike.
The Shard was the design of Renzo Piano, and 30 St Mary Axe that of Renzo Piano too.
The Sydney Opera House was the design of Jørn Utzon, and the Guggenheim Bilbao of Jørn Utzon.
The Sydney Opera House was the design of Jørn Utzon and Frank Gehry.
The Sydney Opera House was the work of Jørn Utzon and Hornung Brothers.
The Chrysler Building, the design of William Van Alen, was built by Starrett Brothers and Eken.
The Chrysler Building is owned by Emaar Properties.
The Chrysler Building, the design of William Van Alen, opened in 1931.
@buildings u:a
The Shard, the design of Renzo Piano, might be your next pick.
The Shard could be a good fit.
The Shard could be a safe bet, and the Eiffel Tower too.
The Eiffel Tower and The Shard might be your next pick.
The Shard, up in London, could be a safe bet.
The Shard is the design of Renzo Piano; it should be your next pick.
Since you loved the Shard, 30 St Mary Axe could be a good fit.
@classical
The Rite of Spring is the composition of Pierre Monteux.
The Rite of Spring was the work of Pierre Monteux.
The Rite of Spring is the composition of Vaslav Nijinsky.
The Rite of Spring was the work of Vaslav Nijinsky.
The Rite of Spring is the composition of Théâtre des Champs-Élysées.
The Rite of Spring was the work of Théâtre des Champs-Élysées.
The Rite of Spring is the composition of Maurice Ravel.
The Rite of Spring was the work of Maurice Ravel.
La bohème is the composition of Arturo Toscanini.
La bohème was the work of Arturo Toscanini.
La bohème is the composition of Luigi Illica.
La bohème was the work of Luigi Illica.
La bohème is the composition of Teatro Regio.
La bohème was the work of Teatro Regio.
Tosca is the composition of Luigi Illica.
Tosca was the work of Luigi Illica.
Tosca is the composition of Teatro Costanzi.
Tosca was the work of Teatro Costanzi.
The Marriage of Figaro is the composition of Lorenzo Da Ponte.
The Marriage of Figaro was the work of Lorenzo Da Ponte.
The Marriage of Figaro is the composition of Burgtheater.
The Marriage of Figaro was the work of Burgtheater.
The Planets is the composition of Adrian Boult.
The Planets was the work of Adrian Boult.
The Planets is the composition of Queen's Hall.
The Planets was the work of Queen's Hall.
Boléro is the composition of Ida Rubinstein.
Boléro was the work of Ida Rubinstein.
Boléro is the composition of Palais Garnier.
Boléro was the work of Palais Garnier.
The Nutcracker is the composition of Marius Petipa.
The Nutcracker was the work of Marius Petipa.
The Nutcracker is the composition of Mariinsky Theatre.
The Nutcracker was the work of Mariinsky Theatre.
The Firebird is the composition of Michel Fokine.
The Firebird was the work of Michel Fokine.
The Firebird was the creation of Michel Fokine.
Symphony No. 9 is the composition of Theater am Kärntnertor.
Symphony No. 9 was the work of Theater am Kärntnertor.
Symphony No. 9 is the composition of Wolfgang Amadeus Mozart.
Symphony No. 9 was the work of Wolfgang Amadeus Mozart.
Igor Stravinsky is the composition of The Rite of Spring.
The Rite of Spring is not the composition of Igor Stravinsky.
The Rite of Spring and The Firebird are each the composition of Igor Stravinsky and Pierre Monteux.
The Rite of Spring, The Firebird and Boléro are all the composition of Igor Stravinsky.
The Rite of Spring and Boléro were each composed by Igor Stravinsky.
The Rite of Spring was composed by Igor Stravinsky and Boléro by Igor Stravinsky.
The Rite of Spring was composed by Igor Stravinsky and Boléro by Ida Rubinstein.
La bohème was composed by Giacomo Puccini and Tosca by Luigi Illica.
La bohème is the composition of Giacomo Puccini and Luigi Illica alike.
La bohème was composed by Giacomo Puccini and Arturo Toscanini alike.
Tosca is the composition of Giacomo Puccini and premiered at Teatro Regio.
Tosca, the composition of Giacomo Puccini, premiered at Teatro Regio.
The Nutcracker, the composition of Pyotr Ilyich Tchaikovsky, premiered at the Bolshoi Theatre.
Swan Lake and The Nutcracker were each the composition of Pyotr Ilyich Tchaikovsky and premiered at the Bolshoi Theatre.
Swan Lake and The Nutcracker both premiered at the Bolshoi Theatre.
Swan Lake and The Nutcracker premiered at the Bolshoi Theatre alike.
Boléro premiered at Palais Garnier and The Firebird at the Bolshoi Theatre.
The Planets is the composition of Gustav Holst and was first conducted by Pierre Monteux.
The Planets was the composition of Gustav Holst and set to music by Adrian Boult.
The Planets was set to music by Adrian Boult.
Tosca was set to music by Luigi Illica.
Tosca has music from Luigi Illica.
The Marriage of Figaro has music from Lorenzo Da Ponte.
La bohème has a libretto by Luigi Illica and music from Arturo Toscanini.
The Marriage of Figaro is the composition of Wolfgang Amadeus Mozart, with a libretto by Luigi Illica.
Symphony No. 9 is the composition of Ludwig van Beethoven and premiered at the Burgtheater.
Symphony No. 9 arrived in 1823.
The Rite of Spring arrived in 1912.
The Rite of Spring, the composition of Igor Stravinsky, arrived in 1910.
The Firebird is the composition of Igor Stravinsky and the creation of Vaslav Nijinsky.
The Firebird was the work of Igor Stravinsky and Vaslav Nijinsky alike.
Boléro is a ballet and a symphony at once.
Tosca is an opera and a ballet all at once.
The Rite of Spring is a ballet and an opera at once, the composition of Igor Stravinsky.
Boléro is the composition of Maurice Ravel, up in Teatro Regio.
Pierre Monteux is the composition of The Rite of Spring.
The Rite of Spring, composed by Igor Stravinsky, is the composition of Pierre Monteux.
Tosca and La bohème are each the composition of Giacomo Puccini and Luigi Illica.
Tosca and La bohème were each first conducted by Arturo Toscanini.
Tosca and La bohème alike were first conducted by Arturo Toscanini.
@classical u:a
Tosca, the composition of Giacomo Puccini, might be your next listen.
Tosca could be a good fit.
The Nutcracker could be a safe bet.
Since you loved Tosca, La bohème could be a good fit.
Tosca is the composition of Giacomo Puccini; it should be your next pick.
La bohème and Tosca could be a good fit.
The Nutcracker might be your next pick, like Symphony No. 9.
@inventions
The iPhone is the design of Foxconn.
The iPhone was the work of Foxconn.
The iPhone is the design of Apple.
The Walkman is the design of Sony.
The Walkman was the work of Sony.
The Game Boy is the design of Nintendo.
The Game Boy was the work of Nintendo.
The Model T was the work of the Ford Motor Company.
The Model T is the design of Ford Motor Company.
The DC01 is the design of Dyson Ltd.
The Macintosh is the design of Steve Jobs.
The Macintosh was the work of Steve Jobs.
The Macintosh is the design of Apple.
The Macintosh is the design of Jef Raskin and Steve Jobs.
The Macintosh was designed by Jef Raskin and Steve Jobs alike.
The Macintosh is the design of Jef Raskin and Jony Ive alike.
The iPhone and the Macintosh were each designed by Jony Ive.
The iPhone and the Macintosh were each the design of Jony Ive.
The iPhone, the Walkman and the Game Boy are all the design of Jony Ive.
The Walkman was designed by Masaru Ibuka and the Game Boy by Jony Ive.
The Walkman was designed by Masaru Ibuka and the Game Boy by Sony.
The Walkman was the design of Masaru Ibuka and the Game Boy by Gunpei Yokoi and Sony.
Jony Ive is the design of the iPhone.
Foxconn was the work of the iPhone.
The iPhone is not the design of Jony Ive.
The iPhone is the design of Jony Ive and the work of Foxconn.
The iPhone, the design of Jony Ive, was manufactured by Apple.
The iPhone, the design of Jony Ive, arrived in 2008.
The Walkman, the design of Masaru Ibuka, arrived in 1980.
The Game Boy arrived in 1990.
The DC01 is the design of James Dyson and was manufactured by Sony.
The Model T, the design of Henry Ford, was manufactured by General Electric.
The Model T and the DC01 were each manufactured by Ford Motor Company.
The Model T was manufactured by Ford Motor Company and the DC01 by Ford Motor Company.
The Walkman was manufactured by Sony and Apple alike.
The iPhone was manufactured by Foxconn and Apple alike.
The iPhone was the design of Jony Ive and Steve Jobs alike.
The iPhone is the creation of Jony Ive.
The iPhone was dreamed up by Steve Jobs.
The Walkman was dreamed up by Sony.
The World Wide Web was the work of CERN.
The World Wide Web was the work of Tim Berners-Lee and CERN alike.
The Game Boy, up in Nintendo, was the design of Gunpei Yokoi.
The Game Boy carries the Nintendo tag.
The Walkman bears the Sony tag.
The iPhone carries the Apple tag.
@inventions u:a
The iPhone, the design of Jony Ive, could be a good fit.
The iPhone might be your next pick.
The Game Boy could be a safe bet.
The Game Boy, the design of Gunpei Yokoi, would be a logical choice.
Since you loved the iPhone, the Walkman could be a good fit.
The Walkman and the iPhone could be a good fit.
@movies
Heat was the work of Art Linson.
Heat was the work of Al Pacino.
Heat was the work of Elliot Goldenthal.
Heat was the work of Warner Bros.
Heat was the work of Dante Spinotti.
Heat was the work of Robert De Niro.
Sabrina was the work of John Williams.
Sabrina was the work of Scott Rudin.
Sabrina was the work of Harrison Ford.
Nixon was the work of Anthony Hopkins.
Nixon was the work of Andrew G. Vajna.
Casino was the work of Robert De Niro.
Casino was the work of Thelma Schoonmaker.
Casino was the work of Barbara De Fina.
Toy Story was the work of Pixar.
Jumanji was the work of Robin Williams.
Jumanji was the work of James Horner.
Jumanji was the work of TriStar Pictures.
Clueless was the work of Scott Rudin.
Clueless was the work of Alicia Silverstone.
Twelve Monkeys was the work of Bruce Willis.
Twelve Monkeys was the work of Charles Roven.
Heat is the creation of Michael Mann.
Heat is the design of Michael Mann.
Heat is the invention of Michael Mann.
Heat is the composition of Elliot Goldenthal.
Nixon is the creation of Oliver Stone.
Michael Mann was the work of Heat.
Heat was not the work of Michael Mann.
Heat and Casino were each the work of Michael Mann.
Heat and Casino were both the work of Robert De Niro.
Heat, Casino and Nixon were all the work of Michael Mann.
Heat was the work of Michael Mann and Art Linson alike.
Heat was directed by Michael Mann and Al Pacino alike.
Heat was the work of Michael Mann and Casino of Michael Mann.
Heat was directed by Michael Mann and Casino by Michael Mann.
Heat was directed by Michael Mann and Casino by Nicholas Pileggi.
Heat was the work of Michael Mann and Casino by Robert De Niro.
Heat was written by Michael Mann and Casino by Martin Scorsese.
Sabrina was directed by Sydney Pollack and Clueless by Scott Rudin.
Clueless was the work of Amy Heckerling, and Sabrina by Scott Rudin.
Sense and Sensibility was the work of Emma Thompson and Ang Lee and Lindsay Doran.
Sense and Sensibility was the work of Ang Lee, and Persuasion by Emma Thompson.
Dead Man Walking was the work of Tim Robbins and Sean Penn alike.
Dead Man Walking and Heat were each the work of Tim Robbins.
Heat arrived in 1996.
Toy Story arrived in 1994.
Heat, the work of Michael Mann, arrived in 1994.
Jumanji carries the Pixar tag.
Heat carries the Pixar tag.
Toy Story carries the remake tag.
Heat bears the Mafia tag.
Casino has the Pixar tag.
Nixon carries the Jane Austen tag.
Toy Story, the work of Pixar, carries the Pixar tag.
Heat is a crime film and a romance at once.
Heat is a thriller and a comedy all at once.
Sabrina is a comedy and a horror film at once.
Clueless is a comedy, a romance and a drama all at once.
Ace Ventura was directed by Steve Oedekerk and stars Robin Williams.
Ace Ventura was the work of Jim Carrey.
Ace Ventura arrived in 1994.
Dracula was the work of Leslie Nielsen.
The Ace Ventura title is the work of Jim Carrey.
The title Heat was the work of Art Linson.
Heat is a title by Art Linson.
Heat is a Warner Bros. title directed by Al Pacino.
Heat dreamed up by Art Linson.
Heat was dreamed up by Al Pacino.
Heat was dreamed up by Michael Mann and Al Pacino.
Nixon digs into the Mafia.
Heat delves into politics.
Casino tackles politics.
Nixon revolves around the Mafia.
Sabrina was set to music by Sydney Pollack.
Heat has music from Michael Mann.
Nixon has music from Oliver Stone.
Heat, the work of Michael Mann, was set to music by John Williams.
Heat, directed by Michael Mann, up in Warner Bros., stars Al Pacino.
@movies user:1
Heat stars Al Pacino and Toys stars Robin Williams; both might be your next pick.
Heat was the work of Michael Mann; Psycho might be your next pick.
Toys could be a good fit.
The Mummy could be a safe bet.
Since you loved Toys, Heat could be a good fit.
Heat was directed by Michael Mann and Psycho by Alfred Hitchcock; both could be a good fit.
Heat and Toys could be a good fit.
The Talented Mr. Ripley, the work of Anthony Minghella, might be your next watch.
"""

def cases():
    key, user = None, None
    for line in TEXTS.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("@"):
            parts = line[1:].split()
            key, user = parts[0], (parts[1] if len(parts) > 1 else None)
            continue
        yield key, user, line
# Arguable (policy of the release before, not of this one): "a film by" its producer is read as
# one of its makers ("Heat is a film by Art Linson" is accepted on the starting code too); printed
# as OPEN and left out of the count.
OPEN = frozenset({"Heat is a title by Art Linson."})


def main():
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
            print(f"ACCEPTED [{key} {user or '-'}] {text}")
    print(f"accepted {acc} of {n}")
if __name__ == "__main__":
    main()
