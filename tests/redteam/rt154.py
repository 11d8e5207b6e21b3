"""Red team round 154: a final sweep over the whole release (CHANGES.diff: everything since the
release started), attacking the readings where they meet each other and the older ones: sentence-
case names in lower case after "the"; building styles ("built in the Y style", "<Style>
architecture", "its architecture is Y", "a Y building"); the "is about" family for "addresses";
verb synonyms (set up, leave / set off / start from, end / finish at, keep watch over / watch /
track / observe, safeguard, describe / record, unearth / uncover / dig at / dig up, put an end to
/ conclude); "has been held at"; declared adverbs left out (officially, formally, initially, first,
originally); "P is where Y <verb>"; the connecting family ("links A with B", "runs between");
"X is a <type> who ..." / "one of the <types> who"; "they / their / them" after one item whose name
ends in a plural word (constructions and checker._plural_named); "runs / goes / travels from A to
B"; "is the home of" -> "is home to"; circuits; "play" as a state.

Four graphs of my own:

* sea: ferries (items: year launched) that "depart from" / "terminate at" ports and towns (a
  route pair), "call at" ports, "initially departed from" an older port (a declared adverb), "connect"
  islands (the connecting family), "serve" archipelagos; their operator ("is operated by") beside
  their first one ("was originally operated by", a past state), shipyard, who "officially
  launched" them, namesake; archipelagos (items with plural names: "Orkney Islands", "Western
  Isles", "Scilly Isles", "Åland Islands", no year), their country, the coastguard that "monitors"
  them and the trust that "protects" them; one ferry with a singular name ending in a plural
  word ("Lord of the Isles"); a user;
* alps: cable cars, gondolas, a funicular and a rack railway (items: year opened) that "start at"
  / "end at" villages and summits and "stop at" others, "link" ski resorts (connecting), operator,
  builder, who "officially opened" them; ski resorts (items, venues) in regions, in mountain
  ranges, "established by" people of several types; mountain ranges (items with plural names,
  "Snowy Mountains", "Kitzbühel Alps") "monitored by" avalanche services; ski races (items) that
  "have been held at" villages (a perfect passive) and were "first won by" skiers; Winter
  Olympics (items: "were held in", "were opened by"); a ski circuit (a venue item); a user;
* radio: radio stations and radio shows (items; two shows in sentence case, "Shipping forecast",
  "Today programme"; one singular show ending in a plural word, "Songs of the Isles"); who hosts a
  show now ("is hosted by") beside who "first hosted" it (a state: the adverb stays), its creator,
  the topic it "addresses" (the "is about" family) beside a station's "covers" (a region), the
  events it "documented" beside the studio it "is recorded at", where a station "broadcasts from"
  (inverse "is home to"), owner beside first owner, founder ("was established by"), the studio that
  "is the home of" it now beside the one that "was the home of" it; presenters of person and
  non-person types ("presenter", "journalist", "DJ", "broadcaster", "presenting duo" Mark and
  Lard); a user;
* cathedrals: cathedrals, abbeys, a priory, a chapel (items, all buildings: styles, periods),
  one in sentence case ("Old cathedral", in Coventry) and one singular name ending in a plural
  word ("Cathedral of the Isles"); the bishop whose seat each "is" now beside the one whose seat
  it "was", the choir it "is the home of" beside the one it "was the home of" (inverse "sang
  at"), the city it "is located in" ("is home to"), saint, founder, architect, who "formally
  consecrated" it, archaeologist ("was excavated by"), heritage body ("is protected by"),
  chronicler ("was documented by"), the event that "ended" it; organists and bands that "played
  at" one (a state verb, past only); bands with names ending in no "s" (Runrig, Capercaillie)
  beside one that does (The Proclaimers), a choir ("Millport Choir"); a user.

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


def sea():
    """Ferries (items: year launched) with a route pair to ports and towns ("departs from" /
    "terminates at"), stops ("calls at"), a former start ("initially departed from"), islands they
    "connect", archipelagos they "serve"; operator beside first operator ("was originally operated
    by"), shipyard, who "officially launched" them, namesake; archipelagos (items, plural names, no
    year) with country, coastguard ("monitors") and trust ("protects"); a user."""
    F = ("ferry",)
    A = ("archipelago",)
    rels = [
        R("departs_from", phrase="departs from", inverse_phrase="is the home port of", domain=F, range=("port", "town")),
        R("terminates_at", phrase="terminates at", inverse_phrase="is the terminus of", domain=F, range=("port", "town")),
        R("calls_at", phrase="calls at", inverse_phrase="is a port of call of", domain=F, range=("port", "town")),
        R("first_departed", phrase="initially departed from", inverse_phrase="was the first home port of", domain=F,
          range=("port", "town")),
        R("connects", phrase="connects", inverse_phrase="is connected by", domain=F, range=("island",)),
        R("serves", phrase="serves", inverse_phrase="is served by", domain=F, range=A),
        R("operated_by", phrase="is operated by", inverse_phrase="operates", domain=F, range=("ferry company",)),
        R("first_operator", phrase="was originally operated by", inverse_phrase="originally operated", domain=F,
          range=("ferry company",)),
        R("built_by", phrase="was built by", inverse_phrase="built", domain=F, range=("shipyard",)),
        R("launched_by", phrase="was officially launched by", inverse_phrase="officially launched", domain=F,
          range=("queen", "princess", "prince", "politician")),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=F,
          range=("island", "region", "person", "saint")),
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=A, range=("country",)),
        R("monitored_by", phrase="is monitored by", inverse_phrase="monitors", domain=A, range=("coastguard station",)),
        R("protected_by", phrase="is protected by", inverse_phrase="protects", domain=A, range=("trust",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "f:mull": ("ferry", "Isle of Mull", 1987), "f:hamnavoe": ("ferry", "Hamnavoe", 2002),
        "f:hebrides": ("ferry", "Hebrides", 2000), "f:scillonian": ("ferry", "Scillonian III", 1977),
        "f:normandie": ("ferry", "Normandie", 1992), "f:serenade": ("ferry", "Silja Serenade", 1990),
        "f:scandinavica": ("ferry", "Stena Scandinavica", 2003), "f:loch": ("ferry", "Loch Seaforth", 2014),
        "f:lord": ("ferry", "Lord of the Isles", 1989),
        "a:orkney": ("archipelago", "Orkney Islands", None), "a:western": ("archipelago", "Western Isles", None),
        "a:scilly": ("archipelago", "Scilly Isles", None), "a:aland": ("archipelago", "Åland Islands", None),
    }
    others = {
        "p:oban": ("port", "Oban"), "p:craignure": ("port", "Craignure"), "p:scrabster": ("port", "Scrabster"),
        "p:stromness": ("town", "Stromness"), "p:aberdeen": ("port", "Aberdeen"), "p:uig": ("port", "Uig"),
        "p:tarbert": ("port", "Tarbert"), "p:lochmaddy": ("port", "Lochmaddy"), "p:penzance": ("town", "Penzance"),
        "p:stmarys": ("port", "St Mary's"), "p:portsmouth": ("port", "Portsmouth"), "p:caen": ("port", "Caen"),
        "p:helsinki": ("port", "Helsinki"), "p:stockholm": ("port", "Stockholm"), "p:mariehamn": ("port", "Mariehamn"),
        "p:gothenburg": ("port", "Gothenburg"), "p:kiel": ("port", "Kiel"), "p:ullapool": ("port", "Ullapool"),
        "p:stornoway": ("port", "Stornoway"), "p:turku": ("port", "Turku"),
        "p:mallaig": ("port", "Mallaig"), "p:lochboisdale": ("port", "Lochboisdale"), "i:southuist": ("island", "South Uist"),
        "i:mull": ("island", "Mull"), "i:skye": ("island", "Skye"), "i:harris": ("island", "Harris"),
        "i:northuist": ("island", "North Uist"), "i:lewis": ("island", "Lewis"), "i:mainland": ("island", "Mainland"),
        "i:stmarys": ("island", "St Mary's Island"),
        "r:normandy": ("region", "Normandy"), "r:hebrides": ("region", "Hebrides region"),
        "co:calmac": ("ferry company", "CalMac"), "co:northlink": ("ferry company", "NorthLink Ferries"),
        "co:pando": ("ferry company", "P&O Scottish Ferries"), "co:scilly": ("ferry company", "Isles of Scilly Steamship Company"),
        "co:brittany": ("ferry company", "Brittany Ferries"), "co:tallink": ("ferry company", "Tallink Silja"),
        "co:silja": ("ferry company", "Silja Line"), "co:stena": ("ferry company", "Stena Line"),
        "sy:appledore": ("shipyard", "Appledore Shipbuilders"), "sy:ferguson": ("shipyard", "Ferguson Shipbuilders"),
        "sy:masa": ("shipyard", "Masa-Yards"), "sy:aker": ("shipyard", "Aker Finnyards"),
        "sy:flensburger": ("shipyard", "Flensburger"), "sy:leroux": ("shipyard", "Chantiers de l'Atlantique"),
        "q:elizabeth": ("queen", "Elizabeth II"), "q:anne": ("princess", "Princess Anne"),
        "q:charles": ("prince", "Prince Charles"), "q:salmond": ("politician", "Alex Salmond"),
        "s:magnus": ("saint", "Saint Magnus"),
        "c:scotland": ("country", "Scotland"), "c:england": ("country", "England"), "c:finland": ("country", "Finland"),
        "cg:shetland": ("coastguard station", "Shetland Coastguard"), "cg:stornoway": ("coastguard station", "Stornoway Coastguard"),
        "cg:falmouth": ("coastguard station", "Falmouth Coastguard"), "cg:mariehamn": ("coastguard station", "Mariehamn Coast Guard"),
        "t:scilly": ("trust", "Isles of Scilly Wildlife Trust"), "t:orkney": ("trust", "Orkney Islands Trust"),
        "t:nts": ("trust", "National Trust for Scotland"),
    }
    T = [
        ("f:mull", "departs_from", "p:oban"), ("f:mull", "terminates_at", "p:craignure"),
        ("f:hamnavoe", "departs_from", "p:scrabster"), ("f:hamnavoe", "terminates_at", "p:stromness"),
        ("f:hamnavoe", "first_departed", "p:aberdeen"),
        ("f:hebrides", "departs_from", "p:uig"), ("f:hebrides", "terminates_at", "p:tarbert"),
        ("f:hebrides", "calls_at", "p:lochmaddy"),
        ("f:scillonian", "departs_from", "p:penzance"), ("f:scillonian", "terminates_at", "p:stmarys"),
        ("f:normandie", "departs_from", "p:portsmouth"), ("f:normandie", "terminates_at", "p:caen"),
        ("f:serenade", "departs_from", "p:helsinki"), ("f:serenade", "terminates_at", "p:stockholm"),
        ("f:serenade", "calls_at", "p:mariehamn"), ("f:serenade", "first_departed", "p:turku"),
        ("f:scandinavica", "departs_from", "p:gothenburg"), ("f:scandinavica", "terminates_at", "p:kiel"),
        ("f:loch", "departs_from", "p:ullapool"), ("f:loch", "terminates_at", "p:stornoway"),
        ("f:lord", "departs_from", "p:mallaig"), ("f:lord", "terminates_at", "p:lochboisdale"),
        ("f:lord", "connects", "i:southuist"), ("f:lord", "operated_by", "co:calmac"), ("f:lord", "built_by", "sy:ferguson"),
        ("f:lord", "first_departed", "p:oban"),
        ("f:mull", "connects", "i:mull"), ("f:hebrides", "connects", "i:skye"), ("f:hebrides", "connects", "i:harris"),
        ("f:hebrides", "connects", "i:northuist"), ("f:loch", "connects", "i:lewis"),
        ("f:hamnavoe", "connects", "i:mainland"), ("f:scillonian", "connects", "i:stmarys"),
        ("f:hamnavoe", "serves", "a:orkney"), ("f:hebrides", "serves", "a:western"), ("f:loch", "serves", "a:western"),
        ("f:scillonian", "serves", "a:scilly"), ("f:serenade", "serves", "a:aland"),
        ("f:mull", "operated_by", "co:calmac"), ("f:hebrides", "operated_by", "co:calmac"), ("f:loch", "operated_by", "co:calmac"),
        ("f:hamnavoe", "operated_by", "co:northlink"), ("f:hamnavoe", "first_operator", "co:pando"),
        ("f:scillonian", "operated_by", "co:scilly"), ("f:normandie", "operated_by", "co:brittany"),
        ("f:serenade", "operated_by", "co:tallink"), ("f:serenade", "first_operator", "co:silja"),
        ("f:scandinavica", "operated_by", "co:stena"),
        ("f:mull", "built_by", "sy:appledore"), ("f:scillonian", "built_by", "sy:appledore"),
        ("f:hebrides", "built_by", "sy:ferguson"), ("f:hamnavoe", "built_by", "sy:aker"),
        ("f:serenade", "built_by", "sy:masa"), ("f:loch", "built_by", "sy:flensburger"),
        ("f:normandie", "built_by", "sy:masa"),
        ("f:hebrides", "launched_by", "q:elizabeth"), ("f:scillonian", "launched_by", "q:charles"),
        ("f:hamnavoe", "launched_by", "q:anne"), ("f:loch", "launched_by", "q:salmond"),
        ("f:mull", "named_after", "i:mull"), ("f:hebrides", "named_after", "r:hebrides"),
        ("f:normandie", "named_after", "r:normandy"),
        ("a:orkney", "located_in", "c:scotland"), ("a:western", "located_in", "c:scotland"),
        ("a:scilly", "located_in", "c:england"), ("a:aland", "located_in", "c:finland"),
        ("a:orkney", "monitored_by", "cg:shetland"), ("a:western", "monitored_by", "cg:stornoway"),
        ("a:scilly", "monitored_by", "cg:falmouth"), ("a:aland", "monitored_by", "cg:mariehamn"),
        ("a:scilly", "protected_by", "t:scilly"), ("a:orkney", "protected_by", "t:orkney"),
        ("user:ada", "rated", "f:hebrides", {"rating": 5.0}), ("user:ada", "rated", "f:mull", {"rating": 4.5}),
        ("user:ada", "rated", "a:orkney", {"rating": 4.0}), ("user:ada", "rated", "f:normandie", {"rating": 2.0}),
        ("user:ada", "rated", "a:scilly", {"rating": 1.5}),
    ]
    return _build(items, others, rels, T, users=[("user:ada", "Ada")])


def alps():
    """Lifts (items: year opened) that "start at" / "end at" villages and summits, "stop at" others
    and "link" resorts; operator, builder, who "officially opened" them; ski resorts (venues) with
    region, range and founder ("was established by"); mountain ranges (plural names) and the
    avalanche service that "monitors" each; ski races that "have been held at" villages and were
    "first won by" skiers; two Winter Olympics; a ski circuit; a user."""
    L = ("cable car", "gondola", "funicular", "rack railway")
    S = ("ski resort",)
    rels = [
        R("starts_at", phrase="starts at", inverse_phrase="is the lower station of", domain=L, range=("village", "town")),
        R("ends_at", phrase="ends at", inverse_phrase="is the upper station of", domain=L, range=("summit", "village")),
        R("stops_at", phrase="stops at", inverse_phrase="is a stop of", domain=L, range=("village", "summit")),
        R("links", phrase="links", inverse_phrase="is linked by", domain=L, range=S),
        R("operated_by", phrase="is operated by", inverse_phrase="operates", domain=L, range=("lift company",)),
        R("built_by", phrase="was built by", inverse_phrase="built", domain=L, range=("lift manufacturer",)),
        R("opened_by", phrase="was officially opened by", inverse_phrase="officially opened", domain=L,
          range=("politician", "skier")),
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=(*S, "mountain range", "ski circuit"),
          range=("country", "region")),
        R("lies_in", phrase="lies in", inverse_phrase="contains", domain=S, range=("mountain range",)),
        R("established_by", phrase="was established by", inverse_phrase="established", domain=S,
          range=("skier", "businessman", "architect")),
        R("monitored_by", phrase="is monitored by", inverse_phrase="monitors", domain=("mountain range",),
          range=("avalanche service",)),
        R("held_at", phrase="has been held at", inverse_phrase="has hosted", domain=("ski race",), range=("village", "town")),
        R("first_won_by", phrase="was first won by", inverse_phrase="first won", domain=("ski race",), range=("skier",)),
        R("games_in", phrase="were held in", inverse_phrase="hosted", domain=("games",), range=("town", "city")),
        R("games_opened", phrase="were opened by", inverse_phrase="opened", domain=("games",), range=("politician",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "l:vanoise": ("cable car", "Vanoise Express", 2003), "l:p2p": ("gondola", "Peak 2 Peak Gondola", 2008),
        "l:skyway": ("cable car", "Skyway Monte Bianco", 2015), "l:harder": ("funicular", "Harderbahn", 1908),
        "l:gornergrat": ("rack railway", "Gornergrat Railway", 1898), "l:schilthorn": ("cable car", "Schilthornbahn", 1967),
        "l:eiger": ("gondola", "Eiger Express", 2020),
        "s:plagne": ("ski resort", "La Plagne", 1961), "s:arcs": ("ski resort", "Les Arcs", 1968),
        "s:whistler": ("ski resort", "Whistler Blackcomb", 1966), "s:thredbo": ("ski resort", "Thredbo", 1957),
        "s:perisher": ("ski resort", "Perisher", 1939),
        "m:snowy": ("mountain range", "Snowy Mountains", None), "m:kitzalps": ("mountain range", "Kitzbühel Alps", None),
        "m:bernese": ("mountain range", "Bernese Alps", None), "m:coast": ("mountain range", "Coast Mountains", None),
        "r:inferno": ("ski race", "Inferno race", 1928), "r:lauberhorn": ("ski race", "Lauberhorn", 1930),
        "r:hahnenkamm": ("ski race", "Hahnenkamm race", 1931),
        "g:1992": ("games", "1992 Winter Olympics", 1992), "g:2010": ("games", "2010 Winter Olympics", 2010),
        "c:sella": ("ski circuit", "Sella Ronda", 1970),
    }
    others = {
        "v:montchavin": ("village", "Montchavin"), "v:peisey": ("village", "Plan Peisey"), "v:courmayeur": ("town", "Courmayeur"),
        "v:helbronner": ("summit", "Punta Helbronner"), "v:interlaken": ("town", "Interlaken"),
        "v:harderkulm": ("summit", "Harder Kulm"), "v:zermatt": ("village", "Zermatt"), "v:gornergrat": ("summit", "Gornergrat"),
        "v:riffelalp": ("village", "Riffelalp"), "v:stechelberg": ("village", "Stechelberg"), "v:murren": ("village", "Mürren"),
        "v:birg": ("summit", "Birg"), "v:schilthorn": ("summit", "Schilthorn"), "v:grindelwald": ("village", "Grindelwald"),
        "v:eigergletscher": ("summit", "Eigergletscher"), "v:pavillon": ("village", "Pavillon"),
        "v:wengen": ("village", "Wengen"), "v:kitzbuhel": ("town", "Kitzbühel"), "rg:southtyrol": ("region", "South Tyrol"),
        "v:albertville": ("town", "Albertville"), "v:vancouver": ("city", "Vancouver"),
        "v:whistlervillage": ("village", "Whistler Village"),
        "co:bof": ("lift company", "Compagnie du Mont-Blanc"), "co:jungfrau": ("lift company", "Jungfrau Railways"),
        "co:gornergrat": ("lift company", "Gornergrat Bahn"), "co:schilthorn": ("lift company", "Schilthornbahn AG"),
        "co:sata": ("lift company", "SATA"), "co:vail": ("lift company", "Vail Resorts"),
        "mf:doppelmayr": ("lift manufacturer", "Doppelmayr"), "mf:garaventa": ("lift manufacturer", "Garaventa"),
        "mf:vonroll": ("lift manufacturer", "Von Roll"), "mf:leitner": ("lift manufacturer", "Leitner"),
        "p:macron": ("politician", "Emmanuel Macron"), "p:leuthard": ("politician", "Doris Leuthard"),
        "p:campbell": ("politician", "Gordon Campbell"), "p:mitterrand": ("politician", "François Mitterrand"),
        "p:jean": ("politician", "Michaëlle Jean"), "p:killy": ("skier", "Jean-Claude Killy"),
        "p:lunn": ("skier", "Arnold Lunn"), "p:allais": ("skier", "Émile Allais"), "p:blanc": ("businessman", "Roger Godino"),
        "p:taylor": ("architect", "Charlotte Perriand"), "p:sykes": ("businessman", "Tony Sponar"),
        "p:fritz": ("skier", "Fritz Steuri"), "p:harry": ("skier", "Harry Mallin"), "p:ernst": ("skier", "Ernst Feuz"),
        "rg:savoie": ("region", "Savoie"), "rg:bc": ("region", "British Columbia"), "rg:nsw": ("region", "New South Wales"),
        "rg:tyrol": ("region", "Tyrol"), "c:austria": ("country", "Austria"), "c:switzerland": ("country", "Switzerland"),
        "c:australia": ("country", "Australia"), "c:canada": ("country", "Canada"),
        "av:slf": ("avalanche service", "SLF"), "av:tyrol": ("avalanche service", "Tyrol Avalanche Warning Service"),
        "av:nsw": ("avalanche service", "Mountain Safety Collective"), "av:ac": ("avalanche service", "Avalanche Canada"),
    }
    T = [
        ("l:vanoise", "starts_at", "v:montchavin"), ("l:vanoise", "ends_at", "v:peisey"),
        ("l:vanoise", "links", "s:plagne"), ("l:vanoise", "links", "s:arcs"),
        ("l:p2p", "links", "s:whistler"),
        ("l:skyway", "starts_at", "v:courmayeur"), ("l:skyway", "ends_at", "v:helbronner"), ("l:skyway", "stops_at", "v:pavillon"),
        ("l:harder", "starts_at", "v:interlaken"), ("l:harder", "ends_at", "v:harderkulm"),
        ("l:gornergrat", "starts_at", "v:zermatt"), ("l:gornergrat", "ends_at", "v:gornergrat"),
        ("l:gornergrat", "stops_at", "v:riffelalp"),
        ("l:schilthorn", "starts_at", "v:stechelberg"), ("l:schilthorn", "ends_at", "v:schilthorn"),
        ("l:schilthorn", "stops_at", "v:murren"), ("l:schilthorn", "stops_at", "v:birg"),
        ("l:eiger", "starts_at", "v:grindelwald"), ("l:eiger", "ends_at", "v:eigergletscher"),
        ("l:vanoise", "operated_by", "co:sata"), ("l:p2p", "operated_by", "co:vail"), ("l:skyway", "operated_by", "co:bof"),
        ("l:harder", "operated_by", "co:jungfrau"), ("l:eiger", "operated_by", "co:jungfrau"),
        ("l:gornergrat", "operated_by", "co:gornergrat"), ("l:schilthorn", "operated_by", "co:schilthorn"),
        ("l:vanoise", "built_by", "mf:garaventa"), ("l:p2p", "built_by", "mf:doppelmayr"),
        ("l:eiger", "built_by", "mf:doppelmayr"), ("l:schilthorn", "built_by", "mf:vonroll"),
        ("l:skyway", "built_by", "mf:leitner"),
        ("l:skyway", "opened_by", "p:leuthard"), ("l:eiger", "opened_by", "p:leuthard"), ("l:p2p", "opened_by", "p:campbell"),
        ("s:plagne", "located_in", "rg:savoie"), ("s:arcs", "located_in", "rg:savoie"), ("s:whistler", "located_in", "rg:bc"),
        ("s:thredbo", "located_in", "rg:nsw"), ("s:perisher", "located_in", "rg:nsw"), ("c:sella", "located_in", "rg:southtyrol"),
        ("m:snowy", "located_in", "c:australia"), ("m:kitzalps", "located_in", "c:austria"),
        ("m:bernese", "located_in", "c:switzerland"), ("m:coast", "located_in", "c:canada"),
        ("s:thredbo", "lies_in", "m:snowy"), ("s:perisher", "lies_in", "m:snowy"),
        ("s:whistler", "lies_in", "m:coast"),
        ("s:arcs", "established_by", "p:blanc"), ("s:arcs", "established_by", "p:taylor"),
        ("s:thredbo", "established_by", "p:sykes"), ("s:plagne", "established_by", "p:allais"),
        ("m:bernese", "monitored_by", "av:slf"), ("m:kitzalps", "monitored_by", "av:tyrol"),
        ("m:snowy", "monitored_by", "av:nsw"), ("m:coast", "monitored_by", "av:ac"),
        ("r:inferno", "held_at", "v:murren"), ("r:lauberhorn", "held_at", "v:wengen"), ("r:hahnenkamm", "held_at", "v:kitzbuhel"),
        ("r:inferno", "first_won_by", "p:harry"), ("r:lauberhorn", "first_won_by", "p:ernst"),
        ("r:hahnenkamm", "first_won_by", "p:fritz"),
        ("g:1992", "games_in", "v:albertville"), ("g:2010", "games_in", "v:vancouver"),
        ("g:1992", "games_opened", "p:mitterrand"), ("g:2010", "games_opened", "p:jean"),
        ("user:ben", "rated", "l:vanoise", {"rating": 5.0}), ("user:ben", "rated", "s:thredbo", {"rating": 4.5}),
        ("user:ben", "rated", "m:snowy", {"rating": 4.0}), ("user:ben", "rated", "l:harder", {"rating": 1.0}),
        ("user:ben", "rated", "g:1992", {"rating": 2.0}),
    ]
    return _build(items, others, rels, T, users=[("user:ben", "Ben")])


def radio():
    """Radio stations and shows (items), hosts now ("is hosted by") beside first hosts ("was first
    hosted by", a state), creators, topics ("addresses"), documented events beside studios ("is
    recorded at"), a station's city ("broadcasts from", inverse "is home to") and region
    ("covers"), owner beside first owner, founder, present and former studios ("is / was the home
    of"); a presenting duo with one name ("Mark and Lard"); a user."""
    SH = ("radio show",)
    ST = ("radio station",)
    rels = [
        R("airs_on", phrase="airs on", inverse_phrase="broadcasts", domain=SH, range=ST),
        R("hosted_by", phrase="is hosted by", inverse_phrase="hosts", domain=SH,
          range=("presenter", "DJ", "physicist", "comedian", "journalist", "presenting duo")),
        R("first_host", phrase="was first hosted by", inverse_phrase="first hosted", domain=SH,
          range=("presenter", "DJ", "broadcaster", "journalist", "presenting duo")),
        R("created_by", phrase="was created by", inverse_phrase="created", domain=SH, range=("broadcaster", "producer")),
        R("addresses", phrase="addresses", inverse_phrase="is addressed by", domain=SH, range=("topic",)),
        R("documented", phrase="documented", inverse_phrase="was documented by", domain=SH, range=("event",)),
        R("recorded_at", phrase="is recorded at", inverse_phrase="is the studio of", domain=SH, range=("studio",)),
        R("broadcasts_from", phrase="broadcasts from", inverse_phrase="is home to", domain=ST, range=("city",)),
        R("covers", phrase="covers", inverse_phrase="is covered by", domain=ST, range=("region",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=ST, range=("media company", "university")),
        R("first_owner", phrase="was originally owned by", inverse_phrase="originally owned", domain=ST,
          range=("media company", "businessman")),
        R("established_by", phrase="was established by", inverse_phrase="established", domain=ST,
          range=("businessman", "media company")),
        R("home_of", phrase="is the home of", inverse_phrase="is based at", domain=("studio",), range=ST),
        R("former_home", phrase="was the home of", inverse_phrase="was based at", domain=("studio",), range=ST),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "st:r4": ("radio station", "BBC Radio 4", 1967), "st:6m": ("radio station", "BBC Radio 6 Music", 2002),
        "st:caroline": ("radio station", "Radio Caroline", 1964), "st:lbc": ("radio station", "LBC", 1973),
        "st:kexp": ("radio station", "KEXP", 1972), "st:absolute": ("radio station", "Absolute Radio", 1993),
        "st:ws": ("radio station", "BBC World Service", 1932), "st:scot": ("radio station", "BBC Radio Scotland", 1978),
        "sh:forecast": ("radio show", "Shipping forecast", 1924), "sh:today": ("radio show", "Today programme", 1957),
        "sh:did": ("radio show", "Desert Island Discs", 1942), "sh:iot": ("radio show", "In Our Time", 1998),
        "sh:monkey": ("radio show", "The Infinite Monkey Cage", 2009), "sh:archers": ("radio show", "The Archers", 1951),
        "sh:witness": ("radio show", "Witness History", 2010), "sh:breakfast": ("radio show", "Breakfast show", 2002),
        "sh:isles": ("radio show", "Songs of the Isles", 1995), "sh:seattle": ("radio show", "Morning show", 1986),
    }
    others = {
        "p:laverne": ("DJ", "Lauren Laverne"), "p:plomley": ("broadcaster", "Roy Plomley"),
        "p:bragg": ("presenter", "Melvyn Bragg"), "p:cox": ("physicist", "Brian Cox"), "p:ince": ("comedian", "Robin Ince"),
        "p:robinson": ("journalist", "Nick Robinson"), "p:husain": ("journalist", "Mishal Husain"),
        "p:skempton": ("journalist", "Alan Skempton"), "p:keaveny": ("DJ", "Shaun Keaveny"),
        "p:baseley": ("producer", "Godfrey Baseley"), "p:rahilly": ("businessman", "Ronan O'Rahilly"),
        "p:duo": ("presenting duo", "Mark and Lard"), "p:macleod": ("presenter", "Iain MacLeod"),
        "p:john": ("DJ", "John Richards"), "p:kinney": ("DJ", "Marco Collins"), "p:elliott": ("producer", "Hugh Elliott"),
        "st:bbc": ("media company", "BBC"), "co:global": ("media company", "Global"), "co:bauer": ("media company", "Bauer"),
        "co:virgin": ("media company", "Virgin Group"), "co:planet": ("media company", "Planet Productions"),
        "co:uw": ("university", "University of Washington"), "co:lbcltd": ("media company", "LBC Limited"),
        "t:weather": ("topic", "weather"), "t:politics": ("topic", "politics"), "t:farming": ("topic", "farming"),
        "t:science": ("topic", "science"), "t:history": ("topic", "history"), "t:music": ("topic", "music"),
        "t:philosophy": ("topic", "philosophy"), "t:folk": ("topic", "Gaelic song"),
        "ev:moon": ("event", "Moon landing"), "ev:wall": ("event", "Fall of the Berlin Wall"),
        "ev:chernobyl": ("event", "Chernobyl disaster"),
        "sd:bh": ("studio", "Broadcasting House"), "sd:bush": ("studio", "Bush House"), "sd:maida": ("studio", "Maida Vale"),
        "sd:pacific": ("studio", "Pacific Quay"), "sd:queen": ("studio", "Queen Margaret Drive"),
        "sd:hayes": ("studio", "Leicester Square studio"),
        "y:london": ("city", "London"), "y:seattle": ("city", "Seattle"), "y:glasgow": ("city", "Glasgow"),
        "rg:uk": ("region", "United Kingdom"), "rg:se": ("region", "South East England"), "rg:pnw": ("region", "Pacific Northwest"),
        "rg:scot": ("region", "Scotland"), "rg:world": ("region", "the world"),
    }
    T = [
        ("sh:forecast", "airs_on", "st:r4"), ("sh:today", "airs_on", "st:r4"), ("sh:did", "airs_on", "st:r4"),
        ("sh:iot", "airs_on", "st:r4"), ("sh:monkey", "airs_on", "st:r4"), ("sh:archers", "airs_on", "st:r4"),
        ("sh:witness", "airs_on", "st:ws"), ("sh:breakfast", "airs_on", "st:6m"), ("sh:isles", "airs_on", "st:scot"),
        ("sh:seattle", "airs_on", "st:kexp"),
        ("sh:today", "hosted_by", "p:robinson"), ("sh:today", "hosted_by", "p:husain"), ("sh:did", "hosted_by", "p:laverne"),
        ("sh:iot", "hosted_by", "p:bragg"), ("sh:monkey", "hosted_by", "p:cox"), ("sh:monkey", "hosted_by", "p:ince"),
        ("sh:breakfast", "hosted_by", "p:laverne"), ("sh:isles", "hosted_by", "p:macleod"), ("sh:seattle", "hosted_by", "p:john"),
        ("sh:today", "first_host", "p:skempton"), ("sh:did", "first_host", "p:plomley"), ("sh:breakfast", "first_host", "p:keaveny"),
        ("sh:isles", "first_host", "p:duo"), ("sh:seattle", "first_host", "p:kinney"),
        ("sh:did", "created_by", "p:plomley"), ("sh:archers", "created_by", "p:baseley"), ("sh:today", "created_by", "p:elliott"),
        ("sh:forecast", "addresses", "t:weather"), ("sh:today", "addresses", "t:politics"), ("sh:archers", "addresses", "t:farming"),
        ("sh:monkey", "addresses", "t:science"), ("sh:iot", "addresses", "t:history"), ("sh:iot", "addresses", "t:philosophy"),
        ("sh:did", "addresses", "t:music"), ("sh:isles", "addresses", "t:folk"),
        ("sh:witness", "documented", "ev:wall"), ("sh:witness", "documented", "ev:chernobyl"), ("sh:today", "documented", "ev:moon"),
        ("sh:did", "recorded_at", "sd:bh"), ("sh:monkey", "recorded_at", "sd:maida"), ("sh:isles", "recorded_at", "sd:pacific"),
        ("st:r4", "broadcasts_from", "y:london"), ("st:6m", "broadcasts_from", "y:london"), ("st:lbc", "broadcasts_from", "y:london"),
        ("st:kexp", "broadcasts_from", "y:seattle"), ("st:scot", "broadcasts_from", "y:glasgow"),
        ("st:absolute", "broadcasts_from", "y:london"), ("st:ws", "broadcasts_from", "y:london"),
        ("st:r4", "covers", "rg:uk"), ("st:lbc", "covers", "rg:se"), ("st:kexp", "covers", "rg:pnw"), ("st:scot", "covers", "rg:scot"),
        ("st:ws", "covers", "rg:world"),
        ("st:r4", "owned_by", "st:bbc"), ("st:6m", "owned_by", "st:bbc"), ("st:ws", "owned_by", "st:bbc"),
        ("st:scot", "owned_by", "st:bbc"), ("st:lbc", "owned_by", "co:global"), ("st:absolute", "owned_by", "co:bauer"),
        ("st:kexp", "owned_by", "co:uw"),
        ("st:absolute", "first_owner", "co:virgin"), ("st:caroline", "first_owner", "co:planet"), ("st:lbc", "first_owner", "co:lbcltd"),
        ("st:caroline", "established_by", "p:rahilly"), ("st:absolute", "established_by", "co:virgin"),
        ("sd:bh", "home_of", "st:r4"), ("sd:bh", "home_of", "st:ws"), ("sd:maida", "home_of", "st:6m"),
        ("sd:pacific", "home_of", "st:scot"),
        ("sd:bush", "former_home", "st:ws"), ("sd:queen", "former_home", "st:scot"), ("sd:hayes", "former_home", "st:lbc"),
        ("user:cam", "rated", "sh:did", {"rating": 5.0}), ("user:cam", "rated", "sh:archers", {"rating": 4.5}),
        ("user:cam", "rated", "st:caroline", {"rating": 4.0}), ("user:cam", "rated", "sh:today", {"rating": 2.0}),
        ("user:cam", "rated", "sh:isles", {"rating": 1.0}),
    ]
    aliases = {"sh:did": ("DID",), "st:6m": ("6 Music",), "st:r4": ("Radio 4",), "sh:today": ("Today",)}
    return _build(items, others, rels, T, users=[("user:cam", "Cam")], aliases=aliases)


def cathedrals():
    """Cathedrals, abbeys, a priory and a chapel (items, all buildings; one in sentence case, "Old
    cathedral"; one singular name ending in a plural word, "Cathedral of the Isles"): style, period,
    city, present and former seats, present and former choirs, saint, founder, architect, who
    "formally consecrated" it, excavator, heritage body, chronicler, the event that "ended" it;
    organists, bands and a choir that "played / sang at" one (past only); a user."""
    rels = [
        R("style", phrase="is an example of", inverse_phrase="is the style of", range=("style",)),
        R("dates_from", phrase="dates from", inverse_phrase="saw the building of", range=("period",)),
        R("located_in", phrase="is located in", inverse_phrase="is home to", range=("city", "town", "island")),
        R("seat_of", phrase="is the seat of", inverse_phrase="has his seat at", range=("bishop", "archbishop")),
        R("former_seat", phrase="was the seat of", inverse_phrase="had his seat at", range=("bishop", "archbishop")),
        R("home_of", phrase="is the home of", inverse_phrase="is based at", range=("choir",)),
        R("former_home", phrase="was the home of", inverse_phrase="sang at", range=("choir",)),
        R("dedicated_to", phrase="is dedicated to", inverse_phrase="is the patron saint of", range=("saint",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", range=("saint",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", range=("architect",)),
        R("consecrated_by", phrase="was formally consecrated by", inverse_phrase="formally consecrated",
          range=("bishop", "archbishop")),
        R("excavated_by", phrase="was excavated by", inverse_phrase="excavated", range=("archaeologist",)),
        R("protected_by", phrase="is protected by", inverse_phrase="protects", range=("heritage body",)),
        R("documented_by", phrase="was documented by", inverse_phrase="documented", range=("chronicler",)),
        R("played_at", phrase="played at", inverse_phrase="welcomed", domain=("organist", "band")),
        R("ended", phrase="ended", inverse_phrase="was ended by", domain=("event",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "c:durham": ("cathedral", "Durham Cathedral", 1133), "c:lincoln": ("cathedral", "Lincoln Cathedral", 1092),
        "c:isles": ("cathedral", "Cathedral of the Isles", 1851), "c:standrews": ("cathedral", "St Andrews Cathedral", 1318),
        "c:lindisfarne": ("priory", "Lindisfarne Priory", 635), "c:westminster": ("abbey", "Westminster Abbey", 1269),
        "c:kings": ("chapel", "King's College Chapel", 1515), "c:coventry": ("cathedral", "Coventry Cathedral", 1962),
        "c:old": ("cathedral", "Old cathedral", 1433), "c:whitby": ("abbey", "Whitby Abbey", 657),
        "c:iona": ("abbey", "Iona Abbey", 563), "c:glasgow": ("cathedral", "Glasgow Cathedral", 1197),
    }
    others = {
        "sy:romanesque": ("style", "Romanesque"), "sy:gothic": ("style", "Gothic"), "sy:revival": ("style", "Gothic Revival"),
        "sy:perp": ("style", "Perpendicular Gothic"), "sy:modernist": ("style", "Modernist"),
        "pd:norman": ("period", "Norman period"), "pd:medieval": ("period", "Middle Ages"),
        "pd:saxon": ("period", "Anglo-Saxon period"), "pd:victorian": ("period", "Victorian era"),
        "pd:postwar": ("period", "post-war era"),
        "y:durham": ("city", "Durham"), "y:lincoln": ("city", "Lincoln"), "y:millport": ("town", "Millport"),
        "y:standrews": ("town", "St Andrews"), "y:holy": ("island", "Holy Island"), "y:london": ("city", "London"),
        "y:cambridge": ("city", "Cambridge"), "y:coventry": ("city", "Coventry"), "y:whitby": ("town", "Whitby"),
        "y:iona": ("island", "Iona"), "y:glasgow": ("city", "Glasgow"),
        "b:durham": ("bishop", "Bishop of Durham"), "b:lincoln": ("bishop", "Bishop of Lincoln"),
        "b:argyll": ("bishop", "Bishop of Argyll and The Isles"), "b:standrews": ("archbishop", "Archbishop of St Andrews"),
        "b:coventry": ("bishop", "Bishop of Coventry"), "b:glasgow": ("archbishop", "Archbishop of Glasgow"),
        "b:bardsley": ("bishop", "Cuthbert Bardsley"), "b:lang": ("archbishop", "Cosmo Lang"),
        "ch:westminster": ("choir", "Westminster Abbey Choir"), "ch:kings": ("choir", "King's College Choir"),
        "ch:durham": ("choir", "Durham Cathedral Choir"), "ch:schola": ("choir", "Schola Cantorum"),
        "s:cuthbert": ("saint", "Saint Cuthbert"), "s:aidan": ("saint", "Saint Aidan"), "s:hilda": ("saint", "Saint Hilda"),
        "s:columba": ("saint", "Saint Columba"), "s:mungo": ("saint", "Saint Mungo"), "s:michael": ("saint", "Saint Michael"),
        "s:andrew": ("saint", "Saint Andrew"), "s:mary": ("saint", "Saint Mary"),
        "a:butterfield": ("architect", "William Butterfield"), "a:reyns": ("architect", "Henry of Reyns"),
        "a:spence": ("architect", "Basil Spence"), "a:wastell": ("architect", "John Wastell"),
        "ar:peers": ("archaeologist", "Charles Peers"), "ar:cramp": ("archaeologist", "Rosemary Cramp"),
        "ar:thomas": ("archaeologist", "Charles Thomas"),
        "hb:hes": ("heritage body", "Historic Environment Scotland"), "hb:eh": ("heritage body", "English Heritage"),
        "ck:bede": ("chronicler", "Bede"), "ck:paris": ("chronicler", "Matthew Paris"), "ck:adomnan": ("chronicler", "Adomnán"),
        "o:willcocks": ("organist", "David Willcocks"), "o:preston": ("organist", "Simon Preston"),
        "bd:runrig": ("band", "Runrig"), "bd:proclaimers": ("band", "The Proclaimers"), "bd:caper": ("band", "Capercaillie"),
        "ch:millport": ("choir", "Millport Choir"),
        "ev:dissolution": ("event", "Dissolution of the Monasteries"), "ev:reformation": ("event", "Scottish Reformation"),
    }
    T = [
        ("c:durham", "style", "sy:romanesque"), ("c:lincoln", "style", "sy:gothic"), ("c:isles", "style", "sy:revival"),
        ("c:standrews", "style", "sy:romanesque"), ("c:lindisfarne", "style", "sy:romanesque"),
        ("c:westminster", "style", "sy:gothic"), ("c:kings", "style", "sy:perp"), ("c:coventry", "style", "sy:modernist"),
        ("c:old", "style", "sy:perp"), ("c:whitby", "style", "sy:gothic"), ("c:iona", "style", "sy:romanesque"),
        ("c:glasgow", "style", "sy:gothic"),
        ("c:durham", "dates_from", "pd:norman"), ("c:lincoln", "dates_from", "pd:medieval"),
        ("c:whitby", "dates_from", "pd:saxon"), ("c:isles", "dates_from", "pd:victorian"),
        ("c:coventry", "dates_from", "pd:postwar"), ("c:lindisfarne", "dates_from", "pd:saxon"),
        ("c:durham", "located_in", "y:durham"), ("c:lincoln", "located_in", "y:lincoln"), ("c:isles", "located_in", "y:millport"),
        ("c:standrews", "located_in", "y:standrews"), ("c:lindisfarne", "located_in", "y:holy"),
        ("c:westminster", "located_in", "y:london"), ("c:kings", "located_in", "y:cambridge"),
        ("c:coventry", "located_in", "y:coventry"), ("c:old", "located_in", "y:coventry"), ("c:whitby", "located_in", "y:whitby"),
        ("c:iona", "located_in", "y:iona"), ("c:glasgow", "located_in", "y:glasgow"),
        ("c:durham", "seat_of", "b:durham"), ("c:lincoln", "seat_of", "b:lincoln"), ("c:isles", "seat_of", "b:argyll"),
        ("c:coventry", "seat_of", "b:coventry"),
        ("c:standrews", "former_seat", "b:standrews"), ("c:old", "former_seat", "b:coventry"),
        ("c:glasgow", "former_seat", "b:glasgow"),
        ("c:westminster", "home_of", "ch:westminster"), ("c:kings", "home_of", "ch:kings"), ("c:durham", "home_of", "ch:durham"),
        ("c:lincoln", "former_home", "ch:schola"), ("c:isles", "former_home", "ch:millport"),
        ("bd:caper", "played_at", "c:isles"),
        ("c:durham", "dedicated_to", "s:cuthbert"), ("c:glasgow", "dedicated_to", "s:mungo"),
        ("c:coventry", "dedicated_to", "s:michael"), ("c:standrews", "dedicated_to", "s:andrew"),
        ("c:lincoln", "dedicated_to", "s:mary"), ("c:old", "dedicated_to", "s:michael"),
        ("c:lindisfarne", "founded_by", "s:aidan"), ("c:whitby", "founded_by", "s:hilda"), ("c:iona", "founded_by", "s:columba"),
        ("c:isles", "designed_by", "a:butterfield"), ("c:westminster", "designed_by", "a:reyns"),
        ("c:coventry", "designed_by", "a:spence"), ("c:kings", "designed_by", "a:wastell"),
        ("c:coventry", "consecrated_by", "b:bardsley"), ("c:isles", "consecrated_by", "b:lang"),
        ("c:lindisfarne", "excavated_by", "ar:peers"), ("c:whitby", "excavated_by", "ar:cramp"),
        ("c:iona", "excavated_by", "ar:thomas"),
        ("c:standrews", "protected_by", "hb:hes"), ("c:iona", "protected_by", "hb:hes"),
        ("c:lindisfarne", "protected_by", "hb:eh"), ("c:whitby", "protected_by", "hb:eh"),
        ("c:lindisfarne", "documented_by", "ck:bede"), ("c:whitby", "documented_by", "ck:bede"),
        ("c:westminster", "documented_by", "ck:paris"), ("c:iona", "documented_by", "ck:adomnan"),
        ("o:willcocks", "played_at", "c:kings"), ("o:preston", "played_at", "c:westminster"),
        ("bd:runrig", "played_at", "c:isles"), ("bd:proclaimers", "played_at", "c:glasgow"),
        ("ev:dissolution", "ended", "c:whitby"), ("ev:dissolution", "ended", "c:lindisfarne"),
        ("ev:reformation", "ended", "c:standrews"), ("ev:reformation", "ended", "c:iona"),
        ("user:dee", "rated", "c:durham", {"rating": 5.0}), ("user:dee", "rated", "c:coventry", {"rating": 4.5}),
        ("user:dee", "rated", "c:isles", {"rating": 4.0}), ("user:dee", "rated", "c:whitby", {"rating": 1.5}),
        ("user:dee", "rated", "c:old", {"rating": 2.0}),
    ]
    return _build(items, others, rels, T, users=[("user:dee", "Dee")])


BUILDERS = {"sea": sea, "alps": alps, "radio": radio, "cathedrals": cathedrals}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@cathedrals
# (1) "they / their / them" after one item whose name ends in a plural word but is singular ("the
# Cathedral of the Isles"), where the only plural antecedent is a band or a choir named before it
# (a name ending in no "s": Runrig, Capercaillie, the Millport Choir) and the predicate is one of
# a band or a choir (formed, founded, style, home, era)
Runrig played at the Cathedral of the Isles. They formed in 1851.
Runrig played at the Cathedral of the Isles; they formed in 1851.
Runrig played at the Cathedral of the Isles. They were founded in 1851.
Runrig played at the Cathedral of the Isles. They were established in 1851.
Runrig played at the Cathedral of the Isles. They started in 1851.
Runrig played at the Cathedral of the Isles. They began in 1851.
Runrig played at the Cathedral of the Isles. They date from 1851.
Runrig played at the Cathedral of the Isles. They date from the Victorian era.
Runrig played at the Cathedral of the Isles. They are from the Victorian era.
Runrig played at the Cathedral of the Isles. Their style is Gothic Revival.
Runrig played at the Cathedral of the Isles, and their style is Gothic Revival.
Runrig played at the Cathedral of the Isles in Millport. Their style is Gothic Revival.
Runrig played at the Cathedral of the Isles. Their home is Millport.
Runrig played at the Cathedral of the Isles. Their home was Millport.
Runrig played at the Cathedral of the Isles. They have their home in Millport.
Runrig played at the Cathedral of the Isles. Millport is home to them.
Runrig played at the Cathedral of the Isles, and Millport is home to them.
Runrig played at the Cathedral of the Isles, which is in Millport. They formed in 1851.
Runrig is a band that played at the Cathedral of the Isles. They date from the Victorian era.
The Cathedral of the Isles welcomed Runrig. They formed in 1851.
The Cathedral of the Isles welcomed Runrig. Their home is Millport.
Runrig & Capercaillie played at the Cathedral of the Isles. They formed in 1851.
Runrig, like Capercaillie, played at the Cathedral of the Isles. They formed in 1851.
Capercaillie played at the Cathedral of the Isles. Their style is Gothic Revival.
The Millport Choir sang at the Cathedral of the Isles. They were founded in 1851.
The Millport Choir sang at the Cathedral of the Isles. They date from the Victorian era.
The Millport Choir is a choir that sang at the Cathedral of the Isles. They formed in 1851.
The Cathedral of the Isles was the home of the Millport Choir. They formed in 1851.
# (1) must stay rejected: two bands joined by "and", a band ending in "s", a wrong band, a
# predicate false of the cathedral too
Runrig and Capercaillie played at the Cathedral of the Isles. They formed in 1851.
The Proclaimers played at Glasgow Cathedral. They formed in 1197.
Runrig played at Glasgow Cathedral. They formed in 1197.
David Willcocks played at the Cathedral of the Isles. They formed in 1851.
Runrig played at the Cathedral of the Isles. They were formed in the Victorian era.
Runrig played at the Cathedral of the Isles. They come from Millport.
Runrig played at the Cathedral of the Isles. They are based in Millport.
Runrig played at the Cathedral of the Isles. Millport is their home.
Runrig played at the Cathedral of the Isles. They are a Victorian band.
Runrig played at the Cathedral of the Isles. Their music is Gothic Revival.
Runrig played at the Cathedral of the Isles. They have been around since 1851.
Runrig played at the Cathedral of the Isles. Their home town is Millport.
Runrig played at the Cathedral of the Isles. Their first concert was in 1851.
@cathedrals user:dee
You liked the Cathedral of the Isles, where Runrig played. They formed in 1851.
You loved the Cathedral of the Isles. Runrig played there, and they formed in 1851.
@radio
# (1) the same with a presenting duo ("Mark and Lard", one name) and a singular show ending in a
# plural word ("Songs of the Isles"): "them" is the duo
Mark and Lard first hosted Songs of the Isles. Iain MacLeod now hosts them.
Mark and Lard first hosted Songs of the Isles. They formed in 1995.
Mark and Lard first hosted Songs of the Isles. Their current host is Iain MacLeod.
@sea
# (1) must stay rejected: "they" after a plural-named archipelago and a ferry (two items), the
# wrong fact of the archipelago
The Orkney Islands are served by the Hamnavoe. They were launched in 2002.
The Orkney Islands are served by the Hamnavoe. They were built by Aker Finnyards.
NorthLink Ferries operates the Hamnavoe, which serves the Orkney Islands. They are located in England.
The Western Isles are served by the Hebrides. They were launched by Elizabeth II.
@sea user:ada
You loved the Orkney Islands. They are monitored by Stornoway Coastguard.
You loved the Orkney Islands; their coastguard station is Stornoway Coastguard.
@alps
The Snowy Mountains are located in Australia. Their avalanche service is SLF.
The Snowy Mountains are monitored by the Mountain Safety Collective. They are located in Austria.
The Bernese Alps are monitored by SLF. They are located in Austria.
Thredbo lies in the Snowy Mountains. They are located in Canada.
The Snowy Mountains contain Thredbo. They opened in 1957.
The 2010 Winter Olympics were held in Vancouver. They were opened by François Mitterrand.
The 2010 Winter Olympics were opened by Michaëlle Jean. They were held in Albertville.
Michaëlle Jean opened the 2010 Winter Olympics. They took place in 1992.
@cathedrals
# (2) sentence case: "the old cathedral" (the item "Old cathedral") in lower case after "the",
# with a former seat said in the present, another cathedral's architect, style, saint, city
The old cathedral is the seat of the Bishop of Coventry.
The Bishop of Coventry has his seat at the old cathedral.
The old cathedral is where the Bishop of Coventry has his seat.
The old cathedral is a Perpendicular Gothic building that is the seat of the Bishop of Coventry.
Basil Spence designed the old cathedral.
The old cathedral was designed by Basil Spence.
The old cathedral was built in the Modernist style.
The old cathedral is dedicated to Saint Mungo.
The old cathedral is located in Lincoln.
The old cathedral, which Basil Spence designed, is dedicated to Saint Michael.
The old cathedral was formally consecrated by Cuthbert Bardsley.
Cuthbert Bardsley consecrated the old cathedral.
The Archbishop of Glasgow had his seat at the old cathedral.
Basil Spence designed a Modernist building, the old cathedral.
# (3) own-kind relatives ("X is a <type> who ..."): a former seat or home said in the present, a
# state verb ("plays"), the wrong item, a type of another name, a word of no type of its own
The Archbishop of Glasgow is an archbishop who has his seat at Glasgow Cathedral.
The Bishop of Coventry is a bishop who has his seat at the old cathedral.
The Archbishop of St Andrews is an archbishop who had his seat at Glasgow Cathedral.
The Schola Cantorum is a choir that is based at Lincoln Cathedral.
Simon Preston is an organist who plays at Westminster Abbey.
Runrig is a band that plays at the Cathedral of the Isles.
The Proclaimers is a band that plays at Glasgow Cathedral.
Runrig is a band that played at Glasgow Cathedral.
David Willcocks is an organist who played at Westminster Abbey.
Simon Preston is an organist who played at Westminster Abbey and King's College Chapel.
Simon Preston is an organist who never played at Westminster Abbey.
Simon Preston was not an organist who played at Westminster Abbey.
Cosmo Lang is an archbishop who consecrated Coventry Cathedral.
Rosemary Cramp is an archaeologist who unearthed Iona Abbey.
Bede is a chronicler who documented Whitby Abbey and Westminster Abbey.
Adomnán is a chronicler who described Whitby Abbey.
Matthew Paris is a chronicler who recorded Whitby Abbey.
English Heritage is a body that safeguards Iona Abbey.
Historic Environment Scotland is a body that protects Whitby Abbey.
Saint Aidan is a saint who set up Iona Abbey.
Saint Columba is a saint who founded Whitby Abbey.
Saint Cuthbert is a saint who is the patron saint of Lincoln Cathedral.
Saint Cuthbert is a saint who is dedicated to Durham Cathedral.
The Bishop of Durham is a bishop who is the seat of Durham Cathedral.
Rosemary Cramp is an archaeologist who was excavated by Whitby Abbey.
Basil Spence is an architect who designed Coventry Cathedral and the old cathedral.
Basil Spence is an architect who designed Coventry Cathedral in 1433.
Basil Spence is an architect who designed Coventry Cathedral in the Gothic style.
The Dissolution of the Monasteries is an event that put an end to Iona Abbey.
Bede is a chronicler who Whitby Abbey documented.
William Butterfield is an architect who the Cathedral of the Isles designed.
# (4) styles on a graph of buildings: the wrong style, a revival for the original, a period or
# a city for a style, lists, "also / too / like", negations
Durham Cathedral is a Gothic building.
Lincoln Cathedral is a Gothic Revival building.
Coventry Cathedral was built in the Perpendicular Gothic style.
Durham Cathedral and Lincoln Cathedral are Romanesque buildings.
Durham Cathedral and Lincoln Cathedral were both built in the Romanesque style.
Durham Cathedral is a Romanesque building, and so is Lincoln Cathedral.
Durham Cathedral is Romanesque, like Lincoln Cathedral.
Lincoln Cathedral, like Durham Cathedral, is a Gothic building.
Durham Cathedral is a Romanesque building; Lincoln Cathedral is too.
Lincoln Cathedral is also a Romanesque building.
Durham Cathedral is not a Romanesque building.
Durham Cathedral was not built in the Romanesque style.
Durham Cathedral's architecture is not Romanesque.
Durham Cathedral's architecture is Gothic.
The architecture of Lincoln Cathedral is Romanesque.
Durham Cathedral's architectural style is Gothic.
Lincoln Cathedral is a fine example of Romanesque architecture.
Basil Spence designed Coventry Cathedral in the Gothic style.
Coventry Cathedral was built in the Modernist style in 1433.
Coventry Cathedral was built in the Modernist style in Lincoln.
Coventry Cathedral was built in the Modernist style and is the seat of the Bishop of Lincoln.
Durham Cathedral, a Romanesque building, is the seat of the Bishop of Lincoln.
Durham Cathedral, a Gothic building, is the seat of the Bishop of Durham.
Durham Cathedral, built in the Gothic style, is dedicated to Saint Cuthbert.
Durham Cathedral is a Romanesque building dedicated to Saint Mungo.
Durham Cathedral is a Romanesque building in Lincoln.
Lindisfarne Priory is a Romanesque building founded by Saint Hilda.
Whitby Abbey is a Gothic building that Matthew Paris described.
Westminster Abbey is a Gothic building where Simon Preston plays.
@cathedrals user:dee
You loved Durham Cathedral, a Gothic building.
You loved Durham Cathedral, which was built in the Gothic style.
You loved Durham Cathedral, an example of Gothic architecture.
You loved Coventry Cathedral, whose architecture is Perpendicular Gothic.
@cathedrals
# (5) "P is where Y <verb>" on buildings: a state verb in the present ("plays", "sings" of a former
# choir), a former home, the wrong place, a verb with no preposition of place
Westminster Abbey is where Simon Preston plays.
Glasgow Cathedral is where the Proclaimers play.
Glasgow Cathedral is where the Proclaimers are playing.
Glasgow Cathedral is where the Proclaimers will play.
Glasgow Cathedral is where the Proclaimers never played.
Glasgow Cathedral is where the Proclaimers often play.
Glasgow Cathedral is where Runrig played.
Glasgow Cathedral is where the Proclaimers played in 1197.
King's College Chapel is where Simon Preston played.
Westminster Abbey is where Simon Preston and David Willcocks played.
Lincoln Cathedral is where the Schola Cantorum is based.
Durham Cathedral is where the Bishop of Durham has his seat and the Schola Cantorum is based.
Whitby is where Lindisfarne Priory is located.
Holy Island is where Whitby Abbey was founded.
Lindisfarne Priory is where Rosemary Cramp dug.
Durham Cathedral is where Saint Cuthbert is dedicated.
# (6) "play" a state: present for a past "played at"; "is home to" for a former home
Simon Preston plays at Westminster Abbey.
The Proclaimers play at Glasgow Cathedral.
The Proclaimers still play at Glasgow Cathedral.
The Proclaimers are playing at Glasgow Cathedral.
The Proclaimers often play at Glasgow Cathedral.
Lincoln Cathedral is home to the Schola Cantorum.
@cathedrals user:dee
You loved Lincoln Cathedral, home to the Schola Cantorum.
You loved Durham Cathedral, home to the Westminster Abbey Choir.
You loved Westminster Abbey, where Simon Preston plays.
@cathedrals
# (7) verb synonyms: dug at / dug up / uncovered / unearthed, described / recorded, safeguards, put
# an end to / concluded, set up / started, said of the wrong item, negated, listed
Rosemary Cramp unearthed Lindisfarne Priory.
Charles Peers dug at Whitby Abbey.
Rosemary Cramp dug up Iona Abbey.
Rosemary Cramp uncovered Whitby Abbey in 1851.
Rosemary Cramp did not uncover Whitby Abbey.
Rosemary Cramp dug at Whitby Abbey and Lindisfarne Priory.
Whitby Abbey was uncovered by Charles Peers.
Whitby Abbey was unearthed by Rosemary Cramp and Charles Peers.
Charles Thomas and Rosemary Cramp both dug at Iona Abbey.
Matthew Paris described Whitby Abbey.
Bede described Westminster Abbey.
Bede recorded Whitby Abbey and Iona Abbey.
Bede is recorded at Whitby Abbey.
Whitby Abbey was recorded by Matthew Paris.
Whitby Abbey recorded Bede.
English Heritage safeguards Iona Abbey.
Historic Environment Scotland safeguards Whitby Abbey.
English Heritage safeguards Whitby Abbey and Iona Abbey.
Historic Environment Scotland no longer safeguards Iona Abbey.
Whitby Abbey is safeguarded by Historic Environment Scotland.
The Dissolution of the Monasteries put an end to Iona Abbey.
The Scottish Reformation put an end to Whitby Abbey.
The Dissolution of the Monasteries put an end to Whitby Abbey and Iona Abbey.
The Dissolution of the Monasteries did not put an end to Whitby Abbey.
The Dissolution of the Monasteries nearly put an end to Whitby Abbey.
The Dissolution of the Monasteries concluded in Whitby Abbey.
Whitby Abbey was ended by the Scottish Reformation.
Saint Hilda set up Lindisfarne Priory.
Saint Aidan and Saint Hilda set up Lindisfarne Priory.
Saint Hilda set up Iona Abbey.
Saint Columba launched Whitby Abbey.
Saint Columba established Lindisfarne Priory.
Lindisfarne Priory was set up by Saint Columba.
# (8) a declared adverb ("formally consecrated") left out: the wrong bishop, the passive present
Cosmo Lang consecrated Coventry Cathedral.
The Cathedral of the Isles was consecrated by Cuthbert Bardsley.
@cathedrals user:dee
You loved the Cathedral of the Isles, which Cuthbert Bardsley consecrated.
@radio
# (3) own-kind relatives on the radio graph: a first host said as the host, a host as the first,
# a type of another person, a non-person type called a man or a woman
Roy Plomley is a broadcaster who hosts Desert Island Discs.
Lauren Laverne is a DJ who first hosted Desert Island Discs.
Melvyn Bragg is a presenter who hosts The Infinite Monkey Cage.
Robin Ince is a physicist who hosts The Infinite Monkey Cage.
Alan Skempton is a journalist who hosts the Today programme.
Mishal Husain is a journalist who first hosted the Today programme.
Ronan O'Rahilly is a businessman who founded Absolute Radio.
Virgin Group is a media company that owns Absolute Radio.
Bauer is a media company that originally owned Absolute Radio.
Mark and Lard is a duo that hosts Songs of the Isles.
# (9) the "is about" family of "addresses": the wrong topic, lists, "as does", negation, tense,
# a person, a station or an event for a topic, a station's "covers"
The shipping forecast is about politics.
The Archers deals with politics.
The Archers is concerned with science.
The Archers explores farming and politics.
In Our Time explores history and science.
The Archers addresses farming and politics.
The Archers addresses farming, and the Today programme history.
The Archers is about farming, as is In Our Time.
The Archers concerns farming, as does the shipping forecast.
The Archers and In Our Time both deal with farming.
The Archers and the shipping forecast are about farming.
In Our Time focuses on history, like the Archers.
In Our Time is concerned with history and politics.
In Our Time explores philosophy but not history.
In Our Time does not address history.
In Our Time no longer deals with history.
In Our Time used to deal with history.
In Our Time dealt with science.
In Our Time is devoted to science.
In Our Time is dedicated to music.
In Our Time revolves around Melvyn Bragg.
In Our Time is about Melvyn Bragg.
In Our Time is about BBC Radio 4.
In Our Time addresses the Moon landing.
In Our Time is on BBC Radio Scotland.
In Our Time is on farming.
The Archers tackles weather.
The Archers examines science.
The shipping forecast is about the Moon landing.
The Today programme deals with the Moon landing.
@radio user:cam
You loved Desert Island Discs, which concerns politics.
You loved The Archers, which deals with science.
You loved Desert Island Discs, first hosted by Lauren Laverne.
You loved Desert Island Discs, which Roy Plomley hosts.
@radio
# (7) "documented" -> "described", "recorded" beside a relation "is recorded at" a studio
Witness History recorded the Moon landing.
Witness History describes the Moon landing.
The Today programme described the Chernobyl disaster.
Witness History documented the Moon landing.
Witness History documented the Fall of the Berlin Wall and the Moon landing.
Witness History recorded the Fall of the Berlin Wall and the Moon landing.
Witness History is documenting the Fall of the Berlin Wall.
Witness History did not record the Fall of the Berlin Wall.
The Fall of the Berlin Wall was recorded by Witness History and the Today programme.
The Moon landing was described by Witness History.
The Moon landing was recorded at Broadcasting House.
Desert Island Discs recorded Broadcasting House.
Maida Vale is where Desert Island Discs is recorded.
Broadcasting House is where the Infinite Monkey Cage is recorded.
# (7) "established" -> "set up", "founded", never "created" where a show "was created by"
Virgin Group set up Radio Caroline.
Ronan O'Rahilly set up Absolute Radio.
# (10) "is the home of" -> "is home to": a former home in the present, the wrong studio, a
# station or a city said home to what it is not
Bush House is home to the BBC World Service.
Bush House is where the BBC World Service is based.
Queen Margaret Drive is home to BBC Radio Scotland.
Queen Margaret Drive is where BBC Radio Scotland is based.
Broadcasting House is home to BBC Radio 6 Music.
Broadcasting House is home to BBC Radio 4 and BBC Radio 6 Music.
Broadcasting House is home to BBC Radio 4, as is Maida Vale.
Broadcasting House and Maida Vale are home to BBC Radio 4.
Broadcasting House is home to BBC Radio 4, and Bush House to the BBC World Service.
Bush House is still home to the BBC World Service.
Bush House remains home to the BBC World Service.
Bush House is now home to the BBC World Service.
Pacific Quay is home to the BBC World Service.
Maida Vale is home to BBC Radio 4.
London is home to BBC Radio Scotland.
Glasgow is home to BBC Radio 4.
# (8) adverbs: "first hosted" and "originally owned" (states) keep their adverb
Roy Plomley hosts Desert Island Discs.
Desert Island Discs is hosted by Roy Plomley.
Virgin Group owns Absolute Radio.
Absolute Radio is owned by Virgin Group.
@sea
# (11) route ends ("runs / goes / travels from A to B"): backwards, a stop, a former start, lists,
# gapped second routes, an island or an archipelago for a port, "to the"
The Isle of Mull runs from Craignure to Oban.
The Hebrides runs from Uig to Lochmaddy.
The Hamnavoe runs from Aberdeen to Stromness.
The Hamnavoe runs from Scrabster to Aberdeen.
The Silja Serenade runs from Turku to Stockholm.
The Lord of the Isles runs from Oban to Lochboisdale.
The Lord of the Isles departed from Mallaig to Oban.
The Loch Seaforth runs from Ullapool to Stornoway and Tarbert.
The Loch Seaforth runs from Ullapool to Tarbert and Stornoway.
The Hebrides runs from Uig to Tarbert, and the Loch Seaforth from Ullapool to Tarbert.
The Hebrides runs from Uig to Tarbert, as does the Isle of Mull.
The Hebrides and the Loch Seaforth run from Uig to Tarbert.
The Hamnavoe runs from Scrabster to Stromness, and the Hebrides from Uig to Lochmaddy.
The Hamnavoe goes from Scrabster to Stromness and Aberdeen.
The Isle of Mull travels from Oban to Craignure, connecting Skye.
The Hamnavoe, built by Ferguson Shipbuilders, runs from Scrabster to Stromness.
The Hamnavoe no longer runs from Scrabster to Stromness.
The Hamnavoe used to run from Scrabster to Stromness.
The Hamnavoe rarely runs from Scrabster to Stromness.
The Hamnavoe sets off from Aberdeen to Stromness.
@sea user:ada
You loved the Hebrides, which runs from Tarbert to Uig.
You loved the Hebrides, which runs from Uig to Lochmaddy.
@sea
# (7) "departs from" -> "leaves / sets off / sets out / starts from", "terminates at" -> "ends /
# finishes at": a former start ("initially departed from") said in the present, the wrong end
The Hamnavoe departs from Aberdeen.
The Hamnavoe leaves from Aberdeen.
The Hamnavoe sets off from Aberdeen.
The Hamnavoe sets out from Aberdeen.
The Silja Serenade departs from Turku.
The Lord of the Isles departs from Oban.
The Lord of the Isles initially departed from Mallaig.
The Hebrides departs from Uig and ends at Lochmaddy.
Scrabster is where the Hamnavoe terminates.
Mariehamn is where the Silja Serenade terminates.
Mallaig is where the Lord of the Isles terminates.
Lochboisdale is where the Lord of the Isles calls.
Mallaig is where the Lord of the Isles finishes.
Oban is where the Lord of the Isles ends.
Oban is where the Isle of Mull ends.
# (8) a past state keeps its adverb ("was originally operated by"); a past event is not present
The Silja Serenade is operated by Silja Line.
Silja Line operates the Silja Serenade.
The Silja Serenade is run by Silja Line.
Silja Line runs the Silja Serenade.
P&O Scottish Ferries operates the Hamnavoe.
The Hamnavoe was originally operated by NorthLink Ferries.
NorthLink Ferries originally operated the Hamnavoe.
The Hebrides is launched by Elizabeth II.
@sea user:ada
You loved the Hebrides, which Princess Anne launched.
@sea
# (12) the connecting family ("connects", "links A with B", "joins", "runs between")
The Hebrides connects Skye with Lewis.
The Hebrides links Skye to Mull.
The Loch Seaforth runs between Skye and Lewis.
The Hebrides links Skye with Harris and Lewis.
The Hebrides links Skye with Harris, and the Loch Seaforth Skye with Lewis.
The Hebrides connects Skye, Harris and Mull.
The Hebrides links Skye with the Isle of Mull.
The Hebrides is connected to Mull.
The Hebrides links up with Mull.
The Hebrides joined Mull to Skye.
The Hebrides has linked Skye with Lewis.
The Isle of Mull runs between Mull and Skye.
The Isle of Mull lies between Mull and Skye.
@sea user:ada
You loved the Hebrides, which links Skye with Lewis.
@sea
# (7) "monitors" -> "keeps watch over", "watches", "tracks", "observes"; "protects" ->
# "safeguards": the wrong coastguard or trust, the wrong direction
Shetland Coastguard monitors the Western Isles.
Shetland Coastguard keeps watch over the Scilly Isles.
Falmouth Coastguard tracks the Orkney Islands.
Falmouth Coastguard observes the Orkney Islands.
The Orkney Islands track Shetland Coastguard.
The Orkney Islands Trust safeguards the Scilly Isles.
The Scilly Isles safeguard the Isles of Scilly Wildlife Trust.
Stornoway Coastguard is a station that monitors the Orkney Islands.
Shetland Coastguard is a coastguard station that keeps watch over the Western Isles.
The Orkney Islands Trust is a trust that safeguards the Scilly Isles.
@sea user:ada
You loved the Orkney Islands, which Stornoway Coastguard keeps watch over.
@sea
# (3) own-kind relatives: another company, a former operator in the present, an item type
# ("ferry company" -> "a ferry"), a non-person type called a man or a woman
CalMac is a ferry company that operates the Hamnavoe.
CalMac is a ferry that operates the Hebrides.
P&O Scottish Ferries is a ferry company that operates the Hamnavoe.
Silja Line is a ferry company that operates the Silja Serenade.
Elizabeth II is a queen who launched the Hamnavoe.
Elizabeth II is a woman who launched the Scillonian III.
Prince Charles is a man who launched the Hebrides.
@alps
# (11) route ends on lifts: backwards, to a stop, from a stop, to a summit of another lift,
# lists, "via", "stopping at" the wrong village
The Schilthornbahn runs from Stechelberg to Mürren.
The Schilthornbahn runs from Mürren to Schilthorn.
The Schilthornbahn runs from Schilthorn to Stechelberg.
The Gornergrat Railway travels from Zermatt to Riffelalp.
The Schilthornbahn goes from Stechelberg to Schilthorn, stopping at Mürren and Riffelalp.
The Schilthornbahn goes from Stechelberg to Birg.
The Schilthornbahn goes from Stechelberg to Mürren, Birg and Schilthorn.
The Schilthornbahn goes from Stechelberg to Schilthorn and Birg.
The Schilthornbahn runs from Stechelberg to Schilthorn and the Gornergrat Railway from Zermatt to Riffelalp.
The Schilthornbahn runs from Stechelberg to Schilthorn, and so does the Eiger Express.
Both the Schilthornbahn and the Eiger Express run from Stechelberg to Schilthorn.
The Eiger Express, like the Schilthornbahn, runs from Stechelberg to Schilthorn.
The Eiger Express runs from Grindelwald to Schilthorn.
The Eiger Express ran from Grindelwald to Eigergletscher in 1908.
The Eiger Express has run from Grindelwald to Eigergletscher since 2015.
The Eiger Express runs from Grindelwald to Eigergletscher and is operated by Gornergrat Bahn.
The Eiger Express, which runs from Grindelwald to Eigergletscher, was built by Von Roll.
Jungfrau Railways operates the Eiger Express, which runs from Interlaken to Eigergletscher.
Jungfrau Railways operates the Harderbahn, which goes from Interlaken to Eigergletscher.
The Harderbahn begins at Interlaken and ends at Eigergletscher.
The Harderbahn begins at Harder Kulm.
The Harderbahn starts at Harder Kulm and ends at Interlaken.
Interlaken is where the Harderbahn ends.
Harder Kulm is where the Harderbahn starts.
Mürren is where the Schilthornbahn ends.
Birg is where the Gornergrat Railway stops.
Interlaken is the lower station of the Eiger Express.
@alps user:ben
You loved the Vanoise Express, which runs from Plan Peisey to Montchavin.
@alps
# (12) the connecting family on lifts that "link" resorts
The Vanoise Express links La Plagne with Whistler Blackcomb.
The Peak 2 Peak Gondola links Whistler Blackcomb with Les Arcs.
The Peak 2 Peak Gondola links La Plagne with Les Arcs.
The Peak 2 Peak Gondola joins La Plagne to Les Arcs.
La Plagne is linked to Les Arcs by the Vanoise Express.
La Plagne links with Les Arcs.
The Vanoise Express links La Plagne with Les Arcs and Whistler Blackcomb.
The Vanoise Express links La Plagne, Les Arcs and Whistler Blackcomb.
The Vanoise Express and the Peak 2 Peak Gondola link La Plagne with Les Arcs.
The Vanoise Express links La Plagne with Les Arcs, as does the Peak 2 Peak Gondola.
The Vanoise Express has linked La Plagne with Les Arcs since 1961.
The Vanoise Express no longer links La Plagne with Les Arcs.
The Vanoise Express links La Plagne with Thredbo.
The Vanoise Express connects La Plagne to Perisher.
The Vanoise Express runs between La Plagne and Thredbo.
La Plagne and Les Arcs are linked by the Peak 2 Peak Gondola.
Whistler Blackcomb is linked by the Vanoise Express.
The Vanoise Express links La Plagne with the Savoie.
The Peak 2 Peak Gondola links Whistler Blackcomb with British Columbia.
The Peak 2 Peak Gondola links Whistler Blackcomb with the Coast Mountains.
SATA is a lift company that links La Plagne with Les Arcs.
@alps user:ben
You loved the Vanoise Express, which links La Plagne with Whistler Blackcomb.
@alps
# (8) "was officially opened by": the wrong person, the passive present, other adverbs
The Skyway Monte Bianco is opened by Doris Leuthard.
Doris Leuthard opened the Peak 2 Peak Gondola.
Doris Leuthard officially opened the Vanoise Express.
François Mitterrand opened the Skyway Monte Bianco.
Doris Leuthard is a politician who opened the Peak 2 Peak Gondola.
Doris Leuthard is a politician who opened the 1992 Winter Olympics.
François Mitterrand is a politician who opened the Skyway Monte Bianco.
Gordon Campbell is a politician who opened the 2010 Winter Olympics.
Michaëlle Jean is a politician who opened the Peak 2 Peak Gondola.
# (13) "has been held at" (a perfect passive): the present, the wrong village, the wrong year,
# lists, gapped, negated; where-frames
The Lauberhorn has been held at Mürren.
The Lauberhorn was held at Mürren.
Mürren is where the Lauberhorn was held.
Wengen is where the Inferno race was held.
The Lauberhorn has been held at Wengen since 1931.
The Lauberhorn has been held at Wengen since 1928.
The Lauberhorn has been held at Wengen and Mürren.
The Lauberhorn and the Inferno race have been held at Wengen.
The Lauberhorn has been held at Wengen, like the Inferno race.
The Lauberhorn has been held at Wengen, and the Inferno race at Kitzbühel.
The Lauberhorn has never been held at Wengen.
The Lauberhorn had been held at Mürren.
Wengen has hosted the Inferno race.
Wengen and Mürren have hosted the Lauberhorn.
Wengen has hosted the Lauberhorn since 1931.
Mürren is where the Lauberhorn has been held.
Kitzbühel is where the Inferno race has been held.
Albertville is where the 2010 Winter Olympics were held.
Albertville is where the 1992 Winter Olympics are held.
Albertville hosted the 2010 Winter Olympics.
Albertville hosts the 1992 Winter Olympics.
# (8) "was first won by": the wrong skier, a first winner of another race
Harry Mallin first won the Lauberhorn.
Ernst Feuz is a skier who first won the Inferno race.
Émile Allais is a skier who first won the Lauberhorn.
Ernst Feuz is a skier who won the Lauberhorn and the Inferno race.
Ernst Feuz is a skier who first won the Lauberhorn in 1931.
# (7) "was established by" -> "set up", "founded", "created": the wrong founder, lists
Émile Allais is a skier who established Les Arcs.
Émile Allais set up Les Arcs.
Charlotte Perriand is an architect who established La Plagne.
Tony Sponar is a businessman who founded Perisher.
Jean-Claude Killy is a skier who established Les Arcs.
Tony Sponar is a businessman who set up Thredbo and Perisher.
Roger Godino is a businessman who set up La Plagne.
Roger Godino and Émile Allais set up Les Arcs.
Charlotte Perriand created La Plagne.
Les Arcs was set up by Charlotte Perriand in 1961.
La Plagne was set up by Émile Allais and Roger Godino.
Émile Allais is establishing La Plagne.
Émile Allais did not set up La Plagne.
@alps user:ben
You loved Thredbo, which Émile Allais set up.
@alps
# (7) "monitors" on mountain ranges
SLF watches the Kitzbühel Alps.
SLF tracks the Snowy Mountains.
Avalanche Canada observes the Snowy Mountains.
SLF monitors the Bernese Alps and the Kitzbühel Alps.
SLF keeps watch over the Bernese Alps, as does Avalanche Canada.
SLF watches the Bernese Alps, and Avalanche Canada the Snowy Mountains.
SLF and Avalanche Canada both monitor the Coast Mountains.
SLF no longer monitors the Bernese Alps.
SLF used to monitor the Bernese Alps.
The Bernese Alps are tracked by Avalanche Canada.
The Bernese Alps are observed by SLF and Avalanche Canada.
SLF is an avalanche service that monitors the Kitzbühel Alps.
SLF is a service that watches the Snowy Mountains.
@alps user:ben
You loved the Snowy Mountains, which SLF watches.
@alps
# (14) a ski circuit (a venue): its year is when it opened, not when it was first held or closed
The Sella Ronda closed in 1970.
The Sella Ronda opened in 1971.
@cathedrals
# KNOWN (accepted by the starting code too): a former seat or home said in the present ("was the
# seat of" / "had his seat at" read as "is the seat of" / "has his seat at"; "was the home of" read
# as "is the home of"; "sang at" read as "sings at")
Glasgow Cathedral is the seat of the Archbishop of Glasgow.
St Andrews Cathedral is the seat of the Archbishop of St Andrews.
The Archbishop of St Andrews has his seat at St Andrews Cathedral.
St Andrews Cathedral is where the Archbishop of St Andrews has his seat.
Lincoln Cathedral is the home of the Schola Cantorum.
Lincoln Cathedral is where the Schola Cantorum sings.
The Schola Cantorum sings at Lincoln Cathedral.
@radio
Bush House is the home of the BBC World Service.
Queen Margaret Drive is the home of BBC Radio Scotland.
# arguable ones (OPEN): (a) "they" after a band or choir and the singular Cathedral of the Isles
# with a predicate only a building has (designed, consecrated, a seat, a building, located): a
# reader may take "they" as a slip for the cathedral; (b) the presenting duo with a predicate its
# show lends its hosts (aired, broadcast on, recorded at, deals with, studio); (c) "they" for a
# company (CalMac) after the singular ferry Lord of the Isles; (d) the present of a past event
# whose adverb or verb the new readings drop or replace ("opens", "consecrates", "launches",
# "uncovers", "records", "describes": a historic present, which the older code allows for plain
# past events too, "Basil Spence designs Coventry Cathedral"); (e) "one of the <types> who" where
# the graph has one (no count of co-hosts or builders); (f) a former start and a present end read
# as one route ("departed from Oban to Lochboisdale"); (g) an annual race that "has been held at"
# a village said in the present or future; (h) Gothic for Gothic Revival
@cathedrals
Runrig played at the Cathedral of the Isles. They were designed by William Butterfield.
Runrig played at the Cathedral of the Isles. William Butterfield designed them.
Runrig played at the Cathedral of the Isles. Cosmo Lang consecrated them.
Runrig played at the Cathedral of the Isles. Their designer was William Butterfield.
Runrig played at the Cathedral of the Isles. They are the seat of the Bishop of Argyll and The Isles.
Runrig played at the Cathedral of the Isles. They are a Gothic Revival building.
Runrig played at the Cathedral of the Isles. They are located in Millport.
Capercaillie played at the Cathedral of the Isles. They were designed by William Butterfield.
The Millport Choir sang at the Cathedral of the Isles. They were consecrated by Cosmo Lang.
The Millport Choir sang at the Cathedral of the Isles. Their style is Gothic Revival.
The Millport Choir sang at the Cathedral of the Isles. Millport is home to them.
The Cathedral of the Isles was the home of the Millport Choir. They are a Gothic Revival building.
Cosmo Lang consecrates the Cathedral of the Isles.
Rosemary Cramp uncovers Whitby Abbey.
Bede records Whitby Abbey.
Bede describes Whitby Abbey.
Simon Preston is one of the organists who played at Westminster Abbey.
The Cathedral of the Isles is a Gothic building.
The Cathedral of the Isles was built in the Gothic style.
@radio
Mark and Lard first hosted Songs of the Isles. They debuted in 1995.
Mark and Lard first hosted Songs of the Isles. They first aired in 1995.
Mark and Lard first hosted Songs of the Isles. They broadcast on BBC Radio Scotland.
Mark and Lard first hosted Songs of the Isles. They recorded at Pacific Quay.
Mark and Lard first hosted Songs of the Isles. They deal with Gaelic song.
Mark and Lard first hosted Songs of the Isles. They are about Gaelic song.
Mark and Lard first hosted Songs of the Isles. Their studio is Pacific Quay.
Mark and Lard first hosted Songs of the Isles. They focus on Gaelic song.
Mark and Lard first hosted Songs of the Isles. They are based at Pacific Quay.
Songs of the Isles was first hosted by Mark and Lard, who focus on Gaelic song.
Lauren Laverne is one of the DJs who host Desert Island Discs.
Brian Cox is one of the physicists who host The Infinite Monkey Cage.
@sea
CalMac operates the Lord of the Isles. They were built by Ferguson Shipbuilders.
CalMac operates the Lord of the Isles. Their home port is Mallaig.
CalMac operates the Lord of the Isles. They depart from Mallaig.
CalMac operates the Lord of the Isles. They connect South Uist.
Elizabeth II launches the Hebrides.
The Lord of the Isles departed from Oban to Lochboisdale.
The Lord of the Isles ran from Oban to Lochboisdale.
The Hamnavoe departed from Aberdeen to Stromness.
@alps
Doris Leuthard opens the Skyway Monte Bianco.
Doppelmayr is one of the lift manufacturers that built the Eiger Express.
The Tyrol Avalanche Warning Service is one of the services that keep watch over the Kitzbühel Alps.
The Lauberhorn is held at Wengen.
Wengen hosts the Lauberhorn.
Wengen is where the Lauberhorn is held.
The Lauberhorn will be held at Wengen.
"""

CONTROLS = r"""
@sea
The Isle of Mull runs from Oban to Craignure.
The Lord of the Isles runs from Mallaig to Lochboisdale.
The Isle of Mull sets off from Oban to Craignure.
The Hebrides leaves from Uig.
The Hebrides sets off from Uig.
The Hebrides ends at Tarbert.
The Hebrides finishes at Tarbert.
The Hebrides connects Skye with Harris.
The Hebrides links Skye with North Uist.
The Hebrides runs between Skye and Harris.
The Hebrides connects Skye to Harris and North Uist.
The Hamnavoe initially departed from Aberdeen.
The Hamnavoe departed from Aberdeen.
The Hamnavoe started from Aberdeen.
The Hamnavoe was originally operated by P&O Scottish Ferries.
Elizabeth II officially launched the Hebrides.
The Hebrides was launched by Elizabeth II.
Stornoway Coastguard keeps watch over the Western Isles.
The Isles of Scilly Wildlife Trust safeguards the Scilly Isles.
Tarbert is where the Hebrides terminates.
Lochboisdale is where the Lord of the Isles ends.
CalMac is a ferry company that operates the Hebrides.
Elizabeth II is a queen who launched the Hebrides.
Stornoway Coastguard is a station that monitors the Western Isles.
# (faithful, possibly rejected: a stop in a list after "to", a start said with "where", a past
# operator said without "originally")
The Hebrides runs from Uig to Tarbert and calls at Lochmaddy.
Uig is where the Hebrides departs.
P&O Scottish Ferries operated the Hamnavoe.
Skye is linked with Harris by the Hebrides.
@sea user:ada
You loved the Hebrides, which runs from Uig to Tarbert.
You loved the Orkney Islands, which Shetland Coastguard keeps watch over.
@alps
The Vanoise Express runs from Montchavin to Plan Peisey.
The Harderbahn runs from Interlaken to Harder Kulm.
The Vanoise Express links La Plagne with Les Arcs.
The Vanoise Express runs between La Plagne and Les Arcs.
Doris Leuthard opened the Skyway Monte Bianco.
Doris Leuthard is a politician who officially opened the Eiger Express.
The Lauberhorn has been held at Wengen.
The Lauberhorn was held at Wengen.
Wengen hosted the Lauberhorn.
Wengen is where the Lauberhorn has been held.
Harry Mallin is a skier who first won the Inferno race.
Roger Godino set up Les Arcs.
Tony Sponar is a businessman who founded Thredbo.
SLF keeps watch over the Bernese Alps.
The Snowy Mountains are located in Australia. They are monitored by the Mountain Safety Collective.
The Sella Ronda opened in 1970.
# (faithful, possibly rejected: "to the" before the summit, "runs between" its two ends, a
# where-frame of "was held at")
The Schilthornbahn runs from Stechelberg to the Schilthorn.
The Vanoise Express runs between Montchavin and Plan Peisey.
Wengen is where the Lauberhorn was held.
@alps user:ben
You loved Thredbo, which Tony Sponar set up.
@radio
Lauren Laverne is a DJ who hosts Desert Island Discs.
Roy Plomley is a broadcaster who first hosted Desert Island Discs.
Brian Cox is a physicist who hosts The Infinite Monkey Cage.
Nick Robinson hosts the today programme.
The shipping forecast is about weather.
The shipping forecast is concerned with weather.
The Archers concerns farming.
In Our Time explores history and philosophy.
Witness History recorded the Fall of the Berlin Wall.
Witness History described the Chernobyl disaster.
Ronan O'Rahilly set up Radio Caroline.
Virgin Group is a company that originally owned Absolute Radio.
Broadcasting House is home to BBC Radio 4.
Pacific Quay is home to BBC Radio Scotland.
Bush House is where the BBC World Service was based.
Mark and Lard is a presenting duo that first hosted Songs of the Isles.
Mark and Lard first hosted Songs of the Isles; today Iain MacLeod hosts it.
# (faithful, possibly rejected: a former home said with "was home to", a first host said to have
# hosted, "covers" for "addresses" where a station "covers" a region)
Bush House was home to the BBC World Service.
Roy Plomley hosted Desert Island Discs.
The shipping forecast covers weather.
@radio user:cam
You loved Desert Island Discs, which concerns music.
@cathedrals
Durham Cathedral is a Romanesque building.
Durham Cathedral was built in the Romanesque style.
Durham Cathedral is an example of Romanesque architecture.
Durham Cathedral's architecture is Romanesque.
The Bishop of Durham has his seat at Durham Cathedral. Its architecture is Romanesque.
The old cathedral was built in the Perpendicular Gothic style.
The old cathedral was the seat of the Bishop of Coventry.
Runrig played at the Cathedral of the Isles, which dates from the Victorian era.
Simon Preston played at Westminster Abbey.
Westminster Abbey is where Simon Preston played.
Simon Preston is an organist who played at Westminster Abbey.
Lincoln Cathedral is where the Schola Cantorum sang.
The Schola Cantorum is a choir that sang at Lincoln Cathedral.
Durham Cathedral is home to the Durham Cathedral Choir.
Cosmo Lang formally consecrated the Cathedral of the Isles.
Cosmo Lang is an archbishop who consecrated the Cathedral of the Isles.
Rosemary Cramp dug at Whitby Abbey.
Whitby Abbey is where Rosemary Cramp dug.
Bede described Whitby Abbey.
English Heritage safeguards Whitby Abbey.
The Dissolution of the Monasteries put an end to Whitby Abbey.
Saint Aidan set up Lindisfarne Priory.
Saint Columba is a saint who founded Iona Abbey.
Whitby Abbey is a Gothic building that Bede described.
The Bishop of Coventry is a bishop who had his seat at the old cathedral.
Runrig are one of the bands that played at the Cathedral of the Isles.
# (faithful, possibly rejected: a former home said with "was home to")
Lincoln Cathedral was home to the Schola Cantorum.
@cathedrals user:dee
You loved Durham Cathedral, a Romanesque building.
You loved the Cathedral of the Isles, which Cosmo Lang consecrated.
"""


# False, and accepted by the starting code of this round too (CHANGES.diff reversed), through
# readings this round did not touch: a former seat, home or choir said in the present ("was the
# seat of" / "had his seat at" read as "is the seat of" / "has his seat at", "was the home of"
# as "is the home of", "sang at" as "sings at"). Printed apart as KNOWN.
KNOWN = frozenset(
    {
        'Glasgow Cathedral is the seat of the Archbishop of Glasgow.',
        'St Andrews Cathedral is the seat of the Archbishop of St Andrews.',
        'The Archbishop of St Andrews has his seat at St Andrews Cathedral.',
        'St Andrews Cathedral is where the Archbishop of St Andrews has his seat.',
        'Lincoln Cathedral is the home of the Schola Cantorum.',
        'Lincoln Cathedral is where the Schola Cantorum sings.',
        'The Schola Cantorum sings at Lincoln Cathedral.',
        'Bush House is the home of the BBC World Service.',
        'Queen Margaret Drive is the home of BBC Radio Scotland.',
    }
)

# Arguable: printed as OPEN and left out of the count (they stay in TEXTS, under their comment).
OPEN = frozenset(
    {
        'Runrig played at the Cathedral of the Isles. They were designed by William Butterfield.',
        'Runrig played at the Cathedral of the Isles. William Butterfield designed them.',
        'Runrig played at the Cathedral of the Isles. Cosmo Lang consecrated them.',
        'Runrig played at the Cathedral of the Isles. Their designer was William Butterfield.',
        'Runrig played at the Cathedral of the Isles. They are the seat of the Bishop of Argyll and The Isles.',
        'Runrig played at the Cathedral of the Isles. They are a Gothic Revival building.',
        'Runrig played at the Cathedral of the Isles. They are located in Millport.',
        'Capercaillie played at the Cathedral of the Isles. They were designed by William Butterfield.',
        'The Millport Choir sang at the Cathedral of the Isles. They were consecrated by Cosmo Lang.',
        'The Millport Choir sang at the Cathedral of the Isles. Their style is Gothic Revival.',
        'The Millport Choir sang at the Cathedral of the Isles. Millport is home to them.',
        'The Cathedral of the Isles was the home of the Millport Choir. They are a Gothic Revival building.',
        'Cosmo Lang consecrates the Cathedral of the Isles.',
        'Rosemary Cramp uncovers Whitby Abbey.',
        'Bede records Whitby Abbey.',
        'Bede describes Whitby Abbey.',
        'Simon Preston is one of the organists who played at Westminster Abbey.',
        'The Cathedral of the Isles is a Gothic building.',
        'The Cathedral of the Isles was built in the Gothic style.',
        'Mark and Lard first hosted Songs of the Isles. They debuted in 1995.',
        'Mark and Lard first hosted Songs of the Isles. They first aired in 1995.',
        'Mark and Lard first hosted Songs of the Isles. They broadcast on BBC Radio Scotland.',
        'Mark and Lard first hosted Songs of the Isles. They recorded at Pacific Quay.',
        'Mark and Lard first hosted Songs of the Isles. They deal with Gaelic song.',
        'Mark and Lard first hosted Songs of the Isles. They are about Gaelic song.',
        'Mark and Lard first hosted Songs of the Isles. Their studio is Pacific Quay.',
        'Mark and Lard first hosted Songs of the Isles. They focus on Gaelic song.',
        'Mark and Lard first hosted Songs of the Isles. They are based at Pacific Quay.',
        'Songs of the Isles was first hosted by Mark and Lard, who focus on Gaelic song.',
        'Lauren Laverne is one of the DJs who host Desert Island Discs.',
        'Brian Cox is one of the physicists who host The Infinite Monkey Cage.',
        'CalMac operates the Lord of the Isles. They were built by Ferguson Shipbuilders.',
        'CalMac operates the Lord of the Isles. Their home port is Mallaig.',
        'CalMac operates the Lord of the Isles. They depart from Mallaig.',
        'CalMac operates the Lord of the Isles. They connect South Uist.',
        'Elizabeth II launches the Hebrides.',
        'The Lord of the Isles departed from Oban to Lochboisdale.',
        'The Lord of the Isles ran from Oban to Lochboisdale.',
        'The Hamnavoe departed from Aberdeen to Stromness.',
        'Doris Leuthard opens the Skyway Monte Bianco.',
        'Doppelmayr is one of the lift manufacturers that built the Eiger Express.',
        'The Tyrol Avalanche Warning Service is one of the services that keep watch over the Kitzbühel Alps.',
        'The Lauberhorn is held at Wengen.',
        'Wengen hosts the Lauberhorn.',
        'Wengen is where the Lauberhorn is held.',
        'The Lauberhorn will be held at Wengen.',
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
