"""Red team round 190 on the session's readings, focused on (4) driving ("was raced by" / "raced"
and the phrases "drove / piloted / was behind the wheel of / was driven by / was piloted by"
reading each other when one end's type is a driver or racer), (5) "died in" -> "passed away in",
"was born in" -> "is / was a native of", (6) "studied with / studied under / was a pupil of / was
a student of / took lessons from" reading each other and "taught" the other way, (7) "is listed
on" an exchange -> "trades on / is traded on", (8) a company "is led by" -> "is run by / runs / is
at the helm of" (and (3), surnames of person items, on the way).

Graphs: the shipped example graph and six of my own (see each builder's docstring): "racing"
(cars, but also motorcycles, a bicycle and a racehorse, "raced by" racing drivers / racers);
"rivals" (racing drivers who "raced" each other and grands prix); "drives" (one "was driven by"
for a taxi, a bus, foundation piles driven by a pile driver, and racing drivers driven by a
motive); "lives" (births in places and in conditions, "grew up in", "died in", and "studied
with" = classmates); "thinkers" ("was a student of" = follower of another's thought, across
centuries); "firms" (one "is listed on" for companies on stock exchanges, buildings on a heritage
register, a detective on a telephone exchange, a student on an exchange programme; one "is led
by" for companies and orchestras, whose British "leader" is the concertmaster).

Findings (143 of 252 false texts accepted; 16 arguable texts are OPEN; every control accepted):

* (4) 14 + 19 + 18. The driving reading checks only that one end's type word is a driver / racer:
  not what the vehicle is, nor that the other end is a vehicle at all. Ridden machines and a horse
  are "driven" and have a wheel ("Valentino Rossi drove the Yamaha YZR-M1", "Eddy Merckx was behind
  the wheel of the Colnago Super", "Frankel was driven by Tom Queally"); "raced" against a rival or
  in a race becomes driving one ("Ayrton Senna drove Alain Prost", "Alain Prost was piloted by
  Ayrton Senna", "Ayrton Senna was behind the wheel of the 1988 Japanese Grand Prix"); and the
  reading runs backwards from "was driven by": a taxi driver "raced" his cab, a pile driver
  "raced / piloted / was behind the wheel of" piles, ambition "piloted" Niki Lauda ("Ambition was
  behind the wheel of Niki Lauda").
* (6) 37 + 27. The teaching reading takes every "studied with" / "was a student of" between
  people for tuition: classmates teach each other, in both directions since "studied with" is
  symmetric in use ("Marcel Grossmann taught Albert Einstein", "Albert Einstein taught Marcel
  Grossmann", "Zola taught Cézanne", "Einstein was a pupil of Grossmann and Marić"), and a
  follower of a long-dead thinker took lessons from him ("Hegel taught Marx", "Aristotle taught
  Thomas Aquinas", "Vladimir Lenin took lessons from Karl Marx", "Descartes taught Spinoza"). The
  surnames of person items (3) carry it ("Marić taught Einstein").
* (5) 8. "was born in" -> "is / was a native of" whatever the object is: a condition ("Frederick
  Douglass is a native of slavery", "Chaplin was a native of poverty", "Charlie Chaplin, a native
  of poverty, died in Corsier-sur-Vevey").
* (7) 10. "trades on / is traded on" needs only one object type word "exchange" among the
  relation's objects: a building on a heritage register ("The Empire State Building trades on
  the National Register of Historic Places"), a detective on a telephone exchange ("Sherlock
  Holmes trades on the Paddington exchange"), a student on an exchange programme.
* (8) 10. "runs / is run by / is at the helm of" needs only one subject type word of a firm among
  the relation's subjects: an orchestra's leader (its concertmaster) "runs" it ("Roman Simovic runs
  the London Symphony Orchestra", "Roberto Ruisi is at the helm of the Hallé").

Held: wrong drivers, cars, rivals, races, directions, tenses, years and negations of driving;
teaching chains (Socrates -> Plato -> Aristotle), the reversed direction of "was a student of",
wrong teachers; "native of" where one grew up or died; "passed away in" where one was born or grew
up, in a condition, with a year, negated; wrong exchanges and chiefs, reversed directions, "ran"
with a year, negation; the readings on the example graph.

Controls rejected: none of 58.
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


def racing():
    """Racing machines (items) "was raced by" the people who raced them (typed "racing driver" for
    the car drivers, "racer" for the motorcycle racers, the cyclist and the jockey): cars, but also
    motorcycles (ridden, never driven: no wheel to be behind), a bicycle and a racehorse (ridden by
    its jockey). The session reads "was raced by" as "was driven by / piloted by" and "drove /
    piloted / was behind the wheel of" whenever one end's type is a driver or racer."""
    rels = [
        R("raced_by", phrase="was raced by", inverse_phrase="raced",
          domain=("car", "motorcycle", "bicycle", "racehorse"), range=("racing driver", "racer")),
        R("built_by", phrase="was built by", inverse_phrase="built",
          domain=("car", "motorcycle", "bicycle"), range=("manufacturer",)),
    ]
    items = {"c:mp44": ("car", "McLaren MP4/4", 1988), "c:lotus72": ("car", "Lotus 72", 1970),
             "c:312t": ("car", "Ferrari 312T", 1975),
             "m:m1": ("motorcycle", "Yamaha YZR-M1", 1999), "m:rc213v": ("motorcycle", "Honda RC213V", 2012),
             "b:colnago": ("bicycle", "Colnago Super", 1968),
             "h:frankel": ("racehorse", "Frankel", 2008)}
    others = {"d:senna": ("racing driver", "Ayrton Senna"), "d:prost": ("racing driver", "Alain Prost"),
              "d:rindt": ("racing driver", "Jochen Rindt"), "d:fittipaldi": ("racing driver", "Emerson Fittipaldi"),
              "d:lauda": ("racing driver", "Niki Lauda"),
              "r:rossi": ("racer", "Valentino Rossi"), "r:marquez": ("racer", "Marc Márquez"),
              "r:merckx": ("racer", "Eddy Merckx"), "r:queally": ("racer", "Tom Queally"),
              "f:mclaren": ("manufacturer", "McLaren"), "f:lotus": ("manufacturer", "Lotus"),
              "f:ferrari": ("manufacturer", "Ferrari"), "f:yamaha": ("manufacturer", "Yamaha"),
              "f:honda": ("manufacturer", "Honda"), "f:colnago": ("manufacturer", "Colnago")}
    T_ = _t("raced_by", [("c:mp44", "d:senna"), ("c:mp44", "d:prost"), ("c:lotus72", "d:rindt"),
                         ("c:lotus72", "d:fittipaldi"), ("c:312t", "d:lauda"), ("m:m1", "r:rossi"),
                         ("m:rc213v", "r:marquez"), ("b:colnago", "r:merckx"), ("h:frankel", "r:queally")])
    T_ += _t("built_by", [("c:mp44", "f:mclaren"), ("c:lotus72", "f:lotus"), ("c:312t", "f:ferrari"),
                          ("m:m1", "f:yamaha"), ("m:rc213v", "f:honda"), ("b:colnago", "f:colnago")])
    return _build(items, others, rels, T_)


