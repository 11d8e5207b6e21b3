"""Red team round 121 (the readings of dae912f and 4c5d14e: a bare "by", "If X appeals", "shares its", a gapped copula): false texts only."""

import os
import sys

if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items, others, rels, triples, extra=()):
    ents = [E(k, kind="item", type=t, label=n, attrs={"year": y}) for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n) for k, (t, n) in others.items()] + list(extra)
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def _ppl(typ, *names):
    return {"p:" + n.replace(" ", "_"): (typ, n) for n in names}


def P(n):
    return "p:" + n.replace(" ", "_")


def _adder(t):
    def add(m, rel, *xs):
        for x in xs:
            t.append((m, rel, x if ":" in x else P(x)))

    return add


def ballets():
    items = {
        "b:swan": ("ballet", "Swan Lake", 1877),
        "b:nut": ("ballet", "The Nutcracker", 1892),
        "b:sleeping": ("ballet", "The Sleeping Beauty", 1890),
        "b:agon": ("ballet", "Agon", 1957),
        "b:apollo": ("ballet", "Apollo", 1928),
        "b:firebird": ("ballet", "The Firebird", 1910),
        "b:rite": ("ballet", "The Rite of Spring", 1913),
        "b:giselle": ("ballet", "Giselle", 1841),
        "b:romeo": ("ballet", "Romeo and Juliet", 1940),
        "b:app": ("ballet", "Appalachian Spring", 1944),
        "b:fancy": ("ballet", "Fancy Free", 1944),
    }
    others = _ppl(
        "composer",
        "Pyotr Tchaikovsky",
        "Igor Stravinsky",
        "Adolphe Adam",
        "Sergei Prokofiev",
        "Aaron Copland",
        "Leonard Bernstein",
    )
    others.update(
        _ppl(
            "choreographer",
            "Julius Reisinger",
            "Marius Petipa",
            "Lev Ivanov",
            "George Balanchine",
            "Michel Fokine",
            "Vaslav Nijinsky",
            "Jean Coralli",
            "Leonid Lavrovsky",
            "Martha Graham",
            "Jerome Robbins",
        )
    )
    others.update(
        _ppl(
            "designer",
            "Léon Bakst",
            "Alexander Golovin",
            "Nicholas Roerich",
            "Isamu Noguchi",
            "Oliver Smith",
            "Pyotr Williams",
        )
    )
    others.update(
        {
            "co:bolshoi": ("company", "Bolshoi Ballet"),
            "co:mariinsky": ("company", "Mariinsky Ballet"),
            "co:russes": ("company", "Ballets Russes"),
            "co:nycb": ("company", "New York City Ballet"),
            "co:paris": ("company", "Paris Opera Ballet"),
            "co:royal": ("company", "Royal Ballet"),
            "co:graham": ("company", "Martha Graham Dance Company"),
            "co:abt": ("company", "Ballet Theatre"),
            "co:kirov": ("company", "Kirov Ballet"),
            "th:bolshoi": ("theatre", "Bolshoi Theatre"),
            "th:mariinsky": ("theatre", "Mariinsky Theatre"),
            "th:champs": ("theatre", "Théâtre des Champs-Élysées"),
            "th:garnier": ("theatre", "Salle Le Peletier"),
            "th:city": ("theatre", "City Center"),
            "th:opera": ("theatre", "Paris Opera"),
            "th:kirov": ("theatre", "Kirov Theatre"),
            "th:met": ("theatre", "Metropolitan Opera House"),
            "th:sarah": ("theatre", "Théâtre Sarah-Bernhardt"),
            "th:coolidge": ("theatre", "Coolidge Auditorium"),
            "th:roh": ("theatre", "Royal Opera House"),
        }
    )
    rels = [
        R(
            "music_by",
            phrase="is set to music by",
            inverse_phrase="wrote the score for",
            domain=("ballet",),
            range=("composer",),
        ),
        R(
            "first_danced_by",
            phrase="was first danced by",
            inverse_phrase="gave the first performance of",
            domain=("ballet",),
            range=("company",),
        ),
        R(
            "premiered_at",
            phrase="premiered at",
            inverse_phrase="hosted the premiere of",
            domain=("ballet",),
            range=("theatre",),
        ),
        R(
            "choreographed_by",
            phrase="was choreographed by",
            inverse_phrase="choreographed",
            domain=("ballet",),
            range=("choreographer",),
        ),
        R(
            "designed_by",
            phrase="was designed by",
            inverse_phrase="designed",
            domain=("ballet",),
            range=("designer",),
        ),
        R(
            "repertoire",
            phrase="is in the repertoire of",
            inverse_phrase="performs",
            domain=("ballet",),
            range=("company",),
        ),
    ]
    t = []
    add = _adder(t)
    add("b:swan", "music_by", "Pyotr Tchaikovsky")
    add("b:swan", "first_danced_by", "co:bolshoi")
    add("b:swan", "premiered_at", "th:bolshoi")
    add("b:swan", "choreographed_by", "Julius Reisinger")
    add("b:swan", "repertoire", "co:royal", "co:mariinsky")
    add("b:nut", "music_by", "Pyotr Tchaikovsky")
    add("b:nut", "first_danced_by", "co:mariinsky")
    add("b:nut", "premiered_at", "th:mariinsky")
    add("b:nut", "choreographed_by", "Marius Petipa", "Lev Ivanov")
    add("b:nut", "repertoire", "co:nycb", "co:royal")
    add("b:sleeping", "music_by", "Pyotr Tchaikovsky")
    add("b:sleeping", "first_danced_by", "co:mariinsky")
    add("b:sleeping", "premiered_at", "th:mariinsky")
    add("b:sleeping", "choreographed_by", "Marius Petipa")
    add("b:sleeping", "repertoire", "co:royal")
    add("b:agon", "music_by", "Igor Stravinsky")
    add("b:agon", "first_danced_by", "co:nycb")
    add("b:agon", "premiered_at", "th:city")
    add("b:agon", "choreographed_by", "George Balanchine")
    add("b:agon", "repertoire", "co:paris")
    add("b:apollo", "music_by", "Igor Stravinsky")
    add("b:apollo", "first_danced_by", "co:russes")
    add("b:apollo", "premiered_at", "th:sarah")
    add("b:apollo", "choreographed_by", "George Balanchine")
    add("b:apollo", "repertoire", "co:nycb")
    add("b:firebird", "music_by", "Igor Stravinsky")
    add("b:firebird", "first_danced_by", "co:russes")
    add("b:firebird", "premiered_at", "th:opera")
    add("b:firebird", "choreographed_by", "Michel Fokine")
    add("b:firebird", "designed_by", "Léon Bakst", "Alexander Golovin")
    add("b:firebird", "repertoire", "co:nycb")
    add("b:rite", "music_by", "Igor Stravinsky")
    add("b:rite", "first_danced_by", "co:russes")
    add("b:rite", "premiered_at", "th:champs")
    add("b:rite", "choreographed_by", "Vaslav Nijinsky")
    add("b:rite", "designed_by", "Nicholas Roerich")
    add("b:giselle", "music_by", "Adolphe Adam")
    add("b:giselle", "first_danced_by", "co:paris")
    add("b:giselle", "premiered_at", "th:garnier")
    add("b:giselle", "choreographed_by", "Jean Coralli")
    add("b:giselle", "repertoire", "co:bolshoi", "co:royal")
    add("b:romeo", "music_by", "Sergei Prokofiev")
    add("b:romeo", "first_danced_by", "co:kirov")
    add("b:romeo", "premiered_at", "th:kirov")
    add("b:romeo", "choreographed_by", "Leonid Lavrovsky")
    add("b:romeo", "designed_by", "Pyotr Williams")
    add("b:romeo", "repertoire", "co:bolshoi")
    add("b:app", "music_by", "Aaron Copland")
    add("b:app", "first_danced_by", "co:graham")
    add("b:app", "premiered_at", "th:coolidge")
    add("b:app", "choreographed_by", "Martha Graham")
    add("b:app", "designed_by", "Isamu Noguchi")
    add("b:fancy", "music_by", "Leonard Bernstein")
    add("b:fancy", "first_danced_by", "co:abt")
    add("b:fancy", "premiered_at", "th:met")
    add("b:fancy", "choreographed_by", "Jerome Robbins")
    add("b:fancy", "designed_by", "Oliver Smith")
    add("b:fancy", "repertoire", "co:nycb")
    return _build(items, others, rels, t)


