# ruff: noqa: E741, E402, E702, F811, E401
import os
import sys
if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
"""Red team 100: false texts for kgexplain's ConsistencyChecker (readings of 3778298 / 670aaf9).
Every text below is FALSE on its graph; prints each accepted one, then `accepted N of M` last."""

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def build(items, others, rels, triples):
    ents = [E(k, kind="item", type=t, label=n, attrs={"year": y} if y else {}) for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n) for k, (t, n) in others.items()]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def parks():  # = tests/test_consistency_agents_and_parks.py::_parks
    rels = [R("located_in", phrase="is located in", inverse_phrase="contains"),
            R("managed_by", phrase="is managed by", inverse_phrase="manages"),
            R("has_landmark", phrase="has the landmark", inverse_phrase="is a landmark of"),
            R("home_to", phrase="is home to", inverse_phrase="lives in")]
    items = {"p:yellowstone": ("park", "Yellowstone National Park", 1872),
             "p:denali": ("park", "Denali National Park", 1917),
             "p:yosemite": ("park", "Yosemite National Park", 1890)}
    others = {"r:wyoming": ("region", "Wyoming"), "r:alaska": ("region", "Alaska"), "r:ca": ("region", "California"),
              "a:nps": ("agency", "National Park Service"), "a:state": ("agency", "Alaska State Parks"),
              "l:faithful": ("landmark", "Old Faithful"), "l:half_dome": ("landmark", "Half Dome"),
              "w:wolf": ("animal", "gray wolf"), "w:bison": ("animal", "bison"), "w:caribou": ("animal", "caribou"),
              "w:bear": ("animal", "black bear")}
    triples = [("p:yellowstone", "located_in", "r:wyoming"), ("p:denali", "located_in", "r:alaska"),
               ("p:yosemite", "located_in", "r:ca"), ("p:yellowstone", "managed_by", "a:nps"),
               ("p:denali", "managed_by", "a:nps"), ("p:yosemite", "managed_by", "a:nps"),
               ("p:yellowstone", "has_landmark", "l:faithful"), ("p:yosemite", "has_landmark", "l:half_dome"),
               ("p:yellowstone", "home_to", "w:wolf"), ("p:yellowstone", "home_to", "w:bison"),
               ("p:denali", "home_to", "w:wolf"), ("p:denali", "home_to", "w:caribou"),
               ("p:yosemite", "home_to", "w:bear")]
    return build(items, others, rels, triples)


def games():  # = _games
    rels = [R("developed_by", phrase="was developed by", inverse_phrase="developed"),
            R("reviewed_by", phrase="was reviewed by", inverse_phrase="reviewed"),
            R("distributed_by", phrase="is distributed by", inverse_phrase="distributes"),
            R("genre", phrase="belongs to the genre", inverse_phrase="is the genre of")]
    items = {"g:celeste": ("game", "Celeste", 2018), "g:hk": ("game", "Hollow Knight", 2017)}
    others = {"d:mmg": ("developer", "Maddy Makes Games"), "d:cherry": ("developer", "Team Cherry"),
              "r:ign": ("magazine", "IGN"), "r:edge": ("magazine", "Edge"),
              "s:steam": ("store", "Steam"), "x:plat": ("genre", "platformer"), "x:metroid": ("genre", "metroidvania")}
    triples = [("g:celeste", "developed_by", "d:mmg"), ("g:celeste", "reviewed_by", "r:ign"),
               ("g:celeste", "genre", "x:plat"), ("g:celeste", "distributed_by", "s:steam"),
               ("g:hk", "developed_by", "d:cherry"), ("g:hk", "reviewed_by", "r:edge"), ("g:hk", "genre", "x:metroid")]
    return build(items, others, rels, triples)


def songs():  # = _songs
    rels = [R("written_by", phrase="was written by", inverse_phrase="wrote"),
            R("produced_by", phrase="was produced by", inverse_phrase="produced"),
            R("recorded_at", phrase="was recorded at", inverse_phrase="was the studio for")]
    items = {"t:respect": ("song", "Respect", 1967), "t:jolene": ("song", "Jolene", 1973)}
    others = {"p:otis": ("singer", "Otis Redding"), "p:wexler": ("producer", "Jerry Wexler"),
              "p:dolly": ("singer", "Dolly Parton"), "p:bob": ("producer", "Bob Ferguson"),
              "s:atl": ("studio", "Atlantic Studios"), "s:rca": ("studio", "RCA Studio B")}
    triples = [("t:respect", "written_by", "p:otis"), ("t:respect", "produced_by", "p:wexler"),
               ("t:respect", "recorded_at", "s:atl"), ("t:jolene", "written_by", "p:dolly"),
               ("t:jolene", "produced_by", "p:bob"), ("t:jolene", "recorded_at", "s:rca")]
    return build(items, others, rels, triples)


