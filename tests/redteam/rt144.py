"""Red team round 144: this round's new readings (CHANGES.diff). "dates to <year>" / "dated to"
and a lead "Dating (back) from / to <year>, X ..." date the item X; a relation "stands at" also reads
"is at", "sits at", "is located / situated at", "can be found at"; a gapped clause after "the second"
("the first is A, the second B"); "took place in" also reads "happened / occurred in" and, for
battles and sieges, "was fought in"; "was <participle> as part of" also reads "is / was part of",
"formed part of"; nouns of the made thing ("creation", "design", "invention", "composition",
"production", "product") read the other way round, and relation nouns of the head in general
(a change to constructions._noun_readings); a declared "was a" reads "were"; verb synonyms
(sculpt -> carve / make / create, design -> create / devise, impound -> hold back / dam, influence
-> inspire / shape, premiere -> open / debut, discover -> find, illustrate -> draw, cross <-> span,
climb -> ascend / scale, sponsor -> back / fund, supply -> provide, inhabit -> live in / on); "X, a
university in Y, counts Z among its alumni"; "fought", "lost".

Four graphs of my own:

* sculpture: statues, a fountain and monuments with who sculpted each and who designed the
  monuments (two maker relations; "design" and "creation" are nouns of the second), the foundry
  that cast the bronzes, the patron, the material (marble, bronze, copper, soapstone, travertine,
  sandstone), the site each stands at and the city each site lies in, what each depicts, its
  style and its period; which sculptor influenced which; a user with ratings;
* battles: battles and sieges with the place each took place in, the war each was fought as part
  of (next to a second relation "is part of" between places and countries), winner and loser,
  the commanders who fought at each, the kind ("was a": land battle, naval battle, siege);
  conferences and treaties (events that are no battles) with the city each was held or signed in;
  commanders' birthplaces; wars ended by treaties; a user with ratings;
* makers: perfumes, cars, explosives, a plastic, a device, albums and ballets with who created,
  designed, invented, composed or produced each, and who owns, commissioned, manufactured,
  distributed or sponsored it (relations that make no "creation"); plays and ballets with the
  theatre each premiered at and the one each transferred to; books with author and illustrator;
  a user with ratings;
* land: universities with their alumni, founders, professors and city; mountains with who first
  climbed each; bridges and the rivers they cross, rivers and the countries they flow through;
  dams with the reservoir each impounds and the river each is built on; animals and the islands
  they inhabit, with their discoverers; fossils with discoverer and the site each was found at;
  expeditions with who sponsored and who supplied them; a user with ratings.

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


def sculpture():
    """Statues, fountains and monuments: who sculpted each, who designed the monuments and
    fountains (a second maker relation, whose nouns are "design" and "creation"), the foundry that
    cast the bronzes, the patron who commissioned each, its material (marble, bronze, copper,
    soapstone, travertine), the site it stands at (a museum, a church, a square, an island, a
    hill) and the city each site lies in, what it depicts, its style and the period it dates
    from; which sculptor influenced which; a user with ratings."""
    works = ("statue", "fountain", "monument")
    rels = [
        R("sculpted_by", phrase="was sculpted by", inverse_phrase="sculpted", domain=works, range=("sculptor",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=works,
          range=("architect", "engineer", "sculptor")),
        R("cast_by", phrase="was cast by", inverse_phrase="cast", domain=works, range=("foundry",)),
        R("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned", domain=works,
          range=("person", "guild", "cardinal", "pope", "brewer", "society")),
        R("made_of", phrase="is made of", inverse_phrase="is the material of", domain=works, range=("material",)),
        R("stands_at", phrase="stands at", inverse_phrase="is the site of", domain=works,
          range=("museum", "church", "square", "island", "hill", "promenade", "loggia", "citadel")),
        R("site_in", phrase="lies in", inverse_phrase="is home to",
          domain=("museum", "church", "square", "island", "hill", "promenade", "loggia", "citadel"), range=("city",)),
        R("depicts", phrase="depicts", inverse_phrase="is depicted in", domain=works,
          range=("figure", "deity", "admiral", "saint", "animal")),
        R("style", phrase="is in the style", inverse_phrase="is the style of", domain=works, range=("style",)),
        R("dates_from", phrase="dates from", inverse_phrase="is the period of", domain=works,
          range=("period", "era")),
        R("influenced_by", phrase="was influenced by", inverse_phrase="influenced", domain=("sculptor",),
          range=("sculptor",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "s:david": ("statue", "David", 1504), "s:pieta": ("statue", "Pietà", 1499),
        "s:bronzedavid": ("statue", "Bronze David", 1440),
        "s:perseus": ("statue", "Perseus with the Head of Medusa", 1554),
        "s:thinker": ("statue", "The Thinker", 1904), "s:kiss": ("statue", "The Kiss", 1882),
        "s:teresa": ("statue", "Ecstasy of Saint Teresa", 1652), "s:apollo": ("statue", "Apollo and Daphne", 1625),
        "s:liberty": ("statue", "Statue of Liberty", 1886), "s:redeemer": ("statue", "Christ the Redeemer", 1931),
        "s:mermaid": ("statue", "The Little Mermaid", 1913), "s:trevi": ("fountain", "Trevi Fountain", 1762),
        "s:nelson": ("monument", "Nelson's Column", 1843), "s:lion": ("monument", "Lion of Belfort", 1880),
    }
    others = {
        "p:michelangelo": ("sculptor", "Michelangelo"), "p:donatello": ("sculptor", "Donatello"),
        "p:cellini": ("sculptor", "Benvenuto Cellini"), "p:rodin": ("sculptor", "Auguste Rodin"),
        "p:bernini": ("sculptor", "Gian Lorenzo Bernini"), "p:bartholdi": ("sculptor", "Frédéric Auguste Bartholdi"),
        "p:landowski": ("sculptor", "Paul Landowski"), "p:eriksen": ("sculptor", "Edvard Eriksen"),
        "p:bracci": ("sculptor", "Pietro Bracci"), "p:baily": ("sculptor", "Edward Hodges Baily"),
        "p:costa": ("engineer", "Heitor da Silva Costa"), "p:salvi": ("architect", "Nicola Salvi"),
        "p:railton": ("architect", "William Railton"), "p:eiffel": ("engineer", "Gustave Eiffel"),
        "f:rudier": ("foundry", "Alexis Rudier Foundry"), "f:rabinowitz": ("foundry", "Rabinowitz Foundry"),
        "c:opera": ("guild", "Opera del Duomo"), "c:bilheres": ("cardinal", "Jean de Bilhères"),
        "c:cosimo": ("person", "Cosimo de' Medici"), "c:cosimo1": ("person", "Cosimo I de' Medici"),
        "c:cornaro": ("cardinal", "Federico Cornaro"), "c:borghese": ("cardinal", "Scipione Borghese"),
        "c:circle": ("society", "Catholic Circle of Rio"), "c:jacobsen": ("brewer", "Carl Jacobsen"),
        "c:clement": ("pope", "Clement XII"), "c:union": ("society", "Franco-American Union"),
        "m:marble": ("material", "marble"), "m:bronze": ("material", "bronze"), "m:copper": ("material", "copper"),
        "m:soapstone": ("material", "soapstone"), "m:concrete": ("material", "reinforced concrete"),
        "m:travertine": ("material", "travertine"), "m:granite": ("material", "granite"),
        "m:sandstone": ("material", "red sandstone"), "x:belfort": ("citadel", "Belfort Citadel"),
        "y:belfort": ("city", "Belfort"), "d:lion": ("animal", "lion"),
        "x:accademia": ("museum", "Galleria dell'Accademia"), "x:stpeters": ("church", "St. Peter's Basilica"),
        "x:bargello": ("museum", "Bargello"), "x:loggia": ("loggia", "Loggia dei Lanzi"),
        "x:rodin": ("museum", "Musée Rodin"), "x:vittoria": ("church", "Santa Maria della Vittoria"),
        "x:borghese": ("museum", "Galleria Borghese"), "x:island": ("island", "Liberty Island"),
        "x:corcovado": ("hill", "Corcovado"), "x:langelinie": ("promenade", "Langelinie"),
        "x:trevi": ("square", "Piazza di Trevi"), "x:trafalgar": ("square", "Trafalgar Square"),
        "x:signoria": ("square", "Piazza della Signoria"),
        "y:florence": ("city", "Florence"), "y:vatican": ("city", "Vatican City"), "y:paris": ("city", "Paris"),
        "y:rome": ("city", "Rome"), "y:newyork": ("city", "New York"), "y:rio": ("city", "Rio de Janeiro"),
        "y:copenhagen": ("city", "Copenhagen"), "y:london": ("city", "London"),
        "d:mary": ("figure", "Virgin Mary"), "d:jesus": ("figure", "Jesus"), "d:perseus": ("figure", "Perseus"),
        "d:medusa": ("figure", "Medusa"), "d:dante": ("figure", "Dante"), "d:paolo": ("figure", "Paolo Malatesta"),
        "d:teresa": ("saint", "Teresa of Ávila"), "d:apollo": ("deity", "Apollo"), "d:daphne": ("figure", "Daphne"),
        "d:libertas": ("deity", "Libertas"), "d:nelson": ("admiral", "Horatio Nelson"),
        "d:oceanus": ("deity", "Oceanus"), "d:goliath": ("figure", "Goliath"),
        "t:renaissance": ("style", "Renaissance"), "t:mannerism": ("style", "Mannerism"),
        "t:baroque": ("style", "Baroque"), "t:neoclassicism": ("style", "Neoclassicism"),
        "t:deco": ("style", "Art Deco"), "t:impressionism": ("style", "Impressionism"),
        "e:highren": ("period", "High Renaissance"), "e:earlyren": ("period", "Early Renaissance"),
        "e:baroque": ("period", "Baroque period"), "e:belle": ("era", "Belle Époque"),
        "e:interwar": ("period", "interwar period"), "e:victorian": ("era", "Victorian era"),
        "e:gilded": ("era", "Gilded Age"),
    }
    T = [
        ("s:david", "sculpted_by", "p:michelangelo"), ("s:pieta", "sculpted_by", "p:michelangelo"),
        ("s:bronzedavid", "sculpted_by", "p:donatello"), ("s:perseus", "sculpted_by", "p:cellini"),
        ("s:thinker", "sculpted_by", "p:rodin"), ("s:kiss", "sculpted_by", "p:rodin"),
        ("s:teresa", "sculpted_by", "p:bernini"), ("s:apollo", "sculpted_by", "p:bernini"),
        ("s:liberty", "sculpted_by", "p:bartholdi"), ("s:redeemer", "sculpted_by", "p:landowski"),
        ("s:mermaid", "sculpted_by", "p:eriksen"), ("s:trevi", "sculpted_by", "p:bracci"),
        ("s:nelson", "sculpted_by", "p:baily"),
        ("s:liberty", "designed_by", "p:bartholdi"), ("s:liberty", "designed_by", "p:eiffel"),
        ("s:redeemer", "designed_by", "p:costa"), ("s:trevi", "designed_by", "p:salvi"),
        ("s:nelson", "designed_by", "p:railton"), ("s:lion", "designed_by", "p:bartholdi"),
        ("s:lion", "sculpted_by", "p:bartholdi"), ("s:lion", "made_of", "m:sandstone"),
        ("s:lion", "stands_at", "x:belfort"), ("x:belfort", "site_in", "y:belfort"), ("s:lion", "depicts", "d:lion"),
        ("s:lion", "style", "t:neoclassicism"),
        ("s:thinker", "cast_by", "f:rudier"), ("s:mermaid", "cast_by", "f:rabinowitz"),
        ("s:david", "commissioned_by", "c:opera"), ("s:pieta", "commissioned_by", "c:bilheres"),
        ("s:bronzedavid", "commissioned_by", "c:cosimo"), ("s:perseus", "commissioned_by", "c:cosimo1"),
        ("s:teresa", "commissioned_by", "c:cornaro"), ("s:apollo", "commissioned_by", "c:borghese"),
        ("s:redeemer", "commissioned_by", "c:circle"), ("s:mermaid", "commissioned_by", "c:jacobsen"),
        ("s:trevi", "commissioned_by", "c:clement"), ("s:liberty", "commissioned_by", "c:union"),
        ("s:david", "made_of", "m:marble"), ("s:pieta", "made_of", "m:marble"), ("s:bronzedavid", "made_of", "m:bronze"),
        ("s:perseus", "made_of", "m:bronze"), ("s:thinker", "made_of", "m:bronze"), ("s:kiss", "made_of", "m:marble"),
        ("s:teresa", "made_of", "m:marble"), ("s:apollo", "made_of", "m:marble"), ("s:liberty", "made_of", "m:copper"),
        ("s:redeemer", "made_of", "m:soapstone"), ("s:redeemer", "made_of", "m:concrete"),
        ("s:mermaid", "made_of", "m:bronze"), ("s:trevi", "made_of", "m:travertine"),
        ("s:nelson", "made_of", "m:granite"),
        ("s:david", "stands_at", "x:accademia"), ("s:pieta", "stands_at", "x:stpeters"),
        ("s:bronzedavid", "stands_at", "x:bargello"), ("s:perseus", "stands_at", "x:loggia"),
        ("s:thinker", "stands_at", "x:rodin"), ("s:kiss", "stands_at", "x:rodin"),
        ("s:teresa", "stands_at", "x:vittoria"), ("s:apollo", "stands_at", "x:borghese"),
        ("s:liberty", "stands_at", "x:island"), ("s:redeemer", "stands_at", "x:corcovado"),
        ("s:mermaid", "stands_at", "x:langelinie"), ("s:trevi", "stands_at", "x:trevi"),
        ("s:nelson", "stands_at", "x:trafalgar"),
        ("x:accademia", "site_in", "y:florence"), ("x:stpeters", "site_in", "y:vatican"),
        ("x:bargello", "site_in", "y:florence"), ("x:loggia", "site_in", "y:florence"),
        ("x:signoria", "site_in", "y:florence"), ("x:rodin", "site_in", "y:paris"),
        ("x:vittoria", "site_in", "y:rome"), ("x:borghese", "site_in", "y:rome"),
        ("x:island", "site_in", "y:newyork"), ("x:corcovado", "site_in", "y:rio"),
        ("x:langelinie", "site_in", "y:copenhagen"), ("x:trevi", "site_in", "y:rome"),
        ("x:trafalgar", "site_in", "y:london"),
        ("s:pieta", "depicts", "d:mary"), ("s:pieta", "depicts", "d:jesus"), ("s:perseus", "depicts", "d:perseus"),
        ("s:perseus", "depicts", "d:medusa"), ("s:thinker", "depicts", "d:dante"), ("s:kiss", "depicts", "d:paolo"),
        ("s:teresa", "depicts", "d:teresa"), ("s:apollo", "depicts", "d:apollo"), ("s:apollo", "depicts", "d:daphne"),
        ("s:liberty", "depicts", "d:libertas"), ("s:nelson", "depicts", "d:nelson"), ("s:trevi", "depicts", "d:oceanus"),
        ("s:redeemer", "depicts", "d:jesus"), ("s:bronzedavid", "depicts", "d:goliath"),
        ("s:david", "style", "t:renaissance"), ("s:pieta", "style", "t:renaissance"),
        ("s:bronzedavid", "style", "t:renaissance"), ("s:perseus", "style", "t:mannerism"),
        ("s:teresa", "style", "t:baroque"), ("s:apollo", "style", "t:baroque"), ("s:trevi", "style", "t:baroque"),
        ("s:liberty", "style", "t:neoclassicism"), ("s:nelson", "style", "t:neoclassicism"),
        ("s:redeemer", "style", "t:deco"), ("s:thinker", "style", "t:impressionism"),
        ("s:david", "dates_from", "e:highren"), ("s:pieta", "dates_from", "e:highren"),
        ("s:bronzedavid", "dates_from", "e:earlyren"), ("s:teresa", "dates_from", "e:baroque"),
        ("s:apollo", "dates_from", "e:baroque"), ("s:trevi", "dates_from", "e:baroque"),
        ("s:thinker", "dates_from", "e:belle"), ("s:kiss", "dates_from", "e:belle"),
        ("s:mermaid", "dates_from", "e:belle"), ("s:redeemer", "dates_from", "e:interwar"),
        ("s:nelson", "dates_from", "e:victorian"), ("s:liberty", "dates_from", "e:gilded"),
        ("p:michelangelo", "influenced_by", "p:donatello"), ("p:bernini", "influenced_by", "p:michelangelo"),
        ("p:rodin", "influenced_by", "p:michelangelo"), ("p:cellini", "influenced_by", "p:michelangelo"),
        ("user:ivy", "rated", "s:david", {"rating": 5.0}), ("user:ivy", "rated", "s:thinker", {"rating": 4.5}),
        ("user:ivy", "rated", "s:mermaid", {"rating": 2.0}), ("user:ivy", "rated", "s:teresa", {"rating": 5.0}),
        ("user:ivy", "rated", "s:liberty", {"rating": 4.0}), ("user:ivy", "rated", "s:nelson", {"rating": 1.5}),
    ]
    aliases = {"p:bartholdi": ("Bartholdi",), "p:bernini": ("Bernini",), "p:rodin": ("Rodin",),
               "p:cellini": ("Cellini",), "p:landowski": ("Landowski",), "p:eiffel": ("Eiffel",),
               "s:david": ("Michelangelo's David",), "s:bronzedavid": ("Donatello's David",),
               "s:perseus": ("Cellini's Perseus",), "x:stpeters": ("St. Peter's",), "p:costa": ("Silva Costa",),
               "s:teresa": ("The Ecstasy of Saint Teresa",), "f:rudier": ("Rudier",),
               "s:liberty": ("Lady Liberty",)}
    return _build(items, others, rels, T, users=[("user:ivy", "Ivy")], aliases=aliases)


def battles():
    """Battles and sieges with the place each took place in, the war each was fought as part of,
    who won and who lost each, the commanders who fought at each, its kind ("was a": a land battle,
    a naval battle, a siege), the year; conferences and treaties (events, not battles) with the
    city each was held or signed in; commanders with their birthplace; places with the country
    each is part of (a second "part of" relation); wars ended by treaties; a user with ratings."""
    fights = ("battle", "siege")
    rels = [
        R("took_place_in", phrase="took place in", inverse_phrase="saw", domain=fights, range=("town", "city", "sea", "village")),
        R("war", phrase="was fought as part of", inverse_phrase="included", domain=fights, range=("war",)),
        R("won_by", phrase="was won by", inverse_phrase="won", domain=fights, range=("commander", "nation")),
        R("lost_by", phrase="was lost by", inverse_phrase="lost", domain=fights, range=("commander", "nation")),
        R("fought_at", phrase="fought at", inverse_phrase="was fought by", domain=("commander",), range=fights),
        R("kind", phrase="was a", inverse_phrase="was the kind of", domain=fights, range=("kind",)),
        R("held_in", phrase="was held in", inverse_phrase="hosted", domain=("conference",), range=("town", "city")),
        R("signed_in", phrase="was signed in", inverse_phrase="saw the signing of", domain=("treaty",),
          range=("town", "city")),
        R("ended_by", phrase="was ended by", inverse_phrase="ended", domain=("war",), range=("treaty",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("commander",),
          range=("town", "city", "island")),
        R("part_of", phrase="is part of", inverse_phrase="includes", domain=("town", "city", "village", "region"),
          range=("country", "region")),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "b:hastings": ("battle", "Battle of Hastings", 1066), "b:agincourt": ("battle", "Battle of Agincourt", 1415),
        "b:orleans": ("siege", "Siege of Orléans", 1429), "b:waterloo": ("battle", "Battle of Waterloo", 1815),
        "b:trafalgar": ("battle", "Battle of Trafalgar", 1805), "b:austerlitz": ("battle", "Battle of Austerlitz", 1805),
        "b:lepanto": ("battle", "Battle of Lepanto", 1571), "b:vienna": ("siege", "Siege of Vienna", 1683),
        "b:stamford": ("battle", "Battle of Stamford Bridge", 1066),
        "k:vienna": ("conference", "Congress of Vienna", 1815), "k:yalta": ("conference", "Yalta Conference", 1945),
        "t:paris": ("treaty", "Treaty of Paris", 1815), "t:troyes": ("treaty", "Treaty of Troyes", 1420),
        "w:hundred": ("war", "Hundred Years' War", 1337), "w:napoleonic": ("war", "Napoleonic Wars", 1803),
        "w:conquest": ("war", "Norman Conquest", 1066), "w:ottoman": ("war", "Ottoman–Habsburg wars", 1526),
    }
    others = {
        "y:hastings": ("town", "Hastings"), "y:agincourt": ("village", "Azincourt"), "y:orleans": ("city", "Orléans"),
        "y:waterloo": ("town", "Waterloo"), "y:trafalgar": ("sea", "Cape Trafalgar"), "y:austerlitz": ("town", "Austerlitz"),
        "y:lepanto": ("sea", "Gulf of Patras"), "y:vienna": ("city", "Vienna"), "y:stamford": ("village", "Stamford Bridge"),
        "y:yalta": ("town", "Yalta"), "y:paris": ("city", "Paris"), "y:troyes": ("city", "Troyes"),
        "y:ajaccio": ("town", "Ajaccio"), "y:dublin": ("city", "Dublin"), "y:falaise": ("town", "Falaise"),
        "y:burnham": ("village", "Burnham Thorpe"), "y:domremy": ("village", "Domrémy"),
        "r:normandy": ("region", "Normandy"), "r:corsica": ("region", "Corsica"),
        "n:england": ("country", "England"), "n:france": ("country", "France"), "n:belgium": ("country", "Belgium"),
        "n:spain": ("country", "Spain"), "n:austria": ("country", "Austria"), "n:czechia": ("country", "Czech Republic"),
        "n:greece": ("country", "Greece"), "n:ireland": ("country", "Ireland"), "n:ukraine": ("country", "Ukraine"),
        "c:william": ("commander", "William the Conqueror"), "c:harold": ("commander", "Harold Godwinson"),
        "c:henry": ("commander", "Henry V"), "c:joan": ("commander", "Joan of Arc"),
        "c:wellington": ("commander", "Duke of Wellington"), "c:napoleon": ("commander", "Napoleon"),
        "c:nelson": ("commander", "Horatio Nelson"), "c:villeneuve": ("commander", "Pierre-Charles Villeneuve"),
        "c:kutuzov": ("commander", "Mikhail Kutuzov"), "c:donjohn": ("commander", "John of Austria"),
        "c:ali": ("commander", "Ali Pasha"), "c:sobieski": ("commander", "John III Sobieski"),
        "c:hardrada": ("commander", "Harald Hardrada"), "c:talbot": ("commander", "John Talbot"),
        "c:kara": ("commander", "Kara Mustafa Pasha"),
        "k:land": ("kind", "land battle"), "k:naval": ("kind", "naval battle"), "k:siege": ("kind", "siege"),
    }
    T = [
        ("b:hastings", "took_place_in", "y:hastings"), ("b:agincourt", "took_place_in", "y:agincourt"),
        ("b:orleans", "took_place_in", "y:orleans"), ("b:waterloo", "took_place_in", "y:waterloo"),
        ("b:trafalgar", "took_place_in", "y:trafalgar"), ("b:austerlitz", "took_place_in", "y:austerlitz"),
        ("b:lepanto", "took_place_in", "y:lepanto"), ("b:vienna", "took_place_in", "y:vienna"),
        ("b:stamford", "took_place_in", "y:stamford"),
        ("b:hastings", "war", "w:conquest"), ("b:stamford", "war", "w:conquest"), ("b:agincourt", "war", "w:hundred"),
        ("b:orleans", "war", "w:hundred"), ("b:waterloo", "war", "w:napoleonic"), ("b:trafalgar", "war", "w:napoleonic"),
        ("b:austerlitz", "war", "w:napoleonic"), ("b:lepanto", "war", "w:ottoman"), ("b:vienna", "war", "w:ottoman"),
        ("b:hastings", "won_by", "c:william"), ("b:hastings", "lost_by", "c:harold"),
        ("b:stamford", "won_by", "c:harold"), ("b:stamford", "lost_by", "c:hardrada"),
        ("b:agincourt", "won_by", "c:henry"), ("b:orleans", "won_by", "c:joan"), ("b:orleans", "lost_by", "c:talbot"),
        ("b:waterloo", "won_by", "c:wellington"), ("b:waterloo", "lost_by", "c:napoleon"),
        ("b:trafalgar", "won_by", "c:nelson"), ("b:trafalgar", "lost_by", "c:villeneuve"),
        ("b:austerlitz", "won_by", "c:napoleon"), ("b:austerlitz", "lost_by", "c:kutuzov"),
        ("b:lepanto", "won_by", "c:donjohn"), ("b:lepanto", "lost_by", "c:ali"),
        ("b:vienna", "won_by", "c:sobieski"), ("b:vienna", "lost_by", "c:kara"),
        ("c:william", "fought_at", "b:hastings"), ("c:harold", "fought_at", "b:hastings"),
        ("c:harold", "fought_at", "b:stamford"), ("c:hardrada", "fought_at", "b:stamford"),
        ("c:henry", "fought_at", "b:agincourt"), ("c:joan", "fought_at", "b:orleans"),
        ("c:talbot", "fought_at", "b:orleans"), ("c:wellington", "fought_at", "b:waterloo"),
        ("c:napoleon", "fought_at", "b:waterloo"), ("c:napoleon", "fought_at", "b:austerlitz"),
        ("c:kutuzov", "fought_at", "b:austerlitz"), ("c:nelson", "fought_at", "b:trafalgar"),
        ("c:villeneuve", "fought_at", "b:trafalgar"), ("c:donjohn", "fought_at", "b:lepanto"),
        ("c:ali", "fought_at", "b:lepanto"), ("c:sobieski", "fought_at", "b:vienna"), ("c:kara", "fought_at", "b:vienna"),
        ("b:hastings", "kind", "k:land"), ("b:agincourt", "kind", "k:land"), ("b:waterloo", "kind", "k:land"),
        ("b:austerlitz", "kind", "k:land"), ("b:stamford", "kind", "k:land"), ("b:trafalgar", "kind", "k:naval"),
        ("b:lepanto", "kind", "k:naval"), ("b:orleans", "kind", "k:siege"), ("b:vienna", "kind", "k:siege"),
        ("k:vienna", "held_in", "y:vienna"), ("k:yalta", "held_in", "y:yalta"),
        ("t:paris", "signed_in", "y:paris"), ("t:troyes", "signed_in", "y:troyes"),
        ("w:napoleonic", "ended_by", "t:paris"),
        ("c:william", "born_in", "y:falaise"), ("c:napoleon", "born_in", "y:ajaccio"),
        ("c:wellington", "born_in", "y:dublin"), ("c:nelson", "born_in", "y:burnham"), ("c:joan", "born_in", "y:domremy"),
        ("y:hastings", "part_of", "n:england"), ("y:agincourt", "part_of", "n:france"),
        ("y:orleans", "part_of", "n:france"), ("y:waterloo", "part_of", "n:belgium"),
        ("y:austerlitz", "part_of", "n:czechia"), ("y:vienna", "part_of", "n:austria"),
        ("y:stamford", "part_of", "n:england"), ("y:yalta", "part_of", "n:ukraine"), ("y:paris", "part_of", "n:france"),
        ("y:troyes", "part_of", "n:france"), ("y:falaise", "part_of", "r:normandy"), ("r:normandy", "part_of", "n:france"),
        ("y:ajaccio", "part_of", "r:corsica"), ("r:corsica", "part_of", "n:france"), ("y:dublin", "part_of", "n:ireland"),
        ("y:burnham", "part_of", "n:england"), ("y:domremy", "part_of", "n:france"),
        ("user:max", "rated", "b:hastings", {"rating": 5.0}), ("user:max", "rated", "b:waterloo", {"rating": 4.5}),
        ("user:max", "rated", "b:trafalgar", {"rating": 2.0}), ("user:max", "rated", "b:agincourt", {"rating": 4.0}),
        ("user:max", "rated", "k:yalta", {"rating": 1.5}), ("user:max", "rated", "b:orleans", {"rating": 5.0}),
    ]
    aliases = {"b:waterloo": ("Waterloo",), "c:wellington": ("Wellington",),
               "c:nelson": ("Nelson",), "b:trafalgar": ("Trafalgar",), "c:joan": ("Joan",),
               "b:orleans": ("the siege of Orleans",), "c:william": ("William",), "c:harold": ("Harold",),
               "y:agincourt": ("Agincourt",)}
    return _build(items, others, rels, T, users=[("user:max", "Max")], aliases=aliases)


def makers():
    """Perfumes, cars, inventions and albums: who created, designed, invented, composed or
    produced each (the makers' nouns: creation, design, invention, composition, production); the
    company that manufactured each car and each invention; who owns, distributes, sponsors or
    commissioned each (relations that are no making); plays and ballets with the theatre each
    premiered at and the one it transferred to, books with their illustrator and author; a user
    with ratings."""
    rels = [
        R("created_by", phrase="was created by", inverse_phrase="created", domain=("perfume",), range=("perfumer",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("perfume",),
          range=("company", "family", "couturier")),
        R("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned", domain=("perfume",),
          range=("couturier", "company")),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("car",), range=("designer",)),
        R("manufactured_by", phrase="was manufactured by", inverse_phrase="manufactured",
          domain=("car", "explosive", "device", "plastic"),
          range=("company",)),
        R("distributed_by", phrase="was distributed by", inverse_phrase="distributed", domain=("car", "album"),
          range=("company", "label")),
        R("sponsored_by", phrase="was sponsored by", inverse_phrase="sponsored", domain=("car",),
          range=("company", "sponsor")),
        R("invented_by", phrase="was invented by", inverse_phrase="invented", domain=("explosive", "device", "plastic"),
          range=("inventor",)),
        R("composed_by", phrase="was composed by", inverse_phrase="composed", domain=("album", "ballet"),
          range=("composer", "musician")),
        R("produced_by", phrase="was produced by", inverse_phrase="produced", domain=("album",), range=("producer",)),
        R("premiered_at", phrase="premiered at", inverse_phrase="hosted the premiere of", domain=("play", "ballet"),
          range=("theatre",)),
        R("transferred_to", phrase="transferred to", inverse_phrase="received", domain=("play",), range=("theatre",)),
        R("illustrated_by", phrase="was illustrated by", inverse_phrase="illustrated", domain=("book",),
          range=("illustrator",)),
        R("written_by", phrase="was written by", inverse_phrase="wrote", domain=("book", "play"), range=("writer",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "p:no5": ("perfume", "Chanel No. 5", 1921), "p:mitsouko": ("perfume", "Mitsouko", 1919),
        "p:shalimar": ("perfume", "Shalimar", 1925), "p:joy": ("perfume", "Joy", 1930),
        "c:mini": ("car", "Mini", 1959), "c:beetle": ("car", "Volkswagen Beetle", 1938),
        "c:e-type": ("car", "Jaguar E-Type", 1961), "c:lotus49": ("car", "Lotus 49", 1967),
        "p:cuir": ("perfume", "Cuir de Russie", 1924), "c:minor": ("car", "Morris Minor", 1948),
        "c:xk120": ("car", "Jaguar XK120", 1948),
        "i:dynamite": ("explosive", "Dynamite", 1867), "i:gelignite": ("explosive", "Gelignite", 1875),
        "i:kinetoscope": ("device", "Kinetoscope", 1891), "i:bakelite": ("plastic", "Bakelite", 1907),
        "a:offthewall": ("album", "Off the Wall", 1979), "a:firebird": ("ballet", "The Firebird", 1910),
        "a:thriller": ("album", "Thriller", 1982), "a:kindofblue": ("album", "Kind of Blue", 1959),
        "a:rite": ("ballet", "The Rite of Spring", 1913),
        "y:mousetrap": ("play", "The Mousetrap", 1952), "y:godot": ("play", "Waiting for Godot", 1953),
        "k:alice": ("book", "Alice's Adventures in Wonderland", 1865), "k:hobbit": ("book", "The Hobbit", 1937),
    }
    others = {
        "n:beaux": ("perfumer", "Ernest Beaux"), "n:jguerlain": ("perfumer", "Jacques Guerlain"),
        "n:almeras": ("perfumer", "Henri Alméras"),
        "n:chanel": ("couturier", "Coco Chanel"), "n:patou": ("couturier", "Jean Patou"),
        "n:wertheimer": ("family", "Wertheimer family"), "n:lvmh": ("company", "LVMH"),
        "n:guerlain": ("company", "Guerlain"),
        "d:issigonis": ("designer", "Alec Issigonis"), "d:porsche": ("designer", "Ferdinand Porsche"),
        "d:sayer": ("designer", "Malcolm Sayer"), "d:chapman": ("designer", "Colin Chapman"),
        "m:bmc": ("company", "British Motor Corporation"), "m:vw": ("company", "Volkswagen"),
        "m:jaguar": ("company", "Jaguar Cars"), "m:lotus": ("company", "Lotus Cars"),
        "m:morris": ("company", "Morris Motors"), "d:lyons": ("designer", "William Lyons"),
        "m:edisonco": ("company", "Edison Manufacturing Company"), "m:nobelco": ("company", "Nitroglycerin AB"),
        "m:nobelexp": ("company", "Nobel's Explosives Company"), "m:bakelite": ("company", "General Bakelite Company"),
        "v:baekeland": ("inventor", "Leo Baekeland"), "h:garnier": ("theatre", "Palais Garnier"),
        "s:gold": ("sponsor", "Gold Leaf"), "s:ford": ("company", "Ford"),
        "s:cooper": ("company", "Cooper Car Company"),
        "v:edison": ("inventor", "Thomas Edison"),
        "v:nobel": ("inventor", "Alfred Nobel"),
        "r:jackson": ("musician", "Michael Jackson"), "r:jones": ("producer", "Quincy Jones"),
        "r:davis": ("musician", "Miles Davis"), "r:macero": ("producer", "Teo Macero"),
        "r:stravinsky": ("composer", "Igor Stravinsky"), "l:epic": ("label", "Epic Records"),
        "l:columbia": ("label", "Columbia Records"),
        "h:ambassadors": ("theatre", "Ambassadors Theatre"), "h:stmartins": ("theatre", "St Martin's Theatre"),
        "h:babylone": ("theatre", "Théâtre de Babylone"), "h:arts": ("theatre", "Arts Theatre"),
        "h:champs": ("theatre", "Théâtre des Champs-Élysées"), "h:criterion": ("theatre", "Criterion Theatre"),
        "w:christie": ("writer", "Agatha Christie"), "w:beckett": ("writer", "Samuel Beckett"),
        "w:carroll": ("writer", "Lewis Carroll"), "w:tolkien": ("writer", "J. R. R. Tolkien"),
        "w:tenniel": ("illustrator", "John Tenniel"),
    }
    T = [
        ("p:no5", "created_by", "n:beaux"), ("p:mitsouko", "created_by", "n:jguerlain"),
        ("p:shalimar", "created_by", "n:jguerlain"), ("p:joy", "created_by", "n:almeras"),
        ("p:no5", "commissioned_by", "n:chanel"), ("p:joy", "commissioned_by", "n:patou"),
        ("p:no5", "owned_by", "n:wertheimer"), ("p:mitsouko", "owned_by", "n:lvmh"), ("p:shalimar", "owned_by", "n:lvmh"),
        ("c:mini", "designed_by", "d:issigonis"), ("c:beetle", "designed_by", "d:porsche"),
        ("c:e-type", "designed_by", "d:sayer"), ("c:lotus49", "designed_by", "d:chapman"),
        ("c:mini", "manufactured_by", "m:bmc"), ("c:beetle", "manufactured_by", "m:vw"),
        ("c:e-type", "manufactured_by", "m:jaguar"), ("c:lotus49", "manufactured_by", "m:lotus"),
        ("i:kinetoscope", "manufactured_by", "m:edisonco"), ("i:dynamite", "manufactured_by", "m:nobelco"),
        ("i:gelignite", "manufactured_by", "m:nobelexp"), ("i:bakelite", "manufactured_by", "m:bakelite"),
        ("p:cuir", "created_by", "n:beaux"), ("p:cuir", "commissioned_by", "n:chanel"), ("p:cuir", "owned_by", "n:wertheimer"),
        ("c:minor", "designed_by", "d:issigonis"), ("c:minor", "manufactured_by", "m:morris"),
        ("c:xk120", "designed_by", "d:lyons"), ("c:xk120", "manufactured_by", "m:jaguar"),
        ("a:offthewall", "composed_by", "r:jackson"), ("a:offthewall", "produced_by", "r:jones"),
        ("a:offthewall", "distributed_by", "l:epic"), ("a:firebird", "composed_by", "r:stravinsky"),
        ("a:firebird", "premiered_at", "h:garnier"),
        ("c:lotus49", "sponsored_by", "s:gold"), ("c:mini", "distributed_by", "s:cooper"),
        ("i:kinetoscope", "invented_by", "v:edison"), ("i:dynamite", "invented_by", "v:nobel"),
        ("i:gelignite", "invented_by", "v:nobel"), ("i:bakelite", "invented_by", "v:baekeland"),
        ("a:thriller", "composed_by", "r:jackson"), ("a:kindofblue", "composed_by", "r:davis"),
        ("a:rite", "composed_by", "r:stravinsky"),
        ("a:thriller", "produced_by", "r:jones"), ("a:kindofblue", "produced_by", "r:macero"),
        ("a:thriller", "distributed_by", "l:epic"), ("a:kindofblue", "distributed_by", "l:columbia"),
        ("y:mousetrap", "premiered_at", "h:ambassadors"), ("y:mousetrap", "transferred_to", "h:stmartins"),
        ("y:godot", "premiered_at", "h:babylone"), ("y:godot", "transferred_to", "h:criterion"),
        ("a:rite", "premiered_at", "h:champs"),
        ("y:mousetrap", "written_by", "w:christie"), ("y:godot", "written_by", "w:beckett"),
        ("k:alice", "written_by", "w:carroll"), ("k:alice", "illustrated_by", "w:tenniel"),
        ("k:hobbit", "written_by", "w:tolkien"), ("k:hobbit", "illustrated_by", "w:tolkien"),
        ("user:zoe", "rated", "p:no5", {"rating": 5.0}), ("user:zoe", "rated", "p:mitsouko", {"rating": 4.5}),
        ("user:zoe", "rated", "c:mini", {"rating": 4.0}), ("user:zoe", "rated", "c:beetle", {"rating": 2.0}),
        ("user:zoe", "rated", "a:thriller", {"rating": 5.0}), ("user:zoe", "rated", "y:mousetrap", {"rating": 1.5}),
    ]
    aliases = {"n:beaux": ("Beaux",), "n:jguerlain": ("Jacques Guerlain",), "n:chanel": ("Coco Chanel",),
               "d:issigonis": ("Issigonis",), "d:porsche": ("Porsche",), "m:bmc": ("BMC",),
               "v:edison": ("Edison",), "v:nobel": ("Nobel",), "r:jones": ("Quincy Jones",),
               "r:stravinsky": ("Stravinsky",), "w:tenniel": ("Tenniel",), "w:tolkien": ("Tolkien",),
               "w:christie": ("Christie",), "w:beckett": ("Beckett",), "m:jaguar": ("Jaguar",),
               "n:patou": ("Patou",), "r:jackson": ("Jackson",), "m:vw": ("VW",)}
    return _build(items, others, rels, T, users=[("user:zoe", "Zoe")], aliases=aliases)


def land():
    """Universities with their alumni, founders and professors (three relations between a school and
    a person) and the city each is in; mountains with who first climbed each; bridges with the river
    each crosses, rivers with the countries they flow through; dams with the reservoir each
    impounds and the river each is built on; animals with the island each inhabits and the
    naturalist who discovered each, fossils with the site each was found at; expeditions with who
    sponsored and supplied them; a user with ratings."""
    rels = [
        R("alumnus", phrase="is an alumnus of", inverse_phrase="has the alumnus", domain=("person", "scientist", "writer", "politician"),
          range=("university",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("university",),
          range=("person", "scientist", "politician", "king")),
        R("taught_at", phrase="taught at", inverse_phrase="employed", domain=("person", "scientist", "writer"),
          range=("university",)),
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("university",), range=("city",)),
        R("climbed_by", phrase="was first climbed by", inverse_phrase="first climbed", domain=("mountain",),
          range=("mountaineer",)),
        R("crosses", phrase="crosses", inverse_phrase="is crossed by", domain=("bridge",), range=("river",)),
        R("flows_through", phrase="flows through", inverse_phrase="is traversed by", domain=("river",),
          range=("country",)),
        R("impounds", phrase="impounds", inverse_phrase="is impounded by", domain=("dam",), range=("reservoir",)),
        R("built_on", phrase="is built on", inverse_phrase="has on it", domain=("dam",), range=("river",)),
        R("inhabits", phrase="inhabits", inverse_phrase="is inhabited by", domain=("animal", "bird"),
          range=("island",)),
        R("discovered_by", phrase="was discovered by", inverse_phrase="discovered", domain=("animal", "bird", "fossil"),
          range=("naturalist", "scientist", "person")),
        R("found_at", phrase="was found at", inverse_phrase="yielded", domain=("fossil",), range=("site",)),
        R("sponsored_by", phrase="was sponsored by", inverse_phrase="sponsored", domain=("expedition",),
          range=("company", "society", "king")),
        R("supplied_by", phrase="was supplied by", inverse_phrase="supplied", domain=("expedition",),
          range=("company",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "u:oxford": ("university", "University of Oxford", 1096), "u:harvard": ("university", "Harvard University", 1636),
        "u:ucl": ("university", "University College London", 1826), "u:stanford": ("university", "Stanford University", 1885),
        "g:everest": ("mountain", "Mount Everest", None), "g:matterhorn": ("mountain", "Matterhorn", None),
        "g:k2": ("mountain", "K2", None),
        "g:goldengate": ("bridge", "Golden Gate Bridge", 1937), "g:charles": ("bridge", "Charles Bridge", 1402),
        "g:tower": ("bridge", "Tower Bridge", 1894),
        "g:hoover": ("dam", "Hoover Dam", 1936), "g:aswan": ("dam", "Aswan High Dam", 1970),
        "z:kiwi": ("bird", "kiwi", None), "z:dodo": ("bird", "dodo", None), "z:komodo": ("animal", "Komodo dragon", None),
        "z:lucy": ("fossil", "Lucy", None), "z:sue": ("fossil", "Sue", None),
        "x:endurance": ("expedition", "Endurance Expedition", 1914), "x:kontiki": ("expedition", "Kon-Tiki expedition", 1947),
    }
    others = {
        "o:wilde": ("writer", "Oscar Wilde"), "o:tolkien": ("writer", "J. R. R. Tolkien"),
        "o:obama": ("politician", "Barack Obama"), "o:harvardj": ("person", "John Harvard"),
        "o:gandhi": ("politician", "Mahatma Gandhi"), "o:bentham": ("person", "Jeremy Bentham"),
        "o:stanford": ("politician", "Leland Stanford"), "o:hoover": ("politician", "Herbert Hoover"),
        "o:page": ("scientist", "Larry Page"), "o:crick": ("scientist", "Francis Crick"),
        "o:lewis": ("writer", "C. S. Lewis"), "o:higgs": ("scientist", "Peter Higgs"),
        "o:hawking": ("scientist", "Stephen Hawking"), "o:alfred": ("king", "Alfred the Great"),
        "y:oxford": ("city", "Oxford"), "y:cambridge": ("city", "Cambridge"), "y:london": ("city", "London"),
        "y:stanford": ("city", "Stanford"),
        "m:hillary": ("mountaineer", "Edmund Hillary"), "m:tenzing": ("mountaineer", "Tenzing Norgay"),
        "m:whymper": ("mountaineer", "Edward Whymper"), "m:compagnoni": ("mountaineer", "Achille Compagnoni"),
        "m:mallory": ("mountaineer", "George Mallory"),
        "r:goldengate": ("river", "Golden Gate strait"), "r:vltava": ("river", "Vltava"), "r:thames": ("river", "Thames"),
        "r:colorado": ("river", "Colorado River"), "r:nile": ("river", "Nile"), "r:danube": ("river", "Danube"),
        "n:usa": ("country", "United States"), "n:mexico": ("country", "Mexico"), "n:egypt": ("country", "Egypt"),
        "n:sudan": ("country", "Sudan"), "n:czechia": ("country", "Czech Republic"), "n:england": ("country", "England"),
        "n:austria": ("country", "Austria"), "n:germany": ("country", "Germany"),
        "l:mead": ("reservoir", "Lake Mead"), "l:nasser": ("reservoir", "Lake Nasser"),
        "i:nz": ("island", "New Zealand"), "i:mauritius": ("island", "Mauritius"), "i:komodo": ("island", "Komodo"),
        "i:rinca": ("island", "Rinca"),
        "v:shaw": ("naturalist", "George Shaw"), "v:vanneck": ("naturalist", "Jacob van Neck"),
        "v:ouwens": ("naturalist", "Peter Ouwens"), "v:johanson": ("scientist", "Donald Johanson"),
        "v:hendrickson": ("person", "Sue Hendrickson"),
        "f:hadar": ("site", "Hadar"), "f:hellcreek": ("site", "Hell Creek Formation"),
        "c:rgs": ("society", "Royal Geographical Society"), "c:caird": ("company", "Caird & Co"),
        "c:bovril": ("company", "Bovril"), "c:norway": ("king", "Haakon VII"), "c:quaker": ("company", "Quaker Oats"),
    }
    T = [
        ("o:wilde", "alumnus", "u:oxford"), ("o:tolkien", "alumnus", "u:oxford"), ("o:lewis", "alumnus", "u:oxford"),
        ("o:hawking", "alumnus", "u:oxford"), ("o:obama", "alumnus", "u:harvard"), ("o:gandhi", "alumnus", "u:ucl"),
        ("o:crick", "alumnus", "u:ucl"), ("o:page", "alumnus", "u:stanford"), ("o:hoover", "alumnus", "u:stanford"),
        ("o:tolkien", "taught_at", "u:oxford"), ("o:lewis", "taught_at", "u:oxford"), ("o:higgs", "taught_at", "u:ucl"),
        ("u:oxford", "founded_by", "o:alfred"), ("u:harvard", "founded_by", "o:harvardj"),
        ("u:ucl", "founded_by", "o:bentham"), ("u:stanford", "founded_by", "o:stanford"),
        ("u:oxford", "located_in", "y:oxford"), ("u:harvard", "located_in", "y:cambridge"),
        ("u:ucl", "located_in", "y:london"), ("u:stanford", "located_in", "y:stanford"),
        ("g:everest", "climbed_by", "m:hillary"), ("g:everest", "climbed_by", "m:tenzing"),
        ("g:matterhorn", "climbed_by", "m:whymper"), ("g:k2", "climbed_by", "m:compagnoni"),
        ("g:goldengate", "crosses", "r:goldengate"), ("g:charles", "crosses", "r:vltava"), ("g:tower", "crosses", "r:thames"),
        ("r:vltava", "flows_through", "n:czechia"), ("r:thames", "flows_through", "n:england"),
        ("r:colorado", "flows_through", "n:usa"), ("r:colorado", "flows_through", "n:mexico"),
        ("r:nile", "flows_through", "n:egypt"), ("r:nile", "flows_through", "n:sudan"),
        ("r:danube", "flows_through", "n:austria"), ("r:danube", "flows_through", "n:germany"),
        ("g:hoover", "impounds", "l:mead"), ("g:aswan", "impounds", "l:nasser"),
        ("g:hoover", "built_on", "r:colorado"), ("g:aswan", "built_on", "r:nile"),
        ("z:kiwi", "inhabits", "i:nz"), ("z:dodo", "inhabits", "i:mauritius"), ("z:komodo", "inhabits", "i:komodo"),
        ("z:komodo", "inhabits", "i:rinca"),
        ("z:kiwi", "discovered_by", "v:shaw"), ("z:dodo", "discovered_by", "v:vanneck"),
        ("z:komodo", "discovered_by", "v:ouwens"), ("z:lucy", "discovered_by", "v:johanson"),
        ("z:sue", "discovered_by", "v:hendrickson"),
        ("z:lucy", "found_at", "f:hadar"), ("z:sue", "found_at", "f:hellcreek"),
        ("x:endurance", "sponsored_by", "c:caird"), ("x:endurance", "sponsored_by", "c:rgs"),
        ("x:endurance", "supplied_by", "c:bovril"), ("x:kontiki", "sponsored_by", "c:norway"),
        ("x:kontiki", "supplied_by", "c:quaker"),
        ("user:sam", "rated", "u:oxford", {"rating": 5.0}), ("user:sam", "rated", "g:everest", {"rating": 4.5}),
        ("user:sam", "rated", "g:goldengate", {"rating": 4.0}), ("user:sam", "rated", "g:hoover", {"rating": 2.0}),
        ("user:sam", "rated", "z:kiwi", {"rating": 5.0}), ("user:sam", "rated", "x:kontiki", {"rating": 1.5}),
    ]
    aliases = {"u:oxford": ("Oxford University", "Oxford"), "u:harvard": ("Harvard",), "u:ucl": ("UCL",),
               "u:stanford": ("Stanford",), "o:tolkien": ("Tolkien",), "o:wilde": ("Wilde",),
               "m:hillary": ("Hillary",), "m:whymper": ("Whymper",), "o:bentham": ("Bentham",),
               "g:everest": ("Everest",), "v:johanson": ("Johanson",), "c:rgs": ("the RGS",),
               "o:hawking": ("Hawking",), "o:obama": ("Obama",)}
    return _build(items, others, rels, T, users=[("user:sam", "Sam")], aliases=aliases)


BUILDERS = {"sculpture": sculpture, "battles": battles, "makers": makers, "land": land}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@sculpture
# (1) "dates to <year>" / "Dating from <year>, X ...": the year on another item, a list after the
# lead (the year is checked on the first name only), a part or a later stage of the item
The Kiss dates to 1904.
The Pietà dates to 1504.
The Kiss and the Thinker date to 1904.
Both the Thinker and the Kiss date to 1904.
The Thinker and the Kiss, both dating to 1904, stand at the Musée Rodin.
The Kiss is a statue dating to 1904.
Rodin sculpted the Kiss, a statue dating to 1904.
The Pietà dates to after 1500.
The David dates to 1504 BC.
The design of the Trevi Fountain dates to 1762.
The restoration of the David dates to 1504.
The David's pedestal dates to 1504.
The Musée Rodin dates to 1904.
Rodin dates to 1904.
The David dates to 1504, the Pietà to 1504.
The Kiss, sculpted before the Thinker, dates to 1904.
The Thinker, cast by the Alexis Rudier Foundry, dates to 1913.
Dating from 1504, the Pietà stands at St. Peter's Basilica.
Dating back to 1504, the Pietà stands at St. Peter's Basilica.
Dating to 1504, the Pietà stands at St. Peter's Basilica.
Dated to 1504, the Pietà stands at St. Peter's Basilica.
Dating from 1904, the Musée Rodin is the site of the Thinker.
Dating from 1504, the David and the Pietà are made of marble.
Dating back to 1499, the Pietà and the David are made of marble.
Dating from 1504, the David and the Pietà were sculpted by Michelangelo.
Dating from 1904, the Thinker and the Little Mermaid are made of bronze.
Dating from 1904, the Thinker and the Kiss stand at the Musée Rodin.
Dating from 1652, the Ecstasy of Saint Teresa and Apollo and Daphne were sculpted by Bernini.
Dating back to 1886, the Statue of Liberty and the Lion of Belfort were designed by Bartholdi.
Dating from 1504, the David and the Pietà date from the High Renaissance.
Dating from 1504, the David and the Pietà are Renaissance statues.
# (2) "stands at" -> "is at", "sits at", "is located / situated at", "can be found at": another
# statue's site, the foundry, the city of the site, a figure it depicts, the sculptor, reversed
The Thinker is at the Galleria Borghese.
The Thinker sits at the Galleria Borghese.
The David is located at the Bargello.
The Pietà is situated at Santa Maria della Vittoria.
The Statue of Liberty can be found at Trafalgar Square.
The Thinker is located at the Alexis Rudier Foundry.
The Little Mermaid is at the Rabinowitz Foundry.
Rodin is at the Musée Rodin.
Michelangelo is at the Galleria dell'Accademia.
Horatio Nelson is at Trafalgar Square.
Horatio Nelson sits at Trafalgar Square.
Oceanus is at Piazza di Trevi.
Jesus can be found at St. Peter's Basilica.
The Musée Rodin is at the Thinker.
Liberty Island is at the Statue of Liberty.
The Galleria dell'Accademia is at Florence.
The Bargello sits at Florence.
The Kiss is at the Musée Rodin, the Thinker at the Galleria Borghese.
The Kiss and the David are both at the Musée Rodin.
The Little Mermaid sits at Langelinie in Oslo.
The Thinker is at Paris.
The Thinker was at the Musée Rodin.
The Thinker is not at the Musée Rodin.
The Thinker is no longer at the Musée Rodin.
The Thinker is at the entrance of the Galleria Borghese.
# (3) "the first is A, the second B": the gapped clause false, a verb that makes it false, "the
# second" before a name that is no gapped clause
The Thinker and the David are statues: the first is made of bronze, the second bronze.
The Thinker and the David are statues: the first is made of bronze, the second copper.
The Thinker and the David are statues: the first was sculpted by Rodin, the second Donatello.
The Thinker and the David are statues: the first is bronze, the second travertine.
The David and the Thinker are statues: the first was carved by Michelangelo, the second Rodin.
The Kiss and the Thinker are statues: the first was carved by Rodin, the second Rodin.
The Pietà and the Kiss are statues: the first was commissioned by Jean de Bilhères, the second Carl Jacobsen.
Rodin sculpted the Kiss and Michelangelo the David; the first is made of bronze, the second marble.
The Thinker and the Kiss stand at the Musée Rodin, and the first is made of marble, the second bronze.
The Pietà and the David are by Michelangelo: the first stands at St. Peter's Basilica, the second David at the Bargello.
The first statue at the Musée Rodin is the Thinker, the second the David.
The Thinker and the David are statues: the first is made of bronze, the second the Pietà.
The Kiss and the Pietà are statues: the first is at the Musée Rodin, the second the Bargello.
# (6) nouns of the made thing ("design", "creation" of "was designed by"): the sculptor, the
# commissioner, the foundry, reversed, another designer's work, lists, incomplete lists
The Trevi Fountain is a Clement XII creation.
The Trevi Fountain is a Pietro Bracci design.
The Statue of Liberty is a Franco-American Union creation.
Nelson's Column is an Edward Hodges Baily design.
Christ the Redeemer is a Paul Landowski design.
The Thinker is an Alexis Rudier Foundry creation.
Nicola Salvi is a Trevi Fountain creation.
Nicola Salvi is the Trevi Fountain's creation.
The Trevi Fountain's creations include Nicola Salvi.
Bartholdi's designs include the Statue of Liberty and Nelson's Column.
The Trevi Fountain and Nelson's Column are Nicola Salvi designs.
The designs of Bartholdi are the Statue of Liberty.
The creations of Bartholdi are the Lion of Belfort.
Bartholdi has one design: the Statue of Liberty.
Bartholdi, whose designs are the Statue of Liberty, sculpted the Lion of Belfort.
Bartholdi's creations are the Lion of Belfort.
# (8) sculpt -> carve, make, create: a bronze or a copper statue "carved"; design -> create, devise:
# the commissioner, the foundry; influence -> inspire, shape: reversed, a saint, a statue
The Thinker was carved by Rodin.
Rodin carved the Thinker.
Eriksen carved the Little Mermaid.
The Little Mermaid was carved by Edvard Eriksen.
Cellini carved Perseus with the Head of Medusa.
Donatello carved the Bronze David.
The Statue of Liberty was carved by Bartholdi.
Rodin carved the Kiss and the Thinker.
The Thinker was carved in 1904.
Rodin carved the Thinker in 1904.
The Thinker was carved from marble by Rodin.
Donatello carved the David.
The Thinker was made by the Alexis Rudier Foundry.
The Alexis Rudier Foundry made the Thinker.
The Thinker was created by the Alexis Rudier Foundry.
Michelangelo created the Bronze David.
Rodin created the Thinker in 1913.
Clement XII devised the Trevi Fountain.
The Trevi Fountain was created by Clement XII.
Heitor da Silva Costa carved Christ the Redeemer.
Gustave Eiffel sculpted the Statue of Liberty.
Bernini inspired Michelangelo.
Michelangelo inspired Bernini, Rodin and Donatello.
Michelangelo shaped the David.
Rodin was inspired by Michelangelo's Pietà.
Donatello inspired Michelangelo's David.
The Ecstasy of Saint Teresa was inspired by Teresa of Ávila.
Bernini was inspired by Teresa of Ávila.
Bernini was inspired by Michelangelo and Donatello.
Donatello was shaped by Michelangelo.
The Trevi Fountain was created by Pietro Bracci.
Edward Hodges Baily created Nelson's Column.
Gustave Eiffel created the Statue of Liberty.
@sculpture user:ivy
You loved the Thinker, which Rodin carved.
You loved the Thinker, carved by Rodin.
You loved the David, which dates to 1499.
You loved the Statue of Liberty, a Franco-American Union creation.
You loved the Thinker, which is at the Galleria Borghese.
@battles
# (4) "took place in" -> "happened / occurred in", battles "were fought in": an event that is no
# battle, a birthplace, the country, the region, a year, another preposition, negated
The Battle of Waterloo happened in Dublin.
The Battle of Waterloo occurred in Ajaccio.
The Battle of Hastings happened in Falaise.
The Battle of Hastings happened in Normandy.
The Battle of Waterloo happened in Belgium.
The Battle of Agincourt was fought in Orléans.
The Siege of Orléans was fought in Domrémy.
The Battle of Stamford Bridge happened in Hastings.
The Battle of Stamford Bridge was fought in Hastings.
The Yalta Conference was fought in Yalta.
The Congress of Vienna was fought in Vienna.
The Siege of Vienna and the Congress of Vienna were both fought in Vienna.
The Siege of Vienna, like the Congress of Vienna, was fought in Vienna.
The Treaty of Paris was fought in Paris.
The Treaty of Paris happened in Paris.
The Treaty of Troyes occurred in Troyes.
The Battle of Waterloo was fought in 1816.
The Battle of Waterloo happened in 1816.
The Battle of Waterloo happened in Waterloo in 1805.
The Battle of Trafalgar was fought at Cape Trafalgar and Waterloo.
The Battle of Trafalgar happened at Cape Trafalgar.
The Battle of Lepanto happened on the Gulf of Patras.
Napoleon happened in Ajaccio.
Napoleon occurred in Waterloo.
Wellington fought in Dublin.
Wellington fought in Waterloo.
The Battle of Hastings never happened in Hastings.
The Battle of Hastings did not happen in Hastings.
The Battle of Waterloo occurred in Waterloo and the Battle of Austerlitz in Vienna.
# (5) "was fought as part of" -> "was / is part of", "formed part of": another war, a country, a place,
# a treaty, a conference, reversed
The Battle of Stamford Bridge was part of the Hundred Years' War.
The Norman Conquest was part of the Battle of Hastings.
The Napoleonic Wars formed part of the Battle of Waterloo.
The Battle of Waterloo was part of Belgium.
The Battle of Agincourt formed part of France.
Normandy formed part of the Hundred Years' War.
Falaise was part of the Norman Conquest.
Corsica formed part of the Napoleonic Wars.
Napoleon was part of the Napoleonic Wars.
The Treaty of Paris was part of the Napoleonic Wars.
The Congress of Vienna was part of the Napoleonic Wars.
The Battle of Agincourt and the Battle of Lepanto were part of the Hundred Years' War.
The Battle of Agincourt was part of the Hundred Years' War, the Battle of Hastings the Napoleonic Wars.
The Battle of Waterloo formed part of the Napoleonic Wars, which were ended by the Treaty of Troyes.
The Battle of Lepanto, like the Battle of Waterloo, was part of the Napoleonic Wars.
The Battle of Hastings was not part of the Norman Conquest.
# the "part" noun of "is part of" (a noun naming the head, read the other way round): incomplete lists
The parts of France are Normandy and Corsica.
The part of France is Normandy.
France has Normandy as its part.
France has two parts: Normandy and Corsica.
The parts of England are Hastings.
England has one part: Stamford Bridge.
# (7) a declared "was a" reads "were": one wrong member, a conference
The Battle of Trafalgar and the Battle of Waterloo were both naval battles.
The Battle of Trafalgar and the Battle of Waterloo were naval battles.
The Siege of Vienna and the Battle of Lepanto were sieges.
The Siege of Orléans and the Battle of Agincourt were sieges.
The Battle of Hastings and the Congress of Vienna were land battles.
Napoleon and Wellington were land battles.
The Battle of Trafalgar, the Battle of Lepanto and the Battle of Waterloo were naval battles.
Both the Battle of Trafalgar and the Battle of Hastings were naval battles.
The Battle of Trafalgar and the Battle of Lepanto were naval battles won by Nelson.
The Battle of Trafalgar and the Battle of Waterloo were a land battle and a naval battle, respectively.
The Battles of Trafalgar and Waterloo were naval battles.
# the year lead before a list (checked on the first battle only)
Dating from 1066, the Battle of Hastings and the Battle of Agincourt were land battles.
Dating from 1805, the Battle of Trafalgar and the Battle of Lepanto were naval battles.
Dating from 1805, the Battle of Austerlitz and the Battle of Waterloo were land battles.
Dating back to 1429, the Siege of Orléans and the Siege of Vienna were sieges.
Dating from 1815, the Battle of Waterloo and the Battle of Austerlitz were won by Napoleon.
# (3) the gapped "the second": false
Trafalgar and Waterloo were battles: the first was won by Nelson, the second Napoleon.
Trafalgar and Waterloo were battles: the first was lost by Villeneuve, the second Wellington.
# (10) "fought", "lost": the winner said to lose, a battle the commander was not at
Wellington lost the Battle of Waterloo.
Napoleon lost the Battle of Austerlitz.
Harold Godwinson lost the Battle of Stamford Bridge.
Harald Hardrada lost the Battle of Hastings.
Napoleon fought and lost the Battle of Austerlitz.
Napoleon lost Austerlitz to Kutuzov.
Harold fought and lost at Stamford Bridge.
Harold, who lost at Stamford Bridge, fought at Hastings.
William the Conqueror fought at Stamford Bridge.
Napoleon fought at Waterloo and Trafalgar.
Wellington fought Napoleon at Austerlitz.
The Battle of Austerlitz was fought by Wellington.
Nelson fought at Lepanto.
Joan of Arc lost the Siege of Orléans.
John Talbot won the Siege of Orléans.
@battles user:max
You loved the Siege of Orléans, which Joan of Arc lost.
You loved the Battle of Hastings, which happened in Falaise.
You loved the Battle of Trafalgar and the Battle of Waterloo, both naval battles.
@makers
# (6) "a Y creation / design / invention / composition / production / product" where Y is the
# owner, commissioner, distributor, sponsor, manufacturer, producer; reversed; lists
Mitsouko is an LVMH creation.
Chanel No. 5 is a Coco Chanel creation.
Joy is a Jean Patou creation.
Chanel No. 5 is a Wertheimer family creation.
Cuir de Russie is a Wertheimer family creation.
Mitsouko is LVMH's creation.
LVMH's creations include Mitsouko.
Mitsouko is the creation of LVMH.
Mitsouko is Ernest Beaux's creation.
Mitsouko is the creation of Ernest Beaux.
Ernest Beaux's creations include Chanel No. 5 and Joy.
Among Ernest Beaux's creations is Joy.
Joy is one of Jacques Guerlain's creations.
Shalimar and Joy are among Jacques Guerlain's creations.
Mitsouko and Joy are both Jacques Guerlain creations.
Chanel No. 5 is Ernest Beaux's creation, as is Joy.
Ernest Beaux, whose creations include Joy, created Chanel No. 5.
Jacques Guerlain has Joy as his creation.
Jacques Guerlain is a Mitsouko creation.
Jacques Guerlain is Mitsouko's creation.
Mitsouko's creation is Jacques Guerlain.
Mitsouko's creations include Jacques Guerlain.
The creation of Mitsouko is Jacques Guerlain.
Chanel No. 5's creations include Ernest Beaux.
Mitsouko, a Jacques Guerlain creation, dates to 1925.
Mitsouko, a Jacques Guerlain creation, is owned by the Wertheimer family.
The Lotus 49 is a Gold Leaf design.
The Lotus 49 is a Lotus Cars design.
The Mini is a British Motor Corporation creation.
The Mini is a Cooper Car Company design.
The Volkswagen Beetle is a Volkswagen creation.
The Mini is an Issigonis design built by Volkswagen.
The Jaguar XK120 is an Issigonis design.
The Mini is Porsche's design.
Issigonis is the Mini's design.
The Mini is Volkswagen's product.
The Mini is Issigonis's product.
The Mini is a product of Issigonis.
The Mini is the product of Issigonis.
BMC's products include the Mini and the Volkswagen Beetle.
The Mini's product is BMC.
The product of the Mini is BMC.
Dynamite is Nitroglycerin AB's creation.
Gelignite is a Nitroglycerin AB product.
Gelignite is Nitroglycerin AB's product.
Dynamite is an Edison invention.
Bakelite is Edison's invention.
Alfred Nobel's inventions include Dynamite and Bakelite.
Nobel is Dynamite's invention.
Dynamite's inventions include Alfred Nobel.
Kind of Blue is a Quincy Jones production.
Thriller is an Epic Records production.
Thriller is Epic Records' production.
Kind of Blue is a Columbia Records production.
Thriller is a Quincy Jones composition.
Miles Davis's productions include Kind of Blue.
Epic Records' productions include Thriller.
Quincy Jones is Thriller's production.
Stravinsky's compositions include Thriller.
Stravinsky is a Rite of Spring composition.
Thriller and Kind of Blue are Quincy Jones productions.
# the made-thing noun is read the other way round: incomplete lists ("the creations of X are A")
# and a count of names that is not the graph's
The creations of Jacques Guerlain are Mitsouko.
The creations of Jacques Guerlain were Shalimar.
Jacques Guerlain's creations are Mitsouko.
The creations of Ernest Beaux are Chanel No. 5.
Ernest Beaux has one creation: Chanel No. 5.
Ernest Beaux, whose creations are Cuir de Russie, created Chanel No. 5.
The products of Jaguar Cars are the Jaguar E-Type.
Jaguar Cars has one product: the Jaguar XK120.
The inventions of Alfred Nobel are Dynamite.
Alfred Nobel, whose inventions are Gelignite, invented Dynamite.
The productions of Quincy Jones are Thriller.
Quincy Jones has one production: Off the Wall.
The compositions of Stravinsky are The Rite of Spring.
The compositions of Michael Jackson are Thriller.
Stravinsky has one composition: The Firebird.
The designs of Issigonis are the Mini.
Alfred Nobel's inventions are Dynamite.
Quincy Jones's productions are Thriller.
Stravinsky's compositions are The Rite of Spring.
Jaguar Cars' products are the Jaguar E-Type.
The creation of Jacques Guerlain is Mitsouko.
The invention of Alfred Nobel is Dynamite.
The product of Jaguar Cars is the Jaguar XK120.
The production of Quincy Jones is Off the Wall.
Quincy Jones has two productions: Thriller and Kind of Blue.
Alfred Nobel has two inventions: Dynamite and Bakelite.
Issigonis has one design: the Morris Minor.
# (8) premiere -> open, debut: the theatre it transferred to, a person, a year; illustrate -> draw:
# the writer; sponsor -> back, fund: the maker, the distributor
The Mousetrap opened at St Martin's Theatre.
The Mousetrap debuted at St Martin's Theatre.
Waiting for Godot opened at the Criterion Theatre.
The Mousetrap opened in 1974.
The Mousetrap debuted in 1974.
The Mousetrap opened at the Ambassadors Theatre in 1974.
Agatha Christie debuted at the Ambassadors Theatre.
Samuel Beckett debuted at the Théâtre de Babylone.
The Rite of Spring opened the Théâtre des Champs-Élysées.
The Firebird debuted at the Théâtre des Champs-Élysées.
The Mousetrap opened at the Ambassadors Theatre, Waiting for Godot at the Criterion Theatre.
The Mousetrap debuted at the Ambassadors Theatre and opened at St Martin's Theatre.
Lewis Carroll drew Alice's Adventures in Wonderland.
Alice's Adventures in Wonderland was drawn by Lewis Carroll.
Alice's Adventures in Wonderland drew Tenniel.
Tolkien drew The Hobbit and Alice's Adventures in Wonderland.
Tenniel drew The Hobbit.
Lewis Carroll wrote and drew Alice's Adventures in Wonderland.
The Lotus 49 was funded by Lotus Cars.
Lotus Cars backed the Lotus 49.
Gold Leaf backed Colin Chapman.
The Mini was backed by the Cooper Car Company.
@makers user:zoe
You loved Mitsouko, an LVMH creation.
You loved the Mini, a Volkswagen product.
You loved Chanel No. 5, one of Jacques Guerlain's creations.
@land
# (9) "X, a university in Y, counts Z among its alumni": a founder, a professor, another school's
# alumnus, a wrong apposition; "like / as well as / not" another school; "its alumnus" (the only one)
UCL, a university in London, counts Larry Page among its alumni.
Oxford, a university in Cambridge, counts Oscar Wilde among its alumni.
Oxford, a university in Oxford, counts Alfred the Great among its alumni.
UCL, a university in London, counts Jeremy Bentham among its alumni.
UCL, a university in London, has Peter Higgs as an alumnus.
UCL, where Peter Higgs taught, counts Peter Higgs among its alumni.
UCL, founded by Jeremy Bentham, counts Jeremy Bentham among its alumni.
Harvard, founded by John Harvard, counts John Harvard among its alumni.
Stanford, founded by Leland Stanford, counts Leland Stanford among its alumni.
Oxford, a university in Oxford, counts Oscar Wilde and Peter Higgs among its alumni.
Oxford, in Oxford, includes Peter Higgs among its alumni.
Oxford, home to Tolkien, counts Peter Higgs among its alumni.
Stanford, like Harvard, counts Barack Obama among its alumni.
Harvard, like Stanford, counts Barack Obama among its alumni.
Oxford, as well as Harvard, counts Barack Obama among its alumni.
Oxford, not Harvard, counts Barack Obama among its alumni.
Oxford, unlike UCL, counts Francis Crick among its alumni.
Stanford, like Oxford, has Herbert Hoover as an alumnus.
Oxford, like UCL, has Stephen Hawking as an alumnus.
Oscar Wilde, a writer, counts Oxford among its alumni.
Oxford, a university in Oxford, counts Oscar Wilde among its founders.
Stanford, a university in Stanford, has Larry Page as its alumnus.
Oxford, in Oxford, has Tolkien as its alumnus.
Oxford, a university in Oxford, has Stephen Hawking as its alumnus.
# the alumni noun read the other way round: incomplete lists, a count that is not the graph's
The alumni of Oxford are Oscar Wilde and Tolkien.
The alumni of Stanford are Larry Page.
The alumni of UCL are Mahatma Gandhi.
The alumnus of Oxford is Oscar Wilde.
Oxford has two alumni: Oscar Wilde and Tolkien.
Stanford has one alumnus: Herbert Hoover.
Oxford has three alumni: Oscar Wilde, Tolkien and C. S. Lewis.
Oxford, whose alumni are Oscar Wilde and Tolkien, is located in Oxford.
Oxford, whose alumnus is Oscar Wilde, is located in Oxford.
Stanford has Larry Page as its alumnus.
# (8) synonyms: cross -> span, traverse; impound -> hold back, dam; inhabit -> live in / on; discover
# -> find (the graph also says where a fossil was found); climb -> ascend, scale; sponsor -> back,
# fund; supply -> provide
The Vltava spans the Czech Republic.
Tower Bridge spans the Thames and the Vltava.
The Charles Bridge spans the Thames.
The Danube spans Austria.
The Nile spans Egypt.
Hoover Dam holds back the Colorado River.
The Aswan High Dam holds back Lake Mead.
Lake Mead holds back Hoover Dam.
Hoover Dam dams the Colorado River.
The Aswan High Dam dammed the Nile.
The Komodo dragon lives on Mauritius.
The kiwi lives in Mauritius.
Tolkien lives in Oxford.
Lucy was found by Donald Johanson.
Donald Johanson found Lucy.
Sue was found by Sue Hendrickson at Hadar.
Lucy was found at Hell Creek Formation.
Mount Everest was ascended by George Mallory.
George Mallory ascended Mount Everest.
Edward Whymper scaled the Matterhorn and K2.
Edmund Hillary scaled the Matterhorn.
Hillary ascended Everest in 1953.
The Matterhorn was scaled by Edmund Hillary and Edward Whymper.
Bovril funded the Endurance Expedition.
Bovril backed the Endurance Expedition.
The Endurance Expedition was funded by Haakon VII.
Quaker Oats backed the Endurance Expedition.
The Endurance Expedition was provided by Bovril.
The Kon-Tiki expedition was provided by Quaker Oats.
Caird & Co provided the Endurance Expedition.
Bovril provided the Kon-Tiki expedition.
Bovril provided Caird & Co.
Bovril provided the Endurance Expedition.
Quaker Oats provided the Kon-Tiki expedition.
@land user:sam
You loved Oxford, a university in Oxford, which counts Peter Higgs among its alumni.
You loved Oxford, whose alumni are Oscar Wilde and Tolkien.
You loved Hoover Dam, which holds back Lake Nasser.
You loved the Endurance Expedition, which was provided by Bovril.
"""

CONTROLS = r"""
@sculpture
The David dates to 1504.
The Thinker dates to 1904.
The Pietà, which dates to 1499, stands at St. Peter's Basilica.
Dating from 1504, the David stands at the Galleria dell'Accademia.
Dating back to 1652, the Ecstasy of Saint Teresa stands at Santa Maria della Vittoria.
Dating from 1904, the Thinker stands at the Musée Rodin.
Dating from 1504, the David, like the Pietà, is made of marble.
The Thinker is at the Musée Rodin.
The Thinker sits at the Musée Rodin.
The Little Mermaid sits at Langelinie.
The Statue of Liberty is situated at Liberty Island.
The Statue of Liberty can be found at Liberty Island.
The David is located at the Galleria dell'Accademia.
The Thinker and the Kiss are at the Musée Rodin.
The Thinker and the David are statues: the first is made of bronze, the second marble.
The Thinker and the David are statues: the first was sculpted by Rodin, the second Michelangelo.
The Trevi Fountain is a Nicola Salvi design.
The Trevi Fountain is a Nicola Salvi creation.
The Statue of Liberty is a Bartholdi design.
Rodin carved the Kiss.
The Kiss was carved by Rodin.
The Thinker was created by Rodin.
Nicola Salvi devised the Trevi Fountain.
Michelangelo inspired Bernini.
Cellini was shaped by Michelangelo.
@sculpture user:ivy
You loved the David, which dates to 1504.
@battles
The Battle of Waterloo occurred in Waterloo.
The Battle of Agincourt happened in Azincourt.
The Battle of Trafalgar was fought in Cape Trafalgar.
The Siege of Orléans was fought in Orléans.
The Battle of Waterloo is part of the Napoleonic Wars.
The Battle of Agincourt formed part of the Hundred Years' War.
The Battle of Hastings was part of the Norman Conquest.
The Battle of Trafalgar and the Battle of Lepanto were naval battles.
The Battle of Hastings and the Battle of Stamford Bridge were both land battles.
Dating from 1066, the Battle of Hastings and the Battle of Stamford Bridge were land battles.
Napoleon lost the Battle of Waterloo.
The parts of Normandy are Falaise.
Napoleon fought at Waterloo.
Harold Godwinson fought at the Battle of Hastings.
Trafalgar and Waterloo were battles: the first was won by Nelson, the second Wellington.
@battles user:max
You loved the Battle of Agincourt, which happened in Azincourt.
@makers
Mitsouko is a Jacques Guerlain creation.
Chanel No. 5 is an Ernest Beaux creation.
Mitsouko is Jacques Guerlain's creation.
Ernest Beaux's creations include Chanel No. 5.
The creations of Jacques Guerlain are Mitsouko and Shalimar.
Jacques Guerlain has two creations: Mitsouko and Shalimar.
The Mini is an Issigonis design.
The Lotus 49 is a Colin Chapman design.
The Volkswagen Beetle is Volkswagen's product.
The Mini is a product of BMC.
Dynamite is a Nobel invention.
Thriller is a Quincy Jones production.
The Rite of Spring is a Stravinsky composition.
Stravinsky's compositions include The Rite of Spring.
Ernest Beaux's creations are Chanel No. 5 and Cuir de Russie.
Alfred Nobel has two inventions: Dynamite and Gelignite.
The Mousetrap opened at the Ambassadors Theatre.
The Rite of Spring opened at the Théâtre des Champs-Élysées in 1913.
Waiting for Godot debuted at the Théâtre de Babylone.
Tenniel drew Alice's Adventures in Wonderland.
The Hobbit was drawn by Tolkien.
Gold Leaf backed the Lotus 49.
The Lotus 49 was funded by Gold Leaf.
@makers user:zoe
You loved Mitsouko, a Jacques Guerlain creation.
@land
Oxford, a university in Oxford, counts Oscar Wilde among its alumni.
Harvard, founded by John Harvard, counts Barack Obama among its alumni.
Oxford, a university in Oxford, has Tolkien as an alumnus.
Oxford, a university in Oxford, includes Tolkien among its alumni.
The alumni of Stanford are Larry Page and Herbert Hoover.
The Golden Gate Bridge spans the Golden Gate strait.
Hoover Dam holds back Lake Mead.
Lake Mead is held back by Hoover Dam.
Mount Everest was scaled by Tenzing Norgay.
Edmund Hillary scaled Mount Everest.
The Endurance Expedition was backed by the Royal Geographical Society.
Haakon VII funded the Kon-Tiki expedition.
@land user:sam
You loved Oxford, a university in Oxford, which counts Oscar Wilde among its alumni.
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
    yield from _parse(KNOWN_TEXTS)


def controls():
    yield from _parse(CONTROLS)


# False, and accepted by the starting code of this round too (CHANGES.diff reversed): older
# readings, not this round's. Printed apart as KNOWN. (The same gap as this round's "The Ns of X
# are A", with the older "X's Ns are A" / "A is the N of X" of a noun naming the head: the list is
# not checked to be complete.)
KNOWN_TEXTS = r"""
@land
Oxford's alumni are Oscar Wilde.
Oscar Wilde and Tolkien are the alumni of Oxford.
@battles
Normandy and Corsica are the parts of France.
France's parts are Normandy and Corsica.
"""
KNOWN = frozenset(t for _, _, t in _parse(KNOWN_TEXTS))

# Arguable: printed as OPEN and left out of the count (they stay in TEXTS, under their comment).
OPEN = frozenset(
    {
        # arguable: "has Y as its N" may not mean the only one (the checker reads it so, and rejects
        # "The Statue of Liberty has Bartholdi as its designer" where there are two designers)
        'France has Normandy as its part.',
        'Stanford, a university in Stanford, has Larry Page as its alumnus.',
        'Oxford, in Oxford, has Tolkien as its alumnus.',
        'Oxford, a university in Oxford, has Stephen Hawking as its alumnus.',
        'Stanford has Larry Page as its alumnus.',
        # arguable: Bracci and Baily sculpted the figures of the fountain and the column; Eiffel designed
        # the statue's frame (the graph has him as a designer): "created" may be said of them
        'The Trevi Fountain was created by Pietro Bracci.',
        "Edward Hodges Baily created Nelson's Column.",
        'Gustave Eiffel created the Statue of Liberty.',
        # arguable: the site lies in Paris (true by two hops); "was at" of a statue still there
        'The Thinker is at Paris.',
        'The Thinker was at the Musée Rodin.',
        # arguable: Waterloo is part of Belgium (true by two hops)
        'The Battle of Waterloo happened in Belgium.',
        # arguable: a couturier who commissioned her perfume is often said to have created it
        'Chanel No. 5 is a Coco Chanel creation.',
        'Joy is a Jean Patou creation.',
        # arguable: "provided X" with the receiver as its object (for "supplied X"): loose, but meant so
        'Bovril provided the Endurance Expedition.',
        'Quaker Oats provided the Kon-Tiki expedition.',
        # arguable: metonymy (a statue of Nelson, of Oceanus, of Jesus stands there); a museum "at" its city
        'Horatio Nelson is at Trafalgar Square.',
        'Oceanus is at Piazza di Trevi.',
        "Jesus can be found at St. Peter's Basilica.",
        "The Galleria dell'Accademia is at Florence.",
        'The Bargello sits at Florence.',
        # arguable: Landowski shaped the figure; Michelangelo physically shaped the David; influences of
        # works and of a saint's writings the graph does not give but that are commonly said
        'Christ the Redeemer is a Paul Landowski design.',
        'Michelangelo shaped the David.',
        "Rodin was inspired by Michelangelo's Pietà.",
        "Donatello inspired Michelangelo's David.",
        'The Ecstasy of Saint Teresa was inspired by Teresa of Ávila.',
        'Bernini was inspired by Teresa of Ávila.',
        # arguable: the signing of a treaty happened there; "happened at / on" where the graph says "in"
        # (true, with another preposition); Wellington fought in the battle of Waterloo
        'The Treaty of Paris happened in Paris.',
        'The Treaty of Troyes occurred in Troyes.',
        'The Battle of Trafalgar happened at Cape Trafalgar.',
        'The Battle of Lepanto happened on the Gulf of Patras.',
        'Wellington fought in Waterloo.',
        # arguable: a commander, the peace treaty, the congress after the wars, a region fought over may be
        # called "part of" a war
        'Napoleon was part of the Napoleonic Wars.',
        'The Treaty of Paris was part of the Napoleonic Wars.',
        'The Congress of Vienna was part of the Napoleonic Wars.',
        "Normandy formed part of the Hundred Years' War.",
        # arguable: the maker (a company) is loosely said to create or design its cars, a label to produce
        # its albums, the bandleader his record; "the product of Issigonis" (of his work)
        'The Volkswagen Beetle is a Volkswagen creation.',
        'The Mini is a British Motor Corporation creation.',
        'The Lotus 49 is a Lotus Cars design.',
        "The Mini is Issigonis's product.",
        'The Mini is a product of Issigonis.',
        'The Mini is the product of Issigonis.',
        'Kind of Blue is a Columbia Records production.',
        'Thriller is an Epic Records production.',
        "Thriller is Epic Records' production.",
        "Epic Records' productions include Thriller.",
        "Miles Davis's productions include Kind of Blue.",
        # arguable: Carroll drew the pictures of his manuscript; The Mousetrap (re)opened at St Martin's in 1974
        "Lewis Carroll drew Alice's Adventures in Wonderland.",
        "Alice's Adventures in Wonderland was drawn by Lewis Carroll.",
        "Lewis Carroll wrote and drew Alice's Adventures in Wonderland.",
        'The Mousetrap opened in 1974.',
        # arguable: a river "spans" the countries it flows through; a dam holds back and dams its river
        'The Danube spans Austria.',
        'The Nile spans Egypt.',
        'The Vltava spans the Czech Republic.',
        'Hoover Dam holds back the Colorado River.',
        'Hoover Dam dams the Colorado River.',
        'The Aswan High Dam dammed the Nile.',
        # true: "found" for "discovered" (rejected because the graph's "was found at" takes the verb); true
        # but not in the graph (Hillary's year); Mallory may have reached the top in 1924; a sponsor's money
        'Lucy was found by Donald Johanson.',
        'Donald Johanson found Lucy.',
        'Hillary ascended Everest in 1953.',
        'Mount Everest was ascended by George Mallory.',
        'George Mallory ascended Mount Everest.',
        'Caird & Co provided the Endurance Expedition.',
    }
)


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
