"""Red team round 162: this round's new readings (CHANGES.diff): (1) "-oes" plurals of nouns in
"-o" (volcano, tomato, potato, hero ...), "-sis" -> "-ses", Latin plurals (termini, nebulae ...)
of lower-case attribute names and type nouns; (2) origin idioms "got / had its start in", "has /
had its roots / origins in", "traces its roots / origins to" for "originated in", "comes from",
"was formed / founded / established in"; (3) "Y is X's N." for a relation "is the N of" whose owner
is the stored fact's tail ("Allianz Arena is Bayern Munich's home ground"), X's only N; (4) a
relation "is a" also reads "takes / took the form of a", "is in the form of a", and a relation
phrased "is in the form of" / "takes the form of" / "has the form of" also reads "is a"; (5) every
building type (mausoleum, abbey, chapel, monastery, pyramid, stupa, tomb, synagogue, ...) is a
venue: it opens, is built, completed, erected, inaugurated in its year; "tomb" names a
mausoleum; the place where someone "is buried" (present) "is the (final / last) resting place
of" them; (6) "A and the B are <verb> <prep> X" no longer needs X to be all of B's objects.

Six graphs of my own (graph builders below):

* volcanoes: "is a" a lower-case volcano form (stratovolcano, shield volcano, caldera, cinder
  cone, supervolcano), "is known for" lower-case crops (tomato, potato, pistachio, grape,
  coffee), "is located in", "is part of", "lies within", "destroyed", "is monitored by", "is named
  after", "was first climbed by", "has" (features); no years; a user;
* venues: stadiums (year opened) that are "the home ground of" clubs (present; Wales and FC
  Barcelona have two, San Siro and Stadio Olimpico are shared) next to "was the home ground of"
  (past), "is owned by", "is named after" sponsors, "hosted" finals; sponsors that are "the shirt
  sponsor of" clubs; railway stations (year opened) that are "a" terminus or "a" through station
  ("termini"), "the terminal of" lines (two lines have two), "is served by", "stands in", "was
  built by"; a user;
* anthems (year adopted): "is the national anthem of" (New Zealand has two) next to "is the royal
  anthem of" and "was the national anthem of" (past), "is in the form of" a march / hymn / psalm,
  "is sung in" (the Swiss Psalm in four languages, the Brabanconne in three), "was composed by"
  next to "has lyrics by", "is based on", "originated in" next to "is named after" (Marseille)
  and "was first sung in"; a user;
* monuments: mausoleums, an abbey, a chapel, a monastery, a church, a pyramid, a stupa, temples,
  an office building, a castle, a necropolis (year completed), frescoes in the chapel (year
  painted), royal houses (year founded); people who "are buried in" them (present) next to "was
  buried in" (past: Stalin, Napoleon), "was commissioned by", "was designed by", "is dedicated
  to", "houses", "takes the form of" a shape (the Lotus Temple, the Basket Building), "is a" a
  designation (World Heritage Site, Royal Peculiar); royal houses that "originated in", "ruled",
  "were founded by", "are named after", "are a branch of"; a user;
* tombs: Egyptian tombs whose year is the year they were found ("was discovered by": a graph of
  discoveries), "was built for", "is located in" a valley or an oasis, pharaohs who "are buried
  in" one (present) next to "was buried in" (past: the mummy moved, "is displayed in" a museum),
  "was excavated by", "was mapped by"; a user;
* companies (year founded) of several types, among them auction houses, a brewery, abbeys and a
  synagogue congregation (building types whose year is a founding): "was founded in" a city next to
  "is headquartered in", "has a factory in", "was incorporated in", "comes from" a country next to
  "is registered in", "was founded by" next to "was funded by", "launched", "owns", "is owned by",
  "is named after"; people who are "the chief executive of" a company (present) next to "was the
  chief executive of" (past); a user.

Findings (accepted through this round's readings; the starting code, CHANGES.diff reversed,
rejects each of them):

* (3) "Y is X's N" reads the noun of a PAST relation ("was the home ground of", "was the chief
  executive of", "was the national anthem of") in the present: "Olympiastadion is Bayern Munich's
  home ground", "Highbury is Arsenal's home ground", "Anfield is Everton's home ground", "Montjuic
  is Espanyol's home ground", "Steve Jobs is Apple's chief executive", "Jeff Bezos is Amazon's
  chief executive", "Stephen Elop is Nokia's chief executive", "God Save the King is Australia's
  national anthem" (a royal anthem there now), after a participle, in a coordinated clause. (The
  noun cue "home ground" holds both relations; the starting code already confuses them in "is the
  home ground of" and "X's home ground is Y": KNOWN.)
* (4) a relation phrased "takes the form of" a SHAPE is read as "is a": "The Lotus Temple is a lotus
  flower", "The Basket Building is a picnic basket", with a place, an apposition, a relative
  clause, a participle, two clauses; and "takes / took the form of a" and "is in the form of a" are
  glued to ANY relation phrased "is a", also a designation that is no form: "The Taj Mahal takes
  the form of a World Heritage Site", "Westminster Abbey takes the form of a Royal Peculiar",
  "Westminster Abbey is in the form of a World Heritage Site", in a relative clause, with a place.
* (5) a building type makes the graph a graph of venues, and a graph of venues is no graph of
  discoveries (GraphIndex.discovered_items needs "not venue_items"): on a graph of tombs found, the
  year of the find is read as the tomb's building: "KV62 was built in 1922", "Built in 1922, KV62
  ...", "KV62 was completed / erected / inaugurated in 1922", "KV17 was constructed in 1817", "Howard
  Carter ..., KV62 was built in 1922", "The Tomb of Si-Amun was built in 1940" (the controls "KV62
  was discovered in 1922", "Discovered in 1922, KV62 ...", "Howard Carter discovered KV62 in 1922"
  are rejected now, accepted by the starting code: regressions). Abbeys and a synagogue
  congregation whose year is their founding ("was founded by", "was founded in") are built,
  erected, constructed, inaugurated in it: "Cluny Abbey was built in 910", "Citeaux Abbey was
  erected in 1098", "Melk Abbey was constructed in 1089", "Shearith Israel was built in 1654",
  "Cluny Abbey was inaugurated in 910" ("completed" was already read: KNOWN).
* (5) "the tomb" (the new noun of a mausoleum) names the item before it, whatever its type: "The
  Louvre Pyramid is located in Paris. The tomb was designed by I. M. Pei", a royal house ("The
  tomb was founded by George V"), the Sistine Chapel, the Lotus Temple. (The starting code does
  the same with "the mausoleum", "the abbey": KNOWN; this round adds "tomb" to those nouns.)

Not found: (1) "stratovolcanoes", "supervolcanoes", "volcanoes", "tomatoes", "potatoes",
"termini" said of the wrong items (lists, "both", "one of the", places, monitors, namesakes,
negation, a pronoun, a user's text) are rejected, and the type noun "oases" of entities is not
read; (2) a headquarters, a factory, a state of incorporation, a registration country, a namesake
city, a place of first singing, a country ruled, another item's origin, a person, a year, the
roles swapped, lists, negation; (3) the wrong club, a club with two home grounds, a line with two
terminals, a noun of another relation (shirt sponsor, owner, namesake), the roles swapped, plural
lists, appositions, negation; (4) a form the item does not have, a feature, a crop; (5) a year of
another item (a fresco's year for the chapel), a past burial ("is the resting place of" Stalin in
Lenin's Mausoleum, Napoleon on Saint Helena, Ramesses II in KV7), a commissioner, a designer, a
saint, the roles swapped, "a tomb" of a non-mausoleum; (6) X not A's or not B's, negation, "only".

OPEN: "was X's N" of a present fact ("Tim Cook was Apple's chief executive"); "Emirates is
Arsenal's home ground" ("the Emirates" is the stadium's alias); a tomb "opened" in the year it
was found, a business, an abbey or a congregation "opened" in its founding year; "the tomb" after
a building where people are buried (El Escorial, Westminster Abbey); "traces its origins to" a
founder, a melody, a branch's origin; "Yellowstone Caldera takes the form of a supervolcano"; ...

KNOWN (accepted by the starting code too): a past home ground, chief executive or anthem in "is the
N of" and "X's N is Y"; "the mausoleum", "the abbey" naming the item before whatever its type;
royal houses and auction houses (type words "house") built, completed, opened, erected in their
founding year; "Cluny Abbey was completed in 910".

Rejected controls: the three discovery years on the tombs graph (regressions, see above); and,
rejected by the starting code too: "A and B are X's Ns" (plural lists: "Cardiff City Stadium and
Principality Stadium are Wales's home grounds", "... are New Zealand's national anthems", "...
the West Coast Main Line's terminals", "Camp Nou and Montjuic are FC Barcelona's home grounds"),
the apposition "Allianz Arena, Bayern Munich's home ground, ...", "Mount Rainier and Mount St.
Helens, both stratovolcanoes, ...", "Yellowstone Caldera is one of the supervolcanoes", "KV7 was
the resting place of Ramesses II", "The Tomb of Si-Amun and the Tomb of Bannentiu are located in
oases".

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


def volcanoes():
    """Volcanoes (items, no year): "is a" a volcano form (lower-case attributes "stratovolcano",
    "shield volcano", "caldera", "cinder cone", "supervolcano": plurals "stratovolcanoes",
    "calderas"), "is located in" a country, "is part of" a mountain range, "lies within" a
    national park, "destroyed" towns, "is monitored by" an observatory, "is named after" a person
    (British naval "heroes"), "was first climbed by", "has" features, "is known for" crops (lower-case
    "tomato", "potato", "pistachio", "grape", "coffee": "tomatoes", "potatoes"); a user."""
    rels = [
        R("is_a", phrase="is a", inverse_phrase="is the form of", domain=("volcano",), range=("volcano form",)),
        R("located_in", phrase="is located in", inverse_phrase="is the location of", domain=("volcano",), range=("country",)),
        R("part_of", phrase="is part of", inverse_phrase="includes", domain=("volcano",), range=("mountain range",)),
        R("within", phrase="lies within", inverse_phrase="contains", domain=("volcano",), range=("national park",)),
        R("destroyed", phrase="destroyed", inverse_phrase="was destroyed by", domain=("volcano",), range=("town",)),
        R("monitored_by", phrase="is monitored by", inverse_phrase="monitors", domain=("volcano",), range=("observatory",)),
        R("named_after", phrase="is named after", inverse_phrase="is the namesake of", domain=("volcano",), range=("naval officer", "diplomat")),
        R("climbed_by", phrase="was first climbed by", inverse_phrase="first climbed", domain=("volcano",), range=("mountaineer",)),
        R("has", phrase="has", inverse_phrase="is a feature of", domain=("volcano",), range=("feature",)),
        R("known_for", phrase="is known for", inverse_phrase="is grown on", domain=("volcano",), range=("crop",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "v:fuji": ("volcano", "Mount Fuji", None), "v:sthelens": ("volcano", "Mount St. Helens", None),
        "v:rainier": ("volcano", "Mount Rainier", None), "v:maunaloa": ("volcano", "Mauna Loa", None),
        "v:kilauea": ("volcano", "Kilauea", None), "v:krakatoa": ("volcano", "Krakatoa", None),
        "v:yellowstone": ("volcano", "Yellowstone Caldera", None), "v:vesuvius": ("volcano", "Mount Vesuvius", None),
        "v:paricutin": ("volcano", "Paricutin", None), "v:etna": ("volcano", "Mount Etna", None),
        "v:pinatubo": ("volcano", "Mount Pinatubo", None), "v:tambora": ("volcano", "Mount Tambora", None),
        "v:sunset": ("volcano", "Sunset Crater", None),
    }
    others = {
        "f:strato": ("volcano form", "stratovolcano"), "f:shield": ("volcano form", "shield volcano"),
        "f:caldera": ("volcano form", "caldera"), "f:cinder": ("volcano form", "cinder cone"),
        "f:super": ("volcano form", "supervolcano"),
        "c:japan": ("country", "Japan"), "c:us": ("country", "United States"), "c:indonesia": ("country", "Indonesia"),
        "c:italy": ("country", "Italy"), "c:mexico": ("country", "Mexico"), "c:philippines": ("country", "Philippines"),
        "r:cascade": ("mountain range", "Cascade Range"),
        "n:hawaii": ("national park", "Hawaii Volcanoes National Park"), "n:yellowstone": ("national park", "Yellowstone National Park"),
        "n:rainier": ("national park", "Mount Rainier National Park"), "n:vesuvius": ("national park", "Vesuvius National Park"),
        "t:pompeii": ("town", "Pompeii"), "t:herculaneum": ("town", "Herculaneum"), "t:sanjuan": ("town", "San Juan Parangaricutiro"),
        "o:hvo": ("observatory", "Hawaiian Volcano Observatory"), "o:cvo": ("observatory", "Cascades Volcano Observatory"),
        "o:vesuviano": ("observatory", "Vesuvius Observatory"), "o:yvo": ("observatory", "Yellowstone Volcano Observatory"),
        "p:rainier": ("naval officer", "Peter Rainier"), "p:fitzherbert": ("diplomat", "Alleyne FitzHerbert"),
        "m:stevens": ("mountaineer", "Hazard Stevens"), "m:enno": ("mountaineer", "En no Gyoja"),
        "e:lavalake": ("feature", "lava lake"), "e:crater": ("feature", "summit crater"), "e:geysers": ("feature", "geyser basin"),
        "e:glaciers": ("feature", "glacier"),
        "k:tomato": ("crop", "tomato"), "k:potato": ("crop", "potato"), "k:pistachio": ("crop", "pistachio"),
        "k:grape": ("crop", "grape"), "k:coffee": ("crop", "coffee"),
    }
    T_ = [
        ("v:fuji", "is_a", "f:strato"), ("v:sthelens", "is_a", "f:strato"), ("v:rainier", "is_a", "f:strato"),
        ("v:vesuvius", "is_a", "f:strato"), ("v:etna", "is_a", "f:strato"), ("v:pinatubo", "is_a", "f:strato"),
        ("v:tambora", "is_a", "f:strato"), ("v:maunaloa", "is_a", "f:shield"), ("v:kilauea", "is_a", "f:shield"),
        ("v:krakatoa", "is_a", "f:caldera"), ("v:yellowstone", "is_a", "f:caldera"), ("v:yellowstone", "is_a", "f:super"),
        ("v:paricutin", "is_a", "f:cinder"), ("v:sunset", "is_a", "f:cinder"),
        ("v:fuji", "located_in", "c:japan"), ("v:sthelens", "located_in", "c:us"), ("v:rainier", "located_in", "c:us"),
        ("v:maunaloa", "located_in", "c:us"), ("v:kilauea", "located_in", "c:us"), ("v:yellowstone", "located_in", "c:us"),
        ("v:sunset", "located_in", "c:us"), ("v:krakatoa", "located_in", "c:indonesia"), ("v:tambora", "located_in", "c:indonesia"),
        ("v:vesuvius", "located_in", "c:italy"), ("v:etna", "located_in", "c:italy"), ("v:paricutin", "located_in", "c:mexico"),
        ("v:pinatubo", "located_in", "c:philippines"),
        ("v:sthelens", "part_of", "r:cascade"), ("v:rainier", "part_of", "r:cascade"),
        ("v:maunaloa", "within", "n:hawaii"), ("v:kilauea", "within", "n:hawaii"), ("v:yellowstone", "within", "n:yellowstone"),
        ("v:rainier", "within", "n:rainier"), ("v:vesuvius", "within", "n:vesuvius"),
        ("v:vesuvius", "destroyed", "t:pompeii"), ("v:vesuvius", "destroyed", "t:herculaneum"), ("v:paricutin", "destroyed", "t:sanjuan"),
        ("v:maunaloa", "monitored_by", "o:hvo"), ("v:kilauea", "monitored_by", "o:hvo"), ("v:sthelens", "monitored_by", "o:cvo"),
        ("v:rainier", "monitored_by", "o:cvo"), ("v:vesuvius", "monitored_by", "o:vesuviano"), ("v:yellowstone", "monitored_by", "o:yvo"),
        ("v:rainier", "named_after", "p:rainier"), ("v:sthelens", "named_after", "p:fitzherbert"),
        ("v:rainier", "climbed_by", "m:stevens"), ("v:fuji", "climbed_by", "m:enno"),
        ("v:kilauea", "has", "e:lavalake"), ("v:fuji", "has", "e:crater"), ("v:yellowstone", "has", "e:geysers"),
        ("v:rainier", "has", "e:glaciers"), ("v:etna", "has", "e:crater"),
        ("v:vesuvius", "known_for", "k:tomato"), ("v:vesuvius", "known_for", "k:grape"), ("v:etna", "known_for", "k:pistachio"),
        ("v:etna", "known_for", "k:grape"), ("v:maunaloa", "known_for", "k:coffee"), ("v:paricutin", "known_for", "k:potato"),
        ("user:noa", "rated", "v:fuji", {"rating": 5.0}), ("user:noa", "rated", "v:etna", {"rating": 4.5}),
        ("user:noa", "rated", "v:krakatoa", {"rating": 2.0}),
    ]
    aliases = {"v:fuji": ("Fuji",), "v:vesuvius": ("Vesuvius",), "v:etna": ("Etna",), "v:sthelens": ("Mount Saint Helens",),
               "v:pinatubo": ("Pinatubo",)}
    return _build(items, others, rels, T_, users=[("user:noa", "Noa")], aliases=aliases)


def venues():
    """Stadiums (items: year opened; a building type): "is the home ground of" (present; Wales and
    FC Barcelona have two, San Siro and Stadio Olimpico are shared) next to "was the home ground
    of" (past: Olympiastadion for Bayern, Highbury for Arsenal, Anfield for Everton), "is owned by",
    "is located in", "was designed by", "hosted" finals, "is named after" sponsors; sponsors that
    are "the shirt sponsor of" clubs (another "is the N of" relation, not of a stadium); a user."""
    rels = [
        R("home_of", phrase="is the home ground of", inverse_phrase="plays its home games at", domain=("stadium",), range=("football club", "national team")),
        R("was_home_of", phrase="was the home ground of", inverse_phrase="once played its home games at", domain=("stadium",), range=("football club", "national team")),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("stadium",), range=("football club", "governing body", "city council")),
        R("located_in", phrase="is located in", inverse_phrase="is the location of", domain=("stadium",), range=("city",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("stadium",), range=("architect",)),
        R("hosted", phrase="hosted", inverse_phrase="was held at", domain=("stadium",), range=("final",)),
        R("named_after", phrase="is named after", inverse_phrase="is the namesake of", domain=("stadium",), range=("company", "person")),
        R("is_a", phrase="is a", inverse_phrase="is the kind of", domain=("railway station",), range=("station type",)),
        R("terminus_of", phrase="is the terminal of", inverse_phrase="ends at", domain=("railway station",), range=("railway line",)),
        R("served_by", phrase="is served by", inverse_phrase="serves", domain=("railway station",), range=("train operator",)),
        R("st_located_in", phrase="stands in", inverse_phrase="is the site of", domain=("railway station",), range=("city",)),
        R("st_designed_by", phrase="was built by", inverse_phrase="built", domain=("railway station",), range=("engineer",)),
        R("sponsor_of", phrase="is the shirt sponsor of", inverse_phrase="wears the logo of", domain=("company",), range=("football club",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "s:allianz": ("stadium", "Allianz Arena", 2005), "s:olympia": ("stadium", "Olympiastadion", 1972),
        "s:sansiro": ("stadium", "San Siro", 1926), "s:wembley": ("stadium", "Wembley Stadium", 2007),
        "s:emirates": ("stadium", "Emirates Stadium", 2006), "s:highbury": ("stadium", "Highbury", 1913),
        "s:principality": ("stadium", "Principality Stadium", 1999), "s:ccs": ("stadium", "Cardiff City Stadium", 2009),
        "s:anfield": ("stadium", "Anfield", 1884), "s:campnou": ("stadium", "Camp Nou", 1957),
        "s:montjuic": ("stadium", "Estadi Olimpic Lluis Companys", 1929), "s:olimpico": ("stadium", "Stadio Olimpico", 1953),
        "s:bernabeu": ("stadium", "Santiago Bernabeu Stadium", 1947),
        "r:kingscross": ("railway station", "King's Cross", 1852), "r:paddington": ("railway station", "Paddington", 1854),
        "r:stpancras": ("railway station", "St Pancras", 1868), "r:euston": ("railway station", "Euston", 1837),
        "r:waverley": ("railway station", "Edinburgh Waverley", 1846), "r:glasgow": ("railway station", "Glasgow Central", 1879),
        "r:newstreet": ("railway station", "Birmingham New Street", 1854), "r:reading": ("railway station", "Reading", 1840),
    }
    others = {
        "t:bayern": ("football club", "Bayern Munich"), "t:1860": ("football club", "TSV 1860 Munich"),
        "t:milan": ("football club", "AC Milan"), "t:inter": ("football club", "Inter Milan"), "t:arsenal": ("football club", "Arsenal"),
        "t:liverpool": ("football club", "Liverpool"), "t:everton": ("football club", "Everton"),
        "t:barca": ("football club", "FC Barcelona"), "t:espanyol": ("football club", "Espanyol"), "t:real": ("football club", "Real Madrid"),
        "t:lazio": ("football club", "Lazio"), "t:roma": ("football club", "Roma"), "t:cardiff": ("football club", "Cardiff City"),
        "n:england": ("national team", "England"), "n:wales": ("national team", "Wales"), "n:germany": ("national team", "Germany"),
        "g:fa": ("governing body", "The Football Association"), "g:wru": ("governing body", "Welsh Rugby Union"),
        "k:milan": ("city council", "Milan City Council"), "k:cardiff": ("city council", "Cardiff Council"),
        "c:munich": ("city", "Munich"), "c:milan": ("city", "Milan"), "c:london": ("city", "London"), "c:cardiff": ("city", "Cardiff"),
        "c:liverpool": ("city", "Liverpool"), "c:barcelona": ("city", "Barcelona"), "c:rome": ("city", "Rome"), "c:madrid": ("city", "Madrid"),
        "a:herzog": ("architect", "Herzog & de Meuron"), "a:foster": ("architect", "Foster and Partners"), "a:populous": ("architect", "Populous"),
        "a:behnisch": ("architect", "Gunter Behnisch"), "a:mitjans": ("architect", "Francesc Mitjans"),
        "f:euro2020": ("final", "Euro 2020 Final"), "f:wc1974": ("final", "1974 World Cup Final"), "f:cl2012": ("final", "2012 Champions League Final"),
        "f:cl2017": ("final", "2017 Champions League Final"), "f:wc1982": ("final", "1982 World Cup Final"),
        "f:cl2016": ("final", "2016 Champions League Final"), "f:wc1990": ("final", "1990 World Cup Final"),
        "x:allianz": ("company", "Allianz"), "x:emirates": ("company", "Emirates"), "x:principality": ("company", "Principality Building Society"),
        "x:telekom": ("company", "Deutsche Telekom"), "x:spotify": ("company", "Spotify"),
        "p:bernabeu": ("person", "Santiago Bernabeu"), "p:companys": ("person", "Lluis Companys"),
        "y:terminus": ("station type", "terminus"), "y:through": ("station type", "through station"),
        "l:ecml": ("railway line", "East Coast Main Line"), "l:wcml": ("railway line", "West Coast Main Line"),
        "l:gwml": ("railway line", "Great Western Main Line"), "l:mml": ("railway line", "Midland Main Line"), "l:hs1": ("railway line", "High Speed 1"),
        "o:lner": ("train operator", "LNER"), "o:gwr": ("train operator", "GWR"), "o:avanti": ("train operator", "Avanti West Coast"),
        "o:emr": ("train operator", "East Midlands Railway"), "o:eurostar": ("train operator", "Eurostar"),
        "c:edinburgh": ("city", "Edinburgh"), "c:glasgow": ("city", "Glasgow"), "c:birmingham": ("city", "Birmingham"),
        "c:reading": ("city", "Reading town"),
        "e:cubitt": ("engineer", "Lewis Cubitt"), "e:brunel": ("engineer", "Isambard Kingdom Brunel"), "e:barlow": ("engineer", "William Henry Barlow"),
        "e:hardwick": ("engineer", "Philip Hardwick"),
    }
    T_ = [
        ("s:allianz", "home_of", "t:bayern"), ("s:sansiro", "home_of", "t:milan"), ("s:sansiro", "home_of", "t:inter"),
        ("s:wembley", "home_of", "n:england"), ("s:emirates", "home_of", "t:arsenal"), ("s:principality", "home_of", "n:wales"),
        ("s:ccs", "home_of", "n:wales"), ("s:ccs", "home_of", "t:cardiff"), ("s:anfield", "home_of", "t:liverpool"),
        ("s:campnou", "home_of", "t:barca"), ("s:montjuic", "home_of", "t:barca"), ("s:olimpico", "home_of", "t:lazio"),
        ("s:olimpico", "home_of", "t:roma"), ("s:bernabeu", "home_of", "t:real"),
        ("s:olympia", "was_home_of", "t:bayern"), ("s:olympia", "was_home_of", "t:1860"), ("s:allianz", "was_home_of", "t:1860"),
        ("s:highbury", "was_home_of", "t:arsenal"), ("s:anfield", "was_home_of", "t:everton"), ("s:montjuic", "was_home_of", "t:espanyol"),
        ("s:allianz", "owned_by", "t:bayern"), ("s:emirates", "owned_by", "t:arsenal"), ("s:wembley", "owned_by", "g:fa"),
        ("s:principality", "owned_by", "g:wru"), ("s:sansiro", "owned_by", "k:milan"), ("s:ccs", "owned_by", "k:cardiff"),
        ("s:anfield", "owned_by", "t:liverpool"), ("s:bernabeu", "owned_by", "t:real"),
        ("s:allianz", "located_in", "c:munich"), ("s:olympia", "located_in", "c:munich"), ("s:sansiro", "located_in", "c:milan"),
        ("s:wembley", "located_in", "c:london"), ("s:emirates", "located_in", "c:london"), ("s:highbury", "located_in", "c:london"),
        ("s:principality", "located_in", "c:cardiff"), ("s:ccs", "located_in", "c:cardiff"), ("s:anfield", "located_in", "c:liverpool"),
        ("s:campnou", "located_in", "c:barcelona"), ("s:montjuic", "located_in", "c:barcelona"), ("s:olimpico", "located_in", "c:rome"),
        ("s:bernabeu", "located_in", "c:madrid"),
        ("s:allianz", "designed_by", "a:herzog"), ("s:wembley", "designed_by", "a:foster"), ("s:emirates", "designed_by", "a:populous"),
        ("s:principality", "designed_by", "a:populous"), ("s:olympia", "designed_by", "a:behnisch"), ("s:campnou", "designed_by", "a:mitjans"),
        ("s:wembley", "hosted", "f:euro2020"), ("s:olympia", "hosted", "f:wc1974"), ("s:allianz", "hosted", "f:cl2012"),
        ("s:principality", "hosted", "f:cl2017"), ("s:bernabeu", "hosted", "f:wc1982"), ("s:sansiro", "hosted", "f:cl2016"),
        ("s:olimpico", "hosted", "f:wc1990"),
        ("s:allianz", "named_after", "x:allianz"), ("s:emirates", "named_after", "x:emirates"),
        ("s:principality", "named_after", "x:principality"), ("s:bernabeu", "named_after", "p:bernabeu"),
        ("s:montjuic", "named_after", "p:companys"),
        ("r:kingscross", "is_a", "y:terminus"), ("r:paddington", "is_a", "y:terminus"), ("r:stpancras", "is_a", "y:terminus"),
        ("r:euston", "is_a", "y:terminus"), ("r:glasgow", "is_a", "y:terminus"), ("r:waverley", "is_a", "y:through"),
        ("r:newstreet", "is_a", "y:through"), ("r:reading", "is_a", "y:through"),
        ("r:kingscross", "terminus_of", "l:ecml"), ("r:waverley", "terminus_of", "l:ecml"), ("r:euston", "terminus_of", "l:wcml"), ("r:glasgow", "terminus_of", "l:wcml"),
        ("r:paddington", "terminus_of", "l:gwml"), ("r:stpancras", "terminus_of", "l:mml"), ("r:stpancras", "terminus_of", "l:hs1"),
        ("r:kingscross", "served_by", "o:lner"), ("r:waverley", "served_by", "o:lner"), ("r:paddington", "served_by", "o:gwr"),
        ("r:reading", "served_by", "o:gwr"), ("r:euston", "served_by", "o:avanti"), ("r:glasgow", "served_by", "o:avanti"),
        ("r:newstreet", "served_by", "o:avanti"), ("r:stpancras", "served_by", "o:emr"), ("r:stpancras", "served_by", "o:eurostar"),
        ("r:kingscross", "st_located_in", "c:london"), ("r:paddington", "st_located_in", "c:london"), ("r:stpancras", "st_located_in", "c:london"),
        ("r:euston", "st_located_in", "c:london"), ("r:waverley", "st_located_in", "c:edinburgh"), ("r:glasgow", "st_located_in", "c:glasgow"),
        ("r:newstreet", "st_located_in", "c:birmingham"), ("r:reading", "st_located_in", "c:reading"),
        ("r:kingscross", "st_designed_by", "e:cubitt"), ("r:paddington", "st_designed_by", "e:brunel"), ("r:stpancras", "st_designed_by", "e:barlow"),
        ("r:euston", "st_designed_by", "e:hardwick"),
        ("x:emirates", "sponsor_of", "t:arsenal"), ("x:emirates", "sponsor_of", "t:milan"), ("x:emirates", "sponsor_of", "t:real"),
        ("x:telekom", "sponsor_of", "t:bayern"), ("x:spotify", "sponsor_of", "t:barca"),
        ("user:kai", "rated", "s:allianz", {"rating": 5.0}), ("user:kai", "rated", "s:wembley", {"rating": 4.5}),
        ("user:kai", "rated", "s:highbury", {"rating": 2.0}),
    ]
    aliases = {"s:wembley": ("Wembley",), "s:emirates": ("the Emirates",), "s:bernabeu": ("the Bernabeu",),
               "s:montjuic": ("Montjuic",), "s:principality": ("the Millennium Stadium", "Millennium Stadium"),
               "s:campnou": ("the Camp Nou",),
               "r:kingscross": ("King's Cross station",), "r:waverley": ("Waverley",)}
    return _build(items, others, rels, T_, users=[("user:kai", "Kai")], aliases=aliases)


def anthems():
    """National anthems (items: year adopted): "is the national anthem of" (New Zealand has two)
    next to "is the royal anthem of" and "was the national anthem of" (past), "is in the form of"
    (a march, a hymn: so "is a march"), "is sung in" languages (the Swiss Psalm in four, the
    Brabanconne in three; the Marcha Real has no words), "was composed by" next to "has lyrics by",
    "is based on" (a melody), "originated in" a place next to "is named after" a city and "was
    first sung in"; a user."""
    rels = [
        R("anthem_of", phrase="is the national anthem of", inverse_phrase="has as its national anthem", domain=("anthem",), range=("country",)),
        R("royal_of", phrase="is the royal anthem of", inverse_phrase="has as its royal anthem", domain=("anthem",), range=("country",)),
        R("was_anthem_of", phrase="was the national anthem of", inverse_phrase="once had as its national anthem", domain=("anthem",), range=("country",)),
        R("form", phrase="is in the form of", inverse_phrase="is the form of", domain=("anthem",), range=("musical form",)),
        R("sung_in", phrase="is sung in", inverse_phrase="is the language of", domain=("anthem",), range=("language",)),
        R("composed_by", phrase="was composed by", inverse_phrase="composed", domain=("anthem",), range=("composer",)),
        R("lyrics_by", phrase="has lyrics by", inverse_phrase="wrote the lyrics of", domain=("anthem",), range=("poet", "composer")),
        R("based_on", phrase="is based on", inverse_phrase="is the basis of", domain=("anthem",), range=("anthem", "song")),
        R("originated_in", phrase="originated in", inverse_phrase="is the birthplace of", domain=("anthem",), range=("city", "island", "village")),
        R("named_after", phrase="is named after", inverse_phrase="is the namesake of", domain=("anthem",), range=("city",)),
        R("first_sung_in", phrase="was first sung in", inverse_phrase="first heard", domain=("anthem",), range=("city",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "a:marseillaise": ("anthem", "La Marseillaise", 1795), "a:swiss": ("anthem", "Swiss Psalm", 1981),
        "a:brabanconne": ("anthem", "La Brabanconne", 1860), "a:himnusz": ("anthem", "Himnusz", 1989),
        "a:godsave": ("anthem", "God Save the King", 1745), "a:goddefend": ("anthem", "God Defend New Zealand", 1977),
        "a:kungssangen": ("anthem", "Kungssangen", 1844), "a:dugamla": ("anthem", "Du gamla, Du fria", 1866),
        "a:lied": ("anthem", "Das Lied der Deutschen", 1922), "a:kaiser": ("anthem", "Gott erhalte Franz den Kaiser", 1797),
        "a:wilhelmus": ("anthem", "Het Wilhelmus", 1932), "a:marcha": ("anthem", "Marcha Real", 1770),
        "a:banner": ("anthem", "The Star-Spangled Banner", 1931), "a:canada": ("anthem", "O Canada", 1980),
        "a:advance": ("anthem", "Advance Australia Fair", 1984),
    }
    others = {
        "c:france": ("country", "France"), "c:switzerland": ("country", "Switzerland"), "c:belgium": ("country", "Belgium"),
        "c:hungary": ("country", "Hungary"), "c:uk": ("country", "United Kingdom"), "c:nz": ("country", "New Zealand"),
        "c:sweden": ("country", "Sweden"), "c:germany": ("country", "Germany"), "c:austria": ("country", "Austrian Empire"),
        "c:netherlands": ("country", "Netherlands"), "c:spain": ("country", "Spain"), "c:us": ("country", "United States"),
        "c:canada": ("country", "Canada"), "c:australia": ("country", "Australia"),
        "f:march": ("musical form", "march"), "f:hymn": ("musical form", "hymn"), "f:psalm": ("musical form", "psalm"),
        "l:french": ("language", "French"), "l:german": ("language", "German"), "l:italian": ("language", "Italian"),
        "l:romansh": ("language", "Romansh"), "l:dutch": ("language", "Dutch"), "l:english": ("language", "English"),
        "l:maori": ("language", "Maori"), "l:hungarian": ("language", "Hungarian"), "l:swedish": ("language", "Swedish"),
        "p:rouget": ("composer", "Rouget de Lisle"), "p:zwyssig": ("composer", "Alberich Zwyssig"),
        "p:campenhout": ("composer", "Francois Van Campenhout"), "p:erkel": ("composer", "Ferenc Erkel"),
        "p:haydn": ("composer", "Joseph Haydn"), "p:lavallee": ("composer", "Calixa Lavallee"),
        "p:smith": ("composer", "John Stafford Smith"), "p:woods": ("composer", "John Joseph Woods"),
        "w:kolcsey": ("poet", "Ferenc Kolcsey"), "w:fallersleben": ("poet", "Hoffmann von Fallersleben"),
        "w:key": ("poet", "Francis Scott Key"), "w:widmer": ("poet", "Leonhard Widmer"), "w:routhier": ("poet", "Adolphe-Basile Routhier"),
        "w:bracken": ("poet", "Thomas Bracken"),
        "s:anacreon": ("song", "To Anacreon in Heaven"),
        "t:strasbourg": ("city", "Strasbourg"), "t:marseille": ("city", "Marseille"), "t:paris": ("city", "Paris"),
        "t:baltimore": ("city", "Baltimore"), "t:sydney": ("city", "Sydney"), "t:quebec": ("city", "Quebec City"),
        "t:brussels": ("city", "Brussels"), "t:dunedin": ("city", "Dunedin"),
        "i:heligoland": ("island", "Heligoland"), "g:szatmar": ("village", "Szatmarcseke"),
    }
    T_ = [
        ("a:marseillaise", "anthem_of", "c:france"), ("a:swiss", "anthem_of", "c:switzerland"), ("a:brabanconne", "anthem_of", "c:belgium"),
        ("a:himnusz", "anthem_of", "c:hungary"), ("a:godsave", "anthem_of", "c:uk"), ("a:godsave", "anthem_of", "c:nz"),
        ("a:goddefend", "anthem_of", "c:nz"), ("a:dugamla", "anthem_of", "c:sweden"), ("a:lied", "anthem_of", "c:germany"),
        ("a:wilhelmus", "anthem_of", "c:netherlands"), ("a:marcha", "anthem_of", "c:spain"), ("a:banner", "anthem_of", "c:us"),
        ("a:canada", "anthem_of", "c:canada"), ("a:advance", "anthem_of", "c:australia"),
        ("a:godsave", "royal_of", "c:canada"), ("a:godsave", "royal_of", "c:australia"), ("a:kungssangen", "royal_of", "c:sweden"),
        ("a:kaiser", "was_anthem_of", "c:austria"), ("a:godsave", "was_anthem_of", "c:australia"),
        ("a:marseillaise", "form", "f:march"), ("a:marcha", "form", "f:march"), ("a:swiss", "form", "f:psalm"),
        ("a:godsave", "form", "f:hymn"), ("a:kaiser", "form", "f:hymn"), ("a:himnusz", "form", "f:hymn"),
        ("a:marseillaise", "sung_in", "l:french"), ("a:swiss", "sung_in", "l:german"), ("a:swiss", "sung_in", "l:french"),
        ("a:swiss", "sung_in", "l:italian"), ("a:swiss", "sung_in", "l:romansh"), ("a:brabanconne", "sung_in", "l:french"),
        ("a:brabanconne", "sung_in", "l:dutch"), ("a:brabanconne", "sung_in", "l:german"), ("a:canada", "sung_in", "l:english"),
        ("a:canada", "sung_in", "l:french"), ("a:goddefend", "sung_in", "l:english"), ("a:goddefend", "sung_in", "l:maori"),
        ("a:himnusz", "sung_in", "l:hungarian"), ("a:dugamla", "sung_in", "l:swedish"), ("a:kungssangen", "sung_in", "l:swedish"),
        ("a:lied", "sung_in", "l:german"), ("a:godsave", "sung_in", "l:english"), ("a:wilhelmus", "sung_in", "l:dutch"),
        ("a:banner", "sung_in", "l:english"), ("a:advance", "sung_in", "l:english"),
        ("a:marseillaise", "composed_by", "p:rouget"), ("a:swiss", "composed_by", "p:zwyssig"), ("a:brabanconne", "composed_by", "p:campenhout"),
        ("a:himnusz", "composed_by", "p:erkel"), ("a:kaiser", "composed_by", "p:haydn"), ("a:lied", "composed_by", "p:haydn"),
        ("a:canada", "composed_by", "p:lavallee"), ("a:banner", "composed_by", "p:smith"), ("a:goddefend", "composed_by", "p:woods"),
        ("a:marseillaise", "lyrics_by", "p:rouget"), ("a:himnusz", "lyrics_by", "w:kolcsey"), ("a:lied", "lyrics_by", "w:fallersleben"),
        ("a:banner", "lyrics_by", "w:key"), ("a:swiss", "lyrics_by", "w:widmer"), ("a:canada", "lyrics_by", "w:routhier"),
        ("a:goddefend", "lyrics_by", "w:bracken"),
        ("a:lied", "based_on", "a:kaiser"), ("a:banner", "based_on", "s:anacreon"),
        ("a:marseillaise", "originated_in", "t:strasbourg"), ("a:banner", "originated_in", "t:baltimore"),
        ("a:advance", "originated_in", "t:sydney"), ("a:canada", "originated_in", "t:quebec"),
        ("a:lied", "originated_in", "i:heligoland"), ("a:himnusz", "originated_in", "g:szatmar"), ("a:goddefend", "originated_in", "t:dunedin"),
        ("a:marseillaise", "named_after", "t:marseille"),
        ("a:marseillaise", "first_sung_in", "t:strasbourg"), ("a:brabanconne", "first_sung_in", "t:brussels"),
        ("a:canada", "first_sung_in", "t:quebec"),
        ("user:ada", "rated", "a:marseillaise", {"rating": 5.0}), ("user:ada", "rated", "a:swiss", {"rating": 4.5}),
        ("user:ada", "rated", "a:banner", {"rating": 2.0}),
    ]
    aliases = {"a:marseillaise": ("the Marseillaise", "Marseillaise"), "a:swiss": ("the Swiss Psalm",),
               "a:brabanconne": ("the Brabanconne", "Brabanconne"), "a:banner": ("Star-Spangled Banner",),
               "a:lied": ("Deutschlandlied", "the Deutschlandlied"), "a:kaiser": ("Kaiserhymne", "the Kaiserhymne"),
               "a:wilhelmus": ("the Wilhelmus", "Wilhelmus"), "a:marcha": ("the Marcha Real",)}
    return _build(items, others, rels, T_, users=[("user:ada", "Ada")], aliases=aliases)


def monuments():
    """Mausoleums, an abbey, a chapel, a monastery, a church, a pyramid, a stupa, temples, a castle,
    an office building (items: year completed; building types), frescoes in the chapel (items:
    year painted; no buildings) and royal houses (items: year founded; a type whose last word is
    "house": no building). People "are buried in" the buildings (present) next to "was buried in"
    (past: Stalin, Napoleon); "was commissioned by", "was designed by", "is located in", "is
    dedicated to", "houses", "was painted by", "takes the form of" (a shape, not a kind: the Lotus
    Temple and the Basket Building); royal houses "originated in", "ruled", "was founded by", "is
    named after", "is a branch of"; a user."""
    rels = [
        R("buried_in", phrase="is buried in", inverse_phrase="holds the grave of", domain=("person", "emperor", "monarch", "scientist"), range=("mausoleum", "abbey", "monastery", "church", "necropolis")),
        R("was_buried_in", phrase="was buried in", inverse_phrase="once held the grave of", domain=("person", "emperor", "monarch"), range=("mausoleum", "island")),
        R("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned", domain=("mausoleum", "chapel", "monastery", "church", "pyramid", "fresco"), range=("emperor", "monarch", "pope", "person", "president")),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("mausoleum", "monastery", "church", "pyramid", "temple"), range=("architect",)),
        R("located_in", phrase="is located in", inverse_phrase="is the location of", domain=("mausoleum", "abbey", "chapel", "monastery", "church", "pyramid", "stupa", "temple", "office building", "castle", "necropolis"), range=("city",)),
        R("dedicated_to", phrase="is dedicated to", inverse_phrase="is honoured by", domain=("mausoleum", "abbey", "stupa"), range=("person", "saint")),
        R("houses", phrase="houses", inverse_phrase="is housed in", domain=("chapel",), range=("fresco",)),
        R("painted_by", phrase="was painted by", inverse_phrase="painted", domain=("fresco",), range=("painter",)),
        R("takes_form", phrase="takes the form of", inverse_phrase="is the shape of", domain=("temple", "office building"), range=("shape",)),
        R("designated", phrase="is a", inverse_phrase="includes", domain=("mausoleum", "abbey", "monastery", "stupa", "temple"), range=("designation",)),
        R("originated_in", phrase="originated in", inverse_phrase="is the cradle of", domain=("royal house",), range=("region", "city")),
        R("ruled", phrase="ruled", inverse_phrase="was ruled by", domain=("royal house",), range=("country",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("royal house",), range=("monarch",)),
        R("house_named_after", phrase="is named after", inverse_phrase="is the namesake of", domain=("royal house",), range=("castle", "region")),
        R("branch_of", phrase="is a branch of", inverse_phrase="has as a branch", domain=("royal house",), range=("royal house",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "m:taj": ("mausoleum", "Taj Mahal", 1653), "m:humayun": ("mausoleum", "Humayun's Tomb", 1572),
        "m:lenin": ("mausoleum", "Lenin's Mausoleum", 1930), "m:frogmore": ("mausoleum", "Royal Mausoleum", 1871),
        "m:westminster": ("abbey", "Westminster Abbey", 1269), "m:sistine": ("chapel", "Sistine Chapel", 1481),
        "m:escorial": ("monastery", "El Escorial", 1584), "m:invalides": ("church", "Dome des Invalides", 1706),
        "m:pyramid": ("pyramid", "Louvre Pyramid", 1989), "m:swayambhu": ("stupa", "Swayambhunath", 1372),
        "m:lotus": ("temple", "Lotus Temple", 1986), "m:basket": ("office building", "Longaberger Basket Building", 1997),
        "m:windsorc": ("castle", "Windsor Castle", 1070), "m:necropolis": ("necropolis", "Kremlin Wall Necropolis", 1917),
        "p:judgment": ("fresco", "The Last Judgment", 1541), "p:adam": ("fresco", "The Creation of Adam", 1512),
        "h:windsor": ("royal house", "House of Windsor", 1917), "h:habsburg": ("royal house", "House of Habsburg", 1020),
        "h:bourbon": ("royal house", "House of Bourbon", 1272), "h:saxe": ("royal house", "House of Saxe-Coburg and Gotha", 1826),
    }
    others = {
        "e:shahjahan": ("emperor", "Shah Jahan"), "e:mumtaz": ("person", "Mumtaz Mahal"), "e:humayun": ("emperor", "Humayun"),
        "e:bega": ("person", "Bega Begum"), "e:lenin": ("person", "Vladimir Lenin"), "e:stalin": ("person", "Joseph Stalin"),
        "k:victoria": ("monarch", "Queen Victoria"), "k:albert": ("person", "Prince Albert"), "k:philip": ("monarch", "Philip II"),
        "e:napoleon": ("emperor", "Napoleon"), "k:louis": ("monarch", "Louis XIV"), "k:george": ("monarch", "George V"),
        "k:rudolf": ("monarch", "Rudolf I"), "k:robert": ("monarch", "Robert of Clermont"), "k:ernest": ("monarch", "Ernest I"),
        "s:newton": ("scientist", "Isaac Newton"), "s:darwin": ("scientist", "Charles Darwin"),
        "x:sixtus": ("pope", "Sixtus IV"), "x:julius": ("pope", "Julius II"), "x:mitterrand": ("president", "Francois Mitterrand"),
        "a:lahauri": ("architect", "Ustad Ahmad Lahauri"), "a:shchusev": ("architect", "Aleksey Shchusev"),
        "a:pei": ("architect", "I. M. Pei"), "a:sahba": ("architect", "Fariborz Sahba"), "a:toledo": ("architect", "Juan Bautista de Toledo"),
        "a:mansart": ("architect", "Jules Hardouin-Mansart"),
        "w:michelangelo": ("painter", "Michelangelo"),
        "z:peter": ("saint", "Saint Peter"),
        "t:agra": ("city", "Agra"), "t:delhi": ("city", "Delhi"), "t:moscow": ("city", "Moscow"), "t:windsor": ("city", "Windsor"),
        "t:london": ("city", "London"), "t:vatican": ("city", "Vatican City"), "t:escorial": ("city", "San Lorenzo de El Escorial"),
        "t:paris": ("city", "Paris"), "t:newdelhi": ("city", "New Delhi"), "t:newark": ("city", "Newark"),
        "t:kathmandu": ("city", "Kathmandu"), "t:coburg": ("city", "Coburg"),
        "i:helena": ("island", "Saint Helena"),
        "g:aargau": ("region", "Aargau"), "g:bourbonnais": ("region", "Bourbonnais"),
        "c:austria": ("country", "Austria"), "c:spain": ("country", "Spain"), "c:france": ("country", "France"),
        "c:uk": ("country", "United Kingdom"), "c:belgium": ("country", "Belgium"),
        "d:whs": ("designation", "World Heritage Site"), "d:grade1": ("designation", "Royal Peculiar"),
        "f:lotus": ("shape", "lotus flower"), "f:basket": ("shape", "picnic basket"),
    }
    T_ = [
        ("e:mumtaz", "buried_in", "m:taj"), ("e:shahjahan", "buried_in", "m:taj"), ("e:humayun", "buried_in", "m:humayun"),
        ("e:lenin", "buried_in", "m:lenin"), ("k:victoria", "buried_in", "m:frogmore"), ("k:albert", "buried_in", "m:frogmore"),
        ("s:newton", "buried_in", "m:westminster"), ("s:darwin", "buried_in", "m:westminster"), ("k:philip", "buried_in", "m:escorial"),
        ("e:napoleon", "buried_in", "m:invalides"), ("e:stalin", "buried_in", "m:necropolis"),
        ("e:stalin", "was_buried_in", "m:lenin"), ("e:napoleon", "was_buried_in", "i:helena"),
        ("m:taj", "commissioned_by", "e:shahjahan"), ("m:humayun", "commissioned_by", "e:bega"), ("m:frogmore", "commissioned_by", "k:victoria"),
        ("m:sistine", "commissioned_by", "x:sixtus"), ("m:escorial", "commissioned_by", "k:philip"), ("m:invalides", "commissioned_by", "k:louis"),
        ("m:pyramid", "commissioned_by", "x:mitterrand"), ("p:adam", "commissioned_by", "x:julius"),
        ("m:taj", "designed_by", "a:lahauri"), ("m:lenin", "designed_by", "a:shchusev"), ("m:pyramid", "designed_by", "a:pei"),
        ("m:lotus", "designed_by", "a:sahba"), ("m:escorial", "designed_by", "a:toledo"), ("m:invalides", "designed_by", "a:mansart"),
        ("m:taj", "located_in", "t:agra"), ("m:humayun", "located_in", "t:delhi"), ("m:lenin", "located_in", "t:moscow"),
        ("m:necropolis", "located_in", "t:moscow"), ("m:frogmore", "located_in", "t:windsor"), ("m:windsorc", "located_in", "t:windsor"),
        ("m:westminster", "located_in", "t:london"), ("m:sistine", "located_in", "t:vatican"), ("m:escorial", "located_in", "t:escorial"),
        ("m:invalides", "located_in", "t:paris"), ("m:pyramid", "located_in", "t:paris"), ("m:lotus", "located_in", "t:newdelhi"),
        ("m:basket", "located_in", "t:newark"), ("m:swayambhu", "located_in", "t:kathmandu"),
        ("m:taj", "dedicated_to", "e:mumtaz"), ("m:westminster", "dedicated_to", "z:peter"),
        ("m:sistine", "houses", "p:judgment"), ("m:sistine", "houses", "p:adam"),
        ("p:judgment", "painted_by", "w:michelangelo"), ("p:adam", "painted_by", "w:michelangelo"),
        ("m:taj", "designated", "d:whs"), ("m:humayun", "designated", "d:whs"), ("m:westminster", "designated", "d:whs"),
        ("m:escorial", "designated", "d:whs"), ("m:swayambhu", "designated", "d:whs"), ("m:westminster", "designated", "d:grade1"),
        ("m:lotus", "takes_form", "f:lotus"), ("m:basket", "takes_form", "f:basket"),
        ("h:habsburg", "originated_in", "g:aargau"), ("h:bourbon", "originated_in", "g:bourbonnais"), ("h:saxe", "originated_in", "t:coburg"),
        ("h:habsburg", "ruled", "c:austria"), ("h:habsburg", "ruled", "c:spain"), ("h:bourbon", "ruled", "c:france"),
        ("h:bourbon", "ruled", "c:spain"), ("h:windsor", "ruled", "c:uk"), ("h:saxe", "ruled", "c:belgium"), ("h:saxe", "ruled", "c:uk"),
        ("h:windsor", "founded_by", "k:george"), ("h:habsburg", "founded_by", "k:rudolf"), ("h:bourbon", "founded_by", "k:robert"),
        ("h:saxe", "founded_by", "k:ernest"),
        ("h:windsor", "house_named_after", "m:windsorc"), ("h:bourbon", "house_named_after", "g:bourbonnais"),
        ("h:windsor", "branch_of", "h:saxe"),
        ("user:mia", "rated", "m:taj", {"rating": 5.0}), ("user:mia", "rated", "m:sistine", {"rating": 4.5}),
        ("user:mia", "rated", "m:pyramid", {"rating": 2.0}),
    ]
    aliases = {"m:invalides": ("Les Invalides",), "m:frogmore": ("Frogmore Mausoleum",), "m:escorial": ("the Escorial",),
               "m:basket": ("the Basket Building", "Basket Building"), "p:judgment": ("the Last Judgment",),
               "m:lenin": ("Lenin's Tomb",), "h:saxe": ("House of Saxe-Coburg",)}
    return _build(items, others, rels, T_, users=[("user:mia", "Mia")], aliases=aliases)


def tombs():
    """Tombs in Egypt (items: the year each was found; a graph of discoveries, "was discovered
    by"), "was built for" a pharaoh, "is located in" a valley, pharaohs who "are buried in" one
    (present: Tutankhamun) next to "was buried in" (past: their mummies have been moved, "is
    displayed in" a museum), "was excavated by", "was mapped by"; a user."""
    rels = [
        R("discovered_by", phrase="was discovered by", inverse_phrase="discovered", domain=("tomb",), range=("archaeologist",)),
        R("built_for", phrase="was built for", inverse_phrase="had built", domain=("tomb",), range=("pharaoh", "queen", "prince")),
        R("located_in", phrase="is located in", inverse_phrase="contains", domain=("tomb",), range=("valley", "oasis")),
        R("buried_in", phrase="is buried in", inverse_phrase="holds the mummy of", domain=("pharaoh", "queen", "prince"), range=("tomb",)),
        R("was_buried_in", phrase="was buried in", inverse_phrase="once held the mummy of", domain=("pharaoh", "queen", "prince"), range=("tomb",)),
        R("displayed_in", phrase="is displayed in", inverse_phrase="displays", domain=("pharaoh", "queen"), range=("museum",)),
        R("excavated_by", phrase="was excavated by", inverse_phrase="excavated", domain=("tomb",), range=("archaeologist",)),
        R("mapped_by", phrase="was mapped by", inverse_phrase="mapped", domain=("tomb",), range=("archaeologist", "project")),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "t:kv62": ("tomb", "KV62", 1922), "t:kv7": ("tomb", "KV7", 1825), "t:kv17": ("tomb", "KV17", 1817),
        "t:kv5": ("tomb", "KV5", 1995), "t:kv35": ("tomb", "KV35", 1898), "t:qv66": ("tomb", "QV66", 1904),
        "t:kv57": ("tomb", "KV57", 1908), "t:siamun": ("tomb", "Tomb of Si-Amun", 1940),
        "t:bannentiu": ("tomb", "Tomb of Bannentiu", 1938),
    }
    others = {
        "a:carter": ("archaeologist", "Howard Carter"), "a:burton": ("archaeologist", "James Burton"),
        "a:belzoni": ("archaeologist", "Giovanni Belzoni"), "a:weeks": ("archaeologist", "Kent Weeks"),
        "a:loret": ("archaeologist", "Victor Loret"), "a:schiaparelli": ("archaeologist", "Ernesto Schiaparelli"),
        "a:ayrton": ("archaeologist", "Edward Ayrton"), "a:fakhry": ("archaeologist", "Ahmed Fakhry"), "a:davis": ("archaeologist", "Theodore Davis"),
        "j:tmp": ("project", "Theban Mapping Project"),
        "f:tut": ("pharaoh", "Tutankhamun"), "f:ramesses": ("pharaoh", "Ramesses II"), "f:seti": ("pharaoh", "Seti I"),
        "f:amenhotep": ("pharaoh", "Amenhotep II"), "f:horemheb": ("pharaoh", "Horemheb"), "q:nefertari": ("queen", "Nefertari"),
        "r:sons": ("prince", "Sons of Ramesses II"),
        "v:kings": ("valley", "Valley of the Kings"), "v:queens": ("valley", "Valley of the Queens"),
        "o:siwa": ("oasis", "Siwa Oasis"), "o:bahariya": ("oasis", "Bahariya Oasis"),
        "u:nmec": ("museum", "National Museum of Egyptian Civilization"), "u:cairo": ("museum", "Egyptian Museum"),
    }
    T_ = [
        ("t:kv62", "discovered_by", "a:carter"), ("t:kv7", "discovered_by", "a:burton"), ("t:kv17", "discovered_by", "a:belzoni"),
        ("t:kv5", "discovered_by", "a:weeks"), ("t:kv35", "discovered_by", "a:loret"), ("t:qv66", "discovered_by", "a:schiaparelli"),
        ("t:kv57", "discovered_by", "a:ayrton"), ("t:siamun", "discovered_by", "a:fakhry"), ("t:bannentiu", "discovered_by", "a:fakhry"),
        ("t:siamun", "located_in", "o:siwa"), ("t:bannentiu", "located_in", "o:bahariya"),
        ("t:kv62", "built_for", "f:tut"), ("t:kv7", "built_for", "f:ramesses"), ("t:kv17", "built_for", "f:seti"),
        ("t:kv5", "built_for", "r:sons"), ("t:kv35", "built_for", "f:amenhotep"), ("t:qv66", "built_for", "q:nefertari"),
        ("t:kv57", "built_for", "f:horemheb"),
        ("t:kv62", "located_in", "v:kings"), ("t:kv7", "located_in", "v:kings"), ("t:kv17", "located_in", "v:kings"),
        ("t:kv5", "located_in", "v:kings"), ("t:kv35", "located_in", "v:kings"), ("t:kv57", "located_in", "v:kings"),
        ("t:qv66", "located_in", "v:queens"),
        ("f:tut", "buried_in", "t:kv62"), ("r:sons", "buried_in", "t:kv5"),
        ("f:ramesses", "was_buried_in", "t:kv7"), ("f:seti", "was_buried_in", "t:kv17"), ("f:amenhotep", "was_buried_in", "t:kv35"),
        ("q:nefertari", "was_buried_in", "t:qv66"), ("f:horemheb", "was_buried_in", "t:kv57"),
        ("f:ramesses", "displayed_in", "u:nmec"), ("f:seti", "displayed_in", "u:nmec"), ("f:amenhotep", "displayed_in", "u:nmec"),
        ("t:kv62", "excavated_by", "a:carter"), ("t:kv5", "excavated_by", "a:weeks"), ("t:kv57", "excavated_by", "a:davis"),
        ("t:kv5", "mapped_by", "j:tmp"), ("t:kv7", "mapped_by", "j:tmp"),
        ("user:ben", "rated", "t:kv62", {"rating": 5.0}), ("user:ben", "rated", "t:qv66", {"rating": 4.5}),
        ("user:ben", "rated", "t:kv5", {"rating": 2.0}),
    ]
    aliases = {"t:kv62": ("the tomb of Tutankhamun",), "t:qv66": ("the tomb of Nefertari",)}
    return _build(items, others, rels, T_, users=[("user:ben", "Ben")], aliases=aliases)


def companies():
    """Companies (items: year founded) of several types, among them auction houses (a type whose
    last word is "house", read as a building) and a brewery: "was founded in" a city (its origin)
    next to "is headquartered in", "has a factory in", "was incorporated in" (a state), "was
    founded by" next to "was funded by" (an investor), "launched" (a product launch), "owns",
    "is owned by", "is named after"; people who are "the chief executive of" a company (present)
    next to "was the chief executive of" (past); a user."""
    rels = [
        R("founded_in", phrase="was founded in", inverse_phrase="is the birthplace of", domain=("company", "carmaker", "auction house", "brewery", "toy company", "abbey", "synagogue"), range=("city",)),
        R("comes_from", phrase="comes from", inverse_phrase="is the home country of", domain=("company", "carmaker", "brewery", "toy company"), range=("country",)),
        R("registered_in", phrase="is registered in", inverse_phrase="is the seat of registration of", domain=("company",), range=("country",)),
        R("hq_in", phrase="is headquartered in", inverse_phrase="is home to", domain=("company", "carmaker", "auction house", "brewery", "toy company"), range=("city",)),
        R("factory_in", phrase="has a factory in", inverse_phrase="hosts a factory of", domain=("carmaker", "brewery", "toy company"), range=("city",)),
        R("incorporated_in", phrase="was incorporated in", inverse_phrase="is the state of incorporation of", domain=("company",), range=("state",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("company", "carmaker", "auction house", "brewery", "toy company", "abbey"), range=("person",)),
        R("funded_by", phrase="was funded by", inverse_phrase="funded", domain=("company",), range=("investor",)),
        R("launched", phrase="launched", inverse_phrase="was launched by", domain=("company", "carmaker", "toy company"), range=("product",)),
        R("owns", phrase="owns", inverse_phrase="is a subsidiary of", domain=("company", "carmaker", "brewery"), range=("brand",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("auction house",), range=("holding", "person")),
        R("named_after", phrase="is named after", inverse_phrase="is the namesake of", domain=("company", "carmaker", "auction house", "brewery"), range=("person", "city")),
        R("ceo_of", phrase="is the chief executive of", inverse_phrase="is run by", domain=("person",), range=("company", "carmaker", "auction house")),
        R("was_ceo_of", phrase="was the chief executive of", inverse_phrase="was once run by", domain=("person",), range=("company", "carmaker", "auction house")),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "c:nokia": ("company", "Nokia", 1865), "c:ikea": ("company", "IKEA", 1943), "c:samsung": ("company", "Samsung", 1938),
        "c:vw": ("carmaker", "Volkswagen", 1937), "c:toyota": ("carmaker", "Toyota", 1937),
        "c:microsoft": ("company", "Microsoft", 1975), "c:apple": ("company", "Apple", 1976), "c:amazon": ("company", "Amazon", 1994),
        "c:lego": ("toy company", "Lego", 1932), "c:heineken": ("brewery", "Heineken", 1864),
        "c:christies": ("auction house", "Christie's", 1766), "c:sothebys": ("auction house", "Sotheby's", 1744),
        "c:bonhams": ("auction house", "Bonhams", 1793),
        "c:cluny": ("abbey", "Cluny Abbey", 910), "c:citeaux": ("abbey", "Citeaux Abbey", 1098), "c:melk": ("abbey", "Melk Abbey", 1089),
        "c:shearith": ("synagogue", "Shearith Israel", 1654),
    }
    others = {
        "t:tampere": ("city", "Tampere"), "t:espoo": ("city", "Espoo"), "t:almhult": ("city", "Almhult"), "t:delft": ("city", "Delft"),
        "t:daegu": ("city", "Daegu"), "t:seoul": ("city", "Seoul"), "t:suwon": ("city", "Suwon"), "t:berlin": ("city", "Berlin"),
        "t:wolfsburg": ("city", "Wolfsburg"), "t:zwickau": ("city", "Zwickau"), "t:koromo": ("city", "Koromo"),
        "t:toyotacity": ("city", "Toyota City"), "t:albuquerque": ("city", "Albuquerque"), "t:redmond": ("city", "Redmond"),
        "t:losaltos": ("city", "Los Altos"), "t:cupertino": ("city", "Cupertino"), "t:bellevue": ("city", "Bellevue"),
        "t:seattle": ("city", "Seattle"), "t:billund": ("city", "Billund"), "t:amsterdam": ("city", "Amsterdam"),
        "t:zoeterwoude": ("city", "Zoeterwoude"), "t:london": ("city", "London"), "t:nyc": ("city", "New York City"),
        "t:nyiregyhaza": ("city", "Nyiregyhaza"),
        "s:delaware": ("state", "Delaware"), "s:washington": ("state", "Washington"), "s:california": ("state", "California"),
        "p:idestam": ("person", "Fredrik Idestam"), "p:kamprad": ("person", "Ingvar Kamprad"), "p:lee": ("person", "Lee Byung-chul"),
        "p:porsche": ("person", "Ferdinand Porsche"), "p:toyoda": ("person", "Kiichiro Toyoda"), "p:gates": ("person", "Bill Gates"),
        "p:allen": ("person", "Paul Allen"), "p:jobs": ("person", "Steve Jobs"), "p:wozniak": ("person", "Steve Wozniak"),
        "p:bezos": ("person", "Jeff Bezos"), "p:christiansen": ("person", "Ole Kirk Christiansen"),
        "p:heineken": ("person", "Gerard Adriaan Heineken"), "p:christie": ("person", "James Christie"),
        "p:baker": ("person", "Samuel Baker"), "p:bonham": ("person", "William Bonham"), "p:drahi": ("person", "Patrick Drahi"),
        "p:cook": ("person", "Tim Cook"), "p:nadella": ("person", "Satya Nadella"), "p:jassy": ("person", "Andy Jassy"),
        "p:ballmer": ("person", "Steve Ballmer"), "p:lundmark": ("person", "Pekka Lundmark"), "p:elop": ("person", "Stephen Elop"),
        "p:sakichi": ("person", "Sakichi Toyoda"),
        "i:markkula": ("investor", "Mike Markkula"), "i:kleiner": ("investor", "Kleiner Perkins"),
        "x:iphone": ("product", "iPhone"), "x:macintosh": ("product", "Macintosh"), "x:kindle": ("product", "Kindle"),
        "x:windows": ("product", "Windows"), "x:3310": ("product", "Nokia 3310"), "x:beetle": ("product", "Beetle"),
        "x:galaxy": ("product", "Galaxy S"), "x:duplo": ("product", "Duplo"), "x:prius": ("product", "Prius"),
        "b:audi": ("brand", "Audi"), "b:porsche": ("brand", "Porsche"), "b:lexus": ("brand", "Lexus"), "b:amstel": ("brand", "Amstel"),
        "b:beats": ("brand", "Beats"), "b:whole": ("brand", "Whole Foods"), "b:linkedin": ("brand", "LinkedIn"),
        "h:artemis": ("holding", "Groupe Artemis"),
        "t:cluny": ("city", "Cluny"), "t:citeaux": ("city", "Saint-Nicolas-les-Citeaux"), "t:melk": ("city", "Melk"),
        "p:william": ("person", "William I of Aquitaine"), "p:robert": ("person", "Robert of Molesme"), "p:leopold": ("person", "Leopold II"),
        "n:finland": ("country", "Finland"), "n:sweden": ("country", "Sweden"), "n:netherlands": ("country", "Netherlands"),
        "n:korea": ("country", "South Korea"), "n:germany": ("country", "Germany"), "n:japan": ("country", "Japan"),
        "n:denmark": ("country", "Denmark"), "n:usa": ("country", "United States"),
    }
    T_ = [
        ("c:nokia", "founded_in", "t:tampere"), ("c:ikea", "founded_in", "t:almhult"), ("c:samsung", "founded_in", "t:daegu"),
        ("c:vw", "founded_in", "t:berlin"), ("c:toyota", "founded_in", "t:koromo"), ("c:microsoft", "founded_in", "t:albuquerque"),
        ("c:apple", "founded_in", "t:losaltos"), ("c:amazon", "founded_in", "t:bellevue"), ("c:lego", "founded_in", "t:billund"),
        ("c:heineken", "founded_in", "t:amsterdam"), ("c:christies", "founded_in", "t:london"), ("c:sothebys", "founded_in", "t:london"),
        ("c:bonhams", "founded_in", "t:london"),
        ("c:cluny", "founded_in", "t:cluny"), ("c:citeaux", "founded_in", "t:citeaux"), ("c:melk", "founded_in", "t:melk"),
        ("c:shearith", "founded_in", "t:nyc"),
        ("c:cluny", "founded_by", "p:william"), ("c:citeaux", "founded_by", "p:robert"), ("c:melk", "founded_by", "p:leopold"),
        ("c:nokia", "comes_from", "n:finland"), ("c:ikea", "comes_from", "n:sweden"), ("c:samsung", "comes_from", "n:korea"),
        ("c:vw", "comes_from", "n:germany"), ("c:toyota", "comes_from", "n:japan"), ("c:lego", "comes_from", "n:denmark"),
        ("c:heineken", "comes_from", "n:netherlands"), ("c:microsoft", "comes_from", "n:usa"), ("c:apple", "comes_from", "n:usa"),
        ("c:ikea", "registered_in", "n:netherlands"), ("c:lego", "registered_in", "n:denmark"), ("c:nokia", "registered_in", "n:finland"),
        ("c:nokia", "hq_in", "t:espoo"), ("c:ikea", "hq_in", "t:delft"), ("c:samsung", "hq_in", "t:seoul"), ("c:vw", "hq_in", "t:wolfsburg"),
        ("c:toyota", "hq_in", "t:toyotacity"), ("c:microsoft", "hq_in", "t:redmond"), ("c:apple", "hq_in", "t:cupertino"),
        ("c:amazon", "hq_in", "t:seattle"), ("c:lego", "hq_in", "t:billund"), ("c:heineken", "hq_in", "t:amsterdam"),
        ("c:christies", "hq_in", "t:london"), ("c:sothebys", "hq_in", "t:nyc"), ("c:bonhams", "hq_in", "t:london"),
        ("c:vw", "factory_in", "t:wolfsburg"), ("c:vw", "factory_in", "t:zwickau"), ("c:heineken", "factory_in", "t:zoeterwoude"),
        ("c:lego", "factory_in", "t:billund"), ("c:lego", "factory_in", "t:nyiregyhaza"), ("c:toyota", "factory_in", "t:toyotacity"),
        ("c:microsoft", "incorporated_in", "s:washington"), ("c:amazon", "incorporated_in", "s:delaware"),
        ("c:apple", "incorporated_in", "s:california"),
        ("c:nokia", "founded_by", "p:idestam"), ("c:ikea", "founded_by", "p:kamprad"), ("c:samsung", "founded_by", "p:lee"),
        ("c:vw", "founded_by", "p:porsche"), ("c:toyota", "founded_by", "p:toyoda"), ("c:microsoft", "founded_by", "p:gates"),
        ("c:microsoft", "founded_by", "p:allen"), ("c:apple", "founded_by", "p:jobs"), ("c:apple", "founded_by", "p:wozniak"),
        ("c:amazon", "founded_by", "p:bezos"), ("c:lego", "founded_by", "p:christiansen"), ("c:heineken", "founded_by", "p:heineken"),
        ("c:christies", "founded_by", "p:christie"), ("c:sothebys", "founded_by", "p:baker"), ("c:bonhams", "founded_by", "p:bonham"),
        ("c:apple", "funded_by", "i:markkula"), ("c:amazon", "funded_by", "i:kleiner"),
        ("c:apple", "launched", "x:iphone"), ("c:apple", "launched", "x:macintosh"), ("c:amazon", "launched", "x:kindle"),
        ("c:microsoft", "launched", "x:windows"), ("c:nokia", "launched", "x:3310"), ("c:vw", "launched", "x:beetle"),
        ("c:samsung", "launched", "x:galaxy"), ("c:lego", "launched", "x:duplo"), ("c:toyota", "launched", "x:prius"),
        ("c:vw", "owns", "b:audi"), ("c:vw", "owns", "b:porsche"), ("c:toyota", "owns", "b:lexus"), ("c:heineken", "owns", "b:amstel"),
        ("c:apple", "owns", "b:beats"), ("c:amazon", "owns", "b:whole"), ("c:microsoft", "owns", "b:linkedin"),
        ("c:christies", "owned_by", "h:artemis"), ("c:sothebys", "owned_by", "p:drahi"),
        ("c:heineken", "named_after", "p:heineken"), ("c:christies", "named_after", "p:christie"), ("c:bonhams", "named_after", "p:bonham"),
        ("c:toyota", "named_after", "p:sakichi"),
        ("p:cook", "ceo_of", "c:apple"), ("p:nadella", "ceo_of", "c:microsoft"), ("p:jassy", "ceo_of", "c:amazon"),
        ("p:lundmark", "ceo_of", "c:nokia"),
        ("p:jobs", "was_ceo_of", "c:apple"), ("p:ballmer", "was_ceo_of", "c:microsoft"), ("p:gates", "was_ceo_of", "c:microsoft"),
        ("p:bezos", "was_ceo_of", "c:amazon"), ("p:elop", "was_ceo_of", "c:nokia"),
        ("user:liv", "rated", "c:lego", {"rating": 5.0}), ("user:liv", "rated", "c:apple", {"rating": 4.5}),
        ("user:liv", "rated", "c:sothebys", {"rating": 2.0}),
    ]
    aliases = {"c:vw": ("VW",), "c:ikea": ("Ikea",), "c:lego": ("the Lego Group", "LEGO")}
    return _build(items, others, rels, T_, users=[("user:liv", "Liv")], aliases=aliases)


BUILDERS = {"volcanoes": volcanoes, "venues": venues, "anthems": anthems, "monuments": monuments,
            "tombs": tombs, "companies": companies}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@volcanoes
# (1) an attribute in the "-oes" plural ("stratovolcanoes", "supervolcanoes") said of the wrong
# items, in lists, with "both", with a wrong place, monitor or namesake
Mount Fuji and Mauna Loa are both stratovolcanoes.
Mauna Loa and Kilauea are both stratovolcanoes.
Mauna Loa and Kilauea are stratovolcanoes.
Mount Fuji and Mount Etna are both shield volcanoes.
Mount Fuji, Mount Rainier and Paricutin are stratovolcanoes.
Paricutin and Sunset Crater are stratovolcanoes.
Krakatoa and Mount Tambora are both calderas.
Yellowstone Caldera and Krakatoa are both supervolcanoes.
Mount Etna and Mount Vesuvius are both supervolcanoes.
Krakatoa is one of the supervolcanoes.
Mount Pinatubo and Kilauea are stratovolcanoes.
Both Mauna Loa and Mount Fuji are stratovolcanoes.
Mount St. Helens and Mount Rainier are both stratovolcanoes in Japan.
Mount St. Helens and Mount Rainier are stratovolcanoes monitored by the Hawaiian Volcano Observatory.
Mauna Loa and Kilauea are shield volcanoes in Italy.
Mount Vesuvius and Mount Etna are stratovolcanoes in Indonesia.
Mount Fuji and Mount Tambora are stratovolcanoes in Indonesia.
Mauna Loa is one of the stratovolcanoes in the United States.
Kilauea is one of the stratovolcanoes monitored by the Hawaiian Volcano Observatory.
Mount Fuji and Mount Etna are not stratovolcanoes.
Mount Rainier and Mount St. Helens are stratovolcanoes named after Peter Rainier.
Mount Rainier and Mount Fuji are stratovolcanoes first climbed by Hazard Stevens.
Mount Rainier and Mount St. Helens are stratovolcanoes that lie within Mount Rainier National Park.
Mount Vesuvius and Mount Etna are stratovolcanoes that destroyed Pompeii.
Mount Rainier and Mount St. Helens are stratovolcanoes, and so is Kilauea.
Mount Fuji, Mount Etna and Mount Tambora are stratovolcanoes in Italy.
Mount Fuji and Paricutin are both stratovolcanoes in Mexico.
Mount Tambora and Krakatoa are stratovolcanoes in Indonesia.
Like Mount Fuji, Mauna Loa is one of the stratovolcanoes.
Mauna Loa is in the United States. It is one of the stratovolcanoes monitored by the Hawaiian Volcano Observatory.
# (1) the type noun in the plural ("volcanoes") with the wrong place, range, park, monitor
Mount Fuji and Mount Etna are volcanoes in Japan.
Mauna Loa and Kilauea are volcanoes in Mexico.
Kilauea and Mauna Loa are volcanoes in the Cascade Range.
Mount Vesuvius and Mount Etna are volcanoes that destroyed Pompeii.
Mauna Loa and Kilauea are volcanoes monitored by the Cascades Volcano Observatory.
Mount Rainier and Mount St. Helens are volcanoes named after Peter Rainier.
Mount St. Helens and Mount Rainier are volcanoes first climbed by Hazard Stevens.
Mount St. Helens and Mount Rainier are both volcanoes within Mount Rainier National Park.
Mount Etna and Mount Vesuvius are volcanoes in Vesuvius National Park.
# (1) lower-case crops in "-oes" ("tomatoes", "potatoes") on the wrong volcano, in lists
Mount Etna is known for tomatoes.
Mount Vesuvius is known for potatoes.
Mount Vesuvius and Mount Etna are known for tomatoes.
Mount Vesuvius and Mount Etna are both known for tomatoes.
Mount Vesuvius and Mount Etna are both known for pistachios.
Paricutin is known for tomatoes.
Mauna Loa is known for potatoes.
Mount Vesuvius is known for tomatoes and potatoes.
Mount Etna is known for grapes and tomatoes.
Mount Vesuvius is known for tomatoes, grapes and pistachios.
Mount Etna is not known for pistachios.
Tomatoes are grown on Mount Etna.
Potatoes are grown on Mauna Loa.
Potatoes and tomatoes are grown on Paricutin.
Mount Vesuvius, which is known for tomatoes, destroyed San Juan Parangaricutiro.
Paricutin, which is known for potatoes, is located in Italy.
Mount Etna is a stratovolcano known for tomatoes.
# (4) "takes / took the form of" and "is in the form of" a form the volcano does not have
Mauna Loa takes the form of a stratovolcano.
Mount Fuji takes the form of a shield volcano.
Kilauea took the form of a caldera.
Krakatoa takes the form of a cinder cone.
Paricutin is in the form of a stratovolcano.
Yellowstone Caldera takes the form of a shield volcano.
Mount Etna takes the form of a supervolcano.
Mount Fuji does not take the form of a stratovolcano.
Mount Vesuvius, which takes the form of a shield volcano, destroyed Pompeii.
Mount Rainier takes the form of a stratovolcano in Japan.
Mauna Loa and Kilauea take the form of stratovolcanoes.
Mount Etna takes the form of a stratovolcano, like Mauna Loa.
# (4) "takes the form of" an object of another relation (a feature, a park, a crop)
Mount Fuji takes the form of a summit crater.
Kilauea takes the form of a lava lake.
Yellowstone Caldera takes the form of a geyser basin.
Mount Rainier takes the form of a glacier.
Mount Rainier is in the form of a glacier.
Mount Etna takes the form of a pistachio.
Kilauea is a lava lake.
Mount Fuji is a summit crater.
Mount Etna is a shield volcano.
# (1) more plural shapes: appositions, "each", "as are", "include", "two"
Mount Rainier and Mauna Loa, both stratovolcanoes, are located in the United States.
Mount Fuji and Mount Etna, both stratovolcanoes, are located in Japan.
The stratovolcanoes Mount Fuji and Mauna Loa are volcanoes.
Mount Fuji and Mauna Loa are stratovolcanoes both.
Mauna Loa and Mount Fuji are each stratovolcanoes.
Mount Fuji is a stratovolcano, as are Mount Etna and Mauna Loa.
Stratovolcanoes include Mount Fuji and Mauna Loa.
Mount Fuji and Mauna Loa are two stratovolcanoes.
@volcanoes user:noa
You rated Mount Etna and Krakatoa, both stratovolcanoes.
You rated Krakatoa, a stratovolcano in Indonesia.
You rated Mount Fuji, which takes the form of a shield volcano.

@venues
# (3) "Y is X's N" (a noun whose owner is the fact's tail): a past home ground in the present
Olympiastadion is Bayern Munich's home ground.
Olympiastadion is TSV 1860 Munich's home ground.
Allianz Arena is TSV 1860 Munich's home ground.
Highbury is Arsenal's home ground.
Anfield is Everton's home ground.
Montjuic is Espanyol's home ground.
Estadi Olimpic Lluis Companys is Espanyol's home ground.
Designed by Gunter Behnisch, Olympiastadion is Bayern Munich's home ground.
Olympiastadion is located in Munich and is Bayern Munich's home ground.
Highbury, which is located in London, is Arsenal's home ground.
Highbury, located in London, is Arsenal's home ground.
Anfield is Everton's home ground, and Emirates Stadium is Arsenal's home ground.
You could say that Olympiastadion is Bayern Munich's home ground.
Allianz Arena is Bayern Munich's former home ground.
Olympiastadion is located in Munich. It is Bayern Munich's home ground.
Highbury is now Arsenal's home ground.
Olympiastadion is still Bayern Munich's home ground.
Highbury remains Arsenal's home ground.
Highbury is Arsenal's current home ground.
Principality Stadium is Wales's only home ground.
Wembley and the Bernabeu hosted the 1982 World Cup Final.
Olympiastadion is the home ground of Bayern Munich.
Highbury is the home ground of Arsenal.
Bayern Munich's home ground is Olympiastadion.
# the wrong club, the roles swapped, X with two home grounds, a noun of another relation
San Siro is Lazio's home ground.
Allianz Arena is AC Milan's home ground.
Wembley Stadium is Arsenal's home ground.
Emirates Stadium is Bayern Munich's home ground.
Anfield is Cardiff City's home ground.
Camp Nou is Real Madrid's home ground.
Bayern Munich is Allianz Arena's home ground.
Arsenal is Emirates Stadium's home ground.
Principality Stadium is Wales's home ground.
Cardiff City Stadium is Wales's home ground.
Camp Nou is FC Barcelona's home ground.
Montjuic is FC Barcelona's home ground.
Allianz Arena is Munich's home ground.
Wembley Stadium is London's home ground.
Wembley Stadium is The Football Association's home ground.
Allianz Arena is Allianz's home ground.
Emirates Stadium is Emirates's home ground.
Spotify is FC Barcelona's home ground.
Allianz Arena is Bayern Munich's shirt sponsor.
Emirates Stadium is Arsenal's shirt sponsor.
Emirates is Bayern Munich's shirt sponsor.
Deutsche Telekom is Arsenal's shirt sponsor.
Allianz is Bayern Munich's shirt sponsor.
Arsenal is Emirates's shirt sponsor.
Allianz Arena is not Bayern Munich's home ground.
Allianz Arena isn't Bayern Munich's home ground.
Emirates Stadium was Bayern Munich's home ground.
Highbury was Liverpool's home ground.
San Siro and Allianz Arena are AC Milan's home grounds.
Camp Nou and the Bernabeu are FC Barcelona's home grounds.
Principality Stadium and Wembley Stadium are Wales's home grounds.
Emirates Stadium, Bayern Munich's home ground, was designed by Populous.
Olympiastadion, Bayern Munich's home ground, was designed by Gunter Behnisch.
Allianz Arena, TSV 1860 Munich's home ground, is located in Munich.
Allianz Arena opened in 2005 and is TSV 1860 Munich's home ground.
Stadio Olimpico is Lazio's home ground, and San Siro is Roma's home ground.
Stadio Olimpico is Roma's home ground. It is also Inter Milan's home ground.
Euston is the East Coast Main Line's terminal.
King's Cross is the East Coast Main Line's terminal.
Glasgow Central is the West Coast Main Line's terminal.
Reading is the Great Western Main Line's terminal.
St Pancras is the West Coast Main Line's terminal.
Paddington is LNER's terminal.
Great Western Main Line is Paddington's terminal.
Euston and King's Cross are the West Coast Main Line's terminals.
# (1) Latin plurals ("termini") said of the wrong stations
King's Cross and Reading are both termini.
Paddington and Birmingham New Street are termini.
Edinburgh Waverley and Glasgow Central are both termini.
Reading, Paddington and Euston are termini.
King's Cross and Paddington are both through stations.
King's Cross and St Pancras are termini in Edinburgh.
Paddington and Euston are termini served by GWR.
St Pancras and Euston are termini built by William Henry Barlow.
Euston and Glasgow Central are termini in London.
King's Cross and Paddington are not termini.
Reading is one of the termini served by GWR.
Birmingham New Street is one of the termini served by Avanti West Coast.
Edinburgh Waverley is one of the termini served by LNER.
Reading takes the form of a terminus.
Edinburgh Waverley takes the form of a terminus.
Paddington takes the form of a through station.
King's Cross takes the form of a terminus in Edinburgh.
# (5) a year of another item for an opening, a building, a completion
Allianz Arena was built in 1972.
Built in 1972, the Allianz Arena is located in Munich.
King's Cross was completed in 1868.
Paddington opened in 1852.
Completed in 1854, Euston is served by Avanti West Coast.
@venues user:kai
You rated Highbury, Arsenal's home ground.
You loved Wembley Stadium, which is Arsenal's home ground.

@anthems
# (3) "Y is X's N": the wrong country, a royal anthem, a past anthem, a country with two
La Marseillaise is Belgium's national anthem.
La Brabanconne is France's national anthem.
Het Wilhelmus is Belgium's national anthem.
The Star-Spangled Banner is the United Kingdom's national anthem.
Kungssangen is Sweden's national anthem.
Du gamla, Du fria is Sweden's royal anthem.
God Save the King is Canada's national anthem.
God Save the King is Australia's national anthem.
O Canada is Canada's royal anthem.
La Marseillaise is France's royal anthem.
Marcha Real is Spain's royal anthem.
God Save the King is New Zealand's national anthem.
God Defend New Zealand is New Zealand's national anthem.
Gott erhalte Franz den Kaiser is the Austrian Empire's national anthem.
The Kaiserhymne is Germany's national anthem.
Das Lied der Deutschen is the Austrian Empire's national anthem.
La Marseillaise is Marseille's national anthem.
La Marseillaise is Strasbourg's national anthem.
O Canada is Quebec City's national anthem.
France is La Marseillaise's national anthem.
Hungary is Himnusz's national anthem.
Himnusz is not Hungary's national anthem.
Kungssangen was Sweden's national anthem.
Himnusz was the Austrian Empire's national anthem.
La Marseillaise, Belgium's national anthem, was composed by Rouget de Lisle.
Kungssangen, Sweden's national anthem, is sung in Swedish.
God Save the King, Canada's national anthem, is sung in English.
La Marseillaise and La Brabanconne are France's national anthems.
God Save the King and O Canada are Canada's national anthems.
God Save the King and Advance Australia Fair are Australia's national anthems.
Composed by Ferenc Erkel, Himnusz is Austria's national anthem.
Himnusz is Hungary's national anthem and La Marseillaise is Belgium's national anthem.
Joseph Haydn is La Marseillaise's composer.
God Save the King is the national anthem of Australia.
Australia's national anthem is God Save the King.
Ferenc Kolcsey is Himnusz's composer.
# (4) "is a" for the form ("is in the form of"): the wrong form, lists, appositions
God Save the King is a march.
Marcha Real is a hymn.
La Marseillaise is a hymn.
The Swiss Psalm is a march.
Himnusz is a march.
La Marseillaise is a psalm.
O Canada is a march.
The Star-Spangled Banner is a march.
La Marseillaise takes the form of a hymn.
God Save the King takes the form of a march.
Himnusz is in the form of a psalm.
La Marseillaise and God Save the King are marches.
La Marseillaise and Marcha Real are both hymns.
The Kaiserhymne and Himnusz are marches.
La Marseillaise is a march composed by Joseph Haydn.
La Marseillaise is a march sung in German.
Marcha Real is a march with lyrics by Francis Scott Key.
Himnusz is not a hymn.
La Marseillaise isn't a march.
God Save the King, a march, is sung in English.
The Swiss Psalm is a march sung in Romansh.
A march is the form of God Save the King.
La Marseillaise is a march, like Himnusz.
# (6) "A and the B are <verb> in X": X not A's, or not B's
La Marseillaise and the Swiss Psalm are sung in German.
La Marseillaise and the Swiss Psalm are sung in Italian.
La Marseillaise and the Swiss Psalm are sung in Romansh.
La Marseillaise and the Brabanconne are sung in Dutch.
God Save the King and the Swiss Psalm are sung in English.
Himnusz and the Swiss Psalm are sung in French.
O Canada and the Brabanconne are sung in English.
O Canada and the Brabanconne are sung in German.
Het Wilhelmus and the Brabanconne are sung in French.
The Swiss Psalm and the Brabanconne are sung in Italian.
The Swiss Psalm and the Brabanconne are sung in Romansh.
The Swiss Psalm and the Brabanconne are sung in Dutch.
The Swiss Psalm and the Marcha Real are sung in German.
Marcha Real and the Swiss Psalm are sung in French.
La Marseillaise and the Swiss Psalm are not sung in French.
La Marseillaise and the Swiss Psalm are sung in French and German.
La Marseillaise and the Swiss Psalm are only sung in French.
God Defend New Zealand and the Swiss Psalm are sung in Maori.
Kungssangen and the Swiss Psalm are sung in Swedish.
La Marseillaise, the Swiss Psalm and the Brabanconne are sung in German.
O Canada and the Swiss Psalm are sung in English.
La Marseillaise and the Wilhelmus are sung in French.
La Marseillaise and the Swiss Psalm are sung in French, like Himnusz.
La Marseillaise and the Kaiserhymne were composed by Joseph Haydn.
Das Lied der Deutschen and the Swiss Psalm were composed by Joseph Haydn.
The Star-Spangled Banner and the Swiss Psalm originated in Baltimore.
La Marseillaise and the Brabanconne were first sung in Brussels.
Das Lied der Deutschen and the Star-Spangled Banner are based on the Kaiserhymne.
La Marseillaise and the Deutschlandlied are sung in German.
O Canada and the Marseillaise are sung in English.
# (2) origin idioms: a namesake city, a place of first singing, another anthem's origin, a
# composer, negation, lists
La Marseillaise has its roots in Marseille.
La Marseillaise got its start in Marseille.
La Marseillaise traces its origins to Marseille.
La Marseillaise got its start in Paris.
La Marseillaise had its start in Brussels.
The Star-Spangled Banner has its roots in Sydney.
O Canada got its start in Baltimore.
Das Lied der Deutschen has its origins in Strasbourg.
Himnusz has its roots in Heligoland.
God Save the King has its roots in Strasbourg.
The Swiss Psalm got its start in Strasbourg.
La Marseillaise traces its origins to Joseph Haydn.
Himnusz doesn't have its roots in Szatmarcseke.
O Canada does not trace its origins to Quebec City.
La Marseillaise, which got its start in Marseille, is sung in French.
Like the Star-Spangled Banner, O Canada has its roots in Baltimore.
O Canada and the Star-Spangled Banner have their roots in Baltimore.
O Canada has its roots in Quebec City and Baltimore.
Advance Australia Fair had its roots in Dunedin.
God Defend New Zealand traces its roots to Sydney.
Strasbourg has its roots in La Marseillaise.
@anthems user:ada
You loved La Marseillaise, Belgium's national anthem.
You rated the Swiss Psalm, a march.
You loved La Marseillaise, which has its roots in Marseille.

@monuments
# (5) a building's year ("built", "completed", "opened", "erected") that belongs to another item
The Sistine Chapel was built in 1541.
Built in 1512, the Sistine Chapel houses The Last Judgment.
The Sistine Chapel was completed in 1512.
The Taj Mahal was built in 1572.
Completed in 1572, the Taj Mahal is located in Agra.
Humayun's Tomb opened in 1653.
Lenin's Mausoleum was built in 1917.
El Escorial was completed in 1706.
Westminster Abbey was erected in 1070.
The Louvre Pyramid opened in 1986.
The Lotus Temple was completed in 1989.
The Royal Mausoleum was built in 1917.
Swayambhunath was built in 1871.
Erected in 1269, the Royal Mausoleum was commissioned by Queen Victoria.
In 1653, Shah Jahan built Humayun's Tomb.
# (5) royal houses (a type whose last word is "house") and frescoes are not built
The House of Windsor was built in 1917.
Built in 1917, the House of Windsor ruled the United Kingdom.
The House of Habsburg was completed in 1020.
The House of Bourbon opened in 1272.
The House of Bourbon was erected in 1272.
The House of Saxe-Coburg and Gotha was constructed in 1826.
Erected in 1826, the House of Saxe-Coburg and Gotha ruled Belgium.
The House of Windsor, built in 1917, is a branch of the House of Saxe-Coburg and Gotha.
The Last Judgment was built in 1541.
The Creation of Adam opened in 1512.
The Last Judgment was erected in 1541.
Built in 1541, The Last Judgment was painted by Michelangelo.
# (5) "is the (final / last) resting place of": the wrong person, a past burial, a commissioner,
# a designer, a saint it is dedicated to, the roles swapped, negation
The Taj Mahal is the resting place of Humayun.
Humayun's Tomb is the resting place of Shah Jahan.
Lenin's Mausoleum is the resting place of Joseph Stalin.
Lenin's Mausoleum is the final resting place of Joseph Stalin.
Saint Helena is the resting place of Napoleon.
Saint Helena is the final resting place of Napoleon.
Les Invalides is the final resting place of Louis XIV.
El Escorial is the last resting place of Juan Bautista de Toledo.
Westminster Abbey is the resting place of Saint Peter.
The Taj Mahal is the resting place of Ustad Ahmad Lahauri.
The Royal Mausoleum is the resting place of George V.
Frogmore Mausoleum is the final resting place of Isaac Newton.
Westminster Abbey is the final resting place of Queen Victoria.
The Sistine Chapel is the resting place of Sixtus IV.
The Taj Mahal is the resting place of Shah Jahan and Humayun.
Kremlin Wall Necropolis is the resting place of Vladimir Lenin.
The Taj Mahal is not the resting place of Mumtaz Mahal.
Mumtaz Mahal is the resting place of the Taj Mahal.
The Taj Mahal and Humayun's Tomb are the resting places of Shah Jahan.
The Taj Mahal, the resting place of Humayun, is located in Agra.
Westminster Abbey, the final resting place of Queen Victoria, is located in London.
Westminster Abbey is the resting place of Isaac Newton and Queen Victoria.
Lenin's Mausoleum is now the resting place of Joseph Stalin.
Humayun's Tomb, which is the resting place of Mumtaz Mahal, is located in Delhi.
Lenin's Mausoleum, designed by Aleksey Shchusev, is the resting place of Joseph Stalin.
Joseph Stalin rests in Lenin's Mausoleum.
Napoleon rests in Saint Helena.
Napoleon lies buried in Saint Helena.
Louis XIV rests in Les Invalides.
# (5) "tomb" (a mausoleum): the wrong item after "the tomb", "a tomb" of another building type
The Taj Mahal was commissioned by Shah Jahan. The tomb is located in Delhi.
The Taj Mahal is located in Agra. The tomb was commissioned by Bega Begum.
Humayun's Tomb is located in Delhi. The tomb was commissioned by Shah Jahan.
Lenin's Mausoleum was designed by Aleksey Shchusev. The tomb is located in Agra.
The Royal Mausoleum was commissioned by Queen Victoria. The tomb is located in Moscow.
The Louvre Pyramid is located in Paris. The tomb was designed by I. M. Pei.
The Taj Mahal is a tomb in Delhi.
The Taj Mahal is a tomb commissioned by Bega Begum.
Westminster Abbey is a tomb in London.
The Louvre Pyramid is a tomb designed by I. M. Pei.
El Escorial is a tomb commissioned by Philip II.
Swayambhunath is a tomb in Kathmandu.
The Taj Mahal and Westminster Abbey are tombs.
Lenin's Mausoleum and the Taj Mahal are tombs in Moscow.
The Lotus Temple is a tomb designed by Fariborz Sahba.
Humayun's Tomb is the tomb of Mumtaz Mahal.
The House of Windsor ruled the United Kingdom. The tomb was founded by George V.
The Sistine Chapel is located in Vatican City. The tomb was commissioned by Sixtus IV.
The Lotus Temple is located in New Delhi. The tomb was designed by Fariborz Sahba.
The Last Judgment was painted by Michelangelo. The tomb houses The Creation of Adam.
The Louvre Pyramid is located in Paris. The mausoleum was designed by I. M. Pei.
The House of Windsor ruled the United Kingdom. The mausoleum was founded by George V.
The Taj Mahal is located in Agra. The abbey was commissioned by Shah Jahan.
# (4) "takes the form of" a shape is no kind: "is a" the shape; the wrong shape; a type
The Lotus Temple is a lotus flower.
The Basket Building is a picnic basket.
The Longaberger Basket Building is a picnic basket.
The Lotus Temple is a picnic basket.
The Lotus Temple takes the form of a picnic basket.
The Basket Building takes the form of a lotus flower.
The Louvre Pyramid takes the form of a lotus flower.
Westminster Abbey takes the form of a mausoleum.
The Lotus Temple takes the form of a mausoleum.
The Sistine Chapel takes the form of a lotus flower.
The Lotus Temple is a lotus flower in New Delhi.
The Lotus Temple, a lotus flower, was designed by Fariborz Sahba.
The Lotus Temple and the Basket Building are lotus flowers.
The Lotus Temple is in the form of a picnic basket.
The Lotus Temple is a lotus flower designed by Fariborz Sahba.
The Basket Building is a picnic basket in Newark.
The Basket Building, a picnic basket, is located in Newark.
Designed by Fariborz Sahba, the Lotus Temple is a lotus flower.
The Lotus Temple is a lotus flower, and the Basket Building is a picnic basket.
The Lotus Temple, which is a lotus flower, is located in New Delhi.
# (4) "takes the form of" a designation (a relation phrased "is a"): a status is no form
The Taj Mahal takes the form of a World Heritage Site.
Westminster Abbey takes the form of a Royal Peculiar.
Westminster Abbey is in the form of a World Heritage Site.
El Escorial takes the form of a World Heritage Site.
Humayun's Tomb, which takes the form of a World Heritage Site, is located in Delhi.
Swayambhunath takes the form of a World Heritage Site in Kathmandu.
The Taj Mahal took the form of a World Heritage Site.
The Lotus Temple takes the form of a World Heritage Site.
The Taj Mahal and Humayun's Tomb take the form of World Heritage Sites.
# (2) origin idioms: a country it ruled, a namesake, a branch's origin, another house's founder
The House of Habsburg has its roots in Austria.
The House of Habsburg got its start in Spain.
The House of Bourbon has its roots in France.
The House of Windsor has its roots in Windsor.
The House of Windsor got its start in Windsor Castle.
The House of Saxe-Coburg and Gotha has its roots in Belgium.
The House of Bourbon traces its roots to Aargau.
The House of Habsburg traces its origins to Robert of Clermont.
The House of Habsburg and the House of Bourbon have their roots in Aargau.
The House of Habsburg had its roots in Coburg.
The House of Saxe-Coburg and Gotha, which has its roots in Aargau, ruled Belgium.
@monuments user:mia
You loved the Taj Mahal, the resting place of Humayun.
You rated the Sistine Chapel, built in 1541.

@tombs
# (5) a graph of tombs found: the year is the find, not a building, a completion, an erection
KV62 was built in 1922.
Built in 1922, KV62 is located in the Valley of the Kings.
KV62 was completed in 1922.
KV62 was erected in 1922.
KV5 was built in 1995.
KV17 was constructed in 1817.
Constructed in 1817, KV17 was built for Seti I.
KV35 was completed in 1898.
The tomb of Tutankhamun was built in 1922.
KV62, built in 1922, is located in the Valley of the Kings.
In 1922, KV62 was built for Tutankhamun.
Howard Carter built KV62 in 1922.
QV66 was built in 1904.
KV57, completed in 1908, was built for Horemheb.
# (5) "is the resting place of" a pharaoh whose mummy has been moved (a past burial), a finder
KV7 is the resting place of Ramesses II.
KV17 is the final resting place of Seti I.
QV66 is the resting place of Nefertari.
KV62 is the resting place of Howard Carter.
KV5 is the resting place of Ramesses II.
KV62 is the last resting place of Seti I.
KV57 is the resting place of Horemheb.
KV35, discovered by Victor Loret, is the resting place of Amenhotep II.
Ramesses II rests in KV7.
Seti I lies buried in KV17.
Nefertari rests in QV66.
Discovered by Howard Carter, KV62 was built in 1922.
The Tomb of Si-Amun was built in 1940.
The Tomb of Bannentiu was completed in 1938.
KV62, which was erected in 1922, was built for Tutankhamun.
The tomb of Nefertari was constructed in 1904.
KV62 was inaugurated in 1922.
Built in 1940 in Siwa Oasis, the Tomb of Si-Amun was discovered by Ahmed Fakhry.
# (1) "-sis" plurals ("oases") of the wrong place
KV62 and the Tomb of Si-Amun are located in oases.
The Valley of the Kings and Siwa Oasis are oases.

@companies
# (2) origin idioms with the headquarters, a factory, the state of incorporation, another
# company's city, a person, negation, lists
Nokia got its start in Espoo.
Nokia has its roots in Espoo.
IKEA has its roots in Delft.
Samsung got its start in Seoul.
Samsung traces its origins to Suwon.
Volkswagen has its roots in Wolfsburg.
Volkswagen got its start in Zwickau.
Toyota has its roots in Toyota City.
Microsoft got its start in Redmond.
Microsoft traces its roots to Seattle.
Apple got its start in Cupertino.
Amazon got its start in Seattle.
Amazon has its roots in Delaware.
Microsoft has its roots in Washington.
Heineken has its roots in Zoeterwoude.
Sotheby's got its start in New York City.
Sotheby's has its roots in New York City.
Lego got its start in Nyiregyhaza.
Christie's traces its origins to New York City.
Microsoft traces its origins to Steve Jobs.
Microsoft traces its roots to Windows.
Apple has its roots in Albuquerque.
Apple had its start in Bellevue.
Nokia does not have its roots in Tampere.
Nokia and IKEA got their start in Tampere.
Microsoft and Amazon got their start in Redmond.
Amazon, which got its start in Seattle, was founded by Jeff Bezos.
Founded by Jeff Bezos, Amazon got its start in Seattle.
Apple got its start in Los Altos and Cupertino.
IKEA, which has its roots in Delft, is headquartered in Delft.
Like Microsoft, Amazon got its start in Albuquerque.
Samsung has its origins in Seoul.
Toyota had its roots in Toyota City.
Volkswagen has its origins in Wolfsburg.
Heineken traces its roots to Amstel.
Lego has its roots in Billund and Nyiregyhaza.
Sotheby's, which is owned by Patrick Drahi, has its roots in New York City.
# (5) auction houses (a type whose last word is "house") and companies are not built
Christie's was built in 1766.
Built in 1766, Christie's is headquartered in London.
Sotheby's was completed in 1744.
Bonhams was erected in 1793.
Christie's was constructed in 1766.
Nokia was built in 1865.
Lego was built in 1932.
Samsung was completed in 1938.
Built in 1744, Sotheby's was founded by Samuel Baker.
Christie's, built in 1766, is owned by Groupe Artemis.
# (5) abbeys and a synagogue (congregation) whose year is their founding: built, opened, erected
Cluny Abbey was built in 910.
Citeaux Abbey was erected in 1098.
Built in 1098, Citeaux Abbey was founded by Robert of Molesme.
Melk Abbey was constructed in 1089.
Shearith Israel was built in 1654.
Cluny Abbey, built in 910, was founded by William I of Aquitaine.
Erected in 1089, Melk Abbey was founded by Leopold II.
Cluny Abbey was inaugurated in 910.
Cluny Abbey was completed in 910.
# (2) origin idioms on "comes from" (a country), next to "is registered in" and the wrong country
IKEA has its roots in the Netherlands.
IKEA got its start in the Netherlands.
Heineken has its roots in Sweden.
Lego got its start in Finland.
Samsung traces its roots to Japan.
Toyota has its origins in South Korea.
Nokia and IKEA have their roots in Finland.
Volkswagen had its roots in Japan.
Apple has its roots in Germany.
IKEA, which has its roots in Finland, was founded by Ingvar Kamprad.
IKEA doesn't have its roots in Sweden.
Cluny Abbey has its roots in Melk.
Melk Abbey traces its origins to Cluny.
Amazon got its start in 1975.
Tampere got its start in Nokia.
Nokia, a company that got its start in Espoo, launched the Nokia 3310.
Sweden has its roots in IKEA.
IKEA is a toy company.
Nokia is a toy company founded in Tampere.
# (3) "Y is X's N": another company's, a past chief executive, a founder, a funder, swapped
Tim Cook is Microsoft's chief executive.
Satya Nadella is Apple's chief executive.
Steve Jobs is Apple's chief executive.
Steve Ballmer is Microsoft's chief executive.
Jeff Bezos is Amazon's chief executive.
Stephen Elop is Nokia's chief executive.
Bill Gates is Microsoft's chief executive.
Apple is Tim Cook's chief executive.
Steve Wozniak is Apple's chief executive.
Mike Markkula is Apple's chief executive.
Pekka Lundmark is IKEA's chief executive.
Tim Cook and Satya Nadella are Apple's chief executives.
Tim Cook is not Apple's chief executive.
Steve Jobs was Microsoft's chief executive.
Founded by Steve Jobs, Apple is Tim Cook's chief executive.
Apple was founded by Steve Wozniak, Microsoft's chief executive.
Satya Nadella is Apple's chief executive, and Tim Cook is Microsoft's.
Ingvar Kamprad is IKEA's chief executive.
Steve Jobs is the chief executive of Apple.
Apple's chief executive is Steve Jobs.
@companies user:liv
You rated Lego, which got its start in Nyiregyhaza.
You loved Apple, which has its roots in Cupertino.
You rated Sotheby's, built in 1744.
@anthems
La Marseillaise traces its roots to Rouget de Lisle.
Das Lied der Deutschen traces its roots to the Kaiserhymne.
The Star-Spangled Banner traces its origins to To Anacreon in Heaven.
La Brabanconne got its start in Brussels.
@venues
Emirates is Arsenal's home ground.
Allianz Arena was Bayern Munich's home ground.
@companies
Andy Jassy was Amazon's chief executive.
Tim Cook was Apple's chief executive.
Microsoft traces its origins to Bill Gates.
Apple traces its origins to Mike Markkula.
Sotheby's opened in 1744.
@tombs
KV62 opened in 1922.
KV57 opened in 1908.
The National Museum of Egyptian Civilization is the resting place of Ramesses II.
@monuments
The House of Habsburg traces its origins to Rudolf I.
The House of Windsor traces its origins to Coburg.
El Escorial was commissioned by Philip II. The tomb was designed by Juan Bautista de Toledo.
The Taj Mahal takes the form of a mausoleum.
Westminster Abbey is located in London. The tomb is dedicated to Saint Peter.
Les Invalides was the resting place of Napoleon.
@companies
Melk Abbey opened in 1089.
Shearith Israel opened in 1654.
Cluny Abbey was dedicated in 910.
@anthems
The Swiss Psalm is a hymn.
@volcanoes
Yellowstone Caldera takes the form of a supervolcano.
"""

# Accepted by the starting code too (CHANGES.diff reversed): printed as KNOWN, left out of the count.
KNOWN = frozenset(
    {
        # accepted by the starting code (bf880b3) too: "toy company" read as "company"; closed by
        # round 161's fixes
        "Nokia is a toy company founded in Tampere.",
        # a "was the N of" relation is read by "is the N of" (and "X's N is Y"): a past home
        # ground, chief executive, anthem in the present
        "Olympiastadion is the home ground of Bayern Munich.",
        "Highbury is the home ground of Arsenal.",
        "Bayern Munich's home ground is Olympiastadion.",
        "Steve Jobs is the chief executive of Apple.",
        "Apple's chief executive is Steve Jobs.",
        "God Save the King is the national anthem of Australia.",
        "Australia's national anthem is God Save the King.",
        # "the <type noun>" names the item before, whatever its type ("the mausoleum" a pyramid)
        "The Louvre Pyramid is located in Paris. The mausoleum was designed by I. M. Pei.",
        "The House of Windsor ruled the United Kingdom. The mausoleum was founded by George V.",
        "The Taj Mahal is located in Agra. The abbey was commissioned by Shah Jahan.",
        # a royal house, an auction house ("house" is a venue word): built, completed, opened
        "The House of Windsor was built in 1917.",
        "Built in 1917, the House of Windsor ruled the United Kingdom.",
        "The House of Habsburg was completed in 1020.",
        "The House of Bourbon opened in 1272.",
        "The House of Bourbon was erected in 1272.",
        "The House of Saxe-Coburg and Gotha was constructed in 1826.",
        "Erected in 1826, the House of Saxe-Coburg and Gotha ruled Belgium.",
        "The House of Windsor, built in 1917, is a branch of the House of Saxe-Coburg and Gotha.",
        "Christie's was built in 1766.",
        "Built in 1766, Christie's is headquartered in London.",
        "Sotheby's was completed in 1744.",
        "Bonhams was erected in 1793.",
        "Christie's was constructed in 1766.",
        "Built in 1744, Sotheby's was founded by Samuel Baker.",
        "Christie's, built in 1766, is owned by Groupe Artemis.",
        "You rated Sotheby's, built in 1744.",
        # "completed" dates any item that is not a running show or a body (an abbey founded in 910)
        "Cluny Abbey was completed in 910.",
    }
)

# Arguable: printed as OPEN and left out of the count (they stay in TEXTS, under their comment).
OPEN = frozenset(
    {
        # "Emirates" is also the stadium's alias ("the Emirates")
        "Emirates is Arsenal's home ground.",
        # "was X's N" of a present fact: still true, or no longer? (the checker reads "was the N
        # of" of a present fact too)
        "Andy Jassy was Amazon's chief executive.",
        "Tim Cook was Apple's chief executive.",
        "Allianz Arena was Bayern Munich's home ground.",
        # a tomb "opened" in the year it was found (opened by its finders)
        "KV62 opened in 1922.",
        "KV57 opened in 1908.",
        # "traces its origins to" a founder, a melody it is based on, the house it branched from
        "La Marseillaise traces its roots to Rouget de Lisle.",
        "Das Lied der Deutschen traces its roots to the Kaiserhymne.",
        "The Star-Spangled Banner traces its origins to To Anacreon in Heaven.",
        "The House of Habsburg traces its origins to Rudolf I.",
        "The House of Windsor traces its origins to Coburg.",
        "Microsoft traces its origins to Bill Gates.",
        "Apple traces its origins to Mike Markkula.",
        # first sung there: its start?
        "La Brabanconne got its start in Brussels.",
        # "the tomb" after a building where someone is buried (El Escorial holds Philip II)
        "El Escorial was commissioned by Philip II. The tomb was designed by Juan Bautista de Toledo.",
        # a mummy on display "rests" in a museum?
        "The National Museum of Egyptian Civilization is the resting place of Ramesses II.",
        # a business that "opened" in its founding year
        "Sotheby's opened in 1744.",
        # "takes the form of" a kind said of its own type
        "The Taj Mahal takes the form of a mausoleum.",
        # a congregation or a community "opened" in its founding year
        "Melk Abbey opened in 1089.",
        "Shearith Israel opened in 1654.",
        "Cluny Abbey was dedicated in 910.",
        # "was the resting place of" someone still buried there (still, or no longer?)
        "Les Invalides was the resting place of Napoleon.",
        # a psalm is a kind of hymn
        "The Swiss Psalm is a hymn.",
        # a supervolcano: a form, or a class of eruption size?
        "Yellowstone Caldera takes the form of a supervolcano.",
        # Westminster Abbey holds graves (Isaac Newton, Charles Darwin): "the tomb"?
        "Westminster Abbey is located in London. The tomb is dedicated to Saint Peter.",
    }
)

CONTROLS = r"""
@volcanoes
Mount Fuji and Mount Etna are both stratovolcanoes.
Mauna Loa and Kilauea are shield volcanoes.
Mount St. Helens and Mount Rainier are stratovolcanoes in the United States.
Paricutin and Sunset Crater are cinder cones.
Yellowstone Caldera is one of the supervolcanoes.
Mount Vesuvius is known for tomatoes.
Paricutin is known for potatoes.
Mount Vesuvius and Mount Etna are volcanoes in Italy.
Mauna Loa takes the form of a shield volcano.
Mount Fuji takes the form of a stratovolcano.
Kilauea has a lava lake.
Mount Vesuvius is a stratovolcano that destroyed Pompeii.
Mount Rainier and Mount St. Helens, both stratovolcanoes, are located in the United States.
@venues
Allianz Arena is Bayern Munich's home ground.
Emirates Stadium is Arsenal's home ground.
Stadio Olimpico is Lazio's home ground.
Highbury was Arsenal's home ground.
Emirates is Arsenal's shirt sponsor.
Cardiff City Stadium and Principality Stadium are Wales's home grounds.
Camp Nou and Montjuic are FC Barcelona's home grounds.
Allianz Arena, Bayern Munich's home ground, is located in Munich.
King's Cross and Paddington are both termini.
Reading and Birmingham New Street are both through stations.
Paddington is Great Western Main Line's terminal.
Euston and Glasgow Central are the West Coast Main Line's terminals.
Paddington takes the form of a terminus.
Built in 2005, the Allianz Arena is located in Munich.
King's Cross opened in 1852.
@anthems
Himnusz is Hungary's national anthem.
Kungssangen is Sweden's royal anthem.
God Save the King and God Defend New Zealand are New Zealand's national anthems.
La Marseillaise is a march.
Marcha Real is a march.
God Save the King is a hymn.
La Marseillaise and Marcha Real are marches.
La Marseillaise and the Swiss Psalm are sung in French.
The Swiss Psalm and the Brabanconne are sung in German.
O Canada and the Brabanconne are sung in French.
La Marseillaise has its roots in Strasbourg.
The Star-Spangled Banner got its start in Baltimore.
Das Lied der Deutschen has its origins in Heligoland.
@monuments
Built in 1653, the Taj Mahal is located in Agra.
The Sistine Chapel was completed in 1481.
Westminster Abbey was built in 1269.
The Louvre Pyramid opened in 1989.
The Taj Mahal is the resting place of Mumtaz Mahal.
Westminster Abbey is the final resting place of Isaac Newton.
Les Invalides is the final resting place of Napoleon.
Humayun's Tomb is a tomb in Delhi.
The Taj Mahal is a tomb commissioned by Shah Jahan.
The Lotus Temple takes the form of a lotus flower.
The House of Habsburg has its roots in Aargau.
The House of Bourbon traces its roots to Bourbonnais.
The Taj Mahal is the resting place of Shah Jahan and Mumtaz Mahal.
Frogmore Mausoleum is the resting place of Queen Victoria and Prince Albert.
The Taj Mahal is a World Heritage Site.
Built in 1269, Westminster Abbey is the final resting place of Charles Darwin.
The Basket Building takes the form of a picnic basket.
@tombs
KV7 was the resting place of Ramesses II.
KV62 was discovered in 1922.
KV62 was discovered by Howard Carter.
KV62 is the resting place of Tutankhamun.
Ramesses II was buried in KV7.
@companies
Nokia got its start in Tampere.
Amazon traces its origins to Bellevue.
Microsoft had its start in Albuquerque.
Sotheby's has its roots in London.
Tim Cook is Apple's chief executive.
Steve Jobs was Apple's chief executive.
Nokia was founded in 1865.
IKEA has its roots in Sweden.
IKEA got its start in Sweden.
Heineken comes from the Netherlands.
Lego got its start in Billund.
Cluny Abbey was founded in 910.
Citeaux Abbey was founded by Robert of Molesme in 1098.
Cluny Abbey got its start in Cluny.
Jeff Bezos was Amazon's chief executive.
@tombs
Discovered in 1922, KV62 was built for Tutankhamun.
Howard Carter discovered KV62 in 1922.
The Tomb of Si-Amun was discovered by Ahmed Fakhry.
The Tomb of Si-Amun and the Tomb of Bannentiu are located in oases.
@anthems
God Save the King is Australia's royal anthem.
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