def restaurants():
    # a restaurant serves dishes typed "fish": the one relation to "animals" is serving, not living
    rels = [R("serves", phrase="serves", inverse_phrase="is served at"),
            R("located_in", phrase="is located in", inverse_phrase="is the city of")]
    items = {"r:zen": ("restaurant", "Sushi Zen", 1998), "r:mar": ("restaurant", "Casa del Mar", 2005)}
    others = {"f:salmon": ("fish", "salmon"), "f:tuna": ("fish", "tuna"), "f:cod": ("fish", "cod"),
              "c:sea": ("city", "Seattle"), "c:bos": ("city", "Boston")}
    triples = [("r:zen", "serves", "f:salmon"), ("r:zen", "serves", "f:tuna"), ("r:zen", "located_in", "c:sea"),
               ("r:mar", "serves", "f:cod"), ("r:mar", "located_in", "c:bos")]
    return build(items, others, rels, triples)


def predators():
    # species items: the one relation to animals is "preys on"
    rels = [R("preys_on", phrase="preys on", inverse_phrase="is prey of"),
            R("native_to", phrase="is native to", inverse_phrase="is the native range of")]
    items = {"s:wolf": ("species", "gray wolf", None), "s:lynx": ("species", "Canada lynx", None)}
    others = {"a:elk": ("animal", "elk"), "a:hare": ("animal", "snowshoe hare"), "a:moose": ("animal", "moose"),
              "r:na": ("region", "North America")}
    triples = [("s:wolf", "preys_on", "a:elk"), ("s:wolf", "preys_on", "a:moose"), ("s:lynx", "preys_on", "a:hare"),
               ("s:wolf", "native_to", "r:na"), ("s:lynx", "native_to", "r:na")]
    return build(items, others, rels, triples)


def museums():
    # a museum displays fossils typed "species"
    rels = [R("displays", phrase="displays", inverse_phrase="is displayed at"),
            R("located_in", phrase="is located in", inverse_phrase="is home to the museum")]
    items = {"m:field": ("museum", "Field Museum", 1893), "m:amnh": ("museum", "American Museum of Natural History", 1869)}
    others = {"s:trex": ("species", "Tyrannosaurus"), "s:mammoth": ("species", "woolly mammoth"),
              "s:dodo": ("species", "dodo"), "c:chi": ("city", "Chicago"), "c:nyc": ("city", "New York")}
    triples = [("m:field", "displays", "s:trex"), ("m:amnh", "displays", "s:mammoth"), ("m:amnh", "displays", "s:dodo"),
               ("m:field", "located_in", "c:chi"), ("m:amnh", "located_in", "c:nyc")]
    return build(items, others, rels, triples)


def hotels():
    # a hotel overlooks a lake / peak: the one relation to features is "overlooks", not "contains"
    rels = [R("overlooks", phrase="overlooks", inverse_phrase="is overlooked by"),
            R("owned_by", phrase="is owned by", inverse_phrase="owns")]
    items = {"h:villa": ("hotel", "Villa d'Este", 1873), "h:bella": ("hotel", "Grand Hotel Bellevue", 1910)}
    others = {"l:como": ("lake", "Lake Como"), "l:geneva": ("lake", "Lake Geneva"), "k:blanc": ("peak", "Mont Blanc"),
              "o:vde": ("company", "Villa d'Este Group"), "o:hk": ("company", "Kempinski")}
    triples = [("h:villa", "overlooks", "l:como"), ("h:bella", "overlooks", "l:geneva"),
               ("h:bella", "overlooks", "k:blanc"), ("h:villa", "owned_by", "o:vde"), ("h:bella", "owned_by", "o:hk")]
    return build(items, others, rels, triples)


def films_at():
    # a film was shot at a landmark: the film does not contain the landmark, nor does it stand in the film
    rels = [R("filmed_at", phrase="was filmed at", inverse_phrase="was a filming location of"),
            R("directed_by", phrase="was directed by", inverse_phrase="directed")]
    items = {"f:searchers": ("film", "The Searchers", 1956), "f:nbn": ("film", "North by Northwest", 1959)}
    others = {"l:mv": ("landmark", "Monument Valley"), "l:rush": ("monument", "Mount Rushmore"),
              "d:ford": ("director", "John Ford"), "d:hitch": ("director", "Alfred Hitchcock")}
    triples = [("f:searchers", "filmed_at", "l:mv"), ("f:nbn", "filmed_at", "l:rush"),
               ("f:searchers", "directed_by", "d:ford"), ("f:nbn", "directed_by", "d:hitch")]
    return build(items, others, rels, triples)


def bands():
    # a band managed by a person; another relation of its own
    rels = [R("managed_by", phrase="is managed by", inverse_phrase="manages"),
            R("signed_to", phrase="is signed to", inverse_phrase="has signed"),
            R("produced_by", phrase="was produced by", inverse_phrase="produced")]
    items = {"b:beatles": ("band", "The Beatles", 1960), "b:stones": ("band", "The Rolling Stones", 1962)}
    others = {"p:epstein": ("manager", "Brian Epstein"), "p:oldham": ("manager", "Andrew Loog Oldham"),
              "p:martin": ("producer", "George Martin"), "l:emi": ("label", "EMI"), "l:decca": ("label", "Decca")}
    triples = [("b:beatles", "managed_by", "p:epstein"), ("b:stones", "managed_by", "p:oldham"),
               ("b:beatles", "signed_to", "l:emi"), ("b:stones", "signed_to", "l:decca"),
               ("b:beatles", "produced_by", "p:martin")]
    return build(items, others, rels, triples)


