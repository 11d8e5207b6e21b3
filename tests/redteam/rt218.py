"""Red team round 218: the maker's own noun (CHANGES.diff).

Attacked: the maker's own noun of "was created / discovered / invented by" and of the active
"created / discovered / invented" (CHANGES.diff): "a creation / discovery / invention of X",
"X's creations / discoveries / inventions include Y", "Y is / was X's invention", "The discoveries of X
are / include Y", "X, whose discoveries include Y", "..., and her discoveries include Y", and the new
"a discovery by X" ("discovered" joined the made-thing verbs). Wrong makers from the near misses
on each graph (the improver, the patent holder, the namesake, the manufacturer, the founder, the
builder, the predictor, the namer, the recoverer, the isolator, the describer, the introducer,
the patron, the actor who played a character, the series' creator, the producer, the owner, a
museum that owns a garment, the restaurant that first served a dish, the populariser, the coach,
a scout), wrong directions, the noun of another verb or on the wrong kind of thing (a company "an
invention", a garden "a discovery", a planet "a creation"), lists with one wrong, "are" (all of
them) with one missing, "only", "first", "another", "also", "joint", counts, years, negation, tense,
coreference ("his / her" in the same sentence and in the next), "whose", "the latter", apposition
before and after the verb, user claims, and the event noun ("X's discovery of Y", "the discovery of
Y was made by X", "the site of the discovery of Y").

Graphs (see each builder's docstring): "inventions" (instruments, lamps, a burner, a loom, machines,
a code, cars, mascots: "invented" active, "was patented / improved / manufactured / designed / built
by", "is named after", mascots "created by" illustrators, "commissioned by", "the mascot of";
two "rival" pairs), "skies" (planets, moons, a comet, an asteroid, elements: "was discovered by",
"was discovered at", "predicted", "named by", "named after", "recovered", "isolated"; moons
"orbit" planets; astronomers' kin), "botany" (people only: "discovered" active next to "first
described" and "introduced", plants "named after" them, gardeners "created" gardens, a patron
"founded" one), "screen" (characters and series "created by" writers, "played by" actors, "owned
by" companies; films "produced / directed by"; actors "discovered by" scouts: two maker's verbs),
"atelier" (garments and perfumes "created by", perfumes "commissioned by", garments "owned by"
museums, dishes "invented by" chefs and "first served at" restaurants, "inspired by" pairs),
"moves" (sporting moves "invented / first performed / popularised by", "named after",
"developed from" one another; players "discovered by" scouts).

Findings: 32 of 351 false texts accepted, all new with the session (the code with CHANGES.diff
reversed accepts none of the 351). Controls: 73 of 96 accepted. OPEN: 22 texts (4 accepted, see
the comments). KNOWN: 5 texts accepted before the session too.
New with the session:
* the possessive event noun read backwards (15): "X's discovery of Y" says X discovered Y, but the
  new cue "discovery of" reads "X ['s] discovery of Y" as "X is a discovery of Y". So the graph's
  true "Billy Wilkerson's discovery of Lana Turner", "Jany van der Veen's discovery of Johan Cruyff",
  "Thomas Edison's invention of the phonograph", "Johann Galle's discovery of Neptune", "Arthur
  Conan Doyle's creation of Sherlock Holmes" are rejected (wrong_direction), and the reversed,
  false ones accepted: where both ends are people, an actor or a player discovering the scout who
  found them ("Lana Turner's discovery of Billy Wilkerson", "Marilyn Monroe's discovery of David
  Conover", "Steve McQueen's discovery of John Sturges", "Johan Cruyff's discovery of Jany van der
  Veen", "Antonin Panenka's discovery of Josef Vodicka", also after a clause: "Lana Turner was born
  in the United States, and her discovery of Billy Wilkerson", "Marilyn Monroe, born in the United
  States, and her discovery of David Conover", "Antonin Panenka represented Czechoslovakia, and his
  discovery of Josef Vodicka"); elsewhere a thing making its maker ("Neptune's discovery of Johann
  Galle", "The kinetoscope's invention of William Kennedy Dickson", "The Michelin Man's creation of
  O'Galop", "The handkerchief tree's discovery of Armand David", "Sherlock Holmes's creation of
  Arthur Conan Doyle", "Peach Melba's invention of Auguste Escoffier", "The Axel's invention of
  Axel Paulsen").
* an apposition "a / the discovery / invention / creation of X" (and the new "a discovery by X")
  after the clause's object is read of the clause's subject (17), though the object before it is
  of a kind that bears it (a planet, a lamp, a perfume, a garment, a vault, a jump): "Triton orbits
  Neptune, a discovery of William Lassell" (Neptune is Galle's), "Charon orbits Pluto, a discovery
  of James Christy", "Charon orbits Pluto, the discovery of James Christy", "Triton orbits Neptune,
  a discovery by William Lassell", "Io / Europa orbits Jupiter, a discovery of Galileo Galilei" (no
  one discovered Jupiter), "Neptune is orbited by Triton, a discovery of Johann Galle", "Pluto is
  orbited by Charon, a discovery of Clyde Tombaugh", "The Geordie lamp was a rival of the Davy lamp,
  an invention of George Stephenson", "The Davy lamp was a rival of the Geordie lamp, an invention
  of Humphry Davy", "The graphophone was a rival of the phonograph, an invention of Charles Sumner
  Tainter / Chichester Bell", "Shalimar was inspired by Jicky, a creation of Jacques Guerlain"
  (also with "also a creation of"), "Le Smoking was inspired by the Bar suit, a creation of Yves
  Saint Laurent", "The Yurchenko vault was developed from the Tsukahara, an invention of Natalia
  Yurchenko", "The Lutz was developed from the Salchow, an invention of Alois Lutz". The true texts
  ("Charon orbits Pluto, a discovery of Clyde Tombaugh", "... the Davy lamp, an invention of Humphry
  Davy", "... Jicky, a creation of Aime Guerlain") are rejected, and so is every user claim with
  such an apposition ("You loved the phonograph, an invention of Thomas Edison": read of "You").
  The same subject reading was there before the session for "an invention / a creation by X" and
  "the creation of X" (KNOWN); on "screen", where "a creation of" is an apposed noun phrase of the
  graph, the apposition is said of the name before it ("Sherlock Holmes appears in Sherlock, a
  creation of Arthur Conan Doyle": rejected, right).
Controls rejected (23): the 3 true appositions after the object above and 4 more ("Triton orbits
Neptune, a discovery of Johann Galle", "... the Tsukahara, an invention of Mitsuo Tsukahara", "...
the Salchow, an invention of Ulrich Salchow", "Le Smoking was inspired by the Bar suit, a creation
of Christian Dior"); the 4 user claims "You loved Y, an invention / a discovery of X"; the
possessive event nouns read backwards (5); "Y is X's N" with one maker on "inventions", "skies",
"screen" ("The Michelin Man is O'Galop's creation", "Charon is James Christy's discovery", "James
Bond is Ian Fleming's creation": unknown_words, where "Mexianthus is Ynes Mexia's discovery" and
"The Davy lamp was Humphry Davy's invention" read); an apposition "a discovery of X" after the
object of a clause whose subject is a person ("Benjamin Lincoln Robinson first described
Mexianthus, a discovery of Ynes Mexia", "Ernest Wilson introduced the handkerchief tree, a discovery
of Armand David": not_in_graph); "Her discoveries include" opening the next sentence; "has two
discoveries: A and B".
OPEN, accepted: dangling appositions after a museum or a restaurant ("The Bar suit is owned by the
Victoria and Albert Museum, a creation of Christian Dior", "Peach Melba was first served at the
Savoy Hotel, an invention of Auguste Escoffier"), "The Michelin Man is the mascot of Michelin, a
creation of O'Galop", "Radium is the discovery of Marie Curie and Pierre Curie" (the definite "the
discovery of" with two discoveries, where "Y is X's discovery" is read as the only one).
Held: wrong makers from every near miss (improver, patent holder, namesake, manufacturer, founder,
builder, predictor, namer, recoverer, isolator, describer, introducer, patron, kin, actor, series
creator, producer, owner, museum, restaurant, populariser, coach, scout), wrong directions, the
noun of the other verb ("discoveries" of an inventor, "a creation" of a discovered planet, "an
invention" of a scout's player, "a discovery" of a garden), "production" (no owner's noun),
lists with one wrong, "are" with one missing (incomplete_list), "only", "first", "another",
"also", "joint", counts, years ("(1787)", "an 1880 invention"), negation ("not", "never", "no",
"hardly", "don't include"), tense ("will be", "included"), "his / her" with a wrong antecedent,
"whose", "the latter", appositions before the verb, the event noun with "was made by" and "the site
of the discovery of", user claims.
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


RATED = R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), cues=("loved", "liked", "enjoyed", "rated"))


def inventions():
    """Instruments, lamps, a burner, a loom, machines, a code, cars and mascots (items dated by
    invention, launch or first use). Inventors "invented" them (the active phrase: its inverse is
    "was invented by"); they "were patented by" inventors (a near miss: Edison patented the
    kinetoscope Dickson invented, Morse the code Vail invented), "were improved by" others (Edison
    the telephone, Tainter the phonograph, Cammann the stethoscope), "were manufactured by"
    companies, "are named after" people; cars and the Difference Engine "were designed by" engineers
    or inventors, the engine "was built by" an engineer (Clement), cars "were built at" factories;
    mascots "were created by" illustrators, "were commissioned by" an industrialist and "are the
    mascot of" companies. People "founded" companies and "worked for" people or companies. The Geordie
    lamp "was a rival of" the Davy lamp, the graphophone of the phonograph (both ends items, each
    invented by someone else). Ana rated some."""
    dev = ("instrument", "code", "lamp", "burner", "loom", "machine")
    rels = [
        R("invented", phrase="invented", inverse_phrase="was invented by", domain=("inventor",), range=dev),
        R("patented", phrase="was patented by", inverse_phrase="patented", domain=dev, range=("inventor",)),
        R("improved", phrase="was improved by", inverse_phrase="improved", domain=dev, range=("inventor",)),
        R("manufactured", phrase="was manufactured by", inverse_phrase="manufactured", domain=(*dev, "car"),
          range=("company",)),
        R("designed", phrase="was designed by", inverse_phrase="designed", domain=("car", "machine"),
          range=("engineer", "inventor")),
        R("builtby", phrase="was built by", inverse_phrase="built", domain=("machine",), range=("engineer",)),
        R("builtat", phrase="was built at", inverse_phrase="was the factory of", domain=("car",), range=("factory",)),
        R("named", phrase="is named after", inverse_phrase="is the namesake of", domain=dev, range=("inventor",)),
        R("created", phrase="was created by", inverse_phrase="created", domain=("mascot",), range=("illustrator",)),
        R("commissioned", phrase="was commissioned by", inverse_phrase="commissioned", domain=("mascot",),
          range=("industrialist",)),
        R("mascot", phrase="is the mascot of", inverse_phrase="has as its mascot", domain=("mascot",), range=("company",)),
        R("founded", phrase="founded", inverse_phrase="was founded by", domain=("inventor", "industrialist"),
          range=("company",)),
        R("worked", phrase="worked for", inverse_phrase="employed", domain=("inventor", "engineer"),
          range=("inventor", "company")),
        R("rival", phrase="was a rival of", inverse_phrase="was a rival of", domain=dev, range=dev),
        RATED,
    ]
    items = {"v:phonograph": ("instrument", "the phonograph", 1877), "v:telephone": ("instrument", "the telephone", 1876),
             "v:photophone": ("instrument", "the photophone", 1880), "v:kinetoscope": ("instrument", "the kinetoscope", 1891),
             "v:theremin": ("instrument", "the theremin", 1920), "v:saxophone": ("instrument", "the saxophone", 1846),
             "v:stethoscope": ("instrument", "the stethoscope", 1816), "v:graphophone": ("instrument", "the graphophone", 1886),
             "v:morse": ("code", "Morse code", 1837), "v:davy": ("lamp", "the Davy lamp", 1815),
             "v:geordie": ("lamp", "the Geordie lamp", 1815), "v:bunsen": ("burner", "the Bunsen burner", 1855),
             "v:jacquard": ("loom", "the Jacquard loom", 1804), "v:jenny": ("machine", "the Spinning Jenny", 1764),
             "v:engine": ("machine", "the Difference Engine", 1822),
             "c:modelt": ("car", "the Model T", 1908), "c:mini": ("car", "the Mini", 1959),
             "m:michelin": ("mascot", "the Michelin Man", 1898), "m:peanut": ("mascot", "Mr. Peanut", 1916)}
    others = {"p:edison": ("inventor", "Thomas Edison"), "p:bell": ("inventor", "Alexander Graham Bell"),
              "p:cbell": ("inventor", "Chichester Bell"), "p:tainter": ("inventor", "Charles Sumner Tainter"),
              "p:dickson": ("inventor", "William Kennedy Dickson"), "p:theremin": ("inventor", "Leon Theremin"),
              "p:sax": ("inventor", "Adolphe Sax"), "p:laennec": ("inventor", "Rene Laennec"),
              "p:cammann": ("inventor", "George Cammann"), "p:morse": ("inventor", "Samuel Morse"),
              "p:vail": ("inventor", "Alfred Vail"), "p:davy": ("inventor", "Humphry Davy"),
              "p:stephenson": ("inventor", "George Stephenson"), "p:bunsen": ("inventor", "Robert Bunsen"),
              "p:desaga": ("inventor", "Peter Desaga"), "p:jacquard": ("inventor", "Joseph Marie Jacquard"),
              "p:hargreaves": ("inventor", "James Hargreaves"), "p:babbage": ("inventor", "Charles Babbage"),
              "e:galamb": ("engineer", "Joseph Galamb"), "e:issigonis": ("engineer", "Alec Issigonis"),
              "e:clement": ("engineer", "Joseph Clement"),
              "i:ogalop": ("illustrator", "O'Galop"), "i:gentile": ("illustrator", "Antonio Gentile"),
              "n:ford": ("industrialist", "Henry Ford"), "n:michelin": ("industrialist", "Andre Michelin"),
              "n:selmer": ("industrialist", "Henri Selmer"),
              "k:npc": ("company", "the National Phonograph Company"), "k:bell": ("company", "the Bell Telephone Company"),
              "k:rca": ("company", "RCA"), "k:selmer": ("company", "Selmer Paris"),
              "k:columbia": ("company", "the Columbia Phonograph Company"),
              "k:ford": ("company", "the Ford Motor Company"), "k:bmc": ("company", "the British Motor Corporation"),
              "k:michelin": ("company", "Michelin"), "k:planters": ("company", "Planters"),
              "f:highland": ("factory", "the Highland Park Ford Plant"), "f:longbridge": ("factory", "the Longbridge plant")}
    T = _t("invented", [("p:edison", "v:phonograph"), ("p:bell", "v:telephone"), ("p:bell", "v:photophone"),
                        ("p:tainter", "v:photophone"), ("p:dickson", "v:kinetoscope"), ("p:theremin", "v:theremin"),
                        ("p:sax", "v:saxophone"), ("p:laennec", "v:stethoscope"), ("p:tainter", "v:graphophone"),
                        ("p:cbell", "v:graphophone"), ("p:vail", "v:morse"), ("p:davy", "v:davy"),
                        ("p:stephenson", "v:geordie"), ("p:bunsen", "v:bunsen"), ("p:desaga", "v:bunsen"),
                        ("p:jacquard", "v:jacquard"), ("p:hargreaves", "v:jenny"), ("p:babbage", "v:engine")])
    T += _t("patented", [("v:telephone", "p:bell"), ("v:kinetoscope", "p:edison"), ("v:phonograph", "p:edison"),
                         ("v:theremin", "p:theremin"), ("v:saxophone", "p:sax"), ("v:morse", "p:morse"),
                         ("v:graphophone", "p:tainter"), ("v:jenny", "p:hargreaves")])
    T += _t("improved", [("v:telephone", "p:edison"), ("v:phonograph", "p:tainter"), ("v:stethoscope", "p:cammann")])
    T += _t("manufactured", [("v:theremin", "k:rca"), ("v:saxophone", "k:selmer"), ("v:telephone", "k:bell"),
                             ("v:phonograph", "k:npc"), ("v:graphophone", "k:columbia"), ("c:modelt", "k:ford"),
                             ("c:mini", "k:bmc")])
    T += _t("designed", [("c:modelt", "e:galamb"), ("c:mini", "e:issigonis"), ("v:engine", "p:babbage")])
    T += _t("builtby", [("v:engine", "e:clement")])
    T += _t("rival", [("v:geordie", "v:davy"), ("v:graphophone", "v:phonograph")])
    T += _t("builtat", [("c:modelt", "f:highland"), ("c:mini", "f:longbridge")])
    T += _t("named", [("v:morse", "p:morse"), ("v:theremin", "p:theremin"), ("v:saxophone", "p:sax"), ("v:davy", "p:davy"),
                      ("v:bunsen", "p:bunsen"), ("v:jacquard", "p:jacquard")])
    T += _t("created", [("m:michelin", "i:ogalop"), ("m:peanut", "i:gentile")])
    T += _t("commissioned", [("m:michelin", "n:michelin")])
    T += _t("mascot", [("m:michelin", "k:michelin"), ("m:peanut", "k:planters")])
    T += _t("founded", [("p:edison", "k:npc"), ("p:bell", "k:bell"), ("n:ford", "k:ford"), ("n:michelin", "k:michelin"),
                        ("n:selmer", "k:selmer")])
    T += _t("worked", [("p:dickson", "p:edison"), ("p:tainter", "p:bell"), ("e:galamb", "k:ford"), ("e:issigonis", "k:bmc"),
                       ("p:desaga", "p:bunsen"), ("e:clement", "p:babbage")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("v:phonograph", 5.0), ("c:mini", 4.5), ("v:engine", 2.0))]
    return _build(items, others, rels, T)


def skies():
    """Planets, moons, a comet, an asteroid and chemical elements (items dated by discovery; Halley's
    Comet by its predicted return). Bodies and elements "were discovered by" astronomers or chemists
    (one relation), "were discovered at" observatories or towns, "were predicted by" others (Neptune by
    Le Verrier and Adams, Pluto by Lowell, Halley's Comet by Halley, who discovered nothing), "were
    named by" others (Uranus by Bode, Pluto by Venetia Burney, oxygen by Lavoisier), "are named
    after" people (Halley's Comet, the comet 35P/Herschel-Rigollet), "were recovered by" others
    (Ceres by von Zach, 719 Albert by Gareth Williams, 35P by Roger Rigollet: a near miss that
    shares the verb's sense), elements "were isolated by" chemists. People "were born in"
    countries, "were married to" / "were the sister / son of" others, "were director of"
    observatories. Moons "orbit" planets (Jupiter among them, typed "planet" but no item: no one
    discovered it), so an apposition after the planet is said of another discovered body than the
    subject's. Ana rated some."""
    bodies = ("planet", "moon", "dwarf_planet", "comet", "asteroid", "element")
    people = ("astronomer", "chemist", "schoolgirl")
    rels = [
        R("discovered", phrase="was discovered by", inverse_phrase="discovered", domain=bodies, range=("astronomer", "chemist")),
        R("at", phrase="was discovered at", inverse_phrase="was the site of the discovery of", domain=bodies,
          range=("observatory", "town")),
        R("predicted", phrase="was predicted by", inverse_phrase="predicted", domain=bodies, range=("astronomer",)),
        R("namedby", phrase="was named by", inverse_phrase="named", domain=bodies, range=people),
        R("namedafter", phrase="is named after", inverse_phrase="is the namesake of", domain=bodies, range=people),
        R("recovered", phrase="was recovered by", inverse_phrase="recovered", domain=bodies, range=("astronomer",)),
        R("isolated", phrase="was isolated by", inverse_phrase="isolated", domain=("element",), range=("chemist",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=people, range=("country",)),
        R("married", phrase="was married to", inverse_phrase="was married to", domain=people, range=people),
        R("sister", phrase="was the sister of", inverse_phrase="was the brother of", domain=people, range=people),
        R("son", phrase="was the son of", inverse_phrase="was the father of", domain=people, range=people),
        R("director", phrase="was director of", inverse_phrase="was directed by", domain=people, range=("observatory",)),
        R("orbits", phrase="orbits", inverse_phrase="is orbited by", domain=("moon",), range=("planet", "dwarf_planet")),
        RATED,
    ]
    items = {"b:uranus": ("planet", "Uranus", 1781), "b:neptune": ("planet", "Neptune", 1846),
             "b:pluto": ("dwarf_planet", "Pluto", 1930), "b:ceres": ("dwarf_planet", "Ceres", 1801),
             "b:titania": ("moon", "Titania", 1787), "b:oberon": ("moon", "Oberon", 1787), "b:triton": ("moon", "Triton", 1846),
             "b:charon": ("moon", "Charon", 1978), "b:io": ("moon", "Io", 1610), "b:europa": ("moon", "Europa", 1610),
             "b:halley": ("comet", "Halley's Comet", 1758), "b:35p": ("comet", "35P/Herschel-Rigollet", 1788),
             "b:albert": ("asteroid", "719 Albert", 1911),
             "e:helium": ("element", "helium", 1868), "e:polonium": ("element", "polonium", 1898),
             "e:radium": ("element", "radium", 1898), "e:oxygen": ("element", "oxygen", 1774),
             "e:hydrogen": ("element", "hydrogen", 1766)}
    others = {"a:wherschel": ("astronomer", "William Herschel"), "a:cherschel": ("astronomer", "Caroline Herschel"),
              "a:jherschel": ("astronomer", "John Herschel"), "a:galle": ("astronomer", "Johann Galle"),
              "a:leverrier": ("astronomer", "Urbain Le Verrier"), "a:adams": ("astronomer", "John Couch Adams"),
              "a:tombaugh": ("astronomer", "Clyde Tombaugh"), "a:lowell": ("astronomer", "Percival Lowell"),
              "a:piazzi": ("astronomer", "Giuseppe Piazzi"), "a:zach": ("astronomer", "Franz Xaver von Zach"),
              "a:lassell": ("astronomer", "William Lassell"), "a:christy": ("astronomer", "James Christy"),
              "a:galileo": ("astronomer", "Galileo Galilei"), "a:marius": ("astronomer", "Simon Marius"),
              "a:halley": ("astronomer", "Edmond Halley"), "a:palisa": ("astronomer", "Johann Palisa"),
              "a:williams": ("astronomer", "Gareth Williams"), "a:rigollet": ("astronomer", "Roger Rigollet"),
              "a:bode": ("astronomer", "Johann Bode"), "a:flammarion": ("astronomer", "Camille Flammarion"),
              "a:janssen": ("astronomer", "Pierre Janssen"), "a:lockyer": ("astronomer", "Norman Lockyer"),
              "s:burney": ("schoolgirl", "Venetia Burney"),
              "h:mcurie": ("chemist", "Marie Curie"), "h:pcurie": ("chemist", "Pierre Curie"),
              "h:priestley": ("chemist", "Joseph Priestley"), "h:scheele": ("chemist", "Carl Wilhelm Scheele"),
              "h:lavoisier": ("chemist", "Antoine Lavoisier"), "h:cavendish": ("chemist", "Henry Cavendish"),
              "h:ramsay": ("chemist", "William Ramsay"), "h:debierne": ("chemist", "Andre-Louis Debierne"),
              "o:berlin": ("observatory", "the Berlin Observatory"), "o:lowell": ("observatory", "Lowell Observatory"),
              "o:palermo": ("observatory", "the Palermo Observatory"), "o:vienna": ("observatory", "the Vienna Observatory"),
              "o:usno": ("observatory", "the United States Naval Observatory"), "o:paris": ("observatory", "the Paris Observatory"),
              "o:meudon": ("observatory", "the Meudon Observatory"), "o:slough": ("town", "Slough"), "o:bath": ("town", "Bath"),
              "o:padua": ("town", "Padua"), "b:jupiter": ("planet", "Jupiter"),
              "c:germany": ("country", "Germany"), "c:poland": ("country", "Poland"), "c:france": ("country", "France"),
              "c:england": ("country", "England"), "c:italy": ("country", "Italy"), "c:usa": ("country", "the United States"),
              "c:sweden": ("country", "Sweden")}
    T = _t("discovered", [("b:uranus", "a:wherschel"), ("b:titania", "a:wherschel"), ("b:oberon", "a:wherschel"),
                          ("b:neptune", "a:galle"), ("b:pluto", "a:tombaugh"), ("b:ceres", "a:piazzi"), ("b:triton", "a:lassell"),
                          ("b:charon", "a:christy"), ("b:io", "a:galileo"), ("b:europa", "a:galileo"), ("b:35p", "a:cherschel"),
                          ("b:albert", "a:palisa"), ("e:helium", "a:janssen"), ("e:helium", "a:lockyer"),
                          ("e:polonium", "h:mcurie"), ("e:polonium", "h:pcurie"), ("e:radium", "h:mcurie"),
                          ("e:radium", "h:pcurie"), ("e:oxygen", "h:priestley"), ("e:oxygen", "h:scheele"),
                          ("e:hydrogen", "h:cavendish")])
    T += _t("at", [("b:uranus", "o:bath"), ("b:titania", "o:slough"), ("b:oberon", "o:slough"), ("b:neptune", "o:berlin"),
                   ("b:pluto", "o:lowell"), ("b:ceres", "o:palermo"), ("b:charon", "o:usno"), ("b:io", "o:padua"),
                   ("b:europa", "o:padua"), ("b:albert", "o:vienna"), ("b:35p", "o:slough")])
    T += _t("predicted", [("b:neptune", "a:leverrier"), ("b:neptune", "a:adams"), ("b:pluto", "a:lowell"),
                          ("b:halley", "a:halley")])
    T += _t("namedby", [("b:uranus", "a:bode"), ("b:titania", "a:jherschel"), ("b:oberon", "a:jherschel"),
                        ("b:triton", "a:flammarion"), ("b:pluto", "s:burney"), ("b:io", "a:marius"), ("b:europa", "a:marius"),
                        ("e:oxygen", "h:lavoisier"), ("e:hydrogen", "h:lavoisier"), ("e:polonium", "h:mcurie"),
                        ("e:helium", "a:lockyer")])
    T += _t("namedafter", [("b:halley", "a:halley"), ("b:35p", "a:cherschel"), ("b:35p", "a:rigollet")])
    T += _t("recovered", [("b:ceres", "a:zach"), ("b:albert", "a:williams"), ("b:35p", "a:rigollet")])
    T += _t("isolated", [("e:radium", "h:mcurie"), ("e:radium", "h:debierne"), ("e:helium", "h:ramsay")])
    T += _t("born", [("a:wherschel", "c:germany"), ("a:cherschel", "c:germany"), ("a:jherschel", "c:england"),
                     ("a:galle", "c:germany"), ("a:leverrier", "c:france"), ("a:tombaugh", "c:usa"), ("a:piazzi", "c:italy"),
                     ("h:mcurie", "c:poland"), ("h:pcurie", "c:france"), ("h:priestley", "c:england"),
                     ("h:scheele", "c:sweden"), ("a:halley", "c:england"), ("a:lassell", "c:england")])
    T += _t("orbits", [("b:titania", "b:uranus"), ("b:oberon", "b:uranus"), ("b:triton", "b:neptune"), ("b:charon", "b:pluto"),
                       ("b:io", "b:jupiter"), ("b:europa", "b:jupiter")])
    T += _t("married", [("h:mcurie", "h:pcurie")])
    T += _t("sister", [("a:cherschel", "a:wherschel")])
    T += _t("son", [("a:jherschel", "a:wherschel")])
    T += _t("director", [("a:leverrier", "o:paris"), ("a:janssen", "o:meudon"), ("a:piazzi", "o:palermo"),
                         ("a:palisa", "o:vienna"), ("a:lowell", "o:lowell")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("b:pluto", 5.0), ("e:radium", 4.5), ("b:io", 2.0))]
    return _build(items, others, rels, T)


def botany():
    """Botanists, plant hunters and garden makers, the only items (a graph of people, dated by
    birth). They "discovered" plants (the active phrase; its inverse "was discovered by"), "first
    described" plants (a near miss: Baillon described the handkerchief tree David discovered),
    "introduced" plants to cultivation (another near miss: Wilson, Kingdon-Ward, Douglas), plants "are
    named after" people (Queen Victoria, typed "monarch", among them); gardeners "created" gardens
    ("garden"); people "founded" gardens and a company (Bulley: Ness, Bees), "were director of"
    botanic gardens, "were the son of" others (the Hookers), "collected for" nurseries or patrons,
    "studied at" universities, "were born in" countries. Ana rated some."""
    people = ("botanist", "plant_hunter", "garden_designer", "patron")
    rels = [
        R("discovered", phrase="discovered", inverse_phrase="was discovered by", domain=people, range=("plant",)),
        R("described", phrase="first described", inverse_phrase="was first described by", domain=people, range=("plant",)),
        R("introduced", phrase="introduced", inverse_phrase="was introduced by", domain=people, range=("plant",)),
        R("named", phrase="is named after", inverse_phrase="is the namesake of", domain=("plant",),
          range=(*people, "monarch")),
        R("created", phrase="created", inverse_phrase="was created by", domain=people, range=("garden",)),
        R("founded", phrase="founded", inverse_phrase="was founded by", domain=people, range=("garden", "company")),
        R("director", phrase="was director of", inverse_phrase="was directed by", domain=people, range=("garden",)),
        R("son", phrase="was the son of", inverse_phrase="was the father of", domain=people, range=people),
        R("collected", phrase="collected for", inverse_phrase="sponsored", domain=people, range=("company", "patron")),
        R("studied", phrase="studied at", inverse_phrase="was attended by", domain=people, range=("university",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=people, range=("country",)),
        RATED,
    ]
    items = {"p:jhooker": ("botanist", "Joseph Hooker", 1817), "p:whooker": ("botanist", "William Hooker", 1785),
             "p:wilson": ("plant_hunter", "Ernest Wilson", 1876), "p:david": ("plant_hunter", "Armand David", 1826),
             "p:welwitsch": ("botanist", "Friedrich Welwitsch", 1806), "p:mexia": ("plant_hunter", "Ynes Mexia", 1870),
             "p:lindley": ("botanist", "John Lindley", 1799), "p:delavay": ("plant_hunter", "Jean Marie Delavay", 1834),
             "p:franchet": ("botanist", "Adrien Franchet", 1834), "p:kingdonward": ("plant_hunter", "Frank Kingdon-Ward", 1885),
             "p:baillon": ("botanist", "Henri Baillon", 1827), "p:haenke": ("plant_hunter", "Thaddaeus Haenke", 1761),
             "p:jekyll": ("garden_designer", "Gertrude Jekyll", 1843), "p:willmott": ("garden_designer", "Ellen Willmott", 1858),
             "p:robinson": ("garden_designer", "William Robinson", 1838), "p:douglas": ("plant_hunter", "David Douglas", 1799),
             "p:menzies": ("botanist", "Archibald Menzies", 1754), "p:forrest": ("plant_hunter", "George Forrest", 1873),
             "p:balfour": ("botanist", "Isaac Bayley Balfour", 1853), "p:brobinson": ("botanist", "Benjamin Lincoln Robinson", 1864),
             "p:bulley": ("patron", "Arthur Bulley", 1861)}
    others = {"l:davidia": ("plant", "the handkerchief tree"), "l:regale": ("plant", "the regal lily"),
              "l:poppy": ("plant", "the Himalayan blue poppy"), "l:victoria": ("plant", "Victoria amazonica"),
              "l:welwitschia": ("plant", "Welwitschia"), "l:fir": ("plant", "the Douglas fir"),
              "l:griersonianum": ("plant", "Rhododendron griersonianum"), "l:forrestii": ("plant", "Primula forrestii"),
              "l:spruce": ("plant", "the Sitka spruce"), "l:mexianthus": ("plant", "Mexianthus"),
              "q:victoria": ("monarch", "Queen Victoria"),
              "g:munstead": ("garden", "Munstead Wood"), "g:warley": ("garden", "Warley Place"),
              "g:gravetye": ("garden", "Gravetye Manor"), "g:ness": ("garden", "Ness Botanic Gardens"),
              "g:kew": ("garden", "Kew Gardens"), "g:edinburgh": ("garden", "the Royal Botanic Garden Edinburgh"),
              "k:veitch": ("company", "Veitch Nurseries"), "k:bees": ("company", "Bees Ltd"),
              "k:hort": ("company", "the Horticultural Society"),
              "u:glasgow": ("university", "the University of Glasgow"), "u:harvard": ("university", "Harvard University"),
              "u:edinburgh": ("university", "the University of Edinburgh"), "u:berkeley": ("university", "the University of California, Berkeley"),
              "c:england": ("country", "England"), "c:scotland": ("country", "Scotland"), "c:france": ("country", "France"),
              "c:austria": ("country", "Austria"), "c:usa": ("country", "the United States"), "c:bohemia": ("country", "Bohemia")}
    T = _t("discovered", [("p:david", "l:davidia"), ("p:wilson", "l:regale"), ("p:delavay", "l:poppy"),
                          ("p:haenke", "l:victoria"), ("p:welwitsch", "l:welwitschia"), ("p:menzies", "l:fir"),
                          ("p:menzies", "l:spruce"), ("p:forrest", "l:griersonianum"), ("p:forrest", "l:forrestii"),
                          ("p:mexia", "l:mexianthus")])
    T += _t("described", [("p:baillon", "l:davidia"), ("p:wilson", "l:regale"), ("p:franchet", "l:poppy"),
                          ("p:lindley", "l:victoria"), ("p:jhooker", "l:welwitschia"), ("p:balfour", "l:griersonianum"),
                          ("p:balfour", "l:forrestii"), ("p:brobinson", "l:mexianthus")])
    T += _t("introduced", [("p:wilson", "l:davidia"), ("p:wilson", "l:regale"), ("p:kingdonward", "l:poppy"),
                           ("p:douglas", "l:fir"), ("p:douglas", "l:spruce"), ("p:forrest", "l:griersonianum")])
    T += _t("named", [("l:davidia", "p:david"), ("l:fir", "p:douglas"), ("l:welwitschia", "p:welwitsch"),
                      ("l:forrestii", "p:forrest"), ("l:mexianthus", "p:mexia"), ("l:victoria", "q:victoria")])
    T += _t("created", [("p:jekyll", "g:munstead"), ("p:willmott", "g:warley"), ("p:robinson", "g:gravetye")])
    T += _t("founded", [("p:bulley", "g:ness"), ("p:bulley", "k:bees")])
    T += _t("director", [("p:whooker", "g:kew"), ("p:jhooker", "g:kew"), ("p:balfour", "g:edinburgh")])
    T += _t("son", [("p:jhooker", "p:whooker")])
    T += _t("collected", [("p:wilson", "k:veitch"), ("p:forrest", "p:bulley"), ("p:kingdonward", "p:bulley"),
                          ("p:douglas", "k:hort")])
    T += _t("studied", [("p:jhooker", "u:glasgow"), ("p:mexia", "u:berkeley"), ("p:brobinson", "u:harvard"),
                        ("p:balfour", "u:edinburgh"), ("p:forrest", "u:edinburgh")])
    T += _t("born", [("p:jhooker", "c:england"), ("p:whooker", "c:england"), ("p:wilson", "c:england"),
                     ("p:david", "c:france"), ("p:welwitsch", "c:austria"), ("p:mexia", "c:usa"), ("p:delavay", "c:france"),
                     ("p:franchet", "c:france"), ("p:douglas", "c:scotland"), ("p:menzies", "c:scotland"),
                     ("p:forrest", "c:scotland"), ("p:haenke", "c:bohemia"), ("p:jekyll", "c:england")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("p:wilson", 5.0), ("p:jekyll", 4.5), ("p:lindley", 2.0))]
    return _build(items, others, rels, T)


def screen():
    """Characters, series and films (items dated by first appearance or release). Characters and
    series "were created by" writers or artists (one relation); characters "were played by" actors,
    "appear in" films and series, "are owned by" companies (Mickey Mouse by the Walt Disney Company,
    James Bond by Danjaq: owners, not makers); films and series "were produced by" producers or
    companies (a maker's verb whose noun is no owner's: "a production by"), "were directed by"
    directors. Actors "were discovered by" talent scouts or photographers (a second maker's verb,
    people found); writers "were born in" countries. Ana rated some."""
    works = ("film", "tv_series")
    rels = [
        R("created", phrase="was created by", inverse_phrase="created", domain=("character", "tv_series"),
          range=("writer", "animator")),
        R("played", phrase="was played by", inverse_phrase="played", domain=("character",), range=("actor",)),
        R("appears", phrase="appears in", inverse_phrase="features", domain=("character",), range=works),
        R("owned", phrase="is owned by", inverse_phrase="owns", domain=("character",), range=("company",)),
        R("produced", phrase="was produced by", inverse_phrase="produced", domain=works, range=("producer", "company", "animator")),
        R("directed", phrase="was directed by", inverse_phrase="directed", domain=works, range=("director", "animator")),
        R("discovered", phrase="was discovered by", inverse_phrase="discovered", domain=("actor",),
          range=("talent_scout", "photographer", "director")),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("writer", "actor", "animator"),
          range=("country",)),
        RATED,
    ]
    items = {"h:holmes": ("character", "Sherlock Holmes", 1887), "h:watson": ("character", "Doctor Watson", 1887),
             "h:bond": ("character", "James Bond", 1953), "h:mickey": ("character", "Mickey Mouse", 1928),
             "h:poirot": ("character", "Hercule Poirot", 1920), "h:marple": ("character", "Miss Marple", 1927),
             "s:sherlock": ("tv_series", "Sherlock", 2010), "s:who": ("tv_series", "Doctor Who", 1963),
             "f:drno": ("film", "Dr. No", 1962), "f:steamboat": ("film", "Steamboat Willie", 1928),
             "f:orient": ("film", "Murder on the Orient Express", 1974), "f:goldfinger": ("film", "Goldfinger", 1964)}
    others = {"w:doyle": ("writer", "Arthur Conan Doyle"), "w:fleming": ("writer", "Ian Fleming"),
              "w:christie": ("writer", "Agatha Christie"), "w:moffat": ("writer", "Steven Moffat"),
              "w:gatiss": ("writer", "Mark Gatiss"), "w:newman": ("writer", "Sydney Newman"),
              "n:disney": ("animator", "Walt Disney"), "n:iwerks": ("animator", "Ub Iwerks"),
              "a:rathbone": ("actor", "Basil Rathbone"), "a:cumberbatch": ("actor", "Benedict Cumberbatch"),
              "a:freeman": ("actor", "Martin Freeman"), "a:connery": ("actor", "Sean Connery"),
              "a:craig": ("actor", "Daniel Craig"), "a:suchet": ("actor", "David Suchet"), "a:finney": ("actor", "Albert Finney"),
              "a:rutherford": ("actor", "Margaret Rutherford"), "a:turner": ("actor", "Lana Turner"),
              "a:monroe": ("actor", "Marilyn Monroe"), "a:mcqueen": ("actor", "Steve McQueen"),
              "t:wilkerson": ("talent_scout", "Billy Wilkerson"), "t:conover": ("photographer", "David Conover"),
              "d:young": ("director", "Terence Young"), "d:lumet": ("director", "Sidney Lumet"),
              "d:hamilton": ("director", "Guy Hamilton"), "d:sturges": ("director", "John Sturges"),
              "r:broccoli": ("producer", "Albert R. Broccoli"), "r:saltzman": ("producer", "Harry Saltzman"),
              "r:brabourne": ("producer", "John Brabourne"), "r:vertue": ("producer", "Sue Vertue"),
              "r:lambert": ("producer", "Verity Lambert"),
              "k:disney": ("company", "the Walt Disney Company"), "k:danjaq": ("company", "Danjaq"),
              "k:eon": ("company", "Eon Productions"), "k:hartswood": ("company", "Hartswood Films"),
              "k:bbc": ("company", "the BBC"), "k:acorn": ("company", "Agatha Christie Limited"),
              "c:scotland": ("country", "Scotland"), "c:england": ("country", "England"), "c:usa": ("country", "the United States")}
    T = _t("created", [("h:holmes", "w:doyle"), ("h:watson", "w:doyle"), ("h:bond", "w:fleming"), ("h:mickey", "n:disney"),
                       ("h:mickey", "n:iwerks"), ("h:poirot", "w:christie"), ("h:marple", "w:christie"),
                       ("s:sherlock", "w:moffat"), ("s:sherlock", "w:gatiss"), ("s:who", "w:newman")])
    T += _t("played", [("h:holmes", "a:rathbone"), ("h:holmes", "a:cumberbatch"), ("h:watson", "a:freeman"),
                       ("h:bond", "a:connery"), ("h:bond", "a:craig"), ("h:poirot", "a:suchet"), ("h:poirot", "a:finney"),
                       ("h:marple", "a:rutherford")])
    T += _t("appears", [("h:holmes", "s:sherlock"), ("h:watson", "s:sherlock"), ("h:bond", "f:drno"), ("h:bond", "f:goldfinger"),
                        ("h:mickey", "f:steamboat"), ("h:poirot", "f:orient")])
    T += _t("owned", [("h:mickey", "k:disney"), ("h:bond", "k:danjaq"), ("h:poirot", "k:acorn"), ("h:marple", "k:acorn")])
    T += _t("produced", [("f:drno", "r:broccoli"), ("f:drno", "r:saltzman"), ("f:drno", "k:eon"), ("f:goldfinger", "k:eon"),
                         ("f:steamboat", "n:disney"), ("f:orient", "r:brabourne"), ("s:sherlock", "k:hartswood"),
                         ("s:sherlock", "r:vertue"), ("s:who", "r:lambert"), ("s:who", "k:bbc")])
    T += _t("directed", [("f:drno", "d:young"), ("f:goldfinger", "d:hamilton"), ("f:steamboat", "n:disney"),
                         ("f:steamboat", "n:iwerks"), ("f:orient", "d:lumet")])
    T += _t("discovered", [("a:turner", "t:wilkerson"), ("a:monroe", "t:conover"), ("a:mcqueen", "d:sturges")])
    T += _t("born", [("w:doyle", "c:scotland"), ("w:fleming", "c:england"), ("w:christie", "c:england"),
                     ("a:connery", "c:scotland"), ("a:turner", "c:usa"), ("a:monroe", "c:usa"), ("n:disney", "c:usa"),
                     ("w:moffat", "c:scotland"), ("a:cumberbatch", "c:england")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("h:holmes", 5.0), ("f:drno", 4.5), ("s:who", 2.0))]
    return _build(items, others, rels, T)


def atelier():
    """Garments, perfumes and dishes (items dated by creation). Garments and perfumes "were created
    by" couturiers or perfumers (one relation), perfumes "were commissioned by" couturiers (not
    created: Coco Chanel, Yves Saint Laurent, Jean Patou), garments "are owned by" museums (the
    museum's, not its creation), "were worn by" people, the Lobster Dress "was decorated by" Dali
    (a painter's part); dishes "were invented by" chefs (the passive phrase), "were popularised by"
    people, "are named after" people, "were first served at" restaurants. Chefs "were head chef
    of" restaurants, couturiers and a chef "founded" houses or a restaurant. Perfumes and garments
    "were inspired by" others (Shalimar by Jicky, created by Aime Guerlain; Le Smoking by the Bar
    suit; the Skeleton Dress by the Lobster Dress, both Schiaparelli's). Ana rated some."""
    rels = [
        R("created", phrase="was created by", inverse_phrase="created", domain=("garment", "perfume"),
          range=("couturier", "perfumer")),
        R("commissioned", phrase="was commissioned by", inverse_phrase="commissioned", domain=("perfume",),
          range=("couturier",)),
        R("owned", phrase="is owned by", inverse_phrase="owns", domain=("garment",), range=("museum",)),
        R("inspired", phrase="was inspired by", inverse_phrase="inspired", domain=("perfume", "garment"),
          range=("perfume", "garment")),
        R("worn", phrase="was worn by", inverse_phrase="wore", domain=("garment",), range=("actress", "dancer", "socialite")),
        R("decorated", phrase="was decorated by", inverse_phrase="decorated", domain=("garment",), range=("painter",)),
        R("popularised", phrase="was popularised by", inverse_phrase="popularised", domain=("dish",),
          range=("actress", "dancer", "singer", "chef")),
        R("invented", phrase="was invented by", inverse_phrase="invented", domain=("dish",), range=("chef",)),
        R("named", phrase="is named after", inverse_phrase="is the namesake of", domain=("dish", "garment"),
          range=("actress", "dancer", "singer", "chef", "painter")),
        R("served", phrase="was first served at", inverse_phrase="first served", domain=("dish",), range=("restaurant",)),
        R("headchef", phrase="was head chef of", inverse_phrase="had as head chef", domain=("chef",), range=("restaurant",)),
        R("founded", phrase="founded", inverse_phrase="was founded by", domain=("couturier", "perfumer", "chef"),
          range=("fashion_house", "restaurant")),
        RATED,
    ]
    items = {"g:delphos": ("garment", "the Delphos gown", 1907), "g:bar": ("garment", "the Bar suit", 1947),
             "g:lobster": ("garment", "the Lobster Dress", 1937), "g:skeleton": ("garment", "the Skeleton Dress", 1938),
             "g:mondrian": ("garment", "the Mondrian dress", 1965), "g:smoking": ("garment", "Le Smoking", 1966),
             "p:no5": ("perfume", "Chanel No. 5", 1921), "p:shalimar": ("perfume", "Shalimar", 1925),
             "p:opium": ("perfume", "Opium", 1977), "p:joy": ("perfume", "Joy", 1930), "p:jicky": ("perfume", "Jicky", 1889),
             "d:melba": ("dish", "Peach Melba", 1892), "d:suzette": ("dish", "Crepes Suzette", 1895),
             "d:caesar": ("dish", "Caesar salad", 1924), "d:pavlova": ("dish", "Pavlova", 1926),
             "d:waldorf": ("dish", "Waldorf salad", 1896)}
    others = {"x:fortuny": ("couturier", "Mariano Fortuny"), "x:dior": ("couturier", "Christian Dior"),
              "x:chanel": ("couturier", "Coco Chanel"), "x:schiaparelli": ("couturier", "Elsa Schiaparelli"),
              "x:ysl": ("couturier", "Yves Saint Laurent"), "x:patou": ("couturier", "Jean Patou"),
              "z:beaux": ("perfumer", "Ernest Beaux"), "z:guerlain": ("perfumer", "Jacques Guerlain"),
              "z:sieuzac": ("perfumer", "Jean-Louis Sieuzac"), "z:almeras": ("perfumer", "Henri Almeras"),
              "z:aguerlain": ("perfumer", "Aime Guerlain"),
              "y:dali": ("painter", "Salvador Dali"), "y:mondrian": ("painter", "Piet Mondrian"),
              "m:va": ("museum", "the Victoria and Albert Museum"), "m:met": ("museum", "the Metropolitan Museum of Art"),
              "m:phila": ("museum", "the Philadelphia Museum of Art"),
              "s:simpson": ("socialite", "Wallis Simpson"), "s:pavlova": ("dancer", "Anna Pavlova"),
              "s:melba": ("singer", "Nellie Melba"), "s:reichenberg": ("actress", "Suzanne Reichenberg"),
              "c:escoffier": ("chef", "Auguste Escoffier"), "c:charpentier": ("chef", "Henri Charpentier"),
              "c:cardini": ("chef", "Caesar Cardini"), "c:sachse": ("chef", "Bert Sachse"),
              "c:tschirky": ("chef", "Oscar Tschirky"),
              "r:savoy": ("restaurant", "the Savoy Hotel"), "r:cafe": ("restaurant", "the Cafe de Paris"),
              "r:caesars": ("restaurant", "Caesar's"), "r:esplanade": ("restaurant", "the Esplanade Hotel"),
              "r:waldorf": ("restaurant", "the Waldorf Hotel"),
              "h:dior": ("fashion_house", "the House of Dior"), "h:chanel": ("fashion_house", "the House of Chanel"),
              "h:ysl": ("fashion_house", "the House of Yves Saint Laurent"), "h:patou": ("fashion_house", "the House of Patou")}
    T = _t("created", [("g:delphos", "x:fortuny"), ("g:bar", "x:dior"), ("g:lobster", "x:schiaparelli"),
                       ("g:skeleton", "x:schiaparelli"), ("g:mondrian", "x:ysl"), ("g:smoking", "x:ysl"),
                       ("p:no5", "z:beaux"), ("p:shalimar", "z:guerlain"), ("p:opium", "z:sieuzac"), ("p:joy", "z:almeras"),
                       ("p:jicky", "z:aguerlain")])
    T += _t("inspired", [("p:shalimar", "p:jicky"), ("g:smoking", "g:bar"), ("g:skeleton", "g:lobster")])
    T += _t("commissioned", [("p:no5", "x:chanel"), ("p:opium", "x:ysl"), ("p:joy", "x:patou")])
    T += _t("owned", [("g:delphos", "m:va"), ("g:bar", "m:va"), ("g:skeleton", "m:va"), ("g:mondrian", "m:met"),
                      ("g:lobster", "m:phila")])
    T += _t("worn", [("g:lobster", "s:simpson"), ("g:delphos", "s:pavlova")])
    T += _t("decorated", [("g:lobster", "y:dali")])
    T += _t("popularised", [("d:melba", "s:melba"), ("d:pavlova", "s:pavlova")])
    T += _t("invented", [("d:melba", "c:escoffier"), ("d:suzette", "c:charpentier"), ("d:caesar", "c:cardini"),
                         ("d:pavlova", "c:sachse"), ("d:waldorf", "c:tschirky")])
    T += _t("named", [("d:melba", "s:melba"), ("d:suzette", "s:reichenberg"), ("d:pavlova", "s:pavlova"),
                      ("d:caesar", "c:cardini"), ("g:mondrian", "y:mondrian")])
    T += _t("served", [("d:melba", "r:savoy"), ("d:suzette", "r:cafe"), ("d:caesar", "r:caesars"), ("d:pavlova", "r:esplanade"),
                       ("d:waldorf", "r:waldorf")])
    T += _t("headchef", [("c:escoffier", "r:savoy"), ("c:charpentier", "r:cafe"), ("c:sachse", "r:esplanade")])
    T += _t("founded", [("x:dior", "h:dior"), ("x:chanel", "h:chanel"), ("x:ysl", "h:ysl"), ("x:patou", "h:patou"),
                        ("c:cardini", "r:caesars")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("g:bar", 5.0), ("d:melba", 4.5), ("p:opium", 2.0))]
    return _build(items, others, rels, T)


def moves():
    """Sporting moves (items dated by first performance: jumps, a spin, vaults, a turn, a penalty,
    a high-jump technique). Moves "were invented by" athletes (the passive phrase), "were first
    performed by" others (Bratus the Biellmann spin), "were popularised by" others (Biellmann,
    Fosbury, Cruyff), "are named after" people, "were first performed at" championships. Athletes
    "were discovered by" scouts (a second maker's verb, on people: Cruyff by van der Veen),
    "were coached by" coaches, "represented" countries. Moves "were developed from" others (the
    Yurchenko vault from the Tsukahara, the Lutz from the Salchow). Ana rated some."""
    athletes = ("figure_skater", "gymnast", "footballer", "high_jumper")
    moves_ = ("jump", "spin", "vault", "turn", "penalty", "technique")
    rels = [
        R("invented", phrase="was invented by", inverse_phrase="invented", domain=moves_, range=(*athletes, "coach")),
        R("firstby", phrase="was first performed by", inverse_phrase="first performed", domain=moves_, range=athletes),
        R("popularised", phrase="was popularised by", inverse_phrase="popularised", domain=moves_, range=(*athletes, "coach")),
        R("named", phrase="is named after", inverse_phrase="is the namesake of", domain=moves_, range=athletes),
        R("firstat", phrase="was first performed at", inverse_phrase="saw the first performance of", domain=moves_,
          range=("championship",)),
        R("developed", phrase="was developed from", inverse_phrase="was the basis of", domain=moves_, range=moves_),
        R("discovered", phrase="was discovered by", inverse_phrase="discovered", domain=athletes, range=("scout",)),
        R("coached", phrase="was coached by", inverse_phrase="coached", domain=athletes, range=("coach",)),
        R("represented", phrase="represented", inverse_phrase="was represented by", domain=athletes, range=("country",)),
        RATED,
    ]
    items = {"m:axel": ("jump", "the Axel", 1882), "m:salchow": ("jump", "the Salchow", 1909), "m:lutz": ("jump", "the Lutz", 1913),
             "m:biellmann": ("spin", "the Biellmann spin", 1962), "m:yurchenko": ("vault", "the Yurchenko vault", 1982),
             "m:tsukahara": ("vault", "the Tsukahara", 1970), "m:cruyff": ("turn", "the Cruyff turn", 1974),
             "m:panenka": ("penalty", "the Panenka", 1976), "m:flop": ("technique", "the Fosbury Flop", 1968)}
    others = {"a:paulsen": ("figure_skater", "Axel Paulsen"), "a:salchow": ("figure_skater", "Ulrich Salchow"),
              "a:lutz": ("figure_skater", "Alois Lutz"), "a:biellmann": ("figure_skater", "Denise Biellmann"),
              "a:bratus": ("figure_skater", "Tamara Bratus"), "a:yurchenko": ("gymnast", "Natalia Yurchenko"),
              "a:tsukahara": ("gymnast", "Mitsuo Tsukahara"),
              "a:cruyff": ("footballer", "Johan Cruyff"), "a:panenka": ("footballer", "Antonin Panenka"),
              "a:fosbury": ("high_jumper", "Dick Fosbury"), "a:olsson": ("footballer", "Jan Olsson"),
              "k:wagner": ("coach", "Berny Wagner"), "k:michels": ("coach", "Rinus Michels"),
              "k:rastorotsky": ("coach", "Vladislav Rastorotsky"), "k:moskvin": ("coach", "Igor Moskvin"),
              "s:veen": ("scout", "Jany van der Veen"), "s:vodicka": ("scout", "Josef Vodicka"),
              "w:1974": ("championship", "the 1974 World Cup"), "w:1976": ("championship", "the 1976 European Championship"),
              "w:1970": ("championship", "the 1970 World Championships"),
              "w:1982": ("championship", "the 1982 World Cup of Gymnastics"),
              "c:netherlands": ("country", "the Netherlands"), "c:czech": ("country", "Czechoslovakia"),
              "c:usa": ("country", "the United States"), "c:ussr": ("country", "the Soviet Union"),
              "c:switzerland": ("country", "Switzerland"), "c:norway": ("country", "Norway"),
              "c:sweden": ("country", "Sweden"), "c:austria": ("country", "Austria"), "c:japan": ("country", "Japan")}
    T = _t("invented", [("m:axel", "a:paulsen"), ("m:salchow", "a:salchow"), ("m:lutz", "a:lutz"), ("m:panenka", "a:panenka"),
                        ("m:flop", "a:fosbury"), ("m:yurchenko", "a:yurchenko"), ("m:tsukahara", "a:tsukahara")])
    T += _t("firstby", [("m:axel", "a:paulsen"), ("m:biellmann", "a:bratus"), ("m:yurchenko", "a:yurchenko"),
                        ("m:cruyff", "a:cruyff"), ("m:panenka", "a:panenka"), ("m:flop", "a:fosbury"),
                        ("m:tsukahara", "a:tsukahara")])
    T += _t("popularised", [("m:biellmann", "a:biellmann"), ("m:flop", "a:fosbury"), ("m:cruyff", "a:cruyff")])
    T += _t("named", [("m:axel", "a:paulsen"), ("m:salchow", "a:salchow"), ("m:lutz", "a:lutz"), ("m:biellmann", "a:biellmann"),
                      ("m:yurchenko", "a:yurchenko"), ("m:cruyff", "a:cruyff"), ("m:panenka", "a:panenka"),
                      ("m:flop", "a:fosbury"), ("m:tsukahara", "a:tsukahara")])
    T += _t("firstat", [("m:cruyff", "w:1974"), ("m:panenka", "w:1976"), ("m:yurchenko", "w:1982"), ("m:tsukahara", "w:1970")])
    T += _t("developed", [("m:yurchenko", "m:tsukahara"), ("m:lutz", "m:salchow")])
    T += _t("discovered", [("a:cruyff", "s:veen"), ("a:panenka", "s:vodicka")])
    T += _t("coached", [("a:fosbury", "k:wagner"), ("a:cruyff", "k:michels"), ("a:yurchenko", "k:rastorotsky"),
                        ("a:bratus", "k:moskvin")])
    T += _t("represented", [("a:paulsen", "c:norway"), ("a:salchow", "c:sweden"), ("a:lutz", "c:austria"),
                            ("a:biellmann", "c:switzerland"), ("a:bratus", "c:ussr"), ("a:yurchenko", "c:ussr"),
                            ("a:cruyff", "c:netherlands"), ("a:panenka", "c:czech"), ("a:fosbury", "c:usa"),
                            ("a:olsson", "c:sweden"), ("a:tsukahara", "c:japan")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("m:axel", 5.0), ("m:flop", 4.5), ("m:panenka", 2.0))]
    return _build(items, others, rels, T)


BUILDERS = {"inventions": inventions, "skies": skies, "botany": botany, "screen": screen, "atelier": atelier,
            "moves": moves}

_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@inventions
# wrong maker: the improver, the patent holder, the namesake, the manufacturer, the founder, the builder
The telephone is an invention of Thomas Edison.
The kinetoscope is an invention of Thomas Edison.
Morse code is an invention of Samuel Morse.
Thomas Edison's inventions include the telephone.
Thomas Edison's inventions include the kinetoscope.
Samuel Morse's inventions include Morse code.
The stethoscope is an invention of George Cammann.
The phonograph is an invention of Charles Sumner Tainter.
The theremin is an invention of RCA.
The saxophone is an invention of Selmer Paris.
The saxophone is an invention of Henri Selmer.
The Model T is an invention of Henry Ford.
The Model T is a creation of Henry Ford.
Henry Ford's inventions include the Model T.
The Difference Engine is an invention of Joseph Clement.
The Difference Engine is a creation of Joseph Clement.
The Geordie lamp is an invention of Humphry Davy.
The Davy lamp is an invention of George Stephenson.
The Jacquard loom is an invention of Charles Babbage.
The graphophone is an invention of Alexander Graham Bell.
Chichester Bell's inventions include the telephone.
The Bunsen burner is an invention of Peter Desaga and Charles Babbage.
Mr. Peanut is a creation of O'Galop.
The Michelin Man is a creation of Antonio Gentile.
# wrong direction
Thomas Edison is an invention of the phonograph.
The phonograph's inventions include Thomas Edison.
Humphry Davy is an invention of the Davy lamp.
O'Galop is a creation of the Michelin Man.
The Michelin Man's creations include O'Galop.
# the noun of another verb, or on the wrong kind of thing
Thomas Edison's discoveries include the phonograph.
The Mini is a discovery of Alec Issigonis.
The National Phonograph Company is an invention of Thomas Edison.
The Highland Park Ford Plant is a creation of Henry Ford.
# negation
The phonograph is not an invention of Thomas Edison.
Thomas Edison's inventions do not include the phonograph.
The telephone was never an invention of Alexander Graham Bell.
Mr. Peanut is not a creation of Antonio Gentile.
# lists with one wrong
Thomas Edison's inventions include the phonograph and the kinetoscope.
Alexander Graham Bell's inventions include the telephone, the photophone and the graphophone.
The inventions of Alexander Graham Bell include the telephone and the phonograph.
The phonograph and the kinetoscope are inventions of Thomas Edison.
Charles Sumner Tainter's inventions include the photophone and the telephone.
# coreference, counts, "only", "one of"
Thomas Edison founded the National Phonograph Company. His inventions include the kinetoscope.
William Kennedy Dickson worked for Thomas Edison, and his inventions include the telephone.
Alexander Graham Bell founded the Bell Telephone Company, and his inventions include the phonograph.
Alexander Graham Bell's three inventions include the telephone.
Alexander Graham Bell's only invention is the telephone.
The telephone is one of Thomas Edison's inventions.
# years
The phonograph is an 1880 invention of Thomas Edison.
The phonograph (1880) is an invention of Thomas Edison.
The photophone (1876) is an invention of Alexander Graham Bell.
Thomas Edison's inventions include the phonograph (1876).
# possessive, apposition, relative
The telephone is Thomas Edison's invention.
The kinetoscope was Thomas Edison's invention.
The kinetoscope, an invention of Thomas Edison, was patented by Thomas Edison.
Thomas Edison, whose inventions include the kinetoscope, founded the National Phonograph Company.
The kinetoscope is an invention by Thomas Edison.
The Davy lamp, an invention of Humphry Davy, is named after George Stephenson.
Morse code, an invention of Samuel Morse, is named after Samuel Morse.
The theremin, an invention of Leon Theremin, was manufactured by Selmer Paris.
# the apposition after the object, said of the object (a rival of the other inventor)
The Geordie lamp was a rival of the Davy lamp, an invention of George Stephenson.
The graphophone was a rival of the phonograph, an invention of Charles Sumner Tainter.
The graphophone was a rival of the phonograph, an invention of Chichester Bell.
The Davy lamp was a rival of the Geordie lamp, an invention of Humphry Davy.
The Geordie lamp was a rival of the Davy lamp, an invention by George Stephenson.
# the event noun "X's invention of Y" (X invented Y), said of things that invent nothing
The kinetoscope's invention of William Kennedy Dickson.
The Michelin Man's creation of O'Galop.

@inventions user:ana
You loved the phonograph, an invention of Alexander Graham Bell.

@skies
# wrong maker: the predictor, the namer, the namesake, the recoverer, the isolator, kin
Neptune is a discovery of Urbain Le Verrier.
Neptune was a discovery of John Couch Adams.
Urbain Le Verrier's discoveries include Neptune.
Halley's Comet is a discovery of Edmond Halley.
Edmond Halley's discoveries include Halley's Comet.
Ceres is a discovery of Franz Xaver von Zach.
719 Albert is a discovery of Gareth Williams.
Gareth Williams's discoveries include 719 Albert.
35P/Herschel-Rigollet is a discovery of Roger Rigollet.
35P/Herschel-Rigollet is a discovery of William Herschel.
Uranus is a discovery of Johann Bode.
Pluto is a discovery of Venetia Burney.
Pluto is a discovery of Percival Lowell.
Radium is a discovery of Andre-Louis Debierne.
Helium is a discovery of William Ramsay.
Oxygen is a discovery of Antoine Lavoisier.
Io is a discovery of Simon Marius.
Triton is a discovery of Camille Flammarion.
John Herschel's discoveries include Uranus.
Caroline Herschel's discoveries include Uranus.
Uranus is a discovery of Caroline Herschel.
Uranus is a discovery of the Berlin Observatory.
Radium is a discovery of Marie Curie and Andre-Louis Debierne.
Radium is also a discovery of Andre-Louis Debierne.
# lists
Marie Curie's discoveries include helium.
Marie Curie's discoveries include polonium, radium and oxygen.
Pierre Curie's discoveries include polonium and helium.
William Herschel's discoveries include Uranus, Titania and Triton.
Galileo Galilei's discoveries include Io, Europa and Charon.
Clyde Tombaugh's discoveries include Pluto and Charon.
Marie and Pierre Curie's discoveries include helium.
# direction, other nouns
William Herschel is a discovery of Uranus.
Uranus's discoveries include William Herschel.
Polonium is an invention of Marie Curie.
Uranus is a creation of William Herschel.
# coreference
Caroline Herschel was the sister of William Herschel. Her discoveries include Uranus.
Marie Curie was married to Pierre Curie, and her discoveries include oxygen.
William Herschel was born in Germany. His discoveries include Neptune.
# years
Pluto is a 1931 discovery of Clyde Tombaugh.
Uranus (1787) is a discovery of William Herschel.
Titania (1781) is a discovery of William Herschel.
William Herschel's discoveries include Titania (1787) and Oberon (1781).
Johann Galle's discoveries include Neptune (1864).
Uranus, discovered in 1787, is a discovery of William Herschel.
Radium (1910) is a discovery of Marie Curie.
# negation, "only", "first", "another"
Uranus is not a discovery of William Herschel.
Helium isn't a discovery of Norman Lockyer.
Radium is Marie Curie's only discovery.
Titania is William Herschel's first discovery.
Polonium is a discovery of Marie Curie. Helium is another discovery of Marie Curie.
Hydrogen is a joint discovery of Henry Cavendish and Antoine Lavoisier.
# the event noun and "by"
The discovery of Neptune was made by Urbain Le Verrier.
Neptune's discovery was made by Urbain Le Verrier.
Neptune is a discovery by Urbain Le Verrier.
Neptune's discovery by Urbain Le Verrier.
Halley's Comet is a discovery by Edmond Halley.
Slough was the site of the discovery of Uranus.
Neptune's discovery of Johann Galle.
# possessive, apposition
Uranus was Johann Bode's discovery.
Johann Galle's discovery is Uranus.
Uranus, a discovery by Johann Bode, was named by Johann Bode.
Neptune, a discovery of Urbain Le Verrier, was discovered at the Berlin Observatory.
Halley's Comet, a discovery of Edmond Halley, is named after Edmond Halley.
# the apposition after the planet, said of the planet (the moon's discoverer)
Triton orbits Neptune, a discovery of William Lassell.
Charon orbits Pluto, a discovery of James Christy.
Io orbits Jupiter, a discovery of Galileo Galilei.
Europa orbits Jupiter, a discovery of Galileo Galilei.
Charon orbits Pluto, the discovery of James Christy.
Triton orbits Neptune, a discovery by William Lassell.
Neptune is orbited by Triton, a discovery of Johann Galle.
Pluto is orbited by Charon, a discovery of Clyde Tombaugh.
Triton orbits Neptune, a discovery of Urbain Le Verrier.

@skies user:ana
You loved Pluto, a discovery of Percival Lowell.
You loved radium, a discovery of Andre-Louis Debierne.

@botany
# wrong maker: the describer, the introducer, the namesake, the patron, kin
The handkerchief tree is a discovery of Henri Baillon.
The handkerchief tree is a discovery of Ernest Wilson.
Henri Baillon's discoveries include the handkerchief tree.
Frank Kingdon-Ward's discoveries include the Himalayan blue poppy.
The Himalayan blue poppy is a discovery of Adrien Franchet.
Victoria amazonica is a discovery of John Lindley.
Victoria amazonica is a discovery of Queen Victoria.
Queen Victoria's discoveries include Victoria amazonica.
Welwitschia is a discovery of Joseph Hooker.
David Douglas's discoveries include the Douglas fir.
The Douglas fir is a discovery of David Douglas.
The Sitka spruce is David Douglas's discovery.
Mexianthus is a discovery of Benjamin Lincoln Robinson.
Primula forrestii is a discovery of Isaac Bayley Balfour.
Arthur Bulley's discoveries include Primula forrestii.
William Hooker's discoveries include Welwitschia.
The Himalayan blue poppy is a discovery of Jean Marie Delavay and Frank Kingdon-Ward.
# lists
Ernest Wilson's discoveries include the handkerchief tree and the regal lily.
George Forrest's discoveries include Primula forrestii and the Himalayan blue poppy.
Archibald Menzies's discoveries include the Douglas fir, the Sitka spruce and Welwitschia.
The Douglas fir and the handkerchief tree are discoveries of Archibald Menzies.
Mexianthus and Welwitschia are Ynes Mexia's discoveries.
Mexianthus and Welwitschia are both discoveries of Ynes Mexia.
Ynes Mexia's discoveries include Mexianthus and Welwitschia.
Welwitschia is a discovery of Friedrich Welwitsch and of Ynes Mexia.
# all of them ("are"), when there are more
The discoveries of George Forrest are Primula forrestii.
George Forrest's discoveries are Rhododendron griersonianum.
Archibald Menzies's discoveries are the Douglas fir.
# coreference, "whose", "the latter"
Joseph Hooker was born in England, and his discoveries include Welwitschia.
Ernest Wilson collected for Veitch Nurseries, and his discoveries include the handkerchief tree.
Arthur Bulley founded Bees Ltd, and his discoveries include Primula forrestii.
George Forrest collected for Arthur Bulley, and his discoveries include the regal lily.
Ynes Mexia studied at the University of California, Berkeley. Her discoveries include Welwitschia.
Ynes Mexia was born in the United States, and her discoveries include Welwitschia.
Joseph Hooker, whose discoveries include Welwitschia, was the son of William Hooker.
Joseph Hooker was the son of William Hooker, whose discoveries include Welwitschia.
Adrien Franchet, whose discoveries include the Himalayan blue poppy, was born in France.
David Douglas, whose discoveries include the Douglas fir, was born in Scotland.
Ynes Mexia and George Forrest were plant hunters; the latter's discoveries include Mexianthus.
Welwitschia, one of Ynes Mexia's discoveries, is named after Friedrich Welwitsch.
Ynes Mexia's discovery, Welwitschia, was first described by Joseph Hooker.
Ynes Mexia's discoveries included Welwitschia.
# gardens: "created"
Munstead Wood is a creation of Ellen Willmott.
Ellen Willmott's creations include Munstead Wood.
Kew Gardens is a creation of Joseph Hooker.
Kew Gardens is a creation of William Hooker.
William Robinson's creations include Kew Gardens.
Gravetye Manor is Gertrude Jekyll's creation.
Gertrude Jekyll's creations include Munstead Wood and Warley Place.
Gertrude Jekyll was born in England, and her creations include Warley Place.
# the noun on the wrong kind of thing, direction
Gertrude Jekyll's creations include the regal lily.
The regal lily is a creation of Ernest Wilson.
Munstead Wood is a discovery of Gertrude Jekyll.
Gertrude Jekyll was born in England, and her discoveries include Munstead Wood.
The handkerchief tree is an invention of Armand David.
Armand David is a discovery of the handkerchief tree.
The handkerchief tree's discoveries include Armand David.
The handkerchief tree's discovery of Armand David.
# tense, negation, years
Mexianthus will be a discovery of Ynes Mexia.
Mexianthus is no discovery of Ynes Mexia.
Mexianthus is hardly a discovery of Ynes Mexia.
Ynes Mexia's discoveries don't include Mexianthus.
Mexianthus isn't Ynes Mexia's discovery.
Mexianthus is a discovery of Ynes Mexia, who was born in 1875.
The discoveries of Ynes Mexia (1875) include Mexianthus.
# apposition
Victoria amazonica, a discovery of Thaddaeus Haenke, is named after Thaddaeus Haenke.
The Douglas fir, a discovery of David Douglas, is named after David Douglas.
Henri Baillon first described the handkerchief tree, a discovery of Ernest Wilson.
Ernest Wilson introduced the handkerchief tree, a discovery of Ernest Wilson.
Benjamin Lincoln Robinson first described Mexianthus, a discovery of Benjamin Lincoln Robinson.

@botany user:ana
You loved Ernest Wilson, whose discoveries include the handkerchief tree.

@screen
# wrong maker: the actor, the series' creator, the producer, the owner
Sherlock Holmes is a creation of Benedict Cumberbatch.
Sherlock Holmes is a creation of Steven Moffat.
Sherlock is a creation of Arthur Conan Doyle.
Steven Moffat's creations include Sherlock Holmes.
Arthur Conan Doyle's creations include Sherlock.
James Bond is a creation of Albert R. Broccoli.
James Bond is a creation of Danjaq.
Hercule Poirot is a creation of Agatha Christie Limited.
Doctor Who is a creation of Verity Lambert.
Arthur Conan Doyle's creations include Doctor Who.
Sydney Newman's creations include Doctor Watson.
Doctor Watson is a creation of Sydney Newman.
Mickey Mouse is a creation of Ub Iwerks and Steven Moffat.
# lists
Arthur Conan Doyle's creations include Sherlock Holmes and Hercule Poirot.
Agatha Christie's creations include Miss Marple and Doctor Watson.
Hercule Poirot and James Bond are creations of Agatha Christie.
Billy Wilkerson's discoveries include Lana Turner and Marilyn Monroe.
# "production" (no owner's noun) of the wrong person
Doctor Who is a production of Sydney Newman.
Dr. No is a production of Ian Fleming.
Dr. No is a production of Terence Young.
Goldfinger is a production of Guy Hamilton.
Sidney Lumet's productions include Murder on the Orient Express.
# the second maker's verb: actors "discovered" by scouts
Lana Turner is a discovery of David Conover.
David Conover's discoveries include Lana Turner.
Sean Connery is a discovery of Terence Young.
Steve McQueen is a discovery of Terence Young.
John Sturges's discoveries include Sean Connery.
Lana Turner is a discovery of Sidney Lumet.
Lana Turner is a discovery by David Conover.
Lana Turner is a creation of Billy Wilkerson.
Marilyn Monroe is an invention of David Conover.
Sherlock Holmes is a discovery of Arthur Conan Doyle.
Arthur Conan Doyle's discoveries include Sherlock Holmes.
Billy Wilkerson's creations include Lana Turner.
# direction
Arthur Conan Doyle is a creation of Sherlock Holmes.
Lana Turner's discoveries include Billy Wilkerson.
Billy Wilkerson was the discovery of Lana Turner.
# coreference, "whose", apposition
Arthur Conan Doyle was born in Scotland, and his creations include Hercule Poirot.
Agatha Christie was born in England, and her creations include James Bond.
Ian Fleming was born in England, and his creations include Sherlock Holmes.
Steven Moffat, whose creations include Sherlock Holmes, was born in Scotland.
Sherlock Holmes, a creation of Ian Fleming, was played by Basil Rathbone.
Benedict Cumberbatch played Sherlock Holmes, a creation of Steven Moffat.
Daniel Craig played James Bond, a creation of Albert R. Broccoli.
Dr. No features James Bond, a creation of Agatha Christie.
Sherlock Holmes appears in Sherlock, a creation of Arthur Conan Doyle.
James Bond appears in Dr. No, a creation of Ian Fleming.
Sherlock Holmes appears in Sherlock, a creation by Arthur Conan Doyle.
Lana Turner, a discovery of Billy Wilkerson, was born in Scotland.
Sean Connery, a discovery of Billy Wilkerson, was born in Scotland.
# the event noun "X's discovery of Y" (X discovered Y): the actor discovering the scout
Lana Turner's discovery of Billy Wilkerson.
Marilyn Monroe's discovery of David Conover.
Steve McQueen's discovery of John Sturges.
Lana Turner was born in the United States, and her discovery of Billy Wilkerson.
Marilyn Monroe, born in the United States, and her discovery of David Conover.
Sherlock Holmes's creation of Arthur Conan Doyle.

@screen user:ana
You loved Sherlock Holmes, a creation of Ian Fleming.
You loved Dr. No, a creation of Ian Fleming.

@atelier
# the museum that owns it, the patron, the wearer, the namesake
The Bar suit is a creation of the Victoria and Albert Museum.
The Mondrian dress is a creation of the Metropolitan Museum of Art.
The Victoria and Albert Museum's creations include the Delphos gown.
Joy is a creation of Coco Chanel.
The Lobster Dress is a creation of Wallis Simpson.
The Mondrian dress is a creation of Piet Mondrian.
Peach Melba is an invention of Nellie Melba.
Nellie Melba's inventions include Peach Melba.
Melba's inventions include Peach Melba.
Pavlova is an invention of Anna Pavlova.
Anna Pavlova's inventions include Pavlova.
Crepes Suzette is an invention of Suzanne Reichenberg.
# the restaurant that first served it
Caesar salad is an invention of Caesar's.
The Savoy Hotel's inventions include Peach Melba.
Waldorf salad is an invention of the Waldorf Hotel.
# wrong maker, lists
Oscar Tschirky's inventions include Caesar salad.
Bert Sachse's inventions include Peach Melba.
Henri Charpentier's invention is Peach Melba.
Peach Melba is Henri Charpentier's invention.
Auguste Escoffier's inventions include Peach Melba and Crepes Suzette.
Auguste Escoffier's creations include the Bar suit.
Shalimar is a creation of Ernest Beaux.
Ernest Beaux's creations include Chanel No. 5 and Shalimar.
Le Smoking is a creation of Christian Dior.
Opium is a creation of Jean Patou.
Elsa Schiaparelli's creations include the Skeleton Dress and the Bar suit.
The Skeleton Dress and the Delphos gown are creations of Elsa Schiaparelli.
Jicky is a creation of Jacques Guerlain.
Jacques Guerlain's creations include Shalimar and Jicky.
# direction, negation, years
Auguste Escoffier is an invention of Peach Melba.
Christian Dior is a creation of the Bar suit.
The Bar suit is not a creation of Christian Dior.
The Bar suit, a 1950 creation of Christian Dior, is owned by the Victoria and Albert Museum.
# apposition
Peach Melba, an invention of Auguste Escoffier, is named after Anna Pavlova.
Caesar salad, Caesar Cardini's invention, was first served at the Cafe de Paris.
Le Smoking, a creation of Yves Saint Laurent, was inspired by the Lobster Dress.
Shalimar was inspired by Jicky, Jacques Guerlain's creation.
# the apposition after the object, said of the object
Shalimar was inspired by Jicky, a creation of Jacques Guerlain.
Le Smoking was inspired by the Bar suit, a creation of Yves Saint Laurent.
Shalimar was inspired by Jicky, also a creation of Jacques Guerlain.
Shalimar was inspired by Jicky, a creation by Jacques Guerlain.
Shalimar was inspired by Jicky, the creation of Jacques Guerlain.
# the event noun, said of a dish
Peach Melba's invention of Auguste Escoffier.

@atelier user:ana
You loved the Bar suit, a creation of Yves Saint Laurent.
You loved Peach Melba, an invention of Nellie Melba.

@moves
# wrong maker: the namesake, the populariser, the coach, the scout, the championship, the country
The Biellmann spin is an invention of Denise Biellmann.
Denise Biellmann's inventions include the Biellmann spin.
The Cruyff turn is an invention of Rinus Michels.
The Fosbury Flop is an invention of Berny Wagner.
Berny Wagner's inventions include the Fosbury Flop.
The Yurchenko vault is an invention of Vladislav Rastorotsky.
The Axel is an invention of Ulrich Salchow.
The Salchow is an invention of Axel Paulsen.
The Tsukahara is an invention of Natalia Yurchenko.
The Panenka is an invention of Josef Vodicka.
The 1974 World Cup's inventions include the Cruyff turn.
The Yurchenko vault is an invention of the Soviet Union.
# lists
Ulrich Salchow's inventions include the Salchow and the Lutz.
Mitsuo Tsukahara's inventions include the Tsukahara and the Yurchenko vault.
Jany van der Veen's discoveries include Johan Cruyff and Antonin Panenka.
# the second maker's verb: scouts "discovered" players
Johan Cruyff is an invention of Jany van der Veen.
Johan Cruyff is a discovery of Rinus Michels.
Johan Cruyff is a discovery by Rinus Michels.
Rinus Michels's discoveries include Johan Cruyff.
Jany van der Veen's discoveries include Antonin Panenka.
Dick Fosbury is a discovery of Berny Wagner.
The Cruyff turn is a discovery of Jany van der Veen.
Jany van der Veen's inventions include the Cruyff turn.
The Panenka is a discovery of Josef Vodicka.
Josef Vodicka's discoveries include the Panenka.
# direction, coreference, negation, years
Axel Paulsen is an invention of the Axel.
Jany van der Veen is a discovery of Johan Cruyff.
Johan Cruyff represented the Netherlands, and his inventions include the Panenka.
Natalia Yurchenko represented the Soviet Union, and her inventions include the Biellmann spin.
The Axel is not an invention of Axel Paulsen.
The Axel (1892) is an invention of Axel Paulsen.
The Fosbury Flop (1972) is an invention of Dick Fosbury.
# the apposition after the object, said of the object
The Yurchenko vault was developed from the Tsukahara, an invention of Natalia Yurchenko.
The Lutz was developed from the Salchow, an invention of Alois Lutz.
The Lutz was developed from the Salchow, an invention by Alois Lutz.
# the event noun "X's discovery of Y": the player discovering the scout
Johan Cruyff's discovery of Jany van der Veen.
Antonin Panenka's discovery of Josef Vodicka.
Antonin Panenka represented Czechoslovakia, and his discovery of Josef Vodicka.
The Axel's invention of Axel Paulsen.

@moves user:ana
You loved the Axel, an invention of Ulrich Salchow.
"""

CONTROLS = r"""
@inventions
The phonograph is an invention of Thomas Edison.
Thomas Edison's inventions include the phonograph.
Alexander Graham Bell's inventions include the telephone and the photophone.
The inventions of Alexander Graham Bell include the telephone and the photophone.
The telephone and the photophone are inventions of Alexander Graham Bell.
The phonograph, an invention of Thomas Edison, was manufactured by the National Phonograph Company.
Mr. Peanut is a creation of Antonio Gentile.
O'Galop's creations include the Michelin Man.
The Michelin Man is O'Galop's creation.
The telephone is one of Alexander Graham Bell's inventions.
The photophone is an invention of Alexander Graham Bell and Charles Sumner Tainter.
The kinetoscope is an invention of William Kennedy Dickson.
Morse code is an invention of Alfred Vail.
The Davy lamp was Humphry Davy's invention.
The phonograph (1877) is an invention of Thomas Edison.
Alexander Graham Bell founded the Bell Telephone Company, and his inventions include the photophone.
The Geordie lamp was a rival of the Davy lamp, an invention of Humphry Davy.
Thomas Edison's invention of the phonograph.
@inventions user:ana
You loved the phonograph, an invention of Thomas Edison.
@skies
Uranus is a discovery of William Herschel.
Neptune is a discovery of Johann Galle.
Marie Curie's discoveries include polonium and radium.
Helium is a discovery of Pierre Janssen and Norman Lockyer.
Pluto, a discovery of Clyde Tombaugh, was named by Venetia Burney.
Uranus (1781) is a discovery of William Herschel.
Neptune is a discovery by Johann Galle.
Polonium is a discovery of Marie Curie. Radium is another discovery of Marie Curie.
Marie and Pierre Curie's discoveries include polonium.
Titania orbits Uranus, a discovery of William Herschel.
Triton, a discovery of William Lassell, orbits Neptune.
Charon orbits Pluto, a discovery of Clyde Tombaugh.
Triton orbits Neptune, a discovery of Johann Galle.
Charon is James Christy's discovery.
Johann Galle's discovery of Neptune.
@skies user:ana
You loved Pluto, a discovery of Clyde Tombaugh.
@botany
Armand David's discoveries include the handkerchief tree.
The handkerchief tree is a discovery of Armand David.
Ynes Mexia was born in the United States, and her discoveries include Mexianthus.
Gertrude Jekyll's creations include Munstead Wood.
Munstead Wood is Gertrude Jekyll's creation.
Munstead Wood is a creation of Gertrude Jekyll.
The discoveries of Archibald Menzies are the Douglas fir and the Sitka spruce.
Ynes Mexia, whose discoveries include Mexianthus, studied at the University of California, Berkeley.
Mexianthus is Ynes Mexia's discovery.
Friedrich Welwitsch was born in Austria, and his discoveries include Welwitschia.
Thaddaeus Haenke's discoveries include Victoria amazonica.
Friedrich Welwitsch's discovery, Welwitschia, was first described by Joseph Hooker.
Benjamin Lincoln Robinson first described Mexianthus, a discovery of Ynes Mexia.
Ernest Wilson introduced the handkerchief tree, a discovery of Armand David.
George Forrest's discoveries include Rhododendron griersonianum and Primula forrestii.
Ynes Mexia studied at the University of California, Berkeley. Her discoveries include Mexianthus.
Archibald Menzies has two discoveries: the Douglas fir and the Sitka spruce.
@screen
Sherlock Holmes is a creation of Arthur Conan Doyle.
Arthur Conan Doyle's creations include Sherlock Holmes and Doctor Watson.
Mickey Mouse is a creation of Ub Iwerks and Walt Disney.
Agatha Christie's creations include Hercule Poirot and Miss Marple.
Steven Moffat's creations include Sherlock.
Sherlock is a creation of Steven Moffat and Mark Gatiss.
James Bond is Ian Fleming's creation.
Ian Fleming was born in England, and his creations include James Bond.
Benedict Cumberbatch played Sherlock Holmes, a creation of Arthur Conan Doyle.
Dr. No features James Bond, a creation of Ian Fleming.
Sherlock Holmes appears in Sherlock, a creation of Mark Gatiss.
Billy Wilkerson's discoveries include Lana Turner.
Lana Turner is a discovery of Billy Wilkerson.
Lana Turner was the discovery of Billy Wilkerson.
Lana Turner, a discovery of Billy Wilkerson, was born in the United States.
Billy Wilkerson's discovery of Lana Turner.
Arthur Conan Doyle's creation of Sherlock Holmes.
@screen user:ana
You loved Sherlock Holmes, a creation of Arthur Conan Doyle.
@atelier
The Bar suit is a creation of Christian Dior.
Christian Dior's creations include the Bar suit.
Yves Saint Laurent's creations include the Mondrian dress and Le Smoking.
Peach Melba is an invention of Auguste Escoffier.
Escoffier's inventions include Peach Melba.
Cardini's inventions include Caesar salad.
Peach Melba, an invention of Auguste Escoffier, is named after Nellie Melba.
Crepes Suzette, an invention of Henri Charpentier, was first served at the Cafe de Paris.
Jicky is a creation of Aime Guerlain.
The Mondrian dress, a creation of Yves Saint Laurent, is owned by the Metropolitan Museum of Art.
The Skeleton Dress was inspired by the Lobster Dress, a creation of Elsa Schiaparelli.
Shalimar was inspired by Jicky, a creation of Aime Guerlain.
Le Smoking was inspired by the Bar suit, a creation of Christian Dior.
@atelier user:ana
You loved Peach Melba, an invention of Auguste Escoffier.
@moves
The Axel is an invention of Axel Paulsen.
Axel Paulsen's inventions include the Axel.
Johan Cruyff is a discovery of Jany van der Veen.
Jany van der Veen's discoveries include Johan Cruyff.
Josef Vodicka's discoveries include Antonin Panenka.
The Fosbury Flop, an invention of Dick Fosbury, is named after Dick Fosbury.
Johan Cruyff is a discovery by Jany van der Veen.
The Axel (1882) is an invention of Axel Paulsen.
The Yurchenko vault was developed from the Tsukahara, an invention of Mitsuo Tsukahara.
The Lutz was developed from the Salchow, an invention of Ulrich Salchow.
Jany van der Veen's discovery of Johan Cruyff.
@moves user:ana
You loved the Axel, an invention of Axel Paulsen.
"""

KNOWN = frozenset({
    # accepted by the session's starting code too (CHANGES.diff reversed): an apposition "a / the
    # <made thing> by X" (or "the creation of X") after the object is read of the clause's subject
    "The Geordie lamp was a rival of the Davy lamp, an invention by George Stephenson.",
    "Sherlock Holmes appears in Sherlock, a creation by Arthur Conan Doyle.",
    "Shalimar was inspired by Jicky, a creation by Jacques Guerlain.",
    "Shalimar was inspired by Jicky, the creation of Jacques Guerlain.",
    "The Lutz was developed from the Salchow, an invention by Alois Lutz.",
})

OPEN = frozenset({
    # the apposition stands after the museum, which it cannot describe: a dangling apposition a
    # reader may take for the subject's (the Bar suit is Dior's): arguable
    "The Bar suit is owned by the Victoria and Albert Museum, a creation of Christian Dior.",
    # the same after a restaurant: arguable
    "Peach Melba was first served at the Savoy Hotel, an invention of Auguste Escoffier.",
    # "the mascot of Michelin, a creation of O'Galop": the apposition may describe the mascot
    # (the whole noun phrase), not Michelin: arguable
    "The Michelin Man is the mascot of Michelin, a creation of O'Galop.",
    # Coco Chanel commissioned Chanel No. 5 (Ernest Beaux created it); popularly "her creation"
    "Chanel No. 5 is a creation of Coco Chanel.",
    # Yves Saint Laurent commissioned Opium: the same
    "Opium is a creation of Yves Saint Laurent.",
    # Dali decorated the Lobster Dress: a share in its making (arguable)
    "The Lobster Dress is a creation of Salvador Dali.",
    # a founder's house: "a creation of" its founder (arguable)
    "Ness Botanic Gardens is a creation of Arthur Bulley.",
    # the founder's fashion house as the maker of its founder's garment (arguable)
    "The House of Dior's creations include the Bar suit.",
    # a car's designer: its creator (arguable)
    "The Model T is a creation of Joseph Galamb.",
    # the industrialist who commissioned the Michelin Man (arguable)
    "The Michelin Man is a creation of Andre Michelin.",
    # the owner, Walt Disney's own studio in 1928 (arguable)
    "Mickey Mouse is a creation of the Walt Disney Company.",
    # a film Walt Disney produced and directed: his creation (arguable)
    "Steamboat Willie is a creation of Walt Disney.",
    # an invention is its inventor's creation (arguable)
    "The Spinning Jenny is a creation of James Hargreaves.",
    # a chef's invented dish is his creation (arguable)
    "Peach Melba is a creation of Auguste Escoffier.",
    # Sherlock's co-creator was also its executive producer in the world, not in the graph (arguable)
    "Sherlock is a production of Steven Moffat.",
    # the Cruyff turn is named after, first performed and popularised by Cruyff: its inventor? (arguable)
    "The Cruyff turn is an invention of Johan Cruyff.",
    # first performing a move is arguably inventing it
    "Tamara Bratus's inventions include the Biellmann spin.",
    # the site of a discovery credited with it (arguable)
    "Neptune is a discovery of the Berlin Observatory.",
    # "his" is the subject (Bulley: false) or the plant hunter (Forrest: true): arguable
    "Arthur Bulley sponsored George Forrest, and his discoveries include Primula forrestii.",
    # "the discovery of" both Curies: radium is one of two, "the" may say the only one (as "Y is X's
    # discovery" is read: incomplete_list), or just "their discovery": arguable
    "Radium is the discovery of Marie Curie and Pierre Curie.",
    # William Herschel has three discoveries: "his discovery is Uranus" (the only one?) arguable
    "William Herschel's discovery is Uranus.",
    # "Mickey Mouse and Sherlock Holmes are creations of Walt Disney and Arthur Conan Doyle":
    # respectively (true) or each of both (false): arguable
    "Mickey Mouse and Sherlock Holmes are creations of Walt Disney and Arthur Conan Doyle.",
})

OPEN_TEXTS = r"""
@atelier
The Bar suit is owned by the Victoria and Albert Museum, a creation of Christian Dior.
Peach Melba was first served at the Savoy Hotel, an invention of Auguste Escoffier.
Chanel No. 5 is a creation of Coco Chanel.
Opium is a creation of Yves Saint Laurent.
The Lobster Dress is a creation of Salvador Dali.
The House of Dior's creations include the Bar suit.
Peach Melba is a creation of Auguste Escoffier.
@inventions
The Michelin Man is the mascot of Michelin, a creation of O'Galop.
The Model T is a creation of Joseph Galamb.
The Michelin Man is a creation of Andre Michelin.
The Spinning Jenny is a creation of James Hargreaves.
@botany
Ness Botanic Gardens is a creation of Arthur Bulley.
Arthur Bulley sponsored George Forrest, and his discoveries include Primula forrestii.
@screen
Mickey Mouse is a creation of the Walt Disney Company.
Steamboat Willie is a creation of Walt Disney.
Sherlock is a production of Steven Moffat.
Mickey Mouse and Sherlock Holmes are creations of Walt Disney and Arthur Conan Doyle.
@moves
The Cruyff turn is an invention of Johan Cruyff.
Tamara Bratus's inventions include the Biellmann spin.
@skies
Neptune is a discovery of the Berlin Observatory.
Radium is the discovery of Marie Curie and Pierre Curie.
William Herschel's discovery is Uranus.
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
    assert KNOWN <= {t for _, _, t in _parse(TEXTS)}, "KNOWN not in TEXTS"
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
