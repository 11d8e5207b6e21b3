"""Red team round 213 on CHANGES.diff: the new readings of this round and their neighbours.

(1) a sportsperson's "raced / competed for" a country also reads "competed / raced for",
"represented"; (2) "is used for" a discipline / sport / activity / event also reads "is used in";
(3) "specialized in" (people) also reads "was a specialist in", "a specialist in", "focused on",
"concentrated on", "a downhill specialist", "the specialist"; (4) a maker's one-word "produced" /
"manufactured" / "made" also reads the other two verbs and "was a maker / producer / manufacturer
of", and "a soft-paste porcelain manufactory". Also touched: "X has the Y as its N", the head noun
of a classifier type ("the breed"), "factory / works" for a manufactory, symmetric relations read
both ways.

Graphs (see each builder's docstring): "skiers" (alpine skiers who "competed for" countries beside
birth, residence and citizenship; "specialized in" disciplines; coaches; clubs; siblings; brands
that "make" equipment), "cyclists" (cyclists who "raced for" countries and "rode for" teams, born
elsewhere; companies that "manufactured" bicycles and "supplied" teams), "horses" (breeds "used for"
disciplines, riders who "competed for" countries and "specialized in" disciplines, horses that
"ran for" owners), "botanists" (botanists who "specialized in" plant groups and "described"
species, collected in countries, studied under one another; trees "used for" products), "porcelain"
(manufactories, potteries, companies and a foundry that "produced" / "made" wares or bells,
"imported" materials, "sold" wares, "employed" sculptors, "are owned by" groups), "films" (companies
that "produced" and "distributed" films; directors and stars).

Findings: 53 of 464 false texts accepted (43 new with this round: the base code with CHANGES.diff
reversed rejects them; 10 accepted before it too); controls: 82 of 82 accepted; OPEN: 56 texts (20
accepted, see the comments). The new ones:
* "a specialist" / "the specialist" / "specialists" with no field (16): the noun is indexed for
  every item of the relation's person domain, so it is said of skiers, cyclists and botanists who
  specialized in nothing ("Bode Miller, a specialist, ...", "The specialist Asa Gray ...", "Bode
  Miller was a member of Franconia Ski Club. The specialist ..."), where "X was a specialist" and
  "Bode Miller was a specialist in downhill" are rejected.
* ", a specialist in Z" after a clause's object Y is read of the clause's subject (17): "Lindsey
  Vonn was coached by Alex Hoedlmoser, a specialist in super-G", "Ivica Kostelic is a sibling of
  Janica Kostelic, a specialist in slalom", "Joseph Dalton Hooker studied under William Jackson
  Hooker, a specialist in rhododendrons", "Ivica Kostelic's sibling Janica Kostelic, a specialist in
  slalom, competed for Croatia" (the bare exact reading "a specialist in"; "Y, a citizen of Z" is
  read of Y and rejected); also the bare "Y, a specialist" ("Steve Mahre is a sibling of Phil
  Mahre, a specialist").
* the present "is a specialist in" / "is a climbing specialist" of a past "specialized in" (5),
  said of people long dead ("Rudolf Schlechter is a specialist in orchids", "Fausto Coppi is a
  climbing specialist"); "focuses on", "concentrates on" are rejected. (The base already accepts
  "Curt Backeberg specializes in cacti".)
* a film company's one-word "produced" read as "manufactured" / "was a manufacturer of" (5):
  "Ealing Studios manufactured Kind Hearts and Coronets" (company is a maker kind; films are no
  goods; the distributor's "made" is rejected).
Accepted before this round too (10): the guessed copula "is a" of every relation to an attribute
makes "a <object> manufactory / company" read any of them: what a maker imported ("The Chelsea
manufactory was a bone ash manufactory", "Wedgwood was a kaolin company"), sold ("Wedgwood was a
bone china company") or employed ("Wedgwood was a John Flaxman company").
Held: "represented / raced / competed for" (birth, residence or citizenship countries, clubs,
brands, Olympics, coaches and brands as subjects, horses and owners), "is used in" (other
disciplines, the other way round, products, places, people), "made / manufactured / a maker of"
(sold or imported goods, people, places, founders, groups, a bell foundry, a distributor, other
years), "a <ware> manufactory" of a ware not made, "the factory / the works", "X has the Y as its
N", "the breed", siblings said both ways.
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


def skiers():
    """Alpine skiers (items typed "skier", dated by birth) that "competed for" countries
    (Girardelli for Luxembourg, born in Austria and living in Switzerland; the Wenzels for
    Liechtenstein, born in Germany; Hirscher for Austria, also a citizen of the Netherlands),
    "were born in", "lived in", "were citizens of" countries, "specialized in" disciplines (Vonn
    downhill and super-G; Shiffrin slalom and giant slalom; Miller and Zurbriggen none), "were
    coached by" coaches (people, no skiers), "were members of" ski clubs, "took part in" and
    "won gold at" Olympics (items, dated), "skied on" brands, "are siblings of" skiers (Janica and
    Ivica Kostelic, Hanni and Andreas Wenzel, Phil and Steve Mahre: stored one way); brands (items,
    dated by founding) "make" equipment; Ana rated skiers."""
    rels = [
        R("competed", phrase="competed for", inverse_phrase="had as a competitor", domain=("skier",), range=("country",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("skier",), range=("country",)),
        R("lived", phrase="lived in", inverse_phrase="was home to", domain=("skier",), range=("country",)),
        R("citizen", phrase="was a citizen of", inverse_phrase="had as a citizen", domain=("skier",), range=("country",)),
        R("specialized", phrase="specialized in", inverse_phrase="was the speciality of", domain=("skier",),
          range=("discipline",)),
        R("coached", phrase="was coached by", inverse_phrase="coached", domain=("skier",), range=("coach",)),
        R("club", phrase="was a member of", inverse_phrase="had as a member", domain=("skier",), range=("ski club",)),
        R("entered", phrase="took part in", inverse_phrase="was attended by", domain=("skier",), range=("competition",)),
        R("gold", phrase="won gold at", inverse_phrase="gave gold to", domain=("skier",), range=("competition",)),
        R("skis", phrase="skied on", inverse_phrase="equipped", domain=("skier",), range=("brand",)),
        R("sibling", phrase="is a sibling of", inverse_phrase="is a sibling of", domain=("skier",), range=("skier",)),
        R("makes", phrase="makes", inverse_phrase="is made by", domain=("brand",), range=("equipment",)),
        R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("skier",),
          cues=("loved", "liked", "enjoyed", "rated")),
    ]
    items = {"s:vonn": ("skier", "Lindsey Vonn", 1984), "s:shiffrin": ("skier", "Mikaela Shiffrin", 1995),
             "s:maier": ("skier", "Hermann Maier", 1972), "s:hirscher": ("skier", "Marcel Hirscher", 1989),
             "s:tomba": ("skier", "Alberto Tomba", 1966), "s:stenmark": ("skier", "Ingemar Stenmark", 1956),
             "s:girardelli": ("skier", "Marc Girardelli", 1963), "s:janica": ("skier", "Janica Kostelic", 1982),
             "s:ivica": ("skier", "Ivica Kostelic", 1979), "s:miller": ("skier", "Bode Miller", 1977),
             "s:zurbriggen": ("skier", "Pirmin Zurbriggen", 1963), "s:hanni": ("skier", "Hanni Wenzel", 1956),
             "s:andreas": ("skier", "Andreas Wenzel", 1958), "s:phil": ("skier", "Phil Mahre", 1957),
             "s:steve": ("skier", "Steve Mahre", 1957), "s:maze": ("skier", "Tina Maze", 1983),
             "s:svindal": ("skier", "Aksel Lund Svindal", 1982),
             "o:nagano": ("competition", "the Nagano Olympics", 1998), "o:vancouver": ("competition", "the Vancouver Olympics", 2010),
             "o:pyeongchang": ("competition", "the Pyeongchang Olympics", 2018), "o:calgary": ("competition", "the Calgary Olympics", 1988),
             "o:lakeplacid": ("competition", "the Lake Placid Olympics", 1980), "o:sarajevo": ("competition", "the Sarajevo Olympics", 1984),
             "o:saltlake": ("competition", "the Salt Lake City Olympics", 2002), "o:sochi": ("competition", "the Sochi Olympics", 2014),
             "b:head": ("brand", "Head", 1950), "b:atomic": ("brand", "Atomic", 1955), "b:rossignol": ("brand", "Rossignol", 1907),
             "b:fischer": ("brand", "Fischer", 1924)}
    others = {"c:us": ("country", "the United States"), "c:austria": ("country", "Austria"), "c:italy": ("country", "Italy"),
              "c:sweden": ("country", "Sweden"), "c:luxembourg": ("country", "Luxembourg"), "c:croatia": ("country", "Croatia"),
              "c:switzerland": ("country", "Switzerland"), "c:liechtenstein": ("country", "Liechtenstein"),
              "c:germany": ("country", "Germany"), "c:slovenia": ("country", "Slovenia"), "c:norway": ("country", "Norway"),
              "c:netherlands": ("country", "the Netherlands"), "c:monaco": ("country", "Monaco"),
              "d:downhill": ("discipline", "downhill"), "d:slalom": ("discipline", "slalom"),
              "d:giant": ("discipline", "giant slalom"), "d:superg": ("discipline", "super-G"), "d:combined": ("discipline", "combined"),
              "k:hoedlmoser": ("coach", "Alex Hoedlmoser"), "k:day": ("coach", "Mike Day"), "k:ferdinand": ("coach", "Ferdinand Hirscher"),
              "k:thoeni": ("coach", "Gustav Thoeni"), "k:ante": ("coach", "Ante Kostelic"), "k:helmut": ("coach", "Helmut Girardelli"),
              "k:massi": ("coach", "Andrea Massi"),
              "u:vail": ("ski club", "Ski Club Vail"), "u:flachau": ("ski club", "SC Flachau"), "u:annaberg": ("ski club", "SC Annaberg"),
              "u:tarnaby": ("ski club", "Tarnaby IF"), "u:franconia": ("ski club", "Franconia Ski Club"),
              "e:skis": ("equipment", "skis"), "e:boots": ("equipment", "ski boots"), "e:rackets": ("equipment", "tennis rackets"),
              "e:bindings": ("equipment", "bindings"), "e:snowboards": ("equipment", "snowboards")}
    T = _t("competed", [("s:vonn", "c:us"), ("s:shiffrin", "c:us"), ("s:maier", "c:austria"), ("s:hirscher", "c:austria"),
                        ("s:tomba", "c:italy"), ("s:stenmark", "c:sweden"), ("s:girardelli", "c:luxembourg"),
                        ("s:janica", "c:croatia"), ("s:ivica", "c:croatia"), ("s:miller", "c:us"), ("s:zurbriggen", "c:switzerland"),
                        ("s:hanni", "c:liechtenstein"), ("s:andreas", "c:liechtenstein"), ("s:phil", "c:us"), ("s:steve", "c:us"),
                        ("s:maze", "c:slovenia"), ("s:svindal", "c:norway")])
    T += _t("born", [("s:vonn", "c:us"), ("s:shiffrin", "c:us"), ("s:maier", "c:austria"), ("s:hirscher", "c:austria"),
                     ("s:tomba", "c:italy"), ("s:stenmark", "c:sweden"), ("s:girardelli", "c:austria"), ("s:janica", "c:croatia"),
                     ("s:hanni", "c:germany"), ("s:andreas", "c:liechtenstein"), ("s:maze", "c:slovenia"), ("s:svindal", "c:norway")])
    T += _t("lived", [("s:girardelli", "c:switzerland"), ("s:stenmark", "c:monaco"), ("s:maze", "c:italy"), ("s:vonn", "c:austria")])
    T += _t("citizen", [("s:hirscher", "c:austria"), ("s:hirscher", "c:netherlands"), ("s:girardelli", "c:luxembourg"),
                        ("s:girardelli", "c:austria"), ("s:hanni", "c:liechtenstein"), ("s:hanni", "c:germany")])
    T += _t("specialized", [("s:vonn", "d:downhill"), ("s:vonn", "d:superg"), ("s:shiffrin", "d:slalom"), ("s:shiffrin", "d:giant"),
                            ("s:maier", "d:downhill"), ("s:maier", "d:superg"), ("s:hirscher", "d:slalom"), ("s:hirscher", "d:giant"),
                            ("s:tomba", "d:slalom"), ("s:tomba", "d:giant"), ("s:stenmark", "d:slalom"), ("s:stenmark", "d:giant"),
                            ("s:girardelli", "d:combined"), ("s:janica", "d:combined"), ("s:ivica", "d:slalom"),
                            ("s:hanni", "d:slalom"), ("s:svindal", "d:superg"), ("s:maze", "d:giant")])
    T += _t("coached", [("s:vonn", "k:hoedlmoser"), ("s:shiffrin", "k:day"), ("s:hirscher", "k:ferdinand"), ("s:tomba", "k:thoeni"),
                        ("s:janica", "k:ante"), ("s:ivica", "k:ante"), ("s:girardelli", "k:helmut"), ("s:maze", "k:massi")])
    T += _t("club", [("s:vonn", "u:vail"), ("s:maier", "u:flachau"), ("s:hirscher", "u:annaberg"), ("s:stenmark", "u:tarnaby"),
                     ("s:miller", "u:franconia")])
    T += _t("entered", [("s:vonn", "o:vancouver"), ("s:vonn", "o:pyeongchang"), ("s:vonn", "o:saltlake"), ("s:shiffrin", "o:sochi"),
                        ("s:shiffrin", "o:pyeongchang"), ("s:maier", "o:nagano"), ("s:hirscher", "o:pyeongchang"),
                        ("s:hirscher", "o:sochi"), ("s:tomba", "o:calgary"), ("s:stenmark", "o:lakeplacid"),
                        ("s:janica", "o:saltlake"), ("s:miller", "o:vancouver"), ("s:zurbriggen", "o:calgary"),
                        ("s:hanni", "o:lakeplacid"), ("s:phil", "o:sarajevo"), ("s:steve", "o:sarajevo"), ("s:maze", "o:sochi"),
                        ("s:svindal", "o:pyeongchang"), ("s:girardelli", "o:calgary")])
    T += _t("gold", [("s:vonn", "o:vancouver"), ("s:shiffrin", "o:sochi"), ("s:maier", "o:nagano"), ("s:hirscher", "o:pyeongchang"),
                     ("s:tomba", "o:calgary"), ("s:stenmark", "o:lakeplacid"), ("s:janica", "o:saltlake"), ("s:miller", "o:vancouver"),
                     ("s:zurbriggen", "o:calgary"), ("s:hanni", "o:lakeplacid"), ("s:phil", "o:sarajevo"), ("s:maze", "o:sochi"),
                     ("s:svindal", "o:pyeongchang")])
    T += _t("skis", [("s:vonn", "b:head"), ("s:shiffrin", "b:atomic"), ("s:maier", "b:atomic"), ("s:hirscher", "b:atomic"),
                     ("s:tomba", "b:rossignol"), ("s:stenmark", "b:fischer"), ("s:miller", "b:head"), ("s:svindal", "b:head")])
    T += _t("sibling", [("s:ivica", "s:janica"), ("s:andreas", "s:hanni"), ("s:steve", "s:phil")])
    T += _t("makes", [("b:head", "e:skis"), ("b:head", "e:rackets"), ("b:atomic", "e:skis"), ("b:atomic", "e:boots"),
                      ("b:rossignol", "e:skis"), ("b:rossignol", "e:snowboards"), ("b:fischer", "e:skis"), ("b:fischer", "e:bindings")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("s:vonn", 5.0), ("s:tomba", 4.5), ("s:hirscher", 5.0),
                                                                ("s:miller", 2.0), ("s:girardelli", 4.0))]
    return _build(items, others, rels, T)


def cyclists():
    """Road cyclists (items typed "cyclist", dated by birth) that "raced for" countries (Froome
    for Great Britain, born in Kenya and living in Monaco; Cavendish for Great Britain, born on the
    Isle of Man), "rode for" teams (attributes), "were born in" countries, cities or islands, "lived
    in" countries, "won" races (items, dated: the 1989 Tour de France ...), "specialized in"
    disciplines (sprinting, climbing, time trials); companies (items, dated by founding) that
    "manufactured" bicycles (items, dated), "supplied" teams and "are located in" cities."""
    rels = [
        R("raced", phrase="raced for", inverse_phrase="had as a competitor", domain=("cyclist",), range=("country",)),
        R("team", phrase="rode for", inverse_phrase="fielded", domain=("cyclist",), range=("team",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("cyclist",), range=("country", "city", "island")),
        R("lived", phrase="lived in", inverse_phrase="was home to", domain=("cyclist",), range=("country",)),
        R("won", phrase="won", inverse_phrase="was won by", domain=("cyclist",), range=("race",)),
        R("specialized", phrase="specialized in", inverse_phrase="was the speciality of", domain=("cyclist",),
          range=("discipline",)),
        R("manufactured", phrase="manufactured", inverse_phrase="was manufactured by", domain=("company",), range=("bicycle",)),
        R("supplied", phrase="supplied", inverse_phrase="was supplied by", domain=("company",), range=("team",)),
        R("located", phrase="is located in", inverse_phrase="is home to", domain=("company",), range=("city",)),
    ]
    items = {"y:merckx": ("cyclist", "Eddy Merckx", 1945), "y:hinault": ("cyclist", "Bernard Hinault", 1954),
             "y:indurain": ("cyclist", "Miguel Indurain", 1964), "y:lemond": ("cyclist", "Greg LeMond", 1961),
             "y:froome": ("cyclist", "Chris Froome", 1985), "y:cavendish": ("cyclist", "Mark Cavendish", 1985),
             "y:pogacar": ("cyclist", "Tadej Pogacar", 1998), "y:coppi": ("cyclist", "Fausto Coppi", 1919),
             "y:nibali": ("cyclist", "Vincenzo Nibali", 1984), "y:evans": ("cyclist", "Cadel Evans", 1977),
             "y:vos": ("cyclist", "Marianne Vos", 1987), "y:sagan": ("cyclist", "Peter Sagan", 1990),
             "y:cipollini": ("cyclist", "Mario Cipollini", 1967),
             "r:tdf1969": ("race", "the 1969 Tour de France", 1969), "r:tdf1985": ("race", "the 1985 Tour de France", 1985),
             "r:tdf1989": ("race", "the 1989 Tour de France", 1989), "r:tdf1992": ("race", "the 1992 Tour de France", 1992),
             "r:tdf2013": ("race", "the 2013 Tour de France", 2013), "r:tdf2020": ("race", "the 2020 Tour de France", 2020),
             "r:giro1949": ("race", "the 1949 Giro d'Italia", 1949), "r:giro2013": ("race", "the 2013 Giro d'Italia", 2013),
             "r:tdf2011": ("race", "the 2011 Tour de France", 2011), "r:msr2009": ("race", "the 2009 Milan-San Remo", 2009),
             "r:msr2002": ("race", "the 2002 Milan-San Remo", 2002),
             "m:bianchi": ("company", "Bianchi", 1885), "m:colnago": ("company", "Colnago", 1954), "m:pinarello": ("company", "Pinarello", 1952),
             "m:specialized": ("company", "Specialized", 1974), "m:trek": ("company", "Trek", 1976),
             "x:dogma": ("bicycle", "the Pinarello Dogma", 2002), "x:c40": ("bicycle", "the Colnago C40", 1994),
             "x:tarmac": ("bicycle", "the Specialized Tarmac", 2003), "x:madone": ("bicycle", "the Trek Madone", 2003),
             "x:oltre": ("bicycle", "the Bianchi Oltre", 2011)}
    others = {"c:belgium": ("country", "Belgium"), "c:france": ("country", "France"), "c:spain": ("country", "Spain"),
              "c:us": ("country", "the United States"), "c:gb": ("country", "Great Britain"), "c:kenya": ("country", "Kenya"),
              "c:slovenia": ("country", "Slovenia"), "c:italy": ("country", "Italy"), "c:australia": ("country", "Australia"),
              "c:netherlands": ("country", "the Netherlands"), "c:slovakia": ("country", "Slovakia"), "c:monaco": ("country", "Monaco"),
              "c:switzerland": ("country", "Switzerland"),
              "i:man": ("island", "the Isle of Man"), "i:sicily": ("island", "Sicily"), "t:nairobi": ("city", "Nairobi"),
              "t:zilina": ("city", "Zilina"), "t:lakewood": ("city", "Lakewood"), "t:castellania": ("city", "Castellania"),
              "t:milan": ("city", "Milan"), "t:cambiago": ("city", "Cambiago"), "t:treviso": ("city", "Treviso"),
              "t:morganhill": ("city", "Morgan Hill"), "t:waterloo": ("city", "Waterloo"),
              "g:molteni": ("team", "Molteni"), "g:renault": ("team", "Renault-Elf"), "g:banesto": ("team", "Banesto"),
              "g:adr": ("team", "ADR"), "g:sky": ("team", "Team Sky"), "g:htc": ("team", "HTC-Columbia"),
              "g:uae": ("team", "UAE Team Emirates"), "g:bianchiteam": ("team", "Bianchi-Pirelli"), "g:astana": ("team", "Astana"),
              "g:bmc": ("team", "BMC Racing"), "g:rabo": ("team", "Rabobank"), "g:bora": ("team", "Bora-Hansgrohe"),
              "g:acqua": ("team", "Acqua e Sapone"), "g:lavie": ("team", "La Vie Claire"),
              "d:sprinting": ("discipline", "sprinting"), "d:climbing": ("discipline", "climbing"),
              "d:timetrial": ("discipline", "time trials"), "d:cyclocross": ("discipline", "cyclocross")}
    T = _t("raced", [("y:merckx", "c:belgium"), ("y:hinault", "c:france"), ("y:indurain", "c:spain"), ("y:lemond", "c:us"),
                     ("y:froome", "c:gb"), ("y:cavendish", "c:gb"), ("y:pogacar", "c:slovenia"), ("y:coppi", "c:italy"),
                     ("y:nibali", "c:italy"), ("y:evans", "c:australia"), ("y:vos", "c:netherlands"), ("y:sagan", "c:slovakia"),
                     ("y:cipollini", "c:italy")])
    T += _t("team", [("y:merckx", "g:molteni"), ("y:hinault", "g:renault"), ("y:hinault", "g:lavie"), ("y:indurain", "g:banesto"),
                     ("y:lemond", "g:adr"), ("y:lemond", "g:lavie"), ("y:froome", "g:sky"), ("y:cavendish", "g:htc"),
                     ("y:pogacar", "g:uae"), ("y:coppi", "g:bianchiteam"), ("y:nibali", "g:astana"), ("y:evans", "g:bmc"),
                     ("y:vos", "g:rabo"), ("y:sagan", "g:bora"), ("y:cipollini", "g:acqua")])
    T += _t("born", [("y:froome", "c:kenya"), ("y:froome", "t:nairobi"), ("y:cavendish", "i:man"), ("y:nibali", "i:sicily"),
                     ("y:sagan", "t:zilina"), ("y:lemond", "t:lakewood"), ("y:coppi", "t:castellania"), ("y:merckx", "c:belgium"),
                     ("y:pogacar", "c:slovenia"), ("y:evans", "c:australia"), ("y:hinault", "c:france")])
    T += _t("lived", [("y:froome", "c:monaco"), ("y:pogacar", "c:monaco"), ("y:evans", "c:switzerland"), ("y:lemond", "c:belgium")])
    T += _t("won", [("y:merckx", "r:tdf1969"), ("y:hinault", "r:tdf1985"), ("y:lemond", "r:tdf1989"), ("y:indurain", "r:tdf1992"),
                    ("y:froome", "r:tdf2013"), ("y:pogacar", "r:tdf2020"), ("y:coppi", "r:giro1949"), ("y:nibali", "r:giro2013"),
                    ("y:evans", "r:tdf2011"), ("y:cavendish", "r:msr2009"), ("y:cipollini", "r:msr2002")])
    T += _t("specialized", [("y:cavendish", "d:sprinting"), ("y:cipollini", "d:sprinting"), ("y:froome", "d:climbing"),
                            ("y:indurain", "d:timetrial"), ("y:vos", "d:cyclocross"), ("y:sagan", "d:sprinting"),
                            ("y:coppi", "d:climbing")])
    T += _t("manufactured", [("m:pinarello", "x:dogma"), ("m:colnago", "x:c40"), ("m:specialized", "x:tarmac"),
                             ("m:trek", "x:madone"), ("m:bianchi", "x:oltre")])
    T += _t("supplied", [("m:pinarello", "g:sky"), ("m:pinarello", "g:banesto"), ("m:colnago", "g:uae"), ("m:colnago", "g:molteni"),
                         ("m:specialized", "g:htc"), ("m:specialized", "g:astana"), ("m:specialized", "g:bora"), ("m:trek", "g:adr"),
                         ("m:bianchi", "g:bianchiteam"), ("m:bianchi", "g:rabo")])
    T += _t("located", [("m:pinarello", "t:treviso"), ("m:colnago", "t:cambiago"), ("m:bianchi", "t:milan"),
                        ("m:specialized", "t:morganhill"), ("m:trek", "t:waterloo")])
    return _build(items, others, rels, T)


def horses():
    """Horse breeds (items typed "horse breed", dated by their studbook) that "are used for"
    disciplines (dressage, show jumping, ...), "originated in" countries and "are bred at" studs;
    horses (items typed "horse", dated by foaling) that "belong to" breeds and "were ridden by"
    riders; riders (items typed "rider", dated by birth) that "competed for" countries (Pessoa for
    Brazil, born in France; Todd for New Zealand, living in England), "were born in" countries and
    "specialized in" the same disciplines; racehorses (items typed "racehorse") that "ran for"
    owners (people) and "were trained in" countries."""
    rels = [
        R("used", phrase="is used for", inverse_phrase="uses", domain=("horse breed",), range=("discipline",)),
        R("origin", phrase="originated in", inverse_phrase="is the origin of", domain=("horse breed",), range=("country",)),
        R("stud", phrase="is bred at", inverse_phrase="raises", domain=("horse breed",), range=("stud",)),
        R("breed", phrase="belongs to", inverse_phrase="includes", domain=("horse", "racehorse"), range=("horse breed",)),
        R("ridden", phrase="was ridden by", inverse_phrase="rode", domain=("horse",), range=("rider",)),
        R("competed", phrase="competed for", inverse_phrase="had as a competitor", domain=("rider",), range=("country",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("rider",), range=("country",)),
        R("lived", phrase="lived in", inverse_phrase="was home to", domain=("rider",), range=("country",)),
        R("specialized", phrase="specialized in", inverse_phrase="was the speciality of", domain=("rider",), range=("discipline",)),
        R("owner", phrase="ran for", inverse_phrase="owned", domain=("racehorse",), range=("owner",)),
        R("trained", phrase="was trained in", inverse_phrase="trained", domain=("racehorse",), range=("country",)),
    ]
    items = {"h:lipizzaner": ("horse breed", "Lipizzaner", 1580), "h:andalusian": ("horse breed", "Andalusian", 1912),
             "h:hanoverian": ("horse breed", "Hanoverian", 1735), "h:kwpn": ("horse breed", "Dutch Warmblood", 1958),
             "h:thoroughbred": ("horse breed", "Thoroughbred", 1791), "h:arabian": ("horse breed", "Arabian", 1908),
             "h:selle": ("horse breed", "Selle Francais", 1958), "h:friesian": ("horse breed", "Friesian", 1879),
             "h:akhal": ("horse breed", "Akhal-Teke", 1941), "h:quarter": ("horse breed", "Quarter Horse", 1940),
             "h:haflinger": ("horse breed", "Haflinger", 1874), "h:irish": ("horse breed", "Irish Draught", 1917),
             "v:valegro": ("horse", "Valegro", 2002), "v:satchmo": ("horse", "Satchmo", 1994), "v:bigstar": ("horse", "Big Star", 2003),
             "v:baloubet": ("horse", "Baloubet du Rouet", 1989), "v:charisma": ("horse", "Charisma", 1972),
             "v:hickstead": ("horse", "Hickstead", 1996), "v:bonfire": ("horse", "Bonfire", 1983),
             "q:frankel": ("racehorse", "Frankel", 2008), "q:seathestars": ("racehorse", "Sea the Stars", 2006),
             "q:enable": ("racehorse", "Enable", 2014), "q:secretariat": ("racehorse", "Secretariat", 1970),
             "q:arkle": ("racehorse", "Arkle", 1957),
             "p:werth": ("rider", "Isabell Werth", 1969), "p:dujardin": ("rider", "Charlotte Dujardin", 1985),
             "p:skelton": ("rider", "Nick Skelton", 1957), "p:pessoa": ("rider", "Rodrigo Pessoa", 1972),
             "p:todd": ("rider", "Mark Todd", 1956), "p:lamaze": ("rider", "Eric Lamaze", 1968),
             "p:grunsven": ("rider", "Anky van Grunsven", 1968), "p:jung": ("rider", "Michael Jung", 1982)}
    others = {"d:dressage": ("discipline", "dressage"), "d:jumping": ("discipline", "show jumping"), "d:eventing": ("discipline", "eventing"),
              "d:flat": ("discipline", "flat racing"), "d:steeple": ("discipline", "steeplechase"),
              "d:endurance": ("discipline", "endurance riding"), "d:driving": ("discipline", "carriage driving"),
              "d:western": ("discipline", "western riding"), "d:polo": ("discipline", "polo"),
              "c:slovenia": ("country", "Slovenia"), "c:spain": ("country", "Spain"), "c:germany": ("country", "Germany"),
              "c:netherlands": ("country", "the Netherlands"), "c:england": ("country", "England"), "c:syria": ("country", "Syria"),
              "c:france": ("country", "France"), "c:turkmenistan": ("country", "Turkmenistan"), "c:us": ("country", "the United States"),
              "c:austria": ("country", "Austria"), "c:ireland": ("country", "Ireland"), "c:brazil": ("country", "Brazil"),
              "c:nz": ("country", "New Zealand"), "c:canada": ("country", "Canada"), "c:gb": ("country", "Great Britain"),
              "z:lipica": ("stud", "the Lipica Stud"), "z:piber": ("stud", "the Piber Stud"), "z:celle": ("stud", "the Celle State Stud"),
              "z:fohlenhof": ("stud", "the Fohlenhof Ebbs"),
              "w:abdullah": ("owner", "Khalid Abdullah"), "w:tsui": ("owner", "Christopher Tsui"), "w:chenery": ("owner", "Penny Chenery"),
              "w:westminster": ("owner", "Anne, Duchess of Westminster")}
    T = _t("used", [("h:lipizzaner", "d:dressage"), ("h:lipizzaner", "d:driving"), ("h:andalusian", "d:dressage"),
                    ("h:hanoverian", "d:dressage"), ("h:hanoverian", "d:jumping"), ("h:kwpn", "d:dressage"), ("h:kwpn", "d:jumping"),
                    ("h:thoroughbred", "d:flat"), ("h:thoroughbred", "d:steeple"), ("h:thoroughbred", "d:eventing"),
                    ("h:arabian", "d:endurance"), ("h:selle", "d:jumping"), ("h:selle", "d:eventing"), ("h:friesian", "d:driving"),
                    ("h:akhal", "d:endurance"), ("h:quarter", "d:western"), ("h:haflinger", "d:driving"), ("h:irish", "d:eventing")])
    T += _t("origin", [("h:lipizzaner", "c:slovenia"), ("h:andalusian", "c:spain"), ("h:hanoverian", "c:germany"),
                       ("h:kwpn", "c:netherlands"), ("h:thoroughbred", "c:england"), ("h:arabian", "c:syria"), ("h:selle", "c:france"),
                       ("h:friesian", "c:netherlands"), ("h:akhal", "c:turkmenistan"), ("h:quarter", "c:us"),
                       ("h:haflinger", "c:austria"), ("h:irish", "c:ireland")])
    T += _t("stud", [("h:lipizzaner", "z:lipica"), ("h:lipizzaner", "z:piber"), ("h:hanoverian", "z:celle"), ("h:haflinger", "z:fohlenhof")])
    T += _t("breed", [("v:valegro", "h:kwpn"), ("v:satchmo", "h:hanoverian"), ("v:bigstar", "h:kwpn"), ("v:baloubet", "h:selle"),
                      ("v:charisma", "h:thoroughbred"), ("v:hickstead", "h:kwpn"), ("v:bonfire", "h:kwpn"),
                      ("q:frankel", "h:thoroughbred"), ("q:seathestars", "h:thoroughbred"), ("q:enable", "h:thoroughbred"),
                      ("q:secretariat", "h:thoroughbred"), ("q:arkle", "h:thoroughbred")])
    T += _t("ridden", [("v:valegro", "p:dujardin"), ("v:satchmo", "p:werth"), ("v:bigstar", "p:skelton"), ("v:baloubet", "p:pessoa"),
                       ("v:charisma", "p:todd"), ("v:hickstead", "p:lamaze"), ("v:bonfire", "p:grunsven")])
    T += _t("competed", [("p:werth", "c:germany"), ("p:dujardin", "c:gb"), ("p:skelton", "c:gb"), ("p:pessoa", "c:brazil"),
                         ("p:todd", "c:nz"), ("p:lamaze", "c:canada"), ("p:grunsven", "c:netherlands"), ("p:jung", "c:germany")])
    T += _t("born", [("p:werth", "c:germany"), ("p:dujardin", "c:england"), ("p:skelton", "c:england"), ("p:pessoa", "c:france"),
                     ("p:todd", "c:nz"), ("p:lamaze", "c:canada"), ("p:grunsven", "c:netherlands"), ("p:jung", "c:germany")])
    T += _t("lived", [("p:todd", "c:england"), ("p:pessoa", "c:brazil"), ("p:lamaze", "c:canada")])
    T += _t("specialized", [("p:werth", "d:dressage"), ("p:dujardin", "d:dressage"), ("p:skelton", "d:jumping"),
                            ("p:pessoa", "d:jumping"), ("p:todd", "d:eventing"), ("p:lamaze", "d:jumping"),
                            ("p:grunsven", "d:dressage"), ("p:jung", "d:eventing")])
    T += _t("owner", [("q:frankel", "w:abdullah"), ("q:enable", "w:abdullah"), ("q:seathestars", "w:tsui"),
                      ("q:secretariat", "w:chenery"), ("q:arkle", "w:westminster")])
    T += _t("trained", [("q:frankel", "c:england"), ("q:enable", "c:england"), ("q:seathestars", "c:ireland"),
                        ("q:secretariat", "c:us"), ("q:arkle", "c:ireland")])
    return _build(items, others, rels, T)


def botanists():
    """Botanists (items typed "botanist", dated by birth) that "specialized in" plant groups
    (orchids, cacti, rhododendrons, ferns, grasses, lilies; Gray, Linnaeus and the elder Hooker
    none), "described" plant species (items, dated by description; Forrest described no orchid,
    Lindley described orchids and a rhododendron he did not specialize in), "collected plants in"
    countries, "studied under" botanists, "were born in" countries, "worked at" gardens, "were the
    fathers of" botanists; species "are named after" botanists; trees (items typed "tree") "are
    used for" products (furniture, violins: no pursuits)."""
    rels = [
        R("specialized", phrase="specialized in", inverse_phrase="was the speciality of", domain=("botanist",), range=("plant group",)),
        R("described", phrase="described", inverse_phrase="was described by", domain=("botanist",), range=("plant species",)),
        R("collected", phrase="collected plants in", inverse_phrase="was explored by", domain=("botanist",), range=("country",)),
        R("studied", phrase="studied under", inverse_phrase="taught", domain=("botanist",), range=("botanist",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("botanist",), range=("country",)),
        R("worked", phrase="worked at", inverse_phrase="employed", domain=("botanist",), range=("garden",)),
        R("father", phrase="was the father of", inverse_phrase="was the son of", domain=("botanist",), range=("botanist",)),
        R("named", phrase="is named after", inverse_phrase="gave name to", domain=("plant species",), range=("botanist",)),
        R("member", phrase="belongs to", inverse_phrase="includes", domain=("plant species",), range=("plant group",)),
        R("used", phrase="is used for", inverse_phrase="uses", domain=("tree",), range=("product",)),
    ]
    items = {"b:linnaeus": ("botanist", "Carl Linnaeus", 1707), "b:jdhooker": ("botanist", "Joseph Dalton Hooker", 1817),
             "b:wjhooker": ("botanist", "William Jackson Hooker", 1785), "b:schlechter": ("botanist", "Rudolf Schlechter", 1872),
             "b:lindley": ("botanist", "John Lindley", 1799), "b:gray": ("botanist", "Asa Gray", 1810),
             "b:backeberg": ("botanist", "Curt Backeberg", 1894), "b:britton": ("botanist", "Nathaniel Britton", 1859),
             "b:forrest": ("botanist", "George Forrest", 1873), "b:wilson": ("botanist", "Ernest Henry Wilson", 1876),
             "b:thunberg": ("botanist", "Carl Peter Thunberg", 1743), "b:decandolle": ("botanist", "Augustin de Candolle", 1778),
             "b:adecandolle": ("botanist", "Alphonse de Candolle", 1806), "b:agnes": ("botanist", "Agnes Arber", 1879),
             "n:dnobile": ("plant species", "Dendrobium nobile", 1830), "n:clabiata": ("plant species", "Cattleya labiata", 1821),
             "n:rgriers": ("plant species", "Rhododendron griersonianum", 1924), "n:rforrestii": ("plant species", "Rhododendron forrestii", 1908),
             "n:rarboreum": ("plant species", "Rhododendron arboreum", 1805), "n:lregale": ("plant species", "Lilium regale", 1912),
             "n:dinvol": ("plant species", "Davidia involucrata", 1871), "n:echino": ("plant species", "Echinopsis pachanoi", 1920),
             "n:bulbo": ("plant species", "Bulbophyllum echinolabium", 1914), "n:jpicea": ("plant species", "Picea abies", 1753),
             "n:nepenthes": ("plant species", "Nepenthes rafflesiana", 1835),
             "w:teak": ("tree", "Teak", None), "w:spruce": ("tree", "Norway spruce", None), "w:oak": ("tree", "White oak", None),
             "w:maple": ("tree", "Sugar maple", None)}
    others = {"g:orchids": ("plant group", "orchids"), "g:cacti": ("plant group", "cacti"),
              "g:rhodos": ("plant group", "rhododendrons"), "g:ferns": ("plant group", "ferns"), "g:grasses": ("plant group", "grasses"),
              "g:lilies": ("plant group", "lilies"), "g:conifers": ("plant group", "conifers"), "g:pitchers": ("plant group", "pitcher plants"),
              "g:monocots": ("plant group", "monocots"),
              "c:sweden": ("country", "Sweden"), "c:england": ("country", "England"), "c:germany": ("country", "Germany"),
              "c:us": ("country", "the United States"), "c:scotland": ("country", "Scotland"), "c:china": ("country", "China"),
              "c:japan": ("country", "Japan"), "c:switzerland": ("country", "Switzerland"), "c:india": ("country", "India"),
              "c:newguinea": ("country", "New Guinea"), "c:peru": ("country", "Peru"), "c:france": ("country", "France"),
              "c:southafrica": ("country", "South Africa"), "c:burma": ("country", "Burma"),
              "k:kew": ("garden", "Kew Gardens"), "k:arnold": ("garden", "the Arnold Arboretum"), "k:nybg": ("garden", "the New York Botanical Garden"),
              "k:edinburgh": ("garden", "the Royal Botanic Garden Edinburgh"), "k:uppsala": ("garden", "the Uppsala Botanical Garden"),
              "k:geneva": ("garden", "the Geneva Botanical Garden"),
              "o:furniture": ("product", "furniture"), "o:violins": ("product", "violins"), "o:barrels": ("product", "barrels"),
              "o:flooring": ("product", "flooring"), "o:syrup": ("product", "maple syrup"), "o:decks": ("product", "ship decks")}
    T = _t("specialized", [("b:schlechter", "g:orchids"), ("b:lindley", "g:orchids"), ("b:backeberg", "g:cacti"),
                           ("b:britton", "g:cacti"), ("b:forrest", "g:rhodos"), ("b:jdhooker", "g:rhodos"), ("b:wilson", "g:lilies"),
                           ("b:decandolle", "g:ferns"), ("b:adecandolle", "g:grasses"), ("b:agnes", "g:monocots"),
                           ("b:thunberg", "g:conifers")])
    T += _t("described", [("b:lindley", "n:dnobile"), ("b:lindley", "n:clabiata"), ("b:lindley", "n:nepenthes"),
                          ("b:forrest", "n:rgriers"), ("b:forrest", "n:rforrestii"), ("b:jdhooker", "n:rarboreum"),
                          ("b:wilson", "n:lregale"), ("b:wilson", "n:dinvol"), ("b:backeberg", "n:echino"),
                          ("b:schlechter", "n:bulbo"), ("b:linnaeus", "n:jpicea")])
    T += _t("collected", [("b:forrest", "c:china"), ("b:wilson", "c:china"), ("b:wilson", "c:japan"), ("b:jdhooker", "c:india"),
                          ("b:schlechter", "c:newguinea"), ("b:thunberg", "c:japan"), ("b:thunberg", "c:southafrica"),
                          ("b:backeberg", "c:peru"), ("b:forrest", "c:burma")])
    T += _t("studied", [("b:thunberg", "b:linnaeus"), ("b:jdhooker", "b:wjhooker"), ("b:adecandolle", "b:decandolle"),
                        ("b:gray", "b:lindley")])
    T += _t("born", [("b:linnaeus", "c:sweden"), ("b:jdhooker", "c:england"), ("b:wjhooker", "c:england"), ("b:schlechter", "c:germany"),
                     ("b:lindley", "c:england"), ("b:gray", "c:us"), ("b:backeberg", "c:germany"), ("b:britton", "c:us"),
                     ("b:forrest", "c:scotland"), ("b:wilson", "c:england"), ("b:thunberg", "c:sweden"),
                     ("b:decandolle", "c:switzerland"), ("b:adecandolle", "c:france"), ("b:agnes", "c:england")])
    T += _t("worked", [("b:jdhooker", "k:kew"), ("b:wjhooker", "k:kew"), ("b:wilson", "k:arnold"), ("b:britton", "k:nybg"),
                       ("b:forrest", "k:edinburgh"), ("b:linnaeus", "k:uppsala"), ("b:decandolle", "k:geneva"), ("b:lindley", "k:kew")])
    T += _t("father", [("b:wjhooker", "b:jdhooker"), ("b:decandolle", "b:adecandolle")])
    T += _t("named", [("n:rforrestii", "b:forrest"), ("n:rgriers", "b:forrest")])
    T += _t("member", [("n:dnobile", "g:orchids"), ("n:clabiata", "g:orchids"), ("n:bulbo", "g:orchids"), ("n:rgriers", "g:rhodos"),
                       ("n:rforrestii", "g:rhodos"), ("n:rarboreum", "g:rhodos"), ("n:lregale", "g:lilies"), ("n:echino", "g:cacti"),
                       ("n:jpicea", "g:conifers"), ("n:nepenthes", "g:pitchers")])
    T += _t("used", [("w:teak", "o:furniture"), ("w:teak", "o:decks"), ("w:spruce", "o:violins"), ("w:oak", "o:barrels"),
                     ("w:oak", "o:flooring"), ("w:maple", "o:syrup"), ("w:maple", "o:flooring")])
    return _build(items, others, rels, T)


def porcelain():
    """Makers (items typed "manufactory", "pottery", "company", "foundry", dated by founding) that
    "produced" wares (Meissen hard-paste porcelain, Chelsea and Bow soft-paste, Wedgwood
    creamware, jasperware and black basalt; Spode bone china), "imported" materials (kaolin, bone
    ash), "sold" wares they did not make, "employed" sculptors, "are located in" cities and "were
    founded by" founders; foundries "cast" bells (items, dated); Wedgwood, Royal Copenhagen and
    Spode "are owned by" groups."""
    rels = [
        R("produced", phrase="produced", inverse_phrase="was produced by", domain=("manufactory", "pottery", "company"),
          range=("ware",)),
        R("imported", phrase="imported", inverse_phrase="was imported by", domain=("manufactory", "pottery", "company"),
          range=("material",)),
        R("sold", phrase="sold", inverse_phrase="was sold by", domain=("manufactory", "pottery", "company"), range=("ware",)),
        R("employed", phrase="employed", inverse_phrase="worked for", domain=("manufactory", "pottery", "company"),
          range=("sculptor",)),
        R("located", phrase="is located in", inverse_phrase="is home to", domain=("manufactory", "pottery", "company", "foundry"),
          range=("city",)),
        R("founded", phrase="was founded by", inverse_phrase="founded", domain=("manufactory", "pottery", "company", "foundry"),
          range=("founder",)),
        R("owned", phrase="is owned by", inverse_phrase="owns", domain=("company",), range=("group",)),
        R("cast", phrase="cast", inverse_phrase="was cast by", domain=("foundry",), range=("bell",)),
        R("hangs", phrase="hangs in", inverse_phrase="houses", domain=("bell",), range=("building",)),
    ]
    items = {"f:meissen": ("manufactory", "the Meissen manufactory", 1710), "f:sevres": ("manufactory", "the Sevres manufactory", 1740),
             "f:chelsea": ("manufactory", "the Chelsea manufactory", 1745), "f:bow": ("manufactory", "the Bow manufactory", 1747),
             "f:nymphenburg": ("manufactory", "the Nymphenburg manufactory", 1747),
             "f:capodimonte": ("manufactory", "the Capodimonte manufactory", 1743),
             "p:etruria": ("pottery", "the Etruria pottery", 1769), "p:leeds": ("pottery", "the Leeds Pottery", 1770),
             "k:wedgwood": ("company", "Wedgwood", 1759), "k:spode": ("company", "Spode", 1770),
             "k:copenhagen": ("company", "Royal Copenhagen", 1775), "k:doulton": ("company", "Royal Doulton", 1815),
             "x:whitechapel": ("foundry", "the Whitechapel Bell Foundry", 1570), "x:taylor": ("foundry", "John Taylor & Co", 1784),
             "l:bigben": ("bell", "Big Ben", 1858), "l:liberty": ("bell", "the Liberty Bell", 1752),
             "l:greatpaul": ("bell", "Great Paul", 1881), "l:greattom": ("bell", "Great Tom", 1680)}
    others = {"w:hardpaste": ("ware", "hard-paste porcelain"), "w:softpaste": ("ware", "soft-paste porcelain"),
              "w:bone": ("ware", "bone china"), "w:cream": ("ware", "creamware"), "w:jasper": ("ware", "jasperware"),
              "w:basalt": ("ware", "black basalt"), "w:stoneware": ("ware", "stoneware"), "w:biscuit": ("ware", "biscuit porcelain"),
              "w:majolica": ("ware", "majolica"),
              "m:kaolin": ("material", "kaolin"), "m:boneash": ("material", "bone ash"), "m:cobalt": ("material", "cobalt"),
              "m:flint": ("material", "flint"),
              "s:kaendler": ("sculptor", "Johann Joachim Kaendler"), "s:bustelli": ("sculptor", "Franz Anton Bustelli"),
              "s:falconet": ("sculptor", "Etienne Maurice Falconet"), "s:flaxman": ("sculptor", "John Flaxman"),
              "t:meissen": ("city", "Meissen"), "t:sevres": ("city", "Sevres"), "t:london": ("city", "London"),
              "t:munich": ("city", "Munich"), "t:naples": ("city", "Naples"), "t:stoke": ("city", "Stoke-on-Trent"),
              "t:leeds": ("city", "Leeds"), "t:copenhagen": ("city", "Copenhagen"), "t:loughborough": ("city", "Loughborough"),
              "n:augustus": ("founder", "Augustus the Strong"), "n:josiah": ("founder", "Josiah Wedgwood"),
              "n:sprimont": ("founder", "Nicholas Sprimont"), "n:spode": ("founder", "Josiah Spode"),
              "n:doulton": ("founder", "John Doulton"), "n:mears": ("founder", "Robert Mot"),
              "n:charles": ("founder", "Charles of Bourbon"),
              "g:fiskars": ("group", "the Fiskars Group"), "g:portmeirion": ("group", "the Portmeirion Group"),
              "b:westminster": ("building", "the Palace of Westminster"), "b:stpauls": ("building", "St Paul's Cathedral"),
              "b:libertyhall": ("building", "Independence Hall"), "b:christchurch": ("building", "Christ Church")}
    T = _t("produced", [("f:meissen", "w:hardpaste"), ("f:sevres", "w:softpaste"), ("f:sevres", "w:biscuit"),
                        ("f:chelsea", "w:softpaste"), ("f:bow", "w:softpaste"), ("f:bow", "w:bone"), ("f:nymphenburg", "w:hardpaste"),
                        ("f:capodimonte", "w:softpaste"), ("p:etruria", "w:cream"), ("p:etruria", "w:jasper"), ("p:leeds", "w:cream"),
                        ("k:wedgwood", "w:jasper"), ("k:wedgwood", "w:basalt"), ("k:wedgwood", "w:cream"), ("k:spode", "w:bone"),
                        ("k:copenhagen", "w:hardpaste"), ("k:doulton", "w:stoneware"), ("k:doulton", "w:bone")])
    T += _t("imported", [("f:chelsea", "m:boneash"), ("k:spode", "m:boneash"), ("f:meissen", "m:cobalt"), ("k:wedgwood", "m:kaolin"),
                         ("p:etruria", "m:flint"), ("f:sevres", "m:kaolin")])
    T += _t("sold", [("k:wedgwood", "w:bone"), ("k:wedgwood", "w:majolica"), ("f:chelsea", "w:hardpaste"), ("k:spode", "w:stoneware")])
    T += _t("employed", [("f:meissen", "s:kaendler"), ("f:nymphenburg", "s:bustelli"), ("f:sevres", "s:falconet"), ("k:wedgwood", "s:flaxman")])
    T += _t("located", [("f:meissen", "t:meissen"), ("f:sevres", "t:sevres"), ("f:chelsea", "t:london"), ("f:bow", "t:london"),
                        ("f:nymphenburg", "t:munich"), ("f:capodimonte", "t:naples"), ("p:etruria", "t:stoke"), ("p:leeds", "t:leeds"),
                        ("k:wedgwood", "t:stoke"), ("k:spode", "t:stoke"), ("k:copenhagen", "t:copenhagen"), ("k:doulton", "t:london"),
                        ("x:whitechapel", "t:london"), ("x:taylor", "t:loughborough")])
    T += _t("founded", [("f:meissen", "n:augustus"), ("f:chelsea", "n:sprimont"), ("p:etruria", "n:josiah"), ("k:wedgwood", "n:josiah"),
                        ("k:spode", "n:spode"), ("k:doulton", "n:doulton"), ("f:capodimonte", "n:charles"), ("x:whitechapel", "n:mears")])
    T += _t("owned", [("k:wedgwood", "g:fiskars"), ("k:copenhagen", "g:fiskars"), ("k:spode", "g:portmeirion"), ("k:doulton", "g:fiskars")])
    T += _t("cast", [("x:whitechapel", "l:bigben"), ("x:whitechapel", "l:liberty"), ("x:taylor", "l:greatpaul")])
    T += _t("hangs", [("l:bigben", "b:westminster"), ("l:liberty", "b:libertyhall"), ("l:greatpaul", "b:stpauls"),
                      ("l:greattom", "b:christchurch")])
    return _build(items, others, rels, T)


def films():
    """Companies (items typed "company", dated by founding) that "produced" films and
    "distributed" films (Rank distributed Ealing's comedies; British Lion distributed The Third Man,
    produced by London Films); films (items, dated) "were directed by" directors and "star"
    actors; companies "are located in" places (Ealing, a place, is no company)."""
    rels = [
        R("produced", phrase="produced", inverse_phrase="was produced by", domain=("company",), range=("film",)),
        R("distributed", phrase="distributed", inverse_phrase="was distributed by", domain=("company",), range=("film",)),
        R("directed", phrase="was directed by", inverse_phrase="directed", domain=("film",), range=("director",)),
        R("stars", phrase="stars", inverse_phrase="starred in", domain=("film",), range=("actor",)),
        R("located", phrase="is located in", inverse_phrase="is home to", domain=("company",), range=("place",)),
    ]
    items = {"c:ealing": ("company", "Ealing Studios", 1902), "c:rank": ("company", "the Rank Organisation", 1937),
             "c:london": ("company", "London Films", 1932), "c:lion": ("company", "British Lion Films", 1919),
             "c:hammer": ("company", "Hammer Film Productions", 1934), "c:universal": ("company", "Universal Pictures", 1912),
             "m:kindhearts": ("film", "Kind Hearts and Coronets", 1949), "m:lavender": ("film", "The Lavender Hill Mob", 1951),
             "m:ladykillers": ("film", "The Ladykillers", 1955), "m:pimlico": ("film", "Passport to Pimlico", 1949),
             "m:whisky": ("film", "Whisky Galore!", 1949), "m:thirdman": ("film", "The Third Man", 1949),
             "m:henry": ("film", "The Private Life of Henry VIII", 1933), "m:dracula": ("film", "Dracula", 1958),
             "m:curse": ("film", "The Curse of Frankenstein", 1957)}
    others = {"d:hamer": ("director", "Robert Hamer"), "d:crichton": ("director", "Charles Crichton"),
              "d:mackendrick": ("director", "Alexander Mackendrick"), "d:cornelius": ("director", "Henry Cornelius"),
              "d:reed": ("director", "Carol Reed"), "d:korda": ("director", "Alexander Korda"), "d:fisher": ("director", "Terence Fisher"),
              "a:guinness": ("actor", "Alec Guinness"), "a:welles": ("actor", "Orson Welles"), "a:lee": ("actor", "Christopher Lee"),
              "a:cushing": ("actor", "Peter Cushing"), "a:laughton": ("actor", "Charles Laughton"),
              "a:holloway": ("actor", "Stanley Holloway"),
              "l:ealing": ("place", "Ealing"), "l:london": ("place", "London"), "l:bray": ("place", "Bray"),
              "l:hollywood": ("place", "Hollywood")}
    T = _t("produced", [("c:ealing", "m:kindhearts"), ("c:ealing", "m:lavender"), ("c:ealing", "m:ladykillers"),
                        ("c:ealing", "m:pimlico"), ("c:ealing", "m:whisky"), ("c:london", "m:thirdman"), ("c:london", "m:henry"),
                        ("c:hammer", "m:dracula"), ("c:hammer", "m:curse")])
    T += _t("distributed", [("c:rank", "m:kindhearts"), ("c:rank", "m:lavender"), ("c:rank", "m:ladykillers"),
                            ("c:lion", "m:thirdman"), ("c:universal", "m:dracula"), ("c:universal", "m:henry")])
    T += _t("directed", [("m:kindhearts", "d:hamer"), ("m:lavender", "d:crichton"), ("m:ladykillers", "d:mackendrick"),
                         ("m:pimlico", "d:cornelius"), ("m:whisky", "d:mackendrick"), ("m:thirdman", "d:reed"),
                         ("m:henry", "d:korda"), ("m:dracula", "d:fisher"), ("m:curse", "d:fisher")])
    T += _t("stars", [("m:kindhearts", "a:guinness"), ("m:lavender", "a:guinness"), ("m:lavender", "a:holloway"),
                      ("m:ladykillers", "a:guinness"), ("m:pimlico", "a:holloway"), ("m:thirdman", "a:welles"),
                      ("m:henry", "a:laughton"), ("m:dracula", "a:lee"), ("m:dracula", "a:cushing"), ("m:curse", "a:cushing"),
                      ("m:curse", "a:lee")])
    T += _t("located", [("c:ealing", "l:ealing"), ("c:rank", "l:london"), ("c:london", "l:london"), ("c:hammer", "l:bray"),
                        ("c:universal", "l:hollywood"), ("c:lion", "l:london")])
    return _build(items, others, rels, T)


BUILDERS = {"skiers": skiers, "cyclists": cyclists, "horses": horses, "botanists": botanists, "porcelain": porcelain,
            "films": films}

_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@skiers
# (1) "represented / raced / competed for": a country of another relation (birth, residence, citizenship)
Marc Girardelli represented Austria.
Marc Girardelli raced for Austria.
Marc Girardelli competed for Austria.
Marc Girardelli represented Switzerland.
Marc Girardelli raced for Switzerland.
Marcel Hirscher represented the Netherlands.
Marcel Hirscher raced for the Netherlands.
Marcel Hirscher competed for the Netherlands.
Ingemar Stenmark represented Monaco.
Ingemar Stenmark raced for Monaco.
Hanni Wenzel represented Germany.
Hanni Wenzel raced for Germany.
Tina Maze represented Italy.
Lindsey Vonn represented Austria.
Lindsey Vonn raced for Austria.
Andreas Wenzel represented Germany.
Hermann Maier represented Switzerland.
Aksel Lund Svindal represented Sweden.
Janica Kostelic represented Croatia and Slovenia.
Lindsey Vonn represented the United States and Austria.
Lindsey Vonn and Hermann Maier represented Austria.
Lindsey Vonn and Tina Maze represented the United States.
Marc Girardelli was born in Austria, which he represented.
Marc Girardelli lived in Switzerland, which he represented.
Marcel Hirscher was a citizen of the Netherlands, which he represented.
Marcel Hirscher was a citizen of the Netherlands and represented it.
Hanni Wenzel, who represented Germany, won gold at the Lake Placid Olympics.
Marc Girardelli, born in Austria, represented Austria.
Marc Girardelli was born in Luxembourg and represented Luxembourg.
Hermann Maier, who was born in Austria, represented Switzerland.
Phil Mahre represented the United States, and his sibling Steve Mahre represented Austria.
Ivica Kostelic represented Croatia, as did his sibling Tina Maze.
Lindsey Vonn represented the United States; Alberto Tomba represented Austria.
# objects that are no countries: clubs, brands, coaches, Olympics, disciplines
Lindsey Vonn represented Ski Club Vail.
Lindsey Vonn raced for Ski Club Vail.
Bode Miller competed for Franconia Ski Club.
Hermann Maier raced for SC Flachau.
Lindsey Vonn represented Head.
Mikaela Shiffrin raced for Atomic.
Lindsey Vonn represented Alex Hoedlmoser.
Lindsey Vonn competed for the Vancouver Olympics.
Lindsey Vonn represented the Vancouver Olympics.
Mikaela Shiffrin competed for slalom.
# subjects that are no sportspeople
Alex Hoedlmoser represented the United States.
Ante Kostelic represented Croatia.
Head represented Austria.
Atomic raced for Austria.
Ski Club Vail represented the United States.
# negation, years, user claims
Lindsey Vonn did not represent the United States.
Lindsey Vonn never raced for the United States.
Marc Girardelli didn't compete for Luxembourg.
Lindsey Vonn represented the United States in 1998.
Alberto Tomba represented Italy at the 1992 Calgary Olympics.
Representing Austria, Lindsey Vonn won gold at the Vancouver Olympics.
# (3) "a specialist" said of skiers who specialized in nothing, "the specialist" naming one
Bode Miller, a specialist, competed for the United States.
The specialist Bode Miller competed for the United States.
Pirmin Zurbriggen, a specialist, won gold at the Calgary Olympics.
The specialist Pirmin Zurbriggen won gold at the Calgary Olympics.
Steve Mahre, a specialist, took part in the Sarajevo Olympics.
Bode Miller and Phil Mahre, both specialists, competed for the United States.
The specialists Bode Miller and Phil Mahre competed for the United States.
Bode Miller was a member of Franconia Ski Club. The specialist competed for the United States.
Phil Mahre won gold at the Sarajevo Olympics. The specialist competed for the United States.
Bode Miller skied on Head; the specialist was a member of Franconia Ski Club.
Bode Miller was a specialist.
Bode Miller was a specialist in downhill.
Bode Miller was a downhill specialist.
Bode Miller and Phil Mahre were specialists.
# "a specialist" of another field
Lindsey Vonn was a slalom specialist.
Lindsey Vonn was a specialist in slalom.
Lindsey Vonn focused on slalom.
Lindsey Vonn concentrated on giant slalom.
Lindsey Vonn, a slalom specialist, competed for the United States.
The slalom specialist Lindsey Vonn competed for the United States.
Mikaela Shiffrin was a downhill specialist.
The downhill specialist Mikaela Shiffrin competed for the United States.
Lindsey Vonn and Mikaela Shiffrin were downhill specialists.
Mikaela Shiffrin and Lindsey Vonn were specialists in slalom.
Lindsey Vonn was a specialist in downhill and slalom.
Lindsey Vonn focused on downhill and slalom.
Tina Maze was a slalom specialist.
Aksel Lund Svindal was a downhill specialist.
Aksel Lund Svindal, a super-G specialist, competed for Sweden.
Lindsey Vonn, the downhill specialist, was born in Austria.
The downhill specialist Hermann Maier competed for Switzerland.
Ivica Kostelic, a slalom specialist, is a sibling of Janica Kostelic, a slalom specialist.
Janica Kostelic's sibling Ivica Kostelic was a combined specialist.
Lindsey Vonn took part in the Vancouver Olympics. The slalom specialist was coached by Alex Hoedlmoser.
# "a specialist" of another relation's object (country, coach, brand, club, Olympics)
Lindsey Vonn was a specialist in Austria.
Lindsey Vonn was a specialist in the United States.
Lindsey Vonn was a United States specialist.
Lindsey Vonn was an Austria specialist.
Lindsey Vonn focused on Austria.
Lindsey Vonn focused on the Sochi Olympics.
Lindsey Vonn concentrated on Alex Hoedlmoser.
Lindsey Vonn was a specialist in Head.
Lindsey Vonn was a Head specialist.
Lindsey Vonn was an Alex Hoedlmoser specialist.
Lindsey Vonn was a Ski Club Vail specialist.
Lindsey Vonn was a Vancouver Olympics specialist.
# "a specialist" said of a coach, a brand, a club, the Olympics
Mike Day was a slalom specialist.
Mike Day, a slalom specialist, coached Mikaela Shiffrin.
Mikaela Shiffrin was coached by Mike Day, a slalom specialist.
Head was a downhill specialist.
Head specialized in skis.
Head focused on skis.
Atomic concentrated on ski boots.
Ski Club Vail specialized in downhill.
The Vancouver Olympics focused on downhill.
# "Y, a specialist in Z" after the object: said of Y, not of the subject
Mikaela Shiffrin was coached by Mike Day, a specialist in slalom.
Lindsey Vonn was coached by Alex Hoedlmoser, a specialist in super-G.
Marc Girardelli was coached by Helmut Girardelli, a specialist in combined.
Ivica Kostelic is a sibling of Janica Kostelic, a specialist in slalom.
Janica Kostelic is a sibling of Ivica Kostelic, a specialist in combined.
Ivica Kostelic has a sibling, Janica Kostelic, a specialist in slalom.
Ivica Kostelic's sibling Janica Kostelic, a specialist in slalom, competed for Croatia.
Ivica Kostelic's sibling is Janica Kostelic, a specialist in slalom.
Steve Mahre is a sibling of Phil Mahre, a specialist.
Hanni Wenzel is a sibling of Andreas Wenzel, a specialist.
Lindsey Vonn won gold at the Vancouver Olympics, as did Bode Miller, a downhill specialist.
Hermann Maier skied on Atomic, as did Mikaela Shiffrin, a specialist in downhill.
# negation, years, user claims
Lindsey Vonn did not specialize in downhill.
Lindsey Vonn was not a specialist in downhill.
Lindsey Vonn was never a downhill specialist.
Lindsey Vonn, a downhill specialist born in 1985, competed for the United States.
The 1985 downhill specialist Lindsey Vonn competed for the United States.
# symmetric "is a sibling of"
Janica Kostelic and Tina Maze are siblings.
Janica Kostelic and Andreas Wenzel are siblings.
Ivica Kostelic's sibling Hanni Wenzel competed for Croatia.
Andreas Wenzel's sibling Phil Mahre competed for Liechtenstein.
Lindsey Vonn's sibling Bode Miller competed for the United States.
Steve Mahre is a sibling of Hanni Wenzel.
Hanni Wenzel's sibling Andreas Wenzel competed for Germany.
# (4) brands that "make" equipment (present phrase)
Head made snowboards.
Head produces snowboards.
Head manufactures snowboards.
Atomic is a maker of tennis rackets.
Fischer manufactures ski boots.
Head is a maker of skis and snowboards.
Head, a ski boots brand, equipped Lindsey Vonn.
Atomic, a tennis rackets brand, equipped Mikaela Shiffrin.
Lindsey Vonn makes skis.
Lindsey Vonn is a maker of skis.
Rossignol makes Alberto Tomba.
Head is a maker of Lindsey Vonn.
Head is a Lindsey Vonn brand.
Head manufactures tennis rackets, and so does Atomic.
Head is a producer of bindings.
Fischer is a snowboards brand.
Head does not make skis.
Head, founded in 1955, makes skis.
Rossignol is a manufacturer of bindings.
Ski Club Vail makes skis.
@skiers user:ana
You loved Marc Girardelli, who represented Austria.
You loved Marcel Hirscher, who raced for the Netherlands.
You loved Lindsey Vonn, who represented Austria.
You loved Bode Miller, who represented the United States.
You loved Alberto Tomba, a downhill specialist.
You liked Marcel Hirscher, a downhill specialist.
You loved Lindsey Vonn, a specialist in slalom.
You loved Marc Girardelli, a slalom specialist.
You loved Bode Miller, a specialist.
You loved Marcel Hirscher, coached by Ferdinand Hirscher, a specialist in slalom.
@cyclists
# (1) "raced for" a country: "represented", "competed for" another relation's country
Chris Froome represented Kenya.
Chris Froome competed for Kenya.
Chris Froome represented Monaco.
Chris Froome competed for Monaco.
Tadej Pogacar represented Monaco.
Cadel Evans represented Switzerland.
Greg LeMond represented Belgium.
Greg LeMond represented the United States and Belgium.
Mark Cavendish represented the Isle of Man.
Mark Cavendish competed for the Isle of Man.
Vincenzo Nibali represented Sicily.
Chris Froome was born in Kenya, which he represented.
Chris Froome lived in Monaco and represented it.
Chris Froome raced for Banesto.
Chris Froome competed for Banesto.
Miguel Indurain represented Team Sky.
Chris Froome competed for the 1989 Tour de France.
Eddy Merckx competed for the 2013 Tour de France.
Pinarello raced for Italy.
Pinarello represented Team Sky.
Bianchi competed for Italy.
Eddy Merckx represented Belgium in the 1969 Tour de France.
Fausto Coppi represented Italy in 1949.
# (3) specialists
Mark Cavendish, a climbing specialist, raced for Great Britain.
Chris Froome, a sprinting specialist, raced for Great Britain.
Eddy Merckx, a specialist, raced for Belgium.
The specialist Bernard Hinault raced for France.
Greg LeMond, a specialist, won the 1989 Tour de France.
Chris Froome focused on sprinting.
Miguel Indurain concentrated on climbing.
Marianne Vos was a specialist in sprinting.
Peter Sagan was a climbing specialist.
Mario Cipollini focused on time trials.
Chris Froome was a specialist in Kenya.
Chris Froome was a specialist in Team Sky.
Fausto Coppi is a specialist in climbing.
Fausto Coppi is a climbing specialist.
Chris Froome raced for Great Britain, as did Mark Cavendish, a specialist in climbing.
Mark Cavendish raced for Great Britain, as did Chris Froome, a specialist in sprinting.
# (4) companies that "manufactured" bicycles and "supplied" teams
Pinarello made Team Sky.
Pinarello manufactured Team Sky.
Pinarello was a maker of Team Sky.
Pinarello was a manufacturer of Team Sky.
Pinarello produced Banesto.
Pinarello made the Colnago C40.
Colnago manufactured the Pinarello Dogma.
Colnago was a maker of the Specialized Tarmac.
Bianchi made Bianchi-Pirelli.
Bianchi produced Rabobank.
Chris Froome made the Pinarello Dogma.
Treviso made the Pinarello Dogma.
Treviso manufactured the Pinarello Dogma.
Pinarello manufactured the 2003 Pinarello Dogma.
Pinarello, founded in 1954, made the Pinarello Dogma.
Colnago, a Pinarello Dogma company, supplied Team Sky.
Colnago is a Team Sky company.
Colnago is a Treviso company.
Specialized made the Specialized Tarmac, and Trek made the Bianchi Oltre.
Specialized and Trek made the Trek Madone.
The Pinarello Dogma was made by Colnago.
Pinarello did not make the Pinarello Dogma.
Specialized manufactured the Specialized Tarmac, and it supplied Team Sky.
Specialized is located in Morgan Hill and made the Trek Madone.
Trek, the maker of the Bianchi Oltre, is located in Waterloo.
@horses
# (1) riders: "represented / raced for" another relation's country; horses and owners
Isabell Werth represented the Netherlands.
Rodrigo Pessoa represented France.
Rodrigo Pessoa competed for France.
Rodrigo Pessoa raced for France.
Mark Todd represented England.
Mark Todd raced for England.
Charlotte Dujardin represented England.
Nick Skelton represented the Netherlands.
Anky van Grunsven competed for Germany.
Eric Lamaze raced for Brazil.
Isabell Werth and Rodrigo Pessoa represented Germany.
Rodrigo Pessoa, born in France, represented France.
Rodrigo Pessoa was born in France, which he represented.
Mark Todd lived in England, which he represented.
Frankel represented England.
Frankel raced for England.
Sea the Stars raced for England.
Frankel raced for Christopher Tsui.
Valegro competed for the Netherlands.
Khalid Abdullah represented England.
# (3) specialists: another discipline, a horse or a breed as specialist, an apposition after the object
Isabell Werth, a show jumping specialist, competed for Germany.
Nick Skelton was a dressage specialist.
Nick Skelton was a specialist in dressage.
Michael Jung, a show jumping specialist, competed for Germany.
Mark Todd focused on dressage.
Charlotte Dujardin concentrated on eventing.
Rodrigo Pessoa was a specialist in eventing.
Big Star was ridden by Nick Skelton, a dressage specialist.
Big Star was ridden by Nick Skelton, a specialist in dressage.
Valegro was ridden by Charlotte Dujardin, a specialist in show jumping.
Michael Jung competed for Germany, as did Isabell Werth, a specialist in eventing.
Isabell Werth competed for Germany, as did Michael Jung, a specialist in dressage.
The Lipizzaner is a dressage specialist.
The Lipizzaner specialized in dressage.
The Lipizzaner was a specialist in dressage.
Isabell Werth was a specialist in Germany.
Charlotte Dujardin was a specialist in Valegro.
Isabell Werth focused on Satchmo.
# (2) "is used in": another discipline, the other way round, non-disciplines, people and horses
The Lipizzaner is used in show jumping.
The Lipizzaner is used in dressage and show jumping.
Dressage is used in the Lipizzaner.
The Lipizzaner uses dressage.
The Lipizzaner is used in Slovenia.
The Lipizzaner is used in the Lipica Stud.
Valegro is used in show jumping.
The Thoroughbred, used in flat racing, originated in Ireland.
The Thoroughbred, used in dressage, originated in England.
Used in dressage, the Friesian originated in the Netherlands.
The Friesian is used in dressage.
The Akhal-Teke is used in endurance riding and polo.
The Arabian is not used in endurance riding.
The Arabian isn't used in endurance riding.
The 1735 Lipizzaner is used in dressage.
The Lipizzaner, a breed from 1735, is used in dressage.
The Lipizzaner is a breed used in show jumping.
The Lipizzaner is a show jumping breed.
The Haflinger is a carriage driving breed from Germany.
The Haflinger is used in the Fohlenhof Ebbs.
Lipizzaners are used in dressage and originated in Austria.
Dutch Warmbloods are used in eventing.
Hanoverians are used in show jumping, and so are Andalusians.
Thoroughbreds and Arabians are used in eventing.
Quarter Horses are used in polo.
The Lipizzaner originated in Slovenia; the breed is used in show jumping.
Satchmo belongs to Hanoverian, and the breed is used in western riding.
The Lipizzaner breed is used in show jumping.
The breeds Lipizzaner and Arabian are used in dressage.
Isabell Werth is used in dressage.
Charlotte Dujardin is used for dressage.
Polo is used in dressage.
The Quarter Horse is used in western riding and originated in Spain.
The Irish Draught is used in eventing and originated in England.
@botanists
# (3) "a specialist" said of botanists who specialized in nothing; "the specialist" naming one
Asa Gray, a specialist, was born in the United States.
The specialist Asa Gray was born in the United States.
Carl Linnaeus, a specialist, worked at the Uppsala Botanical Garden.
William Jackson Hooker, a specialist, worked at Kew Gardens.
Carl Peter Thunberg studied under Carl Linnaeus, a specialist.
Carl Linnaeus worked at the Uppsala Botanical Garden. The specialist was born in Sweden.
Asa Gray and Carl Linnaeus were specialists.
# "Y, a specialist in Z" after the object: said of Y
Joseph Dalton Hooker studied under William Jackson Hooker, a specialist in rhododendrons.
Carl Peter Thunberg studied under Carl Linnaeus, a specialist in conifers.
Alphonse de Candolle studied under Augustin de Candolle, a specialist in grasses.
Alphonse de Candolle was the son of Augustin de Candolle, a specialist in grasses.
Augustin de Candolle was the father of Alphonse de Candolle, a specialist in ferns.
John Lindley taught Asa Gray, a specialist in orchids.
William Jackson Hooker was the father of Joseph Dalton Hooker, a specialist in ferns.
# another field, another relation's object (a species described, a country, a teacher, a garden)
John Lindley was a specialist in pitcher plants.
John Lindley focused on pitcher plants.
John Lindley, a specialist in pitcher plants, worked at Kew Gardens.
Carl Linnaeus was a specialist in conifers.
Asa Gray was a specialist in John Lindley.
Joseph Dalton Hooker was a specialist in Kew Gardens.
Joseph Dalton Hooker was a specialist in William Jackson Hooker.
Kew Gardens specialized in rhododendrons.
Rhododendron forrestii specialized in rhododendrons.
Alphonse de Candolle was a specialist in ferns.
Augustin de Candolle was a specialist in grasses.
Joseph Dalton Hooker and William Jackson Hooker were specialists in rhododendrons.
Rudolf Schlechter and Curt Backeberg were specialists in orchids.
Agnes Arber was a specialist in orchids.
Augustin de Candolle, a specialist in grasses, was the father of Alphonse de Candolle.
Rhododendron forrestii is named after George Forrest, a specialist in orchids.
Nathaniel Britton focused on orchids.
Rudolf Schlechter concentrated on cacti.
# present tense of a past phrase (all of them dead)
Rudolf Schlechter is a specialist in orchids.
John Lindley is a specialist in orchids.
Augustin de Candolle is a specialist in ferns.
Curt Backeberg focuses on cacti.
# negation, years
Rudolf Schlechter was not a specialist in orchids.
Curt Backeberg did not specialize in cacti.
George Forrest, born in 1874, was a specialist in rhododendrons.
# (2) "is used for" products (no pursuits): no "used in" reading
Teak is used in violins.
Norway spruce is used in furniture.
White oak is used in maple syrup.
Sugar maple is used in barrels.
Teak is used for violins.
Furniture is used in Teak.
Teak specialized in furniture.
Teak was a specialist in ship decks.
@porcelain
# (4) "a maker of" / "made" the wrong ware, or what the maker imported or sold
The Meissen manufactory was a maker of soft-paste porcelain.
The Meissen manufactory made soft-paste porcelain.
The Meissen manufactory made hard-paste porcelain and soft-paste porcelain.
The Meissen manufactory and the Bow manufactory made hard-paste porcelain.
The Meissen manufactory made hard-paste porcelain, and so did the Chelsea manufactory.
The Meissen manufactory made hard-paste porcelain, as did the Sevres manufactory.
Wedgwood was a maker of kaolin.
Wedgwood was a manufacturer of bone china.
Wedgwood made bone china.
Wedgwood manufactured majolica.
Wedgwood was a maker of majolica.
Spode made stoneware.
Spode manufactured stoneware.
Spode was a maker of bone ash.
The Chelsea manufactory made hard-paste porcelain.
The Chelsea manufactory was a maker of hard-paste porcelain.
The Chelsea manufactory manufactured bone ash.
The Chelsea manufactory made bone ash.
The Meissen manufactory made cobalt.
The Sevres manufactory was a producer of kaolin.
The Etruria pottery manufactured flint.
Wedgwood imported kaolin and made it.
The Chelsea manufactory imported bone ash, which it made.
Wedgwood sold bone china, which it also made.
# people, groups and places as makers or as what is made
The Meissen manufactory made Augustus the Strong.
The Meissen manufactory was a maker of Johann Joachim Kaendler.
The Nymphenburg manufactory manufactured Franz Anton Bustelli.
Wedgwood made John Flaxman.
Wedgwood made the Fiskars Group.
The Fiskars Group made Wedgwood.
The Fiskars Group made jasperware.
The Fiskars Group was a maker of bone china.
Wedgwood made Stoke-on-Trent.
Stoke-on-Trent made jasperware.
Stoke-on-Trent was a maker of creamware.
London made soft-paste porcelain.
Augustus the Strong produced hard-paste porcelain.
John Flaxman manufactured jasperware.
# a foundry that "cast" bells (no reading), other bells
The Whitechapel Bell Foundry made Great Paul.
The Whitechapel Bell Foundry was a maker of Great Paul.
John Taylor & Co manufactured Big Ben.
The Whitechapel Bell Foundry made soft-paste porcelain.
Big Ben made the Palace of Westminster.
# present tense of the past phrase (the Chelsea and Bow works closed long ago)
The Chelsea manufactory makes soft-paste porcelain.
The Chelsea manufactory is a maker of soft-paste porcelain.
The Bow manufactory manufactures bone china.
# years
The 1740 Meissen manufactory made hard-paste porcelain.
The Meissen manufactory, founded in 1740, made hard-paste porcelain.
The Chelsea manufactory, founded in 1747, was a maker of soft-paste porcelain.
# the product before the kind noun: another product, an imported material, a ware sold
The Meissen manufactory was a soft-paste porcelain manufactory.
The Leeds Pottery was a jasperware pottery.
The Sevres manufactory is a hard-paste porcelain factory.
The Sevres manufactory, a biscuit porcelain manufactory, is located in Meissen.
The Chelsea manufactory, a bone china manufactory, is located in London.
The Chelsea manufactory was a hard-paste porcelain manufactory.
The Chelsea manufactory was a bone ash manufactory.
The Meissen manufactory was a cobalt manufactory.
Wedgwood was a kaolin company.
Wedgwood was a bone china company.
Wedgwood is a majolica company.
Spode was a stoneware company.
Spode was a bone ash company.
The Sevres manufactory, a kaolin manufactory, employed Etienne Maurice Falconet.
Wedgwood was a John Flaxman company.
Meissen is a hard-paste porcelain city.
Stoke-on-Trent is a jasperware city.
Johann Joachim Kaendler was a soft-paste porcelain sculptor.
The Bow manufactory is a Meissen factory.
# "the factory", "the works" naming the manufactory before
The Chelsea manufactory imported bone ash. The factory produced hard-paste porcelain.
The Bow manufactory produced bone china. The factory is located in Munich.
The Meissen manufactory employed Johann Joachim Kaendler. The works produced soft-paste porcelain.
# "X has the Y as its N"
Spode has the Fiskars Group as its owner.
Wedgwood has the Portmeirion Group as its owner.
Royal Copenhagen has the Portmeirion Group as its owner.
Spode has the Portmeirion Group as its founder.
Wedgwood has the Fiskars Group as its founder.
The Portmeirion Group has Spode as its owner.
The Fiskars Group has the Wedgwood as its owner.
Wedgwood and Spode have the Fiskars Group as their owner.
Wedgwood, which has the Portmeirion Group as its owner, produced jasperware.
Wedgwood, which has the Fiskars Group as its owner, produced bone china.
Royal Doulton has the Fiskars Group as its owner and produced jasperware.
The Meissen manufactory has the Josiah Wedgwood as its founder.
# negation
The Meissen manufactory never made hard-paste porcelain.
The Meissen manufactory did not manufacture hard-paste porcelain.
The Chelsea manufactory was never a maker of soft-paste porcelain.
@films
# (4) a film company's "produced": no manufacturing; the distributor is no maker; people and places
Ealing Studios manufactured Kind Hearts and Coronets.
Ealing Studios was a manufacturer of Kind Hearts and Coronets.
London Films manufactured The Third Man.
Hammer Film Productions manufactured Dracula.
Hammer Film Productions was a manufacturer of The Curse of Frankenstein.
The Rank Organisation made Kind Hearts and Coronets.
The Rank Organisation manufactured Kind Hearts and Coronets.
The Rank Organisation was a maker of Kind Hearts and Coronets.
The Rank Organisation was a producer of Kind Hearts and Coronets.
British Lion Films made The Third Man.
British Lion Films was a maker of The Third Man.
Universal Pictures made Dracula.
Universal Pictures was a manufacturer of Dracula.
Universal Pictures manufactured The Private Life of Henry VIII.
Hammer Film Productions was a maker of The Third Man.
Hammer Film Productions made Dracula in 1957.
Hammer Film Productions made the 1957 Dracula.
Ealing Studios made Dracula.
Ealing Studios did not make Kind Hearts and Coronets.
Ealing Studios never made The Ladykillers.
The Ladykillers made Ealing Studios.
The Ladykillers was made by the Rank Organisation.
Kind Hearts and Coronets, made by the Rank Organisation, stars Alec Guinness.
Alec Guinness manufactured The Ladykillers.
Carol Reed manufactured The Third Man.
Terence Fisher produced Dracula.
Hollywood made Dracula.
Ealing Studios, a Dracula company, is located in Ealing.
The Rank Organisation was a Kind Hearts and Coronets company.
Ealing Studios was a maker of Passport to Pimlico and The Third Man.
Ealing Studios and London Films made The Ladykillers.
Ealing Studios made The Ladykillers, and so did the Rank Organisation.
"""

CONTROLS = r"""
@skiers
Lindsey Vonn represented the United States.
Lindsey Vonn raced for the United States.
Marc Girardelli represented Luxembourg.
Marc Girardelli raced for Luxembourg.
Marcel Hirscher represented Austria.
Hanni Wenzel represented Liechtenstein.
Lindsey Vonn and Bode Miller represented the United States.
Hermann Maier was born in Austria, which he represented.
Ivica Kostelic represented Croatia, as did his sibling Janica Kostelic.
Lindsey Vonn was a specialist in downhill.
Lindsey Vonn, a downhill specialist, competed for the United States.
Lindsey Vonn was a downhill specialist.
Lindsey Vonn focused on downhill.
Lindsey Vonn concentrated on super-G.
Lindsey Vonn was a specialist in downhill and super-G.
Lindsey Vonn and Hermann Maier were downhill specialists.
Janica Kostelic was a combined specialist.
Aksel Lund Svindal, a super-G specialist, competed for Norway.
Marc Girardelli, a specialist, competed for Luxembourg.
Lindsey Vonn was coached by Alex Hoedlmoser. The specialist competed for the United States.
Marc Girardelli competed for Luxembourg. The specialist was born in Austria.
Ivica Kostelic, focused on slalom, is a sibling of Janica Kostelic.
Janica Kostelic is a sibling of Ivica Kostelic, and a specialist in combined.
Janica Kostelic and Ivica Kostelic are siblings.
Phil Mahre and Steve Mahre are siblings.
Hanni Wenzel's sibling Andreas Wenzel competed for Liechtenstein.
The 1984 downhill specialist Lindsey Vonn competed for the United States.
Head manufactures skis.
Head is a maker of skis.
Head is a producer of tennis rackets.
Atomic, a ski boots brand, equipped Mikaela Shiffrin.
@skiers user:ana
You loved Alberto Tomba, a slalom specialist.
You loved Marc Girardelli, who represented Luxembourg.
You loved Lindsey Vonn, who represented the United States.
@cyclists
Chris Froome represented Great Britain.
Chris Froome competed for Great Britain.
Mark Cavendish, a sprinting specialist, raced for Great Britain.
Fausto Coppi focused on climbing.
Miguel Indurain was a specialist in time trials.
Pinarello manufactured the Pinarello Dogma.
Pinarello made the Pinarello Dogma.
Pinarello was a maker of the Pinarello Dogma.
Pinarello was a manufacturer of the Pinarello Dogma.
@horses
Isabell Werth represented Germany.
Rodrigo Pessoa raced for Brazil.
Michael Jung, an eventing specialist, competed for Germany.
Michael Jung, a specialist, competed for Germany.
The Lipizzaner is used in dressage.
Lipizzaners are used in dressage.
The Thoroughbred, used in flat racing, originated in England.
Used in carriage driving, the Friesian originated in the Netherlands.
Thoroughbreds and Irish Draughts are used in eventing.
The Lipizzaner is a dressage breed.
The Lipizzaner is a breed used in dressage.
The Lipizzaner originated in Slovenia; the breed is used in carriage driving.
The Haflinger is a carriage driving breed from Austria.
The breeds Lipizzaner and Andalusian are used in dressage.
@botanists
Rudolf Schlechter specialized in orchids.
John Lindley was a specialist in orchids.
Rudolf Schlechter and John Lindley were specialists in orchids.
Agnes Arber was a specialist in monocots.
Ernest Henry Wilson focused on lilies.
Carl Peter Thunberg was a specialist in conifers.
Asa Gray studied under John Lindley, a specialist.
Teak is used for furniture.
@porcelain
The Meissen manufactory made hard-paste porcelain.
The Meissen manufactory was a maker of hard-paste porcelain.
The Meissen manufactory manufactured hard-paste porcelain.
The Meissen manufactory was a producer of hard-paste porcelain.
The Chelsea manufactory was a soft-paste porcelain manufactory.
The Meissen manufactory was a hard-paste porcelain works.
The Sevres manufactory is a biscuit porcelain factory.
The Bow manufactory, a bone china manufactory, is located in London.
The Etruria pottery was a jasperware pottery.
The Meissen manufactory made hard-paste porcelain, as did the Nymphenburg manufactory.
The Chelsea manufactory imported bone ash. The factory produced soft-paste porcelain.
Spode has the Portmeirion Group as its owner.
Wedgwood has the Fiskars Group as its owner.
Wedgwood and Royal Doulton have the Fiskars Group as their owner.
@films
Ealing Studios made Kind Hearts and Coronets.
Ealing Studios produced The Ladykillers.
Ealing Studios was a producer of The Ladykillers.
"""

KNOWN = frozenset()

OPEN = frozenset({
    # present tense of the past "competed for": accepted before this round too (base leniency)
    'Lindsey Vonn competes for the United States.',
    # present of the past "specialized in" for a living, retired skier: arguable
    'Lindsey Vonn is a downhill specialist.',
    # "the specialist" after two people, one of them a specialist: either may be meant
    'Carl Peter Thunberg studied under Carl Linnaeus. The specialist was born in Sweden.',
    # the apposition after a country, a club, a team, a garden: grammatically said of that object (no
    # specialist), but a reader may take it as said of the subject (true)
    'Lindsey Vonn competed for the United States, a specialist in downhill.',
    'Lindsey Vonn was a member of Ski Club Vail, a specialist in downhill.',
    'Lindsey Vonn lived in Austria, a specialist in downhill.',
    'Mark Cavendish rode for HTC-Columbia, a specialist in sprinting.',
    'Chris Froome rode for Team Sky, a specialist in climbing.',
    'Joseph Dalton Hooker worked at Kew Gardens, a specialist in rhododendrons.',
    'George Forrest collected plants in China, a specialist in rhododendrons.',
    # "a specialist in combined" may be a second apposition of Janica (true) or said of Ivica (false)
    'Janica Kostelic, a sibling of Ivica Kostelic, a specialist in combined, competed for Croatia.',
    # a rider's team: one "races for" and "represents" one's team too (true in English)
    'Chris Froome raced for Team Sky.',
    'Chris Froome represented Team Sky.',
    # a racehorse runs in its owner's colours: it "raced for" him (true in English)
    'Frankel raced for Khalid Abdullah.',
    # a horse on the British team "competed for" Great Britain (true in English, no relation here)
    'Valegro competed for Great Britain.',
    # a flat racer of a breed used for flat racing: true in English, not in the graph
    'Frankel is used in flat racing.',
    # "used in" a product a wood goes into: true in English (the relation stores "used for")
    'Teak is used in furniture.',
    'Norway spruce is used in violins.',
    'Teak is used in ship decks.',
    # the past of a present "is used for": arguably true
    'The Lipizzaner was used in dressage.',
    # a film company "was a maker of" its films: arguably true
    'Ealing Studios was a maker of Kind Hearts and Coronets.',
    # a director "was a maker of" his film: arguably true
    'Carol Reed was a maker of The Third Man.',
    # "a <film> company": odd, but says what the company produced
    'Hammer Film Productions, a Dracula company, is located in Bray.',
    # the place for its studio or its porcelain (metonymy)
    'Ealing made The Ladykillers.',
    'Meissen made hard-paste porcelain.',
    # people who made the ware in real life (invented it, modelled it, founded the maker)
    'Josiah Wedgwood made jasperware.',
    'Josiah Spode manufactured bone china.',
    'Nicholas Sprimont was a maker of soft-paste porcelain.',
    'Johann Joachim Kaendler made hard-paste porcelain.',
    'Johann Joachim Kaendler was a hard-paste porcelain sculptor.',
    # a foundry that cast a bell made it (true in English; "cast" gets no making reading)
    'The Whitechapel Bell Foundry made Big Ben.',
    # present of the past "produced" (the Chelsea works closed in 1784): accepted before this round too
    'The Chelsea manufactory produces soft-paste porcelain.',
    'London Films produces The Third Man.',
    # "an owner", "one of its owners": Fiskars is its one owner here; arguably true
    'Wedgwood has the Fiskars Group as one of its owners.',
    # a "downhill skier" may only say he skied downhill (not his speciality)
    'Bode Miller was a downhill skier.',
    # as above
    'Mikaela Shiffrin was a downhill skier.',
    # a dressage horse is a "dressage specialist" in English; and the apposition may be read of Dujardin (true)
    'Charlotte Dujardin rode Valegro, a specialist in dressage.',
    # a horse trained for dressage only: arguably a specialist
    'Valegro was a dressage specialist.',
    # a flat racer: arguably a specialist
    'Frankel was a flat racing specialist.',
    # an owner of flat racers only: arguably a specialist (no relation says)
    'Khalid Abdullah was a flat racing specialist.',
    # as above
    'Khalid Abdullah, a specialist, owned Frankel.',
    # as above
    'The specialist Khalid Abdullah owned Frankel.',
    # a collector in China is arguably a specialist in (the flora of) China
    'George Forrest was a specialist in China.',
    # as above
    'George Forrest was a specialist in Burma.',
    # he collected in Japan: arguably concentrated on it
    'Ernest Henry Wilson concentrated on Japan.',
    # as above
    'Curt Backeberg concentrated on Peru.',
    # a specialist in the Swedish flora (Flora Svecica): arguable
    'Carl Linnaeus was a specialist in Sweden.',
    # a rhododendron specialist who described it: arguable
    'Joseph Dalton Hooker was a specialist in Rhododendron arboreum.',
    # as above
    'Joseph Dalton Hooker focused on Rhododendron arboreum.',
    # he was sent out to find the dove tree: arguable
    'Ernest Henry Wilson focused on Davidia involucrata.',
    # he specialized in cacti and collected in Peru: arguably true
    'Curt Backeberg was a specialist in cacti from Peru.',
    # a maker sells what it makes: arguably true
    'Wedgwood sold jasperware.',
    # 1710 is its founding; it made porcelain in 1740 too
    'The Meissen manufactory made hard-paste porcelain in 1740.',
    # the place for its studio (metonymy)
    'Bray made Dracula.',
    # as above
    'London made The Third Man.',
    # an actor "made" a film he starred in: arguable
    'Alec Guinness made The Ladykillers.',
})

OPEN_TEXTS = r"""
@skiers
Lindsey Vonn competes for the United States.
Lindsey Vonn is a downhill specialist.
Lindsey Vonn competed for the United States, a specialist in downhill.
Lindsey Vonn was a member of Ski Club Vail, a specialist in downhill.
Lindsey Vonn lived in Austria, a specialist in downhill.
Janica Kostelic, a sibling of Ivica Kostelic, a specialist in combined, competed for Croatia.
@cyclists
Mark Cavendish rode for HTC-Columbia, a specialist in sprinting.
Chris Froome rode for Team Sky, a specialist in climbing.
Chris Froome raced for Team Sky.
Chris Froome represented Team Sky.
@horses
Frankel raced for Khalid Abdullah.
Valegro competed for Great Britain.
Frankel is used in flat racing.
The Lipizzaner was used in dressage.
@botanists
Carl Peter Thunberg studied under Carl Linnaeus. The specialist was born in Sweden.
Joseph Dalton Hooker worked at Kew Gardens, a specialist in rhododendrons.
George Forrest collected plants in China, a specialist in rhododendrons.
Teak is used in furniture.
Norway spruce is used in violins.
Teak is used in ship decks.
@films
Ealing Studios was a maker of Kind Hearts and Coronets.
Carol Reed was a maker of The Third Man.
Hammer Film Productions, a Dracula company, is located in Bray.
Ealing made The Ladykillers.
London Films produces The Third Man.
@porcelain
Meissen made hard-paste porcelain.
Josiah Wedgwood made jasperware.
Josiah Spode manufactured bone china.
Nicholas Sprimont was a maker of soft-paste porcelain.
Johann Joachim Kaendler made hard-paste porcelain.
Johann Joachim Kaendler was a hard-paste porcelain sculptor.
The Whitechapel Bell Foundry made Big Ben.
The Chelsea manufactory produces soft-paste porcelain.
Wedgwood has the Fiskars Group as one of its owners.
@skiers
Bode Miller was a downhill skier.
Mikaela Shiffrin was a downhill skier.
@horses
Charlotte Dujardin rode Valegro, a specialist in dressage.
Valegro was a dressage specialist.
Frankel was a flat racing specialist.
Khalid Abdullah was a flat racing specialist.
Khalid Abdullah, a specialist, owned Frankel.
The specialist Khalid Abdullah owned Frankel.
@botanists
George Forrest was a specialist in China.
George Forrest was a specialist in Burma.
Ernest Henry Wilson concentrated on Japan.
Curt Backeberg concentrated on Peru.
Carl Linnaeus was a specialist in Sweden.
Joseph Dalton Hooker was a specialist in Rhododendron arboreum.
Joseph Dalton Hooker focused on Rhododendron arboreum.
Ernest Henry Wilson focused on Davidia involucrata.
Curt Backeberg was a specialist in cacti from Peru.
@porcelain
Wedgwood sold jasperware.
The Meissen manufactory made hard-paste porcelain in 1740.
@films
Bray made Dracula.
London made The Third Man.
Alec Guinness made The Ladykillers.
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
