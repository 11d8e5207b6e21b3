"""Red team round 127 (the readings of the round's CHANGES.diff): a passive phrase with an adverb read
as its active ("Whymper first climbed the Matterhorn") and "was climbed first by"; an irregular past's
present ("makes the first ascent of"); "is part of" read as "is in", "lies / rises / sits / stands in";
the verb after "first" dating the item ("first climbed in 1865", "first flew in 1969"); a country's
adjective after a copula or in an apposition ("Lino Lacedelli is Italian", "an Italian climber", ", an
Italian,"); a verb synonym no longer blocked by a relation of other types ("Lockheed built the SR-71");
"serves as a" read as "is a", "originates from" as "hails / comes from"; roles said without the article
or with "at" / "has Y as" / ", with Y as (its)"; "supplied / provided / did the music for"; "edited by
two people, A and B"; "in Athens, Greece"; "You'll find X in Y"; "designed two of these museums: A and
B": false texts only, plus faithful controls, on the test graphs (peaks, planes, kitchens, museums),
three graphs of other domains (rivers, fleet, buildings) and the shipped movie graph."""

import os
import sys

if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _graph(rels, items, others, triples, item_type):
    ents = [E(k, kind="item", type=item_type, label=n, attrs={"year": y}) for k, (n, y) in items.items()]
    ents += [E(k, type=t, label=n) for k, (t, n) in others.items()]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


# ---- the test module's graphs (tests/test_consistency_general_forms.py), as declared there ----

def peaks():
    rels = [R("in_range", phrase="is part of", inverse_phrase="includes", domain=("peak",), range=("range",)),
            R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("peak",), range=("country",)),
            R("first_climbed_by", phrase="was first climbed by", inverse_phrase="made the first ascent of",
              domain=("peak",), range=("climber",)),
            R("climber_from", phrase="comes from", inverse_phrase="is the home country of",
              domain=("climber",), range=("country",))]
    items = {"m:matterhorn": ("Matterhorn", 1865), "m:eiger": ("Eiger", 1858), "m:denali": ("Denali", 1913),
             "m:k2": ("K2", 1954), "m:blanc": ("Mont Blanc", 1786)}
    others = {"r:alps": ("range", "Alps"), "r:alaska": ("range", "Alaska Range"), "r:karakoram": ("range", "Karakoram"),
              "c:ch": ("country", "Switzerland"), "c:it": ("country", "Italy"), "c:fr": ("country", "France"),
              "c:us": ("country", "United States"), "c:pk": ("country", "Pakistan"),
              "c:uk": ("country", "United Kingdom"),
              "p:whymper": ("climber", "Edward Whymper"), "p:barrington": ("climber", "Charles Barrington"),
              "p:stuck": ("climber", "Hudson Stuck"), "p:lacedelli": ("climber", "Lino Lacedelli"),
              "p:compagnoni": ("climber", "Achille Compagnoni"), "p:balmat": ("climber", "Jacques Balmat")}
    triples = [("m:matterhorn", "in_range", "r:alps"), ("m:eiger", "in_range", "r:alps"),
               ("m:blanc", "in_range", "r:alps"), ("m:denali", "in_range", "r:alaska"),
               ("m:k2", "in_range", "r:karakoram"),
               ("m:matterhorn", "located_in", "c:ch"), ("m:matterhorn", "located_in", "c:it"),
               ("m:eiger", "located_in", "c:ch"), ("m:blanc", "located_in", "c:fr"),
               ("m:denali", "located_in", "c:us"), ("m:k2", "located_in", "c:pk"),
               ("m:matterhorn", "first_climbed_by", "p:whymper"), ("m:eiger", "first_climbed_by", "p:barrington"),
               ("m:denali", "first_climbed_by", "p:stuck"), ("m:k2", "first_climbed_by", "p:lacedelli"),
               ("m:k2", "first_climbed_by", "p:compagnoni"), ("m:blanc", "first_climbed_by", "p:balmat"),
               ("p:whymper", "climber_from", "c:uk"), ("p:lacedelli", "climber_from", "c:it"),
               ("p:compagnoni", "climber_from", "c:it"), ("p:balmat", "climber_from", "c:fr"),
               ("p:stuck", "climber_from", "c:us")]
    return _graph(rels, items, others, triples, "peak")


def planes():
    rels = [R("made_by", phrase="is made by", inverse_phrase="makes", domain=("aircraft",), range=("company",)),
            R("engine_by", phrase="is built by", inverse_phrase="builds", domain=("engine",), range=("company",)),
            R("powered_by", phrase="is powered by", inverse_phrase="powers", domain=("aircraft",), range=("engine",)),
            R("has_role", phrase="serves as a", inverse_phrase="is the role of", domain=("aircraft",), range=("role",)),
            R("originates_from", phrase="originates from", inverse_phrase="is the country of origin of",
              domain=("aircraft",), range=("country",))]
    items = {"a:747": ("Boeing 747", 1969), "a:concorde": ("Concorde", 1969), "a:sr71": ("SR-71 Blackbird", 1964),
             "a:b17": ("B-17 Flying Fortress", 1935), "a:c130": ("C-130 Hercules", 1954)}
    others = {"c:boeing": ("company", "Boeing"), "c:lockheed": ("company", "Lockheed"),
              "c:aero": ("company", "Aérospatiale"), "c:bac": ("company", "British Aircraft Corporation"),
              "c:rr": ("company", "Rolls-Royce"), "c:pw": ("company", "Pratt & Whitney"),
              "e:olympus": ("engine", "Rolls-Royce Olympus"), "e:jt9d": ("engine", "JT9D"),
              "r:bomber": ("role", "bomber"), "r:airliner": ("role", "airliner"), "r:transport": ("role", "transport"),
              "r:recon": ("role", "reconnaissance aircraft"),
              "k:us": ("country", "United States"), "k:fr": ("country", "France"), "k:uk": ("country", "United Kingdom")}
    triples = [("a:747", "made_by", "c:boeing"), ("a:b17", "made_by", "c:boeing"), ("a:sr71", "made_by", "c:lockheed"),
               ("a:c130", "made_by", "c:lockheed"), ("a:concorde", "made_by", "c:aero"),
               ("a:concorde", "made_by", "c:bac"),
               ("e:olympus", "engine_by", "c:rr"), ("e:jt9d", "engine_by", "c:pw"),
               ("a:concorde", "powered_by", "e:olympus"), ("a:747", "powered_by", "e:jt9d"),
               ("a:b17", "has_role", "r:bomber"), ("a:747", "has_role", "r:airliner"),
               ("a:concorde", "has_role", "r:airliner"), ("a:c130", "has_role", "r:transport"),
               ("a:sr71", "has_role", "r:recon"),
               ("a:747", "originates_from", "k:us"), ("a:sr71", "originates_from", "k:us"),
               ("a:b17", "originates_from", "k:us"), ("a:c130", "originates_from", "k:us"),
               ("a:concorde", "originates_from", "k:fr"), ("a:concorde", "originates_from", "k:uk")]
    return _graph(rels, items, others, triples, "aircraft")


def kitchens():
    rels = [R("chef", phrase="has as head chef", inverse_phrase="is the head chef of",
              domain=("restaurant",), range=("person",)),
            R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("restaurant",), range=("person",)),
            R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("restaurant",), range=("city",))]
    items = {"r:perse": ("Per Se", 2004), "r:laundry": ("The French Laundry", 1978), "r:noma": ("Noma", 2003),
             "r:panisse": ("Chez Panisse", 1971)}
    others = {"p:keller": ("person", "Thomas Keller"), "p:redzepi": ("person", "René Redzepi"),
              "p:waters": ("person", "Alice Waters"), "p:meyer": ("person", "Claus Meyer"),
              "c:nyc": ("city", "New York City"), "c:yountville": ("city", "Yountville"),
              "c:cph": ("city", "Copenhagen"), "c:berkeley": ("city", "Berkeley")}
    triples = [("r:perse", "chef", "p:keller"), ("r:laundry", "chef", "p:keller"), ("r:noma", "chef", "p:redzepi"),
               ("r:panisse", "chef", "p:waters"), ("r:noma", "founded_by", "p:redzepi"),
               ("r:noma", "founded_by", "p:meyer"), ("r:panisse", "founded_by", "p:waters"),
               ("r:perse", "located_in", "c:nyc"), ("r:laundry", "located_in", "c:yountville"),
               ("r:noma", "located_in", "c:cph"), ("r:panisse", "located_in", "c:berkeley")]
    return _graph(rels, items, others, triples, "restaurant")


def museums():
    rels = [R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("museum",), range=("city",)),
            R("in_country", phrase="is a city in", inverse_phrase="contains the city", domain=("city",), range=("country",)),
            R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("museum",), range=("architect",))]
    items = {"m:louvre": ("Louvre", 1793), "m:bilbao": ("Guggenheim Museum Bilbao", 1997),
             "m:acropolis": ("Acropolis Museum", 2009), "m:tate": ("Tate Modern", 2000)}
    others = {"c:paris": ("city", "Paris"), "c:bilbao": ("city", "Bilbao"), "c:athens": ("city", "Athens"),
              "c:london": ("city", "London"), "k:fr": ("country", "France"), "k:es": ("country", "Spain"),
              "k:gr": ("country", "Greece"), "k:uk": ("country", "United Kingdom"),
              "a:gehry": ("architect", "Frank Gehry"), "a:tschumi": ("architect", "Bernard Tschumi"),
              "a:hdm": ("architect", "Herzog & de Meuron")}
    triples = [("m:louvre", "located_in", "c:paris"), ("m:bilbao", "located_in", "c:bilbao"),
               ("m:acropolis", "located_in", "c:athens"), ("m:tate", "located_in", "c:london"),
               ("c:paris", "in_country", "k:fr"), ("c:bilbao", "in_country", "k:es"),
               ("c:athens", "in_country", "k:gr"), ("c:london", "in_country", "k:uk"),
               ("m:bilbao", "designed_by", "a:gehry"), ("m:acropolis", "designed_by", "a:tschumi"),
               ("m:tate", "designed_by", "a:hdm")]
    return _graph(rels, items, others, triples, "museum")


# ---- graphs of other domains ----