def reserves():
    # parks administered by an agency; operated ships; a home_to relation to clubs
    rels = [R("administered_by", phrase="is administered by", inverse_phrase="administers"),
            R("home_to", phrase="is home to", inverse_phrase="is based in"),
            R("funded_by", phrase="is funded by", inverse_phrase="funds")]
    items = {"c:london": ("city", "London", None), "c:leeds": ("city", "Leeds", None)}
    others = {"k:ars": ("club", "Arsenal"), "k:lu": ("club", "Leeds United"), "g:council": ("council", "Greater London Authority"),
              "g:leedscc": ("council", "Leeds City Council"), "g:gov": ("government", "UK Government")}
    triples = [("c:london", "administered_by", "g:council"), ("c:leeds", "administered_by", "g:leedscc"),
               ("c:london", "home_to", "k:ars"), ("c:leeds", "home_to", "k:lu"), ("g:council", "funded_by", "g:gov")]
    return build(items, others, rels, triples)


def ships():
    rels = [R("operated_by", phrase="is operated by", inverse_phrase="operates"),
            R("home_port", phrase="has the home port", inverse_phrase="is the home port of"),
            R("built_by", phrase="was built by", inverse_phrase="built")]
    items = {"s:mull": ("ferry", "Isle of Mull", 1988), "s:arran": ("ferry", "Isle of Arran", 1984)}
    others = {"o:calmac": ("operator", "CalMac"), "o:nl": ("operator", "NorthLink"), "p:oban": ("port", "Oban"),
              "p:ardrossan": ("port", "Ardrossan"), "y:fm": ("shipyard", "Ferguson Marine")}
    triples = [("s:mull", "operated_by", "o:calmac"), ("s:arran", "operated_by", "o:calmac"),
               ("s:mull", "home_port", "p:oban"), ("s:arran", "home_port", "p:ardrossan"),
               ("s:mull", "built_by", "y:fm")]
    return build(items, others, rels, triples)


def movies():
    return kgx.KnowledgeGraph.example()


