"""Red team round 158: the round's new readings (CHANGES.diff): (1) an opening participle that ends
with any preposition of place, origin or naming ("Named after X, Y", "Reached from X, Y",
"Claimed for X, Y", "Classified as X, Y", "Moved to X, Y", "Built for X, Y", "Converted into X,
Y"); (2) "whereas" / "whilst" as separators; (3) a list of two types read as one list of objects
where one reading of the predicate takes both; (4) a graph's one verb of first finding
("reached", "sighted", "described"...) dating the item as "discovered" did; (5) prisons, gaols,
jails, penitentiaries, mills, terminals and termini as venues and buildings.

Four graphs of my own:

* explorers: lakes, waterfalls and islands (items: year first reached by a European) "reached
  by" explorers, a missionary, a botanist, navigators (several for some), later "visited",
  "mapped", "circumnavigated" by others, islands "settled by" and "claimed for"; what each is
  "named after", where it is "located in" (countries, regions, an ocean: several types), what a
  lake "drains into", the port it was "reached from", its lake system; a user. The graph's one
  verb of finding is "reached", and the years are those reachings;
* naturalists: species (bird, mammal, lizard, fish, frog, dinosaur; items: year first
  described) "described by" naturalists, "collected by" collectors, later "renamed by"
  someone and "moved to" a genus, "named after" people, "found in" countries, islands, a region
  and a sea, "collected from" a locality, "classified as" a status, what each "feeds on", the
  period a dinosaur "lived during", the museum that "displays" it; a user;
* venues: prisons, gaols, a jail, penitentiaries, windmills, a watermill, a cotton mill, airport
  terminals and railway termini (items: year opened) with inmates ("housed"), escapes, designers,
  the client each was "built for", what it was "converted into", operators, restorers, styles,
  periods, what a mill "grinds" and is "powered by", the line a terminus ends; plus things whose
  type only holds one of the new venue words: a "computer terminal" and a "pepper mill" (year
  made), a "prison ship" (year launched), a "prison film" (year released), a "prison escape" and
  a "prison riot" (year they happened), a "prison gang" (year founded); a user;
* sightings: ships (items: year launched) that "sighted" islands, coasts and peaks, their
  captains, yards, wrecks; volcanoes and a mountain (items: year of the first ascent) "first
  sighted by" navigators and missionaries and "first climbed by" mountaineers, "named after" a
  ship or a navigator, their kind and place; a user. The graph's one verb of finding is
  "sighted", yet no item's year is a sighting.

Findings (accepted through this round's readings; the starting code, CHANGES.diff reversed,
rejects each of them):

* (4) a graph's one finding verb dates the items though their years mean something else: on the
  sightings graph (years: first ascents, launches) "sighted" is read as the year's event in
  every construction: "Johannes Rebmann sighted Kilimanjaro in 1889" (1889 is Hans Meyer's first
  ascent), the passive, "In 1889, ...", "Sighted by X in 1889, Y ...", "Sighted in 1889, Y ...",
  relatives and appositions ("Mount Kenya, a stratovolcano sighted by Krapf in 1899, ..."), "was
  the first to sight", the present "sights", halves of "whereas" / "whilst", after a user's
  rating; and of a ship, which nobody sighted ("HMS Erebus was sighted in 1826", its launch).
  The rule never asks whether the graph's relation links the item to its finders (a ship's
  "sighted" links it to what it saw) nor whether another relation's event ("first climbed")
  owns the year. ("first sighted ... in 1889" was read before: KNOWN.)
* (4) + (3) a year after a list of objects checks the last one only: "David Livingstone reached
  Victoria Falls and Lake Malawi in 1859" (Victoria Falls: 1855), also "reached both ... in
  1859", and in a "whereas" half; the two-type list (a waterfall and a lake) is this round's
  reading (3); one type ("reached Lake Bangweulu and Lake Malawi in 1859") goes through reading
  (4) only: the same flaw of "discovered" (the starting code accepts "discovered Lake Bangweulu
  and Lake Malawi in 1859" where the graph says "was discovered by") now reaches every finding
  verb. The list with the year before the last object, or the first's year, is rejected.
* (5) a venue word anywhere in a type's name makes a venue: the type words are matched as a
  set, not by the last (head) word, so a "computer terminal", a "pepper mill", a "prison ship",
  a "prison film", a "prison escape", a "prison riot" and a "prison gang" open and are built in
  their year ("The VT100 opened in 1978", "The Peugeot pepper mill, which opened in 1874, ...",
  "HMS Jersey opened in 1736", "Escape from Alcatraz was built in 1979", "The June 1962 Alcatraz
  escape opened in 1962", "The Attica prison riot was built in 1971", "The Aryan Brotherhood was
  constructed in 1964"), also fronted, in relatives and in "whereas" / "whilst" halves. (The
  same turns away faithful texts: "Escape from Alcatraz was released in 1979", accepted by the
  starting code, "The Aryan Brotherhood was founded in 1964": see CONTROLS.)

Not found: the opening participles with the new prepositions (1) held against every wrong
object, wrong subject, second subject, second object, pronoun and year tried ("Named after
Queen Victoria, Lake Albert ...", "Reached from Tripoli, Lake Victoria ...", "Claimed for
Britain, Easter Island ...", "Moved to Raphus, the Platypus ...", "Built for Trans World
Airlines, Heathrow Terminal 5 ..."); "whereas" / "whilst" (2) kept each half's claims, its
ellipses ("whereas Speke did not", "whilst Burton did too") and its pronouns; the two-type
lists (3) check each object without a year; "reached" and "described" (4) on the graphs whose
years are those findings held against other events' verbs and years ("circumnavigated",
"mapped", "settled", "renamed", "collected", "moved to"), visitors and other items' finders;
real prisons and mills held against closing, escape, imprisonment, restoration and conversion
years.

KNOWN (accepted by the starting code too): "first sighted ... in <year>" read as the item's
first event; an item's year said as its forming or dating on any graph; a ship "opened in
<place> in <year>". OPEN: a historical present with the right year ("Kurbat Ivanov reaches Lake
Baikal in 1643"); a ship, a device, a pepper mill "built" or "constructed" in the year it was
launched or made; a film "opened" in its year.

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


def explorers():
    """Lakes, waterfalls and islands (items: year first reached by a European): who reached
    each (several people for some), who later visited, mapped or circumnavigated it, who
    settled an island, what it is named after, where it lies, what a lake drains into, the port
    an expedition set out from, the country an island was claimed for, the lake system it is
    part of, the river a waterfall lies on; a user."""
    WATER = ("lake", "waterfall", "island")
    PEOPLE = ("explorer", "missionary", "botanist", "navigator", "surveyor")
    rels = [
        R("reached_by", phrase="was reached by", inverse_phrase="reached", domain=WATER, range=PEOPLE),
        R("visited_by", phrase="was visited by", inverse_phrase="visited", domain=WATER, range=PEOPLE),
        R("mapped_by", phrase="was mapped by", inverse_phrase="mapped", domain=WATER, range=PEOPLE),
        R("circumnavigated_by", phrase="was circumnavigated by", inverse_phrase="circumnavigated", domain=WATER,
          range=PEOPLE),
        R("settled_by", phrase="was settled by", inverse_phrase="settled", domain=("island",),
          range=("mutineer", "settler")),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=WATER,
          range=("queen", "prince", "navigator", "geologist", "duchess", "admiral", "midshipman", "explorer")),
        R("located_in", phrase="is located in", inverse_phrase="contains", domain=WATER,
          range=("country", "region", "ocean")),
        R("drains_into", phrase="drains into", inverse_phrase="is fed by", domain=("lake",), range=("river",)),
        R("lies_on", phrase="lies on", inverse_phrase="falls over", domain=("waterfall",), range=("river",)),
        R("reached_from", phrase="was reached from", inverse_phrase="was the starting point for", domain=WATER,
          range=("port",)),
        R("claimed_for", phrase="was claimed for", inverse_phrase="claimed", domain=("island",), range=("country",)),
        R("part_of", phrase="is part of", inverse_phrase="includes", domain=WATER,
          range=("lake system", "archipelago")),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "l:victoria": ("lake", "Lake Victoria", 1858), "l:tanganyika": ("lake", "Lake Tanganyika", 1858),
        "l:malawi": ("lake", "Lake Malawi", 1859), "l:albert": ("lake", "Lake Albert", 1864),
        "l:edward": ("lake", "Lake Edward", 1888), "l:baikal": ("lake", "Lake Baikal", 1643),
        "l:chad": ("lake", "Lake Chad", 1823), "l:turkana": ("lake", "Lake Turkana", 1888),
        "l:bangweulu": ("lake", "Lake Bangweulu", 1868),
        "w:victoria": ("waterfall", "Victoria Falls", 1855), "w:murchison": ("waterfall", "Murchison Falls", 1864),
        "i:easter": ("island", "Easter Island", 1722), "i:pitcairn": ("island", "Pitcairn Island", 1767),
        "i:norfolk": ("island", "Norfolk Island", 1774), "i:lordhowe": ("island", "Lord Howe Island", 1788),
        "i:tristan": ("island", "Tristan da Cunha", 1506),
    }
    others = {
        "p:speke": ("explorer", "John Hanning Speke"), "p:burton": ("explorer", "Richard Francis Burton"),
        "p:livingstone": ("missionary", "David Livingstone"), "p:kirk": ("botanist", "John Kirk"),
        "p:stanley": ("explorer", "Henry Morton Stanley"), "p:cameron": ("explorer", "Verney Lovett Cameron"),
        "p:baker": ("explorer", "Samuel Baker"), "p:fbaker": ("explorer", "Florence Baker"),
        "p:ivanov": ("explorer", "Kurbat Ivanov"), "p:chersky": ("surveyor", "Ivan Chersky"),
        "p:denham": ("explorer", "Dixon Denham"), "p:clapperton": ("explorer", "Hugh Clapperton"),
        "p:barth": ("explorer", "Heinrich Barth"), "p:teleki": ("explorer", "Samuel Teleki"),
        "p:hohnel": ("explorer", "Ludwig von Höhnel"), "p:young": ("explorer", "Edward Young"),
        "p:gessi": ("explorer", "Romolo Gessi"),
        "p:roggeveen": ("navigator", "Jacob Roggeveen"), "p:cook": ("navigator", "James Cook"),
        "p:carteret": ("navigator", "Philip Carteret"), "p:ball": ("navigator", "Henry Lidgbird Ball"),
        "p:tristao": ("navigator", "Tristão da Cunha"),
        "s:christian": ("mutineer", "Fletcher Christian"), "s:king": ("settler", "Philip Gidley King"),
        "n:victoria": ("queen", "Queen Victoria"), "n:albert": ("prince", "Prince Albert"),
        "n:edward": ("prince", "Prince Edward"), "n:rudolf": ("prince", "Crown Prince Rudolf"),
        "n:murchison": ("geologist", "Roderick Murchison"), "n:pitcairn": ("midshipman", "Robert Pitcairn"),
        "n:norfolk": ("duchess", "Duchess of Norfolk"), "n:howe": ("admiral", "Richard Howe"),
        "c:uganda": ("country", "Uganda"), "c:kenya": ("country", "Kenya"), "c:tanzania": ("country", "Tanzania"),
        "c:drc": ("country", "DR Congo"), "c:burundi": ("country", "Burundi"), "c:zambia": ("country", "Zambia"),
        "c:malawi": ("country", "Malawi"), "c:mozambique": ("country", "Mozambique"), "c:russia": ("country", "Russia"),
        "c:chad": ("country", "Chad"), "c:niger": ("country", "Niger"), "c:nigeria": ("country", "Nigeria"),
        "c:cameroon": ("country", "Cameroon"), "c:zimbabwe": ("country", "Zimbabwe"), "c:chile": ("country", "Chile"),
        "c:australia": ("country", "Australia"), "c:uk": ("country", "Britain"), "c:spain": ("country", "Spain"),
        "c:ethiopia": ("country", "Ethiopia"),
        "g:siberia": ("region", "Siberia"), "g:sahel": ("region", "the Sahel"), "g:riftvalley": ("region", "the Great Rift Valley"),
        "o:pacific": ("ocean", "Pacific Ocean"), "o:atlantic": ("ocean", "Atlantic Ocean"),
        "r:whitenile": ("river", "White Nile"), "r:lukuga": ("river", "Lukuga River"), "r:shire": ("river", "Shire River"),
        "r:albertnile": ("river", "Albert Nile"), "r:angara": ("river", "Angara"), "r:zambezi": ("river", "Zambezi"),
        "r:victorianile": ("river", "Victoria Nile"), "r:semliki": ("river", "Semliki River"),
        "pt:zanzibar": ("port", "Zanzibar"), "pt:tripoli": ("port", "Tripoli"), "pt:khartoum": ("port", "Khartoum"),
        "ls:greatlakes": ("lake system", "African Great Lakes"), "ar:pitcairn": ("archipelago", "Pitcairn Islands"),
        "ar:tristan": ("archipelago", "Tristan da Cunha archipelago"),
    }
    T_ = [
        ("l:victoria", "reached_by", "p:speke"), ("l:tanganyika", "reached_by", "p:burton"),
        ("l:tanganyika", "reached_by", "p:speke"), ("l:malawi", "reached_by", "p:livingstone"),
        ("l:malawi", "reached_by", "p:kirk"), ("l:albert", "reached_by", "p:baker"), ("l:albert", "reached_by", "p:fbaker"),
        ("l:edward", "reached_by", "p:stanley"), ("l:baikal", "reached_by", "p:ivanov"),
        ("l:chad", "reached_by", "p:denham"), ("l:chad", "reached_by", "p:clapperton"),
        ("l:turkana", "reached_by", "p:teleki"), ("l:turkana", "reached_by", "p:hohnel"),
        ("w:victoria", "reached_by", "p:livingstone"), ("l:bangweulu", "reached_by", "p:livingstone"),
        ("l:bangweulu", "located_in", "c:zambia"), ("w:murchison", "reached_by", "p:baker"),
        ("i:easter", "reached_by", "p:roggeveen"), ("i:pitcairn", "reached_by", "p:carteret"),
        ("i:norfolk", "reached_by", "p:cook"), ("i:lordhowe", "reached_by", "p:ball"),
        ("i:tristan", "reached_by", "p:tristao"),
        ("l:victoria", "visited_by", "p:stanley"), ("l:tanganyika", "visited_by", "p:livingstone"),
        ("l:tanganyika", "visited_by", "p:stanley"), ("l:chad", "visited_by", "p:barth"),
        ("i:easter", "visited_by", "p:cook"), ("l:albert", "visited_by", "p:stanley"),
        ("l:tanganyika", "mapped_by", "p:cameron"), ("l:baikal", "mapped_by", "p:chersky"),
        ("l:victoria", "circumnavigated_by", "p:stanley"), ("l:tanganyika", "circumnavigated_by", "p:cameron"),
        ("l:malawi", "circumnavigated_by", "p:young"), ("l:albert", "circumnavigated_by", "p:gessi"),
        ("i:pitcairn", "settled_by", "s:christian"), ("i:norfolk", "settled_by", "s:king"),
        ("l:victoria", "named_after", "n:victoria"), ("w:victoria", "named_after", "n:victoria"),
        ("l:albert", "named_after", "n:albert"), ("l:edward", "named_after", "n:edward"),
        ("l:turkana", "named_after", "n:rudolf"), ("w:murchison", "named_after", "n:murchison"),
        ("i:pitcairn", "named_after", "n:pitcairn"), ("i:norfolk", "named_after", "n:norfolk"),
        ("i:lordhowe", "named_after", "n:howe"), ("i:tristan", "named_after", "p:tristao"),
        ("l:victoria", "located_in", "c:uganda"), ("l:victoria", "located_in", "c:kenya"),
        ("l:victoria", "located_in", "c:tanzania"), ("l:tanganyika", "located_in", "c:tanzania"),
        ("l:tanganyika", "located_in", "c:drc"), ("l:tanganyika", "located_in", "c:burundi"),
        ("l:tanganyika", "located_in", "c:zambia"), ("l:tanganyika", "located_in", "g:riftvalley"),
        ("l:malawi", "located_in", "c:malawi"), ("l:malawi", "located_in", "c:mozambique"),
        ("l:malawi", "located_in", "c:tanzania"), ("l:albert", "located_in", "c:uganda"),
        ("l:albert", "located_in", "c:drc"), ("l:edward", "located_in", "c:uganda"), ("l:edward", "located_in", "c:drc"),
        ("l:baikal", "located_in", "g:siberia"), ("l:baikal", "located_in", "c:russia"),
        ("l:chad", "located_in", "c:chad"), ("l:chad", "located_in", "c:niger"), ("l:chad", "located_in", "c:nigeria"),
        ("l:chad", "located_in", "c:cameroon"), ("l:chad", "located_in", "g:sahel"),
        ("l:turkana", "located_in", "c:kenya"), ("l:turkana", "located_in", "c:ethiopia"),
        ("l:turkana", "located_in", "g:riftvalley"),
        ("w:victoria", "located_in", "c:zambia"), ("w:victoria", "located_in", "c:zimbabwe"),
        ("w:murchison", "located_in", "c:uganda"),
        ("i:easter", "located_in", "c:chile"), ("i:easter", "located_in", "o:pacific"),
        ("i:pitcairn", "located_in", "o:pacific"), ("i:norfolk", "located_in", "c:australia"),
        ("i:norfolk", "located_in", "o:pacific"), ("i:lordhowe", "located_in", "c:australia"),
        ("i:tristan", "located_in", "o:atlantic"),
        ("l:victoria", "drains_into", "r:whitenile"), ("l:tanganyika", "drains_into", "r:lukuga"),
        ("l:malawi", "drains_into", "r:shire"), ("l:albert", "drains_into", "r:albertnile"),
        ("l:edward", "drains_into", "r:semliki"), ("l:baikal", "drains_into", "r:angara"),
        ("w:victoria", "lies_on", "r:zambezi"), ("w:murchison", "lies_on", "r:victorianile"),
        ("l:victoria", "reached_from", "pt:zanzibar"), ("l:tanganyika", "reached_from", "pt:zanzibar"),
        ("l:chad", "reached_from", "pt:tripoli"), ("l:albert", "reached_from", "pt:khartoum"),
        ("i:pitcairn", "claimed_for", "c:uk"), ("i:norfolk", "claimed_for", "c:uk"),
        ("i:lordhowe", "claimed_for", "c:uk"), ("i:tristan", "claimed_for", "c:uk"), ("i:easter", "claimed_for", "c:spain"),
        ("l:victoria", "part_of", "ls:greatlakes"), ("l:tanganyika", "part_of", "ls:greatlakes"),
        ("l:malawi", "part_of", "ls:greatlakes"), ("l:albert", "part_of", "ls:greatlakes"),
        ("l:edward", "part_of", "ls:greatlakes"), ("i:pitcairn", "part_of", "ar:pitcairn"),
        ("i:tristan", "part_of", "ar:tristan"),
        ("user:ines", "rated", "l:victoria", {"rating": 5.0}), ("user:ines", "rated", "w:victoria", {"rating": 4.5}),
        ("user:ines", "rated", "i:easter", {"rating": 2.0}), ("user:ines", "rated", "l:baikal", {"rating": 4.0}),
    ]
    aliases = {"l:turkana": ("Lake Rudolf",), "p:speke": ("Speke",), "p:burton": ("Burton",),
               "p:livingstone": ("Livingstone",), "p:stanley": ("Stanley",), "p:cook": ("Captain Cook",),
               "l:malawi": ("Lake Nyasa",)}
    return _build(items, others, rels, T_, users=[("user:ines", "Ines")], aliases=aliases)


def naturalists():
    """Species (items: year first described): who described each, who collected the first
    specimen, who later renamed it and the genus it was moved to, what it is named after, where
    it is found, the place it was collected from, its status, what it feeds on, the period a
    fossil one lived during, the museum that displays a specimen; a user."""
    SP = ("bird", "mammal", "lizard", "fish", "frog", "dinosaur")
    rels = [
        R("described_by", phrase="was described by", inverse_phrase="described", domain=SP,
          range=("naturalist", "zoologist", "palaeontologist", "ornithologist")),
        R("collected_by", phrase="was collected by", inverse_phrase="collected", domain=SP,
          range=("naturalist", "collector", "explorer", "curator")),
        R("renamed_by", phrase="was renamed by", inverse_phrase="renamed", domain=SP,
          range=("naturalist", "zoologist")),
        R("moved_to", phrase="was moved to", inverse_phrase="received", domain=SP, range=("genus",)),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=SP,
          range=("naturalist", "collector", "explorer", "curator", "zoologist")),
        R("found_in", phrase="is found in", inverse_phrase="is home to", domain=SP,
          range=("country", "island", "region", "sea")),
        R("collected_from", phrase="was collected from", inverse_phrase="yielded", domain=SP,
          range=("locality",)),
        R("status", phrase="is classified as", inverse_phrase="is the status of", domain=SP,
          range=("conservation status",)),
        R("feeds_on", phrase="feeds on", inverse_phrase="is eaten by", domain=SP, range=("food",)),
        R("lived_during", phrase="lived during", inverse_phrase="is the period of", domain=SP, range=("period",)),
        R("displayed_at", phrase="is displayed at", inverse_phrase="displays", domain=SP, range=("museum",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "s:dodo": ("bird", "Dodo", 1758), "s:platypus": ("mammal", "Platypus", 1799),
        "s:ayeaye": ("mammal", "Aye-aye", 1788), "s:komodo": ("lizard", "Komodo dragon", 1912),
        "s:coelacanth": ("fish", "Coelacanth", 1939), "s:iguanodon": ("dinosaur", "Iguanodon", 1825),
        "s:megalosaurus": ("dinosaur", "Megalosaurus", 1824), "s:rhea": ("bird", "Darwin's rhea", 1837),
        "s:frog": ("frog", "Darwin's frog", 1841), "s:przewalski": ("mammal", "Przewalski's horse", 1881),
        "s:okapi": ("mammal", "Okapi", 1901), "s:seacow": ("mammal", "Steller's sea cow", 1780),
    }
    others = {
        "p:linnaeus": ("naturalist", "Carl Linnaeus"), "p:shaw": ("zoologist", "George Shaw"),
        "p:gmelin": ("naturalist", "Johann Friedrich Gmelin"), "p:ouwens": ("zoologist", "Peter Ouwens"),
        "p:smith": ("zoologist", "J. L. B. Smith"), "p:mantell": ("palaeontologist", "Gideon Mantell"),
        "p:buckland": ("palaeontologist", "William Buckland"), "p:gould": ("ornithologist", "John Gould"),
        "p:dumeril": ("zoologist", "André Duméril"), "p:polyakov": ("zoologist", "Ivan Polyakov"),
        "p:lankester": ("zoologist", "Ray Lankester"), "p:zimmermann": ("zoologist", "Eberhard Zimmermann"),
        "p:brisson": ("zoologist", "Mathurin Jacques Brisson"), "p:blumenbach": ("naturalist", "Johann Friedrich Blumenbach"),
        "p:sonnerat": ("naturalist", "Pierre Sonnerat"), "p:steyn": ("collector", "Jacques van Steyn"),
        "p:latimer": ("curator", "Marjorie Courtenay-Latimer"), "p:mamantell": ("collector", "Mary Ann Mantell"),
        "p:darwin": ("naturalist", "Charles Darwin"), "p:przhevalsky": ("explorer", "Nikolai Przhevalsky"),
        "p:johnston": ("explorer", "Harry Johnston"), "p:steller": ("naturalist", "Georg Wilhelm Steller"),
        "g:raphus": ("genus", "Raphus"), "g:ornithorhynchus": ("genus", "Ornithorhynchus"),
        "g:hydrodamalis": ("genus", "Hydrodamalis"),
        "c:mauritius": ("island", "Mauritius"), "c:australia": ("country", "Australia"),
        "c:madagascar": ("island", "Madagascar"), "c:indonesia": ("country", "Indonesia"),
        "c:komodo": ("island", "Komodo"), "c:comoros": ("country", "Comoros"), "c:southafrica": ("country", "South Africa"),
        "c:england": ("country", "England"), "c:argentina": ("country", "Argentina"), "c:chile": ("country", "Chile"),
        "c:mongolia": ("country", "Mongolia"), "c:drc": ("country", "DR Congo"), "c:bering": ("sea", "Bering Sea"),
        "c:patagonia": ("region", "Patagonia"),
        "lo:chalumna": ("locality", "Chalumna River"), "lo:tilgate": ("locality", "Tilgate Forest"),
        "lo:stonesfield": ("locality", "Stonesfield"), "lo:ituri": ("locality", "Ituri Forest"),
        "lo:dzungaria": ("locality", "Dzungaria"),
        "st:extinct": ("conservation status", "extinct"), "st:endangered": ("conservation status", "endangered"),
        "st:critical": ("conservation status", "critically endangered"), "st:lc": ("conservation status", "least concern"),
        "st:nt": ("conservation status", "near threatened"),
        "f:fruit": ("food", "fruit"), "f:larvae": ("food", "insect larvae"), "f:grubs": ("food", "grubs"),
        "f:deer": ("food", "deer"), "f:fish": ("food", "fish"), "f:plants": ("food", "plants"),
        "f:insects": ("food", "insects"), "f:grass": ("food", "grass"), "f:leaves": ("food", "leaves"),
        "f:kelp": ("food", "kelp"),
        "pe:cretaceous": ("period", "Early Cretaceous"), "pe:jurassic": ("period", "Middle Jurassic"),
        "m:oxford": ("museum", "Oxford University Museum of Natural History"), "m:nhm": ("museum", "Natural History Museum"),
        "m:eastlondon": ("museum", "East London Museum"),
    }
    T_ = [
        ("s:dodo", "described_by", "p:linnaeus"), ("s:platypus", "described_by", "p:shaw"),
        ("s:ayeaye", "described_by", "p:gmelin"), ("s:komodo", "described_by", "p:ouwens"),
        ("s:coelacanth", "described_by", "p:smith"), ("s:iguanodon", "described_by", "p:mantell"),
        ("s:megalosaurus", "described_by", "p:buckland"), ("s:rhea", "described_by", "p:gould"),
        ("s:frog", "described_by", "p:dumeril"), ("s:przewalski", "described_by", "p:polyakov"),
        ("s:okapi", "described_by", "p:lankester"), ("s:seacow", "described_by", "p:zimmermann"),
        ("s:ayeaye", "collected_by", "p:sonnerat"), ("s:komodo", "collected_by", "p:steyn"),
        ("s:coelacanth", "collected_by", "p:latimer"), ("s:iguanodon", "collected_by", "p:mamantell"),
        ("s:rhea", "collected_by", "p:darwin"), ("s:frog", "collected_by", "p:darwin"),
        ("s:przewalski", "collected_by", "p:przhevalsky"), ("s:okapi", "collected_by", "p:johnston"),
        ("s:seacow", "collected_by", "p:steller"),
        ("s:dodo", "renamed_by", "p:brisson"), ("s:platypus", "renamed_by", "p:blumenbach"),
        ("s:dodo", "moved_to", "g:raphus"), ("s:platypus", "moved_to", "g:ornithorhynchus"),
        ("s:seacow", "moved_to", "g:hydrodamalis"),
        ("s:coelacanth", "named_after", "p:latimer"), ("s:rhea", "named_after", "p:darwin"),
        ("s:frog", "named_after", "p:darwin"), ("s:przewalski", "named_after", "p:przhevalsky"),
        ("s:okapi", "named_after", "p:johnston"), ("s:seacow", "named_after", "p:steller"),
        ("s:dodo", "found_in", "c:mauritius"), ("s:platypus", "found_in", "c:australia"),
        ("s:ayeaye", "found_in", "c:madagascar"), ("s:komodo", "found_in", "c:indonesia"),
        ("s:komodo", "found_in", "c:komodo"), ("s:coelacanth", "found_in", "c:comoros"),
        ("s:coelacanth", "found_in", "c:southafrica"), ("s:iguanodon", "found_in", "c:england"),
        ("s:megalosaurus", "found_in", "c:england"), ("s:rhea", "found_in", "c:argentina"),
        ("s:rhea", "found_in", "c:patagonia"), ("s:frog", "found_in", "c:chile"), ("s:frog", "found_in", "c:argentina"),
        ("s:przewalski", "found_in", "c:mongolia"), ("s:okapi", "found_in", "c:drc"), ("s:seacow", "found_in", "c:bering"),
        ("s:coelacanth", "collected_from", "lo:chalumna"), ("s:iguanodon", "collected_from", "lo:tilgate"),
        ("s:megalosaurus", "collected_from", "lo:stonesfield"), ("s:okapi", "collected_from", "lo:ituri"),
        ("s:przewalski", "collected_from", "lo:dzungaria"),
        ("s:dodo", "status", "st:extinct"), ("s:seacow", "status", "st:extinct"), ("s:platypus", "status", "st:nt"),
        ("s:ayeaye", "status", "st:endangered"), ("s:komodo", "status", "st:endangered"),
        ("s:coelacanth", "status", "st:critical"), ("s:rhea", "status", "st:lc"), ("s:frog", "status", "st:endangered"),
        ("s:przewalski", "status", "st:endangered"), ("s:okapi", "status", "st:endangered"),
        ("s:dodo", "feeds_on", "f:fruit"), ("s:platypus", "feeds_on", "f:larvae"), ("s:ayeaye", "feeds_on", "f:grubs"),
        ("s:komodo", "feeds_on", "f:deer"), ("s:coelacanth", "feeds_on", "f:fish"), ("s:iguanodon", "feeds_on", "f:plants"),
        ("s:rhea", "feeds_on", "f:plants"), ("s:frog", "feeds_on", "f:insects"), ("s:przewalski", "feeds_on", "f:grass"),
        ("s:okapi", "feeds_on", "f:leaves"), ("s:seacow", "feeds_on", "f:kelp"),
        ("s:iguanodon", "lived_during", "pe:cretaceous"), ("s:megalosaurus", "lived_during", "pe:jurassic"),
        ("s:dodo", "displayed_at", "m:oxford"), ("s:megalosaurus", "displayed_at", "m:oxford"),
        ("s:iguanodon", "displayed_at", "m:nhm"), ("s:coelacanth", "displayed_at", "m:eastlondon"),
        ("user:kai", "rated", "s:platypus", {"rating": 5.0}), ("user:kai", "rated", "s:dodo", {"rating": 4.5}),
        ("user:kai", "rated", "s:okapi", {"rating": 3.0}), ("user:kai", "rated", "s:coelacanth", {"rating": 4.0}),
    ]
    aliases = {"p:linnaeus": ("Linnaeus",), "p:darwin": ("Darwin",), "p:mantell": ("Mantell",),
               "p:latimer": ("Courtenay-Latimer",), "s:coelacanth": ("West Indian Ocean coelacanth",)}
    return _build(items, others, rels, T_, users=[("user:kai", "Kai")], aliases=aliases)


def venues():
    """Prisons, gaols, a jail, a penitentiary, windmills, a watermill, a cotton mill, an airport
    terminal and railway termini (items: year opened), and things whose type holds such a word
    but are no venues: a pepper mill and a computer terminal (year made), a prison ship (year
    launched), a prison film (year released), a prison escape and a prison riot (year they
    happened), a prison gang (year founded); inmates, escapes, designers, styles, periods, what
    each was converted into, operators, restorers, what a mill grinds and is powered by, the
    river it stands on, the line a terminus ends, the client it was built for, where an escape
    or a riot took place, where a gang was founded, a film's setting, director and star, place;
    a user."""
    PRISON = ("federal penitentiary", "penitentiary", "gaol", "prison", "jail", "prison ship")
    MILL = ("windmill", "watermill", "cotton mill", "pepper mill")
    TERM = ("airport terminal", "railway terminus", "computer terminal")
    ALL = PRISON + MILL + TERM
    rels = [
        R("housed", phrase="housed", inverse_phrase="was imprisoned at", domain=PRISON,
          range=("gangster", "prisoner", "writer", "politician", "outlaw")),
        R("escaped", phrase="escaped from", inverse_phrase="saw the escape of",
          domain=("gangster", "prisoner", "outlaw", "politician"), range=PRISON),
        R("stands_on", phrase="stands on", inverse_phrase="is the site of", domain=ALL, range=("island", "river", "hill")),
        R("located_in", phrase="is located in", inverse_phrase="contains", domain=ALL,
          range=("city", "country", "county", "town")),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=ALL,
          range=("architect", "engineer", "millwright", "inventor")),
        R("built_for", phrase="was built for", inverse_phrase="commissioned", domain=ALL,
          range=("agency", "company", "railway company", "navy")),
        R("converted_into", phrase="was converted into", inverse_phrase="was converted from", domain=ALL,
          range=("museum", "hotel", "arts centre")),
        R("operated_by", phrase="is operated by", inverse_phrase="operates", domain=ALL,
          range=("agency", "trust", "company")),
        R("restored_by", phrase="was restored by", inverse_phrase="restored", domain=ALL,
          range=("trust", "foundation", "council")),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=ALL,
          range=("king", "emperor", "queen", "island")),
        R("style", phrase="is built in the style", inverse_phrase="is the style of", domain=ALL, range=("style",)),
        R("period", phrase="dates from the period", inverse_phrase="is the period of", domain=ALL, range=("period",)),
        R("grinds", phrase="grinds", inverse_phrase="is ground at", domain=MILL, range=("grain", "spice")),
        R("powered_by", phrase="is powered by", inverse_phrase="powers", domain=MILL, range=("power source",)),
        R("terminus_of", phrase="is the terminus of", inverse_phrase="ends at", domain=TERM, range=("railway line",)),
        R("part_of", phrase="is part of", inverse_phrase="includes", domain=TERM, range=("airport",)),
        R("manufactured_by", phrase="was manufactured by", inverse_phrase="manufactured", domain=("computer terminal",),
          range=("company",)),
        R("took_place_at", phrase="took place at", inverse_phrase="was the scene of", domain=("prison escape", "prison riot"),
          range=PRISON),
        R("involved", phrase="involved", inverse_phrase="took part in", domain=("prison escape", "prison riot"),
          range=("prisoner", "gangster")),
        R("founded_at", phrase="was founded at", inverse_phrase="is the birthplace of", domain=("prison gang",),
          range=PRISON),
        R("set_at", phrase="is set at", inverse_phrase="is the setting of", domain=("prison film",), range=PRISON),
        R("directed_by", phrase="was directed by", inverse_phrase="directed", domain=("prison film",), range=("director",)),
        R("stars", phrase="stars", inverse_phrase="stars in", domain=("prison film",), range=("actor",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "v:alcatraz": ("federal penitentiary", "Alcatraz", 1934),
        "v:eastern": ("penitentiary", "Eastern State Penitentiary", 1829),
        "v:reading": ("gaol", "Reading Gaol", 1844), "v:kilmainham": ("gaol", "Kilmainham Gaol", 1796),
        "v:robben": ("prison", "Robben Island Prison", 1961), "v:melbourne": ("gaol", "Old Melbourne Gaol", 1845),
        "v:charleston": ("jail", "Old Charleston Jail", 1802),
        "v:adriaan": ("windmill", "De Adriaan", 1779), "v:heage": ("windmill", "Heage Windmill", 1797),
        "v:dunster": ("watermill", "Dunster Working Watermill", 1680),
        "v:quarrybank": ("cotton mill", "Quarry Bank Mill", 1784),
        "v:twa": ("airport terminal", "TWA Flight Center", 1962), "v:t5": ("airport terminal", "Heathrow Terminal 5", 2008),
        "v:csmt": ("railway terminus", "Chhatrapati Shivaji Terminus", 1888),
        "v:stpancras": ("railway terminus", "St Pancras", 1868),
        "v:peugeot": ("pepper mill", "Peugeot pepper mill", 1874),
        "v:vt100": ("computer terminal", "VT100", 1978),
        "v:jersey": ("prison ship", "HMS Jersey", 1736),
        "v:escape": ("prison film", "Escape from Alcatraz", 1979),
        "v:breakout": ("prison escape", "June 1962 Alcatraz escape", 1962),
        "v:attica": ("prison riot", "Attica prison riot", 1971),
        "v:aryan": ("prison gang", "Aryan Brotherhood", 1964),
    }
    others = {
        "p:capone": ("gangster", "Al Capone"), "p:stroud": ("prisoner", "Robert Stroud"),
        "p:morris": ("prisoner", "Frank Morris"), "p:anglin": ("prisoner", "John Anglin"),
        "p:sutton": ("gangster", "Willie Sutton"), "p:wilde": ("writer", "Oscar Wilde"),
        "p:parnell": ("politician", "Charles Stewart Parnell"), "p:devalera": ("politician", "Éamon de Valera"),
        "p:mandela": ("politician", "Nelson Mandela"), "p:kelly": ("outlaw", "Ned Kelly"),
        "p:dring": ("prisoner", "Thomas Dring"), "p:siegel": ("director", "Don Siegel"),
        "p:eastwood": ("actor", "Clint Eastwood"),
        "x:attica": ("prison", "Attica Correctional Facility"), "x:sanquentin": ("prison", "San Quentin State Prison"),
        "a:haviland": ("architect", "John Haviland"), "a:scott": ("architect", "George Gilbert Scott"),
        "a:mills": ("architect", "Robert Mills"), "a:saarinen": ("architect", "Eero Saarinen"),
        "a:rogers": ("architect", "Richard Rogers"), "a:stevens": ("architect", "Frederick William Stevens"),
        "a:barlow": ("engineer", "William Henry Barlow"), "a:smeaton": ("millwright", "John Smeaton"),
        "a:peugeot": ("inventor", "Jean-Frédéric Peugeot"), "a:heage": ("millwright", "Thomas Saunders"),
        "c:bop": ("agency", "Federal Bureau of Prisons"), "c:midland": ("railway company", "Midland Railway"),
        "c:gipr": ("railway company", "Great Indian Peninsula Railway"), "c:twa": ("company", "Trans World Airlines"),
        "c:baa": ("company", "BAA"), "c:navy": ("navy", "Royal Navy"), "c:dec": ("company", "Digital Equipment Corporation"),
        "c:nps": ("agency", "National Park Service"), "c:opw": ("agency", "Office of Public Works"),
        "c:nt": ("trust", "National Trust"), "c:heathrow": ("company", "Heathrow Airport Limited"),
        "c:network": ("company", "Network Rail"), "c:cr": ("company", "Central Railway"),
        "c:derbyshire": ("council", "Derbyshire County Council"), "c:adriaan": ("foundation", "Molen De Adriaan Foundation"),
        "c:eastern": ("trust", "Eastern State Penitentiary Historic Site"),
        "m:museum": ("museum", "museum"), "m:twahotel": ("hotel", "TWA Hotel"), "m:arts": ("arts centre", "arts centre"),
        "n:shivaji": ("king", "Chhatrapati Shivaji"), "n:pancras": ("king", "Saint Pancras"),
        "i:alcatraz": ("island", "Alcatraz Island"), "i:robben": ("island", "Robben Island"),
        "r:avill": ("river", "River Avill"), "r:bollin": ("river", "River Bollin"), "r:spaarne": ("river", "Spaarne"),
        "y:sf": ("city", "San Francisco"), "y:philadelphia": ("city", "Philadelphia"), "y:reading": ("town", "Reading"),
        "y:dublin": ("city", "Dublin"), "y:melbourne": ("city", "Melbourne"), "y:charleston": ("city", "Charleston"),
        "y:haarlem": ("city", "Haarlem"), "y:derbyshire": ("county", "Derbyshire"), "y:somerset": ("county", "Somerset"),
        "y:styal": ("town", "Styal"), "y:newyork": ("city", "New York"), "y:london": ("city", "London"),
        "y:mumbai": ("city", "Mumbai"), "y:southafrica": ("country", "South Africa"), "y:cape": ("city", "Cape Town"),
        "y:wallabout": ("city", "Brooklyn"),
        "s:gothic": ("style", "Gothic Revival"), "s:venetian": ("style", "Venetian Gothic"),
        "s:neofuturist": ("style", "Neo-futurist"), "s:hightech": ("style", "High-tech"),
        "s:castellated": ("style", "Castellated"), "s:brutalist": ("style", "Brutalist"),
        "pe:victorian": ("period", "Victorian era"), "pe:georgian": ("period", "Georgian era"),
        "pe:modern": ("period", "Modernist period"), "pe:colonial": ("period", "colonial era"),
        "g:wheat": ("grain", "wheat"), "g:maize": ("grain", "maize"), "g:pepper": ("spice", "pepper"),
        "g:tobacco": ("spice", "tobacco"),
        "pw:wind": ("power source", "wind"), "pw:water": ("power source", "water"), "pw:hand": ("power source", "hand"),
        "ln:midland": ("railway line", "Midland Main Line"), "ln:hs1": ("railway line", "High Speed 1"),
        "ln:cr": ("railway line", "Central line"),
        "ap:jfk": ("airport", "JFK Airport"), "ap:heathrow": ("airport", "Heathrow Airport"),
    }
    T_ = [
        ("v:alcatraz", "housed", "p:capone"), ("v:alcatraz", "housed", "p:stroud"), ("v:alcatraz", "housed", "p:morris"),
        ("v:alcatraz", "housed", "p:anglin"), ("v:eastern", "housed", "p:capone"), ("v:eastern", "housed", "p:sutton"),
        ("v:reading", "housed", "p:wilde"), ("v:kilmainham", "housed", "p:parnell"),
        ("v:kilmainham", "housed", "p:devalera"), ("v:robben", "housed", "p:mandela"),
        ("v:melbourne", "housed", "p:kelly"), ("v:jersey", "housed", "p:dring"),
        ("p:morris", "escaped", "v:alcatraz"), ("p:anglin", "escaped", "v:alcatraz"), ("p:sutton", "escaped", "v:eastern"),
        ("v:alcatraz", "stands_on", "i:alcatraz"), ("v:robben", "stands_on", "i:robben"),
        ("v:dunster", "stands_on", "r:avill"), ("v:quarrybank", "stands_on", "r:bollin"),
        ("v:adriaan", "stands_on", "r:spaarne"),
        ("v:alcatraz", "located_in", "y:sf"), ("v:eastern", "located_in", "y:philadelphia"),
        ("v:reading", "located_in", "y:reading"), ("v:kilmainham", "located_in", "y:dublin"),
        ("v:robben", "located_in", "y:southafrica"), ("v:melbourne", "located_in", "y:melbourne"),
        ("v:charleston", "located_in", "y:charleston"), ("v:adriaan", "located_in", "y:haarlem"),
        ("v:heage", "located_in", "y:derbyshire"), ("v:dunster", "located_in", "y:somerset"),
        ("v:quarrybank", "located_in", "y:styal"), ("v:twa", "located_in", "y:newyork"),
        ("v:t5", "located_in", "y:london"), ("v:csmt", "located_in", "y:mumbai"), ("v:stpancras", "located_in", "y:london"),
        ("v:jersey", "located_in", "y:wallabout"),
        ("v:eastern", "designed_by", "a:haviland"), ("v:reading", "designed_by", "a:scott"),
        ("v:charleston", "designed_by", "a:mills"), ("v:twa", "designed_by", "a:saarinen"),
        ("v:t5", "designed_by", "a:rogers"), ("v:csmt", "designed_by", "a:stevens"),
        ("v:stpancras", "designed_by", "a:barlow"), ("v:heage", "designed_by", "a:heage"),
        ("v:peugeot", "designed_by", "a:peugeot"),
        ("v:alcatraz", "built_for", "c:bop"), ("v:stpancras", "built_for", "c:midland"), ("v:csmt", "built_for", "c:gipr"),
        ("v:twa", "built_for", "c:twa"), ("v:t5", "built_for", "c:baa"), ("v:jersey", "built_for", "c:navy"),
        ("v:eastern", "converted_into", "m:museum"), ("v:kilmainham", "converted_into", "m:museum"),
        ("v:robben", "converted_into", "m:museum"), ("v:twa", "converted_into", "m:twahotel"),
        ("v:reading", "converted_into", "m:arts"), ("v:quarrybank", "converted_into", "m:museum"),
        ("v:alcatraz", "operated_by", "c:nps"), ("v:kilmainham", "operated_by", "c:opw"),
        ("v:eastern", "operated_by", "c:eastern"), ("v:dunster", "operated_by", "c:nt"),
        ("v:quarrybank", "operated_by", "c:nt"), ("v:t5", "operated_by", "c:heathrow"),
        ("v:stpancras", "operated_by", "c:network"), ("v:csmt", "operated_by", "c:cr"),
        ("v:vt100", "manufactured_by", "c:dec"),
        ("v:heage", "restored_by", "c:derbyshire"), ("v:adriaan", "restored_by", "c:adriaan"),
        ("v:eastern", "restored_by", "c:eastern"),
        ("v:csmt", "named_after", "n:shivaji"), ("v:stpancras", "named_after", "n:pancras"),
        ("v:alcatraz", "named_after", "i:alcatraz"), ("v:robben", "named_after", "i:robben"),
        ("v:eastern", "style", "s:gothic"), ("v:reading", "style", "s:castellated"), ("v:csmt", "style", "s:venetian"),
        ("v:stpancras", "style", "s:gothic"), ("v:twa", "style", "s:neofuturist"), ("v:t5", "style", "s:hightech"),
        ("v:kilmainham", "style", "s:castellated"), ("v:robben", "style", "s:brutalist"),
        ("v:reading", "period", "pe:victorian"), ("v:stpancras", "period", "pe:victorian"),
        ("v:csmt", "period", "pe:colonial"), ("v:kilmainham", "period", "pe:georgian"),
        ("v:heage", "period", "pe:georgian"), ("v:twa", "period", "pe:modern"), ("v:melbourne", "period", "pe:victorian"),
        ("v:adriaan", "grinds", "g:tobacco"), ("v:heage", "grinds", "g:wheat"), ("v:dunster", "grinds", "g:wheat"),
        ("v:peugeot", "grinds", "g:pepper"),
        ("v:adriaan", "powered_by", "pw:wind"), ("v:heage", "powered_by", "pw:wind"),
        ("v:dunster", "powered_by", "pw:water"), ("v:quarrybank", "powered_by", "pw:water"),
        ("v:peugeot", "powered_by", "pw:hand"),
        ("v:stpancras", "terminus_of", "ln:midland"), ("v:stpancras", "terminus_of", "ln:hs1"),
        ("v:csmt", "terminus_of", "ln:cr"),
        ("v:breakout", "took_place_at", "v:alcatraz"), ("v:breakout", "involved", "p:morris"),
        ("v:breakout", "involved", "p:anglin"), ("v:attica", "took_place_at", "x:attica"),
        ("v:aryan", "founded_at", "x:sanquentin"),
        ("v:escape", "set_at", "v:alcatraz"), ("v:escape", "directed_by", "p:siegel"),
        ("v:escape", "stars", "p:eastwood"),
        ("v:twa", "part_of", "ap:jfk"), ("v:t5", "part_of", "ap:heathrow"),
        ("user:bo", "rated", "v:alcatraz", {"rating": 5.0}), ("user:bo", "rated", "v:reading", {"rating": 3.0}),
        ("user:bo", "rated", "v:heage", {"rating": 4.5}), ("user:bo", "rated", "v:stpancras", {"rating": 4.0}),
    ]
    aliases = {"v:csmt": ("Victoria Terminus",), "v:alcatraz": ("Alcatraz Federal Penitentiary",),
               "v:stpancras": ("St Pancras station",), "p:capone": ("Capone",)}
    return _build(items, others, rels, T_, users=[("user:bo", "Bo")], aliases=aliases)


def sightings():
    """Ships (items: year launched) and volcanoes and mountains (items: year of the first
    ascent): what each ship sighted, its captain, the yard it was launched from, where it sank;
    who first sighted each peak and who first climbed it, what it is named after (a ship, a
    navigator), its kind, where it lies; a user. The graph's one verb of first finding is
    "sighted": the year of no item is a sighting."""
    SHIP, PEAK = ("ship",), ("volcano", "mountain")
    rels = [
        R("sighted", phrase="sighted", inverse_phrase="was sighted from", domain=SHIP,
          range=("island", "coast", "volcano", "mountain", "cape")),
        R("first_sighted_by", phrase="was first sighted by", inverse_phrase="first sighted", domain=PEAK,
          range=("navigator", "missionary", "explorer")),
        R("first_climbed_by", phrase="was first climbed by", inverse_phrase="first climbed", domain=PEAK,
          range=("mountaineer", "geologist", "geographer", "naturalist")),
        R("captained_by", phrase="was captained by", inverse_phrase="captained", domain=SHIP,
          range=("navigator", "explorer")),
        R("launched_from", phrase="was launched from", inverse_phrase="launched", domain=SHIP, range=("shipyard",)),
        R("sank_in", phrase="sank in", inverse_phrase="is the grave of", domain=SHIP, range=("gulf", "bay", "sea")),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=SHIP + PEAK,
          range=("ship", "navigator", "earl", "surveyor")),
        R("kind", phrase="is a", inverse_phrase="is the kind of", domain=PEAK, range=("landform",)),
        R("located_in", phrase="is located in", inverse_phrase="contains", domain=PEAK,
          range=("country", "continent", "island", "region")),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "s:endeavour": ("ship", "HMS Endeavour", 1764), "s:resolution": ("ship", "HMS Resolution", 1770),
        "s:erebus": ("ship", "HMS Erebus", 1826), "s:terror": ("ship", "HMS Terror", 1813),
        "s:heemskerck": ("ship", "Heemskerck", 1638), "s:beagle": ("ship", "HMS Beagle", 1820),
        "m:kilimanjaro": ("volcano", "Kilimanjaro", 1889), "m:kenya": ("volcano", "Mount Kenya", 1899),
        "m:erebus": ("volcano", "Mount Erebus", 1908), "m:terror": ("volcano", "Mount Terror", 1959),
        "m:taranaki": ("volcano", "Mount Taranaki", 1839), "m:cook": ("mountain", "Aoraki / Mount Cook", 1894),
        "m:osorno": ("volcano", "Osorno", 1848),
    }
    others = {
        "p:cook": ("navigator", "James Cook"), "p:ross": ("navigator", "James Clark Ross"),
        "p:crozier": ("navigator", "Francis Crozier"), "p:tasman": ("navigator", "Abel Tasman"),
        "p:fitzroy": ("navigator", "Robert FitzRoy"), "p:franklin": ("explorer", "John Franklin"),
        "p:rebmann": ("missionary", "Johannes Rebmann"), "p:krapf": ("missionary", "Johann Ludwig Krapf"),
        "p:meyer": ("mountaineer", "Hans Meyer"), "p:purtscheller": ("mountaineer", "Ludwig Purtscheller"),
        "p:mackinder": ("geographer", "Halford Mackinder"), "p:david": ("geologist", "Edgeworth David"),
        "p:gunn": ("mountaineer", "Bernie Gunn"), "p:dieffenbach": ("naturalist", "Ernst Dieffenbach"),
        "p:fyfe": ("mountaineer", "Tom Fyfe"), "p:darwin": ("naturalist", "Charles Darwin"),
        "p:geisse": ("mountaineer", "Franz Geisse"),
        "n:egmont": ("earl", "Earl of Egmont"),
        "y:whitby": ("shipyard", "Whitby"), "y:pembroke": ("shipyard", "Pembroke Dockyard"),
        "y:topsham": ("shipyard", "Topsham"), "y:woolwich": ("shipyard", "Woolwich Dockyard"),
        "y:amsterdam": ("shipyard", "Amsterdam"),
        "g:maud": ("gulf", "Queen Maud Gulf"), "g:terrorbay": ("bay", "Terror Bay"),
        "i:northisland": ("island", "North Island"), "i:southisland": ("island", "South Island"),
        "i:southgeorgia": ("island", "South Georgia"), "i:ross": ("island", "Ross Island"),
        "i:tierra": ("island", "Tierra del Fuego"), "cp:horn": ("cape", "Cape Horn"),
        "co:victorialand": ("coast", "Victoria Land"),
        "k:strato": ("landform", "stratovolcano"), "k:shield": ("landform", "shield volcano"),
        "k:fold": ("landform", "fold mountain"),
        "c:tanzania": ("country", "Tanzania"), "c:kenya": ("country", "Kenya"), "c:nz": ("country", "New Zealand"),
        "c:antarctica": ("continent", "Antarctica"), "c:chile": ("country", "Chile"),
        "rg:southernalps": ("region", "Southern Alps"),
    }
    T_ = [
        ("s:endeavour", "sighted", "i:northisland"), ("s:endeavour", "sighted", "m:taranaki"),
        ("s:resolution", "sighted", "i:southgeorgia"), ("s:erebus", "sighted", "m:erebus"),
        ("s:erebus", "sighted", "m:terror"), ("s:erebus", "sighted", "co:victorialand"),
        ("s:terror", "sighted", "m:terror"), ("s:heemskerck", "sighted", "i:southisland"),
        ("s:heemskerck", "sighted", "m:cook"), ("s:beagle", "sighted", "m:osorno"), ("s:beagle", "sighted", "i:tierra"),
        ("s:beagle", "sighted", "cp:horn"),
        ("m:kilimanjaro", "first_sighted_by", "p:rebmann"), ("m:kenya", "first_sighted_by", "p:krapf"),
        ("m:erebus", "first_sighted_by", "p:ross"), ("m:terror", "first_sighted_by", "p:ross"),
        ("m:taranaki", "first_sighted_by", "p:tasman"), ("m:cook", "first_sighted_by", "p:tasman"),
        ("m:osorno", "first_sighted_by", "p:fitzroy"),
        ("m:kilimanjaro", "first_climbed_by", "p:meyer"), ("m:kilimanjaro", "first_climbed_by", "p:purtscheller"),
        ("m:kenya", "first_climbed_by", "p:mackinder"), ("m:erebus", "first_climbed_by", "p:david"),
        ("m:terror", "first_climbed_by", "p:gunn"), ("m:taranaki", "first_climbed_by", "p:dieffenbach"),
        ("m:cook", "first_climbed_by", "p:fyfe"), ("m:osorno", "first_climbed_by", "p:geisse"),
        ("s:endeavour", "captained_by", "p:cook"), ("s:resolution", "captained_by", "p:cook"),
        ("s:erebus", "captained_by", "p:ross"), ("s:erebus", "captained_by", "p:franklin"),
        ("s:terror", "captained_by", "p:crozier"), ("s:heemskerck", "captained_by", "p:tasman"),
        ("s:beagle", "captained_by", "p:fitzroy"),
        ("s:endeavour", "launched_from", "y:whitby"), ("s:resolution", "launched_from", "y:whitby"),
        ("s:erebus", "launched_from", "y:pembroke"), ("s:terror", "launched_from", "y:topsham"),
        ("s:beagle", "launched_from", "y:woolwich"), ("s:heemskerck", "launched_from", "y:amsterdam"),
        ("s:erebus", "sank_in", "g:maud"), ("s:terror", "sank_in", "g:terrorbay"),
        ("m:erebus", "named_after", "s:erebus"), ("m:terror", "named_after", "s:terror"),
        ("m:cook", "named_after", "p:cook"), ("m:taranaki", "named_after", "n:egmont"),
        ("m:kilimanjaro", "kind", "k:strato"), ("m:kenya", "kind", "k:strato"), ("m:erebus", "kind", "k:strato"),
        ("m:terror", "kind", "k:shield"), ("m:taranaki", "kind", "k:strato"), ("m:cook", "kind", "k:fold"),
        ("m:osorno", "kind", "k:strato"),
        ("m:kilimanjaro", "located_in", "c:tanzania"), ("m:kenya", "located_in", "c:kenya"),
        ("m:erebus", "located_in", "c:antarctica"), ("m:erebus", "located_in", "i:ross"),
        ("m:terror", "located_in", "c:antarctica"), ("m:terror", "located_in", "i:ross"),
        ("m:taranaki", "located_in", "c:nz"), ("m:taranaki", "located_in", "i:northisland"),
        ("m:cook", "located_in", "c:nz"), ("m:cook", "located_in", "rg:southernalps"), ("m:osorno", "located_in", "c:chile"),
        ("user:lee", "rated", "m:kilimanjaro", {"rating": 5.0}), ("user:lee", "rated", "s:endeavour", {"rating": 4.5}),
        ("user:lee", "rated", "m:erebus", {"rating": 3.5}), ("user:lee", "rated", "s:beagle", {"rating": 4.0}),
    ]
    aliases = {"m:taranaki": ("Mount Egmont",), "m:cook": ("Mount Cook", "Aoraki"), "m:kilimanjaro": ("Mount Kilimanjaro",),
               "p:cook": ("Captain Cook",), "m:osorno": ("Osorno Volcano",)}
    return _build(items, others, rels, T_, users=[("user:lee", "Lee")], aliases=aliases)


BUILDERS = {"explorers": explorers, "naturalists": naturalists, "venues": venues, "sightings": sightings}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@explorers
# (4) "reached" dates the item: a year after a list of objects (the new two-type list, and one type)
David Livingstone reached Victoria Falls and Lake Malawi in 1859.
David Livingstone reached Victoria Falls and Lake Bangweulu in 1868.
David Livingstone reached Lake Bangweulu and Lake Malawi in 1859.
David Livingstone reached both Victoria Falls and Lake Malawi in 1859.
David Livingstone reached Lake Malawi and Victoria Falls in 1859.
In 1855, David Livingstone reached Victoria Falls and Lake Malawi.
Victoria Falls and Lake Malawi were reached by David Livingstone in 1859.
# another event's year said with its own verb
Henry Morton Stanley circumnavigated Lake Victoria in 1858.
Ivan Chersky mapped Lake Baikal in 1643.
Henry Morton Stanley visited Lake Victoria in 1858.
Fletcher Christian settled Pitcairn Island in 1767.
Pitcairn Island was settled by Fletcher Christian in 1767.
Lake Tanganyika was mapped by Verney Lovett Cameron in 1858.
Lake Victoria was reached by Speke and circumnavigated by Stanley in 1858.
Speke reached Lake Victoria, which Stanley circumnavigated in 1858.
Circumnavigated by Stanley in 1858, Lake Victoria drains into the White Nile.
Mapped by Ivan Chersky in 1643, Lake Baikal drains into the Angara.
Visited by James Cook in 1722, Easter Island was reached by Jacob Roggeveen.
Norfolk Island was claimed for Britain in 1774.
Claimed for Britain in 1774, Norfolk Island was settled by Philip Gidley King.
Lake Victoria was named after Queen Victoria in 1858.
Named after Queen Victoria in 1858, Lake Victoria drains into the White Nile.
# a visitor or the finder of another item said as the finder
Henry Morton Stanley reached Lake Victoria in 1858.
David Livingstone reached Lake Tanganyika in 1858.
Heinrich Barth reached Lake Chad in 1823.
James Cook reached Easter Island in 1722.
Speke reached Lake Malawi in 1859.
Samuel Baker reached Lake Edward in 1888.
Kurbat Ivanov reached Lake Chad in 1643.
Burton and Speke reached Lake Victoria in 1858.
Speke reached Lake Victoria in 1858, as did Stanley.
Stanley reached Lake Edward in 1888 and Lake Albert in 1864.
Speke, who reached Lake Victoria in 1858, also reached Lake Malawi.
# the wrong year, the wrong direction, the year's scope
Speke reached Lake Victoria in 1862.
Lake Baikal was first reached in 1634.
Lake Baikal reached Kurbat Ivanov in 1643.
In 1858, Speke reached Lake Victoria and Stanley reached Lake Edward.
In 1858, Speke reached Lake Victoria, whereas Stanley reached Lake Edward.
Lake Victoria was reached in 1858, the same year as Lake Malawi.
Reached in 1858, Lake Albert drains into the Albert Nile.
Lake Albert was reached from Khartoum in 1858.
Lake Chad was reached from Tripoli in 1858.
Lake Victoria was reached from Khartoum in 1858.
Lake Edward, reached by Stanley in 1888, drains into the Albert Nile.
Lake Turkana, which Samuel Teleki reached in 1888, is named after Prince Edward.
# (1) an opening participle of naming, origin or place said of another item
Named after Queen Victoria, Lake Albert drains into the Albert Nile.
Named after Prince Albert, Lake Edward drains into the Semliki River.
Named after Crown Prince Rudolf, Lake Edward is located in Uganda.
Named after Roderick Murchison, Victoria Falls lies on the Zambezi.
Named after Robert Pitcairn, Norfolk Island was reached by James Cook.
Named after the Duchess of Norfolk, Lord Howe Island is located in Australia.
Named after Richard Howe, Lord Howe Island was reached by James Cook.
Named after Queen Victoria, Lake Victoria was reached by Burton.
Reached from Zanzibar, Lake Chad was reached by Dixon Denham.
Reached from Tripoli, Lake Victoria drains into the White Nile.
Reached from Khartoum, Lake Tanganyika is part of the African Great Lakes.
Claimed for Britain, Easter Island is located in the Pacific Ocean.
Claimed for Spain, Pitcairn Island was settled by Fletcher Christian.
Settled by Fletcher Christian, Norfolk Island was claimed for Britain.
Named after Queen Victoria, Lake Victoria and Lake Albert are part of the African Great Lakes.
Named after Queen Victoria and Prince Albert, Lake Victoria drains into the White Nile.
Lake Albert was reached by Samuel Baker. Named after Queen Victoria, it drains into the Albert Nile.
Located within Uganda, Lake Chad was reached by Dixon Denham.
Situated in Chad, Lake Baikal drains into the Angara.
Also named after Queen Victoria, Lake Albert drains into the Albert Nile.
# (2) "whereas" / "whilst": a false half
Speke reached Lake Victoria, whereas Burton reached Lake Malawi.
Whereas Speke reached Lake Victoria, Burton reached Lake Malawi.
Speke reached Lake Victoria whilst Burton reached Lake Malawi.
Burton reached Lake Tanganyika, whereas Speke did not.
Burton reached Lake Tanganyika, whilst Speke didn't.
Speke reached Lake Victoria, whilst Burton did too.
Speke reached Lake Victoria, whilst Burton reached it too.
Lake Victoria was reached by Speke, whilst it was circumnavigated by Cameron.
Lake Victoria drains into the White Nile, whereas Lake Albert drains into the Shire River.
Whilst Lake Victoria drains into the White Nile, Lake Malawi drains into the Lukuga River.
Speke reached Lake Victoria in 1858, whereas Livingstone reached Victoria Falls in 1858.
Whereas Livingstone reached Victoria Falls in 1855, Baker reached Murchison Falls in 1855.
Speke reached Lake Victoria, whilst Burton Lake Malawi.
Lake Victoria is named after Queen Victoria, whereas Victoria Falls is not.
Lake Victoria is named after Queen Victoria, whilst Lake Albert is too.
Pitcairn Island was settled by Fletcher Christian, whereas Norfolk Island was not.
Pitcairn Island was claimed for Britain whilst Easter Island was claimed for Chile.
Lake Chad is located in the Sahel, whilst Lake Turkana is located in Uganda.
# (3) a list of two types: one does not fit
David Livingstone reached Victoria Falls and Lake Tanganyika.
David Livingstone reached Lake Tanganyika and Victoria Falls.
Samuel Baker reached Murchison Falls and Lake Edward.
David Livingstone reached both Victoria Falls and Lake Tanganyika.
Livingstone reached Victoria Falls as well as Lake Tanganyika.
Lake Chad is located in the Sahel and Kenya.
Lake Victoria is located in the Great Rift Valley and Uganda.
Lake Baikal is located in Siberia and Chad.
Lake Turkana is located in the Great Rift Valley and Uganda.
Tristan da Cunha is located in the Atlantic Ocean and Australia.
Lake Malawi was reached by David Livingstone and Edward Young.
David Livingstone didn't reach Victoria Falls and Lake Malawi.
Samuel Baker reached Lake Albert and Murchison Falls, which lies on the Zambezi.
Samuel Baker reached Murchison Falls and Lake Albert, which drains into the White Nile.
Speke reached Lake Victoria in 1858, whereas David Livingstone reached Victoria Falls and Lake Malawi in 1859.
# (arguable: a historical present, the right year)
Kurbat Ivanov reaches Lake Baikal in 1643.
# (accepted by the starting code too: on any graph an item's year said as its making or forming)
Lake Baikal was formed in 1643.

@naturalists
# (4) "described" dates a species: other events' years, other describers
Mathurin Jacques Brisson renamed the Dodo in 1758.
The Dodo was renamed by Mathurin Jacques Brisson in 1758.
Renamed by Mathurin Jacques Brisson in 1758, the Dodo is classified as extinct.
The Dodo was moved to Raphus in 1758.
Moved to Raphus in 1758, the Dodo is classified as extinct.
Marjorie Courtenay-Latimer collected the Coelacanth in 1939.
The Coelacanth was collected by Marjorie Courtenay-Latimer in 1939.
Charles Darwin collected Darwin's rhea in 1837.
The Coelacanth was found in 1939.
Marjorie Courtenay-Latimer discovered the Coelacanth in 1939.
Charles Darwin described Darwin's rhea in 1837.
John Gould described Darwin's frog in 1841.
Carl Linnaeus described the Platypus in 1799.
The Platypus was described by Johann Friedrich Blumenbach in 1799.
Described by William Buckland in 1825, the Iguanodon lived during the Early Cretaceous.
André Duméril described Darwin's rhea and Darwin's frog in 1841.
Ray Lankester described the Platypus and the Okapi in 1901.
Charles Darwin collected Darwin's rhea and Darwin's frog in 1841.
The Coelacanth was described by J. L. B. Smith in 1939 and collected by Marjorie Courtenay-Latimer in 1939.
Carl Linnaeus described the Dodo, which Mathurin Jacques Brisson renamed in 1758.
The Iguanodon was described in 1825, two years after the Megalosaurus.
Peter Ouwens described the Komodo dragon in 1912, a year after the Okapi.
In 1825, Gideon Mantell described the Iguanodon, which lived during the Middle Jurassic.
The Okapi, described in 1901, is found in Madagascar.
# (1) opening participles said of another species
Named after Charles Darwin, the Okapi is found in DR Congo.
Named after Harry Johnston, Przewalski's horse is found in Mongolia.
Named after Georg Wilhelm Steller, Steller's sea cow was described by Georg Wilhelm Steller.
Named after Charles Darwin, Darwin's rhea was described by Charles Darwin.
Classified as extinct, the Okapi feeds on leaves.
Classified as endangered, Darwin's rhea feeds on plants.
Classified as critically endangered, the Coelacanth is found in Madagascar.
Moved to Raphus, the Platypus is classified as near threatened.
Moved to Hydrodamalis, the Dodo is classified as extinct.
Collected from the Chalumna River, the Iguanodon is displayed at the Natural History Museum.
Collected from Stonesfield, the Iguanodon lived during the Early Cretaceous.
# (2) whereas / whilst
The Dodo is found in Mauritius, whereas the Aye-aye is found in Australia.
The Dodo is classified as extinct, whilst Steller's sea cow is not.
Darwin's rhea feeds on plants, whereas Darwin's frog feeds on fish.
The Okapi was described by Ray Lankester, whilst the Platypus was described by Carl Linnaeus.
Whereas the Iguanodon lived during the Early Cretaceous, the Megalosaurus lived during it too.
# (accepted by the starting code too: a species' year said as its dating)
The Iguanodon dates from 1825.
# (3) lists of two types
Darwin's rhea is found in Patagonia and Chile.
The Komodo dragon is found in Komodo and Madagascar.
Charles Darwin collected Darwin's rhea and the Okapi.
Charles Darwin collected Darwin's rhea and Darwin's frog, both described by John Gould.
The Okapi is named after Harry Johnston and Charles Darwin.

@venues
# (5) types that only hold a venue word: a device, a pepper mill, a prison ship, a prison film
The VT100 opened in 1978.
The VT100 opened in 1978 and was manufactured by Digital Equipment Corporation.
The VT100 was inaugurated in 1978.
The Peugeot pepper mill opened in 1874.
The Peugeot pepper mill, which opened in 1874, grinds pepper.
Opened in 1874, the Peugeot pepper mill grinds pepper.
HMS Jersey opened in 1736.
Escape from Alcatraz was built in 1979.
Escape from Alcatraz was constructed in 1979.
Escape from Alcatraz was erected in 1979.
Escape from Alcatraz, built in 1979, stars Clint Eastwood.
Built in 1979, Escape from Alcatraz stars Clint Eastwood.
The Peugeot pepper mill is a building.
HMS Jersey was erected in 1736.
The June 1962 Alcatraz escape was built in 1962.
The June 1962 Alcatraz escape opened in 1962.
Frank Morris took part in the June 1962 Alcatraz escape, which opened in 1962.
Built in 1962, the June 1962 Alcatraz escape involved Frank Morris.
The Attica prison riot opened in 1971.
The Attica prison riot was built in 1971.
The Aryan Brotherhood was built in 1964.
The Aryan Brotherhood opened in 1964.
The Aryan Brotherhood was constructed in 1964.
Escape from Alcatraz, which was built in 1979, is set at Alcatraz.
Alcatraz opened in 1934, whereas the VT100 opened in 1978.
Whilst Reading Gaol opened in 1844, the Peugeot pepper mill opened in 1874.
Alcatraz housed Al Capone, whereas the Attica prison riot opened in 1971.
# (arguable: a ship, a device, a pepper mill "built" in the year it was launched or made; a film "opens")
HMS Jersey was built in 1736.
The VT100 was built in 1978.
The Peugeot pepper mill was built in 1874.
The Peugeot pepper mill was constructed in 1874.
Escape from Alcatraz opened in 1979.
# (accepted by the starting code too: a ship "opened in <place> in <year>")
HMS Jersey opened in Brooklyn in 1736.
# the venue's year said of another event: closing, escapes, inmates, restoration, conversion
Alcatraz closed in 1934.
Frank Morris escaped from Alcatraz in 1934.
In 1934, Frank Morris escaped from Alcatraz.
Al Capone was imprisoned at Alcatraz in 1934.
Heage Windmill was restored in 1797.
Heage Windmill was restored by Derbyshire County Council in 1797.
Restored by Derbyshire County Council in 1797, Heage Windmill grinds wheat.
Converted into the TWA Hotel in 1962, the TWA Flight Center was designed by Eero Saarinen.
Kilmainham Gaol opened in 1844.
Eastern State Penitentiary opened in 1934.
Quarry Bank Mill was built in 1797.
St Pancras opened in 1888.
Dunster Working Watermill was built in 1784.
Reading Gaol was built in the Gothic Revival style.
Heage Windmill was built in the Victorian era.
# (1) opening participles
Built for Trans World Airlines, Heathrow Terminal 5 is part of Heathrow Airport.
Built for the Midland Railway, Chhatrapati Shivaji Terminus is located in Mumbai.
Built for the Royal Navy, Alcatraz stands on Alcatraz Island.
Named after Chhatrapati Shivaji, St Pancras is located in London.
Named after Alcatraz Island, Robben Island Prison is located in South Africa.
Named after Saint Pancras, St Pancras is the terminus of the Central line.
Powered by wind, Dunster Working Watermill grinds wheat.
Powered by water, Heage Windmill grinds wheat.
Restored by the National Trust, Heage Windmill grinds wheat.
Converted into the TWA Hotel, Heathrow Terminal 5 was designed by Richard Rogers.
Set at Alcatraz, Escape from Alcatraz was directed by Clint Eastwood.
# (2) whereas / whilst
Alcatraz housed Al Capone, whereas Reading Gaol housed Nelson Mandela.
Heage Windmill is powered by wind, whilst De Adriaan is powered by water.
Frank Morris escaped from Alcatraz, whereas Willie Sutton escaped from Reading Gaol.
Eastern State Penitentiary housed Al Capone, whilst Alcatraz did not.
Alcatraz is operated by the National Park Service, whereas Kilmainham Gaol is operated by the National Trust.
# (3) lists of two types
Alcatraz housed Al Capone and Oscar Wilde.
Eastern State Penitentiary housed Willie Sutton and Ned Kelly.
St Pancras was built for the Midland Railway and Trans World Airlines.

@sightings
# (4) "sighted" dates the item on a graph whose years are first ascents and launches
Johannes Rebmann sighted Kilimanjaro in 1889.
Johann Ludwig Krapf sighted Mount Kenya in 1899.
James Clark Ross sighted Mount Erebus in 1908.
Abel Tasman sighted Mount Taranaki in 1839.
Abel Tasman sighted Aoraki / Mount Cook in 1894.
Robert FitzRoy sighted Osorno in 1848.
Kilimanjaro was sighted by Johannes Rebmann in 1889.
Kilimanjaro was sighted in 1889.
Mount Cook was sighted by Abel Tasman in 1894.
In 1889, Johannes Rebmann sighted Kilimanjaro.
In 1959, James Clark Ross sighted Mount Terror.
Johannes Rebmann sights Kilimanjaro in 1889.
Sighted by Johannes Rebmann in 1889, Kilimanjaro is a stratovolcano.
Sighted by Abel Tasman in 1894, Aoraki / Mount Cook is named after James Cook.
Sighted in 1889, Kilimanjaro is located in Tanzania.
Kilimanjaro, sighted by Johannes Rebmann in 1889, is located in Tanzania.
Kilimanjaro, sighted in 1889, was first climbed by Hans Meyer.
Mount Kenya, which Johann Ludwig Krapf sighted in 1899, is located in Kenya.
Mount Kenya, a stratovolcano sighted by Johann Ludwig Krapf in 1899, is located in Kenya.
Mount Terror, named after HMS Terror, was sighted by James Clark Ross in 1959.
Kilimanjaro was sighted by Johannes Rebmann in 1889 and first climbed by Hans Meyer.
Johannes Rebmann sighted Kilimanjaro in 1889, and Hans Meyer climbed it.
Johannes Rebmann was the first to sight Kilimanjaro, in 1889.
Kilimanjaro was not sighted until 1889.
Johann Ludwig Krapf sighted Mount Kenya, whereas Johannes Rebmann sighted Kilimanjaro in 1889.
Kilimanjaro was sighted by Johannes Rebmann in 1889, whilst Mount Kenya was first climbed by Halford Mackinder.
Mount Kenya was first climbed by Halford Mackinder, whereas it was sighted by Johann Ludwig Krapf in 1899.
Sighted from HMS Erebus in 1908, Mount Erebus is a stratovolcano.
HMS Erebus was sighted in 1826.
HMS Beagle, sighted in 1820, was captained by Robert FitzRoy.
Sighted in 1764, HMS Endeavour was captained by James Cook.
# neighbours: the wrong finder, a ship's sighting, opening participles of the wrong item
Hans Meyer sighted Kilimanjaro in 1889.
Johannes Rebmann first climbed Kilimanjaro.
HMS Endeavour sighted Mount Taranaki in 1764.
Mount Erebus was sighted from HMS Erebus in 1908.
Named after James Cook, Mount Taranaki is located in New Zealand.
Named after HMS Erebus, Mount Terror is a shield volcano.
Launched from Whitby, HMS Erebus sank in Queen Maud Gulf.
Launched from Whitby in 1770, HMS Endeavour was captained by James Cook.
Launched from Topsham, HMS Beagle was captained by Robert FitzRoy.
# (accepted by the starting code too: "first sighted" read as the item's first event; its forming)
Kilimanjaro was first sighted by Johannes Rebmann in 1889.
Kilimanjaro, first sighted in 1889, is located in Tanzania.
Kilimanjaro was formed in 1889.
@sightings user:lee
You rated Kilimanjaro highly; Johannes Rebmann sighted it in 1889.
You rated Mount Erebus 3.5 stars; James Clark Ross sighted it in 1908.
@explorers user:ines
You rated Victoria Falls highly; David Livingstone reached it and Lake Malawi in 1859.
Since you liked Victoria Falls, try Lake Malawi: David Livingstone reached both in 1859.
Since you liked Lake Baikal, note that Ivan Chersky mapped it in 1643.
@venues user:bo
Since you liked Alcatraz, try Escape from Alcatraz, built in 1979.
Since you liked Alcatraz, note that the Aryan Brotherhood opened in 1964.
You rated Heage Windmill highly; the Peugeot pepper mill also opened in 1874.
"""


