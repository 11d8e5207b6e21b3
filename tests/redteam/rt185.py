"""Red team round 185 on the readings of CHANGES.diff: (1) items of common-noun kinds named in
lower case, species and breeds in the plural; (2) an animal's one habitat relation ("is native to")
read as "lives in / roams / is found in / inhabits" and, from the place, "shelters"; (3) "feeds on"
as "eats / preys on / hunts / lives on"; (4) "belongs to (the ...)" as "is a member of / are
members of"; (5) "was built / made for" as "was designed / created / made for", and "for" in
CHAINED ("was designed by X for Y"); (6) a building "was built / constructed in" the place it "is
located in"; (7) "create" as "invent"; (8) "You enjoyed X, which, like Y, <predicate>" after a
user's claim; (9) a year after words set off by commas right after the subject, and "X, like Y,
was released in 1960 by Z" checked on both; (10) the editing-room and director's-chair idioms of
the example graph, and "home / residence / building", "species", "drink" for house, bird, spirit.

Graphs: the shipped example graph (MovieLens films; user 474 rated Jaws, Vertigo, Psycho (1960),
The Birds, Jurassic Park, Lifeboat, Strangers on a Train 4.5, Rebecca and Schindler's List 5, Hook,
E.T., Raiders 4, Family Plot, Frenzy, Topaz 3, The Lost World 1; Psycho is also the 1998 remake)
and six of my own (see each builder's docstring): birds and mammals with six place relations
(native, introduced, migrates to, went extinct in, national bird, parks that are home to them),
diet, hunters, families and describers; houses and moved buildings (architect, client "was built
for", builder, location now, "was moved from", owner "belongs to", style); moved obelisks, a
statue and a bridge (none a building: "stands in", "was made for" a pharaoh, "was made in");
cocktails, spirits, desserts, cakes, breads, cheeses, dishes (creator "was created by", "was made
for", namesake, popularizer, origin); stage roles "created" by the actor who first played them;
hospitals with founders and founding years, located in districts (the Evelina in St Thomas'
Hospital, an item) and affiliated with universities (items with their own years).

Findings (85 of 509 false texts accepted; 21 arguable texts are OPEN):

* (2) 18: "is native to" is a range, not a present: the graph's native range keeps places where
  the animal "went extinct in" ("The dodo lives in Mauritius", "... is found in", "... inhabits",
  "Mauritius shelters the dodo", "Dodos live / can be found in Mauritius", "The moa lives in /
  thrives in New Zealand", "Moas roam New Zealand", "New Zealand shelters the moa", "Gray wolves
  roam / wander Britain", "Britain shelters the gray wolf", "Grizzly bears roam / inhabit
  California", "California shelters the grizzly bear", "The grizzly bear is found in California").
  The reading never looks at the graph's "went extinct in" edge between the same two nodes.
* (6) 17: "standing" checks that the subjects' TYPES are buildings, not that the building never
  moved: every building that was taken down and put up again elsewhere "was built / constructed
  in" where it stands now ("The Temple of Dendur was built in New York City", "The Temple of Debod
  was built in Madrid", "St. Mary Aldermanbury was built in Fulton", "The Monastery of St. Bernard
  de Clairvaux was built in North Miami Beach", "Agecroft Hall was built in Richmond", with
  "constructed"; the bare participle "The Temple of Dendur, built in New York City, belongs to the
  Metropolitan Museum of Art"; "... was designed by Christopher Wren and built in Fulton"; and with
  reading 5's chained "for": "Agecroft Hall was built in Richmond for the Langley family"). The
  graph says so ("was moved from" Nubia / London / Sacramenia / Lancashire). The faithful
  "Agecroft Hall was built in Lancashire" and "The Temple of Dendur was built in Nubia" are
  rejected (controls).
* (4) 11: "belongs to" of an owner is read "is a member of": a house is "a member of" its owner
  ("Fallingwater is a member of the Western Pennsylvania Conservancy", "Robie House is a member of
  the University of Chicago", "The Temple of Dendur is a member of the Metropolitan Museum of Art",
  "Villa Tugendhat is a member of the City of Brno", "St. Mary Aldermanbury is a member of
  Westminster College", "Farnsworth House and the Glass House are members of the National Trust
  for Historic Preservation", ...). The _inflect rule needs no family or group in the phrase:
  a bare "belongs to" qualifies (len(rest) <= 3).
* (7) 17: "create" -> "invent" for every "was created by", including a stage role "created" by
  the actor who first played it ("Mrs Patrick Campbell invented Eliza Doolittle", "Richard Burbage
  invented Prince Hamlet", "Lee J. Cobb invented Willy Loman", "Prince Hamlet was invented by
  Richard Burbage", "Eliza Doolittle, invented by Mrs Patrick Campbell, appears in Pygmalion"); the
  older synonyms do the same ("Marlon Brando came up with Stanley Kowalski", "Ethel Merman devised
  Mama Rose", "Herbert Beerbohm Tree came up with / devised Henry Higgins").
* (8) 22: after a user's claim on a LIST ("You enjoyed A and B, which, like C, were ..."), the
  relative's predicate is checked on the last name (B) and the compared one (C) only: A is left
  unchecked, while plural "were" says it of A too ("You enjoyed Jaws and Vertigo, which, like
  Psycho, were directed by Alfred Hitchcock", "... were produced by", "... were released by
  Paramount Pictures", "You enjoyed Hook and Psycho, which, like Vertigo, have music by Bernard
  Herrmann", "You enjoyed Vertigo and Jaws, which, like Jurassic Park, were directed by Steven
  Spielberg", "You enjoyed Jaws, Rebecca and Vertigo, which, like Psycho, ...", "You loved
  Fallingwater and Villa Savoye, which, like Villa Stein, were designed by Le Corbusier", "You
  loved Fallingwater and Villa Savoye, which, like Villa Stein, are in the International Style").
  The same holds without a user (the older reading, self.spec None): "Try Jaws and Vertigo, which,
  like Psycho, were directed by Alfred Hitchcock", "Watch Schindler's List and Vertigo, ...".
  The user's claim on A is checked ("You enjoyed Family Plot and Vertigo, ..." is rejected).

Held: (1) lower-case names and plurals (wrong facts of "kakapos", "common starlings", "a negroni",
"the bellini", "stilton", "the sidecar originated in manhattan"; "Negronis" is no form: a cocktail
is no kind named in the plural); (2) migrants, introduced animals and parks read as such ("The
Arctic tern is native to Antarctica", "The stoat roams New Zealand" rejected), direction swaps,
negation, "no longer", "used to", "only", lists, "like", non-animal subjects; (3) direction
swaps ("Kiwis hunt stoats", "Carrion eats the Andean condor"), "hunted" of the hunters' relation
said by the bird, wrong foods, negation, "only", "stopped eating"; (4) the family relation, its
tense ("was a member"), negation, direction; (5) every "for" sentence: another client, the owner,
the place, the namesake, a swapped designer, a list or "like" before the verb, the year chain
("Fallingwater was designed in 1910 for ..."), relatives, active verbs, and on the films (no cue
"directed for" there: "Jaws was directed by Steven Spielberg for Paramount Pictures", "Bill Butler
handled the camera on Jaws for Michael Mann"); (6) non-buildings ("Cleopatra's Needle was built in
London", "London Bridge was constructed in Lake Havasu City"), wrong years and styles after "built
in"; (7) namesakes, popularizers, later actors and playwrights are not inventors; (9) every
set-off text: wrong years, the set-off item's own year ("Evelina London Children's Hospital, in St
Thomas' Hospital, was founded in 1173", "Boston Children's Hospital, affiliated with Harvard
University, was founded in 1636"), plural subjects, "like", "unlike", "not", the two Psychos; (10)
the idioms with the wrong person, "and", negation, a wrong film, a year; "species", "drink",
"home", "residence", "building" of the wrong kind or with a wrong fact.

Controls rejected (15 of 103): "Swifts are eaten by peregrine falcons." ("is eaten by" is no
form of "feeds on"); "The kakapo is a bird species."; "You enjoyed the kakapo, which, like the
kiwi, lives in New Zealand." ("like the": the reading wants "which, like" and a name, no
article); "Le Corbusier designed Villa Savoye for Pierre Savoye." (the active verb takes no
"for"); "Villa Savoye was built in the International Style." (the style relation is "is in the
style"); "Agecroft Hall was built in Lancashire." and "The Temple of Dendur was built in Nubia."
(where a moved building was built is read as where it is); "Negronis contain Campari."; "You
enjoyed Negroni, which, like Manhattan, contains vermouth." (nothing_shared); "Henry Higgins was
later played by Rex Harrison." ("later" read as a number); "Great Ormond Street Hospital, a
children's hospital, was founded in 1852 by Charles West." (the diff's own example shape: the type
"children's hospital" is not read); "Evelina London Children's Hospital, in St Thomas' Hospital,
was founded in 1869 by ..." and "Boston Children's Hospital, affiliated with Harvard University,
was founded in 1869 by ..." (the year is checked on the set-off item, St Thomas' 1173 / Harvard
1636, not on the subject: an item before ", was" keeps the old owner); "Heat, a crime film, was
released in 1995 by Warner Bros." (a set-off noun phrase that ends in no name); "Steven Spielberg
was in the director's chair for Jaws in 1975." (no year after the new idiom).
"""

import os
import sys

if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items, others, rels, triples, users=(), aliases=None):
    aliases = dict(aliases or {})
    ents = [E(k, kind="item", type=t, label=n, aliases=aliases.get(k, ()),
              attrs={"year": y} if y is not None else {})
            for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n, aliases=aliases.get(k, ())) for k, (t, n) in others.items()]
    ents += [E(k, kind="user", type="user", label=n) for k, n in users]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def _t(rel, pairs):
    """Triples of one relation from (head, tail) pairs."""
    return [(h, rel, t) for h, t in pairs]


def _r(user, ratings):
    """A user's ratings from (item, stars) pairs."""
    return [(user, "rated", i, {"rating": float(s)}) for i, s in ratings]


def movies():
    """The shipped example graph (MovieLens films, DBpedia credits, user ratings and tags)."""
    return kgx.KnowledgeGraph.example()


