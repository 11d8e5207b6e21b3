"""Forms read since session 49, each true text with a false twin, checked by the real checker on
small graphs declared here:

* a relation of lying or running somewhere ("lies on", "is built on", "is on the slopes of",
  "runs under", "runs through", "runs over", "lies near") is also said with another verb of its
  kind and any preposition of its sense ("stands on", "sits on"; "passes beneath", "goes under",
  "crosses below"; "goes over", "crosses"), where its objects are places or features of the land
  (a river, a strait, a mountain, a road): a position stays a position, a way a way, "under" stays
  "under" ("goes over" a river is no "runs under" it);
* after an item or its kind, "on / under / through / over / near <place>" says that relation
  ("an arch dam on the Zambezi", "a railway tunnel under the River Severn"), as "a museum in
  Rome" says "is in"; never after another name ("created by the TVA on the Tennessee River" is
  not where the TVA is);
* a participle opening the sentence with "on" ("Built on the Yangtze, X is ...") and with "the"
  before its object ("Operated by the Zambezi River Authority, the Kariba Dam ...");
* an item whose name is a common noun of a kind of thing (an instrument, a dance, a dish) is
  named in lower case ("Adolphe Sax created the saxophone");
* on a graph of discoveries, "was discovered / found by X in <year>" dates the item;
* on a graph of animals (racehorses, dogs; by the type's last word, not a "dog breed"), "he" /
  "she" may name an animal item (with a person named before too, both), and only "born / foaled
  in <year>" dates it;
* "is named after" also reads "its name comes from", "X's name derives from", and "honours" a
  person;
* "is buried in" also reads "was laid to rest at", "rests in", "lies buried in" (and "there" after
  it, in its own clause: not across "; ", where a nearer place may be meant, red team 156);
* a thing (a manuscript, a meteorite) that "is held by / at" a museum, a library or an institution
  "is kept at" it, "is in the collection(s) of" it (never "on display at" it, which a thing in
  store or on loan is not; never an event's "is held at" a venue, a prisoner held at a prison, a
  cup held by a club: red teams 93, 156);
* "was commissioned by" also reads "ordered" and "was built on the orders of" / "at the order of",
  its agent noun "patron"; "supplies water to" reads "supplies", "serves", "brings water to";
* aqueducts and cemeteries open and are built in their year;
* "is protected within" a park (where its objects are places) reads "lies within / inside" it,
  "falls within" it; "is operated / managed by" Y reads "Y is in charge of" it; verb synonyms
  (carved -> shaped, cut; built -> manufactured, of things only; not "managed" -> "operated": a manager
  manages a club, red team 94);
* "X of <year>" after a possessive too ("Hartford's Charter Oak of 1687"), as after "the";
  "was skippered by" has the agent noun "skipper";
* "sank" / "sunk" are the forms of "sink" (no progressive of a past event: "is sinking") ("went down in" its synonym), a phrase's "found" is the
  past of "find" (never read as "founded"; "located" its synonym).
"""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker


def _graph(relations, entities, rows, name):
    ents = [kgx.Entity(i, kind=k, type=t, label=label, attrs=a) for i, k, t, label, a in entities]
    return kgx.KnowledgeGraph.from_triples(rows, entities=ents, relations=relations, name=name)


def _tunnels():
    rels = [
        kgx.Relation("runs_under", phrase="runs under", inverse_phrase="is crossed underneath by",
                     domain=("tunnel",), range=("waterway",)),
        kgx.Relation("cuts_through", phrase="cuts through", inverse_phrase="is pierced by",
                     domain=("tunnel",), range=("mountain_range",)),
        kgx.Relation("has_kind", phrase="is a", inverse_phrase="is the kind of", domain=("tunnel",),
                     range=("tunnel_kind",)),
        kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to", domain=("tunnel",),
                     range=("country",)),
    ]
    ents = [("tunnel:severn", "item", "tunnel", "Severn Tunnel", {"year": 1886}),
            ("tunnel:blackwall", "item", "tunnel", "Blackwall Tunnel", {"year": 1897}),
            ("tunnel:gotthard", "item", "tunnel", "Gotthard Road Tunnel", {"year": 1980}),
            ("tunnel:mont_blanc", "item", "tunnel", "Mont Blanc Tunnel", {"year": 1965}),
            ("water:severn", "attribute", "waterway", "River Severn", {}),
            ("water:thames", "attribute", "waterway", "River Thames", {}),
            ("range:alps", "attribute", "mountain_range", "Alps", {}),
            ("range:pyrenees", "attribute", "mountain_range", "Pyrenees", {}),
            ("kind:railway", "attribute", "tunnel_kind", "railway tunnel", {}),
            ("kind:road", "attribute", "tunnel_kind", "road tunnel", {}),
            ("country:uk", "attribute", "country", "United Kingdom", {}),
            ("country:switzerland", "attribute", "country", "Switzerland", {})]
    rows = [("tunnel:severn", "runs_under", "water:severn"), ("tunnel:blackwall", "runs_under", "water:thames"),
            ("tunnel:gotthard", "cuts_through", "range:alps"), ("tunnel:mont_blanc", "cuts_through", "range:alps"),
            ("tunnel:severn", "has_kind", "kind:railway"), ("tunnel:blackwall", "has_kind", "kind:road"),
            ("tunnel:gotthard", "has_kind", "kind:road"), ("tunnel:mont_blanc", "has_kind", "kind:road"),
            ("tunnel:severn", "located_in", "country:uk"), ("tunnel:blackwall", "located_in", "country:uk"),
            ("tunnel:gotthard", "located_in", "country:switzerland")]
    return _graph(rels, ents, rows, "tunnels")


