"""Red team round 226: the whole session's change to the checker (CHANGES.diff) on six small graphs
of my own.

Graphs are built in code (``KnowledgeGraph.from_triples`` with declared entities and relations);
each text is checked with ``ConsistencyChecker(kg, outside_evidence=True, rating_threshold=4.0)``
and no evidence, so any true statement of the graph is allowed. Six graphs (see the builders):
"cinema" (films "were directed / written / produced / distributed by", "have music by" composers,
whose inverse "composed the music for" gives the new "composed for"; actors "starred in" films and
"were cast by" directors; songs "were sung / engineered by"; films "feature" songs; studios "are
based in" cities, one in two countries; an actress named Michael Lorne, a man named Andrea Sarti),
"studio" (statues "were sculpted / carved / cast by", sitters "were sculpted / photographed /
painted by", a villa "was designed by" Sir Henry Quinn, "built by" a contractor, "owned by" a
fashion designer, "commissioned by" a collector, a pavilion "built by" a king, a bridge "engineered
/ built / painted by", a choir and a museum "directed by"; Lugano in Ticino, Campione in Italy),
"sport" (Rhys Pritchard "played club rugby / Test cricket / county cricket for"; coaches "were head
coach of" and "succeeded" one another; "was a member of", "served as a selector of", "is a trustee
of"; Søren / Sören Dahl and Łukasz / Lukasz Nowak; tennis players and prime ministers), "botany"
(botanists "specialised in" fields, "worked in", "were educated / brought up in", "passed away in",
"are interred in", "were laid to rest in", a chemist "was executed in" towns; societies' members,
secretaries, presidents and successions; countries WebNLG-style with languages, currencies,
capitals, leaders), "horses" (a filly named Victor Ludorum and a colt named Grace Harbour that
"were born in" towns like their people; studs, breeds, regions, counties), "crown" (kings, a queen,
kingdoms and an empire; a play, operas, a symphony; "served as a kapellmeister of", "was a tutor of").

Attacked: every reading of CHANGES.diff with wrong entities, wrong direction, tense, negation, lists
with one wrong member, coreference, neighbouring relations on the same words, and graphs where the
conditions almost hold (a "work of" a producer, a performer, an owner, a patron, a contractor, a
photographer; a place chain whose middle place is in another country; an animal with a person's
given name; the act "in" a place after its object where a death or burial is said in other words).

Findings: 29 of 421 false texts accepted, all new with the session (the code with CHANGES.diff
reversed accepts none of the 29). KNOWN: 22 more accepted before the session too.
Controls: 104 of 124 accepted. OPEN: 21 (14 accepted).
* "is the work of" a maker by the new _WORK_OF (13): "cast", "photographed" and "built" say it of
  anything: a person a director cast ("Lena Hartmann is the work of Otto Brandt", "Tomas Brink and
  Victor Alcott are the work of Helga Voss", an actress too), a sitter or a sculptor photographed
  ("Clara Imhof is the work of Alfred Stieber", "Auguste Delorme is the work of Jean-Luc Perrin"),
  a statue photographed ("Kneeling Girl is the work of Jean-Luc Perrin": Ingrid Sæther carved it),
  a contractor's building ("The Aarberg Bridge / Villa Serena is the work of Baumann and Company":
  the old _WHOLE_MAKERS left "built" out on purpose, "a contractor's building is its architect's
  work"), a king who had a pavilion built ("The Glass Pavilion is the work of Ludwig of Ostmark").
* given names on animals (9): GraphIndex.given_sex reads any type the graph says is born (a
  racehorse that "was born in" a town), and the name beats the type: a filly named Victor Ludorum
  is skipped by "she", a colt named Grace Harbour by "he", which land on the trainer or the other
  horse ("Silver Lough won the 1000 Guineas. Victor Ludorum won the Irish Oaks. She was born in
  Kildare": Silver Lough was, Victor Ludorum was born in Navan).
* a type that says the sex loses to the name (3): an actress named Michael Lorne is skipped by
  "she" ("Greta Moll starred in Red Orchard. Michael Lorne starred in Winter Signal. She was born in
  Hamburg"; "Andrea Sarti cast Michael Lorne. She was born in Turin").
* "played <sport> for" / "played for" after a surname (4): "Søren Dahl played club rugby for
  Northgate RFC. Dahl played cricket for Denmark" (Sören did): the surname alone is either Dahl (as
  before the session: KNOWN "Dahl was born in Odense"), and the new shorter phrases reach it.
KNOWN (accepted before too): the act "in" a place where a death, burial or upbringing is said in
words _LIFE_EVENTS lacks ("passed away in", "is interred in", "was laid to rest in", "was executed
in", "was brought up in": "Elias Vinter specialised in bryology in Stockholm", where he passed
away); "is the work of" a sitter's sculptor or painter, a painting contractor, a choir's or a
museum's director (attributes, whose types _behind_unmade never sees); "Gareth Powell, whom Martina
Hale succeeded as head coach of Wales, was born in Swansea" (the new "as N of" of both misses the
successor of a "whom" clause); a surname after the full name; "is one of the members / tutors of"
for a past "was a member / tutor of".
Held: "composed for" (wrong film, reversed, modal, negation, lists, years, people and studios as
objects), the plural light verbs (one wrong film, negation, people or studios as subjects, the
film-song "features"), place chains (the wrong middle place, reversed, Campione, a studio in two
countries, three places, lists), the spelled fold ("Søren" / "Sören", "Łukasz" / "Lukasz", in
quotes, in capitals), "he" / "she" of people of person types (titles, a hyphenated name, names of
both sexes, compound types), "where a N is Y" / "where the N spoken / used is Y", "one of the Ns
of" / "served as one of the Ns of" / "belonged to", "as N of Z" after succeeded / took over from /
was succeeded by / replaced / followed / preceded / was the successor of, kingdoms, the empire and
works as no one, the act "in" where born.
Controls rejected (20): a place two levels up ("Aurora Film is based in Munich, in Germany",
"Villa Serena is located in Lugano, in Switzerland", three places); two coordinated people of
different types before a verb; "Michael Lorne starred in Winter Signal. She was born in Vienna"
(the actress is skipped, nobody is left); "Victor Ludorum won the Irish Oaks. She was born in
Navan", "... She was ridden by Ann Walsh", "Grace Harbour won the Irish Derby. He was born in
Fermoy / was sired by Galway Prince" (all accepted before the session); "Helga" is in neither list
("He" after Helga Voss and Otto Brandt); "played cricket for Northshire CCC and England" (a list
across the county and Test relations); "was one of the selectors / secretaries of" for "served as
a N of"; "was one of the head coaches of"; "as president of" (no noun reading for "was president
of"); "took over from" of kings; "is the work of" where an opera or a painting is on the graph
(their type synonym "work" makes "the work" a reference: "The Velden Symphony is the work of Lucia
Galli").
Closed in the same session: "is the work of" only of a thing (never a person or an animal on
the work's side), by a maker's own art (not "cast", "photographed", "built", "engineered"; a
director's only of a film or a stage work; the KNOWN sitter and choir texts are rejected too);
given names only of people by their type (not a horse born in a town) and never over a type of one
sex (an actress named Michael); a surname alone where someone of that surname was named in full
before is never the graph's other person of that surname (Søren Dahl ... Dahl). Then: accepted 0
of 421.
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
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def _t(rel, pairs):
    return [(h, rel, t) for h, t in pairs]


PEOPLE_CINEMA = ("film director", "screenwriter", "film producer", "composer", "actor", "actress", "singer", "songwriter")


def cinema():
    """Films and songs (items dated by release): films "were directed / written / produced by"
    people (a director who only produced one), "have music by" composers (inverse "composed the
    music for": the new "composed for"; the noun "music by" after the plural light verbs), "were
    distributed by" studios; actors "starred in" films and "were cast by" directors (a person who
    "was cast by" a director is no work of his); songs "were written by" songwriters and "were
    sung by" singers (performers), and "were engineered by" sound engineers; films "feature"
    songs (the light verb as a relation). People "were born in" cities, studios "are based in"
    cities, cities "are located in" countries (place chains). Names: Andrea Sarti (a man, a name
    of both sexes), Helga Voss, Otto Brandt, Greta Moll."""
    rels = [
        R("directed", phrase="was directed by", inverse_phrase="directed", domain=("film",), range=("film director",)),
        R("written", phrase="was written by", inverse_phrase="wrote", domain=("film", "song"), range=("screenwriter", "songwriter")),
        R("produced", phrase="was produced by", inverse_phrase="produced", domain=("film",), range=("film producer", "film director")),
        R("music", phrase="has music by", inverse_phrase="composed the music for", domain=("film",), range=("composer",)),
        R("starred", phrase="starred in", inverse_phrase="starred", domain=("actor", "actress"), range=("film",)),
        R("castby", phrase="was cast by", inverse_phrase="cast", domain=("actor", "actress"), range=("film director",)),
        R("distributed", phrase="was distributed by", inverse_phrase="distributed", domain=("film",), range=("film studio",)),
        R("sung", phrase="was sung by", inverse_phrase="sang", domain=("song",), range=("singer", "actor")),
        R("engineered", phrase="was engineered by", inverse_phrase="engineered", domain=("song",), range=("sound engineer",)),
        R("features", phrase="features", inverse_phrase="is featured in", domain=("film",), range=("song",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=PEOPLE_CINEMA + ("sound engineer",),
          range=("city",)),
        R("based", phrase="is based in", inverse_phrase="is home to", domain=("film studio",), range=("city",)),
        R("located", phrase="is located in", inverse_phrase="contains", domain=("city", "region"), range=("region", "country")),
    ]
    items = {"f:nacht": ("film", "Nachtfalter", 1958), "f:harbour": ("film", "The Glass Harbour", 1961),
             "f:orchard": ("film", "Red Orchard", 1964), "f:signal": ("film", "Winter Signal", 1967),
             "s:lights": ("song", "Harbour Lights", 1961), "s:ember": ("song", "Ember Song", 1964)}
    others = {"d:brandt": ("film director", "Otto Brandt"), "d:voss": ("film director", "Helga Voss"),
              "d:sarti": ("film director", "Andrea Sarti"),
              "w:ellery": ("screenwriter", "Ruth Ellery"), "w:drummond": ("screenwriter", "Paul Drummond"),
              "p:kessler": ("film producer", "Samuel Kessler"), "p:lindqvist": ("film producer", "Dora Lindqvist"),
              "c:kolb": ("composer", "Bernhard Kolb"), "c:weil": ("composer", "Clara Weil"),
              "a:hartmann": ("actor", "Lena Hartmann"), "a:alcott": ("actor", "Victor Alcott"), "a:moll": ("actor", "Greta Moll"),
              "a:brink": ("actor", "Tomas Brink"), "a:lorne": ("actress", "Michael Lorne"),
              "g:santos": ("singer", "Maria Santos"), "g:falk": ("songwriter", "Jonas Falk"),
              "e:rowe": ("sound engineer", "Peter Rowe"),
              "t:aurora": ("film studio", "Aurora Film"), "t:nordlicht": ("film studio", "Nordlicht Studios"),
              "y:munich": ("city", "Munich"), "y:hamburg": ("city", "Hamburg"), "y:turin": ("city", "Turin"),
              "y:vienna": ("city", "Vienna"), "y:zurich": ("city", "Zurich"), "y:london": ("city", "London"),
              "y:edinburgh": ("city", "Edinburgh"), "y:stockholm": ("city", "Stockholm"), "y:lisbon": ("city", "Lisbon"),
              "r:bavaria": ("region", "Bavaria"),
              "n:germany": ("country", "Germany"), "n:italy": ("country", "Italy"), "n:austria": ("country", "Austria"),
              "n:switzerland": ("country", "Switzerland"), "n:england": ("country", "England"),
              "n:scotland": ("country", "Scotland"), "n:sweden": ("country", "Sweden"), "n:portugal": ("country", "Portugal")}
    T = _t("directed", [("f:nacht", "d:brandt"), ("f:harbour", "d:voss"), ("f:orchard", "d:brandt"), ("f:signal", "d:sarti")])
    T += _t("written", [("f:nacht", "w:ellery"), ("f:harbour", "w:drummond"), ("f:orchard", "w:drummond"), ("f:signal", "w:ellery"),
                        ("s:lights", "g:falk"), ("s:ember", "g:falk")])
    T += _t("produced", [("f:nacht", "p:kessler"), ("f:harbour", "p:lindqvist"), ("f:orchard", "p:kessler"), ("f:signal", "d:brandt")])
    T += _t("music", [("f:nacht", "c:kolb"), ("f:harbour", "c:weil"), ("f:orchard", "c:weil"), ("f:orchard", "c:kolb"),
                      ("f:signal", "c:kolb")])
    T += _t("starred", [("a:hartmann", "f:nacht"), ("a:alcott", "f:nacht"), ("a:hartmann", "f:harbour"), ("a:brink", "f:harbour"),
                        ("a:alcott", "f:orchard"), ("a:moll", "f:orchard"), ("a:moll", "f:signal"),
                        ("a:lorne", "f:signal")])
    T += _t("castby", [("a:hartmann", "d:brandt"), ("a:alcott", "d:voss"), ("a:moll", "d:sarti"), ("a:brink", "d:voss"), ("a:lorne", "d:sarti")])
    T += _t("distributed", [("f:nacht", "t:aurora"), ("f:harbour", "t:aurora"), ("f:orchard", "t:nordlicht"),
                            ("f:signal", "t:nordlicht")])
    T += _t("sung", [("s:lights", "g:santos"), ("s:ember", "a:moll")])
    T += _t("engineered", [("s:lights", "e:rowe"), ("s:ember", "e:rowe")])
    T += _t("features", [("f:harbour", "s:lights"), ("f:orchard", "s:ember")])
    T += _t("born", [("d:brandt", "y:munich"), ("d:voss", "y:hamburg"), ("d:sarti", "y:turin"), ("w:ellery", "y:london"),
                     ("w:drummond", "y:edinburgh"), ("p:kessler", "y:vienna"), ("p:lindqvist", "y:stockholm"),
                     ("c:kolb", "y:vienna"), ("c:weil", "y:zurich"), ("a:hartmann", "y:munich"), ("a:alcott", "y:london"),
                     ("a:moll", "y:hamburg"), ("a:brink", "y:stockholm"), ("g:falk", "y:stockholm"), ("g:santos", "y:lisbon"),
                     ("e:rowe", "y:london"), ("a:lorne", "y:vienna")])
    T += _t("based", [("t:aurora", "y:munich"), ("t:nordlicht", "y:hamburg"), ("t:nordlicht", "y:vienna")])
    T += _t("located", [("y:munich", "r:bavaria"), ("r:bavaria", "n:germany"), ("y:hamburg", "n:germany"), ("y:turin", "n:italy"),
                        ("y:vienna", "n:austria"), ("y:zurich", "n:switzerland"), ("y:london", "n:england"),
                        ("y:edinburgh", "n:scotland"), ("y:stockholm", "n:sweden"), ("y:lisbon", "n:portugal")])
    return _build(items, others, rels, T)


ART_PEOPLE = ("sculptor", "woodcarver", "photographer", "painter", "architect", "engineer", "fashion designer", "collector",
              "monarch", "scientist", "cantor", "curator")


def studio():
    """Sculpture, a villa and a bridge (items dated by completion): statues "were sculpted / carved
    by" sculptors and "were cast by" foundries; sitters (a scientist, a monarch) "were sculpted by"
    and "were photographed by" artists (a sitter is no one's work), a scientist "was painted by" a
    painter; a villa "was designed by" an architect (a title first: Sir Henry Quinn), "was built by"
    a firm and by a king (the king had it built), "was owned by" a fashion designer (a designer
    who only owned it) and "was commissioned by" a collector; a bridge "was engineered by" an
    engineer and "was painted by" a painting contractor (coated); a choir and a museum "were
    directed by" a cantor and a curator. Statues "stand in" cities; villas, museums and cities
    "are located in" cities, regions and countries (Campione, an Italian enclave in Switzerland).
    Sculptors "studied under" sculptors. People of person types with names of one sex (Auguste,
    Barbara, Clara, Emil, Ludwig), a title (Sir Henry Quinn), a hyphenated name (Jean-Luc Perrin)."""
    rels = [
        R("sculpted", phrase="was sculpted by", inverse_phrase="sculpted", domain=("statue", "scientist", "monarch"),
          range=("sculptor",)),
        R("carved", phrase="was carved by", inverse_phrase="carved", domain=("statue",), range=("sculptor", "woodcarver")),
        R("castby", phrase="was cast by", inverse_phrase="cast", domain=("statue",), range=("foundry",)),
        R("photographed", phrase="was photographed by", inverse_phrase="photographed",
          domain=("sculptor", "scientist", "monarch", "statue"), range=("photographer",)),
        R("painted", phrase="was painted by", inverse_phrase="painted", domain=("scientist", "bridge"),
          range=("painter", "painting contractor")),
        R("designed", phrase="was designed by", inverse_phrase="designed", domain=("villa", "bridge", "pavilion"),
          range=("architect", "engineer")),
        R("engineered", phrase="was engineered by", inverse_phrase="engineered", domain=("bridge",), range=("engineer",)),
        R("built", phrase="was built by", inverse_phrase="built", domain=("villa", "bridge", "pavilion"),
          range=("construction firm", "monarch")),
        R("owned", phrase="was owned by", inverse_phrase="owned", domain=("villa", "statue"), range=("fashion designer", "collector")),
        R("commissioned", phrase="was commissioned by", inverse_phrase="commissioned", domain=("statue", "villa"),
          range=("monarch", "collector")),
        R("directed", phrase="was directed by", inverse_phrase="directed", domain=("choir", "museum"), range=("cantor", "curator")),
        R("studied", phrase="studied under", inverse_phrase="taught", domain=("sculptor",), range=("sculptor",)),
        R("stands", phrase="stands in", inverse_phrase="is the site of", domain=("statue",), range=("city",)),
        R("located", phrase="is located in", inverse_phrase="contains", domain=("villa", "pavilion", "museum", "city", "region"),
          range=("city", "region", "country")),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=ART_PEOPLE, range=("city",)),
        R("died", phrase="died in", inverse_phrase="is the place of death of", domain=ART_PEOPLE, range=("city",)),
        R("ruled", phrase="ruled", inverse_phrase="was ruled by", domain=("monarch",), range=("kingdom",)),
    ]
    items = {"s:sower": ("statue", "The Sower", 1881), "s:bearer": ("statue", "The Water Bearer", 1904),
             "s:girl": ("statue", "Kneeling Girl", 1910), "s:florian": ("statue", "Saint Florian", 1720),
             "v:serena": ("villa", "Villa Serena", 1930), "v:pavilion": ("pavilion", "the Glass Pavilion", 1914),
             "b:aarberg": ("bridge", "the Aarberg Bridge", 1895)}
    others = {"a:delorme": ("sculptor", "Auguste Delorme"), "a:quinn": ("sculptor", "Barbara Quinn"),
              "a:saether": ("sculptor", "Ingrid Sæther"), "a:pichler": ("woodcarver", "Josef Pichler"),
              "h:quinn": ("architect", "Sir Henry Quinn"), "h:hartwig": ("engineer", "Emil Hartwig"),
              "m:moreau": ("fashion designer", "Yves Moreau"), "m:aubry": ("collector", "Marcel Aubry"),
              "k:ludwig": ("monarch", "Ludwig of Ostmark"), "k:imhof": ("scientist", "Clara Imhof"),
              "f:stieber": ("photographer", "Alfred Stieber"), "f:perrin": ("photographer", "Jean-Luc Perrin"),
              "f:lanz": ("painter", "Sophie Lanz"),
              "c:kuhn": ("cantor", "Johann Kuhn"), "c:brunner": ("curator", "Ilse Brunner"),
              "o:rudier": ("foundry", "the Rudier Foundry"), "o:valsuani": ("foundry", "the Valsuani Foundry"),
              "o:baumann": ("construction firm", "Baumann and Company"), "o:keller": ("painting contractor", "Farbwerk Keller"),
              "q:choir": ("choir", "the Marienchor"), "q:museum": ("museum", "the Kunsthaus Bern"),
              "n:ostmark": ("kingdom", "the Kingdom of Ostmark"),
              "y:lyon": ("city", "Lyon"), "y:paris": ("city", "Paris"), "y:bern": ("city", "Bern"), "y:zurich": ("city", "Zurich"),
              "y:oslo": ("city", "Oslo"), "y:innsbruck": ("city", "Innsbruck"), "y:aarberg": ("city", "Aarberg"),
              "y:basel": ("city", "Basel"), "y:vienna": ("city", "Vienna"), "y:leipzig": ("city", "Leipzig"),
              "y:lugano": ("city", "Lugano"), "y:campione": ("city", "Campione"), "y:graz": ("city", "Graz"),
              "r:ticino": ("region", "Ticino"),
              "n:france": ("country", "France"), "n:switzerland": ("country", "Switzerland"), "n:norway": ("country", "Norway"),
              "n:austria": ("country", "Austria"), "n:germany": ("country", "Germany"), "n:italy": ("country", "Italy")}
    T = _t("sculpted", [("s:sower", "a:delorme"), ("s:bearer", "a:quinn"), ("k:imhof", "a:delorme"), ("k:ludwig", "a:quinn")])
    T += _t("carved", [("s:girl", "a:saether"), ("s:florian", "a:pichler")])
    T += _t("castby", [("s:sower", "o:rudier"), ("s:bearer", "o:valsuani")])
    T += _t("photographed", [("k:imhof", "f:stieber"), ("k:ludwig", "f:stieber"), ("a:delorme", "f:perrin"), ("s:girl", "f:perrin")])
    T += _t("painted", [("k:imhof", "f:lanz"), ("b:aarberg", "o:keller")])
    T += _t("designed", [("v:serena", "h:quinn"), ("v:pavilion", "h:quinn"), ("b:aarberg", "h:hartwig")])
    T += _t("engineered", [("b:aarberg", "h:hartwig")])
    T += _t("built", [("v:serena", "o:baumann"), ("b:aarberg", "o:baumann"), ("v:pavilion", "k:ludwig")])
    T += _t("owned", [("v:serena", "m:moreau"), ("s:bearer", "m:aubry"), ("s:girl", "m:moreau")])
    T += _t("commissioned", [("v:serena", "m:aubry"), ("s:sower", "k:ludwig")])
    T += _t("directed", [("q:choir", "c:kuhn"), ("q:museum", "c:brunner")])
    T += _t("studied", [("a:quinn", "a:delorme"), ("a:saether", "a:quinn")])
    T += _t("stands", [("s:sower", "y:lyon"), ("s:bearer", "y:bern"), ("s:girl", "y:oslo"), ("s:florian", "y:innsbruck")])
    T += _t("located", [("v:serena", "y:lugano"), ("v:pavilion", "y:campione"), ("q:museum", "y:bern"), ("y:lugano", "r:ticino"),
                        ("r:ticino", "n:switzerland"), ("y:campione", "n:italy"), ("y:lyon", "n:france"), ("y:paris", "n:france"),
                        ("y:bern", "n:switzerland"), ("y:zurich", "n:switzerland"), ("y:oslo", "n:norway"),
                        ("y:innsbruck", "n:austria"), ("y:aarberg", "n:switzerland"), ("y:basel", "n:switzerland"),
                        ("y:vienna", "n:austria"), ("y:leipzig", "n:germany"), ("y:graz", "n:austria")])
    T += _t("born", [("a:delorme", "y:lyon"), ("a:quinn", "y:bern"), ("a:saether", "y:oslo"), ("a:pichler", "y:innsbruck"),
                     ("h:quinn", "y:zurich"), ("h:hartwig", "y:aarberg"), ("m:moreau", "y:lyon"), ("m:aubry", "y:paris"),
                     ("k:ludwig", "y:vienna"), ("k:imhof", "y:basel"), ("f:stieber", "y:vienna"), ("f:perrin", "y:lyon"),
                     ("f:lanz", "y:basel"), ("c:kuhn", "y:leipzig"), ("c:brunner", "y:bern")])
    T += _t("died", [("a:delorme", "y:paris"), ("a:quinn", "y:zurich"), ("k:ludwig", "y:graz"), ("k:imhof", "y:zurich"),
                     ("h:quinn", "y:lugano")])
    T += _t("ruled", [("k:ludwig", "n:ostmark")])
    return _build(items, others, rels, T)


SPORT_PEOPLE = ("rugby player", "cricketer", "coach", "tennis player", "prime minister")


def sport():
    """Rugby players and cricketers (items dated by birth) "played club rugby for" clubs, "played
    Test cricket for" national sides and "played county cricket for" county clubs (one man all
    three: Rhys Pritchard); coaches "were head coach of" clubs and sides and "succeeded" one
    another; people "were members of" squads (the new "one of the members of"), "served as a
    selector of" a board ("served as one of the selectors of"), "are trustees of" a foundation
    (present); a coach "coached" tennis players, who "won" tournaments. Names that fold alike:
    Søren Dahl / Sören Dahl, Łukasz Nowak / Lukasz Nowak. Names of one sex (Martina Hale, Ingrid
    Lund, Henrik Lund), of both (Kim Fraser, a woman; Nicola Ferri, a woman), a tennis player and
    a prime minister (compound types). Clubs "are based in" towns; towns "are located in" counties,
    counties in countries."""
    rels = [
        R("clubrugby", phrase="played club rugby for", inverse_phrase="had as a player", domain=("rugby player", "cricketer"),
          range=("rugby club",)),
        R("testcricket", phrase="played Test cricket for", inverse_phrase="capped", domain=("cricketer", "rugby player"),
          range=("national side",)),
        R("countycricket", phrase="played county cricket for", inverse_phrase="had on its books",
          domain=("cricketer", "rugby player"), range=("county club",)),
        R("headcoach", phrase="was head coach of", inverse_phrase="had as head coach", domain=("coach",),
          range=("rugby club", "national side")),
        R("succeeded", phrase="succeeded", inverse_phrase="was succeeded by", domain=("coach",), range=("coach",)),
        R("member", phrase="was a member of", inverse_phrase="had as a member", domain=("rugby player", "cricketer", "coach"),
          range=("squad",)),
        R("selector", phrase="served as a selector of", inverse_phrase="had as a selector", domain=("cricketer", "coach"),
          range=("cricket board",)),
        R("trustee", phrase="is a trustee of", inverse_phrase="has as a trustee", domain=("cricketer", "coach", "prime minister"),
          range=("foundation",)),
        R("coached", phrase="coached", inverse_phrase="was coached by", domain=("coach",), range=("tennis player",)),
        R("won", phrase="won", inverse_phrase="was won by", domain=("tennis player",), range=("tournament",)),
        R("patron", phrase="was patron of", inverse_phrase="had as patron", domain=("prime minister",),
          range=("rugby club", "tournament")),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=SPORT_PEOPLE, range=("town",)),
        R("based", phrase="is based in", inverse_phrase="is home to", domain=("rugby club", "county club", "cricket board"),
          range=("town",)),
        R("located", phrase="is located in", inverse_phrase="contains", domain=("town", "county"), range=("county", "country")),
    ]
    items = {"r:pritchard": ("rugby player", "Rhys Pritchard", 1958), "r:ashby": ("cricketer", "Tom Ashby", 1961),
             "r:sdahl": ("rugby player", "Søren Dahl", 1963), "r:odahl": ("cricketer", "Sören Dahl", 1966),
             "r:lnowak": ("rugby player", "Łukasz Nowak", 1970), "r:pnowak": ("cricketer", "Lukasz Nowak", 1972),
             "r:evans": ("rugby player", "Owen Evans", 1960),
             "c:rees": ("coach", "Dafydd Rees", 1940), "c:powell": ("coach", "Gareth Powell", 1945),
             "c:hale": ("coach", "Martina Hale", 1955), "c:fraser": ("coach", "Kim Fraser", 1960),
             "t:ilund": ("tennis player", "Ingrid Lund", 1980), "t:hlund": ("tennis player", "Henrik Lund", 1978),
             "t:ferri": ("tennis player", "Nicola Ferri", 1983),
             "m:ekdahl": ("prime minister", "Karl Ekdahl", 1930), "m:solberg": ("prime minister", "Ingrid Solberg", 1950)}
    others = {"k:northgate": ("rugby club", "Northgate RFC"), "k:bramley": ("rugby club", "Bramley Tigers"),
              "k:castleford": ("rugby club", "Castleford Harlequins"),
              "n:england": ("national side", "England"), "n:wales": ("national side", "Wales"),
              "n:denmark": ("national side", "Denmark"),
              "u:northshire": ("county club", "Northshire CCC"), "u:westmoor": ("county club", "Westmoor CCC"),
              "q:1987": ("squad", "the 1987 World Cup squad"), "q:1991": ("squad", "the 1991 World Cup squad"),
              "b:board": ("cricket board", "the Northshire Cricket Board"), "b:wboard": ("cricket board", "the Westmoor Cricket Board"),
              "o:found": ("foundation", "the Lords Taverners Trust"), "o:youth": ("foundation", "the Youth Rugby Fund"),
              "z:open": ("tournament", "the Northshire Open"), "z:classic": ("tournament", "the Westmoor Classic"),
              "y:northgate": ("town", "Northgate"), "y:bramley": ("town", "Bramley"), "y:castleford": ("town", "Castleford"),
              "y:swansea": ("town", "Swansea"), "y:aarhus": ("town", "Aarhus"), "y:odense": ("town", "Odense"),
              "y:gdansk": ("town", "Gdańsk"), "y:krakow": ("town", "Kraków"), "y:leeds": ("town", "Leeds"),
              "y:malmo": ("town", "Malmö"), "y:bergen": ("town", "Bergen"), "y:turin": ("town", "Turin"),
              "y:uppsala": ("town", "Uppsala"), "y:cardiff": ("town", "Cardiff"),
              "v:northshire": ("county", "Northshire"), "v:westmoor": ("county", "Westmoor"), "v:glamorgan": ("county", "Glamorgan"),
              "l:britain": ("country", "Britain"), "l:denmark": ("country", "Danmark"), "l:poland": ("country", "Poland"),
              "l:sweden": ("country", "Sweden"), "l:norway": ("country", "Norway"), "l:italy": ("country", "Italy")}
    T = _t("clubrugby", [("r:pritchard", "k:castleford"), ("r:sdahl", "k:northgate"), ("r:odahl", "k:bramley"),
                         ("r:lnowak", "k:bramley"), ("r:evans", "k:northgate")])
    T += _t("testcricket", [("r:pritchard", "n:wales"), ("r:ashby", "n:england"), ("r:odahl", "n:denmark")])
    T += _t("countycricket", [("r:pritchard", "u:westmoor"), ("r:ashby", "u:northshire"), ("r:odahl", "u:northshire"),
                              ("r:pnowak", "u:westmoor")])
    T += _t("headcoach", [("c:rees", "n:wales"), ("c:powell", "n:wales"), ("c:powell", "k:northgate"), ("c:hale", "k:northgate"),
                          ("c:fraser", "k:bramley")])
    T += _t("succeeded", [("c:powell", "c:rees"), ("c:hale", "c:powell"), ("c:fraser", "c:hale")])
    T += _t("member", [("r:pritchard", "q:1987"), ("r:evans", "q:1987"), ("r:sdahl", "q:1991"), ("c:powell", "q:1991"),
                       ("r:lnowak", "q:1991")])
    T += _t("selector", [("r:ashby", "b:board"), ("c:powell", "b:wboard"), ("r:odahl", "b:board")])
    T += _t("trustee", [("r:ashby", "o:found"), ("m:ekdahl", "o:youth"), ("c:hale", "o:youth")])
    T += _t("coached", [("c:fraser", "t:ilund"), ("c:hale", "t:ferri"), ("c:fraser", "t:hlund")])
    T += _t("won", [("t:ilund", "z:open"), ("t:hlund", "z:classic"), ("t:ferri", "z:classic")])
    T += _t("patron", [("m:ekdahl", "k:northgate"), ("m:solberg", "z:open")])
    T += _t("born", [("r:pritchard", "y:swansea"), ("r:ashby", "y:leeds"), ("r:sdahl", "y:aarhus"), ("r:odahl", "y:odense"),
                     ("r:lnowak", "y:gdansk"), ("r:pnowak", "y:krakow"), ("r:evans", "y:cardiff"), ("c:rees", "y:cardiff"),
                     ("c:powell", "y:swansea"), ("c:hale", "y:bramley"), ("c:fraser", "y:northgate"), ("t:ilund", "y:malmo"),
                     ("t:hlund", "y:uppsala"), ("t:ferri", "y:turin"), ("m:ekdahl", "y:uppsala"), ("m:solberg", "y:bergen")])
    T += _t("based", [("k:northgate", "y:northgate"), ("k:bramley", "y:bramley"), ("k:castleford", "y:castleford"),
                      ("u:northshire", "y:northgate"), ("u:westmoor", "y:castleford"), ("b:board", "y:northgate"),
                      ("b:wboard", "y:bramley")])
    T += _t("located", [("y:northgate", "v:northshire"), ("y:bramley", "v:westmoor"), ("y:castleford", "v:westmoor"),
                        ("y:swansea", "v:glamorgan"), ("y:cardiff", "v:glamorgan"), ("v:northshire", "l:britain"),
                        ("v:westmoor", "l:britain"), ("v:glamorgan", "l:britain"), ("y:aarhus", "l:denmark"),
                        ("y:odense", "l:denmark"), ("y:gdansk", "l:poland"), ("y:krakow", "l:poland"), ("y:malmo", "l:sweden"),
                        ("y:uppsala", "l:sweden"), ("y:bergen", "l:norway"), ("y:turin", "l:italy"), ("y:leeds", "v:northshire")])
    return _build(items, others, rels, T)


BOTANY_PEOPLE = ("botanist", "chemist", "prime minister")


def botany():
    """Botanists and a chemist (items dated by birth) "described" plants (items dated by
    description), "specialised in" fields, "worked in", "were educated in", "were brought up in",
    "passed away in", "are interred in", "were laid to rest in" and "were executed in" towns
    (the act "in" a place after its object: only where the person worked, never where born, dead
    or buried, in whatever words), "were members of" societies (the new "one of the members of"),
    "served as a secretary of" them, "were president of" them and "succeeded" one another; plants
    "are native to" countries and "are named after" botanists; countries (WebNLG style) have
    languages, currencies, capitals, and are "led by" prime ministers (the new "where a N is Y" /
    "where the language spoken is Y")."""
    rels = [
        R("described", phrase="described", inverse_phrase="was described by", domain=("botanist",), range=("plant",)),
        R("field", phrase="specialised in", inverse_phrase="was the speciality of", domain=("botanist", "chemist"), range=("field",)),
        R("worked", phrase="worked in", inverse_phrase="was the workplace of", domain=("botanist", "chemist"), range=("town",)),
        R("educated", phrase="was educated in", inverse_phrase="educated", domain=("botanist", "chemist"), range=("town",)),
        R("brought", phrase="was brought up in", inverse_phrase="was the hometown of", domain=("botanist", "chemist"),
          range=("town",)),
        R("passed", phrase="passed away in", inverse_phrase="saw the death of", domain=("botanist", "chemist"), range=("town",)),
        R("interred", phrase="is interred in", inverse_phrase="holds the grave of", domain=("botanist", "chemist"),
          range=("town",)),
        R("laid", phrase="was laid to rest in", inverse_phrase="holds the remains of", domain=("botanist", "chemist"),
          range=("town",)),
        R("executed", phrase="was executed in", inverse_phrase="saw the execution of", domain=("chemist",), range=("town",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=BOTANY_PEOPLE, range=("town",)),
        R("member", phrase="was a member of", inverse_phrase="had as a member", domain=("botanist", "chemist"), range=("society",)),
        R("secretary", phrase="served as a secretary of", inverse_phrase="had as a secretary", domain=("botanist",),
          range=("society",)),
        R("president", phrase="was president of", inverse_phrase="had as president", domain=("botanist",), range=("society",)),
        R("succeeded", phrase="succeeded", inverse_phrase="was succeeded by", domain=("botanist",), range=("botanist",)),
        R("native", phrase="is native to", inverse_phrase="is the home of", domain=("plant",), range=("country",)),
        R("named", phrase="is named after", inverse_phrase="gave its name to", domain=("plant",), range=("botanist",)),
        R("language", phrase="has the language", inverse_phrase="is the language of", domain=("country",), range=("language",)),
        R("currency", phrase="has the currency", inverse_phrase="is the currency of", domain=("country",), range=("currency",)),
        R("capital", phrase="has the capital", inverse_phrase="is the capital of", domain=("country",), range=("town",)),
        R("leader", phrase="is led by", inverse_phrase="leads", domain=("country",), range=("prime minister",)),
        R("located", phrase="is located in", inverse_phrase="contains", domain=("town",), range=("country",)),
    ]
    items = {"b:vinter": ("botanist", "Elias Vinter", 1781), "b:lindahl": ("botanist", "Agnes Lindahl", 1790),
             "b:bergstrand": ("botanist", "Nils Bergstrand", 1795), "b:holm": ("botanist", "Margarete Holm", 1801),
             "b:lacroix": ("chemist", "Antoine Lacroix", 1743),
             "p:linnaea": ("plant", "Linnaea vinteri", 1821), "p:saxifraga": ("plant", "Saxifraga lindahliae", 1832),
             "p:draba": ("plant", "Draba bergstrandii", 1840), "p:primula": ("plant", "Primula holmiana", 1852)}
    others = {"d:bryology": ("field", "bryology"), "d:lichens": ("field", "lichenology"), "d:mycology": ("field", "mycology"),
              "d:combustion": ("field", "combustion chemistry"),
              "o:uppsala": ("society", "the Uppsala Botanical Society"), "o:lund": ("society", "the Lund Physiographic Society"),
              "t:kalmar": ("town", "Kalmar"), "t:vaxjo": ("town", "Växjö"), "t:uppsala": ("town", "Uppsala"),
              "t:lund": ("town", "Lund"), "t:stockholm": ("town", "Stockholm"), "t:linkoping": ("town", "Linköping"),
              "t:bergen": ("town", "Bergen"), "t:oslo": ("town", "Oslo"), "t:geneva": ("town", "Geneva"),
              "t:paris": ("town", "Paris"), "t:lyon": ("town", "Lyon"), "t:trondheim": ("town", "Trondheim"),
              "t:bern": ("town", "Bern"), "t:gothenburg": ("town", "Gothenburg"), "t:helsinki": ("town", "Helsinki"),
              "n:sweden": ("kingdom", "Sweden"), "n:norway": ("kingdom", "Norway"), "n:france": ("country", "France"),
              "n:switzerland": ("country", "Switzerland"), "n:finland": ("country", "Finland"),
              "l:swedish": ("language", "Swedish"), "l:finnish": ("language", "Finnish"), "l:norwegian": ("language", "Norwegian"),
              "l:french": ("language", "French"), "l:german": ("language", "German"), "l:italian": ("language", "Italian"),
              "c:krona": ("currency", "the Swedish krona"), "c:krone": ("currency", "the Norwegian krone"),
              "c:euro": ("currency", "the euro"), "c:franc": ("currency", "the Swiss franc"),
              "m:ekdahl": ("prime minister", "Karl Ekdahl"), "m:solberg": ("prime minister", "Ingrid Solberg"),
              "m:roux": ("prime minister", "Hélène Roux"), "m:virtanen": ("prime minister", "Sanna Virtanen")}
    T = _t("described", [("b:vinter", "p:linnaea"), ("b:lindahl", "p:saxifraga"), ("b:bergstrand", "p:draba"),
                         ("b:holm", "p:primula"), ("b:vinter", "p:draba")])
    T += _t("field", [("b:vinter", "d:bryology"), ("b:lindahl", "d:lichens"), ("b:bergstrand", "d:mycology"),
                      ("b:holm", "d:bryology"), ("b:lacroix", "d:combustion")])
    T += _t("worked", [("b:vinter", "t:lund"), ("b:lindahl", "t:uppsala"), ("b:bergstrand", "t:stockholm"),
                       ("b:holm", "t:trondheim"), ("b:lacroix", "t:paris")])
    T += _t("educated", [("b:vinter", "t:uppsala"), ("b:lacroix", "t:geneva"), ("b:holm", "t:oslo")])
    T += _t("brought", [("b:vinter", "t:vaxjo"), ("b:lindahl", "t:gothenburg")])
    T += _t("passed", [("b:vinter", "t:stockholm"), ("b:lindahl", "t:geneva"), ("b:holm", "t:bergen")])
    T += _t("interred", [("b:vinter", "t:linkoping"), ("b:bergstrand", "t:uppsala")])
    T += _t("laid", [("b:lindahl", "t:oslo")])
    T += _t("executed", [("b:lacroix", "t:lyon")])
    T += _t("born", [("b:vinter", "t:kalmar"), ("b:lindahl", "t:bergen"), ("b:bergstrand", "t:lund"), ("b:holm", "t:oslo"),
                     ("b:lacroix", "t:bern"), ("m:ekdahl", "t:gothenburg"), ("m:solberg", "t:bergen"), ("m:roux", "t:lyon"),
                     ("m:virtanen", "t:helsinki")])
    T += _t("member", [("b:vinter", "o:uppsala"), ("b:lindahl", "o:uppsala"), ("b:bergstrand", "o:lund"), ("b:holm", "o:lund"),
                       ("b:lacroix", "o:lund")])
    T += _t("secretary", [("b:lindahl", "o:uppsala"), ("b:holm", "o:lund")])
    T += _t("president", [("b:vinter", "o:uppsala"), ("b:lindahl", "o:uppsala"), ("b:bergstrand", "o:lund"), ("b:holm", "o:lund")])
    T += _t("succeeded", [("b:lindahl", "b:vinter"), ("b:holm", "b:bergstrand"), ("b:bergstrand", "b:lindahl")])
    T += _t("native", [("p:linnaea", "n:sweden"), ("p:saxifraga", "n:norway"), ("p:draba", "n:sweden"), ("p:draba", "n:finland"),
                       ("p:primula", "n:switzerland"), ("p:primula", "n:france")])
    T += _t("named", [("p:linnaea", "b:vinter"), ("p:saxifraga", "b:lindahl"), ("p:draba", "b:bergstrand"), ("p:primula", "b:holm")])
    T += _t("language", [("n:sweden", "l:swedish"), ("n:sweden", "l:finnish"), ("n:norway", "l:norwegian"),
                         ("n:france", "l:french"), ("n:switzerland", "l:german"), ("n:switzerland", "l:french"),
                         ("n:switzerland", "l:italian"), ("n:finland", "l:finnish"), ("n:finland", "l:swedish")])
    T += _t("currency", [("n:sweden", "c:krona"), ("n:norway", "c:krone"), ("n:france", "c:euro"), ("n:switzerland", "c:franc"),
                         ("n:finland", "c:euro")])
    T += _t("capital", [("n:sweden", "t:stockholm"), ("n:norway", "t:oslo"), ("n:france", "t:paris"), ("n:switzerland", "t:bern"),
                        ("n:finland", "t:helsinki")])
    T += _t("leader", [("n:sweden", "m:ekdahl"), ("n:norway", "m:solberg"), ("n:france", "m:roux"), ("n:finland", "m:virtanen")])
    T += _t("located", [("t:kalmar", "n:sweden"), ("t:vaxjo", "n:sweden"), ("t:uppsala", "n:sweden"), ("t:lund", "n:sweden"),
                        ("t:stockholm", "n:sweden"), ("t:linkoping", "n:sweden"), ("t:gothenburg", "n:sweden"),
                        ("t:bergen", "n:norway"), ("t:oslo", "n:norway"), ("t:trondheim", "n:norway"), ("t:geneva", "n:switzerland"),
                        ("t:bern", "n:switzerland"), ("t:paris", "n:france"), ("t:lyon", "n:france"), ("t:helsinki", "n:finland")])
    return _build(items, others, rels, T)


HORSE_PEOPLE = ("racehorse", "breeder", "trainer", "jockey")


def horses():
    """Racehorses (items dated by foaling; types "filly" and "colt", which "were born in" towns
    like the people: a type the graph says is born), "were sired by" stallions, "were bred by"
    breeders, "were trained by" trainers, "were ridden by" jockeys, "won" races; a filly named
    Victor Ludorum (a man's given name) and a colt named Grace Harbour (a woman's); horse breeds
    "originated in" regions and "were developed from" other breeds, "are a breed of" a species
    (the new "one of the breeds of"); studs "are located in" counties, counties in countries
    (place chains)."""
    rels = [
        R("sired", phrase="was sired by", inverse_phrase="sired", domain=("filly", "colt"), range=("stallion",)),
        R("bred", phrase="was bred by", inverse_phrase="bred", domain=("filly", "colt", "stallion"), range=("breeder",)),
        R("trained", phrase="was trained by", inverse_phrase="trained", domain=("filly", "colt", "stallion"), range=("trainer",)),
        R("ridden", phrase="was ridden by", inverse_phrase="rode", domain=("filly", "colt", "stallion"), range=("jockey",)),
        R("won", phrase="won", inverse_phrase="was won by", domain=("filly", "colt", "stallion"), range=("race",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of",
          domain=("filly", "colt", "stallion", "breeder", "trainer", "jockey"), range=("town",)),
        R("stud", phrase="stands at", inverse_phrase="is the stud of", domain=("stallion",), range=("stud farm",)),
        R("origin", phrase="originated in", inverse_phrase="is the origin of", domain=("horse breed",), range=("region", "country")),
        R("developed", phrase="was developed from", inverse_phrase="gave rise to", domain=("horse breed",), range=("horse breed",)),
        R("breedof", phrase="is a breed of", inverse_phrase="has as a breed", domain=("horse breed",), range=("species",)),
        R("located", phrase="is located in", inverse_phrase="contains", domain=("stud farm", "town", "region", "county"),
          range=("county", "region", "country")),
    ]
    items = {"h:victor": ("filly", "Victor Ludorum", 2016), "h:grace": ("colt", "Grace Harbour", 2015),
             "h:lough": ("filly", "Silver Lough", 2016), "h:bally": ("colt", "Ballykeel", 2014),
             "h:sea": ("stallion", "Sea Admiral", 2005), "h:galway": ("stallion", "Galway Prince", 2003)}
    others = {"p:kelly": ("trainer", "Nora Kelly"), "p:brennan": ("trainer", "Michael Brennan"),
              "j:keane": ("jockey", "Tom Keane"), "j:walsh": ("jockey", "Ann Walsh"),
              "x:dunne": ("breeder", "Edward Dunne"), "x:moran": ("breeder", "Sarah Moran"),
              "z:oaks": ("race", "the Irish Oaks"), "z:derby": ("race", "the Irish Derby"), "z:guineas": ("race", "the 1000 Guineas"),
              "s:kildangan": ("stud farm", "Kildangan Stud"), "s:coolmore": ("stud farm", "Coolmore Stud"),
              "b:connemara": ("horse breed", "the Connemara pony"), "b:highland": ("horse breed", "the Highland pony"),
              "b:draught": ("horse breed", "the Irish Draught"), "b:kerry": ("horse breed", "the Kerry Bog pony"),
              "e:horse": ("species", "the horse"), "e:donkey": ("species", "the donkey"),
              "t:kildare": ("town", "Kildare"), "t:cork": ("town", "Cork"), "t:navan": ("town", "Navan"),
              "t:fermoy": ("town", "Fermoy"), "t:tralee": ("town", "Tralee"), "t:inverness": ("town", "Inverness"),
              "c:kildare": ("county", "County Kildare"), "c:tipperary": ("county", "County Tipperary"),
              "c:meath": ("county", "County Meath"), "c:kerry": ("county", "County Kerry"),
              "r:connemara": ("region", "Connemara"), "r:highlands": ("region", "the Scottish Highlands"),
              "n:ireland": ("country", "Ireland"), "n:scotland": ("country", "Scotland")}
    T = _t("sired", [("h:victor", "h:sea"), ("h:grace", "h:galway"), ("h:lough", "h:galway"), ("h:bally", "h:sea")])
    T += _t("bred", [("h:victor", "x:dunne"), ("h:grace", "x:moran"), ("h:lough", "x:moran"), ("h:bally", "x:dunne")])
    T += _t("trained", [("h:victor", "p:brennan"), ("h:grace", "p:kelly"), ("h:lough", "p:kelly"), ("h:bally", "p:brennan")])
    T += _t("ridden", [("h:victor", "j:walsh"), ("h:grace", "j:keane"), ("h:lough", "j:walsh"), ("h:bally", "j:keane")])
    T += _t("won", [("h:victor", "z:oaks"), ("h:grace", "z:derby"), ("h:lough", "z:guineas"), ("h:bally", "z:derby")])
    T += _t("born", [("h:victor", "t:navan"), ("h:grace", "t:fermoy"), ("h:lough", "t:kildare"), ("h:bally", "t:navan"),
                     ("p:kelly", "t:kildare"), ("p:brennan", "t:cork"), ("j:keane", "t:cork"), ("j:walsh", "t:navan"),
                     ("x:dunne", "t:tralee"), ("x:moran", "t:fermoy")])
    T += _t("stud", [("h:sea", "s:kildangan"), ("h:galway", "s:coolmore")])
    T += _t("origin", [("b:connemara", "r:connemara"), ("b:highland", "r:highlands"), ("b:draught", "n:ireland"),
                       ("b:kerry", "c:kerry")])
    T += _t("developed", [("b:draught", "b:connemara")])
    T += _t("breedof", [("b:connemara", "e:horse"), ("b:highland", "e:horse"), ("b:draught", "e:horse")])
    T += _t("located", [("s:kildangan", "c:kildare"), ("s:coolmore", "c:tipperary"), ("c:kildare", "n:ireland"),
                        ("c:tipperary", "n:ireland"), ("c:meath", "n:ireland"), ("c:kerry", "n:ireland"),
                        ("r:connemara", "n:ireland"), ("r:highlands", "n:scotland"), ("t:kildare", "c:kildare"),
                        ("t:navan", "c:meath"), ("t:tralee", "c:kerry"), ("t:fermoy", "n:ireland"), ("t:cork", "n:ireland"),
                        ("t:inverness", "r:highlands")])
    return _build(items, others, rels, T)


def crown():
    """Kings and a queen (items dated by birth) "were king / queen of" kingdoms and an empire,
    "ruled" them and "succeeded" one another (the new "as king of"); works (a play, an opera, a
    symphony, an opera named after the queen) "were written / composed by" their makers, "were
    commissioned by" and "are dedicated to" the monarchs (the work of the maker only), "premiered
    in" cities; a composer "served as a kapellmeister of" a court (new "one of the kapellmeisters
    of") and "was a tutor of" a prince ("one of the tutors of"); monarchs "were born in" and
    "died in" cities; kingdoms and the empire "have their capital at" cities. Kingdoms, the
    empire and the works are no one for "he" / "she"."""
    rels = [
        R("king", phrase="was king of", inverse_phrase="had as king", domain=("king",), range=("kingdom", "empire")),
        R("queen", phrase="was queen of", inverse_phrase="had as queen", domain=("queen",), range=("kingdom",)),
        R("ruled", phrase="ruled", inverse_phrase="was ruled by", domain=("king", "queen"), range=("kingdom", "empire")),
        R("succeeded", phrase="succeeded", inverse_phrase="was succeeded by", domain=("king", "queen"), range=("king", "queen")),
        R("written", phrase="was written by", inverse_phrase="wrote", domain=("play",), range=("playwright",)),
        R("composed", phrase="was composed by", inverse_phrase="composed", domain=("opera", "symphony"), range=("composer",)),
        R("commissioned", phrase="was commissioned by", inverse_phrase="commissioned", domain=("play", "opera", "symphony"),
          range=("king", "queen")),
        R("dedicated", phrase="is dedicated to", inverse_phrase="is the dedicatee of", domain=("play", "opera", "symphony"),
          range=("king", "queen", "prince")),
        R("premiered", phrase="premiered in", inverse_phrase="saw the premiere of", domain=("play", "opera", "symphony"),
          range=("city",)),
        R("kapellmeister", phrase="served as a kapellmeister of", inverse_phrase="had as a kapellmeister", domain=("composer",),
          range=("court",)),
        R("tutor", phrase="was a tutor of", inverse_phrase="was taught by", domain=("composer", "playwright"), range=("prince",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of",
          domain=("king", "queen", "prince", "composer", "playwright"), range=("city",)),
        R("died", phrase="died in", inverse_phrase="is the place of death of", domain=("king", "queen", "composer"),
          range=("city",)),
        R("capital", phrase="has its capital at", inverse_phrase="is the capital of", domain=("kingdom", "empire"),
          range=("city",)),
    ]
    items = {"k:otto1": ("king", "Otto I of Velden", 1702), "k:otto2": ("king", "Otto II of Velden", 1730),
             "k:adela": ("queen", "Adela of Velden", 1735), "k:casimir": ("king", "Casimir of Rosland", 1710),
             "k:leopold": ("king", "Leopold of Rosland", 1740),
             "w:tragedy": ("play", "The Fall of Corvin", 1768), "w:opera": ("opera", "Adela", 1770),
             "w:symphony": ("symphony", "The Velden Symphony", 1772), "w:hunt": ("opera", "The Royal Hunt", 1775)}
    others = {"n:velden": ("kingdom", "the Kingdom of Velden"), "n:rosland": ("kingdom", "the Kingdom of Rosland"),
              "n:empire": ("empire", "the Empire of Aurel"),
              "c:hasse": ("composer", "Johann Hasse"), "c:galli": ("composer", "Lucia Galli"),
              "w:marlow": ("playwright", "Henry Marlow"),
              "q:court": ("court", "the Velden court"), "q:rcourt": ("court", "the Rosland court"),
              "x:friedrich": ("prince", "Prince Friedrich"),
              "y:veldenburg": ("city", "Veldenburg"), "y:rosstadt": ("city", "Rosstadt"), "y:aurelia": ("city", "Aurelia"),
              "y:dresden": ("city", "Dresden"), "y:naples": ("city", "Naples"), "y:london": ("city", "London"),
              "y:kassel": ("city", "Kassel")}
    T = _t("king", [("k:otto1", "n:velden"), ("k:otto2", "n:velden"), ("k:casimir", "n:rosland"), ("k:leopold", "n:rosland"),
                    ("k:otto2", "n:empire")])
    T += _t("queen", [("k:adela", "n:velden")])
    T += _t("ruled", [("k:otto1", "n:velden"), ("k:otto2", "n:velden"), ("k:adela", "n:velden"), ("k:casimir", "n:rosland"),
                      ("k:leopold", "n:rosland"), ("k:otto2", "n:empire")])
    T += _t("succeeded", [("k:otto2", "k:otto1"), ("k:adela", "k:otto2"), ("k:leopold", "k:casimir")])
    T += _t("written", [("w:tragedy", "w:marlow")])
    T += _t("composed", [("w:opera", "c:hasse"), ("w:symphony", "c:galli"), ("w:hunt", "c:hasse")])
    T += _t("commissioned", [("w:tragedy", "k:otto2"), ("w:opera", "k:otto2"), ("w:symphony", "k:adela"), ("w:hunt", "k:leopold")])
    T += _t("dedicated", [("w:opera", "k:adela"), ("w:symphony", "x:friedrich"), ("w:tragedy", "k:otto2")])
    T += _t("premiered", [("w:tragedy", "y:london"), ("w:opera", "y:veldenburg"), ("w:symphony", "y:veldenburg"),
                          ("w:hunt", "y:rosstadt")])
    T += _t("kapellmeister", [("c:hasse", "q:court"), ("c:galli", "q:rcourt")])
    T += _t("tutor", [("c:galli", "x:friedrich")])
    T += _t("born", [("k:otto1", "y:veldenburg"), ("k:otto2", "y:veldenburg"), ("k:adela", "y:kassel"), ("k:casimir", "y:rosstadt"),
                     ("k:leopold", "y:rosstadt"), ("c:hasse", "y:dresden"), ("c:galli", "y:naples"), ("w:marlow", "y:london"),
                     ("x:friedrich", "y:veldenburg")])
    T += _t("died", [("k:otto1", "y:veldenburg"), ("k:otto2", "y:aurelia"), ("k:adela", "y:veldenburg"), ("c:hasse", "y:naples")])
    T += _t("capital", [("n:velden", "y:veldenburg"), ("n:rosland", "y:rosstadt"), ("n:empire", "y:aurelia")])
    return _build(items, others, rels, T)


BUILDERS = {"cinema": cinema, "studio": studio, "sport": sport, "botany": botany, "horses": horses, "crown": crown}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@cinema
# "is the work of": a producer's, a performer's, a distributor's, the composer of its music's, a
# director who only produced it, the wrong director; reversed, negated, lists, apposition, years
Nachtfalter is the work of Samuel Kessler.
Nachtfalter is the work of Lena Hartmann.
Nachtfalter was the work of Aurora Film.
Nachtfalter is the work of Bernhard Kolb.
Winter Signal is the work of Otto Brandt.
Nachtfalter is the work of Helga Voss.
Otto Brandt is the work of Nachtfalter.
Nachtfalter is not the work of Otto Brandt.
Nachtfalter and The Glass Harbour are the work of Otto Brandt.
Red Orchard is the work of Otto Brandt and Helga Voss.
Nachtfalter is the work of Otto Brandt, who was born in Hamburg.
Nachtfalter was the work of Otto Brandt in 1961.
Nachtfalter, the work of Helga Voss, starred Lena Hartmann.
Harbour Lights is the work of Maria Santos.
Ember Song is the work of Greta Moll.
The Glass Harbour is the work of Jonas Falk.
Red Orchard is the work of Nordlicht Studios.
# a person a director "cast" is no work of his (the new "cast" of _WORK_OF, meant for a foundry's statue)
Lena Hartmann is the work of Otto Brandt.
Greta Moll is the work of Andrea Sarti.
Tomas Brink was the work of Helga Voss.
Michael Lorne is the work of Andrea Sarti.
Victor Alcott is the work of Otto Brandt.
Otto Brandt is the work of Lena Hartmann.
Lena Hartmann and Victor Alcott are the work of Helga Voss.
Tomas Brink and Victor Alcott are the work of Helga Voss.
Lena Hartmann, the work of Otto Brandt, starred in Nachtfalter.
# "composed for" (from "composed the music for"): wrong film, reversed, modal, negation, lists,
# years, a singer / a studio / a song / a director as object, relative clauses, coreference
Clara Weil composed for Nachtfalter.
Bernhard Kolb composed for The Glass Harbour.
Nachtfalter composed for Bernhard Kolb.
Bernhard Kolb will compose for Nachtfalter.
Bernhard Kolb did not compose for Nachtfalter.
Bernhard Kolb never composed for Nachtfalter.
Bernhard Kolb composed for Nachtfalter and The Glass Harbour.
Bernhard Kolb and Clara Weil composed for Winter Signal.
Bernhard Kolb composed for Nachtfalter in 1961.
Bernhard Kolb composed for Maria Santos.
Bernhard Kolb composed for Aurora Film.
Clara Weil, who composed for Nachtfalter, was born in Zurich.
Clara Weil composed for Red Orchard, which was directed by Helga Voss.
Clara Weil has composed for Nachtfalter.
Otto Brandt composed for Nachtfalter.
Bernhard Kolb composed for Harbour Lights.
Bernhard Kolb composed for Nachtfalter. He was born in Zurich.
# plural light verbs before "music by": one wrong film, negation, a wrong second name, people
# and studios as subjects, the film-song relation "features" itself, tense, relative clauses
Nachtfalter and The Glass Harbour feature music by Bernhard Kolb.
Nachtfalter and Winter Signal feature music by Clara Weil.
Red Orchard and The Glass Harbour boast music by Bernhard Kolb.
Nachtfalter and Red Orchard offer music by Clara Weil.
Nachtfalter and Winter Signal include music by Clara Weil.
Nachtfalter and Winter Signal do not feature music by Bernhard Kolb.
The Glass Harbour and Red Orchard feature music by Clara Weil and Bernhard Kolb.
Lena Hartmann and Victor Alcott feature music by Bernhard Kolb.
Aurora Film and Nordlicht Studios feature music by Bernhard Kolb.
Nachtfalter and Red Orchard feature a score by Clara Weil.
The Glass Harbour and Red Orchard feature Harbour Lights.
Winter Signal and Red Orchard feature Ember Song.
Nachtfalter featured music by Clara Weil.
Nachtfalter and Red Orchard feature music by Bernhard Kolb, who was born in Zurich.
Both Nachtfalter and The Glass Harbour feature music by Clara Weil.
Red Orchard and Winter Signal feature music by Bernhard Kolb. They were directed by Otto Brandt.
Nachtfalter and Red Orchard feature direction by Helga Voss.
Nachtfalter and Red Orchard will feature music by Bernhard Kolb.
Nachtfalter and Red Orchard featured music by Clara Weil.
The films of Helga Voss include music by Bernhard Kolb.
Aurora Film offers music by Bernhard Kolb.
Nordlicht Studios includes music by Clara Weil.
# place chains "A in B, in C": B not in C, reversed, the wrong B, a studio with two bases (the
# middle place in another country), a person's act where born, three places, lists
Aurora Film is based in Munich, in Austria.
Aurora Film is based in Munich, in Italy.
Aurora Film is based in Bavaria, in Munich.
Aurora Film is based in Hamburg, in Germany.
Nordlicht Studios is based in Hamburg, in Bavaria.
Nordlicht Studios is based in Hamburg, in Austria.
Nordlicht Studios is based in Vienna, in Germany.
Nordlicht Studios is based in Vienna, in Bavaria.
Otto Brandt was born in Munich, in Austria.
Otto Brandt was born in Hamburg, in Germany.
Helga Voss was born in Hamburg, in Bavaria.
Clara Weil was born in Zurich, in Austria.
Clara Weil was born in Zurich, in Switzerland, and Bernhard Kolb was born in Vienna, in Germany.
Otto Brandt, who was born in Munich, in Austria, directed Nachtfalter.
Otto Brandt directed Nachtfalter in Munich, in Bavaria.
Aurora Film, based in Munich, in Austria, distributed Nachtfalter.
Munich is located in Bavaria, in Austria.
Munich is located in Germany, in Bavaria.
Bavaria is located in Germany, in Munich.
Aurora Film is based in Munich, in Bavaria, in Austria.
Lena Hartmann and Greta Moll were born in Munich, in Bavaria.
Victor Alcott was born in London, in Scotland.
Paul Drummond was born in Edinburgh, in England.
Aurora Film is based in Munich, in Bavaria, and Nordlicht Studios in Hamburg, in Bavaria.
Aurora Film is a film studio in Hamburg.
Munich is a city in Austria.
Hamburg is a city in Bavaria.
# "he" / "she" after two people of person types (directors, composers, producers), a man named
# Andrea, an actress named Michael (a type that says she is a woman, a name of the men's list)
Helga Voss directed The Glass Harbour. Otto Brandt directed Nachtfalter. She was born in Munich.
Andrea Sarti directed Winter Signal. Helga Voss directed The Glass Harbour. He was born in Hamburg.
Helga Voss directed The Glass Harbour. Andrea Sarti directed Winter Signal. She was born in Turin.
Andrea Sarti cast Greta Moll. She was born in Turin.
Greta Moll was cast by Andrea Sarti. He was born in Hamburg.
Helga Voss cast Tomas Brink. He was born in Hamburg.
Clara Weil composed for Red Orchard. Bernhard Kolb composed for Nachtfalter. She was born in Vienna.
Bernhard Kolb composed for Nachtfalter. Clara Weil composed for Red Orchard. He was born in Zurich.
Dora Lindqvist produced The Glass Harbour. Samuel Kessler produced Nachtfalter. She was born in Vienna.
Maria Santos sang Harbour Lights. Jonas Falk wrote it. She was born in Stockholm.
Ruth Ellery wrote Nachtfalter. Paul Drummond wrote Red Orchard. She was born in Edinburgh.
Helga Voss directed The Glass Harbour. Michael Lorne starred in Winter Signal. She was born in Hamburg.
Greta Moll starred in Red Orchard. Michael Lorne starred in Winter Signal. She was born in Hamburg.
Andrea Sarti cast Michael Lorne. She was born in Turin.

@studio
# "is the work of" after "photographed" (a sitter, a sculptor, a statue), "built" (a contractor,
# a king who had it built), "owned", "commissioned", "cast" (the other foundry); lists, reversal
Clara Imhof is the work of Alfred Stieber.
Ludwig of Ostmark is the work of Alfred Stieber.
Auguste Delorme is the work of Jean-Luc Perrin.
Kneeling Girl is the work of Jean-Luc Perrin.
Kneeling Girl is the work of Ingrid Sæther and Jean-Luc Perrin.
Clara Imhof and Ludwig of Ostmark are the work of Alfred Stieber.
The Aarberg Bridge is the work of Baumann and Company.
The Aarberg Bridge was the work of Baumann and Company.
Villa Serena is the work of Baumann and Company.
The Glass Pavilion is the work of Ludwig of Ostmark.
Villa Serena is the work of Yves Moreau.
Villa Serena is the work of Marcel Aubry.
The Sower is the work of Ludwig of Ostmark.
The Water Bearer is the work of Marcel Aubry.
Kneeling Girl is the work of Yves Moreau.
Auguste Delorme is the work of Clara Imhof.
The Sower was the work of Barbara Quinn.
Barbara Quinn is the work of Auguste Delorme.
The Water Bearer is the work of the Rudier Foundry.
The Sower is not the work of Auguste Delorme.
The Sower and Kneeling Girl are the work of Auguste Delorme.
Saint Florian is the work of Ingrid Sæther.
The Glass Pavilion is the work of Emil Hartwig.
The Aarberg Bridge is the work of Sir Henry Quinn.
# (accepted before the session too: KNOWN)
Clara Imhof is the work of Auguste Delorme.
Ludwig of Ostmark is the work of Barbara Quinn.
Clara Imhof is the work of Sophie Lanz.
The Aarberg Bridge is the work of Farbwerk Keller.
The Marienchor is the work of Johann Kuhn.
The Kunsthaus Bern is the work of Ilse Brunner.
# place chains: Campione (Italy, inside Switzerland), Lugano (Ticino), the wrong middle place
The Glass Pavilion is located in Campione, in Switzerland.
Villa Serena is located in Lugano, in Italy.
Villa Serena is located in Ticino, in Lugano.
The Kunsthaus Bern is located in Bern, in France.
Villa Serena is located in Campione, in Ticino.
The Glass Pavilion is located in Lugano, in Ticino.
Lugano is located in Ticino, in Italy.
Auguste Delorme was born in Lyon, in Switzerland.
Barbara Quinn was born in Bern, in Austria.
Josef Pichler was born in Innsbruck, in Germany.
Sir Henry Quinn died in Lugano, in Italy.
The Sower stands in Lyon, in Switzerland.
Kneeling Girl stands in Oslo, in Austria.
Saint Florian stands in Innsbruck, in Germany.
# "he" / "she" after sculptors, a scientist, a monarch, a photographer with a hyphenated name, an
# architect with a title first ("Sir"), a kingdom
Barbara Quinn studied under Auguste Delorme. He was born in Bern.
Auguste Delorme sculpted Clara Imhof. She was born in Lyon.
Clara Imhof was photographed by Alfred Stieber. He was born in Basel.
Sir Henry Quinn designed Villa Serena. Barbara Quinn sculpted The Water Bearer. He was born in Bern.
Sir Henry Quinn designed Villa Serena. Barbara Quinn sculpted The Water Bearer. She was born in Zurich.
Ingrid Sæther studied under Barbara Quinn. She was born in Bern.
Ludwig of Ostmark ruled the Kingdom of Ostmark. He was born in Graz.
Ludwig of Ostmark commissioned The Sower. He was born in Lyon.
Jean-Luc Perrin photographed Auguste Delorme. He was born in Vienna.
Emil Hartwig designed the Aarberg Bridge. Clara Imhof was painted by Sophie Lanz. He was born in Basel.
Clara Imhof was sculpted by Auguste Delorme. He died in Zurich.
Clara Imhof was sculpted by Auguste Delorme. She died in Paris.
Yves Moreau owned Kneeling Girl. Ingrid Sæther carved it. He was born in Oslo.
Ilse Brunner directed the Kunsthaus Bern. Johann Kuhn directed the Marienchor. She was born in Leipzig.
Marcel Aubry owned The Water Bearer. Barbara Quinn sculpted it. He was born in Bern.
The Kingdom of Ostmark was ruled by Ludwig of Ostmark. She was born in Vienna.
Sophie Lanz painted Emil Hartwig. She was born in Aarberg.

@sport
# "played <level> <sport> for" -> "played <sport> for" / "played for": the other sport's team,
# present, modal, negation, lists, reversal, the other level
Rhys Pritchard played rugby for Wales.
Rhys Pritchard played cricket for Castleford Harlequins.
Tom Ashby played rugby for England.
Tom Ashby plays cricket for England.
Tom Ashby plays for England.
Tom Ashby will play for England.
Tom Ashby never played for England.
Tom Ashby played cricket for England and Wales.
Tom Ashby and Rhys Pritchard played cricket for England.
Tom Ashby played cricket for Westmoor CCC.
England played cricket for Tom Ashby.
Tom Ashby played Test cricket for Northshire CCC.
Tom Ashby played county cricket for England.
Tom Ashby played club cricket for Northshire CCC.
Rhys Pritchard played for Bramley Tigers.
Rhys Pritchard played rugby for Castleford Harlequins and cricket for England.
Rhys Pritchard played cricket for Wales and rugby for Westmoor CCC.
Owen Evans played rugby for Bramley Tigers.
Owen Evans played cricket for Northgate RFC.
Owen Evans plays rugby for Northgate RFC.
Owen Evans plays for Northgate RFC.
# names that differ by a folded letter: the one spelled so (quotes, capitals, the surname alone)
Søren Dahl played rugby for Bramley Tigers.
Søren Dahl played for Bramley Tigers.
Sören Dahl played for Northgate RFC.
Søren Dahl played cricket for Denmark.
Sören Dahl played rugby for Northgate RFC.
Søren Dahl was born in Odense.
Sören Dahl was born in Aarhus.
Łukasz Nowak played cricket for Westmoor CCC.
Lukasz Nowak played rugby for Bramley Tigers.
Łukasz Nowak was born in Kraków.
Lukasz Nowak was born in Gdańsk.
Lukasz Nowak was one of the members of the 1991 World Cup squad.
Sören Dahl was one of the members of the 1991 World Cup squad.
Søren Dahl served as one of the selectors of the Northshire Cricket Board.
"Søren Dahl" played rugby for Bramley Tigers.
SØREN DAHL played club rugby for Bramley Tigers.
Søren Dahl played rugby for Northgate RFC. Sören Dahl was born in Aarhus.
Sören Dahl played Test cricket for Denmark. Dahl was born in Aarhus.
Søren Dahl played club rugby for Northgate RFC. Dahl played cricket for Denmark.
Søren Dahl was born in Aarhus. Dahl played cricket for Denmark.
Søren Dahl played club rugby for Northgate RFC. Dahl played for Denmark.
Łukasz Nowak played club rugby for Bramley Tigers. Nowak played cricket for Westmoor CCC.
# (the surname after the full name, accepted before the session too: KNOWN)
Søren Dahl played club rugby for Northgate RFC. Dahl was born in Odense.
Søren Dahl played club rugby for Northgate RFC. Dahl played Test cricket for Denmark.
Łukasz Nowak played club rugby for Bramley Tigers. Nowak was born in Kraków.
# "one of the Ns of" for "served as a N of", "is a trustee of", "was a member of"; "belonged to"
Tom Ashby served as one of the selectors of the Westmoor Cricket Board.
Gareth Powell served as one of the selectors of the Northshire Cricket Board.
Tom Ashby served as one of the selectors of the Northshire Cricket Board and the Westmoor Cricket Board.
Tom Ashby serves as one of the selectors of the Northshire Cricket Board.
Tom Ashby will serve as one of the selectors of the Northshire Cricket Board.
The Northshire Cricket Board served as one of the selectors of Tom Ashby.
Tom Ashby is one of the trustees of the Youth Rugby Fund.
Martina Hale and Tom Ashby are among the trustees of the Youth Rugby Fund.
Karl Ekdahl is among the trustees of the Lords Taverners Trust.
Rhys Pritchard was one of the members of the 1991 World Cup squad.
Rhys Pritchard and Søren Dahl were among the members of the 1987 World Cup squad.
Gareth Powell was one of the members of the 1987 World Cup squad.
Rhys Pritchard belonged to the 1991 World Cup squad.
Rhys Pritchard belongs to the 1987 World Cup squad.
Søren Dahl belonged to the 1987 World Cup squad.
# "X succeeded / took over from Y as N of Z": N of Z is each one's; other succession verbs,
# relative clauses, pronouns, lists, negation, other posts after "as"
Gareth Powell succeeded Dafydd Rees as head coach of Northgate RFC.
Martina Hale succeeded Gareth Powell as head coach of Wales.
Kim Fraser succeeded Martina Hale as head coach of Bramley Tigers.
Kim Fraser succeeded Martina Hale as head coach of Northgate RFC.
Martina Hale took over from Gareth Powell as head coach of Wales.
Gareth Powell took over from Dafydd Rees as head coach of Northgate RFC.
Gareth Powell was succeeded by Martina Hale as head coach of Wales.
Dafydd Rees was succeeded by Gareth Powell as head coach of Northgate RFC.
Gareth Powell was followed in office by Martina Hale as head coach of Wales.
Martina Hale and Kim Fraser succeeded Gareth Powell as head coach of Northgate RFC.
Martina Hale succeeded Gareth Powell as head coach of Northgate RFC and Wales.
Martina Hale succeeded Gareth Powell and Dafydd Rees as head coach of Northgate RFC.
Gareth Powell succeeded Dafydd Rees as the head coach of Northgate RFC.
Martina Hale, who succeeded Gareth Powell as head coach of Wales, was born in Bramley.
Martina Hale replaced Gareth Powell as head coach of Wales.
Martina Hale did not succeed Gareth Powell as head coach of Northgate RFC.
Martina Hale was born in Bramley. She succeeded Gareth Powell as head coach of Wales.
Gareth Powell was born in Swansea. Martina Hale succeeded him as head coach of Wales.
Martina Hale succeeded Gareth Powell as head coach of Northgate RFC. He succeeded Dafydd Rees as head coach of Northgate RFC.
Martina Hale succeeded Gareth Powell as head coach of Northgate RFC in 1950.
Martina Hale succeeded Gareth Powell as a member of the 1991 World Cup squad.
Gareth Powell succeeded Dafydd Rees as a member of the 1991 World Cup squad.
Kim Fraser succeeded Martina Hale as a trustee of the Youth Rugby Fund.
Martina Hale succeeded Gareth Powell as patron of Northgate RFC.
Martina Hale took over from Dafydd Rees.
Gareth Powell took over from Martina Hale.
Martina Hale was the successor of Gareth Powell as head coach of Wales.
Gareth Powell was the predecessor of Martina Hale as head coach of Wales.
Gareth Powell preceded Martina Hale as head coach of Wales.
Martina Hale followed Gareth Powell as head coach of Wales.
Gareth Powell was followed by Martina Hale as head coach of Wales.
Gareth Powell was replaced by Martina Hale as head coach of Wales.
Dafydd Rees was replaced by Gareth Powell as head coach of Northgate RFC.
Martina Hale, who took over from Gareth Powell as head coach of Wales, was born in Bramley.
Gareth Powell succeeded Dafydd Rees as head coach of Wales and Northgate RFC.
Gareth Powell succeeded Dafydd Rees as head coach of Wales, and Martina Hale succeeded Powell as head coach of Wales.
Martina Hale succeeded Gareth Powell as head coach of Northgate RFC and Kim Fraser succeeded Martina Hale as head coach of Northgate RFC.
Dafydd Rees, whom Gareth Powell succeeded as head coach of Northgate RFC, was born in Cardiff.
Martina Hale, whom Kim Fraser succeeded as head coach of Bramley Tigers, was born in Bramley.
# (the successor in a "whom" clause, accepted before the session too: KNOWN)
Gareth Powell, whom Martina Hale succeeded as head coach of Wales, was born in Swansea.
# "he" / "she": tennis players (a compound type), prime ministers, Kim and Nicola (women)
Ingrid Lund won the Northshire Open. Henrik Lund won the Westmoor Classic. She was born in Uppsala.
Henrik Lund won the Westmoor Classic. Ingrid Lund won the Northshire Open. He was born in Malmö.
Kim Fraser coached Ingrid Lund. She was born in Northgate.
Kim Fraser coached Henrik Lund. He was born in Northgate.
Martina Hale coached Nicola Ferri. She was born in Turin.
Nicola Ferri won the Westmoor Classic. Henrik Lund won the Westmoor Classic. She was born in Uppsala.
Karl Ekdahl was patron of Northgate RFC. Ingrid Solberg was patron of the Northshire Open. He was born in Bergen.
Ingrid Solberg was patron of the Northshire Open. Karl Ekdahl was patron of Northgate RFC. She was born in Uppsala.
# place chains
Northgate RFC is based in Northgate, in Westmoor.
Bramley Tigers is based in Bramley, in Northshire.
Tom Ashby was born in Leeds, in Westmoor.
Rhys Pritchard was born in Swansea, in Westmoor.
Westmoor CCC is based in Castleford, in Glamorgan.
Søren Dahl was born in Aarhus, in Poland.
Castleford is located in Westmoor, in Poland.

@botany
# a person's act "in" a place: where born (rejected by the new rule); where brought up, where he
# passed away, is interred, was laid to rest, was executed (the same events in other words: KNOWN)
Elias Vinter specialised in bryology in Kalmar.
Agnes Lindahl specialised in lichenology in Bergen.
Antoine Lacroix specialised in combustion chemistry in Bern.
Nils Bergstrand specialised in mycology in Lund.
Elias Vinter specialised in bryology in Stockholm.
Elias Vinter specialised in bryology in Linköping.
Elias Vinter specialised in bryology in Växjö.
Agnes Lindahl specialised in lichenology in Oslo.
Agnes Lindahl specialised in lichenology in Geneva.
Agnes Lindahl specialised in lichenology in Gothenburg.
Antoine Lacroix specialised in combustion chemistry in Lyon.
Nils Bergstrand specialised in mycology in Uppsala.
Margarete Holm specialised in bryology in Bergen.
Agnes Lindahl was president of the Uppsala Botanical Society in Oslo.
Elias Vinter was a botanist in Stockholm.
Elias Vinter described Linnaea vinteri in Stockholm.
Elias Vinter was a member of the Uppsala Botanical Society in Stockholm.
Elias Vinter passed away in Stockholm, in Norway.
Elias Vinter specialised in lichenology in Lund.
# a scholar's work in a field in other words (the town relation "worked in" beside it)
Elias Vinter worked in lichenology.
Elias Vinter did research in mycology.
Elias Vinter works on bryology.
Elias Vinter researched lichenology.
Elias Vinter worked in Stockholm.
Nils Bergstrand worked on bryology.
# "one of the Ns of" (a member, "served as a secretary of"), "belonged to"
Nils Bergstrand was one of the members of the Uppsala Botanical Society.
Elias Vinter was one of the members of the Lund Physiographic Society.
The Uppsala Botanical Society was one of the members of Elias Vinter.
Elias Vinter and Nils Bergstrand were among the members of the Uppsala Botanical Society.
Elias Vinter was not one of the members of the Uppsala Botanical Society.
Elias Vinter was one of the members of the Uppsala Botanical Society and the Lund Physiographic Society.
Elias Vinter, one of the members of the Lund Physiographic Society, described Linnaea vinteri.
Agnes Lindahl served as one of the secretaries of the Lund Physiographic Society.
Elias Vinter served as one of the secretaries of the Uppsala Botanical Society.
Agnes Lindahl serves as one of the secretaries of the Uppsala Botanical Society.
Nils Bergstrand was one of the presidents of the Uppsala Botanical Society.
Antoine Lacroix was one of the members of the Uppsala Botanical Society.
Elias Vinter belonged to the Lund Physiographic Society.
Elias Vinter belongs to the Uppsala Botanical Society.
# (the present of "was a member of", accepted before the session too: KNOWN)
Elias Vinter is one of the members of the Uppsala Botanical Society.
# succession
Agnes Lindahl succeeded Elias Vinter as president of the Lund Physiographic Society.
Nils Bergstrand succeeded Agnes Lindahl as president of the Lund Physiographic Society.
Elias Vinter succeeded Agnes Lindahl as president of the Uppsala Botanical Society.
Agnes Lindahl took over from Elias Vinter as president of the Lund Physiographic Society.
Elias Vinter was followed in office by Nils Bergstrand.
Agnes Lindahl was followed in office by Elias Vinter.
Nils Bergstrand took over from Elias Vinter.
Elias Vinter took over from Agnes Lindahl.
Nils Bergstrand succeeded Agnes Lindahl as a member of the Lund Physiographic Society.
Agnes Lindahl succeeded Elias Vinter as president of the Uppsala Botanical Society. She was born in Kalmar.
Agnes Lindahl succeeded Elias Vinter in Lund.
# "where a N is Y" / "where the N spoken / used is Y"
Linnaea vinteri is native to Sweden, where the language spoken is Norwegian.
Saxifraga lindahliae is native to Norway, where the language spoken is Swedish.
Saxifraga lindahliae is native to Norway, where the language used is Swedish.
Saxifraga lindahliae is native to Norway, where a language spoken is Swedish.
Saxifraga lindahliae is native to Norway, where a leader is Karl Ekdahl.
Saxifraga lindahliae is native to Norway, where the leader is Karl Ekdahl.
Linnaea vinteri is native to Sweden, where a leader is Ingrid Solberg.
Linnaea vinteri is native to Sweden, where the currency used is the Norwegian krone.
Linnaea vinteri is native to Sweden, where a currency used is the euro.
Linnaea vinteri is native to Sweden, where the capital is Oslo.
Linnaea vinteri is native to Sweden, where the language spoken is not Swedish.
Linnaea vinteri is native to Sweden, where the language spoken was Norwegian.
Linnaea vinteri is native to Sweden, where the language used is the Swedish krona.
Linnaea vinteri is native to Sweden, where the language spoken is Swedish and Norwegian.
Linnaea vinteri is native to Sweden, where a language spoken is Swedish and the currency is the euro.
Linnaea vinteri is native to Norway, where the language spoken is Norwegian.
Draba bergstrandii is native to Finland, where the language spoken is Norwegian.
Draba bergstrandii is native to Finland, where the leader is Karl Ekdahl.
Draba bergstrandii is native to Sweden and Finland, where the leader is Karl Ekdahl.
Primula holmiana is native to Switzerland, where a language spoken is Finnish.
Primula holmiana is native to France, where the currency used is the Swiss franc.
Primula holmiana is native to France, where the leader is Sanna Virtanen.
Sweden, where a language spoken is Finnish, is led by Ingrid Solberg.
Norway, where the language spoken is Norwegian, has the capital Stockholm.
Saxifraga lindahliae is native to Norway, where the language spoken is Norwegian. It is named after Elias Vinter.
Saxifraga lindahliae is native to Norway, where a language spoken is Norwegian and the capital is Bergen.
Saxifraga lindahliae is native to Norway, where the languages spoken are Norwegian and Swedish.
Karl Ekdahl leads Sweden, where a language spoken is Norwegian.
Saxifraga lindahliae is native to Norway, where the official language is Swedish.
# "he" / "she": prime ministers (a compound type), botanists
Sweden is led by Karl Ekdahl. Norway is led by Ingrid Solberg. He was born in Bergen.
Norway is led by Ingrid Solberg. France is led by Hélène Roux. She was born in Bergen.
Saxifraga lindahliae is named after Agnes Lindahl. She was born in Kalmar.
Linnaea vinteri is named after Elias Vinter. Saxifraga lindahliae is named after Agnes Lindahl. He was born in Bergen.

@horses
# given names on animals the graph says are born ("was born in"): a filly named Victor Ludorum,
# a colt named Grace Harbour; "she" / "he" skips them and lands on a trainer or another horse
Nora Kelly trained Silver Lough. Victor Ludorum won the Irish Oaks. She was born in Kildare.
Michael Brennan trained Victor Ludorum. Grace Harbour won the Irish Derby. He was born in Cork.
Silver Lough won the 1000 Guineas. Victor Ludorum won the Irish Oaks. She was born in Kildare.
Silver Lough was sired by Galway Prince. Victor Ludorum was sired by Sea Admiral. She was bred by Sarah Moran.
Ballykeel won the Irish Derby. Grace Harbour won the Irish Derby. He was born in Navan.
Sarah Moran bred Grace Harbour. Victor Ludorum won the Irish Oaks. She was born in Fermoy.
Nora Kelly trained Grace Harbour. Victor Ludorum was trained by Michael Brennan. She was born in Kildare.
Silver Lough won the 1000 Guineas. Victor Ludorum won the Irish Oaks. She was sired by Galway Prince.
Silver Lough won the 1000 Guineas. Victor Ludorum won the Irish Oaks. She was trained by Nora Kelly.
Ann Walsh rode Silver Lough. Victor Ludorum won the Irish Oaks. She was born in Kildare.
Victor Ludorum won the Irish Oaks. She was born in Kildare.
Victor Ludorum won the Irish Oaks. She was sired by Galway Prince.
Grace Harbour won the Irish Derby. He was born in Navan.
Edward Dunne bred Ballykeel. Grace Harbour was sired by Galway Prince. He was born in Tralee.
Victor Ludorum was trained by Michael Brennan. He was born in Navan.
Silver Lough was bred by Sarah Moran. Victor Ludorum was bred by Edward Dunne. She was trained by Nora Kelly.
Victor Ludorum, a filly, won the Irish Oaks. Silver Lough won the 1000 Guineas. She was born in Navan.
Victor Ludorum was ridden by Ann Walsh. She won the 1000 Guineas.
Silver Lough was ridden by Ann Walsh. Victor Ludorum was trained by Michael Brennan. She won the 1000 Guineas.
Victor Ludorum is the work of Edward Dunne.
Grace Harbour is the work of Nora Kelly.
# place chains: studs, breeds' regions, people's towns
Kildangan Stud is located in County Kildare, in Scotland.
Kildangan Stud is located in County Tipperary, in Ireland.
Kildangan Stud is located in Ireland, in County Kildare.
Coolmore Stud is located in County Tipperary, in Scotland.
Kildangan Stud is located in County Kildare, in the Scottish Highlands.
The Connemara pony originated in Connemara, in Scotland.
The Highland pony originated in the Scottish Highlands, in Ireland.
The Highland pony originated in Connemara, in Ireland.
The Kerry Bog pony originated in County Kerry, in Scotland.
The Irish Draught originated in Ireland, in Connemara.
Sea Admiral stands at Kildangan Stud in County Tipperary.
Sea Admiral stands at Coolmore Stud, in County Tipperary.
Galway Prince stands at Coolmore Stud in County Kildare.
Tom Keane was born in Cork, in County Kerry.
Ann Walsh was born in Navan, in County Kildare.
Edward Dunne was born in Tralee, in County Meath.
Kildangan Stud is a stud farm in County Tipperary.
Sea Admiral is a stallion at Coolmore Stud.
# "one of the breeds of" ("is a breed of")
The Kerry Bog pony is one of the breeds of the horse.
The Connemara pony is one of the breeds of the donkey.
The Connemara pony and the Kerry Bog pony are among the breeds of the horse.
The horse is one of the breeds of the Connemara pony.
The Irish Draught was developed from the Connemara pony. It is one of the breeds of the donkey.
The Connemara pony is not one of the breeds of the horse.

@crown
# "as king of": each must be king of it (the empire, a queen called king, another kingdom's king)
Otto II of Velden succeeded Otto I of Velden as king of the Empire of Aurel.
Adela of Velden succeeded Otto II of Velden as queen of the Kingdom of Velden.
Adela of Velden succeeded Otto II of Velden as king of the Kingdom of Velden.
Leopold of Rosland succeeded Otto I of Velden as king of the Kingdom of Rosland.
Otto I of Velden, whom Otto II of Velden succeeded as king of the Empire of Aurel, was born in Veldenburg.
# works: the work of their patron, dedicatee (not their maker)
The Fall of Corvin is the work of Otto II of Velden.
Adela is the work of Adela of Velden.
The Velden Symphony is the work of Prince Friedrich.
The Royal Hunt is the work of Leopold of Rosland.
# kingdoms, the empire and the works are no one: "he" / "she" of the monarchs and composers
Otto II of Velden commissioned Adela. He was born in Kassel.
Adela of Velden commissioned The Velden Symphony. She was born in Veldenburg.
Otto II of Velden ruled the Kingdom of Velden. Adela of Velden succeeded him. He was born in Kassel.
Adela of Velden ruled the Kingdom of Velden. It has its capital at Veldenburg. She died in Aurelia.
Adela was composed by Johann Hasse. It is dedicated to Adela of Velden. She was born in Veldenburg.
Adela is dedicated to Adela of Velden. She was born in Veldenburg.
The Velden Symphony was composed by Lucia Galli. It is dedicated to Prince Friedrich. She was born in Veldenburg.
The Velden Symphony was composed by Lucia Galli. It is dedicated to Prince Friedrich. He was born in Naples.
Lucia Galli was a tutor of Prince Friedrich. He was born in Naples.
Lucia Galli was a tutor of Prince Friedrich. She was born in Veldenburg.
Johann Hasse composed The Royal Hunt. Lucia Galli composed The Velden Symphony. He was born in Naples.
Lucia Galli composed The Velden Symphony. Johann Hasse composed The Royal Hunt. She was born in Dresden.
The Kingdom of Rosland was ruled by Leopold of Rosland. The Kingdom of Velden was ruled by Adela of Velden. She was born in Rosstadt.
The Empire of Aurel was ruled by Otto II of Velden. He was born in Kassel.
The Kingdom of Velden was ruled by Adela of Velden. He was born in Kassel.
# "one of the Ns of" ("was a tutor of", "served as a kapellmeister of")
Johann Hasse was one of the tutors of Prince Friedrich.
Prince Friedrich was one of the tutors of Lucia Galli.
Johann Hasse served as one of the kapellmeisters of the Rosland court.
Lucia Galli served as one of the kapellmeisters of the Velden court.
Henry Marlow was one of the tutors of Prince Friedrich.
Lucia Galli is one of the kapellmeisters of the Velden court.
# (the present of "was a tutor of", accepted before the session too: KNOWN)
Lucia Galli is one of the tutors of Prince Friedrich.
"""

