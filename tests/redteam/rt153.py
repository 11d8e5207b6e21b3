"""Red team round 153: this round's new readings (CHANGES.diff). (1) "X is a <X's own type> who
<verb> Y" and "X was one of the <types / people / men / women> who <verb> Y" read "X <verb> Y"
for a name that is no item (constructions.own_kind_relatives); (2) "they", "them", "their" after
one item alone whose name ends in a plural word read as "it" / "its" (checker._plural_named);
(3) "X runs / travels / goes from A" reads the relation of where X starts, and "to B" right after
A the relation of where it ends (reader _route_end); (4) "is the home of" also reads "is home to"
and "houses"; (5) of two overlapping names of the same length, the one running into a capitalized
word loses; (6) where-frames need a place and "in" / "at"; adverbs of past states are kept.

Three graphs of my own:

* routes: trains, ferries, hiking trails and cycling races (items: first run / launched / opened /
  first held), each with a pair of relations of where it starts and where it ends in four
  wordings ("departs from" / "terminates in", "leaves from" / "arrives in", "starts at" / "ends
  at", "begins in" / "finishes in"), the stops a train "calls at", the regions it or a trail
  "passes through", operators typed "train operator" / "ferry operator" (two-word types whose
  first word is an item type), the engineer who designed a train, whom it is named after, the
  cyclist who first won a race; racing drivers (no items) with the team each "started at" and
  "finished at" (a start / end pair that is no route); a user;
* venues: stadiums, arenas, concert halls, opera houses (items, all buildings: the year each
  opened; styles), the team / orchestra / company / festival each "is the home of" (present)
  beside the teams it "was the home of" (former: "played at"), the city it "is located in"
  (inverse "is home to"), architect, owner, first owner ("was originally owned by"), who opened
  it, what it hosted; clubs and companies typed "football club", "baseball team", "opera
  company", "architecture firm" (two-word types); teams with plural names, one item with a plural
  name (Maple Leaf Gardens) and one ending in a plural word (Parc des Princes); a queen and a city
  both named "Victoria"; a user;
* gardens: gardens, an amusement park, waterfalls (no year) and multi-sport games, many with
  plural names ("Kew Gardens", "Niagara Falls", "1976 Summer Olympics", "Pan American Games"),
  one a singular name ending in a plural word (Jardin des Plantes); founders and designers of
  types inside and outside the person types ("gardener", "architect", "princess",
  "businessman", "landscape architect"), the city or country it "is located in" ("is home to"),
  whom it "is named after", the period it "dates from", the river a fall "lies on", where games
  "were held in", who opened them, their mascot; a band with a plural name (no item) that "played
  at" a park and was "founded by" a person, the same relation as the gardens'; the queen and the
  city "Victoria" again; a user.

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


def routes():
    """Trains, ferries, hiking trails and cycling races (items with years: first run, launched,
    opened, first held), each with a relation of where it starts and one of where it ends, in
    four wordings ("departs from" / "terminates in", "leaves from" / "arrives in", "starts at" /
    "ends at", "begins in" / "finishes in"), beside the stops a train "calls at" and the regions
    it or a trail "passes through"; operators typed "train operator" / "ferry operator" (some
    with plural names: "Indian Railways", "Brittany Ferries"), the engineer who designed a train,
    whom or what it is named after, the cyclist who first won a race; racing drivers (no items)
    with the team each "started at" and "finished at"; a user."""
    TRAINS = ("train",)
    rels = [
        R("departs_from", phrase="departs from", inverse_phrase="is the departure point of", domain=TRAINS,
          range=("city",)),
        R("terminates_in", phrase="terminates in", inverse_phrase="is the terminus of", domain=TRAINS,
          range=("city",)),
        R("calls_at", phrase="calls at", inverse_phrase="is a stop of", domain=TRAINS, range=("city", "town")),
        R("leaves_from", phrase="leaves from", inverse_phrase="is the home port of", domain=("ferry",),
          range=("port",)),
        R("arrives_in", phrase="arrives in", inverse_phrase="is the destination of", domain=("ferry",),
          range=("port",)),
        R("starts_at", phrase="starts at", inverse_phrase="is the start of", domain=("trail",),
          range=("village", "town", "mountain")),
        R("ends_at", phrase="ends at", inverse_phrase="is the end of", domain=("trail",),
          range=("village", "town", "mountain")),
        R("begins_in", phrase="begins in", inverse_phrase="hosts the start of", domain=("race",),
          range=("city", "town")),
        R("finishes_in", phrase="finishes in", inverse_phrase="hosts the finish of", domain=("race",),
          range=("city", "town")),
        R("passes_through", phrase="passes through", inverse_phrase="is crossed by", domain=("train", "trail"),
          range=("region", "state")),
        R("operated_by", phrase="is operated by", inverse_phrase="operates", domain=("train", "ferry"),
          range=("train operator", "ferry operator")),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=TRAINS, range=("engineer",)),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=("train", "ferry"),
          range=("people", "ocean", "person", "island")),
        R("first_won_by", phrase="was first won by", inverse_phrase="first won", domain=("race",),
          range=("cyclist",)),
        R("started_at", phrase="started at", inverse_phrase="gave a first seat to", domain=("driver",),
          range=("team",)),
        R("finished_at", phrase="finished at", inverse_phrase="gave a last seat to", domain=("driver",),
          range=("team",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "tr:ghan": ("train", "The Ghan", 1929), "tr:ip": ("train", "Indian Pacific", 1970),
        "tr:overland": ("train", "The Overland", 1887), "tr:glacier": ("train", "Glacier Express", 1930),
        "tr:scotsman": ("train", "Flying Scotsman", 1862), "tr:rossiya": ("train", "Rossiya", 1966),
        "tr:palace": ("train", "Palace on Wheels", 1982), "tr:blue": ("train", "Blue Train", 1923),
        "fe:pontaven": ("ferry", "Pont-Aven", 2004), "fe:spirit": ("ferry", "Spirit of Tasmania", 1993),
        "fe:stena": ("ferry", "Stena Britannica", 2010),
        "tl:pennine": ("trail", "Pennine Way", 1965), "tl:whw": ("trail", "West Highland Way", 1980),
        "tl:at": ("trail", "Appalachian Trail", 1937),
        "rc:flanders": ("race", "Tour of Flanders", 1913), "rc:amstel": ("race", "Amstel Gold Race", 1966),
        "rc:tdu": ("race", "Tour Down Under", 1999), "rc:alps": ("race", "Tour of the Alps", 1962),
    }
    others = {
        "y:adelaide": ("city", "Adelaide"), "y:darwin": ("city", "Darwin"), "y:alice": ("town", "Alice Springs"),
        "y:katherine": ("town", "Katherine"), "y:sydney": ("city", "Sydney"), "y:perth": ("city", "Perth"),
        "y:brokenhill": ("town", "Broken Hill"), "y:kalgoorlie": ("town", "Kalgoorlie"),
        "y:melbourne": ("city", "Melbourne"), "y:zermatt": ("city", "Zermatt"), "y:moritz": ("city", "Saint Moritz"),
        "y:andermatt": ("town", "Andermatt"), "y:chur": ("town", "Chur"), "y:london": ("city", "London"),
        "y:edinburgh": ("city", "Edinburgh"), "y:york": ("city", "York"), "y:newcastle": ("city", "Newcastle"),
        "y:moscow": ("city", "Moscow"), "y:vladivostok": ("city", "Vladivostok"), "y:irkutsk": ("city", "Irkutsk"),
        "y:yekaterinburg": ("city", "Yekaterinburg"), "y:delhi": ("city", "New Delhi"), "y:jaipur": ("city", "Jaipur"),
        "y:agra": ("city", "Agra"), "y:pretoria": ("city", "Pretoria"), "y:capetown": ("city", "Cape Town"),
        "y:kimberley": ("town", "Kimberley"),
        "y:bruges": ("city", "Bruges"), "y:oudenaarde": ("town", "Oudenaarde"), "y:maastricht": ("city", "Maastricht"),
        "y:valkenburg": ("town", "Valkenburg"), "y:innsbruck": ("city", "Innsbruck"), "y:lienz": ("town", "Lienz"),
        "pt:plymouth": ("port", "Plymouth"), "pt:santander": ("port", "Santander"), "pt:geelong": ("port", "Geelong"),
        "pt:devonport": ("port", "Devonport"), "pt:harwich": ("port", "Harwich"), "pt:hook": ("port", "Hook of Holland"),
        "v:edale": ("village", "Edale"), "v:yetholm": ("village", "Kirk Yetholm"), "v:milngavie": ("town", "Milngavie"),
        "v:fortwilliam": ("town", "Fort William"), "mt:springer": ("mountain", "Springer Mountain"),
        "mt:katahdin": ("mountain", "Mount Katahdin"),
        "rg:nt": ("region", "Northern Territory"), "rg:sa": ("region", "South Australia"),
        "rg:nullarbor": ("region", "Nullarbor Plain"), "rg:siberia": ("region", "Siberia"),
        "rg:dales": ("region", "Yorkshire Dales"), "rg:highlands": ("region", "Scottish Highlands"),
        "rg:rajasthan": ("state", "Rajasthan"), "rg:virginia": ("state", "Virginia"),
        "op:jb": ("train operator", "Journey Beyond"), "op:rhb": ("train operator", "Rhaetian Railway"),
        "op:lner": ("train operator", "LNER"), "op:rzd": ("train operator", "Russian Railways"),
        "op:ir": ("train operator", "Indian Railways"), "op:bf": ("ferry operator", "Brittany Ferries"),
        "op:tt": ("ferry operator", "TT-Line Company"), "op:stena": ("ferry operator", "Stena Line"),
        "en:gresley": ("engineer", "Nigel Gresley"), "en:koch": ("engineer", "Hans Koch"),
        "pe:cameleers": ("people", "Afghan cameleers"), "oc:indian": ("ocean", "Indian Ocean"),
        "oc:pacific": ("ocean", "Pacific Ocean"), "is:tasmania": ("island", "Tasmania"),
        "cy:deman": ("cyclist", "Paul Deman"), "cy:krekels": ("cyclist", "Jan Krekels"),
        "cy:ogrady": ("cyclist", "Stuart O'Grady"), "cy:moser": ("cyclist", "Aldo Moser"),
        "d:raikkonen": ("driver", "Kimi Räikkönen"), "d:rosberg": ("driver", "Nico Rosberg"),
        "d:schumacher": ("driver", "Michael Schumacher"), "d:button": ("driver", "Jenson Button"),
        "tm:sauber": ("team", "Sauber"), "tm:alfa": ("team", "Alfa Romeo"), "tm:williams": ("team", "Williams"),
        "tm:mercedes": ("team", "Mercedes"), "tm:jordan": ("team", "Jordan"), "tm:mclaren": ("team", "McLaren"),
        "tm:benetton": ("team", "Benetton"), "tm:ferrari": ("team", "Ferrari"),
    }
    T = [
        ("tr:ghan", "departs_from", "y:adelaide"), ("tr:ghan", "terminates_in", "y:darwin"),
        ("tr:ghan", "calls_at", "y:alice"), ("tr:ghan", "calls_at", "y:katherine"),
        ("tr:ip", "departs_from", "y:sydney"), ("tr:ip", "terminates_in", "y:perth"),
        ("tr:ip", "calls_at", "y:brokenhill"), ("tr:ip", "calls_at", "y:adelaide"), ("tr:ip", "calls_at", "y:kalgoorlie"),
        ("tr:overland", "departs_from", "y:melbourne"), ("tr:overland", "terminates_in", "y:adelaide"),
        ("tr:glacier", "departs_from", "y:zermatt"), ("tr:glacier", "terminates_in", "y:moritz"),
        ("tr:glacier", "calls_at", "y:andermatt"), ("tr:glacier", "calls_at", "y:chur"),
        ("tr:scotsman", "departs_from", "y:london"), ("tr:scotsman", "terminates_in", "y:edinburgh"),
        ("tr:scotsman", "calls_at", "y:york"), ("tr:scotsman", "calls_at", "y:newcastle"),
        ("tr:rossiya", "departs_from", "y:moscow"), ("tr:rossiya", "terminates_in", "y:vladivostok"),
        ("tr:rossiya", "calls_at", "y:yekaterinburg"), ("tr:rossiya", "calls_at", "y:irkutsk"),
        ("tr:palace", "departs_from", "y:delhi"), ("tr:palace", "terminates_in", "y:delhi"),
        ("tr:palace", "calls_at", "y:jaipur"), ("tr:palace", "calls_at", "y:agra"),
        ("tr:blue", "departs_from", "y:pretoria"), ("tr:blue", "terminates_in", "y:capetown"),
        ("tr:blue", "calls_at", "y:kimberley"),
        ("fe:pontaven", "leaves_from", "pt:plymouth"), ("fe:pontaven", "arrives_in", "pt:santander"),
        ("fe:spirit", "leaves_from", "pt:geelong"), ("fe:spirit", "arrives_in", "pt:devonport"),
        ("fe:stena", "leaves_from", "pt:harwich"), ("fe:stena", "arrives_in", "pt:hook"),
        ("tl:pennine", "starts_at", "v:edale"), ("tl:pennine", "ends_at", "v:yetholm"),
        ("tl:whw", "starts_at", "v:milngavie"), ("tl:whw", "ends_at", "v:fortwilliam"),
        ("tl:at", "starts_at", "mt:springer"), ("tl:at", "ends_at", "mt:katahdin"),
        ("rc:flanders", "begins_in", "y:bruges"), ("rc:flanders", "finishes_in", "y:oudenaarde"),
        ("rc:amstel", "begins_in", "y:maastricht"), ("rc:amstel", "finishes_in", "y:valkenburg"),
        ("rc:tdu", "begins_in", "y:adelaide"), ("rc:tdu", "finishes_in", "y:adelaide"),
        ("rc:alps", "begins_in", "y:innsbruck"), ("rc:alps", "finishes_in", "y:lienz"),
        ("tr:ghan", "passes_through", "rg:sa"), ("tr:ghan", "passes_through", "rg:nt"),
        ("tr:ip", "passes_through", "rg:nullarbor"), ("tr:rossiya", "passes_through", "rg:siberia"),
        ("tr:palace", "passes_through", "rg:rajasthan"), ("tl:pennine", "passes_through", "rg:dales"),
        ("tl:whw", "passes_through", "rg:highlands"), ("tl:at", "passes_through", "rg:virginia"),
        ("tr:ghan", "operated_by", "op:jb"), ("tr:ip", "operated_by", "op:jb"), ("tr:overland", "operated_by", "op:jb"),
        ("tr:glacier", "operated_by", "op:rhb"), ("tr:scotsman", "operated_by", "op:lner"),
        ("tr:rossiya", "operated_by", "op:rzd"), ("tr:palace", "operated_by", "op:ir"),
        ("fe:pontaven", "operated_by", "op:bf"), ("fe:spirit", "operated_by", "op:tt"),
        ("fe:stena", "operated_by", "op:stena"),
        ("tr:scotsman", "designed_by", "en:gresley"), ("tr:glacier", "designed_by", "en:koch"),
        ("tr:ghan", "named_after", "pe:cameleers"), ("tr:ip", "named_after", "oc:indian"),
        ("tr:ip", "named_after", "oc:pacific"), ("fe:spirit", "named_after", "is:tasmania"),
        ("rc:flanders", "first_won_by", "cy:deman"), ("rc:amstel", "first_won_by", "cy:krekels"),
        ("rc:tdu", "first_won_by", "cy:ogrady"), ("rc:alps", "first_won_by", "cy:moser"),
        ("d:raikkonen", "started_at", "tm:sauber"), ("d:raikkonen", "finished_at", "tm:alfa"),
        ("d:rosberg", "started_at", "tm:williams"), ("d:rosberg", "finished_at", "tm:mercedes"),
        ("d:schumacher", "started_at", "tm:jordan"), ("d:schumacher", "finished_at", "tm:mercedes"),
        ("d:button", "started_at", "tm:williams"), ("d:button", "finished_at", "tm:mclaren"),
        ("user:ivy", "rated", "tr:ghan", {"rating": 5.0}), ("user:ivy", "rated", "tr:glacier", {"rating": 4.5}),
        ("user:ivy", "rated", "fe:pontaven", {"rating": 2.0}), ("user:ivy", "rated", "tl:pennine", {"rating": 4.0}),
        ("user:ivy", "rated", "rc:flanders", {"rating": 1.5}), ("user:ivy", "rated", "tr:palace", {"rating": 5.0}),
    ]
    aliases = {"tr:ghan": ("Ghan",), "tr:overland": ("Overland",), "op:rhb": ("RhB",)}
    return _build(items, others, rels, T, users=[("user:ivy", "Ivy")], aliases=aliases)


def venues():
    """Stadiums, arenas, concert halls and opera houses (items, all buildings: the year each
    opened): the team, orchestra, company or festival each "is the home of" (present) beside the
    teams it "was the home of" (former: "played at"), the city it "is located in" (whose inverse
    is "is home to"), architect, owner, who opened it, what it hosted, its style; teams with
    plural names ("Toronto Maple Leafs", "New York Mets") and one item with a plural name (Maple
    Leaf Gardens) or one ending in a plural word (Parc des Princes); a queen and a city both
    named Victoria; a user."""
    rels = [
        R("home_of", phrase="is the home of", inverse_phrase="is based at",
          range=("football club", "baseball team", "hockey team", "basketball team", "orchestra",
                 "opera company", "ballet company", "festival")),
        R("former_home", phrase="was the home of", inverse_phrase="played at",
          range=("football club", "baseball team", "hockey team", "basketball team")),
        R("located_in", phrase="is located in", inverse_phrase="is home to", range=("city",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", range=("architect", "architecture firm")),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", range=("company", "football club", "council")),
        R("opened_by", phrase="was opened by", inverse_phrase="opened", range=("queen", "person")),
        R("first_owner", phrase="was originally owned by", inverse_phrase="originally owned", range=("businessman",)),
        R("hosted", phrase="hosted", inverse_phrase="was held at", range=("event",)),
        R("style", phrase="is an example of", inverse_phrase="is the style of", range=("style",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "v:wembley": ("stadium", "Wembley Stadium", 2007), "v:oldtrafford": ("stadium", "Old Trafford", 1910),
        "v:emirates": ("stadium", "Emirates Stadium", 2006), "v:highbury": ("stadium", "Highbury", 1913),
        "v:maineroad": ("stadium", "Maine Road", 1923), "v:etihad": ("stadium", "Etihad Stadium", 2003),
        "v:shea": ("stadium", "Shea Stadium", 1964), "v:citi": ("stadium", "Citi Field", 2009),
        "v:msg": ("arena", "Madison Square Garden", 1968), "v:mlg": ("arena", "Maple Leaf Gardens", 1931),
        "v:scotiabank": ("arena", "Scotiabank Arena", 1999), "v:parc": ("stadium", "Parc des Princes", 1897),
        "v:rah": ("concert hall", "Royal Albert Hall", 1871), "v:roh": ("opera house", "Royal Opera House", 1858),
        "v:soh": ("opera house", "Sydney Opera House", 1973), "v:musikverein": ("concert hall", "Musikverein", 1870),
        "v:memorial": ("arena", "Memorial Centre", 2005),
    }
    others = {
        "t:manutd": ("football club", "Manchester United"), "t:arsenal": ("football club", "Arsenal"),
        "t:mancity": ("football club", "Manchester City"), "t:psg": ("football club", "Paris Saint-Germain"),
        "t:england": ("football club", "England national team"),
        "t:mets": ("baseball team", "New York Mets"), "t:jets": ("baseball team", "New York Jets"),
        "t:knicks": ("basketball team", "New York Knicks"), "t:rangers": ("hockey team", "New York Rangers"),
        "t:leafs": ("hockey team", "Toronto Maple Leafs"), "t:royals": ("hockey team", "Victoria Royals"),
        "o:vpo": ("orchestra", "Vienna Philharmonic"), "o:royalopera": ("opera company", "The Royal Opera"),
        "o:royalballet": ("ballet company", "The Royal Ballet"), "o:oa": ("opera company", "Opera Australia"),
        "f:proms": ("festival", "The Proms"),
        "y:london": ("city", "London"), "y:manchester": ("city", "Manchester"), "y:newyork": ("city", "New York"),
        "y:toronto": ("city", "Toronto"), "y:paris": ("city", "Paris"), "y:sydney": ("city", "Sydney"),
        "y:vienna": ("city", "Vienna"), "y:victoria": ("city", "Victoria"),
        "p:victoria": ("queen", "Victoria"), "p:elizabeth": ("queen", "Elizabeth II"),
        "p:charles": ("person", "Prince Charles"), "p:smythe": ("businessman", "Conn Smythe"),
        "a:foster": ("architecture firm", "Foster and Partners"), "a:leitch": ("architect", "Archibald Leitch"),
        "a:hok": ("architecture firm", "HOK"), "a:fowke": ("architect", "Francis Fowke"),
        "a:barry": ("architect", "Edward Middleton Barry"), "a:utzon": ("architect", "Jørn Utzon"),
        "a:hansen": ("architect", "Theophil Hansen"), "a:ross": ("architecture firm", "Ross and Macdonald"),
        "a:taillibert": ("architect", "Roger Taillibert"),
        "c:fa": ("company", "Football Association"), "c:loblaw": ("company", "Loblaw Companies"),
        "c:msge": ("company", "MSG Entertainment"), "c:mlse": ("company", "Maple Leaf Sports"),
        "c:cityparis": ("council", "City of Paris"),
        "ev:cl2011": ("event", "2011 Champions League Final"), "ev:beatles": ("event", "Beatles concert of 1965"),
        "ev:fight": ("event", "Fight of the Century"), "ev:euro1984": ("event", "1984 European Championship Final"),
        "sy:modernist": ("style", "Modernist"), "sy:expressionist": ("style", "Expressionist"),
        "sy:victorian": ("style", "Victorian"), "sy:neoclassical": ("style", "Neoclassical"),
        "sy:brutalist": ("style", "Brutalist"),
    }
    T = [
        ("v:wembley", "home_of", "t:england"), ("v:oldtrafford", "home_of", "t:manutd"),
        ("v:emirates", "home_of", "t:arsenal"), ("v:etihad", "home_of", "t:mancity"),
        ("v:citi", "home_of", "t:mets"), ("v:msg", "home_of", "t:knicks"), ("v:msg", "home_of", "t:rangers"),
        ("v:scotiabank", "home_of", "t:leafs"), ("v:parc", "home_of", "t:psg"), ("v:memorial", "home_of", "t:royals"),
        ("v:rah", "home_of", "f:proms"), ("v:roh", "home_of", "o:royalopera"), ("v:roh", "home_of", "o:royalballet"),
        ("v:soh", "home_of", "o:oa"), ("v:musikverein", "home_of", "o:vpo"),
        ("v:highbury", "former_home", "t:arsenal"), ("v:maineroad", "former_home", "t:mancity"),
        ("v:shea", "former_home", "t:mets"), ("v:shea", "former_home", "t:jets"), ("v:mlg", "former_home", "t:leafs"),
        ("v:wembley", "located_in", "y:london"), ("v:oldtrafford", "located_in", "y:manchester"),
        ("v:emirates", "located_in", "y:london"), ("v:highbury", "located_in", "y:london"),
        ("v:maineroad", "located_in", "y:manchester"), ("v:etihad", "located_in", "y:manchester"),
        ("v:shea", "located_in", "y:newyork"), ("v:citi", "located_in", "y:newyork"), ("v:msg", "located_in", "y:newyork"),
        ("v:mlg", "located_in", "y:toronto"), ("v:scotiabank", "located_in", "y:toronto"),
        ("v:parc", "located_in", "y:paris"), ("v:rah", "located_in", "y:london"), ("v:roh", "located_in", "y:london"),
        ("v:soh", "located_in", "y:sydney"), ("v:musikverein", "located_in", "y:vienna"),
        ("v:memorial", "located_in", "y:victoria"),
        ("v:wembley", "designed_by", "a:foster"), ("v:oldtrafford", "designed_by", "a:leitch"),
        ("v:highbury", "designed_by", "a:leitch"), ("v:emirates", "designed_by", "a:hok"),
        ("v:rah", "designed_by", "a:fowke"), ("v:roh", "designed_by", "a:barry"), ("v:soh", "designed_by", "a:utzon"),
        ("v:musikverein", "designed_by", "a:hansen"), ("v:mlg", "designed_by", "a:ross"),
        ("v:parc", "designed_by", "a:taillibert"),
        ("v:wembley", "owned_by", "c:fa"), ("v:oldtrafford", "owned_by", "t:manutd"),
        ("v:emirates", "owned_by", "t:arsenal"), ("v:mlg", "owned_by", "c:loblaw"),
        ("v:msg", "owned_by", "c:msge"), ("v:scotiabank", "owned_by", "c:mlse"), ("v:parc", "owned_by", "c:cityparis"),
        ("v:rah", "opened_by", "p:victoria"), ("v:soh", "opened_by", "p:elizabeth"),
        ("v:memorial", "opened_by", "p:charles"), ("v:mlg", "first_owner", "p:smythe"),
        ("v:wembley", "hosted", "ev:cl2011"), ("v:shea", "hosted", "ev:beatles"), ("v:msg", "hosted", "ev:fight"),
        ("v:parc", "hosted", "ev:euro1984"),
        ("v:soh", "style", "sy:expressionist"), ("v:rah", "style", "sy:victorian"), ("v:roh", "style", "sy:neoclassical"),
        ("v:musikverein", "style", "sy:neoclassical"), ("v:wembley", "style", "sy:modernist"),
        ("v:parc", "style", "sy:brutalist"),
        ("user:noa", "rated", "v:rah", {"rating": 5.0}), ("user:noa", "rated", "v:soh", {"rating": 4.5}),
        ("user:noa", "rated", "v:mlg", {"rating": 4.0}), ("user:noa", "rated", "v:highbury", {"rating": 2.0}),
        ("user:noa", "rated", "v:msg", {"rating": 1.5}), ("user:noa", "rated", "v:roh", {"rating": 5.0}),
    ]
    aliases = {"v:msg": ("the Garden",), "v:roh": ("Covent Garden",)}
    return _build(items, others, rels, T, users=[("user:noa", "Noa")], aliases=aliases)


def gardens():
    """Gardens, an amusement park, waterfalls and multi-sport games (items: the year each was
    founded or first held; the falls have none), many with plural names ("Kew Gardens", "Niagara
    Falls", "1976 Summer Olympics", "Pan American Games") and one singular name ending in a plural
    word (Jardin des Plantes); who founded or designed each (people of types inside and outside
    the person types: "gardener", "architect", "princess", "entrepreneur", "landscape architect"),
    the city or country it "is located in" ("is home to"), whom it "is named after", the period it
    "dates from", the river a fall "lies on", where games "were held in" ("hosted") and who "opened"
    them, their mascot; a band with a plural name that "played at" a park and was "founded by" a
    person (the same relation as the gardens'); a user."""
    G = ("garden", "amusement park")
    rels = [
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=G,
          range=("gardener", "architect", "landscape architect")),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=(*G, "band"),
          range=("princess", "entrepreneur", "gardener", "musician", "businessman")),
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=(*G, "waterfall"),
          range=("city", "country", "province")),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=(*G, "waterfall"),
          range=("queen", "businessman", "river")),
        R("dates_from", phrase="dates from", inverse_phrase="saw the creation of", domain=G, range=("period",)),
        R("lies_on", phrase="lies on", inverse_phrase="flows over", domain=("waterfall",), range=("river",)),
        R("held_in", phrase="were held in", inverse_phrase="hosted", domain=("games",), range=("city",)),
        R("opened_by", phrase="were opened by", inverse_phrase="opened", domain=("games",), range=("queen", "governor")),
        R("mascot", phrase="had as mascot", inverse_phrase="was the mascot of", domain=("games",), range=("mascot",)),
        R("played_at", phrase="played at", inverse_phrase="has hosted", domain=("band",), range=G),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "g:kew": ("garden", "Kew Gardens", 1759), "g:tivoli": ("amusement park", "Tivoli Gardens", 1843),
        "g:boboli": ("garden", "Boboli Gardens", 1550), "g:butchart": ("garden", "Butchart Gardens", 1904),
        "g:keukenhof": ("garden", "Keukenhof", 1949), "g:plantes": ("garden", "Jardin des Plantes", 1635),
        "g:eden": ("garden", "Eden Project", 2001),
        "w:niagara": ("waterfall", "Niagara Falls", None), "w:victoria": ("waterfall", "Victoria Falls", None),
        "w:iguazu": ("waterfall", "Iguazu Falls", None),
        "o:1976": ("games", "1976 Summer Olympics", 1976), "o:2012": ("games", "2012 Summer Olympics", 2012),
        "o:1988": ("games", "1988 Winter Olympics", 1988), "o:panam": ("games", "2015 Pan American Games", 2015),
    }
    others = {
        "p:augusta": ("princess", "Princess Augusta"), "p:carstensen": ("entrepreneur", "Georg Carstensen"),
        "p:jennie": ("gardener", "Jennie Butchart"), "p:robert": ("businessman", "Robert Butchart"),
        "p:chambers": ("architect", "William Chambers"), "p:tribolo": ("landscape architect", "Niccolò Tribolo"),
        "p:zocher": ("landscape architect", "Jan David Zocher"), "p:labrosse": ("gardener", "Guy de La Brosse"),
        "p:smit": ("businessman", "Tim Smit"), "p:grimshaw": ("architect", "Nicholas Grimshaw"),
        "p:wilson": ("musician", "Brian Wilson"), "p:medici": ("businessman", "Cosimo de' Medici"),
        "p:victoria": ("queen", "Victoria"), "p:elizabeth": ("queen", "Elizabeth II"),
        "p:sauve": ("governor", "Jeanne Sauvé"), "p:johnston": ("governor", "David Johnston"),
        "b:beachboys": ("band", "The Beach Boys"),
        "y:london": ("city", "London"), "y:copenhagen": ("city", "Copenhagen"), "y:florence": ("city", "Florence"),
        "y:victoria": ("city", "Victoria"), "y:lisse": ("city", "Lisse"), "y:paris": ("city", "Paris"),
        "y:cornwall": ("province", "Cornwall"), "y:ontario": ("province", "Ontario"), "y:zambia": ("country", "Zambia"),
        "y:argentina": ("country", "Argentina"), "y:montreal": ("city", "Montreal"), "y:calgary": ("city", "Calgary"),
        "y:toronto": ("city", "Toronto"),
        "r:niagara": ("river", "Niagara River"), "r:zambezi": ("river", "Zambezi"), "r:iguazu": ("river", "Iguazu River"),
        "pd:georgian": ("period", "Georgian era"), "pd:renaissance": ("period", "Renaissance"),
        "pd:victorian": ("period", "Victorian era"), "pd:baroque": ("period", "Baroque period"),
        "m:amik": ("mascot", "Amik"), "m:wenlock": ("mascot", "Wenlock"), "m:hidy": ("mascot", "Hidy and Howdy"),
        "m:pachi": ("mascot", "Pachi"),
    }
    T = [
        ("g:kew", "designed_by", "p:chambers"), ("g:boboli", "designed_by", "p:tribolo"),
        ("g:keukenhof", "designed_by", "p:zocher"), ("g:plantes", "designed_by", "p:labrosse"),
        ("g:butchart", "designed_by", "p:jennie"), ("g:eden", "designed_by", "p:grimshaw"),
        ("g:kew", "founded_by", "p:augusta"), ("g:tivoli", "founded_by", "p:carstensen"),
        ("g:butchart", "founded_by", "p:jennie"), ("g:butchart", "founded_by", "p:robert"), ("g:eden", "founded_by", "p:smit"),
        ("g:boboli", "founded_by", "p:medici"), ("b:beachboys", "founded_by", "p:wilson"),
        ("g:kew", "located_in", "y:london"), ("g:tivoli", "located_in", "y:copenhagen"),
        ("g:boboli", "located_in", "y:florence"), ("g:butchart", "located_in", "y:victoria"),
        ("g:keukenhof", "located_in", "y:lisse"), ("g:plantes", "located_in", "y:paris"),
        ("g:eden", "located_in", "y:cornwall"), ("w:niagara", "located_in", "y:ontario"),
        ("w:victoria", "located_in", "y:zambia"), ("w:iguazu", "located_in", "y:argentina"),
        ("g:butchart", "named_after", "p:robert"), ("w:victoria", "named_after", "p:victoria"),
        ("w:niagara", "named_after", "r:niagara"),
        ("g:kew", "dates_from", "pd:georgian"), ("g:boboli", "dates_from", "pd:renaissance"),
        ("g:butchart", "dates_from", "pd:victorian"), ("g:plantes", "dates_from", "pd:baroque"),
        ("g:tivoli", "dates_from", "pd:victorian"),
        ("w:niagara", "lies_on", "r:niagara"), ("w:victoria", "lies_on", "r:zambezi"), ("w:iguazu", "lies_on", "r:iguazu"),
        ("o:1976", "held_in", "y:montreal"), ("o:2012", "held_in", "y:london"), ("o:1988", "held_in", "y:calgary"),
        ("o:panam", "held_in", "y:toronto"),
        ("o:1976", "opened_by", "p:elizabeth"), ("o:2012", "opened_by", "p:elizabeth"),
        ("o:1988", "opened_by", "p:sauve"), ("o:panam", "opened_by", "p:johnston"),
        ("o:1976", "mascot", "m:amik"), ("o:2012", "mascot", "m:wenlock"), ("o:1988", "mascot", "m:hidy"),
        ("o:panam", "mascot", "m:pachi"),
        ("b:beachboys", "played_at", "g:tivoli"),
        ("user:eli", "rated", "g:kew", {"rating": 5.0}), ("user:eli", "rated", "g:tivoli", {"rating": 4.5}),
        ("user:eli", "rated", "w:niagara", {"rating": 4.0}), ("user:eli", "rated", "o:1976", {"rating": 2.0}),
        ("user:eli", "rated", "g:eden", {"rating": 1.5}), ("user:eli", "rated", "g:boboli", {"rating": 5.0}),
    ]
    aliases = {"g:kew": ("Royal Botanic Gardens, Kew",), "p:chambers": ("Chambers",)}
    return _build(items, others, rels, T, users=[("user:eli", "Eli")], aliases=aliases)