def birds():
    """Birds and a few mammals (items typed "bird" / "mammal", lower-case common names) with six
    relations to places: "is native to" (the one habitat relation, reading 2), "was introduced to"
    (the starling, the house sparrow, the possum, the stoat where they are not native), "migrates
    to" (the Arctic tern to Antarctica, the osprey to Africa), "went extinct in" (the great bustard
    in Britain, the California condor in Mexico, the dodo in Mauritius), "is the national bird of"
    (the kiwi, the bald eagle, the Andean condor, the wild turkey of nowhere), and national parks
    that are "home to" animals (a second place relation, park -> animal: "Fiordland National Park
    is home to the takahe"). Diet "feeds on" (reading 3: "eats", "preys on", "hunts", "lives on"),
    peoples who "hunted" birds ("was hunted by": the Maori hunted the kakapo and the moa), the
    family "belongs to the family" (reading 4: "is a member of"), naturalists who "first described"
    a species. Lee rated the kakapo 5, the kea 2, the kiwi 4.5."""
    rels = [
        R("native_to", phrase="is native to", inverse_phrase="is the native range of", domain=("bird", "mammal"),
          range=("region",)),
        R("introduced_to", phrase="was introduced to", inverse_phrase="received", domain=("bird", "mammal"),
          range=("region",)),
        R("migrates_to", phrase="migrates to", inverse_phrase="is the winter range of", domain=("bird",),
          range=("region",)),
        R("extinct_in", phrase="went extinct in", inverse_phrase="lost", domain=("bird", "mammal"),
          range=("region",)),
        R("national_bird", phrase="is the national bird of", inverse_phrase="has the national bird",
          domain=("bird",), range=("region",)),
        R("park_home", phrase="is home to", inverse_phrase="lives in the park", domain=("national park",),
          range=("bird", "mammal")),
        R("feeds_on", phrase="feeds on", inverse_phrase="is food for", domain=("bird", "mammal"),
          range=("food", "bird", "mammal")),
        R("hunted_by", phrase="was hunted by", inverse_phrase="hunted", domain=("bird", "mammal"),
          range=("people",)),
        R("family", phrase="belongs to the family", inverse_phrase="includes", domain=("bird", "mammal"),
          range=("family",)),
        R("described_by", phrase="was first described by", inverse_phrase="first described",
          domain=("bird", "mammal"), range=("naturalist",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {"b:kakapo": ("bird", "Kakapo", None), "b:kea": ("bird", "Kea", None), "b:kiwi": ("bird", "Kiwi", None),
             "b:takahe": ("bird", "Takahe", None), "b:moa": ("bird", "Moa", None),
             "b:condor": ("bird", "Andean condor", None), "b:calcondor": ("bird", "California condor", None),
             "b:eagle": ("bird", "Bald eagle", None), "b:osprey": ("bird", "Osprey", None),
             "b:tern": ("bird", "Arctic tern", None), "b:starling": ("bird", "Common starling", None),
             "b:sparrow": ("bird", "House sparrow", None), "b:robin": ("bird", "Robin", None),
             "b:swift": ("bird", "Swift", None), "b:turkey": ("bird", "Wild turkey", None),
             "b:dodo": ("bird", "Dodo", None), "b:bustard": ("bird", "Great bustard", None),
             "b:peregrine": ("bird", "Peregrine falcon", None),
             "m:stoat": ("mammal", "Stoat", None), "m:possum": ("mammal", "Common brushtail possum", None),
             "m:koala": ("mammal", "Koala", None), "m:wolf": ("mammal", "Gray wolf", None),
             "m:grizzly": ("mammal", "Grizzly bear", None)}
    others = {
        "r:nz": ("region", "New Zealand"), "r:aus": ("region", "Australia"), "r:na": ("region", "North America"),
        "r:us": ("region", "United States"), "r:andes": ("region", "Andes"), "r:cal": ("region", "California"),
        "r:mexico": ("region", "Mexico"), "r:chile": ("region", "Chile"), "r:bolivia": ("region", "Bolivia"),
        "r:europe": ("region", "Europe"), "r:africa": ("region", "Africa"), "r:arctic": ("region", "Arctic"),
        "r:antarctica": ("region", "Antarctica"), "r:mauritius": ("region", "Mauritius"), "r:spain": ("region", "Spain"),
        "r:britain": ("region", "Britain"), "r:asia": ("region", "Asia"), "r:scotland": ("region", "Scotland"),
        "k:fiordland": ("national park", "Fiordland National Park"), "k:arthurs": ("national park", "Arthur's Pass National Park"),
        "k:yellowstone": ("national park", "Yellowstone National Park"), "k:torres": ("national park", "Torres del Paine National Park"),
        "k:cairngorms": ("national park", "Cairngorms National Park"),
        "f:carrion": ("food", "carrion"), "f:fish": ("food", "fish"), "f:insects": ("food", "insects"),
        "f:fruit": ("food", "fruit"), "f:seeds": ("food", "seeds"), "f:worms": ("food", "earthworms"),
        "f:grass": ("food", "tussock grass"), "f:leaves": ("food", "eucalyptus leaves"), "f:elk": ("food", "elk"),
        "f:salmon": ("food", "salmon"), "f:pigeons": ("food", "pigeons"),
        "p:maori": ("people", "Maori"), "p:dutch": ("people", "Dutch sailors"), "p:settlers": ("people", "American settlers"),
        "y:strigopidae": ("family", "Strigopidae"), "y:nestoridae": ("family", "Nestoridae"),
        "y:apterygidae": ("family", "Apterygidae"), "y:rallidae": ("family", "Rallidae"),
        "y:cathartidae": ("family", "Cathartidae"), "y:accipitridae": ("family", "Accipitridae"),
        "y:pandionidae": ("family", "Pandionidae"), "y:laridae": ("family", "Laridae"),
        "y:sturnidae": ("family", "Sturnidae"), "y:passeridae": ("family", "Passeridae"),
        "y:muscicapidae": ("family", "Muscicapidae"), "y:apodidae": ("family", "Apodidae"),
        "y:phasianidae": ("family", "Phasianidae"), "y:columbidae": ("family", "Columbidae"),
        "y:otididae": ("family", "Otididae"), "y:falconidae": ("family", "Falconidae"),
        "y:mustelidae": ("family", "Mustelidae"), "y:phalangeridae": ("family", "Phalangeridae"),
        "y:phascolarctidae": ("family", "Phascolarctidae"), "y:canidae": ("family", "Canidae"),
        "y:ursidae": ("family", "Ursidae"), "y:dinornithidae": ("family", "Dinornithidae"),
        "n:gray": ("naturalist", "George Robert Gray"), "n:gould": ("naturalist", "John Gould"),
        "n:linnaeus": ("naturalist", "Carl Linnaeus"), "n:pontoppidan": ("naturalist", "Erik Pontoppidan"),
        "n:owen": ("naturalist", "Richard Owen"), "n:tunstall": ("naturalist", "Marmaduke Tunstall"),
    }
    T_ = _t("native_to", [("b:kakapo", "r:nz"), ("b:kea", "r:nz"), ("b:kiwi", "r:nz"), ("b:takahe", "r:nz"),
                          ("b:moa", "r:nz"), ("b:condor", "r:andes"), ("b:condor", "r:chile"), ("b:condor", "r:bolivia"),
                          ("b:calcondor", "r:cal"), ("b:eagle", "r:na"), ("b:eagle", "r:us"), ("b:osprey", "r:europe"),
                          ("b:osprey", "r:na"), ("b:osprey", "r:scotland"), ("b:tern", "r:arctic"),
                          ("b:starling", "r:europe"), ("b:sparrow", "r:europe"), ("b:sparrow", "r:asia"),
                          ("b:robin", "r:europe"), ("b:robin", "r:britain"), ("b:swift", "r:europe"),
                          ("b:turkey", "r:na"), ("b:turkey", "r:us"), ("b:dodo", "r:mauritius"), ("b:bustard", "r:spain"),
                          ("b:bustard", "r:britain"), ("b:peregrine", "r:europe"), ("b:peregrine", "r:na"),
                          ("m:stoat", "r:europe"), ("m:stoat", "r:britain"), ("m:possum", "r:aus"), ("m:koala", "r:aus"),
                          ("m:wolf", "r:na"), ("m:wolf", "r:europe"), ("m:wolf", "r:britain"), ("m:grizzly", "r:na"),
                          ("m:grizzly", "r:cal")])
    T_ += _t("introduced_to", [("b:starling", "r:na"), ("b:starling", "r:nz"), ("b:sparrow", "r:na"),
                               ("b:sparrow", "r:aus"), ("m:stoat", "r:nz"), ("m:possum", "r:nz"), ("b:turkey", "r:nz")])
    T_ += _t("migrates_to", [("b:tern", "r:antarctica"), ("b:osprey", "r:africa"), ("b:swift", "r:africa")])
    T_ += _t("extinct_in", [("b:bustard", "r:britain"), ("b:calcondor", "r:mexico"), ("b:dodo", "r:mauritius"),
                            ("b:moa", "r:nz"), ("m:wolf", "r:britain"), ("m:grizzly", "r:cal")])
    T_ += _t("national_bird", [("b:kiwi", "r:nz"), ("b:eagle", "r:us"), ("b:condor", "r:chile"),
                               ("b:condor", "r:bolivia"), ("b:robin", "r:britain")])
    T_ += _t("park_home", [("k:fiordland", "b:takahe"), ("k:fiordland", "b:kea"), ("k:arthurs", "b:kea"),
                           ("k:yellowstone", "m:wolf"), ("k:yellowstone", "m:grizzly"), ("k:yellowstone", "b:eagle"),
                           ("k:torres", "b:condor"), ("k:cairngorms", "b:osprey")])
    T_ += _t("feeds_on", [("b:kakapo", "f:fruit"), ("b:kea", "f:insects"), ("b:kea", "f:fruit"), ("b:kiwi", "f:worms"),
                          ("b:kiwi", "f:insects"), ("b:takahe", "f:grass"), ("b:moa", "f:fruit"),
                          ("b:condor", "f:carrion"), ("b:calcondor", "f:carrion"), ("b:eagle", "f:fish"),
                          ("b:eagle", "f:carrion"), ("b:osprey", "f:fish"), ("b:tern", "f:fish"),
                          ("b:starling", "f:insects"), ("b:sparrow", "f:seeds"), ("b:robin", "f:worms"),
                          ("b:robin", "f:insects"), ("b:swift", "f:insects"), ("b:turkey", "f:seeds"),
                          ("b:dodo", "f:fruit"), ("b:bustard", "f:seeds"), ("b:peregrine", "f:pigeons"),
                          ("b:peregrine", "b:swift"), ("m:stoat", "b:kiwi"), ("m:stoat", "b:kakapo"),
                          ("m:possum", "f:leaves"), ("m:koala", "f:leaves"), ("m:wolf", "f:elk"),
                          ("m:grizzly", "f:salmon"), ("m:grizzly", "f:elk")])
    T_ += _t("hunted_by", [("b:kakapo", "p:maori"), ("b:moa", "p:maori"), ("b:dodo", "p:dutch"),
                           ("b:turkey", "p:settlers"), ("m:wolf", "p:settlers")])
    T_ += _t("family", [("b:kakapo", "y:strigopidae"), ("b:kea", "y:nestoridae"), ("b:kiwi", "y:apterygidae"),
                        ("b:takahe", "y:rallidae"), ("b:moa", "y:dinornithidae"), ("b:condor", "y:cathartidae"),
                        ("b:calcondor", "y:cathartidae"), ("b:eagle", "y:accipitridae"), ("b:osprey", "y:pandionidae"),
                        ("b:tern", "y:laridae"), ("b:starling", "y:sturnidae"), ("b:sparrow", "y:passeridae"),
                        ("b:robin", "y:muscicapidae"), ("b:swift", "y:apodidae"), ("b:turkey", "y:phasianidae"),
                        ("b:dodo", "y:columbidae"), ("b:bustard", "y:otididae"), ("b:peregrine", "y:falconidae"),
                        ("m:stoat", "y:mustelidae"), ("m:possum", "y:phalangeridae"), ("m:koala", "y:phascolarctidae"),
                        ("m:wolf", "y:canidae"), ("m:grizzly", "y:ursidae")])
    T_ += _t("described_by", [("b:kakapo", "n:gray"), ("b:kea", "n:gould"), ("b:condor", "n:linnaeus"),
                              ("b:eagle", "n:linnaeus"), ("b:osprey", "n:linnaeus"), ("b:tern", "n:pontoppidan"),
                              ("b:dodo", "n:linnaeus"), ("b:moa", "n:owen"), ("b:peregrine", "n:tunstall"),
                              ("b:takahe", "n:owen")])
    T_ += _r("user:lee", [("b:kakapo", 5), ("b:kea", 2), ("b:kiwi", 4.5)])
    return _build(items, others, rels, T_, users=[("user:lee", "Lee")])



def buildings():
    """Houses (the villas too are typed "house", so that "was built for" also reads "was designed
    for"), a manor house and moved buildings (all typed with building words: "house", "manor
    house", "temple", "church", "monastery"; the year each was completed) with an architect ("was
    designed by"), a client ("was built for": reading 5, declared for houses only), the builder
    ("was built by"), where each stands now ("is located in": reading 6's "was built in"), where a moved one
    stood before ("was moved from": the Temple of Dendur from Nubia to New York City, the Temple of
    Debod from Nubia to Madrid, St. Mary Aldermanbury from London to Fulton, the Monastery of St.
    Bernard de Clairvaux from Sacramenia to North Miami Beach, Agecroft Hall from Lancashire to
    Richmond; Virginia House was built in Richmond from the stones of Warwick Priory, "was built
    from"), its owner ("belongs to": reading 4's "is a member of") and its style ("is in the
    style"). Ana rated Fallingwater 5, Villa Savoye 4.5, Robie House 2."""
    rels = [
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("house", "manor house",
          "temple", "church", "monastery"), range=("architect",)),
        R("built_for", phrase="was built for", inverse_phrase="was the client of", domain=("house", "manor house"),
          range=("person", "family")),
        R("built_by", phrase="was built by", inverse_phrase="built", domain=("house", "manor house",
          "temple", "church", "monastery"), range=("builder",)),
        R("located_in", phrase="is located in", inverse_phrase="is the location of", domain=("house",
          "manor house", "temple", "church", "monastery"), range=("city", "region")),
        R("moved_from", phrase="was moved from", inverse_phrase="lost", domain=("house", "manor house",
          "temple", "church", "monastery"), range=("city", "region")),
        R("built_from", phrase="was built from the ruins of", inverse_phrase="gave its stones to",
          domain=("house",), range=("ruin",)),
        R("belongs_to", phrase="belongs to", inverse_phrase="owns", domain=("house", "manor house",
          "temple", "church", "monastery"), range=("organisation", "person")),
        R("style", phrase="is in the style", inverse_phrase="is the style of", domain=("house",
          "manor house", "temple", "church", "monastery"), range=("architectural style",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {"h:savoye": ("house", "Villa Savoye", 1931), "h:stein": ("house", "Villa Stein", 1928),
             "h:tugendhat": ("house", "Villa Tugendhat", 1930), "h:falling": ("house", "Fallingwater", 1937),
             "h:robie": ("house", "Robie House", 1910), "h:farnsworth": ("house", "Farnsworth House", 1951),
             "h:glass": ("house", "Glass House", 1949), "h:virginia": ("house", "Virginia House", 1929),
             "h:agecroft": ("manor house", "Agecroft Hall", 1500), "h:dendur": ("temple", "Temple of Dendur", -10),
             "h:debod": ("temple", "Temple of Debod", -180), "h:aldermanbury": ("church", "St. Mary Aldermanbury", 1677),
             "h:clairvaux": ("monastery", "Monastery of St. Bernard de Clairvaux", 1141)}
    others = {
        "a:corbusier": ("architect", "Le Corbusier"), "a:jeanneret": ("architect", "Pierre Jeanneret"),
        "a:wright": ("architect", "Frank Lloyd Wright"), "a:mies": ("architect", "Ludwig Mies van der Rohe"),
        "a:johnson": ("architect", "Philip Johnson"), "a:wren": ("architect", "Christopher Wren"),
        "a:morse": ("architect", "Henry Grant Morse"),
        "c:psavoye": ("person", "Pierre Savoye"), "c:mstein": ("person", "Michael Stein"),
        "c:tugendhat": ("person", "Fritz Tugendhat"), "c:kaufmann": ("person", "Edgar J. Kaufmann"),
        "c:robie": ("person", "Frederick C. Robie"), "c:farnsworth": ("person", "Edith Farnsworth"),
        "c:pjohnson": ("person", "Philip Johnson"), "c:weddell": ("person", "Alexander Weddell"),
        "c:langley": ("family", "Langley family"),
        "b:hall": ("builder", "Walter J. Hall"), "b:miller": ("builder", "H. B. Barnard Company"),
        "y:poissy": ("city", "Poissy"), "y:garches": ("city", "Garches"), "y:brno": ("city", "Brno"),
        "y:millrun": ("city", "Mill Run"), "y:chicago": ("city", "Chicago"), "y:plano": ("city", "Plano"),
        "y:canaan": ("city", "New Canaan"), "y:richmond": ("city", "Richmond"), "y:nyc": ("city", "New York City"),
        "y:madrid": ("city", "Madrid"), "y:fulton": ("city", "Fulton"), "y:miami": ("city", "North Miami Beach"),
        "y:london": ("city", "London"), "y:sacramenia": ("city", "Sacramenia"), "y:lancashire": ("region", "Lancashire"),
        "y:nubia": ("region", "Nubia"), "y:warwick": ("city", "Warwick"),
        "r:priory": ("ruin", "Warwick Priory"),
        "o:cmn": ("organisation", "Centre des monuments nationaux"), "o:wpc": ("organisation", "Western Pennsylvania Conservancy"),
        "o:uchicago": ("organisation", "University of Chicago"), "o:brno": ("organisation", "City of Brno"),
        "o:ntrust": ("organisation", "National Trust for Historic Preservation"),
        "o:met": ("organisation", "Metropolitan Museum of Art"), "o:madrid": ("organisation", "City Council of Madrid"),
        "o:westminster": ("organisation", "Westminster College"), "o:episcopal": ("organisation", "Episcopal Church"),
        "o:vhs": ("organisation", "Virginia Historical Society"), "o:agecroft": ("organisation", "Agecroft Association"),
        "s:intl": ("architectural style", "International Style"), "s:prairie": ("architectural style", "Prairie School"),
        "s:organic": ("architectural style", "organic architecture"), "s:tudor": ("architectural style", "Tudor architecture"),
        "s:baroque": ("architectural style", "English Baroque"), "s:romanesque": ("architectural style", "Romanesque architecture"),
        "s:egyptian": ("architectural style", "Egyptian architecture"),
    }
    T_ = _t("designed_by", [("h:savoye", "a:corbusier"), ("h:savoye", "a:jeanneret"), ("h:stein", "a:corbusier"),
                            ("h:stein", "a:jeanneret"), ("h:tugendhat", "a:mies"), ("h:falling", "a:wright"),
                            ("h:robie", "a:wright"), ("h:farnsworth", "a:mies"), ("h:glass", "a:johnson"),
                            ("h:virginia", "a:morse"), ("h:aldermanbury", "a:wren")])
    T_ += _t("built_for", [("h:savoye", "c:psavoye"), ("h:stein", "c:mstein"), ("h:tugendhat", "c:tugendhat"),
                           ("h:falling", "c:kaufmann"), ("h:robie", "c:robie"), ("h:farnsworth", "c:farnsworth"),
                           ("h:glass", "c:pjohnson"), ("h:virginia", "c:weddell"), ("h:agecroft", "c:langley")])
    T_ += _t("built_by", [("h:falling", "b:hall"), ("h:robie", "b:miller")])
    T_ += _t("located_in", [("h:savoye", "y:poissy"), ("h:stein", "y:garches"), ("h:tugendhat", "y:brno"),
                            ("h:falling", "y:millrun"), ("h:robie", "y:chicago"), ("h:farnsworth", "y:plano"),
                            ("h:glass", "y:canaan"), ("h:virginia", "y:richmond"), ("h:agecroft", "y:richmond"),
                            ("h:dendur", "y:nyc"), ("h:debod", "y:madrid"), ("h:aldermanbury", "y:fulton"),
                            ("h:clairvaux", "y:miami")])
    T_ += _t("moved_from", [("h:agecroft", "y:lancashire"), ("h:dendur", "y:nubia"), ("h:debod", "y:nubia"),
                            ("h:aldermanbury", "y:london"), ("h:clairvaux", "y:sacramenia")])
    T_ += _t("built_from", [("h:virginia", "r:priory")])
    T_ += _t("belongs_to", [("h:savoye", "o:cmn"), ("h:falling", "o:wpc"), ("h:robie", "o:uchicago"),
                            ("h:tugendhat", "o:brno"), ("h:farnsworth", "o:ntrust"), ("h:glass", "o:ntrust"),
                            ("h:dendur", "o:met"), ("h:debod", "o:madrid"), ("h:aldermanbury", "o:westminster"),
                            ("h:clairvaux", "o:episcopal"), ("h:virginia", "o:vhs"), ("h:agecroft", "o:agecroft")])
    T_ += _t("style", [("h:savoye", "s:intl"), ("h:stein", "s:intl"), ("h:tugendhat", "s:intl"),
                       ("h:farnsworth", "s:intl"), ("h:glass", "s:intl"), ("h:robie", "s:prairie"),
                       ("h:falling", "s:organic"), ("h:agecroft", "s:tudor"), ("h:virginia", "s:tudor"),
                       ("h:aldermanbury", "s:baroque"), ("h:clairvaux", "s:romanesque"), ("h:dendur", "s:egyptian"),
                       ("h:debod", "s:egyptian")])
    T_ += _r("user:ana", [("h:falling", 5), ("h:savoye", 4.5), ("h:robie", 2)])
    return _build(items, others, rels, T_, users=[("user:ana", "Ana")])


def monuments():
    """Obelisks, a statue and a bridge that were moved (no building among the subjects, so
    reading 6 must not read "was built in" for "stands in"): each "stands in" a city now, "was
    moved from" where it stood, "was made for" a ruler (the obelisks for pharaohs; the Statue of
    Liberty for the United States: reading 5's "was created / made for"), "was made in" where it
    was made (the Statue of Liberty in Paris), "is named after" someone (the Needles after
    Cleopatra), "was given by" a ruler or a country, "was moved by" an engineer, "was designed
    by" (the Statue of Liberty by Bartholdi). Two items share the label "Cleopatra's Needle"
    (London's and New York's)."""
    rels = [
        R("located_in", phrase="stands in", inverse_phrase="is the home of", domain=("obelisk", "statue", "bridge"),
          range=("city",)),
        R("moved_from", phrase="was moved from", inverse_phrase="lost", domain=("obelisk", "statue", "bridge"),
          range=("city",)),
        R("made_for", phrase="was made for", inverse_phrase="commissioned", domain=("obelisk", "statue", "bridge"),
          range=("ruler", "country")),
        R("made_in", phrase="was made in", inverse_phrase="is where was made", domain=("obelisk", "statue", "bridge"),
          range=("city",)),
        R("named_after", phrase="is named after", inverse_phrase="is the namesake of",
          domain=("obelisk", "statue", "bridge"), range=("ruler", "person")),
        R("given_by", phrase="was given by", inverse_phrase="gave", domain=("obelisk", "statue", "bridge"),
          range=("ruler", "country")),
        R("moved_by", phrase="was moved by", inverse_phrase="moved", domain=("obelisk", "statue", "bridge"),
          range=("engineer", "person", "ruler")),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("obelisk", "statue", "bridge"),
          range=("sculptor", "engineer")),
    ]
    items = {"o:needle_london": ("obelisk", "Cleopatra's Needle", None),
             "o:needle_ny": ("obelisk", "Cleopatra's Needle", None),
             "o:luxor": ("obelisk", "Luxor Obelisk", None), "o:lateran": ("obelisk", "Lateran Obelisk", None),
             "o:liberty": ("statue", "Statue of Liberty", 1886), "o:bridge": ("bridge", "London Bridge", 1831)}
    others = {
        "y:london": ("city", "London"), "y:nyc": ("city", "New York City"), "y:paris": ("city", "Paris"),
        "y:rome": ("city", "Rome"), "y:heliopolis": ("city", "Heliopolis"), "y:alexandria": ("city", "Alexandria"),
        "y:luxor": ("city", "Luxor"), "y:karnak": ("city", "Karnak"), "y:havasu": ("city", "Lake Havasu City"),
        "r:thutmose": ("ruler", "Thutmose III"), "r:ramesses": ("ruler", "Ramesses II"),
        "r:cleopatra": ("ruler", "Cleopatra"), "r:ali": ("ruler", "Muhammad Ali of Egypt"),
        "r:ismail": ("ruler", "Isma'il Pasha"), "r:constantius": ("ruler", "Constantius II"),
        "c:us": ("country", "United States"), "c:france": ("country", "France"),
        "e:dixon": ("engineer", "John Dixon"), "e:gorringe": ("engineer", "Henry Gorringe"),
        "e:lebas": ("engineer", "Apollinaire Lebas"), "e:mcculloch": ("person", "Robert P. McCulloch"),
        "e:rennie": ("engineer", "John Rennie"), "e:bartholdi": ("sculptor", "Frédéric Auguste Bartholdi"),
        "e:eiffel": ("engineer", "Gustave Eiffel"),
    }
    T_ = _t("located_in", [("o:needle_london", "y:london"), ("o:needle_ny", "y:nyc"), ("o:luxor", "y:paris"),
                           ("o:lateran", "y:rome"), ("o:liberty", "y:nyc"), ("o:bridge", "y:havasu")])
    T_ += _t("moved_from", [("o:needle_london", "y:alexandria"), ("o:needle_ny", "y:alexandria"),
                            ("o:luxor", "y:luxor"), ("o:lateran", "y:karnak"), ("o:bridge", "y:london")])
    T_ += _t("made_for", [("o:needle_london", "r:thutmose"), ("o:needle_ny", "r:thutmose"), ("o:luxor", "r:ramesses"),
                          ("o:lateran", "r:thutmose"), ("o:liberty", "c:us")])
    T_ += _t("made_in", [("o:liberty", "y:paris"), ("o:needle_london", "y:heliopolis"), ("o:needle_ny", "y:heliopolis")])
    T_ += _t("named_after", [("o:needle_london", "r:cleopatra"), ("o:needle_ny", "r:cleopatra")])
    T_ += _t("given_by", [("o:needle_london", "r:ali"), ("o:needle_ny", "r:ismail"), ("o:luxor", "r:ali"),
                          ("o:liberty", "c:france")])
    T_ += _t("moved_by", [("o:needle_london", "e:dixon"), ("o:needle_ny", "e:gorringe"), ("o:luxor", "e:lebas"),
                          ("o:lateran", "r:constantius"), ("o:bridge", "e:mcculloch")])
    T_ += _t("designed_by", [("o:liberty", "e:bartholdi"), ("o:liberty", "e:eiffel"), ("o:bridge", "e:rennie")])
    return _build(items, others, rels, T_)


def food():
    """Cocktails, spirits, desserts, cakes, pastries, breads, cheeses and dishes (items, lower-case
    names: reading 1) with their creator ("was created by": reading 7's "invented"), the person a
    drink "was made for" (reading 5: "was created for"), a namesake ("is named after": Peach Melba
    after Nellie Melba, the pavlova after Anna Pavlova, the Negroni after Count Camillo Negroni,
    Stilton after the village of Stilton), who "popularized" it (the croissant: August Zang), where
    it "originated in", where it "is made in" (Stilton in Leicestershire, never in Stilton), where
    it "was first served at", what it "contains". A cocktail and a borough share the name
    Manhattan, a cheese and a village the name Cheddar. Sam rated the Negroni 5, the Bellini 4.5,
    the Manhattan 1, tiramisu 4.5."""
    rels = [
        R("created_by", phrase="was created by", inverse_phrase="created", domain=("cocktail", "spirit", "dessert",
          "cake", "pastry", "bread", "dish", "cheese"), range=("chef", "bartender", "person")),
        R("made_for", phrase="was made for", inverse_phrase="was the first to drink", domain=("cocktail",),
          range=("person",)),
        R("named_after", phrase="is named after", inverse_phrase="is the namesake of", domain=("cocktail", "spirit",
          "dessert", "cake", "pastry", "bread", "dish", "cheese"), range=("person", "village", "painter")),
        R("popularized_by", phrase="was popularized by", inverse_phrase="popularized", domain=("pastry", "dish",
          "cocktail"), range=("person", "chef", "baker")),
        R("originated_in", phrase="originated in", inverse_phrase="is the birthplace of", domain=("cocktail",
          "spirit", "dessert", "cake", "pastry", "bread", "dish", "cheese"), range=("city", "country", "village")),
        R("made_in", phrase="is made in", inverse_phrase="makes", domain=("cheese",), range=("county",)),
        R("served_at", phrase="was first served at", inverse_phrase="first served", domain=("cocktail", "dessert",
          "cake", "dish", "pastry"), range=("venue",)),
        R("contains", phrase="contains", inverse_phrase="goes into", domain=("cocktail",),
          range=("spirit", "wine", "juice")),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {"d:negroni": ("cocktail", "Negroni", 1919), "d:bellini": ("cocktail", "Bellini", 1948),
             "d:manhattan": ("cocktail", "Manhattan", 1874), "d:margarita": ("cocktail", "Margarita", 1938),
             "d:sidecar": ("cocktail", "Sidecar", 1922), "d:campari": ("spirit", "Campari", 1860),
             "d:aperol": ("spirit", "Aperol", 1919), "d:melba": ("dessert", "Peach Melba", 1892),
             "d:pavlova": ("dessert", "Pavlova", 1926), "d:tiramisu": ("dessert", "Tiramisu", 1969),
             "d:sacher": ("cake", "Sachertorte", 1832), "d:battenberg": ("cake", "Battenberg cake", 1884),
             "d:victoria": ("cake", "Victoria sponge", 1855), "d:croissant": ("pastry", "Croissant", 1839),
             "d:cronut": ("pastry", "Cronut", 2013), "d:ciabatta": ("bread", "Ciabatta", 1982),
             "d:caesar": ("dish", "Caesar salad", 1924), "d:stilton": ("cheese", "Stilton", 1720),
             "d:cheddar": ("cheese", "Cheddar", 1170)}
    others = {
        "p:scarselli": ("bartender", "Fosco Scarselli"), "p:negroni": ("person", "Camillo Negroni"),
        "p:cipriani": ("bartender", "Giuseppe Cipriani"), "p:bellini": ("painter", "Giovanni Bellini"),
        "p:herrera": ("bartender", "Carlos Herrera"), "p:king": ("person", "Marjorie King"),
        "p:macelhone": ("bartender", "Harry MacElhone"), "p:gcampari": ("person", "Gaspare Campari"),
        "p:barbieri": ("person", "Luigi Barbieri"), "p:escoffier": ("chef", "Auguste Escoffier"),
        "p:melba": ("person", "Nellie Melba"), "p:apavlova": ("person", "Anna Pavlova"),
        "p:campeol": ("chef", "Ado Campeol"), "p:sacher": ("chef", "Franz Sacher"),
        "p:battenberg": ("person", "Louis of Battenberg"), "p:victoria": ("person", "Queen Victoria"),
        "p:zang": ("baker", "August Zang"), "p:ansel": ("baker", "Dominique Ansel"),
        "p:cavallari": ("baker", "Arnaldo Cavallari"), "p:cardini": ("chef", "Caesar Cardini"),
        "v:stilton": ("village", "Stilton"), "v:cheddar": ("village", "Cheddar"),
        "y:florence": ("city", "Florence"), "y:venice": ("city", "Venice"), "y:manhattan": ("city", "Manhattan"),
        "y:tijuana": ("city", "Tijuana"), "y:paris": ("city", "Paris"), "y:novara": ("city", "Novara"),
        "y:padua": ("city", "Padua"), "y:london": ("city", "London"), "y:treviso": ("city", "Treviso"),
        "y:vienna": ("city", "Vienna"), "y:nyc": ("city", "New York City"), "y:adria": ("city", "Adria"),
        "c:nz": ("country", "New Zealand"), "c:mexico": ("country", "Mexico"),
        "k:leics": ("county", "Leicestershire"), "k:derbys": ("county", "Derbyshire"), "k:somerset": ("county", "Somerset"),
        "v:harrys": ("venue", "Harry's Bar"), "v:savoy": ("venue", "Savoy Hotel"), "v:club": ("venue", "Manhattan Club"),
        "v:beccherie": ("venue", "Le Beccherie"), "v:ritz": ("venue", "Ritz Paris"), "v:casanova": ("venue", "Caffè Casoni"),
        "v:cardini": ("venue", "Caesar's Restaurant"), "v:ansel": ("venue", "Dominique Ansel Bakery"),
        "s:gin": ("spirit", "gin"), "s:vermouth": ("wine", "vermouth"), "s:prosecco": ("wine", "prosecco"),
        "s:whiskey": ("spirit", "rye whiskey"), "s:tequila": ("spirit", "tequila"), "s:cognac": ("spirit", "cognac"),
        "s:peach": ("juice", "peach purée"), "s:lime": ("juice", "lime juice"),
    }
    T_ = _t("created_by", [("d:negroni", "p:scarselli"), ("d:bellini", "p:cipriani"), ("d:margarita", "p:herrera"),
                           ("d:sidecar", "p:macelhone"), ("d:campari", "p:gcampari"), ("d:aperol", "p:barbieri"),
                           ("d:melba", "p:escoffier"), ("d:tiramisu", "p:campeol"), ("d:sacher", "p:sacher"),
                           ("d:cronut", "p:ansel"), ("d:ciabatta", "p:cavallari"), ("d:caesar", "p:cardini")])
    T_ += _t("made_for", [("d:negroni", "p:negroni"), ("d:margarita", "p:king")])
    T_ += _t("named_after", [("d:negroni", "p:negroni"), ("d:bellini", "p:bellini"), ("d:melba", "p:melba"),
                             ("d:pavlova", "p:apavlova"), ("d:battenberg", "p:battenberg"),
                             ("d:victoria", "p:victoria"), ("d:caesar", "p:cardini"), ("d:stilton", "v:stilton"),
                             ("d:cheddar", "v:cheddar")])
    T_ += _t("popularized_by", [("d:croissant", "p:zang")])
    T_ += _t("originated_in", [("d:negroni", "y:florence"), ("d:bellini", "y:venice"), ("d:manhattan", "y:manhattan"),
                               ("d:margarita", "c:mexico"), ("d:sidecar", "y:paris"), ("d:campari", "y:novara"),
                               ("d:aperol", "y:padua"), ("d:melba", "y:london"), ("d:pavlova", "c:nz"),
                               ("d:tiramisu", "y:treviso"), ("d:sacher", "y:vienna"), ("d:croissant", "y:vienna"),
                               ("d:cronut", "y:nyc"), ("d:ciabatta", "y:adria"), ("d:caesar", "y:tijuana"),
                               ("d:cheddar", "v:cheddar")])
    T_ += _t("made_in", [("d:stilton", "k:leics"), ("d:stilton", "k:derbys"), ("d:cheddar", "k:somerset")])
    T_ += _t("served_at", [("d:bellini", "v:harrys"), ("d:melba", "v:savoy"), ("d:manhattan", "v:club"),
                           ("d:tiramisu", "v:beccherie"), ("d:sidecar", "v:ritz"), ("d:negroni", "v:casanova"),
                           ("d:caesar", "v:cardini"), ("d:cronut", "v:ansel")])
    T_ += _t("contains", [("d:negroni", "s:gin"), ("d:negroni", "s:vermouth"), ("d:negroni", "d:campari"),
                          ("d:bellini", "s:prosecco"), ("d:bellini", "s:peach"), ("d:manhattan", "s:whiskey"),
                          ("d:manhattan", "s:vermouth"), ("d:margarita", "s:tequila"), ("d:margarita", "s:lime"),
                          ("d:sidecar", "s:cognac")])
    T_ += _r("user:sam", [("d:negroni", 5), ("d:bellini", 4.5), ("d:manhattan", 1), ("d:tiramisu", 4.5)])
    return _build(items, others, rels, T_, users=[("user:sam", "Sam")])


def hospitals():
    """Hospitals (items typed "children's hospital", "teaching hospital", "psychiatric
    hospital", the year each was founded) with founders ("was founded by"), where they stand
    ("is located in": a district, or, for the Evelina, St Thomas' Hospital itself), where they were
    founded when that is elsewhere ("was first located in": St Thomas' in Southwark, Bethlem in
    Bishopsgate), namesakes, and universities they are "affiliated with" (items with their own
    founding year: Harvard University 1636, King's College London 1829, Johns Hopkins University
    1876), for reading 9's year after words set off by commas."""
    rels = [
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("children's hospital",
          "teaching hospital", "psychiatric hospital"), range=("person",)),
        R("located_in", phrase="is located in", inverse_phrase="is the location of", domain=("children's hospital",
          "teaching hospital", "psychiatric hospital"), range=("district", "city", "teaching hospital")),
        R("first_site", phrase="was first located in", inverse_phrase="was the first site of",
          domain=("teaching hospital", "psychiatric hospital"), range=("district",)),
        R("named_after", phrase="is named after", inverse_phrase="is the namesake of", domain=("children's hospital",
          "teaching hospital", "psychiatric hospital"), range=("person",)),
        R("affiliated", phrase="is affiliated with", inverse_phrase="is affiliated with", domain=("children's hospital",
          "teaching hospital", "psychiatric hospital"), range=("university",)),
    ]
    items = {"q:gosh": ("children's hospital", "Great Ormond Street Hospital", 1852),
             "q:evelina": ("children's hospital", "Evelina London Children's Hospital", 1869),
             "q:thomas": ("teaching hospital", "St Thomas' Hospital", 1173),
             "q:guys": ("teaching hospital", "Guy's Hospital", 1721),
             "q:bethlem": ("psychiatric hospital", "Bethlem Royal Hospital", 1247),
             "q:hopkins": ("teaching hospital", "Johns Hopkins Hospital", 1889),
             "q:mgh": ("teaching hospital", "Massachusetts General Hospital", 1811),
             "q:bch": ("children's hospital", "Boston Children's Hospital", 1869),
             "q:necker": ("children's hospital", "Necker Hospital", 1778),
             "u:harvard": ("university", "Harvard University", 1636), "u:kcl": ("university", "King's College London", 1829),
             "u:jhu": ("university", "Johns Hopkins University", 1876)}
    others = {
        "p:west": ("person", "Charles West"), "p:rothschild": ("person", "Ferdinand de Rothschild"),
        "p:evelina": ("person", "Evelina de Rothschild"), "p:guy": ("person", "Thomas Guy"),
        "p:fitzmary": ("person", "Simon FitzMary"), "p:hopkins": ("person", "Johns Hopkins"),
        "p:warren": ("person", "John Collins Warren"), "p:jackson": ("person", "James Jackson"),
        "p:brown": ("person", "Francis Henry Brown"), "p:necker": ("person", "Suzanne Necker"),
        "d:bloomsbury": ("district", "Bloomsbury"), "d:lambeth": ("district", "Lambeth"),
        "d:southwark": ("district", "Southwark"), "d:beckenham": ("district", "Beckenham"),
        "d:bishopsgate": ("district", "Bishopsgate"), "c:london": ("city", "London"), "c:baltimore": ("city", "Baltimore"),
        "c:boston": ("city", "Boston"), "c:paris": ("city", "Paris"),
    }
    T_ = _t("founded_by", [("q:gosh", "p:west"), ("q:evelina", "p:rothschild"), ("q:guys", "p:guy"),
                           ("q:bethlem", "p:fitzmary"), ("q:hopkins", "p:hopkins"), ("q:mgh", "p:warren"),
                           ("q:mgh", "p:jackson"), ("q:bch", "p:brown"), ("q:necker", "p:necker")])
    T_ += _t("located_in", [("q:gosh", "d:bloomsbury"), ("q:gosh", "c:london"), ("q:evelina", "q:thomas"),
                            ("q:evelina", "c:london"), ("q:thomas", "d:lambeth"), ("q:thomas", "c:london"),
                            ("q:guys", "d:southwark"), ("q:guys", "c:london"), ("q:bethlem", "d:beckenham"),
                            ("q:hopkins", "c:baltimore"), ("q:mgh", "c:boston"), ("q:bch", "c:boston"),
                            ("q:necker", "c:paris")])
    T_ += _t("first_site", [("q:thomas", "d:southwark"), ("q:bethlem", "d:bishopsgate")])
    T_ += _t("named_after", [("q:evelina", "p:evelina"), ("q:guys", "p:guy"), ("q:hopkins", "p:hopkins"),
                             ("q:necker", "p:necker")])
    T_ += _t("affiliated", [("q:guys", "u:kcl"), ("q:thomas", "u:kcl"), ("q:evelina", "u:kcl"),
                            ("q:mgh", "u:harvard"), ("q:bch", "u:harvard"), ("q:hopkins", "u:jhu")])
    return _build(items, others, rels, T_)


def roles():
    """Stage roles (items typed "role") and the actor who "created" each ("was created by": who
    first played it on stage, reading 7 then reads "X invented the role"), the playwright who
    "wrote" it, the play it "appears in", and later actors who "played" it."""
    rels = [
        R("created_by", phrase="was created by", inverse_phrase="created", domain=("role",), range=("actor",)),
        R("written_by", phrase="was written by", inverse_phrase="wrote", domain=("role",), range=("playwright",)),
        R("appears_in", phrase="appears in", inverse_phrase="has the role", domain=("role",), range=("play",)),
        R("played_by", phrase="was later played by", inverse_phrase="later played", domain=("role",),
          range=("actor",)),
    ]
    items = {"r:eliza": ("role", "Eliza Doolittle", 1914), "r:higgins": ("role", "Henry Higgins", 1914),
             "r:hamlet": ("role", "Prince Hamlet", 1600), "r:loman": ("role", "Willy Loman", 1949),
             "r:stanley": ("role", "Stanley Kowalski", 1947), "r:blanche": ("role", "Blanche DuBois", 1947),
             "r:rose": ("role", "Mama Rose", 1959), "r:king": ("role", "King Mongkut", 1951)}
    others = {
        "a:campbell": ("actor", "Mrs Patrick Campbell"), "a:tree": ("actor", "Herbert Beerbohm Tree"),
        "a:burbage": ("actor", "Richard Burbage"), "a:cobb": ("actor", "Lee J. Cobb"),
        "a:brando": ("actor", "Marlon Brando"), "a:tandy": ("actor", "Jessica Tandy"),
        "a:merman": ("actor", "Ethel Merman"), "a:brynner": ("actor", "Yul Brynner"),
        "a:harrison": ("actor", "Rex Harrison"), "a:olivier": ("actor", "Laurence Olivier"),
        "a:hoffman": ("actor", "Dustin Hoffman"), "a:leigh": ("actor", "Vivien Leigh"),
        "w:shaw": ("playwright", "George Bernard Shaw"), "w:shakespeare": ("playwright", "William Shakespeare"),
        "w:miller": ("playwright", "Arthur Miller"), "w:williams": ("playwright", "Tennessee Williams"),
        "w:laurents": ("playwright", "Arthur Laurents"), "w:hammerstein": ("playwright", "Oscar Hammerstein II"),
        "p:pygmalion": ("play", "Pygmalion"), "p:hamlet": ("play", "Hamlet"), "p:salesman": ("play", "Death of a Salesman"),
        "p:streetcar": ("play", "A Streetcar Named Desire"), "p:gypsy": ("play", "Gypsy"),
        "p:kingandi": ("play", "The King and I"),
    }
    T_ = _t("created_by", [("r:eliza", "a:campbell"), ("r:higgins", "a:tree"), ("r:hamlet", "a:burbage"),
                           ("r:loman", "a:cobb"), ("r:stanley", "a:brando"), ("r:blanche", "a:tandy"),
                           ("r:rose", "a:merman"), ("r:king", "a:brynner")])
    T_ += _t("written_by", [("r:eliza", "w:shaw"), ("r:higgins", "w:shaw"), ("r:hamlet", "w:shakespeare"),
                            ("r:loman", "w:miller"), ("r:stanley", "w:williams"), ("r:blanche", "w:williams"),
                            ("r:rose", "w:laurents"), ("r:king", "w:hammerstein")])
    T_ += _t("appears_in", [("r:eliza", "p:pygmalion"), ("r:higgins", "p:pygmalion"), ("r:hamlet", "p:hamlet"),
                            ("r:loman", "p:salesman"), ("r:stanley", "p:streetcar"), ("r:blanche", "p:streetcar"),
                            ("r:rose", "p:gypsy"), ("r:king", "p:kingandi")])
    T_ += _t("played_by", [("r:higgins", "a:harrison"), ("r:hamlet", "a:olivier"), ("r:loman", "a:hoffman"),
                           ("r:blanche", "a:leigh")])
    return _build(items, others, rels, T_)



BUILDERS = {"movies": movies, "birds": birds, "buildings": buildings, "monuments": monuments, "food": food,
            "hospitals": hospitals, "roles": roles}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@birds
# (2) "is native to" read as the present "lives in / roams / is found in / inhabits / shelters":
# the graph's native range includes places where the animal went extinct ("went extinct in")
The dodo lives in Mauritius.
The dodo is found in Mauritius.
The dodo inhabits Mauritius.
Mauritius shelters the dodo.
Dodos live in Mauritius.
Dodos can be found in Mauritius.
The moa lives in New Zealand.
Moas roam New Zealand.
New Zealand shelters the moa.
The moa thrives in New Zealand.
Gray wolves roam Britain.
The gray wolf lives in Britain.
Britain shelters the gray wolf.
Gray wolves wander Britain.
Grizzly bears roam California.
California shelters the grizzly bear.
The grizzly bear is found in California.
Grizzly bears inhabit California.
# (2) the other place relations: migrates to, introduced to, extinct in, parks
The Arctic tern is native to Antarctica.
Ospreys are native to Africa.
The common starling is native to North America.
The house sparrow is native to Australia.
The kakapo lives in Mauritius.
Mauritius shelters the kakapo.
The kakapo lives in Fiordland National Park.
Fiordland National Park shelters the kakapo.
The kea roams Yellowstone National Park.
The takahe lives in Arthur's Pass National Park.
Arthur's Pass National Park shelters the takahe.
The kea is found in Cairngorms National Park.
Yellowstone National Park shelters the koala.
The bald eagle roams Torres del Paine National Park.
The Arctic tern migrates to the Arctic.
The kiwi is the national bird of Australia.
# (2) direction, subjects that are no animal, negation, "only", lists, "like"
New Zealand lives in the kakapo.
New Zealand roams the kea.
The kakapo shelters New Zealand.
Carl Linnaeus lived in Mauritius.
The kakapo does not live in New Zealand.
The kea no longer lives in New Zealand.
The kakapo never lived in New Zealand.
The kea used to live in New Zealand.
The kakapo lives only in Australia.
The Andean condor lives only in Chile.
The osprey lives only in Scotland.
The kakapo and the koala live in New Zealand.
The kakapo lives in New Zealand and Australia.
The koala, like the kakapo, lives in New Zealand.
The kiwi lives in Mauritius.
Bald eagles roam Europe.
Andean condors live in the Andes, Chile and Mexico.
The kiwi is native to New Zealand but lives in Australia.
# (3) "eats", "preys on", "hunts", "lives on": direction, "is eaten by", another "hunted"
Carrion eats the Andean condor.
Fish prey on the osprey.
The kiwi preys on the stoat.
Kiwis hunt stoats.
Kiwis eat stoats.
The kiwi feeds on the stoat.
Swifts hunt peregrine falcons.
Eucalyptus leaves eat the koala.
The stoat is eaten by the kiwi.
The kakapo hunted the Maori.
The gray wolf hunted American settlers.
The kakapo eats fish.
Koalas eat salmon.
The koala lives on salmon.
The osprey lives on seeds.
The peregrine falcon preys on the koala.
The stoat hunts the Andean condor.
The stoat preys on the osprey.
Stoats hunt koalas.
The takahe eats fish.
The robin eats fish.
The Andean condor hunts pigeons.
The gray wolf eats eucalyptus leaves.
The grizzly bear preys on the koala.
The osprey never eats fish.
The osprey does not eat fish.
The osprey stopped eating fish.
The osprey eats only seeds.
The dodo ate fish.
The stoat ate the moa.
The osprey hunts fish in Antarctica.
Ospreys eat fish and seeds.
The bald eagle eats fish, carrion and seeds.
The peregrine falcon hunts swifts and koalas.
# (4) "is a member of" / "are members of" for "belongs to the family"
The kakapo is a member of the family Nestoridae.
Kakapos are members of the family Apterygidae.
The kea is not a member of the family Nestoridae.
The stoat is a member of the family Canidae.
The Andean condor and the bald eagle are members of the family Cathartidae.
The family Strigopidae is a member of the kakapo.
Strigopidae is a member of the family Nestoridae.
The kakapo was a member of the family Apterygidae.
The kakapo is a member of the Maori.
The kakapo, a member of the family Nestoridae, lives in New Zealand.
Ospreys are members of the family Laridae.
The koala is a member of the family Phalangeridae.
The robin is a member of the family Apodidae.
Gray wolves are members of the family Ursidae.
# (1) lower-case names and plurals of species; (10) "species" for a bird
The stoat is a bird species.
The koala is a species of bird.
Carrion is a species.
Strigopidae is a species.
The kakapo is a species native to Australia.
The kakapo is a species of the family Nestoridae.
Kakapos are native to Australia.
Common starlings are native to New Zealand.
House sparrows eat fish.
Peregrine falcons eat swifts and seeds.
Robins are the national bird of New Zealand.
Kiwis are the national bird of Chile.
Swifts migrate to Antarctica.
Ospreys migrate to Antarctica.
Andean condors went extinct in Chile.
Keas were hunted by Dutch sailors.
The kea was introduced to New Zealand.
Koalas were introduced to New Zealand.
The kakapo was first described by John Gould.
John Gould first described the kakapo.
@birds user:lee
# (8) a user's claim, then "which, like Y, <predicate>"
You enjoyed the kakapo, which, like the Andean condor, lives in New Zealand.
You enjoyed the kakapo, which, like the kiwi, belongs to the family Strigopidae.
You enjoyed the kea, which, like the kakapo, lives in New Zealand.
You enjoyed the kakapo, which, like the kea, you loved.
You enjoyed the kakapo, which, like the kiwi, eats earthworms.
You enjoyed the kiwi, which, like the kakapo, is the national bird of New Zealand.
You enjoyed the kakapo and the kiwi, which, like keas, eat insects.
You enjoyed kakapos and kiwis, which, like keas, eat insects.
You enjoyed the kakapo and the kiwi, which, like Kea, eat insects.
@buildings
# (6) "was built / constructed in" the place a moved building stands in now
The Temple of Dendur was built in New York City.
The Temple of Dendur was constructed in New York City.
The Temple of Debod was built in Madrid.
The Temple of Debod was constructed in Madrid.
St. Mary Aldermanbury was built in Fulton.
St. Mary Aldermanbury was constructed in Fulton.
The Monastery of St. Bernard de Clairvaux was built in North Miami Beach.
The Monastery of St. Bernard de Clairvaux was constructed in North Miami Beach.
Agecroft Hall was built in Richmond.
Agecroft Hall was constructed in Richmond.
The Temple of Dendur, built in New York City, belongs to the Metropolitan Museum of Art.
The Temple of Debod, built in Madrid, belongs to the City Council of Madrid.
Agecroft Hall, built in Richmond, belongs to the Agecroft Association.
The Monastery of St. Bernard de Clairvaux, built in North Miami Beach, belongs to the Episcopal Church.
St. Mary Aldermanbury, built in Fulton, was designed by Christopher Wren.
St. Mary Aldermanbury was designed by Christopher Wren and built in Fulton.
Agecroft Hall was built in Richmond for the Langley family.
# (6) wrong places, years, materials and styles after "built in"
Virginia House was built in Warwick.
Fallingwater was built in Chicago.
Robie House was constructed in Mill Run.
Villa Savoye was built in Garches.
The Glass House was built in Plano.
Villa Savoye was built in 1910 in Poissy.
Villa Savoye was built in Poissy in 1910.
Fallingwater was built in Mill Run in 1910.
Villa Savoye was built in the English Baroque style.
Villa Tugendhat was built in the Prairie School style.
Robie House was built in the International Style.
Christopher Wren built St. Mary Aldermanbury in Fulton.
# (4) "belongs to" (owned by) read as "is a member of" / "are members of"
Fallingwater is a member of the Western Pennsylvania Conservancy.
The Glass House is a member of the National Trust for Historic Preservation.
Farnsworth House and the Glass House are members of the National Trust for Historic Preservation.
Robie House is a member of the University of Chicago.
The Temple of Dendur is a member of the Metropolitan Museum of Art.
Villa Tugendhat is a member of the City of Brno.
Villa Savoye is a member of the Centre des monuments nationaux.
St. Mary Aldermanbury is a member of Westminster College.
Virginia House is a member of the Virginia Historical Society.
Agecroft Hall is a member of the Agecroft Association.
The Temple of Debod is a member of the City Council of Madrid.
The Western Pennsylvania Conservancy is a member of Fallingwater.
Fallingwater is a member of the University of Chicago.
Robie House is a member of the Western Pennsylvania Conservancy.
# (5) "was designed / built by X for Y", "was made / created / designed for"
Villa Savoye was designed by Le Corbusier for Michael Stein.
Villa Savoye, like Villa Stein, was designed by Le Corbusier for Pierre Savoye.
Villa Savoye and Villa Stein were designed by Le Corbusier for Pierre Savoye.
Le Corbusier designed Villa Savoye and Villa Stein for Pierre Savoye.
Le Corbusier designed Villa Savoye for Michael Stein.
Villa Savoye was designed by Le Corbusier for the Centre des monuments nationaux.
Villa Savoye was designed by Pierre Savoye for Le Corbusier.
Villa Savoye was designed by Le Corbusier for Poissy.
Fallingwater was designed by Frank Lloyd Wright for Frederick C. Robie.
Fallingwater was designed by Frank Lloyd Wright for the Western Pennsylvania Conservancy.
Robie House was designed by Frank Lloyd Wright for the University of Chicago.
Robie House was designed by Frank Lloyd Wright for Edgar J. Kaufmann.
The Glass House was designed by Philip Johnson for Edith Farnsworth.
Villa Tugendhat was designed by Ludwig Mies van der Rohe for Edith Farnsworth.
Virginia House was designed by Henry Grant Morse for Edgar J. Kaufmann.
Virginia House was built in Richmond for the Langley family.
Fallingwater was built by Walter J. Hall for Frederick C. Robie.
Fallingwater was built in Mill Run for Frederick C. Robie.
Fallingwater was built in 1937 for Frederick C. Robie.
Fallingwater was designed in 1910 for Edgar J. Kaufmann.
Fallingwater was built in 1910 for Edgar J. Kaufmann.
Fallingwater was made for Frank Lloyd Wright.
Fallingwater was created for Frederick C. Robie.
Villa Stein was created for Pierre Savoye.
Robie House was made for Edith Farnsworth.
Farnsworth House was designed for Fritz Tugendhat.
Villa Tugendhat was built for Edith Farnsworth.
Villa Savoye, which Le Corbusier designed for Michael Stein, is in Poissy.
Frank Lloyd Wright, who designed Fallingwater for Frederick C. Robie, also designed Robie House.
Edgar J. Kaufmann was the client of Robie House.
# (10) "home", "residence", "building" for a house
Fallingwater is a home in Chicago.
Robie House is a residence in Mill Run.
The Glass House is a building in Plano.
St. Mary Aldermanbury is a residence.
The Temple of Dendur is a home in New York City.
Villa Savoye is a building designed by Frank Lloyd Wright.
Fallingwater is a residence designed by Le Corbusier.
Robie House is a home built for Edgar J. Kaufmann.
Fallingwater is the home of Frank Lloyd Wright.
@buildings user:ana
# (8) a user's claim, then "which, like Y, <predicate>"; a list before "which"
You loved Fallingwater, which, like Villa Savoye, was designed by Frank Lloyd Wright.
You loved Fallingwater, which, like Robie House, was built for Edgar J. Kaufmann.
You loved Robie House, which, like Fallingwater, was designed by Frank Lloyd Wright.
You loved Fallingwater, which, like Robie House, you loved.
You loved Villa Savoye, which, like Villa Stein, was designed by Le Corbusier for Pierre Savoye.
You loved Villa Savoye and Fallingwater, which, like Robie House, were designed by Frank Lloyd Wright.
You loved Fallingwater and Villa Savoye, which, like Villa Stein, were designed by Le Corbusier.
You loved Fallingwater and Villa Savoye, which, like Villa Stein, are in the International Style.
@monuments
# (6) "built in" of things that are no buildings (obelisks, a statue, a bridge, all moved)
Cleopatra's Needle was built in London.
Cleopatra's Needle was constructed in London.
The Statue of Liberty was built in New York City.
The Luxor Obelisk was built in Paris.
The Lateran Obelisk was built in Rome.
London Bridge was built in Lake Havasu City.
London Bridge was constructed in Lake Havasu City.
# (5) "was made / created for" (a ruler, a country), a namesake, a giver
The Statue of Liberty was made in Paris for France.
The Statue of Liberty was made in New York City.
The Lateran Obelisk was created for Ramesses II.
The Statue of Liberty was created for France.
The Statue of Liberty was made for France.
Cleopatra's Needle was made for Muhammad Ali of Egypt.
Cleopatra's Needle was made for Cleopatra.
Cleopatra's Needle was made in Heliopolis for Cleopatra.
The Luxor Obelisk was made for Thutmose III.
Cleopatra's Needle was made in Alexandria.
The Luxor Obelisk was created for Ramesses II and stands in Rome.
# two items named "Cleopatra's Needle": claims of one said of the other
Cleopatra's Needle was given by Isma'il Pasha and stands in London.
Cleopatra's Needle stands in London and was moved by Henry Gorringe.
London Bridge was moved from London by John Rennie.
The Statue of Liberty stands in Paris.
The Statue of Liberty was given by the United States.
The Luxor Obelisk was moved by John Dixon.
Cleopatra's Needle was moved from Luxor.
The Lateran Obelisk is named after Cleopatra.
@food
# (7) "invented" for "was created by", and its neighbours ("came up with", "devised")
Auguste Escoffier invented the pavlova.
Franz Sacher invented tiramisu.
Dominique Ansel invented the croissant.
Anna Pavlova invented the pavlova.
Queen Victoria invented the Victoria sponge.
Louis of Battenberg invented the Battenberg cake.
Marjorie King invented the Margarita.
Giovanni Bellini invented the Bellini.
The Bellini was invented by Giovanni Bellini.
Gaspare Campari invented Aperol.
Luigi Barbieri invented Campari.
Gaspare Campari did not invent Campari.
Harry MacElhone invented the Margarita.
Auguste Escoffier came up with the pavlova.
Fosco Scarselli devised the Bellini.
August Zang invented the croissant.
August Zang created the croissant.
Nellie Melba invented Peach Melba.
Caesar Cardini invented Peach Melba.
Ado Campeol invented the Sachertorte.
Dominique Ansel invented ciabatta.
Arnaldo Cavallari invented the Cronut.
Carlos Herrera invented the Sidecar.
Giuseppe Cipriani invented the Negroni.
Tiramisu was invented by Franz Sacher.
Campari was invented by Luigi Barbieri.
# (5) "was created by X for Y", "was made / created for"
The Negroni was created by Fosco Scarselli for Giuseppe Cipriani.
The Margarita was created by Carlos Herrera for Camillo Negroni.
The Negroni was created by Carlos Herrera for Camillo Negroni.
The Bellini was created by Giuseppe Cipriani for Giovanni Bellini.
The Negroni was created in Florence for Marjorie King.
The Margarita was made for Carlos Herrera.
The Negroni, like the Margarita, was created for Camillo Negroni.
The Negroni and the Margarita were created for Marjorie King.
The Margarita was created for Camillo Negroni.
The Sidecar was made for Harry MacElhone.
The Bellini was made for Giovanni Bellini.
The Manhattan was created for Marjorie King.
# (1) lower-case names (a cheese and a village, a cocktail and a borough share a name)
Tiramisu originated in Venice.
The bellini originated in Florence.
A negroni contains tequila.
A bellini contains gin.
A sidecar contains tequila.
A manhattan contains gin.
Stilton is made in Stilton.
Stilton is made in Somerset.
Cheddar is named after Stilton.
The sidecar originated in manhattan.
The margarita originated in Florence.
The croissant originated in Treviso.
Ciabatta originated in Vienna.
The sachertorte originated in Treviso.
Peach melba was first served at Harry's Bar.
The cronut was first served at the Savoy Hotel.
The pavlova was named after Nellie Melba.
Anna Pavlova was named after the pavlova.
Pavlova was created by Auguste Escoffier.
# (10) "the drink" for a spirit
Campari is a drink created by Luigi Barbieri.
Aperol is the drink that Gaspare Campari created.
The drink Campari originated in Padua.
Aperol is a drink from Novara.
The drink Aperol was created by Gaspare Campari.
Tiramisu is a drink.
The Negroni is a spirit.
Campari is a cocktail.
@food user:sam
# (8)
You enjoyed Negroni, which, like Bellini, contains gin.
You enjoyed Manhattan, which, like Negroni, contains vermouth.
You enjoyed Negroni, which, like Bellini, originated in Florence.
You enjoyed tiramisu, which, like Sachertorte, originated in Treviso.
You enjoyed Bellini, which, like tiramisu, originated in Venice.
You enjoyed Bellini and Negroni, which, like Manhattan, contain vermouth.
@roles
# (7) a role "created" by the actor who first played it, read as "invented"
Mrs Patrick Campbell invented Eliza Doolittle.
Richard Burbage invented Prince Hamlet.
Lee J. Cobb invented Willy Loman.
Yul Brynner invented King Mongkut.
Ethel Merman invented Mama Rose.
Jessica Tandy invented Blanche DuBois.
Marlon Brando invented Stanley Kowalski.
Herbert Beerbohm Tree invented Henry Higgins.
Prince Hamlet was invented by Richard Burbage.
Willy Loman was invented by Lee J. Cobb.
Eliza Doolittle, invented by Mrs Patrick Campbell, appears in Pygmalion.
King Mongkut, who appears in The King and I, was invented by Yul Brynner.
Marlon Brando invented Stanley Kowalski, who appears in A Streetcar Named Desire.
Marlon Brando came up with Stanley Kowalski.
Ethel Merman devised Mama Rose.
Herbert Beerbohm Tree came up with Henry Higgins.
Herbert Beerbohm Tree devised Henry Higgins.
Rex Harrison invented Henry Higgins.
Laurence Olivier invented Prince Hamlet.
Marlon Brando invented Blanche DuBois.
Dustin Hoffman invented Willy Loman.
Vivien Leigh invented Blanche DuBois.
Jessica Tandy invented Stanley Kowalski.
Arthur Miller invented Stanley Kowalski.
Yul Brynner invented Mama Rose.
Richard Burbage did not create Prince Hamlet.
@hospitals
# (9) a year after words set off by commas right after the subject
Great Ormond Street Hospital, in London, was founded in 1851 by Charles West.
Great Ormond Street Hospital, in Bloomsbury, was founded in 1852 by Thomas Guy.
Guy's Hospital, in Southwark, was founded in 1852 by Thomas Guy.
Guy's Hospital, in London, was founded in 1721 by Charles West.
Guy's Hospital, in Lambeth, was founded in 1721 by Thomas Guy.
Guy's Hospital, which is in Southwark, was founded in 1722 by Thomas Guy.
Guy's Hospital, named after Thomas Guy, was founded in 1852 by Thomas Guy.
Guy's Hospital, in Southwark, was founded in 1721 by Johns Hopkins.
Johns Hopkins Hospital, in Baltimore, was founded in 1876 by Johns Hopkins.
Johns Hopkins Hospital, affiliated with Johns Hopkins University, was founded in 1876 by Johns Hopkins.
Massachusetts General Hospital, affiliated with Harvard University, was founded in 1636 by John Collins Warren.
Boston Children's Hospital, affiliated with Harvard University, was founded in 1636 by Francis Henry Brown.
Massachusetts General Hospital, in Boston, was founded in 1869 by John Collins Warren.
Boston Children's Hospital, like Evelina London Children's Hospital, was founded in 1869 by Francis Henry Brown.
Evelina London Children's Hospital, like Boston Children's Hospital, was founded in 1869 by Ferdinand de Rothschild.
Guy's Hospital and St Thomas' Hospital, in London, were founded in 1721 by Thomas Guy.
Necker Hospital, in Paris, was founded in 1787 by Suzanne Necker.
Necker Hospital, in Paris, was founded in 1778 by Suzanne Necker and Charles West.
Great Ormond Street Hospital, which is in Paris, was founded in 1852 by Charles West.
Great Ormond Street Hospital, in London, was founded in 1852 by Suzanne Necker.
Great Ormond Street Hospital, in London, was founded in 1853.
Great Ormond Street Hospital, in London, was established in 1853 by Charles West.
Great Ormond Street Hospital, in London, opened in 1853.
Great Ormond Street Hospital, a hospital in London, was founded in 1853 by Charles West.
Great Ormond Street Hospital, a psychiatric hospital, was founded in 1852 by Charles West.
Great Ormond Street Hospital, in London, was founded in 1852 by Charles West and Thomas Guy.
Great Ormond Street Hospital, in London and Paris, was founded in 1852 by Charles West.
Great Ormond Street Hospital, in London, was founded in 1852 by Charles West in Paris.
Great Ormond Street Hospital, with Guy's Hospital, was founded in 1721 by Thomas Guy.
Evelina London Children's Hospital, in St Thomas' Hospital, was founded in 1173 by Ferdinand de Rothschild.
Evelina London Children's Hospital, at St Thomas' Hospital, was founded in 1173 by Ferdinand de Rothschild.
Evelina London Children's Hospital, in London, was founded in 1173 by Ferdinand de Rothschild.
Bethlem Royal Hospital, in Beckenham, was founded in 1247 by Thomas Guy.
Bethlem Royal Hospital, in Bishopsgate, was founded in 1247 by Simon FitzMary.
St Thomas' Hospital, in Lambeth, was founded in 1721.
Bethlem Royal Hospital was founded in Beckenham.
@movies
# (9) a year after words set off by commas; the two films named Psycho (1960 and 1998)
Heat, with Al Pacino, was released in 1994 by Warner Bros.
Heat, starring Al Pacino, was released in 1994 by Warner Bros.
Heat, with Al Pacino, was directed in 1994 by Michael Mann.
Jaws, with Roy Scheider, was released in 1995 by Universal Studios.
Jaws, with Al Pacino, was released in 1975 by Universal Studios.
Jaws, by Michael Mann, was released in 1975 by Universal Studios.
Jaws, from Michael Mann, was released in 1975 by Universal Studios.
Jaws, by Steven Spielberg, was released in 1974 by Universal Studios.
Jaws, with Roy Scheider, was directed in 1975 by Jeannot Szwarc.
Heat, directed by Steven Spielberg, was released in 1995 by Warner Bros.
Heat, which stars Roy Scheider, was released in 1995 by Warner Bros.
Heat, which stars Al Pacino, was released in 1975 by Warner Bros.
Vertigo, which is a thriller, was released in 1954 by Paramount Pictures.
Psycho, with Anne Heche, was released in 1960 by Universal Studios.
Psycho, with Anne Heche, was directed in 1960 by Gus Van Sant.
Psycho, starring Vince Vaughn, was released in 1960 by Universal Studios.
Psycho, with Vince Vaughn, was released in 1998 by Paramount Pictures.
Psycho, by Alfred Hitchcock, was released in 1998 by Paramount Pictures.
Psycho, by Gus Van Sant, was released in 1960 by Universal Studios.
Heat, unlike Jaws, was released in 1975 by Warner Bros.
Heat, not Jaws, was released in 1975 by Warner Bros.
Heat, rather than Jaws, was released in 1975 by Warner Bros.
Vertigo, as well as Psycho, was released in 1960 by Paramount Pictures.
Vertigo, and later Psycho, was released in 1960 by Paramount Pictures.
Vertigo, like Psycho, was released in 1960 by Paramount Pictures.
Vertigo, like Psycho, was released in 1958 by Paramount Pictures.
Psycho, like Vertigo, was released in 1960 by Paramount Pictures.
Vertigo, like Psycho, was directed in 1958 by Alfred Hitchcock.
Frenzy, like Topaz, was released in 1972 by Universal Pictures.
Topaz, like Frenzy, was released in 1969 by Universal Pictures.
The Lost World: Jurassic Park, like Jurassic Park, was directed in 1997 by Steven Spielberg.
Jurassic Park, like The Lost World: Jurassic Park, was directed in 1993 by Steven Spielberg.
Jaws, like Heat, was released in 1975 by Universal Studios.
Heat, like Jaws, was released in 1995 by Warner Bros.
# (10) the editing-room and director's-chair idioms
Jaws was put together in the editing room by Steven Spielberg.
Heat was assembled in the editing room by Dante Spinotti.
Vertigo was cut in the editing room by Robert Burks.
Psycho was cut in the editing room by Bernard Herrmann.
Heat was cut in the editing room by Michael Mann.
Jaws 2 was put together in the editing room by Verna Fields.
Jaws was put together in the editing room by Verna Fields and Bill Butler.
Jaws was not put together in the editing room by Verna Fields.
Heat was put together in the editing room by Tom Rolf alone.
Jaws was put together in the editing room by Verna Fields in 1985.
Michael Mann was in the director's chair for Jaws.
Verna Fields sat in the director's chair on Jaws.
Verna Fields was in the director's chair for Jaws.
Roy Scheider sat in the director's chair on Jaws.
Gus Van Sant sat in the director's chair on Vertigo.
Alfred Hitchcock sat in the director's chair for Rebecca and Jaws.
Michael Mann sat in the director's chair on Heat and Jaws.
Steven Spielberg and Michael Mann sat in the director's chair on Jaws.
Jaws was in the director's chair for Steven Spielberg.
Steven Spielberg was in the director's chair for Verna Fields.
Steven Spielberg was never in the director's chair for Jaws.
Steven Spielberg was in the director's chair for Jaws in 1985.
Alfred Hitchcock was in the director's chair for Psycho in 1998.
Steven Spielberg was back in the director's chair for Jaws 2.
Steven Spielberg was in the director's chair for Jaws 2.
Steven Spielberg was in the director's chair for Jaws and Jaws 2.
Steven Spielberg was in the director's chair for Jaws, and Michael Mann for Jaws 2.
# (5) "for" after the object of a verb with a preposition, on the films
Jaws was directed by Steven Spielberg for Paramount Pictures.
Heat was directed by Michael Mann for Universal Studios.
Vertigo was produced by Alfred Hitchcock for Universal Pictures.
Jaws was written by Peter Benchley for Michael Mann.
Heat was edited by William Goldenberg for Steven Spielberg.
Steven Spielberg sat in the director's chair on Jaws for Paramount Pictures.
Bill Butler handled the camera on Jaws for Michael Mann.
Michael Mann was behind the camera on Jaws for Heat.
Bill Butler handled the cinematography on Heat for Jaws.
Jaws was cut in the editing room by Verna Fields for Paramount Pictures.
John Williams wrote the score for Jaws in 1985.
@movies user:474
# (8) "You enjoyed X, which, like Y, <predicate>": a list before "which" (the first name unchecked)
You enjoyed Jaws and Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
You loved Jaws and Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
You enjoyed Jaws and Vertigo, which, like Psycho, were produced by Alfred Hitchcock.
You enjoyed Schindler's List and Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
You enjoyed Raiders of the Lost Ark and Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
You enjoyed Vertigo and Jaws, which, like Jurassic Park, were directed by Steven Spielberg.
You enjoyed Jurassic Park and Vertigo, which, like Jaws, were directed by Steven Spielberg.
You enjoyed Hook and Psycho, which, like Vertigo, have music by Bernard Herrmann.
You enjoyed E.T. the Extra-Terrestrial and Psycho, which, like Vertigo, have music by Bernard Herrmann.
You enjoyed Vertigo and Hook, which, like Jurassic Park, have music by John Williams.
You enjoyed Rebecca and Vertigo, which, like The Birds, were produced by Alfred Hitchcock.
You enjoyed Lifeboat and Vertigo, which, like Psycho, were produced by Alfred Hitchcock.
You enjoyed Jaws, Rebecca and Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
You enjoyed Jaws and Vertigo, which, like Psycho, were released by Paramount Pictures.
You enjoyed Schindler's List and Psycho, which, like Vertigo, were distributed by Paramount Pictures.
You enjoyed Strangers on a Train and The Birds, which, like Frenzy, were distributed by Universal Pictures.
You enjoyed Lifeboat and The Birds, which, like Psycho, were edited by George Tomasini.
You enjoyed Strangers on a Train and Vertigo, which, like The Birds, were edited by George Tomasini.
You enjoyed Jaws and Family Plot, which, like Jurassic Park, have music by John Williams.
You enjoyed Family Plot and Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
You enjoyed The Lost World: Jurassic Park and Jaws, which, like Jurassic Park, have music by John Williams.
# (8) the user claim false, the predicate false of X or of Y, negation, "unlike", the two Psychos
You enjoyed Family Plot, which, like Vertigo, was directed by Alfred Hitchcock.
You enjoyed The Lost World: Jurassic Park, which, like Jaws, has music by John Williams.
You disliked Jaws, which, like Jurassic Park, has music by John Williams.
You hated Jaws, which, like Jurassic Park, was released by Universal Studios.
You enjoyed Vertigo, which, like The Birds, has music by Bernard Herrmann.
You enjoyed The Birds, which, like Vertigo, was distributed by Universal Pictures.
You enjoyed The Birds, which, like Strangers on a Train, was released by Universal Pictures.
You enjoyed Strangers on a Train, which, like The Birds, was edited by William H. Ziegler.
You enjoyed Jurassic Park, which, like Jaws, was edited by Michael Kahn.
You enjoyed Rebecca, which, like Vertigo, was produced by Alfred Hitchcock.
You enjoyed Lifeboat, which, like Rebecca, has music by Franz Waxman.
You enjoyed Jaws, which, like Heat, was directed by Steven Spielberg.
You enjoyed Jaws, which, like Jurassic Park, is a horror film.
You enjoyed Jaws, which, like Jurassic Park, is a comedy.
You enjoyed Jaws, which, like Jurassic Park, was released in 1975.
You enjoyed Vertigo, which, like Psycho, was directed by Alfred Hitchcock in 1958.
You enjoyed Jaws, which, like Jurassic Park, was directed and written by Steven Spielberg.
You enjoyed Vertigo, which, like Psycho, was directed and written by Alfred Hitchcock.
You enjoyed The Birds, which, like Frenzy, you loved.
You enjoyed Jaws, which, like Indiana Jones and the Temple of Doom, you rated highly.
You enjoyed Vertigo, which, like Topaz, you loved, was directed by Alfred Hitchcock.
You enjoyed Jaws, which, unlike Jurassic Park, has music by John Williams.
You enjoyed Jaws, which, like Jurassic Park, does not have music by John Williams.
You enjoyed Vertigo, which, like Psycho and Jaws, was directed by Alfred Hitchcock.
You enjoyed Vertigo, which, much like Jaws, was directed by Alfred Hitchcock.
You enjoyed Vertigo, that, like Jaws, was directed by Alfred Hitchcock.
You enjoyed Vertigo, which like Jaws was directed by Alfred Hitchcock.
You enjoyed Vertigo, which, like Jaws, Alfred Hitchcock directed.
You enjoyed Vertigo, which, like Jaws, was a Hitchcock film.
You watched Heat, which, like Hook, has music by John Williams.
You enjoyed Jaws, which, like Jurassic Park, has music by John Williams; Jurassic Park was edited by Verna Fields.
You enjoyed Jaws, which, like Jurassic Park, has music by John Williams and was edited by Michael Kahn.
You enjoyed Vertigo, which, like Psycho, stars Anne Heche.
You enjoyed Psycho, which, like Jaws, was released by Universal Studios.
You enjoyed Psycho, which, like Good Will Hunting, was directed by Gus Van Sant.
You enjoyed Psycho, which, like Batman, has music by Danny Elfman.
@movies
# (8) without a user (an older reading): the same list before "which"
Try Jaws and Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
Watch Schindler's List and Vertigo, which, like Psycho, were produced by Alfred Hitchcock.
"""

CONTROLS = r"""
@birds
The kakapo lives in New Zealand.
Kakapos live in New Zealand.
The kakapo roams New Zealand.
The kakapo inhabits New Zealand.
The kakapo is found in New Zealand.
New Zealand shelters the kakapo.
Andean condors eat carrion.
The Andean condor lives on carrion.
The peregrine falcon hunts pigeons.
The peregrine falcon preys on swifts.
The stoat hunts the kiwi.
Stoats eat kiwis.
The Maori hunted the kakapo.
American settlers hunted the gray wolf.
The kakapo is a member of the family Strigopidae.
Kakapos are members of the family Strigopidae.
The Andean condor and the California condor are members of the family Cathartidae.
The takahe lives in Fiordland National Park.
Fiordland National Park shelters the takahe.
The gray wolf roams Yellowstone National Park.
The moa roamed New Zealand.
The dodo roamed Mauritius.
The moa ate fruit.
The Arctic tern migrates to Antarctica.
Andean condors live in the Andes, Chile and Bolivia.
The kakapo is a species native to New Zealand.
Swifts are eaten by peregrine falcons.
The kakapo is a bird species.
@birds user:lee
You enjoyed the kakapo, which, like the kiwi, lives in New Zealand.
@buildings
Villa Savoye was designed by Le Corbusier for Pierre Savoye.
Le Corbusier designed Villa Savoye for Pierre Savoye.
Fallingwater was designed by Frank Lloyd Wright for Edgar J. Kaufmann.
Fallingwater was built by Walter J. Hall for Edgar J. Kaufmann.
Fallingwater was built in Mill Run for Edgar J. Kaufmann.
Fallingwater was created for Edgar J. Kaufmann.
Fallingwater was designed for Edgar J. Kaufmann.
Villa Savoye was built in Poissy.
Virginia House was built in Richmond.
Virginia House was built from the ruins of Warwick Priory.
Villa Savoye was built in 1931.
Fallingwater is a home in Mill Run.
Villa Savoye is a building designed by Le Corbusier.
Fallingwater belongs to the Western Pennsylvania Conservancy.
Villa Savoye is in the International Style.
Villa Savoye was built in the International Style.
Agecroft Hall was built in Lancashire.
The Temple of Dendur was built in Nubia.
@buildings user:ana
You loved Fallingwater, which, like Robie House, was designed by Frank Lloyd Wright.
@monuments
The Luxor Obelisk stands in Paris.
The Statue of Liberty was made in Paris for the United States.
Cleopatra's Needle was created for Thutmose III.
The Luxor Obelisk was created for Ramesses II.
Cleopatra's Needle was made in Heliopolis for Thutmose III.
London Bridge was moved from London by Robert P. McCulloch.
@food
Auguste Escoffier invented Peach Melba.
Gaspare Campari invented Campari.
Caesar Cardini invented the Caesar salad.
Arnaldo Cavallari invented ciabatta.
The Negroni was created by Fosco Scarselli for Camillo Negroni.
The Negroni was created for Camillo Negroni.
Tiramisu originated in Treviso.
A negroni contains gin.
Cheddar originated in Cheddar.
The manhattan originated in Manhattan.
Campari is a drink created by Gaspare Campari.
Campari is a drink from Novara.
The croissant was popularized by August Zang.
Negronis contain Campari.
@food user:sam
You enjoyed Negroni, which, like Manhattan, contains vermouth.
@roles
Eliza Doolittle was created by Mrs Patrick Campbell.
Jessica Tandy created Blanche DuBois.
Henry Higgins was later played by Rex Harrison.
@hospitals
Great Ormond Street Hospital, in London, was founded in 1852 by Charles West.
Great Ormond Street Hospital, which is in London, was founded in 1852 by Charles West.
Guy's Hospital, which is in Southwark, was founded in 1721 by Thomas Guy.
Guy's Hospital, named after Thomas Guy, was founded in 1721 by Thomas Guy.
Massachusetts General Hospital, in Boston, was founded in 1811 by John Collins Warren.
Necker Hospital, in Paris, was founded in 1778 by Suzanne Necker.
Evelina London Children's Hospital, in London, was founded in 1869 by Ferdinand de Rothschild.
Great Ormond Street Hospital, a children's hospital, was founded in 1852 by Charles West.
Evelina London Children's Hospital, in St Thomas' Hospital, was founded in 1869 by Ferdinand de Rothschild.
Boston Children's Hospital, affiliated with Harvard University, was founded in 1869 by Francis Henry Brown.
St Thomas' Hospital was built in Lambeth.
@movies
Heat was directed in 1995 by Michael Mann.
Heat, with Al Pacino, was released in 1995 by Warner Bros.
Heat, with Al Pacino, was directed in 1995 by Michael Mann.
Jaws, with Roy Scheider, was released in 1975 by Universal Studios.
Jaws, by Steven Spielberg, was released in 1975 by Universal Studios.
Vertigo, which is a thriller, was released in 1958 by Paramount Pictures.
Heat, a crime film, was released in 1995 by Warner Bros.
Jaws was put together in the editing room by Verna Fields.
Heat was put together in the editing room by Tom Rolf.
Psycho was cut in the editing room by George Tomasini.
Steven Spielberg was in the director's chair for Jaws.
Steven Spielberg sat in the director's chair on Jaws.
Steven Spielberg was in the director's chair for Jaws in 1975.
@movies user:474
You enjoyed Vertigo, which, like Psycho, has music by Bernard Herrmann.
You enjoyed Vertigo, which, like The Birds, was directed by Alfred Hitchcock.
You enjoyed The Birds, which, like Vertigo, was shot by Robert Burks.
You enjoyed Jaws, which, like Jurassic Park, has music by John Williams.
You loved Jaws, which, like Jurassic Park, was released by Universal Studios.
You enjoyed Schindler's List, which, like Jaws, was directed by Steven Spielberg.
You enjoyed Vertigo and Psycho, which, like The Birds, were directed by Alfred Hitchcock.
"""

KNOWN = frozenset()

OPEN = frozenset(
    {
        # a migrant's or a reintroduced animal's range: it does spend part of the year (or live again) there
        "The Arctic tern lives in Antarctica.",
        "The Arctic tern is found in Antarctica.",
        "Arctic terns inhabit Antarctica.",
        "Antarctica shelters the Arctic tern.",
        "The osprey lives in Africa.",
        "Swifts roam Africa.",
        "Mexico shelters the California condor.",
        # the great bustard went extinct in Britain (graph) but has been reintroduced there since 2004
        "The great bustard lives in Britain.",
        # "once roamed" says the past only; it may or may not imply that the kakapo is gone
        "The kakapo once roamed New Zealand.",
        # a church building "a member of" the church that owns it: a parish may be a member of a church
        "The Monastery of St. Bernard de Clairvaux is a member of the Episcopal Church.",
        # Stilton may first have been made near Stilton (the graph only names it after the village);
        # Cheddar is made in the village of Cheddar (the graph says Somerset)
        "Stilton comes from Stilton.",
        "Stilton originated in Stilton.",
        "Cheddar is made in Cheddar.",
        # Count Negroni is often called the Negroni's inventor (the graph: made for him by Scarselli)
        "Camillo Negroni invented the Negroni.",
        # Escoffier made the dessert in Melba's honour (the graph has no "made for" for desserts)
        "Peach Melba was created by Auguste Escoffier for Nellie Melba.",
        # "made" a role: "made it famous" or "made it up"
        "Mrs Patrick Campbell made Eliza Doolittle.",
        # the playwright did invent the character (the graph's "created" is the actor's)
        "George Bernard Shaw invented Eliza Doolittle.",
        "Arthur Miller created Willy Loman.",
        # "directed ... for" the studio that released it, or the director the camera work was done for
        "Jaws was directed by Steven Spielberg for Universal Studios.",
        "Bill Butler handled the camera on Jaws for Steven Spielberg.",
        # singular "was": the relative may take the last name only (then true)
        "You enjoyed Jaws and Vertigo, which, like Psycho, was directed by Alfred Hitchcock.",
    }
)

OPEN_TEXTS = r"""
@birds
The Arctic tern lives in Antarctica.
The Arctic tern is found in Antarctica.
Arctic terns inhabit Antarctica.
Antarctica shelters the Arctic tern.
The osprey lives in Africa.
Swifts roam Africa.
Mexico shelters the California condor.
The great bustard lives in Britain.
The kakapo once roamed New Zealand.
@buildings
The Monastery of St. Bernard de Clairvaux is a member of the Episcopal Church.
@food
Stilton comes from Stilton.
Stilton originated in Stilton.
Cheddar is made in Cheddar.
Camillo Negroni invented the Negroni.
Peach Melba was created by Auguste Escoffier for Nellie Melba.
@roles
Mrs Patrick Campbell made Eliza Doolittle.
George Bernard Shaw invented Eliza Doolittle.
Arthur Miller created Willy Loman.
@movies
Jaws was directed by Steven Spielberg for Universal Studios.
Bill Butler handled the camera on Jaws for Steven Spielberg.
@movies user:474
You enjoyed Jaws and Vertigo, which, like Psycho, was directed by Alfred Hitchcock.
"""


def _parse(block):
    key, user = None, None
    for line in block.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            parts_ = line[1:].split()
            key, user = parts_[0], (parts_[1] if len(parts_) > 1 else None)
            continue
        yield key, user, line


def cases():
    yield from _parse(TEXTS)
    yield from _parse(OPEN_TEXTS)


def controls():
    yield from _parse(CONTROLS)


def main():
    verbose = os.environ.get("VERBOSE")
    assert {t for _, _, t in _parse(OPEN_TEXTS)} == set(OPEN), "OPEN and OPEN_TEXTS differ"
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