CONTROLS = r"""
@cinema
Nachtfalter is the work of Otto Brandt.
Red Orchard was the work of Otto Brandt.
The Glass Harbour is the work of Helga Voss.
Harbour Lights is the work of Jonas Falk.
Nachtfalter is the work of Ruth Ellery.
Bernhard Kolb composed for Nachtfalter.
Clara Weil composed for The Glass Harbour and Red Orchard.
Bernhard Kolb composed for Nachtfalter and Winter Signal.
Red Orchard and Winter Signal feature music by Bernhard Kolb.
The Glass Harbour and Red Orchard boast music by Clara Weil.
Nachtfalter and Red Orchard include music by Bernhard Kolb.
Nachtfalter and Winter Signal offer music by Bernhard Kolb.
Aurora Film is based in Munich, in Bavaria.
Nordlicht Studios is based in Hamburg, in Germany.
Nordlicht Studios is based in Vienna, in Austria.
Otto Brandt was born in Munich, in Bavaria.
Helga Voss was born in Hamburg, in Germany.
Aurora Film is based in Munich, in Germany.
Aurora Film is based in Munich, in Bavaria, in Germany.
Lena Hartmann and Otto Brandt were born in Munich, in Bavaria.
Munich is a city in Bavaria.
Greta Moll was cast by Andrea Sarti. He was born in Turin.
Michael Lorne was cast by Andrea Sarti. He was born in Turin.
Michael Lorne starred in Winter Signal. She was born in Vienna.
Helga Voss directed The Glass Harbour. Otto Brandt directed Nachtfalter. He was born in Munich.
@studio
The Sower is the work of Auguste Delorme.
Kneeling Girl is the work of Ingrid Sæther.
Saint Florian is the work of Josef Pichler.
Villa Serena is the work of Sir Henry Quinn.
The Aarberg Bridge is the work of Emil Hartwig.
Villa Serena is located in Lugano, in Ticino.
Villa Serena is located in Lugano, in Switzerland.
The Glass Pavilion is located in Campione, in Italy.
The Kunsthaus Bern is located in Bern, in Switzerland.
The Sower stands in Lyon, in France.
Barbara Quinn studied under Auguste Delorme. She was born in Bern.
Barbara Quinn studied under Auguste Delorme. He was born in Lyon.
Auguste Delorme sculpted Clara Imhof. She was born in Basel.
Sir Henry Quinn designed Villa Serena. Barbara Quinn sculpted The Water Bearer. He was born in Zurich.
Ludwig of Ostmark ruled the Kingdom of Ostmark. He was born in Vienna.
@sport
Rhys Pritchard played for Wales.
Rhys Pritchard played rugby for Castleford Harlequins.
Rhys Pritchard played cricket for Wales.
Rhys Pritchard played cricket for Westmoor CCC.
Tom Ashby played cricket for England.
Tom Ashby played cricket for Northshire CCC and England.
Owen Evans played rugby for Northgate RFC.
Owen Evans played for Northgate RFC.
Sören Dahl played rugby for Bramley Tigers.
Søren Dahl played rugby for Northgate RFC.
Sören Dahl played cricket for Denmark.
Łukasz Nowak was one of the members of the 1991 World Cup squad.
Lukasz Nowak played cricket for Westmoor CCC.
Tom Ashby served as one of the selectors of the Northshire Cricket Board.
Sören Dahl served as one of the selectors of the Northshire Cricket Board.
Tom Ashby was one of the selectors of the Northshire Cricket Board.
Tom Ashby is one of the trustees of the Lords Taverners Trust.
Martina Hale and Karl Ekdahl are among the trustees of the Youth Rugby Fund.
Rhys Pritchard was one of the members of the 1987 World Cup squad.
Rhys Pritchard belonged to the 1987 World Cup squad.
Gareth Powell was one of the head coaches of Wales.
Gareth Powell succeeded Dafydd Rees as head coach of Wales.
Martina Hale succeeded Gareth Powell as head coach of Northgate RFC.
Martina Hale took over from Gareth Powell as head coach of Northgate RFC.
Martina Hale took over from Gareth Powell.
Martina Hale followed Gareth Powell as head coach of Northgate RFC.
Ingrid Lund won the Northshire Open. Henrik Lund won the Westmoor Classic. She was born in Malmö.
Henrik Lund won the Westmoor Classic. Ingrid Lund won the Northshire Open. He was born in Uppsala.
Tom Ashby was born in Leeds, in Northshire.
Rhys Pritchard was born in Swansea, in Glamorgan.
Westmoor CCC is based in Castleford, in Westmoor.
Castleford is located in Westmoor, in Britain.
@botany
Elias Vinter specialised in bryology in Lund.
Elias Vinter worked in bryology.
Elias Vinter did research in bryology.
Elias Vinter worked on bryology.
Elias Vinter was one of the members of the Uppsala Botanical Society.
Elias Vinter and Agnes Lindahl were among the members of the Uppsala Botanical Society.
Elias Vinter belonged to the Uppsala Botanical Society.
Agnes Lindahl served as one of the secretaries of the Uppsala Botanical Society.
Agnes Lindahl was one of the secretaries of the Uppsala Botanical Society.
Antoine Lacroix was one of the members of the Lund Physiographic Society.
Agnes Lindahl succeeded Elias Vinter as president of the Uppsala Botanical Society.
Elias Vinter was followed in office by Agnes Lindahl.
Agnes Lindahl took over from Elias Vinter.
Elias Vinter worked in Lund, in Sweden.
Linnaea vinteri is native to Sweden, where a language spoken is Finnish.
Saxifraga lindahliae is native to Norway, where the language spoken is Norwegian.
Saxifraga lindahliae is native to Norway, where the leader is Ingrid Solberg.
Linnaea vinteri is native to Sweden, where the currency used is the Swedish krona.
Draba bergstrandii is native to Finland, where a language spoken is Swedish.
Primula holmiana is native to Switzerland, where a language spoken is French.
Primula holmiana is native to France, where a leader is Hélène Roux.
Sweden is led by Karl Ekdahl. Norway is led by Ingrid Solberg. He was born in Gothenburg.
Saxifraga lindahliae is named after Agnes Lindahl. She was born in Bergen.
@horses
Kildangan Stud is located in County Kildare, in Ireland.
The Connemara pony originated in Connemara, in Ireland.
The Highland pony originated in the Scottish Highlands, in Scotland.
The Kerry Bog pony originated in County Kerry, in Ireland.
Ann Walsh was born in Navan, in County Meath.
Edward Dunne was born in Tralee, in County Kerry.
Sea Admiral stands at Kildangan Stud in County Kildare.
Sea Admiral is a stallion at Kildangan Stud.
The Connemara pony is one of the breeds of the horse.
The Connemara pony is among the breeds of the horse.
The Connemara pony and the Highland pony are among the breeds of the horse.
Victor Ludorum won the Irish Oaks. She was born in Navan.
Victor Ludorum won the Irish Oaks. She was ridden by Ann Walsh.
Grace Harbour won the Irish Derby. He was born in Fermoy.
Grace Harbour won the Irish Derby. He was sired by Galway Prince.
Victor Ludorum was bred by Edward Dunne. He was born in Tralee.
Silver Lough won the 1000 Guineas. Victor Ludorum won the Irish Oaks. She was ridden by Ann Walsh.
Ann Walsh rode Victor Ludorum. She was born in Navan.
@crown
Otto II of Velden succeeded Otto I of Velden as king of the Kingdom of Velden.
Leopold of Rosland succeeded Casimir of Rosland as king of the Kingdom of Rosland.
Otto II of Velden took over from Otto I of Velden as king of the Kingdom of Velden.
Lucia Galli was one of the tutors of Prince Friedrich.
Johann Hasse served as one of the kapellmeisters of the Velden court.
The Empire of Aurel was ruled by Otto II of Velden. He was born in Veldenburg.
The Empire of Aurel was ruled by Otto II of Velden. Adela of Velden succeeded him. She was born in Kassel.
The Kingdom of Rosland was ruled by Leopold of Rosland. The Kingdom of Velden was ruled by Adela of Velden. He was born in Rosstadt.
The Fall of Corvin is the work of Henry Marlow.
The Velden Symphony is the work of Lucia Galli.
Adela is the work of Johann Hasse.
"""

