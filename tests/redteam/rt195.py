"""Red team round 195 on LATEST.diff (and WHOLE_SESSION.diff): (1) "the company / firm / studio /
team behind" a product a firm "makes"; (2) "the <type> behind" X where every maker of a relation of
making has one type; (3) "first appeared in YEAR (,) in W" and the rejection of "... in YEAR (,)
in/at/on W" where W is an item of another year; (4) "was a member of" / "belonged to" (people
only), "portrayed" (characters only), "bought / took over / absorbed" (companies only).

Graphs: the shipped example graph and five of my own (see each builder's docstring): "goods"
(synthesizers, guitars, a camera that firms make, distribute, sell or import; engineers who
designed or only repaired them; a company acquisition), "credits" (films whose directors, typed
"director", also produced and wrote others; museums "directed" by curators; diseases "developed"
by patients; a bridge "painted" by a contractor, "designed" and "inspected" by engineers),
"canon" (characters dated by first appearance, with "first appeared in" and "appeared in"
relations to stories of several years, some of the same year; magazines without years),
"wars" (generals dated by birth, battles dated by year, a city dated by its founding),
"members" (enslaved people who "belonged to" families that owned them; actors who "played"
roles typed "role" that are sports positions).

Findings (44 of 270 false texts accepted; 11 arguable texts are OPEN, 5 of them accepted: "the
team / studio behind" a synthesizer or guitar its maker makes; controls: 38 of 48 accepted).
Compared on copies of the code with LATEST.diff and WHOLE_SESSION.diff reversed:

* (2) 19, all LATEST.diff's: "the <type> behind" takes the one type of a relation's maker end for
  any relation of a _BEHIND verb, whatever the verb means there: directors (typed "director")
  who only produced or wrote a film ("Steven Spielberg was the director behind Back to the
  Future", also "one of / among the directors behind", appositions, lists: 12); a curator who
  "directed" (ran) a museum ("Henri Loyrette was the curator behind the Louvre": 3); a patient who
  "developed" a disease ("Lou Gehrig was the patient behind ALS": 4).
* (4) 10 of WHOLE_SESSION.diff, not fixed by the narrowing: "belonged to" -> "was a member of"
  for people who belonged to a family as its property (enslaved people: "Dred Scott was a member
  of the Blow family": 5); "portrayed" for a sports position typed "role" ("Dwayne Johnson
  portrayed defensive tackle", "Defensive tackle was portrayed by Dwayne Johnson": 5; 2 more with
  "played the role of" were accepted before the session).
* (3) 7 accepted before the session too, not caught by the new year test (it looks only at the
  token right before W): "first appeared in 1887 in the novel / the story W" (a kind noun between
  "in" and W), "in both W1 and W2", "in W1 and W2" (the second W is not tested), and a W of the
  same year that is not the first ("Mycroft Holmes first appeared in 1893 in The Final Problem":
  The Greek Interpreter, 1893, is his first).
* 6 older readings (before the session): "is behind" for "developed" / "directed" / "painted"
  ("Lou Gehrig is behind ALS", "Henri Loyrette is behind the Louvre"), and "the contractor behind"
  a bridge a contractor only painted.

Held: (1) firms that only distribute, sell or import ("Yamaha is the firm behind the Prophet-5"),
"the studio behind" for them, direction, negation, lists with one wrong product, appositions with
wrong facts, "makes" for a distributor; (2) an engineer who only repaired ("Bob Moog was the
engineer behind the Prophet-5"), a conductor ("conducted" is no _BEHIND verb), "the company /
firm behind" a bridge its painter painted; (3) "first appeared in YEAR (,) in W" with a W of
another year, magazines (no year), W after the year, "In YEAR, ...", "in December 1890", the
year-modifier "the 1890 novel"; (4) "bought / took over" the wrong way, a product, present tense.
Controls rejected: "X is the company behind Y" where makers are typed "company" ("the company" is
read as a reference: the reading never fires for them; "firm" works), "The firm behind the
Stratocaster is Fender" (inverted), "Yamaha acquired Sequential Circuits, the firm behind the
Prophet-5" (wrong_relation), "Sherlock Holmes appeared in 1890 in The Sign of the Four" (the year
read as the character's first appearance), and the five "wars" controls: "fought in YEAR at / in
W" and "born in YEAR in W" are not read (the battles' years are never verified, so the false texts
of that graph say little); "Napoleon was born in 1769 in Ajaccio" is also wrong_value by the new
test (Ajaccio is an item of 1492: the year before "in W" is the birth's, not Ajaccio's).
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


def movies():
    """The shipped example graph (MovieLens films, DBpedia credits, user ratings and tags)."""
    return kgx.KnowledgeGraph.example()


def goods():
    """(1)(2)(4) Companies (items typed "company", dated by founding) that "make" products (items
    typed "synthesizer", "guitar", "camera", dated by release; "is made by" / "makes"), and other
    firms that only distribute, sell or import them; engineers (typed "engineer") who "designed"
    products and engineers who only "repaired" or "endorsed" them; "is headquartered in"; one
    company "acquired" another; a firm that "acquired" a product's rights (its own relation)."""
    rels = [
        R("made_by", phrase="is made by", inverse_phrase="makes", domain=("synthesizer", "guitar", "camera"),
          range=("company",)),
        R("distributed_by", phrase="is distributed by", inverse_phrase="distributes",
          domain=("synthesizer", "guitar", "camera"), range=("company",)),
        R("sold_by", phrase="is sold by", inverse_phrase="sells", domain=("synthesizer", "guitar", "camera"),
          range=("company",)),
        R("imported_by", phrase="is imported by", inverse_phrase="imports",
          domain=("synthesizer", "guitar", "camera"), range=("company",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed",
          domain=("synthesizer", "guitar", "camera"), range=("engineer",)),
        R("repaired_by", phrase="was repaired by", inverse_phrase="repaired",
          domain=("synthesizer", "guitar", "camera"), range=("engineer",)),
        R("hq", phrase="is headquartered in", inverse_phrase="is the headquarters of", domain=("company",),
          range=("city",)),
        R("acquired", phrase="acquired", inverse_phrase="was acquired by", domain=("company",), range=("company",)),
    ]
    items = {"c:sci": ("company", "Sequential Circuits", 1974), "c:moog": ("company", "Moog Music", 1953),
             "c:roland": ("company", "Roland", 1972), "c:fender": ("company", "Fender", 1946),
             "c:gibson": ("company", "Gibson", 1902), "c:yamaha": ("company", "Yamaha", 1887),
             "c:leica": ("company", "Leica", 1869), "c:arbiter": ("company", "Arbiter", 1957),
             "c:sweetwater": ("company", "Sweetwater", 1979), "c:thomann": ("company", "Thomann", 1954),
             "p:prophet": ("synthesizer", "Prophet-5", 1978), "p:minimoog": ("synthesizer", "Minimoog", 1970),
             "p:juno": ("synthesizer", "Juno-60", 1982), "p:dx7": ("synthesizer", "DX7", 1983),
             "p:strat": ("guitar", "Stratocaster", 1954), "p:lespaul": ("guitar", "Les Paul", 1952),
             "p:m3": ("camera", "Leica M3", 1954)}
    others = {"e:smith": ("engineer", "Dave Smith"), "e:bowen": ("engineer", "John Bowen"),
              "e:moog": ("engineer", "Bob Moog"), "e:leo": ("engineer", "Leo Fender"),
              "e:chowning": ("engineer", "John Chowning"), "e:barnack": ("engineer", "Oskar Barnack"),
              "e:fixer": ("engineer", "Ted Fixer"),
              "x:sf": ("city", "San Francisco"), "x:asheville": ("city", "Asheville"), "x:hamamatsu": ("city", "Hamamatsu"),
              "x:scottsdale": ("city", "Scottsdale"), "x:nashville": ("city", "Nashville"), "x:wetzlar": ("city", "Wetzlar"),
              "x:london": ("city", "London"), "x:fw": ("city", "Fort Wayne"), "x:treppendorf": ("city", "Treppendorf")}
    T_ = _t("made_by", [("p:prophet", "c:sci"), ("p:minimoog", "c:moog"), ("p:juno", "c:roland"),
                        ("p:dx7", "c:yamaha"), ("p:strat", "c:fender"), ("p:lespaul", "c:gibson"), ("p:m3", "c:leica")])
    T_ += _t("distributed_by", [("p:prophet", "c:yamaha"), ("p:minimoog", "c:sweetwater"), ("p:juno", "c:thomann"),
                                ("p:m3", "c:arbiter")])
    T_ += _t("sold_by", [("p:strat", "c:thomann"), ("p:prophet", "c:sweetwater"), ("p:lespaul", "c:sweetwater")])
    T_ += _t("imported_by", [("p:strat", "c:arbiter"), ("p:lespaul", "c:arbiter"), ("p:dx7", "c:roland")])
    T_ += _t("designed_by", [("p:prophet", "e:smith"), ("p:prophet", "e:bowen"), ("p:minimoog", "e:moog"),
                             ("p:strat", "e:leo"), ("p:dx7", "e:chowning"), ("p:m3", "e:barnack")])
    T_ += _t("repaired_by", [("p:prophet", "e:moog"), ("p:strat", "e:smith"), ("p:juno", "e:fixer"),
                             ("p:m3", "e:fixer"), ("p:minimoog", "e:leo")])
    T_ += _t("hq", [("c:sci", "x:sf"), ("c:moog", "x:asheville"), ("c:roland", "x:hamamatsu"),
                    ("c:yamaha", "x:hamamatsu"), ("c:fender", "x:scottsdale"), ("c:gibson", "x:nashville"),
                    ("c:leica", "x:wetzlar"), ("c:arbiter", "x:london"), ("c:sweetwater", "x:fw"),
                    ("c:thomann", "x:treppendorf")])
    T_ += _t("acquired", [("c:yamaha", "c:sci")])
    return _build(items, others, rels, T_)


def credits():
    """(2) Films (items, dated) "directed", "produced" and "written" by people all typed "director"
    (so the maker noun of each relation is "director"); museums (typed "museum") "directed" by
    curators (typed "curator"); diseases (typed "disease") "developed" by patients (typed
    "patient"); a bridge (typed "bridge") "painted" by a contractor (typed "contractor"),
    "designed" by an engineer and "inspected" by engineers (typed "engineer"), "built" by a
    company; orchestras (typed "orchestra") "conducted" and "directed" by conductors."""
    rels = [
        R("directed_by", phrase="was directed by", inverse_phrase="directed", domain=("film",), range=("director",)),
        R("produced_by", phrase="was produced by", inverse_phrase="produced", domain=("film",), range=("director",)),
        R("written_by", phrase="was written by", inverse_phrase="wrote", domain=("film",), range=("director",)),
        R("curated", phrase="directed", inverse_phrase="was directed by", domain=("curator",), range=("museum",)),
        R("developed", phrase="developed", inverse_phrase="was developed by", domain=("patient",),
          range=("disease",)),
        R("painted_by", phrase="was painted by", inverse_phrase="painted", domain=("bridge",), range=("contractor",)),
        R("bdesigned_by", phrase="was designed by", inverse_phrase="designed", domain=("bridge",),
          range=("engineer",)),
        R("inspected_by", phrase="was inspected by", inverse_phrase="inspected", domain=("bridge",),
          range=("engineer",)),
        R("built_by", phrase="was built by", inverse_phrase="built", domain=("bridge",), range=("company",)),
        R("conducted", phrase="conducted", inverse_phrase="was conducted by", domain=("conductor",),
          range=("orchestra",)),
    ]
    items = {"f:bttf": ("film", "Back to the Future", 1985), "f:poltergeist": ("film", "Poltergeist", 1982),
             "f:jaws": ("film", "Jaws", 1975), "f:gremlins": ("film", "Gremlins", 1984),
             "f:ce3k": ("film", "Close Encounters of the Third Kind", 1977), "f:rabbit": ("film", "Who Framed Roger Rabbit", 1988),
             "b:ggb": ("bridge", "the Golden Gate Bridge", 1937)}
    others = {"d:spielberg": ("director", "Steven Spielberg"), "d:zemeckis": ("director", "Robert Zemeckis"),
              "d:hooper": ("director", "Tobe Hooper"), "d:dante": ("director", "Joe Dante"),
              "k:loyrette": ("curator", "Henri Loyrette"), "k:hoving": ("curator", "Thomas Hoving"),
              "m:louvre": ("museum", "the Louvre"), "m:met": ("museum", "the Metropolitan Museum of Art"),
              "p:gehrig": ("patient", "Lou Gehrig"), "p:hawking": ("patient", "Stephen Hawking"),
              "p:mallon": ("patient", "Mary Mallon"),
              "z:als": ("disease", "ALS"), "z:typhoid": ("disease", "typhoid"),
              "n:painters": ("contractor", "Atlas Painting"), "e:strauss": ("engineer", "Joseph Strauss"),
              "e:ellis": ("engineer", "Charles Ellis"), "e:moisseiff": ("engineer", "Leon Moisseiff"),
              "y:bethlehem": ("company", "Bethlehem Steel"),
              "o:karajan": ("conductor", "Herbert von Karajan"), "o:bpo": ("orchestra", "the Berlin Philharmonic")}
    T_ = _t("directed_by", [("f:bttf", "d:zemeckis"), ("f:poltergeist", "d:hooper"), ("f:jaws", "d:spielberg"),
                            ("f:gremlins", "d:dante"), ("f:ce3k", "d:spielberg"), ("f:rabbit", "d:zemeckis")])
    T_ += _t("produced_by", [("f:bttf", "d:spielberg"), ("f:poltergeist", "d:spielberg"),
                             ("f:gremlins", "d:spielberg"), ("f:rabbit", "d:spielberg")])
    T_ += _t("written_by", [("f:bttf", "d:zemeckis"), ("f:poltergeist", "d:spielberg"), ("f:ce3k", "d:spielberg")])
    T_ += _t("curated", [("k:loyrette", "m:louvre"), ("k:hoving", "m:met")])
    T_ += _t("developed", [("p:gehrig", "z:als"), ("p:hawking", "z:als"), ("p:mallon", "z:typhoid")])
    T_ += _t("painted_by", [("b:ggb", "n:painters")])
    T_ += _t("bdesigned_by", [("b:ggb", "e:strauss"), ("b:ggb", "e:ellis")])
    T_ += _t("inspected_by", [("b:ggb", "e:moisseiff")])
    T_ += _t("built_by", [("b:ggb", "y:bethlehem")])
    T_ += _t("conducted", [("o:karajan", "o:bpo")])
    return _build(items, others, rels, T_)


def canon():
    """(3) Characters (items typed "character", dated by their first appearance) that "first
    appeared in" one story and "appeared in" several (items typed "story" / "novel", dated by
    publication, two of them in the same year as a first appearance: The Final Problem and The
    Greek Interpreter, 1893); stories "were published in" magazines (not items, no year);
    characters "were created by" a writer; a character "lives in" a city."""
    rels = [
        R("first_in", phrase="first appeared in", inverse_phrase="introduced", domain=("character",),
          range=("story", "novel")),
        R("appeared_in", phrase="appeared in", inverse_phrase="features", domain=("character",),
          range=("story", "novel")),
        R("published_in", phrase="was published in", inverse_phrase="published", domain=("story", "novel"),
          range=("magazine",)),
        R("created_by", phrase="was created by", inverse_phrase="created", domain=("character",),
          range=("writer",)),
        R("lives_in", phrase="lives in", inverse_phrase="is the home of", domain=("character",), range=("city",)),
    ]
    items = {"k:holmes": ("character", "Sherlock Holmes", 1887), "k:watson": ("character", "Dr. Watson", 1887),
             "k:mycroft": ("character", "Mycroft Holmes", 1893), "k:moriarty": ("character", "Professor Moriarty", 1893),
             "k:adler": ("character", "Irene Adler", 1891), "k:lestrade": ("character", "Inspector Lestrade", 1887),
             "s:study": ("novel", "A Study in Scarlet", 1887), "s:sign": ("novel", "The Sign of the Four", 1890),
             "s:scandal": ("story", "A Scandal in Bohemia", 1891), "s:final": ("story", "The Final Problem", 1893),
             "s:greek": ("story", "The Greek Interpreter", 1893), "s:hound": ("novel", "The Hound of the Baskervilles", 1902),
             "s:valley": ("novel", "The Valley of Fear", 1915), "s:bruce": ("story", "The Bruce-Partington Plans", 1908)}
    others = {"w:doyle": ("writer", "Arthur Conan Doyle"), "z:beeton": ("magazine", "Beeton's Christmas Annual"),
              "z:strand": ("magazine", "The Strand Magazine"), "z:lippincott": ("magazine", "Lippincott's Monthly Magazine"),
              "x:london": ("city", "London")}
    T_ = _t("first_in", [("k:holmes", "s:study"), ("k:watson", "s:study"), ("k:lestrade", "s:study"),
                         ("k:mycroft", "s:greek"), ("k:moriarty", "s:final"), ("k:adler", "s:scandal")])
    T_ += _t("appeared_in", [("k:holmes", s) for s in ("s:study", "s:sign", "s:scandal", "s:final", "s:greek",
                                                       "s:hound", "s:valley", "s:bruce")])
    T_ += _t("appeared_in", [("k:watson", s) for s in ("s:study", "s:sign", "s:scandal", "s:final", "s:hound")])
    T_ += _t("appeared_in", [("k:mycroft", "s:greek"), ("k:mycroft", "s:final"), ("k:mycroft", "s:bruce"),
                             ("k:moriarty", "s:final"), ("k:moriarty", "s:valley"), ("k:adler", "s:scandal"),
                             ("k:lestrade", "s:study"), ("k:lestrade", "s:hound")])
    T_ += _t("published_in", [("s:study", "z:beeton"), ("s:sign", "z:lippincott"), ("s:scandal", "z:strand"),
                              ("s:final", "z:strand"), ("s:greek", "z:strand"), ("s:hound", "z:strand"),
                              ("s:valley", "z:strand"), ("s:bruce", "z:strand")])
    T_ += _t("created_by", [(k, "w:doyle") for k in ("k:holmes", "k:watson", "k:mycroft", "k:moriarty",
                                                     "k:adler", "k:lestrade")])
    T_ += _t("lives_in", [("k:holmes", "x:london"), ("k:watson", "x:london")])
    return _build(items, others, rels, T_)


def wars():
    """(3) Generals (items typed "general", dated by birth) who "fought in" battles (items typed
    "battle", dated by year) and "were born in" cities (Ajaccio an item dated by its founding,
    1492; Dublin none)."""
    rels = [
        R("fought_in", phrase="fought in", inverse_phrase="was fought by", domain=("general",), range=("battle",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("general",),
          range=("city",)),
        R("won", phrase="won", inverse_phrase="was won by", domain=("general",), range=("battle",)),
    ]
    items = {"g:napoleon": ("general", "Napoleon", 1769), "g:wellington": ("general", "Wellington", 1769),
             "g:kutuzov": ("general", "Kutuzov", 1745),
             "b:austerlitz": ("battle", "the Battle of Austerlitz", 1805), "b:waterloo": ("battle", "the Battle of Waterloo", 1815),
             "b:borodino": ("battle", "the Battle of Borodino", 1812), "b:salamanca": ("battle", "the Battle of Salamanca", 1812),
             "b:talavera": ("battle", "the Battle of Talavera", 1809),
             "c:ajaccio": ("city", "Ajaccio", 1492)}
    others = {"c:dublin": ("city", "Dublin"), "c:stpete": ("city", "Saint Petersburg")}
    T_ = _t("fought_in", [("g:napoleon", "b:austerlitz"), ("g:napoleon", "b:waterloo"), ("g:napoleon", "b:borodino"),
                          ("g:wellington", "b:waterloo"), ("g:wellington", "b:salamanca"), ("g:wellington", "b:talavera"),
                          ("g:kutuzov", "b:austerlitz"), ("g:kutuzov", "b:borodino")])
    T_ += _t("won", [("g:napoleon", "b:austerlitz"), ("g:wellington", "b:waterloo"), ("g:wellington", "b:salamanca"),
                     ("g:napoleon", "b:borodino")])
    T_ += _t("born_in", [("g:napoleon", "c:ajaccio"), ("g:wellington", "c:dublin"), ("g:kutuzov", "c:stpete")])
    return _build(items, others, rels, T_)


def members():
    """(4) Enslaved people (typed "person") who "belonged to" families (typed "family") that
    "owned" them; a family "lived in" a city; actors (typed "actor") who "played" sports
    positions (typed "role": a quarterback, a goalkeeper) and characters (typed "character")."""
    rels = [
        R("belonged", phrase="belonged to", inverse_phrase="owned", domain=("person",), range=("family",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("person", "actor"),
          range=("city", "county")),
        R("played", phrase="played", inverse_phrase="was played by", domain=("actor",), range=("role",)),
        R("portrays", phrase="played", inverse_phrase="was played by", domain=("actor",), range=("character",)),
    ]
    items = {"p:scott": ("person", "Dred Scott", 1799), "p:douglass": ("person", "Frederick Douglass", 1818),
             "p:hemings": ("person", "Sally Hemings", 1773), "p:tubman": ("person", "Harriet Tubman", 1822),
             "a:rock": ("actor", "Dwayne Johnson", 1972), "a:jones": ("actor", "Vinnie Jones", 1965)}
    others = {"f:blow": ("family", "the Blow family"), "f:auld": ("family", "the Auld family"),
              "f:jefferson": ("family", "the Jefferson family"), "f:brodess": ("family", "the Brodess family"),
              "c:southampton": ("county", "Southampton County"), "c:talbot": ("county", "Talbot County"),
              "c:dorchester": ("county", "Dorchester County"), "c:hayward": ("city", "Hayward"),
              "c:watford": ("city", "Watford"),
              "r:tackle": ("role", "defensive tackle"), "r:midfielder": ("role", "midfielder"),
              "h:hobbs": ("character", "Luke Hobbs"), "h:bullet": ("character", "Bullet Tooth Tony")}
    T_ = _t("belonged", [("p:scott", "f:blow"), ("p:douglass", "f:auld"), ("p:hemings", "f:jefferson"),
                         ("p:tubman", "f:brodess")])
    T_ += _t("born_in", [("p:scott", "c:southampton"), ("p:douglass", "c:talbot"), ("p:tubman", "c:dorchester"),
                         ("a:rock", "c:hayward"), ("a:jones", "c:watford")])
    T_ += _t("played", [("a:rock", "r:tackle"), ("a:jones", "r:midfielder")])
    T_ += _t("portrays", [("a:rock", "h:hobbs"), ("a:jones", "h:bullet")])
    return _build(items, others, rels, T_)


BUILDERS = {"movies": movies, "goods": goods, "credits": credits, "canon": canon, "wars": wars, "members": members}

_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason

TEXTS = r"""
@goods
# (1) "the firm / studio / company behind": firms that only distribute, sell or import
Yamaha was the firm behind the Prophet-5.
Yamaha is the firm behind the Prophet-5.
Sweetwater is the firm behind the Minimoog.
Sweetwater was the firm behind the Prophet-5.
Thomann is the firm behind the Juno-60.
Thomann is the firm behind the Stratocaster.
Arbiter is the firm behind the Stratocaster.
Arbiter was the firm behind the Les Paul.
Arbiter is the firm behind the Leica M3.
Roland is the firm behind the DX7.
Roland was the firm behind the Prophet-5.
Yamaha is the company behind the Prophet-5.
Arbiter is the company behind the Stratocaster.
Roland is the company behind the DX7.
Yamaha is the studio behind the Prophet-5.
Roland is the studio behind the DX7.
Arbiter was the studio behind the Stratocaster.
Gibson is the firm behind the Stratocaster.
Fender is the firm behind the Les Paul.
Leica is the firm behind the DX7.
Moog Music is the firm behind the Prophet-5.
Sequential Circuits is the firm behind the Minimoog.
# (1) direction, negation, lists, appositions, the firm's own facts
The Prophet-5 is the firm behind Sequential Circuits.
The Stratocaster was the firm behind Fender.
Sequential Circuits is not the firm behind the Prophet-5.
Sequential Circuits was never the firm behind the Prophet-5.
Fender is no longer the firm behind the Stratocaster.
Roland is the firm behind the Juno-60 and the DX7.
Roland is the firm behind the DX7 and the Juno-60.
Fender is the firm behind the Stratocaster and the Les Paul.
Yamaha and Sequential Circuits are the firms behind the Prophet-5.
Sequential Circuits and Moog Music were the firms behind the Prophet-5.
Yamaha, the firm behind the Prophet-5, is headquartered in Hamamatsu.
Roland, the firm behind the DX7, is headquartered in Hamamatsu.
Sequential Circuits, the firm behind the Prophet-5, is headquartered in Asheville.
Sequential Circuits, the firm behind the Prophet-5, was founded in 1978.
Fender, the firm behind the Stratocaster, was founded in 1954.
Founded in 1974, Sequential Circuits is the firm behind the Minimoog.
Founded in 1972, Roland is the firm behind the DX7.
The firm behind the Prophet-5 is Yamaha.
The firm behind the Stratocaster is headquartered in Nashville.
The firm behind the Juno-60 is headquartered in Treppendorf.
Sequential Circuits acquired Yamaha, the firm behind the DX7.
Yamaha acquired Sequential Circuits, the firm behind the Minimoog.
Yamaha acquired Roland, the firm behind the Juno-60.
Sequential Circuits was the firm behind the Prophet-5 and Yamaha was the firm behind the Juno-60.
Sequential Circuits is the firm behind the Prophet-5, which Bob Moog designed.
Sequential Circuits is one of the firms behind the Prophet-5 and the DX7.
Leica was the firm behind the Stratocaster.
Arbiter is the firm that makes the Stratocaster.
Sweetwater makes the Prophet-5.
Arbiter manufactures the Les Paul.
Thomann produces the Juno-60.
# (2) "the engineer / designer behind": an engineer who only repaired it
Bob Moog was the engineer behind the Prophet-5.
Dave Smith was the engineer behind the Stratocaster.
Ted Fixer was the engineer behind the Juno-60.
Ted Fixer was the engineer behind the Leica M3.
Leo Fender was the engineer behind the Minimoog.
Bob Moog was one of the engineers behind the Prophet-5.
Dave Smith and Bob Moog were the engineers behind the Prophet-5.
Bob Moog and Dave Smith were the engineers behind the Prophet-5.
The engineers behind the Prophet-5 were Dave Smith and Ted Fixer.
Leo Fender was the engineer behind the Les Paul.
Oskar Barnack was the engineer behind the DX7.
John Chowning was the engineer behind the Juno-60.
Dave Smith was the designer behind the Stratocaster.
Bob Moog was the designer behind the Prophet-5.
Ted Fixer was the designer behind the Leica M3.
Bob Moog was the mind behind the Prophet-5.
Ted Fixer was the creator behind the Juno-60.
The Prophet-5 was the engineer behind Dave Smith.
Dave Smith was not the engineer behind the Prophet-5.
Dave Smith, the engineer behind the Prophet-5, designed the Minimoog.
Bob Moog, the engineer behind the Minimoog, designed the Prophet-5.
Bob Moog, the engineer behind the Minimoog, repaired the Juno-60.
Leo Fender, the engineer behind the Stratocaster, repaired the Prophet-5.
Dave Smith was the engineer behind the Prophet-5 and the Stratocaster.
Ted Fixer is the engineer behind Sequential Circuits.
Dave Smith was the engineer behind Sequential Circuits.
# (4) "bought / took over / absorbed" between companies
Sequential Circuits bought Yamaha.
Yamaha was bought by Sequential Circuits.
Roland bought Sequential Circuits.
Yamaha took over Roland.
Yamaha bought Sequential Circuits and Moog Music.
Yamaha buys Sequential Circuits.
Yamaha bought the Prophet-5.
Yamaha took over the Prophet-5.
Sequential Circuits was taken over by Roland.
Yamaha sold Sequential Circuits.
@credits
# (2) "the director behind" what a director typed "director" only produced or wrote
Steven Spielberg was the director behind Back to the Future.
Steven Spielberg was the director behind Poltergeist.
Steven Spielberg was the director behind Gremlins.
Steven Spielberg was the director behind Who Framed Roger Rabbit.
Steven Spielberg is the director behind Back to the Future.
Steven Spielberg was one of the directors behind Back to the Future.
Steven Spielberg was among the directors behind Gremlins.
The director behind Back to the Future was Steven Spielberg.
The director behind Gremlins, Steven Spielberg, also directed Jaws.
Steven Spielberg, the director behind Poltergeist, directed Jaws.
Steven Spielberg, the director behind Gremlins, was born in 1946.
Steven Spielberg and Robert Zemeckis were the directors behind Back to the Future.
Robert Zemeckis and Steven Spielberg were the directors behind Back to the Future.
Steven Spielberg was the director behind Jaws and Gremlins.
Steven Spielberg was the director behind Jaws and Back to the Future.
Tobe Hooper was the director behind Jaws.
Joe Dante was the director behind Poltergeist.
Robert Zemeckis was the director behind Gremlins.
Robert Zemeckis was the director behind Close Encounters of the Third Kind.
Joe Dante was the director behind Back to the Future.
Steven Spielberg was the director behind Back to the Future, which he wrote.
Steven Spielberg wrote Back to the Future.
Steven Spielberg directed Back to the Future.
Steven Spielberg directed Poltergeist.
Robert Zemeckis produced Back to the Future.
Tobe Hooper was the writer behind Poltergeist.
Steven Spielberg was the writer behind Gremlins.
Steven Spielberg was the writer behind Back to the Future.
Joe Dante was the mind behind Poltergeist.
Steven Spielberg was the filmmaker behind Gremlins.
# (2) a curator, a patient, a contractor, an engineer, a conductor "behind" what they did not make
Henri Loyrette was the curator behind the Louvre.
Thomas Hoving was the curator behind the Metropolitan Museum of Art.
Thomas Hoving was one of the curators behind the Metropolitan Museum of Art.
Henri Loyrette, the curator behind the Louvre, directed the Metropolitan Museum of Art.
Henri Loyrette was the curator behind the Metropolitan Museum of Art.
Thomas Hoving was the director behind the Metropolitan Museum of Art.
Henri Loyrette is behind the Louvre.
Lou Gehrig was the patient behind ALS.
Stephen Hawking was the patient behind ALS.
Lou Gehrig and Stephen Hawking were the patients behind ALS.
Lou Gehrig was one of the patients behind ALS.
Mary Mallon was the patient behind typhoid.
Mary Mallon was the patient behind ALS.
Lou Gehrig is behind ALS.
Mary Mallon was behind typhoid.
Lou Gehrig was the person behind ALS.
Lou Gehrig was the mind behind ALS.
Atlas Painting was the contractor behind the Golden Gate Bridge.
Atlas Painting is the contractor behind the Golden Gate Bridge.
The contractor behind the Golden Gate Bridge was Atlas Painting.
Atlas Painting was the company behind the Golden Gate Bridge.
Atlas Painting was the firm behind the Golden Gate Bridge.
Atlas Painting was behind the Golden Gate Bridge.
Bethlehem Steel was the contractor behind the Golden Gate Bridge.
Leon Moisseiff was the engineer behind the Golden Gate Bridge.
Leon Moisseiff was one of the engineers behind the Golden Gate Bridge.
Joseph Strauss and Leon Moisseiff were the engineers behind the Golden Gate Bridge.
Leon Moisseiff was the designer behind the Golden Gate Bridge.
Herbert von Karajan was the conductor behind the Berlin Philharmonic.
Herbert von Karajan was behind the Berlin Philharmonic.
@canon
# (3) "first appeared in YEAR (,) in W": W of the same year but not the first, later W, magazines
Mycroft Holmes first appeared in 1893 in The Final Problem.
Mycroft Holmes first appeared in 1893, in The Final Problem.
Sherlock Holmes first appeared in 1893 in The Final Problem.
Sherlock Holmes first appeared in 1893, in The Greek Interpreter.
Professor Moriarty first appeared in 1893 in The Greek Interpreter.
Sherlock Holmes first appeared in 1887 in The Strand Magazine.
Sherlock Holmes first appeared in 1887, in The Strand Magazine.
Sherlock Holmes first appeared in 1887 in Lippincott's Monthly Magazine.
Irene Adler first appeared in 1891 in The Strand Magazine.
Professor Moriarty first appeared in 1893 in Beeton's Christmas Annual.
Sherlock Holmes first appeared in 1887 in the novel The Sign of the Four.
Sherlock Holmes first appeared in 1887, in the novel The Sign of the Four.
Sherlock Holmes first appeared in 1887 in the story A Scandal in Bohemia.
Professor Moriarty first appeared in 1893 in the novel The Valley of Fear.
Sherlock Holmes first appeared in 1887 in Doyle's The Sign of the Four.
Sherlock Holmes first appeared in 1887 in both A Study in Scarlet and The Sign of the Four.
Sherlock Holmes first appeared in 1887 in A Study in Scarlet and The Sign of the Four.
Sherlock Holmes appeared in 1887 in A Study in Scarlet and The Sign of the Four.
Sherlock Holmes appeared in 1890 in The Sign of the Four and A Scandal in Bohemia.
Sherlock Holmes appeared in 1891 in A Scandal in Bohemia and The Final Problem.
Sherlock Holmes appeared in 1893 in The Final Problem and The Hound of the Baskervilles.
Sherlock Holmes appeared in 1893 in The Final Problem and in The Hound of the Baskervilles.
Sherlock Holmes appeared in 1893 in The Final Problem, The Greek Interpreter and The Valley of Fear.
Sherlock Holmes appeared in 1887 in A Scandal in Bohemia.
Sherlock Holmes appeared in 1891, in The Final Problem.
Professor Moriarty appeared in 1893 in The Valley of Fear.
Professor Moriarty appeared in 1915 in The Final Problem.
Sherlock Holmes appeared in December 1890 in A Study in Scarlet.
Sherlock Holmes appeared in late 1890 in A Study in Scarlet.
Sherlock Holmes appeared in early 1893, in The Hound of the Baskervilles.
Sherlock Holmes appeared in about 1890 in A Study in Scarlet.
Sherlock Holmes appeared in the year 1893 in The Valley of Fear.
Sherlock Holmes appeared in A Study in Scarlet in 1890.
Sherlock Holmes appeared in The Valley of Fear in 1893.
Professor Moriarty appeared in The Valley of Fear in 1893.
In 1890, Sherlock Holmes appeared in A Study in Scarlet.
In 1893, Professor Moriarty appeared in The Valley of Fear.
In 1893 Mycroft Holmes appeared in The Bruce-Partington Plans.
Sherlock Holmes appeared in 1890's A Study in Scarlet.
Sherlock Holmes appeared in the 1890 novel A Study in Scarlet.
Sherlock Holmes appeared in 1893 in The Strand Magazine and in The Valley of Fear.
Sherlock Holmes appeared in 1893 in London.
Dr. Watson appeared in 1893 in The Greek Interpreter.
Dr. Watson first appeared in 1887 in The Sign of the Four.
Inspector Lestrade first appeared in 1887 in The Hound of the Baskervilles.
Inspector Lestrade appeared in 1887 in The Hound of the Baskervilles.
Irene Adler first appeared in 1887 in A Scandal in Bohemia.
Irene Adler first appeared in 1891 in A Study in Scarlet.
Mycroft Holmes first appeared in 1908 in The Bruce-Partington Plans.
Mycroft Holmes first appeared in 1893 in The Bruce-Partington Plans.
Sherlock Holmes was introduced in 1893 in The Final Problem.
Professor Moriarty was introduced in 1893 in The Greek Interpreter.
The Final Problem introduced Mycroft Holmes in 1893.
The Final Problem, published in 1893, introduced Mycroft Holmes.
Published in 1893, The Final Problem introduced Mycroft Holmes.
Introduced in 1893, Mycroft Holmes first appeared in The Final Problem.
Introduced in 1893 in The Final Problem, Mycroft Holmes was created by Arthur Conan Doyle.
Mycroft Holmes, introduced in 1893 in The Final Problem, lives in London.
Professor Moriarty first appeared in 1893 in The Final Problem and lives in London.
Mycroft Holmes debuted in 1893 in The Final Problem.
Mycroft Holmes made his debut in 1893 in The Final Problem.
The Greek Interpreter was published in 1893 in Beeton's Christmas Annual.
A Study in Scarlet was published in 1887 in The Strand Magazine.
The Sign of the Four was published in 1890 in The Strand Magazine.
@wars
# (3) "in YEAR at / in W": battles of another year, the year after W, lists
Napoleon fought in 1815 at the Battle of Austerlitz.
Napoleon fought in 1815, at the Battle of Austerlitz.
Napoleon fought in 1815 in the Battle of Austerlitz.
Napoleon fought at the Battle of Austerlitz in 1815.
Napoleon fought in the Battle of Austerlitz in 1815.
In 1815, Napoleon fought in the Battle of Austerlitz.
Napoleon fought in 1815 in the Battle of Waterloo and the Battle of Austerlitz.
Napoleon fought in 1812 in the Battle of Borodino and the Battle of Salamanca.
Wellington fought in 1812 in the Battle of Salamanca and the Battle of Borodino.
Wellington fought in 1812 in the Battle of Salamanca and the Battle of Talavera.
Kutuzov fought in 1812 in the Battle of Borodino and the Battle of Austerlitz.
Napoleon won in 1815 the Battle of Austerlitz.
Wellington won the Battle of Waterloo in 1812.
In 1812, Wellington won the Battle of Waterloo.
Napoleon won the Battle of Waterloo.
Napoleon fought in 1805 in the Battle of Waterloo.
Kutuzov fought in 1815 in the Battle of Borodino.
Wellington fought in 1809 in the Battle of Salamanca.
Napoleon was born in 1769 in Dublin.
Wellington was born in 1745 in Dublin.
Napoleon was born in 1492 in Ajaccio.
@members
# (4) "was a member of": enslaved people who "belonged to" the family that owned them
Dred Scott was a member of the Blow family.
Frederick Douglass was a member of the Auld family.
Sally Hemings was a member of the Jefferson family.
Harriet Tubman was a member of the Brodess family.
Dred Scott and Frederick Douglass were members of the Blow family.
Frederick Douglass, a member of the Auld family, was born in Talbot County.
Harriet Tubman, who was a member of the Brodess family, was born in Dorchester County.
Dred Scott was a member of the Auld family.
Frederick Douglass belonged to the Blow family.
Dred Scott is a member of the Blow family.
Dred Scott belongs to the Blow family.
The Blow family was a member of Dred Scott.
# (4) "portrayed" a sports position typed "role"
Dwayne Johnson portrayed defensive tackle.
Dwayne Johnson played the role of defensive tackle.
Dwayne Johnson played the part of defensive tackle.
Defensive tackle was portrayed by Dwayne Johnson.
Vinnie Jones portrayed midfielder.
Vinnie Jones played the role of midfielder.
Midfielder was portrayed by Vinnie Jones.
Vinnie Jones portrayed Luke Hobbs.
Dwayne Johnson portrayed Bullet Tooth Tony.
Dwayne Johnson played the role of Bullet Tooth Tony.
Luke Hobbs was portrayed by Vinnie Jones.
@movies
# the new readings on the example graph
Warner Bros. was the firm behind Heat.
Warner Bros. was the studio behind Heat.
Warner Bros. was the company behind Heat.
Al Pacino was the person behind Heat.
Al Pacino was the mind behind Heat.
Robert De Niro was the person behind Heat.
Michael Mann was the person behind Toy Story.
Al Pacino was the actor behind Heat.
Heat first appeared in 1994 in cinemas.
Al Pacino appeared in 1994 in Heat.
Al Pacino starred in 1994 in Heat.
Al Pacino starred in Heat in 1994.
In 1994, Al Pacino starred in Heat.
"""
CONTROLS = r"""
@goods
Sequential Circuits was the firm behind the Prophet-5.
Sequential Circuits is the firm behind the Prophet-5.
Sequential Circuits is the company behind the Prophet-5.
Fender is the company behind the Stratocaster.
Fender is the firm behind the Stratocaster.
Roland is the firm behind the Juno-60.
Leica is the firm behind the Leica M3.
The firm behind the Stratocaster is Fender.
Sequential Circuits, the firm behind the Prophet-5, is headquartered in San Francisco.
Yamaha acquired Sequential Circuits, the firm behind the Prophet-5.
Yamaha bought Sequential Circuits.
Dave Smith was the engineer behind the Prophet-5.
Dave Smith and John Bowen were the engineers behind the Prophet-5.
Bob Moog was the engineer behind the Minimoog.
Leo Fender was the designer behind the Stratocaster.
Yamaha distributes the Prophet-5.
@credits
Robert Zemeckis was the director behind Back to the Future.
Steven Spielberg was the director behind Jaws.
Steven Spielberg produced Back to the Future.
Tobe Hooper was the director behind Poltergeist.
Joseph Strauss was the engineer behind the Golden Gate Bridge.
Joseph Strauss and Charles Ellis were the engineers behind the Golden Gate Bridge.
Lou Gehrig developed ALS.
Henri Loyrette directed the Louvre.
@canon
Sherlock Holmes first appeared in 1887 in A Study in Scarlet.
Sherlock Holmes first appeared in 1887, in A Study in Scarlet.
Mycroft Holmes first appeared in 1893 in The Greek Interpreter.
Professor Moriarty first appeared in 1893 in The Final Problem.
Irene Adler first appeared in 1891 in A Scandal in Bohemia.
Sherlock Holmes appeared in 1890 in The Sign of the Four.
Mycroft Holmes appeared in 1893 in The Final Problem.
Sherlock Holmes appeared in The Sign of the Four.
Introduced in 1893, Mycroft Holmes appeared in The Final Problem.
A Study in Scarlet was published in Beeton's Christmas Annual.
@wars
Napoleon fought in 1805 at the Battle of Austerlitz.
Napoleon fought in 1815 in the Battle of Waterloo.
Wellington fought in 1812 in the Battle of Salamanca.
Napoleon fought in the Battle of Austerlitz.
Napoleon was born in 1769 in Ajaccio.
Wellington was born in 1769 in Dublin.
@members
Dred Scott belonged to the Blow family.
The Auld family owned Frederick Douglass.
Dwayne Johnson played defensive tackle.
Dwayne Johnson portrayed Luke Hobbs.
Vinnie Jones played the role of Bullet Tooth Tony.
@movies
Michael Mann was the person behind Heat.
Heat is distributed by Warner Bros..
Al Pacino starred in Heat.
"""

KNOWN = frozenset()

OPEN = frozenset(
    {
        # "the team behind" a product a firm makes: "team" is loose for a company
        "Sequential Circuits was the team behind the Prophet-5.",
        "Fender is the team behind the Stratocaster.",
        # "the engineer behind" a firm its founder-engineer did not found in the graph: none here;
        # a conductor who led an orchestra for decades is loosely "behind" it
        "Herbert von Karajan was the force behind the Berlin Philharmonic.",
        # "the studio behind" a synthesizer or a guitar its maker makes: no studio made it, but
        # "studio" is also said of design houses (the reading lists it on purpose)
        "Sequential Circuits is the studio behind the Prophet-5.",
        "Moog Music is the studio behind the Minimoog.",
        "Fender was the studio behind the Stratocaster.",
        # "the curator behind" an exhibition would be true; a museum's director is "behind" it loosely
        "Thomas Hoving was the force behind the Metropolitan Museum of Art.",
    }
)

OPEN_TEXTS = r"""
@goods
Sequential Circuits was the team behind the Prophet-5.
Fender is the team behind the Stratocaster.
Sequential Circuits is the studio behind the Prophet-5.
Moog Music is the studio behind the Minimoog.
Fender was the studio behind the Stratocaster.
@credits
Herbert von Karajan was the force behind the Berlin Philharmonic.
Thomas Hoving was the force behind the Metropolitan Museum of Art.
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
