"""Red team round 155: the new readings of lying and running somewhere (CHANGES.diff): a relation
whose phrase says lying or running on, under, over, through, along or near a place or a feature
of the land is read with other verbs of its kind and any preposition of its sense ("is built on"
-> "stands / sits / lies on", "is located on", "was built on"; "runs under" -> "passes / goes /
cuts / winds beneath", "crosses below"; "runs over" -> "crosses", "goes across"); "<item or its
kind> on / under / over / through / along / near <place>" ("Kariba Dam, an arch dam on the
Zambezi"); a participle opening the sentence that ends in "on" ("Built on the Zambezi, X ...") or
takes "the" ("Operated by the Zambezi River Authority, X ..."); items of common kinds in lower
case (instruments, dances, dishes, sports, fabrics, spices, fruit); "discovered / found by X in
<year>" on a graph of discoveries; "sank" / "sunk" (and "go down"), "found the wreck of" (and
"locate"), "struck".

Four graphs of my own:

* rivers: bridges that "run over" rivers and estuaries, tunnels and gas pipelines that "run under"
  rivers, a strait and seas, dams that "are built on" rivers (items: year opened), lighthouses that
  "stand on" rocks, reefs, a cliff and a headland (items: year first lit); each with its kind ("is
  a": "suspension bridge", "railway tunnel", "arch dam", "rock lighthouse", ...), the town it "lies
  near" (inverse "is close to"), designer, operator, who opened it, country; rivers (not items)
  that "flow through" cities and countries; a user;
* mountains: ski resorts "on the slopes of" mountains or that "lie on" lakes (both of the sense
  "on"), mountain roads and railways that "run over" passes and "run through" valleys, railway
  tunnels that "run under" mountains, railways that "run along" lakes, mountain huts that "stand
  near" glaciers (inverse "lies below", itself a position of the sense "under"); their kinds ("is
  a"), region, founder, operator, the club that owns a hut; a user;
* wrecks: a graph of discoveries (no venues): shipwrecks (items: the year the wreck was found;
  "was discovered by", inverse "found the wreck of") with their kind, the sea they "sank in", what
  "sank" them ("was sunk by"), what they "struck", shipyard, the place they "lie near"; a user;
* kinds: items of common kinds written in lower case (instruments, dances, dishes, sports,
  fabrics, a spice, a fruit) with inventor and origin, dishes "made with" a spice, songs that
  "feature" instruments, songs that "are on" albums (the sense "on", no land) "released by" labels,
  software that "runs on" operating systems (the sense "on", no land) "developed by" companies,
  one named after a common noun ("Apple", beside the fruit); songs' and programs' kinds; a user.

Findings: none of the false texts is accepted through this round's readings. Accepted, but also by
the starting code (KNOWN): on the graph of discoveries, the year of the find said as the year the
ship was built, launched or completed. Arguable and accepted (OPEN): "another <kind> <spatial
preposition> <place>" shares the kind only, as "another <kind> in <place>" did before.

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


def rivers():
    """Bridges ("runs over"), tunnels ("runs under") and dams ("is built on") over, under and on
    rivers, estuaries and a strait (items: year opened), their kind ("is a"), the town they "lie
    near", designer, operator, who opened them, country; rivers (not items) that "flow through"
    cities and countries; a user."""
    B, T, D, L = ("bridge",), ("tunnel", "pipeline"), ("dam",), ("lighthouse",)
    W = ("river", "estuary", "strait", "sea")
    rels = [
        R("kind", phrase="is a", inverse_phrase="is the kind of", range=("structure type",)),
        R("stands_on", phrase="stands on", inverse_phrase="is the site of", domain=L, range=("reef", "island", "cliff", "peninsula")),
        R("over", phrase="runs over", inverse_phrase="is spanned by", domain=B, range=W),
        R("under", phrase="runs under", inverse_phrase="lies above", domain=T, range=W),
        R("built_on", phrase="is built on", inverse_phrase="is dammed by", domain=D, range=("river",)),
        R("near", phrase="lies near", inverse_phrase="is close to", domain=(*B, *T, *D, *L), range=("town", "city", "island")),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=(*B, *T, *D, *L), range=("engineer", "architect")),
        R("operated_by", phrase="is operated by", inverse_phrase="operates", domain=(*B, *T, *D, *L),
          range=("company", "authority", "lighthouse authority")),
        R("opened_by", phrase="was opened by", inverse_phrase="opened", domain=(*B, *T, *D), range=("monarch", "president", "prince")),
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=(*B, *T, *D), range=("country",)),
        R("flows_through", phrase="flows through", inverse_phrase="is watered by", domain=("river",), range=("city", "country")),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "b:tower": ("bridge", "Tower Bridge", 1894), "b:forth": ("bridge", "Forth Bridge", 1890),
        "b:clifton": ("bridge", "Clifton Suspension Bridge", 1864), "b:humber": ("bridge", "Humber Bridge", 1981),
        "b:severn": ("bridge", "Severn Bridge", 1966),
        "t:severn": ("tunnel", "Severn Tunnel", 1886), "t:thames": ("tunnel", "Thames Tunnel", 1843),
        "t:queensway": ("tunnel", "Queensway Tunnel", 1934), "t:channel": ("tunnel", "Channel Tunnel", 1994),
        "t:blackwall": ("tunnel", "Blackwall Tunnel", 1897),
        "d:kariba": ("dam", "Kariba Dam", 1959), "d:hoover": ("dam", "Hoover Dam", 1936),
        "d:aswan": ("dam", "Aswan High Dam", 1970), "d:gorges": ("dam", "Three Gorges Dam", 2006),
        "d:cahora": ("dam", "Cahora Bassa Dam", 1974),
        "l:eddystone": ("lighthouse", "Eddystone Lighthouse", 1882), "l:bellrock": ("lighthouse", "Bell Rock Lighthouse", 1810),
        "l:fastnet": ("lighthouse", "Fastnet Lighthouse", 1904), "l:belletout": ("lighthouse", "Belle Tout Lighthouse", 1832),
        "l:hook": ("lighthouse", "Hook Lighthouse", 1245), "l:skerryvore": ("lighthouse", "Skerryvore Lighthouse", 1844),
        "p:nordstream": ("pipeline", "Nord Stream", 2011), "p:langeled": ("pipeline", "Langeled", 2007),
        "p:turkstream": ("pipeline", "TurkStream", 2020), "p:bluestream": ("pipeline", "Blue Stream", 2003),
    }
    others = {
        "k:bascule": ("structure type", "bascule bridge"), "k:cantilever": ("structure type", "cantilever bridge"),
        "k:suspension": ("structure type", "suspension bridge"), "k:rail": ("structure type", "railway tunnel"),
        "k:road": ("structure type", "road tunnel"), "k:arch": ("structure type", "arch dam"),
        "k:archgrav": ("structure type", "arch-gravity dam"), "k:embank": ("structure type", "embankment dam"),
        "k:gravity": ("structure type", "gravity dam"), "k:rock": ("structure type", "rock lighthouse"),
        "k:tower": ("structure type", "tower lighthouse"), "k:gas": ("structure type", "gas pipeline"),
        "w:baltic": ("sea", "Baltic Sea"), "w:north": ("sea", "North Sea"), "w:black": ("sea", "Black Sea"),
        "n:lubmin": ("town", "Lubmin"), "n:easington": ("town", "Easington"), "n:kiyikoy": ("town", "Kıyıköy"),
        "n:samsun": ("city", "Samsun"),
        "o:nsag": ("company", "Nord Stream AG"), "o:gassco": ("company", "Gassco"), "o:gazprom": ("company", "Gazprom"),
        "rk:eddystone": ("reef", "Eddystone Rocks"), "rk:inchcape": ("reef", "Inchcape Rock"),
        "rk:fastnet": ("island", "Fastnet Rock"), "rk:beachy": ("cliff", "Beachy Head"), "rk:hook": ("peninsula", "Hook Head"),
        "rk:skerryvore": ("reef", "Skerryvore"),
        "n:plymouth": ("city", "Plymouth"), "n:arbroath": ("town", "Arbroath"), "n:capeclear": ("island", "Cape Clear Island"),
        "n:eastbourne": ("town", "Eastbourne"), "n:fethard": ("town", "Fethard"), "n:tiree": ("island", "Tiree"),
        "e:douglass": ("engineer", "James Douglass"), "e:stevenson": ("engineer", "Robert Stevenson"),
        "e:alan": ("engineer", "Alan Stevenson"), "e:william": ("engineer", "William Douglass"),
        "e:fuller": ("engineer", "John Fuller"),
        "o:trinity": ("lighthouse authority", "Trinity House"), "o:nlb": ("lighthouse authority", "Northern Lighthouse Board"),
        "o:cil": ("lighthouse authority", "Commissioners of Irish Lights"),
        "w:thames": ("river", "River Thames"), "w:severn": ("river", "River Severn"), "w:avon": ("river", "River Avon"),
        "w:mersey": ("river", "River Mersey"), "w:zambezi": ("river", "Zambezi"), "w:colorado": ("river", "Colorado River"),
        "w:nile": ("river", "Nile"), "w:yangtze": ("river", "Yangtze"),
        "w:forth": ("estuary", "Firth of Forth"), "w:humber": ("estuary", "Humber"), "w:channel": ("strait", "English Channel"),
        "n:london": ("city", "London"), "n:queensferry": ("town", "Queensferry"), "n:bristol": ("city", "Bristol"),
        "n:hessle": ("town", "Hessle"), "n:chepstow": ("town", "Chepstow"), "n:sudbrook": ("town", "Sudbrook"),
        "n:liverpool": ("city", "Liverpool"), "n:folkestone": ("town", "Folkestone"), "n:siavonga": ("town", "Siavonga"),
        "n:boulder": ("town", "Boulder City"), "n:aswan": ("city", "Aswan"), "n:yichang": ("city", "Yichang"),
        "n:songo": ("town", "Songo"), "n:greenwich": ("town", "Greenwich"),
        "e:jones": ("architect", "Horace Jones"), "e:fowler": ("engineer", "John Fowler"),
        "e:brunel": ("engineer", "Isambard Kingdom Brunel"), "e:marc": ("engineer", "Marc Brunel"),
        "e:richardson": ("engineer", "Charles Richardson"), "e:coyne": ("engineer", "André Coyne"),
        "e:binnie": ("engineer", "Alexander Binnie"), "e:savage": ("engineer", "John Savage"),
        "e:anderson": ("engineer", "Mott Hay and Anderson"), "e:brown": ("engineer", "Basil Mott"),
        "o:cbt": ("company", "City Bridge Trust"), "o:nr": ("company", "Network Rail"),
        "o:merseytravel": ("authority", "Merseytravel"), "o:getlink": ("company", "Getlink"),
        "o:tfl": ("authority", "Transport for London"), "o:overground": ("company", "London Overground"),
        "o:zra": ("authority", "Zambezi River Authority"), "o:usbr": ("authority", "Bureau of Reclamation"),
        "o:hcb": ("company", "Hidroeléctrica de Cahora Bassa"), "o:humber": ("authority", "Humber Bridge Board"),
        "o:ctg": ("company", "China Three Gorges Corporation"),
        "m:elizabeth": ("monarch", "Elizabeth II"), "m:george": ("monarch", "George V"),
        "m:edward": ("prince", "Prince of Wales"), "m:fdr": ("president", "Franklin D. Roosevelt"),
        "m:mitterrand": ("president", "François Mitterrand"), "m:sadat": ("president", "Anwar Sadat"),
        "c:uk": ("country", "United Kingdom"), "c:zambia": ("country", "Zambia"), "c:usa": ("country", "United States"),
        "c:egypt": ("country", "Egypt"), "c:china": ("country", "China"), "c:mozambique": ("country", "Mozambique"),
        "c:zimbabwe": ("country", "Zimbabwe"),
    }
    T_ = [
        ("b:tower", "kind", "k:bascule"), ("b:forth", "kind", "k:cantilever"), ("b:clifton", "kind", "k:suspension"),
        ("b:humber", "kind", "k:suspension"), ("b:severn", "kind", "k:suspension"),
        ("t:severn", "kind", "k:rail"), ("t:thames", "kind", "k:rail"), ("t:queensway", "kind", "k:road"),
        ("t:channel", "kind", "k:rail"), ("t:blackwall", "kind", "k:road"),
        ("d:kariba", "kind", "k:arch"), ("d:hoover", "kind", "k:archgrav"), ("d:aswan", "kind", "k:embank"),
        ("d:gorges", "kind", "k:gravity"), ("d:cahora", "kind", "k:arch"),
        ("p:nordstream", "kind", "k:gas"), ("p:langeled", "kind", "k:gas"), ("p:turkstream", "kind", "k:gas"),
        ("p:bluestream", "kind", "k:gas"),
        ("p:nordstream", "under", "w:baltic"), ("p:langeled", "under", "w:north"), ("p:turkstream", "under", "w:black"),
        ("p:bluestream", "under", "w:black"),
        ("p:nordstream", "near", "n:lubmin"), ("p:langeled", "near", "n:easington"), ("p:turkstream", "near", "n:kiyikoy"),
        ("p:bluestream", "near", "n:samsun"),
        ("p:nordstream", "operated_by", "o:nsag"), ("p:langeled", "operated_by", "o:gassco"),
        ("p:turkstream", "operated_by", "o:gazprom"), ("p:bluestream", "operated_by", "o:gazprom"),
        ("l:eddystone", "kind", "k:rock"), ("l:bellrock", "kind", "k:rock"), ("l:fastnet", "kind", "k:rock"),
        ("l:skerryvore", "kind", "k:rock"), ("l:belletout", "kind", "k:tower"), ("l:hook", "kind", "k:tower"),
        ("l:eddystone", "near", "n:plymouth"), ("l:bellrock", "near", "n:arbroath"), ("l:fastnet", "near", "n:capeclear"),
        ("l:belletout", "near", "n:eastbourne"), ("l:hook", "near", "n:fethard"), ("l:skerryvore", "near", "n:tiree"),
        ("l:eddystone", "stands_on", "rk:eddystone"), ("l:bellrock", "stands_on", "rk:inchcape"),
        ("l:fastnet", "stands_on", "rk:fastnet"), ("l:belletout", "stands_on", "rk:beachy"), ("l:hook", "stands_on", "rk:hook"),
        ("l:skerryvore", "stands_on", "rk:skerryvore"),
        ("l:eddystone", "designed_by", "e:douglass"), ("l:bellrock", "designed_by", "e:stevenson"),
        ("l:skerryvore", "designed_by", "e:alan"), ("l:fastnet", "designed_by", "e:william"), ("l:belletout", "designed_by", "e:fuller"),
        ("l:eddystone", "operated_by", "o:trinity"), ("l:belletout", "operated_by", "o:trinity"),
        ("l:bellrock", "operated_by", "o:nlb"), ("l:skerryvore", "operated_by", "o:nlb"),
        ("l:fastnet", "operated_by", "o:cil"), ("l:hook", "operated_by", "o:cil"),
        ("b:tower", "over", "w:thames"), ("b:forth", "over", "w:forth"), ("b:clifton", "over", "w:avon"),
        ("b:humber", "over", "w:humber"), ("b:severn", "over", "w:severn"),
        ("t:severn", "under", "w:severn"), ("t:thames", "under", "w:thames"), ("t:queensway", "under", "w:mersey"),
        ("t:channel", "under", "w:channel"), ("t:blackwall", "under", "w:thames"),
        ("d:kariba", "built_on", "w:zambezi"), ("d:hoover", "built_on", "w:colorado"), ("d:aswan", "built_on", "w:nile"),
        ("d:gorges", "built_on", "w:yangtze"), ("d:cahora", "built_on", "w:zambezi"),
        ("b:tower", "near", "n:london"), ("b:forth", "near", "n:queensferry"), ("b:clifton", "near", "n:bristol"),
        ("b:humber", "near", "n:hessle"), ("b:severn", "near", "n:chepstow"), ("t:severn", "near", "n:sudbrook"),
        ("t:queensway", "near", "n:liverpool"), ("t:channel", "near", "n:folkestone"), ("t:blackwall", "near", "n:greenwich"),
        ("d:kariba", "near", "n:siavonga"), ("d:hoover", "near", "n:boulder"), ("d:aswan", "near", "n:aswan"),
        ("d:gorges", "near", "n:yichang"), ("d:cahora", "near", "n:songo"),
        ("b:tower", "designed_by", "e:jones"), ("b:forth", "designed_by", "e:fowler"), ("b:clifton", "designed_by", "e:brunel"),
        ("t:thames", "designed_by", "e:marc"), ("t:severn", "designed_by", "e:richardson"), ("d:kariba", "designed_by", "e:coyne"),
        ("d:cahora", "designed_by", "e:coyne"), ("t:blackwall", "designed_by", "e:binnie"), ("d:hoover", "designed_by", "e:savage"),
        ("t:queensway", "designed_by", "e:brown"),
        ("b:tower", "operated_by", "o:cbt"), ("b:forth", "operated_by", "o:nr"), ("t:severn", "operated_by", "o:nr"),
        ("t:queensway", "operated_by", "o:merseytravel"), ("t:channel", "operated_by", "o:getlink"),
        ("t:blackwall", "operated_by", "o:tfl"), ("t:thames", "operated_by", "o:overground"),
        ("d:kariba", "operated_by", "o:zra"), ("d:hoover", "operated_by", "o:usbr"), ("d:cahora", "operated_by", "o:hcb"),
        ("b:humber", "operated_by", "o:humber"), ("d:gorges", "operated_by", "o:ctg"),
        ("b:tower", "opened_by", "m:edward"), ("b:humber", "opened_by", "m:elizabeth"), ("b:severn", "opened_by", "m:elizabeth"),
        ("t:queensway", "opened_by", "m:george"), ("t:channel", "opened_by", "m:elizabeth"),
        ("t:channel", "opened_by", "m:mitterrand"), ("d:hoover", "opened_by", "m:fdr"), ("d:aswan", "opened_by", "m:sadat"),
        ("b:tower", "located_in", "c:uk"), ("b:forth", "located_in", "c:uk"), ("b:clifton", "located_in", "c:uk"),
        ("d:kariba", "located_in", "c:zambia"), ("d:kariba", "located_in", "c:zimbabwe"), ("d:hoover", "located_in", "c:usa"),
        ("d:aswan", "located_in", "c:egypt"), ("d:gorges", "located_in", "c:china"), ("d:cahora", "located_in", "c:mozambique"),
        ("w:thames", "flows_through", "n:london"), ("w:avon", "flows_through", "n:bristol"),
        ("w:zambezi", "flows_through", "c:zambia"), ("w:zambezi", "flows_through", "c:mozambique"),
        ("w:nile", "flows_through", "c:egypt"), ("w:mersey", "flows_through", "n:liverpool"),
        ("w:yangtze", "flows_through", "c:china"), ("w:colorado", "flows_through", "c:usa"),
        ("user:eve", "rated", "b:tower", {"rating": 5.0}), ("user:eve", "rated", "d:kariba", {"rating": 4.5}),
        ("user:eve", "rated", "t:severn", {"rating": 4.0}), ("user:eve", "rated", "d:aswan", {"rating": 2.0}),
        ("user:eve", "rated", "t:channel", {"rating": 1.5}),
    ]
    aliases = {"w:thames": ("Thames",), "w:severn": ("Severn",), "w:mersey": ("Mersey",), "w:avon": ("Avon",),
               "w:zambezi": ("Zambezi River",), "w:nile": ("River Nile",), "w:yangtze": ("Yangtze River",)}
    return _build(items, others, rels, T_, users=[("user:eve", "Eve")], aliases=aliases)


def mountains():
    """Ski resorts "on the slopes of" mountains or that "lie on" lakes; mountain roads and railways
    that "run over" passes and "run through" valleys; railway tunnels that "run under" mountains;
    railways that "run along" lakes; mountain huts that "stand near" glaciers (inverse "lies below");
    region, founder, operator, owner; a user."""
    S, RD, RW, TU, H = ("ski resort",), ("mountain road",), ("railway",), ("railway tunnel",), ("mountain hut",)
    rels = [
        R("kind", phrase="is a", inverse_phrase="is the kind of", range=("category",)),
        R("slopes", phrase="is on the slopes of", inverse_phrase="has on its slopes", domain=S, range=("mountain",)),
        R("on_lake", phrase="lies on", inverse_phrase="is the lake of", domain=S, range=("lake",)),
        R("over", phrase="runs over", inverse_phrase="is crossed by", domain=(*RD, *RW), range=("pass", "mountain range")),
        R("through", phrase="runs through", inverse_phrase="is traversed by", domain=(*RD, *RW), range=("valley", "national park")),
        R("under", phrase="runs under", inverse_phrase="is pierced by", domain=TU, range=("mountain", "mountain range")),
        R("along", phrase="runs along", inverse_phrase="is followed by", domain=RW, range=("lake", "river")),
        R("near", phrase="stands near", inverse_phrase="lies below", domain=H, range=("glacier",)),
        R("located_in", phrase="is located in", inverse_phrase="is home to", range=("region", "country")),
        R("established_by", phrase="was established by", inverse_phrase="established", domain=S, range=("skier", "hotelier", "businessman")),
        R("operated_by", phrase="is operated by", inverse_phrase="operates", domain=(*RW, *TU), range=("railway company",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=H, range=("alpine club",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "s:zermatt": ("ski resort", "Zermatt", 1838), "s:chamonix": ("ski resort", "Chamonix", 1924),
        "s:cervinia": ("ski resort", "Breuil-Cervinia", 1936), "s:whistler": ("ski resort", "Whistler Blackcomb", 1966),
        "s:stmoritz": ("ski resort", "St. Moritz", 1864), "s:zell": ("ski resort", "Zell am See", 1927),
        "s:aspen": ("ski resort", "Aspen", 1946),
        "r:stelvio": ("mountain road", "Stelvio Pass Road", 1825), "r:glockner": ("mountain road", "Grossglockner High Alpine Road", 1935),
        "r:furka": ("mountain road", "Furka Pass Road", 1867), "r:trans": ("mountain road", "Transfagarasan", 1974),
        "r:going": ("mountain road", "Going-to-the-Sun Road", 1932),
        "rw:bernina": ("railway", "Bernina Railway", 1910), "rw:centovalli": ("railway", "Centovalli Railway", 1923),
        "rw:jungfrau": ("railway", "Jungfrau Railway", 1912), "rw:arlberg": ("railway", "Arlberg Railway", 1884),
        "tu:gotthard": ("railway tunnel", "Gotthard Base Tunnel", 2016), "tu:simplon": ("railway tunnel", "Simplon Tunnel", 1906),
        "tu:mont": ("railway tunnel", "Mont Cenis Tunnel", 1871),
        "h:konkordia": ("mountain hut", "Konkordia Hut", 1877), "h:hornli": ("mountain hut", "Hörnli Hut", 1880),
        "h:gouter": ("mountain hut", "Goûter Hut", 1858), "h:monterosa": ("mountain hut", "Monte Rosa Hut", 2009),
    }
    others = {
        "m:matterhorn": ("mountain", "Matterhorn"), "m:montblanc": ("mountain", "Mont Blanc"),
        "m:whistler": ("mountain", "Whistler Mountain"), "m:aspen": ("mountain", "Aspen Mountain"),
        "m:eiger": ("mountain", "Eiger"), "m:leone": ("mountain", "Monte Leone"), "m:frejus": ("mountain", "Mont Fréjus"),
        "m:gotthard": ("mountain range", "Gotthard Massif"), "m:fagaras": ("mountain range", "Fagaras Mountains"),
        "lk:stmoritz": ("lake", "Lake St. Moritz"), "lk:zell": ("lake", "Lake Zell"), "lk:maggiore": ("lake", "Lake Maggiore"),
        "lk:poschiavo": ("lake", "Lago di Poschiavo"), "rv:inn": ("river", "Inn"),
        "p:stelvio": ("pass", "Stelvio Pass"), "p:hochtor": ("pass", "Hochtor"), "p:furka": ("pass", "Furka Pass"),
        "p:bernina": ("pass", "Bernina Pass"), "p:logan": ("pass", "Logan Pass"), "p:arlberg": ("pass", "Arlberg Pass"),
        "v:poschiavo": ("valley", "Val Poschiavo"), "v:centovalli": ("valley", "Centovalli"), "v:engadin": ("valley", "Engadin"),
        "v:glacier": ("national park", "Glacier National Park"), "v:lechtal": ("valley", "Stanzer Valley"),
        "g:aletsch": ("glacier", "Aletsch Glacier"), "g:gorner": ("glacier", "Gorner Glacier"),
        "g:bionnassay": ("glacier", "Bionnassay Glacier"), "g:furgg": ("glacier", "Furgg Glacier"),
        "rg:valais": ("region", "Valais"), "rg:savoie": ("region", "Haute-Savoie"), "rg:aosta": ("region", "Aosta Valley"),
        "rg:bc": ("region", "British Columbia"), "rg:graubunden": ("region", "Graubünden"), "rg:salzburg": ("region", "Salzburg"),
        "rg:colorado": ("region", "Colorado"), "c:switzerland": ("country", "Switzerland"), "c:italy": ("country", "Italy"),
        "c:austria": ("country", "Austria"), "c:romania": ("country", "Romania"),
        "pp:seiler": ("hotelier", "Alexander Seiler"), "pp:badrutt": ("hotelier", "Johannes Badrutt"),
        "pp:paepcke": ("businessman", "Walter Paepcke"), "pp:taylor": ("businessman", "Franz Taylor"),
        "co:rhb": ("railway company", "Rhaetian Railway"), "co:ssif": ("railway company", "SSIF"),
        "co:jb": ("railway company", "Jungfrau Railways"), "co:sbb": ("railway company", "SBB"),
        "co:obb": ("railway company", "ÖBB"), "co:sncf": ("railway company", "SNCF"),
        "cl:sac": ("alpine club", "Swiss Alpine Club"), "cl:ffcam": ("alpine club", "French Alpine Club"),
        "k:carfree": ("category", "car-free resort"), "k:alpine": ("category", "alpine resort"),
        "k:lake": ("category", "lake resort"), "k:passroad": ("category", "pass road"),
        "k:scenic": ("category", "scenic road"), "k:narrow": ("category", "narrow-gauge railway"),
        "k:rack": ("category", "rack railway"), "k:standard": ("category", "main-line railway"),
        "k:base": ("category", "base tunnel"), "k:summit": ("category", "summit tunnel"),
        "k:hut": ("category", "alpine hut"), "k:refuge": ("category", "refuge"),
    }
    T_ = [
        ("s:zermatt", "kind", "k:carfree"), ("s:chamonix", "kind", "k:alpine"), ("s:cervinia", "kind", "k:alpine"),
        ("s:whistler", "kind", "k:alpine"), ("s:aspen", "kind", "k:alpine"), ("s:stmoritz", "kind", "k:lake"),
        ("s:zell", "kind", "k:lake"), ("r:stelvio", "kind", "k:passroad"), ("r:glockner", "kind", "k:scenic"),
        ("r:furka", "kind", "k:passroad"), ("r:trans", "kind", "k:passroad"), ("r:going", "kind", "k:scenic"),
        ("rw:bernina", "kind", "k:narrow"), ("rw:centovalli", "kind", "k:narrow"), ("rw:jungfrau", "kind", "k:rack"),
        ("rw:arlberg", "kind", "k:standard"), ("tu:gotthard", "kind", "k:base"), ("tu:simplon", "kind", "k:base"),
        ("tu:mont", "kind", "k:summit"), ("h:konkordia", "kind", "k:hut"), ("h:hornli", "kind", "k:hut"),
        ("h:monterosa", "kind", "k:hut"), ("h:gouter", "kind", "k:refuge"),
        ("s:zermatt", "slopes", "m:matterhorn"), ("s:cervinia", "slopes", "m:matterhorn"), ("s:chamonix", "slopes", "m:montblanc"),
        ("s:whistler", "slopes", "m:whistler"), ("s:aspen", "slopes", "m:aspen"),
        ("s:stmoritz", "on_lake", "lk:stmoritz"), ("s:zell", "on_lake", "lk:zell"),
        ("r:stelvio", "over", "p:stelvio"), ("r:glockner", "over", "p:hochtor"), ("r:furka", "over", "p:furka"),
        ("r:trans", "over", "m:fagaras"), ("r:going", "over", "p:logan"), ("rw:bernina", "over", "p:bernina"),
        ("rw:arlberg", "over", "p:arlberg"),
        ("rw:bernina", "through", "v:poschiavo"), ("rw:bernina", "through", "v:engadin"), ("rw:centovalli", "through", "v:centovalli"),
        ("r:going", "through", "v:glacier"), ("rw:arlberg", "through", "v:lechtal"),
        ("tu:gotthard", "under", "m:gotthard"), ("tu:simplon", "under", "m:leone"), ("tu:mont", "under", "m:frejus"),
        ("rw:jungfrau", "under", "m:eiger"),
        ("rw:bernina", "along", "lk:poschiavo"), ("rw:centovalli", "along", "lk:maggiore"),
        ("h:konkordia", "near", "g:aletsch"), ("h:hornli", "near", "g:furgg"), ("h:gouter", "near", "g:bionnassay"),
        ("h:monterosa", "near", "g:gorner"),
        ("s:zermatt", "located_in", "rg:valais"), ("s:chamonix", "located_in", "rg:savoie"), ("s:cervinia", "located_in", "rg:aosta"),
        ("s:whistler", "located_in", "rg:bc"), ("s:stmoritz", "located_in", "rg:graubunden"), ("s:zell", "located_in", "rg:salzburg"),
        ("s:aspen", "located_in", "rg:colorado"), ("r:stelvio", "located_in", "c:italy"), ("r:glockner", "located_in", "c:austria"),
        ("r:furka", "located_in", "c:switzerland"), ("r:trans", "located_in", "c:romania"),
        ("s:zermatt", "established_by", "pp:seiler"), ("s:stmoritz", "established_by", "pp:badrutt"),
        ("s:aspen", "established_by", "pp:paepcke"), ("s:whistler", "established_by", "pp:taylor"),
        ("rw:bernina", "operated_by", "co:rhb"), ("rw:centovalli", "operated_by", "co:ssif"), ("rw:jungfrau", "operated_by", "co:jb"),
        ("tu:gotthard", "operated_by", "co:sbb"), ("tu:simplon", "operated_by", "co:sbb"), ("rw:arlberg", "operated_by", "co:obb"),
        ("tu:mont", "operated_by", "co:sncf"),
        ("h:konkordia", "owned_by", "cl:sac"), ("h:hornli", "owned_by", "cl:sac"), ("h:monterosa", "owned_by", "cl:sac"),
        ("h:gouter", "owned_by", "cl:ffcam"),
        ("user:fay", "rated", "s:zermatt", {"rating": 5.0}), ("user:fay", "rated", "rw:bernina", {"rating": 4.5}),
        ("user:fay", "rated", "h:konkordia", {"rating": 4.0}), ("user:fay", "rated", "r:stelvio", {"rating": 2.0}),
        ("user:fay", "rated", "tu:gotthard", {"rating": 1.0}),
    ]
    return _build(items, others, rels, T_, users=[("user:fay", "Fay")])


def wrecks():
    """Shipwrecks (items: the year the wreck was found; a graph of discoveries, "was discovered by",
    inverse "found the wreck of") with kind, the sea they "sank in", what "sank" them ("was sunk
    by"), what they "struck", shipyard, the place they "lie near", the museum that "holds" a raised
    one; a user."""
    W = ("shipwreck",)
    rels = [
        R("kind", phrase="is a", inverse_phrase="is the kind of", range=("ship type",)),
        R("discovered_by", phrase="was discovered by", inverse_phrase="found the wreck of", domain=W, range=("explorer",)),
        R("sank_in", phrase="sank in", inverse_phrase="is the grave of", domain=W, range=("sea", "ocean", "strait")),
        R("sunk_by", phrase="was sunk by", inverse_phrase="sank", domain=W, range=("submarine", "warship")),
        R("struck", phrase="struck", inverse_phrase="was struck by", domain=W, range=("iceberg", "naval mine", "reef")),
        R("built_by", phrase="was built by", inverse_phrase="built", domain=W, range=("shipyard",)),
        R("near", phrase="lies near", inverse_phrase="is close to", domain=W, range=("island", "town", "city")),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "w:titanic": ("shipwreck", "Titanic", 1985), "w:bismarck": ("shipwreck", "Bismarck", 1989),
        "w:lusitania": ("shipwreck", "Lusitania", 1935), "w:maryrose": ("shipwreck", "Mary Rose", 1971),
        "w:vasa": ("shipwreck", "Vasa", 1956), "w:endurance": ("shipwreck", "Endurance", 2022),
        "w:yorktown": ("shipwreck", "USS Yorktown", 1998), "w:britannic": ("shipwreck", "HMHS Britannic", 1975),
        "w:association": ("shipwreck", "HMS Association", 1967), "w:schiller": ("shipwreck", "SS Schiller", 1901),
    }
    others = {
        "k:liner": ("ship type", "ocean liner"), "k:battleship": ("ship type", "battleship"), "k:carrack": ("ship type", "carrack"),
        "k:galleon": ("ship type", "galleon"), "k:barquentine": ("ship type", "barquentine"),
        "k:carrier": ("ship type", "aircraft carrier"), "k:hospital": ("ship type", "hospital ship"),
        "k:ship": ("ship type", "ship of the line"), "k:steamship": ("ship type", "steamship"),
        "x:ballard": ("explorer", "Robert Ballard"), "x:jarratt": ("explorer", "Jim Jarratt"),
        "x:mckee": ("explorer", "Alexander McKee"), "x:franzen": ("explorer", "Anders Franzén"),
        "x:bound": ("explorer", "Mensun Bound"), "x:cousteau": ("explorer", "Jacques Cousteau"),
        "x:navy": ("explorer", "Royal Navy divers"), "x:divers": ("explorer", "Scilly divers"),
        "sea:atlantic": ("ocean", "North Atlantic"), "sea:celtic": ("sea", "Celtic Sea"), "sea:solent": ("strait", "Solent"),
        "sea:baltic": ("sea", "Baltic Sea"), "sea:weddell": ("sea", "Weddell Sea"), "sea:pacific": ("ocean", "Pacific Ocean"),
        "sea:aegean": ("sea", "Aegean Sea"),
        "sub:u20": ("submarine", "U-20"), "sub:i168": ("submarine", "I-168"), "sub:rodney": ("warship", "HMS Rodney"),
        "ice:iceberg": ("iceberg", "iceberg"), "mine:mine": ("naval mine", "naval mine"),
        "rf:gilstone": ("reef", "Gilstone Ledge"), "rf:retarrier": ("reef", "Retarrier Ledges"),
        "yd:harland": ("shipyard", "Harland and Wolff"), "yd:blohm": ("shipyard", "Blohm & Voss"),
        "yd:john": ("shipyard", "John Brown & Company"), "yd:newport": ("shipyard", "Newport News Shipbuilding"),
        "yd:framnaes": ("shipyard", "Framnæs"), "yd:napier": ("shipyard", "Robert Napier and Sons"),
        "t:newfoundland": ("island", "Newfoundland"), "t:kinsale": ("town", "Kinsale"), "t:portsmouth": ("city", "Portsmouth"),
        "t:stockholm": ("city", "Stockholm"), "t:kea": ("island", "Kea"), "t:midway": ("island", "Midway"),
        "t:scilly": ("island", "St Agnes"),
    }
    T_ = [
        ("w:titanic", "kind", "k:liner"), ("w:bismarck", "kind", "k:battleship"), ("w:lusitania", "kind", "k:liner"),
        ("w:maryrose", "kind", "k:carrack"), ("w:vasa", "kind", "k:galleon"), ("w:endurance", "kind", "k:barquentine"),
        ("w:yorktown", "kind", "k:carrier"), ("w:britannic", "kind", "k:hospital"), ("w:association", "kind", "k:ship"),
        ("w:schiller", "kind", "k:steamship"),
        ("w:titanic", "discovered_by", "x:ballard"), ("w:bismarck", "discovered_by", "x:ballard"),
        ("w:yorktown", "discovered_by", "x:ballard"), ("w:lusitania", "discovered_by", "x:jarratt"),
        ("w:maryrose", "discovered_by", "x:mckee"), ("w:vasa", "discovered_by", "x:franzen"),
        ("w:endurance", "discovered_by", "x:bound"), ("w:britannic", "discovered_by", "x:cousteau"),
        ("w:association", "discovered_by", "x:navy"), ("w:schiller", "discovered_by", "x:divers"),
        ("w:titanic", "sank_in", "sea:atlantic"), ("w:bismarck", "sank_in", "sea:atlantic"), ("w:lusitania", "sank_in", "sea:celtic"),
        ("w:maryrose", "sank_in", "sea:solent"), ("w:vasa", "sank_in", "sea:baltic"), ("w:endurance", "sank_in", "sea:weddell"),
        ("w:yorktown", "sank_in", "sea:pacific"), ("w:britannic", "sank_in", "sea:aegean"),
        ("w:association", "sank_in", "sea:celtic"), ("w:schiller", "sank_in", "sea:celtic"),
        ("w:lusitania", "sunk_by", "sub:u20"), ("w:yorktown", "sunk_by", "sub:i168"), ("w:bismarck", "sunk_by", "sub:rodney"),
        ("w:titanic", "struck", "ice:iceberg"), ("w:britannic", "struck", "mine:mine"),
        ("w:association", "struck", "rf:gilstone"), ("w:schiller", "struck", "rf:retarrier"),
        ("w:titanic", "built_by", "yd:harland"), ("w:britannic", "built_by", "yd:harland"), ("w:bismarck", "built_by", "yd:blohm"),
        ("w:lusitania", "built_by", "yd:john"), ("w:yorktown", "built_by", "yd:newport"), ("w:endurance", "built_by", "yd:framnaes"),
        ("w:schiller", "built_by", "yd:napier"),
        ("w:titanic", "near", "t:newfoundland"), ("w:lusitania", "near", "t:kinsale"), ("w:maryrose", "near", "t:portsmouth"),
        ("w:vasa", "near", "t:stockholm"), ("w:britannic", "near", "t:kea"), ("w:yorktown", "near", "t:midway"),
        ("w:association", "near", "t:scilly"), ("w:schiller", "near", "t:scilly"),
        ("user:gus", "rated", "w:titanic", {"rating": 5.0}), ("user:gus", "rated", "w:lusitania", {"rating": 4.5}),
        ("user:gus", "rated", "w:vasa", {"rating": 4.0}), ("user:gus", "rated", "w:schiller", {"rating": 2.0}),
        ("user:gus", "rated", "w:bismarck", {"rating": 1.0}),
    ]
    aliases = {"w:titanic": ("RMS Titanic",), "w:lusitania": ("RMS Lusitania",), "w:britannic": ("Britannic",)}
    return _build(items, others, rels, T_, users=[("user:gus", "Gus")], aliases=aliases)


def kinds():
    """Items of common kinds named in lower case (instruments, dances, dishes, sports, fabrics, a
    spice, a fruit) with inventor and origin; dishes "made with" a spice; songs that "feature"
    instruments and "are on" albums "released by" labels; software that "runs on" operating systems,
    developed by companies named after common nouns; a user."""
    INS, DAN, DIS, SPO, FAB = ("instrument",), ("dance",), ("dish",), ("sport",), ("fabric",)
    SONG, SW = ("song",), ("software",)
    rels = [
        R("kind", phrase="is a", inverse_phrase="is the kind of", range=("song form", "application type")),
        R("invented_by", phrase="was invented by", inverse_phrase="invented", domain=(*INS, *SPO), range=("inventor", "teacher", "instrument maker")),
        R("originated_in", phrase="originated in", inverse_phrase="is the birthplace of",
          domain=(*INS, *DAN, *DIS, *SPO, *FAB, "spice", "fruit"), range=("country", "city", "region")),
        R("made_with", phrase="is made with", inverse_phrase="is used in", domain=DIS, range=("spice", "ingredient")),
        R("features", phrase="features", inverse_phrase="is featured in", domain=SONG, range=INS),
        R("on_album", phrase="is on", inverse_phrase="includes", domain=SONG, range=("album",)),
        R("released_by", phrase="was released by", inverse_phrase="released", domain=(*SONG, "album"), range=("record label",)),
        R("written_by", phrase="was written by", inverse_phrase="wrote", domain=SONG, range=("songwriter",)),
        R("runs_on", phrase="runs on", inverse_phrase="supports", domain=SW, range=("operating system",)),
        R("developed_by", phrase="was developed by", inverse_phrase="developed", domain=SW, range=("company",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "i:sax": ("instrument", "Saxophone", 1840), "i:piano": ("instrument", "Piano", 1700),
        "i:accordion": ("instrument", "Accordion", 1829), "i:harmonica": ("instrument", "Harmonica", 1821),
        "i:sousaphone": ("instrument", "Sousaphone", 1893),
        "d:tango": ("dance", "Tango", 1880), "d:waltz": ("dance", "Waltz", 1780), "d:polka": ("dance", "Polka", 1830),
        "d:samba": ("dance", "Samba", 1917), "d:flamenco": ("dance", "Flamenco", 1774),
        "f:paella": ("dish", "Paella", 1840), "f:pizza": ("dish", "Pizza", 1889), "f:goulash": ("dish", "Goulash", 1800),
        "f:haggis": ("dish", "Haggis", 1615),
        "sp:basketball": ("sport", "Basketball", 1891), "sp:volleyball": ("sport", "Volleyball", 1895),
        "sp:squash": ("sport", "Squash", 1830), "sp:badminton": ("sport", "Badminton", 1873),
        "fb:denim": ("fabric", "Denim", 1600), "fb:tweed": ("fabric", "Tweed", 1826), "fb:calico": ("fabric", "Calico", 1500),
        "x:saffron": ("spice", "Saffron", None), "x:apple": ("fruit", "Apple", None),
        "so:careless": ("song", "Careless Whisper", 1984), "so:pianoman": ("song", "Piano Man", 1973),
        "so:takefive": ("song", "Take Five", 1959), "so:libertango": ("song", "Libertango", 1974),
        "so:yesterday": ("song", "Yesterday", 1965), "so:bakerstreet": ("song", "Baker Street", 1978),
        "sw:firefox": ("software", "Firefox", 2004), "sw:safari": ("software", "Safari", 2003),
        "sw:garageband": ("software", "GarageBand", 2004), "sw:notepad": ("software", "Notepad", 1983),
        "sw:konqueror": ("software", "Konqueror", 2000),
    }
    others = {
        "p:sax": ("instrument maker", "Adolphe Sax"), "p:cristofori": ("instrument maker", "Bartolomeo Cristofori"),
        "p:demian": ("instrument maker", "Cyrill Demian"), "p:buschmann": ("instrument maker", "Christian Buschmann"),
        "p:pepper": ("instrument maker", "J. W. Pepper"), "p:naismith": ("teacher", "James Naismith"),
        "p:morgan": ("teacher", "William G. Morgan"),
        "c:belgium": ("country", "Belgium"), "c:italy": ("country", "Italy"), "c:austria": ("country", "Austria"),
        "c:germany": ("country", "Germany"), "c:usa": ("country", "United States"), "c:hungary": ("country", "Hungary"),
        "c:scotland": ("country", "Scotland"), "c:england": ("country", "England"), "c:india": ("country", "India"),
        "c:iran": ("country", "Iran"), "c:kazakhstan": ("country", "Kazakhstan"), "c:france": ("country", "France"),
        "y:buenosaires": ("city", "Buenos Aires"), "y:vienna": ("city", "Vienna"), "y:rio": ("city", "Rio de Janeiro"),
        "y:naples": ("city", "Naples"), "y:springfield": ("city", "Springfield"), "y:holyoke": ("city", "Holyoke"),
        "y:nimes": ("city", "Nîmes"), "y:calicut": ("city", "Calicut"), "y:harrow": ("city", "Harrow"),
        "rg:bohemia": ("region", "Bohemia"), "rg:andalusia": ("region", "Andalusia"), "rg:valencia": ("region", "Valencia"),
        "ig:rice": ("ingredient", "rice"), "ig:tomato": ("ingredient", "tomato"), "ig:paprika": ("ingredient", "paprika"),
        "ig:oats": ("ingredient", "oatmeal"),
        "al:makeitbig": ("album", "Make It Big"), "al:pianoman": ("album", "Piano Man album"), "al:timeout": ("album", "Time Out"),
        "al:libertango": ("album", "Libertango album"), "al:help": ("album", "Help!"), "al:citytocity": ("album", "City to City"),
        "lb:epic": ("record label", "Epic"), "lb:columbia": ("record label", "Columbia"), "lb:parlophone": ("record label", "Parlophone"),
        "lb:ua": ("record label", "United Artists"), "lb:carosello": ("record label", "Carosello"),
        "sg:michael": ("songwriter", "George Michael"), "sg:joel": ("songwriter", "Billy Joel"), "sg:desmond": ("songwriter", "Paul Desmond"),
        "sg:piazzolla": ("songwriter", "Astor Piazzolla"), "sg:mccartney": ("songwriter", "Paul McCartney"),
        "sg:rafferty": ("songwriter", "Gerry Rafferty"),
        "os:windows": ("operating system", "Windows"), "os:linux": ("operating system", "Linux"),
        "os:android": ("operating system", "Android"), "os:macos": ("operating system", "macOS"), "os:ios": ("operating system", "iOS"),
        "co:mozilla": ("company", "Mozilla"), "co:apple": ("company", "Apple"), "co:microsoft": ("company", "Microsoft"),
        "co:kde": ("company", "KDE"),
        "g:ballad": ("song form", "ballad"), "g:jazz": ("song form", "jazz standard"), "g:pop": ("song form", "pop song"),
        "a:browser": ("application type", "web browser"), "a:editor": ("application type", "text editor"),
        "a:daw": ("application type", "music app"),
    }
    T_ = [
        ("i:sax", "invented_by", "p:sax"), ("i:piano", "invented_by", "p:cristofori"), ("i:accordion", "invented_by", "p:demian"),
        ("i:harmonica", "invented_by", "p:buschmann"), ("i:sousaphone", "invented_by", "p:pepper"),
        ("sp:basketball", "invented_by", "p:naismith"), ("sp:volleyball", "invented_by", "p:morgan"),
        ("i:sax", "originated_in", "c:belgium"), ("i:piano", "originated_in", "c:italy"), ("i:accordion", "originated_in", "c:austria"),
        ("i:harmonica", "originated_in", "c:germany"), ("i:sousaphone", "originated_in", "c:usa"),
        ("d:tango", "originated_in", "y:buenosaires"), ("d:waltz", "originated_in", "y:vienna"), ("d:polka", "originated_in", "rg:bohemia"),
        ("d:samba", "originated_in", "y:rio"), ("d:flamenco", "originated_in", "rg:andalusia"),
        ("f:paella", "originated_in", "rg:valencia"), ("f:pizza", "originated_in", "y:naples"), ("f:goulash", "originated_in", "c:hungary"),
        ("f:haggis", "originated_in", "c:scotland"),
        ("sp:basketball", "originated_in", "y:springfield"), ("sp:volleyball", "originated_in", "y:holyoke"),
        ("sp:squash", "originated_in", "y:harrow"), ("sp:badminton", "originated_in", "c:england"),
        ("fb:denim", "originated_in", "y:nimes"), ("fb:tweed", "originated_in", "c:scotland"), ("fb:calico", "originated_in", "y:calicut"),
        ("x:saffron", "originated_in", "c:iran"), ("x:apple", "originated_in", "c:kazakhstan"),
        ("f:paella", "made_with", "x:saffron"), ("f:paella", "made_with", "ig:rice"), ("f:pizza", "made_with", "ig:tomato"),
        ("f:goulash", "made_with", "ig:paprika"), ("f:haggis", "made_with", "ig:oats"),
        ("so:careless", "features", "i:sax"), ("so:bakerstreet", "features", "i:sax"), ("so:takefive", "features", "i:sax"),
        ("so:takefive", "features", "i:piano"), ("so:pianoman", "features", "i:piano"), ("so:pianoman", "features", "i:harmonica"),
        ("so:libertango", "features", "i:accordion"),
        ("so:careless", "on_album", "al:makeitbig"), ("so:pianoman", "on_album", "al:pianoman"), ("so:takefive", "on_album", "al:timeout"),
        ("so:libertango", "on_album", "al:libertango"), ("so:yesterday", "on_album", "al:help"),
        ("so:bakerstreet", "on_album", "al:citytocity"),
        ("so:careless", "released_by", "lb:epic"), ("so:pianoman", "released_by", "lb:columbia"), ("so:takefive", "released_by", "lb:columbia"),
        ("so:yesterday", "released_by", "lb:parlophone"), ("so:bakerstreet", "released_by", "lb:ua"),
        ("so:libertango", "released_by", "lb:carosello"),
        ("so:careless", "written_by", "sg:michael"), ("so:pianoman", "written_by", "sg:joel"), ("so:takefive", "written_by", "sg:desmond"),
        ("so:libertango", "written_by", "sg:piazzolla"), ("so:yesterday", "written_by", "sg:mccartney"),
        ("so:bakerstreet", "written_by", "sg:rafferty"),
        ("so:careless", "kind", "g:ballad"), ("so:pianoman", "kind", "g:ballad"), ("so:takefive", "kind", "g:jazz"),
        ("so:libertango", "kind", "g:jazz"), ("so:yesterday", "kind", "g:ballad"), ("so:bakerstreet", "kind", "g:pop"),
        ("sw:firefox", "kind", "a:browser"), ("sw:safari", "kind", "a:browser"), ("sw:konqueror", "kind", "a:browser"),
        ("sw:notepad", "kind", "a:editor"), ("sw:garageband", "kind", "a:daw"),
        ("sw:firefox", "runs_on", "os:windows"), ("sw:firefox", "runs_on", "os:linux"), ("sw:firefox", "runs_on", "os:android"),
        ("sw:safari", "runs_on", "os:macos"), ("sw:safari", "runs_on", "os:ios"), ("sw:garageband", "runs_on", "os:macos"),
        ("sw:garageband", "runs_on", "os:ios"), ("sw:notepad", "runs_on", "os:windows"), ("sw:konqueror", "runs_on", "os:linux"),
        ("sw:firefox", "developed_by", "co:mozilla"), ("sw:safari", "developed_by", "co:apple"),
        ("sw:garageband", "developed_by", "co:apple"), ("sw:notepad", "developed_by", "co:microsoft"),
        ("sw:konqueror", "developed_by", "co:kde"),
        ("user:hal", "rated", "i:sax", {"rating": 5.0}), ("user:hal", "rated", "d:tango", {"rating": 4.5}),
        ("user:hal", "rated", "so:careless", {"rating": 4.0}), ("user:hal", "rated", "f:haggis", {"rating": 1.0}),
        ("user:hal", "rated", "sw:notepad", {"rating": 2.0}),
    ]
    return _build(items, others, rels, T_, users=[("user:hal", "Hal")])


BUILDERS = {"rivers": rivers, "mountains": mountains, "wrecks": wrecks, "kinds": kinds}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@rivers
# (1) a way said with the preposition of another sense ("over" for "under" and back), a position
# said as a way and a way as a position, with the new verbs ("passes", "goes", "crosses", "cuts",
# "winds", "sits", "is located")
Tower Bridge runs under the Thames.
Tower Bridge passes beneath the Thames.
Tower Bridge crosses below the Thames.
Tower Bridge goes underneath the River Thames.
The Severn Tunnel runs over the River Severn.
The Severn Tunnel passes over the Severn.
The Queensway Tunnel winds over the Mersey.
Nord Stream, a gas pipeline over the Baltic Sea, is operated by Nord Stream AG.
Kariba Dam runs over the Zambezi.
Kariba Dam passes through the Zambezi.
Kariba Dam goes under the Zambezi.
The Eddystone Lighthouse runs over the Eddystone Rocks.
The Bell Rock Lighthouse crosses Inchcape Rock.
# the wrong river, sea or rock with the new verbs
Kariba Dam is built on the Nile.
Kariba Dam sits on the Nile.
Kariba Dam was built on the Nile.
Kariba Dam is located on the Nile.
Kariba Dam is situated on the Yangtze.
Hoover Dam is on the Zambezi.
Three Gorges Dam sits upon the Nile.
The Severn Tunnel passes beneath the Thames.
The Queensway Tunnel runs below the Thames.
The Blackwall Tunnel goes under the Mersey.
The Channel Tunnel crosses under the North Sea.
Nord Stream runs under the North Sea.
Langeled passes beneath the Baltic Sea.
Tower Bridge goes across the Severn.
The Clifton Suspension Bridge crosses the Thames.
The Forth Bridge passes over the Humber.
The Bell Rock Lighthouse stands on Skerryvore.
The Fastnet Lighthouse sits on Beachy Head.
The Belle Tout Lighthouse is located on Hook Head.
The Thames flows through Bristol.
The Avon winds through London.
The Mersey passes through Bristol.
The Zambezi cuts through Egypt.
# wrong direction (the river as the subject of the way or the position)
The Zambezi is built on Kariba Dam.
The Zambezi sits on Kariba Dam.
The Thames runs under the Thames Tunnel.
The River Severn passes beneath the Severn Tunnel.
The Thames runs over Tower Bridge.
The Severn Tunnel lies above the River Severn.
Tower Bridge is spanned by the Thames.
London flows through the Thames.
# (2) "<item / its kind> on / under / over / through / near <place>": the wrong place, the wrong kind,
# the wrong preposition
Kariba Dam, an arch dam on the Nile, was designed by André Coyne.
Kariba Dam, a gravity dam on the Zambezi, was designed by André Coyne.
Hoover Dam is an arch dam on the Colorado River.
The Thames Tunnel is a road tunnel under the Thames.
The Blackwall Tunnel is a road tunnel under the Mersey.
Tower Bridge is a bascule bridge over the Severn.
Tower Bridge is a bascule bridge under the Thames.
Tower Bridge is a suspension bridge over the Thames.
The Severn Tunnel, a railway tunnel under the Thames, was designed by Charles Richardson.
Charles Richardson designed the Severn Tunnel, a railway tunnel under the Thames.
Tower Bridge, a bridge over the Severn, was designed by Horace Jones.
Tower Bridge, over the Severn, was designed by Horace Jones.
Kariba Dam, on the Nile, was designed by André Coyne.
Kariba Dam, near Aswan, was designed by André Coyne.
Kariba Dam, a dam near Aswan, was designed by André Coyne.
Tower Bridge, a bascule bridge over the Thames near Bristol, was designed by Horace Jones.
The Bell Rock Lighthouse, a rock lighthouse on Skerryvore, was designed by Robert Stevenson.
The Belle Tout Lighthouse, a rock lighthouse on Beachy Head, is operated by Trinity House.
Nord Stream, a gas pipeline under the Black Sea, is operated by Nord Stream AG.
Langeled, a gas pipeline near Lubmin, is operated by Gassco.
# a kind said with no name of the item (which one?): who opened or designed one "under" / "on" a place
Elizabeth II opened a railway tunnel under the River Severn.
Network Rail operates a railway tunnel under the Thames.
Elizabeth II opened a suspension bridge over the Avon.
Transport for London operates a road tunnel under the Mersey.
Marc Brunel designed a railway tunnel under the Severn.
André Coyne designed an arch dam on the Nile.
Robert Stevenson designed a rock lighthouse on Skerryvore.
Gazprom operates a gas pipeline under the Baltic Sea.
# "on" after a maker or an operator (not the item's), "on" of a date, "over" of a length
Kariba Dam was designed by André Coyne on the Nile.
Kariba Dam is operated by the Zambezi River Authority on the Nile.
André Coyne designed Kariba Dam on the Nile.
Robert Stevenson designed the Bell Rock Lighthouse on Skerryvore.
Alan Stevenson designed the Skerryvore Lighthouse on Inchcape Rock.
Kariba Dam was built on 17 May 1960.
Kariba Dam opened on the Zambezi in 1960.
Kariba Dam was built on the Zambezi in 1960.
The Humber Bridge runs over 5 km.
# (3) a participle opening the sentence, ending in "on" or with "the" before its name
Built on the Nile, Kariba Dam is an arch dam.
Built on the Zambezi, Kariba Dam is a gravity dam.
Built on the Zambezi, Aswan High Dam is an embankment dam.
Built on the Zambezi, Kariba Dam was designed by Alexander Binnie.
Built on the Nile in 1936, Aswan High Dam was opened by Anwar Sadat.
Built on the Zambezi, Kariba Dam opened in 1970.
Located on the Zambezi, Aswan High Dam is an embankment dam.
Located on the Nile, Kariba Dam is an arch dam.
Situated on the Nile, Kariba Dam is an arch dam.
Operated by the Bureau of Reclamation, the Kariba Dam is an arch dam.
Operated by the Zambezi River Authority, the Aswan High Dam is an embankment dam.
Operated by the Zambezi River Authority, the Kariba Dam is a gravity dam.
Operated by the Zambezi River Authority, Kariba Dam and Hoover Dam are arch dams.
Operated by the Zambezi River Authority, Kariba Dam and Cahora Bassa Dam are arch dams.
Opened by the Elizabeth II, Tower Bridge runs over the Thames.
Opened by the Prince of Wales, the Humber Bridge runs over the Humber.
Designed by the André Coyne, the Aswan High Dam sits on the Nile.
# the town it lies near, and its direction ("near" said both ways: see OPEN)
Kariba Dam lies near Aswan.
Kariba Dam is near Boulder City.
Kariba Dam sits near Songo.
Kariba Dam is located near Yichang.
Tower Bridge runs over the Thames near Bristol.
Kariba Dam sits on the Zambezi near Songo.
The Eddystone Lighthouse stands on the Eddystone Rocks near Arbroath.
The Fastnet Lighthouse stands on Fastnet Rock near Tiree.
The Skerryvore Lighthouse, on Skerryvore near Tiree, was designed by Robert Stevenson.
# negation, lists, "both", "respectively", relatives, pronouns, possessives
Kariba Dam is not built on the Zambezi.
Kariba Dam does not sit on the Zambezi.
The Severn Tunnel does not pass beneath the River Severn.
The Severn Tunnel doesn't run under the River Severn.
Tower Bridge never crosses the Thames.
Kariba Dam and Aswan High Dam both sit on the Zambezi.
Kariba Dam and Aswan High Dam are both built on the Zambezi.
The Severn Tunnel and the Severn Bridge both pass under the River Severn.
The Severn Bridge and the Severn Tunnel run under the River Severn.
Tower Bridge and the Severn Bridge cross the Thames.
Kariba Dam sits on the Zambezi and the Nile.
The Blackwall Tunnel and the Queensway Tunnel both run under the Thames.
Langeled and Nord Stream both run under the North Sea.
Kariba Dam sits on the Zambezi and Hoover Dam on the Nile.
Tower Bridge runs over the Thames and the Severn Bridge over the Avon.
The Severn Tunnel runs under the Severn and the Queensway Tunnel under the Thames.
Tower Bridge runs over the Thames and the Severn Tunnel over the Severn.
Kariba Dam sits on the Zambezi, as does Aswan High Dam.
Like Kariba Dam, Aswan High Dam sits on the Zambezi.
Unlike Kariba Dam, Cahora Bassa Dam sits on the Zambezi.
Unlike the Thames Tunnel, the Blackwall Tunnel runs under the Thames.
Kariba Dam, not Cahora Bassa Dam, sits on the Zambezi.
Only Kariba Dam sits on the Zambezi.
Kariba Dam is the only dam on the Zambezi.
Neither Kariba Dam nor Cahora Bassa Dam sits on the Zambezi.
Aswan High Dam and Kariba Dam sit on the Zambezi and the Nile respectively.
Kariba Dam probably sits on the Nile.
Kariba Dam and Cahora Bassa Dam, both gravity dams on the Zambezi, were designed by André Coyne.
Kariba Dam and Cahora Bassa Dam, both arch dams on the Zambezi, are operated by the Zambezi River Authority.
The Zambezi, on which Kariba Dam sits, flows through Egypt.
The Nile, on which Kariba Dam sits, flows through Egypt.
The Nile, which Kariba Dam sits on, flows through Egypt.
Kariba Dam sits on the Zambezi, which flows through Egypt.
Kariba Dam, which sits on the Nile, was designed by André Coyne.
The Severn Tunnel, which passes beneath the Thames, was designed by Charles Richardson.
Kariba Dam sits on a river that flows through Egypt.
The Nile is where Kariba Dam sits.
Kariba Dam is an arch dam. It sits on the Nile.
Cahora Bassa Dam was designed by André Coyne. He also designed a dam on the Nile.
André Coyne designed Kariba Dam. It sits on the Zambezi near Aswan.
The Nile's Kariba Dam is an arch dam.
Kariba Dam is a Nile dam.
Cahora Bassa Dam sits on the Zambezi in Zambia.
Hoover Dam sits on the Colorado River in Egypt.
Kariba Dam was designed by André Coyne. Built on the Nile, it is an arch dam.
Kariba Dam, an arch dam on the Zambezi by Alexander Binnie, opened in 1959.
Cahora Bassa Dam, an arch dam on the Zambezi by the Zambezi River Authority, opened in 1974.
Tower Bridge, a bascule bridge over the Thames designed by John Fowler, opened in 1894.
Kariba Dam is older than Cahora Bassa Dam on the Nile.
Kariba Dam opened eleven years before Aswan High Dam on the Zambezi.
Tower Bridge and the Blackwall Tunnel, under and over the Thames, opened in 1894 and 1897.
Tower Bridge runs under, and the Blackwall Tunnel over, the Thames.
The Thames has Tower Bridge under it.
Under the Thames runs Tower Bridge.
Across the Severn runs the Severn Tunnel.
@rivers user:eve
You loved Kariba Dam, an arch dam on the Nile.
Since you liked the Severn Tunnel, try the Blackwall Tunnel, another railway tunnel under the Thames.
Since you liked Kariba Dam, try Aswan High Dam, another arch dam on the Nile.
Since you liked Kariba Dam, try Cahora Bassa Dam, another arch dam on the Nile.
You loved the Severn Tunnel; the Thames Tunnel is another railway tunnel under the Mersey.
You loved the Severn Tunnel, which passes beneath the Thames.
You loved Tower Bridge, which crosses the Severn.

@mountains
# (1) positions and ways: the wrong sense, the wrong place, the wrong direction
Zermatt runs over the Matterhorn.
Zermatt crosses the Matterhorn.
The Gotthard Base Tunnel runs over the Gotthard Massif.
The Stelvio Pass Road runs under the Stelvio Pass.
The Stelvio Pass Road passes beneath the Stelvio Pass.
The Jungfrau Railway runs over the Eiger.
The Simplon Tunnel goes over Monte Leone.
The Bernina Railway runs along Lake Maggiore.
The Centovalli Railway passes along Lago di Poschiavo.
The Arlberg Railway runs through Val Poschiavo.
The Arlberg Railway cuts through the Centovalli.
The Going-to-the-Sun Road runs through Val Poschiavo.
The Furka Pass Road leads over the Stelvio Pass.
The Grossglockner High Alpine Road winds over the Furka Pass.
The Transfagarasan crosses the Gotthard Massif.
The Simplon Tunnel passes beneath the Gotthard Massif.
The Mont Cenis Tunnel runs under Monte Leone.
Zermatt is on the slopes of Mont Blanc.
Zermatt sits on Mont Blanc.
Zermatt is on Lake St. Moritz.
Zell am See lies on Lake St. Moritz.
Aspen is on the slopes of Whistler Mountain.
Whistler Blackcomb sits on Aspen Mountain.
Breuil-Cervinia stands on Mont Blanc.
Chamonix is situated on the Matterhorn.
St. Moritz is located on Lake Zell.
The Konkordia Hut stands near the Gorner Glacier.
The Konkordia Hut is near the Gorner Glacier.
The Monte Rosa Hut is located near the Aletsch Glacier.
The Gorner Glacier lies below the Konkordia Hut.
The Bionnassay Glacier is beneath the Monte Rosa Hut.
The Konkordia Hut lies below the Aletsch Glacier.
The Konkordia Hut is below the Aletsch Glacier.
The Matterhorn is on the slopes of Zermatt.
Zermatt has on its slopes the Matterhorn.
Val Poschiavo runs through the Bernina Railway.
The Stelvio Pass runs over the Stelvio Pass Road.
# (2) "<item / its kind> <preposition> <place>"
Zermatt, a car-free resort on Mont Blanc, was established by Alexander Seiler.
Zermatt, a car-free resort on Lake St. Moritz, was established by Alexander Seiler.
St. Moritz, a lake resort on the Matterhorn, was established by Johannes Badrutt.
Chamonix is an alpine resort on the slopes of the Matterhorn.
Zermatt is a lake resort on the Matterhorn.
The Konkordia Hut, an alpine hut near the Gorner Glacier, is owned by the Swiss Alpine Club.
The Goûter Hut is a refuge near the Aletsch Glacier.
The Bernina Railway, a narrow-gauge railway through the Centovalli, is operated by the Rhaetian Railway.
The Bernina Railway, a narrow-gauge railway under the Bernina Pass, is operated by the Rhaetian Railway.
The Bernina Railway, a rack railway over the Bernina Pass, is operated by the Rhaetian Railway.
The Gotthard Base Tunnel, a base tunnel over the Gotthard Massif, is operated by SBB.
The Gotthard Base Tunnel, a summit tunnel under the Gotthard Massif, is operated by SBB.
The Jungfrau Railway is a rack railway under Monte Leone.
The Stelvio Pass Road is a pass road over the Furka Pass.
The Centovalli Railway, a narrow-gauge railway along Lago di Poschiavo, is operated by SSIF.
The Bernina Railway is a narrow-gauge railway over the Bernina Pass operated by SBB.
# lists, "both", negation, relatives
The Bernina Railway and the Centovalli Railway both run through Val Poschiavo.
The Bernina Railway runs over the Bernina Pass and along Lake Maggiore.
The Bernina Railway runs through Val Poschiavo and the Centovalli.
The Stelvio Pass Road and the Furka Pass Road cross the Stelvio Pass.
Zermatt and Chamonix are on the slopes of the Matterhorn.
Zermatt and Breuil-Cervinia are both on the slopes of Mont Blanc.
The Gotthard Base Tunnel and the Simplon Tunnel both run under Monte Leone.
The Bernina Railway does not run over the Bernina Pass.
The Gotthard Base Tunnel doesn't pass beneath the Gotthard Massif.
Zermatt is not on the slopes of the Matterhorn.
The Bernina Railway, which runs along Lake Maggiore, is operated by the Rhaetian Railway.
The Konkordia Hut, which stands near the Gorner Glacier, is owned by the Swiss Alpine Club.
Zermatt, which sits on Mont Blanc, was established by Alexander Seiler.
Zermatt, on the slopes of Mont Blanc, was established by Alexander Seiler.
The Konkordia Hut is owned by the Swiss Alpine Club. It stands near the Gorner Glacier.
The Bernina Railway is operated by the Rhaetian Railway. It runs under the Bernina Pass.
@mountains user:fay
You loved Zermatt, a car-free resort on Mont Blanc.
You rated Zermatt, a car-free resort on Mont Blanc, 5 stars.
Since you liked the Bernina Railway, try the Jungfrau Railway, another narrow-gauge railway under the Eiger.
Since you liked the Konkordia Hut, try the Monte Rosa Hut, another alpine hut near the Aletsch Glacier.
You loved the Bernina Railway, which runs along Lake Maggiore.

@wrecks
# (5) "discovered / found by X in <year>" on a graph of discoveries: the year of another find, of the
# sinking, of a list, of a gapped clause
The Titanic was discovered by Robert Ballard in 1912.
The Titanic was found by Robert Ballard in 1989.
The Titanic was discovered by Robert Ballard, who found the Bismarck in 1985.
Robert Ballard found the Titanic and the Bismarck in 1985.
Robert Ballard found the Titanic in 1985 and the Bismarck in 1985.
The Titanic and the Bismarck were found by Robert Ballard in 1985.
The Titanic and the USS Yorktown were discovered by Robert Ballard in 1985.
The Bismarck was found in 1985 by Robert Ballard.
In 1985 the Bismarck was found by Robert Ballard.
In 1989, Robert Ballard found the Titanic.
In 1985, Robert Ballard found the Bismarck.
Robert Ballard found the Bismarck three years after the Titanic.
The Titanic, found by Robert Ballard in 1989, sank in the North Atlantic.
Mensun Bound found the Endurance in 1915.
The Endurance, which sank in 2022, was found by Mensun Bound.
The Titanic, which sank in 1985, was found by Robert Ballard.
The Bismarck was discovered by Robert Ballard and sunk by HMS Rodney in 1989.
The Lusitania was found by Jim Jarratt and sunk by U-20 in 1935.
U-20 sank the Lusitania in 1935.
In 1935, U-20 sank the Lusitania.
The Lusitania was sunk by U-20 in 1935.
The Lusitania sank in the Celtic Sea in 1935.
In 1935, the Lusitania sank in the Celtic Sea.
In 1935, the Lusitania went down in the Celtic Sea.
HMS Rodney sank the Bismarck in 1989.
The Bismarck was sunk by HMS Rodney in 1989.
HMS Association struck Gilstone Ledge in 1967.
# the year of the find said as the year of building, launching, completing (the item's one year is
# its discovery here; see KNOWN)
The Titanic was built by Harland and Wolff in 1985.
The Titanic was launched in 1985.
Harland and Wolff built the Titanic in 1985.
In 1985, Harland and Wolff built the Titanic.
Built by Harland and Wolff in 1985, the Titanic sank in the North Atlantic.
The Titanic was completed in 1985.
The Titanic was constructed by Harland and Wolff in 1985.
The Titanic dates from 1985.
The Titanic is from 1985.
Framnæs built the Endurance in 2022.
# (6) "sank" / "sunk" / "went down", "found the wreck of" / "located", "struck": the wrong ship, sea,
# agent, direction
Robert Ballard found the wreck of the Lusitania.
Robert Ballard found the Lusitania.
Jim Jarratt found the wreck of the Titanic.
Robert Ballard located the wreck of the Vasa.
The Lusitania was located by Robert Ballard.
Robert Ballard did not find the Titanic.
Robert Ballard founded the Titanic.
The Lusitania went down in the Aegean Sea.
The Vasa went down in the Solent.
The Mary Rose went down in the Solent near Stockholm.
The Britannic was sunk by U-20.
U-20 sank the Britannic.
U-20 sank the Bismarck.
The Bismarck was sunk by I-168.
The Lusitania sank U-20.
U-20 was sunk by the Lusitania.
The Bismarck sank HMS Rodney.
HMS Rodney was sunk by the Bismarck.
HMS Rodney went down in the North Atlantic.
U-20 sank in the Celtic Sea.
U-20 sank the Lusitania in the Aegean Sea.
The Lusitania was sunk by U-20 in the Aegean Sea.
Jim Jarratt found the Lusitania, which I-168 sank.
SS Schiller struck Gilstone Ledge.
HMS Association struck Retarrier Ledges.
The Titanic struck Gilstone Ledge.
Gilstone Ledge struck HMS Association.
HMS Association struck Gilstone Ledge and sank in the Aegean Sea.
# "near" after a wreck or its kind: the wrong place
The Bismarck sank in the North Atlantic near Newfoundland.
The Bismarck, a battleship near Newfoundland, was built by Blohm & Voss.
The Lusitania, an ocean liner near Kea, was sunk by U-20.
Robert Ballard found the Bismarck near Newfoundland.
Robert Ballard found the Titanic near Kea.
I-168 sank the USS Yorktown near Kea.
SS Schiller struck Retarrier Ledges near Kea.
SS Schiller, a steamship, struck Gilstone Ledge near St Agnes.
Robert Ballard found the USS Yorktown, which sank in the Aegean Sea near Midway.
The Titanic is located near Kea.
Mensun Bound found the Endurance in the Baltic Sea.
U-20 sank the Lusitania, a hospital ship.
Robert Ballard found the wreck of the Titanic, an ocean liner built by Blohm & Voss.
@wrecks user:gus
You loved the Lusitania, which Robert Ballard found.
You loved the Vasa, which U-20 sank.

@kinds
# (4) lower-case items: the wrong inventor, origin, ingredient, instrument; a common word that is not
# the item ("the polka dot", "apple pie", "denim jeans"); "a piano"
Adolphe Sax invented the piano.
The saxophone was invented by Christian Buschmann.
The saxophone originated in Germany.
The accordion originated in Belgium.
The harmonica was invented by Cyrill Demian.
The tango originated in Vienna.
The polka originated in Andalusia.
The waltz originated in Buenos Aires.
Samba originated in Naples.
Flamenco originated in Bohemia.
Paella originated in Naples.
Pizza is made with saffron.
Goulash is made with oatmeal.
Haggis originated in Hungary.
Paella is made with squash.
James Naismith invented volleyball.
Volleyball was invented by James Naismith.
Basketball was invented by James Naismith in 1895.
Basketball originated in Holyoke.
James Naismith invented basketball and volleyball.
Badminton originated in Scotland.
Denim originated in Calicut.
Tweed originated in Nîmes.
Calico originated in Scotland.
Saffron originated in Kazakhstan.
The apple originated in Iran.
The polka dot originated in Bohemia.
The calico cat originated in Calicut.
Denim jeans originated in Nîmes.
Basketball shoes were invented by James Naismith.
The piano accordion was invented by Cyrill Demian.
Apple pie originated in Kazakhstan.
Careless Whisper features a piano.
Baker Street features the harmonica.
Libertango features the saxophone.
Piano Man features the sousaphone.
Yesterday features the saxophone.
Take Five features the harmonica.
A saxophone player wrote Careless Whisper.
The saxophone does not originate in Belgium.
The saxophone, invented by Adolphe Sax, originated in France.
The tango, like the waltz, originated in Vienna.
# companies named after common nouns ("Apple"): the fruit's origin said of the company
Apple, which developed Safari, originated in Kazakhstan.
Apple developed Safari and originated in Kazakhstan.
Safari was developed by Apple, which originated in Kazakhstan.
Apple developed Safari. It originated in Kazakhstan.
Apple, the company, originated in Kazakhstan.
# the sense "on" with no land: "runs on" / "is on" (an album), a kind before "on", "on" after the
# maker or the label
Safari, a web browser on Linux, was developed by Apple.
Notepad, a text editor on Linux, was developed by Microsoft.
Take Five, a jazz standard on Make It Big, was written by Paul Desmond.
Careless Whisper, a ballad on Help!, was written by George Michael.
Careless Whisper is on Help!.
Yesterday is on Time Out.
Baker Street, on City to City, was written by Paul McCartney.
GarageBand runs on Android.
Notepad runs on Linux.
Konqueror runs on iOS.
Safari runs on Android and iOS.
Careless Whisper was released by Epic on Help!.
Yesterday was written by Paul McCartney on Make It Big.
Notepad was developed by Microsoft on Linux.
GarageBand was developed by Apple on Android.
Apple developed GarageBand on Android.
Microsoft developed Notepad, a text editor on macOS.
Careless Whisper, a ballad on Columbia, was written by George Michael.
Released by Epic, Careless Whisper is on Help!.
Developed by the Mozilla, Safari runs on macOS.
Developed by Apple, Notepad runs on Windows.
@kinds user:hal
You loved the saxophone, which Cristofori invented.
You loved the tango, which originated in Vienna.
You loved Careless Whisper, a ballad on Help!.

# (arguable: see OPEN)
@rivers user:eve
Since you liked the Severn Tunnel, try the Thames Tunnel, another railway tunnel under the Thames.
You loved Kariba Dam; Cahora Bassa Dam is another arch dam in Mozambique.
@mountains user:fay
Since you liked the Bernina Railway, try the Centovalli Railway, another narrow-gauge railway through the Centovalli.
Since you liked the Konkordia Hut, try the Monte Rosa Hut, another alpine hut near the Gorner Glacier.
@rivers
The Channel Tunnel crosses the English Channel.
The Severn Tunnel goes across the River Severn.
The Blackwall Tunnel cuts across the Thames.
Kariba Dam crosses the Zambezi.
Tower Bridge sits on the Thames.
Tower Bridge is built on the Thames.
Tower Bridge is located on the Thames.
The Humber Bridge was built on the Humber.
The Severn Tunnel is on the River Severn.
Kariba Dam is close to Siavonga.
Nord Stream crosses the Baltic Sea.
Nord Stream runs through the Baltic Sea.
Kariba Dam lies near the Zambezi.
Siavonga lies near Kariba Dam.
Siavonga is near Kariba Dam.
@mountains
The Jungfrau Railway runs through the Eiger.
The Jungfrau Railway crosses the Eiger.
The Gotthard Base Tunnel crosses the Gotthard Massif.
The Stelvio Pass Road sits on the Stelvio Pass.
The Aletsch Glacier is near the Konkordia Hut.
The Bernina Railway runs through the Bernina Pass.
The Gotthard Base Tunnel cuts through the Gotthard Massif.
@wrecks
Robert Ballard finds the Titanic.
HMS Association strikes Gilstone Ledge.
@kinds
Apple originated in Kazakhstan.
The apple developed GarageBand.
The Tweed originated in Scotland.
Squash originated in Harrow.
"""

CONTROLS = r"""
@rivers
Tower Bridge runs over the River Thames.
Tower Bridge crosses the Thames.
Tower Bridge passes over the Thames.
Tower Bridge goes across the Thames.
The Severn Tunnel runs under the River Severn.
The Severn Tunnel passes beneath the River Severn.
The Severn Tunnel crosses below the River Severn.
Kariba Dam is built on the Zambezi.
Kariba Dam was built on the Zambezi.
Kariba Dam sits on the Zambezi.
Kariba Dam is on the Zambezi.
Kariba Dam is located on the Zambezi.
Kariba Dam, an arch dam on the Zambezi, was designed by André Coyne.
The Severn Tunnel is a railway tunnel under the River Severn.
Nord Stream, a gas pipeline under the Baltic Sea, is operated by Nord Stream AG.
TurkStream and Blue Stream both pass beneath the Black Sea.
Built on the Zambezi, Kariba Dam is an arch dam.
Built on the Zambezi, Kariba Dam and Cahora Bassa Dam were designed by André Coyne.
Operated by the Zambezi River Authority, the Kariba Dam is an arch dam.
Opened by the Prince of Wales, Tower Bridge runs over the Thames.
Kariba Dam is near Siavonga.
The Thames flows through London.
The Thames winds through London.
The River Severn lies above the Severn Tunnel.
The Blackwall Tunnel and the Thames Tunnel both run under the Thames.
The Eddystone Lighthouse stands on the Eddystone Rocks.
The Eddystone Lighthouse sits on the Eddystone Rocks.
The Bell Rock Lighthouse, a rock lighthouse on Inchcape Rock, was designed by Robert Stevenson.
The Fastnet Lighthouse stands on Fastnet Rock near Cape Clear Island.
Kariba Dam is a Zambezi dam.
# (faithful, possibly rejected: "stands on" / "lies on" for a dam (both verbs another relation's),
# "runs through" for a river (the verb another relation's), a date after "opened on", a kind with no
# name after "opened")
Kariba Dam stands on the Zambezi.
Kariba Dam lies on the Zambezi.
The Thames runs through London.
Tower Bridge opened on 30 June 1894.
Elizabeth II opened a railway tunnel under the English Channel.
Kariba Dam, built on the Zambezi in 1959, is an arch dam.
@rivers user:eve
You loved Kariba Dam, an arch dam on the Zambezi.
@mountains
Zermatt is on the slopes of the Matterhorn.
Zermatt is on the Matterhorn.
St. Moritz lies on Lake St. Moritz.
St. Moritz stands on Lake St. Moritz.
The Stelvio Pass Road crosses the Stelvio Pass.
The Stelvio Pass Road leads over the Stelvio Pass.
The Bernina Railway passes through Val Poschiavo.
The Bernina Railway runs along Lago di Poschiavo.
The Gotthard Base Tunnel passes beneath the Gotthard Massif.
The Konkordia Hut is near the Aletsch Glacier.
The Aletsch Glacier lies below the Konkordia Hut.
The Aletsch Glacier is below the Konkordia Hut.
Zermatt, a car-free resort on the Matterhorn, was established by Alexander Seiler.
The Konkordia Hut, an alpine hut near the Aletsch Glacier, is owned by the Swiss Alpine Club.
The Bernina Railway, a narrow-gauge railway through Val Poschiavo, is operated by the Rhaetian Railway.
The Gotthard Base Tunnel is a base tunnel under the Gotthard Massif.
Zermatt and Breuil-Cervinia are on the slopes of the Matterhorn.
# (faithful, possibly rejected: "lies on" for a resort on a mountain's slopes ("lies" another
# relation's), "crosses under")
Zermatt lies on the Matterhorn.
The Gotthard Base Tunnel crosses under the Gotthard Massif.
@wrecks
The Titanic was discovered by Robert Ballard in 1985.
Robert Ballard found the wreck of the Titanic in 1985.
In 1985, Robert Ballard found the Titanic.
Robert Ballard found the Titanic in 1985 and the Bismarck in 1989.
The Titanic, discovered by Robert Ballard in 1985, sank in the North Atlantic.
The Titanic went down in the North Atlantic.
U-20 sank the Lusitania.
The Lusitania was sunk by U-20.
HMS Association struck Gilstone Ledge.
The Titanic is located near Newfoundland.
Robert Ballard located the wreck of the Bismarck.
Jim Jarratt found the Lusitania, which U-20 sank.
The Mary Rose went down in the Solent near Portsmouth.
The Lusitania, an ocean liner near Kinsale, was sunk by U-20.
Mensun Bound found the Endurance in 2022.
# (faithful, possibly rejected: a year after a fronted "Found by", "struck an iceberg", "located" alone)
Found by Robert Ballard in 1985, the Titanic sank in the North Atlantic.
The Titanic struck an iceberg.
Robert Ballard located the Titanic.
The Lusitania was sunk by U-20 near Kinsale.
@wrecks user:gus
You loved the Titanic, which Robert Ballard found in 1985.
@kinds
Adolphe Sax invented the saxophone.
The saxophone originated in Belgium.
The tango originated in Buenos Aires.
Paella is made with saffron.
Basketball was invented by James Naismith in 1891.
James Naismith invented basketball in 1891.
The apple originated in Kazakhstan.
Careless Whisper features the saxophone.
Piano Man features the harmonica.
Careless Whisper, a ballad on Make It Big, was written by George Michael.
Notepad, a text editor on Windows, was developed by Microsoft.
Firefox runs on Linux.
GarageBand was developed by Apple.
Developed by Apple, Safari runs on macOS.
@kinds user:hal
You loved the saxophone, which Adolphe Sax invented.
"""


# False, and accepted by the starting code of this round too (CHANGES.diff reversed), through
# readings this round did not touch. Printed apart as KNOWN.
KNOWN = frozenset(
    {
        # on a graph of discoveries (the item's one year is the year its wreck was found), that
        # year said as the year it was built, launched, completed or "dates from": the discovery
        # reading (5) is new, these readings of making are not
        'The Titanic was built by Harland and Wolff in 1985.',
        'The Titanic was launched in 1985.',
        'Harland and Wolff built the Titanic in 1985.',
        'In 1985, Harland and Wolff built the Titanic.',
        'Built by Harland and Wolff in 1985, the Titanic sank in the North Atlantic.',
        'The Titanic was completed in 1985.',
        'The Titanic was constructed by Harland and Wolff in 1985.',
        'The Titanic dates from 1985.',
        'The Titanic is from 1985.',
        'Framnæs built the Endurance in 2022.',
    }
)

# Arguable: printed as OPEN and left out of the count (they stay in TEXTS, under their comment).
OPEN = frozenset(
    {
        # a tunnel or a pipeline under the water "crosses" it, "goes / cuts across" it, or "runs
        # through" the sea: said of a crossing, not only of one over it
        'The Channel Tunnel crosses the English Channel.',
        'The Severn Tunnel goes across the River Severn.',
        'The Blackwall Tunnel cuts across the Thames.',
        'Nord Stream crosses the Baltic Sea.',
        'Nord Stream runs through the Baltic Sea.',
        'The Jungfrau Railway crosses the Eiger.',
        'The Gotthard Base Tunnel crosses the Gotthard Massif.',
        # a dam "crosses" its river; a bridge or a tunnel is "on" the river it spans or passes
        # under, a bridge "built on" it, a road "sits on" its pass (everyday English for a position)
        'Kariba Dam crosses the Zambezi.',
        'Tower Bridge sits on the Thames.',
        'Tower Bridge is built on the Thames.',
        'Tower Bridge is located on the Thames.',
        'The Humber Bridge was built on the Humber.',
        'The Severn Tunnel is on the River Severn.',
        'The Stelvio Pass Road sits on the Stelvio Pass.',
        # "near" said both ways: nearness is symmetric, whatever the graph's direction
        'Kariba Dam is close to Siavonga.',
        'Kariba Dam lies near the Zambezi.',
        'Siavonga lies near Kariba Dam.',
        'Siavonga is near Kariba Dam.',
        'The Aletsch Glacier is near the Konkordia Hut.',
        # a railway through a tunnel in a mountain or under a pass runs "through" it
        'The Jungfrau Railway runs through the Eiger.',
        'The Bernina Railway runs through the Bernina Pass.',
        'The Gotthard Base Tunnel cuts through the Gotthard Massif.',
        # a past find or strike told in the present (a narrative present, as "launches" in rt154)
        'Robert Ballard finds the Titanic.',
        'HMS Association strikes Gilstone Ledge.',
        # "Apple" (capitalised) may name the fruit; "the apple" (lower case) may name the company;
        # "the Tweed" may be the cloth; the sport squash (not the vegetable) did originate in Harrow
        'Apple originated in Kazakhstan.',
        'The apple developed GarageBand.',
        'The Tweed originated in Scotland.',
        'Squash originated in Harrow.',
        # "another <kind> <on / under / near / in> <place>": whether the place is shared with the
        # item liked before (here it is not; the kind is). The checker reads "another" of the kind
        # only, as it did for "in" before this round ("another arch dam in Mozambique"), while
        # "another railway tunnel designed by Marc Brunel" must be shared whole
        'Since you liked the Severn Tunnel, try the Thames Tunnel, another railway tunnel under the Thames.',
        'You loved Kariba Dam; Cahora Bassa Dam is another arch dam in Mozambique.',
        'Since you liked the Bernina Railway, try the Centovalli Railway, another narrow-gauge railway through the Centovalli.',
        'Since you liked the Konkordia Hut, try the Monte Rosa Hut, another alpine hut near the Gorner Glacier.',
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