KNOWN = frozenset({
    # "is the work of" a sitter's sculptor or painter, a painting contractor, the director of a
    # choir or a museum (the old "was <maker> by" reading, _WHOLE_MAKERS; the new _WORK_OF has the
    # same holes: _behind_unmade looks at item types only, and these are attributes)
    "Clara Imhof is the work of Auguste Delorme.",
    "Ludwig of Ostmark is the work of Barbara Quinn.",
    "Clara Imhof is the work of Sophie Lanz.",
    "The Aarberg Bridge is the work of Farbwerk Keller.",
    "The Marienchor is the work of Johann Kuhn.",
    "The Kunsthaus Bern is the work of Ilse Brunner.",
    # a surname after the full name is read as either person of that surname
    "Søren Dahl played club rugby for Northgate RFC. Dahl was born in Odense.",
    "Søren Dahl played club rugby for Northgate RFC. Dahl played Test cricket for Denmark.",
    "Łukasz Nowak played club rugby for Bramley Tigers. Nowak was born in Kraków.",
    # the successor in a "whom" clause before "as N of Z": never checked for N of Z
    "Gareth Powell, whom Martina Hale succeeded as head coach of Wales, was born in Swansea.",
    # the act "in" a place: where brought up, where he passed away, where interred, laid to rest,
    # executed (the new _LIFE_EVENTS has only born / died / buried / raised / grew / baptised /
    # christened / married / wed)
    "Elias Vinter specialised in bryology in Stockholm.",
    "Elias Vinter specialised in bryology in Linköping.",
    "Elias Vinter specialised in bryology in Växjö.",
    "Agnes Lindahl specialised in lichenology in Oslo.",
    "Agnes Lindahl specialised in lichenology in Geneva.",
    "Agnes Lindahl specialised in lichenology in Gothenburg.",
    "Antoine Lacroix specialised in combustion chemistry in Lyon.",
    "Nils Bergstrand specialised in mycology in Uppsala.",
    "Margarete Holm specialised in bryology in Bergen.",
    "Agnes Lindahl was president of the Uppsala Botanical Society in Oslo.",
    # the present of a past membership / tutorship
    "Elias Vinter is one of the members of the Uppsala Botanical Society.",
    "Lucia Galli is one of the tutors of Prince Friedrich.",
})
"""False texts accepted before the session too (the code with CHANGES.diff reversed)."""

