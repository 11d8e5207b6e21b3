"""Red team round 212 on CHANGES.diff: (1) relations phrased the same both ways ("is a sibling of",
"is married to", "was a rival of", "trained with", "merged with") now hold either way in every
construction (judge.py); (2) "the breed / cultivar / variety / species" name an item of a two-word
type ending in that word; (3) "X honours Y" and "Y lent / gave his name to X" where the registry's
inverse phrase is "is named after" and its subject a person ("is honoured by the genus / crater");
(4) "X has the Y as its N"; (5) "the factory / company / works" for manufactories (and "the
manufactory / works" for factories); also the diff's neighbours: "a downhill specialist" / "the
specialist", "raced / competed for" = "represented", "is used in", "made / manufactured / a maker
of" and "a bone china manufactory".

Graphs (see each builder's docstring): "skiers" (alpine skiers, siblings and marriages stored one
way with one-way registry cues "is the older sibling of" / "is the husband of" / "mentored", rivals,
a near-symmetric "was a teammate of" / "had as a teammate", specialities, countries raced for),
"horses" (horse breeds named after a breeder, no person type, or after places; "is used for";
horses of a breed, the relation's own noun "breed"), "plants" (botanists honoured by genera,
species named after places, apple cultivars, grape varieties, plant species), "porcelain"
(manufactories and their owners typed "company", some labelled "the ..." / "The ..."), "works"
(manufactories and factories together, owners typed "holding group"), "space" (astronauts honoured
by craters, an agency that "honoured" astronauts, shuttles named after ships, marriages and
siblings).

Findings: 61 of 611 false texts accepted, in four groups:
- a symmetric relation's one-way registry cues are flipped with it (judge.py swaps head and tail
  for any reading of the relation): "Steve Mahre is the older sibling of Phil Mahre" (stored Phil
  -> Steve, cue "is the older sibling of"), "Rosi Mittermaier is the husband of Christian
  Neureuther", "Harti Weirather mentored Franz Klammer", and the noun forms ("Christian
  Neureuther's husband Rosi Mittermaier ...");
- complete lists and counts of a symmetric relation look at one stored side only: "Hanni Wenzel
  has two siblings: Andreas Wenzel and Petra Wenzel" (a third, Bernadette -> Hanni, stored the
  other way), "Hanni Wenzel's siblings are Andreas Wenzel and Petra Wenzel";
- the main verb after "X, who ... Y," / "X, a rival of Y," / "X, whose sibling is Y," is said of
  Y when it is "specialized in", "raced / competed for" or the new "lent his name to" ("Ingemar
  Stenmark, a rival of Phil Mahre, raced for the United States"; "Carl Peter Thunberg, who studied
  under Carl Linnaeus, lent his name to Linnaea"); "gave his name to" is read right;
- "specialist" names every skier of the type, specialities or not: "Bernadette Wenzel, a
  specialist, raced for Liechtenstein", "The specialist Petra Wenzel ...";
Nothing accepted for "the breed / cultivar / variety / species", "has the Y as its N", "the
factory / company / works", "is used in", "made / a maker of", "honours" of non-people.
OPEN: 14 texts (4 accepted, see OPEN). Controls: 85 of 90 accepted (rejected: "The Morgan honours
Justin Morgan": a "breeder" is no person type; "the breed" as an object; two true "lent his / her
name" texts after a relative clause, the mirror of the finding above; "The company was founded in
1759" after a factory and its manufactory).
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
    rels = [
        R("sibling", phrase="is a sibling of", inverse_phrase="is a sibling of", domain=("alpine skier",), range=("alpine skier",),
          cues=("is the older sibling of",), inverse_cues=("is the younger sibling of",)),
        R("married", phrase="is married to", inverse_phrase="is married to", domain=("alpine skier",), range=("alpine skier",),
          cues=("is the husband of",), inverse_cues=("is the wife of",)),
        R("trained", phrase="trained with", inverse_phrase="trained with", domain=("alpine skier",), range=("alpine skier",),
          cues=("mentored",), inverse_cues=("was mentored by",)),
        R("rival", phrase="was a rival of", inverse_phrase="was a rival of", domain=("alpine skier",), range=("alpine skier",)),
        R("teammate", phrase="was a teammate of", inverse_phrase="had as a teammate", domain=("alpine skier",), range=("alpine skier",)),
        R("coached", phrase="was coached by", inverse_phrase="coached", domain=("alpine skier",), range=("coach",)),
        R("specialized", phrase="specialized in", inverse_phrase="was the speciality of", domain=("alpine skier",), range=("discipline",)),
        R("raced", phrase="raced for", inverse_phrase="was represented by", domain=("alpine skier",), range=("country",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("alpine skier",), range=("town",)),
    ]
    items = {"s:phil": ("alpine skier", "Phil Mahre", 1957), "s:steve": ("alpine skier", "Steve Mahre", 1957),
             "s:andreas": ("alpine skier", "Andreas Wenzel", 1958), "s:hanni": ("alpine skier", "Hanni Wenzel", 1956),
             "s:petra": ("alpine skier", "Petra Wenzel", 1961),
             "s:bernadette": ("alpine skier", "Bernadette Wenzel", 1954), "s:stenmark": ("alpine skier", "Ingemar Stenmark", 1956),
             "s:girardelli": ("alpine skier", "Marc Girardelli", 1963), "s:klammer": ("alpine skier", "Franz Klammer", 1953),
             "s:rosi": ("alpine skier", "Rosi Mittermaier", 1950), "s:christian": ("alpine skier", "Christian Neureuther", 1949),
             "s:weirather": ("alpine skier", "Harti Weirather", 1958), "s:tomba": ("alpine skier", "Alberto Tomba", 1966),
             "s:schneider": ("alpine skier", "Vreni Schneider", 1964), "s:zurbriggen": ("alpine skier", "Pirmin Zurbriggen", 1963),
             "s:heidi": ("alpine skier", "Heidi Zurbriggen", 1967), "s:proell": ("alpine skier", "Annemarie Moser-Proell", 1953),
             "s:nadig": ("alpine skier", "Marie-Theres Nadig", 1954)}
    others = {"c:us": ("country", "the United States"), "c:liechtenstein": ("country", "Liechtenstein"),
              "c:sweden": ("country", "Sweden"), "c:luxembourg": ("country", "Luxembourg"), "c:austria": ("country", "Austria"),
              "c:germany": ("country", "West Germany"), "c:italy": ("country", "Italy"), "c:switzerland": ("country", "Switzerland"),
              "d:slalom": ("discipline", "slalom"), "d:downhill": ("discipline", "downhill"), "d:giant": ("discipline", "giant slalom"),
              "d:combined": ("discipline", "combined"),
              "k:mahre": ("coach", "Harald Schoenhaar"), "k:wenzel": ("coach", "Xaver Wenzel"), "k:stenmark": ("coach", "Hermann Nogler"),
              "k:girardelli": ("coach", "Helmut Girardelli"),
              "t:yakima": ("town", "Yakima"), "t:planken": ("town", "Planken"), "t:tarnaby": ("town", "Tarnaby"),
              "t:lustenau": ("town", "Lustenau"), "t:mooslargue": ("town", "Bad Reichenhall"), "t:bologna": ("town", "Bologna"),
              "t:elm": ("town", "Elm"), "t:saas": ("town", "Saas-Almagell"), "t:kleinkirchheim": ("town", "Mooswald"),
              "t:munich": ("town", "Munich"), "t:kleinarl": ("town", "Kleinarl"), "t:flums": ("town", "Flums")}
    T = _t("sibling", [("s:phil", "s:steve"), ("s:hanni", "s:andreas"), ("s:hanni", "s:petra"), ("s:bernadette", "s:hanni"),
                       ("s:zurbriggen", "s:heidi")])
    T += _t("married", [("s:christian", "s:rosi"), ("s:weirather", "s:hanni")])
    T += _t("trained", [("s:klammer", "s:weirather"), ("s:stenmark", "s:girardelli")])
    T += _t("rival", [("s:stenmark", "s:phil"), ("s:girardelli", "s:zurbriggen"), ("s:tomba", "s:girardelli")])
    T += _t("teammate", [("s:steve", "s:phil"), ("s:schneider", "s:heidi"), ("s:zurbriggen", "s:nadig")])
    T += _t("coached", [("s:phil", "k:mahre"), ("s:steve", "k:mahre"), ("s:hanni", "k:wenzel"), ("s:andreas", "k:wenzel"),
                        ("s:stenmark", "k:stenmark"), ("s:girardelli", "k:girardelli")])
    T += _t("specialized", [("s:phil", "d:combined"), ("s:steve", "d:slalom"), ("s:stenmark", "d:slalom"), ("s:stenmark", "d:giant"),
                            ("s:klammer", "d:downhill"), ("s:tomba", "d:slalom"), ("s:tomba", "d:giant"), ("s:nadig", "d:downhill"),
                            ("s:proell", "d:downhill"), ("s:hanni", "d:combined"), ("s:zurbriggen", "d:downhill"),
                            ("s:zurbriggen", "d:giant"), ("s:heidi", "d:downhill"), ("s:weirather", "d:downhill")])
    T += _t("raced", [("s:phil", "c:us"), ("s:steve", "c:us"), ("s:andreas", "c:liechtenstein"), ("s:hanni", "c:liechtenstein"),
                      ("s:petra", "c:liechtenstein"), ("s:bernadette", "c:liechtenstein"), ("s:stenmark", "c:sweden"), ("s:girardelli", "c:luxembourg"),
                      ("s:klammer", "c:austria"), ("s:proell", "c:austria"), ("s:rosi", "c:germany"), ("s:christian", "c:germany"),
                      ("s:weirather", "c:austria"), ("s:tomba", "c:italy"), ("s:schneider", "c:switzerland"),
                      ("s:zurbriggen", "c:switzerland"), ("s:heidi", "c:switzerland"), ("s:nadig", "c:switzerland")])
    T += _t("born", [("s:phil", "t:yakima"), ("s:steve", "t:yakima"), ("s:andreas", "t:planken"), ("s:hanni", "t:mooslargue"),
                     ("s:stenmark", "t:tarnaby"), ("s:girardelli", "t:lustenau"), ("s:tomba", "t:bologna"), ("s:schneider", "t:elm"),
                     ("s:zurbriggen", "t:saas"), ("s:heidi", "t:saas"), ("s:klammer", "t:kleinkirchheim"), ("s:rosi", "t:mooslargue"),
                     ("s:christian", "t:munich"), ("s:proell", "t:kleinarl"), ("s:nadig", "t:flums")])
    return _build(items, others, rels, T)


def horses():
    """Horse breeds (items typed "horse_breed", dated by stud book) that "originated in" countries,
    "are used for" disciplines, "were developed from" other breeds, are named after people
    (registry: the person "is honoured by the breed" / the breed "is named after") or after places
    ("is named after" a place, no person); breeders (people) who "founded the stud book of" them."""
    rels = [
        R("origin", phrase="originated in", inverse_phrase="is the homeland of", domain=("horse breed",), range=("country", "region")),
        R("used", phrase="is used for", inverse_phrase="is practised with", domain=("horse breed",), range=("discipline",)),
        R("developed", phrase="was developed from", inverse_phrase="was crossed into", domain=("horse breed",), range=("horse breed",)),
        R("eponym", phrase="is honoured by the breed", inverse_phrase="is named after", domain=("breeder",), range=("horse breed",)),
        R("placename", phrase="is named after", inverse_phrase="is the namesake of", domain=("horse breed",), range=("region", "town")),
        R("studbook", phrase="founded the stud book of", inverse_phrase="had its stud book founded by", domain=("breeder",), range=("horse breed",)),
        R("bred", phrase="was bred by", inverse_phrase="bred", domain=("horse",), range=("breeder",)),
        R("breed_of", phrase="is a horse of the breed", inverse_phrase="is the breed of", domain=("horse",), range=("horse breed",)),
    ]
    items = {"b:morgan": ("horse breed", "the Morgan", 1894), "b:thoroughbred": ("horse breed", "the Thoroughbred", 1791),
             "b:arabian": ("horse breed", "the Arabian", 1878), "b:lipizzaner": ("horse breed", "the Lipizzaner", 1701),
             "b:cleveland": ("horse breed", "the Cleveland Bay", 1884), "b:hanoverian": ("horse breed", "the Hanoverian", 1888),
             "b:trakehner": ("horse breed", "the Trakehner", 1732), "b:shire": ("horse breed", "the Shire", 1878),
             "b:appaloosa": ("horse breed", "the Appaloosa", 1938), "b:standardbred": ("horse breed", "the Standardbred", 1879),
             "b:orlov": ("horse breed", "the Orlov Trotter", 1865), "b:percheron": ("horse breed", "the Percheron", 1883),
             "b:holsteiner": ("horse breed", "the Holsteiner", 1891)}
    others = {"c:us": ("country", "the United States"), "c:england": ("country", "England"), "c:arabia": ("region", "Arabia"),
              "c:slovenia": ("country", "Slovenia"), "c:germany": ("country", "Germany"), "c:russia": ("country", "Russia"),
              "c:france": ("country", "France"), "c:prussia": ("region", "East Prussia"),
              "r:cleveland": ("region", "Cleveland"), "r:lipica": ("town", "Lipica"), "r:hanover": ("region", "Hanover"),
              "r:trakehnen": ("town", "Trakehnen"), "r:perche": ("region", "Le Perche"), "r:palouse": ("region", "the Palouse"),
              "r:holstein": ("region", "Holstein"), "r:kladruby": ("town", "Kladruby"),
              "d:dressage": ("discipline", "dressage"), "d:racing": ("discipline", "flat racing"), "d:harness": ("discipline", "harness racing"),
              "d:draught": ("discipline", "draught work"), "d:jumping": ("discipline", "show jumping"), "d:endurance": ("discipline", "endurance riding"),
              "d:driving": ("discipline", "carriage driving"),
              "p:morgan": ("breeder", "Justin Morgan"), "p:orlov": ("breeder", "Alexei Orlov"), "p:blunt": ("breeder", "Lady Anne Blunt"),
              "p:weatherby": ("breeder", "James Weatherby"), "p:hambletonian": ("breeder", "William Rysdyk"),
              "p:hatley": ("breeder", "Claude Thompson"),
              "h:figure": ("horse", "Figure"), "h:eclipse": ("horse", "Eclipse"), "h:bars": ("horse", "Bars I"),
              "h:hambletonian10": ("horse", "Hambletonian 10"), "h:totilas": ("horse", "Totilas")}
    T = _t("origin", [("b:morgan", "c:us"), ("b:thoroughbred", "c:england"), ("b:arabian", "c:arabia"), ("b:lipizzaner", "c:slovenia"),
                      ("b:cleveland", "c:england"), ("b:hanoverian", "c:germany"), ("b:trakehner", "c:prussia"), ("b:shire", "c:england"),
                      ("b:appaloosa", "c:us"), ("b:standardbred", "c:us"), ("b:orlov", "c:russia"), ("b:percheron", "c:france"),
                      ("b:holsteiner", "c:germany")])
    T += _t("used", [("b:morgan", "d:driving"), ("b:thoroughbred", "d:racing"), ("b:arabian", "d:endurance"), ("b:lipizzaner", "d:dressage"),
                     ("b:cleveland", "d:driving"), ("b:hanoverian", "d:dressage"), ("b:hanoverian", "d:jumping"), ("b:trakehner", "d:dressage"),
                     ("b:shire", "d:draught"), ("b:standardbred", "d:harness"), ("b:orlov", "d:harness"), ("b:percheron", "d:draught"),
                     ("b:holsteiner", "d:jumping")])
    T += _t("developed", [("b:thoroughbred", "b:arabian"), ("b:trakehner", "b:thoroughbred"), ("b:hanoverian", "b:thoroughbred"),
                          ("b:standardbred", "b:thoroughbred"), ("b:orlov", "b:arabian"), ("b:percheron", "b:arabian"),
                          ("b:lipizzaner", "b:arabian"), ("b:holsteiner", "b:thoroughbred")])
    T += _t("eponym", [("p:morgan", "b:morgan"), ("p:orlov", "b:orlov")])
    T += _t("placename", [("b:cleveland", "r:cleveland"), ("b:lipizzaner", "r:lipica"), ("b:hanoverian", "r:hanover"),
                          ("b:trakehner", "r:trakehnen"), ("b:percheron", "r:perche"), ("b:appaloosa", "r:palouse"),
                          ("b:holsteiner", "r:holstein")])
    T += _t("studbook", [("p:weatherby", "b:thoroughbred"), ("p:blunt", "b:arabian"), ("p:hatley", "b:appaloosa")])
    T += _t("bred", [("h:figure", "p:morgan"), ("h:hambletonian10", "p:hambletonian"), ("h:bars", "p:orlov")])
    T += _t("breed_of", [("h:figure", "b:morgan"), ("h:eclipse", "b:thoroughbred"), ("h:hambletonian10", "b:standardbred"),
                         ("h:totilas", "b:trakehner"), ("h:bars", "b:orlov")])
    return _build(items, others, rels, T)


def plants():
    """Botanists (items typed "botanist", dated by birth) honoured by plant genera (registry: the
    botanist "is honoured by the genus", the genus "is named after"), apple cultivars and a grape
    variety (items typed "apple_cultivar", "grape_variety", dated by introduction) that "were
    raised by" people and "originated in" places, plant species (items typed "plant_species") that
    "were first described by" botanists and "belong to" genera; genera "are named after" a place too."""
    rels = [
        R("eponym", phrase="is honoured by the genus", inverse_phrase="is named after", domain=("botanist",), range=("plant genus",)),
        R("placename", phrase="is named after", inverse_phrase="is the namesake of", domain=("plant species",), range=("region",)),
        R("described", phrase="was first described by", inverse_phrase="first described", domain=("plant species",), range=("botanist",)),
        R("genus", phrase="belongs to", inverse_phrase="includes", domain=("plant species",), range=("plant genus",)),
        R("raised", phrase="was raised by", inverse_phrase="raised", domain=("apple cultivar", "grape variety"), range=("grower",)),
        R("origin", phrase="originated in", inverse_phrase="is the origin of", domain=("apple cultivar", "grape variety"), range=("region", "town")),
        R("parent", phrase="is a seedling of", inverse_phrase="is a parent of", domain=("apple cultivar",), range=("apple cultivar",)),
        R("studied", phrase="studied under", inverse_phrase="taught", domain=("botanist",), range=("botanist",)),
    ]
    items = {"p:fuchs": ("botanist", "Leonhart Fuchs", 1501), "p:magnol": ("botanist", "Pierre Magnol", 1638),
             "p:dahl": ("botanist", "Anders Dahl", 1751), "p:begon": ("botanist", "Michel Begon", 1638),
             "p:linnaeus": ("botanist", "Carl Linnaeus", 1707), "p:camellus": ("botanist", "Georg Joseph Kamel", 1661),
             "p:gardenia": ("botanist", "Alexander Garden", 1730), "p:lobel": ("botanist", "Matthias de l'Obel", 1538),
             "p:thunberg": ("botanist", "Carl Peter Thunberg", 1743), "p:douglas": ("botanist", "David Douglas", 1799),
             "g:fuchsia": ("plant genus", "Fuchsia", 1703), "g:magnolia": ("plant genus", "Magnolia", 1703),
             "g:dahlia": ("plant genus", "Dahlia", 1791), "g:begonia": ("plant genus", "Begonia", 1700),
             "g:camellia": ("plant genus", "Camellia", 1753), "g:gardenia": ("plant genus", "Gardenia", 1761),
             "g:lobelia": ("plant genus", "Lobelia", 1753), "g:linnaea": ("plant genus", "Linnaea", 1737),
             "g:thunbergia": ("plant genus", "Thunbergia", 1780), "g:rosa": ("plant genus", "Rosa", 1753),
             "x:japonica": ("plant species", "Camellia japonica", 1753), "x:virginiana": ("plant species", "Magnolia virginiana", 1753),
             "x:magellanica": ("plant species", "Fuchsia magellanica", 1788), "x:borealis": ("plant species", "Linnaea borealis", 1753),
             "x:menziesii": ("plant species", "Pseudotsuga menziesii", 1803), "x:canina": ("plant species", "Rosa canina", 1753),
             "x:alata": ("plant species", "Thunbergia alata", 1825),
             "a:bramley": ("apple cultivar", "Bramley's Seedling", 1809), "a:cox": ("apple cultivar", "Cox's Orange Pippin", 1830),
             "a:granny": ("apple cultivar", "Granny Smith", 1868), "a:mcintosh": ("apple cultivar", "McIntosh", 1811),
             "a:braeburn": ("apple cultivar", "Braeburn", 1952), "a:gala": ("apple cultivar", "Gala", 1934),
             "a:kidd": ("apple cultivar", "Kidd's Orange Red", 1924),
             "v:pinotage": ("grape variety", "Pinotage", 1925), "v:mullerthurgau": ("grape variety", "Muller-Thurgau", 1882)}
    others = {"r:magellan": ("region", "the Strait of Magellan"), "r:virginia": ("region", "Virginia"), "r:japan": ("region", "Japan"),
              "r:southwell": ("town", "Southwell"), "r:colnbrook": ("town", "Colnbrook"), "r:eastwood": ("town", "Eastwood"),
              "r:dundela": ("town", "Dundela"), "r:motueka": ("town", "Motueka"), "r:greytown": ("town", "Greytown"),
              "r:stellenbosch": ("town", "Stellenbosch"), "r:geisenheim": ("town", "Geisenheim"),
              "q:brailsford": ("grower", "Mary Ann Brailsford"), "q:cox": ("grower", "Richard Cox"), "q:smith": ("grower", "Maria Ann Smith"),
              "q:mcintosh": ("grower", "John McIntosh"), "q:kidd": ("grower", "James Hutton Kidd"), "q:perold": ("grower", "Abraham Perold"),
              "q:muller": ("grower", "Hermann Muller")}
    T = _t("eponym", [("p:fuchs", "g:fuchsia"), ("p:magnol", "g:magnolia"), ("p:dahl", "g:dahlia"), ("p:begon", "g:begonia"),
                      ("p:camellus", "g:camellia"), ("p:gardenia", "g:gardenia"), ("p:lobel", "g:lobelia"), ("p:linnaeus", "g:linnaea"),
                      ("p:thunberg", "g:thunbergia")])
    T += _t("placename", [("x:magellanica", "r:magellan"), ("x:virginiana", "r:virginia"), ("x:japonica", "r:japan")])
    T += _t("described", [("x:japonica", "p:linnaeus"), ("x:virginiana", "p:linnaeus"), ("x:borealis", "p:linnaeus"),
                          ("x:canina", "p:linnaeus"), ("x:alata", "p:thunberg"), ("x:menziesii", "p:douglas")])
    T += _t("genus", [("x:japonica", "g:camellia"), ("x:virginiana", "g:magnolia"), ("x:magellanica", "g:fuchsia"),
                      ("x:borealis", "g:linnaea"), ("x:canina", "g:rosa"), ("x:alata", "g:thunbergia")])
    T += _t("raised", [("a:bramley", "q:brailsford"), ("a:cox", "q:cox"), ("a:granny", "q:smith"), ("a:mcintosh", "q:mcintosh"),
                       ("a:kidd", "q:kidd"), ("v:pinotage", "q:perold"), ("v:mullerthurgau", "q:muller")])
    T += _t("origin", [("a:bramley", "r:southwell"), ("a:cox", "r:colnbrook"), ("a:granny", "r:eastwood"), ("a:mcintosh", "r:dundela"),
                       ("a:braeburn", "r:motueka"), ("a:gala", "r:greytown"), ("a:kidd", "r:greytown"),
                       ("v:pinotage", "r:stellenbosch"), ("v:mullerthurgau", "r:geisenheim")])
    T += _t("parent", [("a:kidd", "a:cox"), ("a:gala", "a:kidd")])
    T += _t("studied", [("p:thunberg", "p:linnaeus"), ("p:dahl", "p:linnaeus")])
    return _build(items, others, rels, T)


def porcelain():
    """Porcelain manufactories (items typed "manufactory", dated by founding) that "were founded
    by" people, "are owned by" companies (attributes typed "company"), "produced" wares (soft-paste
    porcelain, bone china, jasperware: attributes typed "ware"), "are located in" towns; owners
    labelled with and without "the" ("the Portmeirion Group", "Fiskars", "The Hutschenreuther
    Group"); designers who "worked for" a manufactory."""
    rels = [
        R("founded", phrase="was founded by", inverse_phrase="founded", domain=("manufactory",), range=("potter",)),
        R("owner", phrase="is owned by", inverse_phrase="owns", domain=("manufactory",), range=("company",)),
        R("produced", phrase="produced", inverse_phrase="was produced by", domain=("manufactory",), range=("ware",)),
        R("located", phrase="is located in", inverse_phrase="is home to", domain=("manufactory",), range=("town",)),
        R("worked", phrase="worked for", inverse_phrase="employed", domain=("designer",), range=("manufactory",)),
        R("merged", phrase="merged with", inverse_phrase="merged with", domain=("manufactory",), range=("manufactory",)),
    ]
    items = {"m:worcester": ("manufactory", "Royal Worcester", 1751), "m:spode": ("manufactory", "Spode", 1770),
             "m:wedgwood": ("manufactory", "Wedgwood", 1759), "m:meissen": ("manufactory", "Meissen", 1710),
             "m:sevres": ("manufactory", "Sevres", 1740), "m:chelsea": ("manufactory", "Chelsea", 1743),
             "m:bow": ("manufactory", "Bow", 1747), "m:derby": ("manufactory", "Royal Derby", 1750),
             "m:doulton": ("manufactory", "Royal Doulton", 1815), "m:rosenthal": ("manufactory", "Rosenthal", 1879),
             "m:minton": ("manufactory", "Minton", 1793), "m:coalport": ("manufactory", "Coalport", 1795)}
    others = {"o:portmeirion": ("company", "the Portmeirion Group"), "o:fiskars": ("company", "Fiskars"),
              "o:saxony": ("company", "the Free State of Saxony"), "o:france": ("company", "the French State"),
              "o:sambonet": ("company", "Sambonet"), "o:hutschenreuther": ("company", "The Hutschenreuther Group"),
              "f:wall": ("potter", "John Wall"), "f:copeland": ("potter", "Josiah Spode"), "f:wedgwood": ("potter", "Josiah Wedgwood"),
              "f:bottger": ("potter", "Johann Friedrich Bottger"), "f:sprimont": ("potter", "Nicholas Sprimont"),
              "f:frye": ("potter", "Thomas Frye"), "f:duesbury": ("potter", "William Duesbury"), "f:doulton": ("potter", "John Doulton"),
              "f:rosenthal": ("potter", "Philipp Rosenthal"), "f:minton": ("potter", "Thomas Minton"), "f:rose": ("potter", "John Rose"),
              "w:softpaste": ("ware", "soft-paste porcelain"), "w:hardpaste": ("ware", "hard-paste porcelain"),
              "w:bonechina": ("ware", "bone china"), "w:jasperware": ("ware", "jasperware"), "w:creamware": ("ware", "creamware"),
              "w:stoneware": ("ware", "stoneware"), "w:majolica": ("ware", "majolica"), "w:parian": ("ware", "parian ware"),
              "t:worcester": ("town", "Worcester"), "t:stoke": ("town", "Stoke-on-Trent"), "t:barlaston": ("town", "Barlaston"),
              "t:meissen": ("town", "Meissen"), "t:sevres": ("town", "Sevres"), "t:london": ("town", "London"), "t:derby": ("town", "Derby"),
              "t:selb": ("town", "Selb"), "t:coalport": ("town", "Coalport"),
              "d:cliff": ("designer", "Clarice Cliff"), "d:kaendler": ("designer", "Johann Joachim Kaendler"),
              "d:flaxman": ("designer", "John Flaxman"), "d:binns": ("designer", "Richard William Binns"),
              "d:solon": ("designer", "Marc-Louis Solon"), "d:noke": ("designer", "Charles Noke")}
    T = _t("founded", [("m:worcester", "f:wall"), ("m:spode", "f:copeland"), ("m:wedgwood", "f:wedgwood"), ("m:meissen", "f:bottger"),
                       ("m:chelsea", "f:sprimont"), ("m:bow", "f:frye"), ("m:derby", "f:duesbury"), ("m:doulton", "f:doulton"),
                       ("m:rosenthal", "f:rosenthal"), ("m:minton", "f:minton"), ("m:coalport", "f:rose")])
    T += _t("owner", [("m:worcester", "o:portmeirion"), ("m:spode", "o:portmeirion"), ("m:wedgwood", "o:fiskars"),
                      ("m:doulton", "o:fiskars"), ("m:meissen", "o:saxony"), ("m:sevres", "o:france"), ("m:rosenthal", "o:sambonet"),
                      ("m:minton", "o:hutschenreuther")])
    T += _t("produced", [("m:worcester", "w:softpaste"), ("m:worcester", "w:bonechina"), ("m:spode", "w:bonechina"),
                         ("m:wedgwood", "w:jasperware"), ("m:wedgwood", "w:creamware"), ("m:meissen", "w:hardpaste"),
                         ("m:sevres", "w:softpaste"), ("m:sevres", "w:hardpaste"), ("m:chelsea", "w:softpaste"), ("m:bow", "w:softpaste"),
                         ("m:derby", "w:bonechina"), ("m:doulton", "w:stoneware"), ("m:rosenthal", "w:hardpaste"),
                         ("m:minton", "w:majolica"), ("m:minton", "w:parian"), ("m:coalport", "w:bonechina")])
    T += _t("located", [("m:worcester", "t:worcester"), ("m:spode", "t:stoke"), ("m:wedgwood", "t:barlaston"), ("m:meissen", "t:meissen"),
                        ("m:sevres", "t:sevres"), ("m:chelsea", "t:london"), ("m:bow", "t:london"), ("m:derby", "t:derby"),
                        ("m:doulton", "t:stoke"), ("m:rosenthal", "t:selb"), ("m:minton", "t:stoke"), ("m:coalport", "t:coalport")])
    T += _t("worked", [("d:kaendler", "m:meissen"), ("d:flaxman", "m:wedgwood"), ("d:binns", "m:worcester"), ("d:solon", "m:minton"),
                       ("d:noke", "m:doulton")])
    T += _t("merged", [("m:coalport", "m:wedgwood"), ("m:minton", "m:doulton")])
    return _build(items, others, rels, T)


def works():
    """Factories and manufactories together: manufactories (items typed "manufactory") and the
    factories they ran (items typed "factory", dated by opening), owner groups (attributes typed
    "holding group"), who "operated" which factory, "produced" which wares."""
    rels = [
        R("operated", phrase="operated", inverse_phrase="was operated by", domain=("manufactory",), range=("factory",)),
        R("owner", phrase="is owned by", inverse_phrase="owns", domain=("manufactory",), range=("holding group",)),
        R("produced", phrase="produced", inverse_phrase="was produced by", domain=("manufactory", "factory"), range=("ware",)),
        R("located", phrase="is located in", inverse_phrase="is home to", domain=("manufactory", "factory"), range=("town",)),
        R("designed", phrase="was designed by", inverse_phrase="designed", domain=("factory",), range=("architect",)),
    ]
    items = {"m:wedgwood": ("manufactory", "Wedgwood", 1759), "m:doulton": ("manufactory", "Royal Doulton", 1815),
             "m:spode": ("manufactory", "Spode", 1770), "m:moorcroft": ("manufactory", "Moorcroft", 1897),
             "m:meissen": ("manufactory", "Meissen", 1710),
             "f:etruria": ("factory", "the Etruria Works", 1769), "f:barlaston": ("factory", "the Barlaston factory", 1940),
             "f:nile": ("factory", "the Nile Street works", 1877), "f:lambeth": ("factory", "the Lambeth pottery", 1815),
             "f:church": ("factory", "the Church Street works", 1776), "f:washington": ("factory", "the Washington Works", 1913),
             "f:albrechtsburg": ("factory", "the Albrechtsburg", 1710), "f:triebisch": ("factory", "the Triebischtal works", 1863)}
    others = {"o:fiskars": ("holding group", "Fiskars"), "o:portmeirion": ("holding group", "the Portmeirion Group"),
              "o:saxony": ("holding group", "the Free State of Saxony"), "o:moorcroft": ("holding group", "the Moorcroft Trust"),
              "w:jasperware": ("ware", "jasperware"), "w:bonechina": ("ware", "bone china"), "w:stoneware": ("ware", "stoneware"),
              "w:creamware": ("ware", "creamware"), "w:art": ("ware", "art pottery"), "w:hardpaste": ("ware", "hard-paste porcelain"),
              "t:stoke": ("town", "Stoke-on-Trent"), "t:barlaston": ("town", "Barlaston"), "t:burslem": ("town", "Burslem"),
              "t:lambeth": ("town", "Lambeth"), "t:meissen": ("town", "Meissen"), "t:hanley": ("town", "Hanley"),
              "a:keith": ("architect", "Keith Murray"), "a:pickford": ("architect", "Joseph Pickford")}
    T = _t("operated", [("m:wedgwood", "f:etruria"), ("m:wedgwood", "f:barlaston"), ("m:doulton", "f:nile"), ("m:doulton", "f:lambeth"),
                        ("m:spode", "f:church"), ("m:moorcroft", "f:washington"), ("m:meissen", "f:albrechtsburg"),
                        ("m:meissen", "f:triebisch")])
    T += _t("owner", [("m:wedgwood", "o:fiskars"), ("m:doulton", "o:fiskars"), ("m:spode", "o:portmeirion"), ("m:meissen", "o:saxony"),
                      ("m:moorcroft", "o:moorcroft")])
    T += _t("produced", [("m:wedgwood", "w:jasperware"), ("m:wedgwood", "w:creamware"), ("m:doulton", "w:stoneware"),
                         ("m:doulton", "w:bonechina"), ("m:spode", "w:bonechina"), ("m:moorcroft", "w:art"), ("m:meissen", "w:hardpaste"),
                         ("f:etruria", "w:jasperware"), ("f:barlaston", "w:bonechina"), ("f:lambeth", "w:stoneware"),
                         ("f:washington", "w:art"), ("f:triebisch", "w:hardpaste")])
    T += _t("located", [("m:wedgwood", "t:barlaston"), ("m:doulton", "t:burslem"), ("m:spode", "t:stoke"), ("m:moorcroft", "t:burslem"),
                        ("m:meissen", "t:meissen"), ("f:etruria", "t:hanley"), ("f:barlaston", "t:barlaston"), ("f:nile", "t:burslem"),
                        ("f:lambeth", "t:lambeth"), ("f:church", "t:stoke"), ("f:washington", "t:burslem"),
                        ("f:albrechtsburg", "t:meissen"), ("f:triebisch", "t:meissen")])
    T += _t("designed", [("f:barlaston", "a:keith"), ("f:etruria", "a:pickford")])
    return _build(items, others, rels, T)


def space():
    """Astronauts (items typed "astronaut", dated by birth) honoured by lunar craters (registry:
    the astronaut "is honoured by the crater" / the crater "is named after"), spacecraft (items)
    "named after" ships (no person), space agencies (attributes) that "honoured" astronauts with
    medals and "employed" them, astronauts "married to" astronauts and "siblings of" astronauts
    (one direction stored each)."""
    rels = [
        R("crater", phrase="is honoured by the crater", inverse_phrase="is named after", domain=("astronaut",), range=("lunar crater",)),
        R("shipname", phrase="is named after", inverse_phrase="is the namesake of", domain=("spacecraft",), range=("ship",)),
        R("honoured", phrase="honoured", inverse_phrase="was honoured by", domain=("space agency",), range=("astronaut",)),
        R("employed", phrase="was employed by", inverse_phrase="employed", domain=("astronaut",), range=("space agency",)),
        R("married", phrase="is married to", inverse_phrase="is married to", domain=("astronaut",), range=("astronaut",)),
        R("sibling", phrase="is a sibling of", inverse_phrase="is a sibling of", domain=("astronaut",), range=("astronaut",)),
        R("flew", phrase="flew on", inverse_phrase="carried", domain=("astronaut",), range=("spacecraft",)),
        R("commanded", phrase="commanded", inverse_phrase="was commanded by", domain=("astronaut",), range=("spacecraft",)),
    ]
    items = {"a:armstrong": ("astronaut", "Neil Armstrong", 1930), "a:aldrin": ("astronaut", "Buzz Aldrin", 1930),
             "a:collins": ("astronaut", "Michael Collins", 1930), "a:scott": ("astronaut", "Scott Kelly", 1964),
             "a:mark": ("astronaut", "Mark Kelly", 1964), "a:davis": ("astronaut", "Jan Davis", 1953),
             "a:lee": ("astronaut", "Mark Lee", 1952), "a:gagarin": ("astronaut", "Yuri Gagarin", 1934),
             "a:tereshkova": ("astronaut", "Valentina Tereshkova", 1937), "a:nikolayev": ("astronaut", "Andriyan Nikolayev", 1929),
             "a:ride": ("astronaut", "Sally Ride", 1951), "a:mcauliffe": ("astronaut", "Christa McAuliffe", 1948),
             "s:endeavour": ("spacecraft", "Endeavour", 1991), "s:discovery": ("spacecraft", "Discovery", 1984),
             "s:columbia": ("spacecraft", "Columbia", 1981), "s:challenger": ("spacecraft", "Challenger", 1983),
             "s:vostok1": ("spacecraft", "Vostok 1", 1961), "s:vostok6": ("spacecraft", "Vostok 6", 1963),
             "s:apollo11": ("spacecraft", "Apollo 11", 1969)}
    others = {"c:armstrong": ("lunar crater", "Armstrong crater"), "c:aldrin": ("lunar crater", "Aldrin crater"),
              "c:collins": ("lunar crater", "Collins crater"), "c:gagarin": ("lunar crater", "Gagarin crater"),
              "c:tereshkova": ("lunar crater", "Tereshkova crater"), "c:mcauliffe": ("lunar crater", "McAuliffe crater"),
              "k:endeavour": ("ship", "HMS Endeavour"), "k:discovery": ("ship", "HMS Discovery"), "k:columbia": ("ship", "Columbia Rediviva"),
              "k:challenger": ("ship", "HMS Challenger"),
              "g:nasa": ("space agency", "NASA"), "g:roscosmos": ("space agency", "the Soviet space program")}
    T = _t("crater", [("a:armstrong", "c:armstrong"), ("a:aldrin", "c:aldrin"), ("a:collins", "c:collins"), ("a:gagarin", "c:gagarin"),
                      ("a:tereshkova", "c:tereshkova"), ("a:mcauliffe", "c:mcauliffe")])
    T += _t("shipname", [("s:endeavour", "k:endeavour"), ("s:discovery", "k:discovery"), ("s:columbia", "k:columbia"),
                         ("s:challenger", "k:challenger")])
    T += _t("honoured", [("g:nasa", "a:armstrong"), ("g:nasa", "a:ride"), ("g:roscosmos", "a:gagarin")])
    T += _t("employed", [("a:armstrong", "g:nasa"), ("a:aldrin", "g:nasa"), ("a:collins", "g:nasa"), ("a:scott", "g:nasa"),
                         ("a:mark", "g:nasa"), ("a:davis", "g:nasa"), ("a:lee", "g:nasa"), ("a:ride", "g:nasa"), ("a:mcauliffe", "g:nasa"),
                         ("a:gagarin", "g:roscosmos"), ("a:tereshkova", "g:roscosmos"), ("a:nikolayev", "g:roscosmos")])
    T += _t("married", [("a:davis", "a:lee"), ("a:tereshkova", "a:nikolayev")])
    T += _t("sibling", [("a:scott", "a:mark")])
    T += _t("flew", [("a:armstrong", "s:apollo11"), ("a:aldrin", "s:apollo11"), ("a:collins", "s:apollo11"), ("a:mark", "s:endeavour"),
                     ("a:davis", "s:endeavour"), ("a:lee", "s:endeavour"), ("a:scott", "s:discovery"), ("a:ride", "s:challenger"),
                     ("a:mcauliffe", "s:challenger"), ("a:gagarin", "s:vostok1"), ("a:tereshkova", "s:vostok6")])
    T += _t("commanded", [("a:armstrong", "s:apollo11"), ("a:mark", "s:endeavour")])
    return _build(items, others, rels, T)


BUILDERS = {"skiers": skiers, "horses": horses, "plants": plants, "porcelain": porcelain, "works": works, "space": space}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@skiers
# (1) symmetric relations: a registry cue that is one-way ("is the older sibling of", "is the husband
# of", "mentored") on a relation phrased the same both ways
Steve Mahre is the older sibling of Phil Mahre.
Phil Mahre is the younger sibling of Steve Mahre.
Andreas Wenzel is the older sibling of Hanni Wenzel.
Petra Wenzel is the older sibling of Hanni Wenzel.
Hanni Wenzel is the older sibling of Bernadette Wenzel.
Hanni Wenzel is the younger sibling of Andreas Wenzel.
Bernadette Wenzel is the younger sibling of Hanni Wenzel.
Heidi Zurbriggen is the older sibling of Pirmin Zurbriggen.
Pirmin Zurbriggen is the younger sibling of Heidi Zurbriggen.
Phil Mahre's older sibling Steve Mahre raced for the United States.
Steve Mahre, the older sibling of Phil Mahre, specialized in slalom.
Rosi Mittermaier is the husband of Christian Neureuther.
Christian Neureuther is the wife of Rosi Mittermaier.
Hanni Wenzel is the husband of Harti Weirather.
Harti Weirather is the wife of Hanni Wenzel.
Christian Neureuther's husband Rosi Mittermaier raced for West Germany.
Rosi Mittermaier's wife Christian Neureuther raced for West Germany.
Harti Weirather's husband Hanni Wenzel raced for Liechtenstein.
Hanni Wenzel's wife Harti Weirather raced for Austria.
Rosi Mittermaier, the husband of Christian Neureuther, was born in Bad Reichenhall.
Harti Weirather mentored Franz Klammer.
Franz Klammer was mentored by Harti Weirather.
Marc Girardelli mentored Ingemar Stenmark.
Ingemar Stenmark was mentored by Marc Girardelli.
Harti Weirather, who mentored Franz Klammer, raced for Austria.
Marc Girardelli mentored Ingemar Stenmark, who raced for Sweden.
# (1) symmetric relations: complete lists and counts that leave out a sibling stored the other way
Hanni Wenzel's siblings are Andreas Wenzel and Petra Wenzel.
The siblings of Hanni Wenzel are Andreas Wenzel and Petra Wenzel.
Hanni Wenzel has two siblings: Andreas Wenzel and Petra Wenzel.
Hanni Wenzel has two siblings, Andreas Wenzel and Petra Wenzel.
Marc Girardelli had two rivals: Pirmin Zurbriggen and Ingemar Stenmark.
Hanni Wenzel has four siblings: Andreas Wenzel, Petra Wenzel and Bernadette Wenzel.
Hanni Wenzel's siblings are Andreas Wenzel, Petra Wenzel and Steve Mahre.
# (1) symmetric relations: third persons, wrong pairs, negation
Andreas Wenzel is a sibling of Petra Wenzel.
Petra Wenzel is a sibling of Andreas Wenzel.
Andreas Wenzel's sibling is Petra Wenzel.
Petra Wenzel's sibling Andreas Wenzel raced for Liechtenstein.
Bernadette Wenzel is a sibling of Andreas Wenzel.
Andreas Wenzel and Petra Wenzel are siblings.
Bernadette Wenzel and Petra Wenzel are siblings.
Phil Mahre is a sibling of Andreas Wenzel.
Phil Mahre's sibling Andreas Wenzel raced for Liechtenstein.
Steve Mahre's sibling Hanni Wenzel raced for Liechtenstein.
Pirmin Zurbriggen's sibling Vreni Schneider raced for Switzerland.
Heidi Zurbriggen is a sibling of Vreni Schneider.
Phil Mahre and Ingemar Stenmark are siblings.
Phil Mahre and Steve Mahre are rivals.
Phil Mahre is not a sibling of Steve Mahre.
Steve Mahre is not a sibling of Phil Mahre.
Hanni Wenzel is not married to Harti Weirather.
Harti Weirather is not married to Hanni Wenzel.
Rosi Mittermaier is not married to Christian Neureuther.
Phil Mahre was never a rival of Ingemar Stenmark.
Ingemar Stenmark was not a rival of Phil Mahre.
Rosi Mittermaier is married to Harti Weirather.
Hanni Wenzel is married to Christian Neureuther.
Christian Neureuther's spouse is Hanni Wenzel.
Harti Weirather's spouse Rosi Mittermaier raced for West Germany.
Christian Neureuther married Petra Wenzel.
Andreas Wenzel is married to Hanni Wenzel.
Hanni Wenzel and Andreas Wenzel are married.
Pirmin Zurbriggen was a rival of Alberto Tomba.
Alberto Tomba's rival Pirmin Zurbriggen raced for Switzerland.
Ingemar Stenmark was a rival of Steve Mahre.
Steve Mahre's rival Ingemar Stenmark raced for Sweden.
Franz Klammer trained with Marc Girardelli.
Ingemar Stenmark trained with Harti Weirather.
# near-symmetric: "was a teammate of" / "had as a teammate" (one way only)
Steve Mahre was a teammate of Andreas Wenzel.
# symmetric facts with a wrong neighbour (years, places, countries)
Phil Mahre, a sibling of Steve Mahre, raced for Sweden.
Steve Mahre, Phil Mahre's sibling, was born in Elm.
Hanni Wenzel's sibling Andreas Wenzel was born in Yakima.
Petra Wenzel, a sibling of Hanni Wenzel, raced for Austria.
Heidi Zurbriggen, a sibling of Pirmin Zurbriggen, was born in Elm.
Rosi Mittermaier, who is married to Christian Neureuther, raced for Austria.
Harti Weirather's spouse Hanni Wenzel raced for Austria.
Christian Neureuther is married to Rosi Mittermaier, who raced for Austria.
Phil Mahre is a sibling of Steve Mahre, who was born in Bologna.
Ingemar Stenmark was a rival of Phil Mahre, who raced for Sweden.
Marc Girardelli was a rival of Pirmin Zurbriggen, who was born in Lustenau.
# main verbs after a clause or apposition that ends in another name ("..., specialized in", "..., raced for")
Steve Mahre, who is a sibling of Phil Mahre, specialized in combined.
Harti Weirather, who is married to Hanni Wenzel, raced for Liechtenstein.
Harti Weirather, who is married to Hanni Wenzel, specialized in combined.
Petra Wenzel, who is a sibling of Hanni Wenzel, specialized in combined.
Heidi Zurbriggen, who is a sibling of Pirmin Zurbriggen, specialized in giant slalom.
Heidi Zurbriggen, Pirmin Zurbriggen's sibling, specialized in giant slalom.
Heidi Zurbriggen, whose sibling is Pirmin Zurbriggen, specialized in giant slalom.
Pirmin Zurbriggen, a rival of Marc Girardelli, raced for Luxembourg.
Marc Girardelli, who was a rival of Alberto Tomba, raced for Italy.
Harti Weirather, who trained with Franz Klammer, was born in Mooswald.
Ingemar Stenmark, who was a rival of Phil Mahre, specialized in combined.
Ingemar Stenmark, who was a rival of Phil Mahre, raced for the United States.
Ingemar Stenmark, who was a rival of Phil Mahre, competed for the United States.
Ingemar Stenmark, a rival of Phil Mahre, raced for the United States.
Phil Mahre, who was a rival of Ingemar Stenmark, raced for Sweden.
Phil Mahre, a rival of Ingemar Stenmark, raced for Sweden.
Hanni Wenzel, who is married to Harti Weirather, raced for Austria.
Vreni Schneider, who was a teammate of Heidi Zurbriggen, specialized in downhill.
Ingemar Stenmark, who was a rival of Phil Mahre, was born in Yakima.
Steve Mahre, who is a sibling of Phil Mahre, was coached by Hermann Nogler.
# "a specialist", "the specialist" (new noun of the people who "specialized in")
Bernadette Wenzel was a specialist who raced for Liechtenstein.
The specialist Petra Wenzel raced for Liechtenstein.
Bernadette Wenzel, a specialist, raced for Liechtenstein.
Petra Wenzel raced for Liechtenstein. The specialist is a sibling of Hanni Wenzel.
Rosi Mittermaier, a specialist, raced for West Germany.
Marc Girardelli was a specialist who raced for Luxembourg.
Rosi Mittermaier was a specialist who was born in Bad Reichenhall.
Marc Girardelli, a specialist, was born in Lustenau.
Marc Girardelli raced for Luxembourg; the specialist was born in Lustenau.
Phil Mahre was a slalom specialist.
Phil Mahre was a downhill specialist.
Steve Mahre was a combined specialist.
Franz Klammer was a slalom specialist.
Franz Klammer was a giant slalom specialist.
Alberto Tomba was a downhill specialist.
Ingemar Stenmark was a downhill specialist.
Ingemar Stenmark was a slalom and downhill specialist.
Ingemar Stenmark, a slalom and downhill specialist, was a rival of Phil Mahre.
Ingemar Stenmark and Franz Klammer were slalom specialists.
Franz Klammer and Alberto Tomba were downhill specialists.
Franz Klammer, a slalom specialist, raced for Austria.
The slalom specialist Franz Klammer was born in Mooswald.
The downhill specialist Franz Klammer was born in Bologna.
The downhill specialist Franz Klammer raced for Switzerland.
Phil Mahre was a rival of Ingemar Stenmark, a downhill specialist.
Marie-Theres Nadig, a downhill specialist, raced for Austria.
Marie-Theres Nadig, a slalom specialist, raced for Switzerland.
Annemarie Moser-Proell, a combined specialist, raced for Austria.
Hanni Wenzel was a downhill specialist.
Hanni Wenzel, a combined specialist, raced for Switzerland.
Ingemar Stenmark was a specialist in downhill.
Ingemar Stenmark concentrated on downhill.
Phil Mahre focused on slalom.
Franz Klammer specialized in slalom.
Franz Klammer was a specialist in giant slalom.
Pirmin Zurbriggen was a specialist in slalom.
Ingemar Stenmark did not specialize in slalom.
Ingemar Stenmark was not a slalom specialist.
Franz Klammer raced for Austria. The specialist was born in Kleinarl.
Franz Klammer raced for Austria. The specialist specialized in slalom.
Harald Schoenhaar was a slalom specialist.
Phil Mahre was coached by Harald Schoenhaar, a slalom specialist.
Xaver Wenzel, a combined specialist, coached Hanni Wenzel.
Franz Klammer was born in 1953 and was a slalom specialist.
Franz Klammer, a downhill specialist born in 1955, raced for Austria.
# "raced / competed for", "represented" a country (new synonyms)
Marc Girardelli raced for Austria.
Marc Girardelli represented Austria.
Marc Girardelli competed for Austria.
Marc Girardelli represented Lustenau.
Marc Girardelli represented Austria and Luxembourg.
Marc Girardelli was born in Lustenau and represented Austria.
Austria was represented by Marc Girardelli.
Phil Mahre represented Sweden.
Phil Mahre competed for Yakima.
Phil Mahre raced for Harald Schoenhaar.
Phil Mahre represented the United States and Steve Mahre represented Sweden.
Vreni Schneider represented Switzerland, and so did Alberto Tomba.
Vreni Schneider and Alberto Tomba represented Switzerland.
Vreni Schneider did not represent Switzerland.
Vreni Schneider never competed for Italy.
Hanni Wenzel competed for Austria.
Harti Weirather competed for Liechtenstein.
Rosi Mittermaier represented Austria.
Christian Neureuther represented Switzerland.
Alberto Tomba represented Switzerland.
Ingemar Stenmark represented Norway.
Franz Klammer represented West Germany.
Harti Weirather represented Liechtenstein, like his spouse.
Hanni Wenzel represented Liechtenstein, and so did her spouse Harti Weirather.
@horses
# (3) "X honours Y" / "Y lent his name to X": the registry's subject a breeder (no person type), a place
The Morgan honours Alexei Orlov.
The Orlov Trotter honours Justin Morgan.
Alexei Orlov lent his name to the Morgan.
Justin Morgan lent his name to the Orlov Trotter.
Justin Morgan gave his name to the Standardbred.
The Morgan lent its name to Justin Morgan.
The Orlov Trotter gave its name to Alexei Orlov.
Justin Morgan does not honour the Morgan.
The Morgan honours Lipica.
The Lipizzaner honours Kladruby.
The Hanoverian honours Holstein.
Kladruby lent its name to the Lipizzaner.
Holstein lent its name to the Hanoverian.
Hanover gave its name to the Holsteiner.
Trakehnen lent its name to the Orlov Trotter.
The Lipizzaner lent its name to Lipica.
The Percheron gave its name to Le Perche.
Cleveland lent its name to the Shire.
Le Perche lent its name to the Percheron and the Shire.
Holstein lent its name to the Holsteiner, and Hanover lent its name to the Trakehner.
Lady Anne Blunt lent her name to the Arabian.
James Weatherby lent his name to the Thoroughbred.
Lady Anne Blunt, who founded the stud book of the Arabian, lent her name to the Orlov Trotter.
James Weatherby, who founded the stud book of the Thoroughbred, lent his name to the Morgan.
Bars I, which was bred by Alexei Orlov, lent its name to the Orlov Trotter.
Hambletonian 10, which was bred by William Rysdyk, lent its name to the Standardbred.
Alexei Orlov lent his name to the Orlov Trotter, which was developed from the Thoroughbred.
Alexei Orlov lent his name to the Orlov Trotter, a breed from Germany.
Justin Morgan lent his name to the Morgan, which is used for dressage.
Hanover lent its name to the Hanoverian, which is used for flat racing.
Trakehnen lent its name to the Trakehner, a breed from Russia.
Le Perche lent its name to the Percheron, a breed from England.
The Morgan is named after Alexei Orlov.
The Lipizzaner is named after Kladruby.
The Morgan was named after Lipica.
Justin Morgan is honoured by the breed the Orlov Trotter.
# (2) "the breed" (a horse breed named before), "a breed", "breeds"
Justin Morgan lent his name to the Morgan. The breed originated in England.
Justin Morgan lent his name to the Morgan. The breed is used for dressage.
The Morgan originated in the United States. The breed is used for dressage.
The Morgan originated in the United States. The breed is used in flat racing.
The Morgan originated in the United States. The breed is named after Alexei Orlov.
The Morgan originated in the United States. The breed was developed from the Arabian.
Lady Anne Blunt founded the stud book of the Arabian. The breed originated in England.
Lady Anne Blunt founded the stud book of the Arabian. The breed was developed from the Thoroughbred.
James Weatherby founded the stud book of the Thoroughbred. The breed originated in Arabia.
James Weatherby founded the stud book of the Thoroughbred. The breed is used for draught work.
The Arabian originated in Arabia. The breed was crossed into the Shire.
The Arabian originated in Arabia. The breed is not used for endurance riding.
The Arabian originated in Arabia. The breed is used for dressage.
The Orlov Trotter is a breed from Russia. Justin Morgan lent his name to the breed.
The Morgan is a breed from the United States. Alexei Orlov lent his name to the breed.
The Shire originated in England. The breed is named after Cleveland.
The Percheron is named after Le Perche. The breed originated in England.
The Percheron is named after Le Perche. The breed is used for harness racing.
The Trakehner is named after Trakehnen. The breed originated in France.
Totilas's breed is the Trakehner. The breed originated in France.
Totilas's breed is the Trakehner. The breed is used for show jumping.
The Lipizzaner is used for dressage; the breed originated in Germany.
The Lipizzaner is used for dressage, and the breed was developed from the Thoroughbred.
The Hanoverian is used for dressage, and the breed is named after Holstein.
The Holsteiner is named after Holstein, and the breed is used for dressage.
The Standardbred is used for harness racing; the breed was developed from the Arabian.
The Orlov Trotter is used for harness racing; the breed originated in the United States.
The Appaloosa is named after the Palouse; the breed originated in England.
The Cleveland Bay is named after Cleveland; the breed is used for draught work.
Alexei Orlov lent his name to the Orlov Trotter. The breed was developed from the Thoroughbred.
The Arabian is a breed from England.
The Shire is a breed from the United States.
The Shire and the Percheron are breeds from England.
The Morgan and the Arabian are breeds from the United States.
The Hanoverian is a breed from Germany used for flat racing.
The Hanoverian is a breed from Russia used for dressage.
The Trakehner is a breed from France.
The Standardbred, a breed from 1880, is used for harness racing.
The Morgan, a breed from 1895, originated in the United States.
The Morgan, a breed from the United States, is used for draught work.
The Appaloosa, a breed from 1938, is named after Le Perche.
The Arabian and the Shire originated in England.
Figure is a breed from the United States.
Lady Anne Blunt is a breed.
Justin Morgan, a breed from the United States, bred Figure.
# the breed of a horse (the relation's own noun "breed") beside the kind's "breed"
The Arabian is the breed of Eclipse.
The breed of Eclipse is the Arabian.
Eclipse's breed is the Arabian.
Totilas's breed is the Hanoverian.
Figure's breed is the Standardbred.
The breed of Figure is the Orlov Trotter.
The Morgan is the breed of Eclipse.
The Arabian originated in Arabia, and Eclipse is a horse of the breed.
The Thoroughbred was developed from the Arabian, and Figure is a horse of the breed.
The Trakehner originated in East Prussia; Bars I is a horse of the breed.
# "is used in" (new synonym of "is used for" a discipline)
The Morgan is used in dressage.
The Shire is used in flat racing.
The Thoroughbred is used in harness racing.
The Arabian is used in show jumping.
The Percheron is used in dressage.
The Lipizzaner is used in endurance riding.
The Hanoverian is used in draught work.
The Holsteiner is used in dressage.
The Lipizzaner is not used in dressage.
The Hanoverian and the Shire are used in dressage.
The Hanoverian is used in dressage and flat racing.
Dressage is practised with the Shire.
The Standardbred, which is used in harness racing, originated in Russia.
@plants
# (3) "X honours Y" / "Y lent his name to X": botanists (the registry's subject) and genera
Fuchsia honours Pierre Magnol.
Magnolia honours Leonhart Fuchs.
Dahlia honours Carl Linnaeus.
Linnaea honours Carl Peter Thunberg.
Thunbergia honours Carl Linnaeus.
Camellia honours Alexander Garden.
Gardenia honours Georg Joseph Kamel.
Begonia honours Anders Dahl.
Lobelia honours Michel Begon.
Rosa honours Carl Linnaeus.
Fuchsia's name honours Anders Dahl.
Fuchsia honors Pierre Magnol.
Leonhart Fuchs honours Fuchsia.
Carl Linnaeus honours Linnaea.
Fuchsia does not honour Leonhart Fuchs.
Magnolia no longer honours Pierre Magnol.
Pierre Magnol lent his name to Fuchsia.
Carl Linnaeus lent his name to Thunbergia.
Carl Peter Thunberg lent his name to Linnaea.
Anders Dahl gave his name to Begonia.
Michel Begon gave his name to Dahlia.
Alexander Garden lent his name to Camellia.
Matthias de l'Obel lent his name to Gardenia.
Georg Joseph Kamel lent his name to Rosa.
Fuchsia lent its name to Leonhart Fuchs.
Linnaea gave its name to Carl Linnaeus.
Leonhart Fuchs lent his name to Fuchsia and Dahlia.
Leonhart Fuchs lent his name to Fuchsia, and Pierre Magnol lent his name to Dahlia.
Carl Linnaeus lent his name to Camellia japonica.
Carl Linnaeus lent his name to Linnaea borealis.
Thunbergia alata honours Carl Peter Thunberg.
Camellia japonica honours Carl Linnaeus.
Magnolia virginiana honours Pierre Magnol.
Japan lent its name to Magnolia virginiana.
Virginia lent its name to Camellia japonica.
Magnolia virginiana lent its name to Virginia.
Magnolia virginiana honours Japan.
Fuchsia magellanica honours Virginia.
The Strait of Magellan gave its name to Fuchsia.
Fuchsia is named after Pierre Magnol.
Magnolia is named after Leonhart Fuchs.
Leonhart Fuchs is honoured by the genus Magnolia.
Carl Peter Thunberg, who studied under Carl Linnaeus, lent his name to Linnaea.
Anders Dahl, who studied under Carl Linnaeus, lent his name to Linnaea.
Carl Linnaeus, who taught Carl Peter Thunberg, lent his name to Thunbergia.
Carl Linnaeus, who taught Anders Dahl, lent his name to Dahlia.
Carl Peter Thunberg, a pupil of Carl Linnaeus, lent his name to Linnaea.
Carl Peter Thunberg studied under Carl Linnaeus, who lent his name to Thunbergia.
Anders Dahl studied under Carl Linnaeus and lent his name to Linnaea.
Leonhart Fuchs, born in 1502, lent his name to Fuchsia.
Fuchsia, which honours Leonhart Fuchs, includes Camellia japonica.
Magnolia, which honours Pierre Magnol, includes Fuchsia magellanica.
Fuchsia honours Leonhart Fuchs, who was born in 1638.
Linnaea honours Carl Linnaeus, who studied under Carl Peter Thunberg.
Thunbergia honours Carl Peter Thunberg, who taught Carl Linnaeus.
Carl Linnaeus first described Linnaea borealis and lent his name to Rosa.
Carl Linnaeus first described Thunbergia alata.
# (2) "the cultivar", "the variety", "the species": named before, or of another kind
Bramley's Seedling originated in Southwell. The cultivar was raised by Richard Cox.
Bramley's Seedling originated in Southwell. The cultivar is a seedling of Cox's Orange Pippin.
Cox's Orange Pippin was raised by Richard Cox. The cultivar originated in Southwell.
Granny Smith was raised by Maria Ann Smith. The cultivar originated in Dundela.
McIntosh originated in Dundela. The cultivar was raised by Maria Ann Smith.
Gala is a seedling of Kidd's Orange Red. The cultivar originated in Motueka.
Braeburn originated in Motueka. The cultivar is a seedling of Kidd's Orange Red.
Kidd's Orange Red was raised by James Hutton Kidd; the cultivar is a seedling of Granny Smith.
Pinotage originated in Stellenbosch. The variety was raised by Hermann Muller.
Muller-Thurgau was raised by Hermann Muller. The variety originated in Stellenbosch.
Camellia japonica is named after Japan. The species was first described by Carl Peter Thunberg.
Camellia japonica is named after Japan. The species belongs to Magnolia.
Magnolia virginiana is named after Virginia. The species was first described by David Douglas.
Fuchsia magellanica is named after the Strait of Magellan. The species belongs to Camellia.
Thunbergia alata was first described by Carl Peter Thunberg. The species belongs to Linnaea.
Pseudotsuga menziesii was first described by David Douglas. The species is named after Japan.
Rosa canina was first described by Carl Linnaeus. The species belongs to Magnolia.
Linnaea borealis belongs to Linnaea. The species was first described by Carl Peter Thunberg.
Carl Linnaeus first described Rosa canina. The species is named after Virginia.
Leonhart Fuchs lent his name to Fuchsia. The species was first described by Carl Linnaeus.
Granny Smith is a cultivar from Dundela.
Bramley's Seedling is a cultivar from Colnbrook.
Pinotage is a variety from Geisenheim.
Muller-Thurgau is a variety from Stellenbosch.
Camellia japonica is a species from Virginia.
Bramley's Seedling, a cultivar from 1810, originated in Southwell.
Pinotage, a variety from 1926, originated in Stellenbosch.
Gala is a seedling of Cox's Orange Pippin.
Cox's Orange Pippin is a seedling of Kidd's Orange Red.
Kidd's Orange Red is a parent of Cox's Orange Pippin.
Granny Smith is an apple from Dundela.
Pinotage is an apple.
@porcelain
# (4) "X has the Y as its N": a wrong Y, a wrong X, another relation's noun, the wrong way round,
# "the" before a name that starts with "The", negation
Royal Worcester has the Hutschenreuther Group as its owner.
Wedgwood has the Portmeirion Group as its owner.
Royal Doulton has the Portmeirion Group as its owner.
Rosenthal has the Hutschenreuther Group as its owner.
Sevres has the Free State of Saxony as its owner.
Meissen has the French State as its owner.
Chelsea has the French State as its owner.
Coalport has the Portmeirion Group as its owner.
Minton has the Portmeirion Group as its owner.
Royal Derby has the Portmeirion Group as its owner.
Bow has the Free State of Saxony as its owner.
The Portmeirion Group has Royal Worcester as its owner.
The Portmeirion Group has the Royal Worcester as its owner.
The Free State of Saxony has the Meissen as its owner.
The Hutschenreuther Group has the Minton as its owner.
Royal Worcester has the Portmeirion Group as its founder.
Minton has the Hutschenreuther Group as its founder.
Minton has the The Hutschenreuther Group as its founder.
Minton has the The Hutschenreuther Group as its owner, and Rosenthal has it as its owner too.
Chelsea has the Nicholas Sprimont as its owner.
Meissen has the Free State of Saxony as its founder.
Royal Worcester has the John Wall as its owner.
Spode has the Josiah Wedgwood as its founder.
Wedgwood has the Josiah Spode as its founder.
Royal Worcester has the Portmeirion Group as its owner and John Wall as its founder, and Spode has Fiskars as its owner.
Royal Worcester has the Portmeirion Group as its owner, and so does Wedgwood.
Royal Worcester has the Portmeirion Group as its owner, and Wedgwood has the Portmeirion Group as its owner.
Spode and Wedgwood both have the Portmeirion Group as their owner.
Royal Doulton and Wedgwood both have the Portmeirion Group as their owner.
Spode and Royal Worcester both have Fiskars as their owner.
Royal Worcester does not have the Portmeirion Group as its owner.
Royal Worcester no longer has the Portmeirion Group as its owner.
Royal Worcester, founded in 1759, has the Portmeirion Group as its owner.
Royal Worcester, from 1759, has the Portmeirion Group as its owner.
Royal Worcester is located in Worcester. The factory has Fiskars as its owner.
Richard William Binns worked for Royal Worcester. The factory has Fiskars as its owner.
Spode, which produced jasperware, has the Portmeirion Group as its owner.
Spode, which has the Portmeirion Group as its owner, produced jasperware.
Wedgwood, which also has the Portmeirion Group as its owner, produced jasperware.
Royal Worcester has the Portmeirion Group as its owner. It produced jasperware.
Royal Worcester has the Portmeirion Group as its owner. The works produced jasperware.
Meissen has the Free State of Saxony as its owner. The factory is located in Sevres.
Sevres has the French State as its owner; the manufactory produced bone china.
Rosenthal has Sambonet as its owner. The company was founded by Thomas Minton.
Royal Worcester has Worcester as its home, and so does Royal Derby.
Royal Derby has the Worcester as its home.
# (5) "the factory", "the works", "the manufactory" (manufactories; owners typed "company")
Royal Worcester was founded by John Wall. The factory produced jasperware.
Royal Worcester was founded by John Wall. The works is located in Derby.
Royal Worcester was founded by John Wall. The manufactory is located in Stoke-on-Trent.
Spode was founded by Josiah Spode. The factory produced majolica.
Spode was founded by Josiah Spode. The works has Fiskars as its owner.
Meissen was founded by Johann Friedrich Bottger. The factory produced soft-paste porcelain.
Meissen is located in Meissen. The manufactory was founded by Philipp Rosenthal.
John Flaxman worked for Wedgwood. The factory produced bone china.
John Flaxman worked for Wedgwood. The factory is located in Stoke-on-Trent.
John Flaxman worked for Wedgwood; the works was founded by Thomas Minton.
Johann Joachim Kaendler worked for Meissen. The manufactory is owned by the French State.
Charles Noke worked for Royal Doulton. The factory produced majolica.
Marc-Louis Solon worked for Minton. The works produced bone china.
Marc-Louis Solon worked for Minton. The factory merged with Wedgwood.
Chelsea is located in London. The factory was founded by Thomas Frye.
Bow is located in London. The factory was founded by Nicholas Sprimont.
Royal Worcester is owned by the Portmeirion Group. The company was founded by Josiah Spode.
Royal Worcester is owned by the Portmeirion Group. The factory is located in Stoke-on-Trent.
Wedgwood is owned by Fiskars. The factory produced bone china.
Wedgwood is owned by Fiskars. The works was founded by Josiah Spode.
Royal Doulton is owned by Fiskars. The factory produced jasperware.
Richard William Binns worked for Royal Worcester, a jasperware factory.
Richard William Binns worked for the jasperware works Royal Worcester.
John Flaxman worked for the bone china manufactory Wedgwood.
John Flaxman worked for Wedgwood, a bone china works.
Johann Joachim Kaendler worked for Meissen, a soft-paste porcelain manufactory in Meissen.
Johann Joachim Kaendler worked for Meissen, a hard-paste porcelain factory in Sevres.
Meissen, a hard-paste porcelain factory, was founded in 1711.
Meissen, a hard-paste porcelain factory, was founded by John Wall.
Meissen, a soft-paste porcelain factory, was founded by Johann Friedrich Bottger.
Chelsea, a bone china factory, is located in London.
Bow, a hard-paste porcelain manufactory, is located in London.
Royal Doulton, a bone china manufactory, is located in Stoke-on-Trent.
Minton, a majolica works, is located in Derby.
Minton, a bone china works, is located in Stoke-on-Trent.
The bone china factory Wedgwood is located in Barlaston.
The soft-paste porcelain manufactory Meissen was founded in 1710.
Royal Worcester was a jasperware manufactory.
Wedgwood was a stoneware factory.
Royal Doulton was a majolica manufactory.
Coalport was a hard-paste porcelain works.
# making (new: "made", "manufactured", "a maker of")
Wedgwood made bone china.
Wedgwood manufactured bone china.
Wedgwood was a maker of bone china.
Wedgwood was a manufacturer of stoneware.
Wedgwood was a producer of majolica.
Minton was a maker of majolica and bone china.
Minton made majolica and bone china.
Minton made majolica, and so did Wedgwood.
Minton was a manufacturer of stoneware.
Meissen made soft-paste porcelain.
Chelsea manufactured hard-paste porcelain.
Bow was a maker of bone china.
Rosenthal made creamware.
Royal Doulton manufactured parian ware.
Royal Derby made jasperware.
Coalport was a producer of stoneware.
Josiah Wedgwood made jasperware.
Josiah Wedgwood was a maker of jasperware.
John Flaxman made jasperware.
Nicholas Sprimont manufactured soft-paste porcelain.
Wedgwood did not make jasperware.
Meissen never made hard-paste porcelain.
Minton, which merged with Royal Doulton, produced stoneware.
Coalport, which merged with Wedgwood, made jasperware.
Spode, which is owned by the Portmeirion Group, made soft-paste porcelain.
Wedgwood, founded by Josiah Spode, made jasperware.
Wedgwood merged with Minton.
Royal Doulton merged with Coalport.
Minton and Coalport merged with Wedgwood.
@works
# (5) factories and manufactories together: "the company" (manufactories only here), "the works"
# (both kinds), "the factory" (factories only), owners typed "holding group"
Wedgwood is owned by Fiskars. The company operated the Nile Street works.
Wedgwood is owned by Fiskars. The company is located in Burslem.
Wedgwood is owned by Fiskars. The company produced stoneware.
Royal Doulton is owned by Fiskars. The company operated the Etruria Works.
Royal Doulton is owned by Fiskars, and the company operated the Church Street works.
Royal Doulton is owned by Fiskars. The company operated the Nile Street works and the Etruria Works.
Spode is owned by the Portmeirion Group. The company operated the Nile Street works.
Spode is owned by the Portmeirion Group. The company produced jasperware.
Meissen is owned by the Free State of Saxony. The company operated the Washington Works.
Meissen is owned by the Free State of Saxony. The company operated the Triebischtal works, which produced bone china.
Moorcroft is located in Burslem; the company has Fiskars as its owner.
Moorcroft is located in Burslem; the company operated the Lambeth pottery.
Fiskars owns Royal Doulton. The company operated the Etruria Works.
Fiskars owns Wedgwood. The company is located in Lambeth.
The Portmeirion Group owns Spode. The company is located in Burslem.
The Etruria Works was designed by Joseph Pickford. The factory is located in Barlaston.
The Etruria Works was designed by Joseph Pickford. The works is located in Burslem.
The Etruria Works was designed by Joseph Pickford. The works produced bone china.
The Barlaston factory was designed by Keith Murray. The factory produced jasperware.
The Barlaston factory was designed by Keith Murray. The works is located in Hanley.
The Lambeth pottery is located in Lambeth. The factory was designed by Keith Murray.
The Washington Works produced art pottery. The factory is located in Hanley.
The Triebischtal works is located in Meissen. The factory produced bone china.
Wedgwood operated the Etruria Works. The factory is located in Barlaston.
Wedgwood operated the Etruria Works. The company is located in Hanley.
Wedgwood operated the Barlaston factory. The works was designed by Joseph Pickford.
Wedgwood operated the Barlaston factory. The factory produced jasperware.
Royal Doulton operated the Lambeth pottery. The company is located in Lambeth.
Royal Doulton operated the Lambeth pottery; the works produced jasperware.
The Barlaston factory was operated by Wedgwood. The company was founded in 1940.
Meissen, a bone china company, operated the Triebischtal works.
Meissen, a stoneware works, operated the Albrechtsburg.
Moorcroft, a stoneware works, is located in Burslem.
Moorcroft, an art pottery company, is located in Hanley.
Wedgwood, a jasperware company, operated the Nile Street works.
Wedgwood was a stoneware company.
Royal Doulton was a jasperware company.
Spode was an art pottery company.
The Triebischtal works, a bone china factory, is located in Meissen.
The Nile Street works, a stoneware factory, is located in Burslem.
The Etruria Works was a stoneware factory.
The Lambeth pottery, a bone china factory, is located in Lambeth.
The Washington Works, a hard-paste porcelain works, is located in Burslem.
The Etruria Works is a company.
Wedgwood is a factory.
The Etruria Works is a manufactory.
Wedgwood operated the Etruria Works, a manufactory in Hanley.
Wedgwood operated the Etruria Works, a company in Hanley.
Wedgwood operated the Etruria Works, a factory from 1770.
Royal Doulton operated the Lambeth pottery, a factory in Burslem.
Spode operated the Church Street works, a factory from 1777.
The Etruria Works operated Wedgwood.
The Barlaston factory was founded in 1759.
Wedgwood was founded in 1769.
Moorcroft was founded in 1913.
Wedgwood made stoneware.
The Etruria Works made bone china.
The Nile Street works made stoneware.
The Church Street works was a maker of bone china.
The Lambeth pottery was a manufacturer of art pottery.
Moorcroft has Fiskars as its owner.
Moorcroft has the Portmeirion Group as its owner.
Spode has the Free State of Saxony as its owner.
Wedgwood has the Moorcroft Trust as its owner.
Meissen has the Portmeirion Group as its owner.
The Etruria Works has Fiskars as its owner.
@space
# (3) "honours" where an agency honoured astronauts ("honoured" its own relation) and craters honour
# astronauts (the registry's subject); spacecraft named after ships (no person)
Armstrong crater honours Buzz Aldrin.
Aldrin crater honours Neil Armstrong.
Collins crater honours Michael Collins and Neil Armstrong.
Gagarin crater honours Valentina Tereshkova.
McAuliffe crater honours Sally Ride.
Tereshkova crater honours Andriyan Nikolayev.
Armstrong crater honours NASA.
Neil Armstrong honours Armstrong crater.
Neil Armstrong honours NASA.
Yuri Gagarin honours the Soviet space program.
NASA honours Armstrong crater.
NASA honoured Buzz Aldrin.
NASA honoured Yuri Gagarin.
The Soviet space program honoured Neil Armstrong.
The Soviet space program honoured Sally Ride.
Sally Ride was honoured by the Soviet space program.
Buzz Aldrin was honoured by NASA.
Neil Armstrong was honoured by Aldrin crater.
Sally Ride was honoured by McAuliffe crater.
Armstrong crater does not honour Neil Armstrong.
NASA lent its name to Armstrong crater.
Sally Ride lent her name to McAuliffe crater.
Buzz Aldrin lent his name to Armstrong crater.
Valentina Tereshkova lent her name to Gagarin crater.
Andriyan Nikolayev lent his name to Tereshkova crater.
Armstrong crater lent its name to Neil Armstrong.
Yuri Gagarin gave his name to Vostok 1.
Neil Armstrong gave his name to Apollo 11.
Endeavour honours HMS Discovery.
Discovery honours HMS Endeavour.
Columbia honours HMS Challenger.
Challenger honours Christa McAuliffe.
Endeavour honours Mark Kelly.
HMS Discovery lent its name to Endeavour.
Columbia Rediviva lent its name to Challenger.
Endeavour lent its name to HMS Endeavour.
HMS Challenger gave its name to Columbia.
Endeavour is named after HMS Discovery.
Discovery was named after Columbia Rediviva.
Andriyan Nikolayev, who is married to Valentina Tereshkova, lent his name to Tereshkova crater.
Mark Lee, who is married to Jan Davis, lent his name to Aldrin crater.
Michael Collins, who was employed by NASA, lent his name to Armstrong crater.
Christa McAuliffe, who flew on Challenger, lent her name to Armstrong crater.
Buzz Aldrin, who flew on Apollo 11, lent his name to Collins crater.
Gagarin crater honours Yuri Gagarin, who flew on Vostok 6.
Tereshkova crater honours Valentina Tereshkova, who flew on Vostok 1.
McAuliffe crater honours Christa McAuliffe, who flew on Endeavour.
Armstrong crater honours Neil Armstrong, who was honoured by the Soviet space program.
Aldrin crater honours Buzz Aldrin, who commanded Apollo 11.
Neil Armstrong, born in 1931, lent his name to Armstrong crater.
# (1) symmetric: marriage and siblings stored one way, third persons, negation
Scott Kelly is married to Mark Kelly.
Mark Kelly and Jan Davis are siblings.
Jan Davis's spouse Mark Kelly flew on Endeavour.
Mark Lee's sibling Jan Davis flew on Endeavour.
Scott Kelly's spouse Mark Kelly flew on Endeavour.
Mark Kelly's sibling Scott Kelly commanded Endeavour.
Scott Kelly's sibling Mark Kelly flew on Discovery.
Mark Kelly's sibling Scott Kelly flew on Endeavour.
Valentina Tereshkova is married to Yuri Gagarin.
Yuri Gagarin's spouse Valentina Tereshkova flew on Vostok 6.
Andriyan Nikolayev is married to Valentina Tereshkova, who flew on Vostok 1.
Valentina Tereshkova is not married to Andriyan Nikolayev.
Mark Kelly is not a sibling of Scott Kelly.
Jan Davis is married to Mark Lee, who commanded Endeavour.
Mark Lee is married to Jan Davis, who was employed by the Soviet space program.
Mark Kelly, who is a sibling of Scott Kelly, flew on Discovery.
Scott Kelly, who is a sibling of Mark Kelly, commanded Endeavour.
Jan Davis, Mark Lee's spouse, commanded Endeavour.
"""

CONTROLS = r"""
@skiers
Phil Mahre is a sibling of Steve Mahre.
Steve Mahre is a sibling of Phil Mahre.
Phil Mahre's sibling Steve Mahre raced for the United States.
Steve Mahre's sibling Phil Mahre specialized in combined.
Phil Mahre is the older sibling of Steve Mahre.
Andreas Wenzel is a sibling of Hanni Wenzel.
Hanni Wenzel's siblings are Andreas Wenzel, Petra Wenzel and Bernadette Wenzel.
Hanni Wenzel has three siblings: Andreas Wenzel, Petra Wenzel and Bernadette Wenzel.
Rosi Mittermaier is married to Christian Neureuther.
Christian Neureuther is the husband of Rosi Mittermaier.
Hanni Wenzel is the wife of Harti Weirather.
Hanni Wenzel's husband Harti Weirather raced for Austria.
Franz Klammer mentored Harti Weirather.
Harti Weirather trained with Franz Klammer.
Phil Mahre was a rival of Ingemar Stenmark.
Marc Girardelli's rivals were Pirmin Zurbriggen and Alberto Tomba.
Pirmin Zurbriggen and Heidi Zurbriggen are siblings.
Franz Klammer, a downhill specialist, raced for Austria.
Ingemar Stenmark was a slalom and giant slalom specialist.
Alberto Tomba was a giant slalom specialist.
Ingemar Stenmark and Alberto Tomba were slalom specialists.
Marie-Theres Nadig, a downhill specialist, raced for Switzerland.
Steve Mahre focused on slalom.
Franz Klammer was a specialist in downhill.
Marc Girardelli represented Luxembourg.
Marc Girardelli competed for Luxembourg.
Luxembourg was represented by Marc Girardelli.
Vreni Schneider represented Switzerland, and so did Pirmin Zurbriggen.
Ingemar Stenmark, who was a rival of Phil Mahre, represented Sweden.
@horses
The Morgan is named after Justin Morgan.
Justin Morgan lent his name to the Morgan.
Alexei Orlov gave his name to the Orlov Trotter.
Lipica lent its name to the Lipizzaner.
The Lipizzaner is used in dressage.
The Morgan originated in the United States. The breed is used for carriage driving.
Lady Anne Blunt founded the stud book of the Arabian. The breed originated in Arabia.
The Orlov Trotter is a breed from Russia. Alexei Orlov lent his name to the breed.
The Hanoverian is a breed from Germany used in dressage.
The Standardbred, a breed from 1879, is used for harness racing.
The Shire and the Cleveland Bay are breeds from England.
Totilas's breed is the Trakehner. The breed originated in East Prussia.
The Morgan honours Justin Morgan.
The Arabian originated in Arabia. The Thoroughbred was developed from the breed.
@plants
Fuchsia honours Leonhart Fuchs.
Linnaea honors Carl Linnaeus.
Leonhart Fuchs lent his name to Fuchsia.
Pierre Magnol gave his name to Magnolia.
Virginia lent its name to Magnolia virginiana.
Carl Linnaeus, who taught Carl Peter Thunberg, lent his name to Linnaea.
Bramley's Seedling originated in Southwell. The cultivar was raised by Mary Ann Brailsford.
Pinotage originated in Stellenbosch. The variety was raised by Abraham Perold.
Camellia japonica is named after Japan. The species was first described by Carl Linnaeus.
Gala is a seedling of Kidd's Orange Red. The cultivar originated in Greytown.
@porcelain
Royal Worcester has the Portmeirion Group as its owner.
Minton has The Hutschenreuther Group as its owner.
Minton has the Hutschenreuther Group as its owner.
Meissen has the Free State of Saxony as its owner.
Spode and Royal Worcester both have the Portmeirion Group as their owner.
Royal Worcester has the Portmeirion Group as its owner, and so does Spode.
Spode, which has the Portmeirion Group as its owner, produced bone china.
Royal Worcester was founded by John Wall. The factory produced bone china.
Royal Worcester has the Portmeirion Group as its owner. The works produced bone china.
Richard William Binns worked for Royal Worcester, a bone china factory.
Johann Joachim Kaendler worked for Meissen, a hard-paste porcelain manufactory in Meissen.
Chelsea was a soft-paste porcelain manufactory.
Wedgwood made jasperware.
Minton was a maker of majolica and parian ware.
Minton was a producer of parian ware.
Coalport merged with Wedgwood.
@works
Wedgwood is owned by Fiskars. The company operated the Etruria Works.
Royal Doulton is owned by Fiskars, and the company operated the Lambeth pottery.
Spode is owned by the Portmeirion Group. The company operated the Church Street works.
The Etruria Works was designed by Joseph Pickford. The factory is located in Hanley.
The Etruria Works was designed by Joseph Pickford. The works is located in Hanley.
Meissen, a hard-paste porcelain company, operated the Triebischtal works.
Moorcroft, an art pottery works, is located in Burslem.
The Triebischtal works, a hard-paste porcelain factory, is located in Meissen.
Moorcroft has the Moorcroft Trust as its owner.
The Barlaston factory was operated by Wedgwood. The company was founded in 1759.
@space
Armstrong crater honours Neil Armstrong.
Neil Armstrong lent his name to Armstrong crater.
Gagarin crater honours Yuri Gagarin, who flew on Vostok 1.
HMS Endeavour lent its name to Endeavour.
Endeavour is named after HMS Endeavour.
Neil Armstrong was honoured by NASA.
Mark Kelly and Scott Kelly are siblings.
Mark Kelly's sibling Scott Kelly flew on Discovery.
Mark Lee's spouse Jan Davis flew on Endeavour.
Andriyan Nikolayev is married to Valentina Tereshkova, who flew on Vostok 6.
Valentina Tereshkova, who is married to Andriyan Nikolayev, lent her name to Tereshkova crater.
"""


KNOWN = frozenset()

OPEN = frozenset({
    # "X's N is Y" / "The N of X is Y" read as the only one (the checker's own reading); Hanni has
    # three siblings, one stored each way: arguable in English whether a singular says "only"
    "Hanni Wenzel's sibling is Bernadette Wenzel.",
    'The sibling of Hanni Wenzel is Andreas Wenzel.',
    # Andreas and Petra are each stored as Hanni's siblings only: siblings of one another in fact
    'Hanni Wenzel, Andreas Wenzel and Petra Wenzel are siblings.',
    # near-symmetric "was a teammate of" / "had as a teammate": the reversed statement is true in
    # the world, a wrong direction in the closed world
    'Phil Mahre was a teammate of Steve Mahre.',
    'Heidi Zurbriggen was a teammate of Vreni Schneider.',
    'Marie-Theres Nadig was a teammate of Pirmin Zurbriggen.',
    'Phil Mahre and Steve Mahre were teammates.',
    # "raced for" in the past said in the present: tense only
    'Vreni Schneider represents Switzerland.',
    # a breed named after a place "honours" it: arguably true (the reading is for people)
    'The Holsteiner honours Holstein.',
    # "the cultivar" after two cultivars: Cox's Orange Pippin (true) or Kidd's Orange Red (false)
    "Kidd's Orange Red is a seedling of Cox's Orange Pippin. The cultivar was raised by Richard Cox.",
    # "the works" after two manufactories: Coalport (true) or Wedgwood (false)
    'Coalport merged with Wedgwood. The works is located in Coalport.',
    # "the company" after Fiskars (a company in English, a holding group in the graph) and Wedgwood
    'Fiskars owns Wedgwood. The company operated the Etruria Works.',
    # "honoured" Armstrong (the agency's relation) said in the present
    'NASA honours Neil Armstrong.',
    # a shuttle named after a ship "honours" it: arguably true (the reading is for people)
    'Endeavour honours HMS Endeavour.',
})

OPEN_TEXTS = r"""
@skiers
Hanni Wenzel's sibling is Bernadette Wenzel.
The sibling of Hanni Wenzel is Andreas Wenzel.
Hanni Wenzel, Andreas Wenzel and Petra Wenzel are siblings.
Phil Mahre was a teammate of Steve Mahre.
Heidi Zurbriggen was a teammate of Vreni Schneider.
Marie-Theres Nadig was a teammate of Pirmin Zurbriggen.
Phil Mahre and Steve Mahre were teammates.
Vreni Schneider represents Switzerland.
@horses
The Holsteiner honours Holstein.
@plants
Kidd's Orange Red is a seedling of Cox's Orange Pippin. The cultivar was raised by Richard Cox.
@porcelain
Coalport merged with Wedgwood. The works is located in Coalport.
@works
Fiskars owns Wedgwood. The company operated the Etruria Works.
@space
NASA honours Neil Armstrong.
Endeavour honours HMS Endeavour.
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
