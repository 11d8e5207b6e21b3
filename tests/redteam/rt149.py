"""Red team round 149: this round's new readings (CHANGES.diff). (1) "the latter" / "the former"
after two pairs of names of two types ("A lies in X and B in Y; the latter ...") stands for the
member of the pair whose type the verb after it can be said of, where the last pair's type cannot;
(2) "<verb> there" ("..., and Isaac Newton studied there") stands for the one entity named before
whose type the verb's "at / in / on" cue takes as object; (3) adverbs inside a cue are skipped ("is
operated jointly by", "is currently run by"); (4) "is located in" also reads "is located within",
"within"; (5) "in the city / town / state / island / county ... of X" where X's type is that noun
reads "in X", and "lies on" an island also reads "is found / located / situated on", "is on"; (6)
"is one of the X" / ", one of the X," where X's name ends in a plural reads "is part of" /
"belongs to" / "is a member of" (a declared "is one of" keeps its own reading); (7) "founded /
established / formed in <year>" dates an item of an organisation's kind; (8) "went on to" needs one
sentence, the same subject and year order.

Four graphs of my own:

* islands: hotels and museums (items dated by their opening / founding), beaches and a castle
  (items of other kinds), the island each "lies on" (also "is on", "sits on", "is located on"...),
  the town each "is located in" (also "within", "in the town / city of"), islands that are "part
  of" archipelagos with plural names ("the Balearic Islands", "the Cyclades") and "belong to"
  countries, towns that lie on islands and are "the capital of" one, hotel operators ("is operated
  by"), museum trustees ("is run by"), what a museum "is devoted to" (styles) and what a castle
  "dates from" (periods), the guests who "stayed at" a hotel, artists who "exhibited at" a museum
  and were "born in" a town, animals that "live on" an island, amenities a hotel "has"; a user;
* music: bands (items dated by their forming), albums and festivals (items of other kinds), the
  members of each band ("is a member of": "one of the Beatles"), the city a band "was formed in",
  who recorded an album ("was recorded by"), the studio it "was recorded at" (studios "located
  in" cities), its producer, the genre a band "plays", the movement a band "belongs to", bands
  that "headlined" a festival, musicians who "performed at" one, festivals "held on" an island or
  "held in" a town; a user;
* academia: universities and colleges (items dated by their founding), journals and a society
  (items), who "studied at" / "taught at" each, the city each "is located in", cities "in" states
  and countries, groups each "is a member of" ("the Seven Sisters", "the Ancient Universities",
  "the Russell Group"), a declared "is one of" (people "one of the Cambridge Apostles"), where
  people were born, the prizes they "won", who "edited" a journal and where it "is published in",
  styles ("is an example of") and periods ("dates from"); a user;
* aviation: airlines and newspapers (items dated by their founding), aircraft (items of another
  kind, dated by their first flight), the airport each airline "is based at", its city ("is
  headquartered in"), the alliance it "is a member of", the airline group it "belongs to", a bloc
  with a plural name ("the Gulf Carriers", "is part of"), aircraft it "operates" and who "built"
  them, airports "operated by" companies and "located in" cities and counties, newspapers "owned
  by" trusts, "edited by" people and "published in" cities; a user.

False texts only (one false statement each; arguable ones in OPEN; false ones the starting code
accepted too in KNOWN), plus faithful controls."""

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


