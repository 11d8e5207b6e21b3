"""Red team round 223: the session's new readings (CHANGES.diff) on six small graphs of my own.

Graphs are built in code (``KnowledgeGraph.from_triples`` with declared entities and relations);
each text is checked with ``ConsistencyChecker(kg, outside_evidence=True, rating_threshold=4.0)``
and no evidence, so any true statement of the graph is allowed. Six graphs (see the builders):
"sport" (rugby and cricket on one graph: "played club rugby for", "played Test rugby for",
"played schoolboy rugby at", "played county cricket for", "played Test cricket for / against",
"played domestic cricket in", "played in" a final, "played as a" position, coaches who
"succeeded" one another, "was a member of" squads and clubs, owners who "owned" clubs), "music"
(works typed opera, symphony, ballet, musical, single, soundtrack, play, treatise; historians who
"work in" fields), "botany" (botanists who "specialised in" fields and "worked in" cities),
"industry" (chairmen who "succeeded" one another, a takeover "acquired", car models that "were
succeeded by" one another, factories "owned by" carmakers, members of a trade association),
"turf" (golf courses that "are a" links / parkland course, stallions of a breed standing at one
stud and foaled at another, golfers who "played college golf at"), "sky" (nebulae that "are an"
emission nebula and "lie in the constellation" Y; astronomers who "specialised in" fields and
"succeeded" one another).

Attacked: each reading of CHANGES.diff with wrong entities, wrong direction, wrong tense,
negation, lists with one wrong member, coreference, neighbouring relations on the same words, and
graphs where its conditions almost hold.

Findings: 35 of 407 false texts accepted, all new with the session (the code with CHANGES.diff
reversed, scratch/code_before/, accepts none of the 407). KNOWN: 6 more accepted before the
session too. Controls: 94 of 97 accepted. OPEN: 25 (10 accepted).
* the present of a "played <level> <sport> ..." phrase (16): "played club rugby for" reads
  "played rugby for", and its present "plays rugby for" too: only "played for" is kept in the
  phrase's past (``said_so``), "played rugby for" (two words after the verb) is no past state of
  ``_past_state``, so ``_inflect`` makes every tense of it. "Callum Hartley plays rugby for
  England / Leicester Tigers", "... plays rugby at Oakham School" (schoolboy rugby), "Alistair
  Penrose plays cricket for Yorkshire / for the England cricket team / in South Africa", "Ian
  Cardew plays golf at Stanford University" (college golf), in lists, relative clauses and
  coordinations. ("plays for", "plays at lock" are rejected.)
* "worked in / did research in <field> in <place>" (12): the new field words of "specialised in"
  ("worked in", "did research in") take a trailing "in Y" that reads the subject's birthplace
  ("was born in"): "William Hale worked in spectroscopy in Bath", "Margaret Ainslie worked in
  plant anatomy in Perth", "Johan Ekberg worked in mycology in Kalmar", "John Ashcombe did
  research in spectroscopy in Leeds": each worked elsewhere ("worked in Bath" alone is rejected,
  wrong_relation). The trailing "in Y" is older: "Anders Lindqvist specialised in bryology in
  Växjö" was accepted before the session too (KNOWN).
* "took over from Y as <noun> of Z" (6): the noun phrase after the predecessor is checked of the
  predecessor only, never of the subject who takes over: "Edward Lyle took over from Arthur Lyle
  as (the) founder of the Lyle Motor Company" (Arthur founded it), "Margaret Lyle took over from
  Edward Lyle as child of Arthur Lyle", "John Ashcombe took over from William Hale as discoverer
  of the Lantern Nebula". The same holds of "succeeded ... as" before the session (KNOWN); "was
  followed in office by X as ..." checks X and is rejected.
* "was followed in office by" of things (1): the succession forms need only that both ends be of
  one kind, so car models "were followed in office by" one another: "The Lyle Ten was followed in
  office by the Lyle Twelve" (no office; "The Lyle Twelve took over from the Lyle Ten" is in OPEN).
Held: "played for" where a club relation and a national-team relation meet (wrong side, the
coach's or owner's side, "played against"), the sport and level words ("played cricket for" a
rugby club, "Test" for a county), "played in" beside a match relation, positions ("played at
flanker", "played lock" of a lock's team, "plays at lock"), work type words as no one (he / she
after a work alone, after a work and a person, after two people), the place after a predicate
kind noun (wrong town, the architect's or discoverer's birthplace, another stud, apposition and
relative clause on the wrong name, lists), "took over from" / "was followed in office by"
(direction, tense, negation, lists, a takeover, a sire and son, the sequel relation that takes
"follow"), "belonged to" (present, reversed, wrong society, an owner beside a membership), the
field readings in the other tense and on non-field objects, years.
Controls rejected (3): "Callum Hartley played for Leicester Tigers and England" (a club and a
national side in one list of "played for": unattached_mention 'England'); "Emil Varga was followed
in office by Karel Novotný" (the musicals' sequel relation "was followed by" takes "follow", so no
"followed in office" on that graph); "Anders Lindqvist worked in the field of bryology" ("worked in
the field of" is not among the new forms: unknown_words 'worked').
Closed in the same session: the shortened "played <sport> for" keeps the phrase's past (as
written, never inflected); a person's act "in" a place after its object ("specialised in bryology
in Växjö") is where the act was, never where the person was born, died or lies (the KNOWN
"specialised in ... in Växjö" is rejected too); "X succeeded / took over from Y as N of Z" says N
of both (the KNOWN "succeeded ... as" texts are rejected too); "took over from" and "was followed
in office by" only of people. Then: accepted 0 of 407.
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


def sport():
    """Rugby players and cricketers (items dated by birth) on one graph. Rugby: "played club rugby
    for" clubs, "played Test rugby for" national teams (England, Ireland, France, Wales), "played
    schoolboy rugby at" schools, "captained" national teams, "was a member of" Lions touring squads;
    coaches (items) "coached" clubs and national teams and "succeeded" one another (Vickery after
    Mercer, Cotter after Doherty); Vickery also "played club rugby for" Bath; businessmen "owned"
    clubs. Cricket: "played county cricket for" counties, "played Test cricket for" / "played Test
    cricket against" national sides (no reading: "against"), "played domestic cricket in"
    countries (the new "played cricket in", "played in"), "played in" World Cup finals (a relation
    of its own on the same words), "was a member of" the MCC / I Zingari; an umpire "umpired" the
    finals. Both sports "played as a" positions (type "position": the new "played at X", "played
    X"). Tom Ashworth played club rugby for Bath and county cricket for Somerset."""
    rels = [
        R("club", phrase="played club rugby for", inverse_phrase="fielded", domain=("rugby player", "rugby coach"), range=("club",)),
        R("test", phrase="played Test rugby for", inverse_phrase="capped", domain=("rugby player",), range=("national team",)),
        R("school", phrase="played schoolboy rugby at", inverse_phrase="produced", domain=("rugby player",), range=("school",)),
        R("county", phrase="played county cricket for", inverse_phrase="registered", domain=("cricketer", "rugby player"),
          range=("county club",)),
        R("ctest", phrase="played Test cricket for", inverse_phrase="selected", domain=("cricketer",), range=("cricket team",)),
        R("against", phrase="played Test cricket against", inverse_phrase="faced", domain=("cricketer",), range=("cricket team",)),
        R("domestic", phrase="played domestic cricket in", inverse_phrase="hosted the domestic cricket of",
          domain=("cricketer",), range=("country",)),
        R("final", phrase="played in", inverse_phrase="featured", domain=("cricketer",), range=("match",)),
        R("position", phrase="played as a", inverse_phrase="is the position of", domain=("rugby player", "cricketer"),
          range=("position",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of",
          domain=("rugby player", "rugby coach", "cricketer", "umpire"), range=("city",)),
        R("coached", phrase="coached", inverse_phrase="was coached by", domain=("rugby coach",), range=("club", "national team")),
        R("succeeded", phrase="succeeded", inverse_phrase="was succeeded by", domain=("rugby coach",), range=("rugby coach",)),
        R("member", phrase="was a member of", inverse_phrase="had as a member", domain=("rugby player", "cricketer"),
          range=("touring squad", "cricket club")),
        R("owned", phrase="owned", inverse_phrase="was owned by", domain=("businessman",), range=("club",)),
        R("captained", phrase="captained", inverse_phrase="was captained by", domain=("rugby player",), range=("national team",)),
        R("umpired", phrase="umpired", inverse_phrase="was umpired by", domain=("umpire",), range=("match",)),
    ]
    items = {"p:hartley": ("rugby player", "Callum Hartley", 1981), "p:prideaux": ("rugby player", "Ewan Prideaux", 1984),
             "p:fahy": ("rugby player", "Declan Fahy", 1983), "p:kilbride": ("rugby player", "Ronan Kilbride", 1986),
             "p:soulie": ("rugby player", "Mathieu Soulié", 1982), "p:pryce": ("rugby player", "Gareth Pryce", 1985),
             "p:ashworth": ("rugby player", "Tom Ashworth", 1975),
             "c:mercer": ("rugby coach", "Alan Mercer", 1955), "c:vickery": ("rugby coach", "Stuart Vickery", 1960),
             "c:cotter": ("rugby coach", "Niall Cotter", 1962), "c:doherty": ("rugby coach", "Liam Doherty", 1958),
             "k:penrose": ("cricketer", "Alistair Penrose", 1950), "k:wragg": ("cricketer", "Dennis Wragg", 1948),
             "k:mortlake": ("cricketer", "Clive Mortlake", 1952), "k:hollis": ("cricketer", "Vernon Hollis", 1949),
             "k:kulkarni": ("cricketer", "Rajesh Kulkarni", 1951), "k:tulloch": ("cricketer", "Graeme Tulloch", 1947)}
    others = {"r:leicester": ("club", "Leicester Tigers"), "r:bath": ("club", "Bath Rugby"), "r:saracens": ("club", "Saracens"),
              "r:munster": ("club", "Munster"), "r:leinster": ("club", "Leinster"), "r:toulouse": ("club", "Toulouse"),
              "r:cardiff": ("club", "Cardiff Blues"),
              "n:england": ("national team", "England"), "n:ireland": ("national team", "Ireland"),
              "n:france": ("national team", "France"), "n:wales": ("national team", "Wales"),
              "s:oakham": ("school", "Oakham School"), "s:blundells": ("school", "Blundell's School"),
              "s:crescent": ("school", "Crescent College"), "s:blackrock": ("school", "Blackrock College"),
              "o:lock": ("position", "lock"), "o:flyhalf": ("position", "fly-half"), "o:flanker": ("position", "flanker"),
              "o:fullback": ("position", "fullback"), "o:hooker": ("position", "hooker"), "o:centre": ("position", "centre"),
              "o:opener": ("position", "opening batsman"), "o:keeper": ("position", "wicket-keeper"),
              "o:legspin": ("position", "leg-spinner"), "o:fast": ("position", "fast bowler"),
              "q:yorkshire": ("county club", "Yorkshire"), "q:lancashire": ("county club", "Lancashire"),
              "q:surrey": ("county club", "Surrey"), "q:somerset": ("county club", "Somerset"),
              "q:worcs": ("county club", "Worcestershire"), "q:kent": ("county club", "Kent"),
              "t:eng": ("cricket team", "the England cricket team"), "t:wi": ("cricket team", "the West Indies"),
              "t:ind": ("cricket team", "the India cricket team"), "t:aus": ("cricket team", "the Australia cricket team"),
              "l:sa": ("country", "South Africa"), "l:nz": ("country", "New Zealand"), "l:sl": ("country", "Sri Lanka"),
              "l:zim": ("country", "Zimbabwe"), "l:pak": ("country", "Pakistan"),
              "m:f75": ("match", "the 1975 World Cup Final"), "m:f79": ("match", "the 1979 World Cup Final"),
              "y:coventry": ("city", "Coventry"), "y:exeter": ("city", "Exeter"), "y:limerick": ("city", "Limerick"),
              "y:dublin": ("city", "Dublin"), "y:albi": ("city", "Albi"), "y:swansea": ("city", "Swansea"),
              "y:leeds": ("city", "Leeds"), "y:bristol": ("city", "Bristol"), "y:cork": ("city", "Cork"), "y:galway": ("city", "Galway"),
              "y:bolton": ("city", "Bolton"), "y:croydon": ("city", "Croydon"), "y:bridgetown": ("city", "Bridgetown"),
              "y:pune": ("city", "Pune"), "y:adelaide": ("city", "Adelaide"), "y:taunton": ("city", "Taunton"),
              "u:lions05": ("touring squad", "the 2005 Lions"), "u:lions09": ("touring squad", "the 2009 Lions"),
              "u:mcc": ("cricket club", "the MCC"), "u:zingari": ("cricket club", "I Zingari"),
              "b:carrow": ("businessman", "Hugh Carrow"), "b:lennard": ("businessman", "Piers Lennard"),
              "z:birkett": ("umpire", "Harold Birkett")}
    T = _t("club", [("p:hartley", "r:leicester"), ("p:prideaux", "r:bath"), ("p:prideaux", "r:saracens"), ("p:fahy", "r:munster"),
                    ("p:kilbride", "r:leinster"), ("p:kilbride", "r:toulouse"), ("p:soulie", "r:toulouse"), ("p:pryce", "r:cardiff"),
                    ("p:ashworth", "r:bath"), ("c:vickery", "r:bath")])
    T += _t("test", [("p:hartley", "n:england"), ("p:prideaux", "n:england"), ("p:fahy", "n:ireland"), ("p:kilbride", "n:ireland"),
                     ("p:soulie", "n:france"), ("p:pryce", "n:wales")])
    T += _t("school", [("p:hartley", "s:oakham"), ("p:prideaux", "s:blundells"), ("p:fahy", "s:crescent"), ("p:kilbride", "s:blackrock")])
    T += _t("county", [("k:penrose", "q:yorkshire"), ("k:wragg", "q:lancashire"), ("k:mortlake", "q:surrey"), ("k:hollis", "q:somerset"),
                       ("k:kulkarni", "q:worcs"), ("k:tulloch", "q:kent"), ("p:ashworth", "q:somerset")])
    T += _t("ctest", [("k:penrose", "t:eng"), ("k:wragg", "t:eng"), ("k:mortlake", "t:eng"), ("k:hollis", "t:wi"),
                      ("k:kulkarni", "t:ind"), ("k:tulloch", "t:aus")])
    T += _t("against", [("k:penrose", "t:aus"), ("k:penrose", "t:wi"), ("k:tulloch", "t:eng"), ("k:hollis", "t:eng"),
                        ("k:hollis", "t:aus"), ("k:kulkarni", "t:eng")])
    T += _t("domestic", [("k:penrose", "l:sa"), ("k:mortlake", "l:nz"), ("k:hollis", "l:sl"), ("k:kulkarni", "l:sl"),
                         ("k:kulkarni", "l:sa"), ("k:tulloch", "l:zim"), ("k:wragg", "l:pak")])
    T += _t("final", [("k:penrose", "m:f75"), ("k:wragg", "m:f79"), ("k:hollis", "m:f75"), ("k:hollis", "m:f79"),
                      ("k:tulloch", "m:f75")])
    T += _t("position", [("p:hartley", "o:lock"), ("p:prideaux", "o:flyhalf"), ("p:fahy", "o:flanker"), ("p:kilbride", "o:fullback"),
                         ("p:soulie", "o:hooker"), ("p:pryce", "o:centre"), ("p:ashworth", "o:fullback"),
                         ("k:penrose", "o:opener"), ("k:wragg", "o:keeper"), ("k:mortlake", "o:legspin"), ("k:hollis", "o:fast"),
                         ("k:kulkarni", "o:legspin"), ("k:tulloch", "o:fast")])
    T += _t("born", [("p:hartley", "y:coventry"), ("p:prideaux", "y:exeter"), ("p:fahy", "y:limerick"), ("p:kilbride", "y:dublin"),
                     ("p:soulie", "y:albi"), ("p:pryce", "y:swansea"), ("p:ashworth", "y:taunton"), ("c:mercer", "y:leeds"),
                     ("c:vickery", "y:bristol"), ("c:cotter", "y:cork"), ("c:doherty", "y:galway"),
                     ("k:penrose", "y:leeds"), ("k:wragg", "y:bolton"), ("k:mortlake", "y:croydon"), ("k:hollis", "y:bridgetown"),
                     ("k:kulkarni", "y:pune"), ("k:tulloch", "y:adelaide"), ("z:birkett", "y:bolton")])
    T += _t("coached", [("c:mercer", "n:england"), ("c:vickery", "n:england"), ("c:vickery", "r:bath"), ("c:cotter", "n:ireland"),
                        ("c:cotter", "r:munster"), ("c:doherty", "n:ireland")])
    T += _t("succeeded", [("c:vickery", "c:mercer"), ("c:cotter", "c:doherty")])
    T += _t("member", [("p:hartley", "u:lions05"), ("p:fahy", "u:lions05"), ("p:prideaux", "u:lions09"), ("p:pryce", "u:lions09"),
                       ("k:penrose", "u:mcc"), ("k:wragg", "u:mcc"), ("k:mortlake", "u:zingari")])
    T += _t("owned", [("b:carrow", "r:bath"), ("b:lennard", "r:saracens")])
    T += _t("captained", [("p:hartley", "n:england"), ("p:kilbride", "n:ireland")])
    T += _t("umpired", [("z:birkett", "m:f75"), ("z:birkett", "m:f79")])
    return _build(items, others, rels, T)


def music():
    """Composers, a librettist, a playwright, a singer (items) and their works, typed with the new
    no-one words: opera, symphony, ballet, musical, single, soundtrack, play, treatise. Works
    "premiered in" cities, people "were born in" / "died in" cities; Novotný "succeeded" Varga
    (but the musicals' sequel relation "was followed by" takes the verb "follow": no "followed in
    office"); composers "were members of" groups; two historians (type "historian") "work in"
    fields (present: the field reading in the present), "edited" works, "teach at" universities."""
    rels = [
        R("composed", phrase="composed", inverse_phrase="was composed by", domain=("composer",),
          range=("opera", "symphony", "ballet", "musical", "single", "soundtrack", "sonata")),
        R("libretto", phrase="wrote the libretto of", inverse_phrase="has a libretto by", domain=("librettist",), range=("opera",)),
        R("wrote", phrase="wrote", inverse_phrase="was written by", domain=("playwright",), range=("play", "treatise")),
        R("premiered", phrase="premiered in", inverse_phrase="saw the premiere of",
          domain=("opera", "symphony", "ballet", "musical", "play"), range=("city",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of",
          domain=("composer", "librettist", "playwright", "singer"), range=("city",)),
        R("died", phrase="died in", inverse_phrase="is the place of death of", domain=("composer", "librettist", "playwright"),
          range=("city",)),
        R("member", phrase="was a member of", inverse_phrase="had as a member", domain=("composer",), range=("group",)),
        R("succeeded", phrase="succeeded", inverse_phrase="was succeeded by", domain=("composer",), range=("composer",)),
        R("based", phrase="is based on", inverse_phrase="was adapted into", domain=("opera",), range=("play",)),
        R("sequel", phrase="was followed by", inverse_phrase="followed", domain=("musical",), range=("musical",)),
        R("released", phrase="released", inverse_phrase="was released by", domain=("singer",), range=("single",)),
        R("taught", phrase="taught", inverse_phrase="was taught by", domain=("composer",), range=("composer",)),
        R("field", phrase="works in", inverse_phrase="is the field of", domain=("historian",), range=("field",)),
        R("edited", phrase="edited", inverse_phrase="was edited by", domain=("historian",), range=("opera", "symphony", "ballet")),
        R("teaches", phrase="teaches at", inverse_phrase="employs", domain=("historian",), range=("university",)),
    ]
    items = {"c:varga": ("composer", "Emil Varga", 1841), "c:novotny": ("composer", "Karel Novotný", 1850),
             "c:marchand": ("composer", "Sylvie Marchand", 1955), "l:benedetti": ("librettist", "Arturo Benedetti", 1845),
             "w:dahl": ("playwright", "Henrik Dahl", 1860), "s:quill": ("singer", "Nora Quill", 1980),
             "o:ilona": ("opera", "Ilona", 1885), "o:lighthouse": ("opera", "The Lighthouse", 1899),
             "y:danube": ("symphony", "the Danube Symphony", 1880), "b:swan": ("ballet", "Swan Island", 1902),
             "m:kingfisher": ("musical", "The Kingfisher", 1988), "m:returns": ("musical", "The Kingfisher Returns", 1994),
             "g:papermoon": ("single", "Paper Moon Again", 2004), "t:harbour": ("soundtrack", "Harbour Lights", 1999),
             "p:keeper": ("play", "The Lighthouse Keeper", 1890), "r:tragedy": ("treatise", "On Tragedy", 1895),
             "z:brandt": ("historian", "Ilse Brandt", 1970), "z:hruby": ("historian", "Pavel Hrubý", 1965)}
    others = {"x:pecs": ("city", "Pécs"), "x:vienna": ("city", "Vienna"), "x:brno": ("city", "Brno"), "x:prague": ("city", "Prague"),
              "x:lyon": ("city", "Lyon"), "x:padua": ("city", "Padua"), "x:bergen": ("city", "Bergen"), "x:oslo": ("city", "Oslo"),
              "x:budapest": ("city", "Budapest"), "x:london": ("city", "London"), "x:newyork": ("city", "New York"),
              "x:dublin": ("city", "Dublin"), "x:milan": ("city", "Milan"), "x:paris": ("city", "Paris"),
              "q:danube": ("group", "the Danube Group"), "q:moravian": ("group", "the Moravian Union"),
              "e:ethno": ("field", "ethnomusicology"), "e:theory": ("field", "music theory"), "e:organology": ("field", "organology"),
              "v:vienna": ("university", "the University of Vienna"), "v:charles": ("university", "Charles University")}
    T = _t("composed", [("c:varga", "o:ilona"), ("c:varga", "y:danube"), ("c:novotny", "o:lighthouse"), ("c:novotny", "b:swan"),
                        ("c:marchand", "m:kingfisher"), ("c:marchand", "m:returns"), ("c:marchand", "g:papermoon"),
                        ("c:marchand", "t:harbour")])
    T += _t("libretto", [("l:benedetti", "o:ilona")])
    T += _t("wrote", [("w:dahl", "p:keeper"), ("w:dahl", "r:tragedy")])
    T += _t("premiered", [("o:ilona", "x:budapest"), ("o:lighthouse", "x:prague"), ("y:danube", "x:vienna"), ("b:swan", "x:brno"),
                          ("m:kingfisher", "x:london"), ("m:returns", "x:newyork"), ("p:keeper", "x:oslo")])
    T += _t("born", [("c:varga", "x:pecs"), ("c:novotny", "x:brno"), ("c:marchand", "x:lyon"), ("l:benedetti", "x:padua"),
                     ("w:dahl", "x:bergen"), ("s:quill", "x:dublin")])
    T += _t("died", [("c:varga", "x:vienna"), ("c:novotny", "x:prague"), ("l:benedetti", "x:milan"), ("w:dahl", "x:oslo")])
    T += _t("member", [("c:varga", "q:danube"), ("c:novotny", "q:moravian")])
    T += _t("succeeded", [("c:novotny", "c:varga")])
    T += _t("based", [("o:lighthouse", "p:keeper")])
    T += _t("sequel", [("m:kingfisher", "m:returns")])
    T += _t("released", [("s:quill", "g:papermoon")])
    T += _t("taught", [("c:varga", "c:novotny")])
    T += _t("field", [("z:brandt", "e:ethno"), ("z:brandt", "e:organology"), ("z:hruby", "e:theory")])
    T += _t("edited", [("z:brandt", "o:ilona"), ("z:hruby", "o:lighthouse"), ("z:hruby", "b:swan")])
    T += _t("teaches", [("z:brandt", "v:vienna"), ("z:hruby", "v:charles")])
    return _build(items, others, rels, T)


def botany():
    """Botanists (items) "specialised in" fields (past: the new field reading in the past), a living
    one "works on" a genus (no field: the reading's conditions almost hold), "worked in" cities (a
    place relation on the field reading's words), "studied at" / "taught at" universities, "were
    born in" cities, "were director of" gardens and "succeeded" one another there, "were members
    of" learned societies; genera "are named after" botanists and "belong to the family"."""
    rels = [
        R("field", phrase="specialised in", inverse_phrase="was the speciality of", domain=("botanist",), range=("field",)),
        R("workson", phrase="works on", inverse_phrase="is studied by", domain=("botanist",), range=("genus",)),
        R("studied", phrase="studied at", inverse_phrase="was attended by", domain=("botanist",), range=("university",)),
        R("taught", phrase="taught at", inverse_phrase="employed", domain=("botanist",), range=("university",)),
        R("workedin", phrase="worked in", inverse_phrase="was the workplace of", domain=("botanist",), range=("city",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("botanist",), range=("city",)),
        R("director", phrase="was director of", inverse_phrase="was directed by", domain=("botanist",), range=("botanical garden",)),
        R("succeeded", phrase="succeeded", inverse_phrase="was succeeded by", domain=("botanist",), range=("botanist",)),
        R("member", phrase="was a member of", inverse_phrase="had as a member", domain=("botanist",), range=("learned society",)),
        R("named", phrase="is named after", inverse_phrase="gave its name to", domain=("genus",), range=("botanist",)),
        R("family", phrase="belongs to the family", inverse_phrase="includes", domain=("genus",), range=("plant family",)),
        R("located", phrase="is located in", inverse_phrase="is home to", domain=("botanical garden", "university"), range=("city",)),
    ]
    items = {"b:lindqvist": ("botanist", "Anders Lindqvist", 1820), "b:ekberg": ("botanist", "Johan Ekberg", 1835),
             "b:ainslie": ("botanist", "Margaret Ainslie", 1850), "b:strachan": ("botanist", "Helen Strachan", 1975),
             "b:pardoe": ("botanist", "William Pardoe", 1860)}
    others = {"f:bryology": ("field", "bryology"), "f:lichenology": ("field", "lichenology"), "f:mycology": ("field", "mycology"),
              "f:anatomy": ("field", "plant anatomy"), "f:taxonomy": ("field", "taxonomy"),
              "g:lindqvistia": ("genus", "Lindqvistia"), "g:ainsliea": ("genus", "Ainsliea"), "g:amanita": ("genus", "Amanita"),
              "g:rosa": ("genus", "Rosa"),
              "u:uppsala": ("university", "Uppsala University"), "u:lund": ("university", "Lund University"),
              "u:edinburgh": ("university", "the University of Edinburgh"),
              "x:stockholm": ("city", "Stockholm"), "x:uppsala": ("city", "Uppsala"), "x:lund": ("city", "Lund"),
              "x:vaxjo": ("city", "Växjö"), "x:kalmar": ("city", "Kalmar"), "x:edinburgh": ("city", "Edinburgh"),
              "x:perth": ("city", "Perth"), "x:dundee": ("city", "Dundee"), "x:york": ("city", "York"), "x:london": ("city", "London"),
              "h:bergius": ("botanical garden", "the Bergius Garden"),
              "h:rbge": ("botanical garden", "the Royal Botanic Garden Edinburgh"),
              "s:ksva": ("learned society", "the Royal Swedish Academy of Sciences"),
              "s:linnean": ("learned society", "the Linnean Society of London"),
              "a:brassicaceae": ("plant family", "Brassicaceae"), "a:asteraceae": ("plant family", "Asteraceae"),
              "a:rosaceae": ("plant family", "Rosaceae"), "a:amanitaceae": ("plant family", "Amanitaceae")}
    T = _t("field", [("b:lindqvist", "f:bryology"), ("b:lindqvist", "f:lichenology"), ("b:ekberg", "f:mycology"),
                     ("b:ainslie", "f:anatomy"), ("b:pardoe", "f:taxonomy")])
    T += _t("workson", [("b:strachan", "g:amanita")])
    T += _t("studied", [("b:lindqvist", "u:uppsala"), ("b:ekberg", "u:lund"), ("b:ainslie", "u:edinburgh"), ("b:strachan", "u:edinburgh")])
    T += _t("taught", [("b:lindqvist", "u:lund"), ("b:ekberg", "u:uppsala"), ("b:strachan", "u:edinburgh")])
    T += _t("workedin", [("b:lindqvist", "x:stockholm"), ("b:ekberg", "x:uppsala"), ("b:ainslie", "x:edinburgh"), ("b:pardoe", "x:london")])
    T += _t("born", [("b:lindqvist", "x:vaxjo"), ("b:ekberg", "x:kalmar"), ("b:ainslie", "x:perth"), ("b:strachan", "x:dundee"),
                     ("b:pardoe", "x:york")])
    T += _t("director", [("b:lindqvist", "h:bergius"), ("b:ekberg", "h:bergius"), ("b:ainslie", "h:rbge"), ("b:pardoe", "h:rbge")])
    T += _t("succeeded", [("b:ekberg", "b:lindqvist"), ("b:pardoe", "b:ainslie")])
    T += _t("member", [("b:lindqvist", "s:ksva"), ("b:ekberg", "s:linnean"), ("b:ainslie", "s:linnean")])
    T += _t("named", [("g:lindqvistia", "b:lindqvist"), ("g:ainsliea", "b:ainslie")])
    T += _t("family", [("g:lindqvistia", "a:brassicaceae"), ("g:ainsliea", "a:asteraceae"), ("g:rosa", "a:rosaceae"),
                       ("g:amanita", "a:amanitaceae")])
    T += _t("located", [("h:bergius", "x:stockholm"), ("h:rbge", "x:edinburgh"), ("u:uppsala", "x:uppsala"), ("u:lund", "x:lund"),
                        ("u:edinburgh", "x:edinburgh")])
    return _build(items, others, rels, T)


def industry():
    """A family firm: industrialists (items) "founded" and "were chairman of" carmakers, "succeeded"
    one another, "were the child of" one another, "were members of" a club; factories (items) "were
    owned by" carmakers ("belonged to" beside membership) and "are located in" towns; carmakers
    "are headquartered in" one town and "were founded in" another, one "acquired" the other (a
    takeover, no succession: "took over from" must not read it); car models (items) "were
    succeeded by" one another (a succession of things: no office)."""
    rels = [
        R("founded", phrase="founded", inverse_phrase="was founded by", domain=("industrialist",), range=("carmaker",)),
        R("chairman", phrase="was chairman of", inverse_phrase="was chaired by", domain=("industrialist",), range=("carmaker",)),
        R("succeeded", phrase="succeeded", inverse_phrase="was succeeded by", domain=("industrialist",), range=("industrialist",)),
        R("child", phrase="was the child of", inverse_phrase="was the parent of", domain=("industrialist",), range=("industrialist",)),
        R("owned", phrase="was owned by", inverse_phrase="owned", domain=("car factory",), range=("carmaker",)),
        R("located", phrase="is located in", inverse_phrase="is home to", domain=("car factory",), range=("city",)),
        R("hq", phrase="is headquartered in", inverse_phrase="is the headquarters of", domain=("carmaker",), range=("city",)),
        R("foundedin", phrase="was founded in", inverse_phrase="was the founding place of", domain=("carmaker",), range=("city",)),
        R("acquired", phrase="acquired", inverse_phrase="was acquired by", domain=("carmaker",), range=("carmaker",)),
        R("member", phrase="was a member of", inverse_phrase="had as a member", domain=("carmaker", "industrialist"),
          range=("trade association", "gentlemen's club")),
        R("produced", phrase="produced", inverse_phrase="was produced at", domain=("car factory",), range=("car model",)),
        R("modelsucc", phrase="was succeeded by", inverse_phrase="succeeded", domain=("car model",), range=("car model",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("industrialist",), range=("city",)),
    ]
    items = {"i:arthur": ("industrialist", "Arthur Lyle", 1870), "i:edward": ("industrialist", "Edward Lyle", 1898),
             "i:margaret": ("industrialist", "Margaret Lyle", 1925), "i:henry": ("industrialist", "Henry Staveley", 1880),
             "i:grice": ("industrialist", "Walter Grice", 1905),
             "f:canley": ("car factory", "Canley Works", 1921), "f:tyseley": ("car factory", "Tyseley Works", 1910),
             "f:brownsover": ("car factory", "Brownsover Works", 1936),
             "m:ten": ("car model", "the Lyle Ten", 1932), "m:twelve": ("car model", "the Lyle Twelve", 1938),
             "m:six": ("car model", "the Staveley Six", 1928)}
    others = {"k:lyle": ("carmaker", "the Lyle Motor Company"), "k:staveley": ("carmaker", "Staveley Motors"),
              "x:coventry": ("city", "Coventry"), "x:solihull": ("city", "Solihull"), "x:birmingham": ("city", "Birmingham"),
              "x:rugby": ("city", "Rugby"), "x:warwick": ("city", "Warwick"),
              "a:smm": ("trade association", "the Society of Motor Manufacturers"),
              "a:carlton": ("gentlemen's club", "the Carlton Club")}
    T = _t("founded", [("i:arthur", "k:lyle"), ("i:henry", "k:staveley")])
    T += _t("chairman", [("i:arthur", "k:lyle"), ("i:edward", "k:lyle"), ("i:margaret", "k:lyle"), ("i:henry", "k:staveley"),
                         ("i:grice", "k:staveley")])
    T += _t("succeeded", [("i:edward", "i:arthur"), ("i:margaret", "i:edward"), ("i:grice", "i:henry")])
    T += _t("child", [("i:edward", "i:arthur"), ("i:margaret", "i:edward")])
    T += _t("owned", [("f:canley", "k:lyle"), ("f:brownsover", "k:lyle"), ("f:tyseley", "k:staveley")])
    T += _t("located", [("f:canley", "x:coventry"), ("f:tyseley", "x:birmingham"), ("f:brownsover", "x:rugby")])
    T += _t("hq", [("k:lyle", "x:solihull"), ("k:staveley", "x:birmingham")])
    T += _t("foundedin", [("k:lyle", "x:coventry"), ("k:staveley", "x:birmingham")])
    T += _t("acquired", [("k:lyle", "k:staveley")])
    T += _t("member", [("k:staveley", "a:smm"), ("i:arthur", "a:carlton")])
    T += _t("produced", [("f:canley", "m:ten"), ("f:canley", "m:twelve"), ("f:tyseley", "m:six")])
    T += _t("modelsucc", [("m:ten", "m:twelve")])
    T += _t("born", [("i:arthur", "x:coventry"), ("i:edward", "x:warwick"), ("i:margaret", "x:solihull"), ("i:henry", "x:birmingham"),
                     ("i:grice", "x:rugby")])
    return _build(items, others, rels, T)


def turf():
    """Golf courses (items) "are a" links / parkland / heathland course (the predicate kind noun
    of the new place reading), "are located in" towns, "were designed by" architects born
    elsewhere, host championships; golfers "played college golf at" universities (the new "played
    golf at", "played at"), "were members of" a golf club. Stallions (items) "stand at" one stud
    and "were foaled at" another, "belong to the breed" Thoroughbred / Arabian (predicate nouns:
    "a Thoroughbred at Y"), "were owned by" owners ("belonged to"), one "sired" another."""
    rels = [
        R("layout", phrase="is a", inverse_phrase="is the layout of", domain=("golf course",), range=("course type",)),
        R("located", phrase="is located in", inverse_phrase="is home to", domain=("golf course", "stud farm"), range=("town",)),
        R("designed", phrase="was designed by", inverse_phrase="designed", domain=("golf course",), range=("golf course architect",)),
        R("held", phrase="was held at", inverse_phrase="hosted", domain=("championship",), range=("golf course",)),
        R("college", phrase="played college golf at", inverse_phrase="had on its golf team", domain=("golfer",), range=("university",)),
        R("won", phrase="won", inverse_phrase="was won by", domain=("golfer",), range=("championship",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of",
          domain=("golfer", "golf course architect", "racehorse owner"), range=("town",)),
        R("member", phrase="was a member of", inverse_phrase="had as a member", domain=("golfer", "racehorse owner"),
          range=("golf club", "racing club")),
        R("stands", phrase="stands at", inverse_phrase="is the home of", domain=("stallion",), range=("stud farm",)),
        R("foaled", phrase="was foaled at", inverse_phrase="is the birthplace of", domain=("stallion",), range=("stud farm",)),
        R("sire", phrase="was sired by", inverse_phrase="sired", domain=("stallion",), range=("stallion",)),
        R("breed", phrase="belongs to the breed", inverse_phrase="includes", domain=("stallion",), range=("horse breed",)),
        R("origin", phrase="originated in", inverse_phrase="is the homeland of", domain=("horse breed",), range=("country",)),
        R("owned", phrase="was owned by", inverse_phrase="owned", domain=("stallion",), range=("racehorse owner",)),
    ]
    items = {"g:whinmoor": ("golf course", "Whinmoor Links", 1890), "g:seaholme": ("golf course", "Seaholme", 1898),
             "g:braeside": ("golf course", "Braeside", 1905), "g:ashridge": ("golf course", "Ashridge Heath", 1912),
             "h:corsair": ("stallion", "Corsair's Gold", 2010), "h:harbour": ("stallion", "Harbour Light", 2002),
             "h:envoy": ("stallion", "Desert Envoy", 2012),
             "s:ballyrush": ("stud farm", "Ballyrush Stud", 1961), "s:greenmount": ("stud farm", "Greenmount Stud", 1974),
             "s:alnoor": ("stud farm", "Al Noor Stud", 1995),
             "p:cardew": ("golfer", "Ian Cardew", 1985), "p:moffat": ("golfer", "Kirsty Moffat", 1990)}
    others = {"k:links": ("course type", "links course"), "k:parkland": ("course type", "parkland course"),
              "k:heathland": ("course type", "heathland course"),
              "t:saltcoats": ("town", "Saltcoats"), "t:hoylake": ("town", "Hoylake"), "t:newcastle": ("town", "Newcastle"),
              "t:montrose": ("town", "Montrose"), "t:kildare": ("town", "Kildare"), "t:newmarket": ("town", "Newmarket"),
              "t:troon": ("town", "Troon"), "t:dubai": ("town", "Dubai"), "t:naas": ("town", "Naas"),
              "t:berkhamsted": ("town", "Berkhamsted"),
              "a:ferrier": ("golf course architect", "James Ferrier"), "a:tate": ("golf course architect", "Harold Tate"),
              "c:scot25": ("championship", "the 1925 Scottish Open"), "c:amateur60": ("championship", "the 1960 English Amateur"),
              "c:scot12": ("championship", "the 2012 Scottish Open"), "c:ladies15": ("championship", "the 2015 Ladies Open"),
              "u:stanford": ("university", "Stanford University"), "u:wake": ("university", "Wake Forest University"),
              "b:thoroughbred": ("horse breed", "Thoroughbred"), "b:arabian": ("horse breed", "Arabian"),
              "l:england": ("country", "England"), "l:arabia": ("country", "Arabia"),
              "o:doyle": ("racehorse owner", "Fergus Doyle"), "o:rashid": ("racehorse owner", "Omar Rashid"),
              "q:whinmoor": ("golf club", "the Whinmoor Golf Club"), "q:jockey": ("racing club", "the Jockey Club")}
    T = _t("layout", [("g:whinmoor", "k:links"), ("g:seaholme", "k:links"), ("g:braeside", "k:parkland"), ("g:ashridge", "k:heathland")])
    T += _t("located", [("g:whinmoor", "t:saltcoats"), ("g:seaholme", "t:hoylake"), ("g:braeside", "t:newcastle"),
                        ("g:ashridge", "t:berkhamsted"),
                        ("s:ballyrush", "t:kildare"), ("s:greenmount", "t:newmarket"), ("s:alnoor", "t:dubai")])
    T += _t("designed", [("g:whinmoor", "a:ferrier"), ("g:seaholme", "a:ferrier"), ("g:braeside", "a:tate"), ("g:ashridge", "a:tate")])
    T += _t("held", [("c:scot25", "g:whinmoor"), ("c:amateur60", "g:braeside"), ("c:scot12", "g:seaholme"), ("c:ladies15", "g:braeside")])
    T += _t("college", [("p:cardew", "u:stanford"), ("p:moffat", "u:wake")])
    T += _t("won", [("p:cardew", "c:scot12"), ("p:moffat", "c:ladies15")])
    T += _t("born", [("p:cardew", "t:troon"), ("p:moffat", "t:newcastle"), ("a:ferrier", "t:montrose"), ("a:tate", "t:hoylake"),
                     ("o:doyle", "t:naas"), ("o:rashid", "t:dubai")])
    T += _t("member", [("p:cardew", "q:whinmoor"), ("o:doyle", "q:jockey")])
    T += _t("stands", [("h:corsair", "s:ballyrush"), ("h:harbour", "s:greenmount"), ("h:envoy", "s:alnoor")])
    T += _t("foaled", [("h:corsair", "s:greenmount"), ("h:harbour", "s:ballyrush"), ("h:envoy", "s:alnoor")])
    T += _t("sire", [("h:corsair", "h:harbour")])
    T += _t("breed", [("h:corsair", "b:thoroughbred"), ("h:harbour", "b:thoroughbred"), ("h:envoy", "b:arabian")])
    T += _t("origin", [("b:thoroughbred", "l:england"), ("b:arabian", "l:arabia")])
    T += _t("owned", [("h:corsair", "o:doyle"), ("h:harbour", "o:doyle"), ("h:envoy", "o:rashid")])
    return _build(items, others, rels, T)


def sky():
    """Nebulae (items) "are a" class of nebula (emission, planetary, reflection: the brief's "an
    emission nebula in the constellation Y"), "lie in the constellation" Y, "were discovered by"
    astronomers, one "is part of" a cloud complex. Astronomers (items) "were born in" cities,
    "specialised in" fields, "observed at" observatories, Ashcombe "succeeded" Hale, "were members
    of" learned societies."""
    rels = [
        R("kind", phrase="is a", inverse_phrase="is the class of", domain=("nebula",), range=("nebula class",)),
        R("constellation", phrase="lies in the constellation", inverse_phrase="contains", domain=("nebula",), range=("constellation",)),
        R("discovered", phrase="was discovered by", inverse_phrase="discovered", domain=("nebula",), range=("astronomer",)),
        R("part", phrase="is part of", inverse_phrase="includes", domain=("nebula",), range=("cloud complex",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("astronomer",), range=("city",)),
        R("field", phrase="specialised in", inverse_phrase="was the speciality of", domain=("astronomer",), range=("field",)),
        R("observed", phrase="observed at", inverse_phrase="was the observatory of", domain=("astronomer",), range=("observatory",)),
        R("succeeded", phrase="succeeded", inverse_phrase="was succeeded by", domain=("astronomer",), range=("astronomer",)),
        R("member", phrase="was a member of", inverse_phrase="had as a member", domain=("astronomer",), range=("learned society",)),
        R("located", phrase="is located in", inverse_phrase="is home to", domain=("observatory",), range=("city",)),
    ]
    items = {"n:lantern": ("nebula", "the Lantern Nebula", 1864), "n:owl": ("nebula", "the Owl's Eye Nebula", 1790),
             "n:heron": ("nebula", "the Heron Nebula", 1880), "n:ember": ("nebula", "the Ember Nebula", 1885),
             "a:hale": ("astronomer", "William Hale", 1820), "a:pryor": ("astronomer", "Caroline Pryor", 1760),
             "a:ashcombe": ("astronomer", "John Ashcombe", 1850)}
    others = {"k:emission": ("nebula class", "emission nebula"), "k:planetary": ("nebula class", "planetary nebula"),
              "k:reflection": ("nebula class", "reflection nebula"),
              "c:cygnus": ("constellation", "Cygnus"), "c:lyra": ("constellation", "Lyra"), "c:orion": ("constellation", "Orion"),
              "c:sagittarius": ("constellation", "Sagittarius"),
              "x:orioncomplex": ("cloud complex", "the Orion Molecular Cloud Complex"),
              "y:bath": ("city", "Bath"), "y:hanover": ("city", "Hanover"), "y:leeds": ("city", "Leeds"), "y:dublin": ("city", "Dublin"),
              "y:armagh": ("city", "Armagh"),
              "f:spectroscopy": ("field", "spectroscopy"), "f:astrometry": ("field", "astrometry"),
              "f:photometry": ("field", "photometry"),
              "o:dunsink": ("observatory", "Dunsink Observatory"), "o:armagh": ("observatory", "Armagh Observatory"),
              "s:ras": ("learned society", "the Royal Astronomical Society"),
              "s:ria": ("learned society", "the Royal Irish Academy")}
    T = _t("kind", [("n:lantern", "k:emission"), ("n:owl", "k:planetary"), ("n:heron", "k:reflection"), ("n:ember", "k:emission")])
    T += _t("constellation", [("n:lantern", "c:cygnus"), ("n:owl", "c:lyra"), ("n:heron", "c:orion"), ("n:ember", "c:sagittarius")])
    T += _t("discovered", [("n:lantern", "a:hale"), ("n:owl", "a:pryor"), ("n:heron", "a:hale"), ("n:ember", "a:ashcombe")])
    T += _t("part", [("n:heron", "x:orioncomplex")])
    T += _t("born", [("a:hale", "y:bath"), ("a:pryor", "y:hanover"), ("a:ashcombe", "y:leeds")])
    T += _t("field", [("a:hale", "f:spectroscopy"), ("a:pryor", "f:astrometry"), ("a:ashcombe", "f:photometry"),
                      ("a:ashcombe", "f:spectroscopy")])
    T += _t("observed", [("a:hale", "o:dunsink"), ("a:ashcombe", "o:dunsink"), ("a:pryor", "o:armagh")])
    T += _t("succeeded", [("a:ashcombe", "a:hale")])
    T += _t("member", [("a:hale", "s:ras"), ("a:ashcombe", "s:ria"), ("a:pryor", "s:ras")])
    T += _t("located", [("o:dunsink", "y:dublin"), ("o:armagh", "y:armagh")])
    return _build(items, others, rels, T)


BUILDERS = {"sport": sport, "music": music, "botany": botany, "industry": industry, "turf": turf, "sky": sky}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@sport
# "played <level> <sport> for / at / in" read "played <sport> ...": its present ("plays rugby
# for") of a past phrase (the shorter phrase is no declared past state)
Callum Hartley plays rugby for England.
Callum Hartley plays rugby for Leicester Tigers.
Callum Hartley and Ewan Prideaux play rugby for England.
Callum Hartley, who plays rugby for England, was born in Coventry.
Callum Hartley plays rugby for Leicester Tigers and was born in Coventry.
Callum Hartley plays rugby at Oakham School.
Ewan Prideaux plays rugby for Saracens.
Declan Fahy plays rugby for Ireland.
Alistair Penrose plays cricket for Yorkshire.
Alistair Penrose plays cricket in South Africa.
Alistair Penrose plays cricket for the England cricket team.
Rajesh Kulkarni plays cricket in Sri Lanka.
Tom Ashworth plays cricket for Somerset.
Tom Ashworth plays rugby for Bath Rugby.
Callum Hartley plays for England.
Callum Hartley plays for Leicester Tigers.
Callum Hartley still plays rugby for England.
Callum Hartley is playing rugby for England.
Callum Hartley will play rugby for England.
# wrong team, wrong sport, wrong level, the other relation's team
Callum Hartley played rugby for Ireland.
Callum Hartley played for Bath Rugby.
Callum Hartley played rugby for Munster.
Callum Hartley played for Leicester Tigers and Ireland.
Callum Hartley played for Leicester Tigers, England and Wales.
Callum Hartley played Test rugby for Leicester Tigers.
Callum Hartley played club rugby for England.
Callum Hartley played cricket for England.
Callum Hartley played cricket for Leicester Tigers.
Callum Hartley played football for England.
Callum Hartley played rugby for Somerset.
Tom Ashworth played rugby for Somerset.
Tom Ashworth played cricket for Bath Rugby.
Tom Ashworth played for England.
Alistair Penrose played rugby for England.
Alistair Penrose played rugby for the England cricket team.
Graeme Tulloch played for the England cricket team.
Graeme Tulloch played cricket for the England cricket team.
Rajesh Kulkarni played for the England cricket team.
Stuart Vickery played for England.
Stuart Vickery played rugby for England.
Alan Mercer played for England.
Niall Cotter played for Munster.
Hugh Carrow played for Bath Rugby.
Leicester Tigers played for Callum Hartley.
England played rugby for Callum Hartley.
Callum Hartley did not play rugby for England.
Callum Hartley never played for Leicester Tigers.
Ewan Prideaux played rugby at Oakham School.
Ewan Prideaux played at Oakham School.
Callum Hartley played at Blundell's School.
Declan Fahy played rugby at Blackrock College.
Callum Hartley played cricket at Oakham School.
Callum Hartley played for England. He played rugby for Munster.
Ewan Prideaux, who played for Saracens, played rugby for Ireland.
# "played domestic cricket in" read "played cricket in", "played in" (beside "played in" a match)
Alistair Penrose played cricket in Sri Lanka.
Alistair Penrose played in New Zealand.
Alistair Penrose played rugby in South Africa.
Rajesh Kulkarni played cricket in South Africa, Sri Lanka and Zimbabwe.
Rajesh Kulkarni played in South Africa and Zimbabwe.
Graeme Tulloch played in the 1979 World Cup Final.
Graeme Tulloch played cricket in South Africa.
Harold Birkett played in the 1975 World Cup Final.
Harold Birkett played cricket in Pakistan.
Alistair Penrose did not play cricket in South Africa.
South Africa played cricket in Alistair Penrose.
Alistair Penrose played domestic cricket in Zimbabwe.
Alistair Penrose played county cricket in South Africa.
Dennis Wragg played cricket in South Africa.
Graeme Tulloch played cricket in the 1975 World Cup Final.
# a player's position ("played as a"): "played at X", "played X"
Callum Hartley played at flanker.
Callum Hartley played flanker.
Callum Hartley played at fly-half.
Callum Hartley played as a fullback.
Callum Hartley played at lock for Ireland.
Callum Hartley played lock for Bath Rugby.
Callum Hartley played at lock and flanker.
Callum Hartley and Declan Fahy played at lock.
Declan Fahy played at lock, like Callum Hartley.
Callum Hartley played for England. He played at flanker.
Callum Hartley did not play at lock.
Callum Hartley plays at lock.
Callum Hartley plays lock.
Alistair Penrose played at wicket-keeper.
Alistair Penrose played wicket-keeper for Yorkshire.
Alistair Penrose played lock.
Alistair Penrose played at lock.
Dennis Wragg played at opening batsman.
Dennis Wragg played leg-spinner.
Rajesh Kulkarni played fast bowler.
Callum Hartley played England.
Callum Hartley played Leicester Tigers.
Callum Hartley played Coventry.
Callum Hartley played at Coventry.
Callum Hartley played at Munster.
Lock was the position of Declan Fahy.
# succession of coaches: "took over from" (later first), "was followed in office by" (earlier first)
Alan Mercer took over from Stuart Vickery.
Stuart Vickery took over from Liam Doherty.
Niall Cotter took over from Alan Mercer.
Stuart Vickery takes over from Alan Mercer.
Stuart Vickery did not take over from Alan Mercer.
Stuart Vickery took over from Alan Mercer as coach of Ireland.
Stuart Vickery took over from Alan Mercer at Bath Rugby.
Stuart Vickery was followed in office by Alan Mercer.
Liam Doherty was followed in office by Stuart Vickery.
Alan Mercer is followed in office by Stuart Vickery.
Alan Mercer was not followed in office by Stuart Vickery.
Callum Hartley took over from Alan Mercer.
Ewan Prideaux took over from Callum Hartley.
Callum Hartley was followed in office by Ewan Prideaux.
Stuart Vickery took over from Alan Mercer and Liam Doherty.
Liam Doherty and Alan Mercer were followed in office by Niall Cotter.
Stuart Vickery took over from Alan Mercer, who was born in Bristol.
# "was a member of" read "belonged to" (beside an ownership "owned")
Callum Hartley belonged to the 2009 Lions.
Callum Hartley belongs to the 2005 Lions.
The 2005 Lions belonged to Callum Hartley.
Callum Hartley did not belong to the 2005 Lions.
Bath Rugby belonged to Piers Lennard.
Hugh Carrow belonged to Bath Rugby.
Bath Rugby belongs to Hugh Carrow.
Callum Hartley and Ewan Prideaux belonged to the 2005 Lions.
Callum Hartley belonged to the 2005 Lions and the 2009 Lions.
Dennis Wragg belonged to I Zingari.
Dennis Wragg belonged to the 2005 Lions.
The MCC belonged to Dennis Wragg.
Callum Hartley, who belonged to the 2009 Lions, captained England.
Gareth Pryce belonged to the 2005 Lions, as did Callum Hartley.
Saracens belonged to Hugh Carrow.

@music
# work type words are no one: "he" / "she" after a work and its maker, or a work alone
Ilona is an opera by Emil Varga. He was born in Budapest.
Ilona is an opera by Emil Varga. He died in Budapest.
Ilona is an opera by Emil Varga. He premiered in Budapest.
Ilona premiered in Budapest. He was born in Pécs.
Ilona premiered in Budapest. She was born in Pécs.
The Kingfisher premiered in London. She was born in Lyon.
Harbour Lights is a soundtrack. She was born in Lyon.
Harbour Lights is a soundtrack by Sylvie Marchand. She was born in Dublin.
The Kingfisher is a musical by Sylvie Marchand. She premiered in London.
Swan Island is a ballet by Karel Novotný. He was born in Prague.
Swan Island is a ballet by Karel Novotný. He premiered in Brno.
On Tragedy is a treatise by Henrik Dahl. He was born in Oslo.
The Lighthouse Keeper is a play by Henrik Dahl. He died in Bergen.
The Lighthouse Keeper is a play by Henrik Dahl. He premiered in Oslo.
The Danube Symphony, by Emil Varga, premiered in Vienna. He was born there.
Paper Moon Again was released by Nora Quill. She was born in Lyon.
Paper Moon Again was released by Nora Quill. She composed it.
Sylvie Marchand composed Paper Moon Again. She released it.
Ilona has a libretto by Arturo Benedetti. He was born in Pécs.
Emil Varga composed the Danube Symphony. He was taught by Karel Novotný.
The Lighthouse Keeper premiered in Oslo. He died there.
The Kingfisher Returns followed The Kingfisher. She was born in Lyon.
# two people before "he" / "she": true of the one the subject is not
Emil Varga taught Karel Novotný. He was born in Brno.
Karel Novotný was taught by Emil Varga. He was born in Pécs.
Arturo Benedetti wrote the libretto of Ilona, an opera by Emil Varga. He was born in Pécs.
Sylvie Marchand composed Paper Moon Again. Nora Quill released it. She was born in Lyon.
Karel Novotný composed The Lighthouse, based on The Lighthouse Keeper by Henrik Dahl. He died in Oslo.
Ilona was composed by Emil Varga and has a libretto by Arturo Benedetti. He was born in Pécs.
# succession and membership
Emil Varga took over from Karel Novotný.
The Kingfisher was followed in office by The Kingfisher Returns.
The Kingfisher Returns was followed in office by The Kingfisher.
Emil Varga belonged to the Moravian Union.
Emil Varga belongs to the Danube Group.
The Danube Group belonged to Emil Varga.
Ilona belonged to Emil Varga.
Karel Novotný belonged to the Danube Group.
Emil Varga and Karel Novotný belonged to the Danube Group.
# a scholar's field ("works in", present): the other words, the other tense, wrong fields
Ilse Brandt works in music theory.
Ilse Brandt specialises in music theory.
Pavel Hrubý researches organology.
Ilse Brandt specialises in ethnomusicology and music theory.
Ilse Brandt does not specialise in ethnomusicology.
Ilse Brandt specialises in ethnomusicology in Prague.
Ilse Brandt does research in ethnomusicology at Charles University.
Ilse Brandt edited Ilona. She specialises in music theory.
Ilse Brandt, who specialises in organology, edited The Lighthouse.
Emil Varga specialises in music theory.
Ethnomusicology researches Ilse Brandt.
Pavel Hrubý specialises in music theory, like Ilse Brandt.
Pavel Hrubý is a historian who specialises in ethnomusicology.
Ilse Brandt and Pavel Hrubý work in music theory.
Pavel Hrubý does research on organology.
# a place after a kind noun
The Lighthouse Keeper is a play in Bergen.
Ilona is an opera in Vienna.
Emil Varga is a composer in Budapest.

@botany
# a scholar's field ("specialised in", past): the other words, the other tense, wrong fields
Anders Lindqvist worked in mycology.
Anders Lindqvist did research in mycology.
Anders Lindqvist researched taxonomy.
Anders Lindqvist worked on bryology and mycology.
Anders Lindqvist worked in bryology, lichenology and mycology.
Anders Lindqvist did not work in bryology.
Anders Lindqvist never researched lichenology.
Anders Lindqvist works in bryology.
Anders Lindqvist works on bryology.
Anders Lindqvist does research in bryology.
Anders Lindqvist researches bryology.
Anders Lindqvist specialises in bryology.
Anders Lindqvist worked in bryology in Uppsala.
Anders Lindqvist worked in bryology in Växjö.
Anders Lindqvist did research in bryology in Växjö.
Margaret Ainslie worked in plant anatomy in Perth.
Margaret Ainslie did research in plant anatomy in Perth.
Johan Ekberg worked in mycology in Kalmar.
Johan Ekberg did research in mycology in Kalmar.
William Pardoe worked in taxonomy in York.
William Pardoe took over from Margaret Ainslie as director of the Bergius Garden.
Anders Lindqvist specialised in bryology in Växjö.
Helen Strachan works in mycology.
Johan Ekberg worked on Amanita.
Johan Ekberg worked in Amanita.
Margaret Ainslie and William Pardoe worked in taxonomy.
Margaret Ainslie, who worked in taxonomy, was born in Perth.
Margaret Ainslie worked in plant anatomy, like William Pardoe.
Margaret Ainslie worked in taxonomy and William Pardoe in plant anatomy.
William Pardoe succeeded Margaret Ainslie, who worked in taxonomy.
Margaret Ainslie worked on plant anatomy. She was born in York.
Margaret Ainslie worked in London on plant anatomy.
Bryology researched Anders Lindqvist.
Mycology was researched by Anders Lindqvist.
Anders Lindqvist specialised in Stockholm.
Anders Lindqvist worked in Uppsala.
Anders Lindqvist worked in Stockholm and mycology.
Johan Ekberg worked in Uppsala and bryology.
# succession, membership
Anders Lindqvist took over from Johan Ekberg.
Johan Ekberg took over from Anders Lindqvist as director of the Royal Botanic Garden Edinburgh.
William Pardoe took over from Anders Lindqvist.
Anders Lindqvist was followed in office by William Pardoe.
William Pardoe was followed in office by Margaret Ainslie.
Johan Ekberg takes over from Anders Lindqvist.
Anders Lindqvist belonged to the Linnean Society of London.
Johan Ekberg and Anders Lindqvist belonged to the Linnean Society of London.
William Pardoe belonged to the Linnean Society of London.
The Linnean Society of London belonged to Johan Ekberg.
Margaret Ainslie belongs to the Linnean Society of London.
Lindqvistia belonged to Asteraceae.
# a place after a kind noun
Anders Lindqvist was a botanist in Växjö.
Johan Ekberg was a botanist in Kalmar.
Uppsala University is a university in Lund.
Lindqvistia is a genus in Asteraceae.
Lindqvistia is a genus in Stockholm.

@industry
# "was followed in office by" / "took over from" of what holds no office, a takeover
The Lyle Ten was followed in office by the Lyle Twelve.
The Lyle Twelve was followed in office by the Lyle Ten.
The Lyle Motor Company took over from Staveley Motors.
Staveley Motors took over from the Lyle Motor Company.
The Lyle Motor Company was followed in office by Staveley Motors.
Canley Works took over from Tyseley Works.
# succession of chairmen: wrong direction, wrong person, tense, negation, wrong office
Arthur Lyle took over from Edward Lyle.
Margaret Lyle took over from Arthur Lyle.
Walter Grice took over from Arthur Lyle.
Edward Lyle takes over from Arthur Lyle.
Edward Lyle did not take over from Arthur Lyle.
Edward Lyle took over from Arthur Lyle as chairman of Staveley Motors.
Edward Lyle took over from Arthur Lyle at Staveley Motors.
Edward Lyle took over from Arthur Lyle in 1890.
Arthur Lyle was followed in office by Margaret Lyle.
Edward Lyle was followed in office by Arthur Lyle.
Henry Staveley was followed in office by Edward Lyle.
Arthur Lyle is followed in office by Edward Lyle.
Arthur Lyle was followed in office by Edward Lyle and Margaret Lyle.
Arthur Lyle was followed in office by Edward Lyle, who was followed in office by Walter Grice.
Arthur Lyle was not followed in office by Edward Lyle.
Edward Lyle took over from Arthur Lyle, who was born in Warwick.
Walter Grice took over from Henry Staveley, who founded the Lyle Motor Company.
# "took over from Y as <noun> of Z": the noun said of Y (the one before it), not of the subject
Edward Lyle took over from Arthur Lyle as founder of the Lyle Motor Company.
Edward Lyle took over from Arthur Lyle as the founder of the Lyle Motor Company.
Walter Grice took over from Henry Staveley as founder of Staveley Motors.
Margaret Lyle took over from Edward Lyle as child of Arthur Lyle.
Edward Lyle succeeded Arthur Lyle as founder of the Lyle Motor Company.
Edward Lyle took over from Arthur Lyle as founder of Staveley Motors.
Arthur Lyle was followed in office by Edward Lyle as founder of the Lyle Motor Company.
# "belonged to": membership beside ownership
Canley Works belonged to Staveley Motors.
The Lyle Motor Company belonged to Canley Works.
The Lyle Motor Company belonged to the Society of Motor Manufacturers.
Edward Lyle belonged to the Carlton Club.
Arthur Lyle belonged to the Society of Motor Manufacturers.
Staveley Motors belongs to the Society of Motor Manufacturers.
Canley Works belongs to the Lyle Motor Company.
Arthur Lyle and Edward Lyle belonged to the Carlton Club.
Tyseley Works belonged to the Society of Motor Manufacturers.
The Carlton Club belonged to Arthur Lyle.
The Society of Motor Manufacturers belonged to Staveley Motors.
Tyseley Works belonged to Staveley Motors, which belonged to the Carlton Club.
Brownsover Works belonged to Staveley Motors.
# a place after a kind noun
Canley Works is a car factory in Solihull.
Canley Works is a car factory in Rugby.
Tyseley Works is a car factory in Coventry.
The Lyle Motor Company owned Canley Works, a car factory in Solihull.
The Lyle Motor Company owned Brownsover Works, a car factory in Coventry.
Canley Works, a car factory in Solihull, produced the Lyle Ten.
The Lyle Ten was produced at Canley Works, a car factory in Rugby.
Canley Works is a car factory that produced the Lyle Ten in Solihull.

@turf
# a place after a predicate kind noun ("is a links course in Y", "is a Thoroughbred at Y")
Whinmoor Links is a links course in Hoylake.
Whinmoor Links is a links course in Montrose.
Whinmoor Links is a parkland course in Saltcoats.
Braeside is a links course in Newcastle.
Braeside is a parkland course in Hoylake.
James Ferrier designed Whinmoor Links, a links course in Hoylake.
James Ferrier designed Whinmoor Links, which is a links course in Montrose.
Whinmoor Links is a links course designed by James Ferrier, in Montrose.
Whinmoor Links is a links course in Hoylake that hosted the 1925 Scottish Open.
Whinmoor Links is a links course in Saltcoats which hosted the 2012 Scottish Open.
Harold Tate designed Braeside, a parkland course in Hoylake.
Harold Tate, born in Hoylake, designed Braeside, a parkland course in Hoylake.
The 1960 English Amateur was held at Braeside, a parkland course in Hoylake.
Whinmoor Links and Seaholme are links courses in Saltcoats.
Whinmoor Links is a links course in Saltcoats and Hoylake.
Whinmoor Links is not a links course in Saltcoats.
Ashridge Heath is a heathland course in Hoylake.
Ashridge Heath is a links course in Berkhamsted.
Corsair's Gold is a Thoroughbred at Greenmount Stud.
Harbour Light is a Thoroughbred at Ballyrush Stud.
Desert Envoy is an Arabian at Ballyrush Stud.
Desert Envoy is a Thoroughbred at Al Noor Stud.
Corsair's Gold is a stallion at Greenmount Stud.
Harbour Light is a stallion at Ballyrush Stud.
Fergus Doyle owned Harbour Light, a stallion at Ballyrush Stud.
Harbour Light sired Corsair's Gold, a stallion at Greenmount Stud.
Corsair's Gold and Harbour Light are stallions at Ballyrush Stud.
Corsair's Gold is a Thoroughbred in England.
Corsair's Gold is a Thoroughbred in Newmarket.
Corsair's Gold is a stallion owned by Omar Rashid at Ballyrush Stud.
Ballyrush Stud is a stud farm in Newmarket.
Greenmount Stud is a stud farm in Kildare.
Corsair's Gold is a Thoroughbred at Ballyrush Stud, in Newmarket.
Harbour Light is a Thoroughbred at Greenmount Stud, in Kildare.
# "played college golf at" read "played golf at", "played at"
Ian Cardew plays golf at Stanford University.
Ian Cardew plays at Stanford University.
Ian Cardew played golf at Wake Forest University.
Ian Cardew played at Wake Forest University.
Kirsty Moffat played at Stanford University.
Kirsty Moffat played golf at Seaholme.
Ian Cardew played golf for Wake Forest University.
Ian Cardew and Kirsty Moffat played golf at Stanford University.
Ian Cardew, who plays golf at Stanford University, won the 2012 Scottish Open.
Ian Cardew played golf at Stanford University and Wake Forest University.
# "belonged to": membership beside ownership and breed
Kirsty Moffat belonged to the Whinmoor Golf Club.
Ian Cardew belonged to the Jockey Club.
Corsair's Gold belonged to the Jockey Club.
Corsair's Gold belonged to Omar Rashid.
Fergus Doyle belonged to Corsair's Gold.
Corsair's Gold belongs to Fergus Doyle.
The Whinmoor Golf Club belonged to Ian Cardew.
Ian Cardew belongs to the Whinmoor Golf Club.
Omar Rashid belonged to the Jockey Club.
Desert Envoy belonged to the Thoroughbred.
# no succession: a sire and his son
Harbour Light was followed in office by Corsair's Gold.
Corsair's Gold took over from Harbour Light.

@sky
# a place after a predicate kind noun ("an emission nebula in (the constellation) Y")
The Lantern Nebula is an emission nebula in Lyra.
The Lantern Nebula is an emission nebula in the constellation Lyra.
The Lantern Nebula is a planetary nebula in Cygnus.
The Lantern Nebula is an emission nebula in Bath.
The Lantern Nebula is an emission nebula in the Orion Molecular Cloud Complex.
The Heron Nebula is a reflection nebula in Cygnus.
The Lantern Nebula is an emission nebula at Dunsink Observatory.
The Lantern Nebula is an emission nebula discovered by William Hale in Bath.
The Lantern Nebula is an emission nebula in Cygnus discovered by John Ashcombe.
William Hale discovered the Lantern Nebula, an emission nebula in Lyra.
William Hale discovered the Heron Nebula, a reflection nebula in Bath.
The Lantern Nebula and the Ember Nebula are emission nebulae in Cygnus.
The Lantern Nebula is not an emission nebula in Cygnus.
The Lantern Nebula is an emission nebula in Cygnus and Lyra.
The Lantern Nebula is an emission nebula from 1870 in Cygnus.
The Lantern Nebula, an emission nebula in Orion, was discovered by William Hale.
The Owl's Eye Nebula is a planetary nebula in Hanover.
The Owl's Eye Nebula is a planetary nebula in Lyra. She was born in Hanover.
The Ember Nebula is an emission nebula in Cygnus, like the Lantern Nebula.
The Ember Nebula is a reflection nebula in Sagittarius.
The Heron Nebula is an emission nebula in Orion.
Caroline Pryor discovered the Owl's Eye Nebula, a planetary nebula in Orion.
The Heron Nebula is a reflection nebula in the constellation Orion, discovered by Caroline Pryor.
# succession of astronomers
William Hale took over from John Ashcombe.
John Ashcombe was followed in office by William Hale.
William Hale was followed in office by Caroline Pryor.
John Ashcombe took over from Caroline Pryor.
John Ashcombe took over from William Hale at Armagh Observatory.
John Ashcombe took over from William Hale, who discovered the Ember Nebula.
The Ember Nebula took over from the Lantern Nebula.
The Lantern Nebula was followed in office by the Ember Nebula.
John Ashcombe takes over from William Hale.
William Hale is followed in office by John Ashcombe.
John Ashcombe never took over from William Hale.
Caroline Pryor took over from William Hale.
John Ashcombe took over from William Hale. He was born in Bath.
William Hale was followed in office by John Ashcombe, who was born in Bath.
John Ashcombe took over from William Hale as discoverer of the Lantern Nebula.
John Ashcombe took over from William Hale as discoverer of the Heron Nebula.
John Ashcombe succeeded William Hale as discoverer of the Lantern Nebula.
William Hale was followed in office by John Ashcombe as discoverer of the Lantern Nebula.
# membership
William Hale belonged to the Royal Irish Academy.
John Ashcombe belonged to the Royal Astronomical Society.
Caroline Pryor belonged to the Royal Astronomical Society, as did John Ashcombe.
The Royal Astronomical Society belonged to William Hale.
William Hale belongs to the Royal Astronomical Society.
William Hale and John Ashcombe belonged to the Royal Astronomical Society.
# a scholar's field ("specialised in", past)
William Hale worked on astrometry.
William Hale researched photometry.
John Ashcombe did research in photometry and astrometry.
William Hale works on spectroscopy.
William Hale specialises in spectroscopy.
William Hale does research in spectroscopy.
William Hale worked in spectroscopy in Bath.
William Hale did research in spectroscopy in Bath.
Caroline Pryor worked in astrometry in Hanover.
John Ashcombe worked in photometry in Leeds.
John Ashcombe did research in spectroscopy in Leeds.
William Hale worked in spectroscopy at Armagh Observatory.
William Hale worked in spectroscopy in Armagh.
William Hale worked in Bath.
Caroline Pryor worked in spectroscopy.
Caroline Pryor did research in astrometry. She was born in Bath.
Caroline Pryor and William Hale worked in astrometry.
Spectroscopy worked in William Hale.
William Hale did not work in spectroscopy.
John Ashcombe worked in photometry, like Caroline Pryor.
William Hale, who worked in astrometry, discovered the Lantern Nebula.
William Hale worked in spectroscopy and discovered the Ember Nebula.
"""

CONTROLS = r"""
@sport
Callum Hartley played rugby for England.
Callum Hartley played for Leicester Tigers.
Callum Hartley played Test rugby for England.
Callum Hartley played for Leicester Tigers and England.
Callum Hartley played at lock.
Callum Hartley played lock.
Callum Hartley played rugby at Oakham School.
Callum Hartley played at Oakham School.
Alistair Penrose played cricket for Yorkshire.
Alistair Penrose played for the England cricket team.
Alistair Penrose played in South Africa.
Alistair Penrose played cricket in South Africa.
Alistair Penrose played as an opening batsman.
Rajesh Kulkarni played cricket in South Africa and Sri Lanka.
Vernon Hollis played in the 1975 World Cup Final and the 1979 World Cup Final.
Tom Ashworth played cricket for Somerset.
Tom Ashworth played rugby for Bath Rugby.
Stuart Vickery played for Bath Rugby.
Stuart Vickery took over from Alan Mercer.
Alan Mercer was followed in office by Stuart Vickery.
Niall Cotter took over from Liam Doherty.
Callum Hartley belonged to the 2005 Lions.
Bath Rugby belonged to Hugh Carrow.
Dennis Wragg played at wicket-keeper.
Dennis Wragg belonged to the MCC.
Callum Hartley, a lock, played rugby for England.
Callum Hartley played for England at lock.
Ewan Prideaux played rugby for Bath Rugby, which Stuart Vickery coached.
@music
Ilona is an opera by Emil Varga. He was born in Pécs.
The Kingfisher is a musical by Sylvie Marchand. She was born in Lyon.
Harbour Lights is a soundtrack by Sylvie Marchand. She was born in Lyon.
Swan Island is a ballet by Karel Novotný. He was born in Brno.
On Tragedy is a treatise by Henrik Dahl. He was born in Bergen.
The Danube Symphony, by Emil Varga, premiered in Vienna. He died there.
Karel Novotný took over from Emil Varga.
Emil Varga was followed in office by Karel Novotný.
Emil Varga belonged to the Danube Group.
Ilse Brandt works in ethnomusicology.
Ilse Brandt does research in ethnomusicology.
Ilse Brandt specialises in organology.
Ilse Brandt researches organology.
Ilse Brandt works on ethnomusicology.
Ilse Brandt edited Ilona. She specialises in organology.
@botany
Anders Lindqvist worked in bryology.
Anders Lindqvist worked on bryology.
Anders Lindqvist did research in bryology.
Anders Lindqvist researched lichenology.
Anders Lindqvist specialized in lichenology.
Anders Lindqvist worked in the field of bryology.
Johan Ekberg did research on mycology.
Margaret Ainslie worked in plant anatomy and William Pardoe in taxonomy.
Johan Ekberg took over from Anders Lindqvist as director of the Bergius Garden.
Margaret Ainslie was followed in office by William Pardoe.
Johan Ekberg and Margaret Ainslie belonged to the Linnean Society of London.
Uppsala University is a university in Uppsala.
William Pardoe worked in taxonomy in London.
Johan Ekberg worked in mycology in Uppsala.
William Pardoe took over from Margaret Ainslie as director of the Royal Botanic Garden Edinburgh.
Margaret Ainslie was followed in office by William Pardoe as director of the Royal Botanic Garden Edinburgh.
@industry
Canley Works is a car factory in Coventry.
Canley Works, a car factory in Coventry, produced the Lyle Ten.
Edward Lyle took over from Arthur Lyle.
Arthur Lyle was followed in office by Edward Lyle.
Walter Grice took over from Henry Staveley.
Canley Works belonged to the Lyle Motor Company.
Staveley Motors belonged to the Society of Motor Manufacturers.
Arthur Lyle belonged to the Carlton Club.
The Lyle Ten was followed by the Lyle Twelve.
Edward Lyle took over from Arthur Lyle, the founder of the Lyle Motor Company.
@turf
Whinmoor Links is a links course in Saltcoats.
Braeside is a parkland course in Newcastle.
Ashridge Heath is a heathland course in Berkhamsted.
James Ferrier designed Whinmoor Links, a links course in Saltcoats.
The 1960 English Amateur was held at Braeside, a parkland course in Newcastle.
Corsair's Gold is a Thoroughbred at Ballyrush Stud.
Desert Envoy is an Arabian at Al Noor Stud.
Corsair's Gold is a stallion at Ballyrush Stud.
Harbour Light is a Thoroughbred at Greenmount Stud.
Ian Cardew played golf at Stanford University.
Ian Cardew played at Stanford University.
Fergus Doyle belonged to the Jockey Club.
Corsair's Gold belonged to Fergus Doyle.
Ian Cardew belonged to the Whinmoor Golf Club.
Desert Envoy is an Arabian at Al Noor Stud in Dubai.
Corsair's Gold is a Thoroughbred at Ballyrush Stud, where Harbour Light was foaled.
@sky
The Lantern Nebula is an emission nebula in Cygnus.
The Lantern Nebula is an emission nebula in the constellation Cygnus.
The Heron Nebula is a reflection nebula in Orion.
The Lantern Nebula, an emission nebula in Cygnus, was discovered by William Hale.
John Ashcombe took over from William Hale.
William Hale was followed in office by John Ashcombe.
William Hale belonged to the Royal Astronomical Society.
William Hale worked in spectroscopy.
John Ashcombe did research in photometry and spectroscopy.
The Owl's Eye Nebula is a planetary nebula in Lyra. It was discovered by Caroline Pryor.
Caroline Pryor belonged to the Royal Astronomical Society, as did William Hale.
William Hale worked in spectroscopy, like John Ashcombe.
"""

KNOWN = frozenset({
    "Anders Lindqvist specialises in bryology.",
    "Anders Lindqvist specialised in bryology in Växjö.",
    "Corsair's Gold is a Thoroughbred in England.",
    "William Hale specialises in spectroscopy.",
    "Edward Lyle succeeded Arthur Lyle as founder of the Lyle Motor Company.",
    "John Ashcombe succeeded William Hale as discoverer of the Lantern Nebula.",
})
"""False texts accepted before the session too (the code with CHANGES.diff reversed)."""

OPEN = frozenset({
    # a position and a team together ("played at fullback for Somerset"): the graph ties neither
    # to the other (fullback is his rugby position, Somerset his cricket county); a World Cup
    # final "for Yorkshire", domestic cricket in South Africa "for" a county or the Test side:
    # said of no match the graph knows (arguable: each half holds)
    "Tom Ashworth played at fullback for Somerset.",
    "Alistair Penrose played in South Africa for Yorkshire.",
    "Alistair Penrose played cricket in South Africa for the England cricket team.",
    "Alistair Penrose played in the 1975 World Cup Final for Yorkshire.",
    "Alistair Penrose played Test cricket in South Africa.",
    # "England" is the rugby side's name; a reader may take it for the England cricket team
    "Alistair Penrose played cricket for England.",
    "Alistair Penrose played for England.",
    # Leeds is in Yorkshire, his county (the graph does not say so)
    "Alistair Penrose played cricket in Leeds.",
    # the present perfect of a past fact
    "Callum Hartley has played rugby for England.",
    # a member of the touring squad "played for" / "played in" it; a player "belonged to" a side;
    # a student "belonged to" a university; a member of a golf club "belonged to" its links; an
    # astronomer "belonged to" the observatory he observed at; a nebula "belonged to" the
    # constellation it lies in (arguable)
    "Callum Hartley played for the 2005 Lions.",
    "Callum Hartley played in the 2005 Lions.",
    "Dennis Wragg played in the MCC.",
    "Callum Hartley belonged to England.",
    "Anders Lindqvist belonged to Uppsala University.",
    "Ian Cardew belonged to Whinmoor Links.",
    "William Hale belonged to Dunsink Observatory.",
    "The Heron Nebula belonged to Orion.",
    # a car model, a sequel "took over from" the one before (it replaced it: arguable; "in office"
    # is not, see TEXTS)
    "The Lyle Twelve took over from the Lyle Ten.",
    "The Kingfisher Returns took over from The Kingfisher.",
    # the past of a present field ("does research in" now: she did so before, arguable)
    "Ilse Brandt did research in ethnomusicology.",
    "Ilse Brandt specialised in ethnomusicology.",
    # a car model "in Coventry" (made at a Coventry factory); an industrialist "in Solihull" (his
    # company's seat)
    "The Lyle Ten is a car model in Coventry.",
    "Arthur Lyle was an industrialist in Solihull.",
    # Al Noor Stud is in Dubai, which is in Arabia in fact; "from 1864" of a nebula found in 1864
    "Desert Envoy is an Arabian in Arabia.",
    "The Lantern Nebula is an emission nebula from 1864.",
})

OPEN_TEXTS = r"""
@sport
Tom Ashworth played at fullback for Somerset.
Alistair Penrose played in South Africa for Yorkshire.
Alistair Penrose played cricket in South Africa for the England cricket team.
Alistair Penrose played in the 1975 World Cup Final for Yorkshire.
Alistair Penrose played Test cricket in South Africa.
Alistair Penrose played cricket for England.
Alistair Penrose played for England.
Alistair Penrose played cricket in Leeds.
Callum Hartley has played rugby for England.
Callum Hartley played for the 2005 Lions.
Callum Hartley played in the 2005 Lions.
Dennis Wragg played in the MCC.
Callum Hartley belonged to England.
@botany
Anders Lindqvist belonged to Uppsala University.
@turf
Ian Cardew belonged to Whinmoor Links.
Desert Envoy is an Arabian in Arabia.
@sky
William Hale belonged to Dunsink Observatory.
The Heron Nebula belonged to Orion.
The Lantern Nebula is an emission nebula from 1864.
@industry
The Lyle Twelve took over from the Lyle Ten.
The Lyle Ten is a car model in Coventry.
Arthur Lyle was an industrialist in Solihull.
@music
The Kingfisher Returns took over from The Kingfisher.
Ilse Brandt did research in ethnomusicology.
Ilse Brandt specialised in ethnomusicology.
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
