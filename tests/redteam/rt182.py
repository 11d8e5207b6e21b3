"""Red team round 182 on the readings of CHANGES.diff: (1) "by X" after an attribute that no
relation read "by" starts from is said of the item the noun phrase describes ("Salome is an opera
in German by Richard Strauss", "The Hermes Baby was built in Switzerland by Paillard"); (2) "X, a
<distributor> release, ..." ends the apposition as "film" would; (3) a place aside after the item
of a user claim ("You disliked Kronborg Castle, in Denmark."); (4) ", the <kind> <noun> <participle>
by X" where the kind's name ends in a type noun, "circus" / "bus" no plural; (5) "first aired on"
read "premiered on", "debuted on", "made its (television) debut on", "had its premiere on"; (6)
short names of kind tails, "first" before a discovery in the passive only, "anime" of an anime
series.

Seven graphs of my own (see each builder's docstring): operas (composers, librettists, languages,
source plays and a novella made by someone, score publishers and their cities, premiere venues and
conductors), treatises (authors, translators, publishers, cities, languages, fields, movements with
founders), machines (typewriters and cars built in, designed in, sold in countries by makers,
designers, sellers), films (distributors read "release", producers that are companies and persons,
a director who distributes his own film, a director who is also his producer company's name,
countries of release, filming places), places (castles, a manor moved from Lancashire to Virginia,
islands in two seas, zoos, a lighthouse on an island, a user who lives somewhere, user ratings),
circuses (circuses, zoos and buses with kinds named "<kind> circus", "traveling zoo", "zoo
circus", "double-decker bus", kinds with founders of their own) and shows (TV, anime and radio
series, their first and later networks, streaming, dubbing, a film first screened at a festival, a
painting first shown at an exhibition).

Findings (91 of 490 false texts accepted; the code before this change, CHANGES.diff undone,
accepts none of them, and accepts the 3 KNOWN ones too; 23 arguable texts are OPEN):

* (1) the "by X" after a verb's list of objects ("was published in London and Amsterdam by X",
  "was built in Italy and Spain by X", "was released in the United States and Japan by X", "was
  dubbed in English and Spanish by X", "aired on Fox and Comedy Central by X") is read as the
  item's plain "by" (its composer, author, designer, director, producer, creator, studio), never
  as the verb's agent (49): "Salome was published in Berlin and Paris by Richard Strauss",
  "Leviathan was published in London and Amsterdam by Thomas Hobbes", "The Olivetti Lettera 22 was
  built in Italy and Spain by Marcello Nizzoli", "The Hermes Baby was sold in the United States
  and Canada by Paillard", "Top Gun was released in the United States and Japan by Tony Scott",
  "Cowboy Bebop was dubbed in English and Spanish by Sunrise", "Futurama aired on Fox and Comedy
  Central by Matt Groening"; in participles, relative clauses, user claims, recommendations,
  after "both", before a year. The true agent (the publisher, the seller, the distributor, the
  dubbing studio) is then rejected (controls below). The one-object form is rejected.
* (2) "release" after a name that only has a releasing type is read "film": with a person who
  releases (John Cassavetes his own film) every director and producing person is "a <name>
  release", and with companies that release every producing company is (33): "Die Hard, a John
  McTiernan release, stars Bruce Willis", "Die Hard is a Silver Pictures release.", "Top Gun, a
  Jerry Bruckheimer release, ...", "Diary of a Mad Black Woman is a Tyler Perry Studios release.",
  "Since you loved Die Hard, try Jaws, a Zanuck/Brown Productions release."
* (5) "made its television debut on / at / in" is taken from any "first aired / shown / screened
  / broadcast on / at / in" relation (9): a radio series "made its television debut on BBC Radio
  4" / "in the United Kingdom", a film "made its television debut at the Venice Film Festival" /
  "in Venice", a painting "made its television debut at the Paris Salon".

Held: (1) a wrong composer, librettist, source author, translator, conductor, publisher,
dedicatee, another author after "in German", "of political philosophy", "from Rome"; a list of
languages or fields; one-object verbs with the wrong agent; a list's "by" naming no maker of the
item (a user of the typewriter, a star); (2) another film's distributor or director, a composer, a
novelist, a star; a right release beside a wrong star, director, composer, year; "the ...
release", "another ... release", plural "releases"; (3) a wrong place, a wrong rating or star count
with a right place, the user's own town, the manor's first county, the wrong island of the
lighthouse, years, backwards readings ("Wrangel Island, on Wrangel Lighthouse"), persons and
companies after "in", lists, relative clauses, recommendations, negation; (4) the wrong kind
(another kind in the same noun: "the flea circus", in another type's noun: "the traveling zoo",
"the party bus"), another founder, a kind's own founder or pioneer (the code before the change
accepts 4 of these), a genre named with the noun ("the horror film directed by"); (5) a later
network, a streaming service, the network of an American premiere, inverse "X premiered Y",
lists, negation, years; (6) "anime" of a TV series, a film, a radio series, a painting "show",
"first" before a sighting.

Controls rejected (8 of 98): the true agent after a list (6: "Salome was published in Berlin and
Paris by Adolph Fürstner", "Leviathan ... by Andrew Crooke", "The Hermes Baby was sold in the
United States and Canada by Smith-Corona", "Top Gun was released in the United States and Japan by
Paramount Pictures", "Die Hard was released in the United States and Canada by 20th Century Fox",
"Cowboy Bebop was dubbed in English and Spanish by Animaze": reading 1 takes the "by"); "You loved
Leviathan, a treatise of political philosophy by Thomas Hobbes" (reading 1 not in a user's claim,
though "You loved Carmen, an opera in French by Georges Bizet" is accepted); "You disliked Wrangel
Island, in the Arctic Ocean" ("in Arctic Ocean" and "in the Chukchi Sea" are accepted).
"""

import os
import sys

if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items, others, rels, triples, users=(), aliases=None):
    aliases = dict(aliases or {})
    ents = [E(k, kind="item", type=t, label=n, aliases=aliases.get(k, ()),
              attrs={"year": y} if y is not None else {})
            for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n, aliases=aliases.get(k, ())) for k, (t, n) in others.items()]
    ents += [E(k, kind="user", type="user", label=n) for k, n in users]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def _t(rel, pairs):
    """Triples of one relation from (head, tail) pairs."""
    return [(h, rel, t) for h, t in pairs]


def _r(user, ratings):
    """A user's ratings from (item, stars) pairs."""
    return [(user, "rated", i, {"rating": float(s)}) for i, s in ratings]


