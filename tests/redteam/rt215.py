"""Red team round 215: the closing soak of the session (WHOLE_SESSION.diff), all its readings together.

Attacked, chained in one to three sentences with "it", "he", "the latter / the former", "both",
lists, appositions, relative clauses, negation, numbers and user claims: relations said the same both
ways (siblings, rivals, collaborators stored one way; lists, counts, "X's Ns, A and B,"); "the breed /
cultivar / variety"; "honours", "lent / gave his name to"; "has the X as its N"; "the works / the
manufactory"; "competed for / represented" (a skier born in one country who raced for another);
"is used in"; "a specialist (in)", "focused / concentrated on", "a downhill specialist"; a maker's
"made / manufactured / a maker of", "a bone china manufactory"; "employed at / on the staff of"
(next to "studied at"); "the 1988 and 1994 Winter Olympics"; "the 1998 version of Psycho"; lower-case
conifers and orchids in genera; jazz / supper / comedy / blues clubs, a nightclub, restaurants and
shops "opened" by their founders (and not "built"), cotton mills; choirs "directed / conducted" by
their directors (an organist and a founder beside them), "sings in", "formed", "the chorus / the
ensemble", under a second "was founded by" of the same phrase as the venues'; "operates / is run as
a"; "is in" (installed); "gave the world premiere(s) of"; "donated / presented / gave"; "focuses on",
"a neoclassical ballet company"; "needs"; "occurs in"; "is listed as"; "has / displays / with work
by"; "the tune / song / composition / piece"; "the agency"; the verb after ", who ...," / ", Y's N,"
/ ", N of Y,".

Graphs (see each builder's docstring): "skiers" (alpine skiers, Winter Olympics, countries competed
for and born in, specialities, coaches, siblings and rivals), "horses" (horse breeds, rose cultivars,
apple varieties; uses, namesakes that are people, regions and villages, breeders and raisers,
requirements; two roses named exactly as the people they honour), "botany" (conifers and orchids in
genera, IUCN statuses, botanists' workplaces and schools, students and collaborators; a carillon,
windows, an organ, sculpture parks), "potteries" (manufactories, potteries, a factory, a company,
cotton mills), "venues" (clubs, restaurants, shops; choirs), "arts" (ballet companies and a school,
photo agencies, jazz standards and a song, two Psychos and two Scarfaces).

Findings: 30 of 1003 false texts accepted; 8 of them new with the session (the code with
WHOLE_SESSION.diff reversed rejects them), 22 accepted before the session too. Controls: 111 of 116
accepted. OPEN: 32 texts (10 accepted, see the comments).
New with the session:
* "gave the world premiere(s) of" (and "stages the world premiere of") is read in the present too,
  of a premiere given once, decades ago (6): "New York City Ballet gives the world premiere of Agon",
  "The Royal Ballet gives the world premieres of Ondine and Enigma Variations", "New York City Ballet
  stages the world premiere of Jewels", "Nederlands Dans Theater gives the world premiere of
  Sinfonietta", "New York City Ballet, which gives the world premiere of Agon, focuses on
  neoclassical ballet", "You loved New York City Ballet, which gives the world premiere of Jewels"
  (the base's own "gives the first performance of", "premieres", "is first performed by", "gives
  the premiere of" pass as well, see below; the new "donated / presented / gave" of a gift keep the
  past: "donates", "presents", "gives" are rejected).
* "lent its name to" of a rose named exactly as the woman or man it is named after: either name reads
  both, so the direction goes unchecked (2): "The Gertrude Jekyll lent its name to Gertrude Jekyll",
  "The Graham Thomas lent its name to Graham Thomas" (as "gave its name to", "honours", "is the
  namesake of", "was named after" before the session, below).
Accepted before the session too (22):
* the present of a past phrase of a retired skier (12): "competed for" read "competes for" and
  "represents" ("Alberto Tomba represents Italy", "Marc Girardelli represents Luxembourg", "Hanni
  Wenzel represents Liechtenstein", "Alberto Tomba now competes for Italy", "Hanni Wenzel now
  competes for Liechtenstein", "Franz Klammer now represents Austria", "You loved Alberto Tomba, who
  represents Italy"), "specialized in" read "specializes in" ("Franz Klammer specializes in
  downhill", "Vreni Schneider specializes in slalom", "Lindsey Vonn specializes in downhill",
  "Ingemar Stenmark specializes in giant slalom", "You loved Franz Klammer, who specializes in
  downhill"), where the session's own "is a specialist in", "is a downhill specialist", "focuses on"
  of the same skiers are rejected as a present the graph does not state (red team 213).
* the present of the base's premiere cues (4): "New York City Ballet premieres Agon", "New York City
  Ballet gives the first performance of Agon", "Agon is first performed by New York City Ballet",
  "The Royal Ballet gives the premiere of Ondine".
* the direction of "is named after" between a rose and its namesake of the same name (6): "Gertrude
  Jekyll honours the Gertrude Jekyll", "The Gertrude Jekyll gave its name to Gertrude Jekyll",
  "Gertrude Jekyll was named after the Gertrude Jekyll", "The Gertrude Jekyll is the namesake of
  Gertrude Jekyll", "The Graham Thomas is the namesake of Graham Thomas", "Graham Thomas honours
  the Graham Thomas".
Controls rejected (5): "Andreas Wenzel represented Liechtenstein, where he was born" (", where he
was born" unread); "Alberto Tomba was a specialist in two disciplines" (a count after "specialist
in"); "Franz Klammer, who was a downhill specialist, competed for Austria" and "You loved Alberto
Tomba, a slalom specialist, who competed for Italy" (a speciality in a relative clause, or an
apposition followed by one, is "not_in_graph: specialist"); "Alberto Tomba and Vreni Schneider were
slalom specialists" (the plural "specialists").
OPEN, accepted: "honours" read off an "is named after" whose range mixes people and places, of a
place ("The Cleveland Bay honours Cleveland", "The Percheron honours Perche", "The Lipizzaner
honours Lipica", "The Braeburn honours Braeburn", "The Wollemi pine honours the Wollemi National
Park"; before the session too); tense shifts of present phrases ("Spode produces bone china", "New
York City Ballet specialized in neoclassical ballet", "The Gertrude Jekyll needed full sun", "The
Lipizzaner was used in dressage", "Alberto Tomba is a rival of Marc Girardelli").
Held: "represented" a birth country; wrong, missing and present-tense specialities, "a specialist"
with none stored, specialities in appositions, relative clauses, user claims, "the latter / the
former", lists and "both"; siblings and rivals in counts, lists, "X's Ns, A and B," leaving one out,
the closed parenthetical (", who was a rival of Y,", ", Y's sibling,", ", sibling of Y,", ", whose
sibling Y ...,") with Y's verb; years listed before "Winter Olympics" with a wrong year, a year of no
Games, a Summer name, "both"; "the N version of Psycho" with the other year, a year of no version, a
single film, "it", relative clauses, "original / later / first version", "the remake"; "the breed /
cultivar / variety" of the wrong item or the wrong kind; "honours / lent / gave his name" to a
breeder, promoter, describer or collector; "is used in" a place or another pursuit; "needs", "occurs
in", "is listed as" of the wrong value, direction, negation, past; lower-case taxa in every
relation; "employed at / on the staff of" a school only studied at, another workplace, a country, the
present; "opened" by owners, chefs, musicians, a choir's founder, with wrong years and places;
clubs, shops, restaurants "built / constructed / erected / completed"; mills with wrong years,
builders and "opened"; "conducted / directed" by an organist, a founder, another choir's director,
the present; "sings in" the recording hall or another choir's church; "formed" by a leader or with
a wrong year; "the works / the manufactory" of another maker's ware; "made / manufactured / a maker
of" and "a K manufactory / pottery / factory / mill" of another ware; "has the X as its N" with
another relation's noun or direction; "is in", "donated / presented / gave", "has / displays / with
work by" of the wrong building, donor (a maker), artist, with "to Y", years and tenses; "operates /
is run as a" and "focuses on" of the other form or style, of the wrong kind; "the agency", "the
tune / song / composition / piece" after the other item.
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


def skiers():
    """Alpine skiers (items typed "alpine_skier", dated by birth) and Winter Olympics (items typed
    "olympics", dated by their year). Skiers "competed for" countries and "were born in" others
    (Marc Girardelli born in Austria, competed for Luxembourg; Hanni Wenzel born in Germany,
    competed for Liechtenstein), "specialized in" disciplines (attributes typed
    "discipline"; Pirmin Zurbriggen, Marc Girardelli and Phil Mahre none), "competed at" and "won
    gold at" Olympics, "were coached by" coaches (people), "are siblings of" and "were rivals of"
    one another (said the same both ways, stored one way: Andreas to Hanni Wenzel, Steve to Phil
    Mahre; Tomba to Girardelli, Zurbriggen to Girardelli, Stenmark to Mahre (Phil), Vonn to
    Mancuso). Olympics "were held in" cities. Ana rated skiers."""
    rels = [
        R("competed", phrase="competed for", inverse_phrase="was represented by", domain=("alpine_skier",), range=("country",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("alpine_skier",), range=("country",)),
        R("special", phrase="specialized in", inverse_phrase="was the speciality of", domain=("alpine_skier",),
          range=("discipline",)),
        R("at", phrase="competed at", inverse_phrase="was contested by", domain=("alpine_skier",), range=("olympics",)),
        R("gold", phrase="won gold at", inverse_phrase="saw gold for", domain=("alpine_skier",), range=("olympics",)),
        R("coached", phrase="was coached by", inverse_phrase="coached", domain=("alpine_skier",), range=("coach",)),
        R("sibling", phrase="is a sibling of", inverse_phrase="is a sibling of", domain=("alpine_skier",),
          range=("alpine_skier",)),
        R("rival", phrase="was a rival of", inverse_phrase="was a rival of", domain=("alpine_skier",), range=("alpine_skier",)),
        R("held", phrase="was held in", inverse_phrase="hosted", domain=("olympics",), range=("city",)),
        R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), cues=("loved", "liked", "enjoyed", "rated")),
    ]
    items = {"s:tomba": ("alpine_skier", "Alberto Tomba", 1966), "s:girardelli": ("alpine_skier", "Marc Girardelli", 1963),
             "s:zurbriggen": ("alpine_skier", "Pirmin Zurbriggen", 1963), "s:klammer": ("alpine_skier", "Franz Klammer", 1953),
             "s:maier": ("alpine_skier", "Hermann Maier", 1972), "s:schneider": ("alpine_skier", "Vreni Schneider", 1964),
             "s:hanni": ("alpine_skier", "Hanni Wenzel", 1956), "s:andreas": ("alpine_skier", "Andreas Wenzel", 1958),
             "s:phil": ("alpine_skier", "Phil Mahre", 1957), "s:steve": ("alpine_skier", "Steve Mahre", 1957),
             "s:stenmark": ("alpine_skier", "Ingemar Stenmark", 1956), "s:vonn": ("alpine_skier", "Lindsey Vonn", 1984),
             "s:mancuso": ("alpine_skier", "Julia Mancuso", 1984),
             "o:1976": ("olympics", "the 1976 Winter Olympics", 1976), "o:1980": ("olympics", "the 1980 Winter Olympics", 1980),
             "o:1984": ("olympics", "the 1984 Winter Olympics", 1984), "o:1988": ("olympics", "the 1988 Winter Olympics", 1988),
             "o:1992": ("olympics", "the 1992 Winter Olympics", 1992), "o:1994": ("olympics", "the 1994 Winter Olympics", 1994),
             "o:1998": ("olympics", "the 1998 Winter Olympics", 1998), "o:2010": ("olympics", "the 2010 Winter Olympics", 2010),
             "o:1992s": ("olympics", "the 1992 Summer Olympics", 1992)}
    others = {"c:italy": ("country", "Italy"), "c:luxembourg": ("country", "Luxembourg"), "c:austria": ("country", "Austria"),
              "c:switzerland": ("country", "Switzerland"), "c:liechtenstein": ("country", "Liechtenstein"),
              "c:germany": ("country", "Germany"), "c:us": ("country", "the United States"), "c:sweden": ("country", "Sweden"),
              "d:downhill": ("discipline", "downhill"), "d:slalom": ("discipline", "slalom"),
              "d:giant": ("discipline", "giant slalom"), "d:superg": ("discipline", "super-G"),
              "d:combined": ("discipline", "combined"),
              "k:gros": ("coach", "Piero Gros"), "k:helmut": ("coach", "Helmut Girardelli"), "k:kahr": ("coach", "Charly Kahr"),
              "k:bertram": ("coach", "Hermann Gamon"), "k:kildow": ("coach", "Alan Kildow"),
              "t:innsbruck": ("city", "Innsbruck"), "t:lakeplacid": ("city", "Lake Placid"), "t:sarajevo": ("city", "Sarajevo"),
              "t:calgary": ("city", "Calgary"), "t:albertville": ("city", "Albertville"), "t:lillehammer": ("city", "Lillehammer"),
              "t:nagano": ("city", "Nagano"), "t:vancouver": ("city", "Vancouver"), "t:barcelona": ("city", "Barcelona")}
    T = _t("competed", [("s:tomba", "c:italy"), ("s:girardelli", "c:luxembourg"), ("s:zurbriggen", "c:switzerland"),
                        ("s:klammer", "c:austria"), ("s:maier", "c:austria"), ("s:schneider", "c:switzerland"),
                        ("s:hanni", "c:liechtenstein"), ("s:andreas", "c:liechtenstein"), ("s:phil", "c:us"),
                        ("s:steve", "c:us"), ("s:stenmark", "c:sweden"), ("s:vonn", "c:us"), ("s:mancuso", "c:us")])
    T += _t("born", [("s:tomba", "c:italy"), ("s:girardelli", "c:austria"), ("s:zurbriggen", "c:switzerland"),
                     ("s:klammer", "c:austria"), ("s:maier", "c:austria"), ("s:schneider", "c:switzerland"),
                     ("s:hanni", "c:germany"), ("s:andreas", "c:liechtenstein"), ("s:phil", "c:us"), ("s:steve", "c:us"),
                     ("s:stenmark", "c:sweden"), ("s:vonn", "c:us"), ("s:mancuso", "c:us")])
    T += _t("special", [("s:tomba", "d:slalom"), ("s:tomba", "d:giant"), ("s:klammer", "d:downhill"), ("s:maier", "d:superg"),
                        ("s:maier", "d:downhill"), ("s:schneider", "d:slalom"), ("s:hanni", "d:combined"),
                        ("s:stenmark", "d:slalom"), ("s:stenmark", "d:giant"), ("s:vonn", "d:downhill"),
                        ("s:mancuso", "d:giant"), ("s:andreas", "d:combined"), ("s:steve", "d:slalom")])
    T += _t("at", [("s:tomba", "o:1988"), ("s:tomba", "o:1992"), ("s:tomba", "o:1994"), ("s:girardelli", "o:1988"),
                   ("s:girardelli", "o:1992"), ("s:zurbriggen", "o:1988"), ("s:klammer", "o:1976"), ("s:klammer", "o:1984"),
                   ("s:maier", "o:1998"), ("s:schneider", "o:1988"), ("s:schneider", "o:1994"), ("s:hanni", "o:1976"),
                   ("s:hanni", "o:1980"), ("s:andreas", "o:1980"), ("s:andreas", "o:1984"), ("s:phil", "o:1980"),
                   ("s:phil", "o:1984"), ("s:steve", "o:1984"), ("s:stenmark", "o:1976"), ("s:stenmark", "o:1980"),
                   ("s:vonn", "o:2010"), ("s:mancuso", "o:2010")])
    T += _t("gold", [("s:tomba", "o:1988"), ("s:tomba", "o:1992"), ("s:zurbriggen", "o:1988"), ("s:klammer", "o:1976"),
                     ("s:maier", "o:1998"), ("s:schneider", "o:1988"), ("s:schneider", "o:1994"), ("s:hanni", "o:1980"),
                     ("s:phil", "o:1984"), ("s:stenmark", "o:1980"), ("s:vonn", "o:2010")])
    T += _t("coached", [("s:tomba", "k:gros"), ("s:girardelli", "k:helmut"), ("s:klammer", "k:kahr"), ("s:maier", "k:bertram"),
                        ("s:vonn", "k:kildow")])
    T += _t("sibling", [("s:andreas", "s:hanni"), ("s:steve", "s:phil")])
    T += _t("rival", [("s:tomba", "s:girardelli"), ("s:zurbriggen", "s:girardelli"), ("s:stenmark", "s:phil"),
                      ("s:vonn", "s:mancuso")])
    T += _t("held", [("o:1976", "t:innsbruck"), ("o:1980", "t:lakeplacid"), ("o:1984", "t:sarajevo"), ("o:1988", "t:calgary"),
                     ("o:1992", "t:albertville"), ("o:1994", "t:lillehammer"), ("o:1998", "t:nagano"), ("o:2010", "t:vancouver"),
                     ("o:1992s", "t:barcelona")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("s:tomba", 5.0), ("s:klammer", 4.5), ("s:girardelli", 2.0))]
    return _build(items, others, rels, T)


def horses():
    """Horse breeds (items typed "horse_breed"), rose cultivars ("rose_cultivar") and apple varieties
    ("apple_variety"), dated by their first record. Breeds "originated in" places, "are used for"
    pursuits (attributes typed "discipline" or "activity"), "were developed from" other breeds;
    all three kinds "are named after" people or places (one relation: the Cleveland Bay after
    Cleveland, a region; the Lipizzaner after Lipica, a village; the Gertrude Jekyll rose after
    Gertrude Jekyll); cultivars and varieties "were bred by" or "were raised by" people (others than
    their namesakes: Graham Thomas bred by David Austin, Bramley raised by Mary Ann Brailsford),
    "require" conditions (attributes typed "condition"); breeds "were promoted by" people."""
    rels = [
        R("origin", phrase="originated in", inverse_phrase="is the home of", range=("country", "region", "village")),
        R("used", phrase="is used for", inverse_phrase="is a use of", domain=("horse_breed",), range=("discipline", "activity")),
        R("from", phrase="was developed from", inverse_phrase="was developed into", domain=("horse_breed",),
          range=("horse_breed",)),
        R("named", phrase="is named after", inverse_phrase="is the namesake of", range=("person", "region", "village")),
        R("bred", phrase="was bred by", inverse_phrase="bred", domain=("rose_cultivar", "apple_variety"), range=("person",)),
        R("raised", phrase="was raised by", inverse_phrase="raised", domain=("apple_variety",), range=("person",)),
        R("requires", phrase="requires", inverse_phrase="is required by", domain=("rose_cultivar", "apple_variety"),
          range=("condition",)),
        R("promoted", phrase="was promoted by", inverse_phrase="promoted", domain=("horse_breed",), range=("person",)),
        R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), cues=("loved", "liked", "enjoyed", "rated")),
    ]
    items = {"h:cleveland": ("horse_breed", "the Cleveland Bay", 1700), "h:lipizzaner": ("horse_breed", "the Lipizzaner", 1580),
             "h:trakehner": ("horse_breed", "the Trakehner", 1732), "h:morgan": ("horse_breed", "the Morgan", 1789),
             "h:percheron": ("horse_breed", "the Percheron", 1823), "h:hackney": ("horse_breed", "the Hackney", 1760),
             "h:orlov": ("horse_breed", "the Orlov Trotter", 1784),
             "r:jekyll": ("rose_cultivar", "the Gertrude Jekyll", 1986), "r:thomas": ("rose_cultivar", "the Graham Thomas", 1983),
             "r:peace": ("rose_cultivar", "the Peace rose", 1945), "r:albertine": ("rose_cultivar", "the Albertine", 1921),
             "a:bramley": ("apple_variety", "the Bramley", 1809), "a:cox": ("apple_variety", "the Cox's Orange Pippin", 1830),
             "a:granny": ("apple_variety", "the Granny Smith", 1868), "a:braeburn": ("apple_variety", "the Braeburn", 1952)}
    others = {"g:cleveland": ("region", "Cleveland"), "g:lipica": ("village", "Lipica"), "g:trakehnen": ("village", "Trakehnen"),
              "g:perche": ("region", "Perche"), "g:braeburn": ("region", "Braeburn"),
              "n:england": ("country", "England"), "n:slovenia": ("country", "Slovenia"), "n:prussia": ("country", "Prussia"),
              "n:us": ("country", "the United States"), "n:france": ("country", "France"), "n:russia": ("country", "Russia"),
              "n:australia": ("country", "Australia"), "n:newzealand": ("country", "New Zealand"),
              "u:dressage": ("discipline", "dressage"), "u:jumping": ("discipline", "show jumping"),
              "u:driving": ("discipline", "carriage driving"), "u:eventing": ("discipline", "eventing"),
              "u:ploughing": ("activity", "ploughing"), "u:harness": ("discipline", "harness racing"),
              "p:morgan": ("person", "Justin Morgan"), "p:jekyll": ("person", "Gertrude Jekyll"),
              "p:gthomas": ("person", "Graham Thomas"), "p:austin": ("person", "David Austin"),
              "p:meilland": ("person", "Francis Meilland"), "p:barbier": ("person", "Rene Barbier"),
              "p:bramley": ("person", "Matthew Bramley"), "p:brailsford": ("person", "Mary Ann Brailsford"),
              "p:cox": ("person", "Richard Cox"), "p:smith": ("person", "Maria Ann Smith"),
              "p:orlov": ("person", "Alexei Orlov"), "p:moran": ("person", "O. Moran"),
              "p:maximilian": ("person", "Maximilian II"), "p:frederick": ("person", "Frederick William I"),
              "k:sun": ("condition", "full sun"), "k:clay": ("condition", "clay soil"), "k:frost": ("condition", "frost"),
              "k:drainage": ("condition", "good drainage"), "k:pollinator": ("condition", "a pollinator")}
    T = _t("origin", [("h:cleveland", "g:cleveland"), ("h:lipizzaner", "n:slovenia"), ("h:trakehner", "n:prussia"),
                      ("h:morgan", "n:us"), ("h:percheron", "n:france"), ("h:hackney", "n:england"), ("h:orlov", "n:russia"),
                      ("r:jekyll", "n:england"), ("r:thomas", "n:england"), ("r:peace", "n:france"), ("r:albertine", "n:france"),
                      ("a:bramley", "n:england"), ("a:cox", "n:england"), ("a:granny", "n:australia"),
                      ("a:braeburn", "n:newzealand")])
    T += _t("used", [("h:cleveland", "u:driving"), ("h:lipizzaner", "u:dressage"), ("h:trakehner", "u:dressage"),
                     ("h:trakehner", "u:eventing"), ("h:morgan", "u:driving"), ("h:percheron", "u:ploughing"),
                     ("h:hackney", "u:driving"), ("h:orlov", "u:harness")])
    T += _t("from", [("h:trakehner", "h:cleveland"), ("h:morgan", "h:hackney"), ("h:orlov", "h:percheron")])
    T += _t("named", [("h:cleveland", "g:cleveland"), ("h:lipizzaner", "g:lipica"), ("h:trakehner", "g:trakehnen"),
                      ("h:morgan", "p:morgan"), ("h:percheron", "g:perche"), ("h:orlov", "p:orlov"),
                      ("r:jekyll", "p:jekyll"), ("r:thomas", "p:gthomas"), ("a:bramley", "p:bramley"), ("a:cox", "p:cox"),
                      ("a:granny", "p:smith"), ("a:braeburn", "g:braeburn")])
    T += _t("bred", [("r:jekyll", "p:austin"), ("r:thomas", "p:austin"), ("r:peace", "p:meilland"), ("r:albertine", "p:barbier"),
                     ("a:cox", "p:cox")])
    T += _t("raised", [("a:bramley", "p:brailsford"), ("a:granny", "p:smith"), ("a:braeburn", "p:moran")])
    T += _t("requires", [("r:jekyll", "k:sun"), ("r:thomas", "k:sun"), ("r:peace", "k:drainage"), ("a:bramley", "k:pollinator"),
                         ("a:cox", "k:pollinator"), ("a:granny", "k:sun"), ("r:albertine", "k:clay")])
    T += _t("promoted", [("h:lipizzaner", "p:maximilian"), ("h:trakehner", "p:frederick")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("h:lipizzaner", 5.0), ("r:jekyll", 4.5), ("a:bramley", 2.0))]
    return _build(items, others, rels, T)


def botany():
    """Conifers and orchids named by common, lower-case names (items typed "conifer" and "orchid",
    dated by their description), each in a genus (attributes typed "genus", "belongs to") and
    "found in" countries; "is listed by the IUCN as" statuses; "was described by" botanists; "is
    named after" people or a park (the Douglas fir after David Douglas; the Wollemi pine after the
    Wollemi National Park); "requires" conditions. Botanists (people) "worked at" workplaces (gardens,
    a herbarium, universities, a museum), "studied at" universities, "collected plants in" countries,
    "were students of" others (directed) and "collaborated with" others (said the same both ways).
    Also (kept apart from the makers, where their "was made by" would take "made" from the
    manufactories, and from the ballets, whose "gave the first performance of" takes "gave" from
    the donors): a carillon, windows and
    an organ that "are installed in" churches and buildings, "were gifts from" donors (not their
    makers) and "were made by" makers; sculpture parks that "show work by" artists, "were founded
    by" founders, "are located in" cities (so are the churches)."""
    rels = [
        R("genus", phrase="belongs to", inverse_phrase="is the genus of", domain=("conifer", "orchid"), range=("genus",)),
        R("found", phrase="is found in", inverse_phrase="is home to", domain=("conifer", "orchid"), range=("country",)),
        R("iucn", phrase="is listed by the IUCN as", inverse_phrase="is the IUCN status of", domain=("conifer", "orchid"),
          range=("status",)),
        R("described", phrase="was described by", inverse_phrase="described", domain=("conifer", "orchid"), range=("botanist",)),
        R("named", phrase="is named after", inverse_phrase="is the namesake of", range=("botanist", "protected_area")),
        R("requires", phrase="requires", inverse_phrase="is required by", domain=("conifer", "orchid"), range=("condition",)),
        R("worked", phrase="worked at", inverse_phrase="employed", domain=("botanist",),
          range=("garden", "herbarium", "university", "museum")),
        R("studied", phrase="studied at", inverse_phrase="was attended by", domain=("botanist",), range=("university",)),
        R("collected", phrase="collected plants in", inverse_phrase="was botanised by", domain=("botanist",),
          range=("country",)),
        R("student", phrase="was a student of", inverse_phrase="taught", domain=("botanist",), range=("botanist",)),
        R("collab", phrase="collaborated with", inverse_phrase="collaborated with", domain=("botanist",), range=("botanist",)),
        R("installed", phrase="is installed in", inverse_phrase="houses", domain=("carillon", "window", "organ"),
          range=("church", "building")),
        R("gift", phrase="was a gift from", inverse_phrase="was the donor of", domain=("carillon", "window", "organ"),
          range=("person", "country")),
        R("made", phrase="was made by", inverse_phrase="crafted", domain=("carillon", "window", "organ"), range=("person",)),
        R("shows", phrase="shows work by", inverse_phrase="has work in", domain=("sculpture_park",), range=("person",)),
        R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), cues=("loved", "liked", "enjoyed", "rated")),
        R("founded", phrase="was founded by", inverse_phrase="founded", domain=("sculpture_park", "garden"), range=("person",)),
        R("located", phrase="is located in", inverse_phrase="is home to", domain=("church", "building", "sculpture_park"),
          range=("city",)),
    ]
    items = {"x:puzzle": ("conifer", "the monkey puzzle", 1782), "x:dawn": ("conifer", "the dawn redwood", 1948),
             "x:wollemi": ("conifer", "the Wollemi pine", 1995), "x:coast": ("conifer", "the coast redwood", 1823),
             "x:douglas": ("conifer", "the Douglas fir", 1803), "x:yew": ("conifer", "the English yew", 1753),
             "x:ghost": ("orchid", "the ghost orchid", 1844), "x:slipper": ("orchid", "the lady's slipper", 1753),
             "x:bee": ("orchid", "the bee orchid", 1768),
             "i:carillon": ("carillon", "the Rockefeller Carillon", 1925), "i:window": ("window", "the Great East Window", 1408),
             "i:peace": ("window", "the Peace Window", 1964), "i:organ": ("organ", "the Wanamaker Organ", 1904),
             "k:ysp": ("sculpture_park", "the Yorkshire Sculpture Park", 1977),
             "k:stormking": ("sculpture_park", "Storm King Art Center", 1960)}
    others = {"g:araucaria": ("genus", "Araucaria"), "g:metasequoia": ("genus", "Metasequoia"), "g:wollemia": ("genus", "Wollemia"),
              "g:sequoia": ("genus", "Sequoia"), "g:pseudotsuga": ("genus", "Pseudotsuga"), "g:taxus": ("genus", "Taxus"),
              "g:dendrophylax": ("genus", "Dendrophylax"), "g:cypripedium": ("genus", "Cypripedium"),
              "g:ophrys": ("genus", "Ophrys"),
              "c:chile": ("country", "Chile"), "c:china": ("country", "China"), "c:australia": ("country", "Australia"),
              "c:us": ("country", "the United States"), "c:canada": ("country", "Canada"), "c:england": ("country", "England"),
              "c:cuba": ("country", "Cuba"), "c:france": ("country", "France"), "c:argentina": ("country", "Argentina"),
              "i:endangered": ("status", "Endangered"), "i:critical": ("status", "Critically Endangered"),
              "i:least": ("status", "Least Concern"), "i:vulnerable": ("status", "Vulnerable"),
              "b:pavon": ("botanist", "Jose Antonio Pavon"), "b:hu": ("botanist", "Hu Hsen-Hsu"),
              "b:cheng": ("botanist", "Cheng Wan-Chun"), "b:noble": ("botanist", "David Noble"),
              "b:jones": ("botanist", "Wyn Jones"), "b:endlicher": ("botanist", "Stephan Endlicher"),
              "b:douglas": ("botanist", "David Douglas"), "b:menzies": ("botanist", "Archibald Menzies"),
              "b:lindley": ("botanist", "John Lindley"), "b:linnaeus": ("botanist", "Carl Linnaeus"),
              "b:hudson": ("botanist", "William Hudson"), "b:hooker": ("botanist", "Joseph Hooker"),
              "b:lambert": ("botanist", "Aylmer Bourke Lambert"),
              "w:kew": ("garden", "Kew Gardens"), "w:sydney": ("garden", "the Royal Botanic Garden Sydney"),
              "w:arnold": ("garden", "the Arnold Arboretum"), "w:nhm": ("museum", "the Natural History Museum"),
              "w:vienna": ("university", "the University of Vienna"), "w:glasgow": ("university", "the University of Glasgow"),
              "w:uppsala": ("university", "Uppsala University"), "w:nanjing": ("university", "Nanjing University"),
              "w:edinburgh": ("university", "the University of Edinburgh"), "w:herb": ("herbarium", "the Sydney Herbarium"),
              "w:hort": ("garden", "the Horticultural Society Garden"),
              "k:wollemipark": ("protected_area", "the Wollemi National Park"),
              "k:shade": ("condition", "shade"), "k:humidity": ("condition", "high humidity"),
              "k:chalk": ("condition", "chalk soil"), "k:drainage": ("condition", "good drainage"),
              "k:fungus": ("condition", "a mycorrhizal fungus"),
              "p:rockefeller": ("person", "John D. Rockefeller Jr."), "p:thornton": ("person", "John Thornton"),
              "p:chagall": ("person", "Marc Chagall"), "p:wanamaker": ("person", "John Wanamaker"),
              "p:hope": ("person", "Robert Hope-Jones"), "p:dag": ("person", "Dag Hammarskjold"),
              "p:skirlaw": ("person", "Walter Skirlaw"), "p:murray": ("person", "Peter Murray"),
              "p:ogden": ("person", "Ralph Ogden"), "p:moore": ("person", "Henry Moore"),
              "p:hepworth": ("person", "Barbara Hepworth"), "p:calder": ("person", "Alexander Calder"),
              "p:serra": ("person", "Richard Serra"), "p:goldsworthy": ("person", "Andy Goldsworthy"),
              "n:netherlands": ("country", "the Netherlands"),
              "h:riverside": ("church", "Riverside Church"), "h:york": ("church", "York Minster"),
              "h:un": ("building", "the United Nations Headquarters"), "h:macys": ("building", "the Wanamaker Building"),
              "h:stpauls": ("church", "St Paul's Cathedral"),
              "t:newyork": ("city", "New York"), "t:york": ("city", "York"), "t:philadelphia": ("city", "Philadelphia"),
              "t:wakefield": ("city", "Wakefield"), "t:newwindsor": ("city", "New Windsor")}
    T = _t("genus", [("x:puzzle", "g:araucaria"), ("x:dawn", "g:metasequoia"), ("x:wollemi", "g:wollemia"), ("x:coast", "g:sequoia"),
                     ("x:douglas", "g:pseudotsuga"), ("x:yew", "g:taxus"), ("x:ghost", "g:dendrophylax"),
                     ("x:slipper", "g:cypripedium"), ("x:bee", "g:ophrys")])
    T += _t("found", [("x:puzzle", "c:chile"), ("x:puzzle", "c:argentina"), ("x:dawn", "c:china"), ("x:wollemi", "c:australia"),
                      ("x:coast", "c:us"), ("x:douglas", "c:us"), ("x:douglas", "c:canada"), ("x:yew", "c:england"),
                      ("x:yew", "c:france"), ("x:ghost", "c:us"), ("x:ghost", "c:cuba"), ("x:slipper", "c:england"),
                      ("x:bee", "c:england"), ("x:bee", "c:france")])
    T += _t("iucn", [("x:puzzle", "i:endangered"), ("x:dawn", "i:endangered"), ("x:wollemi", "i:critical"),
                     ("x:coast", "i:endangered"), ("x:douglas", "i:least"), ("x:yew", "i:least"), ("x:slipper", "i:least"),
                     ("x:bee", "i:least")])
    T += _t("described", [("x:puzzle", "b:pavon"), ("x:dawn", "b:hu"), ("x:dawn", "b:cheng"), ("x:wollemi", "b:jones"),
                          ("x:coast", "b:endlicher"), ("x:douglas", "b:lambert"), ("x:yew", "b:linnaeus"),
                          ("x:ghost", "b:lindley"), ("x:slipper", "b:linnaeus"), ("x:bee", "b:hudson")])
    T += _t("named", [("x:douglas", "b:douglas"), ("x:wollemi", "k:wollemipark")])
    T += _t("requires", [("x:puzzle", "k:drainage"), ("x:dawn", "k:humidity"), ("x:ghost", "k:fungus"), ("x:ghost", "k:humidity"),
                         ("x:yew", "k:shade"), ("x:bee", "k:chalk"), ("x:slipper", "k:fungus")])
    T += _t("worked", [("b:hooker", "w:kew"), ("b:lindley", "w:hort"), ("b:jones", "w:sydney"), ("b:noble", "w:herb"),
                       ("b:hu", "w:nanjing"), ("b:endlicher", "w:vienna"), ("b:lambert", "w:nhm"), ("b:linnaeus", "w:uppsala"),
                       ("b:douglas", "w:hort")])
    T += _t("studied", [("b:hooker", "w:glasgow"), ("b:douglas", "w:glasgow"), ("b:endlicher", "w:vienna"),
                        ("b:linnaeus", "w:uppsala"), ("b:menzies", "w:edinburgh"), ("b:hu", "w:nanjing")])
    T += _t("collected", [("b:douglas", "c:us"), ("b:douglas", "c:canada"), ("b:menzies", "c:chile"), ("b:hooker", "c:china")])
    T += _t("student", [("b:douglas", "b:hooker"), ("b:cheng", "b:hu")])
    T += _t("collab", [("b:hu", "b:cheng"), ("b:jones", "b:noble"), ("b:lindley", "b:hooker")])
    T += _t("founded", [("k:ysp", "p:murray"), ("k:stormking", "p:ogden")])
    T += _t("installed", [("i:carillon", "h:riverside"), ("i:window", "h:york"), ("i:peace", "h:un"), ("i:organ", "h:macys")])
    T += _t("gift", [("i:carillon", "p:rockefeller"), ("i:window", "p:skirlaw"), ("i:peace", "p:chagall")])
    T += _t("made", [("i:window", "p:thornton"), ("i:peace", "p:chagall"), ("i:organ", "p:hope")])
    T += _t("located", [("h:riverside", "t:newyork"), ("h:york", "t:york"), ("h:un", "t:newyork"), ("h:macys", "t:philadelphia"),
                        ("k:ysp", "t:wakefield"), ("k:stormking", "t:newwindsor")])
    T += _t("shows", [("k:ysp", "p:moore"), ("k:ysp", "p:hepworth"), ("k:ysp", "p:goldsworthy"), ("k:stormking", "p:calder"),
                      ("k:stormking", "p:serra"), ("k:stormking", "p:goldsworthy")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("k:ysp", 4.5), ("x:puzzle", 4.5), ("i:window", 5.0),
                                                               ("x:yew", 2.0))]
    return _build(items, others, rels, T)


