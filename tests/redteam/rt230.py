"""Red team round 230: a closing soak of the session's change (CHANGES.diff), mostly the newest
reading, "went on to <verb>" after a birth said of the one person of the sentence or the
sentence before (read like "later"), and its neighbours: the offices taken, subsidiaries and
parent companies, head nouns of compound item types.

Graphs built in code; each text is checked with ``ConsistencyChecker(kg, outside_evidence=True,
rating_threshold=4.0)`` and no evidence. Graphs: "athletes" (skiers and runners dated by birth,
born in / died in towns, won races, played for / founded / was captain of clubs, coached one
another), "botany" (botanists dated by birth, described plants dated by description, plants named
after botanists, director of gardens, married), "horses" (horses dated by foaling, sired by, won
races, trained by trainers, born in studs; a breed item), "works" (firms owned by firms, factories
dated by opening built by firms, founders dated by birth who founded firms and were chairman of
them), "films" (actors dated by birth, films dated by release, starred in, directed, married to,
film studio items owned by a corporation).
Closed in the same session: nothing to close (0 of 178 accepted); "went on to" after a birth is
read only on graphs whose items are people or animals, so the botany, horses, works and films
graphs' controls of it stay rejected (conservative, as "later" there). Then: accepted 0 of 178.
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


def athletes():
    """Cross-country skiers and runners (items dated by birth); races, clubs, towns; a coach."""
    P = ("cross-country skier", "runner", "coach")
    rels = [
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=P, range=("town",)),
        R("died", phrase="died in", inverse_phrase="is where died", domain=P, range=("town",)),
        R("won", phrase="won", inverse_phrase="was won by", domain=("cross-country skier", "runner"), range=("race",)),
        R("played", phrase="skied for", inverse_phrase="fielded", domain=("cross-country skier",), range=("ski club",)),
        R("founded", phrase="founded", inverse_phrase="was founded by", domain=P, range=("ski club", "athletics club")),
        R("captain", phrase="was captain of", inverse_phrase="was captained by", domain=("cross-country skier", "runner"),
          range=("ski club", "athletics club")),
        R("coached", phrase="coached", inverse_phrase="was coached by", domain=("coach",), range=("cross-country skier", "runner")),
        R("president", phrase="was president of", inverse_phrase="had as president", domain=P,
          range=("ski federation",)),
    ]
    items = {"s:solberg": ("cross-country skier", "Ingrid Solberg", 1961), "s:haug": ("cross-country skier", "Trond Haug", 1958),
             "r:nilsen": ("runner", "Kari Nilsen", 1965), "r:vik": ("runner", "Erik Vik", 1970)}
    others = {"c:bakken": ("coach", "Olav Bakken"),
              "x:holmen": ("race", "the Holmen Relay"), "x:birken": ("race", "the Birken Run"), "x:fjord": ("race", "the Fjord Marathon"),
              "k:tromso": ("ski club", "Tromso SK"), "k:lillehammer": ("ski club", "Lillehammer SK"),
              "a:bergen": ("athletics club", "Bergen IF"),
              "f:norway": ("ski federation", "the Norwegian Ski Federation"),
              "t:tromso": ("town", "Tromso"), "t:alta": ("town", "Alta"), "t:hamar": ("town", "Hamar"), "t:voss": ("town", "Voss")}
    T = _t("born", [("s:solberg", "t:alta"), ("s:haug", "t:tromso"), ("r:nilsen", "t:voss"), ("r:vik", "t:hamar"),
                    ("c:bakken", "t:alta")])
    T += _t("died", [("s:haug", "t:hamar")])
    T += _t("won", [("s:solberg", "x:holmen"), ("s:haug", "x:birken"), ("r:nilsen", "x:fjord")])
    T += _t("played", [("s:solberg", "k:tromso"), ("s:haug", "k:lillehammer")])
    T += _t("founded", [("s:haug", "k:tromso"), ("r:vik", "a:bergen")])
    T += _t("captain", [("s:solberg", "k:tromso"), ("r:nilsen", "a:bergen")])
    T += _t("coached", [("c:bakken", "s:solberg"), ("c:bakken", "r:vik")])
    T += _t("president", [("s:haug", "f:norway")])
    return _build(items, others, rels, T)


def botany():
    """Botanists (items dated by birth) described plants (items dated by description), plants
    named after botanists; a botanist was director of a garden; two were married."""
    rels = [
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("botanist",), range=("city",)),
        R("described", phrase="was described by", inverse_phrase="described", domain=("plant",), range=("botanist",)),
        R("named", phrase="was named after", inverse_phrase="gave its name to", domain=("plant",), range=("botanist",)),
        R("director", phrase="was director of", inverse_phrase="was directed by", domain=("botanist",),
          range=("botanical garden",)),
        R("married", phrase="was married to", inverse_phrase="was married to", domain=("botanist",), range=("botanist",)),
        R("studied", phrase="studied at", inverse_phrase="was attended by", domain=("botanist",), range=("university",)),
    ]
    items = {"b:lindqvist": ("botanist", "Astrid Lindqvist", 1821), "b:moreau": ("botanist", "Henri Moreau", 1815),
             "b:okafor": ("botanist", "Samuel Okafor", 1902),
             "p:saxifrage": ("plant", "Saxifraga lindqvistii", 1860), "p:gentian": ("plant", "Gentiana moreauana", 1851),
             "p:lobelia": ("plant", "Lobelia okaforii", 1938)}
    others = {"g:uppsala": ("botanical garden", "the Uppsala Botanic Garden"), "g:lyon": ("botanical garden", "the Lyon Jardin"),
              "u:uppsala": ("university", "Uppsala University"), "u:montpellier": ("university", "the University of Montpellier"),
              "y:uppsala": ("city", "Uppsala"), "y:lyon": ("city", "Lyon"), "y:lagos": ("city", "Lagos")}
    T = _t("born", [("b:lindqvist", "y:uppsala"), ("b:moreau", "y:lyon"), ("b:okafor", "y:lagos")])
    T += _t("described", [("p:saxifrage", "b:moreau"), ("p:gentian", "b:lindqvist"), ("p:lobelia", "b:okafor")])
    T += _t("named", [("p:saxifrage", "b:lindqvist"), ("p:gentian", "b:moreau"), ("p:lobelia", "b:okafor")])
    T += _t("director", [("b:lindqvist", "g:uppsala")])
    T += _t("married", [("b:lindqvist", "b:moreau")])
    T += _t("studied", [("b:lindqvist", "u:uppsala"), ("b:moreau", "u:montpellier")])
    return _build(items, others, rels, T)


def horses():
    """Racehorses (items dated by foaling) sired by horses, won races, trained by trainers, bred
    at studs; a breed."""
    rels = [
        R("sired", phrase="was sired by", inverse_phrase="sired", domain=("racehorse",), range=("racehorse",)),
        R("won", phrase="won", inverse_phrase="was won by", domain=("racehorse",), range=("horse race",)),
        R("trained", phrase="was trained by", inverse_phrase="trained", domain=("racehorse",), range=("trainer",)),
        R("born", phrase="was born at", inverse_phrase="is the birthplace of", domain=("racehorse",), range=("stud",)),
        R("breed", phrase="is a", inverse_phrase="includes", domain=("racehorse",), range=("horse breed",)),
    ]
    items = {"h:copper": ("racehorse", "Copper Lantern", 1994), "h:mist": ("racehorse", "Morning Mist", 1988),
             "h:rook": ("racehorse", "Black Rook", 1996), "b:hanover": ("horse breed", "Hanoverian", 1735)}
    others = {"r:gold": ("horse race", "the Gold Cup"), "r:derby": ("horse race", "the Ashford Derby"),
              "t:doyle": ("trainer", "Maeve Doyle"), "t:price": ("trainer", "Colin Price"),
              "s:kildare": ("stud", "Kildare Stud"), "s:oak": ("stud", "Oakfield Stud")}
    T = _t("sired", [("h:copper", "h:mist"), ("h:rook", "h:mist")])
    T += _t("won", [("h:copper", "r:gold"), ("h:mist", "r:derby")])
    T += _t("trained", [("h:copper", "t:doyle"), ("h:rook", "t:price"), ("h:mist", "t:doyle")])
    T += _t("born", [("h:copper", "s:kildare"), ("h:rook", "s:oak"), ("h:mist", "s:kildare")])
    T += _t("breed", [("h:copper", "b:hanover")])
    return _build(items, others, rels, T)


def works():
    """Founders (items dated by birth) founded firms and were chairman of them; firms owned by
    firms; factories (items dated by opening) built by firms and located in towns."""
    rels = [
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("industrialist",), range=("town",)),
        R("founded", phrase="founded", inverse_phrase="was founded by", domain=("industrialist",),
          range=("company", "corporation")),
        R("chairman", phrase="was chairman of", inverse_phrase="was chaired by", domain=("industrialist",),
          range=("company", "corporation")),
        R("owned", phrase="is owned by", inverse_phrase="owns", domain=("company",), range=("corporation",)),
        R("built", phrase="was built by", inverse_phrase="built", domain=("factory",), range=("company",)),
        R("located", phrase="is located in", inverse_phrase="contains", domain=("factory",), range=("town",)),
        R("mayor", phrase="was mayor of", inverse_phrase="had as mayor", domain=("industrialist",), range=("town",)),
    ]
    items = {"i:krell": ("industrialist", "Otto Krell", 1852), "i:voss": ("industrialist", "Margarete Voss", 1860),
             "f:ruhr": ("factory", "the Ruhrtal Works", 1889), "f:elbe": ("factory", "the Elbe Mill", 1901)}
    others = {"c:krell": ("company", "Krell Steel"), "c:voss": ("company", "Voss Textiles"),
              "c:hansa": ("corporation", "Hansa Holdings"), "c:nord": ("corporation", "Nordbank Group"),
              "t:essen": ("town", "Essen"), "t:dresden": ("town", "Dresden"), "t:hagen": ("town", "Hagen")}
    T = _t("born", [("i:krell", "t:hagen"), ("i:voss", "t:dresden")])
    T += _t("founded", [("i:krell", "c:krell"), ("i:voss", "c:voss"), ("i:krell", "c:hansa")])
    T += _t("chairman", [("i:voss", "c:hansa")])
    T += _t("owned", [("c:krell", "c:hansa"), ("c:voss", "c:nord")])
    T += _t("built", [("f:ruhr", "c:krell"), ("f:elbe", "c:voss")])
    T += _t("located", [("f:ruhr", "t:essen"), ("f:elbe", "t:dresden")])
    T += _t("mayor", [("i:krell", "t:essen")])
    return _build(items, others, rels, T)


def films():
    """Actors (items dated by birth) starred in films (items dated by release); directors
    directed films; a film studio item owned by a corporation; actors married."""
    rels = [
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("actor", "actress"), range=("city",)),
        R("starred", phrase="starred in", inverse_phrase="starred", domain=("actor", "actress"), range=("film",)),
        R("directed", phrase="directed", inverse_phrase="was directed by", domain=("actor", "actress"), range=("film",)),
        R("produced", phrase="was produced by", inverse_phrase="produced", domain=("film",), range=("film studio",)),
        R("owned", phrase="is owned by", inverse_phrase="owns", domain=("film studio",), range=("corporation",)),
        R("married", phrase="married", inverse_phrase="married", domain=("actor", "actress"), range=("actor", "actress")),
    ]
    items = {"a:marsh": ("actor", "Daniel Marsh", 1940), "a:reyes": ("actress", "Lucia Reyes", 1945),
             "a:tan": ("actor", "Kenneth Tan", 1950),
             "f:dust": ("film", "Dust Road", 1968), "f:tide": ("film", "The Long Tide", 1975), "f:ember": ("film", "Ember", 1982),
             "s:arcadia": ("film studio", "Arcadia Pictures", 1925), "s:vela": ("film studio", "Vela Films", 1950)}
    others = {"k:orion": ("corporation", "Orion Media"), "k:helix": ("corporation", "Helix Group"),
              "y:boston": ("city", "Boston"), "y:madrid": ("city", "Madrid"), "y:singapore": ("city", "Singapore")}
    T = _t("born", [("a:marsh", "y:boston"), ("a:reyes", "y:madrid"), ("a:tan", "y:singapore")])
    T += _t("starred", [("a:marsh", "f:dust"), ("a:reyes", "f:dust"), ("a:reyes", "f:tide"), ("a:tan", "f:ember")])
    T += _t("directed", [("a:marsh", "f:tide")])
    T += _t("produced", [("f:dust", "s:arcadia"), ("f:tide", "s:vela"), ("f:ember", "s:arcadia")])
    T += _t("owned", [("s:arcadia", "k:orion"), ("s:vela", "k:helix")])
    T += _t("married", [("a:marsh", "a:reyes")])
    return _build(items, others, rels, T)


BUILDERS = {"athletes": athletes, "botany": botany, "horses": horses, "works": works, "films": films}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@athletes
# went on to: wrong object, wrong verb, wrong relation, two people, a death, negation, pronouns
Ingrid Solberg was born in Alta and went on to win the Birken Run.
Ingrid Solberg was born in Alta and went on to win the Fjord Marathon.
Ingrid Solberg was born in Tromso and went on to win the Holmen Relay.
Ingrid Solberg was born in Alta and went on to found Tromso SK.
Ingrid Solberg was born in Alta and went on to ski for Lillehammer SK.
Ingrid Solberg was born in Alta and went on to coach Erik Vik.
Ingrid Solberg was born in Alta and went on to captain Bergen IF.
Ingrid Solberg was born in Alta and went on to die in Hamar.
Ingrid Solberg was born in Alta and went on to become captain of Lillehammer SK.
Ingrid Solberg was born in Alta and went on to become president of the Norwegian Ski Federation.
Ingrid Solberg was born in Alta and went on to lose the Holmen Relay.
Ingrid Solberg was born in Alta and went on to not win the Holmen Relay.
Ingrid Solberg was born in Alta and never went on to win the Holmen Relay.
Ingrid Solberg was born in Alta and did not go on to win the Holmen Relay.
Ingrid Solberg was born in Alta. She went on to win the Birken Run.
Ingrid Solberg was born in Alta. He went on to win the Birken Run.
Ingrid Solberg was born in Alta. She went on to found Tromso SK.
Ingrid Solberg was born in Alta. She went on to found Bergen IF.
Ingrid Solberg was born in Alta. Trond Haug went on to win the Holmen Relay.
Ingrid Solberg was born in Alta. Kari Nilsen went on to win the Birken Run.
Trond Haug was born in Tromso and went on to win the Fjord Marathon.
Trond Haug was born in Tromso and went on to found Bergen IF.
Trond Haug was born in Alta and went on to found Tromso SK.
Trond Haug was born in Tromso in 1961 and went on to found Tromso SK.
Trond Haug was born in 1961 and went on to win the Birken Run.
Trond Haug was born in Tromso, died in Hamar and went on to win the Birken Run.
Trond Haug died in Hamar and went on to win the Birken Run.
Trond Haug was born in Tromso and went on to die in Alta.
Trond Haug was born in Tromso and went on to be born in Hamar.
Trond Haug was born in Tromso and went on to become president of Tromso SK.
Trond Haug was born in Tromso and went on to become captain of Tromso SK.
Trond Haug was born in Tromso and went on to be coached by Olav Bakken.
Trond Haug was born in Tromso and went on to win the Birken Run in 1950.
Trond Haug was born in Tromso and went on to win the Birken Run twice.
Trond Haug was born in Tromso and went on to win the Birken Run before he was born.
Trond Haug and Ingrid Solberg were born in Tromso and went on to win the Birken Run.
Trond Haug and Kari Nilsen were born in Tromso and went on to win races.
Trond Haug, who was born in Tromso, went on to win the Holmen Relay.
Trond Haug was born in Tromso, and Ingrid Solberg went on to win the Birken Run.
Trond Haug was born in Tromso and he went on to win the Holmen Relay.
Trond Haug was born in Tromso and then went on to win the Fjord Marathon.
Trond Haug was born in Tromso and went on to win the Birken Run and the Holmen Relay.
Trond Haug was born in Tromso and went on to win the Birken Run and found Bergen IF.
Trond Haug was born in Tromso and went on to win the Birken Run, then found Bergen IF.
Trond Haug was born in Tromso and went on to win the Birken Run before founding Bergen IF.
Trond Haug was born in Tromso and went on to win the Birken Run with Tromso SK.
Trond Haug was born in Tromso and went on to win the Birken Run for Lillehammer SK and Bergen IF.
Olav Bakken was born in Alta and went on to coach Trond Haug.
Olav Bakken was born in Alta and went on to coach Kari Nilsen.
Olav Bakken was born in Tromso and went on to coach Ingrid Solberg.
Olav Bakken was born in Alta and went on to win the Holmen Relay.
Olav Bakken was born in Alta. He went on to coach Trond Haug.
Olav Bakken was born in Alta. He went on to found Tromso SK.
Erik Vik was born in Hamar and went on to found Tromso SK.
Erik Vik was born in Hamar and went on to be coached by Olav Bakken and Trond Haug.
Erik Vik was born in Hamar and went on to coach Olav Bakken.
Erik Vik was born in Hamar and went on to win the Fjord Marathon.
Kari Nilsen was born in Voss and went on to found Bergen IF.
Kari Nilsen was born in Voss and went on to become captain of Tromso SK.
Kari Nilsen was born in Voss and went on to become the first woman to win the Fjord Marathon.
Kari Nilsen was born in Voss and went on to win the Fjord Marathon three times.
Kari Nilsen was born in Voss and went on to win the Fjord Marathon in 1960.
Kari Nilsen was born in Voss in 1970 and went on to win the Fjord Marathon.
Kari Nilsen was born in Voss and went on to win the Fjord Marathon, which Erik Vik won too.
Kari Nilsen was born in Voss and went on to win the Fjord Marathon, aged ten.
Kari Nilsen was born in Voss and went on to win the Olympic marathon.
Kari Nilsen was born in Voss and went on to win gold in the Fjord Marathon.
Kari Nilsen was born in Voss and went on to retire.
Kari Nilsen was born in Voss and went on to marry Erik Vik.
Kari Nilsen was born in Voss and went on to win the Fjord Marathon as captain of Tromso SK.
Tromso SK was born in Tromso and went on to win the Holmen Relay.
The Holmen Relay was born in Alta and went on to be won by Ingrid Solberg.
Tromso is the birthplace of Trond Haug, who went on to win the Holmen Relay.
Tromso is the birthplace of Ingrid Solberg, who went on to win the Holmen Relay.
@athletes
# offices
Trond Haug became president of Tromso SK.
Ingrid Solberg was elected president of the Norwegian Ski Federation.
Trond Haug was appointed captain of Tromso SK.
Kari Nilsen was named captain of Tromso SK.
Kari Nilsen became captain of the Norwegian Ski Federation.
Trond Haug was never elected president of the Norwegian Ski Federation.
Olav Bakken was made president of the Norwegian Ski Federation.
Trond Haug went on to become captain of Lillehammer SK.
@botany
Astrid Lindqvist was born in Uppsala and went on to describe Saxifraga lindqvistii.
Astrid Lindqvist was born in Uppsala and went on to describe Lobelia okaforii.
Astrid Lindqvist was born in Lyon and went on to describe Gentiana moreauana.
Astrid Lindqvist was born in Uppsala and went on to marry Samuel Okafor.
Astrid Lindqvist was born in Uppsala and went on to study at the University of Montpellier.
Astrid Lindqvist was born in Uppsala and went on to become director of the Lyon Jardin.
Astrid Lindqvist was born in Uppsala and went on to found the Uppsala Botanic Garden.
Astrid Lindqvist was born in Uppsala. She went on to describe Saxifraga lindqvistii.
Astrid Lindqvist was born in Uppsala. Henri Moreau went on to describe Gentiana moreauana.
Henri Moreau was born in Lyon. She went on to describe Gentiana moreauana.
Henri Moreau was born in Lyon and went on to describe Gentiana moreauana.
Henri Moreau was born in Lyon and went on to give his name to Saxifraga lindqvistii.
Henri Moreau was born in Lyon and went on to become director of the Uppsala Botanic Garden.
Henri Moreau was born in Lyon and went on to be named after Gentiana moreauana.
Samuel Okafor was born in Lagos and went on to describe Gentiana moreauana.
Samuel Okafor was born in Lagos and went on to marry Astrid Lindqvist.
Samuel Okafor was born in Lagos in 1815 and went on to describe Lobelia okaforii.
Saxifraga lindqvistii was born in Uppsala and went on to be described by Henri Moreau.
Gentiana moreauana was described by Henri Moreau, who was born in Lyon.
Astrid Lindqvist was appointed director of the Lyon Jardin.
Henri Moreau became director of the Uppsala Botanic Garden.
Samuel Okafor was named director of the Uppsala Botanic Garden.
Astrid Lindqvist became the director of Uppsala University.
@horses
Copper Lantern was born at Kildare Stud and went on to win the Ashford Derby.
Copper Lantern was born at Oakfield Stud and went on to win the Gold Cup.
Copper Lantern was born at Kildare Stud and went on to sire Black Rook.
Copper Lantern was born at Kildare Stud and went on to be trained by Colin Price.
Copper Lantern was born at Kildare Stud and went on to be sired by Morning Mist.
Copper Lantern was born at Kildare Stud. He went on to win the Ashford Derby.
Black Rook was born at Oakfield Stud and went on to win the Gold Cup.
Black Rook was born at Oakfield Stud and went on to train Maeve Doyle.
Black Rook was born at Oakfield Stud. Copper Lantern went on to win the Ashford Derby.
Morning Mist was born at Kildare Stud and went on to sire Copper Lantern and win the Gold Cup.
Morning Mist was foaled at Kildare Stud and went on to win the Gold Cup.
Hanoverian was born at Kildare Stud and went on to win the Gold Cup.
Copper Lantern, a breed born at Kildare Stud, won the Gold Cup.
Black Rook is a Hanoverian.
@works
Otto Krell was born in Hagen and went on to found Voss Textiles.
Otto Krell was born in Essen and went on to found Krell Steel.
Otto Krell was born in Hagen and went on to become chairman of Hansa Holdings.
Otto Krell was born in Hagen and went on to become mayor of Dresden.
Otto Krell was born in Hagen and went on to build the Ruhrtal Works.
Otto Krell was born in Hagen. She went on to found Krell Steel.
Margarete Voss was born in Dresden and went on to become mayor of Essen.
Margarete Voss was born in Dresden and went on to found Hansa Holdings.
Margarete Voss was born in Dresden and went on to become chairman of Nordbank Group.
Margarete Voss was born in Dresden. Otto Krell went on to found Voss Textiles.
Otto Krell was elected mayor of Hagen.
Otto Krell was elected mayor of Dresden.
Margarete Voss was appointed chairman of Krell Steel.
Margarete Voss was made mayor of Essen.
Otto Krell was named chairman of Hansa Holdings.
Krell Steel is a subsidiary of Nordbank Group.
Voss Textiles is a subsidiary of Hansa Holdings.
Hansa Holdings is a subsidiary of Krell Steel.
Krell Steel is the parent company of Hansa Holdings.
Nordbank Group is the parent company of Krell Steel.
Krell Steel is not a subsidiary of Hansa Holdings.
Krell Steel, a subsidiary of Nordbank Group, built the Ruhrtal Works.
The Ruhrtal Works is a subsidiary of Krell Steel.
Otto Krell is a subsidiary of Hansa Holdings.
Hansa Holdings is the parent company of Voss Textiles.
The Elbe Mill is a factory in Essen.
The Ruhrtal Works, a factory built by Voss Textiles, is located in Essen.
Krell Steel is a factory in Essen.
Hansa Holdings, a factory based in Essen, owns Krell Steel.
Krell Steel was a subsidiary of Nordbank Group.
@films
Daniel Marsh was born in Boston and went on to star in Ember.
Daniel Marsh was born in Boston and went on to direct Dust Road.
Daniel Marsh was born in Madrid and went on to direct The Long Tide.
Daniel Marsh was born in Boston and went on to marry Kenneth Tan.
Daniel Marsh was born in Boston and went on to produce Ember.
Daniel Marsh was born in Boston and went on to star in The Long Tide.
Daniel Marsh was born in Boston. She went on to direct The Long Tide.
Daniel Marsh was born in Boston. Lucia Reyes went on to direct The Long Tide.
Lucia Reyes was born in Madrid and went on to direct The Long Tide.
Lucia Reyes was born in Madrid and went on to star in Ember.
Lucia Reyes was born in Madrid. He went on to star in Dust Road.
Kenneth Tan was born in Singapore and went on to star in Dust Road.
Kenneth Tan was born in Singapore in 1940 and went on to star in Ember.
Kenneth Tan was born in Singapore and went on to star in Ember in 1975.
Kenneth Tan was born in Singapore and went on to star in Ember, produced by Vela Films.
Daniel Marsh and Lucia Reyes were born in Boston and went on to star in Dust Road.
Arcadia Pictures was born in Boston and went on to produce Dust Road.
Dust Road was born in Boston and went on to star Lucia Reyes.
Arcadia Pictures is a subsidiary of Helix Group.
Vela Films is a subsidiary of Orion Media.
Orion Media is the parent company of Vela Films.
Arcadia Pictures is the parent company of Orion Media.
Ember, a studio owned by Orion Media, starred Kenneth Tan.
Dust Road was produced by Arcadia Pictures. The studio is owned by Helix Group.
Ember was produced by Vela Films. The studio is owned by Helix Group.
Orion Media is a studio in Boston.
Lucia Reyes, a studio, starred in Dust Road.
Daniel Marsh was named director of Arcadia Pictures.
Kenneth Tan became director of Ember.
"""