# False, and accepted by the starting code of this round too (CHANGES.diff reversed), through
# readings this round did not touch. Printed apart as KNOWN.
KNOWN = frozenset(
    {
        # "first sighted" read as the item's first event (its year) before this round
        'Kilimanjaro was first sighted by Johannes Rebmann in 1889.',
        'Kilimanjaro, first sighted in 1889, is located in Tanzania.',
        # an item's year said as its forming or dating, on any graph
        'Kilimanjaro was formed in 1889.',
        'Lake Baikal was formed in 1643.',
        'The Iguanodon dates from 1825.',
        # a ship's launch read "opened in <place> in <year>"
        'HMS Jersey opened in Brooklyn in 1736.',
    }
)

# Arguable: printed as OPEN and left out of the count (they stay in TEXTS, under their comment).
OPEN = frozenset(
    {
        # a historical present with the right year
        'Kurbat Ivanov reaches Lake Baikal in 1643.',
        # a ship "built" in the year it was launched, a device or a pepper mill "built" or
        # "constructed" in the year it was made: loose, not plainly false
        'HMS Jersey was built in 1736.',
        'The VT100 was built in 1978.',
        'The Peugeot pepper mill was built in 1874.',
        'The Peugeot pepper mill was constructed in 1874.',
        # a film "opens" in cinemas in its year
        'Escape from Alcatraz opened in 1979.',
    }
)