def perfumes():
    items = {
        "f:mitsouko": ("fragrance", "Mitsouko", 1919),
        "f:shalimar": ("fragrance", "Shalimar", 1925),
        "f:no5": ("fragrance", "Chanel No. 5", 1921),
        "f:opium": ("fragrance", "Opium", 1977),
        "f:male": ("fragrance", "Le Male", 1995),
        "f:angel": ("fragrance", "Angel", 1992),
        "f:eausauvage": ("fragrance", "Eau Sauvage", 1966),
        "f:jicky": ("fragrance", "Jicky", 1889),
        "f:poison": ("fragrance", "Poison", 1985),
        "f:cuir": ("fragrance", "Cuir de Russie", 1924),
        "f:paris": ("fragrance", "Paris", 1983),
        "f:terre": ("fragrance", "Terre d'Hermès", 2006),
    }
    others = _ppl(
        "perfumer",
        "Jacques Guerlain",
        "Aimé Guerlain",
        "Ernest Beaux",
        "Jean Amic",
        "Jean-Louis Sieuzac",
        "Francis Kurkdjian",
        "Olivier Cresp",
        "Edmond Roudnitska",
        "Édouard Fléchier",
        "Sophia Grojsman",
        "Jean-Claude Ellena",
    )
    others.update(
        {
            "h:guerlain": ("house", "Guerlain"),
            "h:chanel": ("house", "Chanel"),
            "h:ysl": ("house", "Yves Saint Laurent"),
            "h:jpg": ("house", "Jean Paul Gaultier"),
            "h:mugler": ("house", "Thierry Mugler"),
            "h:dior": ("house", "Dior"),
            "h:hermes": ("house", "Hermès"),
            "c:lvmh": ("company", "LVMH"),
            "c:loreal": ("company", "L'Oréal"),
            "c:puig": ("company", "Puig"),
            "c:clarins": ("company", "Clarins"),
            "c:wertheimer": ("company", "Wertheimer family office"),
            "c:hermesint": ("company", "Hermès International"),
            "ct:france": ("country", "France"),
            "ct:spain": ("country", "Spain"),
            "n:peach": ("note", "peach"),
            "n:oakmoss": ("note", "oakmoss"),
            "n:bergamot": ("note", "bergamot"),
            "n:vanilla": ("note", "vanilla"),
            "n:aldehydes": ("note", "aldehydes"),
            "n:jasmine": ("note", "jasmine"),
            "n:rose": ("note", "rose"),
            "n:clove": ("note", "clove"),
            "n:myrrh": ("note", "myrrh"),
            "n:lavender": ("note", "lavender"),
            "n:mint": ("note", "mint"),
            "n:patchouli": ("note", "patchouli"),
            "n:praline": ("note", "praline"),
            "n:lemon": ("note", "lemon"),
            "n:tuberose": ("note", "tuberose"),
            "n:leather": ("note", "leather"),
            "n:birch": ("note", "birch"),
            "n:violet": ("note", "violet"),
            "n:vetiver": ("note", "vetiver"),
            "n:orange": ("note", "orange"),
            "fm:chypre": ("family", "chypre"),
            "fm:oriental": ("family", "oriental"),
            "fm:floral": ("family", "floral"),
            "fm:fougere": ("family", "fougère"),
            "fm:gourmand": ("family", "gourmand"),
            "fm:citrus": ("family", "citrus"),
            "fm:leather": ("family", "leather"),
            "fm:woody": ("family", "woody"),
        }
    )
    rels = [
        R("rated", phrase="rated", inverse_phrase="was rated by"),
        R(
            "composed_by",
            phrase="was composed by",
            inverse_phrase="composed",
            domain=("fragrance",),
            range=("perfumer",),
        ),
        R(
            "by_house",
            phrase="is a fragrance by",
            inverse_phrase="released",
            domain=("fragrance",),
            range=("house",),
        ),
        R(
            "note",
            phrase="has a note of",
            inverse_phrase="is a note in",
            domain=("fragrance",),
            range=("note",),
        ),
        R(
            "family",
            phrase="belongs to the family",
            inverse_phrase="is the family of",
            domain=("fragrance",),
            range=("family",),
        ),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("house",), range=("company",)),
        R(
            "based_in",
            phrase="is based in",
            inverse_phrase="is home to",
            domain=("house", "company"),
            range=("country",),
        ),
    ]
    t = []
    add = _adder(t)

    def f(k, house, perf, fam, *notes):
        add(k, "by_house", house)
        add(k, "composed_by", *perf)
        add(k, "family", fam)
        add(k, "note", *notes)

    f("f:mitsouko", "h:guerlain", ["Jacques Guerlain"], "fm:chypre", "n:peach", "n:oakmoss", "n:bergamot")
    f("f:shalimar", "h:guerlain", ["Jacques Guerlain"], "fm:oriental", "n:vanilla", "n:bergamot", "n:lemon")
    f("f:jicky", "h:guerlain", ["Aimé Guerlain"], "fm:fougere", "n:lavender", "n:vanilla", "n:lemon")
    f("f:no5", "h:chanel", ["Ernest Beaux"], "fm:floral", "n:aldehydes", "n:jasmine", "n:rose")
    f("f:cuir", "h:chanel", ["Ernest Beaux"], "fm:leather", "n:leather", "n:birch")
    f(
        "f:opium",
        "h:ysl",
        ["Jean Amic", "Jean-Louis Sieuzac"],
        "fm:oriental",
        "n:clove",
        "n:myrrh",
        "n:vanilla",
    )
    f("f:paris", "h:ysl", ["Sophia Grojsman"], "fm:floral", "n:rose", "n:violet")
    f("f:male", "h:jpg", ["Francis Kurkdjian"], "fm:fougere", "n:lavender", "n:mint", "n:vanilla")
    f("f:angel", "h:mugler", ["Olivier Cresp"], "fm:gourmand", "n:patchouli", "n:praline", "n:vanilla")
    f("f:eausauvage", "h:dior", ["Edmond Roudnitska"], "fm:citrus", "n:lemon", "n:bergamot", "n:vetiver")
    f("f:poison", "h:dior", ["Édouard Fléchier"], "fm:oriental", "n:tuberose", "n:myrrh")
    f("f:terre", "h:hermes", ["Jean-Claude Ellena"], "fm:woody", "n:orange", "n:vetiver")
    add("h:guerlain", "owned_by", "c:lvmh")
    add("h:dior", "owned_by", "c:lvmh")
    add("h:ysl", "owned_by", "c:loreal")
    add("h:jpg", "owned_by", "c:puig")
    add("h:mugler", "owned_by", "c:clarins")
    add("h:chanel", "owned_by", "c:wertheimer")
    add("h:hermes", "owned_by", "c:hermesint")
    for h in (
        "h:guerlain",
        "h:dior",
        "h:ysl",
        "h:jpg",
        "h:mugler",
        "h:chanel",
        "h:hermes",
        "c:lvmh",
        "c:loreal",
        "c:clarins",
        "c:hermesint",
    ):
        add(h, "based_in", "ct:france")
    add("c:puig", "based_in", "ct:spain")
    t += [
        ("u:ann", "rated", "f:mitsouko", {"rating": 5.0}),
        ("u:ann", "rated", "f:shalimar", {"rating": 4.0}),
        ("u:ann", "rated", "f:opium", {"rating": 2.0}),
        ("u:ann", "rated", "f:eausauvage", {"rating": 4.0}),
    ]
    return _build(items, others, rels, t, extra=(E("u:ann", kind="user", type="user", label="Ann"),))


