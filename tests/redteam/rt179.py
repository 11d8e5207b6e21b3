"""Red team round 179 on this session's change (CHANGES.diff), on its readings (1) prizes ("is awarded /
presented / given / handed out / conferred by" one family in the phrase's tense; "is awarded for" read
"honours / recognises / rewards (work in)", "is a prize / an award for"; "was first awarded to" read "was
first won by", "first went to", "was the first winner of", "won / received the first"; "first presented /
conferred in" where every item is a prize), (2) "fought in" read "fought at", "took part in", "saw action
in / at", (3) "has the key ingredient" read as what a dish "is made with", "uses", "calls for"; "is made
with the pasta" read "is made with", (4) the head noun of a compound item type of a general kind ("the
dish" of a pasta_dish, "the system" of a metro_system) and the new type synonyms (warship: ship, vessel;
prize: award; award: prize), (5) metros, subways and tramways open and are built; typewriters, radios,
printers, trucks, calculators, razors ... are goods ("made / manufactured / produced in", "introduced in"),
(6) "plays / has one of the leads in", "the filmmaker / director / writer / composer / designer behind".

Six graphs of my own (see each builder's docstring): awards (prizes, medals and trophies, every item a
prize: presenting bodies, a discontinued prize "was presented by" Whitbread, fields, first and later
winners, namesakes, sponsors, founders, a donor and a maker), warfare (warships, liners, regiments,
military medals, a commemorative coin and marches: battles and wars fought in, a ship named after a
battle it never fought, yards, bases, barracks, museums; the Iron Cross "was awarded by" the King of
Prussia), kitchen (pasta dishes, soups, sauces and hot dogs: key ingredients, "has the forbidden
ingredient", pasta shapes, the pasta a sauce is served with, breads, garnishes, wines), transit (metro
systems, subways, tramways, subway cars and metro trains, buses and the Tube map), goods (typewriters,
radios, printers, trucks, calculators and a razor, with two kinds of no goods: human calculators and
fashion houses), space (planets, dwarf planets, moons, space stations, launch vehicles, probes); and
the shipped example graph (movies) for (6).

Findings (90 of 661 false texts accepted; the starting code, CHANGES.diff reversed, accepts none of
them, but 26 others, the KNOWN ones; 47 arguable texts are OPEN):

* (3) every phrase "has the <adjective> ingredient" is now an ingredient relation, so "has the forbidden
  ingredient" (what a purist leaves out: cream in a carbonara, onion in an amatriciana, ketchup on a
  Chicago dog) is read as what the dish is made with (31): "Carbonara is made with cream", "Carbonara
  uses cream", "Carbonara calls for cream", "Cream goes into Carbonara", "Carbonara is mixed with cream",
  "Carbonara is a cream dish", "Carbonara is a (pasta) dish made with cream", "Carbonara, made with /
  a dish with / which uses cream, ...", "Amatriciana is an onion dish", "The Chicago-style hot dog is
  made with ketchup", "You loved Carbonara, which is made with cream", ... (the starting code's "has",
  "with", "comes with" and the attributive before a compound kind are KNOWN).
* (5) "metro" and "subway" are type words of places, so whatever has them in its type opens and is
  built: rolling stock and a map (18): "The R142 opened in 2000", "The R142 was opened in 2000", "MP 89
  opened in 1997", "The 1938 Stock (was) opened in 1938", "The R32 opened in 1964", "The R211 opened in
  2023", "The R142 first opened in 2000", "The R142 was erected in 2000", "Opened in 2000, the R142
  ...", "The R142, which opened in 2000, ...", "The Tube map (was) opened in 1933", "The Tube map was
  built in 1933", "Since you loved the London Underground, try the R142, which opened in 2000".
* (5) "calculator" is a goods word by the type's head noun, and a "human_calculator" is a person whose
  year is the birth (11): "Shakuntala Devi was introduced in 1929", "... was (first) released in 1929",
  "... came out in 1929", "Johann Dase was introduced / released in 1824", "Johann Dase came out in
  1824", "Introduced in 1929, Shakuntala Devi was born in India", "Since you loved the Olivetti Valentine,
  try Shakuntala Devi, who was introduced in 1929".
* (1) the family of a past phrase ("was presented / awarded by": the Whitbread Award, discontinued; the
  Iron Cross of the King of Prussia) is read in the present too (11): "The Whitbread Award is conferred by
  Whitbread", "The King of Prussia presents the Iron Cross", "The Iron Cross is conferred / presented /
  given / handed out by the King of Prussia", "The Iron Cross, which is conferred by the King of Prussia,
  is awarded for bravery", ... (the old "is awarded / given / handed out by" of "was presented by" are
  KNOWN); and "once conferred" of what the ACM still confers (2): "The Turing Award was once conferred by
  the Association for Computing Machinery" (the old "once presented" is KNOWN).
* (4) the synonyms "award" and "prize" name the prize-typed items only, and the head nouns "dish" and
  "system" the compound type's only, so "the award / the prize / the dish / the system" skip the nearer
  medal, trophy, soup, subway or tramway that English calls so too, and bind to an earlier item (14):
  "The Turing Award is presented by the ACM. The Fields Medal is presented by the IMU, and the award
  honours computer science", "Hilary Mantel won the Booker Prize. Tiger Woods won the Claret Jug, and the
  award is presented by the Booker Prize Foundation", "Carbonara comes from Rome. Minestrone is made with
  ditalini, and the dish comes from Rome", "The London Underground opened in 1863. The Blackpool Tramway
  opened in 1885, and the system serves London", "The Paris Métro opened in 1900. The New York City Subway
  opened in 1904, and the system is operated by RATP", ...; the same with warship's "ship" and "vessel"
  after a liner (3): "HMS Warspite fought at the Battle of Jutland. RMS Lusitania was built at John Brown
  & Company, and the ship fought in the First World War", "... RMS Queen Mary served in the Second World
  War, and the vessel was sunk in the Battle of the Denmark Strait".

Held: (1) another prize's body, a sponsor, a founder, a donor, a maker, a winner as the giver; the
present's negations, "no longer", "still", "now", lists, gapping, "like", "as is", "and so is",
relative clauses, reversed; the field of another prize, a person ("honours Alan Turing" is the
namesake, accepted as before), lists, "like", tense; the first winner: a later winner (Donald Knuth),
another prize's, the namesake, the donor, "the first of his two", "the first architect to win", years,
negations, lists, gapping, "as did", "like", appositions, possessives; a prize's year: another year,
"last presented", "before / after", gaps, lists, a person's or a body's "first presented", and the
"first presented / conferred" of a medal or a ship on a graph whose items are not all prizes. (2)
another ship's battle, the battle a ship is named after (USS Midway), a base, a yard, a museum, a city,
barracks, a county, a liner that "served in" a war, a coin that commemorates a battle, an admiral, a
battle "taking part" in its war, years, negations, the present, lists, gapping, "like", "as did". (3)
another dish's ingredient, a sauce's pasta ("is served with the pasta"), a garnish, a bread, a wine, a
sauce, "the pasta <ingredient>", "contains", negations, "used to", lists. (4) "the dish" of a single
pasta dish, "the former / latter dish", "both dishes", "the dog" of a hot dog and "the house" of a
fashion house (unread), "a planet" of a dwarf planet, "the station", "the vehicle"; type claims of the
wrong kind. (5) "made in" a designing or selling country, the present, another maker or country,
rolling stock and buses (no goods); a fashion house "introduced / released". (6) "one of the leads"
of a director, a writer, another film's star, lists, negations, relative clauses; "the filmmaker /
director behind" a producer, a writer, an editor, a cinematographer, a composer, a star; "the writer /
composer behind" a march's other maker; "the designer behind" a firm, its founder, another's designer.

No control was rejected.
"""

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


def _t(rel, pairs):
    """Triples of one relation from (head, tail) pairs."""
    return [(h, rel, t) for h, t in pairs]