CASES = {
    parks: [
        # "has"/"with" for home_to
        "Yosemite National Park has gray wolves.",
        "Yellowstone National Park has caribou.",
        "Denali National Park has bison.",
        "Yosemite National Park has bison and black bears.",
        "Yellowstone National Park has gray wolves and caribou.",
        "Yellowstone National Park and Yosemite National Park have gray wolves.",
        "Yellowstone National Park and Denali National Park both have bison.",
        "Denali National Park had black bears.",
        "Yosemite National Park, a park with gray wolves, is managed by the National Park Service.",
        "Denali National Park is a park with bison.",
        "The National Park Service manages a park with caribou, Yosemite National Park.",
        "Denali National Park is in Alaska. It has bison.",
        "Denali National Park and Yosemite National Park are managed by the National Park Service. They have caribou.",
        "Each of Denali National Park and Yosemite National Park has gray wolves.",
        "Yosemite National Park is in California and has caribou.",
        "Denali National Park has Old Faithful.",
        "Yellowstone National Park has Half Dome.",
        "Denali National Park has a landmark, Half Dome.",
        "Alaska has caribou.",
        "Wyoming has bison.",
        "The National Park Service has bison.",
        "Alaska State Parks has caribou.",
        "Yellowstone National Park has Alaska State Parks.",
        "Yosemite National Park has the National Park Service and bison.",
        # roaming verbs
        "Caribou roam Yellowstone National Park.",
        "Black bears roam Denali National Park.",
        "Gray wolves roam Yosemite National Park.",
        "Gray wolves roam Denali National Park and Yosemite National Park.",
        "Bison and caribou roam Denali National Park.",
        "Bison wander Denali National Park.",
        "Caribou wander in Yosemite National Park.",
        "Black bears range across Yellowstone National Park.",
        "Gray wolves live in Yosemite National Park.",
        "Caribou inhabit Yellowstone National Park.",
        "Bison are found in Yosemite National Park.",
        "Caribou can be found in Yellowstone National Park.",
        "Black bears can be seen in Denali National Park.",
        "Bison thrive in Denali National Park.",
        "Gray wolves live in Wyoming.",
        "Caribou roam Alaska.",
        "Bison roam across Wyoming.",
        "Old Faithful roams Yellowstone National Park.",
        "The National Park Service lives in Yellowstone National Park.",
        "Gray wolves are found in Denali National Park and Yosemite National Park.",
        "A gray wolf lives in Yosemite National Park.",
        "The gray wolf is found in Yosemite National Park.",
        "Gray wolves have roamed Yellowstone National Park since 1872.",
        "Bison have lived in Yellowstone National Park since 1917.",
        "Caribou have roamed Denali National Park since 1872.",
        "Since 1890, black bears have lived in Denali National Park.",
        "Denali National Park shelters bison.",
        "Yellowstone National Park shelters caribou.",
        "Yosemite National Park and Denali National Park shelter black bears.",
        "Alaska shelters caribou.",
        "The National Park Service shelters bison.",
        # features
        "Half Dome is in Yellowstone National Park.",
        "Old Faithful stands in Denali National Park.",
        "Half Dome sits in Denali National Park.",
        "Old Faithful lies in Yosemite National Park.",
        "Half Dome rises in Yellowstone National Park.",
        "Old Faithful is located in Yosemite National Park.",
        "Half Dome is found in Yellowstone National Park.",
        "Old Faithful is inside Denali National Park.",
        "Half Dome stands in Alaska.",
        "Half Dome rises in Wyoming.",
        "Denali National Park includes Half Dome.",
        "Yosemite National Park contains Old Faithful.",
        "Denali National Park boasts Old Faithful.",
        "Yellowstone National Park features Half Dome.",
        "Denali National Park takes in Old Faithful.",
        "Yosemite National Park includes bison.",
        "Yosemite National Park features caribou.",
        "Yellowstone National Park contains black bears.",
        "Wyoming includes Half Dome.",
        "Alaska contains Old Faithful.",
        "Yellowstone National Park contains Wyoming.",
        "Yosemite National Park contains California.",
        "California contains Denali National Park.",
        "Wyoming contains Yosemite National Park.",
        "Yellowstone National Park is in Alaska.",
        "Denali National Park is in Wyoming.",
        "Yosemite National Park stands in Wyoming.",
        "Denali National Park lies in California.",
        "Alaska is in Denali National Park.",
        "The National Park Service is in Yellowstone National Park.",
        "Bison stand in Yellowstone National Park.",
        "Half Dome and Old Faithful stand in Yosemite National Park.",
        "Yosemite National Park includes Half Dome and Old Faithful.",
        "Half Dome is in Yosemite National Park, which is managed by Alaska State Parks.",
        # oversee / look after / run
        "Alaska State Parks oversees Denali National Park.",
        "Denali National Park is overseen by Alaska State Parks.",
        "Alaska State Parks looks after Yellowstone National Park.",
        "Yosemite National Park is looked after by Alaska State Parks.",
        "Alaska State Parks looked after Denali National Park.",
        "Alaska State Parks runs Denali National Park.",
        "Denali National Park is run by Alaska State Parks.",
        "The National Park Service oversees Alaska.",
        "The National Park Service looks after bison.",
        "The National Park Service oversees Old Faithful.",
        "Gray wolves look after Yellowstone National Park.",
        "Yellowstone National Park oversees the National Park Service.",
        "Yellowstone National Park looks after gray wolves.",
        "Denali National Park oversees caribou.",
        "The National Park Service has overseen Yellowstone National Park since 1917.",
        "The National Park Service has looked after Denali National Park since 1872.",
        "The National Park Service was founded in 1872.",
        "The National Park Service oversaw Yellowstone National Park in 1890.",
        "Alaska State Parks, founded in 1917, looks after Denali National Park.",
        "The National Park Service oversees Denali National Park, which has bison.",
    ],
    games: [
        "Celeste is IGN's platformer.",
        "Celeste is IGN's game.",
        "Celeste is a game by IGN.",
        "Celeste is a platformer out of IGN.",
        "Celeste came from IGN.",
        "Celeste, from IGN, is a platformer.",
        "Celeste is an IGN-made game.",
        "Hollow Knight is a metroidvania from Edge.",
        "Hollow Knight is Edge's metroidvania.",
        "Celeste is a platformer with IGN.",
        "Celeste has IGN.",
        "IGN has Celeste.",
        "Steam has Hollow Knight.",
        "IGN oversees Celeste.",
        "IGN looks after Celeste.",
        "Celeste is a Steam game from IGN.",
        "Celeste and Hollow Knight are games from Team Cherry.",
        "Celeste is an IGN game.",
        "Hollow Knight is a game from Edge.",
        "Celeste is a Team Cherry platformer.",
        "Steam features Hollow Knight.",
        "Steam includes Hollow Knight.",
    ],
    songs: [
        "Otis Redding wrote Respect in Atlantic Studios.",
        "Otis Redding composed Respect at Atlantic Studios.",
        "Otis Redding penned Respect at Atlantic Studios.",
        "Respect, written by Otis Redding, was written at Atlantic Studios.",
        "Respect was written at Atlantic Studios.",
        "Dolly Parton wrote Jolene at RCA Studio B in 1973.",
        "At RCA Studio B, Dolly Parton wrote Jolene.",
        "Dolly Parton wrote Jolene, at RCA Studio B.",
        "Otis Redding wrote and recorded Respect at RCA Studio B.",
        "Jerry Wexler wrote Respect.",
        "Bob Ferguson produced Respect.",
        "Otis Redding was born in 1967.",
        "Dolly Parton, born in 1973, wrote Jolene.",
        "Atlantic Studios has Jolene.",
        "RCA Studio B has Respect.",
        "Atlantic Studios oversees Respect.",
        "Jerry Wexler looked after Jolene.",
        "Bob Ferguson oversaw Respect.",
    ],
    restaurants: [
        "Salmon live in Sushi Zen.",
        "Salmon roam Sushi Zen.",
        "Tuna thrive in Sushi Zen.",
        "Cod inhabit Casa del Mar.",
        "Sushi Zen shelters salmon.",
        "Casa del Mar shelters cod.",
        "Sushi Zen has cod.",
        "Casa del Mar has salmon.",
        "Salmon live in Casa del Mar.",
        "Salmon live in Seattle.",
    ],
    predators: [
        "The gray wolf shelters elk.",
        "The gray wolf shelters moose.",
        "The Canada lynx shelters snowshoe hares.",
        "Elk live in the gray wolf.",
        "Snowshoe hares roam the Canada lynx.",
        "Moose inhabit the gray wolf.",
        "The gray wolf has snowshoe hares.",
        "The Canada lynx has elk.",
        "Elk roam North America.",
        "Snowshoe hares live in North America.",
    ],
    museums: [
        "Tyrannosaurus roams the Field Museum.",
        "Woolly mammoths live in the American Museum of Natural History.",
        "Dodos thrive in the American Museum of Natural History.",
        "Woolly mammoths roam the Field Museum.",
        "Dodos live in Chicago.",
        "The Field Museum has woolly mammoths.",
    ],
    hotels: [
        "Lake Como lies in Villa d'Este.",
        "Lake Como is in Villa d'Este.",
        "Mont Blanc rises in Grand Hotel Bellevue.",
        "Mont Blanc stands in Grand Hotel Bellevue.",
        "Lake Geneva is located in Grand Hotel Bellevue.",
        "Villa d'Este contains Lake Como.",
        "Villa d'Este includes Lake Como.",
        "Grand Hotel Bellevue includes Mont Blanc.",
        "Villa d'Este features Lake Geneva.",
        "Mont Blanc stands in Villa d'Este.",
        "Villa d'Este has Lake Como.",
        "Kempinski oversees Grand Hotel Bellevue.",
        "Villa d'Este is looked after by Kempinski.",
    ],
    films_at: [
        "Monument Valley stands in The Searchers.",
        "Mount Rushmore rises in North by Northwest.",
        "Monument Valley lies in The Searchers.",
        "Mount Rushmore is located in North by Northwest.",
        "Monument Valley stands in North by Northwest.",
        "John Ford oversaw The Searchers.",
        "Alfred Hitchcock looked after North by Northwest.",
    ],
    bands: [
        "The Beatles are looked after by Andrew Loog Oldham.",
        "Andrew Loog Oldham oversees The Beatles.",
        "Brian Epstein looks after The Rolling Stones.",
        "The Rolling Stones are overseen by Brian Epstein.",
        "George Martin looks after The Beatles.",
        "George Martin oversees The Beatles.",
        "EMI oversees The Beatles.",
        "Decca looks after The Rolling Stones.",
        "Brian Epstein runs The Rolling Stones.",
        "The Beatles are run by George Martin.",
        "The Beatles have Brian Epstein.",
        "The Beatles have George Martin.",
        "Brian Epstein was born in 1960.",
        "Brian Epstein has looked after The Beatles since 1962.",
        "The Beatles shelter Brian Epstein.",
        "The Beatles includes George Martin.",
    ],
    reserves: [
        "Leeds is overseen by the Greater London Authority.",
        "The Greater London Authority looks after Leeds.",
        "The UK Government oversees London.",
        "The UK Government manages London.",
        "The UK Government runs Leeds.",
        "London has Leeds United.",
        "Leeds has Arsenal.",
        "Leeds, a city with Arsenal, is administered by Leeds City Council.",
        "London and Leeds have Arsenal.",
        "Arsenal lives in Leeds.",
        "Arsenal roams London.",
        "The Greater London Authority has Arsenal.",
        "Leeds City Council has Leeds United.",
        "The UK Government looks after the Greater London Authority.",
    ],
    ships: [
        "NorthLink operates Isle of Mull.",
        "Isle of Mull is run by NorthLink.",
        "Isle of Arran is overseen by NorthLink.",
        "NorthLink looks after Isle of Arran.",
        "Ferguson Marine oversees Isle of Mull.",
        "Ferguson Marine looks after Isle of Mull.",
        "Ferguson Marine runs Isle of Mull.",
        "Isle of Arran has Oban.",
        "Oban has Isle of Arran.",
        "Isle of Mull is in Ardrossan.",
        "Isle of Mull has Ferguson Marine.",
        "CalMac has been running Isle of Mull since 1984.",
    ],
}



