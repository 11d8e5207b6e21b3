"""Red team round 208 on WHOLE_SESSION.diff: the session's new readings -- (1) nationality: a
relation "was a national of" / "is a citizen of" / "has the nationality of" / "has the citizenship
of" a country read as "is / hails / comes from", the adjective after a copula, in an apposition and
before a noun; (2) "sang / fought / played as a" K read as "X is a K", "X, a K,"; (3) the new person
types (pirate, privateer, corsair, magician, astronomer, merchant, samurai, grandmaster): pronouns,
surnames, "a native of", "hails from"; (4) a relation's object kinds from its stored objects; (5)
"on" for islands; (6) "coached" for "trained", "beat / overcame / was beaten by" for "defeated",
"fights from" read "fought from"; (7) "won world titles at"; (8) one member of a group named by the
singular of its plural name ("a Dominican", "a Beatle").

Graphs: the shipped example graph and six of my own (see each builder's docstring): "writers"
(nationality beside birthplace, residence and place of death, all countries), "singers" (voice
types, citizenship), "boxers" (weight classes, coaches, defeats, title venues, stances,
nationality), "footballers" (positions, clubs, citizenship beside a country of birth),
"adventurers" (pirates and the other new person types; islands; samurai and grandmasters),
"orders" (religious orders and bands with members, founders, managers, opponents; "joined" also a
television series, a musical and a national team).

Findings (13 of 435 false texts accepted; 15 OPEN texts, 6 accepted; controls: 67 of 75 accepted).
All 13 are the session's: with WHOLE_SESSION.diff reversed on a copy of the code none is accepted
(and only 4 of the 75 controls are).

* (1) "hails / comes / came from" a country of nationality acquired later, 7: the graph gives the
  birthplace (another country), yet the new "X hails from" reading of the nationality relation
  accepts "Vladimir Nabokov hails from / comes from the United States" (born in Russia), "Joseph
  Conrad came from the United Kingdom" (born in Poland), "Mario Vargas Llosa hails from Spain"
  (born in Peru), "Lionel Messi comes from Spain", "Alfredo Di Stefano hailed from Spain" (born in
  Argentina), "Ferenc Puskas came from Spain" (born in Hungary). "is from" (OPEN) is accepted too.
* (8) member names of plural names that are no group of such members, 6: "joined" also names a
  television series, a musical, a national team: "Hank Azaria was a Simpson" (joined The
  Simpsons), "Matthew Rhys was an American" / "Matthew Rhys, an American, was born in Cardiff" /
  "Matthew Rhys was an American actor" (joined The Americans; "American" becomes a member name
  where the graph has no United States), "Hugh Jackman was a Les Miserable", "Johan Cruyff was a
  Netherland" (joined the national team "Netherlands"). Also OPEN and accepted: "Eamonn Campbell was
  a Dubliner" (The Dubliners; born in Drogheda).
Held: nationality adjectives of countries lived or died in, wrong countries, lists, "both", "as
was", "so was", negation, pronouns, "who was", gapping, "-born" compounds, appositions and "the N
novelist"; the citizen / national / nationality phrasings and their direction; voice types,
weight classes, positions (wrong ones, lists, negation, "X, a K,", "sang as", "boxed / competed
as"); "on" islands and countries; "coached" both ways, "beat / overcame / was beaten by" both ways,
"lost to"; "won world titles at" lists; member names of orders and bands for founders, managers,
opponents, wrong orders, lists, negation, "the only Dominican"; the example graph.
Controls rejected (8): "Chinua Achebe and Wole Soyinka were Nigerian" (first name of the list
unattached), "Things Fall Apart was written by a Nigerian novelist", "Luciano Pavarotti was an
Italian tenor", "Johan Cruyff was a Dutch forward" (the adjective before a voice type / position
unread), "Lionel Messi was Argentine and Spanish" (two adjectives), "Henry Morgan was a Welsh
privateer" (no nationality relation; born in Wales not read as Welsh), "Thomas Aquinas and
Albertus Magnus were Dominicans" (plural member name unread), "Brian Epstein was not a Beatle"
(negation).
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


def writers():
    """Writers (items typed "novelist", "poet", "essayist", dated by birth; people only) with
    "was a national of" a country (Vargas Llosa of two), "was born in" a country, "lived in" and
    "died in" countries (so a writer is linked to up to four countries, and only one or two of
    them are his nationality), "wrote" books. Ishiguro was born in Japan and is British, Orwell was
    born in India, Conrad in Poland (British), Nabokov in Russia (American, died in Switzerland),
    Lahiri in the United Kingdom (American, lived in Italy), Beckett Irish (lived and died in France)."""
    rels = [
        R("national", phrase="was a national of", inverse_phrase="had as a national", range=("country",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("country",)),
        R("lived", phrase="lived in", inverse_phrase="was home to", range=("country",)),
        R("died", phrase="died in", inverse_phrase="is where died", range=("country",)),
        R("wrote", phrase="wrote", inverse_phrase="was written by", range=("book",)),
    ]
    items = {"w:achebe": ("novelist", "Chinua Achebe", 1930), "w:soyinka": ("poet", "Wole Soyinka", 1934),
             "w:ishiguro": ("novelist", "Kazuo Ishiguro", 1954), "w:conrad": ("novelist", "Joseph Conrad", 1857),
             "w:beckett": ("novelist", "Samuel Beckett", 1906), "w:nabokov": ("novelist", "Vladimir Nabokov", 1899),
             "w:vargas": ("novelist", "Mario Vargas Llosa", 1936), "w:lahiri": ("novelist", "Jhumpa Lahiri", 1967),
             "w:marquez": ("novelist", "Gabriel Garcia Marquez", 1927), "w:joyce": ("novelist", "James Joyce", 1882),
             "w:murakami": ("novelist", "Haruki Murakami", 1949), "w:orwell": ("essayist", "George Orwell", 1903)}
    others = {"c:nigeria": ("country", "Nigeria"), "c:us": ("country", "the United States"),
              "c:uk": ("country", "the United Kingdom"), "c:japan": ("country", "Japan"), "c:poland": ("country", "Poland"),
              "c:ireland": ("country", "Ireland"), "c:france": ("country", "France"), "c:russia": ("country", "Russia"),
              "c:germany": ("country", "Germany"), "c:switzerland": ("country", "Switzerland"), "c:peru": ("country", "Peru"),
              "c:spain": ("country", "Spain"), "c:italy": ("country", "Italy"), "c:colombia": ("country", "Colombia"),
              "c:mexico": ("country", "Mexico"), "c:india": ("country", "India"),
              "b:things": ("book", "Things Fall Apart"), "b:ake": ("book", "Ake"), "b:remains": ("book", "The Remains of the Day"),
              "b:heart": ("book", "Heart of Darkness"), "b:murphy": ("book", "Murphy"), "b:lolita": ("book", "Lolita"),
              "b:green": ("book", "The Green House"), "b:maladies": ("book", "Interpreter of Maladies"),
              "b:solitude": ("book", "One Hundred Years of Solitude"), "b:ulysses": ("book", "Ulysses"),
              "b:norwegian": ("book", "Norwegian Wood"), "b:1984": ("book", "Nineteen Eighty-Four")}
    T = _t("national", [("w:achebe", "c:nigeria"), ("w:soyinka", "c:nigeria"), ("w:ishiguro", "c:uk"), ("w:conrad", "c:uk"),
                        ("w:beckett", "c:ireland"), ("w:nabokov", "c:us"), ("w:vargas", "c:peru"), ("w:vargas", "c:spain"),
                        ("w:lahiri", "c:us"), ("w:marquez", "c:colombia"), ("w:joyce", "c:ireland"), ("w:murakami", "c:japan"),
                        ("w:orwell", "c:uk")])
    T += _t("born", [("w:achebe", "c:nigeria"), ("w:soyinka", "c:nigeria"), ("w:ishiguro", "c:japan"), ("w:conrad", "c:poland"),
                     ("w:beckett", "c:ireland"), ("w:nabokov", "c:russia"), ("w:vargas", "c:peru"), ("w:lahiri", "c:uk"),
                     ("w:marquez", "c:colombia"), ("w:joyce", "c:ireland"), ("w:murakami", "c:japan"), ("w:orwell", "c:india")])
    T += _t("lived", [("w:beckett", "c:france"), ("w:nabokov", "c:germany"), ("w:nabokov", "c:switzerland"),
                      ("w:lahiri", "c:italy"), ("w:marquez", "c:mexico"), ("w:joyce", "c:italy"), ("w:joyce", "c:france"),
                      ("w:achebe", "c:us"), ("w:vargas", "c:spain")])
    T += _t("died", [("w:achebe", "c:us"), ("w:conrad", "c:uk"), ("w:beckett", "c:france"), ("w:nabokov", "c:switzerland"),
                     ("w:marquez", "c:mexico"), ("w:joyce", "c:switzerland"), ("w:orwell", "c:uk")])
    T += _t("wrote", [("w:achebe", "b:things"), ("w:soyinka", "b:ake"), ("w:ishiguro", "b:remains"), ("w:conrad", "b:heart"),
                      ("w:beckett", "b:murphy"), ("w:nabokov", "b:lolita"), ("w:vargas", "b:green"), ("w:lahiri", "b:maladies"),
                      ("w:marquez", "b:solitude"), ("w:joyce", "b:ulysses"), ("w:murakami", "b:norwegian"), ("w:orwell", "b:1984")])
    return _build(items, others, rels, T)


def singers():
    """Opera singers (items typed "singer", and two typed by voice: Marian Anderson a "contralto",
    Cecilia Bartoli a "mezzo-soprano"; dated by birth) that "sang as a" voice type (Domingo as a
    tenor and a baritone), "is a citizen of" a country (Callas of two), "was born in" a city,
    "debuted at" an opera house, "married" another singer."""
    rels = [
        R("voice", phrase="sang as a", inverse_phrase="was the voice of", domain=("singer", "contralto", "mezzo-soprano"), range=("voice type",)),
        R("citizen", phrase="is a citizen of", inverse_phrase="has as a citizen", range=("country",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("city",)),
        R("debut", phrase="debuted at", inverse_phrase="saw the debut of", range=("opera house",)),
        R("married", phrase="married", inverse_phrase="was married to", range=("singer",)),
    ]
    items = {"s:pavarotti": ("singer", "Luciano Pavarotti", 1935), "s:domingo": ("singer", "Placido Domingo", 1941),
             "s:callas": ("singer", "Maria Callas", 1923), "s:fischer": ("singer", "Dietrich Fischer-Dieskau", 1925),
             "s:sutherland": ("singer", "Joan Sutherland", 1926), "s:anderson": ("contralto", "Marian Anderson", 1897),
             "s:bartoli": ("mezzo-soprano", "Cecilia Bartoli", 1966), "s:chaliapin": ("singer", "Feodor Chaliapin", 1873),
             "s:caruso": ("singer", "Enrico Caruso", 1873), "s:bjorling": ("singer", "Jussi Bjorling", 1911),
             "s:freni": ("singer", "Mirella Freni", 1935), "s:ghiaurov": ("singer", "Nicolai Ghiaurov", 1929)}
    others = {"v:soprano": ("voice type", "soprano"), "v:mezzo": ("voice type", "mezzo-soprano"),
              "v:contralto": ("voice type", "contralto"), "v:tenor": ("voice type", "tenor"),
              "v:baritone": ("voice type", "baritone"), "v:bass": ("voice type", "bass"),
              "c:italy": ("country", "Italy"), "c:spain": ("country", "Spain"), "c:us": ("country", "the United States"),
              "c:greece": ("country", "Greece"), "c:germany": ("country", "Germany"), "c:australia": ("country", "Australia"),
              "c:russia": ("country", "Russia"), "c:sweden": ("country", "Sweden"), "c:bulgaria": ("country", "Bulgaria"),
              "t:modena": ("city", "Modena"), "t:madrid": ("city", "Madrid"), "t:newyork": ("city", "New York"),
              "t:berlin": ("city", "Berlin"), "t:sydney": ("city", "Sydney"), "t:philadelphia": ("city", "Philadelphia"),
              "t:rome": ("city", "Rome"), "t:kazan": ("city", "Kazan"), "t:naples": ("city", "Naples"),
              "t:borlange": ("city", "Borlange"), "t:velingrad": ("city", "Velingrad"),
              "o:reggio": ("opera house", "the Teatro Municipale"), "o:scala": ("opera house", "La Scala"),
              "o:met": ("opera house", "the Metropolitan Opera"), "o:verona": ("opera house", "the Verona Arena"),
              "o:covent": ("opera house", "the Royal Opera House"), "o:mariinsky": ("opera house", "the Mariinsky Theatre")}
    T = _t("voice", [("s:pavarotti", "v:tenor"), ("s:domingo", "v:tenor"), ("s:domingo", "v:baritone"), ("s:callas", "v:soprano"),
                     ("s:fischer", "v:baritone"), ("s:sutherland", "v:soprano"), ("s:anderson", "v:contralto"),
                     ("s:bartoli", "v:mezzo"), ("s:chaliapin", "v:bass"), ("s:caruso", "v:tenor"), ("s:bjorling", "v:tenor"),
                     ("s:freni", "v:soprano"), ("s:ghiaurov", "v:bass")])
    T += _t("citizen", [("s:pavarotti", "c:italy"), ("s:domingo", "c:spain"), ("s:callas", "c:us"), ("s:callas", "c:greece"),
                        ("s:fischer", "c:germany"), ("s:sutherland", "c:australia"), ("s:anderson", "c:us"),
                        ("s:bartoli", "c:italy"), ("s:chaliapin", "c:russia"), ("s:caruso", "c:italy"), ("s:bjorling", "c:sweden"),
                        ("s:freni", "c:italy"), ("s:ghiaurov", "c:bulgaria")])
    T += _t("born", [("s:pavarotti", "t:modena"), ("s:domingo", "t:madrid"), ("s:callas", "t:newyork"), ("s:fischer", "t:berlin"),
                     ("s:sutherland", "t:sydney"), ("s:anderson", "t:philadelphia"), ("s:bartoli", "t:rome"),
                     ("s:chaliapin", "t:kazan"), ("s:caruso", "t:naples"), ("s:bjorling", "t:borlange"), ("s:freni", "t:modena"),
                     ("s:ghiaurov", "t:velingrad")])
    T += _t("debut", [("s:pavarotti", "o:reggio"), ("s:callas", "o:verona"), ("s:sutherland", "o:covent"),
                      ("s:chaliapin", "o:mariinsky"), ("s:bartoli", "o:scala"), ("s:anderson", "o:met")])
    T += _t("married", [("s:freni", "s:ghiaurov")])
    return _build(items, others, rels, T)


def boxers():
    """Boxers (items typed "boxer", dated by birth) that "fought as a" weight class, "were trained by"
    / "trained" a coach (typed "boxing coach": people), "defeated" / "was defeated by" other boxers
    (Ali and Frazier each defeated the other), "won a world title at" a venue, "fights from" a
    stance (present phrase: "fought from"), "has the nationality of" a country (Lewis two)."""
    rels = [
        R("weight", phrase="fought as a", inverse_phrase="was the division of", domain=("boxer",), range=("weight class",)),
        R("trained", phrase="was trained by", inverse_phrase="trained", range=("boxing coach",)),
        R("defeated", phrase="defeated", inverse_phrase="was defeated by", range=("boxer",)),
        R("title", phrase="won a world title at", inverse_phrase="hosted a world title win of", range=("venue",)),
        R("stance", phrase="fights from", inverse_phrase="is the stance of", range=("stance",)),
        R("nation", phrase="has the nationality of", inverse_phrase="is the nation of", range=("country",)),
    ]
    items = {"b:ali": ("boxer", "Muhammad Ali", 1942), "b:foreman": ("boxer", "George Foreman", 1949),
             "b:frazier": ("boxer", "Joe Frazier", 1944), "b:liston": ("boxer", "Sonny Liston", 1932),
             "b:patterson": ("boxer", "Floyd Patterson", 1935), "b:tyson": ("boxer", "Mike Tyson", 1966),
             "b:hagler": ("boxer", "Marvin Hagler", 1954), "b:leonard": ("boxer", "Sugar Ray Leonard", 1956),
             "b:hearns": ("boxer", "Thomas Hearns", 1958), "b:duran": ("boxer", "Roberto Duran", 1951),
             "b:lewis": ("boxer", "Lennox Lewis", 1965), "b:pacquiao": ("boxer", "Manny Pacquiao", 1978),
             "b:holyfield": ("boxer", "Evander Holyfield", 1962),
             "b:berbick": ("boxer", "Trevor Berbick", 1954)}
    others = {"k:dundee": ("boxing coach", "Angelo Dundee"), "k:damato": ("boxing coach", "Cus D'Amato"),
              "k:rooney": ("boxing coach", "Kevin Rooney"), "k:steward": ("boxing coach", "Emanuel Steward"),
              "k:roach": ("boxing coach", "Freddie Roach"), "k:arcel": ("boxing coach", "Ray Arcel"),
              "k:petronelli": ("boxing coach", "Goody Petronelli"), "k:durham": ("boxing coach", "Yank Durham"),
              "k:sadler": ("boxing coach", "Dick Sadler"),
              "d:heavy": ("weight class", "heavyweight"), "d:middle": ("weight class", "middleweight"),
              "d:welter": ("weight class", "welterweight"), "d:light": ("weight class", "lightweight"),
              "d:flyweight": ("weight class", "flyweight"),
              "v:miami": ("venue", "the Miami Beach Convention Hall"), "v:msg": ("venue", "Madison Square Garden"),
              "v:kingston": ("venue", "the National Stadium"), "v:comiskey": ("venue", "Comiskey Park"),
              "v:chicago": ("venue", "Chicago Stadium"), "v:hilton": ("venue", "the Las Vegas Hilton"),
              "v:boston": ("venue", "the Boston Garden"), "v:wembley": ("venue", "Wembley Arena"),
              "v:caesars": ("venue", "Caesars Palace"), "v:montreal": ("venue", "the Olympic Stadium"),
              "v:mirage": ("venue", "The Mirage"),
              "x:orthodox": ("stance", "the orthodox stance"), "x:southpaw": ("stance", "the southpaw stance"),
              "c:us": ("country", "the United States"), "c:uk": ("country", "the United Kingdom"), "c:canada": ("country", "Canada"),
              "c:panama": ("country", "Panama"), "c:philippines": ("country", "the Philippines")}
    T = _t("weight", [("b:ali", "d:heavy"), ("b:foreman", "d:heavy"), ("b:frazier", "d:heavy"), ("b:liston", "d:heavy"),
                      ("b:patterson", "d:heavy"), ("b:tyson", "d:heavy"), ("b:hagler", "d:middle"), ("b:leonard", "d:welter"),
                      ("b:leonard", "d:middle"), ("b:hearns", "d:welter"), ("b:duran", "d:light"), ("b:duran", "d:welter"),
                      ("b:lewis", "d:heavy"), ("b:pacquiao", "d:flyweight"), ("b:pacquiao", "d:welter"), ("b:holyfield", "d:heavy")])
    T += _t("trained", [("b:ali", "k:dundee"), ("b:leonard", "k:dundee"), ("b:patterson", "k:damato"), ("b:tyson", "k:damato"),
                        ("b:tyson", "k:rooney"), ("b:hearns", "k:steward"), ("b:lewis", "k:steward"), ("b:pacquiao", "k:roach"),
                        ("b:duran", "k:arcel"), ("b:hagler", "k:petronelli"), ("b:frazier", "k:durham"), ("b:foreman", "k:sadler")])
    T += _t("defeated", [("b:ali", "b:liston"), ("b:ali", "b:foreman"), ("b:ali", "b:frazier"), ("b:frazier", "b:ali"), ("b:tyson", "b:berbick"),
                         ("b:foreman", "b:frazier"), ("b:liston", "b:patterson"), ("b:holyfield", "b:tyson"),
                         ("b:hagler", "b:hearns"), ("b:leonard", "b:hagler"), ("b:leonard", "b:hearns"), ("b:leonard", "b:duran"),
                         ("b:duran", "b:leonard"), ("b:lewis", "b:tyson"), ("b:lewis", "b:holyfield"), ("b:holyfield", "b:foreman")])
    T += _t("title", [("b:ali", "v:miami"), ("b:frazier", "v:msg"), ("b:foreman", "v:kingston"), ("b:liston", "v:comiskey"),
                      ("b:patterson", "v:chicago"), ("b:tyson", "v:hilton"), ("b:hagler", "v:wembley"), ("b:leonard", "v:montreal"),
                      ("b:leonard", "v:caesars"), ("b:duran", "v:msg"), ("b:duran", "v:montreal"), ("b:holyfield", "v:mirage")])
    T += _t("stance", [("b:ali", "x:orthodox"), ("b:foreman", "x:orthodox"), ("b:frazier", "x:orthodox"), ("b:tyson", "x:orthodox"),
                       ("b:hagler", "x:southpaw"), ("b:pacquiao", "x:southpaw"), ("b:leonard", "x:orthodox"), ("b:lewis", "x:orthodox")])
    T += _t("nation", [("b:ali", "c:us"), ("b:foreman", "c:us"), ("b:frazier", "c:us"), ("b:liston", "c:us"), ("b:patterson", "c:us"),
                       ("b:tyson", "c:us"), ("b:hagler", "c:us"), ("b:leonard", "c:us"), ("b:hearns", "c:us"), ("b:duran", "c:panama"),
                       ("b:lewis", "c:uk"), ("b:lewis", "c:canada"), ("b:pacquiao", "c:philippines"), ("b:holyfield", "c:us")])
    return _build(items, others, rels, T)


def footballers():
    """Footballers (items typed "footballer", dated by birth) that "played as a" position
    (typed "position"; "goalkeeper" is also a person type now), "played for" clubs, "has the
    citizenship of" a country (Di Stefano, Puskas, Messi two: Spain as well), "was born in" a
    country (Di Stefano in Argentina, Puskas in Hungary, Zidane in France, Eusebio in Mozambique
    though a national of Portugal)."""
    rels = [
        R("position", phrase="played as a", inverse_phrase="was the position of", domain=("footballer",), range=("position",)),
        R("club", phrase="played for", inverse_phrase="fielded", range=("club",)),
        R("citizen", phrase="has the citizenship of", inverse_phrase="is the country of", range=("country",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("country",)),
    ]
    items = {"f:yashin": ("footballer", "Lev Yashin", 1929), "f:buffon": ("footballer", "Gianluigi Buffon", 1978),
             "f:pele": ("footballer", "Pele", 1940), "f:maradona": ("footballer", "Diego Maradona", 1960),
             "f:beckenbauer": ("footballer", "Franz Beckenbauer", 1945), "f:messi": ("footballer", "Lionel Messi", 1987),
             "f:zidane": ("footballer", "Zinedine Zidane", 1972), "f:distefano": ("footballer", "Alfredo Di Stefano", 1926),
             "f:puskas": ("footballer", "Ferenc Puskas", 1927), "f:eusebio": ("footballer", "Eusebio", 1942),
             "f:maldini": ("footballer", "Paolo Maldini", 1968), "f:cruyff": ("footballer", "Johan Cruyff", 1947)}
    others = {"p:gk": ("position", "goalkeeper"), "p:st": ("position", "striker"), "p:df": ("position", "defender"),
              "p:mf": ("position", "midfielder"), "p:fw": ("position", "forward"),
              "k:dynamo": ("club", "Dynamo Moscow"), "k:juve": ("club", "Juventus"), "k:santos": ("club", "Santos"),
              "k:napoli": ("club", "Napoli"), "k:bayern": ("club", "Bayern Munich"), "k:barca": ("club", "Barcelona"),
              "k:real": ("club", "Real Madrid"), "k:honved": ("club", "Honved"), "k:benfica": ("club", "Benfica"),
              "k:milan": ("club", "AC Milan"), "k:ajax": ("club", "Ajax"), "k:parma": ("club", "Parma"),
              "k:cosmos": ("club", "the New York Cosmos"), "k:river": ("club", "River Plate"),
              "c:ussr": ("country", "the Soviet Union"), "c:italy": ("country", "Italy"), "c:brazil": ("country", "Brazil"),
              "c:argentina": ("country", "Argentina"), "c:germany": ("country", "Germany"), "c:spain": ("country", "Spain"),
              "c:france": ("country", "France"), "c:hungary": ("country", "Hungary"), "c:portugal": ("country", "Portugal"),
              "c:mozambique": ("country", "Mozambique"), "c:netherlands": ("country", "the Netherlands"),
              "c:russia": ("country", "Russia")}
    T = _t("position", [("f:yashin", "p:gk"), ("f:buffon", "p:gk"), ("f:pele", "p:fw"), ("f:maradona", "p:mf"),
                        ("f:beckenbauer", "p:df"), ("f:messi", "p:fw"), ("f:zidane", "p:mf"), ("f:distefano", "p:fw"),
                        ("f:puskas", "p:st"), ("f:eusebio", "p:st"), ("f:maldini", "p:df"), ("f:cruyff", "p:fw")])
    T += _t("club", [("f:yashin", "k:dynamo"), ("f:buffon", "k:juve"), ("f:buffon", "k:parma"), ("f:pele", "k:santos"),
                     ("f:pele", "k:cosmos"), ("f:maradona", "k:napoli"), ("f:maradona", "k:barca"), ("f:beckenbauer", "k:bayern"),
                     ("f:beckenbauer", "k:cosmos"), ("f:messi", "k:barca"), ("f:zidane", "k:juve"), ("f:zidane", "k:real"),
                     ("f:distefano", "k:real"), ("f:distefano", "k:river"), ("f:puskas", "k:honved"), ("f:puskas", "k:real"),
                     ("f:eusebio", "k:benfica"), ("f:maldini", "k:milan"), ("f:cruyff", "k:ajax"), ("f:cruyff", "k:barca")])
    T += _t("citizen", [("f:yashin", "c:ussr"), ("f:buffon", "c:italy"), ("f:pele", "c:brazil"), ("f:maradona", "c:argentina"),
                        ("f:beckenbauer", "c:germany"), ("f:messi", "c:argentina"), ("f:messi", "c:spain"), ("f:zidane", "c:france"),
                        ("f:distefano", "c:argentina"), ("f:distefano", "c:spain"), ("f:puskas", "c:hungary"),
                        ("f:puskas", "c:spain"), ("f:eusebio", "c:portugal"), ("f:maldini", "c:italy"),
                        ("f:cruyff", "c:netherlands")])
    T += _t("born", [("f:yashin", "c:russia"), ("f:buffon", "c:italy"), ("f:pele", "c:brazil"), ("f:maradona", "c:argentina"),
                     ("f:beckenbauer", "c:germany"), ("f:messi", "c:argentina"), ("f:zidane", "c:france"),
                     ("f:distefano", "c:argentina"), ("f:puskas", "c:hungary"), ("f:eusebio", "c:mozambique"),
                     ("f:maldini", "c:italy"), ("f:cruyff", "c:netherlands")])
    return _build(items, others, rels, T)


def adventurers():
    """People of the session's new person types (pirates, privateers, a corsair, a magician, an
    astronomer, a merchant, samurai, grandmasters; people only, so "he" / "she" may name one): "was
    born in" declared with ranges "country, island, sea" (no sea stored: "born on" an island), "died
    in" (country, island, city), "commanded" ships, "served under" another pirate, "defeated" /
    "was defeated by" (samurai, grandmasters), "was trained by" / "trained" (grandmasters: Botvinnik
    trained Kasparov and Karpov)."""
    rels = [
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("country", "island", "sea")),
        R("died", phrase="died in", inverse_phrase="is where died", range=("country", "island", "city")),
        R("commanded", phrase="commanded", inverse_phrase="was commanded by", range=("ship",)),
        R("under", phrase="served under", inverse_phrase="was the captain of", range=("pirate",)),
        R("defeated", phrase="defeated", inverse_phrase="was defeated by", range=("samurai", "grandmaster")),
        R("trained", phrase="was trained by", inverse_phrase="trained", range=("grandmaster",)),
    ]
    items = {"a:teach": ("pirate", "Edward Teach", 1680), "a:morgan": ("privateer", "Henry Morgan", 1635),
             "a:kidd": ("privateer", "William Kidd", 1654), "a:roberts": ("pirate", "Bartholomew Roberts", 1682),
             "a:bonny": ("pirate", "Anne Bonny", 1697), "a:read": ("pirate", "Mary Read", 1685),
             "a:rackham": ("pirate", "Jack Rackham", 1682), "a:drake": ("privateer", "Francis Drake", 1540),
             "a:barbarossa": ("corsair", "Hayreddin Barbarossa", 1478), "a:houdini": ("magician", "Harry Houdini", 1874),
             "a:galileo": ("astronomer", "Galileo Galilei", 1564), "a:polo": ("merchant", "Marco Polo", 1254),
             "a:musashi": ("samurai", "Miyamoto Musashi", 1584), "a:kojiro": ("samurai", "Sasaki Kojiro", 1575),
             "a:kasparov": ("grandmaster", "Garry Kasparov", 1963), "a:karpov": ("grandmaster", "Anatoly Karpov", 1951),
             "a:botvinnik": ("grandmaster", "Mikhail Botvinnik", 1911)}
    others = {"i:lesbos": ("island", "Lesbos"), "i:ocracoke": ("island", "Ocracoke Island"), "i:jamaica": ("island", "Jamaica"),
              "i:funaj": ("island", "Funajima"), "i:principe": ("island", "Principe"), "i:crete": ("island", "Crete"),
              "c:england": ("country", "England"), "c:wales": ("country", "Wales"), "c:scotland": ("country", "Scotland"),
              "c:ireland": ("country", "Ireland"), "c:panama": ("country", "Panama"), "c:hungary": ("country", "Hungary"),
              "c:italy": ("country", "Italy"), "c:japan": ("country", "Japan"), "c:russia": ("country", "Russia"),
              "c:azerbaijan": ("country", "Azerbaijan"), "c:finland": ("country", "Finland"),
              "t:istanbul": ("city", "Istanbul"), "t:detroit": ("city", "Detroit"), "t:arcetri": ("city", "Arcetri"),
              "t:venice": ("city", "Venice"), "t:kumamoto": ("city", "Kumamoto"), "t:moscow": ("city", "Moscow"),
              "t:london": ("city", "London"), "t:zlatoust": ("city", "Zlatoust"),
              "s:qar": ("ship", "the Queen Anne's Revenge"), "s:satisfaction": ("ship", "the Satisfaction"),
              "s:galley": ("ship", "the Adventure Galley"), "s:fortune": ("ship", "the Royal Fortune"),
              "s:william": ("ship", "the William"), "s:hind": ("ship", "the Golden Hind"), "s:adventure": ("ship", "the Adventure")}
    T = _t("born", [("a:teach", "c:england"), ("a:morgan", "c:wales"), ("a:kidd", "c:scotland"), ("a:roberts", "c:wales"),
                    ("a:bonny", "c:ireland"), ("a:read", "c:england"), ("a:rackham", "c:england"), ("a:drake", "c:england"),
                    ("a:barbarossa", "i:lesbos"), ("a:houdini", "c:hungary"), ("a:galileo", "c:italy"), ("a:polo", "c:italy"),
                    ("a:musashi", "c:japan"), ("a:kojiro", "c:japan"), ("a:kasparov", "c:azerbaijan"),
                    ("a:karpov", "c:russia"), ("a:botvinnik", "c:finland")])
    T += _t("died", [("a:teach", "i:ocracoke"), ("a:morgan", "i:jamaica"), ("a:kidd", "c:england"), ("a:roberts", "i:principe"),
                     ("a:read", "i:jamaica"), ("a:rackham", "i:jamaica"), ("a:drake", "c:panama"), ("a:barbarossa", "t:istanbul"),
                     ("a:houdini", "t:detroit"), ("a:galileo", "t:arcetri"), ("a:polo", "t:venice"), ("a:musashi", "t:kumamoto"),
                     ("a:kojiro", "i:funaj"), ("a:botvinnik", "t:moscow")])
    T += _t("commanded", [("a:teach", "s:qar"), ("a:morgan", "s:satisfaction"), ("a:kidd", "s:galley"), ("a:roberts", "s:fortune"),
                          ("a:rackham", "s:william"), ("a:drake", "s:hind"), ("a:teach", "s:adventure")])
    T += _t("under", [("a:bonny", "a:rackham"), ("a:read", "a:rackham")])
    T += _t("defeated", [("a:musashi", "a:kojiro"), ("a:kasparov", "a:karpov"), ("a:karpov", "a:kasparov")])
    T += _t("trained", [("a:kasparov", "a:botvinnik"), ("a:karpov", "a:botvinnik")])
    return _build(items, others, rels, T)


def orders():
    """Members of religious orders and bands (items typed "friar", "priest", "nun", "monk",
    "theologian", "musician", "philosopher", "businessman", "filmmaker", "actor"; dated by birth):
    "was a member of" an order or a band, "joined" a band or a television series (The Simpsons: a
    plural name that is no group of Simpsons), "founded" (founders are members except Rafelson,
    who founded the Monkees, and Benedict), "managed" (Epstein the Beatles, McLaren the Sex
    Pistols: no members), "opposed" (Pascal the Jesuits), "studied under" another person, "was born
    in" a city. Teresa of Avila and John of the Cross founded the Discalced Carmelites and were
    members; "joined" also The Americans (a series), Les Miserables (a musical), Netherlands (a
    national team) and The Dubliners (a band)."""
    rels = [
        R("member", phrase="was a member of", inverse_phrase="had as a member", range=("religious order", "band")),
        R("joined", phrase="joined", inverse_phrase="was joined by", range=("band", "television series", "musical", "national team")),
        R("founded", phrase="founded", inverse_phrase="was founded by", range=("religious order", "band")),
        R("managed", phrase="managed", inverse_phrase="was managed by", range=("band",)),
        R("opposed", phrase="opposed", inverse_phrase="was opposed by", range=("religious order",)),
        R("under", phrase="studied under", inverse_phrase="taught", range=("friar", "theologian")),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("city",)),
    ]
    items = {"o:aquinas": ("friar", "Thomas Aquinas", 1225), "o:albertus": ("friar", "Albertus Magnus", 1200),
             "o:eckhart": ("theologian", "Meister Eckhart", 1260), "o:dominic": ("friar", "Saint Dominic", 1170),
             "o:savonarola": ("friar", "Girolamo Savonarola", 1452), "o:loyola": ("priest", "Ignatius of Loyola", 1491),
             "o:xavier": ("priest", "Francis Xavier", 1506), "o:ricci": ("priest", "Matteo Ricci", 1552),
             "o:francis": ("friar", "Francis of Assisi", 1181), "o:bacon": ("friar", "Roger Bacon", 1219),
             "o:ockham": ("friar", "William of Ockham", 1287), "o:luther": ("theologian", "Martin Luther", 1483),
             "o:mendel": ("monk", "Gregor Mendel", 1822), "o:teresa": ("nun", "Teresa of Avila", 1515),
             "o:john": ("friar", "John of the Cross", 1542), "o:benedict": ("monk", "Benedict of Nursia", 480),
             "o:pascal": ("philosopher", "Blaise Pascal", 1623),
             "m:lennon": ("musician", "John Lennon", 1940), "m:mccartney": ("musician", "Paul McCartney", 1942),
             "m:harrison": ("musician", "George Harrison", 1943), "m:starr": ("musician", "Ringo Starr", 1940),
             "m:best": ("musician", "Pete Best", 1941), "m:martin": ("musician", "George Martin", 1926),
             "m:epstein": ("businessman", "Brian Epstein", 1934), "m:mclaren": ("businessman", "Malcolm McLaren", 1946),
             "m:rotten": ("musician", "Johnny Rotten", 1956), "m:vicious": ("musician", "Sid Vicious", 1957),
             "m:dolenz": ("musician", "Micky Dolenz", 1945), "m:jones": ("musician", "Davy Jones", 1945),
             "m:rafelson": ("filmmaker", "Bob Rafelson", 1933), "m:joey": ("musician", "Joey Ramone", 1951),
             "m:deedee": ("musician", "Dee Dee Ramone", 1951), "m:azaria": ("actor", "Hank Azaria", 1964),
             "m:jagger": ("musician", "Mick Jagger", 1943), "m:richards": ("musician", "Keith Richards", 1943),
             "m:rhys": ("actor", "Matthew Rhys", 1974), "m:russell": ("actor", "Keri Russell", 1976),
             "m:jackman": ("actor", "Hugh Jackman", 1968), "m:campbell": ("musician", "Eamonn Campbell", 1946),
             "m:kelly": ("musician", "Luke Kelly", 1940), "m:cruyff": ("footballer", "Johan Cruyff", 1947)}
    others = {"g:dominicans": ("religious order", "the Dominicans"), "g:jesuits": ("religious order", "the Jesuits"),
              "g:franciscans": ("religious order", "the Franciscans"), "g:augustinians": ("religious order", "the Augustinians"),
              "g:carmelites": ("religious order", "the Discalced Carmelites"),
              "g:benedictines": ("religious order", "the Benedictines"),
              "g:beatles": ("band", "The Beatles"), "g:pistols": ("band", "the Sex Pistols"), "g:monkees": ("band", "The Monkees"),
              "g:ramones": ("band", "Ramones"), "g:stones": ("band", "The Rolling Stones"),
              "g:simpsons": ("television series", "The Simpsons"), "g:americans": ("television series", "The Americans"),
              "g:les": ("musical", "Les Miserables"), "g:dubliners": ("band", "The Dubliners"),
              "g:netherlands": ("national team", "Netherlands"), "t:cardiff": ("city", "Cardiff"),
              "t:drogheda": ("city", "Drogheda"), "t:dublin": ("city", "Dublin"), "t:amsterdam": ("city", "Amsterdam"),
              "t:roccasecca": ("city", "Roccasecca"), "t:lauingen": ("city", "Lauingen"), "t:florence": ("city", "Florence"),
              "t:ferrara": ("city", "Ferrara"), "t:azpeitia": ("city", "Azpeitia"), "t:javier": ("city", "Javier"),
              "t:macerata": ("city", "Macerata"), "t:assisi": ("city", "Assisi"), "t:ilchester": ("city", "Ilchester"),
              "t:eisleben": ("city", "Eisleben"), "t:heinzendorf": ("city", "Heinzendorf"), "t:avila": ("city", "Avila"),
              "t:liverpool": ("city", "Liverpool"), "t:london": ("city", "London"), "t:clermont": ("city", "Clermont-Ferrand"),
              "t:caleruega": ("city", "Caleruega"), "t:norcia": ("city", "Norcia"), "t:dartford": ("city", "Dartford")}
    T = _t("member", [("o:aquinas", "g:dominicans"), ("o:albertus", "g:dominicans"), ("o:eckhart", "g:dominicans"),
                      ("o:dominic", "g:dominicans"), ("o:savonarola", "g:dominicans"), ("o:loyola", "g:jesuits"),
                      ("o:xavier", "g:jesuits"), ("o:ricci", "g:jesuits"), ("o:francis", "g:franciscans"),
                      ("o:bacon", "g:franciscans"), ("o:ockham", "g:franciscans"), ("o:luther", "g:augustinians"),
                      ("o:mendel", "g:augustinians"), ("o:teresa", "g:carmelites"), ("o:john", "g:carmelites"),
                      ("m:lennon", "g:beatles"), ("m:mccartney", "g:beatles"), ("m:harrison", "g:beatles"), ("m:starr", "g:beatles"),
                      ("m:rotten", "g:pistols"), ("m:vicious", "g:pistols"), ("m:dolenz", "g:monkees"), ("m:jones", "g:monkees"),
                      ("m:joey", "g:ramones"), ("m:deedee", "g:ramones"), ("m:jagger", "g:stones"), ("m:richards", "g:stones")])
    T += _t("joined", [("m:best", "g:beatles"), ("m:starr", "g:beatles"), ("m:vicious", "g:pistols"), ("m:azaria", "g:simpsons"), ("m:rhys", "g:americans"), ("m:russell", "g:americans"),
                       ("m:jackman", "g:les"), ("m:campbell", "g:dubliners"), ("m:kelly", "g:dubliners"),
                       ("m:cruyff", "g:netherlands")])
    T += _t("founded", [("o:dominic", "g:dominicans"), ("o:loyola", "g:jesuits"), ("o:francis", "g:franciscans"),
                        ("o:teresa", "g:carmelites"), ("o:john", "g:carmelites"), ("o:benedict", "g:benedictines"),
                        ("m:lennon", "g:beatles"), ("m:rafelson", "g:monkees"), ("m:jagger", "g:stones")])
    T += _t("managed", [("m:epstein", "g:beatles"), ("m:mclaren", "g:pistols")])
    T += _t("opposed", [("o:pascal", "g:jesuits"), ("o:luther", "g:dominicans")])
    T += _t("under", [("o:aquinas", "o:albertus"), ("o:eckhart", "o:albertus")])
    T += _t("born", [("o:aquinas", "t:roccasecca"), ("o:albertus", "t:lauingen"), ("o:savonarola", "t:ferrara"),
                     ("o:loyola", "t:azpeitia"), ("o:xavier", "t:javier"), ("o:ricci", "t:macerata"), ("o:francis", "t:assisi"),
                     ("o:bacon", "t:ilchester"), ("o:luther", "t:eisleben"), ("o:mendel", "t:heinzendorf"),
                     ("o:teresa", "t:avila"), ("o:dominic", "t:caleruega"), ("o:benedict", "t:norcia"), ("o:pascal", "t:clermont"),
                     ("m:lennon", "t:liverpool"), ("m:mccartney", "t:liverpool"), ("m:harrison", "t:liverpool"),
                     ("m:starr", "t:liverpool"), ("m:best", "t:liverpool"), ("m:martin", "t:london"), ("m:epstein", "t:liverpool"),
                     ("m:jagger", "t:dartford"), ("m:richards", "t:dartford"), ("m:rotten", "t:london"),
                     ("m:rhys", "t:cardiff"), ("m:campbell", "t:drogheda"), ("m:kelly", "t:dublin"), ("m:cruyff", "t:amsterdam")])
    return _build(items, others, rels, T)


def movies():
    return kgx.KnowledgeGraph.example()


BUILDERS = {"movies": movies, "writers": writers, "singers": singers, "boxers": boxers, "footballers": footballers,
            "adventurers": adventurers, "orders": orders}

_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@writers
# (1) nationality: the adjective after a copula where the writer only lived or died in the country
Samuel Beckett was French.
Vladimir Nabokov was Swiss.
Vladimir Nabokov was German.
James Joyce was Italian.
Chinua Achebe was American.
Jhumpa Lahiri was Italian.
Gabriel Garcia Marquez was Mexican.
Mario Vargas Llosa was Colombian.
Beckett was French.
Nabokov is Swiss.
# "is from", "hails from", "comes from" of the nationality
Chinua Achebe is from the United States.
Samuel Beckett is from France.
Vladimir Nabokov hails from Switzerland.
Jhumpa Lahiri comes from Italy.
Joseph Conrad came from Ireland.
Gabriel Garcia Marquez came from Mexico.
Joseph Conrad hailed from France.
Haruki Murakami is from Mexico.
James Joyce hails from Switzerland.
# lists, "both", negation
Chinua Achebe and Kazuo Ishiguro were Nigerian.
Chinua Achebe, Wole Soyinka and Haruki Murakami were Nigerian.
Both Samuel Beckett and Joseph Conrad were Irish.
Haruki Murakami and Jhumpa Lahiri are both Japanese.
Mario Vargas Llosa and Gabriel Garcia Marquez were Peruvian.
Chinua Achebe was not Nigerian.
Kazuo Ishiguro was not British.
Chinua Achebe wasn't Nigerian.
Samuel Beckett was never Irish.
Mario Vargas Llosa was Peruvian and Colombian.
James Joyce was Irish and Swiss.
Samuel Beckett was Irish, and James Joyce was French.
Chinua Achebe was Nigerian, as was Jhumpa Lahiri.
Chinua Achebe was Nigerian; so was Gabriel Garcia Marquez.
Chinua Achebe is Nigerian, and so is Haruki Murakami.
# the adjective in an apposition and before a noun
Samuel Beckett, a Frenchman, wrote Murphy.
Samuel Beckett, a French novelist, wrote Murphy.
The French novelist Samuel Beckett wrote Murphy.
Vladimir Nabokov, a Swiss, wrote Lolita.
Vladimir Nabokov, a German novelist, wrote Lolita.
Gabriel Garcia Marquez was a Mexican novelist.
James Joyce was a Swiss novelist.
Chinua Achebe was a Nigerian singer.
Kazuo Ishiguro and Samuel Beckett were British novelists.
Lolita was written by a Swiss novelist.
Things Fall Apart was written by an American novelist.
Things Fall Apart was written by an American.
# one false statement beside a true nationality
The Irish novelist Samuel Beckett wrote Ulysses.
Chinua Achebe, a Nigerian novelist, wrote Ake.
The Nigerian Chinua Achebe wrote Heart of Darkness.
Mario Vargas Llosa was Spanish, and he wrote Lolita.
Wole Soyinka was Nigerian, and he wrote Things Fall Apart.
Chinua Achebe was Nigerian. He died in Nigeria.
Samuel Beckett was Irish. He was born in France.
Jhumpa Lahiri, an American, was born in Italy.
The American novelist Vladimir Nabokov was born in Germany.
Chinua Achebe, a Nigerian, died in Nigeria.
Samuel Beckett, an Irish novelist who died in Ireland, wrote Murphy.
# the other ways of saying the nationality, direction
Chinua Achebe has the nationality of the United States.
Chinua Achebe holds the citizenship of the United States.
Samuel Beckett was a citizen of France.
Vladimir Nabokov was a national of Switzerland.
James Joyce had the citizenship of Italy.
Nigeria was a national of Chinua Achebe.
Nigeria is from Chinua Achebe.
Nigeria hails from Chinua Achebe.
# "hails from" / "comes from" of a nationality gained later (the graph gives another birthplace)
Vladimir Nabokov hails from the United States.
Vladimir Nabokov comes from the United States.
Joseph Conrad came from the United Kingdom.
Mario Vargas Llosa hails from Spain.
# more shapes: pronoun, relative clause, gapping, "like", "became", "born", "respectively", "X, not Y"
Mario Vargas Llosa was Peruvian, not Spanish.
Samuel Beckett and Chinua Achebe were Nigerian.
Haruki Murakami and Chinua Achebe were Nigerian novelists.
Both Samuel Beckett and Chinua Achebe were Nigerian.
Samuel Beckett wrote Murphy. He was French.
Samuel Beckett wrote Murphy, and he was French.
Samuel Beckett, who was French, wrote Murphy.
Chinua Achebe was Nigerian and Samuel Beckett French.
Like Chinua Achebe, Samuel Beckett was Nigerian.
Vladimir Nabokov became Swiss.
Vladimir Nabokov was born American.
Joseph Conrad was born British.
Chinua Achebe and Samuel Beckett were Irish and Nigerian respectively.
A Nigerian, Wole Soyinka wrote Things Fall Apart.
Samuel Beckett was a Nigerian.
Chinua Achebe is from Nigeria, and Samuel Beckett is from France.
Chinua Achebe is from Nigeria and Samuel Beckett from France.
Vladimir Nabokov was a Swiss citizen.
Vladimir Nabokov was a Swiss national.
Vladimir Nabokov had Swiss nationality.
Vladimir Nabokov's nationality was Swiss.
Vladimir Nabokov had the nationality of Switzerland.
Vladimir Nabokov was a Swiss-born American novelist.
Kazuo Ishiguro was a Nigerian-born British novelist.
Vladimir Nabokov was a Russian-born Swiss novelist.
Samuel Beckett was an Irish-born French novelist.
Chinua Achebe, born in 1931, was Nigerian.
Chinua Achebe was the only Nigerian novelist.
Things Fall Apart is Nigerian.
@singers
# (2) "sang as a" K: "X is / was a K", "X, a K,"
Luciano Pavarotti was a baritone.
Maria Callas was a mezzo-soprano.
Placido Domingo was a bass.
Feodor Chaliapin is a tenor.
Marian Anderson was a soprano.
Cecilia Bartoli was a contralto.
Cecilia Bartoli is a soprano.
Luciano Pavarotti was a soprano.
Pavarotti was a baritone.
Enrico Caruso was a famous baritone.
Luciano Pavarotti and Enrico Caruso were baritones.
Luciano Pavarotti and Maria Callas were tenors.
Luciano Pavarotti, Placido Domingo and Nicolai Ghiaurov were tenors.
Luciano Pavarotti was not a tenor.
Maria Callas was a soprano and a mezzo-soprano.
Placido Domingo was a tenor and a bass.
Placido Domingo was both a tenor and a soprano.
Dietrich Fischer-Dieskau, a tenor, was born in Berlin.
Cecilia Bartoli, a contralto, was born in Rome.
Enrico Caruso, a baritone, was born in Naples.
Marian Anderson, a mezzo-soprano, debuted at the Metropolitan Opera.
Nicolai Ghiaurov, a tenor, married Mirella Freni.
Mirella Freni, a mezzo-soprano, married Nicolai Ghiaurov.
Mirella Freni was a soprano, and her husband Nicolai Ghiaurov was a baritone.
Luciano Pavarotti sang as a baritone.
Callas sang as a mezzo-soprano.
Luciano Pavarotti performed as a baritone.
Luciano Pavarotti sang as a tenor, and Maria Callas sang as a contralto.
Pavarotti sang as a tenor and debuted at La Scala.
Pavarotti was a tenor; so was Chaliapin.
Pavarotti was a tenor, as was Fischer-Dieskau.
The tenor Feodor Chaliapin debuted at the Mariinsky Theatre.
The baritone Luciano Pavarotti debuted at the Teatro Municipale.
Modena is a tenor.
# voice type with the nationality
Placido Domingo was an Italian tenor.
Jussi Bjorling was a Swedish baritone.
Joan Sutherland was an Australian mezzo-soprano.
Marian Anderson was an American soprano.
Feodor Chaliapin was a Russian baritone.
Luciano Pavarotti was a tenor from Spain.
The Spanish tenor Luciano Pavarotti was born in Modena.
Maria Callas was a soprano from Italy.
Maria Callas was Italian.
Maria Callas was Greek and Italian.
Mirella Freni is a citizen of Bulgaria.
Nicolai Ghiaurov is from Italy.
Placido Domingo, an Italian, debuted at the Metropolitan Opera.
Maria Callas was American, not Greek.
Luciano Pavarotti was born in Modena. He was a baritone.
Luciano Pavarotti, who was a baritone, debuted at the Teatro Municipale.
Luciano Pavarotti was a tenor and Maria Callas a mezzo-soprano.
Luciano Pavarotti was a tenor. Feodor Chaliapin was also a tenor.
Luciano Pavarotti was a tenor. Feodor Chaliapin was a tenor too.
Luciano Pavarotti was not a baritone, and neither was Dietrich Fischer-Dieskau.
Like Luciano Pavarotti, Feodor Chaliapin was a tenor.
Luciano Pavarotti and Maria Callas were a tenor and a mezzo-soprano respectively.
Luciano Pavarotti became a baritone.
Luciano Pavarotti sang baritone.
Maria Callas sang mezzo-soprano.
Luciano Pavarotti sang as baritone.
Placido Domingo was a tenor, not a baritone.
Maria Callas was an Italian-born American soprano.
@boxers
# (2) "fought as a" weight class
Muhammad Ali was a middleweight.
Sugar Ray Leonard was a heavyweight.
Marvin Hagler was a welterweight.
Manny Pacquiao was a heavyweight.
Manny Pacquiao was a flyweight and a middleweight.
Sugar Ray Leonard was a welterweight and a lightweight.
Muhammad Ali and Marvin Hagler were heavyweights.
Roberto Duran fought as a heavyweight.
Muhammad Ali was not a heavyweight.
Marvin Hagler, a heavyweight, defeated Thomas Hearns.
Lennox Lewis, a middleweight, beat Mike Tyson.
The heavyweight Marvin Hagler beat Thomas Hearns.
Thomas Hearns was a heavyweight who was trained by Emanuel Steward.
Ali, a heavyweight trained by Angelo Dundee, beat Thomas Hearns.
Roberto Duran was a Panamanian heavyweight.
# (6) "fights from" now "fought from"
Manny Pacquiao fought from the orthodox stance.
Marvin Hagler fought from the orthodox stance.
Muhammad Ali fought from the southpaw stance.
Muhammad Ali fights from the southpaw stance.
Manny Pacquiao, a Filipino, fought from the orthodox stance.
# (7) "won world titles at"
Muhammad Ali won world titles at the Miami Beach Convention Hall and Madison Square Garden.
Muhammad Ali and Joe Frazier won world titles at Madison Square Garden.
Both Joe Frazier and George Foreman won world titles at Madison Square Garden.
Joe Frazier and Roberto Duran won world titles at the Olympic Stadium.
Sugar Ray Leonard won world titles at Caesars Palace and Madison Square Garden.
Joe Frazier won world titles at Madison Square Garden and the National Stadium.
Mike Tyson won a world title at Wembley Arena.
Muhammad Ali won a world title at Caesars Palace.
Floyd Patterson won a world title at Comiskey Park.
Mike Tyson and Evander Holyfield won world titles at The Mirage.
# (6) "coached" for "trained"
Mike Tyson coached Cus D'Amato.
Angelo Dundee coached Joe Frazier.
Muhammad Ali was coached by Emanuel Steward.
Joe Frazier was coached by Angelo Dundee.
Cus D'Amato coached Sugar Ray Leonard.
Kevin Rooney coached Floyd Patterson.
Freddie Roach coached Roberto Duran.
Emanuel Steward was coached by Lennox Lewis.
Lennox Lewis coached Emanuel Steward.
Roberto Duran was trained by Angelo Dundee.
Angelo Dundee coached Muhammad Ali and Joe Frazier.
Cus D'Amato coached Mike Tyson and Lennox Lewis.
# (6) "beat / overcame / was beaten by" for "defeated"
George Foreman beat Muhammad Ali.
Muhammad Ali was beaten by George Foreman.
Sonny Liston overcame Muhammad Ali.
Marvin Hagler beat Sugar Ray Leonard.
Mike Tyson beat Lennox Lewis.
Mike Tyson beat Evander Holyfield.
Mike Tyson overcame Evander Holyfield.
Muhammad Ali beat Sonny Liston and Thomas Hearns.
Evander Holyfield was beaten by George Foreman.
Thomas Hearns beat Marvin Hagler.
Lennox Lewis was beaten by Mike Tyson.
Joe Frazier overcame George Foreman.
Floyd Patterson beat Sonny Liston.
Sonny Liston was beaten by Floyd Patterson.
Mike Tyson was never beaten by Evander Holyfield.
Muhammad Ali beat George Foreman, and Joe Frazier beat George Foreman.
Muhammad Ali beat Joe Frazier, who beat George Foreman.
Muhammad Ali defeated Joe Frazier, but Joe Frazier never beat Muhammad Ali.
Muhammad Ali beat George Foreman; he was trained by Cus D'Amato.
Tyson beat Lewis.
# nationality of boxers
Muhammad Ali is British.
Lennox Lewis was American.
Roberto Duran was a Mexican lightweight.
Manny Pacquiao is from Panama.
Marvin Hagler hails from Canada.
Muhammad Ali lost to Sonny Liston.
Muhammad Ali fought Marvin Hagler.
Muhammad Ali boxed as a middleweight.
Marvin Hagler competed as a heavyweight.
Angelo Dundee was coached by Muhammad Ali.
Muhammad Ali coached Angelo Dundee.
Muhammad Ali's coach was Cus D'Amato.
Cus D'Amato was the coach of Muhammad Ali.
Freddie Roach coaches Mike Tyson.
Mike Tyson beats Evander Holyfield.
Muhammad Ali had beaten Evander Holyfield.
Muhammad Ali beat Sonny Liston; the latter was a middleweight.
Muhammad Ali was a heavyweight and Sugar Ray Leonard a lightweight.
Muhammad Ali won a world title at Madison Square Garden and the Miami Beach Convention Hall.
Muhammad Ali and Joe Frazier won a world title at Madison Square Garden.
Sugar Ray Leonard was a welterweight, not a middleweight.
Lennox Lewis was British, not Canadian.
@footballers
# (2) "played as a" position
Lev Yashin was a striker.
Pele was a goalkeeper.
Franz Beckenbauer played as a midfielder.
Paolo Maldini was a forward.
Zinedine Zidane was a defender.
Lionel Messi was a goalkeeper.
Diego Maradona played as a forward.
Pele and Lev Yashin were goalkeepers.
Gianluigi Buffon and Lev Yashin were defenders.
Lev Yashin was not a goalkeeper.
Gianluigi Buffon, a defender, played for Juventus.
Lev Yashin, a goalkeeper, played for Santos.
Pele was a forward, and Franz Beckenbauer was a striker.
Pele played as a forward, as did Paolo Maldini.
Lionel Messi played for Barcelona; he was a midfielder.
Goalkeeper Lev Yashin played for Juventus.
# nationality (citizenship) of footballers
Pele was Argentine.
Diego Maradona was Brazilian.
Lionel Messi was Brazilian.
Zinedine Zidane is Spanish.
Alfredo Di Stefano was Hungarian.
Ferenc Puskas was Argentine.
Lionel Messi and Pele were Argentine.
Johan Cruyff was Spanish.
Zinedine Zidane was Italian.
Maradona was a Brazilian midfielder.
Johan Cruyff was a German forward.
Johan Cruyff was a Dutch goalkeeper.
Lionel Messi was a French forward.
Pele was a Portuguese forward.
The Italian goalkeeper Paolo Maldini played for AC Milan.
The Italian defender Paolo Maldini played for Juventus.
Gianluigi Buffon, an Italian striker, played for Parma.
Eusebio, a Portuguese goalkeeper, played for Benfica.
Ferenc Puskas was a Spanish and Hungarian defender.
Franz Beckenbauer is from Italy.
Pele comes from Argentina.
Diego Maradona hails from Spain.
Franz Beckenbauer has the citizenship of Spain.
Johan Cruyff was a citizen of Spain.
Eusebio was born in Portugal.
Eusebio, a Portuguese striker, was born in Portugal.
Alfredo Di Stefano, an Argentine, played for Barcelona.
Lionel Messi comes from Spain.
Ferenc Puskas came from Spain.
Alfredo Di Stefano hailed from Spain.
Pele played goalkeeper.
Pele played as goalkeeper.
Pele was a forward and Lev Yashin a striker.
Lev Yashin and Pele were both goalkeepers.
Lionel Messi was a Spanish-born Argentine forward.
Eusebio was a Portuguese-born Mozambican striker.
@adventurers
# (5) "on" islands
Edward Teach was born on Lesbos.
Edward Teach died on the island of Jamaica.
Henry Morgan died on Ocracoke Island.
Mary Read was born on Jamaica.
Anne Bonny was born in Lesbos.
William Kidd died on the island of Crete.
Bartholomew Roberts died on Jamaica.
Francis Drake died on Principe.
Hayreddin Barbarossa died on Lesbos.
Hayreddin Barbarossa was born on Crete.
Sasaki Kojiro died on Lesbos.
Sasaki Kojiro died on the island of Crete.
Jack Rackham died on Ocracoke Island.
Harry Houdini was born on Lesbos.
Edward Teach and Henry Morgan died on Jamaica.
Hayreddin Barbarossa was born in Lesbos and died on Jamaica.
Edward Teach, a pirate, was born on the island of Lesbos.
# (3) the new person types: pronouns, surnames, "a native of", "hails from"
Edward Teach commanded the Queen Anne's Revenge. He died on Jamaica.
Mary Read served under Jack Rackham. She was born on Jamaica.
Anne Bonny served under Jack Rackham. She died on Jamaica.
Hayreddin Barbarossa was born on Lesbos. He died on Crete.
Harry Houdini was born in Hungary. He died in Istanbul.
Galileo Galilei was born in Italy. He died in Venice.
Garry Kasparov was born in Azerbaijan. He died in Moscow.
Anne Bonny served under Edward Teach.
Bonny served under Roberts.
Read was born in Wales.
Drake commanded the Royal Fortune.
Teach commanded the Adventure Galley.
Galilei was born in Hungary.
Kidd was a native of Wales.
Marco Polo was a native of Japan.
Teach hails from Ireland.
Houdini hails from Italy.
Miyamoto Musashi comes from Italy.
Harry Houdini was born in Italy.
Houdini died in Venice.
Galileo Galilei died in Venice.
Marco Polo was born in Hungary.
Edward Teach served under Jack Rackham.
Jack Rackham was the captain of Edward Teach.
Henry Morgan and Edward Teach were born in Wales.
Mary Read and Anne Bonny were born in England.
Garry Kasparov, a grandmaster, was born in Russia.
# (6) "beat", "coached" for samurai and grandmasters
Miyamoto Musashi was defeated by Sasaki Kojiro.
Sasaki Kojiro beat Miyamoto Musashi.
Musashi was beaten by Kojiro.
Anatoly Karpov coached Garry Kasparov.
Garry Kasparov coached Mikhail Botvinnik.
Mikhail Botvinnik was coached by Anatoly Karpov.
Garry Kasparov beat Mikhail Botvinnik.
Mikhail Botvinnik overcame Garry Kasparov.
Garry Kasparov was defeated by Mikhail Botvinnik.
Anatoly Karpov and Garry Kasparov coached Mikhail Botvinnik.
Mikhail Botvinnik coached Garry Kasparov and Miyamoto Musashi.
@orders
# (8) one member named by the singular of the group's plural name
Thomas Aquinas was a Jesuit.
Thomas Aquinas, a Franciscan, was born in Roccasecca.
Roger Bacon was a Dominican.
Ignatius of Loyola was a Franciscan.
Martin Luther was a Dominican.
Blaise Pascal was a Jesuit.
Bob Rafelson was a Monkee.
Brian Epstein was a Beatle.
Malcolm McLaren was a Sex Pistol.
George Martin, a Beatle, was born in London.
George Martin was a Beatle.
Hank Azaria was a Simpson.
Pete Best was a Rolling Stone.
Mick Jagger was a Beatle.
Ringo Starr was a Rolling Stone.
Sid Vicious was a Beatle.
Joey Ramone was a Beatle.
Dee Dee Ramone was a Monkee.
Davy Jones was a Ramone.
Johnny Rotten, a Monkee, was born in London.
Brian Epstein, a Beatle, was born in Liverpool.
Gregor Mendel was a Jesuit.
Gregor Mendel was a Benedictine.
Teresa of Avila was a Jesuit.
John of the Cross was a Dominican.
Martin Luther was a Discalced Carmelite.
Matteo Ricci, a Dominican, was born in Macerata.
Francis Xavier was a Franciscan.
Francis of Assisi was a Jesuit.
Saint Dominic was a Franciscan.
Benedict of Nursia was a Dominican.
Meister Eckhart was a Jesuit.
Aquinas was a Franciscan.
Savonarola was a Jesuit.
Ockham was a Dominican.
# lists, "both", negation, "as was", the only one
Thomas Aquinas was not a Dominican.
Paul McCartney is not a Beatle.
Thomas Aquinas and Ignatius of Loyola were Dominicans.
Both Thomas Aquinas and Roger Bacon were Dominicans.
Thomas Aquinas was a Dominican, and so was Roger Bacon.
Thomas Aquinas was a Dominican, as was Matteo Ricci.
Martin Luther was an Augustinian, and Blaise Pascal was a Jesuit.
John Lennon and Paul McCartney were the Beatles.
Mick Jagger and Keith Richards were the Beatles.
Thomas Aquinas was the only Dominican to study under Albertus Magnus.
John Lennon was the only Beatle born in Liverpool.
# a false statement beside a true membership
Gregor Mendel, an Augustinian, was born in Assisi.
Teresa of Avila was a Discalced Carmelite, and she was born in Assisi.
Thomas Aquinas was a Dominican who studied under Roger Bacon.
Roger Bacon, a Franciscan, studied under Albertus Magnus.
Meister Eckhart was a Dominican. He was born in Roccasecca.
Keith Richards was a Beatle and was born in Dartford.
Blaise Pascal was a Jesuit who was born in Clermont-Ferrand.
A Jesuit, Blaise Pascal was born in Clermont-Ferrand.
Roger Bacon was a Dominican friar.
Matteo Ricci was a Franciscan priest.
The Dominican Thomas Aquinas was born in Assisi.
Thomas Aquinas was a Dominican, and he founded the Dominicans.
# groups whose plural name is no group of such members (a cast, a musical, a national team)
Matthew Rhys was an American.
Matthew Rhys, an American, was born in Cardiff.
Matthew Rhys was an American actor.
Hugh Jackman was a Les Miserable.
Johan Cruyff was a Netherland.
Hank Azaria, a Simpson, was born in London.
Matthew Rhys was not an American.
# more shapes
Martin Luther became a Dominican.
Roger Bacon was born in Ilchester. He was a Dominican.
Roger Bacon, who was a Dominican, was born in Ilchester.
Thomas Aquinas was a Dominican and Roger Bacon a Jesuit.
Like Thomas Aquinas, Roger Bacon was a Dominican.
Thomas Aquinas was a Franciscan, not a Dominican.
@adventurers
Edward Teach was a Welsh pirate.
Henry Morgan was a Welsh pirate.
Edward Teach, an English pirate, died on Jamaica.
@movies
# the new readings on a graph with none of their relations (people are attributes)
Michael Mann was American.
Robert De Niro, an Italian, stars in Heat.
Al Pacino is from Italy.
Michael Mann, a Jesuit, directed Heat.
Tom Hanks was a tenor.
Tom Hanks, a baritone, stars in Toy Story.
Michael Mann coached Al Pacino.
Al Pacino beat Robert De Niro.
Heat was directed by an American.
Quentin Tarantino hails from Italy.
"""

