"""Red team round 197 on LATEST.diff (and WHOLE_SESSION.diff): (1) "His / Her N was Y" at a
sentence's start, read as "its N" of the people named before ("he" rule); (2) items typed martial
art, sport, grape, cultivar named in lower case; (3) "later" after a birth of the one item of the
sentence or the sentence before, on a graph of people or animals, read as saying nothing.

Graphs: the shipped example graph and six of my own (see each builder's docstring): "jazz" (jazz
musicians, items typed as people: instruments, schools, labels, teachers, a spouse), "legends"
(tennis players, gymnasts, superheroes and ships, items of no person type, beside coaches, writers
and engineers typed as people, who share "was born in", "is from", "lives in"), "emperors" (Roman
emperors, items typed "emperor", dated by birth), "horses" (racehorses, a graph of animals),
"arts" (martial arts and sports named in lower case), "vines" (grapes and apple cultivars named
in lower case).

Findings (60 of 249 false texts accepted; 6 OPEN texts, all accepted; controls: 77 of 81
accepted). 56 of the 60 are LATEST.diff's: with LATEST.diff reversed on a copy of the code only 4
are accepted (the "he / she" pronoun ones and "Nerva ..., died in Rome and later adopted Trajan").

* (1) 25: "his / her N" stands for the people named before *by type* only, so an item of no person
  type (a tennis player, a gymnast, a superhero, a ship) is left out and the claim is judged of the
  coach, writer or engineer beside it: "Serena Williams was coached by Patrick Mouratoglou. Her
  birthplace is Paris." (his), "Superman was created by Jerry Siegel. His home is New York.",
  "RMS Titanic was designed by Thomas Andrews. Her country is Ireland." (3 more with "he / she"
  say the same through the older pronoun rule).
* (3) 31: "later" after a birth silences every time claim of the sentence: someone born earlier
  said to be born later ("Hadrian was born in Italica and later Trajan was born in Italica"), deeds
  after one's death ("..., died in Baiae and later succeeded Trajan"), a horse sired after it was
  born ("Secretariat was born in the Meadow and later was sired by Bold Ruler").
Held: (1) wrong values, two people, directions, lists, negations on graphs of people, animals,
films; (2) every lower-case text (wrong parents, "judo-inspired", "Thai boxing", "gamay noir",
"a delicious apple").
Controls rejected: "his jockey" after a horse with a place or a race named before (the place is
"he" too), "His director was Michael Mann" after "Heat stars Al Pacino", "Her director was James
Cameron" after "Titanic was directed by James Cameron" (read of the person).
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

def jazz():
    rels = [
        R("instrument", phrase="played", inverse_phrase="was played by", range=("instrument",),
          cues=("'s instrument is", "'s instrument was"), inverse_cues=("is the instrument of", "was the instrument of")),
        R("alma_mater", phrase="studied at", inverse_phrase="is the alma mater of", range=("school",),
          cues=("'s alma mater is", "graduated from")),
        R("birth_place", phrase="was born in", inverse_phrase="is the birthplace of", range=("city",),
          cues=("'s birthplace is",)),
        R("death_place", phrase="died in", inverse_phrase="is the death place of", range=("city",)),
        R("label", phrase="recorded for", inverse_phrase="released records by", range=("label",),
          cues=("'s label is", "'s label was")),
        R("spouse", phrase="was married to", inverse_phrase="was married to", range=("musician", "saxophonist", "pianist", "singer", "trumpeter"),
          cues=("'s wife is", "'s husband is", "'s spouse is")),
        R("teacher", phrase="studied under", inverse_phrase="taught", cues=("'s teacher is",), inverse_cues=("'s student is", "'s pupil is")),
        R("band", phrase="was a member of", inverse_phrase="included", range=("band",), cues=("'s band is",)),
    ]
    items = {"p:coltrane": ("saxophonist", "John Coltrane", 1926), "p:rollins": ("saxophonist", "Sonny Rollins", 1930),
             "p:parker": ("saxophonist", "Charlie Parker", 1920), "p:davis": ("trumpeter", "Miles Davis", 1926),
             "p:monk": ("pianist", "Thelonious Monk", 1917), "p:alice": ("pianist", "Alice Coltrane", 1937),
             "p:ella": ("singer", "Ella Fitzgerald", 1917), "p:holiday": ("singer", "Billie Holiday", 1915),
             "p:gillespie": ("trumpeter", "Dizzy Gillespie", 1917)}
    others = {"i:tenor": ("instrument", "tenor saxophone"), "i:alto": ("instrument", "alto saxophone"),
              "i:trumpet": ("instrument", "trumpet"), "i:piano": ("instrument", "piano"), "i:harp": ("instrument", "harp"),
              "i:soprano": ("instrument", "soprano saxophone"),
              "s:granoff": ("school", "Granoff School of Music"), "s:juilliard": ("school", "Juilliard"),
              "s:lincoln": ("school", "Lincoln High School"),
              "c:hamlet": ("city", "Hamlet"), "c:nyc": ("city", "New York City"), "c:kc": ("city", "Kansas City"),
              "c:alton": ("city", "Alton"), "c:rocky": ("city", "Rocky Mount"), "c:detroit": ("city", "Detroit"),
              "c:newport": ("city", "Newport News"), "c:phil": ("city", "Philadelphia"), "c:cheraw": ("city", "Cheraw"),
              "c:huntington": ("city", "Huntington"), "c:la": ("city", "Los Angeles"), "c:sm": ("city", "Santa Monica"),
              "l:impulse": ("label", "Impulse!"), "l:prestige": ("label", "Prestige"), "l:columbia": ("label", "Columbia"),
              "l:verve": ("label", "Verve"), "l:blue": ("label", "Blue Note"), "l:dial": ("label", "Dial"),
              "b:quintet": ("band", "the Miles Davis Quintet"), "b:jm": ("band", "the Jazz Messengers")}
    T = _t("instrument", [("p:coltrane", "i:tenor"), ("p:coltrane", "i:soprano"), ("p:rollins", "i:tenor"), ("p:parker", "i:alto"),
                          ("p:davis", "i:trumpet"), ("p:monk", "i:piano"), ("p:alice", "i:piano"), ("p:alice", "i:harp"),
                          ("p:gillespie", "i:trumpet")])
    T += _t("alma_mater", [("p:coltrane", "s:granoff"), ("p:davis", "s:juilliard"), ("p:parker", "s:lincoln")])
    T += _t("birth_place", [("p:coltrane", "c:hamlet"), ("p:rollins", "c:nyc"), ("p:parker", "c:kc"), ("p:davis", "c:alton"),
                            ("p:monk", "c:rocky"), ("p:alice", "c:detroit"), ("p:ella", "c:newport"), ("p:holiday", "c:phil"),
                            ("p:gillespie", "c:cheraw")])
    T += _t("death_place", [("p:coltrane", "c:huntington"), ("p:parker", "c:nyc"), ("p:davis", "c:sm"), ("p:ella", "c:la"),
                            ("p:holiday", "c:nyc")])
    T += _t("label", [("p:coltrane", "l:impulse"), ("p:coltrane", "l:prestige"), ("p:rollins", "l:prestige"), ("p:davis", "l:columbia"),
                      ("p:monk", "l:blue"), ("p:ella", "l:verve"), ("p:parker", "l:dial"), ("p:alice", "l:impulse")])
    T += _t("spouse", [("p:coltrane", "p:alice")])
    T += _t("teacher", [("p:rollins", "p:monk"), ("p:davis", "p:parker")])
    T += _t("band", [("p:coltrane", "b:quintet"), ("p:davis", "b:quintet"), ("p:rollins", "b:quintet")])
    return _build(items, others, rels, T)

def legends():
    """(1) "his / her" where the one meant is no person by type: tennis players and gymnasts (items
    typed "tennis player", "gymnast"), superheroes (items typed "superhero"), ships (items typed
    "ship"), each beside people typed "coach", "writer", "engineer" (attributes) who share a
    relation with them: "was born in" (a birthplace), "is from" (a country), "lives in"."""
    rels = [
        R("coach", phrase="was coached by", inverse_phrase="coached", range=("coach",),
          cues=("'s coach is", "'s coach was")),
        R("birth_place", phrase="was born in", inverse_phrase="is the birthplace of", range=("city", "planet", "island"),
          cues=("'s birthplace is",)),
        R("country", phrase="is from", inverse_phrase="is the country of", range=("country",),
          cues=("'s country is", "'s nationality is")),
        R("creator", phrase="was created by", inverse_phrase="created", range=("writer",),
          cues=("'s creator is",)),
        R("designer", phrase="was designed by", inverse_phrase="designed", range=("engineer",),
          cues=("'s designer is",)),
        R("builder", phrase="was built by", inverse_phrase="built", range=("shipyard",), cues=("'s builder is",)),
        R("home", phrase="lives in", inverse_phrase="is the home of", range=("city", "island"), cues=("'s home is",)),
        R("won", phrase="won", inverse_phrase="was won by", range=("tournament",)),
    ]
    items = {"t:serena": ("tennis player", "Serena Williams", 1981), "t:nadal": ("tennis player", "Rafael Nadal", 1986),
             "t:biles": ("gymnast", "Simone Biles", 1997), "t:comaneci": ("gymnast", "Nadia Comaneci", 1961),
             "h:superman": ("superhero", "Superman", 1938), "h:wonder": ("superhero", "Wonder Woman", 1941),
             "h:batman": ("superhero", "Batman", 1939),
             "s:titanic": ("ship", "RMS Titanic", 1911), "s:lusitania": ("ship", "RMS Lusitania", 1906)}
    others = {"k:mouratoglou": ("coach", "Patrick Mouratoglou"), "k:toni": ("coach", "Toni Nadal"),
              "k:boorman": ("coach", "Aimee Boorman"), "k:karolyi": ("coach", "Bela Karolyi"),
              "w:siegel": ("writer", "Jerry Siegel"), "w:marston": ("writer", "William Moulton Marston"),
              "w:finger": ("writer", "Bill Finger"),
              "e:andrews": ("engineer", "Thomas Andrews"), "e:peskett": ("engineer", "Leonard Peskett"),
              "y:harland": ("shipyard", "Harland and Wolff"), "y:brown": ("shipyard", "John Brown & Company"),
              "c:saginaw": ("city", "Saginaw"), "c:paris": ("city", "Paris"), "c:manacor": ("city", "Manacor"),
              "c:columbus": ("city", "Columbus"), "c:onesti": ("city", "Onesti"), "c:cluj": ("city", "Cluj"),
              "c:cleveland": ("city", "Cleveland"), "c:saugus": ("city", "Saugus"), "c:denver": ("city", "Denver"),
              "c:comber": ("city", "Comber"), "c:newyork": ("city", "New York"), "c:gotham": ("city", "Gotham City"),
              "c:metropolis": ("city", "Metropolis"), "c:belfast": ("city", "Belfast"), "c:palma": ("city", "Palma"),
              "c:houston": ("city", "Houston"), "c:oklahoma": ("city", "Oklahoma City"),
              "p:krypton": ("planet", "Krypton"), "i:themyscira": ("island", "Themyscira"),
              "n:us": ("country", "the United States"), "n:spain": ("country", "Spain"), "n:romania": ("country", "Romania"),
              "n:france": ("country", "France"), "n:uk": ("country", "the United Kingdom"), "n:ireland": ("country", "Ireland"),
              "n:hungary": ("country", "Hungary"),
              "o:wimbledon": ("tournament", "Wimbledon"), "o:rg": ("tournament", "the French Open")}
    T = _t("coach", [("t:serena", "k:mouratoglou"), ("t:nadal", "k:toni"), ("t:biles", "k:boorman"), ("t:comaneci", "k:karolyi")])
    T += _t("birth_place", [("t:serena", "c:saginaw"), ("k:mouratoglou", "c:paris"), ("t:nadal", "c:manacor"),
                            ("k:toni", "c:palma"), ("t:biles", "c:columbus"), ("k:boorman", "c:denver"),
                            ("t:comaneci", "c:onesti"), ("k:karolyi", "c:cluj"),
                            ("h:superman", "p:krypton"), ("w:siegel", "c:cleveland"), ("h:wonder", "i:themyscira"),
                            ("w:marston", "c:saugus"), ("h:batman", "c:gotham"), ("w:finger", "c:denver"),
                            ("e:andrews", "c:comber")])
    T += _t("country", [("t:serena", "n:us"), ("k:mouratoglou", "n:france"), ("t:nadal", "n:spain"), ("k:toni", "n:spain"),
                        ("t:biles", "n:us"), ("k:boorman", "n:us"), ("t:comaneci", "n:romania"), ("k:karolyi", "n:hungary"),
                        ("s:titanic", "n:uk"), ("s:lusitania", "n:uk"), ("e:andrews", "n:ireland"), ("e:peskett", "n:uk")])
    T += _t("creator", [("h:superman", "w:siegel"), ("h:wonder", "w:marston"), ("h:batman", "w:finger")])
    T += _t("designer", [("s:titanic", "e:andrews"), ("s:lusitania", "e:peskett")])
    T += _t("builder", [("s:titanic", "y:harland"), ("s:lusitania", "y:brown")])
    T += _t("home", [("h:superman", "c:metropolis"), ("h:batman", "c:gotham"), ("w:siegel", "c:newyork"),
                     ("w:finger", "c:newyork"), ("h:wonder", "i:themyscira"), ("t:biles", "c:houston"),
                     ("k:boorman", "c:oklahoma"), ("t:serena", "c:paris"), ("k:karolyi", "c:houston")])
    T += _t("won", [("t:serena", "o:wimbledon"), ("t:nadal", "o:rg"), ("t:nadal", "o:wimbledon")])
    return _build(items, others, rels, T)


def emperors():
    """(3) Roman emperors (items typed "emperor", dated by birth: a graph of people) "born in" and
    "died in" cities, who "succeeded" and "adopted" one another, "was the father of", "built"."""
    rels = [
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("city",)),
        R("died", phrase="died in", inverse_phrase="is the death place of", range=("city",)),
        R("succeeded", phrase="succeeded", inverse_phrase="was succeeded by", range=("emperor",)),
        R("adopted", phrase="adopted", inverse_phrase="was adopted by", range=("emperor",)),
        R("father", phrase="was the father of", inverse_phrase="was the son of", range=("emperor",)),
        R("built", phrase="built", inverse_phrase="was built by", range=("building",)),
        R("wife", phrase="married", inverse_phrase="married", range=("empress",), cues=("'s wife is",)),
    ]
    items = {"e:trajan": ("emperor", "Trajan", 53), "e:hadrian": ("emperor", "Hadrian", 76),
             "e:antoninus": ("emperor", "Antoninus Pius", 86), "e:marcus": ("emperor", "Marcus Aurelius", 121),
             "e:commodus": ("emperor", "Commodus", 161), "e:nerva": ("emperor", "Nerva", 30),
             "e:verus": ("emperor", "Lucius Verus", 130)}
    others = {"c:italica": ("city", "Italica"), "c:rome": ("city", "Rome"), "c:lanuvium": ("city", "Lanuvium"),
              "c:narni": ("city", "Narni"), "c:baiae": ("city", "Baiae"), "c:selinus": ("city", "Selinus"),
              "c:vindobona": ("city", "Vindobona"), "c:lorium": ("city", "Lorium"), "c:altinum": ("city", "Altinum"),
              "b:wall": ("building", "Hadrian's Wall"), "b:pantheon": ("building", "the Pantheon"),
              "b:forum": ("building", "Trajan's Forum"), "b:column": ("building", "the Column of Marcus Aurelius"),
              "w:sabina": ("empress", "Vibia Sabina"), "w:faustina": ("empress", "Faustina the Younger"),
              "w:plotina": ("empress", "Pompeia Plotina")}
    T = _t("born", [("e:trajan", "c:italica"), ("e:hadrian", "c:italica"), ("e:antoninus", "c:lanuvium"),
                    ("e:marcus", "c:rome"), ("e:commodus", "c:lanuvium"), ("e:nerva", "c:narni"), ("e:verus", "c:rome")])
    T += _t("died", [("e:trajan", "c:selinus"), ("e:hadrian", "c:baiae"), ("e:antoninus", "c:lorium"),
                     ("e:marcus", "c:vindobona"), ("e:commodus", "c:rome"), ("e:nerva", "c:rome"), ("e:verus", "c:altinum")])
    T += _t("succeeded", [("e:trajan", "e:nerva"), ("e:hadrian", "e:trajan"), ("e:antoninus", "e:hadrian"),
                          ("e:marcus", "e:antoninus"), ("e:commodus", "e:marcus")])
    T += _t("adopted", [("e:nerva", "e:trajan"), ("e:hadrian", "e:antoninus"), ("e:antoninus", "e:marcus"),
                        ("e:antoninus", "e:verus")])
    T += _t("father", [("e:marcus", "e:commodus")])
    T += _t("built", [("e:hadrian", "b:wall"), ("e:hadrian", "b:pantheon"), ("e:trajan", "b:forum"), ("e:commodus", "b:column")])
    T += _t("wife", [("e:hadrian", "w:sabina"), ("e:marcus", "w:faustina"), ("e:trajan", "w:plotina")])
    return _build(items, others, rels, T)


def horses():
    """(1)(3) Racehorses (items typed "racehorse", dated by foaling: a graph of animals) "sired by"
    and "out of" one another, "born in" places, "ridden by" jockeys and "trained by" trainers
    (typed "jockey", "trainer"), "won" races, "owned by" owners."""
    rels = [
        R("sire", phrase="was sired by", inverse_phrase="sired", range=("racehorse",), cues=("'s sire is", "'s sire was")),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("place",), cues=("'s birthplace is",)),
        R("jockey", phrase="was ridden by", inverse_phrase="rode", range=("jockey",), cues=("'s jockey was", "'s jockey is")),
        R("trainer", phrase="was trained by", inverse_phrase="trained", range=("trainer",), cues=("'s trainer was", "'s trainer is")),
        R("won", phrase="won", inverse_phrase="was won by", range=("race",)),
        R("owner", phrase="was owned by", inverse_phrase="owned", range=("owner",), cues=("'s owner was", "'s owner is")),
        R("died", phrase="died in", inverse_phrase="is the death place of", range=("place",)),
    ]
    items = {"h:secretariat": ("racehorse", "Secretariat", 1970), "h:boldruler": ("racehorse", "Bold Ruler", 1954),
             "h:seabiscuit": ("racehorse", "Seabiscuit", 1933), "h:hardtack": ("racehorse", "Hard Tack", 1926),
             "h:warad": ("racehorse", "War Admiral", 1934), "h:manowar": ("racehorse", "Man o' War", 1917)}
    others = {"p:meadow": ("place", "the Meadow"), "p:claiborne": ("place", "Claiborne Farm"),
              "p:lexington": ("place", "Lexington"), "p:faraway": ("place", "Faraway Farm"),
              "j:turcotte": ("jockey", "Ron Turcotte"), "j:pollard": ("jockey", "Red Pollard"),
              "j:kurtsinger": ("jockey", "Charles Kurtsinger"), "j:arcaro": ("jockey", "Eddie Arcaro"),
              "t:laurin": ("trainer", "Lucien Laurin"), "t:smith": ("trainer", "Tom Smith"),
              "t:conway": ("trainer", "George Conway"), "t:fitz": ("trainer", "Sunny Jim Fitzsimmons"),
              "o:chenery": ("owner", "Penny Chenery"), "o:howard": ("owner", "Charles Howard"),
              "o:riddle": ("owner", "Samuel Riddle"), "o:wheatley": ("owner", "Wheatley Stable"),
              "r:derby": ("race", "the Kentucky Derby"), "r:belmont": ("race", "the Belmont Stakes"),
              "r:santa": ("race", "the Santa Anita Handicap"), "r:pimlico": ("race", "the Pimlico Special")}
    T = _t("sire", [("h:secretariat", "h:boldruler"), ("h:seabiscuit", "h:hardtack"), ("h:hardtack", "h:manowar"),
                    ("h:warad", "h:manowar")])
    T += _t("born", [("h:secretariat", "p:meadow"), ("h:boldruler", "p:claiborne"), ("h:seabiscuit", "p:claiborne"),
                     ("h:warad", "p:faraway"), ("h:manowar", "p:lexington")])
    T += _t("died", [("h:secretariat", "p:claiborne"), ("h:manowar", "p:faraway"), ("h:warad", "p:lexington")])
    T += _t("jockey", [("h:secretariat", "j:turcotte"), ("h:seabiscuit", "j:pollard"), ("h:warad", "j:kurtsinger"),
                       ("h:boldruler", "j:arcaro")])
    T += _t("trainer", [("h:secretariat", "t:laurin"), ("h:seabiscuit", "t:smith"), ("h:warad", "t:conway"),
                        ("h:boldruler", "t:fitz")])
    T += _t("won", [("h:secretariat", "r:derby"), ("h:secretariat", "r:belmont"), ("h:warad", "r:derby"),
                    ("h:seabiscuit", "r:santa"), ("h:seabiscuit", "r:pimlico"), ("h:warad", "r:belmont")])
    T += _t("owner", [("h:secretariat", "o:chenery"), ("h:seabiscuit", "o:howard"), ("h:warad", "o:riddle"),
                      ("h:manowar", "o:riddle"), ("h:boldruler", "o:wheatley")])
    return _build(items, others, rels, T)


def arts():
    """(2) Martial arts and sports (items typed "martial art", "combat sport", "sport"), named in
    lower case: "judo", "sambo", "boxing", "wrestling", "fencing", "kendo", "polo", "squash"; one
    "is derived from" another, "originated in" a country, "was founded by" a person, "is governed
    by" a federation, "is practised with" equipment."""
    rels = [
        R("derived", phrase="is derived from", inverse_phrase="is the origin of", range=("martial art", "combat sport", "sport")),
        R("origin", phrase="originated in", inverse_phrase="is the birthplace of", range=("country",)),
        R("founder", phrase="was founded by", inverse_phrase="founded", range=("founder",)),
        R("governed", phrase="is governed by", inverse_phrase="governs", range=("federation",)),
        R("equipment", phrase="is played with", inverse_phrase="is used in", range=("equipment",)),
    ]
    items = {"m:judo": ("martial art", "Judo", 1882), "m:sambo": ("martial art", "Sambo", 1938),
             "m:kendo": ("martial art", "Kendo", 1920), "m:karate": ("martial art", "Karate", 1900),
             "m:bjj": ("martial art", "Brazilian jiu-jitsu", 1925), "m:jujutsu": ("martial art", "Jujutsu", 1600),
             "m:kenjutsu": ("martial art", "Kenjutsu", 1400),
             "s:boxing": ("combat sport", "Boxing", 1867), "s:wrestling": ("combat sport", "Wrestling", None),
             "s:fencing": ("sport", "Fencing", 1896), "s:polo": ("sport", "Polo", 1859), "s:squash": ("sport", "Squash", 1830),
             "s:rackets": ("sport", "Rackets", 1800), "s:kickboxing": ("combat sport", "Kickboxing", 1966),
             "s:savate": ("combat sport", "Savate", 1825)}
    others = {"n:japan": ("country", "Japan"), "n:russia": ("country", "Russia"), "n:brazil": ("country", "Brazil"),
              "n:england": ("country", "England"), "n:france": ("country", "France"), "n:india": ("country", "India"),
              "n:okinawa": ("country", "Okinawa"),
              "f:kano": ("founder", "Kano Jigoro"), "f:oshchepkov": ("founder", "Vasili Oshchepkov"),
              "f:gracie": ("founder", "Carlos Gracie"), "f:funakoshi": ("founder", "Gichin Funakoshi"),
              "g:ijf": ("federation", "the International Judo Federation"), "g:fias": ("federation", "FIAS"),
              "g:fie": ("federation", "FIE"), "g:wsf": ("federation", "the World Squash Federation"),
              "q:shinai": ("equipment", "the shinai"), "q:mallet": ("equipment", "a mallet"),
              "q:racket": ("equipment", "a racket"), "q:foil": ("equipment", "the foil"), "q:gloves": ("equipment", "gloves")}
    T = _t("derived", [("m:sambo", "m:judo"), ("m:sambo", "s:wrestling"), ("m:judo", "m:jujutsu"), ("m:bjj", "m:judo"),
                       ("m:kendo", "m:kenjutsu"), ("s:squash", "s:rackets"), ("s:kickboxing", "m:karate"),
                       ("s:kickboxing", "s:boxing")])
    T += _t("origin", [("m:judo", "n:japan"), ("m:sambo", "n:russia"), ("m:kendo", "n:japan"), ("m:karate", "n:okinawa"),
                       ("m:bjj", "n:brazil"), ("s:boxing", "n:england"), ("s:fencing", "n:france"), ("s:polo", "n:india"),
                       ("s:squash", "n:england"), ("s:savate", "n:france"), ("m:jujutsu", "n:japan"), ("s:kickboxing", "n:japan")])
    T += _t("founder", [("m:judo", "f:kano"), ("m:sambo", "f:oshchepkov"), ("m:bjj", "f:gracie"), ("m:karate", "f:funakoshi")])
    T += _t("governed", [("m:judo", "g:ijf"), ("m:sambo", "g:fias"), ("s:fencing", "g:fie"), ("s:squash", "g:wsf")])
    T += _t("equipment", [("m:kendo", "q:shinai"), ("s:polo", "q:mallet"), ("s:squash", "q:racket"), ("s:fencing", "q:foil"),
                          ("s:boxing", "q:gloves")])
    return _build(items, others, rels, T)