def _dams():
    rels = [
        kgx.Relation("on_river", phrase="is built on", inverse_phrase="is dammed by", domain=("dam",),
                     range=("river",)),
        kgx.Relation("dam_type", phrase="is a", inverse_phrase="is the design of", domain=("dam",),
                     range=("dam_type",)),
        kgx.Relation("operated_by", phrase="is operated by", inverse_phrase="operates", domain=("dam",),
                     range=("operator",)),
    ]
    ents = [("dam:kariba", "item", "dam", "Kariba Dam", {"year": 1959}),
            ("dam:three_gorges", "item", "dam", "Three Gorges Dam", {"year": 2006}),
            ("dam:vajont", "item", "dam", "Vajont Dam", {"year": 1959}),
            ("river:zambezi", "attribute", "river", "Zambezi", {}),
            ("river:yangtze", "attribute", "river", "Yangtze", {}),
            ("river:vajont", "attribute", "river", "Vajont", {}),
            ("type:arch", "attribute", "dam_type", "arch dam", {}),
            ("type:gravity", "attribute", "dam_type", "gravity dam", {}),
            ("operator:zra", "attribute", "operator", "Zambezi River Authority", {}),
            ("operator:ctg", "attribute", "operator", "China Three Gorges Corporation", {})]
    rows = [("dam:kariba", "on_river", "river:zambezi"), ("dam:three_gorges", "on_river", "river:yangtze"),
            ("dam:vajont", "on_river", "river:vajont"), ("dam:kariba", "dam_type", "type:arch"),
            ("dam:vajont", "dam_type", "type:arch"), ("dam:three_gorges", "dam_type", "type:gravity"),
            ("dam:kariba", "operated_by", "operator:zra"), ("dam:three_gorges", "operated_by", "operator:ctg")]
    return _graph(rels, ents, rows, "dams")


def _resorts():
    rels = [
        kgx.Relation("on_mountain", phrase="is on the slopes of", inverse_phrase="carries the runs of",
                     domain=("resort",), range=("mountain",)),
        kgx.Relation("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("resort",),
                     range=("company",)),
    ]
    ents = [("resort:sun_valley", "item", "resort", "Sun Valley", {"year": 1936}),
            ("resort:steamboat", "item", "resort", "Steamboat", {"year": 1963}),
            ("mountain:bald", "attribute", "mountain", "Bald Mountain", {}),
            ("mountain:werner", "attribute", "mountain", "Mount Werner", {}),
            ("company:svc", "attribute", "company", "Sun Valley Company", {})]
    rows = [("resort:sun_valley", "on_mountain", "mountain:bald"), ("resort:steamboat", "on_mountain", "mountain:werner"),
            ("resort:sun_valley", "owned_by", "company:svc")]
    return _graph(rels, ents, rows, "resorts")


def _roads():
    rels = [
        kgx.Relation("carries", phrase="carries", inverse_phrase="runs over", domain=("pass",), range=("road",)),
        kgx.Relation("in_country", phrase="lies in", inverse_phrase="is home to", domain=("pass",),
                     range=("country",)),
    ]
    ents = [("pass:khunjerab", "item", "pass", "Khunjerab Pass", {"year": 1982}),
            ("pass:brenner", "item", "pass", "Brenner Pass", {"year": 1772}),
            ("road:karakoram", "attribute", "road", "Karakoram Highway", {}),
            ("road:a13", "attribute", "road", "Brenner Autobahn", {}),
            ("country:pakistan", "attribute", "country", "Pakistan", {})]
    rows = [("pass:khunjerab", "carries", "road:karakoram"), ("pass:brenner", "carries", "road:a13"),
            ("pass:khunjerab", "in_country", "country:pakistan")]
    return _graph(rels, ents, rows, "roads")


