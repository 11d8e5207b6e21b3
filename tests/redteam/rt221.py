"""Red team round 221: the closing soak of the session's readings (WHOLE_SESSION.diff), together.

Attacked, in texts of one to three sentences ("it", "he", "she", "the latter / the former",
"both", lists, appositions, relative clauses, negation, numbers, user claims): the noun restating
a cue ("within the country of X", a place pair "X, Y"); a relation's noun phrase apposed after the
object ("..., an invention by X", "..., a production by X", "..., a winner of X", "..., a native
of X", "..., a member of X", "..., a doctoral student of X"); a prize "received" / "was awarded"
read "won", "went to", "a winner / recipient of" (nominees, presenters, a museum's trophy);
"has the <noun> type" objects as classes of the item; "studied <skill> with" ("studied with /
under", "taught", "a pupil of", "took lessons from"); "played as" a position (past only); a
footballer who "managed" a club "coached" it (past only; a manager's own "was the manager of");
expedition members "took part in / joined / were on" it (the organiser, an academy's members);
"he" / "she" over born items (racehorses), models and pop stars; "the sculptor behind" (the
fabricator, the commissioner); "worked in (the field of)" read "worked on", "did research in",
"researched", "specialised in"; "wrote his / her doctorate under", "supervised" (plain students,
examiners, collaborators); "a native of" a birthplace (horses too); the additive "also" over a
list; "The leader of X is called Y", "X's currency is called Y"; WebNLG places typed country /
city / state by their predicates.

Graphs (see each builder's docstring): "screen" (films, actors, models, a pop star; awards
received and nominated, presented; "studied acting with"; "was inspired by"), "opera" (singers
"have the voice type", two "switched from" a voice; operas "have the lead voice type"; a choir
"has the voice type" treble; "studied singing with", "sang under"; awards, a museum's trophy),
"academy" (scientists "worked in the field of" fields, "worked at" universities, "worked in"
cities; doctoral students, plain students, examiners, collaborators; prizes and medals as items
that "have the recipient type"; an expedition's members and organiser, academies), "turf"
(racehorses born in countries; footballers who "played as", "were switched from" a position,
"played for" and "managed" clubs; a manager; jockeys "studied riding with" jockeys), "works"
(inventions, cars and sculptures; rivals; "the sculptor behind"; factories within towns,
counties and countries; bankers who "worked in" bank branches; a bicycle that "has the user
type" cyclist), "webnlg" (kgexplain.evaluation.webnlg.webnlg_entry_graphs over one entry of our
own: countries, cities, a state, leaders, currencies, a city-state, Singapore, typed "locality").

Findings: 54 of 742 false texts accepted, all new with the session (the code with
WHOLE_SESSION.diff reversed, scratch/code_before/, accepts none of the 54; it accepts 16 others
that the session fixed). Controls: 80 of 82 accepted. KNOWN: 4 (accepted before the session too).
OPEN: 11 (9 accepted).
* "has the <noun> type" read as a class of any item whose objects are person nouns (35): the new
  class_types (index.py, _typing_phrase + _person_nouns) takes a relation's tails as classes of
  its subject wherever the labels are person nouns, whatever the subject is: an opera that "has the
  lead voice type" tenor "is a tenor" ("The opera Otello is a tenor", "Cavalleria rusticana is a
  tenor", "La Boheme is a soprano", "Cosi fan tutte was a soprano", "Orfeo ed Euridice is a
  contralto"), in every construction (appositions after the object and before the verb, "which is
  a", "It is a" in the next sentence, "(1890)", "an 1896 opera", "the latter / the former", "a
  tenor composed by"); a choir that "has the voice type" treble "is a treble"; a prize that "has
  the recipient type" mathematician "is a mathematician" ("The Fields Medal is a mathematician",
  "The Nobel Prize in Physics is a physicist", "Maryam Mirzakhani won the Fields Medal, a
  mathematician", "The Nobel Prize in Chemistry, a chemist, went to Otto Hahn"); a bicycle that
  "has the user type" cyclist "is a cyclist" ("The Brompton bicycle is a cyclist", "Andrew
  Ritchie invented the Brompton bicycle, a cyclist", "... It is a cyclist", "The latter is a
  cyclist"). The phrase says what the object is a type of, not that the subject is one; only
  where the subject is the one who has the voice (a singer) is the object its class.
* a voice or a position one "switched from" read as what one is (12): class_types is a set of
  tail *types* ("voice", "position"), so every other copular relation into the same type becomes
  a class too (index.py, ``classing``): a tenor who "switched from" baritone "is a baritone"
  ("Lauritz Melchior is a baritone", "Carlo Bergonzi is a baritone", "... is a baritone born in
  Copenhagen", "Lauritz Melchior and Dietrich Fischer-Dieskau are baritones", "Carlo Bergonzi was
  born in Vidalenzo. He is a baritone", "Lauritz Melchior, who is a baritone, ...", "Lauritz
  Melchior and Carlo Bergonzi switched from baritone. Both are baritones"); a winger who "was
  switched from" left-back "is a left-back" ("Gareth Bale is a left-back", "Jamie Carragher is a
  midfielder", "... who played for Southampton", "... He is a left-back"), where his own "played
  as" is read in the past only ("Gareth Bale is a winger": rejected). The positions' class type
  is new with the session's "played as" (no article) occupation; the voices' with "has the voice
  type".
* "worked in" a bank branch read as research (7): the new field forms (lexicon.py, "worked in"
  with objects of _RESEARCH_FIELDS) take "branch" (and "area", "subject") for a field: bankers who
  "worked in" the Singapore branch "did research in" it, "researched" it, "specialised in" it
  ("Nick Leeson did research in the Singapore branch", "Nick Leeson researched the Singapore
  branch", "Nick Leeson specialised in the Singapore branch", "Peter Baring did research in the
  Bishopsgate branch", with a list, a relative clause and "it").
KNOWN (accepted before the session too): "she" read as the subject James Cameron ("James Cameron
was married to Linda Hamilton. She was born in Kapuskasing"); "the county of" before a country
where "is part of" ranges over both ("Linwood is within the county of Scotland"); "the tenor
Cavalleria rusticana" (the lead voice as the opera's modifier); a region in "the country of
Lazio, Italy" (the session's new pair check would reject it, but the city-state Singapore, a
"city served" and a "country" object, is typed "locality", so "locality" is among the country
relation's tail types and every locality passes: without the Singapore triples the session's
code rejects the text).
Held: every prize attack (nominees, presenters, a museum's trophy, the wrong award, lists with
one wrong, "so did", "too", "the latter / the former", "both", years, negation, appositions after
people and items, user claims); the additive "also" with a wrong list member, a wrong prior fact,
"it", "the film", a relative clause; the object's apposition (production, film, year, star,
rival, invention, design) after items, in relative clauses, after "it", in user claims;
"studied acting / singing with" (conductor, husband, direction, other skill, present, lists,
"so did", "he also taught"); "played as" present and wrong positions; "coached" of clubs played
for, the manager's "was the manager of", direction, present, lists; expedition organiser and
academies; "he" / "she" over horses, owners, models; "the sculptor behind" (fabricator,
commissioner, direction, lists, "one of", years, the engineer, the inventor); the research forms
of fields, cities and universities; doctoral advisors (plain teacher, examiner, collaborator,
direction, lists, "the PhD of", "so did", "who", "the latter"); "a native of" a place of death or
another country, of horses too; "within the country / county / town of" with place pairs; every
"is called" attack (wrong leader, currency, capital, anthem, chairman, lists, "its", negation);
WebNLG place kinds ("the state of Italy", "the country of Texas", "the city of Lazio", pairs).
Controls rejected (2): "Paul Carberry taught Ruby Walsh" and "Ruby Walsh studied with Paul
Carberry" (a jockey who "studied riding with" another: "jockey" is no person type the skill
reading accepts, so neither "taught" nor "studied with" is read).

Closed in the same session: the objects of "has the <noun> type" are classes only where every
subject is a person too (no opera, choir, prize or bicycle); a class noun by its type reads only
the relations that state a class (not one that "switched from" a voice or a position of the same
type); research fields are fields and disciplines only (no bank branch); "actor" is no man's type
for "she" (the KNOWN "She was born in Kapuskasing" is rejected too). Then: accepted 0 of 742.
"""
import os
import sys

if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items, others, rels, triples):
    ents = [E(k, kind="item", type=t, label=n, attrs={"year": y} if y is not None else {}) for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n) for k, (t, n) in others.items()]
    if any(t[0] == "user:ana" for t in triples):
        ents.append(E("user:ana", kind="user", type="user", label="Ana"))
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def _t(rel, pairs):
    return [(h, rel, t) for h, t in pairs]


RATED = R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), cues=("loved", "liked", "enjoyed", "rated"))