def awards():
    """Prizes, medals and trophies (every item a prize; items: the year each was first awarded).
    A prize "is presented by" a body (the present family: "is awarded / given / handed out /
    conferred by", "presents / awards / hands out / confers", reading 1); the Whitbread Award "was
    presented by" Whitbread (it is no longer given: the past family); "is awarded for" a field
    (science and arts prizes only: "honours / recognises / rewards (work in)", "is a prize for");
    "was first awarded to" its first winner ("was first won by", "first went to", "was the first
    winner of", "won / received the first"); "was won by" later winners (the first winner too);
    "is named after" a person (Alan Turing, James Stirling, Lord Stanley, ...); "is sponsored by"
    a firm; "was established by" a founder; the Stanley Cup "was donated by" Lord Stanley; the
    Vince Lombardi Trophy "is made by" Tiffany & Co. Dee rated the Booker Prize 5, the Hugo Award
    4.5 and the Stanley Cup 1."""
    rels = [
        R("presented_by", phrase="is presented by", inverse_phrase="presents", domain=("prize", "medal", "trophy"),
          range=("organization", "league")),
        R("was_presented_by", phrase="was presented by", inverse_phrase="presented", domain=("prize",),
          range=("company",)),
        R("awarded_for", phrase="is awarded for", inverse_phrase="is the field of", domain=("prize", "medal"),
          range=("field",)),
        R("first_to", phrase="was first awarded to", inverse_phrase="was the first winner of",
          domain=("prize", "medal", "trophy"), range=("person", "team")),
        R("won_by", phrase="was won by", inverse_phrase="won", domain=("prize", "medal", "trophy"),
          range=("person", "team")),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=("prize", "medal", "trophy"),
          range=("person",)),
        R("sponsored_by", phrase="is sponsored by", inverse_phrase="sponsors", domain=("prize",), range=("company",)),
        R("established_by", phrase="was established by", inverse_phrase="established", domain=("prize",),
          range=("company", "person", "organization")),
        R("donated_by", phrase="was donated by", inverse_phrase="donated", domain=("trophy",), range=("person",)),
        R("made_by", phrase="is made by", inverse_phrase="makes", domain=("trophy",), range=("company",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "p:turing": ("prize", "Turing Award", 1966), "p:booker": ("prize", "Booker Prize", 1969),
        "p:pritzker": ("prize", "Pritzker Prize", 1979), "p:stirling": ("prize", "Stirling Prize", 1996),
        "p:abel": ("prize", "Abel Prize", 2003), "p:hugo": ("prize", "Hugo Award", 1953),
        "p:whitbread": ("prize", "Whitbread Award", 1971),
        "m:fields": ("medal", "Fields Medal", 1936), "m:copley": ("medal", "Copley Medal", 1731),
        "t:stanley": ("trophy", "Stanley Cup", 1893), "t:lombardi": ("trophy", "Vince Lombardi Trophy", 1967),
        "t:claret": ("trophy", "Claret Jug", 1873), "t:webb": ("trophy", "Webb Ellis Cup", 1987),
    }
    others = {
        "o:acm": ("organization", "Association for Computing Machinery"),
        "o:bpf": ("organization", "Booker Prize Foundation"), "o:hyatt": ("organization", "Hyatt Foundation"),
        "o:riba": ("organization", "Royal Institute of British Architects"),
        "o:dnva": ("organization", "Norwegian Academy of Science and Letters"),
        "o:wsfs": ("organization", "World Science Fiction Society"),
        "o:imu": ("organization", "International Mathematical Union"), "o:royalsociety": ("organization", "Royal Society"),
        "o:nhl": ("league", "National Hockey League"), "o:nfl": ("league", "National Football League"),
        "o:randa": ("organization", "The R&A"), "o:worldrugby": ("organization", "World Rugby"),
        "c:whitbread": ("company", "Whitbread"), "c:google": ("company", "Google"), "c:crankstart": ("company", "Crankstart"),
        "c:bookermc": ("company", "Booker McConnell"), "c:tiffany": ("company", "Tiffany & Co."),
        "f:cs": ("field", "computer science"), "f:fiction": ("field", "fiction"), "f:architecture": ("field", "architecture"),
        "f:maths": ("field", "mathematics"), "f:sf": ("field", "science fiction"), "f:science": ("field", "science"),
        "h:perlis": ("person", "Alan Perlis"), "h:knuth": ("person", "Donald Knuth"), "h:liskov": ("person", "Barbara Liskov"),
        "h:turing": ("person", "Alan Turing"), "h:newby": ("person", "P. H. Newby"), "h:mantel": ("person", "Hilary Mantel"),
        "h:rushdie": ("person", "Salman Rushdie"), "h:johnson": ("person", "Philip Johnson"),
        "h:hadid": ("person", "Zaha Hadid"), "h:gehry": ("person", "Frank Gehry"), "h:wilford": ("person", "Michael Wilford"),
        "h:stirling": ("person", "James Stirling"), "h:serre": ("person", "Jean-Pierre Serre"),
        "h:wiles": ("person", "Andrew Wiles"), "h:abel": ("person", "Niels Henrik Abel"), "h:bester": ("person", "Alfred Bester"),
        "h:herbert": ("person", "Frank Herbert"), "h:leguin": ("person", "Ursula K. Le Guin"),
        "h:gernsback": ("person", "Hugo Gernsback"), "h:heaney": ("person", "Seamus Heaney"),
        "h:ahlfors": ("person", "Lars Ahlfors"), "h:douglas": ("person", "Jesse Douglas"), "h:tao": ("person", "Terence Tao"),
        "h:fields": ("person", "John Charles Fields"), "h:gray": ("person", "Stephen Gray"),
        "h:einstein": ("person", "Albert Einstein"), "h:darwin": ("person", "Charles Darwin"),
        "h:stanley": ("person", "Lord Stanley of Preston"), "h:lombardi": ("person", "Vince Lombardi"),
        "h:kidd": ("person", "Tom Kidd"), "h:woods": ("person", "Tiger Woods"), "h:webbellis": ("person", "William Webb Ellis"),
        "h:pritzker": ("person", "Jay Pritzker"),
        "e:montrealhc": ("team", "Montreal Hockey Club"), "e:canadiens": ("team", "Montreal Canadiens"),
        "e:leafs": ("team", "Toronto Maple Leafs"), "e:packers": ("team", "Green Bay Packers"),
        "e:patriots": ("team", "New England Patriots"), "e:allblacks": ("team", "New Zealand"),
        "e:springboks": ("team", "South Africa"),
    }
    T_ = _t("presented_by", [("p:turing", "o:acm"), ("p:booker", "o:bpf"), ("p:pritzker", "o:hyatt"),
                             ("p:stirling", "o:riba"), ("p:abel", "o:dnva"), ("p:hugo", "o:wsfs"), ("m:fields", "o:imu"),
                             ("m:copley", "o:royalsociety"), ("t:stanley", "o:nhl"), ("t:lombardi", "o:nfl"),
                             ("t:claret", "o:randa"), ("t:webb", "o:worldrugby")])
    T_ += _t("was_presented_by", [("p:whitbread", "c:whitbread")])
    T_ += _t("awarded_for", [("p:turing", "f:cs"), ("p:booker", "f:fiction"), ("p:pritzker", "f:architecture"),
                             ("p:stirling", "f:architecture"), ("p:abel", "f:maths"), ("p:hugo", "f:sf"),
                             ("m:fields", "f:maths"), ("m:copley", "f:science")])
    T_ += _t("first_to", [("p:turing", "h:perlis"), ("p:booker", "h:newby"), ("p:pritzker", "h:johnson"),
                          ("p:stirling", "h:wilford"), ("p:abel", "h:serre"), ("p:hugo", "h:bester"),
                          ("m:fields", "h:ahlfors"), ("m:fields", "h:douglas"), ("m:copley", "h:gray"),
                          ("t:stanley", "e:montrealhc"), ("t:lombardi", "e:packers"), ("t:claret", "h:kidd"),
                          ("t:webb", "e:allblacks")])
    T_ += _t("won_by", [("p:turing", "h:perlis"), ("p:turing", "h:knuth"), ("p:turing", "h:liskov"),
                        ("p:booker", "h:newby"), ("p:booker", "h:mantel"), ("p:booker", "h:rushdie"),
                        ("p:pritzker", "h:johnson"), ("p:pritzker", "h:hadid"), ("p:pritzker", "h:gehry"),
                        ("p:stirling", "h:wilford"), ("p:stirling", "h:hadid"), ("p:abel", "h:serre"), ("p:abel", "h:wiles"),
                        ("p:hugo", "h:bester"), ("p:hugo", "h:herbert"), ("p:hugo", "h:leguin"),
                        ("p:whitbread", "h:heaney"), ("m:fields", "h:ahlfors"), ("m:fields", "h:douglas"),
                        ("m:fields", "h:tao"), ("m:copley", "h:gray"), ("m:copley", "h:einstein"),
                        ("m:copley", "h:darwin"), ("t:stanley", "e:montrealhc"), ("t:stanley", "e:canadiens"),
                        ("t:stanley", "e:leafs"), ("t:lombardi", "e:packers"), ("t:lombardi", "e:patriots"),
                        ("t:claret", "h:kidd"), ("t:claret", "h:woods"), ("t:webb", "e:allblacks"),
                        ("t:webb", "e:springboks")])
    T_ += _t("named_after", [("p:turing", "h:turing"), ("p:stirling", "h:stirling"), ("p:abel", "h:abel"),
                             ("p:hugo", "h:gernsback"), ("m:fields", "h:fields"), ("t:stanley", "h:stanley"),
                             ("t:lombardi", "h:lombardi"), ("t:webb", "h:webbellis"), ("p:pritzker", "h:pritzker")])
    T_ += _t("sponsored_by", [("p:turing", "c:google"), ("p:booker", "c:crankstart")])
    T_ += _t("established_by", [("p:booker", "c:bookermc"), ("p:pritzker", "h:pritzker"), ("p:turing", "o:acm")])
    T_ += _t("donated_by", [("t:stanley", "h:stanley")])
    T_ += _t("made_by", [("t:lombardi", "c:tiffany")])
    T_ += [("user:dee", "rated", "p:booker", {"rating": 5.0}), ("user:dee", "rated", "p:hugo", {"rating": 4.5}),
           ("user:dee", "rated", "t:stanley", {"rating": 1.0})]
    return _build(items, others, rels, T_, users=[("user:dee", "Dee")])


def warfare():
    """Warships (type "warship": "ship", "vessel"; items: the year each was launched), ocean liners
    (items), regiments (items: the year each was raised), military medals (items, prizes: the year
    each was instituted), a commemorative coin (an item, struck 2005) and marches (items: the year
    each was written). Warships and regiments "fought in" battles and wars (attributes; reading 2:
    "fought at", "took part in", "saw action in / at"); a warship "was sunk in" a battle, "is named
    after" one (USS Midway, which never fought there), "was built at" a yard, "was based at" a base,
    "is preserved at" a museum or a city, "was the flagship of" an admiral; a liner "served in" a war
    (no fighting) and "was sunk by" a submarine; a regiment "is stationed at" barracks, "was raised
    in" a county; battles "were part of" wars. Medals "are awarded by" a monarch or a president (the
    Iron Cross "was awarded by" the King of Prussia), "are awarded for" a quality, "were first
    awarded to" a person, "were awarded to" others; the Victoria Cross "is made by" Hancocks. The
    Trafalgar crown "was struck by" the Royal Mint, "depicts" Nelson, "commemorates" Trafalgar.
    Marches "were composed by" and "were written by" people (reading 6: "the composer / writer
    behind"). Eve rated HMS Victory 5 and the Bismarck 1."""
    rels = [
        R("fought_in", phrase="fought in", inverse_phrase="was fought by", domain=("warship", "regiment"),
          range=("battle", "war")),
        R("sunk_in", phrase="was sunk in", inverse_phrase="saw the sinking of", domain=("warship",), range=("battle",)),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=("warship",),
          range=("battle",)),
        R("built_at", phrase="was built at", inverse_phrase="built", domain=("warship", "ocean_liner"),
          range=("shipyard",)),
        R("based_at", phrase="was based at", inverse_phrase="was the base of", domain=("warship",),
          range=("naval_base",)),
        R("preserved_at", phrase="is preserved at", inverse_phrase="preserves", domain=("warship",),
          range=("museum", "city")),
        R("flagship_of", phrase="was the flagship of", inverse_phrase="had the flagship", domain=("warship",),
          range=("admiral",)),
        R("served_in", phrase="served in", inverse_phrase="was served in by", domain=("ocean_liner",), range=("war",)),
        R("sunk_by", phrase="was sunk by", inverse_phrase="sank", domain=("ocean_liner",), range=("submarine",)),
        R("stationed_at", phrase="is stationed at", inverse_phrase="is the station of", domain=("regiment",),
          range=("barracks",)),
        R("raised_in", phrase="was raised in", inverse_phrase="raised", domain=("regiment",), range=("county",)),
        R("part_of", phrase="was part of", inverse_phrase="included", domain=("battle",), range=("war",)),
        R("awarded_by", phrase="is awarded by", inverse_phrase="awards", domain=("medal",), range=("monarch", "office")),
        R("was_awarded_by", phrase="was awarded by", inverse_phrase="awarded", domain=("medal",), range=("monarch",)),
        R("awarded_for", phrase="is awarded for", inverse_phrase="is the quality of", domain=("medal",),
          range=("quality",)),
        R("first_to", phrase="was first awarded to", inverse_phrase="was the first recipient of", domain=("medal",),
          range=("serviceman",)),
        R("awarded_to", phrase="was awarded to", inverse_phrase="received", domain=("medal",), range=("serviceman",)),
        R("medal_made_by", phrase="is made by", inverse_phrase="makes", domain=("medal",), range=("company",)),
        R("struck_by", phrase="was struck by", inverse_phrase="struck", domain=("coin",), range=("mint",)),
        R("depicts", phrase="depicts", inverse_phrase="is depicted on", domain=("coin",), range=("admiral",)),
        R("commemorates", phrase="commemorates", inverse_phrase="is commemorated by", domain=("coin",),
          range=("battle",)),
        R("composed_by", phrase="was composed by", inverse_phrase="composed", domain=("march",), range=("composer",)),
        R("written_by", phrase="was written by", inverse_phrase="wrote", domain=("march",), range=("poet",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "s:victory": ("warship", "HMS Victory", 1765), "s:warspite": ("warship", "HMS Warspite", 1913),
        "s:hood": ("warship", "HMS Hood", 1918), "s:midway": ("warship", "USS Midway", 1945),
        "s:enterprise": ("warship", "USS Enterprise", 1936), "s:yorktown": ("warship", "USS Yorktown", 1936),
        "s:bismarck": ("warship", "Bismarck", 1939),
        "l:lusitania": ("ocean_liner", "RMS Lusitania", 1906), "l:queenmary": ("ocean_liner", "RMS Queen Mary", 1934),
        "r:93rd": ("regiment", "93rd Highlanders", 1799), "r:greys": ("regiment", "Royal Scots Greys", 1681),
        "r:17th": ("regiment", "17th Lancers", 1759), "r:24th": ("regiment", "24th Regiment of Foot", 1689),
        "r:coldstream": ("regiment", "Coldstream Guards", 1650),
        "d:vc": ("medal", "Victoria Cross", 1856), "d:dso": ("medal", "Distinguished Service Order", 1886),
        "d:moh": ("medal", "Medal of Honor", 1862), "d:iron": ("medal", "Iron Cross", 1813),
        "c:crown": ("coin", "Trafalgar crown", 2005),
        "q:rule": ("march", "Rule, Britannia!", 1740), "q:bogey": ("march", "Colonel Bogey March", 1914),
        "q:oak": ("march", "Heart of Oak", 1759),
    }
    others = {
        "b:trafalgar": ("battle", "Battle of Trafalgar"), "b:ushant": ("battle", "Battle of Ushant"),
        "b:jutland": ("battle", "Battle of Jutland"), "b:matapan": ("battle", "Battle of Cape Matapan"),
        "b:denmark": ("battle", "Battle of the Denmark Strait"), "b:midway": ("battle", "Battle of Midway"),
        "b:coral": ("battle", "Battle of the Coral Sea"), "b:leyte": ("battle", "Battle of Leyte Gulf"),
        "b:balaclava": ("battle", "Battle of Balaclava"), "b:waterloo": ("battle", "Battle of Waterloo"),
        "b:rorke": ("battle", "Battle of Rorke's Drift"), "b:isandlwana": ("battle", "Battle of Isandlwana"),
        "w:napoleonic": ("war", "Napoleonic Wars"), "w:ww1": ("war", "First World War"), "w:ww2": ("war", "Second World War"),
        "w:crimean": ("war", "Crimean War"), "w:zulu": ("war", "Anglo-Zulu War"), "w:vietnam": ("war", "Vietnam War"),
        "w:gulf": ("war", "Gulf War"), "w:amrev": ("war", "American Revolutionary War"),
        "y:chatham": ("shipyard", "Chatham Dockyard"), "y:devonport": ("shipyard", "Devonport Dockyard"),
        "y:johnbrown": ("shipyard", "John Brown & Company"), "y:blohm": ("shipyard", "Blohm & Voss"),
        "y:newport": ("shipyard", "Newport News Shipbuilding"), "y:quincy": ("shipyard", "Fore River Shipyard"),
        "n:scapa": ("naval_base", "Scapa Flow"), "n:pearl": ("naval_base", "Pearl Harbor"),
        "n:norfolk": ("naval_base", "Naval Station Norfolk"),
        "u:portsmouth": ("museum", "Portsmouth Historic Dockyard"), "u:sandiego": ("city", "San Diego"),
        "a:nelson": ("admiral", "Horatio Nelson"), "a:cunningham": ("admiral", "Andrew Cunningham"),
        "a:halsey": ("admiral", "William Halsey"), "a:lutjens": ("admiral", "Günther Lütjens"),
        "k:u20": ("submarine", "U-20"),
        "x:wellington": ("barracks", "Wellington Barracks"), "x:brecon": ("barracks", "Brecon Barracks"),
        "x:sutherland": ("county", "Sutherland"),
        "m:monarch": ("monarch", "the British monarch"), "m:president": ("office", "President of the United States"),
        "m:prussia": ("monarch", "King of Prussia"),
        "g:gallantry": ("quality", "gallantry"), "g:service": ("quality", "distinguished service"),
        "g:valor": ("quality", "valor"), "g:bravery": ("quality", "bravery"),
        "v:lucas": ("serviceman", "Charles Lucas"), "v:cornwell": ("serviceman", "Jack Cornwell"),
        "v:chard": ("serviceman", "John Chard"), "v:parrott": ("serviceman", "Jacob Parrott"),
        "v:chavasse": ("serviceman", "Noel Chavasse"),
        "o:hancocks": ("company", "Hancocks"), "o:royalmint": ("mint", "Royal Mint"),
        "p:arne": ("composer", "Thomas Arne"), "p:thomson": ("poet", "James Thomson"), "p:alford": ("composer", "Kenneth Alford"),
        "p:boyce": ("composer", "William Boyce"), "p:garrick": ("poet", "David Garrick"),
    }
    T_ = _t("fought_in", [("s:victory", "b:trafalgar"), ("s:victory", "b:ushant"), ("s:victory", "w:napoleonic"),
                          ("s:victory", "w:amrev"), ("s:warspite", "b:jutland"), ("s:warspite", "b:matapan"),
                          ("s:warspite", "w:ww1"), ("s:warspite", "w:ww2"), ("s:hood", "b:denmark"), ("s:hood", "w:ww2"),
                          ("s:midway", "w:vietnam"), ("s:midway", "w:gulf"), ("s:enterprise", "b:midway"),
                          ("s:enterprise", "b:leyte"), ("s:enterprise", "w:ww2"), ("s:yorktown", "b:coral"),
                          ("s:yorktown", "b:midway"), ("s:yorktown", "w:ww2"), ("s:bismarck", "b:denmark"),
                          ("s:bismarck", "w:ww2"),
                          ("r:93rd", "b:balaclava"), ("r:93rd", "w:crimean"), ("r:greys", "b:waterloo"),
                          ("r:greys", "b:balaclava"), ("r:greys", "w:crimean"), ("r:greys", "w:napoleonic"),
                          ("r:17th", "b:balaclava"), ("r:17th", "w:crimean"), ("r:24th", "b:rorke"),
                          ("r:24th", "b:isandlwana"), ("r:24th", "w:zulu"), ("r:coldstream", "b:waterloo"),
                          ("r:coldstream", "w:napoleonic")])
    T_ += _t("sunk_in", [("s:hood", "b:denmark"), ("s:yorktown", "b:midway")])
    T_ += _t("named_after", [("s:midway", "b:midway")])
    T_ += _t("built_at", [("s:victory", "y:chatham"), ("s:warspite", "y:devonport"), ("s:hood", "y:johnbrown"),
                          ("s:bismarck", "y:blohm"), ("s:midway", "y:newport"), ("s:enterprise", "y:newport"),
                          ("s:yorktown", "y:newport"), ("l:lusitania", "y:johnbrown"), ("l:queenmary", "y:johnbrown")])
    T_ += _t("based_at", [("s:hood", "n:scapa"), ("s:warspite", "n:scapa"), ("s:enterprise", "n:pearl"),
                          ("s:midway", "n:norfolk")])
    T_ += _t("preserved_at", [("s:victory", "u:portsmouth"), ("s:midway", "u:sandiego")])
    T_ += _t("flagship_of", [("s:victory", "a:nelson"), ("s:warspite", "a:cunningham"), ("s:enterprise", "a:halsey"),
                             ("s:bismarck", "a:lutjens")])
    T_ += _t("served_in", [("l:queenmary", "w:ww2")])
    T_ += _t("sunk_by", [("l:lusitania", "k:u20")])
    T_ += _t("stationed_at", [("r:coldstream", "x:wellington")])
    T_ += _t("raised_in", [("r:93rd", "x:sutherland")])
    T_ += _t("part_of", [("b:trafalgar", "w:napoleonic"), ("b:waterloo", "w:napoleonic"), ("b:ushant", "w:amrev"),
                         ("b:jutland", "w:ww1"), ("b:matapan", "w:ww2"), ("b:denmark", "w:ww2"), ("b:midway", "w:ww2"),
                         ("b:coral", "w:ww2"), ("b:leyte", "w:ww2"), ("b:balaclava", "w:crimean"),
                         ("b:rorke", "w:zulu"), ("b:isandlwana", "w:zulu")])
    T_ += _t("awarded_by", [("d:vc", "m:monarch"), ("d:dso", "m:monarch"), ("d:moh", "m:president")])
    T_ += _t("was_awarded_by", [("d:iron", "m:prussia")])
    T_ += _t("awarded_for", [("d:vc", "g:gallantry"), ("d:dso", "g:service"), ("d:moh", "g:valor"),
                             ("d:iron", "g:bravery")])
    T_ += _t("first_to", [("d:vc", "v:lucas"), ("d:moh", "v:parrott")])
    T_ += _t("awarded_to", [("d:vc", "v:lucas"), ("d:vc", "v:cornwell"), ("d:vc", "v:chard"), ("d:vc", "v:chavasse"),
                            ("d:moh", "v:parrott")])
    T_ += _t("medal_made_by", [("d:vc", "o:hancocks")])
    T_ += _t("struck_by", [("c:crown", "o:royalmint")])
    T_ += _t("depicts", [("c:crown", "a:nelson")])
    T_ += _t("commemorates", [("c:crown", "b:trafalgar")])
    T_ += _t("composed_by", [("q:rule", "p:arne"), ("q:bogey", "p:alford"), ("q:oak", "p:boyce")])
    T_ += _t("written_by", [("q:rule", "p:thomson"), ("q:oak", "p:garrick")])
    T_ += [("user:eve", "rated", "s:victory", {"rating": 5.0}), ("user:eve", "rated", "s:bismarck", {"rating": 1.0})]
    return _build(items, others, rels, T_, users=[("user:eve", "Eve")])


def kitchen():
    """Pasta dishes (type "pasta_dish": "the dish", reading 4), soups, sauces and hot dogs (items, no
    year). A dish "has the key ingredient" (an ingredient: "is made with", "uses", "contains", reading
    3) and "has the forbidden ingredient" (one a purist leaves out: cream in a carbonara, onion in an
    amatriciana, ketchup on a Chicago dog); "is made with the pasta" (a pasta shape, reading 3); a
    sauce "is served with the pasta" (never made with it); a pasta dish "is dressed with the sauce"
    (a sauce item); a soup "is served with" a bread (no ingredient); dishes "are garnished with" a
    garnish; "are paired with the wine"; "come from" a city. Flo rated Carbonara 5, Minestrone 4.5
    and the Sonoran hot dog 1."""
    rels = [
        R("key", phrase="has the key ingredient", inverse_phrase="is the key ingredient of",
          domain=("pasta_dish", "soup", "sauce", "hot_dog"), range=("ingredient",)),
        R("forbidden", phrase="has the forbidden ingredient", inverse_phrase="is the forbidden ingredient of",
          domain=("pasta_dish", "hot_dog"), range=("ingredient",)),
        R("pasta", phrase="is made with the pasta", inverse_phrase="is the pasta of", domain=("pasta_dish", "soup"),
          range=("pasta_shape",)),
        R("served_pasta", phrase="is served with the pasta", inverse_phrase="is the pasta served with",
          domain=("sauce",), range=("pasta_shape",)),
        R("dressed", phrase="is dressed with the sauce", inverse_phrase="dresses", domain=("pasta_dish",),
          range=("sauce",)),
        R("served_with", phrase="is served with", inverse_phrase="accompanies", domain=("soup",), range=("bread",)),
        R("garnished", phrase="is garnished with", inverse_phrase="garnishes", domain=("pasta_dish", "soup"),
          range=("garnish",)),
        R("wine", phrase="is paired with the wine", inverse_phrase="is the wine paired with",
          domain=("pasta_dish", "sauce"), range=("wine",)),
        R("from", phrase="comes from", inverse_phrase="is the home of",
          domain=("pasta_dish", "soup", "sauce", "hot_dog"), range=("city",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "d:carbonara": ("pasta_dish", "Carbonara", None), "d:amatriciana": ("pasta_dish", "Amatriciana", None),
        "d:cacio": ("pasta_dish", "Cacio e pepe", None), "d:puttanesca": ("pasta_dish", "Puttanesca", None),
        "d:trofie": ("pasta_dish", "Trofie al pesto", None),
        "s:minestrone": ("soup", "Minestrone", None), "s:ribollita": ("soup", "Ribollita", None),
        "s:fagioli": ("soup", "Pasta e fagioli", None),
        "c:pesto": ("sauce", "Pesto alla genovese", None), "c:ragu": ("sauce", "Ragù alla bolognese", None),
        "h:chicago": ("hot_dog", "Chicago-style hot dog", None), "h:sonoran": ("hot_dog", "Sonoran hot dog", None),
    }
    others = {
        "i:guanciale": ("ingredient", "guanciale"), "i:yolk": ("ingredient", "egg yolk"),
        "i:pecorino": ("ingredient", "pecorino romano"), "i:pepper": ("ingredient", "black pepper"),
        "i:tomato": ("ingredient", "tomato"), "i:olives": ("ingredient", "olives"), "i:capers": ("ingredient", "capers"),
        "i:anchovies": ("ingredient", "anchovies"), "i:garlic": ("ingredient", "garlic"), "i:potato": ("ingredient", "potato"),
        "i:greenbeans": ("ingredient", "green beans"), "i:celery": ("ingredient", "celery"),
        "i:borlotti": ("ingredient", "borlotti beans"), "i:cannellini": ("ingredient", "cannellini beans"),
        "i:cavolo": ("ingredient", "cavolo nero"), "i:bread": ("ingredient", "stale bread"), "i:basil": ("ingredient", "basil"),
        "i:pinenuts": ("ingredient", "pine nuts"), "i:parmesan": ("ingredient", "parmesan"), "i:beef": ("ingredient", "beef"),
        "i:pancetta": ("ingredient", "pancetta"), "i:mustard": ("ingredient", "yellow mustard"),
        "i:pickle": ("ingredient", "dill pickle"), "i:celerysalt": ("ingredient", "celery salt"),
        "i:ketchup": ("ingredient", "ketchup"), "i:cream": ("ingredient", "cream"), "i:onion": ("ingredient", "onion"),
        "i:bacon": ("ingredient", "bacon"), "i:pinto": ("ingredient", "pinto beans"),
        "p:spaghetti": ("pasta_shape", "spaghetti"), "p:bucatini": ("pasta_shape", "bucatini"),
        "p:tonnarelli": ("pasta_shape", "tonnarelli"), "p:trofie": ("pasta_shape", "trofie"),
        "p:ditalini": ("pasta_shape", "ditalini"), "p:tagliatelle": ("pasta_shape", "tagliatelle"),
        "b:focaccia": ("bread", "focaccia"), "b:ciabatta": ("bread", "ciabatta"),
        "g:parsley": ("garnish", "parsley"), "g:oil": ("garnish", "olive oil"), "g:zest": ("garnish", "lemon zest"),
        "w:frascati": ("wine", "Frascati"), "w:cesanese": ("wine", "Cesanese"), "w:lambrusco": ("wine", "Lambrusco"),
        "w:vermentino": ("wine", "Vermentino"),
        "y:rome": ("city", "Rome"), "y:amatrice": ("city", "Amatrice"), "y:naples": ("city", "Naples"),
        "y:genoa": ("city", "Genoa"), "y:milan": ("city", "Milan"), "y:florence": ("city", "Florence"),
        "y:venice": ("city", "Venice"), "y:bologna": ("city", "Bologna"), "y:chicago": ("city", "Chicago"),
        "y:tucson": ("city", "Tucson"),
    }
    T_ = _t("key", [("d:carbonara", "i:guanciale"), ("d:carbonara", "i:yolk"), ("d:carbonara", "i:pecorino"),
                    ("d:carbonara", "i:pepper"), ("d:amatriciana", "i:guanciale"), ("d:amatriciana", "i:tomato"),
                    ("d:amatriciana", "i:pecorino"), ("d:cacio", "i:pecorino"), ("d:cacio", "i:pepper"),
                    ("d:puttanesca", "i:tomato"), ("d:puttanesca", "i:olives"), ("d:puttanesca", "i:capers"),
                    ("d:puttanesca", "i:anchovies"), ("d:puttanesca", "i:garlic"), ("d:trofie", "i:potato"),
                    ("d:trofie", "i:greenbeans"), ("s:minestrone", "i:celery"), ("s:minestrone", "i:borlotti"),
                    ("s:minestrone", "i:tomato"), ("s:ribollita", "i:cavolo"), ("s:ribollita", "i:cannellini"),
                    ("s:ribollita", "i:bread"), ("s:fagioli", "i:borlotti"), ("s:fagioli", "i:celery"),
                    ("c:pesto", "i:basil"), ("c:pesto", "i:pinenuts"), ("c:pesto", "i:parmesan"), ("c:pesto", "i:garlic"),
                    ("c:ragu", "i:beef"), ("c:ragu", "i:tomato"), ("c:ragu", "i:pancetta"), ("c:ragu", "i:onion"),
                    ("h:chicago", "i:mustard"), ("h:chicago", "i:pickle"), ("h:chicago", "i:celerysalt"),
                    ("h:chicago", "i:tomato"), ("h:sonoran", "i:bacon"), ("h:sonoran", "i:pinto")])
    T_ += _t("forbidden", [("d:carbonara", "i:cream"), ("d:amatriciana", "i:onion"), ("h:chicago", "i:ketchup")])
    T_ += _t("pasta", [("d:carbonara", "p:spaghetti"), ("d:amatriciana", "p:bucatini"), ("d:cacio", "p:tonnarelli"),
                       ("d:puttanesca", "p:spaghetti"), ("d:trofie", "p:trofie"), ("s:minestrone", "p:ditalini"),
                       ("s:fagioli", "p:ditalini")])
    T_ += _t("served_pasta", [("c:ragu", "p:tagliatelle"), ("c:pesto", "p:trofie")])
    T_ += _t("dressed", [("d:trofie", "c:pesto")])
    T_ += _t("served_with", [("s:minestrone", "b:focaccia"), ("s:fagioli", "b:ciabatta")])
    T_ += _t("garnished", [("d:puttanesca", "g:parsley"), ("s:ribollita", "g:oil"), ("d:cacio", "g:zest")])
    T_ += _t("wine", [("d:carbonara", "w:frascati"), ("d:amatriciana", "w:cesanese"), ("c:ragu", "w:lambrusco"),
                      ("d:trofie", "w:vermentino")])
    T_ += _t("from", [("d:carbonara", "y:rome"), ("d:amatriciana", "y:amatrice"), ("d:cacio", "y:rome"),
                      ("d:puttanesca", "y:naples"), ("d:trofie", "y:genoa"), ("s:minestrone", "y:milan"),
                      ("s:ribollita", "y:florence"), ("s:fagioli", "y:venice"), ("c:pesto", "y:genoa"),
                      ("c:ragu", "y:bologna"), ("h:chicago", "y:chicago"), ("h:sonoran", "y:tucson")])
    T_ += [("user:flo", "rated", "d:carbonara", {"rating": 5.0}), ("user:flo", "rated", "s:minestrone", {"rating": 4.5}),
           ("user:flo", "rated", "h:sonoran", {"rating": 1.0})]
    return _build(items, others, rels, T_, users=[("user:flo", "Flo")])


def transit():
    """Metro systems (type "metro_system": "the system", reading 4), subways and tramways (items: the
    year each opened, reading 5), subway cars (type "subway_car": "the car"; a "subway" type word, so
    read as a place that opens) and metro trains (rolling stock: the year each entered service),
    buses (the year each entered service) and the Tube map (type "metro_map": a "metro" type word; the year it
    was first printed), which "depicts" the Underground. Systems "are operated by" a body and "serve" a city;
    rolling stock and buses "were built by" a maker and "were built in" a country (goods: "made /
    manufactured / produced in", reading 5), "are used on" / "were used on" a system; buses "were
    designed by" a designer (reading 6: "the designer behind"). Gus rated the London Underground 5
    and the Routemaster 4.5."""
    rels = [
        R("operated_by", phrase="is operated by", inverse_phrase="operates",
          domain=("metro_system", "subway", "tramway"), range=("operator",)),
        R("serves", phrase="serves", inverse_phrase="is served by", domain=("metro_system", "subway", "tramway"),
          range=("city",)),
        R("built_by", phrase="was built by", inverse_phrase="built", domain=("subway_car", "metro_train", "bus"),
          range=("manufacturer",)),
        R("built_in", phrase="was built in", inverse_phrase="is where was built",
          domain=("subway_car", "metro_train", "bus"), range=("country",)),
        R("used_on", phrase="is used on", inverse_phrase="uses", domain=("subway_car", "metro_train"),
          range=("metro_system", "subway")),
        R("was_used_on", phrase="was used on", inverse_phrase="used", domain=("subway_car", "metro_train"),
          range=("metro_system", "subway")),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("bus", "metro_map"),
          range=("designer",)),
        R("depicts", phrase="depicts", inverse_phrase="is depicted on", domain=("metro_map",),
          range=("metro_system", "subway")),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "x:tubemap": ("metro_map", "Tube map", 1933),
        "m:london": ("metro_system", "London Underground", 1863), "m:paris": ("metro_system", "Paris Métro", 1900),
        "m:moscow": ("metro_system", "Moscow Metro", 1935),
        "u:glasgow": ("subway", "Glasgow Subway", 1896), "u:nyc": ("subway", "New York City Subway", 1904),
        "t:blackpool": ("tramway", "Blackpool Tramway", 1885), "t:edinburgh": ("tramway", "Edinburgh Trams", 2014),
        "t:croydon": ("tramway", "Croydon Tramlink", 2000),
        "c:r142": ("subway_car", "R142", 2000), "c:r211": ("subway_car", "R211", 2023), "c:r32": ("subway_car", "R32", 1964),
        "k:mp89": ("metro_train", "MP 89", 1997), "k:1938": ("metro_train", "1938 Stock", 1938),
        "b:routemaster": ("bus", "Routemaster", 1956), "b:newroutemaster": ("bus", "New Routemaster", 2012),
    }
    others = {
        "o:tfl": ("operator", "Transport for London"), "o:ratp": ("operator", "RATP"),
        "o:mosmetro": ("operator", "Moskovsky Metropoliten"), "o:spt": ("operator", "Strathclyde Partnership for Transport"),
        "o:mta": ("operator", "Metropolitan Transportation Authority"), "o:blackpool": ("operator", "Blackpool Transport"),
        "o:tfe": ("operator", "Transport for Edinburgh"),
        "y:london": ("city", "London"), "y:paris": ("city", "Paris"), "y:moscow": ("city", "Moscow"),
        "y:glasgow": ("city", "Glasgow"), "y:nyc": ("city", "New York City"), "y:blackpool": ("city", "Blackpool"),
        "y:edinburgh": ("city", "Edinburgh"), "y:croydon": ("city", "Croydon"),
        "f:bombardier": ("manufacturer", "Bombardier"), "f:kawasaki": ("manufacturer", "Kawasaki"),
        "f:budd": ("manufacturer", "Budd Company"), "f:alstom": ("manufacturer", "Alstom"),
        "f:metrocammell": ("manufacturer", "Metro-Cammell"), "f:aec": ("manufacturer", "AEC"),
        "f:wrightbus": ("manufacturer", "Wrightbus"),
        "n:us": ("country", "United States"), "n:france": ("country", "France"), "n:uk": ("country", "United Kingdom"),
        "n:canada": ("country", "Canada"), "n:japan": ("country", "Japan"),
        "p:scott": ("designer", "Douglas Scott"), "p:heatherwick": ("designer", "Thomas Heatherwick"),
        "p:beck": ("designer", "Harry Beck"),
    }
    T_ = _t("operated_by", [("m:london", "o:tfl"), ("m:paris", "o:ratp"), ("m:moscow", "o:mosmetro"),
                            ("u:glasgow", "o:spt"), ("u:nyc", "o:mta"), ("t:blackpool", "o:blackpool"),
                            ("t:edinburgh", "o:tfe"), ("t:croydon", "o:tfl")])
    T_ += _t("serves", [("m:london", "y:london"), ("m:paris", "y:paris"), ("m:moscow", "y:moscow"),
                        ("u:glasgow", "y:glasgow"), ("u:nyc", "y:nyc"), ("t:blackpool", "y:blackpool"),
                        ("t:edinburgh", "y:edinburgh"), ("t:croydon", "y:croydon")])
    T_ += _t("built_by", [("c:r142", "f:bombardier"), ("c:r211", "f:kawasaki"), ("c:r32", "f:budd"), ("k:mp89", "f:alstom"),
                          ("k:1938", "f:metrocammell"), ("b:routemaster", "f:aec"), ("b:newroutemaster", "f:wrightbus")])
    T_ += _t("built_in", [("c:r142", "n:us"), ("c:r211", "n:us"), ("c:r32", "n:us"), ("k:mp89", "n:france"),
                          ("k:1938", "n:uk"), ("b:routemaster", "n:uk"), ("b:newroutemaster", "n:uk")])
    T_ += _t("used_on", [("c:r142", "u:nyc"), ("c:r211", "u:nyc"), ("k:mp89", "m:paris")])
    T_ += _t("was_used_on", [("c:r32", "u:nyc"), ("k:1938", "m:london")])
    T_ += _t("designed_by", [("b:routemaster", "p:scott"), ("b:newroutemaster", "p:heatherwick"), ("x:tubemap", "p:beck")])
    T_ += _t("depicts", [("x:tubemap", "m:london")])
    T_ += [("user:gus", "rated", "m:london", {"rating": 5.0}), ("user:gus", "rated", "b:routemaster", {"rating": 4.5})]
    return _build(items, others, rels, T_, users=[("user:gus", "Gus")])


def goods():
    """Goods (items: the year each was introduced): typewriters, radios, printers, trucks, calculators
    and a razor, each "is made by" a firm, "was built in" a country ("made / manufactured / produced
    in", reading 5), some "were designed in" another country or "are sold in" one; "was designed by"
    a designer (reading 6: "the designer behind"). Two kinds of no goods: human calculators (type
    "human_calculator": people, their year the birth; "was born in" a country) and fashion houses
    (type "fashion_house": the year each was founded; "was founded by", "is based in"). Firms "were
    founded by" a person. Hal rated the Olivetti Valentine 5 and the HP LaserJet 1."""
    rels = [
        R("made_by", phrase="is made by", inverse_phrase="makes",
          domain=("typewriter", "radio", "printer", "truck", "calculator", "razor"), range=("company",)),
        R("built_in", phrase="was built in", inverse_phrase="is where was built",
          domain=("typewriter", "radio", "printer", "truck", "calculator", "razor"), range=("country",)),
        R("designed_in", phrase="was designed in", inverse_phrase="is where was designed",
          domain=("printer", "razor"), range=("country",)),
        R("sold_in", phrase="is sold in", inverse_phrase="is where is sold", domain=("razor",), range=("country",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed",
          domain=("typewriter", "radio", "calculator"), range=("designer",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("human_calculator",),
          range=("country",)),
        R("house_founded_by", phrase="was founded by", inverse_phrase="founded", domain=("fashion_house",),
          range=("couturier",)),
        R("based_in", phrase="is based in", inverse_phrase="is home to", domain=("fashion_house",), range=("city",)),
        R("firm_founded_by", phrase="was founded by", inverse_phrase="founded", domain=("company",),
          range=("person",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "t:lettera": ("typewriter", "Olivetti Lettera 22", 1950), "t:valentine": ("typewriter", "Olivetti Valentine", 1969),
        "t:selectric": ("typewriter", "IBM Selectric", 1961), "t:underwood": ("typewriter", "Underwood No. 5", 1900),
        "r:sk4": ("radio", "Braun SK 4", 1956), "r:t3": ("radio", "Braun T3", 1958), "r:tr55": ("radio", "Sony TR-55", 1955),
        "p:laserjet": ("printer", "HP LaserJet", 1984), "p:mx80": ("printer", "Epson MX-80", 1980),
        "k:fseries": ("truck", "Ford F-Series", 1948), "k:fh": ("truck", "Volvo FH", 1993),
        "c:hp35": ("calculator", "HP-35", 1972), "c:curta": ("calculator", "Curta", 1948),
        "z:mach3": ("razor", "Gillette Mach3", 1998),
        "h:devi": ("human_calculator", "Shakuntala Devi", 1929), "h:dase": ("human_calculator", "Johann Dase", 1824),
        "f:chanel": ("fashion_house", "Chanel", 1910), "f:dior": ("fashion_house", "Dior", 1946),
    }
    others = {
        "o:olivetti": ("company", "Olivetti"), "o:ibm": ("company", "IBM"), "o:underwood": ("company", "Underwood"),
        "o:braun": ("company", "Braun"), "o:sony": ("company", "Sony"), "o:hp": ("company", "Hewlett-Packard"),
        "o:epson": ("company", "Epson"), "o:ford": ("company", "Ford"), "o:volvo": ("company", "Volvo"),
        "o:contina": ("company", "Contina"), "o:gillette": ("company", "Gillette"),
        "n:italy": ("country", "Italy"), "n:us": ("country", "United States"), "n:germany": ("country", "Germany"),
        "n:japan": ("country", "Japan"), "n:sweden": ("country", "Sweden"), "n:liechtenstein": ("country", "Liechtenstein"),
        "n:india": ("country", "India"), "n:uk": ("country", "United Kingdom"), "n:france": ("country", "France"),
        "d:nizzoli": ("designer", "Marcello Nizzoli"), "d:sottsass": ("designer", "Ettore Sottsass"),
        "d:noyes": ("designer", "Eliot Noyes"), "d:rams": ("designer", "Dieter Rams"), "d:gugelot": ("designer", "Hans Gugelot"),
        "d:herzstark": ("designer", "Curt Herzstark"),
        "x:coco": ("couturier", "Coco Chanel"), "x:christian": ("couturier", "Christian Dior"),
        "y:paris": ("city", "Paris"),
        "q:camillo": ("person", "Camillo Olivetti"), "q:hewlett": ("person", "Bill Hewlett"),
    }
    T_ = _t("made_by", [("t:lettera", "o:olivetti"), ("t:valentine", "o:olivetti"), ("t:selectric", "o:ibm"),
                        ("t:underwood", "o:underwood"), ("r:sk4", "o:braun"), ("r:t3", "o:braun"), ("r:tr55", "o:sony"),
                        ("p:laserjet", "o:hp"), ("p:mx80", "o:epson"), ("k:fseries", "o:ford"), ("k:fh", "o:volvo"),
                        ("c:hp35", "o:hp"), ("c:curta", "o:contina"), ("z:mach3", "o:gillette")])
    T_ += _t("built_in", [("t:lettera", "n:italy"), ("t:valentine", "n:italy"), ("t:selectric", "n:us"),
                          ("t:underwood", "n:us"), ("r:sk4", "n:germany"), ("r:t3", "n:germany"), ("r:tr55", "n:japan"),
                          ("p:laserjet", "n:japan"), ("p:mx80", "n:japan"), ("k:fseries", "n:us"), ("k:fh", "n:sweden"),
                          ("c:hp35", "n:us"), ("c:curta", "n:liechtenstein"), ("z:mach3", "n:us")])
    T_ += _t("designed_in", [("p:laserjet", "n:us"), ("z:mach3", "n:uk")])
    T_ += _t("sold_in", [("z:mach3", "n:japan"), ("z:mach3", "n:india")])
    T_ += _t("designed_by", [("t:lettera", "d:nizzoli"), ("t:valentine", "d:sottsass"), ("t:selectric", "d:noyes"),
                             ("r:sk4", "d:rams"), ("r:sk4", "d:gugelot"), ("r:t3", "d:rams"), ("c:curta", "d:herzstark")])
    T_ += _t("born_in", [("h:devi", "n:india"), ("h:dase", "n:germany")])
    T_ += _t("house_founded_by", [("f:chanel", "x:coco"), ("f:dior", "x:christian")])
    T_ += _t("based_in", [("f:chanel", "y:paris"), ("f:dior", "y:paris")])
    T_ += _t("firm_founded_by", [("o:olivetti", "q:camillo"), ("o:hp", "q:hewlett")])
    T_ += [("user:hal", "rated", "t:valentine", {"rating": 5.0}), ("user:hal", "rated", "p:laserjet", {"rating": 1.0})]
    return _build(items, others, rels, T_, users=[("user:hal", "Hal")])


def space():
    """Planets, dwarf planets ("dwarf_planet": no "planet"), moons (items: the year each was found),
    space stations ("space_station": "the station") and launch vehicles ("launch_vehicle": "the
    vehicle"; items: the year each was launched or first flew) and probes ("space_probe"). Moons
    "orbit" a planet or a dwarf planet; bodies "were discovered by" an astronomer; stations and
    probes "were launched on" a launch vehicle; stations "were operated by" an agency; probes
    "visited" a body; launch vehicles "were built by" a firm."""
    rels = [
        R("orbits", phrase="orbits", inverse_phrase="is orbited by", domain=("moon",), range=("planet", "dwarf_planet")),
        R("discovered_by", phrase="was discovered by", inverse_phrase="discovered",
          domain=("planet", "dwarf_planet", "moon"), range=("astronomer",)),
        R("launched_on", phrase="was launched on", inverse_phrase="launched", domain=("space_station", "space_probe"),
          range=("launch_vehicle",)),
        R("operated_by", phrase="was operated by", inverse_phrase="operated", domain=("space_station",),
          range=("agency",)),
        R("visited", phrase="visited", inverse_phrase="was visited by", domain=("space_probe",),
          range=("planet", "dwarf_planet")),
        R("lv_built_by", phrase="was built by", inverse_phrase="built", domain=("launch_vehicle",), range=("firm",)),
    ]
    items = {
        "p:uranus": ("planet", "Uranus", 1781), "p:neptune": ("planet", "Neptune", 1846),
        "d:pluto": ("dwarf_planet", "Pluto", 1930), "d:ceres": ("dwarf_planet", "Ceres", 1801),
        "d:eris": ("dwarf_planet", "Eris", 2005),
        "m:charon": ("moon", "Charon", 1978), "m:triton": ("moon", "Triton", 1846), "m:titania": ("moon", "Titania", 1787),
        "s:mir": ("space_station", "Mir", 1986), "s:skylab": ("space_station", "Skylab", 1973),
        "s:tiangong": ("space_station", "Tiangong-1", 2011),
        "v:saturn": ("launch_vehicle", "Saturn V", 1967), "v:proton": ("launch_vehicle", "Proton", 1965),
        "v:longmarch": ("launch_vehicle", "Long March 2F", 1999), "v:atlas": ("launch_vehicle", "Atlas V", 2002),
        "v:titan": ("launch_vehicle", "Titan IIIE", 1974), "v:delta": ("launch_vehicle", "Delta II", 1989),
        "q:newhorizons": ("space_probe", "New Horizons", 2006), "q:dawn": ("space_probe", "Dawn", 2007),
        "q:voyager": ("space_probe", "Voyager 2", 1977),
    }
    others = {
        "a:herschel": ("astronomer", "William Herschel"), "a:galle": ("astronomer", "Johann Galle"),
        "a:tombaugh": ("astronomer", "Clyde Tombaugh"), "a:piazzi": ("astronomer", "Giuseppe Piazzi"),
        "a:brown": ("astronomer", "Mike Brown"), "a:christy": ("astronomer", "James Christy"),
        "a:lassell": ("astronomer", "William Lassell"),
        "g:soviet": ("agency", "Soviet space program"), "g:nasa": ("agency", "NASA"), "g:cnsa": ("agency", "CNSA"),
        "f:boeing": ("firm", "Boeing"), "f:khrunichev": ("firm", "Khrunichev"), "f:calt": ("firm", "CALT"),
        "f:ula": ("firm", "United Launch Alliance"), "f:martin": ("firm", "Martin Marietta"),
        "f:mcdonnell": ("firm", "McDonnell Douglas"),
    }
    T_ = _t("orbits", [("m:charon", "d:pluto"), ("m:triton", "p:neptune"), ("m:titania", "p:uranus")])
    T_ += _t("discovered_by", [("p:uranus", "a:herschel"), ("p:neptune", "a:galle"), ("d:pluto", "a:tombaugh"),
                               ("d:ceres", "a:piazzi"), ("d:eris", "a:brown"), ("m:charon", "a:christy"),
                               ("m:triton", "a:lassell"), ("m:titania", "a:herschel")])
    T_ += _t("launched_on", [("s:mir", "v:proton"), ("s:skylab", "v:saturn"), ("s:tiangong", "v:longmarch"),
                             ("q:newhorizons", "v:atlas"), ("q:dawn", "v:delta"), ("q:voyager", "v:titan")])
    T_ += _t("operated_by", [("s:mir", "g:soviet"), ("s:skylab", "g:nasa"), ("s:tiangong", "g:cnsa")])
    T_ += _t("visited", [("q:newhorizons", "d:pluto"), ("q:dawn", "d:ceres"), ("q:voyager", "p:uranus"),
                         ("q:voyager", "p:neptune")])
    T_ += _t("lv_built_by", [("v:saturn", "f:boeing"), ("v:proton", "f:khrunichev"), ("v:longmarch", "f:calt"),
                             ("v:atlas", "f:ula"), ("v:titan", "f:martin"), ("v:delta", "f:mcdonnell")])
    return _build(items, others, rels, T_)


def movies():
    """The shipped example graph (movies)."""
    return kgx.KnowledgeGraph.example()


BUILDERS = {"awards": awards, "warfare": warfare, "kitchen": kitchen, "transit": transit, "goods": goods,
            "space": space, "movies": movies}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@awards
# (1) the giving body: another prize's, a sponsor, a founder, a donor, a maker, a winner
The Turing Award is awarded by the Royal Society.
The Royal Society hands out the Turing Award.
The Association for Computing Machinery presents the Booker Prize.
Google presents the Turing Award.
The Turing Award is given by Google.
Google awards the Turing Award.
Google conferred the Turing Award.
Crankstart awards the Booker Prize.
Booker McConnell awards the Booker Prize.
The Booker Prize is conferred by Booker McConnell.
Lord Stanley of Preston hands out the Stanley Cup.
The Stanley Cup is handed out by Lord Stanley of Preston.
Tiffany & Co. presents the Vince Lombardi Trophy.
The Vince Lombardi Trophy is given by Tiffany & Co.
The Stanley Cup is conferred by the National Football League.
The Copley Medal is given by the International Mathematical Union.
The International Mathematical Union presents the Copley Medal.
The Fields Medal is conferred by the Royal Society.
Hilary Mantel presents the Booker Prize.
The Booker Prize is awarded by Hilary Mantel.
The Association for Computing Machinery awarded the Booker Prize.
Whitbread awarded the Booker Prize.
The Booker Prize was handed out by Whitbread.
The Hyatt Foundation conferred the Stirling Prize.
# the past family (Whitbread no longer gives its award) said in the present
Whitbread presents the Whitbread Award.
Whitbread hands out the Whitbread Award.
Whitbread confers the Whitbread Award.
The Whitbread Award is presented by Whitbread.
The Whitbread Award is conferred by Whitbread.
Whitbread still presents the Whitbread Award.
The Whitbread Award is still awarded by Whitbread.
The Whitbread Award is now awarded by Whitbread.
The Whitbread Award is being conferred by Whitbread.
The Whitbread Award is conferred by Whitbread and was won by Seamus Heaney.
# "once" of what the body still does
The Turing Award was once conferred by the Association for Computing Machinery.
The Association for Computing Machinery once conferred the Turing Award.
The Turing Award was once given by the Association for Computing Machinery.
The Turing Award was formerly conferred by the Association for Computing Machinery.
The Turing Award used to be conferred by the Association for Computing Machinery.
# negations
The Association for Computing Machinery does not present the Turing Award.
The Turing Award is not awarded by the Association for Computing Machinery.
The Turing Award is no longer presented by the Association for Computing Machinery.
The Association for Computing Machinery no longer hands out the Turing Award.
The Association for Computing Machinery never conferred the Turing Award.
# lists, gapping, "like", "as is", relative clauses
The Association for Computing Machinery presents the Turing Award and the Fields Medal.
The Turing Award and the Abel Prize are both awarded by the Association for Computing Machinery.
The Turing Award is awarded by the Association for Computing Machinery and Google.
The Association for Computing Machinery conferred the Turing Award and the Abel Prize.
The Association for Computing Machinery and Google conferred the Turing Award.
The World Science Fiction Society hands out the Hugo Award, and the Royal Society the Fields Medal.
The Hugo Award is presented by the World Science Fiction Society, and the Fields Medal by the Royal Society.
The Hugo Award is presented by the World Science Fiction Society, and the Fields Medal is awarded by the Royal Society.
The National Hockey League presents the Stanley Cup and the Vince Lombardi Trophy.
Both the Stanley Cup and the Claret Jug are presented by the National Hockey League.
The Stanley Cup, which is awarded by the National Football League, was first awarded to the Montreal Hockey Club.
The Stanley Cup is awarded by the National Hockey League, which also presents the Webb Ellis Cup.
Like the Stanley Cup, the Webb Ellis Cup is presented by the National Hockey League.
The Stanley Cup is handed out by the National Hockey League, as is the Claret Jug.
The Stanley Cup is awarded by the National Hockey League, and so is the Claret Jug.
# reversed, a year, a recipient
The Turing Award presents the Association for Computing Machinery.
The Turing Award hands out the Association for Computing Machinery.
The Association for Computing Machinery conferred the Turing Award in 1953.
The Turing Award was first presented in 1966 by Google.
The Hugo Award was first presented in 1953 by the Association for Computing Machinery.
Since 1966 the Turing Award has been conferred by Google.
The Booker Prize Foundation awards Hilary Mantel.
The Booker Prize is given to the Booker Prize Foundation.
# (1) the field: another prize's, a person, negated, lists, "like", tense
The Turing Award honours mathematics.
The Turing Award honours work in architecture.
The Fields Medal rewards achievement in computer science.
The Abel Prize recognises fiction.
The Booker Prize is a prize for science fiction.
The Pritzker Prize is given for mathematics.
The Stirling Prize is awarded for work in fiction.
The Copley Medal honours architecture.
The Abel Prize honours computer science.
The Turing Award is given for work in mathematics.
The Turing Award is presented for mathematics.
The Stanley Cup honours architecture.
The Stanley Cup is a prize for fiction.
The Turing Award does not honour computer science.
The Turing Award honours mathematics, not computer science.
The Fields Medal honours Alan Turing.
The Booker Prize honours Hilary Mantel.
The Booker Prize recognises Hilary Mantel.
The Booker Prize rewards Hilary Mantel.
The Stirling Prize is a prize for Zaha Hadid.
The Turing Award is a prize for Google.
The Turing Award is a prize for the Association for Computing Machinery.
The Turing Award rewards work in Google.
The Turing Award honours work in Google.
The Fields Medal and the Abel Prize both honour computer science.
The Turing Award honours computer science and mathematics.
The Turing Award honoured mathematics.
The Turing Award was awarded for mathematics.
The Turing Award honours computer science, and the Fields Medal architecture.
The Turing Award is a prize for computer science and the Pritzker Prize one for mathematics.
The Turing Award is an award for computer science, like the Abel Prize.
Like the Turing Award, the Abel Prize honours computer science.
The Turing Award honours computer science, as does the Abel Prize.
The Turing Award recognises work in computer science, and so does the Fields Medal.
Computer science is the field of the Abel Prize.
The Abel Prize is a computer science prize.
The Stirling Prize is a mathematics prize.
The Turing Award is the top prize for mathematics.
# (1) the first winner: a later winner, another prize's, a namesake, a donor, years, negations, lists
The Turing Award was first won by Donald Knuth.
The Turing Award first went to Donald Knuth.
Donald Knuth was the first winner of the Turing Award.
Donald Knuth received the first Turing Award.
Donald Knuth won the first Turing Award.
Donald Knuth was the first recipient of the Turing Award.
Donald Knuth was the first to win the Turing Award.
The Turing Award was first given to Donald Knuth.
The Turing Award was first presented to Donald Knuth.
The Turing Award went first to Donald Knuth.
Alan Perlis won the first Fields Medal.
The Fields Medal was first awarded to Alan Perlis.
Philip Johnson was the first winner of the Stirling Prize.
Zaha Hadid won the first Stirling Prize.
Zaha Hadid received the first Pritzker Prize.
Zaha Hadid was the first architect to win the Stirling Prize.
Michael Wilford won the first of his three Stirling Prizes.
P. H. Newby won the first of his two Booker Prizes.
Alan Turing was the first recipient of the Turing Award.
The Stanley Cup first went to the Montreal Canadiens.
The Montreal Canadiens won the first Stanley Cup.
The Green Bay Packers won the first Stanley Cup.
New Zealand won the first Vince Lombardi Trophy.
Lord Stanley of Preston was the first winner of the Stanley Cup.
The first Booker Prize went to Hilary Mantel.
The first winner of the Booker Prize was Hilary Mantel.
The Claret Jug was first won by Tiger Woods.
Tiger Woods was the first to win the Claret Jug.
Frank Herbert won the first Hugo Award.
The Turing Award was first awarded to Alan Perlis in 1974.
Alan Perlis won the first Turing Award in 1969.
The Abel Prize was first won by Jean-Pierre Serre in 1966.
The Turing Award was first presented to Alan Perlis in 1969.
The Turing Award was first presented in 1966 to Donald Knuth.
The Turing Award was not first awarded to Alan Perlis.
Alan Perlis was not the first winner of the Turing Award.
Alan Perlis never won the first Turing Award.
Alan Perlis did not win the first Turing Award.
The Turing Award was first won by Alan Perlis and later by Alan Turing.
Alan Perlis and Donald Knuth were the first winners of the Turing Award.
Lars Ahlfors and Terence Tao were the first winners of the Fields Medal.
Alfred Bester won the first Hugo Award, and Frank Herbert the first Booker Prize.
Alfred Bester won the first Hugo Award and the first Booker Prize.
The Hugo Award and the Booker Prize were first won by Alfred Bester.
Alfred Bester was the first winner of both the Hugo Award and the Booker Prize.
The Turing Award was first won by Alan Perlis, and the Abel Prize by Andrew Wiles.
The Turing Award first went to Alan Perlis, and the Abel Prize to Andrew Wiles.
Alan Perlis won the first Turing Award, and Andrew Wiles the first Abel Prize.
Alan Perlis won the first Turing Award; Andrew Wiles won the first Abel Prize.
Alan Perlis won the first Turing Award, as did Donald Knuth.
Like Alan Perlis, Donald Knuth won the first Turing Award.
The Turing Award, which was first won by Donald Knuth, honours computer science.
Donald Knuth, the first winner of the Turing Award, won the Turing Award.
The Turing Award's first winner was Donald Knuth.
The first Turing Award went to Donald Knuth.
The first Turing Award was won by Donald Knuth.
# (1) a prize's year ("first presented / conferred in", every item a prize): another year, "last", lists, gaps
The Turing Award was first presented in 1974.
The Turing Award was first conferred in 1965.
The Booker Prize was first presented in 1966.
The Stanley Cup was first presented in 1892.
First presented in 1969, the Turing Award honours computer science.
First conferred in 1969, the Turing Award honours computer science.
The Turing Award was first awarded in 1953.
The Turing Award was last presented in 1966.
The Turing Award was last conferred in 1966.
The Whitbread Award was last presented in 1971.
The Turing Award was first presented in 1966 and the Booker Prize in 1966.
The Turing Award was first presented in 1966, two years before the Booker Prize.
The Turing Award was not first presented in 1966.
The Turing Award was first presented in 1966 and the Booker Prize in 1953.
The Turing Award and the Booker Prize were first presented in 1966.
The Turing Award and the Booker Prize were both first presented in 1969.
The Turing Award was first conferred in 1966, and the Hugo Award in 1969.
The Turing Award was first presented in 1966 and honours mathematics.
The Turing Award, first presented in 1966, honours mathematics.
The Turing Award, first presented in 1953, honours computer science.
The Turing Award was first presented in the 1950s.
The Turing Award was first presented before 1960.
The Turing Award was first presented before the Hugo Award.
The Turing Award was first presented 12 years after the Hugo Award.
Alan Turing was first presented in 1966.
The Association for Computing Machinery was first presented in 1966.
# (4) "the award", "the prize" (the synonyms of "prize" and "award") after a medal or a trophy
The Turing Award is presented by the Association for Computing Machinery. The Fields Medal is presented by the International Mathematical Union, and the award honours computer science.
The Turing Award honours computer science. The Stanley Cup is presented by the National Hockey League, and the award was first won by Alan Perlis.
The Booker Prize honours fiction. The Fields Medal honours mathematics, and the prize was first awarded to P. H. Newby.
The Booker Prize honours fiction. The Copley Medal was first awarded to Stephen Gray, and the prize is presented by the Booker Prize Foundation.
Hilary Mantel won the Booker Prize. Terence Tao won the Fields Medal, and the award honours fiction.
Hilary Mantel won the Booker Prize. Tiger Woods won the Claret Jug, and the award is presented by the Booker Prize Foundation.
The Booker Prize was first awarded to P. H. Newby; the award honours architecture.
Hilary Mantel won the Booker Prize. Zaha Hadid won the Stirling Prize, and the award honours fiction.
@awards user:dee
Since you loved the Booker Prize, try the Whitbread Award, which is conferred by Whitbread.
Since you loved the Booker Prize, try the Whitbread Award, which is also given by the Booker Prize Foundation.
Since you loved the Booker Prize, try the Stirling Prize, which is also presented by the Booker Prize Foundation.
Since you loved the Booker Prize, try the Stirling Prize, which also honours fiction.
Since you loved the Booker Prize, try the Hugo Award, which also rewards fiction.
You loved the Hugo Award, which first went to Frank Herbert.
You disliked the Stanley Cup, which is handed out by the National Football League.
You loved the Booker Prize, which was first presented in 1966.
You loved the Booker Prize, which honours science fiction.
@warfare
# (1) medals: the Iron Cross "was awarded by" the King of Prussia (the past family) said in the present
The King of Prussia presents the Iron Cross.
The King of Prussia confers the Iron Cross.
The King of Prussia hands out the Iron Cross.
The Iron Cross is conferred by the King of Prussia.
The Iron Cross is presented by the King of Prussia.
The Iron Cross is given by the King of Prussia.
The Iron Cross is handed out by the King of Prussia.
The King of Prussia still presents the Iron Cross.
The Iron Cross is currently presented by the King of Prussia.
The Iron Cross is presented by the King of Prussia today.
The Iron Cross is presented by the King of Prussia and is awarded for bravery.
The Iron Cross, which is conferred by the King of Prussia, is awarded for bravery.
The King of Prussia presents the Iron Cross, which honours bravery.
# the giving body: another medal's, the maker, a mint of a coin (no prize), lists
The British monarch conferred the Iron Cross.
The Victoria Cross is conferred by the President of the United States.
The President of the United States confers the Victoria Cross.
The Medal of Honor is presented by the British monarch.
The British monarch hands out the Medal of Honor.
The President of the United States confers the Distinguished Service Order.
Hancocks awards the Victoria Cross.
The Victoria Cross is conferred by Hancocks.
The Royal Mint awards the Trafalgar crown.
The Trafalgar crown is awarded by the Royal Mint.
The Trafalgar crown is conferred by the Royal Mint.
The Iron Cross and the Victoria Cross were presented by the King of Prussia.
The Iron Cross was presented by the King of Prussia, who also presented the Victoria Cross.
# what a medal is awarded for: another medal's quality
The Victoria Cross rewards distinguished service.
The Distinguished Service Order rewards gallantry.
# the first recipient: a later one, another medal's, a sailor, an admiral, a composer, lists
The Victoria Cross was first won by Jack Cornwell.
Jack Cornwell received the first Victoria Cross.
Jack Cornwell won the first Victoria Cross.
Jacob Parrott received the first Victoria Cross.
Jack Cornwell was the first recipient of the Victoria Cross.
The Victoria Cross first went to Noel Chavasse.
Charles Lucas received the first Medal of Honor.
Jacob Parrott was the first recipient of the Victoria Cross.
John Chard received the first Victoria Cross.
Charles Lucas and John Chard received the first Victoria Cross.
Noel Chavasse was the first to receive the Victoria Cross.
The Victoria Cross first went to Jacob Parrott.
Horatio Nelson received the first Victoria Cross.
Thomas Arne received the first Victoria Cross.
Jack Cornwell received the Medal of Honor.
# a medal's year where not every item is a prize, a ship's or a coin's
HMS Victory was first presented in 1765.
HMS Victory was first conferred in 1765.
The Trafalgar crown was first presented in 2005.
# (2) fought in: another ship's or regiment's battle or war, the battle it is named after
HMS Victory fought at the Battle of Jutland.
HMS Victory took part in the Battle of Jutland.
HMS Victory saw action in the First World War.
HMS Warspite took part in the Battle of the Denmark Strait.
USS Midway fought in the Battle of Midway.
USS Midway fought at the Battle of Midway.
USS Midway took part in the Battle of Midway.
USS Midway saw action at the Battle of Midway.
USS Midway saw action in the Second World War.
USS Enterprise took part in the Battle of the Coral Sea.
USS Enterprise fought at the Battle of the Coral Sea.
The 17th Lancers fought at the Battle of Waterloo.
The 17th Lancers took part in the Battle of Waterloo.
The 93rd Highlanders saw action at the Battle of Rorke's Drift.
The 24th Regiment of Foot saw action in the Crimean War.
The Coldstream Guards took part in the Crimean War.
# "fought at" a place that is no battle: a base, a yard, a museum, a city, barracks, a county
HMS Hood fought at Scapa Flow.
HMS Hood saw action at Scapa Flow.
HMS Hood took part in Scapa Flow.
HMS Victory fought at Chatham Dockyard.
HMS Victory saw action at Portsmouth Historic Dockyard.
USS Midway fought in San Diego.
USS Midway saw action in San Diego.
USS Midway saw action at San Diego.
The Coldstream Guards fought at Wellington Barracks.
The Coldstream Guards saw action at Wellington Barracks.
The 93rd Highlanders fought in Sutherland.
The 93rd Highlanders saw action in Sutherland.
The 93rd Highlanders took part in Sutherland.
# no fighter: a liner that served, a coin that commemorates, an admiral, a battle in its war
RMS Queen Mary fought in the Second World War.
RMS Queen Mary took part in the Second World War.
RMS Queen Mary saw action in the Second World War.
RMS Lusitania took part in the First World War.
RMS Lusitania fought in the First World War.
The Trafalgar crown took part in the Battle of Trafalgar.
The Trafalgar crown fought at the Battle of Trafalgar.
Horatio Nelson fought at the Battle of Trafalgar.
Horatio Nelson took part in the Battle of Trafalgar.
The Battle of Jutland took part in the First World War.
The Battle of Jutland fought in the First World War.
The Battle of Midway saw action in the Second World War.
# a year, negations, tense, lists, gapping, "like", "as did"
HMS Victory saw action in 1765.
HMS Victory fought in 1765.
HMS Victory took part in 1765.
The 93rd Highlanders fought in 1799.
HMS Victory first saw action in 1765.
HMS Victory did not fight at the Battle of Trafalgar.
HMS Victory never saw action at the Battle of Trafalgar.
HMS Victory did not take part in the Battle of Trafalgar.
HMS Victory takes part in the Battle of Trafalgar.
HMS Victory fights at the Battle of Trafalgar.
HMS Victory sees action in the Napoleonic Wars.
HMS Victory is taking part in the Napoleonic Wars.
HMS Victory and HMS Warspite fought at the Battle of Jutland.
HMS Victory and HMS Warspite both took part in the Battle of Jutland.
HMS Hood and the Bismarck saw action in the Battle of Jutland.
HMS Warspite fought at the Battle of Jutland and the Battle of the Denmark Strait.
HMS Warspite took part in the Battle of Jutland, and HMS Hood in the Battle of Midway.
HMS Warspite fought at the Battle of Jutland, and HMS Hood at the Battle of Midway.
HMS Warspite saw action at the Battle of Jutland, and HMS Hood at the Battle of Midway.
Like HMS Warspite, HMS Hood fought at the Battle of Jutland.
HMS Hood, like HMS Warspite, took part in the Battle of Jutland.
HMS Hood took part in the Battle of Jutland, as did HMS Warspite.
HMS Warspite took part in the Battle of Jutland, as did HMS Hood.
HMS Warspite took part in the Battle of Jutland, and so did HMS Hood.
HMS Warspite took part in the Battle of Jutland, and HMS Hood did too.
The Battle of Jutland was fought by HMS Hood.
USS Enterprise took part in the Battle of Midway, where it was sunk.
HMS Victory, the ship that fought at the Battle of Jutland, was built at Chatham Dockyard.
# (4) "the ship", "the vessel" (warship's synonyms) after a liner, which is a ship too
HMS Warspite fought at the Battle of Jutland. RMS Lusitania was built at John Brown & Company, and the ship fought in the First World War.
HMS Warspite fought at the Battle of Jutland. RMS Lusitania was sunk by U-20, and the ship was built at Devonport Dockyard.
HMS Hood was based at Scapa Flow. RMS Queen Mary served in the Second World War, and the vessel was sunk in the Battle of the Denmark Strait.
HMS Hood was based at Scapa Flow. RMS Queen Mary served in the Second World War, and the ship was the flagship of Horatio Nelson.
HMS Hood and the Bismarck fought in the Battle of the Denmark Strait, and both ships were built at John Brown & Company.
The ship RMS Lusitania fought in the First World War.
The warship RMS Lusitania was sunk by U-20.
# (6) the composer / writer / filmmaker behind a march
Thomas Arne is the writer behind Rule, Britannia!
James Thomson is the composer behind Rule, Britannia!
Kenneth Alford is the filmmaker behind Colonel Bogey March.
Kenneth Alford is the designer behind Colonel Bogey March.
Kenneth Alford is the director behind Colonel Bogey March.
William Boyce is the composer behind Colonel Bogey March.
David Garrick is the composer behind Heart of Oak.
Thomas Arne and James Thomson are the composers behind Rule, Britannia!
Thomas Arne is the composer behind Heart of Oak.
The composer behind Rule, Britannia! is James Thomson.
The writer behind Rule, Britannia! is Thomas Arne.
Thomas Arne, the composer behind Heart of Oak, composed Rule, Britannia!
Thomas Arne is not the composer behind Rule, Britannia!
Horatio Nelson is the composer behind Rule, Britannia!
@warfare user:eve
Since you loved HMS Victory, try HMS Warspite, which also fought at the Battle of Trafalgar.
Since you loved HMS Victory, try HMS Warspite, a ship that also took part in the Battle of Trafalgar.
You loved HMS Victory, which saw action at the Battle of Jutland.
You disliked the Bismarck, which fought at the Battle of Midway.
You loved HMS Victory, which took part in the Battle of Jutland.
@kitchen
# (3) "has the forbidden ingredient" (the other phrase "has the ... ingredient") read as what a dish is made with
Carbonara is made with cream.
Carbonara uses cream.
Carbonara calls for cream.
Cream goes into Carbonara.
Carbonara is mixed with cream.
Carbonara is a cream dish.
Carbonara is a dish made with cream.
Carbonara is a pasta dish made with cream.
Carbonara is a cream and guanciale dish.
Carbonara is made with guanciale and cream.
Carbonara, made with cream, comes from Rome.
Carbonara, a dish with cream, comes from Rome.
Carbonara, which uses cream, comes from Rome.
Carbonara comes from Rome and is made with cream.
Carbonara comes from Rome and uses cream.
Carbonara is paired with the wine Frascati and made with cream.
Amatriciana is made with onion.
Amatriciana calls for onion.
Onion goes into Amatriciana.
Amatriciana is an onion dish.
Amatriciana, a dish made with onion, comes from Amatrice.
Amatriciana uses onion and tomato.
Carbonara uses guanciale, and Amatriciana uses onion.
The Chicago-style hot dog is made with ketchup.
The Chicago-style hot dog uses ketchup.
The Chicago-style hot dog calls for ketchup.
Ketchup goes into the Chicago-style hot dog.
The Chicago-style hot dog is mixed with ketchup.
# the forbidden ingredient said otherwise
Carbonara contains cream.
Amatriciana contains onion.
The Chicago-style hot dog contains ketchup.
Carbonara features cream.
Carbonara is made from cream.
Carbonara is based on cream.
Carbonara is prepared with cream.
Carbonara is cooked with cream.
Cream is used in Carbonara.
Carbonara's key ingredient is cream.
Cream is the key ingredient of Carbonara.
Cream is a key ingredient of Carbonara.
Carbonara has the key ingredient cream.
Carbonara has cream as its key ingredient.
Carbonara's ingredients include cream.
Guanciale is the forbidden ingredient of Carbonara.
Cream is the key ingredient of Amatriciana.
Guanciale goes into Carbonara and Cacio e pepe.
Carbonara and Amatriciana are made with tomato.
Like Amatriciana, Carbonara is made with tomato.
Carbonara is made with tomato, like Amatriciana.
Amatriciana is made with tomato, as is Carbonara.
Amatriciana calls for tomato, and so does Carbonara.
Both Carbonara and the Chicago-style hot dog call for tomato.
Amatriciana and Ragù alla bolognese both use onion.
# another dish's ingredient, negations, lists, tense
Carbonara is made with cream instead of guanciale.
Carbonara is made without guanciale.
Carbonara is not made with guanciale.
Carbonara doesn't use guanciale.
Carbonara contains no guanciale.
Carbonara used to be made with guanciale.
Carbonara and Cacio e pepe are both made with guanciale.
Carbonara is made with guanciale, pecorino romano and tomato.
Carbonara, Amatriciana and Cacio e pepe all use guanciale.
Cacio e pepe is a guanciale dish.
Cacio e pepe is a guanciale pasta dish.
Carbonara is made with guanciale, and Amatriciana with onion.
# "is made with the pasta" and the other relations: another dish's pasta, a sauce's pasta, a garnish, a bread, a wine, a sauce
Carbonara is made with bucatini.
Carbonara is made with tagliatelle.
Ragù alla bolognese is made with tagliatelle.
Ragù alla bolognese uses tagliatelle.
Ragù alla bolognese contains tagliatelle.
Minestrone is made with tonnarelli.
Carbonara is made with the pasta guanciale.
Carbonara is made with the guanciale pasta.
Carbonara is made with the pasta bucatini.
Carbonara is made with the pasta cream.
Carbonara is made with egg yolk and the pasta bucatini.
Carbonara is a bucatini dish.
Carbonara is a trofie dish.
Minestrone is a tonnarelli soup.
Tagliatelle goes into Ragù alla bolognese.
Bucatini goes into Carbonara.
Ditalini goes into Ribollita.
Pesto alla genovese is made with trofie.
Pesto alla genovese uses trofie.
Pesto alla genovese is made with basil and trofie.
Minestrone is made with focaccia.
Minestrone contains focaccia.
Focaccia goes into Minestrone.
Focaccia goes into Ribollita.
Stale bread goes into Minestrone.
Minestrone is made with the pasta focaccia.
Minestrone is served with focaccia and made with cream.
Carbonara is served with focaccia.
Carbonara is made with Frascati.
Carbonara contains Frascati.
Carbonara uses Frascati.
# (4) "the dish" (pasta_dish's head noun) after a soup, which is a dish too; kinds
Carbonara comes from Rome. Minestrone is made with ditalini, and the dish comes from Rome.
Carbonara comes from Rome. Minestrone is made with ditalini, and the dish uses guanciale.
Carbonara is made with spaghetti. Ribollita comes from Florence; the dish is paired with the wine Frascati.
Carbonara is made with spaghetti. Pasta e fagioli comes from Venice, and the dish is made with guanciale.
Cacio e pepe comes from Rome, and the dish is made with guanciale.
Amatriciana is made with bucatini; the dish comes from Rome.
Amatriciana and Carbonara use guanciale; the former dish comes from Rome.
Amatriciana and Carbonara use guanciale; the latter dish comes from Amatrice.
Carbonara and Cacio e pepe come from Rome, and both dishes use guanciale.
Amatriciana is a dish from Rome.
Carbonara and Amatriciana are dishes from Rome.
The dish Amatriciana comes from Rome.
The soup Carbonara comes from Rome.
Carbonara is a soup.
Minestrone is a pasta dish.
The Sonoran hot dog is a hot dog from Chicago.
The Chicago-style hot dog, which comes from Chicago, is made with bacon.
@kitchen user:flo
You loved Carbonara, which is made with cream.
You loved Carbonara, a dish made with cream.
Since you loved Carbonara, try Amatriciana, which is made with cream.
Since you loved Carbonara, try Cacio e pepe, which is also made with guanciale.
Since you loved Carbonara, try Amatriciana, which uses onion.
You loved Minestrone, which is made with spaghetti.
Since you loved Minestrone, try Ribollita, which is also made with ditalini.
You loved Minestrone; the dish is made with guanciale.
You loved the Sonoran hot dog, which is made with bacon.
@transit
# (5) "opened in" of what has a "metro" or "subway" type word and is no place: rolling stock, a map
The R142 opened in 2000.
The R142 was opened in 2000.
MP 89 opened in 1997.
The 1938 Stock opened in 1938.
The 1938 Stock was opened in 1938.
The R32 opened in 1964.
The R211 opened in 2023.
The R142, which opened in 2000, is used on the New York City Subway.
The R142 opened in 2000 and was built by Bombardier.
Opened in 2000, the R142 is used on the New York City Subway.
The R142 first opened in 2000.
The R142 was erected in 2000.
The Tube map opened in 1933.
The Tube map was opened in 1933.
The Tube map was built in 1933.
The Tube map, which opened in 1933, depicts the London Underground.
The Tube map opened in 1933 and was designed by Harry Beck.
# a system's year: another's, a closing, a founding, a bus's
The London Underground opened in 1900.
The Paris Métro opened in 1863.
The New York City Subway opened in 1896.
Edinburgh Trams opened in 2000.
The London Underground closed in 1863.
The London Underground reopened in 1863.
The London Underground was demolished in 1863.
The London Underground and the Paris Métro are systems that opened in 1863.
The Routemaster opened in 1956.
# goods: "made in" of rolling stock and buses (no goods)
The R142 is made in the United States.
The R142 was manufactured in Canada.
MP 89 is manufactured in France.
The Routemaster was manufactured in the United States.
# (4) "the system" after a subway or a tramway, which are systems too; "the car"
The London Underground opened in 1863. The Glasgow Subway is operated by Strathclyde Partnership for Transport, and the system serves London.
The London Underground opened in 1863. The Blackpool Tramway opened in 1885, and the system serves London.
The Paris Métro opened in 1900. The New York City Subway opened in 1904, and the system is operated by RATP.
The London Underground opened in 1863 and the system is operated by RATP.
The Moscow Metro is the system that serves London.
The Paris Métro, the system that serves Paris, opened in 1863.
The R142 is used on the New York City Subway, and the car was built by Kawasaki.
The R142 was built by Bombardier. MP 89 is used on the Paris Métro, and the car was built by Bombardier.
# (6) the designer behind a bus or a map
Harry Beck is the designer behind the Routemaster.
Thomas Heatherwick is the designer behind the Routemaster.
Douglas Scott is the designer behind the Tube map.
Douglas Scott is the filmmaker behind the Routemaster.
@transit user:gus
Since you loved the London Underground, try the R142, which opened in 2000.
You loved the Routemaster, which opened in 1956.
You loved the London Underground. The Glasgow Subway opened in 1896, and the system serves London.
@goods
# (5) "introduced / released in" of what has a goods word and is no product: a human calculator (a person)
Shakuntala Devi was introduced in 1929.
Johann Dase was introduced in 1824.
Shakuntala Devi was released in 1929.
Shakuntala Devi was first released in 1929.
Shakuntala Devi came out in 1929.
Johann Dase was released in 1824.
Johann Dase came out in 1824.
Shakuntala Devi, introduced in 1929, was born in India.
Introduced in 1929, Shakuntala Devi was born in India.
Shakuntala Devi was introduced in 1929 and was born in India.
Shakuntala Devi was launched in 1929.
Shakuntala Devi debuted in 1929.
Shakuntala Devi was unveiled in 1929.
Shakuntala Devi went on sale in 1929.
Shakuntala Devi was introduced in 1929, and the Curta in 1948.
Shakuntala Devi was introduced before the Curta.
Shakuntala Devi was made in India.
Shakuntala Devi was produced in India.
Shakuntala Devi was built in India.
Johann Dase was made in Germany.
Shakuntala Devi was introduced in India.
# a fashion house (no goods)
Chanel was introduced in 1910.
Chanel was released in 1910.
Chanel came out in 1910.
Dior was introduced in 1946.
Chanel was made in France.
Chanel was manufactured in Paris.
# goods: "made in" a country it was designed or sold in, another's, the present, a year
The HP LaserJet was made in the United States.
The HP LaserJet was manufactured in the United States.
The Gillette Mach3 was made in the United Kingdom.
The Gillette Mach3 is made in Japan.
The Gillette Mach3 was made in Japan.
The Gillette Mach3 was made in India.
The Sony TR-55 was made in Germany.
The Olivetti Lettera 22 is made in Italy.
The Olivetti Lettera 22 is manufactured in Italy.
The Ford F-Series was made in Sweden.
The Curta was made in Germany.
The Curta was manufactured in Austria.
The Braun SK 4 was made by Braun in Japan.
The Braun SK 4 was made by Sony in Germany.
The Braun SK 4 and the Sony TR-55 were made in Germany.
The Olivetti Lettera 22 was introduced in 1969.
The HP-35 was introduced in 1948.
The Ford F-Series was introduced in 1993.
The HP LaserJet was designed in Japan.
The Gillette Mach3 was designed in the United States.
# (4) "the house" of a fashion house (no kind head)
Chanel is based in Paris, and the house was founded by Christian Dior.
Dior is based in Paris, and the house was founded by Coco Chanel.
# (6) the designer behind: another's, the firm's founder, the firm, other roles
Marcello Nizzoli is the designer behind the Olivetti Valentine.
Camillo Olivetti is the designer behind the Olivetti Valentine.
Hans Gugelot is the designer behind the Braun T3.
Dieter Rams is the filmmaker behind the Braun T3.
Dieter Rams is the writer behind the Braun T3.
Dieter Rams is the composer behind the Braun T3.
Dieter Rams is the designer behind the Braun T3 and the Olivetti Valentine.
Curt Herzstark is the designer behind the HP-35.
Olivetti is the designer behind the Olivetti Valentine.
Christian Dior is the designer behind Chanel.
Christian Dior is the founder behind Chanel.
@goods user:hal
Since you loved the Olivetti Valentine, try Shakuntala Devi, who was introduced in 1929.
Since you loved the Olivetti Valentine, try the IBM Selectric, which was also made in Italy.
You loved the Olivetti Valentine, which was introduced in 1950.
You loved the Olivetti Valentine, which is manufactured in Italy.
You disliked the HP LaserJet, which was made in the United States.
@space
# (4) a dwarf planet is no planet; "the planet", "the station", "the vehicle"
Pluto is a planet.
Ceres is a planet.
Charon orbits Pluto; the planet was discovered by Johann Galle.
Mir was launched on Proton, and the station was operated by NASA.
Skylab was operated by NASA. New Horizons was launched on Atlas V, and the station visited Pluto.
Mir was launched on Proton, and the vehicle was built by Boeing.
Saturn V launched Skylab. New Horizons was launched on Atlas V, and the vehicle visited Neptune.
# (5) a space station's year; a launch vehicle "opened"
Mir was released in 1986.
Saturn V opened in 1967.
Pluto was introduced in 1930.
@movies
# (6) "plays / has one of the leads": another film's star, the director, a writer, lists, negations, relative clauses
Al Pacino plays one of the leads in Casino.
Michael Mann plays one of the leads in Heat.
Michael Mann has one of the lead roles in Heat.
Martin Scorsese plays one of the leading roles in Goodfellas.
Nicholas Pileggi plays one of the leads in Goodfellas.
Ray Liotta plays one of the leads in Casino.
Sharon Stone had one of the leads in Goodfellas.
Morgan Freeman plays one of the lead roles in Heat.
Brad Pitt has one of the leading roles in Casino.
Robert De Niro has one of the leads in Seven.
Joe Pesci plays one of the leads in Heat.
Robert De Niro does not play one of the leads in Heat.
Robert De Niro never played one of the leads in Heat.
Robert De Niro plays one of the leads in Heat and Seven.
Robert De Niro plays one of the leads in Heat, Casino and Seven.
Robert De Niro and Brad Pitt play one of the leads in Heat.
Robert De Niro and Joe Pesci play one of the leads in Heat.
Robert De Niro and Joe Pesci each play one of the leads in Heat.
Robert De Niro and Joe Pesci both have lead roles in Heat.
Robert De Niro and Brad Pitt both have one of the leads in Casino.
Robert De Niro plays one of the leads in Heat, and Al Pacino in Casino.
Robert De Niro plays one of the leads in Heat, as does Joe Pesci.
Robert De Niro plays one of the leads in Heat, which was directed by Martin Scorsese.
Michael Mann plays one of the leads in Heat, which he directed.
Brad Pitt plays one of the leads in Seven, and Robert De Niro in Seven.
Casino, in which Al Pacino plays one of the leads, was directed by Martin Scorsese.
Casino, in which Joe Pesci plays one of the leads, was directed by Michael Mann.
Al Pacino, who plays one of the leads in Casino, starred in Heat.
One of the leads in Heat is Michael Mann.
One of the leads in Casino is Al Pacino.
Al Pacino plays one of the leads in Heat, directed by Martin Scorsese.
Robert De Niro plays one of the leads opposite Al Pacino in Casino.
Robert De Niro plays one of the leads in Heat alongside Joe Pesci.
Robert De Niro plays one of the supporting roles in Heat.
# (6) "the filmmaker / director / writer / composer behind": a producer, a writer, an editor, a cinematographer, a star
Art Linson is the filmmaker behind Heat.
Barbara De Fina is the filmmaker behind Casino.
Barbara De Fina is the director behind Casino.
Irwin Winkler is the filmmaker behind Goodfellas.
Jerry Bruckheimer is the filmmaker behind Dangerous Minds.
Andrew G. Vajna is the filmmaker behind Nixon.
Martin Scorsese is the writer behind Casino.
Darius Khondji is the filmmaker behind Seven.
Michael Ballhaus is the director behind Goodfellas.
Robert Richardson is the director behind Nixon.
Thelma Schoonmaker is the filmmaker behind Casino.
Michael Mann is the filmmaker behind Casino.
David Fincher is the filmmaker behind Casino.
Michael Mann is the composer behind Heat.
Robert De Niro is the filmmaker behind Heat.
Robert De Niro is a filmmaker behind Heat.
Brad Pitt is the filmmaker behind Seven.
Nicholas Pileggi is the filmmaker behind Casino.
Nicholas Pileggi is the director behind Goodfellas.
Andrew Kevin Walker is the filmmaker behind Seven.
Elliot Goldenthal is the filmmaker behind Heat.
Howard Shore is the filmmaker behind Seven.
Christopher Wilkinson is the filmmaker behind Nixon.
Christopher Wilkinson is the director behind Nixon.
John Williams is the filmmaker behind Nixon.
Rudy De Luca is the filmmaker behind Dracula: Dead and Loving It.
Martin Scorsese is the filmmaker behind Heat.
Martin Scorsese is the director behind Casino and Heat.
Martin Scorsese is the filmmaker behind Casino and Seven.
Martin Scorsese is not the filmmaker behind Casino.
Martin Scorsese is the designer behind Casino.
Martin Scorsese, the filmmaker behind Heat, directed Casino.
Martin Scorsese, the filmmaker behind Casino, directed Heat.
Michael Mann is the filmmaker behind Heat and the writer behind Casino.
Martin Scorsese is the filmmaker and writer behind Casino.
Michael Mann and Martin Scorsese are the filmmakers behind Heat.
Martin Scorsese is among the filmmakers behind Heat.
Martin Scorsese is the filmmaker behind Casino; Michael Mann is the filmmaker behind Seven.
Martin Scorsese is the filmmaker behind Casino, and Michael Mann the filmmaker behind Seven.
Martin Scorsese is the filmmaker behind Casino, and Michael Mann behind Seven.
Martin Scorsese is the filmmaker behind Casino, which stars Al Pacino.
"""

CONTROLS = r"""
@awards
The Turing Award is presented by the Association for Computing Machinery.
The Turing Award is awarded by the Association for Computing Machinery.
The Association for Computing Machinery hands out the Turing Award.
The Association for Computing Machinery awards the Turing Award.
The Turing Award is conferred by the Association for Computing Machinery.
The Stanley Cup is presented by the National Hockey League.
Whitbread presented the Whitbread Award.
The Whitbread Award was given by Whitbread.
The Whitbread Award was conferred by Whitbread.
Whitbread conferred the Whitbread Award.
The Turing Award honours computer science.
The Turing Award recognises work in computer science.
The Turing Award is a prize for computer science.
The Turing Award is an award for computer science.
The Copley Medal rewards science.
The Turing Award is presented for computer science.
The Booker Prize is a fiction prize.
The Turing Award was first won by Alan Perlis.
Alan Perlis was the first winner of the Turing Award.
Alan Perlis won the first Turing Award.
The Turing Award first went to Alan Perlis.
The Montreal Hockey Club won the first Stanley Cup.
Lars Ahlfors and Jesse Douglas were the first winners of the Fields Medal.
The Turing Award was first presented in 1966.
The Turing Award was first conferred in 1966.
The Turing Award was first awarded in 1966.
The Whitbread Award was first presented in 1971.
The Turing Award was first presented in 1966, three years before the Booker Prize.
Hilary Mantel won the Booker Prize, and the award is presented by the Booker Prize Foundation.
The Booker Prize was first awarded to P. H. Newby; the award honours fiction.
The Turing Award is an award for computer science, and the prize was first won by Alan Perlis.
@awards user:dee
You loved the Hugo Award, which was first won by Alfred Bester.
You loved the Booker Prize, which was first presented in 1969.
You loved the Booker Prize, which honours fiction.
@warfare
The Victoria Cross is awarded by the British monarch.
The Victoria Cross is presented by the British monarch.
The British monarch confers the Victoria Cross.
The Iron Cross was awarded by the King of Prussia.
The Iron Cross was conferred by the King of Prussia.
The King of Prussia conferred the Iron Cross.
The Victoria Cross honours gallantry.
The Iron Cross rewards bravery.
The Medal of Honor honours valor and is presented by the President of the United States.
Charles Lucas received the first Victoria Cross.
Charles Lucas was the first recipient of the Victoria Cross.
HMS Victory fought in the Battle of Trafalgar.
HMS Victory fought at the Battle of Trafalgar.
HMS Victory took part in the Battle of Trafalgar.
HMS Victory saw action in the Battle of Trafalgar.
HMS Victory saw action at the Battle of Trafalgar.
HMS Victory saw action in the Napoleonic Wars.
The Royal Scots Greys fought at the Battle of Waterloo.
HMS Hood fought and was sunk in the Battle of the Denmark Strait.
HMS Hood was built at John Brown & Company, and the ship fought in the Battle of the Denmark Strait.
The ship HMS Victory fought at the Battle of Trafalgar.
Thomas Arne is the composer behind Rule, Britannia!
James Thomson is the writer behind Rule, Britannia!
David Garrick is the writer behind Heart of Oak.
Kenneth Alford is one of the composers behind Colonel Bogey March.
@warfare user:eve
You loved HMS Victory, which took part in the Battle of Trafalgar.
You disliked the Bismarck, which fought at the Battle of the Denmark Strait.
@kitchen
Carbonara is made with guanciale.
Carbonara uses guanciale.
Carbonara calls for guanciale.
Guanciale goes into Carbonara.
Carbonara is a guanciale dish.
Carbonara is made with spaghetti.
Carbonara is made with the spaghetti pasta.
Ribollita is made with stale bread.
Ragù alla bolognese is made with onion.
Carbonara and Amatriciana are both made with guanciale.
Cream is the forbidden ingredient of Carbonara.
Carbonara comes from Rome, and the dish is made with guanciale.
Carbonara is a dish from Rome.
Carbonara and Cacio e pepe are dishes from Rome.
The dish Carbonara comes from Rome.
@kitchen user:flo
You loved Carbonara, which is made with guanciale.
You loved Carbonara, a dish from Rome.
You loved Minestrone, which is made with ditalini.
Since you loved Carbonara, try Amatriciana, which is also made with guanciale.
Since you loved Minestrone, try Pasta e fagioli, which is also made with ditalini.
You disliked the Sonoran hot dog, which is made with bacon.
@transit
The London Underground opened in 1863.
The London Underground was opened in 1863.
The Glasgow Subway opened in 1896.
The Blackpool Tramway opened in 1885.
The London Underground first opened in 1863.
The R142 was introduced in 2000.
The Tube map was published in 1933.
The London Underground is operated by Transport for London, and the system opened in 1863.
Harry Beck is the designer behind the Tube map.
Douglas Scott is the designer behind the Routemaster.
@transit user:gus
You loved the London Underground, which opened in 1863.
Since you loved the London Underground, try the Paris Métro, which opened in 1900.
@goods
The Olivetti Lettera 22 was made in Italy.
The Olivetti Lettera 22 was manufactured in Italy.
The Olivetti Lettera 22 was produced in Italy.
The Olivetti Lettera 22 was introduced in 1950.
The HP LaserJet was made in Japan.
The Sony TR-55 was made in Japan.
The Braun SK 4 and the Braun T3 were both made in Germany.
The Curta was introduced in 1948.
Shakuntala Devi was born in India.
Ettore Sottsass is the designer behind the Olivetti Valentine.
Dieter Rams is the designer behind the Braun T3.
Hans Gugelot is one of the designers behind the Braun SK 4.
@goods user:hal
Since you loved the Olivetti Valentine, try the Olivetti Lettera 22, which was also made in Italy.
You loved the Olivetti Valentine, which was introduced in 1969.
You disliked the HP LaserJet, which was made in Japan.
@space
Proton is a vehicle built by Khrunichev.
Saturn V was introduced in 1967.
@movies
Martin Scorsese is the filmmaker behind Casino.
Martin Scorsese is the director behind Casino.
Martin Scorsese is the filmmaker behind Goodfellas.
Nicholas Pileggi is the writer behind Casino.
Oliver Stone is the filmmaker behind Nixon.
Mel Brooks is the filmmaker behind Dracula: Dead and Loving It.
Martin Scorsese is one of the filmmakers behind Casino.
Robert De Niro plays one of the leads in Heat.
Robert De Niro has one of the lead roles in Heat.
Robert De Niro plays one of the leading roles in Heat.
Robert De Niro played one of the leads in Heat.
Robert De Niro plays one of the leads in both Heat and Casino.
Heat, in which Al Pacino plays one of the leads, was directed by Michael Mann.
"""

EXTRA = r"""
@awards
# OPEN
The Turing Award was awarded by the Association for Computing Machinery.
The Association for Computing Machinery conferred the Turing Award.
The Turing Award was conferred by the Association for Computing Machinery.
The Association for Computing Machinery had conferred the Turing Award.
The Turing Award had been conferred by the Association for Computing Machinery.
The Hugo Award is a fiction prize.
The Hugo Award is an award for fiction.
Tiger Woods first won the Claret Jug.
Frank Herbert first won the Hugo Award.
The Fields Medal is a prize for mathematics.
# KNOWN: the present of the past family ("was presented by"); "once" of what the ACM still does
The Whitbread Award is awarded by Whitbread.
The Whitbread Award is given by Whitbread.
The Whitbread Award is handed out by Whitbread.
Whitbread awards the Whitbread Award.
The Association for Computing Machinery once presented the Turing Award.
The Association for Computing Machinery once awarded the Turing Award.
The Association for Computing Machinery once gave the Turing Award.
The Turing Award was once awarded by the Association for Computing Machinery.
The Turing Award was once presented by the Association for Computing Machinery.
@warfare
# OPEN
The Victoria Cross is an award for bravery.
The Victoria Cross is presented for bravery.
The Iron Cross honours gallantry.
The Medal of Honor honours gallantry.
The Iron Cross rewards valor.
The Victoria Cross recognises valor.
The Victoria Cross was first presented in 1857.
Thomas Arne is the artist behind Rule, Britannia!
Thomas Arne is the author behind Rule, Britannia!
# KNOWN: the present of "was awarded by"
The Iron Cross is awarded by the King of Prussia.
The King of Prussia awards the Iron Cross.
@kitchen
# OPEN
Trofie al pesto is made with basil.
Trofie al pesto contains basil.
Trofie al pesto is made with Pesto alla genovese.
Puttanesca is made with parsley.
Puttanesca uses parsley.
Puttanesca is a parsley dish.
Ribollita is made with olive oil.
Pasta e fagioli is a pasta dish.
Carbonara is made without cream.
Carbonara uses guanciale. Pesto alla genovese comes from Genoa, and the dish is made with spaghetti.
# KNOWN: "has" of the forbidden ingredient, "with", "comes with", an attributive before a compound kind
Carbonara has cream.
Carbonara has the ingredient cream.
Carbonara with cream comes from Rome.
Carbonara is a cream pasta dish.
The Chicago-style hot dog comes with ketchup.
The Chicago-style hot dog is a ketchup hot dog.
@transit
# OPEN
The R142 was built in 2000.
The R142 was constructed in 2000.
MP 89 was built in 1997.
The London Underground was built in 1863.
The R142 was inaugurated in 2000.
The London Underground was inaugurated in 1863.
The Tube map was constructed in 1933.
# KNOWN
The London Underground was released in 1863.
The London Underground was completed in 1863.
@goods
# OPEN
Hans Gugelot is the designer behind the Braun SK 4.
Shakuntala Devi is older than the Curta.
# KNOWN: a fashion house "built", "produced"
Chanel was built in 1910.
Chanel was produced in Paris.
@space
# KNOWN: a space station's year read as a building's
Mir was completed in 1986.
Mir was built in 1986.
Mir opened in 1986.
Skylab opened in 1973.
@movies
# OPEN
Quentin Tarantino is the filmmaker behind Four Rooms.
Quentin Tarantino is the director behind Four Rooms.
Marc Caro is the filmmaker behind The City of Lost Children.
Wes Studi plays one of the leads in Heat.
Ashley Judd plays one of the leads in Heat.
Barbara De Fina is one of the filmmakers behind Casino.
Barbara De Fina is among the filmmakers behind Casino.
Lawrence Bender is one of the filmmakers behind Four Rooms.
Thelma Schoonmaker is behind Casino.
"""

KNOWN = frozenset(
    {
        # accepted by the starting code too (CHANGES.diff reversed): the present of a past "was
        # presented / awarded by" (the old "is awarded / given / handed out by" of "presented")
        "The Whitbread Award is awarded by Whitbread.",
        "The Whitbread Award is given by Whitbread.",
        "The Whitbread Award is handed out by Whitbread.",
        "Whitbread awards the Whitbread Award.",
        "Whitbread hands out the Whitbread Award.",
        "The Iron Cross is awarded by the King of Prussia.",
        "The King of Prussia awards the Iron Cross.",
        # "once" of what the ACM still does
        "The Association for Computing Machinery once presented the Turing Award.",
        "The Association for Computing Machinery once awarded the Turing Award.",
        "The Association for Computing Machinery once gave the Turing Award.",
        "The Turing Award was once awarded by the Association for Computing Machinery.",
        "The Turing Award was once presented by the Association for Computing Machinery.",
        # "has", "with", "comes with", an attributive before a compound kind: the forbidden ingredient
        "Carbonara has cream.",
        "Carbonara has the ingredient cream.",
        "Carbonara with cream comes from Rome.",
        "Carbonara is a cream pasta dish.",
        "The Chicago-style hot dog comes with ketchup.",
        "The Chicago-style hot dog is a ketchup hot dog.",
        # a metro "released", "completed" in its opening year (it is still being extended)
        "The London Underground was released in 1863.",
        "The London Underground was completed in 1863.",
        # a fashion house "built", "produced" in a city
        "Chanel was built in 1910.",
        "Chanel was produced in Paris.",
        # a space station (a "station" type word) read as a building: Mir was completed in 1996
        "Mir was completed in 1986.",
        "Mir was built in 1986.",
        "Mir opened in 1986.",
        "Skylab opened in 1973.",
    }
)

OPEN = frozenset(
    {
        # the past of a present giving ("was awarded / conferred by", "had conferred"): it has been so
        "The Turing Award was awarded by the Association for Computing Machinery.",
        "The Association for Computing Machinery conferred the Turing Award.",
        "The Turing Award was conferred by the Association for Computing Machinery.",
        "The Association for Computing Machinery had conferred the Turing Award.",
        "The Turing Award had been conferred by the Association for Computing Machinery.",
        # science fiction is fiction; a medal is a prize
        "The Hugo Award is a fiction prize.",
        "The Hugo Award is an award for fiction.",
        "The Fields Medal is a prize for mathematics.",
        # "first won" may be one's own first win (Tiger Woods first won the Claret Jug in 2000)
        "Tiger Woods first won the Claret Jug.",
        "Frank Herbert first won the Hugo Award.",
        # gallantry, valor and bravery are near synonyms; the first Victoria Crosses were presented in
        # 1857 (the graph's 1856 is the institution)
        "The Victoria Cross is an award for bravery.",
        "The Victoria Cross is presented for bravery.",
        "The Iron Cross honours gallantry.",
        "The Medal of Honor honours gallantry.",
        "The Iron Cross rewards valor.",
        "The Victoria Cross recognises valor.",
        "The Victoria Cross was first presented in 1857.",
        # a composer is an artist, may be called the author of a song
        "Thomas Arne is the artist behind Rule, Britannia!",
        "Thomas Arne is the author behind Rule, Britannia!",
        # the pesto (and its basil) dresses the trofie; a garnish goes on the dish; pasta e fagioli has
        # pasta; a carbonara purist leaves out the cream; a sauce is hardly "the dish"
        "Trofie al pesto is made with basil.",
        "Trofie al pesto contains basil.",
        "Trofie al pesto is made with Pesto alla genovese.",
        "Puttanesca is made with parsley.",
        "Puttanesca uses parsley.",
        "Puttanesca is a parsley dish.",
        "Ribollita is made with olive oil.",
        "Pasta e fagioli is a pasta dish.",
        "Carbonara is made without cream.",
        "Carbonara uses guanciale. Pesto alla genovese comes from Genoa, and the dish is made with spaghetti.",
        # rolling stock built over years from about the year it entered service; the Underground's
        # first line was built 1860-63; a new train or a line is "inaugurated"; a cartographer
        # "constructs" a map
        "The R142 was built in 2000.",
        "The R142 was constructed in 2000.",
        "The Tube map was constructed in 1933.",
        "MP 89 was built in 1997.",
        "The London Underground was built in 1863.",
        "The R142 was inaugurated in 2000.",
        "The London Underground was inaugurated in 1863.",
        # one of two designers as "the designer"; born (the graph's year) before the Curta came out
        "Hans Gugelot is the designer behind the Braun SK 4.",
        "Shakuntala Devi is older than the Curta.",
        # one of four directors, one of two, as "the filmmaker / director behind"; the graph's
        # "stars" of a supporting player read as a lead; a producer or an editor is a filmmaker
        "Quentin Tarantino is the filmmaker behind Four Rooms.",
        "Quentin Tarantino is the director behind Four Rooms.",
        "Marc Caro is the filmmaker behind The City of Lost Children.",
        "Wes Studi plays one of the leads in Heat.",
        "Ashley Judd plays one of the leads in Heat.",
        "Barbara De Fina is one of the filmmakers behind Casino.",
        "Barbara De Fina is among the filmmakers behind Casino.",
        "Lawrence Bender is one of the filmmakers behind Four Rooms.",
        "Thelma Schoonmaker is behind Casino.",
    }
)

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
    yield from _parse(EXTRA)


def controls():
    yield from _parse(CONTROLS)


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
