# ruff: noqa: E741, E402, E702, F811, E401
import os, sys
if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
"""Red team 106: false texts around 8e2babd / dae1739 / f64f2d1 ('over' / 'across' / 'spans' for
'crosses', 'made of' for 'is built from', two items' years compared, a fronted participle with
'the', 'who' after a kind noun, a possessive apposition ending in its place). Every text is FALSE on
its graph; prints each accepted one, then `accepted N of M`."""
import importlib.util
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

E = kgx.Entity
R = kgx.Relation
_CODE = os.environ.get("CODE", "/work/main")
sys.path.insert(0, os.path.join(_CODE, "tests"))
from test_consistency_bridges_and_years import _bridges as _bridges_y
from test_consistency_people_items import _scientists, _art


def _load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(_CODE, "tests", "data", "sets", name, "graph.py"))
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    return mod.build


def build(items, others, rels, triples):
    ents = [E(i, kind="item", type=t, label=l, attrs={"year": y} if y else {}) for i, (t, l, y) in items.items()]
    ents += [E(i, type=t, label=l) for i, (t, l) in others.items()]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def trails():
    # a relation "crosses" that is no bridge: hiking trails cross mountain ranges and countries
    rels = [R("crosses", phrase="crosses", inverse_phrase="is crossed by"),
            R("starts_in", phrase="starts in", inverse_phrase="is the start of")]
    items = {"t:at": ("trail", "Appalachian Trail", 1937), "t:pct": ("trail", "Pacific Crest Trail", 1993),
             "t:gr20": ("trail", "GR20", 1972)}
    others = {"m:sierra": ("mountain range", "Sierra Nevada"), "m:smoky": ("mountain range", "Great Smoky Mountains"),
              "s:georgia": ("state", "Georgia"), "s:ca": ("state", "California"), "i:corsica": ("island", "Corsica")}
    tr = [("t:at", "crosses", "m:smoky"), ("t:pct", "crosses", "m:sierra"), ("t:at", "starts_in", "s:georgia"),
          ("t:pct", "starts_in", "s:ca"), ("t:gr20", "crosses", "i:corsica")]
    return build(items, others, rels, tr)


def paintings():
    # a painting graph: "depicts" (not crossing), "is located in"
    rels = [R("depicts", phrase="depicts", inverse_phrase="is depicted in"),
            R("painted_by", phrase="was painted by", inverse_phrase="painted"),
            R("held_in", phrase="is held in", inverse_phrase="holds"),
            R("made_of", phrase="is made of", inverse_phrase="is used in")]
    items = {"p:temeraire": ("painting", "The Fighting Temeraire", 1839), "p:rain": ("painting", "Rain, Steam and Speed", 1844),
             "p:parl": ("painting", "Houses of Parliament", 1904)}
    others = {"w:thames": ("river", "River Thames"), "a:turner": ("painter", "J. M. W. Turner"),
              "a:monet": ("painter", "Claude Monet"), "m:ng": ("museum", "National Gallery"),
              "m:orsay": ("museum", "Musée d'Orsay"), "x:oil": ("medium", "oil paint")}
    tr = [("p:temeraire", "depicts", "w:thames"), ("p:rain", "depicts", "w:thames"), ("p:parl", "depicts", "w:thames"),
          ("p:temeraire", "painted_by", "a:turner"), ("p:rain", "painted_by", "a:turner"),
          ("p:parl", "painted_by", "a:monet"), ("p:temeraire", "held_in", "m:ng"), ("p:rain", "held_in", "m:ng"),
          ("p:parl", "held_in", "m:orsay"), ("p:temeraire", "made_of", "x:oil")]
    return build(items, others, rels, tr)


def bands():
    # "is made of" for a band's members: no material
    rels = [R("members", phrase="is made up of", inverse_phrase="is a member of"),
            R("from", phrase="is from", inverse_phrase="is the home of"),
            R("built_from", phrase="is built from", inverse_phrase="is the basis of")]
    items = {"b:beatles": ("band", "The Beatles", 1960), "b:stones": ("band", "The Rolling Stones", 1962),
             "a:abbey": ("album", "Abbey Road", 1969), "a:sticky": ("album", "Sticky Fingers", 1971)}
    others = {"p:lennon": ("musician", "John Lennon"), "p:jagger": ("musician", "Mick Jagger"),
              "c:liv": ("city", "Liverpool"), "c:ldn": ("city", "London"), "s:demo": ("recording", "demo tapes")}
    tr = [("b:beatles", "members", "p:lennon"), ("b:stones", "members", "p:jagger"), ("b:beatles", "from", "c:liv"),
          ("b:stones", "from", "c:ldn"), ("a:abbey", "built_from", "s:demo")]
    return build(items, others, rels, tr)


def ferries():
    # ferries and tunnels: "crosses" again, items with and without years; a tunnel under a river
    rels = [R("crosses", phrase="crosses", inverse_phrase="is crossed by"),
            R("operated_by", phrase="is operated by", inverse_phrase="operates"),
            R("built_from", phrase="is built from", inverse_phrase="is used in")]
    items = {"f:staten": ("ferry", "Staten Island Ferry", 1817), "t:holland": ("tunnel", "Holland Tunnel", 1927),
             "t:chunnel": ("tunnel", "Channel Tunnel", 1994), "f:mersey": ("ferry", "Mersey Ferry", None),
             "d:hoover": ("dam", "Hoover Dam", 1936)}
    others = {"w:ny": ("waterway", "Upper New York Bay"), "w:hudson": ("river", "Hudson River"),
              "w:channel": ("waterway", "English Channel"), "w:mersey": ("river", "River Mersey"),
              "w:colorado": ("river", "Colorado River"), "o:nyc": ("operator", "NYC DOT"),
              "o:pa": ("operator", "Port Authority"), "m:concrete": ("material", "concrete")}
    tr = [("f:staten", "crosses", "w:ny"), ("t:holland", "crosses", "w:hudson"), ("t:chunnel", "crosses", "w:channel"),
          ("f:mersey", "crosses", "w:mersey"), ("f:staten", "operated_by", "o:nyc"), ("t:holland", "operated_by", "o:pa"),
          ("d:hoover", "crosses", "w:colorado"), ("d:hoover", "built_from", "m:concrete")]
    return build(items, others, rels, tr)


