"""Red team round 186 on the readings of CHANGES.diff: (1) a year inside a declared phrase with its
"-ly" adverb ("was formally described in 1771 by X": the item's year); (2) "A and B are (both) X
designs / productions / creations / inventions / releases": each made by X; (3) an animal "comes
from / is from / hails from" where it is native (the one native relation); (4) a year after an
apposition with its kind's noun ("Heat, a crime film, was released in 1995 by X"); (5) the fixes
of round 185: habitat verbs and "was built in" only where no other relation links the subjects'
types to the places' types, "belongs to the <membership noun>" read "is a member of", no
"invented / came up with / devised / dreamed up" for subjects typed role / character / part, and
"X and Y, which, like Z, ..." not read of Y alone.

Graphs: the shipped example graph (films: readings 2, 4 and the list fix; user 474 rated Jaws,
Vertigo, Psycho (1960), The Birds, Jurassic Park, Lifeboat, Strangers on a Train 4.5, Rebecca and
Schindler's List 5, Hook, E.T., Raiders 4) and four of my own (see each builder's docstring):
wildlife (birds, mammals, two dog breeds, trees, apple cultivars; native ranges, former homes said
from the place, conservation status, naturalists who described / reclassified them, painters),
buildings (moved buildings, stately homes, stadiums; where each stands, where it was moved from,
later reassemblers and remodellers, owners in membership words, architects, garden designers),
hotels (owning groups and consortia, founders, managers, architects, interior designers, openers,
redecorators) and roles (parts typed "heroine", "protagonist", "dramatis persona", "stage figure",
their creators, playwrights, plays and later famous portrayers).

Findings (154 of 349 false texts accepted; 8 arguable texts are OPEN):

* (1) 35: the adverb reading takes the year as the item's for ANY declared "was <adverb> <verb>
  by" whose verb is not in _LATER_BY / LATER_ACTS; an adverb that says the act came later
  ("subsequently", "famously", "carefully", "extensively", "lavishly") does not stop it: "The bald
  eagle was subsequently reclassified in 1766 by Jules-César Savigny" (1809), "... famously painted
  in 1766 by John James Audubon" (born 1785), "The dodo was famously painted in 1758 by Roelant
  Savery" (died 1639), "Agecroft Hall was carefully reassembled in 1500 by Thomas C. Williams Jr."
  (1926), "Chatsworth House was extensively remodelled in 1560 by William Talman" (born 1650), "The
  Savoy was lavishly redecorated in 1889 by Pierre-Yves Rochon" (2007-10), "Prince Hamlet was
  famously portrayed in 1600 by Laurence Olivier", "Henry Higgins was famously portrayed in 1914 by
  Rex Harrison" (1956). Only the verb at k-2 is looked up in the later-act lists; "reclassified",
  "painted", "reassembled", "remodelled", "redecorated", "portrayed" are in none of them.
* (5) 27 + 7: the habitat fix (_other_links) only looks at relations FROM the animals' types TO
  the places' types: a relation the other way ("Mauritius was once home to the dodo", region ->
  animal) or a status ("has the conservation status Extinct") leaves "is native to" read as
  "lives in / roams / inhabits / is found in / can be seen in / shelters": "The dodo lives in
  Mauritius", "Dodos can be seen in Mauritius", "Great auks roam Newfoundland", "The huia is found
  in New Zealand", "Tasmania shelters the thylacine", "Gray wolves roam Britain", "California
  shelters the grizzly bear", "The St. John's water dog lives in Newfoundland", and in a relative
  after a user's claim ("You enjoyed the thylacine, which roams Tasmania"). And the relation's
  domain needs only ONE wildlife type: trees and apple cultivars in the same "is native to" roam
  ("The giant sequoia roams California", "The Granny Smith roams Australia", "The monkey puzzle
  roams the Andes", "The giant sequoia wanders California").
* (5) 16: the "built in" fix misses a move recorded with another range type ("was moved from" a
  country or a county beside "is located in" a city or a town) and a move said from the old site
  ("Chedworth was the original site of Cotswold Cottage"): "The Temple of Dendur was built /
  constructed in New York City", "The Temple of Debod ... Madrid", "St. Mary Aldermanbury ...
  Fulton", "Agecroft Hall ... Richmond", "The Monastery of St. Bernard de Clairvaux ... North Miami
  Beach", "Cotswold Cottage ... Dearborn", the participle ("The Temple of Dendur, built in New York
  City, was carefully reassembled by ...", "Agecroft Hall, built in Richmond, ...", "The Temple of
  Debod, constructed in Madrid, was moved from Egypt") and the coordinated verb ("St. Mary
  Aldermanbury was designed by Christopher Wren and built in Fulton").
* (5) 26: "belongs to the <family / association / union / order / federation / group>" is read
  "is a member of" whatever the subjects are: an owned house, stadium, palace or hotel becomes a
  member of its owner ("Chatsworth House is a member of the Cavendish family", "Wembley Stadium is
  a member of the Football Association", "Twickenham Stadium is a member of the Rugby Football
  Union", "Palazzo Malta is a member of the Sovereign Military Order of Malta", "Stade Roland
  Garros is a member of the French Tennis Federation", "Chatsworth House, a member of the Cavendish
  family, was designed by William Talman"); for hotels the graph has its own "is a member of" (the
  consortium) and the owning group is read as a second membership ("The Savoy is a member of
  Fairmont Hotels and Resorts", "The Dorchester and Le Meurice are members of the Dorchester
  Collection", "The Savoy and The Plaza are members of ...", "Raffles Hotel is a member of Accor").
  "belongs to the club" (not a membership noun) is held.
* (5)+(2) 23: the "invented" filter looks for the type words role / character / part only; parts
  typed "heroine", "protagonist", "dramatis persona", "stage figure" are still "invented / come up
  with / devised / dreamed up" by the actor who first played them ("Richard Burbage invented Prince
  Hamlet", "Ethel Merman dreamed up Mama Rose", "Marlon Brando came up with Stanley Kowalski",
  "Blanche DuBois was devised by Jessica Tandy", "Paula Tanqueray, invented by Mrs Patrick
  Campbell, appears in ...", "Richard Burbage invented Othello and King Lear"), and reading 2 and
  the old singular read the same cue ("Prince Hamlet and King Lear are Richard Burbage
  inventions", "Mama Rose and Annie Oakley are Ethel Merman inventions", "Othello is a Richard
  Burbage invention").
* (5) 20: _ends_list sees a list only where the token right before the antecedent (an article
  skipped) is "and" / "," / "or" / "&" AND a name ends right there: the Oxford comma (", and"), "as
  well as", "plus", "and also", "but also", "not only ... but also", a year or a noun between
  ("Jaws (1975) and Vertigo", "Jaws and the film / thriller Vertigo") all pass, without or after a
  user's claim: "Try Jaws as well as Vertigo, which, like Psycho, were directed by Alfred
  Hitchcock", "You enjoyed Jaws, Rebecca, and Vertigo, which, like Psycho, were directed by
  Alfred Hitchcock", "Try Heat as well as Vertigo, which, like Psycho, have music by Bernard
  Herrmann", "Watch Hook as well as Psycho, which, like Vertigo, were produced by Alfred Hitchcock".

Held: (1) wrong years and naturalists, negation ("never / not formally described"), adverbs not of
the declared phrase ("informally", "famously described", "formally painted"), lists and "like"
with the adverb phrase, the earlier act "originally commissioned" (not read: "originally" unknown),
"posthumously founded", "officially reopened"; (2) every film text: one subject not X's, X a
different role (composer, distributor for "productions"), "compositions", "designs",
"inventions" of a director, "Neither ... nor", "not / n't / never", "like Jaws" before or after,
ellipses ("as is Jaws", "and so is Jaws"), relatives and pronouns after a list ("which are both",
"They are both"), "as well as" / "plus" / "(1975)" lists before "are", possessives, a second
predicate; on my graphs, gardens' and interiors' designers, wrong architects; (3) wrong places,
direction, negation, "only", lists, "like", non-animal subjects, "far / absent from", "came from";
(4) every apposition with a wrong person, genre, year, item, "and" in the apposition, negations
("not / hardly / anything but / no longer a ..."), "the first / only X film", plural subjects,
the two Psychos, a kind noun of another type ("a London hotel group"); (5) "belongs to the club",
wrong families and direction of the family relation, lists with "then", "along with", "together
with", "both ... and", "or", "&", ", which, just like".

Controls rejected (7 of 73): "The peregrine falcon was formally described by Marmaduke Tunstall
in 1771." (a year after the adverb phrase's object); "Wembley Stadium belongs to the Football
Association." and "Stade Roland Garros belongs to the French Tennis Federation." (a declared
"belongs to the association / federation" said with the owner's own name is refused, though
"Chatsworth House belongs to the Cavendish family" is accepted); "Blenheim Palace and Castle Howard
are John Vanbrugh designs." (a list of two names ending in building words: "unattached Blenheim
Palace"); "The Savoy was designed in 1889 by Thomas Edward Collcutt." (a design year of a venue is
refused by design: the opening year); "Vertigo and The Birds are Alfred Hitchcock's productions."
(the possessive is not read); "Try Vertigo and The Birds, which, like Psycho, were directed by
Alfred Hitchcock." (the fix now refuses any list before "which, like").
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


def wildlife():
    """Birds, mammals, two dog breeds, trees and apple cultivars (items; a species' year is the year
    it was formally described, a tree's or a cultivar's the year it was named) with one relation of
    the subjects to regions, "is native to" (readings 3 and 5: "lives in", "roams", "shelters",
    "comes from"); where an animal is gone, the graph says so by a relation FROM the place ("was
    once home to": Mauritius the dodo, Iceland and Newfoundland the great auk, New Zealand the huia,
    Tasmania and Australia the thylacine, Britain the gray wolf, California the grizzly bear,
    Newfoundland the St. John's water dog) and by a conservation status (Extinct for the dodo,
    the great auk, the huia, the thylacine and the St. John's water dog), neither of which links
    the animals to regions in the direction _other_links looks at. Naturalists: "was formally
    described by" (reading 1's adverb phrase: the year is the item's), "was subsequently
    reclassified by" (a later act: Savigny moved the bald eagle to Haliaeetus in 1809, Brisson the
    dodo to Raphus in 1760, Temminck the thylacine to Thylacinus in 1824, Bonnaterre the great auk
    to Pinguinus in 1791, Vieillot the emu to Dromaius in 1816), "was famously painted by" (a
    later act: Audubon, born 1785, painted the bald eagle, the great auk, the peregrine and the
    gray wolf in the 1820s-1840s; Roelant Savery, died 1639, painted the dodo in 1626; Keulemans,
    born 1842, painted the kakapo, the huia and the kea for Buller's 1870s books; Elizabeth Gould,
    born 1804, the platypus). The family is "belongs to the family" (membership). Lee rated the
    kakapo 5, the kea, the dodo 4.5, the thylacine 5, the emu 2."""
    rels = [
        R("native_to", phrase="is native to", inverse_phrase="is the native range of",
          domain=("bird", "mammal", "dog breed", "tree", "apple cultivar"), range=("region",)),
        R("once_home", phrase="was once home to", inverse_phrase="once lived in", domain=("region",),
          range=("bird", "mammal", "dog breed")),
        R("status", phrase="has the conservation status", inverse_phrase="is the conservation status of",
          domain=("bird", "mammal", "dog breed"), range=("conservation status",)),
        R("described_by", phrase="was formally described by", inverse_phrase="formally described",
          domain=("bird", "mammal"), range=("naturalist",)),
        R("reclassified_by", phrase="was subsequently reclassified by", inverse_phrase="subsequently reclassified",
          domain=("bird", "mammal"), range=("naturalist",)),
        R("painted_by", phrase="was famously painted by", inverse_phrase="famously painted",
          domain=("bird", "mammal"), range=("painter",)),
        R("family", phrase="belongs to the family", inverse_phrase="includes", domain=("bird", "mammal"),
          range=("family",)),
        R("feeds_on", phrase="feeds on", inverse_phrase="is food for", domain=("bird", "mammal"),
          range=("food",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "b:peregrine": ("bird", "Peregrine falcon", 1771), "b:kakapo": ("bird", "Kakapo", 1845),
        "b:kea": ("bird", "Kea", 1856), "b:kiwi": ("bird", "Kiwi", 1813), "b:dodo": ("bird", "Dodo", 1758),
        "b:eagle": ("bird", "Bald eagle", 1766), "b:condor": ("bird", "Andean condor", 1758),
        "b:auk": ("bird", "Great auk", 1758), "b:huia": ("bird", "Huia", 1837), "b:emu": ("bird", "Emu", 1790),
        "m:wolf": ("mammal", "Gray wolf", 1758), "m:grizzly": ("mammal", "Grizzly bear", 1815),
        "m:thylacine": ("mammal", "Thylacine", 1808), "m:koala": ("mammal", "Koala", 1817),
        "m:platypus": ("mammal", "Platypus", 1799),
        "d:stjohns": ("dog breed", "St. John's water dog", None), "d:husky": ("dog breed", "Siberian Husky", None),
        "p:redwood": ("tree", "Coast redwood", 1823), "p:monkey": ("tree", "Monkey puzzle", 1782), "p:eucalyptus": ("tree", "Mountain ash", 1867),
        "p:sequoia": ("tree", "Giant sequoia", 1853), "p:granny": ("apple cultivar", "Granny Smith", 1868),
        "p:bramley": ("apple cultivar", "Bramley", 1809),
    }
    others = {
        "r:nz": ("region", "New Zealand"), "r:aus": ("region", "Australia"), "r:mauritius": ("region", "Mauritius"),
        "r:na": ("region", "North America"), "r:europe": ("region", "Europe"), "r:andes": ("region", "Andes"),
        "r:britain": ("region", "Britain"), "r:cal": ("region", "California"), "r:tasmania": ("region", "Tasmania"),
        "r:iceland": ("region", "Iceland"), "r:newfoundland": ("region", "Newfoundland"),
        "r:siberia": ("region", "Siberia"), "r:asia": ("region", "Asia"),
        "s:extinct": ("conservation status", "Extinct"), "s:cr": ("conservation status", "Critically Endangered"),
        "s:lc": ("conservation status", "Least Concern"), "s:vu": ("conservation status", "Vulnerable"),
        "s:nt": ("conservation status", "Near Threatened"),
        "n:tunstall": ("naturalist", "Marmaduke Tunstall"), "n:gray": ("naturalist", "George Robert Gray"),
        "n:gould": ("naturalist", "John Gould"), "n:shaw": ("naturalist", "George Shaw"),
        "n:linnaeus": ("naturalist", "Carl Linnaeus"), "n:ord": ("naturalist", "George Ord"),
        "n:harris": ("naturalist", "George Harris"), "n:goldfuss": ("naturalist", "Georg August Goldfuss"),
        "n:latham": ("naturalist", "John Latham"), "n:savigny": ("naturalist", "Jules-César Savigny"),
        "n:brisson": ("naturalist", "Mathurin Jacques Brisson"), "n:temminck": ("naturalist", "Coenraad Jacob Temminck"),
        "n:bonnaterre": ("naturalist", "Pierre Joseph Bonnaterre"), "n:vieillot": ("naturalist", "Louis Pierre Vieillot"),
        "a:audubon": ("painter", "John James Audubon"), "a:savery": ("painter", "Roelant Savery"),
        "a:keulemans": ("painter", "John Gerrard Keulemans"), "a:gouldE": ("painter", "Elizabeth Gould"),
        "y:falconidae": ("family", "Falconidae"), "y:strigopidae": ("family", "Strigopidae"),
        "y:nestoridae": ("family", "Nestoridae"), "y:apterygidae": ("family", "Apterygidae"),
        "y:columbidae": ("family", "Columbidae"), "y:accipitridae": ("family", "Accipitridae"),
        "y:cathartidae": ("family", "Cathartidae"), "y:alcidae": ("family", "Alcidae"),
        "y:callaeidae": ("family", "Callaeidae"), "y:casuariidae": ("family", "Casuariidae"),
        "y:canidae": ("family", "Canidae"), "y:ursidae": ("family", "Ursidae"),
        "y:thylacinidae": ("family", "Thylacinidae"), "y:phascolarctidae": ("family", "Phascolarctidae"),
        "y:ornithorhynchidae": ("family", "Ornithorhynchidae"),
        "f:fruit": ("food", "fruit"), "f:fish": ("food", "fish"), "f:carrion": ("food", "carrion"),
        "f:pigeons": ("food", "pigeons"), "f:insects": ("food", "insects"), "f:worms": ("food", "earthworms"),
        "f:leaves": ("food", "eucalyptus leaves"), "f:elk": ("food", "elk"), "f:salmon": ("food", "salmon"),
        "f:wallabies": ("food", "wallabies"), "f:shrimp": ("food", "shrimp"),
    }
    T_ = _t("native_to", [("b:peregrine", "r:europe"), ("b:peregrine", "r:na"), ("b:kakapo", "r:nz"), ("b:kea", "r:nz"),
                          ("b:kiwi", "r:nz"), ("b:dodo", "r:mauritius"), ("b:eagle", "r:na"), ("b:condor", "r:andes"),
                          ("b:auk", "r:iceland"), ("b:auk", "r:newfoundland"), ("b:huia", "r:nz"), ("b:emu", "r:aus"),
                          ("m:wolf", "r:na"), ("m:wolf", "r:europe"), ("m:wolf", "r:britain"), ("m:grizzly", "r:na"),
                          ("m:grizzly", "r:cal"), ("m:thylacine", "r:tasmania"), ("m:thylacine", "r:aus"),
                          ("m:koala", "r:aus"), ("m:platypus", "r:aus"), ("m:platypus", "r:tasmania"),
                          ("d:stjohns", "r:newfoundland"), ("d:husky", "r:siberia"),
                          ("p:redwood", "r:cal"), ("p:monkey", "r:andes"), ("p:eucalyptus", "r:tasmania"), ("p:eucalyptus", "r:aus"),
                          ("p:sequoia", "r:cal"), ("p:granny", "r:aus"), ("p:bramley", "r:britain")])
    T_ += _t("once_home", [("r:mauritius", "b:dodo"), ("r:iceland", "b:auk"), ("r:newfoundland", "b:auk"),
                           ("r:nz", "b:huia"), ("r:britain", "m:wolf"), ("r:cal", "m:grizzly"),
                           ("r:tasmania", "m:thylacine"), ("r:aus", "m:thylacine"), ("r:newfoundland", "d:stjohns")])
    T_ += _t("status", [("b:peregrine", "s:lc"), ("b:kakapo", "s:cr"), ("b:kea", "s:nt"), ("b:kiwi", "s:vu"),
                        ("b:dodo", "s:extinct"), ("b:eagle", "s:lc"), ("b:condor", "s:vu"), ("b:auk", "s:extinct"),
                        ("b:huia", "s:extinct"), ("b:emu", "s:lc"), ("m:wolf", "s:lc"), ("m:grizzly", "s:lc"),
                        ("m:thylacine", "s:extinct"), ("m:koala", "s:vu"), ("m:platypus", "s:nt"),
                        ("d:stjohns", "s:extinct")])
    T_ += _t("described_by", [("b:peregrine", "n:tunstall"), ("b:kakapo", "n:gray"), ("b:kea", "n:gould"),
                              ("b:kiwi", "n:shaw"), ("b:dodo", "n:linnaeus"), ("b:eagle", "n:linnaeus"),
                              ("b:condor", "n:linnaeus"), ("b:auk", "n:linnaeus"), ("b:huia", "n:gould"),
                              ("b:emu", "n:latham"), ("m:wolf", "n:linnaeus"), ("m:grizzly", "n:ord"),
                              ("m:thylacine", "n:harris"), ("m:koala", "n:goldfuss"), ("m:platypus", "n:shaw")])
    T_ += _t("reclassified_by", [("b:eagle", "n:savigny"), ("b:dodo", "n:brisson"), ("m:thylacine", "n:temminck"),
                                 ("b:auk", "n:bonnaterre"), ("b:emu", "n:vieillot")])
    T_ += _t("painted_by", [("b:eagle", "a:audubon"), ("b:auk", "a:audubon"), ("b:peregrine", "a:audubon"),
                            ("b:dodo", "a:savery"), ("b:kakapo", "a:keulemans"), ("b:huia", "a:keulemans"),
                            ("b:kea", "a:keulemans"), ("m:platypus", "a:gouldE"), ("m:wolf", "a:audubon")])
    T_ += _t("family", [("b:peregrine", "y:falconidae"), ("b:kakapo", "y:strigopidae"), ("b:kea", "y:nestoridae"),
                        ("b:kiwi", "y:apterygidae"), ("b:dodo", "y:columbidae"), ("b:eagle", "y:accipitridae"),
                        ("b:condor", "y:cathartidae"), ("b:auk", "y:alcidae"), ("b:huia", "y:callaeidae"),
                        ("b:emu", "y:casuariidae"), ("m:wolf", "y:canidae"), ("m:grizzly", "y:ursidae"),
                        ("m:thylacine", "y:thylacinidae"), ("m:koala", "y:phascolarctidae"),
                        ("m:platypus", "y:ornithorhynchidae")])
    T_ += _t("feeds_on", [("b:peregrine", "f:pigeons"), ("b:kakapo", "f:fruit"), ("b:kea", "f:insects"),
                          ("b:kiwi", "f:worms"), ("b:dodo", "f:fruit"), ("b:eagle", "f:fish"), ("b:condor", "f:carrion"),
                          ("b:auk", "f:fish"), ("b:huia", "f:insects"), ("b:emu", "f:insects"), ("m:wolf", "f:elk"),
                          ("m:grizzly", "f:salmon"), ("m:thylacine", "f:wallabies"), ("m:koala", "f:leaves"),
                          ("m:platypus", "f:shrimp")])
    T_ += _r("user:lee", [("b:kakapo", 5), ("b:kea", 4.5), ("b:dodo", 4.5), ("m:thylacine", 5), ("b:emu", 2)])
    return _build(items, others, rels, T_, users=[("user:lee", "Lee")])


def buildings():
    """Buildings (items; the year each was completed) typed with building words: temples, a church,
    manor houses, a monastery, villas, houses, country houses, a palace, a castle, stadiums. Where
    each stands now ("is located in" a city or a town: reading 5's "was built in"); five moved
    there from a COUNTRY or a COUNTY ("was moved from": another range type, so _other_links does not
    see it): the Temple of Dendur and the Temple of Debod from Egypt, St. Mary Aldermanbury from
    England, Agecroft Hall from Lancashire, the Monastery of St. Bernard de Clairvaux from Spain;
    Cotswold Cottage (Dearborn) only by a relation from its old parish ("Chedworth was the original
    site of"). Later acts with a declared adverb (reading 1): "was carefully reassembled by"
    (Agecroft Hall by Thomas C. Williams Jr. in 1926-28, St. Mary Aldermanbury by Westminster
    College in 1965-69, the monastery by Hearst's men in 1952-64), "was extensively remodelled by"
    (Chatsworth by Talman, born 1650, and Wyatville in the 1820s; Alnwick by Salvin in 1854-65;
    Castle Howard by Hawksmoor, died 1736); an earlier act, "was originally commissioned by"
    (Blenheim by Queen Anne, died 1714; Castle Howard by Charles Howard, died 1738; Villa Savoye
    by Pierre Savoye in 1928). Owners in membership words (reading 5's "belongs to the family /
    association / union / order / federation", read "is a member of"): Chatsworth, Castle Howard,
    Blenheim, Alnwick belong to families, Wembley and Hampden Park to football associations,
    Twickenham, the Principality Stadium and Murrayfield to rugby unions, the Palazzo Malta and
    the Villa del Priorato di Malta to the Order of Malta, Stade Roland Garros to the French
    Tennis Federation, Centre Court to the All England Club ("belongs to the club"). Architects
    ("was designed by", reading 2's "designs") and the gardens' designer ("had its gardens
    designed by": Capability Brown designed no building here). Ana rated Fallingwater 5, Villa
    Savoye and Chatsworth 4.5, Robie House 2."""
    rels = [
        R("located_in", phrase="is located in", inverse_phrase="is the location of",
          domain=("temple", "church", "manor house", "monastery", "villa", "house", "country house", "palace",
                  "castle", "stadium"), range=("city", "town")),
        R("moved_from", phrase="was moved from", inverse_phrase="lost",
          domain=("temple", "church", "manor house", "monastery"), range=("country", "county")),
        R("original_site", phrase="was the original site of", inverse_phrase="first stood in",
          domain=("parish",), range=("church", "manor house")),
        R("reassembled_by", phrase="was carefully reassembled by", inverse_phrase="carefully reassembled",
          domain=("temple", "church", "manor house", "monastery"), range=("person", "organisation")),
        R("remodelled_by", phrase="was extensively remodelled by", inverse_phrase="extensively remodelled",
          domain=("country house", "palace", "castle"), range=("architect",)),
        R("commissioned_by", phrase="was originally commissioned by", inverse_phrase="originally commissioned",
          domain=("villa", "house", "country house", "palace", "castle"), range=("person",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed",
          domain=("temple", "church", "manor house", "monastery", "villa", "house", "country house", "palace",
                  "castle", "stadium"), range=("architect",)),
        R("gardens_by", phrase="had its gardens designed by", inverse_phrase="designed the gardens of",
          domain=("country house", "palace", "castle"), range=("landscape architect",)),
        R("family_owner", phrase="belongs to the family", inverse_phrase="owns",
          domain=("country house", "palace", "castle"), range=("family",)),
        R("assoc_owner", phrase="belongs to the association", inverse_phrase="owns the ground",
          domain=("stadium",), range=("football association",)),
        R("union_owner", phrase="belongs to the union", inverse_phrase="owns the stadium",
          domain=("stadium",), range=("rugby union",)),
        R("federation_owner", phrase="belongs to the federation", inverse_phrase="owns the venue",
          domain=("stadium",), range=("tennis federation",)),
        R("club_owner", phrase="belongs to the club", inverse_phrase="owns the court",
          domain=("stadium",), range=("tennis club",)),
        R("order_owner", phrase="belongs to the order", inverse_phrase="owns the building",
          domain=("palace", "villa"), range=("religious order",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "h:dendur": ("temple", "Temple of Dendur", None), "h:debod": ("temple", "Temple of Debod", None),
        "h:aldermanbury": ("church", "St. Mary Aldermanbury", 1677), "h:agecroft": ("manor house", "Agecroft Hall", 1500),
        "h:clairvaux": ("monastery", "Monastery of St. Bernard de Clairvaux", 1141),
        "h:cotswold": ("manor house", "Cotswold Cottage", 1620),
        "h:savoye": ("villa", "Villa Savoye", 1931), "h:stein": ("villa", "Villa Stein", 1928),
        "h:falling": ("house", "Fallingwater", 1939), "h:robie": ("house", "Robie House", 1910),
        "h:chatsworth": ("country house", "Chatsworth House", 1560), "h:howard": ("country house", "Castle Howard", 1811),
        "h:blenheim": ("palace", "Blenheim Palace", 1722), "h:alnwick": ("castle", "Alnwick Castle", 1096),
        "h:wembley": ("stadium", "Wembley Stadium", 2007), "h:hampden": ("stadium", "Hampden Park", 1903),
        "h:twickenham": ("stadium", "Twickenham Stadium", 1909), "h:principality": ("stadium", "Principality Stadium", 1999),
        "h:murrayfield": ("stadium", "Murrayfield Stadium", 1925),
        "h:garros": ("stadium", "Stade Roland Garros", 1928), "h:centre": ("stadium", "Centre Court", 1922),
        "h:palazzo": ("palace", "Palazzo Malta", 1630), "h:priorato": ("villa", "Villa del Priorato di Malta", 1765),
    }
    others = {
        "c:nyc": ("city", "New York City"), "c:madrid": ("city", "Madrid"), "c:fulton": ("town", "Fulton"),
        "c:richmond": ("city", "Richmond"), "c:miami": ("city", "North Miami Beach"), "c:dearborn": ("city", "Dearborn"),
        "c:poissy": ("town", "Poissy"), "c:garches": ("town", "Garches"), "c:millrun": ("town", "Mill Run"),
        "c:chicago": ("city", "Chicago"), "c:bakewell": ("town", "Bakewell"), "c:york": ("city", "York"),
        "c:woodstock": ("town", "Woodstock"), "c:alnwick": ("town", "Alnwick"), "c:london": ("city", "London"),
        "c:glasgow": ("city", "Glasgow"), "c:cardiff": ("city", "Cardiff"), "c:edinburgh": ("city", "Edinburgh"),
        "c:rome": ("city", "Rome"), "c:paris": ("city", "Paris"),
        "k:egypt": ("country", "Egypt"), "k:england": ("country", "England"), "k:spain": ("country", "Spain"),
        "k:lancashire": ("county", "Lancashire"),
        "p:chedworth": ("parish", "Chedworth"), "p:aldermanbury": ("parish", "Aldermanbury"),
        "p:williams": ("person", "Thomas C. Williams Jr."), "o:met": ("organisation", "Metropolitan Museum of Art"),
        "o:westminster": ("organisation", "Westminster College"), "p:hearst": ("person", "William Randolph Hearst"),
        "a:talman": ("architect", "William Talman"), "a:salvin": ("architect", "Anthony Salvin"),
        "a:vanbrugh": ("architect", "John Vanbrugh"), "a:hawksmoor": ("architect", "Nicholas Hawksmoor"),
        "a:corbusier": ("architect", "Le Corbusier"), "a:wright": ("architect", "Frank Lloyd Wright"),
        "a:wren": ("architect", "Christopher Wren"), "a:foster": ("architect", "Norman Foster"),
        "a:leitch": ("architect", "Archibald Leitch"), "a:piranesi": ("architect", "Giovanni Battista Piranesi"),
        "a:paxton": ("architect", "Joseph Paxton"), "a:wyatville": ("architect", "Jeffry Wyatville"),
        "a:hardwick": ("architect", "Robert Smythson"),
        "l:brown": ("landscape architect", "Capability Brown"), "l:nesfield": ("landscape architect", "William Andrews Nesfield"),
        "l:wise": ("landscape architect", "Henry Wise"),
        "q:savoye": ("person", "Pierre Savoye"), "q:kaufmann": ("person", "Edgar J. Kaufmann"),
        "q:robie": ("person", "Frederick C. Robie"), "q:anne": ("person", "Queen Anne"),
        "q:carlisle": ("person", "Charles Howard"), "q:cavendish": ("person", "Bess of Hardwick"),
        "q:stein": ("person", "Michael Stein"),
        "f:cavendish": ("family", "Cavendish family"), "f:howard": ("family", "Howard family"),
        "f:churchill": ("family", "Spencer-Churchill family"), "f:percy": ("family", "Percy family"),
        "u:fa": ("football association", "Football Association"),
        "u:sfa": ("football association", "Scottish Football Association"),
        "u:rfu": ("rugby union", "Rugby Football Union"), "u:wru": ("rugby union", "Welsh Rugby Union"),
        "u:sru": ("rugby union", "Scottish Rugby Union"),
        "o:malta": ("religious order", "Sovereign Military Order of Malta"),
        "u:fft": ("tennis federation", "French Tennis Federation"), "u:aeltc": ("tennis club", "All England Club"),
    }
    T_ = _t("located_in", [("h:dendur", "c:nyc"), ("h:debod", "c:madrid"), ("h:aldermanbury", "c:fulton"),
                           ("h:agecroft", "c:richmond"), ("h:clairvaux", "c:miami"), ("h:cotswold", "c:dearborn"),
                           ("h:savoye", "c:poissy"), ("h:stein", "c:garches"), ("h:falling", "c:millrun"),
                           ("h:robie", "c:chicago"), ("h:chatsworth", "c:bakewell"), ("h:howard", "c:york"),
                           ("h:blenheim", "c:woodstock"), ("h:alnwick", "c:alnwick"), ("h:wembley", "c:london"),
                           ("h:hampden", "c:glasgow"), ("h:twickenham", "c:london"), ("h:principality", "c:cardiff"),
                           ("h:murrayfield", "c:edinburgh"), ("h:palazzo", "c:rome"), ("h:garros", "c:paris"), ("h:centre", "c:london"), ("h:priorato", "c:rome")])
    T_ += _t("moved_from", [("h:dendur", "k:egypt"), ("h:debod", "k:egypt"), ("h:aldermanbury", "k:england"),
                            ("h:agecroft", "k:lancashire"), ("h:clairvaux", "k:spain")])
    T_ += _t("original_site", [("p:chedworth", "h:cotswold"), ("p:aldermanbury", "h:aldermanbury")])
    T_ += _t("reassembled_by", [("h:agecroft", "p:williams"), ("h:dendur", "o:met"), ("h:aldermanbury", "o:westminster"),
                                ("h:clairvaux", "p:hearst")])
    T_ += _t("remodelled_by", [("h:chatsworth", "a:talman"), ("h:chatsworth", "a:wyatville"), ("h:alnwick", "a:salvin"),
                               ("h:howard", "a:hawksmoor")])
    T_ += _t("commissioned_by", [("h:savoye", "q:savoye"), ("h:falling", "q:kaufmann"), ("h:robie", "q:robie"),
                                 ("h:blenheim", "q:anne"), ("h:howard", "q:carlisle"), ("h:chatsworth", "q:cavendish"),
                                 ("h:stein", "q:stein")])
    T_ += _t("designed_by", [("h:aldermanbury", "a:wren"), ("h:savoye", "a:corbusier"), ("h:stein", "a:corbusier"),
                             ("h:falling", "a:wright"), ("h:robie", "a:wright"), ("h:howard", "a:vanbrugh"),
                             ("h:blenheim", "a:vanbrugh"), ("h:chatsworth", "a:talman"), ("h:wembley", "a:foster"),
                             ("h:hampden", "a:leitch"), ("h:priorato", "a:piranesi")])
    T_ += _t("gardens_by", [("h:blenheim", "l:brown"), ("h:chatsworth", "l:brown"), ("h:alnwick", "l:brown"),
                            ("h:howard", "l:nesfield"), ("h:blenheim", "l:wise")])
    T_ += _t("family_owner", [("h:chatsworth", "f:cavendish"), ("h:howard", "f:howard"), ("h:blenheim", "f:churchill"),
                              ("h:alnwick", "f:percy")])
    T_ += _t("assoc_owner", [("h:wembley", "u:fa"), ("h:hampden", "u:sfa")])
    T_ += _t("union_owner", [("h:twickenham", "u:rfu"), ("h:principality", "u:wru"), ("h:murrayfield", "u:sru")])
    T_ += _t("federation_owner", [("h:garros", "u:fft")])
    T_ += _t("club_owner", [("h:centre", "u:aeltc")])
    T_ += _t("order_owner", [("h:palazzo", "o:malta"), ("h:priorato", "o:malta")])
    T_ += _r("user:ana", [("h:falling", 5), ("h:savoye", 4.5), ("h:chatsworth", 4.5), ("h:robie", 2)])
    return _build(items, others, rels, T_, users=[("user:ana", "Ana")])


def hotels():
    """Hotels (items; the year each opened) with the group that owns or runs it ("belongs to the
    group": reading 5 reads "is a member of") and, apart, the consortium it is a member of ("is a
    member of": Leading Hotels of the World, Preferred Hotels & Resorts, Small Luxury Hotels of the
    World); founders ("was founded by": César Ritz founded the Ritz Paris, the Ritz London and the
    Carlton, not the Savoy, founded by Richard D'Oyly Carte, which Ritz only managed: "was first
    managed by"); architects ("was designed by"), interior designers ("had its interiors designed
    by") and the chef who created its first menu ("had its first menu created by": Escoffier);
    who opened it ("was officially opened by", in its opening year) and who redecorated it later
    ("was lavishly redecorated by": Pierre-Yves Rochon the Savoy in 2007-10, Thierry Despont, born
    1948, the Ritz Paris in 2012-16, Patrick Jouin the Plaza Athénée and Le Meurice in the 2000s).
    Kim rated the Savoy 5, the Ritz Paris and Raffles 4.5, the Plaza 2."""
    rels = [
        R("group", phrase="belongs to the group", inverse_phrase="owns the hotel", domain=("hotel",),
          range=("hotel group",)),
        R("member_of", phrase="is a member of", inverse_phrase="has the member", domain=("hotel",),
          range=("hotel consortium",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("hotel",), range=("hotelier",)),
        R("managed_by", phrase="was first managed by", inverse_phrase="first managed", domain=("hotel",),
          range=("hotelier",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("hotel",), range=("architect",)),
        R("interiors_by", phrase="had its interiors designed by", inverse_phrase="designed the interiors of",
          domain=("hotel",), range=("interior designer",)),
        R("menu_by", phrase="had its first menu created by", inverse_phrase="created the first menu of",
          domain=("hotel",), range=("chef",)),
        R("opened_by", phrase="was officially opened by", inverse_phrase="officially opened", domain=("hotel",),
          range=("person",)),
        R("redecorated_by", phrase="was lavishly redecorated by", inverse_phrase="lavishly redecorated",
          domain=("hotel",), range=("interior designer",)),
        R("located_in", phrase="is located in", inverse_phrase="is the location of", domain=("hotel",),
          range=("city",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {"t:savoy": ("hotel", "The Savoy", 1889), "t:ritzp": ("hotel", "Hôtel Ritz Paris", 1898),
             "t:ritzl": ("hotel", "The Ritz London", 1906), "t:carlton": ("hotel", "Carlton Hotel", 1899),
             "t:dorchester": ("hotel", "The Dorchester", 1931), "t:athenee": ("hotel", "Hôtel Plaza Athénée", 1913),
             "t:meurice": ("hotel", "Le Meurice", 1835), "t:raffles": ("hotel", "Raffles Hotel", 1887),
             "t:peninsula": ("hotel", "The Peninsula Hong Kong", 1928), "t:plaza": ("hotel", "The Plaza", 1907),
             "t:claridges": ("hotel", "Claridge's", 1898), "t:connaught": ("hotel", "The Connaught", 1897)}
    others = {
        "g:fairmont": ("hotel group", "Fairmont Hotels and Resorts"), "g:dorchester": ("hotel group", "Dorchester Collection"),
        "g:barclay": ("hotel group", "Barclay family trust"), "g:accor": ("hotel group", "Accor"),
        "g:penins": ("hotel group", "Peninsula Hotels"), "g:maybourne": ("hotel group", "Maybourne Hotel Group"),
        "g:alfayed": ("hotel group", "Al-Fayed family"),
        "c:lhw": ("hotel consortium", "Leading Hotels of the World"), "c:slh": ("hotel consortium", "Small Luxury Hotels of the World"),
        "c:preferred": ("hotel consortium", "Preferred Hotels & Resorts"),
        "p:ritz": ("hotelier", "César Ritz"), "p:carte": ("hotelier", "Richard D'Oyly Carte"),
        "p:sarkies": ("hotelier", "Sarkies brothers"), "p:kadoorie": ("hotelier", "Elly Kadoorie"),
        "p:mcalpine": ("hotelier", "Malcolm McAlpine"), "p:meurice": ("hotelier", "Charles-Augustin Meurice"),
        "p:claridge": ("hotelier", "William Claridge"), "p:hardenbergh": ("architect", "Henry Janeway Hardenbergh"),
        "a:collcutt": ("architect", "Thomas Edward Collcutt"), "a:mewes": ("architect", "Charles Mewès"),
        "a:davis": ("architect", "Arthur Joseph Davis"), "a:green": ("architect", "William Curtis Green"),
        "a:bidwell": ("architect", "Regent Alfred John Bidwell"), "a:mather": ("architect", "Andrew Mather"),
        "i:rochon": ("interior designer", "Pierre-Yves Rochon"), "i:linley": ("interior designer", "David Linley"),
        "i:ducasse": ("interior designer", "Patrick Jouin"), "i:syrie": ("interior designer", "Oliver Messel"),
        "i:dorothy": ("interior designer", "Thierry Despont"),
        "k:escoffier": ("chef", "Auguste Escoffier"), "k:ritzchef": ("chef", "Georges Auguste Gouffé"),
        "o:lord": ("person", "Lord Mayor of London"), "o:prince": ("person", "Prince of Wales"),
        "o:mountbatten": ("person", "Lord Mountbatten"), "o:governor": ("person", "Sir Frederick Weld"),
        "y:london": ("city", "London"), "y:paris": ("city", "Paris"), "y:singapore": ("city", "Singapore"),
        "y:hk": ("city", "Hong Kong"), "y:nyc": ("city", "New York City"),
    }
    T_ = _t("group", [("t:savoy", "g:fairmont"), ("t:ritzp", "g:alfayed"), ("t:ritzl", "g:barclay"),
                      ("t:dorchester", "g:dorchester"), ("t:athenee", "g:dorchester"), ("t:meurice", "g:dorchester"),
                      ("t:raffles", "g:accor"), ("t:peninsula", "g:penins"), ("t:plaza", "g:fairmont"),
                      ("t:claridges", "g:maybourne"), ("t:connaught", "g:maybourne")])
    T_ += _t("member_of", [("t:savoy", "c:lhw"), ("t:ritzp", "c:lhw"), ("t:ritzl", "c:lhw"), ("t:dorchester", "c:lhw"),
                           ("t:peninsula", "c:lhw"), ("t:claridges", "c:preferred"), ("t:raffles", "c:slh")])
    T_ += _t("founded_by", [("t:savoy", "p:carte"), ("t:ritzp", "p:ritz"), ("t:ritzl", "p:ritz"), ("t:carlton", "p:ritz"),
                            ("t:raffles", "p:sarkies"), ("t:peninsula", "p:kadoorie"), ("t:dorchester", "p:mcalpine"),
                            ("t:meurice", "p:meurice"), ("t:claridges", "p:claridge")])
    T_ += _t("managed_by", [("t:savoy", "p:ritz"), ("t:ritzp", "p:ritz"), ("t:carlton", "p:ritz")])
    T_ += _t("designed_by", [("t:savoy", "a:collcutt"), ("t:ritzp", "a:mewes"), ("t:ritzl", "a:mewes"),
                             ("t:ritzl", "a:davis"), ("t:carlton", "a:mewes"), ("t:dorchester", "a:green"),
                             ("t:raffles", "a:bidwell"), ("t:plaza", "p:hardenbergh")])
    T_ += _t("interiors_by", [("t:savoy", "i:rochon"), ("t:ritzl", "i:linley"), ("t:athenee", "i:ducasse"),
                              ("t:dorchester", "i:syrie"), ("t:ritzp", "i:dorothy")])
    T_ += _t("menu_by", [("t:savoy", "k:escoffier"), ("t:ritzp", "k:escoffier"), ("t:carlton", "k:escoffier")])
    T_ += _t("opened_by", [("t:dorchester", "o:mountbatten"), ("t:raffles", "o:governor"), ("t:savoy", "o:lord")])
    T_ += _t("redecorated_by", [("t:savoy", "i:rochon"), ("t:ritzp", "i:dorothy"), ("t:athenee", "i:ducasse"),
                                ("t:meurice", "i:ducasse")])
    T_ += _t("located_in", [("t:savoy", "y:london"), ("t:ritzp", "y:paris"), ("t:ritzl", "y:london"),
                            ("t:carlton", "y:london"), ("t:dorchester", "y:london"), ("t:athenee", "y:paris"),
                            ("t:meurice", "y:paris"), ("t:raffles", "y:singapore"), ("t:peninsula", "y:hk"),
                            ("t:plaza", "y:nyc"), ("t:claridges", "y:london"), ("t:connaught", "y:london")])
    T_ += _r("user:kim", [("t:savoy", 5), ("t:ritzp", 4.5), ("t:raffles", 4.5), ("t:plaza", 2)])
    return _build(items, others, rels, T_, users=[("user:kim", "Kim")])


def roles():
    """Stage parts (items; the year the part was first played) typed "heroine", "protagonist",
    "dramatis persona", "stage figure" (no "role", "character" or "part": reading 5's filter on
    "invented / came up with / devised / dreamed up" looks for those words only), the actor who
    "created" each by first playing it ("was created by"), the playwright ("was written by"), the
    play ("appears in") and later actors who "famously portrayed" it (reading 1's adverb phrase: all
    later than the part's year: Audrey Hepburn 1964, Rex Harrison 1956, Olivier 1937, Gielgud
    1930, Robeson 1930, Gielgud's Lear 1931, Vivien Leigh 1949, Hoffman 1984, LuPone 2008,
    McDonald 2021)."""
    rels = [
        R("created_by", phrase="was created by", inverse_phrase="created",
          domain=("dramatis persona", "heroine", "protagonist", "stage figure"), range=("actor",)),
        R("written_by", phrase="was written by", inverse_phrase="wrote",
          domain=("dramatis persona", "heroine", "protagonist", "stage figure"), range=("playwright",)),
        R("appears_in", phrase="appears in", inverse_phrase="has the part",
          domain=("dramatis persona", "heroine", "protagonist", "stage figure"), range=("play",)),
        R("portrayed_by", phrase="was famously portrayed by", inverse_phrase="famously portrayed",
          domain=("dramatis persona", "heroine", "protagonist", "stage figure"), range=("actor",)),
    ]
    items = {"r:eliza": ("heroine", "Eliza Doolittle", 1914), "r:higgins": ("dramatis persona", "Henry Higgins", 1914),
             "r:hamlet": ("protagonist", "Prince Hamlet", 1600), "r:othello": ("protagonist", "Othello", 1604),
             "r:lear": ("protagonist", "King Lear", 1606), "r:loman": ("protagonist", "Willy Loman", 1949),
             "r:stanley": ("dramatis persona", "Stanley Kowalski", 1947), "r:blanche": ("heroine", "Blanche DuBois", 1947),
             "r:rose": ("heroine", "Mama Rose", 1959), "r:annie": ("heroine", "Annie Oakley", 1946),
             "r:reno": ("heroine", "Reno Sweeney", 1934), "r:king": ("stage figure", "King Mongkut", 1951),
             "r:tanqueray": ("heroine", "Paula Tanqueray", 1893)}
    others = {
        "a:campbell": ("actor", "Mrs Patrick Campbell"), "a:tree": ("actor", "Herbert Beerbohm Tree"),
        "a:burbage": ("actor", "Richard Burbage"), "a:cobb": ("actor", "Lee J. Cobb"),
        "a:brando": ("actor", "Marlon Brando"), "a:tandy": ("actor", "Jessica Tandy"),
        "a:merman": ("actor", "Ethel Merman"), "a:brynner": ("actor", "Yul Brynner"),
        "a:harrison": ("actor", "Rex Harrison"), "a:olivier": ("actor", "Laurence Olivier"),
        "a:hoffman": ("actor", "Dustin Hoffman"), "a:leigh": ("actor", "Vivien Leigh"),
        "a:hepburn": ("actor", "Audrey Hepburn"), "a:lupone": ("actor", "Patti LuPone"),
        "a:robeson": ("actor", "Paul Robeson"), "a:gielgud": ("actor", "John Gielgud"),
        "a:mcdonald": ("actor", "Audra McDonald"),
        "w:shaw": ("playwright", "George Bernard Shaw"), "w:shakespeare": ("playwright", "William Shakespeare"),
        "w:miller": ("playwright", "Arthur Miller"), "w:williams": ("playwright", "Tennessee Williams"),
        "w:laurents": ("playwright", "Arthur Laurents"), "w:fields": ("playwright", "Herbert Fields"),
        "w:bolton": ("playwright", "Guy Bolton"), "w:hammerstein": ("playwright", "Oscar Hammerstein II"),
        "w:pinero": ("playwright", "Arthur Wing Pinero"),
        "p:pygmalion": ("play", "Pygmalion"), "p:hamlet": ("play", "Hamlet"), "p:othello": ("play", "Othello"),
        "p:lear": ("play", "King Lear"), "p:salesman": ("play", "Death of a Salesman"),
        "p:streetcar": ("play", "A Streetcar Named Desire"), "p:gypsy": ("play", "Gypsy"),
        "p:annie": ("play", "Annie Get Your Gun"), "p:anything": ("play", "Anything Goes"),
        "p:kingandi": ("play", "The King and I"), "p:tanqueray": ("play", "The Second Mrs Tanqueray"),
    }
    T_ = _t("created_by", [("r:eliza", "a:campbell"), ("r:higgins", "a:tree"), ("r:hamlet", "a:burbage"),
                           ("r:othello", "a:burbage"), ("r:lear", "a:burbage"), ("r:loman", "a:cobb"),
                           ("r:stanley", "a:brando"), ("r:blanche", "a:tandy"), ("r:rose", "a:merman"),
                           ("r:annie", "a:merman"), ("r:reno", "a:merman"), ("r:king", "a:brynner"),
                           ("r:tanqueray", "a:campbell")])
    T_ += _t("written_by", [("r:eliza", "w:shaw"), ("r:higgins", "w:shaw"), ("r:hamlet", "w:shakespeare"),
                            ("r:othello", "w:shakespeare"), ("r:lear", "w:shakespeare"), ("r:loman", "w:miller"),
                            ("r:stanley", "w:williams"), ("r:blanche", "w:williams"), ("r:rose", "w:laurents"),
                            ("r:annie", "w:fields"), ("r:reno", "w:bolton"), ("r:king", "w:hammerstein"),
                            ("r:tanqueray", "w:pinero")])
    T_ += _t("appears_in", [("r:eliza", "p:pygmalion"), ("r:higgins", "p:pygmalion"), ("r:hamlet", "p:hamlet"),
                            ("r:othello", "p:othello"), ("r:lear", "p:lear"), ("r:loman", "p:salesman"),
                            ("r:stanley", "p:streetcar"), ("r:blanche", "p:streetcar"), ("r:rose", "p:gypsy"),
                            ("r:annie", "p:annie"), ("r:reno", "p:anything"), ("r:king", "p:kingandi"),
                            ("r:tanqueray", "p:tanqueray")])
    T_ += _t("portrayed_by", [("r:eliza", "a:hepburn"), ("r:higgins", "a:harrison"), ("r:hamlet", "a:olivier"),
                              ("r:hamlet", "a:gielgud"), ("r:othello", "a:robeson"), ("r:othello", "a:olivier"),
                              ("r:lear", "a:gielgud"), ("r:loman", "a:hoffman"), ("r:blanche", "a:leigh"),
                              ("r:rose", "a:lupone"), ("r:rose", "a:mcdonald")])
    return _build(items, others, rels, T_)


BUILDERS = {"movies": movies, "wildlife": wildlife, "buildings": buildings, "hotels": hotels, "roles": roles}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@wildlife
# (1) a year split by a declared phrase with its adverb, where the act came later than the item's
# year (the year of the formal description): "subsequently reclassified", "famously painted"
The bald eagle was subsequently reclassified in 1766 by Jules-César Savigny.
The dodo was subsequently reclassified in 1758 by Mathurin Jacques Brisson.
The thylacine was subsequently reclassified in 1808 by Coenraad Jacob Temminck.
The great auk was subsequently reclassified in 1758 by Pierre Joseph Bonnaterre.
The emu was subsequently reclassified in 1790 by Louis Pierre Vieillot.
The bald eagle was famously painted in 1766 by John James Audubon.
The great auk was famously painted in 1758 by John James Audubon.
The peregrine falcon was famously painted in 1771 by John James Audubon.
The gray wolf was famously painted in 1758 by John James Audubon.
The dodo was famously painted in 1758 by Roelant Savery.
The kakapo was famously painted in 1845 by John Gerrard Keulemans.
The huia was famously painted in 1837 by John Gerrard Keulemans.
The kea was famously painted in 1856 by John Gerrard Keulemans.
The platypus was famously painted in 1799 by Elizabeth Gould.
The great auk and the gray wolf were famously painted in 1758 by John James Audubon.
# (1) wrong years, wrong naturalists, negation, adverbs not of the declared phrase
The kakapo was formally described in 1856 by George Robert Gray.
The kakapo was formally described in 1845 by John Gould.
The kakapo was formally described in 1758 by Carl Linnaeus.
The dodo and the peregrine falcon were formally described in 1758 by Carl Linnaeus.
The bald eagle, like the dodo, was formally described in 1758 by Carl Linnaeus.
The kakapo was never formally described in 1845 by George Robert Gray.
The kakapo was not formally described in 1845 by George Robert Gray.
The kakapo was informally described in 1845 by George Robert Gray.
The kakapo was famously described in 1845 by George Robert Gray.
The kakapo was formally painted in 1845 by John Gerrard Keulemans.
The bald eagle was formally reclassified in 1766 by Jules-César Savigny.
The bald eagle was subsequently described in 1766 by Carl Linnaeus.
The bald eagle was famously painted in 1766 by Carl Linnaeus.
The bald eagle was subsequently reclassified in 1766 by Carl Linnaeus.
The kakapo was formally redescribed in 1845 by George Robert Gray.
The kakapo was first formally described in 1845 by John Gould.
The bald eagle was subsequently reclassified by Carl Linnaeus.
Carl Linnaeus was formally described in 1758 by the dodo.
The dodo was formally described in 1758 by John James Audubon.
# (5) the habitat verbs of "is native to" where the animal is gone: the graph says so by a
# relation from the place ("was once home to", not counted: it runs the other way) and by the
# animal's conservation status (Extinct), neither a relation of animals to regions
The dodo lives in Mauritius.
Dodos roam Mauritius.
Mauritius shelters the dodo.
The dodo is found in Mauritius.
The dodo inhabits Mauritius.
The great auk lives in Iceland.
Great auks roam Newfoundland.
Newfoundland shelters the great auk.
The huia lives in New Zealand.
The huia is found in New Zealand.
New Zealand shelters the huia.
The thylacine lives in Tasmania.
The thylacine roams Tasmania.
Thylacines roam Australia.
Tasmania shelters the thylacine.
The gray wolf lives in Britain.
Gray wolves roam Britain.
Britain shelters the gray wolf.
The grizzly bear lives in California.
Grizzly bears roam California.
California shelters the grizzly bear.
The St. John's water dog lives in Newfoundland.
Dodos are found in Mauritius.
The dodo can be found in Mauritius.
Dodos can be seen in Mauritius.
The dodo, which lives in Mauritius, was formally described in 1758 by Carl Linnaeus.
The thylacine, which roams Tasmania, was formally described in 1808 by George Harris.
# (3) "roams" / "wanders" of the native relation's other subjects: trees and apple cultivars
The giant sequoia roams California.
The mountain ash roams Tasmania.
The Granny Smith roams Australia.
The Bramley roams Britain.
The coast redwood roams California.
The monkey puzzle roams the Andes.
The giant sequoia wanders California.
# (3) "comes from / is from / hails from": wrong places, direction, negation, lists, "like"
The kakapo comes from Australia.
New Zealand comes from the kakapo.
The kakapo does not come from New Zealand.
The kakapo never came from New Zealand.
The kakapo is not from New Zealand.
The kakapo only comes from Australia.
The kakapo and the koala come from New Zealand.
The kakapo comes from New Zealand and Australia.
The koala, like the kakapo, comes from New Zealand.
Marmaduke Tunstall comes from Europe.
The kakapo is far from New Zealand.
The kakapo is absent from New Zealand.
The emu hails from New Zealand.
Emus are from Mauritius.
The Siberian Husky comes from Newfoundland.
The Granny Smith comes from Britain.
The peregrine falcon hails from Australia.
# (4) the family relation: wrong families, direction, tense
The kakapo is a member of the family Nestoridae.
The kakapo is a member of Apterygidae.
Strigopidae is a member of the kakapo.
The koala is a member of the family Canidae.
The kakapo and the kea are members of the family Strigopidae.
The dodo was a member of the family Accipitridae.
@wildlife user:lee
# (5) the habitat verbs in a relative after a user's claim
You enjoyed the dodo, which lives in Mauritius.
You enjoyed the thylacine, which roams Tasmania.
@buildings
# (5) "was built / constructed in" where the building stands: the graph says it was moved there
# ("was moved from" a country or county: another range type than "is located in"'s city or town)
The Temple of Dendur was built in New York City.
The Temple of Dendur was constructed in New York City.
The Temple of Debod was built in Madrid.
The Temple of Debod was constructed in Madrid.
St. Mary Aldermanbury was built in Fulton.
St. Mary Aldermanbury was constructed in Fulton.
Agecroft Hall was built in Richmond.
Agecroft Hall was constructed in Richmond.
The Monastery of St. Bernard de Clairvaux was built in North Miami Beach.
The Monastery of St. Bernard de Clairvaux was constructed in North Miami Beach.
The Temple of Dendur, built in New York City, was carefully reassembled by the Metropolitan Museum of Art.
St. Mary Aldermanbury was designed by Christopher Wren and built in Fulton.
# and where only a relation from the old site says so ("Chedworth was the original site of ...")
Cotswold Cottage was built in Dearborn.
Cotswold Cottage was constructed in Dearborn.
Agecroft Hall, built in Richmond, was carefully reassembled by Thomas C. Williams Jr.
The Temple of Debod, constructed in Madrid, was moved from Egypt.
Cotswold Cottage, built in Dearborn, was the original site of Chedworth.
# (1) a later act with a declared adverb: the year is the building's (its completion)
Agecroft Hall was carefully reassembled in 1500 by Thomas C. Williams Jr.
St. Mary Aldermanbury was carefully reassembled in 1677 by Westminster College.
The Monastery of St. Bernard de Clairvaux was carefully reassembled in 1141 by William Randolph Hearst.
Chatsworth House was extensively remodelled in 1560 by William Talman.
Chatsworth House was extensively remodelled in 1560 by Jeffry Wyatville.
Alnwick Castle was extensively remodelled in 1096 by Anthony Salvin.
Castle Howard was extensively remodelled in 1811 by Nicholas Hawksmoor.
# (1) an earlier act with a declared adverb
Blenheim Palace was originally commissioned in 1722 by Queen Anne.
Castle Howard was originally commissioned in 1811 by Charles Howard.
Villa Savoye was originally commissioned in 1931 by Pierre Savoye.
# (5) "belongs to the family / association / union / order" of an owner read "is a member of"
Chatsworth House is a member of the Cavendish family.
Chatsworth House is a member of the family Cavendish family.
Blenheim Palace is a member of the Spencer-Churchill family.
Castle Howard is a member of the Howard family.
Alnwick Castle is a member of the Percy family.
Wembley Stadium is a member of the Football Association.
Hampden Park is a member of the Scottish Football Association.
Twickenham Stadium is a member of the Rugby Football Union.
The Principality Stadium is a member of the Welsh Rugby Union.
Murrayfield Stadium is a member of the Scottish Rugby Union.
Palazzo Malta is a member of the Sovereign Military Order of Malta.
Villa del Priorato di Malta is a member of the Sovereign Military Order of Malta.
Stade Roland Garros is a member of the French Tennis Federation.
Centre Court is a member of the All England Club.
Chatsworth House and Blenheim Palace are members of the Cavendish family.
Chatsworth House is not a member of the Cavendish family.
Chatsworth House, a member of the Cavendish family, was designed by William Talman.
Twickenham Stadium and Murrayfield Stadium are members of the Rugby Football Union.
# (2) "are (both) X designs": the gardens' designer, a wrong architect
Blenheim Palace and Chatsworth House are Capability Brown designs.
Blenheim Palace and Alnwick Castle are both Capability Brown designs.
Villa Savoye and Fallingwater are Le Corbusier designs.
Fallingwater and Villa Stein are Frank Lloyd Wright designs.
Villa Savoye and Villa Stein are Frank Lloyd Wright designs.
Fallingwater and Robie House are Le Corbusier designs.
Villa Savoye and Villa Stein are Pierre Savoye designs.
@hotels
# (5) "belongs to the group" (the owner) read "is a member of": the graph's membership is the
# consortium's ("is a member of" Leading Hotels of the World)
The Savoy is a member of Fairmont Hotels and Resorts.
The Savoy is a member of the group Fairmont Hotels and Resorts.
The Dorchester and Le Meurice are members of the Dorchester Collection.
Hôtel Plaza Athénée is a member of the Dorchester Collection.
Claridge's is a member of the Maybourne Hotel Group.
The Connaught is a member of the Maybourne Hotel Group.
Raffles Hotel is a member of Accor.
The Plaza is a member of Fairmont Hotels and Resorts.
The Peninsula Hong Kong is a member of Peninsula Hotels.
The Savoy is a member of Accor.
The Plaza is a member of Leading Hotels of the World.
The Savoy and The Plaza are members of Fairmont Hotels and Resorts.
Claridge's and the Connaught are both members of the Maybourne Hotel Group.
The Savoy, a member of Fairmont Hotels and Resorts, was founded in 1889 by Richard D'Oyly Carte.
# (1) a later act with a declared adverb: "lavishly redecorated" in the year the hotel opened
The Savoy was lavishly redecorated in 1889 by Pierre-Yves Rochon.
Hôtel Ritz Paris was lavishly redecorated in 1898 by Thierry Despont.
Hôtel Plaza Athénée was lavishly redecorated in 1913 by Patrick Jouin.
Le Meurice was lavishly redecorated in 1835 by Patrick Jouin.
The Savoy was lavishly redecorated in 1889 by Thierry Despont.
The Savoy and Hôtel Ritz Paris were lavishly redecorated in 1889 by Pierre-Yves Rochon.
The Savoy was officially opened in 1906 by Lord Mayor of London.
The Ritz London was officially opened in 1906 by Lord Mayor of London.
The Savoy was officially reopened in 1889 by Lord Mayor of London.
The Savoy was posthumously founded in 1889 by Richard D'Oyly Carte.
# (2) "are X designs / creations": interiors, menus, managers
The Savoy and The Ritz London are Charles Mewès designs.
The Savoy and Hôtel Ritz Paris are Pierre-Yves Rochon designs.
Hôtel Plaza Athénée and Le Meurice are Patrick Jouin designs.
The Savoy and Hôtel Ritz Paris are Auguste Escoffier creations.
The Savoy and the Carlton Hotel are César Ritz creations.
The Savoy is a César Ritz creation.
The Savoy was designed by Pierre-Yves Rochon.
# (4) a year after an apposition with the kind's noun
The Dorchester, a Paris hotel, was founded in 1931 by Malcolm McAlpine.
The Dorchester, a Fairmont Hotels and Resorts hotel, was founded in 1931 by Malcolm McAlpine.
The Dorchester, a Thomas Edward Collcutt hotel, was founded in 1931 by Malcolm McAlpine.
The Dorchester, a Patrick Jouin hotel, was founded in 1931 by Malcolm McAlpine.
The Dorchester, a Dorchester Collection hotel, was founded in 1889 by Malcolm McAlpine.
The Dorchester, a London hotel, was founded in 1931 by César Ritz.
The Dorchester, a London hotel, was founded in 1935 by Malcolm McAlpine.
The Savoy, a London hotel, was founded in 1906 by Richard D'Oyly Carte.
The Savoy, a César Ritz hotel, was founded in 1889 by Richard D'Oyly Carte.
The Savoy, a 1906 hotel, was founded in 1889 by Richard D'Oyly Carte.
The Dorchester, not a London hotel, was founded in 1931 by Malcolm McAlpine.
The Dorchester, no longer a London hotel, was founded in 1931 by Malcolm McAlpine.
The Dorchester, a London hotel, and The Savoy were founded in 1931 by Malcolm McAlpine.
The Dorchester, a London hotel group, was founded in 1931 by Malcolm McAlpine.
@roles
# (5) "invented / came up with / devised / dreamed up" for "was created by" (the actor who first
# played the part), the subjects typed "heroine", "protagonist", "dramatis persona", "stage figure"
Mrs Patrick Campbell invented Eliza Doolittle.
Mrs Patrick Campbell invented Paula Tanqueray.
Richard Burbage invented Prince Hamlet.
Richard Burbage came up with Othello.
Richard Burbage devised King Lear.
Ethel Merman dreamed up Mama Rose.
Ethel Merman devised Annie Oakley.
Ethel Merman came up with Reno Sweeney.
Yul Brynner invented King Mongkut.
Herbert Beerbohm Tree invented Henry Higgins.
Lee J. Cobb invented Willy Loman.
Marlon Brando came up with Stanley Kowalski.
Jessica Tandy dreamed up Blanche DuBois.
Prince Hamlet was invented by Richard Burbage.
Blanche DuBois was devised by Jessica Tandy.
Othello is a Richard Burbage invention.
Paula Tanqueray, invented by Mrs Patrick Campbell, appears in The Second Mrs Tanqueray.
Richard Burbage invented Othello and King Lear.
Willy Loman, who appears in Death of a Salesman, was invented by Lee J. Cobb.
Ethel Merman dreamt up Reno Sweeney.
# (2) "are (both) X inventions"
Prince Hamlet and King Lear are Richard Burbage inventions.
Mama Rose and Annie Oakley are Ethel Merman inventions.
Othello and King Lear are both Richard Burbage inventions.
Eliza Doolittle and Paula Tanqueray are Mrs Patrick Campbell inventions.
Eliza Doolittle and Henry Higgins are Mrs Patrick Campbell inventions.
Richard Burbage is the inventor of Prince Hamlet.
# (1) "famously portrayed" by later actors, in the year the part was created
Eliza Doolittle was famously portrayed in 1914 by Audrey Hepburn.
Henry Higgins was famously portrayed in 1914 by Rex Harrison.
Prince Hamlet was famously portrayed in 1600 by Laurence Olivier.
Prince Hamlet was famously portrayed in 1600 by John Gielgud.
Othello was famously portrayed in 1604 by Paul Robeson.
King Lear was famously portrayed in 1606 by John Gielgud.
Blanche DuBois was famously portrayed in 1947 by Vivien Leigh.
Willy Loman was famously portrayed in 1949 by Dustin Hoffman.
Mama Rose was famously portrayed in 1959 by Patti LuPone.
Mama Rose was famously portrayed in 1959 by Audra McDonald.
Eliza Doolittle was famously portrayed in 1914 by Rex Harrison.
Eliza Doolittle was famously portrayed in 1956 by Audrey Hepburn.
@movies
# (2) "A and B are (both) X productions / releases / designs / creations"
Vertigo and Jaws are both Alfred Hitchcock productions.
Vertigo and Rebecca are Alfred Hitchcock productions.
Vertigo, The Birds and Rebecca are Alfred Hitchcock productions.
Vertigo, Jaws and The Birds are all Alfred Hitchcock productions.
Jaws and Jurassic Park are Steven Spielberg productions.
Vertigo and Frenzy are Universal Pictures releases.
Vertigo and The Birds are both Paramount Pictures releases.
Vertigo and Psycho are Gus Van Sant productions.
Psycho and Good Will Hunting are Gus Van Sant productions.
Psycho and The Birds are Universal Pictures releases.
Vertigo and Psycho are Bernard Herrmann compositions.
Jaws and Hook are Steven Spielberg inventions.
Vertigo and The Birds are Alfred Hitchcock designs.
Neither Jaws nor Vertigo are Alfred Hitchcock productions.
Vertigo and Psycho, like Jaws, are Alfred Hitchcock productions.
Vertigo and The Birds are Alfred Hitchcock productions, like Jaws.
Like Jaws, Vertigo and The Birds are Alfred Hitchcock productions.
Vertigo and The Birds, and also Jaws, are Alfred Hitchcock productions.
Vertigo and The Birds are Alfred Hitchcock productions, as is Jaws.
Vertigo and The Birds are Alfred Hitchcock productions, and so is Jaws.
Vertigo and The Birds are Alfred Hitchcock productions, and Jaws is one too.
Vertigo and The Birds are not Alfred Hitchcock productions.
Vertigo and The Birds aren't Alfred Hitchcock productions.
Vertigo and The Birds are never Alfred Hitchcock productions.
Vertigo and Jaws are Alfred Hitchcock and Steven Spielberg productions.
Jaws as well as Vertigo are Alfred Hitchcock productions.
Jaws plus Vertigo are Alfred Hitchcock productions.
Both Jaws and Vertigo are Alfred Hitchcock productions.
Not only Jaws but also Vertigo are Alfred Hitchcock productions.
Jaws (1975) and Vertigo are Alfred Hitchcock productions.
Jaws and the thriller Vertigo are Alfred Hitchcock productions.
Vertigo, The Birds, and Jaws are all Alfred Hitchcock productions.
Try Jaws and Vertigo, which are both Alfred Hitchcock productions.
Try Jaws as well as Vertigo, which are both Alfred Hitchcock productions.
Try Jaws as well as Vertigo, both Alfred Hitchcock productions.
Vertigo and The Birds are Alfred Hitchcock productions, and both were released by Paramount Pictures.
Vertigo and Psycho are Alfred Hitchcock productions, and they were released in 1958.
Vertigo and The Birds are Alfred Hitchcock productions and were released by Paramount Pictures.
Vertigo and The Birds are Alfred Hitchcock productions, both Paramount Pictures releases.
Vertigo and The Birds are Alfred Hitchcock productions from 1958.
Vertigo and Jaws are Alfred Hitchcock films.
# (4) a year after an apposition with the kind's noun
Heat, a Steven Spielberg film, was released in 1995 by Warner Bros.
Heat, a comedy film, was released in 1995 by Warner Bros.
Heat, a horror film, was released in 1995 by Warner Bros.
Heat, a 1975 film, was released in 1995 by Warner Bros.
Heat, a Michael Mann film, was released in 1975 by Warner Bros.
Heat, a Michael Mann film, was released in 1995 by Universal Studios.
Heat, a Steven Spielberg and Michael Mann film, was released in 1995 by Warner Bros.
Heat, a Michael Mann and Steven Spielberg film, was released in 1995 by Warner Bros.
Heat, an Al Pacino and Roy Scheider film, was released in 1995 by Warner Bros.
Heat, a crime and horror film, was released in 1995 by Warner Bros.
Heat, a horror and crime film, was released in 1995 by Warner Bros.
Heat, a Steven Spielberg crime film, was released in 1995 by Warner Bros.
Heat, a Michael Mann horror film, was released in 1995 by Warner Bros.
Heat, the first Michael Mann film, was released in 1995 by Warner Bros.
Heat, the only Michael Mann film, was released in 1995 by Warner Bros.
Heat, Steven Spielberg's film, was released in 1995 by Warner Bros.
Heat, another Steven Spielberg film, was released in 1995 by Warner Bros.
Heat, the Steven Spielberg film, was released in 1995 by Warner Bros.
Heat, not a Michael Mann film, was released in 1995 by Warner Bros.
Heat, not a crime film, was released in 1995 by Warner Bros.
Heat, hardly a crime film, was released in 1995 by Warner Bros.
Heat, anything but a crime film, was released in 1995 by Warner Bros.
Heat, a Jaws film, was released in 1995 by Warner Bros.
Heat, a crime film like Jaws, was released in 1995 by Warner Bros.
Heat, an Al Pacino film, was directed in 1995 by Steven Spielberg.
Heat, a Robert Shaw film, was directed in 1995 by Michael Mann.
Heat, an Art Linson production, was released in 1975 by Warner Bros.
Psycho, a Gus Van Sant film, was released in 1960 by Paramount Pictures.
Psycho, a Gus Van Sant film, was released in 1960 by Universal Studios.
Psycho, an Alfred Hitchcock film, was released in 1998 by Universal Studios.
Psycho, an Alfred Hitchcock film, was released in 1998 by Paramount Pictures.
Psycho, a Vince Vaughn film, was released in 1960 by Paramount Pictures.
Psycho, a thriller film, was released in 1960 by Paramount Pictures.
Psycho, a Gus Van Sant picture, was directed in 1960 by Alfred Hitchcock.
Psycho, an Anne Heche film, was released in 1960 by Universal Studios.
Jaws, a Steven Spielberg film, was released in 1975 by Universal Pictures.
Jaws, a Verna Fields film, was directed in 1975 by Steven Spielberg.
Jaws, a John Williams film, was released in 1975 by Universal Studios.
Jaws, a drama film, was released in 1975 by Universal Studios.
Jaws, a horror movie, was released in 1985 by Universal Studios.
Jaws, a horror picture, was released in 1975 by Paramount Pictures.
Vertigo, a Paramount Pictures film, was released in 1960 by Paramount Pictures.
Vertigo, an Alfred Hitchcock film, was released in 1958 by Universal Pictures.
Vertigo, a Gus Van Sant film, was released in 1958 by Paramount Pictures.
# (5) "X and Y, which, like Z, ...": lists the fix does not see (", and", "as well as", "plus",
# "and also", "but also", "not only ... but also", a year or a noun between)
Try Jaws, and Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
Try Jaws as well as Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
Try Jaws plus Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
Try Jaws and also Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
Try Jaws but also Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
Try not only Jaws but also Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
Try Jaws (1975) and Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
Try Jaws and the film Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
Try Jaws and the thriller Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
Try Heat as well as Vertigo, which, like Psycho, have music by Bernard Herrmann.
Try Heat plus Jaws, which, like Jurassic Park, were directed by Steven Spielberg.
Watch Hook as well as Psycho, which, like Vertigo, were produced by Alfred Hitchcock.
Try Jaws, Rebecca, and Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
Try Jaws along with Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
Try Jaws together with Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
Try Jaws, then Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
Try Jaws and then Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
Try both Jaws and Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
Try Jaws or Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
Try Jaws & Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
Try Jaws, Rebecca and Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
Try Jaws and Vertigo, both of which, like Psycho, were directed by Alfred Hitchcock.
Try Jaws and Vertigo, which, just like Psycho, were directed by Alfred Hitchcock.
@movies user:474
You enjoyed Jaws as well as Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
You enjoyed Jaws plus Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
You enjoyed Jaws, and Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
You enjoyed Jaws and also Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
You enjoyed Jaws and the film Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
You enjoyed Jaws, Rebecca, and Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
You enjoyed Rebecca, Jaws, and Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
You enjoyed Hook as well as Vertigo, which, like Psycho, have music by Bernard Herrmann.
You enjoyed Jaws as well as Vertigo, which are both Alfred Hitchcock productions.
You enjoyed Vertigo and Jaws, which are both Alfred Hitchcock productions.
You enjoyed Vertigo and Jaws. They are both Alfred Hitchcock productions.
You enjoyed Vertigo and Jaws, both Alfred Hitchcock productions.
You enjoyed Jaws, Vertigo and The Birds, which are Alfred Hitchcock productions.
"""

CONTROLS = r"""
@wildlife
The peregrine falcon was formally described in 1771 by Marmaduke Tunstall.
The dodo was formally described in 1758 by Carl Linnaeus.
The dodo and the great auk were formally described in 1758 by Carl Linnaeus.
The kakapo was formally described in 1845 by George Robert Gray.
The peregrine falcon was formally described by Marmaduke Tunstall in 1771.
The bald eagle was subsequently reclassified by Jules-César Savigny.
The bald eagle was famously painted by John James Audubon.
The kakapo lives in New Zealand.
The kakapo comes from New Zealand.
Kakapos come from New Zealand.
The kakapo is from New Zealand.
The kakapo hails from New Zealand.
Koalas roam Australia.
The emu comes from Australia.
The Siberian Husky comes from Siberia.
The Granny Smith comes from Australia.
The giant sequoia is native to California.
The dodo roamed Mauritius.
The dodo once lived in Mauritius.
Mauritius was once home to the dodo.
The kakapo is a member of the family Strigopidae.
The kakapo is a member of Strigopidae.
@wildlife user:lee
You enjoyed the kakapo, which comes from New Zealand.
@buildings
Villa Savoye was built in Poissy.
Fallingwater was built in Mill Run.
Agecroft Hall was moved from Lancashire.
The Temple of Dendur was moved from Egypt.
Agecroft Hall was carefully reassembled by Thomas C. Williams Jr.
Chatsworth House was extensively remodelled by William Talman.
Chatsworth House belongs to the Cavendish family.
Wembley Stadium belongs to the Football Association.
Stade Roland Garros belongs to the French Tennis Federation.
Villa Savoye and Villa Stein are Le Corbusier designs.
Fallingwater and Robie House are Frank Lloyd Wright designs.
Villa Savoye and Villa Stein are Le Corbusier creations.
Blenheim Palace had its gardens designed by Capability Brown.
Castle Howard was designed by John Vanbrugh.
Blenheim Palace and Castle Howard are John Vanbrugh designs.
@hotels
The Savoy belongs to the group Fairmont Hotels and Resorts.
The Savoy is a member of Leading Hotels of the World.
The Savoy was officially opened in 1889 by the Lord Mayor of London.
The Dorchester was officially opened in 1931 by Lord Mountbatten.
The Savoy was founded in 1889 by Richard D'Oyly Carte.
The Savoy was lavishly redecorated by Pierre-Yves Rochon.
Hôtel Ritz Paris and The Ritz London are Charles Mewès designs.
The Dorchester, a London hotel, was founded in 1931 by Malcolm McAlpine.
Raffles Hotel, a Singapore hotel, was founded in 1887 by the Sarkies brothers.
The Dorchester, a Dorchester Collection hotel, was founded in 1931 by Malcolm McAlpine.
The Ritz London and the Carlton Hotel were founded by César Ritz.
The Savoy was designed in 1889 by Thomas Edward Collcutt.
@hotels user:kim
You enjoyed the Savoy, which was founded by Richard D'Oyly Carte.
@roles
Mrs Patrick Campbell created Eliza Doolittle.
Eliza Doolittle was created in 1914 by Mrs Patrick Campbell.
Henry Higgins was famously portrayed by Rex Harrison.
Prince Hamlet appears in Hamlet.
@movies
Vertigo and Psycho are Alfred Hitchcock productions.
Vertigo and The Birds are both Alfred Hitchcock productions.
Vertigo and Psycho are Paramount Pictures releases.
Jaws and Jurassic Park are Universal Studios releases.
Vertigo and The Birds are Alfred Hitchcock's productions.
Heat, a Michael Mann film, was released in 1995 by Warner Bros.
Heat, a crime film, was released in 1995 by Warner Bros.
Heat, a Michael Mann crime film, was released in 1995 by Warner Bros.
Heat, a crime and thriller film, was released in 1995 by Warner Bros.
Jaws, a Steven Spielberg film, was released in 1975 by Universal Studios.
Jaws, a horror film, was released in 1975 by Universal Studios.
Vertigo, a Paramount Pictures film, was released in 1958 by Paramount Pictures.
Try Vertigo, which, like Psycho, was directed by Alfred Hitchcock.
Try Vertigo and The Birds, which, like Psycho, were directed by Alfred Hitchcock.
@movies user:474
You enjoyed Vertigo and The Birds, which are both Alfred Hitchcock productions.
You enjoyed Vertigo and The Birds. They are both Alfred Hitchcock productions.
You enjoyed Vertigo, which, like Psycho, has music by Bernard Herrmann.
You enjoyed Rebecca as well as Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
"""

KNOWN = frozenset()

OPEN = frozenset(
    {
        # "comes from" says where a kind comes from: the gray wolf's native range did include
        # Britain (the graph: "is native to"), though the wolf is gone there
        "The gray wolf comes from Britain.",
        # "comes from" of an extinct species in the present: where it came from (true) or where it
        # is now found (false)
        "The dodo comes from Mauritius.",
        # a dog breed "is native to" where it was bred; the breed is kept there (lives), but does not
        # roam wild: the habitat words fit a wild animal, arguable for a breed
        "The Siberian Husky roams Siberia.",
        "The Siberian Husky lives in Siberia.",
        "Siberia shelters the Siberian Husky.",
        # theatre usage: a part an actor first played is his "creation"
        "Prince Hamlet and King Lear are Richard Burbage creations.",
        # a director's films may loosely be called his "creations" (the graph has no "created by")
        "Jaws and Hook are Steven Spielberg creations.",
        # "the Michael Mann film" need not claim it is his only film
        "Heat, the Michael Mann film, was released in 1995 by Warner Bros.",
    }
)

OPEN_TEXTS = r"""
@wildlife
The gray wolf comes from Britain.
The dodo comes from Mauritius.
The Siberian Husky roams Siberia.
The Siberian Husky lives in Siberia.
Siberia shelters the Siberian Husky.
@roles
Prince Hamlet and King Lear are Richard Burbage creations.
@movies
Jaws and Hook are Steven Spielberg creations.
Heat, the Michael Mann film, was released in 1995 by Warner Bros.
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
