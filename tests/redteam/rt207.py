"""Red team round 207 (closing soak) on WHOLE_SESSION.diff: the whole session's change together --
maker nouns naming a relation's head ("the author of", "the inventor of", "the discoverer of",
"the painter of", "the founder of", "whose N is", "X's N was") and the "only one" check; past
nouns ("its capital was", "had Y as its state religion", "used Y as its official language", "It
had Y as its N"); teaching ("was a pupil of", "studied with", "was taught by", "lectured at", "was
a professor at", "trained at"); a surname alone as an item (gapped clauses); "Y is one of his N";
"a K in P" with constellations; in texts of one to three sentences with "it", "he", "his", "the
latter", lists, negation and user claims ("You loved X, whose writer is Y").

Graphs: the shipped example graph (user:1's ratings) and five of my own (see each builder's
docstring): "novels" (novelists, books, illustrators, publishers; "studied under" beside "taught
at" and "studied at"), "inventors" (inventions, patents, companies founded; two inventors of the
light bulb and of the Wright Flyer), "painters" ("was a pupil of" / "taught"; paintings "held
by" museums, museums "founded by"; Gleyre taught three, the Baptism of Christ has two painters),
"dynasties" (capitals, state religions, official languages as past nouns of "had the N";
founders), "observatories" (comets with one to three discoverers, galaxies / clusters / stars in
constellations, observatories founded and worked at, two Hales, two Shoemakers, two Herschels).

Findings (6 of 347 false texts accepted; 4 OPEN texts, none accepted; controls: 58 of 65 accepted).
3 of the 6 are the session's: with WHOLE_SESSION.diff reversed on a copy of the code they are
rejected, the other 3 are accepted there too (and so are 2 "his pupil(s)" texts the session closed).

* (maker nouns) "A and B are / were the Ns of X", 3 (new): the only-one (complete list) check of a
  maker noun whose subject is a list is made on the makers' side (that A's and B's works are all
  named), not on X's (that X's makers are all named): "Eugene Shoemaker and David Levy are the
  discoverers of Comet Shoemaker-Levy 9" is accepted though the comet has a third discoverer
  (Carolyn Shoemaker), as are "Eugene Shoemaker and Carolyn Shoemaker are ..." and "Carolyn
  Shoemaker and David Levy were ..." (none of the three discovered anything else). The same check
  rejects true texts where a maker has another work: controls "Horace Tuttle and Wilhelm Tempel
  are the discoverers of Comet Tempel-Tuttle" (Tuttle also found Swift-Tuttle) and "Leonardo da
  Vinci and Andrea del Verrocchio are the painters of The Baptism of Christ" (Leonardo also
  painted the Mona Lisa): incomplete_list. The other shapes hold ("X's discoverers were A and B",
  "they are its discoverers", "whose discoverers are A and B", "the discoverers of X are A and B").
* (teaching) "A and B were the pupils of X" of a relation "was a pupil of", 3 (old: accepted
  before the session): the same shape with the relation's own noun: "Claude Monet and
  Pierre-Auguste Renoir were the pupils of Charles Gleyre" (and Alfred Sisley), "Claude Monet and
  Alfred Sisley are the pupils of Charles Gleyre", and the same in a two-clause text.
Held: maker nouns of one owner with two makers ("Orville Wright is the inventor of the Wright
Flyer", "Joseph Swan is ...", "he is its inventor", "whose founder is", "X's N was", "the author of
A and B" where B has two), wrong makers, "the author of X" as a subject noun with a wrong
predicate, "patentee" / "publisher" (unread); past nouns both ways, "It had Y as its N", "used Y as
its official language", "both had ... as their", "as did", gapped "the Z's Baghdad", present
tense, negation, "his capital" of a founder, "the latter's capital"; "lectured at", "was a
professor at", "trained at", "was on the faculty of" with wrong schools; "was a pupil of",
"studied with", "was taught by", "taught" the wrong way or with a wrong teacher, "his pupil(s)
were" short lists; surnames in gapped clauses (wrong place, wrong teacher); "one of his
paintings" with a wrong painting; "a K in P" with wrong kinds and constellations; user claims
with a wrong rating, an unrated film, "whose writer is" one of two writers.
Controls rejected (7): the two above (incomplete_list on the makers' side); "Charles Babbage
trained at the University of Cambridge and lectured there" and "George Ellery Hale founded Yerkes
Observatory and worked there" ("lectured there", "worked there" unread); "Thomas Edison was born
in Milan, and the phonograph is one of his inventions" ("inventions" is no relation noun);
"Henri Matisse was born in Le Cateau-Cambresis. His teacher was Gustave Moreau." ("teacher" not
read for "was a pupil of" / "taught"); "Eugene Shoemaker lectured at the California Institute of
Technology" ("lectured at" not added where the heads are typed "astronomer" attributes).
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


def novels():
    """Novelists (items typed "novelist", dated by birth; a graph of people only, so "his" / "her"
    may name one) and their books (attributes): "wrote" / "was written by" (maker nouns "author",
    "writer"; No Thoroughfare has two authors), "illustrated" / "was illustrated by"
    ("illustrator"), publishers "published" / "was published by" (no maker noun), "studied under"
    / "was the teacher of" (Bradbury taught McEwan and Ishiguro), "taught at" / "employed"
    ("lectured at", "was a professor at"), "studied at" / "was attended by" ("trained at"), "was
    born in", "died in"."""
    rels = [
        R("wrote", phrase="wrote", inverse_phrase="was written by", range=("book",)),
        R("illustrated", phrase="illustrated", inverse_phrase="was illustrated by", range=("book",)),
        R("published", phrase="published", inverse_phrase="was published by", range=("book",)),
        R("under", phrase="studied under", inverse_phrase="was the teacher of", range=("novelist",)),
        R("taught", phrase="taught at", inverse_phrase="employed", range=("university",)),
        R("studied", phrase="studied at", inverse_phrase="was attended by", range=("university",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("city",)),
        R("died", phrase="died in", inverse_phrase="is where died", range=("city",)),
    ]
    items = {"n:dickens": ("novelist", "Charles Dickens", 1812), "n:collins": ("novelist", "Wilkie Collins", 1824),
             "n:hardy": ("novelist", "Thomas Hardy", 1840), "n:woolf": ("novelist", "Virginia Woolf", 1882),
             "n:joyce": ("novelist", "James Joyce", 1882), "n:beckett": ("novelist", "Samuel Beckett", 1906),
             "n:nabokov": ("novelist", "Vladimir Nabokov", 1899), "n:morrison": ("novelist", "Toni Morrison", 1931),
             "n:bellow": ("novelist", "Saul Bellow", 1915), "n:mcewan": ("novelist", "Ian McEwan", 1948),
             "n:ishiguro": ("novelist", "Kazuo Ishiguro", 1954), "n:bradbury": ("novelist", "Malcolm Bradbury", 1932),
             "n:carver": ("novelist", "Raymond Carver", 1938), "n:gardner": ("novelist", "John Gardner", 1933)}
    others = {"b:expectations": ("book", "Great Expectations"), "b:bleak": ("book", "Bleak House"),
              "b:woman": ("book", "The Woman in White"), "b:moonstone": ("book", "The Moonstone"),
              "b:thoroughfare": ("book", "No Thoroughfare"), "b:tess": ("book", "Tess of the d'Urbervilles"),
              "b:dalloway": ("book", "Mrs Dalloway"), "b:ulysses": ("book", "Ulysses"), "b:murphy": ("book", "Murphy"),
              "b:lolita": ("book", "Lolita"), "b:palefire": ("book", "Pale Fire"), "b:beloved": ("book", "Beloved"),
              "b:herzog": ("book", "Herzog"), "b:atonement": ("book", "Atonement"),
              "b:remains": ("book", "The Remains of the Day"), "b:never": ("book", "Never Let Me Go"),
              "b:historyman": ("book", "The History Man"), "b:cathedral": ("book", "Cathedral"), "b:grendel": ("book", "Grendel"),
              "i:phiz": ("illustrator", "Hablot Knight Browne"), "i:stone": ("illustrator", "Marcus Stone"),
              "i:walker": ("illustrator", "Frederick Walker"),
              "p:chapman": ("publisher", "Chapman and Hall"), "p:faber": ("publisher", "Faber and Faber"),
              "p:cape": ("publisher", "Jonathan Cape"), "p:olympia": ("publisher", "Olympia Press"),
              "p:hogarth": ("publisher", "Hogarth Press"), "p:shakespeare": ("publisher", "Shakespeare and Company"),
              "p:knopf": ("publisher", "Alfred A. Knopf"), "p:viking": ("publisher", "Viking Press"),
              "u:cornell": ("university", "Cornell University"), "u:wellesley": ("university", "Wellesley College"),
              "u:princeton": ("university", "Princeton University"), "u:chicago": ("university", "the University of Chicago"),
              "u:uea": ("university", "the University of East Anglia"), "u:binghamton": ("university", "Binghamton University"),
              "u:syracuse": ("university", "Syracuse University"), "u:sussex": ("university", "the University of Sussex"),
              "u:kent": ("university", "the University of Kent"), "u:howard": ("university", "Howard University"),
              "u:cambridge": ("university", "the University of Cambridge"), "u:ucd": ("university", "University College Dublin"),
              "u:trinity": ("university", "Trinity College Dublin"), "u:chico": ("university", "Chico State College"),
              "c:portsmouth": ("city", "Portsmouth"), "c:higham": ("city", "Higham"), "c:london": ("city", "London"),
              "c:dorchester": ("city", "Dorchester"), "c:rodmell": ("city", "Rodmell"), "c:dublin": ("city", "Dublin"),
              "c:zurich": ("city", "Zurich"), "c:paris": ("city", "Paris"), "c:petersburg": ("city", "Saint Petersburg"),
              "c:montreux": ("city", "Montreux"), "c:lorain": ("city", "Lorain"), "c:newyork": ("city", "New York"),
              "c:lachine": ("city", "Lachine"), "c:brookline": ("city", "Brookline"), "c:aldershot": ("city", "Aldershot"),
              "c:nagasaki": ("city", "Nagasaki"), "c:sheffield": ("city", "Sheffield"), "c:norwich": ("city", "Norwich"),
              "c:clatskanie": ("city", "Clatskanie"), "c:portangeles": ("city", "Port Angeles"), "c:batavia": ("city", "Batavia"),
              "c:susquehanna": ("city", "Susquehanna")}
    T = _t("wrote", [("n:dickens", "b:expectations"), ("n:dickens", "b:bleak"), ("n:dickens", "b:thoroughfare"),
                     ("n:collins", "b:thoroughfare"), ("n:collins", "b:woman"), ("n:collins", "b:moonstone"), ("n:hardy", "b:tess"),
                     ("n:woolf", "b:dalloway"), ("n:joyce", "b:ulysses"), ("n:beckett", "b:murphy"), ("n:nabokov", "b:lolita"),
                     ("n:nabokov", "b:palefire"), ("n:morrison", "b:beloved"), ("n:bellow", "b:herzog"), ("n:mcewan", "b:atonement"),
                     ("n:ishiguro", "b:remains"), ("n:ishiguro", "b:never"), ("n:bradbury", "b:historyman"),
                     ("n:carver", "b:cathedral"), ("n:gardner", "b:grendel")])
    T += _t("illustrated", [("i:phiz", "b:bleak"), ("i:stone", "b:expectations"), ("i:walker", "b:woman")])
    T += _t("published", [("p:chapman", "b:expectations"), ("p:chapman", "b:bleak"), ("p:chapman", "b:thoroughfare"),
                          ("p:hogarth", "b:dalloway"), ("p:shakespeare", "b:ulysses"), ("p:olympia", "b:lolita"),
                          ("p:knopf", "b:beloved"), ("p:viking", "b:herzog"), ("p:cape", "b:atonement"), ("p:faber", "b:remains"),
                          ("p:faber", "b:never")])
    T += _t("under", [("n:mcewan", "n:bradbury"), ("n:ishiguro", "n:bradbury"), ("n:carver", "n:gardner"), ("n:beckett", "n:joyce")])
    T += _t("taught", [("n:nabokov", "u:cornell"), ("n:nabokov", "u:wellesley"), ("n:morrison", "u:princeton"),
                       ("n:bellow", "u:chicago"), ("n:bradbury", "u:uea"), ("n:gardner", "u:binghamton"), ("n:carver", "u:syracuse")])
    T += _t("studied", [("n:mcewan", "u:uea"), ("n:mcewan", "u:sussex"), ("n:ishiguro", "u:uea"), ("n:ishiguro", "u:kent"),
                        ("n:morrison", "u:howard"), ("n:morrison", "u:cornell"), ("n:nabokov", "u:cambridge"),
                        ("n:joyce", "u:ucd"), ("n:beckett", "u:trinity"), ("n:carver", "u:chico")])
    T += _t("born", [("n:dickens", "c:portsmouth"), ("n:collins", "c:london"), ("n:hardy", "c:dorchester"), ("n:woolf", "c:london"),
                     ("n:joyce", "c:dublin"), ("n:beckett", "c:dublin"), ("n:nabokov", "c:petersburg"), ("n:morrison", "c:lorain"),
                     ("n:bellow", "c:lachine"), ("n:mcewan", "c:aldershot"), ("n:ishiguro", "c:nagasaki"),
                     ("n:bradbury", "c:sheffield"), ("n:carver", "c:clatskanie"), ("n:gardner", "c:batavia")])
    T += _t("died", [("n:dickens", "c:higham"), ("n:collins", "c:london"), ("n:hardy", "c:dorchester"), ("n:woolf", "c:rodmell"),
                     ("n:joyce", "c:zurich"), ("n:beckett", "c:paris"), ("n:nabokov", "c:montreux"), ("n:morrison", "c:newyork"),
                     ("n:bellow", "c:brookline"), ("n:bradbury", "c:norwich"), ("n:carver", "c:portangeles"),
                     ("n:gardner", "c:susquehanna")])
    return _build(items, others, rels, T)


def inventors():
    """Inventors (items typed "inventor", dated by birth; people only) and their inventions
    (attributes): "invented" / "was invented by" ("inventor"; the Wright Flyer has two, the
    light bulb two), "patented" / "was patented by" (no maker noun), "founded" / "was founded by"
    companies ("founder"), "taught at" / "employed", "studied at" / "was attended by", "was born
    in", "died in". Two Wrights (a surname shared)."""
    rels = [
        R("invented", phrase="invented", inverse_phrase="was invented by", range=("invention",)),
        R("patented", phrase="patented", inverse_phrase="was patented by", range=("invention",)),
        R("founded", phrase="founded", inverse_phrase="was founded by", range=("company",)),
        R("taught", phrase="taught at", inverse_phrase="employed", range=("university",)),
        R("studied", phrase="studied at", inverse_phrase="was attended by", range=("university",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("city",)),
        R("died", phrase="died in", inverse_phrase="is where died", range=("city",)),
    ]
    items = {"i:edison": ("inventor", "Thomas Edison", 1847), "i:tesla": ("inventor", "Nikola Tesla", 1856),
             "i:bell": ("inventor", "Alexander Graham Bell", 1847), "i:marconi": ("inventor", "Guglielmo Marconi", 1874),
             "i:westinghouse": ("inventor", "George Westinghouse", 1846), "i:orville": ("inventor", "Orville Wright", 1871),
             "i:wilbur": ("inventor", "Wilbur Wright", 1867), "i:morse": ("inventor", "Samuel Morse", 1791),
             "i:babbage": ("inventor", "Charles Babbage", 1791), "i:swan": ("inventor", "Joseph Swan", 1828)}
    others = {"x:phonograph": ("invention", "the phonograph"), "x:bulb": ("invention", "the incandescent light bulb"),
              "x:telephone": ("invention", "the telephone"), "x:photophone": ("invention", "the photophone"),
              "x:motor": ("invention", "the induction motor"), "x:coil": ("invention", "the Tesla coil"),
              "x:radio": ("invention", "the radio"), "x:flyer": ("invention", "the Wright Flyer"),
              "x:telegraph": ("invention", "the electric telegraph"), "x:code": ("invention", "Morse code"),
              "x:brake": ("invention", "the air brake"), "x:engine": ("invention", "the Difference Engine"),
              "x:kinetoscope": ("invention", "the kinetoscope"),
              "k:ge": ("company", "General Electric"), "k:bellco": ("company", "the Bell Telephone Company"),
              "k:marconico": ("company", "the Marconi Company"), "k:wrightco": ("company", "the Wright Company"),
              "k:westco": ("company", "Westinghouse Electric"), "k:teslaco": ("company", "Tesla Electric Light and Manufacturing"),
              "u:bu": ("university", "Boston University"), "u:nyu": ("university", "New York University"),
              "u:cambridge": ("university", "the University of Cambridge"), "u:graz": ("university", "Graz University of Technology"),
              "u:ucl": ("university", "University College London"), "u:yale": ("university", "Yale University"),
              "u:bologna": ("university", "the University of Bologna"), "u:union": ("university", "Union College"),
              "c:milan": ("city", "Milan"), "c:westorange": ("city", "West Orange"), "c:smiljan": ("city", "Smiljan"),
              "c:newyork": ("city", "New York"), "c:edinburgh": ("city", "Edinburgh"), "c:baddeck": ("city", "Baddeck"),
              "c:bologna": ("city", "Bologna"), "c:rome": ("city", "Rome"), "c:dayton": ("city", "Dayton"),
              "c:millville": ("city", "Millville"), "c:charlestown": ("city", "Charlestown"), "c:london": ("city", "London"),
              "c:central": ("city", "Central Bridge"), "c:sunderland": ("city", "Sunderland"), "c:warlingham": ("city", "Warlingham")}
    T = _t("invented", [("i:edison", "x:phonograph"), ("i:edison", "x:bulb"), ("i:swan", "x:bulb"), ("i:edison", "x:kinetoscope"),
                        ("i:bell", "x:telephone"), ("i:bell", "x:photophone"), ("i:tesla", "x:motor"), ("i:tesla", "x:coil"),
                        ("i:marconi", "x:radio"), ("i:orville", "x:flyer"), ("i:wilbur", "x:flyer"), ("i:morse", "x:telegraph"),
                        ("i:morse", "x:code"), ("i:westinghouse", "x:brake"), ("i:babbage", "x:engine")])
    T += _t("patented", [("i:edison", "x:phonograph"), ("i:edison", "x:bulb"), ("i:bell", "x:telephone"), ("i:tesla", "x:motor"),
                         ("i:marconi", "x:radio"), ("i:westinghouse", "x:brake"), ("i:morse", "x:telegraph")])
    T += _t("founded", [("i:edison", "k:ge"), ("i:bell", "k:bellco"), ("i:marconi", "k:marconico"), ("i:orville", "k:wrightco"),
                        ("i:wilbur", "k:wrightco"), ("i:westinghouse", "k:westco"), ("i:tesla", "k:teslaco")])
    T += _t("taught", [("i:bell", "u:bu"), ("i:morse", "u:nyu"), ("i:babbage", "u:cambridge")])
    T += _t("studied", [("i:tesla", "u:graz"), ("i:bell", "u:ucl"), ("i:morse", "u:yale"), ("i:babbage", "u:cambridge"),
                        ("i:marconi", "u:bologna"), ("i:westinghouse", "u:union")])
    T += _t("born", [("i:edison", "c:milan"), ("i:tesla", "c:smiljan"), ("i:bell", "c:edinburgh"), ("i:marconi", "c:bologna"),
                     ("i:westinghouse", "c:central"), ("i:orville", "c:dayton"), ("i:wilbur", "c:millville"),
                     ("i:morse", "c:charlestown"), ("i:babbage", "c:london"), ("i:swan", "c:sunderland")])
    T += _t("died", [("i:edison", "c:westorange"), ("i:tesla", "c:newyork"), ("i:bell", "c:baddeck"), ("i:marconi", "c:rome"),
                     ("i:westinghouse", "c:newyork"), ("i:orville", "c:dayton"), ("i:wilbur", "c:dayton"), ("i:morse", "c:newyork"),
                     ("i:babbage", "c:london"), ("i:swan", "c:warlingham")])
    return _build(items, others, rels, T)


def painters():
    """Painters (items typed "painter", dated by birth; people only) and their paintings
    (attributes): "painted" / "was painted by" ("painter"; The Baptism of Christ has two),
    "is held by" / "holds" museums, "founded" / "was founded by" museums ("founder"), "was a pupil
    of" / "taught" another painter ("studied with", "studied under", "was taught by"), "was born
    in", "died in". Gleyre taught three (Monet, Renoir, Sisley); the Barnes Foundation has two founders."""
    rels = [
        R("painted", phrase="painted", inverse_phrase="was painted by", range=("painting",)),
        R("held", phrase="is held by", inverse_phrase="holds", range=("museum",)),
        R("founded", phrase="founded", inverse_phrase="was founded by", range=("museum",)),
        R("pupil", phrase="was a pupil of", inverse_phrase="taught", range=("painter",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("city",)),
        R("died", phrase="died in", inverse_phrase="is where died", range=("city",)),
    ]
    items = {"p:monet": ("painter", "Claude Monet", 1840), "p:manet": ("painter", "Edouard Manet", 1832),
             "p:degas": ("painter", "Edgar Degas", 1834), "p:cezanne": ("painter", "Paul Cezanne", 1839),
             "p:pissarro": ("painter", "Camille Pissarro", 1830), "p:renoir": ("painter", "Pierre-Auguste Renoir", 1841),
             "p:vangogh": ("painter", "Vincent van Gogh", 1853), "p:gauguin": ("painter", "Paul Gauguin", 1848),
             "p:morisot": ("painter", "Berthe Morisot", 1841), "p:moreau": ("painter", "Gustave Moreau", 1826),
             "p:matisse": ("painter", "Henri Matisse", 1869), "p:rouault": ("painter", "Georges Rouault", 1871),
             "p:gleyre": ("painter", "Charles Gleyre", 1806), "p:sisley": ("painter", "Alfred Sisley", 1839), "p:couture": ("painter", "Thomas Couture", 1815),
             "p:verrocchio": ("painter", "Andrea del Verrocchio", 1435), "p:leonardo": ("painter", "Leonardo da Vinci", 1452)}
    others = {"w:impression": ("painting", "Impression, Sunrise"), "w:lilies": ("painting", "Water Lilies"),
              "w:olympia": ("painting", "Olympia"), "w:luncheon": ("painting", "The Luncheon on the Grass"),
              "w:dance": ("painting", "The Dance Class"), "w:cardplayers": ("painting", "The Card Players"),
              "w:starry": ("painting", "The Starry Night"), "w:sunflowers": ("painting", "Sunflowers"),
              "w:wheredo": ("painting", "Where Do We Come From"), "w:moulin": ("painting", "Bal du moulin de la Galette"),
              "w:cradle": ("painting", "The Cradle"), "w:joy": ("painting", "The Joy of Life"),
              "w:jupiter": ("painting", "Jupiter and Semele"), "w:baptism": ("painting", "The Baptism of Christ"),
              "w:monalisa": ("painting", "Mona Lisa"), "w:oldking": ("painting", "The Old King"),
              "m:marmottan": ("museum", "the Musee Marmottan Monet"), "m:orangerie": ("museum", "the Musee de l'Orangerie"),
              "m:orsay": ("museum", "the Musee d'Orsay"), "m:moma": ("museum", "the Museum of Modern Art"),
              "m:ng": ("museum", "the National Gallery"), "m:mfa": ("museum", "the Museum of Fine Arts, Boston"),
              "m:barnes": ("museum", "the Barnes Foundation"), "m:moreau": ("museum", "the Musee Gustave Moreau"),
              "m:uffizi": ("museum", "the Uffizi"), "m:louvre": ("museum", "the Louvre"), "m:carnegie": ("museum", "the Carnegie Museum of Art"),
              "f:marmottan": ("collector", "Paul Marmottan"), "f:barnes": ("collector", "Albert C. Barnes"),
              "f:carnegie": ("collector", "Andrew Carnegie"), "f:laura": ("collector", "Laura Barnes"),
              "c:paris": ("city", "Paris"), "c:giverny": ("city", "Giverny"), "c:aix": ("city", "Aix-en-Provence"),
              "c:charlotte": ("city", "Charlotte Amalie"), "c:limoges": ("city", "Limoges"), "c:cagnes": ("city", "Cagnes-sur-Mer"),
              "c:zundert": ("city", "Zundert"), "c:auvers": ("city", "Auvers-sur-Oise"), "c:atuona": ("city", "Atuona"),
              "c:bourges": ("city", "Bourges"), "c:cateau": ("city", "Le Cateau-Cambresis"), "c:nice": ("city", "Nice"),
              "c:chevilly": ("city", "Chevilly"), "c:senlis": ("city", "Senlis"), "c:villiers": ("city", "Villiers-le-Bel"),
              "c:florence": ("city", "Florence"), "c:venice": ("city", "Venice"), "c:vinci": ("city", "Vinci"),
              "c:amboise": ("city", "Amboise")}
    T = _t("painted", [("p:monet", "w:impression"), ("p:monet", "w:lilies"), ("p:manet", "w:olympia"), ("p:manet", "w:luncheon"),
                       ("p:degas", "w:dance"), ("p:cezanne", "w:cardplayers"), ("p:vangogh", "w:starry"), ("p:vangogh", "w:sunflowers"),
                       ("p:gauguin", "w:wheredo"), ("p:renoir", "w:moulin"), ("p:morisot", "w:cradle"), ("p:matisse", "w:joy"),
                       ("p:moreau", "w:jupiter"), ("p:verrocchio", "w:baptism"), ("p:leonardo", "w:baptism"),
                       ("p:leonardo", "w:monalisa"), ("p:rouault", "w:oldking")])
    T += _t("held", [("w:impression", "m:marmottan"), ("w:lilies", "m:orangerie"), ("w:olympia", "m:orsay"), ("w:luncheon", "m:orsay"),
                     ("w:dance", "m:orsay"), ("w:cardplayers", "m:orsay"), ("w:starry", "m:moma"), ("w:sunflowers", "m:ng"),
                     ("w:wheredo", "m:mfa"), ("w:moulin", "m:orsay"), ("w:cradle", "m:orsay"), ("w:joy", "m:barnes"),
                     ("w:jupiter", "m:moreau"), ("w:baptism", "m:uffizi"), ("w:monalisa", "m:louvre"), ("w:oldking", "m:carnegie")])
    T += _t("founded", [("f:marmottan", "m:marmottan"), ("f:barnes", "m:barnes"), ("f:laura", "m:barnes"), ("p:moreau", "m:moreau"), ("f:carnegie", "m:carnegie")])
    T += _t("pupil", [("p:monet", "p:gleyre"), ("p:renoir", "p:gleyre"), ("p:sisley", "p:gleyre"), ("p:manet", "p:couture"), ("p:matisse", "p:moreau"),
                      ("p:rouault", "p:moreau"), ("p:leonardo", "p:verrocchio"), ("p:cezanne", "p:pissarro"), ("p:gauguin", "p:pissarro")])
    T += _t("born", [("p:monet", "c:paris"), ("p:manet", "c:paris"), ("p:degas", "c:paris"), ("p:cezanne", "c:aix"),
                     ("p:pissarro", "c:charlotte"), ("p:renoir", "c:limoges"), ("p:vangogh", "c:zundert"), ("p:gauguin", "c:paris"),
                     ("p:morisot", "c:bourges"), ("p:moreau", "c:paris"), ("p:matisse", "c:cateau"), ("p:rouault", "c:paris"),
                     ("p:gleyre", "c:chevilly"), ("p:couture", "c:senlis"), ("p:verrocchio", "c:florence"), ("p:leonardo", "c:vinci")])
    T += _t("died", [("p:monet", "c:giverny"), ("p:manet", "c:paris"), ("p:degas", "c:paris"), ("p:cezanne", "c:aix"),
                     ("p:pissarro", "c:paris"), ("p:renoir", "c:cagnes"), ("p:vangogh", "c:auvers"), ("p:gauguin", "c:atuona"),
                     ("p:morisot", "c:paris"), ("p:moreau", "c:paris"), ("p:matisse", "c:nice"), ("p:rouault", "c:paris"),
                     ("p:gleyre", "c:paris"), ("p:couture", "c:villiers"), ("p:verrocchio", "c:venice"), ("p:leonardo", "c:amboise")])
    return _build(items, others, rels, T)


def dynasties():
    """Dynasties and caliphates (items typed "dynasty", dated by founding): "had the capital" /
    "was the capital of" (past nouns: "its capital was", "had Y as its capital"), "had the state
    religion" / "was the state religion of", "had the official language" / "was the official
    language of" ("used Y as its official language"), "founded" / "was founded by" ("founder"),
    "was succeeded by" / "succeeded"."""
    rels = [
        R("capital", phrase="had the capital", inverse_phrase="was the capital of", range=("city",)),
        R("religion", phrase="had the state religion", inverse_phrase="was the state religion of", range=("religion",)),
        R("language", phrase="had the official language", inverse_phrase="was the official language of", range=("language",)),
        R("founded", phrase="founded", inverse_phrase="was founded by", range=("dynasty",)),
        R("succeeded", phrase="was succeeded by", inverse_phrase="succeeded", range=("dynasty",)),
    ]
    items = {"d:tang": ("dynasty", "the Tang dynasty", 618), "d:song": ("dynasty", "the Song dynasty", 960),
             "d:yuan": ("dynasty", "the Yuan dynasty", 1271), "d:ming": ("dynasty", "the Ming dynasty", 1368),
             "d:qing": ("dynasty", "the Qing dynasty", 1644), "d:abbasid": ("dynasty", "the Abbasid Caliphate", 750),
             "d:umayyad": ("dynasty", "the Umayyad Caliphate", 661), "d:fatimid": ("dynasty", "the Fatimid Caliphate", 909),
             "d:safavid": ("dynasty", "the Safavid dynasty", 1501), "d:joseon": ("dynasty", "the Joseon dynasty", 1392)}
    others = {"f:gaozu": ("emperor", "Emperor Gaozu of Tang"), "f:taizu": ("emperor", "Emperor Taizu of Song"),
              "f:kublai": ("emperor", "Kublai Khan"), "f:hongwu": ("emperor", "the Hongwu Emperor"), "f:nurhaci": ("emperor", "Nurhaci"),
              "f:saffah": ("caliph", "As-Saffah"), "f:muawiyah": ("caliph", "Muawiyah I"), "f:mahdi": ("caliph", "Abdullah al-Mahdi Billah"),
              "f:ismail": ("shah", "Ismail I"), "f:taejo": ("king", "Taejo of Joseon"), "f:hongtaiji": ("emperor", "Hong Taiji"),
              "c:changan": ("city", "Changan"), "c:luoyang": ("city", "Luoyang"), "c:kaifeng": ("city", "Kaifeng"),
              "c:hangzhou": ("city", "Hangzhou"), "c:khanbaliq": ("city", "Khanbaliq"), "c:shangdu": ("city", "Shangdu"),
              "c:nanjing": ("city", "Nanjing"), "c:beijing": ("city", "Beijing"), "c:mukden": ("city", "Mukden"),
              "c:baghdad": ("city", "Baghdad"), "c:samarra": ("city", "Samarra"), "c:damascus": ("city", "Damascus"),
              "c:mahdia": ("city", "Mahdia"), "c:cairo": ("city", "Cairo"), "c:tabriz": ("city", "Tabriz"),
              "c:qazvin": ("city", "Qazvin"), "c:isfahan": ("city", "Isfahan"), "c:hanseong": ("city", "Hanseong"),
              "r:sunni": ("religion", "Sunni Islam"), "r:shia": ("religion", "Twelver Shia Islam"), "r:ismaili": ("religion", "Ismaili Islam"),
              "r:confucian": ("religion", "Neo-Confucianism"), "r:tibetan": ("religion", "Tibetan Buddhism"),
              "l:arabic": ("language", "Arabic"), "l:persian": ("language", "Persian"), "l:mongolian": ("language", "Mongolian"),
              "l:manchu": ("language", "Manchu"), "l:chinese": ("language", "Classical Chinese")}
    T = _t("capital", [("d:tang", "c:changan"), ("d:tang", "c:luoyang"), ("d:song", "c:kaifeng"), ("d:song", "c:hangzhou"),
                       ("d:yuan", "c:khanbaliq"), ("d:yuan", "c:shangdu"), ("d:ming", "c:nanjing"), ("d:ming", "c:beijing"),
                       ("d:qing", "c:beijing"), ("d:qing", "c:mukden"), ("d:abbasid", "c:baghdad"), ("d:abbasid", "c:samarra"),
                       ("d:umayyad", "c:damascus"), ("d:fatimid", "c:mahdia"), ("d:fatimid", "c:cairo"), ("d:safavid", "c:tabriz"),
                       ("d:safavid", "c:qazvin"), ("d:safavid", "c:isfahan"), ("d:joseon", "c:hanseong")])
    T += _t("religion", [("d:abbasid", "r:sunni"), ("d:umayyad", "r:sunni"), ("d:fatimid", "r:ismaili"), ("d:safavid", "r:shia"),
                         ("d:joseon", "r:confucian"), ("d:yuan", "r:tibetan")])
    T += _t("language", [("d:abbasid", "l:arabic"), ("d:umayyad", "l:arabic"), ("d:fatimid", "l:arabic"), ("d:safavid", "l:persian"),
                         ("d:yuan", "l:mongolian"), ("d:yuan", "l:chinese"), ("d:qing", "l:manchu"), ("d:qing", "l:chinese"),
                         ("d:joseon", "l:chinese")])
    T += _t("founded", [("f:gaozu", "d:tang"), ("f:taizu", "d:song"), ("f:kublai", "d:yuan"), ("f:hongwu", "d:ming"),
                        ("f:nurhaci", "d:qing"), ("f:hongtaiji", "d:qing"), ("f:saffah", "d:abbasid"), ("f:muawiyah", "d:umayyad"),
                        ("f:mahdi", "d:fatimid"), ("f:ismail", "d:safavid"), ("f:taejo", "d:joseon")])
    T += _t("succeeded", [("d:tang", "d:song"), ("d:song", "d:yuan"), ("d:yuan", "d:ming"), ("d:ming", "d:qing"),
                          ("d:umayyad", "d:abbasid")])
    return _build(items, others, rels, T)


def observatories():
    """Comets and deep-sky objects (items: comets dated by discovery; stars, clusters, galaxies
    "lie in the constellation"), "discovered" / "was discovered by" astronomers ("discoverer";
    Hale-Bopp has two, Shoemaker-Levy 9 three), astronomers "worked at" / "employed" observatories,
    "founded" / "was founded by" observatories ("founder"; George Ellery Hale founded two), "taught
    at" / "employed" universities, "studied at" / "was attended by"; two Herschels, two Hales, two
    Shoemakers (surnames shared)."""
    rels = [
        R("discovered", phrase="discovered", inverse_phrase="was discovered by", range=("comet", "galaxy", "cluster")),
        R("in", phrase="lies in the constellation", inverse_phrase="contains", range=("constellation",)),
        R("worked", phrase="worked at", inverse_phrase="was the workplace of", range=("observatory",)),
        R("founded", phrase="founded", inverse_phrase="was founded by", range=("observatory",)),
        R("taught", phrase="taught at", inverse_phrase="employed", range=("university",)),
        R("studied", phrase="studied at", inverse_phrase="was attended by", range=("university",)),
    ]
    items = {"k:halebopp": ("comet", "Comet Hale-Bopp", 1995), "k:sl9": ("comet", "Comet Shoemaker-Levy 9", 1993),
             "k:hyakutake": ("comet", "Comet Hyakutake", 1996), "k:encke": ("comet", "Comet Encke", 1786),
             "k:tempel": ("comet", "Comet Tempel-Tuttle", 1865), "k:swift": ("comet", "Comet Swift-Tuttle", 1862),
             "k:biela": ("comet", "Comet Biela", 1826), "k:herschel": ("comet", "Comet Herschel-Rigollet", 1788),
             "g:m31": ("galaxy", "the Andromeda Galaxy", 964), "g:m81": ("galaxy", "Bode's Galaxy", 1774),
             "g:m33": ("galaxy", "the Triangulum Galaxy", 1764), "q:m13": ("cluster", "the Hercules Cluster", 1714),
             "q:m45": ("cluster", "the Pleiades", 1600), "q:omega": ("cluster", "Omega Centauri", 1677),
             "s:deneb": ("star", "Deneb", 1600), "s:altair": ("star", "Altair", 1600)}
    others = {"a:hale": ("astronomer", "Alan Hale"), "a:bopp": ("astronomer", "Thomas Bopp"),
              "a:eshoe": ("astronomer", "Eugene Shoemaker"), "a:cshoe": ("astronomer", "Carolyn Shoemaker"),
              "a:levy": ("astronomer", "David Levy"), "a:hyakutake": ("astronomer", "Yuji Hyakutake"),
              "a:mechain": ("astronomer", "Pierre Mechain"), "a:tempel": ("astronomer", "Wilhelm Tempel"),
              "a:tuttle": ("astronomer", "Horace Tuttle"), "a:swift": ("astronomer", "Lewis Swift"),
              "a:biela": ("astronomer", "Wilhelm von Biela"), "a:caroline": ("astronomer", "Caroline Herschel"),
              "a:william": ("astronomer", "William Herschel"), "a:bode": ("astronomer", "Johann Elert Bode"),
              "a:messier": ("astronomer", "Charles Messier"), "a:halley": ("astronomer", "Edmond Halley"),
              "a:ghale": ("astronomer", "George Ellery Hale"), "a:lick": ("person", "James Lick"),
              "a:sufi": ("astronomer", "Abd al-Rahman al-Sufi"),
              "o:palomar": ("observatory", "Palomar Observatory"), "o:yerkes": ("observatory", "Yerkes Observatory"),
              "o:wilson": ("observatory", "Mount Wilson Observatory"), "o:lick": ("observatory", "Lick Observatory"),
              "o:arcetri": ("observatory", "Arcetri Observatory"), "o:harvard": ("observatory", "Harvard College Observatory"),
              "o:greenwich": ("observatory", "the Royal Observatory"), "o:warner": ("observatory", "Warner Observatory"),
              "u:caltech": ("university", "the California Institute of Technology"), "u:mit": ("university", "the Massachusetts Institute of Technology"),
              "u:oxford": ("university", "the University of Oxford"), "u:chicago": ("university", "the University of Chicago"),
              "u:princeton": ("university", "Princeton University"), "u:nmsu": ("university", "New Mexico State University"),
              "n:andromeda": ("constellation", "Andromeda"), "n:ursa": ("constellation", "Ursa Major"),
              "n:triangulum": ("constellation", "Triangulum"), "n:hercules": ("constellation", "Hercules"),
              "n:taurus": ("constellation", "Taurus"), "n:centaurus": ("constellation", "Centaurus"),
              "n:cygnus": ("constellation", "Cygnus"), "n:aquila": ("constellation", "Aquila")}
    T = _t("discovered", [("a:hale", "k:halebopp"), ("a:bopp", "k:halebopp"), ("a:eshoe", "k:sl9"), ("a:cshoe", "k:sl9"),
                          ("a:levy", "k:sl9"), ("a:hyakutake", "k:hyakutake"), ("a:mechain", "k:encke"), ("a:tempel", "k:tempel"),
                          ("a:tuttle", "k:tempel"), ("a:swift", "k:swift"), ("a:tuttle", "k:swift"), ("a:biela", "k:biela"),
                          ("a:caroline", "k:herschel"), ("a:bode", "g:m81"), ("a:messier", "g:m33"), ("a:halley", "q:m13"),
                          ("a:sufi", "g:m31"), ("a:halley", "q:omega")])
    T += _t("in", [("g:m31", "n:andromeda"), ("g:m81", "n:ursa"), ("g:m33", "n:triangulum"), ("q:m13", "n:hercules"),
                   ("q:m45", "n:taurus"), ("q:omega", "n:centaurus"), ("s:deneb", "n:cygnus"), ("s:altair", "n:aquila")])
    T += _t("worked", [("a:eshoe", "o:palomar"), ("a:cshoe", "o:palomar"), ("a:ghale", "o:yerkes"), ("a:ghale", "o:wilson"),
                       ("a:tempel", "o:arcetri"), ("a:tuttle", "o:harvard"), ("a:swift", "o:warner"), ("a:halley", "o:greenwich")])
    T += _t("founded", [("a:ghale", "o:yerkes"), ("a:ghale", "o:wilson"), ("a:ghale", "o:palomar"), ("a:lick", "o:lick")])
    T += _t("taught", [("a:eshoe", "u:caltech"), ("a:ghale", "u:chicago"), ("a:halley", "u:oxford"), ("a:hale", "u:nmsu")])
    T += _t("studied", [("a:eshoe", "u:caltech"), ("a:eshoe", "u:princeton"), ("a:ghale", "u:mit"), ("a:halley", "u:oxford"),
                        ("a:hale", "u:nmsu")])
    return _build(items, others, rels, T)


def movies():
    return kgx.KnowledgeGraph.example()


BUILDERS = {"movies": movies, "novels": novels, "inventors": inventors, "painters": painters,
            "dynasties": dynasties, "observatories": observatories}

_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@novels
# (maker nouns) "author" / "writer" / "illustrator" and the only-one check, lists of owners, "he is its N"
Charles Dickens is the author of No Thoroughfare.
Charles Dickens is the author of Great Expectations and No Thoroughfare.
Wilkie Collins was the author of The Moonstone and No Thoroughfare.
Great Expectations and No Thoroughfare's author is Charles Dickens.
The Moonstone and No Thoroughfare's writer was Wilkie Collins.
No Thoroughfare, whose author is Charles Dickens, was published by Chapman and Hall.
No Thoroughfare, whose writer was Wilkie Collins, was published by Chapman and Hall.
Charles Dickens wrote No Thoroughfare, and he is its author.
Wilkie Collins wrote No Thoroughfare. He was its author.
Chapman and Hall published No Thoroughfare. Its author was Charles Dickens.
Charles Dickens, the author of No Thoroughfare, was born in Portsmouth.
Charles Dickens is the author of Bleak House and The Moonstone.
Wilkie Collins, the author of The Woman in White, wrote Great Expectations.
The author of Lolita was born in Saint Petersburg and taught at Princeton University.
The author of Murphy studied under Malcolm Bradbury.
The author of Atonement was a pupil of John Gardner.
The author of Beloved lectured at Cornell University.
The writer of Herzog was born in Lachine and died in New York.
The author of The Remains of the Day trained at the University of Sussex.
No Thoroughfare's authors were Charles Dickens.
The authors of No Thoroughfare were Charles Dickens and Thomas Hardy.
Marcus Stone is the illustrator of Bleak House.
Bleak House's illustrator was Marcus Stone.
Great Expectations, whose illustrator was Hablot Knight Browne, was written by Charles Dickens.
Hablot Knight Browne illustrated Bleak House, and he is its author.
Frederick Walker is the illustrator of The Moonstone.
The illustrator of The Woman in White is Wilkie Collins.
Chapman and Hall is the author of Bleak House.
Faber and Faber published Never Let Me Go. Its author is Ian McEwan.
Kazuo Ishiguro is the author of Never Let Me Go and Atonement.
Toni Morrison studied at Howard University and Cornell University, and she is the author of Herzog.
Vladimir Nabokov, the author of Pale Fire, studied at Cornell University.
Ian McEwan studied at the University of Sussex. Atonement's author died in Norwich.
Saul Bellow is the author of Herzog. He was a professor at Princeton University.
# (teaching) "was a professor at", "lectured at", "trained at", "was a pupil of", "studied with"
Toni Morrison lectured at Cornell University.
Toni Morrison trained at Princeton University.
Malcolm Bradbury lectured at the University of East Anglia, where Ian McEwan was a professor.
Ian McEwan trained at the University of East Anglia under Malcolm Bradbury, who lectured at the University of Sussex.
Vladimir Nabokov was a professor at Cornell University and Wellesley College, and he trained at Cornell University.
Saul Bellow was on the faculty of Princeton University.
Raymond Carver studied with John Gardner, who was a professor at Syracuse University.
Raymond Carver was a pupil of John Gardner, and he lectured at Binghamton University.
Kazuo Ishiguro was a pupil of Malcolm Bradbury, as was Raymond Carver.
James Joyce was a pupil of Samuel Beckett.
Malcolm Bradbury was a pupil of Ian McEwan.
Ian McEwan and Kazuo Ishiguro were pupils of John Gardner.
Ian McEwan studied with Malcolm Bradbury and James Joyce.
Samuel Beckett studied with James Joyce at Trinity College Dublin, where Joyce lectured.
Raymond Carver was a student of Malcolm Bradbury.
Kazuo Ishiguro, a pupil of Malcolm Bradbury, wrote Atonement.
Kazuo Ishiguro trained at the University of East Anglia and the University of Sussex.
Vladimir Nabokov lectured at Cornell University. Toni Morrison lectured there too.
Toni Morrison was a professor at Princeton University and Howard University.
Malcolm Bradbury, who lectured at the University of East Anglia, was born in Norwich.
John Gardner lectured at Binghamton University; Raymond Carver trained there.
Vladimir Nabokov trained at the University of Cambridge and lectured at Princeton University.
Vladimir Nabokov was not a professor at Cornell University.
Ian McEwan never trained at the University of East Anglia.
# (surnames) gapped clauses, "he"/"she", "the latter"
Dickens wrote Bleak House, Collins Great Expectations.
Hardy died in Dorchester, Woolf in London.
Joyce died in Zurich, Beckett in Dublin.
Nabokov taught at Cornell University, Bellow at Princeton University.
McEwan and Ishiguro studied under Bradbury, Carver under Joyce.
Dickens was born in Portsmouth, Collins in London, and Hardy in London.
Nabokov wrote Lolita, Morrison Beloved, and Bellow Atonement.
Morrison was born in Lorain. She died in Brookline.
Joyce and Beckett were born in Dublin. The latter died in Zurich.
Joyce and Beckett were born in Dublin. The former died in Paris.
McEwan wrote Atonement; Ishiguro, The History Man.
Bradbury taught at the University of East Anglia, Gardner at Syracuse University.
Carver studied under Gardner, and he lectured at Binghamton University.
Ishiguro was a pupil of Bradbury, McEwan of Gardner.
# (one of his / her N)
Vladimir Nabokov was born in Saint Petersburg, and Beloved is one of his books.
Virginia Woolf was born in London, and Beloved is one of her books.
Kazuo Ishiguro was born in Nagasaki, and Atonement is one of his novels.
Charles Dickens was born in Portsmouth, and The Moonstone is one of his books.
Charles Dickens was born in Portsmouth, and The Moonstone is one of his works.
Malcolm Bradbury was born in Sheffield, and Ian McEwan is one of his pupils, as is Raymond Carver.
Malcolm Bradbury was born in Sheffield, and his pupils were Ian McEwan.
Malcolm Bradbury was born in Sheffield. His pupil was Kazuo Ishiguro.
Malcolm Bradbury was born in Sheffield. His pupils were Ian McEwan and Raymond Carver.

@inventors
# (maker nouns) "inventor", "founder" and the only-one check
Joseph Swan is the inventor of the incandescent light bulb.
The incandescent light bulb's inventor was Thomas Edison.
The incandescent light bulb, whose inventor is Joseph Swan, was patented by Thomas Edison.
Thomas Edison is the inventor of the phonograph and the incandescent light bulb.
The phonograph and the incandescent light bulb's inventor is Thomas Edison.
Orville Wright is the inventor of the Wright Flyer.
Wilbur Wright invented the Wright Flyer, and he is its inventor.
Thomas Edison invented the kinetoscope, and Joseph Swan is its inventor.
Thomas Edison patented the kinetoscope.
Orville Wright is the founder of the Wright Company.
The Wright Company's founder was Wilbur Wright.
The Wright Company, whose founder is Orville Wright, was founded in Dayton.
Nikola Tesla is the founder of Westinghouse Electric.
Thomas Edison, the founder of General Electric, invented the telephone.
Alexander Graham Bell, the inventor of the telephone, founded the Marconi Company.
Samuel Morse is the inventor of the electric telegraph and the telephone.
The inventor of the radio was born in Rome.
The inventor of the air brake studied at Yale University.
The inventor of the Difference Engine lectured at New York University.
The inventor of the photophone trained at Boston University.
Guglielmo Marconi is the patentee of the radio.
Nikola Tesla is the inventor of the Tesla coil and the radio.
The founder of the Bell Telephone Company was born in Baddeck.
Thomas Edison is not the founder of General Electric.
Nikola Tesla is not the inventor of the Tesla coil.
Thomas Edison did not invent the phonograph.
The inventors of the Wright Flyer were Orville Wright and Samuel Morse.
The Wright Flyer's inventors were Wilbur Wright.
# (teaching) "lectured at", "was a professor at", "trained at"
Samuel Morse was a professor at New York University, and Charles Babbage lectured at Yale University.
Alexander Graham Bell trained at Boston University.
Alexander Graham Bell lectured at University College London.
Nikola Tesla was on the faculty of Graz University of Technology.
Samuel Morse trained at New York University.
Charles Babbage was a professor at Yale University.
Guglielmo Marconi lectured at the University of Bologna.
George Westinghouse trained at Boston University.
Samuel Morse trained at Yale University and lectured at Union College.
# (surnames, "the latter", "his")
Edison was born in Milan, Tesla in Smiljan, and Bell in Baddeck.
Edison invented the phonograph, Bell the electric telegraph.
Marconi died in Bologna.
Morse taught at New York University, Babbage at Yale University.
Westinghouse founded General Electric.
Tesla died in New York, Westinghouse in Dayton.
Thomas Edison and Nikola Tesla were inventors. The latter invented the phonograph.
Joseph Swan and Thomas Edison invented the incandescent light bulb; the latter also invented the telephone.
Thomas Edison was born in Milan, and the telephone is one of his inventions.
Nikola Tesla was born in Smiljan, and the air brake is one of his inventions.
Samuel Morse was born in Charlestown, and Morse code and the telephone are two of his inventions.
Alexander Graham Bell invented the telephone. He was born in Baddeck.
Babbage invented the Difference Engine, and he lectured at University College London.
Orville Wright and Wilbur Wright founded the Wright Company. The former was born in Millville.

@painters
# (teaching) "was a pupil of" / "taught": "studied with", "studied under", "was taught by"
Claude Monet was a pupil of Thomas Couture.
Charles Gleyre taught Claude Monet and Edouard Manet.
Claude Monet and Pierre-Auguste Renoir studied under Charles Gleyre, Edouard Manet under Gustave Moreau.
Henri Matisse was taught by Gustave Moreau, as was Paul Cezanne.
Gustave Moreau taught Henri Matisse. He also taught Edouard Manet.
Gustave Moreau taught Henri Matisse, who was born in Paris.
Camille Pissarro taught Paul Cezanne and Paul Gauguin, and he was a pupil of Charles Gleyre.
Paul Cezanne was a pupil of Camille Pissarro, and so was Claude Monet.
Charles Gleyre was a pupil of Claude Monet.
Claude Monet taught Charles Gleyre.
Andrea del Verrocchio was taught by Leonardo da Vinci.
Leonardo da Vinci studied with Andrea del Verrocchio and Charles Gleyre.
Georges Rouault studied under Charles Gleyre.
Edouard Manet was a student of Charles Gleyre.
Paul Gauguin was taught by Gustave Moreau.
Thomas Couture taught Pierre-Auguste Renoir.
Henri Matisse and Georges Rouault were pupils of Camille Pissarro.
Charles Gleyre taught Claude Monet, and Thomas Couture taught Pierre-Auguste Renoir.
Gustave Moreau did not teach Henri Matisse.
Henri Matisse was never a pupil of Gustave Moreau.
# ("A and B were the Ns of X" where X taught a third)
Claude Monet and Pierre-Auguste Renoir were the pupils of Charles Gleyre.
Claude Monet and Alfred Sisley are the pupils of Charles Gleyre.
Pierre-Auguste Renoir and Alfred Sisley were the students of Charles Gleyre.
Charles Gleyre's pupils were Claude Monet and Pierre-Auguste Renoir.
Charles Gleyre was born in Chevilly, and Claude Monet and Alfred Sisley were his pupils.
Claude Monet and Pierre-Auguste Renoir were the pupils of Charles Gleyre, and Edouard Manet was the pupil of Thomas Couture.
# (his pupils / his teacher) after one person
Gustave Moreau was born in Paris. His pupil was Henri Matisse.
Gustave Moreau was born in Paris, and his pupils were Henri Matisse.
Charles Gleyre was born in Chevilly; his pupils were Claude Monet, Pierre-Auguste Renoir and Edouard Manet.
Henri Matisse was born in Le Cateau-Cambresis. His teacher was Charles Gleyre.
Moreau's pupil was Matisse.
Camille Pissarro's pupil was Paul Gauguin.
Paul Cezanne, whose teacher was Charles Gleyre, was born in Aix-en-Provence.
The teacher of Claude Monet was Thomas Couture.
Matisse was a pupil of Moreau, and the latter was born in Le Cateau-Cambresis.
Matisse was a pupil of Moreau, and the former died in Paris.
# (maker nouns) "painter", "founder"
Leonardo da Vinci is the painter of The Baptism of Christ.
Andrea del Verrocchio, whose pupil was Leonardo da Vinci, is the painter of The Baptism of Christ.
The Baptism of Christ's painter was Leonardo da Vinci.
The Baptism of Christ, whose painter is Andrea del Verrocchio, is held by the Uffizi.
Leonardo da Vinci is the painter of Mona Lisa and The Baptism of Christ.
Leonardo da Vinci painted The Baptism of Christ, and he is its painter.
Claude Monet is the painter of Olympia.
The painter of Sunflowers was born in Paris.
The painter of Olympia was a pupil of Charles Gleyre.
The painter of The Joy of Life studied with Camille Pissarro.
Albert C. Barnes is the founder of the Barnes Foundation.
The Barnes Foundation's founder was Laura Barnes.
The Joy of Life is held by the Barnes Foundation, whose founder was Albert C. Barnes.
Gustave Moreau is the founder of the Musee Marmottan Monet.
Paul Marmottan, the founder of the Musee Marmottan Monet, painted Impression, Sunrise.
Gustave Moreau founded the Musee Gustave Moreau, and Olympia is one of his paintings.
# (one of his paintings)
Claude Monet was born in Paris, and Olympia is one of his paintings.
Andrea del Verrocchio was born in Florence, and Mona Lisa is one of his paintings.
Vincent van Gogh was born in Zundert, and The Card Players is one of his paintings.
Paul Gauguin died in Atuona, and Sunflowers is one of his paintings.
Edouard Manet was born in Paris, and Olympia and The Dance Class are two of his paintings.
Claude Monet was born in Paris, and Water Lilies is his only painting.
# (surnames) gapped clauses
Monet was a pupil of Gleyre, Manet of Gleyre.
Matisse studied with Moreau, Rouault with Gleyre.
Monet died in Giverny, Renoir in Limoges.
Cezanne was born in Aix-en-Provence, Pissarro in Paris.
Degas was born in Paris, and Morisot in Paris.
Monet painted Water Lilies, Manet The Dance Class.
Matisse painted The Joy of Life, Rouault Jupiter and Semele.
Van Gogh died in Auvers-sur-Oise, Gauguin in Paris.
Monet and Renoir were pupils of Gleyre, Matisse of Couture.
Manet was born in Paris. He died in Giverny.

@dynasties
# (past nouns) only one, "It had Y as its N", "used Y as its N", "the latter", negation, gapping
The Tang dynasty's capital was Changan.
The capital of the Song dynasty was Kaifeng.
The Song dynasty, whose capital was Hangzhou, was succeeded by the Yuan dynasty.
The Song dynasty had Kaifeng as its capital.
The Yuan dynasty used Mongolian as its official language.
The Qing dynasty had Manchu as its official language.
The Ming dynasty was founded by the Hongwu Emperor. It had Nanjing as its capital.
The Ming dynasty was founded by the Hongwu Emperor. It had Hangzhou as its capital.
The Umayyad Caliphate used Persian as its official language.
The Abbasid Caliphate and the Safavid dynasty used Arabic as their official language.
The Abbasid Caliphate and the Fatimid Caliphate both had Sunni Islam as their state religion.
The Yuan dynasty, whose official language was Mongolian, was founded by Kublai Khan.
Kublai Khan founded the Yuan dynasty, and its official language was Mongolian.
The Ming dynasty's capital was not Beijing.
The Umayyad Caliphate's capital was never Damascus.
The Fatimid Caliphate had Cairo as its capital, the Umayyad Caliphate Baghdad.
The Fatimid Caliphate had Cairo as its capital, as did the Abbasid Caliphate.
The Umayyad Caliphate's capital was Damascus, as was the Abbasid Caliphate's.
The Abbasid Caliphate succeeded the Umayyad Caliphate, whose capital was Baghdad.
The Umayyad Caliphate was succeeded by the Abbasid Caliphate; the latter's capital was Damascus.
The Umayyad Caliphate was succeeded by the Abbasid Caliphate. The latter had Damascus as its capital.
Muawiyah I founded the Umayyad Caliphate, and his capital was Baghdad.
Muawiyah I's capital was Damascus.
Muawiyah I had Damascus as his capital.
The Joseon dynasty had Neo-Confucianism as its official language.
The Joseon dynasty had Classical Chinese as its state religion.
The Joseon dynasty's state religion was Classical Chinese.
The Safavid dynasty's state religion was Sunni Islam.
The Safavid dynasty, whose state religion was Twelver Shia Islam, had Tabriz as its capital.
Ismail I founded the Safavid dynasty. Its capital was Isfahan, and its official language was Arabic.
Ismail I founded the Safavid dynasty. It used Persian as its official language and had Baghdad as its capital.
The Safavid dynasty had Tabriz, Qazvin and Isfahan as its capitals, and Twelver Shia Islam as its official language.
The capitals of the Song dynasty were Kaifeng, Hangzhou and Nanjing.
The Song dynasty's capitals were Kaifeng.
The Tang dynasty had Changan as its capital. The Song dynasty had it too.
The Tang dynasty had its capital at Changan.
The Tang dynasty's capital is Changan.
The Joseon dynasty has Neo-Confucianism as its state religion.
The Fatimid Caliphate's official language was Arabic and Persian.
The Abbasid Caliphate, whose capitals were Baghdad and Damascus, had Arabic as its official language.
Hanseong was the Ming dynasty's capital.
Beijing was the Joseon dynasty's capital.
The Joseon dynasty's capital was Hanseong, the Umayyad Caliphate's Baghdad.
The Joseon dynasty's capital was Hanseong, and the Umayyad Caliphate's was Baghdad.
The official language of the Safavid dynasty was Arabic.
The state religion of the Fatimid Caliphate was Sunni Islam.
Sunni Islam was the state religion of the Fatimid Caliphate.
# (maker noun "founder") only one, lists, pronouns
Nurhaci is the founder of the Qing dynasty.
The Qing dynasty's founder was Hong Taiji.
The Qing dynasty, whose founder is Nurhaci, had Mukden as its capital.
Nurhaci founded the Qing dynasty, and he is its founder.
Kublai Khan is the founder of the Yuan dynasty and the Qing dynasty.
The Hongwu Emperor is the founder of the Ming dynasty and the Song dynasty.
The founder of the Ming dynasty had Nanjing as his capital.
Kublai Khan, the founder of the Yuan dynasty, founded the Song dynasty.
The founder of the Abbasid Caliphate was Muawiyah I.
As-Saffah founded the Abbasid Caliphate. Its founder was Muawiyah I.
The Tang dynasty was succeeded by the Song dynasty, whose founder was Emperor Gaozu of Tang.

@observatories
# (a K in P) constellations with galaxies, clusters, stars
The Triangulum Galaxy is a galaxy in Andromeda.
The Hercules Cluster is a galaxy in Hercules.
Omega Centauri is a cluster in Taurus.
Deneb is a star in Cygnus, Altair a star in Cygnus.
The Pleiades is a cluster in Taurus discovered by Edmond Halley.
The Hercules Cluster, a cluster in Hercules, was discovered by Charles Messier.
Edmond Halley discovered the Hercules Cluster, a galaxy in Hercules.
Charles Messier is the discoverer of the Triangulum Galaxy, a galaxy in Andromeda.
The Andromeda Galaxy is a galaxy in Andromeda. Its discoverer was Charles Messier.
Abd al-Rahman al-Sufi discovered the Andromeda Galaxy, which is a galaxy in Triangulum.
Comet Hale-Bopp is a comet in Andromeda.
Deneb is a star in Cygnus and Altair is a star in Aquila, as is Omega Centauri.
Edmond Halley discovered Omega Centauri, a cluster in Hercules.
Omega Centauri and the Hercules Cluster are clusters in Centaurus.
The Hercules Cluster is a cluster in Hercules. It was discovered by Charles Messier.
Bode's Galaxy is a galaxy in Ursa Minor.
Deneb is a galaxy in Cygnus.
Altair is a star in Aquila discovered by Edmond Halley.
# (maker noun "discoverer") only one, lists, pronouns
Alan Hale is the discoverer of Comet Hale-Bopp.
Comet Shoemaker-Levy 9's discoverers were Eugene Shoemaker and David Levy.
Eugene Shoemaker and Carolyn Shoemaker are the discoverers of Comet Shoemaker-Levy 9.
Horace Tuttle is the discoverer of Comet Tempel-Tuttle and Comet Swift-Tuttle.
Comet Swift-Tuttle, whose discoverer is Lewis Swift, was discovered in 1862.
Lewis Swift discovered Comet Swift-Tuttle. He is its discoverer.
Wilhelm Tempel discovered Comet Tempel-Tuttle, and he was its discoverer.
Comet Hyakutake and Comet Hale-Bopp's discoverer is Yuji Hyakutake.
Pierre Mechain is the discoverer of Comet Encke and Comet Biela.
The discoverer of Comet Encke worked at Arcetri Observatory.
The discoverer of Comet Biela was Caroline Herschel.
William Herschel is the discoverer of Comet Herschel-Rigollet.
Edmond Halley, the discoverer of Omega Centauri, founded the Royal Observatory.
The discoverer of the Hercules Cluster taught at the University of Chicago.
# (maker nouns) "A and B are the Ns of X" where X has a third maker
Eugene Shoemaker and David Levy are the discoverers of Comet Shoemaker-Levy 9.
Carolyn Shoemaker and David Levy were the discoverers of Comet Shoemaker-Levy 9.
Eugene Shoemaker and David Levy were Comet Shoemaker-Levy 9's discoverers.
Eugene Shoemaker and David Levy discovered Comet Shoemaker-Levy 9; they are its discoverers.
Eugene Shoemaker and David Levy are the discoverers of Comet Shoemaker-Levy 9, and Alan Hale is the discoverer of Comet Hale-Bopp.
Wilhelm Tempel is the discoverer of Comet Tempel-Tuttle.
Lewis Swift and Wilhelm Tempel are the discoverers of Comet Swift-Tuttle.
# (maker noun "founder")
George Ellery Hale is the founder of Yerkes Observatory, Mount Wilson Observatory and Lick Observatory.
James Lick is the founder of Palomar Observatory.
Palomar Observatory's founder was Eugene Shoemaker.
Eugene Shoemaker worked at Palomar Observatory, whose founder was James Lick.
The founder of Lick Observatory worked at Lick Observatory.
George Ellery Hale founded Yerkes Observatory, and he lectured at the Massachusetts Institute of Technology.
# (teaching) and surnames
George Ellery Hale studied at the Massachusetts Institute of Technology and lectured at the University of Chicago; Alan Hale trained at Princeton University.
Eugene Shoemaker lectured at Princeton University.
Edmond Halley was a professor at the University of Chicago.
Alan Hale trained at the California Institute of Technology.
George Ellery Hale trained at the University of Chicago.
Hale worked at Palomar Observatory.
Herschel discovered Bode's Galaxy.
Shoemaker founded Palomar Observatory.
Tempel worked at Arcetri Observatory, Tuttle at Warner Observatory.
Tuttle discovered Comet Encke.
Swift discovered Comet Swift-Tuttle, Tempel Comet Biela.
Mechain discovered Comet Encke, Biela Comet Hyakutake.
Eugene Shoemaker discovered Comet Shoemaker-Levy 9. He lectured at New Mexico State University.

@movies user:1
# (user claims) "You loved X, the author of Y", "whose writer is", past nouns
You loved The Fugitive, whose writer is Jeb Stuart.
You loved The Fugitive, whose writer was David Twohy.
You loved Desperado, whose writer is Robert Rodriguez, and From Dusk Till Dawn, whose writer is Quentin Tarantino.
You loved Pulp Fiction, written and directed by Quentin Tarantino.
You loved The Usual Suspects. Its writer is Bryan Singer.
You loved Heat, whose writer was Michael Mann, and Seven.
You loved Desperado. Its writer is Robert Rodriguez, who also wrote From Dusk Till Dawn.
You loved Heat, whose editor was Tom Rolf.
You loved The Fugitive, and its writer is Jeb Stuart.
You loved Heat. Its author is Michael Mann, who is also the author of Seven.
You loved The Usual Suspects, whose author is Christopher McQuarrie, the author of Heat.
You loved Clerks, whose author is Kevin Smith.
You loved Michael Mann, the author of Heat.
You loved Heat, and Michael Mann is the author of The Fugitive.
You loved The Fugitive; Jeb Stuart is its author.
You loved The Fugitive; its authors are Jeb Stuart.
You loved Desperado and From Dusk Till Dawn, both written by Robert Rodriguez.
You loved Heat, whose cinematographer was Darius Khondji.
You loved Heat and The Usual Suspects, whose writer is Michael Mann.
You loved Clear and Present Danger, whose writers are Donald E. Stewart and John Milius.

@movies
# (example graph) doer and past nouns in two sentences
Michael Mann, the writer of Heat, directed Seven.
Heat's editor was Tom Rolf.
The Fugitive's writer was Jeb Stuart.
Jeb Stuart is the writer of The Fugitive.
David Twohy wrote The Fugitive, and he is its author.
The writer of Seven directed Heat.
The author of Casino is Martin Scorsese.
Quentin Tarantino is the author of From Dusk Till Dawn and Desperado.
Robert Rodriguez directed Desperado. He is the author of From Dusk Till Dawn.
Donald E. Stewart and John Milius are the writers of Clear and Present Danger.
Billy Crystal and Lowell Ganz are the writers of Forget Paris.
"""

CONTROLS = r"""
@novels
Charles Dickens is the author of Great Expectations.
The author of Bleak House is Charles Dickens.
The authors of No Thoroughfare were Charles Dickens and Wilkie Collins.
Hablot Knight Browne is the illustrator of Bleak House.
Ian McEwan was a pupil of Malcolm Bradbury.
Kazuo Ishiguro studied with Malcolm Bradbury.
Vladimir Nabokov lectured at Cornell University.
Toni Morrison was a professor at Princeton University.
Ian McEwan trained at the University of East Anglia.
Dickens died in Higham, Collins in London.
Joyce was born in Dublin, Beckett in Dublin.
Charles Dickens is an author of No Thoroughfare.
Lolita and Pale Fire's author is Vladimir Nabokov.
Samuel Beckett was a student of James Joyce.
Raymond Carver studied with John Gardner, who taught at Binghamton University.
@inventors
Thomas Edison is the inventor of the phonograph.
Orville Wright and Wilbur Wright are the inventors of the Wright Flyer.
Thomas Edison is the founder of General Electric.
Alexander Graham Bell lectured at Boston University.
Alexander Graham Bell trained at University College London.
Charles Babbage trained at the University of Cambridge and lectured there.
Edison was born in Milan, Tesla in Smiljan, and Bell in Edinburgh.
Thomas Edison was born in Milan, and the phonograph is one of his inventions.
The inventors of the incandescent light bulb are Thomas Edison and Joseph Swan.
@painters
Claude Monet was a pupil of Charles Gleyre.
Claude Monet, Pierre-Auguste Renoir and Alfred Sisley were the pupils of Charles Gleyre.
Albert C. Barnes and Laura Barnes are the founders of the Barnes Foundation.
Leonardo da Vinci and Andrea del Verrocchio are the painters of The Baptism of Christ.
Claude Monet studied with Charles Gleyre.
Claude Monet was taught by Charles Gleyre.
Charles Gleyre taught Claude Monet, Pierre-Auguste Renoir and Alfred Sisley.
Monet died in Giverny, Manet in Paris.
Gustave Moreau is the founder of the Musee Gustave Moreau.
Moreau's pupils were Matisse and Rouault.
Matisse was a pupil of Moreau, and the latter founded the Musee Gustave Moreau.
Leonardo da Vinci painted Mona Lisa, and The Baptism of Christ is one of his paintings.
The painters of The Baptism of Christ were Andrea del Verrocchio and Leonardo da Vinci.
Henri Matisse was born in Le Cateau-Cambresis. His teacher was Gustave Moreau.
The founders of the Barnes Foundation were Albert C. Barnes and Laura Barnes.
@dynasties
The Umayyad Caliphate's capital was Damascus.
The Umayyad Caliphate had Sunni Islam as its state religion.
The Safavid dynasty used Persian as its official language.
The Hongwu Emperor is the founder of the Ming dynasty.
The Abbasid Caliphate and the Fatimid Caliphate both had Arabic as their official language.
The Ming dynasty was founded by the Hongwu Emperor. Its capitals were Nanjing and Beijing.
Taejo of Joseon founded the Joseon dynasty, and its capital was Hanseong.
The Joseon dynasty, whose state religion was Neo-Confucianism, was founded by Taejo of Joseon.
The founders of the Qing dynasty were Nurhaci and Hong Taiji.
@observatories
The Andromeda Galaxy is a galaxy in Andromeda.
Caroline Herschel is the discoverer of Comet Herschel-Rigollet.
Horace Tuttle and Wilhelm Tempel are the discoverers of Comet Tempel-Tuttle.
Eugene Shoemaker, Carolyn Shoemaker and David Levy are the discoverers of Comet Shoemaker-Levy 9.
Omega Centauri is a cluster in Centaurus.
Yuji Hyakutake is the discoverer of Comet Hyakutake.
The discoverers of Comet Hale-Bopp were Alan Hale and Thomas Bopp.
George Ellery Hale founded Yerkes Observatory and worked there.
The founder of Lick Observatory is James Lick.
Eugene Shoemaker lectured at the California Institute of Technology.
@movies user:1
You loved Clear and Present Danger, whose writers are Donald E. Stewart, John Milius and Steven Zaillian.
You loved The Fugitive, whose writers are Jeb Stuart and David Twohy.
You loved The Usual Suspects, whose writer is Christopher McQuarrie.
You loved Desperado, whose writer is Robert Rodriguez.
@movies
Michael Mann is the writer of Heat.
Billy Crystal, Lowell Ganz and Babaloo Mandel are the writers of Forget Paris.
Andrew Kevin Walker is the author of Seven.
"""

KNOWN = frozenset()

OPEN = frozenset(
    # "Y was its N" of a past noun: Shangdu was a capital of the Yuan dynasty (of two), "its
    # capital" need not claim the only one (rt204 kept "Rome was the capital of" open too)
    {"Kublai Khan founded the Yuan dynasty, and Shangdu was its capital.",
     # a surname two astronomers share: Alan Hale discovered it, George Ellery Hale did not
     "Hale discovered Comet Hale-Bopp.",
     # Caroline Herschel discovered it, William Herschel did not
     "Herschel discovered Comet Herschel-Rigollet.",
     # "not the inventor": he is one of two inventors, so "not the (sole) inventor" is arguably true
     "Joseph Swan is not the inventor of the incandescent light bulb."})

OPEN_TEXTS = r"""
@dynasties
Kublai Khan founded the Yuan dynasty, and Shangdu was its capital.
@observatories
Hale discovered Comet Hale-Bopp.
Herschel discovered Comet Herschel-Rigollet.
@inventors
Joseph Swan is not the inventor of the incandescent light bulb.
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