# more graphs: each declared with phrases only, in a domain of its own
def clinics():
    rels = [R("treats", phrase="treats", inverse_phrase="is treated at"),
            R("located_in", phrase="is located in", inverse_phrase="is the town of")]
    items = {"v:paws": ("clinic", "Paws Vet Clinic", 2001), "v:farm": ("clinic", "Valley Farm Vets", 1995)}
    others = {"a:dog": ("animal", "dog"), "a:cat": ("animal", "cat"), "a:sheep": ("animal", "sheep"),
              "t:york": ("town", "York")}
    triples = [("v:paws", "treats", "a:dog"), ("v:paws", "treats", "a:cat"), ("v:farm", "treats", "a:sheep"),
               ("v:paws", "located_in", "t:york"), ("v:farm", "located_in", "t:york")]
    return build(items, others, rels, triples)
def stadiums():
    rels = [R("home_to", phrase="is home to", inverse_phrase="plays at"),
            R("hosted", phrase="hosted", inverse_phrase="was hosted at")]
    items = {"s:wem": ("stadium", "Wembley Stadium", 2007), "s:ems": ("stadium", "Emirates Stadium", 2006)}
    others = {"t:eng": ("team", "England"), "t:ars": ("team", "Arsenal"), "e:final": ("event", "the Euro 2020 final"),
              "e:concert": ("event", "the Live Aid concert")}
    triples = [("s:wem", "home_to", "t:eng"), ("s:ems", "home_to", "t:ars"), ("s:wem", "hosted", "e:final")]
    return build(items, others, rels, triples)
