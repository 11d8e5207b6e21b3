"""Red team round 189 on the session's new readings: (1) schooling ("attended" read "studied at /
went to / was a pupil at ...", the nouns pupil / student / alumnus / alumna); (2) "Y was one of its
Ns" with a membership cue; (3) a person item's surname alone; (4) driving; (5) "passed away in",
"a native of"; (6) teaching; (7) "trades on"; (8) "runs / is at the helm of"; (9) the agent noun
of a relation stored from its maker.

Findings (accepted 89 of 323 false texts; 8 OPEN texts; controls: the ambiguous surnames, "X is the
composer of Y", "X is Y's composer", "one of its pupils" are rejected):
* (1) 44. The pupil nouns and the schooling verbs are given to the whole "attended" relation
  once one end's types include a school word, whatever each tail is: an "attended" whose range
  is schools AND conferences / ceremonies / summits makes Einstein "a student at / educated at /
  an alumnus of the Solvay Conference", Churchill "a former pupil of the Yalta Conference",
  Elizabeth II "an alumna of the funeral of Nelson Mandela".
* (9) 34 (19 + 15). The agent noun of a one-word maker verb names trades that are not the deed: "drew" a
  sword -> "artist / illustrator", "ran" a marathon -> "operator", "developed" an illness ->
  "developer", "mastered" chess -> "mastering engineer", "grew" a beard -> "grower", "inked" a
  contract -> "inker". And "<work> is <maker>'s composer" is read the wrong way round (15) while the true "<maker> is <work>'s composer" is rejected (wrong_direction).
* (3) 9. A regnal number or an epithet is taken for a surname: "Viii composed Pastime with Good
  Company", "Vii succeeded Queen Victoria", "Great founded Alexandria".
* (4) 2. A harness horse "raced by" its sulky driver: "X was behind the wheel of Varenne".
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


def gatherings():
    """People (items typed "person" / "physicist" / "politician" / "king") with ONE relation
    "attended" (inverse "was attended by") whose tails are schools (typed "school", "college",
    "university") AND events (typed "conference", "ceremony", "summit", "wedding", "funeral"):
    Einstein attended the ETH Zurich (as a student) and the Solvay Conference of 1911 (as a
    delegate); Churchill attended Harrow School and the Yalta Conference; Charles III attended
    Gordonstoun and Cambridge (Trinity College) and the coronation of Elizabeth II (a ceremony),
    the wedding of ... and the funeral of Nelson Mandela. Also "taught at" (Einstein at the ETH
    Zurich and at Princeton's Institute for Advanced Study, typed "institute", where he never
    studied), "founded" (Kurt Hahn founded Gordonstoun), "visited" (Elizabeth II visited Harrow
    School), "was expelled from" (Shelley from University College, Oxford)."""
    rels = [
        R("attended", phrase="attended", inverse_phrase="was attended by", domain=("person",),
          range=("school", "conference", "ceremony", "summit")),
        R("taught_at", phrase="taught at", inverse_phrase="employed", domain=("person",)),
        R("founded", phrase="founded", inverse_phrase="was founded by"),
        R("visited", phrase="visited", inverse_phrase="was visited by"),
        R("expelled", phrase="was expelled from", inverse_phrase="expelled"),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of"),
    ]
    items = {"p:einstein": ("physicist", "Albert Einstein", 1879), "p:churchill": ("politician", "Winston Churchill", 1874),
             "p:charles": ("king", "Charles III", 1948), "p:hahn": ("person", "Kurt Hahn", 1886),
             "p:eliz": ("queen", "Elizabeth II", 1926), "p:shelley": ("poet", "Percy Bysshe Shelley", 1792),
             "p:bohr": ("physicist", "Niels Bohr", 1885), "p:roosevelt": ("politician", "Franklin D. Roosevelt", 1882),
             "p:byron": ("poet", "Lord Byron", 1788), "p:stalin": ("politician", "Joseph Stalin", 1878)}
    others = {"s:eth": ("university", "ETH Zurich"), "s:harrow": ("school", "Harrow School"),
              "s:gordonstoun": ("school", "Gordonstoun"), "s:trinity": ("college", "Trinity College, Cambridge"),
              "s:ucl": ("college", "University College, Oxford"), "s:copenhagen": ("university", "University of Copenhagen"),
              "s:groton": ("school", "Groton School"), "s:harvard": ("university", "Harvard University"),
              "s:ias": ("institute", "Institute for Advanced Study"), "s:tiflis": ("seminary", "Tiflis Theological Seminary"),
              "e:solvay": ("conference", "Solvay Conference"), "e:yalta": ("conference", "Yalta Conference"),
              "e:coronation": ("ceremony", "coronation of Elizabeth II"),
              "e:mandela": ("ceremony", "funeral of Nelson Mandela"), "e:tehran": ("summit", "Tehran Conference"),
              "c:ulm": ("city", "Ulm"), "c:blenheim": ("palace", "Blenheim Palace"), "c:london": ("city", "London"),
              "c:gori": ("city", "Gori")}
    T_ = _t("attended", [("p:einstein", "s:eth"), ("p:einstein", "e:solvay"), ("p:churchill", "s:harrow"),
                         ("p:churchill", "e:yalta"), ("p:churchill", "e:tehran"), ("p:charles", "s:gordonstoun"),
                         ("p:charles", "s:trinity"), ("p:charles", "e:coronation"), ("p:charles", "e:mandela"),
                         ("p:shelley", "s:ucl"), ("p:bohr", "s:copenhagen"), ("p:bohr", "e:solvay"),
                         ("p:roosevelt", "s:groton"), ("p:roosevelt", "s:harvard"), ("p:roosevelt", "e:yalta"),
                         ("p:byron", "s:harrow"), ("p:byron", "s:trinity"), ("p:stalin", "s:tiflis"),
                         ("p:stalin", "e:yalta"), ("p:stalin", "e:tehran"), ("p:eliz", "e:mandela")])
    T_ += _t("taught_at", [("p:einstein", "s:eth"), ("p:einstein", "s:ias"), ("p:hahn", "s:gordonstoun"),
                           ("p:bohr", "s:copenhagen")])
    T_ += _t("founded", [("p:hahn", "s:gordonstoun")])
    T_ += _t("visited", [("p:eliz", "s:harrow"), ("p:eliz", "s:gordonstoun")])
    T_ += _t("expelled", [("p:shelley", "s:ucl")])
    T_ += _t("born_in", [("p:einstein", "c:ulm"), ("p:churchill", "c:blenheim"), ("p:charles", "c:london"),
                         ("p:eliz", "c:london"), ("p:byron", "c:london"), ("p:stalin", "c:gori")])
    return _build(items, others, rels, T_)


def composers():
    """Composers as items (typed "composer"), including pairs sharing a surname: Joseph and Michael
    Haydn, Wolfgang Amadeus and Leopold Mozart, Johann Strauss (I, the father) and Richard Strauss;
    kings and emperors typed "king" / "emperor" (Frederick the Great, Peter the Great, Louis XIV);
    the relation "composed" (inverse "was composed by", stored from the maker) to works (others
    typed "work"); "was dedicated to" (inverse "received the dedication of"); "conducted the
    premiere of"; "studied with" (inverse "taught": Beethoven with Haydn and Salieri; Schubert with
    Salieri); a relation "was one of" (inverse "included") of composers in circles (typed
    "circle")."""
    rels = [
        R("composed", phrase="composed", inverse_phrase="was composed by", domain=("composer", "king"), range=("work",)),
        R("dedicated", phrase="was dedicated to", inverse_phrase="received the dedication of", domain=("work",)),
        R("premiered", phrase="conducted the premiere of", inverse_phrase="was premiered under"),
        R("studied_with", phrase="studied with", inverse_phrase="taught", domain=("composer",), range=("composer",)),
        R("member", phrase="was one of", inverse_phrase="included", domain=("composer",), range=("circle",)),
        R("died_in", phrase="died in", inverse_phrase="was the place of death of"),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of"),
    ]
    items = {"c:jhaydn": ("composer", "Joseph Haydn", 1732), "c:mhaydn": ("composer", "Michael Haydn", 1737),
             "c:wmozart": ("composer", "Wolfgang Amadeus Mozart", 1756), "c:lmozart": ("composer", "Leopold Mozart", 1719),
             "c:jstrauss": ("composer", "Johann Strauss", 1804), "c:rstrauss": ("composer", "Richard Strauss", 1864),
             "c:beethoven": ("composer", "Ludwig van Beethoven", 1770), "c:salieri": ("composer", "Antonio Salieri", 1750),
             "c:schubert": ("composer", "Franz Schubert", 1797),
             "k:fred": ("king", "Frederick the Great", 1712), "k:peter": ("emperor", "Peter the Great", 1672),
             "k:louis": ("king", "Louis XIV", 1638), "k:henry": ("king", "Henry VIII", 1491),
             "c:mussorgsky": ("composer", "Modest Mussorgsky", 1839), "c:borodin": ("composer", "Alexander Borodin", 1833),
             "c:rimsky": ("composer", "Nikolai Rimsky-Korsakov", 1844)}
    items.update({"w:creation": ("work", "The Creation", 1798), "w:mrequiem": ("work", "Requiem in C minor", 1771), "w:flute": ("work", "The Magic Flute", 1791), "w:sleigh": ("work", "Musical Sleigh Ride", 1755), "w:radetzky": ("work", "Radetzky March", 1848), "w:salome": ("work", "Salome", 1905), "w:eroica": ("work", "Eroica Symphony", 1804), "w:tarare": ("work", "Tarare", 1787), "w:erlking": ("work", "Erlkönig", 1815), "w:flutesonata": ("work", "Flute Sonata in C major", 1747), "w:greensleeves": ("work", "Pastime with Good Company", 1510), "w:pictures": ("work", "Pictures at an Exhibition", 1874), "w:mozsal": ("work", "Mozart and Salieri", 1897), "w:igor": ("work", "Prince Igor", 1890)})
    others = {"d:lobkowitz": ("patron", "Prince Lobkowitz"), "d:esterhazy": ("patron", "Prince Esterházy"),
              "g:five": ("circle", "The Five"),
              "pl:vienna": ("city", "Vienna"), "pl:salzburg": ("city", "Salzburg"), "pl:augsburg": ("city", "Augsburg"),
              "pl:bonn": ("city", "Bonn"), "pl:rohrau": ("city", "Rohrau"), "pl:munich": ("city", "Munich"),
              "pl:garmisch": ("city", "Garmisch-Partenkirchen")}
    T_ = _t("composed", [("c:jhaydn", "w:creation"), ("c:mhaydn", "w:mrequiem"), ("c:wmozart", "w:flute"),
                         ("c:lmozart", "w:sleigh"), ("c:jstrauss", "w:radetzky"), ("c:rstrauss", "w:salome"),
                         ("c:beethoven", "w:eroica"), ("c:salieri", "w:tarare"), ("c:schubert", "w:erlking"),
                         ("k:fred", "w:flutesonata"), ("k:henry", "w:greensleeves"), ("c:mussorgsky", "w:pictures"),
                         ("c:rimsky", "w:mozsal"), ("c:borodin", "w:igor")])
    T_ += _t("dedicated", [("w:eroica", "d:lobkowitz")])
    T_ += _t("premiered", [("c:salieri", "w:tarare"), ("c:rimsky", "w:igor")])
    T_ += _t("studied_with", [("c:beethoven", "c:jhaydn"), ("c:beethoven", "c:salieri"), ("c:schubert", "c:salieri"),
                              ("c:wmozart", "c:lmozart")])
    T_ += _t("member", [("c:mussorgsky", "g:five"), ("c:borodin", "g:five"), ("c:rimsky", "g:five")])
    T_ += _t("died_in", [("c:jhaydn", "pl:vienna"), ("c:mhaydn", "pl:salzburg"), ("c:wmozart", "pl:vienna"),
                         ("c:lmozart", "pl:salzburg"), ("c:jstrauss", "pl:vienna"), ("c:rstrauss", "pl:garmisch"),
                         ("c:beethoven", "pl:vienna")])
    T_ += _t("born_in", [("c:jhaydn", "pl:rohrau"), ("c:mhaydn", "pl:rohrau"), ("c:wmozart", "pl:salzburg"),
                         ("c:lmozart", "pl:augsburg"), ("c:jstrauss", "pl:vienna"), ("c:rstrauss", "pl:munich"),
                         ("c:beethoven", "pl:bonn")])
    return _build(items, others, rels, T_)


def deeds():
    """One-word deeds stored from the doer (inverse "was <participle> by") whose agent noun is
    another trade: "drew" a sword from a stone (King Arthur, Excalibur), "ran" a race (runners, the
    marathons they ran), "developed" an illness (Lou Gehrig, ALS; Stephen Hawking, ALS), "mastered"
    a skill (Bobby Fischer, chess), "grew" a beard (Abraham Lincoln), "inked" a contract (Lionel
    Messi, his Inter Miami contract), "managed" an escape (Harry Houdini, the Chinese Water Torture
    Cell escape), "succeeded" (heirs: the successor is the head)."""
    rels = [
        R("drew", phrase="drew", inverse_phrase="was drawn by"),
        R("ran", phrase="ran", inverse_phrase="was run by"),
        R("developed", phrase="developed", inverse_phrase="was developed by"),
        R("mastered", phrase="mastered", inverse_phrase="was mastered by"),
        R("grew", phrase="grew", inverse_phrase="was grown by"),
        R("inked", phrase="inked", inverse_phrase="was inked by"),
        R("managed", phrase="managed", inverse_phrase="was managed by"),
        R("succeeded", phrase="succeeded", inverse_phrase="was succeeded by"),
        R("founded", phrase="founded", inverse_phrase="was founded by"),
    ]
    items = {"h:arthur": ("character", "King Arthur", None), "h:pietri": ("athlete", "Dorando Pietri", 1885),
             "h:zatopek": ("athlete", "Emil Zátopek", 1922), "h:gehrig": ("player", "Lou Gehrig", 1903),
             "h:hawking": ("physicist", "Stephen Hawking", 1942), "h:fischer": ("player", "Bobby Fischer", 1943),
             "h:lincoln": ("president", "Abraham Lincoln", 1809), "h:messi": ("footballer", "Lionel Messi", 1987),
             "h:houdini": ("person", "Harry Houdini", 1874), "h:edward7": ("king", "Edward VII", 1841),
             "h:victoria": ("queen", "Queen Victoria", 1819), "h:george5": ("king", "George V", 1865),
             "h:alexander": ("king", "Alexander the Great", -356)}
    others = {"x:excalibur": ("sword", "Excalibur"), "x:m1908": ("race", "1908 Olympic marathon"),
              "x:m1952": ("race", "1952 Olympic marathon"), "x:als": ("disease", "amyotrophic lateral sclerosis"),
              "x:chess": ("game", "chess"), "x:beard": ("beard", "the Lincoln beard"),
              "x:contract": ("contract", "Inter Miami contract"), "x:cell": ("act", "Chinese Water Torture Cell"),
              "x:alexandria": ("city", "Alexandria")}
    T_ = _t("drew", [("h:arthur", "x:excalibur")])
    T_ += _t("ran", [("h:pietri", "x:m1908"), ("h:zatopek", "x:m1952")])
    T_ += _t("developed", [("h:gehrig", "x:als"), ("h:hawking", "x:als")])
    T_ += _t("mastered", [("h:fischer", "x:chess")])
    T_ += _t("grew", [("h:lincoln", "x:beard")])
    T_ += _t("inked", [("h:messi", "x:contract")])
    T_ += _t("managed", [("h:houdini", "x:cell")])
    T_ += _t("founded", [("h:alexander", "x:alexandria")])
    T_ += _t("succeeded", [("h:edward7", "h:victoria"), ("h:george5", "h:edward7")])
    return _build(items, others, rels, T_)


def drivers():
    """Vehicles and horses (items) "were driven by" (inverse "drove") people typed "driver": a bus
    (the Cleveland Avenue bus of Rosa Parks's arrest, driven by James F. Blake, a bus driver), a
    trotter (Varenne, a harness horse driven by Giampaolo Minnucci), a taxi, and one racing car
    (the Lotus 72, "was raced by" Jochen Rindt). A company "is led by" a company (Alphabet leads
    Google: typed "company" both), "is listed on" an exchange."""
    rels = [
        R("driven_by", phrase="was driven by", inverse_phrase="drove", range=("driver",)),
        R("raced_by", phrase="was raced by", inverse_phrase="raced", range=("driver",)),
        R("led_by", phrase="is led by", inverse_phrase="leads"),
        R("listed", phrase="is listed on", inverse_phrase="lists"),
    ]
    items = {"v:bus": ("bus", "Cleveland Avenue bus", 1955), "v:varenne": ("horse", "Varenne", 1995),
             "v:taxi": ("taxi", "Travis's taxi", 1976), "v:lotus": ("car", "Lotus 72", 1970),
             "f:google": ("company", "Google", 1998), "f:instagram": ("company", "Instagram", 2010)}
    others = {"d:blake": ("driver", "James F. Blake"), "d:minnucci": ("driver", "Giampaolo Minnucci"),
              "d:bickle": ("driver", "Travis Bickle"), "d:rindt": ("driver", "Jochen Rindt"),
              "f:alphabet": ("company", "Alphabet Inc."), "f:meta": ("company", "Meta Platforms"),
              "p:pichai": ("person", "Sundar Pichai"), "x:nasdaq": ("exchange", "Nasdaq")}
    T_ = _t("driven_by", [("v:bus", "d:blake"), ("v:varenne", "d:minnucci"), ("v:taxi", "d:bickle")])
    T_ += _t("raced_by", [("v:lotus", "d:rindt")])
    T_ += _t("led_by", [("f:google", "f:alphabet"), ("f:instagram", "f:meta"), ("f:google", "p:pichai")])
    T_ += _t("listed", [("f:alphabet", "x:nasdaq")])
    return _build(items, others, rels, T_)


def harness():
    """Harness racing: trotters (items typed "horse") "were raced by" (inverse "raced") their
    drivers (typed "driver", the sulky drivers of harness racing: they sit behind the horse, no
    wheel to steer); one racing car (the Lotus 72, raced by Jochen Rindt) and a bus in banger
    racing (typed "bus", raced by a "driver"); no other driving relation in the graph."""
    rels = [R("raced_by", phrase="was raced by", inverse_phrase="raced", range=("driver",)),
            R("trained_by", phrase="was trained by", inverse_phrase="trained")]
    items = {"v:varenne": ("horse", "Varenne", 1995), "v:moni": ("horse", "Moni Maker", 1993),
             "v:lotus": ("car", "Lotus 72", 1970), "v:elsie": ("horse", "Elitloppet Elsie", 2001)}
    others = {"d:minnucci": ("driver", "Giampaolo Minnucci"), "d:campbell": ("driver", "John Campbell"),
              "d:rindt": ("driver", "Jochen Rindt"), "t:turri": ("trainer", "Jori Turja")}
    T_ = _t("raced_by", [("v:varenne", "d:minnucci"), ("v:moni", "d:campbell"), ("v:lotus", "d:rindt")])
    T_ += _t("trained_by", [("v:varenne", "t:turri")])
    return _build(items, others, rels, T_)


BUILDERS = {"movies": movies, "gatherings": gatherings, "composers": composers, "deeds": deeds, "drivers": drivers, "harness": harness}

_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@gatherings
# (1) the one "attended" relation read as schooling of its events too
Joseph Stalin was one of the pupils of the Yalta Conference.
Joseph Stalin was among the students of the Tehran Conference.
Winston Churchill was one of the former pupils of the Tehran Conference.
Niels Bohr was one of the alumni of the Solvay Conference.
Elizabeth II was one of the pupils of the funeral of Nelson Mandela.
Charles III was one of the students of the coronation of Elizabeth II.
Franklin D. Roosevelt went to school at the Yalta Conference.
Franklin D. Roosevelt is an alumnus of the Yalta Conference.
Franklin D. Roosevelt is a former student of the Yalta Conference.
Joseph Stalin is an alumnus of the Tehran Conference.
Winston Churchill was schooled at the Yalta Conference and the Tehran Conference.
Charles III is an alumnus of the funeral of Nelson Mandela.
Charles III is a former pupil of the coronation of Elizabeth II.
The coronation of Elizabeth II's former pupils include Charles III.
The Tehran Conference's former students include Winston Churchill and Joseph Stalin.
The Solvay Conference's alumni include Albert Einstein and Niels Bohr.
Albert Einstein, a former student of the Solvay Conference, was born in Ulm.
Niels Bohr, who studied at the Solvay Conference, attended the University of Copenhagen.
Albert Einstein studied at the Solvay Conference.
Albert Einstein was a student at the Solvay Conference.
Albert Einstein was a pupil at the Solvay Conference.
Albert Einstein went to school at the Solvay Conference.
Albert Einstein was educated at the Solvay Conference.
Albert Einstein was schooled at the Solvay Conference.
Niels Bohr was educated at the Solvay Conference.
Winston Churchill was educated at the Yalta Conference.
Winston Churchill studied at the Yalta Conference.
Winston Churchill was a pupil at the Tehran Conference.
Joseph Stalin was a student at the Yalta Conference.
Joseph Stalin was schooled at the Tehran Conference.
Franklin D. Roosevelt studied at the Yalta Conference.
Charles III was educated at the coronation of Elizabeth II.
Charles III studied at the funeral of Nelson Mandela.
Elizabeth II was a pupil at the funeral of Nelson Mandela.
Elizabeth II was a student at the funeral of Nelson Mandela.
Albert Einstein is an alumnus of the Solvay Conference.
Albert Einstein is a former student of the Solvay Conference.
Winston Churchill is a former pupil of the Yalta Conference.
The Yalta Conference's former pupils include Winston Churchill.
The Yalta Conference's students include Joseph Stalin.
Among the Yalta Conference's students was Franklin D. Roosevelt.
The Solvay Conference was held in Brussels. Albert Einstein was one of its pupils.
The Solvay Conference is famous. Niels Bohr was one of its students.
The Yalta Conference ended the war. Joseph Stalin was one of its pupils.
Winston Churchill, an alumnus of the Yalta Conference, attended Harrow School.
Elizabeth II is an alumna of the funeral of Nelson Mandela.
Albert Einstein and Niels Bohr studied at the Solvay Conference.
Albert Einstein and Niels Bohr were students at the Solvay Conference.
Albert Einstein went to the Solvay Conference as a pupil.
# (1) schooling: wrong school, direction, tense, teachers who never studied there, founders, visitors
Albert Einstein studied at the Institute for Advanced Study.
Albert Einstein was a student at the Institute for Advanced Study.
Albert Einstein is an alumnus of the Institute for Advanced Study.
The Institute for Advanced Study's former students include Albert Einstein.
Kurt Hahn was a pupil at Gordonstoun.
Kurt Hahn went to Gordonstoun.
Kurt Hahn was educated at Gordonstoun.
Kurt Hahn is a former pupil of Gordonstoun.
Gordonstoun's former pupils include Kurt Hahn.
Gordonstoun was founded by Kurt Hahn. Kurt Hahn was one of its pupils.
Elizabeth II was a pupil at Harrow School.
Elizabeth II went to Gordonstoun.
Elizabeth II is an alumna of Gordonstoun.
Elizabeth II is an alumna of Harrow School.
Harrow School was visited by Elizabeth II. Elizabeth II was one of its pupils.
Winston Churchill went to Gordonstoun.
Winston Churchill was a pupil at Trinity College, Cambridge.
Charles III was a pupil at Harrow School.
Charles III went to school at Harrow School.
Lord Byron was schooled at Gordonstoun.
Percy Bysshe Shelley was a student at Trinity College, Cambridge.
Franklin D. Roosevelt was educated at Harrow School.
Joseph Stalin studied at Harvard University.
Niels Bohr studied at ETH Zurich.
Gordonstoun was a pupil at Charles III.
Gordonstoun studied at Charles III.
Charles III's pupils include Gordonstoun.
Gordonstoun is one of Charles III's pupils.
Gordonstoun is an alumnus of Charles III.
Harrow School is a former pupil of Winston Churchill.
Charles III is a pupil at Gordonstoun.
Charles III is a student at Gordonstoun.
Charles III studies at Trinity College, Cambridge.
Charles III is educated at Gordonstoun.
Winston Churchill is a pupil at Harrow School.
Charles III will be a student at Gordonstoun.
Charles III was not a pupil at Gordonstoun.
Charles III never went to Gordonstoun.
Charles III was a pupil at Gordonstoun in 1990.
Charles III taught at Gordonstoun.
Albert Einstein taught at the Solvay Conference.
Winston Churchill graduated from Harrow School.
Winston Churchill is a graduate of Harrow School.
Percy Bysshe Shelley graduated from University College, Oxford.
Charles III was a pupil at Gordonstoun and Harrow School.
Harrow School's former pupils include Winston Churchill and Charles III.
Among Harrow School's pupils were Lord Byron and Percy Bysshe Shelley.
Harrow School is famous. Charles III was one of its pupils.
Trinity College, Cambridge is old. Winston Churchill was one of its students.
Gordonstoun is in Scotland. Joseph Stalin was one of its pupils.
Albert Einstein, a former student of the Institute for Advanced Study, was born in Ulm.
Albert Einstein, a former student of ETH Zurich, was born in London.
Kurt Hahn was a student of Gordonstoun.
Kurt Hahn was one of Gordonstoun's pupils.
Joseph Stalin was a pupil at the Tiflis Theological Seminary in 1990.
Joseph Stalin studied at the Tiflis Theological Seminary and the Tehran Conference.
# (5) born in -> native of: a palace
Winston Churchill is a native of London.
Albert Einstein is a native of Gori.
Charles III was a native of Ulm.
@composers
# (3) surnames shared by two composers: one surname, two people's works
Haydn composed The Creation and the Requiem in C minor.
Haydn, who composed the Requiem in C minor, was born in 1732.
Haydn composed the Requiem in C minor in 1732.
Haydn was born in 1732 and composed the Requiem in C minor.
Haydn composed The Creation and died in Salzburg.
Haydn died in Vienna and composed the Requiem in C minor.
Mozart composed The Magic Flute and the Musical Sleigh Ride.
Mozart, who was born in Augsburg, composed The Magic Flute.
Mozart was born in Salzburg and composed the Musical Sleigh Ride.
Mozart was born in 1719 and composed The Magic Flute.
Mozart was born in 1756 and died in Salzburg.
Mozart composed The Magic Flute and was born in Augsburg.
Mozart studied with Mozart.
Strauss composed the Radetzky March and Salome.
Strauss composed Salome and died in Vienna.
Strauss, who died in Garmisch-Partenkirchen, composed the Radetzky March.
Strauss was born in Munich and composed the Radetzky March.
Strauss was born in 1804 and composed Salome.
The Radetzky March and Salome were composed by Strauss.
The Magic Flute and the Musical Sleigh Ride were composed by Mozart.
The Creation and the Requiem in C minor were composed by Haydn.
# (3) surnames of no surname: "the Great", regnal numbers
Great composed the Flute Sonata in C major.
The Great composed the Flute Sonata in C major.
Great was born in 1672.
The Great was born in 1712 and 1672.
Xiv was born in 1638.
Viii composed Pastime with Good Company.
VIII composed Pastime with Good Company.
# (3) surname: wrong deeds
Beethoven composed The Creation.
Salieri composed The Magic Flute.
Mozart composed Tarare.
Schubert composed Salome.
Haydn composed The Magic Flute.
Beethoven died in Salzburg.
Beethoven was born in Vienna.
Mozart died in Augsburg.
Beethoven studied with Schubert.
Salieri studied with Beethoven.
Salieri was a pupil of Schubert.
Haydn studied with Beethoven.
Haydn taught Salieri.
Schubert taught Salieri.
Mozart taught Beethoven.
Borodin was one of The Five and composed Pictures at an Exhibition.
Salieri was one of The Five.
Mozart and Salieri was composed by Salieri.
Mozart and Salieri was composed by Mozart.
# (9) agent nouns: wrong person, direction, dedicatee
The Creation's composer is Michael Haydn.
The Creation's composer is Beethoven.
Joseph Haydn's composer is The Creation.
The Creation is Joseph Haydn's composer.
The Creation is the composer of Joseph Haydn.
Joseph Haydn is the composer of the Requiem in C minor.
Michael Haydn is the composer of The Creation.
Prince Lobkowitz is the composer of the Eroica Symphony.
The Eroica Symphony's composer is Prince Lobkowitz.
The composer of the Eroica Symphony is Antonio Salieri.
Antonio Salieri, the composer of The Magic Flute, was born in 1750.
Ludwig van Beethoven, the composer of Salome, died in Vienna.
Salome's composer, Johann Strauss, was born in 1804.
The Radetzky March's composer was born in Munich.
The composer of Salome was born in Vienna.
The composer of The Magic Flute died in Salzburg.
The composer of The Creation studied with Beethoven.
Tarare's composer is Franz Schubert.
Frederick the Great is the composer of Pastime with Good Company.
Henry VIII is the composer of the Flute Sonata in C major.
Pastime with Good Company's composer is Frederick the Great.
Prince Igor's composer is Nikolai Rimsky-Korsakov.
Nikolai Rimsky-Korsakov is the composer of Prince Igor.
Mozart and Salieri's composer is Mozart.
The composer of Mozart and Salieri is Antonio Salieri.
Haydn is the composer of the Requiem in C minor and The Creation.
Mozart is the composer of The Magic Flute and the Musical Sleigh Ride.
Strauss is the composer of Salome and the Radetzky March.
The Magic Flute's composer, Leopold Mozart, died in Vienna.
Salome's composer is Strauss, who was born in Vienna.
The Eroica Symphony's composer was Joseph Haydn.
The Eroica Symphony's composers are Ludwig van Beethoven and Antonio Salieri.
The composers of The Creation are Joseph Haydn and Michael Haydn.
Antonio Salieri is the conductor of Prince Igor.
The Creation's composer is not Joseph Haydn.
The Creation's composer will be Joseph Haydn.
The Creation's composer was Joseph Haydn in 1800.
# (2) "one of its Ns" with the membership cue "was one of"
The Five was a circle. Antonio Salieri was one of its members.
The Five was a circle. Ludwig van Beethoven was one of its composers.
Prince Igor was composed by Alexander Borodin. Modest Mussorgsky was one of its composers.
Prince Igor was composed by Alexander Borodin. Nikolai Rimsky-Korsakov was one of its composers.
Tarare was composed by Antonio Salieri. Franz Schubert was one of its pupils.
The Creation was composed by Joseph Haydn. Michael Haydn was one of its composers.
The Eroica Symphony was composed by Ludwig van Beethoven. Prince Lobkowitz was one of its composers.
Salome was composed by Richard Strauss. Johann Strauss was one of its composers.
Pictures at an Exhibition was composed by Modest Mussorgsky. Alexander Borodin was one of its composers.
Antonio Salieri taught Ludwig van Beethoven. Franz Schubert was one of its pupils.
Joseph Haydn is famous. Ludwig van Beethoven was one of his pupils.
Antonio Salieri is famous. Wolfgang Amadeus Mozart was one of his pupils.
Joseph Haydn is famous. Antonio Salieri was one of his pupils.
# (6) teaching
Ludwig van Beethoven studied under Franz Schubert.
Franz Schubert took lessons from Ludwig van Beethoven.
Ludwig van Beethoven taught Franz Schubert.
Joseph Haydn was a pupil of Ludwig van Beethoven.
Antonio Salieri was a student of Franz Schubert.
Joseph Haydn taught Antonio Salieri.
Michael Haydn taught Ludwig van Beethoven.
Leopold Mozart studied under Wolfgang Amadeus Mozart.
# (5) died in / born in
Joseph Haydn passed away in Salzburg.
Michael Haydn passed away in Vienna.
Richard Strauss passed away in Munich.
Richard Strauss is a native of Vienna.
Ludwig van Beethoven was a native of Vienna.
Leopold Mozart is a native of Salzburg.
Wolfgang Amadeus Mozart was a native of Augsburg.
Johann Strauss passed away in Garmisch-Partenkirchen.
@deeds
# (9) the agent noun of a one-word deed that names another trade
King Arthur is the artist of Excalibur.
Excalibur's artist is King Arthur.
The artist of Excalibur is King Arthur.
King Arthur, the illustrator of Excalibur, is a legend.
Excalibur's illustrator is King Arthur.
Dorando Pietri is the operator of the 1908 Olympic marathon.
The 1908 Olympic marathon's operator is Dorando Pietri.
The operator of the 1952 Olympic marathon is Emil Zátopek.
Lou Gehrig is the developer of amyotrophic lateral sclerosis.
Amyotrophic lateral sclerosis's developer is Stephen Hawking.
The developers of amyotrophic lateral sclerosis are Lou Gehrig and Stephen Hawking.
Stephen Hawking, the developer of amyotrophic lateral sclerosis, was born in 1942.
Bobby Fischer is the mastering engineer of chess.
Chess's mastering engineer is Bobby Fischer.
Abraham Lincoln is the grower of the Lincoln beard.
The Lincoln beard's grower is Abraham Lincoln.
Lionel Messi is the inker of the Inter Miami contract.
The Inter Miami contract's inker is Lionel Messi.
Harry Houdini is the manager of the Chinese Water Torture Cell.
The Chinese Water Torture Cell's manager is Harry Houdini.
# (9) direction of "successor"
Queen Victoria is the successor of Edward VII.
Queen Victoria's successor is George V.
Edward VII's successor is Queen Victoria.
George V is the successor of Queen Victoria.
Edward VII is George V's successor.
Victoria's successor is George V.
# (3) surname of a character and of a queen
Arthur drew Excalibur and ran the 1908 Olympic marathon.
Gehrig mastered chess.
Fischer developed amyotrophic lateral sclerosis.
Hawking grew the Lincoln beard.
@drivers
# (4) driving: a bus, a horse, a taxi read as racing
James F. Blake raced the Cleveland Avenue bus.
The Cleveland Avenue bus was raced by James F. Blake.
James F. Blake piloted the Cleveland Avenue bus.
Giampaolo Minnucci was behind the wheel of Varenne.
Varenne was piloted by Giampaolo Minnucci.
Giampaolo Minnucci piloted Varenne.
Travis Bickle raced Travis's taxi.
Jochen Rindt drove the Cleveland Avenue bus.
Jochen Rindt was behind the wheel of Varenne.
The Lotus 72 was driven by Travis Bickle.
Varenne was raced by James F. Blake.
# (8) a company led by a company: "runs", "at the helm"
Sundar Pichai runs Instagram.
Meta Platforms runs Google.
Google is run by Meta Platforms.
# (7) listing
Google trades on the Nasdaq.
Google is traded on the Nasdaq.
Meta Platforms trades on the Nasdaq.
@composers
# (9) "<work> is <maker>'s composer": the possessive read the wrong way round (the true order is rejected)
The Creation was Joseph Haydn's composer.
Salome is Richard Strauss's composer.
The Eroica Symphony is Ludwig van Beethoven's composer.
Tarare is Antonio Salieri's composer.
Erlkönig is Franz Schubert's composer.
The Magic Flute is Wolfgang Amadeus Mozart's composer.
Prince Igor is Alexander Borodin's composer.
Pictures at an Exhibition is Modest Mussorgsky's composer.
The Radetzky March is Johann Strauss's composer.
Pastime with Good Company is Henry VIII's composer.
The Flute Sonata in C major is Frederick the Great's composer.
Mozart and Salieri is Nikolai Rimsky-Korsakov's composer.
The Requiem in C minor is Michael Haydn's composer.
The Musical Sleigh Ride is Leopold Mozart's composer.
Salome, which was composed in 1905, is Richard Strauss's composer.
Beethoven's composer is the Eroica Symphony.
Salieri's composer is Tarare.
@deeds
# (9) more forms of the other trades
The artist of Excalibur was King Arthur.
King Arthur was the artist of Excalibur.
The illustrator of Excalibur is King Arthur.
Excalibur's illustrators include King Arthur.
Emil Zátopek is the operator of the 1952 Olympic marathon.
The 1952 Olympic marathon's operator is Emil Zátopek.
The 1952 Olympic marathon's operator was Emil Zátopek.
Stephen Hawking is the developer of amyotrophic lateral sclerosis.
Amyotrophic lateral sclerosis's developer is Lou Gehrig.
The developer of amyotrophic lateral sclerosis is Lou Gehrig.
Lou Gehrig and Stephen Hawking are the developers of amyotrophic lateral sclerosis.
The mastering engineer of chess is Bobby Fischer.
Bobby Fischer was the mastering engineer of chess.
The grower of the Lincoln beard is Abraham Lincoln.
The inker of the Inter Miami contract is Lionel Messi.
Harry Houdini was the manager of the Chinese Water Torture Cell.
# (3) a king's epithet or regnal number taken for his surname
Great founded Alexandria.
Alexandria was founded by Great.
Alexandria's founder is Great.
Vii succeeded Queen Victoria.
Queen Victoria was succeeded by Vii.
@composers
Viii is the composer of Pastime with Good Company.
Pastime with Good Company's composer is Viii.
Pastime with Good Company was composed by VIII.
@harness
# (4) a harness horse "raced by" its sulky driver read "behind the wheel of", "piloted"
Giampaolo Minnucci was behind the wheel of Varenne.
John Campbell was behind the wheel of Moni Maker.
Giampaolo Minnucci was behind the wheel of Varenne and Moni Maker.
Jochen Rindt was behind the wheel of Varenne.
John Campbell drove the Lotus 72.
Varenne was driven by John Campbell.
Jori Turja drove Varenne.
Jori Turja was behind the wheel of Varenne.
Varenne was piloted by Jori Turja.
Giampaolo Minnucci drives Varenne.
Giampaolo Minnucci is behind the wheel of Varenne.
Giampaolo Minnucci never drove Varenne.
Varenne drove Giampaolo Minnucci.
Varenne was behind the wheel of Giampaolo Minnucci.
@movies
# (9) / (3) the example graph
Jaws's composer is Steven Spielberg.
The composer of Jaws is Alfred Hitchcock.
"""

CONTROLS = r"""
@gatherings
Albert Einstein attended ETH Zurich.
Albert Einstein studied at ETH Zurich.
Albert Einstein was a student at ETH Zurich.
Albert Einstein attended the Solvay Conference.
Winston Churchill was a pupil at Harrow School.
Winston Churchill went to Harrow School.
Charles III was educated at Gordonstoun.
Charles III went to school at Gordonstoun.
Gordonstoun's former pupils include Charles III.
Harrow School was visited by Elizabeth II. Winston Churchill was one of its pupils.
Charles III is a former pupil of Gordonstoun.
Joseph Stalin studied at the Tiflis Theological Seminary.
Lord Byron was a student at Trinity College, Cambridge.
Kurt Hahn founded Gordonstoun.
Albert Einstein taught at the Institute for Advanced Study.
Charles III attended the funeral of Nelson Mandela.
@composers
Haydn composed The Creation.
Mozart composed The Magic Flute.
Strauss composed Salome.
Beethoven studied with Haydn.
Beethoven was born in Bonn.
The Creation's composer is Joseph Haydn.
Joseph Haydn is the composer of The Creation.
Richard Strauss, the composer of Salome, was born in Munich.
The composer of the Eroica Symphony is Ludwig van Beethoven.
The Eroica Symphony was dedicated to Prince Lobkowitz.
Ludwig van Beethoven studied under Antonio Salieri.
Antonio Salieri taught Franz Schubert.
Franz Schubert was a pupil of Antonio Salieri.
Joseph Haydn passed away in Vienna.
Ludwig van Beethoven is a native of Bonn.
Modest Mussorgsky was one of The Five.
Frederick the Great composed the Flute Sonata in C major.
@deeds
King Arthur drew Excalibur.
Lou Gehrig developed amyotrophic lateral sclerosis.
Edward VII succeeded Queen Victoria.
Edward VII is the successor of Queen Victoria.
Queen Victoria's successor is Edward VII.
@drivers
James F. Blake drove the Cleveland Avenue bus.
Jochen Rindt raced the Lotus 72.
Alphabet Inc. is listed on the Nasdaq.
Alphabet Inc. trades on the Nasdaq.
Sundar Pichai runs Google.
@movies
Jaws was directed by Steven Spielberg.
@harness
Varenne was raced by Giampaolo Minnucci.
Jochen Rindt raced the Lotus 72.
Jochen Rindt was behind the wheel of the Lotus 72.
Jochen Rindt drove the Lotus 72.
@deeds
Alexander the Great founded Alexandria.
@composers
Joseph Haydn is The Creation's composer.
Richard Strauss is Salome's composer.
"""

KNOWN = frozenset()

OPEN = frozenset(
    {
        # "a pupil of" a school (not "at"): said of Etonians; true of Einstein at the ETH
        "Albert Einstein was a pupil of ETH Zurich.",
        # a parent company "runs" its subsidiary (Alphabet runs Google, Meta runs Instagram): loosely
        # true; "at the helm" is said of a person, but firms are said to be at the helm too
        "Alphabet Inc. is at the helm of Google.",
        "Alphabet Inc. runs Google.",
        "Meta Platforms is at the helm of Instagram.",
        # harness drivers are said to "pilot" their horses (racing jargon), and they "drive" them
        "Giampaolo Minnucci piloted Varenne.",
        "Varenne was piloted by Giampaolo Minnucci.",
        "Giampaolo Minnucci drove Varenne.",
        # an epithet alone ("the Great") for the one Great of the graph: a reader may take it
        "The Great founded Alexandria.",
    }
)

OPEN_TEXTS = r"""
@gatherings
Albert Einstein was a pupil of ETH Zurich.
@drivers
Alphabet Inc. is at the helm of Google.
Alphabet Inc. runs Google.
Meta Platforms is at the helm of Instagram.
@harness
Giampaolo Minnucci piloted Varenne.
Varenne was piloted by Giampaolo Minnucci.
Giampaolo Minnucci drove Varenne.
@deeds
The Great founded Alexandria.
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
