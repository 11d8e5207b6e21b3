"""Red team round 167: this round's new readings (CHANGES.diff, after round 166's fixes): (1)
fictional characters may be "he" / "she" where no typed person, no animal and no name of a
non-THING type was named before; (2) "is a <noun> of / on <class>" (and after a possessive) for
relations that say the item is of the class ("is a ... of" in at most four words, "belongs to",
or the range's type word); (3) photographs "shot / captured / snapped / photographed", the
active past of making dates the item, keeping verbs only after "first"; (4) "debuted in", "made
his debut in", "got his start in"; (5) "is based in", "lives in" / "resides in", "is the subject
of" (from "depicts / portrays / shows"), "is one of"; (6) print (publish), picture (depict),
compose / author (write), treatises and essays published, "(year) is P's N".

Six graphs of my own (builders below):

* goldenage: Golden Age characters of six character types (items: year of the first appearance),
  comics (items: year), films (items); comics "were published by" PUBLISHERS WHO ARE PEOPLE typed
  "publisher" (Max Gaines, Martin Goodman, Harry Donenfeld, Busy Arnold, Alfred Harvey, Thurman
  T. Scott; "publisher" is one of THING_WORDS) and Alfred Harvey also "created" Black Cat; the
  studio Eisner & Iger created Phantom Lady; characters "first appeared in", "appear in" films,
  "were created by" writers and artists, "are published by" companies, "are based in", "were born
  in", "are members of" teams; ACTORS "portray" characters (a "portrays" whose subject is a person);
* muppets: Muppet characters (type "muppet_character") next to their PUPPETEERS, who are ITEMS of
  the type "puppeteer" (no person type: an item is never "named", so not a candidate for "he"),
  and shows (items); "is performed by" (now) / "was first performed by" / "was designed by" /
  "first appeared in" / "was born in" / "is based in";
* photos: photographs (items: year TAKEN; first printed years later: The Steerage 1907 / Camera
  Work 1911, The Flatiron and The Pond-Moonlight 1904 / 1906, Afghan Girl 1984 / 1985, Earthrise
  1968 / 1969), paintings (items), films (items: year of release, shot earlier); "was taken by /
  in", "was published in", "depicts", "belongs to the movement", paintings "are PRECURSORS of" a
  movement and photographs "are SYMBOLS of" one ("is a ... of": classifying, yet not of it), an
  EXHIBITION "shows" paintings and photographs (a "shows" whose subject is no artwork), films
  "were photographed by" cinematographers;
* tv: shows (items: year of the premiere) "hosted / presented by" their CURRENT host, stores
  (items: year opened) "owned by" groups that bought them long after, "run by" managers, "located
  in" cities (no "based" anywhere), groups "headquartered in";
* books: treatises only (one item type: "a treatise / book of / on" are read), "belong to the
  field of" fields and "are key texts of" movements, but also "are PRECURSORS of" and "are
  CRITIQUES of" movements and "INFLUENCED THE FIELD OF" fields (the range's type word in the
  phrase), "were translated by", "are dedicated to", "were published by / in";
* stage: operas and musicals (items) "written by" the librettist / lyricist / book writer with
  "has music by" the composer (no relation says "compose"), films "written by" screenwriters and
  "scored by" composers; novels (items) "belong to the genre", "are PARODIES of" a genre and
  "are PRECURSORS of" a movement.

Findings (179 false texts accepted; the starting code, CHANGES.diff reversed, rejects all 179):

* (1) "he" beside a female character where a PERSON OF A THING TYPE was named before: "Max Gaines
  published All Star Comics #8. Wonder Woman first appeared in it. He was born in Themyscira"
  (and "lives in Washington, D.C.", "is published by DC Comics", "was created by William Moulton
  Marston", "is portrayed by Gal Gadot", "is one of the Justice Society of America", ...), the
  same with Busy Arnold / Phantom Lady, Thurman T. Scott / Sheena, Martin Goodman / Miss America,
  Harry Donenfeld / Catwoman, Max Gaines / Hawkgirl; and a publisher who is the CREATOR: "Alfred
  Harvey created Black Cat. He lives in Hollywood" (the rule was to keep a creator of any type).
  A type whose last word is "publisher" (also "distributor", "studio", "label", "brand", "comic",
  "channel", "team", "band"...) may be a person: THING_WORDS drops him as "no one".
* (1) "he" where the person named before is an ITEM of no person type (a puppeteer): "Frank Oz
  originated Miss Piggy. He was born in Iowa" (and "is based in the Muppet Theatre", "first
  appeared in The Muppets Valentine Show", "is performed by Eric Jacobson"), "Eric Jacobson
  performs Miss Piggy. He was designed by Bonnie Erickson", Richard Hunt / David Rudman / Janice,
  Jerry Nelson / Camilla the Chicken. Items are never in "named", so the person item is no
  candidate; the same rule rejects the true "Frank Oz originated Miss Piggy. He was born in
  Hereford" (a control).
* (2) "a work / piece / example of <class>" is read for any relation "is a ... of" (at most four
  words), whatever it says: "is a precursor of" ("Le Dejeuner sur l'herbe is a work of
  Impressionism", "The Hay Wain is an example of Impressionism", "Mont Sainte-Victoire is a work
  of Cubism", "Madame Bovary is a piece of modernism", "Tristram Shandy is an example of
  modernism", "On the Origin of Species is a treatise of Social Darwinism", "The World as Will is
  a book of existentialism"), "is a symbol of" ("Tank Man is an example of the Chinese democracy
  movement"), "is a critique of" ("Das Kapital is a treatise of classical economics", "The General
  Theory is a work of classical economics"), "is a parody of" ("Don Quixote is an example of
  chivalric romance"); in lists with a true class ("Impression, Sunrise and The Hay Wain are works
  of Impressionism", "a work of Realism and Impressionism"), in appositions ("Laurence Sterne wrote
  Tristram Shandy, an example of modernism", "Karl Marx wrote Das Kapital, a treatise of classical
  economics"), after a possessive with the right author and year ("Le Dejeuner sur l'herbe (1863)
  is Edouard Manet's work of Impressionism", "The General Theory is John Maynard Keynes's 1936 work
  of classical economics", "Mont Sainte-Victoire, Paul Cezanne's work of Cubism, is held by ...").
  Meanwhile the true "On the Origin of Species is a work of Darwinism" ("is a key text of": five
  words) is rejected.
* (2) "a treatise / book / work / piece on <field>" read from "influenced the field of" (the
  range's type word "field" in the phrase): "On the Origin of Species is a treatise on sociology /
  a book on psychology", "The Wealth of Nations is a treatise on ethics", "Thus Spoke Zarathustra
  is a treatise on psychology", "Essays and The Wealth of Nations are treatises on ethics", "On
  the Origin of Species, Charles Darwin's treatise on sociology, was published in London", "The
  Wealth of Nations (1776) is Adam Smith's treatise on ethics".
* (5) "is the subject of" from ANY "portrays" / "shows", whoever its subject: an actor's
  "Catwoman is the subject of Michelle Pfeiffer", "Captain America is the subject of Chris
  Evans", "Wonder Woman, the subject of Gal Gadot, lives in ..."; an exhibition's "Nude
  Descending a Staircase is the subject of the Armory Show", "Lunch atop a Skyscraper is the
  subject of The Family of Man".
* (6) "compose" for "write" where the music is another relation that does not say "compose":
  the librettist, lyricist, book writer, screenwriter "composed" the work: "Lorenzo Da Ponte
  composed Don Giovanni", "Oscar Hammerstein II composed Oklahoma!", "Stephen Sondheim composed
  West Side Story", "Robert Towne composed Chinatown", "Mario Puzo composed The Godfather", with a
  year, in participles and relative clauses; the composers themselves ("Wolfgang Amadeus Mozart
  composed Don Giovanni", "Jerry Goldsmith composed Chinatown": controls) are rejected.
* (6) "printed" (publish) with a year dates a photograph by the year it was TAKEN: "The Steerage
  was printed in 1907" (printed in Camera Work in 1911), "Camera Work printed The Flatiron in
  1904" (1906), "Afghan Girl was printed in 1984" (1985), "Life printed Earthrise in 1968" (1969),
  "The Steerage was first printed in 1907", "Printed in 1984, Afghan Girl depicts Sharbat Gula";
  "The Steerage was published in 1907" is rejected.

Not found: (3) "shot / captured / snapped / took" with a film's release year, the wrong year,
photographer, place, a painter; keeping verbs with a year and no "first"; (4) "debuted in" /
"made her debut in" / "got his start in" a film, the wrong comic or show, a person, a year, lists;
(5) "lives in" a birthplace, another city, for people, companies; "is based in" an owner's
headquarters, a district, another city; "is one of" a non-member, a city, a company, lists;
"is the subject of" reversed, the photographer; (6) "pictures" the wrong subject; "printed" by the
wrong publisher; "authored" by a translator or publisher; (2) a person, place, language,
museum, exhibition as the class; the wrong author, translator or dedicatee after a possessive;
a wrong year in brackets or after the possessive.

KNOWN (accepted by the starting code too): a photograph "published in" a magazine with the year it
was taken; "first run / presented in <year> by" the current manager or presenter; "produced"
dating a show by its premiere whoever produces it now; "performs" read from "was first performed
by" ("Frank Oz performs Miss Piggy").

Rejected controls: new this round (the "he" rule): "Miss Piggy was first performed by Frank Oz. He
was born in Hereford.", "Frank Oz originated Miss Piggy. He was born in Hereford.". Rejected by the
starting code too: the four composers ("Wolfgang Amadeus Mozart composed Don Giovanni", "Richard
Rodgers composed Oklahoma!", "Jerry Goldsmith composed Chinatown", "Leonard Bernstein composed West
Side Story"), "Jay Garrick and Hawkgirl made their debut in Flash Comics #1.", "Kermit the Frog
debuted in 1955.", "The Steerage was captured in New York City in 1907.", "Afghan Girl pictures
Sharbat Gula." (plural_name: "pictures" read as part of the name), "On the Origin of Species is a
work of Darwinism." and "Discourse on the Method is a treatise of rationalism." ("is a key text
of" is not read as classifying).

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


def goldenage():
    """Golden Age comic characters (items: year of the first appearance) of several character
    types (superheroine, superhero, villain, sidekick, detective, heroine) next to comics (items:
    year of publication) and films (items: year of release). Comics "were published by" their
    PUBLISHERS, who are people of the type "publisher" (Max Gaines, Martin Goodman, Harry
    Donenfeld, Busy Arnold, Alfred Harvey, Thurman T. Scott: a type whose last word is one of
    THING_WORDS, so "no one" for "he" / "she") and who "were born in" cities and "founded"
    companies; Alfred Harvey also "created" Black Cat, and the studio Eisner & Iger created
    Phantom Lady (a thing type, rightly no one). Characters "first appeared in" comics ("debuted
    in"), "appear in" films, "were created by" writers and artists (person types), "are published
    by" companies, "are based in" cities ("lives in"), "were born in" places, "are members of"
    teams ("is one of"), "are the sidekick of"; actors "portray" characters (a "portrays" whose
    subject is an actor: "is the subject of" the other way); companies "are headquartered in"."""
    CH = ("superheroine", "superhero", "villain", "sidekick", "detective", "heroine")
    PEOPLE = ("writer", "artist", "cartoonist", "publisher", "actor")
    rels = [
        R("first_appeared_in", phrase="first appeared in", inverse_phrase="introduced", domain=CH, range=("comic",)),
        R("appears_in", phrase="appears in", inverse_phrase="features", domain=CH, range=("film",)),
        R("created_by", phrase="was created by", inverse_phrase="created", domain=CH,
          range=("writer", "artist", "cartoonist", "publisher", "studio")),
        R("comic_published_by", phrase="was published by", inverse_phrase="published", domain=("comic",), range=("publisher",)),
        R("char_published_by", phrase="is published by", inverse_phrase="publishes", domain=CH, range=("company",)),
        R("based_in", phrase="is based in", inverse_phrase="is the home of", domain=CH, range=("city", "continent")),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=(*CH, *PEOPLE),
          range=("city", "island", "country")),
        R("member_of", phrase="is a member of", inverse_phrase="has the member", domain=CH, range=("team",)),
        R("sidekick_of", phrase="is the sidekick of", inverse_phrase="has the sidekick", domain=("sidekick",), range=("superhero",)),
        R("portrays", phrase="portrays", inverse_phrase="is portrayed by", domain=("actor",), range=CH),
        R("founded", phrase="founded", inverse_phrase="was founded by", domain=("publisher",), range=("company",)),
        R("hq_in", phrase="is headquartered in", inverse_phrase="is the headquarters of", domain=("company",), range=("city",)),
        R("directed_by", phrase="was directed by", inverse_phrase="directed", domain=("film",), range=("director",)),
    ]
    items = {
        "c:ww": ("superheroine", "Wonder Woman", 1941), "c:phantom": ("superheroine", "Phantom Lady", 1941),
        "c:blackcat": ("superheroine", "Black Cat", 1941), "c:sheena": ("heroine", "Sheena", 1938),
        "c:catwoman": ("villain", "Catwoman", 1940), "c:missam": ("superheroine", "Miss America", 1943),
        "c:flash": ("superhero", "Jay Garrick", 1940), "c:cap": ("superhero", "Captain America", 1941),
        "c:plastic": ("superhero", "Plastic Man", 1941), "c:bucky": ("sidekick", "Bucky Barnes", 1941),
        "c:spirit": ("detective", "The Spirit", 1940), "c:hawkgirl": ("superheroine", "Hawkgirl", 1940),
        "k:allstar8": ("comic", "All Star Comics #8", 1941), "k:police1": ("comic", "Police Comics #1", 1941),
        "k:pocket1": ("comic", "Pocket Comics #1", 1941), "k:jumbo1": ("comic", "Jumbo Comics #1", 1938),
        "k:batman1": ("comic", "Batman #1", 1940), "k:mmc49": ("comic", "Marvel Mystery Comics #49", 1943),
        "k:flash1": ("comic", "Flash Comics #1", 1940), "k:cac1": ("comic", "Captain America Comics #1", 1941),
        "k:spirit1": ("comic", "The Spirit Section #1", 1940),
        "f:first": ("film", "Captain America: The First Avenger", 2011), "f:returns": ("film", "Batman Returns", 1992),
        "f:ww84": ("film", "Wonder Woman 1984", 2020), "f:spirit": ("film", "The Spirit", 2008),
    }
    others = {
        "p:marston": ("writer", "William Moulton Marston"), "p:peter": ("artist", "Harry G. Peter"),
        "p:kane": ("cartoonist", "Bob Kane"), "p:finger": ("writer", "Bill Finger"), "p:simon": ("cartoonist", "Joe Simon"),
        "p:kirby": ("cartoonist", "Jack Kirby"), "p:fox": ("writer", "Gardner Fox"), "p:lampert": ("artist", "Harry Lampert"),
        "p:cole": ("cartoonist", "Jack Cole"), "p:eisner": ("cartoonist", "Will Eisner"), "p:iger": ("cartoonist", "Jerry Iger"),
        "p:binder": ("writer", "Otto Binder"), "p:gabriele": ("artist", "Al Gabriele"), "p:moldoff": ("artist", "Sheldon Moldoff"),
        "s:eisneriger": ("studio", "Eisner & Iger"),
        "u:gaines": ("publisher", "Max Gaines"), "u:goodman": ("publisher", "Martin Goodman"),
        "u:donenfeld": ("publisher", "Harry Donenfeld"), "u:arnold": ("publisher", "Busy Arnold"),
        "u:harvey": ("publisher", "Alfred Harvey"), "u:scott": ("publisher", "Thurman T. Scott"),
        "o:dc": ("company", "DC Comics"), "o:marvel": ("company", "Marvel Comics"), "o:harveyco": ("company", "Harvey Comics"),
        "o:aa": ("company", "All-American Publications"), "o:timely": ("company", "Timely Comics"),
        "o:quality": ("company", "Quality Comics"), "o:fiction": ("company", "Fiction House"),
        "a:evans": ("actor", "Chris Evans"), "a:stan": ("actor", "Sebastian Stan"), "a:pfeiffer": ("actor", "Michelle Pfeiffer"),
        "a:gadot": ("actor", "Gal Gadot"), "a:macht": ("actor", "Gabriel Macht"),
        "d:johnston": ("director", "Joe Johnston"), "d:burton": ("director", "Tim Burton"), "d:jenkins": ("director", "Patty Jenkins"),
        "d:miller": ("director", "Frank Miller"),
        "t:jsa": ("team", "Justice Society of America"), "t:invaders": ("team", "Invaders"), "t:allwinners": ("team", "All-Winners Squad"),
        "y:themyscira": ("island", "Themyscira"), "y:washington": ("city", "Washington, D.C."), "y:gotham": ("city", "Gotham City"),
        "y:keystone": ("city", "Keystone City"), "y:nyc": ("city", "New York City"), "y:brooklyn": ("city", "Brooklyn"),
        "y:hollywood": ("city", "Hollywood"), "y:iasi": ("city", "Iasi"), "y:providence": ("city", "Providence"),
        "y:central": ("city", "Central City"), "y:africa": ("continent", "Africa"), "y:burbank": ("city", "Burbank"),
        "y:midway": ("city", "Midway City"), "y:saugus": ("city", "Saugus"), "y:boston": ("city", "Boston"),
    }
    T_ = [
        ("c:ww", "first_appeared_in", "k:allstar8"), ("c:phantom", "first_appeared_in", "k:police1"),
        ("c:plastic", "first_appeared_in", "k:police1"), ("c:blackcat", "first_appeared_in", "k:pocket1"),
        ("c:sheena", "first_appeared_in", "k:jumbo1"), ("c:catwoman", "first_appeared_in", "k:batman1"),
        ("c:missam", "first_appeared_in", "k:mmc49"), ("c:flash", "first_appeared_in", "k:flash1"),
        ("c:hawkgirl", "first_appeared_in", "k:flash1"), ("c:cap", "first_appeared_in", "k:cac1"),
        ("c:bucky", "first_appeared_in", "k:cac1"), ("c:spirit", "first_appeared_in", "k:spirit1"),
        ("c:cap", "appears_in", "f:first"), ("c:bucky", "appears_in", "f:first"), ("c:catwoman", "appears_in", "f:returns"),
        ("c:ww", "appears_in", "f:ww84"), ("c:spirit", "appears_in", "f:spirit"),
        ("c:ww", "created_by", "p:marston"), ("c:ww", "created_by", "p:peter"), ("c:catwoman", "created_by", "p:kane"),
        ("c:catwoman", "created_by", "p:finger"), ("c:cap", "created_by", "p:simon"), ("c:cap", "created_by", "p:kirby"),
        ("c:bucky", "created_by", "p:simon"), ("c:bucky", "created_by", "p:kirby"), ("c:flash", "created_by", "p:fox"),
        ("c:flash", "created_by", "p:lampert"), ("c:hawkgirl", "created_by", "p:fox"), ("c:hawkgirl", "created_by", "p:moldoff"),
        ("c:plastic", "created_by", "p:cole"), ("c:spirit", "created_by", "p:eisner"),
        ("c:sheena", "created_by", "p:eisner"), ("c:sheena", "created_by", "p:iger"), ("c:missam", "created_by", "p:binder"),
        ("c:missam", "created_by", "p:gabriele"), ("c:blackcat", "created_by", "u:harvey"), ("c:phantom", "created_by", "s:eisneriger"),
        ("k:allstar8", "comic_published_by", "u:gaines"), ("k:flash1", "comic_published_by", "u:gaines"),
        ("k:police1", "comic_published_by", "u:arnold"), ("k:spirit1", "comic_published_by", "u:arnold"),
        ("k:pocket1", "comic_published_by", "u:harvey"), ("k:jumbo1", "comic_published_by", "u:scott"),
        ("k:batman1", "comic_published_by", "u:donenfeld"), ("k:mmc49", "comic_published_by", "u:goodman"),
        ("k:cac1", "comic_published_by", "u:goodman"),
        ("c:ww", "char_published_by", "o:dc"), ("c:catwoman", "char_published_by", "o:dc"), ("c:flash", "char_published_by", "o:dc"),
        ("c:hawkgirl", "char_published_by", "o:dc"), ("c:phantom", "char_published_by", "o:dc"), ("c:plastic", "char_published_by", "o:dc"),
        ("c:cap", "char_published_by", "o:marvel"), ("c:bucky", "char_published_by", "o:marvel"), ("c:missam", "char_published_by", "o:marvel"),
        ("c:blackcat", "char_published_by", "o:harveyco"),
        ("c:ww", "based_in", "y:washington"), ("c:phantom", "based_in", "y:washington"), ("c:blackcat", "based_in", "y:hollywood"),
        ("c:sheena", "based_in", "y:africa"), ("c:catwoman", "based_in", "y:gotham"), ("c:missam", "based_in", "y:nyc"),
        ("c:flash", "based_in", "y:keystone"), ("c:cap", "based_in", "y:nyc"), ("c:spirit", "based_in", "y:central"),
        ("c:hawkgirl", "based_in", "y:midway"),
        ("c:ww", "born_in", "y:themyscira"), ("c:cap", "born_in", "y:nyc"), ("c:bucky", "born_in", "y:nyc"),
        ("u:gaines", "born_in", "y:nyc"), ("u:goodman", "born_in", "y:brooklyn"), ("u:donenfeld", "born_in", "y:iasi"),
        ("u:arnold", "born_in", "y:providence"), ("u:harvey", "born_in", "y:nyc"), ("p:marston", "born_in", "y:saugus"),
        ("p:kane", "born_in", "y:nyc"), ("p:eisner", "born_in", "y:brooklyn"),
        ("p:kirby", "born_in", "y:nyc"), ("a:evans", "born_in", "y:boston"),
        ("c:ww", "member_of", "t:jsa"), ("c:flash", "member_of", "t:jsa"), ("c:hawkgirl", "member_of", "t:jsa"),
        ("c:cap", "member_of", "t:invaders"), ("c:bucky", "member_of", "t:invaders"), ("c:missam", "member_of", "t:allwinners"),
        ("c:cap", "member_of", "t:allwinners"), ("c:bucky", "member_of", "t:allwinners"),
        ("c:bucky", "sidekick_of", "c:cap"),
        ("a:evans", "portrays", "c:cap"), ("a:stan", "portrays", "c:bucky"), ("a:pfeiffer", "portrays", "c:catwoman"),
        ("a:gadot", "portrays", "c:ww"), ("a:macht", "portrays", "c:spirit"),
        ("u:gaines", "founded", "o:aa"), ("u:goodman", "founded", "o:timely"), ("u:harvey", "founded", "o:harveyco"),
        ("u:arnold", "founded", "o:quality"), ("u:scott", "founded", "o:fiction"),
        ("o:dc", "hq_in", "y:burbank"), ("o:marvel", "hq_in", "y:nyc"), ("o:harveyco", "hq_in", "y:nyc"),
        ("o:aa", "hq_in", "y:nyc"), ("o:timely", "hq_in", "y:nyc"),
        ("f:first", "directed_by", "d:johnston"), ("f:returns", "directed_by", "d:burton"), ("f:ww84", "directed_by", "d:jenkins"),
        ("f:spirit", "directed_by", "d:miller"),
    ]
    return _build(items, others, rels, T_)


def muppets():
    """Muppet characters (items: year of the first appearance; type "muppet_character", a
    character type by its last word) next to their PUPPETEERS, who are items too (type
    "puppeteer": people, but no person type and no THING_WORDS: as items they are not "named",
    so beside a character no one but the character is "he" / "she") with their year of birth,
    and shows (items: year of the premiere). Characters "are performed by" puppeteers (now),
    "were first performed by" puppeteers (the original performer), "were designed by" a
    designer (a person type), "first appeared in" shows, "were born in" places, "are based in"
    places ("lives in"); puppeteers "were born in" cities; shows "air on" networks and "were
    created by" Jim Henson or Joan Ganz Cooney."""
    M = ("muppet_character",)
    rels = [
        R("performed_by", phrase="is performed by", inverse_phrase="performs", domain=M, range=("puppeteer",)),
        R("first_performed_by", phrase="was first performed by", inverse_phrase="originated", domain=M, range=("puppeteer",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=M, range=("designer",)),
        R("first_appeared_in", phrase="first appeared in", inverse_phrase="introduced", domain=M, range=("tv_series", "tv_special")),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=(*M, "puppeteer", "designer"),
          range=("city", "state", "country")),
        R("based_in", phrase="is based in", inverse_phrase="is the home of", domain=M, range=("street", "building")),
        R("airs_on", phrase="airs on", inverse_phrase="airs", domain=("tv_series", "tv_special"), range=("network",)),
        R("show_created_by", phrase="was created by", inverse_phrase="created", domain=("tv_series", "tv_special"),
          range=("puppeteer", "producer")),
    ]
    items = {
        "m:kermit": ("muppet_character", "Kermit the Frog", 1955), "m:piggy": ("muppet_character", "Miss Piggy", 1974),
        "m:janice": ("muppet_character", "Janice", 1975), "m:camilla": ("muppet_character", "Camilla the Chicken", 1976),
        "m:bigbird": ("muppet_character", "Big Bird", 1969), "m:grover": ("muppet_character", "Grover", 1970),
        "m:zoe": ("muppet_character", "Zoe", 1993), "m:rosita": ("muppet_character", "Rosita", 1991),
        "m:elmo": ("muppet_character", "Elmo", 1980), "m:prairie": ("muppet_character", "Prairie Dawn", 1971),
        "q:henson": ("puppeteer", "Jim Henson", 1936), "q:oz": ("puppeteer", "Frank Oz", 1944),
        "q:hunt": ("puppeteer", "Richard Hunt", 1951), "q:nelson": ("puppeteer", "Jerry Nelson", 1934),
        "q:spinney": ("puppeteer", "Caroll Spinney", 1933), "q:brill": ("puppeteer", "Fran Brill", 1946),
        "q:osbahr": ("puppeteer", "Carmen Osbahr", 1962), "q:vogel": ("puppeteer", "Matt Vogel", 1970),
        "q:jacobson": ("puppeteer", "Eric Jacobson", 1971), "q:rudman": ("puppeteer", "David Rudman", 1963),
        "q:muehl": ("puppeteer", "Brian Muehl", 1953), "q:dillon": ("puppeteer", "Ryan Dillon", 1988),
        "q:barnhart": ("puppeteer", "Jennifer Barnhart", 1972),
        "s:samfriends": ("tv_series", "Sam and Friends", 1955), "s:sesame": ("tv_series", "Sesame Street", 1969),
        "s:muppetshow": ("tv_series", "The Muppet Show", 1976), "s:valentine": ("tv_special", "The Muppets Valentine Show", 1974),
        "s:sexviolence": ("tv_special", "Sex and Violence", 1975),
    }
    others = {
        "d:erickson": ("designer", "Bonnie Erickson"), "d:love": ("designer", "Kermit Love"),
        "r:cooney": ("producer", "Joan Ganz Cooney"),
        "y:greenville": ("city", "Greenville"), "y:hereford": ("city", "Hereford"), "y:bronx": ("city", "The Bronx"),
        "y:tulsa": ("city", "Tulsa"), "y:waltham": ("city", "Waltham"), "y:chester": ("city", "Chester"),
        "y:mexicocity": ("city", "Mexico City"), "y:bethesda": ("city", "Bethesda"), "y:iowa": ("state", "Iowa"),
        "y:mexico": ("country", "Mexico"), "y:leland": ("city", "Leland"),
        "b:sesamest": ("street", "123 Sesame Street"), "b:theatre": ("building", "the Muppet Theatre"),
        "n:pbs": ("network", "PBS"), "n:itv": ("network", "ITV"), "n:wrc": ("network", "WRC-TV"), "n:abc": ("network", "ABC"),
    }
    T_ = [
        ("m:kermit", "performed_by", "q:vogel"), ("m:piggy", "performed_by", "q:jacobson"), ("m:janice", "performed_by", "q:rudman"),
        ("m:bigbird", "performed_by", "q:vogel"), ("m:grover", "performed_by", "q:jacobson"), ("m:zoe", "performed_by", "q:barnhart"),
        ("m:rosita", "performed_by", "q:osbahr"), ("m:elmo", "performed_by", "q:dillon"), ("m:prairie", "performed_by", "q:brill"),
        ("m:kermit", "first_performed_by", "q:henson"), ("m:piggy", "first_performed_by", "q:oz"),
        ("m:janice", "first_performed_by", "q:hunt"), ("m:camilla", "first_performed_by", "q:nelson"),
        ("m:bigbird", "first_performed_by", "q:spinney"), ("m:grover", "first_performed_by", "q:oz"),
        ("m:zoe", "first_performed_by", "q:brill"), ("m:rosita", "first_performed_by", "q:osbahr"),
        ("m:elmo", "first_performed_by", "q:muehl"), ("m:prairie", "first_performed_by", "q:brill"),
        ("m:piggy", "designed_by", "d:erickson"), ("m:bigbird", "designed_by", "d:love"),
        ("m:kermit", "first_appeared_in", "s:samfriends"), ("m:piggy", "first_appeared_in", "s:valentine"),
        ("m:janice", "first_appeared_in", "s:sexviolence"), ("m:camilla", "first_appeared_in", "s:muppetshow"),
        ("m:bigbird", "first_appeared_in", "s:sesame"), ("m:grover", "first_appeared_in", "s:sesame"),
        ("m:zoe", "first_appeared_in", "s:sesame"), ("m:rosita", "first_appeared_in", "s:sesame"),
        ("m:elmo", "first_appeared_in", "s:sesame"), ("m:prairie", "first_appeared_in", "s:sesame"),
        ("m:piggy", "born_in", "y:iowa"), ("m:kermit", "born_in", "y:leland"), ("m:rosita", "born_in", "y:mexico"),
        ("q:henson", "born_in", "y:greenville"), ("q:oz", "born_in", "y:hereford"), ("q:hunt", "born_in", "y:bronx"),
        ("q:nelson", "born_in", "y:tulsa"), ("q:spinney", "born_in", "y:waltham"), ("q:brill", "born_in", "y:chester"),
        ("q:osbahr", "born_in", "y:mexicocity"), ("q:vogel", "born_in", "y:bethesda"),
        ("m:bigbird", "based_in", "b:sesamest"), ("m:elmo", "based_in", "b:sesamest"), ("m:zoe", "based_in", "b:sesamest"),
        ("m:rosita", "based_in", "b:sesamest"), ("m:prairie", "based_in", "b:sesamest"), ("m:kermit", "based_in", "b:theatre"),
        ("m:piggy", "based_in", "b:theatre"), ("m:janice", "based_in", "b:theatre"), ("m:camilla", "based_in", "b:theatre"),
        ("s:samfriends", "airs_on", "n:wrc"), ("s:sesame", "airs_on", "n:pbs"), ("s:muppetshow", "airs_on", "n:itv"),
        ("s:valentine", "airs_on", "n:abc"), ("s:sexviolence", "airs_on", "n:abc"),
        ("s:samfriends", "show_created_by", "q:henson"), ("s:muppetshow", "show_created_by", "q:henson"),
        ("s:sesame", "show_created_by", "r:cooney"), ("s:valentine", "show_created_by", "q:henson"),
        ("s:sexviolence", "show_created_by", "q:henson"),
    ]
    return _build(items, others, rels, T_)


def photos():
    """Photographs (items: year TAKEN) whose first publication came years later (The Steerage:
    1907, printed in Camera Work in 1911; Afghan Girl 1984 / 1985; Earthrise 1968 / 1969), next
    to paintings (items: year painted) and films (items: year of RELEASE, shot years before).
    Photographs "were taken by" photographers ("shot", "captured", "snapped", "photographed" this
    round; "took" dates them) and "were taken in" places, "were published in" magazines ("printed
    in"), "depict" people ("is the subject of", "pictures"), "belong to the movement" (a class),
    "are held by" museums, "are owned by" agencies ("first owned by" dates the item); paintings
    "were painted by", "belong to the movement" and "are precursors of" a movement (a relation
    "is a ... of" whose object is a class the painting is NOT of), "belong to the genre";
    photographs "are symbols of" movements and eras (the same: a symbol of a movement is no work of it); an
    exhibition "shows" paintings and photographs (a "shows" whose subject is an exhibition: "is
    the subject of" the other way); films "were directed by" directors and "were photographed
    by" cinematographers (no relation of films says "shot"), "were filmed in" countries."""
    W = ("photograph", "painting")
    rels = [
        R("taken_by", phrase="was taken by", inverse_phrase="took", domain=("photograph",), range=("photographer",)),
        R("taken_in", phrase="was taken in", inverse_phrase="is the place of", domain=("photograph",), range=("city", "region")),
        R("published_in", phrase="was published in", inverse_phrase="published", domain=("photograph",), range=("magazine",)),
        R("depicts", phrase="depicts", inverse_phrase="is depicted in", domain=W, range=("person", "event")),
        R("movement", phrase="belongs to the movement", inverse_phrase="includes", domain=W, range=("movement",)),
        R("precursor_of", phrase="is a precursor of", inverse_phrase="has the precursor", domain=("painting",), range=("movement",)),
        R("symbol_of", phrase="is a symbol of", inverse_phrase="has the symbol", domain=("photograph",), range=("movement", "era")),
        R("genre", phrase="belongs to the genre", inverse_phrase="includes the work", domain=("painting",), range=("genre",)),
        R("held_by", phrase="is held by", inverse_phrase="holds", domain=W, range=("museum",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("photograph",), range=("agency",)),
        R("painted_by", phrase="was painted by", inverse_phrase="painted", domain=("painting",), range=("painter",)),
        R("shows", phrase="shows", inverse_phrase="was shown at", domain=("exhibition",), range=W),
        R("directed_by", phrase="was directed by", inverse_phrase="directed", domain=("film",), range=("director",)),
        R("photographed_by", phrase="was photographed by", inverse_phrase="photographed", domain=("film",), range=("cinematographer",)),
        R("filmed_in", phrase="was filmed in", inverse_phrase="is the filming location of", domain=("film",), range=("country",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
          domain=("photographer", "painter", "director", "cinematographer"), range=("city",)),
    ]
    items = {
        "ph:steerage": ("photograph", "The Steerage", 1907), "ph:flatiron": ("photograph", "The Flatiron", 1904),
        "ph:pond": ("photograph", "The Pond-Moonlight", 1904), "ph:afghan": ("photograph", "Afghan Girl", 1984),
        "ph:earthrise": ("photograph", "Earthrise", 1968), "ph:tank": ("photograph", "Tank Man", 1989),
        "ph:dovima": ("photograph", "Dovima with Elephants", 1955), "ph:lunch": ("photograph", "Lunch atop a Skyscraper", 1932),
        "pt:dejeuner": ("painting", "Le Dejeuner sur l'herbe", 1863), "pt:haywain": ("painting", "The Hay Wain", 1821),
        "pt:victoire": ("painting", "Mont Sainte-Victoire", 1904), "pt:scream": ("painting", "The Scream", 1893),
        "pt:nude": ("painting", "Nude Descending a Staircase, No. 2", 1912), "pt:bluenude": ("painting", "The Blue Nude", 1907),
        "pt:rain": ("painting", "Rain, Steam and Speed", 1844), "pt:sunrise": ("painting", "Impression, Sunrise", 1872),
        "fm:apocalypse": ("film", "Apocalypse Now", 1979), "fm:2001": ("film", "2001: A Space Odyssey", 1968),
        "fm:jaws": ("film", "Jaws", 1975), "fm:kane": ("film", "Citizen Kane", 1941), "fm:bladerunner": ("film", "Blade Runner", 1982),
    }
    others = {
        "g:stieglitz": ("photographer", "Alfred Stieglitz"), "g:steichen": ("photographer", "Edward Steichen"),
        "g:mccurry": ("photographer", "Steve McCurry"), "g:anders": ("photographer", "William Anders"),
        "g:widener": ("photographer", "Jeff Widener"), "g:avedon": ("photographer", "Richard Avedon"),
        "g:ebbets": ("photographer", "Charles C. Ebbets"),
        "v:nyc": ("city", "New York City"), "v:mamaroneck": ("city", "Mamaroneck"), "v:peshawar": ("city", "Peshawar"),
        "v:orbit": ("region", "lunar orbit"), "v:beijing": ("city", "Beijing"), "v:paris": ("city", "Paris"),
        "v:hoboken": ("city", "Hoboken"), "v:luxembourg": ("city", "Bivange"), "v:philadelphia": ("city", "Philadelphia"),
        "v:hongkong": ("city", "Hong Kong"), "v:london": ("city", "London"), "v:aix": ("city", "Aix-en-Provence"),
        "v:oslo": ("city", "Oslo"), "v:detroit": ("city", "Detroit"), "v:bristol": ("city", "Bristol"),
        "m:camerawork": ("magazine", "Camera Work"), "m:natgeo": ("magazine", "National Geographic"), "m:life": ("magazine", "Life"),
        "m:bazaar": ("magazine", "Harper's Bazaar"), "m:herald": ("magazine", "New York Herald Tribune"),
        "s:gula": ("person", "Sharbat Gula"), "s:dovima": ("person", "Dovima"), "s:tiananmen": ("event", "the Tiananmen Square protests"),
        "s:apollo8": ("event", "the Apollo 8 mission"),
        "mv:pictorialism": ("movement", "Pictorialism"), "mv:straight": ("movement", "Straight photography"),
        "mv:realism": ("movement", "Realism"), "mv:impressionism": ("movement", "Impressionism"),
        "mv:romanticism": ("movement", "Romanticism"), "mv:postimp": ("movement", "Post-Impressionism"),
        "mv:cubism": ("movement", "Cubism"), "mv:symbolism": ("movement", "Symbolism"), "mv:expressionism": ("movement", "Expressionism"),
        "mv:fauvism": ("movement", "Fauvism"), "mv:environmental": ("movement", "the environmental movement"),
        "mv:democracy": ("movement", "the Chinese democracy movement"), "er:machine": ("era", "the Machine Age"),
        "k:landscape": ("genre", "landscape painting"), "k:nude": ("genre", "nude painting"),
        "x:met": ("museum", "Metropolitan Museum of Art"), "x:orsay": ("museum", "Musee d'Orsay"),
        "x:ng": ("museum", "National Gallery"), "x:pma": ("museum", "Philadelphia Museum of Art"),
        "x:ngn": ("museum", "National Gallery of Norway"), "x:bma": ("museum", "Baltimore Museum of Art"),
        "x:moma": ("museum", "Museum of Modern Art"),
        "ag:getty": ("agency", "Getty Images"), "ag:ap": ("agency", "Associated Press"), "ag:nasa": ("agency", "NASA"),
        "ag:magnum": ("agency", "Magnum Photos"),
        "pa:manet": ("painter", "Edouard Manet"), "pa:constable": ("painter", "John Constable"), "pa:cezanne": ("painter", "Paul Cezanne"),
        "pa:munch": ("painter", "Edvard Munch"), "pa:duchamp": ("painter", "Marcel Duchamp"), "pa:matisse": ("painter", "Henri Matisse"),
        "pa:turner": ("painter", "J. M. W. Turner"), "pa:monet": ("painter", "Claude Monet"),
        "x:marmottan": ("museum", "Musee Marmottan Monet"),
        "e:armory": ("exhibition", "the Armory Show"), "e:familyofman": ("exhibition", "The Family of Man"),
        "e:salon": ("exhibition", "the Salon des Refuses"),
        "dr:coppola": ("director", "Francis Ford Coppola"), "dr:kubrick": ("director", "Stanley Kubrick"),
        "dr:spielberg": ("director", "Steven Spielberg"), "dr:welles": ("director", "Orson Welles"), "dr:scott": ("director", "Ridley Scott"),
        "ci:storaro": ("cinematographer", "Vittorio Storaro"), "ci:unsworth": ("cinematographer", "Geoffrey Unsworth"),
        "ci:butler": ("cinematographer", "Bill Butler"), "ci:toland": ("cinematographer", "Gregg Toland"),
        "ci:cronenweth": ("cinematographer", "Jordan Cronenweth"),
        "co:philippines": ("country", "Philippines"), "co:uk": ("country", "United Kingdom"), "co:us": ("country", "United States"),
    }
    T_ = [
        ("ph:steerage", "taken_by", "g:stieglitz"), ("ph:flatiron", "taken_by", "g:steichen"), ("ph:pond", "taken_by", "g:steichen"),
        ("ph:afghan", "taken_by", "g:mccurry"), ("ph:earthrise", "taken_by", "g:anders"), ("ph:tank", "taken_by", "g:widener"),
        ("ph:dovima", "taken_by", "g:avedon"), ("ph:lunch", "taken_by", "g:ebbets"),
        ("ph:steerage", "taken_in", "v:nyc"), ("ph:flatiron", "taken_in", "v:nyc"), ("ph:pond", "taken_in", "v:mamaroneck"),
        ("ph:afghan", "taken_in", "v:peshawar"), ("ph:earthrise", "taken_in", "v:orbit"), ("ph:tank", "taken_in", "v:beijing"),
        ("ph:dovima", "taken_in", "v:paris"), ("ph:lunch", "taken_in", "v:nyc"),
        ("ph:steerage", "published_in", "m:camerawork"), ("ph:flatiron", "published_in", "m:camerawork"),
        ("ph:pond", "published_in", "m:camerawork"), ("ph:afghan", "published_in", "m:natgeo"), ("ph:earthrise", "published_in", "m:life"),
        ("ph:dovima", "published_in", "m:bazaar"), ("ph:lunch", "published_in", "m:herald"),
        ("ph:afghan", "depicts", "s:gula"), ("ph:dovima", "depicts", "s:dovima"), ("ph:tank", "depicts", "s:tiananmen"),
        ("ph:earthrise", "depicts", "s:apollo8"),
        ("ph:steerage", "movement", "mv:straight"), ("ph:flatiron", "movement", "mv:pictorialism"), ("ph:pond", "movement", "mv:pictorialism"),
        ("pt:dejeuner", "movement", "mv:realism"), ("pt:haywain", "movement", "mv:romanticism"), ("pt:victoire", "movement", "mv:postimp"),
        ("pt:scream", "movement", "mv:symbolism"), ("pt:nude", "movement", "mv:cubism"), ("pt:bluenude", "movement", "mv:fauvism"),
        ("pt:rain", "movement", "mv:romanticism"), ("pt:sunrise", "movement", "mv:impressionism"),
        ("pt:sunrise", "painted_by", "pa:monet"), ("pt:sunrise", "held_by", "x:marmottan"), ("pa:monet", "born_in", "v:paris"),
        ("pt:dejeuner", "precursor_of", "mv:impressionism"), ("pt:haywain", "precursor_of", "mv:impressionism"),
        ("pt:victoire", "precursor_of", "mv:cubism"), ("pt:scream", "precursor_of", "mv:expressionism"),
        ("pt:rain", "precursor_of", "mv:impressionism"),
        ("ph:earthrise", "symbol_of", "mv:environmental"), ("ph:tank", "symbol_of", "mv:democracy"),
        ("ph:lunch", "symbol_of", "er:machine"),
        ("pt:haywain", "genre", "k:landscape"), ("pt:victoire", "genre", "k:landscape"), ("pt:rain", "genre", "k:landscape"),
        ("pt:nude", "genre", "k:nude"), ("pt:bluenude", "genre", "k:nude"), ("pt:dejeuner", "genre", "k:nude"),
        ("ph:steerage", "held_by", "x:met"), ("ph:flatiron", "held_by", "x:met"), ("ph:pond", "held_by", "x:moma"),
        ("pt:dejeuner", "held_by", "x:orsay"), ("pt:haywain", "held_by", "x:ng"), ("pt:victoire", "held_by", "x:pma"),
        ("pt:scream", "held_by", "x:ngn"), ("pt:nude", "held_by", "x:pma"), ("pt:bluenude", "held_by", "x:bma"),
        ("pt:rain", "held_by", "x:ng"),
        ("ph:afghan", "owned_by", "ag:magnum"), ("ph:tank", "owned_by", "ag:ap"), ("ph:earthrise", "owned_by", "ag:nasa"),
        ("ph:lunch", "owned_by", "ag:getty"),
        ("pt:dejeuner", "painted_by", "pa:manet"), ("pt:haywain", "painted_by", "pa:constable"), ("pt:victoire", "painted_by", "pa:cezanne"),
        ("pt:scream", "painted_by", "pa:munch"), ("pt:nude", "painted_by", "pa:duchamp"), ("pt:bluenude", "painted_by", "pa:matisse"),
        ("pt:rain", "painted_by", "pa:turner"),
        ("e:armory", "shows", "pt:nude"), ("e:armory", "shows", "pt:bluenude"), ("e:salon", "shows", "pt:dejeuner"),
        ("e:familyofman", "shows", "ph:lunch"),
        ("fm:apocalypse", "directed_by", "dr:coppola"), ("fm:2001", "directed_by", "dr:kubrick"), ("fm:jaws", "directed_by", "dr:spielberg"),
        ("fm:kane", "directed_by", "dr:welles"), ("fm:bladerunner", "directed_by", "dr:scott"),
        ("fm:apocalypse", "photographed_by", "ci:storaro"), ("fm:2001", "photographed_by", "ci:unsworth"),
        ("fm:jaws", "photographed_by", "ci:butler"), ("fm:kane", "photographed_by", "ci:toland"),
        ("fm:bladerunner", "photographed_by", "ci:cronenweth"),
        ("fm:apocalypse", "filmed_in", "co:philippines"), ("fm:2001", "filmed_in", "co:uk"), ("fm:jaws", "filmed_in", "co:us"),
        ("fm:kane", "filmed_in", "co:us"), ("fm:bladerunner", "filmed_in", "co:us"),
        ("g:stieglitz", "born_in", "v:hoboken"), ("g:steichen", "born_in", "v:luxembourg"), ("g:mccurry", "born_in", "v:philadelphia"),
        ("g:anders", "born_in", "v:hongkong"), ("g:avedon", "born_in", "v:nyc"),
        ("pa:manet", "born_in", "v:paris"), ("pa:cezanne", "born_in", "v:aix"),
        ("pa:turner", "born_in", "v:london"),
        ("dr:coppola", "born_in", "v:detroit"), ("dr:kubrick", "born_in", "v:nyc"),
    ]
    aliases = {"pt:dejeuner": ("Le Dejeuner",), "pt:nude": ("Nude Descending a Staircase",), "fm:2001": ("2001",)}
    return _build(items, others, rels, T_, aliases=aliases)


def tv():
    """Long-running shows (items: year of the PREMIERE) whose hosts changed: shows "are hosted
    by" their CURRENT host (type "host") or "are presented by" their current presenter (type
    "presenter"), "air on" networks, "were created by" producers, "are produced by" companies,
    "are filmed at" studios; department stores (items: year OPENED) "are owned by" groups (owners
    since long after the opening), "are run by" managers, "are located in" cities ("is based in",
    no relation says "based"), "stand in" districts; groups and networks "are headquartered in"
    cities ("based" nowhere); studios "are located in" cities too. Verbs of keeping (host,
    present, own, run, operate) date an item only after "first" this round: the year is the
    premiere or the opening, never the year the current host or owner began."""
    rels = [
        R("hosted_by", phrase="is hosted by", inverse_phrase="hosts", domain=("show",), range=("host",)),
        R("presented_by", phrase="is presented by", inverse_phrase="presents", domain=("show",), range=("presenter",)),
        R("airs_on", phrase="airs on", inverse_phrase="airs", domain=("show",), range=("network",)),
        R("created_by", phrase="was created by", inverse_phrase="created", domain=("show",), range=("producer",)),
        R("produced_by", phrase="is produced by", inverse_phrase="produces", domain=("show",), range=("company",)),
        R("filmed_at", phrase="is filmed at", inverse_phrase="is the studio of", domain=("show",), range=("studio",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("store",), range=("group",)),
        R("run_by", phrase="is run by", inverse_phrase="runs", domain=("store",), range=("manager",)),
        R("located_in", phrase="is located in", inverse_phrase="is the location of", domain=("store", "studio"), range=("city",)),
        R("stands_in", phrase="stands in", inverse_phrase="is the district of", domain=("store",), range=("district",)),
        R("hq_in", phrase="is headquartered in", inverse_phrase="is the headquarters of", domain=("group", "network", "company"),
          range=("city",)),
    ]
    items = {
        "s:tonight": ("show", "The Tonight Show", 1954), "s:jeopardy": ("show", "Jeopardy!", 1964),
        "s:price": ("show", "The Price Is Right", 1956), "s:wheel": ("show", "Wheel of Fortune", 1975),
        "s:feud": ("show", "Family Feud", 1976), "s:daily": ("show", "The Daily Show", 1996),
        "s:uc": ("show", "University Challenge", 1962), "s:mastermind": ("show", "Mastermind", 1972),
        "s:qt": ("show", "Question Time", 1979), "s:countdown": ("show", "Countdown", 1982),
        "s:bluepeter": ("show", "Blue Peter", 1958),
        "st:harrods": ("store", "Harrods", 1849), "st:selfridges": ("store", "Selfridges", 1909),
        "st:macys": ("store", "Macy's Herald Square", 1902), "st:kadewe": ("store", "KaDeWe", 1907),
        "st:bergdorf": ("store", "Bergdorf Goodman", 1899), "st:saks": ("store", "Saks Fifth Avenue", 1924),
    }
    others = {
        "h:fallon": ("host", "Jimmy Fallon"), "h:jennings": ("host", "Ken Jennings"), "h:carey": ("host", "Drew Carey"),
        "h:seacrest": ("host", "Ryan Seacrest"), "h:harvey": ("host", "Steve Harvey"), "h:stewart": ("host", "Jon Stewart"),
        "pr:rajan": ("presenter", "Amol Rajan"), "pr:myrie": ("presenter", "Clive Myrie"), "pr:bruce": ("presenter", "Fiona Bruce"),
        "pr:murray": ("presenter", "Colin Murray"), "pr:adesina": ("presenter", "Joel Mawhinney"),
        "n:nbc": ("network", "NBC"), "n:cbs": ("network", "CBS"), "n:abc": ("network", "ABC"), "n:cc": ("network", "Comedy Central"),
        "n:bbc": ("network", "BBC"), "n:c4": ("network", "Channel 4"), "n:syndication": ("network", "first-run syndication"),
        "c:weaver": ("producer", "Pat Weaver"), "c:griffin": ("producer", "Merv Griffin"), "c:goodson": ("producer", "Mark Goodson"),
        "c:winstead": ("producer", "Lizz Winstead"), "c:wright": ("producer", "Bill Wright"),
        "co:sony": ("company", "Sony Pictures Television"), "co:fremantle": ("company", "Fremantle"), "co:itv": ("company", "ITV Studios"),
        "co:broadway": ("company", "Broadway Video"),
        "sd:30rock": ("studio", "Studio 6B"), "sd:sony": ("studio", "Sony Pictures Studios"), "sd:bob": ("studio", "Bob Barker Studio"),
        "sd:mediacity": ("studio", "dock10"), "sd:elstree": ("studio", "Elstree Studios"),
        "g:qia": ("group", "Qatar Holding"), "g:central": ("group", "Central Group"), "g:macysinc": ("group", "Macy's, Inc."),
        "g:neiman": ("group", "Neiman Marcus Group"), "g:hbc": ("group", "Hudson's Bay Company"),
        "mg:ward": ("manager", "Michael Ward"), "mg:keith": ("manager", "Andrew Keith"), "mg:peterseim": ("manager", "Michael Peterseim"),
        "y:london": ("city", "London"), "y:nyc": ("city", "New York City"), "y:berlin": ("city", "Berlin"), "y:doha": ("city", "Doha"),
        "y:bangkok": ("city", "Bangkok"), "y:cincinnati": ("city", "Cincinnati"), "y:dallas": ("city", "Dallas"),
        "y:toronto": ("city", "Toronto"), "y:culver": ("city", "Culver City"), "y:hollywood": ("city", "Hollywood"),
        "y:salford": ("city", "Salford"), "y:borehamwood": ("city", "Borehamwood"), "y:burbank": ("city", "Burbank"),
        "dd:knightsbridge": ("district", "Knightsbridge"), "dd:oxford": ("district", "Oxford Street"),
        "dd:midtown": ("district", "Midtown Manhattan"), "dd:schoeneberg": ("district", "Schoeneberg"),
        "dd:fifth": ("district", "Fifth Avenue"),
    }
    T_ = [
        ("s:tonight", "hosted_by", "h:fallon"), ("s:jeopardy", "hosted_by", "h:jennings"), ("s:price", "hosted_by", "h:carey"),
        ("s:wheel", "hosted_by", "h:seacrest"), ("s:feud", "hosted_by", "h:harvey"), ("s:daily", "hosted_by", "h:stewart"),
        ("s:uc", "presented_by", "pr:rajan"), ("s:mastermind", "presented_by", "pr:myrie"), ("s:qt", "presented_by", "pr:bruce"),
        ("s:countdown", "presented_by", "pr:murray"), ("s:bluepeter", "presented_by", "pr:adesina"),
        ("s:tonight", "airs_on", "n:nbc"), ("s:jeopardy", "airs_on", "n:syndication"), ("s:price", "airs_on", "n:cbs"),
        ("s:wheel", "airs_on", "n:syndication"), ("s:feud", "airs_on", "n:syndication"), ("s:daily", "airs_on", "n:cc"),
        ("s:uc", "airs_on", "n:bbc"), ("s:mastermind", "airs_on", "n:bbc"), ("s:qt", "airs_on", "n:bbc"),
        ("s:countdown", "airs_on", "n:c4"), ("s:bluepeter", "airs_on", "n:bbc"),
        ("s:tonight", "created_by", "c:weaver"), ("s:jeopardy", "created_by", "c:griffin"), ("s:wheel", "created_by", "c:griffin"),
        ("s:price", "created_by", "c:goodson"), ("s:feud", "created_by", "c:goodson"), ("s:daily", "created_by", "c:winstead"),
        ("s:mastermind", "created_by", "c:wright"),
        ("s:jeopardy", "produced_by", "co:sony"), ("s:wheel", "produced_by", "co:sony"), ("s:price", "produced_by", "co:fremantle"),
        ("s:feud", "produced_by", "co:fremantle"), ("s:uc", "produced_by", "co:itv"), ("s:tonight", "produced_by", "co:broadway"),
        ("s:tonight", "filmed_at", "sd:30rock"), ("s:jeopardy", "filmed_at", "sd:sony"), ("s:wheel", "filmed_at", "sd:sony"),
        ("s:price", "filmed_at", "sd:bob"), ("s:uc", "filmed_at", "sd:mediacity"), ("s:bluepeter", "filmed_at", "sd:mediacity"),
        ("s:mastermind", "filmed_at", "sd:mediacity"), ("s:qt", "filmed_at", "sd:elstree"),
        ("st:harrods", "owned_by", "g:qia"), ("st:selfridges", "owned_by", "g:central"), ("st:kadewe", "owned_by", "g:central"),
        ("st:macys", "owned_by", "g:macysinc"), ("st:bergdorf", "owned_by", "g:neiman"), ("st:saks", "owned_by", "g:hbc"),
        ("st:harrods", "run_by", "mg:ward"), ("st:selfridges", "run_by", "mg:keith"), ("st:kadewe", "run_by", "mg:peterseim"),
        ("st:harrods", "located_in", "y:london"), ("st:selfridges", "located_in", "y:london"), ("st:macys", "located_in", "y:nyc"),
        ("st:kadewe", "located_in", "y:berlin"), ("st:bergdorf", "located_in", "y:nyc"), ("st:saks", "located_in", "y:nyc"),
        ("sd:sony", "located_in", "y:culver"), ("sd:bob", "located_in", "y:hollywood"), ("sd:mediacity", "located_in", "y:salford"),
        ("sd:elstree", "located_in", "y:borehamwood"), ("sd:30rock", "located_in", "y:nyc"),
        ("st:harrods", "stands_in", "dd:knightsbridge"), ("st:selfridges", "stands_in", "dd:oxford"), ("st:macys", "stands_in", "dd:midtown"),
        ("st:kadewe", "stands_in", "dd:schoeneberg"), ("st:bergdorf", "stands_in", "dd:fifth"), ("st:saks", "stands_in", "dd:fifth"),
        ("g:qia", "hq_in", "y:doha"), ("g:central", "hq_in", "y:bangkok"), ("g:macysinc", "hq_in", "y:nyc"),
        ("g:neiman", "hq_in", "y:dallas"), ("g:hbc", "hq_in", "y:toronto"), ("n:nbc", "hq_in", "y:nyc"), ("n:cbs", "hq_in", "y:nyc"),
        ("n:bbc", "hq_in", "y:london"), ("n:c4", "hq_in", "y:london"), ("co:sony", "hq_in", "y:culver"),
    ]
    aliases = {"st:macys": ("Macy's",), "s:tonight": ("The Tonight Show Starring Jimmy Fallon",)}
    return _build(items, others, rels, T_, aliases=aliases)


def books():
    """Books of ideas: treatises (items: year of publication), a graph of ONE item type (so "a
    treatise of / on" and "a book on" are read, a treatise being bookish). Treatises "were
    written by" authors (philosophers, scientists, economists: person types), "were published by" publishers and "were published in" cities,
    "belong to the field of" fields (a class said "on": "a treatise on economics"), "are key texts
    of" movements (a class: "a work of empiricism"), "are precursors of" and "are critiques of" movements and
    "influenced the field of" fields (relations whose phrase says "is a ... of" or names the
    range's type word, yet the item is NOT of that class), "were translated by" translators (people)
    and "were translated into" languages, "are dedicated to" people; authors "were born in" cities."""
    T = ("treatise",)
    rels = [
        R("written_by", phrase="was written by", inverse_phrase="wrote", domain=T,
          range=("philosopher", "scientist", "economist")),
        R("published_by", phrase="was published by", inverse_phrase="published", domain=T, range=("publisher",)),
        R("published_in", phrase="was published in", inverse_phrase="is the place of publication of", domain=T, range=("city",)),
        R("field", phrase="belongs to the field of", inverse_phrase="includes the work", domain=T, range=("field",)),
        R("key_text", phrase="is a key text of", inverse_phrase="has the key text", domain=T, range=("movement",)),
        R("precursor_of", phrase="is a precursor of", inverse_phrase="has the precursor", domain=T, range=("movement",)),
        R("critique_of", phrase="is a critique of", inverse_phrase="is criticized in", domain=T, range=("movement",)),
        R("influenced_field", phrase="influenced the field of", inverse_phrase="was influenced by", domain=T, range=("field",)),
        R("translated_by", phrase="was translated by", inverse_phrase="translated", domain=T, range=("translator",)),
        R("translated_into", phrase="was translated into", inverse_phrase="is a language of", domain=T, range=("language",)),
        R("dedicated_to", phrase="is dedicated to", inverse_phrase="is the dedicatee of", domain=T, range=("person", "scientist")),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
          domain=("philosopher", "scientist", "economist", "translator"), range=("city",)),
    ]
    items = {
        "t:wealth": ("treatise", "The Wealth of Nations", 1776), "t:origin": ("treatise", "On the Origin of Species", 1859),
        "t:principia": ("treatise", "Philosophiae Naturalis Principia Mathematica", 1687),
        "t:discourse": ("treatise", "Discourse on the Method", 1637), "t:capital": ("treatise", "Das Kapital", 1867),
        "t:general": ("treatise", "The General Theory of Employment, Interest and Money", 1936),
        "t:sidereus": ("treatise", "Sidereus Nuncius", 1610), "t:world": ("treatise", "The World as Will and Representation", 1818),
        "t:zarathustra": ("treatise", "Thus Spoke Zarathustra", 1883), "t:essays": ("treatise", "Essays", 1580),
    }
    others = {
        "p:smith": ("economist", "Adam Smith"), "p:darwin": ("scientist", "Charles Darwin"), "p:newton": ("scientist", "Isaac Newton"),
        "p:descartes": ("philosopher", "Rene Descartes"), "p:marx": ("philosopher", "Karl Marx"),
        "p:keynes": ("economist", "John Maynard Keynes"), "p:galileo": ("scientist", "Galileo Galilei"),
        "p:schopenhauer": ("philosopher", "Arthur Schopenhauer"), "p:nietzsche": ("philosopher", "Friedrich Nietzsche"),
        "p:montaigne": ("philosopher", "Michel de Montaigne"),
        "u:strahan": ("publisher", "William Strahan"), "u:murray": ("publisher", "John Murray"),
        "u:royalsociety": ("publisher", "Royal Society"), "u:maire": ("publisher", "Jan Maire"), "u:meissner": ("publisher", "Otto Meissner"),
        "u:macmillan": ("publisher", "Macmillan"), "u:baglioni": ("publisher", "Tommaso Baglioni"),
        "u:brockhaus": ("publisher", "F. A. Brockhaus"), "u:schmeitzner": ("publisher", "Ernst Schmeitzner"),
        "y:london": ("city", "London"), "y:leiden": ("city", "Leiden"), "y:hamburg": ("city", "Hamburg"), "y:venice": ("city", "Venice"),
        "y:leipzig": ("city", "Leipzig"), "y:chemnitz": ("city", "Chemnitz"),
        "y:bordeaux": ("city", "Bordeaux"), "y:kirkcaldy": ("city", "Kirkcaldy"),
        "y:shrewsbury": ("city", "Shrewsbury"), "y:trier": ("city", "Trier"), "y:pisa": ("city", "Pisa"), "y:danzig": ("city", "Danzig"),
        "y:cambridge": ("city", "Cambridge"), "y:geneva": ("city", "Geneva"), "y:woolsthorpe": ("city", "Woolsthorpe"),
        "y:lahaye": ("city", "La Haye"),
        "f:economics": ("field", "economics"), "f:biology": ("field", "biology"), "f:physics": ("field", "physics"),
        "f:epistemology": ("field", "epistemology"), "f:astronomy": ("field", "astronomy"), "f:metaphysics": ("field", "metaphysics"),
        "f:sociology": ("field", "sociology"), "f:psychology": ("field", "psychology"), "f:ethics": ("field", "ethics"),
        "f:politicaleconomy": ("field", "political economy"), "f:mathematics": ("field", "mathematics"),
        "m:classical": ("movement", "classical economics"), "m:darwinism": ("movement", "Darwinism"),
        "m:rationalism": ("movement", "rationalism"), "m:marxism": ("movement", "Marxism"), "m:keynesianism": ("movement", "Keynesianism"),
        "m:existentialism": ("movement", "existentialism"), "m:skepticism": ("movement", "skepticism"),
        "m:enlightenment": ("movement", "the Enlightenment"),
        "m:socialdarwinism": ("movement", "Social Darwinism"),
        "l:english": ("language", "English"), "l:french": ("language", "French"), "l:german": ("language", "German"),
        "l:latin": ("language", "Latin"), "l:russian": ("language", "Russian"),
        "tr:motte": ("translator", "Andrew Motte"), "tr:moore": ("translator", "Samuel Moore"),
        "tr:florio": ("translator", "John Florio"), "tr:haldane": ("translator", "R. B. Haldane"),
        "tr:kaufmann": ("translator", "Walter Kaufmann"),
        "pp:cosimo": ("person", "Cosimo II de' Medici"),
    }
    T_ = [
        ("t:wealth", "written_by", "p:smith"), ("t:origin", "written_by", "p:darwin"), ("t:principia", "written_by", "p:newton"),
        ("t:discourse", "written_by", "p:descartes"), ("t:capital", "written_by", "p:marx"), ("t:general", "written_by", "p:keynes"),
        ("t:sidereus", "written_by", "p:galileo"), ("t:world", "written_by", "p:schopenhauer"),
        ("t:zarathustra", "written_by", "p:nietzsche"), ("t:essays", "written_by", "p:montaigne"),
        ("t:wealth", "published_by", "u:strahan"), ("t:origin", "published_by", "u:murray"), ("t:principia", "published_by", "u:royalsociety"),
        ("t:discourse", "published_by", "u:maire"), ("t:capital", "published_by", "u:meissner"), ("t:general", "published_by", "u:macmillan"),
        ("t:sidereus", "published_by", "u:baglioni"), ("t:world", "published_by", "u:brockhaus"),
        ("t:zarathustra", "published_by", "u:schmeitzner"),
        ("t:wealth", "published_in", "y:london"), ("t:origin", "published_in", "y:london"), ("t:principia", "published_in", "y:london"),
        ("t:discourse", "published_in", "y:leiden"), ("t:capital", "published_in", "y:hamburg"), ("t:general", "published_in", "y:london"),
        ("t:sidereus", "published_in", "y:venice"), ("t:world", "published_in", "y:leipzig"), ("t:zarathustra", "published_in", "y:chemnitz"),
        ("t:essays", "published_in", "y:bordeaux"),
        ("t:wealth", "field", "f:economics"), ("t:wealth", "field", "f:politicaleconomy"), ("t:origin", "field", "f:biology"),
        ("t:principia", "field", "f:physics"), ("t:principia", "field", "f:mathematics"), ("t:discourse", "field", "f:epistemology"),
        ("t:capital", "field", "f:economics"), ("t:capital", "field", "f:politicaleconomy"), ("t:general", "field", "f:economics"),
        ("t:sidereus", "field", "f:astronomy"), ("t:world", "field", "f:metaphysics"), ("t:zarathustra", "field", "f:ethics"),
        ("t:essays", "field", "f:ethics"),
        ("t:wealth", "key_text", "m:classical"), ("t:origin", "key_text", "m:darwinism"), ("t:discourse", "key_text", "m:rationalism"),
        ("t:capital", "key_text", "m:marxism"), ("t:general", "key_text", "m:keynesianism"), ("t:essays", "key_text", "m:skepticism"),
        ("t:principia", "key_text", "m:enlightenment"),
        ("t:zarathustra", "precursor_of", "m:existentialism"), ("t:world", "precursor_of", "m:existentialism"),
        ("t:origin", "precursor_of", "m:socialdarwinism"), ("t:capital", "critique_of", "m:classical"),
        ("t:general", "critique_of", "m:classical"),
        ("t:origin", "influenced_field", "f:sociology"), ("t:origin", "influenced_field", "f:psychology"),
        ("t:world", "influenced_field", "f:psychology"), ("t:wealth", "influenced_field", "f:ethics"),
        ("t:principia", "influenced_field", "f:astronomy"), ("t:zarathustra", "influenced_field", "f:psychology"),
        ("t:principia", "translated_by", "tr:motte"), ("t:capital", "translated_by", "tr:moore"), ("t:essays", "translated_by", "tr:florio"),
        ("t:world", "translated_by", "tr:haldane"),
        ("t:zarathustra", "translated_by", "tr:kaufmann"),
        ("t:principia", "translated_into", "l:english"), ("t:capital", "translated_into", "l:english"),
        ("t:essays", "translated_into", "l:english"), ("t:world", "translated_into", "l:english"),
        ("t:discourse", "translated_into", "l:latin"), ("t:origin", "translated_into", "l:german"),
        ("t:sidereus", "dedicated_to", "pp:cosimo"),
        ("p:smith", "born_in", "y:kirkcaldy"), ("p:darwin", "born_in", "y:shrewsbury"), ("p:newton", "born_in", "y:woolsthorpe"),
        ("p:descartes", "born_in", "y:lahaye"), ("p:marx", "born_in", "y:trier"), ("p:keynes", "born_in", "y:cambridge"),
        ("p:galileo", "born_in", "y:pisa"), ("p:schopenhauer", "born_in", "y:danzig"),
    ]
    aliases = {"t:principia": ("the Principia",), "t:general": ("The General Theory",), "t:origin": ("The Origin of Species",),
               "t:world": ("The World as Will",)}
    return _build(items, others, rels, T_, aliases=aliases)


def stage():
    """Musicals and operas (items: year of the premiere), films (items: year of release) and the
    novels some are based on (items: year of publication):
    a stage work "was written by" its librettist or book writer and "has music by" its composer
    (no relation says "composed": "compose" this round reads "write", the librettist's); films
    "were written by" screenwriters and "were scored by" composers; stage works "premiered at"
    theatres, "are based on" novels (others), "are set in" cities; films "were directed by";
    theatres "are located in" cities (but "is based on" says "based": no "is based in");
    composers and writers "were born in" cities; novels "were written by" novelists, "belong to
    the genre" (a class), "are parodies of" genres and "are precursors of" movements (relations
    "is a ... of" whose object is a class the novel is NOT of: "an example of Gothic fiction")."""
    S = ("musical", "opera")
    rels = [
        R("written_by", phrase="was written by", inverse_phrase="wrote", domain=(*S, "film"),
          range=("librettist", "lyricist", "screenwriter", "playwright")),
        R("novel_by", phrase="was written by", inverse_phrase="wrote", domain=("novel",), range=("novelist",)),
        R("novel_genre", phrase="belongs to the genre", inverse_phrase="includes the novel", domain=("novel",), range=("genre",)),
        R("parody_of", phrase="is a parody of", inverse_phrase="is parodied in", domain=("novel",), range=("genre",)),
        R("precursor_of", phrase="is a precursor of", inverse_phrase="has the precursor", domain=("novel",), range=("movement",)),
        R("music_by", phrase="has music by", inverse_phrase="wrote the music for", domain=S, range=("composer",)),
        R("scored_by", phrase="was scored by", inverse_phrase="scored", domain=("film",), range=("composer",)),
        R("directed_by", phrase="was directed by", inverse_phrase="directed", domain=("film",), range=("director",)),
        R("premiered_at", phrase="premiered at", inverse_phrase="hosted the premiere of", domain=S, range=("theatre",)),
        R("based_on", phrase="is based on", inverse_phrase="is the source of", domain=(*S, "film"), range=("novel", "play", "novella")),
        R("set_in", phrase="is set in", inverse_phrase="is the setting of", domain=(*S, "film", "novel"), range=("city", "state", "region")),
        R("located_in", phrase="is located in", inverse_phrase="is the location of", domain=("theatre",), range=("city",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
          domain=("librettist", "lyricist", "screenwriter", "playwright", "composer", "director", "novelist"), range=("city",)),
    ]
    items = {
        "o:giovanni": ("opera", "Don Giovanni", 1787), "o:figaro": ("opera", "The Marriage of Figaro", 1786),
        "o:traviata": ("opera", "La traviata", 1853), "o:carmen": ("opera", "Carmen", 1875),
        "o:boheme": ("opera", "La boheme", 1896), "o:rosenkavalier": ("opera", "Der Rosenkavalier", 1911),
        "u:oklahoma": ("musical", "Oklahoma!", 1943), "u:westside": ("musical", "West Side Story", 1957),
        "u:myfair": ("musical", "My Fair Lady", 1956), "u:cabaret": ("musical", "Cabaret", 1966),
        "u:carousel": ("musical", "Carousel", 1945),
        "f:chinatown": ("film", "Chinatown", 1974), "f:vertigo": ("film", "Vertigo", 1958), "f:godfather": ("film", "The Godfather", 1972),
        "f:casablanca": ("film", "Casablanca", 1942),
        "u:lamancha": ("musical", "Man of La Mancha", 1965),
        "n:quixote": ("novel", "Don Quixote", 1605), "n:northanger": ("novel", "Northanger Abbey", 1817),
        "n:shamela": ("novel", "Shamela", 1741), "n:notes": ("novel", "Notes from Underground", 1864),
        "n:frankenstein": ("novel", "Frankenstein", 1818), "n:otranto": ("novel", "The Castle of Otranto", 1764),
        "n:madame": ("novel", "Madame Bovary", 1857), "n:gulliver": ("novel", "Gulliver's Travels", 1726),
        "n:coldcomfort": ("novel", "Cold Comfort Farm", 1932), "n:shandy": ("novel", "Tristram Shandy", 1759),
    }
    others = {
        "l:daponte": ("librettist", "Lorenzo Da Ponte"), "l:piave": ("librettist", "Francesco Maria Piave"),
        "l:meilhac": ("librettist", "Henri Meilhac"), "l:illica": ("librettist", "Luigi Illica"),
        "l:hofmannsthal": ("librettist", "Hugo von Hofmannsthal"),
        "l:hammerstein": ("lyricist", "Oscar Hammerstein II"), "l:laurents": ("playwright", "Arthur Laurents"),
        "l:sondheim": ("lyricist", "Stephen Sondheim"), "l:lerner": ("lyricist", "Alan Jay Lerner"), "l:ebb": ("lyricist", "Fred Ebb"),
        "l:masteroff": ("playwright", "Joe Masteroff"),
        "w:towne": ("screenwriter", "Robert Towne"), "w:taylor": ("screenwriter", "Samuel A. Taylor"),
        "w:puzo": ("screenwriter", "Mario Puzo"), "w:epstein": ("screenwriter", "Julius Epstein"),
        "c:mozart": ("composer", "Wolfgang Amadeus Mozart"), "c:verdi": ("composer", "Giuseppe Verdi"), "c:bizet": ("composer", "Georges Bizet"),
        "c:puccini": ("composer", "Giacomo Puccini"), "c:strauss": ("composer", "Richard Strauss"),
        "c:rodgers": ("composer", "Richard Rodgers"), "c:bernstein": ("composer", "Leonard Bernstein"),
        "c:loewe": ("composer", "Frederick Loewe"), "c:kander": ("composer", "John Kander"),
        "c:goldsmith": ("composer", "Jerry Goldsmith"), "c:herrmann": ("composer", "Bernard Herrmann"),
        "c:rota": ("composer", "Nino Rota"), "c:steiner": ("composer", "Max Steiner"),
        "d:polanski": ("director", "Roman Polanski"), "d:hitchcock": ("director", "Alfred Hitchcock"),
        "d:coppola": ("director", "Francis Ford Coppola"), "d:curtiz": ("director", "Michael Curtiz"),
        "th:estates": ("theatre", "Estates Theatre"), "th:burgtheater": ("theatre", "Burgtheater"), "th:fenice": ("theatre", "La Fenice"),
        "th:comique": ("theatre", "Opera-Comique"), "th:regio": ("theatre", "Teatro Regio"), "th:semper": ("theatre", "Semperoper"),
        "th:stjames": ("theatre", "St. James Theatre"), "th:wintergarden": ("theatre", "Winter Garden Theatre"),
        "th:markhellinger": ("theatre", "Mark Hellinger Theatre"), "th:broadhurst": ("theatre", "Broadhurst Theatre"),
        "th:majestic": ("theatre", "Majestic Theatre"),
        "b:lilacs": ("play", "Green Grow the Lilacs"), "b:pygmalion": ("play", "Pygmalion"), "b:dame": ("novel", "La Dame aux camelias"),
        "b:carmen": ("novella", "Carmen (novella)"), "b:boheme": ("novel", "Scenes de la vie de boheme"), "b:liliom": ("play", "Liliom"),
        "b:romeo": ("play", "Romeo and Juliet"), "b:godfather": ("novel", "The Godfather (novel)"),
        "b:dentre": ("novel", "D'entre les morts"), "b:berlin": ("novel", "Goodbye to Berlin"),
        "y:prague": ("city", "Prague"), "y:vienna": ("city", "Vienna"), "y:venice": ("city", "Venice"), "y:paris": ("city", "Paris"),
        "y:turin": ("city", "Turin"), "y:dresden": ("city", "Dresden"), "y:nyc": ("city", "New York City"), "y:seville": ("city", "Seville"),
        "y:london": ("city", "London"), "y:berlin": ("city", "Berlin"), "y:la": ("city", "Los Angeles"), "y:sf": ("city", "San Francisco"),
        "y:casablanca": ("city", "Casablanca"), "y:ceneda": ("city", "Ceneda"), "y:salzburg": ("city", "Salzburg"),
        "y:busseto": ("city", "Le Roncole"), "y:lucca": ("city", "Lucca"), "y:munich": ("city", "Munich"),
        "n:cervantes": ("novelist", "Miguel de Cervantes"), "n:austen": ("novelist", "Jane Austen"),
        "n:fielding": ("novelist", "Henry Fielding"), "n:dostoevsky": ("novelist", "Fyodor Dostoevsky"),
        "n:shelley": ("novelist", "Mary Shelley"), "n:walpole": ("novelist", "Horace Walpole"), "n:flaubert": ("novelist", "Gustave Flaubert"),
        "n:swift": ("novelist", "Jonathan Swift"), "n:gibbons": ("novelist", "Stella Gibbons"), "n:sterne": ("novelist", "Laurence Sterne"),
        "l:wasserman": ("playwright", "Dale Wasserman"), "c:leigh": ("composer", "Mitch Leigh"), "th:anta": ("theatre", "ANTA Washington Square Theatre"),
        "g:chivalric": ("genre", "chivalric romance"), "g:gothic": ("genre", "Gothic fiction"), "g:epistolary": ("genre", "epistolary novel"),
        "g:satire": ("genre", "satire"), "g:scifi": ("genre", "science fiction"), "g:philosophical": ("genre", "philosophical fiction"),
        "g:realist": ("genre", "realist novel"), "g:travel": ("genre", "travel literature"), "g:rural": ("genre", "rural novel"),
        "g:comic": ("genre", "comic novel"),
        "mv:existentialism": ("movement", "existentialism"), "mv:realism": ("movement", "literary realism"),
        "mv:modernism": ("movement", "modernism"), "mv:naturalism": ("movement", "naturalism"),
        "rg:lamancha": ("region", "La Mancha"), "rg:otranto": ("region", "Apulia"), "y:bath": ("city", "Bath"),
        "y:stpetersburg": ("city", "Saint Petersburg"), "y:geneva": ("city", "Geneva"), "y:rouen": ("city", "Rouen"),
        "y:alcala": ("city", "Alcala de Henares"), "y:steventon": ("city", "Steventon"), "y:moscow": ("city", "Moscow"),
        "y:oklahoma": ("state", "Oklahoma"), "y:maine": ("state", "Maine"), "y:lawrence": ("city", "Lawrence"),
    }
    T_ = [
        ("o:giovanni", "written_by", "l:daponte"), ("o:figaro", "written_by", "l:daponte"), ("o:traviata", "written_by", "l:piave"),
        ("o:carmen", "written_by", "l:meilhac"), ("o:boheme", "written_by", "l:illica"), ("o:rosenkavalier", "written_by", "l:hofmannsthal"),
        ("u:oklahoma", "written_by", "l:hammerstein"), ("u:carousel", "written_by", "l:hammerstein"),
        ("u:westside", "written_by", "l:laurents"), ("u:westside", "written_by", "l:sondheim"), ("u:myfair", "written_by", "l:lerner"),
        ("u:cabaret", "written_by", "l:ebb"), ("u:cabaret", "written_by", "l:masteroff"),
        ("f:chinatown", "written_by", "w:towne"), ("f:vertigo", "written_by", "w:taylor"), ("f:godfather", "written_by", "w:puzo"),
        ("f:casablanca", "written_by", "w:epstein"),
        ("o:giovanni", "music_by", "c:mozart"), ("o:figaro", "music_by", "c:mozart"), ("o:traviata", "music_by", "c:verdi"),
        ("o:carmen", "music_by", "c:bizet"), ("o:boheme", "music_by", "c:puccini"), ("o:rosenkavalier", "music_by", "c:strauss"),
        ("u:oklahoma", "music_by", "c:rodgers"), ("u:carousel", "music_by", "c:rodgers"), ("u:westside", "music_by", "c:bernstein"),
        ("u:myfair", "music_by", "c:loewe"), ("u:cabaret", "music_by", "c:kander"),
        ("f:chinatown", "scored_by", "c:goldsmith"), ("f:vertigo", "scored_by", "c:herrmann"), ("f:godfather", "scored_by", "c:rota"),
        ("f:casablanca", "scored_by", "c:steiner"),
        ("f:chinatown", "directed_by", "d:polanski"), ("f:vertigo", "directed_by", "d:hitchcock"), ("f:godfather", "directed_by", "d:coppola"),
        ("f:casablanca", "directed_by", "d:curtiz"),
        ("o:giovanni", "premiered_at", "th:estates"), ("o:figaro", "premiered_at", "th:burgtheater"), ("o:traviata", "premiered_at", "th:fenice"),
        ("o:carmen", "premiered_at", "th:comique"), ("o:boheme", "premiered_at", "th:regio"), ("o:rosenkavalier", "premiered_at", "th:semper"),
        ("u:oklahoma", "premiered_at", "th:stjames"), ("u:westside", "premiered_at", "th:wintergarden"),
        ("u:myfair", "premiered_at", "th:markhellinger"), ("u:cabaret", "premiered_at", "th:broadhurst"),
        ("u:carousel", "premiered_at", "th:majestic"),
        ("u:oklahoma", "based_on", "b:lilacs"), ("u:myfair", "based_on", "b:pygmalion"), ("o:traviata", "based_on", "b:dame"),
        ("o:carmen", "based_on", "b:carmen"), ("o:boheme", "based_on", "b:boheme"), ("u:carousel", "based_on", "b:liliom"),
        ("u:westside", "based_on", "b:romeo"), ("f:godfather", "based_on", "b:godfather"), ("f:vertigo", "based_on", "b:dentre"),
        ("u:cabaret", "based_on", "b:berlin"),
        ("o:carmen", "set_in", "y:seville"), ("o:boheme", "set_in", "y:paris"), ("o:traviata", "set_in", "y:paris"),
        ("o:rosenkavalier", "set_in", "y:vienna"), ("u:oklahoma", "set_in", "y:oklahoma"), ("u:westside", "set_in", "y:nyc"),
        ("u:myfair", "set_in", "y:london"), ("u:cabaret", "set_in", "y:berlin"), ("u:carousel", "set_in", "y:maine"),
        ("f:chinatown", "set_in", "y:la"), ("f:vertigo", "set_in", "y:sf"), ("f:casablanca", "set_in", "y:casablanca"),
        ("f:godfather", "set_in", "y:nyc"),
        ("th:estates", "located_in", "y:prague"), ("th:burgtheater", "located_in", "y:vienna"), ("th:fenice", "located_in", "y:venice"),
        ("th:comique", "located_in", "y:paris"), ("th:regio", "located_in", "y:turin"), ("th:semper", "located_in", "y:dresden"),
        ("th:stjames", "located_in", "y:nyc"), ("th:wintergarden", "located_in", "y:nyc"), ("th:markhellinger", "located_in", "y:nyc"),
        ("th:broadhurst", "located_in", "y:nyc"), ("th:majestic", "located_in", "y:nyc"),
        ("l:daponte", "born_in", "y:ceneda"), ("c:mozart", "born_in", "y:salzburg"), ("c:verdi", "born_in", "y:busseto"),
        ("c:puccini", "born_in", "y:lucca"), ("c:strauss", "born_in", "y:munich"), ("c:bernstein", "born_in", "y:lawrence"),
        ("l:hammerstein", "born_in", "y:nyc"), ("c:rodgers", "born_in", "y:nyc"), ("c:bizet", "born_in", "y:paris"),
        ("l:meilhac", "born_in", "y:paris"), ("l:hofmannsthal", "born_in", "y:vienna"), ("w:towne", "born_in", "y:la"),
        ("u:lamancha", "written_by", "l:wasserman"), ("u:lamancha", "music_by", "c:leigh"), ("u:lamancha", "premiered_at", "th:anta"),
        ("u:lamancha", "based_on", "n:quixote"), ("u:lamancha", "set_in", "rg:lamancha"), ("th:anta", "located_in", "y:nyc"),
        ("n:quixote", "novel_by", "n:cervantes"), ("n:northanger", "novel_by", "n:austen"), ("n:shamela", "novel_by", "n:fielding"),
        ("n:notes", "novel_by", "n:dostoevsky"), ("n:frankenstein", "novel_by", "n:shelley"), ("n:otranto", "novel_by", "n:walpole"),
        ("n:madame", "novel_by", "n:flaubert"), ("n:gulliver", "novel_by", "n:swift"), ("n:coldcomfort", "novel_by", "n:gibbons"),
        ("n:shandy", "novel_by", "n:sterne"), ("n:gulliver", "novel_genre", "g:satire"), ("n:coldcomfort", "novel_genre", "g:comic"),
        ("n:shandy", "novel_genre", "g:comic"), ("n:gulliver", "parody_of", "g:travel"), ("n:coldcomfort", "parody_of", "g:rural"),
        ("n:shandy", "precursor_of", "mv:modernism"),
        ("n:quixote", "novel_genre", "g:satire"), ("n:northanger", "novel_genre", "g:satire"), ("n:shamela", "novel_genre", "g:satire"),
        ("n:notes", "novel_genre", "g:philosophical"), ("n:frankenstein", "novel_genre", "g:gothic"), ("n:frankenstein", "novel_genre", "g:scifi"),
        ("n:otranto", "novel_genre", "g:gothic"), ("n:frankenstein", "novel_genre", "g:epistolary"), ("n:madame", "novel_genre", "g:realist"),
        ("n:quixote", "parody_of", "g:chivalric"), ("n:northanger", "parody_of", "g:gothic"),
        ("n:notes", "precursor_of", "mv:existentialism"), ("n:quixote", "precursor_of", "mv:realism"),
        ("n:madame", "precursor_of", "mv:naturalism"),
        ("n:madame", "precursor_of", "mv:modernism"),
        ("n:quixote", "set_in", "rg:lamancha"), ("n:northanger", "set_in", "y:bath"), ("n:notes", "set_in", "y:stpetersburg"),
        ("n:frankenstein", "set_in", "y:geneva"), ("n:otranto", "set_in", "rg:otranto"), ("n:madame", "set_in", "y:rouen"),
        ("n:cervantes", "born_in", "y:alcala"), ("n:austen", "born_in", "y:steventon"), ("n:dostoevsky", "born_in", "y:moscow"),
        ("n:shelley", "born_in", "y:london"), ("n:walpole", "born_in", "y:london"), ("n:flaubert", "born_in", "y:rouen"),
    ]
    aliases = {"b:carmen": ("the novella Carmen",), "b:godfather": ("the novel The Godfather",)}
    return _build(items, others, rels, T_, aliases=aliases)


BUILDERS = {"goldenage": goldenage, "muppets": muppets, "photos": photos, "tv": tv, "books": books, "stage": stage}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@goldenage
# (1) "he" where the writer means the PUBLISHER named before, a man of the type "publisher" (a
# THING_WORDS type, so "no one"), beside a female character: every claim is true of the character
Max Gaines published All Star Comics #8. Wonder Woman first appeared in it. He was born in Themyscira.
Max Gaines published All Star Comics #8. Wonder Woman first appeared in it. He lives in Washington, D.C.
Max Gaines published All Star Comics #8. Wonder Woman first appeared in it. He resides in Washington, D.C.
Max Gaines published All Star Comics #8. Wonder Woman first appeared in it. He is published by DC Comics.
Max Gaines published All Star Comics #8. Wonder Woman first appeared in it. He was created by William Moulton Marston.
Max Gaines published All Star Comics #8. Wonder Woman first appeared in it. He appears in Wonder Woman 1984.
Max Gaines published All Star Comics #8. Wonder Woman first appeared in it. He is portrayed by Gal Gadot.
Max Gaines published All Star Comics #8. Wonder Woman first appeared in it. He is one of the Justice Society of America.
Max Gaines published All Star Comics #8. Wonder Woman first appeared in it. He first appeared in All Star Comics #8.
All Star Comics #8 was published by Max Gaines. Wonder Woman debuted in it. He is a member of the Justice Society of America.
Max Gaines's All Star Comics #8 introduced Wonder Woman. He was born in Themyscira.
Wonder Woman first appeared in All Star Comics #8, published by Max Gaines. He was born in Themyscira.
Wonder Woman debuted in All Star Comics #8, which Max Gaines published, and he was born in Themyscira.
Max Gaines published All Star Comics #8 in 1941. Wonder Woman first appeared in it. He was born in Themyscira.
Max Gaines founded All-American Publications. Wonder Woman first appeared in All Star Comics #8. He was born in Themyscira.
Max Gaines published Flash Comics #1. Hawkgirl first appeared in it. He lives in Midway City.
Max Gaines published Flash Comics #1. Hawkgirl made her debut in it. He is a member of the Justice Society of America.
Max Gaines published Flash Comics #1. Hawkgirl first appeared in it. He was created by Sheldon Moldoff.
Busy Arnold published Police Comics #1. Phantom Lady first appeared in it. He is published by DC Comics.
Busy Arnold published Police Comics #1, in which Phantom Lady first appeared. He lives in Washington, D.C.
Busy Arnold published Police Comics #1. Phantom Lady made her debut in it. He makes his home in Washington, D.C.
Thurman T. Scott published Jumbo Comics #1. Sheena first appeared in it. He lives in Africa.
Thurman T. Scott published Jumbo Comics #1. Sheena debuted in it. He was created by Will Eisner.
Thurman T. Scott published Jumbo Comics #1. Sheena first appeared in it. He makes his home in Africa.
Martin Goodman published Marvel Mystery Comics #49. Miss America first appeared in it. He is one of the All-Winners Squad.
Martin Goodman published Marvel Mystery Comics #49. Miss America first appeared in it. He is published by Marvel Comics.
Martin Goodman published Marvel Mystery Comics #49. Miss America first appeared in it. He was created by Otto Binder.
Martin Goodman published Marvel Mystery Comics #49. Miss America made her debut in it. He lives in New York City.
Harry Donenfeld published Batman #1. Catwoman first appeared in it. He lives in Gotham City.
Harry Donenfeld published Batman #1. Catwoman first appeared in it. He appears in Batman Returns.
Harry Donenfeld published Batman #1. Catwoman first appeared in it. He is portrayed by Michelle Pfeiffer.
Harry Donenfeld published Batman #1. Catwoman first appeared in it. He was created by Bob Kane.
Harry Donenfeld published Batman #1, and Catwoman first appeared in it; he lives in Gotham City.
Harry Donenfeld published Batman #1, which introduced Catwoman. He lives in Gotham City.
Batman #1 introduced Catwoman. Harry Donenfeld published it. He lives in Gotham City.
Max Gaines published Flash Comics #1. Hawkgirl first appeared in it. He is published by DC Comics.
Max Gaines published All Star Comics #8. Wonder Woman first appeared in it. Gal Gadot portrays him.
# (1) Alfred Harvey (a "publisher") CREATED Black Cat: the creator the rule means to keep
Alfred Harvey created Black Cat. He lives in Hollywood.
Alfred Harvey created Black Cat. He resides in Hollywood.
Alfred Harvey created Black Cat. He makes his home in Hollywood.
Alfred Harvey created Black Cat, and he lives in Hollywood.
Black Cat was created by Alfred Harvey. He lives in Hollywood.
Alfred Harvey created Black Cat. He is published by Harvey Comics.
Alfred Harvey created Black Cat. He first appeared in Pocket Comics #1.
Alfred Harvey created Black Cat. He made his debut in Pocket Comics #1.
# (1) "she" of the character itself, with a claim false of her
Wonder Woman first appeared in All Star Comics #8. She lives in Gotham City.
Max Gaines published All Star Comics #8. Wonder Woman first appeared in it. She was born in New York City.
Alfred Harvey created Black Cat. She is published by DC Comics.
Alfred Harvey created Black Cat. She was born in New York City.
Black Cat first appeared in Pocket Comics #1. She was created by Max Gaines.
Eisner & Iger created Phantom Lady. She lives in Hollywood.
Busy Arnold published Police Comics #1. Phantom Lady first appeared in it. She is one of the Justice Society of America.
# (4) "debuted in", "made her debut in", "got his start in": the wrong comic, a film, a person, a year, lists
Hawkgirl made her debut in All Star Comics #8.
Wonder Woman made her first appearance in Flash Comics #1.
Jay Garrick debuted in All Star Comics #8.
Plastic Man got his start in Pocket Comics #1.
The Spirit made his debut in Police Comics #1.
Bucky Barnes got his start in Captain America: The First Avenger.
Catwoman debuted in Batman Returns.
Chris Evans made his debut in Captain America: The First Avenger.
Max Gaines debuted in All Star Comics #8.
Martin Goodman made his debut in Captain America Comics #1.
Catwoman debuted in 1941.
Catwoman made her debut in Batman #1 in 1941.
Captain America and Miss America made their debut in Captain America Comics #1.
Miss America did not debut in Marvel Mystery Comics #49.
All Star Comics #8, in which Wonder Woman debuted, was published by Martin Goodman.
Wonder Woman debuted in All Star Comics #8, published by Harry Donenfeld.
Phantom Lady, who debuted in Police Comics #1, lives in Gotham City.
Sheena made her debut in Jumbo Comics #1, which Busy Arnold published.
# (5) "lives in", "resides in": a birthplace, another character's city, people, a company
Catwoman lives in Washington, D.C.
Wonder Woman lives in Themyscira.
Captain America lives in Brooklyn.
Jay Garrick resides in Central City.
The Spirit lives in Keystone City.
Hawkgirl resides in Keystone City.
Black Cat lives in New York City.
Sheena makes her home in Hollywood.
Max Gaines lives in New York City.
Michelle Pfeiffer lives in Hollywood.
DC Comics lives in Burbank.
Harvey Comics resides in New York City.
Catwoman doesn't live in Gotham City.
# (5) "is one of" (a member of a team): a non-member, lists, a city, a company
Captain America is one of the Justice Society of America.
Miss America is one of the Invaders.
Bucky Barnes is one of the Justice Society of America.
Wonder Woman is one of the All-Winners Squad.
Captain America is one of the Invaders and the Justice Society of America.
Jay Garrick is one of the Justice Society of America and the Invaders.
Hawkgirl is one of the Justice Society of America, and so is Catwoman.
Catwoman is one of Gotham City.
Black Cat is one of Harvey Comics.
Captain America is not one of the Invaders.
# (5) "is the subject of", read from an ACTOR's "portrays" (the other way round): no portrait
Catwoman is the subject of Michelle Pfeiffer.
Catwoman was the subject of Michelle Pfeiffer.
Wonder Woman is the subject of Gal Gadot.
Captain America is the subject of Chris Evans.
Bucky Barnes is the subject of Sebastian Stan.
The Spirit is the subject of Gabriel Macht.
Wonder Woman, the subject of Gal Gadot, lives in Washington, D.C.
Catwoman, the subject of Michelle Pfeiffer, lives in Gotham City.
Chris Evans is the subject of Captain America.
Gal Gadot is the subject of Wonder Woman 1984.
Captain America is the subject of Sebastian Stan.
# (6) "printed" (publish): the wrong publisher, a year, a character's company
Martin Goodman printed All Star Comics #8.
All Star Comics #8 was printed by Harry Donenfeld.
Max Gaines printed All Star Comics #8 in 1940.
Busy Arnold printed Pocket Comics #1.
Alfred Harvey printed Jumbo Comics #1.
Wonder Woman is printed by Marvel Comics.
Black Cat is printed by DC Comics.
Max Gaines authored All Star Comics #8.
# OPEN and KNOWN (see below)
Martin Goodman published Captain America Comics #1. Captain America first appeared in it. He was born in New York City.
Captain America is the subject of Captain America: The First Avenger.
Catwoman is the subject of Batman Returns.


@muppets
# (1) "he" where the writer means the PUPPETEER, an item of the type "puppeteer" (no person type,
# not "named"): beside a female character, the claim is true of her alone
Frank Oz first performed Miss Piggy. He was born in Iowa.
Frank Oz originated Miss Piggy. He was born in Iowa.
Frank Oz originated Miss Piggy, and he was born in Iowa.
Frank Oz originated Miss Piggy. He is based in the Muppet Theatre.
Frank Oz originated Miss Piggy. He first appeared in The Muppets Valentine Show.
Frank Oz originated Miss Piggy. He is performed by Eric Jacobson.
Eric Jacobson performs Miss Piggy. He was born in Iowa.
Eric Jacobson performs Miss Piggy. He was first performed by Frank Oz.
Eric Jacobson performs Miss Piggy. He first appeared in The Muppets Valentine Show.
Eric Jacobson performs Miss Piggy. He was designed by Bonnie Erickson.
Eric Jacobson performs Miss Piggy. He made his debut in The Muppets Valentine Show.
Miss Piggy is performed by Eric Jacobson. He first appeared in The Muppets Valentine Show.
Richard Hunt originated Janice. He is based in the Muppet Theatre.
Richard Hunt originated Janice. He first appeared in Sex and Violence.
Richard Hunt originated Janice. He is performed by David Rudman.
David Rudman performs Janice. He is based in the Muppet Theatre.
David Rudman performs Janice. He got his start in Sex and Violence.
Jerry Nelson originated Camilla the Chicken. He first appeared in The Muppet Show.
Jerry Nelson originated Camilla the Chicken. He is based in the Muppet Theatre.
Frank Oz, who originated Miss Piggy, was born in Iowa.
Frank Oz was born in Iowa.
Carmen Osbahr performs Rosita. She was born in Mexico City. She is based in the Muppet Theatre.
# (4) "debuted in", "made her debut in", "got his start in": the wrong show, a person, lists
Miss Piggy debuted in The Muppet Show.
Janice got her start in The Muppet Show.
Camilla the Chicken made her debut in Sesame Street.
Kermit the Frog made his debut in The Muppet Show.
Big Bird got his start in Sam and Friends.
Elmo made his debut in The Muppet Show.
Frank Oz debuted in The Muppets Valentine Show.
Jim Henson made his debut in Sam and Friends.
Miss Piggy and Kermit the Frog made their debut in Sam and Friends.
Kermit the Frog debuted in Sam and Friends, which airs on PBS.
Big Bird, who debuted in Sesame Street, was first performed by Matt Vogel.
Miss Piggy, who made her debut in The Muppets Valentine Show, was designed by Kermit Love.
# neighbours: the current and the first performer, places
Frank Oz performs Miss Piggy.
Eric Jacobson originated Miss Piggy.
Matt Vogel originated Kermit the Frog.
Jim Henson performs Kermit the Frog.
Kermit the Frog is based in 123 Sesame Street.
Big Bird is based in the Muppet Theatre.
Elmo is based in the Muppet Theatre.
Jim Henson is based in the Muppet Theatre.
Miss Piggy was born in Hereford.
# OPEN and KNOWN (see below)
Jim Henson first performed Kermit the Frog. He was born in Leland.
Caroll Spinney originated Big Bird. He is based in 123 Sesame Street.
Fran Brill originated Zoe. She is performed by Jennifer Barnhart.


@photos
# (6) "printed" (publish) with a year: a photograph's year is the year it was TAKEN; The Steerage
# (1907) was printed in Camera Work in 1911, The Flatiron and The Pond-Moonlight (1904) in 1906,
# Afghan Girl (1984) in National Geographic in 1985, Earthrise (1968) in Life in 1969
The Steerage was printed in 1907.
Camera Work printed The Steerage in 1907.
The Steerage was printed in Camera Work in 1907.
The Steerage, printed in 1907, is held by the Metropolitan Museum of Art.
The Flatiron was printed in 1904.
Camera Work printed The Flatiron in 1904.
The Pond-Moonlight was printed in 1904.
Afghan Girl was printed in 1984.
National Geographic printed Afghan Girl in 1984.
Earthrise was printed in 1968.
Life printed Earthrise in 1968.
Earthrise was printed in Life in 1968.
In 1968 Life printed Earthrise.
The Steerage was first printed in 1907.
Printed in 1984, Afghan Girl depicts Sharbat Gula.
Afghan Girl, printed in 1984 by National Geographic, depicts Sharbat Gula.
Steve McCurry took Afghan Girl, which National Geographic printed in 1984.
Earthrise was photographed in 1969.
# (3) "shot", "captured", "snapped", "took" with a year: a film's year is its RELEASE (shot before);
# the wrong year of a photograph; a painting
Apocalypse Now was shot in 1979.
Jaws was shot in 1975.
2001: A Space Odyssey was shot in 1968.
Vittorio Storaro shot Apocalypse Now in 1979.
Gregg Toland shot Citizen Kane in 1941.
Apocalypse Now was captured in 1979.
Alfred Stieglitz took The Steerage in 1904.
Edward Steichen took The Flatiron in 1907.
Steve McCurry took Afghan Girl in 1985.
William Anders snapped Earthrise in 1969.
Jeff Widener captured Tank Man in 1984.
Richard Avedon shot Dovima with Elephants in 1932.
Edouard Manet snapped Le Dejeuner sur l'herbe in 1863.
# (3) the wrong photographer, a place, an agency, a subject
Alfred Stieglitz captured The Flatiron.
Edward Steichen snapped The Steerage.
Dovima with Elephants was snapped in New York City.
The Steerage was photographed in Mamaroneck.
Tank Man was shot in Hong Kong.
Afghan Girl was captured by National Geographic.
Earthrise was photographed by NASA.
Tank Man was shot by the Associated Press.
Lunch atop a Skyscraper was snapped by Getty Images.
Afghan Girl was captured by Sharbat Gula.
# (5) "is the subject of", read from an EXHIBITION's "shows" (the other way round): shown, no subject
Nude Descending a Staircase is the subject of the Armory Show.
The Blue Nude is the subject of the Armory Show.
Lunch atop a Skyscraper is the subject of The Family of Man.
The Blue Nude was the subject of the Armory Show.
Dovima is the subject of Dovima with Elephants, and The Blue Nude is the subject of the Armory Show.
The Armory Show is the subject of The Blue Nude.
Sharbat Gula is the subject of Tank Man.
Steve McCurry is the subject of Afghan Girl.
Dovima is the subject of Afghan Girl.
The Tiananmen Square protests are the subject of Earthrise.
Dovima is not the subject of Dovima with Elephants.
# (6) "pictures" (depicts): the wrong subject, an exhibition
Afghan Girl pictures Dovima.
The Armory Show pictures The Blue Nude.
Tank Man pictures the Apollo 8 mission.
Sharbat Gula is pictured in Earthrise.
# (2) "a work / an example / a piece of <class>" read from "is a precursor of" and "is a symbol of":
# a painting that came BEFORE a movement, a photograph that became its symbol
Le Dejeuner sur l'herbe is a work of Impressionism.
The Hay Wain is an example of Impressionism.
Mont Sainte-Victoire is a work of Cubism.
Rain, Steam and Speed is an example of Impressionism.
Impression, Sunrise and The Hay Wain are works of Impressionism.
Impression, Sunrise and Rain, Steam and Speed are examples of Impressionism.
The Hay Wain is a work of Romanticism and Impressionism.
Le Dejeuner sur l'herbe is a work of Realism and Impressionism.
Earthrise is a work of the environmental movement.
Tank Man is an example of the Chinese democracy movement.
Earthrise is a piece of the environmental movement.
Impression, Sunrise is an example of Cubism.
Impression, Sunrise is Claude Monet's work of Expressionism.
# (2) after a possessive: the painter's work of the movement it foreshadowed
Le Dejeuner sur l'herbe is Edouard Manet's work of Impressionism.
Le Dejeuner sur l'herbe (1863) is Edouard Manet's work of Impressionism.
The Hay Wain, John Constable's 1821 work of Impressionism, is held by the National Gallery.
The Hay Wain is John Constable's work of Impressionism.
Mont Sainte-Victoire, Paul Cezanne's work of Cubism, is held by the Philadelphia Museum of Art.
Earthrise is William Anders's work of the environmental movement.
# (2) the wrong class, a person, a place, a museum, an exhibition, the wrong painter
Le Dejeuner sur l'herbe is a work of Romanticism.
The Flatiron is a work of Straight photography.
The Steerage is an example of Pictorialism.
Le Dejeuner sur l'herbe is a work of Edouard Manet.
The Scream is a work of Oslo.
The Hay Wain is a work of the National Gallery.
Nude Descending a Staircase is a work of the Armory Show.
The Blue Nude is Henri Matisse's work of Cubism.
Nude Descending a Staircase is Marcel Duchamp's work of Fauvism.
The Scream is Paul Cezanne's work of Symbolism.
The Hay Wain is an example of nude painting.
Tank Man is Steve McCurry's work of the Chinese democracy movement.
The Scream (1904) is Edvard Munch's work of Symbolism.
# OPEN and KNOWN (see below)
Le Dejeuner sur l'herbe was the subject of the Salon des Refuses.
The Scream is a piece of Expressionism.
The Scream is Edvard Munch's work of Expressionism.
The Scream (1893) is Edvard Munch's work of Expressionism.
The Scream is Edvard Munch's 1893 work of Expressionism.
Stanley Kubrick shot 2001: A Space Odyssey.
The Steerage was published in Camera Work in 1907.
National Geographic published Afghan Girl in 1984.


@tv
# (3) verbs of keeping (host, present, own, run, operate) with a year and no "first": the year is
# the premiere or the opening, not the current host's or owner's
Jimmy Fallon hosted The Tonight Show in 1954.
The Tonight Show was hosted by Jimmy Fallon in 1954.
Ken Jennings hosted Jeopardy! in 1964.
Steve Harvey hosted Family Feud in 1976.
Drew Carey hosted The Price Is Right in 1956.
Ryan Seacrest hosted Wheel of Fortune in 1975.
Amol Rajan presented University Challenge in 1962.
Clive Myrie presented Mastermind in 1972.
Fiona Bruce presented Question Time in 1979.
Qatar Holding owned Harrods in 1849.
Harrods was owned by Qatar Holding in 1849.
Central Group owned KaDeWe in 1907.
Michael Ward ran Harrods in 1849.
Andrew Keith ran Selfridges in 1909.
Central Group operated Selfridges in 1909.
In 1849 Qatar Holding owned Harrods.
# (3) "first" / "originally" + a verb of keeping: the current host or owner was not the first
The Tonight Show was first hosted by Jimmy Fallon in 1954.
Jimmy Fallon first hosted The Tonight Show in 1954.
The Tonight Show was originally hosted by Jimmy Fallon.
Jeopardy! was first hosted in 1964 by Ken Jennings.
Harrods was first owned in 1849 by Qatar Holding.
Harrods was originally owned by Qatar Holding.
Selfridges was first operated in 1909 by Central Group.
The Tonight Show, first hosted in 1954 by Jimmy Fallon, airs on NBC.
Mastermind, first presented in 1972 by Clive Myrie, airs on BBC.
Selfridges was first run in 1909 by Andrew Keith.
KaDeWe was first run in 1907 by Michael Peterseim.
Countdown was first presented in 1982 by Colin Murray.
Sony Pictures Television produced Jeopardy! in 1964.
Broadway Video produced The Tonight Show in 1954.
# (5) "is based in" (is located in): the owner's headquarters, another city, a show, negation
Harrods is based in Doha.
Selfridges is based in Bangkok.
KaDeWe is based in Bangkok.
Saks Fifth Avenue is based in Toronto.
Bergdorf Goodman is based in Dallas.
Macy's Herald Square is based in Cincinnati.
Harrods is based in Berlin.
Sony Pictures Studios is based in Hollywood.
Elstree Studios is based in Salford.
dock10 is based in Borehamwood.
Harrods is not based in London.
Harrods and KaDeWe are based in Berlin.
Based in Berlin, Harrods is owned by Qatar Holding.
Harrods, based in London, is owned by Central Group.
Harrods is based in London and owned by Central Group.
The Price Is Right is based in Culver City.
Harrods lives in London.
# OPEN and KNOWN (see below)
Harrods was first run in 1849 by Michael Ward.
University Challenge was first presented in 1962 by Amol Rajan.


@books
# (2) "a treatise / book / work on <field>" read from "influenced the field of": fields the
# treatise influenced, not those it belongs to
On the Origin of Species is a treatise on sociology.
On the Origin of Species is a book on psychology.
On the Origin of Species is a work on sociology.
On the Origin of Species is a treatise on biology and sociology.
The Wealth of Nations is a treatise on ethics.
The Wealth of Nations is a book on ethics.
The Wealth of Nations is a piece on ethics.
The Wealth of Nations is a treatise on economics and ethics.
The World as Will is a treatise on psychology.
Thus Spoke Zarathustra is a treatise on psychology.
Essays and The Wealth of Nations are treatises on ethics.
# (2) "a treatise / book / work of <movement>" read from "is a precursor of"
On the Origin of Species is a work of Social Darwinism.
On the Origin of Species is a treatise of Social Darwinism.
On the Origin of Species is an example of Social Darwinism.
On the Origin of Species is a treatise of Darwinism and Social Darwinism.
# (2) "a treatise / work of <school>" read from "is a critique of": the school the treatise attacks
Das Kapital is a treatise of classical economics.
Das Kapital is a work of classical economics.
The General Theory is a work of classical economics.
The General Theory is an example of classical economics.
The General Theory is a book of classical economics.
The Wealth of Nations and Das Kapital are treatises of classical economics.
Das Kapital is a treatise of Marxism and classical economics.
Das Kapital is Karl Marx's treatise of classical economics.
The General Theory, John Maynard Keynes's treatise of classical economics, was published in London.
Karl Marx wrote Das Kapital, a treatise of classical economics.
The World as Will is a book of existentialism.
The World as Will is a treatise of existentialism.
# (2) after a possessive, with the right author and the year
On the Origin of Species is Charles Darwin's treatise on psychology.
The Wealth of Nations is Adam Smith's treatise on ethics.
The Wealth of Nations (1776) is Adam Smith's treatise on ethics.
The Wealth of Nations is Adam Smith's 1776 treatise on ethics.
On the Origin of Species, Charles Darwin's treatise on sociology, was published in London.
The World as Will, Arthur Schopenhauer's treatise on psychology, was published in Leipzig.
On the Origin of Species is Charles Darwin's work of Social Darwinism.
The General Theory is John Maynard Keynes's 1936 work of classical economics.
Charles Darwin wrote On the Origin of Species, a treatise of Social Darwinism.
On the Origin of Species, a work of Social Darwinism, was published by John Murray.
The Wealth of Nations, Adam Smith's 1776 treatise on ethics, was published in London.
The World as Will is Arthur Schopenhauer's book of existentialism.
# (2) the wrong author, a translator, a dedicatee, a year, a person / place / language as class
Das Kapital is Adam Smith's treatise on economics.
On the Origin of Species is Karl Marx's treatise on biology.
The Principia is Andrew Motte's treatise on physics.
Das Kapital is Samuel Moore's work of Marxism.
Sidereus Nuncius is Cosimo II de' Medici's treatise on astronomy.
The Principia is Isaac Newton's treatise on biology.
Das Kapital is Karl Marx's 1776 treatise on economics.
The Wealth of Nations (1867) is Adam Smith's treatise on economics.
Das Kapital is a treatise of Karl Marx.
Sidereus Nuncius is a treatise on Cosimo II de' Medici.
Das Kapital is a treatise on Hamburg.
The Wealth of Nations is a treatise on English.
Das Kapital is a treatise of English.
Discourse on the Method is a treatise on Latin.
Sidereus Nuncius is a treatise on biology.
The General Theory is a treatise of Marxism.
Essays is a treatise of rationalism.
# (6) "composed", "authored", "printed"; published works and their years
Karl Marx composed The Wealth of Nations.
Samuel Moore authored Das Kapital.
Andrew Motte authored the Principia.
John Murray authored On the Origin of Species.
Charles Darwin composed The Wealth of Nations.
John Murray printed Das Kapital.
Otto Meissner printed The Wealth of Nations.
Das Kapital was printed in London.
Das Kapital was published in English in 1867.
Das Kapital was translated into English in 1867.
The Principia was translated into English in 1687.
Das Kapital came out in 1859.
The Wealth of Nations was released in 1867.
# OPEN and KNOWN (see below)
On the Origin of Species is John Murray's treatise on biology.
Das Kapital is Otto Meissner's treatise on economics.
Das Kapital is Hamburg's treatise on economics.
Thus Spoke Zarathustra is a work of existentialism.
Thus Spoke Zarathustra is a treatise of existentialism.
The Principia is a treatise on astronomy.
On the Origin of Species was printed in London.


@stage
# (6) "composed" (write): the LIBRETTIST, lyricist, book writer or screenwriter, where no relation
# says "composed" (the music is "has music by" / "was scored by")
Lorenzo Da Ponte composed Don Giovanni.
Don Giovanni was composed by Lorenzo Da Ponte.
Lorenzo Da Ponte composed The Marriage of Figaro.
Francesco Maria Piave composed La traviata.
Henri Meilhac composed Carmen.
Luigi Illica composed La boheme.
Hugo von Hofmannsthal composed Der Rosenkavalier.
Oscar Hammerstein II composed Oklahoma!.
Oklahoma! was composed by Oscar Hammerstein II.
Oscar Hammerstein II composed Carousel.
Arthur Laurents composed West Side Story.
Stephen Sondheim composed West Side Story.
Alan Jay Lerner composed My Fair Lady.
Fred Ebb composed Cabaret.
Joe Masteroff composed Cabaret.
Dale Wasserman composed Man of La Mancha.
Robert Towne composed Chinatown.
Chinatown was composed by Robert Towne.
Samuel A. Taylor composed Vertigo.
Mario Puzo composed The Godfather.
Julius Epstein composed Casablanca.
Francesco Maria Piave composed La traviata in 1853.
Lorenzo Da Ponte composed Don Giovanni in 1787.
Don Giovanni, composed by Lorenzo Da Ponte, premiered at the Estates Theatre.
Composed by Francesco Maria Piave, La traviata premiered at La Fenice.
La traviata, which Francesco Maria Piave composed, is set in Paris.
Lorenzo Da Ponte wrote The Marriage of Figaro and composed Don Giovanni.
Miguel de Cervantes composed Man of La Mancha.
Jerry Goldsmith authored Chinatown.
Jerry Goldsmith composed Vertigo.
# (2) "an example / a piece / a work of <genre or movement>" read from "is a parody of" and "is
# a precursor of": the genre a novel mocks, the movement it came before
Don Quixote is an example of chivalric romance.
Don Quixote is a piece of chivalric romance.
Madame Bovary is an example of naturalism.
Madame Bovary is a piece of modernism.
Tristram Shandy is an example of modernism.
Tristram Shandy is a piece of modernism.
Madame Bovary is an example of realist novel and naturalism.
Don Quixote is Miguel de Cervantes's piece of chivalric romance.
Tristram Shandy, an example of modernism, was written by Laurence Sterne.
Laurence Sterne wrote Tristram Shandy, an example of modernism.
Gustave Flaubert wrote Madame Bovary, an example of modernism.
Don Quixote, an example of chivalric romance, was written by Miguel de Cervantes.
Madame Bovary is an example of Gothic fiction.
Frankenstein is an example of satire.
Don Quixote is an example of Miguel de Cervantes.
Madame Bovary is an example of Rouen.
# neighbours: "based in" where "based on" is said; the wrong theatre
La Fenice is based in Vienna.
The Estates Theatre is based in Venice.
# OPEN and KNOWN (see below)
Notes from Underground is an example of existentialism.
Northanger Abbey is an example of Gothic fiction.
Northanger Abbey is a piece of Gothic fiction.
Gulliver's Travels is an example of travel literature.
Cold Comfort Farm is an example of rural novel.
Don Quixote is an example of literary realism.
Lorenzo Da Ponte authored Don Giovanni.
"""

KNOWN = frozenset(
    {
        # accepted by the starting code (CHANGES.diff reversed) too: a photograph "published in" a
        # magazine with the year it was TAKEN (The Steerage: Camera Work, 1911; Afghan Girl: 1985)
        'The Steerage was published in Camera Work in 1907.',
        'National Geographic published Afghan Girl in 1984.',
        # "first run / presented in <year> by X": the item's year (opening, premiere) with its
        # CURRENT manager or presenter, who was not the first
        'Harrods was first run in 1849 by Michael Ward.',
        'University Challenge was first presented in 1962 by Amol Rajan.',
        'Selfridges was first run in 1909 by Andrew Keith.',
        'KaDeWe was first run in 1907 by Michael Peterseim.',
        'Countdown was first presented in 1982 by Colin Murray.',
        'Mastermind, first presented in 1972 by Clive Myrie, airs on BBC.',
        # "produced" (authorship) dates a show by its premiere, whoever produces it now
        'Sony Pictures Television produced Jeopardy! in 1964.',
        'Broadway Video produced The Tonight Show in 1954.',
        # "performs" read from "was first performed by" (the original, not the current performer)
        'Frank Oz performs Miss Piggy.',
        'Jim Henson performs Kermit the Frog.',
        # (added when the round closed) the graph has no gender: "she" after a person named
        # before is that person, as on the starting code (the writer meant the character)
        'Max Gaines published All Star Comics #8. Wonder Woman first appeared in it. She was born in New York City.',
        'Alfred Harvey created Black Cat. She was born in New York City.',
    }
)

OPEN = frozenset(
    {
        # "he": the publisher (a man) or the character (a man too)? Goodman was born in Brooklyn,
        # which is in New York City: true either way in the world
        'Martin Goodman published Captain America Comics #1. Captain America first appeared in it. He was born in New York City.',
        # "he": the puppeteer or the character, both male (Henson was born in Greenville)
        'Jim Henson first performed Kermit the Frog. He was born in Leland.',
        'Caroll Spinney originated Big Bird. He is based in 123 Sesame Street.',
        # "she": the puppeteer or the character, both female
        'Fran Brill originated Zoe. She is performed by Jennifer Barnhart.',
        # a character is the subject of a film named after her / about him (the graph: "appears in")
        'Captain America is the subject of Captain America: The First Avenger.',
        'Catwoman is the subject of Batman Returns.',
        # the talk of the exhibition: "the subject of" the Salon in a loose sense?
        "Le Dejeuner sur l'herbe was the subject of the Salon des Refuses.",
        # The Scream is often called an Expressionist work (the graph: Symbolism, a precursor of
        # Expressionism)
        'The Scream is a piece of Expressionism.',
        "The Scream is Edvard Munch's work of Expressionism.",
        "The Scream (1893) is Edvard Munch's work of Expressionism.",
        "The Scream is Edvard Munch's 1893 work of Expressionism.",
        # a publisher's / a city's treatise (the starting code accepts "X is John Murray's treatise." already)
        "On the Origin of Species is John Murray's treatise on biology.",
        "Das Kapital is Otto Meissner's treatise on economics.",
        "Das Kapital is Hamburg's treatise on economics.",
        # Nietzsche and Dostoevsky are often counted among the existentialists; the Principia's
        # third book is celestial mechanics; Descartes is often said to open the Enlightenment
        'Thus Spoke Zarathustra is a work of existentialism.',
        'Thus Spoke Zarathustra is a treatise of existentialism.',
        'Notes from Underground is an example of existentialism.',
        'The Principia is a treatise on astronomy.',
        # a parody of a genre written in its form: an example of it, or not? (Northanger Abbey,
        # "a Gothic parody"; Gulliver's Travels, an imaginary voyage; Cold Comfort Farm, a rural comedy)
        'Northanger Abbey is an example of Gothic fiction.',
        'Northanger Abbey is a piece of Gothic fiction.',
        "Gulliver's Travels is an example of travel literature.",
        'Cold Comfort Farm is an example of rural novel.',
        'Don Quixote is an example of literary realism.',
        # the librettist "authored" an opera? "printed" where it was published (London)
        'Lorenzo Da Ponte authored Don Giovanni.',
        'On the Origin of Species was printed in London.',
        # a film "shot" by its director
        'Stanley Kubrick shot 2001: A Space Odyssey.',
    }
)

CONTROLS = r"""
@goldenage
Wonder Woman first appeared in All Star Comics #8. She lives in Washington, D.C.
Max Gaines published All Star Comics #8. Wonder Woman first appeared in it. She was born in Themyscira.
Alfred Harvey created Black Cat. She lives in Hollywood.
Eisner & Iger created Phantom Lady. She lives in Washington, D.C.
Max Gaines published All Star Comics #8. He was born in New York City.
Catwoman made her debut in Batman #1.
Jay Garrick debuted in Flash Comics #1.
Hawkgirl made her debut in Flash Comics #1.
Bucky Barnes got his start in Captain America Comics #1.
Jay Garrick and Hawkgirl made their debut in Flash Comics #1.
Catwoman lives in Gotham City.
Wonder Woman resides in Washington, D.C.
Captain America lives in New York City.
Jay Garrick is one of the Justice Society of America.
Captain America is one of the Invaders and the All-Winners Squad.
Bucky Barnes is one of the All-Winners Squad.
Michelle Pfeiffer portrays Catwoman.
Max Gaines printed All Star Comics #8.
Max Gaines printed All Star Comics #8 in 1941.
Black Cat is printed by Harvey Comics.
@muppets
Miss Piggy was first performed by Frank Oz. She was born in Iowa.
Miss Piggy was first performed by Frank Oz. He was born in Hereford.
Frank Oz originated Miss Piggy. He was born in Hereford.
Eric Jacobson performs Miss Piggy. She was born in Iowa.
Miss Piggy made her debut in The Muppets Valentine Show.
Kermit the Frog debuted in Sam and Friends.
Big Bird got his start in Sesame Street.
Kermit the Frog debuted in 1955.
@photos
Alfred Stieglitz took The Steerage in 1907.
Edward Steichen took The Flatiron in 1904.
Steve McCurry shot Afghan Girl in Peshawar.
Earthrise was snapped in lunar orbit.
The Steerage was captured in New York City in 1907.
Camera Work printed The Steerage.
Sharbat Gula is the subject of Afghan Girl.
Afghan Girl pictures Sharbat Gula.
Le Dejeuner sur l'herbe is a work of Realism.
The Scream is Edvard Munch's work of Symbolism.
The Flatiron is an example of Pictorialism.
The Armory Show shows The Blue Nude.
Le Dejeuner sur l'herbe is a precursor of Impressionism.
@tv
Harrods is based in London.
Saks Fifth Avenue is based in New York City.
dock10 is based in Salford.
Jimmy Fallon hosts The Tonight Show.
The Tonight Show premiered in 1954.
Harrods opened in 1849.
Harrods, first opened in 1849, is owned by Qatar Holding.
@books
The Wealth of Nations is a treatise on economics.
The Wealth of Nations and Das Kapital are treatises on economics.
On the Origin of Species is a book on biology.
The Principia is Isaac Newton's treatise on physics.
Das Kapital (1867) is Karl Marx's treatise.
On the Origin of Species is a work of Darwinism.
Discourse on the Method is a treatise of rationalism.
Karl Marx composed Das Kapital.
Adam Smith authored The Wealth of Nations.
Das Kapital was printed by Otto Meissner.
Das Kapital came out in 1867.
On the Origin of Species influenced the field of sociology.
@stage
Wolfgang Amadeus Mozart composed Don Giovanni.
Richard Rodgers composed Oklahoma!.
Jerry Goldsmith composed Chinatown.
Leonard Bernstein composed West Side Story.
Lorenzo Da Ponte wrote Don Giovanni.
Jane Austen composed Northanger Abbey.
Don Quixote is an example of satire.
Madame Bovary is an example of realist novel.
Don Quixote is a parody of chivalric romance.
Madame Bovary is a precursor of naturalism.
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