def painters():
    # people items with nationality; "who" after a kind noun
    rels = [R("painted", phrase="painted", inverse_phrase="was painted by"),
            R("nationality", phrase="is from", inverse_phrase="is the home country of"),
            R("teacher", phrase="was a student of", inverse_phrase="taught"),
            R("influenced", phrase="influenced", inverse_phrase="was influenced by")]
    items = {"p:monet": ("painter", "Claude Monet", 1840), "p:renoir": ("painter", "Pierre-Auguste Renoir", 1841),
             "p:gleyre": ("painter", "Charles Gleyre", 1806), "p:turner": ("painter", "J. M. W. Turner", 1775),
             "p:van": ("painter", "Vincent van Gogh", 1853)}
    others = {"w:lily": ("painting", "Water Lilies"), "w:bal": ("painting", "Bal du moulin de la Galette"),
              "w:star": ("painting", "The Starry Night"), "w:tem": ("painting", "The Fighting Temeraire"),
              "c:fr": ("country", "France"), "c:uk": ("country", "England"), "c:nl": ("country", "the Netherlands"),
              "c:ch": ("country", "Switzerland")}
    tr = [("p:monet", "painted", "w:lily"), ("p:renoir", "painted", "w:bal"), ("p:van", "painted", "w:star"),
          ("p:turner", "painted", "w:tem"), ("p:monet", "nationality", "c:fr"), ("p:renoir", "nationality", "c:fr"),
          ("p:gleyre", "nationality", "c:ch"), ("p:turner", "nationality", "c:uk"), ("p:van", "nationality", "c:nl"),
          ("p:monet", "teacher", "p:gleyre"), ("p:renoir", "teacher", "p:gleyre"), ("p:turner", "influenced", "p:monet")]
    return build(items, others, rels, tr)


def routes():
    # train services and a marathon that "cross" (under a sea, over a bridge): no span
    rels = [R("crosses", phrase="crosses", inverse_phrase="is crossed by"),
            R("run_by", phrase="is run by", inverse_phrase="runs")]
    items = {"r:eurostar": ("train service", "Eurostar", 1994), "r:nycm": ("marathon", "New York City Marathon", 1970),
             "r:seikan": ("train service", "Hokkaido Shinkansen", 2016)}
    others = {"w:channel": ("waterway", "English Channel"), "b:verr": ("bridge", "Verrazzano-Narrows Bridge"),
              "w:tsugaru": ("waterway", "Tsugaru Strait"), "o:eu": ("operator", "Eurostar International"),
              "o:nyrr": ("operator", "New York Road Runners"), "o:jr": ("operator", "JR Hokkaido")}
    tr = [("r:eurostar", "crosses", "w:channel"), ("r:nycm", "crosses", "b:verr"), ("r:seikan", "crosses", "w:tsugaru"),
          ("r:eurostar", "run_by", "o:eu"), ("r:nycm", "run_by", "o:nyrr"), ("r:seikan", "run_by", "o:jr")]
    return build(items, others, rels, tr)


def explorers():
    # people items who "cross" (an ocean, mountains): a person spans nothing
    rels = [R("crosses", phrase="crosses", inverse_phrase="is crossed by"),
            R("nationality", phrase="is from", inverse_phrase="is the home country of")]
    items = {"p:hannibal": ("general", "Hannibal", None), "p:lindbergh": ("aviator", "Charles Lindbergh", 1902),
             "p:earhart": ("aviator", "Amelia Earhart", 1897)}
    others = {"m:alps": ("mountain range", "Alps"), "o:atl": ("ocean", "Atlantic Ocean"), "c:us": ("country", "United States"),
              "c:carthage": ("country", "Carthage")}
    tr = [("p:hannibal", "crosses", "m:alps"), ("p:lindbergh", "crosses", "o:atl"), ("p:earhart", "crosses", "o:atl"),
          ("p:hannibal", "nationality", "c:carthage"), ("p:lindbergh", "nationality", "c:us"), ("p:earhart", "nationality", "c:us")]
    return build(items, others, rels, tr)


GRAPHS = {"b41": _load("blind41"), "b42": _load("blind42"), "bry": _bridges_y, "sci": _scientists, "art": _art,
          "movies": kgx.KnowledgeGraph.example, "trails": trails, "paintings": paintings, "bands": bands,
          "ferries": ferries, "painters": painters,
          "routes": routes, "explorers": explorers}

