"""Red team round 193 on the three readings of LATEST.diff: (1) "trained under" joins the
teaching phrases ("studied under / with", "was a pupil / student of", "took lessons from", and
"taught" the other way); (2) "they" / "them" (and every "group" reference: "both", "each", "all
four", "both of them") may name one team, band, club or franchise whose name ends in a plural, with
no two items before and no other name after it; (3) "plays in" / "is a member of" an object typed
league, division or conference also reads "is in" / "competes in".

Graphs: the shipped example graph and five of my own (see each builder's docstring): "training"
(racehorses, film dogs and boxers that "trained under" / were "taught" by people), "academy"
(painters, philosophers, pianists in one "studied under" / "taught"), "gym" (boxers "trained
under" trainers who also "taught" boxing: the teaching words are taken), "bands" (bands,
teams, a franchise, a jazz club, a band leader and a team owner as the only items) and "leagues"
(teams in leagues / divisions / conferences, and a superhero, cities, countries, a soldier and an
activist who are members of a league, a division, a conference).

Findings (58 of 220 false texts accepted; 15 arguable texts are OPEN; controls: 58 of 58
accepted). 3 of the 58 were accepted before the diff too (LATEST.diff reversed on a copy of the
code): "Muhammad Ali trains under Angelo Dundee" (present of a past training) and "Batman plays in
the Justice League", "Egypt plays in the Arab League" (the older "is a member of" -> "plays in").
The other 55 are the diff's:

* (1) 15. "trained under" / "taught" makes every teaching phrase true of animals: "living" takes
  horses and dogs for people (ANIMAL_WORDS): "Secretariat studied under Lucien Laurin",
  "Rin Tin Tin was a pupil of Lee Duncan", "Seabiscuit took lessons from Tom Smith", "Pal was a
  student of Rudd Weatherwax", also beside true appositions and conjuncts.
* (2) 26. The one plural-named team answers every "group" reference, not only "they": "both",
  "both of them", "each of them", "both bands", "these teams" after ONE other name before the
  team ("Allen Klein managed the Beatles, and both of them are from Liverpool": Klein is from
  Newark) or a list of two people before it ("Glenn Frey and Don Henley formed the Eagles, and
  each of them is from Los Angeles"); and the type test takes any type with a group word: a band
  leader (typed "band leader": "RCA Victor signed Spike Jones, and both of them were born in Long
  Beach"), a media franchise ("George Lucas created Star Wars, and both of them are distributed by
  20th Century Fox"), a jazz club that is a venue ("Ronnie Scott's").
* (3) 14. "competes in" is given for any subject of "is a member of" a league / division /
  conference (no check on the subject being a team): a superhero in the Justice League, cities of
  the Hanseatic League, countries of the Arab League, a soldier of the 101st Airborne Division,
  Martin Luther King Jr. in the SCLC; past and progressive too ("Batman competed in / is competing
  in the Justice League").

Held: (1) wrong trainer / jockey / owner as teacher, direction, negation, "is a student of" in
the present, noun forms ("was Secretariat's teacher", "learned from", "tutored"), the readings
beside "taught boxing" (blocked), wrong masters for recruits and Jedi, "trained under" for the
wrong painter / philosopher / pianist / direction; (2) wrong statements of the team itself, a
person named after the team, "they" meaning the members ("they were born in"), "all four (of
them)", plural-named films of the example graph; (3) wrong league / division / conference,
lists with one wrong, direction, negation, "no longer", cities and stadiums ("competes in
Chicago", "is in Wrigley Field"), "was expelled from".
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


def training():
    """(1) "trained under" / "taught" between living things and the people who trained them:
    racehorses (typed "horse") and their trainers, film dogs (typed "dog") and theirs, boxers
    (typed "boxer") and their cornermen (typed "coach"), Marine recruits (typed "person") and their
    drill instructor, Jedi (typed "character") and their masters. Besides: "was ridden by" (jockeys),
    "is owned by" (owners), "fought" (boxers), "was born in"."""
    rels = [
        R("trained_under", phrase="trained under", inverse_phrase="taught",
          domain=("horse", "dog", "boxer", "person", "character"), range=("person", "coach", "character")),
        R("ridden_by", phrase="was ridden by", inverse_phrase="rode", domain=("horse",), range=("jockey",)),
        R("owned_by", phrase="was owned by", inverse_phrase="owned", domain=("horse", "dog"), range=("person",)),
        R("fought", phrase="fought", inverse_phrase="fought", domain=("boxer",), range=("boxer",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("boxer", "horse", "dog"),
          range=("city", "country", "farm")),
    ]
    items = {"h:secretariat": ("horse", "Secretariat", 1970), "h:seabiscuit": ("horse", "Seabiscuit", 1933),
             "d:rintintin": ("dog", "Rin Tin Tin", 1918), "d:pal": ("dog", "Pal", 1940),
             "b:ali": ("boxer", "Muhammad Ali", 1942), "b:tyson": ("boxer", "Mike Tyson", 1966),
             "b:frazier": ("boxer", "Joe Frazier", 1944),
             "d:pyle": ("person", "Leonard Lawrence", 1947), "d:joker": ("person", "James Davis", 1947),
             "j:luke": ("character", "Luke Skywalker", 1977), "j:anakin": ("character", "Anakin Skywalker", 1999)}
    others = {"d:hartman": ("person", "Gunnery Sergeant Hartman"), "j:yoda": ("character", "Yoda"),
              "j:obiwan": ("character", "Obi-Wan Kenobi"), "j:quigon": ("character", "Qui-Gon Jinn"),
              "p:laurin": ("person", "Lucien Laurin"), "p:smith": ("person", "Tom Smith"),
              "p:duncan": ("person", "Lee Duncan"), "p:weatherwax": ("person", "Rudd Weatherwax"),
              "c:dundee": ("coach", "Angelo Dundee"), "c:damato": ("coach", "Cus D'Amato"),
              "c:durham": ("coach", "Yank Durham"),
              "j:turcotte": ("jockey", "Ron Turcotte"), "j:pollard": ("jockey", "Red Pollard"),
              "p:chenery": ("person", "Penny Chenery"), "p:howard": ("person", "Charles Howard"),
              "c:louisville": ("city", "Louisville"), "c:brooklyn": ("city", "Brooklyn"),
              "c:beaufort": ("city", "Beaufort"), "f:meadow": ("farm", "the Meadow"),
              "f:claiborne": ("farm", "Claiborne Farm"), "n:france": ("country", "France")}
    T_ = _t("trained_under", [("h:secretariat", "p:laurin"), ("h:seabiscuit", "p:smith"), ("d:rintintin", "p:duncan"),
                              ("d:pal", "p:weatherwax"), ("b:ali", "c:dundee"), ("b:tyson", "c:damato"),
                              ("b:frazier", "c:durham"), ("d:pyle", "d:hartman"), ("d:joker", "d:hartman"),
                              ("j:luke", "j:yoda"), ("j:luke", "j:obiwan"), ("j:anakin", "j:obiwan")])
    T_ += _t("ridden_by", [("h:secretariat", "j:turcotte"), ("h:seabiscuit", "j:pollard")])
    T_ += _t("owned_by", [("h:secretariat", "p:chenery"), ("h:seabiscuit", "p:howard"), ("d:rintintin", "p:duncan"),
                          ("d:pal", "p:weatherwax")])
    T_ += _t("fought", [("b:ali", "b:frazier")])
    T_ += _t("born_in", [("b:ali", "c:louisville"), ("b:tyson", "c:brooklyn"), ("b:frazier", "c:beaufort"),
                         ("h:secretariat", "f:meadow"), ("h:seabiscuit", "f:claiborne"), ("d:rintintin", "n:france")])
    return _build(items, others, rels, T_)


def academy():
    """(1) Teaching between people as the older readings knew it, in one relation "studied under" /
    "taught" (painters, philosophers, pianists), beside "influenced", "succeeded" (the one after the
    other at the Academy) and "was the rival of"."""
    rels = [
        R("studied_under", phrase="studied under", inverse_phrase="taught", domain=("painter", "philosopher", "pianist"),
          range=("painter", "philosopher", "pianist")),
        R("influenced", phrase="influenced", inverse_phrase="was influenced by", domain=("painter", "philosopher"),
          range=("painter", "philosopher")),
        R("succeeded", phrase="succeeded", inverse_phrase="was succeeded by", domain=("philosopher",),
          range=("philosopher",)),
        R("rival", phrase="was the rival of", inverse_phrase="was the rival of", domain=("painter", "pianist"),
          range=("painter", "pianist")),
    ]
    items = {"a:leonardo": ("painter", "Leonardo da Vinci", 1452), "a:verrocchio": ("painter", "Andrea del Verrocchio", 1435),
             "a:michelangelo": ("painter", "Michelangelo", 1475), "a:ghirlandaio": ("painter", "Domenico Ghirlandaio", 1448),
             "a:raphael": ("painter", "Raphael", 1483), "a:perugino": ("painter", "Pietro Perugino", 1446),
             "ph:aristotle": ("philosopher", "Aristotle", -384), "ph:plato": ("philosopher", "Plato", -428),
             "ph:socrates": ("philosopher", "Socrates", -470), "ph:speusippus": ("philosopher", "Speusippus", -408),
             "ph:theophrastus": ("philosopher", "Theophrastus", -371),
             "m:liszt": ("pianist", "Franz Liszt", 1811), "m:czerny": ("pianist", "Carl Czerny", 1791),
             "m:beethoven": ("pianist", "Ludwig van Beethoven", 1770), "m:thalberg": ("pianist", "Sigismond Thalberg", 1812)}
    T_ = _t("studied_under", [("a:leonardo", "a:verrocchio"), ("a:michelangelo", "a:ghirlandaio"), ("a:raphael", "a:perugino"),
                              ("ph:aristotle", "ph:plato"), ("ph:plato", "ph:socrates"), ("ph:theophrastus", "ph:aristotle"),
                              ("m:liszt", "m:czerny"), ("m:czerny", "m:beethoven")])
    T_ += _t("influenced", [("a:leonardo", "a:raphael"), ("ph:socrates", "ph:aristotle")])
    T_ += _t("succeeded", [("ph:speusippus", "ph:plato")])
    T_ += _t("rival", [("a:michelangelo", "a:leonardo"), ("m:liszt", "m:thalberg")])
    return _build(items, {}, rels, T_)


def gym():
    """(1) "trained under" / "taught" between boxers and trainers beside "taught" a sport or a
    subject (the trainers taught boxing; a schoolteacher taught mathematics to nobody named): the
    teaching words are then taken by the other relation."""
    rels = [
        R("trained_under", phrase="trained under", inverse_phrase="taught", domain=("boxer",), range=("coach",)),
        R("taught_subject", phrase="taught", inverse_phrase="was taught by", domain=("coach", "person"),
          range=("sport", "subject")),
    ]
    items = {"b:ali": ("boxer", "Muhammad Ali", 1942), "b:tyson": ("boxer", "Mike Tyson", 1966)}
    others = {"c:dundee": ("coach", "Angelo Dundee"), "c:damato": ("coach", "Cus D'Amato"),
              "p:martin": ("person", "Joe Martin"), "s:boxing": ("sport", "boxing"), "s:math": ("subject", "mathematics"),
              "p:teacher": ("person", "Walter White")}
    T_ = _t("trained_under", [("b:ali", "c:dundee"), ("b:tyson", "c:damato")])
    T_ += _t("taught_subject", [("c:dundee", "s:boxing"), ("c:damato", "s:boxing"), ("p:martin", "s:boxing"),
                                ("p:teacher", "s:math")])
    return _build(items, others, rels, T_)


def bands():
    """(2) Groups named in the plural, each the only item of its text: bands (typed "band"), teams
    (typed "team"), a media franchise (typed "franchise": Star Wars), a jazz club (typed "jazz
    club": a venue, Ronnie Scott's), a band leader and a team owner who are items (typed "band
    leader", "team owner": Spike Jones, Jerry Jones); people, cities, labels, songs, stadiums and
    leagues as attributes."""
    rels = [
        R("from", phrase="is from", inverse_phrase="is the home of", domain=("band", "team", "person", "band leader"),
          range=("city",)),
        R("formed_by", phrase="was formed by", inverse_phrase="formed", domain=("band",), range=("musician",)),
        R("managed_by", phrase="was managed by", inverse_phrase="managed", domain=("band", "team"),
          range=("manager",)),
        R("signed", phrase="was signed by", inverse_phrase="signed", domain=("band", "band leader"), range=("record label",)),
        R("recorded", phrase="recorded", inverse_phrase="was recorded by", domain=("band", "band leader"), range=("song",)),
        R("wrote", phrase="wrote", inverse_phrase="was written by", domain=("musician",), range=("song",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
          domain=("musician", "manager", "team owner", "band leader"), range=("city",)),
        R("plays_at", phrase="plays at", inverse_phrase="is the home ground of", domain=("team",), range=("stadium",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("team",), range=("team owner", "person")),
        R("league", phrase="plays in", inverse_phrase="includes the team", domain=("team",), range=("league",)),
        R("created_by", phrase="was created by", inverse_phrase="created", domain=("franchise",), range=("person",)),
        R("distributed", phrase="is distributed by", inverse_phrase="distributes", domain=("franchise",),
          range=("studio",)),
        R("located", phrase="is located in", inverse_phrase="is the home of the club", domain=("jazz club",),
          range=("district",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("jazz club",), range=("musician",)),
    ]
    items = {"b:beatles": ("band", "the Beatles", 1960), "b:eagles": ("band", "the Eagles", 1971),
             "t:cubs": ("team", "the Chicago Cubs", 1876), "t:cowboys": ("team", "the Dallas Cowboys", 1960),
             "f:starwars": ("franchise", "Star Wars", 1977), "v:ronnie": ("jazz club", "Ronnie Scott's", 1959),
             "l:spike": ("band leader", "Spike Jones", 1911), "o:jones": ("team owner", "Jerry Jones", 1942)}
    others = {"m:lennon": ("musician", "John Lennon"), "m:mccartney": ("musician", "Paul McCartney"),
              "m:starr": ("musician", "Ringo Starr"), "m:frey": ("musician", "Glenn Frey"),
              "m:henley": ("musician", "Don Henley"), "m:scott": ("musician", "Ronnie Scott"),
              "m:king": ("musician", "Pete King"), "m:weaver": ("musician", "Doodles Weaver"),
              "g:epstein": ("manager", "Brian Epstein"), "g:klein": ("manager", "Allen Klein"),
              "g:azoff": ("manager", "Irving Azoff"), "g:maddon": ("manager", "Joe Maddon"),
              "g:landry": ("manager", "Tom Landry"),
              "p:ricketts": ("team owner", "Tom Ricketts"), "p:lucas": ("person", "George Lucas"),
              "c:liverpool": ("city", "Liverpool"), "c:la": ("city", "Los Angeles"), "c:detroit": ("city", "Detroit"),
              "c:gilmer": ("city", "Gilmer"), "c:chicago": ("city", "Chicago"), "c:dallas": ("city", "Dallas"),
              "c:newark": ("city", "Newark"), "c:omaha": ("city", "Omaha"), "c:longbeach": ("city", "Long Beach"),
              "c:danville": ("city", "Danville"), "c:hazleton": ("city", "Hazleton"), "c:stlouis": ("city", "St. Louis"),
              "r:emi": ("record label", "EMI"), "r:asylum": ("record label", "Asylum Records"),
              "r:rca": ("record label", "RCA Victor"),
              "s:yesterday": ("song", "Yesterday"), "s:help": ("song", "Help!"), "s:hotel": ("song", "Hotel California"),
              "s:dfuehrer": ("song", "Der Fuehrer's Face"),
              "st:wrigley": ("stadium", "Wrigley Field"), "st:att": ("stadium", "AT&T Stadium"),
              "lg:nl": ("league", "the National League"), "lg:nfl": ("league", "the NFL"),
              "y:fox": ("studio", "20th Century Fox"), "x:soho": ("district", "Soho")}
    T_ = _t("from", [("b:beatles", "c:liverpool"), ("b:eagles", "c:la"), ("t:cubs", "c:chicago"),
                     ("t:cowboys", "c:dallas"), ("l:spike", "c:longbeach")])
    T_ += _t("formed_by", [("b:beatles", "m:lennon"), ("b:beatles", "m:mccartney"), ("b:eagles", "m:frey"),
                           ("b:eagles", "m:henley")])
    T_ += _t("managed_by", [("b:beatles", "g:epstein"), ("b:beatles", "g:klein"), ("b:eagles", "g:azoff"),
                            ("t:cubs", "g:maddon"), ("t:cowboys", "g:landry")])
    T_ += _t("signed", [("b:beatles", "r:emi"), ("b:eagles", "r:asylum"), ("l:spike", "r:rca")])
    T_ += _t("recorded", [("b:beatles", "s:yesterday"), ("b:beatles", "s:help"), ("b:eagles", "s:hotel"),
                          ("l:spike", "s:dfuehrer")])
    T_ += _t("wrote", [("m:mccartney", "s:yesterday"), ("m:lennon", "s:help"), ("m:frey", "s:hotel"),
                       ("m:henley", "s:hotel")])
    T_ += _t("born_in", [("m:lennon", "c:liverpool"), ("m:mccartney", "c:liverpool"), ("m:starr", "c:liverpool"),
                         ("m:frey", "c:detroit"), ("m:henley", "c:gilmer"), ("g:epstein", "c:liverpool"),
                         ("g:klein", "c:newark"), ("g:azoff", "c:danville"), ("g:maddon", "c:hazleton"), ("p:ricketts", "c:omaha"),
                         ("o:jones", "c:la"), ("l:spike", "c:longbeach"), ("m:weaver", "c:la")])
    T_ += _t("plays_at", [("t:cubs", "st:wrigley"), ("t:cowboys", "st:att")])
    T_ += _t("owned_by", [("t:cubs", "p:ricketts"), ("t:cowboys", "o:jones")])
    T_ += _t("league", [("t:cubs", "lg:nl"), ("t:cowboys", "lg:nfl")])
    T_ += _t("created_by", [("f:starwars", "p:lucas")])
    T_ += _t("distributed", [("f:starwars", "y:fox")])
    T_ += _t("located", [("v:ronnie", "x:soho")])
    T_ += _t("founded_by", [("v:ronnie", "m:scott"), ("v:ronnie", "m:king")])
    return _build(items, others, rels, T_)


def leagues():
    """(3) "plays in" / "is a member of" objects typed "league", "division" or "conference":
    sports teams in leagues and conferences (the Cubs, the Brewers, the Celtics, the Lakers), but
    also a superhero in the Justice League (typed "league"), a city of the Hanseatic League,
    countries of the Arab League, a soldier of the 101st Airborne Division (typed "division"), a
    civil-rights leader of the Southern Christian Leadership Conference (typed "conference").
    Besides: "played in" (a league left), "plays at" (stadiums), "is based in" (cities),
    "was expelled from" (a league)."""
    rels = [
        R("plays_in", phrase="plays in", inverse_phrase="includes the team", domain=("team",),
          range=("league", "division", "conference")),
        R("played_in", phrase="played in", inverse_phrase="once included the team", domain=("team",),
          range=("league",)),
        R("member", phrase="is a member of", inverse_phrase="has as a member",
          domain=("superhero", "city", "country", "soldier", "activist"), range=("league", "division", "conference")),
        R("expelled", phrase="was expelled from", inverse_phrase="expelled", domain=("country",), range=("league",)),
        R("plays_at", phrase="plays at", inverse_phrase="is the home of", domain=("team",), range=("stadium",)),
        R("based_in", phrase="is based in", inverse_phrase="is the home city of", domain=("team",), range=("city",)),
    ]
    items = {"t:cubs": ("team", "the Chicago Cubs", 1876), "t:brewers": ("team", "the Milwaukee Brewers", 1969),
             "t:celtics": ("team", "the Boston Celtics", 1946), "t:lakers": ("team", "the Los Angeles Lakers", 1947),
             "t:yankees": ("team", "the New York Yankees", 1903),
             "s:batman": ("superhero", "Batman", 1939), "s:flash": ("superhero", "the Flash", 1940),
             "c:lubeck": ("city", "Lübeck", 1143), "c:bergen": ("city", "Bergen", 1070),
             "n:egypt": ("country", "Egypt", 1922), "n:syria": ("country", "Syria", 1946),
             "x:winters": ("soldier", "Richard Winters", 1918), "x:king": ("activist", "Martin Luther King Jr.", 1929)}
    others = {"l:nl": ("league", "the National League"), "l:al": ("league", "the American League"),
              "l:nba": ("league", "the NBA"), "d:nlcentral": ("division", "the NL Central"),
              "d:alcentral": ("division", "the AL Central"), "d:aleast": ("division", "the AL East"),
              "f:east": ("conference", "the Eastern Conference"), "f:west": ("conference", "the Western Conference"),
              "l:justice": ("league", "the Justice League"), "l:hansa": ("league", "the Hanseatic League"),
              "l:arab": ("league", "the Arab League"), "d:101": ("division", "the 101st Airborne Division"),
              "f:sclc": ("conference", "the Southern Christian Leadership Conference"),
              "st:wrigley": ("stadium", "Wrigley Field"), "st:miller": ("stadium", "American Family Field"),
              "st:garden": ("stadium", "TD Garden"), "st:crypto": ("stadium", "Crypto.com Arena"),
              "st:yankee": ("stadium", "Yankee Stadium"),
              "c:chicago": ("city", "Chicago"), "c:milwaukee": ("city", "Milwaukee"), "c:boston": ("city", "Boston"),
              "c:la": ("city", "Los Angeles"), "c:nyc": ("city", "New York")}
    T_ = _t("plays_in", [("t:cubs", "l:nl"), ("t:cubs", "d:nlcentral"), ("t:brewers", "l:nl"), ("t:brewers", "d:nlcentral"),
                         ("t:celtics", "l:nba"), ("t:celtics", "f:east"), ("t:lakers", "l:nba"), ("t:lakers", "f:west"),
                         ("t:yankees", "l:al"), ("t:yankees", "d:aleast")])
    T_ += _t("played_in", [("t:brewers", "l:al")])
    T_ += _t("member", [("s:batman", "l:justice"), ("s:flash", "l:justice"), ("c:lubeck", "l:hansa"),
                        ("c:bergen", "l:hansa"), ("n:egypt", "l:arab"), ("n:syria", "l:arab"),
                        ("x:winters", "d:101"), ("x:king", "f:sclc")])
    T_ += _t("expelled", [("n:syria", "l:arab")])
    T_ += _t("plays_at", [("t:cubs", "st:wrigley"), ("t:brewers", "st:miller"), ("t:celtics", "st:garden"),
                          ("t:lakers", "st:crypto"), ("t:yankees", "st:yankee")])
    T_ += _t("based_in", [("t:cubs", "c:chicago"), ("t:brewers", "c:milwaukee"), ("t:celtics", "c:boston"),
                          ("t:lakers", "c:la"), ("t:yankees", "c:nyc")])
    return _build(items, others, rels, T_)


BUILDERS = {"movies": movies, "training": training, "academy": academy, "gym": gym, "bands": bands,
            "leagues": leagues}

_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@training
# (1) horses and dogs "trained under" their trainers (who "taught" them): no pupils, no students
Secretariat studied under Lucien Laurin.
Secretariat was a pupil of Lucien Laurin.
Secretariat was a student of Lucien Laurin.
Secretariat took lessons from Lucien Laurin.
Secretariat studied with Lucien Laurin.
Seabiscuit studied under Tom Smith.
Seabiscuit was a pupil of Tom Smith.
Seabiscuit took lessons from Tom Smith.
Rin Tin Tin was a pupil of Lee Duncan.
Rin Tin Tin studied under Lee Duncan.
Rin Tin Tin took lessons from Lee Duncan.
Pal was a student of Rudd Weatherwax.
Pal studied with Rudd Weatherwax.
Secretariat and Seabiscuit were pupils of Lucien Laurin.
Secretariat, ridden by Ron Turcotte, studied under Lucien Laurin.
Secretariat was owned by Penny Chenery and took lessons from Lucien Laurin.
Lucien Laurin trained Secretariat, who was a pupil of his.
Secretariat was born at the Meadow and studied under Lucien Laurin.
# wrong trainer, the jockey or the owner as teacher
Secretariat trained under Tom Smith.
Secretariat trained under Ron Turcotte.
Secretariat trained under Penny Chenery.
Ron Turcotte taught Secretariat.
Penny Chenery taught Secretariat.
Charles Howard taught Seabiscuit.
Red Pollard taught Seabiscuit.
Seabiscuit trained under Red Pollard.
Rin Tin Tin trained under Rudd Weatherwax.
Muhammad Ali trained under Cus D'Amato.
Mike Tyson trained under Angelo Dundee.
Joe Frazier trained under Angelo Dundee.
Angelo Dundee taught Mike Tyson.
# wrong direction
Angelo Dundee trained under Muhammad Ali.
Muhammad Ali taught Angelo Dundee.
Lucien Laurin trained under Secretariat.
Secretariat taught Lucien Laurin.
Cus D'Amato studied under Mike Tyson.
Muhammad Ali trained under Joe Frazier.
Joe Frazier trained under Muhammad Ali.
Muhammad Ali taught Joe Frazier.
# tense, negation, "still", "no longer"
Muhammad Ali trains under Angelo Dundee.
Mike Tyson is a student of Cus D'Amato.
Mike Tyson is a pupil of Cus D'Amato.
Muhammad Ali never trained under Angelo Dundee.
Muhammad Ali did not train under Angelo Dundee.
Cus D'Amato never taught Mike Tyson.
Angelo Dundee teaches Muhammad Ali.
Muhammad Ali still trains under Angelo Dundee.
# wrong year, wrong birthplace beside a true training
Muhammad Ali, born in Brooklyn, trained under Angelo Dundee.
Mike Tyson was born in Louisville and trained under Cus D'Amato.
Muhammad Ali trained under Angelo Dundee and fought Mike Tyson.
# (1) drill recruits and Jedi: wrong master, direction
Leonard Lawrence trained under James Davis.
James Davis taught Leonard Lawrence.
Gunnery Sergeant Hartman trained under Leonard Lawrence.
Luke Skywalker trained under Qui-Gon Jinn.
Anakin Skywalker trained under Yoda.
Obi-Wan Kenobi trained under Luke Skywalker.
Yoda trained under Luke Skywalker.
Luke Skywalker taught Obi-Wan Kenobi.
Anakin Skywalker taught Luke Skywalker.
Qui-Gon Jinn taught Luke Skywalker.
Luke Skywalker was a pupil of Anakin Skywalker.
Obi-Wan Kenobi studied under Yoda.
# (1) other words of teaching for the horse and the dog
Lucien Laurin was Secretariat's teacher.
Secretariat learned from Lucien Laurin.
Lucien Laurin tutored Secretariat.
Lucien Laurin instructed Secretariat.
Lucien Laurin was the teacher of Secretariat.
Lee Duncan was the teacher of Rin Tin Tin.
Rin Tin Tin was one of Lee Duncan's pupils.
Secretariat and Seabiscuit were students of Lucien Laurin and Tom Smith.
@academy
# (1) "trained under" now read for "was a pupil of" / "studied under" / "took lessons from": wrong
# teacher, wrong direction, the rival, the successor, the one influenced
Leonardo da Vinci trained under Domenico Ghirlandaio.
Michelangelo trained under Andrea del Verrocchio.
Andrea del Verrocchio trained under Leonardo da Vinci.
Raphael trained under Leonardo da Vinci.
Michelangelo trained under Leonardo da Vinci.
Aristotle trained under Socrates.
Plato trained under Aristotle.
Speusippus trained under Plato.
Franz Liszt trained under Ludwig van Beethoven.
Franz Liszt trained under Sigismond Thalberg.
Carl Czerny trained under Franz Liszt.
Leonardo da Vinci taught Raphael.
Leonardo da Vinci taught Michelangelo.
Socrates taught Aristotle.
Plato taught Speusippus.
Beethoven taught Liszt.
Franz Liszt taught Carl Czerny.
Theophrastus taught Aristotle.
Raphael was a pupil of Andrea del Verrocchio.
Aristotle was a student of Socrates.
Franz Liszt studied with Beethoven.
Franz Liszt was a pupil of Sigismond Thalberg.
# present tense, negation
Raphael trains under Pietro Perugino.
Aristotle is a pupil of Plato.
Leonardo da Vinci did not train under Andrea del Verrocchio.
Franz Liszt never took lessons from Carl Czerny.
@bands
# (2) "both (of them)", "each (of them)", "all four (of them)" after one person and one band /
# team: read as the band alone
Allen Klein managed the Beatles, and both of them are from Liverpool.
Allen Klein managed the Beatles, and both are from Liverpool.
Irving Azoff managed the Eagles, and both of them are from Los Angeles.
Glenn Frey formed the Eagles, and both of them are from Los Angeles.
Don Henley formed the Eagles, and both are from Los Angeles.
Tom Ricketts owns the Chicago Cubs, and both of them are from Chicago.
Joe Maddon managed the Chicago Cubs, and both of them play at Wrigley Field.
Joe Maddon managed the Chicago Cubs, and both play in the National League.
Tom Landry managed the Dallas Cowboys, and both of them play at AT&T Stadium.
EMI signed the Beatles, and each of them recorded Yesterday.
RCA Victor signed Spike Jones, and both of them were born in Long Beach.
RCA Victor signed Spike Jones, and each of them recorded Der Fuehrer's Face.
John Lennon formed the Beatles, and both recorded Yesterday.
Brian Epstein managed the Beatles, and all four of them were signed by EMI.
Brian Epstein managed the Beatles, and all four were signed by EMI.
Allen Klein managed the Beatles, and all three of them are from Liverpool.
# (2) "both bands", "these teams", "both teams" after one band or team
Allen Klein managed the Beatles, and both bands were signed by EMI.
Joe Maddon managed the Chicago Cubs, and both teams play at Wrigley Field.
Tom Ricketts owns the Chicago Cubs, and these teams play in the National League.
Glenn Frey formed the Eagles, and both bands recorded Hotel California.
# (2) a person named after the team, but before it in a clause of its own
Joe Maddon, who managed the Chicago Cubs, and Tom Ricketts met, and both of them are from Chicago.
# (2) "they" after a list of people before the one team: read as the team
Glenn Frey and Don Henley formed the Eagles, and they both are from Los Angeles.
Glenn Frey and Don Henley formed the Eagles, and both of them are from Los Angeles.
Glenn Frey and Don Henley formed the Eagles, and each of them is from Los Angeles.
John Lennon and Paul McCartney formed the Beatles, and each of them recorded Yesterday.
Brian Epstein and Allen Klein managed the Beatles, and both of them are from Liverpool.
Brian Epstein and Allen Klein managed the Beatles, and each of them was signed by EMI.
# (2) "they" for a single thing that is no group: a franchise, a venue, a band leader, a team owner
George Lucas created Star Wars, and both of them are distributed by 20th Century Fox.
Ronnie Scott and Pete King founded Ronnie Scott's, and both of them are located in Soho.
Pete King founded Ronnie Scott's, and both are located in Soho.
# (2) wrong statements of the team itself through "they": still rejected?
The Beatles were signed by EMI, and they are from Los Angeles.
Brian Epstein managed the Beatles, and they were signed by RCA Victor.
John Lennon formed the Beatles, and they recorded Hotel California.
Tom Ricketts owns the Chicago Cubs, and they play at AT&T Stadium.
The Chicago Cubs are from Chicago, and they play in the NFL.
The Chicago Cubs play at Wrigley Field, and they are from Dallas.
The Dallas Cowboys are owned by Jerry Jones, and they play at Wrigley Field.
Joe Maddon managed the Chicago Cubs, and they are owned by Jerry Jones.
The Eagles were signed by Asylum Records, and they were formed by John Lennon.
The Beatles were formed by John Lennon, and they were managed by Irving Azoff.
# (2) "they" meaning the people named after the band (the check on later names)
The Beatles were formed by John Lennon and Paul McCartney, and they wrote Hotel California.
The Eagles were managed by Irving Azoff, and they were born in Detroit.
The Chicago Cubs were managed by Joe Maddon, and they were born in Omaha.
# (2) "they" = the members, "their" = the team's: born, wrote
The Beatles are from Liverpool, and they were born in Detroit.
The Beatles recorded Yesterday, and they wrote Hotel California.
The Eagles recorded Hotel California, and their manager was Brian Epstein.
The Chicago Cubs play at Wrigley Field, and their owner is Jerry Jones.
# (3) "is in" / "competes in" for "plays in" here: wrong league
The Chicago Cubs compete in the NFL.
The Dallas Cowboys are in the National League.
The Chicago Cubs are in Dallas.
The Chicago Cubs compete in Chicago.
The Dallas Cowboys compete at Wrigley Field.
@leagues
# (3) "is a member of" a league / division / conference that is no competition: "competes in"
Batman competes in the Justice League.
The Flash competes in the Justice League.
Batman and the Flash compete in the Justice League.
Lübeck competes in the Hanseatic League.
Bergen competes in the Hanseatic League.
Lübeck and Bergen compete in the Hanseatic League.
Egypt competes in the Arab League.
Richard Winters competes in the 101st Airborne Division.
Martin Luther King Jr. competes in the Southern Christian Leadership Conference.
Syria competes in the Arab League.
Batman competed in the Justice League.
Lübeck competed in the Hanseatic League.
Batman is competing in the Justice League.
Richard Winters and Martin Luther King Jr. compete in the 101st Airborne Division.
Egypt and Syria compete in the Arab League.
Batman plays in the Justice League.
Egypt plays in the Arab League.
# (3) wrong leagues, divisions, conferences
The Chicago Cubs compete in the American League.
The Chicago Cubs are in the American League.
The Chicago Cubs are in the AL Central.
The Milwaukee Brewers compete in the American League.
The Milwaukee Brewers are in the American League.
The Milwaukee Brewers are in the AL Central.
The New York Yankees compete in the National League.
The New York Yankees are in the NL Central.
The Boston Celtics compete in the Western Conference.
The Los Angeles Lakers are in the Eastern Conference.
The Boston Celtics are in the National League.
Batman competes in the NBA.
Batman is in the Hanseatic League.
Egypt is in the Justice League.
# (3) lists with one wrong
The Chicago Cubs and the New York Yankees compete in the National League.
The Chicago Cubs and the New York Yankees are in the National League.
The Chicago Cubs, the Milwaukee Brewers and the New York Yankees are in the NL Central.
The Boston Celtics and the Los Angeles Lakers compete in the Eastern Conference.
The Boston Celtics and the Los Angeles Lakers are in the Western Conference.
# (3) direction, negation, tense
The National League is in the Chicago Cubs.
The NBA competes in the Boston Celtics.
The Chicago Cubs are not in the National League.
The Chicago Cubs do not compete in the National League.
The Chicago Cubs no longer compete in the National League.
The Milwaukee Brewers are no longer in the National League.
The Boston Celtics never competed in the NBA.
The Milwaukee Brewers competed in the American League in 1969 and are in the AL Central.
# (3) places: "is in" a city or a stadium, "competes in" a city
The Chicago Cubs compete in Chicago.
The Chicago Cubs compete in Wrigley Field.
The Chicago Cubs are in Milwaukee.
The Chicago Cubs are in Wrigley Field.
The Boston Celtics compete in TD Garden.
The Boston Celtics are in Los Angeles.
The Los Angeles Lakers compete in Boston.
# (3) "is in" / "competes in" beside true statements
The Chicago Cubs play at Wrigley Field and compete in the American League.
The Chicago Cubs, based in Chicago, are in the AL East.
The New York Yankees, who play at Yankee Stadium, compete in the NL Central.
The Boston Celtics are based in Boston and are in the Western Conference.
# (3) the graph's other relations: "was expelled from" read "is in"?
Syria was expelled from the Hanseatic League.
Egypt was expelled from the Arab League.
@gym
# (1) beside "taught boxing": teaching readings (rightly blocked?) and wrong teachers
Muhammad Ali studied under Cus D'Amato.
Muhammad Ali trained under Joe Martin.
Joe Martin taught Muhammad Ali.
Muhammad Ali taught boxing.
Mike Tyson trained under Walter White.
Walter White taught Mike Tyson.
Angelo Dundee taught mathematics.
Angelo Dundee trained under Muhammad Ali.
Mike Tyson was taught boxing by Angelo Dundee.
@movies
# (2) plural-named films (typed "movie", no group): "they", "both"
Terry Gilliam directed Twelve Monkeys, and both of them star Bruce Willis.
Bruce Willis stars in Twelve Monkeys, and they are directed by Quentin Tarantino.
Quentin Tarantino directed Reservoir Dogs, and both of them star Harvey Keitel.
Michael Mann directed Heat, and they star Al Pacino and Robert De Niro.
# (3) "competes in" / "is in" for a film's phrases
Al Pacino competes in Heat.
Robert De Niro competes in Heat.
"""

CONTROLS = r"""
@training
Secretariat trained under Lucien Laurin.
Lucien Laurin taught Secretariat.
Seabiscuit trained under Tom Smith.
Rin Tin Tin trained under Lee Duncan.
Muhammad Ali trained under Angelo Dundee.
Angelo Dundee taught Muhammad Ali.
Mike Tyson trained under Cus D'Amato.
Cus D'Amato taught Mike Tyson.
Secretariat was ridden by Ron Turcotte.
Muhammad Ali fought Joe Frazier.
Muhammad Ali, born in Louisville, trained under Angelo Dundee.
Leonard Lawrence trained under Gunnery Sergeant Hartman.
Luke Skywalker trained under Yoda.
Obi-Wan Kenobi taught Anakin Skywalker.
@academy
Leonardo da Vinci trained under Andrea del Verrocchio.
Leonardo da Vinci studied under Andrea del Verrocchio.
Andrea del Verrocchio taught Leonardo da Vinci.
Michelangelo was a pupil of Domenico Ghirlandaio.
Raphael trained under Pietro Perugino.
Raphael took lessons from Pietro Perugino.
Aristotle studied under Plato.
Plato taught Aristotle.
Plato was a pupil of Socrates.
Franz Liszt took lessons from Carl Czerny.
Franz Liszt trained under Carl Czerny.
Carl Czerny was a pupil of Ludwig van Beethoven.
@bands
The Beatles were signed by EMI, and they are from Liverpool.
Brian Epstein managed the Beatles, and they were signed by EMI.
EMI signed the Beatles, and they recorded Yesterday.
The Chicago Cubs are from Chicago, and they play at Wrigley Field.
Tom Ricketts owns the Chicago Cubs, and they play in the National League.
The Eagles were formed by Glenn Frey and Don Henley.
Glenn Frey and Don Henley wrote Hotel California.
Spike Jones recorded Der Fuehrer's Face.
The Chicago Cubs compete in the National League.
The Chicago Cubs are in the National League.
The Dallas Cowboys are in the NFL.
The Dallas Cowboys compete in the NFL.
@leagues
The Chicago Cubs compete in the National League.
The Chicago Cubs are in the NL Central.
The Milwaukee Brewers are in the National League.
The Milwaukee Brewers compete in the NL Central.
The New York Yankees are in the AL East.
The Boston Celtics compete in the Eastern Conference.
The Los Angeles Lakers are in the Western Conference.
The Boston Celtics and the Los Angeles Lakers compete in the NBA.
The Chicago Cubs and the Milwaukee Brewers are in the NL Central.
Batman is in the Justice League.
Lübeck is in the Hanseatic League.
Egypt is in the Arab League.
The Milwaukee Brewers played in the American League.
The Chicago Cubs play at Wrigley Field and compete in the National League.
@gym
Muhammad Ali trained under Angelo Dundee.
Angelo Dundee taught Muhammad Ali.
Angelo Dundee taught boxing.
Walter White taught mathematics.
@movies
Heat is directed by Michael Mann.
Twelve Monkeys is directed by Terry Gilliam.
"""

KNOWN = frozenset()

OPEN = frozenset(
    {
        # a boxer is colloquially his trainer's "pupil" / "student"; "took lessons from" is loose but arguable
        "Muhammad Ali was a pupil of Angelo Dundee.",
        "Mike Tyson was a student of Cus D'Amato.",
        "Mike Tyson took lessons from Cus D'Amato.",
        "Joe Frazier studied under Yank Durham.",
        # a recruit at boot camp "took lessons from" / "was a pupil of" his drill instructor: arguable
        "Leonard Lawrence was a pupil of Gunnery Sergeant Hartman.",
        "James Davis took lessons from Gunnery Sergeant Hartman.",
        # a Jedi apprentice is his master's pupil (arguably true); "took lessons" odd but not false
        "Luke Skywalker was a pupil of Yoda.",
        "Anakin Skywalker took lessons from Obi-Wan Kenobi.",
        # a philosopher "trained under" his teacher: loose but arguable
        "Aristotle trained under Plato.",
        "Plato trained under Socrates.",
        # "they" for one band or one club (British usage): fine; "they" for one man (singular they)
        # "they" for the Star Wars films (a franchise is its films): arguable
        "George Lucas created Star Wars, and they are distributed by 20th Century Fox.",
        # the two of them were Beatles and so did record Help! (on the band's record)
        "John Lennon and Paul McCartney formed the Beatles, and both recorded Help!.",
        "Paul McCartney formed the Beatles, and each of them recorded Help!.",
        # Syria is a member and was expelled (suspended): the graph says both
        "Syria is in the Arab League.",
        "Ronnie Scott founded Ronnie Scott's, and they are located in Soho.",
    }
)

OPEN_TEXTS = r"""
@training
Muhammad Ali was a pupil of Angelo Dundee.
Mike Tyson was a student of Cus D'Amato.
Mike Tyson took lessons from Cus D'Amato.
Joe Frazier studied under Yank Durham.
@training
Leonard Lawrence was a pupil of Gunnery Sergeant Hartman.
James Davis took lessons from Gunnery Sergeant Hartman.
Luke Skywalker was a pupil of Yoda.
Anakin Skywalker took lessons from Obi-Wan Kenobi.
@academy
Aristotle trained under Plato.
Plato trained under Socrates.
@bands
George Lucas created Star Wars, and they are distributed by 20th Century Fox.
John Lennon and Paul McCartney formed the Beatles, and both recorded Help!.
Paul McCartney formed the Beatles, and each of them recorded Help!.
Ronnie Scott founded Ronnie Scott's, and they are located in Soho.
@leagues
Syria is in the Arab League.
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