def vines():
    """(2) Grape varieties and apple cultivars (items typed "grape", "wine grape", "apple
    cultivar"), named in lower case: "gamay", "pinot noir", "cinsault", "concord", "mission",
    "gala", "jazz", "empire", "delicious"; "bred from" parents, "grown in" regions, "developed
    at" institutions, "used to make" wines."""
    rels = [
        R("parent", phrase="was bred from", inverse_phrase="is a parent of", range=("grape", "wine grape", "apple cultivar")),
        R("grown", phrase="is grown in", inverse_phrase="grows", range=("region",)),
        R("developed", phrase="was developed at", inverse_phrase="developed", range=("institution",)),
        R("wine", phrase="is used to make", inverse_phrase="is made from", range=("wine",)),
    ]
    items = {"g:gamay": ("wine grape", "Gamay", None), "g:pinot": ("wine grape", "Pinot Noir", None),
             "g:cinsault": ("wine grape", "Cinsault", None), "g:pinotage": ("wine grape", "Pinotage", 1925),
             "g:concord": ("grape", "Concord", 1849), "g:mission": ("grape", "Mission", 1600),
             "g:chardonnay": ("wine grape", "Chardonnay", None), "g:gouais": ("wine grape", "Gouais Blanc", None),
             "a:gala": ("apple cultivar", "Gala", 1934), "a:jazz": ("apple cultivar", "Jazz", 1985),
             "a:braeburn": ("apple cultivar", "Braeburn", 1952), "a:empire": ("apple cultivar", "Empire", 1966),
             "a:delicious": ("apple cultivar", "Delicious", 1880), "a:mcintosh": ("apple cultivar", "McIntosh", 1811),
             "a:honeycrisp": ("apple cultivar", "Honeycrisp", 1960)}
    others = {"r:beaujolais": ("region", "Beaujolais"), "r:burgundy": ("region", "Burgundy"),
              "r:stellenbosch": ("region", "Stellenbosch"), "r:california": ("region", "California"),
              "r:newyork": ("region", "New York"), "r:nz": ("region", "New Zealand"), "r:washington": ("region", "Washington"),
              "r:provence": ("region", "Provence"),
              "u:cornell": ("institution", "Cornell"), "u:minnesota": ("institution", "the University of Minnesota"),
              "u:hort": ("institution", "HortResearch"),
              "v:bj": ("wine", "Beaujolais nouveau"), "v:champagne": ("wine", "Champagne"), "v:angelica": ("wine", "Angelica"),
              "v:juice": ("wine", "grape juice")}
    T = _t("parent", [("g:pinotage", "g:pinot"), ("g:pinotage", "g:cinsault"), ("g:gamay", "g:pinot"), ("g:gamay", "g:gouais"),
                      ("g:chardonnay", "g:pinot"), ("g:chardonnay", "g:gouais"), ("a:jazz", "a:gala"), ("a:jazz", "a:braeburn"),
                      ("a:empire", "a:delicious"), ("a:empire", "a:mcintosh")])
    T += _t("grown", [("g:gamay", "r:beaujolais"), ("g:pinot", "r:burgundy"), ("g:pinotage", "r:stellenbosch"),
                      ("g:cinsault", "r:provence"), ("g:concord", "r:newyork"), ("g:mission", "r:california"),
                      ("g:chardonnay", "r:burgundy"), ("a:gala", "r:nz"), ("a:jazz", "r:nz"), ("a:braeburn", "r:nz"),
                      ("a:empire", "r:newyork"), ("a:honeycrisp", "r:washington")])
    T += _t("developed", [("a:empire", "u:cornell"), ("a:honeycrisp", "u:minnesota"), ("a:jazz", "u:hort")])
    T += _t("wine", [("g:gamay", "v:bj"), ("g:pinot", "v:champagne"), ("g:chardonnay", "v:champagne"),
                     ("g:mission", "v:angelica"), ("g:concord", "v:juice")])
    return _build(items, others, rels, T)