def operas():
    """Operas (items: the year of the premiere). An opera "was composed by" a composer, "has a
    libretto by" a librettist (Alban Berg wrote Wozzeck's himself; Hugo von Hofmannsthal wrote
    the play Elektra and the libretti), "is in" a language (Salome in German and French: Strauss
    made a French version), "is based on" a play or a novella (attributes that ARE made by
    someone: they "were written by" a writer, the play Salomé "was translated by" Hedwig
    Lachmann), its score "was published by" a publisher "in" one or two cities, it "premiered at"
    a venue (venues "are located in" cities), "was first conducted by" a conductor, "is
    dedicated to" a person, "is a" genre. Ida rated Salome 2, Carmen 5 and Wozzeck 4."""
    rels = [
        R("composed_by", phrase="was composed by", inverse_phrase="composed", domain=("opera",), range=("composer",)),
        R("libretto_by", phrase="has a libretto by", inverse_phrase="wrote the libretto of", domain=("opera",),
          range=("librettist", "writer", "composer")),
        R("language", phrase="is in", inverse_phrase="is the language of", domain=("opera", "play", "novella"),
          range=("language",)),
        R("based_on", phrase="is based on", inverse_phrase="is the source of", domain=("opera",),
          range=("play", "novella")),
        R("written_by", phrase="was written by", inverse_phrase="wrote", domain=("play", "novella"),
          range=("writer", "librettist")),
        R("translated_by", phrase="was translated by", inverse_phrase="translated", domain=("play",),
          range=("writer",)),
        R("published_by", phrase="was published by", inverse_phrase="published", domain=("opera",),
          range=("publisher",)),
        R("published_in", phrase="was published in", inverse_phrase="is where was published", domain=("opera",),
          range=("city",)),
        R("premiered_at", phrase="premiered at", inverse_phrase="hosted the premiere of", domain=("opera",),
          range=("venue",)),
        R("located_in", phrase="is located in", inverse_phrase="is the location of", domain=("venue", "publisher"),
          range=("city",)),
        R("conducted_by", phrase="was first conducted by", inverse_phrase="conducted the premiere of",
          domain=("opera",), range=("conductor",)),
        R("dedicated_to", phrase="is dedicated to", inverse_phrase="is the dedicatee of", domain=("opera",),
          range=("person",)),
        R("genre", phrase="is a", inverse_phrase="is the genre of", domain=("opera",), range=("genre",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "o:salome": ("opera", "Salome", 1905), "o:elektra": ("opera", "Elektra", 1909),
        "o:rosenkavalier": ("opera", "Der Rosenkavalier", 1911), "o:carmen": ("opera", "Carmen", 1875),
        "o:otello": ("opera", "Otello", 1887), "o:wozzeck": ("opera", "Wozzeck", 1925),
        "o:pelleas": ("opera", "Pelléas et Mélisande", 1902),
    }
    others = {
        "c:strauss": ("composer", "Richard Strauss"), "c:bizet": ("composer", "Georges Bizet"),
        "c:verdi": ("composer", "Giuseppe Verdi"), "c:berg": ("composer", "Alban Berg"),
        "c:debussy": ("composer", "Claude Debussy"),
        "w:wilde": ("writer", "Oscar Wilde"), "w:lachmann": ("writer", "Hedwig Lachmann"),
        "w:hofmannsthal": ("librettist", "Hugo von Hofmannsthal"), "w:merimee": ("writer", "Prosper Mérimée"),
        "w:meilhac": ("librettist", "Henri Meilhac"), "w:halevy": ("librettist", "Ludovic Halévy"),
        "w:boito": ("librettist", "Arrigo Boito"), "w:shakespeare": ("writer", "William Shakespeare"),
        "w:buchner": ("writer", "Georg Büchner"), "w:maeterlinck": ("writer", "Maurice Maeterlinck"),
        "p:salome": ("play", "Salomé"), "p:elektra": ("play", "Elektra (play)"), "n:carmen": ("novella", "Carmen (novella)"),
        "p:othello": ("play", "Othello"), "p:woyzeck": ("play", "Woyzeck"), "p:pelleas": ("play", "Pelléas et Mélisande (play)"),
        "l:german": ("language", "German"), "l:french": ("language", "French"), "l:italian": ("language", "Italian"),
        "l:english": ("language", "English"),
        "u:furstner": ("publisher", "Adolph Fürstner"), "u:choudens": ("publisher", "Choudens"),
        "u:ricordi": ("publisher", "Ricordi"), "u:ue": ("publisher", "Universal Edition"), "u:durand": ("publisher", "Durand"),
        "y:berlin": ("city", "Berlin"), "y:paris": ("city", "Paris"), "y:milan": ("city", "Milan"), "y:vienna": ("city", "Vienna"),
        "y:dresden": ("city", "Dresden"), "y:london": ("city", "London"),
        "v:semperoper": ("venue", "Semperoper"), "v:comique": ("venue", "Opéra-Comique"), "v:scala": ("venue", "La Scala"),
        "v:staatsoper": ("venue", "Berlin State Opera"),
        "k:schuch": ("conductor", "Ernst von Schuch"), "k:faccio": ("conductor", "Franco Faccio"),
        "k:kleiber": ("conductor", "Erich Kleiber"), "k:messager": ("conductor", "André Messager"),
        "h:speyer": ("person", "Edgar Speyer"), "h:mahler": ("person", "Alma Mahler"),
        "g:tragic": ("genre", "tragic opera"), "g:comic": ("genre", "comic opera"), "g:expressionist": ("genre", "expressionist opera"),
    }
    T_ = _t("composed_by", [("o:salome", "c:strauss"), ("o:elektra", "c:strauss"), ("o:rosenkavalier", "c:strauss"),
                            ("o:carmen", "c:bizet"), ("o:otello", "c:verdi"), ("o:wozzeck", "c:berg"), ("o:pelleas", "c:debussy")])
    T_ += _t("libretto_by", [("o:salome", "w:lachmann"), ("o:elektra", "w:hofmannsthal"), ("o:rosenkavalier", "w:hofmannsthal"),
                             ("o:carmen", "w:meilhac"), ("o:carmen", "w:halevy"), ("o:otello", "w:boito"), ("o:wozzeck", "c:berg"),
                             ("o:pelleas", "w:maeterlinck")])
    T_ += _t("language", [("o:salome", "l:german"), ("o:salome", "l:french"), ("o:elektra", "l:german"),
                          ("o:rosenkavalier", "l:german"), ("o:carmen", "l:french"), ("o:otello", "l:italian"),
                          ("o:wozzeck", "l:german"), ("o:pelleas", "l:french"), ("p:salome", "l:french"),
                          ("p:othello", "l:english"), ("p:woyzeck", "l:german"), ("p:elektra", "l:german"),
                          ("n:carmen", "l:french"), ("p:pelleas", "l:french")])
    T_ += _t("based_on", [("o:salome", "p:salome"), ("o:elektra", "p:elektra"), ("o:carmen", "n:carmen"),
                          ("o:otello", "p:othello"), ("o:wozzeck", "p:woyzeck"), ("o:pelleas", "p:pelleas")])
    T_ += _t("written_by", [("p:salome", "w:wilde"), ("p:elektra", "w:hofmannsthal"), ("n:carmen", "w:merimee"),
                            ("p:othello", "w:shakespeare"), ("p:woyzeck", "w:buchner"), ("p:pelleas", "w:maeterlinck")])
    T_ += _t("translated_by", [("p:salome", "w:lachmann")])
    T_ += _t("published_by", [("o:salome", "u:furstner"), ("o:elektra", "u:furstner"), ("o:rosenkavalier", "u:furstner"),
                              ("o:carmen", "u:choudens"), ("o:otello", "u:ricordi"), ("o:wozzeck", "u:ue"),
                              ("o:pelleas", "u:durand")])
    T_ += _t("published_in", [("o:salome", "y:berlin"), ("o:salome", "y:paris"), ("o:elektra", "y:berlin"),
                              ("o:rosenkavalier", "y:berlin"), ("o:rosenkavalier", "y:london"), ("o:carmen", "y:paris"),
                              ("o:otello", "y:milan"), ("o:wozzeck", "y:vienna"), ("o:pelleas", "y:paris")])
    T_ += _t("premiered_at", [("o:salome", "v:semperoper"), ("o:elektra", "v:semperoper"),
                              ("o:rosenkavalier", "v:semperoper"), ("o:carmen", "v:comique"), ("o:otello", "v:scala"),
                              ("o:wozzeck", "v:staatsoper"), ("o:pelleas", "v:comique")])
    T_ += _t("located_in", [("v:semperoper", "y:dresden"), ("v:comique", "y:paris"), ("v:scala", "y:milan"),
                            ("v:staatsoper", "y:berlin"), ("u:furstner", "y:berlin"), ("u:ricordi", "y:milan")])
    T_ += _t("conducted_by", [("o:salome", "k:schuch"), ("o:elektra", "k:schuch"), ("o:rosenkavalier", "k:schuch"),
                              ("o:otello", "k:faccio"), ("o:wozzeck", "k:kleiber"), ("o:pelleas", "k:messager")])
    T_ += _t("dedicated_to", [("o:salome", "h:speyer"), ("o:wozzeck", "h:mahler")])
    T_ += _t("genre", [("o:salome", "g:tragic"), ("o:elektra", "g:tragic"), ("o:rosenkavalier", "g:comic"),
                       ("o:carmen", "g:comic"), ("o:otello", "g:tragic"), ("o:wozzeck", "g:expressionist"),
                       ("o:pelleas", "g:tragic")])
    T_ += _r("user:ida", [("o:salome", 2), ("o:carmen", 5), ("o:wozzeck", 4)])
    return _build(items, others, rels, T_, users=[("user:ida", "Ida")])


def treatises():
    """Treatises (items: the year of publication). A treatise "was written by" a philosopher,
    "was translated by" a translator (Friedrich Engels, a philosopher too, translated Das Kapital
    with Samuel Moore), "was published by" a publisher "in" one or two cities (Leviathan: London
    and Amsterdam; Das Kapital: Hamburg and London), "was written in" one or two languages
    (Leviathan: English and Latin), "belongs to the field of" one or two fields, "is a key text of"
    a movement (movements "were founded by" a philosopher: an attribute that IS by someone), "is
    dedicated to" a person. Max rated Leviathan 5 and The Prince 1."""
    W = ("treatise",)
    rels = [
        R("written_by", phrase="was written by", inverse_phrase="wrote", domain=W, range=("philosopher",)),
        R("translated_by", phrase="was translated by", inverse_phrase="translated", domain=W,
          range=("translator", "philosopher")),
        R("published_by", phrase="was published by", inverse_phrase="published", domain=W, range=("publisher",)),
        R("published_in", phrase="was published in", inverse_phrase="is the place of publication of", domain=W,
          range=("city",)),
        R("field", phrase="belongs to the field of", inverse_phrase="includes the work", domain=W, range=("field",)),
        R("key_text", phrase="is a key text of", inverse_phrase="has the key text", domain=W, range=("movement",)),
        R("written_in", phrase="was written in", inverse_phrase="is the language of", domain=W, range=("language",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("movement",),
          range=("philosopher",)),
        R("dedicated_to", phrase="is dedicated to", inverse_phrase="is the dedicatee of", domain=W, range=("person",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "t:leviathan": ("treatise", "Leviathan", 1651), "t:contract": ("treatise", "The Social Contract", 1762),
        "t:util": ("treatise", "Utilitarianism", 1861),
        "t:principles": ("treatise", "An Introduction to the Principles of Morals and Legislation", 1789),
        "t:critique": ("treatise", "Critique of Pure Reason", 1781), "t:wealth": ("treatise", "The Wealth of Nations", 1776),
        "t:prince": ("treatise", "The Prince", 1532), "t:capital": ("treatise", "Das Kapital", 1867),
    }
    others = {
        "p:hobbes": ("philosopher", "Thomas Hobbes"), "p:rousseau": ("philosopher", "Jean-Jacques Rousseau"),
        "p:mill": ("philosopher", "John Stuart Mill"), "p:bentham": ("philosopher", "Jeremy Bentham"),
        "p:kant": ("philosopher", "Immanuel Kant"), "p:smith": ("philosopher", "Adam Smith"),
        "p:machiavelli": ("philosopher", "Niccolò Machiavelli"), "p:marx": ("philosopher", "Karl Marx"),
        "p:locke": ("philosopher", "John Locke"), "p:engels": ("philosopher", "Friedrich Engels"),
        "x:cole": ("translator", "G. D. H. Cole"), "x:moore": ("translator", "Samuel Moore"),
        "x:meiklejohn": ("translator", "J. M. D. Meiklejohn"), "x:dacres": ("translator", "Edward Dacres"),
        "u:crooke": ("publisher", "Andrew Crooke"), "u:rey": ("publisher", "Marc-Michel Rey"),
        "u:parker": ("publisher", "Parker, Son and Bourn"), "u:hartknoch": ("publisher", "Johann Friedrich Hartknoch"),
        "u:strahan": ("publisher", "William Strahan"), "u:meissner": ("publisher", "Otto Meissner"),
        "u:sonnenschein": ("publisher", "Swan Sonnenschein"), "u:payne": ("publisher", "T. Payne and Son"),
        "u:blado": ("publisher", "Antonio Blado"),
        "y:london": ("city", "London"), "y:amsterdam": ("city", "Amsterdam"), "y:riga": ("city", "Riga"),
        "y:hamburg": ("city", "Hamburg"), "y:rome": ("city", "Rome"), "y:paris": ("city", "Paris"),
        "f:political": ("field", "political philosophy"), "f:ethics": ("field", "ethics"), "f:economics": ("field", "economics"),
        "f:metaphysics": ("field", "metaphysics"), "f:epistemology": ("field", "epistemology"),
        "m:util": ("movement", "utilitarianism"), "m:contract": ("movement", "social contract theory"),
        "m:idealism": ("movement", "German idealism"), "m:marxism": ("movement", "Marxism"),
        "m:classical": ("movement", "classical economics"), "m:realism": ("movement", "political realism"),
        "l:english": ("language", "English"), "l:french": ("language", "French"), "l:german": ("language", "German"),
        "l:italian": ("language", "Italian"), "l:latin": ("language", "Latin"),
        "h:lorenzo": ("person", "Lorenzo de' Medici"), "h:zedlitz": ("person", "Karl Abraham Zedlitz"),
        "h:wolff": ("person", "Wilhelm Wolff"),
    }
    T_ = _t("written_by", [("t:leviathan", "p:hobbes"), ("t:contract", "p:rousseau"), ("t:util", "p:mill"),
                           ("t:principles", "p:bentham"), ("t:critique", "p:kant"), ("t:wealth", "p:smith"),
                           ("t:prince", "p:machiavelli"), ("t:capital", "p:marx")])
    T_ += _t("translated_by", [("t:contract", "x:cole"), ("t:capital", "x:moore"), ("t:capital", "p:engels"),
                               ("t:critique", "x:meiklejohn"), ("t:prince", "x:dacres")])
    T_ += _t("published_by", [("t:leviathan", "u:crooke"), ("t:contract", "u:rey"), ("t:util", "u:parker"),
                              ("t:critique", "u:hartknoch"), ("t:wealth", "u:strahan"), ("t:capital", "u:meissner"),
                              ("t:capital", "u:sonnenschein"), ("t:principles", "u:payne"), ("t:prince", "u:blado")])
    T_ += _t("published_in", [("t:leviathan", "y:london"), ("t:leviathan", "y:amsterdam"), ("t:contract", "y:amsterdam"),
                              ("t:util", "y:london"), ("t:critique", "y:riga"), ("t:wealth", "y:london"),
                              ("t:capital", "y:hamburg"), ("t:capital", "y:london"), ("t:principles", "y:london"),
                              ("t:prince", "y:rome")])
    T_ += _t("field", [("t:leviathan", "f:political"), ("t:leviathan", "f:ethics"), ("t:contract", "f:political"),
                       ("t:util", "f:ethics"), ("t:principles", "f:ethics"), ("t:critique", "f:metaphysics"),
                       ("t:critique", "f:epistemology"), ("t:wealth", "f:economics"), ("t:capital", "f:economics"),
                       ("t:prince", "f:political")])
    T_ += _t("key_text", [("t:leviathan", "m:contract"), ("t:contract", "m:contract"), ("t:util", "m:util"),
                          ("t:principles", "m:util"), ("t:critique", "m:idealism"), ("t:capital", "m:marxism"),
                          ("t:wealth", "m:classical"), ("t:prince", "m:realism")])
    T_ += _t("founded_by", [("m:util", "p:bentham"), ("m:marxism", "p:marx"), ("m:classical", "p:smith"),
                            ("m:contract", "p:hobbes")])
    T_ += _t("written_in", [("t:leviathan", "l:english"), ("t:leviathan", "l:latin"), ("t:contract", "l:french"),
                            ("t:util", "l:english"), ("t:critique", "l:german"), ("t:capital", "l:german"),
                            ("t:prince", "l:italian"), ("t:wealth", "l:english"), ("t:principles", "l:english")])
    T_ += _t("dedicated_to", [("t:prince", "h:lorenzo"), ("t:critique", "h:zedlitz"), ("t:capital", "h:wolff")])
    T_ += _r("user:max", [("t:leviathan", 5), ("t:prince", 1)])
    return _build(items, others, rels, T_, users=[("user:max", "Max")])


def machines():
    """Typewriters and cars (items: the year each came out). Each "was built by" a company (the
    maker) "in" one or more countries, "was designed by" a designer (the Olivetti Valentine "in"
    Ivrea), "was sold by" a seller "in" countries (the Hermes Baby by Smith-Corona in the United
    States and Canada), "was used by" a writer; companies "are headquartered in" a city. Kai
    rated the Hermes Baby 4.5 and the Mini 2."""
    W = ("typewriter", "car")
    rels = [
        R("built_by", phrase="was built by", inverse_phrase="built", domain=W, range=("company",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=W, range=("designer",)),
        R("made_in", phrase="was built in", inverse_phrase="is where was built", domain=W, range=("country",)),
        R("sold_in", phrase="was sold in", inverse_phrase="is where was sold", domain=W, range=("country",)),
        R("sold_by", phrase="was sold by", inverse_phrase="sold", domain=W, range=("company",)),
        R("designed_in", phrase="was designed in", inverse_phrase="is where was designed", domain=W, range=("city",)),
        R("used_by", phrase="was used by", inverse_phrase="used", domain=W, range=("writer",)),
        R("hq", phrase="is headquartered in", inverse_phrase="is home to", domain=("company",), range=("city",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "t:baby": ("typewriter", "Hermes Baby", 1935), "t:lettera": ("typewriter", "Olivetti Lettera 22", 1950),
        "t:valentine": ("typewriter", "Olivetti Valentine", 1969), "c:mini": ("car", "Mini", 1959),
        "c:beetle": ("car", "Volkswagen Beetle", 1938),
    }
    others = {
        "m:paillard": ("company", "Paillard"), "m:olivetti": ("company", "Olivetti"),
        "m:bmc": ("company", "British Motor Corporation"), "m:vw": ("company", "Volkswagen"),
        "m:smith": ("company", "Smith-Corona"), "m:innocenti": ("company", "Innocenti"),
        "d:prezioso": ("designer", "Giuseppe Prezioso"), "d:nizzoli": ("designer", "Marcello Nizzoli"),
        "d:sottsass": ("designer", "Ettore Sottsass"), "d:issigonis": ("designer", "Alec Issigonis"),
        "d:porsche": ("designer", "Ferdinand Porsche"),
        "n:switzerland": ("country", "Switzerland"), "n:italy": ("country", "Italy"), "n:britain": ("country", "Britain"),
        "n:germany": ("country", "Germany"), "n:usa": ("country", "United States"), "n:spain": ("country", "Spain"),
        "n:mexico": ("country", "Mexico"), "n:brazil": ("country", "Brazil"), "n:canada": ("country", "Canada"),
        "y:ivrea": ("city", "Ivrea"), "y:yverdon": ("city", "Yverdon-les-Bains"), "y:wolfsburg": ("city", "Wolfsburg"),
        "y:longbridge": ("city", "Longbridge"), "y:milan": ("city", "Milan"),
        "w:steinbeck": ("writer", "John Steinbeck"), "w:mccarthy": ("writer", "Cormac McCarthy"),
        "w:fleming": ("writer", "Ian Fleming"),
    }
    T_ = _t("built_by", [("t:baby", "m:paillard"), ("t:lettera", "m:olivetti"), ("t:valentine", "m:olivetti"),
                         ("c:mini", "m:bmc"), ("c:mini", "m:innocenti"), ("c:beetle", "m:vw")])
    T_ += _t("designed_by", [("t:baby", "d:prezioso"), ("t:lettera", "d:nizzoli"), ("t:valentine", "d:sottsass"),
                             ("c:mini", "d:issigonis"), ("c:beetle", "d:porsche")])
    T_ += _t("made_in", [("t:baby", "n:switzerland"), ("t:lettera", "n:italy"), ("t:lettera", "n:spain"),
                         ("t:valentine", "n:italy"), ("c:mini", "n:britain"), ("c:mini", "n:italy"),
                         ("c:beetle", "n:germany"), ("c:beetle", "n:mexico"), ("c:beetle", "n:brazil")])
    T_ += _t("sold_in", [("t:baby", "n:usa"), ("t:baby", "n:canada")])
    T_ += _t("sold_by", [("t:baby", "m:smith")])
    T_ += _t("designed_in", [("t:valentine", "y:ivrea"), ("t:valentine", "y:milan")])
    T_ += _t("used_by", [("t:baby", "w:steinbeck"), ("t:lettera", "w:mccarthy"), ("t:lettera", "w:fleming")])
    T_ += _t("hq", [("m:paillard", "y:yverdon"), ("m:olivetti", "y:ivrea"), ("m:vw", "y:wolfsburg"),
                    ("m:bmc", "y:longbridge"), ("m:innocenti", "y:milan")])
    T_ += _r("user:kai", [("t:baby", 4.5), ("c:mini", 2)])
    return _build(items, others, rels, T_, users=[("user:kai", "Kai")])


def films():
    """Films (items: the year of release). A film "was released by" a distributor (reading 2:
    the relation read "release"; John Cassavetes released A Woman Under the Influence himself, so
    a person is a releasing type here), "was directed by", "was produced by" persons or companies
    (Tyler Perry directs, produces, stars, and his company Tyler Perry Studios produces; Jerry
    Bruckheimer produces), "stars" actors, "is based on" a novel (novels "were written by"
    novelists: an attribute by someone), "has music by" a composer, "was released in" countries,
    "was filmed in" cities, "is set in" a city, "is a" genre. Sam rated Die Hard 5 and Alien 2."""
    rels = [
        R("directed_by", phrase="was directed by", inverse_phrase="directed", domain=("film",), range=("person",)),
        R("produced_by", phrase="was produced by", inverse_phrase="produced", domain=("film",),
          range=("person", "company")),
        R("released_by", phrase="was released by", inverse_phrase="released", domain=("film",),
          range=("company", "person")),
        R("stars", phrase="stars", inverse_phrase="stars in", domain=("film",), range=("person",)),
        R("based_on", phrase="is based on", inverse_phrase="was adapted as", domain=("film",), range=("novel",)),
        R("written_by", phrase="was written by", inverse_phrase="wrote", domain=("novel",), range=("person",)),
        R("music_by", phrase="has music by", inverse_phrase="composed the music for", domain=("film",),
          range=("person",)),
        R("released_in", phrase="was released in", inverse_phrase="saw the release of", domain=("film",),
          range=("country",)),
        R("filmed_in", phrase="was filmed in", inverse_phrase="is where was filmed", domain=("film",), range=("city",)),
        R("set_in", phrase="is set in", inverse_phrase="is the setting of", domain=("film",), range=("city",)),
        R("genre", phrase="is a", inverse_phrase="is the genre of", domain=("film",), range=("genre",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "f:diehard": ("film", "Die Hard", 1988), "f:alien": ("film", "Alien", 1979),
        "f:woman": ("film", "A Woman Under the Influence", 1974), "f:madea": ("film", "Diary of a Mad Black Woman", 2005),
        "f:topgun": ("film", "Top Gun", 1986), "f:jaws": ("film", "Jaws", 1975),
    }
    others = {
        "h:mctiernan": ("person", "John McTiernan"), "h:scott": ("person", "Ridley Scott"),
        "h:cassavetes": ("person", "John Cassavetes"), "h:perry": ("person", "Tyler Perry"),
        "h:willis": ("person", "Bruce Willis"), "h:weaver": ("person", "Sigourney Weaver"),
        "h:rowlands": ("person", "Gena Rowlands"), "h:bruckheimer": ("person", "Jerry Bruckheimer"),
        "h:tscott": ("person", "Tony Scott"), "h:cruise": ("person", "Tom Cruise"),
        "h:spielberg": ("person", "Steven Spielberg"), "h:scheider": ("person", "Roy Scheider"),
        "h:thorp": ("person", "Roderick Thorp"), "h:benchley": ("person", "Peter Benchley"),
        "h:kamen": ("person", "Michael Kamen"), "h:williams": ("person", "John Williams"),
        "h:goldsmith": ("person", "Jerry Goldsmith"), "h:gordon": ("person", "Lawrence Gordon"), "h:shaw": ("person", "Sam Shaw"),
        "c:fox": ("company", "20th Century Fox"), "c:lionsgate": ("company", "Lionsgate"),
        "c:paramount": ("company", "Paramount Pictures"), "c:universal": ("company", "Universal Pictures"),
        "c:silver": ("company", "Silver Pictures"), "c:brandywine": ("company", "Brandywine Productions"),
        "c:tps": ("company", "Tyler Perry Studios"), "c:zanuck": ("company", "Zanuck/Brown Productions"),
        "n:nothing": ("novel", "Nothing Lasts Forever"), "n:jaws": ("novel", "Jaws (novel)"),
        "n:us": ("country", "United States"), "n:japan": ("country", "Japan"), "n:canada": ("country", "Canada"),
        "n:france": ("country", "France"), "n:australia": ("country", "Australia"),
        "y:la": ("city", "Los Angeles"), "y:century": ("city", "Century City"), "y:vegas": ("city", "Las Vegas"),
        "y:sandiego": ("city", "San Diego"), "y:shepperton": ("city", "Shepperton"), "y:marthas": ("city", "Edgartown"),
        "y:atlanta": ("city", "Atlanta"), "y:amity": ("city", "Amity Island"),
        "g:action": ("genre", "action film"), "g:horror": ("genre", "horror film"), "g:drama": ("genre", "drama film"),
        "g:comedy": ("genre", "comedy film"),
    }
    T_ = _t("directed_by", [("f:diehard", "h:mctiernan"), ("f:alien", "h:scott"), ("f:woman", "h:cassavetes"),
                            ("f:madea", "h:perry"), ("f:topgun", "h:tscott"), ("f:jaws", "h:spielberg")])
    T_ += _t("produced_by", [("f:diehard", "c:silver"), ("f:diehard", "h:gordon"), ("f:alien", "c:brandywine"),
                             ("f:madea", "h:perry"), ("f:madea", "c:tps"), ("f:topgun", "h:bruckheimer"),
                             ("f:jaws", "c:zanuck"), ("f:woman", "h:shaw")])
    T_ += _t("released_by", [("f:diehard", "c:fox"), ("f:alien", "c:fox"), ("f:woman", "h:cassavetes"),
                             ("f:madea", "c:lionsgate"), ("f:topgun", "c:paramount"), ("f:jaws", "c:universal")])
    T_ += _t("stars", [("f:diehard", "h:willis"), ("f:alien", "h:weaver"), ("f:woman", "h:rowlands"),
                       ("f:woman", "h:cassavetes"), ("f:madea", "h:perry"), ("f:topgun", "h:cruise"), ("f:jaws", "h:scheider")])
    T_ += _t("based_on", [("f:diehard", "n:nothing"), ("f:jaws", "n:jaws")])
    T_ += _t("written_by", [("n:nothing", "h:thorp"), ("n:jaws", "h:benchley")])
    T_ += _t("music_by", [("f:diehard", "h:kamen"), ("f:jaws", "h:williams"), ("f:alien", "h:goldsmith")])
    T_ += _t("released_in", [("f:diehard", "n:us"), ("f:diehard", "n:canada"), ("f:alien", "n:us"), ("f:alien", "n:france"),
                             ("f:topgun", "n:us"), ("f:topgun", "n:japan"), ("f:jaws", "n:us"), ("f:jaws", "n:australia"),
                             ("f:madea", "n:us")])
    T_ += _t("filmed_in", [("f:diehard", "y:century"), ("f:diehard", "y:la"), ("f:topgun", "y:sandiego"),
                           ("f:topgun", "y:vegas"), ("f:alien", "y:shepperton"), ("f:jaws", "y:marthas"),
                           ("f:madea", "y:atlanta")])
    T_ += _t("set_in", [("f:diehard", "y:la"), ("f:jaws", "y:amity"), ("f:madea", "y:atlanta")])
    T_ += _t("genre", [("f:diehard", "g:action"), ("f:alien", "g:horror"), ("f:woman", "g:drama"), ("f:madea", "g:comedy"),
                       ("f:topgun", "g:action"), ("f:jaws", "g:horror")])
    T_ += _r("user:sam", [("f:diehard", 5), ("f:alien", 2)])
    return _build(items, others, rels, T_, users=[("user:sam", "Sam")])


def places():
    """Castles, a manor, islands, a lighthouse and zoos (items: the year each was built, found
    or opened). Each "is located in" a town, a sea or a park (Wrangel Island in the Arctic Ocean
    and the Chukchi Sea: two places; the San Diego Zoo in San Diego and Balboa Park, and "is at"
    Balboa Park), "is in" a country; castles and the manor "were built in" a place (Agecroft Hall
    was built in Lancashire and stands in Richmond, Virginia) "by" a king; the lighthouse "stands
    on" Wrangel Island; islands "are named after" or "were discovered by" a navigator (a type that
    is no person type: "Wrangel" stays the island's short name); castles "appear in" a play; zoos
    and castles "are operated by" a company. The user Ben "lives in" Malmö and Sweden. Ben
    rated Kronborg 2, Wrangel Island 1, the San Diego Zoo 5, Edinburgh Castle 4.5, the Bronx Zoo 3,
    Agecroft Hall 4 and the lighthouse 2."""
    rels = [
        R("located_in", phrase="is located in", inverse_phrase="is the location of",
          domain=("castle", "island", "zoo", "manor"), range=("city", "ocean", "park")),
        R("country", phrase="is in", inverse_phrase="contains", domain=("castle", "island", "zoo", "manor"),
          range=("country",)),
        R("at", phrase="is at", inverse_phrase="is the site of", domain=("zoo",), range=("park",)),
        R("stands_on", phrase="stands on", inverse_phrase="has the lighthouse", domain=("lighthouse",),
          range=("island",)),
        R("built_by", phrase="was built by", inverse_phrase="built", domain=("castle", "manor"), range=("king", "person")),
        R("built_in", phrase="was built in", inverse_phrase="is where was built", domain=("castle", "manor"),
          range=("city", "region")),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=("island", "zoo"),
          range=("navigator",)),
        R("discovered_by", phrase="was discovered by", inverse_phrase="discovered", domain=("island",),
          range=("navigator",)),
        R("sighted_by", phrase="was sighted by", inverse_phrase="sighted", domain=("island",), range=("navigator",)),
        R("features", phrase="appears in", inverse_phrase="features", domain=("castle", "island"), range=("play",)),
        R("lives_in", phrase="lives in", inverse_phrase="is home to", domain=("user",), range=("city", "country")),
        R("operated_by", phrase="is operated by", inverse_phrase="operates", domain=("zoo", "castle"),
          range=("company",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "c:kronborg": ("castle", "Kronborg Castle", 1585), "c:frederiksborg": ("castle", "Frederiksborg Castle", 1620),
        "c:edinburgh": ("castle", "Edinburgh Castle", 1103), "c:neuschwanstein": ("castle", "Neuschwanstein Castle", 1886),
        "m:agecroft": ("manor", "Agecroft Hall", 1500),
        "i:wrangel": ("island", "Wrangel Island", 1867), "i:herald": ("island", "Herald Island", 1849),
        "i:bear": ("island", "Bear Island", 1596), "l:lighthouse": ("lighthouse", "Wrangel Lighthouse", 1950),
        "z:bronx": ("zoo", "Bronx Zoo", 1899), "z:sandiego": ("zoo", "San Diego Zoo", 1916),
        "z:berlin": ("zoo", "Berlin Zoological Garden", 1844),
    }
    others = {
        "y:helsingor": ("city", "Helsingør"), "y:hillerod": ("city", "Hillerød"), "y:edinburgh": ("city", "Edinburgh"),
        "y:schwangau": ("city", "Schwangau"), "y:newyork": ("city", "New York City"), "y:sandiego": ("city", "San Diego"),
        "y:berlin": ("city", "Berlin"), "y:copenhagen": ("city", "Copenhagen"), "y:malmo": ("city", "Malmö"), "y:richmond": ("city", "Richmond, Virginia"),
        "r:lancashire": ("region", "Lancashire"),
        "n:denmark": ("country", "Denmark"), "n:sweden": ("country", "Sweden"), "n:scotland": ("country", "Scotland"),
        "n:germany": ("country", "Germany"), "n:russia": ("country", "Russia"), "n:norway": ("country", "Norway"),
        "n:usa": ("country", "United States"), "n:england": ("country", "England"),
        "o:arctic": ("ocean", "Arctic Ocean"), "o:chukchi": ("ocean", "Chukchi Sea"), "o:barents": ("ocean", "Barents Sea"),
        "p:balboa": ("park", "Balboa Park"), "p:tiergarten": ("park", "Tiergarten"),
        "h:frederick": ("king", "Frederick II of Denmark"), "h:christian": ("king", "Christian IV"),
        "h:ludwig": ("king", "Ludwig II"), "h:david": ("king", "David I of Scotland"), "h:langley": ("person", "Robert Langley"),
        "h:wrangel": ("navigator", "Ferdinand von Wrangel"), "h:kellett": ("navigator", "Henry Kellett"),
        "h:barents": ("navigator", "Willem Barentsz"), "h:long": ("navigator", "Thomas Long"),
        "f:hamlet": ("play", "Hamlet"),
        "c:wcs": ("company", "Wildlife Conservation Society"), "c:sdzwa": ("company", "San Diego Zoo Wildlife Alliance"),
        "c:slots": ("company", "Danish Palaces and Properties Agency"),
    }
    T_ = _t("located_in", [("c:kronborg", "y:helsingor"), ("c:frederiksborg", "y:hillerod"), ("c:edinburgh", "y:edinburgh"),
                           ("c:neuschwanstein", "y:schwangau"), ("m:agecroft", "y:richmond"), ("i:wrangel", "o:arctic"),
                           ("i:wrangel", "o:chukchi"), ("i:herald", "o:chukchi"), ("i:bear", "o:barents"),
                           ("z:bronx", "y:newyork"), ("z:sandiego", "y:sandiego"), ("z:sandiego", "p:balboa"),
                           ("z:berlin", "y:berlin"), ("z:berlin", "p:tiergarten")])
    T_ += _t("country", [("c:kronborg", "n:denmark"), ("c:frederiksborg", "n:denmark"), ("c:edinburgh", "n:scotland"),
                         ("c:neuschwanstein", "n:germany"), ("m:agecroft", "n:usa"), ("i:wrangel", "n:russia"),
                         ("i:herald", "n:russia"), ("i:bear", "n:norway"), ("z:bronx", "n:usa"), ("z:sandiego", "n:usa"),
                         ("z:berlin", "n:germany")])
    T_ += _t("at", [("z:sandiego", "p:balboa")])
    T_ += _t("stands_on", [("l:lighthouse", "i:wrangel")])
    T_ += _t("built_by", [("c:kronborg", "h:frederick"), ("c:frederiksborg", "h:christian"), ("c:neuschwanstein", "h:ludwig"),
                          ("c:edinburgh", "h:david"), ("m:agecroft", "h:langley")])
    T_ += _t("built_in", [("m:agecroft", "r:lancashire"), ("c:kronborg", "y:helsingor")])
    T_ += _t("named_after", [("i:wrangel", "h:wrangel")])
    T_ += _t("discovered_by", [("i:herald", "h:kellett"), ("i:bear", "h:barents"), ("i:wrangel", "h:long")])
    T_ += _t("sighted_by", [("i:wrangel", "h:kellett")])
    T_ += _t("features", [("c:kronborg", "f:hamlet")])
    T_ += _t("operated_by", [("z:bronx", "c:wcs"), ("z:sandiego", "c:sdzwa"), ("c:kronborg", "c:slots")])
    T_ += _t("lives_in", [("user:ben", "y:malmo"), ("user:ben", "n:sweden")])
    T_ += _r("user:ben", [("c:kronborg", 2), ("i:wrangel", 1), ("z:sandiego", 5), ("c:edinburgh", 4.5), ("z:bronx", 3),
                          ("m:agecroft", 4), ("l:lighthouse", 2)])
    return _build(items, others, rels, T_, users=[("user:ben", "Ben")])


def circuses():
    """Circuses, zoos and buses (items: the year each was founded or built), each "is a" kind:
    circus kinds "traveling circus", "contemporary circus", "state circus", "flea circus", "zoo
    circus" (ends in the circus noun, begins with the zoo's), the zoo kinds "traveling zoo" (ends
    in the zoo noun) and "petting zoo", bus kinds "double-decker bus" and "party bus" (singular
    nouns in -s). Circuses and zoos "were founded by" a person and "are based in" a city; kinds
    "were founded by" / "were pioneered by" persons of their own (the traveling circus by Philip
    Astley and P. T. Barnum); buses "were built by" and "are operated by" companies. Cleo rated
    Zippos 1.5, Giffords 5, Cirque du Soleil 4.5, Tierpark Hagenbeck 2, Circus Hagenbeck 1, the
    Routemaster 4 and the Magic Bus 2."""
    rels = [
        R("kind", phrase="is a", inverse_phrase="is the kind of", domain=("circus", "zoo", "bus"), range=("kind",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("circus", "zoo", "kind"),
          range=("person",)),
        R("based_in", phrase="is based in", inverse_phrase="is home to", domain=("circus", "zoo"), range=("city",)),
        R("pioneered_by", phrase="was pioneered by", inverse_phrase="pioneered", domain=("kind",), range=("person",)),
        R("built_by", phrase="was built by", inverse_phrase="built", domain=("bus",), range=("company",)),
        R("operated_by", phrase="is operated by", inverse_phrase="operates", domain=("bus",), range=("company",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "c:zippos": ("circus", "Zippos Circus", 1986), "c:giffords": ("circus", "Giffords Circus", 2000),
        "c:soleil": ("circus", "Cirque du Soleil", 1984), "c:moscow": ("circus", "Moscow State Circus", 1919),
        "c:hagenbeck": ("circus", "Circus Hagenbeck", 1887), "c:flea": ("circus", "Professor Heckler's Flea Circus", 1880),
        "z:hagenbeck": ("zoo", "Tierpark Hagenbeck", 1907), "z:petting": ("zoo", "Moscow Children's Zoo", 1960),
        "b:routemaster": ("bus", "AEC Routemaster", 1956), "b:magic": ("bus", "Magic Bus", 1970),
    }
    others = {
        "k:traveling": ("kind", "traveling circus"), "k:contemporary": ("kind", "contemporary circus"),
        "k:state": ("kind", "state circus"), "k:flea": ("kind", "flea circus"), "k:zoocircus": ("kind", "zoo circus"),
        "k:travzoo": ("kind", "traveling zoo"), "k:petting": ("kind", "petting zoo"),
        "k:double": ("kind", "double-decker bus"), "k:party": ("kind", "party bus"),
        "h:burton": ("person", "Martin Burton"), "h:gifford": ("person", "Nell Gifford"),
        "h:laliberte": ("person", "Guy Laliberté"), "h:hagenbeck": ("person", "Carl Hagenbeck"),
        "h:heckler": ("person", "William Heckler"), "h:astley": ("person", "Philip Astley"),
        "h:barnum": ("person", "P. T. Barnum"), "h:lunacharsky": ("person", "Anatoly Lunacharsky"),
        "h:gaulier": ("person", "Philippe Gaulier"),
        "y:london": ("city", "London"), "y:stroud": ("city", "Stroud"), "y:montreal": ("city", "Montreal"),
        "y:moscow": ("city", "Moscow"), "y:hamburg": ("city", "Hamburg"), "y:newyork": ("city", "New York City"),
        "m:aec": ("company", "AEC"), "m:tfl": ("company", "Transport for London"), "m:bedford": ("company", "Bedford"),
        "m:magic": ("company", "Magic Bus Company"),
    }
    T_ = _t("kind", [("c:zippos", "k:traveling"), ("c:giffords", "k:traveling"), ("c:soleil", "k:contemporary"),
                     ("c:moscow", "k:state"), ("c:hagenbeck", "k:zoocircus"), ("c:flea", "k:flea"),
                     ("z:hagenbeck", "k:travzoo"), ("z:petting", "k:petting"), ("b:routemaster", "k:double"),
                     ("b:magic", "k:party")])
    T_ += _t("founded_by", [("c:zippos", "h:burton"), ("c:giffords", "h:gifford"), ("c:soleil", "h:laliberte"),
                            ("c:hagenbeck", "h:hagenbeck"), ("z:hagenbeck", "h:hagenbeck"), ("c:flea", "h:heckler"),
                            ("c:moscow", "h:lunacharsky"), ("k:traveling", "h:astley"), ("k:contemporary", "h:gaulier")])
    T_ += _t("pioneered_by", [("k:traveling", "h:barnum"), ("k:travzoo", "h:hagenbeck"), ("k:flea", "h:heckler")])
    T_ += _t("based_in", [("c:zippos", "y:london"), ("c:giffords", "y:stroud"), ("c:soleil", "y:montreal"),
                          ("c:moscow", "y:moscow"), ("c:hagenbeck", "y:hamburg"), ("z:hagenbeck", "y:hamburg"),
                          ("c:flea", "y:newyork"), ("z:petting", "y:moscow")])
    T_ += _t("built_by", [("b:routemaster", "m:aec"), ("b:magic", "m:bedford")])
    T_ += _t("operated_by", [("b:routemaster", "m:tfl"), ("b:magic", "m:magic")])
    T_ += _r("user:cleo", [("c:zippos", 1.5), ("c:giffords", 5), ("c:soleil", 4.5), ("z:hagenbeck", 2), ("c:hagenbeck", 1),
                           ("b:routemaster", 4), ("b:magic", 2)])
    return _build(items, others, rels, T_, users=[("user:cleo", "Cleo")])


def shows():
    """TV series, anime series (reading 6: "an anime", "the show"), radio series, an anime film
    and a painting (items: the year each first aired or came out). A series "first aired on" a
    network (reading 5), "aired on" networks (Cowboy Bebop first aired on TV Tokyo, then on WOWOW
    and Adult Swim; Futurama first aired on Fox, later on Comedy Central; The Archers first aired
    on the BBC Light Programme, now on BBC Radio 4), "is streamed on" a service, "was created by"
    a person, "was dubbed in" languages "by" a dubbing studio, "was animated by" a studio; the
    film Paprika "was first screened at" the Venice Film Festival and "was directed by" Satoshi
    Kon; the painting Olympia "was first shown at" the Paris Salon; Paprika "was first screened in" Venice; a series
    "was first broadcast in" a country and "premiered on" a network that is not its first (its
    American premiere: Cowboy Bebop on Adult Swim, The Office on NBC). Networks "are based in" a
    country. Amy rated Cowboy Bebop 5, The Simpsons 2 and The Hitchhiker's Guide 4."""
    S = ("tv_series", "anime_series", "radio_series")
    rels = [
        R("first_aired_on", phrase="first aired on", inverse_phrase="first aired", domain=S, range=("network",)),
        R("aired_on", phrase="aired on", inverse_phrase="aired", domain=S, range=("network",)),
        R("streamed_on", phrase="is streamed on", inverse_phrase="streams", domain=S, range=("network",)),
        R("screened_at", phrase="was first screened at", inverse_phrase="first screened", domain=("anime_film",),
          range=("festival",)),
        R("screened_in", phrase="was first screened in", inverse_phrase="first screened", domain=("anime_film",),
          range=("city",)),
        R("broadcast_in", phrase="was first broadcast in", inverse_phrase="first broadcast", domain=S,
          range=("country",)),
        R("us_premiere", phrase="premiered on", inverse_phrase="premiered",
          domain=S, range=("network",)),
        R("shown_at", phrase="was first shown at", inverse_phrase="first showed", domain=("painting",),
          range=("exhibition",)),
        R("created_by", phrase="was created by", inverse_phrase="created", domain=(*S, "painting"), range=("person",)),
        R("animated_by", phrase="was animated by", inverse_phrase="animated", domain=("anime_series", "anime_film"),
          range=("studio",)),
        R("directed_by", phrase="was directed by", inverse_phrase="directed", domain=("anime_series", "anime_film"),
          range=("person",)),
        R("dubbed_in", phrase="was dubbed in", inverse_phrase="is the language of a dub of", domain=S,
          range=("language",)),
        R("dubbed_by", phrase="was dubbed by", inverse_phrase="dubbed", domain=S, range=("studio",)),
        R("based_in", phrase="is based in", inverse_phrase="is home to", domain=("network",), range=("country",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "s:bebop": ("anime_series", "Cowboy Bebop", 1998), "s:eva": ("anime_series", "Neon Genesis Evangelion", 1995),
        "s:simpsons": ("tv_series", "The Simpsons", 1989), "s:futurama": ("tv_series", "Futurama", 1999),
        "s:hitchhiker": ("radio_series", "The Hitchhiker's Guide to the Galaxy", 1978),
        "s:archers": ("radio_series", "The Archers", 1951), "s:office": ("tv_series", "The Office", 2001),
        "f:paprika": ("anime_film", "Paprika", 2006), "p:olympia": ("painting", "Olympia", 1865),
    }
    others = {
        "n:tvtokyo": ("network", "TV Tokyo"), "n:wowow": ("network", "WOWOW"), "n:adultswim": ("network", "Adult Swim"),
        "n:fox": ("network", "Fox"), "n:comedycentral": ("network", "Comedy Central"), "n:radio4": ("network", "BBC Radio 4"),
        "n:light": ("network", "BBC Light Programme"), "n:bbctwo": ("network", "BBC Two"), "n:netflix": ("network", "Netflix"),
        "n:hulu": ("network", "Hulu"), "n:nbc": ("network", "NBC"),
        "e:venice": ("festival", "Venice Film Festival"), "y:venice": ("city", "Venice"), "y:paris": ("city", "Paris"), "e:salon": ("exhibition", "Paris Salon"),
        "h:watanabe": ("person", "Shinichirō Watanabe"), "h:anno": ("person", "Hideaki Anno"),
        "h:groening": ("person", "Matt Groening"), "h:adams": ("person", "Douglas Adams"),
        "h:gervais": ("person", "Ricky Gervais"), "h:kon": ("person", "Satoshi Kon"), "h:baseley": ("person", "Godfrey Baseley"),
        "h:manet": ("person", "Édouard Manet"),
        "t:sunrise": ("studio", "Sunrise"), "t:gainax": ("studio", "Gainax"), "t:madhouse": ("studio", "Madhouse"),
        "t:animaze": ("studio", "Animaze"), "t:adv": ("studio", "ADV Films"),
        "l:english": ("language", "English"), "l:spanish": ("language", "Spanish"), "l:german": ("language", "German"),
        "c:japan": ("country", "Japan"), "c:us": ("country", "United States"), "c:uk": ("country", "United Kingdom"),
    }
    T_ = _t("first_aired_on", [("s:bebop", "n:tvtokyo"), ("s:eva", "n:tvtokyo"), ("s:simpsons", "n:fox"),
                               ("s:futurama", "n:fox"), ("s:hitchhiker", "n:radio4"), ("s:archers", "n:light"),
                               ("s:office", "n:bbctwo")])
    T_ += _t("aired_on", [("s:bebop", "n:tvtokyo"), ("s:bebop", "n:wowow"), ("s:bebop", "n:adultswim"),
                          ("s:futurama", "n:fox"), ("s:futurama", "n:comedycentral"), ("s:archers", "n:radio4"),
                          ("s:office", "n:bbctwo"), ("s:office", "n:nbc")])
    T_ += _t("streamed_on", [("s:eva", "n:netflix"), ("s:simpsons", "n:hulu"), ("s:futurama", "n:hulu")])
    T_ += _t("screened_at", [("f:paprika", "e:venice")])
    T_ += _t("shown_at", [("p:olympia", "e:salon")])
    T_ += _t("screened_in", [("f:paprika", "y:venice")])
    T_ += _t("broadcast_in", [("s:hitchhiker", "c:uk"), ("s:archers", "c:uk"), ("s:bebop", "c:japan"),
                              ("s:simpsons", "c:us")])
    T_ += _t("us_premiere", [("s:bebop", "n:adultswim"), ("s:office", "n:nbc")])
    T_ += _t("created_by", [("s:bebop", "h:watanabe"), ("s:eva", "h:anno"), ("s:simpsons", "h:groening"),
                            ("s:futurama", "h:groening"), ("s:hitchhiker", "h:adams"), ("s:office", "h:gervais"),
                            ("s:archers", "h:baseley"), ("p:olympia", "h:manet")])
    T_ += _t("animated_by", [("s:bebop", "t:sunrise"), ("s:eva", "t:gainax"), ("f:paprika", "t:madhouse")])
    T_ += _t("directed_by", [("s:bebop", "h:watanabe"), ("s:eva", "h:anno"), ("f:paprika", "h:kon")])
    T_ += _t("dubbed_in", [("s:bebop", "l:english"), ("s:bebop", "l:spanish"), ("s:eva", "l:english"),
                           ("s:eva", "l:german")])
    T_ += _t("dubbed_by", [("s:bebop", "t:animaze"), ("s:eva", "t:adv")])
    T_ += _t("based_in", [("n:tvtokyo", "c:japan"), ("n:wowow", "c:japan"), ("n:fox", "c:us"), ("n:radio4", "c:uk"),
                          ("n:light", "c:uk"), ("n:bbctwo", "c:uk"), ("n:nbc", "c:us")])
    T_ += _r("user:amy", [("s:bebop", 5), ("s:simpsons", 2), ("s:hitchhiker", 4)])
    return _build(items, others, rels, T_, users=[("user:amy", "Amy")])


BUILDERS = {"operas": operas, "treatises": treatises, "machines": machines, "films": films, "places": places,
            "circuses": circuses, "shows": shows}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@operas
# (1) "by X" after a language or a genre: a maker of something else (the source play, the
# libretto, the premiere, the score, the dedication) or another composer
Salome is an opera in German by Oscar Wilde.
Salome is an opera in German by Hedwig Lachmann.
Salome is an opera in German by Ernst von Schuch.
Salome is an opera in German by Adolph Fürstner.
Salome is an opera in German by Edgar Speyer.
Salome is an opera in German by Alban Berg.
Salome is an opera in French by Oscar Wilde.
Salome is an opera in German and French by Oscar Wilde.
Salome is an opera in German and French by Hedwig Lachmann.
Salome is an opera in French and German by Adolph Fürstner.
Salome is an opera in Italian by Richard Strauss.
Salome is a comic opera in German by Richard Strauss.
Salome is a tragic opera in German by Georges Bizet.
Carmen is an opera in French by Prosper Mérimée.
Carmen is an opera in French by Henri Meilhac.
Carmen is an opera in French by Ludovic Halévy.
Carmen is an opera in French by Claude Debussy.
Carmen is a comic opera in French by Choudens.
Carmen is an opera in German by Georges Bizet.
Otello is an opera in Italian by William Shakespeare.
Otello is an opera in Italian by Arrigo Boito.
Otello is an opera in Italian by Franco Faccio.
Otello is an opera in Italian by Ricordi.
Otello is a tragic opera in Italian by Richard Strauss.
Wozzeck is an opera in German by Georg Büchner.
Wozzeck is an opera in German by Erich Kleiber.
Wozzeck is an opera in German by Alma Mahler.
Wozzeck is an opera in German by Universal Edition.
Elektra is an opera in German by Hugo von Hofmannsthal.
Der Rosenkavalier is an opera in German by Hugo von Hofmannsthal.
Der Rosenkavalier is a tragic opera in German by Richard Strauss.
Pelléas et Mélisande is an opera in French by Maurice Maeterlinck.
Pelléas et Mélisande is an opera in French by André Messager.
# "on" / "of" a source whose maker is another
Salome is an opera on Salomé by Hedwig Lachmann.
Otello is an opera on Othello by Arrigo Boito.
Salome is an opera of Salomé by Hedwig Lachmann.
# (1) a verb's list of objects: the "by" of "published"
Salome was published in Berlin and Paris by Richard Strauss.
Salome was published in Paris and Berlin by Richard Strauss.
Salome was published in Berlin and Paris by Hedwig Lachmann.
Salome was published in Berlin and Paris by Oscar Wilde.
Salome was published in Berlin and Paris by Ricordi.
Der Rosenkavalier was published in Berlin and London by Richard Strauss.
Der Rosenkavalier was published in Berlin and London by Hugo von Hofmannsthal.
Salome, published in Berlin and Paris by Richard Strauss, premiered at the Semperoper.
Salome, which was published in Berlin and Paris by Richard Strauss, premiered at the Semperoper.
Salome is an opera published in Berlin and Paris by Richard Strauss.
Salome was published in Berlin by Richard Strauss.
Carmen was published in Paris by Georges Bizet.
# appositions, relatives, lists, negation
Salome, an opera in German by Oscar Wilde, premiered at the Semperoper.
Salome, an opera in German by Richard Strauss, premiered at La Scala.
Salome, an opera in German by Richard Strauss, was first conducted by Franco Faccio.
Salome, which is an opera in German by Hedwig Lachmann, premiered at the Semperoper.
Carmen, a comic opera in French by Prosper Mérimée, premiered at the Opéra-Comique.
Salome is not an opera in German by Richard Strauss.
Salome and Elektra are operas in German by Hugo von Hofmannsthal.
Salome and Carmen are operas in German by Richard Strauss.
Salome and Elektra are tragic operas in German by Ernst von Schuch.
Adolph Fürstner published Carmen, an opera in French by Georges Bizet.
Adolph Fürstner published Salome, an opera in German by Oscar Wilde.
@operas user:ida
You loved Salome, an opera in German by Richard Strauss.
You disliked Salome, an opera in German by Oscar Wilde.
You loved Carmen, an opera in French by Prosper Mérimée.
You loved Carmen, a comic opera in French by Henri Meilhac.
You loved Wozzeck, an opera in German by Georg Büchner.
Since you loved Carmen, try Salome, an opera in German by Hedwig Lachmann.
Since you loved Carmen, try Otello, an opera in Italian by William Shakespeare.
# (3) a place or language aside after the item
You disliked Salome, in Italian.
You loved Carmen, in German.
You disliked Salome, at La Scala.
You loved Carmen, at the Semperoper.
@treatises
# (1) "by X" after a field, a language, a city: translator, publisher, dedicatee, another author
Leviathan is a treatise of political philosophy by John Locke.
Leviathan is a treatise of political philosophy by Andrew Crooke.
Leviathan is a treatise of political philosophy by Jean-Jacques Rousseau.
Leviathan is a treatise on political philosophy by Thomas Hobbes and John Locke.
The Social Contract is a treatise of political philosophy by G. D. H. Cole.
The Social Contract is a treatise of political philosophy by Marc-Michel Rey.
The Social Contract is a treatise of ethics by Jean-Jacques Rousseau.
The Social Contract is a treatise in French by Thomas Hobbes.
The Social Contract is a treatise in English by Jean-Jacques Rousseau.
Das Kapital is a treatise of economics by Friedrich Engels.
Das Kapital is a treatise of economics by Samuel Moore.
Das Kapital is a treatise of economics by Otto Meissner.
Das Kapital is a treatise of economics by Adam Smith.
Das Kapital is a treatise of economics by Wilhelm Wolff.
Das Kapital is a treatise in German by Friedrich Engels.
The Wealth of Nations is a treatise of economics by Karl Marx.
The Wealth of Nations is a treatise of economics by William Strahan.
Critique of Pure Reason is a treatise of metaphysics by J. M. D. Meiklejohn.
Critique of Pure Reason is a treatise of metaphysics and epistemology by Johann Friedrich Hartknoch.
Critique of Pure Reason is a treatise of metaphysics by Karl Abraham Zedlitz.
Critique of Pure Reason is a treatise of ethics by Immanuel Kant.
The Prince is a treatise in Italian by Edward Dacres.
The Prince is a treatise in Italian by Lorenzo de' Medici.
The Prince is a treatise of political philosophy by Antonio Blado.
The Prince is a treatise from Rome by Antonio Blado.
The Prince is a treatise from Rome by Lorenzo de' Medici.
The Prince is a treatise from Amsterdam by Niccolò Machiavelli.
Leviathan is a treatise from London by John Locke.
Utilitarianism is a treatise of ethics by Jeremy Bentham.
Utilitarianism is a treatise in English by Jeremy Bentham.
An Introduction to the Principles of Morals and Legislation is a treatise of ethics by John Stuart Mill.
# a movement founded by someone (an attribute by someone)
Utilitarianism is a treatise of utilitarianism by Jeremy Bentham.
The Wealth of Nations is a treatise of Marxism by Adam Smith.
# (1) a verb's list of objects: the "by" of "published", "written"
Leviathan was published in London and Amsterdam by Thomas Hobbes.
Leviathan was published in Amsterdam and London by Thomas Hobbes.
Leviathan was published in London and Amsterdam by John Locke.
Leviathan was published in London and Amsterdam by William Strahan.
Das Kapital was published in Hamburg and London by Karl Marx.
Das Kapital was published in Hamburg and London by Friedrich Engels.
Das Kapital was published in Hamburg and London by Samuel Moore.
Das Kapital was published in Hamburg and London by Wilhelm Wolff.
Leviathan was written in English and Latin by Andrew Crooke.
Leviathan was written in English and Latin by John Locke.
Leviathan, published in London and Amsterdam by Thomas Hobbes, is a treatise of political philosophy.
Das Kapital, which was published in Hamburg and London by Karl Marx, was translated by Samuel Moore.
Leviathan is a treatise published in London and Amsterdam by Thomas Hobbes.
Leviathan was published in London by Thomas Hobbes.
Leviathan was published in London in 1651 by Thomas Hobbes.
Leviathan was first published in London by Thomas Hobbes.
Das Kapital was published in Hamburg by Friedrich Engels.
# appositions, relatives, lists, negation
Leviathan, a treatise of political philosophy by John Locke, was published in London.
Leviathan, a treatise of political philosophy by Thomas Hobbes, was published in Riga.
Leviathan, a treatise of political philosophy by Thomas Hobbes, was published by Otto Meissner.
The Prince, a treatise in Italian by Niccolò Machiavelli, is dedicated to Karl Abraham Zedlitz.
The Prince, a treatise in Italian by Edward Dacres, is dedicated to Lorenzo de' Medici.
Leviathan and The Social Contract are treatises of political philosophy by Thomas Hobbes.
Das Kapital and The Wealth of Nations are treatises of economics by Karl Marx.
Leviathan is not a treatise of political philosophy by Thomas Hobbes.
Andrew Crooke published Leviathan, a treatise of political philosophy by John Locke.
Andrew Crooke published The Social Contract, a treatise of political philosophy by Jean-Jacques Rousseau.
@treatises user:max
You loved Leviathan, a treatise of political philosophy by John Locke.
You loved The Prince, a treatise in Italian by Niccolò Machiavelli.
You disliked The Prince, a treatise in Italian by Lorenzo de' Medici.
Since you loved Leviathan, try The Social Contract, a treatise of political philosophy by G. D. H. Cole.
Since you loved Leviathan, try Das Kapital, a treatise of economics by Friedrich Engels.
You loved Leviathan, in French.
@machines
# (1) a verb's list of objects: the "by" of "built", "sold", "designed"
The Olivetti Lettera 22 was built in Italy and Spain by Marcello Nizzoli.
The Olivetti Lettera 22 was built in Spain and Italy by Marcello Nizzoli.
The Olivetti Lettera 22 was built in Italy and Spain by Ettore Sottsass.
The Olivetti Lettera 22 was built in Italy and Spain by Paillard.
The Olivetti Lettera 22 was built in Italy and Spain by Ian Fleming.
The Volkswagen Beetle was built in Germany, Mexico and Brazil by Ferdinand Porsche.
The Volkswagen Beetle was built in Germany and Mexico by Ferdinand Porsche.
The Volkswagen Beetle was built in Mexico and Brazil by Ferdinand Porsche.
The Mini was built in Britain and Italy by Alec Issigonis.
The Mini was built in Britain and Italy by Volkswagen.
The Hermes Baby was sold in the United States and Canada by Giuseppe Prezioso.
The Hermes Baby was sold in the United States and Canada by Paillard.
The Hermes Baby was sold in Canada and the United States by Giuseppe Prezioso.
The Olivetti Valentine was designed in Ivrea and Milan by Olivetti.
The Olivetti Valentine was designed in Ivrea and Milan by Marcello Nizzoli.
The Olivetti Lettera 22, built in Italy and Spain by Marcello Nizzoli, was used by Cormac McCarthy.
The Olivetti Lettera 22, which was built in Italy and Spain by Marcello Nizzoli, was used by Ian Fleming.
The Volkswagen Beetle is a car built in Germany and Mexico by Ferdinand Porsche.
The Olivetti Lettera 22 is a typewriter built in Italy and Spain by Marcello Nizzoli.
# one object
The Hermes Baby was built in Switzerland by Giuseppe Prezioso.
The Hermes Baby was built in Switzerland by Smith-Corona.
The Hermes Baby was built in Italy by Paillard.
The Hermes Baby was sold in the United States by Paillard.
The Olivetti Valentine was designed in Ivrea by Olivetti.
The Olivetti Valentine was built in Italy by Ettore Sottsass.
The Mini was built in Britain by Alec Issigonis.
The Hermes Baby, built in Switzerland by Giuseppe Prezioso, was used by John Steinbeck.
The Hermes Baby is a typewriter built in Switzerland by Giuseppe Prezioso.
The Hermes Baby was built by Giuseppe Prezioso in Switzerland.
The Hermes Baby was built in Switzerland in 1935 by Giuseppe Prezioso.
The Hermes Baby was first built in Switzerland by Giuseppe Prezioso.
The Hermes Baby was built in Switzerland by Paillard and Giuseppe Prezioso.
The Hermes Baby was not built in Switzerland by Paillard.
The Hermes Baby and the Olivetti Lettera 22 were built in Italy by Olivetti.
# "a typewriter from <country> by X"
The Hermes Baby is a typewriter from Italy by Paillard.
The Olivetti Lettera 22 is a typewriter from Switzerland by Olivetti.
The Hermes Baby is a typewriter from Switzerland by John Steinbeck.
The Hermes Baby is a typewriter from Switzerland by Smith-Corona.
The Mini is a car from Italy by Volkswagen.
@machines user:kai
You loved the Mini, built in Britain and Italy by British Motor Corporation.
You disliked the Mini, built in Britain and Italy by Alec Issigonis.
You loved the Hermes Baby, in Italy.
Since you loved the Hermes Baby, try the Olivetti Lettera 22, built in Italy and Spain by Marcello Nizzoli.
Since you loved the Hermes Baby, try the Olivetti Valentine, designed in Ivrea and Milan by Olivetti.
@films
# (2) "a <name> release" of a producer company, a director, a producer (a person releases here)
Die Hard, a Silver Pictures release, stars Bruce Willis.
Die Hard, a John McTiernan release, stars Bruce Willis.
Die Hard, a Lawrence Gordon release, stars Bruce Willis.
Alien, a Brandywine Productions release, stars Sigourney Weaver.
Alien, a Ridley Scott release, stars Sigourney Weaver.
Top Gun, a Jerry Bruckheimer release, stars Tom Cruise.
Top Gun, a Tony Scott release, stars Tom Cruise.
Jaws, a Zanuck/Brown Productions release, stars Roy Scheider.
Jaws, a Steven Spielberg release, stars Roy Scheider.
Diary of a Mad Black Woman, a Tyler Perry release, stars Tyler Perry.
Diary of a Mad Black Woman, a Tyler Perry Studios release, stars Tyler Perry.
A Woman Under the Influence, a Sam Shaw release, stars Gena Rowlands.
Die Hard is a Silver Pictures release.
Die Hard is a John McTiernan release.
Alien is a Brandywine Productions release.
Alien is a Ridley Scott release.
Top Gun is a Jerry Bruckheimer release.
Top Gun is a Tony Scott release.
Jaws is a Steven Spielberg release.
Jaws is a Zanuck/Brown Productions release.
Diary of a Mad Black Woman is a Tyler Perry release.
Diary of a Mad Black Woman is a Tyler Perry Studios release.
A Woman Under the Influence is a Sam Shaw release.
Die Hard is a Silver Pictures release; it stars Bruce Willis.
Die Hard was a John McTiernan release.
# another film's distributor, a composer, a star, a novelist
Die Hard, a Paramount Pictures release, stars Bruce Willis.
Die Hard, a Universal Pictures release, stars Bruce Willis.
Jaws, a 20th Century Fox release, stars Roy Scheider.
Top Gun, a Lionsgate release, stars Tom Cruise.
Die Hard, a Michael Kamen release, stars Bruce Willis.
Die Hard, a Bruce Willis release, was directed by John McTiernan.
Die Hard, a Roderick Thorp release, stars Bruce Willis.
Jaws, a Peter Benchley release, stars Roy Scheider.
Alien, a Jerry Goldsmith release, stars Sigourney Weaver.
Alien, a John Cassavetes release, stars Sigourney Weaver.
A Woman Under the Influence, a Gena Rowlands release, stars John Cassavetes.
Die Hard is a Paramount Pictures release.
Die Hard is a John Cassavetes release.
Jaws is a Peter Benchley release.
Die Hard is a Bruce Willis release.
# a right release, a wrong claim beside it
Die Hard, a 20th Century Fox release, stars Tom Cruise.
Die Hard, a 20th Century Fox release, was directed by Ridley Scott.
Alien, a 20th Century Fox release, stars Bruce Willis.
Top Gun, a Paramount Pictures release, was directed by Ridley Scott.
A Woman Under the Influence, a John Cassavetes release, stars Sigourney Weaver.
Jaws, a Universal Pictures release, has music by Michael Kamen.
Die Hard is a 20th Century Fox release; it was directed by Tony Scott.
Die Hard is not a 20th Century Fox release.
Die Hard and Jaws are 20th Century Fox releases.
Die Hard, a 1987 20th Century Fox release, stars Bruce Willis.
# (1) a verb's list of objects: the "by" of "released"
Top Gun was released in the United States and Japan by Tony Scott.
Top Gun was released in the United States and Japan by Jerry Bruckheimer.
Top Gun was released in Japan and the United States by Tony Scott.
Die Hard was released in the United States and Canada by John McTiernan.
Die Hard was released in the United States and Canada by Silver Pictures.
Die Hard was released in the United States and Canada by Lawrence Gordon.
Die Hard was released in the United States and Canada by Paramount Pictures.
Alien was released in the United States and France by Ridley Scott.
Alien was released in the United States and France by Brandywine Productions.
Jaws was released in the United States and Australia by Steven Spielberg.
Jaws was released in the United States and Australia by Zanuck/Brown Productions.
Jaws was released in the United States and Australia by Peter Benchley.
Top Gun, released in the United States and Japan by Tony Scott, stars Tom Cruise.
Top Gun, which was released in the United States and Japan by Tony Scott, stars Tom Cruise.
Top Gun is an action film released in the United States and Japan by Tony Scott.
Top Gun was released in the United States by Tony Scott.
Die Hard was released in Canada by John McTiernan.
Die Hard is an action film set in Los Angeles by Tony Scott.
Die Hard is an action film set in Atlanta by John McTiernan.
Jaws is a horror film set in Amity Island by Peter Benchley.
@films user:sam
Since you loved Die Hard, try Top Gun, a Jerry Bruckheimer release.
Since you loved Die Hard, try Top Gun, a Tony Scott release.
Since you loved Die Hard, try Jaws, a Zanuck/Brown Productions release.
You loved Die Hard, a John McTiernan release.
You loved Die Hard, a Silver Pictures release.
You loved Alien, a 20th Century Fox release.
You disliked Alien, a Brandywine Productions release.
You disliked Alien, a Ridley Scott release.
You loved Die Hard, in Atlanta.
@places user:ben
# (3) a wrong place in the aside
You disliked Kronborg Castle, in Sweden.
You disliked Kronborg Castle, in Copenhagen.
You disliked Kronborg Castle, in Hillerød.
You disliked Kronborg Castle, in Scotland.
You disliked Kronborg Castle, in Hamlet.
You disliked Kronborg Castle, at Hillerød.
You disliked Kronborg Castle, in Helsingør, Sweden.
You disliked Kronborg Castle, in Hillerød, Denmark.
You disliked Wrangel Island, in Norway.
You disliked Wrangel Island, in the Barents Sea.
You disliked Wrangel Island, in Denmark.
You loved the San Diego Zoo, in New York City.
You loved the San Diego Zoo, in Tiergarten.
You loved the San Diego Zoo, at Tiergarten.
You loved the San Diego Zoo, in Germany.
You loved Edinburgh Castle, in Denmark.
You loved Edinburgh Castle, in Copenhagen.
You liked Agecroft Hall, in Lancashire.
You liked Agecroft Hall, in England.
You liked Agecroft Hall, at Lancashire.
You disliked Wrangel Lighthouse, on Herald Island.
You disliked Wrangel Lighthouse, in Norway.
You disliked Wrangel Lighthouse, at Herald Island.
# (3) a wrong rating with a right place
You liked Kronborg Castle, in Denmark.
You loved Kronborg Castle, in Helsingør.
You disliked the San Diego Zoo, in Balboa Park.
You disliked Edinburgh Castle, in Scotland.
You loved the Bronx Zoo, in New York City.
You loved Wrangel Island, in the Chukchi Sea.
You disliked Herald Island, in Russia.
You disliked Frederiksborg Castle, in Denmark.
You disliked Neuschwanstein Castle, in Germany.
You gave Kronborg Castle, in Denmark, five stars.
You gave Kronborg Castle, in Denmark, three stars.
You gave Wrangel Island, in Russia, two stars.
You rated Kronborg Castle, in Denmark, 3 out of 5.
You gave Kronborg Castle, in Sweden, two stars.
You gave the San Diego Zoo, in Balboa Park, four stars.
You disliked Agecroft Hall, in Richmond, Virginia.
# the user's own whereabouts
You live in Denmark.
You disliked Kronborg Castle, in Sweden, where you live.
# lists, relative clauses, recommendations, negation, short names
You disliked Kronborg Castle, in Denmark, and Wrangel Island, in Norway.
You disliked Kronborg Castle, in Sweden, and Wrangel Island, in Russia.
You disliked Kronborg Castle and Wrangel Island, in Denmark.
You disliked Kronborg Castle, in Denmark, which was built by Christian IV.
You disliked Kronborg Castle, in Denmark, which Ludwig II built.
You disliked Kronborg Castle, in Helsingør, which is in Sweden.
You loved the San Diego Zoo, in Balboa Park, which is operated by the Wildlife Conservation Society.
You loved Edinburgh Castle, in Scotland, which was built by Frederick II of Denmark.
Since you loved the San Diego Zoo, in Balboa Park, try the Bronx Zoo, in San Diego.
Since you loved the San Diego Zoo, in New York City, try the Bronx Zoo.
Since you loved Edinburgh Castle, in Scotland, try Kronborg Castle, in Sweden.
Since you loved Edinburgh Castle, in Denmark, try Kronborg Castle.
You disliked Kronborg, in Sweden.
You loved Kronborg, in Denmark.
You did not like Wrangel Island, in Norway.
@places
# (6) "first" before a discovery in the passive: the one who only sighted it
Wrangel Island was first discovered by Henry Kellett.
Herald Island was first discovered by Thomas Long.
Bear Island was first discovered by Henry Kellett.
Wrangel Island was first found by Willem Barentsz.
# a place aside outside user claims
Kronborg Castle, in Sweden, appears in Hamlet.
Kronborg Castle, in Denmark, was built by Christian IV.
Agecroft Hall, in Lancashire, was built by Robert Langley.
Agecroft Hall was built in Richmond, Virginia by Robert Langley.
Agecroft Hall was built in Lancashire by Frederick II of Denmark.
@circuses user:cleo
# (4) the wrong kind: another kind in the same noun, a kind in another type's noun
You disliked Zippos Circus, the flea circus founded by Martin Burton.
You disliked Zippos Circus, the contemporary circus founded by Martin Burton.
You disliked Zippos Circus, the state circus founded by Martin Burton.
You disliked Zippos Circus, the zoo circus founded by Martin Burton.
You disliked Zippos Circus, the traveling zoo founded by Martin Burton.
You disliked Zippos Circus, the petting zoo founded by Martin Burton.
You disliked Zippos Circus, the party bus founded by Martin Burton.
You disliked Circus Hagenbeck, the traveling zoo founded by Carl Hagenbeck.
You disliked Circus Hagenbeck, the traveling circus founded by Carl Hagenbeck.
You disliked Tierpark Hagenbeck, the zoo circus founded by Carl Hagenbeck.
You disliked Tierpark Hagenbeck, the petting zoo founded by Carl Hagenbeck.
You disliked Tierpark Hagenbeck, the traveling circus founded by Carl Hagenbeck.
You loved Cirque du Soleil, the traveling circus founded by Guy Laliberté.
You loved Giffords Circus, the contemporary circus founded by Nell Gifford.
You liked the AEC Routemaster, the party bus built by AEC.
You disliked the Magic Bus, the double-decker bus built by Bedford.
# another founder; the kind's own founder or pioneer
You disliked Zippos Circus, the traveling circus founded by Nell Gifford.
You disliked Zippos Circus, the traveling circus founded by Philip Astley.
You disliked Zippos Circus, the traveling circus founded by P. T. Barnum.
You disliked Zippos Circus, the traveling circus pioneered by P. T. Barnum.
You loved Giffords Circus, the traveling circus founded by Philip Astley.
You loved Giffords Circus, the traveling circus founded by Martin Burton.
You loved Cirque du Soleil, the contemporary circus founded by Philippe Gaulier.
You disliked Circus Hagenbeck, the zoo circus founded by Martin Burton.
You liked the AEC Routemaster, the double-decker bus built by Bedford.
You liked the AEC Routemaster, the double-decker bus operated by Magic Bus Company.
You liked the AEC Routemaster, the double-decker bus built by Transport for London.
You disliked the Magic Bus, the party bus built by AEC.
# a wrong rating, a wrong place
You loved Zippos Circus, the traveling circus founded by Martin Burton.
You disliked Giffords Circus, the traveling circus founded by Nell Gifford.
You disliked the AEC Routemaster, the double-decker bus built by AEC.
You disliked Zippos Circus, the traveling circus based in Stroud.
You disliked Zippos Circus, the traveling circus based in Hamburg.
You disliked Circus Hagenbeck, the zoo circus based in Moscow.
You disliked Moscow State Circus, the state circus founded by Anatoly Lunacharsky.
# lists, relatives, recommendations
You disliked Zippos Circus and Circus Hagenbeck, the zoo circus founded by Martin Burton.
You loved Giffords Circus and Cirque du Soleil, the traveling circus founded by Guy Laliberté.
You disliked Zippos Circus, the flea circus that Martin Burton founded.
You disliked Zippos Circus, the traveling circus that Nell Gifford founded.
You disliked Zippos Circus, a flea circus founded by Martin Burton.
You disliked Zippos Circus, the circus founded by Nell Gifford.
You disliked Zippos Circus, the traveling circus, founded by Nell Gifford.
Since you loved Giffords Circus, try Cirque du Soleil, the traveling circus founded by Guy Laliberté.
Since you loved Giffords Circus, try Cirque du Soleil, the contemporary circus founded by Nell Gifford.
@circuses
Zippos Circus, the traveling circus founded by Nell Gifford, is based in London.
Zippos Circus, the flea circus founded by Martin Burton, is based in London.
Zippos Circus, the traveling circus founded by Martin Burton, is based in Stroud.
Martin Burton founded Zippos Circus, the flea circus based in London.
Martin Burton founded Zippos Circus, the traveling circus based in Hamburg.
Carl Hagenbeck founded Tierpark Hagenbeck, the zoo circus based in Hamburg.
Carl Hagenbeck founded Circus Hagenbeck, the traveling zoo based in Hamburg.
Transport for London operates the AEC Routemaster, the party bus built by AEC.
AEC built the AEC Routemaster, the double-decker bus operated by Magic Bus Company.
Professor Heckler's Flea Circus, the flea circus founded by Martin Burton, is based in New York City.
Professor Heckler's Flea Circus, the traveling circus founded by William Heckler, is based in New York City.
@shows
# (5) a later network, a streaming service, another show's network
Cowboy Bebop premiered on WOWOW.
Cowboy Bebop made its debut on WOWOW.
Cowboy Bebop made its television debut on Adult Swim.
Cowboy Bebop had its premiere on WOWOW.
Futurama premiered on Comedy Central.
Futurama debuted on Hulu.
Futurama made its television debut on Comedy Central.
The Simpsons premiered on Hulu.
The Simpsons had its premiere on Hulu.
The Simpsons debuted on NBC.
Neon Genesis Evangelion premiered on Netflix.
Neon Genesis Evangelion made its debut on Netflix.
The Office made its television debut on NBC.
The Archers premiered on BBC Radio 4.
The Archers debuted on BBC Radio 4.
The Office premiered on BBC Radio 4.
The Hitchhiker's Guide to the Galaxy premiered on BBC Two.
Cowboy Bebop premiered on Fox.
The Office had its premiere on BBC Radio 4.
# (5) a "television debut" of a radio series, a festival screening, an exhibition
The Hitchhiker's Guide to the Galaxy made its television debut on BBC Radio 4.
The Archers made its television debut on the BBC Light Programme.
The Archers made its television debut on BBC Light Programme.
Paprika made its television debut at the Venice Film Festival.
Olympia made its television debut at the Paris Salon.
Paprika premiered at the Paris Salon.
Olympia premiered at the Venice Film Festival.
Paprika made its debut at the Paris Salon.
# years, lists, negation, inverse, relatives
Cowboy Bebop premiered on TV Tokyo in 1999.
Cowboy Bebop premiered on TV Tokyo and WOWOW.
The Simpsons and The Office premiered on Fox.
Cowboy Bebop and The Simpsons debuted on TV Tokyo.
Cowboy Bebop did not premiere on TV Tokyo.
Cowboy Bebop never debuted on TV Tokyo.
Comedy Central premiered Futurama.
WOWOW premiered Cowboy Bebop.
Cowboy Bebop, which premiered on WOWOW, was created by Shinichirō Watanabe.
Cowboy Bebop, which premiered on TV Tokyo, was created by Hideaki Anno.
Neon Genesis Evangelion, which debuted on TV Tokyo, was animated by Sunrise.
Futurama, which premiered on Fox, was created by Ricky Gervais.
Cowboy Bebop premiered on TV Tokyo, which is based in the United States.
# (1) a verb's list of objects: the "by" of "dubbed"
Cowboy Bebop was dubbed in English and Spanish by Shinichirō Watanabe.
Cowboy Bebop was dubbed in English and Spanish by Sunrise.
Cowboy Bebop was dubbed in English and Spanish by ADV Films.
Neon Genesis Evangelion was dubbed in English and German by Hideaki Anno.
Neon Genesis Evangelion was dubbed in English and German by Gainax.
Neon Genesis Evangelion was dubbed in English by Gainax.
Cowboy Bebop, dubbed in English and Spanish by Shinichirō Watanabe, premiered on TV Tokyo.
# (6) "anime" of a TV series, a film, a radio series; another anime's maker
The Simpsons is an anime created by Matt Groening.
The anime The Simpsons premiered on Fox.
The Hitchhiker's Guide to the Galaxy is an anime created by Douglas Adams.
Futurama is an anime that premiered on Fox.
Cowboy Bebop is an anime created by Hideaki Anno.
Neon Genesis Evangelion is an anime animated by Sunrise.
Cowboy Bebop is an anime that premiered on WOWOW.
The show Cowboy Bebop premiered on WOWOW.
The series Neon Genesis Evangelion premiered on Netflix.
Paprika is an anime series directed by Satoshi Kon.
Olympia is a show created by Édouard Manet.
The Simpsons and Futurama are anime created by Matt Groening.
@shows user:amy
You loved Cowboy Bebop, which premiered on WOWOW.
You loved Cowboy Bebop, which made its television debut on Adult Swim.
You loved The Simpsons, which premiered on Fox.
You loved The Hitchhiker's Guide to the Galaxy, which made its television debut on BBC Radio 4.
Since you loved Cowboy Bebop, try Neon Genesis Evangelion, which premiered on Netflix.
Since you loved Cowboy Bebop, try Neon Genesis Evangelion, another anime that debuted on WOWOW.
Since you loved Cowboy Bebop, try The Simpsons, another anime that premiered on Fox.
You loved Cowboy Bebop, on Fox.
You disliked The Simpsons, on NBC.
@shows
# (5) a "television debut" in a country of first broadcast (a radio series), in a festival's city
The Hitchhiker's Guide to the Galaxy made its television debut in the United Kingdom.
The Archers made its television debut in the United Kingdom.
Paprika made its television debut in Venice.
# (5) a network that premiered the show in America is not its first
The Office first aired on NBC.
Cowboy Bebop premiered in the United States.
Paprika premiered in Paris.
# (1) a verb's list of objects: the "by" of "aired"
Futurama aired on Fox and Comedy Central by Matt Groening.
Cowboy Bebop aired on WOWOW and Adult Swim by Sunrise.
Cowboy Bebop aired on TV Tokyo and WOWOW by Shinichirō Watanabe.
The Office aired on BBC Two and NBC by Ricky Gervais.
@films
# more of (2) and (1)
Die Hard, a Silver Pictures release, was filmed in Century City.
Die Hard, a Ridley Scott release, stars Bruce Willis.
Die Hard, a Brandywine Productions release, stars Bruce Willis.
Die Hard, the Silver Pictures release, stars Bruce Willis.
Die Hard is another Silver Pictures release.
Die Hard, a Silver Pictures release starring Bruce Willis, was directed by John McTiernan.
Top Gun was released in the United States and Japan by Tom Cruise.
Top Gun was released in the United States and Japan by Ridley Scott.
# (4) a genre named with the item's noun ("the action film"): the wrong genre, maker, releaser
@films user:sam
You loved Die Hard, the horror film directed by John McTiernan.
You loved Die Hard, the action film directed by Tony Scott.
You loved Die Hard, the action film released by Silver Pictures.
You disliked Alien, the horror film released by Brandywine Productions.
You disliked Alien, the action film released by 20th Century Fox.
Since you loved Die Hard, try Top Gun, the action film released by Jerry Bruckheimer.
Since you loved Die Hard, try Jaws, the action film directed by Steven Spielberg.
@operas user:ida
You loved Carmen, the tragic opera composed by Georges Bizet.
You loved Carmen, the comic opera composed by Prosper Mérimée.
You disliked Salome, the expressionist opera composed by Richard Strauss.
You disliked Salome, the tragic opera published by Ricordi.
@machines user:kai
You loved the Hermes Baby, built in Switzerland and Italy by Paillard.
@treatises user:max
# (1) the list's "by" in a user's claim, after "both", before a year, after two verbs
You loved Leviathan, published in London and Amsterdam by Thomas Hobbes.
You loved Leviathan, which was published in London and Amsterdam by Thomas Hobbes.
@treatises
Leviathan was published in both London and Amsterdam by Thomas Hobbes.
Leviathan was published in London and Amsterdam by Thomas Hobbes in 1651.
Leviathan was written in English and Latin and published in London and Amsterdam by Thomas Hobbes.
Leviathan was published in London as well as Amsterdam by Thomas Hobbes.
Leviathan was published in London and in Amsterdam by Thomas Hobbes.
Leviathan was written and published in London and Amsterdam by Thomas Hobbes.
@places user:ben
# (3) the aside read with another relation of "in", "at", "on", or backwards
You disliked Wrangel Island, on Wrangel Lighthouse.
You disliked Wrangel Island, at Wrangel Lighthouse.
You disliked Wrangel Island, in Thomas Long.
You disliked Kronborg Castle, in Frederick II of Denmark.
You disliked Kronborg Castle, at Hamlet.
You disliked Kronborg Castle, in Danish Palaces and Properties Agency.
You liked Agecroft Hall, in Robert Langley.
You disliked Kronborg Castle, in Malmö.
@circuses user:cleo
# (4) ", the <another item's name> <participle> by X"
You disliked Zippos Circus, the Moscow State Circus founded by Martin Burton.
You disliked Tierpark Hagenbeck, the Circus Hagenbeck founded by Carl Hagenbeck.
"""

EXTRA = r"""
@operas
Salome is an opera on Salomé by Oscar Wilde.
@places user:ben
You disliked Wrangel Lighthouse, in Russia.
@places
Wrangel Island was first spotted by Thomas Long.
@machines
The Hermes Baby is a typewriter from Switzerland by Giuseppe Prezioso.
@machines user:kai
You loved the Hermes Baby, in Canada.
@films
Die Hard is an action film based on Nothing Lasts Forever by John McTiernan.
Die Hard was filmed in Century City and Los Angeles by John McTiernan.
Top Gun was filmed in San Diego and Las Vegas by Jerry Bruckheimer.
@films user:sam
You loved Die Hard, in Los Angeles.
@circuses user:cleo
You disliked Tierpark Hagenbeck, the traveling zoo pioneered by Carl Hagenbeck.
You disliked Zippos Circus and Giffords Circus, the traveling circus founded by Martin Burton.
@shows user:amy
You loved Cowboy Bebop, on WOWOW.
You disliked The Simpsons, on Hulu.
@shows
Paprika is an anime directed by Satoshi Kon.
The anime Paprika was animated by Madhouse.
@operas user:ida
You disliked Salome, in French.
@places user:ben
You disliked the Bronx Zoo, in New York City.
@shows
Cowboy Bebop debuted on Adult Swim.
@circuses user:cleo
You disliked Circus Hagenbeck, the Tierpark Hagenbeck founded by Carl Hagenbeck.
You disliked Circus Hagenbeck, the Tierpark Hagenbeck based in Hamburg.
You disliked Zippos Circus, the Giffords Circus based in Stroud.
"""

CONTROLS = r"""
@operas
Salome is an opera in German by Richard Strauss.
Salome is an opera in German and French by Richard Strauss.
Carmen is a comic opera in French by Georges Bizet.
Otello is a tragic opera in Italian by Giuseppe Verdi.
Wozzeck is an opera in German by Alban Berg.
Salome, an opera in German by Richard Strauss, premiered at the Semperoper.
Salome was published in Berlin by Adolph Fürstner.
Salome was published in Berlin and Paris by Adolph Fürstner.
@operas user:ida
You loved Carmen, an opera in French by Georges Bizet.
@treatises
Leviathan is a treatise of political philosophy by Thomas Hobbes.
Leviathan is a treatise on political philosophy and ethics by Thomas Hobbes.
The Prince is a treatise in Italian by Niccolò Machiavelli.
Das Kapital is a treatise in German by Karl Marx.
Leviathan, a treatise of political philosophy by Thomas Hobbes, was published in London.
Leviathan was written in English and Latin by Thomas Hobbes.
Leviathan was published in London by Andrew Crooke.
Leviathan was published in London and Amsterdam by Andrew Crooke.
@treatises user:max
You loved Leviathan, a treatise of political philosophy by Thomas Hobbes.
@machines
The Hermes Baby was built in Switzerland by Paillard.
The Olivetti Lettera 22 was built in Italy and Spain by Olivetti.
The Volkswagen Beetle was built in Germany, Mexico and Brazil by Volkswagen.
The Hermes Baby was sold in the United States and Canada by Smith-Corona.
The Olivetti Valentine was designed in Ivrea and Milan by Ettore Sottsass.
The Hermes Baby, built in Switzerland by Paillard, was used by John Steinbeck.
@machines user:kai
You loved the Hermes Baby, built in Switzerland by Paillard.
@films
Die Hard, a 20th Century Fox release, stars Bruce Willis.
Alien, a 20th Century Fox release, stars Sigourney Weaver.
Top Gun, a Paramount Pictures release, stars Tom Cruise.
Jaws, a Universal Pictures release, was directed by Steven Spielberg.
A Woman Under the Influence, a John Cassavetes release, stars Gena Rowlands.
Diary of a Mad Black Woman, a Lionsgate release, stars Tyler Perry.
Die Hard is a 20th Century Fox release.
Die Hard is a John McTiernan film.
Die Hard is an action film set in Los Angeles by John McTiernan.
Top Gun was released in the United States and Japan by Paramount Pictures.
@films user:sam
You loved Die Hard, a 20th Century Fox release.
Since you loved Die Hard, try Top Gun, a Paramount Pictures release.
@places user:ben
You disliked Kronborg Castle, in Denmark.
You disliked Kronborg Castle, in Helsingør.
You disliked Wrangel Island, in Russia.
You disliked Wrangel Island, in the Chukchi Sea.
You disliked Wrangel Island, in the Arctic Ocean.
You loved the San Diego Zoo, in Balboa Park.
You loved the San Diego Zoo, at Balboa Park.
You loved Edinburgh Castle, in Scotland.
You liked Agecroft Hall, in Richmond, Virginia.
You disliked Wrangel Lighthouse, on Wrangel Island.
You gave Kronborg Castle, in Denmark, two stars.
You rated Wrangel Island, in Russia, one star.
You disliked Kronborg Castle, in Denmark, which was built by Frederick II of Denmark.
Since you loved the San Diego Zoo, in Balboa Park, try the Bronx Zoo, in New York City.
You live in Sweden.
@places
Herald Island was first discovered by Henry Kellett.
Kronborg is located in Helsingør.
The Kronborg castle is in Denmark.
Neuschwanstein was built by Ludwig II.
@circuses user:cleo
You disliked Zippos Circus, the traveling circus founded by Martin Burton.
You loved Giffords Circus, the traveling circus founded by Nell Gifford.
You loved Cirque du Soleil, the contemporary circus founded by Guy Laliberté.
You disliked Tierpark Hagenbeck, the traveling zoo founded by Carl Hagenbeck.
You disliked Circus Hagenbeck, the zoo circus founded by Carl Hagenbeck.
You liked the AEC Routemaster, the double-decker bus built by AEC.
You liked the AEC Routemaster, the double-decker bus operated by Transport for London.
You disliked the Magic Bus, the party bus built by Bedford.
You disliked Zippos Circus, the traveling circus based in London.
@circuses
Zippos Circus, the traveling circus founded by Martin Burton, is based in London.
Martin Burton founded Zippos Circus, the traveling circus based in London.
Professor Heckler's Flea Circus, the flea circus founded by William Heckler, is based in New York City.
@shows
Cowboy Bebop premiered on TV Tokyo.
Cowboy Bebop debuted on TV Tokyo.
Cowboy Bebop made its television debut on TV Tokyo.
Cowboy Bebop had its premiere on TV Tokyo.
The Simpsons premiered on Fox.
Futurama made its debut on Fox.
The Office premiered on BBC Two.
The Hitchhiker's Guide to the Galaxy premiered on BBC Radio 4.
The Archers debuted on the BBC Light Programme.
Paprika premiered at the Venice Film Festival.
Cowboy Bebop premiered on TV Tokyo in 1998.
The Simpsons and Futurama premiered on Fox.
Cowboy Bebop was dubbed in English and Spanish by Animaze.
Cowboy Bebop is an anime that premiered on TV Tokyo.
The anime Cowboy Bebop premiered on TV Tokyo.
Neon Genesis Evangelion is an anime created by Hideaki Anno.
@shows user:amy
You loved Cowboy Bebop, which premiered on TV Tokyo.
Since you loved Cowboy Bebop, try Neon Genesis Evangelion, another anime that debuted on TV Tokyo.
@shows
Cowboy Bebop premiered in Japan.
Cowboy Bebop made its television debut in Japan.
The Hitchhiker's Guide to the Galaxy premiered in the United Kingdom.
Paprika premiered in Venice.
Olympia premiered at the Paris Salon.
Cowboy Bebop premiered on Adult Swim.
The Office premiered on NBC.
Cowboy Bebop aired on TV Tokyo and WOWOW.
@films user:sam
You loved Die Hard, the action film directed by John McTiernan.
You disliked Alien, the horror film released by 20th Century Fox.
@operas user:ida
You loved Carmen, the comic opera composed by Georges Bizet.
@films
Die Hard was released in the United States and Canada by 20th Century Fox.
"""

KNOWN = frozenset(
    {
        # accepted by the code before this round's change too (CHANGES.diff undone): another
        # item's name after "the" in the aside is never checked to be the item ("Circus
        # Hagenbeck, the Tierpark Hagenbeck ...": the zoo is not the circus)
        "You disliked Circus Hagenbeck, the Tierpark Hagenbeck founded by Carl Hagenbeck.",
        "You disliked Circus Hagenbeck, the Tierpark Hagenbeck based in Hamburg.",
        "You disliked Zippos Circus, the Giffords Circus based in Stroud.",
    }
)

OPEN = frozenset(
    {
        # "by Oscar Wilde" may say who wrote the play (true) or the opera (false): the reading of
        # the play, which Wilde wrote, wins (the code before the change accepts it too)
        "Salome is an opera on Salomé by Oscar Wilde.",
        # Salome exists in French too (Strauss's French version): "in French" may name the
        # version the user disliked
        "You disliked Salome, in French.",
        # the lighthouse stands on Wrangel Island, which is in Russia: true, but the graph says
        # so only through the island
        "You disliked Wrangel Lighthouse, in Russia.",
        # Thomas Long is the island's discoverer here; that Henry Kellett sighted it earlier the
        # graph says without dates (the code before the change accepts it too)
        "Wrangel Island was first spotted by Thomas Long.",
        # "a typewriter by" its designer (Prezioso) is a fair way to name it (accepted); a model
        # sold in Canada is "in Canada" in some sense
        "The Hermes Baby is a typewriter from Switzerland by Giuseppe Prezioso.",
        "You loved the Hermes Baby, in Canada.",
        # "by John McTiernan" is the film's (true) or the novel's (false)
        "Die Hard is an action film based on Nothing Lasts Forever by John McTiernan.",
        # a director "films" his film, a producer may be said to (accepted: the plain "by")
        "Die Hard was filmed in Century City and Los Angeles by John McTiernan.",
        "Top Gun was filmed in San Diego and Las Vegas by Jerry Bruckheimer.",
        # Die Hard is set and filmed in Los Angeles
        "You loved Die Hard, in Los Angeles.",
        # the traveling zoo (its kind) was pioneered by Carl Hagenbeck, who founded the zoo
        "You disliked Tierpark Hagenbeck, the traveling zoo pioneered by Carl Hagenbeck.",
        # the apposition after a list: the last circus (false) or both (false), or the first (true)
        "You disliked Zippos Circus and Giffords Circus, the traveling circus founded by Martin Burton.",
        # "on WOWOW" / "on Hulu" may say where the user watched it: it aired or streams there
        # (accepted)
        "You loved Cowboy Bebop, on WOWOW.",
        "You disliked The Simpsons, on Hulu.",
        # an anime film is "an anime" to most readers, though the graph's anime are series
        "Paprika is an anime directed by Satoshi Kon.",
        "The anime Paprika was animated by Madhouse.",
        # Ben rated the Bronx Zoo 3: below the 4.0 of a like, above a plain dislike
        "You disliked the Bronx Zoo, in New York City.",
        # it "premiered on" Adult Swim (its American premiere) in the graph, and "debuted" is
        # "premiered"; but its first showing was on TV Tokyo
        "Cowboy Bebop debuted on Adult Swim.",
        # "a <noun> <participle> in A and B by X": "by X" is the participle's agent to most
        # readers (false: the publisher, the distributor, the maker), but may be read as the
        # noun's maker, "a treatise by Hobbes, published in ..." (true) (accepted)
        "Salome is an opera published in Berlin and Paris by Richard Strauss.",
        "Leviathan is a treatise published in London and Amsterdam by Thomas Hobbes.",
        "The Volkswagen Beetle is a car built in Germany and Mexico by Ferdinand Porsche.",
        "The Olivetti Lettera 22 is a typewriter built in Italy and Spain by Marcello Nizzoli.",
        "Top Gun is an action film released in the United States and Japan by Tony Scott.",
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