def potteries():
    """Makers (items, dated by founding): manufactories (Spode 1770, Minton 1793, Royal Crown Derby
    1750, Meissen 1710, Sevres 1740), potteries (Wedgwood 1759, Moorcroft 1897), a factory (the
    Bow porcelain factory 1747), a company (the Portmeirion Group 1960) and cotton mills (Cromford
    Mill 1771, Quarry Bank Mill 1784, Masson Mill 1783). Makers "produced" wares (attributes typed
    "ware"), "were founded by" founders, "were financed by" others, "are owned by" companies, "are
    located in" towns; mills "spun" yarns and "were built by" builders; people "worked at" makers
    and "were apprenticed at" others."""
    makers = ("manufactory", "pottery", "factory")
    rels = [
        R("produced", phrase="produced", inverse_phrase="was produced by", domain=makers, range=("ware",)),
        R("founded", phrase="was founded by", inverse_phrase="founded", range=("person",)),
        R("financed", phrase="was financed by", inverse_phrase="financed", range=("person",)),
        R("owned", phrase="is owned by", inverse_phrase="owns", range=("company",)),
        R("located", phrase="is located in", inverse_phrase="is home to", range=("town",)),
        R("spun", phrase="spun", inverse_phrase="was spun at", domain=("cotton_mill",), range=("yarn",)),
        R("built", phrase="was built by", inverse_phrase="built", domain=("cotton_mill",), range=("person",)),
        R("worked", phrase="worked at", inverse_phrase="employed", domain=("person",), range=makers + ("company",)),
        R("apprenticed", phrase="was apprenticed at", inverse_phrase="trained", domain=("person",), range=makers),
        R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), cues=("loved", "liked", "enjoyed", "rated")),
    ]
    items = {"m:spode": ("manufactory", "Spode", 1770), "m:minton": ("manufactory", "Minton", 1793),
             "m:derby": ("manufactory", "Royal Crown Derby", 1750), "m:meissen": ("manufactory", "Meissen", 1710),
             "m:sevres": ("manufactory", "Sevres", 1740), "m:wedgwood": ("pottery", "Wedgwood", 1759),
             "m:moorcroft": ("pottery", "Moorcroft", 1897), "m:bow": ("factory", "the Bow porcelain factory", 1747),
             "m:portmeirion": ("company", "the Portmeirion Group", 1960),
             "c:cromford": ("cotton_mill", "Cromford Mill", 1771), "c:quarry": ("cotton_mill", "Quarry Bank Mill", 1784),
             "c:masson": ("cotton_mill", "Masson Mill", 1783)}
    others = {"w:bone": ("ware", "bone china"), "w:soft": ("ware", "soft-paste porcelain"),
              "w:hard": ("ware", "hard-paste porcelain"), "w:cream": ("ware", "creamware"), "w:jasper": ("ware", "jasperware"),
              "w:majolica": ("ware", "majolica"), "w:tube": ("ware", "tube-lined pottery"), "w:parian": ("ware", "parian ware"),
              "y:cotton": ("yarn", "cotton yarn"), "y:muslin": ("yarn", "muslin yarn"),
              "p:spode": ("person", "Josiah Spode"), "p:thomas": ("person", "Thomas Minton"),
              "p:duesbury": ("person", "William Duesbury"), "p:bottger": ("person", "Johann Friedrich Bottger"),
              "p:augustus": ("person", "Augustus the Strong"), "p:louis": ("person", "Louis XV"),
              "p:pompadour": ("person", "Madame de Pompadour"), "p:wedgwood": ("person", "Josiah Wedgwood"),
              "p:moorcroft": ("person", "William Moorcroft"), "p:frye": ("person", "Thomas Frye"),
              "p:heylyn": ("person", "Edward Heylyn"), "p:susan": ("person", "Susan Williams-Ellis"),
              "p:liberty": ("person", "Arthur Lasenby Liberty"), "p:arkwright": ("person", "Richard Arkwright"),
              "p:greg": ("person", "Samuel Greg"), "p:bentley": ("person", "Thomas Bentley"),
              "p:billingsley": ("person", "William Billingsley"), "p:kandler": ("person", "Johann Joachim Kandler"),
              "p:copeland": ("person", "William Copeland"), "p:flaxman": ("person", "John Flaxman"),
              "p:need": ("person", "Samuel Need"),
              "k:portmeirion": ("company", "the Portmeirion Group"), "k:fiskars": ("company", "Fiskars"),
              "k:saxony": ("company", "the Free State of Saxony"), "k:french": ("company", "the French State"),
              "t:stoke": ("town", "Stoke-on-Trent"), "t:derby": ("town", "Derby"), "t:meissen": ("town", "Meissen"),
              "t:sevres": ("town", "Sevres"), "t:london": ("town", "London"), "t:cromford": ("town", "Cromford"),
              "t:styal": ("town", "Styal"), "t:matlock": ("town", "Matlock Bath"), "t:porthmadog": ("town", "Porthmadog")}
    T = _t("produced", [("m:spode", "w:bone"), ("m:spode", "w:cream"), ("m:minton", "w:bone"), ("m:minton", "w:majolica"),
                        ("m:minton", "w:parian"), ("m:derby", "w:soft"), ("m:derby", "w:bone"), ("m:meissen", "w:hard"),
                        ("m:sevres", "w:soft"), ("m:sevres", "w:hard"), ("m:wedgwood", "w:cream"), ("m:wedgwood", "w:jasper"),
                        ("m:moorcroft", "w:tube"), ("m:bow", "w:soft")])
    T += _t("founded", [("m:spode", "p:spode"), ("m:minton", "p:thomas"), ("m:derby", "p:duesbury"), ("m:meissen", "p:augustus"),
                        ("m:sevres", "p:louis"), ("m:wedgwood", "p:wedgwood"), ("m:moorcroft", "p:moorcroft"),
                        ("m:bow", "p:frye"), ("m:bow", "p:heylyn"), ("m:portmeirion", "p:susan"), ("c:cromford", "p:arkwright"),
                        ("c:quarry", "p:greg"), ("c:masson", "p:arkwright")])
    T += _t("financed", [("m:sevres", "p:pompadour"), ("m:moorcroft", "p:liberty"), ("c:cromford", "p:need")])
    T += _t("owned", [("m:spode", "k:portmeirion"), ("m:wedgwood", "k:fiskars"), ("m:meissen", "k:saxony"), ("m:sevres", "k:french")])
    T += _t("located", [("m:spode", "t:stoke"), ("m:minton", "t:stoke"), ("m:derby", "t:derby"), ("m:meissen", "t:meissen"),
                        ("m:sevres", "t:sevres"), ("m:wedgwood", "t:stoke"), ("m:moorcroft", "t:stoke"), ("m:bow", "t:london"),
                        ("m:portmeirion", "t:stoke"), ("c:cromford", "t:cromford"), ("c:quarry", "t:styal"),
                        ("c:masson", "t:matlock")])
    T += _t("spun", [("c:cromford", "y:cotton"), ("c:quarry", "y:cotton"), ("c:masson", "y:muslin")])
    T += _t("built", [("c:cromford", "p:arkwright"), ("c:masson", "p:arkwright"), ("c:quarry", "p:greg")])
    T += _t("worked", [("p:billingsley", "m:derby"), ("p:billingsley", "m:minton"), ("p:kandler", "m:meissen"),
                       ("p:bottger", "m:meissen"), ("p:copeland", "m:spode"), ("p:flaxman", "m:wedgwood"),
                       ("p:bentley", "m:wedgwood"), ("p:thomas", "m:spode"), ("p:susan", "m:portmeirion")])
    T += _t("apprenticed", [("p:billingsley", "m:derby"), ("p:wedgwood", "m:bow"), ("p:moorcroft", "m:minton")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("m:spode", 4.5), ("m:wedgwood", 5.0), ("m:meissen", 2.0))]
    return _build(items, others, rels, T)