CASES = {
 "b42_kinds": ['Marie Curie was a painter who won the Nobel Prize in Physics.', 'Niels Bohr was a chemist who worked at the University of Copenhagen.', 'Marie Curie was a mathematician who worked at the University of Paris.', 'Niels Bohr was a poet who won the Nobel Prize in Physics.', 'Niels Bohr, the painter who won the Nobel Prize in Physics, worked at the University of Copenhagen.', 'Niels Bohr was a user who won the Nobel Prize in Physics.', 'Niels Bohr was a prize who won the Nobel Prize in Physics.', 'Niels Bohr was an institution who won the Nobel Prize in Physics.', 'Niels Bohr was a country who won the Nobel Prize in Physics.', 'Marie Curie was a discovery who worked at the University of Paris.', 'Niels Bohr, the Danish scientist who won the Nobel Prize in Physics, was born in 1867.', 'Niels Bohr, the scientist who won the Nobel Prize in Physics, was born in 1867.'],
 "b41_kinds": ["Casa Milà, Antoni Gaudí's bridge in Barcelona, is built of limestone.", "Tower Bridge, Horace Jones's building in London, crosses the River Thames.", "Tower Bridge is Horace Jones's Gothic Revival building in London.", "The Chrysler Building, William Van Alen's Art Deco bridge in New York City, is built of steel.", "La Pedrera, Antoni Gaudí's Modernisme tower in Barcelona, is built of limestone.", "La Pedrera, Antoni Gaudí's Modernisme museum in Barcelona, is built of limestone.", "The Golden Gate Bridge, Joseph Strauss's Art Deco building in San Francisco, spans the Golden Gate.", 'The Golden Gate Bridge is a building over the Golden Gate.', 'The Golden Gate Bridge is a tower over the Golden Gate.', 'The Golden Gate Bridge is a tunnel under the Golden Gate.', 'The Golden Gate Bridge is a tunnel across the Golden Gate.', 'The Golden Gate Bridge is a dam across the Golden Gate.', 'The Golden Gate Bridge is a viaduct over the Golden Gate.', 'The Golden Gate Bridge is a ferry across the Golden Gate.', 'The Golden Gate Bridge, a tunnel across the Golden Gate, was designed by Joseph Strauss.', 'The Gherkin is a bridge in London.', 'The Gherkin is a tunnel in London.'],

 "b41_design": [
     # a verb of designing dated by the opening year (the architect was dead by then, or designed it years before)
     "Tower Bridge was designed in 1894.", "Norman Foster designed the Millau Viaduct in 2004.",
     "Peter Parler designed the Charles Bridge in 1402.", "The Charles Bridge was designed in 1402.",
     "In 1402, the Charles Bridge was designed by Peter Parler.", "In 1883, the Brooklyn Bridge was designed by John A. Roebling.",
     "In 2004, Norman Foster designed the Millau Viaduct.", "In 1894, the Tower Bridge was designed by Horace Jones.",
     "In 1894, Tower Bridge was designed by Horace Jones.", "In 1937, the Golden Gate Bridge was designed by Joseph Strauss.",
     "Tower Bridge was designed by Horace Jones in 1894.", "Designed by Horace Jones in 1894, Tower Bridge crosses the River Thames.",
     "Horace Jones designed Tower Bridge in 1894.", "Designed in 1894, Tower Bridge crosses the River Thames.",
     "Designed in 2004, the Gherkin is made of glass.", "In 1894, Horace Jones designed Tower Bridge.",
     "Designed in 1912, La Pedrera is made of limestone.", "In 1912, Antoni Gaudí designed La Pedrera.",
     "Designed in 1937, the Golden Gate Bridge spans the Golden Gate.", "The Gherkin was designed in 2004, the same year as the Millau Viaduct.",
     "Tower Bridge, designed in 1894 by Horace Jones, crosses the River Thames.",
     "The Charles Bridge, which Peter Parler designed in 1402, spans the Vltava.",
     # release verbs on a bridge
     "Released in 1894, Tower Bridge crosses the River Thames.", "Tower Bridge was published in 1894.",
     "Tower Bridge was released in 1894.", "Tower Bridge came out in 1894.",
     # not making
     "Planned in 1937, the Golden Gate Bridge spans the Golden Gate.", "Commissioned in 1894, Tower Bridge crosses the River Thames.",
     "Tower Bridge was commissioned in 1894.", "Tower Bridge is an 1894 design by Horace Jones.",
     "Tower Bridge, an 1894 design by Horace Jones, crosses the River Thames."],
 "ferries2": [
     # a tunnel crosses a river UNDER it: no span, nothing over
     "The Holland Tunnel, a tunnel over the Hudson River, is operated by Port Authority.",
     "The Holland Tunnel is a tunnel over the Hudson River.", "The Holland Tunnel is a span over the Hudson River.",
     "The Channel Tunnel spans over the English Channel.", "The Holland Tunnel is over the Hudson River.",
     "Port Authority operates the Holland Tunnel over the Hudson River.", "The Holland Tunnel goes over the Hudson River.",
     "The Channel Tunnel runs over the English Channel.", "The Holland Tunnel is a crossing over the Hudson River.",
     "Port Authority operates the Holland Tunnel, a span over the Hudson River.",
     "The Holland Tunnel, over the Hudson River, opened in 1927.", "The Holland Tunnel opened in 1927 over the Hudson River.",
     "The Hudson River flows over the Holland Tunnel and the English Channel."],
 "routes": ["Eurostar is a span over the English Channel.", "Eurostar runs over the English Channel.",
            "Eurostar is a train service over the English Channel.", "Eurostar, a train service over the English Channel, is run by Eurostar International.",
            "The Hokkaido Shinkansen is a train service over the Tsugaru Strait.",
            "The New York City Marathon spans the Verrazzano-Narrows Bridge.", "The New York City Marathon is a crossing of the English Channel.",
            "The Verrazzano-Narrows Bridge spans the New York City Marathon.", "The New York City Marathon is a span over the Verrazzano-Narrows Bridge.",
            "Eurostar is older than the New York City Marathon.", "The Hokkaido Shinkansen predates Eurostar.",
            "Eurostar opened in 1994, a year before the Hokkaido Shinkansen.",
            "Eurostar is made of the English Channel.", "Eurostar is built from the English Channel."],
 "explorers": ["Hannibal spans the Alps.", "Hannibal is a span over the Alps.", "Hannibal is a crossing of the Alps.",
               "Charles Lindbergh spans the Atlantic Ocean.", "Amelia Earhart is a span across the Atlantic Ocean.",
               "Charles Lindbergh is over the Atlantic Ocean.", "The Atlantic Ocean is spanned by Amelia Earhart.",
               "Charles Lindbergh is older than Amelia Earhart.",
               "Amelia Earhart postdates Charles Lindbergh.", 
               "Amelia Earhart was born in 1902.", "Charles Lindbergh opened in 1902.", "Hannibal was born in 1902.",
               "Hannibal is from the United States.", "Hannibal is a crossing of the Atlantic Ocean."],
 # --- years compared: equal, reversed, unknown, lists, negation, people ---
 "b41": ["The Øresund Bridge is older than the Millennium Bridge.", "The Millennium Bridge is newer than the Øresund Bridge.",
         "The Øresund Bridge predates the Millennium Bridge.", "The Millennium Bridge postdates the Øresund Bridge.",
         "The Bosphorus Bridge is older than the Sydney Opera House.", "The Sydney Opera House is younger than the Bosphorus Bridge.",
         "The Gherkin predates the Millau Viaduct.", "The Millau Viaduct postdates the Gherkin.",
         "30 St Mary Axe is older than the Gherkin.", "Tower Bridge is older than Tower Bridge.",
         "Tower Bridge is older than the Brooklyn Bridge and the Charles Bridge.",
         "Tower Bridge is older than the Brooklyn Bridge, and it crosses the River Thames.",
         "Tower Bridge is older than the Brooklyn Bridge, which crosses the East River.",
         "Tower Bridge is a lot older than the Brooklyn Bridge.",
         "Tower Bridge isn't newer than the Charles Bridge.", "Tower Bridge is no newer than the Brooklyn Bridge.", "The Charles Bridge is not much older than the Brooklyn Bridge.",
         "The Charles Bridge was younger than Tower Bridge.", "The Chrysler Building is older than La Pedrera.",
         "Designed by Horace Jones, the Brooklyn Bridge is older than Tower Bridge.",
         "Completed in 1894, the Brooklyn Bridge is older than Tower Bridge.",
         "Santiago Calatrava's Gherkin is older than the Turning Torso.", "Norman Foster's Turning Torso is older than the Gherkin.",
         "The Gherkin in Malmö is older than the Turning Torso.", "The steel Sydney Opera House is older than the Guggenheim Museum Bilbao.",
         "The Gherkin is older than the Turning Torso by two years.",
         "Tower Bridge crosses the River Thames; the Gherkin is older than the Chrysler Building.",
         "Tower Bridge is older than the Gherkin. The Brooklyn Bridge is older than the Charles Bridge.",
         "Horace Jones designed Tower Bridge, which is older than the Brooklyn Bridge.",
         "In London, Tower Bridge is older than the Charles Bridge.", "Like the Gherkin, Tower Bridge is older than the Charles Bridge.",
         "Tower Bridge, in London, is older than the Charles Bridge.", "Tower Bridge is older than the Charles Bridge is.",
         "The Turning Torso is older than the Gherkin and was designed by Santiago Calatrava.",
         "The Golden Gate Bridge is older than the Chrysler Building.", "The Empire State Building is older than the Chrysler Building.",
         "The Empire State Building predates the Chrysler Building.", "The Rialto Bridge is older than the Charles Bridge.",
         "The Millau Viaduct is newer than the Turning Torso.",
         "The Charles Bridge is older than the Vltava.", "The River Thames is younger than Tower Bridge.",
         "Tower Bridge is older than the Thames.", "The Gherkin is older than the Millennium Bridge's architect.",
         "It is not true that the Brooklyn Bridge is older than Tower Bridge.",
         "Tower Bridge is older than the Brooklyn Bridge.", "Tower Bridge is much older than the Brooklyn Bridge.",
         "Tower Bridge is also older than the Brooklyn Bridge.", "Tower Bridge is far older than the Brooklyn Bridge.",
         "Tower Bridge is slightly older than the Brooklyn Bridge.", "Tower Bridge is taller than the Brooklyn Bridge.",
         "Tower Bridge is longer than the Brooklyn Bridge.",
         # same year / a year before the X
         "The Øresund Bridge opened in 2000, the same year as the Bosphorus Bridge.",
         "30 St Mary Axe opened the same year as the Turning Torso.", "The Millennium Bridge opened a year before the Øresund Bridge.",
         "The Millau Viaduct opened in 2004, a year before the Gherkin.", "The Turning Torso opened a year before the Gherkin.",
         "The Gherkin opened in 2004, a year after the Turning Torso.", "The Charles Bridge opened a year before the Rialto Bridge.",
         "Tower Bridge opened in 1894, two years before the Brooklyn Bridge.",
         "Tower Bridge opened in 1894, eleven years before the Brooklyn Bridge.",
         "The Millennium Bridge opened in 2000, the same year as the Millau Viaduct.",
         "The Brooklyn Bridge closed in 1883, the same year as the Charles Bridge.",
         "The Gherkin was demolished the same year as the Millau Viaduct.",
         "The Gherkin opened in 2004, a year before the Turning Torso was demolished.",
         "The Gherkin opened in 2004, a year before the Turning Torso opened in Copenhagen.",
         "The Gherkin opened in 2004, a year before the Turning Torso closed.",
         "Tower Bridge opened in 1894, a year before the Gothic Revival.",
         "The Gherkin opened in 2004, a year before the Turning Torso's architect.",
         "The Gherkin opened in 2004, the same year as the Millau Viaduct closed.",
         "The Gherkin opened in 2004, the same year as the Millau Viaduct was designed.",
         "The Gherkin opened in 2004, a year before the Turning Torso, in Copenhagen.",
         "Designed by Norman Foster, the Gherkin opened in 2004, the same year as the Turning Torso.",
         # fronted participles with 'the' that are no making
         "Restored in 1402, the Charles Bridge crosses the Vltava.", "Bought in 1883, the Brooklyn Bridge spans the East River.",
         "Renovated in 1894, Tower Bridge crosses the River Thames.", "Damaged in 1402, the Charles Bridge crosses the Vltava.",
         "Repaired in 1973, the Bosphorus Bridge spans the Bosphorus.", "Closed in 1894, Tower Bridge crosses the River Thames.",
         "Demolished in 1883, the Brooklyn Bridge was designed by John A. Roebling.",
         "Visited in 1931, the Empire State Building was designed by William F. Lamb.",
         "Sold in 1930, the Chrysler Building was designed by William Van Alen.",
         "Proposed in 2004, the Millau Viaduct spans the Tarn.",
         "Started in 1402, the Charles Bridge crosses the Vltava.", "Begun in 1883, the Brooklyn Bridge spans the East River.",
         "Planned in 1997, the Guggenheim Museum Bilbao was designed by Frank Gehry.",
         "Renamed in 1912, the Casa Milà was designed by Antoni Gaudí.", "Restored in 1912, the Casa Milà was designed by Antoni Gaudí.",
         "Flooded in 1402, the Charles Bridge crosses the Vltava.", "Widened in 1883, the Brooklyn Bridge crosses the East River.",
         "Reopened in 1894, the Tower Bridge crosses the River Thames.", "Painted in 1894, the Tower Bridge crosses the River Thames.",
         "Extended in 2000, the Millennium Bridge crosses the River Thames.", "Listed in 1894, the Tower Bridge crosses the River Thames.",
         "Sketched in 1402, the Charles Bridge crosses the Vltava.", "Photographed in 1883, the Brooklyn Bridge crosses the East River.",
         "Completed in 1403, the Charles Bridge crosses the Vltava.", "Opened in 1894, the Brooklyn Bridge spans the East River.",
         "Completed in 1402, the Charles Bridge crosses the River Thames.", "Completed in 1402, the Charles Bridge was designed by Horace Jones.",
         "Completed in 1402 , the Charles Bridge is in London.",
         # 'opened' / 'built' / designed dated by the opening
         "The Golden Gate Bridge was renovated in 1937.", "Tower Bridge closed in 1894.", "Tower Bridge was demolished in 1894.",
         "Tower Bridge reopened in 1894.", "Norman Foster opened the Millau Viaduct in 2004.",
         "Tower Bridge was restored in 1894.", "The Brooklyn Bridge was bought in 1883.", "Tower Bridge was rebuilt in 1894.",
         "The Charles Bridge was renamed in 1402.", "The Charles Bridge was damaged in 1402.",
         "Horace Jones opened Tower Bridge in 1894.", "Horace Jones was born in 1894.", "Norman Foster opened in 2004.",
         "Antoni Gaudí was built in 1912.", "The Vltava opened in 1402.", "Prague opened in 1402.",
         # crossing words read wrongly
         "The Vltava flows over the Charles Bridge.", "The Tarn runs across the Millau Viaduct.",
         "The River Thames is a river across Tower Bridge.", "The River Thames spans Tower Bridge.",
         "The East River is a crossing of the Brooklyn Bridge.", "The Brooklyn Bridge is spanned by the East River.",
         "The Millau Viaduct, a bridge over 100 years old, crosses the Tarn.",
         "The Millau Viaduct is a bridge over 100 years old.", "The Millau Viaduct has stood over the Tarn for over 100 years.",
         "The Charles Bridge is not over the Vltava.", "The Charles Bridge does not span the Vltava.",
         "The Charles Bridge never crossed the Vltava.", "The Brooklyn Bridge spans the Vltava and the East River.",
         "The Brooklyn Bridge is a crossing over the River Thames.", "Tower Bridge won over the River Thames.",
         "The River Thames won over Tower Bridge.", "The Gherkin is over the River Thames.", "The Chrysler Building is over the East River.", "The Chrysler Building spans the East River.",
         "The Sydney Opera House is a crossing of Port Jackson.", "The Sydney Opera House spans Port Jackson.",
         "Casa Milà is a building across the Vltava.", "Casa Milà is a span over the Grand Canal.",
         "Norman Foster is over the River Thames.", "Norman Foster spans the Tarn.", "Norman Foster crossed the Tarn.",
         "Ana walked across Tower Bridge over the East River.", "The Millennium Bridge is a steel bridge over the Grand Canal.",
         "The Millennium Bridge is a steel span over the Tarn.", "Tower Bridge, a steel bridge across the Vltava, is in London.",
         "The Charles Bridge is a crossing of the Tarn.", "Tower Bridge is a sandstone bridge over the River Thames.",
         "The Rialto Bridge spans the Grand Canal in Prague.", "The Millau Viaduct spans over the Vltava.",
         "The Millau Viaduct spanning the Tarn is in Paris.",
         "The Golden Gate Bridge looks over the Golden Gate to Sydney.",
         # made of / built of
         "The Charles Bridge is made of granite.", "The Millau Viaduct is constructed of sandstone.",
         "The Charles Bridge is not made of sandstone.",
         "Steel is made of the Golden Gate Bridge.", "Sandstone is built of the Charles Bridge.",
         "The Golden Gate Bridge is made of Joseph Strauss.", "The Golden Gate Bridge is made of San Francisco.",
         "The Charles Bridge is built of Prague.", "Tower Bridge is constructed from the River Thames.",
         "Tower Bridge is made of Gothic Revival.", "The Charles Bridge, made of sandstone in 1403, crosses the Vltava.",
         "The Charles Bridge is made of sandstone and steel.", "Tower Bridge was built of steel in 1883.",
         "The Sydney Opera House was built of concrete by John Bradfield.",
         # possessive appositions with a place
         "La Pedrera, Antoni Gaudí's Modernisme building in Bilbao, is built of limestone.",
         "La Pedrera, Frank Gehry's Modernisme building in Barcelona, is built of limestone.",
         "La Pedrera, Antoni Gaudí's Art Deco building in Barcelona, is built of limestone.",
         "The Gherkin, Norman Foster's high-tech building in Malmö, is built of steel.",
         "The Millau Viaduct, Norman Foster's bridge in London, crosses the Tarn.",
         "The Gherkin, Santiago Calatrava's building in Malmö, is built of glass.",
         "The Chrysler Building, William Van Alen's Art Deco building in London, is built of steel.",
         "Tower Bridge, Horace Jones's bridge in New York City, crosses the River Thames.",
         "Tower Bridge, Horace Jones's Gothic Revival bridge in 1883, crosses the River Thames.",
         "Tower Bridge, Horace Jones's Gothic Revival bridge in steel, crosses the East River.",
         "Tower Bridge, Horace Jones's bridge in London over the East River, is built of steel.",
         "Tower Bridge, Horace Jones's bridge in the East River, is built of steel.",
         "The Millennium Bridge, Norman Foster's bridge in London, crosses the East River.",
         "The Millennium Bridge, Norman Foster's bridge in London, was designed by Horace Jones.",
         "The Millennium Bridge, Norman Foster's bridge in Millau, crosses the River Thames.",
         "The Turning Torso, Santiago Calatrava's building in Malmö, crosses the Øresund.",
         "The Turning Torso, Santiago Calatrava's concrete building in Malmö, is a Gothic building.",
         "The Empire State Building, William F. Lamb's Art Deco building in New York City, opened in 1930.",
         "The Sydney Opera House, Jørn Utzon's Expressionist building in Sydney, spans Port Jackson.",
         "Casa Milà, Antoni Gaudí's Modernisme building in Barcelona, was designed by Frank Gehry.",
         "Casa Milà is Antoni Gaudí's Modernisme building in Bilbao.", "Casa Milà is Frank Gehry's building in Barcelona.",
         "Frank Gehry's building in Barcelona, Casa Milà, is made of limestone.",
         "La Pedrera, Antoni Gaudí's building in Barcelona and Bilbao, is built of limestone.",
         "La Pedrera, Antoni Gaudí's building in Barcelona, is older than the Chrysler Building and is built of steel.",
         ],
 "bry": ["Tower Bridge is older than the Turning Torso and the Brooklyn Bridge.", "The Turning Torso is older than 30 St Mary Axe.",
         "The Millau Viaduct is older than 30 St Mary Axe.", "30 St Mary Axe predates the Millau Viaduct.",
         "The Millau Viaduct postdates 30 St Mary Axe.", "30 St Mary Axe is younger than the Millau Viaduct.",
         "Tower Bridge spans the Vltava.", "Tower Bridge is over the East River.", "Peter Parler is over the Vltava.", "Peter Parler spans the Vltava.",
         "The Vltava is a river over the Charles Bridge.", "Restored in 1402, the Charles Bridge crosses the Vltava.",
         "Bought in 1883, the Brooklyn Bridge spans the East River.", "Completed in 1883, the Brooklyn Bridge was designed by Peter Parler.",
         "Concrete is made of the Turning Torso.",
         "The Charles Bridge is made of Prague.", "The Charles Bridge is built of Peter Parler.",
         "30 St Mary Axe opened in 2004, a year after the Turning Torso.", "The Turning Torso opened a year before 30 St Mary Axe.",
         "The Millau Viaduct opened in 2004, a year before 30 St Mary Axe.",
         "Tower Bridge opened in 1894, the same year as the Brooklyn Bridge.",
         "The Brooklyn Bridge opened in 1883, twelve years before Tower Bridge.",
         "The Brooklyn Bridge opened in 1883, eleven years after Tower Bridge.",
         "The Charles Bridge, Peter Parler's bridge in Prague, crosses the Tarn.",
         "The Brooklyn Bridge, Peter Parler's bridge in Prague, crosses the East River.",
         "The Charles Bridge, John A. Roebling's bridge in Prague, crosses the Vltava."],
 "movies": ["Heat is older than Casino.", "Casino is newer than Heat.", "Heat predates Casino.", "Seven postdates Heat.",
            "Jaws is newer than Heat.", "Heat is older than Jaws.", "Heat predates Jaws.", "Jaws postdates Heat.",
            "Jaws is younger than Heat.", "Heat came out in 1995, the same year as the Jaws.",
            "Heat came out a year before Casino.", "Heat came out in 1995, a year after the Casino.",
            "Restored in 1975, the Jaws was directed by Steven Spielberg.", "Banned in 1975, Jaws was directed by Steven Spielberg.",
            "Remade in 1975, Jaws was directed by Steven Spielberg.", "Restored in 1972, The Godfather was directed by Siddique-Lal.",
            "Sold in 1995, the Heat was directed by Michael Mann.", "Heat, Michael Mann's crime film in 1975, stars Al Pacino.",
            "Heat, Michael Mann's crime film in Jaws, stars Al Pacino.", "Heat, Steven Spielberg's crime film in 1995, stars Al Pacino.",
            "Heat, Michael Mann's crime film in New York, stars Al Pacino.",
            "Heat, Michael Mann's film in 1995, stars Roy Scheider.", "Heat is older than Michael Mann.",
            "Heat is made of Al Pacino.", "Heat is built from Michael Mann.",
            "Steven Spielberg restored Jaws in 1975.", "Steven Spielberg sold Jaws in 1975.", "Steven Spielberg remade Jaws in 1975.",
            "Michael Mann restored Heat in 1995.", "Robert De Niro bought Heat in 1995.",
            "Roy Scheider starred in Jaws in 1976.", "Al Pacino was born in 1995.", "Heat opened in 1975.", "Heat was built in 1995.", "Jaws was built in 1975."],
 "art": ["Stolen in 1503, the Mona Lisa was painted by Leonardo da Vinci.",
         "Bought in 1503, the Mona Lisa was painted by Leonardo da Vinci.",
         "Restored in 1503, the Mona Lisa was painted by Leonardo da Vinci.",
         "Leonardo da Vinci restored Mona Lisa in 1503.", "Leonardo da Vinci sold Mona Lisa in 1503.",
         "Francis I showed Mona Lisa in 1503.", "Vincenzo Peruggia made Mona Lisa in 1503.", "Francis I painted Mona Lisa in 1503.",
         "Vincenzo Peruggia painted Mona Lisa.", "Mona Lisa was stolen in 1503.", "Mona Lisa was bought in 1503.",
         "Mona Lisa opened in 1503.", "Mona Lisa was built in 1503.", "Mona Lisa is older than Leonardo da Vinci.",
         "Mona Lisa, Vincenzo Peruggia's painting in Paris, was painted by Leonardo da Vinci.",
         "Mona Lisa, Leonardo da Vinci's painting in Paris, was stolen by Francis I.",
         "Mona Lisa, Francis I's painting, was painted by Vincenzo Peruggia.",
         "Leonardo da Vinci's painting over the Arno, Mona Lisa, was bought by Francis I."],
 "sci": ["Niels Bohr was a scientist who discovered radioactivity.", "Marie Curie was a scientist who won the Max Planck Medal.",
         "Niels Bohr was a scientist who was a doctoral student of Arnold Sommerfeld.",
         "Marie Curie was a doctoral student of Henri Becquerel, a scientist who won the Max Planck Medal.",
         "Werner Heisenberg was a doctoral student of Arnold Sommerfeld, the scientist who discovered the exclusion principle.",
         "Arnold Sommerfeld, the scientist who discovered the exclusion principle, worked at the University of Munich.",
         "Niels Bohr, the Danish scientist who discovered radioactivity, won the Max Planck Medal.",
         "Henri Becquerel, the scientist who won the Max Planck Medal, discovered radioactivity.",
         "Marie Curie is older than Henri Becquerel.", "Wolfgang Pauli is older than Henri Becquerel.",
         "Werner Heisenberg is older than Wolfgang Pauli.", "Wolfgang Pauli is younger than Werner Heisenberg.",
         "Niels Bohr predates Marie Curie.", "Arnold Sommerfeld is older than Marie Curie.",
         "Niels Bohr was born a year before Wolfgang Pauli.", "Wolfgang Pauli was born in 1900, the same year as the Werner Heisenberg.",
         "Werner Heisenberg was born the same year as Wolfgang Pauli.",
         "Completed in 1885, the Niels Bohr worked at the University of Copenhagen.",
         "Born in 1885, the Niels Bohr won the Copley Medal.", "Niels Bohr, born in 1885, is older than Arnold Sommerfeld.",
         "Niels Bohr spans the University of Copenhagen.", "Niels Bohr worked over the University of Munich.",
         "Niels Bohr worked across the University of Munich.", "Niels Bohr won over the Copley Medal.",
         "Niels Bohr, a scientist who worked at the University of Munich, won the Max Planck Medal.",
         "Niels Bohr was a scientist who worked at the University of Copenhagen and discovered the exclusion principle.",
         "Niels Bohr was a scientist who won the Max Planck Medal in 1922.",
         "Niels Bohr was a scientist who was born in 1886.",
         "Niels Bohr was a scientist who discovered radioactivity in 1885.",
         "Niels Bohr was a scientist who Arnold Sommerfeld taught.",
         "Niels Bohr was a scientist who was a doctoral student of Werner Heisenberg."],
 "b42": ["Marie Curie was a Polish scientist who discovered piezoelectricity.",
         "Wolfgang Pauli, a doctoral student of Arnold Sommerfeld, was a scientist who won the Copley Medal.",
         "Marie Curie was a French scientist who was born in 1859.", "Pierre Curie was a French scientist who was born in 1867.",
         "Lise Meitner was an Austrian scientist who won the Nobel Prize in Chemistry.",
         "Otto Hahn was a German scientist who discovered radium.", "Dorothy Hodgkin was a scientist who worked at Caltech.",
         "Dorothy Hodgkin was a German scientist who worked at the University of Oxford.",
         "Dorothy Hodgkin was an Austrian scientist who worked at the University of Oxford.",
         "Becquerel, the Polish scientist who discovered radioactivity, won the Nobel Prize in Physics.",
         "Henri Becquerel, the Polish scientist who discovered radioactivity, won the Nobel Prize in Physics.",
         "Henri Becquerel, the German scientist who discovered radioactivity, won the Nobel Prize in Physics.",
         "Henri Becquerel was the scientist who discovered polonium.",
         "Marie Curie and Pierre Curie were scientists who discovered piezoelectricity.",
         "Max Born was a scientist who was a doctoral student of Arnold Sommerfeld.",
         "Enrico Fermi was a scientist who was born in 1900.", "Enrico Fermi was an Italian scientist who won the Copley Medal.",
         "Enrico Fermi was a German scientist who worked at the University of Chicago.",
         "Enrico Fermi was a Danish physicist who worked at the University of Chicago.",
         "Niels Bohr was a German scientist who won the Max Planck Medal.",
         "Niels Bohr, the German scientist who won the Max Planck Medal, worked at the University of Copenhagen.",
         "Niels Bohr, the Polish physicist who won the Max Planck Medal, worked at the University of Copenhagen.",
         "Niels Bohr, the scientist from Germany who won the Max Planck Medal, worked at the University of Copenhagen.",
         "Marie Curie, the French scientist who discovered piezoelectricity, won the Nobel Prize in Physics.",
         "Marie Curie, the Polish scientist who discovered piezoelectricity, won the Nobel Prize in Physics.",
         "Pierre Curie, the Polish scientist who discovered polonium, won the Nobel Prize in Chemistry.",
         "Max Born was a German scientist who was a doctoral student of Arnold Sommerfeld.",
         "Lise Meitner and Otto Hahn were Austrian scientists who discovered nuclear fission.",
         "Lise Meitner was an Austrian scientist who, with Otto Hahn, won the Nobel Prize in Chemistry.",
         "Ada read about Marie Curie, a scientist who discovered piezoelectricity.",
         "Marie Curie was a scientist who discovered polonium with Henri Becquerel.",
         "Marie Curie was a scientist who discovered Henri Becquerel.",
         "Emmy Noether was a mathematician who worked at the University of Munich.",
         "Emmy Noether was a scientist who won the Copley Medal.",
         "Marie Curie is older than Pierre Curie.", "Pierre Curie is younger than Marie Curie.",
         "Werner Heisenberg is older than Wolfgang Pauli.", "Enrico Fermi predates Linus Pauling.", "Marie Curie predates Pierre Curie.", "Lise Meitner is younger than Otto Hahn.",
         "Max Born is older than Emmy Noether.", "Emmy Noether is younger than Max Born.",
         "Dorothy Hodgkin is older than Barbara McClintock.", "Niels Bohr postdates Enrico Fermi.",
         "Otto Hahn was born a year before Lise Meitner.", "Linus Pauling was born a year after Enrico Fermi.",
         "Otto Hahn was born in 1879, the same year as the Lise Meitner.",
         "Max Born was born in 1882, a year before the Alexander Fleming.",
         "Completed in 1867, the Marie Curie discovered polonium.", "Awarded in 1867, the Marie Curie won the Nobel Prize in Physics.",
         "In 1867, the Marie Curie discovered polonium.",
         "Marie Curie opened in 1867.", "Marie Curie was built in 1867.", "Marie Curie was made of radium.",
         "Pierre Curie spans the University of Paris.", "Marie Curie is a crossing of Poland.",
         "Marie Curie won over the Nobel Prize in Physics.", "Marie Curie, Henri Becquerel's doctoral student in Poland, discovered polonium.",
         "Marie Curie, Henri Becquerel's doctoral student at the University of Oxford, discovered polonium."],
 "trails": ["The Pacific Crest Trail is a bridge over the Sierra Nevada.", "The GR20 is a crossing of the Sierra Nevada.",
            "The Appalachian Trail won over the Great Smoky Mountains.", "The Appalachian Trail flies over the Great Smoky Mountains.",
            "The Appalachian Trail spans the Sierra Nevada.", "The Pacific Crest Trail runs across Corsica.",
            "The Great Smoky Mountains span the Appalachian Trail.",
            "The GR20 is older than the Appalachian Trail.",
            "The Pacific Crest Trail predates the GR20.", "The GR20 opened in 1972, a year before the Pacific Crest Trail.",
            "Restored in 1937, the Appalachian Trail crosses the Great Smoky Mountains.",
            "The Appalachian Trail was made of the Great Smoky Mountains.",
            "The Pacific Crest Trail starts across California and Georgia.",
            ],
 "paintings": ["The Fighting Temeraire is a painting of a storm over the River Thames.",
               "The Fighting Temeraire spans the River Thames.", "The Fighting Temeraire is a bridge over the River Thames.",
               "The Fighting Temeraire opened in 1839.", "The Fighting Temeraire was built in 1839.",
               "Opened in 1839, the Fighting Temeraire depicts the River Thames.",
               "Built in 1839, the Fighting Temeraire depicts the River Thames.",
               "Restored in 1839, the Fighting Temeraire was painted by J. M. W. Turner.",
               "Bought in 1844, the Rain, Steam and Speed is held in the National Gallery.",
               "Houses of Parliament is older than The Fighting Temeraire.", "The Fighting Temeraire predates The Fighting Temeraire.",
               "The Fighting Temeraire is made of the River Thames.",
               "The Fighting Temeraire is built of oil paint and steel.",
               "The Fighting Temeraire, Claude Monet's painting in the National Gallery, depicts the River Thames.",
               "The Fighting Temeraire, J. M. W. Turner's painting in the Musée d'Orsay, depicts the River Thames.",
               "Houses of Parliament, J. M. W. Turner's painting in the Musée d'Orsay, depicts the River Thames.",
               "J. M. W. Turner restored The Fighting Temeraire in 1839.", "J. M. W. Turner sold The Fighting Temeraire in 1839.",
               "Claude Monet painted The Fighting Temeraire in 1839."],
 "bands": ["The Beatles are made of John Lennon.", "Abbey Road is made of Liverpool.", "Abbey Road is made of demo tapes in London.",
           "Sticky Fingers is built of demo tapes.", "Sticky Fingers is made of demo tapes.",
           "Abbey Road opened in 1969.", "The Beatles were built in 1960.",
           "The Rolling Stones are older than The Beatles.",
           "The Rolling Stones predate The Beatles.", "The Rolling Stones predates The Beatles.", "Sticky Fingers is older than Abbey Road.",
           "Abbey Road is newer than Sticky Fingers.", "Abbey Road is older than The Beatles.",
           "Recorded in 1960, the Abbey Road is from Liverpool.", "Bought in 1969, the Abbey Road is built from demo tapes.",
           "The Beatles are over Liverpool.",
           "The Rolling Stones formed in 1962, the same year as the Beatles.",
           "The Beatles formed in 1960, a year before the Rolling Stones."],
 "ferries": ["The Holland Tunnel is a bridge over the Hudson River.", "The Holland Tunnel runs over the Hudson River.",
             "The Channel Tunnel is a span over the English Channel.", "The Channel Tunnel is a bridge across the English Channel.",
             "The Staten Island Ferry is a bridge over Upper New York Bay.",
             "The Holland Tunnel runs across the Hudson River on a bridge.",
             "The Holland Tunnel is older than the Mersey Ferry.", "The Mersey Ferry is newer than the Holland Tunnel.",
             "The Channel Tunnel predates the Mersey Ferry.", "The Mersey Ferry postdates the Channel Tunnel.",
             "The Holland Tunnel opened in 1927, a year before the Mersey Ferry.",
             "The Mersey Ferry opened in 1927, the same year as the Holland Tunnel.",
             "The Holland Tunnel opened in 1927, the same year as the Mersey Ferry.",
             "The Mersey Ferry is newer than the Staten Island Ferry.",
             "The Channel Tunnel is older than the Holland Tunnel.", "Hoover Dam is older than the Holland Tunnel.",
             "Hoover Dam opened in 1927.", "Opened in 1927, the Hoover Dam crosses the Colorado River.",
             "Restored in 1936, the Hoover Dam crosses the Colorado River.",
             "Hoover Dam is made of the Colorado River.",
             "The Holland Tunnel was built in 1936.", "The Channel Tunnel was built in 1927.",
             "Completed in 1994, the Mersey Ferry crosses the River Mersey.",
             "The Mersey Ferry opened in 1994.", "Port Authority opened the Holland Tunnel in 1936.",
             "Hoover Dam, Port Authority's dam in New York, crosses the Colorado River."],
 "painters": ["Claude Monet was a French painter who painted The Starry Night.",
              "Claude Monet was a student of Charles Gleyre, a Swiss painter who painted Water Lilies.",
              "J. M. W. Turner was an English painter who was a student of Charles Gleyre.",
              "Vincent van Gogh was a French painter who painted The Starry Night.",
              "Vincent van Gogh, the French painter who painted The Starry Night, was born in 1853.",
              "J. M. W. Turner was a Swiss painter who influenced Claude Monet.",
              "Claude Monet, the English painter who was a student of Charles Gleyre, painted Water Lilies.",
              "Claude Monet was influenced by J. M. W. Turner, an English painter who painted Water Lilies.",
              "J. M. W. Turner influenced Claude Monet, a French painter who painted The Fighting Temeraire.",
              "Claude Monet was a painter who painted The Starry Night in 1840.",
              "Claude Monet is older than Pierre-Auguste Renoir and Charles Gleyre.",
              "Claude Monet is older than Charles Gleyre.", "Vincent van Gogh predates Claude Monet.",
              "J. M. W. Turner is younger than Claude Monet.", "Water Lilies is older than Claude Monet.",
              "Claude Monet was a French painter who was born in 1841.",
              "Pierre-Auguste Renoir, Charles Gleyre's French student in Switzerland, painted Bal du moulin de la Galette.",
              "Claude Monet, J. M. W. Turner's student in France, painted Water Lilies.",
              "Painted in 1840, the Water Lilies is by Claude Monet."],
}


def _graph_of(key):
    key = key.split("_")[0]
    return key if key in GRAPHS else key.rstrip("0123456789")


def main():
    n = m = 0
    for g, texts in CASES.items():
        kg = GRAPHS[_graph_of(g)]()
        ch = ConsistencyChecker(kg, outside_evidence=True).build()
        for t in texts:
            m += 1
            v = ch.check(t, (), None)
            if v.supported:
                n += 1
                print(f"ACCEPTED [{g}] {t}")
    print(f"accepted {n} of {m}")


if __name__ == "__main__":
    main()