def rivers():
    """Rivers, their first explorers (and where those come from), the countries they rise in and flow
    through, the basins they are part of, and the cities on them (each a city in a country)."""
    rels = [R("first_explored_by", phrase="was first explored by", inverse_phrase="made the first descent of",
              domain=("river",), range=("explorer",)),
            R("rises_in", phrase="rises in", inverse_phrase="is the source country of", domain=("river",),
              range=("country",)),
            R("flows_through", phrase="flows through", inverse_phrase="is crossed by", domain=("river",),
              range=("country",)),
            R("in_basin", phrase="is part of", inverse_phrase="includes", domain=("river",), range=("basin",)),
            R("explorer_from", phrase="comes from", inverse_phrase="is the home country of",
              domain=("explorer",), range=("country",)),
            R("on_river", phrase="lies on", inverse_phrase="flows past", domain=("city",), range=("river",)),
            R("city_in", phrase="is a city in", inverse_phrase="contains the city", domain=("city",),
              range=("country",))]
    items = {"v:amazon": ("Amazon", 1542), "v:mississippi": ("Mississippi", 1541), "v:niger": ("Niger River", 1796),
             "v:congo": ("Congo River", 1877), "v:zambezi": ("Zambezi", 1851), "v:colorado": ("Colorado River", 1869),
             "v:mekong": ("Mekong", 1866), "v:missouri": ("Missouri River", 1804), "v:ohio": ("Ohio River", 1669)}
    others = {"x:orellana": ("explorer", "Francisco de Orellana"), "x:soto": ("explorer", "Hernando de Soto"),
              "x:park": ("explorer", "Mungo Park"), "x:stanley": ("explorer", "Henry Morton Stanley"),
              "x:livingstone": ("explorer", "David Livingstone"), "x:powell": ("explorer", "John Wesley Powell"),
              "x:garnier": ("explorer", "Francis Garnier"), "x:lewis": ("explorer", "Meriwether Lewis"),
              "x:lasalle": ("explorer", "René-Robert de La Salle"),
              "k:peru": ("country", "Peru"), "k:colombia": ("country", "Colombia"), "k:brazil": ("country", "Brazil"),
              "k:us": ("country", "United States"), "k:guinea": ("country", "Guinea"), "k:mali": ("country", "Mali"),
              "k:nigeria": ("country", "Nigeria"), "k:drc": ("country", "Democratic Republic of the Congo"),
              "k:zambia": ("country", "Zambia"), "k:zimbabwe": ("country", "Zimbabwe"),
              "k:mozambique": ("country", "Mozambique"), "k:mexico": ("country", "Mexico"),
              "k:china": ("country", "China"), "k:laos": ("country", "Laos"), "k:cambodia": ("country", "Cambodia"),
              "k:vietnam": ("country", "Vietnam"), "k:spain": ("country", "Spain"), "k:uk": ("country", "United Kingdom"),
              "k:france": ("country", "France"),
              "b:amazon": ("basin", "Amazon basin"), "b:congo": ("basin", "Congo Basin"),
              "b:mississippi": ("basin", "Mississippi basin"),
              "c:manaus": ("city", "Manaus"), "c:iquitos": ("city", "Iquitos"), "c:orleans": ("city", "New Orleans"),
              "c:stlouis": ("city", "St. Louis"), "c:bamako": ("city", "Bamako"), "c:kinshasa": ("city", "Kinshasa"),
              "c:phnompenh": ("city", "Phnom Penh"), "c:vientiane": ("city", "Vientiane"),
              "c:pittsburgh": ("city", "Pittsburgh"), "c:kansas": ("city", "Kansas City"),
              "c:niamey": ("city", "Niamey")}
    T = [("v:amazon", "first_explored_by", "x:orellana"), ("v:mississippi", "first_explored_by", "x:soto"),
         ("v:niger", "first_explored_by", "x:park"), ("v:congo", "first_explored_by", "x:stanley"),
         ("v:zambezi", "first_explored_by", "x:livingstone"), ("v:colorado", "first_explored_by", "x:powell"),
         ("v:mekong", "first_explored_by", "x:garnier"), ("v:missouri", "first_explored_by", "x:lewis"),
         ("v:ohio", "first_explored_by", "x:lasalle"),
         ("v:amazon", "rises_in", "k:peru"), ("v:mississippi", "rises_in", "k:us"), ("v:niger", "rises_in", "k:guinea"),
         ("v:congo", "rises_in", "k:zambia"), ("v:zambezi", "rises_in", "k:zambia"), ("v:colorado", "rises_in", "k:us"),
         ("v:mekong", "rises_in", "k:china"), ("v:missouri", "rises_in", "k:us"), ("v:ohio", "rises_in", "k:us"),
         ("v:amazon", "flows_through", "k:peru"), ("v:amazon", "flows_through", "k:colombia"),
         ("v:amazon", "flows_through", "k:brazil"), ("v:mississippi", "flows_through", "k:us"),
         ("v:niger", "flows_through", "k:guinea"), ("v:niger", "flows_through", "k:mali"),
         ("v:niger", "flows_through", "k:nigeria"), ("v:congo", "flows_through", "k:drc"),
         ("v:zambezi", "flows_through", "k:zambia"), ("v:zambezi", "flows_through", "k:zimbabwe"),
         ("v:zambezi", "flows_through", "k:mozambique"), ("v:colorado", "flows_through", "k:us"),
         ("v:colorado", "flows_through", "k:mexico"), ("v:mekong", "flows_through", "k:china"),
         ("v:mekong", "flows_through", "k:laos"), ("v:mekong", "flows_through", "k:cambodia"),
         ("v:mekong", "flows_through", "k:vietnam"), ("v:missouri", "flows_through", "k:us"),
         ("v:ohio", "flows_through", "k:us"),
         ("v:amazon", "in_basin", "b:amazon"), ("v:congo", "in_basin", "b:congo"),
         ("v:mississippi", "in_basin", "b:mississippi"), ("v:missouri", "in_basin", "b:mississippi"),
         ("v:ohio", "in_basin", "b:mississippi"),
         ("x:orellana", "explorer_from", "k:spain"), ("x:soto", "explorer_from", "k:spain"),
         ("x:park", "explorer_from", "k:uk"), ("x:stanley", "explorer_from", "k:uk"),
         ("x:livingstone", "explorer_from", "k:uk"), ("x:powell", "explorer_from", "k:us"),
         ("x:garnier", "explorer_from", "k:france"), ("x:lewis", "explorer_from", "k:us"),
         ("x:lasalle", "explorer_from", "k:france"),
         ("c:manaus", "on_river", "v:amazon"), ("c:iquitos", "on_river", "v:amazon"),
         ("c:orleans", "on_river", "v:mississippi"), ("c:stlouis", "on_river", "v:mississippi"),
         ("c:bamako", "on_river", "v:niger"), ("c:niamey", "on_river", "v:niger"), ("c:kinshasa", "on_river", "v:congo"),
         ("c:phnompenh", "on_river", "v:mekong"), ("c:vientiane", "on_river", "v:mekong"),
         ("c:pittsburgh", "on_river", "v:ohio"), ("c:kansas", "on_river", "v:missouri"),
         ("c:manaus", "city_in", "k:brazil"), ("c:iquitos", "city_in", "k:peru"), ("c:orleans", "city_in", "k:us"),
         ("c:stlouis", "city_in", "k:us"), ("c:bamako", "city_in", "k:mali"), ("c:kinshasa", "city_in", "k:drc"),
         ("c:phnompenh", "city_in", "k:cambodia"), ("c:vientiane", "city_in", "k:laos"),
         ("c:pittsburgh", "city_in", "k:us"), ("c:kansas", "city_in", "k:us")]
    # (Niamey lies on the Niger but the graph names no country for it)
    return _graph(rels, items, others, T, "river")


def fleet():
    """Warships: their yards (each in a port city of a country), first captains (and where those come
    from), fleets, navies, roles, chief designers and engine makers."""
    rels = [R("built_by", phrase="was built by", inverse_phrase="built", domain=("ship",), range=("shipyard",)),
            R("first_commanded_by", phrase="was first commanded by", inverse_phrase="was the first captain of",
              domain=("ship",), range=("officer",)),
            R("in_fleet", phrase="is part of", inverse_phrase="includes", domain=("ship",), range=("fleet",)),
            R("has_role", phrase="serves as a", inverse_phrase="is the role of", domain=("ship",), range=("role",)),
            R("operated_by", phrase="was operated by", inverse_phrase="operated", domain=("ship",), range=("navy",)),
            R("designer", phrase="has as chief designer", inverse_phrase="is the chief designer of",
              domain=("ship",), range=("person",)),
            R("engines_by", phrase="has engines by", inverse_phrase="made the engines of", domain=("ship",),
              range=("company",)),
            R("yard_in", phrase="is located in", inverse_phrase="is home to", domain=("shipyard",), range=("city",)),
            R("port_in", phrase="is a port in", inverse_phrase="has the port", domain=("city",), range=("country",)),
            R("officer_from", phrase="comes from", inverse_phrase="is the home country of", domain=("officer",),
              range=("country",))]
    items = {"s:victory": ("HMS Victory", 1765), "s:constitution": ("USS Constitution", 1797),
             "s:dreadnought": ("HMS Dreadnought", 1906), "s:yamato": ("Yamato", 1940),
             "s:enterprise": ("USS Enterprise", 1936), "s:bismarck": ("Bismarck", 1939), "s:mikasa": ("Mikasa", 1900)}
    others = {"y:chatham": ("shipyard", "Chatham Dockyard"), "y:hartt": ("shipyard", "Hartt's Shipyard"),
              "y:portsmouth": ("shipyard", "Portsmouth Dockyard"), "y:kure": ("shipyard", "Kure Naval Arsenal"),
              "y:newport": ("shipyard", "Newport News Shipbuilding"), "y:bv": ("shipyard", "Blohm & Voss"),
              "y:vickers": ("shipyard", "Vickers"),
              "c:chatham": ("city", "Chatham"), "c:boston": ("city", "Boston"), "c:portsmouth": ("city", "Portsmouth"),
              "c:kure": ("city", "Kure"), "c:newport": ("city", "Newport News"), "c:hamburg": ("city", "Hamburg"),
              "c:barrow": ("city", "Barrow-in-Furness"),
              "k:uk": ("country", "United Kingdom"), "k:us": ("country", "United States"), "k:jp": ("country", "Japan"),
              "k:de": ("country", "Germany"),
              "o:lindsay": ("officer", "John Lindsay"), "o:nicholson": ("officer", "Samuel Nicholson"),
              "o:bacon": ("officer", "Reginald Bacon"), "o:takayanagi": ("officer", "Gihachi Takayanagi"),
              "o:white": ("officer", "Newton White"), "o:lindemann": ("officer", "Ernst Lindemann"),
              "o:hayashi": ("officer", "Hayao Hayashi"),
              "f:channel": ("fleet", "Channel Fleet"), "f:home": ("fleet", "Home Fleet"),
              "f:combined": ("fleet", "Combined Fleet"), "f:pacific": ("fleet", "Pacific Fleet"),
              "r:battleship": ("role", "battleship"), "r:museum": ("role", "museum ship"),
              "r:carrier": ("role", "aircraft carrier"), "r:frigate": ("role", "frigate"),
              "n:rn": ("navy", "Royal Navy"), "n:usn": ("navy", "United States Navy"),
              "n:ijn": ("navy", "Imperial Japanese Navy"), "n:km": ("navy", "Kriegsmarine"),
              "p:slade": ("person", "Thomas Slade"), "p:humphreys": ("person", "Joshua Humphreys"),
              "p:watts": ("person", "Philip Watts"), "p:fukuda": ("person", "Keiji Fukuda"),
              "m:parsons": ("company", "Parsons Marine"), "m:bbc": ("company", "Brown, Boveri & Cie"),
              "m:westinghouse": ("company", "Westinghouse")}
    T = [("s:victory", "built_by", "y:chatham"), ("s:constitution", "built_by", "y:hartt"),
         ("s:dreadnought", "built_by", "y:portsmouth"), ("s:yamato", "built_by", "y:kure"),
         ("s:enterprise", "built_by", "y:newport"), ("s:bismarck", "built_by", "y:bv"), ("s:mikasa", "built_by", "y:vickers"),
         ("s:victory", "first_commanded_by", "o:lindsay"), ("s:constitution", "first_commanded_by", "o:nicholson"),
         ("s:dreadnought", "first_commanded_by", "o:bacon"), ("s:yamato", "first_commanded_by", "o:takayanagi"),
         ("s:enterprise", "first_commanded_by", "o:white"), ("s:bismarck", "first_commanded_by", "o:lindemann"),
         ("s:mikasa", "first_commanded_by", "o:hayashi"),
         ("s:victory", "in_fleet", "f:channel"), ("s:dreadnought", "in_fleet", "f:home"),
         ("s:yamato", "in_fleet", "f:combined"), ("s:mikasa", "in_fleet", "f:combined"),
         ("s:enterprise", "in_fleet", "f:pacific"),
         ("s:victory", "has_role", "r:museum"), ("s:constitution", "has_role", "r:museum"),
         ("s:constitution", "has_role", "r:frigate"), ("s:mikasa", "has_role", "r:museum"),
         ("s:mikasa", "has_role", "r:battleship"), ("s:dreadnought", "has_role", "r:battleship"),
         ("s:yamato", "has_role", "r:battleship"), ("s:bismarck", "has_role", "r:battleship"),
         ("s:enterprise", "has_role", "r:carrier"),
         ("s:victory", "operated_by", "n:rn"), ("s:dreadnought", "operated_by", "n:rn"),
         ("s:constitution", "operated_by", "n:usn"), ("s:enterprise", "operated_by", "n:usn"),
         ("s:yamato", "operated_by", "n:ijn"), ("s:mikasa", "operated_by", "n:ijn"), ("s:bismarck", "operated_by", "n:km"),
         ("s:victory", "designer", "p:slade"), ("s:constitution", "designer", "p:humphreys"),
         ("s:dreadnought", "designer", "p:watts"), ("s:yamato", "designer", "p:fukuda"),
         ("s:dreadnought", "engines_by", "m:parsons"), ("s:bismarck", "engines_by", "m:bbc"),
         ("s:enterprise", "engines_by", "m:westinghouse"),
         ("y:chatham", "yard_in", "c:chatham"), ("y:hartt", "yard_in", "c:boston"),
         ("y:portsmouth", "yard_in", "c:portsmouth"), ("y:kure", "yard_in", "c:kure"),
         ("y:newport", "yard_in", "c:newport"), ("y:bv", "yard_in", "c:hamburg"), ("y:vickers", "yard_in", "c:barrow"),
         ("c:chatham", "port_in", "k:uk"), ("c:boston", "port_in", "k:us"), ("c:portsmouth", "port_in", "k:uk"),
         ("c:kure", "port_in", "k:jp"), ("c:newport", "port_in", "k:us"), ("c:hamburg", "port_in", "k:de"),
         ("c:barrow", "port_in", "k:uk"),
         ("o:lindsay", "officer_from", "k:uk"), ("o:nicholson", "officer_from", "k:us"), ("o:bacon", "officer_from", "k:uk"),
         ("o:takayanagi", "officer_from", "k:jp"), ("o:white", "officer_from", "k:us"),
         ("o:lindemann", "officer_from", "k:de"), ("o:hayashi", "officer_from", "k:jp")]
    return _graph(rels, items, others, T, "ship")