def wrecks():
    rels = [R("sank_in", phrase="sank in", inverse_phrase="is the resting place of"),
            R("owned_by", phrase="was owned by", inverse_phrase="owned")]
    items = {"s:fitz": ("ship", "Edmund Fitzgerald", 1958), "s:carl": ("ship", "Carl D. Bradley", 1927)}
    others = {"l:sup": ("lake", "Lake Superior"), "l:mich": ("lake", "Lake Michigan"),
              "o:nw": ("company", "Northwestern Mutual"), "o:us": ("company", "US Steel")}
    triples = [("s:fitz", "sank_in", "l:sup"), ("s:carl", "sank_in", "l:mich"),
               ("s:fitz", "owned_by", "o:nw"), ("s:carl", "owned_by", "o:us")]
    return build(items, others, rels, triples)
def wines():
    rels = [R("comes_from", phrase="comes from", inverse_phrase="produces"),
            R("made_by", phrase="is made by", inverse_phrase="makes")]
    items = {"w:opus": ("wine", "Opus One", 1979), "w:grange": ("wine", "Penfolds Grange", 1951)}
    others = {"v:napa": ("valley", "Napa Valley"), "v:barossa": ("valley", "Barossa Valley"),
              "m:om": ("winery", "Opus One Winery"), "m:pen": ("winery", "Penfolds")}
    triples = [("w:opus", "comes_from", "v:napa"), ("w:grange", "comes_from", "v:barossa"),
               ("w:opus", "made_by", "m:om"), ("w:grange", "made_by", "m:pen")]
    return build(items, others, rels, triples)
def mascots():
    rels = [R("mascot", phrase="has the mascot", inverse_phrase="is the mascot of"),
            R("plays_in", phrase="plays in", inverse_phrase="is the home city of")]
    items = {"t:eagles": ("team", "Philadelphia Eagles", 1933), "t:bears": ("team", "Chicago Bears", 1920)}
    others = {"a:eagle": ("animal", "bald eagle"), "a:bear": ("animal", "grizzly bear"),
              "c:phl": ("city", "Philadelphia"), "c:chi": ("city", "Chicago")}
    triples = [("t:eagles", "mascot", "a:eagle"), ("t:bears", "mascot", "a:bear"),
               ("t:eagles", "plays_in", "c:phl"), ("t:bears", "plays_in", "c:chi")]
    return build(items, others, rels, triples)
def climbers():
    rels = [R("climbed", phrase="climbed", inverse_phrase="was climbed by"),
            R("born_in", phrase="was born in", inverse_phrase="is the birthplace of")]
    items = {"c:hillary": ("climber", "Edmund Hillary", None), "c:messner": ("climber", "Reinhold Messner", None)}
    others = {"k:everest": ("peak", "Mount Everest"), "k:nanga": ("peak", "Nanga Parbat"),
              "x:nz": ("country", "New Zealand"), "x:it": ("country", "Italy")}
    triples = [("c:hillary", "climbed", "k:everest"), ("c:messner", "climbed", "k:nanga"),
               ("c:messner", "climbed", "k:everest"), ("c:hillary", "born_in", "x:nz"), ("c:messner", "born_in", "x:it")]
    return build(items, others, rels, triples)
