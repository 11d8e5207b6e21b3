"""Red team round 166: this round's new readings (CHANGES.diff): (1) fictional characters (item
types ending in character, superhero, villain, sidekick, detective, mascot...) may be "he" / "she"
like animals, and beside one (or an animal) with no person named, a name of a declared type is no
longer a candidate for "he" / "she"; (2) "a <noun> of <class>" ("a work / piece / example of",
"a treatise of", "a book on") reads the relation to the item's class, "on" only for fields, also
after a possessive ("X is P's work of C", "X, P's treatise on C,"); (3) photographs are "shot",
"captured", "snapped", "photographed" as they are "taken", verbs of authorship, and the active past
of an irregular verb dates a made item ("Robert Doisneau took it in 1950"); (4) "debuted in", "made
his debut in", "made his first appearance in", "got his start in" (first appeared in); (5) "is
based in" (is located in, where nothing says "based"), "lives in" / "resides in" / "makes his home
in" for living subjects, "is the subject of" (depicts, the other way), "is one of" / "are among"
(is a member of); (6) print (publish), picture (depict), compose / author (write); (7) treatises and
essays are published works; a year in brackets before "is P's N".

Six graphs of my own (graph builders below):

* comics: characters of five types (superhero, supervillain, sidekick, detective, mascot; year of
  the first appearance) next to comics (publication year) and films (release year); "first appeared
  in" a comic next to "appeared in" a film (characters and actors), "was created by" writers,
  artists, cartoonists (person types) and by pencillers and a psychologist (NO person types),
  "is published by" / "is owned by", "is a member of" teams, "is based in" cities, "was born in",
  sidekick / archenemy; comics "were published by", "were drawn by"; publishers and teams "are
  headquartered in";
* photos: photographs (year taken), paintings (year painted), films (release year); "was taken by"
  / "was taken in" next to "was published in" a magazine, "depicts", "belongs to the genre" (a
  class), "is held by", "is owned by" / "was commissioned by" agencies, "was painted by", "belongs
  to the movement", films "were directed by" and "were photographed by" cinematographers, "were
  filmed in"; photographers "were born in" and "are members of" agencies;
* books: treatises and essays (publication year), novels, operas; "was written by" next to "was
  composed by" (an opera: libretto vs music), "was published by" / "in", "belongs to the field of"
  (a field: "on"), "is a key text of" a movement (the class), and, with ranges of class types but
  no class of the work, "criticizes" and "influenced" a movement, "inspired work in" a field, "was
  translated into" a language; novels "belong to the genre"; names that hold classes
  ("Utilitarianism", "A Treatise of Human Nature", "Ethics");
* forts: forts (year BUILT) next to photographs of them (year taken) and battles (year fought):
  "was captured by" an army next to a photograph's "was taken by", "was built by", "is located in"
  (no "based" anywhere), "is named after"; photographs "depict" forts and battles; battles "were
  won by", "were fought at"; armies "were commanded by";
* retail: department stores (year OPENED) and retail groups (year founded); "is located in" (no
  "based" anywhere) next to groups' "is headquartered in", "stands in" a district, "is owned by",
  "was founded by", "was designed by", "is run by" a manager, "is a member of" an association;
  groups "are constituents of" an index; a user;
* horses: racehorses of three types (racehorse; stallion and mare, of one sex; year foaled) next
  to races; "was owned / trained / ridden / bred by" (owner, trainer, jockey: NO person types),
  "was sired by", "is based in" towns (living), "won", "was foaled in"; trainers "are based at"
  stables.

Findings (each accepted through this round's readings; the starting code, CHANGES.diff reversed,
rejects all 513 false texts):

* (1) "he" / "she" after a creator whose type is no person type ("penciller", "psychologist") and
  a character: the creator is dropped as "a name whose declared type says what it is", so the
  pronoun is the character alone, whatever the gender: "William Moulton Marston created Wonder
  Woman. He was born in Themyscira" (and "is a member of the Justice League", "first appeared in
  All Star Comics #8"), "Dave Cockrum co-created Storm. He was born in Nairobi / lives in New York
  City / is one of the X-Men", "Storm first appeared in Giant-Size X-Men #1. Dave Cockrum
  co-created her. He was born in Nairobi", Al Plastino / Supergirl, Don Heck / Black Widow (also
  after "Don Heck drew Tales of Suspense #52. Black Widow first appeared in it."), "Ramona Fradon
  co-created Metamorpho. She lives in Midway City". The same rule rejects the true texts ("...
  Marston created Wonder Woman. He was born in Saugus", Plastino, Heck, Fradon), and a creator of
  a person type now shares "he" with the character, so "Jerry Siegel created Superman. He was born
  in Cleveland" and "Harvey Kurtzman created Alfred E. Neuman. He was born in Brooklyn" (controls
  the starting code accepts) are rejected.
* (2) "a <noun> of / on <class>" is read for EVERY relation whose range is a class, mass or field
  type, whatever it says: "criticizes" ("The Critique is a treatise of empiricism / a work of
  rationalism", "An Essay Concerning Human Understanding is a work of rationalism", "Existentialism
  Is a Humanism is an essay of absurdism"), "influenced" ("A Treatise of Human Nature is a work of
  logical positivism", "Leviathan is a work of utilitarianism", "Ethics is a treatise of German
  idealism", "The Tractatus is a work of logicism"), "was translated into" ("The Critique is a work
  of English"), "inspired work in" a field ("Leviathan is a treatise / book / work / piece on
  economics", "The Critique is a treatise on aesthetics / cognitive science", "The Tractatus is a
  treatise on computer science"); in appositions, lists ("a treatise of social contract theory and
  utilitarianism"), and after a possessive with the right author ("Leviathan is Thomas Hobbes's
  work of utilitarianism", "The Critique is Immanuel Kant's treatise of English / on aesthetics",
  "The Tractatus, Ludwig Wittgenstein's treatise on computer science, was published in London").
* (2) a final apposition "a <noun> of / on <class>" after the OBJECT is said of the subject item:
  "Leviathan was published by Andrew Crooke, a treatise on political philosophy", "... published
  in London, a treatise ...", "The Critique criticizes rationalism, a work of German idealism",
  "... criticizes empiricism, a treatise on metaphysics"; meanwhile "Thomas Hobbes wrote Leviathan,
  a treatise on political philosophy" (a control) is rejected. "as is" carries the noun to an item
  of another type: "Being and Nothingness is a treatise of existentialism, as is Existentialism Is
  a Humanism" (an essay: "Utilitarianism is a treatise of utilitarianism" is rejected, wrong_kind).
* (3) "captured" (a photograph's "was taken by") makes "captured" a verb of making on the whole
  graph, so a fort's capture is dated by the year the fort was BUILT: "Fort Duquesne was captured
  by the British Army in 1754" (built 1754, captured 1758), "The Confederate States Army captured
  Fort Sumter in 1829", "The Union Army captured Fort Pulaski in 1847", "Captured in 1754, Fort
  Duquesne ...", "Fort William Henry, captured by the French Army in 1755, ...", "Fort Duquesne was
  built in 1754 and captured by the British Army in 1754". (Without the photographs, the same graph
  rejects them; the guard of "take" / "shoot" has no "capture".)
* (3) the active past of an irregular verb of a relation of "authorship" that makes nothing: "is
  run by" a manager ("run" is in AUTHORSHIP) dates a store by its opening year: "Michael Ward ran
  Harrods in 1849", "Andrew Keith ran Selfridges in 1909", "In 1849 Michael Ward ran Harrods",
  "Harrods, which Michael Ward ran in 1849, ...". (The passive "Harrods was run by Michael Ward in
  1849" is accepted by the starting code too: KNOWN.)

Not found: (4) "debuted in" / "made his debut in" / "got his start in" a film a character or an
actor only appeared in, the wrong comic, a year, lists, negation, a creator or publisher as
subject; (5) "lives in" a birthplace, another character's city, for teams, publishers, stores,
groups, forts, battles, merchants; "is based in" an owner's headquarters or another city; "is one
of" / "are among" a non-member, a city, a publisher; "is the subject of" reversed, the
photographer, a place, a genre; (6) "printed" in / by the wrong magazine or publisher, "pictures",
"pictured in", "composed" of a librettist (another relation composes the music), "authored" the
wrong work; (3) "shot" / "captured" / "snapped" with the wrong photographer, a subject, an agency,
a magazine for a place, films and paintings; "took" / "shot" a photograph in the wrong year;
"the shot" / "the photo" after a painting; (2) "a <noun> of" a place, a person, a publisher; "on" a
genre; a noun of another item type ("a photograph of Cubism", "Albert Camus's treatise on ethics");
the wrong author, class or year after a possessive; (7) a wrong year in brackets or in "came out".

OPEN: "he" after a creator and a character of the same gender (Ditko / Spider-Man, Romita /
Wolverine; trainers and colts); "once lived in"; an owner's or a publisher's "photograph / work /
treatise of C" (the starting code accepts "X is Andrew Crooke's treatise." already); a librettist
who "authored" an opera; "a treatise on" a movement the work founds or criticizes; a battle "based
in" its state; a photograph "printed in" the year it was taken; a director who "shot" his film.

KNOWN (accepted by the starting code too): "Harrods was run by Michael Ward in 1849." (a relation
of "run" dates the item); "Apocalypse Now, photographed in 1979 by Vittorio Storaro, ..." (a film
photographed in its release year; shot 1976-77).

Rejected controls: new this round: the six pronoun texts above (Siegel, Kurtzman, Marston, Plastino,
Heck, Fradon). Rejected by the starting code too: "Storm made her debut in Giant-Size X-Men #1 in
1975." (the year after the comic is unverified), "Migrant Mother is a work of documentary
photography." (wrong_kind "work" on that graph), "Thomas Hobbes wrote Leviathan, a treatise on
political philosophy.", "Jean-Jacques Rousseau composed The Social Contract." ("composed" is taken
by the opera's composer), "Harrods is based in Knightsbridge." (stands in), "Central Group is based
in Bangkok." (headquartered in).

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


def comics():
    """Comic characters (items: year of the first appearance) of five types ("superhero",
    "supervillain", "sidekick", "detective", "mascot": all read "he" / "she" this round) next to
    comics (items: year of publication) and films (items: year of release); characters "first
    appeared in" a comic (debut) next to "appeared in" a film (no debut), and actors who "appeared
    in" films too; "was created by" writers and artists (person types) and by a "penciller" and a
    "psychologist" (types that are no person type: beside a character, no longer "he");
    characters "are published by" and "are owned by" (owner, not author), "are members of" teams
    ("is one of the X-Men"), "are based in" cities (living: "lives in"), "were born in" places (as
    are their creators), "are the sidekick of" / "the archenemy of" other characters; comics "were
    published by" publishers that "are headquartered in" cities; teams "are headquartered in"
    buildings (no "lives in")."""
    CH = ("superhero", "supervillain", "sidekick", "detective", "mascot")
    rels = [
        R("first_appeared_in", phrase="first appeared in", inverse_phrase="introduced", domain=CH, range=("comic",)),
        R("appeared_in", phrase="appeared in", inverse_phrase="featured", domain=CH, range=("film",)),
        R("actor_in", phrase="appeared in", inverse_phrase="starred", domain=("actor",), range=("film",)),
        R("created_by", phrase="was created by", inverse_phrase="created", domain=CH,
          range=("writer", "artist", "cartoonist", "penciller", "psychologist")),
        R("char_published_by", phrase="is published by", inverse_phrase="publishes", domain=CH, range=("publisher",)),
        R("comic_published_by", phrase="was published by", inverse_phrase="published", domain=("comic",), range=("publisher",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=CH, range=("company",)),
        R("member_of", phrase="is a member of", inverse_phrase="has the member", domain=CH, range=("team",)),
        R("based_in", phrase="is based in", inverse_phrase="is the home of", domain=CH, range=("city",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
          domain=(*CH, "writer", "artist", "cartoonist", "penciller", "psychologist"), range=("city", "planet", "island")),
        R("sidekick_of", phrase="is the sidekick of", inverse_phrase="has the sidekick", domain=("sidekick",), range=("superhero",)),
        R("archenemy_of", phrase="is the archenemy of", inverse_phrase="has the archenemy", domain=("supervillain",), range=("superhero",)),
        R("hq_in", phrase="is headquartered in", inverse_phrase="is the headquarters of", domain=("publisher",), range=("city",)),
        R("team_hq", phrase="is headquartered in", inverse_phrase="houses", domain=("team",), range=("building",)),
        R("drawn_by", phrase="was drawn by", inverse_phrase="drew", domain=("comic",), range=("artist", "penciller", "cartoonist")),
        R("film_directed_by", phrase="was directed by", inverse_phrase="directed", domain=("film",), range=("director",)),
    ]
    items = {
        "c:superman": ("superhero", "Superman", 1938), "c:batman": ("superhero", "Batman", 1939),
        "c:ww": ("superhero", "Wonder Woman", 1941), "c:spidey": ("superhero", "Spider-Man", 1962),
        "c:wolverine": ("superhero", "Wolverine", 1974), "c:storm": ("superhero", "Storm", 1975),
        "c:joker": ("supervillain", "The Joker", 1940), "c:luthor": ("supervillain", "Lex Luthor", 1940),
        "c:magneto": ("supervillain", "Magneto", 1963), "c:robin": ("sidekick", "Robin", 1940),
        "c:tracy": ("detective", "Dick Tracy", 1931), "c:widow": ("superhero", "Black Widow", 1964),
        "c:metamorpho": ("superhero", "Metamorpho", 1965), "c:supergirl": ("superhero", "Supergirl", 1959), "c:neuman": ("mascot", "Alfred E. Neuman", 1954),
        "k:action1": ("comic", "Action Comics #1", 1938), "k:tec27": ("comic", "Detective Comics #27", 1939),
        "k:allstar8": ("comic", "All Star Comics #8", 1941), "k:af15": ("comic", "Amazing Fantasy #15", 1962),
        "k:hulk181": ("comic", "The Incredible Hulk #181", 1974), "k:gsx1": ("comic", "Giant-Size X-Men #1", 1975),
        "k:batman1": ("comic", "Batman #1", 1940), "k:tec38": ("comic", "Detective Comics #38", 1940),
        "k:action23": ("comic", "Action Comics #23", 1940), "k:xmen1": ("comic", "The X-Men #1", 1963),
        "k:mad21": ("comic", "Mad #21", 1954), "k:tos52": ("comic", "Tales of Suspense #52", 1964),
        "k:brave57": ("comic", "The Brave and the Bold #57", 1965), "k:action252": ("comic", "Action Comics #252", 1959), "k:tribune": ("comic", "Detroit Mirror strip", 1931),
        "f:returns": ("film", "Superman Returns", 2006), "f:tdk": ("film", "The Dark Knight", 2008),
        "f:spidey2": ("film", "Spider-Man 2", 2004), "f:x2": ("film", "X2", 2003), "f:logan": ("film", "Logan", 2017),
        "f:ww": ("film", "Wonder Woman 1984", 2020),
    }
    others = {
        "p:siegel": ("writer", "Jerry Siegel"), "p:shuster": ("artist", "Joe Shuster"), "p:kane": ("cartoonist", "Bob Kane"),
        "p:finger": ("writer", "Bill Finger"), "p:marston": ("psychologist", "William Moulton Marston"),
        "p:lee": ("writer", "Stan Lee"), "p:ditko": ("penciller", "Steve Ditko"), "p:wein": ("writer", "Len Wein"),
        "p:romita": ("penciller", "John Romita Sr."), "p:cockrum": ("penciller", "Dave Cockrum"),
        "p:kirby": ("artist", "Jack Kirby"), "p:robinson": ("artist", "Jerry Robinson"), "p:gould": ("cartoonist", "Chester Gould"),
        "p:kurtzman": ("cartoonist", "Harvey Kurtzman"), "p:heck": ("penciller", "Don Heck"), "p:rico": ("writer", "Don Rico"),
        "p:fradon": ("penciller", "Ramona Fradon"), "p:haney": ("writer", "Bob Haney"), "p:binder": ("writer", "Otto Binder"),
        "p:plastino": ("penciller", "Al Plastino"), "p:trimpe": ("penciller", "Herb Trimpe"), "p:peter": ("artist", "Harry G. Peter"),
        "a:bale": ("actor", "Christian Bale"), "a:routh": ("actor", "Brandon Routh"), "a:maguire": ("actor", "Tobey Maguire"),
        "a:jackman": ("actor", "Hugh Jackman"), "a:berry": ("actor", "Halle Berry"), "a:ledger": ("actor", "Heath Ledger"),
        "a:gadot": ("actor", "Gal Gadot"),
        "d:singer": ("director", "Bryan Singer"), "d:nolan": ("director", "Christopher Nolan"), "d:raimi": ("director", "Sam Raimi"),
        "d:mangold": ("director", "James Mangold"), "d:jenkins": ("director", "Patty Jenkins"),
        "u:dc": ("publisher", "DC Comics"), "u:marvel": ("publisher", "Marvel Comics"), "u:ec": ("publisher", "EC Comics"),
        "u:tribune": ("publisher", "Chicago Tribune Syndicate"),
        "o:wbd": ("company", "Warner Bros. Discovery"), "o:disney": ("company", "The Walt Disney Company"),
        "o:tribune": ("company", "Tribune Content Agency"),
        "t:jla": ("team", "Justice League"), "t:xmen": ("team", "X-Men"), "t:avengers": ("team", "Avengers"),
        "t:brotherhood": ("team", "Brotherhood of Mutants"), "t:titans": ("team", "Teen Titans"),
        "b:watchtower": ("building", "the Watchtower"), "b:mansion": ("building", "Avengers Mansion"),
        "b:xavier": ("building", "Xavier's School for Gifted Youngsters"), "b:titanstower": ("building", "Titans Tower"),
        "y:metropolis": ("city", "Metropolis"), "y:gotham": ("city", "Gotham City"), "y:nyc": ("city", "New York City"),
        "y:cleveland": ("city", "Cleveland"), "y:toronto": ("city", "Toronto"), "y:chicago": ("city", "Chicago"),
        "y:burbank": ("city", "Burbank"), "y:johnstown": ("city", "Johnstown"), "y:saugus": ("city", "Saugus"),
        "y:nairobi": ("city", "Nairobi"), "y:alberta": ("city", "Cold Lake"), "y:brooklyn": ("city", "Brooklyn"),
        "y:pawnee": ("city", "Pawnee"), "y:stalingrad": ("city", "Stalingrad"), "y:queens": ("city", "Queens"),
        "y:midway": ("city", "Midway City"), "y:argo": ("city", "Argo City"),
        "y:krypton": ("planet", "Krypton"), "y:themyscira": ("island", "Themyscira"),
    }
    T_ = [
        ("c:superman", "first_appeared_in", "k:action1"), ("c:batman", "first_appeared_in", "k:tec27"),
        ("c:ww", "first_appeared_in", "k:allstar8"), ("c:spidey", "first_appeared_in", "k:af15"),
        ("c:wolverine", "first_appeared_in", "k:hulk181"), ("c:storm", "first_appeared_in", "k:gsx1"),
        ("c:joker", "first_appeared_in", "k:batman1"), ("c:robin", "first_appeared_in", "k:tec38"),
        ("c:luthor", "first_appeared_in", "k:action23"), ("c:magneto", "first_appeared_in", "k:xmen1"),
        ("c:neuman", "first_appeared_in", "k:mad21"), ("c:tracy", "first_appeared_in", "k:tribune"),
        ("c:widow", "first_appeared_in", "k:tos52"), ("c:metamorpho", "first_appeared_in", "k:brave57"),
        ("c:supergirl", "first_appeared_in", "k:action252"),
        ("c:widow", "created_by", "p:heck"), ("c:widow", "created_by", "p:rico"), ("c:widow", "created_by", "p:lee"),
        ("c:metamorpho", "created_by", "p:fradon"), ("c:metamorpho", "created_by", "p:haney"),
        ("c:supergirl", "created_by", "p:binder"), ("c:supergirl", "created_by", "p:plastino"),
        ("c:widow", "born_in", "y:stalingrad"), ("c:supergirl", "born_in", "y:argo"), ("c:widow", "member_of", "t:avengers"),
        ("c:metamorpho", "based_in", "y:midway"), ("c:supergirl", "based_in", "y:metropolis"),
        ("c:widow", "char_published_by", "u:marvel"), ("c:metamorpho", "char_published_by", "u:dc"), ("c:supergirl", "char_published_by", "u:dc"),
        ("p:heck", "born_in", "y:queens"), ("p:fradon", "born_in", "y:chicago"), ("p:plastino", "born_in", "y:nyc"),
        ("k:tos52", "comic_published_by", "u:marvel"), ("k:brave57", "comic_published_by", "u:dc"), ("k:action252", "comic_published_by", "u:dc"),
        ("k:af15", "drawn_by", "p:ditko"), ("k:action1", "drawn_by", "p:shuster"), ("k:tec27", "drawn_by", "p:kane"),
        ("k:xmen1", "drawn_by", "p:kirby"), ("k:gsx1", "drawn_by", "p:cockrum"), ("k:hulk181", "drawn_by", "p:trimpe"),
        ("k:tos52", "drawn_by", "p:heck"), ("k:brave57", "drawn_by", "p:fradon"), ("k:allstar8", "drawn_by", "p:peter"),
        ("c:superman", "appeared_in", "f:returns"), ("c:luthor", "appeared_in", "f:returns"),
        ("c:batman", "appeared_in", "f:tdk"), ("c:joker", "appeared_in", "f:tdk"), ("c:spidey", "appeared_in", "f:spidey2"),
        ("c:wolverine", "appeared_in", "f:x2"), ("c:storm", "appeared_in", "f:x2"), ("c:magneto", "appeared_in", "f:x2"),
        ("c:wolverine", "appeared_in", "f:logan"), ("c:ww", "appeared_in", "f:ww"),
        ("a:bale", "actor_in", "f:tdk"), ("a:ledger", "actor_in", "f:tdk"), ("a:routh", "actor_in", "f:returns"),
        ("a:maguire", "actor_in", "f:spidey2"), ("a:jackman", "actor_in", "f:x2"), ("a:jackman", "actor_in", "f:logan"),
        ("a:berry", "actor_in", "f:x2"), ("a:gadot", "actor_in", "f:ww"),
        ("f:returns", "film_directed_by", "d:singer"), ("f:tdk", "film_directed_by", "d:nolan"),
        ("f:spidey2", "film_directed_by", "d:raimi"), ("f:x2", "film_directed_by", "d:singer"),
        ("f:logan", "film_directed_by", "d:mangold"), ("f:ww", "film_directed_by", "d:jenkins"),
        ("c:superman", "created_by", "p:siegel"), ("c:superman", "created_by", "p:shuster"),
        ("c:batman", "created_by", "p:kane"), ("c:batman", "created_by", "p:finger"), ("c:ww", "created_by", "p:marston"),
        ("c:spidey", "created_by", "p:lee"), ("c:spidey", "created_by", "p:ditko"),
        ("c:wolverine", "created_by", "p:wein"), ("c:wolverine", "created_by", "p:romita"),
        ("c:storm", "created_by", "p:wein"), ("c:storm", "created_by", "p:cockrum"),
        ("c:joker", "created_by", "p:robinson"), ("c:joker", "created_by", "p:finger"), ("c:joker", "created_by", "p:kane"),
        ("c:luthor", "created_by", "p:siegel"), ("c:luthor", "created_by", "p:shuster"),
        ("c:magneto", "created_by", "p:lee"), ("c:magneto", "created_by", "p:kirby"),
        ("c:robin", "created_by", "p:robinson"), ("c:robin", "created_by", "p:finger"), ("c:robin", "created_by", "p:kane"),
        ("c:tracy", "created_by", "p:gould"), ("c:neuman", "created_by", "p:kurtzman"),
        ("c:superman", "char_published_by", "u:dc"), ("c:batman", "char_published_by", "u:dc"),
        ("c:ww", "char_published_by", "u:dc"), ("c:joker", "char_published_by", "u:dc"), ("c:luthor", "char_published_by", "u:dc"),
        ("c:robin", "char_published_by", "u:dc"), ("c:spidey", "char_published_by", "u:marvel"),
        ("c:wolverine", "char_published_by", "u:marvel"), ("c:storm", "char_published_by", "u:marvel"),
        ("c:magneto", "char_published_by", "u:marvel"), ("c:neuman", "char_published_by", "u:ec"),
        ("c:tracy", "char_published_by", "u:tribune"),
        ("k:action1", "comic_published_by", "u:dc"), ("k:tec27", "comic_published_by", "u:dc"),
        ("k:allstar8", "comic_published_by", "u:dc"), ("k:batman1", "comic_published_by", "u:dc"),
        ("k:tec38", "comic_published_by", "u:dc"), ("k:action23", "comic_published_by", "u:dc"),
        ("k:af15", "comic_published_by", "u:marvel"), ("k:hulk181", "comic_published_by", "u:marvel"),
        ("k:gsx1", "comic_published_by", "u:marvel"), ("k:xmen1", "comic_published_by", "u:marvel"),
        ("k:mad21", "comic_published_by", "u:ec"), ("k:tribune", "comic_published_by", "u:tribune"),
        ("c:superman", "owned_by", "o:wbd"), ("c:batman", "owned_by", "o:wbd"), ("c:ww", "owned_by", "o:wbd"),
        ("c:joker", "owned_by", "o:wbd"), ("c:robin", "owned_by", "o:wbd"), ("c:spidey", "owned_by", "o:disney"),
        ("c:wolverine", "owned_by", "o:disney"), ("c:storm", "owned_by", "o:disney"), ("c:tracy", "owned_by", "o:tribune"),
        ("c:superman", "member_of", "t:jla"), ("c:batman", "member_of", "t:jla"), ("c:ww", "member_of", "t:jla"),
        ("c:wolverine", "member_of", "t:xmen"), ("c:storm", "member_of", "t:xmen"), ("c:wolverine", "member_of", "t:avengers"),
        ("c:spidey", "member_of", "t:avengers"), ("c:magneto", "member_of", "t:brotherhood"), ("c:robin", "member_of", "t:titans"),
        ("c:superman", "based_in", "y:metropolis"), ("c:luthor", "based_in", "y:metropolis"), ("c:batman", "based_in", "y:gotham"),
        ("c:joker", "based_in", "y:gotham"), ("c:robin", "based_in", "y:gotham"), ("c:spidey", "based_in", "y:nyc"),
        ("c:storm", "based_in", "y:nyc"), ("c:tracy", "based_in", "y:chicago"),
        ("c:superman", "born_in", "y:krypton"), ("c:ww", "born_in", "y:themyscira"), ("c:spidey", "born_in", "y:brooklyn"),
        ("c:storm", "born_in", "y:nairobi"), ("c:wolverine", "born_in", "y:alberta"),
        ("p:siegel", "born_in", "y:cleveland"), ("p:shuster", "born_in", "y:toronto"), ("p:kane", "born_in", "y:nyc"),
        ("p:marston", "born_in", "y:saugus"), ("p:lee", "born_in", "y:nyc"), ("p:ditko", "born_in", "y:johnstown"),
        ("p:kirby", "born_in", "y:nyc"), ("p:gould", "born_in", "y:pawnee"), ("p:kurtzman", "born_in", "y:brooklyn"),
        ("p:cockrum", "born_in", "y:pawnee"), ("p:romita", "born_in", "y:brooklyn"),
        ("c:robin", "sidekick_of", "c:batman"),
        ("c:joker", "archenemy_of", "c:batman"), ("c:luthor", "archenemy_of", "c:superman"),
        ("u:dc", "hq_in", "y:burbank"), ("u:marvel", "hq_in", "y:nyc"), ("u:ec", "hq_in", "y:nyc"), ("u:tribune", "hq_in", "y:chicago"),
        ("t:jla", "team_hq", "b:watchtower"), ("t:avengers", "team_hq", "b:mansion"), ("t:xmen", "team_hq", "b:xavier"),
        ("t:titans", "team_hq", "b:titanstower"),
    ]
    return _build(items, others, rels, T_)


def photos():
    """Photographs (items: year taken) next to paintings (year painted) and films (year of
    release): photographs "were taken by" photographers ("shot", "captured", "snapped",
    "photographed" this round) and "were taken in" places (next to "were published in" a
    magazine or newspaper), "depict" people ("is the subject of" the other way), "belong to the
    genre" (a class: "a work of war photography"), "are held by" museums, "are owned by" and
    "were commissioned by" agencies (not their makers); paintings "were painted by", "belong to
    the movement", "depict", "are held by"; films "were directed by" and "were photographed by"
    cinematographers (a relation of films that says "photographed"), "were filmed in"
    countries; photographers "were born in" cities and "are members of" agencies."""
    rels = [
        R("taken_by", phrase="was taken by", inverse_phrase="took", domain=("photograph",), range=("photographer",)),
        R("taken_in", phrase="was taken in", inverse_phrase="is the place of", domain=("photograph",), range=("city", "region")),
        R("published_in", phrase="was published in", inverse_phrase="published", domain=("photograph",), range=("magazine", "newspaper")),
        R("depicts", phrase="depicts", inverse_phrase="is depicted in", domain=("photograph", "painting"), range=("person", "event")),
        R("genre", phrase="belongs to the genre", inverse_phrase="includes", domain=("photograph", "painting"), range=("genre",)),
        R("held_by", phrase="is held by", inverse_phrase="holds", domain=("photograph", "painting"), range=("museum",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("photograph",), range=("agency",)),
        R("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned", domain=("photograph",), range=("agency",)),
        R("painted_by", phrase="was painted by", inverse_phrase="painted", domain=("painting",), range=("painter",)),
        R("movement", phrase="belongs to the movement", inverse_phrase="includes", domain=("painting",), range=("movement",)),
        R("directed_by", phrase="was directed by", inverse_phrase="directed", domain=("film",), range=("director",)),
        R("photographed_by", phrase="was photographed by", inverse_phrase="photographed", domain=("film",), range=("cinematographer",)),
        R("filmed_in", phrase="was filmed in", inverse_phrase="is the location of", domain=("film",), range=("country",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("photographer", "painter", "director"), range=("city",)),
        R("member_of", phrase="is a member of", inverse_phrase="has the member", domain=("photographer",), range=("agency",)),
    ]
    items = {
        "ph:migrant": ("photograph", "Migrant Mother", 1936), "ph:soldier": ("photograph", "The Falling Soldier", 1936),
        "ph:iwojima": ("photograph", "Raising the Flag on Iwo Jima", 1945), "ph:afghan": ("photograph", "Afghan Girl", 1984),
        "ph:baiser": ("photograph", "Le Baiser de l'Hotel de Ville", 1950), "ph:korda": ("photograph", "Guerrillero Heroico", 1960),
        "ph:terror": ("photograph", "The Terror of War", 1972), "ph:earthrise": ("photograph", "Earthrise", 1968),
        "ph:vjday": ("photograph", "V-J Day in Times Square", 1945), "ph:lunch": ("photograph", "Lunch atop a Skyscraper", 1932),
        "pt:gleaners": ("painting", "The Gleaners", 1857), "pt:nighthawks": ("painting", "Nighthawks", 1942),
        "pt:guernica": ("painting", "Guernica", 1937), "pt:liberty": ("painting", "Liberty Leading the People", 1830),
        "fm:lawrence": ("film", "Lawrence of Arabia", 1962), "fm:zhivago": ("film", "Doctor Zhivago", 1965),
        "fm:apocalypse": ("film", "Apocalypse Now", 1979),
    }
    others = {
        "g:lange": ("photographer", "Dorothea Lange"), "g:capa": ("photographer", "Robert Capa"),
        "g:rosenthal": ("photographer", "Joe Rosenthal"), "g:mccurry": ("photographer", "Steve McCurry"),
        "g:doisneau": ("photographer", "Robert Doisneau"), "g:korda": ("photographer", "Alberto Korda"),
        "g:ut": ("photographer", "Nick Ut"), "g:anders": ("photographer", "William Anders"),
        "g:eisenstaedt": ("photographer", "Alfred Eisenstaedt"), "g:ebbets": ("photographer", "Charles C. Ebbets"),
        "v:nipomo": ("city", "Nipomo"), "v:cerro": ("city", "Cerro Muriano"), "v:iwojima": ("region", "Iwo Jima"),
        "v:peshawar": ("city", "Peshawar"), "v:paris": ("city", "Paris"), "v:havana": ("city", "Havana"),
        "v:trangbang": ("city", "Trang Bang"), "v:orbit": ("region", "lunar orbit"), "v:nyc": ("city", "New York City"),
        "v:hoboken": ("city", "Hoboken"), "v:budapest": ("city", "Budapest"), "v:washington": ("city", "Washington"),
        "v:gentilly": ("city", "Gentilly"), "v:dirschau": ("city", "Dirschau"), "v:saigon": ("city", "Saigon"),
        "v:london": ("city", "London"), "v:brooklyn": ("city", "Brooklyn"),
        "m:sfnews": ("newspaper", "San Francisco News"), "m:vu": ("magazine", "Vu"), "m:natgeo": ("magazine", "National Geographic"),
        "m:life": ("magazine", "Life"), "m:revolucion": ("newspaper", "Revolucion"), "m:nyt": ("newspaper", "The New York Times"),
        "m:herald": ("newspaper", "New York Herald Tribune"), "m:time": ("magazine", "Time"),
        "s:thompson": ("person", "Florence Owens Thompson"), "s:gula": ("person", "Sharbat Gula"),
        "s:che": ("person", "Che Guevara"), "s:phuc": ("person", "Phan Thi Kim Phuc"), "s:marianne": ("person", "Marianne"),
        "s:bombing": ("event", "the bombing of Guernica"), "s:july": ("event", "the July Revolution"),
        "s:iwojima": ("event", "the Battle of Iwo Jima"),
        "k:documentary": ("genre", "documentary photography"), "k:war": ("genre", "war photography"),
        "k:portrait": ("genre", "portrait photography"), "k:street": ("genre", "street photography"),
        "k:space": ("genre", "space photography"), "k:history": ("genre", "history painting"),
        "k:genrepainting": ("genre", "genre painting"),
        "mv:realism": ("movement", "Realism"), "mv:cubism": ("movement", "Cubism"), "mv:romanticism": ("movement", "Romanticism"),
        "mv:american": ("movement", "American realism"),
        "x:loc": ("museum", "Library of Congress"), "x:icp": ("museum", "International Center of Photography"),
        "x:orsay": ("museum", "Musee d'Orsay"), "x:aic": ("museum", "Art Institute of Chicago"),
        "x:reina": ("museum", "Museo Reina Sofia"), "x:louvre": ("museum", "the Louvre"),
        "x:moma": ("museum", "Museum of Modern Art"),
        "ag:ap": ("agency", "Associated Press"), "ag:magnum": ("agency", "Magnum Photos"),
        "ag:fsa": ("agency", "Resettlement Administration"), "ag:nasa": ("agency", "NASA"),
        "ag:getty": ("agency", "Getty Images"), "ag:bettmann": ("agency", "Bettmann"),
        "pa:millet": ("painter", "Jean-Francois Millet"), "pa:hopper": ("painter", "Edward Hopper"),
        "pa:picasso": ("painter", "Pablo Picasso"), "pa:delacroix": ("painter", "Eugene Delacroix"),
        "dr:lean": ("director", "David Lean"), "dr:coppola": ("director", "Francis Ford Coppola"),
        "ci:young": ("cinematographer", "Freddie Young"), "ci:storaro": ("cinematographer", "Vittorio Storaro"),
        "co:jordan": ("country", "Jordan"), "co:spain": ("country", "Spain"), "co:philippines": ("country", "Philippines"),
    }
    T_ = [
        ("ph:migrant", "taken_by", "g:lange"), ("ph:soldier", "taken_by", "g:capa"), ("ph:iwojima", "taken_by", "g:rosenthal"),
        ("ph:afghan", "taken_by", "g:mccurry"), ("ph:baiser", "taken_by", "g:doisneau"), ("ph:korda", "taken_by", "g:korda"),
        ("ph:terror", "taken_by", "g:ut"), ("ph:earthrise", "taken_by", "g:anders"), ("ph:vjday", "taken_by", "g:eisenstaedt"),
        ("ph:lunch", "taken_by", "g:ebbets"),
        ("ph:migrant", "taken_in", "v:nipomo"), ("ph:soldier", "taken_in", "v:cerro"), ("ph:iwojima", "taken_in", "v:iwojima"),
        ("ph:afghan", "taken_in", "v:peshawar"), ("ph:baiser", "taken_in", "v:paris"), ("ph:korda", "taken_in", "v:havana"),
        ("ph:terror", "taken_in", "v:trangbang"), ("ph:earthrise", "taken_in", "v:orbit"), ("ph:vjday", "taken_in", "v:nyc"),
        ("ph:lunch", "taken_in", "v:nyc"),
        ("ph:migrant", "published_in", "m:sfnews"), ("ph:soldier", "published_in", "m:vu"), ("ph:afghan", "published_in", "m:natgeo"),
        ("ph:baiser", "published_in", "m:life"), ("ph:vjday", "published_in", "m:life"), ("ph:korda", "published_in", "m:revolucion"),
        ("ph:terror", "published_in", "m:nyt"), ("ph:lunch", "published_in", "m:herald"), ("ph:earthrise", "published_in", "m:life"),
        ("ph:migrant", "depicts", "s:thompson"), ("ph:afghan", "depicts", "s:gula"), ("ph:korda", "depicts", "s:che"),
        ("ph:terror", "depicts", "s:phuc"), ("ph:iwojima", "depicts", "s:iwojima"),
        ("pt:guernica", "depicts", "s:bombing"), ("pt:liberty", "depicts", "s:marianne"), ("pt:liberty", "depicts", "s:july"),
        ("ph:migrant", "genre", "k:documentary"), ("ph:soldier", "genre", "k:war"), ("ph:iwojima", "genre", "k:war"),
        ("ph:terror", "genre", "k:war"), ("ph:afghan", "genre", "k:portrait"), ("ph:korda", "genre", "k:portrait"),
        ("ph:baiser", "genre", "k:street"), ("ph:vjday", "genre", "k:street"), ("ph:earthrise", "genre", "k:space"),
        ("ph:lunch", "genre", "k:documentary"), ("pt:gleaners", "genre", "k:genrepainting"),
        ("pt:liberty", "genre", "k:history"), ("pt:guernica", "genre", "k:history"), ("pt:nighthawks", "genre", "k:genrepainting"),
        ("ph:migrant", "held_by", "x:loc"), ("ph:soldier", "held_by", "x:icp"), ("ph:afghan", "held_by", "x:moma"),
        ("pt:gleaners", "held_by", "x:orsay"), ("pt:nighthawks", "held_by", "x:aic"), ("pt:guernica", "held_by", "x:reina"),
        ("pt:liberty", "held_by", "x:louvre"),
        ("ph:iwojima", "owned_by", "ag:ap"), ("ph:terror", "owned_by", "ag:ap"), ("ph:soldier", "owned_by", "ag:magnum"),
        ("ph:lunch", "owned_by", "ag:bettmann"), ("ph:vjday", "owned_by", "ag:getty"),
        ("ph:migrant", "commissioned_by", "ag:fsa"), ("ph:earthrise", "commissioned_by", "ag:nasa"),
        ("pt:gleaners", "painted_by", "pa:millet"), ("pt:nighthawks", "painted_by", "pa:hopper"),
        ("pt:guernica", "painted_by", "pa:picasso"), ("pt:liberty", "painted_by", "pa:delacroix"),
        ("pt:gleaners", "movement", "mv:realism"), ("pt:nighthawks", "movement", "mv:american"),
        ("pt:guernica", "movement", "mv:cubism"), ("pt:liberty", "movement", "mv:romanticism"),
        ("fm:lawrence", "directed_by", "dr:lean"), ("fm:zhivago", "directed_by", "dr:lean"),
        ("fm:apocalypse", "directed_by", "dr:coppola"),
        ("fm:lawrence", "photographed_by", "ci:young"), ("fm:zhivago", "photographed_by", "ci:young"),
        ("fm:apocalypse", "photographed_by", "ci:storaro"),
        ("fm:lawrence", "filmed_in", "co:jordan"), ("fm:zhivago", "filmed_in", "co:spain"),
        ("fm:apocalypse", "filmed_in", "co:philippines"),
        ("g:lange", "born_in", "v:hoboken"), ("g:capa", "born_in", "v:budapest"), ("g:rosenthal", "born_in", "v:washington"),
        ("g:doisneau", "born_in", "v:gentilly"), ("g:eisenstaedt", "born_in", "v:dirschau"), ("g:ut", "born_in", "v:saigon"),
        ("g:korda", "born_in", "v:havana"), ("dr:lean", "born_in", "v:london"), ("ci:young", "born_in", "v:london"),
        ("pa:hopper", "born_in", "v:nyc"), ("pa:delacroix", "born_in", "v:paris"),
        ("g:capa", "member_of", "ag:magnum"), ("g:mccurry", "member_of", "ag:magnum"), ("g:ut", "member_of", "ag:ap"),
        ("g:rosenthal", "member_of", "ag:ap"),
    ]
    aliases = {"ph:baiser": ("Le Baiser",), "ph:iwojima": ("the Iwo Jima photograph",)}
    return _build(items, others, rels, T_, aliases=aliases)


def books():
    """Philosophical works: treatises and essays (items: year of publication; "published" and
    "came out" date them this round), next to novels and operas (items: year); works "were
    written by" philosophers ("composed", "authored" this round) next to operas that "were
    written by" a librettist and "were composed by" a composer; "were published by" publishers
    ("printed" this round) and "were published in" cities; treatises and essays "belong to the
    field of" a field (a class said "on": "a treatise on ethics"), "are key texts of" a movement
    (a class: "a work of empiricism"), "criticize" a movement and "influenced" a movement (classes
    too by their range, though no class of the work), "were translated into" a language (a mass
    type); novels "belong to the genre"; philosophers "are proponents of" movements, "were born
    in" cities. Names that hold a class or a field: the essay "Utilitarianism" beside the movement
    utilitarianism, "A Treatise of Human Nature", "An Essay Concerning Human Understanding"."""
    W = ("treatise", "essay")
    rels = [
        R("written_by", phrase="was written by", inverse_phrase="wrote", domain=(*W, "novel", "opera"), range=("philosopher", "librettist")),
        R("composed_by", phrase="was composed by", inverse_phrase="composed", domain=("opera",), range=("composer",)),
        R("published_by", phrase="was published by", inverse_phrase="published", domain=(*W, "novel"), range=("publisher",)),
        R("published_in", phrase="was published in", inverse_phrase="is the place of publication of", domain=(*W, "novel"), range=("city",)),
        R("field", phrase="belongs to the field of", inverse_phrase="includes the work", domain=W, range=("field",)),
        R("key_text", phrase="is a key text of", inverse_phrase="has the key text", domain=W, range=("movement",)),
        R("criticizes", phrase="criticizes", inverse_phrase="is criticized in", domain=W, range=("movement",)),
        R("influenced", phrase="influenced", inverse_phrase="was influenced by", domain=W, range=("movement",)),
        R("inspired_field", phrase="inspired work in", inverse_phrase="drew on", domain=W, range=("field",)),
        R("translated_into", phrase="was translated into", inverse_phrase="is the language of a translation of", domain=(*W, "novel"), range=("language",)),
        R("novel_genre", phrase="belongs to the genre", inverse_phrase="includes the novel", domain=("novel",), range=("genre",)),
        R("proponent_of", phrase="is a proponent of", inverse_phrase="has the proponent", domain=("philosopher",), range=("movement",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("philosopher", "composer"), range=("city",)),
        R("premiered_in", phrase="premiered in", inverse_phrase="saw the premiere of", domain=("opera",), range=("city",)),
    ]
    items = {
        "t:critique": ("treatise", "Critique of Pure Reason", 1781), "t:groundwork": ("treatise", "Groundwork of the Metaphysics of Morals", 1785),
        "t:leviathan": ("treatise", "Leviathan", 1651), "t:essay": ("treatise", "An Essay Concerning Human Understanding", 1689),
        "t:being": ("treatise", "Being and Nothingness", 1943), "t:contract": ("treatise", "The Social Contract", 1762),
        "t:tractatus": ("treatise", "Tractatus Logico-Philosophicus", 1921), "t:principia": ("treatise", "Principia Mathematica", 1910),
        "t:treatise": ("treatise", "A Treatise of Human Nature", 1739), "t:ethics": ("treatise", "Ethics", 1677),
        "e:util": ("essay", "Utilitarianism", 1861), "e:liberty": ("essay", "On Liberty", 1859),
        "e:sisyphus": ("essay", "The Myth of Sisyphus", 1942), "e:humanism": ("essay", "Existentialism Is a Humanism", 1946),
        "n:candide": ("novel", "Candide", 1759), "n:nausea": ("novel", "Nausea", 1938), "n:stranger": ("novel", "The Stranger", 1942),
        "o:devin": ("opera", "Le Devin du village", 1752), "o:samson": ("opera", "Samson", 1734),
    }
    others = {
        "p:kant": ("philosopher", "Immanuel Kant"), "p:hobbes": ("philosopher", "Thomas Hobbes"), "p:locke": ("philosopher", "John Locke"),
        "p:hume": ("philosopher", "David Hume"), "p:sartre": ("philosopher", "Jean-Paul Sartre"),
        "p:rousseau": ("philosopher", "Jean-Jacques Rousseau"), "p:wittgenstein": ("philosopher", "Ludwig Wittgenstein"),
        "p:russell": ("philosopher", "Bertrand Russell"), "p:whitehead": ("philosopher", "Alfred North Whitehead"),
        "p:mill": ("philosopher", "John Stuart Mill"), "p:camus": ("philosopher", "Albert Camus"), "p:voltaire": ("philosopher", "Voltaire"),
        "p:spinoza": ("philosopher", "Baruch Spinoza"),
        "c:rameau": ("composer", "Jean-Philippe Rameau"),
        "u:hartknoch": ("publisher", "Johann Friedrich Hartknoch"), "u:crooke": ("publisher", "Andrew Crooke"),
        "u:gallimard": ("publisher", "Gallimard"), "u:cup": ("publisher", "Cambridge University Press"),
        "u:noon": ("publisher", "John Noon"), "u:kegan": ("publisher", "Kegan Paul"), "u:parker": ("publisher", "John W. Parker"),
        "u:rey": ("publisher", "Marc-Michel Rey"), "u:basset": ("publisher", "Thomas Basset"), "u:nagel": ("publisher", "Editions Nagel"),
        "u:cramer": ("publisher", "Cramer"),
        "y:riga": ("city", "Riga"), "y:london": ("city", "London"), "y:paris": ("city", "Paris"), "y:amsterdam": ("city", "Amsterdam"),
        "y:konigsberg": ("city", "Konigsberg"), "y:geneva": ("city", "Geneva"), "y:edinburgh": ("city", "Edinburgh"),
        "y:vienna": ("city", "Vienna"), "y:westport": ("city", "Wrington"), "y:fontainebleau": ("city", "Fontainebleau"),
        "y:dijon": ("city", "Dijon"), "y:malmesbury": ("city", "Malmesbury"), "y:cambridge": ("city", "Cambridge"),
        "f:ethics": ("field", "ethics"), "f:metaphysics": ("field", "metaphysics"), "f:epistemology": ("field", "epistemology"),
        "f:political": ("field", "political philosophy"), "f:logic": ("field", "logic"), "f:ontology": ("field", "ontology"),
        "f:mathematics": ("field", "philosophy of mathematics"), "f:aesthetics": ("field", "aesthetics"),
        "f:mind": ("field", "cognitive science"), "f:linguistics": ("field", "computer science"), "f:economics": ("field", "economics"),
        "m:idealism": ("movement", "German idealism"), "m:empiricism": ("movement", "empiricism"),
        "m:rationalism": ("movement", "rationalism"), "m:existentialism": ("movement", "existentialism"),
        "m:utilitarianism": ("movement", "utilitarianism"), "m:contract": ("movement", "social contract theory"),
        "m:positivism": ("movement", "logical positivism"), "m:absurdism": ("movement", "absurdism"),
        "m:logicism": ("movement", "logicism"),
        "l:english": ("language", "English"), "l:german": ("language", "German"), "l:french": ("language", "French"),
        "l:latin": ("language", "Latin"),
        "g:satire": ("genre", "satire"), "g:philosophical": ("genre", "philosophical fiction"),
    }
    T_ = [
        ("t:critique", "written_by", "p:kant"), ("t:groundwork", "written_by", "p:kant"), ("t:leviathan", "written_by", "p:hobbes"),
        ("t:essay", "written_by", "p:locke"), ("t:being", "written_by", "p:sartre"), ("t:contract", "written_by", "p:rousseau"),
        ("t:tractatus", "written_by", "p:wittgenstein"), ("t:principia", "written_by", "p:russell"),
        ("t:principia", "written_by", "p:whitehead"), ("t:treatise", "written_by", "p:hume"), ("t:ethics", "written_by", "p:spinoza"),
        ("e:util", "written_by", "p:mill"), ("e:liberty", "written_by", "p:mill"), ("e:sisyphus", "written_by", "p:camus"),
        ("e:humanism", "written_by", "p:sartre"), ("n:candide", "written_by", "p:voltaire"), ("n:nausea", "written_by", "p:sartre"),
        ("n:stranger", "written_by", "p:camus"), ("o:devin", "written_by", "p:rousseau"), ("o:samson", "written_by", "p:voltaire"),
        ("o:devin", "composed_by", "p:rousseau"), ("o:samson", "composed_by", "c:rameau"),
        ("t:critique", "published_by", "u:hartknoch"), ("t:groundwork", "published_by", "u:hartknoch"),
        ("t:leviathan", "published_by", "u:crooke"), ("t:essay", "published_by", "u:basset"), ("t:being", "published_by", "u:gallimard"),
        ("t:contract", "published_by", "u:rey"), ("t:tractatus", "published_by", "u:kegan"), ("t:principia", "published_by", "u:cup"),
        ("t:treatise", "published_by", "u:noon"), ("e:util", "published_by", "u:parker"), ("e:liberty", "published_by", "u:parker"),
        ("e:sisyphus", "published_by", "u:gallimard"), ("e:humanism", "published_by", "u:nagel"),
        ("n:nausea", "published_by", "u:gallimard"), ("n:stranger", "published_by", "u:gallimard"), ("n:candide", "published_by", "u:cramer"),
        ("t:critique", "published_in", "y:riga"), ("t:groundwork", "published_in", "y:riga"), ("t:leviathan", "published_in", "y:london"),
        ("t:essay", "published_in", "y:london"), ("t:being", "published_in", "y:paris"), ("t:contract", "published_in", "y:amsterdam"),
        ("t:tractatus", "published_in", "y:london"), ("t:principia", "published_in", "y:cambridge"), ("t:treatise", "published_in", "y:london"),
        ("t:ethics", "published_in", "y:amsterdam"), ("e:util", "published_in", "y:london"), ("e:liberty", "published_in", "y:london"),
        ("e:sisyphus", "published_in", "y:paris"), ("e:humanism", "published_in", "y:paris"), ("n:candide", "published_in", "y:geneva"),
        ("n:nausea", "published_in", "y:paris"), ("n:stranger", "published_in", "y:paris"),
        ("t:critique", "field", "f:metaphysics"), ("t:critique", "field", "f:epistemology"), ("t:groundwork", "field", "f:ethics"),
        ("t:leviathan", "field", "f:political"), ("t:essay", "field", "f:epistemology"), ("t:being", "field", "f:ontology"),
        ("t:contract", "field", "f:political"), ("t:tractatus", "field", "f:logic"), ("t:principia", "field", "f:mathematics"),
        ("t:principia", "field", "f:logic"), ("t:treatise", "field", "f:epistemology"), ("t:ethics", "field", "f:ethics"),
        ("t:ethics", "field", "f:metaphysics"), ("e:util", "field", "f:ethics"), ("e:liberty", "field", "f:political"),
        ("e:sisyphus", "field", "f:ethics"),
        ("t:critique", "key_text", "m:idealism"), ("t:essay", "key_text", "m:empiricism"), ("t:treatise", "key_text", "m:empiricism"),
        ("t:being", "key_text", "m:existentialism"), ("t:contract", "key_text", "m:contract"), ("t:leviathan", "key_text", "m:contract"),
        ("t:tractatus", "key_text", "m:positivism"), ("t:principia", "key_text", "m:logicism"), ("t:ethics", "key_text", "m:rationalism"),
        ("e:util", "key_text", "m:utilitarianism"), ("e:sisyphus", "key_text", "m:absurdism"), ("e:humanism", "key_text", "m:existentialism"),
        ("t:critique", "criticizes", "m:rationalism"), ("t:critique", "criticizes", "m:empiricism"),
        ("t:essay", "criticizes", "m:rationalism"), ("e:humanism", "criticizes", "m:absurdism"),
        ("t:treatise", "influenced", "m:positivism"), ("t:leviathan", "influenced", "m:utilitarianism"),
        ("t:ethics", "influenced", "m:idealism"), ("t:tractatus", "influenced", "m:logicism"),
        ("t:critique", "inspired_field", "f:aesthetics"), ("t:critique", "inspired_field", "f:mind"),
        ("t:tractatus", "inspired_field", "f:linguistics"), ("e:liberty", "inspired_field", "f:economics"),
        ("t:leviathan", "inspired_field", "f:economics"), ("e:util", "inspired_field", "f:economics"),
        ("t:critique", "translated_into", "l:english"), ("t:being", "translated_into", "l:english"),
        ("t:leviathan", "translated_into", "l:latin"), ("t:tractatus", "translated_into", "l:english"),
        ("n:candide", "translated_into", "l:english"), ("t:ethics", "translated_into", "l:french"),
        ("n:candide", "novel_genre", "g:satire"), ("n:nausea", "novel_genre", "g:philosophical"), ("n:stranger", "novel_genre", "g:philosophical"),
        ("p:kant", "proponent_of", "m:idealism"), ("p:hume", "proponent_of", "m:empiricism"), ("p:locke", "proponent_of", "m:empiricism"),
        ("p:sartre", "proponent_of", "m:existentialism"), ("p:mill", "proponent_of", "m:utilitarianism"),
        ("p:camus", "proponent_of", "m:absurdism"), ("p:spinoza", "proponent_of", "m:rationalism"),
        ("p:russell", "proponent_of", "m:logicism"), ("p:hobbes", "proponent_of", "m:contract"),
        ("p:kant", "born_in", "y:konigsberg"), ("p:hobbes", "born_in", "y:malmesbury"), ("p:locke", "born_in", "y:westport"),
        ("p:hume", "born_in", "y:edinburgh"), ("p:sartre", "born_in", "y:paris"), ("p:rousseau", "born_in", "y:geneva"),
        ("p:wittgenstein", "born_in", "y:vienna"), ("p:voltaire", "born_in", "y:paris"), ("p:spinoza", "born_in", "y:amsterdam"),
        ("p:mill", "born_in", "y:london"), ("c:rameau", "born_in", "y:dijon"),
        ("o:devin", "premiered_in", "y:fontainebleau"),
    ]
    aliases = {"t:critique": ("the Critique",), "t:groundwork": ("the Groundwork",), "t:treatise": ("the Treatise",),
               "t:tractatus": ("the Tractatus",), "t:essay": ("the Essay",), "t:principia": ("the Principia",)}
    return _build(items, others, rels, T_, aliases=aliases)


def forts():
    """Forts (items: year built) next to photographs of them (year taken) and battles (year
    fought): forts "were captured by" armies (a photograph's "captured" this round) and "were
    built by" armies, "are located in" states ("is based in" this round, no other relation says
    "based"), "are named after" people; photographs "were taken by" photographers ("took",
    "shot", "snapped") and "were taken in" places, "depict" forts and battles, "were published
    in" a weekly; battles "were won by" armies and "were fought at" forts; armies "were
    commanded by" generals (people) who "were born in" cities."""
    rels = [
        R("captured_by", phrase="was captured by", inverse_phrase="captured", domain=("fort",), range=("army",)),
        R("built_by", phrase="was built by", inverse_phrase="built", domain=("fort",), range=("army",)),
        R("located_in", phrase="is located in", inverse_phrase="is the location of", domain=("fort", "battle"), range=("state",)),
        R("named_after", phrase="is named after", inverse_phrase="is the namesake of", domain=("fort",), range=("general",)),
        R("taken_by", phrase="was taken by", inverse_phrase="took", domain=("photograph",), range=("photographer",)),
        R("taken_in", phrase="was taken in", inverse_phrase="is the place of", domain=("photograph",), range=("state",)),
        R("depicts", phrase="depicts", inverse_phrase="is depicted in", domain=("photograph",), range=("fort", "battle")),
        R("published_in", phrase="was published in", inverse_phrase="published", domain=("photograph",), range=("magazine",)),
        R("won_by", phrase="was won by", inverse_phrase="won", domain=("battle",), range=("army",)),
        R("fought_at", phrase="was fought at", inverse_phrase="saw", domain=("battle",), range=("fort",)),
        R("commanded_by", phrase="was commanded by", inverse_phrase="commanded", domain=("army",), range=("general",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("general", "photographer"), range=("city",)),
    ]
    items = {
        "f:ticonderoga": ("fort", "Fort Ticonderoga", 1755), "f:sumter": ("fort", "Fort Sumter", 1829),
        "f:duquesne": ("fort", "Fort Duquesne", 1754), "f:whenry": ("fort", "Fort William Henry", 1755),
        "f:niagara": ("fort", "Fort Niagara", 1726), "f:pulaski": ("fort", "Fort Pulaski", 1847),
        "f:necessity": ("fort", "Fort Necessity", 1754), "f:mchenry": ("fort", "Fort McHenry", 1798),
        "ph:sumter": ("photograph", "Interior of Fort Sumter", 1861), "ph:harvest": ("photograph", "The Harvest of Death", 1863),
        "ph:breach": ("photograph", "The Breach at Fort Pulaski", 1862), "ph:mchenry": ("photograph", "Fort McHenry Ramparts", 1880),
        "b:sumter": ("battle", "Battle of Fort Sumter", 1861), "b:pulaski": ("battle", "Siege of Fort Pulaski", 1862),
        "b:carillon": ("battle", "Battle of Carillon", 1758), "b:gettysburg": ("battle", "Battle of Gettysburg", 1863),
        "b:baltimore": ("battle", "Battle of Baltimore", 1814),
    }
    others = {
        "a:british": ("army", "British Army"), "a:french": ("army", "French Army"), "a:continental": ("army", "Continental Army"),
        "a:gmb": ("army", "Green Mountain Boys"), "a:confederate": ("army", "Confederate States Army"),
        "a:union": ("army", "Union Army"), "a:usarmy": ("army", "United States Army"), "a:virginia": ("army", "Virginia Regiment"),
        "s:ny": ("state", "New York"), "s:sc": ("state", "South Carolina"), "s:pa": ("state", "Pennsylvania"),
        "s:ga": ("state", "Georgia"), "s:md": ("state", "Maryland"),
        "g:sumter": ("general", "Thomas Sumter"), "g:pulaski": ("general", "Casimir Pulaski"), "g:duquesne": ("general", "Marquis Duquesne"),
        "g:mchenry": ("general", "James McHenry"), "g:washington": ("general", "George Washington"),
        "g:beauregard": ("general", "P. G. T. Beauregard"), "g:allen": ("general", "Ethan Allen"), "g:gillmore": ("general", "Quincy Gillmore"),
        "g:forbes": ("general", "John Forbes"), "g:montcalm": ("general", "Louis-Joseph de Montcalm"), "g:meade": ("general", "George Meade"),
        "r:pelot": ("photographer", "Alma Pelot"), "r:osullivan": ("photographer", "Timothy O'Sullivan"),
        "r:gardner": ("photographer", "Alexander Gardner"), "r:brady": ("photographer", "Mathew Brady"),
        "w:harpers": ("magazine", "Harper's Weekly"), "w:leslie": ("magazine", "Frank Leslie's Illustrated Newspaper"),
        "c:charleston": ("city", "Charleston"), "c:paisley": ("city", "Paisley"), "c:warren": ("city", "Warren County"),
        "c:nimes": ("city", "Nimes"), "c:popes": ("city", "Popes Creek"),
    }
    T_ = [
        ("f:ticonderoga", "captured_by", "a:gmb"), ("f:sumter", "captured_by", "a:confederate"), ("f:duquesne", "captured_by", "a:british"),
        ("f:whenry", "captured_by", "a:french"), ("f:niagara", "captured_by", "a:british"), ("f:pulaski", "captured_by", "a:union"),
        ("f:necessity", "captured_by", "a:french"),
        ("f:ticonderoga", "built_by", "a:french"), ("f:sumter", "built_by", "a:usarmy"), ("f:duquesne", "built_by", "a:french"),
        ("f:whenry", "built_by", "a:british"), ("f:niagara", "built_by", "a:french"), ("f:pulaski", "built_by", "a:usarmy"),
        ("f:necessity", "built_by", "a:virginia"), ("f:mchenry", "built_by", "a:usarmy"),
        ("f:ticonderoga", "located_in", "s:ny"), ("f:sumter", "located_in", "s:sc"), ("f:duquesne", "located_in", "s:pa"),
        ("f:whenry", "located_in", "s:ny"), ("f:niagara", "located_in", "s:ny"), ("f:pulaski", "located_in", "s:ga"),
        ("f:necessity", "located_in", "s:pa"), ("f:mchenry", "located_in", "s:md"),
        ("b:sumter", "located_in", "s:sc"), ("b:pulaski", "located_in", "s:ga"), ("b:carillon", "located_in", "s:ny"),
        ("b:gettysburg", "located_in", "s:pa"), ("b:baltimore", "located_in", "s:md"),
        ("f:sumter", "named_after", "g:sumter"), ("f:pulaski", "named_after", "g:pulaski"), ("f:duquesne", "named_after", "g:duquesne"),
        ("f:mchenry", "named_after", "g:mchenry"),
        ("ph:sumter", "taken_by", "r:pelot"), ("ph:harvest", "taken_by", "r:osullivan"), ("ph:breach", "taken_by", "r:gardner"),
        ("ph:mchenry", "taken_by", "r:brady"),
        ("ph:sumter", "taken_in", "s:sc"), ("ph:harvest", "taken_in", "s:pa"), ("ph:breach", "taken_in", "s:ga"), ("ph:mchenry", "taken_in", "s:md"),
        ("ph:sumter", "depicts", "f:sumter"), ("ph:harvest", "depicts", "b:gettysburg"), ("ph:breach", "depicts", "f:pulaski"),
        ("ph:mchenry", "depicts", "f:mchenry"),
        ("ph:harvest", "published_in", "w:harpers"), ("ph:breach", "published_in", "w:leslie"), ("ph:sumter", "published_in", "w:leslie"),
        ("b:sumter", "won_by", "a:confederate"), ("b:pulaski", "won_by", "a:union"), ("b:carillon", "won_by", "a:french"),
        ("b:gettysburg", "won_by", "a:union"), ("b:baltimore", "won_by", "a:usarmy"),
        ("b:sumter", "fought_at", "f:sumter"), ("b:pulaski", "fought_at", "f:pulaski"), ("b:carillon", "fought_at", "f:ticonderoga"),
        ("b:baltimore", "fought_at", "f:mchenry"),
        ("a:confederate", "commanded_by", "g:beauregard"), ("a:gmb", "commanded_by", "g:allen"), ("a:union", "commanded_by", "g:gillmore"),
        ("a:union", "commanded_by", "g:meade"), ("a:british", "commanded_by", "g:forbes"), ("a:french", "commanded_by", "g:montcalm"),
        ("a:virginia", "commanded_by", "g:washington"),
        ("g:beauregard", "born_in", "c:charleston"), ("g:forbes", "born_in", "c:paisley"), ("g:montcalm", "born_in", "c:nimes"),
        ("g:washington", "born_in", "c:popes"), ("r:brady", "born_in", "c:warren"), ("r:gardner", "born_in", "c:paisley"),
    ]
    return _build(items, others, rels, T_)


def retail():
    """Department stores (items: year opened; the store type's noun "shop" this round) next to
    retail groups (items: year founded): stores "are located in" cities ("is based in" this
    round: no relation says "based") and "stand in" districts, "are owned by" groups, "were
    founded by" merchants (people) and "were designed by" architects, "are members of" an
    association ("is one of", "are among" this round); groups "are headquartered in" cities and
    "are members of" a stock index; merchants "were born in" cities; a user."""
    rels = [
        R("located_in", phrase="is located in", inverse_phrase="is the location of", domain=("store",), range=("city",)),
        R("stands_in", phrase="stands in", inverse_phrase="is the district of", domain=("store",), range=("district",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("store",), range=("retailer",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("store", "retailer"), range=("merchant",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("store",), range=("architect",)),
        R("run_by", phrase="is run by", inverse_phrase="runs", domain=("store",), range=("manager",)),
        R("store_member", phrase="is a member of", inverse_phrase="has the member", domain=("store",), range=("association",)),
        R("hq_in", phrase="is headquartered in", inverse_phrase="is the headquarters of", domain=("retailer",), range=("city",)),
        R("listed_in", phrase="is a constituent of", inverse_phrase="includes", domain=("retailer",), range=("index",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("merchant", "architect"), range=("city",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "s:harrods": ("store", "Harrods", 1849), "s:selfridges": ("store", "Selfridges", 1909),
        "s:lafayette": ("store", "Galeries Lafayette Haussmann", 1912), "s:macys": ("store", "Macy's Herald Square", 1902),
        "s:kadewe": ("store", "KaDeWe", 1907), "s:bonmarche": ("store", "Le Bon Marche", 1852),
        "s:liberty": ("store", "Liberty", 1875), "s:gum": ("store", "GUM", 1893),
        "g:qia": ("retailer", "Qatar Holding", 2005), "g:central": ("retailer", "Central Group", 1947),
        "g:macysinc": ("retailer", "Macy's, Inc.", 1929), "g:lvmh": ("retailer", "LVMH", 1987),
        "g:glgroup": ("retailer", "Groupe Galeries Lafayette", 1893), "g:bosco": ("retailer", "Bosco di Ciliegi", 1989),
    }
    others = {
        "c:london": ("city", "London"), "c:paris": ("city", "Paris"), "c:nyc": ("city", "New York City"), "c:berlin": ("city", "Berlin"),
        "c:moscow": ("city", "Moscow"), "c:doha": ("city", "Doha"), "c:bangkok": ("city", "Bangkok"), "c:cincinnati": ("city", "Cincinnati"),
        "c:ripon": ("city", "Ripon"), "c:belleme": ("city", "Belleme"), "c:nantucket": ("city", "Nantucket"), "c:chesham": ("city", "Chesham"),
        "c:kolmar": ("city", "Kolmar"), "c:haguenau": ("city", "Haguenau"),
        "d:knightsbridge": ("district", "Knightsbridge"), "d:oxfordst": ("district", "Oxford Street"), "d:9th": ("district", "9th arrondissement"),
        "d:midtown": ("district", "Midtown Manhattan"), "d:schoeneberg": ("district", "Schoeneberg"), "d:7th": ("district", "7th arrondissement"),
        "d:soho": ("district", "Soho"), "d:redsquare": ("district", "Red Square"),
        "m:harrod": ("merchant", "Charles Henry Harrod"), "m:selfridge": ("merchant", "Harry Gordon Selfridge"),
        "m:bader": ("merchant", "Theophile Bader"), "m:macy": ("merchant", "Rowland Hussey Macy"), "m:jandorf": ("merchant", "Adolf Jandorf"),
        "m:boucicaut": ("merchant", "Aristide Boucicaut"), "m:liberty": ("merchant", "Arthur Lasenby Liberty"),
        "m:arnault": ("merchant", "Bernard Arnault"),
        "r:burnham": ("architect", "Daniel Burnham"), "r:chanut": ("architect", "Ferdinand Chanut"), "r:stephenson": ("architect", "Charles William Stephenson"),
        "r:pomerantsev": ("architect", "Alexander Pomerantsev"), "r:eiffel": ("architect", "Gustave Eiffel"),
        "x:ward": ("manager", "Michael Ward"), "x:keith": ("manager", "Andrew Keith"), "x:peterseim": ("manager", "Michael Peterseim"),
        "x:houze": ("manager", "Philippe Houze"),
        "a:iads": ("association", "International Association of Department Stores"),
        "i:cac40": ("index", "CAC 40"), "i:sp500": ("index", "S&P 500"),
    }
    T_ = [
        ("s:harrods", "located_in", "c:london"), ("s:selfridges", "located_in", "c:london"), ("s:liberty", "located_in", "c:london"),
        ("s:lafayette", "located_in", "c:paris"), ("s:bonmarche", "located_in", "c:paris"), ("s:macys", "located_in", "c:nyc"),
        ("s:kadewe", "located_in", "c:berlin"), ("s:gum", "located_in", "c:moscow"),
        ("s:harrods", "stands_in", "d:knightsbridge"), ("s:selfridges", "stands_in", "d:oxfordst"), ("s:liberty", "stands_in", "d:soho"),
        ("s:lafayette", "stands_in", "d:9th"), ("s:bonmarche", "stands_in", "d:7th"), ("s:macys", "stands_in", "d:midtown"),
        ("s:kadewe", "stands_in", "d:schoeneberg"), ("s:gum", "stands_in", "d:redsquare"),
        ("s:harrods", "owned_by", "g:qia"), ("s:selfridges", "owned_by", "g:central"), ("s:kadewe", "owned_by", "g:central"),
        ("s:macys", "owned_by", "g:macysinc"), ("s:bonmarche", "owned_by", "g:lvmh"), ("s:lafayette", "owned_by", "g:glgroup"),
        ("s:gum", "owned_by", "g:bosco"),
        ("s:harrods", "founded_by", "m:harrod"), ("s:selfridges", "founded_by", "m:selfridge"), ("s:lafayette", "founded_by", "m:bader"),
        ("s:macys", "founded_by", "m:macy"), ("s:kadewe", "founded_by", "m:jandorf"), ("s:bonmarche", "founded_by", "m:boucicaut"),
        ("s:liberty", "founded_by", "m:liberty"), ("g:lvmh", "founded_by", "m:arnault"), ("g:glgroup", "founded_by", "m:bader"),
        ("s:selfridges", "designed_by", "r:burnham"), ("s:lafayette", "designed_by", "r:chanut"), ("s:harrods", "designed_by", "r:stephenson"),
        ("s:gum", "designed_by", "r:pomerantsev"), ("s:bonmarche", "designed_by", "r:eiffel"),
        ("s:harrods", "run_by", "x:ward"), ("s:selfridges", "run_by", "x:keith"), ("s:kadewe", "run_by", "x:peterseim"),
        ("s:lafayette", "run_by", "x:houze"),
        ("s:kadewe", "store_member", "a:iads"), ("s:lafayette", "store_member", "a:iads"), ("s:selfridges", "store_member", "a:iads"),
        ("g:qia", "hq_in", "c:doha"), ("g:central", "hq_in", "c:bangkok"), ("g:macysinc", "hq_in", "c:nyc"),
        ("g:lvmh", "hq_in", "c:paris"), ("g:glgroup", "hq_in", "c:paris"), ("g:bosco", "hq_in", "c:moscow"),
        ("g:lvmh", "listed_in", "i:cac40"), ("g:macysinc", "listed_in", "i:sp500"),
        ("m:selfridge", "born_in", "c:ripon"), ("m:boucicaut", "born_in", "c:belleme"), ("m:macy", "born_in", "c:nantucket"),
        ("m:liberty", "born_in", "c:chesham"), ("m:jandorf", "born_in", "c:kolmar"), ("m:bader", "born_in", "c:haguenau"),
        ("r:eiffel", "born_in", "c:paris"),
        ("user:ivy", "rated", "s:harrods", {"rating": 5.0}), ("user:ivy", "rated", "s:liberty", {"rating": 4.5}),
        ("user:ivy", "rated", "s:gum", {"rating": 2.0}),
    ]
    aliases = {"s:lafayette": ("Galeries Lafayette",), "s:macys": ("Macy's",), "s:bonmarche": ("Bon Marche",)}
    return _build(items, others, rels, T_, users=[("user:ivy", "Ivy")], aliases=aliases)


def horses():
    """Racehorses (items: year foaled) of three types ("racehorse"; "stallion" and "mare", of
    one sex) next to races (items: year first run): horses "were owned by" owners and "were
    trained by" trainers and "were ridden by" jockeys (types that are no person type: beside a
    horse, no longer "he" / "she"), "were bred by" breeders, "were sired by" horses, "are based
    in" towns (living: "lives in" this round), "won" races, "were foaled in" states; trainers
    "are based at" stables and "were born in" cities; races "are run at" racecourses."""
    H = ("racehorse", "stallion", "mare")
    rels = [
        R("owned_by", phrase="was owned by", inverse_phrase="owned", domain=H, range=("owner",)),
        R("trained_by", phrase="was trained by", inverse_phrase="trained", domain=H, range=("trainer",)),
        R("ridden_by", phrase="was ridden by", inverse_phrase="rode", domain=H, range=("jockey",)),
        R("bred_by", phrase="was bred by", inverse_phrase="bred", domain=H, range=("breeder",)),
        R("sired_by", phrase="was sired by", inverse_phrase="sired", domain=H, range=H),
        R("based_in", phrase="is based in", inverse_phrase="is the home of", domain=H, range=("town",)),
        R("won", phrase="won", inverse_phrase="was won by", domain=H, range=("race",)),
        R("foaled_in", phrase="was foaled in", inverse_phrase="is the birthplace of", domain=H, range=("state",)),
        R("trainer_at", phrase="is based at", inverse_phrase="is the base of", domain=("trainer",), range=("stable",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("trainer", "jockey", "owner"), range=("town", "state")),
        R("run_at", phrase="is run at", inverse_phrase="hosts", domain=("race",), range=("racecourse",)),
    ]
    items = {
        "h:secretariat": ("stallion", "Secretariat", 1970), "h:seabiscuit": ("racehorse", "Seabiscuit", 1933),
        "h:frankel": ("stallion", "Frankel", 2008), "h:redrum": ("racehorse", "Red Rum", 1965),
        "h:winx": ("mare", "Winx", 2011), "h:caviar": ("mare", "Black Caviar", 2006), "h:boldruler": ("stallion", "Bold Ruler", 1954),
        "h:galileo": ("stallion", "Galileo", 1998), "h:ruffian": ("racehorse", "Ruffian", 1972),
        "r:derby": ("race", "Kentucky Derby", 1875), "r:national": ("race", "Grand National", 1839),
        "r:cox": ("race", "Cox Plate", 1922), "r:guineas": ("race", "2000 Guineas", 1809), "r:santaanita": ("race", "Santa Anita Handicap", 1935),
        "r:belmont": ("race", "Belmont Stakes", 1867), "r:coaching": ("race", "Coaching Club American Oaks", 1917),
    }
    others = {
        "o:chenery": ("owner", "Penny Chenery"), "o:howard": ("owner", "Charles Howard"), "o:abdullah": ("owner", "Khalid Abdullah"),
        "o:lecocq": ("owner", "Noel Le Mare"), "o:treweeke": ("owner", "Debbie Kepitis"), "o:janssen": ("owner", "Colin Madden"),
        "o:janney": ("owner", "Stuart Janney"),
        "t:laurin": ("trainer", "Lucien Laurin"), "t:smith": ("trainer", "Tom Smith"), "t:cecil": ("trainer", "Henry Cecil"),
        "t:mccain": ("trainer", "Ginger McCain"), "t:waller": ("trainer", "Chris Waller"), "t:moody": ("trainer", "Peter Moody"),
        "t:jolley": ("trainer", "Frank Whiteley"),
        "j:turcotte": ("jockey", "Ron Turcotte"), "j:pollard": ("jockey", "Red Pollard"), "j:queally": ("jockey", "Tom Queally"),
        "j:fletcher": ("jockey", "Brian Fletcher"), "j:bowman": ("jockey", "Hugh Bowman"), "j:nolen": ("jockey", "Luke Nolen"),
        "j:vasquez": ("jockey", "Jacinto Vasquez"),
        "b:meadow": ("breeder", "Meadow Stud"), "b:claiborne": ("breeder", "Claiborne Farm"), "b:juddmonte": ("breeder", "Juddmonte Farms"),
        "b:wheatley": ("breeder", "Wheatley Stable"),
        "w:paris": ("town", "Paris, Kentucky"), "w:newmarket": ("town", "Newmarket"), "w:southport": ("town", "Southport"),
        "w:rosehill": ("town", "Rosehill"), "w:caulfield": ("town", "Caulfield"), "w:ridgewood": ("town", "Ridgewood"),
        "w:quebec": ("town", "Joliette"), "w:bandon": ("town", "Perth"),
        "st:virginia": ("state", "Virginia"), "st:kentucky": ("state", "Kentucky"), "st:ireland": ("state", "County Kilkenny"),
        "st:victoria": ("state", "Victoria"), "st:nsw": ("state", "New South Wales"), "st:england": ("state", "Berkshire"),
        "sb:warren": ("stable", "Warren Place"), "sb:belmont": ("stable", "Belmont Park stables"), "sb:rosehill": ("stable", "Rosehill Gardens stables"),
        "rc:churchill": ("racecourse", "Churchill Downs"), "rc:aintree": ("racecourse", "Aintree"), "rc:moonee": ("racecourse", "Moonee Valley"),
        "rc:newmarket": ("racecourse", "Newmarket Racecourse"), "rc:santaanita": ("racecourse", "Santa Anita Park"),
        "rc:belmont": ("racecourse", "Belmont Park"),
    }
    T_ = [
        ("h:secretariat", "owned_by", "o:chenery"), ("h:seabiscuit", "owned_by", "o:howard"), ("h:frankel", "owned_by", "o:abdullah"),
        ("h:redrum", "owned_by", "o:lecocq"), ("h:winx", "owned_by", "o:treweeke"), ("h:caviar", "owned_by", "o:janssen"),
        ("h:ruffian", "owned_by", "o:janney"),
        ("h:secretariat", "trained_by", "t:laurin"), ("h:seabiscuit", "trained_by", "t:smith"), ("h:frankel", "trained_by", "t:cecil"),
        ("h:redrum", "trained_by", "t:mccain"), ("h:winx", "trained_by", "t:waller"), ("h:caviar", "trained_by", "t:moody"),
        ("h:ruffian", "trained_by", "t:jolley"),
        ("h:secretariat", "ridden_by", "j:turcotte"), ("h:seabiscuit", "ridden_by", "j:pollard"), ("h:frankel", "ridden_by", "j:queally"),
        ("h:redrum", "ridden_by", "j:fletcher"), ("h:winx", "ridden_by", "j:bowman"), ("h:caviar", "ridden_by", "j:nolen"),
        ("h:ruffian", "ridden_by", "j:vasquez"),
        ("h:secretariat", "bred_by", "b:meadow"), ("h:frankel", "bred_by", "b:juddmonte"), ("h:boldruler", "bred_by", "b:wheatley"),
        ("h:seabiscuit", "bred_by", "b:wheatley"), ("h:ruffian", "bred_by", "b:claiborne"),
        ("h:secretariat", "sired_by", "h:boldruler"), ("h:frankel", "sired_by", "h:galileo"),
        ("h:secretariat", "based_in", "w:paris"), ("h:frankel", "based_in", "w:newmarket"), ("h:redrum", "based_in", "w:southport"),
        ("h:winx", "based_in", "w:rosehill"), ("h:caviar", "based_in", "w:caulfield"), ("h:seabiscuit", "based_in", "w:ridgewood"),
        ("h:secretariat", "won", "r:derby"), ("h:secretariat", "won", "r:belmont"), ("h:redrum", "won", "r:national"),
        ("h:winx", "won", "r:cox"), ("h:frankel", "won", "r:guineas"), ("h:seabiscuit", "won", "r:santaanita"),
        ("h:ruffian", "won", "r:coaching"),
        ("h:secretariat", "foaled_in", "st:virginia"), ("h:seabiscuit", "foaled_in", "st:kentucky"), ("h:frankel", "foaled_in", "st:england"),
        ("h:redrum", "foaled_in", "st:ireland"), ("h:winx", "foaled_in", "st:nsw"), ("h:caviar", "foaled_in", "st:victoria"),
        ("h:ruffian", "foaled_in", "st:kentucky"),
        ("t:cecil", "trainer_at", "sb:warren"), ("t:laurin", "trainer_at", "sb:belmont"), ("t:waller", "trainer_at", "sb:rosehill"),
        ("t:laurin", "born_in", "w:quebec"), ("t:mccain", "born_in", "w:southport"), ("t:waller", "born_in", "w:bandon"),
        ("j:turcotte", "born_in", "st:victoria"), ("o:chenery", "born_in", "st:kentucky"), ("o:howard", "born_in", "st:kentucky"),
        ("r:derby", "run_at", "rc:churchill"), ("r:national", "run_at", "rc:aintree"), ("r:cox", "run_at", "rc:moonee"),
        ("r:guineas", "run_at", "rc:newmarket"), ("r:santaanita", "run_at", "rc:santaanita"), ("r:belmont", "run_at", "rc:belmont"),
        ("r:coaching", "run_at", "rc:belmont"),
    ]
    return _build(items, others, rels, T_)


BUILDERS = {"comics": comics, "photos": photos, "books": books, "forts": forts, "retail": retail, "horses": horses}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@comics
# (1) "he" / "she" for a character where the writer means the creator named before, whose type
# ("penciller", "psychologist") is no person type: gender makes the creator the referent
William Moulton Marston created Wonder Woman. He was born in Themyscira.
William Moulton Marston created Wonder Woman. He is a member of the Justice League.
William Moulton Marston created Wonder Woman. He first appeared in All Star Comics #8.
William Moulton Marston created Wonder Woman, and he was born in Themyscira.
William Moulton Marston created Wonder Woman. He lives in Gotham City.
William Moulton Marston, who created Wonder Woman, was born in Themyscira.
Dave Cockrum co-created Storm. He was born in Nairobi.
Dave Cockrum co-created Storm. He lives in New York City.
Dave Cockrum co-created Storm. He is one of the X-Men.
Dave Cockrum co-created Storm. He is a member of the X-Men.
Storm first appeared in Giant-Size X-Men #1. Dave Cockrum co-created her. He was born in Nairobi.
Al Plastino co-created Supergirl. He was born in Argo City.
Al Plastino co-created Supergirl. He lives in Metropolis.
Al Plastino co-created Supergirl. He first appeared in Action Comics #252.
Supergirl first appeared in Action Comics #252. Al Plastino co-created her. He lives in Metropolis.
Don Heck co-created Black Widow. He was born in Stalingrad.
Don Heck co-created Black Widow. He is a member of the Avengers.
Don Heck co-created Black Widow. He is one of the Avengers.
Black Widow first appeared in Tales of Suspense #52. Don Heck co-created her. He was born in Stalingrad.
Don Heck drew Tales of Suspense #52. Black Widow first appeared in it. He was born in Stalingrad.
Ramona Fradon co-created Metamorpho. She lives in Midway City.
Ramona Fradon co-created Metamorpho. She is based in Midway City.
Ramona Fradon drew The Brave and the Bold #57. Metamorpho first appeared in it. She lives in Midway City.
# "he" / "she" for a character beside typed names (a comic, a publisher, a team)
Wonder Woman first appeared in All Star Comics #8. She was published by Marvel Comics.
Spider-Man first appeared in Amazing Fantasy #15. He was drawn by Jack Kirby.
Spider-Man first appeared in Amazing Fantasy #15. He is published by DC Comics.
The Joker is the archenemy of Batman. He was created by Len Wein.
Magneto first appeared in The X-Men #1. He is a member of the X-Men.
Alfred E. Neuman first appeared in Mad #21. He was created by Stan Lee.
Dick Tracy first appeared in Detroit Mirror strip. He lives in Gotham City.
Chester Gould created Dick Tracy. He lives in Metropolis.
Storm is a member of the X-Men. She is headquartered in Avengers Mansion.
Superman is published by DC Comics. He is headquartered in New York City.
# (4) "debuted in", "made his debut in", "made his first appearance in", "got his start in":
# a film a character or an actor only appeared in, the wrong comic, a year, negation, lists
Batman debuted in The Dark Knight.
Wolverine made his debut in X2.
Wolverine made his debut in Logan.
Christian Bale debuted in The Dark Knight.
Christian Bale made his debut in The Dark Knight.
Hugh Jackman got his start in X2.
Heath Ledger made his first appearance in The Dark Knight.
Superman made his debut in Superman Returns.
Wonder Woman made her debut in Wonder Woman 1984.
Batman made his film debut in The Dark Knight.
Batman debuted in Detective Comics #38.
Robin debuted in Detective Comics #27.
Robin debuted in 1939.
Superman debuted in 1939.
The Joker made his debut in Detective Comics #27.
Magneto made his first appearance in Giant-Size X-Men #1.
Black Widow debuted in Action Comics #252.
Supergirl made her debut in Tales of Suspense #52.
Spider-Man and Wolverine debuted in Amazing Fantasy #15.
Superman and Lex Luthor made their debut in Action Comics #1.
Robin and The Joker made their debut in Detective Comics #38.
Superman debuted in Action Comics #1, published by Marvel Comics.
Superman debuted in Action Comics #1, which was published by Marvel Comics.
Metamorpho got his start in The Brave and the Bold #57, drawn by Steve Ditko.
Superman made his debut in Action Comics #1, drawn by Bob Kane.
Wolverine got his start in The Incredible Hulk #181 from DC Comics.
Storm made her debut in Giant-Size X-Men #1 in 1974.
Storm did not debut in Giant-Size X-Men #1.
Storm never made her debut in Giant-Size X-Men #1.
Storm got her start in The X-Men #1.
DC Comics debuted in Action Comics #1.
Jerry Siegel debuted in Action Comics #1.
Jerry Siegel made his debut in Action Comics #1.
Lex Luthor made his debut in Superman Returns.
Lex Luthor debuted in Action Comics #1.
# (5) "lives in", "resides in", "makes his home in" (characters are based in a city): a birthplace,
# another character's city, a team, a publisher, a creator; negation, lists, relative clauses
Superman lives in Gotham City.
Superman lives in Krypton.
Wonder Woman lives in Themyscira.
Supergirl lives in Argo City.
Storm lives in Nairobi.
Black Widow lives in Stalingrad.
Metamorpho lives in Metropolis.
Lex Luthor lives in Gotham City.
The Joker resides in Metropolis.
Dick Tracy lives in New York City.
Superman resides in Burbank.
The Justice League lives in the Watchtower.
The Justice League resides in the Watchtower.
DC Comics lives in Burbank.
Marvel Comics resides in Burbank.
Jerry Siegel lives in Metropolis.
Stan Lee lives in Gotham City.
Superman doesn't live in Metropolis.
Superman no longer lives in Metropolis.
Batman and Superman live in Gotham City.
Superman, who lives in Gotham City, first appeared in Action Comics #1.
Superman, who lives in Metropolis, first appeared in Detective Comics #27.
Batman makes his home in Metropolis.
Storm makes her home in Nairobi.
Robin resides in Gotham City and is a member of the Justice League.
# (5) "is one of", "are among" (a member of a team): a non-member, a city, a publisher, lists
Storm is one of the Avengers.
Wolverine is one of the Justice League.
Superman is one of the X-Men.
Black Widow is one of the X-Men.
Spider-Man is one of the Justice League.
Supergirl is one of the Justice League.
Robin is one of the Justice League.
Magneto is one of the X-Men.
Magneto is among the X-Men.
Storm is one of the Metropolis.
Superman is one of Gotham City.
Batman is one of DC Comics.
Batman and Robin are among the Justice League.
Storm and Magneto are among the X-Men.
The X-Men are among the Avengers.
Storm is not one of the X-Men.
Wolverine, one of the X-Men, lives in New York City.
Magneto, one of the X-Men, first appeared in The X-Men #1.
Wolverine is one of the X-Men, based in New York City.
# (6) "printed" (publish): the wrong publisher, a year
Marvel Comics printed Detective Comics #27.
DC Comics printed Amazing Fantasy #15.
EC Comics printed Action Comics #1.
Mad #21 was printed by DC Comics.
Superman is printed by Marvel Comics.
Marvel Comics printed Amazing Fantasy #15 in 1963.
# type nouns: "hero" (superhero) of a villain, "the hero" after a hero, a year
The Joker is a hero.
Lex Luthor is a hero.
The Joker is a hero who first appeared in Batman #1.
Superman is a 1939 hero.
Superman lives in Metropolis. The hero first appeared in Detective Comics #27.
Superman and The Joker are heroes.
Spider-Man is a hero published by DC Comics.

@photos
# (3) "shot", "captured", "snapped", "photographed" (was taken by / in): the wrong photographer,
# a subject, an agency, a magazine for a place, a birthplace, a film's director, a painting
Migrant Mother was shot by Robert Capa.
Migrant Mother was captured by Florence Owens Thompson.
Migrant Mother was captured by the Resettlement Administration.
Afghan Girl was captured by Sharbat Gula.
Afghan Girl was photographed by National Geographic.
Earthrise was captured by NASA.
Guerrillero Heroico was snapped by Robert Capa.
The Falling Soldier was shot in Vu.
The Falling Soldier was captured in Vu.
The Falling Soldier was photographed in Budapest.
Robert Capa shot The Falling Soldier in Budapest.
Robert Doisneau shot Le Baiser in Havana.
Alberto Korda snapped Guerrillero Heroico in Paris.
Lawrence of Arabia was shot by Robert Capa.
Lawrence of Arabia was captured by David Lean.
Lawrence of Arabia was photographed by David Lean.
Pablo Picasso captured Guernica in 1937.
Edward Hopper took Nighthawks in 1942.
Jean-Francois Millet shot The Gleaners in 1857.
Dorothea Lange shot Migrant Mother and The Falling Soldier.
Dorothea Lange and Robert Capa took Migrant Mother.
# (3) the active past dating a photograph: the wrong year (another photograph's, a painting's)
Dorothea Lange took Migrant Mother in 1935.
Nick Ut took The Terror of War in 1936.
Joe Rosenthal took Raising the Flag on Iwo Jima in 1936.
Alfred Eisenstaedt took V-J Day in Times Square in 1950.
Robert Doisneau took Le Baiser in 1945.
Robert Capa snapped The Falling Soldier in 1945.
Robert Capa captured The Falling Soldier in 1937.
The Falling Soldier was snapped in 1945.
Earthrise was shot in 1969.
# "the shot", "the photo" (photograph nouns) after a photograph, with the wrong magazine or place
Dorothea Lange took Migrant Mother. The shot was published in Life.
Robert Capa took The Falling Soldier. The shot was taken in Budapest.
Nick Ut took The Terror of War. The photo was published in Life.
Guernica is held by Museo Reina Sofia. The shot depicts the bombing of Guernica.
Migrant Mother is a 1936 shot by Robert Capa.
Guernica is a shot taken in Havana.
# (6) "printed" (publish) in the wrong magazine, a year
Le Baiser was printed in Vu.
Migrant Mother was printed in Life.
Life printed Migrant Mother.
The New York Times printed Afghan Girl.
Migrant Mother was printed in 1937.
# (5) "is the subject of" (depicts, the other way): the photographer, the photograph, a place, a
# genre, another photograph's subject, a painter, lists, negation
Alberto Korda is the subject of Guerrillero Heroico.
Guerrillero Heroico is the subject of Che Guevara.
Che Guevara is the subject of Afghan Girl.
Havana is the subject of Guerrillero Heroico.
Documentary photography is the subject of Migrant Mother.
Dorothea Lange is the subject of Migrant Mother.
Pablo Picasso is the subject of Guernica.
Florence Owens Thompson is the subject of The Terror of War.
Marianne is the subject of Nighthawks.
The July Revolution is the subject of Guernica.
The bombing of Guernica is the subject of Guernica, painted by Edward Hopper.
Che Guevara is the subject of Guerrillero Heroico, which was taken in Paris.
Che Guevara is not the subject of Guerrillero Heroico.
Sharbat Gula and Che Guevara are the subjects of Afghan Girl.
Sharbat Gula is the subject of Afghan Girl and Guerrillero Heroico.
Lawrence of Arabia is the subject of Freddie Young.
# (6) "pictures" (depict): the wrong subject, the photographer, the noun
The Terror of War pictures Sharbat Gula.
Guernica pictures Marianne.
Liberty Leading the People pictures the bombing of Guernica.
Nick Ut pictures Phan Thi Kim Phuc.
Phan Thi Kim Phuc is pictured in Afghan Girl.
Che Guevara was pictured by Robert Capa.
Robert Capa pictured Che Guevara.
Nick Ut's pictures include Migrant Mother.
Afghan Girl portrays Che Guevara.
# (2) "a <noun> of <class>": the wrong genre or movement, a noun of another item type, a place, a
# magazine, an agency, "on"
Migrant Mother is a photograph of war photography.
Migrant Mother is a painting of documentary photography.
Guernica is a photograph of history painting.
Guernica is a photograph of Cubism.
Guernica is a work of Realism.
The Gleaners is a painting of Romanticism.
Nighthawks is an example of history painting.
Migrant Mother is an example of street photography.
Afghan Girl is an example of war photography.
Le Baiser is a piece of documentary photography.
Earthrise is a work of street photography.
Migrant Mother is a photograph of Nipomo.
Migrant Mother is a photograph of the San Francisco News.
The Falling Soldier is a photograph of Magnum Photos.
Earthrise is a photograph of NASA.
Guerrillero Heroico is a photograph of Havana.
Liberty Leading the People is a painting of Eugene Delacroix.
Migrant Mother is a photograph on documentary photography.
# (2) "P's <noun> of <class>": the wrong maker or class, a year, an apposition, the year in brackets
Migrant Mother is Dorothea Lange's photograph of war photography.
Migrant Mother is Robert Capa's photograph of documentary photography.
The Falling Soldier is Robert Capa's photograph of documentary photography.
Earthrise is William Anders's photograph of war photography.
Guernica is Edward Hopper's painting of Cubism.
Guernica is Pablo Picasso's photograph of history painting.
Migrant Mother, Dorothea Lange's photograph of documentary photography, was taken in Paris.
Migrant Mother, Dorothea Lange's 1945 photograph of documentary photography, was taken in Nipomo.
Migrant Mother (1945) is Dorothea Lange's photograph.
Migrant Mother (1945) is Dorothea Lange's photograph of documentary photography.
Migrant Mother (1945) was Dorothea Lange's photograph.
Nighthawks (1937) is Edward Hopper's painting.
Guernica (1942) is Pablo Picasso's painting of Cubism.
Lawrence of Arabia (1965) is David Lean's film.
Lawrence of Arabia (1962) is Freddie Young's film.
Apocalypse Now (1979) is David Lean's film.
# (5) "is one of" (a member of an agency)
Dorothea Lange is one of Magnum Photos.
Nick Ut is one of Magnum Photos.

@books
# (2) "a <noun> of <class>" read for ANY relation whose objects are classes: "criticizes" and
# "influenced" a movement, "was translated into" a language
The Critique is a treatise of empiricism.
The Critique is a treatise of rationalism.
The Critique is a work of rationalism.
The Critique is a piece of empiricism.
An Essay Concerning Human Understanding is a work of rationalism.
An Essay Concerning Human Understanding is an example of rationalism.
Existentialism Is a Humanism is an essay of absurdism.
Existentialism Is a Humanism is a piece of absurdism.
A Treatise of Human Nature is a work of logical positivism.
A Treatise of Human Nature is a treatise of logical positivism.
Leviathan is a work of utilitarianism.
Ethics is a treatise of German idealism.
Ethics is a piece of German idealism.
The Tractatus is a work of logicism.
The Tractatus is an example of logicism.
The Critique is a work of English.
The Tractatus is a work of English.
Ethics is a work of French.
Leviathan, a treatise of utilitarianism, was written by Thomas Hobbes.
The Critique, a treatise of rationalism, was written by Immanuel Kant.
Leviathan is a treatise of social contract theory and utilitarianism.
# "on" a field the work only "inspired work in"
Leviathan is a treatise on economics.
Leviathan is a book on economics.
Leviathan is a piece on economics.
Leviathan is a work on economics.
Leviathan is a treatise of economics.
The Critique is a treatise on aesthetics.
The Critique is a treatise on cognitive science.
The Tractatus is a treatise on computer science.
On Liberty is an essay on economics.
Utilitarianism is an essay on economics.
# an apposition after an object that is no work
The Critique criticizes rationalism, a work of German idealism.
The Critique criticizes empiricism, a treatise on metaphysics.
Leviathan was published by Andrew Crooke, a treatise on political philosophy.
Leviathan was published in London, a treatise on political philosophy.
# "as is": an essay called a treatise
Being and Nothingness is a treatise of existentialism, as is Existentialism Is a Humanism.
Being and Nothingness is a treatise of existentialism, as is The Myth of Sisyphus.
# (2) a place, a person, a publisher as the class; "on" a genre or a movement; the wrong field,
# genre, movement; a noun of another type; lists, negation, years, participles
The Critique is a work of Riga.
Leviathan is a work of London.
Leviathan is a work of John Locke.
Leviathan is a work of Andrew Crooke.
Being and Nothingness is a work of Gallimard.
Leviathan is a treatise on philosophy of mathematics.
Leviathan is a book on logic.
Candide is a book on satire.
Candide is a work on satire.
Nausea is a novel on philosophical fiction.
Candide is a novel of existentialism.
Nausea is a treatise of existentialism.
Candide is a treatise of satire.
Ethics is a treatise of idealism.
The Social Contract and Ethics are treatises on political philosophy.
The Social Contract and Ethics are both treatises of social contract theory.
Being and Nothingness and Existentialism Is a Humanism are works of absurdism.
The Myth of Sisyphus is a work of absurdism, and so is Existentialism Is a Humanism.
Leviathan, a treatise on political philosophy, was written by John Locke.
Leviathan, a treatise on philosophy of mathematics, was written by Thomas Hobbes.
On Liberty, an essay of utilitarianism, was published in London.
Leviathan is not a treatise of social contract theory.
Leviathan is a treatise on political philosophy and logic.
Leviathan is a 1652 treatise on political philosophy.
Leviathan is a treatise on political philosophy from 1652.
Leviathan is a treatise of social contract theory by John Locke.
Leviathan is a treatise of social contract theory published by Gallimard.
Leviathan is a treatise of social contract theory published in Paris.
The Critique is a treatise on metaphysics written by David Hume.
The Critique is a treatise on ethics written by Immanuel Kant.
# (2) "P's <noun> of / on <class>": the wrong author, the wrong class (a criticized or influenced
# movement, a translation's language, an inspired field), the wrong year, a city, appositions
Leviathan is John Locke's treatise on political philosophy.
Leviathan is Thomas Hobbes's treatise on philosophy of mathematics.
Leviathan is Thomas Hobbes's treatise of utilitarianism.
Leviathan is Thomas Hobbes's work of utilitarianism.
The Critique is Immanuel Kant's work of rationalism.
The Critique is Immanuel Kant's treatise of empiricism.
The Critique is Immanuel Kant's treatise of English.
The Critique is Immanuel Kant's treatise on aesthetics.
The Critique is Immanuel Kant's treatise on ethics.
The Tractatus is Ludwig Wittgenstein's treatise of logicism.
The Tractatus, Ludwig Wittgenstein's treatise on computer science, was published in London.
The Critique is Immanuel Kant's 1785 treatise on metaphysics.
The Groundwork is Immanuel Kant's 1781 treatise on ethics.
The Critique, Immanuel Kant's 1785 treatise on metaphysics, was published in Riga.
The Groundwork, Immanuel Kant's treatise on ethics, was published in London.
The Groundwork, Immanuel Kant's treatise on metaphysics, was published in Riga.
The Groundwork, David Hume's treatise on ethics, was published in Riga.
The Groundwork, Hume's treatise on ethics, was published in Riga.
Being and Nothingness is Sartre's work of absurdism.
Being and Nothingness is Camus's work of existentialism.
Candide is Voltaire's treatise on ethics.
Candide is Rousseau's novel of satire.
Utilitarianism is Mill's essay on ontology.
On Liberty is Mill's essay of utilitarianism.
Utilitarianism is Bentham's essay of utilitarianism.
The Myth of Sisyphus is Albert Camus's essay on ontology.
The Myth of Sisyphus is Jean-Paul Sartre's essay on ethics.
The Myth of Sisyphus is Albert Camus's novel on ethics.
The Myth of Sisyphus is Albert Camus's treatise on ethics.
The Stranger is Albert Camus's essay of absurdism.
The Principia is Ludwig Wittgenstein's treatise on logic.
The Tractatus is Bertrand Russell's treatise of logical positivism.
The Tractatus is Vienna's treatise of logical positivism.
Leviathan is Thomas Hobbes's treatise on political philosophy, published in Paris.
Leviathan is not Thomas Hobbes's treatise on political philosophy.
# (7) the year in brackets before "is P's N"
Leviathan (1652) is Thomas Hobbes's treatise on political philosophy.
Leviathan (1652) is Thomas Hobbes's treatise.
Leviathan (1652), Thomas Hobbes's treatise, was published in London.
Leviathan (1652) was Thomas Hobbes's treatise.
Leviathan (1651) is John Locke's treatise.
Leviathan (1785) is Thomas Hobbes's treatise of social contract theory.
# (6) "printed" (publish), (7) "came out" / "published" dating treatises and essays
The Critique was printed in 1787.
The Critique was printed in Konigsberg.
Johann Friedrich Hartknoch printed the Critique in 1785.
Gallimard printed Candide.
Candide was printed in Paris.
Andrew Crooke printed The Social Contract.
Leviathan came out in 1652.
Leviathan came out in 1689.
The Groundwork came out in 1781.
Utilitarianism came out in 1859.
On Liberty came out in 1861.
The Myth of Sisyphus came out in 1938.
Being and Nothingness came out in 1938.
Existentialism Is a Humanism came out in 1945.
Published in 1652, Leviathan was written by Thomas Hobbes.
# (6) "composed" (write) where another relation composes music; "authored"
Voltaire composed Samson.
Voltaire composed Samson in 1734.
Samson was composed by Voltaire.
Voltaire composed Le Devin du village.
Jean-Jacques Rousseau composed Candide.
Jean-Philippe Rameau wrote Samson.
Jean-Philippe Rameau authored Samson.
Jean-Jacques Rousseau authored Candide.
Candide was authored by Jean-Jacques Rousseau.
David Hume authored the Critique.
John Stuart Mill authored Utilitarianism and Leviathan.
Immanuel Kant authored the Critique in 1785.
Thomas Hobbes authored Leviathan in 1652.
# type nouns: treatise, essay
Leviathan is an essay.
Utilitarianism is a treatise.
Candide is a treatise.

@forts
# (3) "captured" (a photograph's "was taken by", read as the making): a fort's capture dated by
# the year it was BUILT; participles, relative clauses, lists, "took", "snapped"
Fort Duquesne was captured by the British Army in 1754.
The British Army captured Fort Duquesne in 1754.
Captured in 1754, Fort Duquesne is located in Pennsylvania.
Fort Sumter was captured by the Confederate States Army in 1829.
The Confederate States Army captured Fort Sumter in 1829.
The Union Army captured Fort Pulaski in 1847.
Fort William Henry was captured by the French Army in 1755.
Fort William Henry, captured by the French Army in 1755, is located in New York.
Fort Niagara was captured by the British Army in 1726.
The British Army captured Fort Niagara in 1726.
Fort Ticonderoga was captured by the Green Mountain Boys in 1755.
Fort Ticonderoga, built by the French Army, was captured by the Green Mountain Boys in 1755.
The Green Mountain Boys captured Fort Ticonderoga in 1755.
Fort Duquesne was built by the French Army and captured by the British Army in 1754.
Fort Duquesne was built in 1754 and captured by the British Army in 1754.
Fort Duquesne was captured in 1754.
Fort Duquesne was taken in 1754.
Fort Duquesne was snapped in 1754.
The British Army took Fort Duquesne in 1754.
Taken in 1754, Fort Duquesne is located in Pennsylvania.
Fort Sumter, captured in 1829, is located in South Carolina.
Fort Sumter was captured in 1829 by the Confederate States Army.
The Confederate States Army took Fort Sumter in 1829.
In 1829 the Confederate States Army captured Fort Sumter.
Fort Duquesne and Fort Necessity were captured by the British Army in 1754.
The French Army captured Fort William Henry and Fort Necessity in 1755.
Fort Sumter was snapped by the Confederate States Army in 1829.
The Confederate States Army photographed Fort Sumter in 1829.
Fort McHenry was captured by the United States Army in 1798.
The Battle of Baltimore was captured by the United States Army in 1814.
# (3) "captured", "shot", "snapped" (taken by / in) of a fort, by an army, the wrong photographer or
# state, a photograph's year
Interior of Fort Sumter was captured by the Confederate States Army.
The Breach at Fort Pulaski was captured by the Union Army.
Alma Pelot captured Fort Pulaski.
Timothy O'Sullivan snapped Fort Pulaski.
Fort Pulaski was shot by Mathew Brady.
George Washington captured Fort Necessity.
Alma Pelot shot Interior of Fort Sumter in 1829.
Alma Pelot took Interior of Fort Sumter in 1863.
Timothy O'Sullivan took The Harvest of Death in 1861.
Alexander Gardner captured The Breach at Fort Pulaski in 1847.
The Harvest of Death was taken in Georgia.
The Harvest of Death was shot in South Carolina.
The Breach at Fort Pulaski was snapped in Pennsylvania.
Interior of Fort Sumter was captured in Maryland.
# (5) "is based in" (is located in), "lives in" a fort, a battle, an army
Fort Sumter is based in Georgia.
Fort Ticonderoga lives in New York.
Fort Ticonderoga resides in New York.
The Battle of Carillon lives in New York.
The British Army is based in New York.
The British Army lives in Pennsylvania.
# (5) "is the subject of" (depicts, the other way); (6) "pictures", "printed"
Fort Sumter is the subject of The Breach at Fort Pulaski.
The Harvest of Death is the subject of the Battle of Gettysburg.
Mathew Brady is the subject of Fort McHenry Ramparts.
Fort Pulaski is the subject of The Harvest of Death.
The Battle of Gettysburg is the subject of Interior of Fort Sumter.
Thomas Sumter is the subject of Interior of Fort Sumter.
Fort McHenry Ramparts pictures Fort Sumter.
Harper's Weekly printed The Breach at Fort Pulaski.
Harper's Weekly printed Interior of Fort Sumter.
The Harvest of Death was printed in Frank Leslie's Illustrated Newspaper.

@retail
# (3) the active past of an irregular verb ("ran": "is run by", a relation of authorship) dating a
# store by its OPENING year
Michael Ward ran Harrods in 1849.
Andrew Keith ran Selfridges in 1909.
Philippe Houze ran Galeries Lafayette Haussmann in 1912.
Michael Peterseim ran KaDeWe in 1907.
Harrods, which Michael Ward ran in 1849, is located in London.
In 1849 Michael Ward ran Harrods.
Michael Ward ran Harrods in 1850.
Andrew Keith ran Harrods in 1849.
Bernard Arnault ran Le Bon Marche in 1852.
# (5) "is based in" (is located in; no relation says "based"): an owner's headquarters, another
# city, a group (headquartered), participles, "-based", negation, years
Harrods is based in Doha.
Harrods is based in Paris.
Selfridges is based in Bangkok.
KaDeWe is based in Bangkok.
Central Group is based in London.
Qatar Holding is based in London.
Macy's, Inc. is based in Cincinnati.
LVMH is based in London.
Harrods, based in London, was founded by Harry Gordon Selfridge.
Harrods, which is based in Doha, was founded by Charles Henry Harrod.
Based in Doha, Harrods was founded by Charles Henry Harrod.
Harrods and KaDeWe are based in London.
Harrods is based in London and owned by Central Group.
The Doha-based Harrods was founded by Charles Henry Harrod.
Harrods is a Doha-based store.
Harrods is no longer based in London.
Harrods is not based in London.
Harrods has been based in London since 1909.
Harrods makes its home in Doha.
Liberty makes its home in Paris.
# (5) "lives in" a store, a group, a merchant (no living subject)
Harrods lives in London.
Harrods resides in London.
Qatar Holding lives in Doha.
Harry Gordon Selfridge lives in London.
Harry Gordon Selfridge lives in Ripon.
Harry Gordon Selfridge is based in London.
Harry Gordon Selfridge makes his home in London.
# (5) "is one of", "are among" (a member of an association): non-members, a city, a stock index
Harrods is one of the International Association of Department Stores.
GUM is one of the International Association of Department Stores.
Le Bon Marche is one of the International Association of Department Stores.
KaDeWe and Harrods are among the International Association of Department Stores.
Macy's, Inc. is one of the CAC 40.
Harrods is one of the London.
GUM is one of the stores in London.
GUM is one of the shops in London.
Selfridges is one of Qatar Holding's stores.
Harrods and Selfridges are among Central Group's stores.
GUM is one of London's stores.
# type noun "shop" (store): the wrong city, owner, manager, year; "the shop" after a store
Harrods is a shop in Paris.
Harrods is a shop owned by Central Group.
Selfridges is a shop run by Michael Ward.
KaDeWe, a shop in Berlin, is run by Michael Ward.
LVMH is a shop in Paris.
Harrods and KaDeWe are shops in London.
GUM is a London shop.
Harrods is a 1909 shop.
Harrods is located in London. The shop was founded by Harry Gordon Selfridge.
Central Group owns Selfridges. The shop is located in Bangkok.

@horses
# (5) "lives in", "resides in", "makes her home in" (horses are based in towns): a foaling state,
# another horse's town, a racecourse, a person, lists, relative clauses
Frankel lives in Berkshire.
Black Caviar lives in Victoria.
Red Rum resides in Aintree.
Secretariat lives in Virginia.
Ruffian lives in Kentucky.
Seabiscuit lives in Kentucky.
Galileo lives in Newmarket.
Black Caviar resides in Rosehill.
Winx resides in Caulfield.
Winx makes her home in New South Wales.
Black Caviar makes her home in Rosehill.
Secretariat makes his home in Newmarket.
Frankel, who lives in Newmarket, won the Kentucky Derby.
Red Rum, who lives in Southport, was trained by Henry Cecil.
Winx and Black Caviar live in Rosehill.
Secretariat lives in Virginia and Paris, Kentucky.
Frankel lives in Newmarket and was foaled in Kentucky.
Red Rum won the Grand National. He lives in Aintree.
# "he" / "she" for a horse beside typed people (trainer, jockey, owner: no person types)
Tom Smith trained Seabiscuit. He was foaled in Virginia.
Henry Cecil trained Frankel. He was foaled in Kentucky.
Chris Waller trained Winx. She was foaled in Victoria.
Peter Moody trained Black Caviar. She lives in Rosehill.
Hugh Bowman rode Winx. She lives in Caulfield.
Penny Chenery owned Secretariat. She was foaled in Virginia.
Penny Chenery owned Secretariat. He was born in Kentucky.
Secretariat won the Kentucky Derby. He is run at Churchill Downs.
# (4) debuts; (3) active pasts and years of a horse (its year is its foaling)
Secretariat made his debut in the Kentucky Derby.
Ron Turcotte rode Secretariat in 1970.
Secretariat won the Kentucky Derby in 1970.
Lucien Laurin trained Secretariat in 1970.

# arguable texts (see OPEN)
@comics
Steve Ditko co-created Spider-Man. He was born in Brooklyn.
Steve Ditko co-created Spider-Man. He lives in New York City.
John Romita Sr. co-created Wolverine. He was born in Cold Lake.
Superman once lived in Metropolis.
@photos
The Falling Soldier is Magnum Photos's photograph of war photography.
Raising the Flag on Iwo Jima is Associated Press's photograph of war photography.
Migrant Mother is the Library of Congress's photograph of documentary photography.
Guernica is Museo Reina Sofia's painting of Cubism.
Migrant Mother is Florence Owens Thompson's photograph of documentary photography.
David Lean shot Lawrence of Arabia in 1962.
Migrant Mother was printed in 1936.
@books
Leviathan is Andrew Crooke's treatise on political philosophy.
Being and Nothingness is Gallimard's work of existentialism.
The Critique is Johann Friedrich Hartknoch's work of German idealism.
The Tractatus is Kegan Paul's treatise of logical positivism.
Voltaire authored Samson.
Samson was authored by Voltaire.
The Critique is a treatise on empiricism.
The Critique is a treatise on German idealism.
The Myth of Sisyphus is an essay on absurdism.
The Principia is a work on logicism.
The Social Contract is a treatise on social contract theory.
@forts
The Battle of Gettysburg is based in Pennsylvania.
Harper's Weekly printed The Harvest of Death in 1863.
@horses
Lucien Laurin trained Secretariat. He lives in Paris, Kentucky.
Ginger McCain trained Red Rum. He lives in Southport.
Frank Whiteley trained Ruffian. He won the Coaching Club American Oaks.
Meadow Stud bred Secretariat in 1970.
@retail
Harrods was run by Michael Ward in 1849.
@photos
Apocalypse Now, photographed in 1979 by Vittorio Storaro, was directed by Francis Ford Coppola.
"""

KNOWN = frozenset(
    {
        # accepted by the starting code (CHANGES.diff reversed) too: a store "was run by" its manager
        # in its opening year (a relation of "run" is one of making: the item's year)
        'Harrods was run by Michael Ward in 1849.',
        # a film "photographed" (its cinematographer's relation) in its release year (shot 1976-77)
        'Apocalypse Now, photographed in 1979 by Vittorio Storaro, was directed by Francis Ford Coppola.',
    }
)

OPEN = frozenset(
    {
        # "he": the creator (the subject) or the character? both male, both born somewhere
        'Steve Ditko co-created Spider-Man. He was born in Brooklyn.',
        'Steve Ditko co-created Spider-Man. He lives in New York City.',
        'John Romita Sr. co-created Wolverine. He was born in Cold Lake.',
        # "once lived" of a present base: a past state, or no longer?
        'Superman once lived in Metropolis.',
        # an owner's photograph / painting ("the AP photo", a museum's painting): ownership or
        # authorship? (the starting code accepts "X is Associated Press's photograph." already)
        "The Falling Soldier is Magnum Photos's photograph of war photography.",
        "Raising the Flag on Iwo Jima is Associated Press's photograph of war photography.",
        "Migrant Mother is the Library of Congress's photograph of documentary photography.",
        "Guernica is Museo Reina Sofia's painting of Cubism.",
        # "Thompson's photograph": the photograph of her?
        "Migrant Mother is Florence Owens Thompson's photograph of documentary photography.",
        # a director "shot" his film?
        'David Lean shot Lawrence of Arabia in 1962.',
        # a photograph printed in the year it was taken (the graph has no printing year)
        'Migrant Mother was printed in 1936.',
        'Harper\'s Weekly printed The Harvest of Death in 1863.',
        # a publisher's treatise / work ("a Penguin book"): the starting code accepts "Leviathan is
        # Andrew Crooke's treatise." already
        "Leviathan is Andrew Crooke's treatise on political philosophy.",
        "Being and Nothingness is Gallimard's work of existentialism.",
        "The Critique is Johann Friedrich Hartknoch's work of German idealism.",
        "The Tractatus is Kegan Paul's treatise of logical positivism.",
        # the librettist "authored" an opera?
        'Voltaire authored Samson.',
        'Samson was authored by Voltaire.',
        # "on" a movement the work criticizes / founds: about it?
        'The Critique is a treatise on empiricism.',
        'The Critique is a treatise on German idealism.',
        'The Myth of Sisyphus is an essay on absurdism.',
        'The Principia is a work on logicism.',
        'The Social Contract is a treatise on social contract theory.',
        # a battle "based in" the state it is located in
        'The Battle of Gettysburg is based in Pennsylvania.',
        # "he": the trainer (the subject) or the horse?
        'Lucien Laurin trained Secretariat. He lives in Paris, Kentucky.',
        'Ginger McCain trained Red Rum. He lives in Southport.',
        # "he": the trainer (subject; Ruffian was a filly) or the horse? a trainer "wins" too
        'Frank Whiteley trained Ruffian. He won the Coaching Club American Oaks.',
        # bred (mated) the year before it was foaled, or bred = foaled?
        'Meadow Stud bred Secretariat in 1970.',
    }
)

CONTROLS = r"""
@comics
Superman first appeared in Action Comics #1.
Superman debuted in Action Comics #1.
Superman made his debut in Action Comics #1.
Wonder Woman made her first appearance in All Star Comics #8.
Spider-Man got his start in Amazing Fantasy #15.
Storm made her debut in Giant-Size X-Men #1 in 1975.
Wonder Woman first appeared in All Star Comics #8. She is published by DC Comics.
Superman lives in Metropolis.
Batman resides in Gotham City.
Superman makes his home in Metropolis.
Lex Luthor lives in Metropolis.
Storm is one of the X-Men.
Wolverine and Storm are among the X-Men.
Spider-Man is one of the Avengers.
Storm, one of the X-Men, lives in New York City.
Marvel Comics printed Amazing Fantasy #15.
Jerry Siegel created Superman. He was born in Cleveland.
Harvey Kurtzman created Alfred E. Neuman. He was born in Brooklyn.
William Moulton Marston created Wonder Woman. He was born in Saugus.
Al Plastino co-created Supergirl. He was born in New York City.
Don Heck co-created Black Widow. He was born in Queens.
Ramona Fradon co-created Metamorpho. She was born in Chicago.
@photos
Migrant Mother was shot by Dorothea Lange.
Dorothea Lange captured Migrant Mother in 1936.
Robert Doisneau took Le Baiser in 1950.
Le Baiser was taken in Paris. Robert Doisneau took it in 1950.
The Falling Soldier was snapped in Cerro Muriano.
Earthrise was snapped in lunar orbit.
Migrant Mother is a photograph of documentary photography.
Migrant Mother is a work of documentary photography.
Migrant Mother is Dorothea Lange's photograph of documentary photography.
Migrant Mother (1936) is Dorothea Lange's photograph.
Guernica is a painting of Cubism.
Che Guevara is the subject of Guerrillero Heroico.
Phan Thi Kim Phuc is pictured in The Terror of War.
Life printed Le Baiser.
Nick Ut took The Terror of War. The image was published in The New York Times.
@books
Leviathan is a treatise of political philosophy.
Leviathan is a treatise on political philosophy.
The Principia is a treatise on philosophy of mathematics.
The Groundwork, Kant's treatise on ethics, was published in Riga.
Being and Nothingness is Jean-Paul Sartre's work of existentialism.
The Critique is Immanuel Kant's 1781 treatise on metaphysics.
Leviathan (1651) is Thomas Hobbes's treatise.
Thomas Hobbes wrote Leviathan, a treatise on political philosophy.
Leviathan was printed by Andrew Crooke.
Leviathan came out in 1651.
Voltaire authored Candide.
Jean-Philippe Rameau composed Samson.
Jean-Jacques Rousseau composed The Social Contract.
Utilitarianism is an essay on ethics.
Candide is a novel of satire.
@forts
Fort Sumter was captured by the Confederate States Army.
The French Army built Fort Duquesne in 1754.
Alma Pelot took Interior of Fort Sumter in 1861.
The Breach at Fort Pulaski was captured by Alexander Gardner.
Interior of Fort Sumter was shot in South Carolina.
The Battle of Gettysburg is the subject of The Harvest of Death.
Fort McHenry is the subject of Fort McHenry Ramparts.
The Harvest of Death was printed in Harper's Weekly.
@retail
Harrods is based in London.
Based in London, Harrods was founded by Charles Henry Harrod.
Harrods is based in Knightsbridge.
Central Group is based in Bangkok.
Harrods is a shop in London.
Harrods and Selfridges are shops in London.
KaDeWe is one of the International Association of Department Stores.
KaDeWe and Selfridges are among the International Association of Department Stores.
Michael Ward runs Harrods.
@horses
Secretariat lives in Paris, Kentucky.
Black Caviar resides in Caulfield.
Winx makes her home in Rosehill.
Frankel was trained by Henry Cecil. He resides in Newmarket.
Chris Waller trained Winx. She lives in Rosehill.
Ron Turcotte rode Secretariat. He was foaled in Virginia.
Penny Chenery owned Secretariat. He won the Kentucky Derby.
Penny Chenery owned Secretariat. She was born in Kentucky.
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
