"""Red team round 157: a final sweep over the whole release (CHANGES.diff), where its readings meet
each other and the older ones: ways and positions said with another verb of their kind and any
preposition of their sense, and after an item or its kind ("an arch dam on the Zambezi"); fronted
"Built on X, ..." and "Operated by the X, ..."; common-noun items in lower case; discovery years
after "by X"; animals as "he" / "she" and their birth years; "its name comes from", "honours";
forts, squares, seaports, aqueducts, cemeteries as venues; "sank" / "found" inflection, "went
down", "located the wreck of"; burials; keeping ("is held by" a museum); commissioning; supply;
"is protected within"; "in charge of"; synonyms (carved, built); "X of <year>" after a
possessive; "skipper".

Four graphs of my own:

* rivers: bridges that "span" rivers, tunnels and a pipeline that "run under" rivers, straits
  and seas, an aqueduct and a viaduct that "run over" rivers and valleys, dams that "are built
  on" rivers, seaports and a power station that "lie on" rivers, estuaries and coasts, forts that
  "stand on" headlands and islands and "lie near" towns, a canal that "runs through" towns, ferries
  that "run across" rivers (items: year opened; venues but the ferries and the pipeline); kind,
  operator, designer, namesake (people and places), who commissioned a fort, what a dam "supplies
  electricity to" and a pipeline "supplies gas to", what a bridge or tunnel "connects", place; a
  user;
* finds: artefacts, relics and wrecks (items: year discovered; a graph of discoveries, no venue)
  "discovered by" people, "found at" sites, "held by" museums and a library, "on loan to" a
  museum, "carved from" a material, "carved by" a carver, "commissioned by" a patron, a relic "of"
  a saint "venerated at" a shrine, the period each dates from; saints "buried in" churches,
  patron saints; wrecks that "sank in" a sea, whose wreck an explorer "found", "skippered by"; a
  user;
* stables: stallions, mares, a gelding and zoo animals (items: year foaled / born): sire, dam,
  owner, trainer, jockey, races won (held at racecourses), the stud farm each "stood at stud at"
  or "was foaled at", the zoo each "lives at", the keeper it "is cared for by", the person it
  "is named after", where it "is buried at", the museum that "holds" a preserved one; a user;
* kitchen: instruments, dances, dishes, fabrics, spices, herbs, fruits and vegetables (common
  nouns in lower case; items: year first recorded / invented), who invented them, where they
  "originated in", what they are "named after", what a dish "is made with", the style / genre an
  instrument "is played in", the period each "dates from", what an instrument "is held by" (a
  museum) for a famous one, spices and herbs "grown in" regions; a user.

Findings (accepted through this round's readings; the starting code, CHANGES.diff reversed,
rejects each of them):

* (9) "is protected by" read "lies / sits / is in / inside / within", "falls within" for any range
  of land or water (the rule was meant for a park that protects a thing inside it): a port
  sheltered by a reef or a headland is not in it ("The Port of Cairns lies within the Great
  Barrier Reef", "The Port of Dover sits inside South Foreland", also in a relative and a bare
  "inside" apposition).
* (11) the new inflections of "sank in" / "went down in" / "found (the wreck of)" give gerunds
  that read after "is": a past event said as going on now ("The Mary Rose is sinking in the
  Solent", "The Vasa is going down in Stockholm harbour", "Anders Franzen is finding the wreck of
  the Vasa", "Basil Brown is finding the Sutton Hoo helmet"); "is discovering", "is carving" stay
  rejected.
* (15) the burial forms are added to any "<be> buried in / at", past ones too: a hoard's
  deposition ("was buried at") and a saint's first grave ("was buried in") said now with "lies
  buried", "rests" ("The Sutton Hoo helmet lies buried at Sutton Hoo [and is held by the British
  Museum]", "Saint Nicholas rests in Myra", "Saint Andrew rests in Patras"), also with "there"
  ("Saint Nicholas, who was buried in Myra, rests there"). The old reading of "is buried" for
  "was buried" is accepted by the starting code too (KNOWN).
* (16) a ship "was launched from" a shipyard: the new "flew", "has flown" of a launch ("The
  Titanic flew from Harland and Wolff"); "took off", "blasted off" were read before (KNOWN).
* (18) "he" / "she" for an animal checks no sex: the graph's types say stallion, mare, gelding
  ("Frankel was foaled in 2008; she was trained by Henry Cecil", "Kind was foaled in 2001; he is
  the dam of Frankel", "You loved Zenyatta; he won the Breeders' Cup Classic"), while "the mare
  Frankel" is rejected as the wrong kind.
* (21) "is held at" a museum or a gallery read "is kept at", "is in the collection(s) of", "sits
  in the collection of" for events (an exhibition, a festival): the keeping rule excludes people
  and venues, not events ("Sax200 is in the collection of the Musical Instrument Museum", "Tango
  Nights is kept at the Museo Casa Carlos Gardel").
* (22) "find"'s new synonym "locate" turns "is found in" (a herb's wild range) into "is located
  in", and through the old readings of that into "opened in" / "opens in" ("Sage opened in the
  Mediterranean Basin").

Not found: the spatial readings (senses, objects, direction, after an item or its kind, fronted
"Built on" / "Located on" / "Operated by the"), "in charge of", "honours" / "name comes from",
commissioning, supply, "X of <year>" after a possessive, discovery years and common nouns held
against every false text here.

KNOWN (accepted by the starting code too): a venue's opening year said as the start of its
building; on a graph of discoveries, the discovery year said as the making, dating or launch;
"was found at" / "was buried at" said now ("is found at", "is buried at"); a ship's launch read
"took off", "blasted off". OPEN: a historical present ("The Titanic sinks ..."), a past relation's
agent said now ("is the skipper of"), "once served", a loan "kept at", the wrong verb of birth,
"honours" a town, an instrument "released", a plant "located in" / "makes its home in" its range.

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
    """Bridges, tunnels, dams, seaports, forts, an aqueduct, a viaduct, ferries, a pipeline and a
    power station (items: year opened) on, under, over, along, through and near rivers, straits,
    estuaries, coasts, valleys, headlands and towns; kind, operator, designer, namesake, patron,
    supply, what each connects, place; a user."""
    BRIDGE, TUNNEL, DAM = ("bridge",), ("tunnel", "pipeline"), ("dam",)
    WATER = ("river", "strait", "estuary", "sea")
    ALL = ("bridge", "tunnel", "dam", "seaport", "fort", "aqueduct", "viaduct", "ferry", "pipeline", "power station",
           "canal")
    rels = [
        R("kind", phrase="is a", inverse_phrase="is the kind of", range=("structure type",)),
        R("spans", phrase="spans", inverse_phrase="is spanned by", domain=BRIDGE, range=WATER),
        R("runs_under", phrase="runs under", inverse_phrase="is tunnelled under by", domain=TUNNEL, range=WATER),
        R("runs_over", phrase="runs over", inverse_phrase="is carried over by", domain=("aqueduct", "viaduct"),
          range=("river", "valley")),
        R("built_on", phrase="is built on", inverse_phrase="is dammed by", domain=DAM, range=("river",)),
        R("lies_on", phrase="lies on", inverse_phrase="is the waterfront of", domain=("seaport", "power station"),
          range=("river", "estuary", "coast")),
        R("stands_on", phrase="stands on", inverse_phrase="is the site of", domain=("fort",),
          range=("headland", "island", "hill")),
        R("lies_near", phrase="lies near", inverse_phrase="is close to", domain=("fort", "seaport"), range=("town", "city")),
        R("runs_through", phrase="runs through", inverse_phrase="is crossed by", domain=("canal",), range=("town", "city")),
        R("runs_across", phrase="runs across", inverse_phrase="is ferried across by", domain=("ferry",), range=WATER),
        R("operated_by", phrase="is operated by", inverse_phrase="operates", domain=ALL,
          range=("company", "authority", "agency")),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=ALL, range=("engineer",)),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=ALL,
          range=("king", "president", "engineer", "town", "gorge", "headland")),
        R("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned", domain=("fort",),
          range=("king", "queen", "governor")),
        R("power", phrase="supplies electricity to", inverse_phrase="gets electricity from",
          domain=("dam", "power station"), range=("country", "city", "region")),
        R("gas", phrase="supplies gas to", inverse_phrase="gets gas from", domain=("pipeline",), range=("country", "city")),
        R("connects", phrase="connects", inverse_phrase="is connected by", domain=("bridge", "tunnel", "ferry"),
          range=("town", "city", "country")),
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=ALL,
          range=("country", "city", "town", "region")),
        R("protected_by", phrase="is protected by", inverse_phrase="shelters", domain=("seaport",),
          range=("peninsula", "headland", "reef")),
        R("protected_within", phrase="is protected within", inverse_phrase="protects", domain=("fort", "viaduct"),
          range=("national park",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "b:clifton": ("bridge", "Clifton Suspension Bridge", 1864), "b:forth": ("bridge", "Forth Bridge", 1890),
        "b:tower": ("bridge", "Tower Bridge", 1894), "b:severn": ("bridge", "Severn Bridge", 1966),
        "b:humber": ("bridge", "Humber Bridge", 1981), "b:tyne": ("bridge", "Tyne Bridge", 1928),
        "t:severn": ("tunnel", "Severn Tunnel", 1886), "t:thames": ("tunnel", "Thames Tunnel", 1843),
        "t:mersey": ("tunnel", "Mersey Railway Tunnel", 1886), "t:channel": ("tunnel", "Channel Tunnel", 1994),
        "t:blackwall": ("tunnel", "Blackwall Tunnel", 1897),
        "d:kariba": ("dam", "Kariba Dam", 1959), "d:aswan": ("dam", "Aswan High Dam", 1970),
        "d:hoover": ("dam", "Hoover Dam", 1936), "d:gorges": ("dam", "Three Gorges Dam", 2003),
        "p:rotterdam": ("seaport", "Port of Rotterdam", 1872), "p:hamburg": ("seaport", "Port of Hamburg", 1189),
        "p:antwerp": ("seaport", "Port of Antwerp", 1811), "p:liverpool": ("seaport", "Port of Liverpool", 1715),
        "p:dover": ("seaport", "Port of Dover", 1606), "p:cairns": ("seaport", "Port of Cairns", 1876),
        "f:george": ("fort", "Fort George", 1769), "f:tilbury": ("fort", "Tilbury Fort", 1682),
        "f:denison": ("fort", "Fort Denison", 1857),
        "a:pont": ("aqueduct", "Pontcysyllte Aqueduct", 1805), "v:ribble": ("viaduct", "Ribblehead Viaduct", 1875),
        "fe:woolwich": ("ferry", "Woolwich Ferry", 1889), "fe:mersey": ("ferry", "Mersey Ferry", 1150),
        "pl:langeled": ("pipeline", "Langeled", 2007), "ps:battersea": ("power station", "Battersea Power Station", 1933),
        "c:manchester": ("canal", "Manchester Ship Canal", 1894),
    }
    others = {
        "k:suspension": ("structure type", "suspension bridge"), "k:cantilever": ("structure type", "cantilever bridge"),
        "k:bascule": ("structure type", "bascule bridge"), "k:railway": ("structure type", "railway tunnel"),
        "k:road": ("structure type", "road tunnel"), "k:arch": ("structure type", "arch dam"),
        "k:embankment": ("structure type", "embankment dam"), "k:gravity": ("structure type", "gravity dam"),
        "k:container": ("structure type", "container port"), "k:star": ("structure type", "star fort"),
        "k:artillery": ("structure type", "artillery fort"), "k:navigable": ("structure type", "navigable aqueduct"),
        "k:railviaduct": ("structure type", "railway viaduct"), "k:chain": ("structure type", "chain ferry"),
        "k:passenger": ("structure type", "passenger ferry"), "k:gaspipe": ("structure type", "gas pipeline"),
        "k:coal": ("structure type", "coal-fired power station"), "k:ship": ("structure type", "ship canal"),
        "r:avon": ("river", "River Avon"), "r:forth": ("estuary", "Firth of Forth"), "r:thames": ("river", "River Thames"),
        "r:severn": ("river", "River Severn"), "r:humber": ("estuary", "Humber Estuary"), "r:tyne": ("river", "River Tyne"),
        "r:mersey": ("river", "River Mersey"), "r:channel": ("strait", "English Channel"), "r:zambezi": ("river", "Zambezi"),
        "r:nile": ("river", "Nile"), "r:colorado": ("river", "Colorado River"), "r:yangtze": ("river", "Yangtze"),
        "r:maas": ("river", "Nieuwe Maas"), "r:elbe": ("river", "Elbe"), "r:scheldt": ("river", "Scheldt"),
        "r:northsea": ("sea", "North Sea"), "r:dee": ("river", "River Dee"), "r:ribble": ("valley", "Ribble Valley"),
        "r:dovercoast": ("coast", "Kent coast"), "r:thamesest": ("estuary", "Thames Estuary"),
        "h:ardersier": ("headland", "Ardersier Point"), "h:pinchgut": ("island", "Pinchgut Island"),
        "h:reef": ("reef", "Great Barrier Reef"), "h:foreland": ("headland", "South Foreland"),
        "y:cairns": ("city", "Cairns"), "o:portsnorth": ("company", "Ports North"), "np:sydney": ("national park", "Sydney Harbour National Park"),
        "np:dales": ("national park", "Yorkshire Dales National Park"),
        "o:zra": ("authority", "Zambezi River Authority"), "o:ctg": ("company", "China Three Gorges Corporation"),
        "o:usbr": ("agency", "Bureau of Reclamation"), "o:hpa": ("authority", "Hamburg Port Authority"),
        "o:pola": ("authority", "Port of Antwerp Authority"), "o:peel": ("company", "Peel Ports"),
        "o:dha": ("authority", "Dover Harbour Board"), "o:rpa": ("company", "Port of Rotterdam Authority"),
        "o:nr": ("company", "Network Rail"), "o:getlink": ("company", "Getlink"), "o:tfl": ("agency", "Transport for London"),
        "o:merseytravel": ("agency", "Merseytravel"), "o:gassco": ("company", "Gassco"), "o:crt": ("agency", "Canal & River Trust"),
        "o:eh": ("agency", "English Heritage"), "o:hes": ("agency", "Historic Environment Scotland"),
        "o:hwa": ("authority", "Nile Water Authority"), "o:humber": ("authority", "Humber Bridge Board"),
        "o:cst": ("company", "Clifton Suspension Bridge Trust"), "o:cityoflondon": ("authority", "City of London Corporation"),
        "e:brunel": ("engineer", "Isambard Kingdom Brunel"), "e:mbrunel": ("engineer", "Marc Brunel"),
        "e:fowler": ("engineer", "John Fowler"), "e:barry": ("engineer", "John Wolfe Barry"),
        "e:richardson": ("engineer", "Charles Richardson"), "e:coyne": ("engineer", "André Coyne"),
        "e:savage": ("engineer", "John Savage"), "e:telford": ("engineer", "Thomas Telford"),
        "e:skinner": ("engineer", "William Skinner"), "e:mott": ("engineer", "Mott, Hay and Anderson"),
        "e:freeman": ("engineer", "Ralph Freeman"), "e:binnie": ("engineer", "Alexander Binnie"),
        "e:leader": ("engineer", "Edward Leader Williams"), "e:sharp": ("engineer", "James Sharp"),
        "n:george": ("king", "George II"), "n:hoover": ("president", "Herbert Hoover"), "n:denison": ("governor", "William Denison"),
        "n:clifton": ("town", "Clifton"), "n:kariba": ("gorge", "Kariba Gorge"), "n:tilbury": ("town", "Tilbury"),
        "n:charles": ("king", "Charles II"), "n:victoria": ("queen", "Queen Victoria"),
        "y:bristol": ("city", "Bristol"), "y:edinburgh": ("city", "Edinburgh"), "y:london": ("city", "London"),
        "y:chepstow": ("town", "Chepstow"), "y:aust": ("town", "Aust"), "y:hessle": ("town", "Hessle"),
        "y:barton": ("town", "Barton-upon-Humber"), "y:newcastle": ("city", "Newcastle"), "y:gateshead": ("town", "Gateshead"),
        "y:liverpool": ("city", "Liverpool"), "y:birkenhead": ("town", "Birkenhead"), "y:folkestone": ("town", "Folkestone"),
        "y:calais": ("town", "Calais"), "y:inverness": ("city", "Inverness"), "y:gravesend": ("town", "Gravesend"),
        "y:sydney": ("city", "Sydney"), "y:woolwich": ("town", "Woolwich"), "y:northwoolwich": ("town", "North Woolwich"),
        "y:easington": ("town", "Easington"), "y:manchester": ("city", "Manchester"), "y:runcorn": ("town", "Runcorn"),
        "y:llangollen": ("town", "Llangollen"), "y:rotterdam": ("city", "Rotterdam"), "y:hamburg": ("city", "Hamburg"),
        "y:antwerp": ("city", "Antwerp"), "y:dover": ("town", "Dover"), "y:lasvegas": ("city", "Las Vegas"),
        "y:losangeles": ("city", "Los Angeles"), "y:shanghai": ("city", "Shanghai"),
        "c:zambia": ("country", "Zambia"), "c:zimbabwe": ("country", "Zimbabwe"), "c:egypt": ("country", "Egypt"),
        "c:usa": ("country", "United States"), "c:china": ("country", "China"), "c:uk": ("country", "United Kingdom"),
        "c:france": ("country", "France"), "c:england": ("country", "England"), "c:wales": ("country", "Wales"),
        "c:scotland": ("country", "Scotland"), "c:netherlands": ("country", "Netherlands"), "c:germany": ("country", "Germany"),
        "c:belgium": ("country", "Belgium"), "c:australia": ("country", "Australia"), "c:norway": ("country", "Norway"),
        "rg:nevada": ("region", "Nevada"), "rg:hubei": ("region", "Hubei"), "rg:yorkshire": ("region", "North Yorkshire"),
    }
    T_ = [
        ("b:clifton", "kind", "k:suspension"), ("b:forth", "kind", "k:cantilever"), ("b:tower", "kind", "k:bascule"),
        ("b:severn", "kind", "k:suspension"), ("b:humber", "kind", "k:suspension"), ("b:tyne", "kind", "k:suspension"),
        ("t:severn", "kind", "k:railway"), ("t:thames", "kind", "k:railway"), ("t:mersey", "kind", "k:railway"),
        ("t:channel", "kind", "k:railway"), ("t:blackwall", "kind", "k:road"),
        ("d:kariba", "kind", "k:arch"), ("d:aswan", "kind", "k:embankment"), ("d:hoover", "kind", "k:arch"),
        ("d:gorges", "kind", "k:gravity"),
        ("p:rotterdam", "kind", "k:container"), ("p:hamburg", "kind", "k:container"), ("p:antwerp", "kind", "k:container"),
        ("f:george", "kind", "k:artillery"), ("f:tilbury", "kind", "k:star"), ("f:denison", "kind", "k:artillery"),
        ("a:pont", "kind", "k:navigable"), ("v:ribble", "kind", "k:railviaduct"), ("fe:woolwich", "kind", "k:chain"),
        ("fe:mersey", "kind", "k:passenger"), ("pl:langeled", "kind", "k:gaspipe"), ("ps:battersea", "kind", "k:coal"),
        ("c:manchester", "kind", "k:ship"),
        ("b:clifton", "spans", "r:avon"), ("b:forth", "spans", "r:forth"), ("b:tower", "spans", "r:thames"),
        ("b:severn", "spans", "r:severn"), ("b:humber", "spans", "r:humber"), ("b:tyne", "spans", "r:tyne"),
        ("t:severn", "runs_under", "r:severn"), ("t:thames", "runs_under", "r:thames"), ("t:mersey", "runs_under", "r:mersey"),
        ("t:channel", "runs_under", "r:channel"), ("t:blackwall", "runs_under", "r:thames"),
        ("pl:langeled", "runs_under", "r:northsea"),
        ("a:pont", "runs_over", "r:dee"), ("v:ribble", "runs_over", "r:ribble"),
        ("d:kariba", "built_on", "r:zambezi"), ("d:aswan", "built_on", "r:nile"), ("d:hoover", "built_on", "r:colorado"),
        ("d:gorges", "built_on", "r:yangtze"),
        ("p:rotterdam", "lies_on", "r:maas"), ("p:hamburg", "lies_on", "r:elbe"), ("p:antwerp", "lies_on", "r:scheldt"),
        ("p:liverpool", "lies_on", "r:mersey"), ("p:dover", "lies_on", "r:dovercoast"), ("ps:battersea", "lies_on", "r:thames"),
        ("f:george", "stands_on", "h:ardersier"), ("f:denison", "stands_on", "h:pinchgut"),
        ("f:tilbury", "lies_near", "y:gravesend"), ("f:george", "lies_near", "y:inverness"), ("f:denison", "lies_near", "y:sydney"),
        ("p:dover", "lies_near", "y:folkestone"),
        ("c:manchester", "runs_through", "y:runcorn"), ("c:manchester", "runs_through", "y:manchester"),
        ("fe:woolwich", "runs_across", "r:thames"), ("fe:mersey", "runs_across", "r:mersey"),
        ("d:kariba", "operated_by", "o:zra"), ("d:gorges", "operated_by", "o:ctg"), ("d:hoover", "operated_by", "o:usbr"),
        ("d:aswan", "operated_by", "o:hwa"), ("p:hamburg", "operated_by", "o:hpa"), ("p:antwerp", "operated_by", "o:pola"),
        ("p:liverpool", "operated_by", "o:peel"), ("p:dover", "operated_by", "o:dha"), ("p:rotterdam", "operated_by", "o:rpa"),
        ("t:severn", "operated_by", "o:nr"), ("t:channel", "operated_by", "o:getlink"), ("t:blackwall", "operated_by", "o:tfl"),
        ("t:thames", "operated_by", "o:tfl"), ("t:mersey", "operated_by", "o:merseytravel"),
        ("fe:woolwich", "operated_by", "o:tfl"), ("fe:mersey", "operated_by", "o:merseytravel"),
        ("pl:langeled", "operated_by", "o:gassco"), ("a:pont", "operated_by", "o:crt"), ("v:ribble", "operated_by", "o:nr"),
        ("f:tilbury", "operated_by", "o:eh"), ("f:george", "operated_by", "o:hes"), ("b:humber", "operated_by", "o:humber"),
        ("b:clifton", "operated_by", "o:cst"), ("b:tower", "operated_by", "o:cityoflondon"), ("c:manchester", "operated_by", "o:peel"),
        ("b:clifton", "designed_by", "e:brunel"), ("b:forth", "designed_by", "e:fowler"), ("b:tower", "designed_by", "e:barry"),
        ("t:severn", "designed_by", "e:richardson"), ("t:thames", "designed_by", "e:mbrunel"), ("d:kariba", "designed_by", "e:coyne"),
        ("d:hoover", "designed_by", "e:savage"), ("a:pont", "designed_by", "e:telford"), ("f:george", "designed_by", "e:skinner"),
        ("b:tyne", "designed_by", "e:mott"), ("b:humber", "designed_by", "e:freeman"), ("t:blackwall", "designed_by", "e:binnie"),
        ("c:manchester", "designed_by", "e:leader"), ("v:ribble", "designed_by", "e:sharp"),
        ("f:george", "named_after", "n:george"), ("d:hoover", "named_after", "n:hoover"), ("f:denison", "named_after", "n:denison"),
        ("b:clifton", "named_after", "n:clifton"), ("d:kariba", "named_after", "n:kariba"), ("f:tilbury", "named_after", "n:tilbury"),
        ("f:george", "commissioned_by", "n:george"), ("f:tilbury", "commissioned_by", "n:charles"),
        ("f:denison", "commissioned_by", "n:denison"),
        ("d:kariba", "power", "c:zambia"), ("d:kariba", "power", "c:zimbabwe"), ("d:aswan", "power", "c:egypt"),
        ("d:hoover", "power", "y:lasvegas"), ("d:hoover", "power", "y:losangeles"), ("d:gorges", "power", "y:shanghai"),
        ("ps:battersea", "power", "y:london"), ("pl:langeled", "gas", "c:uk"),
        ("b:clifton", "connects", "y:bristol"), ("b:severn", "connects", "y:aust"), ("b:severn", "connects", "y:chepstow"),
        ("b:humber", "connects", "y:hessle"), ("b:humber", "connects", "y:barton"), ("b:tyne", "connects", "y:newcastle"),
        ("b:tyne", "connects", "y:gateshead"), ("t:mersey", "connects", "y:liverpool"), ("t:mersey", "connects", "y:birkenhead"),
        ("t:channel", "connects", "y:folkestone"), ("t:channel", "connects", "y:calais"),
        ("fe:woolwich", "connects", "y:woolwich"), ("fe:woolwich", "connects", "y:northwoolwich"),
        ("fe:mersey", "connects", "y:liverpool"), ("fe:mersey", "connects", "y:birkenhead"),
        ("b:clifton", "located_in", "y:bristol"), ("b:forth", "located_in", "c:scotland"), ("b:tower", "located_in", "y:london"),
        ("b:severn", "located_in", "c:wales"), ("b:tyne", "located_in", "y:newcastle"), ("t:thames", "located_in", "y:london"),
        ("t:blackwall", "located_in", "y:london"), ("d:kariba", "located_in", "c:zambia"), ("d:kariba", "located_in", "c:zimbabwe"),
        ("d:aswan", "located_in", "c:egypt"), ("d:hoover", "located_in", "rg:nevada"), ("d:gorges", "located_in", "rg:hubei"),
        ("p:rotterdam", "located_in", "y:rotterdam"), ("p:hamburg", "located_in", "y:hamburg"), ("p:antwerp", "located_in", "y:antwerp"),
        ("p:liverpool", "located_in", "y:liverpool"), ("p:dover", "located_in", "y:dover"), ("f:george", "located_in", "c:scotland"),
        ("f:tilbury", "located_in", "c:england"), ("f:denison", "located_in", "c:australia"), ("a:pont", "located_in", "y:llangollen"),
        ("v:ribble", "located_in", "rg:yorkshire"), ("ps:battersea", "located_in", "y:london"),
        ("pl:langeled", "located_in", "c:norway"), ("pl:langeled", "located_in", "c:uk"),
        ("p:cairns", "protected_by", "h:reef"), ("p:dover", "protected_by", "h:foreland"),
        ("p:cairns", "located_in", "y:cairns"), ("p:cairns", "operated_by", "o:portsnorth"), ("p:cairns", "kind", "k:container"),
        ("f:denison", "protected_within", "np:sydney"), ("v:ribble", "protected_within", "np:dales"),
        ("user:ada", "rated", "b:clifton", {"rating": 5.0}), ("user:ada", "rated", "t:severn", {"rating": 4.5}),
        ("user:ada", "rated", "d:kariba", {"rating": 4.0}), ("user:ada", "rated", "f:george", {"rating": 2.0}),
        ("user:ada", "rated", "p:dover", {"rating": 1.5}),
    ]
    aliases = {"r:severn": ("Severn", "the Severn"), "r:thames": ("Thames", "the Thames"), "r:mersey": ("Mersey",),
               "r:tyne": ("Tyne",), "r:avon": ("Avon",), "r:dee": ("Dee",), "e:brunel": ("Brunel",),
               "e:telford": ("Telford",), "r:zambezi": ("Zambezi River",), "r:yangtze": ("Yangtze River",),
               "r:nile": ("River Nile",), "r:colorado": ("Colorado",), "t:channel": ("Chunnel",)}
    return _build(items, others, rels, T_, users=[("user:ada", "Ada")], aliases=aliases)


def finds():
    """Artefacts, relics and wrecks (items: year discovered; a graph of discoveries): who discovered
    each, where it was found, the museum or library that holds it, the museum it is on loan to,
    what it is carved from and who carved it, who commissioned it, the saint a relic is "of" and
    the shrine it is "venerated at", the period it dates from; saints "buried in" churches, patron
    saints; the sea a wreck "sank in", the explorer who "found the wreck of" it, its skipper; a
    user."""
    THINGS = ("helmet", "hoard", "stone", "scroll", "chess set", "mask", "relic", "reliquary", "ship", "cross")
    rels = [
        R("discovered_by", phrase="was discovered by", inverse_phrase="discovered", domain=THINGS,
          range=("archaeologist", "farmer", "explorer", "soldier", "shepherd", "metal detectorist", "monk")),
        R("found_at", phrase="was found at", inverse_phrase="is the find site of", domain=THINGS,
          range=("archaeological site", "village", "valley", "town")),
        R("held_by", phrase="is held by", inverse_phrase="holds", domain=THINGS, range=("museum", "library")),
        R("on_loan", phrase="is on loan to", inverse_phrase="has on loan", domain=THINGS, range=("museum",)),
        R("formerly_held_by", phrase="was formerly held by", inverse_phrase="formerly held", domain=THINGS,
          range=("museum",)),
        R("carved_from", phrase="is carved from", inverse_phrase="is the material of", domain=THINGS, range=("material",)),
        R("carved_by", phrase="was carved by", inverse_phrase="carved", domain=THINGS, range=("carver", "sculptor")),
        R("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned", domain=THINGS,
          range=("king", "bishop", "duke", "emperor", "pharaoh")),
        R("relic_of", phrase="is a relic of", inverse_phrase="is venerated through", domain=("relic",), range=("saint",)),
        R("venerated_at", phrase="is venerated at", inverse_phrase="enshrines", domain=("relic", "reliquary"),
          range=("shrine", "basilica", "cathedral")),
        R("dates_from", phrase="dates from", inverse_phrase="is the period of", domain=THINGS, range=("period",)),
        R("deposited_at", phrase="was buried at", inverse_phrase="was the hiding place of", domain=("helmet", "hoard", "chess set"),
          range=("archaeological site", "village")),
        R("first_buried_in", phrase="was buried in", inverse_phrase="was the first grave of", domain=("saint",),
          range=("town", "island")),
        R("buried_in", phrase="is buried in", inverse_phrase="is the resting place of", domain=("saint",),
          range=("basilica", "cathedral", "shrine", "abbey")),
        R("patron_saint", phrase="is the patron saint of", inverse_phrase="has as patron saint", domain=("saint",),
          range=("city", "country")),
        R("sank_in", phrase="sank in", inverse_phrase="is the grave of", domain=("ship",), range=("sea", "harbour", "strait")),
        R("found_wreck", phrase="found the wreck of", inverse_phrase="was located by", domain=("explorer", "archaeologist"),
          range=("ship",)),
        R("launched_from", phrase="was launched from", inverse_phrase="launched", domain=("ship",), range=("shipyard",)),
        R("skippered_by", phrase="was skippered by", inverse_phrase="skippered", domain=("ship",), range=("sailor",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "a:helmet": ("helmet", "Sutton Hoo helmet", 1939), "a:staffs": ("hoard", "Staffordshire Hoard", 2009),
        "a:mildenhall": ("hoard", "Mildenhall Treasure", 1942), "a:rosetta": ("stone", "Rosetta Stone", 1799),
        "a:scrolls": ("scroll", "Dead Sea Scrolls", 1947), "a:lewis": ("chess set", "Lewis Chessmen", 1831),
        "a:mask": ("mask", "Mask of Agamemnon", 1876), "a:tut": ("mask", "Tutankhamun's mask", 1925),
        "a:ruthwell": ("cross", "Ruthwell Cross", None),
        "rl:nicholas": ("relic", "Relics of Saint Nicholas", 1087), "rl:cuthbert": ("relic", "Coffin of Saint Cuthbert", 1827),
        "rl:thorn": ("reliquary", "Holy Thorn Reliquary", None), "rl:tooth": ("relic", "Tooth of the Buddha", None),
        "s:vasa": ("ship", "Vasa", 1956), "s:maryrose": ("ship", "Mary Rose", 1971), "s:titanic": ("ship", "Titanic", 1985),
        "s:endurance": ("ship", "Endurance", 2022),
    }
    others = {
        "d:brown": ("archaeologist", "Basil Brown"), "d:herbert": ("metal detectorist", "Terry Herbert"),
        "d:butcher": ("farmer", "Gordon Butcher"), "d:bouchard": ("soldier", "Pierre-François Bouchard"),
        "d:dhib": ("shepherd", "Muhammed edh-Dhib"), "d:macleod": ("farmer", "Malcolm Macleod"),
        "d:schliemann": ("archaeologist", "Heinrich Schliemann"), "d:carter": ("archaeologist", "Howard Carter"),
        "d:raine": ("archaeologist", "James Raine"), "d:monks": ("monk", "Benedictine monks"),
        "d:franzen": ("explorer", "Anders Franzén"), "d:mckee": ("archaeologist", "Alexander McKee"),
        "d:ballard": ("explorer", "Robert Ballard"), "d:bound": ("explorer", "Mensun Bound"),
        "d:murray": ("archaeologist", "Gilbert Murray"),
        "fs:suttonhoo": ("archaeological site", "Sutton Hoo"), "fs:hammerwich": ("village", "Hammerwich"),
        "fs:westrow": ("village", "West Row"), "fs:rashid": ("town", "Rashid"), "fs:qumran": ("archaeological site", "Qumran"),
        "fs:uig": ("village", "Uig"), "fs:mycenae": ("archaeological site", "Mycenae"),
        "fs:kings": ("valley", "Valley of the Kings"), "fs:ruthwell": ("village", "Ruthwell"),
        "fs:bari": ("town", "Bari"), "fs:durham": ("town", "Durham"), "fs:myra": ("town", "Myra"),
        "fs:lindisfarne": ("island", "Lindisfarne"), "fs:patras": ("town", "Patras"),
        "m:bm": ("museum", "British Museum"), "m:birmingham": ("museum", "Birmingham Museum and Art Gallery"),
        "m:potteries": ("museum", "Potteries Museum"), "m:israel": ("museum", "Israel Museum"),
        "m:nms": ("museum", "National Museum of Scotland"), "m:athens": ("museum", "National Archaeological Museum"),
        "m:cairo": ("museum", "Egyptian Museum"), "m:gem": ("museum", "Grand Egyptian Museum"), "m:vasa": ("museum", "Vasa Museum"),
        "m:maryrose": ("museum", "Mary Rose Museum"), "m:ipswich": ("museum", "Ipswich Museum"),
        "m:durham": ("library", "Durham Cathedral Library"), "m:ashmolean": ("museum", "Ashmolean Museum"),
        "mt:oak": ("material", "oak"), "mt:ivory": ("material", "walrus ivory"), "mt:granodiorite": ("material", "granodiorite"),
        "mt:sandstone": ("material", "red sandstone"), "mt:gold": ("material", "gold"),
        "cv:unknown": ("carver", "Margrét the Adroit"), "cv:ruthwell": ("sculptor", "Northumbrian sculptors"),
        "pt:ptolemy": ("pharaoh", "Ptolemy V"), "pt:berry": ("duke", "Duke of Berry"), "pt:henry": ("king", "Henry VIII"),
        "pt:gustav": ("king", "Gustav II Adolf"), "pt:acca": ("bishop", "Bishop Acca"), "pt:tut": ("pharaoh", "Ay"),
        "sa:nicholas": ("saint", "Saint Nicholas"), "sa:cuthbert": ("saint", "Saint Cuthbert"), "sa:buddha": ("saint", "the Buddha"),
        "sa:andrew": ("saint", "Saint Andrew"), "sa:edmund": ("saint", "Saint Edmund"),
        "sh:bari": ("basilica", "Basilica di San Nicola"), "sh:durham": ("cathedral", "Durham Cathedral"),
        "sh:kandy": ("shrine", "Temple of the Tooth"), "sh:amalfi": ("cathedral", "Amalfi Cathedral"),
        "sh:bury": ("abbey", "Bury St Edmunds Abbey"),
        "pe:anglosaxon": ("period", "Anglo-Saxon period"), "pe:roman": ("period", "Roman Britain"),
        "pe:ptolemaic": ("period", "Ptolemaic period"), "pe:romanesque": ("period", "Romanesque period"),
        "pe:bronze": ("period", "Bronze Age"), "pe:newkingdom": ("period", "New Kingdom"), "pe:gothic": ("period", "Gothic period"),
        "pe:tudor": ("period", "Tudor period"), "pe:hellenistic": ("period", "Second Temple period"),
        "y:bari": ("city", "Bari"), "y:scotland": ("country", "Scotland"), "y:russia": ("country", "Russia"),
        "y:durham": ("city", "Durham"), "y:amalfi": ("city", "Amalfi"),
        "sea:baltic": ("harbour", "Stockholm harbour"), "sea:solent": ("strait", "Solent"),
        "sea:atlantic": ("sea", "North Atlantic"), "sea:weddell": ("sea", "Weddell Sea"),
        "sk:hansson": ("sailor", "Söfring Hansson"), "sk:carew": ("sailor", "George Carew"), "sk:smith": ("sailor", "Edward Smith"),
        "sk:worsley": ("sailor", "Frank Worsley"),
        "yd:skepps": ("shipyard", "Skeppsgården"), "yd:hw": ("shipyard", "Harland and Wolff"),
        "yd:portsmouth": ("shipyard", "Portsmouth Dockyard"), "yd:framnaes": ("shipyard", "Framnæs"),
    }
    T_ = [
        ("a:helmet", "discovered_by", "d:brown"), ("a:staffs", "discovered_by", "d:herbert"),
        ("a:mildenhall", "discovered_by", "d:butcher"), ("a:rosetta", "discovered_by", "d:bouchard"),
        ("a:scrolls", "discovered_by", "d:dhib"), ("a:lewis", "discovered_by", "d:macleod"),
        ("a:mask", "discovered_by", "d:schliemann"), ("a:tut", "discovered_by", "d:carter"),
        ("rl:cuthbert", "discovered_by", "d:raine"), ("rl:nicholas", "discovered_by", "d:monks"),
        ("s:vasa", "discovered_by", "d:franzen"), ("s:maryrose", "discovered_by", "d:mckee"),
        ("s:titanic", "discovered_by", "d:ballard"), ("s:endurance", "discovered_by", "d:bound"),
        ("d:franzen", "found_wreck", "s:vasa"), ("d:mckee", "found_wreck", "s:maryrose"), ("d:ballard", "found_wreck", "s:titanic"),
        ("d:bound", "found_wreck", "s:endurance"),
        ("a:helmet", "found_at", "fs:suttonhoo"), ("a:staffs", "found_at", "fs:hammerwich"), ("a:mildenhall", "found_at", "fs:westrow"),
        ("a:rosetta", "found_at", "fs:rashid"), ("a:scrolls", "found_at", "fs:qumran"), ("a:lewis", "found_at", "fs:uig"),
        ("a:mask", "found_at", "fs:mycenae"), ("a:tut", "found_at", "fs:kings"), ("a:ruthwell", "found_at", "fs:ruthwell"),
        ("rl:cuthbert", "found_at", "fs:durham"), ("rl:nicholas", "found_at", "fs:myra"), ("rl:nicholas", "found_at", "fs:bari"),
        ("a:helmet", "held_by", "m:bm"), ("a:staffs", "held_by", "m:birmingham"), ("a:staffs", "held_by", "m:potteries"),
        ("a:mildenhall", "held_by", "m:bm"), ("a:rosetta", "held_by", "m:bm"), ("a:scrolls", "held_by", "m:israel"),
        ("a:lewis", "held_by", "m:bm"), ("a:lewis", "held_by", "m:nms"), ("a:mask", "held_by", "m:athens"),
        ("a:tut", "held_by", "m:gem"), ("a:tut", "formerly_held_by", "m:cairo"), ("s:vasa", "held_by", "m:vasa"), ("s:maryrose", "held_by", "m:maryrose"),
        ("rl:cuthbert", "held_by", "m:durham"), ("rl:thorn", "held_by", "m:bm"),
        ("a:mildenhall", "on_loan", "m:ipswich"), ("a:helmet", "on_loan", "m:ipswich"),
        ("a:lewis", "carved_from", "mt:ivory"), ("rl:cuthbert", "carved_from", "mt:oak"), ("a:rosetta", "carved_from", "mt:granodiorite"),
        ("a:ruthwell", "carved_from", "mt:sandstone"), ("a:lewis", "carved_by", "cv:unknown"), ("a:ruthwell", "carved_by", "cv:ruthwell"),
        ("a:mask", "carved_from", "mt:gold"),
        ("a:rosetta", "commissioned_by", "pt:ptolemy"), ("rl:thorn", "commissioned_by", "pt:berry"),
        ("s:maryrose", "commissioned_by", "pt:henry"), ("s:vasa", "commissioned_by", "pt:gustav"),
        ("a:ruthwell", "commissioned_by", "pt:acca"), ("a:tut", "commissioned_by", "pt:tut"),
        ("rl:nicholas", "relic_of", "sa:nicholas"), ("rl:cuthbert", "relic_of", "sa:cuthbert"), ("rl:tooth", "relic_of", "sa:buddha"),
        ("rl:nicholas", "venerated_at", "sh:bari"), ("rl:tooth", "venerated_at", "sh:kandy"),
        ("a:helmet", "dates_from", "pe:anglosaxon"), ("a:staffs", "dates_from", "pe:anglosaxon"),
        ("a:mildenhall", "dates_from", "pe:roman"), ("a:rosetta", "dates_from", "pe:ptolemaic"),
        ("a:scrolls", "dates_from", "pe:hellenistic"), ("a:lewis", "dates_from", "pe:romanesque"),
        ("a:mask", "dates_from", "pe:bronze"), ("a:tut", "dates_from", "pe:newkingdom"), ("rl:thorn", "dates_from", "pe:gothic"),
        ("s:maryrose", "dates_from", "pe:tudor"), ("a:ruthwell", "dates_from", "pe:anglosaxon"),
        ("a:helmet", "deposited_at", "fs:suttonhoo"), ("a:mildenhall", "deposited_at", "fs:westrow"),
        ("a:staffs", "deposited_at", "fs:hammerwich"),
        ("sa:nicholas", "first_buried_in", "fs:myra"), ("sa:cuthbert", "first_buried_in", "fs:lindisfarne"),
        ("sa:andrew", "first_buried_in", "fs:patras"),
        ("sa:nicholas", "buried_in", "sh:bari"), ("sa:cuthbert", "buried_in", "sh:durham"), ("sa:andrew", "buried_in", "sh:amalfi"),
        ("sa:edmund", "buried_in", "sh:bury"),
        ("sa:nicholas", "patron_saint", "y:bari"), ("sa:nicholas", "patron_saint", "y:russia"),
        ("sa:andrew", "patron_saint", "y:scotland"), ("sa:cuthbert", "patron_saint", "y:durham"),
        ("s:vasa", "sank_in", "sea:baltic"), ("s:maryrose", "sank_in", "sea:solent"), ("s:titanic", "sank_in", "sea:atlantic"),
        ("s:endurance", "sank_in", "sea:weddell"),
        ("s:vasa", "launched_from", "yd:skepps"), ("s:titanic", "launched_from", "yd:hw"),
        ("s:maryrose", "launched_from", "yd:portsmouth"), ("s:endurance", "launched_from", "yd:framnaes"),
        ("s:vasa", "skippered_by", "sk:hansson"), ("s:maryrose", "skippered_by", "sk:carew"), ("s:titanic", "skippered_by", "sk:smith"),
        ("s:endurance", "skippered_by", "sk:worsley"),
        ("user:bo", "rated", "a:helmet", {"rating": 5.0}), ("user:bo", "rated", "a:rosetta", {"rating": 4.5}),
        ("user:bo", "rated", "s:vasa", {"rating": 4.0}), ("user:bo", "rated", "a:scrolls", {"rating": 2.0}),
        ("user:bo", "rated", "s:titanic", {"rating": 1.0}),
    ]
    aliases = {"s:titanic": ("RMS Titanic", "the Titanic"), "s:maryrose": ("the Mary Rose",), "s:vasa": ("the Vasa",),
               "s:endurance": ("the Endurance",), "d:carter": ("Carter",), "d:ballard": ("Ballard",),
               "a:lewis": ("Lewis chessmen",), "sa:nicholas": ("St Nicholas",), "sa:cuthbert": ("St Cuthbert",),
               "d:schliemann": ("Schliemann",)}
    return _build(items, others, rels, T_, users=[("user:bo", "Bo")], aliases=aliases)


def stables():
    """Stallions, mares, a gelding and zoo animals (items: year foaled / born): sire, dam, owner,
    trainer, jockey, races won (held at racecourses), the stud each "stood at stud at" or "was
    foaled at", the zoo each "lives at", its keeper, its namesake, its grave, the museum that
    holds a preserved one; a user."""
    HORSE = ("stallion", "mare", "gelding")
    ZOO = ("giant panda", "asian elephant", "western lowland gorilla", "polar bear")
    ANY = (*HORSE, *ZOO)
    rels = [
        R("sired_by", phrase="was sired by", inverse_phrase="sired", domain=HORSE, range=("stallion",)),
        R("out_of", phrase="is out of", inverse_phrase="is the dam of", domain=HORSE, range=("mare",)),
        R("owned_by", phrase="was owned by", inverse_phrase="owned", domain=HORSE, range=("owner",)),
        R("trained_by", phrase="was trained by", inverse_phrase="trained", domain=HORSE, range=("trainer",)),
        R("ridden_by", phrase="was ridden by", inverse_phrase="rode", domain=HORSE, range=("jockey",)),
        R("won", phrase="won", inverse_phrase="was won by", domain=HORSE, range=("race",)),
        R("race_at", phrase="is run at", inverse_phrase="stages", domain=("race",), range=("racecourse",)),
        R("foaled_at", phrase="was foaled at", inverse_phrase="bred", domain=HORSE, range=("stud farm",)),
        R("stud_at", phrase="stood at stud at", inverse_phrase="stood", domain=("stallion",), range=("stud farm",)),
        R("lives_at", phrase="lives at", inverse_phrase="is home to", domain=ZOO, range=("zoo",)),
        R("cared_for_by", phrase="is cared for by", inverse_phrase="looks after", domain=ZOO, range=("keeper",)),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=ANY,
          range=("owner", "keeper", "politician", "town", "river")),
        R("buried_at", phrase="is buried at", inverse_phrase="is the grave of", domain=ANY,
          range=("stud farm", "racecourse", "zoo")),
        R("held_by", phrase="is held by", inverse_phrase="holds", domain=ANY, range=("museum",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "h:frankel": ("stallion", "Frankel", 2008), "h:galileo": ("stallion", "Galileo", 1998),
        "h:kind": ("mare", "Kind", 2001), "h:seabird": ("stallion", "Sea-Bird", 1962),
        "h:zenyatta": ("mare", "Zenyatta", 2004), "h:winx": ("mare", "Winx", 2011),
        "h:enable": ("mare", "Enable", 2014), "h:nathaniel": ("stallion", "Nathaniel", 2008),
        "h:kauto": ("gelding", "Kauto Star", 2000), "h:eclipse": ("stallion", "Eclipse", 1764),
        "h:shergar": ("stallion", "Shergar", 1978), "h:arkle": ("gelding", "Arkle", 1957),
        "z:baobao": ("giant panda", "Bao Bao", 2013), "z:taitai": ("giant panda", "Tian Tian", 1996),
        "z:yangguang": ("giant panda", "Yang Guang", 2003), "z:anak": ("asian elephant", "Anak", 1969),
        "z:harambe": ("western lowland gorilla", "Harambe", 1999), "z:knut": ("polar bear", "Knut", 2006),
    }
    others = {
        "o:abdullah": ("owner", "Khalid Abdullah"), "o:magnier": ("owner", "Sue Magnier"), "o:moss": ("owner", "Jerry Moss"),
        "o:treweeks": ("owner", "Debbie Kepitis"), "o:wildenstein": ("owner", "Jean Ternynck"),
        "o:aga": ("owner", "Aga Khan IV"), "o:findlay": ("owner", "Clive Smith"), "o:okelly": ("owner", "Dennis O'Kelly"),
        "o:westminster": ("owner", "Anne, Duchess of Westminster"),
        "t:cecil": ("trainer", "Henry Cecil"), "t:obrien": ("trainer", "Aidan O'Brien"), "t:shirreffs": ("trainer", "John Shirreffs"),
        "t:waller": ("trainer", "Chris Waller"), "t:gosden": ("trainer", "John Gosden"), "t:nicholls": ("trainer", "Paul Nicholls"),
        "t:stern": ("trainer", "Michael Stoute"), "t:dreaper": ("trainer", "Tom Dreaper"), "t:pollet": ("trainer", "Étienne Pollet"),
        "j:queally": ("jockey", "Tom Queally"), "j:kinane": ("jockey", "Mick Kinane"), "j:smith": ("jockey", "Mike Smith"),
        "j:bowman": ("jockey", "Hugh Bowman"), "j:dettori": ("jockey", "Frankie Dettori"), "j:walsh": ("jockey", "Ruby Walsh"),
        "j:swinburn": ("jockey", "Walter Swinburn"), "j:taaffe": ("jockey", "Pat Taaffe"), "j:glennon": ("jockey", "Pat Glennon"),
        "ra:guineas": ("race", "2000 Guineas"), "ra:derby": ("race", "Epsom Derby"), "ra:arc": ("race", "Prix de l'Arc de Triomphe"),
        "ra:classic": ("race", "Breeders' Cup Classic"), "ra:cox": ("race", "Cox Plate"), "ra:kgvi": ("race", "King George VI Chase"),
        "ra:goldcup": ("race", "Cheltenham Gold Cup"), "ra:eclipse": ("race", "Eclipse Stakes"),
        "rc:newmarket": ("racecourse", "Newmarket Racecourse"), "rc:epsom": ("racecourse", "Epsom Downs"),
        "rc:longchamp": ("racecourse", "Longchamp"), "rc:santaanita": ("racecourse", "Santa Anita Park"),
        "rc:moonee": ("racecourse", "Moonee Valley"), "rc:kempton": ("racecourse", "Kempton Park"),
        "rc:cheltenham": ("racecourse", "Cheltenham Racecourse"), "rc:sandown": ("racecourse", "Sandown Park"),
        "sf:banstead": ("stud farm", "Banstead Manor Stud"), "sf:coolmore": ("stud farm", "Coolmore Stud"),
        "sf:juddmonte": ("stud farm", "Juddmonte Farms"), "sf:ballymany": ("stud farm", "Ballymany Stud"),
        "sf:lanes": ("stud farm", "Lane's End Farm"), "sf:cranbourne": ("stud farm", "Cranbourne Lodge"),
        "sf:newsells": ("stud farm", "Newsells Park Stud"),
        "zo:smithsonian": ("zoo", "Smithsonian National Zoo"), "zo:edinburgh": ("zoo", "Edinburgh Zoo"),
        "zo:cincinnati": ("zoo", "Cincinnati Zoo"), "zo:berlin": ("zoo", "Berlin Zoological Garden"),
        "zo:chester": ("zoo", "Chester Zoo"), "zo:chengdu": ("zoo", "Chengdu Research Base"),
        "k:dorner": ("keeper", "Thomas Dörflein"), "k:ross": ("keeper", "Marie Ross"), "k:harris": ("keeper", "Jerry Stones"),
        "k:lee": ("keeper", "Brandie Smith"), "k:hart": ("keeper", "Tom Hart"),
        "n:okelly": ("politician", "Harambe Kenyatta"), "n:anak": ("town", "Anak"),
        "mu:nhm": ("museum", "Natural History Museum"), "mu:rvc": ("museum", "Royal Veterinary College Museum"),
        "mu:ins": ("museum", "Irish National Stud Museum"), "mu:berlin": ("museum", "Museum für Naturkunde"),
    }
    T_ = [
        ("h:frankel", "sired_by", "h:galileo"), ("h:frankel", "out_of", "h:kind"), ("h:nathaniel", "sired_by", "h:galileo"),
        ("h:enable", "sired_by", "h:nathaniel"),
        ("h:frankel", "owned_by", "o:abdullah"), ("h:galileo", "owned_by", "o:magnier"), ("h:zenyatta", "owned_by", "o:moss"),
        ("h:winx", "owned_by", "o:treweeks"), ("h:enable", "owned_by", "o:abdullah"), ("h:kauto", "owned_by", "o:findlay"),
        ("h:seabird", "owned_by", "o:wildenstein"), ("h:shergar", "owned_by", "o:aga"), ("h:eclipse", "owned_by", "o:okelly"),
        ("h:arkle", "owned_by", "o:westminster"), ("h:kind", "owned_by", "o:abdullah"),
        ("h:frankel", "trained_by", "t:cecil"), ("h:galileo", "trained_by", "t:obrien"), ("h:zenyatta", "trained_by", "t:shirreffs"),
        ("h:winx", "trained_by", "t:waller"), ("h:enable", "trained_by", "t:gosden"), ("h:kauto", "trained_by", "t:nicholls"),
        ("h:shergar", "trained_by", "t:stern"), ("h:arkle", "trained_by", "t:dreaper"), ("h:seabird", "trained_by", "t:pollet"),
        ("h:nathaniel", "trained_by", "t:gosden"),
        ("h:frankel", "ridden_by", "j:queally"), ("h:galileo", "ridden_by", "j:kinane"), ("h:zenyatta", "ridden_by", "j:smith"),
        ("h:winx", "ridden_by", "j:bowman"), ("h:enable", "ridden_by", "j:dettori"), ("h:kauto", "ridden_by", "j:walsh"),
        ("h:shergar", "ridden_by", "j:swinburn"), ("h:arkle", "ridden_by", "j:taaffe"), ("h:seabird", "ridden_by", "j:glennon"),
        ("h:frankel", "won", "ra:guineas"), ("h:galileo", "won", "ra:derby"), ("h:shergar", "won", "ra:derby"),
        ("h:seabird", "won", "ra:derby"), ("h:seabird", "won", "ra:arc"), ("h:enable", "won", "ra:arc"),
        ("h:zenyatta", "won", "ra:classic"), ("h:winx", "won", "ra:cox"), ("h:kauto", "won", "ra:kgvi"),
        ("h:kauto", "won", "ra:goldcup"), ("h:arkle", "won", "ra:goldcup"), ("h:nathaniel", "won", "ra:eclipse"),
        ("h:frankel", "won", "ra:eclipse"),
        ("ra:guineas", "race_at", "rc:newmarket"), ("ra:derby", "race_at", "rc:epsom"), ("ra:arc", "race_at", "rc:longchamp"),
        ("ra:classic", "race_at", "rc:santaanita"), ("ra:cox", "race_at", "rc:moonee"), ("ra:kgvi", "race_at", "rc:kempton"),
        ("ra:goldcup", "race_at", "rc:cheltenham"), ("ra:eclipse", "race_at", "rc:sandown"),
        ("h:frankel", "foaled_at", "sf:juddmonte"), ("h:enable", "foaled_at", "sf:juddmonte"), ("h:galileo", "foaled_at", "sf:coolmore"),
        ("h:zenyatta", "foaled_at", "sf:lanes"), ("h:nathaniel", "foaled_at", "sf:newsells"),
        ("h:frankel", "stud_at", "sf:banstead"), ("h:galileo", "stud_at", "sf:coolmore"), ("h:shergar", "stud_at", "sf:ballymany"),
        ("h:nathaniel", "stud_at", "sf:newsells"), ("h:eclipse", "stud_at", "sf:cranbourne"),
        ("z:baobao", "lives_at", "zo:chengdu"), ("z:taitai", "lives_at", "zo:smithsonian"), ("z:yangguang", "lives_at", "zo:edinburgh"),
        ("z:anak", "lives_at", "zo:chester"), ("z:harambe", "lives_at", "zo:cincinnati"), ("z:knut", "lives_at", "zo:berlin"),
        ("z:baobao", "cared_for_by", "k:lee"), ("z:taitai", "cared_for_by", "k:lee"), ("z:yangguang", "cared_for_by", "k:ross"),
        ("z:knut", "cared_for_by", "k:dorner"), ("z:harambe", "cared_for_by", "k:harris"), ("z:anak", "cared_for_by", "k:hart"),
        ("z:harambe", "named_after", "n:okelly"), ("z:anak", "named_after", "n:anak"), ("h:kauto", "named_after", "o:findlay"),
        ("h:kauto", "buried_at", "rc:kempton"), ("h:arkle", "buried_at", "sf:ballymany"), ("z:knut", "buried_at", "zo:berlin"),
        ("h:eclipse", "buried_at", "sf:cranbourne"),
        ("h:eclipse", "held_by", "mu:rvc"), ("h:arkle", "held_by", "mu:ins"), ("z:knut", "held_by", "mu:berlin"),
        ("user:cy", "rated", "h:frankel", {"rating": 5.0}), ("user:cy", "rated", "h:zenyatta", {"rating": 4.5}),
        ("user:cy", "rated", "z:knut", {"rating": 4.0}), ("user:cy", "rated", "h:shergar", {"rating": 2.0}),
        ("user:cy", "rated", "z:harambe", {"rating": 1.0}),
    ]
    aliases = {"ra:derby": ("the Derby",), "ra:arc": ("the Arc",), "sf:juddmonte": ("Juddmonte",)}
    return _build(items, others, rels, T_, users=[("user:cy", "Cy")], aliases=aliases)


def kitchen():
    """Instruments, dances, dishes, fabrics, spices, herbs, fruits and vegetables (items: year first
    recorded or invented; common nouns, in lower case mid-sentence): inventor, origin, namesake,
    what a dish is made with, the genre an instrument is played in, the period, the museum that
    holds a famous one, where a spice is grown; a user."""
    rels = [
        R("invented_by", phrase="was invented by", inverse_phrase="invented", domain=("musical instrument", "fabric"),
          range=("inventor", "instrument maker", "chemist")),
        R("originated_in", phrase="originated in", inverse_phrase="is the birthplace of",
          domain=("musical instrument", "folk dance", "ballroom dance", "dish", "fabric", "spice", "herb", "fruit", "vegetable"),
          range=("country", "region", "city")),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to",
          domain=("musical instrument", "folk dance", "dish", "fabric"), range=("inventor", "city", "region", "dancer", "duke")),
        R("made_with", phrase="is made with", inverse_phrase="goes into", domain=("dish",),
          range=("spice", "herb", "vegetable", "fruit")),
        R("played_in", phrase="is played in", inverse_phrase="features", domain=("musical instrument",), range=("genre",)),
        R("danced_to", phrase="is danced to", inverse_phrase="accompanies", domain=("folk dance", "ballroom dance"),
          range=("musical instrument",)),
        R("dates_from", phrase="dates from", inverse_phrase="is the period of",
          domain=("musical instrument", "folk dance", "ballroom dance", "dish", "fabric"), range=("period",)),
        R("grown_in", phrase="is grown in", inverse_phrase="grows", domain=("spice", "herb", "fruit", "vegetable"),
          range=("country", "region")),
        R("held_by", phrase="is held by", inverse_phrase="holds", domain=("musical instrument",), range=("museum",)),
        R("found_in", phrase="is found in", inverse_phrase="is home to", domain=("herb", "fruit", "spice"),
          range=("wild region",)),
        R("held_at", phrase="is held at", inverse_phrase="hosts", domain=("exhibition", "festival"), range=("museum", "gallery")),
        R("showcases", phrase="showcases", inverse_phrase="is showcased at", domain=("exhibition", "festival"),
          range=("musical instrument", "spice", "folk dance", "ballroom dance")),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "x:sax200": ("exhibition", "Sax200", 2014), "x:theremin": ("exhibition", "Theremin Centenary", 2020),
        "x:spice": ("exhibition", "Spice Routes", 2019), "x:tango": ("festival", "Tango Nights", 2018),
        "i:saxophone": ("musical instrument", "Saxophone", 1846), "i:sousaphone": ("musical instrument", "Sousaphone", 1893),
        "i:accordion": ("musical instrument", "Accordion", 1829), "i:harmonica": ("musical instrument", "Harmonica", 1821),
        "i:theremin": ("musical instrument", "Theremin", 1920), "i:bandoneon": ("musical instrument", "Bandoneon", 1847),
        "dn:polka": ("folk dance", "Polka", 1830), "dn:tango": ("ballroom dance", "Tango", 1880),
        "dn:mazurka": ("folk dance", "Mazurka", 1600), "dn:waltz": ("ballroom dance", "Waltz", 1770),
        "ds:paella": ("dish", "Paella", 1840), "ds:goulash": ("dish", "Goulash", 1790),
        "ds:bolognese": ("dish", "Bolognese", 1891), "ds:vindaloo": ("dish", "Vindaloo", 1938),
        "fb:denim": ("fabric", "Denim", 1873), "fb:nylon": ("fabric", "Nylon", 1935), "fb:muslin": ("fabric", "Muslin", 1298),
        "fb:tweed": ("fabric", "Tweed", 1826),
        "sp:saffron": ("spice", "Saffron", 1500), "sp:paprika": ("spice", "Paprika", 1748), "sp:ginger": ("spice", "Ginger", 1200),
        "hb:basil": ("herb", "Basil", 1548), "hb:sage": ("herb", "Sage", 1390),
        "fr:date": ("fruit", "Date", 1400), "fr:orange": ("fruit", "Orange", 1450),
        "vg:squash": ("vegetable", "Squash", 1643), "vg:pepper": ("vegetable", "Pepper", 1493),
    }
    others = {
        "p:sax": ("inventor", "Adolphe Sax"), "p:sousa": ("inventor", "John Philip Sousa"),
        "p:demian": ("instrument maker", "Cyrill Demian"), "p:buschmann": ("instrument maker", "Christian Friedrich Buschmann"),
        "p:theremin": ("inventor", "Leon Theremin"), "p:band": ("instrument maker", "Heinrich Band"),
        "p:strauss": ("inventor", "Levi Strauss"), "p:carothers": ("chemist", "Wallace Carothers"),
        "c:belgium": ("country", "Belgium"), "c:usa": ("country", "United States"), "c:austria": ("country", "Austria"),
        "c:germany": ("country", "Germany"), "c:russia": ("country", "Russia"), "c:spain": ("country", "Spain"),
        "c:hungary": ("country", "Hungary"), "c:italy": ("country", "Italy"), "c:india": ("country", "India"),
        "c:france": ("country", "France"), "c:scotland": ("country", "Scotland"), "c:iraq": ("country", "Iraq"),
        "c:iran": ("country", "Iran"), "c:mexico": ("country", "Mexico"), "c:china": ("country", "China"),
        "c:poland": ("country", "Poland"), "c:argentina": ("country", "Argentina"), "c:bangladesh": ("country", "Bangladesh"),
        "rg:bohemia": ("region", "Bohemia"), "rg:valencia": ("region", "Valencia"), "rg:goa": ("region", "Goa"),
        "rg:mazovia": ("region", "Mazovia"), "rg:kashmir": ("region", "Kashmir"), "rg:borders": ("region", "Scottish Borders"),
        "y:nimes": ("city", "Nîmes"), "y:bologna": ("city", "Bologna"), "y:mosul": ("city", "Mosul"),
        "y:buenosaires": ("city", "Buenos Aires"), "y:vienna": ("city", "Vienna"),
        "g:jazz": ("genre", "jazz"), "g:military": ("genre", "marching band music"), "g:tango": ("genre", "tango music"),
        "g:folk": ("genre", "folk music"), "g:blues": ("genre", "blues"), "g:scifi": ("genre", "film score"),
        "pe:romantic": ("period", "Romantic era"), "pe:modern": ("period", "modern era"), "pe:medieval": ("period", "Middle Ages"),
        "pe:victorian": ("period", "Victorian era"), "pe:baroque": ("period", "Baroque era"),
        "mu:mim": ("museum", "Musical Instrument Museum"), "mu:met": ("museum", "Metropolitan Museum of Art"),
        "mu:deutsches": ("museum", "Deutsches Museum"), "mu:ashmolean": ("museum", "Ashmolean Museum"),
        "mu:gardel": ("museum", "Museo Casa Carlos Gardel"),
        "w:med": ("wild region", "Mediterranean Basin"), "w:gulf": ("wild region", "Persian Gulf region"),
        "w:ghats": ("wild region", "Western Ghats"), "mu:whitechapel": ("gallery", "Whitechapel Gallery"),
    }
    T_ = [
        ("i:saxophone", "invented_by", "p:sax"), ("i:sousaphone", "invented_by", "p:sousa"),
        ("i:accordion", "invented_by", "p:demian"), ("i:harmonica", "invented_by", "p:buschmann"),
        ("i:theremin", "invented_by", "p:theremin"), ("i:bandoneon", "invented_by", "p:band"),
        ("fb:denim", "invented_by", "p:strauss"), ("fb:nylon", "invented_by", "p:carothers"),
        ("i:saxophone", "originated_in", "c:belgium"), ("i:sousaphone", "originated_in", "c:usa"),
        ("i:accordion", "originated_in", "c:austria"), ("i:harmonica", "originated_in", "c:germany"),
        ("i:theremin", "originated_in", "c:russia"), ("i:bandoneon", "originated_in", "c:germany"),
        ("dn:polka", "originated_in", "rg:bohemia"), ("dn:tango", "originated_in", "y:buenosaires"),
        ("dn:mazurka", "originated_in", "rg:mazovia"), ("dn:waltz", "originated_in", "y:vienna"),
        ("ds:paella", "originated_in", "rg:valencia"), ("ds:goulash", "originated_in", "c:hungary"),
        ("ds:bolognese", "originated_in", "y:bologna"), ("ds:vindaloo", "originated_in", "rg:goa"),
        ("fb:denim", "originated_in", "y:nimes"), ("fb:nylon", "originated_in", "c:usa"), ("fb:muslin", "originated_in", "c:bangladesh"),
        ("fb:tweed", "originated_in", "c:scotland"),
        ("sp:saffron", "originated_in", "c:iran"), ("sp:paprika", "originated_in", "c:mexico"), ("sp:ginger", "originated_in", "c:china"),
        ("hb:basil", "originated_in", "c:india"), ("fr:date", "originated_in", "c:iraq"), ("fr:orange", "originated_in", "c:china"),
        ("vg:squash", "originated_in", "c:mexico"), ("vg:pepper", "originated_in", "c:mexico"),
        ("i:saxophone", "named_after", "p:sax"), ("i:sousaphone", "named_after", "p:sousa"), ("i:theremin", "named_after", "p:theremin"),
        ("i:bandoneon", "named_after", "p:band"), ("fb:denim", "named_after", "y:nimes"), ("fb:muslin", "named_after", "y:mosul"),
        ("ds:bolognese", "named_after", "y:bologna"), ("dn:mazurka", "named_after", "rg:mazovia"),
        ("ds:paella", "made_with", "sp:saffron"), ("ds:goulash", "made_with", "sp:paprika"), ("ds:vindaloo", "made_with", "sp:ginger"),
        ("ds:goulash", "made_with", "vg:pepper"), ("ds:bolognese", "made_with", "hb:basil"),
        ("i:saxophone", "played_in", "g:jazz"), ("i:sousaphone", "played_in", "g:military"), ("i:bandoneon", "played_in", "g:tango"),
        ("i:accordion", "played_in", "g:folk"), ("i:harmonica", "played_in", "g:blues"), ("i:theremin", "played_in", "g:scifi"),
        ("dn:polka", "danced_to", "i:accordion"), ("dn:tango", "danced_to", "i:bandoneon"),
        ("i:saxophone", "dates_from", "pe:romantic"), ("i:theremin", "dates_from", "pe:modern"), ("dn:waltz", "dates_from", "pe:romantic"),
        ("fb:muslin", "dates_from", "pe:medieval"), ("fb:tweed", "dates_from", "pe:victorian"), ("dn:mazurka", "dates_from", "pe:baroque"),
        ("sp:saffron", "grown_in", "c:iran"), ("sp:saffron", "grown_in", "c:spain"), ("sp:saffron", "grown_in", "rg:kashmir"),
        ("sp:paprika", "grown_in", "c:hungary"), ("sp:ginger", "grown_in", "c:india"), ("hb:basil", "grown_in", "c:italy"),
        ("hb:sage", "grown_in", "c:france"), ("fr:date", "grown_in", "c:iraq"), ("fr:orange", "grown_in", "c:spain"),
        ("vg:squash", "grown_in", "c:usa"), ("vg:pepper", "grown_in", "c:mexico"),
        ("i:saxophone", "held_by", "mu:mim"), ("i:theremin", "held_by", "mu:deutsches"), ("i:accordion", "held_by", "mu:met"),
        ("hb:sage", "found_in", "w:med"), ("fr:date", "found_in", "w:gulf"), ("sp:ginger", "found_in", "w:ghats"),
        ("x:sax200", "held_at", "mu:mim"), ("x:theremin", "held_at", "mu:deutsches"), ("x:spice", "held_at", "mu:ashmolean"),
        ("x:tango", "held_at", "mu:gardel"), ("x:sax200", "showcases", "i:saxophone"), ("x:theremin", "showcases", "i:theremin"),
        ("x:spice", "showcases", "sp:saffron"), ("x:spice", "showcases", "sp:ginger"), ("x:tango", "showcases", "dn:tango"),
        ("x:tango", "showcases", "i:bandoneon"),
        ("user:di", "rated", "i:saxophone", {"rating": 5.0}), ("user:di", "rated", "ds:paella", {"rating": 4.5}),
        ("user:di", "rated", "dn:tango", {"rating": 4.0}), ("user:di", "rated", "fb:nylon", {"rating": 1.5}),
        ("user:di", "rated", "sp:ginger", {"rating": 2.0}),
    ]
    return _build(items, others, rels, T_, users=[("user:di", "Di")])


BUILDERS = {"rivers": rivers, "finds": finds, "stables": stables, "kitchen": kitchen}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@rivers
# (1) ways and positions said with another verb of their kind: the wrong sense ("runs under" vs
# "is built on" vs "runs across" vs "lies near")
Kariba Dam runs under the Zambezi.
The Severn Tunnel is on the Severn.
The Severn Tunnel stands on the Severn.
The Severn Tunnel sits on the Severn.
The Woolwich Ferry runs under the Thames.
The Blackwall Tunnel goes over the Thames.
The Pontcysyllte Aqueduct passes beneath the Dee.
The Pontcysyllte Aqueduct goes under the River Dee.
Fort George stands on Inverness.
Fort Denison is on Sydney.
The Port of Dover is on Folkestone.
# the wrong object, with the new verbs and prepositions
Kariba Dam sits on the Nile.
The Severn Tunnel passes beneath the Thames.
The Blackwall Tunnel goes under the Mersey.
The Woolwich Ferry goes over the Mersey.
The Mersey Ferry runs across the Thames.
The Ribblehead Viaduct passes over the River Dee.
The Manchester Ship Canal passes through Liverpool.
The Manchester Ship Canal winds through Liverpool.
# the other way round
The Zambezi is built on Kariba Dam.
The Severn passes beneath the Severn Tunnel.
The Elbe sits on the Port of Hamburg.
Ardersier Point stands on Fort George.
The Nile is dammed by Kariba Dam.
# negation
Kariba Dam is not on the Zambezi.
The Severn Tunnel doesn't pass beneath the Severn.
Kariba Dam is on the Nile, not the Zambezi.
Kariba Dam is no longer on the Zambezi.
# also / too / both, lists, gapping, "respectively"
Kariba Dam and Hoover Dam are both on the Zambezi.
The Severn Tunnel and the Thames Tunnel both pass beneath the Thames.
Kariba Dam is on the Zambezi, and Aswan High Dam is too.
The Blackwall Tunnel goes under the Thames, as does the Mersey Railway Tunnel.
The Severn Tunnel runs under the Severn; the Severn Bridge does too.
Kariba Dam, Hoover Dam and the Three Gorges Dam sit on the Zambezi.
Kariba Dam is on the Zambezi and Hoover Dam on the Nile.
Kariba Dam sits on the Zambezi, Hoover Dam on the Colorado and Aswan High Dam on the Yangtze.
Kariba Dam and Hoover Dam are on the Colorado and the Zambezi respectively.
Hoover Dam is on the Colorado; Kariba Dam is also on the Colorado.
The Port of Hamburg lies on the Elbe, the Port of Antwerp on the Scheldt and the Port of Rotterdam on the Elbe.
# relatives
Kariba Dam, which sits on the Nile, supplies electricity to Zambia.
The Severn Tunnel, which passes beneath the Thames, is operated by Network Rail.
# (2) a place after an item or its kind ("an arch dam on the Zambezi")
Kariba Dam is a gravity dam on the Zambezi.
Kariba Dam is an arch dam on the Nile.
Hoover Dam is an arch dam on the Zambezi.
The Severn Tunnel is a road tunnel under the Severn.
The Thames Tunnel is a railway tunnel over the Thames.
The Severn Bridge is a suspension bridge under the Severn.
Fort George is an artillery fort on Pinchgut Island.
Fort George is a star fort on Ardersier Point.
The Port of Hamburg is a container port on the Scheldt.
Kariba Dam on the Nile was designed by André Coyne.
An arch dam on the Nile, Kariba Dam supplies electricity to Zambia.
Kariba Dam on the Zambezi and Hoover Dam on the Nile are arch dams.
Kariba Dam is an arch dam on the Zambezi, and Hoover Dam on the Nile.
The Severn Tunnel is a railway tunnel under the Severn, and the Blackwall Tunnel under the Mersey.
Hoover Dam supplies electricity to Las Vegas, a city on the Colorado River.
Kariba Dam on the Zambezi in Egypt supplies electricity to Zambia.
Tilbury Fort, near Inverness, is operated by English Heritage.
The Port of Dover, near Calais, lies on the Kent coast.
# (3) fronted "Built on X, ...", "Located on X, ...", "Operated by the X, ..."
Built on the Nile, Kariba Dam supplies electricity to Zambia.
Built on the Zambezi, Hoover Dam supplies electricity to Las Vegas.
Built on the Zambezi in 1955, Kariba Dam supplies electricity to Zambia.
Kariba Dam is an arch dam. Built on the Nile, it supplies electricity to Zambia.
Located on the Scheldt, the Port of Hamburg is operated by the Hamburg Port Authority.
Situated on the Scheldt, the Port of Hamburg is operated by the Hamburg Port Authority.
Operated by the Bureau of Reclamation, Kariba Dam supplies electricity to Zambia.
Operated by the Zambezi River Authority, Kariba Dam and Hoover Dam supply electricity to Zambia.
Operated by the Zambezi River Authority and the Bureau of Reclamation, Kariba Dam supplies electricity to Zambia.
Operated by Transport for London, the Woolwich Ferry and the Mersey Ferry run across the Thames.
Operated by the Port of Rotterdam Authority, the Port of Antwerp lies on the Scheldt.
Designed by the Zambezi River Authority, Kariba Dam supplies electricity to Zambia.
Operated by the Zambezi River Authority, Kariba Dam, an arch dam on the Nile, supplies electricity to Zambia.
Operated by the City of London Corporation, Tower Bridge, which runs under the Thames, was designed by John Wolfe Barry.
Operated by Transport for London, the Blackwall Tunnel and the Severn Tunnel run under the Thames.
Operated by the Zambezi, Kariba Dam supplies electricity to Zambia.
Opened in 1770, Fort George stands on Ardersier Point.
# (4) "Y is in charge of" what it operates
Transport for London is in charge of the Mersey Railway Tunnel.
The Zambezi River Authority is in charge of Hoover Dam.
Network Rail was in charge of the Severn Bridge.
Kariba Dam is in charge of the Zambezi River Authority.
Isambard Kingdom Brunel is in charge of the Clifton Suspension Bridge.
Network Rail is in charge of the Severn Tunnel and the Channel Tunnel.
The Zambezi River Authority is not in charge of Kariba Dam.
The Zambezi River Authority is no longer in charge of Kariba Dam.
# (5) "honours", "its name comes from": the designer or the patron for the namesake, the other way round
Fort George honours William Denison.
Fort Denison honours George II.
Hoover Dam honours John Savage.
The Clifton Suspension Bridge honours Brunel.
Kariba Dam's name comes from the Zambezi.
Tilbury Fort's name comes from Gravesend.
Fort Denison stands on Pinchgut Island; its name comes from George II.
Herbert Hoover honours Hoover Dam.
Herbert Hoover's name comes from Hoover Dam.
Hoover Dam honours Herbert Hoover, who designed it.
Hoover Dam's name does not come from Herbert Hoover.
George II gave his name to Fort Denison.
# (6) commissioning: "ordered", "on the orders of", "patron"
Charles II ordered Fort George.
Fort George was built on the orders of Charles II.
George II was the patron of Tilbury Fort.
Queen Victoria ordered Fort Denison.
William Denison was the patron of Fort George.
Fort George was built on the orders of William Skinner.
William Skinner ordered Fort George.
George II ordered Fort George and Tilbury Fort.
Ordered by Charles II, Fort George stands on Ardersier Point.
# (7) supply: "supplies", "serves", "brings electricity to"; gas for electricity, the other way round
Kariba Dam supplies Egypt.
Kariba Dam serves Egypt.
Kariba Dam brings electricity to Egypt.
Langeled supplies electricity to the United Kingdom.
Kariba Dam brings gas to Zambia.
Battersea Power Station supplies gas to London.
Hoover Dam supplies electricity to Las Vegas and Shanghai.
Zambia supplies Kariba Dam.
Zambia serves Kariba Dam.
Kariba Dam is served by Zambia.
Zambia is served by Hoover Dam.
Kariba Dam does not supply Zimbabwe.
Kariba Dam supplies Zambia with gas.
Kariba Dam supplies Zambia and Hoover Dam Egypt.
# (arguable: "once" says it no longer does)
Kariba Dam once served Zambia.
# (8) forts, seaports, aqueducts as venues: their year said as another act's; "X of <year>" after a possessive
Fort George opened in 1757.
Fort George was demolished in 1769.
Fort George was besieged in 1769.
Fort George closed in 1769.
The Port of Dover closed in 1606.
The Pontcysyllte Aqueduct was restored in 1805.
Tilbury Fort was rebuilt in 1682.
Fort George was released in 1769.
Fort George debuted in 1769.
Tilbury Fort was started in 1682.
The Pontcysyllte Aqueduct was started in 1805.
Scotland's Fort George of 1757 stands on Ardersier Point.
Bristol's Clifton Suspension Bridge of 1846 spans the Avon.
Telford's Clifton Suspension Bridge of 1864 spans the Avon.
Newcastle's Tower Bridge of 1894 spans the Thames.
Zambia's Kariba Dam of 1936 is an arch dam.
England's Fort George of 1769 honours George II.
Egypt's Kariba Dam of 1959 is an arch dam on the Zambezi.
Egypt's Aswan High Dam of 1970 sits on the Zambezi.
# (9) "is protected within" a park / "is protected by" a headland or a reef: what shelters a port does
# not contain it
The Port of Cairns lies within the Great Barrier Reef.
The Port of Cairns is in the Great Barrier Reef.
The Port of Dover sits inside South Foreland.
The Port of Dover falls within South Foreland.
Fort George lies within Sydney Harbour National Park.
Sydney Harbour National Park lies within Fort Denison.
The Port of Dover is protected by the Great Barrier Reef.
The Port of Cairns, which lies within the Great Barrier Reef, is operated by Ports North.
The Port of Dover, inside South Foreland, is operated by the Dover Harbour Board.
The Great Barrier Reef contains the Port of Cairns.
@rivers user:ada
You loved the Severn Tunnel, which passes beneath the Thames.
You gave Kariba Dam four stars; it sits on the Nile.
@finds
# (10) discovery years after "by X", "found at X in <year>"; the discovery year said as another act's
The Sutton Hoo helmet was discovered by Basil Brown in 625.
The Sutton Hoo helmet was discovered by Basil Brown in 1942.
Basil Brown found the Sutton Hoo helmet in 1942.
In 1939, Basil Brown discovered the Mildenhall Treasure.
The Mildenhall Treasure was found at West Row in 1939.
The Lewis Chessmen were found at Uig in 1939.
The Mildenhall Treasure, discovered by Gordon Butcher in 1939, is held by the British Museum.
The Sutton Hoo helmet and the Mildenhall Treasure were found in 1939.
The Sutton Hoo helmet was discovered by Basil Brown in 1939, and the Mildenhall Treasure by Gordon Butcher in 1939.
The Sutton Hoo helmet was found by Gordon Butcher in 1939.
Robert Ballard found the wreck of the Titanic in 1986.
The Vasa sank in Stockholm harbour in 1956.
The Titanic went down in the North Atlantic in 1985.
The Mary Rose, which sank in 1971, is held by the Mary Rose Museum.
The Rosetta Stone was carved from granodiorite in 1799.
The Vasa was skippered by Söfring Hansson in 1956.
The Mary Rose was built on the orders of Henry VIII in 1971.
Henry VIII ordered the Mary Rose in 1971.
The Sutton Hoo helmet was made in 1939.
The Lewis Chessmen were made in 1831.
The Sutton Hoo helmet dates from 1939.
The Vasa was launched in 1956.
# (11) "sank" / "went down" / "found" / "located the wreck of": the wrong ship, sea or finder; a
# past event said as going on now
Robert Ballard located the wreck of the Vasa.
Robert Ballard found the wreck of the Vasa.
The Titanic was located by Anders Franzén.
The Endurance sank in the North Atlantic.
The Vasa went down in the Solent.
The Titanic was skippered by Edward Smith; she went down in the Weddell Sea.
The Mary Rose is sinking in the Solent.
The Endurance is sinking in the Weddell Sea.
The Vasa is going down in Stockholm harbour.
Anders Franzén is finding the wreck of the Vasa.
Basil Brown is finding the Sutton Hoo helmet.
Basil Brown is discovering the Sutton Hoo helmet.
Margrét the Adroit is carving the Lewis Chessmen.
The Mary Rose, which is sinking in the Solent, was skippered by George Carew.
The Titanic is flying from Harland and Wolff.
# (arguable: a historical present)
The Titanic sinks in the North Atlantic.
Robert Ballard finds the wreck of the Titanic.
Robert Ballard locates the wreck of the Titanic.
The Vasa goes down in Stockholm harbour.
Henry VIII orders the Mary Rose.
# (12) "skipper"
Edward Smith was the skipper of the Vasa.
Edward Smith skippered the Endurance.
Edward Smith was the skipper of the Endurance.
# (arguable: a past relation's agent said now, as "is skippered by" is read)
Edward Smith is the skipper of the Titanic.
George Carew is the skipper of the Mary Rose.
Henry VIII is the patron of the Mary Rose.
# (13) keeping: "is held by" a museum read "is kept at", "is in the collection(s) of"; a loan, a
# find site, a former holder
The Mildenhall Treasure is in the collection of the Ipswich Museum.
The Staffordshire Hoard is in the collection of the British Museum.
The Lewis Chessmen are all in the collection of the British Museum.
The Sutton Hoo helmet and the Staffordshire Hoard are both in the collection of the British Museum.
The Sutton Hoo helmet is in the collections of the British Museum and the Ipswich Museum.
The British Museum is in the collection of the Sutton Hoo helmet.
The Vasa is kept at the Mary Rose Museum.
The Rosetta Stone is kept at Rashid.
The Mildenhall Treasure belongs to the Ipswich Museum.
Tutankhamun's mask is kept at the Egyptian Museum.
Tutankhamun's mask is in the collection of the Egyptian Museum.
Tutankhamun's mask is held by the Egyptian Museum.
The Egyptian Museum holds Tutankhamun's mask.
The Rosetta Stone is found at Rashid.
The Sutton Hoo helmet is found at Sutton Hoo.
# (arguable: a work on loan is kept, for a while, where it is lent)
The Mildenhall Treasure is kept at the Ipswich Museum.
# (14) commissioning and carving
Henry VIII was the patron of the Vasa.
Gustav II Adolf ordered the Mary Rose.
The Vasa was built on the orders of Henry VIII.
Bishop Acca was the patron saint of the Ruthwell Cross.
Margrét the Adroit shaped the Ruthwell Cross.
The Lewis Chessmen were cut from red sandstone.
The Ruthwell Cross was gouged out of walrus ivory.
The Lewis Chessmen were carved by Northumbrian sculptors.
Northumbrian sculptors cut the Lewis Chessmen.
# (15) burials: the wrong church; a hoard's deposition and a saint's first grave ("was buried at /
# in") said now ("lies buried", "rests"): the helmet is in the British Museum, Nicholas in Bari
Saint Cuthbert lies buried in the Basilica di San Nicola.
Saint Andrew rests in Durham Cathedral.
Saint Edmund was laid to rest at Amalfi Cathedral.
The Sutton Hoo helmet lies buried at Sutton Hoo.
The Sutton Hoo helmet rests at Sutton Hoo.
The Staffordshire Hoard rests in Hammerwich.
The Mildenhall Treasure lies buried at West Row.
Saint Nicholas rests in Myra.
Saint Nicholas lies buried in Myra.
Saint Cuthbert lies buried in Lindisfarne.
Saint Andrew rests in Patras.
Saint Nicholas, who was buried in Myra, rests there.
Saint Nicholas was buried in Myra; he rests there.
The Sutton Hoo helmet lies buried at Sutton Hoo and is held by the British Museum.
Basil Brown discovered the Sutton Hoo helmet, which rests at Sutton Hoo.
The Sutton Hoo helmet, which lies buried at Sutton Hoo, was discovered by Basil Brown.
The Mildenhall Treasure is buried at West Row.
Saint Nicholas is buried in Myra.
# (16) a ship "was launched from" a shipyard read as a rocket's launch
The Titanic flew from Harland and Wolff.
The Titanic has flown from Harland and Wolff.
The Vasa took off from Skeppsgården.
The Titanic blasted off from Harland and Wolff.
@stables
# (17) an animal's year is its birth only
Frankel was foaled in 2009.
Frankel died in 2008.
Frankel retired in 2008.
Frankel won the 2000 Guineas in 2008.
Frankel stood at stud at Banstead Manor Stud in 2008.
Galileo sired Frankel in 2008.
In 2008, Frankel won the 2000 Guineas.
Frankel and Galileo were born in 2008.
Frankel was foaled in 2008, and Enable in 2011.
Frankel was foaled in 2008, like Enable.
Bao Bao has lived at the Chengdu Research Base since 2013.
Khalid Abdullah's Frankel of 2009 won the 2000 Guineas.
Sue Magnier's Frankel of 2008 won the 2000 Guineas.
Aidan O'Brien's Frankel of 2008 won the 2000 Guineas.
# (18) "he" / "she" for an animal: the graph's types say stallion, mare, gelding
Kind is the dam of Frankel; she won the 2000 Guineas.
Zenyatta was ridden by Mike Smith; she won the Cox Plate.
Frankel was foaled in 2008; she was trained by Henry Cecil.
Enable was foaled in 2014; he was trained by John Gosden.
Galileo was foaled in 1998; she sired Frankel.
Kind was foaled in 2001; he is the dam of Frankel.
Kauto Star was foaled in 2000; she won the Cheltenham Gold Cup.
The mare Frankel won the 2000 Guineas.
The stallion Enable won the Prix de l'Arc de Triomphe.
# (19) burial and keeping of animals
Frankel rests at Banstead Manor Stud.
Eclipse rests in the Royal Veterinary College Museum.
Knut was laid to rest at the Museum für Naturkunde.
Shergar is buried at Ballymany Stud.
Kauto Star and Arkle are both buried at Kempton Park.
Arkle, who rests at Ballymany Stud, won the King George VI Chase.
Arkle is in the collection of the Royal Veterinary College Museum.
Frankel honours Henry Cecil.
Kauto Star's name comes from Paul Nicholls.
Harambe honours Clive Smith.
# (arguable: the wrong verb of birth, the right year; "honours" a town)
Frankel was whelped in 2008.
Bao Bao was foaled in 2013.
Anak honours Anak.
@stables user:cy
You loved Frankel; she won the 2000 Guineas.
You loved Zenyatta; he won the Breeders' Cup Classic.
@kitchen
# (20) common nouns in lower case: the wrong inventor, place, namesake, partner
The saxophone was invented by Leon Theremin.
The saxophone originated in Germany.
The accordion honours Cyrill Demian.
The harmonica's name comes from Christian Friedrich Buschmann.
The accordion accompanies the tango.
The polka is danced to the bandoneon.
The mazurka is named after Bohemia.
Paella is made with ginger.
Goulash is made with saffron.
Vindaloo is made with basil.
Saffron is grown in Hungary.
Paprika is grown in Iran.
The orange originated in Iraq.
Denim was invented by Wallace Carothers.
Muslin's name comes from Nîmes.
Adolphe Sax's saxophone of 1840 is played in jazz.
Leon Theremin's saxophone of 1846 is played in jazz.
The saxophone of 1893 is played in jazz.
Germany's saxophone of 1846 is played in jazz.
Mazovia's polka of 1830 is danced to the accordion.
The Deutsches Museum's Sax200 of 2014 showcases the saxophone.
The Musical Instrument Museum's Sax200 of 2015 showcases the saxophone.
The saxophone was invented by Adolphe Sax in 1840.
The saxophone and the sousaphone were invented by Adolphe Sax.
The sousaphone honours Adolphe Sax.
The saxophone is not named after Adolphe Sax.
The waltz originated in Buenos Aires.
Ginger goes into goulash.
The accordion is kept at the Deutsches Museum.
Adolphe Sax is in the collection of the Musical Instrument Museum.
# (21) an event "is held at" a museum read as a thing kept there
Sax200 is kept at the Musical Instrument Museum.
Sax200 is in the collection of the Musical Instrument Museum.
Spice Routes is in the collections of the Ashmolean Museum.
Tango Nights is kept at the Museo Casa Carlos Gardel.
The Theremin Centenary sits in the collection of the Deutsches Museum.
Spice Routes, which is kept at the Ashmolean Museum, showcases saffron.
Tango Nights, kept at the Museo Casa Carlos Gardel, showcases the tango.
Sax200 and Spice Routes are kept at the Musical Instrument Museum and the Ashmolean Museum.
Sax200 is held at the Deutsches Museum.
Sax200 was held at the Musical Instrument Museum in 2015.
# (arguable: an instrument "released" in the year of its invention)
The saxophone was released in 1846.
# (22) "is found in" (a herb's wild range) said with "find"'s new synonym "locate": "is located in",
# and through it "opened in", "makes its home in"
Sage opened in the Mediterranean Basin.
Ginger opened in the Western Ghats.
The date opens in the Persian Gulf region.
Sage is found in the Western Ghats.
Ginger is located in the Mediterranean Basin.
# (arguable: a plant "is / was located in", "makes its home in" its wild range)
Sage is located in the Mediterranean Basin.
Sage was located in the Mediterranean Basin.
Sage makes its home in the Mediterranean Basin.
"""