P1 = {
 parks: [
  "Yellowstone National Park has no bison.", "Denali National Park does not have caribou.",
  "Denali National Park doesn't have gray wolves.", "Bison do not roam Yellowstone National Park.",
  "Caribou don't live in Denali National Park.", "Yosemite National Park has no black bears.",
  "Only Yellowstone National Park has gray wolves.", "Gray wolves roam only Denali National Park.",
  "Denali National Park is the only park with gray wolves.", "All three parks have gray wolves.",
  "Every park has gray wolves.", "Each park has gray wolves.",
  "None of the parks has caribou.", "No park has bison.", "Yellowstone National Park has three animals.",
  "Yosemite National Park has two animals.", "Yosemite National Park has more animals than Denali National Park.",
  "Three parks have gray wolves.", "Two parks have bison.", "Gray wolves roam three parks.", "Bison roam two parks.",
  "Bison once roamed Denali National Park.", "Caribou roamed Yellowstone National Park.",
  "The park in Alaska with bison is managed by the National Park Service.",
  "Yosemite National Park, with its bison, is in California.",
  "Yellowstone National Park and Denali National Park are home to gray wolves. They also have caribou.",
  "Yellowstone National Park and Denali National Park have gray wolves. Each has bison.",
  "Yellowstone National Park and Denali National Park have gray wolves. Both shelter caribou.",
  "Gray wolves and bison roam Yellowstone National Park. They also roam Denali National Park.",
  "Caribou roam Denali National Park, and so do bison.", "Denali National Park has caribou, and so does Yosemite National Park.",
  "Denali National Park has caribou, as does Yellowstone National Park.",
  "Yellowstone National Park has bison, unlike Denali National Park. Denali National Park has bison too.",
  "Yellowstone National Park has had bison since 1917.", "Yellowstone National Park has had Old Faithful since 1890.",
  "In 1917, Yellowstone National Park got gray wolves.", "Gray wolves were brought to Yellowstone National Park in 1872.",
  "Yellowstone National Park has Old Faithful and caribou.", "Old Faithful and caribou are in Yellowstone National Park.",
  "Old Faithful lives in Yellowstone National Park.",
  "Caribou are in Yellowstone National Park.", "Gray wolves are in Yosemite National Park.",
  "Black bears are in Yellowstone National Park.", "Half Dome is home to black bears.",
  "Old Faithful has bison.", "Old Faithful shelters bison.", "Half Dome includes black bears.",
  "Half Dome has black bears.", "Yosemite National Park's Half Dome has black bears.",
  "Yosemite National Park is home to Half Dome and caribou.", "Yosemite National Park has the landmark Old Faithful.",
  "Yellowstone National Park is a park with black bears.", "Yellowstone National Park is a park with Half Dome.",
  "The gray wolf is a Yosemite National Park animal.", "Caribou are a Yellowstone National Park animal.",
  "Yellowstone National Park, founded in 1917, has bison.", "Denali National Park, founded in 1872, has caribou.",
  "Yellowstone National Park was founded in 1872 and has caribou.",
  "Gray wolves, which live in Yosemite National Park, roam Denali National Park.",
  "Bison, like caribou, roam Yellowstone National Park.", "Bison roam Yellowstone National Park, as do caribou.",
  "Denali National Park is home to the gray wolf and the black bear.", "Bison roam Yellowstone National Park and Alaska.",
  "A bison lives in Denali National Park.", "The bison lives in Denali National Park.",
  "Gray wolfs roam Yosemite National Park.", "Grey wolves roam Yosemite National Park.", "Wolves roam Yosemite National Park.",
  "Bears roam Yellowstone National Park.", "Brown bears roam Yosemite National Park.", "Grizzly bears roam Denali National Park.",
  "Black bear roam Denali National Park.", "Caribous roam Yellowstone National Park.",
 ],
 clinics: ["Dogs live in Paws Vet Clinic.", "Paws Vet Clinic shelters cats.", "Sheep roam Valley Farm Vets.",
           "Sheep inhabit Valley Farm Vets.", "Cats live in York.", "Valley Farm Vets shelters sheep.", "Dogs roam York.",
           "Paws Vet Clinic has sheep.", "Valley Farm Vets treats dogs."],
 stadiums: ["Wembley Stadium has hosted Arsenal.", "Emirates Stadium has hosted the Euro 2020 final.",
            "Wembley Stadium has the Euro 2020 final.", "Emirates Stadium has England.", "Wembley Stadium has Arsenal.",
            "Wembley Stadium, with Arsenal, hosted the Euro 2020 final.", "Arsenal lives in Wembley Stadium.",
            "Wembley Stadium has the Live Aid concert."],
}
P2 = {
 wrecks: ["Lake Superior lies in the Edmund Fitzgerald.", "Lake Superior is in the Edmund Fitzgerald.",
          "The Edmund Fitzgerald contains Lake Superior.", "The Carl D. Bradley includes Lake Michigan.",
          "Lake Michigan is located in the Carl D. Bradley.", "The Edmund Fitzgerald features Lake Superior.",
          "The Edmund Fitzgerald is in Lake Michigan."],
 wines: ["Napa Valley is in Opus One.", "Napa Valley lies in Opus One.", "Barossa Valley is located in Penfolds Grange.",
         "Opus One is in Barossa Valley.", "Napa Valley sits in Opus One.", "Opus One takes in Napa Valley."],
 mascots: ["Bald eagles live in the Philadelphia Eagles.", "The Philadelphia Eagles shelter bald eagles.",
           "Grizzly bears roam the Chicago Bears.", "Grizzly bears inhabit the Chicago Bears.",
           "The Chicago Bears shelter grizzly bears.", "Bald eagles thrive in the Philadelphia Eagles.",
           "Bald eagles live in Philadelphia.", "The Philadelphia Eagles shelter grizzly bears."],
 climbers: ["Mount Everest rises in Edmund Hillary.", "Nanga Parbat stands in Reinhold Messner.",
            "Edmund Hillary includes Mount Everest.", "Reinhold Messner contains Nanga Parbat.",
            "Mount Everest is in Reinhold Messner.", "Edmund Hillary climbed Nanga Parbat."],
}