def _sites():
    rels = [
        kgx.Relation("near", phrase="lies near", inverse_phrase="is near", domain=("site",), range=("city",)),
        kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to", domain=("site",),
                     range=("country",)),
    ]
    ents = [("site:pompeii", "item", "site", "Pompeii", {"year": -600}),
            ("site:sutton_hoo", "item", "site", "Sutton Hoo", {"year": 625}),
            ("city:naples", "attribute", "city", "Naples", {}),
            ("city:woodbridge", "attribute", "city", "Woodbridge", {}),
            ("country:italy", "attribute", "country", "Italy", {})]
    rows = [("site:pompeii", "near", "city:naples"), ("site:sutton_hoo", "near", "city:woodbridge"),
            ("site:pompeii", "located_in", "country:italy")]
    return _graph(rels, ents, rows, "sites")


def _lakes():
    rels = [
        kgx.Relation("built_by", phrase="was created by", inverse_phrase="created", domain=("lake",),
                     range=("agency",)),
        kgx.Relation("on_river", phrase="lies on", inverse_phrase="flows through", domain=("lake",),
                     range=("river",)),
    ]
    ents = [("lake:kentucky", "item", "lake", "Kentucky Lake", {"year": 1944}),
            ("agency:tva", "attribute", "agency", "Tennessee Valley Authority", {}),
            ("agency:usace", "attribute", "agency", "Army Corps of Engineers", {}),
            ("river:tennessee", "attribute", "river", "Tennessee River", {}),
            ("river:cumberland", "attribute", "river", "Cumberland River", {})]
    rows = [("lake:kentucky", "built_by", "agency:tva"), ("lake:kentucky", "on_river", "river:tennessee")]
    return _graph(rels, ents, rows, "lakes")


def _instruments():
    rels = [
        kgx.Relation("created_by", phrase="was created by", inverse_phrase="created", domain=("instrument",),
                     range=("inventor",)),
        kgx.Relation("originated_in", phrase="originated in", inverse_phrase="is the birthplace of",
                     domain=("instrument",), range=("city",)),
        kgx.Relation("classified_as", phrase="is a", inverse_phrase="is the class of", domain=("instrument",),
                     range=("class",)),
    ]
    ents = [("instrument:saxophone", "item", "instrument", "Saxophone", {"year": 1846}),
            ("instrument:piano", "item", "instrument", "Piano", {"year": 1700}),
            ("instrument:accordion", "item", "instrument", "Accordion", {"year": 1829}),
            ("inventor:sax", "attribute", "inventor", "Adolphe Sax", {}),
            ("inventor:cristofori", "attribute", "inventor", "Bartolomeo Cristofori", {}),
            ("city:florence", "attribute", "city", "Florence", {}),
            ("city:vienna", "attribute", "city", "Vienna", {}),
            ("class:woodwind", "attribute", "class", "woodwind instrument", {}),
            ("class:keyboard", "attribute", "class", "keyboard instrument", {})]
    rows = [("instrument:saxophone", "created_by", "inventor:sax"),
            ("instrument:piano", "created_by", "inventor:cristofori"),
            ("instrument:piano", "originated_in", "city:florence"),
            ("instrument:accordion", "originated_in", "city:vienna"),
            ("instrument:saxophone", "classified_as", "class:woodwind"),
            ("instrument:piano", "classified_as", "class:keyboard")]
    return _graph(rels, ents, rows, "instruments")


def _comets():
    rels = [
        kgx.Relation("discovered_by", phrase="was discovered by", inverse_phrase="discovered", domain=("comet",),
                     range=("astronomer",)),
    ]
    ents = [("comet:borrelly", "item", "comet", "Comet Borrelly", {"year": 1904}),
            ("comet:tempel", "item", "comet", "Tempel 1", {"year": 1867}),
            ("astronomer:borrelly", "attribute", "astronomer", "Alphonse Borrelly", {}),
            ("astronomer:tempel", "attribute", "astronomer", "Wilhelm Tempel", {})]
    rows = [("comet:borrelly", "discovered_by", "astronomer:borrelly"),
            ("comet:tempel", "discovered_by", "astronomer:tempel")]
    return _graph(rels, ents, rows, "comets")