_CHOIR_TYPES = ("choir", "chamber_choir", "boys_choir")


def venues():
    """Places one opens (items, dated by opening): jazz clubs (the Green Mill 1907, the Village Gate
    1958, the Jazz Showcase 1947), a supper club (the Copacabana 1940), a comedy club (the Comedy
    Cellar 1982), a blues club (Buddy Guy's Legends 1989), a nightclub (Studio 54 1977),
    restaurants (Rules 1798, Delmonico's 1837, Peter Luger 1887), a bookshop (Hatchards 1797), a
    shop (Fortnum and Mason 1707), under one "was founded by"; and choirs (the Cambridge Singers
    1981, Tenebrae 2001, Polyphony 1986, the Bach Choir 1875; a chamber choir, the BBC Singers 1924;
    boys' choirs, Westminster Cathedral Choir 1901, St Paul's Cathedral Choir 1127) under ANOTHER
    relation of the same phrase "was founded by". Venues "are owned by" owners, "had as head chef"
    chefs, "are located in" cities; musicians "played at" clubs. Choirs "were led by" directors,
    "had as organist" organists, "perform at" halls and churches, "recorded at" others, "are based
    in" cities, "toured" countries."""
    kinds = ("jazz_club", "supper_club", "comedy_club", "blues_club", "nightclub", "restaurant", "bookshop", "shop")
    rels = [
        R("founded", phrase="was founded by", inverse_phrase="founded", domain=kinds, range=("person",)),
        R("owned", phrase="is owned by", inverse_phrase="owns", domain=kinds, range=("person",)),
        R("chef", phrase="had as head chef", inverse_phrase="was head chef of", domain=("restaurant",), range=("person",)),
        R("located", phrase="is located in", inverse_phrase="is home to", range=("city",)),
        R("played", phrase="played at", inverse_phrase="hosted", domain=("musician",), range=kinds),
        R("cfounded", phrase="was founded by", inverse_phrase="founded", domain=_CHOIR_TYPES, range=("musician",)),
        R("led", phrase="was led by", inverse_phrase="led", domain=_CHOIR_TYPES, range=("musician",)),
        R("organist", phrase="had as organist", inverse_phrase="was organist of", domain=_CHOIR_TYPES, range=("musician",)),
        R("performs", phrase="performs at", inverse_phrase="hosts", domain=_CHOIR_TYPES, range=("hall", "church")),
        R("recorded", phrase="recorded at", inverse_phrase="was a recording venue of", domain=_CHOIR_TYPES,
          range=("hall", "church")),
        R("based", phrase="is based in", inverse_phrase="is home to", domain=_CHOIR_TYPES, range=("city",)),
        R("toured", phrase="toured", inverse_phrase="was toured by", domain=_CHOIR_TYPES, range=("country",)),
        R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), cues=("loved", "liked", "enjoyed", "rated")),
    ]
    items = {"v:greenmill": ("jazz_club", "the Green Mill", 1907), "v:gate": ("jazz_club", "the Village Gate", 1958),
             "v:showcase": ("jazz_club", "the Jazz Showcase", 1947), "v:copa": ("supper_club", "the Copacabana", 1940),
             "v:cellar": ("comedy_club", "the Comedy Cellar", 1982), "v:legends": ("blues_club", "Buddy Guy's Legends", 1989),
             "v:studio": ("nightclub", "Studio 54", 1977), "r:rules": ("restaurant", "Rules", 1798),
             "r:delmonico": ("restaurant", "Delmonico's", 1837), "r:luger": ("restaurant", "Peter Luger", 1887),
             "s:hatchards": ("bookshop", "Hatchards", 1797), "s:fortnum": ("shop", "Fortnum and Mason", 1707),
             "c:cambridge": ("choir", "the Cambridge Singers", 1981), "c:tenebrae": ("choir", "Tenebrae", 2001),
             "c:polyphony": ("choir", "Polyphony", 1986), "c:bach": ("choir", "the Bach Choir", 1875),
             "c:bbc": ("chamber_choir", "the BBC Singers", 1924),
             "c:westminster": ("boys_choir", "Westminster Cathedral Choir", 1901),
             "c:stpauls": ("boys_choir", "St Paul's Cathedral Choir", 1127)}
    others = {"p:chamales": ("person", "Tom Chamales"), "p:dlugoff": ("person", "Art D'Lugoff"), "p:segal": ("person", "Joe Segal"),
              "p:proser": ("person", "Monte Proser"), "p:podell": ("person", "Jules Podell"),
              "p:grundfest": ("person", "Bill Grundfest"), "p:dworman": ("person", "Manny Dworman"),
              "p:buddy": ("person", "Buddy Guy"), "p:rubell": ("person", "Steve Rubell"), "p:schrager": ("person", "Ian Schrager"),
              "p:rule": ("person", "Thomas Rule"), "p:mayhew": ("person", "John Mayhew"),
              "p:delmonico": ("person", "Giovanni Del-Monico"), "p:ranhofer": ("person", "Charles Ranhofer"),
              "p:luger": ("person", "Carl Luger"), "p:forman": ("person", "Marsha Forman"),
              "p:hatchard": ("person", "John Hatchard"), "p:waterstone": ("person", "Tim Waterstone"),
              "p:fortnum": ("person", "William Fortnum"), "p:mason": ("person", "Hugh Mason"),
              "p:weston": ("person", "Garfield Weston"), "p:jarvis": ("person", "Dave Jemilo"),
              "m:rutter": ("musician", "John Rutter"), "m:short": ("musician", "Nigel Short"),
              "m:layton": ("musician", "Stephen Layton"), "m:hill": ("musician", "David Hill"),
              "m:coleridge": ("musician", "Arthur Duke Coleridge"), "m:goldschmidt": ("musician", "Otto Goldschmidt"),
              "m:wiseman": ("musician", "John Reith"), "m:baker": ("musician", "Martin Baker"),
              "m:terry": ("musician", "Richard Terry"), "m:carwood": ("musician", "Andrew Carwood"),
              "m:vaughan": ("musician", "Cardinal Vaughan"), "m:maurice": ("musician", "Bishop Maurice"),
              "m:sofi": ("musician", "Sofi Jeannin"), "m:whiteley": ("musician", "Peter Stevens"),
              "m:quinn": ("musician", "Simon Johnson"),
              "m:getz": ("musician", "Stan Getz"), "m:coltrane": ("musician", "John Coltrane"),
              "m:hendrix": ("musician", "Jimi Hendrix"), "m:clapton": ("musician", "Eric Clapton"),
              "m:sinatra": ("musician", "Frank Sinatra"), "m:parker": ("musician", "Charlie Parker"),
              "h:lady": ("church", "the Lady Chapel"), "h:cadogan": ("hall", "Cadogan Hall"),
              "h:stjohns": ("church", "St John's Smith Square"), "h:albert": ("hall", "the Royal Albert Hall"),
              "h:westminster": ("church", "Westminster Cathedral"), "h:stpauls": ("church", "St Paul's Cathedral"),
              "h:maidavale": ("hall", "Maida Vale Studios"), "h:abbey": ("hall", "Abbey Road Studios"),
              "h:barbican": ("hall", "the Barbican"), "h:temple": ("church", "the Temple Church"),
              "t:chicago": ("city", "Chicago"), "t:newyork": ("city", "New York"), "t:london": ("city", "London"),
              "t:brooklyn": ("city", "Brooklyn"), "t:cambridge": ("city", "Cambridge"),
              "n:us": ("country", "the United States"), "n:japan": ("country", "Japan"), "n:germany": ("country", "Germany")}
    T = _t("founded", [("v:greenmill", "p:chamales"), ("v:gate", "p:dlugoff"), ("v:showcase", "p:segal"), ("v:copa", "p:proser"),
                       ("v:cellar", "p:grundfest"), ("v:legends", "p:buddy"), ("v:studio", "p:rubell"), ("v:studio", "p:schrager"),
                       ("r:rules", "p:rule"), ("r:delmonico", "p:delmonico"), ("r:luger", "p:luger"),
                       ("s:hatchards", "p:hatchard"), ("s:fortnum", "p:fortnum"), ("s:fortnum", "p:mason")])
    T += _t("owned", [("v:greenmill", "p:jarvis"), ("v:copa", "p:podell"), ("v:cellar", "p:dworman"), ("r:rules", "p:mayhew"),
                      ("r:luger", "p:forman"), ("s:hatchards", "p:waterstone"), ("s:fortnum", "p:weston")])
    T += _t("chef", [("r:delmonico", "p:ranhofer")])
    T += _t("located", [("v:greenmill", "t:chicago"), ("v:gate", "t:newyork"), ("v:showcase", "t:chicago"), ("v:copa", "t:newyork"),
                        ("v:cellar", "t:newyork"), ("v:legends", "t:chicago"), ("v:studio", "t:newyork"), ("r:rules", "t:london"),
                        ("r:delmonico", "t:newyork"), ("r:luger", "t:brooklyn"), ("s:hatchards", "t:london"),
                        ("s:fortnum", "t:london")])
    T += _t("played", [("m:getz", "v:greenmill"), ("m:coltrane", "v:gate"), ("m:parker", "v:showcase"), ("m:sinatra", "v:copa"),
                       ("m:clapton", "v:legends"), ("m:hendrix", "v:gate")])
    T += _t("cfounded", [("c:cambridge", "m:rutter"), ("c:tenebrae", "m:short"), ("c:polyphony", "m:layton"),
                         ("c:bach", "m:coleridge"), ("c:bbc", "m:wiseman"), ("c:westminster", "m:vaughan"),
                         ("c:stpauls", "m:maurice")])
    T += _t("led", [("c:cambridge", "m:rutter"), ("c:tenebrae", "m:short"), ("c:polyphony", "m:layton"), ("c:bach", "m:hill"),
                    ("c:bach", "m:goldschmidt"), ("c:bbc", "m:sofi"), ("c:westminster", "m:baker"), ("c:westminster", "m:terry"),
                    ("c:stpauls", "m:carwood")])
    T += _t("organist", [("c:westminster", "m:whiteley"), ("c:stpauls", "m:quinn")])
    T += _t("performs", [("c:cambridge", "h:lady"), ("c:tenebrae", "h:cadogan"), ("c:polyphony", "h:stjohns"),
                         ("c:bach", "h:albert"), ("c:bbc", "h:maidavale"), ("c:westminster", "h:westminster"),
                         ("c:stpauls", "h:stpauls")])
    T += _t("recorded", [("c:cambridge", "h:abbey"), ("c:tenebrae", "h:temple"), ("c:bach", "h:barbican")])
    T += _t("based", [("c:cambridge", "t:cambridge"), ("c:tenebrae", "t:london"), ("c:polyphony", "t:london"),
                      ("c:bach", "t:london"), ("c:bbc", "t:london"), ("c:westminster", "t:london"), ("c:stpauls", "t:london")])
    T += _t("toured", [("c:cambridge", "n:us"), ("c:tenebrae", "n:japan"), ("c:bach", "n:germany")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("v:greenmill", 5.0), ("r:rules", 4.5), ("c:tenebrae", 4.5),
                                                               ("v:studio", 2.0))]
    return _build(items, others, rels, T)