def rivals():
    """Racing drivers (items typed "racing driver") who "raced" (against) each other and "raced"
    (took part in) grands prix: one relation "raced" (inverse "was raced by"). Senna raced Prost,
    he never drove him; no one drove or piloted a grand prix (and no one sat behind its wheel)."""
    rels = [
        R("raced", phrase="raced", inverse_phrase="was raced by", domain=("racing driver",),
          range=("racing driver", "grand prix")),
        R("nationality", phrase="is from", inverse_phrase="is the country of", domain=("racing driver",),
          range=("country",)),
    ]
    items = {"d:senna": ("racing driver", "Ayrton Senna", 1960), "d:prost": ("racing driver", "Alain Prost", 1955),
             "d:hunt": ("racing driver", "James Hunt", 1947), "d:lauda": ("racing driver", "Niki Lauda", 1949),
             "d:hamilton": ("racing driver", "Lewis Hamilton", 1985),
             "d:rosberg": ("racing driver", "Nico Rosberg", 1985)}
    others = {"g:suzuka88": ("grand prix", "1988 Japanese Grand Prix"), "g:fuji76": ("grand prix", "1976 Japanese Grand Prix"),
              "g:abudhabi16": ("grand prix", "2016 Abu Dhabi Grand Prix"),
              "n:brazil": ("country", "Brazil"), "n:france": ("country", "France"), "n:uk": ("country", "United Kingdom"),
              "n:austria": ("country", "Austria"), "n:germany": ("country", "Germany")}
    T_ = _t("raced", [("d:senna", "d:prost"), ("d:hunt", "d:lauda"), ("d:hamilton", "d:rosberg"),
                      ("d:senna", "g:suzuka88"), ("d:prost", "g:suzuka88"), ("d:hunt", "g:fuji76"),
                      ("d:lauda", "g:fuji76"), ("d:hamilton", "g:abudhabi16"), ("d:rosberg", "g:abudhabi16")])
    T_ += _t("nationality", [("d:senna", "n:brazil"), ("d:prost", "n:france"), ("d:hunt", "n:uk"),
                             ("d:lauda", "n:austria"), ("d:hamilton", "n:uk"), ("d:rosberg", "n:germany")])
    return _build(items, others, rels, T_)


def drives():
    """One relation "was driven by" (inverse "drove") for what drives what: a taxi and a bus by
    their drivers (typed "driver"; driven, never raced or piloted), foundation piles by the pile
    driver that drove them in (typed "pile driver"), and racing drivers (typed "racing driver") by
    what motivated them (typed "motive"). The session reads it "was raced by / was piloted by",
    "raced / piloted / was behind the wheel of"."""
    rels = [
        R("driven_by", phrase="was driven by", inverse_phrase="drove",
          domain=("taxi", "bus", "pile", "racing driver"), range=("driver", "pile driver", "motive")),
        R("operated_by", phrase="was operated by", inverse_phrase="operated", domain=("taxi", "bus"),
          range=("operator",)),
    ]
    items = {"v:cab": ("taxi", "the Checker cab", 1975), "v:bus": ("bus", "the Rosa Parks bus", 1948),
             "p:shard": ("pile", "the Shard foundation piles", 2009),
             "d:lauda": ("racing driver", "Niki Lauda", 1949), "d:senna": ("racing driver", "Ayrton Senna", 1960)}
    others = {"x:bickle": ("driver", "Travis Bickle"), "x:blake": ("driver", "James F. Blake"),
              "x:junttan": ("pile driver", "the Junttan PM25"),
              "m:ambition": ("motive", "ambition"), "m:faith": ("motive", "faith"),
              "o:checker": ("operator", "the Checker Cab Company"), "o:mcl": ("operator", "Montgomery City Lines")}
    T_ = _t("driven_by", [("v:cab", "x:bickle"), ("v:bus", "x:blake"), ("p:shard", "x:junttan"),
                          ("d:lauda", "m:ambition"), ("d:senna", "m:faith")])
    T_ += _t("operated_by", [("v:cab", "o:checker"), ("v:bus", "o:mcl")])
    return _build(items, others, rels, T_)