def _wrecks():
    rels = [
        kgx.Relation("sank_in", phrase="sank in", inverse_phrase="saw the sinking of", domain=("shipwreck",),
                     range=("waters",)),
        kgx.Relation("found_by", phrase="was found by", inverse_phrase="found the wreck of",
                     domain=("shipwreck",), range=("explorer",)),
    ]
    ents = [("shipwreck:lusitania", "item", "shipwreck", "Lusitania", {"year": 1915}),
            ("shipwreck:bismarck", "item", "shipwreck", "Bismarck", {"year": 1941}),
            ("shipwreck:vasa", "item", "shipwreck", "Vasa", {"year": 1628}),
            ("waters:celtic", "attribute", "waters", "Celtic Sea", {}),
            ("waters:baltic", "attribute", "waters", "Baltic Sea", {}),
            ("explorer:ballard", "attribute", "explorer", "Robert Ballard", {}),
            ("explorer:franzen", "attribute", "explorer", "Anders Franzén", {})]
    rows = [("shipwreck:lusitania", "sank_in", "waters:celtic"), ("shipwreck:vasa", "sank_in", "waters:baltic"),
            ("shipwreck:bismarck", "found_by", "explorer:ballard"), ("shipwreck:vasa", "found_by", "explorer:franzen")]
    return _graph(rels, ents, rows, "wrecks")


def _horses():
    rels = [
        kgx.Relation("sired_by", phrase="was sired by", inverse_phrase="sired", domain=("racehorse", "stallion"),
                     range=("stallion",)),
        kgx.Relation("ridden_by", phrase="was ridden by", inverse_phrase="rode", domain=("racehorse",),
                     range=("jockey",)),
        kgx.Relation("foaled_in", phrase="was foaled in", inverse_phrase="is the birthplace of",
                     domain=("racehorse",), range=("country",)),
    ]
    ents = [("racehorse:secretariat", "item", "stallion", "Secretariat", {"year": 1970, "born": 1970}),
            ("racehorse:makybe_diva", "item", "racehorse", "Makybe Diva", {"year": 1999, "born": 1999}),
            ("stallion:bold_ruler", "attribute", "stallion", "Bold Ruler", {}),
            ("jockey:turcotte", "attribute", "jockey", "Ron Turcotte", {}),
            ("jockey:boss", "attribute", "jockey", "Glen Boss", {}),
            ("country:gb", "attribute", "country", "Great Britain", {}),
            ("country:us", "attribute", "country", "United States", {})]
    rows = [("racehorse:secretariat", "sired_by", "stallion:bold_ruler"),
            ("racehorse:secretariat", "ridden_by", "jockey:turcotte"),
            ("racehorse:makybe_diva", "ridden_by", "jockey:boss"),
            ("racehorse:secretariat", "foaled_in", "country:us"),
            ("racehorse:makybe_diva", "foaled_in", "country:gb")]
    return _graph(rels, ents, rows, "horses")


def _squares():
    rels = [
        kgx.Relation("named_after", phrase="is named after", inverse_phrase="gave its name to",
                     domain=("square",), range=("person",)),
        kgx.Relation("located_in", phrase="is in", inverse_phrase="is home to", domain=("square",),
                     range=("city",)),
    ]
    ents = [("square:federation", "item", "square", "Federation Square", {"year": 2002}),
            ("square:rittenhouse", "item", "square", "Rittenhouse Square", {"year": 1825}),
            ("namesake:federation", "attribute", "person", "Federation of Australia", {}),
            ("namesake:rittenhouse", "attribute", "person", "David Rittenhouse", {}),
            ("city:melbourne", "attribute", "city", "Melbourne", {})]
    rows = [("square:federation", "named_after", "namesake:federation"),
            ("square:rittenhouse", "named_after", "namesake:rittenhouse"),
            ("square:federation", "located_in", "city:melbourne")]
    return _graph(rels, ents, rows, "squares")


def _keeping():
    rels = [
        kgx.Relation("burial_place_of", phrase="is the resting place of", inverse_phrase="is buried in",
                     domain=("cemetery",), range=("person",)),
        kgx.Relation("held_by", phrase="is held by", inverse_phrase="holds", domain=("manuscript",),
                     range=("institution",)),
        kgx.Relation("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned",
                     domain=("mosque",), range=("patron",)),
        kgx.Relation("supplies", phrase="supplies water to", inverse_phrase="gets its water from",
                     domain=("aqueduct",), range=("city",)),
    ]
    ents = [("cemetery:highgate", "item", "cemetery", "Highgate Cemetery", {"year": 1839}),
            ("cemetery:vienna", "item", "cemetery", "Vienna Central Cemetery", {"year": 1874}),
            ("manuscript:kells", "item", "manuscript", "Book of Kells", {"year": 800}),
            ("manuscript:lindisfarne", "item", "manuscript", "Lindisfarne Gospels", {"year": 715}),
            ("mosque:jama", "item", "mosque", "Jama Masjid", {"year": 1656}),
            ("aqueduct:valens", "item", "aqueduct", "Aqueduct of Valens", {"year": 368}),
            ("aqueduct:claudia", "item", "aqueduct", "Aqua Claudia", {"year": 52}),
            ("person:marx", "attribute", "person", "Karl Marx", {}),
            ("person:brahms", "attribute", "person", "Johannes Brahms", {}),
            ("institution:tcd", "attribute", "institution", "Trinity College Dublin", {}),
            ("institution:bl", "attribute", "institution", "British Library", {}),
            ("patron:shah_jahan", "attribute", "patron", "Shah Jahan", {}),
            ("patron:akbar", "attribute", "patron", "Akbar", {}),
            ("city:constantinople", "attribute", "city", "Constantinople", {}),
            ("city:rome", "attribute", "city", "Rome", {})]
    rows = [("cemetery:highgate", "burial_place_of", "person:marx"),
            ("cemetery:vienna", "burial_place_of", "person:brahms"),
            ("manuscript:kells", "held_by", "institution:tcd"), ("manuscript:lindisfarne", "held_by", "institution:bl"),
            ("mosque:jama", "commissioned_by", "patron:shah_jahan"),
            ("aqueduct:valens", "supplies", "city:constantinople"), ("aqueduct:claudia", "supplies", "city:rome")]
    return _graph(rels, ents, rows, "keeping")