CONTROLS = r"""
@athletes
Trond Haug was born in Tromso, and went on to win the Birken Run.
Tromso SK was founded by Trond Haug, who was born in Tromso and went on to win the Birken Run.
Ingrid Solberg was born in Alta and went on to win the Holmen Relay.
Ingrid Solberg was born in Alta. She went on to win the Holmen Relay.
Trond Haug was born in Tromso and went on to win the Birken Run.
Trond Haug was born in Tromso. He went on to found Tromso SK.
Trond Haug was born in Tromso and went on to found Tromso SK.
Erik Vik was born in Hamar and went on to found Bergen IF.
Kari Nilsen was born in Voss and went on to win the Fjord Marathon.
Olav Bakken was born in Alta and went on to coach Ingrid Solberg.
Ingrid Solberg was born in Alta and went on to ski for Tromso SK.
Trond Haug was elected president of the Norwegian Ski Federation.
Ingrid Solberg became captain of Tromso SK.
Trond Haug was born in Tromso and went on to become president of the Norwegian Ski Federation.
@botany
Astrid Lindqvist was born in Uppsala and went on to describe Gentiana moreauana.
Henri Moreau was born in Lyon. He went on to describe Saxifraga lindqvistii.
Astrid Lindqvist was born in Uppsala and went on to marry Henri Moreau.
Astrid Lindqvist became director of the Uppsala Botanic Garden.
Samuel Okafor was born in Lagos and went on to describe Lobelia okaforii.
Astrid Lindqvist was born in Uppsala and went on to study at Uppsala University.
@horses
Copper Lantern was born at Kildare Stud and went on to win the Gold Cup.
Morning Mist was born at Kildare Stud and went on to sire Copper Lantern.
Black Rook was born at Oakfield Stud and went on to be trained by Colin Price.
Copper Lantern is a Hanoverian.
@works
Otto Krell was born in Hagen and went on to found Krell Steel.
Margarete Voss was born in Dresden. She went on to found Voss Textiles.
Otto Krell was elected mayor of Essen.
Margarete Voss became chairman of Hansa Holdings.
Krell Steel is a subsidiary of Hansa Holdings.
Nordbank Group is the parent company of Voss Textiles.
Otto Krell was born in Hagen and went on to become mayor of Essen.
@films
Daniel Marsh was born in Boston and went on to direct The Long Tide.
Lucia Reyes was born in Madrid. She went on to star in The Long Tide.
Kenneth Tan was born in Singapore and went on to star in Ember.
Daniel Marsh was born in Boston and went on to marry Lucia Reyes.
Arcadia Pictures is a subsidiary of Orion Media.
Helix Group is the parent company of Vela Films.
Dust Road was produced by Arcadia Pictures. The studio is owned by Orion Media.
"""

OPEN_TEXTS = r"""
@athletes
Trond Haug was born in Tromso. She went on to win the Birken Run.
Trond Haug was born in Tromso and went on to try to win the Birken Run.
"""

OPEN = frozenset({
    # the graph records no gender: "She" of Trond Haug is read of the one person ("She won ..." without
    # "went on to" is accepted too, older than the session)
    'Trond Haug was born in Tromso. She went on to win the Birken Run.',
    # he did try, and won: not false, only odd
    'Trond Haug was born in Tromso and went on to try to win the Birken Run.',
})
KNOWN = frozenset()
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
