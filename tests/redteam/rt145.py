"""Red team round 145: this round's new readings (CHANGES.diff). (1) items of a common-noun kind
(element, metal, gas, mineral, alloy, compound...) named in lower case; (2) a religion named by
its adjective before an item's kind ("a Buddhist temple") for any relation whose range is a
religion; (3) "the mind / man / company / architect / creator ... behind X" for relations of
making; (4) "triumphed / prevailed / emerged victorious at", "ended in (a) victory for", "was
defeated / beaten at" for "was won / lost by"; (5) "came out from" (published / released by),
"came / grew out of" (developed / created / founded at); (6) "straddles" (is located in / lies in
/ is in), "was christened in honour of" (named after), "devoted to" (dedicated to); (7) a
battle's or a discovery's year ("was fought in 1805", "In 1805, Nelson won X", "discovered /
found / identified / isolated in 1886", ", dating from 752,"); (8) "the latter / the former" of
the only two names before; (9) "Compare A with / to B: ..." as "Take A and B: ..."; (10) place
chains "A, B" / "A in (the) B" where A -> B is stored; (11) one verb, two prepositions ("was born
in X on <date>", "was discovered in X by Y").

Four graphs of my own:

* elements: elements, metals and noble gases (items of common-noun kinds, several of them
  common English words: lead, iron, gold, tin, mercury), alloys, minerals and a compound (items
  too), who discovered each (so the graph is a graph of discoveries: an item's year is its
  discovery), the city it was discovered in, who isolated it (a second verb of the "discovered"
  family, with no year of its own), the mineral it was isolated from, what it is named after and
  who named it, what an alloy, a mineral or a compound contains, the period (Bronze Age, Iron
  Age, Copper Age) a metal or an alloy was first used during; the chemists' birthplaces and
  birthdays (a verb with "in" and "on"), whom they married, the country each city is in; a user
  with ratings;
* battles: battles and a siege (a graph whose items are all battles or sieges), with their
  winner and loser (two relations, plus "defeated" between commanders), the place each took
  place in and on which date (one verb, two prepositions), the war each was fought during, the
  monument that commemorates three of them and the architect of each monument, the country each
  place is in; a user with ratings;
* temples: temples, mosques, churches, a synagogue, a gurdwara and a shrine with the religion
  each is a place of worship of (phrase "is a place of worship of"), the religion two were
  converted from (a second relation whose range is a religion), the emperors who persecuted a
  religion (a third, on people), the city each is located in (cities are in countries and
  continents), who designed, commissioned, founded and manages each, what each is dedicated to
  and named after (two relations), its style and the period it was built during; a user with
  ratings;
* tech: programming languages, operating systems, a browser, video games and books, with who
  designed / created / wrote each, where each was developed ("was developed at") and by which
  studio ("was developed by"), who published, owns, funds and distributes each, the language
  each is written in, what each was influenced by, the platform ("released on") and country
  ("released in") of each game's release, the genre; companies with founders, the city each was
  founded in and the company each is part of; cities in countries; a user with ratings.

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


def elements():
    """Elements, metals and noble gases (a graph of discoveries: who discovered each, in which
    city; the item's year is its discovery), who isolated each and from which mineral, what each
    is named after and who named it, what alloys, minerals and a compound contain, the period a
    metal or an alloy was first used during; the chemists' birthplaces, birthdays and spouses;
    the country each city is in; a user with ratings."""
    found = ("element", "metal", "noble gas")
    holders = ("alloy", "mineral", "compound")
    people = ("chemist", "physicist", "astronomer")
    rels = [
        R("discovered_by", phrase="was discovered by", inverse_phrase="discovered", domain=found, range=people),
        R("discovered_in", phrase="was discovered in", inverse_phrase="saw the discovery of", domain=found,
          range=("city",)),
        R("isolated_by", phrase="was isolated by", inverse_phrase="isolated", domain=found, range=people),
        R("isolated_from", phrase="was isolated from", inverse_phrase="yielded", domain=found, range=("mineral",)),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=found,
          range=("country", "god", "planet", "dwarf planet", "substance")),
        R("named_by", phrase="was named by", inverse_phrase="named", domain=found, range=people),
        R("contains", phrase="contains", inverse_phrase="is a component of", domain=holders, range=found),
        R("first_used", phrase="was first used during", inverse_phrase="saw the first use of",
          domain=("metal", "alloy"), range=("period",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=people, range=("city",)),
        R("born_on", phrase="was born on", inverse_phrase="is the birthday of", domain=people, range=("date",)),
        R("married", phrase="was married to", inverse_phrase="was married to", domain=people, range=people),
        R("city_in", phrase="is in", inverse_phrase="contains the city", domain=("city",), range=("country",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "e:sodium": ("element", "Sodium", 1807), "e:potassium": ("element", "Potassium", 1807),
        "e:chlorine": ("element", "Chlorine", 1774), "e:oxygen": ("element", "Oxygen", 1774),
        "e:helium": ("noble gas", "Helium", 1868), "e:argon": ("noble gas", "Argon", 1894),
        "e:neon": ("noble gas", "Neon", 1898), "e:germanium": ("element", "Germanium", 1886),
        "e:gallium": ("element", "Gallium", 1875), "e:polonium": ("element", "Polonium", 1898),
        "e:radium": ("element", "Radium", 1898), "e:uranium": ("element", "Uranium", 1789),
        "e:cerium": ("element", "Cerium", 1803), "e:zinc": ("metal", "Zinc", 1746),
        "e:lead": ("metal", "Lead", None), "e:iron": ("metal", "Iron", None), "e:gold": ("metal", "Gold", None),
        "e:tin": ("metal", "Tin", None), "e:copper": ("metal", "Copper", None),
        "e:mercury": ("metal", "Mercury", None),
        "a:bronze": ("alloy", "Bronze", None), "a:brass": ("alloy", "Brass", None),
        "a:pewter": ("alloy", "Pewter", None),
        "m:pitchblende": ("mineral", "Pitchblende", None), "m:argyrodite": ("mineral", "Argyrodite", None),
        "m:cerite": ("mineral", "Cerite", None), "m:sphalerite": ("mineral", "Sphalerite", None),
        "c:salt": ("compound", "Sodium chloride", None),
    }
    others = {
        "p:davy": ("chemist", "Humphry Davy"), "p:scheele": ("chemist", "Carl Wilhelm Scheele"),
        "p:priestley": ("chemist", "Joseph Priestley"), "p:lavoisier": ("chemist", "Antoine Lavoisier"),
        "p:janssen": ("astronomer", "Pierre Janssen"), "p:lockyer": ("astronomer", "Norman Lockyer"),
        "p:ramsay": ("chemist", "William Ramsay"), "p:rayleigh": ("physicist", "Lord Rayleigh"),
        "p:travers": ("chemist", "Morris Travers"), "p:winkler": ("chemist", "Clemens Winkler"),
        "p:lecoq": ("chemist", "Paul-Émile Lecoq de Boisbaudran"), "p:mcurie": ("physicist", "Marie Curie"),
        "p:pcurie": ("physicist", "Pierre Curie"), "p:klaproth": ("chemist", "Martin Heinrich Klaproth"),
        "p:berzelius": ("chemist", "Jöns Jacob Berzelius"), "p:hisinger": ("chemist", "Wilhelm Hisinger"),
        "p:marggraf": ("chemist", "Andreas Marggraf"),
        "y:london": ("city", "London"), "y:glasgow": ("city", "Glasgow"), "y:penzance": ("city", "Penzance"),
        "y:paris": ("city", "Paris"), "y:freiberg": ("city", "Freiberg"), "y:berlin": ("city", "Berlin"),
        "y:warsaw": ("city", "Warsaw"), "y:uppsala": ("city", "Uppsala"), "y:stockholm": ("city", "Stockholm"),
        "k:uk": ("country", "United Kingdom"), "k:france": ("country", "France"), "k:germany": ("country", "Germany"),
        "k:poland": ("country", "Poland"), "k:sweden": ("country", "Sweden"),
        "n:helios": ("god", "Helios"), "n:uranus": ("planet", "Uranus"), "n:ceres": ("dwarf planet", "Ceres"),
        "n:mercury": ("planet", "the planet Mercury"), "n:soda": ("substance", "soda"),
        "n:potash": ("substance", "potash"),
        "s:bronzeage": ("period", "Bronze Age"), "s:ironage": ("period", "Iron Age"),
        "s:copperage": ("period", "Copper Age"),
        "d:mcurie": ("date", "7 November 1867"), "d:pcurie": ("date", "15 May 1859"),
        "d:davy": ("date", "17 December 1778"), "d:ramsay": ("date", "2 October 1852"),
        "d:winkler": ("date", "26 December 1838"),
    }
    T = [
        ("e:sodium", "discovered_by", "p:davy"), ("e:potassium", "discovered_by", "p:davy"),
        ("e:chlorine", "discovered_by", "p:scheele"), ("e:oxygen", "discovered_by", "p:priestley"),
        ("e:oxygen", "discovered_by", "p:scheele"), ("e:helium", "discovered_by", "p:janssen"),
        ("e:helium", "discovered_by", "p:lockyer"), ("e:argon", "discovered_by", "p:ramsay"),
        ("e:argon", "discovered_by", "p:rayleigh"), ("e:neon", "discovered_by", "p:ramsay"),
        ("e:neon", "discovered_by", "p:travers"), ("e:germanium", "discovered_by", "p:winkler"),
        ("e:gallium", "discovered_by", "p:lecoq"), ("e:polonium", "discovered_by", "p:mcurie"),
        ("e:polonium", "discovered_by", "p:pcurie"), ("e:radium", "discovered_by", "p:mcurie"),
        ("e:radium", "discovered_by", "p:pcurie"), ("e:uranium", "discovered_by", "p:klaproth"),
        ("e:cerium", "discovered_by", "p:berzelius"), ("e:cerium", "discovered_by", "p:hisinger"),
        ("e:sodium", "discovered_in", "y:london"), ("e:potassium", "discovered_in", "y:london"),
        ("e:chlorine", "discovered_in", "y:uppsala"), ("e:argon", "discovered_in", "y:london"),
        ("e:neon", "discovered_in", "y:london"), ("e:germanium", "discovered_in", "y:freiberg"),
        ("e:gallium", "discovered_in", "y:paris"), ("e:polonium", "discovered_in", "y:paris"),
        ("e:radium", "discovered_in", "y:paris"), ("e:uranium", "discovered_in", "y:berlin"),
        ("e:cerium", "discovered_in", "y:stockholm"),
        ("e:sodium", "isolated_by", "p:davy"), ("e:potassium", "isolated_by", "p:davy"),
        ("e:helium", "isolated_by", "p:ramsay"), ("e:argon", "isolated_by", "p:ramsay"),
        ("e:argon", "isolated_by", "p:rayleigh"), ("e:radium", "isolated_by", "p:mcurie"),
        ("e:zinc", "isolated_by", "p:marggraf"),
        ("e:germanium", "isolated_from", "m:argyrodite"), ("e:gallium", "isolated_from", "m:sphalerite"),
        ("e:polonium", "isolated_from", "m:pitchblende"), ("e:radium", "isolated_from", "m:pitchblende"),
        ("e:uranium", "isolated_from", "m:pitchblende"), ("e:cerium", "isolated_from", "m:cerite"),
        ("e:sodium", "named_after", "n:soda"), ("e:potassium", "named_after", "n:potash"),
        ("e:helium", "named_after", "n:helios"), ("e:germanium", "named_after", "k:germany"),
        ("e:gallium", "named_after", "k:france"), ("e:polonium", "named_after", "k:poland"),
        ("e:uranium", "named_after", "n:uranus"), ("e:cerium", "named_after", "n:ceres"),
        ("e:mercury", "named_after", "n:mercury"),
        ("e:helium", "named_by", "p:lockyer"), ("e:germanium", "named_by", "p:winkler"),
        ("e:gallium", "named_by", "p:lecoq"), ("e:polonium", "named_by", "p:mcurie"),
        ("e:chlorine", "named_by", "p:davy"), ("e:oxygen", "named_by", "p:lavoisier"),
        ("a:bronze", "contains", "e:copper"), ("a:bronze", "contains", "e:tin"), ("a:brass", "contains", "e:copper"),
        ("a:brass", "contains", "e:zinc"), ("a:pewter", "contains", "e:tin"), ("a:pewter", "contains", "e:copper"),
        ("m:pitchblende", "contains", "e:uranium"), ("m:pitchblende", "contains", "e:radium"),
        ("m:pitchblende", "contains", "e:polonium"), ("m:argyrodite", "contains", "e:germanium"),
        ("m:sphalerite", "contains", "e:zinc"), ("m:sphalerite", "contains", "e:gallium"),
        ("m:cerite", "contains", "e:cerium"), ("c:salt", "contains", "e:sodium"), ("c:salt", "contains", "e:chlorine"),
        ("a:bronze", "first_used", "s:bronzeage"), ("e:iron", "first_used", "s:ironage"),
        ("e:copper", "first_used", "s:copperage"),
        ("p:mcurie", "born_in", "y:warsaw"), ("p:pcurie", "born_in", "y:paris"), ("p:davy", "born_in", "y:penzance"),
        ("p:ramsay", "born_in", "y:glasgow"), ("p:winkler", "born_in", "y:freiberg"),
        ("p:mcurie", "born_on", "d:mcurie"), ("p:pcurie", "born_on", "d:pcurie"), ("p:davy", "born_on", "d:davy"),
        ("p:ramsay", "born_on", "d:ramsay"), ("p:winkler", "born_on", "d:winkler"),
        ("p:mcurie", "married", "p:pcurie"), ("p:pcurie", "married", "p:mcurie"),
        ("y:london", "city_in", "k:uk"), ("y:glasgow", "city_in", "k:uk"), ("y:penzance", "city_in", "k:uk"),
        ("y:paris", "city_in", "k:france"), ("y:freiberg", "city_in", "k:germany"),
        ("y:berlin", "city_in", "k:germany"), ("y:warsaw", "city_in", "k:poland"),
        ("y:uppsala", "city_in", "k:sweden"), ("y:stockholm", "city_in", "k:sweden"),
        ("user:eve", "rated", "e:sodium", {"rating": 5.0}), ("user:eve", "rated", "e:radium", {"rating": 4.5}),
        ("user:eve", "rated", "e:gold", {"rating": 5.0}), ("user:eve", "rated", "e:lead", {"rating": 1.0}),
        ("user:eve", "rated", "e:argon", {"rating": 2.0}), ("user:eve", "rated", "a:bronze", {"rating": 4.0}),
        ("user:eve", "rated", "e:germanium", {"rating": 4.5}), ("user:eve", "rated", "e:tin", {"rating": 1.5}),
    ]
    aliases = {"p:davy": ("Davy",), "p:scheele": ("Scheele",), "p:priestley": ("Priestley",),
               "p:lavoisier": ("Lavoisier",), "p:janssen": ("Janssen",), "p:lockyer": ("Lockyer",),
               "p:ramsay": ("Ramsay",), "p:rayleigh": ("Rayleigh",), "p:travers": ("Travers",),
               "p:winkler": ("Winkler",), "p:lecoq": ("Lecoq de Boisbaudran",), "p:klaproth": ("Klaproth",),
               "p:berzelius": ("Berzelius",), "p:hisinger": ("Hisinger",), "p:marggraf": ("Marggraf",),
               "k:uk": ("the United Kingdom", "Britain"), "n:mercury": ("Mercury",), "c:salt": ("table salt",)}
    return _build(items, others, rels, T, users=[("user:eve", "Eve")], aliases=aliases)


def battles():
    """Battles and a siege (every item is fought): the winner and the loser of each (two
    relations) and who defeated whom (a third, between commanders), the place each took place in
    and the date it took place on, the war each was fought during, the monument that
    commemorates three of them and its architect, the country each place is in; a user with
    ratings."""
    fights = ("battle", "siege")
    chiefs = ("admiral", "general", "emperor", "king", "tsar", "heroine", "commander")
    rels = [
        R("won_by", phrase="was won by", inverse_phrase="won", domain=fights, range=chiefs),
        R("lost_by", phrase="was lost by", inverse_phrase="lost", domain=fights, range=chiefs),
        R("defeated", phrase="defeated", inverse_phrase="was defeated by", domain=chiefs, range=chiefs),
        R("took_place_in", phrase="took place in", inverse_phrase="was the site of", domain=fights,
          range=("town", "city", "region", "village", "county")),
        R("took_place_on", phrase="took place on", inverse_phrase="is the date of", domain=fights,
          range=("date",)),
        R("fought_during", phrase="was fought during", inverse_phrase="saw", domain=fights, range=("war",)),
        R("commemorated_by", phrase="is commemorated by", inverse_phrase="commemorates", domain=fights,
          range=("monument",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("monument",),
          range=("architect", "sculptor")),
        R("place_in", phrase="is in", inverse_phrase="contains", range=("country",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "b:trafalgar": ("battle", "Battle of Trafalgar", 1805), "b:austerlitz": ("battle", "Battle of Austerlitz", 1805),
        "b:waterloo": ("battle", "Battle of Waterloo", 1815), "b:hastings": ("battle", "Battle of Hastings", 1066),
        "b:agincourt": ("battle", "Battle of Agincourt", 1415), "b:orleans": ("siege", "Siege of Orléans", 1429),
        "b:gettysburg": ("battle", "Battle of Gettysburg", 1863), "b:lepanto": ("battle", "Battle of Lepanto", 1571),
        "b:leipzig": ("battle", "Battle of Leipzig", 1813), "b:stalingrad": ("battle", "Battle of Stalingrad", 1942),
    }
    others = {
        "c:nelson": ("admiral", "Horatio Nelson"), "c:villeneuve": ("admiral", "Pierre-Charles Villeneuve"),
        "c:napoleon": ("emperor", "Napoleon"), "c:kutuzov": ("general", "Mikhail Kutuzov"),
        "c:alexander": ("tsar", "Alexander I"), "c:wellington": ("general", "Duke of Wellington"),
        "c:blucher": ("general", "Gebhard Leberecht von Blücher"), "c:william": ("king", "William the Conqueror"),
        "c:harold": ("king", "Harold Godwinson"), "c:henry": ("king", "Henry V"),
        "c:albret": ("commander", "Charles d'Albret"), "c:joan": ("heroine", "Joan of Arc"),
        "c:talbot": ("commander", "John Talbot"), "c:meade": ("general", "George Meade"),
        "c:lee": ("general", "Robert E. Lee"), "c:johnaustria": ("admiral", "John of Austria"),
        "c:alipasha": ("admiral", "Ali Pasha"), "c:schwarzenberg": ("general", "Karl von Schwarzenberg"),
        "c:zhukov": ("general", "Georgy Zhukov"), "c:paulus": ("general", "Friedrich Paulus"),
        "y:capetrafalgar": ("region", "Cape Trafalgar"), "y:slavkov": ("town", "Slavkov u Brna"),
        "y:braine": ("town", "Braine-l'Alleud"), "y:sussex": ("county", "East Sussex"),
        "y:azincourt": ("village", "Azincourt"), "y:orleans": ("city", "Orléans"),
        "y:gettysburg": ("town", "Gettysburg"), "y:patras": ("region", "Gulf of Patras"),
        "y:leipzig": ("city", "Leipzig"), "y:stalingrad": ("city", "Stalingrad"),
        "k:spain": ("country", "Spain"), "k:czech": ("country", "Czech Republic"), "k:belgium": ("country", "Belgium"),
        "k:england": ("country", "England"), "k:france": ("country", "France"),
        "k:usa": ("country", "United States"), "k:greece": ("country", "Greece"), "k:germany": ("country", "Germany"),
        "k:russia": ("country", "Russia"),
        "d:trafalgar": ("date", "21 October 1805"), "d:austerlitz": ("date", "2 December 1805"),
        "d:waterloo": ("date", "18 June 1815"), "d:hastings": ("date", "14 October 1066"),
        "d:agincourt": ("date", "25 October 1415"), "d:lepanto": ("date", "7 October 1571"),
        "d:leipzig": ("date", "16 October 1813"),
        "w:napoleonic": ("war", "Napoleonic Wars"), "w:hundred": ("war", "Hundred Years' War"),
        "w:civil": ("war", "American Civil War"), "w:ww2": ("war", "Second World War"),
        "w:norman": ("war", "Norman Conquest of England"), "w:ottoman": ("war", "Ottoman–Habsburg wars"),
        "o:column": ("monument", "Nelson's Column"), "o:lion": ("monument", "Lion's Mound"),
        "o:nations": ("monument", "Monument to the Battle of the Nations"),
        "o:railton": ("architect", "William Railton"), "o:straeten": ("architect", "Charles Van der Straeten"),
        "o:schmitz": ("architect", "Bruno Schmitz"),
    }
    T = [
        ("b:trafalgar", "won_by", "c:nelson"), ("b:austerlitz", "won_by", "c:napoleon"),
        ("b:waterloo", "won_by", "c:wellington"), ("b:waterloo", "won_by", "c:blucher"),
        ("b:hastings", "won_by", "c:william"), ("b:agincourt", "won_by", "c:henry"), ("b:orleans", "won_by", "c:joan"),
        ("b:gettysburg", "won_by", "c:meade"), ("b:lepanto", "won_by", "c:johnaustria"),
        ("b:leipzig", "won_by", "c:schwarzenberg"), ("b:stalingrad", "won_by", "c:zhukov"),
        ("b:trafalgar", "lost_by", "c:villeneuve"), ("b:austerlitz", "lost_by", "c:kutuzov"),
        ("b:austerlitz", "lost_by", "c:alexander"), ("b:waterloo", "lost_by", "c:napoleon"),
        ("b:hastings", "lost_by", "c:harold"), ("b:agincourt", "lost_by", "c:albret"),
        ("b:orleans", "lost_by", "c:talbot"), ("b:gettysburg", "lost_by", "c:lee"),
        ("b:lepanto", "lost_by", "c:alipasha"), ("b:leipzig", "lost_by", "c:napoleon"),
        ("b:stalingrad", "lost_by", "c:paulus"),
        ("c:nelson", "defeated", "c:villeneuve"), ("c:napoleon", "defeated", "c:kutuzov"),
        ("c:napoleon", "defeated", "c:alexander"), ("c:wellington", "defeated", "c:napoleon"),
        ("c:blucher", "defeated", "c:napoleon"), ("c:william", "defeated", "c:harold"),
        ("c:henry", "defeated", "c:albret"), ("c:joan", "defeated", "c:talbot"), ("c:meade", "defeated", "c:lee"),
        ("c:johnaustria", "defeated", "c:alipasha"), ("c:schwarzenberg", "defeated", "c:napoleon"),
        ("c:zhukov", "defeated", "c:paulus"),
        ("b:trafalgar", "took_place_in", "y:capetrafalgar"), ("b:austerlitz", "took_place_in", "y:slavkov"),
        ("b:waterloo", "took_place_in", "y:braine"), ("b:hastings", "took_place_in", "y:sussex"),
        ("b:agincourt", "took_place_in", "y:azincourt"), ("b:orleans", "took_place_in", "y:orleans"),
        ("b:gettysburg", "took_place_in", "y:gettysburg"), ("b:lepanto", "took_place_in", "y:patras"),
        ("b:leipzig", "took_place_in", "y:leipzig"), ("b:stalingrad", "took_place_in", "y:stalingrad"),
        ("b:trafalgar", "took_place_on", "d:trafalgar"), ("b:austerlitz", "took_place_on", "d:austerlitz"),
        ("b:waterloo", "took_place_on", "d:waterloo"), ("b:hastings", "took_place_on", "d:hastings"),
        ("b:agincourt", "took_place_on", "d:agincourt"), ("b:lepanto", "took_place_on", "d:lepanto"),
        ("b:leipzig", "took_place_on", "d:leipzig"),
        ("b:trafalgar", "fought_during", "w:napoleonic"), ("b:austerlitz", "fought_during", "w:napoleonic"),
        ("b:waterloo", "fought_during", "w:napoleonic"), ("b:leipzig", "fought_during", "w:napoleonic"),
        ("b:agincourt", "fought_during", "w:hundred"), ("b:orleans", "fought_during", "w:hundred"),
        ("b:gettysburg", "fought_during", "w:civil"), ("b:stalingrad", "fought_during", "w:ww2"),
        ("b:hastings", "fought_during", "w:norman"), ("b:lepanto", "fought_during", "w:ottoman"),
        ("b:trafalgar", "commemorated_by", "o:column"), ("b:waterloo", "commemorated_by", "o:lion"),
        ("b:leipzig", "commemorated_by", "o:nations"),
        ("o:column", "designed_by", "o:railton"), ("o:lion", "designed_by", "o:straeten"),
        ("o:nations", "designed_by", "o:schmitz"),
        ("y:capetrafalgar", "place_in", "k:spain"), ("y:slavkov", "place_in", "k:czech"),
        ("y:braine", "place_in", "k:belgium"), ("y:sussex", "place_in", "k:england"),
        ("y:azincourt", "place_in", "k:france"), ("y:orleans", "place_in", "k:france"),
        ("y:gettysburg", "place_in", "k:usa"), ("y:patras", "place_in", "k:greece"),
        ("y:leipzig", "place_in", "k:germany"), ("y:stalingrad", "place_in", "k:russia"),
        ("user:finn", "rated", "b:trafalgar", {"rating": 5.0}), ("user:finn", "rated", "b:waterloo", {"rating": 4.5}),
        ("user:finn", "rated", "b:hastings", {"rating": 2.0}), ("user:finn", "rated", "b:austerlitz", {"rating": 4.0}),
        ("user:finn", "rated", "b:stalingrad", {"rating": 1.0}), ("user:finn", "rated", "b:orleans", {"rating": 4.5}),
    ]
    aliases = {"b:trafalgar": ("Trafalgar",), "b:waterloo": ("Waterloo",), "b:agincourt": ("Agincourt",),
               "b:lepanto": ("Lepanto",), "b:hastings": ("Hastings",),
               "b:leipzig": ("Battle of the Nations",), "c:nelson": ("Nelson",), "c:wellington": ("Wellington",),
               "c:blucher": ("Blücher",), "c:villeneuve": ("Villeneuve",), "c:kutuzov": ("Kutuzov",),
               "c:meade": ("Meade",), "c:lee": ("Lee",), "c:zhukov": ("Zhukov",), "c:paulus": ("Paulus",),
               "c:schwarzenberg": ("Schwarzenberg",), "c:talbot": ("Talbot",), "c:harold": ("Harold",),
               "c:william": ("William",), "k:usa": ("the United States",)}
    return _build(items, others, rels, T, users=[("user:finn", "Finn")], aliases=aliases)


def temples():
    """Places of worship: the religion each is a place of worship of, the religion two were
    converted from, emperors who persecuted a religion, the city each is located in (and the
    country or continent each city is in), who designed, commissioned, founded and manages each,
    what each is dedicated to and named after, its style and the period it was built during; a
    user with ratings."""
    sites = ("temple", "mosque", "church", "cathedral", "basilica", "synagogue", "shrine", "gurdwara")
    rels = [
        R("religion", phrase="is a place of worship of", inverse_phrase="has the place of worship", domain=sites,
          range=("religion",)),
        R("converted_from", phrase="was converted from", inverse_phrase="lost the place of worship", domain=sites,
          range=("religion",)),
        R("persecuted", phrase="persecuted", inverse_phrase="was persecuted by", domain=("emperor",),
          range=("religion",)),
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=sites, range=("city", "town")),
        R("city_in", phrase="is in", inverse_phrase="contains", domain=("city", "town"),
          range=("country", "continent")),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=sites, range=("architect",)),
        R("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned", domain=sites,
          range=("king", "sultan", "emperor", "pope", "bishop", "shogun", "tsar", "minister")),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=sites, range=("guru",)),
        R("managed_by", phrase="is managed by", inverse_phrase="manages", domain=sites, range=("committee",)),
        R("dedicated_to", phrase="is dedicated to", inverse_phrase="is honoured by", domain=sites,
          range=("deity", "saint", "emperor", "concept")),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=sites,
          range=("saint", "sultan", "emperor", "street", "concept")),
        R("style", phrase="is built in the style", inverse_phrase="is the style of", domain=sites,
          range=("style",)),
        R("built_during", phrase="was built during", inverse_phrase="saw the building of", domain=sites,
          range=("period", "dynasty", "empire")),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "g:golden": ("gurdwara", "Golden Temple", 1604), "g:angkor": ("temple", "Angkor Wat", 1150),
        "g:borobudur": ("temple", "Borobudur", 825), "g:prambanan": ("temple", "Prambanan", 850),
        "g:dilwara": ("temple", "Dilwara Temples", 1031), "g:blue": ("mosque", "Blue Mosque", 1616),
        "g:hagia": ("mosque", "Hagia Sophia", 537), "g:sagrada": ("basilica", "Sagrada Família", 1882),
        "g:stpeter": ("basilica", "St. Peter's Basilica", 1626), "g:westminster": ("church", "Westminster Abbey", 1269),
        "g:notredame": ("cathedral", "Notre-Dame de Paris", 1345),
        "g:basil": ("cathedral", "Saint Basil's Cathedral", 1561),
        "g:dohany": ("synagogue", "Dohány Street Synagogue", 1859), "g:meiji": ("shrine", "Meiji Shrine", 1920),
        "g:kinkaku": ("temple", "Kinkaku-ji", 1397), "g:lotus": ("temple", "Lotus Temple", 1986),
        "g:cordoba": ("cathedral", "Mosque–Cathedral of Córdoba", 785),
    }
    others = {
        "r:sikhism": ("religion", "Sikhism"), "r:hinduism": ("religion", "Hinduism"),
        "r:buddhism": ("religion", "Buddhism"), "r:jainism": ("religion", "Jainism"), "r:islam": ("religion", "Islam"),
        "r:orthodoxy": ("religion", "Eastern Orthodoxy"), "r:catholicism": ("religion", "Catholicism"),
        "r:anglicanism": ("religion", "Anglicanism"), "r:judaism": ("religion", "Judaism"),
        "r:shinto": ("religion", "Shinto"), "r:bahai": ("religion", "Bahá'í Faith"),
        "r:christianity": ("religion", "Christianity"),
        "y:amritsar": ("city", "Amritsar"), "y:siemreap": ("city", "Siem Reap"), "y:magelang": ("city", "Magelang"),
        "y:yogyakarta": ("city", "Yogyakarta"), "y:abu": ("town", "Mount Abu"), "y:istanbul": ("city", "Istanbul"),
        "y:barcelona": ("city", "Barcelona"), "y:vatican": ("city", "Vatican City"), "y:london": ("city", "London"),
        "y:paris": ("city", "Paris"), "y:moscow": ("city", "Moscow"), "y:budapest": ("city", "Budapest"),
        "y:tokyo": ("city", "Tokyo"), "y:kyoto": ("city", "Kyoto"), "y:delhi": ("city", "New Delhi"),
        "y:cordoba": ("city", "Córdoba"),
        "k:india": ("country", "India"), "k:cambodia": ("country", "Cambodia"), "k:indonesia": ("country", "Indonesia"),
        "k:turkey": ("country", "Turkey"), "k:spain": ("country", "Spain"), "k:uk": ("country", "United Kingdom"),
        "k:france": ("country", "France"), "k:russia": ("country", "Russia"), "k:hungary": ("country", "Hungary"),
        "k:japan": ("country", "Japan"), "k:thailand": ("country", "Thailand"),
        "k:europe": ("continent", "Europe"), "k:asia": ("continent", "Asia"),
        "a:isidore": ("architect", "Isidore of Miletus"), "a:anthemius": ("architect", "Anthemius of Tralles"),
        "a:mehmed": ("architect", "Sedefkar Mehmed Agha"), "a:gaudi": ("architect", "Antoni Gaudí"),
        "a:michelangelo": ("architect", "Michelangelo"), "a:bramante": ("architect", "Donato Bramante"),
        "a:reynes": ("architect", "Henry of Reynes"), "a:yakovlev": ("architect", "Postnik Yakovlev"),
        "a:forster": ("architect", "Ludwig Förster"), "a:sahba": ("architect", "Fariborz Sahba"),
        "c:suryavarman": ("king", "Suryavarman II"), "c:vimal": ("minister", "Vimal Shah"),
        "c:ahmed": ("sultan", "Ahmed I"), "c:justinian": ("emperor", "Justinian I"), "c:julius": ("pope", "Julius II"),
        "c:henry3": ("king", "Henry III"), "c:sully": ("bishop", "Maurice de Sully"),
        "c:ivan": ("tsar", "Ivan the Terrible"), "c:yoshimitsu": ("shogun", "Ashikaga Yoshimitsu"),
        "c:diocletian": ("emperor", "Diocletian"), "c:aurangzeb": ("emperor", "Aurangzeb"),
        "f:arjan": ("guru", "Guru Arjan"), "f:sgpc": ("committee", "Shiromani Gurdwara Parbandhak Committee"),
        "d:vishnu": ("deity", "Vishnu"), "d:shiva": ("deity", "Shiva"), "d:wisdom": ("concept", "Holy Wisdom"),
        "d:family": ("concept", "Holy Family"), "d:peter": ("saint", "Saint Peter"), "d:mary": ("saint", "Virgin Mary"),
        "d:basil": ("saint", "Basil the Blessed"), "d:meiji": ("emperor", "Emperor Meiji"),
        "d:dohany": ("street", "Dohány Street"),
        "s:ottoman": ("style", "Ottoman architecture"), "s:byzantine": ("style", "Byzantine architecture"),
        "s:modernisme": ("style", "Modernisme"), "s:renaissance": ("style", "Renaissance architecture"),
        "s:gothic": ("style", "Gothic architecture"), "s:moorishrev": ("style", "Moorish Revival"),
        "s:khmer": ("style", "Khmer architecture"), "s:moorish": ("style", "Moorish architecture"),
        "s:expressionism": ("style", "Expressionism"),
        "e:khmer": ("empire", "Khmer Empire"), "e:sailendra": ("dynasty", "Sailendra dynasty"),
        "e:byzantine": ("empire", "Byzantine Empire"), "e:ottoman": ("empire", "Ottoman Empire"),
        "e:muromachi": ("period", "Muromachi period"), "e:taisho": ("period", "Taishō period"),
    }
    T = [
        ("g:golden", "religion", "r:sikhism"), ("g:angkor", "religion", "r:buddhism"),
        ("g:borobudur", "religion", "r:buddhism"), ("g:prambanan", "religion", "r:hinduism"),
        ("g:dilwara", "religion", "r:jainism"), ("g:blue", "religion", "r:islam"), ("g:hagia", "religion", "r:islam"),
        ("g:sagrada", "religion", "r:catholicism"), ("g:stpeter", "religion", "r:catholicism"),
        ("g:westminster", "religion", "r:anglicanism"), ("g:notredame", "religion", "r:catholicism"),
        ("g:basil", "religion", "r:orthodoxy"), ("g:dohany", "religion", "r:judaism"),
        ("g:meiji", "religion", "r:shinto"), ("g:kinkaku", "religion", "r:buddhism"),
        ("g:lotus", "religion", "r:bahai"), ("g:cordoba", "religion", "r:catholicism"),
        ("g:angkor", "converted_from", "r:hinduism"), ("g:hagia", "converted_from", "r:orthodoxy"),
        ("g:cordoba", "converted_from", "r:islam"),
        ("c:diocletian", "persecuted", "r:christianity"), ("c:aurangzeb", "persecuted", "r:sikhism"),
        ("g:golden", "located_in", "y:amritsar"), ("g:angkor", "located_in", "y:siemreap"),
        ("g:borobudur", "located_in", "y:magelang"), ("g:prambanan", "located_in", "y:yogyakarta"),
        ("g:dilwara", "located_in", "y:abu"), ("g:blue", "located_in", "y:istanbul"),
        ("g:hagia", "located_in", "y:istanbul"), ("g:sagrada", "located_in", "y:barcelona"),
        ("g:stpeter", "located_in", "y:vatican"), ("g:westminster", "located_in", "y:london"),
        ("g:notredame", "located_in", "y:paris"), ("g:basil", "located_in", "y:moscow"),
        ("g:dohany", "located_in", "y:budapest"), ("g:meiji", "located_in", "y:tokyo"),
        ("g:kinkaku", "located_in", "y:kyoto"), ("g:lotus", "located_in", "y:delhi"),
        ("g:cordoba", "located_in", "y:cordoba"),
        ("y:amritsar", "city_in", "k:india"), ("y:abu", "city_in", "k:india"), ("y:delhi", "city_in", "k:india"),
        ("y:siemreap", "city_in", "k:cambodia"), ("y:magelang", "city_in", "k:indonesia"),
        ("y:yogyakarta", "city_in", "k:indonesia"), ("y:istanbul", "city_in", "k:turkey"),
        ("y:istanbul", "city_in", "k:europe"), ("y:istanbul", "city_in", "k:asia"),
        ("y:barcelona", "city_in", "k:spain"), ("y:cordoba", "city_in", "k:spain"), ("y:london", "city_in", "k:uk"),
        ("y:london", "city_in", "k:europe"), ("y:paris", "city_in", "k:france"), ("y:moscow", "city_in", "k:russia"),
        ("y:moscow", "city_in", "k:europe"), ("y:budapest", "city_in", "k:hungary"),
        ("y:tokyo", "city_in", "k:japan"), ("y:kyoto", "city_in", "k:japan"),
        ("g:hagia", "designed_by", "a:isidore"), ("g:hagia", "designed_by", "a:anthemius"),
        ("g:blue", "designed_by", "a:mehmed"), ("g:sagrada", "designed_by", "a:gaudi"),
        ("g:stpeter", "designed_by", "a:michelangelo"), ("g:stpeter", "designed_by", "a:bramante"),
        ("g:westminster", "designed_by", "a:reynes"), ("g:basil", "designed_by", "a:yakovlev"),
        ("g:dohany", "designed_by", "a:forster"), ("g:lotus", "designed_by", "a:sahba"),
        ("g:angkor", "commissioned_by", "c:suryavarman"), ("g:dilwara", "commissioned_by", "c:vimal"),
        ("g:blue", "commissioned_by", "c:ahmed"), ("g:hagia", "commissioned_by", "c:justinian"),
        ("g:stpeter", "commissioned_by", "c:julius"), ("g:westminster", "commissioned_by", "c:henry3"),
        ("g:notredame", "commissioned_by", "c:sully"), ("g:basil", "commissioned_by", "c:ivan"),
        ("g:kinkaku", "commissioned_by", "c:yoshimitsu"),
        ("g:golden", "founded_by", "f:arjan"), ("g:golden", "managed_by", "f:sgpc"),
        ("g:angkor", "dedicated_to", "d:vishnu"), ("g:prambanan", "dedicated_to", "d:shiva"),
        ("g:hagia", "dedicated_to", "d:wisdom"), ("g:sagrada", "dedicated_to", "d:family"),
        ("g:stpeter", "dedicated_to", "d:peter"), ("g:westminster", "dedicated_to", "d:peter"),
        ("g:notredame", "dedicated_to", "d:mary"), ("g:meiji", "dedicated_to", "d:meiji"),
        ("g:sagrada", "named_after", "d:family"), ("g:stpeter", "named_after", "d:peter"),
        ("g:notredame", "named_after", "d:mary"), ("g:basil", "named_after", "d:basil"),
        ("g:dohany", "named_after", "d:dohany"), ("g:meiji", "named_after", "d:meiji"),
        ("g:blue", "named_after", "c:ahmed"),
        ("g:blue", "style", "s:ottoman"), ("g:hagia", "style", "s:byzantine"), ("g:sagrada", "style", "s:modernisme"),
        ("g:stpeter", "style", "s:renaissance"), ("g:westminster", "style", "s:gothic"),
        ("g:notredame", "style", "s:gothic"), ("g:dohany", "style", "s:moorishrev"), ("g:angkor", "style", "s:khmer"),
        ("g:cordoba", "style", "s:moorish"), ("g:lotus", "style", "s:expressionism"),
        ("g:angkor", "built_during", "e:khmer"), ("g:borobudur", "built_during", "e:sailendra"),
        ("g:hagia", "built_during", "e:byzantine"), ("g:blue", "built_during", "e:ottoman"),
        ("g:kinkaku", "built_during", "e:muromachi"), ("g:meiji", "built_during", "e:taisho"),
        ("user:gus", "rated", "g:golden", {"rating": 5.0}), ("user:gus", "rated", "g:hagia", {"rating": 4.5}),
        ("user:gus", "rated", "g:sagrada", {"rating": 2.0}), ("user:gus", "rated", "g:borobudur", {"rating": 4.0}),
        ("user:gus", "rated", "g:westminster", {"rating": 1.5}), ("user:gus", "rated", "g:meiji", {"rating": 5.0}),
    ]
    aliases = {"g:blue": ("Sultan Ahmed Mosque",), "g:notredame": ("Notre-Dame",), "a:gaudi": ("Gaudí",),
               "g:cordoba": ("the Mezquita",), "c:ivan": ("Ivan IV",), "f:sgpc": ("the SGPC", "SGPC"),
               "k:uk": ("the United Kingdom",), "g:basil": ("St. Basil's Cathedral",),
               "g:stpeter": ("Saint Peter's Basilica",)}
    return _build(items, others, rels, T, users=[("user:gus", "Gus")], aliases=aliases)


def tech():
    """Programming languages, operating systems, a browser, video games and books: who designed,
    created or wrote each, where each was developed ("at") and by which studio ("by"), who
    published, owns, funds and distributes each, the language each is written in, what each was
    influenced by, the platform and the country of a game's release, its genre; companies with
    their founders, the city each was founded in and the company each is part of; cities in
    countries; a user with ratings."""
    soft = ("programming language", "operating system", "web browser", "video game", "book")
    people = ("programmer", "computer scientist", "game designer", "author", "entrepreneur")
    rels = [
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=soft, range=people),
        R("created_by", phrase="was created by", inverse_phrase="created", domain=soft, range=people),
        R("written_by", phrase="was written by", inverse_phrase="wrote", domain=("book",), range=people),
        R("developed_at", phrase="was developed at", inverse_phrase="developed", domain=soft,
          range=("company", "laboratory", "university", "institute")),
        R("developed_by", phrase="was developed by", inverse_phrase="developed", domain=soft, range=("studio",)),
        R("published_by", phrase="was published by", inverse_phrase="published", domain=soft,
          range=("publisher", "company")),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=soft, range=("company",)),
        R("funded_by", phrase="was funded by", inverse_phrase="funded", domain=soft, range=("agency",)),
        R("distributed_by", phrase="is distributed by", inverse_phrase="distributes", domain=soft,
          range=("company", "distributor")),
        R("written_in", phrase="is written in", inverse_phrase="is the language of", domain=soft,
          range=("programming language",)),
        R("influenced_by", phrase="was influenced by", inverse_phrase="influenced", domain=soft, range=soft),
        R("compatible_with", phrase="is compatible with", inverse_phrase="is compatible with", domain=soft,
          range=soft),
        R("released_on", phrase="was released on", inverse_phrase="hosted", domain=soft, range=("platform",)),
        R("released_in", phrase="was released in", inverse_phrase="saw the release of", domain=soft,
          range=("country",)),
        R("genre", phrase="belongs to the genre", inverse_phrase="includes", domain=soft, range=("genre",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("company", "studio"),
          range=people),
        R("founded_in", phrase="was founded in", inverse_phrase="is the birthplace of",
          domain=("company", "studio"), range=("city",)),
        R("part_of", phrase="is part of", inverse_phrase="includes the company",
          domain=("company", "laboratory", "studio"), range=("company",)),
        R("city_in", phrase="is in", inverse_phrase="contains", domain=("city",), range=("country",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "x:java": ("programming language", "Java", 1995), "x:c": ("programming language", "C", 1972),
        "x:cpp": ("programming language", "C++", 1985), "x:smalltalk": ("programming language", "Smalltalk", 1972),
        "x:python": ("programming language", "Python", 1991), "x:unix": ("operating system", "Unix", 1971),
        "x:linux": ("operating system", "Linux", 1991), "x:mosaic": ("web browser", "Mosaic", 1993),
        "x:tetris": ("video game", "Tetris", 1985), "x:mario": ("video game", "Super Mario Bros.", 1985),
        "x:minecraft": ("video game", "Minecraft", 2011), "x:doom": ("video game", "Doom", 1993),
        "x:kr": ("book", "The C Programming Language", 1978),
        "x:sicp": ("book", "Structure and Interpretation of Computer Programs", 1985),
    }
    others = {
        "p:gosling": ("computer scientist", "James Gosling"), "p:ritchie": ("computer scientist", "Dennis Ritchie"),
        "p:stroustrup": ("computer scientist", "Bjarne Stroustrup"), "p:kay": ("computer scientist", "Alan Kay"),
        "p:rossum": ("programmer", "Guido van Rossum"), "p:thompson": ("programmer", "Ken Thompson"),
        "p:torvalds": ("programmer", "Linus Torvalds"), "p:andreessen": ("programmer", "Marc Andreessen"),
        "p:pajitnov": ("game designer", "Alexey Pajitnov"), "p:miyamoto": ("game designer", "Shigeru Miyamoto"),
        "p:persson": ("game designer", "Markus Persson"), "p:romero": ("game designer", "John Romero"),
        "p:carmack": ("programmer", "John Carmack"), "p:kernighan": ("author", "Brian Kernighan"),
        "p:abelson": ("author", "Harold Abelson"), "p:sussman": ("author", "Gerald Jay Sussman"),
        "p:joy": ("entrepreneur", "Bill Joy"), "p:mcnealy": ("entrepreneur", "Scott McNealy"),
        "p:gates": ("entrepreneur", "Bill Gates"), "p:allen": ("entrepreneur", "Paul Allen"),
        "p:yamauchi": ("entrepreneur", "Fusajiro Yamauchi"), "p:ellison": ("entrepreneur", "Larry Ellison"),
        "o:sun": ("company", "Sun Microsystems"), "o:bell": ("laboratory", "Bell Labs"), "o:att": ("company", "AT&T"),
        "o:parc": ("laboratory", "Xerox PARC"), "o:xerox": ("company", "Xerox"), "o:cwi": ("institute", "CWI"),
        "o:helsinki": ("university", "University of Helsinki"), "o:ncsa": ("institute", "NCSA"),
        "o:dorodnitsyn": ("institute", "Dorodnitsyn Computing Centre"),
        "o:nintendo": ("company", "Nintendo"), "o:ead": ("studio", "Nintendo EAD"), "o:id": ("studio", "id Software"),
        "o:mojang": ("studio", "Mojang"), "o:microsoft": ("company", "Microsoft"), "o:oracle": ("company", "Oracle"),
        "o:holobyte": ("publisher", "Spectrum HoloByte"), "o:prentice": ("publisher", "Prentice Hall"),
        "o:mitpress": ("publisher", "MIT Press"), "o:nsf": ("agency", "National Science Foundation"),
        "o:gt": ("distributor", "GT Interactive"),
        "f:nes": ("platform", "Nintendo Entertainment System"), "f:windows": ("platform", "Windows"),
        "f:xbox": ("platform", "Xbox 360"), "f:dos": ("platform", "MS-DOS"), "f:electronika": ("platform", "Electronika 60"),
        "k:japan": ("country", "Japan"), "k:soviet": ("country", "Soviet Union"), "k:sweden": ("country", "Sweden"),
        "k:usa": ("country", "United States"),
        "y:santaclara": ("city", "Santa Clara"), "y:albuquerque": ("city", "Albuquerque"),
        "y:kyoto": ("city", "Kyoto"), "y:stockholm": ("city", "Stockholm"), "y:shreveport": ("city", "Shreveport"),
        "n:puzzle": ("genre", "puzzle"), "n:platformer": ("genre", "platformer"),
        "n:fps": ("genre", "first-person shooter"), "n:sandbox": ("genre", "sandbox"),
    }
    T = [
        ("x:java", "designed_by", "p:gosling"), ("x:c", "designed_by", "p:ritchie"),
        ("x:cpp", "designed_by", "p:stroustrup"), ("x:smalltalk", "designed_by", "p:kay"),
        ("x:python", "designed_by", "p:rossum"), ("x:tetris", "designed_by", "p:pajitnov"),
        ("x:mario", "designed_by", "p:miyamoto"), ("x:doom", "designed_by", "p:romero"),
        ("x:mosaic", "designed_by", "p:andreessen"),
        ("x:unix", "created_by", "p:thompson"), ("x:unix", "created_by", "p:ritchie"),
        ("x:linux", "created_by", "p:torvalds"), ("x:minecraft", "created_by", "p:persson"),
        ("x:kr", "written_by", "p:kernighan"), ("x:kr", "written_by", "p:ritchie"),
        ("x:sicp", "written_by", "p:abelson"), ("x:sicp", "written_by", "p:sussman"),
        ("x:java", "developed_at", "o:sun"), ("x:c", "developed_at", "o:bell"), ("x:cpp", "developed_at", "o:bell"),
        ("x:unix", "developed_at", "o:bell"), ("x:smalltalk", "developed_at", "o:parc"),
        ("x:python", "developed_at", "o:cwi"), ("x:linux", "developed_at", "o:helsinki"),
        ("x:mosaic", "developed_at", "o:ncsa"), ("x:tetris", "developed_at", "o:dorodnitsyn"),
        ("x:mario", "developed_by", "o:ead"), ("x:doom", "developed_by", "o:id"),
        ("x:minecraft", "developed_by", "o:mojang"),
        ("x:mario", "published_by", "o:nintendo"), ("x:doom", "published_by", "o:id"),
        ("x:minecraft", "published_by", "o:mojang"), ("x:tetris", "published_by", "o:holobyte"),
        ("x:kr", "published_by", "o:prentice"), ("x:sicp", "published_by", "o:mitpress"),
        ("x:java", "owned_by", "o:oracle"), ("x:minecraft", "owned_by", "o:microsoft"),
        ("x:mosaic", "funded_by", "o:nsf"), ("x:doom", "distributed_by", "o:gt"),
        ("x:unix", "written_in", "x:c"), ("x:linux", "written_in", "x:c"), ("x:minecraft", "written_in", "x:java"),
        ("x:doom", "written_in", "x:c"), ("x:python", "written_in", "x:c"),
        ("x:java", "influenced_by", "x:cpp"), ("x:java", "influenced_by", "x:smalltalk"),
        ("x:cpp", "influenced_by", "x:c"), ("x:linux", "compatible_with", "x:unix"),
        ("x:mario", "released_on", "f:nes"), ("x:minecraft", "released_on", "f:windows"),
        ("x:minecraft", "released_on", "f:xbox"), ("x:doom", "released_on", "f:dos"),
        ("x:tetris", "released_on", "f:electronika"),
        ("x:mario", "released_in", "k:japan"), ("x:tetris", "released_in", "k:soviet"),
        ("x:minecraft", "released_in", "k:sweden"),
        ("x:tetris", "genre", "n:puzzle"), ("x:mario", "genre", "n:platformer"), ("x:doom", "genre", "n:fps"),
        ("x:minecraft", "genre", "n:sandbox"),
        ("o:sun", "founded_by", "p:joy"), ("o:sun", "founded_by", "p:mcnealy"), ("o:mojang", "founded_by", "p:persson"),
        ("o:id", "founded_by", "p:carmack"), ("o:id", "founded_by", "p:romero"), ("o:microsoft", "founded_by", "p:gates"),
        ("o:microsoft", "founded_by", "p:allen"), ("o:nintendo", "founded_by", "p:yamauchi"),
        ("o:oracle", "founded_by", "p:ellison"),
        ("o:sun", "founded_in", "y:santaclara"), ("o:oracle", "founded_in", "y:santaclara"),
        ("o:microsoft", "founded_in", "y:albuquerque"), ("o:nintendo", "founded_in", "y:kyoto"),
        ("o:mojang", "founded_in", "y:stockholm"), ("o:id", "founded_in", "y:shreveport"),
        ("o:bell", "part_of", "o:att"), ("o:mojang", "part_of", "o:microsoft"), ("o:ead", "part_of", "o:nintendo"),
        ("o:parc", "part_of", "o:xerox"),
        ("y:santaclara", "city_in", "k:usa"), ("y:albuquerque", "city_in", "k:usa"), ("y:shreveport", "city_in", "k:usa"),
        ("y:kyoto", "city_in", "k:japan"), ("y:stockholm", "city_in", "k:sweden"),
        ("user:hal", "rated", "x:java", {"rating": 2.0}), ("user:hal", "rated", "x:python", {"rating": 5.0}),
        ("user:hal", "rated", "x:tetris", {"rating": 4.5}), ("user:hal", "rated", "x:doom", {"rating": 4.0}),
        ("user:hal", "rated", "x:minecraft", {"rating": 1.0}), ("user:hal", "rated", "x:kr", {"rating": 5.0}),
        ("user:hal", "rated", "x:unix", {"rating": 4.5}),
    ]
    aliases = {"p:gosling": ("Gosling",), "p:ritchie": ("Ritchie",), "p:stroustrup": ("Stroustrup",),
               "p:rossum": ("van Rossum",), "p:thompson": ("Thompson",), "p:torvalds": ("Torvalds",),
               "p:pajitnov": ("Pajitnov",), "p:miyamoto": ("Miyamoto",), "p:persson": ("Notch",),
               "p:romero": ("Romero",), "p:carmack": ("Carmack",), "p:kernighan": ("Kernighan",),
               "x:mario": ("Super Mario",), "x:kr": ("K&R",), "x:sicp": ("SICP",), "f:nes": ("the NES", "NES"),
               "o:sun": ("Sun",), "o:nsf": ("the NSF",), "k:usa": ("the United States",)}
    return _build(items, others, rels, T, users=[("user:hal", "Hal")], aliases=aliases)


BUILDERS = {"elements": elements, "battles": battles, "temples": temples, "tech": tech}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@elements
# (1) lower-case items (elements, metals, alloys, minerals, a compound; several are English words:
# lead, iron, gold, tin, mercury): a wrong discoverer, content, period, namesake, rating
Davy discovered lead.
Ramsay discovered gold.
lead was discovered by Davy.
Marie Curie discovered radium and lead.
Bronze contains mercury.
bronze contains gold.
brass contains tin.
pewter contains iron.
cerite contains radium.
argyrodite contains cerium.
sphalerite contains radium.
sodium chloride contains potassium.
table salt contains potassium.
Bronze was first used during the iron age.
Iron was first used during the bronze age.
iron was first used during the Bronze Age.
copper was first used during the Iron Age.
brass was first used during the copper age.
Copper was first used during the bronze age.
Tin was first used during the copper age.
mercury is named after Uranus.
Cerium is named after mercury.
Uranium is named after mercury.
Mercury is named after Ceres.
sodium is named after potash.
Sodium is named after sodium.
Polonium was isolated from lead.
radium was isolated from argyrodite.
Germanium is a component of pitchblende.
tin is a component of brass.
Gold is a component of bronze.
gold is a component of pewter.
@elements user:eve
You loved lead.
You disliked gold.
You loved tin and gold.
You loved gold, which was discovered by Davy.
You loved bronze, which contains gold.
@elements
# (7) a discovery's year on a graph of discoveries ("discovered / found / identified / isolated in",
# "In 1894, X discovered Y", ", dating from"): a wrong year, a year spread over a second item, a year
# on an item with no year
Argon was discovered in 1898.
Neon was discovered in 1894.
Helium was identified in 1898.
Helium was found in 1875.
In 1894, Ramsay discovered neon.
In 1898, Ramsay discovered argon.
In 1803, Klaproth discovered uranium.
In 1807, Davy discovered sodium and Ramsay discovered argon.
In 1898, Marie Curie discovered polonium and radium, and Ramsay discovered argon.
Ramsay, who discovered argon in 1894, also discovered neon in 1894.
Germanium, discovered in 1875, is named after Germany.
Gallium, found in 1886, is named after France.
Gallium was identified in 1886 by Lecoq de Boisbaudran.
Uranium, dating from 1798, was discovered by Klaproth.
Klaproth found uranium in 1798.
Marggraf isolated zinc in 1764.
Davy, who isolated sodium in 1807, discovered potassium in 1808.
Scheele discovered chlorine in 1774 and oxygen in 1775.
Sodium was discovered in 1807, and potassium in 1808.
Davy isolated chlorine in 1774.
Ramsay identified helium in 1868.
Lead was discovered in 1807.
Gold was found in 1807.
Iron was isolated in 1746.
Bronze was discovered in 1807.
# the isolation, by someone else and later than the discovery, dated with the discovery's year: the
# graph's year is the discovery's (Janssen and Lockyer, 1868; the Curies, 1898) and it says nothing
# of when Ramsay isolated helium (1895) or Marie Curie radium (1910)
Helium was isolated in 1868.
Radium was isolated in 1898.
Ramsay isolated helium in 1868.
Marie Curie isolated radium in 1898.
In 1868, Ramsay isolated helium.
Helium was first isolated in 1868.
Radium, which Marie Curie isolated in 1898, was discovered in Paris.
Ramsay isolated argon in 1894 and helium in 1868.
Helium, isolated in 1868 by Ramsay, is named after Helios.
# (11) one verb, two prepositions: "discovered in X by Y", "born in X on <date>" with a wrong second
# object, or the second object said of another person
Germanium was discovered in Freiberg by Lecoq de Boisbaudran.
Germanium was discovered by Winkler in Paris.
Gallium was discovered in Freiberg by Lecoq de Boisbaudran.
Polonium was discovered in Paris by Winkler.
Radium was discovered in Paris by Davy.
Argon was discovered in London by Davy.
Neon was discovered in London by Rayleigh.
Sodium was discovered in London by Ramsay.
Cerium was discovered in Stockholm by Klaproth.
Uranium was discovered in Berlin by Berzelius.
Germanium was discovered in Freiberg in 1875.
Sodium was discovered in London by Davy in 1894.
Argon was discovered by Ramsay in London in 1898.
Polonium was isolated from pitchblende by Winkler.
Oxygen was discovered by Priestley and named by Davy.
Marie Curie was born in Warsaw on 15 May 1859.
Pierre Curie was born in Paris on 7 November 1867.
Davy was born in Warsaw on 17 December 1778.
Davy was born in Penzance on 2 October 1852.
Ramsay was born in Glasgow on 17 December 1778.
Marie Curie was born on 7 November 1867 in Paris.
Marie Curie was born on 15 May 1859 in Warsaw.
Pierre Curie was married to Marie Curie, who was born in Warsaw on 15 May 1859.
Pierre Curie, who was born in Paris on 7 November 1867, was married to Marie Curie.
Marie Curie was married to Pierre Curie, who was born in Warsaw on 15 May 1859.
Radium was discovered by Marie Curie, who was born in Warsaw on 15 May 1859.
Polonium was discovered by Pierre Curie, born in Paris on 7 November 1867.
Winkler was born in Freiberg on 26 December 1838 and discovered gallium.
# (10) place chains "A, B" / "A in B" where A is in B but the claim about the subject is false, or
# where A is not in B
Germanium was discovered in Paris, France.
Gallium was discovered in Freiberg, Germany.
Radium was discovered in Paris, Germany.
Uranium was discovered in Berlin, Poland.
Marie Curie was born in Paris, France.
Marie Curie was born in Warsaw, France.
Davy was born in Glasgow, United Kingdom.
Ramsay was born in Penzance, United Kingdom.
Chlorine was discovered in Stockholm, Sweden.
Cerium was discovered in Uppsala, Sweden.
Germanium was discovered in Berlin in Germany.
Winkler was born in Berlin, Germany.
Cerium was discovered by Berzelius in Uppsala, Sweden.
Gallium was discovered by Winkler in Paris, France.
Sodium and germanium were discovered in London, United Kingdom.
Germanium is named after Germany, France.
Gallium is named after Paris, France.
Polonium is named after Warsaw, Poland.
Paris, France saw the discovery of germanium.
Freiberg in Germany saw the discovery of gallium.
Warsaw in Poland is the birthplace of Pierre Curie.
Penzance, United Kingdom is the birthplace of Ramsay.
In Paris, Marie Curie discovered germanium.
# (6) "straddles" said of a city that lies inside one country; "christened in honour of" a wrong namesake
Paris straddles France.
Gallium was christened in honour of Germany.
Polonium was christened in honour of Marie Curie.
Cerium was christened in honour of Uranus.
Helium was christened in honour of Lockyer.
# (8) "the latter" / "the former" of two names
Winkler discovered germanium; the latter is named after France.
Winkler discovered germanium; the former is named after Germany.
Davy discovered sodium; the latter was discovered in Paris.
Marie Curie discovered polonium; the former was born in Paris.
Klaproth discovered uranium. The latter is named after Ceres.
Lockyer named helium; the latter is named after Uranus.
Bronze contains tin; the former was first used during the Iron Age.
# (9) "Compare A with B:"
Compare sodium with potassium: both were discovered by Ramsay.
Compare germanium with gallium: the former was discovered in Paris.
Compare germanium to gallium: the latter is named after Germany.
Compare bronze with brass: both contain tin.
@battles
# (4) "triumphed / prevailed / emerged victorious at", "ended in (a) victory for", "was defeated /
# beaten at": the loser, a commander of another battle, reversed, negated, a second battle
Napoleon triumphed at Waterloo.
Nelson prevailed at the Battle of Austerlitz.
Wellington emerged victorious from the Battle of Austerlitz.
Villeneuve triumphed at Trafalgar.
Kutuzov triumphed at the Battle of Austerlitz.
Robert E. Lee triumphed at the Battle of Gettysburg.
Ali Pasha prevailed at Lepanto.
Napoleon prevailed at the Battle of Leipzig.
Charles d'Albret emerged victorious from Agincourt.
John Talbot emerged victorious from the Siege of Orléans.
The Battle of Waterloo ended in victory for Napoleon.
The Battle of Trafalgar ended in a victory for Villeneuve.
The Battle of Lepanto ended in victory for Ali Pasha.
The Battle of Hastings ended in a victory for Harold Godwinson.
Wellington was defeated at Waterloo.
Blücher was defeated at Waterloo.
Napoleon was beaten at the Battle of Austerlitz.
Nelson was defeated in the Battle of Trafalgar.
Henry V was defeated at Agincourt.
Zhukov was defeated at the Battle of Stalingrad.
Schwarzenberg was beaten at the Battle of the Nations.
Joan of Arc was defeated at the Siege of Orléans.
Napoleon did not triumph at the Battle of Austerlitz.
The Battle of Austerlitz did not end in victory for Napoleon.
Napoleon triumphed at the Battle of Austerlitz and at Waterloo.
Wellington and Nelson triumphed at Waterloo.
Wellington ended in victory for the Battle of Waterloo.
Waterloo triumphed at Wellington.
Napoleon was defeated at Waterloo by Nelson.
Napoleon was defeated at the Battle of Leipzig by Wellington.
Napoleon was beaten at Waterloo by Kutuzov.
Harold was beaten at Hastings by Henry V.
Paulus was defeated at the Battle of Stalingrad by Meade.
# (7) a battle's year: a wrong year, a year spread over a second battle, on the wrong battle
In 1805, Napoleon won the Battle of Trafalgar.
In 1815, Nelson won the Battle of Trafalgar.
In 1805, Wellington won the Battle of Waterloo.
In 1805, Napoleon lost the Battle of Leipzig.
In 1815, Napoleon won the Battle of Austerlitz and lost the Battle of Waterloo.
In 1805, Napoleon won the Battle of Austerlitz and lost the Battle of Waterloo.
In 1805, Nelson won the Battle of Trafalgar and Wellington won the Battle of Waterloo.
Nelson won the Battle of Trafalgar in 1815.
The Battle of Trafalgar and the Battle of Waterloo were fought in 1805.
The Battle of Waterloo was fought in 1805.
The Battle of Hastings took place in 1066 and the Battle of Agincourt in 1066.
The Battle of Hastings, fought in 1066, was won by Harold Godwinson.
The Battle of Agincourt, fought in 1066, was won by Henry V.
The Battle of Lepanto happened in 1805.
The Battle of Leipzig occurred in 1815.
The Battle of Gettysburg took place in 1942.
The Siege of Orléans took place in 1415.
The Battle of Stalingrad, dating from 1863, was won by Zhukov.
Napoleon, who lost the Battle of Waterloo in 1815, won the Battle of Austerlitz in 1815.
Napoleon won the Battle of Austerlitz, and Wellington won the Battle of Waterloo in 1805.
Napoleon won the Battle of Austerlitz in 1805 and lost the Battle of Leipzig in 1815.
Napoleon lost the Battle of Leipzig in 1813 and the Battle of Waterloo in 1813.
Napoleon was defeated at Waterloo in 1805.
In 1805, the Battle of Trafalgar was won by Villeneuve.
In 1805, Villeneuve lost the Battle of Austerlitz.
In 1813, Napoleon triumphed at the Battle of Leipzig.
In 1815, Napoleon was defeated at the Battle of Austerlitz.
# (11) "took place in X on <date>": the date of another battle; a date after "was defeated at X"
The Battle of Trafalgar took place in Cape Trafalgar on 18 June 1815.
The Battle of Waterloo took place in Braine-l'Alleud on 21 October 1805.
The Battle of Austerlitz took place in Leipzig on 2 December 1805.
The Battle of Hastings took place in East Sussex on 25 October 1415.
The Battle of Agincourt took place on 25 October 1415 in East Sussex.
The Battle of Lepanto took place in the Gulf of Patras on 16 October 1813.
Napoleon was defeated at Waterloo on 2 December 1805.
Wellington triumphed at Waterloo on 21 October 1805.
Nelson emerged victorious from Trafalgar on 18 June 1815.
# (10) place chains
The Battle of Waterloo took place in Braine-l'Alleud, France.
The Battle of Waterloo took place in Slavkov u Brna, Czech Republic.
The Battle of Agincourt took place in Orléans, France.
The Battle of Hastings took place in Azincourt, France.
The Battle of Leipzig took place in Leipzig, Russia.
The Battle of Stalingrad took place in Leipzig, Germany.
The Battle of Trafalgar took place in Cape Trafalgar in Greece.
The Battle of Lepanto took place in the Gulf of Patras, Spain.
The Battle of Gettysburg was fought in Gettysburg, England.
Wellington triumphed at Waterloo in Spain.
# (6) "straddles" of a town inside one country
Leipzig straddles Germany.
# (3) "the N behind": a winner (no relation of making), an architect of another thing, a person
# called a woman, a firm or a company
William Railton was the man behind the Battle of Trafalgar.
Nelson was the architect behind Nelson's Column.
Bruno Schmitz was the woman behind the Monument to the Battle of the Nations.
Bruno Schmitz was the firm behind the Monument to the Battle of the Nations.
William Railton was the company behind Nelson's Column.
Charles Van der Straeten was the woman behind Lion's Mound.
# arguable (OPEN): a commander is loosely "the mind / man / architect behind" a battle he planned
Napoleon was the mind behind the Battle of Austerlitz.
Nelson was the man behind the Battle of Trafalgar.
Napoleon was the architect behind the Battle of Austerlitz.
# (8) / (9)
Nelson won the Battle of Trafalgar; the latter is commemorated by Lion's Mound.
Napoleon lost the Battle of Waterloo; the latter took place in Leipzig.
Wellington won the Battle of Waterloo; the former was fought during the Hundred Years' War.
Compare Trafalgar with Waterloo: both were won by Nelson.
Compare the Battle of Waterloo with the Battle of Leipzig: the former was won by Schwarzenberg.
Compare Hastings to Agincourt: both were fought during the Hundred Years' War.
@temples
# (2) a religion's adjective before the kind: the wrong religion, said of a person or in a list
Borobudur is a Hindu temple.
Prambanan is a Buddhist temple.
The Golden Temple is a Hindu temple.
The Dilwara Temples are Buddhist temples.
Kinkaku-ji is a Shinto temple.
The Meiji Shrine is a Buddhist shrine.
The Dohány Street Synagogue is a Christian synagogue.
Westminster Abbey is a Catholic church.
Saint Basil's Cathedral is a Catholic cathedral.
Notre-Dame is an Orthodox cathedral.
The Lotus Temple is a Hindu temple.
The Sagrada Família is a Protestant basilica.
The Lotus Temple is an Islamic temple.
The Dohány Street Synagogue is an Orthodox synagogue.
Hagia Sophia is a Catholic mosque.
Hagia Sophia is a Christian mosque.
The Mezquita is an Orthodox cathedral.
Diocletian was a Christian emperor.
Diocletian was a Christian.
Aurangzeb was a Sikh emperor.
Antoni Gaudí was a Buddhist architect.
Sedefkar Mehmed Agha was a Jewish architect.
Ivan the Terrible commissioned a Catholic cathedral, Saint Basil's Cathedral.
Ivan the Terrible commissioned the Catholic Saint Basil's Cathedral.
Justinian I commissioned an Orthodox mosque, Hagia Sophia.
The Sikh Golden Temple and the Hindu Dilwara Temples are located in India.
Angkor Wat and Borobudur are Hindu temples.
Borobudur and Prambanan are Hindu temples.
Borobudur and Prambanan are Buddhist temples.
The Hindu temple of Borobudur is located in Magelang.
Kinkaku-ji, a Shinto temple, is located in Kyoto.
Kyoto is home to Kinkaku-ji, a Jain temple.
Guru Arjan founded a Hindu gurdwara, the Golden Temple.
The Golden Temple is Hindu.
Borobudur is Hindu.
The Blue Mosque is Jewish.
Borobudur is not a Buddhist temple.
Borobudur isn't a Buddhist temple.
Prambanan is a Buddhist rather than a Hindu temple.
The Meiji Shrine is a Shinto and Buddhist shrine.
Borobudur is a Buddhist and Hindu temple.
# the adjective of the religion a place was converted from (a second relation whose range is a
# religion, read "whatever its phrase"): Hagia Sophia is a mosque of Islam, no Orthodox mosque; the
# Mezquita is a Catholic cathedral, no Muslim one
Hagia Sophia is an Orthodox mosque.
Hagia Sophia is an Eastern Orthodox mosque.
Hagia Sophia, an Orthodox mosque, is located in Istanbul.
Hagia Sophia is an Orthodox mosque in Istanbul.
Istanbul is home to Hagia Sophia, an Orthodox mosque.
The Mezquita is a Muslim cathedral.
The Mosque–Cathedral of Córdoba is a Muslim cathedral.
The Mezquita, a Muslim cathedral, is located in Córdoba.
Córdoba is home to the Mezquita, a Muslim cathedral.
The Orthodox Hagia Sophia was designed by Isidore of Miletus.
The Mezquita is an Islamic cathedral.
Angkor Wat is a Hindu temple.
Angkor Wat, a Hindu temple, is located in Siem Reap.
@temples user:gus
You loved the Buddhist Meiji Shrine.
You loved the Hindu Golden Temple.
You loved Hagia Sophia, an Orthodox mosque.
You loved Hagia Sophia, an Eastern Orthodox mosque in Istanbul.
You loved the Orthodox Hagia Sophia.
@temples
# (3) "the N behind": a commissioner, a manager, a saint or a god (no making); an architect of
# another building; a man called a woman, one person called a firm, a company, a studio or a team
Justinian I was the architect behind Hagia Sophia.
Ahmed I was the architect behind the Blue Mosque.
Ahmed I was the mind behind the Blue Mosque.
Suryavarman II was the man behind Angkor Wat.
Julius II was the brain behind St. Peter's Basilica.
The SGPC is the team behind the Golden Temple.
The Shiromani Gurdwara Parbandhak Committee was the mind behind the Golden Temple.
Guru Arjan was the architect behind the Golden Temple.
Guru Arjan was the creator behind the Golden Temple.
Guru Arjan was the mind behind Angkor Wat.
Gaudí was the mind behind Westminster Abbey.
Michelangelo was one of the minds behind the Sagrada Família.
Vishnu was the mind behind Angkor Wat.
Saint Peter was the man behind St. Peter's Basilica.
Emperor Meiji was the man behind the Meiji Shrine.
The Sagrada Família was the mind behind Gaudí.
Gaudí, the architect behind Hagia Sophia, designed the Sagrada Família.
Sedefkar Mehmed Agha, the mind behind Hagia Sophia, designed the Blue Mosque.
The minds behind Hagia Sophia were Isidore of Miletus and Michelangelo.
Isidore of Miletus and Anthemius of Tralles were the minds behind the Blue Mosque.
Gaudí was not the mind behind the Sagrada Família.
Ahmed I is the creator of the Blue Mosque.
Justinian I is the architect of Hagia Sophia.
Ivan the Terrible was the architect of Saint Basil's Cathedral.
Bramante was the woman behind St. Peter's Basilica.
Gaudí was the woman behind the Sagrada Família.
Isidore of Miletus and Anthemius of Tralles were the women behind Hagia Sophia.
Gaudí was the firm behind the Sagrada Família.
Gaudí was the team behind the Sagrada Família.
Michelangelo was the company behind St. Peter's Basilica.
Guru Arjan was the company behind the Golden Temple.
Isidore of Miletus and Anthemius of Tralles were the firms behind Hagia Sophia.
Michelangelo and Bramante were the companies behind St. Peter's Basilica.
# (6) "straddles" of one place it lies in (a building in a city, a city in a country), or of a place it
# is not in; "christened in honour of" the dedicatee or the commissioner; "devoted to" a wrong dedicatee
Angkor Wat straddles Cambodia and Thailand.
The Blue Mosque straddles Istanbul and Moscow.
Moscow straddles Europe and Asia.
London straddles Europe and Asia.
Turkey straddles Istanbul.
Europe and Asia straddle Istanbul.
Istanbul does not straddle Europe and Asia.
Istanbul, which straddles Europe and Asia, is home to Notre-Dame.
Hagia Sophia straddles Europe and Asia.
Mount Abu straddles India and Cambodia.
Kyoto straddles Japan and Asia.
The Blue Mosque straddles Istanbul.
Notre-Dame straddles Paris.
Istanbul straddles Turkey.
Amritsar straddles India.
Istanbul straddles Europe and Asia and Turkey.
London straddles Europe and the United Kingdom.
London straddles the United Kingdom and Europe.
Istanbul straddles Turkey and Asia.
Moscow straddles Russia and Europe.
Istanbul straddles Europe.
Notre-Dame was christened in honour of Saint Peter.
Westminster Abbey was christened in honour of Saint Peter.
Saint Basil's Cathedral was christened in honour of Ivan the Terrible.
The Blue Mosque was christened in honour of Justinian I.
Angkor Wat was christened in honour of Vishnu.
Prambanan was christened in honour of Shiva.
The Sagrada Família was christened in honour of Gaudí.
Emperor Meiji was christened in honour of the Meiji Shrine.
Hagia Sophia was christened in honour of Holy Wisdom.
The Sagrada Família is devoted to Saint Peter.
Westminster Abbey is devoted to Basil the Blessed.
Angkor Wat is devoted to Shiva.
The Dohány Street Synagogue is devoted to Dohány Street.
Vishnu is devoted to Angkor Wat.
The Blue Mosque is devoted to Ahmed I.
Diocletian was devoted to Christianity.
Notre-Dame, devoted to Saint Peter, is located in Paris.
Saint Basil's Cathedral is devoted to Basil the Blessed.
# (10) place chains
Notre-Dame is located in Paris, Spain.
Notre-Dame is located in Barcelona, Spain.
The Sagrada Família is located in Córdoba, Spain.
The Golden Temple is located in Mount Abu, India.
The Lotus Temple is located in Amritsar, India.
The Golden Temple and the Lotus Temple are located in Amritsar, India.
The Dilwara Temples and the Golden Temple are located in Mount Abu, India.
Angkor Wat is located in Siem Reap, Thailand.
Borobudur is located in Yogyakarta, Indonesia.
Borobudur is located in Yogyakarta in Indonesia.
Kinkaku-ji is located in Tokyo, Japan.
Westminster Abbey is located in Paris, Europe.
Saint Basil's Cathedral is located in Moscow, Asia.
Hagia Sophia and Notre-Dame are located in Istanbul, Turkey.
Hagia Sophia is located in Istanbul, Turkey, and Paris.
The Blue Mosque, in Istanbul, Turkey, was designed by Gaudí.
In Istanbul, Turkey, Gaudí designed the Blue Mosque.
Istanbul, Turkey is home to Notre-Dame.
Paris in France is home to Hagia Sophia.
Moscow in Russia is home to Saint Basil's Cathedral and Notre-Dame.
Ahmed I commissioned a mosque in Istanbul, Spain.
Gaudí designed a basilica in Barcelona, Turkey.
Gaudí designed the Sagrada Família in Istanbul, Turkey.
Ivan the Terrible commissioned Saint Basil's Cathedral in Paris, France.
Borobudur is a Buddhist temple in Kyoto, Japan.
The Meiji Shrine is a Shinto shrine in Kyoto, Japan.
Kyoto, Japan is home to the Meiji Shrine.
Tokyo, Japan is home to Kinkaku-ji.
The Blue Mosque is located in Istanbul, Asia.
# (8) "the latter" / "the former"; (9) "Compare A with B:"
Gaudí designed the Sagrada Família; the latter is located in Istanbul.
Gaudí designed the Sagrada Família; the former is located in Barcelona.
Ahmed I commissioned the Blue Mosque; the former is located in Istanbul.
The Blue Mosque was designed by Sedefkar Mehmed Agha; the latter is located in Istanbul.
The Blue Mosque was designed by Sedefkar Mehmed Agha; the former was commissioned by Justinian I.
Hagia Sophia is located in Istanbul; the latter is home to Notre-Dame.
Hagia Sophia is located in Istanbul; the former is home to the Blue Mosque.
Borobudur is a Buddhist temple; the latter is located in Magelang.
Guru Arjan founded the Golden Temple; the former is managed by the SGPC.
Compare the Blue Mosque with Hagia Sophia: the former was designed by Isidore of Miletus.
Compare the Blue Mosque with Hagia Sophia: both were designed by Sedefkar Mehmed Agha.
Compare the Meiji Shrine, dedicated to Ahmed I: it is located in Tokyo.
Compare the Meiji Shrine, dedicated to Vishnu, with Kinkaku-ji: both are located in Japan.
Compare Angkor Wat to Prambanan: both are dedicated to Shiva.
Compare Prambanan to Borobudur: both are Hindu temples.
Compare Notre-Dame to Westminster Abbey: both are Catholic churches.
Compare Notre-Dame to Westminster Abbey: both are dedicated to Saint Peter.
Compare Notre-Dame with Westminster Abbey: the latter is dedicated to the Virgin Mary.
Compare Angkor Wat to Borobudur: the former is a Hindu temple.
@tech
# (3) "the N behind" for a relation that is no making (owner, funder, distributor); for a publisher
# (publishing is in the list of making verbs, so every noun of the list comes with it: the mind, the
# creator, the architect, the man behind a book is not its publisher); a person called a company, a
# firm, a studio, a team or a woman; a company or a lab called a man, a woman or a person
Oracle was the mind behind Java.
Microsoft was the brain behind Minecraft.
The National Science Foundation was the mind behind Mosaic.
GT Interactive was the brains behind Doom.
Larry Ellison was the man behind Java.
Bill Gates was the genius behind Minecraft.
Bill Gates was the mind behind Oracle.
Java was the mind behind Gosling.
C was the mind behind Unix.
C++ was the mind behind Java.
Smalltalk was one of the minds behind Java.
Guido van Rossum was the mind behind Java.
Gosling, the mind behind Python, was born in Canada.
Shigeru Miyamoto is the creator of Doom.
Spectrum HoloByte is the creator of Tetris.
Prentice Hall is the creator of The C Programming Language.
Prentice Hall was the creator behind The C Programming Language.
Prentice Hall was the architect behind The C Programming Language.
Prentice Hall was the man behind The C Programming Language.
Prentice Hall was among the geniuses behind K&R.
MIT Press was the mind behind SICP.
MIT Press was one of the minds behind SICP.
Spectrum HoloByte was the architect behind Tetris.
Spectrum HoloByte was the person behind Tetris.
Nintendo was the man behind Super Mario Bros.
Nintendo was the architect behind Super Mario Bros.
id Software was the woman behind Doom.
Mojang was the person behind Minecraft.
Bell Labs was the man behind C.
The University of Helsinki was the man behind Linux.
Nintendo EAD was the woman behind Super Mario Bros.
James Gosling was the woman behind Java.
Bill Gates was the woman behind Microsoft.
Ken Thompson was one of the women behind Unix.
Ken Thompson and Dennis Ritchie were the women behind Unix.
Gosling, the woman behind Java, designed it.
James Gosling is the woman behind Java, and Guido van Rossum is the man behind Python.
James Gosling was the company behind Java.
James Gosling was the team behind Java.
Miyamoto was the studio behind Super Mario Bros.
Dennis Ritchie was one of the companies behind Unix.
Bjarne Stroustrup was the firm behind C++.
Fusajiro Yamauchi was the studio behind Nintendo.
Brian Kernighan was one of the studios behind The C Programming Language.
# arguable (OPEN): a publisher, a developing lab or a company is loosely "the company / studio /
# team / mind / genius behind" a work; a creator or an author loosely its "architect"; an owner or a
# distributor today "the company behind" it; the book and Tetris did come out of Bell Labs and the
# Dorodnitsyn centre (their authors worked there)
Nintendo is the company behind Super Mario Bros.
Nintendo was the mind behind Super Mario Bros.
Prentice Hall was the company behind The C Programming Language.
Spectrum HoloByte was the studio behind Tetris.
MIT Press was the hand behind SICP.
Sun Microsystems was the mind behind Java.
The University of Helsinki was the mind behind Linux.
CWI was the genius behind Python.
Mojang was the genius behind Minecraft.
Bell Labs was the team behind C.
Xerox PARC was the team behind Smalltalk.
Bell Labs was the company behind Unix.
Oracle is the company behind Java.
Microsoft is the company behind Minecraft.
GT Interactive was the company behind Doom.
Bill Gates was the architect behind Microsoft.
Brian Kernighan was the architect behind The C Programming Language.
Ken Thompson was the architect behind Unix.
Linus Torvalds was the architect behind Linux.
Markus Persson was the architect behind Minecraft.
The C Programming Language came out of Bell Labs.
Tetris came out from the Dorodnitsyn Computing Centre.
# (5) "came out from" (published by), "came / grew out of" (developed at): another company, the
# developer for the publisher, reversed, negated, a second item
Java came out of Bell Labs.
C grew out of Sun Microsystems.
Minecraft came out from Spectrum HoloByte.
Nintendo came out from Super Mario Bros.
Sun Microsystems came out of Java.
Doom came out from Mojang.
Tetris came out from id Software.
Tetris came out of Xerox PARC.
The C Programming Language came out from MIT Press.
SICP came out from Prentice Hall.
Linux came out of Bell Labs.
Unix grew out of Xerox PARC.
Python came out of CWI in 1995.
Minecraft came out from Mojang in 2005.
Minecraft came out from Mojang on the NES.
Tetris came out from Spectrum HoloByte on the NES.
Java came out of Sun Microsystems and is owned by Sun.
Java didn't come out of Sun.
Java did not grow out of Sun.
Minecraft and Doom came out from Mojang.
Python and Java came out of CWI.
Mosaic came out of NCSA and the NSF.
# (8) "the latter" / "the former"
James Gosling designed Java; the former came out of Sun.
James Gosling designed Java; the latter was designed by Guido van Rossum.
Guido van Rossum designed Python; the former was developed at CWI.
Unix is written in C; the former was designed by Bjarne Stroustrup.
Unix is written in C; the latter was created by Ken Thompson.
Linux is compatible with Unix; the former was created by Ken Thompson.
Linux is compatible with Unix; the latter was created by Linus Torvalds.
Java was influenced by Smalltalk; the latter was designed by James Gosling.
Java was influenced by Smalltalk; the former was developed at Xerox PARC.
Mojang published Minecraft; the latter was founded in Stockholm.
Mojang published Minecraft; the former is written in Java.
Minecraft is written in Java; the latter is owned by Microsoft.
Minecraft is owned by Microsoft; the latter was founded in Stockholm.
Doom was published by id Software; the latter was founded by Bill Gates.
Bill Gates founded Microsoft; the latter was founded in Kyoto.
Bill Gates founded Microsoft; the former was founded in Albuquerque.
Tetris was designed by Alexey Pajitnov; the latter was published by Spectrum HoloByte.
In 1991, Linus Torvalds created Linux; the former was developed at the University of Helsinki.
Minecraft came out from Mojang; the former was founded by Markus Persson.
Mojang is part of Microsoft; the latter was founded by Markus Persson.
Doom is written in C; the latter was designed by John Romero.
# (9) "Compare A with / to B:" with a false claim after the colon or inside the frame
Compare Java with Python: the former was designed by Guido van Rossum.
Compare Java to C++: both were developed at Bell Labs.
Compare Java with C++: the latter was influenced by Java.
Compare Tetris with Doom: both were published by Nintendo.
Compare Doom, published by Nintendo, with Tetris: the former was designed by John Romero.
Compare Java, designed by Guido van Rossum, with Python: the former came out of Sun.
Compare Linux, compatible with Windows: it was created by Linus Torvalds.
Compare Minecraft, written in Python, with Doom: the former was created by Markus Persson.
Compare Minecraft with Doom, written in Java: the former was created by Markus Persson.
Compare Java with C++, designed by Gosling: the former came out of Sun.
Compare Java with Python: both were designed by Gosling.
Compare Super Mario Bros. to Doom: the former was released on MS-DOS.
Compare Java with Python: the former was designed by Gosling, the latter by Stroustrup.
Compare Tetris with Doom: the former was published by id Software.
Compare Mojang with Microsoft: the former is part of the latter, which was founded in Stockholm.
# (11) one verb, two prepositions: "released in X on Y", "founded in X by Y", "developed at X by Y"
Java was developed at Sun by Nintendo EAD.
Super Mario Bros. was released in Japan on Windows.
Minecraft was released in Sweden on the NES.
Mojang was founded in Stockholm by Bill Gates.
Microsoft was founded in Albuquerque by Larry Ellison.
Sun Microsystems was founded in Santa Clara by Larry Ellison.
Oracle was founded in Santa Clara by Bill Joy.
Microsoft was founded by Bill Gates in Kyoto.
Mojang was founded by Markus Persson in Albuquerque.
Nintendo was founded in Kyoto by Bill Gates.
Super Mario Bros. was published by Nintendo on MS-DOS.
Minecraft was published by Mojang on the NES.
Doom was published by id Software on the NES.
Linux was written in C by Brian Kernighan.
Super Mario Bros. was released on the NES by Mojang.
Doom was released on MS-DOS by Nintendo.
Super Mario Bros. was released in Japan by Mojang.
Minecraft was released in Sweden by Nintendo.
Mojang, which was founded by Markus Persson, was founded in Stockholm by Bill Gates.
Java was designed by Gosling at Bell Labs.
Unix was created by Ken Thompson at Sun.
Linux was created by Linus Torvalds at Bell Labs.
Smalltalk was designed by Alan Kay at Sun.
Minecraft was created by Markus Persson at Microsoft.
# (10) place chains and (6) "straddles" on the companies' cities
Mojang was founded in Kyoto, Japan.
Nintendo was founded in Stockholm, Sweden.
Microsoft was founded in Santa Clara, United States.
Oracle was founded in Albuquerque, United States.
Kyoto straddles Japan.
"""
CONTROLS = r"""
@elements
Sodium was discovered by Humphry Davy.
sodium was discovered by Davy in London.
Davy discovered sodium and potassium in 1807.
Germanium was discovered in Freiberg, Germany.
Germanium was discovered in 1886 by Clemens Winkler.
Germanium was discovered by Winkler in 1886.
Gallium was discovered in Paris by Lecoq de Boisbaudran.
Gallium was discovered by Lecoq de Boisbaudran in Paris, France.
Marie Curie was born in Warsaw on 7 November 1867.
Pierre Curie was born in Paris on 15 May 1859.
In 1898, Marie Curie discovered polonium.
In 1894, Ramsay and Rayleigh discovered argon.
Neon was found in 1898 by Ramsay and Travers.
Bronze contains copper and tin.
pitchblende contains uranium, radium and polonium.
iron was first used during the Iron Age.
bronze was first used during the Bronze Age.
Germanium was christened in honour of Germany.
Winkler discovered germanium; the latter is named after Germany.
Lockyer named helium; the latter is named after Helios.
Compare sodium with potassium: both were discovered by Davy.
Polonium, dating from 1898, was discovered by Pierre Curie.
Janssen identified helium in 1868.
Marggraf isolated zinc in 1746.
Davy isolated potassium in 1807.
Paris, France saw the discovery of gallium.
@elements user:eve
You loved gold.
You loved bronze, which contains tin.
You loved germanium, which was discovered in Freiberg, Germany.
@battles
In 1805, Nelson won the Battle of Trafalgar.
The Battle of Trafalgar was fought in 1805.
The Battle of Trafalgar took place in 1805.
The Battle of Austerlitz, dating from 1805, was won by Napoleon.
In 1813, Schwarzenberg won the Battle of the Nations.
Nelson triumphed at Trafalgar.
Wellington prevailed at Waterloo.
The Battle of Waterloo ended in victory for Wellington.
Napoleon was defeated at Waterloo.
Napoleon was beaten at the Battle of Leipzig.
Joan of Arc emerged victorious from the Siege of Orléans.
Napoleon was defeated at Waterloo by Wellington.
The Battle of Waterloo took place in Braine-l'Alleud, Belgium.
The Battle of Trafalgar took place in Cape Trafalgar on 21 October 1805.
Bruno Schmitz was the architect behind the Monument to the Battle of the Nations.
Compare Trafalgar with Waterloo: the former was won by Nelson, the latter by Wellington.
@battles user:finn
You loved the Battle of Trafalgar, which ended in victory for Nelson.
@temples
The Blue Mosque is an Islamic mosque.
Borobudur is a Buddhist temple.
The Golden Temple is a Sikh gurdwara.
The Meiji Shrine is a Shinto shrine.
The Dohány Street Synagogue is a Jewish synagogue.
The Dilwara Temples are Jain temples.
Saint Basil's Cathedral is an Orthodox cathedral.
Westminster Abbey is an Anglican church.
Angkor Wat is a Buddhist temple.
The Mezquita is a Catholic cathedral.
The Meiji Shrine is devoted to Emperor Meiji.
Hagia Sophia is devoted to Holy Wisdom.
The Meiji Shrine was christened in honor of Emperor Meiji.
St. Peter's Basilica was christened in honour of Saint Peter.
Gaudí was the mind behind the Sagrada Família.
Antoni Gaudí was the architect behind the Sagrada Família.
Michelangelo was among the minds behind St. Peter's Basilica.
Guru Arjan was the man behind the Golden Temple.
Istanbul straddles Europe and Asia.
The Blue Mosque is located in Istanbul, Turkey.
Hagia Sophia is located in Istanbul; the latter is home to the Blue Mosque.
Guru Arjan founded the Golden Temple; the latter is managed by the SGPC.
Compare the Blue Mosque with Hagia Sophia: both are located in Istanbul.
@temples user:gus
You loved the Sikh Golden Temple.
@tech
Java came out of Sun Microsystems.
Java grew out of Sun.
Minecraft came out from Mojang.
Doom came out from id Software.
Linux grew out of the University of Helsinki.
James Gosling was the mind behind Java.
Gosling is one of the minds behind Java.
Shigeru Miyamoto was the mind behind Super Mario Bros.
Linus Torvalds was the man behind Linux.
Mojang was the studio behind Minecraft.
Bill Gates was the man behind Microsoft.
Alexey Pajitnov is the architect of Tetris.
Compare Java with Python: the former was designed by James Gosling, the latter by Guido van Rossum.
James Gosling designed Java; the latter came out of Sun.
Unix is written in C. The latter was designed by Dennis Ritchie.
Super Mario Bros. was released in Japan on the NES.
Minecraft was released in Sweden on Windows.
Mojang was founded in Stockholm by Markus Persson.
Mojang was founded in Stockholm, Sweden.
@tech user:hal
You loved Tetris, which came out from Spectrum HoloByte.
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


# False, and accepted by the starting code of this round too (CHANGES.diff reversed): older
# readings, not this round's. Printed apart as KNOWN.
KNOWN = frozenset(
    {
        # "isolated in 1868 by Ramsay" before the item's kind of verb: read as the item's year by the
        # older dating of a participle clause, before this round's discovery years
        'Helium, isolated in 1868 by Ramsay, is named after Helios.',
    }
)

# Arguable: printed as OPEN and left out of the count (they stay in TEXTS, under their comment).
OPEN = frozenset(
    {
        # arguable: Hagia Sophia was built as an Orthodox church and the Mezquita's architecture is
        # Islamic; Angkor Wat was built as a Hindu temple (Vishnu's) before it turned Buddhist
        'The Orthodox Hagia Sophia was designed by Isidore of Miletus.',
        'You loved the Orthodox Hagia Sophia.',
        'The Mezquita is an Islamic cathedral.',
        'Angkor Wat is a Hindu temple.',
        'Angkor Wat, a Hindu temple, is located in Siem Reap.',
        'Compare Angkor Wat to Borobudur: the former is a Hindu temple.',
        # arguable: Sikh tradition has Guru Arjan lay out the Golden Temple himself; a commissioner is
        # loosely "the man / mind behind" or "the creator of" a building
        'Guru Arjan was the architect behind the Golden Temple.',
        'Guru Arjan was the creator behind the Golden Temple.',
        'Suryavarman II was the man behind Angkor Wat.',
        'Ahmed I was the mind behind the Blue Mosque.',
        'Julius II was the brain behind St. Peter\'s Basilica.',
        'Ahmed I is the creator of the Blue Mosque.',
        # arguable: Westminster Abbey is the Collegiate Church of Saint Peter, Hagia Sophia means "Holy
        # Wisdom" (their names honour their dedicatees); Saint Basil's is named after Basil the Blessed,
        # buried in it; Istanbul does straddle Europe (and Asia); the Blue Mosque is in Istanbul, which
        # is (partly) in Asia
        'Westminster Abbey was christened in honour of Saint Peter.',
        'Hagia Sophia was christened in honour of Holy Wisdom.',
        "Saint Basil's Cathedral is devoted to Basil the Blessed.",
        'Istanbul straddles Europe.',
        'The Blue Mosque is located in Istanbul, Asia.',
        # arguable (tech): a publisher, a developing lab, an owner or a distributor loosely "the company /
        # studio / team / mind / genius behind" a work, a creator or an author its "architect"; the book
        # and Tetris came out of the labs their authors worked at
        'Nintendo is the company behind Super Mario Bros.', 'Nintendo was the mind behind Super Mario Bros.',
        'Prentice Hall was the company behind The C Programming Language.',
        'Spectrum HoloByte was the studio behind Tetris.', 'MIT Press was the hand behind SICP.',
        'Sun Microsystems was the mind behind Java.', 'The University of Helsinki was the mind behind Linux.',
        'CWI was the genius behind Python.', 'Mojang was the genius behind Minecraft.', 'Bell Labs was the team behind C.',
        'Xerox PARC was the team behind Smalltalk.', 'Bell Labs was the company behind Unix.',
        'Oracle is the company behind Java.', 'Microsoft is the company behind Minecraft.',
        'GT Interactive was the company behind Doom.', 'Bill Gates was the architect behind Microsoft.',
        'Brian Kernighan was the architect behind The C Programming Language.',
        'Ken Thompson was the architect behind Unix.', 'Linus Torvalds was the architect behind Linux.',
        'Markus Persson was the architect behind Minecraft.', 'The C Programming Language came out of Bell Labs.',
        'Tetris came out from the Dorodnitsyn Computing Centre.',
        # arguable (battles): a commander loosely "the mind / man / architect behind" the battle he planned
        'Napoleon was the mind behind the Battle of Austerlitz.', 'Nelson was the man behind the Battle of Trafalgar.',
        'Napoleon was the architect behind the Battle of Austerlitz.',
    }
)


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