def _canyons():
    rels = [
        kgx.Relation("protected_in", phrase="is protected within", inverse_phrase="protects", domain=("canyon",),
                     range=("park",)),
        kgx.Relation("carved_by", phrase="was carved by", inverse_phrase="carved", domain=("canyon",),
                     range=("river",)),
        kgx.Relation("managed_by", phrase="is managed by", inverse_phrase="manages", domain=("canyon",),
                     range=("agency",)),
        kgx.Relation("located_in", phrase="is in", inverse_phrase="is home to", domain=("canyon",),
                     range=("country",)),
    ]
    ents = [("canyon:taroko", "item", "canyon", "Taroko Gorge", {"year": 1986}),
            ("canyon:sumidero", "item", "canyon", "Sumidero Canyon", {"year": 1980}),
            ("park:taroko", "attribute", "park", "Taroko National Park", {}),
            ("park:durmitor", "attribute", "park", "Durmitor National Park", {}),
            ("river:grijalva", "attribute", "river", "Grijalva River", {}),
            ("river:snake", "attribute", "river", "Snake River", {}),
            ("agency:navajo", "attribute", "agency", "Navajo Nation", {}),
            ("agency:nps", "attribute", "agency", "National Park Service", {}),
            ("country:taiwan", "attribute", "country", "Taiwan", {})]
    rows = [("canyon:taroko", "protected_in", "park:taroko"), ("canyon:sumidero", "carved_by", "river:grijalva"),
            ("canyon:sumidero", "managed_by", "agency:navajo"), ("canyon:taroko", "located_in", "country:taiwan")]
    return _graph(rels, ents, rows, "canyons")


def _review():
    rels = [
        kgx.Relation("protectorate_of", phrase="is protected by", inverse_phrase="protects", domain=("territory",),
                     range=("country",)),
        kgx.Relation("held_at", phrase="is held at", inverse_phrase="hosts", domain=("exhibition",),
                     range=("museum",)),
        kgx.Relation("launched_from", phrase="was launched from", inverse_phrase="launched", domain=("ship",),
                     range=("shipyard",)),
        kgx.Relation("buried_at", phrase="was buried at", inverse_phrase="was the hiding place of",
                     domain=("hoard",), range=("village",)),
        kgx.Relation("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned",
                     domain=("warship",), range=("navy",)),
        kgx.Relation("built_by", phrase="was built by", inverse_phrase="built", domain=("bridge",),
                     range=("engineer",)),
    ]
    ents = [("territory:monaco", "item", "territory", "Monaco", {"year": 1297}),
            ("exhibition:summer", "item", "exhibition", "Summer Exhibition", {"year": 1769}),
            ("ship:titanic", "item", "ship", "Titanic", {"year": 1911}),
            ("hoard:staffordshire", "item", "hoard", "Staffordshire Hoard", {"year": 2009}),
            ("warship:dreadnought", "item", "warship", "HMS Dreadnought", {"year": 1906}),
            ("country:france", "attribute", "country", "France", {}),
            ("museum:ra", "attribute", "museum", "Royal Academy", {}),
            ("shipyard:hw", "attribute", "shipyard", "Harland and Wolff", {}),
            ("village:hammerwich", "attribute", "village", "Hammerwich", {}),
            ("navy:rn", "attribute", "navy", "Royal Navy", {}),
            ("bridge:brooklyn", "item", "bridge", "Brooklyn Bridge", {"year": 1883}),
            ("engineer:roebling", "attribute", "engineer", "John Roebling", {})]
    rows = [("territory:monaco", "protectorate_of", "country:france"), ("exhibition:summer", "held_at", "museum:ra"),
            ("ship:titanic", "launched_from", "shipyard:hw"), ("hoard:staffordshire", "buried_at", "village:hammerwich"),
            ("warship:dreadnought", "commissioned_by", "navy:rn"), ("bridge:brooklyn", "built_by", "engineer:roebling")]
    return _graph(rels, ents, rows, "review")