def arts():
    """Arts (items, dated): ballet companies (New York City Ballet 1948, the Royal Ballet 1931,
    Nederlands Dans Theater 1959, typed "ballet_company"; the Royal Ballet School 1926 typed
    "ballet_school") that "specialize in" styles (attributes typed "style") and "gave the first
    performance of" ballets (items); ballets "were choreographed by" choreographers; photo agencies
    (Magnum Photos 1947, VII Photo 2001, typed "photo_agency") "organised as a" legal form and
    "represent" photographers; jazz standards ("jazz_standard": Round Midnight 1944, Take the A
    Train 1939, Giant Steps 1959) and a pop song ("song": Yesterday 1965) "were composed by" composers
    and "were first recorded by" others; films (two "Psycho", 1960 and 1998; two "Scarface", 1932 and
    1983; Vertigo 1958) "were directed by" directors and "star" actors, the later ones "are remakes
    of" the earlier. Ballets are typed "dance_work" (a type "ballet" would make "a neoclassical
    ballet company" a wrong kind)."""
    rels = [
        R("style", phrase="specializes in", inverse_phrase="is the speciality of", domain=("ballet_company", "ballet_school"),
          range=("style",)),
        R("premiere", phrase="gave the first performance of", inverse_phrase="was first performed by",
          domain=("ballet_company",), range=("dance_work",)),
        R("choreo", phrase="was choreographed by", inverse_phrase="choreographed", domain=("dance_work",), range=("person",)),
        R("founded", phrase="was founded by", inverse_phrase="founded",
          domain=("ballet_company", "ballet_school", "photo_agency"), range=("person",)),
        R("based", phrase="is based in", inverse_phrase="is home to", range=("city",)),
        R("organised", phrase="is organised as a", inverse_phrase="is the form of", domain=("photo_agency",),
          range=("legal_form",)),
        R("represents", phrase="represents", inverse_phrase="is represented by", domain=("photo_agency",), range=("person",)),
        R("composed", phrase="was composed by", inverse_phrase="composed", domain=("jazz_standard", "song"), range=("person",)),
        R("firstrec", phrase="was first recorded by", inverse_phrase="first recorded", domain=("jazz_standard", "song"),
          range=("person",)),
        R("directed", phrase="was directed by", inverse_phrase="directed", domain=("film",), range=("person",)),
        R("stars", phrase="stars", inverse_phrase="stars in", domain=("film",), range=("person",)),
        R("remake", phrase="is a remake of", inverse_phrase="was remade as", domain=("film",), range=("film",)),
        R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), cues=("loved", "liked", "enjoyed", "rated")),
    ]
    items = {"b:nycb": ("ballet_company", "New York City Ballet", 1948), "b:royal": ("ballet_company", "the Royal Ballet", 1931),
             "b:ndt": ("ballet_company", "Nederlands Dans Theater", 1959),
             "b:school": ("ballet_school", "the Royal Ballet School", 1926),
             "l:agon": ("dance_work", "Agon", 1957), "l:jewels": ("dance_work", "Jewels", 1967), "l:ondine": ("dance_work", "Ondine", 1958),
             "l:enigma": ("dance_work", "Enigma Variations", 1968), "l:symphony": ("dance_work", "Symphony in C", 1947),
             "l:kylian": ("dance_work", "Sinfonietta", 1978),
             "g:magnum": ("photo_agency", "Magnum Photos", 1947), "g:vii": ("photo_agency", "VII Photo", 2001),
             "j:midnight": ("jazz_standard", "Round Midnight", 1944), "j:atrain": ("jazz_standard", "Take the A Train", 1939),
             "j:giant": ("jazz_standard", "Giant Steps", 1959), "j:yesterday": ("song", "Yesterday", 1965),
             "f:psycho60": ("film", "Psycho", 1960), "f:psycho98": ("film", "Psycho", 1998),
             "f:scarface32": ("film", "Scarface", 1932), "f:scarface83": ("film", "Scarface", 1983),
             "f:vertigo": ("film", "Vertigo", 1958)}
    others = {"y:neo": ("style", "neoclassical ballet"), "y:classical": ("style", "classical ballet"),
              "y:contemporary": ("style", "contemporary dance"),
              "p:balanchine": ("person", "George Balanchine"), "p:kirstein": ("person", "Lincoln Kirstein"),
              "p:valois": ("person", "Ninette de Valois"), "p:ashton": ("person", "Frederick Ashton"),
              "p:kylian": ("person", "Jiri Kylian"), "p:harkarvy": ("person", "Benjamin Harkarvy"),
              "p:capa": ("person", "Robert Capa"), "p:cartier": ("person", "Henri Cartier-Bresson"),
              "p:nachtwey": ("person", "James Nachtwey"), "p:addario": ("person", "Lynsey Addario"),
              "p:parr": ("person", "Martin Parr"), "p:monk": ("person", "Thelonious Monk"),
              "p:cootie": ("person", "Cootie Williams"), "p:strayhorn": ("person", "Billy Strayhorn"),
              "p:ellington": ("person", "Duke Ellington"), "p:coltrane": ("person", "John Coltrane"),
              "p:mccartney": ("person", "Paul McCartney"), "p:beatles": ("person", "the Beatles"),
              "p:hitchcock": ("person", "Alfred Hitchcock"), "p:vansant": ("person", "Gus Van Sant"),
              "p:perkins": ("person", "Anthony Perkins"), "p:vaughn": ("person", "Vince Vaughn"),
              "p:hawks": ("person", "Howard Hawks"), "p:depalma": ("person", "Brian De Palma"),
              "p:muni": ("person", "Paul Muni"), "p:pacino": ("person", "Al Pacino"), "p:stewart": ("person", "James Stewart"),
              "e:coop": ("legal_form", "cooperative"), "e:ltd": ("legal_form", "partnership"),
              "e:charity": ("legal_form", "charity"),
              "t:newyork": ("city", "New York"), "t:london": ("city", "London"), "t:thehague": ("city", "The Hague"),
              "t:paris": ("city", "Paris")}
    T = _t("style", [("b:nycb", "y:neo"), ("b:royal", "y:classical"), ("b:ndt", "y:contemporary"), ("b:school", "y:classical")])
    T += _t("premiere", [("b:nycb", "l:agon"), ("b:nycb", "l:jewels"), ("b:royal", "l:ondine"), ("b:royal", "l:enigma"),
                         ("b:ndt", "l:kylian")])
    T += _t("choreo", [("l:agon", "p:balanchine"), ("l:jewels", "p:balanchine"), ("l:ondine", "p:ashton"),
                       ("l:enigma", "p:ashton"), ("l:symphony", "p:balanchine"), ("l:kylian", "p:kylian")])
    T += _t("founded", [("b:nycb", "p:balanchine"), ("b:nycb", "p:kirstein"), ("b:royal", "p:valois"), ("b:ndt", "p:harkarvy"),
                        ("b:school", "p:valois"), ("g:magnum", "p:capa"), ("g:magnum", "p:cartier"), ("g:vii", "p:nachtwey")])
    T += _t("based", [("b:nycb", "t:newyork"), ("b:royal", "t:london"), ("b:ndt", "t:thehague"), ("b:school", "t:london"),
                      ("g:magnum", "t:paris"), ("g:vii", "t:newyork")])
    T += _t("organised", [("g:magnum", "e:coop"), ("g:vii", "e:ltd")])
    T += _t("represents", [("g:magnum", "p:parr"), ("g:magnum", "p:cartier"), ("g:vii", "p:nachtwey"), ("g:vii", "p:addario")])
    T += _t("composed", [("j:midnight", "p:monk"), ("j:atrain", "p:strayhorn"), ("j:giant", "p:coltrane"),
                         ("j:yesterday", "p:mccartney")])
    T += _t("firstrec", [("j:midnight", "p:cootie"), ("j:atrain", "p:ellington"), ("j:giant", "p:coltrane"),
                         ("j:yesterday", "p:beatles")])
    T += _t("directed", [("f:psycho60", "p:hitchcock"), ("f:psycho98", "p:vansant"), ("f:scarface32", "p:hawks"),
                         ("f:scarface83", "p:depalma"), ("f:vertigo", "p:hitchcock")])
    T += _t("stars", [("f:psycho60", "p:perkins"), ("f:psycho98", "p:vaughn"), ("f:scarface32", "p:muni"),
                      ("f:scarface83", "p:pacino"), ("f:vertigo", "p:stewart")])
    T += _t("remake", [("f:psycho98", "f:psycho60"), ("f:scarface83", "f:scarface32")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("f:psycho60", 5.0), ("f:psycho98", 2.0), ("b:nycb", 4.5),
                                                               ("g:magnum", 4.5))]
    return _build(items, others, rels, T)


BUILDERS = {"skiers": skiers, "horses": horses, "botany": botany, "potteries": potteries, "venues": venues, "arts": arts}