def lives():
    """People (items typed painter / writer / physicist / mathematician / person) and two zoo
    animals (typed "bear", "gorilla"): "was born in" (places, but also conditions: slavery,
    poverty, and a zoo), "grew up in" (another place for Einstein, Zola, Chaplin), "died in". And
    "studied with" between people in the sense of "studied alongside": classmates (Einstein with
    Marcel Grossmann and Mileva Marić at the ETH, Cézanne with Zola at the Collège Bourbon, Klimt
    with Franz Matsch at the Kunstgewerbeschule): none taught the other. The session reads "studied
    with" as "studied under / was a pupil of / took lessons from" and its inverse "taught"."""
    rels = [
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
          domain=("painter", "writer", "physicist", "mathematician", "person", "bear", "gorilla"),
          range=("city", "condition", "zoo")),
        R("grew_up_in", phrase="grew up in", inverse_phrase="was the childhood home of",
          domain=("painter", "writer", "physicist", "mathematician", "person"), range=("city",)),
        R("died_in", phrase="died in", inverse_phrase="is the place of death of",
          domain=("painter", "writer", "physicist", "mathematician", "person", "bear", "gorilla"),
          range=("city", "zoo")),
        R("studied_with", phrase="studied with", inverse_phrase="studied with",
          domain=("painter", "writer", "physicist", "mathematician"),
          range=("painter", "writer", "physicist", "mathematician")),
    ]
    items = {"p:einstein": ("physicist", "Albert Einstein", None), "p:grossmann": ("mathematician", "Marcel Grossmann", None),
             "p:maric": ("physicist", "Mileva Marić", None), "p:cezanne": ("painter", "Paul Cézanne", None),
             "p:zola": ("writer", "Émile Zola", None), "p:klimt": ("painter", "Gustav Klimt", None),
             "p:matsch": ("painter", "Franz Matsch", None), "p:douglass": ("person", "Frederick Douglass", None),
             "p:chaplin": ("person", "Charlie Chaplin", None),
             "a:knut": ("bear", "Knut", None), "a:koko": ("gorilla", "Koko", None)}
    others = {"c:ulm": ("city", "Ulm"), "c:munich": ("city", "Munich"), "c:princeton": ("city", "Princeton"),
              "c:budapest": ("city", "Budapest"), "c:zurich": ("city", "Zurich"), "c:titel": ("city", "Titel"),
              "c:aix": ("city", "Aix-en-Provence"), "c:paris": ("city", "Paris"), "c:vienna": ("city", "Vienna"),
              "c:washington": ("city", "Washington, D.C."), "c:london": ("city", "London"),
              "c:vevey": ("city", "Corsier-sur-Vevey"), "c:talbot": ("city", "Talbot County"),
              "k:slavery": ("condition", "slavery"), "k:poverty": ("condition", "poverty"),
              "z:berlin": ("zoo", "the Berlin Zoo"), "z:sf": ("zoo", "the San Francisco Zoo"),
              "z:gorilla": ("zoo", "the Gorilla Foundation preserve")}
    T_ = _t("born_in", [("p:einstein", "c:ulm"), ("p:grossmann", "c:budapest"), ("p:maric", "c:titel"),
                        ("p:cezanne", "c:aix"), ("p:zola", "c:paris"), ("p:klimt", "c:vienna"),
                        ("p:matsch", "c:vienna"), ("p:douglass", "k:slavery"), ("p:chaplin", "k:poverty"),
                        ("p:chaplin", "c:london"), ("a:knut", "z:berlin"), ("a:koko", "z:sf")])
    T_ += _t("grew_up_in", [("p:einstein", "c:munich"), ("p:zola", "c:aix"), ("p:douglass", "c:talbot"),
                            ("p:chaplin", "c:london")])
    T_ += _t("died_in", [("p:einstein", "c:princeton"), ("p:grossmann", "c:zurich"), ("p:maric", "c:zurich"),
                         ("p:cezanne", "c:aix"), ("p:zola", "c:paris"), ("p:klimt", "c:vienna"),
                         ("p:matsch", "c:vienna"), ("p:douglass", "c:washington"), ("p:chaplin", "c:vevey"),
                         ("a:knut", "z:berlin"), ("a:koko", "z:gorilla")])
    T_ += _t("studied_with", [("p:einstein", "p:grossmann"), ("p:einstein", "p:maric"), ("p:cezanne", "p:zola"),
                              ("p:klimt", "p:matsch")])
    return _build(items, others, rels, T_)


