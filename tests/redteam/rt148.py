"""Red team round 148: this round's new readings (CHANGES.diff). (1) a clause-opening subject
followed, with no comma, by a participle phrase or a place ("X built by Y has Z", "X located in Y
is owned by Z", "X at Y ...", "X with music by Y ...") gives the next finite verb to X; (2) a
possessive before a name that opens with its kind noun ("Gustav Mahler's Symphony of a Thousand");
(3) "was first performed in" also reads "premiered in", "had / received its (first public / very
first / world) premiere / performance in", "was first heard / staged in", with a year between
("premiered in 1902 in Helsinki"); (4) "is written / sung in" a key or language also reads "is in",
and "wrote" is again a synonym of "composed" beside "is written in"; (5) "is designated a / listed
as / classified as / recognised as" also reads "is a"; (6) "There is / There's (a) X at / in / on
Y." = Y has X; (7) "has a A, a B and a C" is a list; (8) "is scored for" also reads "calls for,
uses, requires, needs, features, includes, makes use of, is written for", "was premiered under the
baton of" also reads "premiered under", chained after a place; (9) "originated in" also reads
"has its roots in", "is rooted in", "traces its roots to"; "create" also "devise", "come up
with"; "is <participle> as <...> by" also "was <participle> by"; (10) "himself", "herself",
"themselves", "today", "currently", "still", "jointly" add no claim; "went on to <verb>" where the
item after is not older than the item before; (11) instruments are count nouns.

Four graphs of my own:

* concerts: symphonies, operas, ballets, a song cycle and tone poems (items dated by their first
  performance; four named "Symphony No. 5" and three named "Symphony No. 9", Mahler's Eighth named
  "Symphony of a Thousand"), composer ("was composed by": "wrote"), city of the first performance
  ("was first performed in"), premiere conductor ("was premiered under the baton of"), key ("is
  written in") and language ("is sung in"), instruments ("is scored for"), period, dedicatee,
  where the manuscript is kept, setting, characters ("features"), cycle ("is part of" / "includes");
  ballets "have music by" a composer and were choreographed; composers born in cities and playing
  instruments; dances that originated in regions; cities and regions in countries ("is in"); a
  user with ratings;
* gardens: gardens, a park and palaces (items dated by their opening) with the features each "has"
  (count nouns), the animals it "is home to", location, owner, designer, builder (palaces), status
  ("is designated a" World Heritage Site...), listing ("is listed as" a Grade I landscape), style
  ("is an example of"), period ("dates from"); owners based in cities; cities in countries; a user
  with ratings;
* railways: locomotives (items dated by the first built) with maker ("was built by"), engine
  ("has"), designer, owner, the museum it is preserved at, fuel ("runs on"), status ("is classified
  as") and honour ("is recognised as"); makers, railways and museums based in cities; designers
  born in cities; a user with ratings;
* kitchen: dishes, cocktails and pastries (items dated by their first making) with creator ("was
  created by": "devised", "came up with"), origin ("originated in": "has its roots in"...),
  ingredients ("contains": "uses", "features"), label ("is recognised as"), the body that inscribed
  it ("is inscribed as intangible heritage by": "was inscribed by"), namesake, cuisine; chefs who
  worked at restaurants in cities; a user with ratings.

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


def concerts():
    """Orchestral works, operas and ballets (items with years: the year of the first performance;
    four works named "Symphony No. 5", three named "Symphony No. 9", Mahler's Eighth named
    "Symphony of a Thousand"), the composer of each ("was composed by", also "wrote"), the city of
    the first performance ("was first performed in"), the premiere's conductor ("was premiered
    under the baton of"), the key ("is written in") and the language sung ("is sung in"), the
    instruments it is scored for ("is scored for"), the period it belongs to, its dedicatee, the
    city its manuscript is kept in, the city an opera is set in, the characters it features, the
    cycle it is part of; ballets "have music by" a composer and were choreographed by someone;
    composers born in cities and playing instruments; dances that originated in regions; cities
    in countries; a user with ratings."""
    works = ("symphony", "opera", "ballet", "tone poem", "suite", "song cycle")
    rels = [
        R("composed_by", phrase="was composed by", inverse_phrase="composed", domain=works, range=("composer",)),
        R("premiere_city", phrase="was first performed in", inverse_phrase="saw the first performance of",
          domain=works, range=("city",)),
        R("baton", phrase="was premiered under the baton of", inverse_phrase="conducted the premiere of",
          domain=works, range=("conductor", "composer")),
        R("key", phrase="is written in", inverse_phrase="is the key of", domain=works, range=("key",)),
        R("sung_in", phrase="is sung in", inverse_phrase="is the language of", domain=works, range=("language",)),
        R("scored_for", phrase="is scored for", inverse_phrase="is heard in", domain=works, range=("instrument",)),
        R("period", phrase="belongs to", inverse_phrase="saw the composition of", domain=works, range=("period",)),
        R("dedicated_to", phrase="is dedicated to", inverse_phrase="is the dedicatee of", domain=works,
          range=("person", "composer", "conductor")),
        R("kept_in", phrase="is kept in", inverse_phrase="holds the manuscript of", domain=works, range=("city",)),
        R("set_in", phrase="is set in", inverse_phrase="is the setting of", domain=("opera", "ballet"),
          range=("city",)),
        R("features", phrase="features", inverse_phrase="appears in", domain=("opera", "ballet"),
          range=("character",)),
        R("part_of", phrase="is part of", inverse_phrase="includes", domain=works, range=("cycle",)),
        R("music_by", phrase="has music by", inverse_phrase="provided the music for", domain=("ballet",),
          range=("composer",)),
        R("choreographed_by", phrase="was choreographed by", inverse_phrase="choreographed", domain=("ballet",),
          range=("choreographer",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("composer", "conductor",
          "choreographer"), range=("city",)),
        R("plays", phrase="played", inverse_phrase="was played by", domain=("composer", "conductor"),
          range=("instrument",)),
        R("originated_in", phrase="originated in", inverse_phrase="is the home of", domain=("dance",),
          range=("region", "country", "city")),
        R("place_in", phrase="is in", inverse_phrase="contains", domain=("city", "region"), range=("country",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "w:m5": ("symphony", "Symphony No. 5", 1904), "w:b5": ("symphony", "Symphony No. 5", 1808),
        "w:s5": ("symphony", "Symphony No. 5", 1915), "w:t5": ("symphony", "Symphony No. 5", 1888),
        "w:m8": ("symphony", "Symphony of a Thousand", 1910), "w:m6": ("symphony", "Symphony No. 6", 1906),
        "w:b9": ("symphony", "Symphony No. 9", 1824), "w:d9": ("symphony", "Symphony No. 9", 1893),
        "w:m9": ("symphony", "Symphony No. 9", 1912),
        "w:lied": ("song cycle", "Das Lied von der Erde", 1911), "w:fantastique": ("symphony", "Symphonie fantastique", 1830),
        "w:carmen": ("opera", "Carmen", 1875), "w:tosca": ("opera", "Tosca", 1900),
        "w:rheingold": ("opera", "Das Rheingold", 1869), "w:walkure": ("opera", "Die Walküre", 1870),
        "w:rite": ("ballet", "The Rite of Spring", 1913), "w:firebird": ("ballet", "The Firebird", 1910),
        "w:faun": ("ballet", "Afternoon of a Faun", 1912), "w:planets": ("suite", "The Planets", 1918),
        "w:finlandia": ("tone poem", "Finlandia", 1900), "w:heldenleben": ("tone poem", "Ein Heldenleben", 1899),
    }
    others = {
        "c:mahler": ("composer", "Gustav Mahler"), "c:beethoven": ("composer", "Ludwig van Beethoven"),
        "c:sibelius": ("composer", "Jean Sibelius"), "c:tchaikovsky": ("composer", "Pyotr Ilyich Tchaikovsky"),
        "c:dvorak": ("composer", "Antonín Dvořák"), "c:berlioz": ("composer", "Hector Berlioz"),
        "c:bizet": ("composer", "Georges Bizet"), "c:puccini": ("composer", "Giacomo Puccini"),
        "c:wagner": ("composer", "Richard Wagner"), "c:stravinsky": ("composer", "Igor Stravinsky"),
        "c:debussy": ("composer", "Claude Debussy"), "c:holst": ("composer", "Gustav Holst"),
        "c:strauss": ("composer", "Richard Strauss"),
        "n:walter": ("conductor", "Bruno Walter"), "n:seidl": ("conductor", "Anton Seidl"),
        "n:monteux": ("conductor", "Pierre Monteux"), "n:boult": ("conductor", "Adrian Boult"),
        "n:kajanus": ("conductor", "Robert Kajanus"), "n:habeneck": ("conductor", "François Habeneck"),
        "n:pierne": ("conductor", "Gabriel Pierné"), "n:mugnone": ("conductor", "Leopoldo Mugnone"),
        "n:wullner": ("conductor", "Franz Wüllner"), "n:umlauf": ("conductor", "Michael Umlauf"),
        "h:nijinsky": ("choreographer", "Vaslav Nijinsky"), "h:fokine": ("choreographer", "Michel Fokine"),
        "p:alma": ("person", "Alma Mahler"), "p:mengelberg": ("person", "Willem Mengelberg"),
        "p:lobkowitz": ("person", "Prince Lobkowitz"), "p:frederick": ("person", "Frederick William III"),
        "y:cologne": ("city", "Cologne"), "y:vienna": ("city", "Vienna"), "y:helsinki": ("city", "Helsinki"),
        "y:stpetersburg": ("city", "Saint Petersburg"), "y:munich": ("city", "Munich"), "y:essen": ("city", "Essen"),
        "y:newyork": ("city", "New York"), "y:paris": ("city", "Paris"), "y:rome": ("city", "Rome"),
        "y:london": ("city", "London"), "y:seville": ("city", "Seville"), "y:bonn": ("city", "Bonn"),
        "y:frankfurt": ("city", "Frankfurt"), "y:berlin": ("city", "Berlin"), "y:kaliste": ("city", "Kaliště"),
        "y:hameenlinna": ("city", "Hämeenlinna"), "y:leipzig": ("city", "Leipzig"), "y:cheltenham": ("city", "Cheltenham"),
        "y:oranienbaum": ("city", "Oranienbaum"), "y:lucca": ("city", "Lucca"), "y:kyiv": ("city", "Kyiv"),
        "r:bohemia": ("region", "Bohemia"), "r:bavaria": ("region", "Bavaria"), "r:andalusia": ("region", "Andalusia"),
        "k:germany": ("country", "Germany"), "k:austria": ("country", "Austria"), "k:finland": ("country", "Finland"),
        "k:russia": ("country", "Russia"), "k:france": ("country", "France"), "k:italy": ("country", "Italy"),
        "k:uk": ("country", "United Kingdom"), "k:usa": ("country", "United States"), "k:spain": ("country", "Spain"),
        "k:czechia": ("country", "Czech Republic"), "k:poland": ("country", "Poland"),
        "key:csharpminor": ("key", "C-sharp minor"), "key:cminor": ("key", "C minor"), "key:eflat": ("key", "E-flat major"),
        "key:eminor": ("key", "E minor"), "key:aminor": ("key", "A minor"), "key:dminor": ("key", "D minor"),
        "key:dmajor": ("key", "D major"),
        "l:german": ("language", "German"), "l:latin": ("language", "Latin"), "l:french": ("language", "French"),
        "l:italian": ("language", "Italian"),
        "i:harp": ("instrument", "harp"), "i:celesta": ("instrument", "celesta"), "i:cowbell": ("instrument", "cowbell"),
        "i:hammer": ("instrument", "hammer"), "i:organ": ("instrument", "organ"), "i:mandolin": ("instrument", "mandolin"),
        "i:piano": ("instrument", "piano"), "i:violin": ("instrument", "violin"), "i:coranglais": ("instrument", "cor anglais"),
        "i:bassoon": ("instrument", "bassoon"), "i:tuba": ("instrument", "tuba"), "i:flute": ("instrument", "flute"),
        "i:anvil": ("instrument", "anvil"), "i:piccolo": ("instrument", "piccolo"),
        "pd:romantic": ("period", "Romantic era"), "pd:modern": ("period", "modernist era"),
        "pd:classical": ("period", "Classical period"),
        "q:ring": ("cycle", "Der Ring des Nibelungen"),
        "ch:carmen": ("character", "Carmen"), "ch:escamillo": ("character", "Escamillo"),
        "ch:scarpia": ("character", "Scarpia"), "ch:wotan": ("character", "Wotan"),
        "ch:brunnhilde": ("character", "Brünnhilde"), "ch:kashchei": ("character", "Koschei"),
        "ch:faun": ("character", "the Faun"),
        "d:waltz": ("dance", "waltz"), "d:polka": ("dance", "polka"), "d:flamenco": ("dance", "flamenco"),
        "d:mazurka": ("dance", "mazurka"), "d:landler": ("dance", "Ländler"),
    }
    T = [
        ("w:m5", "composed_by", "c:mahler"), ("w:m6", "composed_by", "c:mahler"), ("w:m8", "composed_by", "c:mahler"),
        ("w:m9", "composed_by", "c:mahler"), ("w:lied", "composed_by", "c:mahler"),
        ("w:b5", "composed_by", "c:beethoven"), ("w:b9", "composed_by", "c:beethoven"),
        ("w:s5", "composed_by", "c:sibelius"), ("w:finlandia", "composed_by", "c:sibelius"),
        ("w:t5", "composed_by", "c:tchaikovsky"), ("w:d9", "composed_by", "c:dvorak"),
        ("w:fantastique", "composed_by", "c:berlioz"), ("w:carmen", "composed_by", "c:bizet"),
        ("w:tosca", "composed_by", "c:puccini"), ("w:rheingold", "composed_by", "c:wagner"),
        ("w:walkure", "composed_by", "c:wagner"), ("w:planets", "composed_by", "c:holst"),
        ("w:heldenleben", "composed_by", "c:strauss"),
        ("w:rite", "music_by", "c:stravinsky"), ("w:firebird", "music_by", "c:stravinsky"),
        ("w:faun", "music_by", "c:debussy"),
        ("w:rite", "choreographed_by", "h:nijinsky"), ("w:faun", "choreographed_by", "h:nijinsky"),
        ("w:firebird", "choreographed_by", "h:fokine"),
        ("w:m5", "premiere_city", "y:cologne"), ("w:m6", "premiere_city", "y:essen"), ("w:m8", "premiere_city", "y:munich"),
        ("w:m9", "premiere_city", "y:vienna"), ("w:lied", "premiere_city", "y:munich"),
        ("w:b5", "premiere_city", "y:vienna"), ("w:b9", "premiere_city", "y:vienna"),
        ("w:s5", "premiere_city", "y:helsinki"), ("w:finlandia", "premiere_city", "y:helsinki"),
        ("w:t5", "premiere_city", "y:stpetersburg"), ("w:d9", "premiere_city", "y:newyork"),
        ("w:fantastique", "premiere_city", "y:paris"), ("w:carmen", "premiere_city", "y:paris"),
        ("w:tosca", "premiere_city", "y:rome"), ("w:rheingold", "premiere_city", "y:munich"),
        ("w:walkure", "premiere_city", "y:munich"), ("w:rite", "premiere_city", "y:paris"),
        ("w:firebird", "premiere_city", "y:paris"), ("w:faun", "premiere_city", "y:paris"),
        ("w:planets", "premiere_city", "y:london"), ("w:heldenleben", "premiere_city", "y:frankfurt"),
        ("w:m5", "baton", "c:mahler"), ("w:m6", "baton", "c:mahler"), ("w:m8", "baton", "c:mahler"),
        ("w:m9", "baton", "n:walter"), ("w:lied", "baton", "n:walter"), ("w:b9", "baton", "n:umlauf"),
        ("w:s5", "baton", "c:sibelius"), ("w:finlandia", "baton", "n:kajanus"), ("w:t5", "baton", "c:tchaikovsky"),
        ("w:d9", "baton", "n:seidl"), ("w:fantastique", "baton", "n:habeneck"), ("w:tosca", "baton", "n:mugnone"),
        ("w:rheingold", "baton", "n:wullner"), ("w:walkure", "baton", "n:wullner"), ("w:rite", "baton", "n:monteux"),
        ("w:firebird", "baton", "n:pierne"), ("w:planets", "baton", "n:boult"), ("w:heldenleben", "baton", "c:strauss"),
        ("w:m5", "key", "key:csharpminor"), ("w:b5", "key", "key:cminor"), ("w:s5", "key", "key:eflat"),
        ("w:t5", "key", "key:eminor"), ("w:m6", "key", "key:aminor"), ("w:m8", "key", "key:eflat"),
        ("w:b9", "key", "key:dminor"), ("w:d9", "key", "key:eminor"), ("w:m9", "key", "key:dmajor"),
        ("w:m8", "sung_in", "l:latin"), ("w:m8", "sung_in", "l:german"), ("w:lied", "sung_in", "l:german"),
        ("w:b9", "sung_in", "l:german"), ("w:carmen", "sung_in", "l:french"), ("w:tosca", "sung_in", "l:italian"),
        ("w:rheingold", "sung_in", "l:german"), ("w:walkure", "sung_in", "l:german"),
        ("w:m6", "scored_for", "i:cowbell"), ("w:m6", "scored_for", "i:hammer"), ("w:m6", "scored_for", "i:celesta"),
        ("w:m6", "scored_for", "i:harp"), ("w:m8", "scored_for", "i:organ"), ("w:m8", "scored_for", "i:harp"),
        ("w:m8", "scored_for", "i:mandolin"), ("w:m8", "scored_for", "i:piano"), ("w:lied", "scored_for", "i:mandolin"),
        ("w:lied", "scored_for", "i:celesta"), ("w:fantastique", "scored_for", "i:coranglais"),
        ("w:fantastique", "scored_for", "i:harp"), ("w:planets", "scored_for", "i:organ"),
        ("w:planets", "scored_for", "i:celesta"), ("w:rheingold", "scored_for", "i:anvil"),
        ("w:rheingold", "scored_for", "i:harp"), ("w:b5", "scored_for", "i:piccolo"), ("w:rite", "scored_for", "i:bassoon"),
        ("w:rite", "scored_for", "i:tuba"), ("w:faun", "scored_for", "i:flute"), ("w:faun", "scored_for", "i:harp"),
        ("w:m5", "period", "pd:romantic"), ("w:m6", "period", "pd:romantic"), ("w:m8", "period", "pd:romantic"),
        ("w:b5", "period", "pd:classical"), ("w:rite", "period", "pd:modern"), ("w:planets", "period", "pd:modern"),
        ("w:fantastique", "period", "pd:romantic"), ("w:carmen", "period", "pd:romantic"),
        ("w:m8", "dedicated_to", "p:alma"), ("w:b5", "dedicated_to", "p:lobkowitz"),
        ("w:b9", "dedicated_to", "p:frederick"), ("w:heldenleben", "dedicated_to", "p:mengelberg"),
        ("w:m5", "kept_in", "y:newyork"), ("w:b5", "kept_in", "y:berlin"), ("w:b9", "kept_in", "y:berlin"),
        ("w:m8", "kept_in", "y:vienna"),
        ("w:carmen", "set_in", "y:seville"), ("w:tosca", "set_in", "y:rome"),
        ("w:carmen", "features", "ch:carmen"), ("w:carmen", "features", "ch:escamillo"),
        ("w:tosca", "features", "ch:scarpia"), ("w:rheingold", "features", "ch:wotan"),
        ("w:walkure", "features", "ch:wotan"), ("w:walkure", "features", "ch:brunnhilde"),
        ("w:firebird", "features", "ch:kashchei"), ("w:faun", "features", "ch:faun"),
        ("w:rheingold", "part_of", "q:ring"), ("w:walkure", "part_of", "q:ring"),
        ("c:mahler", "born_in", "y:kaliste"), ("c:beethoven", "born_in", "y:bonn"),
        ("c:sibelius", "born_in", "y:hameenlinna"), ("c:wagner", "born_in", "y:leipzig"),
        ("c:holst", "born_in", "y:cheltenham"), ("c:stravinsky", "born_in", "y:oranienbaum"),
        ("c:puccini", "born_in", "y:lucca"), ("c:strauss", "born_in", "y:munich"), ("h:nijinsky", "born_in", "y:kyiv"),
        ("c:mahler", "plays", "i:piano"), ("c:sibelius", "plays", "i:violin"), ("c:beethoven", "plays", "i:piano"),
        ("d:waltz", "originated_in", "r:bavaria"), ("d:polka", "originated_in", "r:bohemia"),
        ("d:flamenco", "originated_in", "r:andalusia"), ("d:mazurka", "originated_in", "k:poland"),
        ("y:cologne", "place_in", "k:germany"), ("y:munich", "place_in", "k:germany"), ("y:essen", "place_in", "k:germany"),
        ("y:vienna", "place_in", "k:austria"), ("y:helsinki", "place_in", "k:finland"),
        ("y:stpetersburg", "place_in", "k:russia"), ("y:paris", "place_in", "k:france"), ("y:rome", "place_in", "k:italy"),
        ("y:london", "place_in", "k:uk"), ("y:newyork", "place_in", "k:usa"), ("y:seville", "place_in", "k:spain"),
        ("r:bohemia", "place_in", "k:czechia"), ("r:bavaria", "place_in", "k:germany"), ("r:andalusia", "place_in", "k:spain"),
        ("user:eva", "rated", "w:m5", {"rating": 5.0}), ("user:eva", "rated", "w:s5", {"rating": 2.0}),
        ("user:eva", "rated", "w:rite", {"rating": 4.5}), ("user:eva", "rated", "w:carmen", {"rating": 1.5}),
        ("user:eva", "rated", "w:m8", {"rating": 4.0}), ("user:eva", "rated", "w:b9", {"rating": 3.0}),
    ]
    aliases = {"c:mahler": ("Mahler",), "c:sibelius": ("Sibelius",), "c:beethoven": ("Beethoven",),
               "c:stravinsky": ("Stravinsky",), "c:wagner": ("Wagner",), "h:nijinsky": ("Nijinsky",),
               "w:m8": ("Eighth Symphony",)}
    return _build(items, others, rels, T, users=[("user:eva", "Eva")], aliases=aliases)


def gardens():
    """Gardens, parks and palaces (items with years: the year they opened), the features each
    "has" (a pagoda, a palm house, a maze... as count nouns), the city each "is located in", its
    owner ("is owned by"), its designer ("was designed by"), who built a palace ("was built by"),
    its status ("is designated a" World Heritage Site, "is listed as" a Grade I park), its style
    ("is an example of") and period ("dates from"), the animals it "is home to"; cities in
    countries ("is in"); owners based in cities; a user with ratings."""
    places = ("garden", "park", "palace")
    rels = [
        R("has_feature", phrase="has", inverse_phrase="is found at", domain=places, range=("feature",)),
        R("located_in", phrase="is located in", inverse_phrase="contains the site", domain=places, range=("city",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=places, range=("organisation", "person")),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=places,
          range=("designer", "architect")),
        R("built_by", phrase="was built by", inverse_phrase="built", domain=("palace",), range=("person",)),
        R("designated", phrase="is designated a", inverse_phrase="is the designation of", domain=places,
          range=("status",)),
        R("listed", phrase="is listed as", inverse_phrase="is the listing of", domain=places, range=("grade",)),
        R("style", phrase="is an example of", inverse_phrase="is the style of", domain=places, range=("style",)),
        R("dates_from", phrase="dates from", inverse_phrase="saw the creation of", domain=places, range=("period",)),
        R("home_to", phrase="is home to", inverse_phrase="lives at", domain=places, range=("animal",)),
        R("based_in", phrase="is based in", inverse_phrase="is the base of", domain=("organisation",),
          range=("city",)),
        R("place_in", phrase="is in", inverse_phrase="contains", domain=("city",), range=("country",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "g:kew": ("garden", "Kew Gardens", 1759), "g:sbg": ("garden", "Singapore Botanic Gardens", 1859),
        "g:butchart": ("garden", "Butchart Gardens", 1904), "g:versailles": ("garden", "Gardens of Versailles", 1661),
        "g:stowe": ("garden", "Stowe", 1713), "g:central": ("park", "Central Park", 1858),
        "g:stourhead": ("garden", "Stourhead", 1741), "g:keukenhof": ("garden", "Keukenhof", 1949),
        "g:hampton": ("palace", "Hampton Court Palace", 1515), "g:blenheim": ("palace", "Blenheim Palace", 1722),
        "g:schonbrunn": ("palace", "Schönbrunn Palace", 1696), "g:alhambra": ("palace", "Alhambra", 1238),
    }
    others = {
        "f:pagoda": ("feature", "pagoda"), "f:palmhouse": ("feature", "palm house"),
        "f:treetop": ("feature", "treetop walkway"), "f:orchid": ("feature", "orchid garden"),
        "f:maze": ("feature", "maze"), "f:rose": ("feature", "rose garden"), "f:lake": ("feature", "lake"),
        "f:grotto": ("feature", "grotto"), "f:fountain": ("feature", "fountain"), "f:zoo": ("feature", "zoo"),
        "f:carousel": ("feature", "carousel"), "f:temple": ("feature", "temple"),
        "f:sunken": ("feature", "sunken garden"), "f:orangery": ("feature", "orangery"),
        "y:london": ("city", "London"), "y:singapore": ("city", "Singapore"), "y:victoria": ("city", "Victoria"),
        "y:versailles": ("city", "Versailles"), "y:buckingham": ("city", "Buckingham"), "y:newyork": ("city", "New York"),
        "y:warminster": ("city", "Warminster"), "y:lisse": ("city", "Lisse"), "y:woodstock": ("city", "Woodstock"),
        "y:vienna": ("city", "Vienna"), "y:granada": ("city", "Granada"), "y:paris": ("city", "Paris"),
        "k:uk": ("country", "United Kingdom"), "k:singapore": ("country", "Singapore"), "k:canada": ("country", "Canada"),
        "k:france": ("country", "France"), "k:usa": ("country", "United States"), "k:netherlands": ("country", "Netherlands"),
        "k:austria": ("country", "Austria"), "k:spain": ("country", "Spain"),
        "o:crown": ("organisation", "Crown Estate"), "o:nparks": ("organisation", "National Parks Board"),
        "o:butchart": ("person", "Jennie Butchart"), "o:nt": ("organisation", "National Trust"),
        "o:conservancy": ("organisation", "Central Park Conservancy"), "o:epv": ("organisation", "Établissement public de Versailles"),
        "o:hrp": ("organisation", "Historic Royal Palaces"), "o:marlborough": ("person", "Duke of Marlborough"),
        "o:schonbrunn": ("organisation", "Schönbrunn Group"),
        "d:chambers": ("architect", "William Chambers"), "d:lenotre": ("designer", "André Le Nôtre"),
        "d:brown": ("designer", "Capability Brown"), "d:olmsted": ("designer", "Frederick Law Olmsted"),
        "d:vaux": ("designer", "Calvert Vaux"), "d:hoare": ("designer", "Henry Hoare"),
        "d:vanbrugh": ("architect", "John Vanbrugh"), "d:fischer": ("architect", "Johann Bernhard Fischer von Erlach"),
        "d:niven": ("designer", "Lawrence Niven"), "d:zocher": ("designer", "Jan David Zocher"),
        "p:wolsey": ("person", "Thomas Wolsey"), "p:henry": ("person", "Henry VIII"),
        "p:leopold": ("person", "Leopold I"), "p:nasrid": ("person", "Muhammad I"),
        "s:whs": ("status", "World Heritage Site"), "s:nhl": ("status", "National Historic Landmark"),
        "s:nhs": ("status", "National Historic Site"),
        "gr:one": ("grade", "Grade I landscape"), "gr:two": ("grade", "Grade II landscape"),
        "st:landscape": ("style", "English landscape garden"), "st:formal": ("style", "French formal garden"),
        "st:moorish": ("style", "Moorish architecture"), "st:baroque": ("style", "Baroque architecture"),
        "st:tudor": ("style", "Tudor architecture"),
        "pd:georgian": ("period", "Georgian era"), "pd:victorian": ("period", "Victorian era"),
        "pd:baroque": ("period", "Baroque period"), "pd:tudor": ("period", "Tudor period"),
        "pd:edwardian": ("period", "Edwardian era"), "pd:nasrid": ("period", "Nasrid period"),
        "a:pandas": ("animal", "giant panda"), "a:peacocks": ("animal", "peacock"), "a:swans": ("animal", "black swan"),
        "a:otters": ("animal", "otter"),
    }
    T = [
        ("g:kew", "has_feature", "f:pagoda"), ("g:kew", "has_feature", "f:palmhouse"), ("g:kew", "has_feature", "f:treetop"),
        ("g:sbg", "has_feature", "f:orchid"), ("g:sbg", "has_feature", "f:lake"),
        ("g:butchart", "has_feature", "f:sunken"), ("g:butchart", "has_feature", "f:rose"),
        ("g:butchart", "has_feature", "f:carousel"), ("g:versailles", "has_feature", "f:fountain"),
        ("g:versailles", "has_feature", "f:orangery"), ("g:versailles", "has_feature", "f:grotto"),
        ("g:stowe", "has_feature", "f:temple"), ("g:stowe", "has_feature", "f:lake"),
        ("g:central", "has_feature", "f:zoo"), ("g:central", "has_feature", "f:carousel"),
        ("g:central", "has_feature", "f:lake"), ("g:stourhead", "has_feature", "f:grotto"),
        ("g:stourhead", "has_feature", "f:temple"), ("g:stourhead", "has_feature", "f:lake"),
        ("g:hampton", "has_feature", "f:maze"), ("g:hampton", "has_feature", "f:rose"),
        ("g:blenheim", "has_feature", "f:maze"), ("g:blenheim", "has_feature", "f:lake"),
        ("g:schonbrunn", "has_feature", "f:zoo"), ("g:schonbrunn", "has_feature", "f:palmhouse"),
        ("g:schonbrunn", "has_feature", "f:maze"), ("g:alhambra", "has_feature", "f:fountain"),
        ("g:kew", "located_in", "y:london"), ("g:sbg", "located_in", "y:singapore"),
        ("g:butchart", "located_in", "y:victoria"), ("g:versailles", "located_in", "y:versailles"),
        ("g:stowe", "located_in", "y:buckingham"), ("g:central", "located_in", "y:newyork"),
        ("g:stourhead", "located_in", "y:warminster"), ("g:keukenhof", "located_in", "y:lisse"),
        ("g:hampton", "located_in", "y:london"), ("g:blenheim", "located_in", "y:woodstock"),
        ("g:schonbrunn", "located_in", "y:vienna"), ("g:alhambra", "located_in", "y:granada"),
        ("g:kew", "owned_by", "o:crown"), ("g:sbg", "owned_by", "o:nparks"), ("g:butchart", "owned_by", "o:butchart"),
        ("g:versailles", "owned_by", "o:epv"), ("g:stowe", "owned_by", "o:nt"), ("g:stourhead", "owned_by", "o:nt"),
        ("g:central", "owned_by", "o:conservancy"), ("g:hampton", "owned_by", "o:hrp"),
        ("g:blenheim", "owned_by", "o:marlborough"), ("g:schonbrunn", "owned_by", "o:schonbrunn"),
        ("g:kew", "designed_by", "d:chambers"), ("g:kew", "designed_by", "d:brown"),
        ("g:versailles", "designed_by", "d:lenotre"), ("g:stowe", "designed_by", "d:brown"),
        ("g:central", "designed_by", "d:olmsted"), ("g:central", "designed_by", "d:vaux"),
        ("g:stourhead", "designed_by", "d:hoare"), ("g:blenheim", "designed_by", "d:vanbrugh"),
        ("g:blenheim", "designed_by", "d:brown"), ("g:schonbrunn", "designed_by", "d:fischer"),
        ("g:sbg", "designed_by", "d:niven"), ("g:keukenhof", "designed_by", "d:zocher"),
        ("g:hampton", "built_by", "p:wolsey"), ("g:schonbrunn", "built_by", "p:leopold"),
        ("g:alhambra", "built_by", "p:nasrid"),
        ("g:kew", "designated", "s:whs"), ("g:sbg", "designated", "s:whs"), ("g:versailles", "designated", "s:whs"),
        ("g:schonbrunn", "designated", "s:whs"), ("g:blenheim", "designated", "s:whs"), ("g:alhambra", "designated", "s:whs"),
        ("g:central", "designated", "s:nhl"), ("g:butchart", "designated", "s:nhs"),
        ("g:stowe", "listed", "gr:one"), ("g:stourhead", "listed", "gr:one"), ("g:kew", "listed", "gr:one"),
        ("g:hampton", "listed", "gr:one"), ("g:blenheim", "listed", "gr:one"),
        ("g:stowe", "style", "st:landscape"), ("g:stourhead", "style", "st:landscape"), ("g:blenheim", "style", "st:baroque"),
        ("g:versailles", "style", "st:formal"), ("g:alhambra", "style", "st:moorish"), ("g:hampton", "style", "st:tudor"),
        ("g:schonbrunn", "style", "st:baroque"),
        ("g:kew", "dates_from", "pd:georgian"), ("g:stowe", "dates_from", "pd:georgian"),
        ("g:stourhead", "dates_from", "pd:georgian"), ("g:sbg", "dates_from", "pd:victorian"),
        ("g:central", "dates_from", "pd:victorian"), ("g:butchart", "dates_from", "pd:edwardian"),
        ("g:versailles", "dates_from", "pd:baroque"), ("g:hampton", "dates_from", "pd:tudor"),
        ("g:schonbrunn", "dates_from", "pd:baroque"), ("g:alhambra", "dates_from", "pd:nasrid"),
        ("g:schonbrunn", "home_to", "a:pandas"), ("g:butchart", "home_to", "a:peacocks"),
        ("g:stourhead", "home_to", "a:swans"), ("g:sbg", "home_to", "a:otters"),
        ("o:crown", "based_in", "y:london"), ("o:nparks", "based_in", "y:singapore"), ("o:nt", "based_in", "y:london"),
        ("o:hrp", "based_in", "y:london"), ("o:conservancy", "based_in", "y:newyork"),
        ("o:epv", "based_in", "y:versailles"), ("o:schonbrunn", "based_in", "y:vienna"),
        ("y:london", "place_in", "k:uk"), ("y:singapore", "place_in", "k:singapore"), ("y:victoria", "place_in", "k:canada"),
        ("y:versailles", "place_in", "k:france"), ("y:buckingham", "place_in", "k:uk"), ("y:newyork", "place_in", "k:usa"),
        ("y:warminster", "place_in", "k:uk"), ("y:lisse", "place_in", "k:netherlands"), ("y:woodstock", "place_in", "k:uk"),
        ("y:vienna", "place_in", "k:austria"), ("y:granada", "place_in", "k:spain"), ("y:paris", "place_in", "k:france"),
        ("user:fay", "rated", "g:kew", {"rating": 5.0}), ("user:fay", "rated", "g:stowe", {"rating": 2.0}),
        ("user:fay", "rated", "g:hampton", {"rating": 4.5}), ("user:fay", "rated", "g:central", {"rating": 1.0}),
        ("user:fay", "rated", "g:schonbrunn", {"rating": 4.0}),
    ]
    aliases = {"g:kew": ("Kew",), "d:brown": ("Lancelot Brown",), "g:sbg": ("the Singapore Botanic Gardens",),
               "g:versailles": ("the Gardens of Versailles",)}
    return _build(items, others, rels, T, users=[("user:fay", "Fay")], aliases=aliases)


def railways():
    """Locomotives (items with years: the year the first was built), the maker that built each ("was
    built by"), its engine ("has" a four-stroke engine...), its designer, the railway that owns it,
    the museum it is preserved at, the fuel it runs on; makers based in cities; designers born in
    cities; the status a locomotive "is classified as" and the honour it "is recognised as" (both
    also read "is a"); cities in countries; a user with ratings."""
    locos = ("locomotive",)
    rels = [
        R("built_by", phrase="was built by", inverse_phrase="built", domain=locos, range=("manufacturer",)),
        R("engine", phrase="has", inverse_phrase="powers", domain=locos, range=("engine",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=locos, range=("engineer",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=locos, range=("railway", "museum")),
        R("preserved_at", phrase="is preserved at", inverse_phrase="preserves", domain=locos, range=("museum",)),
        R("fuel", phrase="runs on", inverse_phrase="fuels", domain=locos, range=("fuel",)),
        R("status", phrase="is classified as", inverse_phrase="is the class of", domain=locos, range=("status",)),
        R("recognised", phrase="is recognised as", inverse_phrase="is the recognition of", domain=locos,
          range=("honour",)),
        R("based_in", phrase="is based in", inverse_phrase="is home to", domain=("manufacturer", "railway", "museum"),
          range=("city",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("engineer",), range=("city",)),
        R("place_in", phrase="is in", inverse_phrase="contains", domain=("city",), range=("country",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "l:rs3": ("locomotive", "ALCO RS-3", 1950), "l:flying": ("locomotive", "Flying Scotsman", 1923),
        "l:mallard": ("locomotive", "Mallard", 1938), "l:big": ("locomotive", "Big Boy", 1941),
        "l:gg1": ("locomotive", "GG1", 1934), "l:deltic": ("locomotive", "Deltic", 1955),
        "l:class55": ("locomotive", "Class 55", 1961), "l:sd40": ("locomotive", "SD40-2", 1972),
        "l:a4": ("locomotive", "Union of South Africa", 1937), "l:tornado": ("locomotive", "Tornado", 2008),
        "l:rocket": ("locomotive", "Rocket", 1829), "l:e4": ("locomotive", "Sir Nigel Gresley", 1937),
    }
    others = {
        "m:alco": ("manufacturer", "American Locomotive Company"), "m:mlw": ("manufacturer", "Montreal Locomotive Works"),
        "m:doncaster": ("manufacturer", "Doncaster Works"), "m:ee": ("manufacturer", "English Electric"),
        "m:emd": ("manufacturer", "Electro-Motive Diesel"), "m:baldwin": ("manufacturer", "Baldwin Locomotive Works"),
        "m:stephenson": ("manufacturer", "Robert Stephenson and Company"), "m:darlington": ("manufacturer", "Darlington Works"),
        "e:fourstroke": ("engine", "four-stroke engine"), "e:napier": ("engine", "Napier Deltic engine"),
        "e:twostroke": ("engine", "two-stroke engine"), "e:steam": ("engine", "steam engine"),
        "e:electric": ("engine", "electric motor"),
        "d:gresley": ("engineer", "Nigel Gresley"), "d:stephenson": ("engineer", "Robert Stephenson"),
        "d:dreyfuss": ("engineer", "Henry Dreyfuss"), "d:jabelmann": ("engineer", "Otto Jabelmann"),
        "d:dow": ("engineer", "Alec Dow"), "d:dixon": ("engineer", "David Dixon"),
        "r:up": ("railway", "Union Pacific"), "r:prr": ("railway", "Pennsylvania Railroad"),
        "r:br": ("railway", "British Rail"), "r:a1trust": ("railway", "A1 Steam Locomotive Trust"),
        "r:cn": ("railway", "Canadian National"),
        "u:nrm": ("museum", "National Railway Museum"), "u:steamtown": ("museum", "Steamtown"),
        "u:science": ("museum", "Science Museum"),
        "f:coal": ("fuel", "coal"), "f:diesel": ("fuel", "diesel"), "f:electricity": ("fuel", "electricity"),
        "s:heritage": ("status", "heritage locomotive"), "s:mainline": ("status", "main-line locomotive"),
        "h:landmark": ("honour", "Engineering Heritage Landmark"), "h:record": ("honour", "speed record holder"),
        "y:schenectady": ("city", "Schenectady"), "y:montreal": ("city", "Montreal"), "y:doncaster": ("city", "Doncaster"),
        "y:preston": ("city", "Preston"), "y:laGrange": ("city", "La Grange"), "y:philadelphia": ("city", "Philadelphia"),
        "y:newcastle": ("city", "Newcastle"), "y:darlington": ("city", "Darlington"), "y:york": ("city", "York"),
        "y:scranton": ("city", "Scranton"), "y:london": ("city", "London"), "y:omaha": ("city", "Omaha"),
        "y:edinburgh": ("city", "Edinburgh"), "y:willington": ("city", "Willington Quay"),
        "k:usa": ("country", "United States"), "k:canada": ("country", "Canada"), "k:uk": ("country", "United Kingdom"),
    }
    T = [
        ("l:rs3", "built_by", "m:alco"), ("l:rs3", "built_by", "m:mlw"), ("l:flying", "built_by", "m:doncaster"),
        ("l:mallard", "built_by", "m:doncaster"), ("l:big", "built_by", "m:alco"), ("l:gg1", "built_by", "m:baldwin"),
        ("l:deltic", "built_by", "m:ee"), ("l:class55", "built_by", "m:ee"), ("l:sd40", "built_by", "m:emd"),
        ("l:a4", "built_by", "m:doncaster"), ("l:tornado", "built_by", "m:darlington"),
        ("l:rocket", "built_by", "m:stephenson"), ("l:e4", "built_by", "m:doncaster"),
        ("l:rs3", "engine", "e:fourstroke"), ("l:deltic", "engine", "e:napier"), ("l:class55", "engine", "e:napier"),
        ("l:sd40", "engine", "e:twostroke"), ("l:flying", "engine", "e:steam"), ("l:mallard", "engine", "e:steam"),
        ("l:big", "engine", "e:steam"), ("l:rocket", "engine", "e:steam"), ("l:tornado", "engine", "e:steam"),
        ("l:gg1", "engine", "e:electric"), ("l:a4", "engine", "e:steam"), ("l:e4", "engine", "e:steam"),
        ("l:flying", "designed_by", "d:gresley"), ("l:mallard", "designed_by", "d:gresley"),
        ("l:a4", "designed_by", "d:gresley"), ("l:e4", "designed_by", "d:gresley"),
        ("l:rocket", "designed_by", "d:stephenson"), ("l:gg1", "designed_by", "d:dreyfuss"),
        ("l:big", "designed_by", "d:jabelmann"), ("l:deltic", "designed_by", "d:dow"),
        ("l:tornado", "designed_by", "d:dixon"),
        ("l:big", "owned_by", "r:up"), ("l:gg1", "owned_by", "r:prr"), ("l:class55", "owned_by", "r:br"),
        ("l:tornado", "owned_by", "r:a1trust"), ("l:rs3", "owned_by", "r:cn"), ("l:flying", "owned_by", "u:nrm"),
        ("l:mallard", "owned_by", "u:nrm"),
        ("l:mallard", "preserved_at", "u:nrm"), ("l:flying", "preserved_at", "u:nrm"), ("l:big", "preserved_at", "u:steamtown"),
        ("l:rocket", "preserved_at", "u:science"), ("l:deltic", "preserved_at", "u:nrm"),
        ("l:rs3", "fuel", "f:diesel"), ("l:deltic", "fuel", "f:diesel"), ("l:class55", "fuel", "f:diesel"),
        ("l:sd40", "fuel", "f:diesel"), ("l:flying", "fuel", "f:coal"), ("l:mallard", "fuel", "f:coal"),
        ("l:big", "fuel", "f:coal"), ("l:rocket", "fuel", "f:coal"), ("l:tornado", "fuel", "f:coal"),
        ("l:gg1", "fuel", "f:electricity"), ("l:a4", "fuel", "f:coal"), ("l:e4", "fuel", "f:coal"),
        ("l:flying", "status", "s:heritage"), ("l:mallard", "status", "s:heritage"), ("l:rocket", "status", "s:heritage"),
        ("l:tornado", "status", "s:mainline"), ("l:sd40", "status", "s:mainline"),
        ("l:mallard", "recognised", "h:record"), ("l:big", "recognised", "h:landmark"),
        ("l:flying", "recognised", "h:landmark"),
        ("m:alco", "based_in", "y:schenectady"), ("m:mlw", "based_in", "y:montreal"), ("m:doncaster", "based_in", "y:doncaster"),
        ("m:ee", "based_in", "y:preston"), ("m:emd", "based_in", "y:laGrange"), ("m:baldwin", "based_in", "y:philadelphia"),
        ("m:stephenson", "based_in", "y:newcastle"), ("m:darlington", "based_in", "y:darlington"),
        ("u:nrm", "based_in", "y:york"), ("u:steamtown", "based_in", "y:scranton"), ("u:science", "based_in", "y:london"),
        ("r:up", "based_in", "y:omaha"), ("r:prr", "based_in", "y:philadelphia"), ("r:cn", "based_in", "y:montreal"),
        ("d:gresley", "born_in", "y:edinburgh"), ("d:stephenson", "born_in", "y:willington"),
        ("y:schenectady", "place_in", "k:usa"), ("y:montreal", "place_in", "k:canada"), ("y:doncaster", "place_in", "k:uk"),
        ("y:preston", "place_in", "k:uk"), ("y:york", "place_in", "k:uk"), ("y:philadelphia", "place_in", "k:usa"),
        ("y:omaha", "place_in", "k:usa"), ("y:london", "place_in", "k:uk"), ("y:newcastle", "place_in", "k:uk"),
        ("user:gus", "rated", "l:mallard", {"rating": 5.0}), ("user:gus", "rated", "l:big", {"rating": 4.5}),
        ("user:gus", "rated", "l:rs3", {"rating": 2.0}), ("user:gus", "rated", "l:tornado", {"rating": 4.0}),
        ("user:gus", "rated", "l:gg1", {"rating": 1.0}),
    ]
    aliases = {"d:gresley": ("Gresley",), "m:alco": ("ALCO",), "m:mlw": ("MLW",), "d:stephenson": ("Stephenson",)}
    return _build(items, others, rels, T, users=[("user:gus", "Gus")], aliases=aliases)


def kitchen():
    """Dishes and drinks (items with years: the year each was first made), the chef or person who
    created each ("was created by": also "devised", "came up with"), the city or region it
    originated in ("originated in": also "has its roots in", "traces its roots to"), what it
    "contains", the status it "is recognised as", the body that inscribed it ("is inscribed as
    intangible heritage by": also "was inscribed by"), the person it is named after, the cuisine it
    belongs to; chefs who worked at restaurants ("worked at"), restaurants located in cities, cities
    in regions and countries; a user with ratings."""
    dishes = ("dish", "cocktail", "pastry")
    rels = [
        R("created_by", phrase="was created by", inverse_phrase="created", domain=dishes, range=("chef", "person")),
        R("originated_in", phrase="originated in", inverse_phrase="is the birthplace of", domain=dishes,
          range=("city", "region")),
        R("contains", phrase="contains", inverse_phrase="is found in", domain=dishes, range=("ingredient",)),
        R("recognised", phrase="is recognised as", inverse_phrase="is the recognition of", domain=dishes,
          range=("label",)),
        R("inscribed", phrase="is inscribed as intangible heritage by", inverse_phrase="inscribed as heritage",
          domain=dishes, range=("organisation",)),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=dishes,
          range=("person", "chef")),
        R("cuisine", phrase="belongs to", inverse_phrase="includes", domain=dishes, range=("cuisine",)),
        R("worked_at", phrase="worked at", inverse_phrase="employed", domain=("chef",), range=("restaurant",)),
        R("restaurant_in", phrase="is located in", inverse_phrase="is home to", domain=("restaurant",),
          range=("city",)),
        R("place_in", phrase="is in", inverse_phrase="contains the city", domain=("city",), range=("country", "region")),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "x:margherita": ("dish", "Pizza Margherita", 1889), "x:peach": ("dish", "Peach Melba", 1892),
        "x:caesar": ("dish", "Caesar salad", 1924), "x:negroni": ("cocktail", "Negroni", 1919),
        "x:sacher": ("pastry", "Sachertorte", 1832), "x:pavlova": ("pastry", "Pavlova", 1926),
        "x:beef": ("dish", "Beef Wellington", 1903), "x:mojito": ("cocktail", "Mojito", 1910),
        "x:tiramisu": ("pastry", "Tiramisu", 1969), "x:eggs": ("dish", "Eggs Benedict", 1894),
        "x:napoletana": ("dish", "Pizza Napoletana", 1830), "x:suzette": ("pastry", "Crêpes Suzette", 1895),
        "x:toast": ("dish", "Melba toast", 1897),
    }
    others = {
        "c:esposito": ("chef", "Raffaele Esposito"), "c:escoffier": ("chef", "Auguste Escoffier"),
        "c:cardini": ("chef", "Caesar Cardini"), "c:negroni": ("person", "Count Camillo Negroni"),
        "c:sacher": ("chef", "Franz Sacher"), "c:campeol": ("chef", "Roberto Linguanotto"),
        "c:oscar": ("chef", "Oscar Tschirky"), "c:charpentier": ("chef", "Henri Charpentier"),
        "n:margherita": ("person", "Margherita of Savoy"), "n:melba": ("person", "Nellie Melba"),
        "n:pavlova": ("person", "Anna Pavlova"), "n:wellington": ("person", "Duke of Wellington"),
        "n:benedict": ("person", "Lemuel Benedict"), "n:suzette": ("person", "Suzanne Reichenberg"),
        "y:naples": ("city", "Naples"), "y:london": ("city", "London"), "y:tijuana": ("city", "Tijuana"),
        "y:florence": ("city", "Florence"), "y:vienna": ("city", "Vienna"), "y:wellington": ("city", "Wellington"),
        "y:havana": ("city", "Havana"), "y:treviso": ("city", "Treviso"), "y:newyork": ("city", "New York"),
        "y:montecarlo": ("city", "Monte Carlo"), "y:paris": ("city", "Paris"),
        "r:campania": ("region", "Campania"), "r:veneto": ("region", "Veneto"), "r:tuscany": ("region", "Tuscany"),
        "k:italy": ("country", "Italy"), "k:uk": ("country", "United Kingdom"), "k:mexico": ("country", "Mexico"),
        "k:austria": ("country", "Austria"), "k:nz": ("country", "New Zealand"), "k:cuba": ("country", "Cuba"),
        "k:usa": ("country", "United States"), "k:monaco": ("country", "Monaco"), "k:france": ("country", "France"),
        "i:basil": ("ingredient", "basil"), "i:mozzarella": ("ingredient", "mozzarella"), "i:peach": ("ingredient", "peaches"),
        "i:raspberry": ("ingredient", "raspberry sauce"), "i:anchovy": ("ingredient", "anchovies"),
        "i:gin": ("ingredient", "gin"), "i:campari": ("ingredient", "Campari"), "i:apricot": ("ingredient", "apricot jam"),
        "i:meringue": ("ingredient", "meringue"), "i:mint": ("ingredient", "mint"), "i:rum": ("ingredient", "rum"),
        "i:mascarpone": ("ingredient", "mascarpone"), "i:hollandaise": ("ingredient", "hollandaise sauce"),
        "i:oregano": ("ingredient", "oregano"), "i:orange": ("ingredient", "orange liqueur"),
        "i:pastry": ("ingredient", "puff pastry"), "i:duxelles": ("ingredient", "duxelles"),
        "b:tsg": ("label", "Traditional Speciality Guaranteed"), "b:iba": ("label", "IBA official cocktail"),
        "o:unesco": ("organisation", "UNESCO"), "o:eu": ("organisation", "European Union"),
        "q:italian": ("cuisine", "Italian cuisine"), "q:austrian": ("cuisine", "Austrian cuisine"),
        "q:british": ("cuisine", "British cuisine"), "q:mexican": ("cuisine", "Mexican cuisine"),
        "q:cuban": ("cuisine", "Cuban cuisine"), "q:american": ("cuisine", "American cuisine"),
        "q:french": ("cuisine", "French cuisine"), "q:nz": ("cuisine", "New Zealand cuisine"),
        "h:savoy": ("restaurant", "Savoy Hotel"), "h:brandi": ("restaurant", "Pizzeria Brandi"),
        "h:waldorf": ("restaurant", "Waldorf Hotel"), "h:cafe": ("restaurant", "Café de Paris"),
        "h:beccherie": ("restaurant", "Le Beccherie"), "h:hotelsacher": ("restaurant", "Hotel Sacher"),
    }
    T = [
        ("x:margherita", "created_by", "c:esposito"), ("x:toast", "created_by", "c:escoffier"),
        ("x:toast", "named_after", "n:melba"), ("x:toast", "originated_in", "y:london"), ("x:toast", "cuisine", "q:french"), ("x:peach", "created_by", "c:escoffier"),
        ("x:caesar", "created_by", "c:cardini"), ("x:negroni", "created_by", "c:negroni"),
        ("x:sacher", "created_by", "c:sacher"), ("x:tiramisu", "created_by", "c:campeol"),
        ("x:eggs", "created_by", "c:oscar"), ("x:suzette", "created_by", "c:charpentier"),
        ("x:margherita", "originated_in", "y:naples"), ("x:napoletana", "originated_in", "y:naples"),
        ("x:peach", "originated_in", "y:london"), ("x:caesar", "originated_in", "y:tijuana"),
        ("x:negroni", "originated_in", "y:florence"), ("x:sacher", "originated_in", "y:vienna"),
        ("x:pavlova", "originated_in", "y:wellington"), ("x:mojito", "originated_in", "y:havana"),
        ("x:tiramisu", "originated_in", "y:treviso"), ("x:eggs", "originated_in", "y:newyork"),
        ("x:suzette", "originated_in", "y:montecarlo"), ("x:beef", "originated_in", "y:london"),
        ("x:margherita", "contains", "i:basil"), ("x:margherita", "contains", "i:mozzarella"),
        ("x:napoletana", "contains", "i:oregano"), ("x:napoletana", "contains", "i:anchovy"),
        ("x:peach", "contains", "i:peach"), ("x:peach", "contains", "i:raspberry"),
        ("x:caesar", "contains", "i:anchovy"), ("x:negroni", "contains", "i:gin"), ("x:negroni", "contains", "i:campari"),
        ("x:sacher", "contains", "i:apricot"), ("x:pavlova", "contains", "i:meringue"),
        ("x:mojito", "contains", "i:mint"), ("x:mojito", "contains", "i:rum"), ("x:tiramisu", "contains", "i:mascarpone"),
        ("x:eggs", "contains", "i:hollandaise"), ("x:suzette", "contains", "i:orange"),
        ("x:beef", "contains", "i:pastry"), ("x:beef", "contains", "i:duxelles"),
        ("x:margherita", "recognised", "b:tsg"), ("x:napoletana", "recognised", "b:tsg"),
        ("x:negroni", "recognised", "b:iba"), ("x:mojito", "recognised", "b:iba"),
        ("x:napoletana", "inscribed", "o:unesco"),
        ("x:margherita", "named_after", "n:margherita"), ("x:peach", "named_after", "n:melba"),
        ("x:pavlova", "named_after", "n:pavlova"), ("x:beef", "named_after", "n:wellington"),
        ("x:eggs", "named_after", "n:benedict"), ("x:negroni", "named_after", "c:negroni"),
        ("x:caesar", "named_after", "c:cardini"), ("x:suzette", "named_after", "n:suzette"),
        ("x:sacher", "named_after", "c:sacher"),
        ("x:margherita", "cuisine", "q:italian"), ("x:napoletana", "cuisine", "q:italian"),
        ("x:tiramisu", "cuisine", "q:italian"), ("x:negroni", "cuisine", "q:italian"),
        ("x:sacher", "cuisine", "q:austrian"), ("x:beef", "cuisine", "q:british"), ("x:caesar", "cuisine", "q:mexican"),
        ("x:mojito", "cuisine", "q:cuban"), ("x:eggs", "cuisine", "q:american"), ("x:peach", "cuisine", "q:french"),
        ("x:suzette", "cuisine", "q:french"), ("x:pavlova", "cuisine", "q:nz"),
        ("c:esposito", "worked_at", "h:brandi"), ("c:escoffier", "worked_at", "h:savoy"),
        ("c:oscar", "worked_at", "h:waldorf"), ("c:charpentier", "worked_at", "h:cafe"),
        ("c:campeol", "worked_at", "h:beccherie"), ("c:sacher", "worked_at", "h:hotelsacher"),
        ("h:brandi", "restaurant_in", "y:naples"), ("h:savoy", "restaurant_in", "y:london"),
        ("h:waldorf", "restaurant_in", "y:newyork"), ("h:cafe", "restaurant_in", "y:montecarlo"),
        ("h:beccherie", "restaurant_in", "y:treviso"), ("h:hotelsacher", "restaurant_in", "y:vienna"),
        ("y:naples", "place_in", "r:campania"), ("y:treviso", "place_in", "r:veneto"), ("y:florence", "place_in", "r:tuscany"),
        ("r:campania", "place_in", "k:italy"), ("r:veneto", "place_in", "k:italy"), ("r:tuscany", "place_in", "k:italy"),
        ("y:london", "place_in", "k:uk"), ("y:tijuana", "place_in", "k:mexico"), ("y:vienna", "place_in", "k:austria"),
        ("y:wellington", "place_in", "k:nz"), ("y:havana", "place_in", "k:cuba"), ("y:newyork", "place_in", "k:usa"),
        ("y:montecarlo", "place_in", "k:monaco"), ("y:paris", "place_in", "k:france"),
        ("user:hal", "rated", "x:margherita", {"rating": 5.0}), ("user:hal", "rated", "x:negroni", {"rating": 4.5}),
        ("user:hal", "rated", "x:pavlova", {"rating": 2.0}), ("user:hal", "rated", "x:tiramisu", {"rating": 4.0}),
        ("user:hal", "rated", "x:beef", {"rating": 1.5}),
    ]
    aliases = {"c:escoffier": ("Escoffier",), "x:margherita": ("the Margherita",), "c:cardini": ("Cardini",)}
    return _build(items, others, rels, T, users=[("user:hal", "Hal")], aliases=aliases)


BUILDERS = {"concerts": concerts, "gardens": gardens, "railways": railways, "kitchen": kitchen}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@concerts
# (1) a clause-opening subject with a participle phrase or a place and no comma: the next finite
# verb is the subject's (X), not the modifier's object (Y); Y's fact is true, X's false. Adverbs that
# "add no claim" (today, still, himself, also...) between Y and the verb, "premiered in" as the
# modifier, and verbs that look like participles
The Rite of Spring premiered in Paris saw the first performance of Carmen.
The Rite of Spring premiered in Paris today saw the first performance of Carmen.
The Rite of Spring premiered in Paris still saw the first performance of Carmen.
The Rite of Spring premiered in Paris also saw the first performance of Carmen.
The Symphony of a Thousand kept in Vienna today saw the first performance of the Symphony No. 9.
Das Lied von der Erde premiered under Bruno Walter himself conducted the premiere of the Symphony No. 9.
The Rite of Spring with music by Stravinsky himself provided the music for The Firebird.
The Rite of Spring with music by Stravinsky himself was born in Oranienbaum.
The Symphony No. 6 composed by Mahler himself played the piano.
The Symphony No. 6 composed by Mahler today was born in Kaliště.
The Rite of Spring choreographed by Nijinsky himself choreographed Afternoon of a Faun.
The Rite of Spring choreographed by Nijinsky today was born in Kyiv.
Finlandia composed by Sibelius himself played the violin.
The Firebird with music by Stravinsky was choreographed by Nijinsky.
The Rite of Spring with music by Stravinsky choreographed Afternoon of a Faun.
The Rite of Spring choreographed by Nijinsky has music by Claude Debussy.
The Rite of Spring choreographed by Nijinsky was born in Kyiv.
The Firebird choreographed by Michel Fokine features the Faun.
The Symphony No. 6 composed by Mahler composed the Symphony No. 5.
The Symphony No. 6 composed by Mahler also composed the Symphony No. 5.
The Symphony No. 6 composed by Mahler played the piano.
The Symphony No. 6 composed by Mahler was born in Kaliště.
The Symphony No. 6 in A minor calls for an organ.
Das Rheingold in Der Ring des Nibelungen features Brünnhilde.
Tosca in Italian is set in Seville.
Tosca set in Rome saw the first performance of Tosca.
Carmen first performed in Paris saw the first performance of The Rite of Spring.
The Symphony No. 9 composed by Antonín Dvořák is dedicated to Frederick William III.
The Symphony No. 9 composed by Antonín Dvořák premiered in Vienna.
The Symphony No. 9 first performed in Vienna is in E minor.
The Symphony of a Thousand kept in Vienna is the birthplace of Mahler.
Mahler born in Kaliště composed Carmen.
Sibelius born in Hämeenlinna played the piano.
# (2) a possessive before a name that opens with its kind noun: the wrong composer, a possessor
# that composed another work of the name, the possessive against the work's year, key or scoring
Jean Sibelius's Symphony No. 5 premiered in Cologne.
Hector Berlioz's Symphony No. 5 premiered in Paris.
Georges Bizet's Symphony No. 9 premiered in Paris.
Ludwig van Beethoven's Symphony of a Thousand premiered in Munich.
Gustav Mahler's Symphony No. 9 premiered in 1824 in Vienna.
Gustav Mahler's Symphony No. 5 requires a piccolo.
Gustav Mahler's Symphony No. 5 is in C minor.
Richard Wagner's Symphony No. 6 calls for a cowbell.
Antonín Dvořák's Symphony No. 9 premiered in Vienna.
Beethoven's Symphony No. 9 premiered under Bruno Walter.
Pyotr Ilyich Tchaikovsky's Symphony No. 5 is in E-flat major.
Gustav Mahler's Symphony No. 5 and Symphony No. 6 premiered in Cologne.
Gustav Mahler's Symphony No. 5 was premiered under the baton of Robert Kajanus.
Gustav Mahler's Symphony No. 9 in D minor premiered in Vienna.
Bruno Walter's Symphony No. 9 premiered in Vienna.
Alma Mahler's Symphony of a Thousand premiered in Munich.
Vienna's Symphony No. 9 premiered under Bruno Walter.
# (3) "premiered in", "had / received / got its (first public / world) premiere / performance in",
# "was first heard / staged in", a year between, "premiered in X under Y": the year of another work
# of the same name, the city or conductor of another, the wrong year, negations
The Symphony No. 5 premiered in 1915 in Cologne.
The Symphony No. 5 premiered in 1904 in Helsinki.
The Symphony No. 9 premiered in 1893 in Vienna.
The Symphony No. 9 premiered in 1912 in New York.
The Symphony No. 9 premiered in New York under Michael Umlauf.
The Symphony No. 9 premiered in Vienna under Anton Seidl.
The Symphony No. 5 was first performed in Helsinki under Gustav Mahler.
The Symphony No. 5 premiered in Cologne under Jean Sibelius.
Das Lied von der Erde had its first performance in 1912 in Munich.
Das Lied von der Erde was first heard in 1911 in Vienna.
Das Lied von der Erde premiered in Munich in 1912.
Das Lied von der Erde premiered in 1910 in Munich.
Carmen received its first performance in Seville.
Carmen had its premiere in Paris under Bruno Walter.
The Rite of Spring premiered in Paris under Gabriel Pierné.
The Firebird premiered in Paris under Pierre Monteux.
The Firebird had its world premiere in Munich.
The Firebird premiered in 1913 in Paris.
The Rite of Spring premiered in 1910 in Paris.
Tosca premiered under Leopoldo Mugnone in Paris.
Tosca premiered in Rome under Bruno Walter.
Finlandia premiered in 1901 in Helsinki.
Finlandia was first staged in Paris.
Carmen was never first performed in Paris.
Carmen premiered in Paris and Seville.
Carmen received its first public performance in Paris in 1876.
Carmen gets its premiere in Rome.
Carmen and Tosca had their premieres in Paris.
Carmen premiered in Paris under Michel Fokine.
The Firebird premiered under Michel Fokine.
Bruno Walter premiered under Das Lied von der Erde.
Das Lied von der Erde was composed by Mahler under Bruno Walter.
Tosca is set in Rome under Leopoldo Mugnone.
# (4) "is in" a key or a language (and a place, a city, a character's opera), "wrote" for
# "composed" beside "is written in"
Carmen is in Paris.
Carmen is in German.
The Symphony No. 5 is in Cologne.
The Symphony No. 6 is in Germany.
Munich is in German.
Vienna is in D major.
Wotan is in Tosca.
Das Rheingold is in Munich.
The Symphony No. 6 is in A minor and German.
The Symphony No. 9 is in E minor and German.
The Symphony No. 9 is written in E minor and sung in German.
The Symphony No. 5 is sung in C-sharp minor.
Carmen is written in French.
The Symphony No. 5 was written in Cologne.
Mahler wrote Carmen.
Nijinsky wrote The Rite of Spring.
Gustav Mahler wrote the Symphony No. 5 in C minor.
Gustav Mahler wrote the Symphony No. 9 in D minor.
Gustav Mahler wrote the Symphony No. 6 and Tosca.
Mahler wrote Das Lied von der Erde in Latin.
Giacomo Puccini wrote Tosca in French.
Jean Sibelius wrote Finlandia in E-flat major.
Mahler wrote the Symphony No. 6 in Essen.
Mahler composed the Symphony No. 6 in Essen.
The Symphony No. 5 in C minor was composed by Mahler.
The Symphony No. 9 in E minor premiered in Vienna.
Das Lied von der Erde in Latin premiered in Munich.
The Symphony No. 6 in A minor was composed by Jean Sibelius.
Carmen is in Seville.
Tosca is in Italy.
Tosca is in Rome.
# (8) "is scored for" read "calls for, uses, requires, needs, features, includes, makes use of, is
# written for" (beside "features" a character and "includes" a work of a cycle), (11) instruments as
# count nouns
Das Lied von der Erde calls for a harp.
The Symphony No. 6 needs a cowbell, a hammer and an organ.
The Symphony of a Thousand is written for a cowbell.
Ein Heldenleben is written for Prince Lobkowitz.
The Symphony No. 6 features Scarpia.
Tosca features a harp.
Tosca features Scarpia and a harp.
Das Rheingold features an anvil and Brünnhilde.
Das Rheingold includes Die Walküre.
Der Ring des Nibelungen includes a harp.
Der Ring des Nibelungen includes Wotan.
The Rite of Spring includes Nijinsky.
Mahler uses a piano.
Mahler needs a piano.
The Symphony No. 6 uses Mahler.
The Symphony No. 6 uses a cowbell but no harp.
The Symphony No. 6 does not need a harp.
The Symphony No. 6 needs no harp.
The Symphony No. 6 hardly uses a harp.
The Symphony No. 6 calls for a cowbell and an anvil.
The Symphonie fantastique calls for a harp and a celesta.
The Symphony of a Thousand makes use of an organ and a cowbell.
The Symphony No. 6 is written in A minor for an organ.
The Symphony No. 5 is in C minor and calls for a cowbell.
# (9) "originated in" read "has its roots in", "is rooted in", "traces its roots to" (dances)
The mazurka has its roots in Bavaria.
The waltz and the polka have their roots in Bohemia.
The waltz and the polka are rooted in Bohemia.
The polka traces its roots to Bavaria.
Andalusia has its roots in the flamenco.
The polka from Bohemia is in Poland.
The flamenco traces its roots to Spain.
# (6) "There is (a) X in Y" = Y has X, with every reading of "has" (typed ones: a period, a language)
There is a German in Das Lied von der Erde.
There is a Romantic era in the Symphony No. 5.
There is a Classical period in the Symphony No. 5.
There is a Latin in the Symphony of a Thousand.
There is a Scarpia in Carmen.
There is a Wotan in Tosca.
There is a Koschei in The Rite of Spring.
# (10) "went on to": the item after is older than the item before, hidden behind a name of several
# works (no year), a list before or after it, the same work twice; "himself" of the wrong person
Mahler composed the Symphony of a Thousand and went on to compose the Symphony No. 5.
Mahler composed the Symphony No. 9 and went on to compose the Symphony No. 6.
Mahler composed the Symphony No. 6 and went on to compose the Symphony No. 6.
Mahler composed Das Lied von der Erde and went on to compose Das Lied von der Erde.
Sibelius composed the Symphony No. 5 and went on to compose Finlandia.
Beethoven composed the Symphony No. 9 and went on to compose the Symphony No. 5.
The Symphony No. 6 was composed by Mahler, who went on to compose the Symphony No. 5.
Mahler composed the Symphony of a Thousand and went on to compose his Symphony No. 5.
Mahler composed the Symphony No. 6 and went on to compose the Symphony of a Thousand and the Symphony No. 5.
Mahler composed the Symphony of a Thousand and the Symphony No. 5 and went on to compose the Symphony No. 6.
Mahler composed Gustav Mahler's Symphony No. 9 and went on to compose Gustav Mahler's Symphony No. 5.
Mahler composed Das Lied von der Erde and went on to compose the Symphony of a Thousand.
Mahler composed the Symphony No. 6, the Symphony of a Thousand and Das Lied von der Erde and went on to compose the Symphony No. 5.
Wagner composed Die Walküre and went on to compose Das Rheingold.
Wagner composed Die Walküre. He went on to compose Das Rheingold.
Stravinsky provided the music for The Rite of Spring and went on to provide the music for The Firebird.
Nijinsky choreographed The Rite of Spring and went on to choreograph Afternoon of a Faun.
Carmen was composed by Bizet, who went on to compose Tosca.
Tchaikovsky composed the Symphony No. 5 and went on to compose the Symphony No. 9.
Mahler composed the Symphony No. 9 and went on to play the piano.
Mahler composed the Symphony No. 5, and Sibelius went on to compose Finlandia.
Mahler himself conducted the premiere of the Symphony No. 9.
The Symphony No. 9 was premiered under the baton of Mahler himself.
Sibelius himself conducted the premiere of Finlandia.
@concerts user:eva
You loved Jean Sibelius's Symphony No. 5.
You loved Carmen, which premiered in 1875 in Paris.
You loved the Symphony No. 9, which had its premiere in Vienna.
You loved the Symphony of a Thousand, which calls for a cowbell.
You loved The Rite of Spring, which Stravinsky himself choreographed.
@gardens
# (6) "There is / There's (a) X at / in / on Y": the wrong feature, other relations' objects, the
# typed readings of "has" (a period, a style), past and negated frames, a second clause
There is a maze at Kew Gardens.
There is a zoo in Stowe.
There is a Capability Brown at Stowe.
There is a World Heritage Site in Kew.
There is a Crown Estate at Kew.
There is a giant panda at Kew.
There is a London at Kew.
There is no pagoda at Kew.
There is a pagoda at Kew, which is located in Paris.
There is a peacock at Stourhead.
There is an English landscape garden at Blenheim Palace.
There is a Georgian era at Kew.
There is a Victorian era at Kew.
There is a Tudor architecture at Blenheim Palace.
There is a pagoda at Hampton Court Palace.
There is a lake at Stowe; there is a grotto at Stowe.
Stowe has a lake; there is a pagoda at Stowe.
There is a pagoda at Kew Gardens; it is owned by the National Trust.
There is a zoo at Schönbrunn Palace, and there is a zoo at Kew.
There's a grotto at Stowe.
There's an orchid garden at Kew.
There's a rose garden at Keukenhof.
Today there is a pagoda at Butchart Gardens.
There is a Grade I landscape at Stowe.
There is a Thomas Wolsey at Hampton Court Palace.
There is a zoo in Central Park, a World Heritage Site.
There is an English landscape garden at Stowe.
There is a Baroque architecture at Blenheim Palace.
There is a pagoda at Kew Gardens; it is owned by the Crown Estate.
# (5) "is designated a" / "is listed as" read "is a": the wrong item, a status of another relation,
# other kinds of entities, past states and negations, apposition and "with" / "owned by" after it
Stowe is a World Heritage Site.
Butchart Gardens is a World Heritage Site.
Butchart Gardens is a National Historic Landmark.
Central Park is a Grade I landscape.
Keukenhof is a Grade II landscape.
Keukenhof is a World Heritage Site.
The Crown Estate is a World Heritage Site.
London is a World Heritage Site.
The pagoda is a World Heritage Site.
Capability Brown is a World Heritage Site.
Stowe, a World Heritage Site, is owned by the National Trust.
Central Park, a Grade I landscape, is owned by the Central Park Conservancy.
Stowe is a Grade I landscape and a World Heritage Site.
Kew Gardens was formerly a World Heritage Site.
Kew Gardens is no longer a World Heritage Site.
Kew Gardens is not a World Heritage Site.
Kew Gardens is hardly a World Heritage Site.
Kew Gardens was once a World Heritage Site.
Kew Gardens was a World Heritage Site.
Kew Gardens is a World Heritage Site in Paris.
Kew Gardens is a World Heritage Site owned by the National Trust.
Kew Gardens is a World Heritage Site designed by André Le Nôtre.
Kew Gardens is a World Heritage Site with a maze.
Kew Gardens is a World Heritage Site in Vienna.
Blenheim Palace is an English landscape garden.
Stowe and Kew Gardens are World Heritage Sites.
Central Park is designated a World Heritage Site.
Stowe is recognised as a World Heritage Site.
Schönbrunn Palace is a zoo.
Schönbrunn Palace is a World Heritage Site with a zoo, a palm house and a pagoda.
Stowe with a temple is a World Heritage Site.
Schönbrunn Palace, a Grade I landscape, has a zoo, a palm house and a maze.
# (7) "has a A, a B and a C": one wrong member, without "and", with an Oxford comma, a status,
# a period, a style or a person in the row
Stowe has a temple, a grotto.
Stowe has a temple, a lake, a grotto.
Stowe has a temple, a lake and a grotto.
Stowe has a temple, a lake, and a grotto.
Kew Gardens has a pagoda, a palm house and a maze.
Kew Gardens has a pagoda, a maze and a palm house.
Kew Gardens has a maze, a pagoda and a palm house.
Stourhead has a grotto, a temple and a peacock.
Butchart Gardens is home to a peacock and a black swan.
Kew Gardens has a pagoda, a World Heritage Site and a palm house.
Kew Gardens has a pagoda, a Grade I landscape and a palm house.
Kew Gardens has a pagoda, a palm house and a World Heritage Site.
Kew Gardens is a World Heritage Site, a Grade I landscape and a pagoda.
Stowe has a temple, a Georgian era and a lake.
Kew Gardens has a pagoda, a Victorian era and a palm house.
Blenheim Palace has a lake, an English landscape garden and a maze.
Hampton Court Palace has a maze, a rose garden and a Baroque architecture.
The Gardens of Versailles has a fountain, a grotto and a Tudor architecture.
Central Park has a zoo, a carousel and a National Historic Landmark.
Central Park has a zoo, a carousel, and a Frederick Law Olmsted.
Central Park has a zoo, a Calvert Vaux and a lake.
Schönbrunn Palace has a zoo, a giant panda and a pagoda.
# (1) reduced relatives: the modifier false, the verb false of X, adverbs between Y and the verb
Kew Gardens designed by André Le Nôtre has a pagoda.
Kew Gardens designed by William Chambers has a maze.
Hampton Court Palace built by Henry VIII has a maze.
Kew Gardens located in London is owned by Historic Royal Palaces.
Kew Gardens in London is owned by Historic Royal Palaces.
Stowe designed by Capability Brown himself designed Blenheim Palace.
Stowe designed by Capability Brown also designed Blenheim Palace.
Stowe owned by the National Trust still owns Stourhead.
Stowe owned by the National Trust today owns Stourhead.
Stourhead owned by the National Trust currently is based in London.
Stowe owned by the National Trust today is based in London.
Stowe with a grotto is owned by the National Trust.
Central Park designed by Frederick Law Olmsted and Calvert Vaux jointly designed Kew Gardens.
Schönbrunn Palace built by Leopold I himself has a pagoda.
# (10) today / still / currently / jointly / himself / herself / themselves with past states
# (formerly, once, no longer, used to), the wrong person, the wrong co-owner
Kew Gardens is still owned by the National Trust.
Kew Gardens was formerly owned by the Crown Estate.
Kew Gardens is no longer owned by the Crown Estate.
Kew Gardens used to be owned by the Crown Estate.
Kew Gardens, formerly owned by the Crown Estate, has a pagoda.
Kew Gardens was once owned by the National Trust and is today owned by the Crown Estate.
Kew Gardens, once owned by the Crown Estate, is today owned by the National Trust.
Kew Gardens was once owned by the Crown Estate, which today owns Stowe.
Kew Gardens was once owned by the Crown Estate.
Kew Gardens is currently located in Paris.
Currently the National Trust owns Kew Gardens.
Today Stowe is owned by the Crown Estate.
Stowe still has a pagoda.
Stowe today has a lake and a pagoda.
Stowe no longer has a temple.
Stowe used to have a temple.
Stowe formerly had a temple.
Stowe once had a pagoda and still has a lake.
Stowe once had a temple and still has a lake.
Stowe still has a temple, but no longer a lake.
Stowe was designed by William Chambers himself.
Capability Brown himself owns Stowe.
Jennie Butchart herself designed Butchart Gardens.
Jennie Butchart herself owns Kew Gardens.
Frederick Law Olmsted and Calvert Vaux themselves own Central Park.
Frederick Law Olmsted and Calvert Vaux themselves designed Kew Gardens.
Central Park was jointly designed by Frederick Law Olmsted and Capability Brown.
Stowe and Kew Gardens are jointly owned by the National Trust.
Kew Gardens is jointly owned by the Crown Estate and the National Trust.
Hampton Court Palace was built by Henry VIII himself.
Thomas Wolsey himself built Hampton Court Palace and Schönbrunn Palace.
Henry VIII built Hampton Court Palace himself.
Thomas Wolsey built Hampton Court Palace for herself.
Thomas Wolsey built Hampton Court Palace for themselves.
Leopold I built Schönbrunn Palace for himself.
Blenheim Palace is owned by Jennie Butchart herself.
Capability Brown designed Kew Gardens himself, without William Chambers.
Capability Brown jointly designed Stowe.
Stowe and Stourhead are jointly owned by the National Trust.
The National Trust jointly owns Stowe and Stourhead.
Kew Gardens is currently designed by Capability Brown.
Butchart Gardens is owned by Jennie Butchart himself.
Capability Brown designed Blenheim Palace himself.
@gardens user:fay
You loved Kew Gardens, a Grade I landscape with a maze.
You loved Hampton Court Palace built by Henry VIII.
You loved Stowe.
You loved Schönbrunn Palace, where there is a pagoda.
@railways
# (1) reduced relatives: "X built by Y has Z"; adverbs that "add no claim" between Y and the verb
# give the verb back to Y; verbs that look like participles ("built")
The ALCO RS-3 built by Montreal Locomotive Works has a two-stroke engine.
The ALCO RS-3 built by English Electric has a four-stroke engine.
The Class 55 built by English Electric is preserved at the National Railway Museum.
The Tornado designed by Nigel Gresley is owned by the A1 Steam Locomotive Trust.
The Mallard designed by Nigel Gresley designed the Flying Scotsman.
The Mallard built in 1938 by Doncaster Works is based in Doncaster.
The Mallard built by Doncaster Works is based in Doncaster.
The Mallard built by the Doncaster Works is based in Doncaster.
The Mallard preserved at the National Railway Museum is based in York.
The Mallard at the National Railway Museum is based in York.
The Mallard at the National Railway Museum preserves the Flying Scotsman.
The Mallard preserved at the National Railway Museum owns the Flying Scotsman.
The Mallard designed by Gresley was born in Edinburgh.
The Rocket designed by Robert Stephenson was born in Willington Quay.
The Mallard, built by Doncaster Works, is based in Doncaster.
The Mallard at Steamtown is owned by the National Railway Museum.
The Mallard designed by Gresley himself designed the Flying Scotsman.
The Mallard preserved at the National Railway Museum today preserves the Flying Scotsman.
The Mallard preserved at the National Railway Museum still preserves the Flying Scotsman.
The Mallard preserved at the National Railway Museum currently preserves the Flying Scotsman.
The Mallard preserved at the National Railway Museum also preserves the Flying Scotsman.
The Mallard preserved at the National Railway Museum is today based in York.
The Mallard preserved at the National Railway Museum today is based in York.
The Big Boy owned by Union Pacific still is based in Omaha.
The Big Boy owned by Union Pacific today is based in Omaha.
The ALCO RS-3 built by ALCO still built the Big Boy.
The Deltic built by English Electric jointly built the Class 55.
The Rocket designed by Robert Stephenson himself was born in Willington Quay.
The Flying Scotsman built by Doncaster Works built the Mallard.
The Flying Scotsman built by Doncaster Works today built the Mallard.
The Flying Scotsman built by Doncaster Works still built the Mallard.
The Big Boy built by ALCO built the ALCO RS-3.
The Big Boy built by ALCO also built the ALCO RS-3.
The Deltic built by English Electric today is based in Preston.
The Deltic built by English Electric is today based in Preston.
The Rocket built by Robert Stephenson and Company still is based in Newcastle.
The Big Boy built by ALCO currently is based in Schenectady.
The Big Boy built by ALCO currently built the ALCO RS-3.
The Mallard designed by Gresley himself was born in Edinburgh.
The Mallard built by Doncaster Works today owns the Flying Scotsman.
The Tornado owned by the A1 Steam Locomotive Trust jointly built the Mallard.
The Rocket designed by Nigel Gresley himself runs on coal.
# (5) "is classified as" / "is recognised as" read "is a": the wrong locomotive, the other relation's
# status, other entities, past states, apposition and participles after it, rows of statuses
The Tornado is a heritage locomotive.
The Big Boy is a speed record holder.
The Mallard is an Engineering Heritage Landmark.
The Mallard is a main-line locomotive.
The Big Boy is a heritage locomotive.
The Tornado, a heritage locomotive, runs on coal.
The Mallard, an Engineering Heritage Landmark, is preserved at the National Railway Museum.
The National Railway Museum is a heritage locomotive.
Doncaster Works is a heritage locomotive.
Nigel Gresley is a speed record holder.
The Mallard is classified as a speed record holder.
The Big Boy is recognised as a heritage locomotive.
The Mallard was once a heritage locomotive.
The Mallard used to be a heritage locomotive.
The Mallard is no longer a heritage locomotive.
The Mallard was a heritage locomotive.
The Mallard is a heritage locomotive built by English Electric.
The Mallard is a heritage locomotive preserved at Steamtown.
The Mallard is a heritage locomotive with a two-stroke engine.
The Mallard is a steam engine.
The Deltic is a Napier Deltic engine.
The Mallard is a heritage locomotive, a speed record holder and a main-line locomotive.
The Flying Scotsman is a heritage locomotive, an Engineering Heritage Landmark and a speed record holder.
# (6) "There is (a) X in Y": the wrong engine, a fuel, a status, a person, a maker that is no item
There is a four-stroke engine in the Deltic.
There is a two-stroke engine in the Rocket.
There is diesel in the Mallard.
There is an electric motor in the Big Boy.
There is a heritage locomotive in the Mallard.
There is a Nigel Gresley in the Mallard.
There's a Napier Deltic engine in the SD40-2.
There is a steam engine at Doncaster Works.
There is coal in the Mallard.
There is a diesel in the Deltic.
The Deltic has a Napier Deltic engine and a steam engine.
# (10) "went on to" with the wrong order, lists, the same item, across sentences, a relative
# clause before the main clause; today / still / currently / jointly / himself
Nigel Gresley designed the Mallard and went on to design the Flying Scotsman.
Nigel Gresley designed the Mallard. He went on to design the Flying Scotsman.
The Mallard was designed by Nigel Gresley, who went on to design the Flying Scotsman.
The Flying Scotsman was designed by Nigel Gresley, who went on to build the Mallard.
Doncaster Works built the Mallard and went on to build the Flying Scotsman.
Nigel Gresley designed the Mallard and went on to design the Tornado.
Nigel Gresley designed the Mallard and the Flying Scotsman and went on to design the Sir Nigel Gresley.
Nigel Gresley designed the Sir Nigel Gresley and went on to design the Mallard and the Flying Scotsman.
Nigel Gresley designed the Mallard and went on to design the Mallard.
Doncaster Works built the Mallard and the Flying Scotsman and went on to build the Union of South Africa.
Gresley designed the Mallard. The Rocket runs on coal, and Gresley went on to design the Flying Scotsman.
Gresley, who went on to design the Flying Scotsman, designed the Mallard.
English Electric built the Class 55 and went on to build the Deltic.
ALCO built the ALCO RS-3 and went on to build the Big Boy.
Doncaster Works built the Flying Scotsman, which went on to build the Mallard.
Nigel Gresley designed the Union of South Africa and went on to design the Sir Nigel Gresley.
The Tornado was designed by Gresley himself.
Gresley himself designed the Rocket.
The Mallard was once preserved at the Science Museum.
The Mallard, once preserved at the Science Museum, is today preserved at the National Railway Museum.
The Mallard still runs on diesel.
Today Union Pacific owns the GG1.
The Mallard is no longer preserved at the National Railway Museum.
The Mallard is currently owned by Union Pacific.
The ALCO RS-3 was jointly built by ALCO and English Electric.
The Big Boy and the Mallard are jointly owned by Union Pacific.
The Deltic and the Class 55 were jointly built by English Electric.
@railways user:gus
You loved the Mallard built by Doncaster Works is based in Doncaster.
You loved the Mallard designed by Gresley himself was born in Edinburgh.
You loved the Mallard; the Flying Scotsman built by Doncaster Works today built the Sir Nigel Gresley.
You loved the Mallard. The Flying Scotsman built by Doncaster Works today built the Sir Nigel Gresley.
You loved the Tornado, still owned by Union Pacific.
You loved the Big Boy, a heritage locomotive.
You loved the GG1, which has an electric motor.
You loved the Big Boy, built by ALCO, which went on to build the Deltic.
@kitchen
# (9) "create" read "devise", "come up with": the wrong creator, the namesake, a restaurant,
# negations; as the participle of a reduced relative, with adverbs between it and the verb
Escoffier came up with the Caesar salad.
The Caesar salad was devised by Escoffier.
Nellie Melba devised the Peach Melba.
Margherita of Savoy came up with the Pizza Margherita.
Raffaele Esposito came up with the Pizza Napoletana.
Escoffier devised the Savoy Hotel.
Escoffier did not come up with the Peach Melba.
Escoffier never devised Melba toast.
Escoffier came up with the Peach Melba and the Caesar salad.
The Peach Melba devised by Escoffier devised Melba toast.
The Peach Melba devised by Escoffier also devised Melba toast.
The Peach Melba devised by Escoffier worked at the Savoy Hotel.
The Peach Melba created by Escoffier also created Melba toast.
Peach Melba created by Escoffier worked at the Savoy Hotel.
The Peach Melba created by Escoffier himself worked at the Savoy Hotel.
The Peach Melba created by Escoffier still worked at the Savoy Hotel.
The Negroni named after Count Camillo Negroni himself created the Negroni.
The Negroni created by Count Camillo Negroni today gave his name to the Negroni.
The Sachertorte created by Franz Sacher himself worked at Hotel Sacher.
The Sachertorte named after Franz Sacher today worked at Hotel Sacher.
The Caesar salad created by Caesar Cardini himself gave his name to the Caesar salad.
The Peach Melba named after Nellie Melba gave its name to Melba toast.
Tiramisu rooted in Treviso today is home to Le Beccherie.
Pizza Margherita from Naples today is home to Pizzeria Brandi.
Pizza Margherita from Naples also is the birthplace of Pizza Napoletana.
Tiramisu rooted in Treviso is home to Le Beccherie.
Tiramisu rooted in Treviso is located in Veneto.
Pizza Margherita from Naples is in Campania.
The Sachertorte from Vienna is in Austria.
# (9) "originated in" read "has its roots in", "is rooted in", "traces its roots to"
Pizza Margherita has its roots in Florence.
Tiramisu is rooted in Naples.
The Negroni traces its roots to Havana.
The Negroni has its roots in gin.
The Negroni has its roots in Count Camillo Negroni.
The Sachertorte is rooted in French cuisine.
Naples has its roots in the Pizza Margherita.
Florence traces its roots to the Negroni.
Pizza Margherita and Tiramisu have their roots in Naples.
Tiramisu, rooted in Naples, contains mascarpone.
The Negroni no longer has its roots in Florence.
Pizza Margherita has its roots in Campania.
Tiramisu has its roots in Veneto.
The Sachertorte is rooted in Austrian cuisine.
# (9) "is inscribed as intangible heritage by" read "was inscribed by"
The Pizza Margherita was inscribed by UNESCO.
The Pizza Napoletana was inscribed by the European Union.
The Pizza Napoletana, inscribed by the European Union, contains oregano.
The Pizza Napoletana was inscribed as intangible heritage by the European Union.
The Pizza Napoletana inscribed by UNESCO contains basil.
# (5) "is recognised as" read "is a"
The Caesar salad is an IBA official cocktail.
The Tiramisu is a Traditional Speciality Guaranteed.
The Mojito, an IBA official cocktail, contains gin.
The Negroni is an IBA official cocktail from Havana.
The Negroni is an IBA official cocktail with mint.
The Negroni is an IBA official cocktail devised by Escoffier.
The Negroni and the Caesar salad are IBA official cocktails.
# (6) "There is (a) X in / on Y": the wrong ingredient, other relations' objects, a cuisine (a
# typed reading of "has")
There is mint in the Negroni.
There is a Raffaele Esposito in the Pizza Margherita.
There is a French cuisine in the Tiramisu.
There is a Naples in the Pizza Margherita.
There is a UNESCO in the Pizza Napoletana.
There's rum in the Negroni.
There is an IBA official cocktail in the Negroni.
There is an Italian cuisine in the Tiramisu.
There is an Italian cuisine in the Negroni.
# (8) "contains" read "uses"; lists
The Negroni uses gin and rum.
Italian cuisine includes the Mojito.
The Mojito contains mint, rum and gin.
# (10) himself / herself / themselves ("for himself" where the graph has no such fact, the wrong
# person), "went on to" the same item, across sentences, jointly
The Peach Melba is named after Escoffier himself.
Nellie Melba herself created the Peach Melba.
Escoffier once worked at the Waldorf Hotel and today works at the Savoy Hotel.
Escoffier created the Peach Melba for himself.
Escoffier created the Peach Melba for herself.
Count Camillo Negroni created the Negroni for himself.
Peach Melba and Melba toast were created by Escoffier for themselves.
The Pizza Margherita was created by Raffaele Esposito for herself.
Franz Sacher created the Sachertorte for himself.
Raffaele Esposito created the Pizza Margherita and went on to create the Pizza Margherita.
Escoffier created Melba toast and went on to create the Peach Melba.
Escoffier created Melba toast. Caesar Cardini went on to create the Peach Melba.
Raffaele Esposito and Escoffier jointly created the Pizza Margherita.
The Peach Melba was jointly created by Escoffier and Nellie Melba.
The Pizza Margherita was created by Raffaele Esposito, who went on to create the Pizza Napoletana.
The Caesar salad is named after Cardini herself.
The Peach Melba and Melba toast were jointly created by Escoffier.
Escoffier worked at the Savoy Hotel and went on to create the Peach Melba.
Escoffier created the Peach Melba. Caesar Cardini went on to create the Caesar salad.
@kitchen user:hal
You loved the Pavlova.
You loved the Tiramisu, which has its roots in Naples.
You loved the Negroni, an IBA official cocktail devised by Escoffier.
"""

CONTROLS = r"""
@concerts
Gustav Mahler's Symphony of a Thousand was first performed in Munich.
Gustav Mahler's Symphony No. 5 was first performed in Cologne.
Gustav Mahler's Symphony No. 6 calls for a cowbell.
Ludwig van Beethoven's Symphony No. 5 requires a piccolo.
Antonín Dvořák's Symphony No. 9 premiered in New York.
The Symphony No. 5 premiered in 1904 in Cologne.
Finlandia premiered in 1900 in Helsinki.
Finlandia had its first public performance in Helsinki.
Finlandia received its very first performance in Helsinki.
Finlandia was first heard in Helsinki.
The Firebird had its world premiere in Paris.
Carmen got its premiere in Paris.
Tosca premiered in Rome under Leopoldo Mugnone.
Tosca was premiered under Leopoldo Mugnone.
Das Lied von der Erde premiered in Munich in 1911.
Carmen is in French.
The Symphony No. 6 is in A minor.
The Symphony of a Thousand is in E-flat major and Latin.
Mahler wrote the Symphony No. 6.
Das Lied von der Erde calls for a mandolin and a celesta.
The Symphony No. 6 needs a cowbell, a hammer and a celesta.
The Symphonie fantastique is scored for a harp and a cor anglais.
The Symphony of a Thousand makes use of an organ and a mandolin.
The Symphony of a Thousand is written for an organ.
Das Rheingold includes an anvil.
The polka has its roots in Bohemia.
The mazurka has its roots in Poland.
The flamenco traces its roots to Andalusia.
Mahler himself conducted the premiere of the Symphony No. 6.
The Rite of Spring with music by Stravinsky was choreographed by Nijinsky.
The Symphony No. 6 in A minor calls for a cowbell.
Mahler born in Kaliště composed the Symphony No. 6.
Mahler composed the Symphony No. 6 and went on to compose the Symphony No. 9.
Beethoven composed the Symphony No. 5 and went on to compose the Symphony No. 9.
Finlandia was composed by Sibelius, who went on to compose the Symphony No. 5.
There is a Scarpia in Tosca.
The Firebird had its premiere in Paris, which also saw the first performance of Carmen.
The Rite of Spring choreographed by Nijinsky premiered in Paris.
Gustav Mahler wrote the Symphony No. 6 and Das Lied von der Erde.
Das Lied von der Erde had its first performance in 1911 in Munich.
Carmen and The Firebird had their premieres in Paris.
Mahler wrote Das Lied von der Erde in German.
@concerts user:eva
You loved Gustav Mahler's Symphony No. 5.
You loved The Rite of Spring, which premiered in 1913 in Paris.
@gardens
There is a pagoda at Kew.
There's a zoo in Central Park.
There is a maze at Hampton Court Palace.
There is a giant panda at Schönbrunn Palace.
Kew Gardens designed by William Chambers has a pagoda.
Hampton Court Palace built by Thomas Wolsey has a maze.
Kew Gardens located in London is owned by the Crown Estate.
Kew Gardens in London is owned by the Crown Estate.
Stowe with a temple is owned by the National Trust.
Kew Gardens is a World Heritage Site.
Central Park is a National Historic Landmark.
Butchart Gardens is a National Historic Site.
Kew Gardens is a Grade I landscape.
Stowe, a Grade I landscape, is owned by the National Trust.
Kew Gardens, a World Heritage Site, has a pagoda.
Kew Gardens has a pagoda, a palm house and a treetop walkway.
Central Park has a zoo, a carousel and a lake.
The Gardens of Versailles has a fountain, a grotto and an orangery.
Hampton Court Palace has a maze and a rose garden.
Schönbrunn Palace is a World Heritage Site with a zoo, a palm house and a maze.
Kew Gardens is still owned by the Crown Estate.
Today the National Trust owns Stowe.
Stowe still has a temple.
Central Park was jointly designed by Frederick Law Olmsted and Calvert Vaux.
Frederick Law Olmsted and Calvert Vaux themselves designed Central Park.
Jennie Butchart herself owns Butchart Gardens.
Hampton Court Palace was built by Thomas Wolsey himself.
Kew Gardens is still a World Heritage Site.
@gardens user:fay
You loved Hampton Court Palace built by Thomas Wolsey.
@railways
The ALCO RS-3 built by Montreal Locomotive Works has a four-stroke engine.
The Deltic built by English Electric has a Napier Deltic engine.
The Mallard designed by Nigel Gresley is owned by the National Railway Museum.
The Mallard at the National Railway Museum runs on coal.
The Mallard is a heritage locomotive.
The Mallard is classified as a heritage locomotive.
The Big Boy is an Engineering Heritage Landmark.
The Flying Scotsman, an Engineering Heritage Landmark, is preserved at the National Railway Museum.
There is a steam engine in the Mallard.
There's a Napier Deltic engine in the Class 55.
Nigel Gresley designed the Flying Scotsman and went on to design the Mallard.
The Flying Scotsman was designed by Nigel Gresley, who went on to design the Mallard.
Doncaster Works built the Flying Scotsman and went on to build the Mallard.
The Flying Scotsman was built by Doncaster Works, which went on to build the Mallard.
The Mallard was designed by Gresley himself.
The Mallard is still preserved at the National Railway Museum.
Today the Mallard is preserved at the National Railway Museum.
The ALCO RS-3 was jointly built by ALCO and MLW.
The Mallard is a heritage locomotive and a speed record holder.
@railways user:gus
You loved the Tornado, designed by David Dixon himself.
You loved the Big Boy, built by ALCO, which went on to build the ALCO RS-3.
@kitchen
Escoffier devised the Peach Melba.
Escoffier came up with Melba toast.
The Peach Melba was devised by Escoffier.
Count Camillo Negroni came up with the Negroni.
Pizza Margherita has its roots in Naples.
Tiramisu is rooted in Treviso.
The Negroni traces its origins to Florence.
Pizza Margherita and Pizza Napoletana have their roots in Naples.
Tiramisu, rooted in Treviso, contains mascarpone.
The Pizza Napoletana was inscribed by UNESCO.
The Pizza Napoletana, inscribed by UNESCO, contains oregano.
There is basil on the Pizza Margherita.
There is gin in the Negroni.
The Negroni is an IBA official cocktail.
The Mojito, an IBA official cocktail, contains rum.
Caesar Cardini himself created the Caesar salad.
Escoffier created the Peach Melba and went on to create Melba toast.
The Negroni is still an IBA official cocktail.
@kitchen user:hal
You loved the Negroni, which traces its roots to Florence.
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


# False, and accepted by the starting code of this round too (CHANGES.diff reversed): the reduced
# relative left to the older reading, where the finite verb looks like a participle ("built",
# "created", "worked", "saw" after "set in") or "also" stands between Y and the verb; the old
# "X in Y" reading of "composed ... in Essen". Printed apart as KNOWN.
KNOWN = frozenset(
    {
        'The Symphony No. 6 composed by Mahler also composed the Symphony No. 5.',
        'Tosca set in Rome saw the first performance of Tosca.',
        'Carmen first performed in Paris saw the first performance of The Rite of Spring.',
        'Mahler composed the Symphony No. 6 in Essen.',
        'Stowe designed by Capability Brown also designed Blenheim Palace.',
        'The Mallard preserved at the National Railway Museum also preserves the Flying Scotsman.',
        'The Flying Scotsman built by Doncaster Works built the Mallard.',
        'The Big Boy built by ALCO built the ALCO RS-3.',
        'The Big Boy built by ALCO also built the ALCO RS-3.',
        'You loved the Mallard built by Doncaster Works is based in Doncaster.',
        'The Peach Melba created by Escoffier also created Melba toast.',
        'Peach Melba created by Escoffier worked at the Savoy Hotel.',
        'The Peach Melba named after Nellie Melba gave its name to Melba toast.',
        'Pizza Margherita from Naples also is the birthplace of Pizza Napoletana.',
    }
)

# Arguable: printed as OPEN and left out of the count (they stay in TEXTS, under their comment).
OPEN = frozenset(
    {
        # true in the world, or the graph's own fact said loosely: Carmen's words are French, Kew Gardens
        # (in Kew) and Stowe are themselves what "there is" names, Blenheim's park is a landscape garden
        # by Capability Brown, a steam locomotive is a "steam engine", Doncaster Works built steam
        # engines, Count Negroni had the drink made for himself
        'Carmen is written in French.',
        'There is a World Heritage Site in Kew.',
        'There is a Grade I landscape at Stowe.',
        'There is an English landscape garden at Blenheim Palace.',
        'Blenheim Palace has a lake, an English landscape garden and a maze.',
        'The Mallard is a steam engine.',
        'There is a steam engine at Doncaster Works.',
        'Count Camillo Negroni created the Negroni for himself.',
        # a loose possessive (the conductor's, the dedicatee's, the city's work)
        "Bruno Walter's Symphony No. 9 premiered in Vienna.",
        "Alma Mahler's Symphony of a Thousand premiered in Munich.",
        "Vienna's Symphony No. 9 premiered under Bruno Walter.",
        # "wrote X in Essen": "the Symphony No. 6 in Essen" may name the work by its premiere's city
        'Mahler wrote the Symphony No. 6 in Essen.',
        # an opera "is in" the city or country it is set in
        'Carmen is in Seville.',
        'Tosca is in Italy.',
        'Tosca is in Rome.',
        # Andalusia is in Spain (true in the world; the graph has no chain to it)
        'The flamenco traces its roots to Spain.',
        'Pizza Margherita has its roots in Campania.',
        'Tiramisu has its roots in Veneto.',
        # "rooted in" a cuisine: said of a tradition, not a place
        'The Sachertorte is rooted in Austrian cuisine.',
        # "a Latin" is no noun phrase to judge
        'There is a Latin in the Symphony of a Thousand.',
        # "went on to" with nothing dated after it, or said of another person
        'Mahler composed the Symphony No. 9 and went on to play the piano.',
        'Mahler composed the Symphony No. 5, and Sibelius went on to compose Finlandia.',
        'Escoffier worked at the Savoy Hotel and went on to create the Peach Melba.',
        'Escoffier created the Peach Melba. Caesar Cardini went on to create the Caesar salad.',
        # two items of the same year
        'Nigel Gresley designed the Union of South Africa and went on to design the Sir Nigel Gresley.',
        # Stowe is itself an English landscape garden; Blenheim's architecture is Baroque ("a" aside)
        'There is an English landscape garden at Stowe.',
        'There is a Baroque architecture at Blenheim Palace.',
        # "it" may be Kew Gardens (true) or the pagoda (no owner in the graph)
        'There is a pagoda at Kew Gardens; it is owned by the Crown Estate.',
        # the Mallard burns coal; "a diesel" may be the engine
        'There is coal in the Mallard.',
        'There is a diesel in the Deltic.',
        # a simple past of a present state ("was a", "was once owned"): a tense, or a state that ended
        'Kew Gardens was a World Heritage Site.',
        'The Mallard was a heritage locomotive.',
        'Kew Gardens was once owned by the Crown Estate.',
        'Stowe once had a temple and still has a lake.',
        # "jointly" / "himself" with one agent: joint with someone unnamed, or just emphatic
        'Capability Brown jointly designed Stowe.',
        'Stowe and Stourhead are jointly owned by the National Trust.',
        'The National Trust jointly owns Stowe and Stourhead.',
        'The Deltic and the Class 55 were jointly built by English Electric.',
        'The Peach Melba and Melba toast were jointly created by Escoffier.',
        'Capability Brown designed Blenheim Palace himself.',
        # a present "is designed by" said of a past design
        'Kew Gardens is currently designed by Capability Brown.',
        # the reflexive's gender (the graph has none)
        'Butchart Gardens is owned by Jennie Butchart himself.',
        'The Caesar salad is named after Cardini herself.',
        # a dish "is in" the region of its city
        'Pizza Margherita from Naples is in Campania.',
        'The Sachertorte from Vienna is in Austria.',
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