def movies():
    return kgx.KnowledgeGraph.example()


BUILDERS = {"movies": movies, "jazz": jazz, "legends": legends, "emperors": emperors, "horses": horses,
            "arts": arts, "vines": vines}

_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@legends
# (1) "his / her" where the one meant is an item of no person type (a tennis player, a gymnast, a
# superhero, a ship): read of the other person only (a coach, a writer, an engineer), for whom the
# claim holds. Serena Williams: born in Saginaw, from the United States; her coach Mouratoglou:
# born in Paris, from France
Serena Williams was coached by Patrick Mouratoglou. Her birthplace is Paris.
Serena Williams was coached by Patrick Mouratoglou. Her country is France.
Serena Williams was coached by Patrick Mouratoglou; her birthplace is Paris.
Serena Williams was coached by Patrick Mouratoglou; her country is France.
Patrick Mouratoglou coached Serena Williams. Her birthplace is Paris.
Patrick Mouratoglou coached Serena Williams. Her country is France.
Serena Williams won Wimbledon and was coached by Patrick Mouratoglou. Her birthplace is Paris.
Serena Williams lives in Paris and was coached by Patrick Mouratoglou. Her country is France.
Rafael Nadal was coached by Toni Nadal. His birthplace is Palma.
Rafael Nadal won the French Open and was coached by Toni Nadal. His birthplace is Palma.
Simone Biles was coached by Aimee Boorman. Her birthplace is Denver.
Simone Biles was coached by Aimee Boorman. Her home is Oklahoma City.
Simone Biles was coached by Aimee Boorman; her home is Oklahoma City.
Nadia Comaneci was coached by Bela Karolyi. Her country is Hungary.
Nadia Comaneci was coached by Bela Karolyi. Her birthplace is Cluj.
Nadia Comaneci was coached by Bela Karolyi; her birthplace is Cluj.
Nadia Comaneci was coached by Bela Karolyi. Her home is Houston.
Superman was created by Jerry Siegel. His birthplace is Cleveland.
Superman was created by Jerry Siegel. His home is New York.
Superman was created by Jerry Siegel; his birthplace is Cleveland.
Wonder Woman was created by William Moulton Marston. Her birthplace is Saugus.
Batman was created by Bill Finger. His birthplace is Denver.
Batman was created by Bill Finger. His home is New York.
RMS Titanic was designed by Thomas Andrews. Her country is Ireland.
RMS Titanic was designed by Thomas Andrews. Her birthplace is Comber.
# (the "he" / "she" rule the reading reuses: the same, said with a pronoun subject)
Serena Williams was coached by Patrick Mouratoglou. She was born in Paris.
Superman was created by Jerry Siegel. He was born in Cleveland.
Nadia Comaneci was coached by Bela Karolyi. She is from Hungary.
# (1) wrong values, one person named
Serena Williams was born in Saginaw. Her home is New York.
Serena Williams won Wimbledon. Her birthplace is Paris.
Rafael Nadal won Wimbledon. His birthplace is Palma.
Superman lives in Metropolis. His birthplace is Gotham City.
Batman lives in Gotham City. His birthplace is Krypton.
Wonder Woman was born in Themyscira. Her home is Metropolis.
RMS Titanic was built by Harland and Wolff. Her country is Ireland.
RMS Titanic was built by Harland and Wolff. Her designer was Leonard Peskett.
RMS Lusitania was built by John Brown & Company. Her builder was Harland and Wolff.
Simone Biles lives in Houston. Her coach is Bela Karolyi.
@jazz
# (1) "his / her N" on a graph of people: wrong values, two people, wrong directions, lists,
# negations, "his" inside a sentence
John Coltrane was born in Hamlet. His instrument was the piano.
John Coltrane was born in Hamlet. His instrument was the alto saxophone.
John Coltrane was born in Hamlet. His label was Blue Note.
John Coltrane was born in Hamlet. His death place is Hamlet.
John Coltrane was born in Hamlet. His birthplace is Huntington.
John Coltrane was born in Hamlet. His instruments were the tenor saxophone and the alto saxophone.
John Coltrane was born in Hamlet. His instrument was the tenor saxophone and the alto saxophone.
John Coltrane was born in Hamlet. His labels were Impulse! and Blue Note.
John Coltrane and Sonny Rollins played the tenor saxophone. His label was Impulse!.
John Coltrane played the tenor saxophone. His label was Impulse! and so was Sonny Rollins's.
Sonny Rollins played the tenor saxophone. His label was Impulse!.
Sonny Rollins played the tenor saxophone. His labels were Prestige and Impulse!.
Alice Coltrane was born in Detroit. Her instrument was the tenor saxophone.
Thelonious Monk was born in Rocky Mount. His instructor was Sonny Rollins.
Thelonious Monk was born in Rocky Mount. His instructor was Thelonious Monk.
Sonny Rollins studied under Thelonious Monk. His instructor was Sonny Rollins.
Miles Davis studied under Charlie Parker. His instructor was Charlie Parker.
Miles Davis studied under Charlie Parker. His instrument was the trumpet.
Miles Davis studied under Charlie Parker. His band was the Miles Davis Quintet.
Charlie Parker taught Miles Davis. His instrument was the trumpet.
Charlie Parker taught Miles Davis. His alma mater is Juilliard.
Charlie Parker taught Miles Davis; his alma mater is Juilliard.
Miles Davis was born in Alton; his alma mater is Lincoln High School.
Miles Davis was born in Alton. His alma mater is not Juilliard.
Miles Davis was born in Alton. His alma mater was never Juilliard.
Miles Davis was born in Alton. His alma mater is Juilliard and Lincoln High School.
Miles Davis was born in Alton. His alma mater is Juilliard, not Lincoln High School.
Miles Davis was born in Alton. His label is Columbia, and he was born in Hamlet.
Miles Davis was born in Alton. His label Columbia was founded in Hamlet.
Miles Davis was born in Alton. His school was Lincoln High School.
Miles Davis was born in Alton. His band was the Jazz Messengers.
Miles Davis was born in Alton. His members were John Coltrane.
Miles Davis was born in Alton. His band included Charlie Parker.
Miles Davis was born in Alton. His label released records by Thelonious Monk.
Alice Coltrane was born in Detroit. Her musician was John Coltrane.
Charlie Parker died in New York City. His birthplace is New York City.
Charlie Parker was born in Kansas City. His instrument was the tenor saxophone.
Charlie Parker was born in Kansas City. His alma mater is Juilliard.
Charlie Parker was born in Kansas City. His alma mater is Juilliard, like Miles Davis.
Charlie Parker was born in Kansas City. His label is Dial. His alma mater is Juilliard.
John Coltrane was married to Alice Coltrane. Her birthplace is Hamlet.
John Coltrane was married to Alice Coltrane. His instrument was the harp.
Sonny Rollins was born in New York City. His instructor was Charlie Parker.
Ella Fitzgerald was born in Newport News. Her label was Columbia.
Billie Holiday was born in Philadelphia. Her death place is Los Angeles.
Dizzy Gillespie was born in Cheraw. His instrument was the piano.
# (3) "later" after a birth: someone born before, a deed after one's death
John Coltrane was born in Hamlet and later Charlie Parker was born in Kansas City.
Sonny Rollins was born in New York City and later Thelonious Monk was born in Rocky Mount.
Alice Coltrane was born in Detroit and later John Coltrane was born in Hamlet.
Miles Davis was born in Alton, and later Dizzy Gillespie was born in Cheraw.
Thelonious Monk was born in Rocky Mount, and later Billie Holiday was born in Philadelphia.
Charlie Parker was born in Kansas City, died in New York City, and later recorded for Dial.
John Coltrane was born in Hamlet, died in Huntington and later played the soprano saxophone.
Miles Davis was born in Alton and later studied at Lincoln High School.
Miles Davis was born in Alton and later recorded for Blue Note.
John Coltrane was born in Hamlet. He later recorded for Verve.
Alice Coltrane was born in Detroit. She later played the trumpet.
@emperors
# (3) "later" after a birth: an emperor born earlier said to be born later; a deed after death
Hadrian was born in Italica and later Trajan was born in Italica.
Hadrian was born in Italica, and later Trajan was born there.
Hadrian was born in Italica, later Trajan was born there.
Hadrian was born in Italica in 76 and later Trajan was born in Italica.
Commodus was born in Lanuvium and later Marcus Aurelius was born in Rome.
Marcus Aurelius was born in Rome and later Antoninus Pius was born in Lanuvium.
Trajan was born in Italica and later Nerva was born in Narni.
Antoninus Pius was born in Lanuvium and later Hadrian was born in Italica.
Commodus was born in Lanuvium, and later Lucius Verus was born in Rome.
Lucius Verus was born in Rome and later Marcus Aurelius was born in Rome.
Commodus was born in Lanuvium and later Nerva was born in Narni.
Hadrian was born in Italica and died in Baiae, and later succeeded Trajan.
Hadrian was born in Italica, died in Baiae and later built the Pantheon.
Hadrian died in Baiae and was born in Italica, and later succeeded Trajan.
Hadrian was born in Italica. He died in Baiae and later succeeded Trajan.
Marcus Aurelius was born in Rome, died in Vindobona, and later succeeded Antoninus Pius.
Nerva was born in Narni, died in Rome and later adopted Trajan.
Trajan was born in Italica, died in Selinus and later adopted Hadrian.
Hadrian was born in Italica and later in Rome.
Hadrian was born in Italica and later, in 70, succeeded Trajan.
Hadrian was born in Italica and later succeeded Trajan in 70.
Hadrian was born in Italica and later Trajan was born in Italica in 53.
Hadrian was born in Italica and later built Trajan's Forum.
Hadrian was born in Italica and later succeeded Nerva.
Hadrian was born in Rome and later succeeded Trajan.
Hadrian was born in Italica and later died in Rome.
Hadrian was born in Italica and later adopted Trajan.
Hadrian was born in Italica and later was adopted by Nerva.
Hadrian was born in Italica and later did not succeed Trajan.
Hadrian was born in Italica and later succeeded Trajan and Nerva.
Marcus Aurelius was born in Rome and later Antoninus Pius succeeded him.
Marcus Aurelius was born in Rome. He later adopted Antoninus Pius.
Trajan was born in Italica and later Nerva adopted him.
Hadrian was born in Italica and later adopted Antoninus Pius, who later succeeded Nerva.
Commodus was born in Lanuvium, and later Marcus Aurelius adopted Lucius Verus.
# (1) "his N" on a graph of people
Commodus was born in Lanuvium. His son was Marcus Aurelius.
Marcus Aurelius was born in Rome. His father was Commodus.
Hadrian adopted Antoninus Pius. His birthplace is Lanuvium.
Hadrian was born in Italica. His buildings were the Pantheon and Trajan's Forum.
Hadrian was born in Italica. His empress was Faustina the Younger.
Trajan was born in Italica. His building was the Pantheon.
Marcus Aurelius succeeded Antoninus Pius. His son was Commodus.
Commodus succeeded Marcus Aurelius. His death place is Vindobona.
Hadrian was born in Italica. His death place is Rome.
Lucius Verus was born in Rome. His father was Marcus Aurelius.
@horses
# (3) "later" after a birth on a graph of animals: sired after being born, a race won after death
Secretariat was born in the Meadow and later was sired by Bold Ruler.
Secretariat was born in the Meadow. It later was sired by Bold Ruler.
War Admiral was born at Faraway Farm and later was sired by Man o' War.
Seabiscuit was born at Claiborne Farm and later was sired by Hard Tack.
Secretariat was born in the Meadow, died at Claiborne Farm, and later won the Kentucky Derby.
War Admiral was born at Faraway Farm, died in Lexington and later won the Belmont Stakes.
Secretariat was born in the Meadow and later Bold Ruler was born at Claiborne Farm.
War Admiral was born at Faraway Farm and later Man o' War was born in Lexington.
Secretariat was born in the Meadow. He was later sired by Bold Ruler.
Secretariat was born in the Meadow and later Bold Ruler sired him.
Secretariat was born in the Meadow and died at Claiborne Farm. He later won the Belmont Stakes.
War Admiral was born at Faraway Farm and later Man o' War sired him.
Secretariat was born in the Meadow and later won the Santa Anita Handicap.
Seabiscuit was born at Claiborne Farm and later won the Kentucky Derby.
# (1) "his N" after an animal (and a person, a horse, a place)
Secretariat was sired by Bold Ruler. His jockey was Eddie Arcaro.
Bold Ruler sired Secretariat. His jockey was Eddie Arcaro.
Secretariat was born in the Meadow. His jockey was Eddie Arcaro.
Secretariat was born in the Meadow. His trainer was Tom Smith.
Secretariat was born in the Meadow. His race was the Santa Anita Handicap.
War Admiral was sired by Man o' War. His death place is Lexington.
Seabiscuit was ridden by Red Pollard. His trainer was George Conway.
Man o' War was born in Lexington. His birthplace is Faraway Farm.
@arts
# (2) martial arts and sports in lower case: wrong parents, places, founders, equipment
Sambo is derived from judo and boxing.
Sambo is derived from karate.
Sambo is a judo-inspired martial art.
Sambo is a karate-inspired martial art.
Sambo is a boxing-inspired martial art.
Sambo is a karate-based martial art.
Sambo is a judo martial art.
Kickboxing is derived from karate and fencing.
Kickboxing is derived from karate and Thai boxing.
Kickboxing is derived from karate and French boxing.
Kickboxing is derived from karate and boxing gloves.
Kickboxing is derived from karate and shadow boxing.
Kickboxing is derived from karate and amateur boxing.
Savate, also called French boxing, originated in France.
Savate is French boxing.
Savate is a form of boxing.
Kendo is Japanese fencing.
Kendo is derived from fencing.
Kendo is played with the foil.
Water polo is played with a mallet.
Polo is played with a racket.
Squash is derived from tennis.
Squash is derived from polo.
Butternut squash originated in England.
Polo originated in England.
Brazilian jiu-jitsu was founded by Kano Jigoro.
Jujutsu is derived from judo.
Judo is derived from sambo.
Kenjutsu is derived from kendo.
Judo throws are derived from jujutsu.
Sambo wrestling is derived from judo.
Freestyle wrestling is derived from judo.
Sambo is derived from freestyle wrestling.
Sambo is derived from arm wrestling.
Sambo is derived from judo; boxing originated in France.
Karate originated in Okinawa, and boxing gloves are used in kickboxing.
Kickboxing is played with gloves.
Sambo is governed by the International Judo Federation.
Wrestling is governed by FIAS.
Judo originated in Russia.
Sambo originated in Japan.
Boxing is derived from karate.
Fencing originated in India.
Squash is governed by FIE.
Kendo was founded by Kano Jigoro.
Judo is played with the shinai.
Fencing is played with a mallet.
Karate was founded by Carlos Gracie.
@vines
# (2) grapes and cultivars in lower case: wrong parents, wines, regions, institutions
Pinotage was bred from pinot noir and gamay.
Beaujolais nouveau is made from gamay noir.
Beaujolais nouveau is made from gamay grapes.
Beaujolais nouveau is made from pinot noir.
Champagne is made from pinot noir and gamay.
Gamay was bred from pinot noir and chardonnay.
Jazz was bred from gala and empire.
Empire was bred from red delicious and McIntosh.
Empire was bred from golden delicious and McIntosh.
Jazz was developed at Cornell.
Grape juice is made from mission.
Angelica is made from concord grapes.
Gala is grown in Washington.
Jazz was bred from gala, a delicious apple.
Jazz, a delicious apple, was bred from gala.
Jazz, a delicious cultivar, was bred from gala.
Empire is a delicious apple grown in New York.
Gala is a delicious apple grown in New Zealand.
Gala, a delicious apple, is grown in New Zealand.
Gala is delicious.
Empire is a delicious apple.
Jazz is a delicious apple.
Honeycrisp is a delicious apple.
Braeburn was bred from jazz.
Jazz was bred from gala and braeburn in New Zealand.
Gala apples were developed at Cornell.
Cinsault is a parent of gamay.
Mission is grown in New York.
Concord is grown in California.
Gamay is grown in Burgundy and Beaujolais.
Honeycrisp was developed at Cornell.
Pinot noir is a parent of cinsault.
Gamay is used to make Champagne.
Mission is used to make grape juice.
@movies
# (1) "his / her N" on the example graph
Heat stars Al Pacino. His director was Sidney Lumet.
Heat was directed by Michael Mann. His star was Robert De Niro and Jack Nicholson.
Jaws was directed by Steven Spielberg. His composer was Hans Zimmer.
Titanic stars Kate Winslet. Her director was Steven Spielberg.
Al Pacino starred in Heat. His director was Martin Scorsese.
"""

CONTROLS = r"""
@legends
Serena Williams was born in Saginaw.
Serena Williams was coached by Patrick Mouratoglou and won Wimbledon.
RMS Lusitania was designed by Leonard Peskett. Her country is the United Kingdom.
Rafael Nadal was coached by Toni Nadal. His country is Spain.
Superman was created by Jerry Siegel and lives in Metropolis.
RMS Titanic was designed by Thomas Andrews and built by Harland and Wolff.
@jazz
John Coltrane was born in Hamlet. His instrument was the tenor saxophone.
John Coltrane was born in Hamlet. His alma mater is Granoff School of Music.
John Coltrane was born in Hamlet. His label was Impulse!.
John Coltrane and Sonny Rollins played the tenor saxophone. His label was Prestige.
Alice Coltrane was born in Detroit. Her instrument was the harp.
Sonny Rollins was born in New York City. His instructor was Thelonious Monk.
Miles Davis was born in Alton. His school was Juilliard.
Miles Davis was born in Alton. His band was the Miles Davis Quintet.
John Coltrane was born in Hamlet. His birthplace is Hamlet and his death place is Huntington.
John Coltrane was born in Hamlet. His death place is Huntington.
John Coltrane was born in Hamlet. His instruments were the tenor saxophone and the soprano saxophone.
Miles Davis was born in Alton, and his alma mater is Juilliard.
Miles Davis was born in Alton and later studied under Charlie Parker.
Miles Davis was born in Alton and later studied at Juilliard.
John Coltrane was born in Hamlet. He later recorded for Impulse!.
Alice Coltrane was born in Detroit. She later played the harp.
Charlie Parker was born in Kansas City and later John Coltrane was born in Hamlet.
@emperors
Hadrian was born in Italica and later succeeded Trajan.
Hadrian was born in Italica. He later succeeded Trajan.
Hadrian was born in Italica in 76 and later succeeded Trajan.
Hadrian was born in Italica, later succeeded Trajan.
Hadrian was born in Italica; he later succeeded Trajan.
Hadrian was born in Italica and he later succeeded Trajan.
Hadrian was born in Italica and later adopted Antoninus Pius.
Marcus Aurelius was born in Rome and later was the father of Commodus.
Commodus was born in Lanuvium and later succeeded Marcus Aurelius.
Antoninus Pius was born in Lanuvium and later adopted Marcus Aurelius and Lucius Verus.
Hadrian was born in Italica and later built Hadrian's Wall and the Pantheon.
Trajan was born in Italica and later Hadrian was born in Italica.
Hadrian was born in Italica and later died in Baiae.
Commodus was born in Lanuvium. His father was Marcus Aurelius.
Marcus Aurelius was born in Rome. His son was Commodus.
Hadrian was born in Italica. His empress was Vibia Sabina.
Hadrian succeeded Trajan. His birthplace is Italica.
Hadrian was born in Italica. His building was the Pantheon.
@horses
Secretariat was born in the Meadow and later won the Kentucky Derby.
Secretariat was born in the Meadow. It later won the Kentucky Derby.
Seabiscuit was sired by Hard Tack, and his jockey was Red Pollard.
Secretariat was born in the Meadow. His jockey was Ron Turcotte.
Secretariat won the Belmont Stakes. His jockey was Ron Turcotte.
@arts
Sambo is derived from judo.
Sambo is derived from judo and wrestling.
Kickboxing is derived from karate and boxing.
Kickboxing originated in Japan and is derived from boxing.
Kendo is played with the shinai.
Fencing is played with the foil.
Polo is played with a mallet.
Squash is derived from rackets.
Squash originated in England.
Polo originated in India.
Brazilian jiu-jitsu is derived from judo.
Judo was founded by Kano Jigoro and is governed by the International Judo Federation.
Judo is derived from jujutsu.
Kendo is derived from kenjutsu.
Sambo is derived from wrestling.
Sambo is derived from judo, and boxing originated in England.
Karate originated in Okinawa and kickboxing is derived from it.
Boxing is played with gloves.
Sambo is governed by FIAS.
Sambo is a Russian martial art derived from judo.
@vines
Pinotage was bred from pinot noir and cinsault.
Gamay is grown in Beaujolais.
Beaujolais nouveau is made from gamay.
Champagne is made from pinot noir and chardonnay.
Gamay was bred from pinot noir and gouais blanc.
Jazz was bred from gala and braeburn.
Empire was developed at Cornell.
Mission is grown in California.
Concord is grown in New York.
Grape juice is made from concord.
Jazz is grown in New Zealand.
Pinot noir is a parent of gamay and chardonnay.
Empire was bred from delicious and McIntosh.
@movies
Heat stars Al Pacino. His director was Michael Mann.
Titanic was directed by James Cameron. Her director was James Cameron.
"""

KNOWN = frozenset()

OPEN = frozenset(
    # "his musician": the graph's "musician" noun is spouse's range; said of a person it names no
    # relation plainly (a band leader's "musician" is his sideman)
    {"John Coltrane was born in Hamlet. His musician was Alice Coltrane.",
     # becoming someone's son "later": no event; the birth makes him the son, so "later" is wrong
     # but idiomatically read as "turned out to be"?
     "Commodus was born in Lanuvium and later was the son of Marcus Aurelius.",
     # "his" after a creator named as subject: ambiguous between Jerry Siegel (true) and Superman
     # (false, Superman lives in Metropolis)
     "Jerry Siegel created Superman. His home is New York.",
     # "the squash" on a graph of sports: the sport, or the vegetable
     "The squash originated in England.",
     # "the empire" in lower case with an article: the apple, or an empire
     "The empire was developed at Cornell.",
     # "Mission" (the grape) after "The": a mission (a church) was no grape
     "The mission is grown in California."})

OPEN_TEXTS = r"""
@jazz
John Coltrane was born in Hamlet. His musician was Alice Coltrane.
@emperors
Commodus was born in Lanuvium and later was the son of Marcus Aurelius.
@legends
Jerry Siegel created Superman. His home is New York.
@arts
The squash originated in England.
@vines
The empire was developed at Cornell.
The mission is grown in California.
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