BUILDERS = {"routes": routes, "venues": venues, "gardens": gardens}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@routes
# (3) route ends: a train, ferry, trail or race run backwards, to a stop it only calls at, from a
# stop in the middle, to another item's end, to a region it passes through
The Ghan runs from Darwin to Adelaide.
The Ghan runs from Adelaide to Alice Springs.
The Ghan runs from Alice Springs to Darwin.
The Ghan runs from Adelaide to Katherine.
The Ghan runs from Adelaide to Perth.
The Ghan travels from Adelaide to Vladivostok.
The Ghan goes from Melbourne to Darwin.
The Ghan runs from Adelaide to the Northern Territory.
The Indian Pacific runs from Sydney to Adelaide.
The Indian Pacific runs from Adelaide to Perth.
The Indian Pacific goes from Perth to Sydney.
The Overland runs from Adelaide to Melbourne.
The Overland runs from Melbourne to Darwin.
The Glacier Express runs from Zermatt to Chur.
The Glacier Express travels from Saint Moritz to Zermatt.
The Flying Scotsman runs from London to York.
The Flying Scotsman runs from Edinburgh to London.
The Rossiya runs from Moscow to Irkutsk.
The Rossiya goes from Vladivostok to Moscow.
The Palace on Wheels runs from New Delhi to Agra.
The Palace on Wheels runs from Jaipur to New Delhi.
The Blue Train runs from Cape Town to Pretoria.
The Blue Train runs from Pretoria to Kimberley.
The Pont-Aven runs from Santander to Plymouth.
The Spirit of Tasmania runs from Devonport to Geelong.
The Spirit of Tasmania travels from Geelong to Tasmania.
The Stena Britannica goes from Hook of Holland to Harwich.
The Stena Britannica runs from Harwich to Santander.
The Pennine Way runs from Kirk Yetholm to Edale.
The Pennine Way goes from Edale to Fort William.
The West Highland Way runs from Fort William to Milngavie.
The Appalachian Trail runs from Springer Mountain to Virginia.
The Appalachian Trail runs from Mount Katahdin to Springer Mountain.
The Tour of Flanders goes from Oudenaarde to Bruges.
The Tour of Flanders runs from Bruges to Valkenburg.
The Amstel Gold Race runs from Maastricht to Oudenaarde.
The Tour Down Under runs from Adelaide to Darwin.
The Tour of the Alps runs from Lienz to Innsbruck.
# (3) via a middle stop that is none, lists after "to", gapped second routes, coordinated
# subjects, relative clauses with the wrong route
The Ghan runs from Adelaide via Perth to Darwin.
The Ghan runs from Adelaide to Darwin via Kalgoorlie.
The Indian Pacific runs from Sydney to Perth via Alice Springs.
The Ghan runs from Adelaide to Darwin and Perth.
The Ghan runs from Adelaide to Perth and Darwin.
The Ghan runs from Adelaide to Darwin, and the Overland from Melbourne to Darwin.
The Ghan runs from Adelaide to Darwin, and the Indian Pacific from Sydney to Darwin.
The Ghan runs from Adelaide to Darwin and the Overland to Darwin.
The Ghan and the Overland run from Adelaide to Darwin.
The Ghan runs from Adelaide to Darwin, as does the Overland.
The Ghan runs from Adelaide to Darwin and from Sydney to Perth.
Journey Beyond operates the Ghan, which runs from Adelaide to Perth.
Journey Beyond operates the Indian Pacific, which runs from Adelaide to Darwin.
The Ghan, running from Adelaide to Perth, calls at Alice Springs.
# (3) negations, modals, tense, years around "from A to B"
The Ghan does not run from Adelaide to Darwin.
The Ghan no longer runs from Adelaide to Darwin.
The Ghan never ran from Adelaide to Darwin.
The Ghan used to run from Adelaide to Darwin.
The Ghan will run from Adelaide to Darwin.
The Ghan could run from Adelaide to Darwin.
The Ghan runs from Adelaide, not to Darwin.
The Ghan runs from Adelaide but not to Darwin.
The Ghan runs from Adelaide almost to Darwin.
The Ghan runs from Adelaide only to Alice Springs.
The Ghan ran from Adelaide to Darwin until 1990.
The Ghan has run from Adelaide to Darwin since 1990.
The Flying Scotsman first ran from London to Edinburgh in 1900.
# (3) a start / end pair that is no route: a driver's first and last teams read as a journey
# ("runs / travels from" a team is no career)
Michael Schumacher runs from Jordan.
Michael Schumacher travels from Jordan to Mercedes.
Jenson Button runs from Williams to McLaren.
Jenson Button travels from Williams.
Michael Schumacher went from Mercedes to Jordan.
# (6) where-frames of routes: the wrong end, a start said as an end
Adelaide is where the Ghan terminates.
Alice Springs is where the Ghan terminates.
Oudenaarde is where the Tour of Flanders begins.
Bruges is where the Tour of Flanders finishes.
Katherine is where the Overland calls.
The Overland runs from Melbourne to Adelaide, where the Ghan terminates.
The Overland runs from Melbourne to Adelaide, where the Ghan calls.
# (1) own-kind relatives: a word of a two-word type that is an item type ("train operator"),
# the wrong item, negations, hedges and modals in the clause
Journey Beyond is a train that operates the Ghan.
Brittany Ferries is a ferry that operates the Pont-Aven.
Journey Beyond is an operator that operates the Glacier Express.
Nigel Gresley is an engineer who designed the Glacier Express.
Hans Koch is an engineer who designed the Flying Scotsman.
Nigel Gresley is an engineer who did not design the Flying Scotsman.
Nigel Gresley is an engineer who never designed the Flying Scotsman.
Nigel Gresley is an engineer who almost designed the Flying Scotsman.
Nigel Gresley is an engineer who could have designed the Flying Scotsman.
Nigel Gresley is an engineer who wanted to design the Flying Scotsman.
Nigel Gresley is an engineer who refused to design the Flying Scotsman.
Nigel Gresley is one of the people who did not design the Flying Scotsman.
Nigel Gresley was one of the engineers who never designed the Flying Scotsman.
Paul Deman is a cyclist who never won the Tour of Flanders.
Paul Deman is a cyclist who last won the Tour of Flanders.
Paul Deman is a cyclist who first won the Amstel Gold Race.
Jan Krekels is a cyclist who first won the Tour of Flanders.
Michael Schumacher is a driver who started at Williams.
Nico Rosberg is a driver who finished at McLaren.
Michael Schumacher is a driver who finished at Jordan.
@routes user:ivy
You loved the Ghan, which runs from Adelaide to Perth.
You loved the Pennine Way, which runs from Kirk Yetholm to Edale.
You loved the Palace on Wheels, which runs from Jaipur to New Delhi.
@venues
# (4) "is the home of" read as "is home to" and "houses": a former home ("was the home of") said
# in the present
Shea Stadium is home to the New York Mets.
Shea Stadium houses the New York Mets.
Shea Stadium is home to the New York Jets.
Shea Stadium houses the New York Jets.
Highbury is home to Arsenal.
Highbury houses Arsenal.
Maine Road is home to Manchester City.
Maine Road houses Manchester City.
Maple Leaf Gardens is home to the Toronto Maple Leafs.
Maple Leaf Gardens houses the Toronto Maple Leafs.
Maple Leaf Gardens, home to the Toronto Maple Leafs, is located in Toronto.
Maple Leaf Gardens, which houses the Toronto Maple Leafs, was designed by Ross and Macdonald.
Shea Stadium is the home of the New York Mets.
Highbury is the home of Arsenal.
# (4) the wrong tenant, the wrong relation (a city, a club, an owner "home to" or "housing"),
# the wrong direction, negations, modals, tense, years
Old Trafford is home to Manchester City.
Old Trafford houses Arsenal.
The Royal Opera House is home to the Vienna Philharmonic.
The Musikverein houses the Royal Ballet.
The Sydney Opera House houses the Royal Opera.
The Royal Albert Hall is home to Opera Australia.
Madison Square Garden is home to the New York Mets.
Citi Field houses the New York Knicks.
Manchester is home to Manchester United.
London is home to the Royal Ballet.
Manchester United is home to Old Trafford.
Manchester United houses Old Trafford.
The Royal Ballet is home to the Royal Opera House.
MSG Entertainment is home to Madison Square Garden.
Loblaw Companies houses Maple Leaf Gardens.
London houses Wembley Stadium.
The Musikverein is not the home of the Vienna Philharmonic.
The Musikverein is no longer home to the Vienna Philharmonic.
The Musikverein used to house the Vienna Philharmonic.
The Musikverein will be home to the Vienna Philharmonic.
The Musikverein no longer houses the Vienna Philharmonic.
The Musikverein has been home to the Vienna Philharmonic since 1900.
# (6) where-frames of homes: a former home in the present, the wrong home
Highbury is where Arsenal play.
Shea Stadium is where the New York Mets play.
Highbury is where Arsenal is based.
Maple Leaf Gardens is where the Toronto Maple Leafs are based.
Parc des Princes is where the 2011 Champions League Final was held.
Victoria is where the Royal Albert Hall was opened.
# (1) own-kind relatives: a name shared by a queen and a city (the glued noun names one, the
# clause holds of the other), a word of a two-word type ("opera company" -> "an opera",
# "football club" -> "a football"), a past state said in the present
Victoria is a city that opened the Royal Albert Hall.
Victoria was a city that opened the Royal Albert Hall.
Victoria is one of the cities that opened the Royal Albert Hall.
Victoria is a queen who is home to the Memorial Centre.
Victoria is a woman who is home to the Memorial Centre.
Victoria is a person who is home to the Memorial Centre.
Victoria is among the queens who are home to the Memorial Centre.
Victoria is a queen who opened the Memorial Centre.
Victoria is a city that opened the Memorial Centre.
Manchester United is a football that owns Old Trafford.
The New York Mets is a baseball that played at Shea Stadium.
The Toronto Maple Leafs is a hockey that played at Maple Leaf Gardens.
The New York Knicks is a basketball that is based at Madison Square Garden.
Foster and Partners is an architecture that designed Wembley Stadium.
Arsenal is a club that plays at Highbury.
Arsenal is a club that is based at Highbury.
Archibald Leitch is an architect who designed Wembley Stadium.
Francis Fowke is an architect who designed the Royal Opera House.
Elizabeth II is a queen who opened the Royal Albert Hall.
Elizabeth II is a queen who opened the Sydney Opera House in 1971.
Elizabeth II is a queen who opened the Sydney Opera House and the Royal Albert Hall.
Elizabeth II is a queen who did not open the Sydney Opera House.
Elizabeth II is a queen who nearly opened the Sydney Opera House.
Elizabeth II is one of the people who never opened the Sydney Opera House.
Conn Smythe is a businessman who owns Maple Leaf Gardens.
Conn Smythe is a businessman who still owns Maple Leaf Gardens.
Loblaw Companies is a company that no longer owns Maple Leaf Gardens.
Loblaw Companies is a company that used to own Maple Leaf Gardens.
Loblaw Companies is a company that formerly owned Maple Leaf Gardens.
Loblaw Companies is a company that Maple Leaf Gardens owns.
Loblaw Companies is a company that is owned by Maple Leaf Gardens.
Maple Leaf Sports is a company that owns Maple Leaf Gardens.
Manchester is a city that is home to Wembley Stadium.
Paris is a city that is home to the Musikverein.
# (5) overlapping names: the company "The Royal Opera" said where the house is meant
The Royal Opera is the home of the Royal Ballet.
The Royal Opera was designed by Edward Middleton Barry.
The Royal Opera opened in 1858.
The Royal Opera is an example of Neoclassical architecture.
Edward Middleton Barry designed The Royal Opera.
The Royal Opera Ballet is based at the Royal Opera House.
The Royal Opera House Covent Garden is the home of Opera Australia.
# (2) "they / their" after one item with a plural name (or one ending in a plural word) where
# the pronoun is the team's: a team said as "they" (its owner, its year)
The Toronto Maple Leafs played at Maple Leaf Gardens. They are owned by Loblaw Companies.
The Toronto Maple Leafs played at Maple Leaf Gardens. Their owner is Loblaw Companies.
Maple Leaf Gardens was the home of the Toronto Maple Leafs. They are owned by Loblaw Companies.
Parc des Princes is the home of Paris Saint-Germain. Their owner is the City of Paris.
Parc des Princes is the home of Paris Saint-Germain. They are owned by the City of Paris.
Paris Saint-Germain are based at Parc des Princes. They opened in 1897.
Paris Saint-Germain are based at Parc des Princes. Their owner is the City of Paris.
Paris Saint-Germain are based at Parc des Princes. They hosted the 1984 European Championship Final.
@venues user:noa
You loved Maple Leaf Gardens, which houses the Toronto Maple Leafs.
You loved Maple Leaf Gardens, home to the Toronto Maple Leafs.
@gardens
# (2) "they / their" after one item with a plural name, where the pronoun is the band's (the
# subject of the sentence before, or of a relative clause)
The Beach Boys played at Tivoli Gardens. They were founded by Georg Carstensen.
The Beach Boys played at Tivoli Gardens. They were founded in 1843.
The Beach Boys played at Tivoli Gardens. Their founder was Georg Carstensen.
The Beach Boys played at Tivoli Gardens, and their founder was Georg Carstensen.
Brian Wilson founded the Beach Boys, who played at Tivoli Gardens. Their founder was Georg Carstensen.
The Beach Boys, founded by Brian Wilson, played at Tivoli Gardens. They were founded in 1843.
# (2) must stay rejected: the wrong fact of the plural item, two items, a person ending in "s"
Kew Gardens is located in London, and Tivoli Gardens in Copenhagen. Their founder was Georg Carstensen.
Kew Gardens was designed by William Chambers. They were founded by Georg Carstensen.
Kew Gardens is located in London. They were founded by Georg Carstensen.
The 1976 Summer Olympics were held in Montreal. Their mascot was Wenlock.
The 1976 Summer Olympics were opened by Elizabeth II. They were held in London.
The 2012 Summer Olympics were held in London. They were opened by Jeanne Sauvé.
The 2015 Pan American Games were held in Toronto. Their mascot was Amik.
Niagara Falls lies on the Niagara River. They are located in Zambia.
Victoria Falls lies on the Zambezi. They are named after the Zambezi.
Iguazu Falls lies on the Iguazu River. They lie on the Zambezi.
The Jardin des Plantes is located in Paris. Their designer was William Chambers.
Brian Wilson founded the Beach Boys. They played at Kew Gardens.
# (1) own-kind relatives: the queen / city "Victoria" again, a word of a two-word type
# ("landscape architect" -> "a landscape"), the wrong item, relation or type, coordinated
# names of two types, negations and modals
Victoria is a city that gave its name to Victoria Falls.
Victoria is one of the cities that gave their name to Victoria Falls.
Victoria is a queen who is home to Butchart Gardens.
Victoria is a woman who is home to Butchart Gardens.
Niccolò Tribolo is a landscape who designed Boboli Gardens.
Jan David Zocher is a landscape who designed Keukenhof.
Jan David Zocher is an architect who designed Kew Gardens.
William Chambers is an architect who designed Boboli Gardens.
Georg Carstensen is an entrepreneur who founded the Beach Boys.
Brian Wilson is a musician who founded Tivoli Gardens.
Brian Wilson is a musician who founded the Beach Boys and played at Tivoli Gardens.
Jennie Butchart is a gardener who is named after Butchart Gardens.
Jennie Butchart is a gardener who gave her name to Butchart Gardens.
Jennie Butchart is a gardener who designed Kew Gardens.
Robert Butchart and Jennie Butchart are among the gardeners who founded Butchart Gardens.
Robert Butchart, like Jennie Butchart, is a gardener who founded Butchart Gardens.
Jennie Butchart, like Robert Butchart, is a businessman who founded Butchart Gardens.
The Beach Boys are a band that played at Kew Gardens.
The Beach Boys are a band that was founded by Georg Carstensen.
Elizabeth II is a queen who opened the 1988 Winter Olympics.
Jeanne Sauvé is a governor who opened the 2015 Pan American Games.
Montreal is a city that hosted the 2012 Summer Olympics.
The Zambezi is a river that flows over Niagara Falls.
The Renaissance is a period that saw the creation of Kew Gardens.
London is a city that is home to Tivoli Gardens.
Zambia is a country that is home to Niagara Falls.
Princess Augusta is a princess who designed Kew Gardens.
Princess Augusta is a princess who did not found Kew Gardens.
Princess Augusta was one of the princesses who never founded Kew Gardens.
Amik is a mascot that was the mascot of the 2012 Summer Olympics.
Georg Carstensen is an entrepreneur who might have founded Tivoli Gardens.
Georg Carstensen is an entrepreneur who tried to found Tivoli Gardens.
@gardens user:eli
You loved Kew Gardens. They were founded by Georg Carstensen.
You loved Tivoli Gardens; the Beach Boys played there, and they were founded in 1843.
# arguable ones (OPEN): a man called a woman, or one of several (the graph has no gender nor a
# count of co-designers); a landscape architect called an architect; a driver who "went from"
# his first team to his last (a move, or his career?); "once ran" (a past route, or any time?);
# "them" after a band and a park; "they" opened / located / dating (an arena's or a
# park's words, though the team or band is the subject); "an opera" / "a ballet" (a company, in
# some dictionaries); "their" of a singular park; a festival "housed"; a present
# home said with "was"; "once owned" of a present owner
@routes
Kimi Räikkönen goes from Sauber to Alfa Romeo.
Nigel Gresley is a woman who designed the Flying Scotsman.
Nigel Gresley was one of the women who designed the Flying Scotsman.
Nigel Gresley was one of the engineers who designed the Flying Scotsman.
Journey Beyond is one of the operators that operate the Ghan.
Paul Deman was one of the cyclists who first won the Tour of Flanders.
Michael Schumacher went from Jordan to Mercedes.
Jenson Button went from Williams to McLaren.
The Ghan once ran from Adelaide to Darwin.
@venues
The Toronto Maple Leafs played at Maple Leaf Gardens. They opened in 1931.
Opera Australia is an opera that is based at the Sydney Opera House.
The Royal Ballet is a ballet that is based at the Royal Opera House.
The Royal Opera is an opera that is based at the Royal Opera House.
The Royal Albert Hall houses the Proms.
Citi Field was the home of the New York Mets.
Loblaw Companies is a company that once owned Maple Leaf Gardens.
@gardens
Brian Wilson founded the Beach Boys, who played at Tivoli Gardens. They date from the Victorian era.
The Beach Boys played at Tivoli Gardens; they date from the Victorian era.
The Beach Boys played at Tivoli Gardens. They are located in Copenhagen.
Niccolò Tribolo is an architect who designed Boboli Gardens.
Montreal is one of the cities that hosted the 1976 Summer Olympics.
The Beach Boys played at Tivoli Gardens, and Georg Carstensen founded them.
The Jardin des Plantes is located in Paris. Their designer was Guy de La Brosse.
"""

CONTROLS = r"""
@routes
The Ghan runs from Adelaide to Darwin.
The Ghan departs from Adelaide and terminates in Darwin.
The Indian Pacific runs from Sydney to Perth.
The Overland goes from Melbourne to Adelaide.
The Glacier Express runs from Zermatt to Saint Moritz.
The Flying Scotsman runs from London to Edinburgh.
The Rossiya travels from Moscow to Vladivostok.
The Blue Train runs from Pretoria to Cape Town.
The Pont-Aven goes from Plymouth to Santander.
The Spirit of Tasmania runs from Geelong to Devonport.
The Pennine Way runs from Edale to Kirk Yetholm.
The West Highland Way runs from Milngavie to Fort William.
The Appalachian Trail runs from Springer Mountain to Mount Katahdin.
The Tour of Flanders runs from Bruges to Oudenaarde.
The Amstel Gold Race goes from Maastricht to Valkenburg.
The Tour of Flanders begins in Bruges and finishes in Oudenaarde.
The Ghan runs from Adelaide to Darwin and calls at Alice Springs.
Alice Springs is where the Ghan calls.
Darwin is where the Ghan terminates.
Journey Beyond is an operator that operates the Ghan.
Nigel Gresley is an engineer who designed the Flying Scotsman.
Paul Deman is a cyclist who first won the Tour of Flanders.
The Ghan is a train that runs from Adelaide to Darwin.
Michael Schumacher started at Jordan and finished at Mercedes.
@routes user:ivy
You loved the Ghan, which runs from Adelaide to Darwin.
@venues
Old Trafford is the home of Manchester United.
Old Trafford is home to Manchester United.
The Musikverein is home to the Vienna Philharmonic.
The Royal Opera House is the home of the Royal Ballet.
The Royal Opera House houses the Royal Ballet.
The Sydney Opera House houses Opera Australia.
The Royal Opera is based at the Royal Opera House.
Shea Stadium was the home of the New York Mets.
The New York Mets played at Shea Stadium.
London is home to Wembley Stadium.
Victoria is a queen who opened the Royal Albert Hall.
Victoria is a city that is home to the Memorial Centre.
Elizabeth II is a queen who opened the Sydney Opera House.
Loblaw Companies is a company that owns Maple Leaf Gardens.
Conn Smythe is a businessman who originally owned Maple Leaf Gardens.
Manchester United is a club that owns Old Trafford.
Maple Leaf Gardens was originally owned by Conn Smythe.
Maple Leaf Gardens was owned by Conn Smythe.
Edward Middleton Barry designed the Royal Opera House.
The Royal Opera House, the home of the Royal Opera, was designed by Edward Middleton Barry.
The Musikverein, home to the Vienna Philharmonic, is located in Vienna.
Wembley Stadium is where the 2011 Champions League Final was held.
The Sydney Opera House is an Expressionist building.
@venues user:noa
You loved the Royal Opera House, home to the Royal Ballet.
@gardens
The 1976 Summer Olympics were held in Montreal. Their mascot was Amik.
The 2015 Pan American Games were held in Toronto. Their mascot was Pachi.
Kew Gardens was founded by Princess Augusta. They are located in London.
Niagara Falls lies on the Niagara River. They are located in Ontario.
Tivoli Gardens is located in Copenhagen. They were founded by Georg Carstensen.
Kew Gardens is located in London; their designer was William Chambers.
Jennie Butchart is a gardener who founded Butchart Gardens.
Princess Augusta is a princess who founded Kew Gardens.
Brian Wilson is a musician who founded the Beach Boys.
The Beach Boys are a band that played at Tivoli Gardens.
Montreal is a city that hosted the 1976 Summer Olympics.
Victoria is a queen who gave her name to Victoria Falls.
Victoria is a city that is home to Butchart Gardens.
Georg Carstensen is an entrepreneur who founded Tivoli Gardens.
Zambia is a country that is home to Victoria Falls.
Robert Butchart and Jennie Butchart founded Butchart Gardens.
@gardens user:eli
You loved Kew Gardens. They were founded by Princess Augusta.
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
# readings this round did not touch: a former home's "was the home of" read in the present ("is
# the home of"), and its inverse "played at" read as "play at" (also in where-frames). Printed
# apart as KNOWN.
KNOWN = frozenset(
    {
        'Shea Stadium is the home of the New York Mets.',
        'Highbury is the home of Arsenal.',
        'Highbury is where Arsenal play.',
        'Shea Stadium is where the New York Mets play.',
    }
)