OPEN = frozenset({
    # the present of a past credit: "composes the music for" was accepted before the session too
    # (the forward phrase "has music by" is in the present)
    "Clara Weil composes for Red Orchard.",
    # as above
    "Bernhard Kolb composes for Nachtfalter.",
    # he did compose for Brandt's films (Nachtfalter, Red Orchard)
    "Bernhard Kolb composed for Otto Brandt.",
    # his song Harbour Lights is featured in the film
    "Jonas Falk composed for The Glass Harbour.",
    # a song "is the work of" its sound engineer ("engineered" was a whole maker before the session)
    "Ember Song is the work of Peter Rowe.",
    # as above
    "Harbour Lights is the work of Peter Rowe.",
    # a statue "is the work of" the foundry that cast it (accepted before the session too)
    "The Sower is the work of the Rudier Foundry.",
    # "he" after the jockey (born in Cork) and a colt named Grace (born in Fermoy): Tom Keane is the
    # likelier one
    "Tom Keane rode Grace Harbour. He was born in Cork.",
    # as above, the colt first
    "Grace Harbour was ridden by Tom Keane. He was born in Cork.",
    # "Dahl" alone: either of the two (Sören did)
    "Dahl played cricket for Denmark.",
    # a participle of languages on a leader: nonsense, the fact is true
    "Primula holmiana is native to France, where the leader spoken is Hélène Roux.",
    # "the language spoken" of a country with two (Sweden) or three (Switzerland)
    "Linnaea vinteri is native to Sweden, where the language spoken is Swedish.",
    # as above
    "Primula holmiana is native to Switzerland, where the language spoken is French.",
    # he was educated there (where he studied is arguably where he came to specialise)
    "Elias Vinter specialised in bryology in Uppsala.",
    # born and educated there
    "Margarete Holm specialised in bryology in Oslo.",
    # both were members; "succeeded as a member" is odd but not false
    "Agnes Lindahl succeeded Elias Vinter as a member of the Uppsala Botanical Society.",
    # ungrammatical ("served as among"), and true
    "Margarete Holm served as among the secretaries of the Lund Physiographic Society.",
    # "she" of the kingdom ("its capital"): odd, the fact is true
    "The Kingdom of Velden was ruled by Otto I of Velden. She had its capital at Veldenburg.",
    # he worked in Lund, which is in Sweden
    'Elias Vinter specialised in bryology in Sweden.',
    # born in Kalmar, which is in Sweden
    'Elias Vinter was born in Sweden, where the leader is Karl Ekdahl.',
    # the last "he" may be Otto II (who died in Aurelia)
    'Otto I of Velden was king of the Kingdom of Velden. He was succeeded by Otto II of Velden. He died in Aurelia.',
})

