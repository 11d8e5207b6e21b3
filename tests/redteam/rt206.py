"""Red team round 206 on SINCE_204.diff and WHOLE_SESSION.diff: (1) "X is a K in P" where the
relation of place is "lies in the constellation"; (2) "lectured at", "was a professor at", "was on
the faculty of" for "taught at" a school, "trained at" for "studied at"; (3) "had its capital at"
("had their capital at", "its capital was at"); (4) maker nouns restricted to verbs of making
("discoverer", "founder", "architect", "creator"; no "conductor", "curator", "director" of a
museum) and "conducted" / "curated" kept in the past; (5) "the architect of X" read as the noun;
"Y is one of his buildings" after one person; "his N were Y" naming every one; (6) the whole
session's change in texts of two or three sentences.

Graphs: the shipped example graph and five of my own (see each builder's docstring):
"professors" (physicists who "taught at" / "studied at" universities, "studied under"),
"astronomy" (stars, nebulae, galaxies, a cluster that "lie in the constellation"; planets and
moons "discovered" by astronomers), "architects" (a graph of people only: "designed",
"studied at", "taught at"; the Seagram Building has two architects), "empires" ("had its capital
at", "founded", "ruled"), "culture" (orchestras "conducted", exhibitions "curated", orchestras and
museums "founded", museums "directed", exhibitions "held at" museums).

Findings (29 of 367 false texts accepted; 6 OPEN texts, 5 accepted; controls: 67 of 67 accepted).
10 of the 29 are the session's: with WHOLE_SESSION.diff reversed on a copy of the code the other 19
are accepted too (and 12 more that the session closed: "his buildings were", "conducts",
"is curated by"); controls then 31 of 67.

* (4) maker nouns, the only one, 10 (new): "the N of A and B" / "A and B's N" where A has one maker
  and B two are accepted (the only-one check is skipped for a list of owners): "Philip Johnson is
  the architect of the Glass House and the Seagram Building" (also "was", "designer", "The Glass
  House and the Seagram Building's architect is / designer was Philip Johnson"), "Charles Messier
  is / was the discoverer of the Whirlpool Galaxy and the Ring Nebula" (the Ring Nebula also Antoine
  Darquier). Not always: "Ludwig Mies van der Rohe is the architect of the Farnsworth House and the
  Seagram Building" is rejected (incomplete_list). And "he / she is its N" after a clause that
  names the pair: "Lillie P. Bliss founded the Museum of Modern Art. She is its founder." (and
  Abby Aldrich Rockefeller), "Abby Aldrich Rockefeller founded ..., and she was its founder.",
  "Johann Galle discovered Neptune, and he is its discoverer." (and Le Verrier); yet "Charles
  Messier discovered the Ring Nebula, and he is its discoverer." is rejected (incomplete_list).
* (1) "X is a K in P": the kind of a second name, 18 (old: accepted without the session's change,
  the reading of "lies in the constellation" with a kind was there before): "as is Y", "so is Y",
  "Y is too", a gapped "Y a K in P" check Y's constellation but not its kind: "Aldebaran is a star
  in Taurus, as is the Crab Nebula" (a nebula), "Vega is a star in Lyra; so is the Ring Nebula",
  "The Ring Nebula is a nebula in Lyra, as is Vega", "Aldebaran is a star in Taurus, the Crab
  Nebula a star in Taurus", "Vega is a star in Lyra, the Ring Nebula a galaxy in Lyra", "The
  Andromeda Galaxy is a galaxy in Andromeda, and the Whirlpool Galaxy a nebula in Canes
  Venatici". Held: the same with the kind said in a clause of its own ("..., and the Whirlpool
  Galaxy is a nebula in ..."), "Like Vega, the Ring Nebula is a star in Lyra", "Vega and the Ring
  Nebula are stars in Lyra", "the Pleiades a star" in a two-clause gap (but not in a three-clause
  one).
* a present verb of a role the graph says in the past, 1 (old): "Alfred H. Barr Jr. directs the
  Museum of Modern Art" ("directed" a museum; "direct" is not among the verbs of a state, so its
  present is read as true; "is the director of" is rejected).
Held: (2) "lectured at", "was a professor at", "was on the faculty of", "trained at": wrong school,
wrong relation (a school studied at, taught at), present tense, modifiers ("visiting", "full",
"assistant", "first"), "of physics", negation, lists with a wrong school, gapped clauses, "as did",
"where he was a professor"; (3) "had its capital at", "had their capital at", "its capital was at",
"whose capital was at": wrong capital, a person's capital, present tense, "so did", "in" for "at",
"its" with no owner; (4) "conductor", "curator", "director" of a museum (not read), "conducts",
"is conducted by", "curates", "is curated by", "founder" / "discoverer" / "architect" /
"designer" of one owner with two makers, wrong makers, "maker", "builder", "owner", "author"
of a moon; (5) "the architect of X was born in / designed" (the noun, not read as a reference),
"one of his buildings" with a wrong building, with no person or a pronoun before, "his buildings
were / are" short lists, "his building was" (one of three).
Controls rejected: none.
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


def professors():
    """Physicists (items typed "physicist", dated by birth): "taught at" / "employed" a
    university (read also "lectured at", "was a professor at", "was on the faculty of"),
    "studied at" / "was attended by" (read also "trained at", "attended"), "studied under" /
    "was the teacher of" another physicist, "was born in" a city. Universities are attributes."""
    rels = [
        R("taught", phrase="taught at", inverse_phrase="employed", range=("university",)),
        R("studied", phrase="studied at", inverse_phrase="was attended by", range=("university",)),
        R("under", phrase="studied under", inverse_phrase="was the teacher of", range=("physicist",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("city",)),
    ]
    items = {"p:einstein": ("physicist", "Albert Einstein", 1879), "p:planck": ("physicist", "Max Planck", 1858),
             "p:bohr": ("physicist", "Niels Bohr", 1885), "p:feynman": ("physicist", "Richard Feynman", 1918),
             "p:fermi": ("physicist", "Enrico Fermi", 1901), "p:curie": ("physicist", "Marie Curie", 1867),
             "p:rutherford": ("physicist", "Ernest Rutherford", 1871), "p:oppenheimer": ("physicist", "Robert Oppenheimer", 1904),
             "p:schrodinger": ("physicist", "Erwin Schrodinger", 1887), "p:pauling": ("physicist", "Linus Pauling", 1901),
             "p:wheeler": ("physicist", "John Archibald Wheeler", 1911)}
    others = {"u:eth": ("university", "ETH Zurich"), "u:berlin": ("university", "the University of Berlin"),
              "u:munich": ("university", "the University of Munich"), "u:copenhagen": ("university", "the University of Copenhagen"),
              "u:mit": ("university", "the Massachusetts Institute of Technology"), "u:princeton": ("university", "Princeton University"),
              "u:caltech": ("university", "the California Institute of Technology"), "u:cornell": ("university", "Cornell University"),
              "u:pisa": ("university", "the University of Pisa"), "u:rome": ("university", "the University of Rome"),
              "u:chicago": ("university", "the University of Chicago"), "u:paris": ("university", "the University of Paris"),
              "u:mcgill": ("university", "McGill University"), "u:manchester": ("university", "the University of Manchester"),
              "u:cambridge": ("university", "the University of Cambridge"), "u:harvard": ("university", "Harvard University"),
              "u:berkeley": ("university", "the University of California, Berkeley"), "u:vienna": ("university", "the University of Vienna"),
              "u:zurich": ("university", "the University of Zurich"), "u:gottingen": ("university", "the University of Gottingen"),
              "u:johns": ("university", "Johns Hopkins University"),
              "c:ulm": ("city", "Ulm"), "c:kiel": ("city", "Kiel"), "c:copenhagen": ("city", "Copenhagen"),
              "c:newyork": ("city", "New York"), "c:rome": ("city", "Rome"), "c:warsaw": ("city", "Warsaw"),
              "c:brightwater": ("city", "Brightwater"), "c:vienna": ("city", "Vienna"), "c:portland": ("city", "Portland"),
              "c:jacksonville": ("city", "Jacksonville")}
    T = _t("taught", [("p:einstein", "u:eth"), ("p:einstein", "u:berlin"), ("p:einstein", "u:princeton"),
                      ("p:planck", "u:berlin"), ("p:bohr", "u:copenhagen"), ("p:feynman", "u:cornell"), ("p:feynman", "u:caltech"),
                      ("p:fermi", "u:rome"), ("p:fermi", "u:chicago"), ("p:curie", "u:paris"), ("p:rutherford", "u:mcgill"),
                      ("p:rutherford", "u:manchester"), ("p:rutherford", "u:cambridge"), ("p:oppenheimer", "u:berkeley"),
                      ("p:oppenheimer", "u:caltech"), ("p:schrodinger", "u:zurich"), ("p:pauling", "u:caltech"),
                      ("p:wheeler", "u:princeton")])
    T += _t("studied", [("p:einstein", "u:eth"), ("p:planck", "u:munich"), ("p:bohr", "u:copenhagen"), ("p:feynman", "u:mit"),
                        ("p:feynman", "u:princeton"), ("p:fermi", "u:pisa"), ("p:curie", "u:paris"), ("p:rutherford", "u:cambridge"),
                        ("p:oppenheimer", "u:harvard"), ("p:oppenheimer", "u:gottingen"), ("p:schrodinger", "u:vienna"),
                        ("p:pauling", "u:caltech"), ("p:wheeler", "u:johns")])
    T += _t("under", [("p:feynman", "p:wheeler"), ("p:bohr", "p:rutherford")])
    T += _t("born", [("p:einstein", "c:ulm"), ("p:planck", "c:kiel"), ("p:bohr", "c:copenhagen"), ("p:feynman", "c:newyork"),
                     ("p:fermi", "c:rome"), ("p:curie", "c:warsaw"), ("p:rutherford", "c:brightwater"), ("p:oppenheimer", "c:newyork"),
                     ("p:schrodinger", "c:vienna"), ("p:pauling", "c:portland"), ("p:wheeler", "c:jacksonville")])
    return _build(items, others, rels, T)


def astronomy():
    """Stars, nebulae, galaxies, clusters (items, dated by discovery or catalogue) and the
    constellations they lie in ("lies in the constellation" / "contains": "X is a star in
    Orion"); planets and moons (items) "discovered" / "was discovered by" astronomers (the maker
    noun "discoverer"); "orbits" / "is orbited by"."""
    rels = [
        R("in", phrase="lies in the constellation", inverse_phrase="contains", range=("constellation",)),
        R("discovered", phrase="discovered", inverse_phrase="was discovered by", range=("planet", "moon", "nebula", "galaxy")),
        R("orbits", phrase="orbits", inverse_phrase="is orbited by", range=("planet", "star")),
    ]
    items = {"s:betelgeuse": ("star", "Betelgeuse", 1600), "s:rigel": ("star", "Rigel", 1600), "s:aldebaran": ("star", "Aldebaran", 1600),
             "s:sirius": ("star", "Sirius", 1600), "s:vega": ("star", "Vega", 1600), "s:polaris": ("star", "Polaris", 1600),
             "s:sun": ("star", "the Sun", 1600),
             "n:orion": ("nebula", "the Orion Nebula", 1610), "n:crab": ("nebula", "the Crab Nebula", 1731),
             "n:ring": ("nebula", "the Ring Nebula", 1779), "g:andromeda": ("galaxy", "the Andromeda Galaxy", 964),
             "g:whirlpool": ("galaxy", "the Whirlpool Galaxy", 1773), "k:pleiades": ("cluster", "the Pleiades", 1600),
             "p:uranus": ("planet", "Uranus", 1781), "p:neptune": ("planet", "Neptune", 1846), "p:jupiter": ("planet", "Jupiter", 1600),
             "p:saturn": ("planet", "Saturn", 1600),
             "m:titan": ("moon", "Titan", 1655), "m:io": ("moon", "Io", 1610), "m:europa": ("moon", "Europa", 1610),
             "m:triton": ("moon", "Triton", 1846)}
    others = {"c:orion": ("constellation", "Orion"), "c:taurus": ("constellation", "Taurus"), "c:canis": ("constellation", "Canis Major"),
              "c:lyra": ("constellation", "Lyra"), "c:ursa": ("constellation", "Ursa Minor"), "c:andromeda": ("constellation", "Andromeda"),
              "c:canes": ("constellation", "Canes Venatici"),
              "a:herschel": ("astronomer", "William Herschel"), "a:galle": ("astronomer", "Johann Galle"),
              "a:leverrier": ("astronomer", "Urbain Le Verrier"), "a:huygens": ("astronomer", "Christiaan Huygens"),
              "a:galileo": ("astronomer", "Galileo Galilei"), "a:lassell": ("astronomer", "William Lassell"),
              "a:messier": ("astronomer", "Charles Messier"), "a:bevis": ("astronomer", "John Bevis"),
              "a:darquier": ("astronomer", "Antoine Darquier"), "a:peiresc": ("astronomer", "Nicolas-Claude Fabri de Peiresc"),
              "a:sufi": ("astronomer", "Abd al-Rahman al-Sufi")}
    T = _t("in", [("s:betelgeuse", "c:orion"), ("s:rigel", "c:orion"), ("s:aldebaran", "c:taurus"), ("s:sirius", "c:canis"),
                  ("s:vega", "c:lyra"), ("s:polaris", "c:ursa"), ("n:orion", "c:orion"), ("n:crab", "c:taurus"), ("n:ring", "c:lyra"),
                  ("g:andromeda", "c:andromeda"), ("g:whirlpool", "c:canes"), ("k:pleiades", "c:taurus")])
    T += _t("discovered", [("a:herschel", "p:uranus"), ("a:galle", "p:neptune"), ("a:leverrier", "p:neptune"), ("a:huygens", "m:titan"),
                           ("a:galileo", "m:io"), ("a:galileo", "m:europa"), ("a:lassell", "m:triton"), ("a:messier", "g:whirlpool"),
                           ("a:bevis", "n:crab"), ("a:darquier", "n:ring"), ("a:messier", "n:ring"), ("a:peiresc", "n:orion"),
                           ("a:sufi", "g:andromeda")])
    T += _t("orbits", [("p:uranus", "s:sun"), ("p:neptune", "s:sun"), ("p:jupiter", "s:sun"), ("p:saturn", "s:sun"),
                       ("m:titan", "p:saturn"), ("m:io", "p:jupiter"), ("m:europa", "p:jupiter"), ("m:triton", "p:neptune")])
    return _build(items, others, rels, T)


def architects():
    """Architects (items typed "architect", dated by birth; a graph of people only, so "his" may
    name one) and their buildings (attributes): "designed" / "was designed by" (maker nouns
    "architect", "designer", "creator"), "was born in", "studied at" / "was attended by" ("trained
    at"), "taught at" / "employed" ("was a professor at"). The Seagram Building has two
    architects."""
    rels = [
        R("designed", phrase="designed", inverse_phrase="was designed by", range=("building",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("city",)),
        R("studied", phrase="studied at", inverse_phrase="was attended by", range=("school", "university")),
        R("taught", phrase="taught at", inverse_phrase="employed", range=("school", "university")),
    ]
    items = {"a:wright": ("architect", "Frank Lloyd Wright", 1867), "a:mies": ("architect", "Ludwig Mies van der Rohe", 1886),
             "a:gropius": ("architect", "Walter Gropius", 1883), "a:johnson": ("architect", "Philip Johnson", 1906),
             "a:hadid": ("architect", "Zaha Hadid", 1950), "a:koolhaas": ("architect", "Rem Koolhaas", 1944),
             "a:corbusier": ("architect", "Le Corbusier", 1887), "a:pei": ("architect", "I. M. Pei", 1917),
             "a:sullivan": ("architect", "Louis Sullivan", 1856)}
    others = {"b:fallingwater": ("building", "Fallingwater"), "b:robie": ("building", "the Robie House"),
              "b:guggenheim": ("building", "the Guggenheim Museum"), "b:farnsworth": ("building", "the Farnsworth House"),
              "b:seagram": ("building", "the Seagram Building"), "b:pavilion": ("building", "the Barcelona Pavilion"),
              "b:bauhaus": ("building", "the Bauhaus Building"), "b:glass": ("building", "the Glass House"),
              "b:maxxi": ("building", "MAXXI"), "b:aquatics": ("building", "the London Aquatics Centre"),
              "b:cctv": ("building", "the CCTV Headquarters"), "b:seattle": ("building", "the Seattle Central Library"),
              "b:savoye": ("building", "Villa Savoye"), "b:ronchamp": ("building", "Notre Dame du Haut"),
              "b:louvre": ("building", "the Louvre Pyramid"), "b:wainwright": ("building", "the Wainwright Building"),
              "c:richland": ("city", "Richland Center"), "c:aachen": ("city", "Aachen"), "c:berlin": ("city", "Berlin"),
              "c:cleveland": ("city", "Cleveland"), "c:baghdad": ("city", "Baghdad"), "c:rotterdam": ("city", "Rotterdam"),
              "c:chaux": ("city", "La Chaux-de-Fonds"), "c:guangzhou": ("city", "Guangzhou"), "c:boston": ("city", "Boston"),
              "s:wisconsin": ("university", "the University of Wisconsin"), "s:harvard": ("university", "Harvard University"),
              "s:aa": ("school", "the Architectural Association"), "s:mit": ("university", "the Massachusetts Institute of Technology"),
              "s:tum": ("university", "the Technical University of Munich"), "s:beirut": ("university", "the American University of Beirut"),
              "s:bauhaus": ("school", "the Bauhaus"), "s:iit": ("university", "the Illinois Institute of Technology")}
    T = _t("designed", [("a:wright", "b:fallingwater"), ("a:wright", "b:robie"), ("a:wright", "b:guggenheim"),
                        ("a:mies", "b:farnsworth"), ("a:mies", "b:seagram"), ("a:mies", "b:pavilion"), ("a:johnson", "b:seagram"),
                        ("a:johnson", "b:glass"), ("a:gropius", "b:bauhaus"), ("a:hadid", "b:maxxi"), ("a:hadid", "b:aquatics"),
                        ("a:koolhaas", "b:cctv"), ("a:koolhaas", "b:seattle"), ("a:corbusier", "b:savoye"),
                        ("a:corbusier", "b:ronchamp"), ("a:pei", "b:louvre"), ("a:sullivan", "b:wainwright")])
    T += _t("born", [("a:wright", "c:richland"), ("a:mies", "c:aachen"), ("a:gropius", "c:berlin"), ("a:johnson", "c:cleveland"),
                     ("a:hadid", "c:baghdad"), ("a:koolhaas", "c:rotterdam"), ("a:corbusier", "c:chaux"), ("a:pei", "c:guangzhou"),
                     ("a:sullivan", "c:boston")])
    T += _t("studied", [("a:wright", "s:wisconsin"), ("a:gropius", "s:tum"), ("a:johnson", "s:harvard"), ("a:hadid", "s:aa"),
                        ("a:hadid", "s:beirut"), ("a:koolhaas", "s:aa"), ("a:pei", "s:mit"), ("a:pei", "s:harvard"), ("a:sullivan", "s:mit")])
    T += _t("taught", [("a:mies", "s:bauhaus"), ("a:mies", "s:iit"), ("a:gropius", "s:bauhaus"), ("a:gropius", "s:harvard"),
                       ("a:koolhaas", "s:harvard"), ("a:hadid", "s:aa")])
    return _build(items, others, rels, T)


def empires():
    """Empires (items typed "empire", dated by founding): "had its capital at" / "was the capital
    of" (read also "had their capital at", "its capital was at"), "founded" / "was founded by"
    with the emperor as head (maker noun "founder"), "ruled" / "was ruled by"."""
    rels = [
        R("capital", phrase="had its capital at", inverse_phrase="was the capital of", range=("city",)),
        R("founded", phrase="founded", inverse_phrase="was founded by", range=("empire",)),
        R("ruled", phrase="ruled", inverse_phrase="was ruled by", range=("empire",)),
    ]
    items = {"e:roman": ("empire", "the Roman Empire", -27), "e:byz": ("empire", "the Byzantine Empire", 330),
             "e:ottoman": ("empire", "the Ottoman Empire", 1299), "e:mughal": ("empire", "the Mughal Empire", 1526),
             "e:french": ("empire", "the First French Empire", 1804), "e:holy": ("empire", "the Holy Roman Empire", 800),
             "e:persian": ("empire", "the Achaemenid Empire", -550)}
    others = {"r:augustus": ("emperor", "Augustus"), "r:constantine": ("emperor", "Constantine the Great"),
              "r:osman": ("emperor", "Osman Gazi"), "r:babur": ("emperor", "Babur"), "r:napoleon": ("emperor", "Napoleon Bonaparte"),
              "r:charlemagne": ("emperor", "Charlemagne"), "r:cyrus": ("emperor", "Cyrus the Great"),
              "r:suleiman": ("emperor", "Suleiman the Magnificent"), "r:akbar": ("emperor", "Akbar"), "r:darius": ("emperor", "Darius the Great"),
              "c:rome": ("city", "Rome"), "c:constantinople": ("city", "Constantinople"), "c:bursa": ("city", "Bursa"),
              "c:edirne": ("city", "Edirne"), "c:agra": ("city", "Agra"), "c:delhi": ("city", "Delhi"), "c:paris": ("city", "Paris"),
              "c:aachen": ("city", "Aachen"), "c:vienna": ("city", "Vienna"), "c:persepolis": ("city", "Persepolis"),
              "c:pasargadae": ("city", "Pasargadae"), "c:ravenna": ("city", "Ravenna")}
    T = _t("capital", [("e:roman", "c:rome"), ("e:roman", "c:constantinople"), ("e:byz", "c:constantinople"),
                       ("e:ottoman", "c:bursa"), ("e:ottoman", "c:edirne"), ("e:ottoman", "c:constantinople"),
                       ("e:mughal", "c:agra"), ("e:mughal", "c:delhi"), ("e:french", "c:paris"), ("e:holy", "c:aachen"),
                       ("e:holy", "c:vienna"), ("e:persian", "c:persepolis"), ("e:persian", "c:pasargadae")])
    T += _t("founded", [("r:augustus", "e:roman"), ("r:constantine", "e:byz"), ("r:osman", "e:ottoman"), ("r:babur", "e:mughal"),
                        ("r:napoleon", "e:french"), ("r:charlemagne", "e:holy"), ("r:cyrus", "e:persian")])
    T += _t("ruled", [("r:augustus", "e:roman"), ("r:constantine", "e:roman"), ("r:constantine", "e:byz"), ("r:suleiman", "e:ottoman"),
                      ("r:osman", "e:ottoman"), ("r:babur", "e:mughal"), ("r:akbar", "e:mughal"), ("r:napoleon", "e:french"),
                      ("r:charlemagne", "e:holy"), ("r:cyrus", "e:persian"), ("r:darius", "e:persian")])
    return _build(items, others, rels, T)


def culture():
    """Orchestras, exhibitions and museums (items): "conducted" / "was conducted by" and
    "curated" / "was curated by" (roles that end: kept in the past, no present "conductor",
    "curator"), "founded" / "was founded by" (maker noun "founder"), "directed" / "was directed
    by" a museum (no "director": not a performed work), "was held at" / "hosted"."""
    rels = [
        R("conducted", phrase="conducted", inverse_phrase="was conducted by", range=("orchestra",)),
        R("curated", phrase="curated", inverse_phrase="was curated by", range=("exhibition",)),
        R("founded", phrase="founded", inverse_phrase="was founded by", range=("orchestra", "museum")),
        R("directed", phrase="directed", inverse_phrase="was directed by", range=("museum",)),
        R("held", phrase="was held at", inverse_phrase="hosted", range=("museum",)),
    ]
    items = {"o:nbc": ("orchestra", "the NBC Symphony Orchestra", 1937), "o:berlin": ("orchestra", "the Berlin Philharmonic", 1882),
             "o:nyphil": ("orchestra", "the New York Philharmonic", 1842), "o:lpo": ("orchestra", "the London Philharmonic Orchestra", 1932),
             "o:rpo": ("orchestra", "the Royal Philharmonic Orchestra", 1946), "o:cbso": ("orchestra", "the City of Birmingham Symphony Orchestra", 1920),
             "x:cubism": ("exhibition", "Cubism and Abstract Art", 1936), "x:attitudes": ("exhibition", "When Attitudes Become Form", 1969),
             "x:doc5": ("exhibition", "Documenta 5", 1972), "x:doc11": ("exhibition", "Documenta 11", 2002),
             "x:primitivism": ("exhibition", "Primitivism in 20th Century Art", 1984),
             "m:moma": ("museum", "the Museum of Modern Art", 1929), "m:kunsthalle": ("museum", "the Kunsthalle Bern", 1918),
             "m:fridericianum": ("museum", "the Museum Fridericianum", 1779), "m:tate": ("museum", "Tate Modern", 2000)}
    others = {"p:toscanini": ("conductor", "Arturo Toscanini"), "p:karajan": ("conductor", "Herbert von Karajan"),
              "p:rattle": ("conductor", "Simon Rattle"), "p:bernstein": ("conductor", "Leonard Bernstein"),
              "p:mahler": ("conductor", "Gustav Mahler"), "p:beecham": ("conductor", "Thomas Beecham"),
              "p:sarnoff": ("person", "David Sarnoff"),
              "p:barr": ("curator", "Alfred H. Barr Jr."), "p:szeemann": ("curator", "Harald Szeemann"),
              "p:enwezor": ("curator", "Okwui Enwezor"), "p:rubin": ("curator", "William Rubin"),
              "p:varnedoe": ("curator", "Kirk Varnedoe"), "p:bliss": ("person", "Lillie P. Bliss"),
              "p:rockefeller": ("person", "Abby Aldrich Rockefeller"), "p:serota": ("curator", "Nicholas Serota")}
    T = _t("conducted", [("p:toscanini", "o:nbc"), ("p:karajan", "o:berlin"), ("p:rattle", "o:berlin"), ("p:rattle", "o:cbso"),
                         ("p:bernstein", "o:nyphil"), ("p:mahler", "o:nyphil"), ("p:beecham", "o:lpo"), ("p:beecham", "o:rpo")])
    T += _t("curated", [("p:barr", "x:cubism"), ("p:szeemann", "x:attitudes"), ("p:szeemann", "x:doc5"), ("p:enwezor", "x:doc11"),
                        ("p:rubin", "x:primitivism"), ("p:varnedoe", "x:primitivism")])
    T += _t("founded", [("p:sarnoff", "o:nbc"), ("p:beecham", "o:lpo"), ("p:beecham", "o:rpo"), ("p:bliss", "m:moma"),
                        ("p:rockefeller", "m:moma")])
    T += _t("directed", [("p:barr", "m:moma"), ("p:szeemann", "m:kunsthalle"), ("p:serota", "m:tate")])
    T += _t("held", [("x:cubism", "m:moma"), ("x:primitivism", "m:moma"), ("x:attitudes", "m:kunsthalle"),
                     ("x:doc5", "m:fridericianum"), ("x:doc11", "m:fridericianum")])
    return _build(items, others, rels, T)


def movies():
    return kgx.KnowledgeGraph.example()


BUILDERS = {"movies": movies, "professors": professors, "astronomy": astronomy, "architects": architects,
            "empires": empires, "culture": culture}

_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@astronomy
# (1) "X is a K in P": wrong constellation, wrong kind, modifiers, counts, negation, direction
Betelgeuse is a star in Taurus.
Betelgeuse is a nebula in Orion.
The Orion Nebula is a star in Orion.
Betelgeuse is the brightest star in Orion.
Betelgeuse is a red star in Orion.
Betelgeuse is the only star in Orion.
Betelgeuse is one of two stars in Orion.
Betelgeuse and Sirius are stars in Orion.
Betelgeuse is not a star in Orion.
Orion is a star in Betelgeuse.
Betelgeuse is a star in the constellation of Taurus.
Betelgeuse is a star in Orion and Taurus.
Betelgeuse is a star near Orion.
Betelgeuse is a star in Orion, like Aldebaran.
The Pleiades is a galaxy in Taurus.
The Pleiades is a star cluster in Taurus.
The Pleiades is an open cluster in Taurus.
Aldebaran is a star in Taurus, and the Crab Nebula is a nebula in Orion.
The Andromeda Galaxy is a spiral galaxy in Andromeda.
The Andromeda Galaxy is the nearest galaxy in Andromeda.
The Whirlpool Galaxy is a galaxy in Andromeda.
Uranus is a planet in Orion.
Titan is a moon in Saturn.
Titan is a moon in Orion.
Betelgeuse is a star in Orion, and Rigel is a star in Taurus.
Betelgeuse is a star in Orion. So is Aldebaran.
Betelgeuse and Rigel are the two stars in Orion.
Betelgeuse is a star in Orion discovered by William Herschel.
Rigel is a bright star in Orion.
Betelgeuse is a supergiant in Orion.
Sirius is a star in Canis Minor.
Vega is a star in Lyra, as is Polaris.
Sirius is the brightest star in Canis Major.
The Sun is a star in Orion.
Polaris is a star in Ursa Minor, not Orion.
Betelgeuse is a star in Orion in 1600.
Betelgeuse is a star in the Orion Nebula.
The Ring Nebula is a nebula in Lyra discovered by William Herschel.
Betelgeuse is the star in Orion.
The stars in Orion are Betelgeuse.
Orion's stars are Betelgeuse and Sirius.
Betelgeuse is a constellation in Orion.
Orion is a constellation in Betelgeuse.
Betelgeuse is a planet in Orion.
Betelgeuse is a star in Orion's belt.
Betelgeuse is a star in Orion, and so is Sirius.
Betelgeuse is a star in Orion, as is Rigel in Taurus.
Betelgeuse is a star in Orion, as is Aldebaran in Taurus.
Betelgeuse and Aldebaran are stars in Orion and Taurus.
Betelgeuse is a star. It lies in the constellation Taurus.
The Orion Nebula and Betelgeuse lie in the constellation Orion, and both are stars.
Betelgeuse is a star in Orion. The Orion Nebula is also a star in Orion.
The Crab Nebula, a star in Taurus, was discovered by John Bevis.
The Crab Nebula, a nebula in Orion, was discovered by John Bevis.
The Crab Nebula is a nebula in Taurus that Charles Messier discovered.
Vega, a star in Lyra, is orbited by the Sun.
# (1) the kind of a second name: "as is Y", "so is Y", "Y too", a gapped "Y a K in P"
Aldebaran is a star in Taurus, as is the Pleiades.
Aldebaran is a star in Taurus, as is the Crab Nebula.
The Crab Nebula is a nebula in Taurus, as is Aldebaran.
Rigel is a star in Orion, and so is the Orion Nebula.
The Orion Nebula is a nebula in Orion, as is Rigel.
Betelgeuse is a star in Orion, as are Rigel and the Orion Nebula.
Vega is a star in Lyra, as is the Ring Nebula.
Vega is a star in Lyra, as is the Ring Nebula, which was discovered by Charles Messier.
Vega is a star in Lyra; so is the Ring Nebula.
Vega is a star in Lyra, and the Ring Nebula is too.
The Ring Nebula is a nebula in Lyra, as is Vega.
The Pleiades is a cluster in Taurus, as is Aldebaran.
Rigel is a star in Orion. So is the Orion Nebula.
Vega and the Ring Nebula are stars in Lyra.
Like Vega, the Ring Nebula is a star in Lyra.
Betelgeuse is a star in Orion, Aldebaran a star in Taurus, and the Pleiades a star in Taurus.
Aldebaran is a star in Taurus, the Pleiades a star in Taurus.
Aldebaran is a star in Taurus, the Crab Nebula a star in Taurus.
Rigel is a star in Orion, the Orion Nebula a star in Orion.
Vega is a star in Lyra, the Ring Nebula a galaxy in Lyra.
The Ring Nebula is a nebula in Lyra, Vega a nebula in Lyra.
Betelgeuse is a star in Orion, Rigel a star in Taurus.
The Andromeda Galaxy is a galaxy in Andromeda, the Whirlpool Galaxy a nebula in Canes Venatici.
The Andromeda Galaxy is a galaxy in Andromeda, and the Whirlpool Galaxy a nebula in Canes Venatici.
The Andromeda Galaxy is a galaxy in Andromeda, and the Whirlpool Galaxy is a nebula in Canes Venatici.
Polaris is a star in Ursa Minor, as is the Ring Nebula in Lyra.
# (4) the maker noun "discoverer": only one, wrong owner, other nouns of making
The discoverer of Neptune is Johann Galle.
Johann Galle is the discoverer of Neptune.
Neptune's discoverer was Johann Galle.
Neptune's discoverers are Johann Galle.
The discoverers of Neptune were Johann Galle and William Herschel.
Galileo Galilei is the discoverer of Io and Titan.
Titan, whose discoverer is Galileo Galilei, orbits Saturn.
Io, whose discoverer is Galileo Galilei, orbits Saturn.
Christiaan Huygens, the discoverer of Titan, discovered Io.
The discoverer of Titan discovered Io.
Johann Galle discovered Neptune. His discoverer was Urbain Le Verrier.
Galileo Galilei discovered Io. Titan is one of his moons.
The maker of Uranus is William Herschel.
William Herschel is the creator of Uranus.
William Herschel is the author of Uranus.
Uranus's founder was William Herschel.
William Herschel was the discoverer of Uranus and Neptune.
Johann Galle and William Lassell are the discoverers of Neptune.
The Ring Nebula is a nebula in Lyra. Its discoverer is Charles Messier.
The Ring Nebula is a nebula in Lyra. Its discoverers are Charles Messier.
The Ring Nebula is a nebula in Lyra, and its discoverer is Antoine Darquier.
Io is a moon discovered by Galileo Galilei, as is Uranus.
# (4)/(6) "the N of A and B" and "he is its N" where one owner has two makers (the only one?)
Charles Messier is the discoverer of the Whirlpool Galaxy and the Ring Nebula.
Charles Messier was the discoverer of the Whirlpool Galaxy and the Ring Nebula.
The Whirlpool Galaxy and the Ring Nebula's discoverer is Charles Messier.
Charles Messier discovered the Ring Nebula, and he is its discoverer.
Charles Messier discovered the Ring Nebula. He is its discoverer.
Johann Galle discovered Neptune, and he is its discoverer.
Urbain Le Verrier is the discoverer of Neptune and Uranus.
Johann Galle is the discoverer of Neptune and Triton.

@professors
# (2) "lectured at", "was a professor at", "was on the faculty of", "trained at"
Richard Feynman was a professor at the Massachusetts Institute of Technology.
Richard Feynman lectured at Princeton University.
Albert Einstein is a professor at Princeton University.
Albert Einstein was a visiting professor at the University of Berlin.
Albert Einstein was a professor of physics at the University of Berlin.
Max Planck was an assistant professor at the University of Berlin.
Enrico Fermi was a professor at the University of Pisa.
Marie Curie trained at the University of Warsaw.
Richard Feynman trained at Cornell University.
Albert Einstein lectured at Ulm.
Robert Oppenheimer was a professor at Harvard University.
Einstein was a professor at ETH Zurich and the University of Munich.
Albert Einstein was the first professor at Princeton University.
Max Planck was a professor at the University of Berlin for 30 years.
Richard Feynman was not a professor at Cornell University.
Richard Feynman was never a professor at the Massachusetts Institute of Technology.
Richard Feynman was a student at Cornell University.
Richard Feynman was a teacher at the Massachusetts Institute of Technology.
Linus Pauling trained at the California Institute of Technology as a chemist.
Niels Bohr trained at the University of Copenhagen and the University of Cambridge.
Rutherford was a professor at McGill University. Bohr trained at McGill University.
Richard Feynman was a professor at Cornell University and Princeton University.
Richard Feynman was a professor at the California Institute of Technology. He trained at Cornell University.
John Archibald Wheeler lectured at Princeton University, where Feynman was a professor.
Richard Feynman was on the faculty of the Massachusetts Institute of Technology.
Richard Feynman was on the board of Princeton University.
Richard Feynman was on the faculty of Wheeler.
Wheeler was a professor at Feynman.
Princeton University was a professor at Albert Einstein.
Einstein was a professor at ETH Zurich, Planck at the University of Munich.
Albert Einstein and Niels Bohr were professors at Princeton University.
Planck was a professor at the University of Munich, where he trained.
Planck trained at the University of Berlin, where he was a professor.
Feynman trained at Princeton University and lectured there.
Pauling trained at the California Institute of Technology. Feynman lectured there.
Feynman lectured at Cornell University, as did Oppenheimer.
Feynman lectured at Cornell University, and so did Pauling.
Feynman and Oppenheimer lectured at the California Institute of Technology and Cornell University.
Oppenheimer lectured at Harvard University.
The University of Berlin was where Einstein trained.
Rutherford was a professor at two universities: McGill University and the University of Manchester.
Einstein lectured at ETH Zurich in 1912.
Einstein was a professor at ETH Zurich before Planck.
Einstein was a professor at the University of Berlin with Niels Bohr.
Einstein was a professor at ETH Zurich, and Bohr was a professor there.
Bohr was a professor at the University of Copenhagen; his student was Rutherford.
Feynman, a professor at Cornell University, was born in Jacksonville.
Rutherford was once a professor at ETH Zurich.
Rutherford was a professor at the University of Manchester, the University of Cambridge and ETH Zurich.
Feynman trained at Princeton University. He lectured there too, under Wheeler.
Richard Feynman's professor was John Archibald Wheeler.
Feynman was a professor of Wheeler.
Wheeler lectured Feynman.
Einstein taught at Princeton University; Feynman lectured there.
Bohr and Rutherford trained at the University of Copenhagen.
Bohr trained in Copenhagen.
Albert Einstein was a full professor at Princeton University.
Albert Einstein became a professor at Princeton University.
Albert Einstein is on the faculty of Princeton University.
Albert Einstein lectures at Princeton University.
# (5)/(6) "his teacher was", "one of his ..." after one person
Niels Bohr was born in Copenhagen. His teacher was Albert Einstein.
John Archibald Wheeler was born in Jacksonville. His pupil was Niels Bohr.
Niels Bohr was born in Copenhagen, and his teachers were Ernest Rutherford and Albert Einstein.
Richard Feynman was born in New York, and Cornell University is one of his universities.
Richard Feynman was born in New York, and Cornell University is his alma mater.
Ernest Rutherford was born in Brightwater, and the University of Berlin is one of his employers.
Richard Feynman was born in New York. His employers were Cornell University.

@architects
# (5) "the architect of X", maker nouns of "designed", "one of his buildings", "his N were"
The architect of Fallingwater was born in Aachen.
The architect of Fallingwater designed the Glass House.
The architect of the Seagram Building was born in Aachen.
The architect of the Seagram Building designed the Glass House.
The architect of the Farnsworth House is Philip Johnson.
The architect of the Seagram Building is Philip Johnson.
Philip Johnson is the architect of the Seagram Building.
The architects of the Seagram Building are Philip Johnson and Walter Gropius.
Frank Lloyd Wright was born in Richland Center. The Glass House is one of his buildings.
Frank Lloyd Wright was born in Richland Center, and the Glass House is one of his buildings.
Frank Lloyd Wright designed Fallingwater, and the Glass House is one of his buildings.
Frank Lloyd Wright designed Fallingwater. The Glass House is one of his buildings.
The Glass House is one of his buildings.
Philip Johnson admired Frank Lloyd Wright, and the Glass House is one of his buildings.
Fallingwater is one of his buildings, Frank Lloyd Wright said.
Frank Lloyd Wright was born in Richland Center. His buildings were Fallingwater and the Robie House.
Frank Lloyd Wright was born in Richland Center. His buildings are Fallingwater and the Robie House.
Frank Lloyd Wright was born in Richland Center. His buildings include the Glass House.
Frank Lloyd Wright was born in Richland Center. His building was Fallingwater.
Frank Lloyd Wright was born in Richland Center. His designs were Fallingwater, the Robie House and the Glass House.
Walter Gropius was born in Berlin. His building is the Glass House.
Frank Lloyd Wright's buildings were Fallingwater and the Robie House.
Fallingwater and the Robie House were Frank Lloyd Wright's buildings.
Frank Lloyd Wright's buildings include the Glass House.
The Seagram Building, whose architect is Philip Johnson, was designed by Ludwig Mies van der Rohe.
The Seagram Building, whose architect is Walter Gropius, was designed by Ludwig Mies van der Rohe.
Frank Lloyd Wright is the designer of the Glass House.
Frank Lloyd Wright is the builder of the Robie House.
Frank Lloyd Wright is the founder of the Robie House.
Frank Lloyd Wright is the owner of the Robie House.
Walter Gropius was born in Berlin, and the Seagram Building is one of his buildings.
Walter Gropius trained at the Technical University of Munich, and the Seagram Building is one of his buildings.
Frank Lloyd Wright was born in Richland Center, and Fallingwater and the Glass House are two of his buildings.
Frank Lloyd Wright was born in Richland Center, and Fallingwater is one of his two buildings.
Frank Lloyd Wright was born in Richland Center, and Fallingwater is his only building.
Frank Lloyd Wright was born in Richland Center, and Fallingwater is one of his schools.
Frank Lloyd Wright was born in Richland Center, and Richland Center is one of his buildings.
Walter Gropius was born in Berlin, and Harvard University is one of his universities.
Zaha Hadid was born in Baghdad, and Harvard University is one of her schools.
Zaha Hadid was born in Baghdad, and the CCTV Headquarters is one of her buildings.
Zaha Hadid, born in Baghdad, trained at the Architectural Association, and the CCTV Headquarters is one of her buildings.
The Seagram Building was designed by Philip Johnson, and the Farnsworth House is one of his buildings.
Frank Lloyd Wright designed the Robie House; the Glass House is one of his buildings.
Louis Sullivan was born in Boston, and the Wainwright Building is one of his buildings, as is Fallingwater.
Louis Sullivan was born in Boston, and the Robie House is one of his buildings.
Louis Sullivan trained at the Massachusetts Institute of Technology, and the Robie House is one of his buildings.
Walter Gropius was born in Berlin, and one of his buildings is the Glass House.
Walter Gropius was born in Berlin, and his architect is Philip Johnson.
Walter Gropius was born in Berlin, and his building is the Glass House.
Walter Gropius was born in Berlin, and his buildings were the Bauhaus Building and the Glass House.
Walter Gropius was born in Berlin, and his birthplace is Aachen.
I. M. Pei was born in Guangzhou, and the Guggenheim Museum is one of his buildings.
Rem Koolhaas was born in Rotterdam, and MAXXI is one of her buildings.
# (2) "trained at", "was a professor at" of architects
Zaha Hadid trained at Harvard University.
Walter Gropius trained at the Bauhaus.
Zaha Hadid was a professor at the Architectural Association. Rem Koolhaas was one of her students.
Ludwig Mies van der Rohe was a professor at Harvard University.
Ludwig Mies van der Rohe lectured at the Architectural Association.
Philip Johnson lectured at Harvard University.
I. M. Pei was on the faculty of the Massachusetts Institute of Technology.
Rem Koolhaas trained at Harvard University.
# (4)/(6) "the architect / designer of A and B" where B has two architects
Ludwig Mies van der Rohe is the architect of the Farnsworth House and the Seagram Building.
The Farnsworth House and the Seagram Building's architect is Ludwig Mies van der Rohe.
Philip Johnson is the architect of the Glass House and the Seagram Building.
Philip Johnson was the architect of the Glass House and the Seagram Building.
Philip Johnson is the designer of the Glass House and the Seagram Building.
The Glass House and the Seagram Building's architect is Philip Johnson.
The Glass House and the Seagram Building's designer was Philip Johnson.
The designer of the Seagram Building was Philip Johnson.
The Seagram Building's architect was Philip Johnson.
Philip Johnson, the architect of the Seagram Building, was born in Cleveland.
Philip Johnson is the creator of the Seagram Building.
The creator of the Farnsworth House is Philip Johnson.
Philip Johnson was born in Cleveland. His building is the Seagram Building.
Walter Gropius designed the Bauhaus Building, and his architect was Philip Johnson.

@empires
# (3) "had its capital at", "had their capital at", "its capital was at"
The Ottoman Empire had its capital at Rome.
The Ottoman Empire's capital was at Rome.
The Ottoman Empire and the Byzantine Empire had their capital at Edirne.
The Ottoman Empire and the Mughal Empire had their capital at Constantinople.
The Ottoman Empire has its capital at Bursa.
The Ottoman Empire's capital is at Bursa.
Osman Gazi founded the Ottoman Empire. Its capital was at Agra.
Osman Gazi, whose capital was at Bursa, founded the Ottoman Empire.
Osman Gazi's capital was at Bursa.
Osman Gazi had his capital at Bursa.
The Ottoman Empire, whose capital was at Rome, was founded by Osman Gazi.
The Ottoman Empire, whose capital was at Bursa, was founded by Babur.
Bursa's capital was at the Ottoman Empire.
The capital of the Ottoman Empire was at Rome.
The Ottoman Empire had its capital at Bursa, then at Edirne, then at Rome.
The Ottoman Empire had its capital at Bursa and Rome.
The Ottoman Empire had its capital at Bursa, the Mughal Empire at Paris.
The Ottoman Empire had its capital at Bursa, and so did the Mughal Empire.
The Ottoman Empire had its capital at Constantinople, as did the Byzantine Empire and the Mughal Empire.
The Ottoman Empire's capitals were at Bursa and Rome.
The Holy Roman Empire had its capital at Aachen in 1804.
The Holy Roman Empire had its capital at Aachen, which Charlemagne founded.
Charlemagne founded the Holy Roman Empire, which had its capital at Paris.
Charlemagne ruled the Holy Roman Empire, whose capital was at Persepolis.
The Holy Roman Empire had its first capital at Aachen.
The Holy Roman Empire had its capital in Persepolis.
The Holy Roman Empire had its seat at Aachen.
The Holy Roman Empire had its capital at Aachen. The Mughal Empire had its capital there too.
The Roman Empire and the Byzantine Empire had their capital at Rome.
Its capital was at Rome.
The capital was at Rome.
Augustus founded the Roman Empire, and the capital was at Persepolis.
Augustus founded the Roman Empire; the capital was at Ravenna.
Augustus ruled from Rome, and his capital was at Constantinople.
The Roman Empire's capital was not at Ravenna.
The Roman Empire's capital was never at Ravenna.
The Roman Empire's capital was at Ravenna.
The Roman Empire had no capital at Ravenna.
The Roman Empire's capital was also at Ravenna.
The Roman Empire's capital was briefly at Ravenna.
Babur founded the Mughal Empire, and its capital was at Bursa.
# (4) the maker noun "founder"
Babur is the founder of the Ottoman Empire.
The founder of the Mughal Empire is Akbar.
The Mughal Empire's founder was Akbar.
Akbar, the founder of the Mughal Empire, ruled it.
Suleiman the Magnificent is the founder of the Ottoman Empire.
The Ottoman Empire's founders were Osman Gazi and Suleiman the Magnificent.
The Holy Roman Empire, whose founder is Napoleon Bonaparte, had its capital at Aachen.
Charlemagne is the ruler of the Holy Roman Empire.
Darius the Great is the founder of the Achaemenid Empire.
Cyrus the Great is the founder of the Achaemenid Empire and the Roman Empire.
Suleiman the Magnificent ruled the Ottoman Empire, and he is its founder.

@culture
# (4) "conducted", "curated" kept in the past; "conductor", "curator", "director" not read
Arturo Toscanini conducts the NBC Symphony Orchestra.
The NBC Symphony Orchestra is conducted by Arturo Toscanini.
Arturo Toscanini is the conductor of the NBC Symphony Orchestra.
The NBC Symphony Orchestra's conductor is Arturo Toscanini.
Arturo Toscanini is conducting the NBC Symphony Orchestra.
Arturo Toscanini still conducts the NBC Symphony Orchestra.
Simon Rattle conducts the Berlin Philharmonic.
Simon Rattle conducted the Berlin Philharmonic and the New York Philharmonic.
The Berlin Philharmonic's conductors were Simon Rattle.
The conductors of the Berlin Philharmonic were Simon Rattle and Leonard Bernstein.
Harald Szeemann curates Documenta 5.
Documenta 5 is curated by Harald Szeemann.
Harald Szeemann is the curator of Documenta 5.
Documenta 5's curator is Harald Szeemann.
Documenta 11's curator was Harald Szeemann.
The curators of Primitivism in 20th Century Art were William Rubin.
The founder of the Museum of Modern Art is Lillie P. Bliss.
Lillie P. Bliss is the founder of the Museum of Modern Art.
The founders of the Museum of Modern Art are Lillie P. Bliss and Alfred H. Barr Jr..
Arturo Toscanini is the founder of the NBC Symphony Orchestra.
Alfred H. Barr Jr. directs the Museum of Modern Art.
Alfred H. Barr Jr. is the director of the Museum of Modern Art.
The director of the Museum of Modern Art is Alfred H. Barr Jr..
Nicholas Serota is the director of Tate Modern.
Cubism and Abstract Art is held at the Museum of Modern Art.
The Museum of Modern Art hosts Cubism and Abstract Art.
Alfred H. Barr Jr. curated Cubism and Abstract Art, which was held at the Kunsthalle Bern.
Alfred H. Barr Jr. curated Cubism and Abstract Art at the Kunsthalle Bern.
Thomas Beecham founded and conducts the Royal Philharmonic Orchestra.
Thomas Beecham founded the London Philharmonic Orchestra, which he conducts.
Thomas Beecham founded the London Philharmonic Orchestra. He conducts it.
Thomas Beecham founded the London Philharmonic Orchestra, and he is its conductor.
The London Philharmonic Orchestra was founded by Thomas Beecham. Its conductor is Thomas Beecham.
The London Philharmonic Orchestra was founded by Thomas Beecham, its conductor.
Harald Szeemann, curator of Documenta 11, directed the Kunsthalle Bern.
Herbert von Karajan conducts the Berlin Philharmonic, which was founded by Thomas Beecham.
Leonard Bernstein is a conductor of the New York Philharmonic.
Gustav Mahler, the conductor of the New York Philharmonic, conducted the Berlin Philharmonic.
Okwui Enwezor curated Documenta 5 and Documenta 11.
William Rubin and Alfred H. Barr Jr. curated Primitivism in 20th Century Art.
# (4)/(6) "she is its founder" where the museum has two founders
Lillie P. Bliss founded the Museum of Modern Art. She is its founder.
Abby Aldrich Rockefeller founded the Museum of Modern Art, and she was its founder.
Lillie P. Bliss is the founder of the Museum of Modern Art and the London Philharmonic Orchestra.
Lillie P. Bliss is the founder of the Museum of Modern Art, and Thomas Beecham of the London Philharmonic Orchestra.
The Museum of Modern Art's founder is Lillie P. Bliss.
The Museum of Modern Art, whose founder is Lillie P. Bliss, hosted Cubism and Abstract Art.
The NBC Symphony Orchestra's founder is Arturo Toscanini.

@movies
# (6) past nouns and doer nouns in texts of two sentences
Heat was directed by Michael Mann. Its cinematographers were Dante Spinotti and Darius Khondji.
Heat was directed by Michael Mann. Its cinematographer was Darius Khondji.
Heat's cinematographer was Dante Spinotti, and its writer is Andrew Kevin Walker.
Seven's cinematographer was Darius Khondji, and Heat's was Robert Richardson.
Seven's cinematographer was Darius Khondji, as was Heat's.
Seven had Darius Khondji as its cinematographer, and Heat had Robert Richardson.
The cinematographer of Seven was the Dante Spinotti.
Robert Richardson was the cinematographer of Casino, and Dante Spinotti of Seven.
Robert Richardson was the cinematographer of Casino, and Dante Spinotti was the cinematographer of Seven.
Seven's cinematographer was Darius Khondji. Heat's cinematographer was Darius Khondji too.
Heat was shot by Dante Spinotti. Its editor was Darius Khondji.
Michael Mann directed Heat, and his cinematographer was Darius Khondji.
David Fincher directed Seven, and one of his films is Heat.
Seven is one of Michael Mann's films.
"""

CONTROLS = r"""
@astronomy
Betelgeuse is a star in Orion.
Betelgeuse lies in the constellation Orion.
The Orion Nebula is a nebula in Orion.
Betelgeuse is a star in the constellation Orion.
The Pleiades is a cluster in Taurus.
The Andromeda Galaxy is a galaxy in Andromeda.
Rigel is a star in Orion, as is Betelgeuse.
Vega is a star in Lyra, the Ring Nebula a nebula in Lyra.
Betelgeuse and Aldebaran are stars in Orion and Taurus respectively.
The Crab Nebula, a nebula in Taurus, was discovered by John Bevis.
The Crab Nebula is a nebula in Taurus discovered by John Bevis.
William Herschel is the discoverer of Uranus.
The discoverer of Uranus is William Herschel.
Uranus's discoverer was William Herschel.
Io and Europa's discoverer is Galileo Galilei.
The Ring Nebula is a nebula in Lyra. Its discoverers are Charles Messier and Antoine Darquier.
Uranus, a planet discovered by William Herschel, orbits the Sun.
Io is a moon discovered by Galileo Galilei, as is Europa.
@professors
Albert Einstein taught at ETH Zurich.
Albert Einstein lectured at ETH Zurich.
Albert Einstein was a professor at Princeton University.
Max Planck was on the faculty of the University of Berlin.
Einstein and Planck were professors at the University of Berlin.
Albert Einstein trained at ETH Zurich.
Richard Feynman trained at Princeton University.
Albert Einstein was a lecturer at the University of Berlin.
Richard Feynman was born in New York. His teacher was John Archibald Wheeler.
Albert Einstein has lectured at Princeton University.
@architects
Frank Lloyd Wright is the architect of Fallingwater.
The architect of Fallingwater is Frank Lloyd Wright.
Philip Johnson is an architect of the Seagram Building.
Walter Gropius was born in Berlin. His building was the Bauhaus Building.
Philip Johnson was born in Cleveland, and the Seagram Building is one of his buildings.
Frank Lloyd Wright was born in Richland Center, and Fallingwater is one of his buildings.
I. M. Pei was born in Guangzhou, and the Louvre Pyramid is one of his buildings.
Zaha Hadid trained at the Architectural Association.
Walter Gropius was a professor at Harvard University.
Walter Gropius was a professor at the Bauhaus.
Frank Lloyd Wright's buildings were Fallingwater, the Robie House and the Guggenheim Museum.
@empires
The Ottoman Empire had its capital at Bursa.
The Ottoman Empire's capital was at Edirne.
The Ottoman Empire and the Byzantine Empire had their capital at Constantinople.
Osman Gazi founded the Ottoman Empire. Its capital was at Bursa.
The capital of the Ottoman Empire was at Bursa.
The Ottoman Empire had its capital at Constantinople, as did the Roman Empire.
Charlemagne founded the Holy Roman Empire, which had its capital at Vienna.
Augustus founded the Roman Empire, and its capital was at Constantinople.
Osman Gazi is the founder of the Ottoman Empire.
The founder of the Mughal Empire is Babur.
Osman Gazi founded the Ottoman Empire, and he is its founder.
Constantine the Great ruled the Byzantine Empire, and he is its founder.
@culture
Arturo Toscanini conducted the NBC Symphony Orchestra.
The NBC Symphony Orchestra was conducted by Arturo Toscanini.
Arturo Toscanini has conducted the NBC Symphony Orchestra.
Harald Szeemann curated Documenta 5.
Documenta 5 was curated by Harald Szeemann.
Thomas Beecham is the founder of the London Philharmonic Orchestra.
The founder of the Royal Philharmonic Orchestra is Thomas Beecham.
The founders of the Museum of Modern Art are Lillie P. Bliss and Abby Aldrich Rockefeller.
Lillie P. Bliss is a founder of the Museum of Modern Art.
Alfred H. Barr Jr. directed the Museum of Modern Art.
The Museum of Modern Art hosted Cubism and Abstract Art.
Alfred H. Barr Jr. curated Cubism and Abstract Art, which was held at the Museum of Modern Art.
Thomas Beecham founded and conducted the London Philharmonic Orchestra.
Thomas Beecham is the founder of the London Philharmonic Orchestra and the Royal Philharmonic Orchestra.
@movies
Heat was directed by Michael Mann. Its cinematographer was Dante Spinotti.
Seven's cinematographer was Darius Khondji.
"""

KNOWN = frozenset(
    # (older than this session: accepted by the code before it too) the present "directs" of a
    # graph's past "directed": directing a museum is a role that ends, directing a film a deed
    # that stays, and the verb alone cannot tell them apart (open, in the README's limits)
    {"Alfred H. Barr Jr. directs the Museum of Modern Art."})

OPEN = frozenset(
    # "like Y": Y resembles X in lying in Lyra, or Y is a star in Lyra too (the Ring Nebula is a nebula)
    {"Vega is a star in Lyra, like the Ring Nebula.",
     # a star "was" in a constellation: it still is (a timeless state in the past tense)
     "Betelgeuse was a star in Orion.",
     # "his" of a woman: the graph has no gender, so the checker cannot know Hadid is a woman
     "Zaha Hadid was born in Baghdad, and MAXXI is one of his buildings.",
     # "the creator of" a building for its architect: "design" gives the noun "creator"
     "Frank Lloyd Wright is the creator of the Robie House.",
     # "its" after two empires: Constantinople was a capital of both, Rome only of the Roman Empire
     "Constantine the Great ruled the Roman Empire and the Byzantine Empire. Its capital was at Rome.",
     # "the Darius Khondji": a name after "the" (named_after), odd but not false
     "Seven's cinematographer was the Darius Khondji."})

OPEN_TEXTS = r"""
@astronomy
Vega is a star in Lyra, like the Ring Nebula.
Betelgeuse was a star in Orion.
@architects
Zaha Hadid was born in Baghdad, and MAXXI is one of his buildings.
Frank Lloyd Wright is the creator of the Robie House.
@empires
Constantine the Great ruled the Roman Empire and the Byzantine Empire. Its capital was at Rome.
@movies
Seven's cinematographer was the Darius Khondji.
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