# Arguable: printed as OPEN and left out of the count (they stay in TEXTS, under their comment).
OPEN = frozenset(
    {
        ': a man called a woman, or one of several (the graph has no gender nor a',
        'Kimi Räikkönen goes from Sauber to Alfa Romeo.',
        'Nigel Gresley is a woman who designed the Flying Scotsman.',
        'Nigel Gresley was one of the women who designed the Flying Scotsman.',
        'Nigel Gresley was one of the engineers who designed the Flying Scotsman.',
        'Journey Beyond is one of the operators that operate the Ghan.',
        'Paul Deman was one of the cyclists who first won the Tour of Flanders.',
        'Michael Schumacher went from Jordan to Mercedes.',
        'Jenson Button went from Williams to McLaren.',
        'The Ghan once ran from Adelaide to Darwin.',
        'The Toronto Maple Leafs played at Maple Leaf Gardens. They opened in 1931.',
        'Opera Australia is an opera that is based at the Sydney Opera House.',
        'The Royal Ballet is a ballet that is based at the Royal Opera House.',
        'The Royal Opera is an opera that is based at the Royal Opera House.',
        'The Royal Albert Hall houses the Proms.',
        'Citi Field was the home of the New York Mets.',
        'Loblaw Companies is a company that once owned Maple Leaf Gardens.',
        'Brian Wilson founded the Beach Boys, who played at Tivoli Gardens. They date from the Victorian era.',
        'The Beach Boys played at Tivoli Gardens; they date from the Victorian era.',
        'The Beach Boys played at Tivoli Gardens. They are located in Copenhagen.',
        'Niccolò Tribolo is an architect who designed Boboli Gardens.',
        'Montreal is one of the cities that hosted the 1976 Summer Olympics.',
        'The Beach Boys played at Tivoli Gardens, and Georg Carstensen founded them.',
        'The Jardin des Plantes is located in Paris. Their designer was Guy de La Brosse.',
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