def clubs():  # = tests/test_consistency_clubs_and_collections.py::_clubs (loaded from the code under test)
    import importlib.util
    path = os.path.join(os.environ.get("CODE") or "/work/main", "tests", "test_consistency_clubs_and_collections.py")
    if not os.path.exists(path):
        path = "/work/main/tests/test_consistency_clubs_and_collections.py"
    spec = importlib.util.spec_from_file_location("_rt100_clubs", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod._clubs()


P3 = {clubs: ["John Houlding looks after Liverpool FC.", "Ben Swift Chambers oversees Everton.",
             "Everton is looked after by John Houlding.", "David Moyes has looked after Everton since 1878.",
             "David Moyes oversaw Hibernian.", "Hibernian is overseen by Neil Critchley.",
             "Edinburgh has Everton.", "Liverpool has Hibernian.", "Goodison Park has Liverpool FC.",
             "Everton, with David Gray, plays in the Premier League.", "Everton has Arne Slot.",
             "David Moyes looks after Goodison Park.", "David Moyes oversees Liverpool.",
             "Arne Slot, who looks after Everton, is a manager.", "Arne Slot runs Everton.",
             "Everton is run by Ben Swift Chambers.", "Neil Critchley looks after Hearts and Hibernian.",
             "David Gray and Neil Critchley look after Hibernian.",
             "Heart of Midlothian and Hibernian are looked after by David Gray.",
             "Everton and Liverpool FC are based in Liverpool. David Moyes looks after them.",
             "Everton and Liverpool FC are based in Liverpool. Each is overseen by Arne Slot.",
             "Everton and Liverpool FC play in the Premier League. They are overseen by David Moyes.",
             "Liverpool FC, founded in 1878, is looked after by Arne Slot.",
             "David Moyes, founded in 1878, looks after Everton.", "Edinburgh is home to Everton.",
             "Liverpool is home to Hibernian.", "Edinburgh has Heart of Midlothian and Everton.",
             "Kim looks after Everton.", "Kim oversees Hibernian."],
     movies: ["Christopher Nolan oversaw Pulp Fiction.", "Quentin Tarantino looked after Inception.",
              "Inception has Leonardo DiCaprio and Uma Thurman.", "Inception is home to Leonardo DiCaprio.",
              "Pulp Fiction has Christopher Nolan.", "Inception, with Uma Thurman, came out in 2010.",
              "Inception includes Uma Thurman.", "Inception features Uma Thurman."],
}
def conditions():
    rels = [R("managed_with", phrase="is managed with", inverse_phrase="manages"),
            R("affects", phrase="affects", inverse_phrase="is affected by")]
    items = {"d:t1d": ("condition", "type 1 diabetes", None), "d:asthma": ("condition", "asthma", None)}
    others = {"m:insulin": ("drug", "insulin"), "m:salb": ("drug", "salbutamol"),
              "o:pancreas": ("organ", "the pancreas"), "o:lungs": ("organ", "the lungs")}
    triples = [("d:t1d", "managed_with", "m:insulin"), ("d:asthma", "managed_with", "m:salb"),
               ("d:t1d", "affects", "o:pancreas"), ("d:asthma", "affects", "o:lungs")]
    return build(items, others, rels, triples)
def rivers_carving():
    rels = [R("carved", phrase="carved", inverse_phrase="was carved by"),
            R("flows_through", phrase="flows through the country", inverse_phrase="is crossed by")]
    items = {"r:colorado": ("river", "Colorado River", None), "r:snake": ("river", "Snake River", None)}
    others = {"k:gc": ("canyon", "Grand Canyon"), "k:hells": ("canyon", "Hells Canyon"), "c:us": ("country", "United States")}
    triples = [("r:colorado", "carved", "k:gc"), ("r:snake", "carved", "k:hells"),
               ("r:colorado", "flows_through", "c:us"), ("r:snake", "flows_through", "c:us")]
    return build(items, others, rels, triples)
P4 = {conditions: ["Insulin oversees type 1 diabetes.", "Insulin looks after type 1 diabetes.", "Salbutamol oversees asthma.",
                  "Type 1 diabetes is overseen by insulin.", "Asthma is looked after by salbutamol.",
                  "Insulin looks after asthma.", "Insulin runs type 1 diabetes.", "Asthma is run by salbutamol.",
                  "The pancreas oversees type 1 diabetes."],
     rivers_carving: ["The Grand Canyon lies in the Colorado River.", "The Grand Canyon is in the Colorado River.",
                      "The Colorado River contains the Grand Canyon.", "Hells Canyon stands in the Snake River.",
                      "The Snake River includes Hells Canyon.", "Hells Canyon is located in the Snake River.",
                      "The Grand Canyon lies in the Snake River."]}
for _extra in (P1, P2, P3, P4):
    for _make, _texts in _extra.items():
        CASES[_make] = CASES.get(_make, []) + _texts


def main():
    accepted = total = 0
    for make, texts in CASES.items():
        ch = ConsistencyChecker(make(), outside_evidence=True).build()
        for text in texts:
            total += 1
            v = ch.check(text, (), None)
            if v.supported:
                accepted += 1
                print(f"ACCEPTED [{make.__name__}] {text}")
    print(f"accepted {accepted} of {total}")


if __name__ == "__main__":
    main()