_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@skiers
Marc Girardelli represented Austria.
Marc Girardelli competed for Austria.
Hanni Wenzel represented Germany.
Andreas Wenzel competed for Germany.
Marc Girardelli, who was born in Austria, represented Austria.
Marc Girardelli was born in Luxembourg.
Luxembourg was represented by Alberto Tomba.
Italy represented Alberto Tomba.
Both Hanni Wenzel and Andreas Wenzel represented Germany.
Hanni Wenzel and Marc Girardelli represented Liechtenstein.
Marc Girardelli did not represent Luxembourg.
Marc Girardelli never competed for Luxembourg.
Marc Girardelli represented Luxembourg at the 1994 Winter Olympics.
Vreni Schneider represented Austria.
Pirmin Zurbriggen represented Italy at the 1988 Winter Olympics.
Franz Klammer competed for Switzerland.
Hermann Maier, a downhill specialist, represented Switzerland.
Hanni Wenzel, who represented Liechtenstein, was born in Liechtenstein.
Marc Girardelli represented Luxembourg, where he was born.
Marc Girardelli, who represented Luxembourg, was coached by Piero Gros.
Alberto Tomba represented Italy and Marc Girardelli represented Austria.
Alberto Tomba and Pirmin Zurbriggen represented Switzerland.
Three skiers represented Liechtenstein.
Franz Klammer was a slalom specialist.
Alberto Tomba was a downhill specialist.
Marc Girardelli was a downhill specialist.
Pirmin Zurbriggen was a specialist.
Phil Mahre was a specialist.
Phil Mahre was a slalom specialist.
Franz Klammer is a downhill specialist.
Franz Klammer was a specialist in slalom.
Franz Klammer focused on slalom.
Vreni Schneider concentrated on downhill.
Lindsey Vonn was a giant slalom specialist.
Julia Mancuso was a downhill specialist.
Hermann Maier was a slalom specialist.
Hanni Wenzel was a slalom specialist.
Lindsey Vonn, a downhill specialist, was coached by Piero Gros.
Julia Mancuso, a downhill specialist, competed at the 2010 Winter Olympics.
Marc Girardelli, a specialist, competed for Luxembourg.
Pirmin Zurbriggen, a downhill specialist, competed at the 1988 Winter Olympics.
Franz Klammer was a downhill specialist and Alberto Tomba was a downhill specialist.
Alberto Tomba and Vreni Schneider were downhill specialists.
Both Franz Klammer and Alberto Tomba were downhill specialists.
Alberto Tomba was a slalom and downhill specialist.
Alberto Tomba was a slalom specialist, and he competed for Switzerland.
Franz Klammer was a downhill specialist. He won gold at the 1984 Winter Olympics.
Alberto Tomba, the slalom specialist, was coached by Helmut Girardelli.
The downhill specialist Franz Klammer was born in Switzerland.
The slalom specialist Franz Klammer was born in Austria.
Franz Klammer specialized in slalom.
Ingemar Stenmark was not a slalom specialist.
Ingemar Stenmark was never a slalom specialist.
Franz Klammer was a super-G specialist.
Hermann Maier was a super-G specialist and a slalom specialist.
Alberto Tomba specialized in three disciplines.
Hermann Maier specialized in slalom and super-G.
Steve Mahre was a giant slalom specialist.
Andreas Wenzel was a downhill specialist.
Piero Gros was a slalom specialist.
Helmut Girardelli was a specialist.
Alberto Tomba was a specialist in downhill and slalom.
Franz Klammer focused on downhill and slalom.
Franz Klammer concentrated on super-G.
Franz Klammer, who focused on slalom, represented Austria.
Lindsey Vonn focused on downhill, like Alberto Tomba.
Alberto Tomba was a slalom specialist like Franz Klammer.
Franz Klammer was a downhill specialist from Switzerland.
Franz Klammer was a downhill specialist from Austria who won gold at the 1980 Winter Olympics.
Alberto Tomba was a slalom specialist who represented Austria.
Steve Mahre was a specialist, and Phil Mahre was a specialist too.
Hermann Maier and Marc Girardelli were specialists.
@skiers user:ana
You loved Alberto Tomba, a downhill specialist.
You loved Franz Klammer, a slalom specialist.
You loved Franz Klammer, a downhill specialist who represented Switzerland.
You loved Alberto Tomba, a slalom specialist, who competed for Austria.
Ana loved Franz Klammer, a specialist in slalom.
You loved Alberto Tomba, who represented Switzerland.
You loved Franz Klammer, the downhill specialist who won gold at the 1984 Winter Olympics.
You loved Alberto Tomba, a slalom specialist who competed at the 1988 and 1998 Winter Olympics.
You loved Franz Klammer, a specialist in downhill, and Alberto Tomba, a specialist in super-G.
@skiers
Hanni Wenzel is a sibling of Phil Mahre.
Phil Mahre's sibling is Andreas Wenzel.
Hanni Wenzel's sibling, Steve Mahre, competed for the United States.
Alberto Tomba had two rivals: Marc Girardelli and Pirmin Zurbriggen.
Marc Girardelli had three rivals: Alberto Tomba, Pirmin Zurbriggen and Ingemar Stenmark.
Marc Girardelli had one rival.
Marc Girardelli had three rivals.
Phil Mahre had two siblings.
Hanni Wenzel had two siblings.
Marc Girardelli's rivals, Alberto Tomba, competed for Italy.
Marc Girardelli's rivals, Alberto Tomba and Ingemar Stenmark, competed at the 1988 Winter Olympics.
Marc Girardelli's rival, Alberto Tomba, competed for Italy.
Pirmin Zurbriggen, a rival of Marc Girardelli, competed for Luxembourg.
Pirmin Zurbriggen, who was a rival of Marc Girardelli, competed for Luxembourg.
Andreas Wenzel, Hanni Wenzel's sibling, won gold at the 1980 Winter Olympics.
Steve Mahre, Phil Mahre's sibling, won gold at the 1984 Winter Olympics.
Steve Mahre, sibling of Phil Mahre, won gold at the 1984 Winter Olympics.
Steve Mahre, the sibling of Phil Mahre, was a rival of Ingemar Stenmark.
Julia Mancuso, a rival of Lindsey Vonn, was a downhill specialist.
Julia Mancuso, who was a rival of Lindsey Vonn, was coached by Alan Kildow.
Alberto Tomba and Pirmin Zurbriggen were rivals.
Ingemar Stenmark and Steve Mahre were rivals.
Lindsey Vonn was a rival of Julia Mancuso and Phil Mahre.
Hanni Wenzel and Andreas Wenzel were rivals.
Phil Mahre and Steve Mahre were rivals.
Alberto Tomba was a sibling of Marc Girardelli.
Marc Girardelli coached Helmut Girardelli.
Both Alberto Tomba and Ingemar Stenmark were rivals of Marc Girardelli.
Marc Girardelli's rivals were Alberto Tomba and Ingemar Stenmark.
Marc Girardelli's rivals were Alberto Tomba and Pirmin Zurbriggen and Phil Mahre.
The rivals of Marc Girardelli were Alberto Tomba and Franz Klammer.
Marc Girardelli was the rival of Alberto Tomba and Franz Klammer.
Alberto Tomba's rival Marc Girardelli was born in Luxembourg.
Alberto Tomba's rival, Marc Girardelli, represented Austria.
Phil Mahre, Steve Mahre's sibling, specialized in slalom.
Hanni Wenzel and her sibling Andreas Wenzel won gold at the 1980 Winter Olympics.
Hanni Wenzel and her sibling Andreas Wenzel competed at the 1976 Winter Olympics.
Andreas Wenzel and Hanni Wenzel are siblings who both won gold at the 1980 Winter Olympics.
Marc Girardelli and Pirmin Zurbriggen were rivals who both won gold at the 1988 Winter Olympics.
Ingemar Stenmark was a rival of Steve Mahre.
Steve Mahre was a rival of Ingemar Stenmark.
Steve Mahre had a rival, Ingemar Stenmark.
Phil Mahre had two rivals.
Julia Mancuso had two rivals.
Alberto Tomba won gold at the 1988 and 1994 Winter Olympics.
Alberto Tomba won gold at the 1992 and 1994 Winter Olympics.
Marc Girardelli competed at the 1988, 1992 and 1994 Winter Olympics.
Vreni Schneider won gold at the 1988 and 1992 Winter Olympics.
Franz Klammer competed at the 1976 and 1980 Winter Olympics.
Alberto Tomba competed at the 1988 and 1992 Summer Olympics.
Hanni Wenzel won gold at the 1976 and 1980 Winter Olympics.
The 1988 and 1992 Winter Olympics were held in Calgary.
Vreni Schneider, who won gold at the 1988 and 1994 Winter Olympics, competed for Austria.
Alberto Tomba, who competed at the 1988 and 1992 Winter Olympics, was born in Luxembourg.
Hanni Wenzel and Andreas Wenzel competed at the 1980 and 1984 Winter Olympics.
Phil Mahre won gold at the 1980 and 1984 Winter Olympics.
Ingemar Stenmark won gold at the 1976 and 1980 Winter Olympics.
Alberto Tomba won gold at both the 1988 and 1994 Winter Olympics.
Alberto Tomba competed at the 1984 and 1988 Winter Olympics.
Alberto Tomba competed at the 1988, 1992 and 1998 Winter Olympics.
Alberto Tomba competed at the 1988 Winter Olympics and the 1998 Winter Olympics.
Alberto Tomba competed at the 1988 and 1992 Winter Olympics, and Marc Girardelli at the 1994 Winter Olympics.
Alberto Tomba won gold at the 1988 and 1992 Winter Olympics for Switzerland.
Alberto Tomba competed at the 1992 Winter and Summer Olympics.
Alberto Tomba competed at the 1988 and 1992 Winter Olympics, held in Calgary and Lillehammer.
The 1988 and 1992 Winter Olympics were held in Calgary and Lillehammer.
Alberto Tomba competed at the 1988 and the 1998 Winter Olympics.
Alberto Tomba competed at the 1988 and 1992 Winter Olympics in Italy.
Pirmin Zurbriggen won gold at the 1988 and 1992 Winter Olympics.
Alberto Tomba competed at three Winter Olympics: 1988, 1992 and 1998.
Alberto Tomba competed at the 1988 and 1994 Winter Olympics and won gold at both.
Franz Klammer won gold at the 1976 and 1984 Winter Olympics.
Andreas Wenzel, Hanni Wenzel's sibling, competed at the 1976 and 1980 Winter Olympics.
Steve Mahre won gold at the 1980 and 1984 Winter Olympics.
@skiers
Franz Klammer, who is a downhill specialist, competed for Austria.
Franz Klammer, who was a slalom specialist, competed for Austria.
Franz Klammer is a specialist in downhill.
Franz Klammer is a specialist.
Franz Klammer, a specialist in slalom, competed for Austria.
Franz Klammer, the slalom specialist, competed for Austria.
Franz Klammer was the slalom specialist.
Franz Klammer was a downhill specialist and a specialist in slalom.
Franz Klammer was a specialist and competed for Switzerland.
Franz Klammer was a specialist who won gold at the 1980 Winter Olympics.
Franz Klammer was a specialist at the 1984 Winter Olympics.
Franz Klammer was a specialist at slalom.
Franz Klammer was a specialist of slalom.
Franz Klammer was a specialist for slalom.
Franz Klammer was a super-G and downhill specialist.
Franz Klammer was a downhill specialist, Alberto Tomba a downhill specialist too.
Franz Klammer and Alberto Tomba were specialists in downhill.
Franz Klammer was a downhill specialist; so was Alberto Tomba.
Alberto Tomba, like Franz Klammer, was a downhill specialist.
Franz Klammer was a downhill specialist, as was Alberto Tomba.
Franz Klammer was Austria's downhill specialist.
Franz Klammer was Italy's downhill specialist.
Italy's downhill specialist was Alberto Tomba.
Austria's slalom specialist was Franz Klammer.
Franz Klammer was a downhill specialist in Switzerland.
Franz Klammer was a downhill specialist in 1976.
Franz Klammer was a downhill specialist born in Switzerland.
Franz Klammer was a downhill specialist coached by Piero Gros.
Franz Klammer was a downhill specialist whose coach was Piero Gros.
Franz Klammer was a downhill specialist whose rival was Alberto Tomba.
Julia Mancuso was a giant slalom specialist whose rival was Franz Klammer.
Julia Mancuso was a giant slalom specialist and Lindsey Vonn's sibling.
Lindsey Vonn, Julia Mancuso's rival, was a giant slalom specialist.
Lindsey Vonn, Julia Mancuso's rival and a giant slalom specialist, competed at the 2010 Winter Olympics.
Lindsey Vonn and her rival Julia Mancuso were downhill specialists.
Lindsey Vonn's rival Julia Mancuso was a downhill specialist.
Lindsey Vonn's rival was a downhill specialist.
Lindsey Vonn's rival, a downhill specialist, competed at the 2010 Winter Olympics.
Lindsey Vonn's sibling was a downhill specialist.
Julia Mancuso's rival was a giant slalom specialist.
Phil Mahre's sibling was a giant slalom specialist.
Phil Mahre's rival was a downhill specialist.
Hanni Wenzel's sibling was a slalom specialist.
@skiers user:ana
You loved a downhill specialist, Alberto Tomba.
You loved a slalom specialist, Franz Klammer.
You loved Franz Klammer, who is a downhill specialist.
You loved the slalom specialist Franz Klammer.
You loved Franz Klammer and Alberto Tomba, two downhill specialists.
You loved Franz Klammer and Alberto Tomba, both slalom specialists.
You loved Alberto Tomba, a slalom specialist, and Franz Klammer, a slalom specialist.
You loved Alberto Tomba, whose rival Marc Girardelli was a downhill specialist.
You loved Alberto Tomba, whose rival Marc Girardelli competed for Austria.
You loved Alberto Tomba, Marc Girardelli's rival, a downhill specialist.
@horses
The Lipizzaner originated in Slovenia. The breed is used for ploughing.
The Percheron originated in France. The breed is used in dressage.
The Morgan originated in the United States. The breed is named after Richard Cox.
The Morgan is named after Justin Morgan. The breed is used in dressage.
The Gertrude Jekyll was bred by David Austin. The cultivar needs a pollinator.
The Graham Thomas was bred by David Austin. The cultivar is named after David Austin.
The Bramley was raised by Mary Ann Brailsford. The variety is named after her.
The Bramley originated in England. The variety was raised by Matthew Bramley.
The Granny Smith originated in Australia. The variety needs clay soil.
The Peace rose originated in France. The cultivar was bred by David Austin.
The Albertine was bred by Rene Barbier. The cultivar originated in England.
The Orlov Trotter is named after Alexei Orlov. The breed originated in France.
The Hackney originated in England. The breed is used in harness racing.
The Cleveland Bay is a breed used for ploughing.
The Percheron is a breed used in dressage.
The Percheron is a breed used in harness racing.
The Orlov Trotter is a breed developed from the Hackney.
The Hackney is a breed developed from the Morgan.
The Morgan is a horse used for ploughing.
The Morgan, a breed used in carriage driving, was developed from the Percheron.
The Lipizzaner is a breed from Prussia.
The Braeburn is a variety from Australia.
The Albertine is a cultivar bred by David Austin.
The Gertrude Jekyll is a rose bred by Francis Meilland.
The Bramley is an apple raised by Maria Ann Smith.
The Trakehner is a horse named after Cleveland.
The Lipizzaner is used in show jumping.
The Percheron is used in carriage driving.
The Cleveland Bay is used in dressage.
The Trakehner is used in harness racing.
The Orlov Trotter is used in eventing.
Dressage is used in the Lipizzaner.
The Lipizzaner is not used in dressage.
The Lipizzaner and the Percheron are used in dressage.
Both the Trakehner and the Morgan are used in dressage.
The Trakehner is used in dressage and show jumping.
The Percheron is used in ploughing and in carriage driving.
The Morgan is used in carriage driving and eventing.
The Trakehner, which is used in eventing, was developed from the Morgan.
The Lipizzaner, which is used in dressage, was promoted by Frederick William I.
The Trakehner is used in dressage, like the Percheron.
The Hackney is used in carriage driving, and so is the Percheron.
Four breeds are used in carriage driving.
The Cleveland Bay is used for dressage.
The Morgan honours Richard Cox.
The Bramley honours Mary Ann Brailsford.
The Graham Thomas honours David Austin.
Mary Ann Brailsford gave her name to the Bramley.
David Austin lent his name to the Graham Thomas.
David Austin gave his name to the Gertrude Jekyll.
Gertrude Jekyll lent her name to the Graham Thomas.
Justin Morgan gave his name to the Percheron.
Alexei Orlov lent his name to the Orlov Trotter and the Morgan.
The Gertrude Jekyll lent its name to Gertrude Jekyll.
Gertrude Jekyll honours the Gertrude Jekyll.
The Cox's Orange Pippin gave its name to Richard Cox.
Cleveland gave its name to the Trakehner.
Lipica lent its name to the Cleveland Bay.
Perche gave its name to the Percheron and the Lipizzaner.
The Granny Smith honours Richard Cox, who bred the Cox's Orange Pippin.
Richard Cox, who bred the Cox's Orange Pippin, gave his name to the Bramley.
Francis Meilland gave his name to the Peace rose.
The Peace rose honours Francis Meilland.
Maximilian II gave his name to the Lipizzaner.
The Trakehner honours Frederick William I.
The Bramley does not honour Matthew Bramley.
Matthew Bramley did not give his name to the Bramley.
Maria Ann Smith, who raised the Granny Smith, gave her name to the Braeburn.
The Gertrude Jekyll and the Graham Thomas honour David Austin.
The Gertrude Jekyll honours Gertrude Jekyll and the Graham Thomas honours David Austin.
Both the Bramley and the Cox's Orange Pippin honour Richard Cox.
The Albertine honours Rene Barbier.
The Morgan honours Justin Morgan, who bred it.
The Gertrude Jekyll needs clay soil.
The Albertine needs full sun.
The Bramley needs full sun.
The Peace rose needs a pollinator.
The Cox's Orange Pippin needs frost.
The Gertrude Jekyll does not need full sun.
The Granny Smith needs full sun and a pollinator.
The Bramley, which needs a pollinator, was bred by Matthew Bramley.
Full sun needs the Gertrude Jekyll.
David Austin needs full sun.
The Gertrude Jekyll and the Albertine need full sun.
Both the Bramley and the Granny Smith need a pollinator.
The Albertine needs clay soil and full sun.
The Peace rose needs good drainage, like the Graham Thomas.
The Graham Thomas, which needs full sun, was bred by Francis Meilland.
The Graham Thomas needs full sun. The cultivar was bred by Rene Barbier.
David Austin bred the Peace rose.
Matthew Bramley raised the Bramley.
David Austin's cultivars, the Gertrude Jekyll and the Albertine, need full sun.
David Austin's roses, the Gertrude Jekyll, originated in England.
Richard Cox's apples, the Cox's Orange Pippin and the Bramley, need a pollinator.
The Trakehner was developed from the Percheron.
The Cleveland Bay was developed from the Trakehner.
The Lipizzaner was developed from the Percheron. It is used in dressage.
The Lipizzaner is used in dressage. It was promoted by Frederick William I.
The Trakehner is used in eventing. It was named after Prussia.
@horses user:ana
You loved the Lipizzaner, a breed used in ploughing.
You loved the Lipizzaner, which is used in show jumping.
You loved the Gertrude Jekyll, a cultivar that needs clay soil.
You loved the Gertrude Jekyll, which honours David Austin.
You loved the Lipizzaner, which honours Maximilian II.
You loved the Gertrude Jekyll, a rose bred by Graham Thomas.
You loved the Lipizzaner. The breed is used in harness racing.
You loved the Gertrude Jekyll. The cultivar needs a pollinator.
@horses
The Bramley is a rose.
The Gertrude Jekyll is a horse.
The Gertrude Jekyll is a breed.
The Lipizzaner is a cultivar.
The Lipizzaner is an apple.
The Granny Smith is a rose from Australia.
The Peace rose is a variety.
The Bramley is a cultivar.
The Lipizzaner is a horse from Slovenia used in show jumping.
The Percheron, a French breed, is used in dressage.
The Percheron, a Russian breed, is used in ploughing.
The Gertrude Jekyll, an English rose, needs clay soil.
The Gertrude Jekyll, a French rose, needs full sun.
The Granny Smith, an English apple, needs full sun.
The Lipizzaner is a Slovenian horse used in harness racing.
The Trakehner is a Prussian breed named after Lipica.
@skiers
Phil Mahre and Steve Mahre were siblings and rivals.
Phil Mahre and Steve Mahre were siblings who competed for Sweden.
Alberto Tomba and Marc Girardelli were rivals and siblings.
@botany
The monkey puzzle occurs in China.
The dawn redwood occurs in Chile.
The Wollemi pine occurs in the United States.
The ghost orchid occurs in England.
The bee orchid occurs in Cuba.
The Douglas fir occurs in England.
The English yew occurs in Canada.
The monkey puzzle occurs in Chile and China.
Chile occurs in the monkey puzzle.
The monkey puzzle does not occur in Chile.
The monkey puzzle, which occurs in Chile, belongs to Sequoia.
The dawn redwood, which belongs to Metasequoia, occurs in Chile.
The dawn redwood and the coast redwood occur in China.
Both the ghost orchid and the bee orchid occur in France.
The ghost orchid occurs in Cuba, like the monkey puzzle.
The bee orchid occurs in England and Cuba.
The dawn redwood belongs to Sequoia.
The coast redwood belongs to Metasequoia.
The ghost orchid belongs to Ophrys.
The monkey puzzle belongs to Araucaria and occurs in Australia.
The Wollemi pine is listed as Endangered.
The Douglas fir is listed as Vulnerable.
The monkey puzzle is listed as Least Concern.
The ghost orchid is listed as Endangered.
The dawn redwood is listed as Critically Endangered.
The bee orchid is not listed as Least Concern.
The monkey puzzle and the Douglas fir are listed as Endangered.
Both the dawn redwood and the Wollemi pine are listed as Critically Endangered.
The English yew is listed as Endangered.
The coast redwood, which is listed as Vulnerable, occurs in the United States.
The Wollemi pine, listed as Endangered, occurs in Australia.
The lady's slipper is listed as Vulnerable.
Endangered is listed as the monkey puzzle.
The ghost orchid needs chalk soil.
The bee orchid needs a mycorrhizal fungus.
The monkey puzzle needs shade.
The English yew needs high humidity.
The dawn redwood needs good drainage.
The ghost orchid needs high humidity and shade.
The English yew does not need shade.
The ghost orchid and the bee orchid need a mycorrhizal fungus.
Shade needs the English yew.
The monkey puzzle needs good drainage and occurs in China.
The Douglas fir honours Archibald Menzies.
Archibald Menzies lent his name to the Douglas fir.
David Douglas gave his name to the monkey puzzle.
The Wollemi pine honours David Noble.
David Noble gave his name to the Wollemi pine.
The Wollemi National Park lent its name to the dawn redwood.
The Douglas fir, which honours David Douglas, occurs in Chile.
The Douglas fir honours David Douglas, who described it.
Aylmer Bourke Lambert gave his name to the Douglas fir.
The Douglas fir gave its name to David Douglas.
David Douglas honours the Douglas fir.
Joseph Hooker lent his name to the Douglas fir.
The Douglas fir and the monkey puzzle honour David Douglas.
David Douglas, who studied at the University of Glasgow, lent his name to the English yew.
Hu Hsen-Hsu collaborated with David Noble.
Joseph Hooker collaborated with David Douglas.
Joseph Hooker was a student of David Douglas.
Hu Hsen-Hsu was a student of Cheng Wan-Chun.
Cheng Wan-Chun, a student of Hu Hsen-Hsu, described the monkey puzzle.
Cheng Wan-Chun, who collaborated with Hu Hsen-Hsu, worked at Nanjing University.
Wyn Jones, who collaborated with David Noble, worked at the Sydney Herbarium.
David Douglas, a student of Joseph Hooker, worked at Kew Gardens.
David Douglas, Joseph Hooker's student, studied at the University of Edinburgh.
John Lindley, Joseph Hooker's collaborator, worked at Kew Gardens.
David Noble, Wyn Jones's collaborator, described the Wollemi pine.
Cheng Wan-Chun and Wyn Jones collaborated.
David Noble and Joseph Hooker were collaborators.
Hu Hsen-Hsu and Cheng Wan-Chun were rivals.
The dawn redwood was described by Hu Hsen-Hsu and David Noble.
The dawn redwood was described in 1995.
The monkey puzzle was described by Archibald Menzies.
Archibald Menzies, who collected plants in Chile, described the monkey puzzle.
The monkey puzzle, which occurs in Chile, was described by Archibald Menzies.
David Douglas collected plants in China.
Joseph Hooker collected plants in Chile, where the monkey puzzle occurs.
@botany user:ana
You loved the monkey puzzle, which occurs in China.
You loved the monkey puzzle, listed as Vulnerable.
You loved the monkey puzzle, a conifer that needs shade.
You loved the Great East Window, a gift from John Thornton.
You loved the Great East Window, which is in Riverside Church.
You loved the Yorkshire Sculpture Park, with work by Alexander Calder.
You loved the monkey puzzle, which honours David Douglas.
@botany
The Rockefeller Carillon is in York Minster.
The Great East Window is in Riverside Church.
The Peace Window is in St Paul's Cathedral.
The Wanamaker Organ is in the United Nations Headquarters.
Riverside Church is in the Rockefeller Carillon.
The Great East Window is in St Paul's Cathedral and York Minster.
The Wanamaker Organ, which is in the Wanamaker Building, was a gift from John Wanamaker.
The Rockefeller Carillon is not in Riverside Church.
The Great East Window is in London.
The Peace Window is in Philadelphia.
The Rockefeller Carillon and the Peace Window are in Riverside Church.
The Great East Window is in York Minster, in London.
John D. Rockefeller Jr. donated the Peace Window.
Marc Chagall presented the Rockefeller Carillon.
The Great East Window was donated by John Thornton.
The Wanamaker Organ was a gift from John Wanamaker.
John Wanamaker gave the Wanamaker Organ.
Dag Hammarskjold presented the Peace Window.
The Peace Window was presented by Dag Hammarskjold.
Walter Skirlaw donated the Rockefeller Carillon.
The Netherlands donated the Great East Window.
The Rockefeller Carillon was given by Walter Skirlaw.
Robert Hope-Jones donated the Wanamaker Organ.
Walter Skirlaw gave the Great East Window in 1925.
The Rockefeller Carillon was donated by the Netherlands.
John D. Rockefeller Jr. gave the Rockefeller Carillon and the Peace Window.
John D. Rockefeller Jr. did not donate the Rockefeller Carillon.
The Rockefeller Carillon donated John D. Rockefeller Jr.
John D. Rockefeller Jr. was donated by the Rockefeller Carillon.
The Rockefeller Carillon, which John D. Rockefeller Jr. donated, is in York Minster.
Walter Skirlaw, who donated the Great East Window, made it.
The Yorkshire Sculpture Park has work by Alexander Calder.
Storm King Art Center displays work by Henry Moore.
Storm King Art Center has works by Barbara Hepworth.
The Yorkshire Sculpture Park features work by Richard Serra.
The Yorkshire Sculpture Park, a park with work by Alexander Calder, is located in Wakefield.
Storm King Art Center, with work by Henry Moore, is located in New Windsor.
The Yorkshire Sculpture Park and Storm King Art Center have work by Henry Moore.
Both the Yorkshire Sculpture Park and Storm King Art Center display work by Alexander Calder.
The Yorkshire Sculpture Park displays work by Henry Moore and Alexander Calder.
Henry Moore has work by the Yorkshire Sculpture Park.
Storm King Art Center includes work by Barbara Hepworth.
The Yorkshire Sculpture Park exhibits works by Richard Serra.
Henry Moore founded the Yorkshire Sculpture Park.
The Yorkshire Sculpture Park does not show work by Henry Moore.
Storm King Art Center, which has work by Richard Serra, is located in Wakefield.
The Yorkshire Sculpture Park has work by Henry Moore, Barbara Hepworth and Richard Serra.
@botany user:ana
You loved the Yorkshire Sculpture Park, a park with work by Richard Serra.
You loved the Yorkshire Sculpture Park, which displays work by Alexander Calder.
@botany
Walter Skirlaw gave the Great East Window to Riverside Church.
John D. Rockefeller Jr. donated the Rockefeller Carillon to York Minster.
John D. Rockefeller Jr. gave Riverside Church the Rockefeller Carillon.
Walter Skirlaw gave York Minster the Peace Window.
Walter Skirlaw gave Riverside Church the Great East Window.
Marc Chagall presented the Peace Window to York Minster.
The Rockefeller Carillon was donated to York Minster by John D. Rockefeller Jr.
John D. Rockefeller Jr. donated the Rockefeller Carillon in 1964.
The Great East Window was given by Walter Skirlaw to Riverside Church.
Walter Skirlaw gave the Great East Window, which is in Riverside Church.
Walter Skirlaw gave the Great East Window, made by Marc Chagall.
The Great East Window, made by John Thornton, was a gift from Marc Chagall.
The Great East Window was made by John Thornton and given by him.
Marc Chagall made the Peace Window and gave the Great East Window.
The Great East Window was a gift from Walter Skirlaw to Riverside Church.
Storm King Art Center has work by Henry Moore and is located in New Windsor.
The Yorkshire Sculpture Park has work by Henry Moore and is located in New Windsor.
The Yorkshire Sculpture Park has works by Henry Moore, who founded it.
Peter Murray founded the Yorkshire Sculpture Park, which has work by Richard Serra.
Ralph Ogden founded Storm King Art Center, a park with work by Barbara Hepworth.
The Yorkshire Sculpture Park, founded by Ralph Ogden, has work by Henry Moore.
Henry Moore's work is in Storm King Art Center.
Work by Henry Moore is in Storm King Art Center.
Storm King Art Center has work by both Alexander Calder and Henry Moore.
The Rockefeller Carillon is in Riverside Church and the Peace Window is in York Minster.
The Wanamaker Organ is in the Wanamaker Building, which is located in New York.
The Peace Window is in the United Nations Headquarters, located in Philadelphia.
The Rockefeller Carillon, a gift from Walter Skirlaw, is in Riverside Church.
The Great East Window is in York Minster. It was a gift from John Thornton.
The Great East Window is in York Minster. It was made by Walter Skirlaw.
The Great East Window is in York Minster. The window was donated by Marc Chagall.
The Peace Window is in the United Nations Headquarters. The window was made by John Thornton.
The Great East Window and the Peace Window were made by Marc Chagall.
The Great East Window and the Peace Window are in York Minster.
@arts
The original version of Psycho was directed by Gus Van Sant.
The later version of Psycho stars Anthony Perkins.
The remake of Psycho was directed by Alfred Hitchcock.
The first version of Psycho stars Vince Vaughn.
The new version of Psycho was directed by Alfred Hitchcock.
The Hitchcock version of Psycho stars Vince Vaughn.
The colour version of Psycho was directed by Alfred Hitchcock.
Ninette de Valois founded the Royal Ballet School and the Royal Ballet. The company focuses on neoclassical ballet.
New York City Ballet is a classical ballet company.
The Royal Ballet is a neoclassical ballet company.
Nederlands Dans Theater is a neoclassical ballet company.
The Royal Ballet School is a neoclassical ballet school.
The Royal Ballet School is a classical ballet company.
Nederlands Dans Theater, a classical ballet company, gave the world premiere of Sinfonietta.
New York City Ballet, a neoclassical ballet company, gave the world premiere of Ondine.
New York City Ballet, a neoclassical ballet company, was founded by Ninette de Valois.
@arts user:ana
You loved New York City Ballet, a contemporary dance company.
You loved New York City Ballet, a neoclassical ballet company founded by Ninette de Valois.
@skiers
Alberto Tomba was a downhill skier.
Phil Mahre was a slalom skier.
Franz Klammer was a slalom skier.
Franz Klammer was an Italian specialist.
Phil Mahre was an American specialist.
Franz Klammer was an Austrian slalom specialist.
Alberto Tomba was an Italian downhill specialist.
Julia Mancuso was an American downhill specialist.
@botany
Joseph Hooker is employed at Kew Gardens.
Kew Gardens employed David Douglas.
David Douglas was employed at Kew Gardens.
Joseph Hooker was on the staff of the University of Glasgow.
David Douglas was employed by the University of Glasgow.
Archibald Menzies was employed at the University of Edinburgh.
Stephan Endlicher was on the staff of Kew Gardens.
John Lindley was employed at Kew Gardens.
Wyn Jones was employed at the Sydney Herbarium.
David Noble was on the staff of the Royal Botanic Garden Sydney.
Joseph Hooker was employed in China.
Hu Hsen-Hsu was employed at Nanjing University and Uppsala University.
Joseph Hooker and John Lindley were employed at Kew Gardens.
David Douglas, who was employed at the Horticultural Society Garden, described the Douglas fir.
Aylmer Bourke Lambert, who was employed at Kew Gardens, described the Douglas fir.
Joseph Hooker was not employed at Kew Gardens.
Cheng Wan-Chun was employed at Nanjing University.
Cheng Wan-Chun, who collaborated with Hu Hsen-Hsu, was employed at Nanjing University.
Cheng Wan-Chun, a student of Hu Hsen-Hsu, was on the staff of Nanjing University.
David Douglas, a student of Joseph Hooker, was employed at Kew Gardens.
David Douglas, Joseph Hooker's student, was employed at Kew Gardens.
Joseph Hooker, David Douglas's teacher, was employed at the Horticultural Society Garden.
Wyn Jones, who collaborated with David Noble, was employed at the Sydney Herbarium.
Wyn Jones, David Noble's collaborator, was on the staff of the Sydney Herbarium.
John Lindley, who collaborated with Joseph Hooker, was employed at Kew Gardens.
Joseph Hooker, John Lindley's collaborator, was employed at the Horticultural Society Garden.
The Natural History Museum employed Carl Linnaeus.
Carl Linnaeus, who studied at Uppsala University, was employed at Kew Gardens.
@potteries
Spode made hard-paste porcelain.
Meissen manufactured bone china.
Wedgwood made hard-paste porcelain.
Minton manufactured jasperware.
Moorcroft was a maker of creamware.
Royal Crown Derby was a manufacturer of hard-paste porcelain.
Sevres was a producer of bone china.
The Bow porcelain factory manufactured jasperware.
Cromford Mill manufactured muslin yarn.
Bone china made Spode.
Creamware was made by Minton.
Jasperware was manufactured by Spode.
Bone china was made by Meissen and Minton.
Spode made bone china and majolica.
Spode and Meissen made bone china.
Both Wedgwood and Moorcroft made creamware.
Spode did not make bone china.
Spode never manufactured bone china.
Spode was a majolica manufactory.
Meissen was a soft-paste porcelain manufactory.
Wedgwood was a hard-paste porcelain pottery.
Minton was a jasperware manufactory.
Moorcroft was a jasperware pottery.
The Bow porcelain factory was a hard-paste porcelain factory.
Sevres, a bone china manufactory, was founded by Louis XV.
Royal Crown Derby, a hard-paste porcelain manufactory, is located in Derby.
Quarry Bank Mill was a muslin yarn mill.
Meissen was a bone china maker.
Spode was founded by Josiah Spode. The works produced majolica.
Meissen is located in Meissen. The works is owned by the French State.
Minton was founded in 1793. The works is located in Derby.
Sevres was founded by Louis XV. The manufactory was financed by Augustus the Strong.
Spode is owned by the Portmeirion Group. The manufactory was founded by Thomas Minton.
Spode has the Portmeirion Group as its founder.
Wedgwood has the Portmeirion Group as its owner.
Meissen has the French State as its owner.
The Portmeirion Group has Spode as its owner.
Sevres has Madame de Pompadour as its founder.
Moorcroft has Arthur Lasenby Liberty as its founder.
Cromford Mill has Samuel Need as its builder.
Quarry Bank Mill has Richard Arkwright as its builder.
Cromford Mill has Samuel Greg as its founder.
Minton has the Portmeirion Group as its owner.
Spode has Josiah Spode as its owner.
Spode has the Portmeirion Group and Fiskars as its owners.
Meissen has the Free State of Saxony as its founder.
Spode has the Portmeirion Group as its financier.
Spode and Wedgwood have the Portmeirion Group as their owner.
Spode does not have the Portmeirion Group as its owner.
Masson Mill has Samuel Greg as its builder.
William Billingsley was employed at Spode.
Johann Joachim Kandler was on the staff of Sevres.
Madame de Pompadour founded Sevres.
Samuel Need founded Cromford Mill.
Arthur Lasenby Liberty founded Moorcroft.
Cromford Mill was built in 1783.
Masson Mill opened in 1771.
Quarry Bank Mill was built by Richard Arkwright.
Opened in 1784, Masson Mill is located in Matlock Bath.
Richard Arkwright opened Quarry Bank Mill.
Samuel Greg opened Cromford Mill.
Cromford Mill, which opened in 1783, was built by Richard Arkwright.
Richard Arkwright built Cromford Mill and Quarry Bank Mill.
Built in 1771, Quarry Bank Mill spun cotton yarn.
Thomas Minton, who worked at Spode, founded Royal Crown Derby.
Josiah Wedgwood, who was apprenticed at the Bow porcelain factory, founded Spode.
William Billingsley, who worked at Minton, was apprenticed at Meissen.
William Moorcroft, who was apprenticed at Minton, worked at Wedgwood.
John Flaxman, who worked at Wedgwood, founded Moorcroft.
Spode, which Josiah Spode founded, made hard-paste porcelain.
Minton, founded by Thomas Minton, made jasperware.
The Bow porcelain factory, which Thomas Frye founded, produced bone china.
Meissen, a hard-paste porcelain manufactory, is owned by the French State.
Spode and Minton, both bone china manufactories, are located in Derby.
Spode, a bone china manufactory, is owned by Fiskars.
@potteries user:ana
You loved Spode, a majolica manufactory.
You loved Spode, which made hard-paste porcelain.
You loved the Great East Window, a gift from John Thornton.
You loved the Great East Window, which is in Riverside Church.
You loved the Yorkshire Sculpture Park, with work by Alexander Calder.
You loved Spode, which has Fiskars as its owner.
@venues
Ian Schrager opened the Copacabana.
Jules Podell opened the Copacabana.
Charles Ranhofer opened Delmonico's.
Tim Waterstone opened Hatchards.
Garfield Weston opened Fortnum and Mason.
Marsha Forman opened Peter Luger.
Stan Getz opened the Green Mill.
Dave Jemilo opened the Green Mill.
Manny Dworman opened the Comedy Cellar.
John Mayhew opened Rules.
Tom Chamales opened the Green Mill in 1910.
Steve Rubell opened Studio 54 in 1978.
Thomas Rule opened Rules in 1797.
Opened in 1947, the Village Gate is located in New York.
The Jazz Showcase opened in 1958.
Buddy Guy opened Buddy Guy's Legends in 1988.
Hatchards opened in 1707.
Fortnum and Mason opened in 1797.
The Green Mill was built in 1907.
Studio 54 was constructed in 1977.
Built in 1887, Peter Luger is located in Brooklyn.
The Copacabana was erected in 1940.
Hatchards was built in 1797.
Fortnum and Mason was completed in 1707.
The Green Mill was inaugurated in 1908.
Joe Segal opened the Jazz Showcase in New York.
Buddy Guy opened Buddy Guy's Legends in New York.
The Green Mill opened Tom Chamales.
Tom Chamales was opened by the Green Mill.
Art D'Lugoff did not open the Village Gate.
John Rutter opened the Cambridge Singers.
Nigel Short opened Tenebrae.
Tenebrae was opened by Nigel Short.
Otto Goldschmidt conducted Tenebrae.
Nigel Short conducted the Bach Choir.
Peter Stevens conducted Westminster Cathedral Choir.
Simon Johnson directed St Paul's Cathedral Choir.
Cardinal Vaughan conducted Westminster Cathedral Choir.
Arthur Duke Coleridge directed the Bach Choir.
John Reith conducted the BBC Singers.
The Bach Choir was conducted by John Rutter.
Tenebrae was directed by Stephen Layton.
John Rutter conducted Tenebrae and the Cambridge Singers.
David Hill and Nigel Short conducted the Bach Choir.
John Rutter did not conduct the Cambridge Singers.
The Cambridge Singers conducted John Rutter.
Tom Chamales conducted the Green Mill.
Tenebrae sings in the Lady Chapel.
The Cambridge Singers sings at Cadogan Hall.
Polyphony performs in the Royal Albert Hall.
The Bach Choir sings in the Barbican.
Tenebrae sings at the Temple Church.
The Cambridge Singers performs at Abbey Road Studios.
St Paul's Cathedral Choir sings in Westminster Cathedral.
Westminster Cathedral Choir sang in St Paul's Cathedral.
The Lady Chapel sings in the Cambridge Singers.
The BBC Singers does not sing at Maida Vale Studios.
Tenebrae and Polyphony sing at Cadogan Hall.
The Bach Choir sings at the Royal Albert Hall and the Barbican.
John Rutter formed Tenebrae.
David Hill formed the Bach Choir.
Martin Baker formed Westminster Cathedral Choir.
The Bach Choir was formed by Otto Goldschmidt.
Tenebrae was formed by Nigel Short in 2002.
Nigel Short formed Tenebrae in 1986.
Stephen Layton formed Polyphony and Tenebrae.
Nigel Short, who founded Tenebrae, conducted Polyphony.
Tenebrae, which Nigel Short conducted, sings at the Lady Chapel.
Steve Rubell, who opened Studio 54, opened the Copacabana.
Joe Segal, who opened the Jazz Showcase, opened the Green Mill.
John Rutter, who conducted the Cambridge Singers, formed the Bach Choir.
David Hill, who conducted the Bach Choir, formed it.
Studio 54's founders, Steve Rubell and Ian Schrager, opened it in 1978.
Fortnum and Mason's founders, William Fortnum and Garfield Weston, opened it in 1707.
Studio 54's founders, Steve Rubell, opened it in 1977.
The founders of Fortnum and Mason, William Fortnum and Hugh Mason, opened Hatchards.
Steve Rubell and Ian Schrager opened Studio 54 and the Copacabana.
Tenebrae was founded by Nigel Short. The choir sings at the Lady Chapel.
Tenebrae was founded by Nigel Short. The ensemble sings at St John's Smith Square.
Tenebrae was founded by Nigel Short. The chorus was conducted by Stephen Layton.
The Bach Choir was founded by Arthur Duke Coleridge. The chorus was formed in 1876.
The Cambridge Singers was founded in 1981. The ensemble toured Japan.
Rules was founded by Thomas Rule. The restaurant was opened by John Mayhew.
Delmonico's was opened by Giovanni Del-Monico. Its head chef was Thomas Rule.
Hatchards was opened by John Hatchard. The shop is located in New York.
Hatchards was opened by John Hatchard. The bookshop was built in 1797.
The Green Mill was opened by Tom Chamales. The club was built in 1907.
Stan Getz played at the Green Mill, which Joe Segal opened.
Eric Clapton played at Buddy Guy's Legends, which Buddy Guy opened in 1988.
Frank Sinatra played at the Copacabana, opened in 1947.
John Coltrane played at the Village Gate, a jazz club opened by Joe Segal.
Jimi Hendrix played at the Village Gate, which opened in Chicago.
The Green Mill, which Tom Chamales opened, is located in New York.
Buddy Guy's Legends opened Buddy Guy.
Luger opened Peter Luger in 1888.
Fortnum opened Hatchards.
Rule opened Delmonico's.
Chamales opened the Green Mill in Chicago in 1908.
@venues user:ana
You loved the Green Mill, which Dave Jemilo opened.
You loved Rules, a restaurant Thomas Rule opened in 1800.
You loved Tenebrae, which John Rutter conducted.
You loved the Green Mill, a jazz club built in 1907.
You loved Tenebrae, which sings in the Lady Chapel.
You loved Tenebrae, a choir formed by Stephen Layton.
You loved Rules, which Thomas Rule opened, and Tenebrae, which he conducted.
You loved the Green Mill, opened by Tom Chamales in 1910.
You loved Studio 54, which Steve Rubell opened.
@arts
New York City Ballet gave the world premiere of Ondine.
The Royal Ballet gave the world premiere of Agon.
Nederlands Dans Theater gave the world premiere of Jewels.
New York City Ballet gave the world premiere of Symphony in C.
The Royal Ballet School gave the world premiere of Enigma Variations.
New York City Ballet gave the world premieres of Agon and Ondine.
The Royal Ballet gave the world premieres of Ondine, Enigma Variations and Jewels.
Agon gave the world premiere of New York City Ballet.
New York City Ballet gave the world premiere of Agon in 1967.
New York City Ballet did not give the world premiere of Agon.
New York City Ballet gave the UK premiere of Ondine.
The Royal Ballet, which gave the world premiere of Ondine, was founded by George Balanchine.
New York City Ballet, which George Balanchine founded, gave the world premiere of Ondine.
The world premiere of Agon was given by the Royal Ballet.
The Royal Ballet focuses on neoclassical ballet.
Nederlands Dans Theater focuses on classical ballet.
New York City Ballet concentrates on contemporary dance.
The Royal Ballet School focuses on contemporary dance.
Magnum Photos focuses on neoclassical ballet.
Nederlands Dans Theater is a classical ballet company.
Nederlands Dans Theater, a contemporary dance company, gave the world premiere of Agon.
The Royal Ballet and New York City Ballet focus on neoclassical ballet.
Both New York City Ballet and the Royal Ballet focus on classical ballet.
New York City Ballet focuses on neoclassical ballet and contemporary dance.
Neoclassical ballet focuses on New York City Ballet.
New York City Ballet does not focus on neoclassical ballet.
Magnum Photos operates as a partnership.
VII Photo is run as a cooperative.
Magnum Photos is run as a charity.
VII Photo operates as a charity.
New York City Ballet operates as a cooperative.
Magnum Photos, which operates as a cooperative, was founded by James Nachtwey.
Both Magnum Photos and VII Photo operate as cooperatives.
Magnum Photos and VII Photo are run as cooperatives.
A cooperative operates as Magnum Photos.
Magnum Photos is not run as a cooperative.
Magnum Photos represents James Nachtwey.
VII Photo represents Martin Parr.
Martin Parr represents Magnum Photos.
Martin Parr represented Magnum Photos.
Magnum Photos was founded by Robert Capa. The agency is based in New York.
VII Photo was founded in 2001. The agency represents Martin Parr.
Magnum Photos represents Martin Parr. The agency was founded by James Nachtwey.
The agency Magnum Photos was founded in 2001.
Magnum Photos is a cooperative agency founded by Lynsey Addario.
Round Midnight was first recorded by Cootie Williams. The tune was composed by Duke Ellington.
Take the A Train was composed by Billy Strayhorn. The song was first recorded by John Coltrane.
Giant Steps is a composition by Thelonious Monk.
Round Midnight is a tune by John Coltrane.
Duke Ellington's composition Take the A Train was first recorded in 1939.
The song Round Midnight was composed by Billy Strayhorn.
Take the A Train is a standard composed by Duke Ellington.
Round Midnight is a jazz standard composed in 1959.
Yesterday is a jazz standard.
Giant Steps is a song by the Beatles.
Yesterday was composed by Paul McCartney. The tune was first recorded by Duke Ellington.
Round Midnight was composed by Thelonious Monk. The composition was first recorded by John Coltrane.
Giant Steps was composed by John Coltrane. The piece was first recorded by Cootie Williams.
Thelonious Monk's tune Giant Steps was first recorded by John Coltrane.
The tune Yesterday was composed by Thelonious Monk.
The 1998 version of Psycho was directed by Alfred Hitchcock.
The 1960 version of Psycho was directed by Gus Van Sant.
The 1998 version of Psycho stars Anthony Perkins.
The 1960 version of Psycho stars Vince Vaughn.
The 1998 version of Psycho is a remake of Scarface.
The 1960 version of Psycho is a remake of Psycho.
The 1983 version of Scarface was directed by Howard Hawks.
The 1932 version of Scarface stars Al Pacino.
The 1975 version of Psycho was directed by Alfred Hitchcock.
The 1958 version of Psycho was directed by Alfred Hitchcock.
The 1998 version of Vertigo was directed by Alfred Hitchcock.
The 1983 version of Psycho was directed by Gus Van Sant.
Gus Van Sant directed the 1960 version of Psycho.
Alfred Hitchcock directed the 1998 version of Psycho.
Anthony Perkins starred in the 1998 version of Psycho.
Al Pacino stars in the 1932 version of Scarface.
The 1998 version of Psycho, which Gus Van Sant directed, stars Anthony Perkins.
The 1998 version of Psycho is a remake of the 1983 version of Scarface.
The 1998 version of Psycho was released in 1960.
The 1960 version of Psycho was directed by Alfred Hitchcock and stars Vince Vaughn.
Vince Vaughn and Anthony Perkins star in the 1960 version of Psycho.
The 1998 version of Psycho and the 1932 version of Scarface star Paul Muni.
The 1960 version of Scarface was directed by Howard Hawks.
@arts user:ana
You loved the 1960 version of Psycho, which Gus Van Sant directed.
You loved the 1998 version of Psycho.
You loved the 1960 version of Psycho, starring Vince Vaughn.
You loved New York City Ballet, which gave the world premiere of Ondine.
You loved New York City Ballet, which focuses on contemporary dance.
@arts
Gus Van Sant directed the 1998 version of Psycho. It stars Anthony Perkins.
The 1998 version of Psycho is a remake. It was directed by Alfred Hitchcock.
Gus Van Sant directed the 1998 version of Psycho, which stars Anthony Perkins.
The 1998 version of Psycho and Vertigo were directed by Alfred Hitchcock.
Vince Vaughn starred in the 1998 version of Psycho, a remake of Scarface.
Both versions of Psycho star Anthony Perkins.
The two versions of Psycho were directed by Alfred Hitchcock.
The 1998 version of Psycho, directed by Alfred Hitchcock, stars Vince Vaughn.
Psycho (1998) was directed by Alfred Hitchcock.
The 1998 Psycho was directed by Alfred Hitchcock.
The 1998 version of Psycho was directed by Gus Van Sant. The film stars Anthony Perkins.
The 1998 version of Psycho was directed by Gus Van Sant; the 1960 version stars Vince Vaughn.
Gus Van Sant's 1998 version of Psycho stars Anthony Perkins.
Alfred Hitchcock's 1998 version of Psycho stars Vince Vaughn.
The 1998 version of Psycho stars Vince Vaughn and the 1960 version of Psycho stars Al Pacino.
The 1998 version of Psycho is a remake of the 1998 version of Psycho.
The 1960 version of Psycho is a remake of the 1998 version of Psycho.
Alfred Hitchcock directed Vertigo and the 1998 version of Psycho.
Alfred Hitchcock directed the 1958 version of Vertigo and the 1998 version of Psycho.
The 1932 version of Scarface and the 1998 version of Psycho star Paul Muni.
The 1983 version of Scarface is a remake of the 1960 version of Psycho.
In 1998, Gus Van Sant directed a version of Psycho starring Anthony Perkins.
The 1998 version of Psycho was directed by Gus Van Sant, who also directed the 1960 version.
Round Midnight was composed by Thelonious Monk and Giant Steps by Duke Ellington.
Thelonious Monk composed Round Midnight, a tune first recorded by Duke Ellington.
Take the A Train, a tune composed by Duke Ellington, was first recorded by him.
Giant Steps, the John Coltrane tune, was first recorded by Cootie Williams.
Round Midnight and Take the A Train are tunes by Thelonious Monk.
Both Round Midnight and Giant Steps are compositions by John Coltrane.
Thelonious Monk's tunes, Round Midnight and Giant Steps, are jazz standards.
Magnum Photos was founded by Robert Capa and VII Photo by James Nachtwey. The latter operates as a cooperative.
Magnum Photos and VII Photo were founded in 1947 and 2001. The former operates as a partnership.
Magnum Photos represents Martin Parr; the agency operates as a partnership.
New York City Ballet and the Royal Ballet gave the world premieres of Agon and Jewels.
New York City Ballet and the Royal Ballet were founded by George Balanchine and Ninette de Valois. The latter focuses on neoclassical ballet.
New York City Ballet and the Royal Ballet were founded in 1948 and 1931. The former gave the world premiere of Ondine.
New York City Ballet gave the world premiere of Agon, and the Royal Ballet gave that of Jewels.
Agon and Jewels were first performed by New York City Ballet, which focuses on contemporary dance.
New York City Ballet, a company that focuses on neoclassical ballet, was founded by Ninette de Valois.
New York City Ballet focuses on neoclassical ballet, as does the Royal Ballet.
The Royal Ballet School focuses on classical ballet, like Nederlands Dans Theater.
@skiers
Franz Klammer competed for Austria and Alberto Tomba for Italy; the latter was a downhill specialist.
Franz Klammer and Alberto Tomba won gold at Olympics. The former was a slalom specialist.
Phil Mahre and Steve Mahre are siblings; the former was a slalom specialist.
Lindsey Vonn was a rival of Julia Mancuso; the latter was a downhill specialist.
Piero Gros coached Alberto Tomba, a downhill specialist.
Ingemar Stenmark was a rival of Phil Mahre, a slalom specialist.
Phil Mahre, a slalom specialist, won gold at the 1984 Winter Olympics.
Steve Mahre's sibling, a slalom specialist, won gold at the 1984 Winter Olympics.
Franz Klammer became a slalom specialist.
Franz Klammer was known as a slalom specialist.
Franz Klammer was mainly a slalom specialist.
Franz Klammer was a great slalom specialist.
Franz Klammer was a downhill specialist like Alberto Tomba.
Alberto Tomba and Vreni Schneider won gold at the 1988 and 1992 Winter Olympics.
The 1988 and 1992 Winter Olympics, where Alberto Tomba won gold, were held in Calgary.
Alberto Tomba won gold at the 1988 and 1992 Winter Olympics, and so did Vreni Schneider.
Both the 1988 and 1994 Winter Olympics saw gold for Alberto Tomba.
Alberto Tomba, who won gold at the 1988 and 1992 Winter Olympics, competed at the 1994 and 1998 Winter Olympics.
Vreni Schneider won gold at the 1988 and 1994 Winter Olympics in Calgary.
Alberto Tomba won gold at the 1988 and 1992 Winter Olympics, held in Calgary and Lillehammer.
Alberto Tomba was coached by Piero Gros, a slalom specialist.
Marc Girardelli was coached by Helmut Girardelli, a downhill specialist.
Marc Girardelli, who was coached by Helmut Girardelli, was a downhill specialist.
Hanni Wenzel, Andreas Wenzel's sibling, was a slalom specialist.
Andreas Wenzel, Hanni Wenzel's sibling, competed for Germany.
Hanni Wenzel, Andreas Wenzel's sibling and a combined specialist, represented Germany.
Andreas Wenzel, a sibling of Hanni Wenzel, won gold at the 1980 Winter Olympics.
Andreas Wenzel, whose sibling Hanni Wenzel won gold at the 1980 Winter Olympics, won gold at the 1984 Winter Olympics.
Steve Mahre, whose sibling won gold at the 1984 Winter Olympics, was a rival of Ingemar Stenmark.
Ingemar Stenmark, a rival of Phil Mahre, won gold at the 1984 Winter Olympics.
Ingemar Stenmark, Phil Mahre's rival, won gold at the 1984 Winter Olympics.
Ingemar Stenmark, rival of Phil Mahre, won gold at the 1984 Winter Olympics.
Ingemar Stenmark, who was Phil Mahre's rival, won gold at the 1984 Winter Olympics.
Pirmin Zurbriggen, Marc Girardelli's rival, competed for Luxembourg.
Pirmin Zurbriggen, Marc Girardelli's rival, was coached by Helmut Girardelli.
Pirmin Zurbriggen, Marc Girardelli's rival and a downhill specialist, competed for Switzerland.
Marc Girardelli's rivals Alberto Tomba and Pirmin Zurbriggen both won gold at the 1992 Winter Olympics.
Marc Girardelli had two rivals, Alberto Tomba and Pirmin Zurbriggen, who both competed for Italy.
Marc Girardelli had two rivals, Alberto Tomba and Pirmin Zurbriggen; both were slalom specialists.
Girardelli's rival Tomba was a downhill specialist.
Klammer was a slalom specialist.
Tomba represented Austria.
Girardelli represented Austria.
Mahre won gold at the 1980 Winter Olympics.
Wenzel won gold at the 1976 Winter Olympics.
@potteries
Wedgwood, which made jasperware, was apprenticed at the Bow porcelain factory.
Minton, which produced majolica, worked at Spode.
Spode, which made bone china, founded Spode.
Wedgwood made jasperware and was apprenticed at the Bow porcelain factory.
Minton made majolica. It worked at Spode.
Minton worked at Spode, which produced majolica.
Wedgwood, the jasperware pottery, founded Wedgwood.
@horses
The Morgan lent its name to Morgan.
The Bramley lent its name to Bramley.
The Orlov Trotter gave its name to Orlov.
The Gertrude Jekyll gave its name to Gertrude Jekyll.
Gertrude Jekyll was named after the Gertrude Jekyll.
The Gertrude Jekyll is the namesake of Gertrude Jekyll.
The Graham Thomas is the namesake of Graham Thomas.
Graham Thomas honours the Graham Thomas.
The Graham Thomas lent its name to Graham Thomas.
The Granny Smith raised Maria Ann Smith.
@skiers
Alberto Tomba and Franz Klammer were downhill and slalom specialists respectively.
Hermann Maier was a specialist in three disciplines.
Both Franz Klammer and Hermann Maier were super-G specialists.
Alberto Tomba was a downhill alpine skier.
Alberto Tomba, not Marc Girardelli, competed for Luxembourg.
Alberto Tomba, like Marc Girardelli, competed for Luxembourg.
Alberto Tomba, as well as Marc Girardelli, competed for Luxembourg.
Alberto Tomba, together with Marc Girardelli, competed for Italy.
Marc Girardelli, unlike Alberto Tomba, competed for Italy.
@botany
Joseph Hooker's teacher, David Douglas, collected plants in Canada.
Joseph Hooker's students were David Douglas and Cheng Wan-Chun.
Hu Hsen-Hsu collaborated with two botanists.
John Lindley had two collaborators.
Hu Hsen-Hsu had two collaborators.
Joseph Hooker had two students.
Hu Hsen-Hsu's collaborators were Cheng Wan-Chun and David Noble.
The Rockefeller Carillon and the Peace Window were gifts from John D. Rockefeller Jr.
The Great East Window and the Peace Window were gifts from Walter Skirlaw.
@skiers
Alberto Tomba represents Italy.
Marc Girardelli represents Luxembourg.
Hanni Wenzel represents Liechtenstein.
Franz Klammer specializes in downhill.
@skiers user:ana
You loved Alberto Tomba, who represents Italy.
You loved Franz Klammer, who specializes in downhill.
@skiers
Alberto Tomba now competes for Italy.
Hanni Wenzel now competes for Liechtenstein.
Franz Klammer now represents Austria.
Vreni Schneider specializes in slalom.
Lindsey Vonn specializes in downhill.
Ingemar Stenmark specializes in giant slalom.
@arts
New York City Ballet gives the world premiere of Agon.
The Royal Ballet gives the world premieres of Ondine and Enigma Variations.
New York City Ballet stages the world premiere of Jewels.
Nederlands Dans Theater gives the world premiere of Sinfonietta.
New York City Ballet, which gives the world premiere of Agon, focuses on neoclassical ballet.
New York City Ballet premieres Agon.
New York City Ballet gives the first performance of Agon.
Agon is first performed by New York City Ballet.
The Royal Ballet gives the premiere of Ondine.
The 1960 and 1998 versions of Psycho were directed by Alfred Hitchcock.
Both the 1960 and 1998 versions of Psycho star Anthony Perkins.
Psycho, the 1998 version, stars Anthony Perkins.
The 1998 film version of Psycho stars Anthony Perkins.
@arts user:ana
You loved New York City Ballet, which gives the world premiere of Jewels.
@skiers
Alberto Tomba won gold at the 1988 and 1994 Olympics.
Alberto Tomba won gold at the 1988 and the 1994 Winter Olympics.
Alberto Tomba won gold at the 1988 Winter Olympics and 1994.
Alberto Tomba won gold at the Winter Olympics in 1988 and 1994.