def books():
    items = {
        "k:1984": ("novel", "Nineteen Eighty-Four", 1949),
        "k:farm": ("novel", "Animal Farm", 1945),
        "k:bnw": ("novel", "Brave New World", 1932),
        "k:gatsby": ("novel", "The Great Gatsby", 1925),
        "k:tender": ("novel", "Tender Is the Night", 1934),
        "k:sun": ("novel", "The Sun Also Rises", 1926),
        "k:flies": ("novel", "Lord of the Flies", 1954),
        "k:dalloway": ("novel", "Mrs Dalloway", 1925),
        "k:light": ("novel", "To the Lighthouse", 1927),
        "k:ulysses": ("novel", "Ulysses", 1922),
    }
    others = _ppl(
        "author",
        "George Orwell",
        "Aldous Huxley",
        "F. Scott Fitzgerald",
        "Ernest Hemingway",
        "William Golding",
        "Virginia Woolf",
        "James Joyce",
    )
    others.update(_ppl("editor", "Maxwell Perkins"))
    others.update(
        {
            "pb:secker": ("publisher", "Secker and Warburg"),
            "pb:chatto": ("publisher", "Chatto and Windus"),
            "pb:scribner": ("publisher", "Scribner"),
            "pb:faber": ("publisher", "Faber and Faber"),
            "pb:hogarth": ("publisher", "Hogarth Press"),
            "pb:sco": ("publisher", "Shakespeare and Company"),
            "c:prh": ("company", "Penguin Random House"),
            "c:ss": ("company", "Simon and Schuster"),
            "g:dystopian": ("genre", "dystopian fiction"),
            "g:satire": ("genre", "satire"),
            "g:modernist": ("genre", "modernist fiction"),
            "g:allegory": ("genre", "allegory"),
        }
    )
    rels = [
        R("rated", phrase="rated", inverse_phrase="was rated by"),
        R("by_author", phrase="is a novel by", inverse_phrase="wrote", domain=("novel",), range=("author",)),
        R(
            "published_by",
            phrase="is published by",
            inverse_phrase="publishes",
            domain=("novel",),
            range=("publisher",),
        ),
        R("edited_by", phrase="was edited by", inverse_phrase="edited", domain=("novel",), range=("editor",)),
        R(
            "genre",
            phrase="belongs to the genre",
            inverse_phrase="is the genre of",
            domain=("novel",),
            range=("genre",),
        ),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("publisher",), range=("company",)),
    ]
    t = []
    add = _adder(t)

    def b(k, a, p, g, *ed):
        add(k, "by_author", a)
        add(k, "published_by", p)
        add(k, "genre", g)
        add(k, "edited_by", *ed)

    b("k:1984", "George Orwell", "pb:secker", "g:dystopian")
    b("k:farm", "George Orwell", "pb:secker", "g:satire")
    b("k:bnw", "Aldous Huxley", "pb:chatto", "g:dystopian")
    b("k:gatsby", "F. Scott Fitzgerald", "pb:scribner", "g:modernist", "Maxwell Perkins")
    b("k:tender", "F. Scott Fitzgerald", "pb:scribner", "g:modernist", "Maxwell Perkins")
    b("k:sun", "Ernest Hemingway", "pb:scribner", "g:modernist", "Maxwell Perkins")
    b("k:flies", "William Golding", "pb:faber", "g:allegory")
    b("k:dalloway", "Virginia Woolf", "pb:hogarth", "g:modernist")
    b("k:light", "Virginia Woolf", "pb:hogarth", "g:modernist")
    b("k:ulysses", "James Joyce", "pb:sco", "g:modernist")
    add("pb:scribner", "owned_by", "c:ss")
    add("pb:secker", "owned_by", "c:prh")
    add("pb:chatto", "owned_by", "c:prh")
    add("pb:hogarth", "owned_by", "c:prh")
    return _build(items, others, rels, t)