def islands():
    """Hotels and museums (items with years: the year each opened or was founded), beaches and a
    castle and a volcano (items of other kinds: a beach has no year, the castle its building's, the
    volcano its last eruption's), the island each
    "lies on", the town each "is located in", islands "part of" archipelagos and "belonging to"
    countries, towns on islands and island capitals, hotel operators, museum trustees, styles and
    periods, hotel guests, artists exhibiting at museums and born in towns, animals living on
    islands, hotel amenities; a user with ratings."""
    sites = ("hotel", "museum", "beach", "castle", "volcano")
    rels = [
        R("lies_on", phrase="lies on", inverse_phrase="is the island of", domain=sites + ("town", "city"),
          range=("island",)),
        R("located_in", phrase="is located in", inverse_phrase="is the site of", domain=sites, range=("town", "city")),
        R("part_of", phrase="is part of", inverse_phrase="includes", domain=("island",), range=("archipelago",)),
        R("belongs_to", phrase="belongs to", inverse_phrase="owns the island of", domain=("island",),
          range=("country",)),
        R("capital_of", phrase="is the capital of", inverse_phrase="has its capital in", domain=("town", "city"),
          range=("island",)),
        R("operated_by", phrase="is operated by", inverse_phrase="operates", domain=("hotel",), range=("company",)),
        R("run_by", phrase="is run by", inverse_phrase="runs", domain=("museum", "castle"),
          range=("foundation", "council")),
        R("devoted_to", phrase="is devoted to", inverse_phrase="is the subject of", domain=("museum",),
          range=("style",)),
        R("style", phrase="is an example of", inverse_phrase="is the style of", domain=("hotel", "castle"),
          range=("style",)),
        R("dates_from", phrase="dates from", inverse_phrase="saw the building of", domain=("hotel", "castle"),
          range=("period",)),
        R("stayed_at", phrase="stayed at", inverse_phrase="hosted", domain=("person", "artist"), range=("hotel",)),
        R("exhibited_at", phrase="exhibited at", inverse_phrase="showed the work of", domain=("artist",),
          range=("museum",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("artist", "person"),
          range=("town", "city")),
        R("lives_on", phrase="lives on", inverse_phrase="is the home of", domain=("animal",), range=("island",)),
        R("has", phrase="has", inverse_phrase="is found at", domain=("hotel",), range=("amenity",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "h:formentor": ("hotel", "Hotel Formentor", 1929), "h:reids": ("hotel", "Reid's Palace", 1891),
        "h:mencey": ("hotel", "Hotel Mencey", 1950), "h:katikies": ("hotel", "Katikies", 1985),
        "h:lasarenas": ("hotel", "Hotel Las Arenas", 1898),
        "m:miro": ("museum", "Fundació Miró Mallorca", 1992), "m:baluard": ("museum", "Es Baluard", 2004),
        "m:manrique": ("museum", "César Manrique Foundation", 1992), "m:tea": ("museum", "TEA Tenerife", 2008),
        "m:thera": ("museum", "Museum of Prehistoric Thera", 2000),
        "b:formentor": ("beach", "Platja de Formentor", None), "b:teresitas": ("beach", "Las Teresitas", None),
        "c:bellver": ("castle", "Bellver Castle", 1311), "v:teide": ("volcano", "Teide", 1909),
    }
    others = {
        "i:mallorca": ("island", "Mallorca"), "i:menorca": ("island", "Menorca"), "i:tenerife": ("island", "Tenerife"),
        "i:lanzarote": ("island", "Lanzarote"), "i:madeira": ("island", "Madeira"), "i:santorini": ("island", "Santorini"),
        "i:naxos": ("island", "Naxos"),
        "a:balearics": ("archipelago", "Balearic Islands"), "a:canaries": ("archipelago", "Canary Islands"),
        "a:cyclades": ("archipelago", "Cyclades"), "a:madeira": ("archipelago", "Madeira Archipelago"),
        "k:spain": ("country", "Spain"), "k:portugal": ("country", "Portugal"), "k:greece": ("country", "Greece"),
        "t:pollenca": ("town", "Pollença"), "t:palma": ("city", "Palma"), "t:funchal": ("city", "Funchal"),
        "t:santacruz": ("city", "Santa Cruz de Tenerife"), "t:oia": ("town", "Oia"), "t:tahiche": ("town", "Tahíche"),
        "t:fira": ("town", "Fira"), "t:valencia": ("city", "Valencia"), "t:barcelona": ("city", "Barcelona"),
        "t:arrecife": ("city", "Arrecife"), "t:mahon": ("town", "Mahón"),
        "o:barcelo": ("company", "Barceló Hotels"), "o:belmond": ("company", "Belmond"),
        "o:iberostar": ("company", "Iberostar"), "o:katikies": ("company", "Katikies Hotels"),
        "o:miro": ("foundation", "Miró Foundation"), "o:palma": ("council", "Palma City Council"),
        "o:manrique": ("foundation", "Manrique Trust"), "o:cabildo": ("council", "Cabildo de Tenerife"),
        "o:thera": ("council", "Hellenic Ministry of Culture"),
        "st:surrealism": ("style", "Surrealism"), "st:contemporary": ("style", "contemporary art"),
        "st:gothic": ("style", "Gothic architecture"), "st:artdeco": ("style", "Art Deco"),
        "st:cycladic": ("style", "Cycladic architecture"), "st:modernisme": ("style", "Modernisme"),
        "pd:medieval": ("period", "Middle Ages"), "pd:interwar": ("period", "interwar period"),
        "pd:victorian": ("period", "Victorian era"), "pd:bronze": ("period", "Bronze Age"),
        "p:churchill": ("person", "Winston Churchill"), "p:chaplin": ("person", "Charlie Chaplin"),
        "p:shaw": ("person", "George Bernard Shaw"), "p:sisi": ("person", "Empress Elisabeth"),
        "p:miro": ("artist", "Joan Miró"), "p:manrique": ("artist", "César Manrique"),
        "p:barcelo": ("artist", "Miquel Barceló"), "p:sorolla": ("artist", "Joaquín Sorolla"),
        "an:lizard": ("animal", "Lilford's wall lizard"), "an:gallotia": ("animal", "Tenerife lizard"),
        "an:monk": ("animal", "monk seal"), "an:pigeon": ("animal", "Trocaz pigeon"),
        "am:spa": ("amenity", "spa"), "am:beach": ("amenity", "private beach"), "am:golf": ("amenity", "golf course"),
        "am:pool": ("amenity", "infinity pool"), "am:garden": ("amenity", "tropical garden"),
    }
    T = [
        ("h:formentor", "lies_on", "i:mallorca"), ("h:reids", "lies_on", "i:madeira"),
        ("h:mencey", "lies_on", "i:tenerife"), ("h:katikies", "lies_on", "i:santorini"),
        ("m:miro", "lies_on", "i:mallorca"), ("m:baluard", "lies_on", "i:mallorca"),
        ("m:manrique", "lies_on", "i:lanzarote"), ("m:tea", "lies_on", "i:tenerife"),
        ("m:thera", "lies_on", "i:santorini"), ("b:formentor", "lies_on", "i:mallorca"),
        ("b:teresitas", "lies_on", "i:tenerife"), ("c:bellver", "lies_on", "i:mallorca"), ("v:teide", "lies_on", "i:tenerife"),
        ("t:pollenca", "lies_on", "i:mallorca"), ("t:palma", "lies_on", "i:mallorca"),
        ("t:funchal", "lies_on", "i:madeira"), ("t:santacruz", "lies_on", "i:tenerife"),
        ("t:oia", "lies_on", "i:santorini"), ("t:fira", "lies_on", "i:santorini"),
        ("t:tahiche", "lies_on", "i:lanzarote"), ("t:arrecife", "lies_on", "i:lanzarote"),
        ("t:mahon", "lies_on", "i:menorca"),
        ("h:formentor", "located_in", "t:pollenca"), ("h:reids", "located_in", "t:funchal"),
        ("h:mencey", "located_in", "t:santacruz"), ("h:katikies", "located_in", "t:oia"),
        ("h:lasarenas", "located_in", "t:valencia"),
        ("m:miro", "located_in", "t:palma"), ("m:baluard", "located_in", "t:palma"),
        ("m:manrique", "located_in", "t:tahiche"), ("m:tea", "located_in", "t:santacruz"),
        ("m:thera", "located_in", "t:fira"), ("b:formentor", "located_in", "t:pollenca"),
        ("b:teresitas", "located_in", "t:santacruz"), ("c:bellver", "located_in", "t:palma"),
        ("i:mallorca", "part_of", "a:balearics"), ("i:menorca", "part_of", "a:balearics"),
        ("i:tenerife", "part_of", "a:canaries"), ("i:lanzarote", "part_of", "a:canaries"),
        ("i:santorini", "part_of", "a:cyclades"), ("i:naxos", "part_of", "a:cyclades"),
        ("i:madeira", "part_of", "a:madeira"),
        ("i:mallorca", "belongs_to", "k:spain"), ("i:menorca", "belongs_to", "k:spain"),
        ("i:tenerife", "belongs_to", "k:spain"), ("i:lanzarote", "belongs_to", "k:spain"),
        ("i:madeira", "belongs_to", "k:portugal"), ("i:santorini", "belongs_to", "k:greece"),
        ("i:naxos", "belongs_to", "k:greece"),
        ("t:palma", "capital_of", "i:mallorca"), ("t:funchal", "capital_of", "i:madeira"),
        ("t:santacruz", "capital_of", "i:tenerife"), ("t:fira", "capital_of", "i:santorini"),
        ("t:arrecife", "capital_of", "i:lanzarote"), ("t:mahon", "capital_of", "i:menorca"),
        ("h:formentor", "operated_by", "o:barcelo"), ("h:reids", "operated_by", "o:belmond"),
        ("h:mencey", "operated_by", "o:iberostar"), ("h:katikies", "operated_by", "o:katikies"),
        ("h:lasarenas", "operated_by", "o:iberostar"),
        ("m:miro", "run_by", "o:miro"), ("m:miro", "run_by", "o:palma"), ("m:baluard", "run_by", "o:palma"),
        ("m:manrique", "run_by", "o:manrique"), ("m:tea", "run_by", "o:cabildo"), ("m:thera", "run_by", "o:thera"),
        ("c:bellver", "run_by", "o:palma"),
        ("m:miro", "devoted_to", "st:surrealism"), ("m:baluard", "devoted_to", "st:contemporary"),
        ("m:manrique", "devoted_to", "st:contemporary"), ("m:tea", "devoted_to", "st:contemporary"),
        ("c:bellver", "style", "st:gothic"), ("h:formentor", "style", "st:artdeco"),
        ("h:katikies", "style", "st:cycladic"), ("h:lasarenas", "style", "st:modernisme"),
        ("c:bellver", "dates_from", "pd:medieval"), ("h:formentor", "dates_from", "pd:interwar"),
        ("h:reids", "dates_from", "pd:victorian"),
        ("p:churchill", "stayed_at", "h:formentor"), ("p:chaplin", "stayed_at", "h:formentor"),
        ("p:churchill", "stayed_at", "h:reids"), ("p:shaw", "stayed_at", "h:reids"),
        ("p:sisi", "stayed_at", "h:reids"), ("p:sorolla", "stayed_at", "h:lasarenas"),
        ("p:miro", "exhibited_at", "m:miro"), ("p:barcelo", "exhibited_at", "m:baluard"),
        ("p:manrique", "exhibited_at", "m:manrique"), ("p:manrique", "exhibited_at", "m:tea"),
        ("p:miro", "born_in", "t:barcelona"), ("p:manrique", "born_in", "t:arrecife"),
        ("p:sorolla", "born_in", "t:valencia"), ("p:barcelo", "born_in", "t:palma"),
        ("an:lizard", "lives_on", "i:menorca"), ("an:lizard", "lives_on", "i:mallorca"),
        ("an:gallotia", "lives_on", "i:tenerife"), ("an:monk", "lives_on", "i:madeira"),
        ("an:pigeon", "lives_on", "i:madeira"),
        ("h:formentor", "has", "am:beach"), ("h:formentor", "has", "am:spa"), ("h:reids", "has", "am:garden"),
        ("h:reids", "has", "am:spa"), ("h:katikies", "has", "am:pool"), ("h:mencey", "has", "am:garden"),
        ("user:ana", "rated", "h:formentor", {"rating": 5.0}), ("user:ana", "rated", "h:reids", {"rating": 4.5}),
        ("user:ana", "rated", "m:miro", {"rating": 2.0}), ("user:ana", "rated", "m:thera", {"rating": 4.0}),
        ("user:ana", "rated", "b:formentor", {"rating": 1.5}),
    ]
    aliases = {"p:miro": ("Miró",), "p:manrique": ("Manrique",), "p:churchill": ("Churchill",),
               "h:reids": ("Reid's",), "a:balearics": ("Balearics",)}
    return _build(items, others, rels, T, users=[("user:ana", "Ana")], aliases=aliases)


def music():
    """Bands (items with years: the year each formed), albums and festivals (items: the year of
    release, the year first held), the members of each band, the city a band was formed in, who
    recorded each album, the studio it was recorded at (studios located in cities), its producer,
    the genre a band plays, the movement it belongs to, festival headliners and performers,
    festivals held on an island or in a town; a user with ratings."""
    rels = [
        R("member_of", phrase="is a member of", inverse_phrase="counts as a member", domain=("musician",),
          range=("band",)),
        R("formed_in", phrase="was formed in", inverse_phrase="is the birthplace of", domain=("band",),
          range=("city",)),
        R("recorded_by", phrase="was recorded by", inverse_phrase="recorded", domain=("album",), range=("band",)),
        R("recorded_at", phrase="was recorded at", inverse_phrase="hosted the sessions for", domain=("album",),
          range=("studio",)),
        R("studio_in", phrase="is located in", inverse_phrase="is the home of", domain=("studio",), range=("city",)),
        R("produced_by", phrase="was produced by", inverse_phrase="produced", domain=("album",),
          range=("producer", "musician")),
        R("plays", phrase="plays", inverse_phrase="is played by", domain=("band",), range=("genre",)),
        R("movement", phrase="belongs to", inverse_phrase="includes", domain=("band",), range=("movement",)),
        R("headlined", phrase="headlined", inverse_phrase="was headlined by", domain=("band",), range=("festival",)),
        R("performed_at", phrase="performed at", inverse_phrase="featured", domain=("musician",),
          range=("festival",)),
        R("held_on", phrase="is held on", inverse_phrase="hosts", domain=("festival",), range=("island",)),
        R("held_in", phrase="is held in", inverse_phrase="is the venue of", domain=("festival",),
          range=("town", "city")),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "b:beatles": ("band", "The Beatles", 1960), "b:stones": ("band", "The Rolling Stones", 1962),
        "b:kinks": ("band", "The Kinks", 1963), "b:beachboys": ("band", "The Beach Boys", 1961),
        "b:who": ("band", "The Who", 1964), "b:floyd": ("band", "Pink Floyd", 1965),
        "a:revolver": ("album", "Revolver", 1966), "a:abbey": ("album", "Abbey Road", 1969),
        "a:petsounds": ("album", "Pet Sounds", 1966), "a:bleed": ("album", "Let It Bleed", 1969),
        "a:tommy": ("album", "Tommy", 1969), "a:dsotm": ("album", "The Dark Side of the Moon", 1973),
        "a:village": ("album", "Village Green", 1968), "a:sticky": ("album", "Sticky Fingers", 1971),
        "f:wight": ("festival", "Isle of Wight Festival", 1968), "f:glasto": ("festival", "Glastonbury Festival", 1970),
        "f:monterey": ("festival", "Monterey Pop Festival", 1967), "f:knebworth": ("festival", "Knebworth Festival", 1974),
    }
    others = {
        "p:lennon": ("musician", "John Lennon"), "p:mccartney": ("musician", "Paul McCartney"),
        "p:ringo": ("musician", "Ringo Starr"), "p:jagger": ("musician", "Mick Jagger"),
        "p:richards": ("musician", "Keith Richards"), "p:ray": ("musician", "Ray Davies"),
        "p:dave": ("musician", "Dave Davies"), "p:brian": ("musician", "Brian Wilson"),
        "p:daltrey": ("musician", "Roger Daltrey"), "p:townshend": ("musician", "Pete Townshend"),
        "p:gilmour": ("musician", "David Gilmour"), "p:waters": ("musician", "Roger Waters"),
        "p:hendrix": ("musician", "Jimi Hendrix"), "p:joplin": ("musician", "Janis Joplin"),
        "pr:martin": ("producer", "George Martin"), "pr:miller": ("producer", "Jimmy Miller"),
        "pr:lambert": ("producer", "Kit Lambert"),
        "s:abbey": ("studio", "Abbey Road Studios"), "s:olympic": ("studio", "Olympic Studios"),
        "s:western": ("studio", "Western Recorders"), "s:ibc": ("studio", "IBC Studios"),
        "s:pye": ("studio", "Pye Studios"), "s:muscle": ("studio", "Muscle Shoals Sound Studio"),
        "y:liverpool": ("city", "Liverpool"), "y:london": ("city", "London"), "y:hawthorne": ("city", "Hawthorne"),
        "y:losangeles": ("city", "Los Angeles"), "y:sheffield": ("city", "Sheffield"),
        "y:muscleshoals": ("city", "Muscle Shoals"),
        "t:pilton": ("town", "Pilton"), "t:monterey": ("town", "Monterey"), "t:knebworth": ("town", "Knebworth"),
        "is:wight": ("island", "Isle of Wight"),
        "g:rock": ("genre", "rock"), "g:psych": ("genre", "psychedelic rock"), "g:surf": ("genre", "surf rock"),
        "g:hard": ("genre", "hard rock"), "g:prog": ("genre", "progressive rock"),
        "mv:invasion": ("movement", "British Invasion"), "mv:merseybeat": ("movement", "Merseybeat"),
        "mv:california": ("movement", "California Sound"), "mv:mods": ("movement", "Mods"),
    }
    T = [
        ("p:lennon", "member_of", "b:beatles"), ("p:mccartney", "member_of", "b:beatles"),
        ("p:ringo", "member_of", "b:beatles"), ("p:jagger", "member_of", "b:stones"),
        ("p:richards", "member_of", "b:stones"), ("p:ray", "member_of", "b:kinks"), ("p:dave", "member_of", "b:kinks"),
        ("p:brian", "member_of", "b:beachboys"), ("p:daltrey", "member_of", "b:who"),
        ("p:townshend", "member_of", "b:who"), ("p:gilmour", "member_of", "b:floyd"), ("p:waters", "member_of", "b:floyd"),
        ("b:beatles", "formed_in", "y:liverpool"), ("b:stones", "formed_in", "y:london"),
        ("b:kinks", "formed_in", "y:london"), ("b:beachboys", "formed_in", "y:hawthorne"),
        ("b:who", "formed_in", "y:london"), ("b:floyd", "formed_in", "y:london"),
        ("a:revolver", "recorded_by", "b:beatles"), ("a:abbey", "recorded_by", "b:beatles"),
        ("a:petsounds", "recorded_by", "b:beachboys"), ("a:bleed", "recorded_by", "b:stones"),
        ("a:sticky", "recorded_by", "b:stones"), ("a:tommy", "recorded_by", "b:who"),
        ("a:dsotm", "recorded_by", "b:floyd"), ("a:village", "recorded_by", "b:kinks"),
        ("a:revolver", "recorded_at", "s:abbey"), ("a:abbey", "recorded_at", "s:abbey"),
        ("a:dsotm", "recorded_at", "s:abbey"), ("a:petsounds", "recorded_at", "s:western"),
        ("a:bleed", "recorded_at", "s:olympic"), ("a:sticky", "recorded_at", "s:olympic"),
        ("a:sticky", "recorded_at", "s:muscle"), ("a:tommy", "recorded_at", "s:ibc"), ("a:village", "recorded_at", "s:pye"),
        ("s:abbey", "studio_in", "y:london"), ("s:olympic", "studio_in", "y:london"), ("s:ibc", "studio_in", "y:london"),
        ("s:pye", "studio_in", "y:london"), ("s:western", "studio_in", "y:losangeles"),
        ("s:muscle", "studio_in", "y:muscleshoals"),
        ("a:revolver", "produced_by", "pr:martin"), ("a:abbey", "produced_by", "pr:martin"),
        ("a:bleed", "produced_by", "pr:miller"), ("a:sticky", "produced_by", "pr:miller"),
        ("a:tommy", "produced_by", "pr:lambert"), ("a:petsounds", "produced_by", "p:brian"),
        ("a:village", "produced_by", "p:ray"),
        ("b:beatles", "plays", "g:rock"), ("b:beatles", "plays", "g:psych"), ("b:stones", "plays", "g:rock"),
        ("b:kinks", "plays", "g:rock"), ("b:beachboys", "plays", "g:surf"), ("b:who", "plays", "g:hard"),
        ("b:floyd", "plays", "g:prog"), ("b:floyd", "plays", "g:psych"),
        ("b:beatles", "movement", "mv:merseybeat"), ("b:beatles", "movement", "mv:invasion"),
        ("b:stones", "movement", "mv:invasion"), ("b:kinks", "movement", "mv:invasion"),
        ("b:who", "movement", "mv:mods"), ("b:who", "movement", "mv:invasion"),
        ("b:beachboys", "movement", "mv:california"),
        ("b:who", "headlined", "f:wight"), ("b:stones", "headlined", "f:knebworth"), ("b:floyd", "headlined", "f:knebworth"),
        ("b:who", "headlined", "f:monterey"),
        ("p:hendrix", "performed_at", "f:wight"), ("p:hendrix", "performed_at", "f:monterey"),
        ("p:joplin", "performed_at", "f:monterey"), ("p:townshend", "performed_at", "f:monterey"),
        ("p:gilmour", "performed_at", "f:knebworth"),
        ("f:wight", "held_on", "is:wight"), ("f:glasto", "held_in", "t:pilton"), ("f:monterey", "held_in", "t:monterey"),
        ("f:knebworth", "held_in", "t:knebworth"),
        ("user:ben", "rated", "a:revolver", {"rating": 5.0}), ("user:ben", "rated", "a:petsounds", {"rating": 4.5}),
        ("user:ben", "rated", "a:tommy", {"rating": 2.0}), ("user:ben", "rated", "b:kinks", {"rating": 4.0}),
        ("user:ben", "rated", "f:glasto", {"rating": 1.0}),
    ]
    aliases = {"b:beatles": ("Beatles",), "b:stones": ("Rolling Stones", "the Stones"), "b:kinks": ("Kinks",),
               "b:beachboys": ("Beach Boys",), "b:who": ("the Who",), "p:lennon": ("Lennon",),
               "p:ringo": ("Ringo",), "p:hendrix": ("Hendrix",), "s:abbey": ("Abbey Road Studio",)}
    return _build(items, others, rels, T, users=[("user:ben", "Ben")], aliases=aliases)


def academia():
    """Universities and colleges (items with years: the year each was founded), journals and a
    society (items: founded too), who studied and taught at each, the city each is located in,
    cities in states and countries (a city and a state both named "Washington"), the groups each is a member of, a declared "is one of"
    (people one of the Cambridge Apostles), birthplaces, prizes, editors and the city a journal is
    published in, styles and periods; a user with ratings."""
    schools = ("university", "college")
    rels = [
        R("studied_at", phrase="studied at", inverse_phrase="educated", domain=("scientist", "writer"),
          range=schools),
        R("taught_at", phrase="taught at", inverse_phrase="employed", domain=("scientist", "writer"), range=schools),
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=schools + ("journal", "society"),
          range=("city", "town")),
        R("place_in", phrase="is in", inverse_phrase="contains", domain=("city", "town", "state"),
          range=("state", "country")),
        R("member_of", phrase="is a member of", inverse_phrase="counts among its members", domain=schools,
          range=("group",)),
        R("apostle", phrase="is one of", inverse_phrase="counted", domain=("scientist", "writer"), range=("club",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("scientist", "writer"),
          range=("city", "town")),
        R("won", phrase="won", inverse_phrase="was awarded to", domain=("scientist", "writer"), range=("prize",)),
        R("edited", phrase="edited", inverse_phrase="was edited by", domain=("scientist", "writer"),
          range=("journal",)),
        R("published_in", phrase="is published in", inverse_phrase="publishes", domain=("journal",),
          range=("city",)),
        R("style", phrase="is an example of", inverse_phrase="is the style of", domain=schools, range=("style",)),
        R("dates_from", phrase="dates from", inverse_phrase="saw the founding of", domain=schools, range=("period",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "u:cambridge": ("university", "University of Cambridge", 1209),
        "u:oxford": ("university", "University of Oxford", 1096),
        "u:edinburgh": ("university", "University of Edinburgh", 1583),
        "u:standrews": ("university", "University of St Andrews", 1413),
        "u:glasgow": ("university", "University of Glasgow", 1451),
        "u:harvard": ("university", "Harvard University", 1636), "u:yale": ("university", "Yale University", 1701),
        "c:vassar": ("college", "Vassar College", 1861), "c:wellesley": ("college", "Wellesley College", 1870),
        "c:smith": ("college", "Smith College", 1871),
        "j:nature": ("journal", "Nature", 1869), "j:lancet": ("journal", "The Lancet", 1823),
        "so:royal": ("society", "Royal Society", 1660),
        "u:georgetown": ("university", "Georgetown University", 1789),
        "u:uw": ("university", "University of Washington", 1861),
    }
    others = {
        "p:newton": ("scientist", "Isaac Newton"), "p:darwin": ("scientist", "Charles Darwin"),
        "p:maxwell": ("scientist", "James Clerk Maxwell"), "p:kelvin": ("scientist", "Lord Kelvin"),
        "p:hooke": ("scientist", "Robert Hooke"), "p:mitchell": ("scientist", "Maria Mitchell"),
        "p:plath": ("writer", "Sylvia Plath"), "p:bishop": ("writer", "Elizabeth Bishop"),
        "p:tennyson": ("writer", "Alfred Tennyson"), "p:lockyer": ("scientist", "Norman Lockyer"),
        "p:wakley": ("scientist", "Thomas Wakley"), "p:keynes": ("writer", "John Maynard Keynes"),
        "p:black": ("scientist", "Joseph Black"), "p:gates": ("scientist", "Bill Gates"),
        "y:cambridge": ("city", "Cambridge"), "y:oxford": ("city", "Oxford"), "y:edinburgh": ("city", "Edinburgh"),
        "y:standrews": ("town", "St Andrews"), "y:glasgow": ("city", "Glasgow"), "y:newhaven": ("city", "New Haven"),
        "y:boston": ("city", "Boston"), "y:poughkeepsie": ("city", "Poughkeepsie"), "y:wellesley": ("town", "Wellesley"),
        "y:northampton": ("city", "Northampton"), "y:london": ("city", "London"),
        "y:woolsthorpe": ("town", "Woolsthorpe"), "y:shrewsbury": ("town", "Shrewsbury"),
        "y:belfast": ("city", "Belfast"), "y:freshwater": ("town", "Freshwater"), "y:nantucket": ("town", "Nantucket"),
        "y:worcester": ("city", "Worcester"), "y:somersby": ("town", "Somersby"), "y:bordeaux": ("city", "Bordeaux"),
        "y:washington": ("city", "Washington"), "y:seattle": ("city", "Seattle"),
        "st:massachusetts": ("state", "Massachusetts"), "st:connecticut": ("state", "Connecticut"),
        "st:newyork": ("state", "New York"), "st:washington": ("state", "Washington"),
        "k:england": ("country", "England"), "k:scotland": ("country", "Scotland"), "k:usa": ("country", "United States"),
        "g:russell": ("group", "Russell Group"), "g:ivy": ("group", "Ivy League"),
        "g:sisters": ("group", "Seven Sisters"), "g:ancient": ("group", "Ancient Universities"),
        "cl:apostles": ("club", "Cambridge Apostles"), "cl:inklings": ("club", "Inklings"),
        "pz:copley": ("prize", "Copley Medal"), "pz:pulitzer": ("prize", "Pulitzer Prize"),
        "pz:royal": ("prize", "Royal Medal"),
        "sy:gothic": ("style", "Gothic Revival"), "sy:collegiate": ("style", "Collegiate Gothic"),
        "sy:empire": ("style", "Second Empire"),
        "pd:medieval": ("period", "Middle Ages"), "pd:colonial": ("period", "colonial era"),
        "pd:renaissance": ("period", "Renaissance"), "pd:victorian": ("period", "Victorian era"),
    }
    T = [
        ("p:newton", "studied_at", "u:cambridge"), ("p:newton", "taught_at", "u:cambridge"),
        ("p:darwin", "studied_at", "u:cambridge"), ("p:darwin", "studied_at", "u:edinburgh"),
        ("p:maxwell", "studied_at", "u:edinburgh"), ("p:maxwell", "studied_at", "u:cambridge"),
        ("p:maxwell", "taught_at", "u:cambridge"), ("p:kelvin", "studied_at", "u:glasgow"),
        ("p:kelvin", "studied_at", "u:cambridge"), ("p:kelvin", "taught_at", "u:glasgow"),
        ("p:hooke", "studied_at", "u:oxford"), ("p:mitchell", "taught_at", "c:vassar"),
        ("p:plath", "studied_at", "c:smith"), ("p:bishop", "studied_at", "c:vassar"),
        ("p:bishop", "taught_at", "u:harvard"), ("p:tennyson", "studied_at", "u:cambridge"),
        ("p:keynes", "studied_at", "u:cambridge"), ("p:keynes", "taught_at", "u:cambridge"),
        ("p:black", "studied_at", "u:glasgow"), ("p:black", "studied_at", "u:edinburgh"),
        ("p:black", "taught_at", "u:glasgow"), ("p:black", "taught_at", "u:edinburgh"),
        ("u:cambridge", "located_in", "y:cambridge"), ("u:oxford", "located_in", "y:oxford"),
        ("u:edinburgh", "located_in", "y:edinburgh"), ("u:standrews", "located_in", "y:standrews"),
        ("u:glasgow", "located_in", "y:glasgow"), ("u:harvard", "located_in", "y:boston"),
        ("u:yale", "located_in", "y:newhaven"), ("c:vassar", "located_in", "y:poughkeepsie"),
        ("c:wellesley", "located_in", "y:wellesley"), ("c:smith", "located_in", "y:northampton"),
        ("j:nature", "located_in", "y:london"), ("j:lancet", "located_in", "y:london"),
        ("so:royal", "located_in", "y:london"), ("u:georgetown", "located_in", "y:washington"),
        ("u:uw", "located_in", "y:seattle"),
        ("y:cambridge", "place_in", "k:england"), ("y:oxford", "place_in", "k:england"),
        ("y:london", "place_in", "k:england"), ("y:edinburgh", "place_in", "k:scotland"),
        ("y:standrews", "place_in", "k:scotland"), ("y:glasgow", "place_in", "k:scotland"),
        ("y:boston", "place_in", "st:massachusetts"), ("y:wellesley", "place_in", "st:massachusetts"),
        ("y:northampton", "place_in", "st:massachusetts"), ("y:newhaven", "place_in", "st:connecticut"),
        ("y:poughkeepsie", "place_in", "st:newyork"), ("st:massachusetts", "place_in", "k:usa"),
        ("st:connecticut", "place_in", "k:usa"), ("st:newyork", "place_in", "k:usa"),
        ("y:seattle", "place_in", "st:washington"), ("st:washington", "place_in", "k:usa"),
        ("y:washington", "place_in", "k:usa"),
        ("u:cambridge", "member_of", "g:russell"), ("u:oxford", "member_of", "g:russell"),
        ("u:edinburgh", "member_of", "g:russell"), ("u:glasgow", "member_of", "g:russell"),
        ("u:cambridge", "member_of", "g:ancient"), ("u:oxford", "member_of", "g:ancient"),
        ("u:standrews", "member_of", "g:ancient"), ("u:glasgow", "member_of", "g:ancient"),
        ("u:edinburgh", "member_of", "g:ancient"), ("u:harvard", "member_of", "g:ivy"), ("u:yale", "member_of", "g:ivy"),
        ("c:vassar", "member_of", "g:sisters"), ("c:wellesley", "member_of", "g:sisters"),
        ("c:smith", "member_of", "g:sisters"),
        ("p:tennyson", "apostle", "cl:apostles"), ("p:keynes", "apostle", "cl:apostles"),
        ("p:maxwell", "apostle", "cl:apostles"),
        ("p:newton", "born_in", "y:woolsthorpe"), ("p:darwin", "born_in", "y:shrewsbury"),
        ("p:maxwell", "born_in", "y:edinburgh"), ("p:kelvin", "born_in", "y:belfast"),
        ("p:hooke", "born_in", "y:freshwater"), ("p:mitchell", "born_in", "y:nantucket"),
        ("p:plath", "born_in", "y:boston"), ("p:bishop", "born_in", "y:worcester"),
        ("p:tennyson", "born_in", "y:somersby"), ("p:keynes", "born_in", "y:cambridge"),
        ("p:black", "born_in", "y:bordeaux"), ("p:gates", "born_in", "y:seattle"),
        ("p:darwin", "won", "pz:copley"), ("p:kelvin", "won", "pz:copley"), ("p:maxwell", "won", "pz:royal"),
        ("p:plath", "won", "pz:pulitzer"), ("p:bishop", "won", "pz:pulitzer"), ("p:darwin", "won", "pz:royal"),
        ("p:lockyer", "edited", "j:nature"), ("p:wakley", "edited", "j:lancet"), ("p:keynes", "edited", "j:nature"),
        ("j:nature", "published_in", "y:london"), ("j:lancet", "published_in", "y:london"),
        ("u:glasgow", "style", "sy:gothic"), ("u:yale", "style", "sy:collegiate"), ("c:vassar", "style", "sy:empire"),
        ("u:cambridge", "dates_from", "pd:medieval"), ("u:oxford", "dates_from", "pd:medieval"),
        ("u:harvard", "dates_from", "pd:colonial"), ("u:yale", "dates_from", "pd:colonial"),
        ("u:edinburgh", "dates_from", "pd:renaissance"), ("c:vassar", "dates_from", "pd:victorian"),
        ("user:cal", "rated", "u:cambridge", {"rating": 5.0}), ("user:cal", "rated", "u:yale", {"rating": 2.0}),
        ("user:cal", "rated", "c:vassar", {"rating": 4.5}), ("user:cal", "rated", "j:nature", {"rating": 4.0}),
        ("user:cal", "rated", "u:glasgow", {"rating": 1.5}),
    ]
    aliases = {"u:cambridge": ("Cambridge University",), "u:oxford": ("Oxford University",),
               "u:edinburgh": ("Edinburgh University",), "u:glasgow": ("Glasgow University",),
               "u:harvard": ("Harvard",), "u:yale": ("Yale",), "c:vassar": ("Vassar",), "c:smith": ("Smith",),
               "p:newton": ("Newton",), "p:darwin": ("Darwin",), "p:maxwell": ("Maxwell",), "p:kelvin": ("Kelvin",),
               "p:plath": ("Plath",), "p:bishop": ("Bishop",), "p:keynes": ("Keynes",), "p:tennyson": ("Tennyson",)}
    return _build(items, others, rels, T, users=[("user:cal", "Cal")], aliases=aliases)


def aviation():
    """Airlines and newspapers (items with years: the year each was founded), aircraft (items: the
    year of the first flight), the airport an airline is based at, the city it is headquartered
    in, its alliance, the group it belongs to, a bloc with a plural name, the aircraft it
    operates, aircraft makers, airports operated by companies and located in cities and counties,
    newspaper owners, editors and cities; a user with ratings."""
    airlines = ("airline",)
    rels = [
        R("based_at", phrase="is based at", inverse_phrase="is the hub of", domain=airlines, range=("airport",)),
        R("hq_in", phrase="is headquartered in", inverse_phrase="is the headquarters of",
          domain=airlines + ("newspaper",), range=("city", "county")),
        R("alliance", phrase="is a member of", inverse_phrase="counts among its members", domain=airlines,
          range=("alliance",)),
        R("group", phrase="belongs to", inverse_phrase="owns the airline", domain=airlines, range=("holding",)),
        R("bloc", phrase="is part of", inverse_phrase="includes", domain=airlines, range=("bloc",)),
        R("operates", phrase="operates", inverse_phrase="is operated by", domain=airlines, range=("aircraft",)),
        R("built_by", phrase="was built by", inverse_phrase="built", domain=("aircraft",),
          range=("manufacturer",)),
        R("airport_op", phrase="is run by", inverse_phrase="runs", domain=("airport",), range=("company",)),
        R("airport_in", phrase="is located in", inverse_phrase="is the site of", domain=("airport",),
          range=("city", "county", "municipality")),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("newspaper",), range=("trust", "company")),
        R("edited_by", phrase="is edited by", inverse_phrase="edits", domain=("newspaper",), range=("journalist",)),
        R("published_in", phrase="is published in", inverse_phrase="is the home of", domain=("newspaper",),
          range=("city",)),
        R("place_in", phrase="is in", inverse_phrase="contains", domain=("city", "county", "municipality"),
          range=("country",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "l:aerlingus": ("airline", "Aer Lingus", 1936), "l:klm": ("airline", "KLM", 1919),
        "l:qantas": ("airline", "Qantas", 1920), "l:finnair": ("airline", "Finnair", 1923),
        "l:emirates": ("airline", "Emirates", 1985), "l:qatar": ("airline", "Qatar Airways", 1993),
        "l:etihad": ("airline", "Etihad Airways", 2003), "l:iberia": ("airline", "Iberia", 1927),
        "n:irishtimes": ("newspaper", "The Irish Times", 1859), "n:guardian": ("newspaper", "The Guardian", 1821),
        "n:hs": ("newspaper", "Helsingin Sanomat", 1889), "n:age": ("newspaper", "The Age", 1854),
        "x:747": ("aircraft", "Boeing 747", 1969), "x:a380": ("aircraft", "Airbus A380", 2005),
        "x:concorde": ("aircraft", "Concorde", 1969), "x:a350": ("aircraft", "Airbus A350", 2013),
    }
    others = {
        "ap:dublin": ("airport", "Dublin Airport"), "ap:schiphol": ("airport", "Schiphol"),
        "ap:sydney": ("airport", "Sydney Airport"), "ap:helsinki": ("airport", "Helsinki Airport"),
        "ap:dubai": ("airport", "Dubai International Airport"), "ap:hamad": ("airport", "Hamad International Airport"),
        "ap:abudhabi": ("airport", "Abu Dhabi International Airport"), "ap:barajas": ("airport", "Madrid–Barajas Airport"),
        "y:dublin": ("city", "Dublin"), "y:amsterdam": ("city", "Amsterdam"), "y:sydney": ("city", "Sydney"),
        "y:vantaa": ("city", "Vantaa"), "y:helsinki": ("city", "Helsinki"), "y:dubai": ("city", "Dubai"),
        "y:doha": ("city", "Doha"), "y:abudhabi": ("city", "Abu Dhabi"), "y:madrid": ("city", "Madrid"),
        "y:london": ("city", "London"), "y:melbourne": ("city", "Melbourne"), "y:manchester": ("city", "Manchester"),
        "co:fingal": ("county", "Fingal"), "mu:haarlemmermeer": ("municipality", "Haarlemmermeer"),
        "k:ireland": ("country", "Ireland"), "k:netherlands": ("country", "Netherlands"),
        "k:australia": ("country", "Australia"), "k:finland": ("country", "Finland"), "k:uae": ("country", "United Arab Emirates"),
        "k:qatar": ("country", "Qatar"), "k:spain": ("country", "Spain"), "k:uk": ("country", "United Kingdom"),
        "al:oneworld": ("alliance", "oneworld"), "al:skyteam": ("alliance", "SkyTeam"),
        "hd:iag": ("holding", "International Airlines Group"), "hd:afklm": ("holding", "Air France–KLM"),
        "bl:gulf": ("bloc", "Gulf Carriers"),
        "m:boeing": ("manufacturer", "Boeing"), "m:airbus": ("manufacturer", "Airbus"),
        "m:bac": ("manufacturer", "British Aircraft Corporation"),
        "c:daa": ("company", "DAA"), "c:schiphol": ("company", "Royal Schiphol Group"), "c:finavia": ("company", "Finavia"),
        "c:aena": ("company", "Aena"), "c:dubai": ("company", "Dubai Airports"), "c:sydney": ("company", "Sydney Airport Holdings"),
        "c:nine": ("company", "Nine Entertainment"), "c:sanoma": ("company", "Sanoma"),
        "tr:irishtimes": ("trust", "The Irish Times Trust"), "tr:scott": ("trust", "Scott Trust"),
        "j:viner": ("journalist", "Katharine Viner"), "j:oneill": ("journalist", "Ruadhán Mac Cormaic"),
        "j:schmidt": ("journalist", "Kaius Niemi"),
    }
    T = [
        ("l:aerlingus", "based_at", "ap:dublin"), ("l:klm", "based_at", "ap:schiphol"), ("l:qantas", "based_at", "ap:sydney"),
        ("l:finnair", "based_at", "ap:helsinki"), ("l:emirates", "based_at", "ap:dubai"), ("l:qatar", "based_at", "ap:hamad"),
        ("l:etihad", "based_at", "ap:abudhabi"), ("l:iberia", "based_at", "ap:barajas"),
        ("l:aerlingus", "hq_in", "co:fingal"), ("l:klm", "hq_in", "y:amsterdam"), ("l:qantas", "hq_in", "y:sydney"),
        ("l:finnair", "hq_in", "y:vantaa"), ("l:emirates", "hq_in", "y:dubai"), ("l:qatar", "hq_in", "y:doha"),
        ("l:etihad", "hq_in", "y:abudhabi"), ("l:iberia", "hq_in", "y:madrid"),
        ("n:irishtimes", "hq_in", "y:dublin"), ("n:guardian", "hq_in", "y:london"), ("n:hs", "hq_in", "y:helsinki"),
        ("n:age", "hq_in", "y:melbourne"),
        ("l:qantas", "alliance", "al:oneworld"), ("l:finnair", "alliance", "al:oneworld"),
        ("l:iberia", "alliance", "al:oneworld"), ("l:qatar", "alliance", "al:oneworld"), ("l:klm", "alliance", "al:skyteam"),
        ("l:aerlingus", "group", "hd:iag"), ("l:iberia", "group", "hd:iag"), ("l:klm", "group", "hd:afklm"),
        ("l:emirates", "bloc", "bl:gulf"), ("l:qatar", "bloc", "bl:gulf"), ("l:etihad", "bloc", "bl:gulf"),
        ("l:qantas", "operates", "x:a380"), ("l:emirates", "operates", "x:a380"), ("l:emirates", "operates", "x:747"),
        ("l:qatar", "operates", "x:a350"), ("l:finnair", "operates", "x:a350"), ("l:klm", "operates", "x:747"),
        ("l:etihad", "operates", "x:a380"), ("l:iberia", "operates", "x:a350"),
        ("x:747", "built_by", "m:boeing"), ("x:a380", "built_by", "m:airbus"), ("x:a350", "built_by", "m:airbus"),
        ("x:concorde", "built_by", "m:bac"),
        ("ap:dublin", "airport_op", "c:daa"), ("ap:schiphol", "airport_op", "c:schiphol"),
        ("ap:helsinki", "airport_op", "c:finavia"), ("ap:barajas", "airport_op", "c:aena"),
        ("ap:dubai", "airport_op", "c:dubai"), ("ap:sydney", "airport_op", "c:sydney"),
        ("ap:dublin", "airport_in", "co:fingal"), ("ap:schiphol", "airport_in", "mu:haarlemmermeer"),
        ("ap:helsinki", "airport_in", "y:vantaa"), ("ap:dubai", "airport_in", "y:dubai"), ("ap:hamad", "airport_in", "y:doha"),
        ("ap:abudhabi", "airport_in", "y:abudhabi"), ("ap:barajas", "airport_in", "y:madrid"),
        ("ap:sydney", "airport_in", "y:sydney"),
        ("n:irishtimes", "owned_by", "tr:irishtimes"), ("n:guardian", "owned_by", "tr:scott"),
        ("n:age", "owned_by", "c:nine"), ("n:hs", "owned_by", "c:sanoma"),
        ("n:guardian", "edited_by", "j:viner"), ("n:irishtimes", "edited_by", "j:oneill"), ("n:hs", "edited_by", "j:schmidt"),
        ("n:irishtimes", "published_in", "y:dublin"), ("n:guardian", "published_in", "y:london"),
        ("n:guardian", "published_in", "y:manchester"), ("n:hs", "published_in", "y:helsinki"),
        ("n:age", "published_in", "y:melbourne"),
        ("y:dublin", "place_in", "k:ireland"), ("co:fingal", "place_in", "k:ireland"), ("y:amsterdam", "place_in", "k:netherlands"),
        ("mu:haarlemmermeer", "place_in", "k:netherlands"), ("y:sydney", "place_in", "k:australia"),
        ("y:melbourne", "place_in", "k:australia"), ("y:vantaa", "place_in", "k:finland"),
        ("y:helsinki", "place_in", "k:finland"), ("y:dubai", "place_in", "k:uae"), ("y:abudhabi", "place_in", "k:uae"),
        ("y:doha", "place_in", "k:qatar"), ("y:madrid", "place_in", "k:spain"), ("y:london", "place_in", "k:uk"),
        ("y:manchester", "place_in", "k:uk"),
        ("user:dee", "rated", "l:aerlingus", {"rating": 5.0}), ("user:dee", "rated", "l:finnair", {"rating": 4.5}),
        ("user:dee", "rated", "l:emirates", {"rating": 2.0}), ("user:dee", "rated", "n:guardian", {"rating": 4.0}),
        ("user:dee", "rated", "x:concorde", {"rating": 5.0}),
    ]
    aliases = {"ap:schiphol": ("Amsterdam Airport Schiphol",), "ap:hamad": ("Hamad International",),
               "ap:dubai": ("Dubai International",), "n:guardian": ("Guardian",), "x:a380": ("A380",),
               "x:747": ("747",), "x:a350": ("A350",)}
    return _build(items, others, rels, T, users=[("user:dee", "Dee")], aliases=aliases)


BUILDERS = {"islands": islands, "music": music, "academia": academia, "aviation": aviation}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@islands
# (1) "the latter" / "the former" after two pairs of two types: the verb can be said of neither
# member of the last two pairs (a town, an island, a person), and the checker reaches back to the
# only names of the fitting kind, in an earlier sentence; negations and past states; the pair
# read the wrong way round
Charlie Chaplin stayed at the Hotel Formentor and George Bernard Shaw at Reid's Palace. Joaquín Sorolla was born in Valencia and Miquel Barceló in Palma; the latter is operated by Belmond.
Charlie Chaplin stayed at the Hotel Formentor and George Bernard Shaw at Reid's Palace. Joaquín Sorolla was born in Valencia and Miquel Barceló in Palma; the former is operated by Barceló Hotels.
Charlie Chaplin stayed at the Hotel Formentor and George Bernard Shaw at Reid's Palace. Funchal lies on Madeira and Palma on Mallorca; the latter is operated by Belmond.
Charlie Chaplin stayed at the Hotel Formentor and George Bernard Shaw at Reid's Palace. Funchal lies on Madeira and Palma on Mallorca; the latter has a tropical garden.
Charlie Chaplin stayed at the Hotel Formentor, and George Bernard Shaw at Reid's Palace. Tenerife lizards live on Tenerife and monk seals on Madeira; the latter is operated by Belmond.
The Hotel Formentor has a spa, and so does Reid's Palace. Joaquín Sorolla was born in Valencia and Miquel Barceló in Palma; the latter is operated by Belmond.
Joan Miró exhibited at the Fundació Miró Mallorca and César Manrique at the TEA Tenerife. Mallorca is part of the Balearic Islands and Tenerife of the Canary Islands; the latter is devoted to contemporary art.
Joan Miró exhibited at the Fundació Miró Mallorca and César Manrique at the TEA Tenerife. Mallorca belongs to Spain and Madeira to Portugal; the former is devoted to Surrealism.
The Hotel Formentor lies on Mallorca and Reid's Palace on Madeira; the latter is operated by Barceló Hotels.
The Hotel Formentor lies on Mallorca and Reid's Palace on Madeira; the former is operated by Belmond.
The Hotel Formentor lies on Mallorca and Reid's Palace on Madeira; the latter is part of the Balearic Islands.
The Hotel Formentor lies on Mallorca and Reid's Palace on Madeira; the latter is not operated by Belmond.
The Hotel Formentor lies on Mallorca and Reid's Palace on Madeira; the latter is no longer operated by Belmond.
The Hotel Formentor lies on Mallorca and Reid's Palace on Madeira; the latter was never operated by Belmond.
The Hotel Formentor lies on Mallorca and Reid's Palace on Madeira; the latter is still operated by Barceló Hotels.
The Hotel Formentor lies on Mallorca and Reid's Palace on Madeira; the latter has a private beach.
The Hotel Formentor lies on Mallorca and Reid's Palace on Madeira; the latter dates from the interwar period.
The Hotel Formentor lies on Mallorca and Reid's Palace on Madeira; the latter is located in Pollença.
The Hotel Formentor lies on Mallorca and Reid's Palace on Madeira; the latter belongs to Spain.
The Hotel Formentor lies on Mallorca and Reid's Palace on Madeira. The latter is operated by Barceló Hotels.
Es Baluard is located in Palma and the TEA Tenerife in Santa Cruz de Tenerife; the latter lies on Mallorca.
Es Baluard is located in Palma and the TEA Tenerife in Santa Cruz de Tenerife; the former is run by the Cabildo de Tenerife.
Es Baluard is located in Palma and the TEA Tenerife in Santa Cruz de Tenerife; the latter is the capital of Mallorca.
Charlie Chaplin stayed at the Hotel Formentor and George Bernard Shaw at Reid's Palace; the latter lies on Mallorca.
Charlie Chaplin stayed at the Hotel Formentor and George Bernard Shaw at Reid's Palace; the latter was born in Palma.
Joan Miró exhibited at the Fundació Miró Mallorca and Miquel Barceló at Es Baluard; the latter was born in Barcelona.
Joan Miró exhibited at the Fundació Miró Mallorca and Miquel Barceló at Es Baluard; the former is devoted to contemporary art.
Monk seals live on Madeira and Lilford's wall lizards on Menorca; the latter is part of the Cyclades.
# (2) "<verb> there": the one entity of the cue's type named before (in an earlier sentence)
# stands for "there", though the place right before it (a town, an island, a country) is what
# "there" names; "there" with a false claim, negated, of a user, existential
The Hotel Formentor has a private beach. Miquel Barceló was born in Palma, and Charlie Chaplin stayed there.
Charlie Chaplin stayed at the Hotel Formentor. Joaquín Sorolla was born in Valencia, and Winston Churchill stayed there.
Charlie Chaplin stayed at the Hotel Formentor. Joaquín Sorolla was born in Valencia and Winston Churchill also stayed there.
Lilford's wall lizards live on Menorca. Reid's Palace is located in Funchal, and Lilford's wall lizards live there.
Es Baluard is located in Palma. Madeira belongs to Portugal, and Miquel Barceló was born there.
Es Baluard is located in Palma. Reid's Palace lies on Madeira, and Miquel Barceló was born there.
Joaquín Sorolla was born in Valencia. Madeira belongs to Portugal, and the Hotel Las Arenas is located there.
The Hotel Formentor has a spa. Funchal is the capital of Madeira, and Charlie Chaplin stayed there.
The Hotel Formentor has a spa. Funchal lies on Madeira; Charlie Chaplin stayed there.
The Hotel Formentor lies on Mallorca, and George Bernard Shaw stayed there.
Reid's Palace is located in Funchal, and Charlie Chaplin stayed there.
Es Baluard lies on Mallorca, and César Manrique exhibited there.
The Fundació Miró Mallorca is run by Palma City Council, and Miquel Barceló exhibited there.
Es Baluard is located in Palma, and Joan Miró was born there.
Tenerife is part of the Canary Islands, and Lilford's wall lizards live there.
Madeira belongs to Portugal, and Lilford's wall lizards live there.
Mallorca belongs to Spain, and Reid's Palace lies there.
Reid's Palace lies on Madeira, and Joaquín Sorolla stayed there.
Reid's Palace lies on Madeira; George Bernard Shaw never stayed there.
Reid's Palace lies on Madeira; George Bernard Shaw did not stay there.
Katikies lies on Santorini, and Winston Churchill stayed there.
Katikies is on Santorini, and Winston Churchill stayed there.
Lilford's wall lizards live on Menorca. The Trocaz pigeon lives on Madeira, and Lilford's wall lizards live there.
Reid's Palace lies on Madeira, and there was a golf course.
# (3) adverbs inside a cue
The Hotel Formentor is currently operated by Belmond.
Reid's Palace is operated jointly by Belmond and Iberostar.
The Fundació Miró Mallorca is run jointly by the Miró Foundation and the Manrique Trust.
Es Baluard is today run by the Miró Foundation.
Bellver Castle is still run by the Cabildo de Tenerife.
The Hotel Formentor is not currently operated by Barceló Hotels.
# (4) "within": another town, an island, an operator, a distance
The Hotel Formentor is located within Palma.
The Hotel Formentor is within Barceló Hotels.
Reid's Palace is within a short drive of Palma.
Es Baluard is within walking distance of Pollença.
Es Baluard, a museum within Palma, is devoted to Surrealism.
Es Baluard is a museum within Pollença.
Within Palma lies the Hotel Formentor.
The Hotel Formentor is located within the walls of Palma.
# (5) "in the city / town / island of X", "the capital / north / centre of X"; "lies on" read "is
# on", "is located on", "sits on"
Es Baluard is located in the city of Pollença.
The Hotel Formentor is located in the town of Palma.
Reid's Palace is located in the capital of Mallorca.
The Hotel Formentor is located in the south of Mallorca.
The Hotel Formentor is located in the centre of Palma.
The Hotel Formentor lies on the island of Madeira.
Reid's Palace lies on the island of Mallorca.
The Hotel Formentor is on the island of Madeira.
Funchal is the capital of the island of Mallorca.
Madeira belongs to the country of Spain.
Mallorca is part of the island of Menorca.
Es Baluard lies in the city of Palma on the island of Madeira.
Es Baluard is located in the city of Palma, on the island of Menorca.
Es Baluard is in the city of Funchal.
Joan Miró was born in the city of Palma.
Lilford's wall lizards live on the island of Tenerife.
Reid's Palace is on Mallorca.
Oia sits on Tenerife.
The TEA Tenerife is located on Lanzarote.
Bellver Castle is situated on Menorca.
The Platja de Formentor is found on Madeira.
Reid's Palace is on the Platja de Formentor.
# (6) "is one of the X" / ", one of the X,"
Tenerife is one of the Balearic Islands.
Tenerife, one of the Balearic Islands, belongs to Spain.
Palma is one of the Balearic Islands.
The capital of Mallorca is one of the Balearic Islands.
The Hotel Formentor is one of the Balearic Islands.
Madeira is one of the Canary Islands.
Lanzarote is one of the Cyclades.
Mallorca is not one of the Balearic Islands.
Mallorca is one of the Balearic Islands, and Tenerife is one of the Balearic Islands.
Mallorca is one of the Balearic Islands, as is Tenerife.
Mallorca is one of the Balearic Islands, and so is Tenerife.
The Hotel Mencey lies on Tenerife, one of the Balearic Islands.
Reid's Palace lies in Funchal, one of the Balearic Islands.
Reid's Palace is operated by Belmond, one of the Balearic Islands.
Tenerife and Mallorca, one of the Canary Islands, belong to Spain.
The Hotel Mencey lies on Tenerife, which is one of the Balearic Islands.
Reid's Palace, which lies on Madeira, is one of the Canary Islands.
Mallorca, which is one of the Balearic Islands, belongs to Portugal.
Tenerife, like Mallorca, is one of the Balearic Islands.
The island of Tenerife is one of the Balearic Islands.
Spain is one of the Balearic Islands.
# (7) "founded / established / formed in <year>": a wrong year, the year of another item, a
# volcano's eruption, a beach
Founded in 1891, the Hotel Formentor lies on Mallorca.
Reid's Palace, founded in 1929, hosted Winston Churchill.
Es Baluard and the César Manrique Foundation were both founded in 1992.
Founded in 1992, the Fundació Miró Mallorca and Es Baluard are run by Palma City Council.
Teide was founded in 1909.
Founded in 1909, Teide lies on Tenerife.
Teide, established in 1909, lies on Tenerife.
The Platja de Formentor was established in 1929.
The Hotel Formentor and the Platja de Formentor were founded in 1929.
Founded in 1891, Reid's Palace hosted Winston Churchill, who stayed at the Hotel Formentor, founded in 1891.
Bellver Castle was founded in 1929.
@islands user:ana
You loved Reid's Palace, founded in 1929.
You loved the Hotel Formentor. Funchal lies on Madeira, and Charlie Chaplin stayed there.
You loved the Hotel Formentor and Reid's Palace; the latter is operated by Barceló Hotels.
You loved Reid's Palace on Madeira, and Lilford's wall lizards live there.
You loved the Hotel Formentor, which lies on Mallorca, one of the Canary Islands.
You loved the Hotel Formentor, which is located within Palma.
You loved the Hotel Formentor, which is currently operated by Belmond.
Reid's Palace lies on Madeira, and you stayed there.
@music
# (1) the latter / the former
Jimi Hendrix performed at the Monterey Pop Festival and David Gilmour at the Knebworth Festival. Revolver was recorded at Abbey Road Studios and Pet Sounds at Western Recorders; the latter performed at the Knebworth Festival.
Jimi Hendrix performed at the Monterey Pop Festival and David Gilmour at the Knebworth Festival. Revolver was recorded at Abbey Road Studios and Pet Sounds at Western Recorders; the former performed at the Monterey Pop Festival.
Ringo Starr is a member of the Beatles and Ray Davies of the Kinks. Abbey Road Studios is located in London and Western Recorders in Los Angeles; the latter plays rock.
Ringo Starr is a member of the Beatles and Mick Jagger of the Rolling Stones; the latter was formed in Liverpool.
Ringo Starr is a member of the Beatles and Mick Jagger of the Rolling Stones; the latter performed at the Monterey Pop Festival.
Revolver was produced by George Martin and Let It Bleed by Jimmy Miller; the former was recorded at Olympic Studios.
Revolver was recorded at Abbey Road Studios and Let It Bleed at Olympic Studios; the latter was produced by George Martin.
Revolver was recorded at Abbey Road Studios and Let It Bleed at Olympic Studios; the latter is located in Los Angeles.
The Beatles were formed in Liverpool and the Kinks in London; the latter recorded Pet Sounds.
The Beatles were formed in Liverpool and the Kinks in London; the latter plays surf rock.
# (2) there
Janis Joplin performed at the Monterey Pop Festival. The Beatles were formed in Liverpool, and Jimi Hendrix performed there.
Janis Joplin performed at the Monterey Pop Festival. Pink Floyd was formed in London, and Jimi Hendrix performed there.
The Isle of Wight Festival is held on the Isle of Wight, and Janis Joplin performed there.
The Monterey Pop Festival is held in Monterey, and David Gilmour performed there.
David Gilmour performed at the Knebworth Festival. The Kinks were formed in London, and Jimi Hendrix performed there.
# (3) adverbs inside a cue
Ringo Starr is still a member of the Rolling Stones.
The Beatles are currently a member of the Mods.
Revolver was produced jointly by George Martin and Jimmy Miller.
Sticky Fingers was recorded jointly at Olympic Studios and Abbey Road Studios.
The Isle of Wight Festival is still held in Pilton.
# (4) within, (5) the town / city of
Western Recorders is located within London.
Western Recorders is located in the city of London.
Pet Sounds was recorded at Western Recorders, within London.
Glastonbury Festival is held in the town of Monterey.
# (6) one of the X: a band, an album, a studio, a movement
The Kinks are one of the Mods.
The Beatles belong to the Mods.
Ringo Starr is one of the Mods.
Abbey Road is one of the Abbey Road Studios.
Revolver is one of the Beatles.
# (7) founded: an album, a studio, a producer, a wrong year
Abbey Road was founded in 1969.
Abbey Road, founded in 1969, was recorded by the Beatles.
Established in 1966, Revolver was produced by George Martin.
The Beatles recorded Revolver, which was founded in 1966.
The Beatles, formed in 1966, recorded Revolver.
Abbey Road Studios was founded in 1969.
Founded in 1966, George Martin produced Revolver.
The Isle of Wight Festival was founded in 1970.
The Beatles were formed in Liverpool in 1962.
Formed in London in 1960, the Beatles recorded Abbey Road.
# (8) went on to: the item after is older, another subject, another sentence
George Martin produced Abbey Road and went on to produce Revolver.
Abbey Road was produced by George Martin, who went on to produce Revolver.
Abbey Road was recorded at Abbey Road Studios, which went on to host the sessions for Revolver.
George Martin produced Abbey Road and he went on to produce Revolver.
Jimmy Miller produced Sticky Fingers and went on to produce Let It Bleed.
Jimmy Miller produced Sticky Fingers. He went on to produce Let It Bleed.
Revolver was produced by George Martin, who went on to produce Let It Bleed.
@music user:ben
You loved the Kinks, formed in 1964.
You loved Revolver, founded in 1966.
You loved the Kinks, one of the Mods.
@academia
# (1) the latter / the former
Isaac Newton studied at the University of Cambridge and Charles Darwin at the University of Edinburgh; the former was born in Shrewsbury.
Isaac Newton studied at the University of Cambridge and Joseph Black at the University of Edinburgh; the latter was born in Woolsthorpe.
Isaac Newton studied at the University of Cambridge and Joseph Black at the University of Edinburgh; the former is located in Edinburgh.
Isaac Newton was born in Woolsthorpe and Charles Darwin in Shrewsbury; the latter studied at the University of Oxford.
Isaac Newton was born in Woolsthorpe and Charles Darwin in Shrewsbury; the former won the Copley Medal.
Vassar College is located in Poughkeepsie and Smith College in Northampton; the latter is a member of the Ivy League.
Vassar College is located in Poughkeepsie and Smith College in Northampton; the latter is in Connecticut.
Vassar College is located in Poughkeepsie and Smith College in Northampton; the former is in Massachusetts.
Elizabeth Bishop studied at Vassar College and Sylvia Plath at Smith College. Yale University is located in New Haven and Harvard University in Boston; the former was born in Boston.
Norman Lockyer edited Nature and Thomas Wakley edited The Lancet. Nature is published in London and The Lancet is located in London; the latter was born in Freshwater.
Isaac Newton taught at the University of Cambridge and Lord Kelvin at the University of Glasgow. Cambridge is in England and Glasgow in Scotland; the latter won the Copley Medal.
Isaac Newton taught at the University of Cambridge and Lord Kelvin at the University of Glasgow. Cambridge is in England and Glasgow in Scotland; the former won the Copley Medal.
Isaac Newton taught at the University of Cambridge and Lord Kelvin at the University of Glasgow. Kelvin was born in Belfast and Maxwell in Edinburgh; the latter is an example of Gothic Revival.
# (2) there
Kelvin taught at the University of Glasgow. Keynes was born in Cambridge, and Joseph Black studied there.
Harvard University is located in Boston. Elizabeth Bishop studied at Vassar College, and Sylvia Plath was born there.
Isaac Newton studied at the University of Cambridge. Charles Darwin was born in Shrewsbury, and Lord Kelvin studied there.
Isaac Newton studied at the University of Cambridge. Charles Darwin was born in Shrewsbury, and Lord Kelvin also studied there.
The University of Oxford is located in Oxford, and Isaac Newton studied there.
Isaac Newton studied at the University of Cambridge, and Charles Darwin taught there.
The University of Glasgow is a member of the Russell Group, and Charles Darwin taught there.
Nature is published in London, and Thomas Wakley was born there.
Harvard University is located in Boston, and Elizabeth Bishop was born there.
Harvard University is located in Boston, and Sylvia Plath taught there.
Vassar College is a member of the Seven Sisters, and Sylvia Plath studied there.
Sylvia Plath was born in Boston and studied at Smith College, and Elizabeth Bishop was born there.
Georgetown University is located in Washington, and Bill Gates was born there.
# (5) "in the state / city / country / town of X": a city and a state named alike
Georgetown University is located in the state of Washington.
Georgetown University is located within the state of Washington.
Seattle is in the city of Washington.
The University of Washington is located in the city of Washington.
Poughkeepsie is in the state of Massachusetts.
Boston is in the state of Connecticut.
New Haven is in the country of England.
St Andrews is in the town of Scotland.
Wellesley College is located in the state of Wellesley.
# (6) one of the X, beside a declared "is one of"
Harvard University is one of the Ancient Universities.
Yale University is one of the Seven Sisters.
Isaac Newton is one of the Cambridge Apostles.
Isaac Newton, one of the Cambridge Apostles, studied at the University of Cambridge.
Alfred Tennyson is one of the Inklings.
Harvard University, one of the Ancient Universities, is located in Boston.
Charles Darwin is one of the Ancient Universities.
The University of Cambridge is one of the Cambridge Apostles.
Elizabeth Bishop taught at Harvard University, one of the Seven Sisters.
Sylvia Plath, one of the Seven Sisters, studied at Smith College.
# (7) founded
The University of Glasgow was founded in 1583.
Founded in 1636, Yale University is a member of the Ivy League.
Nature, founded in 1823, was edited by Norman Lockyer.
Vassar College and Wellesley College were founded in 1861.
# (8) went on to
Lord Kelvin studied at the University of Cambridge and went on to study at the University of Glasgow.
@academia user:cal
You loved Vassar College, founded in 1870.
You loved Vassar College, one of the Ancient Universities.
@aviation
# (1) the latter / the former
Emirates operates the Boeing 747 and Qantas the Airbus A380. Dublin Airport is run by DAA and Schiphol by the Royal Schiphol Group; the latter operates the Airbus A380.
Emirates and Qantas operate the Airbus A380; the latter is one of the Gulf Carriers.
Emirates is based at Dubai International Airport and Qantas at Sydney Airport; the latter is one of the Gulf Carriers.
Emirates is headquartered in Dubai and Finnair in Vantaa; the latter operates the Airbus A380.
The Irish Times is owned by The Irish Times Trust and The Guardian by the Scott Trust; the latter is published in Melbourne.
The Guardian is published in London and The Age in Melbourne; the former is owned by Nine Entertainment.
Aer Lingus is based at Dublin Airport and Iberia at Madrid–Barajas Airport; the latter is run by DAA.
Aer Lingus is based at Dublin Airport and KLM at Schiphol; the latter belongs to International Airlines Group.
Finnair operates the Airbus A350 and Emirates the Boeing 747; the latter was built by Airbus.
The Airbus A350 was built by Airbus and the Boeing 747 by Boeing. Qantas is based at Sydney Airport and Finnair at Helsinki Airport; the latter was built by Airbus.
# (2) there
Hamad International Airport is located in Doha. The Guardian is published in Manchester, and Qatar Airways is based there.
Helsinki Airport is run by Finavia. The Age is published in Melbourne, and Finnair is based there.
Aer Lingus is based at Dublin Airport. KLM is headquartered in Amsterdam, and Aer Lingus is based there.
Aer Lingus is based at Dublin Airport, and KLM is based there.
Dublin Airport is located in Fingal, and The Irish Times is headquartered there.
Schiphol is located in Haarlemmermeer, and KLM is headquartered there.
Helsinki Airport is located in Vantaa, and Helsingin Sanomat is published there.
The Irish Times is published in Dublin. Qantas is a member of oneworld, and The Age is published there.
# (3) adverbs inside a cue
Dublin Airport is currently run by Aena.
Dublin Airport is run jointly by DAA and Aena.
The Guardian is currently edited by Kaius Niemi.
Aer Lingus still belongs to Air France–KLM.
KLM is still a member of oneworld.
Emirates now operates the Concorde.
Dublin Airport is still not run by DAA.
The Airbus A380 was jointly built by Airbus and Boeing.
# (4) within, (5) the city / county / municipality of X
Dublin Airport is located within Vantaa.
Schiphol is located within Amsterdam.
Dublin Airport is located in the city of Fingal.
Aer Lingus is headquartered in the city of Dublin.
Finnair is headquartered in the city of Helsinki.
Haarlemmermeer is in the municipality of Netherlands.
Fingal is in the county of Ireland.
# (6) one of the X
KLM is one of the Gulf Carriers.
Qatar Airways is based at Hamad International Airport, one of the Gulf Carriers.
Qantas operates the Airbus A380, one of the Gulf Carriers.
Emirates, one of the Gulf Carriers, is a member of oneworld.
Qatar Airways, one of the Gulf Carriers, is based at Dubai International Airport.
# (7) founded
KLM was founded in 1920.
KLM and Qantas were founded in 1919.
The Boeing 747 was founded in 1969.
Established in 1969, Concorde was built by the British Aircraft Corporation.
Emirates operates the Boeing 747, founded in 1985.
Founded in 1969, Emirates operates the Boeing 747.
Aer Lingus is based at Dublin Airport, founded in 1936.
Aer Lingus belongs to International Airlines Group, founded in 1936.
The Guardian was founded in 1821 in Melbourne.
Founded in 1993, Etihad Airways is part of the Gulf Carriers.
# (8) went on to
Emirates operates the Airbus A380 and went on to operate the Boeing 747.
@aviation user:dee
You loved Concorde, founded in 1969.
You loved Finnair. The Guardian is published in Manchester, and Finnair is based there.
You loved Finnair, one of the Gulf Carriers.
# arguable ones (OPEN): a castle is "founded" by its builder (1311 is its building's year), a past
# state ("was one of") of a present one, a festival "founded" in its first year, a birth in the
# state through its city, "went on to" ordered by founding years (the graph has no years of study),
# "jointly" of two airlines that each operate the type
@islands
Bellver Castle was founded in 1311.
Founded in 1311, Bellver Castle is run by Palma City Council.
Mallorca was one of the Balearic Islands.
@music
The Isle of Wight Festival was founded in 1968.
@academia
Bill Gates was born in the state of Washington.
Charles Darwin studied at the University of Cambridge and went on to study at the University of Edinburgh.
@aviation
The Boeing 747 is jointly operated by Emirates and KLM.
Etihad Airways was one of the Gulf Carriers.
"""

CONTROLS = r"""
@islands
The Hotel Formentor lies on Mallorca and Reid's Palace on Madeira; the latter is operated by Belmond.
The Hotel Formentor lies on Mallorca and Reid's Palace on Madeira; the former is operated by Barceló Hotels.
The Hotel Formentor lies on Mallorca and Reid's Palace on Madeira; the latter belongs to Portugal.
Es Baluard is located in Palma and the TEA Tenerife in Santa Cruz de Tenerife; the latter is run by the Cabildo de Tenerife.
Charlie Chaplin stayed at the Hotel Formentor and George Bernard Shaw at Reid's Palace; the latter lies on Madeira.
The Hotel Formentor lies on Mallorca, and Charlie Chaplin stayed there.
Reid's Palace lies on Madeira, and George Bernard Shaw stayed there.
The Fundació Miró Mallorca is run by the Miró Foundation, and Joan Miró exhibited there.
Es Baluard is located in Palma, and Miquel Barceló was born there.
Mallorca is part of the Balearic Islands, and Lilford's wall lizards live there.
Madeira belongs to Portugal, and monk seals live there.
The Hotel Formentor is currently operated by Barceló Hotels.
Reid's Palace is still operated by Belmond.
The Fundació Miró Mallorca is run jointly by the Miró Foundation and Palma City Council.
The Hotel Formentor is located within Pollença.
The Hotel Formentor, a hotel within Pollença, has a spa.
Es Baluard is located in the city of Palma.
The Hotel Formentor is located in the town of Pollença.
The Hotel Formentor lies on the island of Mallorca.
Palma is the capital of the island of Mallorca.
The Hotel Formentor is on Mallorca.
Oia sits on Santorini.
Bellver Castle is situated on Mallorca.
Mallorca is one of the Balearic Islands.
Menorca, one of the Balearic Islands, belongs to Spain.
Santorini is one of the Cyclades.
The Hotel Formentor lies on Mallorca, one of the Balearic Islands.
Tenerife, which is one of the Canary Islands, belongs to Spain.
Founded in 1929, the Hotel Formentor lies on Mallorca.
The César Manrique Foundation was founded in 1992.
There is a spa at Reid's Palace.
@islands user:ana
You loved Reid's Palace, founded in 1891.
You loved Reid's Palace, and George Bernard Shaw stayed there.
@music
Ringo Starr is currently a member of the Beatles.
Mick Jagger is still a member of the Rolling Stones.
Abbey Road Studios is located within London.
Abbey Road Studios is located in the city of London.
Glastonbury Festival is held in the town of Pilton.
The Monterey Pop Festival is held in Monterey, and Janis Joplin performed there.
Revolver was produced by George Martin and Let It Bleed by Jimmy Miller; the latter was recorded at Olympic Studios.
The Beatles were formed in Liverpool and the Kinks in London; the former recorded Revolver.
The Beatles were formed in 1960.
Formed in Liverpool in 1960, the Beatles recorded Abbey Road.
George Martin produced Revolver and went on to produce Abbey Road.
Jimmy Miller produced Let It Bleed and went on to produce Sticky Fingers.
@music user:ben
You loved the Kinks, formed in 1963.
@academia
The University of Cambridge is located in Cambridge, and Isaac Newton studied there.
The University of Glasgow is a member of the Russell Group, and Lord Kelvin taught there.
Elizabeth Bishop studied at Vassar College, and Maria Mitchell taught there.
Isaac Newton studied at the University of Cambridge and Charles Darwin at the University of Edinburgh; the latter was born in Shrewsbury.
Isaac Newton was born in Woolsthorpe and Charles Darwin in Shrewsbury; the latter won the Copley Medal.
Vassar College is located in Poughkeepsie and Smith College in Northampton; the former is an example of Second Empire.
Georgetown University is located in the city of Washington.
Seattle is in the state of Washington.
Poughkeepsie is in the state of New York.
Edinburgh is in the country of Scotland.
John Maynard Keynes is one of the Cambridge Apostles.
Alfred Tennyson, one of the Cambridge Apostles, studied at the University of Cambridge.
The University of Cambridge is one of the Ancient Universities.
Vassar College is one of the Seven Sisters.
Smith College, one of the Seven Sisters, educated Sylvia Plath.
Founded in 1701, Yale University is a member of the Ivy League.
Nature was founded in 1869.
@aviation
Dublin Airport is still run by DAA.
The Guardian is currently owned by the Scott Trust.
Aer Lingus currently belongs to International Airlines Group.
Qantas is currently a member of oneworld.
Dublin Airport is located in the county of Fingal.
Finnair is headquartered in the city of Vantaa.
Emirates is one of the Gulf Carriers.
Qatar Airways, one of the Gulf Carriers, is a member of oneworld.
Emirates and Qantas operate the Airbus A380; the former is one of the Gulf Carriers.
Aer Lingus is based at Dublin Airport and KLM at Schiphol; the latter is located in Haarlemmermeer.
The Guardian is published in London and The Age in Melbourne; the latter is owned by Nine Entertainment.
Dublin Airport is run by DAA, and Aer Lingus is based there.
Helsinki Airport is located in Vantaa, and Finnair is headquartered there.
Founded in 1936, Aer Lingus is based at Dublin Airport.
The Irish Times was established in 1859 and is owned by The Irish Times Trust.
Aer Lingus, founded in 1936, belongs to International Airlines Group.
@aviation user:dee
You loved Aer Lingus, founded in 1936.
You loved Aer Lingus, which is currently based at Dublin Airport.
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


# False, and accepted by the starting code of this round too (CHANGES.diff reversed): "in the
# <noun> of X" where X is no <noun> at all (Scotland is no town, Wellesley no state, the
# Netherlands no municipality). Printed apart as KNOWN.
KNOWN = frozenset(
    {
        'St Andrews is in the town of Scotland.',
        'Wellesley College is located in the state of Wellesley.',
        'Haarlemmermeer is in the municipality of Netherlands.',
    }
)

# Arguable: printed as OPEN and left out of the count (they stay in TEXTS, under their comment).
OPEN = frozenset(
    {
        'Bellver Castle was founded in 1311.',
        'Founded in 1311, Bellver Castle is run by Palma City Council.',
        'Mallorca was one of the Balearic Islands.',
        'The Isle of Wight Festival was founded in 1968.',
        'Bill Gates was born in the state of Washington.',
        'Charles Darwin studied at the University of Cambridge and went on to study at the University of Edinburgh.',
        'The Boeing 747 is jointly operated by Emirates and KLM.',
        'Etihad Airways was one of the Gulf Carriers.',
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