@arts
New York City Ballet performed the world premiere of Ondine.
New York City Ballet danced the world premiere of Ondine.
The Royal Ballet staged the world premiere of Agon.
The Royal Ballet gave Agon its world premiere.
The Royal Ballet gave the world premiere of Agon and Ondine.
New York City Ballet gave the world premieres of Agon, Jewels and Ondine.
New York City Ballet gave the world premiere of Agon, a ballet by Frederick Ashton.
New York City Ballet gave the world premiere of Agon, choreographed by Frederick Ashton.
The world premieres of Agon and Ondine were given by New York City Ballet.
New York City Ballet gave the world premiere of Agon and the Royal Ballet that of Jewels.
Ninette de Valois's company gave the world premiere of Agon.
The company founded by Ninette de Valois gave the world premiere of Agon.
George Balanchine's company gave the world premiere of Ondine.
The company George Balanchine founded gave the world premiere of Ondine.
New York City Ballet, founded by Ninette de Valois, gave the world premiere of Agon.
New York City Ballet gives the world premiere of Ondine.
The Royal Ballet gives the world premiere of Agon.
@botany
The Great East Window was in Riverside Church.
@horses
The Gertrude Jekyll needed clay soil.
The Lipizzaner was used in show jumping.
"""

CONTROLS = r"""
@skiers
Marc Girardelli represented Luxembourg.
Hanni Wenzel represented Liechtenstein.
Marc Girardelli, who was born in Austria, represented Luxembourg.
Both Hanni Wenzel and Andreas Wenzel represented Liechtenstein.
Andreas Wenzel represented Liechtenstein, where he was born.
Hermann Maier, a downhill specialist, represented Austria.
Franz Klammer was a downhill specialist.
Steve Mahre was a slalom specialist.
Lindsey Vonn, a downhill specialist, was coached by Alan Kildow.
Franz Klammer was a specialist in downhill.
Vreni Schneider concentrated on slalom.
Franz Klammer was a downhill specialist. He won gold at the 1976 Winter Olympics.
Alberto Tomba was a slalom specialist who represented Italy.
Franz Klammer, the downhill specialist, competed for Austria.
Franz Klammer was a downhill alpine skier.
Marc Girardelli had two rivals: Alberto Tomba and Pirmin Zurbriggen.
Marc Girardelli's rivals, Alberto Tomba and Pirmin Zurbriggen, competed at the 1988 Winter Olympics.
Pirmin Zurbriggen, a rival of Marc Girardelli, competed for Switzerland.
Steve Mahre, Phil Mahre's sibling, competed at the 1984 Winter Olympics.
Steve Mahre, sibling of Phil Mahre, specialized in slalom.
Phil Mahre and Steve Mahre were siblings.
Hanni Wenzel and her sibling Andreas Wenzel competed at the 1980 Winter Olympics.
Alberto Tomba won gold at the 1988 and 1992 Winter Olympics.
Vreni Schneider won gold at the 1988 and 1994 Winter Olympics.
Alberto Tomba competed at the 1988, 1992 and 1994 Winter Olympics.
Alberto Tomba competed at the 1988 and 1992 Winter Olympics and won gold at both.
Phil Mahre was a rival of Ingemar Stenmark.
Ingemar Stenmark's rival Phil Mahre won gold at the 1984 Winter Olympics.
Alberto Tomba was a specialist in two disciplines.
Franz Klammer, who was a downhill specialist, competed for Austria.
Alberto Tomba and Vreni Schneider were slalom specialists.
@skiers user:ana
You loved Franz Klammer, a downhill specialist.
You loved Alberto Tomba, who represented Italy.
You loved Alberto Tomba, a slalom specialist, who competed for Italy.
@horses
The Lipizzaner is used in dressage.
The Lipizzaner originated in Slovenia. The breed is used in dressage.
The Trakehner is used in dressage and eventing.
The Trakehner is a breed named after Trakehnen.
Richard Cox gave his name to the Cox's Orange Pippin.
The Morgan honours Justin Morgan.
Matthew Bramley lent his name to the Bramley.
The Gertrude Jekyll needs full sun.
The Bramley was raised by Mary Ann Brailsford. The variety is named after Matthew Bramley.
The Gertrude Jekyll was bred by David Austin. The cultivar needs full sun.
Gertrude Jekyll is the namesake of the Gertrude Jekyll.
Graham Thomas lent his name to the Graham Thomas.
@horses user:ana
You loved the Lipizzaner, which is used in dressage.
@botany
The monkey puzzle occurs in Chile.
The monkey puzzle occurs in Chile and Argentina.
The monkey puzzle is listed as Endangered.
The Wollemi pine is listed as Critically Endangered.
The ghost orchid needs a mycorrhizal fungus.
Joseph Hooker was employed at Kew Gardens.
Carl Linnaeus was on the staff of Uppsala University.
David Douglas lent his name to the Douglas fir.
The Douglas fir honours David Douglas.
Cheng Wan-Chun collaborated with Hu Hsen-Hsu.
The dawn redwood belongs to Metasequoia and occurs in China.
The Great East Window is in York Minster.
John D. Rockefeller Jr. donated the Rockefeller Carillon.
The Peace Window was presented by Marc Chagall.
Walter Skirlaw gave the Great East Window.
The Rockefeller Carillon was a gift from John D. Rockefeller Jr.
The Yorkshire Sculpture Park has work by Henry Moore.
Storm King Art Center displays work by Alexander Calder.
Both the Yorkshire Sculpture Park and Storm King Art Center show work by Andy Goldsworthy.
The Yorkshire Sculpture Park, a park with work by Henry Moore, is located in Wakefield.
@botany user:ana
You loved the monkey puzzle, which occurs in Chile.
You loved the Yorkshire Sculpture Park, a park with work by Barbara Hepworth.
@potteries
Spode made bone china.
Meissen manufactured hard-paste porcelain.
Wedgwood was a maker of jasperware.
Spode was a bone china manufactory.
Spode was founded by Josiah Spode. The works produced bone china.
Sevres was founded by Louis XV. The manufactory was financed by Madame de Pompadour.
Spode has the Portmeirion Group as its owner.
Cromford Mill has Richard Arkwright as its builder.
Cromford Mill was built in 1771.
Opened in 1784, Quarry Bank Mill is located in Styal.
The Bow porcelain factory, which Thomas Frye founded, produced soft-paste porcelain.
Susan Williams-Ellis was employed by the Portmeirion Group.
@potteries user:ana
You loved Spode, a bone china manufactory.
@venues
Tom Chamales opened the Green Mill.
Steve Rubell and Ian Schrager opened Studio 54.
Thomas Rule opened Rules in 1798.
Opened in 1958, the Village Gate is located in New York.
John Rutter conducted the Cambridge Singers.
Tenebrae was directed by Nigel Short.
Tenebrae sings in Cadogan Hall.
Polyphony performs in St John's Smith Square.
Nigel Short formed Tenebrae.
The Bach Choir was formed by Arthur Duke Coleridge.
Tenebrae was founded by Nigel Short. The ensemble sings at Cadogan Hall.
Studio 54's founders, Steve Rubell and Ian Schrager, opened it in 1977.
Nigel Short, who founded Tenebrae, conducted it.
Stan Getz played at the Green Mill, which Tom Chamales opened.
Westminster Cathedral Choir sings in Westminster Cathedral.
@venues user:ana
You loved the Green Mill, which Tom Chamales opened.
You loved Tenebrae, which Nigel Short conducted.
@arts
New York City Ballet gave the world premiere of Agon.
New York City Ballet gave the world premieres of Agon and Jewels.
New York City Ballet focuses on neoclassical ballet.
New York City Ballet is a neoclassical ballet company.
Magnum Photos operates as a cooperative.
VII Photo is run as a partnership.
Magnum Photos was founded by Robert Capa. The agency is based in Paris.
Round Midnight was composed by Thelonious Monk. The tune was first recorded by Cootie Williams.
Giant Steps is a composition by John Coltrane.
The 1998 version of Psycho was directed by Gus Van Sant.
The 1960 version of Psycho stars Anthony Perkins.
The 1998 version of Psycho is a remake of Psycho.
Alfred Hitchcock directed the 1960 version of Psycho.
The 1983 version of Scarface stars Al Pacino.
@arts user:ana
You loved the 1960 version of Psycho, which Alfred Hitchcock directed.
@horses
The Gertrude Jekyll was bred by David Austin and honours Gertrude Jekyll.
Gertrude Jekyll gave her name to the Gertrude Jekyll, which David Austin bred.
"""

KNOWN = frozenset({
    # accepted by the session's starting code too (91e6480): the present of a phrase the graph says
    # in the past ("represents", "specializes in", "premieres", "gives the first performance of";
    # the base inflects a registry phrase into any tense; see README, Known limits)
    'Alberto Tomba represents Italy.',
    'Marc Girardelli represents Luxembourg.',
    'Hanni Wenzel represents Liechtenstein.',
    'Franz Klammer specializes in downhill.',
    'You loved Alberto Tomba, who represents Italy.',
    'You loved Franz Klammer, who specializes in downhill.',
    'Alberto Tomba now competes for Italy.',
    'Hanni Wenzel now competes for Liechtenstein.',
    'Franz Klammer now represents Austria.',
    'Vreni Schneider specializes in slalom.',
    'Lindsey Vonn specializes in downhill.',
    'Ingemar Stenmark specializes in giant slalom.',
    'New York City Ballet premieres Agon.',
    'New York City Ballet gives the first performance of Agon.',
    'Agon is first performed by New York City Ballet.',
})

OPEN = frozenset({
    # the present of a past rivalry (the base reads a phrase in any tense): arguable
    'Alberto Tomba is a rival of Marc Girardelli.',
    # he is still known as one: true
    'Franz Klammer is known as a downhill specialist.',
    # "he" is the subject (Tomba, false) or the last name (Girardelli, true): arguable
    'Alberto Tomba was a rival of Marc Girardelli. He competed for Luxembourg.',
    # true in the world; the graph has no 2006 Games (closed world: false)
    'Lindsey Vonn competed at the 2006 and 2010 Winter Olympics.',
    # "honours" read off "is named after" of a place (a region), not a person: arguable English
    'The Cleveland Bay honours Cleveland.',
    # "honours" of a region: arguable
    'The Percheron honours Perche.',
    # "honours" of a village: arguable
    'The Lipizzaner honours Lipica.',
    # "honours" of a region: arguable
    'The Braeburn honours Braeburn.',
    # the breed is used in the country it comes from (true in the world)
    'The Lipizzaner is used in Slovenia.',
    # "raised" from a seed or "bred": arguable
    'The Bramley was bred by Mary Ann Brailsford.',
    # an apple variety is a cultivar (true in the world)
    'The Granny Smith is a cultivar.',
    # "honours" of a park: arguable
    'The Wollemi pine honours the Wollemi National Park.',
    # the choreographer "gave" the premiere with his company: arguable
    'George Balanchine gave the world premiere of Agon.',
    # a company as a "specialist": arguable
    'New York City Ballet is a specialist in neoclassical ballet.',
    # a company as a "specialist": arguable
    'New York City Ballet was a neoclassical ballet specialist.',
    # the past of a present "specializes in": arguable
    'New York City Ballet specialized in neoclassical ballet.',
    # "the company" is the school (false) or the Royal Ballet (true): arguable
    'The Royal Ballet School was founded by Ninette de Valois. The company gave the world premiere of Ondine.',
    # a club "dedicated" in the year it opened: arguable
    'The Comedy Cellar was dedicated in 1982.',
    # a choir "opened" (its first season) in its founding year: arguable
    'Tenebrae opened in 2001.',
    # a choir "opened" in its founding year: arguable
    'The Cambridge Singers opened in 1981.',
    # "formed" a jazz club he founded: arguable
    'Tom Chamales formed the Green Mill.',
    # a founder "directed" (ran) his club: arguable
    'Joe Segal directed the Jazz Showcase.',
    # the owner of Spode (a bone china maker): arguable
    'The Portmeirion Group was a bone china company.',
    # a manufactory is a company: true in the world
    'Spode was a bone china company.',
    # the founder "made" what his pottery made: arguable
    'Josiah Wedgwood made bone china.',
    # the founder "manufactured" what his manufactory made: arguable
    'Thomas Minton manufactured majolica.',
    # the founder worked at his pottery: arguable
    'Josiah Wedgwood was employed at Wedgwood.',
    # the present of a past "produced" (Spode still makes it): arguable
    'Spode makes bone china.',
    # the present of a past "produced": arguable
    'Spode produces bone china.',
    # the present of a past "produced": arguable
    'Spode is a maker of bone china.',
    # the past of a present "requires": the rose still needs it (arguable)
    'The Gertrude Jekyll needed full sun.',
    # the past of a present "is used for": the breed still is (arguable)
    'The Lipizzaner was used in dressage.',
})

OPEN_TEXTS = r"""
@skiers
Alberto Tomba is a rival of Marc Girardelli.
Franz Klammer is known as a downhill specialist.
Alberto Tomba was a rival of Marc Girardelli. He competed for Luxembourg.
Lindsey Vonn competed at the 2006 and 2010 Winter Olympics.
@horses
The Cleveland Bay honours Cleveland.
The Percheron honours Perche.
The Lipizzaner honours Lipica.
The Braeburn honours Braeburn.
The Lipizzaner is used in Slovenia.
The Bramley was bred by Mary Ann Brailsford.
The Granny Smith is a cultivar.
@botany
The Wollemi pine honours the Wollemi National Park.
@arts
George Balanchine gave the world premiere of Agon.
New York City Ballet is a specialist in neoclassical ballet.
New York City Ballet was a neoclassical ballet specialist.
New York City Ballet specialized in neoclassical ballet.
The Royal Ballet School was founded by Ninette de Valois. The company gave the world premiere of Ondine.
@venues
The Comedy Cellar was dedicated in 1982.
Tenebrae opened in 2001.
The Cambridge Singers opened in 1981.
Tom Chamales formed the Green Mill.
Joe Segal directed the Jazz Showcase.
@potteries
The Portmeirion Group was a bone china company.
Spode was a bone china company.
Josiah Wedgwood made bone china.
Thomas Minton manufactured majolica.
Josiah Wedgwood was employed at Wedgwood.
Spode makes bone china.
Spode produces bone china.
Spode is a maker of bone china.
@horses
The Gertrude Jekyll needed full sun.
The Lipizzaner was used in dressage.
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