def buildings():
    """Buildings: architects (and where they come from), cities (each a city in a country), who
    originally commissioned them, the complexes they are part of, what they serve as, their
    structural engineers and the sculptors of their sculptures."""
    rels = [R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("building",),
              range=("architect",)),
            R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("building",), range=("city",)),
            R("city_in", phrase="is a city in", inverse_phrase="contains the city", domain=("city",), range=("country",)),
            R("architect_from", phrase="comes from", inverse_phrase="is the home country of", domain=("architect",),
              range=("country",)),
            R("commissioned_by", phrase="was originally commissioned by", inverse_phrase="commissioned",
              domain=("building",), range=("patron",)),
            R("in_complex", phrase="is part of", inverse_phrase="includes", domain=("building",), range=("complex",)),
            R("use", phrase="serves as a", inverse_phrase="is the use of", domain=("building",), range=("use",)),
            R("engineer", phrase="has as structural engineer", inverse_phrase="is the structural engineer of",
              domain=("building",), range=("engineer",)),
            R("sculptures_by", phrase="has sculptures by", inverse_phrase="carved the sculptures of",
              domain=("building",), range=("sculptor",))]
    items = {"b:elizabeth": ("Elizabeth Tower", 1859), "b:eiffel": ("Eiffel Tower", 1889),
             "b:sagrada": ("Sagrada Família", 1882), "b:opera": ("Sydney Opera House", 1973),
             "b:empire": ("Empire State Building", 1931), "b:chrysler": ("Chrysler Building", 1930),
             "b:petronas": ("Petronas Towers", 1998), "b:fallingwater": ("Fallingwater", 1937),
             "b:guggenheim": ("Solomon R. Guggenheim Museum", 1959), "b:pompidou": ("Centre Pompidou", 1977),
             "b:shard": ("The Shard", 2012), "b:lloyds": ("Lloyd's building", 1986)}
    others = {"a:barry": ("architect", "Charles Barry"), "a:pugin": ("architect", "Augustus Pugin"),
              "a:eiffel": ("architect", "Gustave Eiffel"), "a:gaudi": ("architect", "Antoni Gaudí"),
              "a:utzon": ("architect", "Jørn Utzon"), "a:lamb": ("architect", "William F. Lamb"),
              "a:vanalen": ("architect", "William Van Alen"), "a:pelli": ("architect", "César Pelli"),
              "a:wright": ("architect", "Frank Lloyd Wright"), "a:piano": ("architect", "Renzo Piano"),
              "a:rogers": ("architect", "Richard Rogers"),
              "c:london": ("city", "London"), "c:paris": ("city", "Paris"), "c:barcelona": ("city", "Barcelona"),
              "c:sydney": ("city", "Sydney"), "c:nyc": ("city", "New York City"), "c:kl": ("city", "Kuala Lumpur"),
              "c:millrun": ("city", "Mill Run"),
              "k:uk": ("country", "United Kingdom"), "k:fr": ("country", "France"), "k:es": ("country", "Spain"),
              "k:au": ("country", "Australia"), "k:us": ("country", "United States"), "k:my": ("country", "Malaysia"),
              "k:dk": ("country", "Denmark"), "k:ar": ("country", "Argentina"), "k:it": ("country", "Italy"),
              "q:nsw": ("patron", "Government of New South Wales"), "q:kaufmann": ("patron", "Edgar J. Kaufmann"),
              "q:guggenheim": ("patron", "Solomon R. Guggenheim"), "q:raskob": ("patron", "John J. Raskob"),
              "q:chrysler": ("patron", "Walter Chrysler"), "q:bocabella": ("patron", "Josep Maria Bocabella"),
              "q:pompidou": ("patron", "Georges Pompidou"), "q:sellar": ("patron", "Irvine Sellar"),
              "x:westminster": ("complex", "Palace of Westminster"), "x:klcc": ("complex", "Kuala Lumpur City Centre"),
              "x:champ": ("complex", "Champ de Mars"),
              "u:museum": ("use", "museum"), "u:office": ("use", "office building"), "u:concert": ("use", "concert hall"),
              "u:clock": ("use", "clock tower"), "u:church": ("use", "church"), "u:house": ("use", "house"),
              "u:observation": ("use", "observation tower"),
              "e:arup": ("engineer", "Ove Arup"), "e:rice": ("engineer", "Peter Rice"),
              "e:koechlin": ("engineer", "Maurice Koechlin"), "e:thornton": ("engineer", "Charles Thornton"),
              "s:subirachs": ("sculptor", "Josep Maria Subirachs"), "s:sotoo": ("sculptor", "Etsuro Sotoo")}
    T = [("b:elizabeth", "designed_by", "a:barry"), ("b:elizabeth", "designed_by", "a:pugin"),
         ("b:eiffel", "designed_by", "a:eiffel"), ("b:sagrada", "designed_by", "a:gaudi"),
         ("b:opera", "designed_by", "a:utzon"), ("b:empire", "designed_by", "a:lamb"),
         ("b:chrysler", "designed_by", "a:vanalen"), ("b:petronas", "designed_by", "a:pelli"),
         ("b:fallingwater", "designed_by", "a:wright"), ("b:guggenheim", "designed_by", "a:wright"),
         ("b:pompidou", "designed_by", "a:piano"), ("b:pompidou", "designed_by", "a:rogers"),
         ("b:shard", "designed_by", "a:piano"), ("b:lloyds", "designed_by", "a:rogers"),
         ("b:elizabeth", "located_in", "c:london"), ("b:eiffel", "located_in", "c:paris"),
         ("b:sagrada", "located_in", "c:barcelona"), ("b:opera", "located_in", "c:sydney"),
         ("b:empire", "located_in", "c:nyc"), ("b:chrysler", "located_in", "c:nyc"), ("b:petronas", "located_in", "c:kl"),
         ("b:fallingwater", "located_in", "c:millrun"), ("b:guggenheim", "located_in", "c:nyc"),
         ("b:pompidou", "located_in", "c:paris"), ("b:shard", "located_in", "c:london"),
         ("b:lloyds", "located_in", "c:london"),
         ("c:london", "city_in", "k:uk"), ("c:paris", "city_in", "k:fr"), ("c:barcelona", "city_in", "k:es"),
         ("c:sydney", "city_in", "k:au"), ("c:nyc", "city_in", "k:us"), ("c:kl", "city_in", "k:my"),
         ("c:millrun", "city_in", "k:us"),
         ("a:barry", "architect_from", "k:uk"), ("a:pugin", "architect_from", "k:uk"),
         ("a:eiffel", "architect_from", "k:fr"), ("a:gaudi", "architect_from", "k:es"),
         ("a:utzon", "architect_from", "k:dk"), ("a:lamb", "architect_from", "k:us"),
         ("a:vanalen", "architect_from", "k:us"), ("a:pelli", "architect_from", "k:ar"),
         ("a:wright", "architect_from", "k:us"), ("a:piano", "architect_from", "k:it"),
         ("a:rogers", "architect_from", "k:uk"),
         ("b:opera", "commissioned_by", "q:nsw"), ("b:fallingwater", "commissioned_by", "q:kaufmann"),
         ("b:guggenheim", "commissioned_by", "q:guggenheim"), ("b:empire", "commissioned_by", "q:raskob"),
         ("b:chrysler", "commissioned_by", "q:chrysler"), ("b:sagrada", "commissioned_by", "q:bocabella"),
         ("b:pompidou", "commissioned_by", "q:pompidou"), ("b:shard", "commissioned_by", "q:sellar"),
         ("b:elizabeth", "in_complex", "x:westminster"), ("b:petronas", "in_complex", "x:klcc"),
         ("b:eiffel", "in_complex", "x:champ"),
         ("b:guggenheim", "use", "u:museum"), ("b:pompidou", "use", "u:museum"), ("b:opera", "use", "u:concert"),
         ("b:empire", "use", "u:office"), ("b:chrysler", "use", "u:office"), ("b:petronas", "use", "u:office"),
         ("b:shard", "use", "u:office"), ("b:lloyds", "use", "u:office"), ("b:elizabeth", "use", "u:clock"),
         ("b:sagrada", "use", "u:church"), ("b:fallingwater", "use", "u:house"), ("b:eiffel", "use", "u:observation"),
         ("b:opera", "engineer", "e:arup"), ("b:pompidou", "engineer", "e:rice"), ("b:lloyds", "engineer", "e:rice"),
         ("b:eiffel", "engineer", "e:koechlin"), ("b:petronas", "engineer", "e:thornton"),
         ("b:sagrada", "sculptures_by", "s:subirachs"), ("b:sagrada", "sculptures_by", "s:sotoo")]
    return _graph(rels, items, others, T, "building")


BUILDERS = {"peaks": peaks, "planes": planes, "kitchens": kitchens, "museums": museums, "rivers": rivers,
            "fleet": fleet, "buildings": buildings, "movies": kgx.KnowledgeGraph.example}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@peaks