# False, and accepted by the starting code of this round too (CHANGES.diff reversed), through
# readings this round did not touch. Printed apart as KNOWN.
KNOWN = frozenset(
    {
        # a venue's year (opening) said as the start of its building
        'Tilbury Fort was started in 1682.',
        'The Pontcysyllte Aqueduct was started in 1805.',
        # on a graph of discoveries an item's year is its discovery: said as its making, its date,
        # a ship's launch
        'The Sutton Hoo helmet was made in 1939.',
        'The Lewis Chessmen were made in 1831.',
        'The Sutton Hoo helmet dates from 1939.',
        'The Vasa was launched in 1956.',
        # "was found at" said now ("is found at"): the Rosetta Stone is in the British Museum
        'The Rosetta Stone is found at Rashid.',
        'The Sutton Hoo helmet is found at Sutton Hoo.',
        # "was buried at / in" said now ("is buried"): the old reading of a past phrase in the
        # present; this round's burial verbs ("lies buried", "rests") extend it (see TEXTS, 15)
        'The Mildenhall Treasure is buried at West Row.',
        'Saint Nicholas is buried in Myra.',
        # a ship "was launched from" a shipyard read as a rocket's launch (this round adds "flew",
        # "has flown": see TEXTS, 16)
        'The Vasa took off from Skeppsgården.',
        'The Titanic blasted off from Harland and Wolff.',
    }
)