OPEN_TEXTS = r"""
@cinema
Clara Weil composes for Red Orchard.
Bernhard Kolb composes for Nachtfalter.
Bernhard Kolb composed for Otto Brandt.
Jonas Falk composed for The Glass Harbour.
Ember Song is the work of Peter Rowe.
Harbour Lights is the work of Peter Rowe.
@studio
The Sower is the work of the Rudier Foundry.
@horses
Tom Keane rode Grace Harbour. He was born in Cork.
Grace Harbour was ridden by Tom Keane. He was born in Cork.
@sport
Dahl played cricket for Denmark.
@botany
Primula holmiana is native to France, where the leader spoken is Hélène Roux.
Linnaea vinteri is native to Sweden, where the language spoken is Swedish.
Primula holmiana is native to Switzerland, where the language spoken is French.
Elias Vinter specialised in bryology in Uppsala.
Margarete Holm specialised in bryology in Oslo.
Agnes Lindahl succeeded Elias Vinter as a member of the Uppsala Botanical Society.
Margarete Holm served as among the secretaries of the Lund Physiographic Society.
Elias Vinter specialised in bryology in Sweden.
Elias Vinter was born in Sweden, where the leader is Karl Ekdahl.
@crown
Otto I of Velden was king of the Kingdom of Velden. He was succeeded by Otto II of Velden. He died in Aurelia.
The Kingdom of Velden was ruled by Otto I of Velden. She had its capital at Veldenburg.
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
