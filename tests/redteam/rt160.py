"""Red team round 160: this round's new readings (CHANGES.diff, on top of rounds 158 and 159): a
relation noun whose owner is the relation's TAIL ("is the resting place of": "X's resting place
is Y", "The resting place of X is Y", "X, whose resting place is Y"); the completeness of "X's N
is Y" / "The N of X is Y" checked on the owner's side, wherever X stands in the stored fact; a
year between a participle and "by" only after a verb of making or first showing; "In <year>,"
only where the sentence names an item; a verb of first finding other than "discovered" only
where its relation is the graph's one event relation and every dated item has it; "prison",
"windmill", "terminus"... as venue words only as a type's last word; a year after a list of
names said of each one.

Four graphs of my own (graph builders below):

* graves: cemeteries, abbeys, churches, a cathedral and a mausoleum (items: year opened) that are
  "the resting place of" people, four people with two resting places (a body and a heart), three
  places holding one person only; cities that are "the birthplace of" people; people "the wife
  of" / "the husband of" others and "the mother of" / "the father of" kings (nouns both ways);
  places' cities, architects ("was designed by"), styles and periods; a user;
* clubs: stadiums (items: year opened) and football clubs (items: year founded): the club a
  stadium "is the home of" (shared grounds, a club with two homes), the firm that "is the owner of" a club (its inverse "is a
  holding of"; a club with three owners, a firm with two clubs) and the one a stadium "is owned
  by" (its inverse "is the owner of": one noun, two relations, two directions), the people that
  "are the founder of" a club, who "opened" a stadium, its architect, city; a user;
* voyages: Pacific islands (items: year first sighted) "first sighted by" explorers (one island
  by two), "is charted by" (an event said in the present), "is visited by" cruise lines, "is
  administered by", "is named after"; peaks (items: year of the first ascent) "first sighted by"
  an explorer and "climbed by" their first climbers, said "is climbed by" (an event in the
  present); ships (items: year launched) that "are the vessel of" explorers (a noun owned by the
  tail: Cook and Tasman with two); cruise terminals (items: year opened) that "are the home port
  of" cruise lines (P&O with two); a user;
* firms: companies (items: year founded) and headquarters buildings (items: year completed): the
  building that "is the headquarters of" a company (one building of two companies, one company
  with two), "is the founder of" (person -> company), "is the chief executive of", "is the owner
  of" / "is a holding of" (one company owned by two), "was acquired by", the building's city and
  architect; a user.

Findings (accepted through this round's readings; the starting code, CHANGES.diff reversed,
rejects each of them):

* (1) + (2) a noun owned by the relation's tail ("resting place", "founder", "owner", "home",
  "headquarters", "vessel", "home port") said "Y is X's N", "Y, X's N, ...", "Y was X's N" or
  "X, whose N is Y": the completeness is checked on Y's side (the stored head: all who rest at
  Holy Cross Church, all clubs Audi owns), never on X's, so where Y has X only and X has another
  N the text is accepted ("Holy Cross Church is Frédéric Chopin's resting place", "Audi is Bayern
  Munich's owner", "Steve Jobs is Apple's founder", "Real Madrid, whose founder is Juan Padrós,
  plays at the Bernabéu", "Rouen Cathedral, Richard I's resting place, is located in Rouen",
  "Audi and Adidas are Bayern Munich's owners"). Only "X's N is Y" and "The N of X is Y" find
  the owner. The same positions make faithful texts rejected where Y has several ("Père Lachaise
  Cemetery is Oscar Wilde's resting place", "Oscar Wilde, whose resting place is Père Lachaise
  Cemetery, ...", "Eleanor of Aquitaine was Henry II's wife", "Elon Musk is SpaceX's founder").
  With a noun of two relations ("owner": "is the owner of" a club or stadium, and a stadium's
  "is owned by") only the matched relation is counted ("Arena One is Allianz Arena's owner").
* (5) + (6) "cruise terminal" is no longer a venue, so a graph with terminals now reads a verb
  of first finding ("sighted") as dating the items; the check of (5) misses an event relation
  said in the present ("is climbed by") and checks only the items of the finding relation's
  domain: "Johannes Rebmann sighted Kilimanjaro in 1889" (the first ascent's year), "Abel Tasman
  sighted Aoraki in 1894", "Sighted in 1889, Kilimanjaro ...", and a terminal or a ship
  "sighted" in its year ("Ocean Terminal was sighted in 2009", "Heemskerck was sighted in 1638").

Not found: (3) a year inside "<participle> in <year> by" after a later act ("owned", "bought",
"acquired", "charted", "visited", "designed"), (4) "In <year>," (a pronoun, an item's wrong
year), (7) a year after a list ("both", "as well as", a comma, three names), negation, the noun
the wrong way round ("Forest Lawn's resting place is Humphrey Bogart") and a wrong object held
against every false text here.

KNOWN (accepted by the starting code too): the peak "first sighted" / "sighted in <year> by" in
its ascent's year, a terminal "launched"; "its N" and "headquarters" (the completeness still
checked on the other side); a list before "were <participle> in <year> by" (the last name's year
only). REGRESSIONS among the controls: a terminal that "opened in 2009" (no longer a venue), "In
1642, it was sighted by Abel Tasman" after a sentence naming the island (a pronoun is no item).

False texts only (one false statement each; arguable ones in OPEN), plus faithful controls."""

import os
import sys