def thinkers():
    """Philosophers (items typed "philosopher") and one relation "was a student of" (inverse "had
    the student"), in its wide sense: a follower of another's thought. Aristotle was Plato's pupil
    and Plato Socrates'; but Aquinas was a student of Aristotle sixteen centuries later, Marx of
    Hegel (who died in 1831, before Marx came to Berlin), Lenin of Marx (Marx died when Lenin was
    13), Spinoza of Descartes (they never met). The session reads it "studied under / studied with
    / took lessons from / was a pupil of" and its inverse "taught". Each also "was born in" a city."""
    rels = [
        R("student_of", phrase="was a student of", inverse_phrase="had the student",
          domain=("philosopher",), range=("philosopher",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("philosopher",),
          range=("city",)),
    ]
    items = {"p:socrates": ("philosopher", "Socrates", None), "p:plato": ("philosopher", "Plato", None),
             "p:aristotle": ("philosopher", "Aristotle", None), "p:aquinas": ("philosopher", "Thomas Aquinas", None),
             "p:hegel": ("philosopher", "Georg Wilhelm Friedrich Hegel", None), "p:marx": ("philosopher", "Karl Marx", None),
             "p:lenin": ("philosopher", "Vladimir Lenin", None), "p:descartes": ("philosopher", "René Descartes", None),
             "p:spinoza": ("philosopher", "Baruch Spinoza", None)}
    others = {"c:athens": ("city", "Athens"), "c:stagira": ("city", "Stagira"), "c:roccasecca": ("city", "Roccasecca"),
              "c:stuttgart": ("city", "Stuttgart"), "c:trier": ("city", "Trier"), "c:simbirsk": ("city", "Simbirsk"),
              "c:lahaye": ("city", "La Haye"), "c:amsterdam": ("city", "Amsterdam")}
    T_ = _t("student_of", [("p:plato", "p:socrates"), ("p:aristotle", "p:plato"), ("p:aquinas", "p:aristotle"),
                           ("p:marx", "p:hegel"), ("p:lenin", "p:marx"), ("p:spinoza", "p:descartes")])
    T_ += _t("born_in", [("p:socrates", "c:athens"), ("p:plato", "c:athens"), ("p:aristotle", "c:stagira"),
                         ("p:aquinas", "c:roccasecca"), ("p:hegel", "c:stuttgart"), ("p:marx", "c:trier"),
                         ("p:lenin", "c:simbirsk"), ("p:descartes", "c:lahaye"), ("p:spinoza", "c:amsterdam")])
    return _build(items, others, rels, T_)


def firms():
    """A directory: one relation "is listed on" for companies on stock exchanges, but also a
    building on a heritage register (typed "register"), a detective in a telephone exchange's
    directory (typed "telephone exchange") and a student on an exchange programme (typed "exchange
    programme"): none of these trades there. And one relation "is led by" for companies (typed
    "company") and orchestras (typed "orchestra"), in the British sense for an orchestra: its
    leader is its concertmaster (a violinist), who neither runs it nor is at its helm. The session
    reads "is listed on" "trades on / is traded on" when an object's type is an exchange, and "is
    led by" "is run by / runs / is at the helm of" when a subject's type is a company."""
    rels = [
        R("listed_on", phrase="is listed on", inverse_phrase="lists",
          domain=("company", "building", "detective", "student"),
          range=("stock exchange", "register", "telephone exchange", "exchange programme")),
        R("led_by", phrase="is led by", inverse_phrase="leads", domain=("company", "orchestra"),
          range=("person", "violinist")),
        R("hq", phrase="is based in", inverse_phrase="is the base of", domain=("company", "orchestra"),
          range=("city",)),
    ]
    items = {"f:apple": ("company", "Apple", 1976), "f:toyota": ("company", "Toyota", 1937), "f:bp": ("company", "BP", 1909),
             "o:lso": ("orchestra", "the London Symphony Orchestra", 1904), "o:halle": ("orchestra", "the Hallé", 1858),
             "b:esb": ("building", "the Empire State Building", 1931), "b:chrysler": ("building", "the Chrysler Building", 1930),
             "x:holmes": ("detective", "Sherlock Holmes", None), "s:alice": ("student", "Alice Martin", None)}
    others = {"e:nasdaq": ("stock exchange", "the Nasdaq"), "e:tse": ("stock exchange", "the Tokyo Stock Exchange"),
              "e:lse": ("stock exchange", "the London Stock Exchange"), "e:nyse": ("stock exchange", "the New York Stock Exchange"),
              "r:nrhp": ("register", "the National Register of Historic Places"),
              "t:paddington": ("telephone exchange", "the Paddington exchange"),
              "t:erasmus": ("exchange programme", "the Erasmus programme"),
              "p:cook": ("person", "Tim Cook"), "p:sato": ("person", "Koji Sato"), "p:auchincloss": ("person", "Murray Auchincloss"),
              "p:simovic": ("violinist", "Roman Simovic"), "p:ruisi": ("violinist", "Roberto Ruisi"),
              "c:cupertino": ("city", "Cupertino"), "c:toyota": ("city", "Toyota City"), "c:london": ("city", "London"),
              "c:manchester": ("city", "Manchester")}
    T_ = _t("listed_on", [("f:apple", "e:nasdaq"), ("f:toyota", "e:tse"), ("f:toyota", "e:nyse"), ("f:bp", "e:lse"),
                          ("f:bp", "e:nyse"), ("b:esb", "r:nrhp"), ("b:chrysler", "r:nrhp"), ("x:holmes", "t:paddington"),
                          ("s:alice", "t:erasmus")])
    T_ += _t("led_by", [("f:apple", "p:cook"), ("f:toyota", "p:sato"), ("f:bp", "p:auchincloss"),
                        ("o:lso", "p:simovic"), ("o:halle", "p:ruisi")])
    T_ += _t("hq", [("f:apple", "c:cupertino"), ("f:toyota", "c:toyota"), ("f:bp", "c:london"),
                    ("o:lso", "c:london"), ("o:halle", "c:manchester")])
    return _build(items, others, rels, T_)


BUILDERS = {"movies": movies, "racing": racing, "rivals": rivals, "drives": drives, "lives": lives,
            "thinkers": thinkers, "firms": firms}

_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@racing
# (4) "was raced by" read "drove / was driven by / piloted / was behind the wheel of" of machines
# that are ridden: motorcycles, a bicycle, a racehorse
Valentino Rossi drove the Yamaha YZR-M1.
The Yamaha YZR-M1 was driven by Valentino Rossi.
Valentino Rossi was behind the wheel of the Yamaha YZR-M1.
Rossi drove the Yamaha YZR-M1.
Marc Márquez drove the Honda RC213V.
The Honda RC213V was driven by Marc Márquez.
Marc Márquez was behind the wheel of the Honda RC213V.
Márquez was behind the wheel of the Honda RC213V.
Eddy Merckx drove the Colnago Super.
The Colnago Super was driven by Eddy Merckx.
Eddy Merckx was behind the wheel of the Colnago Super.
Merckx drove the Colnago Super.
Tom Queally drove Frankel.
Frankel was driven by Tom Queally.
Tom Queally was behind the wheel of Frankel.
Queally drove Frankel.
The Yamaha YZR-M1, built by Yamaha, was driven by Valentino Rossi.
The Honda RC213V was built by Honda and driven by Marc Márquez.
Valentino Rossi and Marc Márquez drove the Yamaha YZR-M1.
# (4) wrong driver, wrong car, direction, tense (held?)
Ayrton Senna drove the Lotus 72.
The McLaren MP4/4 was driven by Niki Lauda.
Niki Lauda piloted the McLaren MP4/4.
Jochen Rindt was behind the wheel of the Ferrari 312T.
The McLaren MP4/4 drove Ayrton Senna.
Ayrton Senna was driven by the McLaren MP4/4.
Ayrton Senna drives the McLaren MP4/4.
Ayrton Senna is behind the wheel of the McLaren MP4/4.
Ayrton Senna and Niki Lauda drove the McLaren MP4/4.
The McLaren MP4/4 was driven by Ayrton Senna in 1990.
Ayrton Senna drove the McLaren MP4/4 in 1975.
Ayrton Senna never drove the McLaren MP4/4.
McLaren drove the McLaren MP4/4.
The Lotus 72 was built by Ferrari and driven by Jochen Rindt.
@rivals
# (4) "raced" (against a rival, in a race) read "drove / piloted / was behind the wheel of"
Ayrton Senna drove Alain Prost.
Alain Prost was driven by Ayrton Senna.
Ayrton Senna piloted Alain Prost.
Alain Prost was piloted by Ayrton Senna.
Ayrton Senna was behind the wheel of Alain Prost.
Senna drove Prost.
Prost was driven by Senna.
Senna was behind the wheel of Prost.
James Hunt drove Niki Lauda.
Niki Lauda was driven by James Hunt.
James Hunt piloted Niki Lauda.
Hunt was behind the wheel of Lauda.
Lewis Hamilton drove Nico Rosberg.
Nico Rosberg was piloted by Lewis Hamilton.
Lewis Hamilton was behind the wheel of Nico Rosberg.
Hamilton piloted Rosberg.
Ayrton Senna piloted the 1988 Japanese Grand Prix.
The 1988 Japanese Grand Prix was piloted by Ayrton Senna.
Ayrton Senna was behind the wheel of the 1988 Japanese Grand Prix.
James Hunt was behind the wheel of the 1976 Japanese Grand Prix.
The 1976 Japanese Grand Prix was piloted by Niki Lauda.
Lewis Hamilton was behind the wheel of the 2016 Abu Dhabi Grand Prix.
Ayrton Senna, who is from Brazil, drove Alain Prost.
Ayrton Senna is from Brazil and drove Alain Prost.
# wrong rival, wrong race (held?)
Ayrton Senna raced Niki Lauda.
Ayrton Senna drove James Hunt.
Ayrton Senna raced the 1976 Japanese Grand Prix.
Nico Rosberg was behind the wheel of the 1988 Japanese Grand Prix.
@drives
# (4) "was driven by" read "was raced / piloted by", "raced / piloted / was behind the wheel of"
Travis Bickle raced the Checker cab.
The Checker cab was raced by Travis Bickle.
James F. Blake raced the Rosa Parks bus.
The Rosa Parks bus was raced by James F. Blake.
The Junttan PM25 raced the Shard foundation piles.
The Shard foundation piles were raced by the Junttan PM25.
The Junttan PM25 piloted the Shard foundation piles.
The Shard foundation piles were piloted by the Junttan PM25.
The Junttan PM25 was behind the wheel of the Shard foundation piles.
Niki Lauda was raced by ambition.
Ambition raced Niki Lauda.
Niki Lauda was piloted by ambition.
Ambition piloted Niki Lauda.
Ambition was behind the wheel of Niki Lauda.
Ayrton Senna was raced by faith.
Faith piloted Ayrton Senna.
Faith was behind the wheel of Ayrton Senna.
The Checker cab, operated by the Checker Cab Company, was raced by Travis Bickle.
The Rosa Parks bus was operated by Montgomery City Lines and raced by James F. Blake.
# wrong driver, direction (held?)
Travis Bickle drove the Rosa Parks bus.
The Checker cab drove Travis Bickle.
Ambition drove Ayrton Senna.
Niki Lauda drove ambition.
@lives
# (6) "studied with" (alongside, classmates) read "studied under / was a pupil of / took lessons
# from" and its inverse "taught"
Albert Einstein studied under Marcel Grossmann.
Albert Einstein was a pupil of Marcel Grossmann.
Albert Einstein was a student of Marcel Grossmann.
Albert Einstein took lessons from Marcel Grossmann.
Marcel Grossmann taught Albert Einstein.
Albert Einstein studied under Mileva Marić.
Albert Einstein was a pupil of Mileva Marić.
Albert Einstein took lessons from Mileva Marić.
Mileva Marić taught Albert Einstein.
Paul Cézanne studied under Émile Zola.
Paul Cézanne was a pupil of Émile Zola.
Paul Cézanne was a student of Émile Zola.
Paul Cézanne took lessons from Émile Zola.
Émile Zola taught Paul Cézanne.
Gustav Klimt studied under Franz Matsch.
Gustav Klimt was a pupil of Franz Matsch.
Gustav Klimt took lessons from Franz Matsch.
Franz Matsch taught Gustav Klimt.
# ... with the surnames alone (reading 3)
Grossmann taught Einstein.
Marić taught Einstein.
Zola taught Cézanne.
Matsch taught Klimt.
Einstein was a pupil of Grossmann.
Cézanne studied under Zola.
Klimt took lessons from Matsch.
Einstein studied under Marić.
# ... and in the other direction (the graph's "studied with" is stored one way)
Marcel Grossmann studied under Albert Einstein.
Albert Einstein taught Marcel Grossmann.
Émile Zola was a pupil of Paul Cézanne.
Paul Cézanne taught Émile Zola.
Franz Matsch took lessons from Gustav Klimt.
Gustav Klimt taught Franz Matsch.
Einstein taught Marić.
# ... after other words
Marcel Grossmann, who died in Zurich, taught Albert Einstein.
Albert Einstein, born in Ulm, was a pupil of Marcel Grossmann.
Émile Zola was born in Paris and taught Paul Cézanne.
Albert Einstein was a pupil of Marcel Grossmann and Mileva Marić.
Marcel Grossmann and Mileva Marić taught Albert Einstein.
# (5) "was born in" read "is / was a native of": of conditions, not places
Frederick Douglass is a native of slavery.
Frederick Douglass was a native of slavery.
Douglass was a native of slavery.
Charlie Chaplin is a native of poverty.
Charlie Chaplin was a native of poverty.
Chaplin was a native of poverty.
Frederick Douglass, a native of slavery, died in Washington, D.C.
Charlie Chaplin, a native of poverty, died in Corsier-sur-Vevey.
Frederick Douglass and Charlie Chaplin were natives of slavery.
# (5) "native of" where the person grew up, died, or a classmate was born (held?)
Albert Einstein is a native of Munich.
Albert Einstein was a native of Princeton.
Frederick Douglass was a native of Talbot County.
Frederick Douglass is a native of Washington, D.C.
Mileva Marić was a native of Zurich.
Marcel Grossmann was a native of Zurich.
Paul Cézanne was a native of Paris.
Émile Zola was a native of Aix-en-Provence.
Charlie Chaplin was a native of Corsier-sur-Vevey.
Albert Einstein and Marcel Grossmann are natives of Ulm.
Gustav Klimt and Paul Cézanne were natives of Vienna.
Koko is a native of the Berlin Zoo.
Knut was a native of the San Francisco Zoo.
Einstein was a native of Munich.
Grossmann was a native of Zurich.
# (5) "passed away in" where one was born or grew up (held?)
Albert Einstein passed away in Ulm.
Albert Einstein passed away in Munich.
Einstein passed away in Ulm.
Émile Zola passed away in Aix-en-Provence.
Charlie Chaplin passed away in London.
Frederick Douglass passed away in slavery.
Charlie Chaplin passed away in poverty.
Marcel Grossmann passed away in Budapest.
Koko passed away in the San Francisco Zoo.
Knut passed away in the San Francisco Zoo.
Albert Einstein and Mileva Marić passed away in Zurich.
Paul Cézanne passed away at Paris.
Albert Einstein passed away in Princeton in 1879.
Albert Einstein never passed away in Princeton.
Albert Einstein passed away in Princeton and was a native of Munich.
@thinkers
# (6) "was a student of" (a follower of his thought) read "studied under / studied with / took
# lessons from / was a pupil of" and its inverse "taught", of thinkers who never met
Thomas Aquinas studied under Aristotle.
Thomas Aquinas studied with Aristotle.
Thomas Aquinas took lessons from Aristotle.
Thomas Aquinas was a pupil of Aristotle.
Aristotle taught Thomas Aquinas.
Karl Marx studied under Georg Wilhelm Friedrich Hegel.
Karl Marx studied with Georg Wilhelm Friedrich Hegel.
Karl Marx took lessons from Georg Wilhelm Friedrich Hegel.
Karl Marx was a pupil of Georg Wilhelm Friedrich Hegel.
Georg Wilhelm Friedrich Hegel taught Karl Marx.
Hegel taught Marx.
Marx took lessons from Hegel.
Marx studied under Hegel.
Vladimir Lenin studied under Karl Marx.
Vladimir Lenin took lessons from Karl Marx.
Vladimir Lenin was a pupil of Karl Marx.
Karl Marx taught Vladimir Lenin.
Marx taught Lenin.
Lenin studied with Marx.
Baruch Spinoza studied under René Descartes.
Baruch Spinoza took lessons from René Descartes.
René Descartes taught Baruch Spinoza.
Descartes taught Spinoza.
Spinoza was a pupil of Descartes.
Karl Marx, born in Trier, took lessons from Hegel.
Aristotle, who was born in Stagira, taught Thomas Aquinas.
Karl Marx taught Vladimir Lenin, who was born in Simbirsk.
# chains, direction, wrong teacher (held?)
Aristotle was a pupil of Socrates.
Socrates taught Aristotle.
Plato taught Thomas Aquinas.
Aristotle taught Plato.
Plato studied under Aristotle.
Karl Marx taught Georg Wilhelm Friedrich Hegel.
Vladimir Lenin taught Karl Marx.
Hegel taught Lenin.
Karl Marx studied under Plato.
Aristotle was a native of Athens.
Karl Marx is a native of Stuttgart.
@firms
# (7) "is listed on" read "trades on / is traded on" for a heritage register, a telephone exchange,
# an exchange programme (one type word of the objects is "exchange")
The Empire State Building trades on the National Register of Historic Places.
The Empire State Building is traded on the National Register of Historic Places.
The Chrysler Building trades on the National Register of Historic Places.
The Chrysler Building is traded on the National Register of Historic Places.
The Empire State Building and the Chrysler Building trade on the National Register of Historic Places.
The Empire State Building and the Chrysler Building are traded on the National Register of Historic Places.
Sherlock Holmes trades on the Paddington exchange.
Sherlock Holmes is traded on the Paddington exchange.
Alice Martin trades on the Erasmus programme.
Alice Martin is traded on the Erasmus programme.
# (7) wrong exchange, direction, tense (held?)
Apple trades on the London Stock Exchange.
Apple is traded on the Tokyo Stock Exchange.
BP trades on the Tokyo Stock Exchange.
Toyota is traded on the London Stock Exchange.
Apple and Toyota trade on the Nasdaq.
The Nasdaq trades on Apple.
Apple traded on the Nasdaq in 1909.
Apple does not trade on the Nasdaq.
Tim Cook trades on the Nasdaq.
Apple, led by Koji Sato, trades on the Nasdaq.
Apple, based in London, is traded on the Nasdaq.
# (8) "is led by" read "is run by / runs / is at the helm of" for an orchestra's leader (its
# concertmaster), because the relation's subjects also include companies
Roman Simovic runs the London Symphony Orchestra.
The London Symphony Orchestra is run by Roman Simovic.
Roman Simovic is at the helm of the London Symphony Orchestra.
Simovic runs the London Symphony Orchestra.
Roberto Ruisi runs the Hallé.
The Hallé is run by Roberto Ruisi.
Roberto Ruisi is at the helm of the Hallé.
Ruisi is at the helm of the Hallé.
The London Symphony Orchestra, based in London, is run by Roman Simovic.
The Hallé is based in Manchester and run by Roberto Ruisi.
Roman Simovic and Roberto Ruisi are at the helm of the London Symphony Orchestra.
# (8) wrong chief, direction, tense (held?)
Tim Cook runs BP.
Koji Sato is at the helm of Apple.
Apple is run by Murray Auchincloss.
Apple runs Tim Cook.
Tim Cook is run by Apple.
Apple is at the helm of Tim Cook.
Tim Cook ran Apple in 1976.
Tim Cook does not run Apple.
Tim Cook runs Apple and Toyota.
Tim Cook and Koji Sato run Apple.
Roman Simovic runs the Hallé.
Tim Cook, who runs Apple, is based in Manchester.
Apple, which is run by Tim Cook, is based in London.
Apple runs the Nasdaq.
@movies
# the session's readings on the example graph (held?)
Steven Spielberg was a pupil of Alfred Hitchcock.
Alfred Hitchcock taught Steven Spielberg.
Roy Scheider drove Jaws.
Jaws was driven by Steven Spielberg.
Universal Pictures is run by Steven Spielberg.
Jaws passed away in 1975.
Spielberg is at the helm of Universal Pictures.
"""

CONTROLS = r"""
@racing
Ayrton Senna drove the McLaren MP4/4.
The McLaren MP4/4 was driven by Ayrton Senna.
The McLaren MP4/4 was raced by Alain Prost.
Alain Prost raced the McLaren MP4/4.
Niki Lauda was behind the wheel of the Ferrari 312T.
Jochen Rindt piloted the Lotus 72.
The Lotus 72 was driven by Jochen Rindt and Emerson Fittipaldi.
Valentino Rossi raced the Yamaha YZR-M1.
The Honda RC213V was raced by Marc Márquez.
Tom Queally raced Frankel.
The McLaren MP4/4 was built by McLaren.
@rivals
Ayrton Senna raced Alain Prost.
Alain Prost was raced by Ayrton Senna.
James Hunt raced the 1976 Japanese Grand Prix.
Ayrton Senna is from Brazil.
@drives
Travis Bickle drove the Checker cab.
The Checker cab was driven by Travis Bickle.
Travis Bickle was behind the wheel of the Checker cab.
The Junttan PM25 drove the Shard foundation piles.
Ambition drove Niki Lauda.
Niki Lauda was driven by ambition.
The Rosa Parks bus was operated by Montgomery City Lines.
@lives
Albert Einstein studied with Marcel Grossmann.
Paul Cézanne studied with Émile Zola.
Cézanne studied with Zola.
Albert Einstein was born in Ulm.
Albert Einstein is a native of Ulm.
Albert Einstein was a native of Ulm.
Einstein was a native of Ulm.
Gustav Klimt and Franz Matsch were natives of Vienna.
Albert Einstein grew up in Munich.
Albert Einstein died in Princeton.
Albert Einstein passed away in Princeton.
Einstein passed away in Princeton.
Émile Zola passed away in Paris.
Knut passed away in the Berlin Zoo.
Frederick Douglass was born in slavery.
Charlie Chaplin was a native of London.
@thinkers
Karl Marx was a student of Hegel.
Aristotle studied under Plato.
Plato taught Aristotle.
Socrates taught Plato.
Aristotle was a pupil of Plato.
Plato took lessons from Socrates.
Aristotle is a native of Stagira.
@firms
Apple trades on the Nasdaq.
Apple is traded on the Nasdaq.
Toyota trades on the Tokyo Stock Exchange.
BP is traded on the London Stock Exchange and the New York Stock Exchange.
Apple is listed on the Nasdaq.
Tim Cook runs Apple.
Apple is run by Tim Cook.
Tim Cook is at the helm of Apple.
Koji Sato runs Toyota.
The London Symphony Orchestra is led by Roman Simovic.
Roman Simovic leads the London Symphony Orchestra.
The Empire State Building is listed on the National Register of Historic Places.
@movies
Jaws was directed by Steven Spielberg.
"""

KNOWN = frozenset()

OPEN = frozenset(
    {
        # racing journalists say a jockey "piloted" a horse, a MotoGP rider "piloted" his bike
        "Tom Queally piloted Frankel.",
        "Frankel was piloted by Tom Queally.",
        "Valentino Rossi piloted the Yamaha YZR-M1.",
        "The Honda RC213V was piloted by Marc Márquez.",
        "Eddy Merckx piloted the Colnago Super.",
        # "drove a great race": one may be said to drive a grand prix
        "Ayrton Senna drove the 1988 Japanese Grand Prix.",
        # a zoo-born animal is literally "a native of" the zoo
        "Knut is a native of the Berlin Zoo.",
        "Koko was a native of the San Francisco Zoo.",
        # a bus driver "piloted" his bus: rare, but said
        "The Checker cab was driven by Travis Bickle, who piloted it.",
        # "passed away" of a gorilla at a preserve: "in" or "at" a preserve
        "Koko passed away at the Gorilla Foundation preserve.",
        # one may say a race "was driven" (a drive in a race)
        "The 1988 Japanese Grand Prix was driven by Ayrton Senna.",
        "The 2016 Abu Dhabi Grand Prix was driven by Lewis Hamilton and Nico Rosberg.",
        # "piloted" a road vehicle: loosely said (to steer, to operate)
        "Travis Bickle piloted the Checker cab.",
        "The Checker cab was piloted by Travis Bickle.",
        "James F. Blake piloted the Rosa Parks bus.",
        "The Rosa Parks bus was piloted by James F. Blake.",
    }
)

OPEN_TEXTS = r"""
@racing
Tom Queally piloted Frankel.
Frankel was piloted by Tom Queally.
Valentino Rossi piloted the Yamaha YZR-M1.
The Honda RC213V was piloted by Marc Márquez.
Eddy Merckx piloted the Colnago Super.
@rivals
Ayrton Senna drove the 1988 Japanese Grand Prix.
@lives
Knut is a native of the Berlin Zoo.
Koko was a native of the San Francisco Zoo.
Koko passed away at the Gorilla Foundation preserve.
@drives
The Checker cab was driven by Travis Bickle, who piloted it.
@rivals
The 1988 Japanese Grand Prix was driven by Ayrton Senna.
@rivals
The 2016 Abu Dhabi Grand Prix was driven by Lewis Hamilton and Nico Rosberg.
@drives
Travis Bickle piloted the Checker cab.
@drives
The Checker cab was piloted by Travis Bickle.
@drives
James F. Blake piloted the Rosa Parks bus.
@drives
The Rosa Parks bus was piloted by James F. Blake.
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