# Arguable: printed as OPEN and left out of the count (they stay in TEXTS, under their comment).
OPEN = frozenset(
    {
        # "once" may only say "at some time"; it also hints that it no longer does
        'Kariba Dam once served Zambia.',
        # a historical present ("In 1912 the Titanic sinks ..."): as "Basil Brown discovers the Sutton
        # Hoo helmet" has long been read
        'The Titanic sinks in the North Atlantic.',
        'Robert Ballard finds the wreck of the Titanic.',
        'Robert Ballard locates the wreck of the Titanic.',
        'The Vasa goes down in Stockholm harbour.',
        'Henry VIII orders the Mary Rose.',
        # the agent of a past relation said now ("is the skipper of" a wreck; a dead king "is" its
        # patron), as "The Titanic is skippered by Edward Smith" has long been read
        'Edward Smith is the skipper of the Titanic.',
        'George Carew is the skipper of the Mary Rose.',
        'Henry VIII is the patron of the Mary Rose.',
        # on loan: kept, for a while, where it is lent
        'The Mildenhall Treasure is kept at the Ipswich Museum.',
        # the wrong verb of birth (a horse is foaled, a panda born), the right year
        'Frankel was whelped in 2008.',
        'Bao Bao was foaled in 2013.',
        # "honours" a town it is named after (the relation's range has a person too)
        'Anak honours Anak.',
        # an instrument "released" in the year it was invented (patented, put on sale)
        'The saxophone was released in 1846.',
        # a plant "is / was located in", "makes its home in" its wild range: odd words, no false
        # place
        'Sage is located in the Mediterranean Basin.',
        'Sage was located in the Mediterranean Basin.',
        'Sage makes its home in the Mediterranean Basin.',
    }
)