if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items, others, rels, triples, users=(), aliases=None):
    aliases = aliases or {}
    ents = [E(k, kind="item", type=t, label=n, aliases=aliases.get(k, ()),
              attrs={"year": y} if y is not None else {})
            for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n, aliases=aliases.get(k, ())) for k, (t, n) in others.items()]
    ents += [E(k, kind="user", type="user", label=n) for k, n in users]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def graves():
    """Burial places (items: year opened) and the people they are the resting place of: Chopin,
    Shelley, Hardy and Richard I rest in two places (body and heart); Holy Cross Church, Stinsford
    Church and Rouen Cathedral hold one person each; cities "the birthplace of" people; "was the
    wife of" / "was the husband of" and "was the mother of" / "was the son of" (nouns both ways);
    city, architect, style, period; a user."""
    PLACES = ("cemetery", "abbey", "church", "cathedral", "mausoleum")
    PEOPLE = ("composer", "writer", "poet", "scientist", "actor", "singer", "king", "queen", "president",
              "philosopher", "animator")
    rels = [
        R("resting_place", phrase="is the resting place of", inverse_phrase="is buried in", domain=PLACES,
          range=PEOPLE),
        R("located_in", phrase="is located in", inverse_phrase="is the location of", domain=PLACES, range=("city",)),
        R("birthplace", phrase="is the birthplace of", inverse_phrase="was born in", domain=("city",), range=PEOPLE),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=PLACES, range=("architect",)),
        R("example_of", phrase="is an example of", inverse_phrase="is exemplified by", domain=PLACES,
          range=("style",)),
        R("dates_from", phrase="dates from", inverse_phrase="is the period of", domain=PLACES, range=("period",)),
        R("wife_of", phrase="was the wife of", inverse_phrase="was the husband of", domain=PEOPLE, range=PEOPLE),
        R("mother_of", phrase="was the mother of", inverse_phrase="was the son of", domain=PEOPLE, range=PEOPLE),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "c:pl": ("cemetery", "Père Lachaise Cemetery", 1804), "c:highgate": ("cemetery", "Highgate Cemetery", 1839),
        "c:forestlawn": ("cemetery", "Forest Lawn Memorial Park", 1906),
        "c:protestant": ("cemetery", "Protestant Cemetery", 1716),
        "c:montparnasse": ("cemetery", "Montparnasse Cemetery", 1824),
        "c:arlington": ("cemetery", "Arlington National Cemetery", 1864),
        "a:westminster": ("abbey", "Westminster Abbey", 1090), "a:fontevraud": ("abbey", "Fontevraud Abbey", 1101),
        "h:holycross": ("church", "Holy Cross Church", 1696), "h:stinsford": ("church", "Stinsford Church", 1200),
        "h:stpeters": ("church", "St Peter's Church", 1879), "k:rouen": ("cathedral", "Rouen Cathedral", 1145),
        "k:worcester": ("cathedral", "Worcester Cathedral", 1084),
        "m:pantheon": ("mausoleum", "Panthéon", 1790),
    }
    others = {
        "p:chopin": ("composer", "Frédéric Chopin"), "p:wilde": ("writer", "Oscar Wilde"),
        "p:morrison": ("singer", "Jim Morrison"), "p:marx": ("philosopher", "Karl Marx"),
        "p:eliot": ("writer", "George Eliot"), "p:bogart": ("actor", "Humphrey Bogart"),
        "p:disney": ("animator", "Walt Disney"), "p:keats": ("poet", "John Keats"),
        "p:shelley": ("poet", "Percy Bysshe Shelley"), "p:mary": ("writer", "Mary Shelley"),
        "p:baudelaire": ("poet", "Charles Baudelaire"), "p:sartre": ("philosopher", "Jean-Paul Sartre"),
        "p:jfk": ("president", "John F. Kennedy"), "p:darwin": ("scientist", "Charles Darwin"),
        "p:newton": ("scientist", "Isaac Newton"), "p:hardy": ("writer", "Thomas Hardy"),
        "p:richard": ("king", "Richard I"), "p:eleanor": ("queen", "Eleanor of Aquitaine"),
        "p:henry": ("king", "Henry II"), "p:john": ("king", "King John"), "p:louis": ("king", "Louis VII"),
        "p:hugo": ("writer", "Victor Hugo"), "p:curie": ("scientist", "Marie Curie"),
        "p:pierre": ("scientist", "Pierre Curie"), "p:emma": ("writer", "Emma Hardy"),
        "t:paris": ("city", "Paris"), "t:london": ("city", "London"), "t:glendale": ("city", "Glendale"),
        "t:rome": ("city", "Rome"), "t:arlington": ("city", "Arlington"), "t:warsaw": ("city", "Warsaw"),
        "t:stinsford": ("city", "Stinsford"), "t:bournemouth": ("city", "Bournemouth"), "t:rouen": ("city", "Rouen"),
        "t:worcester": ("city", "Worcester"), "t:fontevraud": ("city", "Fontevraud"),
        "t:zelazowa": ("city", "Zelazowa Wola"), "t:dublin": ("city", "Dublin"), "t:melbourne": ("city", "Melbourne"),
        "t:trier": ("city", "Trier"), "t:nuneaton": ("city", "Nuneaton"), "t:nyc": ("city", "New York City"),
        "t:chicago": ("city", "Chicago"), "t:horsham": ("city", "Horsham"), "t:brookline": ("city", "Brookline"),
        "t:shrewsbury": ("city", "Shrewsbury"), "t:woolsthorpe": ("city", "Woolsthorpe"),
        "t:dorchester": ("city", "Dorchester"), "t:oxford": ("city", "Oxford"), "t:poitiers": ("city", "Poitiers"),
        "t:besancon": ("city", "Besançon"),
        "r:brongniart": ("architect", "Alexandre-Théodore Brongniart"), "r:geary": ("architect", "Stephen Geary"),
        "r:soufflot": ("architect", "Jacques-Germain Soufflot"), "r:scott": ("architect", "George Gilbert Scott"),
        "s:gothic": ("style", "Gothic architecture"), "s:revival": ("style", "Gothic Revival architecture"),
        "s:neo": ("style", "Neoclassical architecture"), "s:romanesque": ("style", "Romanesque architecture"),
        "e:victorian": ("period", "Victorian era"), "e:napoleonic": ("period", "Napoleonic era"),
        "e:plantagenet": ("period", "Plantagenet era"), "e:enlightenment": ("period", "Age of Enlightenment"),
    }
    T_ = [
        ("c:pl", "resting_place", "p:chopin"), ("c:pl", "resting_place", "p:wilde"), ("c:pl", "resting_place", "p:morrison"),
        ("h:holycross", "resting_place", "p:chopin"),
        ("c:highgate", "resting_place", "p:marx"), ("c:highgate", "resting_place", "p:eliot"),
        ("c:forestlawn", "resting_place", "p:bogart"), ("c:forestlawn", "resting_place", "p:disney"),
        ("c:protestant", "resting_place", "p:keats"), ("c:protestant", "resting_place", "p:shelley"),
        ("h:stpeters", "resting_place", "p:shelley"), ("h:stpeters", "resting_place", "p:mary"),
        ("c:montparnasse", "resting_place", "p:baudelaire"), ("c:montparnasse", "resting_place", "p:sartre"),
        ("c:arlington", "resting_place", "p:jfk"),
        ("a:westminster", "resting_place", "p:darwin"), ("a:westminster", "resting_place", "p:newton"),
        ("a:westminster", "resting_place", "p:hardy"), ("h:stinsford", "resting_place", "p:hardy"),
        ("a:fontevraud", "resting_place", "p:richard"), ("a:fontevraud", "resting_place", "p:eleanor"),
        ("a:fontevraud", "resting_place", "p:henry"), ("k:rouen", "resting_place", "p:richard"),
        ("k:worcester", "resting_place", "p:john"),
        ("m:pantheon", "resting_place", "p:hugo"), ("m:pantheon", "resting_place", "p:curie"),
        ("m:pantheon", "resting_place", "p:pierre"),
        ("c:pl", "located_in", "t:paris"), ("c:highgate", "located_in", "t:london"),
        ("c:forestlawn", "located_in", "t:glendale"), ("c:protestant", "located_in", "t:rome"),
        ("c:montparnasse", "located_in", "t:paris"), ("c:arlington", "located_in", "t:arlington"),
        ("a:westminster", "located_in", "t:london"), ("a:fontevraud", "located_in", "t:fontevraud"),
        ("h:holycross", "located_in", "t:warsaw"), ("h:stinsford", "located_in", "t:stinsford"),
        ("h:stpeters", "located_in", "t:bournemouth"), ("k:rouen", "located_in", "t:rouen"),
        ("k:worcester", "located_in", "t:worcester"), ("m:pantheon", "located_in", "t:paris"),
        ("t:zelazowa", "birthplace", "p:chopin"), ("t:dublin", "birthplace", "p:wilde"),
        ("t:melbourne", "birthplace", "p:morrison"), ("t:trier", "birthplace", "p:marx"),
        ("t:nuneaton", "birthplace", "p:eliot"), ("t:nyc", "birthplace", "p:bogart"), ("t:chicago", "birthplace", "p:disney"),
        ("t:london", "birthplace", "p:keats"), ("t:horsham", "birthplace", "p:shelley"), ("t:london", "birthplace", "p:mary"),
        ("t:paris", "birthplace", "p:baudelaire"), ("t:paris", "birthplace", "p:sartre"),
        ("t:brookline", "birthplace", "p:jfk"), ("t:shrewsbury", "birthplace", "p:darwin"),
        ("t:woolsthorpe", "birthplace", "p:newton"), ("t:dorchester", "birthplace", "p:hardy"),
        ("t:oxford", "birthplace", "p:richard"), ("t:oxford", "birthplace", "p:john"),
        ("t:poitiers", "birthplace", "p:eleanor"), ("t:besancon", "birthplace", "p:hugo"),
        ("t:warsaw", "birthplace", "p:curie"), ("t:paris", "birthplace", "p:pierre"),
        ("c:pl", "designed_by", "r:brongniart"), ("c:highgate", "designed_by", "r:geary"),
        ("m:pantheon", "designed_by", "r:soufflot"), ("h:stpeters", "designed_by", "r:scott"),
        ("a:westminster", "example_of", "s:gothic"), ("k:rouen", "example_of", "s:gothic"),
        ("k:worcester", "example_of", "s:gothic"), ("c:highgate", "example_of", "s:revival"),
        ("h:stpeters", "example_of", "s:revival"), ("m:pantheon", "example_of", "s:neo"),
        ("a:fontevraud", "example_of", "s:romanesque"),
        ("c:highgate", "dates_from", "e:victorian"), ("h:stpeters", "dates_from", "e:victorian"),
        ("c:pl", "dates_from", "e:napoleonic"), ("c:montparnasse", "dates_from", "e:napoleonic"),
        ("a:fontevraud", "dates_from", "e:plantagenet"), ("m:pantheon", "dates_from", "e:enlightenment"),
        ("p:mary", "wife_of", "p:shelley"), ("p:eleanor", "wife_of", "p:henry"), ("p:eleanor", "wife_of", "p:louis"),
        ("p:curie", "wife_of", "p:pierre"), ("p:emma", "wife_of", "p:hardy"),
        ("p:eleanor", "mother_of", "p:richard"), ("p:eleanor", "mother_of", "p:john"),
        ("user:ada", "rated", "c:pl", {"rating": 5.0}), ("user:ada", "rated", "c:highgate", {"rating": 4.5}),
        ("user:ada", "rated", "a:westminster", {"rating": 4.0}), ("user:ada", "rated", "c:forestlawn", {"rating": 2.0}),
        ("user:ada", "rated", "h:holycross", {"rating": 1.5}),
    ]
    aliases = {"c:pl": ("Père Lachaise", "Pere Lachaise"), "c:forestlawn": ("Forest Lawn",),
               "p:chopin": ("Chopin",), "p:shelley": ("Shelley", "Percy Shelley"), "p:hardy": ("Hardy",),
               "p:richard": ("Richard the Lionheart",), "m:pantheon": ("the Panthéon", "Pantheon", "the Pantheon"),
               "c:protestant": ("the Protestant Cemetery",)}
    return _build(items, others, rels, T_, users=[("user:ada", "Ada")], aliases=aliases)