CASES = [
    ("canyons", "Taroko Gorge lies inside Taroko National Park.", "Taroko Gorge lies inside Durmitor National Park."),
    ("canyons", "Taroko Gorge falls within Taroko National Park.", "Sumidero Canyon falls within Taroko National Park."),
    ("canyons", "Sumidero Canyon was shaped by the Grijalva River.", "Sumidero Canyon was shaped by the Snake River."),
    ("canyons", "The Navajo Nation is in charge of Sumidero Canyon.",
     "The National Park Service is in charge of Sumidero Canyon."),
    ("keeping", "Karl Marx was laid to rest at Highgate Cemetery.",
     "Karl Marx was laid to rest at Vienna Central Cemetery."),
    ("keeping", "Johannes Brahms rests in Vienna Central Cemetery.", "Karl Marx rests in Vienna Central Cemetery."),
    ("keeping", "Vienna Central Cemetery opened in 1874, and Johannes Brahms is buried there.",
     "Vienna Central Cemetery opened in 1874, and Karl Marx is buried there."),
    ("keeping", "Highgate Cemetery opened in 1839.", "Highgate Cemetery opened in 1874."),
    ("keeping", "The Book of Kells is kept at Trinity College Dublin.", "The Book of Kells is kept at the British Library."),
    ("keeping", "The Lindisfarne Gospels sit in the collections of the British Library.",
     "The Lindisfarne Gospels sit in the collections of Trinity College Dublin."),
    ("keeping", "Shah Jahan ordered the Jama Masjid.", "Akbar ordered the Jama Masjid."),
    ("keeping", "The Jama Masjid was built on the orders of Shah Jahan.",
     "The Jama Masjid was built on the orders of Akbar."),
    ("keeping", "Shah Jahan was the patron of the Jama Masjid.", "Akbar was the patron of the Jama Masjid."),
    ("keeping", "The Aqueduct of Valens supplied Constantinople.", "The Aqueduct of Valens supplied Rome."),
    ("keeping", "The Aqua Claudia brought water to Rome.", "The Aqua Claudia brought water to Constantinople."),
    ("keeping", "The Aqueduct of Valens, completed in 368, supplied Constantinople.",
     "The Aqueduct of Valens, completed in 52, supplied Constantinople."),
    ("horses", "Makybe Diva was born in 1999, and she was ridden by Glen Boss.",
     "Makybe Diva was born in 1999, and she was ridden by Ron Turcotte."),
    ("horses", "Secretariat, born in 1970, was ridden by Ron Turcotte.",
     "Secretariat, born in 1971, was ridden by Ron Turcotte."),
    ("canyons", "Taiwan's Taroko Gorge of 1986 lies inside Taroko National Park.",
     "Taiwan's Taroko Gorge of 1980 lies inside Taroko National Park."),
    ("horses", "Secretariat, foaled in 1970, was sired by Bold Ruler.",
     "Makybe Diva, foaled in 1970, was ridden by Glen Boss."),
    ("squares", "Federation Square is in Melbourne, and its name comes from the Federation of Australia.",
     "Federation Square is in Melbourne, and its name comes from David Rittenhouse."),
    ("squares", "Rittenhouse Square's name derives from David Rittenhouse.",
     "Federation Square's name derives from David Rittenhouse."),
    ("squares", "Rittenhouse Square honours David Rittenhouse.", "Federation Square honours David Rittenhouse."),
    ("tunnels", "The Severn Tunnel passes beneath the River Severn.", "The Severn Tunnel passes beneath the River Thames."),
    ("tunnels", "The Blackwall Tunnel goes under the River Thames.", "The Blackwall Tunnel goes under the River Severn."),
    ("tunnels", "The Blackwall Tunnel crosses below the River Thames.",
     "The Gotthard Road Tunnel crosses below the River Thames."),
    ("tunnels", "The Gotthard Road Tunnel passes through the Alps.",
     "The Gotthard Road Tunnel passes through the Pyrenees."),
    ("tunnels", "The Severn Tunnel is a railway tunnel under the River Severn.",
     "The Severn Tunnel is a railway tunnel under the River Thames."),
    ("tunnels", "The Mont Blanc Tunnel is a road tunnel through the Alps.",
     "The Mont Blanc Tunnel is a road tunnel through the Pyrenees."),
    ("tunnels", "The Severn Tunnel, a railway tunnel beneath the River Severn, is located in the United Kingdom.",
     "The Severn Tunnel, a railway tunnel beneath the River Thames, is located in the United Kingdom."),
    ("tunnels", "The Severn Tunnel under the River Severn is a railway tunnel.",
     "The Severn Tunnel under the River Severn is a road tunnel."),
    ("dams", "Kariba Dam stands on the Zambezi.", "Kariba Dam stands on the Yangtze."),
    ("dams", "Vajont Dam sits on the Vajont.", "Kariba Dam sits on the Vajont."),
    ("dams", "Kariba Dam, an arch dam on the Zambezi, is operated by the Zambezi River Authority.",
     "Kariba Dam, an arch dam on the Yangtze, is operated by the Zambezi River Authority."),
    ("dams", "Built on the Yangtze, Three Gorges Dam is a gravity dam.",
     "Built on the Zambezi, Three Gorges Dam is a gravity dam."),
    ("dams", "Three Gorges Dam was built on the Yangtze.", "Kariba Dam was built on the Yangtze."),
    ("dams", "Operated by the Zambezi River Authority, the Kariba Dam is an arch dam.",
     "Operated by the Zambezi River Authority, the Three Gorges Dam is a gravity dam."),
    ("resorts", "Sun Valley is on Bald Mountain.", "Sun Valley is on Mount Werner."),
    ("resorts", "Sun Valley is a resort on Bald Mountain.", "Steamboat is a resort on Bald Mountain."),
    ("roads", "The Karakoram Highway goes over the Khunjerab Pass.",
     "The Karakoram Highway goes over the Brenner Pass."),
    ("roads", "The Brenner Autobahn crosses the Brenner Pass.", "The Brenner Autobahn crosses the Khunjerab Pass."),
    ("sites", "Sutton Hoo lies near Woodbridge.", "Sutton Hoo lies near Naples."),
    ("sites", "Pompeii lies near Naples, in Italy.", "Pompeii lies near Woodbridge, in Italy."),
    ("sites", "Naples is near Pompeii.", "Naples is near Sutton Hoo."),
    ("lakes", "Kentucky Lake was created by the Tennessee Valley Authority on the Tennessee River.",
     "Kentucky Lake was created by the Army Corps of Engineers on the Tennessee River."),
    ("lakes", "Kentucky Lake sits on the Tennessee River.", "Kentucky Lake sits on the Cumberland River."),
    ("instruments", "Adolphe Sax created the saxophone.", "Adolphe Sax created the piano."),
    ("instruments", "The saxophone is a woodwind instrument.", "The saxophone is a keyboard instrument."),
    ("instruments", "The accordion originated in Vienna.", "The accordion originated in Florence."),
    ("instruments", "The piano, a keyboard instrument, originated in Florence.",
     "The piano, a keyboard instrument, originated in Vienna."),
    ("comets", "Comet Borrelly was discovered by Alphonse Borrelly in 1904.",
     "Comet Borrelly was discovered by Alphonse Borrelly in 1905."),
    ("comets", "Tempel 1 was found by Wilhelm Tempel in 1867.", "Tempel 1 was found by Wilhelm Tempel in 1904."),
    ("wrecks", "The Lusitania went down in the Celtic Sea.", "The Lusitania went down in the Baltic Sea."),
    ("wrecks", "Robert Ballard located the wreck of the Bismarck.", "Robert Ballard located the wreck of the Vasa."),
    ("wrecks", "Anders Franzén found the wreck of the Vasa.", "Anders Franzén found the wreck of the Bismarck."),
]