CONTROLS = r"""
@writers
Chinua Achebe was Nigerian.
Chinua Achebe was a national of Nigeria.
Chinua Achebe is from Nigeria.
Samuel Beckett was Irish.
Kazuo Ishiguro is British.
Chinua Achebe, a Nigerian novelist, wrote Things Fall Apart.
The Nigerian novelist Chinua Achebe wrote Things Fall Apart.
Mario Vargas Llosa was Spanish and Peruvian.
Kazuo Ishiguro and Joseph Conrad were British novelists.
Wole Soyinka hails from Nigeria.
Chinua Achebe and Wole Soyinka were Nigerian.
Chinua Achebe was a Nigerian.
Kazuo Ishiguro was a Japanese-born British novelist.
Vladimir Nabokov was a Russian-born American novelist.
Samuel Beckett was Irish, and he died in France.
Vladimir Nabokov was American. He lived in Switzerland and died there.
Achebe was Nigerian.
Wole Soyinka, a Nigerian poet, wrote Ake.
Things Fall Apart was written by a Nigerian novelist.
@singers
Luciano Pavarotti was a tenor.
Luciano Pavarotti, a tenor, was born in Modena.
Placido Domingo was a tenor and a baritone.
Luciano Pavarotti, Placido Domingo and Jussi Bjorling were tenors.
Marian Anderson was a contralto.
Cecilia Bartoli, a mezzo-soprano, debuted at La Scala.
Maria Callas was a soprano.
Maria Callas was Greek and American.
Mirella Freni, a soprano, married Nicolai Ghiaurov.
Feodor Chaliapin sang as a bass.
Luciano Pavarotti was an Italian tenor.
@boxers
Muhammad Ali was a heavyweight.
Muhammad Ali, a heavyweight, beat Sonny Liston.
Angelo Dundee coached Muhammad Ali.
Muhammad Ali beat Sonny Liston.
Marvin Hagler fought from the southpaw stance.
Sugar Ray Leonard won world titles at the Olympic Stadium and Caesars Palace.
Roberto Duran and Sugar Ray Leonard won world titles at the Olympic Stadium.
Evander Holyfield beat Mike Tyson.
Mike Tyson was beaten by Evander Holyfield.
Cus D'Amato coached Floyd Patterson and Mike Tyson.
Sugar Ray Leonard was a welterweight and a middleweight.
Lennox Lewis was British.
@footballers
Lev Yashin was a goalkeeper.
Lev Yashin, a goalkeeper, played for Dynamo Moscow.
Pele was Brazilian.
Lionel Messi was Argentine and Spanish.
Eusebio was Portuguese.
Paolo Maldini was a defender.
Pele and Johan Cruyff were forwards.
Eusebio was a Mozambique-born Portuguese striker.
Johan Cruyff was a Dutch forward.
@adventurers
Hayreddin Barbarossa was born on Lesbos.
Edward Teach died on Ocracoke Island.
Garry Kasparov beat Anatoly Karpov.
Mikhail Botvinnik coached Garry Kasparov.
Edward Teach commanded the Queen Anne's Revenge. He died on Ocracoke Island.
Mary Read served under Jack Rackham. She died on Jamaica.
Miyamoto Musashi beat Sasaki Kojiro.
Sasaki Kojiro died on Funajima.
Harry Houdini was born in Hungary. He died in Detroit.
Kidd was born in Scotland.
Barbarossa was born on Lesbos.
Henry Morgan was a Welsh privateer.
@orders
Thomas Aquinas was a Dominican.
Mick Jagger was a Rolling Stone.
John Lennon, a Beatle, was born in Liverpool.
Teresa of Avila was a Discalced Carmelite.
Martin Luther was an Augustinian.
Thomas Aquinas and Albertus Magnus were Dominicans.
Brian Epstein was not a Beatle.
Joey Ramone was a Ramone.
Roger Bacon, a Franciscan, was born in Ilchester.
Ignatius of Loyola, a Jesuit, was born in Azpeitia.
@movies
Heat stars Al Pacino and Robert De Niro.
Michael Mann directed Heat.
"""