def albums():
    items = {
        "a:okc": ("album", "OK Computer", 1997),
        "a:kida": ("album", "Kid A", 2000),
        "a:bends": ("album", "The Bends", 1995),
        "a:nevermind": ("album", "Nevermind", 1991),
        "a:utero": ("album", "In Utero", 1993),
        "a:mezz": ("album", "Mezzanine", 1998),
        "a:blue": ("album", "Blue Lines", 1991),
        "a:dummy": ("album", "Dummy", 1994),
        "a:homo": ("album", "Homogenic", 1997),
        "a:post": ("album", "Post", 1995),
    }
    others = {
        "ar:radiohead": ("artist", "Radiohead"),
        "ar:nirvana": ("artist", "Nirvana"),
        "ar:massive": ("artist", "Massive Attack"),
        "ar:portishead": ("artist", "Portishead"),
        "ar:bjork": ("artist", "Björk"),
        "l:parlophone": ("label", "Parlophone"),
        "l:dgc": ("label", "DGC Records"),
        "l:virgin": ("label", "Virgin Records"),
        "l:gobeat": ("label", "Go! Beat"),
        "l:oli": ("label", "One Little Indian"),
        "c:wmg": ("company", "Warner Music Group"),
        "c:umg": ("company", "Universal Music Group"),
        "g:alt": ("genre", "alternative rock"),
        "g:grunge": ("genre", "grunge"),
        "g:trip": ("genre", "trip hop"),
        "g:electronic": ("genre", "electronic"),
    }
    others.update(
        _ppl(
            "producer",
            "Nigel Godrich",
            "John Leckie",
            "Butch Vig",
            "Steve Albini",
            "Neil Davidge",
            "Jonny Dollar",
            "Mark Bell",
            "Nellee Hooper",
        )
    )
    rels = [
        R("rated", phrase="rated", inverse_phrase="was rated by"),
        R(
            "by_artist",
            phrase="is an album by",
            inverse_phrase="recorded",
            domain=("album",),
            range=("artist",),
        ),
        R("label", phrase="was released by", inverse_phrase="released", domain=("album",), range=("label",)),
        R(
            "genre",
            phrase="belongs to the genre",
            inverse_phrase="is the genre of",
            domain=("album",),
            range=("genre",),
        ),
        R(
            "produced_by",
            phrase="was produced by",
            inverse_phrase="produced",
            domain=("album",),
            range=("producer",),
        ),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("label",), range=("company",)),
    ]
    t = []
    add = _adder(t)

    def a(k, ar, lab, g, p):
        add(k, "by_artist", ar)
        add(k, "label", lab)
        add(k, "genre", g)
        add(k, "produced_by", p)

    a("a:okc", "ar:radiohead", "l:parlophone", "g:alt", "Nigel Godrich")
    a("a:kida", "ar:radiohead", "l:parlophone", "g:electronic", "Nigel Godrich")
    a("a:bends", "ar:radiohead", "l:parlophone", "g:alt", "John Leckie")
    a("a:nevermind", "ar:nirvana", "l:dgc", "g:grunge", "Butch Vig")
    a("a:utero", "ar:nirvana", "l:dgc", "g:grunge", "Steve Albini")
    a("a:mezz", "ar:massive", "l:virgin", "g:trip", "Neil Davidge")
    a("a:blue", "ar:massive", "l:virgin", "g:trip", "Jonny Dollar")
    a("a:dummy", "ar:portishead", "l:gobeat", "g:trip", "Nellee Hooper")
    a("a:homo", "ar:bjork", "l:oli", "g:electronic", "Mark Bell")
    a("a:post", "ar:bjork", "l:oli", "g:electronic", "Nellee Hooper")
    add("l:parlophone", "owned_by", "c:wmg")
    add("l:dgc", "owned_by", "c:umg")
    add("l:virgin", "owned_by", "c:umg")
    t += [
        ("u:bo", "rated", "a:okc", {"rating": 5.0}),
        ("u:bo", "rated", "a:nevermind", {"rating": 2.0}),
        ("u:bo", "rated", "a:mezz", {"rating": 4.0}),
    ]
    return _build(items, others, rels, t, extra=(E("u:bo", kind="user", type="user", label="Bo"),))


def beers():
    items = {
        "br:pliny": ("beer", "Pliny the Elder", 2000),
        "br:snpa": ("beer", "Sierra Nevada Pale Ale", 1980),
        "br:torpedo": ("beer", "Torpedo", 2009),
        "br:heady": ("beer", "Heady Topper", 2004),
        "br:focal": ("beer", "Focal Banger", 2012),
        "br:two": ("beer", "Two Hearted", 1997),
        "br:zombie": ("beer", "Zombie Dust", 2010),
        "br:guinness": ("beer", "Guinness Draught", 1959),
        "br:urquell": ("beer", "Pilsner Urquell", 1842),
    }
    others = {
        "w:rr": ("brewery", "Russian River"),
        "w:sn": ("brewery", "Sierra Nevada Brewing"),
        "w:alch": ("brewery", "The Alchemist"),
        "w:bells": ("brewery", "Bell's Brewery"),
        "w:3f": ("brewery", "3 Floyds"),
        "w:guin": ("brewery", "St. James's Gate"),
        "w:pp": ("brewery", "Plzeňský Prazdroj"),
        "c:diageo": ("company", "Diageo"),
        "c:asahi": ("company", "Asahi"),
        "d:reyes": ("distributor", "Reyes Beverage Group"),
        "hp:simcoe": ("hop", "Simcoe"),
        "hp:centennial": ("hop", "Centennial"),
        "hp:amarillo": ("hop", "Amarillo"),
        "hp:cascade": ("hop", "Cascade"),
        "hp:magnum": ("hop", "Magnum"),
        "hp:citra": ("hop", "Citra"),
        "hp:mosaic": ("hop", "Mosaic"),
        "hp:ekg": ("hop", "East Kent Goldings"),
        "hp:saaz": ("hop", "Saaz"),
        "st:dipa": ("style", "double IPA"),
        "st:ipa": ("style", "IPA"),
        "st:pale": ("style", "pale ale"),
        "st:stout": ("style", "stout"),
        "st:pils": ("style", "pilsner"),
    }
    rels = [
        R("rated", phrase="rated", inverse_phrase="was rated by"),
        R("hop", phrase="has a hop of", inverse_phrase="is a hop in", domain=("beer",), range=("hop",)),
        R("brewed_by", phrase="is brewed by", inverse_phrase="brews", domain=("beer",), range=("brewery",)),
        R(
            "style",
            phrase="is a beer of the style",
            inverse_phrase="is the style of",
            domain=("beer",),
            range=("style",),
        ),
        R(
            "distributed_by",
            phrase="is distributed by",
            inverse_phrase="distributes",
            domain=("beer",),
            range=("distributor",),
        ),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("brewery",), range=("company",)),
    ]
    t = []
    add = _adder(t)

    def b(k, w, st, *hops):
        add(k, "brewed_by", w)
        add(k, "style", st)
        add(k, "hop", *hops)

    b("br:pliny", "w:rr", "st:dipa", "hp:simcoe", "hp:centennial", "hp:amarillo")
    b("br:snpa", "w:sn", "st:pale", "hp:cascade")
    b("br:torpedo", "w:sn", "st:ipa", "hp:magnum", "hp:citra")
    b("br:heady", "w:alch", "st:dipa", "hp:simcoe", "hp:citra")
    b("br:focal", "w:alch", "st:ipa", "hp:citra", "hp:mosaic")
    b("br:two", "w:bells", "st:ipa", "hp:centennial")
    b("br:zombie", "w:3f", "st:pale", "hp:citra")
    b("br:guinness", "w:guin", "st:stout", "hp:ekg")
    b("br:urquell", "w:pp", "st:pils", "hp:saaz")
    add("br:snpa", "distributed_by", "d:reyes")
    add("br:two", "distributed_by", "d:reyes")
    add("w:guin", "owned_by", "c:diageo")
    add("w:pp", "owned_by", "c:asahi")
    t += [
        ("u:cy", "rated", "br:heady", {"rating": 5.0}),
        ("u:cy", "rated", "br:torpedo", {"rating": 4.0}),
        ("u:cy", "rated", "br:guinness", {"rating": 1.0}),
    ]
    return _build(items, others, rels, t, extra=(E("u:cy", kind="user", type="user", label="Cy"),))