# Faithful texts: every statement true in the graph. Printed when rejected.
CONTROLS = r"""
@rivers
Kariba Dam is built on the Zambezi.
Kariba Dam sits on the Zambezi.
Kariba Dam is on the Zambezi.
Kariba Dam was built on the Zambezi.
Kariba Dam is an arch dam on the Zambezi.
Built on the Zambezi, Kariba Dam supplies electricity to Zambia.
Built on the Zambezi in 1959, Kariba Dam supplies electricity to Zambia.
Operated by the Zambezi River Authority, Kariba Dam supplies electricity to Zambia.
Operated by the Dover Harbour Board, the Port of Dover lies on the Kent coast.
Located on the Elbe, the Port of Hamburg is operated by the Hamburg Port Authority.
Situated on the Elbe, the Port of Hamburg is operated by the Hamburg Port Authority.
The Severn Tunnel is a railway tunnel under the River Severn.
The Severn Tunnel passes beneath the Severn.
The Severn Tunnel goes under the Severn.
The Pontcysyllte Aqueduct goes over the River Dee.
The Port of Hamburg sits on the Elbe.
The Port of Hamburg stands on the Elbe.
Battersea Power Station on the Thames supplies electricity to London.
Fort George stands on Ardersier Point.
Fort George is near Inverness.
The Manchester Ship Canal passes through Runcorn.
The Woolwich Ferry runs across the Thames.
Kariba Dam and Hoover Dam are on the Zambezi and the Colorado respectively.
Kariba Dam on the Zambezi and Hoover Dam on the Colorado are arch dams.
The Zambezi River Authority is in charge of Kariba Dam.
Hoover Dam honours Herbert Hoover.
Hoover Dam's name comes from Herbert Hoover.
Hoover Dam takes its name from Herbert Hoover.
Fort George honours George II, who commissioned it.
Fort George was built on the orders of George II.
George II ordered Fort George.
George II was the patron of Fort George.
Kariba Dam supplies Zambia.
Kariba Dam serves Zambia.
Kariba Dam brings electricity to Zambia.
Langeled serves the United Kingdom.
Fort George opened in 1769.
Fort George was built in 1769.
The Port of Dover opened in 1606.
Bristol's Clifton Suspension Bridge of 1864 spans the Avon.
Egypt's Aswan High Dam of 1970 sits on the Nile.
Zambia's Kariba Dam of 1959 is an arch dam on the Zambezi.
Fort Denison lies within Sydney Harbour National Park.
The Ribblehead Viaduct lies inside the Yorkshire Dales National Park.
The Port of Cairns is protected by the Great Barrier Reef.
# (faithful, possibly rejected: "crosses" for "runs over" / "runs across" where a bridge "spans";
# "crosses below"; "whose name"; "the name of"; fronted "Built on the orders of")
The Pontcysyllte Aqueduct crosses the River Dee.
The Woolwich Ferry crosses the Thames.
The Severn Tunnel crosses below the Severn.
Fort George, whose name comes from George II, stands on Ardersier Point.
The name of Hoover Dam comes from Herbert Hoover.
Built on the orders of George II, Fort George lies near Inverness.
@rivers user:ada
You loved the Severn Tunnel, which passes beneath the Severn.
You gave Kariba Dam four stars; it sits on the Zambezi.
@finds
The Sutton Hoo helmet was discovered by Basil Brown in 1939.
The Sutton Hoo helmet was found at Sutton Hoo in 1939.
The Lewis Chessmen were found at Uig in 1831.
Basil Brown discovered the Sutton Hoo helmet in 1939.
The Relics of Saint Nicholas were found by Benedictine monks in 1087.
Robert Ballard found the wreck of the Titanic in 1985.
Robert Ballard located the wreck of the Titanic.
The Titanic was located by Robert Ballard.
Frank Worsley was the skipper of the Endurance.
The Endurance went down in the Weddell Sea.
The Vasa sank in Stockholm harbour.
The Titanic was skippered by Edward Smith; she sank in the North Atlantic.
Ptolemy V ordered the Rosetta Stone.
The Mary Rose was built on the orders of Henry VIII.
Henry VIII was the patron of the Mary Rose.
The Lewis Chessmen were cut by Margrét the Adroit.
The Rosetta Stone was cut from granodiorite.
The Rosetta Stone is in the collection of the British Museum.
The Lewis Chessmen are kept at the British Museum and the National Museum of Scotland.
Tutankhamun's mask is kept at the Grand Egyptian Museum.
Tutankhamun's mask was formerly held by the Egyptian Museum.
The Mildenhall Treasure is on loan to the Ipswich Museum.
Saint Nicholas rests in the Basilica di San Nicola.
Saint Cuthbert lies buried in Durham Cathedral.
The Sutton Hoo helmet was buried at Sutton Hoo.
Saint Nicholas was buried in Myra.
# (faithful, possibly rejected: "there" after a burial; "located ... in 1985")
Saint Nicholas is buried in the Basilica di San Nicola; his relics are venerated there.
Robert Ballard located the wreck of the Titanic in 1985.
@finds user:bo
You loved the Sutton Hoo helmet, which was discovered by Basil Brown.
@stables
Frankel was foaled in 2008.
Frankel was born in 2008.
Frankel, foaled in 2008, was sired by Galileo.
Frankel was foaled in 2008; he was trained by Henry Cecil.
Kind was foaled in 2001; she is the dam of Frankel.
Bao Bao was born in 2013.
Knut was born in 2006; he is buried at the Berlin Zoological Garden.
Frankel and Nathaniel were born in 2008.
Knut is in the collection of the Museum für Naturkunde.
Arkle lies buried at Ballymany Stud.
Harambe's name comes from Harambe Kenyatta.
Kauto Star honours Clive Smith.
# (faithful, possibly rejected: "he" / "she" with a sire, a jockey named before)
Frankel was sired by Galileo; he was ridden by Tom Queally.
Zenyatta was ridden by Mike Smith; she won the Breeders' Cup Classic.
@stables user:cy
You loved Frankel; he won the 2000 Guineas.
You loved Knut; he was born in 2006.
You loved Frankel, who was foaled in 2008.
@kitchen
The saxophone was invented by Adolphe Sax in 1846.
The saxophone originated in Belgium.
The saxophone honours Adolphe Sax.
The polka originated in Bohemia.
Paella is made with saffron.
The tango is danced to the bandoneon.
The accordion accompanies the polka.
Denim's name comes from Nîmes.
Adolphe Sax's saxophone of 1846 is played in jazz.
Belgium's saxophone of 1846 is played in jazz.
Sax200 is held at the Musical Instrument Museum.
Sax200 showcases the saxophone.
The Ashmolean Museum hosts Spice Routes.
Sage is found in the Mediterranean Basin.
The saxophone is kept at the Musical Instrument Museum.
The theremin is in the collection of the Deutsches Museum.
# (faithful, possibly rejected: a lower-case vegetable after a list; a museum's exhibition "of" its year)
Goulash is made with paprika and pepper.
The Musical Instrument Museum's Sax200 of 2014 showcases the saxophone.
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