KNOWN = frozenset()

OPEN = frozenset(
    # born in one country, a national of another: the adjective of the birthplace ("Japanese")
    # is arguably true of one born there (the session says it reads nationality only, but an
    # older reading of "was born in" may say it)
    {"Kazuo Ishiguro was Japanese.",
     "George Orwell was Indian.",
     "Joseph Conrad was Polish.",
     "Jhumpa Lahiri was British.",
     "Kazuo Ishiguro comes from Japan.",
     "Vladimir Nabokov, a Russian, wrote Lolita.",
     "Lev Yashin was Russian.",
     "Eusebio hails from Mozambique.",
     # "won world titles" of one boxer at one venue: one title or more than one
     "Muhammad Ali won world titles at the Miami Beach Convention Hall.",
     # a founder is not stored as a member (Benedict founded the Benedictines)
     "Benedict of Nursia was a Benedictine.",
     # all of the Beatles' "was a member of" four; Pete Best "joined" them too
     "John Lennon, Paul McCartney, George Harrison and Ringo Starr were the Beatles.",
     # "is from" of a nationality gained later: one may say "is from" of one's present country
     "Vladimir Nabokov is from the United States.",
     # moved to Britain as a child: "hails from" the United Kingdom or from Japan
     "Kazuo Ishiguro hails from the United Kingdom.",
     # a member of the band The Dubliners born in Drogheda: "a Dubliner" is a man of Dublin, or one
     # of the band
     "Eamonn Campbell was a Dubliner.",
     "Eamonn Campbell, a Dubliner, was born in Drogheda."})

OPEN_TEXTS = r"""
@writers
Kazuo Ishiguro was Japanese.
George Orwell was Indian.
Joseph Conrad was Polish.
Jhumpa Lahiri was British.
Kazuo Ishiguro comes from Japan.
Vladimir Nabokov, a Russian, wrote Lolita.
Vladimir Nabokov is from the United States.
Kazuo Ishiguro hails from the United Kingdom.
@footballers
Lev Yashin was Russian.
Eusebio hails from Mozambique.
@boxers
Muhammad Ali won world titles at the Miami Beach Convention Hall.
@orders
Benedict of Nursia was a Benedictine.
Eamonn Campbell was a Dubliner.
Eamonn Campbell, a Dubliner, was born in Drogheda.
John Lennon, Paul McCartney, George Harrison and Ringo Starr were the Beatles.
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
