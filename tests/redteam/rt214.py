"""Red team round 214 on CHANGES.diff (and the session's earlier readings, WHOLE_SESSION.diff).

Attacked: (1) jazz / night / supper / comedy / blues / music / dance clubs read as venues ("opened /
built in YEAR", "Opened in YEAR, X"); (2) "was founded by" of restaurants, bars, hotels, clubs read
as "opened" / "was opened by"; (3) ensembles (every subject type word among choir, orchestra,
quartet, chamber, string ...): "was led by" read as "directed / conducted (by)", "sings / performs
at" as "sings / performs at / in", "was founded by" as "formed / was formed by / formed by"; "the
chorus", "the ensemble" for a choir; (4) enzymes, hormones, drugs, antibiotics, acids, fungi,
rocks ... named in lower case; (5) "worked at" a workplace read as "was employed at / by", "was on
the staff of"; (6) relations said the same both ways read either way, in lists and counts; (7) the
verb after ", who ... ," / ", Y's N," on the subject is the subject's; (8) no guessed "a K company"
of what a firm traded in.

Graphs (see each builder's docstring): "jazz" (jazz clubs, a nightclub, a supper, comedy and blues
club, restaurants, a hotel, a bar, and also record labels, a football club, a golf club, a
gentlemen's club and a music society, all under ONE "was founded by" declared on every kind;
owners, chefs, managers, musicians), "choirs" (choirs, boys' and chamber choirs, orchestras, a
chamber orchestra, string quartets and a jazz quartet typed "quartet", under one "was led by" that
names a choir's director but an orchestra's leader (concertmaster) or a quartet's first violin;
orchestras' chief conductors in another relation; "performs at" halls declared on choirs and
orchestras alike; bands apart), "labs" (lower-case substances, rocks and fungi "discovered by"
scientists who "worked at" universities, a hospital, an institute, a company, a museum, a clinic,
"studied at" others, "collaborated with" and "were rivals of" one another), "racers" (drivers who
"raced for" teams, siblings / rivals / teammates said the same both ways and stored one way),
"firms" (a bank, trading companies, an auction house, an insurance market, a shipping line, an
agency, a design firm, a bar association, a chamber of commerce typed "chamber", a football club and
a bakery, a hotel chain and a restaurant chain, all under ONE "was founded by"; what each financed,
insured, auctioned, designed, imported, sold, bought, employed).

Findings: 80 of 405 false texts accepted; 59 of them new with this round (the code with
CHANGES.diff reversed rejects them), 10 new with the session's earlier readings (the code with
WHOLE_SESSION.diff reversed rejects them, CHANGES.diff reversed alone does not), 11 accepted before
the session too. Controls: 88 of 92 accepted. OPEN: 69 texts (28 accepted, see the comments).
New with this round:
* "opened" is given to a whole relation as soon as ONE of its declared subject types is a place
  one opens (`_opened_venues` asks `kinds & _OPENED_PLACES`, not that every kind is one): on a
  graph whose one "was founded by" covers restaurants and also labels, clubs and companies, every
  founder "opened" what he founded (27): "Alfred Lion opened Blue Note Records", "Norman Granz
  opened Verve Records in 1956", "Richard Daft opened Notts County", "Mickey Fenwick opened the Royal
  and Ancient Golf Club", "John Stainer opened the Oxford University Musical Club", "Elizabeth I
  opened the East India Company", "Prince Rupert opened the Hudson's Bay Company", "Samuel Cunard
  opened Cunard", "Samuel Tilden opened the New York City Bar Association", "David Danskin opened
  Arsenal", "Arsenal was opened by David Danskin", "Oscar Peterson recorded for Verve Records, which
  Norman Granz opened" ... (the ensembles' readings ask `item_kinds <= _ENSEMBLES`: all of them).
* "was led by" of an ensemble is read as "conducted / directed" whoever leads it (10): an
  orchestra's leader (concertmaster) "conducted" it ("Carmine Lauri conducted the London Symphony
  Orchestra", "The Berlin Philharmonic was conducted by Daniel Stabrawa", "Lyn Fletcher conducted
  the Halle"), a string quartet's first violin ("Norbert Brainin conducted the Amadeus Quartet",
  "David Harrington conducted the Kronos Quartet"), a jazz quartet's leader ("Dave Brubeck
  conducted the Dave Brubeck Quartet"); "directed" of them is in OPEN.
* "chamber" is an ensemble word, so a chamber of commerce typed "chamber" is "conducted" by its
  presidents (4): "John Lubbock conducted the London Chamber of Commerce", "The London Chamber of
  Commerce was conducted by Kenric Murray".
* "sings at / in" is read off "performs at" whenever the subjects are ensembles, orchestras and
  quartets too (7): "The London Symphony Orchestra sings at the Barbican", "The Amadeus Quartet
  sings in Wigmore Hall", "The Berlin Philharmonic sings at the Philharmonie", "The Halle sings at
  Bridgewater Hall".
* a "music_club" is a venue by its type name: a music society (founded, never opened) "opened in"
  its year and "was built in" it (3): "The Oxford University Musical Club opened in 1872", "Opened
  in 1872, the Oxford University Musical Club is located in Oxford".
* "built / constructed / erected / completed in" the year a jazz club or nightclub opened (8): "The
  Village Vanguard was built in 1935" (it opened in a basement), "The Cotton Club was erected in
  1923", "Built in 1949, Birdland is located in New York" (the same policy as for restaurants and
  bars before this round: "The Ivy was built in 1917" is accepted by the base too).
New with the session's earlier readings (symmetric relations, the closed parenthetical):
* a plural apposition "X's rivals, A and B," that leaves one out is not checked for completeness
  (the singular "X's rival, A," is), and the symmetric reading now finds the ones stored the other
  way (4): "Ayrton Senna's rivals, Nigel Mansell and Nelson Piquet, raced for Lotus" (leaves out
  Alain Prost), "Alain Prost's teammates, Ayrton Senna, raced for Lotus".
* an apposition with no article ", sibling of Y," / ", rival of Y," (not one of the closing
  parenthetical's openers) leaves the verb to Y (5): "Ralf Schumacher, sibling of Michael
  Schumacher, raced for Ferrari", "Wilson Fittipaldi, sibling of Emerson Fittipaldi, raced for
  Lotus", "Charles Best, rival of John Macleod, worked at Western Reserve University"; and ", a rival
  of Y and Z," (an "and" inside) does too (1).
Accepted before the session too (11):
* "X, who was a rival of Y and Z, V W" and "X, who was a teammate of Y and a rival of Z, V W" (an
  "and" inside the relative clause): the verb goes to Z (2), as in ", rival of Y," above (1), and a
  one-name plural apposition (1): "Nelson Piquet's rivals, Ayrton Senna, raced for Williams".
* "a <what a firm financed / insured / auctioned / designed> <its kind>" (verbs not among
  `_TRADING`) (7): "Barings was a Louisiana Purchase bank", "Lloyd's of London was a Titanic
  insurance market", "Christie's was a Sunflowers auction house", "Pininfarina was a Ferrari
  Testarossa design firm".
Controls rejected (4): a counted list over a relation said the same both ways, whose members are
stored in both directions ("Ayrton Senna had three rivals: Alain Prost, Nigel Mansell and Nelson
Piquet", "Niki Lauda had two rivals: James Hunt and Alain Prost"; incomplete_list on "had"), and
one whose members are all stored towards X ("Alain Prost had two rivals: Ayrton Senna and Niki
Lauda"), where "Nelson Piquet had two rivals: Ayrton Senna and Nigel Mansell" (stored from him) and
"Alain Prost had two teammates: Ayrton Senna and Niki Lauda" pass.
Held: "opened" by owners, chefs, managers, musicians, the other founder's club, wrong years and
places, negation, user claims; "Opened in YEAR" of labels and football clubs; "conducted" of the
other ensemble's director, a band's leader, direction, tense, negation; "sings at" the recording
hall, another choir's church, a city; "formed" of non-founders, bands, companies, years; "the
chorus" / "the ensemble" of the wrong choir or of an orchestra; lower-case names with wrong
discoverers, years and kinds; "employed / on the staff of" a city, a country, another institution,
a place only studied at, the present tense, lists; lists and counts of siblings and rivals that
name a wrong one; ", who was a sibling of Y," / ", Y's sibling," / ", a sibling of Y," with the
verb of Y; "a K company" of what a firm traded in.
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


def jazz():
    """Venues and clubs (items, dated by opening or founding): jazz clubs (Ronnie Scott's 1959,
    the Village Vanguard 1935, Birdland 1949, the Blue Note 1981, the 100 Club 1942), a nightclub
    (the Cotton Club 1923), a supper club (the Rainbow Room 1934), a comedy club (the Comedy Store
    1972), a blues club (Kingston Mines 1968), restaurants (Le Gavroche 1967, Chez Panisse 1971,
    the Ivy 1917), a hotel (the Savoy 1889), a bar (Harry's New York Bar 1911), and things that are
    no places one opens: record labels (Blue Note Records 1939, Verve Records 1956), a football club
    (Notts County 1862), a golf club (the Royal and Ancient Golf Club 1754), a gentlemen's club
    (the Reform Club 1836), a music society typed "music_club" (the Oxford University Musical Club
    1872, founded, never opened). One relation "was founded by" (declared on all of those kinds) links
    them to their founders; "is owned by" to later owners (not founders); "had as head chef" to
    chefs; "was managed by" to managers; "is located in" cities; musicians "played at" clubs and
    "recorded for" labels; Ana rated venues."""
    rels = [
        R("founded", phrase="was founded by", inverse_phrase="founded",
          domain=("jazz_club", "nightclub", "supper_club", "comedy_club", "blues_club", "restaurant", "hotel", "bar",
                  "record_label", "football_club", "golf_club", "gentlemens_club", "music_club"), range=("person",)),
        R("owned", phrase="is owned by", inverse_phrase="owns", domain=("jazz_club", "nightclub", "restaurant", "hotel",
                                                                       "record_label", "football_club"), range=("person",)),
        R("chef", phrase="had as head chef", inverse_phrase="was head chef of", domain=("restaurant", "hotel"), range=("person",)),
        R("managed", phrase="was managed by", inverse_phrase="managed", domain=("jazz_club", "nightclub", "football_club"),
          range=("person",)),
        R("located", phrase="is located in", inverse_phrase="is home to", range=("city",)),
        R("played", phrase="played at", inverse_phrase="hosted", domain=("musician",), range=("jazz_club", "nightclub", "blues_club")),
        R("recorded", phrase="recorded for", inverse_phrase="released records by", domain=("musician",), range=("record_label",)),
        R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), cues=("loved", "liked", "enjoyed", "rated")),
    ]
    items = {"v:ronnie": ("jazz_club", "Ronnie Scott's", 1959), "v:vanguard": ("jazz_club", "the Village Vanguard", 1935),
             "v:birdland": ("jazz_club", "Birdland", 1949), "v:bluenote": ("jazz_club", "the Blue Note", 1981),
             "v:hundred": ("jazz_club", "the 100 Club", 1942), "v:cotton": ("nightclub", "the Cotton Club", 1923),
             "v:rainbow": ("supper_club", "the Rainbow Room", 1934), "v:comedy": ("comedy_club", "the Comedy Store", 1972),
             "v:kingston": ("blues_club", "Kingston Mines", 1968),
             "r:gavroche": ("restaurant", "Le Gavroche", 1967), "r:panisse": ("restaurant", "Chez Panisse", 1971),
             "r:ivy": ("restaurant", "the Ivy", 1917), "h:savoy": ("hotel", "the Savoy", 1889),
             "b:harrys": ("bar", "Harry's New York Bar", 1911),
             "l:bluenote": ("record_label", "Blue Note Records", 1939), "l:verve": ("record_label", "Verve Records", 1956),
             "f:notts": ("football_club", "Notts County", 1862), "g:ra": ("golf_club", "the Royal and Ancient Golf Club", 1754),
             "g:reform": ("gentlemens_club", "the Reform Club", 1836),
             "g:musical": ("music_club", "the Oxford University Musical Club", 1872)}
    others = {"p:scott": ("person", "Ronnie Scott"), "p:king": ("person", "Pete King"), "p:max": ("person", "Max Gordon"),
              "p:lorraine": ("person", "Lorraine Gordon"), "p:morris": ("person", "Morris Levy"),
              "p:bensusan": ("person", "Danny Bensusan"), "p:feldman": ("person", "Robert Feldman"),
              "p:madden": ("person", "Owney Madden"), "p:rockefeller": ("person", "John D. Rockefeller Jr."),
              "p:mitzi": ("person", "Mitzi Shore"), "p:wolfson": ("person", "Sammy Shore"),
              "p:doug": ("person", "Doug Ware"), "p:albert": ("person", "Albert Roux"), "p:michel": ("person", "Michel Roux"),
              "p:michelj": ("person", "Michel Roux Jr."), "p:waters": ("person", "Alice Waters"),
              "p:tower": ("person", "Jeremiah Tower"), "p:abel": ("person", "Abel Giandolini"),
              "p:caring": ("person", "Richard Caring"), "p:carte": ("person", "Richard D'Oyly Carte"),
              "p:escoffier": ("person", "Auguste Escoffier"), "p:ritz": ("person", "Cesar Ritz"),
              "p:sloan": ("person", "Tod Sloan"), "p:harry": ("person", "Harry MacElhone"),
              "p:lion": ("person", "Alfred Lion"), "p:granz": ("person", "Norman Granz"),
              "p:pardoe": ("person", "Richard Daft"), "p:alanhardy": ("person", "Alan Hardy"), "p:mickey": ("person", "Mickey Fenwick"),
              "p:ellice": ("person", "Edward Ellice"), "p:wolff": ("person", "Francis Wolff"),
              "p:hardy": ("person", "Jimmy Sirrel"), "p:stainer": ("person", "John Stainer"),
              "p:stark": ("person", "Herman Stark"),
              "m:evans": ("musician", "Bill Evans"), "m:rollins": ("musician", "Sonny Rollins"),
              "m:parker": ("musician", "Charlie Parker"), "m:ellington": ("musician", "Duke Ellington"),
              "m:monk": ("musician", "Thelonious Monk"), "m:peterson": ("musician", "Oscar Peterson"),
              "m:waters": ("musician", "Muddy Waters"),
              "c:london": ("city", "London"), "c:newyork": ("city", "New York"), "c:chicago": ("city", "Chicago"),
              "c:berkeley": ("city", "Berkeley"), "c:paris": ("city", "Paris"), "c:nottingham": ("city", "Nottingham"),
              "c:standrews": ("city", "St Andrews"), "c:la": ("city", "Los Angeles"),
              "c:oxford": ("city", "Oxford")}
    T = _t("founded", [("v:ronnie", "p:scott"), ("v:ronnie", "p:king"), ("v:vanguard", "p:max"), ("v:birdland", "p:morris"),
                       ("v:bluenote", "p:bensusan"), ("v:hundred", "p:feldman"), ("v:cotton", "p:madden"),
                       ("v:rainbow", "p:rockefeller"), ("v:comedy", "p:wolfson"), ("v:kingston", "p:doug"),
                       ("r:gavroche", "p:albert"), ("r:gavroche", "p:michel"), ("r:panisse", "p:waters"), ("r:ivy", "p:abel"),
                       ("h:savoy", "p:carte"), ("b:harrys", "p:sloan"), ("l:bluenote", "p:lion"), ("l:verve", "p:granz"),
                       ("f:notts", "p:pardoe"), ("g:ra", "p:mickey"), ("g:reform", "p:ellice"), ("g:musical", "p:stainer")])
    T += _t("owned", [("v:ronnie", "p:caring"), ("v:vanguard", "p:lorraine"), ("v:comedy", "p:mitzi"), ("r:ivy", "p:caring"),
                      ("b:harrys", "p:harry"), ("l:bluenote", "p:wolff"), ("f:notts", "p:alanhardy")])
    T += _t("chef", [("r:gavroche", "p:michelj"), ("r:panisse", "p:tower"), ("h:savoy", "p:escoffier")])
    T += _t("managed", [("v:cotton", "p:stark"), ("f:notts", "p:hardy")])
    T += _t("located", [("v:ronnie", "c:london"), ("v:vanguard", "c:newyork"), ("v:birdland", "c:newyork"),
                        ("v:bluenote", "c:newyork"), ("v:hundred", "c:london"), ("v:cotton", "c:newyork"),
                        ("v:rainbow", "c:newyork"), ("v:comedy", "c:la"), ("v:kingston", "c:chicago"),
                        ("r:gavroche", "c:london"), ("r:panisse", "c:berkeley"), ("r:ivy", "c:london"), ("h:savoy", "c:london"),
                        ("b:harrys", "c:paris"), ("l:bluenote", "c:newyork"), ("l:verve", "c:la"), ("f:notts", "c:nottingham"),
                        ("g:ra", "c:standrews"), ("g:reform", "c:london"), ("g:musical", "c:oxford")])
    T += _t("played", [("m:evans", "v:vanguard"), ("m:rollins", "v:vanguard"), ("m:parker", "v:birdland"),
                       ("m:ellington", "v:cotton"), ("m:monk", "v:vanguard"), ("m:peterson", "v:ronnie"),
                       ("m:rollins", "v:ronnie"), ("m:waters", "v:kingston")])
    T += _t("recorded", [("m:monk", "l:bluenote"), ("m:rollins", "l:bluenote"), ("m:evans", "l:verve"),
                         ("m:peterson", "l:verve"), ("m:parker", "l:verve")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("v:ronnie", 5.0), ("r:gavroche", 4.5), ("v:cotton", 2.0))]
    return _build(items, others, rels, T)


_ENSEMBLE_TYPES = ("choir", "boys_choir", "chamber_choir", "orchestra", "chamber_orchestra", "string_quartet", "quartet")


def choirs():
    """Ensembles (items, dated by founding): choirs (the Tallis Scholars 1973, the Monteverdi Choir
    1964, the Sixteen 1979, the Choir of King's College 1441, the Mormon Tabernacle Choir 1847), boys'
    choirs (the Vienna Boys' Choir 1498, the Thomanerchor 1212), a chamber choir (the BBC Singers
    1924), orchestras (the London Symphony Orchestra 1904, the Berlin Philharmonic 1882, the Halle
    1858), a chamber orchestra (the Academy of St Martin in the Fields 1958), string quartets (the
    Amadeus Quartet 1947, the Kronos Quartet 1973), a jazz quartet typed "quartet" (the Dave Brubeck
    Quartet 1951), and bands, which are no ensembles (the Count Basie Orchestra, typed "big_band",
    1935; the Rolling Stones, "rock_band", 1962). An ensemble "was led by" its director, its
    leader (an orchestra's concertmaster, a quartet's first violin) or its bandleader; orchestras
    "had as chief conductor" their conductors; ensembles "were founded by" founders, "perform at"
    halls and churches (orchestras and quartets too), "recorded at" other halls, "are based in"
    cities, "toured" countries; bands "were led by" and "were started by" people."""
    rels = [
        R("led", phrase="was led by", inverse_phrase="led", domain=_ENSEMBLE_TYPES, range=("musician",)),
        R("conductor", phrase="had as chief conductor", inverse_phrase="was chief conductor of", domain=("orchestra",),
          range=("musician",)),
        R("founded", phrase="was founded by", inverse_phrase="founded", domain=_ENSEMBLE_TYPES, range=("musician",)),
        R("performs", phrase="performs at", inverse_phrase="hosts", domain=_ENSEMBLE_TYPES, range=("hall", "church")),
        R("recorded", phrase="recorded at", inverse_phrase="was a recording venue of", domain=_ENSEMBLE_TYPES,
          range=("hall", "church")),
        R("based", phrase="is based in", inverse_phrase="is home to", range=("city",)),
        R("toured", phrase="toured", inverse_phrase="was toured by", range=("country",)),
        R("bandled", phrase="was led by", inverse_phrase="led", domain=("big_band", "rock_band"), range=("musician",)),
        R("started", phrase="was started by", inverse_phrase="started", domain=("big_band", "rock_band"), range=("musician",)),
        R("member", phrase="had as a member", inverse_phrase="was a member of", range=("musician",)),
    ]
    items = {"c:tallis": ("choir", "the Tallis Scholars", 1973), "c:monteverdi": ("choir", "the Monteverdi Choir", 1964),
             "c:sixteen": ("choir", "the Sixteen", 1979), "c:kings": ("choir", "the Choir of King's College", 1441),
             "c:tabernacle": ("choir", "the Mormon Tabernacle Choir", 1847),
             "c:vienna": ("boys_choir", "the Vienna Boys' Choir", 1498), "c:thomaner": ("boys_choir", "the Thomanerchor", 1212),
             "c:bbc": ("chamber_choir", "the BBC Singers", 1924),
             "o:lso": ("orchestra", "the London Symphony Orchestra", 1904), "o:berlin": ("orchestra", "the Berlin Philharmonic", 1882),
             "o:halle": ("orchestra", "the Halle", 1858),
             "o:asmf": ("chamber_orchestra", "the Academy of St Martin in the Fields", 1958),
             "q:amadeus": ("string_quartet", "the Amadeus Quartet", 1947), "q:kronos": ("string_quartet", "the Kronos Quartet", 1973),
             "q:brubeck": ("quartet", "the Dave Brubeck Quartet", 1951),
             "b:basie": ("big_band", "the Count Basie Orchestra", 1935), "b:stones": ("rock_band", "the Rolling Stones", 1962)}
    others = {"m:phillips": ("musician", "Peter Phillips"), "m:gardiner": ("musician", "John Eliot Gardiner"),
              "m:christophers": ("musician", "Harry Christophers"), "m:cleobury": ("musician", "Stephen Cleobury"),
              "m:willcocks": ("musician", "David Willcocks"), "m:wilberg": ("musician", "Mack Wilberg"),
              "m:young": ("musician", "Brigham Young"), "m:maximilian": ("musician", "Emperor Maximilian"),
              "m:wirth": ("musician", "Gerald Wirth"), "m:biller": ("musician", "Georg Christoph Biller"),
              "m:dietrich": ("musician", "Bishop Dietrich"), "m:gritton": ("musician", "Stephen Jackson"),
              "m:rattle": ("musician", "Simon Rattle"), "m:karajan": ("musician", "Herbert von Karajan"),
              "m:lauri": ("musician", "Carmine Lauri"), "m:stabrawa": ("musician", "Daniel Stabrawa"),
              "m:richter": ("musician", "Hans Richter"), "m:elder": ("musician", "Mark Elder"),
              "m:halle": ("musician", "Charles Halle"), "m:lyons": ("musician", "Lyn Fletcher"),
              "m:marriner": ("musician", "Neville Marriner"), "m:bell": ("musician", "Joshua Bell"),
              "m:brainin": ("musician", "Norbert Brainin"), "m:nissel": ("musician", "Siegmund Nissel"),
              "m:harrington": ("musician", "David Harrington"), "m:brubeck": ("musician", "Dave Brubeck"),
              "m:desmond": ("musician", "Paul Desmond"), "m:basie": ("musician", "Count Basie"),
              "m:jagger": ("musician", "Mick Jagger"), "m:jones": ("musician", "Brian Jones"),
              "m:lsofounder": ("musician", "Adolf Borsdorf"),
              "h:merton": ("church", "Merton College Chapel"), "h:kingschapel": ("church", "King's College Chapel"),
              "h:tabernacle": ("hall", "the Salt Lake Tabernacle"), "h:hofburg": ("church", "the Hofburg Chapel"),
              "h:thomas": ("church", "St Thomas Church"), "h:barbican": ("hall", "the Barbican"),
              "h:philharmonie": ("hall", "the Philharmonie"), "h:bridgewater": ("hall", "Bridgewater Hall"),
              "h:wigmore": ("hall", "Wigmore Hall"), "h:maidavale": ("hall", "Maida Vale Studios"),
              "h:abbeyroad": ("hall", "Abbey Road Studios"), "h:carnegie": ("hall", "Carnegie Hall"),
              "h:stjohns": ("church", "St John's Smith Square"), "h:albert": ("hall", "the Royal Albert Hall"),
              "t:london": ("city", "London"), "t:oxford": ("city", "Oxford"), "t:cambridge": ("city", "Cambridge"),
              "t:saltlake": ("city", "Salt Lake City"), "t:vienna": ("city", "Vienna"), "t:leipzig": ("city", "Leipzig"),
              "t:berlin": ("city", "Berlin"), "t:manchester": ("city", "Manchester"), "t:sanfrancisco": ("city", "San Francisco"),
              "n:japan": ("country", "Japan"), "n:us": ("country", "the United States"), "n:australia": ("country", "Australia"),
              "n:germany": ("country", "Germany")}
    T = _t("led", [("c:tallis", "m:phillips"), ("c:monteverdi", "m:gardiner"), ("c:sixteen", "m:christophers"),
                   ("c:kings", "m:cleobury"), ("c:kings", "m:willcocks"), ("c:tabernacle", "m:wilberg"), ("c:vienna", "m:wirth"),
                   ("c:thomaner", "m:biller"), ("c:bbc", "m:gritton"), ("o:lso", "m:lauri"), ("o:berlin", "m:stabrawa"),
                   ("o:halle", "m:lyons"), ("o:asmf", "m:bell"), ("o:asmf", "m:marriner"), ("q:amadeus", "m:brainin"),
                   ("q:kronos", "m:harrington"), ("q:brubeck", "m:brubeck")])
    T += _t("conductor", [("o:lso", "m:rattle"), ("o:berlin", "m:rattle"), ("o:berlin", "m:karajan"), ("o:lso", "m:richter"),
                          ("o:halle", "m:elder")])
    T += _t("founded", [("c:tallis", "m:phillips"), ("c:monteverdi", "m:gardiner"), ("c:sixteen", "m:christophers"),
                        ("c:tabernacle", "m:young"), ("c:vienna", "m:maximilian"), ("c:thomaner", "m:dietrich"),
                        ("o:lso", "m:lsofounder"), ("o:halle", "m:halle"), ("o:asmf", "m:marriner"),
                        ("q:amadeus", "m:brainin"), ("q:amadeus", "m:nissel"), ("q:kronos", "m:harrington"),
                        ("q:brubeck", "m:brubeck")])
    T += _t("performs", [("c:tallis", "h:stjohns"), ("c:kings", "h:kingschapel"), ("c:tabernacle", "h:tabernacle"),
                         ("c:vienna", "h:hofburg"), ("c:thomaner", "h:thomas"), ("c:bbc", "h:maidavale"),
                         ("o:lso", "h:barbican"), ("o:berlin", "h:philharmonie"), ("o:halle", "h:bridgewater"),
                         ("q:amadeus", "h:wigmore"), ("c:monteverdi", "h:albert")])
    T += _t("recorded", [("c:tallis", "h:merton"), ("o:lso", "h:abbeyroad"), ("c:sixteen", "h:stjohns"),
                         ("q:kronos", "h:carnegie")])
    T += _t("based", [("c:tallis", "t:oxford"), ("c:monteverdi", "t:london"), ("c:sixteen", "t:london"), ("c:kings", "t:cambridge"),
                      ("c:tabernacle", "t:saltlake"), ("c:vienna", "t:vienna"), ("c:thomaner", "t:leipzig"),
                      ("c:bbc", "t:london"), ("o:lso", "t:london"), ("o:berlin", "t:berlin"), ("o:halle", "t:manchester"),
                      ("o:asmf", "t:london"), ("q:amadeus", "t:london"), ("q:kronos", "t:sanfrancisco"),
                      ("b:stones", "t:london")])
    T += _t("toured", [("c:vienna", "n:japan"), ("c:vienna", "n:australia"), ("c:tallis", "n:us"), ("c:thomaner", "n:japan"),
                       ("o:lso", "n:japan"), ("b:stones", "n:us"), ("b:basie", "n:germany")])
    T += _t("bandled", [("b:basie", "m:basie"), ("b:stones", "m:jagger")])
    T += _t("started", [("b:basie", "m:basie"), ("b:stones", "m:jones")])
    T += _t("member", [("q:amadeus", "m:nissel"), ("q:brubeck", "m:desmond"), ("b:stones", "m:jagger"), ("b:stones", "m:jones")])
    return _build(items, others, rels, T)


def labs():
    """Substances and species named in lower case (items, dated by discovery): enzymes (pepsin
    1836, trypsin 1876), hormones (insulin 1921, adrenaline 1901, thyroxine 1914), antibiotics
    (penicillin 1928, streptomycin 1943), drugs (aspirin 1897, morphine 1804, ecstasy 1912), a
    vitamin (thiamine 1926), acids (citric acid 1784, lactic acid 1780), a protein (haemoglobin
    1840), a molecule (benzene 1825), a fungus (ergot 1853), a mushroom (the fly agaric 1753),
    rocks (andesite 1826, kimberlite 1887); each "was discovered by" scientists, and some "are
    produced by" others (penicillin by penicillium, an attribute). Scientists (attributes)
    "worked at" workplaces (universities, a hospital, an institute, a company, a museum; attributes
    too), "studied at" universities, "were born in" cities, "collaborated with" and "were rivals
    of" one another (said the same both ways, stored one way)."""
    rels = [
        R("discovered", phrase="was discovered by", inverse_phrase="discovered", range=("scientist",)),
        R("produced", phrase="is produced by", inverse_phrase="produces", range=("mould",)),
        R("worked", phrase="worked at", inverse_phrase="employed", domain=("scientist",),
          range=("university", "hospital", "institute", "company", "museum")),
        R("studied", phrase="studied at", inverse_phrase="was attended by", domain=("scientist",), range=("university",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("scientist",), range=("city",)),
        R("collab", phrase="collaborated with", inverse_phrase="collaborated with", domain=("scientist",), range=("scientist",)),
        R("rival", phrase="was a rival of", inverse_phrase="was a rival of", domain=("scientist",), range=("scientist",)),
    ]
    items = {"x:pepsin": ("enzyme", "pepsin", 1836), "x:trypsin": ("enzyme", "trypsin", 1876),
             "x:insulin": ("hormone", "insulin", 1921), "x:adrenaline": ("hormone", "adrenaline", 1901),
             "x:thyroxine": ("hormone", "thyroxine", 1914), "x:penicillin": ("antibiotic", "penicillin", 1928),
             "x:streptomycin": ("antibiotic", "streptomycin", 1943), "x:aspirin": ("drug", "aspirin", 1897),
             "x:morphine": ("drug", "morphine", 1804), "x:ecstasy": ("drug", "ecstasy", 1912),
             "x:thiamine": ("vitamin", "thiamine", 1926), "x:citric": ("acid", "citric acid", 1784),
             "x:lactic": ("acid", "lactic acid", 1780), "x:haemoglobin": ("protein", "haemoglobin", 1840),
             "x:benzene": ("molecule", "benzene", 1825), "x:ergot": ("fungus", "ergot", 1853),
             "x:agaric": ("mushroom", "the fly agaric", 1753), "x:andesite": ("rock", "andesite", 1826),
             "x:kimberlite": ("rock", "kimberlite", 1887)}
    others = {"s:schwann": ("scientist", "Theodor Schwann"), "s:kuhne": ("scientist", "Wilhelm Kuhne"),
              "s:banting": ("scientist", "Frederick Banting"), "s:best": ("scientist", "Charles Best"),
              "s:macleod": ("scientist", "John Macleod"), "s:collip": ("scientist", "James Collip"),
              "s:takamine": ("scientist", "Jokichi Takamine"), "s:kendall": ("scientist", "Edward Kendall"),
              "s:fleming": ("scientist", "Alexander Fleming"), "s:waksman": ("scientist", "Selman Waksman"),
              "s:schatz": ("scientist", "Albert Schatz"), "s:hoffmann": ("scientist", "Felix Hoffmann"),
              "s:dreser": ("scientist", "Heinrich Dreser"), "s:serturner": ("scientist", "Friedrich Serturner"),
              "s:kollisch": ("scientist", "Anton Kollisch"), "s:jansen": ("scientist", "Barend Jansen"),
              "s:scheele": ("scientist", "Carl Wilhelm Scheele"), "s:hunefeld": ("scientist", "Friedrich Hunefeld"),
              "s:faraday": ("scientist", "Michael Faraday"), "s:tulasne": ("scientist", "Louis Rene Tulasne"),
              "s:linnaeus": ("scientist", "Carl Linnaeus"), "s:buch": ("scientist", "Leopold von Buch"),
              "s:lewis": ("scientist", "Henry Carvill Lewis"), "s:davy": ("scientist", "Humphry Davy"),
              "w:toronto": ("university", "the University of Toronto"), "w:rutgers": ("university", "Rutgers University"),
              "w:stmarys": ("hospital", "St Mary's Hospital"), "w:ri": ("institute", "the Royal Institution"),
              "w:bayer": ("company", "Bayer"), "w:merck": ("company", "Merck"), "w:parke": ("company", "Parke-Davis"),
              "w:uppsala": ("university", "Uppsala University"), "w:berlin": ("university", "the University of Berlin"),
              "w:heidelberg": ("university", "Heidelberg University"), "w:aberdeen": ("university", "the University of Aberdeen"),
              "w:nhm": ("museum", "the Natural History Museum"), "w:mayo": ("clinic", "the Mayo Clinic"),
              "w:edinburgh": ("university", "the University of Edinburgh"),
              "w:western": ("university", "Western Reserve University"), "w:mcgill": ("university", "McGill University"),
              "t:toronto": ("city", "Toronto"), "t:london": ("city", "London"), "t:alliston": ("city", "Alliston"),
              "t:darvel": ("city", "Darvel"), "t:berlin": ("city", "Berlin"), "t:ludwigsburg": ("city", "Ludwigsburg"),
              "t:stralsund": ("city", "Stralsund"), "t:neuss": ("city", "Neuss"), "t:kanazawa": ("city", "Kanazawa"), "t:pembroke": ("city", "West Pembroke"),
              "m:penicillium": ("mould", "penicillium"), "m:streptomyces": ("mould", "streptomyces"),
              "c:canada": ("country", "Canada"), "c:england": ("country", "England")}
    T = _t("discovered", [("x:pepsin", "s:schwann"), ("x:trypsin", "s:kuhne"), ("x:insulin", "s:banting"), ("x:insulin", "s:best"),
                          ("x:adrenaline", "s:takamine"), ("x:thyroxine", "s:kendall"), ("x:penicillin", "s:fleming"),
                          ("x:streptomycin", "s:waksman"), ("x:streptomycin", "s:schatz"), ("x:aspirin", "s:hoffmann"),
                          ("x:morphine", "s:serturner"), ("x:ecstasy", "s:kollisch"), ("x:thiamine", "s:jansen"),
                          ("x:citric", "s:scheele"), ("x:lactic", "s:scheele"), ("x:haemoglobin", "s:hunefeld"),
                          ("x:benzene", "s:faraday"), ("x:ergot", "s:tulasne"), ("x:agaric", "s:linnaeus"),
                          ("x:andesite", "s:buch"), ("x:kimberlite", "s:lewis")])
    T += _t("produced", [("x:penicillin", "m:penicillium"), ("x:streptomycin", "m:streptomyces")])
    T += _t("worked", [("s:banting", "w:toronto"), ("s:macleod", "w:toronto"), ("s:collip", "w:toronto"), ("s:best", "w:toronto"),
                       ("s:macleod", "w:western"), ("s:collip", "w:mcgill"),
                       ("s:fleming", "w:stmarys"), ("s:waksman", "w:rutgers"), ("s:hoffmann", "w:bayer"), ("s:dreser", "w:bayer"),
                       ("s:kollisch", "w:merck"), ("s:takamine", "w:parke"), ("s:faraday", "w:ri"), ("s:davy", "w:ri"),
                       ("s:kuhne", "w:heidelberg"), ("s:schwann", "w:berlin"), ("s:lewis", "w:nhm"), ("s:kendall", "w:mayo")])
    T += _t("studied", [("s:banting", "w:toronto"), ("s:best", "w:toronto"), ("s:schatz", "w:rutgers"), ("s:linnaeus", "w:uppsala"),
                        ("s:macleod", "w:aberdeen"), ("s:fleming", "w:stmarys"), ("s:waksman", "w:rutgers"),
                        ("s:collip", "w:toronto"), ("s:schwann", "w:berlin")])
    T += _t("born", [("s:banting", "t:alliston"), ("s:fleming", "t:darvel"), ("s:faraday", "t:london"),
                     ("s:schwann", "t:neuss"), ("s:scheele", "t:stralsund"), ("s:takamine", "t:kanazawa"),
                     ("s:best", "t:pembroke"), ("s:hoffmann", "t:ludwigsburg")])
    T += _t("collab", [("s:banting", "s:best"), ("s:collip", "s:banting"), ("s:macleod", "s:collip"), ("s:waksman", "s:schatz"),
                       ("s:faraday", "s:davy"), ("s:dreser", "s:hoffmann")])
    T += _t("rival", [("s:banting", "s:macleod"), ("s:schatz", "s:waksman"), ("s:collip", "s:best"), ("s:best", "s:macleod")])
    return _build(items, others, rels, T)


def racers():
    """Racing drivers (items typed "racing_driver", dated by birth) who "raced for" teams
    (attributes), "were born in" countries, "were managed by" managers, "were siblings of" and
    "were rivals of" and "were teammates of" one another (all three said the same both ways, stored
    one way: Ralf to Michael Schumacher, Jimmy to Jackie Stewart, Wilson to Emerson Fittipaldi;
    Senna to Prost, Mansell to Senna, Piquet to Senna, Piquet to Mansell, Hunt to Lauda, Lauda to
    Prost), "won" championships (items, dated), "specialized in" nothing."""
    rels = [
        R("raced", phrase="raced for", inverse_phrase="fielded", domain=("racing_driver",), range=("team",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("racing_driver",), range=("country",)),
        R("managed", phrase="was managed by", inverse_phrase="managed", domain=("racing_driver",), range=("manager",)),
        R("sibling", phrase="is a sibling of", inverse_phrase="is a sibling of", domain=("racing_driver",),
          range=("racing_driver",)),
        R("rival", phrase="was a rival of", inverse_phrase="was a rival of", domain=("racing_driver",), range=("racing_driver",)),
        R("teammate", phrase="was a teammate of", inverse_phrase="was a teammate of", domain=("racing_driver",),
          range=("racing_driver",)),
        R("won", phrase="won", inverse_phrase="was won by", domain=("racing_driver",), range=("championship",)),
        R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), cues=("loved", "liked", "enjoyed", "rated")),
    ]
    items = {"d:senna": ("racing_driver", "Ayrton Senna", 1960), "d:prost": ("racing_driver", "Alain Prost", 1955),
             "d:mansell": ("racing_driver", "Nigel Mansell", 1953), "d:piquet": ("racing_driver", "Nelson Piquet", 1952),
             "d:lauda": ("racing_driver", "Niki Lauda", 1949), "d:hunt": ("racing_driver", "James Hunt", 1947),
             "d:michael": ("racing_driver", "Michael Schumacher", 1969), "d:ralf": ("racing_driver", "Ralf Schumacher", 1975),
             "d:jackie": ("racing_driver", "Jackie Stewart", 1939), "d:jimmy": ("racing_driver", "Jimmy Stewart", 1931),
             "d:emerson": ("racing_driver", "Emerson Fittipaldi", 1946), "d:wilson": ("racing_driver", "Wilson Fittipaldi", 1943),
             "w:1988": ("championship", "the 1988 World Championship", 1988),
             "w:1989": ("championship", "the 1989 World Championship", 1989),
             "w:1992": ("championship", "the 1992 World Championship", 1992),
             "w:1987": ("championship", "the 1987 World Championship", 1987),
             "w:1976": ("championship", "the 1976 World Championship", 1976),
             "w:1975": ("championship", "the 1975 World Championship", 1975),
             "w:1994": ("championship", "the 1994 World Championship", 1994),
             "w:1969": ("championship", "the 1969 World Championship", 1969),
             "w:1972": ("championship", "the 1972 World Championship", 1972)}
    others = {"t:mclaren": ("team", "McLaren"), "t:williams": ("team", "Williams"), "t:ferrari": ("team", "Ferrari"),
              "t:lotus": ("team", "Lotus"), "t:brabham": ("team", "Brabham"), "t:renault": ("team", "Renault"),
              "t:toleman": ("team", "Toleman"), "t:hesketh": ("team", "Hesketh"), "t:benetton": ("team", "Benetton"),
              "t:mercedes": ("team", "Mercedes"), "t:jordan": ("team", "Jordan"), "t:toyota": ("team", "Toyota"),
              "t:tyrrell": ("team", "Tyrrell"), "t:brm": ("team", "BRM"), "t:ecosse": ("team", "Ecurie Ecosse"),
              "c:brazil": ("country", "Brazil"), "c:france": ("country", "France"), "c:uk": ("country", "the United Kingdom"),
              "c:austria": ("country", "Austria"), "c:germany": ("country", "Germany"), "c:scotland": ("country", "Scotland"),
              "g:weber": ("manager", "Willi Weber"), "g:ecclestone": ("manager", "Bernie Ecclestone"),
              "g:hesketh": ("manager", "Lord Hesketh")}
    T = _t("raced", [("d:senna", "t:mclaren"), ("d:senna", "t:lotus"), ("d:senna", "t:toleman"), ("d:senna", "t:williams"),
                     ("d:prost", "t:mclaren"), ("d:prost", "t:ferrari"), ("d:prost", "t:renault"), ("d:prost", "t:williams"),
                     ("d:mansell", "t:williams"), ("d:mansell", "t:ferrari"), ("d:mansell", "t:lotus"),
                     ("d:piquet", "t:brabham"), ("d:piquet", "t:williams"), ("d:piquet", "t:lotus"),
                     ("d:lauda", "t:ferrari"), ("d:lauda", "t:mclaren"), ("d:lauda", "t:brabham"),
                     ("d:hunt", "t:mclaren"), ("d:hunt", "t:hesketh"),
                     ("d:michael", "t:benetton"), ("d:michael", "t:ferrari"), ("d:michael", "t:mercedes"), ("d:michael", "t:jordan"),
                     ("d:ralf", "t:williams"), ("d:ralf", "t:toyota"), ("d:ralf", "t:jordan"),
                     ("d:jackie", "t:tyrrell"), ("d:jackie", "t:brm"), ("d:jimmy", "t:ecosse"),
                     ("d:emerson", "t:lotus"), ("d:emerson", "t:mclaren"), ("d:wilson", "t:brabham")])
    T += _t("born", [("d:senna", "c:brazil"), ("d:prost", "c:france"), ("d:mansell", "c:uk"), ("d:piquet", "c:brazil"),
                     ("d:lauda", "c:austria"), ("d:hunt", "c:uk"), ("d:michael", "c:germany"), ("d:ralf", "c:germany"),
                     ("d:jackie", "c:scotland"), ("d:jimmy", "c:scotland"), ("d:emerson", "c:brazil"), ("d:wilson", "c:brazil")])
    T += _t("managed", [("d:michael", "g:weber"), ("d:piquet", "g:ecclestone"), ("d:hunt", "g:hesketh")])
    T += _t("sibling", [("d:ralf", "d:michael"), ("d:jimmy", "d:jackie"), ("d:wilson", "d:emerson")])
    T += _t("rival", [("d:senna", "d:prost"), ("d:mansell", "d:senna"), ("d:piquet", "d:senna"), ("d:piquet", "d:mansell"),
                      ("d:hunt", "d:lauda"), ("d:lauda", "d:prost")])
    T += _t("teammate", [("d:senna", "d:prost"), ("d:piquet", "d:mansell"), ("d:lauda", "d:prost"), ("d:emerson", "d:hunt")])
    T += _t("won", [("d:senna", "w:1988"), ("d:prost", "w:1989"), ("d:mansell", "w:1992"), ("d:piquet", "w:1987"),
                    ("d:hunt", "w:1976"), ("d:lauda", "w:1975"), ("d:michael", "w:1994"), ("d:jackie", "w:1969"),
                    ("d:emerson", "w:1972")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("d:senna", 5.0), ("d:prost", 4.5), ("d:ralf", 2.0))]
    return _build(items, others, rels, T)


def firms():
    """Firms and bodies (items, dated by founding), all "founded by" founders through one relation
    declared on every kind: a bakery company (Greggs 1939), a hotel chain (Hilton Hotels 1919), a
    restaurant chain (Lyons 1887), a bank (Barings 1762), trading companies (the East India Company
    1600, the Hudson's Bay Company 1670), an auction house (Christie's 1766), an insurance market
    (Lloyd's of London 1686), a shipping line (Cunard 1840), an advertising agency (J. Walter
    Thompson 1864), a design firm (Pininfarina 1930), a bar association (the New York City Bar
    Association 1870), a chamber of commerce (typed "chamber": the London Chamber of Commerce 1881),
    a football club (Arsenal 1886). Chambers "were led by" presidents; firms "financed", "insured",
    "auctioned", "transported", "advertised", "designed", "imported", "traded", "sold", "bought"
    things (attributes), "employed" people, "are based in" cities; people "worked at" banks and
    agencies and "were chairmen of" firms."""
    _all = ("bakery_company", "hotel_chain", "restaurant_chain", "bank", "trading_company", "auction_house",
            "insurance_market", "shipping_line", "advertising_agency", "design_firm", "bar_association", "chamber",
            "football_club")
    rels = [
        R("founded", phrase="was founded by", inverse_phrase="founded", domain=_all, range=("person",)),
        R("led", phrase="was led by", inverse_phrase="led", domain=("chamber",), range=("person",)),
        R("chairman", phrase="had as chairman", inverse_phrase="was chairman of", domain=_all, range=("person",)),
        R("financed", phrase="financed", inverse_phrase="was financed by", domain=("bank",), range=("project",)),
        R("insured", phrase="insured", inverse_phrase="was insured by", domain=("insurance_market",), range=("vessel",)),
        R("auctioned", phrase="auctioned", inverse_phrase="was auctioned by", domain=("auction_house",), range=("artwork",)),
        R("transported", phrase="transported", inverse_phrase="was transported by", domain=("shipping_line",),
          range=("cargo",)),
        R("advertised", phrase="advertised", inverse_phrase="was advertised by", domain=("advertising_agency",),
          range=("product",)),
        R("designed", phrase="designed", inverse_phrase="was designed by", domain=("design_firm",), range=("car",)),
        R("imported", phrase="imported", inverse_phrase="was imported by", domain=("trading_company",), range=("commodity",)),
        R("traded", phrase="traded", inverse_phrase="was traded by", domain=("trading_company",), range=("commodity",)),
        R("sold", phrase="sold", inverse_phrase="was sold by", domain=("bakery_company", "restaurant_chain"), range=("food",)),
        R("bought", phrase="bought", inverse_phrase="was bought by", range=("territory",)),
        R("employed", phrase="employed", inverse_phrase="worked for", range=("person",)),
        R("based", phrase="is based in", inverse_phrase="is home to", range=("city",)),
        R("worked", phrase="worked at", inverse_phrase="was a workplace of", domain=("person",), range=("bank",)),
    ]
    items = {"k:greggs": ("bakery_company", "Greggs", 1939), "k:hilton": ("hotel_chain", "Hilton Hotels", 1919),
             "k:lyons": ("restaurant_chain", "Lyons", 1887), "k:barings": ("bank", "Barings", 1762),
             "k:hoare": ("bank", "C. Hoare & Co", 1672),
             "k:eic": ("trading_company", "the East India Company", 1600), "k:hbc": ("trading_company", "the Hudson's Bay Company", 1670),
             "k:christies": ("auction_house", "Christie's", 1766), "k:lloyds": ("insurance_market", "Lloyd's of London", 1686),
             "k:cunard": ("shipping_line", "Cunard", 1840), "k:jwt": ("advertising_agency", "J. Walter Thompson", 1864),
             "k:pininfarina": ("design_firm", "Pininfarina", 1930),
             "k:nycbar": ("bar_association", "the New York City Bar Association", 1870),
             "k:lcc": ("chamber", "the London Chamber of Commerce", 1881), "k:arsenal": ("football_club", "Arsenal", 1886)}
    others = {"p:gregg": ("person", "John Gregg"), "p:ian": ("person", "Ian Gregg"), "p:conrad": ("person", "Conrad Hilton"),
              "p:lyons": ("person", "Joseph Lyons"), "p:salmon": ("person", "Montague Gluckstein"),
              "p:baring": ("person", "Francis Baring"), "p:hoare": ("person", "Richard Hoare"),
              "p:elizabeth": ("person", "Elizabeth I"), "p:rupert": ("person", "Prince Rupert"),
              "p:christie": ("person", "James Christie"), "p:lloyd": ("person", "Edward Lloyd"),
              "p:cunard": ("person", "Samuel Cunard"), "p:thompson": ("person", "James Walter Thompson"),
              "p:carlo": ("person", "Battista Pininfarina"), "p:tilden": ("person", "Samuel Tilden"),
              "p:lubbock": ("person", "John Lubbock"), "p:murray": ("person", "Kenric Murray"),
              "p:dial": ("person", "David Danskin"), "p:chandler": ("person", "Henry Norris"),
              "p:clive": ("person", "Robert Clive"), "p:wedgwood": ("person", "Ralph Wedgwood"),
              "p:leeson": ("person", "Nick Leeson"), "p:resor": ("person", "Stanley Resor"),
              "p:sergio": ("person", "Sergio Pininfarina"), "p:ratcliffe": ("person", "Roger Whiteside"),
              "p:nassetta": ("person", "Christopher Nassetta"), "p:pott": ("person", "Charles Pott"),
              "j:railways": ("project", "railways"), "j:louisiana": ("project", "the Louisiana Purchase"),
              "v:titanic": ("vessel", "the Titanic"), "v:ships": ("vessel", "ships"),
              "a:paintings": ("artwork", "paintings"), "a:sunflowers": ("artwork", "Sunflowers"),
              "g:mail": ("cargo", "mail"), "g:emigrants": ("cargo", "emigrants"),
              "d:soap": ("product", "soap"), "d:cornflakes": ("product", "cornflakes"),
              "r:ferrari": ("car", "the Ferrari Testarossa"), "r:cars": ("car", "cars"),
              "o:tea": ("commodity", "tea"), "o:spices": ("commodity", "spices"), "o:furs": ("commodity", "furs"),
              "o:cotton": ("commodity", "cotton"), "f:rolls": ("food", "sausage rolls"), "f:cakes": ("food", "cakes"),
              "f:teacakes": ("food", "tea"), "e:rupertsland": ("territory", "Rupert's Land"), "e:bombay": ("territory", "Bombay"),
              "c:london": ("city", "London"), "c:newcastle": ("city", "Newcastle"), "c:beverlyhills": ("city", "Beverly Hills"),
              "c:liverpool": ("city", "Liverpool"), "c:newyork": ("city", "New York"), "c:turin": ("city", "Turin")}
    T = _t("founded", [("k:greggs", "p:gregg"), ("k:hilton", "p:conrad"), ("k:lyons", "p:lyons"), ("k:lyons", "p:salmon"),
                       ("k:barings", "p:baring"), ("k:hoare", "p:hoare"), ("k:eic", "p:elizabeth"), ("k:hbc", "p:rupert"),
                       ("k:christies", "p:christie"), ("k:lloyds", "p:lloyd"), ("k:cunard", "p:cunard"),
                       ("k:jwt", "p:thompson"), ("k:pininfarina", "p:carlo"), ("k:nycbar", "p:tilden"), ("k:lcc", "p:lubbock"),
                       ("k:arsenal", "p:dial")])
    T += _t("led", [("k:lcc", "p:lubbock"), ("k:lcc", "p:murray")])
    T += _t("chairman", [("k:greggs", "p:ian"), ("k:hilton", "p:nassetta"), ("k:arsenal", "p:chandler"),
                         ("k:jwt", "p:resor"), ("k:pininfarina", "p:sergio"), ("k:nycbar", "p:pott")])
    T += _t("financed", [("k:barings", "j:railways"), ("k:barings", "j:louisiana")])
    T += _t("insured", [("k:lloyds", "v:titanic"), ("k:lloyds", "v:ships")])
    T += _t("auctioned", [("k:christies", "a:paintings"), ("k:christies", "a:sunflowers")])
    T += _t("transported", [("k:cunard", "g:mail"), ("k:cunard", "g:emigrants")])
    T += _t("advertised", [("k:jwt", "d:soap"), ("k:jwt", "d:cornflakes")])
    T += _t("designed", [("k:pininfarina", "r:ferrari"), ("k:pininfarina", "r:cars")])
    T += _t("imported", [("k:eic", "o:tea"), ("k:eic", "o:spices"), ("k:eic", "o:cotton")])
    T += _t("traded", [("k:hbc", "o:furs")])
    T += _t("sold", [("k:greggs", "f:rolls"), ("k:lyons", "f:cakes"), ("k:lyons", "f:teacakes")])
    T += _t("bought", [("k:hbc", "e:rupertsland"), ("k:eic", "e:bombay")])
    T += _t("employed", [("k:eic", "p:clive"), ("k:barings", "p:leeson"), ("k:jwt", "p:resor")])
    T += _t("based", [("k:greggs", "c:newcastle"), ("k:hilton", "c:beverlyhills"), ("k:lyons", "c:london"), ("k:barings", "c:london"),
                      ("k:hoare", "c:london"), ("k:eic", "c:london"), ("k:hbc", "c:london"), ("k:christies", "c:london"),
                      ("k:lloyds", "c:london"), ("k:cunard", "c:liverpool"), ("k:jwt", "c:newyork"), ("k:pininfarina", "c:turin"),
                      ("k:nycbar", "c:newyork"), ("k:lcc", "c:london"), ("k:arsenal", "c:london")])
    T += _t("worked", [("p:leeson", "k:barings"), ("p:baring", "k:barings"), ("p:hoare", "k:hoare")])
    return _build(items, others, rels, T)


BUILDERS = {"jazz": jazz, "choirs": choirs, "labs": labs, "racers": racers, "firms": firms}

_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@jazz
# (2) "opened" read off the one "was founded by" relation, declared on venues and non-venues alike:
# a record label, a football club, a golf club, a gentlemen's club, a music society (none is opened)
Alfred Lion opened Blue Note Records.
Blue Note Records was opened by Alfred Lion.
Norman Granz opened Verve Records.
Verve Records was opened by Norman Granz.
Norman Granz opened Verve Records in 1956.
Richard Daft opened Notts County.
Notts County was opened by Richard Daft.
Richard Daft opened Notts County in 1862.
Alan Hardy opened Notts County.
Mickey Fenwick opened the Royal and Ancient Golf Club.
The Royal and Ancient Golf Club was opened by Mickey Fenwick.
Mickey Fenwick opened the Royal and Ancient Golf Club in 1754.
John Stainer opened the Oxford University Musical Club.
Alfred Lion opened the record label Blue Note Records.
Danny Bensusan opened the Blue Note and Alfred Lion opened Blue Note Records.
Oscar Peterson recorded for Verve Records, which Norman Granz opened.
Thelonious Monk recorded for Blue Note Records, which Alfred Lion opened.
Blue Note Records, which Alfred Lion opened, is located in New York.
Notts County, which Richard Daft opened, is located in Nottingham.
Richard Daft opened the football club Notts County.
# "opened" of an owner, a chef, a manager, a musician (no founder)
Richard Caring opened Ronnie Scott's.
Ronnie Scott's was opened by Richard Caring.
Lorraine Gordon opened the Village Vanguard.
Michel Roux Jr. opened Le Gavroche.
Jeremiah Tower opened Chez Panisse.
Chez Panisse was opened by Jeremiah Tower.
Auguste Escoffier opened the Savoy.
Auguste Escoffier opened the Savoy in 1889.
Harry MacElhone opened Harry's New York Bar.
Harry's New York Bar was opened by Harry MacElhone.
Mitzi Shore opened the Comedy Store.
Herman Stark opened the Cotton Club.
Jimmy Sirrel opened Notts County.
Duke Ellington opened the Cotton Club.
Bill Evans opened the Village Vanguard.
Ronnie Scott and Richard Caring opened Ronnie Scott's.
Albert Roux and Michel Roux Jr. opened Le Gavroche.
Ronnie Scott opened Ronnie Scott's with Richard Caring.
Lorraine Gordon founded the Village Vanguard.
Max Gordon owns the Village Vanguard.
# wrong founder, direction, year, place, lists
Max Gordon opened Birdland.
Owney Madden opened Ronnie Scott's.
Ronnie Scott opened the Village Vanguard.
Alice Waters opened Chez Panisse and the Ivy.
Max Gordon opened the Village Vanguard and Birdland.
Morris Levy and Max Gordon opened Birdland.
Pete King opened Ronnie Scott's and the 100 Club.
The Village Vanguard opened Max Gordon.
Max Gordon was opened by the Village Vanguard.
Ronnie Scott's opened Ronnie Scott.
Max Gordon opened the Village Vanguard in 1936.
Ronnie Scott opened Ronnie Scott's in 1958.
Alice Waters opened Chez Panisse in Berkeley in 1972.
Albert Roux and Michel Roux opened Le Gavroche in 1968.
Max Gordon opened the Village Vanguard in Chicago.
Ronnie Scott opened Ronnie Scott's in New York.
Alice Waters opened the restaurant Le Gavroche.
Danny Bensusan opened Blue Note Records.
Alfred Lion opened the Blue Note.
Danny Bensusan opened the Blue Note and Alfred Lion opened Birdland.
Max Gordon, who opened the Village Vanguard, opened Birdland.
Danny Bensusan, who opened the Blue Note, opened Blue Note Records.
Bill Evans played at the Village Vanguard, which Morris Levy opened.
Morris Levy opened Birdland, which Bill Evans played at.
Morris Levy opened Birdland, where Bill Evans played.
# negation, user claims
Ronnie Scott did not open Ronnie Scott's.
Ronnie Scott's was not opened by Ronnie Scott.
Ronnie Scott's wasn't opened by Pete King.
Max Gordon didn't open the Village Vanguard.
Max Gordon never opened the Village Vanguard.
Max Gordon opened not the Village Vanguard but Birdland.
@jazz user:ana
Ana loved Ronnie Scott's, which Richard Caring opened.
Ana loved Le Gavroche, which Michel Roux Jr. opened.
You loved Ronnie Scott's, which Max Gordon opened.
You opened Le Gavroche.
Ana opened Le Gavroche in 1967.
You loved Ronnie Scott's, opened in 1960.
@jazz
# (1) the year of a jazz club read as its opening: wrong years, and clubs that are no venues
Ronnie Scott's opened in 1958.
Ronnie Scott's was built in 1958.
Opened in 1936, the Village Vanguard is located in New York.
Opened in 1935, the Village Vanguard is located in London.
Kingston Mines opened in 1969.
The Blue Note opened in 1939.
The Comedy Store opened in 1972 in New York.
The Village Vanguard, opened in 1935, is located in Chicago.
Blue Note Records opened in 1939.
Blue Note Records opened in 1981.
Notts County opened in 1862.
The Royal and Ancient Golf Club opened in 1754.
The Reform Club opened in 1836.
The Royal and Ancient Golf Club was built in 1754.
Notts County was built in 1862.
Verve Records was built in 1956.
# a music society typed "music_club" (founded in 1872; it has no doors to open and no building)
The Oxford University Musical Club opened in 1872.
The Oxford University Musical Club was built in 1872.
Opened in 1872, the Oxford University Musical Club is located in Oxford.
# "built / constructed / erected / completed in" the year a club only opened (in rooms of an older building)
The Village Vanguard was built in 1935.
The Cotton Club was built in 1923.
The Rainbow Room was built in 1934.
Ronnie Scott's was constructed in 1959.
Birdland was completed in 1949.
The Cotton Club was erected in 1923.
The Village Vanguard, built in 1935, is located in New York.
Built in 1949, Birdland is located in New York.
@choirs
# (3) "conducted / directed" of a leader who conducts nothing: an orchestra's leader (concertmaster),
# a string quartet's first violin, a jazz quartet's leader
Carmine Lauri conducted the London Symphony Orchestra.
The London Symphony Orchestra was conducted by Carmine Lauri.
Daniel Stabrawa conducted the Berlin Philharmonic.
The Berlin Philharmonic was conducted by Daniel Stabrawa.
Lyn Fletcher conducted the Halle.
Norbert Brainin conducted the Amadeus Quartet.
The Amadeus Quartet was conducted by Norbert Brainin.
David Harrington conducted the Kronos Quartet.
Dave Brubeck conducted the Dave Brubeck Quartet.
The Dave Brubeck Quartet was conducted by Dave Brubeck.
Carmine Lauri and Simon Rattle conducted the London Symphony Orchestra.
Carmine Lauri conducted the London Symphony Orchestra in 1904.
# a band's leader, another ensemble's conductor, the chief conductor of another orchestra
Mick Jagger directed the Rolling Stones.
Mick Jagger conducted the Rolling Stones.
The Rolling Stones was directed by Mick Jagger.
Peter Phillips conducted the Sixteen.
Harry Christophers directed the Tallis Scholars.
Peter Phillips and Harry Christophers conducted the Tallis Scholars.
Peter Phillips conducted the Tallis Scholars and the Sixteen.
Peter Phillips directed the Monteverdi Choir and the Tallis Scholars.
Stephen Cleobury conducted the Thomanerchor.
Gerald Wirth directed the Thomanerchor.
Mack Wilberg conducted the BBC Singers.
Mack Wilberg directed the Vienna Boys' Choir.
# tense, direction, negation, years
The Tallis Scholars conducted Peter Phillips.
Peter Phillips was directed by the Tallis Scholars.
Peter Phillips never conducted the Tallis Scholars.
The Tallis Scholars was not directed by Peter Phillips.
Peter Phillips did not direct the Tallis Scholars.
# "sings at / in" of an orchestra or a string quartet (which sing nothing) at its hall
The London Symphony Orchestra sings at the Barbican.
The London Symphony Orchestra sings in the Barbican.
The Amadeus Quartet sings at Wigmore Hall.
The Amadeus Quartet sings in Wigmore Hall.
The Berlin Philharmonic sings at the Philharmonie.
The Berlin Philharmonic sings in the Philharmonie.
The Halle sings at Bridgewater Hall.
The Kronos Quartet sings at Carnegie Hall.
The Tallis Scholars sings at the Salt Lake Tabernacle.
The Mormon Tabernacle Choir sings at King's College Chapel.
The Thomanerchor sings at the Salt Lake Tabernacle.
The Tallis Scholars, which Peter Phillips conducted, sings at the Hofburg Chapel.
# "sings / performs in" a city, a country, another hall, a recording venue
The Vienna Boys' Choir sings at St Thomas Church.
The Monteverdi Choir sings at the Hofburg Chapel.
The Thomanerchor sings at the Hofburg Chapel.
The London Symphony Orchestra sings at Abbey Road Studios.
The Rolling Stones sings at King's College Chapel.
The Thomanerchor sings at St Thomas Church in Vienna.
The Tallis Scholars and the Mormon Tabernacle Choir sing at St John's Smith Square.
The Tallis Scholars and the Thomanerchor sing at St John's Smith Square.
The Tallis Scholars sings at St John's Smith Square in 1973.
The Tallis Scholars does not sing at St John's Smith Square.
The Tallis Scholars never performs at St John's Smith Square.
# "formed" of one who did not found the ensemble, "formed by", direction, years, negation
Stephen Cleobury formed the Choir of King's College.
Mack Wilberg formed the Mormon Tabernacle Choir.
Carmine Lauri formed the London Symphony Orchestra.
Simon Rattle formed the Berlin Philharmonic.
Harry Christophers formed the Tallis Scholars.
Charles Halle formed the London Symphony Orchestra.
Gerald Wirth formed the Vienna Boys' Choir.
The Sixteen was formed by Peter Phillips.
The Sixteen, formed by Peter Phillips, is based in London.
The Tallis Scholars, formed by Harry Christophers, is based in Oxford.
Peter Phillips formed the Tallis Scholars and the Sixteen.
The Tallis Scholars formed Peter Phillips.
Peter Phillips was formed by the Tallis Scholars.
Peter Phillips formed the Tallis Scholars in 1974.
Neville Marriner formed the Academy of St Martin in the Fields in 1959.
The Tallis Scholars formed in 1974.
Peter Phillips did not form the Tallis Scholars.
The Tallis Scholars wasn't formed by Peter Phillips.
Peter Phillips, who formed the Tallis Scholars, directed the Sixteen.
Peter Phillips, who directed the Tallis Scholars, formed the Sixteen.
# "the chorus", "the ensemble" for a choir (and for what is no choir)
The Tallis Scholars was founded in 1973. The chorus sings at the Salt Lake Tabernacle.
The Tallis Scholars was founded in 1973. The ensemble was founded by Harry Christophers.
The Tallis Scholars toured the United States. The chorus was led by Harry Christophers.
The Tallis Scholars performs at St John's Smith Square. The ensemble was founded in 1979.
The Monteverdi Choir performs at the Royal Albert Hall. The chorus is based in Oxford.
The London Symphony Orchestra performs at the Barbican. The ensemble was founded by Peter Phillips.
The Amadeus Quartet was founded in 1947. The ensemble sings at Wigmore Hall.
The Monteverdi Choir, a chorus, is based in Oxford.
The London Symphony Orchestra is a chorus.
The Amadeus Quartet is a chorus.
@firms
# (2) "opened" read off one "was founded by" declared on bakeries, hotels and restaurants, and also
# on a bank, trading companies, an auction house, a shipping line, an agency, a design firm, a bar
# association, a chamber of commerce, a football club
Elizabeth I opened the East India Company.
Prince Rupert opened the Hudson's Bay Company.
Samuel Cunard opened Cunard.
James Walter Thompson opened J. Walter Thompson.
Battista Pininfarina opened Pininfarina.
Samuel Tilden opened the New York City Bar Association.
John Lubbock opened the London Chamber of Commerce.
David Danskin opened Arsenal.
Arsenal was opened by David Danskin.
Ian Gregg opened Greggs.
Henry Norris opened Arsenal.
Francis Baring opened Barings in 1763.
Barings opened in 1762.
The East India Company opened in 1600.
Arsenal opened in 1886.
# (3) a chamber (of commerce) is a word of the ensembles: "conducted" of its presidents
John Lubbock conducted the London Chamber of Commerce.
Kenric Murray conducted the London Chamber of Commerce.
The London Chamber of Commerce was conducted by Kenric Murray.
The London Chamber of Commerce was conducted by John Lubbock.
John Lubbock conducted the London Chamber of Commerce in 1881.
Samuel Tilden conducted the London Chamber of Commerce.
The London Chamber of Commerce sings at London.
# (8) "a <what it financed / insured / auctioned / designed> <its kind>" (verbs besides trading)
Barings was a Louisiana Purchase bank.
Barings, a Louisiana Purchase bank, is based in London.
Barings is a Louisiana Purchase bank based in London.
Barings was a Louisiana Purchase bank in 1762.
Lloyd's of London was a Titanic insurance market.
Christie's was a Sunflowers auction house.
Pininfarina was a Ferrari Testarossa design firm.
C. Hoare & Co was a Louisiana Purchase bank.
# "a K company" of what a firm traded in, bought, employed, financed, insured ...
Barings was a Louisiana Purchase company.
Lloyd's of London was a Titanic company.
Christie's was a Sunflowers company.
Pininfarina was a Ferrari Testarossa company.
J. Walter Thompson was a cornflakes company.
The East India Company was a Robert Clive company.
The East India Company was a Bombay trading company.
The Hudson's Bay Company was a Rupert's Land trading company.
Barings was a Nick Leeson bank.
Barings was a Nick Leeson company.
# (5) employment
Nick Leeson was on the staff of C. Hoare & Co.
Nick Leeson is employed by Barings.
Nick Leeson was employed by London.
Francis Baring was employed by C. Hoare & Co.
Robert Clive was employed by Barings.
Stanley Resor was employed by Barings.
@labs
# (4) names in lower case: wrong discoverer, year, kind, lists, negation
Frederick Banting discovered pepsin.
Theodor Schwann discovered insulin.
In 1922, Frederick Banting discovered insulin.
Insulin was discovered in 1922.
Theodor Schwann discovered pepsin and trypsin.
Jokichi Takamine discovered adrenaline and thyroxine.
Jokichi Takamine discovered thyroxine.
Frederick Banting discovered insulin and adrenaline.
Penicillin is produced by streptomyces.
Streptomycin is produced by penicillium.
Penicillium produces streptomycin.
Alexander Fleming discovered penicillin, which is produced by streptomyces.
Penicillin, discovered by Selman Waksman, is produced by penicillium.
Selman Waksman discovered penicillin.
Carl Wilhelm Scheele discovered citric acid and benzene.
Michael Faraday discovered benzene in 1826.
Carl Linnaeus discovered ergot.
Louis Rene Tulasne discovered the fly agaric.
Leopold von Buch discovered kimberlite.
Henry Carvill Lewis discovered andesite.
Anton Kollisch discovered ecstasy in 1914.
Felix Hoffmann discovered morphine.
Felix Hoffmann did not discover aspirin.
Insulin was not discovered by Charles Best.
Insulin, a hormone, was discovered by Theodor Schwann.
Insulin is an enzyme.
Pepsin is a hormone.
Andesite is a mushroom.
Ergot is a rock.
Kimberlite is a fungus.
Penicillin is a hormone.
Trypsin was discovered before pepsin.
# (5) "was employed at / by", "was on the staff of": a city, a country, another institution, a
# place one only studied at, the present tense, lists, direction, negation
Frederick Banting was employed by Toronto.
Frederick Banting was employed by Canada.
Frederick Banting is employed at the University of Toronto.
Frederick Banting is on the staff of the University of Toronto.
Humphry Davy is on the staff of the Royal Institution.
Charles Best was employed at Rutgers University.
Charles Best was on the staff of McGill University.
Selman Waksman was on the staff of the University of Toronto.
Alexander Fleming was employed by Bayer.
Alexander Fleming was employed by London.
Felix Hoffmann was employed by Merck.
Anton Kollisch was employed by Bayer.
Theodor Schwann was employed at Heidelberg University.
Wilhelm Kuhne was on the staff of Rutgers University.
Henry Carvill Lewis was on the staff of the Royal Institution.
Michael Faraday was employed by the Natural History Museum.
Jokichi Takamine was on the staff of Bayer.
Frederick Banting was on the staff of Alliston.
Felix Hoffmann was on the staff of Ludwigsburg.
Bayer employed Alexander Fleming.
The University of Toronto employed Selman Waksman.
The University of Toronto was employed by Frederick Banting.
Frederick Banting was not employed by the University of Toronto.
Frederick Banting was never employed at the University of Toronto.
Frederick Banting, who was employed at the University of Toronto, discovered pepsin.
Frederick Banting was employed at the University of Toronto and Rutgers University.
Frederick Banting and Selman Waksman were employed at the University of Toronto.
Frederick Banting studied at the University of Toronto, which employed Albert Schatz.
# (6) relations said the same both ways
Frederick Banting collaborated with John Macleod.
Selman Waksman collaborated with Frederick Banting.
Charles Best's rivals were James Collip.
Charles Best's rival was James Collip.
John Macleod's rivals were Frederick Banting and James Collip.
# (7) the verb after an apposition or a relative clause on the subject
Frederick Banting, who collaborated with James Collip, worked at McGill University.
Frederick Banting, a rival of John Macleod, worked at Western Reserve University.
Frederick Banting, rival of John Macleod, worked at Western Reserve University.
Charles Best, rival of John Macleod, worked at Western Reserve University.
Charles Best, a rival of John Macleod, worked at Western Reserve University.
Charles Best, who was a rival of John Macleod and James Collip, worked at McGill University.
Charles Best, who was a rival of James Collip and John Macleod, worked at Western Reserve University.
Frederick Banting, who collaborated with Charles Best and James Collip, worked at McGill University.
Frederick Banting, James Collip's collaborator, worked at McGill University.
Frederick Banting, who collaborated with James Collip, was employed by McGill University.
Charles Best, who collaborated with Frederick Banting, was born in Alliston.
Charles Best, who collaborated with Frederick Banting, studied at Rutgers University.
Humphry Davy, who collaborated with Michael Faraday, discovered benzene.
Heinrich Dreser, who collaborated with Felix Hoffmann, discovered aspirin.
@racers
# (6) lists and counts of a relation said the same both ways, stored one way
Ayrton Senna's rivals were Alain Prost and Nigel Mansell.
Ayrton Senna's rivals were Nigel Mansell and Nelson Piquet.
Nigel Mansell's rivals were Ayrton Senna, Nelson Piquet and James Hunt.
Alain Prost's teammates were Ayrton Senna, Niki Lauda and Nelson Piquet.
Alain Prost's teammate was Ayrton Senna.
Nelson Piquet's rival was Ayrton Senna.
Niki Lauda's rival was James Hunt.
James Hunt's rival was Alain Prost.
Ralf Schumacher's sibling was Jackie Stewart.
The rivals of Ayrton Senna were Alain Prost and Nigel Mansell.
The rivals of Nigel Mansell were Ayrton Senna.
Ayrton Senna was a rival of Alain Prost, Nigel Mansell, Nelson Piquet and Niki Lauda.
Alain Prost, Nigel Mansell and James Hunt were rivals of Ayrton Senna.
Ayrton Senna had two rivals: Alain Prost and Nigel Mansell.
Ayrton Senna had two rivals, Alain Prost and Nigel Mansell.
Ayrton Senna had two rivals: Nigel Mansell and Nelson Piquet.
Nigel Mansell had two rivals: Ayrton Senna and Jackie Stewart.
Niki Lauda had two rivals: James Hunt and Michael Schumacher.
Michael Schumacher had two siblings: Ralf Schumacher and Jackie Stewart.
Ralf Schumacher's siblings were Michael Schumacher and Jackie Stewart.
Jimmy Stewart's siblings were Jackie Stewart and Wilson Fittipaldi.
Niki Lauda's rivals included Michael Schumacher.
Ayrton Senna has Jackie Stewart as his rival.
Michael Schumacher has two siblings.
Ayrton Senna had two rivals.
Alain Prost had one rival.
James Hunt had two teammates.
Michael Schumacher has no siblings.
Ayrton Senna had no rivals.
# a plural apposition "X's rivals, A and B," that leaves one out (the singular is checked)
Ayrton Senna's rivals, Nigel Mansell and Nelson Piquet, raced for Lotus.
Ayrton Senna's rivals, Alain Prost and Nigel Mansell, raced for Williams.
Nelson Piquet's rivals, Ayrton Senna, raced for Williams.
Alain Prost's rivals, Ayrton Senna, raced for Lotus.
Alain Prost's teammates, Ayrton Senna, raced for Lotus.
Nigel Mansell's rival, Ayrton Senna, raced for Lotus.
Ayrton Senna's rival, Nigel Mansell, raced for Lotus.
# who is whose: wrong pairs, direction words, negation
Jackie Stewart was a rival of Nigel Mansell.
James Hunt and Nigel Mansell were rivals.
Ayrton Senna, Alain Prost and Jackie Stewart were rivals.
Ayrton Senna was a rival of Alain Prost and Jackie Stewart.
Emerson Fittipaldi is a sibling of Jimmy Stewart.
Jackie Stewart's sibling Wilson Fittipaldi raced for Brabham.
Jackie Stewart's sibling Jimmy Stewart raced for Tyrrell.
Nelson Piquet's rival Ayrton Senna raced for Ferrari.
Nelson Piquet's rival Jackie Stewart raced for Tyrrell.
Ralf Schumacher and Michael Schumacher were teammates.
Ralf Schumacher was the older sibling of Michael Schumacher.
Michael Schumacher was Ralf Schumacher's younger sibling.
Michael Schumacher was not a sibling of Ralf Schumacher.
Ayrton Senna was never a rival of Nigel Mansell.
# (7) the verb after an apposition or a relative clause set off by commas right after the subject
Ralf Schumacher, who is a sibling of Michael Schumacher, raced for Ferrari.
Ralf Schumacher, Michael Schumacher's sibling, raced for Ferrari.
Ralf Schumacher, the sibling of Michael Schumacher, raced for Ferrari.
Ralf Schumacher, a sibling of Michael Schumacher, raced for Ferrari.
Ralf Schumacher, sibling of Michael Schumacher, raced for Ferrari.
Ralf Schumacher, sibling of Michael Schumacher, raced for Benetton.
Ralf Schumacher, sibling of Michael Schumacher, won the 1994 World Championship.
Wilson Fittipaldi, sibling of Emerson Fittipaldi, raced for Lotus.
Ralf Schumacher, whose sibling was Michael Schumacher, raced for Ferrari.
Ralf Schumacher, who was a sibling and a teammate of Michael Schumacher, raced for Williams.
Ralf Schumacher, who was Michael Schumacher's younger sibling, raced for Ferrari.
Ralf Schumacher, Michael Schumacher's sibling and teammate, raced for Ferrari.
Ralf Schumacher, a sibling of Michael Schumacher and Jackie Stewart, raced for Ferrari.
Ralf Schumacher, like Michael Schumacher, raced for Ferrari.
Ralf Schumacher, as well as Michael Schumacher, raced for Ferrari.
Ralf Schumacher, Michael Schumacher, raced for Ferrari.
Michael Schumacher's sibling, Ralf Schumacher, raced for Ferrari.
The sibling of Michael Schumacher, Ralf Schumacher, raced for Ferrari.
Ralf Schumacher, a sibling of Michael Schumacher, and Niki Lauda raced for Williams.
Niki Lauda and Ralf Schumacher, a sibling of Michael Schumacher, raced for Williams.
Ayrton Senna, rival of Nigel Mansell, raced for Ferrari.
Ayrton Senna, who was a rival of Alain Prost, raced for Ferrari.
Ayrton Senna, Nigel Mansell's rival, raced for Ferrari.
Ayrton Senna, a rival of Alain Prost and Nigel Mansell, raced for Ferrari.
Ayrton Senna, who was a rival of Alain Prost and Nigel Mansell, raced for Ferrari.
Ayrton Senna, who was a teammate of Alain Prost and a rival of Nigel Mansell, raced for Ferrari.
Ayrton Senna, who was a rival of Alain Prost and Nelson Piquet, raced for Brabham.
Ayrton Senna, who was a rival of Alain Prost and Nigel Mansell, won the 1992 World Championship.
Ayrton Senna, who was a rival of Nigel Mansell, was born in the United Kingdom.
Ayrton Senna, Nigel Mansell's rival, won the 1992 World Championship.
Nigel Mansell, Ayrton Senna's rival, won the 1988 World Championship.
Nelson Piquet, who was a rival of Nigel Mansell and Ayrton Senna, raced for McLaren.
Nelson Piquet, a rival of Nigel Mansell and Ayrton Senna, won the 1988 World Championship.
Alain Prost, rival of Niki Lauda, won the 1975 World Championship.
Alain Prost, teammate of Niki Lauda, won the 1975 World Championship.
James Hunt, Niki Lauda's rival, won the 1975 World Championship.
Jimmy Stewart, Jackie Stewart's sibling, raced for Tyrrell.
Jimmy Stewart, who was a sibling of Jackie Stewart, won the 1969 World Championship.
Wilson Fittipaldi, Emerson Fittipaldi's sibling, raced for Lotus.
Wilson Fittipaldi, the sibling of Emerson Fittipaldi, raced for McLaren.
Ralf Schumacher, a sibling of Michael Schumacher, was born in 1969.
Ralf Schumacher, who was a sibling of Michael Schumacher, never raced for Williams.
Ralf Schumacher, who was not a sibling of Michael Schumacher, raced for Williams.
Ralf Schumacher, who was managed by Lord Hesketh, raced for Williams.
"""

CONTROLS = r"""
@jazz
Ronnie Scott opened Ronnie Scott's.
Ronnie Scott's was opened by Ronnie Scott.
Ronnie Scott and Pete King opened Ronnie Scott's.
Ronnie Scott opened Ronnie Scott's with Pete King.
Ronnie Scott's opened in 1959.
Ronnie Scott's opened its doors in 1959.
Kingston Mines opened in 1968.
Max Gordon opened the Village Vanguard in 1935.
Opened in 1935, the Village Vanguard is located in New York.
Ronnie Scott's, which opened in 1959, is located in London.
Richard D'Oyly Carte opened the Savoy.
Owney Madden opened the Cotton Club.
Tod Sloan opened Harry's New York Bar.
Sammy Shore opened the Comedy Store.
Alice Waters opened Chez Panisse in Berkeley in 1971.
Alice Waters opened the restaurant Chez Panisse.
Albert Roux and Michel Roux opened Le Gavroche in 1967.
Max Gordon opened the Village Vanguard in New York.
Morris Levy opened Birdland, where Charlie Parker played.
Morris Levy opened Birdland, which Charlie Parker played at.
Ronnie Scott's was founded by Ronnie Scott.
@jazz user:ana
Ana loved Ronnie Scott's, which Ronnie Scott opened.
@choirs
Peter Phillips directed the Tallis Scholars.
Peter Phillips conducted the Tallis Scholars.
The Tallis Scholars was directed by Peter Phillips.
David Willcocks conducted the Choir of King's College.
Stephen Cleobury and David Willcocks directed the Choir of King's College.
Neville Marriner conducted the Academy of St Martin in the Fields.
Peter Phillips formed the Tallis Scholars.
Peter Phillips formed the Tallis Scholars in 1973.
The Tallis Scholars was formed by Peter Phillips.
The Tallis Scholars, formed by Peter Phillips, is based in Oxford.
Brigham Young formed the Mormon Tabernacle Choir.
Siegmund Nissel formed the Amadeus Quartet.
Neville Marriner formed the Academy of St Martin in the Fields in 1958.
John Eliot Gardiner formed the Monteverdi Choir in 1964.
The Tallis Scholars sings at St John's Smith Square.
The Tallis Scholars sings in St John's Smith Square.
The Tallis Scholars performs in St John's Smith Square.
The Vienna Boys' Choir sings at the Hofburg Chapel.
The Monteverdi Choir sings in the Royal Albert Hall.
The Choir of King's College sings in King's College Chapel.
The Tallis Scholars performs at St John's Smith Square. The chorus was led by Peter Phillips.
The Tallis Scholars performs at St John's Smith Square. The ensemble is based in Oxford.
The Tallis Scholars was founded in 1973. The chorus performs at St John's Smith Square.
The Tallis Scholars, which Peter Phillips conducted, sings at St John's Smith Square.
@labs
Frederick Banting discovered insulin.
Frederick Banting and Charles Best discovered insulin.
Alexander Fleming discovered penicillin.
Michael Faraday discovered benzene.
Carl Wilhelm Scheele discovered lactic acid and citric acid.
Carl Linnaeus discovered the fly agaric.
Louis Rene Tulasne discovered ergot.
Penicillin is produced by penicillium.
Frederick Banting was employed at the University of Toronto.
Frederick Banting was on the staff of the University of Toronto.
Alexander Fleming was employed at St Mary's Hospital.
Michael Faraday was on the staff of the Royal Institution.
Wilhelm Kuhne was employed at Heidelberg University.
Henry Carvill Lewis was on the staff of the Natural History Museum.
Jokichi Takamine was on the staff of Parke-Davis.
Selman Waksman, who was employed at Rutgers University, discovered streptomycin.
John Macleod's rivals were Frederick Banting and Charles Best.
@racers
Michael Schumacher's sibling Ralf Schumacher raced for Williams.
Michael Schumacher's sibling was Ralf Schumacher.
Ayrton Senna's rivals were Alain Prost, Nigel Mansell and Nelson Piquet.
Alain Prost's rivals were Ayrton Senna and Niki Lauda.
Nigel Mansell's rivals were Ayrton Senna and Nelson Piquet.
Alain Prost's teammates were Ayrton Senna and Niki Lauda.
Niki Lauda's rivals included James Hunt.
Ayrton Senna and Nigel Mansell were rivals.
Ayrton Senna has Nigel Mansell as his rival.
Ayrton Senna was a rival of Alain Prost, Nigel Mansell and Nelson Piquet.
Ralf Schumacher, who is a sibling of Michael Schumacher, raced for Williams.
Ralf Schumacher, Michael Schumacher's sibling, raced for Williams.
Michael Schumacher's sibling, Ralf Schumacher, raced for Williams.
Nigel Mansell's rivals, Ayrton Senna and Nelson Piquet, raced for Lotus.
@labs
Charles Best was employed at the University of Toronto.
The University of Toronto employed Charles Best.
Frederick Banting studied at the University of Toronto, which employed Charles Best.
John Macleod was employed by Western Reserve University.
Charles Best, who collaborated with Frederick Banting, worked at the University of Toronto.
@jazz
Richard Daft opened Notts County.
@racers
Niki Lauda had two rivals: James Hunt and Alain Prost.
Ayrton Senna had three rivals: Alain Prost, Nigel Mansell and Nelson Piquet.
Nigel Mansell had two rivals: Ayrton Senna and Nelson Piquet.
Alain Prost had two rivals: Ayrton Senna and Niki Lauda.
Nelson Piquet had two rivals: Ayrton Senna and Nigel Mansell.
Alain Prost had two teammates: Ayrton Senna and Niki Lauda.
Michael Schumacher had a sibling, Ralf Schumacher.
@firms
Nick Leeson was employed by Barings.
Robert Clive was employed by the East India Company.
"""

KNOWN = frozenset()

OPEN = frozenset({
    # "had rivals: A and B", "had the rivals A and B" leaving one out: a full list, or some? arguable
    'Ayrton Senna had rivals: Nigel Mansell and Nelson Piquet.',
    'Ayrton Senna had the rivals Nigel Mansell and Nelson Piquet.',
    # the present of a past "was led by" of a director who still leads the choir: arguable
    'Peter Phillips conducts the Tallis Scholars.',
    # the present of a past "was led by" of a director who still leads the choir: arguable
    'Peter Phillips directs the Tallis Scholars.',
    # the present of a past "was led by" of a director who still leads the choir: arguable
    'The Tallis Scholars is conducted by Peter Phillips.',
    # the present of a past "was led by" of a director who still leads the choir: arguable
    'The Tallis Scholars is directed by Peter Phillips.',
    # a year the graph does not give, but true of the founder-conductor: arguable
    'The Monteverdi Choir was conducted by John Eliot Gardiner in 1964.',
    # a band "formed" by a founding member the graph does not name its starter: arguable
    'Mick Jagger formed the Rolling Stones.',
    # a founding member of the quartet (formed with Brubeck in 1951): arguable
    'Paul Desmond formed the Dave Brubeck Quartet.',
    # its chief conductor was its music director: true outside the graph
    'Simon Rattle directed the London Symphony Orchestra.',
    # a choir sings in the city it is based in, the country it toured: arguable
    'The Tallis Scholars sings in Oxford.',
    # a choir sings in the city it is based in, the country it toured: arguable
    'The Tallis Scholars performs in Oxford.',
    # a choir sings in the city it is based in, the country it toured: arguable
    "The Vienna Boys' Choir sings in Japan.",
    # a choir sings in the city it is based in, the country it toured: arguable
    "The Vienna Boys' Choir sings in Vienna.",
    # where an ensemble recorded it sang or played: arguable
    'The Tallis Scholars sings at Merton College Chapel.',
    # where an ensemble recorded it sang or played: arguable
    "The Sixteen sings at St John's Smith Square.",
    # where an ensemble recorded it sang or played: arguable
    'The London Symphony Orchestra performs at Abbey Road Studios.',
    # where an ensemble recorded it sang or played: arguable
    'The Kronos Quartet performs at Carnegie Hall.',
    # where an ensemble recorded it sang or played: arguable
    'The Tallis Scholars, which Peter Phillips conducted, sings at Merton College Chapel.',
    # where an ensemble recorded it sang or played: arguable
    'The Tallis Scholars was founded in 1973. The chorus sings at Merton College Chapel.',
    # where an ensemble recorded it sang or played: arguable
    "The Sixteen was founded in 1979. The chorus sings at St John's Smith Square.",
    # a bank is "opened" in common English (its banking house opens): arguable
    'Francis Baring opened Barings.',
    # a bank is "opened" in common English (its banking house opens): arguable
    'Barings was opened by Francis Baring.',
    # a bank is "opened" in common English (its banking house opens): arguable
    'Francis Baring opened Barings in 1762.',
    # a bank is "opened" in common English (its banking house opens): arguable
    'Richard Hoare opened C. Hoare & Co.',
    # a bank is "opened" in common English (its banking house opens): arguable
    'Nick Leeson worked at Barings, which Francis Baring opened.',
    # an auction house is also a saleroom one opens: arguable
    "James Christie opened Christie's.",
    # his university is in Toronto (not in the graph): true outside it
    'Frederick Banting was employed in Toronto.',
    # a year the graph does not give, true outside it
    "Alexander Fleming was employed by St Mary's Hospital in 1928.",
    # the graph says he studied there; he was its professor: true outside it
    'Carl Linnaeus was employed by Uppsala University.',
    # the graph says he studied there; he was its professor later: true outside it
    'John Macleod was on the staff of the University of Aberdeen.',
    # a research student at Rutgers (the graph: studied there): arguable
    'Albert Schatz was employed by Rutgers University.',
    # as above
    'Albert Schatz was on the staff of Rutgers University.',
    # the Nobel prize named Macleod with Banting; the graph does not: arguable
    'John Macleod discovered insulin.',
    # as above
    'Frederick Banting and John Macleod discovered insulin.',
    # brothers who raced each other: rivals outside the graph, arguably
    'Ralf Schumacher was a rival of Michael Schumacher.',
    # as above
    'Ralf Schumacher, who was a rival of Michael Schumacher, raced for Williams.',
    # a chain or a bakery business "opened" by its founder: its first shop or hotel was opened, the
    # company founded; arguable
    'Conrad Hilton opened Hilton Hotels.',
    'John Gregg opened Greggs.',
    'Joseph Lyons opened Lyons.',
    # Edward Lloyd opened the coffee house that became Lloyd's of London
    "Edward Lloyd opened Lloyd's of London.",
    # "directed" of a leader who leads from the violin (a concertmaster, a quartet's first violin, a
    # jazz leader, a bandleader), or of a president who directs a chamber's business: arguable
    'Carmine Lauri directed the London Symphony Orchestra.',
    'Norbert Brainin directed the Amadeus Quartet.',
    'Dave Brubeck directed the Dave Brubeck Quartet.',
    'Joshua Bell directed the Academy of St Martin in the Fields.',
    'Count Basie directed the Count Basie Orchestra.',
    'Count Basie conducted the Count Basie Orchestra.',
    'John Lubbock directed the London Chamber of Commerce.',
    # a band "formed" by its bandleader, who started it; a firm "formed" (a company is formed too)
    'Count Basie formed the Count Basie Orchestra.',
    'Brian Jones formed the Rolling Stones.',
    'Francis Baring formed Barings.',
    'Samuel Cunard formed Cunard.',
    # the past of a present "performs at" / the present of a past "toured": arguable
    "The Vienna Boys' Choir sang at the Hofburg Chapel.",
    "The Vienna Boys' Choir sings at the Hofburg Chapel and tours Japan.",
    # "inaugurated" is an opening; "was founded in" the founding year of a club
    "Ronnie Scott's was inaugurated in 1959.",
    # "a <thing> <kind>" of what the firm dealt in: an agency advertising soap, an auction house of
    # paintings, a marine insurance market, a mail line, a bank of railways: arguable
    'J. Walter Thompson was a soap advertising agency.',
    "Christie's was a paintings auction house.",
    "Lloyd's of London was a ships insurance market.",
    'Cunard was a mail shipping line.',
    'Cunard was an emigrants shipping line.',
    'Barings was a railways bank.',
    # what a firm sold, traded or imported, as its kind of company: arguable (a tea trader)
    'The East India Company was a tea company.',
    "The Hudson's Bay Company was a fur company.",
    'Greggs was a sausage roll company.',
    'Lyons was a cake company.',
    # the chief conductor "conducted" the orchestra (true; "conducted" now reads the leader relation)
    'Simon Rattle conducted the Berlin Philharmonic.',
    # "Y's rivals A and B" (restrictive, no commas): a subset, or all of them? arguable
    "Ayrton Senna's rivals Nigel Mansell and Nelson Piquet raced for Lotus.",
    "Ayrton Senna's rivals Alain Prost and Nigel Mansell raced for Williams.",
    # Kendall worked at the Mayo Clinic (a clinic, no declared workplace kind): true
    'Edward Kendall was on the staff of the Mayo Clinic.',
})

OPEN_TEXTS = r"""
@choirs
Peter Phillips conducts the Tallis Scholars.
Peter Phillips directs the Tallis Scholars.
The Tallis Scholars is conducted by Peter Phillips.
The Tallis Scholars is directed by Peter Phillips.
The Monteverdi Choir was conducted by John Eliot Gardiner in 1964.
Mick Jagger formed the Rolling Stones.
Paul Desmond formed the Dave Brubeck Quartet.
Simon Rattle directed the London Symphony Orchestra.
The Tallis Scholars sings in Oxford.
The Tallis Scholars performs in Oxford.
The Vienna Boys' Choir sings in Japan.
The Vienna Boys' Choir sings in Vienna.
The Tallis Scholars sings at Merton College Chapel.
The Sixteen sings at St John's Smith Square.
The London Symphony Orchestra performs at Abbey Road Studios.
The Kronos Quartet performs at Carnegie Hall.
The Tallis Scholars, which Peter Phillips conducted, sings at Merton College Chapel.
The Tallis Scholars was founded in 1973. The chorus sings at Merton College Chapel.
The Sixteen was founded in 1979. The chorus sings at St John's Smith Square.
@firms
Francis Baring opened Barings.
Barings was opened by Francis Baring.
Francis Baring opened Barings in 1762.
Richard Hoare opened C. Hoare & Co.
Nick Leeson worked at Barings, which Francis Baring opened.
James Christie opened Christie's.
@labs
Frederick Banting was employed in Toronto.
Alexander Fleming was employed by St Mary's Hospital in 1928.
Carl Linnaeus was employed by Uppsala University.
John Macleod was on the staff of the University of Aberdeen.
Albert Schatz was employed by Rutgers University.
Albert Schatz was on the staff of Rutgers University.
John Macleod discovered insulin.
Frederick Banting and John Macleod discovered insulin.
@racers
Ralf Schumacher was a rival of Michael Schumacher.
Ralf Schumacher, who was a rival of Michael Schumacher, raced for Williams.
@firms
Conrad Hilton opened Hilton Hotels.
John Gregg opened Greggs.
Joseph Lyons opened Lyons.
Edward Lloyd opened Lloyd's of London.
John Lubbock directed the London Chamber of Commerce.
Francis Baring formed Barings.
Samuel Cunard formed Cunard.
J. Walter Thompson was a soap advertising agency.
Christie's was a paintings auction house.
Lloyd's of London was a ships insurance market.
Cunard was a mail shipping line.
Cunard was an emigrants shipping line.
Barings was a railways bank.
The East India Company was a tea company.
The Hudson's Bay Company was a fur company.
Greggs was a sausage roll company.
Lyons was a cake company.
@choirs
Carmine Lauri directed the London Symphony Orchestra.
Norbert Brainin directed the Amadeus Quartet.
Dave Brubeck directed the Dave Brubeck Quartet.
Joshua Bell directed the Academy of St Martin in the Fields.
Count Basie directed the Count Basie Orchestra.
Count Basie conducted the Count Basie Orchestra.
Count Basie formed the Count Basie Orchestra.
Brian Jones formed the Rolling Stones.
The Vienna Boys' Choir sang at the Hofburg Chapel.
The Vienna Boys' Choir sings at the Hofburg Chapel and tours Japan.
Simon Rattle conducted the Berlin Philharmonic.
@jazz
Ronnie Scott's was inaugurated in 1959.
@racers
Ayrton Senna had rivals: Nigel Mansell and Nelson Piquet.
Ayrton Senna had the rivals Nigel Mansell and Nelson Piquet.
Ayrton Senna's rivals Nigel Mansell and Nelson Piquet raced for Lotus.
Ayrton Senna's rivals Alain Prost and Nigel Mansell raced for Williams.
@labs
Edward Kendall was on the staff of the Mayo Clinic.
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