def screen():
    """Films (items, dated by release). Films "star" actors and actresses (the additive "also stars
    A and B"), fashion models and pop stars "appear in" films (a cameo: a near miss of "stars"),
    films "were directed by" directors and "were produced by" producers (the maker's noun "a
    production by"), films "received" awards (the new "won", "went to", "a winner of") and "were
    nominated for" others (a near miss), actors "were awarded" awards (the second received-form)
    and "presented" others (a near miss of "went to"), films "were inspired by" other films (the
    object's apposition), actors "studied acting with" teachers (the skill reading), "were born
    in" cities ("a native of"), "were married to" others (models, pop stars, directors: "she" may
    name a model or a pop star). Ana rated some."""
    rels = [
        R("stars", phrase="stars", inverse_phrase="stars in", domain=("film",), range=("actor",)),
        R("cameo", phrase="appears in", inverse_phrase="features", domain=("fashion_model", "male_model", "pop_star"), range=("film",)),
        R("directed", phrase="was directed by", inverse_phrase="directed", domain=("film",), range=("director",)),
        R("produced", phrase="was produced by", inverse_phrase="produced", domain=("film",), range=("producer",)),
        R("received", phrase="received", inverse_phrase="was received by", domain=("film",), range=("award",)),
        R("nominated", phrase="was nominated for", inverse_phrase="was a nomination of", domain=("film",), range=("award",)),
        R("awarded", phrase="was awarded", inverse_phrase="was awarded to", domain=("actor",), range=("award",)),
        R("presented", phrase="presented", inverse_phrase="was presented by", domain=("actor",), range=("award",)),
        R("inspired", phrase="was inspired by", inverse_phrase="inspired", domain=("film",), range=("film",)),
        R("acting", phrase="studied acting with", inverse_phrase="taught acting to", domain=("actor",),
          range=("teacher",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of",
          domain=("actor", "director", "fashion_model", "male_model", "pop_star"), range=("city",)),
        R("married", phrase="was married to", inverse_phrase="was married to",
          domain=("actor", "director", "pop_star"), range=("actor", "director", "fashion_model")),
        RATED,
    ]
    items = {"f:titanic": ("film", "Titanic", 1997), "f:avatar": ("film", "Avatar", 2009),
             "f:terminator": ("film", "The Terminator", 1984), "f:aliens": ("film", "Aliens", 1986),
             "f:roman": ("film", "Roman Holiday", 1953), "f:sabrina": ("film", "Sabrina", 1954),
             "f:tiffany": ("film", "Breakfast at Tiffany's", 1961), "f:gilda": ("film", "Gilda", 1946),
             "f:shanghai": ("film", "The Lady from Shanghai", 1947), "f:notting": ("film", "Notting Hill", 1999),
             "f:weddings": ("film", "Four Weddings and a Funeral", 1994), "f:zoolander": ("film", "Zoolander", 2001),
             "f:labyrinth": ("film", "Labyrinth", 1986)}
    others = {"a:winslet": ("actor", "Kate Winslet"), "a:dicaprio": ("actor", "Leonardo DiCaprio"),
              "a:worthington": ("actor", "Sam Worthington"), "a:saldana": ("actor", "Zoe Saldana"),
              "a:schwarzenegger": ("actor", "Arnold Schwarzenegger"), "a:hamilton": ("actor", "Linda Hamilton"),
              "a:weaver": ("actor", "Sigourney Weaver"), "a:biehn": ("actor", "Michael Biehn"),
              "a:hepburn": ("actor", "Audrey Hepburn"), "a:peck": ("actor", "Gregory Peck"),
              "a:bogart": ("actor", "Humphrey Bogart"), "a:holden": ("actor", "William Holden"),
              "a:peppard": ("actor", "George Peppard"), "a:hayworth": ("actor", "Rita Hayworth"),
              "a:ford": ("actor", "Glenn Ford"), "a:welles": ("director", "Orson Welles"),
              "a:grant": ("actor", "Hugh Grant"), "a:roberts": ("actor", "Julia Roberts"),
              "a:macdowell": ("actor", "Andie MacDowell"), "a:stiller": ("actor", "Ben Stiller"),
              "a:wilson": ("actor", "Owen Wilson"), "a:connelly": ("actor", "Jennifer Connelly"),
              "m:campbell": ("fashion_model", "Naomi Campbell"), "m:iman": ("fashion_model", "Iman"),
              "m:beckford": ("male_model", "Tyson Beckford"), "p:bowie": ("pop_star", "David Bowie"),
              "d:cameron": ("director", "James Cameron"), "d:wyler": ("director", "William Wyler"),
              "d:wilder": ("director", "Billy Wilder"), "d:edwards": ("director", "Blake Edwards"),
              "d:vidor": ("director", "Charles Vidor"), "d:michell": ("director", "Roger Michell"),
              "d:newell": ("director", "Mike Newell"), "d:henson": ("director", "Jim Henson"),
              "d:ferrer": ("director", "Mel Ferrer"),
              "r:landau": ("producer", "Jon Landau"), "r:hurd": ("producer", "Gale Anne Hurd"),
              "r:kenworthy": ("producer", "Duncan Kenworthy"), "r:lucas": ("producer", "George Lucas"),
              "w:picture": ("award", "the Academy Award for Best Picture"),
              "w:effects": ("award", "the Academy Award for Best Visual Effects"),
              "w:actress": ("award", "the Academy Award for Best Actress"),
              "w:actor": ("award", "the Academy Award for Best Actor"),
              "w:bafta": ("award", "the BAFTA Award for Best Film"),
              "w:globe": ("award", "the Golden Globe Award for Best Actor"),
              "t:aylmer": ("teacher", "Felix Aylmer"), "t:meisner": ("teacher", "Sanford Meisner"),
              "t:adler": ("teacher", "Stella Adler"),
              "c:reading": ("city", "Reading"), "c:losangeles": ("city", "Los Angeles"), "c:perth": ("city", "Perth"),
              "c:passaic": ("city", "Passaic"), "c:thal": ("city", "Thal"), "c:salem": ("city", "Salem"),
              "c:manhattan": ("city", "Manhattan"), "c:brussels": ("city", "Brussels"), "c:lajolla": ("city", "La Jolla"),
              "c:newyork": ("city", "New York"), "c:orange": ("city", "South Orange"), "c:detroit": ("city", "Detroit"),
              "c:brooklyn": ("city", "Brooklyn"), "c:quebec": ("city", "Sainte-Christine-d'Auvergne"),
              "c:kenosha": ("city", "Kenosha"), "c:london": ("city", "London"), "c:smyrna": ("city", "Smyrna"),
              "c:gaffney": ("city", "Gaffney"), "c:dallas": ("city", "Dallas"), "c:kapuskasing": ("city", "Kapuskasing"),
              "c:mogadishu": ("city", "Mogadishu"), "c:streatham": ("city", "Streatham"), "c:brixton": ("city", "Brixton"),
              "c:laredo": ("city", "Laredo"), "c:rochester": ("city", "Rochester")}
    T = _t("stars", [("f:titanic", "a:winslet"), ("f:titanic", "a:dicaprio"), ("f:avatar", "a:worthington"),
                     ("f:avatar", "a:saldana"), ("f:avatar", "a:weaver"), ("f:terminator", "a:schwarzenegger"),
                     ("f:terminator", "a:hamilton"), ("f:terminator", "a:biehn"), ("f:aliens", "a:weaver"),
                     ("f:aliens", "a:biehn"), ("f:roman", "a:hepburn"), ("f:roman", "a:peck"), ("f:sabrina", "a:hepburn"),
                     ("f:sabrina", "a:bogart"), ("f:sabrina", "a:holden"), ("f:tiffany", "a:hepburn"),
                     ("f:tiffany", "a:peppard"), ("f:gilda", "a:hayworth"), ("f:gilda", "a:ford"),
                     ("f:shanghai", "a:hayworth"), ("f:notting", "a:grant"), ("f:notting", "a:roberts"),
                     ("f:weddings", "a:grant"), ("f:weddings", "a:macdowell"), ("f:zoolander", "a:stiller"),
                     ("f:zoolander", "a:wilson"), ("f:labyrinth", "a:connelly")])
    T += _t("cameo", [("m:campbell", "f:zoolander"), ("m:beckford", "f:zoolander"), ("p:bowie", "f:zoolander"),
                      ("p:bowie", "f:labyrinth")])
    T += _t("directed", [("f:titanic", "d:cameron"), ("f:avatar", "d:cameron"), ("f:terminator", "d:cameron"),
                         ("f:aliens", "d:cameron"), ("f:roman", "d:wyler"), ("f:sabrina", "d:wilder"),
                         ("f:tiffany", "d:edwards"), ("f:gilda", "d:vidor"), ("f:shanghai", "a:welles"),
                         ("f:notting", "d:michell"), ("f:weddings", "d:newell"), ("f:zoolander", "a:stiller"),
                         ("f:labyrinth", "d:henson")])
    T += _t("produced", [("f:titanic", "r:landau"), ("f:avatar", "r:landau"), ("f:terminator", "r:hurd"),
                         ("f:aliens", "r:hurd"), ("f:notting", "r:kenworthy"), ("f:weddings", "r:kenworthy"),
                         ("f:labyrinth", "r:lucas"), ("f:roman", "d:wyler"), ("f:sabrina", "d:wilder")])
    T += _t("received", [("f:titanic", "w:picture"), ("f:titanic", "w:effects"), ("f:avatar", "w:effects"),
                         ("f:aliens", "w:effects"), ("f:weddings", "w:bafta")])
    T += _t("nominated", [("f:avatar", "w:picture"), ("f:roman", "w:picture"), ("f:notting", "w:bafta"),
                          ("f:weddings", "w:picture"), ("f:terminator", "w:effects")])
    T += _t("awarded", [("a:winslet", "w:actress"), ("a:hepburn", "w:actress"), ("a:bogart", "w:actor"),
                        ("a:holden", "w:actor"), ("a:dicaprio", "w:actor"), ("a:peck", "w:actor"),
                        ("a:grant", "w:globe"), ("a:connelly", "w:actress")])
    T += _t("presented", [("a:roberts", "w:actor"), ("a:weaver", "w:effects"), ("a:schwarzenegger", "w:effects"),
                          ("a:hamilton", "w:actress")])
    T += _t("inspired", [("f:avatar", "f:aliens"), ("f:notting", "f:roman"), ("f:zoolander", "f:tiffany")])
    T += _t("acting", [("a:hepburn", "t:aylmer"), ("a:peck", "t:meisner"), ("a:weaver", "t:adler"),
                       ("a:roberts", "t:adler")])
    T += _t("born", [("a:winslet", "c:reading"), ("a:dicaprio", "c:losangeles"), ("a:worthington", "c:perth"),
                     ("a:saldana", "c:passaic"), ("a:schwarzenegger", "c:thal"), ("a:hamilton", "c:salem"),
                     ("a:weaver", "c:manhattan"), ("a:hepburn", "c:brussels"), ("a:peck", "c:lajolla"),
                     ("a:bogart", "c:newyork"), ("a:holden", "c:orange"), ("a:peppard", "c:detroit"),
                     ("a:hayworth", "c:brooklyn"), ("a:ford", "c:quebec"), ("a:welles", "c:kenosha"),
                     ("a:grant", "c:london"), ("a:roberts", "c:smyrna"), ("a:macdowell", "c:gaffney"),
                     ("a:stiller", "c:newyork"), ("a:wilson", "c:dallas"), ("d:cameron", "c:kapuskasing"),
                     ("m:iman", "c:mogadishu"), ("m:beckford", "c:rochester"), ("m:campbell", "c:streatham"), ("p:bowie", "c:brixton"),
                     ("a:biehn", "c:laredo")])
    T += _t("married", [("a:hayworth", "a:welles"), ("a:hepburn", "d:ferrer"), ("p:bowie", "m:iman"),
                        ("d:cameron", "a:hamilton")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("f:titanic", 5.0), ("f:roman", 4.5), ("f:zoolander", 2.0))]
    return _build(items, others, rels, T)


def opera():
    """Singers (items, dated by birth) "have the voice type" soprano, mezzo-soprano, tenor ... (type
    "voice": the class reading, "X was a soprano"); operas "have the lead voice type" one too (a
    near miss: no opera is a tenor); singers "studied singing with" teachers (the skill reading:
    "studied with / under", "taught"), "sang under" conductors (a near miss of "studied under"),
    "were married to" conductors, a businessman, a soprano, "received" awards (the new "won") and
    "were nominated for" others, "were born in" cities ("a native of"), "died in" cities, "sang the
    title role in" operas; operas "were composed by" composers; a museum "received" a singer's
    trophy (a keeper: never "won"). Ana rated some."""
    rels = [
        R("voice", phrase="has the voice type", inverse_phrase="is the voice type of", domain=("singer", "choir"), range=("voice",)),
        R("switched", phrase="switched from", inverse_phrase="was the first voice of", domain=("singer",), range=("voice",)),
        R("leadvoice", phrase="has the lead voice type", inverse_phrase="is the lead voice type of", domain=("opera",),
          range=("voice",)),
        R("studied", phrase="studied singing with", inverse_phrase="taught singing to", domain=("singer",),
          range=("teacher", "singer")),
        R("under", phrase="sang under", inverse_phrase="conducted", domain=("singer",), range=("conductor",)),
        R("married", phrase="was married to", inverse_phrase="was married to", domain=("singer",),
          range=("conductor", "businessman", "singer")),
        R("received", phrase="received", inverse_phrase="was received by", domain=("singer",), range=("award",)),
        R("nominated", phrase="was nominated for", inverse_phrase="was a nomination of", domain=("singer",), range=("award",)),
        R("museum", phrase="received", inverse_phrase="was given to", domain=("museum",), range=("trophy",)),
        R("trophy", phrase="won", inverse_phrase="was won by", domain=("singer",), range=("trophy",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("singer", "teacher", "conductor"),
          range=("city",)),
        R("died", phrase="died in", inverse_phrase="is the place of death of", domain=("singer",), range=("city",)),
        R("role", phrase="sang the title role in", inverse_phrase="had its title role sung by", domain=("singer",),
          range=("opera",)),
        R("composed", phrase="was composed by", inverse_phrase="composed", domain=("opera",), range=("composer",)),
        R("sangin", phrase="sang in", inverse_phrase="featured", domain=("singer",), range=("opera",)),
        RATED,
    ]
    items = {"s:callas": ("singer", "Maria Callas", 1923), "s:tebaldi": ("singer", "Renata Tebaldi", 1922),
             "s:pavarotti": ("singer", "Luciano Pavarotti", 1935), "s:domingo": ("singer", "Placido Domingo", 1941),
             "s:sutherland": ("singer", "Joan Sutherland", 1926), "s:horne": ("singer", "Marilyn Horne", 1934),
             "s:bartoli": ("singer", "Cecilia Bartoli", 1966), "s:fd": ("singer", "Dietrich Fischer-Dieskau", 1925),
             "s:terfel": ("singer", "Bryn Terfel", 1965), "s:ferrier": ("singer", "Kathleen Ferrier", 1912),
             "s:lehmann": ("singer", "Lotte Lehmann", 1888),
             "s:melchior": ("singer", "Lauritz Melchior", 1890), "s:bergonzi": ("singer", "Carlo Bergonzi", 1924), "s:ornelas": ("singer", "Marta Ornelas", 1946),
             "o:tosca": ("opera", "Tosca", 1900), "o:norma": ("opera", "Norma", 1831), "o:otello": ("opera", "Otello", 1887),
             "o:carmen": ("opera", "Carmen", 1875), "o:lucia": ("opera", "Lucia di Lammermoor", 1835),
             "o:orfeo": ("opera", "Orfeo ed Euridice", 1762), "o:boheme": ("opera", "La Boheme", 1896),
             "o:trovatore": ("opera", "Cavalleria rusticana", 1890), "h:vienna": ("choir", "the Vienna Boys' Choir", 1498), "o:cosi": ("opera", "Cosi fan tutte", 1790)}
    others = {"v:soprano": ("voice", "soprano"), "v:mezzo": ("voice", "mezzo-soprano"), "v:tenor": ("voice", "tenor"),
              "v:baritone": ("voice", "baritone"), "v:bassbar": ("voice", "bass-baritone"), "v:contralto": ("voice", "contralto"), "v:treble": ("voice", "treble"),
              "t:hidalgo": ("teacher", "Elvira de Hidalgo"), "t:pola": ("teacher", "Arrigo Pola"),
              "t:campo": ("teacher", "Ettore Campogalliani"), "t:melis": ("teacher", "Carmen Melis"),
              "t:carey": ("teacher", "Clive Carey"), "t:bazzoni": ("teacher", "Silvana Bazzoni"),
              "t:weissenborn": ("teacher", "Hermann Weissenborn"), "t:henderson": ("teacher", "Roy Henderson"),
              "k:serafin": ("conductor", "Tullio Serafin"), "k:bonynge": ("conductor", "Richard Bonynge"),
              "k:karajan": ("conductor", "Herbert von Karajan"), "k:toscanini": ("conductor", "Arturo Toscanini"),
              "k:levine": ("conductor", "James Levine"), "b:meneghini": ("businessman", "Giovanni Battista Meneghini"),
              "a:kennedy": ("award", "the Kennedy Center Honors"), "a:grammy": ("award", "the Grammy Lifetime Achievement Award"),
              "a:medal": ("award", "the National Medal of Arts"), "a:gramophone": ("award", "the Gramophone Hall of Fame award"),
              "y:cup": ("trophy", "the Cardiff Singer of the World trophy"),
              "u:scala": ("museum", "the Museo Teatrale alla Scala"),
              "c:newyork": ("city", "New York"), "c:pesaro": ("city", "Pesaro"), "c:modena": ("city", "Modena"),
              "c:madrid": ("city", "Madrid"), "c:sydney": ("city", "Sydney"), "c:bradford": ("city", "Bradford"),
              "c:rome": ("city", "Rome"), "c:berlin": ("city", "Berlin"), "c:pantglas": ("city", "Pant Glas"),
              "c:higherwalton": ("city", "Higher Walton"), "c:perleberg": ("city", "Perleberg"), "c:paris": ("city", "Paris"),
              "c:veracruz": ("city", "Veracruz"), "c:santabarbara": ("city", "Santa Barbara"), "c:london": ("city", "London"),
              "c:montreux": ("city", "Montreux"), "c:lahabana": ("city", "Valmorea"), "c:parma": ("city", "Parma"),
              "c:verona": ("city", "Verona"), "c:copenhagen": ("city", "Copenhagen"),
              "c:vidalenzo": ("city", "Vidalenzo"), "c:salzburg": ("city", "Salzburg"),
              "m:puccini": ("composer", "Giacomo Puccini"), "m:bellini": ("composer", "Vincenzo Bellini"),
              "m:verdi": ("composer", "Giuseppe Verdi"), "m:bizet": ("composer", "Georges Bizet"),
              "m:donizetti": ("composer", "Gaetano Donizetti"), "m:gluck": ("composer", "Christoph Willibald Gluck"),
              "m:mozart": ("composer", "Wolfgang Amadeus Mozart"), "m:mascagni": ("composer", "Pietro Mascagni")}
    T = _t("voice", [("s:callas", "v:soprano"), ("s:tebaldi", "v:soprano"), ("s:sutherland", "v:soprano"),
                     ("s:lehmann", "v:soprano"), ("s:ornelas", "v:soprano"), ("s:pavarotti", "v:tenor"),
                     ("s:domingo", "v:tenor"), ("s:horne", "v:mezzo"), ("s:bartoli", "v:mezzo"), ("s:fd", "v:baritone"),
                     ("s:terfel", "v:bassbar"), ("s:ferrier", "v:contralto"), ("h:vienna", "v:treble"),
                     ("s:melchior", "v:tenor"), ("s:bergonzi", "v:tenor")])
    T += _t("switched", [("s:melchior", "v:baritone"), ("s:bergonzi", "v:baritone")])
    T += _t("leadvoice", [("o:tosca", "v:soprano"), ("o:norma", "v:soprano"), ("o:otello", "v:tenor"),
                          ("o:carmen", "v:mezzo"), ("o:lucia", "v:soprano"), ("o:orfeo", "v:contralto"),
                          ("o:boheme", "v:soprano"), ("o:trovatore", "v:tenor"), ("o:cosi", "v:soprano")])
    T += _t("studied", [("s:callas", "t:hidalgo"), ("s:pavarotti", "t:pola"), ("s:pavarotti", "t:campo"),
                        ("s:tebaldi", "t:melis"), ("s:sutherland", "t:carey"), ("s:bartoli", "t:bazzoni"),
                        ("s:fd", "t:weissenborn"), ("s:ferrier", "t:henderson"), ("s:horne", "s:lehmann")])
    T += _t("under", [("s:callas", "k:serafin"), ("s:tebaldi", "k:toscanini"), ("s:sutherland", "k:bonynge"),
                      ("s:pavarotti", "k:karajan"), ("s:domingo", "k:levine"), ("s:ferrier", "k:karajan")])
    T += _t("married", [("s:callas", "b:meneghini"), ("s:sutherland", "k:bonynge"), ("s:domingo", "s:ornelas")])
    T += _t("received", [("s:callas", "a:gramophone"), ("s:sutherland", "a:kennedy"), ("s:pavarotti", "a:kennedy"),
                         ("s:pavarotti", "a:grammy"), ("s:domingo", "a:kennedy"), ("s:horne", "a:medal"),
                         ("s:fd", "a:grammy"), ("s:tebaldi", "a:gramophone")])
    T += _t("nominated", [("s:bartoli", "a:grammy"), ("s:terfel", "a:grammy"), ("s:callas", "a:grammy")])
    T += _t("museum", [("u:scala", "y:cup")])
    T += _t("trophy", [("s:terfel", "y:cup")])
    T += _t("born", [("s:callas", "c:newyork"), ("s:tebaldi", "c:pesaro"), ("s:pavarotti", "c:modena"),
                     ("s:domingo", "c:madrid"), ("s:sutherland", "c:sydney"), ("s:horne", "c:bradford"),
                     ("s:bartoli", "c:rome"), ("s:fd", "c:berlin"), ("s:terfel", "c:pantglas"),
                     ("s:ferrier", "c:higherwalton"), ("s:lehmann", "c:perleberg"), ("s:ornelas", "c:veracruz"),
                     ("s:melchior", "c:copenhagen"), ("s:bergonzi", "c:vidalenzo"), ("t:pola", "c:modena"), ("t:campo", "c:parma"), ("k:serafin", "c:verona"), ("k:toscanini", "c:parma"),
                     ("k:karajan", "c:salzburg")])
    T += _t("died", [("s:callas", "c:paris"), ("s:tebaldi", "c:montreux"), ("s:pavarotti", "c:modena"),
                     ("s:sutherland", "c:montreux"), ("s:ferrier", "c:london"), ("s:lehmann", "c:santabarbara"),
                     ("s:fd", "c:berlin")])
    T += _t("role", [("s:callas", "o:norma"), ("s:callas", "o:tosca"), ("s:tebaldi", "o:tosca"), ("s:domingo", "o:otello"),
                     ("s:sutherland", "o:lucia"), ("s:horne", "o:carmen"), ("s:ferrier", "o:orfeo"),
                     ("s:bartoli", "o:carmen")])
    T += _t("sangin", [("s:pavarotti", "o:boheme"), ("s:pavarotti", "o:trovatore"), ("s:tebaldi", "o:boheme"),
                       ("s:domingo", "o:trovatore"), ("s:bartoli", "o:cosi"), ("s:callas", "o:trovatore"),
                       ("s:bergonzi", "o:trovatore")])
    T += _t("composed", [("o:tosca", "m:puccini"), ("o:norma", "m:bellini"), ("o:otello", "m:verdi"),
                         ("o:carmen", "m:bizet"), ("o:lucia", "m:donizetti"), ("o:orfeo", "m:gluck"),
                         ("o:boheme", "m:puccini"), ("o:trovatore", "m:mascagni"), ("o:cosi", "m:mozart")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("s:callas", 5.0), ("s:pavarotti", 4.5), ("o:carmen", 2.0))]
    return _build(items, others, rels, T)


def academy():
    """Scientists (items, dated by birth) "worked in the field of" fields (the new "worked on",
    "did research in", "researched", "specialised in"), "worked at" universities and "worked in"
    cities (near misses), "were doctoral students of" other scientists (the new "wrote his / her
    doctorate under", "supervised"), "were students of" others (no doctorate: a near miss),
    "examined the thesis of" others and "collaborated with" others (near misses of "supervised"),
    "were awarded" Nobel Prizes and "received" medals (the new "won", "a winner of", "went to"),
    "were nominated for" prizes (near miss), "received an honorary degree from" universities,
    "were members of" expeditions (the new "took part in", "joined", "was on") and academies (a
    second "member of": no "took part in"), "organised" expeditions (a near miss), "were born in"
    and "died in" cities. Ana rated some."""
    sci = ("scientist",)
    rels = [
        R("field", phrase="worked in the field of", inverse_phrase="was the field of", domain=sci, range=("field",)),
        R("workedat", phrase="worked at", inverse_phrase="employed", domain=sci, range=("university",)),
        R("workedin", phrase="worked in", inverse_phrase="was the workplace of", domain=sci, range=("city",)),
        R("doctoral", phrase="was a doctoral student of", inverse_phrase="was the doctoral advisor of", domain=sci,
          range=sci),
        R("student", phrase="was a student of", inverse_phrase="had as a student", domain=sci, range=sci),
        R("examined", phrase="examined the thesis of", inverse_phrase="had the thesis examined by", domain=sci, range=sci),
        R("collab", phrase="collaborated with", inverse_phrase="collaborated with", domain=sci, range=sci),
        R("awarded", phrase="was awarded", inverse_phrase="was awarded to", domain=sci, range=("prize",)),
        R("received", phrase="received", inverse_phrase="was received by", domain=sci, range=("medal",)),
        R("nominated", phrase="was nominated for", inverse_phrase="was a nomination of", domain=sci, range=("prize",)),
        R("recipient", phrase="has the recipient type", inverse_phrase="is the recipient type of", domain=("prize", "medal"),
          range=("recipient",)),
        R("honorary", phrase="received an honorary degree from", inverse_phrase="gave an honorary degree to", domain=sci,
          range=("university",)),
        R("member", phrase="was a member of", inverse_phrase="included", domain=sci, range=("expedition",)),
        R("academy", phrase="was a member of", inverse_phrase="elected", domain=sci, range=("academy",)),
        R("organised", phrase="organised", inverse_phrase="was organised by", domain=sci, range=("expedition",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=sci, range=("city",)),
        R("died", phrase="died in", inverse_phrase="is the place of death of", domain=sci, range=("city",)),
        RATED,
    ]
    items = {"x:planck": ("scientist", "Max Planck", 1858), "x:born": ("scientist", "Max Born", 1882),
             "x:heisenberg": ("scientist", "Werner Heisenberg", 1901), "x:pauli": ("scientist", "Wolfgang Pauli", 1900),
             "x:sommerfeld": ("scientist", "Arnold Sommerfeld", 1868), "x:bohr": ("scientist", "Niels Bohr", 1885),
             "x:fermi": ("scientist", "Enrico Fermi", 1901), "x:noether": ("scientist", "Emmy Noether", 1882),
             "x:hilbert": ("scientist", "David Hilbert", 1862), "x:weyl": ("scientist", "Hermann Weyl", 1885),
             "x:meitner": ("scientist", "Lise Meitner", 1878), "x:hahn": ("scientist", "Otto Hahn", 1879),
             "x:mirzakhani": ("scientist", "Maryam Mirzakhani", 1977), "x:mcmullen": ("scientist", "Curtis McMullen", 1958),
             "x:wien": ("scientist", "Wilhelm Wien", 1864), "x:kirchhoff": ("scientist", "Gustav Kirchhoff", 1824),
             "x:gordan": ("scientist", "Paul Gordan", 1837), "x:eddington": ("scientist", "Arthur Eddington", 1882),
             "x:dyson": ("scientist", "Frank Dyson", 1868), "x:cottingham": ("scientist", "Edwin Cottingham", 1869),
             "x:boltzmann": ("scientist", "Ludwig Boltzmann", 1844),
             "n:physics": ("prize", "the Nobel Prize in Physics", 1901), "n:chemistry": ("prize", "the Nobel Prize in Chemistry", 1901),
             "n:fields": ("medal", "the Fields Medal", 1936), "n:copley": ("medal", "the Copley Medal", 1731),
             "n:planck": ("medal", "the Max Planck Medal", 1929)}
    others = {"q:theory": ("field", "theoretical physics"), "q:quantum": ("field", "quantum mechanics"),
              "q:nuclear": ("field", "nuclear physics"), "q:algebra": ("field", "abstract algebra"),
              "q:geometry": ("field", "hyperbolic geometry"), "q:radio": ("field", "radiochemistry"),
              "q:astro": ("field", "astrophysics"), "q:number": ("field", "number theory"),
              "q:thermo": ("field", "thermodynamics"),
              "u:leipzig": ("university", "the University of Leipzig"), "u:gottingen": ("university", "the University of Gottingen"),
              "u:munich": ("university", "the University of Munich"), "u:berlin": ("university", "the University of Berlin"),
              "u:copenhagen": ("university", "the University of Copenhagen"), "u:stanford": ("university", "Stanford University"),
              "u:harvard": ("university", "Harvard University"), "u:cambridge": ("university", "the University of Cambridge"),
              "u:erlangen": ("university", "the University of Erlangen"),

              "j:physicist": ("recipient", "physicist"), "j:chemist": ("recipient", "chemist"),
              "j:mathematician": ("recipient", "mathematician"), "j:scientist": ("recipient", "scientist"),
              "e:eclipse": ("expedition", "the 1919 eclipse expedition"),
              "e:challenger": ("expedition", "the Challenger expedition"),
              "k:royal": ("academy", "the Royal Society"), "k:prussian": ("academy", "the Prussian Academy of Sciences"),
              "c:kiel": ("city", "Kiel"), "c:breslau": ("city", "Breslau"), "c:wurzburg": ("city", "Wurzburg"),
              "c:vienna": ("city", "Vienna"), "c:konigsberg": ("city", "Konigsberg"), "c:copenhagen": ("city", "Copenhagen"),
              "c:rome": ("city", "Rome"), "c:erlangen": ("city", "Erlangen"), "c:elmshorn": ("city", "Elmshorn"),
              "c:frankfurt": ("city", "Frankfurt"), "c:tehran": ("city", "Tehran"), "c:berkeley": ("city", "Berkeley"),
              "c:gaffken": ("city", "Gaffken"), "c:kendal": ("city", "Kendal"), "c:chicago": ("city", "Chicago"),
              "c:gottingen": ("city", "Gottingen"), "c:munich": ("city", "Munich"), "c:berlin": ("city", "Berlin"),
              "c:zurich": ("city", "Zurich"), "c:cambridge": ("city", "Cambridge"), "c:bryn": ("city", "Bryn Mawr"),
              "c:stanford": ("city", "Stanford"), "c:measham": ("city", "Measham"), "c:duino": ("city", "Duino"),
              "c:leipzig": ("city", "Leipzig")}
    T = _t("field", [("x:planck", "q:theory"), ("x:planck", "q:thermo"), ("x:born", "q:quantum"),
                     ("x:heisenberg", "q:quantum"), ("x:pauli", "q:quantum"), ("x:sommerfeld", "q:theory"),
                     ("x:bohr", "q:quantum"), ("x:fermi", "q:nuclear"), ("x:noether", "q:algebra"),
                     ("x:hilbert", "q:number"), ("x:weyl", "q:theory"), ("x:meitner", "q:nuclear"),
                     ("x:hahn", "q:radio"), ("x:mirzakhani", "q:geometry"), ("x:mcmullen", "q:geometry"),
                     ("x:eddington", "q:astro"), ("x:dyson", "q:astro"), ("x:boltzmann", "q:thermo")])
    T += _t("workedat", [("x:heisenberg", "u:leipzig"), ("x:born", "u:gottingen"), ("x:hilbert", "u:gottingen"),
                         ("x:noether", "u:gottingen"), ("x:sommerfeld", "u:munich"), ("x:planck", "u:berlin"),
                         ("x:meitner", "u:berlin"), ("x:bohr", "u:copenhagen"), ("x:mirzakhani", "u:stanford"),
                         ("x:mcmullen", "u:harvard"), ("x:eddington", "u:cambridge"), ("x:gordan", "u:erlangen")])
    T += _t("workedin", [("x:meitner", "c:berlin"), ("x:hahn", "c:berlin"), ("x:fermi", "c:rome"), ("x:fermi", "c:chicago"),
                         ("x:pauli", "c:zurich"), ("x:weyl", "c:zurich")])
    T += _t("doctoral", [("x:heisenberg", "x:sommerfeld"), ("x:pauli", "x:sommerfeld"), ("x:weyl", "x:hilbert"),
                         ("x:noether", "x:gordan"), ("x:mirzakhani", "x:mcmullen"), ("x:planck", "x:kirchhoff"),
                         ("x:meitner", "x:boltzmann")])
    T += _t("student", [("x:planck", "x:boltzmann"), ("x:heisenberg", "x:born"), ("x:hahn", "x:planck")])
    T += _t("examined", [("x:wien", "x:heisenberg"), ("x:planck", "x:meitner")])
    T += _t("collab", [("x:hahn", "x:meitner"), ("x:heisenberg", "x:born"), ("x:heisenberg", "x:pauli"),
                       ("x:eddington", "x:dyson")])
    T += _t("awarded", [("x:planck", "n:physics"), ("x:heisenberg", "n:physics"), ("x:pauli", "n:physics"),
                        ("x:bohr", "n:physics"), ("x:fermi", "n:physics"), ("x:born", "n:physics"), ("x:wien", "n:physics"),
                        ("x:hahn", "n:chemistry")])
    T += _t("received", [("x:mirzakhani", "n:fields"), ("x:mcmullen", "n:fields"), ("x:planck", "n:copley"),
                         ("x:bohr", "n:copley"), ("x:sommerfeld", "n:planck"), ("x:heisenberg", "n:planck"),
                         ("x:meitner", "n:planck"), ("x:hahn", "n:copley")])
    T += _t("nominated", [("x:meitner", "n:physics"), ("x:meitner", "n:chemistry"), ("x:sommerfeld", "n:physics"),
                          ("x:hilbert", "n:physics"), ("x:eddington", "n:physics")])
    T += _t("recipient", [("n:physics", "j:physicist"), ("n:chemistry", "j:chemist"), ("n:fields", "j:mathematician"),
                          ("n:copley", "j:scientist"), ("n:planck", "j:physicist")])
    T += _t("honorary", [("x:planck", "u:cambridge"), ("x:bohr", "u:cambridge"), ("x:meitner", "u:harvard")])
    T += _t("member", [("x:eddington", "e:eclipse"), ("x:cottingham", "e:eclipse")])
    T += _t("organised", [("x:dyson", "e:eclipse")])
    T += _t("academy", [("x:planck", "k:prussian"), ("x:eddington", "k:royal"), ("x:dyson", "k:royal"),
                        ("x:hahn", "k:prussian"), ("x:bohr", "k:royal")])
    T += _t("born", [("x:planck", "c:kiel"), ("x:born", "c:breslau"), ("x:heisenberg", "c:wurzburg"), ("x:pauli", "c:vienna"),
                     ("x:sommerfeld", "c:konigsberg"), ("x:bohr", "c:copenhagen"), ("x:fermi", "c:rome"),
                     ("x:noether", "c:erlangen"), ("x:hilbert", "c:konigsberg"), ("x:weyl", "c:elmshorn"),
                     ("x:meitner", "c:vienna"), ("x:hahn", "c:frankfurt"), ("x:mirzakhani", "c:tehran"),
                     ("x:mcmullen", "c:berkeley"), ("x:wien", "c:gaffken"), ("x:eddington", "c:kendal"),
                     ("x:dyson", "c:measham"), ("x:boltzmann", "c:vienna")])
    T += _t("died", [("x:planck", "c:gottingen"), ("x:born", "c:gottingen"), ("x:heisenberg", "c:munich"),
                     ("x:pauli", "c:zurich"), ("x:fermi", "c:chicago"), ("x:noether", "c:bryn"), ("x:hilbert", "c:gottingen"),
                     ("x:meitner", "c:cambridge"), ("x:mirzakhani", "c:stanford"), ("x:eddington", "c:cambridge"),
                     ("x:boltzmann", "c:duino"), ("x:sommerfeld", "c:munich")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("x:noether", 5.0), ("x:bohr", 4.5), ("x:wien", 2.0))]
    return _build(items, others, rels, T)


def turf():
    """Racehorses (items, dated by foaling; type "racehorse": the graph says they "were born in"
    countries and "died in" towns, so "he" / "she" may name one and one is "a native of" its
    birthplace) and footballers (items, dated by birth). Horses "were sired by" other horses,
    "were trained by" trainers (one a former footballer), "were ridden by" jockeys, "are owned by"
    owners (a footballer, a manager), "won" races (no prize), "received" awards (the new "won"),
    "have the coat type" (no person noun: no class). Footballers "played as" positions (past only),
    "played for" and "managed" clubs (the new past "coached"), "were awarded" awards, "were born
    in" towns; a manager "managed" a club (domain "manager": no "coached"); jockeys "studied
    riding with" other jockeys (the skill reading). Ana rated some."""
    rels = [
        R("sired", phrase="was sired by", inverse_phrase="sired", domain=("racehorse",), range=("racehorse", "stallion")),
        R("trained", phrase="was trained by", inverse_phrase="trained", domain=("racehorse",), range=("trainer", "footballer")),
        R("ridden", phrase="was ridden by", inverse_phrase="rode", domain=("racehorse",), range=("jockey",)),
        R("owned", phrase="is owned by", inverse_phrase="owns", domain=("racehorse",), range=("owner", "footballer", "manager")),
        R("wonrace", phrase="won", inverse_phrase="was won by", domain=("racehorse",), range=("race",)),
        R("received", phrase="received", inverse_phrase="was received by", domain=("racehorse", "jockey"), range=("award",)),
        R("coat", phrase="has the coat type", inverse_phrase="is the coat type of", domain=("racehorse",), range=("colour",)),
        R("hborn", phrase="was born in", inverse_phrase="is the birthplace of", domain=("racehorse",), range=("country",)),
        R("hdied", phrase="died in", inverse_phrase="is the place of death of", domain=("racehorse",), range=("town",)),
        R("playedas", phrase="played as", inverse_phrase="was the position of", domain=("footballer",), range=("position",)),
        R("switched", phrase="was switched from", inverse_phrase="was the first position of", domain=("footballer",),
          range=("position",)),
        R("playedfor", phrase="played for", inverse_phrase="was the club of", domain=("footballer",), range=("club",)),
        R("managed", phrase="managed", inverse_phrase="was managed by", domain=("footballer",), range=("club",)),
        R("mmanaged", phrase="was the manager of", inverse_phrase="had as manager", domain=("manager",), range=("club",)),
        R("fawarded", phrase="was awarded", inverse_phrase="was awarded to", domain=("footballer",), range=("award",)),
        R("fborn", phrase="was born in", inverse_phrase="is the birthplace of", domain=("footballer", "manager", "jockey"),
          range=("town",)),
        R("riding", phrase="studied riding with", inverse_phrase="taught riding to", domain=("jockey",), range=("jockey",)),
        RATED,
    ]
    items = {"h:frankel": ("racehorse", "Frankel", 2008), "h:enable": ("racehorse", "Enable", 2014),
             "h:seathestars": ("racehorse", "Sea the Stars", 2006), "h:galileo": ("racehorse", "Galileo", 1998),
             "h:arkle": ("racehorse", "Arkle", 1957), "h:redrum": ("racehorse", "Red Rum", 1965),
             "h:desert": ("racehorse", "Desert Orchid", 1979), "h:kauto": ("racehorse", "Kauto Star", 2000),
             "h:caviar": ("racehorse", "Black Caviar", 2006), "h:panther": ("racehorse", "Brown Panther", 2008),
             "h:rock": ("racehorse", "Rock of Gibraltar", 1999), "h:youmzain": ("racehorse", "Youmzain", 2003),
             "p:owen": ("footballer", "Michael Owen", 1979), "p:gerrard": ("footballer", "Steven Gerrard", 1980),
             "p:lampard": ("footballer", "Frank Lampard", 1978), "p:dalglish": ("footballer", "Kenny Dalglish", 1951),
             "p:channon": ("footballer", "Mick Channon", 1948), "p:carragher": ("footballer", "Jamie Carragher", 1978),
             "p:bale": ("footballer", "Gareth Bale", 1989)}
    others = {"s:sadlers": ("stallion", "Sadler's Wells"), "s:nathaniel": ("stallion", "Nathaniel"),
              "s:capecross": ("stallion", "Cape Cross"), "s:danehill": ("stallion", "Danehill"),
              "g:cecil": ("trainer", "Henry Cecil"), "g:gosden": ("trainer", "John Gosden"), "g:oxx": ("trainer", "John Oxx"),
              "g:obrien": ("trainer", "Aidan O'Brien"), "g:dreaper": ("trainer", "Tom Dreaper"),
              "g:mccain": ("trainer", "Ginger McCain"), "g:elsworth": ("trainer", "David Elsworth"),
              "g:nicholls": ("trainer", "Paul Nicholls"), "g:moody": ("trainer", "Peter Moody"),
              "g:hughes": ("trainer", "Tom Dascombe"),
              "j:queally": ("jockey", "Tom Queally"), "j:dettori": ("jockey", "Frankie Dettori"),
              "j:kinane": ("jockey", "Mick Kinane"), "j:taaffe": ("jockey", "Pat Taaffe"), "j:stack": ("jockey", "Tommy Stack"),
              "j:nolen": ("jockey", "Luke Nolen"), "j:dunwoody": ("jockey", "Richard Dunwoody"),
              "j:walsh": ("jockey", "Ruby Walsh"), "j:carberry": ("jockey", "Paul Carberry"),
              "o:abdullah": ("owner", "Khalid Abdullah"), "o:tsui": ("owner", "Christopher Tsui"),
              "o:magnier": ("owner", "Sue Magnier"), "o:ferguson": ("manager", "Alex Ferguson"),
              "r:guineas": ("race", "the 2000 Guineas"), "r:arc": ("race", "the Prix de l'Arc de Triomphe"),
              "r:derby": ("race", "the Epsom Derby"), "r:national": ("race", "the Grand National"),
              "r:goldcup": ("race", "the Cheltenham Gold Cup"), "r:kingjames": ("race", "the King George VI Chase"),
              "r:diamond": ("race", "the Diamond Jubilee Stakes"), "r:goodwood": ("race", "the Goodwood Cup"),
              "a:cartier": ("award", "the Cartier Horse of the Year award"), "a:ballon": ("award", "the Ballon d'Or"),
              "a:lester": ("award", "the Lester Award"), "a:pfa": ("award", "the PFA Players' Player of the Year award"),
              "k:bay": ("colour", "bay"), "k:grey": ("colour", "grey"), "k:brown": ("colour", "brown"),
              "k:chestnut": ("colour", "chestnut"),
              "n:england": ("country", "England"), "n:ireland": ("country", "Ireland"), "n:australia": ("country", "Australia"),
              "n:france": ("country", "France"),
              "t:kildare": ("town", "Kildare"), "t:southport": ("town", "Southport"), "t:newmarket": ("town", "Newmarket"),
              "t:chester": ("town", "Chester"), "t:whiston": ("town", "Whiston"), "t:romford": ("town", "Romford"),
              "t:glasgow": ("town", "Glasgow"), "t:orcheston": ("town", "Orcheston"), "t:bootle": ("town", "Bootle"),
              "t:milan": ("town", "Milan"), "t:govan": ("town", "Govan"), "t:cardiff": ("town", "Cardiff"), "t:cork": ("town", "Cork"),
              "p:st": ("position", "striker"), "p:mf": ("position", "midfielder"), "p:fw": ("position", "forward"),
              "p:df": ("position", "defender"),
              "p:wg": ("position", "winger"), "p:lb": ("position", "left-back"),
              "c:liverpool": ("club", "Liverpool"), "c:realmadrid": ("club", "Real Madrid"),
              "c:newcastle": ("club", "Newcastle United"), "c:manutd": ("club", "Manchester United"),
              "c:chelsea": ("club", "Chelsea"), "c:westham": ("club", "West Ham United"), "c:southampton": ("club", "Southampton"),
              "c:celtic": ("club", "Celtic"), "c:rangers": ("club", "Rangers"), "c:villa": ("club", "Aston Villa"),
              "c:everton": ("club", "Everton"), "c:derby": ("club", "Derby County"), "c:galaxy": ("club", "LA Galaxy"),
              "c:blackburn": ("club", "Blackburn Rovers"), "c:aberdeen": ("club", "Aberdeen")}
    T = _t("sired", [("h:frankel", "h:galileo"), ("h:galileo", "s:sadlers"), ("h:enable", "s:nathaniel"),
                     ("h:seathestars", "s:capecross"), ("h:rock", "s:danehill"), ("h:panther", "s:danehill")])
    T += _t("trained", [("h:frankel", "g:cecil"), ("h:enable", "g:gosden"), ("h:seathestars", "g:oxx"),
                        ("h:galileo", "g:obrien"), ("h:arkle", "g:dreaper"), ("h:redrum", "g:mccain"),
                        ("h:desert", "g:elsworth"), ("h:kauto", "g:nicholls"), ("h:caviar", "g:moody"),
                        ("h:panther", "g:hughes"), ("h:rock", "g:obrien"), ("h:youmzain", "p:channon")])
    T += _t("ridden", [("h:frankel", "j:queally"), ("h:enable", "j:dettori"), ("h:seathestars", "j:kinane"),
                       ("h:galileo", "j:kinane"), ("h:arkle", "j:taaffe"), ("h:redrum", "j:stack"),
                       ("h:desert", "j:dunwoody"), ("h:kauto", "j:walsh"), ("h:caviar", "j:nolen"), ("h:rock", "j:kinane")])
    T += _t("owned", [("h:frankel", "o:abdullah"), ("h:enable", "o:abdullah"), ("h:seathestars", "o:tsui"),
                      ("h:galileo", "o:magnier"), ("h:panther", "p:owen"), ("h:rock", "o:ferguson")])
    T += _t("wonrace", [("h:frankel", "r:guineas"), ("h:enable", "r:arc"), ("h:seathestars", "r:arc"),
                        ("h:seathestars", "r:derby"), ("h:galileo", "r:derby"), ("h:redrum", "r:national"),
                        ("h:arkle", "r:goldcup"), ("h:desert", "r:goldcup"), ("h:kauto", "r:goldcup"),
                        ("h:kauto", "r:kingjames"), ("h:desert", "r:kingjames"), ("h:caviar", "r:diamond"),
                        ("h:panther", "r:goodwood")])
    T += _t("received", [("h:frankel", "a:cartier"), ("h:enable", "a:cartier"), ("h:seathestars", "a:cartier"),
                         ("j:dettori", "a:lester"), ("j:walsh", "a:lester")])
    T += _t("coat", [("h:frankel", "k:bay"), ("h:enable", "k:bay"), ("h:seathestars", "k:bay"), ("h:galileo", "k:bay"),
                     ("h:desert", "k:grey"), ("h:caviar", "k:brown"), ("h:redrum", "k:bay"), ("h:arkle", "k:bay"),
                     ("h:kauto", "k:bay"), ("h:youmzain", "k:chestnut")])
    T += _t("hborn", [("h:frankel", "n:england"), ("h:enable", "n:england"), ("h:seathestars", "n:ireland"),
                      ("h:galileo", "n:ireland"), ("h:arkle", "n:ireland"), ("h:redrum", "n:ireland"),
                      ("h:desert", "n:england"), ("h:kauto", "n:france"), ("h:caviar", "n:australia"),
                      ("h:rock", "n:ireland")])
    T += _t("hdied", [("h:frankel", "t:newmarket"), ("h:arkle", "t:kildare"), ("h:redrum", "t:southport")])
    T += _t("playedas", [("p:owen", "p:st"), ("p:gerrard", "p:mf"), ("p:lampard", "p:mf"), ("p:dalglish", "p:fw"),
                         ("p:channon", "p:fw"), ("p:carragher", "p:df"),
                         ("p:bale", "p:wg")])
    T += _t("switched", [("p:bale", "p:lb"), ("p:carragher", "p:mf")])
    T += _t("playedfor", [("p:owen", "c:liverpool"), ("p:owen", "c:realmadrid"), ("p:owen", "c:newcastle"),
                          ("p:owen", "c:manutd"), ("p:gerrard", "c:liverpool"), ("p:gerrard", "c:galaxy"),
                          ("p:lampard", "c:westham"), ("p:lampard", "c:chelsea"), ("p:dalglish", "c:celtic"),
                          ("p:dalglish", "c:liverpool"), ("p:channon", "c:southampton"), ("p:carragher", "c:liverpool"),
                          ("p:bale", "c:southampton"), ("p:bale", "c:realmadrid")])
    T += _t("managed", [("p:gerrard", "c:rangers"), ("p:gerrard", "c:villa"), ("p:lampard", "c:derby"),
                        ("p:lampard", "c:chelsea"), ("p:lampard", "c:everton"), ("p:dalglish", "c:liverpool"),
                        ("p:dalglish", "c:blackburn"), ("p:dalglish", "c:newcastle"), ("p:dalglish", "c:celtic")])
    T += _t("mmanaged", [("o:ferguson", "c:manutd"), ("o:ferguson", "c:aberdeen")])
    T += _t("fawarded", [("p:owen", "a:ballon"), ("p:gerrard", "a:pfa"), ("p:dalglish", "a:pfa")])
    T += _t("fborn", [("p:owen", "t:chester"), ("p:gerrard", "t:whiston"), ("p:lampard", "t:romford"),
                      ("p:dalglish", "t:glasgow"), ("p:channon", "t:orcheston"), ("p:carragher", "t:bootle"), ("p:bale", "t:cardiff"),
                      ("o:ferguson", "t:govan"), ("j:dettori", "t:milan"), ("j:kinane", "t:cork")])
    T += _t("riding", [("j:walsh", "j:carberry"), ("j:dettori", "j:kinane")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("h:frankel", 5.0), ("p:gerrard", 4.5), ("h:redrum", 2.0))]
    return _build(items, others, rels, T)


def works():
    """Inventions, cars and sculptures (items, dated). Inventions "were invented by" inventors,
    cars "were designed by" engineers and "were manufactured by" companies and "were made at"
    factories, items "were rivals of" others (the object's apposition: "..., an invention by X",
    "..., a design by X"); sculptures "were created by" sculptors (the only makers of works:
    "the sculptor behind"), "were fabricated by" a company and "were commissioned by" councils
    (near misses), "stand in" towns; factories "are located in" towns (cue "within") and "are
    located in the country" countries (the noun "the country of"); towns "are part of" counties and
    countries (cue "within" again); companies "received" awards (the new "won") and "were
    nominated for" others; a museum "received" a trophy (a keeper); inventors and sculptors "were
    born in" towns. Ana rated some."""
    rels = [
        R("invented", phrase="was invented by", inverse_phrase="invented", domain=("invention",), range=("inventor",)),
        R("designed", phrase="was designed by", inverse_phrase="designed", domain=("car",), range=("engineer",)),
        R("maker", phrase="was manufactured by", inverse_phrase="manufactured", domain=("car", "invention"),
          range=("company",)),
        R("madeat", phrase="was made at", inverse_phrase="made", domain=("car", "invention"), range=("factory",)),
        R("usertype", phrase="has the user type", inverse_phrase="is the user type of", domain=("invention", "car"),
          range=("user_group",)),
        R("rival", phrase="was a rival of", inverse_phrase="was a rival of", domain=("invention", "car"),
          range=("invention", "car")),
        R("created", phrase="was created by", inverse_phrase="created", domain=("sculpture",), range=("sculptor",)),
        R("fabricated", phrase="was fabricated by", inverse_phrase="fabricated", domain=("sculpture",), range=("company",)),
        R("commissioned", phrase="was commissioned by", inverse_phrase="commissioned", domain=("sculpture",),
          range=("council",)),
        R("stands", phrase="stands in", inverse_phrase="is the home of", domain=("sculpture",), range=("town",)),
        R("located", phrase="is located in", inverse_phrase="is the location of", domain=("factory",), range=("town",)),
        R("country", phrase="is located in the country", inverse_phrase="is the country of", domain=("factory",),
          range=("country",)),
        R("part", phrase="is part of", inverse_phrase="includes", domain=("town",), range=("county", "country")),
        R("received", phrase="received", inverse_phrase="was received by", domain=("company",), range=("award",)),
        R("nominated", phrase="was nominated for", inverse_phrase="was a nomination of", domain=("company",),
          range=("award",)),
        R("museum", phrase="received", inverse_phrase="was given to", domain=("museum",), range=("trophy",)),
        R("trophy", phrase="won", inverse_phrase="was won by", domain=("car",), range=("trophy",)),
        R("workedin", phrase="worked in", inverse_phrase="employed", domain=("banker",), range=("branch",)),
        R("ranbranch", phrase="managed", inverse_phrase="was managed by", domain=("banker",), range=("branch",)),
        R("branchof", phrase="is a branch of", inverse_phrase="has the branch", domain=("branch",), range=("bank",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("inventor", "engineer", "sculptor", "banker"),
          range=("town",)),
        RATED,
    ]
    items = {"i:davy": ("invention", "the Davy lamp", 1815), "i:geordie": ("invention", "the Geordie lamp", 1815),
             "i:jenny": ("invention", "the spinning jenny", 1764), "i:frame": ("invention", "the water frame", 1769),
             "i:dc01": ("invention", "the Dyson DC01", 1993), "i:brompton": ("invention", "the Brompton bicycle", 1976),
             "v:mini": ("car", "the Mini", 1959), "v:imp": ("car", "the Hillman Imp", 1963),
             "v:landrover": ("car", "the Land Rover Series I", 1948), "v:minor": ("car", "the Morris Minor", 1948),
             "s:angel": ("sculpture", "the Angel of the North", 1998), "s:place": ("sculpture", "Another Place", 1997),
             "s:kelpies": ("sculpture", "The Kelpies", 2013), "s:quantum": ("sculpture", "Quantum Cloud", 2000)}
    others = {"p:davy": ("inventor", "Humphry Davy"), "p:stephenson": ("inventor", "George Stephenson"),
              "p:hargreaves": ("inventor", "James Hargreaves"), "p:arkwright": ("inventor", "Richard Arkwright"),
              "p:dyson": ("inventor", "James Dyson"), "p:ritchie": ("inventor", "Andrew Ritchie"),
              "g:issigonis": ("engineer", "Alec Issigonis"), "g:parkes": ("engineer", "Mike Parkes"),
              "g:wilks": ("engineer", "Maurice Wilks"),
              "u:cyclist": ("user_group", "cyclist"), "u:engineer": ("user_group", "engineer"),
              "k:bmc": ("company", "the British Motor Corporation"), "k:rootes": ("company", "the Rootes Group"),
              "k:rover": ("company", "the Rover Company"), "k:dyson": ("company", "Dyson"),
              "k:brompton": ("company", "Brompton Bicycle"), "k:morris": ("company", "Morris Motors"),
              "k:hartlepool": ("company", "Hartlepool Steel Fabrications"),
              "f:longbridge": ("factory", "the Longbridge plant"), "f:cowley": ("factory", "the Cowley plant"),
              "f:linwood": ("factory", "the Linwood plant"), "f:solihull": ("factory", "the Solihull plant"),
              "f:malmesbury": ("factory", "the Malmesbury factory"), "f:greenford": ("factory", "the Greenford factory"),
              "z:sculptor": ("sculptor", "Antony Gormley"), "z:scott": ("sculptor", "Andy Scott"),
              "u:gateshead": ("council", "Gateshead Council"), "u:sefton": ("council", "Sefton Council"),
              "u:falkirk": ("council", "Falkirk Council"),
              "t:gateshead": ("town", "Gateshead"), "t:crosby": ("town", "Crosby"), "t:falkirk": ("town", "Falkirk"),
              "t:greenwich": ("town", "Greenwich"), "t:birmingham": ("town", "Birmingham"), "t:oxford": ("town", "Oxford"),
              "t:linwood": ("town", "Linwood"), "t:solihull": ("town", "Solihull"), "t:malmesbury": ("town", "Malmesbury"),
              "t:greenford": ("town", "Greenford"), "t:penzance": ("town", "Penzance"), "t:wylam": ("town", "Wylam"),
              "t:oswaldtwistle": ("town", "Oswaldtwistle"), "t:preston": ("town", "Preston"), "t:cromer": ("town", "Cromer"),
              "t:smyrna": ("town", "Smyrna"), "t:london": ("town", "London"), "t:glasgow": ("town", "Glasgow"),
              "t:richmond": ("town", "Richmond"),
              "n:england": ("country", "England"), "n:scotland": ("country", "Scotland"),
              "y:westmid": ("county", "West Midlands"), "y:oxon": ("county", "Oxfordshire"), "y:renfrew": ("county", "Renfrewshire"),
              "y:wilts": ("county", "Wiltshire"), "y:tyne": ("county", "Tyne and Wear"), "y:cornwall": ("county", "Cornwall"),
              "a:queens": ("award", "the Queen's Award for Enterprise"), "a:design": ("award", "the Design Council Award"),
              "a:dewar": ("trophy", "the Dewar Trophy"), "m:motor": ("museum", "the British Motor Museum"),
              "b:leeson": ("banker", "Nick Leeson"), "b:norris": ("banker", "Peter Norris"), "b:baring": ("banker", "Peter Baring"),
              "b:jones": ("banker", "Simon Jones"), "r:singapore": ("branch", "the Singapore branch"),
              "r:bishopsgate": ("branch", "the Bishopsgate branch"), "r:barings": ("bank", "Barings Bank"),
              "t:watford": ("town", "Watford")}
    T = _t("invented", [("i:davy", "p:davy"), ("i:geordie", "p:stephenson"), ("i:jenny", "p:hargreaves"),
                        ("i:frame", "p:arkwright"), ("i:dc01", "p:dyson"), ("i:brompton", "p:ritchie")])
    T += _t("designed", [("v:mini", "g:issigonis"), ("v:minor", "g:issigonis"), ("v:imp", "g:parkes"),
                         ("v:landrover", "g:wilks")])
    T += _t("maker", [("v:mini", "k:bmc"), ("v:imp", "k:rootes"), ("v:landrover", "k:rover"), ("v:minor", "k:morris"),
                      ("i:dc01", "k:dyson"), ("i:brompton", "k:brompton")])
    T += _t("madeat", [("v:mini", "f:longbridge"), ("v:mini", "f:cowley"), ("v:imp", "f:linwood"),
                       ("v:landrover", "f:solihull"), ("v:minor", "f:cowley"), ("i:dc01", "f:malmesbury"),
                       ("i:brompton", "f:greenford")])
    T += _t("usertype", [("i:brompton", "u:cyclist"), ("v:landrover", "u:engineer")])
    T += _t("rival", [("i:geordie", "i:davy"), ("i:frame", "i:jenny"), ("v:imp", "v:mini")])
    T += _t("created", [("s:angel", "z:sculptor"), ("s:place", "z:sculptor"), ("s:kelpies", "z:scott"),
                        ("s:quantum", "z:sculptor")])
    T += _t("fabricated", [("s:angel", "k:hartlepool")])
    T += _t("commissioned", [("s:angel", "u:gateshead"), ("s:place", "u:sefton"), ("s:kelpies", "u:falkirk")])
    T += _t("stands", [("s:angel", "t:gateshead"), ("s:place", "t:crosby"), ("s:kelpies", "t:falkirk"),
                       ("s:quantum", "t:greenwich")])
    T += _t("located", [("f:longbridge", "t:birmingham"), ("f:cowley", "t:oxford"), ("f:linwood", "t:linwood"),
                        ("f:solihull", "t:solihull"), ("f:malmesbury", "t:malmesbury"), ("f:greenford", "t:greenford")])
    T += _t("country", [("f:longbridge", "n:england"), ("f:cowley", "n:england"), ("f:linwood", "n:scotland"),
                        ("f:solihull", "n:england"), ("f:malmesbury", "n:england"), ("f:greenford", "n:england")])
    T += _t("part", [("t:birmingham", "y:westmid"), ("t:solihull", "y:westmid"), ("t:oxford", "y:oxon"),
                     ("t:linwood", "y:renfrew"), ("t:malmesbury", "y:wilts"), ("t:gateshead", "y:tyne"),
                     ("t:penzance", "y:cornwall"), ("t:linwood", "n:scotland"), ("t:falkirk", "n:scotland"),
                     ("t:malmesbury", "n:england")])
    T += _t("received", [("k:dyson", "a:queens"), ("k:brompton", "a:queens"), ("k:bmc", "a:design")])
    T += _t("nominated", [("k:rootes", "a:design"), ("k:rover", "a:queens")])
    T += _t("museum", [("m:motor", "a:dewar")])
    T += _t("trophy", [("v:landrover", "a:dewar")])
    T += _t("born", [("p:davy", "t:penzance"), ("p:stephenson", "t:wylam"), ("p:hargreaves", "t:oswaldtwistle"),
                     ("p:arkwright", "t:preston"), ("p:dyson", "t:cromer"), ("g:issigonis", "t:smyrna"),
                     ("z:sculptor", "t:london"), ("z:scott", "t:glasgow"), ("p:ritchie", "t:london")])
    T += _t("workedin", [("b:leeson", "r:singapore"), ("b:jones", "r:singapore"), ("b:norris", "r:bishopsgate"),
                         ("b:baring", "r:bishopsgate")])
    T += _t("ranbranch", [("b:jones", "r:singapore"), ("b:norris", "r:bishopsgate")])
    T += _t("branchof", [("r:singapore", "r:barings"), ("r:bishopsgate", "r:barings")])
    T += _t("born", [("b:leeson", "t:watford")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("v:mini", 5.0), ("s:angel", 4.5), ("i:jenny", 2.0))]
    return _build(items, others, rels, T)


def webnlg():
    """A WebNLG-style graph (kgexplain.evaluation.webnlg.webnlg_entry_graphs over one entry of our
    own: every name an attribute): countries (typed "country" by "currency", "anthem", "country"
    objects), cities ("capital", "largest city", "city" objects), a state ("state" objects); a
    country's and a state's "leader" (the new "The leader of X is called Y"), "currency" ("X's
    currency is called Y"), "capital", "language", "anthem", "demonym"; people "born in" and "died
    in" places, a club's "manager" and "chairman", a dish's "country" and "region", an airport's
    "city served" and "location", a town "is part of" a county and a state."""
    from kgexplain.datasets.webnlg import WebNLGEntry
    from kgexplain.evaluation.webnlg import webnlg_entry_graphs
    triples = (
        ("Italy", "leader", "Sergio Mattarella"), ("Italy", "leader", "Pietro Grasso"), ("Italy", "capital", "Rome"),
        ("Italy", "currency", "Euro"), ("Italy", "language", "Italian language"), ("Italy", "demonym", "Italians"),
        ("Italy", "anthem", "Il Canto degli Italiani"), ("Italy", "largest city", "Rome"),
        ("United States", "leader", "Joe Biden"), ("United States", "capital", "Washington, D.C."),
        ("United States", "currency", "United States dollar"), ("United States", "anthem", "The Star-Spangled Banner"),
        ("United States", "largest city", "New York City"), ("United States", "language", "English language"),
        ("Texas", "leader", "Greg Abbott"), ("Texas", "capital", "Austin, Texas"), ("Texas", "largest city", "Houston"),
        ("Texas", "country", "United States"), ("Austin, Texas", "state", "Texas"),
        ("Austin, Texas", "is part of", "Travis County, Texas"), ("Austin, Texas", "country", "United States"),
        ("Travis County, Texas", "state", "Texas"),
        ("Rome", "leader", "Roberto Gualtieri"), ("Rome", "country", "Italy"),
        ("Alan Shepard", "birth place", "New Hampshire"), ("Alan Shepard", "death place", "California"),
        ("Alan Shepard", "nationality", "United States"), ("New Hampshire", "country", "United States"),
        ("Enrico Berlinguer", "birth place", "Sassari"), ("Enrico Berlinguer", "death place", "Padua"),
        ("Sassari", "country", "Italy"),
        ("A.C. Milan", "manager", "Stefano Pioli"), ("A.C. Milan", "chairman", "Paolo Scaroni"),
        ("A.C. Milan", "ground", "San Siro"), ("A.C. Milan", "city", "Milan"), ("Milan", "country", "Italy"),
        ("Milan", "leader", "Giuseppe Sala"),
        ("Amatriciana sauce", "country", "Italy"), ("Amatriciana sauce", "region", "Lazio"),
        ("Amatriciana sauce", "ingredient", "Guanciale"),
        ("Austin-Bergstrom International Airport", "city served", "Austin, Texas"),
        ("Austin-Bergstrom International Airport", "location", "Travis County, Texas"),
        ("Austin-Bergstrom International Airport", "elevation above the sea level", "165"),
        ("Houston", "country", "United States"),
        ("Singapore Changi Airport", "city served", "Singapore"), ("Singapore Changi Airport", "country", "Singapore"),
        ("Singapore", "leader", "Lee Hsien Loong"), ("Singapore", "currency", "Singapore dollar"),
    )
    entry = WebNLGEntry(key="rt221/webnlg/1", category="Mixed", triples=triples, references=())
    (_, kg, _), = webnlg_entry_graphs([entry], name="rt221-webnlg")
    return kg


BUILDERS = {"screen": screen, "opera": opera, "academy": academy, "turf": turf, "works": works, "webnlg": webnlg}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@screen
# prizes "received" / "was awarded": "won", "went to", "a winner / recipient of"; nominees and presenters
Avatar won the Academy Award for Best Picture.
The Academy Award for Best Picture went to Avatar.
Avatar was a winner of the Academy Award for Best Picture.
Roman Holiday was a recipient of the Academy Award for Best Picture.
The Terminator won the Academy Award for Best Visual Effects.
Notting Hill won the BAFTA Award for Best Film.
Julia Roberts won the Academy Award for Best Actor.
The Academy Award for Best Actor went to Julia Roberts.
Linda Hamilton was a recipient of the Academy Award for Best Actress.
Sigourney Weaver picked up the Academy Award for Best Visual Effects.
Arnold Schwarzenegger took the Academy Award for Best Visual Effects.
The Academy Award for Best Actress was presented to Linda Hamilton.
The Academy Award for Best Actress was awarded to Julia Roberts.
Titanic won the Academy Award for Best Actress.
Kate Winslet won the Academy Award for Best Picture.
Titanic and Avatar won the Academy Award for Best Picture.
The Academy Award for Best Visual Effects went to Aliens and The Terminator.
Four Weddings and a Funeral won the BAFTA Award for Best Film and the Academy Award for Best Picture.
Titanic won the Academy Award for Best Picture, and Avatar did too.
Hugh Grant won the Academy Award for Best Actor.
Leonardo DiCaprio won the Golden Globe Award for Best Actor.
Titanic, which stars Kate Winslet, won the Academy Award for Best Actress.
Kate Winslet, who stars in Titanic, won the Academy Award for Best Picture.
Titanic never won the Academy Award for Best Visual Effects.
Avatar (1997) won the Academy Award for Best Visual Effects.
Titanic, a 2009 film, won the Academy Award for Best Picture.
Avatar stars Sigourney Weaver, a winner of the Academy Award for Best Actress.
Titanic stars Kate Winslet, a winner of the Academy Award for Best Actor.
James Cameron directed Titanic, a winner of the BAFTA Award for Best Film.
Notting Hill was inspired by Roman Holiday, a winner of the Academy Award for Best Picture.
Avatar was inspired by Aliens, a winner of the Academy Award for Best Picture.
Titanic was directed by James Cameron. It won the Academy Award for Best Actress.
Audrey Hepburn starred in Roman Holiday. She won the Academy Award for Best Actor.
Roman Holiday stars Audrey Hepburn and Gregory Peck. The latter won the Academy Award for Best Actress.
Roman Holiday stars Audrey Hepburn and Gregory Peck. The former won the Academy Award for Best Actor.
Sabrina stars Humphrey Bogart and William Holden. Both won the Academy Award for Best Actress.
Julia Roberts presented the Academy Award for Best Actor and won it.
Julia Roberts presented the Academy Award for Best Actor, which went to her.
Sigourney Weaver presented the Academy Award for Best Visual Effects, which went to The Terminator.
Jennifer Connelly was awarded the Academy Award for Best Actress, and so was Linda Hamilton.
Kate Winslet and Linda Hamilton were each awarded the Academy Award for Best Actress.
Avatar received the Academy Award for Best Visual Effects and the Academy Award for Best Picture.
Four Weddings and a Funeral is a winner of the Academy Award for Best Picture.
Aliens, which stars Michael Biehn, was a winner of the Academy Award for Best Picture.
Titanic won the Academy Award for Best Picture, and Avatar won it too.
Titanic won the Academy Award for Best Picture. So did Roman Holiday.
The Academy Award for Best Picture went to Titanic and not to Four Weddings and a Funeral, which won nothing.
# the additive "also" over a list
Titanic was directed by James Cameron and also stars Kate Winslet and Sam Worthington.
Avatar was directed by James Cameron. It also stars Sam Worthington and Kate Winslet.
Aliens was produced by Gale Anne Hurd and also stars Sigourney Weaver and Linda Hamilton.
James Cameron directed The Terminator. The film also stars Linda Hamilton and Sigourney Weaver.
Sabrina, directed by Billy Wilder, also stars Audrey Hepburn and Gregory Peck.
Zoolander was directed by Ben Stiller and also stars Owen Wilson and Naomi Campbell.
Notting Hill was directed by Roger Michell and also stars Julia Roberts and Andie MacDowell.
Gilda was directed by Charles Vidor and also stars Rita Hayworth and Orson Welles.
Roman Holiday (1961) was directed by William Wyler and also stars Audrey Hepburn and Gregory Peck.
Avatar, produced by Jon Landau, also stars Zoe Saldana and Michael Biehn.
Titanic was directed by James Cameron and also stars Kate Winslet and Leonardo DiCaprio, who was born in Reading.
Aliens was directed by James Cameron and also stars Sigourney Weaver, who was born in Los Angeles, and Michael Biehn.
Titanic was directed by Jon Landau and also stars Kate Winslet and Leonardo DiCaprio.
Titanic won the Academy Award for Best Picture and also stars Kate Winslet and Sam Worthington.
The Terminator stars Arnold Schwarzenegger. It also stars Linda Hamilton, Michael Biehn and Sigourney Weaver.
Avatar stars Sam Worthington. Aliens also stars Sam Worthington and Sigourney Weaver.
Titanic stars Kate Winslet, and The Terminator also stars Kate Winslet and Linda Hamilton.
Sabrina stars Audrey Hepburn and also stars William Holden and George Peppard.
Roman Holiday was directed by William Wyler, and it also stars Audrey Hepburn and Humphrey Bogart.
Titanic was directed by James Cameron, and it also stars both Kate Winslet and Zoe Saldana.
# the object's apposition: a relation's noun phrase after the object
Avatar was inspired by Aliens, a production by Jon Landau.
Notting Hill was inspired by Roman Holiday, a production by Duncan Kenworthy.
Zoolander was inspired by Breakfast at Tiffany's, a production by Ben Stiller.
Avatar was inspired by Aliens, a film directed by Jon Landau.
Avatar was inspired by Aliens, a film starring Sam Worthington.
Notting Hill was inspired by Roman Holiday, a film starring Hugh Grant.
Notting Hill was inspired by Roman Holiday, a 1999 film.
Avatar was inspired by Aliens, a 2009 film by James Cameron.
Zoolander was inspired by Breakfast at Tiffany's, a film starring Ben Stiller.
Zoolander was inspired by Breakfast at Tiffany's, which stars Owen Wilson.
# "studied acting with": "studied with / under", "taught", "a pupil of"
Audrey Hepburn studied with Stella Adler.
Stella Adler taught Audrey Hepburn.
Felix Aylmer taught acting to Gregory Peck.
Gregory Peck was a pupil of Stella Adler.
Audrey Hepburn studied under Sanford Meisner.
Audrey Hepburn took lessons from Sanford Meisner.
Audrey Hepburn taught Felix Aylmer.
Stella Adler studied with Julia Roberts.
Stella Adler taught Sigourney Weaver and Audrey Hepburn.
Sigourney Weaver and Gregory Peck studied with Stella Adler.
Julia Roberts, who studied acting with Stella Adler, was born in Reading.
Stella Adler taught Julia Roberts, who won the Academy Award for Best Actor.
Julia Roberts never studied with Stella Adler.
Sanford Meisner taught singing to Gregory Peck.
Gregory Peck studied acting with Stella Adler.
Audrey Hepburn studied with Felix Aylmer, and so did Gregory Peck.
Stella Adler taught Sigourney Weaver. She also taught Gregory Peck.
Audrey Hepburn studied acting with Felix Aylmer. He also taught Julia Roberts.
Sigourney Weaver studied acting with Stella Adler, a teacher of Gregory Peck.
# "he" / "she" (models and pop stars may be someone), "a native of"
Naomi Campbell appears in Zoolander. She was born in Brixton.
Iman was married to David Bowie. She was born in Brixton.
David Bowie appears in Zoolander and Labyrinth. He was born in Streatham.
James Cameron was married to Linda Hamilton. She was born in Kapuskasing.
Linda Hamilton was married to James Cameron. He was born in Salem.
Audrey Hepburn was married to Mel Ferrer. She won the Academy Award for Best Actor.
Tyson Beckford appears in Zoolander. He was born in New York.
Kate Winslet is a native of London.
Hugh Grant is a native of Reading.
Naomi Campbell is a native of Brixton.
David Bowie is a native of Streatham.
Tyson Beckford, a native of New York, appears in Zoolander.
Zoolander stars Ben Stiller, a native of Dallas.
Ben Stiller and Owen Wilson are natives of New York.
Rita Hayworth was married to Orson Welles, a native of Brooklyn.
Orson Welles was married to Rita Hayworth, a native of Kenosha.
Iman, a native of Brixton, was married to David Bowie.
Naomi Campbell, who appears in Zoolander, was born in Rochester.
Naomi Campbell and Tyson Beckford appear in Zoolander. She was born in Rochester.
David Bowie was married to Iman. He is a native of Mogadishu.
Zoolander stars Owen Wilson. Naomi Campbell appears in it too, and she was born in Dallas.
# chained texts over several readings
Titanic was directed by James Cameron. It also stars Kate Winslet and Leonardo DiCaprio, and it won the Academy Award for Best Actress.
Kate Winslet stars in Titanic. She was awarded the Academy Award for Best Actress, and she is a native of London.
Audrey Hepburn studied acting with Felix Aylmer. She won the Academy Award for Best Actress and was born in London.
Roman Holiday stars Audrey Hepburn and Gregory Peck. Both studied acting with Stella Adler.
Notting Hill was inspired by Roman Holiday, a production by William Wyler. The former won the BAFTA Award for Best Film.
Avatar was inspired by Aliens, a production by Gale Anne Hurd. The latter won the Academy Award for Best Picture.
Zoolander stars Owen Wilson. Naomi Campbell, a native of Streatham, appears in it, and so does David Bowie, a native of Streatham.
Iman, a native of Mogadishu, was married to David Bowie. He appears in Zoolander and Titanic.
Sabrina was directed by Billy Wilder and also stars Audrey Hepburn and Humphrey Bogart. The latter won the Academy Award for Best Actress.
Gregory Peck studied acting with Sanford Meisner. He stars in Roman Holiday and Sabrina.
Stella Adler taught Sigourney Weaver, who won the Academy Award for Best Visual Effects.
Sigourney Weaver stars in Aliens and Avatar. Both won the Academy Award for Best Picture.
Aliens and Avatar won the Academy Award for Best Visual Effects. Both were produced by Jon Landau.
The Academy Award for Best Picture went to Titanic, which was produced by Gale Anne Hurd.
The Academy Award for Best Visual Effects went to Avatar. It was directed by James Cameron and also stars Sam Worthington and Michael Biehn.
Four Weddings and a Funeral won the BAFTA Award for Best Film. It stars Hugh Grant, a native of Reading.
Julia Roberts stars in Notting Hill. She studied acting with Stella Adler and won the Academy Award for Best Actress.
Rita Hayworth stars in Gilda and The Lady from Shanghai. The latter was directed by Charles Vidor.
David Bowie appears in Labyrinth. He was married to Iman, a native of Brixton.
Naomi Campbell and Tyson Beckford appear in Zoolander. Both were born in New York.
@screen user:ana
# a user claim with the object's apposition (the claim is "You"'s, the apposition the object's)
You loved Roman Holiday, a winner of the Academy Award for Best Picture.
You loved Titanic, a winner of the Academy Award for Best Actress.
You loved Titanic, a production by Gale Anne Hurd.
@opera
# "has the voice type": a class of the singer; an opera's "lead voice type" and a choir's voice are no class of it
The opera Otello is a tenor.
Cavalleria rusticana is a tenor.
La Boheme is a soprano.
Cosi fan tutte was a soprano.
Orfeo ed Euridice is a contralto.
Luciano Pavarotti sang in La Boheme, a soprano.
Maria Callas sang in Cavalleria rusticana, a tenor.
Pietro Mascagni composed Cavalleria rusticana, a tenor.
Cavalleria rusticana, a tenor, was composed by Pietro Mascagni.
Cavalleria rusticana is a tenor composed by Pietro Mascagni.
Cavalleria rusticana and La Boheme are a tenor and a soprano.
Cavalleria rusticana was composed by Pietro Mascagni. It is a tenor.
Luciano Pavarotti sang in Cavalleria rusticana, which is a tenor.
La Boheme, which Renata Tebaldi sang in, is a soprano.
Renata Tebaldi and La Boheme are sopranos.
The Vienna Boys' Choir is a treble.
The Vienna Boys' Choir was a treble.
Maria Callas was a mezzo-soprano.
Renata Tebaldi was a contralto.
Luciano Pavarotti was a baritone.
Placido Domingo is a soprano.
Cecilia Bartoli is a soprano.
Bryn Terfel is a baritone.
Kathleen Ferrier was a mezzo-soprano.
Elvira de Hidalgo was a tenor.
Tullio Serafin was a tenor.
Maria Callas and Marilyn Horne were sopranos.
Luciano Pavarotti and Dietrich Fischer-Dieskau were tenors.
Maria Callas, Renata Tebaldi and Cecilia Bartoli are sopranos.
Maria Callas was a soprano, and so was Marilyn Horne.
Maria Callas was a soprano, like Kathleen Ferrier.
Luciano Pavarotti was not a tenor.
Maria Callas was never a soprano.
Maria Callas is a soprano born in Pesaro.
Luciano Pavarotti was a tenor born in Madrid.
Luciano Pavarotti was a tenor who studied singing with Elvira de Hidalgo.
Placido Domingo is a tenor who sang the title role in Tosca.
Maria Callas, a mezzo-soprano, studied singing with Elvira de Hidalgo.
Marilyn Horne, a soprano, studied singing with Lotte Lehmann.
Marilyn Horne studied singing with Lotte Lehmann, a mezzo-soprano.
Placido Domingo was married to Marta Ornelas, a mezzo-soprano.
Joan Sutherland was married to Richard Bonynge, a tenor.
Maria Callas sang under Tullio Serafin, a soprano.
The soprano Luciano Pavarotti was born in Modena.
Tenor Maria Callas sang in Cavalleria rusticana.
The sopranos Maria Callas and Marilyn Horne were born in New York and Bradford.
Maria Callas (1935) was a soprano.
Maria Callas was a soprano. She died in Montreux.
Luciano Pavarotti was a tenor. He studied singing with Carmen Melis.
Dietrich Fischer-Dieskau was a baritone, and he died in Montreux.
# "studied singing with": "studied with / under", "taught", "a pupil of", "took lessons from"
Maria Callas studied with Carmen Melis.
Maria Callas studied under Tullio Serafin.
Tullio Serafin taught Maria Callas.
Richard Bonynge taught Joan Sutherland.
Joan Sutherland was a pupil of Richard Bonynge.
Renata Tebaldi was a pupil of Arturo Toscanini.
Herbert von Karajan taught singing to Kathleen Ferrier.
Kathleen Ferrier was taught singing by Herbert von Karajan.
Luciano Pavarotti trained under Carmen Melis.
Luciano Pavarotti took lessons from Elvira de Hidalgo.
Elvira de Hidalgo studied with Maria Callas.
Maria Callas taught Elvira de Hidalgo.
Lotte Lehmann studied under Marilyn Horne.
Marilyn Horne taught Lotte Lehmann.
Arrigo Pola taught Luciano Pavarotti and Placido Domingo.
Luciano Pavarotti and Renata Tebaldi studied with Arrigo Pola.
Ettore Campogalliani taught Luciano Pavarotti and Maria Callas.
Luciano Pavarotti studied with Arrigo Pola and Carmen Melis.
Cecilia Bartoli studied with Silvana Bazzoni, who was born in Parma.
Luciano Pavarotti studied with Arrigo Pola, who was born in Parma.
Maria Callas studied with Elvira de Hidalgo, and so did Renata Tebaldi.
Marilyn Horne studied under Lotte Lehmann, a tenor.
Elvira de Hidalgo taught acting to Maria Callas.
Maria Callas studied painting with Elvira de Hidalgo.
Maria Callas never studied with Elvira de Hidalgo.
Maria Callas studies with Elvira de Hidalgo.
Elvira de Hidalgo teaches Maria Callas.
Carmen Melis taught Renata Tebaldi. She was born in Modena.
Maria Callas studied singing with Elvira de Hidalgo. She was born in Pesaro.
Joan Sutherland studied singing with Clive Carey, and she married Tullio Serafin.
Tullio Serafin, who taught Maria Callas, was born in Verona.
Renata Tebaldi sang under Arturo Toscanini, who taught her.
# prizes "received": "won", "went to", "a winner of"; nominees; a keeper
Cecilia Bartoli won the Grammy Lifetime Achievement Award.
Bryn Terfel was a winner of the Grammy Lifetime Achievement Award.
The Grammy Lifetime Achievement Award went to Cecilia Bartoli.
Maria Callas won the Grammy Lifetime Achievement Award.
Maria Callas won the Kennedy Center Honors.
The Kennedy Center Honors went to Maria Callas.
Marilyn Horne was a recipient of the Kennedy Center Honors.
Luciano Pavarotti won the National Medal of Arts.
The Museo Teatrale alla Scala won the Cardiff Singer of the World trophy.
The Cardiff Singer of the World trophy went to the Museo Teatrale alla Scala.
The Museo Teatrale alla Scala was a winner of the Cardiff Singer of the World trophy.
The Museo Teatrale alla Scala received the Grammy Lifetime Achievement Award.
Luciano Pavarotti and Placido Domingo won the Grammy Lifetime Achievement Award.
Joan Sutherland, Luciano Pavarotti and Maria Callas won the Kennedy Center Honors.
The Kennedy Center Honors went to Joan Sutherland and Renata Tebaldi.
Luciano Pavarotti, a tenor, won the Gramophone Hall of Fame award.
Luciano Pavarotti won the Kennedy Center Honors. So did Cecilia Bartoli.
Maria Callas won the Gramophone Hall of Fame award, and so did Joan Sutherland.
Joan Sutherland was married to Richard Bonynge, a winner of the Kennedy Center Honors.
Maria Callas sang under Tullio Serafin, a winner of the Gramophone Hall of Fame award.
Luciano Pavarotti sang in La Boheme, a winner of the Kennedy Center Honors.
Bryn Terfel won the Cardiff Singer of the World trophy. He was born in Modena.
Bryn Terfel, a tenor, won the Cardiff Singer of the World trophy.
Luciano Pavarotti was a tenor. He won the National Medal of Arts.
# "a native of" the birthplace; "died in"
Maria Callas is a native of Paris.
Luciano Pavarotti was a native of Parma.
Renata Tebaldi was a native of Montreux.
Joan Sutherland and Renata Tebaldi were natives of Sydney.
Cecilia Bartoli, a native of Rome, studied singing with Elvira de Hidalgo.
Herbert von Karajan was a native of Berlin.
Kathleen Ferrier passed away in Higher Walton.
Maria Callas, a native of New York, died in Montreux.
Luciano Pavarotti sang under Herbert von Karajan, a native of Modena.
# a voice one "switched from" is no class now; chained texts
Lauritz Melchior is a baritone.
Carlo Bergonzi is a baritone.
Carlo Bergonzi is a baritone who sang in Cavalleria rusticana.
Lauritz Melchior is a baritone born in Copenhagen.
Lauritz Melchior and Dietrich Fischer-Dieskau are baritones.
Carlo Bergonzi was born in Vidalenzo. He is a baritone.
Lauritz Melchior, who is a baritone, was born in Copenhagen.
Luciano Pavarotti sang in La Boheme with Renata Tebaldi, a mezzo-soprano.
Renata Tebaldi sang in La Boheme. It is a tenor.
La Boheme was composed by Giacomo Puccini, and it is a tenor.
Giacomo Puccini composed Tosca and La Boheme. The latter is a tenor.
Giacomo Puccini composed La Boheme, a soprano. Luciano Pavarotti sang in it.
Renata Tebaldi and Luciano Pavarotti sang in La Boheme, which is a soprano. Both were born in Modena.
Maria Callas studied singing with Elvira de Hidalgo. She won the Kennedy Center Honors.
Joan Sutherland studied singing with Clive Carey. She was a mezzo-soprano.
Marilyn Horne studied with Lotte Lehmann. The latter was a native of Bradford.
Luciano Pavarotti studied with Arrigo Pola. Both were born in Parma.
Luciano Pavarotti was a tenor. He studied with Arrigo Pola and won the National Medal of Arts.
Kathleen Ferrier sang under Herbert von Karajan. He taught her.
The Vienna Boys' Choir is a treble, and Maria Callas is a soprano.
Maria Callas and the Vienna Boys' Choir are a soprano and a treble.
@academy
# "worked in the field of": "worked on", "did research in", "researched", "specialised in"
Emmy Noether did research in quantum mechanics.
Emmy Noether worked on number theory.
Max Planck specialised in hyperbolic geometry.
Otto Hahn researched nuclear physics.
Lise Meitner did research in radiochemistry.
David Hilbert worked on abstract algebra.
Maryam Mirzakhani researched number theory.
Arthur Eddington specialised in thermodynamics.
Werner Heisenberg and Emmy Noether worked on quantum mechanics.
Werner Heisenberg worked on quantum mechanics and number theory.
Enrico Fermi researched nuclear physics and abstract algebra.
Otto Hahn did research in radiochemistry, and so did Emmy Noether.
Lise Meitner worked on nuclear physics, and Emmy Noether specialised in it too.
Max Planck worked on thermodynamics, like Ludwig Boltzmann and David Hilbert.
Emmy Noether did not work on abstract algebra.
Emmy Noether never did research in abstract algebra.
Lise Meitner specialised in Berlin.
Enrico Fermi researched Chicago.
Werner Heisenberg worked on the University of Leipzig.
Wolfgang Pauli specialised in Zurich.
Niels Bohr works on quantum mechanics.
Werner Heisenberg, who did research in quantum mechanics, was born in Munich.
Werner Heisenberg did research in quantum mechanics. He was born in Vienna.
Emmy Noether did research in abstract algebra. She died in Erlangen.
Maryam Mirzakhani, a native of Tehran, specialised in number theory.
Curtis McMullen supervised Maryam Mirzakhani, who worked on number theory.
Hermann Weyl wrote his doctorate under David Hilbert, who worked on radiochemistry.
David Hilbert supervised Hermann Weyl, who worked on radiochemistry.
The Fields Medal went to Maryam Mirzakhani and Curtis McMullen, who both worked on nuclear physics.
Arthur Eddington and Frank Dyson did research in radiochemistry.
# doctoral advisors: "wrote his / her doctorate under", "supervised"; plain students, examiners, collaborators
Werner Heisenberg wrote his doctorate under Max Born.
Werner Heisenberg wrote his doctorate under Wilhelm Wien.
Wilhelm Wien supervised Werner Heisenberg.
Max Born supervised Wolfgang Pauli.
Max Planck supervised Lise Meitner.
Max Planck supervised Otto Hahn.
Otto Hahn wrote his doctorate under Max Planck.
Max Planck wrote his doctorate under Ludwig Boltzmann.
Ludwig Boltzmann supervised Max Planck.
Otto Hahn supervised Lise Meitner.
Lise Meitner wrote her doctorate under Otto Hahn.
Arthur Eddington wrote his doctorate under Frank Dyson.
Werner Heisenberg supervised Arnold Sommerfeld.
Arnold Sommerfeld wrote his doctorate under Werner Heisenberg.
Curtis McMullen wrote his doctorate under Maryam Mirzakhani.
Maryam Mirzakhani supervised Curtis McMullen.
Curtis McMullen never supervised Maryam Mirzakhani.
Maryam Mirzakhani completed her PhD under the supervision of David Hilbert.
Arnold Sommerfeld supervised the PhD of Max Born.
David Hilbert supervised the doctorate of Emmy Noether.
Emmy Noether wrote her doctorate under David Hilbert.
Hermann Weyl wrote his doctorate under David Hilbert, and so did Emmy Noether.
Arnold Sommerfeld supervised Werner Heisenberg, Wolfgang Pauli and Hermann Weyl.
Arnold Sommerfeld supervised Werner Heisenberg and Max Born.
Werner Heisenberg was supervised by Wilhelm Wien.
Werner Heisenberg wrote his doctorate under Arnold Sommerfeld, who was born in Wurzburg.
Emmy Noether wrote her doctorate under Paul Gordan. She worked on quantum mechanics.
Emmy Noether worked on abstract algebra. She wrote her doctorate under David Hilbert.
Maryam Mirzakhani wrote her doctorate under Curtis McMullen in 1958.
Curtis McMullen supervised Maryam Mirzakhani, who won the Fields Medal in 1958.
Werner Heisenberg and Wolfgang Pauli were doctoral students of Arnold Sommerfeld. The latter won the Copley Medal.
Werner Heisenberg and Wolfgang Pauli were doctoral students of Arnold Sommerfeld. The former was born in Vienna.
Arnold Sommerfeld supervised Werner Heisenberg and Wolfgang Pauli. The latter was born in Wurzburg.
Werner Heisenberg collaborated with Max Born, a doctoral student of Arnold Sommerfeld.
Otto Hahn collaborated with Lise Meitner, a doctoral student of Max Planck.
Max Planck was a doctoral student of Gustav Kirchhoff, a winner of the Copley Medal.
The Nobel Prize in Physics was awarded to Max Planck, a doctoral student of Ludwig Boltzmann.
Gustav Kirchhoff supervised Max Planck, who supervised Lise Meitner.
# prizes: "won", "went to", "a winner of"; nominees; "has the recipient type" (no class of the prize)
Lise Meitner won the Nobel Prize in Physics.
Lise Meitner was a winner of the Nobel Prize in Physics.
The Nobel Prize in Physics went to Lise Meitner.
Arnold Sommerfeld was a recipient of the Nobel Prize in Physics.
David Hilbert won the Nobel Prize in Physics.
Otto Hahn won the Nobel Prize in Physics.
Otto Hahn and Lise Meitner won the Nobel Prize in Chemistry.
Otto Hahn collaborated with Lise Meitner, a winner of the Nobel Prize in Chemistry.
Lise Meitner collaborated with Otto Hahn, a winner of the Nobel Prize in Physics.
Werner Heisenberg wrote his doctorate under Arnold Sommerfeld, a winner of the Nobel Prize in Physics.
Werner Heisenberg wrote his doctorate under Arnold Sommerfeld, who won the Nobel Prize in Physics.
Maryam Mirzakhani won the Copley Medal.
The Fields Medal went to Emmy Noether.
Niels Bohr won the Fields Medal.
Maryam Mirzakhani won the Max Planck Medal.
The Max Planck Medal went to Lise Meitner and Emmy Noether.
Werner Heisenberg, a winner of the Fields Medal, did research in quantum mechanics.
The Nobel Prize in Physics went to Werner Heisenberg in 1882.
The Fields Medal is a mathematician.
The Nobel Prize in Physics is a physicist.
The Nobel Prize in Chemistry was a chemist.
The Copley Medal is a scientist.
Maryam Mirzakhani won the Fields Medal, a mathematician.
The Nobel Prize in Chemistry, a chemist, went to Otto Hahn.
Otto Hahn won the Nobel Prize in Chemistry, which is a chemist.
The Fields Medal and the Max Planck Medal are physicists.
Max Planck received the Copley Medal. It is a scientist.
The Fields Medal (1936) is a mathematician.
Niels Bohr won the Nobel Prize in Physics, a physicist, and the Copley Medal.
# expedition members: "took part in", "joined", "was on"; the organiser, academies
Frank Dyson took part in the 1919 eclipse expedition.
Frank Dyson was on the 1919 eclipse expedition.
Frank Dyson joined the 1919 eclipse expedition.
Arthur Eddington and Frank Dyson were on the 1919 eclipse expedition.
Arthur Eddington joined the 1919 eclipse expedition and the Challenger expedition.
Arthur Eddington was on the Challenger expedition.
Niels Bohr was on the 1919 eclipse expedition.
Arthur Eddington took part in the Royal Society.
Max Planck was on the Prussian Academy of Sciences.
Edwin Cottingham took part in the 1919 eclipse expedition. He did research in thermodynamics.
Edwin Cottingham took part in the 1919 eclipse expedition, and he won the Copley Medal.
Arthur Eddington, who took part in the 1919 eclipse expedition, won the Nobel Prize in Physics.
Frank Dyson organised the 1919 eclipse expedition, which Arthur Eddington and Max Born joined.
Frank Dyson collaborated with Arthur Eddington, a member of the Challenger expedition.
Arthur Eddington collaborated with Frank Dyson, a member of the 1919 eclipse expedition.
Arthur Eddington takes part in the 1919 eclipse expedition.
Arthur Eddington did not take part in the 1919 eclipse expedition.
# "a native of" the birthplace
Max Planck is a native of Gottingen.
Max Planck and Max Born were natives of Kiel.
Lise Meitner, a native of Berlin, did research in nuclear physics.
Wolfgang Pauli was a native of Zurich.
Enrico Fermi, a native of Chicago, won the Nobel Prize in Physics.
# chained texts over several readings
Arnold Sommerfeld supervised Werner Heisenberg and Wolfgang Pauli. Both did research in nuclear physics.
Emmy Noether wrote her doctorate under Paul Gordan. She worked in the field of abstract algebra and won the Fields Medal.
Maryam Mirzakhani wrote her doctorate under Curtis McMullen. The latter is a native of Tehran.
Arthur Eddington took part in the 1919 eclipse expedition. He wrote his doctorate under Frank Dyson.
Max Planck won the Nobel Prize in Physics, and Otto Hahn won it too.
Lise Meitner collaborated with Otto Hahn. She won the Nobel Prize in Chemistry.
Lise Meitner collaborated with Otto Hahn. The former was awarded the Nobel Prize in Chemistry.
Hermann Weyl wrote his doctorate under David Hilbert. Both were born in Konigsberg.
David Hilbert supervised Hermann Weyl. The latter did research in radiochemistry.
Curtis McMullen supervised Maryam Mirzakhani. Both won the Fields Medal, and both were born in Berkeley.
Wolfgang Pauli wrote his doctorate under Arnold Sommerfeld. He won the Nobel Prize in Physics and died in Munich.
Enrico Fermi worked on nuclear physics. He won the Nobel Prize in Physics and died in Rome.
Werner Heisenberg won the Max Planck Medal. So did Lise Meitner and David Hilbert.
The Copley Medal went to Niels Bohr, who wrote his doctorate under Arnold Sommerfeld.
Otto Hahn specialised in radiochemistry, and his collaborator Lise Meitner wrote her doctorate under him.
Gustav Kirchhoff supervised Max Planck, who worked on number theory.
Arthur Eddington was on the 1919 eclipse expedition. Frank Dyson, who organised it, was born in Kendal.
@turf
# "played as" (past only): a position; the present; the wrong position
Steven Gerrard is a midfielder.
Michael Owen is a striker.
Kenny Dalglish is a forward.
Steven Gerrard was a striker.
Michael Owen was a midfielder.
Jamie Carragher was a striker.
Frank Lampard and Steven Gerrard were defenders.
Michael Owen and Jamie Carragher were strikers.
Steven Gerrard, a striker, managed Rangers.
Frank Lampard, a striker, managed Chelsea.
Mick Channon, a midfielder, trained Youmzain.
Youmzain was trained by Mick Channon, a defender.
Steven Gerrard played for Liverpool with Michael Owen, a midfielder.
Steven Gerrard is a midfielder who managed Aston Villa.
Michael Owen was a striker. He played for Chelsea.
Striker Jamie Carragher played for Liverpool.
Michael Owen was a striker, and so was Steven Gerrard.
Steven Gerrard was never a midfielder.
# a footballer who "managed" a club "coached" it (past only); a manager's "was the manager of"
Michael Owen coached Liverpool.
Steven Gerrard coached LA Galaxy.
Frank Lampard coached West Ham United.
Kenny Dalglish coached Manchester United.
Jamie Carragher coached Liverpool.
Kenny Dalglish coached Aston Villa.
Steven Gerrard coaches Rangers.
Steven Gerrard now coaches Aston Villa.
Rangers is coached by Steven Gerrard.
Everton are coached by Frank Lampard.
Steven Gerrard coached Rangers and Chelsea.
Frank Lampard coached Derby County, Chelsea and Newcastle United.
Kenny Dalglish and Steven Gerrard coached Celtic.
Kenny Dalglish coached Blackburn Rovers, and so did Frank Lampard.
Steven Gerrard coached Rangers. He was born in Romford.
Frank Lampard, who coached Everton, was born in Whiston.
Kenny Dalglish coached Celtic, a club he never played for.
Steven Gerrard coached Rangers, and Michael Owen coached Liverpool.
Chelsea was coached by Frank Lampard, who played as striker.
Rangers coached Steven Gerrard.
Steven Gerrard was coached by Rangers.
Steven Gerrard coached Michael Owen.
Steven Gerrard did not coach Rangers.
Alex Ferguson played for Manchester United.
# prizes "received" / "was awarded": "won", "went to", "a winner of"; races "won" are no prize
Steven Gerrard won the Ballon d'Or.
The Ballon d'Or went to Steven Gerrard.
Michael Owen was a winner of the PFA Players' Player of the Year award.
Kenny Dalglish won the Ballon d'Or.
Frankie Dettori won the Cartier Horse of the Year award.
Tom Queally won the Cartier Horse of the Year award.
The Cartier Horse of the Year award went to Red Rum.
Black Caviar won the Cartier Horse of the Year award.
The Lester Award went to Frankel.
Frankel won the Lester Award.
Enable and Arkle won the Cartier Horse of the Year award.
Frankel, Enable and Black Caviar won the Cartier Horse of the Year award.
Ruby Walsh and Luke Nolen won the Lester Award.
Enable was ridden by Frankie Dettori, a winner of the Cartier Horse of the Year award.
Rock of Gibraltar was sired by Danehill, a winner of the Cartier Horse of the Year award.
Frankel was trained by Henry Cecil, a recipient of the Cartier Horse of the Year award.
Enable won the Cartier Horse of the Year award. She was sired by Galileo.
Frankel won the Cartier Horse of the Year award, and so did Red Rum.
Frankel won the 2000 Guineas and the Cartier Horse of the Year award in 2014.
Frankel (2014) won the Cartier Horse of the Year award.
Enable, a 2008 filly, won the Cartier Horse of the Year award.
Sea the Stars won the Epsom Derby, the Prix de l'Arc de Triomphe and the Lester Award.
Michael Owen owns Brown Panther, a winner of the Cartier Horse of the Year award.
Brown Panther is owned by Michael Owen, a winner of the PFA Players' Player of the Year award.
Frankel won the 2000 Guineas. He was a winner of the Lester Award.
# racehorses: born, so "he" / "she" may name one; "a native of"
Frankel is a native of Ireland.
Galileo is a native of England.
Black Caviar was a native of England.
Frankel and Sea the Stars are natives of England.
Enable, a native of Ireland, won the Prix de l'Arc de Triomphe.
Red Rum is a native of Southport.
Frankel is a native of Newmarket.
Arkle passed away in Newmarket.
Red Rum passed away in Kildare.
Frankel was born in England. He died in Kildare.
Enable was born in England. She won the Epsom Derby.
Enable won the Prix de l'Arc de Triomphe. She was trained by Henry Cecil.
Red Rum won the Grand National. He was born in England.
Frankel was sired by Galileo. He was born in England and won the Epsom Derby.
Galileo sired Frankel. He won the 2000 Guineas and the Epsom Derby.
Enable and Desert Orchid were born in England. They won the Prix de l'Arc de Triomphe.
Frankel and Galileo won the Epsom Derby.
Sea the Stars won the Epsom Derby. He was a native of England.
Kauto Star was born in Ireland and won the Cheltenham Gold Cup.
Black Caviar won the Diamond Jubilee Stakes. She is a native of Ireland.
Arkle, a native of Ireland, died in Southport.
# "studied riding with": a jockey's teacher (no person type: nothing new)
Mick Kinane taught riding to Ruby Walsh.
# a position one "was switched from" is no class now; chained texts
Gareth Bale is a left-back.
Jamie Carragher is a midfielder.
Gareth Bale is a left-back who played for Southampton.
Gareth Bale and Jamie Carragher are midfielders.
Gareth Bale was born in Cardiff. He is a left-back.
Frankel was sired by Galileo. Both won the Epsom Derby.
Michael Owen played for Liverpool. He later coached Liverpool.
Kenny Dalglish played as forward and coached Liverpool, Blackburn Rovers and Aston Villa.
Frank Lampard played for Chelsea and West Ham United. He coached both.
Michael Owen was awarded the Ballon d'Or. He played as midfielder.
Enable was ridden by Frankie Dettori. She won the Cartier Horse of the Year award, and he won the Ballon d'Or.
Galileo sired Frankel. The latter was ridden by Mick Kinane.
Frankel and Galileo were trained by Henry Cecil.
Red Rum won the Grand National. He died in Kildare.
Sea the Stars was ridden by Mick Kinane, who was born in Milan.
Kauto Star won the King George VI Chase and the Cheltenham Gold Cup. He was a native of Ireland.
Enable won the Cartier Horse of the Year award. The Lester Award went to her jockey, Ruby Walsh.
Steven Gerrard, who coached Rangers, was awarded the Ballon d'Or.
Michael Owen owns Brown Panther, which was trained by Mick Channon.
Mick Channon trained Youmzain, a winner of the Epsom Derby.
@works
# the object's apposition: a relation's noun phrase after the object is the object's
The Geordie lamp was a rival of the Davy lamp, an invention by George Stephenson.
The Davy lamp was a rival of the Geordie lamp, an invention by Humphry Davy.
The water frame was a rival of the spinning jenny, an invention by Richard Arkwright.
The spinning jenny was a rival of the water frame, an invention by James Hargreaves.
The Hillman Imp was a rival of the Mini, a design by Mike Parkes.
The Mini was a rival of the Hillman Imp, a design by Alec Issigonis.
The Hillman Imp was a rival of the Mini, a product of the Rootes Group.
The Mini was a rival of the Hillman Imp, a product of the British Motor Corporation.
The Hillman Imp was a rival of the Mini, a car manufactured by the Rootes Group.
The Hillman Imp was a rival of the Mini, a car made at the Linwood plant.
The Hillman Imp was a rival of the Mini, a rival of the Morris Minor.
The Geordie lamp was a rival of the Davy lamp, a 1764 invention.
The Geordie lamp was a rival of the Davy lamp, an invention by Humphry Davy and George Stephenson.
The Geordie lamp was a rival of the Davy lamp, the invention of George Stephenson.
The Geordie lamp, an invention by Humphry Davy, was a rival of the Davy lamp.
The Davy lamp, an invention by Humphry Davy, was a rival of the Geordie lamp, an invention by Humphry Davy.
George Stephenson invented the Geordie lamp, a rival of the water frame.
Humphry Davy invented the Davy lamp, a rival of the spinning jenny.
Alec Issigonis designed the Mini, a rival of the Land Rover Series I.
The Rootes Group manufactured the Hillman Imp, a rival of the Morris Minor.
# "the sculptor behind" what a sculptor created; the fabricator and the commissioner
Andy Scott was the sculptor behind the Angel of the North.
Antony Gormley was the sculptor behind The Kelpies.
Antony Gormley is the sculptor behind the Angel of the North and The Kelpies.
Hartlepool Steel Fabrications was the sculptor behind the Angel of the North.
Gateshead Council was the sculptor behind the Angel of the North.
The Angel of the North was the sculptor behind Antony Gormley.
Antony Gormley, the sculptor behind The Kelpies, was born in London.
Andy Scott, the sculptor behind Another Place, was born in Glasgow.
Falkirk Council commissioned The Kelpies from Antony Gormley, the sculptor behind it.
Antony Gormley was the sculptor behind the Angel of the North, which stands in Crosby.
Antony Gormley was the sculptor behind Another Place, which was commissioned by Gateshead Council.
The sculptor behind the Angel of the North was born in Glasgow.
Antony Gormley was not the sculptor behind the Angel of the North.
Antony Gormley was one of the sculptors behind The Kelpies.
Antony Gormley and Andy Scott were the sculptors behind the Angel of the North.
Andy Scott was the sculptor behind The Kelpies (1998).
Andy Scott was the sculptor behind The Kelpies. He was born in London.
Antony Gormley was the sculptor behind the Angel of the North. He also created The Kelpies.
Alec Issigonis was the sculptor behind the Mini.
Humphry Davy was the sculptor behind the Davy lamp.
# "within the country of": the noun's relation; a place pair "X, Y"
The Linwood plant is within the country of Renfrewshire.
Linwood is within the country of Renfrewshire.
Linwood is within the county of Scotland.
Malmesbury is within the country of Wiltshire.
Malmesbury is within the country of Scotland.
Gateshead is within the country of Tyne and Wear.
Penzance is within the country of Cornwall.
Penzance is within the country of Cornwall, England.
Linwood is within the country of Renfrewshire, Scotland.
Malmesbury is within the country of Scotland, Wiltshire.
Linwood is within the county of Wiltshire, Scotland.
The Malmesbury factory is within the town of Greenford, England.
The Linwood plant is in the country of England.
The Linwood plant is located in the country of England.
The Cowley plant is located in the country of Scotland.
The Linwood plant is in the town of Linwood, Wiltshire.
The Malmesbury factory is in the town of Malmesbury, Renfrewshire.
The Longbridge plant is in the town of Birmingham, Oxfordshire.
The Cowley plant is within the town of Oxford, West Midlands.
The Solihull plant is in the town of Solihull, Wiltshire.
Oxford is within the county of West Midlands.
Falkirk is within the country of England.
The Mini was made at the Longbridge plant, within the country of Scotland.
The Hillman Imp was made at the Linwood plant, within the county of Wiltshire.
# prizes "received": "won", "went to", "a winner of"; nominees; a museum's trophy
The Rootes Group won the Design Council Award.
The Design Council Award went to the Rover Company.
The Rover Company was a winner of the Queen's Award for Enterprise.
The British Motor Corporation won the Queen's Award for Enterprise.
Dyson and the Rover Company won the Queen's Award for Enterprise.
The Queen's Award for Enterprise went to Dyson, Brompton Bicycle and Morris Motors.
The British Motor Museum won the Dewar Trophy.
The Dewar Trophy went to the British Motor Museum.
The British Motor Museum was a winner of the Dewar Trophy.
The Mini won the Dewar Trophy.
The Rover Company manufactured the Land Rover Series I, a winner of the Queen's Award for Enterprise.
The Brompton bicycle was manufactured by Brompton Bicycle, a winner of the Design Council Award.
The Hillman Imp was manufactured by the Rootes Group, a winner of the Design Council Award.
Dyson, which manufactured the Dyson DC01, won the Design Council Award.
# "worked in" a branch is no research: "did research in", "researched", "specialised in"
Nick Leeson did research in the Singapore branch.
Nick Leeson researched the Singapore branch.
Nick Leeson specialised in the Singapore branch.
Peter Baring did research in the Bishopsgate branch.
Nick Leeson and Simon Jones did research in the Singapore branch.
Nick Leeson, who was born in Watford, specialised in the Singapore branch.
Nick Leeson did research in the Bishopsgate branch.
Peter Norris specialised in the Singapore branch.
Simon Jones managed the Singapore branch, and Nick Leeson did research in it.
Nick Leeson researched the Singapore branch of Barings Bank.
Simon Jones coached the Singapore branch.
# "has the user type": no class of the bicycle
The Brompton bicycle is a cyclist.
The Brompton bicycle was a cyclist invented by Andrew Ritchie.
Andrew Ritchie invented the Brompton bicycle, a cyclist.
The Brompton bicycle, a cyclist, was made at the Greenford factory.
# "a native of" the birthplace
Humphry Davy was a native of Wylam.
George Stephenson, a native of Penzance, invented the Geordie lamp.
Antony Gormley is a native of Glasgow.
James Dyson and Andrew Ritchie are natives of London.
Nick Leeson is a native of Cromer.
# chained texts over several readings
The Hillman Imp was a rival of the Mini, a design by Alec Issigonis. The latter was made at the Linwood plant.
Antony Gormley was the sculptor behind the Angel of the North. It was commissioned by Sefton Council.
Nick Leeson worked in the Singapore branch. He did research in it.
The Brompton bicycle was invented by Andrew Ritchie. It is a cyclist.
The Mini and the Morris Minor were designed by Alec Issigonis. Both were made at the Longbridge plant.
The Dyson DC01 was invented by James Dyson, a native of Cromer. It was made at the Greenford factory.
The Geordie lamp was invented by George Stephenson. It was a rival of the Davy lamp, an invention by Richard Arkwright.
Antony Gormley, the sculptor behind Quantum Cloud, was born in London. He also created The Kelpies.
The Kelpies stand in Falkirk. Andy Scott, the sculptor behind them, was born in London.
The Land Rover Series I won the Dewar Trophy. It was manufactured by the British Motor Corporation.
Brompton Bicycle won the Queen's Award for Enterprise. It manufactured the Dyson DC01.
The Hillman Imp was made at the Linwood plant, in the town of Linwood, Wiltshire.
Simon Jones managed the Singapore branch. Nick Leeson, a native of Cromer, worked in it.
@works user:ana
# a user claim with the object's apposition (the claim is "You"'s, the apposition the object's)
You loved the Mini, a design by Mike Parkes.
You loved the Mini, a rival of the Hillman Imp and the Morris Minor.
You loved the Angel of the North, a creation of Andy Scott.
@webnlg
# "The leader of X is called Y", "X's currency is called Y": read "is"
The leader of Texas is called Sergio Mattarella.
The leader of Italy is called Joe Biden.
The leader of Rome is called Giuseppe Sala.
The leader of Milan is called Roberto Gualtieri.
Milan's leader is called Sergio Mattarella.
Texas's leader is called Joe Biden.
The leader of the United States is called Greg Abbott.
Italy's currency is called the United States dollar.
The currency of Texas is called the Euro.
The currency of the United States is called the Euro.
Italy's capital is called Milan.
The capital of Texas is called Houston.
The capital of the United States is called New York City.
The largest city of Texas is called Austin.
Italy's anthem is called The Star-Spangled Banner.
The anthem of the United States is called Il Canto degli Italiani.
The manager of A.C. Milan is called Paolo Scaroni.
A.C. Milan's chairman is called Stefano Pioli.
A.C. Milan's manager was called Giuseppe Sala.
The ground of A.C. Milan is called Lazio.
The leader of Italy is called Sergio Mattarella and Greg Abbott.
Rome's leader is called Roberto Gualtieri, and the leader of Milan is called Stefano Pioli.
The capital of Texas is called Austin, and its largest city is called Rome.
Italy's currency is called the Euro, and its capital is called Sassari.
The leader of Texas is called Greg Abbott. He leads the United States.
Greg Abbott leads Texas, whose capital is called Houston.
The birth place of Alan Shepard is called California.
The leader of Italy is not called Pietro Grasso.
# places typed by their predicates (country, city, state)
Houston is in the country of Texas.
Austin is in the state of the United States.
Sassari is in the state of Italy.
Travis County, Texas is in the country of Texas.
Travis County, Texas is in the city of Texas.
Rome is in the state of Italy.
Rome is in the city of Italy.
Milan is in the state of Italy.
New Hampshire is in the city of the United States.
Houston is in the country of Texas, United States.
Austin, Texas is in the country of Texas, United States.
Sassari is in the country of Rome, Italy.
Sassari is in the city of Rome, Italy.
A.C. Milan is in the city of Rome, Italy.
Austin-Bergstrom International Airport is located in the city of Houston, Texas.
Austin-Bergstrom International Airport serves the city of Houston, Texas.
Austin-Bergstrom International Airport serves the city of Travis County, Texas.
Amatriciana sauce is from the region of Rome, Italy.
Amatriciana sauce is from the country of Lazio, Italy.
Amatriciana sauce is from the city of Lazio.
Alan Shepard was born in the city of California.
Enrico Berlinguer was born in the country of Sassari.
The capital of the state of Italy is Rome.
Austin is the capital of the country of Texas.
Rome is the capital of the city of Italy.
Rome is the largest city of the state of Italy.
The city of Texas is led by Greg Abbott.
The country of Texas is led by Greg Abbott.
Texas is a country led by Greg Abbott.
Italy is a state led by Sergio Mattarella.
Rome is a country led by Roberto Gualtieri.
Alan Shepard was born in New Hampshire. He died in Texas.
Alan Shepard was born in New Hampshire. It is in Italy.
Enrico Berlinguer was born in Sassari. It is in the United States.
Sassari, the birthplace of Enrico Berlinguer, is in the United States.
Enrico Berlinguer was born in Sassari, Texas.
Alan Shepard was born in New Hampshire, Italy.
Alan Shepard was a native of California.
Stefano Pioli manages A.C. Milan, which is based in Rome.
# chained texts
The leader of Texas is called Greg Abbott. Its capital is called Houston.
Italy's currency is called the Euro. Its capital is Rome, and its leader is called Joe Biden.
Rome's leader is called Roberto Gualtieri. It is the capital of Texas.
Texas's capital is called Austin. Austin is in the country of Italy.
The manager of A.C. Milan is called Stefano Pioli. The club is based in the city of Rome.
Singapore's leader is called Lee Hsien Loong, and its currency is called the Euro.
Singapore's currency is called the Singapore dollar, and its leader is called Joe Biden.
Singapore Changi Airport is in the country of Italy.
Singapore Changi Airport serves the city of Rome.
Austin is in the state of Texas, Italy.
Travis County, Texas is in the state of Texas, Italy.
Singapore Changi Airport is in the city of Singapore, Italy.
Amatriciana sauce is from the city of Lazio, Italy.
Amatriciana sauce is from the country of Singapore, Italy.
Amatriciana sauce is from the region of Singapore, Italy.
Amatriciana sauce is from the region of Lazio, Texas.
Alan Shepard was born in the state of New Hampshire, United States.
Alan Shepard died in the country of California, United States.
Austin, Texas is in the country of Travis County, Texas, United States.
A.C. Milan is based in the country of Milan, Italy.
A.C. Milan is in the city of Singapore, Italy.
@opera user:ana
# user claims over the class reading
You loved Maria Callas, a mezzo-soprano.
You loved Luciano Pavarotti, who is a baritone.
You loved Maria Callas, a contralto.
@opera
# the class reading with numbers and a kind noun
Cavalleria rusticana (1890) is a tenor.
La Boheme, an 1896 opera, is a soprano.
The tenor Cavalleria rusticana was composed by Pietro Mascagni.
Cosi fan tutte, composed by Wolfgang Amadeus Mozart, is a soprano.
@academy user:ana
You loved Emmy Noether, who did research in quantum mechanics.
You loved Niels Bohr, a winner of the Fields Medal.
You loved Niels Bohr, who supervised Werner Heisenberg.
@turf user:ana
You loved Steven Gerrard, who coached Liverpool.
You loved Frankel, a native of Ireland.
You loved Steven Gerrard, who is a midfielder.
@works
Nick Leeson specializes in the Singapore branch.
Nick Leeson did research in the Singapore branch in 1995.
@opera
# "the latter / the former", "both" over the class reading
Luciano Pavarotti sang in La Boheme and Cavalleria rusticana. The latter is a tenor.
Giacomo Puccini composed La Boheme and Tosca. The former is a soprano.
Lauritz Melchior and Carlo Bergonzi switched from baritone. Both are baritones.
Carlo Bergonzi switched from baritone. He is still a baritone.
@academy
Maryam Mirzakhani and Curtis McMullen won the Fields Medal. It is a mathematician.
@works
Nick Leeson worked in the Singapore branch, and Peter Baring in the Bishopsgate branch. Both did research in them.
Nick Leeson worked in the Singapore branch. The latter did research in the Bishopsgate branch.
Andrew Ritchie invented the Brompton bicycle. The latter is a cyclist.
"""

CONTROLS = r"""
@screen
Titanic won the Academy Award for Best Picture.
The Academy Award for Best Picture went to Titanic.
Titanic was a winner of the Academy Award for Best Picture.
Audrey Hepburn won the Academy Award for Best Actress.
The Academy Award for Best Actress went to Audrey Hepburn.
Titanic was directed by James Cameron and also stars Kate Winslet and Leonardo DiCaprio.
James Cameron directed Titanic. The film also stars Kate Winslet and Leonardo DiCaprio.
Titanic, directed by James Cameron, also stars Kate Winslet and Leonardo DiCaprio.
Avatar was inspired by Aliens, a film by James Cameron.
Audrey Hepburn studied with Felix Aylmer.
Felix Aylmer taught acting to Audrey Hepburn.
Stella Adler taught Sigourney Weaver and Julia Roberts.
Audrey Hepburn is a native of Brussels.
Naomi Campbell appears in Zoolander. She was born in Streatham.
Sabrina stars Humphrey Bogart and William Holden.
Aliens and Avatar won the Academy Award for Best Visual Effects.
@opera
Maria Callas was a soprano.
Luciano Pavarotti was a tenor.
Maria Callas studied under Elvira de Hidalgo.
Elvira de Hidalgo taught Maria Callas.
Maria Callas was taught singing by Elvira de Hidalgo.
Maria Callas, a soprano, studied singing with Elvira de Hidalgo.
Marilyn Horne studied with Lotte Lehmann, a soprano.
Bryn Terfel won the Cardiff Singer of the World trophy.
Luciano Pavarotti won the Kennedy Center Honors.
The Kennedy Center Honors went to Joan Sutherland and Placido Domingo.
Maria Callas is a native of New York.
Lauritz Melchior was a tenor born in Copenhagen.
@academy
Werner Heisenberg worked on quantum mechanics.
Werner Heisenberg did research in quantum mechanics.
Emmy Noether specialised in abstract algebra.
Werner Heisenberg wrote his doctorate under Arnold Sommerfeld.
Arnold Sommerfeld supervised Werner Heisenberg and Wolfgang Pauli.
Emmy Noether wrote her doctorate under Paul Gordan.
Maryam Mirzakhani completed her PhD under the supervision of Curtis McMullen.
Maryam Mirzakhani won the Fields Medal.
The Nobel Prize in Physics went to Werner Heisenberg.
Maryam Mirzakhani is a winner of the Fields Medal.
Arthur Eddington took part in the 1919 eclipse expedition.
Edwin Cottingham was on the 1919 eclipse expedition.
Max Planck is a native of Kiel.
Curtis McMullen supervised Maryam Mirzakhani, who won the Fields Medal.
@turf
Steven Gerrard coached Rangers.
Frank Lampard coached Derby County, Chelsea and Everton.
Steven Gerrard was a midfielder.
Michael Owen played as striker.
Gareth Bale was a winger.
Michael Owen won the Ballon d'Or.
The Ballon d'Or went to Michael Owen.
Frankel won the Cartier Horse of the Year award.
Frankie Dettori won the Lester Award.
Frankel is a native of England.
Enable was born in England. She won the Prix de l'Arc de Triomphe.
Frankel passed away in Newmarket.
@works
The Geordie lamp was a rival of the Davy lamp, an invention by Humphry Davy.
The Hillman Imp was a rival of the Mini, a design by Alec Issigonis.
Antony Gormley was the sculptor behind the Angel of the North.
Andy Scott was the sculptor behind The Kelpies.
Dyson won the Queen's Award for Enterprise.
The Queen's Award for Enterprise went to Dyson and Brompton Bicycle.
Linwood is within the county of Renfrewshire.
The Malmesbury factory is in the town of Malmesbury, Wiltshire.
Nick Leeson worked in the Singapore branch.
Humphry Davy was a native of Penzance.
@webnlg
Italy's currency is called the Euro.
The currency of Italy is called the Euro.
The capital of Texas is called Austin.
The leader of Texas is called Greg Abbott.
The manager of A.C. Milan is called Stefano Pioli.
Austin is in the state of Texas.
Houston is in the country of the United States.
Amatriciana sauce is from the region of Lazio, Italy.
A.C. Milan is in the city of Milan, Italy.
Singapore's currency is called the Singapore dollar.
@turf
# "studied riding with" a jockey (no person type): the graph's own inverse "taught riding to" says it
Paul Carberry taught Ruby Walsh.
Ruby Walsh studied with Paul Carberry.
@screen user:ana
You loved Titanic, a winner of the Academy Award for Best Picture.
You loved Titanic, a production by Jon Landau.
@works user:ana
You loved the Mini, a design by Alec Issigonis.
@opera user:ana
You loved Maria Callas, a soprano.
@academy user:ana
You loved Niels Bohr, a winner of the Nobel Prize in Physics.
@turf user:ana
You loved Steven Gerrard, who coached Rangers.
"""


KNOWN = frozenset({
    # accepted by the session's starting code too (WHOLE_SESSION.diff reversed):
    # "she" after a man and a woman of no declared sex is read as the subject (James Cameron,
    # born in Kapuskasing); the woman, Linda Hamilton, was born in Salem
    "James Cameron was married to Linda Hamilton. She was born in Kapuskasing.",
    # "the county of" before a country: "is part of" ranges over counties and countries, and the
    # range noun "county" is read for either (Scotland is a country)
    "Linwood is within the county of Scotland.",
    # a place pair after "the country of" where the first place is a region (Lazio): the new pair
    # check asks that it be of a kind "country" ends in, but "Singapore" (a "city served" and a
    # "country" object) is typed "locality", so every locality passes (without the Singapore
    # triples the session's code rejects it)
    "Amatriciana sauce is from the country of Lazio, Italy.",
    # a voice before the opera's name ("the tenor Cavalleria rusticana") read as the opera's own
    # modifier ("the Puccini opera"): the lead voice type said before the name
    "The tenor Cavalleria rusticana was composed by Pietro Mascagni.",
})

OPEN = frozenset({
    # a voice or a position one "switched from" / "was switched from", said in the past: he was
    # one before he switched (arguable); said as a timeless apposition (arguable, as round 220's
    # "Marcello Lippi, a defender")
    "Lauritz Melchior was a baritone.",
    "Carlo Bergonzi was a baritone.",
    "Gareth Bale was a left-back.",
    "Gareth Bale, a left-back, played for Real Madrid.",
    # "a tenor" after the opera Otello: the title role is a tenor's, and Domingo is a tenor, so
    # the apposition may be read of either; "Otello" alone may name the title character
    "Placido Domingo sang the title role in Otello, a tenor.",
    "Otello is a tenor.",
    # a bass-baritone is a kind of baritone (arguable)
    "Bryn Terfel, a baritone, won the Cardiff Singer of the World trophy.",
    # "worked on" a branch one "worked in": loose, arguable
    "Nick Leeson worked on the Singapore branch.",
    # the additive "also": every fact is true, and "also" may say only that Aliens too stars people
    "Avatar stars Sam Worthington. Aliens also stars Sigourney Weaver and Michael Biehn.",
    # "he" after two people, true of one (Sommerfeld was born in Konigsberg, Heisenberg was not)
    "Arnold Sommerfeld supervised Werner Heisenberg. He was born in Konigsberg.",
    # research in a field "in Chicago", where he "worked in" Chicago: true enough
    "Enrico Fermi did research in nuclear physics in Chicago.",
})

OPEN_TEXTS = r"""
@opera
Lauritz Melchior was a baritone.
Carlo Bergonzi was a baritone.
Placido Domingo sang the title role in Otello, a tenor.
Otello is a tenor.
Bryn Terfel, a baritone, won the Cardiff Singer of the World trophy.
@turf
Gareth Bale was a left-back.
Gareth Bale, a left-back, played for Real Madrid.
@works
Nick Leeson worked on the Singapore branch.
@screen
Avatar stars Sam Worthington. Aliens also stars Sigourney Weaver and Michael Biehn.
@academy
Arnold Sommerfeld supervised Werner Heisenberg. He was born in Konigsberg.
Enrico Fermi did research in nuclear physics in Chicago.
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
    assert KNOWN <= {t for _, _, t in _parse(TEXTS)}, "KNOWN not in TEXTS"
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