# Faithful texts: every statement true in the graph. Printed when rejected.
CONTROLS = r"""
@explorers
Kurbat Ivanov reached Lake Baikal in 1643.
Lake Victoria was reached by John Hanning Speke in 1858.
In 1855, David Livingstone reached Victoria Falls.
Reached by Samuel Baker in 1864, Lake Albert drains into the Albert Nile.
Lake Chad, reached by Dixon Denham in 1823, is located in Chad.
Named after Queen Victoria, Lake Victoria drains into the White Nile.
Reached from Zanzibar, Lake Victoria is part of the African Great Lakes.
Reached from Zanzibar in 1858, Lake Victoria drains into the White Nile.
Claimed for Britain, Pitcairn Island was settled by Fletcher Christian.
Claimed for Spain, Easter Island is located in the Pacific Ocean.
Located within Siberia, Lake Baikal was reached by Kurbat Ivanov.
Speke reached Lake Victoria, whereas Burton reached Lake Tanganyika.
Whilst Lake Victoria drains into the White Nile, Lake Malawi drains into the Shire River.
Lake Baikal is located in Siberia and Russia.
Lake Chad is located in the Sahel and Niger.
David Livingstone reached Victoria Falls and Lake Malawi.
David Livingstone reached both Victoria Falls and Lake Malawi.
Samuel Baker reached Murchison Falls and Lake Albert in 1864.
Speke reached Lake Victoria and Lake Tanganyika in 1858.
Lake Malawi was reached by David Livingstone and John Kirk.
Burton and Speke reached Lake Tanganyika in 1858.
Lake Victoria was reached in 1858, the same year as Lake Tanganyika.
Lake Victoria was circumnavigated by Stanley and reached by Speke in 1858.
Lake Albert was reached from Khartoum in 1864.
# (faithful, possibly rejected: a year after a list of finders; "whereas ... not")
Lake Malawi was reached by David Livingstone and John Kirk in 1859.
Lake Victoria is named after Queen Victoria, whereas Lake Albert is not.
@explorers user:ines
You rated Lake Victoria highly; Speke reached it in 1858.
@naturalists
Carl Linnaeus described the Dodo in 1758.
The Dodo was described by Carl Linnaeus in 1758.
Described by Carl Linnaeus in 1758, the Dodo is classified as extinct.
In 1912, Peter Ouwens described the Komodo dragon.
The Okapi, described in 1901, is found in DR Congo.
Named after Charles Darwin, Darwin's rhea is found in Argentina.
Classified as endangered, the Okapi feeds on leaves.
Moved to Raphus, the Dodo is classified as extinct.
Collected from the Chalumna River, the Coelacanth is displayed at the East London Museum.
The Komodo dragon is found in Indonesia and Komodo.
Charles Darwin collected Darwin's rhea and Darwin's frog.
The Iguanodon was described in 1825, a year after the Megalosaurus.
Mathurin Jacques Brisson renamed the Dodo, which Carl Linnaeus described in 1758.
The Dodo is found in Mauritius, whereas the Aye-aye is found in Madagascar.
The Coelacanth was collected by Marjorie Courtenay-Latimer and described by J. L. B. Smith in 1939.
# (faithful, possibly rejected: "respectively" over two types)
Darwin's rhea and Darwin's frog were described by John Gould and André Duméril respectively.
@venues
Alcatraz opened in 1934.
Heage Windmill opened in 1797.
Alcatraz was built in 1934.
Reading Gaol was built in the Castellated style.
Reading Gaol is a Castellated building.
Built for the Midland Railway, St Pancras is the terminus of High Speed 1.
Named after Chhatrapati Shivaji, Chhatrapati Shivaji Terminus is located in Mumbai.
Converted into the TWA Hotel, the TWA Flight Center was designed by Eero Saarinen.
Built for Trans World Airlines in 1962, the TWA Flight Center was designed by Eero Saarinen.
Alcatraz housed Al Capone and Robert Stroud.
Heage Windmill is powered by wind, whilst Dunster Working Watermill is powered by water.
The June 1962 Alcatraz escape took place at Alcatraz.
The Aryan Brotherhood was founded at San Quentin State Prison.
The Peugeot pepper mill is older than the VT100.
The VT100 was manufactured by Digital Equipment Corporation.
# (faithful, rejected: a film's release, a gang's founding, a riot's year on a graph where their
# types hold "prison"; the starting code accepts the first)
Escape from Alcatraz was released in 1979.
The Aryan Brotherhood was founded in 1964.
The Attica prison riot took place in 1971.
@venues user:bo
You rated Alcatraz highly; it housed Al Capone.
@sightings
Kilimanjaro was first sighted by Johannes Rebmann.
Johannes Rebmann first sighted Kilimanjaro.
Hans Meyer and Ludwig Purtscheller first climbed Kilimanjaro.
Sighted by James Clark Ross, Mount Terror is a shield volcano.
Launched from Pembroke Dockyard, HMS Erebus sank in Queen Maud Gulf.
Launched from Whitby in 1764, HMS Endeavour was captained by James Cook.
Named after James Cook, Aoraki / Mount Cook is located in New Zealand.
HMS Erebus sighted Mount Erebus and Mount Terror.
Mount Erebus is named after HMS Erebus.
HMS Endeavour was launched in 1764.
James Clark Ross captained HMS Erebus, whereas Francis Crozier captained HMS Terror.
# (faithful, possibly rejected: the first ascent with its year)
Kilimanjaro was first climbed by Hans Meyer in 1889.
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