@pytest.fixture(scope="module")
def checkers():
    return {name: ConsistencyChecker(build(), outside_evidence=True).build()
            for name, build in (("tunnels", _tunnels), ("dams", _dams), ("resorts", _resorts), ("roads", _roads),
                                ("sites", _sites), ("lakes", _lakes), ("instruments", _instruments),
                                ("comets", _comets), ("wrecks", _wrecks), ("horses", _horses),
                                ("squares", _squares), ("keeping", _keeping), ("canyons", _canyons),
                                ("review", _review))}


@pytest.mark.parametrize("graph, true, false", CASES, ids=[f"{g}:{t[:40]}:{f[-25:]}" for g, t, f in CASES])
def test_true_text_is_read_and_its_twin_is_not(checkers, graph, true, false):
    checker = checkers[graph]
    assert checker.check(true, ()).supported, checker.check(true, ()).reason
    assert not checker.check(false, ()).supported


REJECTED = [
    # a way keeps its sense: "over" or "through" a river is no "under" it, "under" a range no
    # "through" it; a way is no position ("lies under"), a position no way ("runs on")
    ("tunnels", "The Blackwall Tunnel goes over the River Thames."),
    ("tunnels", "The Blackwall Tunnel passes through the River Thames."),
    ("tunnels", "The Gotthard Road Tunnel goes under the Alps."),
    ("tunnels", "The Severn Tunnel is a railway tunnel over the River Severn."),
    ("dams", "Kariba Dam runs on the Zambezi."),
    ("dams", "Kariba Dam passes over the Zambezi."),
    # a position said of the other direction ("lies near" / "is near" are each one way)
    ("sites", "Woodbridge lies near Sutton Hoo."),
    ("sites", "Pompeii is near Woodbridge."),
    # "on <place>" after a name that is neither the item nor its kind is that name's place
    ("lakes", "Kentucky Lake was created by the Tennessee Valley Authority on the Cumberland River."),
    # a common noun named without "the" or with another determiner is read as before
    ("instruments", "Adolphe Sax created a piano."),
    # "found" is never "founded"
    ("wrecks", "The Bismarck was founded by Robert Ballard."),
    ("wrecks", "Robert Ballard founded the wreck of the Bismarck."),
    # "she" of a horse that has no such sire; a name honours no place
    ("horses", "Makybe Diva was foaled in Great Britain, and she was sired by Bold Ruler."),
    ("squares", "Federation Square honours Melbourne."),
    ("squares", "David Rittenhouse honours Rittenhouse Square."),
    # (code review 49) "he" with a jockey named before stands for both; only birth dates an
    # animal; a bare "found" is never "founded"; "honours" only a person; "on the edge of" is no
    # "on"
    ("horses", "Ron Turcotte rode Secretariat, and he was born in 1970."),
    ("horses", "Secretariat was created in 1970."),
    ("comets", "Comet Borrelly was founded by Alphonse Borrelly."),
    ("comets", "Alphonse Borrelly founded Comet Borrelly."),
    # a burial is no keeping, a keeping no burial; "ordered" is not "built"
    ("keeping", "Karl Marx is kept at Highgate Cemetery."),
    ("keeping", "The Book of Kells is buried at Trinity College Dublin."),
    ("keeping", "Shah Jahan built the Jama Masjid."),
    ("keeping", "Vienna Central Cemetery opened in 1874; Karl Marx is buried there."),
    ("keeping", "Highgate Cemetery opened in 1839; Constantinople is big; Johannes Brahms is buried there."),
    ("keeping", "The Book of Kells is on display at Trinity College Dublin."),
    # "in charge of" says who runs it, the other way round; a protecting park is no country
    ("canyons", "Sumidero Canyon is in charge of the Navajo Nation."),
    ("canyons", "The Navajo Nation operates Sumidero Canyon."),
    ("canyons", "Taroko Gorge lies inside Taiwan National Park."),
    # (code review 49b) "is protected by" is no containment; an exhibition held at a museum is
    # not kept there; a ship launched from a shipyard did not fly from it; a past burial rests
    # nowhere now; a navy is no patron
    ("review", "Monaco lies within France."),
    ("review", "The Summer Exhibition is kept at the Royal Academy."),
    ("review", "The Summer Exhibition is in the collection of the Royal Academy."),
    ("review", "The Titanic flew from Harland and Wolff."),
    ("review", "The Staffordshire Hoard rests at Hammerwich."),
    ("review", "The Staffordshire Hoard lies buried at Hammerwich."),
    ("review", "The Royal Navy was the patron of HMS Dreadnought."),
    ("review", "The Brooklyn Bridge was manufactured by John Roebling."),
    # (red team 157) a past event is no progressive; "is found in" a region is no "located"
    # (nor "opened"); "she" names no stallion, "he" no mare
    ("wrecks", "The Lusitania is sinking in the Celtic Sea."),
    ("wrecks", "Anders Franzén is finding the wreck of the Vasa."),
    ("wrecks", "The Lusitania is going down in the Celtic Sea."),
    ("horses", "Secretariat was born in 1970; she was ridden by Ron Turcotte."),
    # the year of a discovery by another
    ("comets", "Tempel 1 was discovered by Alphonse Borrelly in 1867."),
]


@pytest.mark.parametrize("graph, text", REJECTED, ids=[t[:50] for _, t in REJECTED])
def test_false_text_is_rejected(checkers, graph, text):
    assert not checkers[graph].check(text, ()).supported


CONSERVATIVE = [
    # faithful but rejected on purpose: "there" does not reach a place before "; ", where a nearer
    # place that does not fit may be the one meant (red team 156)
    ("keeping", "Vienna Central Cemetery opened in 1874; Johannes Brahms is buried there."),
]


@pytest.mark.parametrize("graph, text", CONSERVATIVE, ids=[t[:50] for _, t in CONSERVATIVE])
def test_conservative_text_is_rejected(checkers, graph, text):
    assert not checkers[graph].check(text, ()).supported