# (3) x (any graph): "first flew" / "was first flown" and the older first-verbs date an item that never flies
The Matterhorn first flew in 1865.
K2 first flew in 1954.
Denali was first flown in 1913.
The Matterhorn first flew in 1865, and Edward Whymper first climbed it.
Edward Whymper first climbed the Matterhorn, which first flew in 1865.
The Matterhorn, which first flew in 1865, is in the Alps.
K2 first flew in 1954, in Pakistan.
Denali was first cooked in 1913.
K2 was first brewed in 1954.
K2 was first sold in 1954.
K2 was first taught in 1954.
# (4) x the item's kind noun: a person "is a British peak"; a place "an Italian" (a person) in apposition
Edward Whymper is a British peak.
Lino Lacedelli was an Italian peak.
Lino Lacedelli and Achille Compagnoni were Italian peaks.
Jacques Balmat is a French peak.
Hudson Stuck is an American peak.
The Matterhorn was first climbed by Edward Whymper, a British peak.
K2 was first climbed by Lino Lacedelli, an Italian peak, and Achille Compagnoni.
Edward Whymper is a British peak and Lino Lacedelli is an Italian peak.
Edward Whymper, a British peak, first climbed the Matterhorn.
The Matterhorn, an Italian, was first climbed by Edward Whymper.
The Eiger, a Swiss, was first climbed by Charles Barrington.
Denali, an American, rises in the Alaska Range.
Edward Whymper first climbed the Matterhorn, a Swiss.
The Matterhorn is an Italian climber.
Denali is an American climber.
# (1) a passive phrase with an adverb read as its active, with or without the adverb; "was climbed first by"
Edward Whymper climbed the Eiger.
Edward Whymper first climbed K2.
Lino Lacedelli first climbed the Matterhorn.
Lino Lacedelli climbed Denali.
Hudson Stuck first climbed Mont Blanc.
The Matterhorn climbed Edward Whymper.
Edward Whymper was first climbed by the Matterhorn.
The Matterhorn was climbed first by Lino Lacedelli.
The Eiger was climbed first by Edward Whymper.
K2 was climbed first by Edward Whymper.
Edward Whymper did not first climb the Matterhorn.
Edward Whymper never climbed the Matterhorn.
Edward Whymper didn't climb the Matterhorn.
The Matterhorn was not first climbed by Edward Whymper.
The Matterhorn was never climbed.
Edward Whymper first climbed the Matterhorn and the Eiger.
Edward Whymper first climbed the Matterhorn and Mont Blanc.
Edward Whymper and Lino Lacedelli first climbed the Matterhorn.
Lino Lacedelli and Edward Whymper first climbed K2.
Lino Lacedelli first climbed K2 and Denali.
Edward Whymper first climbed the Matterhorn in 1866.
Edward Whymper first climbed the Matterhorn in 1954.
Edward Whymper climbed the Matterhorn in 1954.
Edward Whymper first climbed the Matterhorn, in the Karakoram.
Edward Whymper first climbed the Matterhorn, which is in Pakistan.
Edward Whymper first climbed the Matterhorn in Pakistan.
Edward Whymper last climbed the Matterhorn.
Edward Whymper originally climbed the Eiger.
Edward Whymper made the first ascent of the Eiger.
Edward Whymper makes the first ascent of K2.
Jacques Balmat makes the first ascent of the Matterhorn.
Mont Blanc makes the first ascent of Jacques Balmat.
Jacques Balmat made the first ascent of Mont Blanc in 1787.
Jacques Balmat made the first ascents of Mont Blanc and Denali.
Jacques Balmat made the second ascent of Mont Blanc.
Jacques Balmat did not make the first ascent of Mont Blanc.
Jacques Balmat never made the first ascent of Mont Blanc.
Jacques Balmat is making the first ascent of Denali.
Hudson Stuck climbed Denali first and K2 second.
The Matterhorn was climbed first by Edward Whymper and then by Lino Lacedelli.
The Matterhorn was climbed by Lino Lacedelli.
Lino Lacedelli climbed the Matterhorn first.
Achille Compagnoni climbed Mont Blanc first.
The Eiger was first climbed by Edward Whymper.
The Eiger was climbed first by Charles Barrington in 1865.
Charles Barrington first climbed the Eiger in 1865.
Charles Barrington first climbed the Alps.
Edward Whymper first climbed Switzerland.
Switzerland was first climbed by Edward Whymper.
The Alps were first climbed by Edward Whymper.
Italy first climbed K2.
# (2) "is part of" read as "is in", "lies / rises / sits / stands in", "was in"
The Matterhorn rises in the Karakoram.
Denali lies in the Alps.
Mont Blanc sits in the Alaska Range.
The Eiger stands in the Karakoram.
K2 is in the Alps.
K2 was in the Alps.
The Matterhorn is not in the Alps.
The Matterhorn isn't in the Alps.
The Matterhorn no longer lies in the Alps.
Denali and K2 are both in the Alaska Range.
The Matterhorn, the Eiger and Denali are in the Alps.
The Matterhorn and Mont Blanc both rise in the Karakoram.
The Alps rise in the Matterhorn.
The Alps are in the Matterhorn.
K2 rises in the Karakoram, in Italy.
K2 rises in the Karakoram and was first climbed by Edward Whymper.
Denali rises in the Alaska Range in France.
Mont Blanc lies in the Alps, in Italy.
The Eiger lies in the Alps, in Italy.
The Eiger is in Italy.
Mont Blanc is in Switzerland.
K2 is in the Karakoram in Switzerland.
Edward Whymper is in the Alps.
Edward Whymper rises in the Alps.
Edward Whymper was in the Alps.
Switzerland lies in the Alps.
The Karakoram lies in Pakistan.
The Alps lie in Switzerland.
The Matterhorn sits in the Alps, and so does K2.
The Matterhorn sits in the Alps, as does Denali.
The Matterhorn belongs to the Karakoram.
The Matterhorn forms part of the Alaska Range.
The Alps include K2.
The Alps include the Matterhorn and K2.
# (3) the verb after "first" dates the item
The Matterhorn was first climbed in 1858.
The Eiger was first climbed in 1865.
K2 was first climbed in 1953.
Mont Blanc was first climbed in 1886.
K2 was first climbed in 1954 by Edward Whymper.
K2 was first climbed in 1954 by Lino Lacedelli and Edward Whymper.
The Eiger was first climbed in 1858 by Edward Whymper.
Denali was first climbed in 1913 by Lino Lacedelli.
The Matterhorn and the Eiger were first climbed in 1865.
The Matterhorn and K2 were both first climbed in 1954.
The Matterhorn was first climbed in the 1950s.
Denali was first climbed in the 1800s.
K2 was first climbed before 1900.
Mont Blanc was first climbed after 1900.
The Matterhorn was first climbed in 1865 and K2 in 1953.
The Matterhorn was first climbed in 1865, eight years after the Eiger.
K2 was first climbed in 1954, forty years after Denali.
Denali was first climbed in 1913, in the Alps.
The Matterhorn was not first climbed in 1865.
The Matterhorn was last climbed in 1865.
The Matterhorn was climbed for the first time in 1866.
Edward Whymper first climbed the Matterhorn in 1865 and K2 in 1954.
The Eiger was first painted in 1858.
The Matterhorn was first photographed in 1865.
K2 was first surveyed in 1954.
Denali first flew in 1913.
# (4) a country's adjective after a copula or in an apposition
Edward Whymper is Swiss.
Edward Whymper is French.
Lino Lacedelli is British.
Lino Lacedelli is Pakistani.
Jacques Balmat is Swiss.
Hudson Stuck is British.
Charles Barrington is British.
Charles Barrington is Swiss.
Achille Compagnoni was a Pakistani climber.
Edward Whymper was an Italian climber.
Edward Whymper was a British peak.
Edward Whymper was a British chef.
Edward Whymper is not British.
Edward Whymper isn't British.
Edward Whymper was never British.
Lino Lacedelli is Italian and Edward Whymper is Swiss.
Lino Lacedelli is Italian, and so is Edward Whymper.
Lino Lacedelli is Italian, like Edward Whymper.
Lino Lacedelli is Italian, as is Edward Whymper.
Lino Lacedelli and Edward Whymper are Italian.
Lino Lacedelli and Edward Whymper are both Italian.
Edward Whymper and Lino Lacedelli were Italian.
Edward Whymper and Achille Compagnoni were Italian.
Lino Lacedelli is Italian and first climbed Denali.
Lino Lacedelli is an Italian climber who first climbed Mont Blanc.
Lino Lacedelli, an Italian, first climbed Denali.
Edward Whymper, an Italian, first climbed the Matterhorn.
Edward Whymper, a Swiss, first climbed the Matterhorn.
The Matterhorn was first climbed by Edward Whymper, an Italian.
The Matterhorn was first climbed by Edward Whymper, a Swiss.
Mont Blanc was first climbed by Jacques Balmat, an Italian.
K2 was first climbed by Lino Lacedelli and Achille Compagnoni, a Pakistani.
K2 was first climbed by Lino Lacedelli, an Italian, and Edward Whymper.
Denali was first climbed by Hudson Stuck, a British climber.
Denali was first climbed by Hudson Stuck, an American, in 1912.
The Eiger is Italian.
Mont Blanc is Swiss.
K2 is Italian.
Denali is British.
K2 is an Italian peak.
The Eiger is an Italian peak.
The Alps are Italian.
The Karakoram is Pakistani.
Edward Whymper is American.
The Matterhorn is Pakistani.
Switzerland is Italian.
Edward Whymper is a British climber, and Lino Lacedelli is a French climber.
Lino Lacedelli is Italian; Edward Whymper is too.
Lino Lacedelli is Italian; so is Jacques Balmat.
Jacques Balmat was French and first climbed K2.
Hudson Stuck was American and made the first ascent of the Eiger.
Edward Whymper first climbed the Matterhorn; he was Italian.
The Matterhorn was first climbed by Edward Whymper, who was Italian.
The Matterhorn was first climbed by a British climber, Lino Lacedelli.
The man who first climbed the Matterhorn was Italian.
The climber who first climbed the Matterhorn was Swiss.
The climbers who first climbed K2 were Pakistani.
The man who made the first ascent of the Eiger was Swiss.
# (9) a count, a noun, then every one of them
K2 was first climbed by two climbers, Lino Lacedelli and Edward Whymper.
K2 was first climbed by three climbers, Lino Lacedelli, Achille Compagnoni and Edward Whymper.
K2 was first climbed by two climbers, Lino Lacedelli and Lino Lacedelli.
The Matterhorn was first climbed by two climbers, Edward Whymper and Charles Barrington.
K2 was first climbed by two climbers, Lino Lacedelli and Achille Compagnoni, in 1953.
K2 was first climbed by two climbers: Lino Lacedelli and Jacques Balmat.
K2 was climbed first by two climbers, Lino Lacedelli and Hudson Stuck.
K2 was first climbed by two peaks, Lino Lacedelli and Achille Compagnoni.
K2 was first climbed by two climbers, Lino Lacedelli and Achille Compagnoni, both French.
K2 was first climbed by two Italian climbers, Lino Lacedelli and Edward Whymper.
The Matterhorn was first climbed by one climber, Lino Lacedelli.
# (11) "You'll find X in Y."
You'll find K2 in Italy.
You'll find the Matterhorn in the Karakoram.
You'll find Denali in the Alps.
You'll find the Eiger in Italy.
You will find Mont Blanc in Switzerland.
You can find K2 in the Alps.
You find Mont Blanc in the Alaska Range.
You'll find Edward Whymper in the Alps.
You'll find the Alps in the Matterhorn.
You'll find K2 in Lino Lacedelli.
You won't find the Matterhorn in the Alps.
You'll never find the Matterhorn in the Alps.
You'll find the Matterhorn and K2 in the Alps.
You'll find the Matterhorn in the Alps, first climbed by Lino Lacedelli.
You'll find the Matterhorn, first climbed by Lino Lacedelli, in the Alps.
You'll find K2 in the Karakoram, in Italy.
You'll find the Matterhorn in the Alps. K2 too.
You'll find the Matterhorn in the Alps and Denali in the Karakoram.
@planes
Concorde was first sold in 1969.
# (3) "first flew in"
The SR-71 Blackbird first flew in 1969.
The B-17 Flying Fortress first flew in 1936.
The C-130 Hercules first flew in 1964.
Concorde first flew in 1976.
The Boeing 747 and the SR-71 Blackbird first flew in 1969.
Concorde and the Boeing 747 first flew in 1970.
Concorde first flew in 1969, five years after the B-17 Flying Fortress.
The Boeing 747 first flew in 1969 and the C-130 Hercules in 1964.
The Boeing 747 first flew in the 1970s.
The B-17 Flying Fortress first flew after 1950.
The Boeing 747 did not first fly in 1969.
The Boeing 747 first flew in 1969, built by Lockheed.
The Boeing 747, first flown in 1969, is a bomber.
The SR-71 Blackbird, first flown in 1969, was made by Lockheed.
Lockheed's SR-71 Blackbird first flew in 1954.
The Boeing 747 last flew in 1969.
Concorde first crashed in 1969.
# (5) a verb synonym no longer blocked by a relation of other types
Lockheed built the Boeing 747.
Boeing built the C-130 Hercules.
Boeing built Concorde.
Rolls-Royce built Concorde.
Pratt & Whitney built the Boeing 747.
Boeing built the JT9D.
Lockheed built the Rolls-Royce Olympus.
Boeing builds the Rolls-Royce Olympus.
Lockheed did not build the SR-71 Blackbird.
Lockheed never built the C-130 Hercules.
Lockheed built the SR-71 Blackbird in 1969.
Lockheed built the SR-71 Blackbird, a bomber.
The SR-71 Blackbird was built by Boeing.
The Boeing 747 was built by Lockheed.
The Boeing 747 was manufactured by Lockheed.
Lockheed manufactured the Boeing 747.
Boeing manufactures Concorde.
Rolls-Royce manufactures the JT9D.
The JT9D was manufactured by Rolls-Royce.
The JT9D is made by Rolls-Royce.
Boeing constructed the SR-71 Blackbird.
Rolls-Royce constructed the JT9D.
The Boeing 747 was built by Pratt & Whitney.
Concorde was built by Rolls-Royce.
Rolls-Royce built the engines of the Boeing 747.
Pratt & Whitney built Concorde's engines.
The SR-71 Blackbird builds Lockheed.
The Boeing 747 built Boeing.
Concorde was built by Aérospatiale and Boeing.
Aérospatiale built Concorde and the Boeing 747.
The Rolls-Royce Olympus powers the Boeing 747.
The JT9D powers Concorde.
Concorde is powered by the JT9D.
Rolls-Royce powers Concorde.
# (6) "serves as a" read as "is a"; "originates from" as "hails from", "comes from"
The B-17 Flying Fortress is an airliner.
Concorde is a bomber.
Concorde is a transport.
The C-130 Hercules serves as a bomber.
The SR-71 Blackbird is a bomber built by Lockheed.
The B-17 Flying Fortress is a bomber built by Lockheed.
The B-17 Flying Fortress is a bomber made by Lockheed.
The Boeing 747 and Concorde are bombers.
The Boeing 747 and the B-17 Flying Fortress are airliners.
The B-17 Flying Fortress is not a bomber.
The B-17 Flying Fortress isn't a bomber.
The B-17 Flying Fortress was never a bomber.
The B-17 Flying Fortress is a bomber and an airliner.
The SR-71 Blackbird is a transport.
The SR-71 Blackbird is a reconnaissance aircraft made by Boeing.
Boeing is a bomber.
The B-17 Flying Fortress served as a transport.
The B-17 Flying Fortress is a bomber from France.
The B-17 Flying Fortress is a French bomber.
The B-17 Flying Fortress is an American airliner.
Concorde is an American airliner.
Concorde is a British bomber.
Concorde is American.
The Boeing 747 is French.
The SR-71 Blackbird is British.
The C-130 Hercules is an American bomber.
The Boeing 747 is a French airliner.
The Boeing 747 is a British aircraft.
Concorde hails from France and the United States.
The Boeing 747 hails from France.
The SR-71 Blackbird comes from the United Kingdom.
The C-130 Hercules came from France.
The B-17 Flying Fortress is from the United Kingdom.
The B-17 Flying Fortress originates from France.
The Boeing 747 does not come from the United States.
The Boeing 747 doesn't hail from the United States.
Concorde comes from France, like the Boeing 747.
Concorde comes from France, as does the SR-71 Blackbird.
Concorde, from the United States, is an airliner.
The C-130 Hercules, a transport from France, was made by Lockheed.
Lockheed hails from the United States.
Boeing comes from the United States.
Rolls-Royce is British.
The Rolls-Royce Olympus is British.
The JT9D is American.
The engine that powers the Boeing 747 is American.
The United States is the country of origin of Concorde.
France is the country of origin of the Boeing 747.
# (9) counted agents
Concorde was made by two companies, Aérospatiale and Rolls-Royce.
Concorde was built by two companies, Aérospatiale and the British Aircraft Corporation, in 1976.
The Boeing 747 was built by two companies, Boeing and Pratt & Whitney.
Concorde was built by two companies, Boeing and Lockheed.
Concorde was built by two companies, Aérospatiale and the British Aircraft Corporation, both American.
Concorde was built by two companies, Aérospatiale and Aérospatiale.
Concorde was made by three companies, Aérospatiale, the British Aircraft Corporation and Rolls-Royce.
# (12) "two of these"
Lockheed built two of these aircraft: the SR-71 Blackbird and the Boeing 747.
Boeing made two of these aircraft: the Boeing 747 and Concorde.
Two of these aircraft are bombers: the B-17 Flying Fortress and the C-130 Hercules.
@kitchens
# (7) x "founded X with Y": ", with Y as its head chef" after a verb's object
René Redzepi founded Noma with Claus Meyer as its head chef.
René Redzepi founded Noma with Claus Meyer as head chef.
Alice Waters founded Chez Panisse with Thomas Keller as head chef.
Claus Meyer founded Noma with Alice Waters as its head chef.
# (3) x any graph
Per Se first flew in 2004.
The French Laundry first flew in 1978.
Chez Panisse first flew in 1971 and is in Berkeley.
# (7) a role without its article, at a place, "has Y as", ", with Y as (its)"
Alice Waters is head chef at Noma.
Thomas Keller is head chef at Noma.
Thomas Keller is the head chef at Chez Panisse.
Claus Meyer is the head chef at Noma.
Claus Meyer is head chef of Noma.
René Redzepi is head chef of Per Se.
Thomas Keller is head chef at Per Se and Noma.
Thomas Keller is head chef at Per Se and at Noma.
Thomas Keller and René Redzepi are head chefs at Per Se.
Thomas Keller is not head chef at Per Se.
Thomas Keller isn't the head chef at Per Se.
Thomas Keller is no longer head chef at Per Se.
Thomas Keller was never head chef at The French Laundry.
Per Se is head chef at Thomas Keller.
Thomas Keller is head chef at New York City.
René Redzepi is head chef at Copenhagen.
Per Se has René Redzepi as head chef.
Noma has Thomas Keller as head chef.
Noma has Claus Meyer as head chef.
Chez Panisse has Thomas Keller as head chef.
Noma has René Redzepi and Claus Meyer as head chefs.
Noma has René Redzepi as head chef and Alice Waters as founder.
Noma has René Redzepi as head chef, and so does Per Se.
Noma has René Redzepi as head chef, as does Chez Panisse.
Per Se has Thomas Keller as head chef and is in Berkeley.
Per Se has Thomas Keller as its head chef and is located in Yountville.
Per Se does not have Thomas Keller as head chef.
The French Laundry has Thomas Keller as head chef since 1971.
Thomas Keller has The French Laundry as head chef.
René Redzepi has Noma as head chef.
Noma, with Thomas Keller as head chef, is in Copenhagen.
Noma, with René Redzepi as head chef, is in Berkeley.
Per Se, with Thomas Keller as its head chef, is in Yountville.
The French Laundry, with Alice Waters as its head chef, is in Yountville.
Chez Panisse, with Alice Waters as head chef, was founded by Thomas Keller.
Noma, with René Redzepi as head chef, was founded by Alice Waters.
Noma, with Claus Meyer as its head chef, was founded by René Redzepi.
René Redzepi, with Noma as head chef, is in Copenhagen.
Per Se is in New York City, with René Redzepi as its head chef.
Noma is in Copenhagen, with Claus Meyer as its head chef.
Per Se is in Yountville, with Thomas Keller as its head chef.
Claus Meyer founded Noma, with Alice Waters as head chef.
Alice Waters founded Chez Panisse, with Thomas Keller as its head chef.
Alice Waters founded Chez Panisse, with René Redzepi as head chef, in Berkeley.
Thomas Keller is head chef at Per Se, in Yountville.
Thomas Keller is head chef at Per Se, which is in Berkeley.
Thomas Keller is head chef at Per Se, founded by Alice Waters.
Thomas Keller is head chef at Per Se in Copenhagen.
Thomas Keller is head chef at The French Laundry in New York City.
The head chef at Noma is Thomas Keller.
The head chef of Per Se is René Redzepi.
Per Se's head chef is René Redzepi.
Thomas Keller is head chef at Per Se, and René Redzepi is head chef at Chez Panisse.
Thomas Keller is head chef at two restaurants, Per Se and Noma.
# (9) counted agents
Noma was founded by two people, René Redzepi and Alice Waters.
Noma was founded by two people, René Redzepi and Thomas Keller.
Noma was founded by three people, René Redzepi, Claus Meyer and Alice Waters.
Noma was founded by two people, René Redzepi and Claus Meyer, in 2004.
Chez Panisse was founded by two people, Alice Waters and Claus Meyer.
Noma was founded by two chefs, René Redzepi and Claus Meyer, in Berkeley.
# (11) "You'll find X in Y."
You'll find Noma in Berkeley.
You'll find Per Se in Yountville.
You will find Chez Panisse in the city of Copenhagen.
You'll find Thomas Keller in Yountville.
You'll find René Redzepi in Noma.
You'll find Noma in Copenhagen, with Thomas Keller as head chef.
You'll find Per Se in New York City and Noma in Berkeley.
@museums
The Louvre first flew in 1793.
Paris is a French architect.
Athens, a Greek, is home to the Acropolis Museum.
# (10) "in Athens, Greece"
The Louvre is in Paris, Spain.
The Louvre is in London, United Kingdom.
The Louvre stands in Paris, Greece.
The Tate Modern stands in London, France.
The Tate Modern is in Paris, France.
The Acropolis Museum, in Athens, Spain, was designed by Bernard Tschumi.
The Acropolis Museum, in Athens, Greece, was designed by Frank Gehry.
The Acropolis Museum, in Bilbao, Spain, was designed by Bernard Tschumi.
The Guggenheim Museum Bilbao, in Bilbao, Spain, was designed by Herzog & de Meuron.
Frank Gehry designed the Guggenheim Museum Bilbao in Bilbao, France.
Frank Gehry designed a museum in Athens, Greece.
Frank Gehry designed the Acropolis Museum in Athens, Greece.
Bernard Tschumi designed the Acropolis Museum in Athens, Greece, and the Tate Modern in London, United Kingdom.
The Louvre is in Paris, France, and the Tate Modern is in London, Greece.
The Louvre is in Paris, France, and was designed by Frank Gehry.
The Louvre is in Paris, France and Spain.
The Louvre is in Paris, Athens.
The Louvre is in Paris, London.
The Louvre is in Paris, Bilbao and Athens.
The Louvre is in Athens, Paris.
The Louvre is in Greece, Athens.
The Louvre is not in Paris, France.
The Louvre isn't in Paris, France.
The Louvre, Paris, was designed by Frank Gehry.
Paris, Greece, is home to the Louvre.
Athens, Spain is home to the Acropolis Museum.
The Tate Modern in London, France, was designed by Herzog & de Meuron.
The Tate Modern in London, United Kingdom, was designed by Frank Gehry.
Herzog & de Meuron designed the Tate Modern in London, Spain.
The Guggenheim Museum Bilbao stands in Bilbao, Frank Gehry.
Paris is a city in Spain.
Athens is a city in France.
Paris is in Spain.
Bilbao lies in France.
The Acropolis Museum stands in Athens, Greece, and dates from 1997.
The Acropolis Museum (1997) stands in Athens, Greece.
# (11) "You'll find X in Y."
You'll find the Louvre in Athens.
You'll find the Tate Modern in Paris.
You will find the Acropolis Museum in the city of London.
You can find the Guggenheim Museum Bilbao in Athens.
You find the Tate Modern in Bilbao.
You'll find the Louvre in Spain.
You'll find the Louvre in Greece.
You'll find the Tate Modern in France.
You'll find the Louvre in Frank Gehry.
You'll find Bernard Tschumi in Athens.
You'll find Paris in the Louvre.
You'll find Paris in Spain.
You'll find Athens in France.
You'll find the Louvre in Paris, Spain.
You'll find the Guggenheim Museum Bilbao in Bilbao, France.
You'll find the Louvre in Paris, designed by Frank Gehry.
You'll find the Tate Modern in London, designed by Frank Gehry.
You'll find the Louvre, designed by Frank Gehry, in Paris.
You won't find the Louvre in Paris.
You'll never find the Louvre in Paris.
You'll find the Louvre in Paris and the Tate Modern in Athens.
You'll find the Louvre and the Tate Modern in Paris.
You'll find the Louvre in Paris. You'll find the Tate Modern in Bilbao.
You'll find the Louvre in the city of Paris, in Spain.
You'll find the Louvre in the town of Athens.
You'll find the Louvre in the village of Bilbao.
You'll find the Louvre in Paris, which is in Spain.
# (12) "two of these museums: A and B"
Frank Gehry designed two of these museums: the Guggenheim Museum Bilbao and the Tate Modern.
Frank Gehry designed two of these museums: the Guggenheim Museum Bilbao and the Acropolis Museum.
Bernard Tschumi designed two of these museums: the Acropolis Museum and the Louvre.
Herzog & de Meuron designed two of these museums: the Tate Modern and the Louvre.
Frank Gehry designed three of these museums: the Guggenheim Museum Bilbao, the Tate Modern and the Louvre.
Frank Gehry designed two of the museums: the Guggenheim Museum Bilbao and the Tate Modern.
Frank Gehry designed two of these museums: the Guggenheim Museum Bilbao and the Guggenheim Museum Bilbao.
Two of these museums are in Paris: the Louvre and the Tate Modern.
Two of these museums are in London: the Tate Modern and the Acropolis Museum.
Two of these museums were designed by Frank Gehry: the Guggenheim Museum Bilbao and the Tate Modern.
Frank Gehry designed two of these museums: the Guggenheim Museum Bilbao and Paris.
Frank Gehry designed two of these museums: the Guggenheim Museum Bilbao and the Tate Modern, both in Spain.
Frank Gehry and Bernard Tschumi designed two of these museums: the Louvre and the Tate Modern.
Frank Gehry designed two of these museums: the Guggenheim Museum Bilbao (1997) and the Acropolis Museum (2009).
Bernard Tschumi designed one of these museums: the Louvre.
Frank Gehry designed two of these: the Guggenheim Museum Bilbao and the Tate Modern.
Frank Gehry designed two of these museums, the Guggenheim Museum Bilbao and the Tate Modern.
Frank Gehry designed both of these museums: the Guggenheim Museum Bilbao and the Tate Modern.
Frank Gehry designed these two museums: the Guggenheim Museum Bilbao and the Tate Modern.
Frank Gehry designed two of these museums: the Guggenheim Museum Bilbao in Bilbao and the Tate Modern in London.
Paris is home to two of these museums: the Louvre and the Tate Modern.
London is home to two of these museums: the Tate Modern and the Louvre.
# (9), (4) on museums
The Guggenheim Museum Bilbao was designed by two architects, Frank Gehry and Bernard Tschumi.
Frank Gehry is Spanish.
The Acropolis Museum is Spanish.
The Tate Modern is a French museum.
Paris is Greek.
Frank Gehry is a Spanish architect.
Bernard Tschumi, a Greek, designed the Acropolis Museum.
@rivers
The Amazon first flew in 1542.
The Amazon first flew in 1542 and rises in Peru.
The Mississippi was first flown in 1541.
Mungo Park was a British river.
Francis Garnier is a French river.
The Mekong was first explored by Francis Garnier, a French river.
The Amazon is a Peruvian explorer.
Manaus, a Brazilian, lies on the Amazon.
The Amazon, a Peruvian, rises in Peru.
# (1) "was first explored by" -> "X (first) explored Y", "was explored first by"; "made the first descent of" -> "makes"
Mungo Park first explored the Congo River.
Mungo Park explored the Zambezi.
Henry Morton Stanley first explored the Niger River.
David Livingstone explored the Congo River.
Francis Garnier first explored the Amazon.
The Mekong first explored Francis Garnier.
Francis Garnier was first explored by the Mekong.
The Mekong was explored first by Henry Morton Stanley.
The Niger River was explored first by David Livingstone.
David Livingstone did not first explore the Zambezi.
David Livingstone never explored the Zambezi.
David Livingstone first explored the Zambezi and the Congo River.
David Livingstone and Henry Morton Stanley first explored the Congo River.
David Livingstone first explored the Zambezi in 1877.
Francisco de Orellana made the first descent of the Mississippi.
Hernando de Soto makes the first descent of the Amazon.
John Wesley Powell makes the first descent of the Mekong.
John Wesley Powell made the first descent of the Colorado River in 1896.
John Wesley Powell made the second descent of the Colorado River.
The Colorado River makes the first descent of John Wesley Powell.
John Wesley Powell first explored Mexico.
John Wesley Powell first explored the Colorado River, which rises in Mexico.
Meriwether Lewis explored the Missouri River first and the Ohio River second.
Meriwether Lewis originally explored the Ohio River.
The Missouri River was explored by René-Robert de La Salle.
The Ohio River was explored first by Meriwether Lewis.
# (2) "is part of" a basin read as "is in", "lies / rises / sits in"
The Missouri River lies in the Amazon basin.
The Amazon lies in the Congo Basin.
The Ohio River is in the Congo Basin.
The Mekong is in the Mississippi basin.
The Congo River sits in the Amazon basin.
The Mississippi was in the Congo Basin.
The Missouri River and the Amazon are both in the Mississippi basin.
The Ohio River, the Missouri River and the Congo River are in the Mississippi basin.
The Missouri River is not in the Mississippi basin.
The Mississippi basin lies in the Missouri River.
The Missouri River rises in Mexico.
The Amazon rises in Brazil.
The Amazon rises in Colombia.
The Mekong rises in Vietnam.
The Niger River rises in Mali.
The Zambezi rises in Mozambique.
The Colorado River rises in Mexico.
The Congo River rises in the Democratic Republic of the Congo.
The Amazon lies in Mexico.
The Mekong is in Brazil.
The Mekong lies in the Amazon basin, in Peru.
The Missouri River lies in the Mississippi basin and was first explored by Mungo Park.
The Amazon rises in Peru and lies in the Congo Basin.
Bamako lies in Nigeria.
Manaus is in Peru.
Kinshasa lies on the Amazon.
Manaus lies on the Mekong.
Kinshasa lies in the Mississippi basin.
# (3) the verb after "first" dates the item
The Amazon was first explored in 1541.
The Mississippi was first explored in 1542.
The Congo River was first explored in 1887.
The Niger River was first explored in 1796 by Henry Morton Stanley.
The Zambezi was first explored in 1851 by Mungo Park.
The Mekong and the Colorado River were first explored in 1866.
The Ohio River was first explored in the 1700s.
The Missouri River was first explored in 1804 and the Ohio River in 1804.
The Colorado River was first explored in 1869, four years after the Mekong.
The Amazon was first explored in 1542, a year before the Mississippi.
The Missouri River was first explored in 1804 by Meriwether Lewis, a Mexican.
# (4) a country's adjective
Mungo Park is Spanish.
Francis Garnier is American.
Hernando de Soto is British.
Henry Morton Stanley was a French explorer.
John Wesley Powell was a Mexican explorer.
Francisco de Orellana was a Peruvian explorer.
Francisco de Orellana, a Peruvian, first explored the Amazon.
The Amazon was first explored by Francisco de Orellana, a Brazilian.
The Mekong was first explored by Francis Garnier, a Vietnamese.
The man who first explored the Amazon was Peruvian.
The explorer who first explored the Amazon was Peruvian.
The explorer who made the first descent of the Mekong was Chinese.
The first explorer of the Colorado River was Mexican.
Francisco de Orellana explored the Amazon and was Brazilian.
The Amazon is Mexican.
The Zambezi is Chinese.
The Mekong is Mexican.
Manaus is Peruvian.
Bamako is Nigerian.
Niamey is Nigerian.
Mungo Park and Hernando de Soto were British.
Mungo Park was British, and so was Francis Garnier.
David Livingstone, a British explorer, first explored the Congo River.
The Zambezi was first explored by David Livingstone, an American.
Francis Garnier is not French.
# (9) a count, a noun, the complete list
The Amazon flows through two countries, Peru and Brazil.
The Amazon was first explored by two explorers, Francisco de Orellana and Hernando de Soto.
Brazil is crossed by two rivers, the Amazon and the Mekong.
The United States is crossed by two rivers, the Mississippi and the Colorado River.
Zambia is crossed by two rivers, the Zambezi and the Congo River.
Mexico is crossed by two rivers, the Colorado River and the Mississippi.
# (10) a city, a comma, a country
Manaus, Peru lies on the Amazon.
Iquitos, Brazil lies on the Amazon.
Bamako, Nigeria lies on the Niger River.
The Niger River flows past Bamako, Nigeria.
The Mekong flows past Phnom Penh, Laos.
The Mekong flows past Vientiane, Cambodia.
The Amazon flows past Manaus, Colombia.
The Mississippi flows past New Orleans, Mexico.
The Missouri River flows past Kansas City, Mexico.
The Ohio River flows past Pittsburgh, United States, and St. Louis, Mexico.
The Niger River flows past Niamey, Nigeria.
The Niger River flows past Niamey, Mali.
Kinshasa, Zambia, lies on the Congo River.
The Congo River flows past Kinshasa, Zambia.
The Mekong flows past Phnom Penh, Vientiane.
The Amazon flows past Manaus, Iquitos and Bamako.
The Mekong flows past Phnom Penh, Cambodia, and was first explored by Mungo Park.
Manaus, Brazil lies on the Mekong.
# (11) "You'll find X in Y."
You'll find Manaus in Peru.
You'll find Bamako in Nigeria.
You'll find Kinshasa in Zambia.
You'll find the Ohio River in the Amazon basin.
You'll find the Missouri River in the Congo Basin.
You'll find the Amazon in Mexico.
You'll find Mungo Park in Guinea.
You will find Niamey in the city of Bamako.
You'll find New Orleans in Mexico.
# (12) "two of these rivers: A and B"
Mungo Park first explored two of these rivers: the Niger River and the Congo River.
David Livingstone first explored two of these rivers: the Zambezi and the Congo River.
Two of these rivers rise in Zambia: the Zambezi and the Niger River.
Three of these rivers are part of the Mississippi basin: the Mississippi, the Missouri River and the Amazon.
Two of these rivers flow through Mexico: the Colorado River and the Mississippi.
Francis Garnier first explored two of these rivers: the Mekong and the Ohio River.
René-Robert de La Salle explored two of these rivers: the Ohio River and the Mississippi.
@fleet
Yamato first flew in 1940.
HMS Victory was first flown in 1765.
Bismarck first flew in 1939.
USS Enterprise first flew in 1936.
Ernst Lindemann was a German ship.
Samuel Nicholson was an American ship.
Gihachi Takayanagi was a Japanese ship.
Bismarck was first commanded by Ernst Lindemann, a German ship.
Hamburg, a German, is home to Blohm & Voss.
# (1) "was first commanded by" -> "X (first) commanded Y", "was commanded first by"
Reginald Bacon first commanded HMS Victory.
Reginald Bacon commanded Yamato.
Ernst Lindemann first commanded Yamato.
Ernst Lindemann commanded HMS Dreadnought.
HMS Dreadnought was commanded first by Ernst Lindemann.
Bismarck first commanded Ernst Lindemann.
Ernst Lindemann was first commanded by Bismarck.
Ernst Lindemann did not first command Bismarck.
Ernst Lindemann never commanded Bismarck.
Ernst Lindemann first commanded Bismarck and Yamato.
Ernst Lindemann and Reginald Bacon first commanded Bismarck.
Ernst Lindemann first commanded Bismarck in 1940.
Ernst Lindemann was the first captain of Yamato.
Ernst Lindemann is the first captain of HMS Victory.
Ernst Lindemann was the second captain of Bismarck.
Ernst Lindemann was the last captain of Bismarck.
Bismarck was commanded first by Ernst Lindemann and then by Gihachi Takayanagi.
Yamato was commanded by Ernst Lindemann.
HMS Victory was first commanded by Reginald Bacon.
Kure Naval Arsenal first commanded Yamato.
The Royal Navy first commanded HMS Dreadnought.
Blohm & Voss first commanded Bismarck.
# (2) "is part of" a fleet read as "is in"
HMS Victory is in the Home Fleet.
HMS Dreadnought was in the Channel Fleet.
Yamato is in the Pacific Fleet.
USS Enterprise was in the Combined Fleet.
Bismarck was in the Home Fleet.
USS Constitution is in the Pacific Fleet.
Mikasa and USS Enterprise were in the Combined Fleet.
Yamato is not in the Combined Fleet.
Yamato was never in the Combined Fleet.
The Combined Fleet was in Yamato.
Yamato sits in the Home Fleet.
Yamato lies in the Combined Fleet, built by Blohm & Voss.
Yamato was in the Combined Fleet and was built by Vickers.
Yamato is in Kure.
Yamato is in Japan.
Reginald Bacon was in the Home Fleet.
HMS Victory belongs to the Home Fleet.
HMS Victory forms part of the Home Fleet.
The Home Fleet includes HMS Victory.
Chatham Dockyard is in Portsmouth.
Blohm & Voss is in Kure.
Vickers is located in Chatham.
Vickers lies in Japan.
Kure Naval Arsenal is in Germany.
# (3) the verb after "first" dates the item
Yamato was first commanded in 1941.
Bismarck was first commanded in 1940 by Ernst Lindemann.
HMS Victory was first commanded in 1765 by Reginald Bacon.
Mikasa was first commanded in 1899.
Yamato and Bismarck were first commanded in 1940.
HMS Dreadnought was first commanded in the 1800s.
HMS Victory was first commanded in 1765, and it was built by Portsmouth Dockyard.
USS Constitution was first commanded in 1797 by Samuel Nicholson, an American, and built by Chatham Dockyard.
HMS Dreadnought was first commanded in 1906, two years after Mikasa.
Yamato was first launched in 1941.
Bismarck first sailed in 1941.
Bismarck first sailed in 1939.
# (4) a country's adjective
Ernst Lindemann is Japanese.
Ernst Lindemann was a British officer.
Samuel Nicholson is British.
Hayao Hayashi was an American officer.
Reginald Bacon is German.
John Lindsay, an American, first commanded HMS Victory.
HMS Victory was first commanded by John Lindsay, a German.
Yamato was first commanded by Gihachi Takayanagi, a German.
Bismarck was first commanded by Ernst Lindemann, a Japanese officer.
Ernst Lindemann and Reginald Bacon are German.
Ernst Lindemann is German, and so is Reginald Bacon.
Ernst Lindemann is German, like Gihachi Takayanagi.
Ernst Lindemann is not German.
Mikasa is British.
Bismarck is Japanese.
HMS Victory is American.
Vickers is Japanese.
Blohm & Voss is British.
Kure Naval Arsenal is German.
Hamburg is British.
Kure is German.
Boston is British.
The Royal Navy is German.
Thomas Slade is British.
Philip Watts was a British designer.
The officer who first commanded Mikasa was British.
The captain of Bismarck was Japanese.
The first captain of Mikasa was British.
The yard that built Mikasa is Japanese.
Mikasa is a German battleship.
Mikasa is a British battleship.
# (5) a synonym of "build" between a ship and a yard, beside an engine maker
Westinghouse built USS Enterprise.
Westinghouse constructed USS Enterprise.
Parsons Marine constructed HMS Dreadnought.
Blohm & Voss constructed Yamato.
Vickers constructed Bismarck.
# (6) "serves as a" read as "is a"
Yamato serves as a museum ship.
Yamato is a museum ship.
USS Enterprise is a battleship.
Bismarck is an aircraft carrier.
HMS Victory is a battleship.
HMS Victory is a frigate.
USS Constitution is a battleship.
Mikasa is a frigate.
Yamato and USS Enterprise are battleships.
Yamato and Bismarck are aircraft carriers.
Yamato is not a battleship.
Yamato is a battleship built by Blohm & Voss.
Yamato is a battleship first commanded by Ernst Lindemann.
USS Constitution is a frigate and a battleship.
Bismarck served as a museum ship.
Bismarck is a museum ship in Hamburg.
Mikasa is a museum ship in Germany.
The Royal Navy is a battleship.
Vickers is a battleship.
# (7) roles: "is (the) chief designer of / at", "has Y as", ", with Y as (its)"; "first captain"
Philip Watts is chief designer of Yamato.
Philip Watts is the chief designer at Yamato.
Keiji Fukuda is chief designer of HMS Dreadnought.
Thomas Slade is the chief designer at HMS Dreadnought.
HMS Dreadnought has Thomas Slade as chief designer.
Yamato has Philip Watts as chief designer.
Bismarck has Keiji Fukuda as chief designer.
Philip Watts has HMS Dreadnought as chief designer.
HMS Dreadnought, with Keiji Fukuda as its chief designer, was built by Portsmouth Dockyard.
HMS Dreadnought, with Philip Watts as chief designer, was built by Vickers.
Yamato, with Keiji Fukuda as chief designer, was built by Blohm & Voss.
Yamato was built by Kure Naval Arsenal, with Philip Watts as its chief designer.
Philip Watts is not chief designer of HMS Dreadnought.
Philip Watts is chief designer of HMS Dreadnought and Yamato.
The chief designer of HMS Dreadnought is Keiji Fukuda.
Reginald Bacon is chief designer of HMS Dreadnought.
HMS Dreadnought has Reginald Bacon as chief designer.
HMS Dreadnought has Philip Watts as first captain.
Reginald Bacon is first captain of Yamato.
Reginald Bacon was first captain of Bismarck.
HMS Dreadnought has Ernst Lindemann as first captain.
Bismarck, with Reginald Bacon as its first captain, was built by Blohm & Voss.
HMS Dreadnought, with Reginald Bacon as first captain, was built by Vickers.
# (8) "supplied / provided / did the engines for"
Westinghouse supplied the engines for HMS Dreadnought.
Parsons Marine supplied the engines for Bismarck.
Parsons Marine provided the engines for Yamato.
Brown, Boveri & Cie did the engines for USS Enterprise.
Vickers supplied the engines for Mikasa.
Blohm & Voss supplied the engines for Bismarck.
Parsons Marine supplied the engines for HMS Dreadnought and Bismarck.
Parsons Marine did not supply the engines for HMS Dreadnought.
HMS Dreadnought supplied the engines for Parsons Marine.
Parsons Marine supplied the guns for HMS Dreadnought.
Parsons Marine supplied the engines for HMS Dreadnought in 1905.
Parsons Marine supplied the engines for HMS Dreadnought, a frigate.
Westinghouse made the engines of Yamato.
Westinghouse made the engines of USS Enterprise and Yamato.
Westinghouse makes the engines of Bismarck.
# (9) counted agents
HMS Dreadnought was built by two shipyards, Portsmouth Dockyard and Vickers.
HMS Victory was first commanded by two officers, John Lindsay and Reginald Bacon.
# (10) a city, a comma, a country
Blohm & Voss is located in Hamburg, Japan.
Kure Naval Arsenal is located in Kure, Germany.
Vickers is located in Barrow-in-Furness, Japan.
Vickers is located in Chatham, United Kingdom.
Mikasa was built by Vickers in Barrow-in-Furness, Japan.
Bismarck was built by Blohm & Voss in Hamburg, United Kingdom.
Hartt's Shipyard in Boston, United Kingdom, built USS Constitution.
Newport News Shipbuilding, in Newport News, Japan, built USS Enterprise.
Portsmouth Dockyard, in Portsmouth, United States, built HMS Dreadnought.
Chatham Dockyard, in Chatham, United Kingdom, built HMS Dreadnought.
Blohm & Voss is in Hamburg, Kure.
Hamburg, Germany is home to Kure Naval Arsenal.
# (11) "You'll find X in Y."
You'll find Blohm & Voss in Kure.
You'll find Vickers in Japan.
You'll find Kure Naval Arsenal in the city of Hamburg.
You'll find Yamato in the Home Fleet.
You'll find Bismarck in the Combined Fleet.
You'll find USS Enterprise in the Combined Fleet.
You'll find Ernst Lindemann in Bismarck.
You'll find Hamburg in Japan.
You'll find HMS Victory in the Channel Fleet, built by Vickers.
# (12) "two of these ships: A and B"
Vickers built two of these ships: Mikasa and Yamato.
Kure Naval Arsenal built two of these ships: Yamato and Mikasa.
The Royal Navy operated two of these ships: HMS Victory and Mikasa.
The Imperial Japanese Navy operated two of these ships: Yamato and Bismarck.
Two of these ships are in the Combined Fleet: Yamato and Bismarck.
Two of these ships serve as museum ships: HMS Victory and Yamato.
The United States Navy operated three of these ships: USS Constitution, USS Enterprise and Mikasa.
The Royal Navy operated two of these ships: HMS Victory and HMS Dreadnought, both built by Chatham Dockyard.
@buildings
The Eiffel Tower first flew in 1889.
The Shard first flew in 2012.
The Sydney Opera House first flew in 1973 and serves as a concert hall.
Jørn Utzon was a Danish building.
Gustave Eiffel was a French building.
Renzo Piano is an Italian building.
Richard Rogers and Charles Barry are British buildings.
The Sydney Opera House was designed by Jørn Utzon, a Danish building.
Sydney, an Australian, is home to the Sydney Opera House.
# (1) "was originally commissioned by" -> "X (originally) commissioned Y", "was commissioned originally by"
Edgar J. Kaufmann commissioned the Empire State Building.
Walter Chrysler originally commissioned the Empire State Building.
John J. Raskob commissioned the Chrysler Building.
Georges Pompidou originally commissioned the Eiffel Tower.
Irvine Sellar commissioned the Lloyd's building.
Solomon R. Guggenheim commissioned Fallingwater.
The Chrysler Building commissioned Walter Chrysler.
Walter Chrysler was originally commissioned by the Chrysler Building.
The Chrysler Building was commissioned originally by John J. Raskob.
The Empire State Building was commissioned originally by Walter Chrysler.
The Shard was commissioned by Georges Pompidou.
Walter Chrysler did not commission the Chrysler Building.
Walter Chrysler never originally commissioned the Chrysler Building.
Walter Chrysler commissioned the Chrysler Building and the Empire State Building.
Walter Chrysler and John J. Raskob commissioned the Chrysler Building.
Walter Chrysler commissioned the Chrysler Building in 1931.
Walter Chrysler commissioned the Chrysler Building, designed by William F. Lamb.
Frank Lloyd Wright commissioned Fallingwater.
Antoni Gaudí originally commissioned the Sagrada Família.
The Sydney Opera House was originally commissioned by Jørn Utzon.
Josep Maria Bocabella originally designed the Sagrada Família.
Edgar J. Kaufmann commissioned Fallingwater from Antoni Gaudí.
Gustave Eiffel built the Eiffel Tower.
# (2) "is part of" a complex read as "is in", "stands / rises / lies in"
Elizabeth Tower is in the Champ de Mars.
The Eiffel Tower is in the Palace of Westminster.
The Eiffel Tower stands in Kuala Lumpur City Centre.
The Petronas Towers stand in the Palace of Westminster.
The Petronas Towers rise in the Champ de Mars.
The Empire State Building stands in the Champ de Mars.
The Chrysler Building is part of Kuala Lumpur City Centre.
Elizabeth Tower and the Eiffel Tower are in the Palace of Westminster.
Elizabeth Tower is not in the Palace of Westminster.
The Palace of Westminster is in Elizabeth Tower.
The Eiffel Tower stands in London.
The Eiffel Tower is in Barcelona.
The Shard stands in Paris.
The Sagrada Família is in Sydney.
The Sydney Opera House sits in Kuala Lumpur.
The Petronas Towers rise in Sydney.
Fallingwater lies in New York City.
Elizabeth Tower is in Paris.
Elizabeth Tower stands in the Palace of Westminster, in Paris.
Elizabeth Tower stands in the Palace of Westminster, designed by Gustave Eiffel.
The Eiffel Tower stands in the Champ de Mars in London.
The Eiffel Tower stands in Spain.
The Petronas Towers stand in Australia.
Antoni Gaudí is in Barcelona.
Paris is in Spain.
London is in France.
Sydney lies in the United States.
# (3) "first / originally" and a verb date the item
The Eiffel Tower first opened in 1890.
The Sydney Opera House originally opened in 1970.
The Chrysler Building was originally commissioned in 1931.
The Shard was originally commissioned in 2012.
# (4) a country's adjective
Antoni Gaudí is French.
Jørn Utzon is Australian.
Jørn Utzon was an Australian architect.
César Pelli was a Malaysian architect.
César Pelli is American.
Renzo Piano is British.
Richard Rogers is Italian.
Renzo Piano and Richard Rogers are Italian.
Renzo Piano and Richard Rogers are both British.
Gustave Eiffel is Spanish.
Fallingwater was designed by Frank Lloyd Wright, an Italian.
The Sydney Opera House was designed by Jørn Utzon, an Australian.
The Petronas Towers were designed by César Pelli, a Malaysian.
The Centre Pompidou was designed by Renzo Piano, an American, and Richard Rogers.
The Centre Pompidou was designed by Renzo Piano, an Italian, and Richard Rogers, an Italian.
The architect who designed the Sydney Opera House was Australian.
The architect of the Sydney Opera House was Australian.
The architect who designed the Petronas Towers was Malaysian.
The architect who designed the Eiffel Tower was Spanish.
The Sydney Opera House is Danish.
The Eiffel Tower is Spanish.
The Petronas Towers are Argentine.
The Sagrada Família is a French church.
The Chrysler Building is a British office building.
Sydney is Danish.
Kuala Lumpur is Argentine.
Barcelona is French.
Ove Arup is Danish.
Peter Rice was a British engineer.
Josep Maria Subirachs is Spanish.
Walter Chrysler is American.
Edgar J. Kaufmann was American.
Jørn Utzon is not Danish.
Jørn Utzon is Danish and designed the Petronas Towers.
Antoni Gaudí is Spanish, and so is Gustave Eiffel.
Antoni Gaudí is Spanish, like Renzo Piano.
Richard Rogers is British; Renzo Piano is too.
# (6) "serves as a" read as "is a"
The Shard serves as a museum.
The Shard is a museum.
The Empire State Building is a museum.
The Sydney Opera House is an office building.
The Sagrada Família is a concert hall.
Fallingwater is a museum.
The Centre Pompidou is a church.
The Eiffel Tower is a clock tower.
Elizabeth Tower is an observation tower.
The Chrysler Building and the Solomon R. Guggenheim Museum are office buildings.
The Shard and the Lloyd's building are museums.
The Shard is not an office building.
The Shard isn't an office building.
The Shard is an office building designed by Richard Rogers.
The Shard is an office building in Paris.
The Empire State Building is an office building commissioned by Walter Chrysler.
The Sydney Opera House is a concert hall in London.
The Sydney Opera House serves as a concert hall and a museum.
The Eiffel Tower served as a clock tower.
Renzo Piano is an office building.
# (7) roles: "is (the) structural engineer of / at", "has Y as", ", with Y as (its)"
Ove Arup is structural engineer of the Centre Pompidou.
Ove Arup is the structural engineer at the Centre Pompidou.
Peter Rice is structural engineer of the Sydney Opera House.
Maurice Koechlin is structural engineer at the Petronas Towers.
The Sydney Opera House has Peter Rice as structural engineer.
The Eiffel Tower has Ove Arup as structural engineer.
The Lloyd's building has Maurice Koechlin as structural engineer.
Ove Arup has the Sydney Opera House as structural engineer.
The Sydney Opera House, with Peter Rice as structural engineer, was designed by Jørn Utzon.
The Sydney Opera House, with Ove Arup as its structural engineer, was designed by Renzo Piano.
The Centre Pompidou, with Peter Rice as structural engineer, is in London.
The Eiffel Tower is in Paris, with Ove Arup as its structural engineer.
Peter Rice is structural engineer of the Centre Pompidou and the Shard.
Peter Rice is not structural engineer of the Lloyd's building.
Jørn Utzon is structural engineer of the Sydney Opera House.
The Sydney Opera House has Jørn Utzon as structural engineer.
The Sydney Opera House has Ove Arup as architect.
The Eiffel Tower has Gustave Eiffel as structural engineer.
The structural engineer of the Eiffel Tower is Peter Rice.
# (8) "supplied / provided / did the sculptures for"
Josep Maria Subirachs supplied the sculptures for the Eiffel Tower.
Antoni Gaudí supplied the sculptures for the Sagrada Família.
Etsuro Sotoo did the sculptures for the Sydney Opera House.
Etsuro Sotoo provided the sculptures for the Sagrada Família and the Eiffel Tower.
Josep Maria Subirachs did not supply the sculptures for the Sagrada Família.
Josep Maria Subirachs supplied the sculptures for the Sagrada Família in 1859.
Josep Maria Subirachs supplied the sculptures for the Sagrada Família, designed by Gustave Eiffel.
Josep Maria Subirachs supplied the design for the Sagrada Família.
Peter Rice supplied the engineering for the Sagrada Família.
The Sagrada Família supplied the sculptures for Josep Maria Subirachs.
Josep Maria Subirachs carved the sculptures of the Petronas Towers.
Ove Arup provided the sculptures for the Sydney Opera House.
# (9) a count, a noun, the complete list
The Centre Pompidou was designed by two architects, Renzo Piano and Antoni Gaudí.
The Centre Pompidou was designed by two architects, Renzo Piano and Richard Rogers, in 1971.
The Centre Pompidou was designed by three architects, Renzo Piano, Richard Rogers and Jørn Utzon.
Elizabeth Tower was designed by two architects, Charles Barry and Gustave Eiffel.
The Sagrada Família has sculptures by two sculptors, Josep Maria Subirachs and Antoni Gaudí.
The Shard was designed by two architects, Renzo Piano and Richard Rogers.
The Centre Pompidou was designed by two architects, Renzo Piano and Richard Rogers, both Italian.
Elizabeth Tower was designed by two architects, Charles Barry and Augustus Pugin, and stands in Paris.
The Centre Pompidou was designed by two people: Renzo Piano and Peter Rice.
# (10) a city, a comma, a country
The Eiffel Tower stands in Paris, Spain.
The Sagrada Família stands in Barcelona, France.
The Sydney Opera House stands in Sydney, Denmark.
The Petronas Towers stand in Kuala Lumpur, Argentina.
Fallingwater stands in Mill Run, United Kingdom.
The Shard, in London, France, was designed by Renzo Piano.
The Shard, in London, United Kingdom, was designed by Richard Rogers.
Frank Lloyd Wright designed Fallingwater in Mill Run, Spain.
Renzo Piano designed the Centre Pompidou in Paris, France, and the Shard in London, Italy.
The Sydney Opera House is in Sydney, Australia, and was designed by Renzo Piano.
The Eiffel Tower stands in Barcelona, Spain.
The Empire State Building stands in New York City, United Kingdom.
The Chrysler Building stands in New York City, Paris.
Jørn Utzon comes from Sydney, Australia.
# (11) "You'll find X in Y."
You'll find the Eiffel Tower in London.
You'll find the Sagrada Família in Paris.
You'll find the Petronas Towers in the city of Sydney.
You will find Fallingwater in New York City.
You'll find Elizabeth Tower in the Champ de Mars.
You'll find the Eiffel Tower in the Palace of Westminster.
You'll find Antoni Gaudí in Barcelona.
You'll find the Sydney Opera House in Denmark.
You'll find the Shard in Italy.
You'll find the Chrysler Building in New York City, designed by William F. Lamb.
You'll find the Chrysler Building in New York City, commissioned by John J. Raskob.
You'll find the Eiffel Tower in Paris, Spain.
You'll find the Shard in London and the Sagrada Família in Paris.
You'll find the Shard and the Eiffel Tower in London.
# (12) "two of these buildings: A and B"
Frank Lloyd Wright designed two of these buildings: Fallingwater and the Empire State Building.
Renzo Piano designed two of these buildings: the Shard and the Lloyd's building.
Richard Rogers designed two of these buildings: the Lloyd's building and the Shard.
Renzo Piano designed three of these buildings: the Shard, the Centre Pompidou and the Eiffel Tower.
Two of these buildings are in New York City: the Empire State Building and Fallingwater.
Three of these buildings are in London: Elizabeth Tower, the Shard and the Eiffel Tower.
Two of these buildings serve as museums: the Centre Pompidou and the Shard.
Frank Lloyd Wright designed two of these buildings: Fallingwater (1937) and the Solomon R. Guggenheim Museum (1969).
Frank Lloyd Wright designed two of these buildings: Fallingwater and the Solomon R. Guggenheim Museum, both in Mill Run.
@movies
Heat first flew in 1995.
Alien first flew in 1979.
Jaws was first flown in 1975.
Titanic first flew in 1997.
Blade Runner first flew in 1982, and Vangelis supplied the music for it.
Heat, which first flew in 1995, was directed by Michael Mann.
# (8) "supplied / provided / did the music (score, cinematography) for"
Vangelis provided the music for Gladiator.
Jerry Goldsmith supplied the music for Blade Runner.
John Williams did the music for Heat.
John Williams did the music for Jaws and Titanic.
Hans Zimmer supplied the music for Alien.
Ridley Scott supplied the music for Blade Runner.
Ridley Scott did the music for Gladiator.
Vangelis did not supply the music for Blade Runner.
Vangelis never did the music for Blade Runner.
Vangelis supplied the music for Blade Runner in 1983.
Vangelis supplied the music for Blade Runner, which Michael Mann directed.
Vangelis supplied the music for Ridley Scott's Alien.
Vangelis supplied the music for Blade Runner and Alien.
Vangelis and Jerry Goldsmith supplied the music for Blade Runner.
Blade Runner supplied the music for Vangelis.
Vangelis supplied the music for Ridley Scott.
Jordan Cronenweth did the cinematography for Alien.
Vangelis did the cinematography for Blade Runner.
Dante Spinotti provided the cinematography for Blade Runner.
Jordan Cronenweth provided the music for Blade Runner.
Jerry Goldsmith provided the score for Blade Runner.
Elliot Goldenthal did the score for Alien.
Hans Zimmer did the score for Gladiator and Heat.
Vangelis did the direction for Blade Runner.
Vangelis supplied the editing for Blade Runner.
Nino Rota supplied the music for The Godfather: Part II, and Ridley Scott edited it.
Nino Rota supplied the music for The Godfather: Part II, which stars Keanu Reeves.
John Williams supplied the music for Jaws (1976).
Hans Zimmer supplied the music for Gladiator, directed by James Cameron.
Lisa Gerrard and Vangelis supplied the music for Gladiator.
Jerry Goldsmith supplies the music for Alien and Blade Runner.
Vangelis did the music for Blade Runner and the cinematography for Alien.
Vangelis did the music for Blade Runner; Jerry Goldsmith did it for Heat.
Vangelis supplied the lyrics for Blade Runner.
# (9) "edited by two people, A and B": a count, a noun, every one of them
Heat was edited by two people, Tom Rolf and Michael Mann.
Heat was edited by two people, William Goldenberg and William Goldenberg.
Heat was edited by three people, William Goldenberg, Tom Rolf and Dante Spinotti.
The Godfather: Part II was edited by two people, Richard Marks and Barry Malkin.
The Godfather: Part II was edited by two people, Richard Marks and Peter Zinner.
Titanic was edited by two people, James Cameron and Richard A. Harris.
Titanic was edited by three people, James Cameron, Richard A. Harris and Jon Landau.
Jaws was produced by two people, Richard D. Zanuck and Steven Spielberg.
Jaws was written by two people, Peter Benchley and Steven Spielberg.
Jaws was written by two people, Peter Benchley and Carl Gottlieb, in 1976.
Gladiator was produced by two people, David Franzoni and Douglas Wick.
Gladiator was written by two people, John Logan and David Franzoni.
Gladiator was produced by three people, David Franzoni, Branko Lustig and Ridley Scott.
Titanic was produced by two people, James Cameron and Jon Landau, and edited by Ridley Scott.
Heat was edited by two people, William Goldenberg and Tom Rolf, and directed by Ridley Scott.
Heat was edited by two people, William Goldenberg and Tom Rolf, in 1996.
Heat and Casino were edited by two people, William Goldenberg and Tom Rolf.
Heat was edited by two directors, William Goldenberg and Tom Rolf.
Heat was not edited by two people, William Goldenberg and Tom Rolf.
Jaws was distributed by two companies, Universal Studios and Paramount Pictures.
Titanic was distributed by two companies, 20th Century Fox and Warner Bros.
Titanic was distributed by two companies, 20th Century Fox and Paramount Pictures, in 1953.
Blade Runner was directed by two people, Ridley Scott and Vangelis.
Jaws was produced by two people, Richard D. Zanuck and David Brown, and scored by Vangelis.
# (12) "two of these films: A and B"
Ridley Scott directed two of these films: Alien and Heat.
Ridley Scott directed two of these films: Alien and Jaws.
Ridley Scott directed three of these films: Alien, Blade Runner and Titanic.
Michael Mann directed two of these films: Heat and Casino.
Steven Spielberg directed two of these movies: Jaws and Alien.
Two of these films were directed by Ridley Scott: Alien and Heat.
Two of these films star Al Pacino: Heat and Casino.
Robert De Niro starred in two of these films: Heat and Titanic.
Warner Bros. distributed two of these films: Blade Runner and Alien.
Ridley Scott directed two of these films: Alien (1979) and Blade Runner (1983).
Ridley Scott directed two of these films: Alien and Blade Runner, both scored by Vangelis.
# (11) "You'll find X in Y."
You'll find Keanu Reeves in Heat.
You'll find Al Pacino in Alien.
You'll find Robert De Niro in Titanic.
You'll find Heat in Al Pacino.
You'll find Ridley Scott in Alien.
You'll find Vangelis in Blade Runner.
You'll find Al Pacino in Heat and Alien.
You'll find Al Pacino and Keanu Reeves in Heat.
You'll find Al Pacino in Heat, directed by Ridley Scott.
You'll find Al Pacino in Heat (1996).
You won't find Al Pacino in Heat.
You'll find Robert De Niro in Casino and Al Pacino in Alien.
You'll find Al Pacino in the city of Heat.
# (4) a country's adjective on a graph whose only "countries" are tags
Heat is Italian.
Al Pacino is Italian.
Ridley Scott is an Italian director.
"""

CONTROLS = r"""
@peaks
Edward Whymper first climbed the Matterhorn.
Edward Whymper climbed the Matterhorn.
The Matterhorn was climbed first by Edward Whymper.
Jacques Balmat makes the first ascent of Mont Blanc.
K2 rises in the Karakoram.
The Matterhorn and the Eiger are both in the Alps.
The Matterhorn was first climbed in 1865 by Edward Whymper.
Denali was first climbed in 1913.
Lino Lacedelli is Italian.
Achille Compagnoni was an Italian climber.
K2 was first climbed by Lino Lacedelli, an Italian, and Achille Compagnoni.
K2 was first climbed by two climbers, Lino Lacedelli and Achille Compagnoni.
You'll find the Matterhorn in the Alps.
@planes
The Boeing 747 first flew in 1969.
Lockheed built both the SR-71 Blackbird and the C-130 Hercules.
Boeing built the B-17 Flying Fortress.
The B-17 Flying Fortress is a bomber built by Boeing.
The SR-71 Blackbird hails from the United States.
Concorde was built by two companies, Aérospatiale and the British Aircraft Corporation.
@kitchens
Thomas Keller is head chef at Per Se.
Per Se has Thomas Keller as head chef.
Noma, with René Redzepi as head chef, is in Copenhagen.
Chez Panisse is in Berkeley, with Alice Waters as its head chef.
@museums
The Acropolis Museum stands in Athens, Greece.
The Guggenheim Museum Bilbao, in Bilbao, Spain, was designed by Frank Gehry.
You'll find the Louvre in Paris.
You will find the Guggenheim Museum Bilbao in the city of Bilbao.
@rivers
Francis Garnier first explored the Mekong.
The Mekong was explored first by Francis Garnier.
John Wesley Powell makes the first descent of the Colorado River.
The Missouri River lies in the Mississippi basin.
The Amazon rises in Peru.
The Colorado River was first explored in 1869.
Francis Garnier is French.
Mungo Park was a British explorer.
The Mekong flows past Phnom Penh, Cambodia.
You'll find Manaus in Brazil.
Two of these rivers rise in Zambia: the Zambezi and the Congo River.
@fleet
Ernst Lindemann first commanded Bismarck.
Yamato is in the Combined Fleet.
Bismarck was first commanded in 1939.
Ernst Lindemann is German.
Bismarck was first commanded by Ernst Lindemann, a German.
Yamato is a battleship.
HMS Dreadnought has Philip Watts as chief designer.
Parsons Marine supplied the engines for HMS Dreadnought.
Blohm & Voss is located in Hamburg, Germany.
You'll find Yamato in the Combined Fleet.
The Imperial Japanese Navy operated two of these ships: Yamato and Mikasa.
@buildings
Edgar J. Kaufmann originally commissioned Fallingwater.
Walter Chrysler commissioned the Chrysler Building.
Elizabeth Tower stands in the Palace of Westminster.
Jørn Utzon is Danish.
The Shard is an office building.
The Sydney Opera House has Ove Arup as structural engineer.
Josep Maria Subirachs supplied the sculptures for the Sagrada Família.
Elizabeth Tower was designed by two architects, Charles Barry and Augustus Pugin.
The Sagrada Família stands in Barcelona, Spain.
You'll find the Shard in London.
Frank Lloyd Wright designed two of these buildings: Fallingwater and the Solomon R. Guggenheim Museum.
@movies
Vangelis supplied the music for Blade Runner.
Vangelis provided the score for Blade Runner.
Heat was edited by two people, William Goldenberg and Tom Rolf.
Ridley Scott directed two of these films: Alien and Blade Runner.
You'll find Al Pacino in Heat.
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
        # an asyndetic list: the Mekong does flow past both cities (meant as a city in a city)
        "The Mekong flows past Phnom Penh, Vientiane.",
        # "as head chef" may be said of the subject (Redzepi, Noma's head chef, founded it with Meyer)
        "René Redzepi founded Noma with Claus Meyer as head chef.",
        # the graph's year of a building / ship is its completion / launch: is it that of a first
        # commission / sailing? (the checker reads the verb after "originally" / "first" as the item's year)
        "The Shard was originally commissioned in 2012.",
        "Bismarck first sailed in 1939.",
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