BUILDERS = {
    "ballets": ballets,
    "perfumes": perfumes,
    "books": books,
    "albums": albums,
    "beers": beers,
    "movies": kgx.KnowledgeGraph.example,
}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@perfumes
# R1 bare by / plural noun-by
Mitsouko is by Chanel.
Mitsouko is by LVMH.
Le Male is by Puig.
Angel is by Clarins.
Mitsouko is by France.
Mitsouko is by the chypre family.
Mitsouko is by Guerlain and LVMH.
Opium is by Yves Saint Laurent and Jean Paul Gaultier.
Mitsouko and Chanel No. 5 are both by Guerlain.
Mitsouko and Opium are both by Guerlain.
Mitsouko, Shalimar and Opium are all by Guerlain.
Mitsouko and Shalimar are both by LVMH.
Mitsouko and Poison are fragrances by Guerlain.
Mitsouko and Shalimar are both fragrances by Dior.
Mitsouko and Shalimar are both fragrances by Ernest Beaux.
Mitsouko and Shalimar are both fragrances by France.
Mitsouko and Shalimar were both fragrances by Chanel.
Opium and Poison are both fragrances by Dior.
Chanel No. 5 and Cuir de Russie are both fragrances by Guerlain.
Mitsouko and Shalimar are not both by Guerlain.
Mitsouko is by Guerlain and Shalimar is by Chanel.
Mitsouko is by Guerlain, Opium by Guerlain.
Mitsouko is by Guerlain, like Opium.
Like Mitsouko, Opium is by Guerlain.
Mitsouko is a 1925 fragrance by Guerlain.
Shalimar is a chypre by Guerlain.
Mitsouko and Shalimar are both chypres by Guerlain.
Mitsouko and Shalimar are both orientals by Guerlain.
Mitsouko and Shalimar are both fragrances by Guerlain composed by Aimé Guerlain.
Mitsouko and Shalimar are both by Guerlain, which is owned by L'Oréal.
Mitsouko is by a house owned by L'Oréal.
Mitsouko is by the house that released Opium.
Mitsouko is made by Chanel.
Mitsouko is sold by Guerlain.
Mitsouko is owned by Guerlain.
Mitsouko is by Guerlain's owner.
Mitsouko and Opium are by the same house.
Chanel released Mitsouko and Shalimar.
LVMH released Mitsouko.
Jacques Guerlain released Mitsouko.
Mitsouko, by Chanel, is a chypre.
Chanel's Mitsouko is a chypre.
Mitsouko and Shalimar are both by Guerlain and both chypres.
Mitsouko and Shalimar are both by Guerlain, and both have a note of peach.
Jicky and Le Male are both fougères by Guerlain.
Jicky and Shalimar are both fragrances by Jacques Guerlain.
Mitsouko and Shalimar are both by Guerlain of Spain.
Terre d'Hermès and Eau Sauvage are both by Hermès.
Mitsouko and Shalimar are two fragrances by Chanel.
Mitsouko and Shalimar are among the fragrances by Chanel.
# R3 shares its
You liked Mitsouko, and Shalimar shares its peach.
You liked Mitsouko, and Shalimar shares its oakmoss and bergamot.
You liked Mitsouko, and Eau Sauvage shares its bergamot and vetiver.
You liked Shalimar, and Jicky shares its vanilla and bergamot.
Mitsouko has a note of peach, and Shalimar shares its peach.
Shalimar has a note of lemon, and Mitsouko shares its lemon.
You liked Mitsouko, and Jicky shares its Jacques Guerlain.
You liked Mitsouko, and Shalimar shares its chypre.
You liked Mitsouko, and Shalimar shares its LVMH.
You liked Mitsouko, and Shalimar shares its France.
You liked Mitsouko, and Shalimar doesn't share its Guerlain.
You liked Mitsouko, and Shalimar never shares its bergamot.
You liked Mitsouko and Chanel No. 5, and Shalimar shares its peach.
Mitsouko is a chypre with peach, and Angel shares its peach.
You liked Mitsouko, and Shalimar shares its bergamot, peach, and oakmoss.
You liked Mitsouko, and Shalimar shares its bergamot, and Jicky shares its peach.
You liked Mitsouko, and Shalimar, a chypre, shares its bergamot.
You liked Mitsouko, and Shalimar by Chanel shares its bergamot.
You liked Mitsouko, and Shalimar shares its peach and bergamot notes.
You liked Mitsouko, and Shalimar shares its Guerlain and its chypre.
You liked Mitsouko, and Shalimar shares its bergamot but not its Jacques Guerlain.
You liked Mitsouko, and Shalimar shares its bergamot, though not its vanilla.
You liked Mitsouko, and Shalimar shares its bergamot, plus its peach.
You liked Mitsouko, and Shalimar shares its bergamot as well as its peach.
You liked Mitsouko, and Shalimar shares its bergamot but swaps its peach for clove.
You liked Mitsouko, and Shalimar shares its bergamot and adds peach.
You liked Mitsouko, and not even Shalimar shares its bergamot.
You liked Mitsouko, and Shalimar also shares its peach.
You liked Mitsouko, and Shalimar shares its Jacques Guerlain and Aimé Guerlain.
You liked Mitsouko, and Shalimar shares its bergamot and its peach.
You liked Mitsouko; Shalimar shares its peach.
You liked Mitsouko. Shalimar shares its peach.
You liked Eau Sauvage, and Mitsouko shares its lemon and bergamot.
You liked Eau Sauvage, and Shalimar shares its lemon and vetiver.
You liked Opium, and Angel shares its vanilla and myrrh.
You liked Opium, and Poison shares its Yves Saint Laurent.
You liked Cuir de Russie, and Chanel No. 5 shares its leather.
You liked Cuir de Russie, and Le Male shares its leather.
Poison has a note of myrrh, and Shalimar shares its myrrh.
Jicky has a note of lavender, and Shalimar shares its lavender.
You liked Shalimar, and Jicky, by Chanel, shares its vanilla.
You liked Mitsouko, and Shalimar definitely shares its peach.
You liked Mitsouko, and Shalimar shares its bergamot and Opium.
You liked Mitsouko, and Shalimar shares its bergamot house.
You liked Mitsouko, and Shalimar, composed by Ernest Beaux, shares its bergamot.
You liked Mitsouko, and Shalimar shares its Guerlain perfumer.
You liked Mitsouko, and Shalimar shares its peach with Opium.
You liked Mitsouko, and Shalimar shares its bergamot with Opium.
You liked Mitsouko, and Shalimar shares its bergamot, as does Opium.
Mitsouko came out in 1919, and Shalimar shares its peach.
Guerlain released Mitsouko, and Shalimar shares its peach.
Mitsouko is a chypre by Chanel, and Shalimar shares its bergamot.
You liked Mitsouko, and Shalimar and Jicky share its bergamot.
You liked Mitsouko, and Shalimar and Opium share its bergamot.
You liked Shalimar, and Opium shares its vanilla and Guerlain.
You liked Shalimar, and Opium shares its Jacques Guerlain.
You liked Mitsouko, and Shalimar shares its year.
# R4 gapped copulas
Of Mitsouko and Shalimar, the former is a chypre, the latter a fougère.
Of Mitsouko and Opium, the former is a chypre, the latter a floral.
Of Mitsouko and Shalimar, the former is a chypre, the latter a Guerlain.
Of Mitsouko and Shalimar, the former is a chypre, the latter a peach.
Of Mitsouko and Shalimar, the former is a chypre, the latter a lemon.
Of Mitsouko and Shalimar, the former is a chypre, the latter a France.
Of Mitsouko and Shalimar, the former is a chypre, the latter an LVMH.
Of Mitsouko and Shalimar, the former is a chypre and the latter a leather.
Of Mitsouko and Shalimar, the former is a chypre, while the latter a gourmand.
Of Mitsouko and Shalimar, the former is a chypre, the latter not an oriental.
Of Mitsouko and Shalimar, the former is a chypre, the latter an oriental by Chanel.
Of Mitsouko and Shalimar, the former is a chypre, the latter an oriental composed by Ernest Beaux.
Of Mitsouko and Shalimar, the former is a chypre, the latter an oriental, and both are by Chanel.
Of Mitsouko and Shalimar, the former is a chypre by Chanel, the latter an oriental.
Of Opium and Angel, the former is an oriental, the latter a floral.
Of Mitsouko, Shalimar and Jicky, the first is a chypre, the second an oriental, the third a chypre.
Of Mitsouko, Shalimar and Jicky, the first is a chypre, the second a fougère.
Of Mitsouko and Shalimar, the former is a chypre, the latter an oriental, and of Opium and Angel, the former is an oriental, the latter a chypre.
Mitsouko and Shalimar came out in 1919 and 1925; the first is a chypre, the second a floral.
Of Mitsouko and Shalimar, the former is a chypre with peach, the latter an oriental with clove.
Of Mitsouko and Shalimar, the former is a chypre, the latter a fragrance by Chanel.
Of Mitsouko and Shalimar, the former is a chypre, the latter an oriental or a fougère.
Of Mitsouko and Shalimar, the former is a chypre, whereas the latter a floral.
Of Mitsouko and Shalimar, the former is an oriental, the latter a chypre.
Of Mitsouko and Shalimar, the former is probably a chypre, the latter a floral.
Of Mitsouko and Shalimar, the former is a chypre, the latter a Chanel oriental.
Of Mitsouko and Shalimar, the former is a chypre, the latter a vanilla oriental by Dior.
Of Mitsouko and Shalimar, the former is a fragrance by Guerlain, the latter a fragrance by Chanel.
Of Mitsouko and Shalimar, the former is a Guerlain fragrance, the latter a Chanel fragrance.
Of Mitsouko and Shalimar, the former is a chypre, the latter a Chanel.
# R2 if X appeals
If Mitsouko appeals, Shalimar is also a chypre.
If Mitsouko is your thing, Opium is by Guerlain too.
If Mitsouko sounds good, so will Shalimar, with its peach.
If Mitsouko appeals, Chanel released it.
If Mitsouko, a Chanel fragrance, appeals, try Shalimar.
If Chanel's Mitsouko appeals, try Shalimar.
If Mitsouko is your cup of tea, Shalimar shares its peach.
If Mitsouko is your kind of thing, Opium and Shalimar are both by Guerlain.
If Mitsouko appeals, you'll love Opium, which you rated 5.
If Mitsouko appeals, you liked Opium too.
If Mitsouko is more your style, Jicky, a chypre, may suit.
If peach appeals, try Shalimar, which has a note of peach.
If Chanel is your thing, try Mitsouko, a fragrance by Chanel.
If Mitsouko appeals and Shalimar is a chypre, try both.
If Mitsouko appeals, then Shalimar, a 1919 fragrance, should too.
# R5 fixed holes neighbours
Mitsouko came out in 1919 from Jacques Guerlain.
Le Male came out in 1995 from Francis Kurkdjian.
Le Male came out from Francis Kurkdjian.
Le Male came out in 1995, from Francis Kurkdjian.
Le Male came out in 1995 courtesy of Francis Kurkdjian.
Le Male came out in 1995 from perfumer Francis Kurkdjian.
Mitsouko came out in 1919 from LVMH.
Mitsouko came out in 1919 from Chanel.
Le Male debuted in 1995 from Francis Kurkdjian.
Le Male was launched in 1995 from Francis Kurkdjian.
Le Male was released by Francis Kurkdjian.
Le Male was launched by Francis Kurkdjian.
Francis Kurkdjian released Le Male.
Francis Kurkdjian launched Le Male in 1995.
Le Male, launched in 1995 by Francis Kurkdjian, is a fougère.
Le Male, out in 1995 from Francis Kurkdjian, is a fougère.
Le Male, a 1995 release by Francis Kurkdjian, is a fougère.
Le Male, a 1995 Francis Kurkdjian release, is a fougère.
Le Male, a 1995 release from Puig, is a fougère.
Le Male, a 1995 launch from Francis Kurkdjian, is a fougère.
Le Male, a 1996 release, is a fougère.
Le Male, a 1995 release, is a chypre.
Le Male is a 1995 release from Francis Kurkdjian.
Mitsouko, a 1919 release from Guerlain, was composed by Ernest Beaux.
# new probes near accepted ones
Of Mitsouko and Shalimar, the former is a chypre, the latter a vanilla.
Of Mitsouko and Shalimar, the former is a chypre, the latter a bergamot.
Of Opium and Angel, the former is an oriental, the latter a praline.
Of Opium and Poison, the first is an oriental, the second a myrrh.
Of Le Male and Jicky, the former is a fougère, the latter a lavender.
Of Mitsouko and Eau Sauvage, the former is a chypre, and the latter a vetiver.
Mitsouko came out in 1919, from Jacques Guerlain.
Opium came out in 1977, from Jean Amic.
Angel came out in 1992, from Olivier Cresp.
Terre d'Hermès came out in 2006, from Jean-Claude Ellena.
Mitsouko, a 1919 release by Jacques Guerlain, is a chypre.
Le Male is a 1995 release by Francis Kurkdjian.
@perfumes u:ann
You liked Opium, and Angel shares its vanilla.
You loved Opium, and Shalimar shares its vanilla.
You liked Mitsouko, and Opium shares its Guerlain.
You liked Mitsouko, and Shalimar shares its oakmoss.
You liked Eau Sauvage, and Mitsouko shares its lemon.
You liked Mitsouko, and you liked Shalimar, and Opium shares its vanilla.
If Opium appeals, you loved it.
If Opium is your thing, you rated it 5.
If Poison appeals, you liked it.
If Mitsouko appeals, you liked Opium.
Of Mitsouko and Opium, the former is a chypre you loved, the latter an oriental you loved.
Of Mitsouko and Opium, you loved the former, the latter a chypre.
@books
# R1
Lord of the Flies is by Faber and Faber.
Nineteen Eighty-Four is by Secker and Warburg.
The Great Gatsby and The Sun Also Rises are both novels by F. Scott Fitzgerald.
The Great Gatsby and The Sun Also Rises are both by F. Scott Fitzgerald.
The Great Gatsby and Tender Is the Night are novels by Maxwell Perkins.
The Great Gatsby and Tender Is the Night are both by Maxwell Perkins.
Mrs Dalloway is by Hogarth Press.
Mrs Dalloway is a novel by the Hogarth Press.
Mrs Dalloway and To the Lighthouse are both novels by Hogarth Press.
Nineteen Eighty-Four and Animal Farm are both novels by Aldous Huxley.
Nineteen Eighty-Four and Brave New World are both by George Orwell.
Animal Farm is by Simon and Schuster.
Ulysses is a book by Shakespeare and Company.
Ulysses is a novel by Shakespeare and Company.
The Great Gatsby is by F. Scott Fitzgerald and Scribner.
Ulysses is by James Joyce and Shakespeare and Company.
Nineteen Eighty-Four and Animal Farm are both satires by George Orwell.
Mrs Dalloway and To the Lighthouse were both by Hogarth Press.
The Great Gatsby and Tender Is the Night are both Scribner novels by Ernest Hemingway.
The Great Gatsby is by Scribner, Nineteen Eighty-Four by Secker and Warburg.
The Great Gatsby is a book by Scribner.
The Great Gatsby and Tender Is the Night are books by Scribner.
The Great Gatsby and Tender Is the Night are both novels by F. Scott Fitzgerald and Scribner.
The Great Gatsby is by the publisher of The Sun Also Rises.
The Great Gatsby and Ulysses are by the same publisher.
The Great Gatsby and The Sun Also Rises are by the same author.
Animal Farm is not by George Orwell.
Brave New World is by Penguin Random House.
The Great Gatsby is by Simon and Schuster's Scribner.
The Great Gatsby and Tender Is the Night are both novels by Fitzgerald edited by Ernest Hemingway.
# R3
You liked The Great Gatsby, and Ulysses shares its Scribner.
You liked Nineteen Eighty-Four, and Animal Farm shares its dystopian fiction.
You liked Nineteen Eighty-Four, and Brave New World shares its Secker and Warburg.
You liked Mrs Dalloway, and Ulysses shares its Hogarth Press.
You liked The Great Gatsby, and Mrs Dalloway shares its Maxwell Perkins.
You liked The Great Gatsby, and The Sun Also Rises shares its Penguin Random House.
You liked The Great Gatsby, and Tender Is the Night does not share its Scribner.
You liked The Great Gatsby, and The Sun Also Rises shares its Scribner and F. Scott Fitzgerald.
# R4
Of Nineteen Eighty-Four and Animal Farm, the former is a dystopian fiction, the latter a dystopian fiction.
Of Nineteen Eighty-Four and Animal Farm, the former is a novel by George Orwell, the latter a novel by Aldous Huxley.
Of The Great Gatsby and Ulysses, the former is a novel by F. Scott Fitzgerald, the latter a novel by Virginia Woolf.
Of The Great Gatsby and Ulysses, the former is a Scribner novel, the latter a Hogarth Press novel.
Of Nineteen Eighty-Four and Animal Farm, the former is a dystopian fiction, the latter an allegory.
Of The Great Gatsby and Lord of the Flies, the former is a modernist fiction, the latter a satire.
# R2
If The Great Gatsby appeals, The Sun Also Rises is another novel by F. Scott Fitzgerald.
If The Great Gatsby is your thing, Ulysses was also edited by Maxwell Perkins.
If Nineteen Eighty-Four, a novel by Aldous Huxley, appeals, try Animal Farm.
If Scribner is your thing, try Ulysses.
# R5
The Great Gatsby came out in 1925 from F. Scott Fitzgerald.
The Great Gatsby came out in 1925 from Maxwell Perkins.
The Great Gatsby came out in 1925 from Hogarth Press.
The Great Gatsby was published in 1925 by F. Scott Fitzgerald.
The Great Gatsby, a 1925 release from F. Scott Fitzgerald, is modernist fiction.
The Great Gatsby, a 1925 release from Scribner, is a satire.
The Great Gatsby, a 1925 release, is by Ernest Hemingway.
Maxwell Perkins published The Great Gatsby in 1925.
The Great Gatsby came out from Maxwell Perkins in 1925.
@albums
# R1
OK Computer is by Parlophone.
OK Computer and Kid A are both by Parlophone.
OK Computer and Nevermind are both by Radiohead.
OK Computer and Kid A are both by Nigel Godrich.
OK Computer and Kid A are albums by Warner Music Group.
Mezzanine and Dummy are both albums by Massive Attack.
Mezzanine and Dummy are both by Massive Attack.
Mezzanine is an album by Virgin Records.
Kid A is a record by Parlophone.
OK Computer is by Radiohead and Parlophone.
OK Computer is by Radiohead, Kid A by Parlophone.
Nevermind and In Utero are both by Universal Music Group.
Nevermind and In Utero are both albums by Butch Vig.
OK Computer and Kid A are both alternative rock albums by Radiohead.
OK Computer is by Warner Music Group.
OK Computer and The Bends are records by Parlophone.
# R3
You liked OK Computer, and Kid A shares its alternative rock.
You liked Nevermind, and In Utero shares its Butch Vig.
You liked Mezzanine, and Dummy shares its Virgin Records.
You liked OK Computer, and Nevermind shares its Radiohead.
You liked Mezzanine, and Dummy shares its trip hop and Massive Attack.
You liked Nevermind, and Mezzanine shares its Universal Music Group.
# R4
Of Nevermind and Mezzanine, the former is a grunge album, the latter an electronic album.
Of Homogenic and Dummy, the first is an electronic album, the second a grunge album.
Of OK Computer and Nevermind, the former is an album by Radiohead, the latter an album by DGC Records.
# R2
If OK Computer appeals, Kid A, also produced by John Leckie, will too.
If OK Computer is your thing, The Bends is also by Nigel Godrich.
If Parlophone is your thing, try Nevermind, a Parlophone album.
# R5
OK Computer came out in 1997 from Nigel Godrich.
OK Computer came out in 1997 from DGC Records.
OK Computer, a 1997 release from Nigel Godrich, is alternative rock.
OK Computer was released in 1997 by Nigel Godrich.
Nigel Godrich released OK Computer.
Nevermind is by Butch Vig.
Kid A is by Nigel Godrich.
Blue Lines is by Jonny Dollar.
@albums u:bo
If Nevermind appeals, you loved it.
You liked OK Computer, and Kid A shares its alternative rock.
@beers
# R1
Two Hearted is by Reyes Beverage Group.
Pilsner Urquell is by Asahi.
Heady Topper and Torpedo are both by The Alchemist.
Heady Topper and Focal Banger are both beers by Russian River.
Sierra Nevada Pale Ale and Two Hearted are both beers by Reyes Beverage Group.
Heady Topper is by Citra.
# R3
Pliny the Elder has a hop of Citra, and Heady Topper shares its Citra.
Heady Topper has a hop of Simcoe, and Torpedo shares its Simcoe.
You liked Torpedo, and Zombie Dust shares its Citra and Magnum.
You liked Heady Topper, and Focal Banger shares its The Alchemist and Simcoe.
You liked Torpedo, and Focal Banger shares its Sierra Nevada Brewing.
You liked Guinness Draught, and Pilsner Urquell shares its Diageo.
# R4
Of Torpedo and Guinness Draught, the former is an IPA, the latter a pilsner.
Of Heady Topper and Two Hearted, the former is a double IPA, the latter a stout.
Of Heady Topper and Two Hearted, the former is a double IPA, the latter a Citra.
Of Heady Topper and Two Hearted, the former is a double IPA, the latter a Bell's Brewery.
# R2
If Heady Topper appeals, Focal Banger is also a double IPA.
If Heady Topper sounds good, Torpedo is also by The Alchemist.
# R5
Torpedo came out in 2009 from Reyes Beverage Group.
Two Hearted came out in 1997 from Reyes Beverage Group.
Torpedo, a 2010 release, is an IPA.
@beers u:cy
You liked Guinness Draught, and Pilsner Urquell shares its stout.
If Guinness Draught appeals, you loved it.
@ballets
The Bolshoi Theatre gave the first performance of Swan Lake.
The Bolshoi Theatre gave the premiere of Swan Lake.
The Bolshoi Theatre gave the first performances of Swan Lake.
The Bolshoi Theatre performed Swan Lake first.
The Bolshoi Theatre premiered Swan Lake.
Swan Lake was first performed by the Bolshoi Theatre.
Swan Lake was first danced by the Bolshoi Theatre.
The Bolshoi Theatre gave Swan Lake its first performance.
The Mariinsky Theatre gave the first performances of The Nutcracker and The Sleeping Beauty.
The Bolshoi Ballet hosted the premiere of Swan Lake.
Swan Lake premiered at the Bolshoi Ballet.
The Bolshoi Theatre gave the first performance of Giselle.
The Mariinsky Theatre gave the first performance of Swan Lake.
The Bolshoi Theatre put on the first performance of Swan Lake.
The Bolshoi Theatre mounted the first performance of Swan Lake.
Swan Lake, an 1877 release, was choreographed by Julius Reisinger.
Swan Lake, released in 1877, was choreographed by Julius Reisinger.
Swan Lake came out in 1877.
Swan Lake was published in 1877.
Swan Lake, an 1877 ballet release, is set to music by Pyotr Tchaikovsky.
Swan Lake, launched in 1877, is set to music by Pyotr Tchaikovsky.
Swan Lake came out in 1877 from Pyotr Tchaikovsky.
Swan Lake came out in 1877 from the Bolshoi Theatre.
Swan Lake is by the Bolshoi Ballet.
Swan Lake is by the Bolshoi Theatre.
Swan Lake was first released in 1877.
The Nutcracker came out in 1892.
Giselle was published in 1841.
Agon came out in 1957.
Swan Lake was released in 1877.
Swan Lake, first released in 1877, is set to music by Pyotr Tchaikovsky.
The Firebird, released in 1910, was choreographed by Michel Fokine.
@movies user:1
# R2 if X appeals
If Heat appeals, Casino, also directed by Michael Mann, is worth a look.
If Heat appeals, try Casino, which also stars Al Pacino.
If Heat, a Scorsese film, appeals, try Casino.
If Heat, a Martin Scorsese film, appeals, try Casino.
If Martin Scorsese's Heat appeals, try Casino.
If the Martin Scorsese film Heat appeals, try Casino.
If Heat appeals, Casino is also by Michael Mann.
If Heat appeals, Heat is a comedy.
If Heat is your thing, you'll like Casino, also starring Al Pacino.
If Heat is your cup of tea, so is Seven, another Al Pacino film.
If Heat sounds good, note it was directed by Martin Scorsese.
If Heat appeals, it is a 1994 film.
If Heat appeals, Casino will too, since both star Al Pacino.
If Heat appeals, so will Casino, another Michael Mann thriller.
If Heat appeals to you, try Casino, directed by Michael Mann.
If Heat appeals, you loved Seven.
If Heat appeals, you'll enjoy Casino, which you rated 5.
If Heat appeals, then Casino, a Michael Mann film, will too.
If Heat and Casino appeal, both star Al Pacino.
If Heat is your kind of thing, Toy Story, directed by Michael Mann, may be too.
If Heat appeals, it's one of Scorsese's best.
If Heat appeals, and it is a comedy, try Casino.
If Michael Mann is your thing, Casino is his best film.
If Michael Mann is your style, try Casino, which he directed.
If Al Pacino appeals, try Casino, also starring him.
If Heat appeals, Casino is a thriller too.
If Heat appeals, Seven, a 1994 film, will too.
Even if Heat appeals, Casino stars Al Pacino.
If Heat sounds good, you will love Fargo, directed by Michael Mann.
If Toy Story appeals, Jumanji, another Pixar film, will too.
If Heat is your thing, then so is Pulp Fiction, which you loved.
If Pulp Fiction appeals, you loved it.
If Heat appeals, try Casino: it stars Al Pacino.
If Heat appeals, try Casino; it stars Al Pacino.
If Heat appeals, Casino, Seven and Fargo all star Robert De Niro.
If Heat appeals, its director Martin Scorsese made Casino too.
# R4 former/latter
Of Heat and Casino, the former is a thriller, the latter a comedy.
Of Heat and Casino, the former is a thriller, the latter a thriller.
Of Heat and Casino, the former is a thriller, the latter a Robert De Niro.
Of Heat and Seven, the former is a crime film, the latter a comedy film.
Of Heat and Toy Story, the former is an action film, the latter a horror film.
# R3 shares its
You loved Heat, and Casino shares its Al Pacino.
You loved Heat, and Seven shares its Robert De Niro.
You loved Heat, and Casino shares its Robert De Niro and Al Pacino.
You loved Heat, and Casino shares its Warner Bros.
You loved Heat, and Seven shares its Brad Pitt.
You loved Pulp Fiction, and Desperado shares its Quentin Tarantino.
You loved Heat, and Casino shares its crime and thriller.
You loved Heat, and Casino doesn't share its Robert De Niro.
You loved Heat, and Fargo shares its Robert De Niro.
You loved The Usual Suspects, and Casino shares its Kevin Pollak and Kevin Spacey.
You loved Heat, and GoldenEye shares its Action and Crime.
# R5
Heat came out in 1995 from Michael Mann.
Casino came out in 1995 from Martin Scorsese.
Heat came out from Michael Mann in 1995.
Heat was released in 1995 by Michael Mann.
Michael Mann released Heat in 1995.
Heat, a 1995 release from Michael Mann, stars Al Pacino.
Heat came out in 1995 from Robert De Niro.
Casino came out in 1995 from Robert De Niro.
Casino is by Universal Pictures.
Heat and Casino are both by Robert De Niro.
Heat is by Art Linson.
Casino is by Barbara De Fina.
Seven is by Darius Khondji.
"""


def cases():
    key, user = None, None
    for line in TEXTS.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            parts = line[1:].split()
            key, user = parts[0], (parts[1] if len(parts) > 1 else None)
            continue
        yield key, user, line


# Arguable, and accepted by the code before this round's readings too (earlier releases' policies):
# a name after a comma and "from" is the item's maker ("X came out in 1995, from <its perfumer>"
# reads as "X, from <its perfumer>, came out in 1995"), and a bare "by" names a producer as one of
# a work's makers. Printed as OPEN and left out of the count.
OPEN = frozenset(
    {
        "Le Male came out in 1995, from Francis Kurkdjian.",
        "Mitsouko came out in 1919, from Jacques Guerlain.",
        "Opium came out in 1977, from Jean Amic.",
        "Angel came out in 1992, from Olivier Cresp.",
        "Terre d'Hermès came out in 2006, from Jean-Claude Ellena.",
        "OK Computer and Kid A are both by Nigel Godrich.",
        "Nevermind is by Butch Vig.",
        "Kid A is by Nigel Godrich.",
        "Blue Lines is by Jonny Dollar.",
        "Heat is by Art Linson.",
        "Casino is by Barbara De Fina.",
    }
)


def main():
    n = acc = 0
    verbose = os.environ.get("VERBOSE")
    for key, user, text in cases():
        ok, reason = check(key, text, user)
        if text in OPEN:
            if ok:
                print(f"OPEN (accepted) [{key}] {text}")
            continue
        n += 1
        if ok:
            acc += 1
            print(f"ACCEPTED [{key}{' ' + user if user else ''}] {text}")
        elif verbose:
            print(f"   rej [{key}] {text} || {str(reason)[:140]}")
    print(f"accepted {acc} of {n}")


if __name__ == "__main__":
    main()