def clubs():
    """Stadiums (items: year opened) and football clubs (items: year founded): "is the home of"
    (stadium -> club: San Siro and Stadio Olimpico shared, Tottenham with two homes), "is the owner of" / "is a holding of" (firm -> club: Bayern with
    three owners, Friedkin with two clubs), "is owned by" / "is the owner of" (stadium -> owner),
    "is the founder of" / "was founded by" (person -> club), "was opened by", "was designed by",
    "is located in"; a user."""
    rels = [
        R("home_of", phrase="is the home of", inverse_phrase="plays at", domain=("stadium",),
          range=("football club", "national team")),
        R("owns", phrase="is the owner of", inverse_phrase="is a holding of", domain=("firm", "fund"),
          range=("football club", "stadium")),
        R("stadium_owner", phrase="is owned by", inverse_phrase="is the owner of", domain=("stadium",),
          range=("football club", "municipality", "federation", "firm")),
        R("founder", phrase="is the founder of", inverse_phrase="was founded by", domain=("person",),
          range=("football club",)),
        R("opened_by", phrase="was opened by", inverse_phrase="opened", domain=("stadium",), range=("person",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("stadium",),
          range=("architect",)),
        R("located_in", phrase="is located in", inverse_phrase="is the site of", domain=("stadium",),
          range=("city",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "s:sansiro": ("stadium", "San Siro", 1926), "s:olimpico": ("stadium", "Stadio Olimpico", 1937),
        "s:allianz": ("stadium", "Allianz Arena", 2005), "s:wembley": ("stadium", "Wembley Stadium", 2007),
        "s:thfc": ("stadium", "Tottenham Hotspur Stadium", 2019), "s:anfield": ("stadium", "Anfield", 1884),
        "s:goodison": ("stadium", "Goodison Park", 1892), "s:bernabeu": ("stadium", "Santiago Bernabéu", 1947),
        "s:celticpark": ("stadium", "Celtic Park", 1892), "s:ibrox": ("stadium", "Ibrox Stadium", 1899),
        "f:milan": ("football club", "AC Milan", 1899), "f:inter": ("football club", "Inter Milan", 1908),
        "f:roma": ("football club", "AS Roma", 1927), "f:lazio": ("football club", "Lazio", 1900),
        "f:bayern": ("football club", "Bayern Munich", 1900), "f:spurs": ("football club", "Tottenham Hotspur", 1882),
        "f:liverpool": ("football club", "Liverpool FC", 1892), "f:everton": ("football club", "Everton", 1878),
        "f:real": ("football club", "Real Madrid", 1902), "f:celtic": ("football club", "Celtic", 1887),
        "f:rangers": ("football club", "Rangers", 1872), "f:england": ("national team", "England national team", 1872),
    }
    others = {
        "o:redbird": ("fund", "RedBird Capital"), "o:oaktree": ("fund", "Oaktree Capital"),
        "o:friedkin": ("firm", "Friedkin Group"), "o:fsg": ("firm", "Fenway Sports Group"),
        "o:enic": ("firm", "ENIC Group"), "o:adidas": ("firm", "Adidas"), "o:audi": ("firm", "Audi"),
        "o:allianz": ("firm", "Allianz"), "o:arenaone": ("firm", "Arena One"),
        "o:comune": ("municipality", "Comune di Milano"), "o:coni": ("federation", "CONI"),
        "o:fa": ("federation", "The Football Association"),
        "p:kilpin": ("person", "Herbert Kilpin"), "p:edwards": ("person", "Alfred Edwards"),
        "p:muggiani": ("person", "Giorgio Muggiani"), "p:padros": ("person", "Juan Padrós"),
        "p:cpadros": ("person", "Carlos Padrós"), "p:walfrid": ("person", "Brother Walfrid"),
        "p:mcneil": ("person", "Moses McNeil"), "p:campbell": ("person", "Peter Campbell"),
        "p:bigotti": ("person", "Luigi Bigiarelli"), "p:dietrich": ("person", "Franz John"),
        "p:william": ("person", "Prince William"), "p:crespi": ("person", "Piero Pirelli"),
        "p:sturgeon": ("person", "Bobby Charlton"),
        "r:foster": ("architect", "Foster and Partners"), "r:herzog": ("architect", "Herzog & de Meuron"),
        "r:populous": ("architect", "Populous"), "r:stacchini": ("architect", "Ulisse Stacchini"),
        "r:leitch": ("architect", "Archibald Leitch"),
        "t:milan": ("city", "Milan"), "t:rome": ("city", "Rome"), "t:munich": ("city", "Munich"),
        "t:london": ("city", "London"), "t:liverpool": ("city", "Liverpool"), "t:madrid": ("city", "Madrid"),
        "t:glasgow": ("city", "Glasgow"),
    }
    T_ = [
        ("s:sansiro", "home_of", "f:milan"), ("s:sansiro", "home_of", "f:inter"),
        ("s:olimpico", "home_of", "f:roma"), ("s:olimpico", "home_of", "f:lazio"),
        ("s:allianz", "home_of", "f:bayern"), ("s:wembley", "home_of", "f:england"), ("s:wembley", "home_of", "f:spurs"),
        ("s:thfc", "home_of", "f:spurs"), ("s:anfield", "home_of", "f:liverpool"), ("s:goodison", "home_of", "f:everton"),
        ("s:bernabeu", "home_of", "f:real"), ("s:celticpark", "home_of", "f:celtic"), ("s:ibrox", "home_of", "f:rangers"),
        ("o:redbird", "owns", "f:milan"), ("o:oaktree", "owns", "f:inter"), ("o:friedkin", "owns", "f:roma"),
        ("o:friedkin", "owns", "f:everton"), ("o:fsg", "owns", "f:liverpool"), ("o:enic", "owns", "f:spurs"),
        ("o:adidas", "owns", "f:bayern"), ("o:allianz", "owns", "s:allianz"), ("o:arenaone", "owns", "s:allianz"), ("o:audi", "owns", "f:bayern"), ("o:allianz", "owns", "f:bayern"),
        ("s:sansiro", "stadium_owner", "o:comune"), ("s:olimpico", "stadium_owner", "o:coni"),
        ("s:allianz", "stadium_owner", "f:bayern"), ("s:wembley", "stadium_owner", "o:fa"),
        ("s:thfc", "stadium_owner", "f:spurs"), ("s:anfield", "stadium_owner", "f:liverpool"),
        ("s:goodison", "stadium_owner", "f:everton"), ("s:bernabeu", "stadium_owner", "f:real"),
        ("s:celticpark", "stadium_owner", "f:celtic"), ("s:ibrox", "stadium_owner", "f:rangers"),
        ("p:kilpin", "founder", "f:milan"), ("p:edwards", "founder", "f:milan"), ("p:muggiani", "founder", "f:inter"),
        ("p:padros", "founder", "f:real"), ("p:cpadros", "founder", "f:real"), ("p:walfrid", "founder", "f:celtic"),
        ("p:mcneil", "founder", "f:rangers"), ("p:campbell", "founder", "f:rangers"),
        ("p:bigotti", "founder", "f:lazio"), ("p:dietrich", "founder", "f:bayern"),
        ("s:wembley", "opened_by", "p:william"), ("s:sansiro", "opened_by", "p:crespi"),
        ("s:wembley", "designed_by", "r:foster"), ("s:allianz", "designed_by", "r:herzog"),
        ("s:thfc", "designed_by", "r:populous"), ("s:sansiro", "designed_by", "r:stacchini"),
        ("s:ibrox", "designed_by", "r:leitch"), ("s:goodison", "designed_by", "r:leitch"),
        ("s:sansiro", "located_in", "t:milan"), ("s:olimpico", "located_in", "t:rome"),
        ("s:allianz", "located_in", "t:munich"), ("s:wembley", "located_in", "t:london"),
        ("s:thfc", "located_in", "t:london"), ("s:anfield", "located_in", "t:liverpool"),
        ("s:goodison", "located_in", "t:liverpool"), ("s:bernabeu", "located_in", "t:madrid"),
        ("s:celticpark", "located_in", "t:glasgow"), ("s:ibrox", "located_in", "t:glasgow"),
        ("user:gio", "rated", "s:sansiro", {"rating": 5.0}), ("user:gio", "rated", "s:anfield", {"rating": 4.5}),
        ("user:gio", "rated", "f:milan", {"rating": 4.0}), ("user:gio", "rated", "s:wembley", {"rating": 2.0}),
        ("user:gio", "rated", "f:inter", {"rating": 1.0}),
    ]
    aliases = {"s:sansiro": ("the San Siro", "Stadio Giuseppe Meazza"), "f:spurs": ("Tottenham", "Spurs"),
               "f:inter": ("Inter",), "f:milan": ("Milan",), "s:wembley": ("Wembley",),
               "f:bayern": ("FC Bayern",), "s:bernabeu": ("the Bernabéu",)}
    return _build(items, others, rels, T_, users=[("user:gio", "Gio")], aliases=aliases)


def voyages():
    """Islands (items: year first sighted) "first sighted by" explorers (Tonga by two), "is
    charted by" (an event said in the present), "is visited by" cruise lines, "is administered
    by", "is named after"; peaks (items: year of the first ascent) "first sighted by" an explorer
    and "climbed by" their first climbers (an event said in the present: "is climbed by"); ships
    (items: year launched) that "are the vessel of" explorers (Cook and Tasman with two, the
    Eendracht of two); cruise terminals (items: year opened) that "are the home port of" cruise
    lines; a user."""
    rels = [
        R("sighted", phrase="was first sighted by", inverse_phrase="first sighted", domain=("island", "mountain"),
          range=("explorer",)),
        R("charted", phrase="is charted by", inverse_phrase="charts", domain=("island",), range=("explorer",)),
        R("climbed", phrase="is climbed by", inverse_phrase="climbs", domain=("mountain",), range=("climber",)),
        R("visited", phrase="is visited by", inverse_phrase="visits", domain=("island",), range=("cruise line",)),
        R("administered", phrase="is administered by", inverse_phrase="administers", domain=("island",),
          range=("country",)),
        R("named_after", phrase="is named after", inverse_phrase="is the namesake of", domain=("island",),
          range=("explorer", "person")),
        R("vessel_of", phrase="is the vessel of", inverse_phrase="sails on", domain=("ship",), range=("explorer",)),
        R("home_port", phrase="is the home port of", inverse_phrase="sails from", domain=("cruise terminal",),
          range=("cruise line",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "i:easter": ("island", "Easter Island", 1722), "i:tasmania": ("island", "Tasmania", 1642),
        "i:nz": ("island", "New Zealand", 1642), "i:fiji": ("island", "Fiji", 1643), "i:tonga": ("island", "Tonga", 1616),
        "i:hawaii": ("island", "Hawaii", 1778), "i:newcal": ("island", "New Caledonia", 1774),
        "i:sgeorgia": ("island", "South Georgia", 1675), "i:pitcairn": ("island", "Pitcairn Island", 1767),
        "i:tahiti": ("island", "Tahiti", 1767), "i:bouvet": ("island", "Bouvet Island", 1739),
        "i:norfolk": ("island", "Norfolk Island", 1774),
        "k:kilimanjaro": ("mountain", "Kilimanjaro", 1889), "k:kenya": ("mountain", "Mount Kenya", 1899),
        "k:aoraki": ("mountain", "Aoraki", 1894), "k:erebus": ("mountain", "Mount Erebus", 1908),
        "v:endeavour": ("ship", "HMS Endeavour", 1764), "v:resolution": ("ship", "HMS Resolution", 1770),
        "v:heemskerck": ("ship", "Heemskerck", 1638), "v:zeehaen": ("ship", "Zeehaen", 1639),
        "v:dolphin": ("ship", "HMS Dolphin", 1751), "v:swallow": ("ship", "HMS Swallow", 1745),
        "v:arend": ("ship", "Arend", 1721), "v:eendracht": ("ship", "Eendracht", 1615),
        "t:ocean": ("cruise terminal", "Ocean Terminal", 2009), "t:opt": ("cruise terminal", "Overseas Passenger Terminal", 1960),
        "t:bergen": ("cruise terminal", "Bergen Port Terminal", 1993),
    }
    others = {
        "x:roggeveen": ("explorer", "Jacob Roggeveen"), "x:tasman": ("explorer", "Abel Tasman"),
        "x:schouten": ("explorer", "Willem Schouten"), "x:lemaire": ("explorer", "Jacob Le Maire"),
        "x:cook": ("explorer", "James Cook"), "x:roche": ("explorer", "Anthony de la Roché"),
        "x:carteret": ("explorer", "Philip Carteret"), "x:wallis": ("explorer", "Samuel Wallis"),
        "x:bouvet": ("explorer", "Jean-Baptiste Bouvet"), "x:flinders": ("explorer", "Matthew Flinders"),
        "x:rebmann": ("explorer", "Johannes Rebmann"), "x:krapf": ("explorer", "Johann Ludwig Krapf"),
        "x:ross": ("explorer", "James Clark Ross"),
        "y:meyer": ("climber", "Hans Meyer"), "y:purtscheller": ("climber", "Ludwig Purtscheller"),
        "y:mackinder": ("climber", "Halford Mackinder"), "y:fyfe": ("climber", "Tom Fyfe"),
        "y:david": ("climber", "Edgeworth David"),
        "x:pitcairn": ("person", "Robert Pitcairn"), "x:norfolk": ("person", "Mary Howard"),
        "l:hurtigruten": ("cruise line", "Hurtigruten"), "l:oceania": ("cruise line", "Oceania Cruises"),
        "l:gauguin": ("cruise line", "Paul Gauguin Cruises"), "l:ponant": ("cruise line", "Ponant"),
        "l:pando": ("cruise line", "P&O Cruises"),
        "n:chile": ("country", "Chile"), "n:australia": ("country", "Australia"), "n:uk": ("country", "United Kingdom"),
        "n:france": ("country", "France"), "n:usa": ("country", "United States"), "n:norway": ("country", "Norway"),
    }
    T_ = [
        ("i:easter", "sighted", "x:roggeveen"), ("i:tasmania", "sighted", "x:tasman"), ("i:nz", "sighted", "x:tasman"),
        ("i:fiji", "sighted", "x:tasman"), ("i:tonga", "sighted", "x:schouten"), ("i:tonga", "sighted", "x:lemaire"),
        ("i:hawaii", "sighted", "x:cook"), ("i:newcal", "sighted", "x:cook"), ("i:sgeorgia", "sighted", "x:roche"),
        ("i:pitcairn", "sighted", "x:carteret"), ("i:tahiti", "sighted", "x:wallis"), ("i:bouvet", "sighted", "x:bouvet"),
        ("i:norfolk", "sighted", "x:cook"),
        ("k:kilimanjaro", "sighted", "x:rebmann"), ("k:kenya", "sighted", "x:krapf"), ("k:aoraki", "sighted", "x:tasman"),
        ("k:erebus", "sighted", "x:ross"),
        ("k:kilimanjaro", "climbed", "y:meyer"), ("k:kilimanjaro", "climbed", "y:purtscheller"),
        ("k:kenya", "climbed", "y:mackinder"), ("k:aoraki", "climbed", "y:fyfe"), ("k:erebus", "climbed", "y:david"),
        ("i:nz", "charted", "x:cook"), ("i:tasmania", "charted", "x:flinders"), ("i:tonga", "charted", "x:cook"),
        ("i:sgeorgia", "charted", "x:cook"), ("i:easter", "charted", "x:cook"),
        ("i:easter", "visited", "l:hurtigruten"), ("i:easter", "visited", "l:oceania"),
        ("i:tahiti", "visited", "l:gauguin"), ("i:pitcairn", "visited", "l:hurtigruten"),
        ("i:sgeorgia", "visited", "l:ponant"), ("i:fiji", "visited", "l:oceania"),
        ("i:easter", "administered", "n:chile"), ("i:tasmania", "administered", "n:australia"),
        ("i:norfolk", "administered", "n:australia"), ("i:pitcairn", "administered", "n:uk"),
        ("i:sgeorgia", "administered", "n:uk"), ("i:tahiti", "administered", "n:france"),
        ("i:newcal", "administered", "n:france"), ("i:hawaii", "administered", "n:usa"),
        ("i:bouvet", "administered", "n:norway"),
        ("i:tasmania", "named_after", "x:tasman"), ("i:pitcairn", "named_after", "x:pitcairn"),
        ("i:bouvet", "named_after", "x:bouvet"), ("i:norfolk", "named_after", "x:norfolk"),
        ("v:endeavour", "vessel_of", "x:cook"), ("v:resolution", "vessel_of", "x:cook"),
        ("v:heemskerck", "vessel_of", "x:tasman"), ("v:zeehaen", "vessel_of", "x:tasman"),
        ("v:dolphin", "vessel_of", "x:wallis"), ("v:swallow", "vessel_of", "x:carteret"),
        ("v:arend", "vessel_of", "x:roggeveen"), ("v:eendracht", "vessel_of", "x:schouten"),
        ("v:eendracht", "vessel_of", "x:lemaire"),
        ("t:ocean", "home_port", "l:pando"), ("t:ocean", "home_port", "l:oceania"), ("t:opt", "home_port", "l:pando"),
        ("t:bergen", "home_port", "l:hurtigruten"),
        ("user:kai", "rated", "i:easter", {"rating": 5.0}), ("user:kai", "rated", "i:tahiti", {"rating": 4.5}),
        ("user:kai", "rated", "i:nz", {"rating": 4.0}), ("user:kai", "rated", "i:pitcairn", {"rating": 2.0}),
        ("user:kai", "rated", "v:endeavour", {"rating": 1.5}),
    ]
    aliases = {"x:cook": ("Captain Cook", "Cook"), "x:tasman": ("Tasman",), "i:easter": ("Rapa Nui",),
               "v:endeavour": ("Endeavour",), "v:resolution": ("Resolution",), "k:aoraki": ("Aoraki / Mount Cook",),
               "k:kilimanjaro": ("Mount Kilimanjaro",)}
    return _build(items, others, rels, T_, users=[("user:kai", "Kai")], aliases=aliases)


def firms():
    """Companies (items: year founded) and their headquarters buildings (items: year completed):
    "is the headquarters of" (the Googleplex of Google and Alphabet; Unilever with two), "is the
    founder of" (person -> company), "is the chief executive of" (Pichai of two), "is the owner
    of" / "is a holding of" (Hulu owned by two), "was acquired by", the building's city and
    architect; a user."""
    rels = [
        R("hq_of", phrase="is the headquarters of", inverse_phrase="is headquartered in", domain=("campus", "office building"),
          range=("company",)),
        R("founder", phrase="is the founder of", inverse_phrase="was founded by", domain=("entrepreneur",),
          range=("company",)),
        R("ceo", phrase="is the chief executive of", inverse_phrase="is run by", domain=("executive", "entrepreneur"),
          range=("company",)),
        R("owns", phrase="is the owner of", inverse_phrase="is a holding of", domain=("company",), range=("company",)),
        R("acquired_by", phrase="was acquired by", inverse_phrase="acquired", domain=("company",), range=("company",)),
        R("located_in", phrase="is located in", inverse_phrase="is the site of", domain=("campus", "office building"),
          range=("city",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("campus", "office building"),
          range=("architect",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "c:google": ("company", "Google", 1998), "c:alphabet": ("company", "Alphabet", 2015),
        "c:apple": ("company", "Apple", 1976), "c:microsoft": ("company", "Microsoft", 1975),
        "c:youtube": ("company", "YouTube", 2005), "c:instagram": ("company", "Instagram", 2010),
        "c:meta": ("company", "Meta Platforms", 2004), "c:whatsapp": ("company", "WhatsApp", 2009),
        "c:deepmind": ("company", "DeepMind", 2010), "c:pixar": ("company", "Pixar", 1986),
        "c:disney": ("company", "The Walt Disney Company", 1923), "c:lucasfilm": ("company", "Lucasfilm", 1971),
        "c:hulu": ("company", "Hulu", 2007), "c:comcast": ("company", "Comcast", 1963),
        "c:spacex": ("company", "SpaceX", 2002), "c:neuralink": ("company", "Neuralink", 2016),
        "c:boring": ("company", "The Boring Company", 2016), "c:zip2": ("company", "Zip2", 1995),
        "c:unilever": ("company", "Unilever", 1929),
        "b:googleplex": ("campus", "Googleplex", 2004), "b:applepark": ("campus", "Apple Park", 2017),
        "b:redmond": ("campus", "Microsoft Redmond Campus", 1986), "b:hacker": ("campus", "Menlo Park campus", 2011),
        "b:burbank": ("campus", "Walt Disney Studios", 1940), "b:emeryville": ("campus", "Pixar Animation Studios", 2000),
        "b:uhouse": ("office building", "Unilever House", 1933), "b:weena": ("office building", "Weena 455", 1992),
        "b:starbase": ("campus", "Starbase", 2014),
    }
    others = {
        "p:page": ("entrepreneur", "Larry Page"), "p:brin": ("entrepreneur", "Sergey Brin"),
        "p:jobs": ("entrepreneur", "Steve Jobs"), "p:woz": ("entrepreneur", "Steve Wozniak"),
        "p:gates": ("entrepreneur", "Bill Gates"), "p:allen": ("entrepreneur", "Paul Allen"),
        "p:hurley": ("entrepreneur", "Chad Hurley"), "p:chen": ("entrepreneur", "Steve Chen"),
        "p:systrom": ("entrepreneur", "Kevin Systrom"), "p:krieger": ("entrepreneur", "Mike Krieger"),
        "p:zuck": ("entrepreneur", "Mark Zuckerberg"), "p:koum": ("entrepreneur", "Jan Koum"),
        "p:hassabis": ("entrepreneur", "Demis Hassabis"), "p:catmull": ("entrepreneur", "Ed Catmull"),
        "p:walt": ("entrepreneur", "Walt Disney"), "p:roy": ("entrepreneur", "Roy O. Disney"),
        "p:lucas": ("entrepreneur", "George Lucas"), "p:musk": ("entrepreneur", "Elon Musk"),
        "p:roberts": ("entrepreneur", "Ralph Roberts"),
        "p:pichai": ("executive", "Sundar Pichai"), "p:cook": ("executive", "Tim Cook"),
        "p:nadella": ("executive", "Satya Nadella"), "p:iger": ("executive", "Bob Iger"),
        "p:mohan": ("executive", "Neal Mohan"), "p:jope": ("executive", "Hein Schumacher"),
        "t:mountainview": ("city", "Mountain View"), "t:cupertino": ("city", "Cupertino"),
        "t:redmond": ("city", "Redmond"), "t:menlopark": ("city", "Menlo Park"), "t:burbank": ("city", "Burbank"),
        "t:emeryville": ("city", "Emeryville"), "t:london": ("city", "London"), "t:rotterdam": ("city", "Rotterdam"),
        "t:texas": ("city", "Boca Chica"),
        "r:foster": ("architect", "Foster and Partners"), "r:wilkinson": ("architect", "Clive Wilkinson"),
        "r:gehry": ("architect", "Frank Gehry"), "r:bohlin": ("architect", "Bohlin Cywinski Jackson"),
    }
    T_ = [
        ("b:googleplex", "hq_of", "c:google"), ("b:googleplex", "hq_of", "c:alphabet"), ("b:applepark", "hq_of", "c:apple"),
        ("b:redmond", "hq_of", "c:microsoft"), ("b:hacker", "hq_of", "c:meta"), ("b:burbank", "hq_of", "c:disney"),
        ("b:emeryville", "hq_of", "c:pixar"), ("b:uhouse", "hq_of", "c:unilever"), ("b:weena", "hq_of", "c:unilever"),
        ("b:starbase", "hq_of", "c:spacex"),
        ("p:page", "founder", "c:google"), ("p:brin", "founder", "c:google"), ("p:jobs", "founder", "c:apple"),
        ("p:woz", "founder", "c:apple"), ("p:gates", "founder", "c:microsoft"), ("p:allen", "founder", "c:microsoft"),
        ("p:hurley", "founder", "c:youtube"), ("p:chen", "founder", "c:youtube"), ("p:systrom", "founder", "c:instagram"),
        ("p:krieger", "founder", "c:instagram"), ("p:zuck", "founder", "c:meta"), ("p:koum", "founder", "c:whatsapp"),
        ("p:hassabis", "founder", "c:deepmind"), ("p:catmull", "founder", "c:pixar"), ("p:walt", "founder", "c:disney"),
        ("p:roy", "founder", "c:disney"), ("p:lucas", "founder", "c:lucasfilm"), ("p:musk", "founder", "c:spacex"),
        ("p:musk", "founder", "c:neuralink"), ("p:musk", "founder", "c:boring"), ("p:musk", "founder", "c:zip2"),
        ("p:roberts", "founder", "c:comcast"), ("p:page", "founder", "c:alphabet"), ("p:brin", "founder", "c:alphabet"),
        ("p:pichai", "ceo", "c:google"), ("p:pichai", "ceo", "c:alphabet"), ("p:cook", "ceo", "c:apple"),
        ("p:nadella", "ceo", "c:microsoft"), ("p:iger", "ceo", "c:disney"), ("p:zuck", "ceo", "c:meta"),
        ("p:mohan", "ceo", "c:youtube"), ("p:jope", "ceo", "c:unilever"), ("p:musk", "ceo", "c:spacex"),
        ("c:alphabet", "owns", "c:google"), ("c:alphabet", "owns", "c:deepmind"), ("c:google", "owns", "c:youtube"),
        ("c:meta", "owns", "c:instagram"), ("c:meta", "owns", "c:whatsapp"), ("c:disney", "owns", "c:pixar"),
        ("c:disney", "owns", "c:lucasfilm"), ("c:disney", "owns", "c:hulu"), ("c:comcast", "owns", "c:hulu"),
        ("c:youtube", "acquired_by", "c:google"), ("c:instagram", "acquired_by", "c:meta"),
        ("c:whatsapp", "acquired_by", "c:meta"), ("c:pixar", "acquired_by", "c:disney"),
        ("c:lucasfilm", "acquired_by", "c:disney"), ("c:deepmind", "acquired_by", "c:google"),
        ("b:googleplex", "located_in", "t:mountainview"), ("b:applepark", "located_in", "t:cupertino"),
        ("b:redmond", "located_in", "t:redmond"), ("b:hacker", "located_in", "t:menlopark"),
        ("b:burbank", "located_in", "t:burbank"), ("b:emeryville", "located_in", "t:emeryville"),
        ("b:uhouse", "located_in", "t:london"), ("b:weena", "located_in", "t:rotterdam"),
        ("b:starbase", "located_in", "t:texas"),
        ("b:applepark", "designed_by", "r:foster"), ("b:googleplex", "designed_by", "r:wilkinson"),
        ("b:hacker", "designed_by", "r:gehry"), ("b:emeryville", "designed_by", "r:bohlin"),
        ("user:ines", "rated", "b:applepark", {"rating": 5.0}), ("user:ines", "rated", "c:pixar", {"rating": 4.5}),
        ("user:ines", "rated", "b:googleplex", {"rating": 4.0}), ("user:ines", "rated", "c:meta", {"rating": 2.0}),
        ("user:ines", "rated", "b:redmond", {"rating": 1.5}),
    ]
    aliases = {"c:disney": ("Disney",), "c:meta": ("Meta", "Facebook"), "p:musk": ("Musk",),
               "c:google": ("Google LLC",), "p:zuck": ("Zuckerberg",)}
    return _build(items, others, rels, T_, users=[("user:ines", "Ines")], aliases=aliases)


BUILDERS = {"graves": graves, "clubs": clubs, "voyages": voyages, "firms": firms}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@graves
# (1) + (2) a tail-owned noun ("is the resting place of": owner = the person) said "Y is X's N",
# "Y, X's N, ...", "X, whose N is Y": Chopin, Hardy and Richard I rest in two places each, and
# Holy Cross Church, Stinsford Church and Rouen Cathedral hold one person each
Holy Cross Church is Frédéric Chopin's resting place.
Holy Cross Church is Chopin's resting place.
Holy Cross Church was Frédéric Chopin's resting place.
Stinsford Church is Thomas Hardy's resting place.
Rouen Cathedral is Richard I's resting place.
Frédéric Chopin, whose resting place is Holy Cross Church, was born in Zelazowa Wola.
Thomas Hardy, whose resting place is Stinsford Church, was born in Dorchester.
Richard I, whose resting place is Rouen Cathedral, was born in Oxford.
Richard I, whose resting place is Rouen Cathedral, was the son of Eleanor of Aquitaine.
Holy Cross Church, Frédéric Chopin's resting place, is located in Warsaw.
Stinsford Church, Thomas Hardy's resting place, is located in Stinsford.
Rouen Cathedral, Richard I's resting place, is an example of Gothic architecture.
Rouen Cathedral, Richard I's resting place, is located in Rouen.
Holy Cross Church is Frédéric Chopin's resting place and is located in Warsaw.
# the completeness claim that leaves one out, on the owner's side and the other
Frédéric Chopin's resting place is Père Lachaise Cemetery.
Frédéric Chopin's resting place is Holy Cross Church.
The resting place of Frédéric Chopin is Holy Cross Church.
The resting place of Thomas Hardy is Westminster Abbey.
Thomas Hardy's resting place is Stinsford Church.
Richard I's resting place is Rouen Cathedral.
Percy Bysshe Shelley's resting place is the Protestant Cemetery.
Percy Bysshe Shelley, whose resting place is St Peter's Church, was born in Horsham.
Fontevraud Abbey is Richard I's resting place.
St Peter's Church is Percy Bysshe Shelley's resting place.
Westminster Abbey is Thomas Hardy's resting place.
Frédéric Chopin's resting place, Holy Cross Church, is located in Warsaw.
Mary Shelley and Percy Bysshe Shelley's resting place is St Peter's Church.
Oscar Wilde's resting place is Père Lachaise Cemetery, and Frédéric Chopin's is Holy Cross Church.
# the noun the wrong way round ("Forest Lawn's resting place is Humphrey Bogart")
Forest Lawn's resting place is Humphrey Bogart.
Père Lachaise Cemetery's resting place is Oscar Wilde.
The resting place of Arlington National Cemetery is John F. Kennedy.
Arlington National Cemetery, whose resting place is John F. Kennedy, is located in Arlington.
John F. Kennedy is the resting place of Arlington National Cemetery.
Oscar Wilde is Père Lachaise Cemetery's resting place.
Dublin's birthplace is Oscar Wilde.
Mary Shelley's wife was Percy Bysshe Shelley.
Percy Bysshe Shelley's husband was Mary Shelley.
Thomas Hardy was Emma Hardy's wife.
Marie Curie was Pierre Curie's husband.
# the wrong object
Humphrey Bogart's resting place is Highgate Cemetery.
Humphrey Bogart, whose resting place is Highgate Cemetery, was born in New York City.
Highgate Cemetery is Oscar Wilde's resting place.
Oscar Wilde's birthplace is Paris.
Poitiers is Richard I's birthplace.
Richard I, whose birthplace is Poitiers, is buried in Fontevraud Abbey.
Karl Marx rests in Père Lachaise Cemetery.
Père Lachaise Cemetery, the resting place of Karl Marx, is located in Paris.
Highgate Cemetery, Oscar Wilde's resting place, is located in London.
Oscar Wilde's resting place, Highgate Cemetery, is located in London.
# head-owned nouns ("husband", "son") whose owner has two
Eleanor of Aquitaine's husband was Henry II.
Louis VII was Eleanor of Aquitaine's husband.
The husband of Eleanor of Aquitaine was Louis VII.
Eleanor of Aquitaine, whose husband was Louis VII, is buried in Fontevraud Abbey.
Eleanor of Aquitaine's son was Richard I.
King John was Eleanor of Aquitaine's son.
Eleanor of Aquitaine, whose son was King John, is buried in Fontevraud Abbey.
Richard I, Eleanor of Aquitaine's son, is buried in Fontevraud Abbey.
# negation, "one of", shared
Oscar Wilde's resting place is not Père Lachaise Cemetery.
Frédéric Chopin's resting place is Holy Cross Church, not Père Lachaise Cemetery.
Oscar Wilde's resting place is Highgate Cemetery, not Père Lachaise Cemetery.
Oscar Wilde's and Karl Marx's resting place is Père Lachaise Cemetery.
Oscar Wilde and Karl Marx share a resting place.
One of the resting places of Oscar Wilde is Highgate Cemetery.
One of the resting places of Frédéric Chopin is Westminster Abbey.
Eleanor of Aquitaine is buried in Fontevraud Abbey, like her husband Henry II.
# (3), (4): a year between a participle and "by", a year at the head
Highgate Cemetery was designed in 1839 by Stephen Geary.
The Panthéon was designed in 1790 by Jacques-Germain Soufflot.
In 1849, Frédéric Chopin was buried in Holy Cross Church.
@graves user:ada
You loved Père Lachaise Cemetery, the resting place of Karl Marx.
You disliked Holy Cross Church, Frédéric Chopin's resting place.
You loved Highgate Cemetery, Oscar Wilde's resting place.

@clubs
# (1) + (2): "is the home of" (Tottenham with two homes), "is the owner of" (Bayern with three
# owners, Allianz Arena with three over two relations), "is the founder of" (person -> club: AC
# Milan, Real Madrid and Rangers with two founders each)
Tottenham Hotspur Stadium is Tottenham Hotspur's home.
Tottenham Hotspur Stadium, Tottenham Hotspur's home, is located in London.
San Siro is the home of AC Milan and Inter Milan, and Tottenham Hotspur Stadium is Tottenham Hotspur's home.
Audi is Bayern Munich's owner.
Audi and Adidas are Bayern Munich's owners.
Allianz Arena's owner is Allianz.
Arena One is Allianz Arena's owner.
Allianz Arena, whose owner is Arena One, is located in Munich.
Herbert Kilpin is AC Milan's founder.
AC Milan, whose founder is Herbert Kilpin, plays at San Siro.
Alfred Edwards founded AC Milan, whose founder is Herbert Kilpin.
Juan Padrós is Real Madrid's founder.
Juan Padrós was Real Madrid's founder.
Real Madrid, whose founder is Juan Padrós, plays at the Bernabéu.
Real Madrid, whose founder was Juan Padrós, plays at the Bernabéu.
Rangers, whose founder is Moses McNeil, plays at Ibrox Stadium.
Moses McNeil founded Rangers, whose founder is Peter Campbell.
# the completeness claim on the owner's side
Tottenham Hotspur's home is Tottenham Hotspur Stadium.
Tottenham Hotspur's home is Wembley Stadium.
The home of Tottenham Hotspur is Tottenham Hotspur Stadium.
Wembley Stadium is Tottenham Hotspur's home.
Tottenham Hotspur's home, Tottenham Hotspur Stadium, is located in London.
Bayern Munich's owner is Audi.
The owner of Bayern Munich is Audi.
Bayern Munich's owners are Audi and Adidas.
The owners of Bayern Munich are Audi and Adidas.
Audi and Adidas are the owners of Bayern Munich.
Allianz Arena's owner is Arena One.
The owner of Allianz Arena is Arena One.
AC Milan's founder is Herbert Kilpin.
Real Madrid's founder is Juan Padrós.
The founder of Rangers is Moses McNeil.
Friedkin Group's holding is AS Roma.
AS Roma is Friedkin Group's holding.
The holding of Friedkin Group is AS Roma.
# nouns both ways ("X's owner" / "Y's holding"), the wrong way round
San Siro's home is AC Milan.
The home of San Siro is AC Milan.
Allianz Arena is Bayern Munich's owner.
Bayern Munich's owner is Allianz Arena.
Herbert Kilpin's founder is AC Milan.
Inter Milan's founder is Herbert Kilpin.
Rangers' owner is Friedkin Group.
Bayern Munich's owners are Audi, Adidas and Allianz Arena.
# (3) a year between a participle and "by"; (4) "In <year>,"; (7) a year after a list
Inter Milan was founded in 1899 by Giorgio Muggiani.
Inter Milan was established in 1899 by Giorgio Muggiani.
San Siro was opened in 1908 by Piero Pirelli.
Wembley Stadium was opened in 2005 by Prince William.
San Siro was owned in 1926 by Comune di Milano.
San Siro was bought in 1926 by Comune di Milano.
San Siro was designed in 1926 by Ulisse Stacchini.
Goodison Park was designed in 1892 by Archibald Leitch.
Celtic Park was founded in 1887 by Brother Walfrid.
In 1899, Herbert Kilpin founded Inter Milan.
In 1908, Herbert Kilpin founded AC Milan.
In 1926, Inter Milan played at San Siro.
In 1899, Archibald Leitch designed Ibrox Stadium.
Herbert Kilpin founded AC Milan and Inter Milan in 1899.
Archibald Leitch designed Goodison Park and Ibrox Stadium in 1899.
@clubs user:gio
You liked AC Milan, whose founder is Herbert Kilpin.
You disliked Wembley Stadium, Tottenham Hotspur's home.

@voyages
# (5) a verb of first finding ("sighted") on a graph whose other event is said in the present
# ("is climbed by": a peak's year is its first ascent), and (6) a "cruise terminal" no longer a
# venue: the sighting gets the ascent's year, and a terminal or a ship is "sighted"
Johannes Rebmann sighted Kilimanjaro in 1889.
In 1889, Johannes Rebmann sighted Kilimanjaro.
Sighted in 1889, Kilimanjaro is climbed by Hans Meyer.
Kilimanjaro, sighted in 1889, is climbed by Hans Meyer.
Abel Tasman sighted Aoraki in 1894.
James Clark Ross sighted Mount Erebus in 1908.
Johann Ludwig Krapf sighted Mount Kenya in 1899.
Kilimanjaro was sighted in 1889 by Johannes Rebmann.
Johannes Rebmann first sighted Kilimanjaro in 1889.
Kilimanjaro was first sighted by Johannes Rebmann in 1889.
Ocean Terminal was sighted in 2009.
Overseas Passenger Terminal was sighted in 1960.
Bergen Port Terminal, sighted in 1993, is the home port of Hurtigruten.
Heemskerck was sighted in 1638.
Ocean Terminal was launched in 2009.
Abel Tasman sighted Aoraki and New Zealand in 1642.
# (3) a year between a participle and "by": another verb, another year
Fiji was sighted in 1642 by Abel Tasman.
New Zealand was charted in 1642 by James Cook.
Tonga was charted in 1616 by James Cook.
Easter Island was visited in 1722 by Hurtigruten.
Fiji was reached in 1643 by Abel Tasman.
# (4) "In <year>," with and without an item
In 1642, Abel Tasman sighted Fiji.
In 1643, Abel Tasman sighted Fiji and New Zealand.
Tasmania is administered by Australia. In 1643, it was sighted by Abel Tasman.
# (7) a year after a list of names
Abel Tasman sighted Tasmania and Fiji in 1642.
Abel Tasman sighted Fiji and New Zealand in 1642.
Abel Tasman sighted Fiji, Tasmania and New Zealand in 1642.
Abel Tasman sighted both Fiji and New Zealand in 1642.
Abel Tasman sighted Fiji as well as New Zealand in 1642.
Abel Tasman sighted Fiji and New Zealand, both in 1642.
James Cook sighted Hawaii and Norfolk Island in 1774.
James Cook sighted Norfolk Island and Hawaii in 1774.
James Cook sighted New Caledonia, Norfolk Island and Hawaii in 1774.
Fiji and New Zealand were sighted by Abel Tasman in 1642.
Fiji and New Zealand were sighted in 1642 by Abel Tasman.
Tasmania and Fiji were sighted in 1643 by Abel Tasman.
# (1) + (2): "is the vessel of" (Cook and Tasman with two), "is the home port of" (P&O with two)
Abel Tasman, whose vessel is Heemskerck, sighted Tasmania.
James Cook, whose vessel is HMS Resolution, sighted Hawaii.
Overseas Passenger Terminal is P&O Cruises's home port.
James Cook's vessel is HMS Endeavour.
Abel Tasman's vessel is Heemskerck.
HMS Endeavour is James Cook's vessel.
Zeehaen is Abel Tasman's vessel.
P&O Cruises' home port is Ocean Terminal.
The home port of P&O Cruises is Ocean Terminal.
Eendracht's vessel is Willem Schouten.
Hurtigruten's home port is Ocean Terminal.
Kilimanjaro's climber is Hans Meyer.
Tasmania's namesake is James Cook.
Abel Tasman's namesake is Tasmania.
@voyages user:kai
You disliked HMS Endeavour, James Cook's vessel.
You loved Easter Island, sighted in 1722 by Abel Tasman.
You loved Tahiti, sighted in 1768.

@firms
# (1) + (2): "is the founder of" (person -> company: Apple, YouTube, Instagram, Microsoft and
# Disney with two founders), "is the owner of" (Hulu with two owners), "is the headquarters of"
# (Unilever with two)
Steve Jobs is Apple's founder.
Steve Wozniak is Apple's founder.
Steve Jobs was Apple's founder.
Walt Disney is The Walt Disney Company's founder.
Roy O. Disney is The Walt Disney Company's founder.
Chad Hurley is YouTube's founder.
Mike Krieger is Instagram's founder.
Paul Allen is Microsoft's founder.
Apple, whose founder is Steve Jobs, is headquartered in Apple Park.
Instagram, whose founder is Kevin Systrom, was acquired by Meta Platforms.
YouTube, whose founder is Chad Hurley, is run by Neal Mohan.
Microsoft, whose founder is Bill Gates, is run by Satya Nadella.
The Walt Disney Company, whose founder is Walt Disney, is the owner of Pixar.
Steve Jobs, Apple's founder, founded Apple.
Roy O. Disney, The Walt Disney Company's founder, founded The Walt Disney Company.
Kevin Systrom, Instagram's founder, is the founder of Instagram.
Chad Hurley, YouTube's founder, founded YouTube in 2005.
Steve Jobs is Apple's founder, and Ed Catmull is Pixar's founder.
Comcast is Hulu's owner.
Comcast, Hulu's owner, was founded by Ralph Roberts.
Hulu, whose owner is Comcast, is a holding of The Walt Disney Company.
Unilever House is Unilever's headquarters.
Weena 455 is Unilever's headquarters.
Unilever, whose headquarters is Weena 455, is run by Hein Schumacher.
Unilever, whose headquarters is Unilever House, is run by Hein Schumacher.
# the same through "its" and a noun ending in s (accepted by the starting code too)
Apple was founded in 1976. Its founder is Steve Jobs.
Apple was founded in 1976. Steve Jobs is its founder.
Hulu was founded in 2007. Its owner is Comcast.
Unilever was founded in 1929. Its headquarters is Unilever House.
Unilever's headquarters is Weena 455.
# the completeness claim on the owner's side
Apple's founder is Steve Jobs.
The founder of Apple is Steve Jobs.
Apple's founder was Steve Jobs.
Hulu's owner is Comcast.
The owner of Hulu is Comcast.
Disney's holding is Pixar.
Pixar is Disney's holding.
Pixar, Disney's holding, was founded by Ed Catmull.
The headquarters of Unilever is Unilever House.
Sergey Brin is Alphabet's founder.
# the wrong way round, the wrong object, negation
Googleplex's headquarters is Google.
Pixar's holding is The Walt Disney Company.
The Walt Disney Company's owner is Pixar.
Google's owner is YouTube.
YouTube's owner is Alphabet.
Steve Jobs's founder is Apple.
Google's founder is Sundar Pichai.
Apple's chief executive is Steve Jobs.
Mark Zuckerberg is not Meta Platforms' founder.
Bill Gates is not a founder of Microsoft.
The Walt Disney Company isn't Pixar's owner.
# (3), (4), (7)
YouTube was founded in 2006 by Chad Hurley.
YouTube was acquired in 2005 by Google.
YouTube was bought in 2005 by Google.
Google was founded in 2015 by Larry Page.
Instagram was created in 2012 by Kevin Systrom.
DeepMind was acquired in 2010 by Google.
In 2015, Larry Page founded Google.
In 2016, Elon Musk founded Neuralink and SpaceX.
In 2005, Google acquired YouTube.
Elon Musk founded SpaceX and Neuralink in 2016.
Elon Musk founded Neuralink and SpaceX in 2016.
Elon Musk founded SpaceX, Neuralink and The Boring Company in 2016.
Elon Musk founded Zip2 in 1995 and Neuralink and SpaceX in 2016.
Elon Musk founded Neuralink and Zip2 in 1995.
Elon Musk founded SpaceX and, in 2016, Zip2.
Larry Page founded Google and Alphabet in 1998.
Neuralink and SpaceX were founded in 2016 by Elon Musk.
Neuralink and SpaceX were both founded in 2016.
Elon Musk founded SpaceX as well as Neuralink in 2016.
Elon Musk founded both SpaceX and Neuralink in 2016.
Elon Musk founded SpaceX and Neuralink, both in 2016.
SpaceX and Neuralink were founded in 2016 by Elon Musk.
Zip2, SpaceX and Neuralink were founded in 2016 by Elon Musk.
# a relation's own phrase in the past with "the"; "her husband" of a woman with two
Steve Jobs was the founder of Apple.
@firms user:ines
You disliked Meta Platforms, whose founder is Kevin Systrom.
You loved Pixar, Disney's holding.
"""

# Accepted by the starting code too (CHANGES.diff reversed): printed as KNOWN, not counted.
KNOWN = frozenset(
    {
        # accepted by the session's start code (44e7d17) too, found when this script was kept:
        # a plural noun phrase's list checked on the stored head's side; a year before "by"
        # after a verb of holding or charting (the "by" branch reads any relation's verb)
        'Audi and Adidas are the owners of Bayern Munich.',
        'San Siro was owned in 1926 by Comune di Milano.',
        'New Zealand was charted in 1642 by James Cook.',
        'Tonga was charted in 1616 by James Cook.',
        # (5) the sighting dated by the peak's year (its first ascent, "is climbed by"): the
        # starting code reads "first sighted" and "sighted in <year> by" so on this graph too
        'Kilimanjaro was sighted in 1889 by Johannes Rebmann.',
        'Johannes Rebmann first sighted Kilimanjaro in 1889.',
        'Kilimanjaro was first sighted by Johannes Rebmann in 1889.',
        # a terminal "launched"
        'Ocean Terminal was launched in 2009.',
        # (2) the owner named by "its" (or a noun ending in s, "headquarters") is not found:
        # the completeness is checked on the other side, as the starting code checks it
        'Apple was founded in 1976. Its founder is Steve Jobs.',
        'Apple was founded in 1976. Steve Jobs is its founder.',
        'Hulu was founded in 2007. Its owner is Comcast.',
        'Unilever was founded in 1929. Its headquarters is Unilever House.',
        "Unilever's headquarters is Weena 455.",
        # (3) + (7) a list before "were <participle> in <year> by": the year is checked on the
        # last name only (the starting code reads it so; this round's list reading is another path)
        'Fiji and New Zealand were sighted in 1642 by Abel Tasman.',
        'Tasmania and Fiji were sighted in 1643 by Abel Tasman.',
        'SpaceX and Neuralink were founded in 2016 by Elon Musk.',
        'Zip2, SpaceX and Neuralink were founded in 2016 by Elon Musk.',
    }
)

# Arguable: printed as OPEN and left out of the count (they stay in TEXTS, under their comment).
OPEN = frozenset(
    {
        # a relation's own phrase ("is the founder of") in the past with "the": the only one, or
        # one of them (Apple has two founders)?
        'Steve Jobs was the founder of Apple.',
        # "her husband Henry II" of a woman with two husbands: a description or the only one?
        'Eleanor of Aquitaine is buried in Fontevraud Abbey, like her husband Henry II.',
    }
)

# Faithful texts: every statement true in the graph. Printed when rejected.
CONTROLS = r"""
@graves
Frédéric Chopin's resting places are Père Lachaise Cemetery and Holy Cross Church.
Oscar Wilde's resting place is Père Lachaise Cemetery.
The resting place of Oscar Wilde is Père Lachaise Cemetery.
John F. Kennedy's resting place is Arlington National Cemetery.
The resting place of John F. Kennedy is Arlington National Cemetery.
John F. Kennedy, whose resting place is Arlington National Cemetery, was born in Brookline.
Holy Cross Church is the resting place of Frédéric Chopin.
Oscar Wilde's birthplace is Dublin.
The birthplace of Jean-Paul Sartre is Paris.
Dublin is Oscar Wilde's birthplace.
Eleanor of Aquitaine's husbands were Henry II and Louis VII.
The wife of Henry II was Eleanor of Aquitaine.
Richard I's mother was Eleanor of Aquitaine.
Emma Hardy is Thomas Hardy's wife.
Percy Bysshe Shelley, whose wife was Mary Shelley, is buried in St Peter's Church.
# (faithful, possibly rejected: the completeness checked on the other side, a list before "are")
Oscar Wilde, whose resting place is Père Lachaise Cemetery, was born in Dublin.
Père Lachaise Cemetery is Oscar Wilde's resting place.
Père Lachaise Cemetery, Oscar Wilde's resting place, is located in Paris.
Highgate Cemetery is Karl Marx's resting place.
Paris is Jean-Paul Sartre's birthplace.
Eleanor of Aquitaine was Henry II's wife.
Eleanor of Aquitaine was Richard I's mother.
Henry II, whose wife was Eleanor of Aquitaine, is buried in Fontevraud Abbey.
Westminster Abbey and Stinsford Church are Thomas Hardy's resting places.
@graves user:ada
You loved Père Lachaise Cemetery, the resting place of Oscar Wilde.
You disliked Holy Cross Church, the resting place of Frédéric Chopin.

@clubs
Tottenham Hotspur's homes are Tottenham Hotspur Stadium and Wembley Stadium.
Bayern Munich's owners are Audi, Adidas and Allianz.
AS Roma's owner is Friedkin Group.
Friedkin Group's holdings are AS Roma and Everton.
AC Milan's founders are Herbert Kilpin and Alfred Edwards.
The founder of Inter Milan is Giorgio Muggiani.
Giorgio Muggiani is Inter Milan's founder.
Inter Milan, whose founder is Giorgio Muggiani, plays at San Siro.
Juan Padrós and Carlos Padrós are Real Madrid's founders.
Audi is one of Bayern Munich's owners.
The home of the England national team is Wembley Stadium.
AC Milan was founded in 1899 by Herbert Kilpin.
Wembley Stadium was opened in 2007 by Prince William.
Herbert Kilpin and Alfred Edwards founded AC Milan in 1899.
# (faithful, possibly rejected: the completeness checked on the other side)
Friedkin Group is AS Roma's owner.
@clubs user:gio
You loved San Siro, the home of AC Milan and Inter Milan.

@voyages
Abel Tasman sighted Tasmania and New Zealand in 1642.
James Cook sighted New Caledonia and Norfolk Island in 1774.
Fiji was sighted in 1643 by Abel Tasman.
Sighted in 1643, Fiji is visited by Oceania Cruises.
In 1643, Abel Tasman sighted Fiji.
Willem Schouten's vessel is Eendracht.
James Cook's vessels are HMS Endeavour and HMS Resolution.
Bergen Port Terminal is Hurtigruten's home port.
Tasmania's namesake is Abel Tasman.
# (faithful, possibly rejected: a pronoun after "In <year>,", the completeness on the other
# side, a terminal that opens)
Tasmania is administered by Australia. In 1642, it was sighted by Abel Tasman.
Willem Schouten, whose vessel is Eendracht, sighted Tonga.
Oceania Cruises, whose home port is Ocean Terminal, visits Fiji.
Ocean Terminal opened in 2009.
Ocean Terminal, which opened in 2009, is the home port of P&O Cruises.
@voyages user:kai
You loved Easter Island, sighted in 1722 by Jacob Roggeveen.

@firms
Apple's founders are Steve Jobs and Steve Wozniak.
Steve Jobs and Steve Wozniak are Apple's founders.
Steve Jobs is one of Apple's founders.
Jan Koum is WhatsApp's founder.
Ed Catmull is Pixar's founder.
SpaceX's founder is Elon Musk.
The founder of SpaceX is Elon Musk.
Google's chief executive is Sundar Pichai.
Tim Cook is Apple's chief executive.
Bob Iger is The Walt Disney Company's chief executive.
Hulu's owners are Comcast and The Walt Disney Company.
Comcast's holding is Hulu.
Google's owner is Alphabet.
Unilever House and Weena 455 are Unilever's headquarters.
The headquarters of Google is the Googleplex.
Apple Park is Apple's headquarters.
Elon Musk founded Neuralink and The Boring Company in 2016.
Elon Musk founded SpaceX in 2002 and Neuralink in 2016.
Larry Page founded Google (1998) and Alphabet (2015).
YouTube was founded in 2005 by Chad Hurley.
# (faithful, possibly rejected: the completeness checked on the other side)
Elon Musk is SpaceX's founder.
Sundar Pichai is Google's chief executive.
The Googleplex is Google's headquarters.
@firms user:ines
You loved Pixar, whose founder is Ed Catmull.
You disliked Meta Platforms, whose founder is Mark Zuckerberg.
You loved Apple Park, the headquarters of Apple.
"""


def _parse(block):
    key, user = None, None
    for line in block.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            parts = line[1:].split()
            key, user = parts[0], (parts[1] if len(parts) > 1 else None)
            continue
        yield key, user, line


def cases():
    yield from _parse(TEXTS)


def controls():
    yield from _parse(CONTROLS)


def check_all():
    out = []
    for key, user, text in cases():
        ok, reason = check(key, text, user)
        out.append((key, user, text, ok, reason))
    return out


def main():
    verbose = os.environ.get("VERBOSE")
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
